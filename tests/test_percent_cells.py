"""A number in a percent-formatted cell (Excel keeps "21,4%" typed as 0,214 with the format
"0.0%") is read as the cell shows it, 21,4, with a note, in the month's workbook and in the
earlier ones alike; in a row whose unit is not "%" it is an error: either number may be meant."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from baocao.period import Period
from baocao.raw import (
    RawCell,
    RawSheet,
    _percent_shown,
    decode,
    encode,
    percent_places,
    percent_shown,
    shows_percent,
)
from test_figures import build_texts, month_book, row
from test_rates import rate
from test_surely_wrong import findings

MARCH = Period(2025, 3)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


def percent_formatted(path: Path, *refs: str, fmt: str = "0.0%") -> None:
    """Give ChiTieu's cells ``refs`` the number format ``fmt``."""
    book = openpyxl.load_workbook(path)
    for ref in refs:
        book["ChiTieu"][ref].number_format = fmt
    book.save(path)


def test_a_rate_typed_with_its_percent_sign_is_read_as_the_cell_shows_it(data: Path) -> None:
    """0,214 shown "21,4%" is 21,4 (not "ước đạt 0,2%, bằng tháng trước"), and so is
    February's 0,2 shown "20,0%", taken from February's workbook for «Tháng trước»."""
    february = month_book(data, Period(2025, 2), {}, [rate("gn", 0.2)])
    percent_formatted(february, "D2")
    march = month_book(data, MARCH, {}, [rate("gn", 0.214, None, 0.19)])
    percent_formatted(march, "D2", "F2")
    texts = build_texts(data.parent, MARCH)
    assert (
        "Tỷ lệ giải ngân tháng 3/2025 ước đạt 21,4%, tăng 1,4 điểm phần trăm so với tháng "
        "trước; tăng 2,4 điểm phần trăm so với cùng kỳ." in texts
    )
    said = [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c in ("D2", "E2", "F2")]
    assert said == [
        (
            "INFO",
            "D2",
            "Ô được định dạng phần trăm: Excel hiện «21,4%» (số trong ô là «0,214»); đã đọc "
            "là «21,4» như ô hiện.",
        ),
        ("INFO", "E2", "«Tháng trước» của «gn» lấy từ 2025-02.xlsx (ChiTieu!D2): 20,0."),
        (
            "INFO",
            "F2",
            "Ô được định dạng phần trăm: Excel hiện «19,0%» (số trong ô là «0,19»); đã đọc là "
            "«19» như ô hiện.",
        ),
    ]


def test_the_note_quotes_what_excel_shows_with_the_formats_decimals(data: Path) -> None:
    """0,45 in a cell formatted "0.0%" shows "45,0%" and 1,1235 in "0%" shows "112%" (half
    up): the note quoted "45%" and "112,35%"; the number read stays 45 and 112,35."""
    assert [percent_places(f) for f in ("0%", "0.0%", "#,##0.00%", '0.0"."%', "0.000%;-0.0%")] == [
        0,
        1,
        2,
        1,
        3,
    ]
    march = month_book(data, MARCH, {}, [rate("gn", 0.45), rate("hn", 1.1235, pct=2)])
    percent_formatted(march, "D2")
    percent_formatted(march, "D3", fmt="0%")
    assert [(c, m) for s, c, m in findings(data.parent, MARCH) if c in ("D2", "D3")] == [
        (
            "D2",
            "Ô được định dạng phần trăm: Excel hiện «45,0%» (số trong ô là «0,45»); đã đọc là "
            "«45» như ô hiện.",
        ),
        (
            "D3",
            "Ô được định dạng phần trăm: Excel hiện «112%» (số trong ô là «1,1235»); đã đọc là "
            "«112,35» như ô hiện.",
        ),
    ]


def test_a_percent_formatted_figure_in_another_unit_is_an_error(data: Path) -> None:
    """1.822,5 tấn shown "182.250%": which one is meant cannot be known."""
    march = month_book(data, MARCH, {}, [row("x", 1822.5, decimals=1)])
    percent_formatted(march, "D2")
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "D2"] == [
        (
            "ERROR",
            "D2",
            "Ô được định dạng phần trăm (Excel hiện «182.250,0%») nhưng «Đơn vị» của chỉ tiêu "
            "là «tấn», không phải «%»: không rõ số đúng là «1.822,5» hay «182.250». Hãy bỏ "
            "định dạng phần trăm của ô (Định dạng ô → Số), kiểm tra lại số rồi lưu; nếu chỉ "
            "tiêu là tỷ lệ, hãy ghi «Đơn vị» là «%».",
        )
    ]


def test_a_quoted_percent_sign_shows_the_number_as_it_is(data: Path) -> None:
    """'0.0"%"' writes "%" after the number without multiplying it: 21,4 is 21,4."""
    assert [shows_percent(f) for f in ("0%", "0.00%", '0.0"%"', "0.0\\%", "[Red]0.0%", None)] == [
        True,
        True,
        False,
        False,
        True,
        False,
    ]
    march = month_book(data, MARCH, {}, [rate("gn", 21.4)])
    percent_formatted(march, "D2", fmt='0.0"%"')
    assert "Tỷ lệ giải ngân tháng 3/2025 ước đạt 21,4%." in build_texts(data.parent, MARCH)


