"""A blank figure cell's comment (``notedblanks``): a figure typed in the note instead of
the cell is a warning at it; a comment that only says when, how long, which document or
which table, a link, Excel's author line and a threaded comment's framing are no figure;
and a careless or odd workbook's comments (very long, decomposed Unicode, an Excel of
another language than English) are read in a moment and as they read."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import baocao.excel
from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

from helpers import load_workbook

MARCH = Period(2025, 3)
NOTED = "Ô để trống nhưng ghi chú của ô ghi"
# ChiTieu's rows: F2, F3, H3 and F4 are blank (G2, H2 and G3 hold figures).
ROWS = [row("x", 100, 90, None, 300, 250), row("y", 100, 90, None, 300), row("z", 100, 90)]
# Rows whose F, G, H and I are all blank.
BLANK_ROWS = [row("x", 100, 90), row("y", 100, 90), row("z", 100, 90)]


def noted(
    tmp_path: Path, comments: dict[str, str], rows: list[tuple[object, ...]] = ROWS
) -> list[tuple[str, str | None, str]]:
    """check of March with ``comments`` on ChiTieu's cells: the warnings of a figure in a
    blank cell's comment."""
    from openpyxl.comments import Comment

    data = tmp_path / "data"
    data.mkdir()
    path = month_book(data, MARCH, {}, rows)
    book = load_workbook(path)
    for ref, text in comments.items():
        book["ChiTieu"][ref].comment = Comment(text, "A")
    book.save(path)
    return [f for f in findings(tmp_path, MARCH) if f[2].startswith(NOTED)]


def said(ref: str, quoted: str) -> tuple[str, str, str]:
    """The warning at ``ref`` of a blank cell whose comment, ``quoted``, holds a figure."""
    return (
        "WARNING",
        ref,
        f"{NOTED} «{quoted}»: báo cáo không đọc ghi chú, nên ô được coi là trống. Nếu số "
        "trong ghi chú là số của ô, hãy gõ số vào ô.",
    )


_THREADED = (
    "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; "
    "however, any edits to it will get removed if the file is opened in a newer version of "
    "Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\nComment:\n"
    "    Lũy kế cùng kỳ 250"
)


def test_a_figure_typed_in_the_comment_of_its_blank_cell_is_a_warning(tmp_path: Path) -> None:
    """ "Số chính thức 803,4" typed as the note of a blank «Cùng kỳ» left the cell blank to
    the report with nothing said (office14). A blank figure cell whose comment holds a
    figure is a warning at the cell, quoting it (an Excel threaded comment by its text);
    a comment that only says when, or one on a cell that holds its number, is not. A later
    run, reading the workbook from the store, says the same."""
    comments = {
        "F2": "Nguyễn Văn A:\nSố chính thức 803,4",
        "F3": "Chưa có số liệu tháng 3 (ngày 15/3/2025)",
        "H3": _THREADED,
        "F4": "Số chính thức 80,5",
    }
    found = noted(tmp_path, comments, [*ROWS[:2], row("z", 100, 90, 80)])  # F4 holds 80
    baocao.excel._PARSED.clear()  # read again, as a later run does: from the store
    assert found == [f for f in findings(tmp_path, MARCH) if f[2].startswith(NOTED)]
    assert found == [
        said("F2", "Nguyễn Văn A: Số chính thức 803,4"),
        said("H3", "Lũy kế cùng kỳ 250"),
    ]


def test_a_long_comment_of_years_and_months_is_read_in_linear_time(tmp_path: Path) -> None:
    """Each number of a comment looked back over the whole text before it for "tháng",
    "năm": a comment of 60 000 characters of years ("2020 2020 …") took 15 s, one of a
    megabyte hours. Only the words just before a number are looked at."""
    start = time.perf_counter()
    found = noted(tmp_path, {"F2": "2020 " * 12_000, "F3": "tháng 3 " * 7_500 + "số 803,4"})
    assert time.perf_counter() - start < 3
    assert found == [said("F3", f"{'tháng 3 ' * 10}…")]


def test_a_comment_typed_in_nfd_says_when_as_in_nfc(tmp_path: Path) -> None:
    """ "Chưa có số liệu tháng 3" typed in decomposed Unicode (a Mac's keyboard, a web page,
    a PDF's text) was read as holding the figure 3: its "tháng" was not the pattern's
    (attack8, falsealarm10). Read as NFC, as every cell's text, it says when; a figure so
    typed is quoted composed."""
    nfd = unicodedata.normalize("NFD", "Chưa có số liệu tháng 3, năm 2025")
    comments = {"F2": nfd, "F3": unicodedata.normalize("NFD", "Số ước 80,5")}
    assert noted(tmp_path, comments) == [said("F3", "Số ước 80,5")]


