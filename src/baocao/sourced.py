"""A figure of an earlier workbook with where it came from, and that figure in the unit of
the row it is set beside.

Two units are one unit (``same_unit``) when they are written alike or are one unit at one
scale written two ways ("GWh", "triệu kWh"). Two units that are one unit at two scales
("triệu USD", "tỷ USD"; "tấn", "nghìn tấn"; "kWh", "triệu kWh") are compared rescaled
(``in_unit``): an office that writes a row in "tỷ USD" from December, every figure
converted, is checked against November's "triệu USD" workbook at a thousandth of its
figures, exactly (a power of ten), and the rounding between the two is the coarser of the
two rows' ``Số lẻ`` in the new unit (November's 3.465,2 triệu is 3,4652 tỷ, to 4 places).
The figure cites its cell with both numbers ("2025-11.xlsx (ChiTieu!D2: 3.465,2 triệu USD
= 3,4652 tỷ USD)"), so every note and warning made from it says the conversion. Units not
one unit at any scale ("tấn", "triệu USD") are never compared. A series (``history``)
takes a month at another scale rescaled too. Two scales are not compared within
``exact_units(True)``: ``fill`` checks so a row whose unit changed while its figures stayed
in last month's (``unitchange``'s error), which, rescaled, would be filled with figures a
thousand times too large or small.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from baocao.sheets import CHI_TIEU, normalize_header
from baocao.units import scale_between
from baocao.vnformat import format_at_least, half_unit


def same_unit(one: str, other: str) -> bool:
    """Whether two units are the same as written (case and spacing aside), or one unit at
    one scale written two ways ("GWh", "triệu kWh"; "tỉ đồng", "tỷ đồng"); a blank unit is
    not known, so it agrees with any."""
    if not one or not other or normalize_header(one) == normalize_header(other):
        return True
    return scale_between(one, other) == 1


def unit_factor(unit: str, to: str) -> Decimal | None:
    """How many of ``to`` make one ``unit``: 1 for one unit (``same_unit``), a power of ten
    for one unit at another scale ("triệu đồng" to "tỷ đồng": 0,001), else None."""
    return Decimal(1) if same_unit(unit, to) else scale_between(unit, to)


@dataclass(frozen=True)
class Sourced:
    """A figure, where it came from, and the unit and decimals of the workbook's row."""

    value: Decimal
    path: Path
    ref: str
    unit: str = ""
    decimals: int | None = None

    def cite(self) -> str:
        return f"{self.path.name} ({CHI_TIEU.name}!{self.ref})"

    def slack(self, decimals: int) -> Decimal:
        """Rounding between this figure and one of ``decimals``: half a unit of the coarser."""
        return half_unit(decimals if self.decimals is None else min(decimals, self.decimals))

    def wider(self, decimals: int) -> Decimal:
        """How much this figure's rounding exceeds one of ``decimals`` (its Số lẻ coarser,
        in the unit it is given in: 3,62 tỷ at 2 places is 3.620 triệu give or take 5)."""
        return self.slack(decimals) - half_unit(decimals)

    def other_unit(self, label: str, code: str, unit: str, *, typed: bool) -> str:
        """Why this figure, in another unit than the row's ``unit``, was not taken for the
        row's «``label``»: a typed figure to check (a warning), a blank one to fill (an error)."""
        if typed:
            return (
                f"«{label}» của «{code}» được đối chiếu với {self.cite()}, nhưng sổ đó ghi đơn vị "
                f"«{self.unit}», còn sổ này ghi «{unit}»: hãy kiểm tra «{label}» đã theo đơn vị "
                f"«{unit}» chưa."
            )
        return (
            f"«{label}» của «{code}» không lấy được từ {self.cite()} vì sổ đó ghi đơn vị "
            f"«{self.unit}», còn sổ này ghi «{unit}». Hãy điền «{label}» theo đơn vị «{unit}»."
        )


