"""A tag typed partly inside a hyperlink, a content control, a field or a smart tag; a
tag holding a character Word writes as an element of its own.

docxtpl joins a tag's runs by deleting the XML between its first and its last
character: a hyperlink (or content control, simple field, smart tag) that begins
or ends inside the tag loses its opening or its closing, and the rendered document
is broken XML. The build stopped then with libxml's English words and no place
("Opening and ending tag mismatch: p line 1 and hyperlink"); here it is an error at
the paragraph, naming the tag and what it straddles. A container wholly inside the
tag, or the tag wholly inside it, is fine; tracked insertions are
``templaterevisions``' concern.

The same deletion drops what Word writes as an element between a tag's texts: a
non-breaking hyphen (Ctrl+Shift+-), a symbol (Insert → Symbol), and a line break
or tab between two characters. ``{{ year ‑ 1 }}`` became ``{{ year  1 }}`` (a
syntax error quoting a tag the office does not see) and ``join(' ‑ ')`` printed
"Trung Quốc  Hàn Quốc", exit 0. Each is an error naming it (a soft hyphen, which
prints nothing, goes unremarked).

A docxtpl prefix followed by another space than the plain one (``{%p`` and a
non-breaking space, pasted from a web page) is not a prefix to docxtpl or to
docxtpl-lint: only the block's ``else`` and ``endif`` were reported, "with no tag
to open them"; the tag itself is now named.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from baocao.templateplaces import Key, P, R, T, W, order, paragraphs, place, shown_tag, tags

_SEEN_THROUGH = {W + n for n in ("ins", "moveTo", "del", "moveFrom", "pPr", "rPr")}
_NAMES = {
    "hyperlink": "liên kết (hyperlink)",
    "sdt": "khung nội dung (content control)",
    "sdtContent": "khung nội dung (content control)",
    "fldSimple": "trường (field) của Word",
    "smartTag": "thẻ thông minh (smart tag) của Word",
    "customXml": "phần XML riêng (custom XML)",
}
# Characters Word writes as elements: always meant (a hyphen, a symbol), or meant only
# when they stand between two characters (typed to wrap a long tag).
_DROPPED = {
    W + "noBreakHyphen": "dấu gạch nối không ngắt (Ctrl+Shift+-)",
    W + "sym": "một ký hiệu chèn bằng Chèn → Ký hiệu (Insert → Symbol)",
}
_SPACING = {
    W + "br": "một dấu xuống dòng (Shift+Enter)",
    W + "cr": "một dấu xuống dòng (Shift+Enter)",
    W + "tab": "một dấu tab",
}
_SHOWN = {W + "noBreakHyphen": "‑", W + "sym": "□", W + "br": " ", W + "cr": " ", W + "tab": " "}
_ODD_SPACE_RE = re.compile(r"\{[{%]-?(?:p|tr|tc|r)([^\S ])")
ODD_SPACE = (
    "trong thẻ «{tag}», sau «{prefix}» là một dấu cách đặc biệt (U+{code:04X}, thường do chép "
    "chữ từ trang web), không phải dấu cách thường, nên docxtpl không nhận ra thẻ này (các thẻ "
    "«else», «end…» của khối sẽ bị báo là không có thẻ mở); hãy xóa rồi gõ lại dấu cách"
)
DROPPED = (
    "trong thẻ «{tag}» có {what}, thứ docxtpl bỏ đi khi tạo báo cáo nên thẻ thành «{left}»; "
    "hãy gõ lại thẻ, dùng ký tự thường (dấu «-» thường, dấu cách)"
)
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
    dropped: dict[int, str] = {}  # offset of a character written as an element: its name

    def visit(el: ET.Element, chain: tuple[ET.Element, ...]) -> None:
        for child in el:
            if child.tag == P:
                continue  # a text box's paragraph: its own
            if child.tag == T:
                text.append(child.text or "")
                chains.extend([chain] * len(child.text or ""))
            elif child.tag in _DROPPED or child.tag in _SPACING:
                dropped[len(chains)] = child.tag
                text.append("\0")
                chains.append(chain)
            elif child.tag == R or child.tag in _SEEN_THROUGH:
                visit(child, chain)
            else:
                visit(child, (*chain, child))

    visit(paragraph, ())
    whole = "".join(text)
    for match in tags(whole):
        start, end = match.span()
        odd = _ODD_SPACE_RE.match(match.group())
        if odd is not None:
            prefix = odd.group()[:-1]
            tag = shown_tag(match.group())
            return ODD_SPACE.format(tag=tag, prefix=prefix, code=ord(odd.group(1)))
        for at in range(start, end):
            if at in dropped and _meant(whole, at, dropped[at]):
                what = _DROPPED.get(dropped[at]) or _SPACING[dropped[at]]
                seen = "".join(_SHOWN.get(dropped.get(i, ""), whole[i]) for i in range(start, end))
                left = match.group().replace("\0", "")
                return DROPPED.format(tag=shown_tag(seen), what=what, left=shown_tag(left))
        first, last = chains[match.start()], chains[match.end() - 1]
        if first != last:
            inner = next(e for e in (*first, *last) if (e in first) != (e in last))
            local = str(inner.tag).rpartition("}")[2]
            what = _NAMES.get(local, f"phần «{local}» của Word")
            tag = shown_tag(match.group())
            return STRADDLED.format(tag=tag, what=what)
    return None


def _meant(text: str, at: int, kind: str) -> bool:
    """Whether the element at ``at`` of ``text`` (a "\\0" there) stands for a character the
    tag needs: a hyphen or symbol always, a break or tab between two characters."""
    if kind in _DROPPED:
        return True
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    return bool(before.strip()) and bool(after.strip())
