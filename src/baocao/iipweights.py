"""The whole industry's index against its branches', when their Quyền số make it whole.

The whole industry's production index is an average of its branches' indices with
positive weights (a Laspeyres index: against last year, last month or last year's
year-to-date alike), so it lies between the lowest and the highest of them, provided the
branches listed are the whole industry. They are taken to be so only when every branch
row has a positive ``Quyền số`` and these add up to the ``iip`` row's (or, when that is
blank, to 1, 100 or 1000) within half a percent: a sheet listing only some branches, or
sub-branches beside their branch, adds up to something else and is not checked. An
``iip`` index outside its branches' range, by more than their rounding, is then a
warning at its cell: one of the indices was copied wrong. An index that is an error of
its own (0 or less, out of 30–500 unconfirmed, or under 1 or over 10 000 confirmed or
not) leaves its column unchecked.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from baocao.figures import TOTAL_CODE, total_row
from baocao.models import INDEX_FIELDS, INDEX_RANGE, IipRow, MonthlyData
from baocao.plausible import index_beyond_belief
from baocao.sheets import CHI_SO_SXCN
from baocao.vnformat import format_at_least

if TYPE_CHECKING:
    from baocao.checks import Findings

WHOLE_SUMS = (Decimal(1), Decimal(100), Decimal(1000))  # weights in parts, percent, per mille
SUM_TOLERANCE = Decimal("0.005")  # of the whole: weights are rounded when published


def branches_make_whole(total: IipRow, branches: list[IipRow]) -> Decimal | None:
    """The branches' summed weight when it is the whole industry's; None otherwise."""
    weights = [b.weight for b in branches]
    if not branches or any(w is None or w <= 0 for w in weights):
        return None
    summed = sum((w for w in weights if w is not None), Decimal(0))
    wholes = (total.weight,) if total.weight is not None else WHOLE_SUMS
    if any(abs(summed - whole) <= whole * SUM_TOLERANCE for whole in wholes if whole > 0):
        return summed
    return None


def check_index_within_branches(found: Findings, data: MonthlyData) -> None:
    """An ``iip`` index outside the range of its branches' indices, when the branches'
    weights make the whole industry; and a warning at each negative weight."""
    for row in data.iip:
        if row.weight is not None and row.weight < 0:  # a sign typed by mistake
            found.add(
                False,
                f"Quyền số {format_at_least(row.weight, 0)} là số âm: quyền số là tỷ trọng của "
                "ngành trong toàn ngành công nghiệp, không thể âm. Hãy sửa lại hoặc để trống.",
                CHI_SO_SXCN,
                found.at(CHI_SO_SXCN, "weight", row.row),
            )
    low_limit, high_limit = INDEX_RANGE
    total = total_row(data.iip)
    branches = [r for r in data.iip if r.code != TOTAL_CODE]
    if total is None or (summed := branches_make_whole(total, branches)) is None:
        return
    for name in INDEX_FIELDS:
        whole: Decimal | None = getattr(total, name)
        known = [(value, b) for b in branches if (value := getattr(b, name)) is not None]
        if whole is None or len(known) < len(branches):
            continue
        values = [whole, *(value for value, _ in known)]
        if any(v <= 0 or index_beyond_belief(v) for v in values) or not (
            data.info.unusual_index or all(low_limit <= v <= high_limit for v in values)
        ):
            continue  # an error at the index says it already
        slack = Decimal(1).scaleb(-min(r.pct_decimals for r in (total, *branches)))
        low, low_row = min(known, key=lambda k: k[0])
        high, high_row = max(known, key=lambda k: k[0])
        if whole < low - slack:
            side, extreme, value, row = "thấp hơn", "thấp nhất", low, low_row
        elif whole > high + slack:
            side, extreme, value, row = "cao hơn", "cao nhất", high, high_row
        else:
            continue
        found.add(
            False,
            f"Chỉ số toàn ngành {format_at_least(whole, total.pct_decimals)} {side} chỉ số "
            f"của mọi ngành ({extreme} là {format_at_least(value, row.pct_decimals)} của "
            f"«{row.code}»), dù Quyền số của các ngành cộng lại là "
            f"{format_at_least(summed, 0)}, tức là đủ toàn ngành: chỉ số toàn ngành là bình "
            "quân gia quyền của các ngành nên phải nằm giữa chỉ số thấp nhất và cao nhất của "
            "chúng. Hãy kiểm tra lại các chỉ số đã chép.",
            CHI_SO_SXCN,
            found.at(CHI_SO_SXCN, name, total.row),
        )
