"""A workbook whose sheets or workbook part are stored elsewhere than their usual names:
openpyxl reads them where ``[Content_Types].xml`` and the workbook's relationships point,
and so do the limits and checks kept before it reads them (``bookparts``)."""

from __future__ import annotations

import io
import re
import shutil
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from baocao.errors import InputError
from baocao.excel import read_sheet
from test_catalogue import REFUSED_WITHIN, SAVE, book, check
from test_other_writers import reversed_rows

from helpers import ROOT, write_config

Parts = dict[str, bytes]


def moved(path: Path, target: Path, *edits: Callable[[Parts], None]) -> None:
    """The workbook at ``path`` written to ``target`` with ``edits`` made to its parts."""
    with zipfile.ZipFile(path) as old:
        parts = {info.filename: old.read(info) for info in old.infolist()}
    for edit in edits:
        edit(parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as new:
        for name, data in parts.items():
            new.writestr(name, data)
    target.write_bytes(buffer.getvalue())


def sheet_stored_elsewhere(number: int) -> Callable[[Parts], None]:
    """Sheet ``number``'s part moved from xl/worksheets/ to xl/data/, as the workbook's
    relationship and content types then name it."""

    def edit(parts: Parts) -> None:
        old, new = f"xl/worksheets/sheet{number}.xml", f"xl/data/s{number}.xml"
        parts[new] = parts.pop(old)
        for name in ("[Content_Types].xml", "xl/_rels/workbook.xml.rels"):
            parts[name] = parts[name].replace(f"/{old}".encode(), f"/{new}".encode())

    return edit


def workbook_stored_elsewhere(parts: Parts) -> None:
    """The workbook part moved to xl/wb.xml (content types, package relationship and its
    own relationships with it), and a workbook of no sheets left at xl/workbook.xml."""
    parts["xl/wb.xml"] = parts["xl/workbook.xml"]
    parts["xl/_rels/wb.xml.rels"] = parts["xl/_rels/workbook.xml.rels"]
    kinds = parts["[Content_Types].xml"]
    parts["[Content_Types].xml"] = kinds.replace(b'"/xl/workbook.xml"', b'"/xl/wb.xml"')
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"xl/workbook.xml", b"xl/wb.xml")
    parts["xl/workbook.xml"] = (
        b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheets/></workbook>"
    )
    parts["xl/_rels/workbook.xml.rels"] = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'
    )


def test_a_merged_range_in_a_sheet_stored_elsewhere_is_refused(workspace: Path) -> None:
    """A merged range of 17 billion cells in NhiemVu's part stored as xl/data/s5.xml is
    refused as in xl/worksheets/: only parts there were counted, and check ran for
    minutes (openpyxl making a cell for each of the range's)."""

    def merged(parts: Parts) -> None:
        merge = b'</sheetData><mergeCells count="1"><mergeCell ref="D1000:XFD1048576"/>'
        parts["xl/data/s5.xml"] = parts["xl/data/s5.xml"].replace(
            b"</sheetData>", merge + b"</mergeCells>", 1
        )

    moved(book(workspace), book(workspace), sheet_stored_elsewhere(5), merged)
    start = time.perf_counter()
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}, NhiemVu!D1000:XFD1048576: Vùng gộp ô D1000:XFD1048576 "
            "(17.160.358.837 ô) quá lớn so với một bảng báo cáo. Hãy mở sổ bằng Excel, chọn "
            "vùng đó, bỏ gộp ô (Trang đầu › Gộp và Căn giữa) rồi lưu lại.",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )
    assert time.perf_counter() - start < REFUSED_WITHIN


