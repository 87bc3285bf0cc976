"""The only module that uses openpyxl (loaded by ``openpyxlimport``): a workbook → plain cells.

Before openpyxl parses anything the file is sniffed (``sniff``); XML that
openpyxl then cannot parse, or a part it cannot find, is refused the same way,
naming the file. With defusedxml installed, openpyxl parses the XML safely.
Only the cells that exist are read (a value typed far away, at XFD1048576,
costs one row, not the rectangle up to it), row by row; cells right of the
header row's last title are outside every column and left out. Formula cells
are read through their cached values; merged ranges give every cell the
top-left value, as a person reads them; hidden rows and columns and hidden
sheets are marked so the reader can name them. What a file's bytes gave is kept
(small files, by their SHA-256) for the process and, through ``store``, for later runs:
a file is still opened once per read, but the same bytes are neither sniffed nor parsed
twice, and a run that finds them kept does not import openpyxl."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import traceback
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from baocao import raw, store
from baocao.beyondcells import beyond_header, header_width
from baocao.emptyrows import without_empty_rows
from baocao.errors import InputError
from baocao.memo import remember
from baocao.openpyxlimport import openpyxl_module
from baocao.raw import RawCell, RawSheet, RawWorkbook
from baocao.savebook import saved_bytes
from baocao.sheets import column_letter, normalize_header
from baocao.sniff import CORRUPT_ZIP, SAVE_AS_XLSX, read_workbook_file, refuse, sniff_bytes
from baocao.struckcells import is_struck
from baocao.workbookxml import cached_value, out_of_order, recalculated_on_load

# What openpyxl raises on a damaged workbook: XML it cannot parse (ElementTree's and lxml's
# are SyntaxErrors), a part it cannot find, a value it cannot convert, an index out of range.
DAMAGED = (*CORRUPT_ZIP, SyntaxError, OSError, LookupError, ValueError, TypeError, ArithmeticError)


# What openpyxl made of a workbook's bytes, kept for the process (and in the store): a service
# (or the tests) reads one unchanged workbook often. Small files; oldest go first.
_PARSED: dict[tuple[str, bytes, tuple[str, ...]], dict[str, Any]] = {}
MAX_PARSED = 32
MAX_PARSED_BYTES = 1_000_000
MAX_PARSED_CELLS = 20_000  # a report's workbook has hundreds
_FORMULA_ELEMENT = re.compile(rb"<(?:\w+:)?f[\s/>]")  # <f>, <f t="shared" …/>, <x:f>


def _remembered(
    kind: str,
    path: Path,
    data: bytes,
    names: tuple[str, ...],
    read: Callable[[], dict[str, Any]],
    keep: bool = True,
) -> dict[str, Any]:
    """``read()`` of ``path``'s ``data``, or what it gave for the same bytes before, in this
    process or (through ``store``) an earlier run: sheets by title, immutable. Bytes are
    sniffed before they are read (those kept passed, and sniffing depends on the bytes
    alone). With ``keep`` false a reading is not added to the store (the caller keeps it)."""

    def read_sniffed() -> dict[str, Any]:
        sniff_bytes(path, data)
        # openpyxl warns, in English on stderr, of what it drops (data validation, shapes, a
        # chart) or turns into "#VALUE!" (``_cached``); none of it is a value.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return read()

    if len(data) > MAX_PARSED_BYTES:
        return read_sniffed()
    digest = hashlib.sha256(data).digest()
    stored = f"{digest.hex()}:{'|'.join(names)}"

    def encode(sheets: dict[str, Any]) -> Any:  # TypeError: a value of a type not kept
        return raw.encode(sheets) if keep and _small(sheets) else None

    entry = store.kind(f"excel-{kind}", "openpyxl")
    take = lambda: store.kept(entry, stored, read_sniffed, raw.decode, encode)  # noqa: E731
    return remember(_PARSED, (kind, digest, names), take, MAX_PARSED, keep=_small)


def _small(sheets: dict[str, Any]) -> bool:
    """Whether parsed sheets are few enough cells to keep (``MAX_PARSED_CELLS``)."""
    return sum(len(r) for sheet in sheets.values() if sheet for r in sheet.rows) <= MAX_PARSED_CELLS


def read_workbook(path: Path) -> RawWorkbook:
    """Every sheet of ``path`` (one open of the file); an unusable or damaged file (bad XML,
    a dangling index), whatever openpyxl raises, is an ``InputError``."""
    data = read_workbook_file(path)
    sheets = _remembered("book", path, data, (), lambda: _read_sheets_of(path, data))
    return RawWorkbook(path, dict(sheets))


def _read_sheets_of(path: Path, data: bytes) -> dict[str, RawSheet]:
    formulas = _load(path, data, data_only=False)
    has_formulas = any(
        _formula(c.value) for sheet in formulas.values() for row in sheet.rows for c in row
    )
    if not has_formulas:
        return formulas
    recalculate = recalculated_on_load(data)
    cached = {
        title: {c.ref: cached_value(c.value, recalculate) for row in sheet.rows for c in row}
        for title, sheet in _load(path, data, data_only=True).items()
    }
    sheets = {}
    for title, sheet in formulas.items():
        values = cached.get(title, {})
        rows = tuple(tuple(_with_cache(c, values.get(c.ref)) for c in row) for row in sheet.rows)
        sheets[title] = dataclasses.replace(sheet, rows=rows)
    return sheets


def _formula(value: object) -> str | None:
    """The formula text of a cell value read with ``data_only=False``, if it is one."""
    text = getattr(value, "text", value)  # array formulas carry their text
    return text if isinstance(text, str) and text.startswith("=") else None


def _with_cache(cell: RawCell, cached: object) -> RawCell:
    """A formula cell with its calculated value, still marked percent when its format is."""
    formula = _formula(cell.value)
    return dataclasses.replace(cell, value=cached, formula=formula) if formula else cell


def _damaged(path: Path, exc: BaseException) -> InputError:
    said = " ".join(str(exc).split())[:200] or type(exc).__name__  # English: for the IT person
    damaged = f"Không đọc được tệp: sổ Excel bị hỏng (chi tiết kỹ thuật: {said})."
    return refuse(path, f"{damaged} {SAVE_AS_XLSX}")


def _open_book(path: Path, data: bytes, **options: bool) -> Any:
    """openpyxl's workbook over ``data``; a damaged file raises ``InputError`` naming ``path``
    (an AttributeError too: openpyxl's of a chart sheet without its drawing's part)."""
    load_workbook = openpyxl_module().load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(io.BytesIO(without_empty_rows(data)), **options)
    except (*DAMAGED, AttributeError, InvalidFileException) as exc:
        raise _damaged(path, exc) from exc


def _load(path: Path, data: bytes, *, data_only: bool) -> dict[str, RawSheet]:
    book = _open_book(path, data, data_only=data_only)
    try:  # openpyxl's IndexError: a style naming a number format the book lacks (not baocao's)
        return {ws.title: _sheet(ws) for ws in book.worksheets}
    except IndexError as exc:
        if "openpyxl" not in Path(traceback.extract_tb(exc.__traceback__)[-1].filename).parts:
            raise
        raise _damaged(path, exc) from exc


def _sheet(ws: Any) -> RawSheet:
    # openpyxl keeps a sheet's cells sparse, in ``_cells``; its iter_rows would create
    # every cell of the rectangle up to the farthest one.
    formats = {key: cell.number_format for key, cell in ws._cells.items()}  # each looked up once
    values = {key: raw.scaled(_cached(cell), formats[key]) for key, cell in ws._cells.items()}
    percent = {key: p for key, f in formats.items() if (p := raw.percent_shown(f)) is not None}
    hidden = raw.hidden_columns(ws.column_dimensions.values())
    beyond = beyond_header(values.items(), hidden_columns=hidden)  # before merged ranges fill
    for rng in ws.merged_cells.ranges:  # at most MAX_MERGED_CELLS in all (sniffed)
        top = (rng.min_row, rng.min_col)
        for row in range(rng.min_row, rng.max_row + 1):
            for col in range(rng.min_col, rng.max_col + 1):
                values[(row, col)] = values.get(top)
                if top in percent:
                    percent[(row, col)] = percent[top]
    return RawSheet(
        ws.title,
        _raw_rows(values.items(), percent=percent),
        frozenset(r for r, dim in ws.row_dimensions.items() if dim.hidden),
        hidden,
        hidden=ws.sheet_state != "visible",
        merged=tuple(str(rng.coord) for rng in ws.merged_cells.ranges),
        comments=tuple(
            (c.coordinate, str(c.comment.text))
            for c in ws._cells.values()
            if c.comment and c.value is None
        ),
        struck=tuple(c.coordinate for c in ws._cells.values() if is_struck(c)),
        beyond=beyond,
    )


def _cached(cell: Any) -> object:
    """A cell's value; "" for a formula's calculated empty text (``t="str"``, empty ``<v>``:
    ``=IF(…;"";…)``), which openpyxl reads as None, as a formula never calculated;
    ``raw.OutOfDates`` for openpyxl's "#VALUE!" of a number in a date's or time's format."""
    value, kind = cell.value, cell.data_type
    if kind == "e" and value == "#VALUE!":
        from openpyxl.styles.numbers import is_datetime  # "date", "time"…; None: no date's

        shape = is_datetime(cell.number_format)
        return value if shape is None else raw.OutOfDates(time=shape == "time")
    return "" if value is None and kind == "str" else value


