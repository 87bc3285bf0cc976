"""The records of a workbook that openpyxl makes an object for, counted in the zip's XML
before openpyxl reads it (``sniff``): a small file can hold millions of them.

Shared strings (9 million short texts, a 36 MB file: three minutes and 1,5 GB) may be no
more than the cells that could show them; the style records of all kinds together (a
million cell formats, a 756 kB file: 43 s and 2 GB) no more than twice the cell formats
Excel itself allows (65 490; it keeps far fewer fonts, fills and borders); the defined
names (a million, a 4 MB file: 27 s and 1 GB) no more than 100 000, which a workbook
that gathered names by copying sheets for years may near. Counting stops at
the limit, so a huge part costs little here.
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal

from baocao.bookparts import utf8, workbook_part
from baocao.vnformat import format_number

MAX_STRINGS = 500_000  # as sniff.MAX_CELLS: more texts than cells is no workbook's
MAX_STYLES = 131_072  # style records of all kinds together
MAX_NAMES = 100_000  # defined names (Formulas › Name Manager)
_NAME = re.compile(rb"<(?:\w+:)?definedName[\s>/]")
_OVERRIDE = re.compile(rb"<Override\b[^>]*>")
_STRING = re.compile(rb"<(?:\w+:)?si[\s>/]")  # a shared string, <si> or <x:si/>
_STYLE = re.compile(rb"<(?:\w+:)?(?:xf|font|fill|border|numFmt|dxf|cellStyle)[\s>/]")


def too_many(archive: zipfile.ZipFile, names: set[str], kinds: bytes) -> str | None:
    """Why the workbook holds too many records to read (its parts are in ``names``, its
    ``[Content_Types].xml`` is ``kinds``), or None."""
    for content_type, usual, record, limit, said in _COUNTED:
        for name in _parts(kinds, content_type, usual) & names:
            if _more_than(record, utf8(archive.read(name)), limit):
                return said.format(name=name, limit=format_number(Decimal(limit)))
    book = workbook_part(archive)  # the part openpyxl reads, wherever it is kept
    if book in names and _more_than(_NAME, utf8(archive.read(book)), MAX_NAMES):
        return (
            f"Sổ có hơn {format_number(Decimal(MAX_NAMES))} tên được đặt (Công thức › Quản "
            "lý Tên), quá nhiều so với một sổ báo cáo (có thể là tệp độc hại). Hãy xóa các "
            "tên thừa rồi lưu lại."
        )
    return None


def _more_than(record: re.Pattern[bytes], xml: bytes, limit: int) -> bool:
    """Whether ``xml`` holds more than ``limit`` of ``record`` (counting stops there)."""
    return any(count > limit for count, _ in enumerate(record.finditer(xml), 1))


# (content type, usual part, record, limit, message) of each part counted
_COUNTED = (
    (
        b"sharedStrings+xml",
        "xl/sharedStrings.xml",
        _STRING,
        MAX_STRINGS,
        "Phần {name} của tệp (bảng chữ dùng chung của sổ) có hơn {limit} đoạn chữ, nhiều hơn "
        "số ô một sổ được có (có thể là tệp độc hại). Hãy mở sổ bằng Excel rồi lưu lại.",
    ),
    (
        b"spreadsheetml.styles+xml",
        "xl/styles.xml",
        _STYLE,
        MAX_STYLES,
        "Phần {name} của tệp (các định dạng của sổ: kiểu ô, phông chữ, màu nền, đường viền…) "
        "có hơn {limit} mục, nhiều hơn Excel cho phép (có thể là tệp độc hại). Hãy chép số "
        "liệu sang một sổ mới (Dán › Giá trị) rồi lưu lại.",
    ),
)


def _parts(kinds: bytes, content_type: bytes, usual: str) -> set[str]:
    """The parts ``kinds`` gives ``content_type``, where openpyxl looks for them, and the
    part's ``usual`` name."""
    parts = {usual}
    for override in _OVERRIDE.finditer(kinds):
        name = re.search(rb'\bPartName="/?([^"]*)"', override[0])
        if name and content_type in override[0]:
            parts.add(name[1].decode("utf-8", "replace"))
    return parts
