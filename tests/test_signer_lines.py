"""Invisible characters in a signer's line of ThongTin as a careless or hostile workbook
types them: thousands of them, long words run together around them, a cell of nothing
else."""

from __future__ import annotations

import time
from pathlib import Path

from test_figures import build_texts, month_book, row
from test_signer_chars import JOINED, MARCH
from test_surely_wrong import findings


def test_thousands_of_invisible_characters_are_said_in_linear_time(tmp_path: Path) -> None:
    """Each invisible character's place was found by reading the whole text around it: a
    ``nguoi_ky`` of 10 000 zero-width spaces after the name took 7 s (a cell's 32 767,
    minutes). The places of the first three are found, the others counted."""
    (tmp_path / "data").mkdir()
    info = {"nguoi_ky": "Nguyễn Văn Nam" + "\u200b" * 10_000}
    month_book(tmp_path / "data", MARCH, info, [row("xuat_khau", 100, 80)])
    start = time.perf_counter()
    found = [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if c == "B4"]
    assert time.perf_counter() - start < 3
    assert found == [
        (
            "WARNING",
            "B4",
            "Khóa «nguoi_ky» có ký tự vô hình U+200B (ký tự thứ 15, ở cuối, sau «Nam»); U+200B "
            "(ký tự thứ 16, ở cuối, sau «Nam»); U+200B (ký tự thứ 17, ở cuối, sau «Nam») và "
            "9997 ký tự nữa, thường do dán từ trang web hoặc tệp khác: đã bỏ, và được đọc là "
            "«Nguyễn Văn Nam». Hãy xóa các ký tự đó khỏi ô và kiểm tra lại.",
        )
    ]


def test_a_long_line_of_invisible_characters_is_quoted_in_short(tmp_path: Path) -> None:
    """A line of words run together around invisible characters was quoted whole, once
    for each place and again as read: a ``nguoi_ky`` of 10 000 "ab\u200b" made a warning
    of 80 000 characters. Each word beside a place (the one before it by its end), and the
    line as read, are cut."""
    (tmp_path / "data").mkdir()
    info = {"nguoi_ky": "x" * 40 + "\u200bab" * 100}
    month_book(tmp_path / "data", MARCH, info, [row("xuat_khau", 100)])
    after = "«abababababababababababababab…»"
    found = findings(tmp_path, MARCH)
    assert [(s, c, m) for s, c, m in found if m.startswith("Khóa «nguoi_ky» có ký tự vô")] == [
        (
            "WARNING",
            "B4",
            f"Khóa «nguoi_ky» có ký tự vô hình U+200B (ký tự thứ 41, giữa «…{'x' * 28}» và "
            f"{after}); U+200B (ký tự thứ 44, giữa «…{'x' * 26}ab» và {after}); U+200B (ký tự "
            f"thứ 47, giữa «…{'x' * 24}abab» và {after}) và 97 ký tự nữa, thường do dán từ "
            f"trang web hoặc tệp khác: đã bỏ, và được đọc là «{'x' * 40}{'ab' * 20}…»{JOINED}. "
            "Hãy xóa các ký tự đó khỏi ô và kiểm tra lại.",
        )
    ]


def test_a_signers_cell_of_invisible_characters_only_says_the_configs_line_is_printed(
    tmp_path: Path,
) -> None:
    """A ``nguoi_ky`` of zero-width spaces only was said "được đọc là «»", as if the report
    printed no name, while the cell, blank without them, gives way to the config's name:
    the warning says so."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"nguoi_ky": "\u200b\u200b"}, [row("xuat_khau", 100)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if c == "B4"] == [
        (
            "WARNING",
            "B4",
            "Khóa «nguoi_ky» có ký tự vô hình U+200B (ký tự thứ 1, ở đầu); U+200B (ký tự thứ "
            "2, ở đầu), thường do dán từ trang web hoặc tệp khác: đã bỏ, và ô được coi là để "
            "trống: báo cáo in khóa «name» của [signer] trong tệp cấu hình. Hãy xóa các ký tự "
            "đó khỏi ô và kiểm tra lại.",
        )
    ]
    assert "Nguyễn Văn Phương" in build_texts(tmp_path, MARCH)
