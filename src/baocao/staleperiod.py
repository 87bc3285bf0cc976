"""A HoatDong paragraph of a month's report that opens by naming the period that ended
last month: "Năm 2025, …" in January 2026's (December's workbook was the year's report),
"6 tháng đầu năm 2025, …" in July's, "Quý III/2025 …" in October's, "Trong 5 tháng đầu
năm 2025 …" in June's. Like one that opens by naming last month (``stale``), it was likely
copied from last month's workbook and not updated: a warning at it. In a report of
several months, whose months each have their paragraphs, only the months to last month
are said ("11 tháng đầu năm 2025, …" in December's report of the year), and in a note:
such a report is often written before its last month ends, when the office's own tallies
run to last month. Never one that names this month right after ("Năm 2025 và tháng
1/2026, …": it tells of both), nor a span of years to this one ("Năm 2025 - 2026, …").

So is one that opens by naming the report's own period of last year ("9 tháng đầu năm
2023, …" in the 9-month report of 2024, "Tháng 9/2023, …" in September 2024's, "Quý
I/2023 …" in that of quý I/2024): a 9-month or a quarter's report is made once a year, and
its workbook is most easily begun from last year's; a warning at it, unless the paragraph
names this year too (a comparison, "…; 9 tháng năm 2024 đạt …", "…; năm nay …") or the
period opens a span ("Tháng 1/2023 đến tháng 12/2023, …", January's review of the year).
"""

from __future__ import annotations

import re

from baocao.cells import Reading
from baocao.models import MonthlyData
from baocao.period import ROMAN, Period, ReportKind
from baocao.sheets import HOAT_DONG

