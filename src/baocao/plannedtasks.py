"""A NhiemVu task that sets out to prepare, hold or roll out something of a period already
reported: "Chuẩn bị các điều kiện tổ chức Tuần lễ hàng Việt tháng 11/2025" and "Tổ chức
Hội chợ Thương mại tháng 10/2025" were printed under "NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2025"
of November's report with a clean check (office30): last month's tasks copied, the
commonest copy, which ``staletasks`` reads only when a month opens the task. Only a task
opening with such a verb ("chuẩn bị", "tổ chức", "triển khai", after "tiếp tục" too) whose
periods (``lastyeartasks.named_periods``: not a document's date, a time reckoned from, a
bracket, a document's month: "Triển khai Nghị quyết … tháng 12/2024") all ended with the
report's month or before, and which names no period to come (the end of a span, "tháng
10/2025 đến tháng 1/2026", too); not one with words that look back
(``staletasks.LOOKS_BACK``: "tổ chức sơ kết …", "triển khai khắc phục hạn chế …"), nor
one carrying on the period's work left unfinished ("triển khai các nội dung còn dở dang
của tháng 9/2026", "… dự án còn chậm tiến độ trong quý III/2026", "… chưa hoàn thành …",
office42), nor the year's own report, which may set December's tasks. A warning at the task, unless
another rule warned there already (said once)."""

from __future__ import annotations

import re

from baocao.cells import Reading
from baocao.lastyeartasks import copied_from, every_period, named_periods, part_two, said_cells
from baocao.models import MonthlyData
from baocao.nexttasks import next_month_tasks
from baocao.period import Period, ReportKind
from baocao.sheets import NHIEM_VU
from baocao.staletasks import LOOKS_BACK

_PLANNED = re.compile(r"(?:tiếp\s+tục\s+)?(?:chuẩn\s+bị|tổ\s+chức|triển\s+khai)(?!\w)", re.I)
# A document before the period, which dates it ("Triển khai Nghị quyết của HĐND tỉnh tháng
# 12/2024"); not "kế hoạch", whose month is the plan's ("Triển khai kế hoạch tháng 12").
_DOCUMENT = re.compile(
    r"(?<!\w)(?:nghị\s+quyết|quyết\s+định|chỉ\s+thị|công\s+văn|thông\s+báo|thông\s+tư"
    r"|nghị\s+định|văn\s+bản|luật)(?!\w)",
    re.I,
)


# Work left unfinished, carried on: "các nội dung còn dở dang của tháng 9/2026", "dự án còn
# chậm tiến độ trong quý III/2026" (not "chậm nhất", a deadline), "… chưa hoàn thành".
_LEFT_BEHIND = re.compile(
    r"(?<!\w)(?:dở\s+dang|dang\s+dở|tồn\s+đọng|còn\s+lại|(?:còn|bị)\s+chậm(?!\s+nhất)"
    r"|chậm\s+tiến\s+độ|chưa\s+(?:hoàn\s+thành|thực\s+hiện|làm\s+xong|xong))(?!\w)",
    re.I,
)


def past_planned_tasks(data: MonthlyData, kind: ReportKind, ctx: Reading) -> None:
    """Warn at each task planning for a period already reported (see the docstring)."""
    next_month_tasks(data, kind, ctx)  # a period's report with next month's tasks alone
    period = Period(data.info.year, data.info.month)
    if kind is ReportKind.YEAR:
        return
    report, tasks = part_two(kind, period)
    said = said_cells(ctx)
    for task in data.tasks:
        at = ctx.at(NHIEM_VU, "text", task.row)
        text = task.text.strip()
        if at in said or not _PLANNED.match(text) or LOOKS_BACK.search(text):
            continue
        if _LEFT_BEHIND.search(text):
            continue
        periods = list(named_periods(text))
        if not periods or _DOCUMENT.search(text, 0, periods[0][0].start()):
            continue
        if any(ended > period for _, ended in every_period(text)):
            continue  # a period to come, a span's end too ("tháng 10/2025 đến tháng 1/2026")
        ctx.warn(
            *at,
            f"Nhiệm vụ này nêu «{periods[0][0].group(0).strip()}», một kỳ đã báo cáo, nhưng "
            f"phần II của báo cáo {report} là nhiệm vụ {tasks}: có lẽ nhiệm vụ được chép từ "
            f"{copied_from(ctx)} mà chưa cập nhật. Hãy cập nhật nhiệm vụ "
            "này, hoặc bỏ nếu đã xong.",
        )
