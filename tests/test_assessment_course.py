"""The index's assessment word (``nhan_dinh_sxcn``) typed title-cased or in capitals: a
name in its reason kept as typed, words of a recovery or a stall checked against the
index, and assessment words no longer taken for names or a list."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_figures import month_book, row
from test_leftover_words import LEAD, lead_of
from test_surely_wrong import APRIL, IIP_104, findings, only

KEPT = "{names} sau «{reason}» là tên riêng nên được giữ nguyên"
LOWERED = (
    "các chữ {other}sau «{reason}» được viết thường: nếu trong đó có tên riêng (tên doanh "
    "nghiệp, địa danh), hãy ghi nhận định như một câu, chỉ viết hoa chữ đầu của tên riêng "
    "(ví dụ «Tăng khá nhờ Hòa Phát»)"
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


def note(printed: str, *why: str) -> tuple[str, str, str]:
    """The note at nhan_dinh_sxcn (B4) that it is printed as ``printed``, and ``why``."""
    said = "; ".join(("nhận định đứng giữa câu", *why))
    return ("INFO", "B4", f"Khóa «nhan_dinh_sxcn» được viết thành «{printed}» vì {said}.")


@pytest.mark.parametrize(
    ("typed", "printed", "why"),
    [
        (
            "Tăng Trưởng Khá Nhờ Samsung",
            "tăng trưởng khá nhờ Samsung",
            [KEPT.format(names="«Samsung»", reason="nhờ")],
        ),
        (
            "TĂNG KHÁ NHỜ SAMSUNG VÀ FDI",
            "tăng khá nhờ SAMSUNG và FDI",
            [KEPT.format(names="«SAMSUNG», «FDI»", reason="nhờ")],
        ),
        (
            "Tăng Do Tập Đoàn Foxconn Mở Rộng",
            "tăng do tập đoàn Foxconn mở rộng",
            [
                KEPT.format(names="«Foxconn»", reason="do"),
                LOWERED.format(other="khác ", reason="do"),
            ],
        ),
        (
            "Tăng Nhờ Đơn Hàng Mới",
            "tăng nhờ đơn hàng mới",
            [LOWERED.format(other="", reason="nhờ")],
        ),
        ("Tăng Khá Nhờ FDI", "tăng khá nhờ FDI", []),
    ],
)
def test_a_name_in_a_title_cased_reason_is_kept(
    data: Path, typed: str, printed: str, why: list[str]
) -> None:
    """ "Tăng Trưởng Khá Nhờ Samsung" printed "tỉnh Bắc Giang tăng trưởng khá nhờ samsung,
    ước tăng …" with exit 0: each capitalised word of a title-cased assessment was lowered,
    a company's name after "nhờ" too. A word of its reason that is no Vietnamese syllable
    ("Samsung", "Foxconn", also in capitals) is a name, kept as typed, and the note says so;
    one that is (its case cannot tell "Đơn" from a name's "Hòa") is lowered, and the note
    says how to keep a name."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    found = only(findings(data.parent, APRIL), "WARNING", "ERROR", "INFO")
    assert [f for f in found if f[1] == "B4" or f[0] != "INFO"] == [note(printed, *why)]
    assert lead_of(data) == LEAD.replace("Bắc Giang ước", f"Bắc Giang {printed}, ước")
