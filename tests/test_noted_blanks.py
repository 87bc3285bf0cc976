"""A blank figure cell's comment (``notedblanks``) as a careless or odd workbook writes it:
a long comment of years and months, one typed in decomposed Unicode (NFD), and Excel's
threaded comment written by an Excel of another language than English."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

from helpers import load_workbook

MARCH = Period(2025, 3)
NOTED = "Ô để trống nhưng ghi chú của ô ghi"


def noted(tmp_path: Path, comments: dict[str, str]) -> list[tuple[str, str | None, str]]:
    """check of March with ``comments`` on ChiTieu's cells (F2, F3, H3 and F4 are blank):
    the warnings of a figure in a blank cell's comment."""
    from openpyxl.comments import Comment

    data = tmp_path / "data"
    data.mkdir()
    rows = [row("x", 100, 90, None, 300, 250), row("y", 100, 90, None, 300), row("z", 100, 90)]
    path = month_book(data, MARCH, {}, rows)
    book = load_workbook(path)
    for ref, text in comments.items():
        book["ChiTieu"][ref].comment = Comment(text, "A")
    book.save(path)
    return [f for f in findings(tmp_path, MARCH) if f[2].startswith(NOTED)]


def test_a_long_comment_of_years_and_months_is_read_in_linear_time(tmp_path: Path) -> None:
    """Each number of a comment looked back over the whole text before it for "tháng",
    "năm": a comment of 60 000 characters of years ("2020 2020 …") took 15 s, one of a
    megabyte hours. Only the words just before a number are looked at."""
    start = time.perf_counter()
    said = noted(tmp_path, {"F2": "2020 " * 12_000, "F3": "tháng 3 " * 7_500 + "số 803,4"})
    assert time.perf_counter() - start < 3
    assert said == [
        (
            "WARNING",
            "F3",
            f"{NOTED} «{'tháng 3 ' * 10}…»: báo cáo không đọc ghi chú, nên ô được coi là trống. "
            "Nếu số trong ghi chú là số của ô, hãy gõ số vào ô.",
        )
    ]


def test_a_comment_typed_in_nfd_says_when_as_in_nfc(tmp_path: Path) -> None:
    """ "Chưa có số liệu tháng 3" typed in decomposed Unicode (a Mac, a web page) was read
    as holding the figure 3: its "tháng" was not the pattern's. Read as NFC, it says when."""
    nfd = unicodedata.normalize("NFD", "Chưa có số liệu tháng 3, năm 2025")
    assert noted(tmp_path, {"F2": nfd, "F3": unicodedata.normalize("NFD", "Số ước 80,5")}) == [
        (
            "WARNING",
            "F3",
            f"{NOTED} «Số ước 80,5»: báo cáo không đọc ghi chú, nên ô được coi là trống. Nếu "
            "số trong ghi chú là số của ô, hãy gõ số vào ô.",
        )
    ]


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
    assert noted(tmp_path, comments) == [
        (
            "WARNING",
            "F3",
            f"{NOTED} «Số ước 80,5»: báo cáo không đọc ghi chú, nên ô được coi là trống. Nếu "
            "số trong ghi chú là số của ô, hãy gõ số vào ô.",
        )
    ]


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
        (
            "WARNING",
            "F3",
            f"{NOTED} «Số ước 80,5 (3 tháng)»: báo cáo không đọc ghi chú, nên ô được coi là "
            "trống. Nếu số trong ghi chú là số của ô, hãy gõ số vào ô.",
        ),
        (
            "WARNING",
            "F4",
            f"{NOTED} «Ước 80,5 năm 2025»: báo cáo không đọc ghi chú, nên ô được coi là "
            "trống. Nếu số trong ghi chú là số của ô, hãy gõ số vào ô.",
        ),
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
    assert noted(tmp_path, comments) == [
        (
            "WARNING",
            "F3",
            f"{NOTED} «Số ước 80,5 (https://www.gso.gov.vn/?p=7)»: báo cáo không đọc ghi chú, "
            "nên ô được coi là trống. Nếu số trong ghi chú là số của ô, hãy gõ số vào ô.",
        )
    ]


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
    assert noted(tmp_path, comments) == [
        (
            "WARNING",
            "F3",
            f"{NOTED} «PC 2: Số ước 80,5»: báo cáo không đọc ghi chú, nên ô được coi là trống. "
            "Nếu số trong ghi chú là số của ô, hãy gõ số vào ô.",
        ),
        (
            "WARNING",
            "H3",
            f"{NOTED} «Số ước: 70»: báo cáo không đọc ghi chú, nên ô được coi là trống. Nếu số "
            "trong ghi chú là số của ô, hãy gõ số vào ô.",
        ),
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
        (
            "WARNING",
            "F3",
            f"{NOTED} «Số ước 80,5 (xem phụ lục 2)»: báo cáo không đọc ghi chú, nên ô được coi "
            "là trống. Nếu số trong ghi chú là số của ô, hãy gõ số vào ô.",
        ),
        (
            "WARNING",
            "F4",
            f"{NOTED} «Ước số 80,5»: báo cáo không đọc ghi chú, nên ô được coi là trống. Nếu "
            "số trong ghi chú là số của ô, hãy gõ số vào ô.",
        ),
        (
            "WARNING",
            "H4",
            f"{NOTED} «Tổng số 52»: báo cáo không đọc ghi chú, nên ô được coi là trống. Nếu số "
            "trong ghi chú là số của ô, hãy gõ số vào ô.",
        ),
    ]


def test_a_month_written_short_or_an_ordinal_in_a_comment_is_no_figure(tmp_path: Path) -> None:
    """ "Chờ số liệu T.3" and "tháng thứ 3" on a blank cell were warnings that the comment
    holds a figure: "T.3" and "Q.1" name a month and a quarter written short, "thứ 3" an
    ordinal. A figure after them is still said."""
    comments = {"F2": "Chờ số liệu T.3", "F3": "Số liệu tháng thứ 3", "H3": "Q.1 chưa có"}
    comments["F4"] = "Ước T.3: 52,7"
    assert noted(tmp_path, comments) == [
        (
            "WARNING",
            "F4",
            f"{NOTED} «Ước T.3: 52,7»: báo cáo không đọc ghi chú, nên ô được coi là trống. Nếu "
            "số trong ghi chú là số của ô, hãy gõ số vào ô.",
        )
    ]
