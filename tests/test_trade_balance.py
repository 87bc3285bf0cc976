"""A trade balance row ("Xuất siêu") against the exports and imports it is the difference
of (province18: Bình Phước, tháng 2/2023, "xuất siêu 220 triệu USD" beside exports of 551
and imports of 290 triệu USD)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.errors import Problem
from baocao.period import Period
from test_figures import month_book, row

from helpers import write_config

MAY = Period(2024, 5)


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> list[Problem]:
    """May 2024: the month's balance agrees (120 − 100,5 = 19,5), the year-to-date's does
    not (551 − 290,0 = 261,0, typed 220); a "nhập siêu" of 5 in a month of exports above
    imports."""
    folder = tmp_path_factory.mktemp("balance")
    (folder / "data").mkdir()
    month_book(
        folder / "data",
        MAY,
        {},
        [
            row("xuat_khau", 120, 110, 100, 551, 500),
            row("nhap_khau", 100.5, 95, 85, 290, 280, decimals=1),
            row("xuat_sieu", 19.5, 15, 15, 220, 220, decimals=1),
            row("nhap_sieu", 5, decimals=1),
        ],
    )
    config = load_config(write_config(folder, template=None))
    return check_inputs(config, MAY).problems


def test_balance_unlike_exports_minus_imports_is_a_warning_at_its_cell(
    problems: list[Problem],
) -> None:
    """A "Xuất siêu" year-to-date that is not the exports' minus the imports' was printed
    "Xuất siêu cộng dồn 02 tháng đầu năm ước đạt 220 triệu USD." under exports of 551 and
    imports of 290,0 triệu USD, with no word from check: it is a warning at its cell."""
    said = [(p.severity.name, p.cell, p.message) for p in problems if "trừ «" in p.message]
    assert said == [
        (
            "WARNING",
            "G4",
            "Cột «Lũy kế»: «xuat_sieu» («Chỉ tiêu xuat_sieu») là 220,0, nhưng «xuat_khau» "
            "trừ «nhap_khau» là 261,0 (551 - 290,0): xuất siêu là hiệu của hai số này, và "
            "báo cáo sẽ in cả ba số. Hãy kiểm tra lại số đã gõ.",
        ),
        (
            "WARNING",
            "D5",
            "Cột «Tháng báo cáo»: «nhap_sieu» («Chỉ tiêu nhap_sieu») là 5,0, nhưng "
            "«nhap_khau» trừ «xuat_khau» là -19,5 (100,5 - 120), tức là xuất siêu 19,5: nhập "
            "siêu là hiệu của hai số này, và báo cáo sẽ in cả ba số. Hãy kiểm tra lại số đã gõ.",
        ),
    ]


def test_a_balance_that_agrees_is_not_said_to_change_beyond_belief(tmp_path: Path) -> None:
    """A "Xuất siêu" that is the exports' minus the imports' in every column (19,5 = 120 -
    100,5 against 5 = 100 - 95 last year) was warned "«Chỉ tiêu xuat_sieu» thay đổi 290,0%
    so với cùng kỳ (quá ±50%)" on a correct workbook: a difference of two close figures
    swings so when they move a little. Its figures are checked against its terms instead."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MAY,
        {},
        [
            row("xuat_khau", 120, 110, 100, 551, 500),
            row("nhap_khau", 100.5, 95, 95, 290, 280, decimals=1),
            row("xuat_sieu", 19.5, 15, 5, 261, 220, decimals=1),
        ],
    )
    config = load_config(write_config(tmp_path, template=None))
    said = [p.message for p in check_inputs(config, MAY).problems if "xuat_sieu" in p.message]
    assert said == []
