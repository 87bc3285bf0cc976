"""A figure an earlier workbook holds in a cell that is no number ("#REF!", a formula never
calculated, "43438%", TRUE, a date) is never taken for a blank cell: wherever it is needed
(a blank Tháng trước, Cùng kỳ, Lũy kế or Lũy kế cùng kỳ, a quarter's total, the chart,
`baocao history`) a warning names that cell and what it holds."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.api import check_inputs
from baocao.cache import CACHE_NAME, MIN_WORKBOOKS
from baocao.cli import app
from baocao.config import load_config
from baocao.errors import Severity
from baocao.history import History, series
from baocao.period import Period
from test_catalogue import rewrite_zip

from helpers import ROOT, load_workbook, write_config, write_month

runner = CliRunner()
ARGS = ["--month", "3", "--year", "2024"]
REF = (
    "giá trị lỗi của Excel «#REF!» (công thức tham chiếu tới ô, hàng hoặc trang đã bị xóa), "
    "không phải số"
)
MENDED = "sửa ô đó trong sổ 2024-02.xlsx rồi lưu lại"
# What 2024-02.xlsx's ChiTieu!D2 holds → how the message says it, and what to do to it.
HELD: dict[str, tuple[object, str, str]] = {
    "error": ("#REF!", REF, MENDED),
    "formula never calculated": (
        "=SUM(D3:D5)",
        "công thức «=SUM(D3:D5)» nhưng chưa có giá trị đã tính (tệp được lưu bởi một chương "
        "trình không tính công thức)",
        "mở sổ 2024-02.xlsx bằng Excel hoặc LibreOffice rồi lưu lại",
    ),
    "text": ("43438%", "«43438%», không phải số", MENDED),
    "boolean": (True, "«TRUE», không phải số", MENDED),
    "date": (dt.datetime(2024, 2, 29), "«29/02/2024», không phải số", MENDED),
}


def previous_unknown(book: Path, held: str, mend: str) -> str:
    return (
        f"CẢNH BÁO: {book}, ChiTieu!E2: «Tháng trước» của «gtsx» để trống và không lấy được từ "
        f"các sổ trước: không dùng được 2024-02.xlsx (ChiTieu!D2) vì ô đó có {held}. Câu văn "
        f"bỏ phần so với tháng trước. Hãy điền «Tháng trước» vào ô này, hoặc {mend}."
    )


@pytest.fixture
def march(workspace: Path) -> Path:
    """The sample month with its earlier workbooks, gtsx's Tháng trước (E2) left blank: it
    has to come from 2024-02.xlsx's ChiTieu!D2."""
    for name in ("2024-02.xlsx", "2023-03.xlsx"):
        shutil.copy(ROOT / "data" / "samples" / name, workspace / "data" / name)
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiTieu"]["E2"] = None
    wb.save(book)
    return workspace


def spoil_february(folder: Path, value: object) -> Path:
    february = folder / "data" / "2024-02.xlsx"
    wb = load_workbook(february)
    wb["ChiTieu"]["D2"] = value
    wb.save(february)
    return february


@pytest.mark.parametrize("content", list(HELD))
def test_last_months_figure_holding_no_number_is_a_warning(march: Path, content: str) -> None:
    """check: a warning at this month's E2 naming 2024-02.xlsx's D2 and what it holds, not
    the note that the figure is in no earlier workbook; exit 0 (a warning)."""
    value, held, mend = HELD[content]
    spoil_february(march, value)
    result = runner.invoke(app, ["check", *ARGS])
    book = march / "data" / "2024-03.xlsx"
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == [
        previous_unknown(book, held, mend),
        "Tổng cộng: 0 lỗi, 1 cảnh báo.",
    ]


def test_error_value_of_a_formula_names_the_formula(march: Path) -> None:
    """An error value Excel calculated from a formula is said with its formula."""
    february = march / "data" / "2024-02.xlsx"
    rewrite_zip(
        february,
        "xl/worksheets/sheet3.xml",
        lambda xml: xml.replace(
            b'<c r="D2" s="2" t="n"><v>43438</v></c>',
            b'<c r="D2" s="2" t="e"><f>D3/0</f><v>#DIV/0!</v></c>',
        ),
    )
    result = runner.invoke(app, ["check", *ARGS])
    held = (
        "giá trị lỗi của Excel «#DIV/0!» (công thức chia cho 0 hoặc cho ô trống), từ công thức "
        "«=D3/0», không phải số"
    )
    book = march / "data" / "2024-03.xlsx"
    assert result.stdout.splitlines()[1] == previous_unknown(book, held, MENDED)


