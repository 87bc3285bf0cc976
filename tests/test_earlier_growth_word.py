"""An assessment word that sets the index against another period's growth ("vượt xa mức
tăng 5,12% của năm trước") is printed: that figure is not the index's own change."""

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
        "tăng mạnh, vượt xa mức tăng 5,12% của năm trước",
        "tăng khá, cao hơn mức tăng 2,3% của cùng kỳ năm trước",
        "tăng khá, cao hơn mức tăng 2,3% của năm 2023",
        "tăng khá (cùng kỳ năm 2023 tăng 5,9%)",
        "tăng khá (cùng kỳ năm trước giảm 1,2%)",
    ],
)
def test_another_periods_growth_in_the_word_is_printed(data: Path, typed: str) -> None:
    """Tiền Giang's year 2024 as printed, "chỉ số sản xuất công nghiệp (IIP) tăng 12,44% so
    với cùng kỳ, vượt xa mức tăng 5,12% của năm trước", the statistics office's "(cùng kỳ
    năm 2024 tăng 9,6%)" too: the word was warned "Nhận định «…» … có số «5,12%», mà câu văn
    in ngay sau nhận định mức thay đổi tính từ chỉ số" and left out, though the figure is
    last year's growth, which the sentence does not print."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []
    assert any(f"{typed}, ước tăng 4,00% so với cùng kỳ" in t for t in report(data.parent, APRIL))


@pytest.mark.parametrize(
    "typed",
    [
        "giảm 5% so với cùng kỳ năm 2023",
        "so với cùng kỳ năm 2023 giảm 5%",
        "giảm 5% của chỉ số",
        "giảm nhẹ, cùng kỳ giảm 5%",
    ],
)
def test_the_index_own_change_against_last_year_is_still_a_figure(data: Path, typed: str) -> None:
    """A change against last year ("so với cùng kỳ năm 2023") is the index's own: refused."""
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


IIP_BRANCH = [
    ("iip", "Toàn ngành", 98.5, None, None, None, None, "CN"),
    ("iip.kk", "ngành khai khoáng", 90.02, None, None, None, None, None),
]


@pytest.mark.parametrize(
    ("typed", "branch", "bare"),
    [
        (
            "giảm nhẹ do ngành khai khoáng giảm 9,98%",
            "ngành khai khoáng giảm 9,98%",
            "giảm nhẹ do ngành khai khoáng giảm",
        ),
        (
            "giảm nhẹ, trong đó ngành khai khoáng giảm mạnh 9,98%",
            "ngành khai khoáng giảm mạnh 9,98%",
            "giảm nhẹ, trong đó ngành khai khoáng giảm mạnh",
        ),
        (  # review33: a comma of the branch's name ended its part, and the reason was lost
            "giảm nhẹ do ngành chế biến, chế tạo giảm 9,98%",
            "ngành chế biến, chế tạo giảm 9,98%",
            "giảm nhẹ do ngành chế biến, chế tạo giảm",
        ),
        (
            "giảm nhẹ, trong đó ngành sản xuất và phân phối điện, khí đốt giảm 9,98%",
            "ngành sản xuất và phân phối điện, khí đốt giảm 9,98%",
            "giảm nhẹ, trong đó ngành sản xuất và phân phối điện, khí đốt giảm",
        ),
    ],
)
def test_a_branchs_figure_in_the_word_is_said_as_the_branchs(
    data: Path, typed: str, branch: str, bare: str
) -> None:
    """mends41: a branch's change in the word's reason ("do ngành khai khoáng giảm 9,98%")
    was warned as if it were the index's change. It is still left out (printed, it would
    stand right before the index's "ước giảm 1,50%", and the branch list prints the branch's
    change from the sheet), but the warning says whose figure it is."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_BRANCH)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B4",
            f"Nhận định «{typed}» (khóa «nhan_dinh_sxcn») có số «9,98%» là mức thay đổi của "
            f"một ngành («{branch}»), không phải của chỉ số toàn ngành; câu văn in ngay sau "
            "nhận định mức thay đổi của chỉ số toàn ngành (ước giảm 1,50% so với cùng kỳ), nên "
            "hai số đứng liền nhau dễ bị đọc lẫn, còn mức thay đổi của từng ngành đã được in "
            "trong danh sách ngành, lấy từ trang «ChiSoSXCN»: báo cáo bỏ nhận định này. Hãy "
            f"ghi nhận định không kèm số (ví dụ «{bare}»).",
        )
    ]
    month_book(data, APRIL, {"nhan_dinh_sxcn": bare}, [row("x", ytd=400)], IIP_BRANCH)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []


@pytest.mark.parametrize(
    "typed",
    [
        "tăng khá, cao hơn mức tăng 5,12% cùng kỳ năm trước",
        "tăng khá, vượt mức tăng 5,12% năm 2023",
        "tăng khá (cùng kỳ năm 2023 chỉ tăng 5,9%)",
        "tăng khá (năm 2023: tăng 5,9%)",
    ],
)
def test_another_periods_growth_without_cua_is_printed(data: Path, typed: str) -> None:
    """Last year's growth set after "hơn mức tăng" or "vượt mức tăng" without "của", or
    "chỉ" or a colon between the year and its change, is last year's too (review32: each
    was warned as the index's own change and the word left out)."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []
    assert any(f"{typed}, ước tăng 4,00% so với cùng kỳ" in t for t in report(data.parent, APRIL))


@pytest.mark.parametrize("typed", ["tăng 5% cùng kỳ năm trước", "tăng khá, mức tăng 5% cùng kỳ"])
def test_a_change_named_with_its_period_alone_is_still_a_figure(data: Path, typed: str) -> None:
    """Without a comparison before "mức tăng", "tăng 5% cùng kỳ năm trước" may be the index's
    own change against last year ("so với" left out): still refused."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    assert [f[1] for f in only(findings(data.parent, APRIL), "WARNING", "ERROR")] == ["B4"]


def test_a_words_example_without_its_figure_holds_no_other(data: Path) -> None:
    """The example of the word without the branch's figure is one the check passes: two
    branches' changes are both left out of it (review33: «… và ngành chế biến giảm 2%» was
    offered, itself warned when typed)."""
    typed = "giảm nhẹ do ngành khai khoáng giảm 9,98% và ngành chế biến giảm 2%"
    bare = "giảm nhẹ do ngành khai khoáng giảm và ngành chế biến giảm"
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_BRANCH)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B4",
            f"Nhận định «{typed}» (khóa «nhan_dinh_sxcn») có số «9,98%» là mức thay đổi của "
            "một ngành («ngành khai khoáng giảm 9,98%»), không phải của chỉ số toàn ngành; câu "
            "văn in ngay sau nhận định mức thay đổi của chỉ số toàn ngành (ước giảm 1,50% so "
            "với cùng kỳ), nên hai số đứng liền nhau dễ bị đọc lẫn, còn mức thay đổi của từng "
            "ngành đã được in trong danh sách ngành, lấy từ trang «ChiSoSXCN»: báo cáo bỏ nhận "
            f"định này. Hãy ghi nhận định không kèm số (ví dụ «{bare}»).",
        )
    ]
    month_book(data, APRIL, {"nhan_dinh_sxcn": bare}, [row("x", ytd=400)], IIP_BRANCH)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []
