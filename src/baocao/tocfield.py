"""A table of contents (References → Table of Contents) whose entries hold tags.

Word writes a table of contents as a field whose result is a copy of the headings'
text as it was when last updated: in a template, with the headings' tags
("{{ s.number }}. {{ s.title | capfirst }}"), outside the loop that gives them a
value. docxtpl renders that copy like any text: a loop's name is not known there
(the only message was that the data lacks «s.number», which is not the cause), and
tags known everywhere print the template's own headings with the template's page
numbers, a stale table in every report. One error per part, at its first entry
holding a tag, saying to empty the table (kept as a field, updated in the report).
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from baocao.templateplaces import Key, P, T, W, order, paragraphs, place, shown_tag, tags

_FIELD_CHAR, _INSTRUCTION = W + "fldChar", W + "instrText"
TOC_TAGS = (
    "thẻ «{tag}» nằm trong mục lục (Table of Contents) của Word: mục lục là bản chép chữ "
    "của các đề mục, cả thẻ của chúng, nên báo cáo sẽ điền thẻ ở chỗ không có giá trị của nó "
    "hay in mục lục cũ với số trang của mẫu; hãy xóa các dòng của mục lục trong mẫu (hoặc cả "
    "mục lục), rồi chèn hay cập nhật mục lục trong báo cáo đã tạo (chuột phải vào mục lục → "
    "Cập nhật Trường; Update Field)"
)


def toc_tags(root: ET.Element, label: str) -> list[tuple[Key, str, str, bool]]:
    """An error (a finding of ``templateblocks``: sort key, message, place, False) at the
    first paragraph of the part whose table-of-contents entry holds a tag."""
    fields: list[list[str]] = []  # the open fields: their instruction, then "result"

    def entry_text(el: ET.Element) -> list[str]:
        text: list[str] = []
        for child in el:
            if child.tag == P:
                continue
            if child.tag == _FIELD_CHAR:
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    fields.append(["", ""])
                elif kind == "separate" and fields:
                    fields[-1][1] = "result"
                elif kind == "end" and fields:
                    fields.pop()
            elif child.tag == _INSTRUCTION and fields:
                fields[-1][0] += child.text or ""
            elif child.tag == T:
                if any(i.split()[:1] == ["TOC"] and shown for i, shown in fields):
                    text.append(child.text or "")
            else:
                text += entry_text(child)
        return text

    for paragraph, where in paragraphs(root, label, copies=False):
        tag = next(iter(tags("".join(entry_text(paragraph)))), None)
        if tag is not None:
            message = TOC_TAGS.format(tag=shown_tag(tag.group()))
            return [(order(where), message, place(where), False)]
    return []
