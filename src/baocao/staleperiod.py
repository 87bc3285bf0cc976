"""A HoatDong paragraph of a month's report that opens by naming the period that ended
last month: "Năm 2025, …" in January 2026's (December's workbook was the year's report),
"6 tháng đầu năm 2025, …" in July's, "Quý III/2025 …" in October's, "Trong 5 tháng đầu
năm 2025 …" in June's. Like one that opens by naming last month (``stale``), it was likely
copied from last month's workbook and not updated: a warning at it. In a report of
several months, whose months each have their paragraphs, only the months to last month
are ("11 tháng đầu năm 2025, …" in December's report of the year); never one that names
this month right after ("Năm 2025 và tháng 1/2026, …": it tells of both)."""

from __future__ import annotations

import re

from baocao.cells import Reading
from baocao.models import MonthlyData
from baocao.period import ROMAN, Period, ReportKind
from baocao.sheets import HOAT_DONG

# "Năm 2025", "Trong năm 2025", "Cả năm 2025", "Tính chung cả năm 2025"; "6 tháng đầu năm
# 2025"; "Quý II/2025", "quý 2 năm 2025".
_OPENING_PERIOD = re.compile(
    r"^((?:(?:trong|tính\s+chung)\s+)?(?:(?:cả\s+)?năm|(\d{1,2})\s+tháng\s+đầu\s+năm"
    r"|quý\s+([IV]{1,3}|\d)\s*(?:/|năm))\s*(\d{4}))\b",
    re.IGNORECASE,
)


def _period_named(match: re.Match[str]) -> tuple[Period, str] | None:
    """The last month of the period an opening names, and the period as said ("năm 2025",
    "6 tháng đầu năm 2025", "quý II/2025"); None for a number that is no period."""
    year = int(match.group(4))
    months, quarter = match.group(2), match.group(3)
    if months is not None:
        count = int(months)
        return (Period(year, count), f"{count} tháng đầu năm {year}") if 1 <= count <= 12 else None
    if quarter is not None:
        number = int(quarter) if quarter.isdigit() else ROMAN.index(quarter.upper()) + 1
        if not 1 <= number <= 4:
            return None
        return Period(year, number * 3), f"quý {ROMAN[number - 1]}/{year}"
    return Period(year, 12), f"năm {year}"


def last_periods_paragraphs(data: MonthlyData, kind: ReportKind, ctx: Reading) -> None:
    """Warn at each HoatDong paragraph that opens by naming the period that ended last
    month, in a report of several months (``kind``) only the months from January (see the
    module's docstring)."""
    period = Period(data.info.year, data.info.month)
    last = period.previous()
    this_month = re.compile(
        rf"\s*,?\s*(?:và|-|–|đến|so với)?\s*(?:tháng\s+)?0?{period.month}\s*(?:/|năm)\s*"
        rf"{period.year}\b",
        re.IGNORECASE,
    )
    monthly = kind is ReportKind.MONTH
    covered = f"tháng {period.short}" if monthly else kind.period_name(period)
    for act in data.activities:
        match = _OPENING_PERIOD.match(act.text)
        named = None if match is None else _period_named(match)
        if match is None or named is None or named[0] != last:
            continue
        if not monthly and match.group(2) is None:
            continue
        if this_month.match(act.text, match.end()):
            continue
        ctx.warn(
            ctx.locator.sheet(HOAT_DONG),
            ctx.locator.cell(HOAT_DONG, "text", act.row),
            f"Đoạn này bắt đầu bằng «{match.group(1)}», tức {named[1]}, nhưng báo cáo là "
            f"{covered}: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết "
            f"nội dung của {covered}.",
        )