def test_a_percent_after_an_underscore_or_an_asterisk_is_no_percent_sign(data: Path) -> None:
    """'0.0_%' leaves a space the width of "%" (lining numbers up with percents, attack21)
    and '0.0*%' fills the cell with "%": neither multiplies the number. 21,4 was read 2.140
    ("Excel hiện «2.140,0%»") and refused as no rate; "0.0%_)" still shows a percent."""
    formats = ("0.0_%", "0.0*%", "#,##0.0_%;-#,##0.0_%", "0.0%_)", "_(* 0.0%_)")
    assert [shows_percent(f) for f in formats] == [False, False, False, True, True]
    march = month_book(data, MARCH, {}, [rate("gn", 21.4)])
    percent_formatted(march, "D2", fmt="0.0_%")
    assert "Tỷ lệ giải ngân tháng 3/2025 ước đạt 21,4%." in build_texts(data.parent, MARCH)
    assert [m for s, c, m in findings(data.parent, MARCH) if c == "D2"] == []


def test_a_formats_percent_is_worked_out_once_for_each_format() -> None:
    """``percent_shown``, which ``excel`` asks of each cell's format, is the decimals of a
    format that shows a percent and None for one that does not, as ``shows_percent`` and
    ``percent_places`` say; a format is worked out once, however many cells have it."""
    formats = ("0%", "0.0%", "#,##0.00%", '0.0"%"', "0.0\\%", "[Red]0.0%", "General", None)
    assert [percent_shown(f) for f in formats] == [0, 1, 2, None, None, 1, None, None]
    before = _percent_shown.cache_info().misses
    assert [percent_shown("0.000%") for _ in range(3)] == [3, 3, 3]
    assert _percent_shown.cache_info().misses - before <= 1


def test_the_store_keeps_a_cells_percent_format() -> None:
    """A reading kept for the next run still knows which cells are percent-formatted."""
    cells = (RawCell("D2", 0.214, percent=True, places=1), RawCell("E2", 0.2, "=D2", percent=True))
    sheet = RawSheet("ChiTieu", (cells,))
    assert decode(encode({"ChiTieu": sheet}))["ChiTieu"] == sheet


def test_an_earlier_months_percent_formatted_figure_in_another_unit_is_not_taken(
    data: Path,
) -> None:
    """February's 1.673 tấn in a cell formatted "0.0%" (Excel shows "167.300,0%") is not
    taken ×100 for March's blank Tháng trước ("giảm 98,9% so với tháng trước"), as
    February's own check refuses it: the clause is left out, saying why, at the blank cell."""
    february = month_book(data, Period(2025, 2), {}, [row("x", 1673)])
    percent_formatted(february, "D2")
    month_book(data, MARCH, {}, [row("x", 1822.5, None, None, None, None, None, decimals=1)])
    texts = build_texts(data.parent, MARCH)
    assert "Chỉ tiêu x tháng 3/2025 ước đạt 1.822,5 tấn." in texts
    assert [m for s, c, m in findings(data.parent, MARCH) if c == "E2"] == [
        "«Tháng trước» của «x» để trống và không lấy được từ các sổ trước: không dùng được "
        "2025-02.xlsx (ChiTieu!D2) vì ô đó có số định dạng phần trăm (Excel hiện «167.300,0%») "
        "trong một hàng không tính bằng %, không rõ là số nào. Câu văn bỏ phần so với tháng "
        "trước. Hãy điền «Tháng trước» vào ô này, hoặc sửa ô đó trong sổ 2025-02.xlsx rồi lưu "
        "lại."
    ]


def test_a_rate_shown_at_a_thousand_percent_or_more_is_an_error(data: Path) -> None:
    """98,5 typed in a rate's cell before it was formatted "0.0%" shows "9.850,0%": no rate
    is that, so an error at the cell, not "ước đạt 9.850,0%" with a note; Số lẻ and Số lẻ %
    formatted so with the row are read as the whole numbers they hold (1), not 100."""
    march = month_book(data, MARCH, {}, [rate("gn", 98.5, 0.95, pct=1)])
    percent_formatted(march, "D2", "E2", "J2", "M2")
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if s != "INFO"] == [
        (
            "ERROR",
            "D2",
            "Ô được định dạng phần trăm và Excel hiện «9.850,0%»: không tỷ lệ nào lớn như vậy; "
            "có lẽ số «98,5» được gõ trước khi ô được định dạng phần trăm. Hãy gõ lại số trong "
            "ô (ví dụ 98,5%) rồi lưu.",
        )
    ]
    month_book(data, MARCH, {}, [rate("gn", 0.985, 0.95, pct=1)])
    percent_formatted(data / f"{MARCH.iso}.xlsx", "D2", "E2", "J2", "M2")
    assert (
        "Tỷ lệ giải ngân tháng 3/2025 ước đạt 98,5%, tăng 3,5 điểm phần trăm so với tháng "
        "trước." in build_texts(data.parent, MARCH)
    )


def test_a_zero_in_a_percent_formatted_cell_is_zero_in_any_unit(data: Path) -> None:
    """0 vụ in a cell formatted "0%" (Excel shows "0%") is 0 either way: it was an error,
    'không rõ số đúng là «0» hay «0»', and the month could not be built; in February's
    workbook it was not taken for March's blank Tháng trước."""
    february = month_book(data, Period(2025, 2), {}, [row("x", 0, 2, ytd=2)])
    percent_formatted(february, "D2", fmt="0%")
    march = month_book(data, MARCH, {}, [row("x", 0, None, None, 2)])
    percent_formatted(march, "D2", fmt="0%")
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c in ("D2", "E2")] == [
        ("INFO", "E2", "«Tháng trước» của «x» lấy từ 2025-02.xlsx (ChiTieu!D2): 0."),
    ]  # a base of 0 beside a month of 0 is no warning: the month reads "không phát sinh"
