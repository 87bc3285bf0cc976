"""Checks of a rate's figures (a row in "%"), whose changes are said in percentage points.

- A rate that moves by more than ``[checks] change_warning_pct`` points against the
  previous month or the same month: a warning at the month's figure.
- Two figures of one rate of which one is about 100 times the other (within a tenth), the
  smaller at most 2 (0,45 beside 44): one was typed as a fraction, the other in percent; a
  warning at the smaller, once for all the figures it is compared with. The report would
  otherwise say "giảm 43,6 điểm phần trăm", a change that is none, under the points
  warning's limit. A real rate far below its base (0,5% beside 25%, a disbursement
  early in the year) is not one: a hundred times it is not near the base; nor is
  January's against December's (a disbursement of 1% after last year's 100%).
- A rate's month or year-to-date typed with more decimals than its row's ``Số lẻ`` (8,5
  at 0): the report prints "9%" beside a change in points worked out from 8,5 ("tăng 0,5
  điểm"), which the printed figures do not give; so is a previous or same month the
  appendix prints, when the points from the printed figures differ (96,45 printed "96,5"
  beside 98,0 and "tăng 1,6 điểm"); a warning at ``Số lẻ``, with the places needed.
  A figure under 1 so typed (0,214 at 1: a fraction typed for 21,4%) is a warning at its
  own cell instead: it reads as 0,214%, whatever the decimals.

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from baocao import growth
from baocao.coarse import figure_said
from baocao.models import Indicator
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.vnformat import format_at_least, format_exact, format_number, round_half_up

if TYPE_CHECKING:
    from baocao.checks import Findings

FRACTION_MAX = Decimal(2)  # the largest fraction a rate is typed as (200%)
NEAR = Decimal("0.1")  # a fraction a hundred times is within a tenth of the percent beside it


def hundredfold(first: Decimal, second: Decimal) -> bool:
    """Whether two figures of a rate are one written as a fraction and the other in percent:
    the smaller positive and at most ``FRACTION_MAX``, and a hundred times it within
    ``NEAR`` of the larger (0,45 beside 44: the rate barely moved, typed two ways)."""
    small, large = sorted((first, second))
    return 0 < small <= FRACTION_MAX and abs(small * growth.HUNDRED - large) <= NEAR * large


def compared(names: tuple[str, ...], month: int) -> bool:
    """Whether two figures of a rate are checked for a fraction beside a percent: not
    January's against last December's, since a rate summed up within the year (a
    disbursement, 1% in January) starts again from December's whole (100%)."""
    return not (month == 1 and "previous" in names)


def fraction_pair(ind: Indicator, month: int, *names: str) -> tuple[str, str] | None:
    """The fields (smaller, larger) of two figures of a rate that are ``hundredfold``, in a
    report of ``month``."""
    first, second = (getattr(ind, n) for n in names)
    if first is None or second is None or not compared(names, month):
        return None
    if not hundredfold(first, second):
        return None
    small, large = sorted(names, key=lambda n: getattr(ind, n))
    return small, large


def fraction_rates(found: Findings, ind: Indicator, pairs: list[tuple[str, str] | None]) -> None:
    """A warning at each smaller figure of ``pairs`` (``fraction_pair``), naming every
    larger one it is compared with: the clauses between them would tell a change of tens
    of points that is none."""
    larger: dict[str, list[str]] = {}
    for pair in pairs:
        if pair is not None:
            larger.setdefault(pair[0], []).append(pair[1])
    d = ind.decimals
    for small_name, large_names in larger.items():
        small = getattr(ind, small_name)
        percent = format_exact(small * growth.HUNDRED)
        others = " và ".join(
            f"«{FIGURE_HEADERS[n]}» ({format_at_least(getattr(ind, n), d)})" for n in large_names
        )
        found.add(
            False,
            f"«{FIGURE_HEADERS[small_name]}» của «{ind.code}» ({format_at_least(small, d)}) "
            f"chỉ bằng khoảng 1/100 {others}, mà chỉ tiêu tính bằng "
            f"«{ind.unit}»: có thể ô này ghi tỷ lệ dạng số thập phân "
            f"({format_at_least(small, d)} là {percent}%). Chỉ tiêu tính bằng «%» ghi số phần "
            f"trăm ({percent} cho {percent}%); hãy kiểm tra lại.",
            CHI_TIEU,
            found.at(CHI_TIEU, small_name, ind.row),
        )


def large_points_change(found: Findings, ind: Indicator, limit: Decimal, month: int) -> None:
    """A rate ("%") that moves by more than ``limit`` percentage points in a month (not
    between a fraction and a percent: ``fraction_rates`` says that)."""
    for name, header in (("previous", "tháng trước"), ("same_period", "cùng kỳ")):
        base = getattr(ind, name)
        if ind.value is None or base is None or fraction_pair(ind, month, "value", name):
            continue
        if abs(ind.value - base) > limit:
            found.add(
                False,
                f"«{ind.name}» thay đổi {format_number(abs(ind.value - base), ind.pct_decimals)} "
                f"điểm phần trăm so với {header} (quá ±{format_number(limit)} điểm phần trăm); "
                "hãy kiểm tra lại số liệu.",
                CHI_TIEU,
                found.at(CHI_TIEU, "value", ind.row),
            )


