"""ChiTieu's month column whose title was lost: the clerk cleared or overtyped «Tháng báo
cáo» in D1 (a date pasted there, "Số liệu"), and the sheet then had no month column.
Every indicator's month figure was read as blank, each said "để trống" at its row (which
holds the figure), and the report printed the year-to-date alone with exit 0 (attack23's
fuzzing). When the sheet lacks «Tháng báo cáo», a column below a blank title or a title
that names no column of the contract, not said already, that holds numbers is said at
its title (a number typed, or texts that read as numbers in two rows or more: figures
stored as text, pasted from a PDF, not an office's note "2026"): an error for a blank
title (the figures are surely the sheet's own, and unread), a warning for another (an
office's own column, "Ước cả năm", may stand there) or for a hidden column (an office's
helper column, hidden on purpose, need not stop it). So is a column right of the last
title (the month's moved right of «Mục», its title lost), which the reader keeps aside
(``RawSheet.beyond``): when it holds figures in two indicators' rows or more, not check
sums under the table.
Also the entry point of the reader's checks of unread cells (``beyondcells``)."""

from __future__ import annotations

from decimal import Decimal

from baocao.beyondcells import warn_beyond
from baocao.cells import MAX_NUMBER_TEXT, Reading, is_blank, shown
from baocao.raw import RawCell, RawSheet, cell_point
from baocao.sheets import CHI_TIEU, SheetSpec, column_letter, header_words, normalize_header
from baocao.vnformat import parse_number_text


def unread_cells(ctx: Reading, spec: SheetSpec, sheet: RawSheet, columns: dict[str, int]) -> None:
    """The cells the reader leaves out that hold a figure or a text's rest."""
    untitled_month(ctx, spec, sheet, columns)
    warn_beyond(ctx, spec, sheet, columns)


def _number(value: object) -> bool:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _figure(value: object) -> bool:
    """A number, or a text that reads as one ("52.716", "1.234,5": a number stored as text)."""
    if isinstance(value, str):
        return len(value) <= MAX_NUMBER_TEXT and parse_number_text(value) is not None
    return _number(value)


def _figures(values: list[object]) -> bool:
    """Whether a column's ``values`` hold a number, or texts that read as numbers in two
    rows or more (the module's docstring)."""
    return any(map(_number, values)) or sum(map(_figure, values)) > 1


def _beyond_titles(sheet: RawSheet, code: int) -> list[RawCell]:
    """The blank header cells of the columns right of the last title that hold figures in
    two indicators' rows or more (a ``code`` typed in column ``code``, 0-based: a check sum
    under the table is none of them; the module's docstring)."""
    rows = sheet.rows[1:]
    coded = {cell_point(r[0].ref)[1] for r in rows if len(r) > code and not is_blank(r[code].value)}
    by_column: dict[int, list[object]] = {}
    for ref, value in sheet.beyond:
        col, number = cell_point(ref)
        if number in coded:
            by_column.setdefault(col, []).append(value)
    return [
        RawCell(f"{column_letter(col)}1", None)
        for col, values in sorted(by_column.items())
        if sum(map(_figure, values)) > 1
    ]


def _own_column(pos: int, title: str, columns: dict[str, int]) -> bool:
    """A titled column outside the contract's, or a ratio's: the office's own (docstring)."""
    from baocao.tables import RATIO_WORDS  # tables imports this module

    words = f" {header_words(title)} "
    inside = min(columns.values()) < pos < max(columns.values())
    return not inside or any(w in words for w in RATIO_WORDS)


def untitled_month(ctx: Reading, spec: SheetSpec, sheet: RawSheet, columns: dict[str, int]) -> None:
    """The problem of the module's docstring, at each such column's title."""
    if spec is not CHI_TIEU or "value" in columns or not sheet.rows:
        return
    header, wanted = sheet.rows[0], CHI_TIEU.header("value")
    known = {normalize_header(c.header) for c in spec.columns}
    # The header cells where ``tables`` said already that this title is missing ("Tháng báo
    # cáo (ước)", a near title whose figures are not read).
    said = {p.cell for p in ctx.problems if p.sheet == sheet.title and f"«{wanted}»" in p.message}
    near = {p.cell for p in ctx.problems if p.sheet == sheet.title}
    found = []
    for pos, cell in enumerate(header):
        typed = cell.value
        if pos in columns.values():
            continue
        if cell.ref in near:
            continue  # a near title, said by ``tables``
        if not is_blank(typed) and normalize_header(str(typed)) in known:
            continue
        if not is_blank(typed) and _own_column(pos, str(typed), columns):
            continue
        if not _figures([r[pos].value for r in sheet.rows[1:] if len(r) > pos]):
            continue
        found.append(cell)
    found += _beyond_titles(sheet, columns["code"])
    blank = [c for c in found if is_blank(c.value)]
    if blank or said & {c.ref for c in header}:
        found = blank  # the lost title said once: at its blank title, or by ``tables``
    for cell in found:
        typed = cell.value
        col = cell_point(cell.ref)[0]
        letter, hidden = column_letter(col), col in sheet.hidden_columns  # hidden on purpose?
        title = "không có tiêu đề" if is_blank(typed) else f"tiêu đề {shown(str(typed).strip())}"
        (ctx.error if is_blank(typed) and not hidden else ctx.warn)(
            sheet.title,
            cell.ref,
            f"Trang này không có cột «{wanted}», nên số liệu tháng của mọi chỉ tiêu được coi "
            f"là để trống; cột {letter} ({title}) có số nhưng không được đọc. Nếu đây là cột "
            f"«{wanted}», hãy ghi tiêu đề «{wanted}» vào ô {cell.ref}.",
        )
