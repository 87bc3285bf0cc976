"""A total row typed among ChiTieu's indicators ("Tổng cộng", "Cộng"), as a table of
figures ends: the report would write it as an indicator of its own ("Tổng cộng tháng 3
ước đạt …"), and as a breakdown row it is counted in its group's sum. An indicator's
total is its own row, without `Thuộc`; the row is a warning at its name."""

from __future__ import annotations

from baocao.cells import Reading, Value
from baocao.sheets import CHI_TIEU, normalize_header

# Names that only say "total", not what of.
TOTAL_NAMES = frozenset(
    {"tổng cộng", "cộng", "tổng", "tổng số", "tổng chung", "cộng chung", "tổng cộng chung"}
)


def total_rows(ctx: Reading, rows: list[dict[str, Value]]) -> None:
    """Warn at the name of each ChiTieu row (with a code) named only "Tổng cộng"."""
    title = ctx.locator.sheet(CHI_TIEU)
    for row in rows:
        name = row.get("name")
        if "code" not in row or not isinstance(name, str):
            continue
        if normalize_header(name.strip(" .:;,-*")) not in TOTAL_NAMES:
            continue
        ref = ctx.locator.cell(CHI_TIEU, "name", int(str(row["row"])))
        ctx.warn(
            title,
            ref,
            f"«Chỉ tiêu» «{name}» là tên của một hàng cộng, không nói tổng của chỉ tiêu nào: "
            f"báo cáo sẽ viết hàng này như một chỉ tiêu riêng («{name} tháng … ước đạt …»). "
            "Nếu đây là hàng cộng gõ thêm, hãy xóa hàng này (tổng của một chỉ tiêu là hàng "
            "của chính nó, không có «Thuộc»); nếu không, hãy ghi tên chỉ tiêu.",
        )
