"""The workbook cell a figure the template prints comes from, when that cell is blank.

A template that prints a figure not known ("{{ iip.iip.growth | change }}" with the
month's index left blank) stops the build; the error named the template, though the
office has a cell to fill. ``ReportEnvironment`` notes the figures the template read that
are not known (``UnknownReads``: the last one's blank cell, ``unknown_field``: sheet, code,
field), ``RowCells`` keeps the blank figure cells (``blank_cells``), and ``located`` says
the error at that cell (file, sheet, cell), or at the template when it cannot be told: a
value kept ({% set %}, a macro's argument, a list) may be printed after another figure
not known was read, so a cell is named only when it is the one read not known of its row
(a row's value printed) or of the whole render (a filter's result).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Undefined

from baocao.cells import Locator
from baocao.errors import Problem, TemplateError, error
from baocao.models import MonthlyData
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU
from baocao.views import IipView, IndicatorView

Unknown = tuple[str, str, str]  # the sheet's contract name, the row's code, the field

# What each name of a row's view is made from: its cells, the first blank one named.
_IIP: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("index", "growth", "yoy_clause"), ("index",)),
    **dict.fromkeys(("mom_index", "mom_growth", "mom_clause"), ("mom_index",)),
    **dict.fromkeys(("ytd_index", "ytd_growth", "ytd_clause"), ("ytd_index",)),
}
_FIGURES = ("value", "previous", "same_period", "ytd", "ytd_same_period", "annual_plan")
_CHI_TIEU: dict[str, tuple[str, ...]] = {
    **{f: (f,) for f in _FIGURES},
    **dict.fromkeys(("mom", "mom_clause"), ("value", "previous")),
    **dict.fromkeys(("yoy", "yoy_clause"), ("value", "same_period")),
    **dict.fromkeys(("ytd_yoy", "ytd_yoy_clause"), ("ytd", "ytd_same_period")),
    **dict.fromkeys(("plan_share", "plan_clause"), ("ytd", "annual_plan")),
}


def is_empty(value: Any) -> bool:
    """Whether ``value`` is an empty text or list (a ``Blank`` among them)."""
    return isinstance(value, str | tuple) and not value


def _not_known(value: Any) -> bool:
    return value is None or is_empty(value)


def next_unknown(last: Unknown | None, obj: Any, name: str, value: Any) -> Unknown | None:
    """The figure not known the template read last, once it reads ``name`` of ``obj``: this
    one's blank cell when ``obj`` is a row's view; ``last`` over any other known value (a
    filter's argument, "report.same_period"); None over any other value not known."""
    if isinstance(obj, IipView | IndicatorView):
        return unknown_field(obj, name, value)
    return None if _not_known(value) or isinstance(value, Undefined) else last


@dataclass
class UnknownReads:
    """What the template read that is not known, for the cell a value printed comes from.

    ``last`` is the last read (``next_unknown``), ``seen`` every distinct one: a row's
    figure by its blank cell, or by its name when no cell of it is blank (0 as a base, a
    total made of other months), any other value ("" of an appendix row) as one more. A
    value kept ({% set %}, a macro's argument, "~") may be printed after another was read:
    a row's value printed is said at its row's one cell read not known, a filter's result
    at the one cell read not known, and neither when there were more."""

    last: Unknown | None = None
    seen: set[Unknown] = field(default_factory=set)

    def read(self, obj: Any, name: str, value: Any) -> None:
        """Note the read of ``name`` of ``obj``, which gave ``value``."""
        if self.last is None and value is not None and not is_empty(value):
            return  # most reads: a known value with nothing noted changes nothing
        self.last = next_unknown(self.last, obj, name, value)
        if not _not_known(value) or isinstance(value, tuple):
            return
        if isinstance(obj, IipView | IndicatorView):
            self.seen.add(unknown_field(obj, name, value) or ("", obj.code, name))
        else:
            self.seen.add(("", "", type(obj).__name__))

    def printed(self, where: str) -> Unknown | None:
        """The blank cell the value printed not known (``Blank.where``: "«Tháng báo cáo»
        của «gtsx»", "kết quả của bộ lọc «change» …") comes from, when it can be told."""
        if where.startswith("kết quả của bộ lọc «"):
            return self.last if self.seen == {self.last} else None
        _, said, code = where.rpartition("của «")
        mine = [u for u in self.seen if said and f"{u[1]}»" == code]
        return mine[0] if len(mine) == 1 and mine[0][0] else None


def unknown_field(obj: Any, name: str, value: Any) -> Unknown | None:
    """The blank cell ``name`` of a row's view (``obj``) is made from, when ``value`` is
    not known ("" or None) and one of its cells is blank; None otherwise."""
    if not _not_known(value):
        return None
    if isinstance(obj, IipView):
        spec, made_of = CHI_SO_SXCN, _IIP.get(name, ())
    elif isinstance(obj, IndicatorView):
        spec, made_of = CHI_TIEU, _CHI_TIEU.get(name, ())
    else:
        return None
    blank = [f for f in made_of if getattr(obj, f) == ""]
    return (spec.name, obj.code, blank[0]) if blank else None


def blank_cells(data: MonthlyData, locator: Locator) -> dict[Unknown, tuple[str, str]]:
    """The sheet and cell of each blank figure of ``data``'s rows."""
    found = {
        (CHI_SO_SXCN.name, r.code, f): (CHI_SO_SXCN, r.row)
        for r in data.iip
        for f in ("index", "mom_index", "ytd_index")
        if getattr(r, f) is None
    }
    found |= {
        (CHI_TIEU.name, i.code, f): (CHI_TIEU, i.row)
        for i in data.indicators
        for f in _FIGURES
        if getattr(i, f) is None
    }
    return {
        key: (locator.sheet(spec), locator.cell(spec, key[2], row))
        for key, (spec, row) in found.items()
    }


def located(
    exc: TemplateError, template: Path, workbook: Path, cells: dict[Unknown, tuple[str, str]]
) -> Problem:
    """The error of a render that stopped on ``exc``: at the blank cell of the figure it
    printed, when known, else at the template."""
    at = exc.unknown
    where = cells.get(at) if at is not None else None
    if at is None or where is None:
        return error(str(exc), template)
    spec = CHI_SO_SXCN if at[0] == CHI_SO_SXCN.name else CHI_TIEU
    said = f"«{spec.header(at[2])}» của «{at[1]}» để trống, mà mẫu báo cáo {template} cần số này."
    return error(f"{said} {exc}", workbook, *where)