# Excel's threaded comment as an Excel in French keeps it in the legacy note: its words
# are the language's, its link the same ("linkid=870924" is no figure).
_FRENCH = (
    "[Commentaire à thread]\n\nVotre version d’Excel vous permet de lire ce commentaire à "
    "thread. Toutefois, les modifications qui y sont apportées seront supprimées si le fichier "
    "est ouvert dans une version plus récente d’Excel. En savoir plus : "
    "https://go.microsoft.com/fwlink/?linkid=870924\n\nCommentaire :\n    {}"
)


def test_a_threaded_comment_of_an_excel_in_another_language_is_read_by_its_text(
    tmp_path: Path,
) -> None:
    """A threaded comment written by an Excel in another language than English was read
    whole, its link's "870924" a figure: "Chưa có số liệu" on a blank cell was a warning
    quoting Excel's explanation. Its text is read, after the link and the word before it."""
    comments = {"F2": _FRENCH.format("Chưa có số liệu"), "F3": _FRENCH.format("Số ước 80,5")}
    assert noted(tmp_path, comments) == [said("F3", "Số ước 80,5")]


def test_a_count_of_months_or_days_in_a_comment_is_no_figure(tmp_path: Path) -> None:
    """ "Chưa có số liệu 3 tháng đầu năm" on a blank cell was a warning that its comment
    holds a figure: a number before "tháng", "quý", "ngày" counts periods ("sau 5 ngày"),
    as one after them names one ("tháng 3"). A figure in a comment beside one is still
    said, and one of more than two digits or with decimals is no count ("80,5 năm 2025")."""
    comments = {
        "F2": "Chưa có số liệu 3 tháng đầu năm",
        "H3": "Cập nhật sau 5 ngày, lũy kế 2 quý",
        "F3": "Số ước 80,5 (3 tháng)",
        "F4": "Ước 80,5 năm 2025",
    }
    assert noted(tmp_path, comments) == [
        said("F3", "Số ước 80,5 (3 tháng)"),
        said("F4", "Ước 80,5 năm 2025"),
    ]


def test_a_comment_naming_a_periods_length_holds_no_figure(tmp_path: Path) -> None:
    """ "Chưa có số liệu 6 tháng", the note of a blank cell whose figure is not out yet, was
    warned as a figure typed in the note (falsealarm10). A number followed by a period's
    word says how long the period is, not how much; a figure beside it is still one."""
    comments = {
        "F2": "Chưa có số liệu 6 tháng",
        "G2": "Cục Thống kê chưa công bố số liệu 3 tháng đầu năm",
        "H2": "Số liệu 2 quý, 1 năm chưa có",
        "F3": "Số liệu 6 tháng: 803,4",
    }
    assert noted(tmp_path, comments, BLANK_ROWS) == [said("F3", "Số liệu 6 tháng: 803,4")]


def test_a_figure_dated_in_a_comment_is_still_a_figure(tmp_path: Path) -> None:
    """A period's length ("6 tháng") is a small whole number whose word no date follows:
    "Số chính thức 803,4 ngày 20/3/2025" and "Số liệu 25 ngày 20/3" give a figure and its
    date, and are said as figures typed in the note."""
    comments = {"F2": "Số chính thức 803,4 ngày 20/3/2025", "F3": "Số liệu 25 ngày 20/3"}
    assert noted(tmp_path, comments, BLANK_ROWS) == [
        said("F2", "Số chính thức 803,4 ngày 20/3/2025"),
        said("F3", "Số liệu 25 ngày 20/3"),
    ]


def test_a_link_in_a_comment_holds_no_figure(tmp_path: Path) -> None:
    """ "Nguồn: https://www.gso.gov.vn/du-lieu?id=12345" on a blank cell was a warning
    that its comment holds a figure: the number of a link's address. A link's numbers
    are not read; a figure beside a link still is."""
    comments = {
        "F2": "Nguồn: https://www.gso.gov.vn/du-lieu?id=12345",
        "H3": "Chưa có, xem www.moit.gov.vn/tin-tuc-3",
        "F3": "Số ước 80,5 (https://www.gso.gov.vn/?p=7)",
    }
    assert noted(tmp_path, comments) == [said("F3", "Số ước 80,5 (https://www.gso.gov.vn/?p=7)")]


