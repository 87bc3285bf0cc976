"""Workbooks as other programs save them (Excel, LibreOffice Calc, Google Sheets, WPS): the
sample edited in its XML the way they write it, read as the sample is."""

from __future__ import annotations

import io
import re
import shutil
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.errors import Severity
from baocao.excel import read_sheet, read_workbook
from baocao.period import Period
from test_figures import build_texts, month_book
from test_percent_cells import percent_formatted
from test_rates import rate

from helpers import ROOT, SAMPLE_WORKBOOK

MARCH = Period(2024, 3)


def rewrite(source: Path, target: Path, edits: dict[str, Callable[[bytes], bytes]]) -> None:
    """``source`` written to ``target`` with each named part changed by its edit."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(
                info.filename, edits[info.filename](data) if info.filename in edits else data
            )
    target.write_bytes(buffer.getvalue())


def empty_text_formula(cells: tuple[str, ...]) -> Callable[[bytes], bytes]:
    """Each of ``cells`` made a formula whose calculated value is empty text, as Excel and
    LibreOffice save =IF(…;"";…): ``t="str"``, an empty ``<v>``."""

    def edit(xml: bytes) -> bytes:
        for ref in cells:
            cell = f'<c r="{ref}" t="str"><f>IF(1=1,"",5)</f><v></v></c>'.encode()
            xml, found = re.subn(rf'<c r="{ref}"[^>]*?(?:/>|>.*?</c>)'.encode(), cell, xml)
            if not found:  # a cell the sample leaves empty: after the row's last
                row = re.sub(r"\D", "", ref)
                xml, found = re.subn(
                    rf'(<row r="{row}"[^>]*>.*?)</row>'.encode(),
                    rb"\1" + cell + b"</row>",
                    xml,
                    count=1,
                )
            assert found, ref
        return xml

    return edit


def test_formula_calculated_to_empty_text_is_blank(workspace: Path) -> None:
    """=IF(…;"";…) in Kế hoạch năm (I3, I4) is a blank cell, not a formula never calculated;
    in an earlier workbook's Tháng báo cáo too (the month's Tháng trước stays blank, as for a
    blank cell), for both readers."""
    book = workspace / "data" / "2024-03.xlsx"
    rewrite(SAMPLE_WORKBOOK, book, {"xl/worksheets/sheet3.xml": empty_text_formula(("I3", "I4"))})
    february = workspace / "data" / "2024-02.xlsx"
    rewrite(
        ROOT / "data" / "samples" / "2024-02.xlsx",
        february,
        {"xl/worksheets/sheet3.xml": empty_text_formula(("D2",))},
    )
    whole = read_workbook(book).sheets["ChiTieu"].rows[2][8]
    earlier = read_sheet(february, "ChiTieu")
    assert earlier is not None
    assert (whole.ref, whole.value, whole.formula) == ("I3", "", '=IF(1=1,"",5)')
    assert (earlier.rows[1][3].value, earlier.rows[1][3].formula) == ("", '=IF(1=1,"",5)')
    assert check_inputs(load_config(workspace / "baocao.toml"), MARCH).problems == []


def test_formula_never_calculated_is_still_said(workspace: Path) -> None:
    """A formula saved with no value (no ``t="str"``: openpyxl, a script) is still an error."""
    book = workspace / "data" / "2024-03.xlsx"
    shutil.copy(SAMPLE_WORKBOOK, book)
    rewrite(
        SAMPLE_WORKBOOK,
        book,
        {
            "xl/worksheets/sheet3.xml": lambda xml: xml.replace(
                b'<c r="I2" s="2" t="n"><v>665000</v></c>', b'<c r="I2" s="2"><f>1+1</f><v></v></c>'
            )
        },
    )
    found = check_inputs(load_config(workspace / "baocao.toml"), MARCH).problems
    assert [(p.cell, p.message) for p in found] == [
        (
            "I2",
            "Ô có công thức «=1+1» nhưng chưa có giá trị đã tính (tệp được lưu bởi một chương "
            "trình không tính công thức). Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại.",
        )
    ]


def strict(xml: bytes) -> bytes:
    """A part as Excel's "Strict Open XML Spreadsheet" writes it: the ISO namespaces."""
    return xml.replace(
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        b"http://purl.oclc.org/ooxml/spreadsheetml/main",
    ).replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships",
    )


