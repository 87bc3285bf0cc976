"""The lenient reader of an earlier month's workbook: what history keeps of it.

From five sheets of one open (``SHEETS_READ``): ChiTieu's figures by code
with their cells and the row's unit, the month ThongTin states (``thang``,
``nam``), HoatDong's headings that have a paragraph, ChiSoSXCN's indices by code, and
NhiemVu's tasks.
A figure cell that holds something other than a number (an Excel error value, a
formula never calculated, text, TRUE, a date) is no figure here, but is kept as
``Spoiled``: that month's own ``check`` reports it as an error, and a later month that needs
the figure says so at its own cell.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from baocao.cells import as_text, clean_text, excel_error, is_blank
from baocao.lostsheet import NO_CODE_COLUMN, NO_SHEET
from baocao.models import INDEX_FIELDS, Figure, MonthRecords, Record, Spoiled, StatedMonth
from baocao.pastednames import is_unit
from baocao.raw import RawCell, RawSheet
from baocao.sheets import (
    CHI_SO_SXCN,
    CHI_TIEU,
    HOAT_DONG,
    INFO_KEYS,
    MAX_DECIMALS,
    MAX_NUMBER,
    NHIEM_VU,
    THONG_TIN,
    SheetSpec,
    header_columns,
    header_words,
    normalize_header,
)
from baocao.units import is_percentage, printed_unit
from baocao.vnformat import excel_number, format_percent, parse_date_text, parse_number_text

HISTORY_FIELDS = ("value", "previous", "same_period", "ytd", "ytd_same_period", "annual_plan")
SHEETS_READ = (CHI_TIEU.name, THONG_TIN.name, HOAT_DONG.name, CHI_SO_SXCN.name, NHIEM_VU.name)
# A ThongTin key typed as its words ("Tháng", "Số văn bản") is the key, as the month's
# reader (parse._read_info) reads it, with a warning there.
_KEYS = frozenset(k.key for k in INFO_KEYS)
_SPELT = {header_words(k.replace("_", " ")): k for k in _KEYS}


def month_records(sheets: dict[str, RawSheet | None]) -> MonthRecords:
    """What history keeps of a workbook, from its ``SHEETS_READ`` (None: a sheet it lacks)."""
    chi_tieu, thong_tin, hoat_dong, chi_so, nhiem_vu = (sheets.get(n) for n in SHEETS_READ)
    return MonthRecords(
        read_records(chi_tieu) if chi_tieu else {},
        read_stated(thong_tin) if thong_tin else None,
        read_headings(hoat_dong) if hoat_dong else (),
        read_indices(chi_so) if chi_so else {},
        read_tasks(nhiem_vu) if nhiem_vu else (),
        _lost_why(chi_tieu, CHI_TIEU, ("code",)),
        {
            spec.name: why
            for sheet, spec, fields in (
                (thong_tin, THONG_TIN, ("key", "value")),
                (chi_so, CHI_SO_SXCN, ("code",)),
                (nhiem_vu, NHIEM_VU, ("text",)),
            )
            if (why := _lost_why(sheet, spec, fields))
        },
    )


def _lost_why(sheet: RawSheet | None, spec: SheetSpec, fields: tuple[str, ...]) -> str:
    """Why ``sheet`` gives nothing to compare: no such sheet (``NO_SHEET``), or rows under a
    header row without one of the columns ``fields`` read (``NO_CODE_COLUMN``: a title line
    typed above it, a title retitled); "" when it gives them, or is empty."""
    if sheet is None:
        return NO_SHEET
    return (
        NO_CODE_COLUMN
        if sheet.rows and any(_columns(sheet, spec)[f] is None for f in fields)
        else ""
    )


def read_tasks(sheet: RawSheet) -> tuple[str, ...]:
    """NhiemVu's ``Nội dung`` texts as typed (cleaned), in order, blank ones left out."""
    where = _columns(sheet, NHIEM_VU)
    texts = (_text(_row(cells, where).get("text")) for cells in sheet.rows[1:])
    return tuple(t for t in texts if t)