@dataclass(frozen=True)
class Rescaled(Sourced):
    """An earlier figure written in another scale of the unit, in this row's: ``value``,
    ``unit`` and ``decimals`` are the new scale's; ``written`` and ``written_unit`` the
    figure as its workbook writes it, with its own decimals ``written_decimals``."""

    written: Decimal = Decimal(0)
    written_unit: str = ""
    written_decimals: int = 0

    def cite(self) -> str:
        then = format_at_least(self.written, self.written_decimals)
        now = format_at_least(self.value, 0)
        return (
            f"{self.path.name} ({CHI_TIEU.name}!{self.ref}: {then} {self.written_unit} = "
            f"{now} {self.unit})"
        )


_EXACT: ContextVar[bool] = ContextVar("exact_units", default=False)


@contextlib.contextmanager
def exact_units(exact: bool) -> Iterator[None]:
    """Within the block, when ``exact``, ``in_unit`` rescales nothing."""
    token = _EXACT.set(exact)
    try:
        yield
    finally:
        _EXACT.reset(token)


def in_unit(found: Sourced | None, unit: str) -> Sourced | None:
    """``found`` in ``unit``: itself when one unit (``same_unit``), rescaled by a power of
    ten when one unit at another scale (outside ``exact_units(True)``), else None (and
    None for None)."""
    if found is None or same_unit(found.unit, unit):
        return found
    factor = scale_between(found.unit, unit)
    if factor is None or _EXACT.get():
        return None
    places = -factor.adjusted()  # 0,001 → 3 places more; 1.000 → 3 fewer
    decimals = None if found.decimals is None else found.decimals + places
    value = (found.value * factor).normalize()  # 110000 triệu → 110 tỷ, not 110,000
    if value.as_tuple().exponent > 0:  # type: ignore[operator]  # 1,5 tỷ → 1500, not 1.5E+3
        value = value.quantize(Decimal(1))
    return Rescaled(
        value,
        found.path,
        found.ref,
        unit,
        decimals,
        found.value,
        found.unit,
        0 if found.decimals is None else max(found.decimals, 0),
    )


@dataclass(frozen=True)
class Total:
    """A sum of months' actuals: None when a month is missing or written in another unit;
    ``other_unit`` is then the first month whose workbook has another unit. ``negative``
    is the first month's actual below 0 (an error in its own workbook), added all the same.
    ``terms``: the actuals added, in the unit asked for (their rounding adds up);
    ``unrevised``: those that are a month's estimate that no workbook of the month after
    revises (none, or its Tháng trước blank)."""

    value: Decimal | None
    other_unit: Sourced | None = None
    negative: Sourced | None = None
    terms: tuple[Sourced, ...] = ()
    unrevised: tuple[Sourced, ...] = ()

    def slack(self, decimals: int, revision_pct: Decimal) -> Decimal:
        """How far beyond the rounding of ``decimals`` a total typed from the same months
        may lie: the terms' coarser rounding, and ``revision_pct`` percent (``[checks]
        revision_note_pct``, an office's usual revision) of each estimate left unrevised,
        which the office's own total has revised."""
        wider = sum((t.wider(decimals) for t in self.terms), Decimal(0))
        return wider + sum((abs(t.value) for t in self.unrevised), Decimal(0)) * revision_pct / 100


def unrevised(
    estimate: Sourced | None, typed: Decimal | None, revision_pct: Decimal, roundings: int
) -> Decimal:
    """How far a Lũy kế typed as last month's plus this month's may lie from it beyond
    rounding, when this row's Tháng trước is not typed (``typed`` None): ``revision_pct``
    percent (``[checks] revision_note_pct``) of last month's ``estimate``, which no workbook
    revises and the office's own total (the statistics office's) holds revised, as
    ``Total.slack`` allows each estimate left unrevised. Not a trade balance checked against
    its terms (``roundings`` 2): its revision is theirs, which their own figures show."""
    if estimate is None or typed is not None or roundings > 1:
        return Decimal(0)
    return abs(estimate.value) * revision_pct / 100