def test_defined_names_of_a_workbook_part_stored_elsewhere_are_counted(
    workspace: Path,
) -> None:
    """100 001 defined names in the workbook part openpyxl reads (xl/wb.xml, named so by
    the content types) are refused, as in xl/workbook.xml: the names of that part alone
    were counted, and 300 000 passed in 5 s with a clean check."""
    names = b"".join(
        b'<definedName name="n%d">ChiTieu!$A$1</definedName>' % n for n in range(100_001)
    )

    def named(parts: Parts) -> None:
        listed = b"<definedNames>" + names + b"</definedNames>"
        parts["xl/wb.xml"] = parts["xl/wb.xml"].replace(b"<definedNames/>", listed)

    moved(book(workspace), book(workspace), workbook_stored_elsewhere, named)
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}: Sổ có hơn 100.000 tên được đặt (Công thức › Quản lý "
            "Tên), quá nhiều so với một sổ báo cáo (có thể là tệp độc hại). Hãy xóa các tên "
            "thừa rồi lưu lại.",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )


def test_rows_out_of_order_in_a_sheet_stored_elsewhere_are_all_read(tmp_path: Path) -> None:
    """An earlier workbook's ChiTieu stored as xl/data/s3.xml with its rows listed last
    first is read whole, as in xl/worksheets/: its order was not checked there, and
    openpyxl's read-only reader kept the first row listed only (history printed 01/2024
    blank, from February's Tháng trước, with exit 0)."""
    february = ROOT / "data" / "samples" / "2024-02.xlsx"
    expected = read_sheet(february, "ChiTieu")
    assert expected is not None and expected.rows[1][4].value == 57359  # E2

    def reversed_sheet(parts: Parts) -> None:
        parts["xl/data/s3.xml"] = reversed_rows(parts["xl/data/s3.xml"])

    moved(february, tmp_path / "2024-02.xlsx", sheet_stored_elsewhere(3), reversed_sheet)
    found = read_sheet(tmp_path / "2024-02.xlsx", "ChiTieu")
    assert found is not None and found.rows == expected.rows


def test_a_sheet_stored_elsewhere_reads_as_the_sample(workspace: Path) -> None:
    """A workbook whose parts are all stored elsewhere (sheets and workbook part) checks
    as the sample does: what openpyxl reads is found, not refused."""
    moved(
        book(workspace),
        book(workspace),
        *(sheet_stored_elsewhere(n) for n in range(1, 6)),
        workbook_stored_elsewhere,
    )
    code, lines = check()
    assert (code, [line for line in lines if not re.match("GHI CHÚ", line)]) == (
        0,
        ["Tổng cộng: 0 lỗi, 0 cảnh báo."],
    )


STRINGS = (
    b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" '
    b'uniqueCount="2"><si><t>gtsx</t></si><si><t>Nhi\xe1\xbb\x87m v\xe1\xbb\xa5</t></si></sst>'
)


def shared_strings_added(parts: Parts) -> None:
    """Two shared strings, "gtsx" and "Nhiệm vụ", as Excel stores a workbook's texts."""
    parts["xl/sharedStrings.xml"] = STRINGS
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
        b'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml" Id="rId99"/></Relationships>',
    )


def code_as_shared_string(number: str) -> Callable[[Parts], None]:
    """ChiTieu!A2 (the code "gtsx") written as the shared string of ``number``."""

    def edit(parts: Parts) -> None:
        typed = b'<c r="A2" t="inlineStr"><is><t>gtsx</t></is></c>'
        sheet = parts["xl/worksheets/sheet3.xml"]
        assert typed in sheet
        shared = b'<c r="A2" t="s"><v>%s</v></c>' % number.encode()
        parts["xl/worksheets/sheet3.xml"] = sheet.replace(typed, shared)

    return edit


def test_a_text_cell_by_its_shared_string_reads_as_typed(workspace: Path) -> None:
    """ChiTieu!A2 stored as shared string 0, "gtsx", checks as the sample does."""
    moved(book(workspace), book(workspace), shared_strings_added, code_as_shared_string("0"))
    code, lines = check()
    assert (code, [line for line in lines if not re.match("GHI CHÚ", line)]) == (
        0,
        ["Tổng cộng: 0 lỗi, 0 cảnh báo."],
    )


