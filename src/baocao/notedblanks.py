"""A figure cell left blank whose comment (an Excel note) holds the figure: "Số chính
thức 803,4" typed in the note instead of the cell. The report reads cells, never
comments, so the cell is blank to it; said at the cell, quoting the comment."""

from __future__ import annotations

import re
import unicodedata

from baocao.cells import Reading, Value
from baocao.raw import RawSheet
from baocao.sheets import Kind, SheetSpec
from baocao.vnformat import clipped

# A number as a figure is typed ("803,4", "1.250", "52716"), not a date's or a period's
# ("tháng 3", "năm 2023", "15/3/2024") nor a period's length ("Chưa có số liệu 6 tháng",
# "9 tháng đầu năm", "sau 5 ngày"): those say when, not how much; nor a document's number
# ("Nghị quyết số 08-NQ/TU", "Quyết định 1234 ngày 15/3/2024"), which says where the figure
# comes from.
_FIGURE = re.compile(r"(?<![\w/])\d(?:[\d.,]*\d)?(?![\w/])")
# A number naming which one ("tuần 2", "đợt 2", "lần 2", "Biểu 02", "Mẫu số 01", "Điều 5")
# says which week, round, form or article, not how much, as a date does.
# So does an ordinal ("tháng thứ 3") and a month written short ("T.3", "Q.1").
_WHEN = re.compile(
    r"(?<!\w)(?:tháng|năm|quý|ngày|tuần|đợt|lần|biểu|mẫu|phụ lục|điều|khoản|thứ)(?:\s+số)?\s*$"
    r"|(?<!\w)[tq]\.$",
    re.I,
)
_DOCUMENT = re.compile(
    r"(?<!\w)(?:nghị định|quyết định|qđ|công văn|cv|thông tư|nghị quyết|nq|chỉ thị|văn bản"
    r"|tờ trình)\s+(?:số\s+)?$",
    re.I,
)
# How far before a number its word is looked for: the longest word, "số" and spaces (the
# text's spaces are collapsed). Searching the whole text before each number was quadratic:
# a comment of 60 000 characters of years took 15 s.
_REACH = len("nghị quyết số ") + 2
# A period's length is a small whole number, and no date follows its word: "803,4 ngày
# 20/3", "25 ngày 20/3" are a figure and its date ("803,4 năm 2024" is a figure too).
_SPAN = re.compile(r"\s*(?:tháng|năm|quý|ngày|tuần)\b(?!\s*\d)", re.I)
_LENGTH = re.compile(r"\d\d?")
_CODE = re.compile(r"-[A-ZĐ]")  # "08-NQ/TU": the number of a document of the Party
_YEAR = re.compile(r"(?:19|20)\d\d")
# A whole number naming a document, a time or a table ("công văn số 215", "lần 2", "Biểu
# 02", "phụ lục 2"): which one, not how much; looked for just before it, as a time's word.
# Not "tổng số 52", "con số 52", nor "kỳ" ("cùng kỳ 250"): those are figures.
_NUMBERING = re.compile(
    r"(?:(?<!tổng\s)(?<!con\s)số|lần|biểu|mẫu|phụ\s+lục|dòng|trang|điều|khoản)\s*$", re.I
)
_NUMBERING_REACH = len("tổng số ") + 2
_WHOLE = re.compile(r"\d+")
# A link's address ("https://www.gso.gov.vn/?id=12345"): its numbers are none of a figure.
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.I)
# Excel's threaded comment, as its legacy note keeps it: "[Threaded comment] … Comment:\n …";
# an Excel of another language writes its own words ("[Commentaire à thread] … Commentaire :")
# around the same link, the text on the line after the word ending in ":" below it.
_THREADED = re.compile(
    r"^\[Threaded comment\].*?Comment:\s*"
    r"|^\[[^\]\n]*\]\s.*?https://go\.microsoft\.com/fwlink/\?linkid=870924\S*\s*(?:[^\n]*:\n)?\s*",
    re.S,
)


def noted_blanks(
    ctx: Reading, spec: SheetSpec, sheet: RawSheet, rows: list[dict[str, Value]]
) -> None:
    """A warning at each blank figure cell of a data row whose comment holds a figure."""
    if not sheet.comments:
        return
    letters = {v: f for (name, f), v in ctx.locator.letters.items() if name == spec.name}
    figures = {c.field for c in spec.columns if c.kind is Kind.NUMBER}
    by_number = {int(str(r["row"])): r for r in rows if r.get(spec.key_field) is not None}
    for ref, comment in sheet.comments:
        where = re.fullmatch(r"([A-Z]+)(\d+)", ref)
        field = letters.get(where[1]) if where else None
        row = by_number.get(int(where[2])) if where else None
        if field not in figures or row is None or row.get(field) is not None:
            continue
        # NFC: a "tháng" typed decomposed (a Mac, a web page) is the pattern's "tháng"
        note = _THREADED.sub("", unicodedata.normalize("NFC", comment))
        text = " ".join(note.split())
        if _holds_figure(_LINK.sub(" ", " ".join(_without_author(note).split()))):
            ctx.warn(
                sheet.title,
                ref,
                f"Ô để trống nhưng ghi chú của ô ghi «{clipped(text, 80)}»: báo cáo không đọc "
                "ghi chú, nên ô được coi là trống. Nếu số trong ghi chú là số của ô, hãy gõ số "
                "vào ô.",
            )


def _holds_figure(text: str) -> bool:
    """Whether ``text`` holds a number that is no date, period, count of periods, year,
    nor a document's or a table's number."""
    for found in _FIGURE.finditer(text):
        before = text[max(0, found.start() - _REACH) : found.start()]
        length = _LENGTH.fullmatch(found.group()) and _SPAN.match(text, found.end())
        if _WHEN.search(before) or length:
            continue
        if _DOCUMENT.search(before) or _CODE.match(text, found.end()):
            continue
        if _WHOLE.fullmatch(found.group()) and _NUMBERING.search(
            text[max(0, found.start() - _NUMBERING_REACH) : found.start()]
        ):
            continue
        if not _YEAR.fullmatch(found.group()):
            return True
    return False


def _without_author(note: str) -> str:
    """``note`` without the line Excel opens a note with, its author's name and a colon
    ("PC 2:", "Nguyễn Văn A:"), when more lines follow."""
    first, newline, rest = note.partition("\n")
    return rest if newline and rest.strip() and first.rstrip().endswith(":") else note