def test_build_prints_the_warning_and_strict_refuses(march: Path) -> None:
    """build writes the report without the clause and prints the warning (relative path);
    --strict writes nothing."""
    spoil_february(march, "#REF!")
    strict = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert strict.exit_code == 1
    build = runner.invoke(app, ["build", *ARGS])
    assert build.exit_code == 0
    warned = previous_unknown(Path("data/2024-03.xlsx"), REF, MENDED)
    assert warned in build.stderr.splitlines()


def months(folder: Path, rows: dict[tuple[int, int], tuple[object, ...]]) -> Path:
    """Workbooks of indicator "x" in ``folder/data`` ((year, month) → value, previous, same
    period, year-to-date, year-to-date same period); the config reads them."""
    data = folder / "data"
    data.mkdir(exist_ok=True)
    for (year, month), row in rows.items():
        write_month(data, year, month, [("x", *row)])  # type: ignore[list-item]
    return write_config(folder, template=None)


def spoil(path: Path, cell: str, value: object) -> None:
    wb = load_workbook(path)
    wb["ChiTieu"][cell] = value
    wb.save(path)


def first_quarter_february_spoiled(folder: Path) -> Path:
    """January to March 2024 of "x", February's figure #REF!; the config reads them."""
    config = months(
        folder,
        {
            (2024, 1): (100, None, None, 100, None),
            (2024, 2): (110, 101, None, 211, None),
            (2024, 3): (130, None, None, 341, None),
        },
    )
    spoil(folder / "data" / "2024-02.xlsx", "D2", "#REF!")
    return config


def problems_of(config: Path, period: Period) -> list[tuple[Severity, str, str, str]]:
    found = check_inputs(load_config(config), period).problems
    return [(p.severity, str(p.file.name if p.file else ""), str(p.cell), p.message) for p in found]


def march_after_spoiled_2023(folder: Path, *spoiled: tuple[str, str, object]) -> Path:
    """March 2024 with a blank Cùng kỳ, after March 2023 (its estimate, 90) and April 2023
    (its Tháng trước revising March to 91), with each (workbook, cell, value) of ``spoiled``
    put in; the config."""
    config = months(
        folder,
        {(2023, 3): (90, None, None, None, None), (2023, 4): (95, 91, None, None, None)},
    )
    for name, cell, value in spoiled:
        spoil(folder / "data" / name, cell, value)
    write_month(folder / "data", 2024, 3, [("x", 130, 120, None, 300, 250)])
    return config


def test_revision_holding_no_number_gives_way_to_the_estimate(tmp_path: Path) -> None:
    """Cùng kỳ: April 2023's Tháng trước (March 2023 revised) is TRUE: March 2023's own
    estimate is taken, and the note of the fill is a warning naming the cell passed over."""
    config = march_after_spoiled_2023(tmp_path, ("2023-04.xlsx", "E2", True))
    assert problems_of(config, Period(2024, 3)) == [
        (
            Severity.WARNING,
            "2024-03.xlsx",
            "F2",
            "«Cùng kỳ» của «x» lấy từ 2023-03.xlsx (ChiTieu!D2): 90. Không dùng được "
            "2023-04.xlsx (ChiTieu!E2) vì ô đó có «TRUE», không phải số. Hãy kiểm tra lại: sửa "
            "ô đó trong sổ 2023-04.xlsx rồi lưu lại, hoặc điền «Cùng kỳ» vào ô này.",
        )
    ]


def test_revision_and_estimate_both_holding_no_number(tmp_path: Path) -> None:
    """Cùng kỳ: April 2023's revision and March 2023's own estimate both hold no number: the
    figure stays unknown, and the warning names both cells."""
    config = march_after_spoiled_2023(
        tmp_path, ("2023-04.xlsx", "E2", "#N/A"), ("2023-03.xlsx", "D2", "=D3*2")
    )
    assert problems_of(config, Period(2024, 3)) == [
        (
            Severity.WARNING,
            "2024-03.xlsx",
            "F2",
            "«Cùng kỳ» của «x» để trống và không lấy được từ các sổ trước: không dùng được "
            "2023-04.xlsx (ChiTieu!E2) vì ô đó có giá trị lỗi của Excel «#N/A» (không tìm thấy "
            "giá trị, thường do một hàm tra cứu như VLOOKUP), không phải số; 2023-03.xlsx "
            "(ChiTieu!D2) vì ô đó có công thức «=D3*2» nhưng chưa có giá trị đã tính (tệp được "
            "lưu bởi một chương trình không tính công thức). Câu văn bỏ phần so với cùng kỳ. "
            "Hãy điền «Cùng kỳ» vào ô này, hoặc sửa các ô đó rồi lưu lại.",
        )
    ]


