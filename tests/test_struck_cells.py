"""A row struck through in Excel (the clerk's mark for "dropped"), printed all the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.styles import Font

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings, only

from helpers import load_workbook

DECEMBER = Period(2025, 12)


def _struck(ref: str) -> str:
    number = ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return (
        f"Ô {ref} được định dạng chữ gạch ngang, thường là dấu bỏ của người nhập, nhưng hàng "
        f"{number} vẫn được đưa vào báo cáo (chương trình không đọc định dạng gạch ngang). "
        "Hãy xóa hàng nếu không dùng, hoặc bỏ định dạng gạch ngang."
    )


@pytest.mark.parametrize(
    ("sheet", "cells", "warned"),
    [
        ("NhiemVu", ("A3", "B3"), "A3"),  # a task struck whole: said once, at its first cell
        ("NhiemVu", ("B3",), "B3"),
        ("ChiTieu", ("B3",), "B3"),  # an indicator's name
        ("HoatDong", ("C2",), "C2"),
        ("NhiemVu", ("C3",), None),  # a column the report does not read
        ("NhiemVu", ("B5",), None),  # a blank cell formatted struck
    ],
    ids=["task-row", "task-text", "indicator", "paragraph", "unread-column", "blank"],
)
def test_a_struck_through_row_is_a_warning(
    tmp_path: Path, sheet: str, cells: tuple[str, ...], warned: str | None
) -> None:
    """A task struck through (Format Cells → Strikethrough: dropped, to the one who typed
    it) was printed under Section II with a clean check."""
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", DECEMBER, {}, [row("x", ytd=400), row("y", ytd=300)])
    book = load_workbook(path)
    book["NhiemVu"].append([2, "Tổ chức Hội nghị tổng kết năm 2024.", "đã bỏ"])
    for ref in cells:
        book[sheet][ref].font = Font(strike=True)
    book.save(path)
    got = only(findings(tmp_path, DECEMBER), "WARNING")
    assert got == ([("WARNING", warned, _struck(warned))] if warned else [])
