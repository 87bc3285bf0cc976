"""A monthly report's breakdown row with its own annual plan: its line reads the month, then
the period's total with its change and its share of the plan (Sóc Trăng, February 2024: "bán
lẻ hàng hóa ước 10.241 tỷ đồng … đạt 16,26% kế hoạch … tăng 10,05%"), which the body left out,
the appendix alone showing them. A row without a plan, and January's, read the month alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import build_texts, month_book, row

MONTH = (
    "Chỉ tiêu x.a tháng {m} ước đạt 5.093 tấn, giảm 1,05% so với tháng trước; "
    "tăng 11,39% so với cùng kỳ"
)


@pytest.mark.parametrize(
    ("month", "plan", "line"),
    [
        (
            2,
            62983,
            MONTH.format(m=2) + "; cộng dồn 02 tháng đầu năm ước đạt 10.241 tấn, tăng 10,05% "
            "so với cùng kỳ và đạt 16,26% so với Kế hoạch năm.",
        ),
        (2, None, MONTH.format(m=2) + "."),  # no plan: the month alone, as before
        (1, 62983, MONTH.format(m=1) + "."),  # January's total is its month
    ],
    ids=["plan", "no-plan", "january"],
)
def test_a_breakdown_rows_plan_is_said_in_its_monthly_line(
    tmp_path: Path, month: int, plan: int | None, line: str
) -> None:
    (tmp_path / "data").mkdir()
    # January's year-to-date is its month, typed so.
    ytd, ytd_same = (10241, 9305.6) if month == 2 else (5093, 4572.3)
    rows = [
        row("x", 8038, 8236.5, 7253.9, 16275 if month == 2 else 8038, None, 90017, pct=2),
        row("x.a", 5093, 5147.1, 4572.3, ytd, ytd_same, plan, parent="x", pct=2),
    ]
    month_book(tmp_path / "data", Period(2024, month), {}, rows)
    texts = build_texts(tmp_path, Period(2024, month))
    assert texts[texts.index("Trong đó:") + 1] == line
