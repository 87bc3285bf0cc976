"""A NhiemVu task of a month's report that opens by naming the report's own month or an
earlier one ("Trong tháng 12/2020, tập trung …" in December 2020's report, whose Section II
is January 2021's tasks): last month's task for this month, copied from last month's
workbook (or the sheet ``NhiemVuThangTruoc`` ``init`` fills for that, named when the
workbook has it: ``lastyeartasks.copied_from``) and not updated. The report would
print it under "NHIỆM VỤ TRỌNG TÂM THÁNG 1 NĂM 2021": a warning at it. Not one that goes
on to another month ("Tháng 12/2020 và tháng 1/2021, …", "Tháng 12/2020 đến tháng 3/2021,
…": a span). So in a report of several months, whose Section II is the period after its
last month: September's 9-month report is most often begun from August's monthly workbook,
whose tasks for September ("Trong tháng 9/2021, …") would stand under "PHƯƠNG HƯỚNG, NHIỆM
VỤ 3 THÁNG CUỐI NĂM 2021". But the year's report, often written in November, may still set
tasks for December: its own month is not said. A month named without its year is this
year's, but in December's report one before December is next year's ("Trong tháng 1, …").

Anywhere in the task, "nhiệm vụ (trọng tâm) tháng 1 năm 2026" names the month whose tasks
it sets: in January 2026's report (Section II February's tasks) it is December's task for
January copied. Not after words that look back at a month ("đánh giá kết quả thực hiện
nhiệm vụ tháng 1", "sơ kết", "báo cáo"), nor the work left over from it ("còn tồn đọng"),
nor one going on to another month. So of a quarter's or months' tasks ("nhiệm vụ quý
II/2025" in the quý III report, "nhiệm vụ 6 tháng đầu năm 2025" in the 6-month one), and
of a year's ("Tập trung thực hiện các nhiệm vụ trọng tâm năm 2025" under January 2026's
"NHIỆM VỤ TRỌNG TÂM THÁNG 2 NĂM 2026", office29; not in the year's own report): the
period ended with the report's month or before. One that ended long before, which
``lastyeartasks`` says was copied from last year's report, is said by it alone."""

from __future__ import annotations

import re

from baocao.cells import Reading
from baocao.lastyeartasks import copied_from, last_month, long_past
from baocao.models import MonthlyData
from baocao.period import ROMAN, Period, ReportKind
from baocao.sheets import NHIEM_VU
from baocao.staleperiod import OPENING_MONTH

# "Trong tháng 6, …", "Tháng 6: …": a month named without its year, this year's.
_BARE_MONTH = re.compile(r"^((?:trong\s+)?tháng\s+(\d{1,2}))\b(?!\s*(?:/|năm\s+\d))", re.I)
# "… và tháng 1/2021", "… (tháng cuối năm) và …", "… - …", "… đến …": it goes on to another.
# Its spaces are taken whole (``*+``): none of its words begins with one, and the runs of
# spaces it allows one after another took 8 seconds to share out 800 spaces.
# "… nhiệm vụ trọng tâm tháng 1 năm 2026", "nhiệm vụ tháng 01/2026", "nhiệm vụ tháng 1";
# also a quarter's or months' tasks: "nhiệm vụ quý II/2025", "nhiệm vụ trọng tâm quý 3 năm
# 2025", "nhiệm vụ 6 tháng đầu năm 2025"; or a year's, "nhiệm vụ (trọng tâm) (của) năm 2025"
# (not a span of years, "nhiệm vụ năm 2025-2026").
_TASKS_OF = re.compile(
    r"(?<!\w)(nhiệm\s+vụ\s+(?:trọng\s+tâm\s+)?(?:(?:tháng\s+(\d{1,2})|qu[ýí]\s+(iv|i{1,3}|[1-4])(?!\w)"
    r"|(\d{1,2})\s+tháng\s+(đầu|cuối)(?:\s+năm(?!\s+\d))?)"
    r"(?:\s*/\s*(\d{4})|\s+năm\s+(\d{4}))?|(?:của\s+)?năm\s+(\d{4})(?!\s*[-–]\s*\d)))(?![\d/])",
    re.I,
)
# Words before it that look back at the month's work, not set it (its results, or its
# shortcomings, obstacles and lessons: "khắc phục những tồn tại, hạn chế trong thực hiện
# nhiệm vụ 6 tháng đầu năm 2025", "tháo gỡ vướng mắc", "rút kinh nghiệm"; or its accounts
# settled or rewarded: "Quyết toán kinh phí thực hiện nhiệm vụ năm 2025", "Nghiệm thu, thanh
# lý …", "Khen thưởng … hoàn thành xuất sắc nhiệm vụ năm 2025"; or a briefing on it, "Tổ
# chức Hội nghị giao ban công tác 6 tháng đầu năm 2025"); after it, the work left
# over from it ("nhiệm vụ tháng 12/2025 còn tồn đọng", "… quý III còn chậm", "… bị chậm",
# "… dở dang", "… dang dở",
# "… năm 2025 chuyển sang năm 2026", "… được kéo dài sang năm 2026"), maybe after who
# assigned it ("… được UBND tỉnh giao nhưng chưa hoàn thành"). Its spaces are taken whole,
# as _GOES_ON's are.
LOOKS_BACK = re.compile(
    r"kết\s+quả|sơ\s+kết|tổng\s+kết|đánh\s+giá|báo\s+cáo|tồn\s+tại|hạn\s+chế|vướng\s+mắc"
    r"|kinh\s+nghiệm|quyết\s+toán|nghiệm\s+thu|thanh\s+lý|khen\s+thưởng|xếp\s+loại|xuất\s+sắc"
    r"|giao\s+ban",
    re.I,
)
_LEFT_OVER = re.compile(
    r"(?:\s++(?:đã\s++)?được\s++(?:[^\W\d_]++\s++){0,5}?giao(?!\w))?+\s*+,?\s*+(?:nhưng\s++)?+"
    r"(?:còn\s+lại|còn\s+tồn|tồn\s+đọng|chưa\s+(?:hoàn|thực|làm|đạt|xong)"
    r"|(?:được\s+)?(?:chuyển\s+(?:sang|tiếp)|kéo\s+dài)"
    r"|(?:còn\s+|bị\s+)?(?:chậm(?!\s+nhất)|dở\s+dang|dang\s+dở)\b)",
    re.I,
)
_GOES_ON = re.compile(r"\s*+(?:\([^()]*\))?\s*+,?\s*+(?:và|-|–|đến|tới)\s", re.I)


