"""A period's total named alone as a ChiTieu title, where the sheet lacks its column.

A table of figures heads its year-to-date by the period it covers ("Cả năm", "Ước thực
hiện năm 2024", "3 tháng đầu năm 2024", as the appendix itself heads the column "Cả năm")
rather than "Lũy kế". Such a title holds none of the words of `Lũy kế`, so its figures went
unread without a word at the title: the check then asked to type the `Lũy kế` already
typed beside it, and a build without --strict printed the month alone.
"""

from __future__ import annotations

import re

# In header_words' spelling (no marks, lower case, "y" as "i"): an optional "estimate" or
# "done", then the whole year ("cả năm", "năm 2024") or the months from January ("12
# tháng", "6 tháng đầu năm"), an optional year and an optional "(ước)" after it.
TOTAL_TITLE = re.compile(
    r"(?:uoc (?:tinh )?|(?:uoc )?thuc hien |uth )?"
    r"(?:ca nam(?: \d{4})?|nam \d{4}|\d{1,2} thang(?: dau nam)?(?: nam)?(?: \d{4})?)"
    r"(?: uoc(?: tinh)?| thuc hien)?"
)
TOTAL_FIELDS = frozenset({"ytd", "ytd_same_period"})


def names_a_total(in_chitieu: bool, field: str, typed: str) -> bool:
    """Whether ChiTieu's title ``typed`` (header_words' spelling, abbreviations spelled
    out) names a period's total alone where the sheet lacks the total's column ``field``."""
    return in_chitieu and field in TOTAL_FIELDS and TOTAL_TITLE.fullmatch(typed) is not None
