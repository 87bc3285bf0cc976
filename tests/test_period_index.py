"""A report of several months whose whole-industry index has no year-to-date index: the
index paragraph of an annual report said December's index alone ("Chỉ số sản xuất công
nghiệp tháng 12/2025 … ước tăng 12,50% so với cùng kỳ"), with no word of the year's."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

DECEMBER = Period(2025, 12)
UNDER = "Về công nghiệp"


@pytest.mark.parametrize(
    ("kind", "ytd_index", "said"),
    [
        ("năm", None, "năm 2025"),
        ("quý", None, "quý IV năm 2025"),
        ("năm", 108.4, None),
        ("tháng", None, None),
    ],
)
def test_a_period_report_without_the_years_index_is_a_warning(
    tmp_path: Path, kind: str, ytd_index: float | None, said: str | None
) -> None:
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        DECEMBER,
        {"ky_bao_cao": kind},
        [row("a", 1050, 1000, 900, 12000, 11000, section=UNDER)],
        [("iip", "Toàn ngành", 112.5, ytd_index, None, None, None, UNDER)],
    )
    found = [f for f in findings(tmp_path, DECEMBER) if "«Chỉ số lũy kế" in f[2]]
    assert found == (
        []
        if said is None
        else [
            (
                "WARNING",
                "D2",
                f"Báo cáo {said} nhưng «Chỉ số lũy kế so với cùng kỳ (%)» của «iip» để trống: "
                "đoạn chỉ số sản xuất công nghiệp chỉ nêu chỉ số của tháng 12/2025. Nếu đã có "
                "chỉ số từ đầu năm, hãy điền vào ô này.",
            )
        ]
    )
