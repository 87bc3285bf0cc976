"""A ``Kế hoạch năm`` left blank where last month's workbook of the same year (and unit)
gives one: the cell cleared, or the row typed anew. The report would drop, without a word,
the share of the plan ("đạt 22,6% so với Kế hoạch năm") that last month's printed, and so
would every later month's, since ``baocao init`` carries the blank on. A warning at the
blank cell naming last month's. January's blank plan (the new year's not yet known) is not
said: last year's plan is no figure for it."""

from __future__ import annotations

from baocao.cells import Reading
from baocao.history import History, same_unit
from baocao.models import Indicator
from baocao.period import Period
from baocao.sheets import CHI_TIEU
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
        before = history.figure(previous, ind.code, "annual_plan")
        if before is None or before.value == 0 or not same_unit(before.unit, ind.unit):
            continue
        ctx.warn(
            ctx.locator.sheet(CHI_TIEU),
            ctx.locator.cell(CHI_TIEU, "annual_plan", ind.row),
            f"«Kế hoạch năm» của «{ind.code}» để trống, trong khi {before.cite()} ghi "
            f"{format_at_least(before.value, ind.decimals)}: báo cáo sẽ không nêu tỷ lệ đạt "
            "so với Kế hoạch năm như tháng trước. Hãy điền lại «Kế hoạch năm» (kế hoạch năm "
            "thường giữ nguyên trong năm), hoặc để trống nếu năm nay không còn kế hoạch đó.",
        )
