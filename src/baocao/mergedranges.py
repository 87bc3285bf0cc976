"""Merged ranges over the cells a sheet's rows are read from.

Every cell of a merged range holds its first cell's value, so a range over rows of a
figure column gives each row that figure, and one across two figure columns (a month's
figure merged into «Tháng trước» beside it) gives each column that figure: the report
would compare it with itself ("bằng tháng trước"). A range over rows of the column that
makes each row (a task, a paragraph, a code) writes its text again for each row. Each is
a warning at the range.
"""

from __future__ import annotations

from baocao.cells import Reading, is_blank
from baocao.raw import RawSheet, merged_corners
from baocao.sheets import Kind, SheetSpec


def merged_figures(ctx: Reading, spec: SheetSpec, sheet: RawSheet, columns: dict[str, int]) -> None:
    """Say each merged range that gives one value to several rows' figures or keys, or to
    several figure columns (a heading or a Mục may be merged)."""
    numeric = {
        columns[c.field] + 1: c.header
        for c in spec.columns
        if c.kind is Kind.NUMBER and c.field in columns
    }
    key = {columns[spec.key_field] + 1} if spec.key_field in columns else set()
    for merged in sheet.merged:
        first = merged.partition(":")[0]
        (col, row), (end_col, end_row) = merged_corners(merged)
        spanned = set(range(col, end_col + 1))
        figures = [numeric[c] for c in sorted(numeric.keys() & spanned)]
        if len(figures) > 1 and _holds_value(sheet, first):
            named = " và ".join([", ".join(f"«{h}»" for h in figures[:-1]), f"«{figures[-1]}»"])
            rows = f", ở mọi hàng từ {row} đến {end_row}" if end_row > row else ""
            ctx.warn(
                sheet.title,
                first,
                f"Các ô {merged} được gộp (merge): số ở ô {first} được đọc cho cả {named}"
                f"{rows}, nên báo cáo so sánh số này với chính nó. Hãy bỏ gộp ô và điền số "
                "cho từng cột.",
            )
        elif end_row <= row:
            continue
        elif figures:
            ctx.warn(
                sheet.title,
                first,
                f"Các ô {merged} được gộp (merge): số ở ô {first} được đọc cho mọi hàng từ "
                f"{row} đến {end_row}. Hãy bỏ gộp ô và điền số cho từng hàng.",
            )
        elif key & spanned:
            ctx.warn(
                sheet.title,
                first,
                f"Các ô {merged} được gộp (merge): nội dung ô {first} được đọc cho mọi hàng từ "
                f"{row} đến {end_row}, nên được viết lặp lại. Hãy bỏ gộp ô và điền nội dung "
                "cho từng hàng.",
            )


def _holds_value(sheet: RawSheet, ref: str) -> bool:
    """Whether cell ``ref`` of ``sheet`` holds a value (an empty range gives nothing)."""
    return any(
        cell.ref == ref and not is_blank(cell.value) for cells in sheet.rows for cell in cells
    )
