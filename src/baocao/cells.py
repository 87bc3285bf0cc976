"""One cell → a typed value, with its problems located at the sheet and cell.

The conversions of the workbook contract: text is NFC-normalised, Excel's
``_xHHHH_`` escapes decoded and XML-illegal control characters removed (with a
warning); numbers are Excel numbers or Vietnamese text ("52.716", "1.822,5",
read with a warning); dates are Excel dates or "dd/mm/yyyy". ``Locator`` turns
(sheet, field, row) into the cell reference the messages name.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from baocao.errors import Problem, error, warning
from baocao.excel import RawCell
from baocao.sheets import MAX_NUMBER, Kind, SheetSpec
from baocao.vnformat import parse_number_text

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")  # how Excel stores control characters
_DATE_TEXT = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")

Value = str | Decimal | int | dt.date | None


@dataclass
class Locator:
    """Where each field of each sheet is: turns (sheet, field, row) into "ChiTieu!D5"."""

    titles: dict[str, str] = field(default_factory=dict)
    letters: dict[tuple[str, str], str] = field(default_factory=dict)
    info: dict[str, str] = field(default_factory=dict)  # ThongTin key → its value cell

    def sheet(self, spec: SheetSpec) -> str:
        """The sheet's title as written in the file."""
        return self.titles.get(spec.name, spec.name)

    def cell(self, spec: SheetSpec, field_name: str, row: int) -> str:
        """The cell reference of a field in a row."""
        return f"{self.letters.get((spec.name, field_name), '?')}{row}"


@dataclass
class Reading:
    """One workbook being read: its path, the problems found so far, and the locator."""

    path: Path
    problems: list[Problem]
    locator: Locator

    def error(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(error(message, self.path, sheet, cell))

    def warn(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(warning(message, self.path, sheet, cell))


def cell_at(cells: tuple[RawCell, ...], pos: int) -> RawCell | None:
    return cells[pos] if pos < len(cells) else None


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def convert(ctx: Reading, title: str, cell: RawCell, kind: Kind, label: str) -> Value:
    """The cell's value as ``kind``; ``label`` names the column or key in messages."""
    if kind is Kind.RAW:
        return cell.value  # type: ignore[return-value]
    if kind is Kind.TEXT:
        return _text(ctx, title, cell)
    if kind is Kind.DATE:
        return _date(ctx, title, cell, label)
    number = _number(ctx, title, cell, label)
    if kind is Kind.INT and number is not None:
        if number != number.to_integral_value():
            ctx.error(
                title, cell.ref, f"{label} cần một số nguyên, nhưng ô có {shown(cell.value)}."
            )
            return None
        return int(number)
    return number


def shown(value: object) -> str:
    return f"«{value}»"


def _text(ctx: Reading, title: str, cell: RawCell) -> str:
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value)).strip()
    text = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    cleaned = _ILLEGAL_XML.sub("", text)
    if cleaned != text:
        ctx.warn(title, cell.ref, "Ô có ký tự điều khiển không hợp lệ; đã bỏ các ký tự đó.")
    return cleaned


def _number(ctx: Reading, title: str, cell: RawCell, label: str) -> Decimal | None:
    value = cell.value
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        ctx.error(title, cell.ref, f"{label} cần một số, nhưng ô có {shown(value)}.")
        return None
    if isinstance(value, int | float):
        number = Decimal(str(value))
        if not number.is_finite() or abs(number) >= MAX_NUMBER:
            ctx.error(
                title,
                cell.ref,
                f"{label} cần một số hợp lệ (nhỏ hơn 10^15), nhưng ô có {shown(value)}.",
            )
            return None
        return number
    text = _text(ctx, title, cell)
    parsed = parse_number_text(text)
    if parsed is None:
        ctx.error(title, cell.ref, f"{label} cần một số, nhưng ô có {shown(text)}.")
        return None
    ctx.warn(
        title,
        cell.ref,
        f"Số được gõ dưới dạng chữ {shown(text)}; đã đọc là "
        f"{shown(parsed)}. Nên nhập ô này dưới dạng số.",
    )
    return parsed


def _date(ctx: Reading, title: str, cell: RawCell, label: str) -> dt.date | None:
    value = cell.value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(ctx, title, cell)
    match = _DATE_TEXT.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    ctx.error(
        title, cell.ref, f"{label} cần một ngày hợp lệ (dd/mm/yyyy), nhưng ô có {shown(text)}."
    )
    return None
