"""Whether a breakdown's rows agree with their parent, in each figure column.

A complete breakdown (its ``Nhóm`` not "Trong đó …") of a sum adds up to its parent. A
breakdown in "%" may be shares (industry 40%, services 35%, … of 100%: they add up) or
each part's own rate (households with power: towns 99,8%, villages 97,9%, all 98,5%: the
whole is an average of its parts, between the smallest and the largest). Which cannot be
known, and a mistyped share also puts its parent between its rows: rows that do not add
up are a warning that says both readings, and that a "Trong đó" list is not added up.
Prices never add up, and are not checked. A "Trong đó" list is not added up, but each of
its rows is a part of its parent's figure: one above it (a figure typed ten times over, or
in another unit) is a warning, since no other check looks at a row of such a list.
A blank year-to-date filled by adding up earlier months carries the rounding of each
month it adds (``_added_up``): the sums may differ by that much though every month agreed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from decimal import Decimal
from typing import TYPE_CHECKING

from baocao.breakdownsection import foreign_sections
from baocao.codeparent import code_under_other
from baocao.figures import is_listed
from baocao.groupedonce import group_typed_once
from baocao.models import Indicator, MonthlyData
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.sourced import same_unit, unit_factor
from baocao.tradebalance import check_trade_balance
from baocao.vnformat import format_at_least, format_number, half_unit

YEAR_TO_DATES = ("ytd", "ytd_same_period")

if TYPE_CHECKING:
    from baocao.checks import Findings


def check_breakdowns(
    found: Findings, data: MonthlyData, derived: Collection[tuple[str, str]] = ()
) -> None:
    """In each column, a complete breakdown's rows add up to their parent, within rounding
    (in "%", a warning says what else they may be), and a "Trong đó" row is no more than its
    parent (``derived``: the (code, field) of figures filled from history, said where the
    figure they came from was typed, not again here); so does a trade balance ("Xuất siêu")
    the exports and imports it is the difference of (``tradebalance``); and a breakdown
    row's own Mục, other than its parent's, is said (``breakdownsection``), and so is its
    code naming another row than its parent (``codeparent``)."""
    check_trade_balance(found, data, derived)
    foreign_sections(found, data)
    code_under_other(found, data)
    by_code = {i.code: i for i in data.indicators}
    groups: dict[tuple[str, str], list[Indicator]] = defaultdict(list)
    for ind in data.indicators:  # a "Trong đó" list names a few items
        listed = is_listed(ind.group)
        if ind.parent in by_code and listed:
            _check_part(found, ind, by_code[ind.parent], derived)
        elif ind.parent in by_code:
            groups[(ind.parent, ind.group or "")].append(ind)
    said = group_typed_once(found, by_code, groups)
    for (parent_code, group), children in groups.items():
        if parent_code in said:
            continue  # one warning says the Nhóm typed once
        parent = by_code[parent_code]
        other = next((c for c in children if not same_unit(c.unit, parent.unit)), None)
        if other is None and not (parent.is_summed or parent.is_rate):
            continue  # prices never add up
        # A row in the parent's unit at another scale ("triệu đồng" under "tỷ đồng") adds up
        # rescaled; figures in two units cannot be added up.
        factors = [unit_factor(c.unit, parent.unit) for c in children]
        slip = None if other is None else _unit_slip(parent, children, group, factors)
        if slip is not None:
            found.add(True, slip[1], CHI_TIEU, found.at(CHI_TIEU, "unit", slip[0].row))
            continue
        if other is not None and (not parent.is_summed or None in factors):
            found.add(
                False,
                f"«Đơn vị» của «{other.code}» («{other.unit}») khác của «{parent.code}» "
                f"(«{parent.unit}»), chỉ tiêu nó thuộc về: số của nhóm không cộng lại được "
                "để đối chiếu. Hãy ghi cùng một đơn vị, hoặc đặt «Nhóm» bắt đầu bằng «Trong "
                "đó» nếu nhóm chỉ nêu vài mục.",
                CHI_TIEU,
                found.at(CHI_TIEU, "unit", other.row),
            )
            continue
        half = half_unit(parent.decimals)
        # Half a unit of the parent's last place per row, or of each row's own when it is
        # coarser: rows typed whole under a parent with one decimal (6.184 + 3.512 under
        # 9.695,8) add up within their own rounding. A row at a finer scale is no figure
        # rounded to the parent's places: its own rounding, and the parent's once ("gạo
        # 300,8 triệu USD" under "0,8 tỷ USD" took 50 triệu USD a row).
        finer = [f is not None and f < 1 for f in factors]
        tolerance = sum(
            (
                half_unit(c.decimals) * f
                if fine and f
                else max(half, half_unit(c.decimals) * (f or 1))
                for c, f, fine in zip(children, factors, finer, strict=True)
            ),
            half if any(finer) else Decimal(0),
        )
        for name, header in FIGURE_HEADERS.items():
            total = getattr(parent, name)
            typed = [getattr(c, name) for c in children]
            if total is None or any(v is None for v in typed):
                continue
            values = [v * (f or 1) for v, f in zip(typed, factors, strict=True)]
            diff = sum(values, Decimal(0)) - total
            summed = _added_up(name, parent, children, factors, derived, data.info.month)
            if abs(diff) <= tolerance + summed:
                continue
            label = f"nhóm «{group}»" if group else "các chỉ tiêu con"
            low, high = min(values), max(values)
            if not parent.is_rate:  # both sums and which is larger: a row left out, or
                # the parent mistyped, is seen at once ("lệch 1.000" alone said neither)
                shown = [format_at_least(v, parent.decimals) for v in (total + diff, total)]
                text = (
                    f"Cột «{header}»: tổng {label} của «{parent.code}» ({shown[0]}) "
                    f"{'lớn' if diff > 0 else 'nhỏ'} hơn số của «{parent.code}» ({shown[1]}), "
                    f"lệch {format_at_least(abs(diff), parent.decimals)}."
                )
            elif low - half <= total <= high + half:  # shares add up; own rates average
                # Either reading may hold: a share mistyped (32 and 80 under 40) puts the
                # parent between its rows as each part's rate does. Said, with the way out.
                text = (
                    f"Cột «{header}»: tổng {label} của «{parent.code}» "
                    f"({_pct(total + diff, parent)}) khác số của «{parent.code}» "
                    f"({_pct(total, parent)}). Nếu nhóm là cơ cấu (các phần cộng lại thành "
                    "tổng), hãy kiểm tra lại số; nếu là tỷ lệ riêng của từng mục, hãy đặt "
                    "«Nhóm» bắt đầu bằng «Trong đó» để không đối chiếu tổng."
                )
            else:
                text = (
                    f"Cột «{header}»: số của «{parent.code}» ({_pct(total, parent)}) không "
                    f"bằng tổng {label} ({_pct(total + diff, parent)}, nếu là cơ cấu) và "
                    f"không nằm giữa số nhỏ nhất và lớn nhất của nhóm ({_pct(low, parent)}–"
                    f"{_pct(high, parent)}, nếu là tỷ lệ của từng mục); hãy kiểm tra lại."
                )
            found.add(False, text, CHI_TIEU, found.at(CHI_TIEU, name, parent.row))


def _added_up(
    name: str,
    parent: Indicator,
    children: list[Indicator],
    factors: list[Decimal | None],
    derived: Collection[tuple[str, str]],
    month: int,
) -> Decimal:
    """The rounding a blank year-to-date filled from the earlier workbooks adds to the
    tolerance: it is a sum of up to ``month`` rounded figures (last month's total and this
    month's, or every month's), each of which agreed with its group within its own
    rounding, so a group's sums may differ by that of every month."""
    if name not in YEAR_TO_DATES:
        return Decimal(0)
    half = half_unit(parent.decimals)
    slack = half * month if (parent.code, name) in derived else Decimal(0)
    for child, factor in zip(children, factors, strict=True):
        if (child.code, name) in derived:
            slack += max(half, half_unit(child.decimals) * (factor or 1)) * (month - 1)
    return slack


