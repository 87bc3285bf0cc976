"""A base's name in ThongTin typed with the "(%)" of the column title it was copied from:
"cùng kỳ năm trước (%)" printed "tăng 9,04% so với cùng kỳ năm trước (%)" (Bắc Kạn's
October 2020 report rebuilt with the statistics office's column title pasted)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_figures import build_texts, month_book, row
from test_signer_chars import MARCH
from test_surely_wrong import findings

WHY = "bỏ «%» của tiêu đề cột: báo cáo tự viết số phần trăm trước cụm từ này"


@pytest.mark.parametrize(
    ("same", "plan", "same_said", "plan_said"),
    [
        ("cùng kỳ năm trước (%)", "kế hoạch năm (%)", "cùng kỳ năm trước", "kế hoạch năm"),
        (
            "Cùng kỳ năm trước(%)",
            "so với Kế hoạch năm [%]",
            "cùng kỳ năm trước",
            "so với Kế hoạch năm",
        ),
        ("cùng kỳ %", "kế hoạch năm %", "cùng kỳ", "kế hoạch năm"),
    ],
)
def test_a_bases_name_typed_with_a_percent_sign_is_read_without_it(
    tmp_path: Path, same: str, plan: str, same_said: str, plan_said: str
) -> None:
    """The "(%)" is dropped from both bases' names, each with a note naming why."""
    (tmp_path / "data").mkdir()
    info = {"so_sanh_cung_ky": same, "so_sanh_ke_hoach": plan}
    month_book(tmp_path / "data", MARCH, info, [row("x", 100, None, 80, 300, 250, 1000)])
    notes = {c: m for s, c, m in findings(tmp_path, MARCH) if c in ("B4", "B5")}
    assert notes == {
        "B4": f"Khóa «so_sanh_cung_ky» được viết thành «{same_said}» vì {WHY}.",
        "B5": f"Khóa «so_sanh_ke_hoach» được viết thành «{plan_said}» vì {WHY}.",
    }
    texts = " ".join(build_texts(tmp_path, MARCH))
    assert f"tăng 20,0% so với {same_said} và đạt 30,0% {plan_said}." in texts
    assert f"so với {same} " not in texts


def test_a_bases_name_with_a_percent_of_its_own_is_kept(tmp_path: Path) -> None:
    """A "%" inside the words ("kế hoạch tăng 10% năm") is no column title's."""
    (tmp_path / "data").mkdir()
    info = {"so_sanh_cung_ky": "cùng kỳ", "so_sanh_ke_hoach": "kế hoạch tăng 10% năm"}
    month_book(tmp_path / "data", MARCH, info, [row("x", 100, None, 80, 300, 250, 1000)])
    assert [m for s, c, m in findings(tmp_path, MARCH) if c == "B5"] == []


def test_a_bases_name_with_a_long_run_of_spaces_is_read_at_once(tmp_path: Path) -> None:
    """attack13: a run of 32 000 spaces in «so_sanh_cung_ky» took 15 s to search for the
    percent sign at its end, read again from each of its spaces: read once now, and the
    sign after it is still dropped."""
    import time

    typed = "cùng kỳ" + " " * 32_000 + "năm trước (%)"
    (tmp_path / "data").mkdir()
    info = {"so_sanh_cung_ky": typed}
    month_book(tmp_path / "data", MARCH, info, [row("x", 100, None, 80, 300, 250, 1000)])
    start = time.perf_counter()
    notes = [(s, m) for s, c, m in findings(tmp_path, MARCH) if c == "B4"]
    assert time.perf_counter() - start < 3
    assert notes == [
        ("INFO", f"Khóa «so_sanh_cung_ky» được viết thành «cùng kỳ năm trước» vì {WHY}.")
    ]
