"""ChiTieu's «Tháng báo cáo» title cleared or overtyped: every month figure was read as
blank and the report printed the year-to-date alone, with exit 0 (attack23's fuzzing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

from helpers import load_workbook

NOVEMBER = Period(2026, 11)


def _lost(title: str) -> str:
    return (
        "Trang này không có cột «Tháng báo cáo», nên số liệu tháng của mọi chỉ tiêu được coi "
        f"là để trống; cột D ({title}) có số nhưng không được đọc. Nếu đây là cột «Tháng báo "
        "cáo», hãy ghi tiêu đề «Tháng báo cáo» vào ô D1."
    )


@pytest.mark.parametrize(
    ("title", "said"),
    [
        (None, ("ERROR", _lost("không có tiêu đề"))),
        ("  ", ("ERROR", _lost("không có tiêu đề"))),
        ("ngày 05/3/2024", ("WARNING", _lost("tiêu đề «ngày 05/3/2024»"))),
        ("Tháng báo cáo", None),  # the title as the contract has it
    ],
    ids=["cleared", "spaces", "overtyped", "titled"],
)
def test_a_month_column_without_its_title_is_said_at_the_title(
    tmp_path: Path, title: str | None, said: tuple[str, str] | None
) -> None:
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", NOVEMBER, {}, [row("x", 40, ytd=400), row("y", 30)])
    book = load_workbook(path)
    book["ChiTieu"]["D1"].value = title
    book.save(path)
    got = [(s, m) for s, c, m in findings(tmp_path, NOVEMBER) if c == "D1"]
    assert got == ([said] if said else [])


def test_an_office_column_beside_its_month_column_is_quiet(tmp_path: Path) -> None:
    """A column of the office's own («Ước cả năm», numbers) where «Tháng báo cáo» is
    there: nothing lost, nothing said."""
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", NOVEMBER, {}, [row("x", 40, ytd=400)])
    book = load_workbook(path)
    book["ChiTieu"]["O1"].value, book["ChiTieu"]["O2"].value = "Ước cả năm", 480
    book.save(path)
    assert [m for s, c, m in findings(tmp_path, NOVEMBER) if c == "O1"] == []
