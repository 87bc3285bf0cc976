"""An indicator in "%" (a rate or a share: "Tỷ lệ giải ngân"): written "8,5%" as the
percentages beside it are, and its months never added up into a year-to-date or a
quarter's total."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import build_texts, month_book, row

JANUARY = Period(2025, 1)


def rate(code: str, *figures: object, **extra: object) -> tuple[object, ...]:
    """A ChiTieu row in "%", with one decimal."""
    cells = list(row(code, *figures, decimals=1, **extra))
    cells[1], cells[2] = "Tỷ lệ giải ngân", "%"
    return tuple(cells)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


def test_a_rate_is_written_without_a_space_before_its_percent_sign(data: Path) -> None:
    """ "ước đạt 8,5%", not "8,5 %" beside "giảm 91,1%"; other units keep their space."""
    month_book(data, JANUARY, {}, [rate("gn", 8.5, 95), row("x", 40, None, 32)])
    texts = build_texts(data.parent, JANUARY)
    assert "Tỷ lệ giải ngân tháng 1/2025 ước đạt 8,5%, giảm 91,1% so với tháng trước." in texts
    assert "Chỉ tiêu x tháng 1/2025 ước đạt 40 tấn, tăng 25,0% so với cùng kỳ." in texts


def test_a_rate_in_a_breakdown_takes_no_space_either(data: Path) -> None:
    month_book(
        data,
        JANUARY,
        {},
        [row("x", 40), rate("x.a", 12.5, parent="x", group="Trong đó")],
    )
    assert "Tỷ lệ giải ngân tháng 1 ước đạt 12,5%." in build_texts(data.parent, JANUARY)
