"""An office's own ratio column ("Lũy kế so với cùng kỳ (%)") typed beside a blank base: the
report reads no ratio column, so the comparison the office gives is left out of the
sentence; said at the ratio's cell (province33, Hậu Giang's 9 months of 2017, whose
products are given by their year-to-date and its change alone)."""

from __future__ import annotations

from pathlib import Path

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period
from test_figures import month_book, row

from helpers import load_workbook, write_config

SEPTEMBER = Period(2024, 9)
# Column N is ChiTieu's last («Mục»): the office's own columns follow it.
RATIOS = {
    "O": "So với tháng trước (%)",
    "P": "So với cùng kỳ (%)",
    "Q": "Lũy kế so với CK (%)",
}


def test_a_ratio_beside_a_blank_base_is_warned(tmp_path: Path) -> None:
    """Row a: every base blank, each ratio typed (warned, one per ratio); b: bases typed
    (quiet); c: only its year-to-date, under a title without «lũy kế» (its change is the
    year-to-date's); d: a ratio cell left blank (quiet)."""
    data = tmp_path / "data"
    data.mkdir()
    rows = [
        row("a", 100, ytd=800, decimals=2),
        row("b", 100, 90, 95, 800, 700, decimals=2),
        row("c", None, ytd=38559.19, decimals=2),
        row("d", 100, ytd=800, decimals=2),
    ]
    path = month_book(data, SEPTEMBER, {"ky_bao_cao": "9 tháng"}, rows)
    book = load_workbook(path)
    sheet = book["ChiTieu"]
    for column, title in RATIOS.items():
        sheet[f"{column}1"] = title
    for column, values in {
        "O": (110, 111.1),
        "P": (105, 105.3, 105.83),
        "Q": (101.5, 114.3),
    }.items():
        for number, value in enumerate(values, start=2):
            sheet[f"{column}{number}"] = value
    book.save(path)
    config = load_config(write_config(tmp_path, template=None))
    found = sorted(
        (p.cell, p.message)
        for p in check_inputs(config, SEPTEMBER).problems
        if p.severity.name == "WARNING"
    )
    tail = "báo cáo không đọc cột tỷ lệ của đơn vị, nên câu văn bỏ phần so với"
    assert found == [
        (
            "O2",
            f"Cột «So với tháng trước (%)» của «a» ghi 110, nhưng «Tháng trước» (ô E2) để "
            f"trống: {tail} tháng trước. Hãy điền «Tháng trước» (số của kỳ so sánh); báo cáo "
            "tự tính tỷ lệ.",
        ),
        (
            "P2",
            f"Cột «So với cùng kỳ (%)» của «a» ghi 105, nhưng «Cùng kỳ» (ô F2) để trống: "
            f"{tail} cùng kỳ. Hãy điền «Cùng kỳ» (số của kỳ so sánh); báo cáo tự tính tỷ lệ.",
        ),
        (
            "P4",
            f"Cột «So với cùng kỳ (%)» của «c» ghi 105,83, nhưng «Lũy kế cùng kỳ» (ô H4) để "
            f"trống: {tail} cùng kỳ (lũy kế). Hãy điền «Lũy kế cùng kỳ» (số của kỳ so sánh); "
            "báo cáo tự tính tỷ lệ.",
        ),
        (
            "Q2",
            f"Cột «Lũy kế so với CK (%)» của «a» ghi 101,5, nhưng «Lũy kế cùng kỳ» (ô H2) "
            f"để trống: {tail} cùng kỳ (lũy kế). Hãy điền «Lũy kế cùng kỳ» (số của kỳ so "
            "sánh); báo cáo tự tính tỷ lệ.",
        ),
    ]
