"""A period's total named alone as a title, where the sheet lacks its column.

A table of figures heads its year-to-date by the period it covers ("Cả năm", "Ước thực
hiện năm 2024", "3 tháng đầu năm 2024", as the appendix itself heads the column "Cả năm")
rather than "Lũy kế", and the statistics office's index table its year-to-date index so
("Chỉ số 11 tháng so với cùng kỳ (%)"). Such a title holds none of the words of `Lũy kế`,
so its figures went unread without a word at the title.
"""

from __future__ import annotations

import re

# In header_words' spelling (no marks, lower case, "y" as "i"): the whole year ("cả năm",
# "năm 2024") or the months from January ("12 tháng", "6 tháng đầu năm"), with a year.
PERIOD = r"(?:ca nam(?: \d{4})?|nam \d{4}|\d{1,2} thang(?: dau nam)?(?: nam)?(?: \d{4})?)"
# ChiTieu: an optional "estimate" or "done", the period, an optional "(ước)" after it.
TOTAL_TITLE = re.compile(
    rf"(?:uoc (?:tinh )?|(?:uoc )?thuc hien |uth )?{PERIOD}(?: uoc(?: tinh)?| thuc hien)?"
)
# ChiSoSXCN: the period's index against last year's ("… so với cùng kỳ", "… so với năm 2020").
INDEX_TITLE = re.compile(
    rf"(?:chi so )?(?:uoc )?{PERIOD} so voi "
    rf"(?:cung ki(?: nam (?:truoc|\d{{4}}))?|nam (?:truoc|\d{{4}})|{PERIOD})(?: %)?"
)
TOTAL_FIELDS = {"ChiTieu": frozenset({"ytd", "ytd_same_period"}), "ChiSoSXCN": {"ytd_index"}}
# The first period a title names: the whole year ("cả năm", "năm 2023") or its months.
_FIRST = re.compile(
    r"\b(?:ca )?nam(?: (\d{4}))?\b|\b(\d{1,2}) thang(?: dau nam)?(?: nam)?(?: (\d{4}))?"
)


def names_a_total(
    sheet: str, field: str, typed: str, period: tuple[int, int] | None = None
) -> bool:
    """Whether the title ``typed`` (header_words' spelling, abbreviations spelled out) of
    the contract's sheet ``sheet`` names a period's total alone where the sheet lacks the
    total's column ``field``; with the workbook's ``period`` (year, month) known, the
    total of that period: "Thực hiện năm 2023" in March 2024, last year's whole year
    beside the figures as an office's own column, is none (nor "Cả năm" before December)."""
    if field not in TOTAL_FIELDS.get(sheet, ()):
        return False
    if (INDEX_TITLE if sheet == "ChiSoSXCN" else TOTAL_TITLE).fullmatch(typed) is None:
        return False
    found = _FIRST.search(typed)
    if period is None or found is None:
        return True
    year, month = period
    months = 12 if found.group(2) is None else int(found.group(2))
    named = found.group(1) or found.group(3)
    wanted = year - 1 if field == "ytd_same_period" else year
    return months == month and (named is None or int(named) == wanted)
