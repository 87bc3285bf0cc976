"""Pure growth calculations on ``Decimal``.

Every function is total: a missing (``None``), zero or negative base gives
``None`` ("no figure"), never an exception or infinity. Nothing is rounded
here; rounding happens only when a value is formatted (see ``vnformat``).
Percentages are returned as percent points: ``Decimal("21.4")`` means +21.4%.
"""

from __future__ import annotations

from decimal import Decimal, localcontext

HUNDRED = Decimal(100)
_PRECISION = 28


def pct_change(value: Decimal | None, base: Decimal | None) -> Decimal | None:
    """Change of ``value`` against ``base`` in percent; None without a usable base."""
    if value is None or base is None or base <= 0:
        return None
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return (value / base - 1) * HUNDRED


def mom_pct(value: Decimal | None, previous: Decimal | None) -> Decimal | None:
    """mom_pct — so với tháng trước: the report month against the previous month."""
    return pct_change(value, previous)


def yoy_pct(value: Decimal | None, same_period: Decimal | None) -> Decimal | None:
    """yoy_pct — so với cùng kỳ: the report month against the same month last year."""
    return pct_change(value, same_period)


def ytd_yoy_pct(ytd: Decimal | None, ytd_same_period: Decimal | None) -> Decimal | None:
    """ytd_yoy_pct — lũy kế so với cùng kỳ: year-to-date against last year's."""
    return pct_change(ytd, ytd_same_period)


def plan_share(ytd: Decimal | None, annual_plan: Decimal | None) -> Decimal | None:
    """plan_share — so với Kế hoạch năm: the year-to-date as a percent of the plan."""
    if ytd is None or annual_plan is None or annual_plan <= 0:
        return None
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return ytd / annual_plan * HUNDRED


def index_growth(index: Decimal | None) -> Decimal | None:
    """Growth from a statistical index: 123.89 → 23.89; None for a missing or non-positive index."""
    if index is None or index <= 0:
        return None
    return index - HUNDRED


def ratio_from_pct(pct: Decimal) -> Decimal:
    """How many times the base a change is: +130% → 2.3."""
    return (pct + HUNDRED) / HUNDRED


def within_pct(value: Decimal, base: Decimal, pct: Decimal) -> bool:
    """Whether ``value`` is within ``pct`` percent of a base that is not 0 (never, for 0%)."""
    return bool(pct and base) and abs(value - base) * HUNDRED <= pct * abs(base)