def test_strict_open_xml_is_refused_as_such(workspace: Path) -> None:
    """A Strict Open XML workbook is named and refused, not read as a workbook of no sheet
    (each of the five sheets said missing)."""
    book = workspace / "data" / "2024-03.xlsx"
    with zipfile.ZipFile(SAMPLE_WORKBOOK) as archive:
        parts = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
    rewrite(SAMPLE_WORKBOOK, book, dict.fromkeys(parts, strict))
    found = check_inputs(load_config(workspace / "baocao.toml"), MARCH).problems
    assert [(p.file, p.sheet, p.message) for p in found] == [
        (
            book,
            None,
            "Đây là sổ Excel dạng «Strict Open XML» (.xlsx nghiêm ngặt), chương trình không đọc "
            "được. Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng «Sổ làm việc "
            "Excel (.xlsx)».",
        )
    ]


# Excel's data validation list from another sheet: an extension openpyxl drops, with a warning.
VALIDATION_LIST = (
    b'<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
    b'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
    b'<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
    b'<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>ThongTin!$A$2:$A$10'
    b"</xm:f></x14:formula1><xm:sqref>K2:K14</xm:sqref></x14:dataValidation>"
    b"</x14:dataValidations></ext></extLst></worksheet>"
)


def test_openpyxl_says_nothing_in_english(workspace: Path) -> None:
    """What openpyxl warns of (an extension it drops, a date serial out of range) reaches
    no one, for both readers: the data validation list is no value, and the date cell is
    an error at its cell."""
    book = workspace / "data" / "2024-03.xlsx"

    def edit(xml: bytes) -> bytes:
        date_style = b'<c r="I2" s="4" t="n"><v>665000000000</v></c>'  # style 4: a date
        xml = xml.replace(b'<c r="I2" s="2" t="n"><v>665000</v></c>', date_style)
        return xml.replace(b"</worksheet>", VALIDATION_LIST)

    def styles(xml: bytes) -> bytes:
        return re.sub(
            rb'(<cellXfs count=")(\d+)(">.*?)(</cellXfs>)',
            lambda m: (
                m[1]
                + str(int(m[2]) + 1).encode()
                + m[3]
                + b'<xf numFmtId="14" applyNumberFormat="1"/>'
                + m[4]
            ),
            xml,
            flags=re.S,
        )

    rewrite(SAMPLE_WORKBOOK, book, {"xl/worksheets/sheet3.xml": edit, "xl/styles.xml": styles})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read_workbook(book)
        read_sheet(book, "ChiTieu")
        found = check_inputs(load_config(workspace / "baocao.toml"), MARCH).problems
    assert [str(w.message) for w in caught] == []
    # (openpyxl makes the out-of-range date "#VALUE!"; the error says Excel shows "########")
    assert [(p.severity, p.sheet, p.cell) for p in found] == [(Severity.ERROR, "ChiTieu", "I2")]


def calculated(ref: str, formula: str, cached: str = r"\3") -> Callable[[bytes], bytes]:
    """Cell ``ref`` made a formula keeping its value as the cached one, as Excel saves it, or
    with ``cached`` instead."""

    def edit(xml: bytes) -> bytes:
        xml, found = re.subn(
            rf'<c r="{ref}"([^>]*?)( t="n")?><v>([^<]*)</v></c>'.encode(),
            rf'<c r="{ref}"\1><f>{formula}</f><v>{cached}</v></c>'.encode(),
            xml,
        )
        assert found, ref
        return xml

    return edit


def test_a_formula_in_a_percent_formatted_cell_is_read_as_it_shows(tmp_path: Path) -> None:
    """=B/C formatted "0.0%" (Excel shows 21,4%, keeps 0,214) is 21,4 as a typed 0,214 is,
    not 0,214 ("ước đạt 0,2%", said nowhere)."""
    (tmp_path / "data").mkdir()
    period = Period(2025, 3)
    book = month_book(tmp_path / "data", period, {}, [rate("gn", 0.214, None, 0.19)])
    percent_formatted(book, "D2", "F2")
    rewrite(book, book, {"xl/worksheets/sheet3.xml": calculated("D2", "0.107*2")})
    assert (
        "Tỷ lệ giải ngân tháng 3/2025 ước đạt 21,4%, tăng 2,4 điểm phần trăm so với cùng kỳ."
        in build_texts(tmp_path, period)
    )