def read_indices(sheet: RawSheet) -> dict[str, tuple[Decimal | None, ...]]:
    """ChiSoSXCN's indices (``INDEX_FIELDS``) by code, leniently: None where no number."""
    where = _columns(sheet, CHI_SO_SXCN)
    found: dict[str, tuple[Decimal | None, ...]] = {}
    for cells in sheet.rows[1:] if where["code"] is not None else ():
        row = _row(cells, where)
        if code := _text(row.get("code")):
            numbers = (row.get(f) for f in INDEX_FIELDS)
            found.setdefault(code, tuple(plain_number(c) if c else None for c in numbers))
    return found


def _columns(sheet: RawSheet, spec: SheetSpec) -> dict[str, int | None]:
    """Each field of ``spec`` → its 0-based column in the sheet's header row, or None."""
    header = sheet.rows[0] if sheet.rows else ()
    columns = header_columns(c.value for c in header).positions
    # A title that differs only in its marks ("Luỹ kế") is the column, as in parse.
    loose: dict[str, int] = {}
    for i, cell in enumerate(header):
        if isinstance(cell.value, str):
            loose.setdefault(header_words(cell.value), i)
    return {
        col.field: columns.get(normalize_header(col.header), loose.get(header_words(col.header)))
        for col in spec.columns
    }


def _row(cells: tuple[RawCell, ...], where: dict[str, int | None]) -> dict[str, RawCell]:
    return {f: cells[i] for f, i in where.items() if i is not None and i < len(cells)}


def read_records(sheet: RawSheet) -> dict[str, Record]:
    """ChiTieu rows by code, leniently: a cell that is not a number or text is skipped."""
    where = _columns(sheet, CHI_TIEU)
    if where["code"] is None:
        return {}
    records: dict[str, Record] = {}
    section = ""  # as the month's reader: a blank Mục is the row above's, a heading row's too
    for cells in sheet.rows[1:]:
        row = _row(cells, where)
        section = _text(row.get("section")) or section
        code = _text(row.get("code"))
        if not code:
            continue
        found, spoiled = {}, {}
        unit = _unit(row.get("unit"))
        for name in HISTORY_FIELDS:
            cell = row.get(name)
            if cell is not None and cell.percent and not is_percentage(unit):
                # as the month's own reader says of it: either number may be meant (0 is 0)
                if (number := plain_number(cell)) == 0:
                    found[name] = Figure(Decimal(0), cell.ref)
                elif number is not None:
                    shown_as = format_percent(number, cell.places)
                    spoiled[name] = Spoiled(cell.ref, "percent", shown_as, cell.formula)
                continue
            number = plain_number(cell) if cell is not None else None
            if number is not None:
                found[name] = Figure(number, row[name].ref)
            elif cell is not None and (held := _spoiled(cell)) is not None:
                spoiled[name] = held
        decimals, pct = _places(row.get("decimals"), 0), _places(row.get("pct_decimals"), 1)
        unit_ref = row["unit"].ref if "unit" in row else ""
        record = Record(
            _text(row.get("name")), unit, decimals, found, spoiled, pct, unit_ref, section
        )
        records.setdefault(code, record)
    return records


def _places(cell: RawCell | None, default: int) -> int:
    """A row's decimals (``Số lẻ``, ``Số lẻ %``): 0–6 (its whole part), else ``default``."""
    places = plain_number(cell, percent=False) if cell is not None else None
    if places is None or not 0 <= places <= MAX_DECIMALS:
        return default
    return int(places)


