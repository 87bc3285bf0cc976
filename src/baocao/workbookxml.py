"""What ``excel`` reads from a workbook's XML itself, beside openpyxl (the workbook sniffed
first: its parts are there, of bounded size): whether it asks to be calculated when opened,
and whether its sheets list their rows and cells in order."""

from __future__ import annotations

import io
import re
import zipfile

from baocao.bookparts import sheet_parts, utf8
from baocao.sheets import column_index

_FULL_CALC_ON_LOAD = re.compile(
    rb"<(?:\w+:)?calcPr\b[^>]*\bfullCalcOnLoad\s*=\s*[\"'](?:1|true)[\"']"
)
# A row's or a cell's start tag, which holds no "<" (read past one, a tag never ended by ">"
# 40 000 times was read from each to the part's end: 12 s).
_ROW_OR_CELL = re.compile(rb"<(?:\w+:)?(row|c)\b([^<>]*)>")
_REF = re.compile(rb"""\br\s*=\s*["']([A-Za-z]*)(\d+)["']""")


def recalculated_on_load(data: bytes) -> bool:
    """Whether the workbook asks to be calculated when opened (``fullCalcOnLoad``, which
    openpyxl reads as true when absent): XlsxWriter, and pandas through it, write that and
    cache 0 as every formula's value, calculating none. Excel and LibreOffice calculate, and
    save without it."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return _FULL_CALC_ON_LOAD.search(archive.read("xl/workbook.xml")) is not None


def cached_value(value: object, recalculate: bool) -> object:
    """A formula's cached value, or None (never calculated) for the 0 a writer that does not
    calculate puts there, in a workbook that asks to be calculated when opened."""
    placeholder = recalculate and type(value) in (int, float) and value == 0
    return None if placeholder else value


def out_of_order(data: bytes) -> bool:
    """Whether a worksheet lists a row after one numbered higher, or a cell after one right
    of it: openpyxl's read-only reader then drops them (a row, or a row's cells left of its
    last one), where its whole reader places each cell by its reference; or a cell whose
    reference names another row than its row's (the read-only reader places it in its
    row, the whole reader in the row it names). A row or cell without ``r`` follows the
    one before."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return any(not _in_order(utf8(archive.read(part))) for part in sheet_parts(archive))


def _in_order(xml: bytes) -> bool:
    row = column = 0
    for tag in _ROW_OR_CELL.finditer(xml):
        ref = _REF.search(tag[2])
        if tag[1] == b"row":
            number = int(ref[2]) if ref else row + 1
            if number <= row:
                return False
            row, column = number, 0
        else:
            at = column_index(ref[1].decode("ascii")) if ref and ref[1] else column + 1
            if at <= column or (ref and int(ref[2]) != row):  # a cell of another row
                return False
            column = at
    return True
