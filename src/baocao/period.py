"""The period a report or a workbook covers: a ``Period`` value (year, month) and its kind.

``Period`` is the only way a month travels through baocao: it is a named
tuple ``(year, month)``, so periods sort in time order and compare with plain
``(2024, 3)``. It knows its neighbours across the year end, reads "2024-03",
and gives the labels the report and the file names use. ``ReportKind`` is
the kind of report (tháng, quý, 6 tháng, 9 tháng, năm); a report for a kind
ends with its period's month.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import NamedTuple

from baocao.vnformat import clipped, plain_text

_ISO = re.compile(r"(\d{4})-(\d{1,2})")
ROMAN = ("I", "II", "III", "IV")
# "Quý I/2024", "năm 2024", and the press's "tháng 8-2023", "quý I - 2024"
_DATED = re.compile(r"(.+?)\s*[/-]?\s*(\d{4})")
_NUMBERED_QUARTER = re.compile(r"qu[iy] (iv|i{1,3}|[1-4])", re.IGNORECASE)
# The first quarter named by its months, as an office titles its report of March: "3 tháng
# đầu năm", "03 tháng" (as "6 tháng", "9 tháng" name theirs).
_FIRST_QUARTER = re.compile(r"0?3 thang(?: dau nam)?")
_NUMBERED_MONTH = re.compile(r"thang 0?([1-9]|1[0-2])", re.IGNORECASE)  # "Tháng 9", "tháng 09"
# A month's report named by its months since January, "7 tháng", "07 tháng đầu năm" (July's);
# the counts that end another kind (3, 6, 9, 12) are that kind's.
_MONTHS_SINCE_JANUARY = re.compile(r"0?([1-9]|1[0-2]) thang(?: dau nam)?")
_PADDED_MONTHS = re.compile(r"^0(?=[1-9] )")  # the zero of "06 tháng", not of "006 tháng"
# A monthly report's title naming the month and the months since January: "tháng 8 và 8
# tháng", "tháng 9 và 9 tháng đầu năm", "tháng 3 và quý I", "tháng 12 và cả năm".
_MONTH_AND = re.compile(r"thang 0?([1-9]|1[0-2]) va (.+)")
_MONTHS_COUNT = re.compile(r"0?(\d+) thang\b")
MIN_YEAR, MAX_YEAR = 1900, 9999


class PeriodError(ValueError):
    """A period that cannot be read; the message is Vietnamese and names what was typed."""


class Period(NamedTuple):
    """One month of one year: ``Period(2024, 3)`` is March 2024."""

    year: int
    month: int

    @classmethod
    def of(cls, year: int, month: int) -> Period:
        """A checked period: month 1–12, a four-digit year."""
        if not 1 <= month <= 12:
            raise PeriodError(f"Tháng phải từ 1 đến 12, nhưng là {month}.")
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise PeriodError(f"Năm phải có bốn chữ số ({MIN_YEAR}–{MAX_YEAR}), nhưng là {year}.")
        return cls(year, month)

    @classmethod
    def parse(cls, text: str) -> Period:
        """``"2024-03"`` (or ``"2024-3"``) → ``Period(2024, 3)``; anything else is a PeriodError."""
        match = _ISO.fullmatch(text.strip())
        if match is None:
            raise PeriodError(f"Tháng «{clipped(text)}» phải viết dạng NĂM-THÁNG, ví dụ 2024-03.")
        month = int(match.group(2))
        if not 1 <= month <= 12:  # the form is right: say what is wrong in it
            raise PeriodError(f"Tháng «{clipped(text)}»: tháng phải từ 1 đến 12, nhưng là {month}.")
        return cls.of(int(match.group(1)), month)

    @classmethod
    def current(cls, today: dt.date | None = None) -> Period:
        """The month of ``today`` (the machine's date by default): what cron builds."""
        day = today or dt.date.today()
        return cls(day.year, day.month)

    def next(self) -> Period:
        """The month after, across the year end: 12/2024 → 1/2025."""
        return Period(self.year + 1, 1) if self.month == 12 else Period(self.year, self.month + 1)

    def previous(self) -> Period:
        """The month before, across the year end: 1/2024 → 12/2023."""
        return Period(self.year - 1, 12) if self.month == 1 else Period(self.year, self.month - 1)

    def year_ago(self) -> Period:
        """The same month of the year before ("cùng kỳ")."""
        return Period(self.year - 1, self.month)

    def months_so_far(self) -> range:
        """The months of the year up to this one: 3/2024 → 1, 2, 3."""
        return range(1, self.month + 1)

    @property
    def iso(self) -> str:
        """``"2024-03"``: the workbook's file stem, logs and CSV."""
        return f"{self.year}-{self.month:02d}"

    @property
    def label(self) -> str:
        """``"03/2024"``: how a month is written in tables and messages."""
        return f"{self.month:02d}/{self.year}"

    @property
    def short(self) -> str:
        """``"3/2024"``: how a month is written in sentences ("tháng 3/2024")."""
        return f"{self.month}/{self.year}"

    @property
    def quarter(self) -> int:
        """The quarter the month is in, 1–4."""
        return (self.month - 1) // 3 + 1

    def fields(self) -> dict[str, int | str]:
        """The names a config pattern may use, for this month.

        ``month``, ``year``, ``next_month``, ``next_year``; ``year_apart`` (" năm 2024"
        when the next month is in the next year, as December's is, else ""); ``months``
        ("03", the months from January); ``quarter`` ("I"–"IV"), ``next_quarter`` and
        ``next_quarter_year``.
        """
        after = self.next()
        following = Period(self.year, self.month + 3) if self.month <= 9 else None
        return {
            "month": self.month,
            "year": self.year,
            "next_month": after.month,
            "next_year": after.year,
            "year_apart": f" năm {self.year}" if after.year != self.year else "",
            "months": f"{self.month:02d}",
            "quarter": ROMAN[self.quarter - 1],
            "next_quarter": ROMAN[following.quarter - 1] if following else ROMAN[0],
            "next_quarter_year": self.year if following else self.year + 1,
        }


def checked_period(value: object) -> Period:
    """A period a program hands the library, checked as ``Period.of`` checks a typed one:
    ``Period(2024, 13)`` or ``("2024", "3")`` is a PeriodError, never a file "2024-13.xlsx"."""
    if not isinstance(value, tuple) or len(value) != 2:
        raise PeriodError(f"Tháng phải là một Period(năm, tháng), nhưng là {value!r}.")
    year, month = value
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in value):
        raise PeriodError(f"Năm và tháng phải là số nguyên, nhưng là {year!r} và {month!r}.")
    return Period.of(year, month)


