"""A paragraph's rest typed right of the sheet's last column: "Kiểm tra an toàn đập, hồ
chứa" in HoatDong!C3 and "thủy điện trước mùa mưa bão." in D3 (a text pasted from Word,
its tab splitting it into two cells). The reader keeps only the cells under the header
(``excel``), so D3 was dropped without a word and the report printed the paragraph cut.
Texts right of the header are kept aside (``RawSheet.beyond``); one is a warning when it
stands right beside the last column, that column is HoatDong's or NhiemVu's ``Nội dung``
and its cell there holds a text left unfinished (no ".", "!", "?", "…" or ";" at its end)
while the text out there ends with one: the paragraph's own end. A clerk's note beside a
task typed with no end mark, as many offices type them (the report ends them), "x", "đã
xong", "Phòng QLCN", "15/12/2026", has none and is no rest of it.
Anything else out there stays quiet, as the contract ignores what is not its columns: a
note beside a finished task ("đã bỏ"), a stray text far away, a note beside a figure, a
ThongTin value (a name has no end mark), a number or a formula (a clerk's check sum), a
hidden column. Typed numbers out there are kept aside too, for ``untitledmonth``: a month
column moved right of the last title, its title lost."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from baocao import raw
from baocao.cells import Reading, shown
from baocao.raw import RawSheet, cell_point
from baocao.sheets import HOAT_DONG, NHIEM_VU, SheetSpec, column_letter


def header_width(by_row: Mapping[int, dict[int, object]]) -> int:
    """The last column of the header: row 1's last value, or, with at most one value in row
    1 (a title line, a blank row above a header typed lower), the widest row of titles among
    the rows below it that ``headerrow`` looks at."""
    first = by_row.get(1, {})
    width = max(first, default=0)
    if len(first) <= 1:
        below = range(2, raw.HEADER_LOOK_DOWN + 2)
        width = max([width, *(raw.titles_width(by_row.get(r, {})) for r in below)])
    return width


def beyond_header(
    cells: Iterable[tuple[tuple[int, int], object]],
    formulas: Mapping[tuple[int, int], str] | None = None,
    hidden_columns: frozenset[int] = frozenset(),
) -> tuple[tuple[str, str | int | float], ...]:
    """The typed texts and numbers (ref, value) right of the header's last title, below row
    1, in row then column order; not a formula's, nor in a hidden column (``hidden_columns``,
    1-based)."""
    by_row: dict[int, dict[int, object]] = {}
    for (row, col), value in cells:
        if value is not None:
            by_row.setdefault(row, {})[col] = value
    width = header_width(by_row)
    return tuple(
        (f"{column_letter(col)}{row}", kept)
        for row in sorted(by_row)
        if row > 1
        for col, value in sorted(by_row[row].items())
        if col > width and (kept := _kept(value)) is not None
        # A formula: in ``formulas``, or its text where the book was read with its formulas.
        if (row, col) not in (formulas or {}) and not str(kept).startswith("=")
        if col not in hidden_columns
    )


def _kept(value: object) -> str | int | float | None:
    """``value`` when it is a text of more than spaces or a number (not True, False)."""
    if isinstance(value, str):
        return value if value.strip() else None
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None


# The sheets whose «Nội dung» (``text``) the report prints: a cut paragraph is printed cut.
_TEXT_SHEETS = frozenset({HOAT_DONG.name, NHIEM_VU.name})
_CLOSERS = "\"'”»)]"  # after a sentence's end mark: «… năm 2024.»
_ENDS = ".!?…;"


def _finished(text: str) -> bool:
    """Whether ``text`` ends with a sentence's end mark (before closing quotes, brackets)."""
    typed = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(typed) and typed[-1] in _ENDS


def warn_beyond(ctx: Reading, spec: SheetSpec, sheet: RawSheet, columns: dict[str, int]) -> None:
    """A warning at each text that continues a cut paragraph (see the module's text)."""
    pos = columns.get("text") if spec.name in _TEXT_SHEETS else None
    header = sheet.rows[0] if sheet.rows else ()
    if pos is None or pos != len(header) - 1:  # not the last column
        return
    lefts = {
        cell_point(cells[pos].ref)[1]: cells[pos] for cells in sheet.rows[1:] if len(cells) > pos
    }
    for ref, text in sheet.beyond:
        col, number = cell_point(ref)
        left = lefts.get(number)
        if not isinstance(text, str) or col != pos + 2 or left is None:
            continue
        if not isinstance(left.value, str):
            continue
        if not left.value.strip() or _finished(left.value) or not _finished(text):
            continue
        ctx.warn(
            sheet.title,
            ref,
            f"Ô có chữ {shown(text.strip())} ngay bên phải ô {left.ref}, mà nội dung ô "
            f"{left.ref} chưa kết thúc (không có dấu chấm ở cuối): có lẽ đoạn văn bị tách "
            f"sang ô {ref} khi dán. Ô {ref} nằm ngoài các cột có tiêu đề nên không được đọc, "
            f"và báo cáo sẽ in đoạn văn bị cắt. Hãy chuyển nội dung này vào cuối ô {left.ref}.",
        )
