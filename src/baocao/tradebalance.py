"""Whether a trade balance row agrees with the exports and imports it is the difference of.

A balance is typed as a row named for its direction with a positive figure ("Xuất siêu",
"Nhập siêu": docs/workbook.md), beside the month's exports and imports. Its figures are
the difference of theirs (exports minus imports for "xuất siêu", the other way for "nhập
siêu"); a balance that is not, beyond the rounding of the three, is a figure copied or
typed wrong, and the report would print it beside the exports and imports it contradicts
(a real report said "xuất siêu 220 triệu USD" beside exports of 551 and imports of 290).
Only a workbook with one export and one import row without ``Thuộc`` (or, with none, one
of each under a total of both trades) is checked (two export totals, "kể cả dầu thô" and
"trừ dầu thô", leave the balance's terms unknown), in each column but the plan (a
balance's target need not be the difference of the others'). A balance of services
("Cán cân thương mại dịch vụ") is checked only beside exports and imports of services, one
of goods ("Cán cân thương mại hàng hóa") beside those of goods, though services' are there
too ("… hàng hóa (không kể dịch vụ)" is of goods: a trade it leaves out is not its), and
one of both beside those of both ("… hàng hóa và dịch vụ") or, with none, beside one row
of goods and one of services each way: the sum of the exports less that of the imports.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from baocao.figures import about_trade, trade_text
from baocao.models import Indicator, MonthlyData
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.sourced import unit_factor
from baocao.vnformat import format_at_least, half_unit

if TYPE_CHECKING:
    from collections.abc import Callable, Collection

    from baocao.checks import Findings

_DIRECTIONS = {"xuat sieu": True, "nhap sieu": False}  # True: exports minus imports
# "Cán cân thương mại": exports minus imports; not a balance of payments or current account
_BALANCE = re.compile(r"\bcan can\b(?! thanh toan| vang lai)")


def check_trade_balance(
    found: Findings, data: MonthlyData, derived: Collection[tuple[str, str]] = ()
) -> None:
    """In each figure column but the plan, a "Xuất siêu" ("Nhập siêu") row without
    ``Thuộc`` equals the exports minus the imports (the imports minus the exports), within
    the rounding of the three (and of the months a year-to-date filled from the earlier
    workbooks adds up); a warning at the balance's cell otherwise."""
    for balance, outward, exports, imports in _terms(data):
        _check_one(found, balance, outward, exports, imports, derived, data.info.month)


Terms = tuple[Indicator, ...]  # the rows a balance's exports (imports) add up


def _terms(data: MonthlyData) -> list[tuple[Indicator, bool, Terms, Terms]]:
    """Each balance row with its direction, its exports and its imports: one export and
    one import row without ``Thuộc`` (or, with neither, under a total of both trades) of
    the balance's trade (``_trade_of``: goods, services, or both) in a unit a balance's
    turns into: a count named for a trade ("Số doanh nghiệp tham gia xuất khẩu", in doanh
    nghiệp) is no term of a balance in USD, and leaves its terms known."""
    tops = [i for i in data.indicators if i.parent is None and i.is_summed and not i.is_rate]
    balances = [(i, d) for i in tops if (d := _direction(i)) is not None]

    def trade(rows: list[Indicator], words: tuple[str, str]) -> list[Indicator]:
        return [
            i
            for i in rows
            if _direction(i) is None
            and about_trade(i, words)
            and any(unit_factor(i.unit, b.unit) is not None for b, _ in balances)
        ]

    exports, imports = trade(tops, ("xuat khau", "xk")), trade(tops, ("nhap khau", "nk"))
    if not exports and not imports:
        # The two trades as the rows of a total of both ("Tổng kim ngạch xuất, nhập khẩu",
        # exports and imports its "Trong đó"), as a city's report gives them.
        both = {i.code for i in tops if about_trade(i, None)}
        parts = [i for i in data.indicators if i.parent in both and i.is_summed]
        parts = [i for i in parts if not i.is_rate]
        exports, imports = trade(parts, ("xuat khau", "xk")), trade(parts, ("nhap khau", "nk"))
    found: list[tuple[Indicator, bool, Terms, Terms]] = []
    for balance, outward in balances:
        # A balance of services ("Cán cân thương mại dịch vụ") is the difference of the
        # trade in services, a balance of goods of the trade in goods ("Tổng kim ngạch xuất
        # khẩu" beside "Xuất khẩu dịch vụ"): two exports of its trade ("kể cả dầu thô",
        # "trừ dầu thô") leave its terms unknown.
        outs, ins = (tuple(_of_trade(rows, _trade_of(balance))) for rows in (exports, imports))
        if not outs and not ins and _trade_of(balance) == "both":
            # Both trades as rows of goods and of services apart: one of each, each way.
            outs, ins = (_goods_and_services(rows) for rows in (exports, imports))
            if outs and ins:
                found.append((balance, outward, outs, ins))
        elif len(outs) == 1 and len(ins) == 1:
            found.append((balance, outward, outs, ins))
    return found


