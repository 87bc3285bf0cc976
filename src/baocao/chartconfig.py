"""The config's chart keys checked against the data folder and the appendix: a
``chart_code`` no workbook has, a chart asked for while the appendix is dropped, and one
asked for of a month without any indicator to draw, or of an indicator without any month's
figure to draw."""

from __future__ import annotations

from pathlib import Path

from baocao.config import Config
from baocao.errors import Problem, error, warning
from baocao.history import History
from baocao.period import Period
from baocao.sheets import CHI_TIEU
from baocao.vnformat import clipped


def chart_without_appendix(config: Config, *, asked: bool) -> Problem | None:
    """A warning at ``[appendix] enabled`` when a chart is asked for (``asked``: by
    ``--chart``; or by ``[appendix] chart``) while ``enabled = false`` drops the appendix the
    chart stands in: the report is written without it."""
    if config.appendix.enabled or not (asked or config.appendix.chart):
        return None
    by = "Tùy chọn --chart" if asked else "Khóa [appendix] chart = true"
    drop = "bỏ --chart" if asked else "bỏ khóa chart"
    return warning(
        f"{by} yêu cầu vẽ biểu đồ, nhưng cấu hình ghi [appendix] enabled = false: phụ lục, nơi "
        f"đặt biểu đồ, bị bỏ nên báo cáo không có biểu đồ. Hãy bật lại phụ lục, hoặc {drop}.",
        config.source,
        place="appendix.enabled",
    )


def unknown_chart_code(
    config: Config, history: History, period: Period, *, chart: bool
) -> Problem | None:
    """At ``[appendix] chart_code`` when a chart is wanted: an error when no workbook up to
    ``period`` has the code, a warning when the month's own workbook lacks it (the chart
    would draw an indicator the report does not hold)."""
    code = config.appendix.chart_code
    if not chart or not code:  # ``chart``: wanted, and the appendix enabled (both callers)
        return None
    month = period.short
    if history.describe(code, period) is None:
        return error(
            f"Không có chỉ tiêu mã «{clipped(code)}» để vẽ biểu đồ: cả sổ của tháng {month} lẫn "
            f"các sổ trước nó trong thư mục {config.data_dir()} đều không có mã này ở cột «Mã» của "
            "trang ChiTieu. Hãy sửa mã cho đúng, hoặc bỏ khóa này để vẽ chỉ tiêu đầu tiên "
            "không có «Thuộc».",
            config.source,
            place="appendix.chart_code",
        )
    if code not in history.records(period):
        return warning(
            f"Sổ của tháng {month} không có chỉ tiêu mã «{code}»: biểu đồ vẽ một chỉ tiêu mà "
            "báo cáo không có, và tháng báo cáo không có cột. Hãy kiểm tra mã.",
            config.source,
            place="appendix.chart_code",
        )
    return None


def nothing_to_chart(path: Path, *, asked: bool) -> Problem:
    """A warning at the month's ChiTieu when a chart is wanted (``asked``: by ``--chart``;
    else by ``[appendix] chart``) but the sheet has no indicator to draw (the index rows of
    ChiSoSXCN have no monthly series): the report is written without it."""
    by = "Tùy chọn --chart" if asked else "Khóa [appendix] chart = true"
    drop = "bỏ --chart" if asked else "bỏ khóa chart"
    return warning(
        f"{by} yêu cầu vẽ biểu đồ, nhưng trang ChiTieu không có chỉ tiêu nào để vẽ (các chỉ "
        "số của trang ChiSoSXCN không có chuỗi theo tháng) nên báo cáo không có biểu đồ. Hãy "
        f"thêm chỉ tiêu vào trang ChiTieu, hoặc {drop}.",
        path,
        CHI_TIEU.name,
    )


def empty_chart(
    path: Path, code: str, cell: str, months: tuple[Period, Period], *, asked: bool
) -> Problem:
    """A warning at the charted row's code cell (``cell``) when no month of the chart
    (``months``: the first and the last) has a figure (a year's report typed as its totals
    alone): the chart would be an axis without a bar."""
    drop = "bỏ --chart" if asked else "bỏ khóa chart"
    first, last = months
    return warning(
        f"Biểu đồ vẽ «{code}» theo tháng, từ tháng {first.short} đến tháng {last.short}, "
        "nhưng không tháng nào trong đó có số của chỉ tiêu này để vẽ: biểu đồ chỉ có trục, "
        "không có cột nào. Hãy điền «Tháng báo cáo», chọn chỉ tiêu khác ở khóa [appendix] "
        f"chart_code, hoặc {drop}.",
        path,
        CHI_TIEU.name,
        cell,
    )
