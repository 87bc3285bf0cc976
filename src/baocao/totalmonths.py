"""A period's total worded with another period's length: ``[wording.month] total`` =
"06 tháng đầu năm {year}" (the half-year report's words kept in the monthly wording)
printed "Giá trị sản xuất công nghiệp 06 tháng đầu năm 2025 ước đạt 71.500 tỷ đồng" in
March's report, whose total is of three months, and "cả năm {year}" printed so before
December. Every kind's total but the quarter's is the months from January to the report's
month (``{months}``); a total naming another number of months, or the whole year before
December, is a warning at the key."""

from __future__ import annotations

import re

from baocao.config import Config
from baocao.errors import Problem, warning
from baocao.models import MonthlyData
from baocao.period import Period, ReportKind
from baocao.vnformat import plain_text

# A number of months, in plain text: "06 tháng", "6 tháng"; not a month named by its number
# after the word ("tháng 3"), nor a day's date ("ngày 20 tháng 3": a number after it).
_MONTHS = re.compile(r"(?<![\d.,/])(\d{1,2}) thang\b(?! *\d)")
# The whole year: "cả năm 2025".
_WHOLE_YEAR = re.compile(r"(?<!\w)ca nam\b")


def total_months(data: MonthlyData, config: Config) -> list[Problem]:
    """A warning at ``[wording.<kind>] total`` of the report's kind (not a quarter's) when
    the office's total, filled in, names a length other than the months from January to the
    report's month."""
    kind = data.info.kind or config.report.kind
    typed = getattr(config.wording, kind.key).total
    if typed is None or kind is ReportKind.QUARTER:
        return []
    period = Period(data.info.year, data.info.month)
    said = typed.format(**period.fields())
    plain = plain_text(said)
    counts = [int(m.group(1)) for m in _MONTHS.finditer(plain)]
    if _WHOLE_YEAR.search(plain):
        counts.append(12)
    wrong = next((n for n in counts if n != period.month), None)
    if wrong is None:
        return []
    first = next((i.name for i in data.indicators if i.parent is None), None)
    name = f"{first[0].upper()}{first[1:]} " if first else "… "
    length = "cả năm" if wrong == 12 and not _MONTHS.search(plain) else f"{wrong} tháng"
    months = f"{period.month:02d}"
    message = (
        f"Khóa «total» ghi «{said}», tức {length}, mà số cộng dồn của báo cáo tháng "
        f"{period.month}/{period.year} là của {months} tháng đầu năm: báo cáo sẽ in "
        f"«{name}{said} ước đạt …» cho số của {months} tháng. Hãy ghi số tháng bằng "
        f"{{months}} (ví dụ «{{months}} tháng đầu năm {{year}}»), để mỗi tháng in đúng "
        f"số tháng của nó."
    )
    return [warning(message, config.source, place=f"wording.{kind.key}.total")]
