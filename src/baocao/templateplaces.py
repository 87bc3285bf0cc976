"""Where a template's paragraphs are, said as ``check`` says it: the part, the paragraph,
and in a table the cell ("bảng 2, hàng 1, cột 1, đoạn 1 trong ô").

Paragraphs are counted as docxtpl-lint counts them (``lintstore.LintPlace``), so the
template's own XML checks and docxtpl-lint's findings name the same paragraph alike;
a text box's fallback copy (Word writes each text box twice) is counted, and may be
left out of the paragraphs checked (``paragraphs(copies=False)``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from xml.etree import ElementTree as ET

from baocao.lintstore import LintCell, LintPlace
from baocao.ooxml import NAMESPACES

W = f"{{{NAMESPACES['w']}}}"  # WordprocessingML: "{…/main}p" is w:p
P, R, T, TBL, TR, TC = (W + name for name in ("p", "r", "t", "tbl", "tr", "tc"))
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
PARTS = {
    "body": "",
    "header": "phần đầu trang",
    "footer": "phần chân trang",
    "footnotes": "chú thích cuối trang (footnote)",
    "endnotes": "chú thích cuối văn bản (endnote)",
}
_RANKS = {"body": 0, "header": 1, "footer": 2, "footnotes": 3, "endnotes": 4}
Key = tuple[int, int, int]  # where a problem sorts: part kind, part number, paragraph
# A whole Jinja tag in a paragraph's text, as docxtpl merges its runs: {{ }}, {% %}, {# #}.
TAG = r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}"


_OPENING_RE = re.compile(r"\{[{%#]")
_CLOSINGS = {"{": "}}", "%": "%}", "#": "#}"}


@dataclass(frozen=True)
class Tag:
    """A tag found in a text (``tags``), read as a ``re.Match`` of ``TAG`` is."""

    text: str
    at: int
    stop: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop

    def span(self) -> tuple[int, int]:
        return self.at, self.stop

    def group(self) -> str:
        return self.text[self.at : self.stop]


def tags(text: str, *, unclosed: bool = False) -> list[Tag]:
    """The tags of ``text`` as ``re.finditer(TAG, text, re.DOTALL)`` finds them: each
    from its opening to the first closing of its kind after it; with ``unclosed``, also each
    opening left unclosed (its two characters, as TAG or an opening alone would find it).
    In linear time: the pattern looked for a closing from every opening to the text's end,
    and a paragraph of "{{" typed 15 000 times took half a minute to check; here each
    kind's closing is looked for past the last place it was missing only once."""
    found: list[Tag] = []
    missing: dict[str, int] = {}  # a kind: where on no closing of it follows
    at = 0
    while (opening := _OPENING_RE.search(text, at)) is not None:
        start, kind = opening.start(), text[opening.start() + 1]
        after = missing.get(kind)
        end = (
            -1
            if after is not None and start + 2 >= after
            else text.find(_CLOSINGS[kind], start + 2)
        )
        if end != -1:
            found.append(Tag(text, start, end + 2))
            at = end + 2
            continue
        missing[kind] = start + 2 if after is None else min(after, start + 2)
        if unclosed:
            found.append(Tag(text, start, start + 2))
        at = start + 2 if unclosed else start + 1
    return found


def without_tags(text: str) -> str:
    """``text`` with each tag (``tags``) made one NUL, as ``re.sub(TAG, "\\0", text)``."""
    pieces, at = [], 0
    for tag in tags(text):
        pieces += [text[at : tag.start()], "\0"]
        at = tag.end()
    return "".join([*pieces, text[at:]])


def shown_tag(tag: str) -> str:
    """A tag as a message quotes it: on one line, its first 120 characters."""
    return " ".join(tag.split())[:120]


def place(loc: Any) -> str:
    """A finding's place in Vietnamese: part, then paragraph or table cell."""
    where = []
    part = PARTS.get(str(loc.part).rstrip("0123456789"), str(loc.part))
    if part:
        where.append(part)
    if loc.cells:
        cell = loc.cells[-1]
        where.append(
            f"bảng {cell.table}, hàng {cell.row}, cột {cell.col}, đoạn {loc.cell_paragraph} trong ô"
        )
    else:
        where.append(f"đoạn {loc.paragraph}")
    return ", ".join(where)


# A tag docxtpl puts alone in place of its paragraph, table row or cell ("{%p if … %}",
# "{%tr for … %}", "{{p subdoc }}", "{#p a note #}"), which keeps none of the unit's text
# and marks: docxtpl's own pattern, "{%" or "{{" or "{#", then p, tr or tc and a space.
WHOLE_UNIT_RE = re.compile(r"\{[{%#](?:p|tr|tc) ")


