"""An index column of ChiSoSXCN pasted from the statistics office's table's base column:
its tables set the base period's column ("Cùng kỳ năm trước = 100", "Tháng trước = 100")
beside the indices, so a paste one column off fills every row with 100, and the report
wrote the whole industry and every branch unchanged ("ước bằng cùng kỳ … ngành khai
khoáng ước không đổi") with exit 0. Every index of a column of two rows or more being
exactly 100 is a warning at the column's first cell; one row of 100 is a real index.

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from baocao.models import MonthlyData
from baocao.sheets import CHI_SO_SXCN

if TYPE_CHECKING:
    from baocao.checks import Findings

BASE = Decimal(100)
INDEX_FIELDS = ("index", "mom_index", "ytd_index")


def check_base_column(found: Findings, data: MonthlyData) -> None:
    """Each index column whose every filled cell, in two rows or more, is 100."""
    for name in INDEX_FIELDS:
        rows = [row for row in data.iip if getattr(row, name) is not None]
        if len(rows) < 2 or any(getattr(row, name) != BASE for row in rows):
            continue
        first, last = (found.at(CHI_SO_SXCN, name, row.row) for row in (rows[0], rows[-1]))
        found.add(
            False,
            f"Mọi chỉ số của cột «{CHI_SO_SXCN.header(name)}» (ô {first} đến {last}) đều "
            "bằng 100: có thể đã dán cột kỳ gốc (kỳ so sánh = 100) của biểu Cục Thống kê "
            "thay cho chỉ số của kỳ này, và báo cáo sẽ viết toàn ngành cùng mọi ngành không "
            "tăng, không giảm. Hãy kiểm tra lại cột này.",
            CHI_SO_SXCN,
            first,
        )
