"""The tests' workbooks of plain values, zipped without openpyxl's object model.

baocao's ``write_workbook`` builds an openpyxl workbook and saves it: some 5 ms of CPU a
workbook, and the tests write two thousand. A workbook of headers and plain values
(text, numbers, empty cells) differs from the one of its headers alone only in each
sheet's ``<dimension>`` and ``<sheetData>``: ``fast_bytes`` takes every other part from
``write_workbook``'s workbook of the same headers (written once a process) and writes the
rows as openpyxl writes them. test_fastbook holds it to the same parts as
``write_workbook`` for every kind of value it takes; any other sheet (notes, widths,
number formats, validations, dates, booleans, formulas, text openpyxl refuses or keeps
apart) is ``None``: the caller writes it with ``write_workbook``.
"""

from __future__ import annotations

import io
import math
import re
import tempfile
import time
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

# Characters openpyxl refuses in a cell (ILLEGAL_CHARACTERS_RE), lxml refuses (no XML
# character) or writes as a reference other than the ones ``_text`` makes: the controls
# but tab and line feed, surrogates, U+FFFE and U+FFFF.
_AWKWARD = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")
_NUMBERS = (int, float, Decimal)
_MAX_TEXT = 32767  # openpyxl cuts longer text
_DATES = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")

# The parts of write_workbook's workbook of the same titles and headers and no rows:
# (ZipInfo, bytes) in the archive's order.
_SKELETONS: dict[bytes, list[tuple[zipfile.ZipInfo, bytes]]] = {}


def _text(value: str) -> str:
    """``value`` as lxml writes text in openpyxl's sheets (ASCII, character references)."""
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _cell(ref: str, value: object) -> str | None:
    """The ``<c>`` element openpyxl writes for ``value`` at ``ref`` (unstyled); ``""``
    for an empty cell, ``None`` for a value this module leaves to openpyxl."""
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        text: str = value  # type: ignore[assignment]
        if not text or len(text) > _MAX_TEXT or text.startswith("=") or _AWKWARD.search(text):
            return None
        space = ' xml:space="preserve"' if text.strip() != text else ""
        return f'<c r="{ref}" t="inlineStr"><is><t{space}>{_text(text)}</t></is></c>'
    if kind in _NUMBERS:
        number: Any = value
        try:
            if not math.isfinite(number):
                return None
        except ValueError:  # a signalling NaN
            return None
        # openpyxl's safe_string: % makes a Decimal a float first, format() would not
        return f'<c r="{ref}" t="n"><v>{"%.16g" % number}</v></c>'  # noqa: UP031
    return None


def _sheet_data(width: int, rows: Any) -> tuple[str, str] | None:
    """The rows' XML after the header row, and the sheet's dimension; ``None`` when a
    value is left to openpyxl."""
    parts: list[str] = []
    last_row, last_col = 1, width
    letters = [get_column_letter(i) for i in range(1, max(width, *map(len, rows), 1) + 1)]
    for r, values in enumerate(rows, start=2):
        if not values:
            continue  # openpyxl's append of nothing: a row of no cell, and no element
        cells: list[str] = []
        for c, value in enumerate(values):
            xml = _cell(f"{letters[c]}{r}", value)
            if xml is None:
                return None
            cells.append(xml)
        parts.append(f'<row r="{r}">{"".join(cells)}</row>')
        last_row, last_col = r, max(last_col, len(values))
    return "".join(parts), f"A1:{letters[last_col - 1]}{last_row}"


def _skeleton(sheets: list[Any]) -> list[tuple[zipfile.ZipInfo, bytes]]:
    from baocao.excel import NewSheet, write_workbook

    key = repr([(s.title, s.headers) for s in sheets]).encode()
    kept = _SKELETONS.get(key)
    if kept is None:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "skeleton.xlsx"
            write_workbook(path, [NewSheet(s.title, s.headers, [], ()) for s in sheets])
            with zipfile.ZipFile(path) as archive:
                kept = [(info, archive.read(info)) for info in archive.infolist()]
        _SKELETONS[key] = kept
    return kept


def fast_bytes(sheets: list[Any]) -> bytes | None:
    """The bytes ``write_workbook`` writes for ``sheets`` now (its times are now's, to the
    second, as openpyxl's); ``None`` for sheets this module leaves to openpyxl."""
    datas: list[tuple[str, str]] = []
    for spec in sheets:
        if spec.notes or spec.widths or spec.number_formats or spec.numeric_ranges:
            return None
        headers = spec.headers
        if not headers or any(type(h) is not str for h in headers):
            return None
        header_cells = [_cell("A1", h) for h in headers]
        if any(not xml for xml in header_cells):
            return None
        data = _sheet_data(len(headers), spec.rows)
        if data is None:
            return None
        datas.append(data)
    parts = _skeleton(sheets)
    moment = time.time()
    now = time.localtime(moment)[:6]
    saved = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(moment)).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        for info, data in parts:
            name = info.filename
            if name.startswith("xl/worksheets/sheet") and name.endswith(".xml"):
                rows, dimension = datas[int(name[len("xl/worksheets/sheet") : -4]) - 1]
                text = data.decode("ascii")
                head, _, tail = text.partition("</sheetData>")
                start = head.index('<dimension ref="') + len('<dimension ref="')
                end = head.index('"', start)
                text = f"{head[:start]}{dimension}{head[end:]}{rows}</sheetData>{tail}"
                data = text.encode("ascii")
            elif name == "docProps/core.xml":  # created and modified: now, as openpyxl's
                data = _DATES.sub(saved, data)
            copy = zipfile.ZipInfo(name, now)
            copy.compress_type = info.compress_type
            copy.external_attr = info.external_attr
            copy.create_system = info.create_system
            archive.writestr(copy, data)
    return out.getvalue()


def differences(ours: bytes, theirs: bytes) -> list[str]:
    """How two workbooks' archives differ, but for their times: each entry's name, order,
    attributes, compressed and plain bytes, and docProps/core.xml without its dates."""
    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(ours)) as a, zipfile.ZipFile(io.BytesIO(theirs)) as b:
        mine, other = a.infolist(), b.infolist()
        if [i.filename for i in mine] != [i.filename for i in other]:
            return [f"entries {[i.filename for i in mine]} != {[i.filename for i in other]}"]
        for x, y in zip(mine, other, strict=True):
            fields = ("compress_type", "external_attr", "create_system", "flag_bits", "extra")
            for name in (*fields, "extract_version", "CRC", "compress_size", "file_size"):
                if getattr(x, name) != getattr(y, name) and x.filename != "docProps/core.xml":
                    found.append(f"{x.filename} {name}: {getattr(x, name)} != {getattr(y, name)}")
            data_x, data_y = a.read(x), b.read(y)
            if x.filename == "docProps/core.xml":
                data_x, data_y = _DATES.sub(b"", data_x), _DATES.sub(b"", data_y)
            if data_x != data_y:
                found.append(f"{x.filename}: {data_x[:3000]!r} != {data_y[:3000]!r}")
    return found