def test_a_negative_shared_string_number_is_an_error_at_its_cell(workspace: Path) -> None:
    """A text cell's shared-string number that is negative is an error at the cell: -1
    was read as the workbook's last text ("Nhiệm vụ" as gtsx's code: the errors then said
    its breakdown rows' parent was missing, not the damaged cell; a name so stored is
    printed with no word, exit 0)."""
    for number in ("-1", " -2 "):
        moved(
            ROOT / "data" / "samples" / "2024-03.xlsx",
            book(workspace),
            shared_strings_added,
            code_as_shared_string(number),
        )
        assert check() == (
            1,
            [
                f"LỖI: {book(workspace)}, ChiTieu!A2: Ô ghi chữ bằng số thứ tự "
                f"«{number.strip()}» của một đoạn chữ dùng chung, một số âm, điều Excel không "
                "bao giờ ghi: tệp bị hỏng, không biết ô ghi gì. Hãy mở tệp bằng Excel hoặc "
                "LibreOffice và lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)».",
                "Tổng cộng: 1 lỗi, 0 cảnh báo.",
            ],
        ), number


def test_a_chart_sheet_without_its_drawing_is_a_damaged_workbook(workspace: Path) -> None:
    """A chart sheet listed without its relationships' part (the drawing Excel always
    gives it) is said damaged: openpyxl stopped on it with an AttributeError, and check
    printed a traceback."""

    def chart_sheet(parts: Parts) -> None:
        parts["xl/chartsheets/sheet1.xml"] = (
            b'<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>'
        )
        parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
            b"</Types>",
            b'<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.'
            b'openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
        )
        parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
            b"</Relationships>",
            b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships/chartsheet" Target="/xl/chartsheets/sheet1.xml" Id="rId20"/>'
            b"</Relationships>",
        )
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b"</sheets>",
            b'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships" name="BieuDo" sheetId="9" r:id="rId20"/></sheets>',
        )

    moved(book(workspace), book(workspace), chart_sheet)
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}: Không đọc được tệp: sổ Excel bị hỏng (chi tiết kỹ thuật: "
            "'list' object has no attribute 'find'). Hãy mở tệp bằng Excel hoặc LibreOffice "
            "và lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)».",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )


def in_utf16(edit: Callable[[str], str]) -> Callable[[Parts], None]:
    """NhiemVu's part changed by ``edit`` and written in UTF-16, as XML allows."""

    def encode(parts: Parts) -> None:
        xml = edit(parts["xl/worksheets/sheet5.xml"].decode())
        declared = '<?xml version="1.0" encoding="UTF-16"?>' + xml
        parts["xl/worksheets/sheet5.xml"] = declared.encode("utf-16")

    return encode


def test_a_sheet_in_utf16_is_counted_and_sniffed(workspace: Path) -> None:
    """NhiemVu's part written in UTF-16 holds the same limits as in UTF-8: its merged
    range of 17 billion cells went uncounted (check ran for over a minute), and its DOCTYPE
    unseen (openpyxl's English reason said then)."""
    merged = '</sheetData><mergeCells count="1"><mergeCell ref="D1000:XFD1048576"/></mergeCells>'
    moved(
        book(workspace), book(workspace), in_utf16(lambda xml: xml.replace("</sheetData>", merged))
    )
    start = time.perf_counter()
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}, NhiemVu!D1000:XFD1048576: Vùng gộp ô D1000:XFD1048576 "
            "(17.160.358.837 ô) quá lớn so với một bảng báo cáo. Hãy mở sổ bằng Excel, chọn "
            "vùng đó, bỏ gộp ô (Trang đầu › Gộp và Căn giữa) rồi lưu lại.",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )
    assert time.perf_counter() - start < REFUSED_WITHIN
    declared = '<!DOCTYPE worksheet [<!ENTITY a "aaaa">]>'
    sample = ROOT / "data" / "samples" / "2024-03.xlsx"
    moved(sample, book(workspace), in_utf16(lambda xml: declared + xml))
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}: Phần xl/worksheets/sheet5.xml của tệp có khai báo "
            "DOCTYPE/ENTITY, điều mà Excel không bao giờ ghi (có thể là tệp độc hại); chương "
            "trình từ chối đọc.",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )


