"""Growth calculations: exact Decimal results, and "no figure" for a missing or zero base."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from baocao import growth


@pytest.mark.parametrize(
    ("value", "base", "expected"),
    [
        (D("121.4"), D("100"), D("21.4")),  # positive
        (D("52716"), D("43438"), D("21.35917859938302868456190430")),  # 28 significant digits
        (D("96.9"), D("100"), D("-3.1")),  # negative
        (D("100.04"), D("100"), D("0.04")),  # zero after rounding to one decimal
        (D("230"), D("100"), D("130")),  # at least twice
        (D("5"), D("0"), None),  # zero base
        (D("5"), None, None),  # missing base
        (None, D("5"), None),  # missing value
        (D("5"), D("-2"), None),  # a negative base gives no meaningful change
    ],
)
def test_pct_change(value: D | None, base: D | None, expected: D | None) -> None:
    """pct_change is (value / base - 1) * 100, or None without a usable base."""
    assert growth.pct_change(value, base) == expected


def test_named_changes_use_their_bases() -> None:
    """mom, yoy and ytd_yoy compare against previous month, same month, last year's total."""
    assert growth.mom_pct(D("110"), D("100")) == D("10")
    assert growth.yoy_pct(D("90"), D("100")) == D("-10")
    assert growth.ytd_yoy_pct(D("153513"), D("122900")) == (D("153513") / D("122900") - 1) * 100


@pytest.mark.parametrize(
    ("ytd", "plan", "expected"),
    [
        (D("153513"), D("665000"), D("153513") / D("665000") * 100),
        (D("10"), D("0"), None),
        (D("10"), None, None),
        (None, D("10"), None),
    ],
)
def test_plan_share(ytd: D | None, plan: D | None, expected: D | None) -> None:
    """plan_share is the year-to-date as a percent of the annual plan; None without a plan."""
    assert growth.plan_share(ytd, plan) == expected


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (D("123.89"), D("23.89")),
        (D("96.5"), D("-3.5")),
        (D("100"), D("0")),
        (D("0"), None),
        (None, None),
    ],
)
def test_index_growth(index: D | None, expected: D | None) -> None:
    """An index of 123.89 is growth of +23.89; a missing or zero index is no figure."""
    assert growth.index_growth(index) == expected


def test_ratio_from_pct() -> None:
    """+130% is 2.3 times the base."""
    assert growth.ratio_from_pct(D("130")) == D("2.3")