# What stands between a month (or a quarter) and its year, here and in ``lastyeartasks``:
# "9/2023", "9 năm 2023", and the press's dash, "9-2023" (a span of months, "2-3/2025", has
# no year after its dash).
YEAR_AFTER = r"(?:/|-|–|năm)"
# Between a day, its month and its year: "05/4/2025", "05-4-2025", "05.4.2025" (a dot typed
# tight: "trước ngày 15. 4 doanh nghiệp …" is no date).
_DAY_SEP = r"(?:\s*+[/-]\s*+|\.)"
# "Năm 2025", "Trong năm 2025", "Cả năm 2025", "Tính chung cả năm 2025"; "6 tháng đầu năm
# 2025", "9 tháng năm 2025" (the statistics office's words), "Lũy kế 11 tháng của năm 2025"
# (a department's: "Lũy kế 11 tháng, …", "Cộng dồn 5 tháng …"); "Quý II/2025", "quý 2 năm 2025",
# "Quý II-2025".
_OPENING_PERIOD = re.compile(
    r"^((?:(?:trong|tính\s+chung|lũy\s+kế|luỹ\s+kế|cộng\s+dồn)\s+)?"
    r"(?:(?:cả\s+)?năm|(\d{1,2})\s+tháng\s+(?:đầu\s+|của\s+)?năm"
    rf"|quý\s+([IV]{{1,3}}|\d)\s*{YEAR_AFTER})\s*(\d{{4}}))\b",
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
        number = ReportKind.quarter_named(f"quý {quarter}")  # "Quý V" names none
        if number is None:
            return None
        return Period(year, number * 3), f"quý {ROMAN[number - 1]}/{year}"
    return Period(year, 12), f"năm {year}"


def this_month_after(period: Period) -> re.Pattern[str]:
    """``period``'s month named right after a paragraph's opening ("Tháng 2/2024 và tháng
    3/2024, …", "Tháng 2/2024, so với tháng 3/2024 …"), or the start of it ("Tháng 2/2024
    và đầu tháng 3/2024", "… và những ngày đầu tháng 3/2024"), a word in brackets between
    ("Tháng 2/2024 (tháng Tết) và tháng 3/2024"): the paragraph tells of both. A mention
    further on ("…; dự kiến trong tháng 3/2024 sẽ cấp phép …") is last month's plan, copied
    with it. Its spaces are taken whole (``*+``): none of its words begins with one, and the
    runs of spaces it allows one after another took minutes to share out 200 spaces."""
    return re.compile(
        rf"\s*+(?:\([^()]*\))?\s*+,?\s*+(?:và|-|–|đến|so với)?\s*+(?:(?:những|các)\s++ngày\s++)?"
        rf"(?:(?:đầu|giữa|cuối)\s++)?(?:tháng\s++)?0?{period.month}\s*+{YEAR_AFTER}\s*+{period.year}\b",
        re.IGNORECASE,
    )


# A paragraph that opens by naming a month: "Tháng 9/2023, …", "Trong tháng 09/2023 …",
# "Tháng 9-2023" (the press's dash, as ``period`` reads ky_bao_cao's).
OPENING_MONTH = re.compile(
    rf"^((?:trong\s+)?tháng\s+(\d{{1,2}})\s*{YEAR_AFTER}\s*(\d{{4}}))\b", re.I
)


# A plan's words: "…; dự kiến tháng 4/2025 cấp 10" tells what was yet to come, copied with it.
_PLAN = re.compile(r"\b(?:dự\s+kiến|sẽ|phấn\s+đấu|dự\s+báo)\b", re.I)
# "kế hoạch" before the month ("…; kế hoạch tháng 4/2025 …", "theo kế hoạch, tháng 4/2025 …");
# after it, or numbered, it names a document ("tháng 4/2025, UBND tỉnh ban hành Kế hoạch số …").
_PLAN_BEFORE = re.compile(r"\bkế\s+hoạch\b(?!\s+số)", re.I)


def compares_this_month(text: str, start: int, period: Period) -> bool:
    """Whether ``text`` after ``start`` names ``period``'s month in a clause (between ";"
    or ".") that is no plan: "Quý I/2025, … 320 hồ sơ; tháng 4/2025 tiếp nhận 118 hồ sơ"
    tells of this month, compared with the period before; "…; dự kiến tháng 4/2025 …" not,
    nor "…; kế hoạch tháng 4/2025 …" ("tháng 4/2025, UBND tỉnh ban hành Kế hoạch …" does).
    A day of this month tells so too: "… công bố ngày 19/6", "ngày 05/4/2025, Sở đã …",
    written with dashes or dots as well, "ngày 05-4-2025", "ngày 10.4" (not "ngày
    19/6/2023", nor a fraction, "2/6 nhiệm vụ", which no "ngày" or year dates, nor a span
    of days of a month named after, "ngày 2-4 tháng 3", nor "ngày 5/4 năm 2024")."""
    month, year = period.month, period.year
    named = re.compile(
        rf"\btháng\s*+0?{month}\s*+{YEAR_AFTER}\s*+{year}\b"
        rf"|\bngày\s*+\d{{1,2}}{_DAY_SEP}0?{month}\b(?!{_DAY_SEP}(?!{year}\b)\d)"
        rf"(?!\s*+(?:tháng\b|năm\s*+(?!{year}\b)\d))"
        rf"|\b\d{{1,2}}\s*+(?P<sep>[/-])\s*+0?{month}\s*+(?P=sep)\s*+{year}\b"
        rf"|\b\d{{1,2}}\.0?{month}\.{year}\b",
        re.I,
    )
    # Each clause searched once (a clause's start → a plan's word in it, where its first
    # "kế hoạch" ends): searched at each day, 1 800 days of one cell took seconds.
    plans: dict[int, tuple[bool, int | None]] = {}
    for found in named.finditer(text, start):
        begin = max(text.rfind(";", start, found.start()), text.rfind(".", start, found.start()))
        ends = [i for i in (text.find(";", found.end()), text.find(".", found.end())) if i >= 0]
        clause = max(begin, start)
        if clause not in plans:
            end = min(ends, default=len(text))
            before = _PLAN_BEFORE.search(text, clause, end)
            plans[clause] = (bool(_PLAN.search(text, clause, end)), before and before.end())
        planned, plan_ends = plans[clause]
        if not planned and (plan_ends is None or plan_ends > found.start()):
            return True
    return False


_THIS_YEAR = re.compile(r"\bnăm nay\b", re.I)  # "…; năm nay …": compared with this year
_SPAN_AFTER = re.compile(r"\s*(?:đến|tới|-|–)\s", re.I)  # "Tháng 1/2023 đến tháng 12/2023"


def last_years_paragraphs(data: MonthlyData, kind: ReportKind, ctx: Reading) -> None:
    """Warn at each HoatDong paragraph that opens by naming the report's own period of
    last year and does not name this year (see the module's docstring)."""
    period = Period(data.info.year, data.info.month)
    covered = f"tháng {period.short}" if kind is ReportKind.MONTH else kind.period_name(period)
    for act in data.activities:
        if str(period.year) in act.text or _THIS_YEAR.search(act.text):
            continue  # a comparison with this year's
        opening = _last_years_opening(act.text, kind, period)
        if opening is not None and not _SPAN_AFTER.match(act.text[len(opening) :]):
            ctx.warn(
                *ctx.at(HOAT_DONG, "text", act.row),
                f"Đoạn này bắt đầu bằng «{opening}», tức cùng kỳ năm {period.year - 1}, nhưng "
                f"báo cáo là {covered}: có lẽ đoạn được chép từ sổ của năm trước mà chưa cập "
                f"nhật. Hãy viết nội dung của {covered}.",
            )


def _last_years_opening(text: str, kind: ReportKind, period: Period) -> str | None:
    """The opening of ``text`` that names the period of a report of ``kind`` ending with
    ``period``'s month, a year earlier ("9 tháng đầu năm 2023"), if it so opens."""
    last_year = period.year - 1
    if kind is ReportKind.MONTH:
        month = OPENING_MONTH.match(text)
        if month and (int(month.group(3)), int(month.group(2))) == (last_year, period.month):
            return month.group(1)
        return None
    match = _OPENING_PERIOD.match(text)
    named = None if match is None else _period_named(match)
    if match is None or named is None or named[0] != Period(last_year, period.month):
        return None
    months, quarter = match.group(2), match.group(3)
    if kind is ReportKind.QUARTER:
        own = quarter is not None or (months is not None and period.month == 3)
    else:  # 6 or 9 months, the year: its months from January ("Năm 2023, …" may tell why)
        own = months is not None
    return match.group(1) if own else None


def copied_paragraph(ctx: Reading, row: int, opening: str, named: str, covered: str) -> None:
    """The warning at a HoatDong paragraph (``row``) opening by naming ``named``, the
    period that ended last month, in a report of ``covered``."""
    ctx.warn(
        *ctx.at(HOAT_DONG, "text", row),
        f"Đoạn này bắt đầu bằng «{opening}», tức {named}, nhưng báo cáo là {covered}: có lẽ "
        f"đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội dung của {covered}.",
    )


def last_periods_paragraphs(data: MonthlyData, kind: ReportKind, ctx: Reading) -> None:
    """Warn at each HoatDong paragraph that opens by naming the period that ended last
    month; in a report of several months (``kind``), note one naming the months from
    January to last month (see the module's docstring)."""
    period = Period(data.info.year, data.info.month)
    last, this_month = period.previous(), this_month_after(period)
    this_year = re.compile(rf"\s*(?:-|–|đến|và)\s*(?:năm\s+)?{period.year}\b", re.IGNORECASE)
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
        if monthly and compares_this_month(act.text, match.end(), period):
            continue  # "Quý I/2025, …; tháng 4/2025 …": April's compared with the quarter
        year_alone = match.group(2) is None and match.group(3) is None
        if year_alone and this_year.match(act.text, match.end()):
            continue  # "Năm 2025 - 2026, …": a span to this year
        if year_alone and _THIS_YEAR.search(act.text, match.end()):
            continue  # "Năm 2025, … tăng 10%; năm nay …": last year's told against this one
        if monthly:
            copied_paragraph(ctx, act.row, match.group(1), named[1], covered)
            continue
        ctx.note(
            *ctx.at(HOAT_DONG, "text", act.row),
            f"Đoạn này bắt đầu bằng «{match.group(1)}», nhưng báo cáo là {covered}: nếu đoạn "
            f"được chép từ sổ tháng trước mà chưa cập nhật, hãy viết nội dung của {covered}; "
            f"nếu số liệu của đoạn chỉ có đến tháng {last.short}, giữ nguyên.",
        )
