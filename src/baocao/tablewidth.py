"""Tables kept within their section's text width.

The default template's tables fill its text width exactly at its own margins (left
30 mm, right 15 mm): the header block and the closing block 16.5 cm, the appendix's
25.2 cm. ``[layout]`` may set a right margin of 20 mm or a left one of 35 mm, and a
centred table then stands into both margins (27.5 mm on the left, under Decree 30's
30 mm). A table wider than its section's text is narrowed to it after rendering.

The width comes out of the first column, which in every table of the template holds
text that wraps (the issuing body, "Nơi nhận" and its list, the indicators' names),
while the others hold what must stay on one line (the national motto, the signer's
title, figures); down to half of the first column, then from every column in
proportion to its width. Cell widths follow the grid, and a table nested in a cell
narrowed is narrowed to the cell's text as well.
"""

from __future__ import annotations

from typing import Any

from baocao.fitfigures import cell_sides
from baocao.ooxml import W, int_attr, row_cells

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_KEEP = 0.5  # the least share of its width the first column keeps before the others give
_LEAST = 284  # twips (5 mm): the least width a column is narrowed to


def narrow_tables(document: Any) -> None:
    """Narrow each top-level table of the body, the page headers and the footers wider
    than its section's text width."""
    body = document.element.body
    aside = gutter_aside(document)
    pending: list[Any] = []
    for child in body.iterchildren():
        if child.tag == f"{W}tbl":
            pending.append(child)
            continue
        if child.tag == f"{W}sdt":  # a content control around tables (a Word building block)
            pending += child.findall(f"{W}sdtContent/{W}tbl")
        sect = child if child.tag == f"{W}sectPr" else child.find(f"{W}pPr/{W}sectPr")
        if sect is not None:
            width = _text_width(sect, aside)
            for tbl in pending:
                if width > 0:
                    _narrow(document, tbl, width)
            pending = []
    _narrow_headers(document, aside)


def _narrow_headers(document: Any, aside: bool) -> None:
    """Narrow the tables of the page headers and footers, each to the narrowest text
    width of the sections showing it (a section without its own shows the one before's)."""
    widths: dict[Any, int] = {}
    shown: dict[tuple[str, str], str] = {}
    for section in document.sections:
        sect = section._sectPr
        for ref in [*sect.findall(f"{W}headerReference"), *sect.findall(f"{W}footerReference")]:
            shown[ref.tag, ref.get(f"{W}type", "default")] = ref.get(f"{R}id")
        width = _text_width(sect, aside)
        for r_id in shown.values():
            rel = document.part.rels.get(r_id)  # as rendered: docxtpl replaces the part
            if rel is not None and not rel.is_external:
                part = rel.target_part
                widths[part] = min(widths.get(part, width), width)
    for part, width in widths.items():
        element = getattr(part, "element", None)  # a header part of XML, as it should be
        for tbl in element.iterchildren(f"{W}tbl") if element is not None else ():
            if width > 0:
                _narrow(document, tbl, width)


def _text_width(sect: Any, aside: bool = True) -> int:
    """The section's page width less its side margins and its gutter (Page Setup's room
    for binding) when the gutter is at a side, not at the top."""
    size, margins = sect.find(f"{W}pgSz"), sect.find(f"{W}pgMar")
    gutter = int_attr(margins, "gutter") if aside else 0
    return int_attr(size, "w") - int_attr(margins, "left") - int_attr(margins, "right") - gutter


def gutter_aside(document: Any) -> bool:
    """Whether the document's gutter is at a side of its pages (not w:gutterAtTop)."""
    top = document.settings.element.find(f"{W}gutterAtTop")
    return top is None or top.get(f"{W}val", "true") in ("0", "false", "off")


def _narrow(document: Any, tbl: Any, width: int) -> None:
    cols = tbl.findall(f"{W}tblGrid/{W}gridCol")
    grid = [int_attr(col, "w") for col in cols]
    # An indented table's right edge is its indent further right: that much less room.
    excess = sum(grid) + _indent(tbl) - width
    if excess <= 0 or not grid or any(w <= 0 for w in grid):
        return
    excess = min(excess, sum(grid) - len(grid) * _LEAST)  # every column keeps some width
    if excess <= 0:
        return
    new = list(grid)
    first_gives = min(excess, int(grid[0] * (1 - _KEEP)))
    new[0] -= first_gives
    left = excess - first_gives
    if left > 0:  # every column in proportion; the last takes the rounding
        total = sum(new)
        cut = [w * left // total for w in new]
        cut[-1] += left - sum(cut)
        new = [w - c for w, c in zip(new, cut, strict=True)]
    for col, value in zip(cols, new, strict=True):
        col.set(f"{W}w", str(value))
    for tr in tbl.findall(f"{W}tr"):
        for tc, start, end in row_cells(tr):
            tcw = tc.find(f"{W}tcPr/{W}tcW")
            beyond = end > len(new)  # a grid shorter than its cells: theirs kept
            if tcw is not None and tcw.get(f"{W}type", "dxa") == "dxa" and not beyond:
                tcw.set(f"{W}w", str(sum(new[start:end])))
            for inner in tc.iterchildren(f"{W}tbl") if not beyond else ():
                room = sum(new[start:end]) - cell_sides(document, tbl, tc)
                _narrow(document, inner, room)
    tblw = tbl.find(f"{W}tblPr/{W}tblW")
    if tblw is not None and tblw.get(f"{W}type") == "dxa":
        tblw.set(f"{W}w", str(sum(new)))


def _indent(tbl: Any) -> int:
    """A left-aligned table's own indent from the margin in twips (0 for a centred or
    right-aligned one, whose indent Word and LibreOffice pass over)."""
    jc = tbl.find(f"{W}tblPr/{W}jc")
    if jc is not None and jc.get(f"{W}val") not in ("left", "start"):
        return 0
    indent = tbl.find(f"{W}tblPr/{W}tblInd")
    if indent is None or indent.get(f"{W}type", "dxa") != "dxa":
        return 0
    return max(int_attr(indent, "w"), 0)
