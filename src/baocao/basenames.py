"""The same-period base's name (``so_sanh_cung_ky``, ``[report] same_period``) names last
year's figures, as the «Cùng kỳ» columns hold them.

- Named with a year other than last year ("cùng kỳ năm 2022" in 2024): an error.
- One that does not say "cùng kỳ" (nor "cùng thời gian", "cùng thời điểm") ("năm 2023",
  "năm trước"): a warning, since every clause on last year's figures, the month's too,
  names it ("tháng 4/2024 … tăng 5% so với năm 2023"); not in a report of several months
  that compares no month with last year (a year's totals alone: "so với năm trước" reads
  well there), nor a monthly report's own month of last year when no year-to-date is
  compared ("tháng 1/2023" in January 2024's). "tháng trước" is an error: two comparisons
  would read alike.
- Named with a period other than the report's ("quý II năm 2021" in the report of quý I/2022,
  "6 tháng đầu năm 2021" in that of 9 tháng, "tháng 5" in March's): an error, since the
  «Cùng kỳ» figures are those of the report's own period last year.
- "cùng tháng năm 2023" or "tháng cùng kỳ năm 2023" (the statistics office's bases for a
  month): right after a month's figure, a warning when a total of months is compared ("9
  tháng đầu năm 2024 … so với cùng tháng năm 2023"), quiet otherwise.
- Named with the report's own period of several months ("cùng kỳ 9 tháng năm 2023") while a
  month is compared with last year, or with its own month ("cùng kỳ tháng 3 năm 2023")
  while a year-to-date is: a warning, since that sentence would call the other period so.

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from baocao.config import Config
from baocao.models import MonthlyData
from baocao.period import ROMAN, Period, ReportKind
from baocao.phrasekeys import is_answer, said_of_phrase
from baocao.planname import TARGET
from baocao.vnformat import plain_text

if TYPE_CHECKING:
    from baocao.checks import Findings

_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A period named in the base's name, in plain text: "quy ii", "thang 5", "6 thang".
_QUARTER = re.compile(r"\bquy\s+(iv|iii|ii|i|[1-4])\b")
_MONTH = re.compile(r"\bthang\s+0?(\d{1,2})\b")
_MONTHS = re.compile(r"\b(\d{1,2})\s+thang\b")
# "cùng kỳ", "cùng kì", "cùng thời kỳ", "cùng thời gian", "cùng thời điểm" (each reads
# after a month's figure and a year-to-date alike), without marks and in lower case.
_SAME_PERIOD = re.compile(r"\bcung (?:(?:thoi )?k[yi]|thoi gian|thoi diem)\b")
# Last year named in words ("năm trước", "năm ngoái", "kỳ trước").
_LAST_YEAR = re.compile(r"\b(?:truoc|ngoai)\b")
# "cùng tháng" without a month's number ("cùng tháng năm trước"): the month of last year,
# whichever month the clause is about.
_SAME_MONTH = re.compile(r"\bcung thang\b(?!\s*\d)")
# "tháng cùng kỳ năm trước" (the same month of last year), not a count's "6 tháng cùng kỳ".
_MONTH_OF_SAME_PERIOD = re.compile(r"(?<!\d )\bthang cung (?:thoi )?k[yi]\b")


def check_base_names(found: Findings, data: MonthlyData, config: Config) -> None:
    """The name of the same-period base ("cùng kỳ năm 2023") may name only last year: the
    «Cùng kỳ» figures are last year's, whatever the sentence calls them."""
    typed = data.info.same_period_base
    if typed and is_answer(typed):
        return  # said by phrasekeys
    name = typed or config.report.same_period
    plain, kind = plain_text(name), data.info.kind or config.report.kind
    last_year = data.info.year - 1
    wrong = [y for y in _YEAR.findall(name) if int(y) != last_year]
    named: str | None = None
    target = False
    if wrong:
        message = (
            f"«{name}» gọi kỳ so sánh là năm {wrong[0]}, mà «Cùng kỳ» là số của năm "
            f"{last_year}: câu văn sẽ viết «so với {name}». Hãy sửa thành «cùng kỳ năm "
            f"{last_year}», hoặc «cùng kỳ»."
        )
    elif target := bool(TARGET.search(plain)) and not _SAME_PERIOD.search(plain):
        # "so với kế hoạch" (the plan's words, typed a row up) is quiet in a report of
        # totals alone otherwise: "tăng 9,4% so với kế hoạch và đạt 100,3% kế hoạch năm".
        message = (
            f"«{name}» gọi kỳ so sánh là một kế hoạch (chỉ tiêu), mà «Cùng kỳ» là số của năm "
            f"{last_year}: câu văn sẽ viết «tăng …% so với {name}». Hãy viết «cùng kỳ», «cùng "
            f"kỳ năm trước» hoặc «cùng kỳ năm {last_year}» (tên của kế hoạch ghi ở khóa "
            f"«{'so_sanh_ke_hoach' if typed else 'report.plan'}»)."
        )
    elif (named := _other_period(plain, kind, data.info.month)) is not None:
        own = kind.period_name(Period(data.info.year, data.info.month))
        own_last = kind.period_name(Period(last_year, data.info.month))
        message = (
            f"«{name}» gọi kỳ so sánh là {named}, mà số «Cùng kỳ» là của {own_last}: câu văn "
            f"sẽ viết «{own} … so với {name}». Hãy sửa thành «{own_last}», «cùng kỳ năm "
            f"{last_year}» hoặc «cùng kỳ»."
        )
    elif (
        _SAME_MONTH.search(plain) and not _SAME_PERIOD.search(plain)
    ) or _MONTH_OF_SAME_PERIOD.search(plain):
        # "cùng tháng năm 2023" is right after a month's figure, wrong after a total.
        if (warned := _total_after_same_month(name, data, kind, config)) is None:
            return
        message = warned
    elif not _SAME_PERIOD.search(plain):
        # "năm 2023" reads well after a year's total, not after the month's figure: said
        # only when a month is compared with last year (a year's report of totals alone,
        # "so với năm trước", is quiet).
        quiet = plain != "thang truoc" and (
            not _month_compared(data, kind) or _own_month_alone(plain, data, kind)
        )
        if quiet and (_YEAR.search(plain) or _LAST_YEAR.search(plain)):
            return
        if quiet:
            # "năm" or "cả năm" (the kind's words, typed a row down) name no year: "cả năm
            # 2023 ước đạt …; tăng 9,4% so với năm" was quiet.
            message = (
                f"«{name}» không nói kỳ so sánh là của năm nào: câu văn sẽ viết «tăng …% so "
                f"với {name}». Hãy viết «cùng kỳ», «năm trước» hoặc «năm {last_year}»."
            )
        else:
            # "tháng 4/2023" is right for April's own figure: say the clause it is wrong for.
            message = _one_period_named(name, plain, data, kind, config) or (
                f"«{name}» không nói «cùng kỳ»: mọi so sánh với số của năm {last_year} sẽ "
                f"viết «so với {name}», cả của tháng («tháng {data.info.month}/"
                f"{data.info.year} ước đạt …, tăng …% so với {name}»). Hãy viết «cùng kỳ», "
                f"«cùng kỳ năm trước» hoặc «cùng kỳ năm {last_year}»."
            )
    elif (warned := _one_period_named(name, plain, data, kind, config)) is None:
        return
    else:
        message = warned
    # "tháng trước" would say two comparisons alike: "… so với tháng trước; … so với tháng trước".
    is_error = bool(wrong) or target or named is not None or plain == "thang truoc"
    key = "so_sanh_cung_ky" if typed else None
    said_of_phrase(found, is_error, message, key, config, "report.same_period")