def test_a_zero_cached_by_a_writer_that_calculates_nothing_is_no_value(workspace: Path) -> None:
    """XlsxWriter (pandas through it) caches 0 as every formula's value and asks for
    calculation on opening (``fullCalcOnLoad``, as openpyxl, which wrote the sample, does):
    that 0 is a formula never calculated, for both readers, not a Lũy kế of 0 ("ước đạt 0 tỷ
    đồng; giảm 100,0% so với cùng kỳ", with a warning only). Excel's own 0 stays 0."""
    book = workspace / "data" / "2024-03.xlsx"
    sheet = "xl/worksheets/sheet3.xml"
    rewrite(SAMPLE_WORKBOOK, book, {sheet: calculated("G2", "100797+D2", "0")})
    february = workspace / "2024-02.xlsx"  # outside data/: read alone
    rewrite(
        ROOT / "data" / "samples" / "2024-02.xlsx", february, {sheet: calculated("G2", "1+1", "0")}
    )
    excel = workspace / "excel.xlsx"
    calc = {"xl/workbook.xml": lambda xml: xml.replace(b' fullCalcOnLoad="1"', b"")}
    rewrite(february, excel, calc)
    cells = [read_sheet(b, "ChiTieu").rows[1][6] for b in (february, excel)]  # type: ignore[union-attr]
    assert [(c.value, c.formula) for c in cells] == [(None, "=1+1"), (0, "=1+1")]
    found = check_inputs(load_config(workspace / "baocao.toml"), MARCH).problems
    assert [(p.cell, p.message) for p in found] == [
        (
            "G2",
            "Ô có công thức «=100797+D2» nhưng chưa có giá trị đã tính (tệp được lưu bởi một "
            "chương trình không tính công thức). Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu "
            "lại.",
        )
    ]


def reversed_cells(xml: bytes) -> bytes:
    """Each row's cells listed right to left, as no spreadsheet program but a script may."""
    return re.sub(
        rb"(<row [^>]*>)(.*?)(</row>)",
        lambda m: m[1] + b"".join(reversed(re.findall(rb"<c [^>]*?(?:/>|>.*?</c>)", m[2]))) + m[3],
        xml,
        flags=re.S,
    )


def reversed_rows(xml: bytes) -> bytes:
    """The sheet's rows listed last first."""
    data = re.search(rb"<sheetData>(.*)</sheetData>", xml, re.S)
    assert data
    rows = re.findall(rb"<row [^>]*>.*?</row>", data[1], re.S)
    return xml[: data.start(1)] + b"".join(reversed(rows)) + xml[data.end(1) :]


def test_rows_and_cells_out_of_order_are_read_by_their_references(tmp_path: Path) -> None:
    """An earlier workbook whose rows or cells come out of order is read by each cell's
    reference, as the month's own is: openpyxl's read-only reader kept only a row's last
    cell listed (ChiTieu read as a column of codes) or no row after the first listed, so
    March's blank Tháng trước was said "không có trong các sổ trước" and left out."""
    february = ROOT / "data" / "samples" / "2024-02.xlsx"
    expected = read_sheet(february, "ChiTieu")
    assert expected is not None and expected.rows[1][3].value == 43438  # D2
    for name, edit in (("cells", reversed_cells), ("rows", reversed_rows)):
        book = tmp_path / f"{name}.xlsx"
        rewrite(february, book, {"xl/worksheets/sheet3.xml": edit})
        found = read_sheet(book, "ChiTieu")
        assert found is not None and found.rows == expected.rows, name


def test_a_cell_naming_another_row_is_read_as_the_months_own_is(tmp_path: Path) -> None:
    """An earlier workbook's cell whose reference names another row than its row's
    (ChiTieu's D2 written "D9" inside row 2) is read as the month's own workbook reads
    it, by its reference: openpyxl's read-only reader placed it in its row, so history
    read February's Tháng báo cáo of gtsx as 43 438 where `check` of February read it
    blank (and D9 as the next row's own)."""
    february = ROOT / "data" / "samples" / "2024-02.xlsx"
    book = tmp_path / "2024-02.xlsx"
    moved = {"xl/worksheets/sheet3.xml": lambda xml: xml.replace(b'<c r="D2" ', b'<c r="D9" ', 1)}
    rewrite(february, book, moved)
    whole = read_workbook(book).sheets["ChiTieu"]
    found = read_sheet(book, "ChiTieu")
    assert found is not None and [c.value for c in found.rows[1][:5]] == [
        "gtsx",
        "Giá trị sản xuất công nghiệp (giá thực tế)",
        "tỷ đồng",
        None,
        57359,
    ]
    assert found.rows == whole.rows
