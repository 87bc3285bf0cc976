"""Changes exactly at a half, in the sentence and in the appendix: one rounding for both."""

from __future__ import annotations

from pathlib import Path

from baocao.period import Period
from test_figures import build_texts, month_book, row


def test_an_index_at_a_half_below_100_is_printed_as_its_change_is_said(tmp_path: Path) -> None:
    """99,95 against 100 at one place is "giảm 0,1%" (half away from zero): the appendix
    printed the index "100,0" (unchanged) beside it, for a ChiTieu row and an index of
    ChiSoSXCN alike; it prints "99,9". Above 100, 100,05 is "tăng 0,1%" and "100,1"."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 5),
        {},
        [
            row("b", 99.95, 100, 100.05, 500, 500, decimals=2, pct=1),
            row("c", 100.05, 100, None, 500, 500, decimals=2, pct=1),
        ],
        [("iip", "Toàn ngành", 100.05, None, None, 99.95, 1, None)],
    )
    texts = build_texts(tmp_path, Period(2025, 5))
    assert (
        "Chỉ số sản xuất công nghiệp tháng 5/2025 tỉnh Bắc Giang tăng nhẹ, ước tăng 0,1% so "
        "với cùng kỳ; giảm 0,1% so với tháng trước."
    ) in texts
    assert (
        "Trong đó, tháng 5/2025 ước đạt 99,95 tấn, giảm 0,1% so với tháng trước; giảm 0,1% so "
        "với cùng kỳ."
    ) in texts
    assert "Trong đó, tháng 5/2025 ước đạt 100,05 tấn, tăng 0,1% so với tháng trước." in texts
    table = texts[texts.index("Kế hoạch năm") + 1 : -1]
    assert table == [
        *("Chỉ tiêu b", "tấn", "100,00", "99,95", "100,05", "500,00", "99,9", "99,9", "100,0"),
        *("Chỉ tiêu c", "tấn", "100,00", "100,05", "500,00", "100,1", "100,0", "Toàn ngành"),
        *("%", "99,9", "100,1"),
    ]
