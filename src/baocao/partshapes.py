"""A template's parts as python-docx (lxml) will read them, checked once expat found each
well-formed: no two zip entries of one name, each Word part's root element the one its
content type names (the main document with its body), and nothing past libxml2's limits.

Each of these gave a traceback before: a second ``word/document.xml`` in the zip (zipfile
reads the last), or a part whose root is another element ("'lxml.etree._Element' object
has no attribute 'body'", "… 'get_by_name'", "… 'overrides'"), or a text of more than
10 000 000 bytes or a name of more than 50 000 characters in one part ("Resource limit
exceeded: Text node too long", raised by docxtpl-lint's reader). Word writes none of them.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from baocao.ooxml import NAMESPACES, WML_CONTENT

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from lxml import etree

_W, _CORE, _WML = NAMESPACES["w"], NAMESPACES["cp"], WML_CONTENT
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"

# The root element of each part python-docx (or docxtpl) reads as an object, by content type.
_ROOTS = {
    _WML + "document.main+xml": (_W, "document"),
    _WML + "styles+xml": (_W, "styles"),
    _WML + "numbering+xml": (_W, "numbering"),
    _WML + "settings+xml": (_W, "settings"),
    _WML + "header+xml": (_W, "hdr"),
    _WML + "footer+xml": (_W, "ftr"),
    _WML + "footnotes+xml": (_W, "footnotes"),
    _WML + "endnotes+xml": (_W, "endnotes"),
    _WML + "comments+xml": (_W, "comments"),
    "application/vnd.openxmlformats-package.core-properties+xml": (_CORE, "coreProperties"),
    "application/vnd.openxmlformats-package.relationships+xml": (_RELS, "Relationships"),
}
_PREFIXES = {_W: "w", _TYPES: "", _RELS: "", _CORE: "cp"}
# Where Word puts the parts docxtpl renders (and endnotes), the names every check of the
# template (docxtpl-lint's, ``templateblocks``, ``templatecheck``) reads them by: docxtpl
# finds them by their relationships, so a main document saved as word/main.xml was
# rendered unchecked (a brace left over printed, a tracked change kept, exit 0).
_NAMES = {
    _WML + "document.main+xml": ("word/document.xml", "phần chính (thân văn bản)"),
    _WML + "header+xml": ("word/header1.xml", "phần đầu trang"),
    _WML + "footer+xml": ("word/footer1.xml", "phần chân trang"),
    _WML + "footnotes+xml": ("word/footnotes.xml", "phần chú thích cuối trang (footnote)"),
    _WML + "endnotes+xml": ("word/endnotes.xml", "phần chú thích cuối văn bản (endnote)"),
}
_NAME_RE = re.compile(r"word/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml")

_FIX = (
    ": tệp bị hỏng hoặc bị sửa ngoài Word. Hãy mở tệp bằng Word và lưu lại thành .docx, "
    "hoặc dùng lại mẫu cũ."
)


@functools.cache
def _parser() -> etree.XMLParser:
    """lxml's parser as python-docx's (no entities: expat refused any DOCTYPE before);
    lxml is loaded here, with a new template, not at start-up."""
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True)


def duplicate_entry(names: Iterable[str]) -> str | None:
    """The error for a zip holding two entries of one name (Word's zip never does; zipfile
    reads the last, python-docx may meet the other), else None."""
    seen: set[str] = set()
    for name in names:
        if name in seen:
            return f"Mẫu báo cáo có hai phần cùng tên {name} trong tệp nén{_FIX}"
        seen.add(name)
    return None


def shape_trouble(xml: dict[str, bytes]) -> str | None:
    """The first part of ``xml`` (name → bytes, each well-formed) that lxml refuses or
    whose root is not the element its content type names, said in Vietnamese; else None."""
    from lxml import etree

    roots: dict[str, etree._Element] = {}
    for part, data in xml.items():
        try:
            roots[part] = etree.fromstring(data, _parser())
        except etree.XMLSyntaxError as exc:
            line, column = exc.position
            return (
                f"Phần {part} của mẫu báo cáo có một đoạn chữ, một thuộc tính hay một tên dài "
                f"quá giới hạn của trình đọc XML (dòng {line}, cột {column + 1}), quá lớn so "
                "với một mẫu (có thể là tệp độc hại); chương trình không đọc được mẫu này."
            )
    type_of = content_types(roots.get("[Content_Types].xml"))
    for part in roots:
        named = _NAMES.get(type_of(part) or "")
        if named is not None and not _NAME_RE.fullmatch(part):
            return (
                f"Mẫu báo cáo có {named[1]} ở «{part}», không phải ở chỗ Word đặt (như "
                f"«{named[0]}»), nên chương trình không kiểm tra được các thẻ trong đó{_FIX}"
            )
    for part, root in roots.items():
        kind = type_of(part) or ""
        want = (_TYPES, "Types") if part == "[Content_Types].xml" else _ROOTS.get(kind)
        if want is None:
            continue
        found = etree.QName(root)
        if (found.namespace, found.localname) != want:
            return (
                f"Phần {part} của mẫu báo cáo có phần tử gốc «{_named(found)}», không phải "
                f"«{_named(etree.QName(*want))}» như loại phần này cần{_FIX}"
            )
        if want == (_W, "document") and root.find(f"{{{_W}}}body") is None:
            return f"Phần {part} của mẫu báo cáo không có thân văn bản (w:body){_FIX}"
    return None


def _named(name: etree.QName) -> str:
    """An element's name as Word's files write it ("w:document"), or with its namespace
    when that is not the one Word uses."""
    local: str = name.localname
    if name.namespace is None:
        return local
    prefix = _PREFIXES.get(name.namespace)
    if prefix is None:
        return f"{local} (không gian tên «{name.namespace}»)"
    return f"{prefix}:{local}" if prefix else local


def content_types(types: Element | etree._Element | None) -> Callable[[str], str | None]:
    """A part name's content type as [Content_Types].xml (its root, read by ElementTree or
    lxml) gives it: an Override, else the Default of its extension; None when it gives none."""
    overrides: dict[str, str] = {}
    defaults: dict[str, str] = {}
    for element in () if types is None else types.iter():
        if element.tag == f"{{{_TYPES}}}Override":
            overrides[element.get("PartName", "").lower()] = element.get("ContentType", "")
        elif element.tag == f"{{{_TYPES}}}Default":
            defaults[element.get("Extension", "").lower()] = element.get("ContentType", "")

    def type_of(part: str) -> str | None:
        found = overrides.get("/" + part.lower())
        if found is not None:
            return found
        return defaults.get(posixpath.splitext(part)[1][1:].lower())

    return type_of
