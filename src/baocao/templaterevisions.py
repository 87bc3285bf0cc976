"""Tracked changes (Track Changes) left in a template, which every report would keep.

docxtpl copies a template's XML as it is: an insertion, a deletion, a moved text
or a formatting change that Word still tracks goes into every report, which then
opens with the office's revisions shown (deleted words struck through, inserted
ones underlined, "Formatted: …" beside the text) and prints the deleted words
too. Only a mark strictly inside a tag goes, as docxtpl joins the tag's runs
(``templatecheck`` warns about those), and the marks of a paragraph docxtpl replaces
by its ``{%p …%}`` tag, of a table row by its ``{%tr …%}`` and of a cell by its
``{%tc …%}`` (``replaced``). Each part holding a mark outside every tag
is one error, at its first such paragraph, counting the others, or, for a mark of
a table's own formatting, at the table's first paragraph: Word's "Accept
All Changes" (or "Reject All") settles them at once. docxtpl does not render endnotes:
every mark in one is kept, at its note's number (``endnote_revisions``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from xml.etree import ElementTree as ET

from baocao.lintstore import LintPlace
from baocao.templateplaces import (
    FALLBACK,
    PARTS,
    TBL,
    TC,
    TR,
    WHOLE_UNIT_RE,
    P,
    R,
    T,
    W,
    order,
    tags,
)

_SPANNING = {W + "ins", W + "moveTo"}  # hold text of the paragraph
_POINT = {W + n for n in ("del", "moveFrom", "moveFromRangeStart", "moveToRangeStart")}
_IN_PROPERTIES = {
    W + n
    for n in (
        "ins",
        "del",
        "moveFrom",
        "moveTo",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "numberingChange",
    )
}
# Revisions of a table's or the page's own formatting, outside every paragraph.
_OUTSIDE = _IN_PROPERTIES | {
    W + n
    for n in (
        "tblPrChange",
        "tblPrExChange",
        "tblGridChange",
        "trPrChange",
        "tcPrChange",
        "cellIns",
        "cellDel",
        "cellMerge",
    )
}
# A tag docxtpl puts in place of its whole paragraph (row, cell), revision marks and all.
_ROW_OR_CELL_RE = re.compile(r"\{[{%#](tr|tc) ")  # as WHOLE_UNIT_RE
ALWAYS = (-1, -1)  # a mark no tag can hold (the paragraph mark's own)

REVISIONS_KEPT = (
    "đoạn có thay đổi chưa chấp nhận của chế độ theo dõi thay đổi (Track Changes){others}; "
    "báo cáo tạo từ mẫu sẽ giữ nguyên các thay đổi này và hiện chúng khi mở (chữ đã xóa vẫn "
    "in, gạch ngang; chữ thêm gạch chân): hãy chấp nhận hoặc từ chối mọi thay đổi (Xem lại → "
    "Chấp nhận Tất cả Thay đổi hoặc Từ chối Tất cả Thay đổi; Review → Accept All Changes hoặc "
    "Reject All Changes) rồi lưu lại mẫu"
)
OUTSIDE_KEPT = (
    "một bảng (hàng hay ô thêm, xóa, đổi định dạng) hay định dạng trang có thay đổi chưa chấp "
    "nhận của chế độ theo dõi thay đổi (Track Changes); báo cáo tạo từ mẫu sẽ giữ nguyên và hiện "
    "các thay đổi này khi mở (hàng đã xóa vẫn in): hãy chấp nhận hoặc từ chối mọi thay đổi "
    "(Xem lại → Chấp nhận Tất cả Thay đổi hoặc Từ chối Tất cả Thay đổi; Review → Accept All "
    "Changes hoặc Reject All Changes) rồi lưu lại mẫu"
)


@dataclass
class _Marks:
    """A paragraph's own text and the character spans of its revision marks."""

    text: list[str] = field(default_factory=list)
    size: int = 0
    spans: list[tuple[int, int]] = field(default_factory=list)


