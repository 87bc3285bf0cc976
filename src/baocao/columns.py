"""The appendix table's column titles: the monthly report's, and for a report of several
months titles that name their periods ("Ước tháng 6", "Lũy kế 6 tháng", "Cả năm"), with a
quarterly report's quarter ("Ước quý II") in the third column."""

from __future__ import annotations

import dataclasses

from baocao.period import ROMAN, Period, ReportKind
from baocao.views import AppendixColumns

# "so với", "tháng 6", "6 tháng" kept together: "Tháng báo cáo / so với (%)", not
# "Tháng báo cáo so / với (%)"; "Ước / tháng 6", not "Ước tháng / 6".
NBSP = "\u00a0"
MONTHLY = AppendixColumns(
    first="Thực hiện tháng trước",
    month="Ước tháng báo cáo",
    same_period="Cùng kỳ",
    ytd="Lũy kế",
    first_group=f"Tháng báo cáo so{NBSP}với (%)",
    first_index="Tháng trước",
    second_index="Cùng kỳ",
    ytd_group=f"Lũy kế so{NBSP}với (%)",
)
DECEMBER = dataclasses.replace(MONTHLY, ytd="Cả năm", ytd_group=f"Cả năm so{NBSP}với (%)")


def appendix_columns(kind: ReportKind, period: Period) -> AppendixColumns:
    """The titles for a report of ``kind`` ending with ``period``'s month."""
    month = period.month
    if kind is ReportKind.MONTH:
        # December's year-to-date is the whole year, as its body says ("cả năm 2024").
        return MONTHLY if month != 12 else DECEMBER
    ytd = "Cả năm" if month == 12 else f"Lũy kế {month}{NBSP}tháng"
    columns = AppendixColumns(
        first=f"Thực hiện tháng{NBSP}{month - 1}",
        month=f"Ước tháng{NBSP}{month}",
        same_period=f"Cùng kỳ tháng{NBSP}{month}",
        ytd=ytd,
        first_group=f"Tháng {month} so{NBSP}với (%)",
        first_index="Tháng trước",
        second_index="Cùng kỳ",
        ytd_group=f"{ytd} so{NBSP}với (%)",
    )
    if kind is not ReportKind.QUARTER:
        return columns
    # A quarter's report compares the quarter and its last month with the same period.
    roman = ROMAN[period.quarter - 1]
    return dataclasses.replace(
        columns,
        first=f"Ước quý{NBSP}{roman}",
        first_group=f"So với cùng{NBSP}kỳ (%)",
        first_index=f"Quý {roman}",
        second_index=f"Tháng {month}",
    )