def test_year_to_dates_past_cells_holding_no_number(tmp_path: Path) -> None:
    """Lũy kế: February's is "43438%", so March's is the sum of the months, with a warning
    naming the cell; Lũy kế cùng kỳ: February's is 10^20 and no other way adds it up, so it
    stays unknown, with a warning instead of the note "không có trong các sổ trước"."""
    config = months(
        tmp_path,
        {(2024, 2): (110, 100, 95, 210, 185), (2024, 3): (130, 110, 99, None, None)},
    )
    february = tmp_path / "data" / "2024-02.xlsx"
    spoil(february, "G2", "43438%")
    spoil(february, "H2", 1e20)
    assert problems_of(config, Period(2024, 3)) == [
        (
            Severity.WARNING,
            "2024-03.xlsx",
            "G2",
            "«Lũy kế» của «x» tính bằng tổng các tháng 1–3 từ các sổ trong thư mục dữ liệu: "
            "340. Không dùng được 2024-02.xlsx (ChiTieu!G2) vì ô đó có «43438%», không phải "
            "số. Hãy kiểm tra lại: sửa ô đó trong sổ 2024-02.xlsx rồi lưu lại, hoặc điền «Lũy "
            "kế» vào ô này.",
        ),
        (
            Severity.WARNING,
            "2024-03.xlsx",
            "H2",
            "«Lũy kế cùng kỳ» của «x» để trống và không tính được từ các sổ trước: không dùng "
            "được 2024-02.xlsx (ChiTieu!H2) vì ô đó có «100.000.000.000.000.000.000», không "
            "phải số hợp lệ (nhỏ hơn 10^15). Câu văn bỏ phần so với cùng kỳ (lũy kế). Hãy "
            "điền «Lũy kế cùng kỳ» vào ô này, hoặc sửa ô đó trong sổ 2024-02.xlsx rồi lưu lại.",
        ),
    ]


def test_quarter_and_year_to_date_left_unknown_name_the_cell(tmp_path: Path) -> None:
    """June's quarterly report: April's Tháng báo cáo is #DIV/0!, so neither the quarter's
    total nor the year-to-date can be made; both warnings name that cell."""
    config = months(
        tmp_path,
        {
            (2024, 4): (100, None, 90, None, None),
            (2024, 5): (110, None, 95, None, None),
            (2024, 6): (120, None, 99, None, None),
        },
    )
    spoil(tmp_path / "data" / "2024-04.xlsx", "D2", "#DIV/0!")
    june = tmp_path / "data" / "2024-06.xlsx"
    wb = load_workbook(june)
    wb["ThongTin"].append(("ky_bao_cao", "quý"))
    wb.save(june)
    april = (
        "2024-04.xlsx (ChiTieu!D2) vì ô đó có giá trị lỗi của Excel «#DIV/0!» (công thức chia "
        "cho 0 hoặc cho ô trống), không phải số"
    )
    found = [p for p in problems_of(config, Period(2024, 6)) if p[2] in ("D2", "G2")]
    assert found == [
        (
            Severity.WARNING,
            "2024-06.xlsx",
            "D2",
            "Báo cáo quý: chưa tính được tổng quý của «x». Câu văn chỉ viết số của tháng 6. "
            f"Không dùng được {april}. Hãy sửa ô đó trong sổ 2024-04.xlsx rồi lưu lại.",
        ),
        (
            Severity.WARNING,
            "2024-06.xlsx",
            "G2",
            "«Lũy kế» của «x» để trống và không tính được từ các sổ trước "
            "(cần «Lũy kế» của chỉ tiêu này trong sổ tháng 5/2024, "
            f"hoặc sổ của mọi tháng từ tháng 1/2024): không dùng được {april}. "
            "Báo cáo không có số cộng dồn từ đầu năm của chỉ tiêu này. Hãy điền «Lũy kế» vào ô "
            "này, hoặc sửa ô đó trong sổ 2024-04.xlsx rồi lưu lại.",
        ),
    ]


