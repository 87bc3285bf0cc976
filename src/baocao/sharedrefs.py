"""A text cell's number in the workbook's shared strings (``t="s"``: Excel stores each text
once and a cell by its number), checked before openpyxl reads it.

openpyxl indexes its list of shared strings with the number, so a negative one is taken
from the end of the list: a name cell pointing at -1 was read, silently, as the
workbook's last text. Excel never writes one; it is a damaged file, said at its cell. (A
number past the end stops openpyxl's read as a damaged workbook already.)
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from baocao.bookparts import attribute
from baocao.errors import InputError, error

_TEXT_CELL = re.compile(rb"""\bt\s*=\s*["']s["']""")
# A cell that is not self-closing (one that is holds no number), and its content, which
# holds no other cell's start: a cell never closed ("<c t='s'>" 20 000 times, 320 kB) was
# read to the part's end from each, and took 30 s; so was a start tag never ended by ">"
# (a tag holds no "<").
_CELL = re.compile(
    rb"<(?:\w+:)?c\b([^<>]*?)(?<!/)>((?:(?!<(?:\w+:)?c\b).)*?)</(?:\w+:)?c\s*>", re.DOTALL
)
_VALUE = re.compile(rb"<(?:\w+:)?v\b[^>]*>([^<]*)<")


def check_shared_refs(path: Path, title: str, xml: bytes) -> None:
    """Raise ``InputError`` at the first text cell of sheet ``title`` (its part's ``xml``)
    whose shared-string number is negative."""
    if b'"s"' not in xml and b"'s'" not in xml:  # no text cell (found faster than by _TEXT_CELL)
        return
    for cell in _CELL.finditer(xml):
        if _TEXT_CELL.search(cell[1]) is None or (value := _VALUE.search(cell[2])) is None:
            continue
        raw = html.unescape(value[1].decode("utf-8", "replace")).strip()
        try:
            number = int(raw)
        except ValueError:
            continue  # openpyxl stops its read at it: a damaged workbook
        if number < 0:
            raise InputError(
                [
                    error(
                        f"Ô ghi chữ bằng số thứ tự «{raw}» của một đoạn chữ dùng chung, một số "
                        "âm, điều Excel không bao giờ ghi: tệp bị hỏng, không biết ô ghi gì. Hãy "
                        "mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng «Sổ làm việc "
                        "Excel (.xlsx)».",
                        path,
                        title,
                        attribute(cell[1], b"r"),
                    )
                ]
            )
