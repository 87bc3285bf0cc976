"""A December's year-to-date many times its annual plan: a plan typed a digit short."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings, only

DECEMBER = Period(2025, 12)


@pytest.mark.parametrize(
    ("plan", "unit", "kind", "warned"),
    [
        (1300, "triệu USD", "tháng", True),  # 13.000 typed a digit short: "đạt 1.041,6%"
        (1300, "triệu USD", "năm", True),  # the year's report alike
        (2708.12, "triệu USD", "tháng", False),  # 500,0%: the limit itself
        (5866.76, "triệu USD", "tháng", False),  # 230,8%: a plan beaten, news
        (1300, "%", "tháng", False),  # a rate is a level, not a sum
    ],
    ids=["digit-short", "year-report", "five-times", "beaten", "rate"],
)
def test_a_december_year_to_date_five_times_its_plan_is_a_warning(
    tmp_path: Path, plan: float, unit: str, kind: str, warned: bool
) -> None:
    """Exports of 13.540,6 against a plan typed 1.300 (13.000 a digit short) printed
    "đạt 1.041,6% so với Kế hoạch năm" in December with a clean check: the plan's check
    stopped at November, since in December a plan beaten (230,8%) is news. Past five times
    its plan, a year's sum is a plan mistyped (a digit dropped is ten times)."""
    (tmp_path / "data").mkdir()
    line = [*row("xk", 1250.4, ytd=13540.6, plan=plan, decimals=1)]
    line[2] = unit
    month_book(tmp_path / "data", DECEMBER, {"ky_bao_cao": kind}, [tuple(line)])
    got = only(findings(tmp_path, DECEMBER), "WARNING")
    assert got == (
        [
            (
                "WARNING",
                "I2",
                "«Lũy kế» của «xk» (13.540,6) gấp hơn 5 lần «Kế hoạch năm» (1.300,0) của cả "
                "năm: báo cáo sẽ viết «đạt 1.041,6%». Hãy kiểm tra «Kế hoạch năm» (có thể gõ "
                "thiếu một chữ số, hoặc khác đơn vị).",
            )
        ]
        if warned
        else []
    )