def test_the_authors_name_excel_writes_atop_a_note_is_not_read_for_a_figure(
    tmp_path: Path,
) -> None:
    """Excel opens a note with its author's name and a colon on a line of its own ("PC 2:"):
    a note on a blank cell by the computer "PC 2" saying "Chưa có số liệu" was a warning
    that it holds a figure, the 2 of the name. That first line is not read for a figure
    (it is still quoted)."""
    comments = {
        "F2": "PC 2:\nChưa có số liệu",
        "F3": "PC 2:\nSố ước 80,5",
        "H3": "Số ước:\n70",
    }
    assert noted(tmp_path, comments) == [said("F3", "PC 2: Số ước 80,5"), said("H3", "Số ước: 70")]


def test_a_comment_naming_a_documents_number_holds_no_figure(tmp_path: Path) -> None:
    """ "Chỉ tiêu theo Nghị quyết số 08-NQ/TU", the note of a blank plan cell saying where the
    target is set, was warned as a figure typed in the note (falsealarm10). A document's
    number (after its kind, or before a Party document's code) is no figure; a plan's
    figure in the note still is."""
    comments = {
        "I2": "Chỉ tiêu theo Nghị quyết số 08-NQ/TU",
        "F2": "Theo Quyết định số 1234 ngày 15/3/2025 của UBND tỉnh",
        "I3": "Kế hoạch 1.250 (Nghị quyết 08-NQ/TU)",
    }
    assert noted(tmp_path, comments, BLANK_ROWS) == [
        said("I3", "Kế hoạch 1.250 (Nghị quyết 08-NQ/TU)")
    ]


def test_a_documents_or_a_tables_number_in_a_comment_is_no_figure(tmp_path: Path) -> None:
    """ "Chưa có số liệu, theo công văn số 215 của Cục Thống kê" on a blank cell was a
    warning that its comment holds a figure: a whole number after "số", "lần", "biểu",
    "phụ lục" (and their kin) numbers a document, a time or a table, as "tháng 3" names a
    month. A figure beside one is still said, and so is one with decimals after "số", and
    a count after "tổng số" ("tổng số 52": how many)."""
    comments = {
        "F2": "Chưa có số liệu, theo công văn số 215 của Cục Thống kê",
        "H3": "Số liệu điều chỉnh lần 2, xem Biểu 02",
        "F3": "Số ước 80,5 (xem phụ lục 2)",
        "F4": "Ước số 80,5",
        "H4": "Tổng số 52",
    }
    assert noted(tmp_path, comments) == [
        said("F3", "Số ước 80,5 (xem phụ lục 2)"),
        said("F4", "Ước số 80,5"),
        said("H4", "Tổng số 52"),
    ]


def test_a_comment_numbering_a_week_round_or_form_holds_no_figure(tmp_path: Path) -> None:
    """ "Chờ số liệu đợt 2", "Xem Biểu 02", "Số liệu tuần 2 tháng 3": notes of blank cells
    that number which round, form or week the figure will come from were warned as figures
    typed in the note (falsealarm10). A number after such a word says which one, as a
    date's does; a figure after it is still one."""
    comments = {
        "F2": "Chờ số liệu đợt 2",
        "G2": "Xem Biểu 02 (Mẫu số 01 của Cục Thống kê)",
        "H2": "Số liệu tuần 2 tháng 3",
        "F3": "Số liệu đợt 2: 803,4",
    }
    assert noted(tmp_path, comments, BLANK_ROWS) == [said("F3", "Số liệu đợt 2: 803,4")]


def test_a_month_written_short_or_an_ordinal_in_a_comment_is_no_figure(tmp_path: Path) -> None:
    """ "Chờ số liệu T.3" and "tháng thứ 3" on a blank cell were warnings that the comment
    holds a figure: "T.3" and "Q.1" name a month and a quarter written short, "thứ 3" an
    ordinal. A figure after them is still said."""
    comments = {"F2": "Chờ số liệu T.3", "F3": "Số liệu tháng thứ 3", "H3": "Q.1 chưa có"}
    comments["F4"] = "Ước T.3: 52,7"
    assert noted(tmp_path, comments) == [said("F4", "Ước T.3: 52,7")]
