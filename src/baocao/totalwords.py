"""The office's own words for a period's total (``[wording.<kind>] total``), checked
against the sentence they stand in. Each fault is a warning at the key:

- the estimate's word: "Ước cả năm {year}" (as a statistics table heads the column)
  printed "Giá trị sản xuất công nghiệp ước cả năm 2025 ước đạt …", since the sentence
  writes "ước" after the total;
- another length: "06 tháng đầu năm {year}" (the half-year report's words kept in the
  monthly wording) printed "… 06 tháng đầu năm 2025 ước đạt 71.500 tỷ đồng" in March's
  report, whose total is of three months, and "cả năm {year}" before December. Every
  kind's total but the quarter's is the months from January to the report's month
  (``{months}``)."""

from __future__ import annotations

import re
from typing import NamedTuple

from baocao.config import Config
from baocao.errors import Problem, warning
from baocao.models import MonthlyData
from baocao.period import Period, ReportKind
from baocao.vnformat import plain_text

# "ước", "ước tính", "ước thực hiện", "ước TH", "ước đạt" before the period's words, in plain
# text (all of them left out of the example the warning gives).
_ESTIMATE = re.compile(r"uoc(?: tinh| thuc hien| th| dat)? (?=\S)")
# A number of months, in plain text: "06 tháng", "6 tháng"; not a month named by its number
# after the word ("tháng 3"), nor a day's date ("ngày 20 tháng 3": a number after it).
_MONTHS = re.compile(r"(?<![\d.,/])(\d{1,2}) thang\b(?! *\d)")
# The whole year: "cả năm 2025".
_WHOLE_YEAR = re.compile(r"(?<!\w)ca nam\b")


class _Total(NamedTuple):
    """The office's total of the report's kind: as typed, filled in for the period, the
    sentence's opening before it (the first indicator's name) and the key it is at."""

    kind: ReportKind
    period: Period
    typed: str
    said: str
    lead: str
    place: str


def total_words(data: MonthlyData, config: Config) -> list[Problem]:
    """The warnings at ``[wording.<kind>] total`` of the report's kind, if the office gave
    one: an estimate's word before it, another length than the report's."""
    kind = data.info.kind or config.report.kind
    typed = getattr(config.wording, kind.key).total
    if typed is None:
        return []
    period = Period(data.info.year, data.info.month)
    first = next((i.name for i in data.indicators if i.parent is None), None)
    lead = f"{first[0].upper()}{first[1:]} " if first else "… "
    said = typed.format(**period.fields())
    total = _Total(kind, period, typed, said, lead, f"wording.{kind.key}.total")
    found = [_estimate(total), _length(total)]
    return [warning(message, config.source, place=total.place) for message in found if message]


def _estimate(total: _Total) -> str | None:
    """The total opening with "ước", which the sentence writes after it."""
    found_word = _ESTIMATE.match(plain_text(total.typed))
    if found_word is None:
        return None
    meant = total.typed.split(maxsplit=len(found_word.group().split()))[-1]
    return (
        f"Khóa «total» ghi «{total.said}», mà câu văn tự viết «ước đạt» ngay sau nó: báo cáo "
        f"sẽ in «{total.lead}{total.said} ước đạt …». Hãy bỏ chữ «ước» ở đầu (ví dụ "
        f"«{meant}»)."
    )


def _length(total: _Total) -> str | None:
    """The total naming a length other than the months from January to the report's
    month (not a quarter's total)."""
    if total.kind is ReportKind.QUARTER:
        return None
    plain = plain_text(total.said)
    counts = [int(m.group(1)) for m in _MONTHS.finditer(plain)]
    if _WHOLE_YEAR.search(plain):
        counts.append(12)
    month, year = total.period.month, total.period.year
    wrong = next((n for n in counts if n != month), None)
    if wrong is None:
        return None
    length = "cả năm" if wrong == 12 and not _MONTHS.search(plain) else f"{wrong} tháng"
    months = f"{month:02d}"
    return (
        f"Khóa «total» ghi «{total.said}», tức {length}, mà số cộng dồn của báo cáo tháng "
        f"{month}/{year} là của {months} tháng đầu năm: báo cáo sẽ in «{total.lead}"
        f"{total.said} ước đạt …» cho số của {months} tháng. Hãy ghi số tháng bằng "
        f"{{months}} (ví dụ «{{months}} tháng đầu năm {{year}}»), để mỗi tháng in đúng "
        f"số tháng của nó."
    )
