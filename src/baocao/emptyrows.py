"""Rows a sheet lists without a cell in them, left out of the bytes openpyxl parses.

A sheet may list a row for every row down to 1 048 576 with no cell in it: a height, a
format or a hidden flag set on whole rows (LibreOffice writes a row for each such row, and
so may a script), or a cell with a format and no value for every cell of a formatted
range. openpyxl makes objects for each: a 2,7 MB workbook of a million formatted empty
rows took 32 s to check, one of plain ones 6 s, 450 000 formatted empty cells 6 s. The
report reads values (a comment is placed by openpyxl whether its cell is listed or not),
and a row's hidden flag only where the row holds one (``tables``), so a sheet listing more
than ``MANY`` rows or ``MANY_CELLS`` cells has its empty cells and rows dropped before
openpyxl reads it. Only in a sheet whose every row and cell is numbered (``r``, as Excel
and LibreOffice write it): openpyxl numbers one without it from the one before, which
dropping that one would change. Nor inside a CDATA section or an XML comment, whose text
may read as an empty cell or row ("<![CDATA[a <c r="Z1"/> b]]>" in an inline string): only
the text between them is read for empty cells and rows.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
import zipfile
import zlib

from baocao.bookparts import CELL_START, ROW_START, sheet_parts

MANY = 10_000  # rows listed in one sheet; a report's sheet lists tens
MANY_CELLS = 50_000  # cells listed in one sheet; a report's sheet lists hundreds
# The fewest bytes a part listing more than ``MANY`` rows or ``MANY_CELLS`` cells has: each
# "<row>" (5 bytes) or "<c>" (3) counted is apart. A report's sheet is smaller: not read.
_SMALLEST = min(5 * (MANY + 1), 3 * (MANY_CELLS + 1))
_UNNUMBERED = re.compile(rb"<(?:\w+:)?(?:row|c)(?![^<>]*?\br\s*=)[\s>/]")
# Text that holds no element: a CDATA section, an XML comment (split out, kept as it is).
_NO_ELEMENTS = re.compile(rb"(<!\[CDATA\[.*?\]\]>|<!--.*?-->)", re.DOTALL)


def _empty(tag: bytes) -> re.Pattern[bytes]:
    """An element ``tag`` with its number (``r``) and nothing in it, closed either way."""
    start = rb"<(?:\w+:)?" + tag + rb"\s(?=[^<>]*?\br\s*=)[^<>]*"
    return re.compile(start + rb"/>|" + start + rb"(?<!/)>\s*</(?:\w+:)?" + tag + rb"\s*>")


_EMPTY_CELL = _empty(rb"c")  # a format, no value: <c r="D20" s="1"/>
_EMPTY_ROW = _empty(rb"row")


def _many(found: re.Pattern[bytes], xml: bytes, limit: int) -> bool:
    """Whether ``xml`` holds more than ``limit`` of ``found`` (counting stops there)."""
    return next(itertools.islice(found.finditer(xml), limit, None), None) is not None


def _lightened(xml: bytes) -> bytes | None:
    """``xml`` without its empty cells and rows, read only outside CDATA sections and
    comments (``_NO_ELEMENTS``: their text may read as "<c …/>"); None when a row or a cell
    is unnumbered (the others are numbered from those before), or a CDATA section or a
    comment is never closed."""
    pieces = _NO_ELEMENTS.split(xml)  # outside, inside, outside, …
    outside = pieces[::2]
    if any(b"<![CDATA[" in p or b"<!--" in p for p in outside):
        return None
    light = [_EMPTY_ROW.sub(b"", _EMPTY_CELL.sub(b"", p)) for p in outside]
    if any(_UNNUMBERED.search(p) for p in light):
        return None
    pieces[::2] = light
    return b"".join(pieces)


@functools.lru_cache(maxsize=2)  # a workbook is opened up to three times in a row
def without_empty_rows(data: bytes) -> bytes:
    """``data`` (a sniffed .xlsx) with the cells holding nothing and the rows holding no
    cell dropped from each sheet listing more than ``MANY`` rows or ``MANY_CELLS`` cells,
    all numbered; ``data`` itself when there is none, or when the zip cannot be read
    (openpyxl then says why)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if all(i.file_size < _SMALLEST for i in archive.infolist()):
                return data  # no part can list that many (``read`` cuts at the declared size)
            lighter = {}
            for part in sheet_parts(archive):
                xml = archive.read(part)
                if not _many(ROW_START, xml, MANY) and not _many(CELL_START, xml, MANY_CELLS):
                    continue
                if (light := _lightened(xml)) is not None:
                    lighter[part] = light
            if not lighter:
                return data
            written = io.BytesIO()
            with zipfile.ZipFile(written, "w", zipfile.ZIP_DEFLATED) as new:
                for info in archive.infolist():
                    kept = lighter.get(info.filename)
                    new.writestr(info, archive.read(info) if kept is None else kept)
            return written.getvalue()
    except (zipfile.BadZipFile, zlib.error, KeyError, OSError, EOFError, ValueError):
        return data
