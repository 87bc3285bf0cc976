"""A paragraph's rest typed right of HoatDong's or NhiemVu's last column was dropped
without a word: the report printed the paragraph cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl.styles import Font

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

from helpers import load_workbook

NOVEMBER = Period(2026, 11)
CUT = "Kiểm tra an toàn đập, hồ chứa"
REST = "thủy điện trước mùa mưa bão."


def _cut(text: str, left: str, ref: str) -> str:
    return (
        f"Ô có chữ «{text}» ngay bên phải ô {left}, mà nội dung ô {left} chưa kết thúc "
        f"(không có dấu chấm ở cuối): có lẽ đoạn văn bị tách sang ô {ref} khi dán. Ô {ref} "
        "nằm ngoài các cột có tiêu đề nên không được đọc, và báo cáo sẽ in đoạn văn bị cắt. "
        f"Hãy chuyển nội dung này vào cuối ô {left}."
    )


@pytest.mark.parametrize(
    ("cells", "warned"),
    [
        # A paragraph pasted from Word, its tab splitting it: printed "… hồ chứa." cut.
        ({"HoatDong!C2": CUT, "HoatDong!D2": f" {REST} "}, ("D2", _cut(REST, "C2", "D2"))),
        ({"HoatDong!C2": f"{CUT}:", "HoatDong!D2": REST}, ("D2", _cut(REST, "C2", "D2"))),
        (
            {"NhiemVu!B2": "Tổ chức Hội nghị", "NhiemVu!C2": "tổng kết năm."},
            ("C2", _cut("tổng kết năm.", "B2", "C2")),
        ),
        ({"HoatDong!C2": f"{CUT} {REST}", "HoatDong!D2": "đã xong"}, None),  # a note
        ({"HoatDong!C2": f"«{CUT}.»", "HoatDong!D2": "đã xong"}, None),
        ({"HoatDong!C2": CUT, "HoatDong!E2": REST}, None),  # not beside it
        ({"HoatDong!C2": CUT, "HoatDong!D2": 12.5}, None),  # a number
        ({"HoatDong!C2": CUT, "HoatDong!D2": '=IF(1,"x","")'}, None),  # a formula
        ({"ChiTieu!N2": "Về công nghiệp", "ChiTieu!O2": "chưa chốt"}, None),  # not a paragraph
    ],
    ids=["cut", "colon", "task", "finished", "quoted", "far", "number", "formula", "figures"],
)
def test_a_paragraphs_rest_right_of_the_last_column_is_a_warning(
    tmp_path: Path, cells: dict[str, object], warned: tuple[str, str] | None
) -> None:
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", NOVEMBER, {}, [row("x", ytd=400), row("y", ytd=300)])
    book = load_workbook(path)
    for where, value in cells.items():
        sheet, ref = where.split("!")
        book[sheet][ref].value = value
    book.save(path)
    got = [(c, m) for s, c, m in findings(tmp_path, NOVEMBER) if "ngay bên phải ô" in m]
    assert got == ([warned] if warned else [])


def test_a_cut_task_is_a_warning_and_a_merged_or_hidden_cell_is_quiet(tmp_path: Path) -> None:
    """NhiemVu's rest is said too; a paragraph merged across the columns to its right (to
    show it wide) holds its text once, in C2; a hidden column is the office's own."""
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", NOVEMBER, {}, [row("x", ytd=400), row("y", ytd=300)])
    book = load_workbook(path)
    book["NhiemVu"]["B2"].value = "Tổ chức Hội nghị tổng kết"
    book["NhiemVu"]["C2"].value = "năm 2026."
    hoat = book["HoatDong"]
    hoat["C2"].value = CUT
    hoat.merge_cells("C2:F2")
    hoat.append(["Công tác khác", 1, CUT, REST])
    hoat.column_dimensions["D"].hidden = True
    hoat["D3"].font = Font(bold=True)
    book.save(path)
    got = [(c, m) for s, c, m in findings(tmp_path, NOVEMBER) if "ngay bên phải ô" in m]
    assert got == [("C2", _cut("năm 2026.", "B2", "C2"))]


TASK = "Thực hiện nhiệm vụ khác do UBND tỉnh giao"  # typed with no end mark, as the sample's


@pytest.mark.parametrize(
    ("note", "warned"),
    [
        ("x", False),  # a tick beside a task done
        ("đã xong", False),
        ("Phòng QLCN", False),  # the unit in charge
        ("15/12/2026", False),  # a deadline typed as text
        ("của Sở Công Thương.", True),  # the task's rest: its own end is out there
        ("tháng 12/2026;", True),
    ],
    ids=["tick", "done", "unit", "date", "rest", "rest-semicolon"],
)
def test_a_note_beside_a_task_typed_with_no_end_mark_is_quiet(
    tmp_path: Path, note: str, warned: bool
) -> None:
    """Tasks typed with no end mark (the report ends them) and a clerk's note in the
    column right of them, with no title: each note was said to be the task's rest, cut
    off. The rest of a paragraph split by a paste carries the paragraph's end mark."""
    (tmp_path / "data").mkdir()
    path = month_book(tmp_path / "data", NOVEMBER, {}, [row("x", ytd=400), row("y", ytd=300)])
    book = load_workbook(path)
    book["NhiemVu"]["B2"].value = TASK
    book["NhiemVu"]["C2"].value = note
    book.save(path)
    got = [(c, m) for s, c, m in findings(tmp_path, NOVEMBER) if "ngay bên phải ô" in m]
    assert got == ([("C2", _cut(note, "B2", "C2"))] if warned else [])