def _unit_slip(
    parent: Indicator, children: list[Indicator], group: str, factors: list[Decimal | None]
) -> tuple[Indicator, str] | None:
    """A row of a complete breakdown in the parent's unit at another scale ("triệu đồng"
    under "tỷ đồng") whose figures make the parent's only as typed, not rescaled (941 +
    5.277 + 46.498 = 52.716): its figures are in the parent's unit, and the report would
    print "941 triệu đồng". ``factors``: each child's scale to the parent's unit (None for
    another unit). The row and the error, else None."""
    if not parent.is_summed or None in factors:
        return None
    odd = [c for c in children if not same_unit(c.unit, parent.unit)]
    tolerance = len(children) * half_unit(parent.decimals)
    for name, header in FIGURE_HEADERS.items():
        total, values = getattr(parent, name), [getattr(c, name) for c in children]
        if total is None or any(v is None for v in values):
            continue
        rescaled = sum((v * (f or 1) for v, f in zip(values, factors, strict=True)), Decimal(0))
        if abs(sum(values, Decimal(0)) - total) > tolerance or abs(rescaled - total) <= tolerance:
            return None
        row, shown = odd[0], " + ".join(format_at_least(v, parent.decimals) for v in values)
        printed = format_number(values[children.index(row)], row.decimals)
        label = f"nhóm «{group}»" if group else "các chỉ tiêu con"
        return row, (
            f"«Đơn vị» của «{row.code}» là «{row.unit}», khác «{parent.unit}» của "
            f"«{parent.code}», chỉ tiêu nó thuộc về, mà «{header}» của {label} chỉ cộng lại "
            f"bằng số của «{parent.code}» khi coi mọi số theo «{parent.unit}» ({shown} = "
            f"{format_at_least(total, parent.decimals)}): số của dòng này theo "
            f"«{parent.unit}», và báo cáo sẽ in «{printed} {row.unit}». Hãy sửa «Đơn vị» "
            f"thành «{parent.unit}»."
        )
    return None


