"""Template mistakes docxtpl renders without a word, found in the template's XML.

- A tag in a part docxtpl never renders (an endnote, a Word chart or SmartArt
  diagram) would be printed into the report as it is typed, "{{ … }}" and all.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from baocao.errors import Problem, error
from baocao.lintstore import LintPlace
from baocao.memo import remember
from baocao.templatefile import TemplateBytes
from baocao.templateplaces import Key, T, W, order

_TAG_RE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\{[{%#]", re.DOTALL)
_DRAWN_RE = re.compile(r"word/(charts|diagrams)/[^/]+\.xml")
_UNRENDERED = (
    "thẻ «{tag}» nằm trong {what}, phần mà chương trình không điền, nên báo cáo sẽ in "
    "nguyên văn «{tag}»; {fix}"
)
_ENDNOTE = (
    "chú thích cuối văn bản (endnote)",
    "hãy chuyển nội dung này vào thân văn bản hoặc vào chú thích cuối trang (footnote), hoặc "
    "viết chữ thay cho thẻ.",
)
_DRAWN = (
    "một biểu đồ (Chart) hay sơ đồ (SmartArt) của Word",
    "hãy viết chữ thay cho thẻ, hoặc dùng biểu đồ xu hướng của chương trình ({{ chart.image }}).",
)


def structure_problems(package: TemplateBytes, template: Path) -> list[tuple[Key, Problem]]:
    """Every error of this module in the template's bytes, each with its sort key."""
    found = remember(_FOUND, package.digest, lambda: _find(package.data), 16)
    return [(key, error(message, template, place=at)) for key, message, at in found]


_FOUND: dict[str, list[tuple[Key, str, str]]] = {}  # by the template's digest


def _find(data: bytes) -> list[tuple[Key, str, str]]:
    found: list[tuple[Key, str, str]] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name == "word/endnotes.xml":
                root = ET.fromstring(archive.read(name))
                notes = [n for n in root if n.tag == W + "endnote" and W + "type" not in n.attrib]
                for number, note in enumerate(notes, 1):  # as Word numbers them: 1, 2, …
                    text = "".join(t.text or "" for t in note.iter(T))
                    found += _unrendered(text, LintPlace("endnotes", number), _ENDNOTE)
            elif _DRAWN_RE.fullmatch(name):
                root = ET.fromstring(archive.read(name))
                text = "".join(e.text or "" for e in root.iter() if _local(e.tag) in ("t", "v"))
                found += _unrendered(text, LintPlace(name, 0), _DRAWN)
    return found


def _local(tag: Any) -> str:
    return str(tag).rpartition("}")[2]


def _unrendered(text: str, where: LintPlace, said: tuple[str, str]) -> list[tuple[Key, str, str]]:
    """One error for the first tag of ``text`` (a part's paragraph, or a drawing's text)."""
    match = _TAG_RE.search(text)
    if match is None:
        return []
    tag = " ".join(match.group().split())[:120]
    what, fix = said
    at = f"{what} thứ {where.paragraph}" if where.part == "endnotes" else f"{what} ({where.part})"
    return [(order(where), _UNRENDERED.format(tag=tag, what=what, fix=fix), at)]
