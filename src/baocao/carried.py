"""The year-to-date an earlier month's own report printed, for an office that types
``Lũy kế`` (or ``Lũy kế cùng kỳ``) once, in its first month, and leaves it blank after:
each later month's is made from the month before, back to a month that has it typed or
to January (``fill``)."""

from __future__ import annotations

from decimal import Decimal

from baocao.history import History, Sourced, same_unit
from baocao.period import Period


def carried(history: History, period: Period, code: str, unit: str, name: str) -> Decimal | None:
    """The Lũy kế (``name`` "ytd") or Lũy kế cùng kỳ ("ytd_same_period") of ``code`` that
    ``period``'s own report printed: typed in its workbook, else made from the month
    before the way a blank one is made, back to a month that has it or to January. None
    when a month on the way is missing or in another ``unit`` than the row's."""
    if period not in history.files:
        return None
    typed = history.figure(period, code, name)
    if typed is not None:
        return typed.value if same_unit(typed.unit, unit) else None
    if name == "ytd":
        month = history.estimate(period, code)
        if month is None or not same_unit(month.unit, unit):
            return None
        part: Decimal | None = month.value
        revised = history.figure(period, code, "previous") if period.month > 1 else None
        if revised is not None:  # the month before's estimate, replaced by its revision
            estimate = history.estimate(period.previous(), code)
            if estimate is not None:
                part = month.value + revised.value - estimate.value
    else:
        same = history.figure(period, code, "same_period") or history.actual(
            period.year_ago(), code
        )
        part = same.value if same is not None and same_unit(same.unit, unit) else None
    if part is None or period.month == 1:
        return part
    before = carried(history, period.previous(), code, unit, name)
    return None if before is None else before + part


def carried_from(history: History, period: Period) -> str:
    """How ``carried`` is cited: the month's workbook, made from the earlier ones."""
    return (
        f"{history.files[period].name} (để trống, tính lại từ các sổ trước như khi "
        f"lập báo cáo tháng {period.short})"
    )


def last_years_ytd(
    history: History, period: Period, code: str, unit: str
) -> tuple[Sourced, Decimal] | None:
    """Last year's own Lũy kế of the month (in ``unit``), and the figure it stands for with
    the month's estimate replaced by its later revision, the actual this year's «Cùng kỳ»
    is (the figure itself when there is none): what this month's «Lũy kế cùng kỳ» is."""
    year_ago = period.year_ago()
    source = history.figure(year_ago, code, "ytd")
    if source is None or not same_unit(source.unit, unit):
        return None
    estimate, actual = history.estimate(year_ago, code), history.actual(year_ago, code)
    if estimate is None or actual is None or not same_unit(actual.unit, source.unit):
        return source, source.value
    return source, source.value - estimate.value + actual.value
