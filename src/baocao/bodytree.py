"""A rendered body parsed once: docxtpl's ``fix_tables`` given the tree ``well_formed`` made.

docxtpl parses the rendered body's XML in ``fix_tables`` (with a recovering parser) to
fit each table's grid to its rows' cells; ``outputxml.well_formed`` has parsed that same
XML just before, to refuse a broken one. When its recovering parse, docxtpl's own, met
nothing to say, that tree is the one ``fix_tables`` would make, and when no table's grid
needs fitting, ``fix_tables`` would give it back unchanged: it is given back here instead
of parsing the XML a second time (the sample's body: 1.2 ms of a render's 10). Any other
case, down to a grid ``fix_tables`` would fail on, is docxtpl's own ``fix_tables``.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class ParsedBody:
    """The last rendered part ``well_formed`` parsed, and its tree (None when none may be
    reused); ``fix_tables`` takes the tree of the very string it is given, once."""

    def __init__(self, doc: Any) -> None:
        self._doc = doc
        self._kept: tuple[str, Any] | None = None

    def keep(self, xml: str, tree: Any) -> None:
        self._kept = (xml, tree) if tree is not None else None

    def fix_tables(self, xml: str) -> Any:
        kept, self._kept = self._kept, None
        if kept is not None and kept[0] is xml and _grids_fit(kept[1]):
            return kept[1]
        return type(self._doc).fix_tables(self._doc, xml)


def _grids_fit(tree: Any) -> bool:
    """Whether docxtpl's ``fix_tables`` leaves ``tree`` as it is: every table (nested ones
    too) has a grid, no row (its own or a nested table's) more cells than the grid has
    columns, and some row spans all of them (False too where ``fix_tables`` would raise)."""
    if tree.nsmap.get("w") != _W[1:-1]:
        return False
    for tbl in tree.iter(f"{_W}tbl"):
        grid = tbl.find(f"{_W}tblGrid")
        if grid is None:
            return False
        columns = len(grid.findall(f"{_W}gridCol"))
        widest = 0
        for tr in tbl.iter(f"{_W}tr"):
            cells = tr.findall(f"{_W}tc")
            if len(cells) > columns:
                return False
            spanned = 0
            for tc in cells:
                properties = tc.find(f"{_W}tcPr")  # the first, as docxtpl reads it
                span = properties.find(f"{_W}gridSpan") if properties is not None else None
                if span is None:
                    spanned += 1
                    continue
                value = span.get(f"{_W}val")
                if value is None or not value.isascii() or not value.isdigit():
                    return False  # docxtpl's int() of it: left to docxtpl, as it was
                spanned += int(value)
            widest = max(widest, spanned)
        if columns > widest:
            return False
    return True