def test_a_sheet_in_utf16_reads_as_the_sample(workspace: Path) -> None:
    """NhiemVu's part in UTF-16 otherwise as the sample's checks as the sample does."""
    moved(book(workspace), book(workspace), in_utf16(lambda xml: xml))
    code, lines = check()
    assert (code, [line for line in lines if not re.match("GHI CHÚ", line)]) == (
        0,
        ["Tổng cộng: 0 lỗi, 0 cảnh báo."],
    )


def zip_password(path: Path) -> None:
    """Each member of the zip at ``path`` marked encrypted, as a zip tool's password marks
    it (zipfile then refuses to read it)."""
    import struct

    data = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # local, central
        at = data.find(signature)
        while at >= 0:
            flags = struct.unpack_from("<H", data, at + offset)[0]
            struct.pack_into("<H", data, at + offset, flags | 1)
            at = data.find(signature, at + 4)
    path.write_bytes(bytes(data))


ZIP_PASSWORD = (
    "Phần docProps/app.xml của tệp được nén kèm mật khẩu, điều Excel không bao giờ làm (có "
    "thể là một tệp nén bằng 7-Zip hay WinRAR được đổi tên thành .xlsx); chương trình không "
    "đọc được. Hãy giải nén tệp bằng mật khẩu của nó, rồi mở sổ bên trong bằng Excel và lưu "
    "lại dưới dạng «Sổ làm việc Excel (.xlsx)»."
)


def test_a_workbook_zipped_with_a_password_is_said(workspace: Path) -> None:
    """The month's workbook, or an earlier one, zipped with a password under the .xlsx
    name is said, an error or a warning: zipfile's RuntimeError was a traceback, and one
    earlier workbook so zipped stopped every check and build of the later months."""
    zip_password(book(workspace))
    assert check() == (
        1,
        [f"LỖI: {book(workspace)}: {ZIP_PASSWORD}", "Tổng cộng: 1 lỗi, 0 cảnh báo."],
    )
    february = workspace / "data" / "2024-02.xlsx"
    book(workspace).rename(february)
    shutil.copy(ROOT / "data" / "samples" / "2024-03.xlsx", book(workspace))
    code, lines = check()
    assert (code, [line for line in lines if not re.match("GHI CHÚ", line)]) == (
        0,
        [
            f"CẢNH BÁO: {february}: Không đọc được sổ 2024-02.xlsx (tháng 2/2024) trong thư mục "
            "dữ liệu, nên các số liệu cần lấy từ sổ này (tháng trước, cùng kỳ, lũy kế) được coi "
            f"là chưa biết. {ZIP_PASSWORD}",
            "Tổng cộng: 0 lỗi, 1 cảnh báo.",
        ],
    )


