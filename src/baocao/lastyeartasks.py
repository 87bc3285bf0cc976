"""A NhiemVu task naming a period of an earlier year that ended half a year or more before
the report's month: "Tổ chức các hoạt động xúc tiến thương mại quý IV năm 2024." in the
9-month report of 2025, whose Section II is "PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2025".
A 9-month or a quarter's report is made once a year and its workbook is most easily begun
from last year's (``staleperiod`` says so of a HoatDong paragraph that opens with last
year's period); a task is the period to come, so one set for a period long past is last
year's task left as it was: a warning at it. The period may stand anywhere in the task
("quý IV/2024", "quý 4 năm 2024", "3 tháng cuối năm 2024", "tháng 10/2024").

Not a task that names the report's year or a later one too (a comparison, "phấn đấu quý
IV/2025 tăng 10% so với quý IV/2024", or a plan to 2030); not a month after "ngày" (a
document's date, "Quyết định số 12/QĐ-UBND ngày 15 tháng 10 năm 2024", and so after its
number, "Nghị quyết số 05/NQ-HĐND tháng 12/2024"), nor a period the task reckons from or
to ("… tồn đọng từ quý IV/2024", "sau tháng 9/2024") or compares with ("phấn đấu quý IV
tăng 10% so với quý IV/2024") or names in brackets ("khắc phục hậu quả bão số 3 (tháng
9/2024)"), nor a period after the conclusions or recommendations the task carries out
("kết luận của … tại buổi làm việc … tháng 10/2024", "kiến nghị của Đoàn kiểm tra … quý
IV/2024"): the past as a reference; not a period that ended less than six months before
(the year just ended reviewed early in the next: "Tổng hợp báo cáo quý IV/2024" in March
2025's report); not a year alone ("kế hoạch năm 2024", "Nghị quyết năm 2024": plans and
resolutions are named by their year); not one that opens with a month ("Trong tháng
10/2024, …"), which ``staletasks`` warns of."""

from __future__ import annotations

import re
from collections.abc import Iterator

from baocao.cells import Reading
from baocao.models import MonthlyData
from baocao.period import Period, ReportKind
from baocao.sheets import NHIEM_VU, PREVIOUS_TASKS
from baocao.staleperiod import OPENING_MONTH, YEAR_AFTER

