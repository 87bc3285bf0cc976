"""A year-to-date index outside the span of last month's year-to-date and this month's
index: "cả năm 2025 … ước tăng 12,50%" was printed beside November's year-to-date of
104,90 and December's index of 105,30, with a clean check (office29; a sheet without
weights, so no branch check saw it). The year-to-date index is the period's output over
last year's, so it is a mean of last month's year-to-date and this month's index,
weighted by last year's output of each part: it lies between the two. Last month's
figure may since have been revised, so ``SLACK`` points are allowed each way. Last
month's year-to-date is its workbook's (January's index when it gives none); a warning
at this month's cell. The total's row alone: a branch's estimate, one or two firms'
output, is revised by many points when its count comes in (province46: Quảng Nam's
mining, 142,1 in January's report, then 128,2 for two months beside February's 138,3).

A year-to-date index equal to the month's is at the span's end, which a mean reaches only
when last month's year-to-date is there too: "cả năm 2025 … ước tăng 11,63%" was printed
from December's index typed for the year beside November's 103,36 (office37). Said when
last month's is more than ``SLACK`` + 1 points away: its revision then leaves the mean at
least some tenths from the month's, even when the month weighs half the period."""

from __future__ import annotations

from decimal import Decimal

from baocao.cells import Reading
from baocao.figures import TOTAL_CODE
from baocao.history import History
from baocao.models import INDEX_FIELDS, IipRow
from baocao.period import Period
from baocao.sheets import CHI_SO_SXCN
from baocao.vnformat import format_at_least, format_number, round_half_up

SLACK = Decimal(2)  # index points: a revision of last month's estimate moves its mean
_INDEX, _YTD = INDEX_FIELDS.index("index"), INDEX_FIELDS.index("ytd_index")


def ytd_outside_span(
    typed: tuple[IipRow, ...], period: Period, history: History, ctx: Reading
) -> None:
    """Warn at each year-to-date index outside its span (see the module's docstring)."""
    if period.month == 1:
        return
    last = period.previous()
    before = history.indices(last)
    for row in typed:
        older = before.get(row.code, ())
        if row.code != TOTAL_CODE or row.index is None or row.ytd_index is None:
            continue
        if len(older) <= _YTD:
            continue
        then = older[_YTD] if older[_YTD] is not None or last.month > 1 else older[_INDEX]
        if then is None:
            continue
        d, header = row.pct_decimals, CHI_SO_SXCN.header("ytd_index")
        places = max(d, 1)  # as printed, tenths at least: a revision leaves some
        rounded = round_half_up(row.index, places)
        if round_half_up(row.ytd_index, places) == rounded and abs(then - row.index) > SLACK + 1:
            month = f"chỉ số tháng {period.short} ({format_at_least(row.index, d)})"
            same = (
                f"đúng {month}"
                if row.ytd_index == row.index  # else the month's as a formula worked it out
                else f"{month} khi làm tròn đến {places} chữ số thập phân "
                f"({format_number(rounded, places)})"
            )
            ctx.warn(
                *ctx.at(CHI_SO_SXCN, "ytd_index", row.row),
                f"«{header}» của «{row.code}» ({format_at_least(row.ytd_index, d)}) bằng "
                f"{same}, dù chỉ "
                f"số lũy kế đến tháng {last.short} là {format_at_least(then, d)} (sổ "
                f"{history.files[last].name}): chỉ số lũy kế là bình quân của hai số đó "
                "(theo quyền số là sản lượng của mỗi phần năm trước), nên chỉ bằng chỉ số "
                "của tháng khi chỉ số lũy kế tháng trước cũng gần bằng. Có lẽ chỉ số của "
                "tháng đã được chép sang ô này, hoặc ngược lại. Hãy kiểm tra ô này, hoặc chỉ "
                "số của tháng.",
            )
            continue
        low, high = min(then, row.index), max(then, row.index)
        if low - SLACK <= row.ytd_index <= high + SLACK:
            continue
        ctx.warn(
            *ctx.at(CHI_SO_SXCN, "ytd_index", row.row),
            f"«{header}» của «{row.code}» ({format_at_least(row.ytd_index, d)}) nằm ngoài "
            f"khoảng giữa chỉ số lũy kế đến tháng {last.short} ({format_at_least(then, d)}, "
            f"sổ {history.files[last].name}) và chỉ số tháng {period.short} "
            f"({format_at_least(row.index, d)}): chỉ số lũy kế là bình quân của hai số đó "
            "(theo quyền số là sản lượng của mỗi phần năm trước), nên phải nằm giữa chúng. "
            "Hãy kiểm tra ô này, hoặc chỉ số của tháng.",
        )
