"""A workbook's cells as read (``RawCell``, ``RawSheet``, ``RawWorkbook``), and their JSON
form for ``store``: what ``excel`` read from a file's bytes, kept for the next run.

The JSON keeps each value's type: JSON's own for None, booleans, numbers and text, a
one-key object for a date, time or duration. A value of any other type is not encoded
(``TypeError``) and the reading is then not kept; a payload that is not exactly what
``encode`` writes fails to decode (``ValueError``, ``TypeError``, ``KeyError``), which
the reader takes as nothing kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from baocao.sheets import column_index
from baocao.store import as_int, as_text

HEADER_LOOK_DOWN = 5  # rows below row 1 where a header typed lower is looked for


def titles_width(row: dict[int, object]) -> int:
    """The last column of a row of two titles or more (texts only): a header row typed
    below row 1, whose columns ``headerrow`` then names; 0 for any other row."""
    texts = len(row) >= 2 and all(isinstance(v, str) for v in row.values())
    return max(row) if texts else 0


_PLAIN = (str, bool, int, float, type(None))
# What a number format shows as it is: quoted text, an escaped character, a character after
# "_" (a space its width: "0.0_%" lines a number up with percents, unscaled) or "*" (repeated
# to fill the cell), a [colour] or [$-locale].
# A bracket ends at the next "[" too: each "[" never closed scanned the rest of the format,
# and a format of 30 000 of them took minutes for each cell it is set on.
_LITERAL = re.compile(r'"[^"]*"|[\\_*].|\[[^\][]*\]')


def shows_percent(number_format: object) -> bool:
    """Whether a number format shows a number times 100, with "%" ("0.0%", "0%"), unlike
    one with a quoted or escaped "%" ('0.0"%"'), which shows the number as it is."""
    return isinstance(number_format, str) and "%" in _LITERAL.sub("", number_format)


def percent_shown(number_format: object) -> int | None:
    """The decimals a format that shows a percent shows (``percent_places``), None for one
    that does not (``shows_percent``): worked out once for each format, not for each cell."""
    return _percent_shown(number_format) if isinstance(number_format, str) else None


@functools.lru_cache(maxsize=256)
def _percent_shown(number_format: str) -> int | None:
    return percent_places(number_format) if shows_percent(number_format) else None


_PLACES = re.compile(r"\.([0#?]*)")


def percent_places(number_format: object) -> int:
    """How many decimals a percent format shows: "0.0%" 1, "#,##0.00%" 2, "0%" 0 (the
    digit places after the point of its first section, the one of a positive number)."""
    if not isinstance(number_format, str):
        return 0
    found = _PLACES.search(_LITERAL.sub("", number_format).split(";")[0])
    return len(found.group(1)) if found else 0


# Excel's thousands scaling: commas right after a format's last digit place ("#,##0.0,,"
# shows 1447200000 as "1.447,2", a table in millions), not those between its places.
_SCALING = re.compile(r"[0#?.](,+)(?![,0#?])")


# Quoted text and escaped characters, which may hold ";" and "[": not a format's own.
_QUOTED = re.compile(r'"[^"]*"|\\.')
# A section's condition: "[>=1000000]" of '[>=1000000]#,##0,,"M";#,##0'.
_CONDITION = re.compile(r"\[(<=|>=|<>|<|>|=)\s*([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)\]")
_HOLDS = {
    "<": operator.lt,
    ">": operator.gt,
    "=": operator.eq,
    "<=": operator.le,
    ">=": operator.ge,
    "<>": operator.ne,
}


def _section_for(value: float, sections: list[str]) -> str | None:
    """The section of a number format Excel shows ``value`` by: with a condition in the
    first two ('[>=1000000]#,##0,,"M";#,##0'), the first whose condition holds, a section
    without one taking any number left; else the second for a negative number, the third
    for 0, when given, and the first otherwise. None when no section takes it."""
    conditions = [_CONDITION.search(section) for section in sections[:3]]
    if not any(conditions[:2]):
        if value < 0 and len(sections) > 1:
            return sections[1]
        return sections[2] if value == 0 and len(sections) > 2 else sections[0]
    for section, condition in zip(sections, conditions, strict=False):
        if condition is None or _HOLDS[condition.group(1)](value, float(condition.group(2))):
            return section
    return None


def scaled(value: object, number_format: object) -> object:
    """``value`` as its number format shows it: a number divided by 1 000 for each scaling
    comma of the format's section for it ("#,##0," thousands, "#,##0.0,," millions), as the
    statistics office's tables show figures kept in units; any other value as it is. The
    section is the one Excel shows the number by (``_section_for``): a condition's
    ('[>=1000000]#,##0,,"M";#,##0' shows 52716 as "52.716"), else the second for a negative
    number, the third for 0."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return value
    if not isinstance(number_format, str) or "," not in number_format:
        return value
    section = _section_for(value, _QUOTED.sub("", number_format).split(";"))
    found = None if section is None else _SCALING.search(_LITERAL.sub("", section))
    if found is None:
        return value
    return float(Decimal(repr(value)) / Decimal(1000) ** len(found.group(1)))


