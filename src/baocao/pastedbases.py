"""A base column pasted with the figures it is compared with: every typed «Cùng kỳ» equal to
its own row's «Tháng báo cáo», or every «Lũy kế cùng kỳ» to its «Lũy kế» (``STALE_MIN`` or
more totals, 0 beside 0 aside). No office's every figure stands exactly where it stood a
year ago: the column was pasted from the one beside it, and the report would say "bằng cùng
kỳ" of each. One warning at the first such cell. (A «Tháng trước» so is ``stale_copy``'s.)
A «Cùng kỳ» column typed as a copy of «Tháng trước» (``copied_from_previous``) is said by
``plausible.copied_base_column`` (January's here, from the cells as typed:
``january_copied``); it is pasted too: its cells are not compared one by one
with last year's workbook, nor taken as a «Lũy kế cùng kỳ»'s term ("khác «Lũy kế cùng kỳ»
trong 2025-02.xlsx cộng «Cùng kỳ» của sổ này" at each correct one), the clerk's one slip
said once.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from decimal import Decimal

from baocao.cells import Reading
from baocao.models import Indicator
from baocao.period import Period
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.vnformat import format_number, round_half_up

STALE_MIN = 3  # figures all alike (here, in stale, iipcopies): fewer may be a real standstill
COPIED_MIN = 3  # rows with both bases typed and equal before a column is taken as copied
PAIRS = (("same_period", "value", "số của"), ("ytd_same_period", "ytd", "số lũy kế đến"))


def pasted_columns(
    typed: tuple[Indicator, ...], *, january: bool = False
) -> dict[str, tuple[Indicator, ...]]:
    """The base columns («Cùng kỳ», «Lũy kế cùng kỳ») pasted from the column beside them
    (``alike_columns``), or «Cùng kỳ» from «Tháng trước» (``january``: the month is
    January): each, by its field's name, with the rows compared (every such row is alike)."""
    found = alike_columns(typed)
    copied = copied_from_previous(typed, january=january)
    if copied and "same_period" not in found:
        found["same_period"] = copied  # said by ``plausible.copied_base_column``
    if copied and january and all(i.same_period is None for i in copied):
        found.setdefault("ytd_same_period", copied)  # January's «Cùng kỳ» is taken from it
    return found


def alike_columns(typed: tuple[Indicator, ...]) -> dict[str, tuple[Indicator, ...]]:
    """The base columns pasted from the column beside them, each with its rows: what
    ``pasted_bases`` says. Not a «Cùng kỳ» pasted from «Tháng trước» whose rows happen to
    round to their «Tháng báo cáo» too (review26: its one slip said twice at one cell, the
    second time as «Tháng báo cáo» pasted, "bằng cùng kỳ" of every indicator, beside a row
    whose typed «Cùng kỳ» is not its month's)."""
    found = {}
    for base, figure, _ in PAIRS:
        compared, alike = 0, []
        for ind in typed:
            then, now = getattr(ind, base), getattr(ind, figure)
            if then is None or now is None or not ind.is_summed or then == now == 0:
                continue
            compared += 1
            if round_half_up(then, ind.decimals) == round_half_up(now, ind.decimals):
                alike.append(ind)
        if compared >= STALE_MIN and len(alike) == compared:
            found[base] = tuple(alike)
    return found


def copied_from_previous(
    indicators: Iterable[Indicator],
    filled: Collection[tuple[str, str]] = (),
    *,
    january: bool = False,
) -> tuple[Indicator, ...]:
    """The rows of a «Cùng kỳ» column typed as a copy of «Tháng trước»: every row with both
    typed (``COPIED_MIN`` or more; ``filled``: the (code, field) filled from the earlier
    workbooks, not typed) gives them equal, none 0; else none. ``january``: the rows as
    typed in January, whose blank «Cùng kỳ» ``fill`` takes from «Lũy kế cùng kỳ»."""

    def same(ind: Indicator) -> Decimal | None:
        blank = january and ind.same_period is None
        return ind.ytd_same_period if blank else ind.same_period

    left = set(filled)
    typed = tuple(
        i
        for i in indicators
        if i.previous is not None
        and same(i) is not None
        and not {(i.code, "previous"), (i.code, "same_period")} & left
    )
    if len(typed) < COPIED_MIN or any(i.previous != same(i) or not i.previous for i in typed):
        return ()
    return typed


def copied_column(column: str, rows: int) -> str:
    """The warning of a base ``column`` (its title) typed as a copy of «Tháng trước» in each
    of the ``rows`` rows having both."""
    previous = FIGURE_HEADERS["previous"]
    return (
        f"Cột «{column}» giống hệt cột «{previous}» ở cả {rows} hàng có cả hai số: có lẽ đã "
        "chép nhầm cột, và mỗi câu sẽ nói một mức tăng, giảm hai lần (so với tháng trước và "
        f"so với cùng kỳ). Hãy điền «{column}» là số của tháng này năm trước."
    )


def january_copied(typed: tuple[Indicator, ...], ctx: Reading, said: Collection[str]) -> None:
    """January's base column typed as a copy of «Tháng trước» (``copied_from_previous`` of
    the rows as ``typed``), said here, where the cells as typed are known: a blank «Cùng kỳ»
    is filled from «Lũy kế cùng kỳ» (``fill``), and «Lũy kế cùng kỳ» pasted with «Cùng kỳ»
    blank was said as «Cùng kỳ» (mends40). Not a column ``said`` pasted from its figure."""
    copied = copied_from_previous(typed, january=True)
    blank = all(i.same_period is None for i in copied)
    column = "ytd_same_period" if blank else "same_period"
    if copied and column not in said:
        where = ctx.at(CHI_TIEU, column, copied[0].row)
        ctx.warn(*where, copied_column(FIGURE_HEADERS[column], len(copied)))


def pasted_bases(typed: tuple[Indicator, ...], period: Period, ctx: Reading) -> None:
    """Warn when every typed last year's figure of a total is its row's own this year's
    (``alike_columns`` of the rows as ``typed``); the comparisons of each such cell with the
    earlier workbooks are left unsaid (``fill``): the column is wrong as a whole. January's
    column copied from «Tháng trước» too (``january_copied``)."""
    pasted = alike_columns(typed)
    if period.month == 1:
        january_copied(typed, ctx, pasted)
    for base, figure, meant in PAIRS:
        if base not in pasted:
            continue
        alike = pasted[base]
        named, beside = FIGURE_HEADERS[base], FIGURE_HEADERS[figure]
        ctx.warn(
            *ctx.at(CHI_TIEU, base, alike[0].row),
            f"«{named}» của cả {format_number(Decimal(len(alike)))} chỉ tiêu đều bằng "
            f"«{beside}» của chính chỉ tiêu đó: có lẽ cột «{beside}» được dán cả vào cột "
            f"«{named}», và báo cáo sẽ viết «bằng cùng kỳ» cho mọi chỉ tiêu. Hãy ghi "
            f"{meant} tháng {period.year_ago().short} vào cột «{named}».",
        )
