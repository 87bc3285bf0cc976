"""Period: one month of one year, its neighbours, its labels, and reading "2024-03"."""

from __future__ import annotations

import datetime as dt

import pytest

from baocao.period import Period, PeriodError, ReportKind, periods_between


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period(2025, 1), Period(2025, 2)),
        (Period(2024, 3), Period(2024, 4)),
        (Period(2024, 11), Period(2024, 12)),
        (Period(2024, 12), Period(2025, 1)),
    ],
)
def test_next(period: Period, expected: Period) -> None:
    """The month after December is January of the next year."""
    assert period.next() == expected


@pytest.mark.parametrize(
    ("period", "expected"),
    [(Period(2024, 1), Period(2023, 12)), (Period(2024, 3), Period(2024, 2))],
)
def test_previous(period: Period, expected: Period) -> None:
    """The month before January is December of the year before."""
    assert period.previous() == expected
    assert expected.next() == period


def test_is_a_year_month_tuple_in_time_order() -> None:
    """A Period compares with (year, month) and sorts in time order."""
    assert Period(2024, 3) == (2024, 3)
    assert sorted([Period(2024, 1), Period(2023, 12), Period(2023, 2)]) == [
        (2023, 2),
        (2023, 12),
        (2024, 1),
    ]
    assert Period(2024, 3).year_ago() == Period(2023, 3)


def test_labels_and_fields() -> None:
    """ISO for files and logs, MM/YYYY for tables, the pattern fields of the config."""
    period = Period(2024, 12)
    assert (period.iso, period.label) == ("2024-12", "12/2024")
    assert period.fields() == {
        "month": 12,
        "year": 2024,
        "next_month": 1,
        "next_year": 2025,
        "year_apart": " năm 2024",
        "months": "12",
        "quarter": "IV",
        "next_quarter": "I",
        "next_quarter_year": 2025,
    }
    assert Period(2024, 11).fields()["year_apart"] == ""  # December's next month alone
    assert Period(2024, 5).fields()["quarter"] == "II"
    assert Period(2024, 9).fields()["next_quarter"] == "IV"
    assert list(Period(2024, 3).months_so_far()) == [1, 2, 3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2024-03", Period(2024, 3)), (" 2024-3 ", Period(2024, 3)), ("1999-12", Period(1999, 12))],
)
def test_parse(text: str, expected: Period) -> None:
    """ "NĂM-THÁNG" is read, with or without the leading zero and around spaces."""
    assert Period.parse(text) == expected


@pytest.mark.parametrize("text", ["2024/03", "03-2024", "", "tháng 3"])
def test_parse_refuses(text: str) -> None:
    """Anything else is refused in Vietnamese, naming what was typed."""
    with pytest.raises(PeriodError) as info:
        Period.parse(text)
    assert str(info.value) == f"Tháng «{text}» phải viết dạng NĂM-THÁNG, ví dụ 2024-03."


@pytest.mark.parametrize(("text", "month"), [("2024-13", 13), ("2024-00", 0)])
def test_parse_refuses_a_month_out_of_range(text: str, month: int) -> None:
    """`--from 2024-13` is written as NĂM-THÁNG: it was told "phải viết dạng NĂM-THÁNG, ví
    dụ 2024-03", which it is; the message says the month is out of range instead."""
    with pytest.raises(PeriodError) as info:
        Period.parse(text)
    assert str(info.value) == f"Tháng «{text}»: tháng phải từ 1 đến 12, nhưng là {month}."


def test_of_checks_month_and_year() -> None:
    """A checked period refuses month 13 and a two-digit year."""
    with pytest.raises(PeriodError, match=r"Tháng phải từ 1 đến 12, nhưng là 13\."):
        Period.of(2024, 13)
    with pytest.raises(PeriodError, match=r"Năm phải có bốn chữ số \(1900–9999\), nhưng là 24\."):
        Period.of(24, 3)


def test_current_and_ranges() -> None:
    """The current month comes from the date; a range includes both ends, or is empty."""
    assert Period.current(dt.date(2024, 3, 20)) == Period(2024, 3)
    assert periods_between(Period(2023, 11), Period(2024, 2)) == [
        (2023, 11),
        (2023, 12),
        (2024, 1),
        (2024, 2),
    ]
    assert periods_between(Period(2024, 3), Period(2023, 1)) == []


def test_report_kinds_end_months() -> None:
    """Each kind of report ends with its own months."""
    assert ReportKind("6 tháng").end_months == (6,)
    assert ReportKind.QUARTER.end_months == (3, 6, 9, 12)
    assert ReportKind.YEAR.end_months == (12,)
    assert len(ReportKind.MONTH.end_months) == 12


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("Quý", ReportKind.QUARTER),
        ("quí", ReportKind.QUARTER),  # the older spelling, "i" for "y"
        (" 6  THANG ", ReportKind.HALF_YEAR),
        ("nam", ReportKind.YEAR),
        ("Quý II", ReportKind.QUARTER),  # as a title writes it; its number is checked
        ("Tháng 9", ReportKind.MONTH),  # so is a month's
        ("tháng 13", None),
        ("quý V", None),
        ("cả năm", ReportKind.YEAR),  # "báo cáo cả năm 2025": read since the annual trial
        ("năm nay", None),
        ("06 tháng", ReportKind.HALF_YEAR),  # "Báo cáo 06 tháng đầu năm", months padded
        ("09 tháng đầu năm", ReportKind.NINE_MONTHS),
        ("006 tháng", None),
        ("0 tháng", None),
    ],
)
def test_report_kind_as_typed(typed: str, kind: ReportKind | None) -> None:
    """A kind is read without regard to case, spacing, diacritics, or "i" for "y"."""
    assert ReportKind.read(typed) is kind