PRINTED_FIELDS = ("value", "ytd")  # a rate's figures its sentences print
APPENDIX_BASES = ("previous", "same_period")  # the bases the appendix prints beside them


def base_disagrees(ind: Indicator, name: str) -> bool:
    """Whether the points said against the base ``name`` (from the figures as typed) differ
    from those between the month and the base as the appendix prints them: 98,0% against
    96,45% is "tăng 1,6 điểm" beside a printed 98,0 and 96,5 (98,0 against 98,04 is "bằng"
    either way)."""
    base = getattr(ind, name)
    if ind.value is None or base is None or round_half_up(base, ind.decimals) == base:
        return False
    printed = round_half_up(ind.value, ind.decimals) - round_half_up(base, ind.decimals)
    said = round_half_up(ind.value - base, ind.pct_decimals)
    return round_half_up(printed, ind.pct_decimals) != said


FRACTION_FIELDS = ("value", "previous", "same_period", "ytd", "ytd_same_period", "annual_plan")


def fraction_typed(found: Findings, ind: Indicator, said: set[str]) -> set[str]:
    """A warning at each figure of a rate typed as a fraction of one (0,214 for 21,4%: under
    1, with more decimals than its ``Số lẻ`` prints), but those ``said`` (``fraction_pair``):
    it reads as 0,214%, and the report prints "0,2%". The fields warned of."""
    warned: set[str] = set()
    for name in FRACTION_FIELDS:
        value = getattr(ind, name)
        if name in said or value is None or not 0 < value < 1:
            continue
        if round_half_up(value, ind.decimals) == value:
            continue
        warned.add(name)
        typed, percent = format_exact(value), format_exact(value * growth.HUNDRED)
        places = min(-int(value.normalize().as_tuple().exponent), 6)
        printed = name in PRINTED_FIELDS + APPENDIX_BASES  # the others are only compared with
        shown = f" (báo cáo in «{format_number(value, ind.decimals)}{ind.unit}»)" * printed
        decimals = f"; nếu đúng là {typed}{ind.unit}, hãy đặt «Số lẻ» bằng {places}" * printed
        found.add(
            False,
            f"«{FIGURE_HEADERS[name]}» của «{ind.code}» là {typed} trong hàng tính bằng "
            f"«{ind.unit}», nên được đọc là {typed}{ind.unit}{shown}, chứ không phải {percent}"
            f"{ind.unit}. Chỉ tiêu tính bằng «%» ghi số phần trăm: nếu là {percent}"
            f"{ind.unit}, hãy ghi {percent}{decimals}.",
            CHI_TIEU,
            found.at(CHI_TIEU, name, ind.row),
        )
    return warned


def rate_decimals_lost(
    found: Findings,
    ind: Indicator,
    month: int,
    derived: Mapping[tuple[str, str], str] | None = None,
) -> None:
    """A warning at ``Số lẻ`` of a rate whose printed figures (the month's, the
    year-to-date; the previous and the same month of the appendix, when its points differ:
    ``base_disagrees``) have more decimals than it prints (8,5 at 0 is printed "9%"): its
    changes in points come from the figures as typed ("9%, tăng 0,5 điểm" after 8,0%), so
    the sentence would not agree with its own numbers. A figure typed as a fraction beside
    its percent base (or a base so beside the month) is said by ``fraction_rates``; one
    filled from the earlier workbooks (``derived``) as such (``coarse.figure_said``)."""
    if not ind.is_rate:
        return
    pairs = [fraction_pair(ind, month, "value", b) for b in APPENDIX_BASES]
    fractions = {name for pair in pairs if pair is not None for name in pair}
    fractions |= fraction_typed(found, ind, fractions)
    lost = [
        (name, value)
        for name in PRINTED_FIELDS
        if (value := getattr(ind, name)) is not None
        and round_half_up(value, ind.decimals) != value
        and name not in fractions
    ] + [
        (n, getattr(ind, n))
        for n in APPENDIX_BASES
        if n not in fractions and base_disagrees(ind, n)
    ]
    if not lost:
        return
    name, value = lost[0]
    needed = max(-min(v.normalize().as_tuple().exponent, 0) for _, v in lost)
    shown = format_number(value, ind.decimals)  # rounded half-up, as printed
    said, kept = figure_said(ind, name, value, derived)
    found.add(
        False,
        f"{said} nhưng «Số lẻ» của hàng là {ind.decimals}, nên báo cáo in "
        f"«{shown}{ind.unit}», trong khi mức tăng, giảm theo điểm phần trăm vẫn tính từ {kept}: "
        f"câu văn sẽ không khớp với số in. Hãy đặt «Số lẻ» bằng {min(needed, 6)}.",
        CHI_TIEU,
        found.at(CHI_TIEU, "decimals", ind.row),
    )
