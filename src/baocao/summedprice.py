"""A price's or an average's year-to-date typed as the sum of its months.

A price ("USD/tấn", ``units.is_price``) or an amount per day ("xe/ngày",
``units.is_per_time``) is no sum: its year-to-date is the average since January, which
lies between the months' lowest and highest. A ``Lũy kế`` made with the row above's SUM
(six months of 515 USD/tấn, 3.090) was printed "Giá gạo xuất khẩu bình quân tính chung 06
tháng đầu năm ước đạt 3.090 USD/tấn", without a word. An average that is ``FACTOR`` times
the months' known highest (the month and the previous month; last year's month for
``Lũy kế cùng kỳ``) and at least ``SHARE`` of the months gone times it is a sum, not an
average: a warning at the cell. In February the previous month is January, the average's
only other month, so no average passes both; but last year's January is not in the row, and
a last year's February at half its January (a price fallen, a count per day of Tết) has an
average of 1,5 times it, as a sum would: ``Lũy kế cùng kỳ`` is looked at from March.

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from baocao.models import Indicator
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.units import is_per_time, is_price, kind_of
from baocao.vnformat import format_at_least, format_number

if TYPE_CHECKING:
    from baocao.checks import Findings

FACTOR = Decimal("1.5")  # an average at least this many times every known month
SHARE = Decimal("0.6")  # and at least this share of the months gone times the highest
# Each year-to-date, the months it averages that the row holds, their label, and the first
# month whose average those months bound (see the module's docstring).
_PAIRS = (
    ("ytd", ("value", "previous"), "tháng báo cáo", 2),
    ("ytd_same_period", ("same_period",), "cùng kỳ", 3),
)


def summed_average(
    found: Findings, ind: Indicator, month: int, derived: Mapping[tuple[str, str], str]
) -> None:
    """A warning at each year-to-date of a price or an average over time that is the sum
    of its months (see the module's docstring)."""
    if month < 2 or not (is_price(ind.unit) or is_per_time(ind.unit)):
        return
    for name, months, label, first in _PAIRS:
        total = getattr(ind, name)
        known = [v for m in months if (v := getattr(ind, m)) is not None and v > 0]
        if month < first or total is None or not known or (ind.code, name) in derived:
            continue
        highest = max(known)
        if total < FACTOR * highest or total < SHARE * month * highest:
            continue
        value = getattr(ind, months[0])
        times = format_number(total / value, 1) if value else None
        found.add(
            False,
            f"«{FIGURE_HEADERS[name]}» của «{ind.code}» ({format_at_least(total, ind.decimals)})"
            + (
                f" gấp {times} lần số của {label} ({format_at_least(value, ind.decimals)})"
                if times and value is not None
                else ""
            )
            + f", nhưng «{ind.unit}» là {kind_of(ind.unit)}: số lũy kế là số bình quân từ đầu "
            "năm, không phải tổng các tháng, nên báo cáo sẽ in một mức không có thật. Hãy "
            "ghi số bình quân từ đầu năm (có lẽ ô đang cộng các tháng).",
            CHI_TIEU,
            found.at(CHI_TIEU, name, ind.row),
        )
