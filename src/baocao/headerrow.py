"""A sheet's header row typed lower than row 1: a title line above it ("BIỂU CHỈ TIÊU
THÁNG 3"), or a blank row left at the top. Row 1 was read as the header, and every
required column was said missing from it ("Thiếu cột «Mã» ở hàng tiêu đề (hàng 1)"), with
the title line called a column name, while the clerk sees the columns right there. One
error at the row that holds them instead, saying to delete the rows above."""

from __future__ import annotations

from baocao.cells import Reading
from baocao.raw import HEADER_LOOK_DOWN, RawSheet, cell_point
from baocao.sheets import SheetSpec, header_columns


def header_lower(ctx: Reading, spec: SheetSpec, sheet: RawSheet) -> bool:
    """Whether row 1 lacks a required column of ``spec`` that a row just below has with
    all the others; then an error at that row (and nothing else said of the sheet)."""
    required = [c.header for c in spec.columns if c.required]
    top = sheet.rows[0] if sheet.rows else ()
    if _holds(top, required):
        return False
    for cells in sheet.rows[1 : HEADER_LOOK_DOWN + 1]:
        if cells and _holds(cells, required):
            number = cell_point(cells[0].ref)[1]
            above = "hàng 1" if number == 2 else f"các hàng từ 1 đến {number - 1}"
            ctx.error(
                sheet.title,
                f"{number}:{number}",
                f"Tên các cột ({', '.join(f'«{h}»' for h in required)}, …) nằm ở hàng "
                f"{number}, nhưng hàng tiêu đề phải là hàng 1 của trang: hãy xóa {above} "
                "phía trên (dòng tên biểu, dòng trống) để tên các cột ở hàng 1.",
            )
            return True
    return False


def _holds(cells: tuple[object, ...], titles: list[str]) -> bool:
    found = header_columns(getattr(c, "value", None) for c in cells).positions
    return all(header_columns([t]).positions.keys() <= found.keys() for t in titles)
