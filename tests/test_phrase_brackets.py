"""ThongTin's phrases set inside a sentence (``nhan_dinh_sxcn``, ``so_sanh_cung_ky``,
``so_sanh_ke_hoach``) lose the punctuation and the brackets or quotes around them, never a
bracket that closes one opened inside: "so với Kế hoạch năm (điều chỉnh)" was printed
"… so với Kế hoạch năm (điều chỉnh." with exit 0."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from baocao.infotext import bare_phrase
from baocao.period import Period
from test_figures import build_texts, month_book, row


@pytest.mark.parametrize(
    ("typed", "bare"),
    [
        ("(tăng khá).", "tăng khá"),
        ("“tăng khá”", "tăng khá"),
        ('"tăng   khá".', "tăng khá"),
        ("tăng khá)", "tăng khá"),
        ("so với Kế hoạch năm (điều chỉnh)", "so với Kế hoạch năm (điều chỉnh)"),
        ("cùng kỳ năm 2023 (số chính thức).", "cùng kỳ năm 2023 (số chính thức)"),
        ("(KH) năm (điều chỉnh)", "(KH) năm (điều chỉnh)"),
        ("«cùng kỳ»;", "cùng kỳ"),
        ("- tăng khá", "tăng khá"),  # a list item's marker, typed by habit
        ("– (tăng khá);", "tăng khá"),
    ],
)
def test_a_phrase_loses_only_the_marks_around_it(typed: str, bare: str) -> None:
    assert bare_phrase(typed) == bare


def test_a_bracket_closing_one_inside_the_phrase_is_printed(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2024, 4),
        {
            "so_sanh_cung_ky": "cùng kỳ năm 2023 (số chính thức)",
            "so_sanh_ke_hoach": "so với Kế hoạch năm (điều chỉnh).",
            "nhan_dinh_sxcn": "tăng khá (ước tính)",
        },
        [row("a", 1050, 1000, 900, 4000, 3600, 10000, section="Về công nghiệp")],
        [("iip", "Toàn ngành", 112.5, None, None, None, None, "Về công nghiệp")],
    )
    texts = build_texts(tmp_path, Period(2024, 4))
    start = texts.index("1. Về công nghiệp")
    assert texts[start + 1 : start + 4] == [
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang tăng khá (ước tính), ước "
        "tăng 12,50% so với cùng kỳ năm 2023 (số chính thức).",
        "Chỉ tiêu a cộng dồn 04 tháng đầu năm ước đạt 4.000 tấn; tăng 11,1% so với cùng kỳ "
        "năm 2023 (số chính thức) và đạt 40,0% so với Kế hoạch năm (điều chỉnh).",
        "Trong đó, tháng 4/2024 ước đạt 1.050 tấn, tăng 5,0% so với tháng trước; tăng 16,7% "
        "so với cùng kỳ năm 2023 (số chính thức).",
    ]


@pytest.mark.parametrize(
    ("typed", "bare"),
    [
        ("(" * 16_000 + "tăng khá" + ")" * 16_000, "tăng khá"),
        ("(" * 32_000, ""),
        ("«." * 16_000 + "cùng kỳ", "cùng kỳ"),
    ],
    ids=["nested", "openers", "marks-and-stops"],
)
def test_a_cell_full_of_brackets_is_read_at_once(typed: str, bare: str) -> None:
    """Each mark dropped counted the marks left (or sought its bracket's match) anew: a cell
    of 32 000 "(" (Excel holds 32 767 characters) took 2 s, 16 000 brackets nested around a
    word about a minute (100 000 of them: 15 s and 9 minutes). The counts are kept as marks
    are dropped, and each bracket's match is found once."""
    started = time.perf_counter()
    assert bare_phrase(typed) == bare
    assert time.perf_counter() - started < 1
