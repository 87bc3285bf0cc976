"""ChiTieu's «Tháng báo cáo» title cleared or overtyped: every month figure was read as
blank and the report printed the year-to-date alone, with exit 0 (attack23's fuzzing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

from helpers import load_workbook

NOVEMBER = Period(2026, 11)


def _lost(title: str) -> str:
    return (
        "Trang này không có cột «Tháng báo cáo», nên số liệu tháng của mọi chỉ tiêu được coi "
        f"là để trống; cột D ({title}) có số nhưng không được đọc. Nếu đây là cột «Tháng báo "
        "cáo», hãy ghi tiêu đề «Tháng báo cáo» vào ô D1."
    )


@pytest.mark.parametrize(
    ("title", "said"),
    [
        (None, ("ERROR", _lost("không có tiêu đề"))),
        ("  ", ("ERROR", _lost("không có tiêu đề"))),
        ("ngày 05/3/2024", ("WARNING", _lost("tiêu đề «ngày 05/3/2024»"))),
        ("Tháng báo cáo", None),  # the title as the contract has it
    ],
    ids=["cleared", "spaces", "overtyped", "titled"],
)
def test_a_month_column_without_its_title_is_said_at_the_title(
    tmp_path: Path, title: str | None, said: tuple[str, str] | None
) -> None:
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", NOVEMBER, {}, [row("x", 40, ytd=400), row("y", 30)])
    book = load_workbook(path)
    book["ChiTieu"]["D1"].value = title
    book.save(path)
    got = [(s, m) for s, c, m in findings(tmp_path, NOVEMBER) if c == "D1"]
    assert got == ([said] if said else [])


def test_an_office_column_beside_its_month_column_is_quiet(tmp_path: Path) -> None:
    """A column of the office's own («Ước cả năm», numbers) where «Tháng báo cáo» is
    there: nothing lost, nothing said."""
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", NOVEMBER, {}, [row("x", 40, ytd=400)])
    book = load_workbook(path)
    book["ChiTieu"]["O1"].value, book["ChiTieu"]["O2"].value = "Ước cả năm", 480
    book.save(path)
    assert [m for s, c, m in findings(tmp_path, NOVEMBER) if c == "O1"] == []


def test_an_office_column_of_a_sheet_of_totals_alone_is_quiet(tmp_path: Path) -> None:
    """review30: ChiTieu without «Tháng báo cáo», the period's totals alone (the contract's:
    the month column is required unless «Lũy kế» is given), with the office's own columns
    of numbers: «STT» left of the contract's, a ratio among them, «Ước cả năm» and «Ghi
    chú» right of them. Each was warned «Trang này không có cột «Tháng báo cáo» … Nếu đây
    là cột «Tháng báo cáo» …» at its title; none is a month column whose title was lost."""
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", NOVEMBER, {}, [row("x", None, ytd=400, ytd_same=380)])
    book = load_workbook(path)
    sheet = book["ChiTieu"]
    sheet.delete_cols(4)  # «Tháng báo cáo»: Lũy kế in F, Lũy kế cùng kỳ in G, Mục in M
    sheet.insert_cols(8)
    sheet["H1"], sheet["H2"] = "Lũy kế so với cùng kỳ (%)", 105.3
    sheet["O1"], sheet["O2"] = "Ước cả năm", 480
    sheet["P1"], sheet["P2"] = "Ghi chú", 2026
    sheet.insert_cols(1)
    sheet["A1"], sheet["A2"] = "STT", 1
    book.save(path)
    said = [(s, c, m) for s, c, m in findings(tmp_path, NOVEMBER) if str(c).endswith("1")]
    assert [(c, m) for s, c, m in said if s != "NOTE"] == []


@pytest.mark.parametrize(
    ("title", "said"),
    [
        (None, _lost("không có tiêu đề")),
        (
            "Tháng báo cáo (ước)",
            "Tiêu đề «Tháng báo cáo (ước)» không phải tên cột nào của sổ, nhưng giống cột «Tháng "
            "báo cáo», cột mà trang này không có: số liệu dưới tiêu đề này không được đọc. Nếu "
            "đây là cột «Tháng báo cáo», hãy sửa tiêu đề cho đúng «Tháng báo cáo»; nếu không, "
            "hãy đặt cho nó tên khác.",
        ),
    ],
    ids=["cleared", "near"],
)
def test_a_lost_month_title_is_said_once(tmp_path: Path, title: str | None, said: str) -> None:
    """review30: D1 cleared (or «Tháng báo cáo (ước)», tables' near title) and a column of
    the office's own among the contract's («Số liệu», numbers, in H): the lost title was
    said at D1 and once more at H1 («Trang này không có cột «Tháng báo cáo» … cột H (tiêu
    đề «Số liệu») …»). Said once, at D1."""
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", NOVEMBER, {}, [row("x", 40, ytd=400)])
    book = load_workbook(path)
    sheet = book["ChiTieu"]
    sheet["D1"] = title
    sheet.insert_cols(8)
    sheet["H1"], sheet["H2"] = "Số liệu", 5
    book.save(path)
    got = [(s, c, m) for s, c, m in findings(tmp_path, NOVEMBER) if str(c).endswith("1")]
    assert got == [("ERROR", "D1", said)]


def test_a_hidden_column_without_a_title_is_a_warning(tmp_path: Path) -> None:
    """review30: a column of numbers without a title, hidden (an office's helper column,
    hidden on purpose), in a sheet without «Tháng báo cáo», was an error that stopped the
    build; it is said as a warning, at its title."""
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", NOVEMBER, {}, [row("x", 40, ytd=400), row("y", 30)])
    book = load_workbook(path)
    book["ChiTieu"]["D1"].value = None
    book["ChiTieu"].column_dimensions["D"].hidden = True
    book.save(path)
    got = [(s, m) for s, c, m in findings(tmp_path, NOVEMBER) if c == "D1"]
    assert got == [("WARNING", _lost("không có tiêu đề"))]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (("52.716", "1.234,5"), [("ERROR", _lost("không có tiêu đề"))]),
        (("52\u00a0716", " 30 "), [("ERROR", _lost("không có tiêu đề"))]),
        (("Số ước", "2026"), []),  # an office's notes, one a year: no figures
    ],
    ids=["vietnamese", "pasted-from-pdf", "notes"],
)
def test_month_figures_typed_as_text_without_their_title_are_said(
    tmp_path: Path, typed: tuple[str, str], said: list[tuple[str, str]]
) -> None:
    """untitled2: D1 cleared over month figures typed as text (numbers stored as text, a
    paste from a PDF): none was a number, so nothing was said, and the report printed the
    year-to-date alone. Texts that read as numbers, in two rows or more, are figures; an
    office's notes, one of them a year, are not."""
    (tmp_path / "data").mkdir()
    rows = [row("x", typed[0], ytd=400), row("y", typed[1], ytd=300)]
    path = month_book(tmp_path / "data", NOVEMBER, {}, rows)
    book = load_workbook(path)
    book["ChiTieu"]["D1"].value = None
    book.save(path)
    got = [(s, m) for s, c, m in findings(tmp_path, NOVEMBER) if c == "D1"]
    assert got == said


def _lost_at(letter: str, title: str = "không có tiêu đề") -> str:
    return _lost(title).replace("cột D", f"cột {letter}").replace("ô D1", f"ô {letter}1")


@pytest.mark.parametrize(
    "values",
    [(40, 30), ("40", "30,5")],
    ids=["numbers", "texts"],
)
def test_a_month_column_moved_right_of_the_last_title_without_its_title_is_said(
    tmp_path: Path, values: tuple[object, object]
) -> None:
    """untitled2: the month column moved right of «Mục» (the last title), its title lost:
    the reader keeps no cell right of the header's last title, so its figures were dropped
    without a word. Said at its header cell, N1."""
    (tmp_path / "data").mkdir()
    rows = [row("x", None, ytd=400), row("y", None, ytd=300)]
    path = month_book(tmp_path / "data", NOVEMBER, {}, rows)
    book = load_workbook(path)
    sheet = book["ChiTieu"]
    sheet.delete_cols(4)  # «Tháng báo cáo»: Mục in M
    sheet["N2"], sheet["N3"] = values
    book.save(path)
    got = [(s, c, m) for s, c, m in findings(tmp_path, NOVEMBER) if str(c).endswith("1")]
    assert got == [("ERROR", "N1", _lost_at("N"))]


def test_an_office_columns_of_texts_and_a_check_sum_right_of_the_titles_are_quiet(
    tmp_path: Path,
) -> None:
    """untitled2: a sheet of the period's totals alone (no «Tháng báo cáo», as the contract
    allows) with the office's own columns typed as text: «STT» ("1", "2") left, «Ước cả năm»
    ("4.800") and «Ghi chú» (notes, one a year) right of «Mục», then, with no title, a
    column of notes ("Số ước", "2026") and a clerk's check sum (one number) further right.
    None is a month column whose title was lost: nothing said at a title or beyond."""
    (tmp_path / "data").mkdir()
    rows = [row("x", None, ytd=400, ytd_same=380), row("y", None, ytd=300, ytd_same=290)]
    path = month_book(tmp_path / "data", NOVEMBER, {}, rows)
    book = load_workbook(path)
    sheet = book["ChiTieu"]
    sheet.delete_cols(4)  # «Tháng báo cáo»: Mục in M
    sheet["N1"], sheet["N2"], sheet["N3"] = "Ước cả năm", "4.800", "3.600"
    sheet["O1"], sheet["O2"], sheet["O3"] = "Ghi chú", "Số ước", "2026"
    sheet["P2"], sheet["P3"] = "Theo Cục Thống kê", "2026"
    sheet["Q4"] = 700  # a clerk's check sum: the two years-to-date added
    sheet.insert_cols(1)
    sheet["A1"], sheet["A2"], sheet["A3"] = "STT", "1", "2"
    book.save(path)
    said = findings(tmp_path, NOVEMBER)
    assert [(s, c, m) for s, c, m in said if s in ("ERROR", "WARNING")] == []


def test_check_sums_under_a_sheet_of_totals_alone_are_quiet(tmp_path: Path) -> None:
    """review31: a sheet of the period's totals alone (no «Tháng báo cáo», as the contract
    allows) with a clerk's two check sums typed right of «Mục», under the table (Q5, Q6:
    no indicator's rows) was an error at Q1, «… cột Q (không có tiêu đề) có số nhưng không
    được đọc …», and the build stopped. A month column moved there has its figures in the
    indicators' rows: two of them, O2 and O3, are still said."""
    (tmp_path / "data").mkdir()
    rows = [row("x", None, ytd=400, ytd_same=380), row("y", None, ytd=300, ytd_same=290)]
    path = month_book(tmp_path / "data", NOVEMBER, {}, rows)
    book = load_workbook(path)
    sheet = book["ChiTieu"]
    sheet.delete_cols(4)  # «Tháng báo cáo»: Mục in M
    sheet["Q5"], sheet["Q6"] = 700, 670  # the years-to-date added, this year's and last
    sheet["O2"], sheet["O4"] = 40, 30  # one in an indicator's row, one under the table
    book.save(path)
    said = findings(tmp_path, NOVEMBER)
    assert [(s, c, m) for s, c, m in said if s in ("ERROR", "WARNING")] == []
    sheet["O3"] = 30
    book.save(path)
    said = findings(tmp_path, NOVEMBER)
    assert [(s, c, m) for s, c, m in said if s in ("ERROR", "WARNING")] == [
        ("ERROR", "O1", _lost_at("O"))
    ]
