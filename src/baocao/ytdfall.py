"""A typed year-to-date that is not the one the earlier workbooks make: the warning's words,
which say so of a «Lũy kế» below last month's too, since a total from the start of the year
cannot fall (no month's figure is below 0); a trade balance's can (``is_balance``)."""

from __future__ import annotations

from decimal import Decimal

from baocao.history import History
from baocao.models import Indicator
from baocao.period import Period
from baocao.sheets import FIGURE_HEADERS
from baocao.sourced import Sourced, in_unit
from baocao.tradebalance import is_balance
from baocao.vnformat import format_at_least, half_unit

FELL = "số cộng dồn từ đầu năm không thể giảm"


def disagreement(
    ind: Indicator,
    period: Period,
    history: History,
    name: str,
    typed: Decimal,
    made: tuple[str, Decimal],
) -> str:
    """«``name``» of ``ind`` typed ``typed`` is not the figure ``made`` from the earlier
    workbooks (how, "«Lũy kế» trong 2024-02.xlsx (ChiTieu!G2) cộng «Tháng báo cáo» của sổ
    này", and its value). A «Lũy kế» below last month's typed one, beyond the two figures'
    rounding, is said to have fallen, which it cannot; not when the one made falls too (last
    month's estimate revised down by this workbook's «Tháng trước»)."""
    against, value = made
    said = (
        f"«{FIGURE_HEADERS[name]}» của «{ind.code}» ({format_at_least(typed, ind.decimals)}) "
        f"khác {against} ({format_at_least(value, ind.decimals)})"
    )
    last = history.figure(period.previous(), ind.code, "ytd") if name == "ytd" else None
    before = in_unit(last, ind.unit)
    if before is not None and value >= before.value and fell_below(ind, typed, before):
        said += (
            f", và nhỏ hơn lũy kế tháng trước ({format_at_least(before.value, ind.decimals)})"
            f": {FELL}"
        )
    return f"{said}; hãy kiểm tra lại."


def fell_below(ind: Indicator, typed: Decimal, before: Sourced) -> bool:
    """Whether «Lũy kế» ``typed`` lies below last month's, ``before``, beyond the rounding
    of both; never for a trade balance, whose total may fall."""
    room = before.slack(ind.decimals) + half_unit(ind.decimals)
    return not is_balance(ind) and typed < before.value - room