def order(loc: Any) -> Key:
    """Sort key of a place: part (body, headers, footers), its number, paragraph."""
    kind = str(loc.part).rstrip("0123456789")
    number = str(loc.part)[len(kind) :]
    return (_RANKS.get(kind, 9), int(number or 0), int(loc.paragraph))


def paragraphs(
    root: ET.Element, part: str, *, copies: bool = True
) -> Iterator[tuple[ET.Element, LintPlace]]:
    """Every paragraph of a part (text-box and table paragraphs too) with its place; without
    ``copies``, not those of a text box's fallback copy (Word writes each text box twice,
    as a drawing and as a VML shape for older readers), which are counted all the same."""
    count = tables = 0
    stack: list[list[int]] = []  # per open table: its number, row, column, paragraph in cell

    def visit(el: ET.Element, shown: bool = True) -> Iterator[tuple[ET.Element, LintPlace]]:
        nonlocal count, tables
        if el.tag == FALLBACK:
            shown = copies
        if el.tag == TBL:
            tables += 1
            stack.append([tables, 0, 0, 0])
            for child in el:
                yield from visit(child, shown)
            stack.pop()
            return
        if el.tag == TR and stack:
            stack[-1][1] += 1
            stack[-1][2] = 0
        elif el.tag == TC and stack:
            stack[-1][2] += 1
            stack[-1][3] = 0
        elif el.tag == P:
            count += 1
            if stack:
                stack[-1][3] += 1
            cells = tuple(LintCell(t, r, c) for t, r, c, _ in stack)
            if shown:
                yield el, LintPlace(part, count, cells, stack[-1][3] if stack else 0)
        for child in el:
            yield from visit(child, shown)

    yield from visit(root)


# The document properties docxtpl renders, as Word names them (File → Info → Properties).
PROPERTIES = {
    "author": "Tác giả",
    "comments": "Chú thích",
    "identifier": "Mã định danh",
    "language": "Ngôn ngữ",
    "subject": "Chủ đề",
    "title": "Tiêu đề",
}


def _in_property(doc: Any, prop: str, line: int) -> str:
    """Where an expression failed in a document property of the template: its name as Word
    shows it, and the line of its text."""
    lines = str(getattr(doc.docx.core_properties, prop, "") or "").splitlines()
    text = " ".join(lines[line - 1].split()) if 0 < line <= len(lines) else ""
    quoted = f": «{text[:160]}»" if text else ""
    return (
        f" (trong thuộc tính «{PROPERTIES.get(prop, prop)}» của tệp mẫu, Tệp → Thông tin → "
        f"Thuộc tính{quoted})"
    )


def near(doc: Any, exc: BaseException) -> str:
    """ " (gần đoạn «…»)": the text of the template paragraph where ``exc`` arose while
    docxtpl rendered ``doc``, if known; in a header, footer or footnote, the part is named
    first (" (phần chân trang, gần đoạn «…»)"), as ``check`` names it."""
    line = getattr(exc, "lineno", None)
    prop = None
    tb = exc.__traceback__
    while tb is not None:  # Jinja maps template frames to "<template>" and its line numbers
        code = tb.tb_frame.f_code
        if code.co_filename == "<template>":
            line = tb.tb_lineno
        elif code.co_name == "render_properties":  # docxtpl's loop over the properties
            prop = tb.tb_frame.f_locals.get("prop")
        tb = tb.tb_next
    if isinstance(prop, str):
        return _in_property(doc, prop, line or 1)
    if not line:
        return ""
    part = getattr(doc, "current_rendering_part", None)
    kind = str(getattr(part, "content_type", "")).rsplit(".", 1)[-1].split("+")[0]
    # The part's XML as docxtpl rendered it: the body's, else a header's or footer's as
    # python-docx writes it, a footnotes part's as stored; each paragraph on a new line.
    if part is None or part is doc.docx.part:
        kind, xml = "body", doc.get_xml()
    elif kind in ("header", "footer"):
        xml = doc.get_part_xml(part)
    else:
        blob = part.blob
        xml = blob.decode("utf-8") if isinstance(blob, bytes) else str(blob)
    xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", doc.patch_xml(xml))
    lines = xml.splitlines()
    if not 0 < line <= len(lines):
        return ""
    text = " ".join(re.sub(r"<[^>]+>", "", lines[line - 1]).split())
    where = PARTS.get(kind, "")
    return f" ({where + ', ' if where else ''}gần đoạn «{text[:160]}»)" if text else ""
