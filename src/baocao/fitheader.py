"""The header block's bodies kept on one line.

A parent body typed on one line that is too wide for the header's column at the
template's size ("UBND THÀNH PHỐ HẢI PHÒNG", "UBND TỈNH BÀ RỊA - VŨNG TÀU" at 13 pt in
the default template's 6.9 cm column) would be wrapped by Word inside the name ("UBND
THÀNH PHỐ HẢI" over "PHÒNG"). Decree 30 sets the parent and issuing bodies in 12–13 pt:
after rendering, such a name is set in 12 pt when it fits its cell there; one that
fits, as the sample's does, is left as it is, and so is one that does not fit at 12 pt
either: ``check`` and ``build`` warn of it (``header_warnings``), since the office must
write "\\n" where it breaks (docs/config.md).

Widths are measured with Times New Roman's advance widths of its capitals (the names
are printed in capitals), regular and bold; a name in another font is left as it is.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from baocao.errors import Problem, warning
from baocao.fitfigures import (
    cell_side_margins,
    document_size,
    normal_font,
    run_font,
    set_size,
    shown_size,
    table_sides,
)
from baocao.ooxml import W, int_attr, row_cells

if TYPE_CHECKING:
    from baocao.views import ReportContext

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
    """Set in 12 pt a table cell's paragraph reading one of ``names`` that is too wide for
    its cell at its size (its widest line, for a name the office broke with "\\n") but
    fits at 12 pt."""
    for _, runs, size, em, room in _measured(document, names):
        if size > SMALLEST_HALF_POINTS and em * size * 10 > room >= em * SMALLEST_HALF_POINTS * 10:
            for run in runs:
                set_size(run, SMALLEST_HALF_POINTS)


def too_wide(document: Any, names: Iterable[str]) -> list[str]:
    """Those of ``names`` (``key_of``) that a table cell of the rendered ``document`` prints
    wider than the cell even at 12 pt, on one line of theirs: Word breaks them inside the
    name ("UBND THÀNH PHỐ HỒ CHÍ" over "MINH"). A character not measured counts as the
    narrowest, so that a name is said too wide only when it surely is."""
    return [
        name
        for name, _, size, least, room in _measured(document, names, unknown=_MARKS[" "])
        if least * min(size, SMALLEST_HALF_POINTS) * 10 > room
    ]


def _measured(
    document: Any, names: Iterable[str], unknown: int = _UNKNOWN
) -> Iterator[tuple[str, list[Any], int, float, int]]:
    """Each paragraph of a table cell reading one of ``names`` in Times New Roman: the name
    (``key_of``), its runs, its size in half-points, the width of its widest line in ems (a
    character not measured taken as ``unknown`` thousandths) and its cell's room in twips."""
    wanted = {key_of(n) for n in names if n.strip()}
    if not wanted:
        return
    default_font, normal = body_font(document)
    squeezed = {name.replace(" ", "").replace("\n", "") for name in wanted}
    for tbl in document.element.body.iter(f"{W}tbl"):
        # A table holding none of the names (the appendix's hundreds of cells) is passed
        # over on its text alone: measuring each cell took 8 ms of every render.
        if not _holds(tbl, squeezed):
            continue
        grid = [int_attr(col, "w") for col in tbl.findall(f"{W}tblGrid/{W}gridCol")]
        sides = table_sides(document, tbl)
        for tr in tbl.findall(f"{W}tr"):
            for tc, start, end in row_cells(tr):
                if end > len(grid):
                    continue
                room = sum(grid[start:end]) - sum(cell_side_margins(tc, sides))
                for paragraph in tc.findall(f"{W}p"):
                    if (name := key_of(lines_text(paragraph))) in wanted:
                        found = line_of(document, paragraph, default_font, normal, unknown)
                        if found is not None:
                            runs, size, em, indents = found
                            yield name, runs, size, em, room - indents


def named_tables(document: Any, names: Iterable[str]) -> list[Any]:
    """The tables of the body whose cells ``_measured`` reads for ``names``."""
    wanted = {key_of(n) for n in names if n.strip()}
    squeezed = {name.replace(" ", "").replace("\n", "") for name in wanted}
    return [t for t in document.element.body.iter(f"{W}tbl") if wanted and _holds(t, squeezed)]


def _holds(tbl: Any, squeezed: set[str]) -> bool:
    """Whether a table's text, without its spaces, holds one of the ``squeezed`` names."""
    from lxml import etree  # loaded with docx by then; not at start-up (itertext: 30 ms)

    text = etree.tostring(tbl, method="text", encoding="unicode").replace(" ", "")
    return any(name in text for name in squeezed)


