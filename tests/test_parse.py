"""The parser: raw cells (no file) → models, with every problem at its sheet and cell."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from baocao.errors import Severity
from baocao.parse import parse_workbook
from baocao.raw import RawCell, RawSheet, RawWorkbook
from baocao.sheets import CHI_TIEU, column_letter

PATH = Path("2024-03.xlsx")


def sheet(title: str, *rows: tuple[object, ...]) -> RawSheet:
    """A raw sheet from rows of values, with their cell references."""
    return RawSheet(
        title,
        tuple(
            tuple(RawCell(f"{column_letter(c)}{r}", v) for c, v in enumerate(row, start=1))
            for r, row in enumerate(rows, start=1)
        ),
    )


def workbook(**changes: RawSheet) -> RawWorkbook:
    """A small valid month in memory; ``changes`` replace sheets by title."""
    sheets = {
        "ThongTin": sheet("ThongTin", ("Khóa", "Giá trị"), ("thang", 3), ("nam", 2024)),
        "ChiSoSXCN": sheet("ChiSoSXCN", ("Mã", "Ngành", "Chỉ số so với cùng kỳ (%)")),
        "ChiTieu": sheet(
            "ChiTieu",
            ("Đơn vị", "Mã", "Chỉ tiêu", "Tháng báo cáo", "Ghi chú riêng"),
            ("tỷ đồng", "x", "Chỉ tiêu X", 1822.5, "không đọc"),
        ),
        "HoatDong": sheet("HoatDong", ("Mục", "Nội dung"), ("A", "một"), (None, "hai")),
        "NhiemVu": sheet("NhiemVu", ("Nội dung",), ("việc",)),
    }
    sheets.update(changes)
    return RawWorkbook(PATH, sheets)


def test_valid_month_in_any_column_order() -> None:
    """Columns in any order, unknown ones ignored, a blank Mục continues the one above."""
    parsed = parse_workbook(workbook())
    assert parsed.problems == []
    assert parsed.data is not None
    (ind,) = parsed.data.indicators
    assert (ind.code, ind.unit, ind.value, ind.row) == ("x", "tỷ đồng", D("1822.5"), 2)
    assert [(a.section, a.text) for a in parsed.data.activities] == [("A", "một"), ("A", "hai")]
    assert parsed.locator.cell(CHI_TIEU, "value", 2) == "D2"


def test_headers_and_sheet_names_match_loosely() -> None:
    """ "CHỈ TIÊU " headers and a " chitieu" sheet title are the contract's names."""
    odd = sheet(
        " chitieu",
        ("MÃ", " chỉ  TIÊU ", "ĐƠN VỊ", "tháng báo cáo"),
        ("x", "Chỉ tiêu X", "tỷ đồng", 5),
    )
    parsed = parse_workbook(workbook(ChiTieu=odd))
    assert parsed.problems == []
    assert parsed.data is not None
    assert parsed.data.indicators[0].value == D(5)
    assert parsed.locator.sheet(CHI_TIEU) == " chitieu"


def test_number_typed_as_text_is_read_with_a_warning() -> None:
    """ "1.822,5" in a number cell is 1822.5, with a warning at the cell."""
    typed = sheet(
        "ChiTieu",
        ("Mã", "Chỉ tiêu", "Đơn vị", "Tháng báo cáo"),
        ("x", "Chỉ tiêu X", "tỷ đồng", "1.822,5"),
    )
    parsed = parse_workbook(workbook(ChiTieu=typed))
    assert parsed.data is not None
    assert parsed.data.indicators[0].value == D("1822.5")
    assert [(p.severity, p.sheet, p.cell) for p in parsed.problems] == [
        (Severity.WARNING, "ChiTieu", "D2")
    ]


def test_errors_give_no_data_and_name_each_cell() -> None:
    """A missing column is an error at the header row; rows with a blank key are skipped
    (with a note when they hold only an STT)."""
    broken = sheet(
        "ChiTieu",
        ("Mã", "Chỉ tiêu", "Tháng báo cáo"),
        ("x", "Chỉ tiêu X", 1),
    )
    blank = sheet("NhiemVu", ("STT", "Nội dung"), ("1", "việc"), ("2", None), ("3", "  "))
    parsed = parse_workbook(workbook(ChiTieu=broken, NhiemVu=blank))
    assert parsed.data is None
    assert [(p.sheet, p.cell, p.message) for p in parsed.problems] == [
        ("ChiTieu", "1:1", "Thiếu cột «Đơn vị» ở hàng tiêu đề (hàng 1)."),
        ("NhiemVu", "B3", "Hàng 3 chỉ có «STT», «Nội dung» trống; bỏ qua hàng này."),
        ("NhiemVu", "B4", "Hàng 4 chỉ có «STT», «Nội dung» trống; bỏ qua hàng này."),
    ]


