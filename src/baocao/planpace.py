"""A year-to-date far behind its year's plan for the months gone: a plan typed in a smaller
unit than its figures ("5.200.000" nghìn USD beside exports in triệu USD, or a digit too
many), which the report prints "đạt 0,1% so với Kế hoạch năm". office29: December's annual
report printed it with exit 0, November's workbook holding the same plan (so no change of
plan was seen). A summed row only (a rate or a price stands at its level, and its plan
share says nothing of months gone), whose share is below 1/50 of the months' pace (0,17%
in January, 0,5% in March) and below 0,5%: a warning at the plan. A slip of units is a
thousand times, so 0,5% would be a real 500%, which no plan is (``plausible`` warns past
five times in December); from it on a share is a figure behind its plan (a new plant's
electricity in its first weeks, 1,7% in December: falsealarm19), not a unit. A share that
prints 0 is an error already (``plausible``), and a plan passed too early a warning
(``plausible`` too)."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from baocao import growth
from baocao.models import MonthlyData
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.vnformat import format_at_least, format_number, round_half_up

if TYPE_CHECKING:
    from baocao.checks import Findings

FAR_BEHIND = Decimal(50)  # a share below the months' pace over this is a plan mistyped
_YTD, _PLAN = FIGURE_HEADERS["ytd"], FIGURE_HEADERS["annual_plan"]
UNIT_SLIP = Decimal("0.5")  # percent: a share from it is a real one (500% in another unit)


def far_behind_plan(found: Findings, data: MonthlyData) -> None:
    """Warn at each plan its year-to-date is far behind (see the module's docstring)."""
    month = data.info.month
    pace = Decimal(100 * month) / 12
    for ind in data.indicators:
        ytd, plan = ind.ytd, ind.annual_plan
        if not ind.is_summed or ytd is None or plan is None or ytd <= 0:
            continue
        share = growth.plan_share(ytd, plan)  # None for a plan of 0 or less
        if share is None or share * FAR_BEHIND >= pace or share >= UNIT_SLIP:
            continue
        if round_half_up(share, ind.pct_decimals) == 0:
            continue  # printed as 0: ``plausible``'s error
        d, written = ind.decimals, format_number(share, ind.pct_decimals)
        found.add(
            False,
            f"«{_YTD}» của «{ind.code}» ({format_at_least(ytd, d)}) chỉ bằng {written}% "
            f"«{_PLAN}» ({format_at_least(plan, d)}) khi đã đến tháng {month}: báo cáo sẽ "
            f"viết «đạt {written}%». Hãy kiểm tra «{_PLAN}» (có thể khác đơn vị với các "
            "số của chỉ tiêu, hoặc gõ thừa một chữ số).",
            CHI_TIEU,
            found.at(CHI_TIEU, "annual_plan", ind.row),
        )
