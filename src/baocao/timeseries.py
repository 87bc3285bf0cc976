"""An indicator's monthly series across the workbooks of the data folder: what
``baocao history`` prints (as a table or CSV) and what the appendix's trend chart draws."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

from baocao.chart import TrendChart
from baocao.config import Config
from baocao.errors import InputError, Problem, error, warning
from baocao.history import History, SeriesRow, series
from baocao.nearest import nearest_name
from baocao.period import Period, checked_period
from baocao.units import is_percentage
from baocao.vnformat import clipped, format_number, format_signed_percent, round_half_up


@dataclass(frozen=True)
class Series:
    """One indicator's monthly series across the workbooks of the data folder, and a
    warning for each workbook that could not be used (its months are blank)."""

    code: str
    name: str
    unit: str
    decimals: int
    rows: list[SeriesRow]
    problems: list[Problem] = field(default_factory=list)
    pct_decimals: int = 1  # the row's ``Số lẻ %``: the changes as the report says them

    def table(self) -> list[str]:
        """The series as Vietnamese text: a heading line, then aligned columns."""
        about = ", ".join(part for part in (self.name, self.unit) if part)  # a unit unknown
        heading = f"Chỉ tiêu «{self.code}» ({about})"
        points = is_percentage(self.unit)
        table = format_series_table(self.rows, self.decimals, self.pct_decimals, points=points)
        return [heading, *table]

    def warnings(self) -> list[str]:
        """A line for each warning (printed apart from the series, on stderr)."""
        return [str(p) for p in self.problems]

    def csv(self) -> list[str]:
        """The series as CSV for scripts."""
        return format_series_csv(self.rows, points=is_percentage(self.unit))


def history_series(
    config: Config,
    code: str,
    start: Period | None = None,
    end: Period | None = None,
    history: History | None = None,
    *,
    report: bool = False,
) -> Series:
    """The series of ``code`` from ``start`` to ``end`` (default: every workbook's month), in
    the unit of the latest workbook up to ``end`` that has it (a month in another unit is a
    gap, with a warning). For a ``report``'s chart ending with the report month, revisions
    come only from workbooks up to ``end``: the report month is the report's own figure."""
    start, end = (None if p is None else checked_period(p) for p in (start, end))
    if history is None:
        with History(config.data_dir()) as own:
            return history_series(config, code, start, end, own, report=report)
    folder = config.data_dir()
    # A month before the first workbook is the Cùng kỳ of the workbook a year on: the
    # office's first year is read from those (a report's chart ends with its own month).
    reach = None if end is None or report else Period(end.year + 1, end.month)
    if history.files and (
        (end is not None and min(history.files) > (reach or end))
        or (start is not None and end is not None and max(history.files) < start)
    ):
        first_file, last_file = min(history.files), max(history.files)
        raise InputError(
            [
                error(
                    f"Không có sổ dữ liệu nào trong khoảng tháng đã chọn: thư mục {folder} có "
                    f"các sổ từ {first_file.iso} đến {last_file.iso}. Hãy sửa --from và --to.",
                    folder,
                )
            ]
        )
    if not history.files and not report:  # no workbook at all: no code was looked for
        raise InputError([error(no_workbooks(config), folder), *history.problems])
    record = history.describe(code, end)
    if record is None and reach is not None:  # only a year on: that workbook's row
        record = history.describe(code, reach)
    if record is None:
        raise InputError(
            [
                error(
                    f"Không có chỉ tiêu mã «{clipped(code)}» trong các sổ dữ liệu của thư mục "
                    f"{folder} (lệnh history đọc cột «Mã» của trang ChiTieu; các chỉ số của "
                    f"trang ChiSoSXCN không có chuỗi theo tháng).{meant(history, code)}",
                    folder,
                ),
                *history.problems,
            ]
        )
    first = start or min(history.files)
    last = end or max(history.files)
    if first > last:
        raise InputError(
            [
                error(
                    f"Tháng đầu {first.iso} sau tháng cuối {last.iso} nên không có tháng nào để "
                    "in; hãy kiểm tra --from và --to.",
                    folder,
                )
            ]
        )
    rows = series(history, code, first, last, unit=record.unit, until=last if report else None)
    problems = list(history.problems)
    if not report and all(r.value is None for r in rows):  # a chart says its own (chartconfig)
        problems.append(
            warning(
                f"Không tháng nào từ {first.short} đến {last.short} có số «Tháng báo cáo» của "
                f"«{clipped(code)}» (có lẽ các sổ chỉ ghi «Lũy kế» của chỉ tiêu này): bảng chỉ "
                "có tên các tháng, không có số.",
                folder,
            )
        )
    return Series(
        code, record.name, record.unit, record.decimals, rows, problems, record.pct_decimals
    )


def trend_chart(
    config: Config,
    period: Period,
    width_mm: float,
    history: History | None = None,
    code: str | None = None,
    *,
    draw: bool = True,
) -> TrendChart:
    """The chart of an indicator (``code``, else the configured one) up to ``period``;
    without ``draw``, with a stand-in picture (``make_chart``)."""
    from baocao.chart import make_chart

    found = chart_series(config, period, history, code)
    return make_chart(found.rows, found.name, found.unit, found.decimals, width_mm, draw=draw)


def chart_series(
    config: Config, period: Period, history: History | None = None, code: str | None = None
) -> Series:
    """The series the chart of ``period``'s report draws: ``chart_months`` months up to the
    report month, revisions only from workbooks up to it, in the report's unit."""
    start = period
    for _ in range(config.appendix.chart_months - 1):
        start = start.previous()
    chosen = code or config.appendix.chart_code or ""
    return history_series(config, chosen, start, period, history, report=True)


def format_series_table(
    rows: list[SeriesRow], decimals: int, pct_decimals: int = 1, *, points: bool = False
) -> list[str]:
    """The series as aligned Vietnamese text: month, value, change on month, change on year
    ("+5,3%", or a rate's "+0,5 điểm" in percentage points, as its sentence says them), the
    changes with the row's ``pct_decimals`` (``Số lẻ %``), as the report's sentences."""
    headers = ("Tháng", "Giá trị", "So với tháng trước", "So với cùng kỳ")
    change = _signed_points if points else format_signed_percent
    cells = [
        (
            r.period.label,
            "" if r.value is None else format_number(r.value, decimals),
            change(r.mom, pct_decimals),
            change(r.yoy, pct_decimals),
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    lines = []
    for row in (headers, *cells):
        first, *rest = row
        line = first.ljust(widths[0]) + "".join(
            "  " + cell.rjust(width) for cell, width in zip(rest, widths[1:], strict=True)
        )
        lines.append(line.rstrip())
    return lines


def _signed_points(value: Decimal | None, decimals: int = 1) -> str:
    """A rate's change in percentage points with its sign: "+0,5 điểm"; "" when unknown."""
    if value is None:
        return ""
    rounded = round_half_up(value, decimals)
    return ("+" if rounded > 0 else "") + format_number(rounded, decimals) + " điểm"


def format_series_csv(rows: list[SeriesRow], *, points: bool = False) -> list[str]:
    """The series as CSV for scripts: ISO month, plain numbers, percentages with 2 decimals
    (a rate's changes in percentage points, its columns named ``…_diem``)."""

    def pct(value: Decimal | None) -> str:
        if value is None:
            return ""
        rounded = round_half_up(value, 2)
        # A fall that rounds to nothing is 0.00, as the table's "0,0%", not "-0.00".
        return f"{rounded if rounded else abs(rounded):f}"

    suffix = "diem" if points else "pct"
    lines = [f"thang,gia_tri,so_voi_thang_truoc_{suffix},so_voi_cung_ky_{suffix}"]
    for r in rows:
        value = "" if r.value is None else f"{r.value.normalize():f}"
        lines.append(f"{r.period.iso},{value},{pct(r.mom)},{pct(r.yoy)}")
    return lines


def no_workbooks(config: Config) -> str:
    """Why ``history`` has nothing to print when the data folder holds no workbook: the
    folder is missing (a mistyped ``data_dir``), not a folder, or has no workbook yet."""
    folder = config.data_dir()
    if folder.is_dir():
        what = (
            f"Thư mục dữ liệu {folder} chưa có sổ dữ liệu nào (tệp đặt tên <năm>-<tháng>.xlsx, "
            "ví dụ 2024-03.xlsx)"
        )
    elif os.path.lexists(folder):
        what = f"Đường dẫn dữ liệu {folder} không phải là một thư mục"
    else:
        what = f"Không có thư mục dữ liệu {folder}"
    return (
        f"{what} nên không có chuỗi số liệu nào để in. Hãy kiểm tra khóa data_dir ở mục "
        f"[paths] của {config.source or 'tệp cấu hình'}, hoặc tạo sổ của tháng bằng lệnh: "
        "baocao init."
    )


def meant(history: History, code: str) -> str:
    """ " Có phải ý bạn là «gtsx»?" for a code typed in capitals, with a space at an edge or
    with a slip, when a workbook's ChiTieu has one near it; else ""."""
    known = {c for period in history.files for c in history.records(period)}
    near = nearest_name(unicodedata.normalize("NFC", code.strip()), known)
    return f" Có phải ý bạn là «{near}»?" if near else ""
