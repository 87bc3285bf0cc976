"""Figures kept on one line in their table cells.

A figure wider than its cell ("1.822.512.345" USD in the appendix's 2.2 cm column)
would wrap between its digits, and "1.822.512.3" over "45" reads as two numbers.
After rendering, such a figure is set in the largest half-point size at which it fits
its cell (at least ``SMALLEST_PT``); a figure that fits, as all of the sample's do, is
left as it is, and so are the other figures of its column.

Widths are measured with the digits' advance widths, which are fixed in a font: Times
New Roman's where the run is in it, else Arial's, which are wider than most.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from baocao.ooxml import W, add_child, int_attr, row_cells

FIGURE = re.compile(r"[-−+]?\d[\d.,]*%?")
# Advance widths in thousandths of an em: digits, then the marks a figure may hold.
WIDTHS = {
    "Times New Roman": {"digit": 500, ".": 250, ",": 250, "-": 333, "−": 564, "+": 564, "%": 833},
    "other": {"digit": 556, ".": 278, ",": 278, "-": 333, "−": 584, "+": 584, "%": 889},
}
WORD_CELL_SIDE = 108  # twips: Word's default left and right cell margins (0.19 cm)
DEFAULT_HALF_POINTS = 20  # a document's size where nothing sets one, 10 pt
SMALLEST_PT = 7


def fit_figures(document: Any, tables: Iterable[Any] | None = None) -> None:
    """Set smaller the figures too wide for their table cells (of ``tables`` only, when
    given: each table is fitted on its own)."""
    default_font, normal_size = normal_font(document)
    default_size = document_size(document)
    for tbl in document.element.body.iter(f"{W}tbl") if tables is None else tables:
        grid = [int_attr(col, "w") for col in tbl.findall(f"{W}tblGrid/{W}gridCol")]
        sides = table_sides(document, tbl)
        # What a cell's paragraph in the Normal style shows: Normal's size, else the table
        # style's, else the document's default (the order in which Word applies them).
        table_size = style_size(document, tbl.find(f"{W}tblPr/{W}tblStyle"))
        normal = normal_size or table_size or default_size
        for tr in tbl.findall(f"{W}tr"):
            for tc, start, end in row_cells(tr):
                # The cell's one paragraph with text (an empty one under it, as Word leaves
                # one, does not keep its figure from wrapping).
                texts = ((p, paragraph_text(p)) for p in tc.findall(f"{W}p"))
                written = [(p, text) for p, text in texts if text]
                if len(written) != 1:
                    continue
                paragraph, text = written[0]
                runs = list(paragraph.iter(f"{W}r"))
                if not runs or not FIGURE.fullmatch(text):
                    continue
                room = sum(grid[start:end]) - sum(cell_side_margins(tc, sides))
                if end > len(grid) or room <= 0:
                    continue
                widths = _widths(run_font(runs[0], default_font))
                em = (
                    sum(widths["digit"] if c.isdigit() else widths.get(c, 1000) for c in text)
                    / 1000
                )
                fits = max(int(room / 20 / em * 2), SMALLEST_PT * 2)  # twips / 20: points
                for run in runs:
                    if shown_size(document, run, paragraph, normal) > fits:
                        set_size(run, fits)  # only ever smaller than the run is shown


def shown_size(document: Any, run: Any, paragraph: Any, normal: int) -> int:
    """The size a run is shown at, in half-points: its own, else its character style's,
    else its paragraph's style's, else ``normal``."""
    styled = style_size(document, run.find(f"{W}rPr/{W}rStyle"))
    styled_p = style_size(document, paragraph.find(f"{W}pPr/{W}pStyle"))
    return run_size(run, styled or styled_p or normal)


def paragraph_text(paragraph: Any) -> str:
    return "".join(t.text or "" for t in paragraph.iter(f"{W}t")).strip()


def _widths(font: str) -> dict[str, int]:
    # Word matches a font's name whatever its case ("times new roman", as other tools write it)
    times = " ".join(font.split()).casefold() == "times new roman"
    return WIDTHS["Times New Roman" if times else "other"]


def cell_sides(document: Any, tbl: Any, tc: Any) -> int:
    """The twips of a cell's width its left and right margins take."""
    return sum(cell_side_margins(tc, table_sides(document, tbl)))


