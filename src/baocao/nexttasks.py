"""A report of several months whose NhiemVu holds next month's tasks alone.

June's half-year report printed "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026" over tasks
that were all July's ("Trong tháng 7/2026, …", "… tháng 7"), a monthly report's list, with a
clean check (office44): a task naming next month is no stale one, so no rule read it. When
every task (two or more) of a report of a quarter, 6 or 9 months names next month and no
other period, one warning at the first task says so. Not the year's report, often written
in November, nor a monthly one; one task of the period, or of no month, is quiet."""

from __future__ import annotations

import re

from baocao.cells import Reading
from baocao.lastyeartasks import every_period, part_two
from baocao.models import MonthlyData
from baocao.period import Period, ReportKind, month_words
from baocao.sheets import NHIEM_VU


def next_month_tasks(data: MonthlyData, kind: ReportKind, ctx: Reading) -> None:
    """Warn at the first task when all are next month's (see the docstring)."""
    if kind in (ReportKind.MONTH, ReportKind.YEAR) or len(data.tasks) < 2:
        return
    period = Period(data.info.year, data.info.month)
    coming = period.next()
    month = re.compile(
        rf"(?<!\w){month_words(coming)}"
        r"(?!\d|\s*[/.\-–]\s*\d)",  # not "tháng 7/2025" in 2026, "tháng 7-8"
        re.I,
    )
    for task in data.tasks:
        if not month.search(task.text):
            return
        if any(
            not match[0].lower().startswith("tháng") or ended != coming
            for match, ended in every_period(task.text)
        ):
            return
    report, _ = part_two(kind, period)
    ctx.warn(
        *ctx.at(NHIEM_VU, "text", data.tasks[0].row),
        f"Mọi nhiệm vụ ở trang {ctx.locator.sheet(NHIEM_VU)} đều là nhiệm vụ của tháng "
        f"{coming.short}, nhưng phần II của báo cáo {report} là nhiệm vụ của cả kỳ tới (từ "
        f"tháng {coming.short}), không chỉ tháng {coming.short}: có lẽ đây là danh sách nhiệm "
        "vụ của báo cáo tháng. Hãy viết nhiệm vụ của cả kỳ tới; nếu đây là báo cáo tháng, "
        "hãy ghi «tháng» ở khóa «ky_bao_cao».",
    )