def test_a_template_zipped_with_a_password_is_said(workspace: Path) -> None:
    """A template zipped with a password under the .docx name is said unreadable, and why:
    zipfile's RuntimeError was a traceback."""
    template = workspace / "mau.docx"
    shutil.copy(ROOT / "data" / "samples" / "mau_bao_cao.docx", template)
    zip_password(template)
    write_config(workspace, template=template)
    assert check() == (
        1,
        [
            f"LỖI: {template}: Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ (tệp được "
            "nén kèm mật khẩu, điều Word không bao giờ làm: có thể là một tệp nén bằng 7-Zip hay "
            "WinRAR được đổi tên thành .docx).",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )


def listed_again(times: int) -> Callable[[Parts], None]:
    """NhiemVu's part listed ``times`` more in the workbook, as sheets of other names."""

    def edit(parts: Parts) -> None:
        sheets = b"".join(
            b'<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            b'relationships" name="Copy%d" sheetId="%d" r:id="rId5"/>' % (n, 100 + n)
            for n in range(times)
        )
        parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(
            b"</sheets>", sheets + b"</sheets>"
        )

    return edit


def test_a_sheet_listed_many_times_counts_each_time(workspace: Path) -> None:
    """NhiemVu's part of 17 000 more cells listed as 30 more sheets holds 510 000 cells as
    openpyxl reads it, one sheet each time: refused as so many cells are (each part was
    counted once, and 31 listings of 400 000 cells ran for minutes)."""
    cells = b"".join(
        b'<row r="%d"><c r="P%d"><v>1</v></c></row>' % (n, n) for n in range(20, 17_020)
    )

    def filled(parts: Parts) -> None:
        sheet = parts["xl/worksheets/sheet5.xml"]
        parts["xl/worksheets/sheet5.xml"] = sheet.replace(b"</sheetData>", cells + b"</sheetData>")

    moved(book(workspace), book(workspace), filled, listed_again(30))
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}, NhiemVu: Sổ có hơn 500.000 ô được ghi (tính đến trang "
            "này), quá nhiều so với một sổ báo cáo (có thể là tệp độc hại, hoặc định dạng được "
            "kéo xuống hàng triệu dòng). Hãy xóa các hàng, cột thừa rồi lưu lại.",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )


def test_a_workbook_of_too_many_sheets_is_refused(workspace: Path) -> None:
    """501 sheets (NhiemVu's part listed 496 more times) are refused before openpyxl makes
    each: 1 200 took 3,5 s to check, 20 000 over 100 s."""
    moved(book(workspace), book(workspace), listed_again(496))
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}: Sổ có 501 trang tính, quá nhiều so với một sổ báo cáo (có "
            "thể là tệp độc hại); chương trình từ chối đọc.",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )


def test_text_cells_left_open_are_refused_in_a_moment(workspace: Path) -> None:
    """20 000 text cells opened and never closed (``<c t="s"><v>0</v>`` with no ``</c>``,
    a damaged or a crafted part of 480 KB) took 50 s before the workbook was said damaged:
    the search for each cell's shared-string number ran on to the part's end from each
    cell. A cell's content ends where the next cell opens."""
    cells = b'<row r="60">' + b'<c r="Z60" t="s"><v>0</v>' * 20_000 + b"</row></sheetData>"

    def opened(parts: Parts) -> None:
        sheet = parts["xl/worksheets/sheet5.xml"]
        parts["xl/worksheets/sheet5.xml"] = sheet.replace(b"</sheetData>", cells)

    moved(book(workspace), book(workspace), opened)
    start = time.perf_counter()
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}: Không đọc được tệp: sổ Excel bị hỏng (chi tiết kỹ thuật: "
            f"mismatched tag: line 1, column 511954). {SAVE}",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )
    assert time.perf_counter() - start < REFUSED_WITHIN


def styled_beyond(attribute: bytes, number: bytes) -> Callable[[Parts], None]:
    """Each cell format (``<xf>`` of ``cellXfs``) naming font or number format ``number``
    (``attribute``), past the stylesheet's own, as a damaged or hand-made file may."""

    def edit(parts: Parts) -> None:
        styles = parts["xl/styles.xml"]
        start = styles.index(b"<cellXfs")
        formats = re.sub(attribute + rb'="\d+"', attribute + b'="' + number + b'"', styles[start:])
        parts["xl/styles.xml"] = styles[:start] + formats

    return edit


def test_a_cell_of_a_font_the_stylesheet_lacks_is_read_as_not_struck(workspace: Path) -> None:
    """A cell format naming a font the stylesheet does not list stopped check with a
    traceback (openpyxl's IndexError) once struck cells were looked for: the report reads
    no font, and read such a workbook before. Its cells are not struck."""
    before = check()
    moved(book(workspace), book(workspace), styled_beyond(b"fontId", b"9"))
    assert check() == before