def _goods_and_services(rows: list[Indicator]) -> Terms:
    """The one row of goods (named so: a row naming neither may be the total of both) and
    the one of services among ``rows``; () unless there is exactly one of each."""
    goods, services = ([i for i in rows if _trade_of(i) == kind] for kind in ("goods", "services"))
    return (goods[0], services[0]) if len(goods) == 1 and len(services) == 1 else ()


def _of_trade(rows: list[Indicator], kind: str) -> list[Indicator]:
    """The rows of a balance's trade ``kind``: of services, or of both, its own; of goods,
    those of goods or naming neither ("Tổng kim ngạch xuất khẩu"); a balance naming
    neither ("Xuất siêu") takes those too, or, with none, those of both, or of services."""
    if kind in ("services", "both"):
        return [i for i in rows if _trade_of(i) == kind]
    goods = [i for i in rows if _trade_of(i) in ("goods", "")]
    if kind == "goods" or goods:
        return goods
    return [i for i in rows if _trade_of(i) == "both"] or rows


# A trade a row says it leaves out: "(không kể dịch vụ)", "trừ dịch vụ", "chưa tính DV".
_LEFT_OUT = re.compile(
    r"\b(?:khong|chua) (?:ke|tinh|bao gom|gom)(?: ca)? (?:dich vu|dv|hang hoa|hh)\b"
    r"|\b(?:loai )?tru (?:dich vu|dv|hang hoa|hh)\b"
)


def _trade_of(ind: Indicator) -> str:
    """What a row's name or code says its trade is: "services" ("dịch vụ", "DV"),
    "goods" ("hàng hóa"), "both" ("hàng hóa và dịch vụ"), or "" (neither named: goods, as
    a balance's terms are unless said)."""
    text = _LEFT_OUT.sub(" ", trade_text(ind))
    services = "dich vu" in text or "dv" in text.split()
    goods = "hang hoa" in text or "hh" in text.split()
    return "both" if services and goods else "services" if services else "goods" if goods else ""


def balance_codes(data: MonthlyData) -> set[str]:
    """The codes of the balance rows checked against the exports and imports (in a unit
    theirs turn into): their figures are the difference of theirs, so a large change of a
    balance is theirs."""
    return set(balance_bands(data, Decimal(0)))


def balance_bands(data: MonthlyData, band: Decimal) -> dict[str, tuple[Decimal, int]]:
    """By code, for each balance row checked against the exports and imports (in a unit
    theirs turn into), ``band`` (``[checks] revision_note_pct``) for it and how many rounded
    figures each of its figures holds: exports and imports each revised within ``band``
    percent move their difference by up to ``band`` percent of their sum, a larger share of
    the balance (by the narrowest ratio of the sum to the balance in Tháng trước, Cùng kỳ
    and Lũy kế cùng kỳ), and each of its figures, their difference, holds the rounding of
    each term (two; four beside goods' and services' rows). Other rows take ``band`` and
    one."""
    bands: dict[str, tuple[Decimal, int]] = {}
    for ind, _, exports, imports in _terms(data):
        if (sides := _sides(ind, exports, imports)) is None:
            continue
        ratios = []
        for name in ("previous", "same_period", "ytd_same_period"):
            figure, out, into = getattr(ind, name), *(_sum(side, name) for side in sides)
            if figure and out is not None and into is not None:
                ratios.append((out + into) / abs(figure))
        held = len(exports) + len(imports)
        bands.setdefault(
            ind.code, ((band * max(min(ratios), Decimal(1)) if ratios else band), held)
        )
    return bands


Side = list[tuple[Indicator, Decimal]]  # each term with its factor into the balance's unit


def _sides(balance: Indicator, exports: Terms, imports: Terms) -> tuple[Side, Side] | None:
    """The exports' and the imports' rows, each with what its figures are multiplied by in
    the balance's unit; None when one is in another unit."""
    sides: list[Side] = []
    for terms in (exports, imports):
        factors = [unit_factor(t.unit, balance.unit) for t in terms]
        if any(f is None for f in factors):
            return None
        sides.append([(t, f or Decimal(1)) for t, f in zip(terms, factors, strict=True)])
    return sides[0], sides[1]


def _sum(side: Side, name: str) -> Decimal | None:
    """The side's figures of column ``name`` added up in the balance's unit; None when one
    is blank."""
    figures = [getattr(i, name) for i, _ in side]
    if any(v is None for v in figures):
        return None
    return sum((v * f for v, (_, f) in zip(figures, side, strict=True)), Decimal(0))


