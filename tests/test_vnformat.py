"""Vietnamese numbers, percentages, clauses and dates, independent of the machine's locale."""

from __future__ import annotations

import locale
from decimal import ROUND_DOWN, Inexact, localcontext
from decimal import Decimal as D

import pytest

from baocao import vnformat as vn


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (D("153513"), 0, "153.513"),
        (D("1822.5"), 1, "1.822,5"),
        (D("941"), 0, "941"),
        (D("1234567.891"), 2, "1.234.567,89"),
        (D("0.05"), 1, "0,1"),  # half-up, not banker's rounding
        (D("0.25"), 1, "0,3"),
        (D("2.5"), 0, "3"),
        (D("-1234.55"), 1, "-1.234,6"),  # half away from zero
        (D("999.96"), 1, "1.000,0"),
        (D("0"), 0, "0"),
    ],
)
def test_format_number(value: D, decimals: int, expected: str) -> None:
    """Dots group thousands, a comma marks decimals, rounding is half-up."""
    assert vn.format_number(value, decimals) == expected


def test_format_number_ignores_the_callers_decimal_context() -> None:
    """A caller's decimal context (few digits, another rounding, inexact results trapped)
    changes neither the rounding nor the text."""
    with localcontext() as context:
        context.prec, context.rounding = 3, ROUND_DOWN
        context.traps[Inexact] = True
        assert vn.round_half_up(D("1822.45"), 1) == D("1822.5")
        assert vn.format_number(D("123456789.25"), 1) == "123.456.789,3"


def test_format_number_writes_every_digit() -> None:
    """More digits than a decimal context's usual 28 are all written."""
    assert vn.format_number(D("123456789012345678901234567890123")) == (
        "123.456.789.012.345.678.901.234.567.890.123"
    )


def test_memo_short_keeps_only_short_texts() -> None:
    """A text of up to 200 characters is worked out once; a longer one each time."""
    seen: list[str] = []

    @vn.memo_short
    def shout(text: str) -> str:
        seen.append(text)
        return text.upper()

    long = "x" * 201
    shouted = [shout("ab"), shout("ab"), shout(long), shout(long)]
    assert shouted == ["AB", "AB", long.upper(), long.upper()]
    assert seen == ["ab", long, long]


def test_format_number_ignores_locale() -> None:
    """The C or any other locale does not change the output."""
    before = locale.setlocale(locale.LC_ALL)
    try:
        for name in ("C", "en_US.UTF-8", "de_DE.UTF-8"):
            try:
                locale.setlocale(locale.LC_ALL, name)
            except locale.Error:
                continue
            assert vn.format_number(D("1822.5"), 1) == "1.822,5"
    finally:
        locale.setlocale(locale.LC_ALL, before)


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (D("25"), 1, "25,0%"),
        (D("23.89"), 2, "23,89%"),
        (D("23.085"), 2, "23,09%"),
        (D("7.03"), 2, "7,03%"),
    ],
)
def test_format_percent(value: D, decimals: int, expected: str) -> None:
    """Percentages carry one decimal, or two for the industrial production index."""
    assert vn.format_percent(value, decimals) == expected


@pytest.mark.parametrize(
    ("pct", "against", "decimals", "expected"),
    [
        (D("2.2"), "tháng trước", 1, "tăng 2,2% so với tháng trước"),  # positive
        (D("-3.1"), "cùng kỳ", 1, "giảm 3,1% so với cùng kỳ"),  # negative
        (D("-3.05"), "cùng kỳ", 1, "giảm 3,1% so với cùng kỳ"),  # half-up on the magnitude
        (D("0.04"), "cùng kỳ", 1, "bằng cùng kỳ"),  # zero after rounding
        (D("-0.049"), "tháng trước", 1, "bằng tháng trước"),
        (D("130"), "cùng kỳ", 1, "gấp 2,3 lần cùng kỳ"),  # at least twice
        (D("100"), "tháng trước", 1, "gấp 2,0 lần tháng trước"),  # exactly twice
        (D("99.9"), "tháng trước", 1, "tăng 99,9% so với tháng trước"),
        (D("99.96"), "tháng trước", 1, "gấp 2,0 lần tháng trước"),  # printed 100,0%: twice
        (D("99.96"), "tháng trước", 2, "tăng 99,96% so với tháng trước"),
        (D("99.994"), "cùng kỳ", 2, "tăng 99,99% so với cùng kỳ"),
        (D("23.89"), "cùng kỳ", 2, "tăng 23,89% so với cùng kỳ"),
        (None, "cùng kỳ", 1, ""),  # missing or zero base: the clause is dropped
    ],
)
def test_change_clause(pct: D | None, against: str, decimals: int, expected: str) -> None:
    """A change is written tăng / giảm / bằng / gấp … lần, with its base."""
    assert vn.change_clause(pct, against, decimals) == expected


