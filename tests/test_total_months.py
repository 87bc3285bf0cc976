"""A period's total worded with another period's length ("06 tháng đầu năm {year}" kept in
the monthly wording, "cả năm {year}" before December): the report prints it beside the
months from January to the report's month. A warning at the config's key."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_total_estimate import wording_said


def _book(folder: Path, period: Period, kind: str) -> None:
    data = folder / "data"
    data.mkdir(exist_ok=True)
    month_book(data, period, {"ky_bao_cao": kind}, [row("x", 100, None, None, 300)])


@pytest.mark.parametrize(
    ("typed", "said", "length"),
    [
        ("06 tháng đầu năm {year}", "06 tháng đầu năm 2025", "6 tháng"),
        ("Lũy kế 6 tháng năm {year}", "lũy kế 6 tháng năm 2025", "6 tháng"),
        ("cả năm {year}", "cả năm 2025", "cả năm"),
    ],
)
def test_a_monthly_total_naming_another_length_is_said(
    tmp_path: Path, typed: str, said: str, length: str
) -> None:
    period = Period(2025, 3)
    _book(tmp_path, period, "tháng")
    assert wording_said(tmp_path, period, f'\n[wording.month]\ntotal = "{typed}"\n') == [
        (
            "WARNING",
            "wording.month.total",
            f"Khóa «total» ghi «{said}», tức {length}, mà số cộng dồn của báo cáo tháng 3/2025 "
            f"là của 03 tháng đầu năm: báo cáo sẽ in «Chỉ tiêu x {said} ước đạt …» cho số của "
            "03 tháng. Hãy ghi số tháng bằng {months} (ví dụ «{months} tháng đầu năm {year}»), "
            "để mỗi tháng in đúng số tháng của nó.",
        )
    ]


@pytest.mark.parametrize(
    ("kind", "month", "wording"),
    [
        ("tháng", 3, ""),
        ("tháng", 3, '\n[wording.month]\ntotal = "lũy kế {months} tháng năm {year}"\n'),
        ("tháng", 3, '\n[wording.month]\ntotal = "tính đến ngày 20 tháng {month}/{year}"\n'),
        ("tháng", 3, '\n[wording.month]\ntotal = "từ đầu năm đến hết tháng {month}"\n'),
        ("tháng", 12, '\n[wording.month]\ntotal = "cả năm {year}"\n'),
        ("6 tháng", 6, '\n[wording.half_year]\ntotal = "06 tháng đầu năm {year}"\n'),
        ("quý", 6, '\n[wording.quarter]\ntotal = "3 tháng quý {quarter}/{year}"\n'),
        ("năm", 12, ""),
    ],
)
def test_a_total_of_the_reports_own_length_is_quiet(
    tmp_path: Path, kind: str, month: int, wording: str
) -> None:
    period = Period(2025, month)
    _book(tmp_path, period, kind)
    assert wording_said(tmp_path, period, wording) == []
