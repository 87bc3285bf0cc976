"""A sheet listing a row for every row down the sheet with no cell in it (a height, a format
or a hidden flag set on whole rows): openpyxl is given the rows that hold cells only
(``emptyrows``), and reads each cell where it read it before."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openpyxl.worksheet._reader import WorkSheetParser

from baocao import emptyrows
from baocao.excel import read_workbook
from test_catalogue import book, check, rewrite_zip

from helpers import SAMPLE_WORKBOOK

EMPTY_ROWS = 20_000


def formatted_rows(first: int) -> bytes:
    """``EMPTY_ROWS`` rows from ``first`` with a format and a height and no cell."""
    row = b'<row r="%d" s="1" customFormat="1" ht="20.25" customHeight="1"/>'
    return b"".join(row % n for n in range(first, first + EMPTY_ROWS))


def formatted_cells(first: int) -> bytes:
    """60 000 cells with a format and no value, ten a row in 6 000 rows from ``first``."""
    return b"".join(
        b'<row r="%d">' % n
        + b"".join(b'<c r="%s%d" s="1"/>' % (column.encode(), n) for column in "CDEFGHIJKL")
        + b"</row>"
        for n in range(first, first + 6_000)
    )


@pytest.mark.parametrize(
    ("listed", "parser"),
    [(formatted_rows, "parse_row"), (formatted_cells, "parse_cell")],
    ids=["rows", "cells"],
)
def test_rows_and_cells_holding_nothing_are_not_parsed(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, listed: Any, parser: str
) -> None:
    """20 000 formatted empty rows, or 60 000 formatted empty cells, below NhiemVu's tasks
    check as the sample does, and openpyxl parses no row or cell of them: it parsed every
    one listed (a million such rows of a 2,7 MB workbook: 32 s to check; 450 000 such
    cells: 6 s)."""
    rewrite_zip(
        book(workspace),
        "xl/worksheets/sheet5.xml",
        lambda xml: xml.replace(b"</sheetData>", listed(14) + b"</sheetData>"),
    )
    parsed: list[int] = []
    parse = getattr(WorkSheetParser, parser)

    def counted(self: Any, element: Any) -> Any:
        parsed.append(1)
        return parse(self, element)

    monkeypatch.setattr(WorkSheetParser, parser, counted)
    code, lines = check()
    assert (code, [line for line in lines if not re.match("GHI CHÚ", line)]) == (
        0,
        ["Tổng cộng: 0 lỗi, 0 cảnh báo."],
    )
    assert len(parsed) < 2_000  # the sheets' own (hundreds), in each of openpyxl's opens


def test_a_row_numbered_from_the_one_before_keeps_its_number(workspace: Path) -> None:
    """A row and cell listed without their numbers after the empty rows are read where
    openpyxl places them, after the last row listed (A20014): the empty rows are then all
    kept, since dropping them would move it up to A14."""
    task = b'<row><c t="inlineStr"><is><t>Vi\xe1\xbb\x87c th\xc3\xaam</t></is></c></row>'
    rewrite_zip(
        book(workspace),
        "xl/worksheets/sheet5.xml",
        lambda xml: xml.replace(b"</sheetData>", formatted_rows(14) + task + b"</sheetData>"),
    )
    sheet = read_workbook(book(workspace)).sheets["NhiemVu"]
    assert [(c.ref, c.value) for c in sheet.rows[-1]] == [("A20014", "Việc thêm")]


def test_text_of_a_cdata_section_after_empty_rows_is_read_as_typed(workspace: Path) -> None:
    """A task written as a CDATA section (``<![CDATA[…]]>``, as some writers put text)
    holding what reads as an empty cell and row ('<c r="Z1"/>', '<row r="3"/>') below
    20 000 empty rows was read "Việc  thêm ": they were dropped from its text as empty
    elements. A sheet with a CDATA section is given openpyxl whole."""
    typed = 'Việc <c r="Z1"/> thêm <row r="3"/>'
    task = (
        '<row r="20014"><c r="A20014"><v>9</v></c><c r="B20014" t="inlineStr"><is><t>'
        f"<![CDATA[{typed}]]></t></is></c></row>"
    ).encode()
    rewrite_zip(
        book(workspace),
        "xl/worksheets/sheet5.xml",
        lambda xml: xml.replace(b"</sheetData>", formatted_rows(14) + task + b"</sheetData>"),
    )
    last = read_workbook(book(workspace)).sheets["NhiemVu"].rows[-1]
    assert [c.value for c in last] == [9, typed]


IN_CDATA = 'Việc <c r="Z9"/> mới <row r="5"/>'


@pytest.mark.parametrize(
    ("before", "text", "typed"),
    [
        ("", f"<![CDATA[{IN_CDATA}]]>", IN_CDATA),
        ("<!-- <![CDATA[ -->", "Việc thêm", "Việc thêm"),
    ],
    ids=["cdata", "comment"],
)
def test_empty_rows_beside_a_cdata_section_are_still_not_parsed(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, before: str, text: str, typed: str
) -> None:
    """A sheet holding "<![CDATA[" (a CDATA section, or those letters in an XML comment) was
    given openpyxl whole (f8c8bea), its 20 000 formatted empty rows each parsed (a million
    such rows: 32 s to check, as before ``emptyrows``). The empty rows outside CDATA sections
    and comments are dropped; the text inside one is read as typed."""
    task = (
        f'{before}<row r="20014"><c r="A20014"><v>9</v></c><c r="B20014" t="inlineStr"><is><t>'
        f"{text}</t></is></c></row>"
    ).encode()
    rewrite_zip(
        book(workspace),
        "xl/worksheets/sheet5.xml",
        lambda xml: xml.replace(b"</sheetData>", formatted_rows(14) + task + b"</sheetData>"),
    )
    parsed: list[int] = []
    parse = WorkSheetParser.parse_row

    def counted(self: Any, element: Any) -> Any:
        parsed.append(1)
        return parse(self, element)

    monkeypatch.setattr(WorkSheetParser, "parse_row", counted)
    last = read_workbook(book(workspace)).sheets["NhiemVu"].rows[-1]
    assert [c.value for c in last] == [9, typed]
    assert len(parsed) < 2_000


def test_a_workbook_of_small_parts_is_not_unpacked_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """No part of the sample is as large as ``MANY`` rows written at their shortest: its
    bytes are given openpyxl as they are, no sheet read a second time for empty rows (each
    sheet was unpacked and searched, a twentieth of a read's time)."""
    data = SAMPLE_WORKBOOK.read_bytes()

    def unpacked(archive: Any) -> Any:
        raise AssertionError("the sheets were looked for")

    monkeypatch.setattr(emptyrows, "sheet_parts", unpacked)
    assert emptyrows.without_empty_rows.__wrapped__(data) is data
