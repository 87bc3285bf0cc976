"""An assessment word holding the index's share of its plan ("đạt 104,97% so với kế
hoạch") is printed: the sentence prints the change against last year, not the plan's."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import IIP_95, IIP_104, findings, only, report

APRIL = Period(2024, 4)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


@pytest.mark.parametrize(
    "typed",
    [
        "đạt 104,97% so với kế hoạch",
        "tăng cao, đạt 104,97% so với kế hoạch",
        "tăng cao, đạt 104,97% KH",
        "tăng, bằng 101,5% kế hoạch năm",
    ],
)
def test_a_plan_share_in_the_word_is_printed(data: Path, typed: str) -> None:
    """Phú Thọ's 2 months of 2026 as printed, "Chỉ số sản xuất công nghiệp (IIP) ước đạt
    132,5% so với cùng kỳ và đạt 104,97% so với kế hoạch": the plan share has no column of
    ChiSoSXCN, so it is typed in «nhan_dinh_sxcn». It was warned "Nhận định «đạt 104,97% so
    với kế hoạch» … có số «104,97%», mà câu văn in ngay sau nhận định mức thay đổi tính từ
    chỉ số" and left out, though the sentence prints no share of the plan."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []
    assert any(f"{typed}, ước tăng 4,00% so với cùng kỳ" in t for t in report(data.parent, APRIL))


def test_a_change_beside_a_plan_share_is_still_a_figure_of_the_change(data: Path) -> None:
    """The word's change against last year is still refused when a plan share follows it."""
    typed = "giảm 5%, đạt 98% kế hoạch"
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_95)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B4",
            f"Nhận định «{typed}» (khóa «nhan_dinh_sxcn») có số «5%», mà câu văn in ngay "
            "sau nhận định mức thay đổi tính từ chỉ số (ước giảm 5,00% so với cùng kỳ): báo cáo "
            "bỏ nhận định này. Hãy chỉ ghi lời nhận định, không ghi số (ví dụ «tăng khá», «giảm "
            "nhẹ»).",
        )
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "tăng cao, đạt 101,5% kịch bản tăng trưởng",
        "đạt 98,2% chỉ tiêu năm",
        "tăng, đạt 102% so với mục tiêu",
        "vượt 1,5% so với Nghị quyết",
        "đạt 100,8% NQ",
    ],
)
def test_a_share_of_another_target_in_the_word_is_printed(data: Path, typed: str) -> None:
    """A share of the year's growth scenario or target ("đạt 101,5% kịch bản tăng trưởng",
    "đạt 98,2% chỉ tiêu năm", the words «so_sanh_ke_hoach» names its plan with) was still
    warned "… có số «101,5%», mà câu văn in ngay sau nhận định mức thay đổi tính từ chỉ số"
    and left out: only "kế hoạch" and "KH" were read as the plan."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []
    assert any(f"{typed}, ước tăng 4,00% so với cùng kỳ" in t for t in report(data.parent, APRIL))
