"""A report of several months whose whole-industry index has no year-to-date index: the
index paragraph of an annual report said December's index alone ("Chỉ số sản xuất công
nghiệp tháng 12/2025 … ước tăng 12,50% so với cùng kỳ"), with no word of the year's."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

UNDER = "Về công nghiệp"


@pytest.mark.parametrize(
    ("kind", "month", "ytd_index", "said"),
    [
        ("năm", 12, None, "năm 2025"),
        ("6 tháng", 6, None, "6 tháng đầu năm 2025"),
        ("quý", 3, None, "quý I năm 2025"),
        # Quý II–IV: the year-to-date index is not the quarter's (it would be said
        # "Cộng dồn 12 tháng đầu năm"), so a blank one is no more said than in a month's
        # report (a false alarm that stopped `build --strict` of a correct quarterly report).
        ("quý", 12, None, None),
        ("quý", 6, None, None),
        ("năm", 12, 108.4, None),
        ("tháng", 12, None, None),
    ],
)
def test_a_period_report_without_the_years_index_is_a_warning(
    tmp_path: Path, kind: str, month: int, ytd_index: float | None, said: str | None
) -> None:
    (tmp_path / "data").mkdir()
    period = Period(2025, month)
    month_book(
        tmp_path / "data",
        period,
        {"ky_bao_cao": kind},
        [row("a", 1050, 1000, 900, 12000, 11000, section=UNDER)],
        [("iip", "Toàn ngành", 112.5, ytd_index, None, None, None, UNDER)],
    )
    found = [f for f in findings(tmp_path, period) if "«Chỉ số lũy kế" in f[2]]
    assert found == (
        []
        if said is None
        else [
            (
                "WARNING",
                "D2",
                f"Báo cáo {said} nhưng «Chỉ số lũy kế so với cùng kỳ (%)» của «iip» để trống: "
                f"đoạn chỉ số sản xuất công nghiệp chỉ nêu chỉ số của tháng {month}/2025. "
                "Nếu đã có chỉ số từ đầu năm, hãy điền vào ô này.",
            )
        ]
    )


@pytest.mark.parametrize(
    ("kk", "cell", "said"),
    [
        (
            (94.35, None, None, 97.2),
            "D3",
            "«Chỉ số lũy kế so với cùng kỳ (%)» của «iip.kk» để trống, trong khi dòng «iip» "
            "có chỉ số này: đoạn chỉ số sản xuất công nghiệp không nêu ngành này trong câu về "
            "chỉ số từ đầu năm, chỉ nêu trong câu về tháng 9/2025.",
        ),
        (
            (None, 102.13, None, None),
            "C3",
            "«Chỉ số so với cùng kỳ (%)» và «Chỉ số so với tháng trước (%)» của «iip.kk» để "
            "trống, trong khi dòng «iip» có chỉ số của tháng 9/2025: đoạn chỉ số sản xuất công "
            "nghiệp không nêu ngành này trong câu về tháng 9/2025, chỉ nêu trong câu về chỉ số "
            "từ đầu năm.",
        ),
        ((94.35, 102.13, None, None), None, None),
    ],
)
def test_a_branch_left_out_of_a_sentence_is_a_note(
    tmp_path: Path, kk: tuple[float | None, ...], cell: str | None, said: str | None
) -> None:
    """A branch without the year-to-date index the whole industry has was left out of the
    9 months' list of branches ("Trong đó, ngành chế biến … ước tăng 12,31%." without
    mining, which the month's sentence names) without a word; so was one without the
    month's indices from the month's list. Each is a note at the branch's blank cell."""
    (tmp_path / "data").mkdir()
    period = Period(2025, 9)
    month_book(
        tmp_path / "data",
        period,
        {"ky_bao_cao": "9 tháng"},
        [row("a", 1050, 1000, 900, 12000, 11000, section=UNDER)],
        [
            ("iip", "Toàn ngành", 110.47, 110.57, None, 98.62, None, UNDER),
            ("iip.kk", "ngành khai khoáng", *kk, None, None),
            ("iip.cb", "ngành chế biến", 112.4, 112.31, None, 98.55, None, None),
        ],
    )
    found = [(c, m) for s, c, m in findings(tmp_path, period) if "«iip.kk»" in m]
    assert found == ([] if cell is None else [(cell, said)])