def _raw_rows(
    cells: Iterable[tuple[tuple[int, int], object]],
    formulas: Mapping[tuple[int, int], str] | None = None,
    percent: Mapping[tuple[int, int], int] | None = None,
) -> tuple[tuple[RawCell, ...], ...]:
    """Rows of ((row, column), value) pairs that hold a value (or a formula of
    ``formulas``, calculated or not), in row order, each by position from column A; row 1
    first, even when empty; a number in a cell of ``percent`` is marked so, with the
    decimals its format shows. Cells right of the header's last title are left out."""
    formulas, percent = formulas or {}, percent or {}
    by_row: dict[int, dict[int, object]] = {1: {}}
    for (row, col), value in cells:
        if value is not None:
            by_row.setdefault(row, {})[col] = value
    for row, col in formulas:
        by_row.setdefault(row, {}).setdefault(col, None)
    width = header_width(by_row)  # cells right of it: ``beyond_header``
    rows = []
    for row in sorted(by_row):
        kept = {col: v for col, v in by_row[row].items() if col <= width}
        if kept or row == 1:
            last = max(kept, default=0)
            rows.append(
                tuple(
                    RawCell(
                        f"{column_letter(c)}{row}",
                        kept.get(c),
                        formulas.get((row, c)),
                        percent=(row, c) in percent,
                        places=percent.get((row, c), 0),
                    )
                    for c in range(1, last + 1)
                )
            )
    return tuple(rows)


