"""A tag typed partly inside a hyperlink, a content control, a field or a smart tag.

docxtpl joins a tag's runs by deleting the XML between its first and its last
character: a hyperlink (or content control, simple field, smart tag) that begins
or ends inside the tag loses its opening or its closing, and the rendered document
is broken XML. The build stopped then with libxml's English words and no place
("Opening and ending tag mismatch: p line 1 and hyperlink"); here it is an error at
the paragraph, naming the tag and what it straddles. A container wholly inside the
tag, or the tag wholly inside it, is fine; tracked insertions are
``templaterevisions``' concern.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from baocao.templateplaces import TAG, Key, P, R, T, W, order, paragraphs, place

_TAG_RE = re.compile(TAG, re.DOTALL)
_SEEN_THROUGH = {W + n for n in ("ins", "moveTo", "del", "moveFrom", "pPr", "rPr")}
_NAMES = {
    "hyperlink": "liên kết (hyperlink)",
    "sdt": "khung nội dung (content control)",
    "sdtContent": "khung nội dung (content control)",
    "fldSimple": "trường (field) của Word",
    "smartTag": "thẻ thông minh (smart tag) của Word",
    "customXml": "phần XML riêng (custom XML)",
}
STRADDLED = (
    "thẻ «{tag}» nằm một phần trong một {what}, phần còn lại ở ngoài, nên docxtpl sẽ tạo "
    "văn bản Word hỏng; hãy gõ lại cả thẻ ở ngoài {what} đó, hoặc bỏ {what}"
)


def straddling_tags(root: ET.Element, label: str) -> list[tuple[Key, str, str, bool]]:
    """An error (a finding of ``templateblocks``: sort key, message, place, False) for the
    first tag of each paragraph that begins and ends in different containers."""
    found = []
    for paragraph, where in paragraphs(root, label, copies=False):
        message = _straddled(paragraph)
        if message is not None:
            found.append((order(where), message, place(where), False))
    return found


def _straddled(paragraph: ET.Element) -> str | None:
    text: list[str] = []
    chains: list[tuple[ET.Element, ...]] = []

    def visit(el: ET.Element, chain: tuple[ET.Element, ...]) -> None:
        for child in el:
            if child.tag == P:
                continue  # a text box's paragraph: its own
            if child.tag == T:
                text.append(child.text or "")
                chains.extend([chain] * len(child.text or ""))
            elif child.tag == R or child.tag in _SEEN_THROUGH:
                visit(child, chain)
            else:
                visit(child, (*chain, child))

    visit(paragraph, ())
    for match in _TAG_RE.finditer("".join(text)):
        first, last = chains[match.start()], chains[match.end() - 1]
        if first != last:
            inner = next(e for e in (*first, *last) if (e in first) != (e in last))
            local = str(inner.tag).rpartition("}")[2]
            what = _NAMES.get(local, f"phần «{local}» của Word")
            tag = " ".join(match.group().split())[:120]
            return STRADDLED.format(tag=tag, what=what)
    return None