def test_a_cell_of_a_number_format_the_stylesheet_lacks_is_a_damaged_workbook(
    workspace: Path,
) -> None:
    """A cell format naming a number format of its own (164 and up) the stylesheet does
    not list stopped check with a traceback (openpyxl's IndexError): it is said damaged."""
    moved(book(workspace), book(workspace), styled_beyond(b"numFmtId", b"190"))
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}: Không đọc được tệp: sổ Excel bị hỏng (chi tiết kỹ thuật: "
            "list index out of range). Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới "
            "dạng «Sổ làm việc Excel (.xlsx)».",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )


def test_text_cells_never_closed_are_a_damaged_workbook_said_in_a_moment(
    workspace: Path,
) -> None:
    """A text cell opened 20 000 times and never closed (320 kB of «<c t="s">») was read by
    the shared-string check from each to the part's end: 30 s before openpyxl said the XML
    damaged. Each is read to the next cell's start."""

    def unclosed(parts: Parts) -> None:
        xml = parts["xl/worksheets/sheet5.xml"]
        at = xml.rindex(b"</row>")  # after the last cell closed
        parts["xl/worksheets/sheet5.xml"] = xml[:at] + b'<c r="Z9" t="s">' * 20_000 + xml[at:]

    moved(book(workspace), book(workspace), unclosed)
    start = time.perf_counter()
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}: Không đọc được tệp: sổ Excel bị hỏng (chi tiết kỹ thuật: "
            "mismatched tag: line 1, column 331936). Hãy mở tệp bằng Excel hoặc LibreOffice và "
            "lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)».",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )
    assert time.perf_counter() - start < 3


def never_ended(junk: bytes, *, last: bool = False, times: int = 20_000) -> Callable[[Parts], None]:
    """NhiemVu's part with the tag ``junk`` opened ``times`` after the sheet's data and
    never ended by ">" (``last``: after the part's last ">")."""

    def edit(parts: Parts) -> None:
        xml = parts["xl/worksheets/sheet5.xml"]
        at = len(xml) if last else xml.rindex(b"</worksheet>")
        parts["xl/worksheets/sheet5.xml"] = xml[:at] + junk * times + xml[at:]

    return edit


DAMAGED_AT = (
    "Không đọc được tệp: sổ Excel bị hỏng (chi tiết kỹ thuật: not well-formed (invalid "
    "token): line 1, column {column}). Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại "
    "dưới dạng «Sổ làm việc Excel (.xlsx)»."
)


@pytest.mark.parametrize(
    ("junk", "column"), [(b"<mergeCell ", 12047), (b'<c t="s" ', 12045)], ids=["merge", "text"]
)
def test_tags_never_ended_are_a_damaged_workbook_said_in_a_moment(
    workspace: Path, junk: bytes, column: int
) -> None:
    """A tag opened 20 000 times and never ended by ">" (160 kB after the sheet's end) was
    read by the merge and shared-string checks from each to the part's end: 20 s and 30 s
    before openpyxl said the XML damaged. A tag is read to the next "<"."""
    moved(book(workspace), book(workspace), never_ended(junk))
    start = time.perf_counter()
    said = DAMAGED_AT.format(column=column)
    assert check() == (1, [f"LỖI: {book(workspace)}: {said}", "Tổng cộng: 1 lỗi, 0 cảnh báo."])
    assert time.perf_counter() - start < 3


def test_cell_tags_never_ended_in_an_earlier_workbook_are_said_in_a_moment(
    workspace: Path,
) -> None:
    """The same of "<c " 40 000 times after the part's last ">", in an earlier month's
    workbook (read by ``read_sheets``), was read by the order check from each to the
    part's end: 12 s."""
    moved(book(workspace), book(workspace), never_ended(b"<c ", last=True, times=40_000))
    start = time.perf_counter()
    with pytest.raises(InputError) as raised:
        read_sheet(book(workspace), "NhiemVu")
    said = DAMAGED_AT.format(column=12048).replace(
        "not well-formed (invalid token)", "junk after document element"
    )
    assert [p.message for p in raised.value.problems] == [said]
    assert time.perf_counter() - start < 3