def _check_part(
    found: Findings, part: Indicator, parent: Indicator, derived: Collection[tuple[str, str]]
) -> None:
    """A row of a "Trong đó" list above its parent, in any column, beyond rounding: a part
    cannot be more than the whole (not a rate's, whose parts' own rates may stand above the
    whole's, nor a price's, nor a row in another unit, such as tonnes under a value). A row
    in the parent's unit at another scale ("tỷ đồng" under "nghìn tỷ đồng") is compared
    rescaled, as a complete breakdown's row is added up."""
    factor = unit_factor(part.unit, parent.unit)
    if not parent.is_summed or factor is None:
        return
    slack = half_unit(parent.decimals) + half_unit(part.decimals) * factor
    for name, header in FIGURE_HEADERS.items():
        whole, value = getattr(parent, name), getattr(part, name)
        if whole is None or value is None or (part.code, name) in derived:
            continue
        if value * factor - whole <= slack:
            continue
        shown = format_at_least(value, part.decimals)
        whole_shown = format_at_least(whole, parent.decimals)
        if factor != 1:  # both in the parent's unit, so the two can be seen to differ
            rescaled = format_at_least(value * factor, parent.decimals)
            shown = f"{shown} {part.unit} = {rescaled} {parent.unit}"
            whole_shown = f"{whole_shown} {parent.unit}"
        found.add(
            False,
            f"«{header}» của «{part.code}» ({shown}) lớn hơn của «{parent.code}» "
            f"({whole_shown}), chỉ tiêu nó thuộc về: một mục của nhóm «{part.group}» là một "
            "phần của số đó, không thể lớn hơn. Hãy kiểm tra lại số (có thể gõ nhầm số, hoặc "
            "khác đơn vị).",
            CHI_TIEU,
            found.at(CHI_TIEU, name, part.row),
        )


def _pct(value: Decimal, ind: Indicator) -> str:
    """A figure of a rate's row as the report prints it: "98,5%"."""
    return f"{format_at_least(value, ind.decimals)}{ind.unit}"