def body_font(document: Any) -> tuple[str, int]:
    """The Normal style's font and size in half-points (else the document's default)."""
    default_font, normal = normal_font(document)
    return default_font, normal or document_size(document)


def runs_of(
    document: Any, paragraph: Any, default_font: str, normal: int
) -> tuple[list[Any], int, int] | None:
    """A paragraph's runs with text, its size in half-points (the largest run's: its own,
    else its character style's, else the paragraph style's, else ``normal``) and its
    indents in twips; None when it has no text or is not Times New Roman."""
    runs = [r for r in paragraph.iter(f"{W}r") if r.find(f"{W}t") is not None]
    if not runs:
        return None
    if " ".join(run_font(runs[0], default_font).split()).casefold() != "times new roman":
        return None
    indent = paragraph.find(f"{W}pPr/{W}ind")
    indents = int_attr(indent, "left") + int_attr(indent, "right")  # 0 without one
    return runs, max(shown_size(document, r, paragraph, normal) for r in runs), indents


def line_of(
    document: Any, paragraph: Any, default_font: str, normal: int, unknown: int
) -> tuple[list[Any], int, float, int] | None:
    """A paragraph's runs, size and indents (``runs_of``) and the width of its widest line
    in ems; None when it is not Times New Roman."""
    found = runs_of(document, paragraph, default_font, normal)
    if found is None:
        return None
    runs, size, indents = found
    lines = [0]  # each line's width in thousandths of an em: a "\n" is a <w:br/>
    for run in runs:
        bold = run.find(f"{W}rPr/{W}b")
        bold_on = bold is not None and bold.get(f"{W}val", "1") not in ("0", "false")
        widths = _BOLD if bold_on else _REGULAR
        for part in run.iter(f"{W}t", f"{W}br"):
            if part.tag == f"{W}br":
                lines.append(0)
            else:
                lines[-1] += sum(_width(c, widths, unknown) for c in part.text or "")
    return runs, size, max(lines) / 1000, indents  # n half-points: 10 n twips


def key_of(name: str) -> str:
    """A name as its paragraph is matched: each line's words one space apart."""
    return "\n".join(" ".join(line.split()) for line in name.strip().split("\n"))


def lines_text(paragraph: Any) -> str:
    """A paragraph's text, a <w:br/> read as "\\n"."""
    parts = paragraph.iter(f"{W}t", f"{W}br")
    return "".join("\n" if p.tag == f"{W}br" else p.text or "" for p in parts)


def _width(char: str, widths: dict[str, int], unknown: int) -> int:
    if char.isdigit():
        return _DIGIT
    if char in _MARKS:
        return _MARKS[char]
    base = "D" if char in "Đđ" else unicodedata.normalize("NFD", char)[0].upper()
    return widths.get(base, unknown)


def header_warnings(document: Any, context: ReportContext, template: Path) -> list[Problem]:
    """A warning for each body of the header block that the rendered ``document`` prints
    wider than its cell even at 12 pt (``too_wide``), at the template, saying where to
    break it: Word would break it inside the name, with exit 0."""
    keys = {key_of(getattr(context.org, k)): k for k in ("parent_body", "issuing_body")}
    return [
        warning(
            f"Tên «{_typed(name)}» (khóa «{keys.get(name, 'parent_body')}» trong [organization] "
            "của tệp cấu hình) dài hơn ô của nó ở đầu trang 1, cả khi in cỡ chữ 12 (Nghị định 30 "
            "cho phép 12–13): Word sẽ xuống dòng giữa tên. Hãy ghi «\\n» vào chỗ muốn xuống dòng, "
            f"ví dụ «{_broken_in_two(name)}».",
            template,
        )
        for name in too_wide(document, keys)
    ]


def _typed(name: str) -> str:
    """``name`` as the config types it: a line break "\\n"."""
    return name.replace("\n", "\\n")


def _broken_in_two(name: str) -> str:
    """``name`` with "\\n" at the space nearest its middle: "UBND THÀNH PHỐ\\nHỒ CHÍ MINH";
    a name already broken, whose one break the config allows, broken elsewhere so."""
    name = name.replace("\n", " ")
    spaces = [i for i, c in enumerate(name) if c == " "]
    if not spaces:
        return name
    at = min(spaces, key=lambda i: abs(len(name) / 2 - i))
    return f"{name[:at]}\\n{name[at + 1 :]}"
