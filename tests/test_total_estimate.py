"""A period's total worded with the estimate's own word ("Ước cả năm {year}", as a
statistics table heads the column) printed "… ước cả năm 2025 ước đạt …" and "Chỉ số
sản xuất công nghiệp ước cả năm 2025 tỉnh …, ước tăng …": the sentence writes "ước" after
it. A warning at the config's key."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period
from test_figures import build_texts, month_book, row

from helpers import write_config


def wording_said(folder: Path, period: Period, wording: str) -> list[tuple[str, str | None, str]]:
    """check of ``period`` with ``wording`` added to the config: what is said at its
    [wording.*] keys (severity, key, message)."""
    config = write_config(folder, template=None)
    config.write_text(config.read_text(encoding="utf-8") + wording, encoding="utf-8")
    return [
        (p.severity.name, p.place, p.message)
        for p in check_inputs(load_config(config), period).problems
        if p.place is not None and p.place.startswith("wording.")
    ]


@pytest.mark.parametrize(
    ("kind", "month", "wording", "place", "said", "meant"),
    [
        (
            "năm",
            12,
            '\n[wording.year]\ntotal = "Ước cả năm {year}"\n',
            "wording.year.total",
            "ước cả năm 2025",
            "cả năm {year}",
        ),
        (
            "năm",
            12,
            '\n[wording.year]\ntotal = "Ước đạt cả năm {year}"\n',
            "wording.year.total",
            "ước đạt cả năm 2025",
            "cả năm {year}",
        ),
        (
            "tháng",
            5,
            '\n[wording.month]\ntotal = "ước thực hiện {months} tháng đầu năm"\n',
            "wording.month.total",
            "ước thực hiện 05 tháng đầu năm",
            "{months} tháng đầu năm",
        ),
    ],
)
def test_a_total_opening_with_the_estimates_word_is_said(
    tmp_path: Path, kind: str, month: int, wording: str, place: str, said: str, meant: str
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    period = Period(2025, month)
    month_book(data, period, {"ky_bao_cao": kind}, [row("x", 100, None, None, 450)])
    assert wording_said(tmp_path, period, wording) == [
        (
            "WARNING",
            place,
            f"Khóa «total» ghi «{said}», mà câu văn tự viết «ước đạt» ngay sau nó: báo cáo sẽ in "
            f"«Chỉ tiêu x {said} ước đạt …». Hãy bỏ chữ «ước» ở đầu (ví dụ «{meant}»).",
        )
    ]


def test_the_default_totals_and_one_without_the_word_are_quiet(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    period = Period(2025, 12)
    month_book(data, period, {"ky_bao_cao": "năm"}, [row("x", 100, None, None, 1200)])
    assert wording_said(tmp_path, period, "") == []
    assert wording_said(tmp_path, period, '\n[wording.year]\ntotal = "Tổng cả năm {year}"\n') == []
    assert "Chỉ tiêu x cả năm 2025 ước đạt 1.200 tấn." in build_texts(tmp_path, period)
