"""The tests' fast workbooks (fastbook) are baocao's write_workbook's, part for part."""

from __future__ import annotations

import datetime
import time
from decimal import Decimal
from pathlib import Path

import pytest

import fastbook
from baocao.excel import NewSheet, read_workbook, write_workbook
from fastbook import differences, fast_bytes

# Every kind of row and value fastbook writes itself: text with marks, spaces around or
# alone, XML's own characters, tabs and line feeds, characters beyond the BMP; integers,
# floats of 16 digits and more, tiny and negative zero, Decimals; empty cells, rows of
# empty cells, rows of nothing, rows wider than the headers, sheets of no row.
PLAIN = [
    NewSheet("ThongTin", ("Khóa", "Giá trị"), [("thang", 3), ("nam", 2024), ("x", 1.5)], ()),
    NewSheet("Trong", ("Mã",), [], ()),
    NewSheet(
        "ChiTieu",
        ("Mã", "Chỉ tiêu", "Đơn vị", "Tháng"),
        [
            ("A", "Chỉ tiêu A", "tấn", 100),
            (None, None),
            (),
            (" b ", 1 / 3, "c&<>\"'", -0.0, 1e-7, 10**17, "  "),
            ("Việc\ttab\nline", Decimal("2.50"), "😀 ă", None, "x "),
        ],
        (),
    ),
]


def _written(folder: Path, sheets: list[NewSheet]) -> bytes:
    path = folder / "openpyxl.xlsx"
    write_workbook(path, sheets)
    return path.read_bytes()


def test_plain_values_give_write_workbooks_parts_and_reading(tmp_path: Path) -> None:
    """Every entry of the archive (order, attributes, compressed size, CRC, bytes) is
    write_workbook's, docProps/core.xml's dates aside; baocao reads the same sheets."""
    fast = fast_bytes(PLAIN)
    assert fast is not None
    theirs = _written(tmp_path, PLAIN)
    assert differences(fast, theirs) == []
    ours = tmp_path / "fast.xlsx"
    ours.write_bytes(fast)
    assert read_workbook(ours).sheets == read_workbook(tmp_path / "openpyxl.xlsx").sheets


def test_plain_values_in_the_same_second_are_write_workbooks_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written within one second (the times' precision), the two archives are the same
    bytes, docProps/core.xml's dates and the entries' times included, though the workbook
    of headers fastbook keeps was written long ago."""
    fastbook.fast_bytes(PLAIN)
    key = repr([(s.title, s.headers) for s in PLAIN]).encode()
    parts = fastbook._SKELETONS[key]
    old = [(i, fastbook._DATES.sub(b"2001-02-03T04:05:06Z", data)) for i, data in parts]
    assert old != parts
    monkeypatch.setitem(fastbook._SKELETONS, key, old)
    for _ in range(10):
        second = int(time.time())
        fast = fast_bytes(PLAIN)
        theirs = _written(tmp_path, PLAIN)
        if int(time.time()) == second:
            break
    assert fast == theirs


def test_differences_sees_a_changed_cell(tmp_path: Path) -> None:
    """The comparison itself finds a value changed (1 for 1.0 is no change to Excel, but
    is to the bytes)."""
    other = [NewSheet("ThongTin", ("Khóa", "Giá trị"), [("thang", 3.5)], ())]
    fast = fast_bytes([NewSheet("ThongTin", ("Khóa", "Giá trị"), [("thang", 3)], ())])
    assert fast is not None
    found = differences(fast, _written(tmp_path, other))
    assert [f.split(":")[0] for f in found][-1] == "xl/worksheets/sheet1.xml"


@pytest.mark.parametrize(
    "sheet",
    [
        NewSheet("A", ("x",), [], (10,)),
        NewSheet("A", ("x",), [], (), notes=("Ghi chú",)),
        NewSheet("A", ("x",), [], (), number_formats={"A2": "0.0"}),
        NewSheet("A", ("x",), [], (), numeric_ranges=("A2:A9",)),
        NewSheet("A", (), [(1,)], ()),
        NewSheet("A", ("",), [], ()),
        NewSheet("A", ("=x",), [], ()),
        NewSheet("A", ("x",), [("",)], ()),
        NewSheet("A", ("x",), [("=1+1",)], ()),
        NewSheet("A", ("x",), [("a\rb",)], ()),
        NewSheet("A", ("x",), [("a\x01b",)], ()),
        NewSheet("A", ("x",), [("a\ud800b",)], ()),
        NewSheet("A", ("x",), [("a\uffffb",)], ()),
        NewSheet("A", ("x",), [("a" * 32768,)], ()),
        NewSheet("A", ("x",), [(True,)], ()),
        NewSheet("A", ("x",), [(float("nan"),)], ()),
        NewSheet("A", ("x",), [(Decimal("Infinity"),)], ()),
        NewSheet("A", ("x",), [(Decimal("sNaN"),)], ()),
        NewSheet("A", ("x",), [(datetime.date(2024, 3, 1),)], ()),
    ],
)
def test_other_sheets_are_left_to_openpyxl(sheet: NewSheet) -> None:
    """Styles, notes, validations, dates, booleans, formulas and text openpyxl refuses,
    cuts or writes otherwise: write_workbook's own."""
    assert fast_bytes([NewSheet("B", ("y",), [("z", 1)], ()), sheet]) is None
