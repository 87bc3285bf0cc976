"""A price of 0: the month's or the year-to-date's average price typed as 0.

A price ("đồng/kWh", "USD/tấn": money per something, ``units.is_price``) is an average
of what was sold; a month without sales has none, not one of 0. A typed 0 was printed as
a price ("Riêng tháng 3/2024 ước đạt 0 USD/tấn."), without a word when the row has no
base (with one, only the ±50% change warned, "giảm 100,0%"). It is a warning at the
cell: leave it blank when there is no price, else check the figure. A sum's 0 is
"không phát sinh" and a rate's 0% a level, neither said here.

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from baocao.models import Indicator
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.units import is_price
from baocao.vnformat import format_number

if TYPE_CHECKING:
    from baocao.checks import Findings

PRINTED = ("value", "ytd")  # the figures a sentence says "ước đạt" of


def zero_price(found: Findings, ind: Indicator) -> None:
    """A warning at each printed figure of a price row that is 0."""
    if not is_price(ind.unit):
        return
    for name in PRINTED:
        if getattr(ind, name) == 0:
            found.add(
                False,
                f"«{FIGURE_HEADERS[name]}» của «{ind.code}» là 0, nhưng «{ind.unit}» là một "
                f"đơn giá: báo cáo sẽ viết «ước đạt {format_number(Decimal(0), ind.decimals)} "
                f"{ind.unit}», một mức giá không có thật. "
                "Nếu không có giao dịch nên không có giá, hãy để trống ô này; nếu không, hãy "
                "kiểm tra lại số.",
                CHI_TIEU,
                found.at(CHI_TIEU, name, ind.row),
            )
