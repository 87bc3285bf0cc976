"""ChiSoSXCN's rows as the report reads them, and the decimals of any row (``places``).

A branch row whose ``Số lẻ %`` is blank takes the whole industry's (the row ``iip``) when
that one is typed: the paragraph says the industry's change and each branch's in one
sentence, and an office that typed 1 on the ``iip`` row alone got "tăng 6,2%" beside
branches' "18,80%" (the default, 2).
"""

from __future__ import annotations

from baocao.cells import Reading, Value, shown
from baocao.figures import TOTAL_CODE
from baocao.headingnames import branch_headings
from baocao.iipdecimals import one_decimal_indices
from baocao.models import INDEX_FIELDS, IipRow
from baocao.sheets import CHI_SO_SXCN, MAX_DECIMALS, SheetSpec


def places(ctx: Reading, spec: SheetSpec, row: dict[str, Value], field: str, label: str) -> bool:
    """Whether the row's decimals in ``field`` (if given) are a whole number 0–6."""
    value = row.get(field, 0)
    if isinstance(value, int) and 0 <= value <= MAX_DECIMALS:
        return True
    ctx.error(
        *ctx.at(spec, field, int(str(row["row"]))),
        f"«{label}» phải là số nguyên từ 0 đến {MAX_DECIMALS}, nhưng là {shown(value)}.",
    )
    return False


def iip_rows(ctx: Reading, rows: list[dict[str, Value]]) -> tuple[IipRow, ...]:
    """ChiSoSXCN rows: at least one index each, decimals 0–6 (a branch's blank ``Số lẻ %``
    the ``iip`` row's typed one), and the row ``iip`` if any."""
    title = ctx.locator.sheet(CHI_SO_SXCN)
    total = next((r for r in rows if str(r["code"]) == TOTAL_CODE), None)
    whole = None if total is None else total.get("pct_decimals")
    out = []
    for row in rows:
        if not places(ctx, CHI_SO_SXCN, row, "pct_decimals", "Số lẻ %"):
            continue
        if all(row.get(f) is None for f in INDEX_FIELDS):
            ref = ctx.locator.cell(CHI_SO_SXCN, "index", int(str(row["row"])))
            if not ctx.has_error_at(title, ref):
                ctx.error(
                    title,
                    ref,
                    "Cần ít nhất một chỉ số (so với cùng kỳ, so với tháng trước hoặc lũy kế).",
                )
            continue
        if (
            row.get("pct_decimals") is None
            and isinstance(whole, int)
            and 0 <= whole <= MAX_DECIMALS
        ):
            row = {**row, "pct_decimals": whole}
        out.append(IipRow.model_validate(row))
    branch_headings(ctx, rows)
    one_decimal_indices(ctx, rows)
    if rows and total is None:
        ctx.error(
            title,
            ctx.locator.cell(CHI_SO_SXCN, "code", 2),
            "Trang có số liệu thì phải có dòng mã «iip» (toàn ngành công nghiệp).",
        )
    return tuple(out)