def test_missing_sheet_is_named() -> None:
    """A workbook without NhiemVu gives one error naming the sheet and the file."""
    raw = workbook()
    del raw.sheets["NhiemVu"]
    parsed = parse_workbook(raw)
    assert parsed.data is None
    assert [(str(p.file), p.message) for p in parsed.problems] == [
        ("2024-03.xlsx", "Thiếu trang tính «NhiemVu».")
    ]


def test_a_number_format_scales_by_the_section_excel_shows() -> None:
    """A negative number is shown by the format's second section, 0 by its third: "#,##0,,;
    -#,##0" shows -1 447 200 as "-1.447.200", not in millions as the first section would."""
    from baocao.raw import scaled

    assert scaled(1447200000, "#,##0.0,,") == 1447.2
    assert scaled(1447200000, "#,##0.0,,;-#,##0") == 1447.2
    assert scaled(-1447200, "#,##0.0,,;-#,##0") == -1447200
    assert scaled(-1447200, "#,##0.0,,;-#,##0.0,,") == -1.4472
    assert scaled(-1447200, "#,##0.0,,") == -1.4472  # one section: for every number
    assert scaled(0, "#,##0,,;-#,##0,,;0") == 0


def test_a_number_too_large_for_a_date_is_kept_as_such() -> None:
    """The store keeps a cell Excel shows "########" (``OutOfDates``) as it was read."""
    from baocao.raw import OutOfDates, decode, encode

    row = (RawCell("D2", OutOfDates()), RawCell("E2", OutOfDates(time=True)))
    sheet = RawSheet("ChiTieu", ((RawCell("A1", "Mã"),), row))
    assert decode(encode({"ChiTieu": sheet})) == {"ChiTieu": sheet}


@pytest.mark.parametrize(
    ("value", "fmt", "read"),
    [
        (52716, '[>=1000000]#,##0,,"M";#,##0', 52716),
        (1447200000, '[>=1000000]#,##0.0,,"M";#,##0', 1447.2),
        (52716, '[<1000000]#,##0;#,##0.0,,"M"', 52716),
        (5271600, '[<1000000]#,##0;#,##0.0,,"M"', 5.2716),
        (5271600, '[Blue][>=1000000]#,##0,,"M";[Red][>=1000]#,##0,"K";0', 5.2716),
        (52716, '[Blue][>=1000000]#,##0,,"M";[Red][>=1000]#,##0,"K";0', 52.716),
        (716, '[Blue][>=1000000]#,##0,,"M";[Red][>=1000]#,##0,"K";0', 716),
        (52716, '#,##0" [>=1] ;";#,##0,,', 52716),  # quoted: no condition
    ],
)
def test_a_number_format_with_conditions_scales_by_the_section_that_holds(
    value: float, fmt: str, read: float
) -> None:
    """A format's sections may carry conditions ('[>=1000000]#,##0,,"M";#,##0' shows 52716
    as "52.716" and 5271600 as "5M"): 52716 was read by the first section, as 0,052716, an
    error "quá nhỏ để viết" at a cell Excel showed as 52.716. The section whose condition
    holds is the one read."""
    from baocao.raw import scaled

    assert scaled(value, fmt) == read


def test_a_format_of_brackets_never_closed_is_read_at_once() -> None:
    """A number format of 30 000 "[" never closed (a workbook another program wrote) took
    over a second for each cell it was set on, a check of the sample's figures with it over
    two minutes: each "[" looked for its "]" to the end of the format."""
    import time

    from baocao.raw import percent_places, scaled, shows_percent

    fmt = "[" * 30000 + "#,##0.0,%"
    started = time.perf_counter()
    read = (scaled(52716, fmt), shows_percent(fmt), percent_places(fmt))
    assert time.perf_counter() - started < 0.2
    assert read == (52.716, True, 1)


def test_a_branchs_blank_percent_decimals_are_the_whole_industrys() -> None:
    """An office that typed Số lẻ % 1 on the row iip alone got "tăng 6,2%" for the whole
    industry beside "18,80%" for each branch (a blank's default, 2) in one sentence: a
    branch's blank Số lẻ % is now the iip row's; one typed stays its own."""
    header = ("Mã", "Ngành", "Chỉ số so với cùng kỳ (%)", "Số lẻ %")
    parsed = parse_workbook(
        workbook(
            ChiSoSXCN=sheet(
                "ChiSoSXCN",
                header,
                ("iip", "Toàn ngành", 106.2, 1),
                ("iip.kk", "ngành khai khoáng", 118.8, None),
                ("iip.dien", "ngành điện", 104.25, 2),
            )
        )
    )
    assert parsed.data is not None
    assert [(r.code, r.pct_decimals) for r in parsed.data.iip] == [
        ("iip", 1),
        ("iip.kk", 1),
        ("iip.dien", 2),
    ]