def past_month_tasks(data: MonthlyData, kind: ReportKind, ctx: Reading) -> None:
    """Warn at each task that opens by naming a month already reported (see the module's
    docstring)."""
    period = Period(data.info.year, data.info.month)
    coming = period.next()
    if kind is ReportKind.MONTH:
        report, tasks, write = f"tháng {period.short}", f"tháng {coming.short}", "của tháng"
    else:  # "phần II của báo cáo 9 tháng đầu năm 2021 là nhiệm vụ từ tháng 10/2021"
        report, write = kind.period_name(period), "từ tháng"
        tasks = f"{write} {coming.short}"
    for task in data.tasks:
        match = OPENING_MONTH.match(task.text) or _BARE_MONTH.match(task.text)
        match = match or _tasks_of(task.text)
        named = None if match is None else _named(match, period)
        if match is None or named is None or long_past(task.text, period):
            continue  # a period long past: said once, by lastyeartasks
        last, name = named
        if last > period or _GOES_ON.match(task.text, match.end()):
            continue
        if kind is ReportKind.YEAR and last == period:
            continue
        ctx.warn(
            *ctx.at(NHIEM_VU, "text", task.row),
            f"Nhiệm vụ này {'ghi' if match.re is _TASKS_OF else 'bắt đầu bằng'} "
            f"«{match.group(1)}», tức {name}, nhưng "
            f"phần II của báo cáo {report} là nhiệm vụ {tasks}: có lẽ nhiệm vụ được chép từ "
            f"{copied_from(ctx)} mà chưa cập nhật. "
            f"Hãy viết nhiệm vụ {write} {coming.short}.",
        )


def _named(match: re.Match[str], period: Period) -> tuple[Period, str] | None:
    """The last month of the period a task names and the period's name ("tháng 6/2025",
    "quý II/2025", "6 tháng đầu năm 2025"); None for no real period ("tháng 13")."""
    quarter = count = side = None
    if match.re is _TASKS_OF and match.group(8):  # a year's tasks: "nhiệm vụ năm 2025"
        return Period(int(match.group(8)), 12), f"năm {match.group(8)}"
    if match.re is not _TASKS_OF:
        typed = None if match.re is _BARE_MONTH else match.group(3)
    else:
        quarter, count, side = match.group(3), match.group(4), match.group(5)
        typed = match.group(6) or match.group(7)
    month = last_month(quarter, count, side, match.group(2))
    if month is None:
        return None
    last = Period(int(typed) if typed else _bare_year(month, period), month)
    if quarter is not None:
        return last, f"quý {ROMAN[last.month // 3 - 1]}/{last.year}"
    if count is not None and side is not None:
        return last, f"{int(count)} tháng {side.lower()} năm {last.year}"
    return last, f"tháng {last.short}"


def _bare_year(month: int, period: Period) -> int:
    """The year of a month named without one: this year's, but next year's in December's
    report (whose part II is next year's) for a month before December ("Trong tháng 1, …"
    is January's task, not a copy of last January's)."""
    wraps = period.next().year > period.year and month < period.month
    return period.year + 1 if wraps else period.year


def _tasks_of(text: str) -> re.Match[str] | None:
    """The first "nhiệm vụ (trọng tâm) tháng N" (or "quý …", "N tháng đầu năm …") of a task
    that does not look back at it. The words that look back are looked for once: each such
    task's "before it" read again took 7 s for 1 500 of them (attack17)."""
    back = LOOKS_BACK.search(text)  # none spans a task's "nhiệm vụ": the first is the one
    for match in _TASKS_OF.finditer(text):
        if back is not None and back.end() <= match.start():
            return None  # looking back at this one and every later one
        if not _LEFT_OVER.match(text, match.end()):
            return match
    return None
