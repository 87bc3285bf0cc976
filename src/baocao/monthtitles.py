"""A month named alone as a ChiTieu title, where the sheet lacks a month column.

A table heads its month columns by their months ("Tháng 2/2024", "Ước tháng 3", "Ước TH
tháng 5/2020", "T2/2024") rather than `Tháng báo cáo` and `Tháng trước`. Such a title holds
none of those columns' words, so its figures would go unread without a word at it. Where
the sheet has one of the two columns, the title is taken for the other; where it has
neither, two such titles naming two months in a row (in one year, or December and the
January after it, when their years are named) are the month's (the later) and last
month's (the earlier); a third month named, last year's same month, is neither. With the
workbook's period known, a title is said only for the column whose month it names: "Tháng
5/2019" in May 2020 is `Cùng kỳ`, never `Tháng trước`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# In header_words' spelling, abbreviations spelled out ("Ước TH" → "uoc thuc hien").
MONTH_TITLE = re.compile(
    r"(?:uoc (?:tinh |thuc hien )?|thuc hien )?(?:thang |t)(?P<month>\d{1,2})(?: nam)?"
    r"(?: (?P<year>\d{4}))?"
)
MONTH_FIELDS = ("value", "previous")

Month = tuple[int, int | None]  # the month, and its year when named
Period = tuple[int, int] | None  # the workbook's (year, month), when known


def titled_months(titles: Iterable[str]) -> list[Month]:
    """The months named alone by the titles (header_words' spelling, spelled out)."""
    return [_month(m) for title in titles if (m := MONTH_TITLE.fullmatch(title))]


def names_a_month(
    field: str, typed: str, has_other: bool, months: list[Month], period: Period = None
) -> bool:
    """Whether the title ``typed`` names a month alone where ChiTieu lacks the month column
    ``field``: when the sheet has the other month column (``has_other``), or, lacking both,
    when it is the later (`value`) or the earlier (`previous`) of two months in a row among
    ``months``, those the sheet's titles name alone; with the workbook's ``period``, only
    a title naming that column's month."""
    match = MONTH_TITLE.fullmatch(typed)
    if field not in MONTH_FIELDS or match is None:
        return False
    if period is not None:
        named = _names(_month(match), _wanted(field, period))
        if match["year"] or not named:
            return named  # a month with its year is that month alone
    if has_other:
        return True
    month = _month(match)
    before = any(_follows(month, other) for other in months)  # a month before this one
    after = any(_follows(other, month) for other in months)  # a month after this one
    return before and not after if field == "value" else after and not before


def _month(match: re.Match[str]) -> Month:
    return int(match["month"]), int(match["year"]) if match["year"] else None


def _follows(later: Month, earlier: Month) -> bool:
    """Whether ``later`` is the month after ``earlier`` (years compared when both named)."""
    (month, year), (before, before_year) = later, earlier
    if month != before % 12 + 1:
        return False
    return year is None or before_year is None or year == before_year + (before == 12)


def names_last_years_month(typed: str, months: list[Month], period: Period = None) -> bool:
    """Whether the title ``typed`` names a month with its year where another title among
    ``months`` names that month a year on ("Tháng 5/2019" beside "Ước TH tháng 5/2020"), or,
    with the workbook's ``period``, its month of last year: the same month of last year,
    `Cùng kỳ`, where ChiTieu lacks that column."""
    match = MONTH_TITLE.fullmatch(typed)
    if match is None:
        return False
    month, year = _month(match)
    if period is not None:
        return year is not None and (month, year) == _wanted("same_period", period)
    return year is not None and (month, year + 1) in months


def _wanted(field: str, period: tuple[int, int]) -> tuple[int, int]:
    """The (month, year) the column ``field`` holds in the workbook of ``period``."""
    year, month = period
    if field == "value":
        return month, year
    if field == "previous":
        return (12, year - 1) if month == 1 else (month - 1, year)
    return month, year - 1  # same_period


def _names(month: Month, wanted: tuple[int, int]) -> bool:
    """Whether ``month`` is ``wanted``, its year compared when named."""
    return month[0] == wanted[0] and month[1] in (None, wanted[1])
