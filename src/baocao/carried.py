"""The year-to-date an earlier month's own report printed, for an office that types
``Lũy kế`` (or ``Lũy kế cùng kỳ``) once, in its first month, and leaves it blank after:
each later month's is made as its own report made it (``fill``): from the month before
when that month's is typed, else from the sum of the months when every month is known,
else from the month before again, back to a month that has it typed or to January; and
last year's own ``Lũy kế`` of the month, which this month's ``Lũy kế cùng kỳ`` is (taken
when blank, checked when typed)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from baocao.errors import Severity
from baocao.growth import within_pct
from baocao.history import History
from baocao.models import Indicator
from baocao.period import Period
from baocao.sourced import Sourced, Total, in_unit, same_unit
from baocao.stale import base_copied
from baocao.vnformat import format_at_least


def carried(history: History, period: Period, code: str, unit: str, name: str) -> Total:
    """The Lũy kế (``name`` "ytd") or Lũy kế cùng kỳ ("ytd_same_period") of ``code`` that
    ``period``'s own report printed: typed in its workbook, else made the way a blank one
    is made (the sum of the months, when the month before's is not typed and every month
    is known; else from the month before, back to a month that has it or to January). Its
    value is None when a month on the way is missing or in another ``unit`` than the
    row's; ``negative`` is the first month on the way whose figure is below 0 (an error
    in its own workbook), which no sum takes (``fill`` says it)."""
    if period not in history.files:
        return Total(None)
    typed = history.figure(period, code, name)
    if typed is not None:  # another scale of the unit: rescaled (``in_unit``)
        scaled = in_unit(typed, unit)
        return Total(None if scaled is None else scaled.value)
    own = Decimal(0)  # what the sum of the months adds to them: this month's estimate
    if name == "ytd":
        month = in_unit(history.estimate(period, code), unit)
        if month is None:
            return Total(None)
        source: Sourced | None = month
        part = own = month.value
        revised = (
            in_unit(history.figure(period, code, "previous"), unit) if period.month > 1 else None
        )
        if revised is not None:  # the month before's estimate, replaced by its revision
            estimate = in_unit(history.estimate(period.previous(), code), unit)
            if estimate is not None:
                part = month.value + revised.value - estimate.value
    else:
        source = history.figure(period, code, "same_period") or history.actual(
            period.year_ago(), code
        )
        source = in_unit(source, unit)
        if source is None:
            return Total(None)
        part = source.value
    negative = source if source is not None and source.value < 0 else None
    if period.month == 1:
        return Total(part, negative=negative)
    if history.figure(period.previous(), code, name) is None:
        # As the month's own report made it (fill): the sum of the months before the chain.
        summed = _months_summed(history, period, code, unit, name)
        if summed is not None:
            return Total(summed + own, negative=negative if name == "ytd" else None)
    before = carried(history, period.previous(), code, unit, name)
    if before.value is None:
        return Total(None)
    return Total(before.value + part, negative=before.negative or negative)


def _months_summed(
    history: History, period: Period, code: str, unit: str, name: str
) -> Decimal | None:
    """The sum of the months a blank year-to-date of ``period`` adds up when no earlier
    workbook types the month before's: this year's months before it (``name`` "ytd"; the
    month's own estimate is added by the caller) or last year's to it; None when a month is
    missing, in another unit or below 0 (the chain is then tried, as ``fill`` does)."""
    year, months = (
        (period.year, range(1, period.month))
        if name == "ytd"
        else (period.year - 1, period.months_so_far())
    )
    total = history.total([Period(year, m) for m in months], code, unit)
    return None if total.negative is not None else total.value


def carried_from(history: History, period: Period, code: str, unit: str) -> str:
    """How ``carried`` is cited: the month's workbook, made from the earlier ones (and
    rescaled to ``unit`` when that workbook writes ``code`` at another scale)."""
    record = history.records(period).get(code)
    scaled = (
        ""
        if record is None or same_unit(record.unit, unit)
        else f", theo «{record.unit}», quy đổi sang «{unit}»"
    )
    return (
        f"{history.files[period].name} (để trống, tính lại từ các sổ trước như khi "
        f"lập báo cáo tháng {period.short}{scaled})"
    )


def last_years_ytd(
    history: History, period: Period, code: str, unit: str
) -> tuple[Sourced, Decimal] | None:
    """Last year's own Lũy kế of the month (in ``unit``), and the figure it stands for with
    the month's estimate replaced by its later revision, the actual this year's «Cùng kỳ»
    is (the figure itself when there is none): what this month's «Lũy kế cùng kỳ» is."""
    year_ago = period.year_ago()
    source = in_unit(history.figure(year_ago, code, "ytd"), unit)
    if source is None:
        return None
    estimate = in_unit(history.estimate(year_ago, code), unit)
    actual = in_unit(history.actual(year_ago, code), unit)
    if estimate is None or actual is None:
        return source, source.value
    return source, source.value - estimate.value + actual.value


def typed_last_years_ytd(
    ind: Indicator,
    period: Period,
    history: History,
    say: Callable[[Severity, str, str], None],
    band: Decimal = Decimal(0),
    column_copied: bool = True,
) -> bool:
    """A typed Lũy kế cùng kỳ against last year's own Lũy kế of the month (with the
    month's later revision in it, when there is one): a warning when it is neither, a note
    within ``band`` percent of either (``[checks] revision_note_pct``: last year's figure
    revised since; not when it is last month's workbook's own unless ``column_copied``).
    Whether it said so (one word at the cell: the other ways are not
    checked then)."""
    typed, code = ind.ytd_same_period, ind.code
    own = last_years_ytd(history, period, code, ind.unit)
    if typed is None or own is None:
        return False
    source, revised = own
    tolerance = source.slack(ind.decimals) * 2
    if any(abs(typed - value) <= tolerance for value in (source.value, revised)):
        return False
    close = any(within_pct(typed, value, band) for value in (source.value, revised))
    # Within band, one equal to last month's workbook's own is a revision, unless most of
    # the column is so (``column_copied``).
    copied = not close or column_copied
    if copied and base_copied(ind, "ytd_same_period", period, history, source, say):
        return True
    d = ind.decimals
    say(
        Severity.INFO if close else Severity.WARNING,
        "ytd_same_period",
        f"«Lũy kế cùng kỳ» của «{code}» ({format_at_least(typed, d)}) khác «Lũy kế» trong "
        f"{source.cite()} ({format_at_least(source.value, d)}); báo cáo dùng số đã ghi.",
    )
    return True
