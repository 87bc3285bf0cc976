"""A NhiemVu task of a month's report that opens by naming the report's own month or an
earlier one ("Trong tháng 12/2020, tập trung …" in December 2020's report, whose Section II
is January 2021's tasks): last month's task for this month, copied from the sheet
``NhiemVuThangTruoc`` (which ``init`` fills for that) and not updated. The report would
print it under "NHIỆM VỤ TRỌNG TÂM THÁNG 1 NĂM 2021": a warning at it. Not one that goes
on to another month ("Tháng 12/2020 và tháng 1/2021, …", "Tháng 12/2020 đến tháng 3/2021,
…": a span), nor in a report of several months, whose tasks are for a period to come."""

from __future__ import annotations

import re

from baocao.cells import Reading
from baocao.models import MonthlyData
from baocao.period import Period, ReportKind
from baocao.sheets import NHIEM_VU
from baocao.staleperiod import OPENING_MONTH

# "… và tháng 1/2021", "… (tháng cuối năm) và …", "… - …", "… đến …": it goes on to another.
_GOES_ON = re.compile(r"\s*(?:\([^()]*\))?\s*,?\s*(?:và|-|–|đến|tới)\s", re.I)


def past_month_tasks(data: MonthlyData, kind: ReportKind, ctx: Reading) -> None:
    """Warn at each task of a month's report that opens by naming a month already reported
    (see the module's docstring)."""
    if kind is not ReportKind.MONTH:
        return
    period = Period(data.info.year, data.info.month)
    coming = period.next()
    for task in data.tasks:
        match = OPENING_MONTH.match(task.text)
        if match is None or not 1 <= int(match.group(2)) <= 12:
            continue
        named = Period(int(match.group(3)), int(match.group(2)))
        if named > period or _GOES_ON.match(task.text, match.end()):
            continue
        ctx.warn(
            *ctx.at(NHIEM_VU, "text", task.row),
            f"Nhiệm vụ này bắt đầu bằng «{match.group(1)}», tức tháng {named.short}, nhưng "
            f"phần II của báo cáo tháng {period.short} là nhiệm vụ tháng {coming.short}: có lẽ "
            "nhiệm vụ được chép từ sổ tháng trước (trang NhiemVuThangTruoc) mà chưa cập nhật. "
            f"Hãy viết nhiệm vụ của tháng {coming.short}.",
        )