def read_sheet(path: Path, name: str) -> RawSheet | None:
    """One sheet of a workbook (see ``read_sheets``); None when it has no such sheet."""
    return read_sheets(path, [name])[name]


def read_sheets(
    path: Path, names: Sequence[str], *, keep: bool = True
) -> dict[str, RawSheet | None]:
    """Several sheets of a workbook with one open, read-only, cached values (history); in
    a sheet whose XML holds a formula, each formula cell keeps its formula too (a second,
    read-only open), calculated or not. Each name maps to its sheet, or None when the
    workbook has no sheet of that name. An unusable or damaged file, whatever openpyxl
    raises, is an ``InputError``. ``keep``: whether the reading is added to the store
    (see ``_remembered``)."""
    data = read_workbook_file(path)

    def read() -> dict[str, RawSheet | None]:
        if out_of_order(data):  # the read-only reader would drop rows or cells
            whole = _read_sheets_of(path, data)
            by_name: dict[str, str] = {}
            for title in whole:  # the first of the same name, as _sheet_title takes
                by_name.setdefault(normalize_header(title), title)
            return {n: whole.get(by_name.get(normalize_header(n), "")) for n in names}
        book = _open_book(path, data, read_only=True, data_only=True)
        try:
            titles = [
                t for t in (_sheet_title(book, n) for n in names) if t and _has_formula(book[t])
            ]
            formulas = _formula_cells(path, data, titles) if titles else {}
            recalculate = bool(titles) and recalculated_on_load(data)
            return {name: _read_only_sheet(book, name, formulas, recalculate) for name in names}
        except DAMAGED as exc:
            raise _damaged(path, exc) from exc
        finally:
            book.close()

    return dict(_remembered("sheets", path, data, tuple(names), read, keep))


