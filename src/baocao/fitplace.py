"""The place and date line kept on one line.

"Thành phố Hồ Chí Minh, ngày      tháng 3 năm 2024", as Decree 30 writes the city's
place, is wider than the default template's right header column (9,6 cm) at 14 pt, and
at 13 pt too: Word printed "… tháng 3" over "năm 2024". After rendering, a date line
too wide for its cell takes room from the left column, where the bodies and the number
are narrower, when the left column's widest line still fits: at its own size, else at
13 pt (Decree 30 sets the line in 13–14 pt). A line that fits, as the sample's does, is
left as it is, and so is a header table whose columns are not two plain ones (a merged
cell): ``check`` and ``build`` warn of a line that still does not fit
(``place_warnings``), and of one typed as a paragraph under the header table wider than
its indents leave (``_body_line_warnings``).

Widths are Times New Roman Italic's advance widths (the line is italic); the left
column's lines are measured as ``fitheader`` measures the bodies, a letter it does not
know counted wider than any, so that the left column is never narrowed below its text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from baocao.errors import Problem, warning
from baocao.fitfigures import cell_side_margins, set_size, table_sides
from baocao.fitheader import (
    body_font,
    header_warnings,
    key_of,
    line_of,
    lines_text,
    named_tables,
    runs_of,
)
from baocao.ooxml import W, int_attr, row_cells
from baocao.tablewidth import gutter_aside

if TYPE_CHECKING:
    from baocao.views import ReportContext

PLACE_SMALLEST = 26  # half-points: Decree 30 sets the place and date line in 13–14 pt
# Times New Roman Italic's advance widths in thousandths of an em (as Liberation Serif
# Italic, its metric twin, gives them); a letter with marks takes its base letter's.
_SMALL = dict(zip("abcdefghijklmnopqrstuvwxyz", (
    500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722,
    500, 500, 500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389,
), strict=True))  # fmt: skip
_CAPITAL = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (
    611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833,
    667, 722, 611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556,
), strict=True))  # fmt: skip
_MARKS = {" ": 250, ".": 250, ",": 250, "-": 333, "–": 500, "(": 333, ")": 333, "/": 278, ":": 333}
# A no-break space (a blank day typed with Ctrl+Shift+Space, or pasted) is a space; a
# zero-width space, a word joiner and a byte-order mark, pasted in with text, take no room.
_MARKS |= {"\u00a0": 250} | dict.fromkeys("\u200b\u2060\ufeff", 0)
_UNKNOWN = 1000  # wider than any letter: a line with one is never taken to fit
# A line is taken to fit with this much room to spare (the date line, and each line of
# the left column): LibreOffice broke one of exactly its cell's width, and 1% (about a
# millimetre) held in its pages of "Thành phố Hồ Chí Minh" in January and December.
SLACK = 1.01
# What follows the place in a date line: ", ngày 15 tháng 3 năm 2024" (a day left blank).
_DATE_FORM = re.compile(r", ngày [\d ]*tháng \d{1,2} năm \d{4}", re.IGNORECASE)
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def fit_place(document: Any, place: str) -> None:
    """Widen the cell of the date line that opens with ``place`` (see the module's
    docstring) by the room the left column can spare, at its size or at 13 pt."""
    font = body_font(document)
    found = _date_line(document, place, font)
    if found is None or not _plain(found[0]):
        return
    tbl, runs, size, em, room = found
    grid = tbl.findall(f"{W}tblGrid/{W}gridCol")
    spare = _spare(document, tbl, int_attr(grid[0], "w"), font)
    for target in (size, PLACE_SMALLEST):
        wanted = math.ceil(em * target * 10 * SLACK) - room
        if target > size or wanted > spare:
            continue
        if target != size:
            for run in runs:
                set_size(run, target)
        if wanted > 0:
            _move(tbl, grid, wanted)
        return


def measured_tables(document: Any, names: Iterable[str], place: str) -> list[Any]:
    """The tables of a rendered ``document`` whose runs' sizes ``fit_header``, ``fit_place``
    and ``layout_warnings`` read (for the bodies ``names`` and the ``place``): those holding
    a name (``fitheader.named_tables``) and the date line's, whose left column ``_spare``
    measures. Their texts and fonts, which choose them, are not changed by setting sizes."""
    tables = named_tables(document, names)
    found = _date_line(document, place, body_font(document))
    return tables if found is None or found[0] in tables else [*tables, found[0]]


def layout_warnings(document: Any, context: ReportContext, template: Path) -> list[Problem]:
    """The header's warnings of a rendered ``document``: its bodies (``header_warnings``),
    then its date line (``place_warnings``)."""
    return header_warnings(document, context, template) + place_warnings(
        document, context, template
    )


def place_warnings(document: Any, context: ReportContext, template: Path) -> list[Problem]:
    """A warning when the rendered ``document``'s date line is still wider than its cell
    (``fit_place`` could not make room): Word would break it, with exit 0."""
    font = body_font(document)
    found = _date_line(document, context.org.place, font)
    if found is None:
        return _body_line_warnings(document, context, template, font)
    _, _, size, em, room = found
    if em * min(size, PLACE_SMALLEST) * 10 * SLACK <= room:
        return []
    line = " ".join(context.org.place.split())
    broken = "\n" in context.org.parent_body.strip()  # the office's advice already taken
    advice = "" if broken else (
        "ghi tên cơ quan ở cột trái thành hai dòng (khóa «parent_body», «\\n» ở chỗ xuống "
        "dòng), hoặc "
    )  # fmt: skip
    return [
        warning(
            f"Dòng địa danh và ngày tháng ở đầu trang 1 («{line}, ngày … tháng … năm …») "
            "dài hơn ô của nó, cả khi in cỡ chữ 13 (Nghị định 30 cho phép 13–14) và thu hẹp "
            f"cột bên trái: Word sẽ xuống dòng giữa dòng này. Hãy {advice}nới rộng cột bên "
            "phải của bảng đầu trang trong mẫu.",
            template,
        )
    ]


def _body_line_warnings(
    document: Any, context: ReportContext, template: Path, font: tuple[str, int]
) -> list[Problem]:
    """A warning when the date line is a paragraph of the body (``_body_date_line``) wider
    than the room its indents leave, even at 13 pt when it is larger."""
    found = _body_date_line(document, context.org.place, font)
    if found is None:
        return []
    size, em, room = found
    if em * size * 10 * SLACK <= room:
        return []
    smaller = size > PLACE_SMALLEST and em * PLACE_SMALLEST * 10 * SLACK <= room
    line = " ".join(context.org.place.split())
    return [
        warning(
            f"Dòng địa danh và ngày tháng ở đầu trang 1 («{line}, ngày … tháng … năm …»), "
            "một đoạn văn dưới bảng đầu trang, dài hơn khoảng giữa lề trang và thụt lề của "
            "đoạn: Word sẽ xuống dòng giữa dòng này. Hãy giảm thụt lề (Indentation) của đoạn "
            "này trong mẫu"
            + (", hoặc in dòng này cỡ chữ 13 (Nghị định 30 cho phép 13–14)" if smaller else "")
            + ".",
            template,
        )
    ]


def _body_date_line(
    document: Any, place: str, font: tuple[str, int]
) -> tuple[int, float, int] | None:
    """A date line typed as a paragraph of the body, under the header table, not in it:
    the first that reads ``place`` and a date ("…, ngày … tháng … năm 2024", nothing
    more): its size in half-points, width in ems and room in twips (the first section's
    text width less its indents); None when there is none or it is not Times New Roman
    (``font``: the body's, ``body_font``)."""
    opening = key_of(place)
    if not opening:
        return None
    default_font, normal = font
    for paragraph in document.element.body.iterchildren(f"{W}p"):
        typed = lines_text(paragraph)
        text = key_of(typed)
        if not text.startswith(opening) or not _DATE_FORM.fullmatch(text[len(opening) :]):
            continue
        found = runs_of(document, paragraph, default_font, normal)
        sect = next(document.element.body.iter(f"{W}sectPr"), None)  # the first section's
        page = int_attr(None if sect is None else sect.find(f"{W}pgSz"), "w")
        margins = None if sect is None else sect.find(f"{W}pgMar")
        if found is None or page <= 0:
            return None  # no page size to measure it against
        sides = ["left", "right", *(["gutter"] if gutter_aside(document) else [])]
        _, size, indents = found
        room = page - sum(int_attr(margins, side) for side in sides) - indents
        return size, sum(_width(c) for c in typed.strip()) / 1000, room
    return None


def _date_line(
    document: Any, place: str, font: tuple[str, int]
) -> tuple[Any, list[Any], int, float, int] | None:
    """The header table holding the date line that opens with ``place``, in a column
    right of its first (the right one of two plain ones, which ``fit_place`` widens, or
    under a merged cell: ``place_warnings`` measures it there too, by the columns its
    cell spans; in any column of a table nested in a cell), the line's runs, size in
    half-points, width in ems (its widest line, a <w:br/> typed in it a line's end) and
    room in twips; None when there is none or its font is not Times New Roman (``font``:
    the body's, ``body_font``)."""
    opening = key_of(place) + ","
    if not place.strip():
        return None
    default_font, normal = font
    for tbl in document.element.body.iter(f"{W}tbl"):
        grid = [int_attr(col, "w") for col in tbl.findall(f"{W}tblGrid/{W}gridCol")]
        sides = table_sides(document, tbl)
        nested = tbl.getparent().tag == f"{W}tc"  # its first column is in another's column
        for tr in tbl.findall(f"{W}tr"):
            # a cell in a content control too: its date line, unmeasured, broke unsaid
            for tc, start, end in row_cells(tr, controls=True):
                if (start == 0 and not nested) or end > len(grid):
                    continue
                for paragraph in tc.findall(f"{W}p"):
                    text = lines_text(paragraph)
                    if not key_of(text).startswith(opening):
                        continue
                    found = runs_of(document, paragraph, default_font, normal)
                    if found is None:
                        return None
                    runs, size, indents = found
                    room = sum(grid[start:end]) - sum(cell_side_margins(tc, sides)) - indents
                    em = max(sum(_width(c) for c in line) for line in text.split("\n")) / 1000
                    return tbl, runs, size, em, room
    return None


def _plain(tbl: Any) -> bool:
    """Whether every row of a two-column table has two cells, one a column each."""
    return all(
        [(start, end) for _, start, end in row_cells(tr)] == [(0, 1), (1, 2)]
        for tr in tbl.findall(f"{W}tr")
    )


def _spare(document: Any, tbl: Any, width: int, font: tuple[str, int]) -> int:
    """The twips the left column of ``width`` can give: its room less its widest line
    (``fitheader``'s measure, a letter it does not know counted wider than any) and any
    table or picture in it (``_fixed``); 0 when a line is in another font than Times New
    Roman (``font``: the body's)."""
    default_font, normal = font
    sides = table_sides(document, tbl)
    needed = 0
    for tr in tbl.findall(f"{W}tr"):
        tc = tr.findall(f"{W}tc")[0]
        margins = sum(cell_side_margins(tc, sides))
        needed = max(needed, _fixed(tc) + margins)
        for paragraph in tc.findall(f"{W}p"):
            if not lines_text(paragraph).strip():
                continue
            found = line_of(document, paragraph, default_font, normal, _UNKNOWN)
            if found is None:
                return 0
            _, size, em, indents = found
            needed = max(needed, math.ceil(em * size * 10 * SLACK) + indents + margins)
    return max(0, width - needed)


def _fixed(tc: Any) -> int:
    """The twips of the widest table nested in a cell (its grid) or picture on its lines
    (its extent, 635 EMU a twip), which a narrower cell does not narrow."""
    tables = [sum(int_attr(c, "w") for c in t.iterfind(f"{W}tblGrid/{W}gridCol"))
              for t in tc.iter(f"{W}tbl")]  # fmt: skip
    extents = tc.iterfind(f".//{_WP}inline/{_WP}extent")
    pictures = [int(e.get("cx")) // 635 for e in extents if (e.get("cx") or "").isdigit()]
    return max([0, *tables, *pictures])


def _move(tbl: Any, grid: list[Any], twips: int) -> None:
    """Take ``twips`` from the left column of a plain two-column table to its right one:
    its grid and each cell's width; a rule (a paragraph's border between its indents, as
    under the issuing body and the motto) keeps its length, its indents changed by half."""
    widths = [int_attr(col, "w") - twips if i == 0 else int_attr(col, "w") + twips
              for i, col in enumerate(grid)]  # fmt: skip
    for col, width in zip(grid, widths, strict=True):
        col.set(f"{W}w", str(width))
    for tr in tbl.findall(f"{W}tr"):
        for tc, width, sign in zip(tr.findall(f"{W}tc"), widths, (-1, 1), strict=True):
            tcw = tc.find(f"{W}tcPr/{W}tcW")
            if tcw is not None and tcw.get(f"{W}type", "dxa") == "dxa":
                tcw.set(f"{W}w", str(width))
            for indent in tc.findall(f"{W}p/{W}pPr/{W}ind"):
                if indent.getparent().find(f"{W}pBdr") is None:
                    continue
                for side in ("left", "right"):
                    if indent.get(f"{W}{side}") is not None:
                        moved = int_attr(indent, side) + sign * (twips // 2)
                        indent.set(f"{W}{side}", str(max(0, moved)))


def _width(char: str) -> int:
    if char.isdigit():
        return 500
    if char in _MARKS:
        return _MARKS[char]
    base = "d" if char == "đ" else "D" if char == "Đ" else unicodedata.normalize("NFD", char)[0]
    return _SMALL.get(base, _CAPITAL.get(base, _UNKNOWN))