def _direction(ind: Indicator) -> bool | None:
    """True for a "xuất siêu" row, False for a "nhập siêu" one (by its name or code), else
    None. A "Cán cân thương mại" naming neither is the exports minus the imports, as the
    statistics office reckons it: typed positive (no figure may be negative) beside imports
    above the exports, the report would print a surplus."""
    text = trade_text(ind)
    found = [way for words, way in _DIRECTIONS.items() if words in text]
    if not found and _BALANCE.search(text):
        return True
    return found[0] if len(found) == 1 else None


def is_balance(ind: Indicator) -> bool:
    """Whether ``ind`` is a trade balance ("Xuất siêu", "Cán cân thương mại"): its total
    from the start of the year falls in a month of the other balance."""
    return _direction(ind) is not None


def _said(ind: Indicator, outward: bool) -> tuple[str, str]:
    """What the balance row is called in a message, and the balance the other way."""
    if not any(words in trade_text(ind) for words in _DIRECTIONS):
        return "cán cân thương mại", "nhập siêu"
    return ("xuất siêu", "nhập siêu") if outward else ("nhập siêu", "xuất siêu")


def _check_one(
    found: Findings,
    balance: Indicator,
    outward: bool,
    exports: Terms,
    imports: Terms,
    derived: Collection[tuple[str, str]],
    month: int,
) -> None:
    """One balance row against the exports and imports, column by column."""
    if (sides := _sides(balance, exports, imports)) is None:
        return  # another unit: nothing to compare
    for name, header in FIGURE_HEADERS.items():
        if name == "annual_plan":
            continue
        figure, out, into = getattr(balance, name), *(_sum(side, name) for side in sides)
        if figure is None or out is None or into is None:
            continue
        expected = out - into if outward else into - out
        # Each figure's rounding; a year-to-date added up from the earlier workbooks
        # carries that of each month it adds.
        added = derived if name in ("ytd", "ytd_same_period") else ()
        slack = sum(
            (
                half_unit(i.decimals) * f * (month if (i.code, name) in added else 1)
                for i, f in ((balance, Decimal(1)), *sides[0], *sides[1])
            ),
            Decimal(0),
        )
        if abs(figure - expected) > slack:
            found.add(
                False,
                _message(balance, outward, sides, name, header, figure, expected),
                CHI_TIEU,
                found.at(CHI_TIEU, name, balance.row),
            )


def _message(
    balance: Indicator,
    outward: bool,
    sides: tuple[Side, Side],
    name: str,
    header: str,
    figure: Decimal,
    expected: Decimal,
) -> str:
    """What is said of a balance's figure in column ``name`` unlike its terms' ``expected``:
    "«xk» trừ «nk» là 19,5 (120 - 100,5)", or, of both trades' balance beside goods' and
    services' rows, "(«xk» + «xk_dv») trừ («nk» + «nk_dv») là 23,5 ((120,0 + 10,0) - …)"."""
    first, second = sides if outward else sides[::-1]
    terms = [*first, *second]
    # Each term in the balance's unit, so the subtraction shown holds as printed
    # (22,281 tỷ USD - 8.784 triệu USD is "22,281 - 8,784"), with how it was rescaled;
    # a rescaled term at least at the balance's decimals, with the digits it has.
    kept = {i.code: i.decimals if f == 1 else balance.decimals for i, f in terms}
    places = max(balance.decimals, *kept.values())

    def summed(side: Side, each: Callable[[Indicator, Decimal], str]) -> str:
        text = " + ".join(each(i, f) for i, f in side)
        return f"({text})" if len(side) > 1 else text

    def value(i: Indicator, f: Decimal) -> str:
        return format_at_least(getattr(i, name) * f, kept[i.code])

    shown = f"{summed(first, value)} - {summed(second, value)}"
    shown += "".join(
        f"; «{i.code}» {format_at_least(getattr(i, name), i.decimals)} {i.unit} = "
        f"{value(i, f)} {balance.unit}"
        for i, f in terms
        if f != 1
    )
    codes = [summed(side, lambda i, _: f"«{i.code}»") for side in (first, second)]
    way, other = _said(balance, outward)
    # A difference the other way: the trade is a balance of the other direction.
    turned = f", tức là {other} {format_at_least(-expected, places)}" if expected < 0 else ""
    of = "hai số này, và báo cáo sẽ in cả ba số" if len(terms) == 2 else "hai tổng này"
    return (
        f"Cột «{header}»: «{balance.code}» («{balance.name}») là "
        f"{format_at_least(figure, balance.decimals)}, nhưng {codes[0]} trừ {codes[1]} là "
        f"{format_at_least(expected, places)} ({shown}){turned}: {way} là hiệu của {of}. Hãy "
        "kiểm tra lại số đã gõ."
    )