def _sheet_title(book: Any, name: str) -> str | None:
    return next((t for t in book.sheetnames if normalize_header(t) == normalize_header(name)), None)


def _has_formula(ws: Any) -> bool:
    """Whether a read-only sheet's XML holds a formula (searched, not parsed). Its source is
    openpyxl's private ``_get_source``: where that fails, the sheet is taken to hold one, and
    its formulas are read through the public reader."""
    try:
        with ws._get_source() as source:
            return _FORMULA_ELEMENT.search(source.read()) is not None
    except Exception:  # noqa: BLE001 - any failure of a private API: read the formulas instead
        return True


def _formula_cells(
    path: Path, data: bytes, titles: list[str]
) -> dict[str, dict[tuple[int, int], str]]:
    """The formulas of the sheets ``titles``, by (row, column): a formula never calculated
    has no cached value, so the cached values alone would not show its cell."""
    book = _open_book(path, data, read_only=True, data_only=False)
    try:
        found = {}
        for title in titles:
            ws = book[title]
            ws.reset_dimensions()
            found[title] = {
                (row, col): text
                for row, values in enumerate(ws.iter_rows(values_only=True), start=1)
                for col, value in enumerate(values, start=1)
                if (text := _formula(value)) is not None
            }
        return found
    finally:
        book.close()


def _read_only_sheet(
    book: Any,
    name: str,
    formulas: Mapping[str, Mapping[tuple[int, int], str]],
    recalculate: bool = False,
) -> RawSheet | None:
    """Sheet ``name`` of a read-only workbook; with ``recalculate`` (``cached_value``), a
    formula's cached 0 is no value."""
    title = _sheet_title(book, name)
    if title is None:
        return None
    ws = book[title]
    ws.reset_dimensions()  # the file's <dimension> may claim A1:XFD1048576
    cells: dict[tuple[int, int], object] = {}
    percent: dict[tuple[int, int], int] = {}
    in_sheet = formulas.get(title, {})
    for row, values in enumerate(ws.iter_rows(), start=1):
        for col, cell in enumerate(values, start=1):
            value = raw.scaled(_cached(cell), cell.number_format)
            if (row, col) in in_sheet:
                value = cached_value(value, recalculate)
            if value is not None:
                cells[(row, col)] = value
                if raw.shows_percent(cell.number_format):
                    percent[(row, col)] = raw.percent_places(cell.number_format)
    rows = _raw_rows(cells.items(), formulas.get(title), percent)
    return RawSheet(title, rows, beyond=beyond_header(cells.items(), formulas.get(title)))


@dataclass(frozen=True)
class NewSheet:
    """A sheet to write: header row (bold, frozen, with a note on each header), then rows."""

    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[object, ...]]
    widths: tuple[int, ...]
    notes: tuple[str, ...] = ()
    number_formats: dict[str, str] = field(default_factory=dict)  # cell → "#,##0.0"
    numeric_ranges: tuple[str, ...] = ()  # ranges that accept only numbers ≥ 0


def write_workbook(path: Path, sheets: list[NewSheet]) -> None:
    """Write a new .xlsx at ``path`` (the caller makes sure it does not exist)."""
    book = openpyxl_module().Workbook()
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    book.remove(book.active)
    for spec in sheets:
        ws = book.create_sheet(spec.title)
        ws.append(list(spec.headers))
        for cell, note in zip(ws[1], spec.notes, strict=False):
            cell.comment = Comment(note, "baocao", width=320, height=110)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for row in spec.rows:
            ws.append(list(row))
        for i, width in enumerate(spec.widths, start=1):
            ws.column_dimensions[column_letter(i)].width = width
        for ref, fmt in spec.number_formats.items():
            ws[ref].number_format = fmt
        if spec.numeric_ranges:
            rule = DataValidation(
                type="decimal",
                operator="greaterThanOrEqual",
                formula1="0",
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Giá trị không hợp lệ",
                error="Ô này chỉ nhận số không âm (ví dụ 52716 hoặc 1822,5).",
            )
            for rng in spec.numeric_ranges:
                rule.add(rng)
            ws.add_data_validation(rule)
    path.write_bytes(saved_bytes(book))
