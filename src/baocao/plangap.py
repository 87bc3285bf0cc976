"""A ``Kế hoạch năm`` left blank where last month's workbook of the same year (and unit)
gives one: the cell cleared, or the row typed anew. The report would drop, without a word,
the share of the plan ("đạt 22,6% so với Kế hoạch năm") that last month's printed, and so
would every later month's, since ``baocao init`` carries the blank on. A warning at the
blank cell naming last month's. January's blank plan (the new year's not yet known) is not
said: last year's plan is no figure for it.

A typed ``Kế hoạch năm`` unlike the one in last month's workbook of the same year (rescaled
when that workbook writes the unit at another scale) is a warning too (``plan_changed``).
"""

from __future__ import annotations

from collections.abc import Callable

from baocao.cells import Reading
from baocao.errors import Severity
from baocao.history import History
from baocao.models import Indicator
from baocao.period import Period
from baocao.sheets import CHI_TIEU
from baocao.sourced import Rescaled, in_unit
from baocao.vnformat import format_at_least


def dropped_plan(
    indicators: tuple[Indicator, ...], period: Period, history: History, ctx: Reading
) -> None:
    """Each row whose blank plan last month's workbook of the same year holds: a warning."""
    previous = period.previous()
    if previous.year != period.year:
        return
    for ind in indicators:
        if ind.annual_plan is not None:
            continue
        before = in_unit(history.figure(previous, ind.code, "annual_plan"), ind.unit)
        if before is None or before.value == 0:
            continue
        ctx.warn(
            *ctx.at(CHI_TIEU, "annual_plan", ind.row),
            f"«Kế hoạch năm» của «{ind.code}» để trống, trong khi {before.cite()} ghi "
            f"{format_at_least(before.value, ind.decimals)}: báo cáo sẽ không nêu tỷ lệ đạt "
            "so với Kế hoạch năm như tháng trước. Hãy điền lại «Kế hoạch năm» (kế hoạch năm "
            "thường giữ nguyên trong năm), hoặc để trống nếu năm nay không còn kế hoạch đó.",
        )


def plan_changed(
    ind: Indicator, period: Period, history: History, say: Callable[[Severity, str, str], None]
) -> None:
    """A typed Kế hoạch năm unlike the one in last month's workbook of the same year (in one
    unit, rescaled at another scale): a warning through ``say(severity, field, message)``,
    since a year's plan seldom changes (a digit dropped, another year's). A plan nearer to
    last month's as written than rescaled is ``unitchange``'s to say (left in the old unit)."""
    plan, previous = ind.annual_plan, period.previous()
    if plan is None or previous.year != period.year:
        return
    before = in_unit(history.figure(previous, ind.code, "annual_plan"), ind.unit)
    if before is None:
        return
    if isinstance(before, Rescaled) and abs(plan - before.written) < abs(plan - before.value):
        return
    if abs(plan - before.value) > before.slack(ind.decimals):
        shown, then = (format_at_least(v, ind.decimals) for v in (plan, before.value))
        say(
            Severity.WARNING,
            "annual_plan",
            f"«Kế hoạch năm» của «{ind.code}» ({shown}) khác số trong {before.cite()} "
            f"({then}), dù kế hoạch năm thường giữ nguyên trong năm. Hãy kiểm tra lại.",
        )
