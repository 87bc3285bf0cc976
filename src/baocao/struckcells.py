"""A data row with a cell struck through (Format Cells → Strikethrough), the mark of one
who types a workbook for a row dropped ("đã bỏ") without deleting it: the report reads no
formatting, and printed the row all the same after a clean check. A warning at the row's
first struck cell that holds a value in a column the sheet reads, once per row."""

from __future__ import annotations

import re
from typing import Any

from baocao.cells import Reading, Value, is_blank
from baocao.raw import RawSheet, cell_point
from baocao.sheets import SheetSpec


def struck_rows(
    ctx: Reading, spec: SheetSpec, sheet: RawSheet, rows: list[dict[str, Value]]
) -> None:
    """A warning at each read row of ``sheet`` with a struck cell (see the module's
    docstring)."""
    if not sheet.struck:
        return
    read = {letter for (name, _), letter in ctx.locator.letters.items() if name == spec.name}
    filled = {c.ref for cells in sheet.rows for c in cells if not is_blank(c.value)}
    numbers = {int(str(r["row"])) for r in rows}
    said: set[int] = set()
    for ref in sorted(sheet.struck, key=lambda r: cell_point(r)[::-1]):
        number = cell_point(ref)[1]
        if number in said or number not in numbers or ref not in filled:
            continue
        if re.sub(r"\d", "", ref) not in read:
            continue
        said.add(number)
        ctx.warn(
            sheet.title,
            ref,
            f"Ô {ref} được định dạng chữ gạch ngang, thường là dấu bỏ của người nhập, nhưng "
            f"hàng {number} vẫn được đưa vào báo cáo (chương trình không đọc định dạng gạch "
            "ngang). Hãy xóa hàng nếu không dùng, hoặc bỏ định dạng gạch ngang.",
        )


def is_struck(cell: Any) -> bool:
    """Whether openpyxl's ``cell`` is formatted struck through; not when its style names a
    font the stylesheet lacks (openpyxl's IndexError: a check read the workbook before
    fonts were, and so does the report)."""
    try:
        return bool(cell.has_style and cell.font.strike)
    except IndexError:
        return False