@dataclass(frozen=True)
class OutOfDates:
    """A number in a cell formatted as a date or a time that is no date (past 31/12/9999:
    a figure of millions pasted into a column formatted as dates): Excel shows
    "########", and openpyxl reads it as the error "#VALUE!", its number lost. ``time``:
    the format is a time's or a duration's ("hh:mm", "[h]:mm:ss"), not a date's."""

    time: bool = False

    def __str__(self) -> str:
        return "########"


@dataclass(frozen=True)
class RawCell:
    """A cell's reference ("D5"), its value, its formula when it has one, and whether its
    number format shows its number times 100 with "%" (Excel's format for "21,4%" typed),
    with how many decimals (``places``: 1 for "0.0%")."""

    ref: str
    value: object
    formula: str | None = None
    percent: bool = False
    places: int = 0


@dataclass(frozen=True)
class RawSheet:
    """One sheet's cells, row by row, only rows that hold a value; ``rows[0]`` is the
    header row (row 1, empty when row 1 is). Each row's cells are by position from
    column A, up to its last value left of the header's end."""

    title: str
    rows: tuple[tuple[RawCell, ...], ...]
    hidden_rows: frozenset[int] = field(default_factory=frozenset)
    hidden_columns: frozenset[int] = field(default_factory=frozenset)  # 1-based
    hidden: bool = False  # the sheet itself is hidden
    merged: tuple[str, ...] = ()  # merged ranges ("E6:E7"), each cell holding the first's value
    # The comments (notes) of cells that hold no value: ("F7", "Số chính thức 803,4").
    comments: tuple[tuple[str, str], ...] = ()
    struck: tuple[str, ...] = ()  # cells holding a value in a font struck through ("B7")
    # Typed texts and numbers right of the header's last title, left out of ``rows``
    # (``beyondcells``).
    beyond: tuple[tuple[str, str | int | float], ...] = ()


def hidden_columns(dimensions: Iterable[Any]) -> frozenset[int]:
    """The numbers of the columns openpyxl's column ``dimensions`` hide (each spans
    ``min`` to ``max``)."""
    return frozenset(
        col
        for dim in dimensions
        if dim.hidden and dim.min is not None
        for col in range(dim.min, (dim.max or dim.min) + 1)
    )


def cell_point(ref: str) -> tuple[int, int]:
    """("E6") → (5, 6): column and row numbers of a cell reference."""
    letters = re.sub(r"\d", "", ref)
    return column_index(letters), int(ref[len(letters) :])