def table_sides(document: Any, tbl: Any) -> tuple[int, int]:
    """A table's cell margins: its own, else its table style's (through the styles it is
    based on), else Word's default."""
    styled = _styled(document, tbl.find(f"{W}tblPr/{W}tblStyle"), f"{W}tblPr/{W}tblCellMar")
    default = _sides(styled, (WORD_CELL_SIDE, WORD_CELL_SIDE))
    return _sides(tbl.find(f"{W}tblPr/{W}tblCellMar"), default)


def cell_side_margins(tc: Any, table: tuple[int, int]) -> tuple[int, int]:
    return _sides(tc.find(f"{W}tcPr/{W}tcMar"), table)


def _sides(margins: Any, default: tuple[int, int]) -> tuple[int, int]:
    if margins is None:
        return default
    found = []
    for names, fallback in ((("left", "start"), default[0]), (("right", "end"), default[1])):
        side = next((e for n in names if (e := margins.find(f"{W}{n}")) is not None), None)
        dxa = side is not None and side.get(f"{W}type", "dxa") == "dxa"
        found.append(int_attr(side, "w") if dxa else fallback)
    return found[0], found[1]


def normal_font(document: Any) -> tuple[str, int]:
    """The Normal style's font and size in half-points (0 when it sets none)."""
    normal = document.styles["Normal"].font
    size = int(normal.size.pt * 2) if normal.size is not None else 0
    fonts = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}rFonts")
    default = fonts.get(f"{W}ascii") if fonts is not None else None
    return normal.name or default or "", size


def document_size(document: Any) -> int:
    """The document's default size in half-points (w:docDefaults, set by Word's "Set As
    Default"), else Word's own 10 pt."""
    size = document.styles.element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}sz")
    return int_attr(size, "val") or DEFAULT_HALF_POINTS


def run_font(run: Any, default: str) -> str:
    fonts = run.find(f"{W}rPr/{W}rFonts")
    name = fonts.get(f"{W}ascii") if fonts is not None else None
    return name or default


def run_size(run: Any, default: int) -> int:
    return int_attr(run.find(f"{W}rPr/{W}sz"), "val") or default


def style_size(document: Any, ref: Any) -> int:
    """The size in half-points that the style ``ref`` (a w:pStyle, w:rStyle or w:tblStyle)
    gives, from it or the styles it is based on; 0 when none does (an office's template
    may set its table's figures smaller in a style than the Normal style's size)."""
    return int_attr(_styled(document, ref, f"{W}rPr/{W}sz"), "val")


def _styled(document: Any, ref: Any, path: str) -> Any:
    """The element at ``path`` in the style ``ref`` names or the first of the styles it
    is based on that has one; None when none has."""
    seen: set[str] = set()
    style_id = ref.get(f"{W}val") if ref is not None else None
    if not style_id:  # most runs and paragraphs name no style: python-docx's styles part,
        return None  # found through the relationships each time, is not looked up for them
    styles = document.styles.element  # its w:style elements, not python-docx's slower proxies
    while style_id and style_id not in seen:
        seen.add(style_id)
        style = next(
            (s for s in styles.iterchildren(f"{W}style") if s.get(f"{W}styleId") == style_id),
            None,
        )
        if style is None:
            return None
        found = style.find(path)
        if found is not None:
            return found
        base = style.find(f"{W}basedOn")
        style_id = base.get(f"{W}val") if base is not None else None
    return None


def set_size(run: Any, half_points: int) -> None:
    rpr = run.find(f"{W}rPr")
    if rpr is None:
        rpr = run.makeelement(f"{W}rPr", {})
        run.insert(0, rpr)
    for name in ("w:sz", "w:szCs"):
        add_child(rpr, name).set(f"{W}val", str(half_points))