# "quý IV/2024", "quý 4 năm 2024", "quý IV - 2024"; "3 tháng cuối năm 2024", "6 tháng đầu
# năm 2024"; "tháng 10/2024", "tháng 10 năm 2024".
_PERIOD = re.compile(
    r"(?<!\w)(?:qu[ýí]\s+(iv|i{1,3}|[1-4])|(\d{1,2})\s+tháng\s+(đầu|cuối)|tháng\s+(\d{1,2}))"
    rf"\s*{YEAR_AFTER}\s*(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# A document's date, "ngày 15 tháng 10 năm 2024"; a time the task reckons from or to,
# "tồn đọng từ quý IV/2024", "sau tháng 9/2024", or compares with, "tăng 10% so với (cùng
# kỳ) quý IV/2024".
_DATE_BEFORE = re.compile(r"ngày\s+\d{1,2}\s*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(
    r"(?<!\w)(?:từ|sau|trước|đến|tới|so\s+với(?:\s+cùng\s+kỳ)?)\s*$", re.IGNORECASE
)
# A document's number with its symbol right before, "Nghị quyết số 05/NQ-HĐND tháng
# 12/2024": the month is its date (not "bão số 3 tháng 9/2024", a number without a symbol).
# Without "số" its symbol has a letter after the first "/" ("Nghị quyết 05-NQ/TU tháng
# 10/2024"; not a date, "15/10/2024 tháng 9/2024").
# Its symbol is read from its first "/", each part of the word once: "\S*/\S+" tried each
# "/" of a long word with each of its ends (32 000 "/" took 6 s for each month after them).
_DOC_BEFORE = re.compile(
    r"(?:(?<!\w)số\s+\d[^\s/]*+/|(?<!\S)\d[^\s/]*+/(?=\S*?[^\W\d_]))\S++\s*$", re.IGNORECASE
)
# The conclusions, recommendations or directions of a past meeting, session or inspection
# the task carries out ("Thực hiện kết luận của Chủ tịch UBND tỉnh tại buổi làm việc …
# tháng 10/2024", "các kiến nghị của cử tri tại Kỳ họp … tháng 12/2024", "ý kiến chỉ đạo
# tại cuộc họp tháng 11/2025", "nội dung chỉ đạo của … tại phiên họp … tháng 11/2025"; not
# the verb, "Chỉ đạo các đơn vị …"): the period dates it.
_OUTCOME_BEFORE = re.compile(
    r"(?<!\w)(?:kết\s+luận|kiến\s+nghị|ý\s+kiến\s+chỉ\s+đạo|chỉ\s+đạo\s+của)(?!\w)", re.IGNORECASE
)
_WORDS_BEFORE = 4  # the most words a reference before a period spans: "so với cùng kỳ"
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
# A period that ended this many months or more before the report's month is long past.
PAST_MONTHS = 6


def last_month(
    quarter: str | None, months: str | None, side: str | None, month: str | None
) -> int | None:
    """The last month of a period named by its quarter ("IV", "4"), its months from the
    year's start or to its end ("6" and "đầu") or its month ("10"), as typed; None for no
    real period ("tháng 13", "12 tháng đầu năm")."""
    if quarter is not None:  # as a title names it ("quý IV", "quý 4"), staleperiod too
        number = ReportKind.quarter_named(f"quý {quarter}")
        return None if number is None else 3 * number
    if months is not None and side is not None:
        count = int(months)
        return None if not 1 <= count <= 11 else (count if side.lower() == "đầu" else 12)
    return int(month) if month is not None and 1 <= int(month) <= 12 else None


def last_years_tasks(data: MonthlyData, kind: ReportKind, ctx: Reading) -> None:
    """Warn at each task that names a period long past (see the module's docstring)."""
    period = Period(data.info.year, data.info.month)
    report, tasks = part_two(kind, period)
    for task in data.tasks:
        match = long_past(task.text, period)
        if match is not None:
            ctx.warn(
                *ctx.at(NHIEM_VU, "text", task.row),
                f"Nhiệm vụ này nêu «{match.group(0).strip()}», một kỳ đã qua, nhưng phần II "
                f"của báo cáo {report} là nhiệm vụ {tasks}: có lẽ nhiệm vụ được chép từ báo "
                "cáo năm trước mà chưa cập nhật. Hãy kiểm tra lại kỳ và năm của nhiệm vụ.",
            )


def part_two(kind: ReportKind, period: Period) -> tuple[str, str]:
    """The name of ``period``'s report of ``kind`` and the months its part II's tasks are
    of, as a stale task's warning says them: ("tháng 3/2024", "của tháng 4/2024"), ("9
    tháng đầu năm 2021", "từ tháng 10/2021")."""
    coming = period.next()
    if kind is ReportKind.MONTH:
        return f"tháng {period.short}", f"của tháng {coming.short}"
    return kind.period_name(period), f"từ tháng {coming.short}"


def long_past(text: str, period: Period) -> re.Match[str] | None:
    """The period long past a task ``text`` names in ``period``'s report (see the module's
    docstring), which ``last_years_tasks`` warns of; None for none (``staletasks`` then
    says a task of a period already reported)."""
    if any(int(year) >= period.year for year in _YEAR.findall(text)):
        return None
    opening = OPENING_MONTH.match(text)
    for match, ended in named_periods(text):
        if opening is not None and match.end() <= opening.end():
            return None  # a task opening with a month already reported: staletasks says it
        gap = (period.year - ended.year) * 12 + period.month - ended.month
        if gap >= PAST_MONTHS:
            return match
    return None


def copied_from(ctx: Reading) -> str:
    """Where a stale task's warning says it was copied from: last month's workbook, and the
    sheet ``init`` copies last month's tasks into (``PREVIOUS_TASKS``, as the workbook's own
    title writes it) only when the workbook has it: one made from the contract has none,
    and its clerk was told of a sheet never seen (a trial office)."""
    title = ctx.locator.titles.get(PREVIOUS_TASKS)
    return "sổ tháng trước" + (f" (trang {title})" if title else "")


def said_cells(ctx: Reading) -> set[tuple[str | None, str | None]]:
    """The (sheet, cell) of each problem ``ctx`` holds: a task rule run after another skips
    the tasks warned there already (``plannedtasks``, ``tettasks``: said once)."""
    return {(p.sheet, p.cell) for p in ctx.problems}


def named_periods(text: str) -> Iterator[tuple[re.Match[str], Period]]:
    """Each period a task ``text`` names as its own, not as a reference (a document's date,
    a time reckoned from or to, a bracket, a past meeting's conclusions: the module's
    docstring), with its last month; in order. Read once: the brackets counted on, the
    references looked for in the words just before each period (``_tail``)."""
    outcome = _OUTCOME_BEFORE.search(text)
    opened = closed = counted = 0
    for match in _PERIOD.finditer(text):
        start = match.start()
        opened += text.count("(", counted, start)
        closed += text.count(")", counted, start)
        counted, tail = start, _tail(text, start)
        if match.group(4) and (
            _DATE_BEFORE.search(text, tail, start) or _DOC_BEFORE.search(text, tail, start)
        ):
            continue
        if _FROM_BEFORE.search(text, tail, start) or opened > closed:
            continue
        if outcome is not None and outcome.end() <= start:
            continue
        last = last_month(*match.group(1, 2, 3, 4))
        if last is not None:
            yield match, Period(int(match.group(5)), last)


def every_period(text: str) -> Iterator[tuple[re.Match[str], Period]]:
    """Each period a task ``text`` names, a reference too, with its last month; in order."""
    for match in _PERIOD.finditer(text):
        last = last_month(*match.group(1, 2, 3, 4))
        if last is not None:
            yield match, Period(int(match.group(5)), last)


def _tail(text: str, end: int) -> int:
    """Where the last ``_WORDS_BEFORE`` words of ``text`` before ``end`` begin: a reference
    spans no more ("so với cùng kỳ"), and reading all the text before each of 3 000 months
    took 6 s (attack17)."""
    at = end
    for _ in range(_WORDS_BEFORE):
        while at > 0 and text[at - 1].isspace():
            at -= 1
        while at > 0 and not text[at - 1].isspace():
            at -= 1
    return at
