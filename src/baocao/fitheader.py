"""The header block's bodies kept on one line.

A parent body typed on one line that is too wide for the header's column at the
template's size ("UBND THÀNH PHỐ HẢI PHÒNG", "UBND TỈNH BÀ RỊA - VŨNG TÀU" at 13 pt in
the default template's 6.9 cm column) would be wrapped by Word inside the name ("UBND
THÀNH PHỐ HẢI" over "PHÒNG"). Decree 30 sets the parent and issuing bodies in 12–13 pt:
after rendering, such a name is set in 12 pt when it fits its cell there; one that
fits, as the sample's does, is left as it is, and so is one that does not fit at 12 pt
either (the office writes "\\n" where it breaks, docs/config.md).

Widths are measured with Times New Roman's advance widths of its capitals (the names
are printed in capitals), regular and bold; a name in another font is left as it is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from baocao.fitfigures import (
    _cell_sides,
    _default_size,
    _font,
    _normal_font,
    _set_size,
    _size,
    _style_size,
    _table_sides,
    _text,
)
from baocao.ooxml import W, int_attr, row_cells

SMALLEST_HALF_POINTS = 24  # Decree 30: the bodies of the header in 12–13 pt
# Advance widths in thousandths of an em, Times New Roman's capitals and marks.
_REGULAR_AM = (722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889)
_REGULAR_NZ = (722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611)
_BOLD_AM = (722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944)
_BOLD_NZ = (722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_REGULAR = dict(zip(_LETTERS, (*_REGULAR_AM, *_REGULAR_NZ), strict=True))
_BOLD = dict(zip(_LETTERS, (*_BOLD_AM, *_BOLD_NZ), strict=True))
_MARKS = {" ": 250, ".": 250, ",": 250, "-": 333, "–": 500, "(": 333, ")": 333, "/": 278}
_DIGIT = 500
_UNKNOWN = 1000  # wider than any capital: a name with one is never taken to fit


def fit_header(document: Any, names: Iterable[str]) -> None:
    """Set in 12 pt a table cell's paragraph reading one of ``names`` (on one line) that
    is too wide for its cell at its size but fits at 12 pt."""
    wanted = {" ".join(n.split()) for n in names if n.strip() and "\n" not in n}
    if not wanted:
        return
    default_font, normal_size = _normal_font(document)
    normal = normal_size or _default_size(document)
    for tbl in document.element.body.iter(f"{W}tbl"):
        grid = [int_attr(col, "w") for col in tbl.findall(f"{W}tblGrid/{W}gridCol")]
        sides = _table_sides(document, tbl)
        for tr in tbl.findall(f"{W}tr"):
            for tc, start, end in row_cells(tr):
                if end > len(grid):
                    continue
                room = sum(grid[start:end]) - sum(_cell_sides(tc, sides))
                for paragraph in tc.findall(f"{W}p"):
                    if _text(paragraph) in wanted:
                        _fit(document, paragraph, room, default_font, normal)


def _fit(document: Any, paragraph: Any, room: int, default_font: str, normal: int) -> None:
    runs = [r for r in paragraph.iter(f"{W}r") if r.find(f"{W}t") is not None]
    if not runs or paragraph.find(f".//{W}br") is not None:
        return
    if " ".join(_font(runs[0], default_font).split()).casefold() != "times new roman":
        return
    indent = paragraph.find(f"{W}pPr/{W}ind")
    room -= int_attr(indent, "left") + int_attr(indent, "right") if indent is not None else 0
    styled_p = _style_size(document, paragraph.find(f"{W}pPr/{W}pStyle"))
    size = max(
        _size(r, _style_size(document, r.find(f"{W}rPr/{W}rStyle")) or styled_p or normal)
        for r in runs
    )
    em = sum(_em(r) for r in runs) / 1000  # an em of n half-points is 10 n twips
    if size <= SMALLEST_HALF_POINTS or em * size * 10 <= room:
        return
    if em * SMALLEST_HALF_POINTS * 10 > room:
        return  # too wide at 12 pt too: left for the office's "\n"
    for run in runs:
        _set_size(run, SMALLEST_HALF_POINTS)


def _em(run: Any) -> int:
    """The run's text's width in thousandths of an em."""
    bold = run.find(f"{W}rPr/{W}b")
    bold_on = bold is not None and bold.get(f"{W}val", "1") not in ("0", "false")
    widths = _BOLD if bold_on else _REGULAR
    text = "".join(t.text or "" for t in run.iter(f"{W}t"))
    return sum(_width(c, widths) for c in text)


def _width(char: str, widths: dict[str, int]) -> int:
    if char.isdigit():
        return _DIGIT
    if char in _MARKS:
        return _MARKS[char]
    base = "D" if char in "Đđ" else unicodedata.normalize("NFD", char)[0].upper()
    return widths.get(base, _UNKNOWN)
