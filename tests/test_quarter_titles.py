"""A quarter's index typed in ChiSoSXCN under a title of its own: the index paragraph says
the month's index and the year-to-date's, never the quarter's, so such a column is no
column of the contract and its indices went unread without a word (province34, Quảng
Nam's quý III/2019: "chỉ số sản xuất công nghiệp quý 3/2019 giảm 10,3% so với quý 2/2019
và giảm 3,5% so với quý cùng kỳ")."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period
from test_figures import month_book

from helpers import load_workbook, write_config

# Column H is ChiSoSXCN's last («Mục»): the office's own columns follow it.
TITLES = {
    "I": ("Chỉ số quý III/2024 so với cùng kỳ (%)", 96.5),
    "J": ("Chỉ số Quý 3 so với quý II/2024 (%)", 89.7),
    "K": ("Chỉ số quý II/2024 so với cùng kỳ (%)", 101),  # last quarter's, kept: quiet
    "L": ("Ghi chú quý III", "ước tính"),  # no index: quiet
    "M": ("Chỉ số quý III/2023 so với cùng kỳ (%)", 99),  # last year's quarter: quiet
}


def _warnings(
    tmp_path: Path, period: Period, titles: dict[str, tuple[str, object]] = TITLES
) -> list[tuple[str | None, str]]:
    data = tmp_path / "data"
    data.mkdir()
    iip = [("iip", "Toàn ngành", None, 102, None, None, 1, None)]
    path = month_book(data, period, {"ky_bao_cao": "quý"} if period.month == 9 else {}, [], iip)
    book = load_workbook(path)
    sheet = book["ChiSoSXCN"]
    for column, (title, value) in titles.items():
        sheet[f"{column}1"] = title
        sheet[f"{column}2"] = value
    book.save(path)
    config = load_config(write_config(tmp_path, template=None))
    return sorted(
        (p.cell, p.message)
        for p in check_inputs(config, period).problems
        if p.severity.name == "WARNING" and p.sheet == "ChiSoSXCN"
    )


def test_the_quarters_index_under_its_own_title_is_warned(tmp_path: Path) -> None:
    """September, the third quarter's report: the titles naming quý III of this year and
    a comparison are said at their cells."""
    tail = (
        "không phải cột nào của trang: các chỉ số dưới tiêu đề này không được đọc, vì đoạn "
        "chỉ số sản xuất công nghiệp nêu chỉ số của tháng 9/2024 và của 9 tháng đầu năm, "
        "không nêu chỉ số của quý. Hãy ghi chỉ số của tháng vào cột «Chỉ số so với cùng kỳ "
        "(%)» và «Chỉ số so với tháng trước (%)», chỉ số từ đầu năm vào cột «Chỉ số lũy kế "
        "so với cùng kỳ (%)»; chỉ số của quý, nếu cần, hãy viết trong trang HoatDong."
    )
    assert _warnings(tmp_path, Period(2024, 9)) == [
        ("I1", f"Tiêu đề «Chỉ số quý III/2024 so với cùng kỳ (%)» là chỉ số của quý III, {tail}"),
        ("J1", f"Tiêu đề «Chỉ số Quý 3 so với quý II/2024 (%)» là chỉ số của quý III, {tail}"),
    ]


@pytest.mark.parametrize("month", [8, 10])
def test_a_quarter_that_has_not_just_ended_is_quiet(tmp_path: Path, month: int) -> None:
    """In August (the quarter not ended) and October (a column kept from September) the
    titles are quiet: the office's own columns, read by no sentence."""
    assert _warnings(tmp_path, Period(2024, month)) == []


def test_the_first_quarters_index_is_said_to_be_the_year_to_dates(tmp_path: Path) -> None:
    """March: the first quarter's months are the year's so far."""
    titles = {"I": ("Chỉ số Quý I năm 2024 so với cùng kỳ (%)", 104.2)}
    assert _warnings(tmp_path, Period(2024, 3), titles) == [
        (
            "I1",
            "Tiêu đề «Chỉ số Quý I năm 2024 so với cùng kỳ (%)» là chỉ số của quý I, không "
            "phải cột nào của trang: các chỉ số dưới tiêu đề này không được đọc, vì đoạn chỉ "
            "số sản xuất công nghiệp nêu chỉ số của tháng 3/2024 và của 3 tháng đầu năm, tức "
            "chỉ số quý I so với cùng kỳ là chỉ số từ đầu năm. Hãy ghi chỉ số của tháng vào "
            "cột «Chỉ số so với cùng kỳ (%)» và «Chỉ số so với tháng trước (%)», chỉ số từ đầu "
            "năm vào cột «Chỉ số lũy kế so với cùng kỳ (%)»; chỉ số của quý, nếu cần, hãy viết "
            "trong trang HoatDong.",
        )
    ]


def test_the_first_quarters_index_typed_as_the_year_to_dates_too_is_quiet(
    tmp_path: Path,
) -> None:
    """March, an office's quarterly table kept beside the contract's columns: «Chỉ số quý
    I/2024 so với cùng kỳ (%)» 102 beside «Chỉ số lũy kế so với cùng kỳ (%)» 102 was warned
    that its indices are not read (falsealarm11), while the paragraph says that very index
    ("Cộng dồn 03 tháng đầu năm, chỉ số ước tăng 2,0% …"). One index that differs from the
    year-to-date's is still said (above)."""
    titles = {"I": ("Chỉ số quý I/2024 so với cùng kỳ (%)", 102)}
    assert _warnings(tmp_path, Period(2024, 3), titles) == []
