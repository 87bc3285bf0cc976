"""A figure its row's ``Số lẻ`` prints far from itself: a small figure with too few decimals.

0,05 triệu USD at ``Số lẻ`` 1 is printed "0,1" and 0,95 "1,0", while every change is
worked out from the figures as typed: the appendix printed "0,1" and "0,3" beside
"600,0", and the body "ước đạt 1,0 triệu USD … đạt 47,5% so với Kế hoạch năm" of a plan
of 2,0. A figure the report prints (the month, the previous and the same month, the
year-to-date) that rounding moves by more than ``LOSS`` of itself is a warning at the
row's ``Số lẻ``, with the decimals it needs. Not a rate's (unit "%"), whose changes are
in points (``ratechecks.rate_decimals_lost``), nor a figure printed as 0 (an error of
``plausible.check_bases``).

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from baocao.models import Indicator
from baocao.moneyindex import money_index
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.summedprice import summed_average
from baocao.vnformat import format_exact, format_number, round_half_up
from baocao.zeroprice import zero_price

if TYPE_CHECKING:
    from baocao.checks import Findings

LOSS = Decimal("0.01")  # rounding may move a printed figure by 1% of itself
PRINTED = ("value", "previous", "same_period", "ytd")
MOST_DECIMALS = 6


def moved(value: Decimal, decimals: int) -> bool:
    """Whether ``value`` printed with ``decimals`` is more than ``LOSS`` of it away from it
    (and not printed as 0)."""
    printed = round_half_up(value, decimals)
    return printed != 0 and abs(printed - value) > LOSS * value


def coarse_figures(
    found: Findings,
    ind: Indicator,
    month: int,
    derived: Mapping[tuple[str, str], str] | None = None,
) -> None:
    """A warning at ``Số lẻ`` of a row (not a rate's) whose printed figures rounding moves
    by more than ``LOSS``: the changes said would not agree with the figures printed; a
    price's 0 (``zeroprice``); an index in money (``moneyindex``); and a price's
    year-to-date that adds up its months, in the report's ``month`` (``summedprice``). A
    figure filled from the earlier workbooks (``derived``: how) is said as such, with where
    it came from: this workbook's cell is blank."""
    zero_price(found, ind)
    money_index(found, ind)
    summed_average(found, ind, month, derived or {})
    if ind.is_rate:
        return
    lost = [
        (name, value)
        for name in PRINTED
        if (value := getattr(ind, name)) is not None and value > 0 and moved(value, ind.decimals)
    ]
    if not lost:
        return
    name, value = lost[0]
    needed = next(
        (
            d
            for d in range(ind.decimals + 1, MOST_DECIMALS + 1)
            if not any(moved(v, d) for _, v in lost)
        ),
        MOST_DECIMALS,
    )
    said, kept = figure_said(ind, name, value, derived)
    found.add(
        False,
        f"{said} nhưng «Số lẻ» của hàng là {ind.decimals}, nên báo cáo in "
        f"«{format_number(value, ind.decimals)}», trong khi các mức tăng, giảm và tỷ lệ đạt "
        f"kế hoạch vẫn tính từ {kept}: câu văn và phụ lục sẽ không khớp với số in. Hãy đặt "
        f"«Số lẻ» bằng {needed}.",
        CHI_TIEU,
        found.at(CHI_TIEU, "decimals", ind.row),
    )


def figure_said(
    ind: Indicator, name: str, value: Decimal, derived: Mapping[tuple[str, str], str] | None
) -> tuple[str, str]:
    """How a warning says a figure, and what the changes are computed from: "«Tháng trước»
    của «x» là 1,08" and "số đã gõ"; or, when it was filled from the earlier workbooks
    (``derived``: how), that this workbook's cell is blank and where it came from."""
    how = (derived or {}).get((ind.code, name))
    whose = f"«{FIGURE_HEADERS[name]}» của «{ind.code}»"
    if how is None:
        return f"{whose} là {format_exact(value)}", "số đã gõ"
    return f"{whose} để trống nên đã được {how}: {format_exact(value)},", "số đó"