def read_stated(sheet: RawSheet) -> StatedMonth | None:
    """The month ThongTin states (``thang`` and ``nam`` as whole numbers), else None; with
    its ``so_van_ban``, as text ("65"), and its ``ngay_ky``, a date, when it has them."""
    where = _columns(sheet, THONG_TIN)
    found: dict[str, tuple[int, str]] = {}
    doc: tuple[str, str] | None = None
    signed: tuple[dt.date, str] | None = None
    for cells in sheet.rows[1:]:
        row = _row(cells, where)
        key = normalize_header(_text(row.get("key")))
        if key not in _KEYS:
            key = _SPELT.get(header_words(key.replace("_", " ")), key)
        if key == "so_van_ban" and doc is None and "value" in row:
            typed = row["value"].value
            text = _text(row["value"]) if isinstance(typed, str) else as_text(typed)
            doc = (text, row["value"].ref) if text else None
        if key == "ngay_ky" and signed is None and "value" in row:
            date = _date(row["value"])
            signed = None if date is None else (date, row["value"].ref)
        number = plain_number(row["value"]) if "value" in row else None
        whole = number is not None and number == number.to_integral_value()
        if key in ("thang", "nam") and key not in found and number is not None and whole:
            found[key] = (int(number), row["value"].ref)
    if "thang" not in found or "nam" not in found:
        return None
    (month, month_ref), (year, year_ref) = found["thang"], found["nam"]
    return StatedMonth(
        year, month, month_ref, year_ref, *(doc or (None, None)), *(signed or (None, None))
    )


def _date(cell: RawCell) -> dt.date | None:
    """A date as the month's reader takes it: an Excel date, or text "dd/mm/yyyy"."""
    value = cell.value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return parse_date_text(_text(cell)) if isinstance(value, str) else None


def read_headings(sheet: RawSheet) -> tuple[str, ...]:
    """HoatDong's subsection headings that have a paragraph, in order, once each.

    As the month's own reader: a blank ``Mục`` continues the heading of the row above,
    a row with only ``Mục`` (as ``baocao init`` writes them) heads the rows below it,
    and a heading counts once a row under it has a ``Nội dung``.
    """
    where = _columns(sheet, HOAT_DONG)
    headings: list[str] = []
    current = ""
    for cells in sheet.rows[1:]:
        row = _row(cells, where)
        current = _text(row.get("section")) or current
        if not _text(row.get("text")):
            continue
        if current and current not in headings:
            headings.append(current)
    return tuple(headings)


def _text(cell: RawCell | None) -> str:
    value = cell.value if cell is not None else None
    if isinstance(value, str):
        return clean_text(value)
    return "" if value is None else unicodedata.normalize("NFC", str(value)).strip()


def _unit(cell: RawCell | None) -> str:
    """The row's unit as the report month's reader takes it (``printed_unit``; the table's
    marks alone, "-", "…", no unit: ``marked_unit``)."""
    unit = printed_unit(_text(cell))[0]
    return unit if is_unit(unit) else ""


def _spoiled(cell: RawCell) -> Spoiled | None:
    """What a figure's cell holds when it is not blank and not a number (``plain_number``
    gave nothing), else None."""
    value, formula = cell.value, cell.formula
    if value is None:
        return Spoiled(cell.ref, "uncalculated", "", formula) if formula else None
    if isinstance(value, str):
        value = clean_text(value)  # as the month's reader: invisible characters aside
    if is_blank(value):  # blank text, or a formula's "" (=IF(…;"";…)): no figure
        return None
    code = excel_error(value)
    if code is not None:
        return Spoiled(cell.ref, "error", code, formula)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Spoiled(cell.ref, "too_big", as_text(value, grouped=True), formula)
    return Spoiled(cell.ref, "not_number", as_text(value), formula)


def plain_number(cell: RawCell, *, percent: bool = True) -> Decimal | None:
    """A cell's number, as the month's own reader reads it: a percent-formatted figure's as
    it shows ("21,4%" is 21,4; with ``percent`` false, a whole number's, as stored), a
    Vietnamese number typed as text; else None."""
    value = cell.value
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = excel_number(value)
        number = number.scaleb(2) if percent and cell.percent and number.is_finite() else number
        return number if number.is_finite() and abs(number) < MAX_NUMBER else None
    return parse_number_text(clean_text(value)) if isinstance(value, str) else None
