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