def revised(paragraph: ET.Element) -> bool:
    """Whether ``paragraph`` holds a revision mark a report would keep (one outside every
    tag)."""
    marks = _Marks()
    _visit(paragraph, marks)
    text = "".join(marks.text)
    if not marks.spans or WHOLE_UNIT_RE.search(text):
        return False
    spans = [m.span() for m in tags(text)]
    return any(
        span == ALWAYS or not any(start < span[0] and span[1] < end for start, end in spans)
        for span in marks.spans
    )


def _visit(el: ET.Element, marks: _Marks) -> None:
    for child in el:
        if child.tag in (P, FALLBACK):
            continue
        if child.tag == W + "pPr":
            if any(d.tag in _IN_PROPERTIES for d in child.iter()):
                marks.spans.append(ALWAYS)
        elif child.tag == T:
            marks.text.append(child.text or "")
            marks.size += len(child.text or "")
        elif child.tag in _POINT:
            marks.spans.append((marks.size, marks.size))
        elif child.tag in _SPANNING or child.tag == R:
            start = marks.size
            _visit(child, marks)
            properties = child.find(W + "rPr")
            changed = properties is not None and properties.find(W + "rPrChange") is not None
            if child.tag in _SPANNING or changed:
                marks.spans.append((start, marks.size))
        else:
            _visit(child, marks)


def endnote_revisions(root: ET.Element) -> list[list[Any]]:
    """The error (``templatecheck``'s [sort key, message, place, severity]) of the endnotes
    part ``root`` holding revision marks, which no tag takes away: at the first endnote
    (as Word numbers them: 1, 2, …) holding one, counting the other paragraphs."""
    notes = [n for n in root if n.tag == W + "endnote" and W + "type" not in n.attrib]
    numbers = []
    for number, note in enumerate(notes, 1):
        for paragraph in note.iter(P):
            marks = _Marks()
            _visit(paragraph, marks)
            numbers += [number] if marks.spans else []
    if not numbers:
        return []
    more = len(numbers) - 1
    message = REVISIONS_KEPT.format(others=f" (và {more} đoạn khác của phần này)" if more else "")
    rank = list(order(LintPlace("endnotes", numbers[0])))
    return [[rank, message, f"{PARTS['endnotes']} thứ {numbers[0]}", "error"]]


def replaced(root: ET.Element) -> set[ET.Element]:
    """Every element of the table rows and cells docxtpl puts their ``{%tr …%}`` or
    ``{%tc …%}`` tag in place of, revision marks and all (as ``{%p …%}``'s paragraph)."""
    gone: set[ET.Element] = set()
    for unit in (e for e in root.iter() if e.tag in (TR, TC)):
        tag = _ROW_OR_CELL_RE.search("".join(_own_text(unit)))
        if tag is not None and unit.tag == W + tag.group(1):
            gone.update(unit.iter())
    return gone


def _own_text(el: ET.Element) -> list[str]:
    """The texts of ``el``, not of the tables nested in it (docxtpl's tag must be its own)."""
    text: list[str] = []
    for child in el:
        if child.tag == T:
            text.append(child.text or "")
        elif child.tag != TBL:
            text += _own_text(child)
    return text


def outside_paragraphs(root: ET.Element, gone: set[ET.Element]) -> ET.Element | None:
    """The table, row or cell whose own formatting holds a revision mark outside every
    paragraph of the part (or the part's root, for the last section's formatting); None
    when there is none. Rows and cells ``gone`` (``replaced``) are passed over."""

    def visit(el: ET.Element, holder: ET.Element) -> ET.Element | None:
        for child in el:
            if child.tag in (P, FALLBACK) or child in gone:
                continue
            if child.tag in _OUTSIDE:
                return holder
            found = visit(child, child if child.tag in (TBL, TR, TC) else holder)
            if found is not None:
                return found
        return None

    return visit(root, root)
