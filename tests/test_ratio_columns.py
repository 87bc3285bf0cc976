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


def test_a_ratio_against_last_month_beside_a_blank_month_is_warned(tmp_path: Path) -> None:
    """A month's change against last month typed in the office's own column on a row
    whose month is blank (Lào Cai's April 2025: the year-to-date 13.350 tỷ đồng, "tăng 6,3%
    so với tháng 3/2025" given without the month's figure) was dropped without a word: the
    year-to-date cannot be compared with last month. Row a: the month and Tháng trước blank
    (warned at the ratio: the blank month alone is a note, a row given for the period); b:
    Tháng trước typed (as init carries it), the month blank, already a warning at the month
    (one slip, one warning); c: no ratio typed (the note alone)."""
    data = tmp_path / "data"
    data.mkdir()
    april = Period(2025, 4)
    rows = [
        row("a", None, ytd=13350, ytd_same=13473.96, plan=60000),
        row("b", None, 3000, ytd=13350, ytd_same=13473.96),
        row("c", None, ytd=13350, ytd_same=13473.96),
    ]
    path = month_book(data, april, {}, rows)
    book = load_workbook(path)
    sheet = book["ChiTieu"]
    sheet["O1"] = "Tháng báo cáo so với tháng trước (%)"
    sheet["O2"] = 106.3
    sheet["O3"] = 104
    book.save(path)
    config = load_config(write_config(tmp_path, template=None))
    found = sorted(
        (p.cell, p.message)
        for p in check_inputs(config, april).problems
        if p.severity.name == "WARNING"
    )
    tail = "báo cáo không đọc cột tỷ lệ của đơn vị, nên câu văn bỏ phần so với tháng trước."
    assert found == [
        (
            "D3",
            "«Tháng báo cáo» của «b» để trống: báo cáo chỉ nêu số cộng dồn, không có số ước "
            "của tháng 4/2025 của chỉ tiêu này. Hãy điền «Tháng báo cáo» nếu đã có số.",
        ),
        (
            "O2",
            "Cột «Tháng báo cáo so với tháng trước (%)» của «a» ghi 106,3, nhưng «Tháng báo "
            f"cáo» (ô D2) và «Tháng trước» (ô E2) để trống: {tail} Hãy điền «Tháng báo cáo» "
            "và «Tháng trước» (số của tháng và của kỳ so sánh); báo cáo tự tính tỷ lệ.",
        ),
    ]


def test_a_zero_ratio_beside_a_blank_base_is_quiet(tmp_path: Path) -> None:
    """An office's ratio columns are formulas dragged down every row, =IFERROR(D2/F2*100;0):
    on a new indicator with no last year's figures they give 0, which was warned "Cột «Tháng
    báo cáo so với cùng kỳ (%)» của «a» ghi 0, nhưng «Cùng kỳ» (ô F2) để trống: …" as a
    change the sentence drops (falsealarm11). A 0 is no ratio; the blank base's note stays."""
    data = tmp_path / "data"
    data.mkdir()
    april = Period(2025, 4)
    rows = [row("a", 500, 480, ytd=2000, plan=6000), row("b", 300, 290, 250, ytd=1200)]
    path = month_book(data, april, {}, rows)
    book = load_workbook(path)
    sheet = book["ChiTieu"]
    sheet["O1"] = "Tháng báo cáo so với cùng kỳ (%)"
    sheet["P1"] = "Lũy kế so với cùng kỳ (%)"
    sheet["O2"], sheet["P2"], sheet["O3"] = 0, 0, 120
    book.save(path)
    config = load_config(write_config(tmp_path, template=None))
    problems = check_inputs(config, april).problems
    assert [(p.cell, p.severity.name) for p in problems if p.cell in ("F2", "O2", "P2")] == [
        ("F2", "INFO")
    ]
