"""A figure cell whose formula reads another workbook ("='[CucThongKe.xlsx]Sheet1'!B5",
stored "[1]Sheet1!B5"), as an office links its workbook to the statistics office's table:
its value is the one Excel saved when the link was last updated, not the source's today
(a link not updated on opening keeps last month's). The report uses it, with a note at the
cell naming the value, and how to update the link when the source has changed."""

from __future__ import annotations

import re

from baocao.cells import Reading, shown
from baocao.raw import RawCell

# "[1]Sheet1!B5", "'[1]Số liệu'!B5", "[1]!Ten" as stored; "[CucThongKe.xlsx]Sheet1!B5" as
# typed. A table's structured reference ("Bang1[Tháng báo cáo]") is not one.
_EXTERNAL = re.compile(r"\[\d+\][^!\[\]]*!|\[[^\[\]]+\.xl[a-z]{1,2}\]", re.I)


def linked_value(ctx: Reading, title: str, cell: RawCell, value: object) -> None:
    """A note at ``cell`` when its formula reads another workbook and gave ``value``."""
    if cell.formula is None or value is None or not _EXTERNAL.search(cell.formula):
        return
    ctx.note(
        title,
        cell.ref,
        f"Ô lấy số từ một sổ Excel khác (công thức «={cell.formula.lstrip('=')}»): báo cáo "
        f"dùng giá trị Excel lưu lần cuối, {shown(value)}. Nếu sổ nguồn đã có số mới, hãy mở "
        "sổ này bằng Excel, chọn Dữ liệu → Sửa liên kết → Cập nhật giá trị (Data → Edit Links "
        "→ Update Values) rồi lưu lại.",
    )