def _month_compared(data: MonthlyData, kind: ReportKind) -> bool:
    """Whether the report compares a month with last year's: a monthly report does; a
    report of several months when a row has the month's figure beside its «Cùng kỳ», or
    an index row its month's index."""
    if kind is ReportKind.MONTH:
        return True
    rows = any(i.value is not None and i.same_period is not None for i in data.indicators)
    return rows or any(r.index is not None for r in data.iip)


def _own_month_alone(plain: str, data: MonthlyData, kind: ReportKind) -> bool:
    """Whether ``plain`` names the monthly report's own month of last year ("tháng 1/2023",
    "tháng 1 năm trước" in January 2024's) and no year-to-date is compared with last year's
    (in January the year-to-date is the month): every clause on last year's figures is then
    that month's, and reads right "so với tháng 1/2023"."""
    found = _MONTH.search(plain)
    if kind is not ReportKind.MONTH or found is None or int(found.group(1)) != data.info.month:
        return False
    if not (_YEAR.search(plain) or "nam truoc" in plain):
        return False  # "so với tháng 1" after January's own figure
    return data.info.month == 1 or not _year_to_date_compared(data)


def _one_period_named(
    name: str, plain: str, data: MonthlyData, kind: ReportKind, config: Config
) -> str | None:
    """The warning when ``name`` names the report's own period of several months while a
    month is compared with last year ("cùng kỳ 9 tháng năm 2023" after September's figure),
    or its own month while a year-to-date is ("cùng kỳ tháng 3 năm 2023" after the total of
    03 months, named as the monthly wording names it: December's "cả năm 2023"): that
    sentence would call last year's figure of the other period so."""
    month, year, last_year = data.info.month, data.info.year, data.info.year - 1
    months = _MONTHS.search(plain)
    several = _QUARTER.search(plain) or (months if months and int(months.group(1)) > 1 else None)
    single = _MONTH.search(plain)
    if several and _month_compared(data, kind):
        named = several.group(0)
        compared = f"tháng {month}/{year} với tháng {month}/{last_year}"
        said = f"tháng {month}/{year} ước đạt …, tăng …% so với {name}"
    elif single and month > 1 and _year_to_date_compared(data):
        named = single.group(0)
        period = Period(year, month)
        total = config.wording_for(ReportKind.MONTH, month)["total"].format(**period.fields())
        dated = total if str(year) in total else f"{total} {year}"
        compared = f"{dated} với cùng kỳ năm {last_year}"
        said = f"{total} ước đạt …, tăng …% so với {name}"
    else:
        return None
    return (
        f"«{name}» gọi kỳ so sánh là {_marked(named)}, mà báo cáo còn so sánh {compared}: câu "
        f"văn sẽ viết «{said}». Hãy viết «cùng kỳ», «cùng kỳ năm trước» hoặc «cùng kỳ năm "
        f"{last_year}»."
    )