@pytest.mark.parametrize(
    ("pct", "decimals", "expected"),
    [
        (D("24.95"), 2, "tăng 24,95%"),
        (D("-3.5"), 2, "giảm 3,50%"),
        (D("0.001"), 2, "không đổi"),
        (D("150"), 2, "gấp 2,5 lần"),
        (D("99.995"), 2, "gấp 2,0 lần"),  # it read "tăng 100,00%", a change of +100%
        (None, 2, ""),
    ],
)
def test_change_phrase(pct: D | None, decimals: int, expected: str) -> None:
    """The change alone, as the IIP branches are written ("ước tăng 24,95%")."""
    assert vn.change_phrase(pct, decimals) == expected


def test_attain_clause() -> None:
    """The share of the plan reads "đạt 23,1% so với Kế hoạch năm"; no plan, no clause."""
    assert vn.attain_clause(D("23.0846")) == "đạt 23,1% so với Kế hoạch năm"
    assert vn.attain_clause(D("50"), "kế hoạch") == "đạt 50,0% so với kế hoạch"
    assert vn.attain_clause(None) == ""


@pytest.mark.parametrize(
    ("clauses", "sep", "lead", "expected"),
    [
        (["tăng 1%", "giảm 2%"], "; ", ", ", ", tăng 1%; giảm 2%"),
        (["", "giảm 2%"], "; ", ", ", ", giảm 2%"),
        (["", ""], "; ", ", ", ""),
        (["a", "b"], " và ", "", "a và b"),
    ],
)
def test_join_clauses(clauses: list[str], sep: str, lead: str, expected: str) -> None:
    """Empty clauses are dropped with their separator; the lead comes only when one is left."""
    assert vn.join_clauses(clauses, sep, lead) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("điện thoại, linh kiện", "điện thoại, linh kiện."),
        ("điện thoại, linh kiện.  ", "điện thoại, linh kiện."),
        ("hàng dệt may./.", "hàng dệt may."),  # the end mark closes the report only
        ("gồm: (xem phụ lục.)", "gồm: (xem phụ lục.)"),
        ("«điện tử»", "«điện tử»."),
        ("sắt thép;", "sắt thép."),  # a list's item: the paragraph ends here
        ("sắt thép; xi măng; ", "sắt thép; xi măng."),
        ("linh kiện điện tử,.", "linh kiện điện tử."),
        ("thiết bị:", "thiết bị."),
        ("sản phẩm từ chất dẻo...", "sản phẩm từ chất dẻo..."),
        ("v.v…", "v.v…"),
        ("hàng hóa khác?", "hàng hóa khác?"),
        ("", ""),
    ],
)
def test_end_sentence(text: str, expected: str) -> None:
    """A full stop is added once, never after a mark that already ends the sentence."""
    assert vn.end_sentence(text) == expected


@pytest.mark.parametrize(("months", "expected"), [(1, "01"), (3, "03"), (9, "09"), (12, "12")])
def test_month_count(months: int, expected: str) -> None:
    """Counts of months are zero-padded: "03 tháng đầu năm"."""
    assert vn.month_count(months) == expected


@pytest.mark.parametrize(
    ("month", "expected"), [(1, "01"), (2, "02"), (3, "3"), (10, "10"), (12, "12")]
)
def test_date_month(month: int, expected: str) -> None:
    """In a document date only January and February take a leading zero (Decree 30)."""
    assert vn.date_month(month) == expected


@pytest.mark.parametrize(("day", "expected"), [(5, "05"), (21, "21")])
def test_date_day(day: int, expected: str) -> None:
    """Days below 10 take a leading zero."""
    assert vn.date_day(day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("52.716", D("52716")),
        ("1.822,5", D("1822.5")),
        ("1822,5", D("1822.5")),
        ("941", D("941")),
        (" 2.600 ", D("2600")),
        ("-3,1", D("-3.1")),
        ("1.000.000", D("1000000")),
        ("1822.5", None),
        ("12,3.4", None),
        ("abc", None),
        ("", None),
        ("1.82", None),
    ],
)
def test_parse_number_text(text: str, expected: D | None) -> None:
    """Numbers typed as Vietnamese text are read; anything else is not a number."""
    assert vn.parse_number_text(text) == expected


@pytest.mark.parametrize(
    ("value", "grouped", "expected"),
    [
        (D("54.120"), True, "54,12"),
        (1905.3, True, "1.905,3"),
        (52716, True, "52.716"),
        (D("-0.50"), True, "-0,5"),
        (0.1 + 0.2, True, "0,3"),  # 15 significant digits, as Excel shows a float
        (1e15, True, "1.000.000.000.000.000"),
        (1.5e22, True, "1,5 × 10^22"),
        (1e-12, True, "1 × 10^-12"),
        (float("inf"), True, "∞"),
        (float("nan"), True, "NaN"),
        (D("0.000"), True, "0"),
        (1905.3, False, "1905,3"),  # Excel's General format in a text cell
        (2024, False, "2024"),
    ],
)
def test_format_exact(value: D | float, grouped: bool, expected: str) -> None:
    """A number as read, the Vietnamese way, neither rounded nor padded: what messages show."""
    assert vn.format_exact(value, grouped=grouped) == expected
