"""A negative figure (a trade balance "Cán cân thương mại" of -12,5) is an error at the
cell typed, saying what to write instead; not again at the blank Lũy kế made from it."""

from __future__ import annotations

from pathlib import Path

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

JANUARY = Period(2025, 1)


def test_a_negative_month_is_one_error_saying_what_to_write(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", JANUARY, {}, [row("can_can", -12.5, decimals=1)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, JANUARY) if s == "ERROR"] == [
        (
            "ERROR",
            "D2",
            "Cột «Tháng báo cáo» không được âm, nhưng là -12,5. Báo cáo không viết số âm: "
            "một hiệu số âm (cán cân thương mại) hãy ghi thành chỉ tiêu có tên nói rõ chiều "
            "của nó, với số dương (ví dụ «Nhập siêu»: 12,5).",
        )
    ]


def test_a_negative_year_to_date_made_from_an_earlier_workbook_is_an_error(
    tmp_path: Path,
) -> None:
    """February's blank Lũy kế made from January's -20 (typed there) plus 3 is -17: an
    error at the blank cell saying how it was made, not a report that writes "-17,0 tấn"."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", JANUARY, {}, [row("cc", 10, 9, 5, -20, decimals=1)])
    month_book(tmp_path / "data", Period(2025, 2), {}, [row("cc", 3, 10, 4, decimals=1)])
    assert [(c, m) for s, c, m in findings(tmp_path, Period(2025, 2)) if s == "ERROR"] == [
        (
            "G2",
            "«Lũy kế» để trống nên đã được tính bằng «Lũy kế» trong 2025-01.xlsx "
            "(ChiTieu!G2) cộng «Tháng báo cáo» của sổ này (-20,0 + 3,0): -17,0, mà không được "
            "âm. Báo cáo không viết số âm: một hiệu số âm (cán cân "
            "thương mại) hãy ghi thành chỉ tiêu có tên nói rõ chiều của nó, với số dương (ví "
            "dụ «Nhập siêu»: 17,0).",
        )
    ]


def test_a_negative_rate_is_told_to_be_typed_as_a_fall(tmp_path: Path) -> None:
    """A rate (a row in "%") of -0,5, a price index that fell: the advice was the trade
    balance's «Nhập siêu», which says nothing of a rate; it now names a fall."""
    (tmp_path / "data").mkdir()
    rate = ("cpi", "Chỉ số giá tiêu dùng so với tháng trước", "%", -0.5, *[None] * 5, 1)
    month_book(tmp_path / "data", JANUARY, {}, [rate])
    assert [(s, c, m) for s, c, m in findings(tmp_path, JANUARY) if s == "ERROR"] == [
        (
            "ERROR",
            "D2",
            "Cột «Tháng báo cáo» không được âm, nhưng là -0,5. Báo cáo không viết số âm: "
            "một tỷ lệ giảm hãy ghi thành chỉ tiêu có tên nói rõ chiều của nó, với số dương "
            "(ví dụ «Mức giảm chỉ số giá tiêu dùng»: 0,5).",
        )
    ]
