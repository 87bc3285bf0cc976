"""NhiemVu left as last month's workbook's: every task of the month's Section II is one of
last month's, so the report would set last month's tasks again. A warning at the first."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from baocao import cache
from baocao.models import MonthRecords
from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

JULY, AUGUST = Period(2026, 7), Period(2026, 8)
JULYS = [
    "Tiếp tục theo dõi tình hình sản xuất công nghiệp, tháo gỡ khó khăn cho doanh nghiệp",
    "Thực hiện các nhiệm vụ khác do UBND tỉnh giao",
]


def with_tasks(folder: Path, period: Period, tasks: list[object], ytd: int) -> None:
    path = month_book(folder, period, {}, [row("x", 100, 90, None, ytd)])
    book = openpyxl.load_workbook(path)
    book["NhiemVu"].delete_rows(2)
    for number, task in enumerate(tasks, start=1):
        book["NhiemVu"].append((number, task))
    book.save(path)


def said(folder: Path) -> list[tuple[str, str | None, str]]:
    return [f for f in findings(folder, AUGUST) if "sổ tháng 7/2026" in f[2] and f[1] == "B2"]


@pytest.mark.parametrize(
    "august",
    [
        JULYS,
        [f"{JULYS[1].upper()}.", f"- {JULYS[0]};"],  # reordered, retyped: still July's
    ],
    ids=["as copied", "reordered and retyped"],
)
def test_last_months_tasks_left_are_a_warning(tmp_path: Path, august: list[object]) -> None:
    """The trial of a new office: August's NhiemVu left as July's, tasks naming no month,
    was said nothing of (the report printed July's tasks as September's)."""
    (tmp_path / "data").mkdir()
    with_tasks(tmp_path / "data", JULY, [f"{i}. {t}" for i, t in enumerate(JULYS, 1)], 700)
    with_tasks(tmp_path / "data", AUGUST, august, 800)
    assert said(tmp_path) == [
        (
            "WARNING",
            "B2",
            "Cả 2 nhiệm vụ của trang «NhiemVu» đều là nhiệm vụ trong sổ tháng 7/2026 "
            "(2026-07.xlsx, trang NhiemVu): có lẽ trang được chép từ sổ tháng trước mà chưa "
            "cập nhật, và phần II của báo cáo sẽ nhắc lại nhiệm vụ đã giao kỳ trước. Hãy ghi "
            "nhiệm vụ của kỳ tới (giữ lại những nhiệm vụ còn tiếp tục).",
        )
    ]


@pytest.mark.parametrize(
    "august",
    [
        [JULYS[1]],  # one standing task alone
        [JULYS[0], "Tổ chức hội nghị xúc tiến thương mại quý III"],  # one task new
    ],
    ids=["one task", "one new task"],
)
def test_tasks_updated_are_not_said(tmp_path: Path, august: list[object]) -> None:
    (tmp_path / "data").mkdir()
    with_tasks(tmp_path / "data", JULY, JULYS, 700)
    with_tasks(tmp_path / "data", AUGUST, august, 800)
    assert said(tmp_path) == []


def test_the_cache_keeps_the_tasks() -> None:
    month = MonthRecords({}, None, (), {}, ("Một việc", "Hai việc"))
    assert cache._decode(cache._encode(month)) == month


def test_last_months_tasks_with_one_done_removed_are_not_said(tmp_path: Path) -> None:
    """July's standing tasks carried on in August, the one finished removed: the sheet
    was updated, yet it was said to be left as July's ("chưa cập nhật"). The same tasks,
    all of them, still are."""
    (tmp_path / "data").mkdir()
    done = "Tổ chức hội nghị xúc tiến thương mại quý III"
    with_tasks(tmp_path / "data", JULY, [*JULYS, done], 700)
    with_tasks(tmp_path / "data", AUGUST, JULYS, 800)
    assert said(tmp_path) == []
    with_tasks(tmp_path / "data", AUGUST, [done, *JULYS], 800)
    assert [c for s, c, m in said(tmp_path)] == ["B2"]