def merged_corners(merged: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """("E6:E7") → ((5, 6), (5, 7)): the first and last cells of a merged range."""
    first, _, last = merged.partition(":")
    return cell_point(first), cell_point(last or first)


@dataclass(frozen=True)
class RawWorkbook:
    """A workbook's sheets by their titles, as written in the file."""

    path: Path
    sheets: dict[str, RawSheet]


def encode(sheets: dict[str, RawSheet | None]) -> dict[str, Any]:
    """``sheets`` as JSON data; ``TypeError`` for a value of a type it does not keep."""
    return {name: None if sheet is None else _sheet(sheet) for name, sheet in sheets.items()}


def _sheet(sheet: RawSheet) -> dict[str, Any]:
    return {
        "title": sheet.title,
        "rows": [[_cell(c) for c in row] for row in sheet.rows],
        "hidden_rows": sorted(sheet.hidden_rows),
        "hidden_columns": sorted(sheet.hidden_columns),
        "hidden": sheet.hidden,
        "merged": list(sheet.merged),
        "comments": [list(c) for c in sheet.comments],
        "struck": list(sheet.struck),
        "beyond": [list(c) for c in sheet.beyond],
    }


def _cell(cell: RawCell) -> list[Any]:
    value = _value(cell.value)
    if cell.percent:
        return [cell.ref, value, cell.formula, True, cell.places]
    return [cell.ref, value] if cell.formula is None else [cell.ref, value, cell.formula]


def _value(value: object) -> Any:
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return {type(value).__name__: value.isoformat()}
    if isinstance(value, dt.timedelta):
        return {"timedelta": [value.days, value.seconds, value.microseconds]}
    if isinstance(value, OutOfDates):
        return {"out_of_dates": value.time}
    raise TypeError(f"not kept: {type(value).__name__}")


def decode(data: Any) -> dict[str, RawSheet | None]:
    """What ``encode`` wrote, as sheets again."""
    if not isinstance(data, dict):
        raise TypeError("not sheets")
    return {as_text(name): None if s is None else _decode_sheet(s) for name, s in data.items()}


def _decode_sheet(data: dict[str, Any]) -> RawSheet:
    rows = tuple(tuple(_decode_cell(c) for c in row) for row in data["rows"])
    hidden = data["hidden"]
    if not isinstance(hidden, bool):
        raise TypeError("hidden")
    return RawSheet(
        as_text(data["title"]),
        rows,
        frozenset(as_int(r) for r in data["hidden_rows"]),
        frozenset(as_int(c) for c in data["hidden_columns"]),
        hidden=hidden,
        merged=tuple(as_text(r) for r in data["merged"]),
        comments=tuple((as_text(c[0]), as_text(c[1])) for c in data.get("comments", ())),
        struck=tuple(as_text(ref) for ref in data.get("struck", ())),
        beyond=tuple((as_text(c[0]), _beyond_value(c[1])) for c in data.get("beyond", ())),
    )


def _beyond_value(value: Any) -> str | int | float:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return value
    raise TypeError("not a text or a number")


def _decode_cell(data: list[Any]) -> RawCell:
    if len(data) == 2:
        return RawCell(as_text(data[0]), _decode_value(data[1]))
    if len(data) == 5 and data[3] is True:  # a percent-formatted cell, with or without formula
        ref, value, formula, _, places = data
        text = None if formula is None else as_text(formula)
        places = as_int(places)
        return RawCell(as_text(ref), _decode_value(value), text, percent=True, places=places)
    ref, value, formula = data
    return RawCell(as_text(ref), _decode_value(value), as_text(formula))


def _decode_value(value: Any) -> object:
    if isinstance(value, _PLAIN):
        return value
    ((kind, text),) = value.items()
    if kind == "out_of_dates":
        return OutOfDates(text is True)
    if kind == "timedelta":
        days, seconds, micro = (as_int(n) for n in text)
        return dt.timedelta(days, seconds, micro)
    parse = {
        "datetime": dt.datetime.fromisoformat,
        "date": dt.date.fromisoformat,
        "time": dt.time.fromisoformat,
    }[kind]
    return parse(as_text(text))