def _total_after_same_month(
    name: str, data: MonthlyData, kind: ReportKind, config: Config
) -> str | None:
    """The warning when ``name`` says "cùng tháng" ("cùng tháng năm 2022", as the statistics
    office compares a month) while a total of months is compared with last year's: "9 tháng
    đầu năm 2023 ước đạt …, tăng …% so với cùng tháng năm 2022" calls last year's 9 months a
    month. None when only months are compared (or in January, whose total is the month)."""
    period, last_year = Period(data.info.year, data.info.month), data.info.year - 1
    quarters = kind is ReportKind.QUARTER and any(
        i.quarter is not None and i.quarter_same_period is not None for i in data.indicators
    )
    if period.month == 1 or not (quarters or _year_to_date_compared(data)):
        return None
    # The office's own words for the total, as the sentence writes them.
    own = quarters or kind in (ReportKind.HALF_YEAR, ReportKind.NINE_MONTHS, ReportKind.YEAR)
    total = config.wording_for(kind if own else ReportKind.MONTH, period.month)["total"]
    said = total.format(**period.fields())
    return (
        f"«{name}» gọi kỳ so sánh là một tháng, mà báo cáo còn so sánh {said} với cùng kỳ "
        f"năm {last_year}: câu văn sẽ viết «{said} ước đạt …, tăng …% so với {name}». Hãy "
        f"viết «cùng kỳ», «cùng kỳ năm trước» hoặc «cùng kỳ năm {last_year}»."
    )


def _marked(plain: str) -> str:
    """A period found in plain text ("quy i", "9 thang", "thang 03") as a sentence writes it."""
    words = plain.split()
    if words[0] == "quy":
        number = words[1]
        roman = ROMAN[int(number) - 1] if number.isdigit() else number.upper()
        return f"quý {roman}"
    if words[0] == "thang":
        return f"tháng {int(words[1])}"
    return f"{int(words[0])} tháng"


def _year_to_date_compared(data: MonthlyData) -> bool:
    """Whether the report compares a year-to-date with last year's: a row with both
    totals, or an index row its year-to-date's index."""
    rows = any(i.ytd is not None and i.ytd_same_period is not None for i in data.indicators)
    return rows or any(r.ytd_index is not None for r in data.iip)


def _other_period(text: str, kind: ReportKind, month: int) -> str | None:
    """The period ``text`` (a name's ``plain_text``) names ("quý II", "tháng 5", "6 tháng")
    when it is not that of the report of ``kind`` ending in ``month``: a quarter's report
    names its quarter (quý I also "3 tháng"), a month's its month (or its months from
    January), a report of 6 or 9 months or of the year its months."""
    quarter = (month + 2) // 3
    if found := _QUARTER.search(text):
        typed = found.group(1)
        number = int(typed) if typed.isdigit() else ROMAN.index(typed.upper()) + 1
        if kind is not ReportKind.QUARTER or number != quarter:
            return f"quý {ROMAN[number - 1]}"
    if (found := _MONTH.search(text)) and (
        kind is not ReportKind.MONTH or int(found.group(1)) != month
    ):
        return f"tháng {int(found.group(1))}"
    if found := _MONTHS.search(text):
        months = int(found.group(1))
        right = month if kind is not ReportKind.QUARTER else 3 if quarter == 1 else None
        if months != right:
            return f"{months} tháng"
    return None
