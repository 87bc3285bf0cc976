"""A contract sheet copied in Excel beside its original: Excel names the copy of
«ChiTieu» «ChiTieu (2)», and a clerk who fills the copy while the original keeps last
month's figures gets a report of last month's. The copy is never read; when it holds
other values than the original, it is a warning naming both."""

from __future__ import annotations

import re

from baocao.cells import Reading
from baocao.raw import RawSheet
from baocao.sheets import SHEETS, normalize_header

_COPY = re.compile(r"(.+?) ?\(\d+\)")  # "ChiTieu (2)", "ChiTieu(3)"


def sheet_copies(ctx: Reading, sheets: dict[str, RawSheet]) -> None:
    """Warn at each copy of a contract sheet ("ChiTieu (2)") that differs from it."""
    by_name = {normalize_header(title): sheet for title, sheet in sheets.items()}
    names = {normalize_header(spec.name): spec.name for spec in SHEETS}
    for title, copy in sheets.items():
        found = _COPY.fullmatch(normalize_header(title))
        if found is None or found.group(1) not in names:
            continue
        original = by_name.get(found.group(1))
        if original is None or _values(copy) == _values(original):
            continue  # the missing sheet's own error names the copy
        name = original.title
        ctx.warn(
            title,
            None,
            f"Trang «{title}» (tên Excel đặt cho bản sao của trang «{name}») có nội dung "
            f"khác trang «{name}», nhưng báo cáo chỉ đọc trang «{name}». Nếu nội dung của "
            f"tháng này nằm ở trang «{title}», hãy chép sang trang «{name}»; rồi xóa trang "
            f"«{title}».",
        )


def _values(sheet: RawSheet) -> list[list[object]]:
    """The sheet's values row by row, blank cells and trailing blanks left out."""
    rows = [[c.value for c in cells] for cells in sheet.rows]
    for row in rows:
        while row and row[-1] in (None, ""):
            row.pop()
    return [row for row in rows if row]