def out_of_series(data: Path) -> str:
    return (
        f"CẢNH BÁO: {data}/2024-02.xlsx, ChiTieu!D2: Ô có {REF}, nên số của «x» tháng 2/2024 "
        "ở ô này không được dùng trong chuỗi số liệu. Hãy sửa ô này rồi lưu lại."
    )


def test_history_leaves_the_month_blank_and_says_why(tmp_path: Path) -> None:
    """`history`: February (its figure #REF!) is a blank row, never 0 nor the error's text;
    the warning naming the cell goes to stderr, so the CSV stays clean."""
    config = first_quarter_february_spoiled(tmp_path)
    args = ["history", "--code", "x", "--config", str(config)]
    shown = runner.invoke(app, args)
    assert shown.exit_code == 0
    assert shown.stdout.splitlines()[2:] == ["01/2024      101", "02/2024", "03/2024      130"]
    assert shown.stderr.splitlines() == [out_of_series(tmp_path / "data")]
    csv = runner.invoke(app, [*args, "--csv"])
    assert csv.stdout.splitlines()[1:] == ["2024-01,101,,", "2024-02,,,", "2024-03,130,,"]
    assert csv.stderr == shown.stderr


def test_series_passes_over_the_months_own_same_period(tmp_path: Path) -> None:
    """Without last year's workbook, the change on the year uses the month's own Cùng kỳ:
    one that holds no number leaves it blank, with a warning at that cell."""
    write_month(tmp_path, 2024, 5, [("x", 110, None, "n/a", None, None)])
    history = History(tmp_path)
    (row,) = series(history, "x", Period(2024, 5), Period(2024, 5))
    assert (row.value, row.yoy) == (D(110), None)
    assert [(p.severity, p.file, p.cell, p.message) for p in history.problems] == [
        (
            Severity.WARNING,
            tmp_path / "2024-05.xlsx",
            "F2",
            "Ô có «n/a», không phải số, nên số của «x» tháng 5/2023 ở ô này không được dùng "
            "trong chuỗi số liệu. Hãy sửa ô này rồi lưu lại.",
        )
    ]


def test_report_chart_leaves_the_month_out_and_check_says_why(tmp_path: Path) -> None:
    """March's chart: no bar for February, and check warns at February's cell (besides the
    warning at March's blank Tháng trước)."""
    from baocao.timeseries import chart_series

    path = first_quarter_february_spoiled(tmp_path)
    with path.open("a", encoding="utf-8") as file:
        file.write("\n[appendix]\nchart = true\nchart_months = 3\n")
    config = load_config(path)
    rows = chart_series(config, Period(2024, 3), code="x").rows
    assert [(r.period, r.value) for r in rows] == [
        ((2024, 1), D(101)),
        ((2024, 2), None),
        ((2024, 3), D(130)),
    ]
    data = tmp_path / "data"
    warned = [
        str(p)
        for p in check_inputs(config, Period(2024, 3)).problems
        if p.file == data / "2024-02.xlsx"
    ]
    assert warned == [out_of_series(data)]


def test_cache_keeps_the_cells_holding_no_number(tmp_path: Path) -> None:
    """In a folder of 12 workbooks or more, the second run reads February from the folder's
    cache and still names its cell."""
    rows: dict[tuple[int, int], tuple[object, ...]] = {}
    period = Period(2023, 3)
    for n in range(MIN_WORKBOOKS):
        rows[period] = (100 + n, None, None, None, None)
        period = period.next()
    config = months(tmp_path, rows)  # March 2023 … February 2024
    spoil(tmp_path / "data" / "2024-02.xlsx", "D2", "#REF!")
    write_month(tmp_path / "data", 2024, 3, [("x", 130, None, None, 341, None)])
    for _ in range(2):
        found = [p for p in problems_of(config, Period(2024, 3)) if p[2] == "E2"]
        assert [p[:3] for p in found] == [(Severity.WARNING, "2024-03.xlsx", "E2")]
        assert "2024-02.xlsx (ChiTieu!D2) vì ô đó có giá trị lỗi của Excel «#REF!»" in found[0][3]
    assert (tmp_path / "data" / CACHE_NAME).is_file()
