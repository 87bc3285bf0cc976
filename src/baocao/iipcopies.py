"""A ChiSoSXCN sheet copied from last month's workbook and not updated: every row whose
indices can be set beside last month's (``STALE_MIN`` or more) holds last month's own,
rounded as printed. Two months' indices of every branch never agree to the hundredth:
the report would print last month's index as this month's. One warning at the first.

So is one column alike in every row (``STALE_MIN`` or more) while another differs in
every row: the sheet was updated but for that column ("ước tăng 11,80% so với cùng kỳ",
November's, in December's report). One branch updated alone is no copy: the other
columns then differ in one row only."""

from __future__ import annotations

from decimal import Decimal

from baocao.cells import Reading
from baocao.history import History
from baocao.models import INDEX_FIELDS, IipRow
from baocao.pastedbases import STALE_MIN
from baocao.period import Period
from baocao.sheets import CHI_SO_SXCN
from baocao.vnformat import format_number, round_half_up


def copied_indices(
    typed: tuple[IipRow, ...], period: Period, history: History, ctx: Reading
) -> None:
    """Warn when every comparable ChiSoSXCN row holds last month's workbook's indices."""
    last = period.previous()
    before = history.indices(last)
    compared, alike = 0, []
    for row in typed:
        older = before.get(row.code, ())
        pairs = [
            (field, getattr(row, field), then)
            for field, then in zip(INDEX_FIELDS, older, strict=False)
            if getattr(row, field) is not None and then is not None
        ]
        if not pairs:
            continue
        compared += 1
        places = row.pct_decimals
        if all(round_half_up(a, places) == round_half_up(b, places) for _, a, b in pairs):
            alike.append((row, pairs[0][0]))
    if compared < STALE_MIN or len(alike) < compared:
        _copied_column(typed, period, history, ctx)
        return
    row, field = alike[0]
    path = history.files[last]
    ctx.warn(
        *ctx.at(CHI_SO_SXCN, field, row.row),
        f"Các chỉ số của cả {format_number(Decimal(compared))} dòng trang "
        f"«{CHI_SO_SXCN.name}» đều bằng chỉ số trong sổ tháng trước {path.name} (tháng "
        f"{last.short}): có lẽ trang được chép từ sổ tháng trước mà chưa cập nhật, và báo "
        f"cáo sẽ viết chỉ số tháng {last.short} là của tháng {period.short}. Hãy ghi chỉ "
        f"số của tháng {period.short}.",
    )


def _copied_column(
    typed: tuple[IipRow, ...], period: Period, history: History, ctx: Reading
) -> None:
    """Warn at each ChiSoSXCN column that holds last month's indices in every row while
    another column differs from last month's in every row (see the module's docstring)."""
    last = period.previous()
    before = history.indices(last)
    same: dict[str, list[IipRow]] = {}
    differ: dict[str, list[IipRow]] = {}
    counts: dict[str, int] = {}
    for row in typed:
        for field, then in zip(INDEX_FIELDS, before.get(row.code, ()), strict=False):
            now = getattr(row, field)
            if now is None or then is None:
                continue
            counts[field] = counts.get(field, 0) + 1
            alike = round_half_up(now, row.pct_decimals) == round_half_up(then, row.pct_decimals)
            (same if alike else differ).setdefault(field, []).append(row)
    full = {f for f, n in counts.items() if n >= STALE_MIN}
    updated = {f for f in full if len(differ.get(f, ())) == counts[f]}
    for field in INDEX_FIELDS:
        if field not in full or len(same.get(field, ())) < counts[field] or not updated:
            continue
        path = history.files[last]
        ctx.warn(
            *ctx.at(CHI_SO_SXCN, field, same[field][0].row),
            f"Cột «{CHI_SO_SXCN.header(field)}» của cả {format_number(Decimal(counts[field]))} "
            f"dòng trang «{CHI_SO_SXCN.name}» đều bằng cột đó trong sổ tháng trước "
            f"{path.name} (tháng {last.short}), dù các cột khác đã đổi: có lẽ cột được chép "
            f"từ sổ tháng trước mà chưa cập nhật, và báo cáo sẽ viết chỉ số tháng {last.short} "
            f"là của tháng {period.short}. Hãy ghi chỉ số của tháng {period.short}.",
        )