def not_asked(what: str, typed: int, wanted: int) -> str:
    """The error of a workbook's ``thang`` or ``nam`` (``what``: "tháng", "năm") that is not
    the month or year the command asked for (``checks.check_month``; ``parse`` says the
    month's beside a ``ky_bao_cao`` it would else be taken for)."""
    return f"Sổ ghi {what} {typed}, nhưng lệnh yêu cầu {what} {wanted}."


def month_words(period: Period) -> str:
    """A pattern of ``period`` named as a text names its month: "tháng 3", "tháng 03/2024",
    "tháng 3 năm 2024" (its year may be left out; what may follow is the caller's)."""
    return rf"tháng\s+0?{period.month}(?:\s*/\s*{period.year}|\s+năm\s+{period.year})?"


def periods_between(start: Period, end: Period) -> list[Period]:
    """Every month from ``start`` to ``end``, both included ([] when ``end`` is earlier)."""
    out = []
    period = start
    while period <= end:
        out.append(period)
        period = period.next()
    return out


class ReportKind(StrEnum):
    """The kind of report, as typed in ThongTin ``ky_bao_cao``; the value is the Vietnamese word."""

    MONTH = "tháng"
    QUARTER = "quý"
    HALF_YEAR = "6 tháng"
    NINE_MONTHS = "9 tháng"
    YEAR = "năm"

    @classmethod
    def read(cls, typed: str) -> ReportKind | None:
        """The kind ``typed`` names, without regard to case, spacing or diacritics, "i" and
        "y" alike ("Quý", "quí", "6 THANG", "06 tháng" as titles pad it); a quarter with its
        number ("Quý I", "quý 1": ``quarter_named``), a month with its number ("Tháng 9",
        or its months since January, "7 tháng": ``month_named``) and "6 tháng đầu năm",
        "9 tháng đầu năm", "cả năm" as a title writes them too, "12 tháng" the year's and
        "3 tháng" the first quarter's; None for any other text. So is a title's month and
        its months since January, "tháng 8 và 8 tháng" (``month_and``): the kind the months
        after "và" name, else the month's."""
        if (pair := cls.month_and(typed)) is not None:
            month, since = pair
            if cls.month_and(since) is not None:  # "tháng 8 và tháng 8 và …": no title's
                return None  # (read of each pair in turn passed Python's recursion limit)
            count = _MONTHS_COUNT.match(since)
            if count is not None and int(count.group(1)) != month:
                return None  # "tháng 8 và 7 tháng": which is meant cannot be known
            if _DATED.fullmatch(since) is not None:
                return None  # a year after it: ``read_dated`` reads the words before it
            kind = cls.read(since.removesuffix(" nam") if since.endswith("thang nam") else since)
            if kind is None or kind is cls.MONTH:
                return cls.MONTH if count is not None else None
            return kind
        if cls.quarter_named(typed) is not None:
            return cls.QUARTER
        if cls.month_named(typed) is not None:
            return cls.MONTH
        words = " ".join(plain_text(typed).split()).removesuffix(" dau nam").removeprefix("ca ")
        words = _PADDED_MONTHS.sub("", words).replace("i", "y")  # "06 tháng", as titles pad it
        if words == "12 thang":  # the year's months, as "6 tháng", "9 tháng" name theirs
            return cls.YEAR
        return next((k for k in cls if plain_text(k.value).replace("i", "y") == words), None)

    @classmethod
    def read_dated(cls, typed: str) -> tuple[ReportKind | None, int | None, str]:
        """``read`` of ``typed`` with the year a title writes after the period, if any
        ("Quý I/2024", "tháng 9/2023", "6 tháng đầu năm 2024", "năm 2024"): the kind, the
        year (None when none is written) and the words without it."""
        found, whole = _DATED.fullmatch(" ".join(typed.split())), cls.read(typed)
        if found is None or whole is not None:
            return whole, None, typed
        head = found.group(1)
        for words in (head, head[:-3].rstrip() if plain_text(head).endswith("nam") else ""):
            if words and (kind := cls.read(words)) is not None:
                return kind, int(found.group(2)), words
        return None, None, typed

    @staticmethod
    def month_and(typed: str) -> tuple[int, str] | None:
        """The month's number and the words after "và" of a title's "tháng 8 và 8 tháng"
        (``(8, "8 thang")``, the words plain), None for any other text."""
        found = _MONTH_AND.fullmatch(" ".join(plain_text(typed).split()))
        return (int(found.group(1)), found.group(2)) if found is not None else None

    @staticmethod
    def quarter_named(typed: str) -> int | None:
        """The quarter's number ``typed`` gives ("Quý II", "quý 2": 2; "3 tháng đầu năm": 1;
        "tháng 3 và quý I": 1), None without one."""
        words = " ".join(plain_text(typed).split())
        if (pair := ReportKind.month_and(words)) is not None:
            words = pair[1]
        if _FIRST_QUARTER.fullmatch(words):
            return 1
        found = _NUMBERED_QUARTER.fullmatch(words)
        if found is None:
            return None
        number = found.group(1).upper()
        return int(number) if number.isdigit() else ROMAN.index(number) + 1

    @staticmethod
    def month_named(typed: str) -> int | None:
        """The month's number ``typed`` gives ("Tháng 9", "tháng 09", "tháng 9 và 9 tháng":
        9; "7 tháng", "07 tháng đầu năm": 7, but not the months that end another kind, "3
        tháng", "6 tháng", "9 tháng", "12 tháng"), None without one."""
        if (pair := ReportKind.month_and(typed)) is not None:
            return pair[0]
        words = " ".join(plain_text(typed).split())
        found = _NUMBERED_MONTH.fullmatch(words)
        if found is not None:
            return int(found.group(1))
        found = _MONTHS_SINCE_JANUARY.fullmatch(words)
        if found is None or int(found.group(1)) % 3 == 0:
            return None
        return int(found.group(1))

    @property
    def end_months(self) -> tuple[int, ...]:
        """The months a report of this kind may end with."""
        return _END_MONTHS[self]

    @property
    def key(self) -> str:
        """The kind's key in the config's ``[wording.*]`` tables: "month", "half_year", …"""
        return self.name.lower()

    def from_january(self, period: Period) -> bool:
        """Whether a report of this kind ending with ``period`` covers the months from
        January (quý I, 6 tháng, 9 tháng, năm), not one month's nor quý II–IV's."""
        return self is not ReportKind.MONTH and (
            self is not ReportKind.QUARTER or period.quarter == 1
        )

    def period_name(self, period: Period) -> str:
        """The period a report of this kind covers, as a title names it: "tháng 3 năm
        2024", "quý I năm 2024", "6 tháng đầu năm 2024", "năm 2024"."""
        names = {
            ReportKind.MONTH: f"tháng {period.month} năm {period.year}",
            ReportKind.QUARTER: f"quý {ROMAN[period.quarter - 1]} năm {period.year}",
            ReportKind.HALF_YEAR: f"6 tháng đầu năm {period.year}",
            ReportKind.NINE_MONTHS: f"9 tháng đầu năm {period.year}",
            ReportKind.YEAR: f"năm {period.year}",
        }
        return names[self]


_END_MONTHS: dict[ReportKind, tuple[int, ...]] = {
    ReportKind.MONTH: tuple(range(1, 13)),
    ReportKind.QUARTER: (3, 6, 9, 12),
    ReportKind.HALF_YEAR: (6,),
    ReportKind.NINE_MONTHS: (9,),
    ReportKind.YEAR: (12,),
}
