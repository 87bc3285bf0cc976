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


@pytest.mark.parametrize(
    ("month", "ytd", "plan", "warned"),
    [
        (12, 13540.6, 13_540_600, "0,1"),  # the plan in nghìn USD beside figures in triệu
        (1, 1250.4, 1_300_000, "0,1"),  # January: 0,17% is its pace's 1/50
        (12, 13540.6, 540_000, None),  # 2,5% in December: far behind, but no unit slip
        (3, 130.5, 20_000, None),  # 0,7% in March: a slow start
        (12, 13540.6, 13_540_600_000, None),  # prints 0,0%: an error of its own (plausible)
    ],
    ids=["december", "january", "far-behind", "slow-start", "prints-zero"],
)
def test_a_year_to_date_far_behind_its_months_share_of_the_plan_is_a_warning(
    tmp_path: Path, month: int, ytd: float, plan: int, warned: str | None
) -> None:
    """office29: an annual plan typed in nghìn USD beside exports in triệu USD (November's
    workbook holding it too) printed "đạt 0,1% so với Kế hoạch năm" in December's annual
    report with a clean check: only a plan passed too early, or five times, was said."""
    period = Period(2025, month)
    (tmp_path / "data").mkdir()
    line = [*row("xk", 1250.4, ytd=ytd, plan=plan, decimals=1)]
    line[2] = "triệu USD"
    month_book(tmp_path / "data", period, {}, [tuple(line)])
    said = [f for f in findings(tmp_path, period) if f[:2] == ("WARNING", "I2")]
    shown = f"{ytd:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    planned = f"{plan:,}".replace(",", ".") + ",0"
    assert said == (
        [
            (
                "WARNING",
                "I2",
                f"«Lũy kế» của «xk» ({shown}) chỉ bằng {warned}% «Kế hoạch năm» ({planned}) "
                f"khi đã đến tháng {month}: báo cáo sẽ viết «đạt {warned}%». Hãy kiểm tra «Kế "
                "hoạch năm» (có thể khác đơn vị với các số của chỉ tiêu, hoặc gõ thừa một chữ số).",
            )
        ]
        if warned
        else []
    )


@pytest.mark.parametrize(
    ("month", "ytd", "warned"),
    [
        (12, 25.3, None),  # 1,7%: a new plant's first weeks, its plan the year's
        (11, 18.0, None),  # 1,2%: behind its pace's 1/50 (1,8%), but no unit slip
        (12, 6.0, "0,4"),  # a thousand times 0,4% is past any plan: a unit slip
        (6, 4.5, "0,3"),
    ],
    ids=["december", "november", "december-slip", "june-slip"],
)
def test_a_real_share_far_behind_late_in_the_year_is_quiet(
    tmp_path: Path, month: int, ytd: float, warned: str | None
) -> None:
    """falsealarm19: a new plant's electricity (25,3 triệu kWh against a plan of 1.500 that
    counted on a year's run) was warned in December as a plan in another unit. A unit
    slip (nghìn for triệu, triệu for tỷ) makes a share a thousand times smaller: 0,5% is a
    real 500%, past what the December plan check says no plan is. A share from 0,5% is a
    figure behind its plan (a late plant, a delayed project), not a unit."""
    period = Period(2025, month)
    (tmp_path / "data").mkdir()
    line = [*row("dien", 1.5, ytd=ytd, plan=1500, decimals=1)]
    line[2] = "triệu kWh"
    month_book(tmp_path / "data", period, {}, [tuple(line)])
    said = [f for f in findings(tmp_path, period) if f[:2] == ("WARNING", "I2")]
    shown = f"{ytd:.1f}".replace(".", ",")
    assert said == (
        [
            (
                "WARNING",
                "I2",
                f"«Lũy kế» của «dien» ({shown}) chỉ bằng {warned}% «Kế hoạch năm» (1.500,0) "
                f"khi đã đến tháng {month}: báo cáo sẽ viết «đạt {warned}%». Hãy kiểm tra «Kế "
                "hoạch năm» (có thể khác đơn vị với các số của chỉ tiêu, hoặc gõ thừa một chữ "
                "số).",
            )
        ]
        if warned
        else []
    )
