"""A clerk's habits when last month's workbook is copied and edited in Excel: figure
cells merged across columns, a sheet copied beside its original ("ChiTieu (2)"), a total
row typed among the indicators."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from baocao.api import build_report
from baocao.config import load_config
from baocao.period import Period
from test_catalogue import book, check, with_sheet

from helpers import SAMPLE_WORKBOOK, document_texts, load_workbook


def test_figures_merged_across_columns_are_a_warning_at_the_range(workspace: Path) -> None:
    """«Tháng báo cáo» merged with «Tháng trước» beside it gave «Tháng trước» the month's
    figure without a word, and the report said "bằng tháng trước"."""

    def change(wb: Any) -> None:
        ws = wb["ChiTieu"]
        ws["E13"].value = None
        ws.merge_cells("D13:E13")

    with_sheet(workspace, change)
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {book(workspace)}, ChiTieu!D13: Các ô D13:E13 được gộp (merge): số ở ô "
            "D13 được đọc cho cả «Tháng báo cáo» và «Tháng trước», nên báo cáo so sánh số này "
            "với chính nó. Hãy bỏ gộp ô và điền số cho từng cột.",
            "Tổng cộng: 0 lỗi, 1 cảnh báo.",
        ],
    )


def test_an_empty_range_merged_across_figure_columns_is_not_said(workspace: Path) -> None:
    """A blank range (a heading row's cells merged for looks) gives no figure to any
    column: nothing to say."""

    def change(wb: Any) -> None:
        ws = wb["ChiTieu"]
        ws.insert_rows(10)
        ws["N10"].value = ws["N11"].value
        ws["N11"].value = None
        ws.merge_cells("D10:I10")

    with_sheet(workspace, change)
    assert check() == (0, ["Tổng cộng: 0 lỗi, 0 cảnh báo."])


def test_a_sheet_copied_beside_its_original_is_a_warning(workspace: Path) -> None:
    """ChiTieu copied in Excel ("ChiTieu (2)") and this month's figure typed in the copy:
    the report read the original's last month's figure without a word. A copy that holds
    the same as its original is not said."""

    def change(wb: Any) -> None:
        copy = wb.copy_worksheet(wb["ChiTieu"])
        copy.title = "ChiTieu (2)"
        copy["D13"].value = 1900
        wb.copy_worksheet(wb["NhiemVu"]).title = "NhiemVu (2)"

    with_sheet(workspace, change)
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {book(workspace)}, ChiTieu (2): Trang «ChiTieu (2)» (tên Excel đặt cho "
            "bản sao của trang «ChiTieu») có nội dung khác trang «ChiTieu», nhưng báo cáo chỉ "
            "đọc trang «ChiTieu». Nếu nội dung của tháng này nằm ở trang «ChiTieu (2)», hãy "
            "chép sang trang «ChiTieu»; rồi xóa trang «ChiTieu (2)».",
            "Tổng cộng: 0 lỗi, 1 cảnh báo.",
        ],
    )


def test_a_total_row_typed_among_the_indicators_is_a_warning(workspace: Path) -> None:
    """A "Tổng cộng" row typed under the exports and imports, as a table ends, was written
    as an indicator of its own ("Tổng cộng tháng 3/2024 ước đạt 3.269,7 triệu USD") without
    a word."""

    def change(wb: Any) -> None:
        ws = wb["ChiTieu"]
        ws.append(["tong", "Tổng cộng:", "triệu USD", 3269.7, 3009, 2962.4, 8935.9, 8000.3])
        ws.cell(row=ws.max_row, column=10).value = 1

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 0
    assert (
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!B15: «Chỉ tiêu» «Tổng cộng» là tên của một hàng "
        "cộng, không nói tổng của chỉ tiêu nào: báo cáo sẽ viết hàng này như một chỉ tiêu riêng "
        "(«Tổng cộng tháng … ước đạt …»). Nếu đây là hàng cộng gõ thêm, hãy xóa hàng này (tổng "
        "của một chỉ tiêu là hàng của chính nó, không có «Thuộc»); nếu không, hãy ghi tên chỉ "
        "tiêu."
    ) in lines


def test_a_breakdown_row_without_group_in_the_sample_template(workspace: Path) -> None:
    """A row under gtsx typed without «Nhóm» beside its named breakdowns: the sample
    template headed it "* :" under "Trong đó, tháng 3/2024 …:"; it now heads each
    breakdown as the default template does, and the month's sentence before a "Trong đó"
    list is "Riêng tháng …"."""

    def change(wb: Any) -> None:
        ws = wb["ChiTieu"]
        ws.insert_rows(10)
        for col, value in enumerate(
            ["gtsx.kcn", "Trong các khu công nghiệp", "tỷ đồng", 40000, 35000, 33000, 120000],
            start=1,
        ):
            ws.cell(row=10, column=col).value = value
        ws["J10"].value, ws["K10"].value = 0, "gtsx"

    with_sheet(workspace, change)
    config = load_config(workspace / "baocao.toml")
    texts = document_texts(build_report(config, Period(2024, 3), workspace / "r.docx").output)
    start = texts.index("1. Về sản xuất công nghiệp") + 3
    assert texts[start : start + 4] == [
        "Riêng tháng 3/2024 ước đạt 52.716 tỷ đồng, tăng 21,4% so với tháng trước và tăng "
        "24,9% so với cùng kỳ.",
        "Trong đó:",
        "- Trong các khu công nghiệp tháng 3 ước đạt 40.000 tỷ đồng, tăng 14,3% so với tháng "
        "trước; tăng 21,2% so với cùng kỳ.",
        "* Phân theo loại hình kinh tế:",
    ]


def test_sample_template_numbers_activities_after_its_own_headings(workspace: Path) -> None:
    """The retail row's «Mục» left blank (it joins the subsection above): the sample
    template, which heads its three figure subsections itself, numbered HoatDong's from
    the workbook's two «Mục», so "3. Hoạt động xuất nhập khẩu" was followed by
    "3. Công tác quản lý Công nghiệp"."""
    with_sheet(workspace, lambda wb: setattr(wb["ChiTieu"]["N10"], "value", None))
    config = load_config(workspace / "baocao.toml")
    texts = document_texts(build_report(config, Period(2024, 3), workspace / "r.docx").output)
    headings = [t for t in texts if t[:1].isdigit() and ". " in t[:4]]
    assert headings[:5] == [
        "1. Về sản xuất công nghiệp",
        "2. Về hoạt động thương mại",
        "3. Hoạt động xuất nhập khẩu",
        "4. Công tác quản lý Công nghiệp",
        "5. Công tác quản lý Năng lượng",
    ]


def test_a_copy_of_the_workbook_saved_after_it_is_a_warning(workspace: Path) -> None:
    """The month's workbook downloaded again ("2024-03 (1).xlsx") and filled there: the
    report read the old «2024-03.xlsx» without a word. A copy saved before the workbook
    (a backup, "2024-03 - Copy.xlsx") and one of the same bytes say nothing."""
    data = workspace / "data"
    with_sheet(workspace, lambda wb: setattr(wb["ChiTieu"]["D13"], "value", 1900))
    (data / "2024-03 (1).xlsx").write_bytes(book(workspace).read_bytes())
    (data / "2024-03 - Copy.xlsx").write_bytes(book(workspace).read_bytes())
    with_sheet(workspace, lambda wb: setattr(wb["ChiTieu"]["D13"], "value", 1822.5))
    (data / "2024-03 copy.xlsx").write_bytes(book(workspace).read_bytes())
    _saved_at(data / "2024-03 (1).xlsx", "2100-01-01T00:00:00Z")  # filled and saved in Excel
    os.utime(data / "2024-03 - Copy.xlsx", (1_700_000_000, 1_700_000_000))
    os.utime(book(workspace), (1_700_000_100, 1_700_000_100))
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {book(workspace)}: Thư mục có tệp «2024-03 (1).xlsx», bản sao của sổ "
            "này được lưu sau sổ này và khác sổ này, nhưng báo cáo chỉ đọc 2024-03.xlsx. Nếu số "
            "liệu tháng này nằm ở «2024-03 (1).xlsx», hãy đổi tên sổ cũ (hoặc xóa sổ cũ), rồi "
            "đổi tên tệp đó thành 2024-03.xlsx.",
            "Tổng cộng: 0 lỗi, 1 cảnh báo.",
        ],
    )


def test_the_month_named_otherwise_saved_after_the_workbook_is_a_warning(
    workspace: Path,
) -> None:
    """The month's workbook saved again as "2024-3.xlsx" (or "T03-2024.xlsx") and filled
    there, beside the «2024-03.xlsx» the report reads: said as a copy so filled is (the
    report read the old one without a word)."""
    data = workspace / "data"
    with_sheet(workspace, lambda wb: setattr(wb["ChiTieu"]["D13"], "value", 1900))
    for name in ("2024-3.xlsx", "T03-2024.xlsx"):
        (data / name).write_bytes(book(workspace).read_bytes())
        _saved_at(data / name, "2100-01-01T00:00:00Z")  # filled and saved in Excel
    with_sheet(workspace, lambda wb: setattr(wb["ChiTieu"]["D13"], "value", 1822.5))
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {book(workspace)}: Thư mục có tệp «{name}», bản sao của sổ này được "
            "lưu sau sổ này và khác sổ này, nhưng báo cáo chỉ đọc 2024-03.xlsx. Nếu số liệu "
            f"tháng này nằm ở «{name}», hãy đổi tên sổ cũ (hoặc xóa sổ cũ), rồi đổi tên tệp đó "
            "thành 2024-03.xlsx."
            for name in ("2024-3.xlsx", "T03-2024.xlsx")
        ]
        + ["Tổng cộng: 0 lỗi, 2 cảnh báo."],
    )


def _saved_at(path: Path, when: str) -> None:
    """Write ``when`` as the time the workbook at ``path`` says it was saved."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["docProps/core.xml"] = re.sub(
        rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + when.encode(), parts["docProps/core.xml"]
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_a_backup_copied_after_the_workbook_with_the_folder_says_nothing(
    workspace: Path,
) -> None:
    """A data folder copied to another computer (or synced, or checked out) gives each file
    the time it was copied: a backup "2024-03 - Copy.xlsx", saved in Excel a day before the
    workbook but copied after it, warned «bản sao của sổ này được lưu sau sổ này». The
    times the workbooks were saved at, kept inside them, now tell; a copy saved after the
    workbook still warns when its file was copied first."""
    data = workspace / "data"
    with_sheet(workspace, lambda wb: setattr(wb["ChiTieu"]["D13"], "value", 1900))
    (data / "2024-03 - Copy.xlsx").write_bytes(book(workspace).read_bytes())
    with_sheet(workspace, lambda wb: setattr(wb["ChiTieu"]["D13"], "value", 1822.5))
    (data / "2024-03 (1).xlsx").write_bytes((data / "2024-03 - Copy.xlsx").read_bytes())
    _saved_at(data / "2024-03 - Copy.xlsx", "2024-04-03T08:00:00Z")
    _saved_at(data / "2024-03 (1).xlsx", "2024-04-05T08:00:00Z")
    _saved_at(book(workspace), "2024-04-04T08:00:00Z")
    os.utime(book(workspace), (1_700_000_000, 1_700_000_000))
    os.utime(data / "2024-03 - Copy.xlsx", (1_700_000_100, 1_700_000_100))
    os.utime(data / "2024-03 (1).xlsx", (1_600_000_000, 1_600_000_000))
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {book(workspace)}: Thư mục có tệp «2024-03 (1).xlsx», bản sao của sổ "
            "này được lưu sau sổ này và khác sổ này, nhưng báo cáo chỉ đọc 2024-03.xlsx. Nếu số "
            "liệu tháng này nằm ở «2024-03 (1).xlsx», hãy đổi tên sổ cũ (hoặc xóa sổ cũ), rồi "
            "đổi tên tệp đó thành 2024-03.xlsx.",
            "Tổng cộng: 0 lỗi, 1 cảnh báo.",
        ],
    )


def test_a_copy_whose_saved_time_is_damaged_is_said_by_its_files_time(workspace: Path) -> None:
    """A copy whose part holding the time it was saved (docProps/core.xml) is damaged
    (its compressed bytes garbled) stopped check with a traceback (zlib.error): the copy
    cannot be read, so it differs, and its file's time says it was saved after."""
    import io
    import zipfile

    data = book(workspace).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        core = archive.getinfo("docProps/core.xml")
    start = core.header_offset + 30 + len(core.filename) + len(core.extra) + 4
    garbled = bytes(b ^ 0xFF for b in data[start : start + 16])
    copy = workspace / "data" / "2024-03 - Copy.xlsx"
    copy.write_bytes(data[:start] + garbled + data[start + 16 :])
    os.utime(book(workspace), (1_700_000_000, 1_700_000_000))
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {book(workspace)}: Thư mục có tệp «2024-03 - Copy.xlsx», bản sao của "
            "sổ này được lưu sau sổ này và khác sổ này, nhưng báo cáo chỉ đọc 2024-03.xlsx. Nếu "
            "số liệu tháng này nằm ở «2024-03 - Copy.xlsx», hãy đổi tên sổ cũ (hoặc xóa sổ cũ), "
            "rồi đổi tên tệp đó thành 2024-03.xlsx.",
            "Tổng cộng: 0 lỗi, 1 cảnh báo.",
        ],
    )


def test_the_month_saved_after_it_in_another_format_is_a_warning(workspace: Path) -> None:
    """The month's edits saved by LibreOffice Calc as «2024-03.ods» ("Use ODF Format!"), or
    by Excel as .xls, .xlsm or .xlsb, left «2024-03.xlsx» as it was, and check and build
    read it without a word (attack21). One saved after the workbook is a warning; one saved
    before it (the .xls the workbook was converted from) says nothing."""
    data = workspace / "data"
    for name in ("2024-03.ods", "2024-03.XLS", "2024-03.xlsb"):
        (data / name).write_bytes(b"not read")
    os.utime(book(workspace), (1_700_000_000, 1_700_000_000))
    for name in ("2024-03.ods", "2024-03.XLS"):
        os.utime(data / name, (1_700_000_100, 1_700_000_100))
    os.utime(data / "2024-03.xlsb", (1_600_000_000, 1_600_000_000))
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {book(workspace)}: Thư mục có tệp «{name}», được lưu sau sổ này, nhưng "
            f"báo cáo chỉ đọc 2024-03.xlsx (tệp {suffix} thì không đọc được). Nếu số liệu tháng "
            f"này nằm ở «{name}», hãy mở tệp đó bằng Excel hoặc LibreOffice và lưu lại dưới "
            "dạng .xlsx với tên 2024-03.xlsx, thay cho sổ cũ."
            for name, suffix in (("2024-03.XLS", ".xls"), ("2024-03.ods", ".ods"))
        ]
        + ["Tổng cộng: 0 lỗi, 2 cảnh báo."],
    )


def test_a_copy_saved_after_the_workbook_with_its_cells_is_not_said(workspace: Path) -> None:
    """A copy saved with "Save As" after the workbook holds its cells but other bytes (the
    time it was saved): it was said to differ from the workbook, a false warning every
    month the office keeps such a backup."""
    copy = workspace / "data" / "2024-03 - Copy.xlsx"
    load_workbook(book(workspace)).save(copy)
    assert copy.read_bytes() != book(workspace).read_bytes()
    os.utime(book(workspace), (1_700_000_000, 1_700_000_000))
    assert check() == (0, ["Tổng cộng: 0 lỗi, 0 cảnh báo."])


def test_a_same_period_column_pasted_from_the_month_is_a_warning(workspace: Path) -> None:
    """«Tháng báo cáo» pasted into «Cùng kỳ» too (and «Lũy kế» into «Lũy kế cùng kỳ»), in
    an office without last year's workbooks: the report said "bằng cùng kỳ" of every
    indicator without a word."""

    def change(wb: Any) -> None:
        ws = wb["ChiTieu"]
        for r in range(2, 15):
            ws.cell(row=r, column=6).value = ws.cell(row=r, column=4).value
            ws.cell(row=r, column=8).value = ws.cell(row=r, column=7).value

    with_sheet(workspace, change)
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {book(workspace)}, ChiTieu!F2: «Cùng kỳ» của cả 13 chỉ tiêu đều bằng "
            "«Tháng báo cáo» của chính chỉ tiêu đó: có lẽ cột «Tháng báo cáo» được dán cả vào "
            "cột «Cùng kỳ», và báo cáo sẽ viết «bằng cùng kỳ» cho mọi chỉ tiêu. Hãy ghi số của "
            "tháng 3/2023 vào cột «Cùng kỳ».",
            f"CẢNH BÁO: {book(workspace)}, ChiTieu!H2: «Lũy kế cùng kỳ» của cả 13 chỉ tiêu đều "
            "bằng «Lũy kế» của chính chỉ tiêu đó: có lẽ cột «Lũy kế» được dán cả vào cột «Lũy "
            "kế cùng kỳ», và báo cáo sẽ viết «bằng cùng kỳ» cho mọi chỉ tiêu. Hãy ghi số lũy "
            "kế đến tháng 3/2023 vào cột «Lũy kế cùng kỳ».",
            "Tổng cộng: 0 lỗi, 2 cảnh báo.",
        ],
    )


def test_a_pasted_same_period_column_is_said_once_beside_last_years_workbook(
    workspace: Path,
) -> None:
    """«Tháng báo cáo» pasted into «Cùng kỳ» with last year's and last month's workbooks in
    the folder: besides the column's warning, each of the 13 cells was said to differ from
    2023-03.xlsx and each «Lũy kế cùng kỳ» from February's plus this «Cùng kỳ», 27 warnings
    for one slip. The column is said once; «Lũy kế cùng kỳ» is still checked, against last
    year's own «Lũy kế». So is a pasted «Lũy kế cùng kỳ»."""
    for name in ("2023-03.xlsx", "2024-02.xlsx"):
        (workspace / "data" / name).write_bytes((SAMPLE_WORKBOOK.parent / name).read_bytes())

    def change(wb: Any) -> None:
        ws = wb["ChiTieu"]
        for r in range(2, 15):
            ws.cell(row=r, column=6).value = ws.cell(row=r, column=4).value
        ws["H14"].value = 3500

    with_sheet(workspace, change)
    same_period = (
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!F2: «Cùng kỳ» của cả 13 chỉ tiêu đều bằng "
        "«Tháng báo cáo» của chính chỉ tiêu đó: có lẽ cột «Tháng báo cáo» được dán cả vào cột "
        "«Cùng kỳ», và báo cáo sẽ viết «bằng cùng kỳ» cho mọi chỉ tiêu. Hãy ghi số của tháng "
        "3/2023 vào cột «Cùng kỳ»."
    )
    assert check() == (
        0,
        [
            same_period,
            f"CẢNH BÁO: {book(workspace)}, ChiTieu!H14: «Lũy kế cùng kỳ» của «nhap_khau» "
            "(3.500,0) khác «Lũy kế» trong 2023-03.xlsx (ChiTieu!G14) (3.700,2); báo cáo dùng số "
            "đã ghi.",
            "Tổng cộng: 0 lỗi, 2 cảnh báo.",
        ],
    )

    def paste_ytd(wb: Any) -> None:
        ws = wb["ChiTieu"]
        for r in range(2, 15):
            ws.cell(row=r, column=8).value = ws.cell(row=r, column=7).value

    with_sheet(workspace, paste_ytd)  # 13 more warnings against 2023-03.xlsx, were
    assert check() == (
        0,
        [
            same_period,
            f"CẢNH BÁO: {book(workspace)}, ChiTieu!H2: «Lũy kế cùng kỳ» của cả 13 chỉ tiêu đều "
            "bằng «Lũy kế» của chính chỉ tiêu đó: có lẽ cột «Lũy kế» được dán cả vào cột «Lũy "
            "kế cùng kỳ», và báo cáo sẽ viết «bằng cùng kỳ» cho mọi chỉ tiêu. Hãy ghi số lũy "
            "kế đến tháng 3/2023 vào cột «Lũy kế cùng kỳ».",
            "Tổng cộng: 0 lỗi, 2 cảnh báo.",
        ],
    )


def test_an_index_sheet_copied_from_last_month_is_a_warning(workspace: Path) -> None:
    """ChiSoSXCN left as February's (every branch's index to the hundredth): the report
    printed February's index as March's without a word. One branch updated is no copy."""
    february = workspace / "data" / "2024-02.xlsx"
    wb = load_workbook(SAMPLE_WORKBOOK.parent / "2024-02.xlsx")
    for values in load_workbook(book(workspace))["ChiSoSXCN"].iter_rows(
        min_row=2, values_only=True
    ):
        wb["ChiSoSXCN"].append(values)
    wb.save(february)
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {book(workspace)}, ChiSoSXCN!C2: Các chỉ số của cả 5 dòng trang "
            "«ChiSoSXCN» đều bằng chỉ số trong sổ tháng trước 2024-02.xlsx (tháng 2/2024): có "
            "lẽ trang được chép từ sổ tháng trước mà chưa cập nhật, và báo cáo sẽ viết chỉ số "
            "tháng 2/2024 là của tháng 3/2024. Hãy ghi chỉ số của tháng 3/2024.",
            "Tổng cộng: 0 lỗi, 1 cảnh báo.",
        ],
    )
    wb["ChiSoSXCN"]["C3"].value = 120.5
    wb.save(february)
    assert check() == (0, ["Tổng cộng: 0 lỗi, 0 cảnh báo."])


def test_a_month_named_as_title_of_a_lacking_month_column_is_said(workspace: Path) -> None:
    """«Tháng trước» retitled "Tháng 2/2024" (as a table heads its months) with a revision
    typed under it: the column was passed over with notes only ("không có trong các sổ
    trước"), the revision lost. Now said at the title, as a near title is."""

    def change(wb: Any) -> None:
        ws = wb["ChiTieu"]
        ws["E1"].value = "Tháng 2/2024"
        ws["E13"].value = 1700

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 0
    assert [line for line in lines if line.startswith(("CẢNH BÁO", "LỖI"))] == [
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!E1: Tiêu đề «Tháng 2/2024» không phải tên cột "
        "nào của sổ, nhưng giống cột «Tháng trước», cột mà trang này không có: số liệu dưới "
        "tiêu đề này không được đọc. Nếu đây là cột «Tháng trước», hãy sửa tiêu đề cho đúng "
        "«Tháng trước»; nếu không, hãy đặt cho nó tên khác."
    ]


def test_month_titles() -> None:
    """ChiTieu's titles naming a month alone, in header_words' spelling, abbreviations
    spelled out: taken for the month column lacking beside the other, or, with both
    lacking, by two months in a row (December before January)."""
    from baocao.monthtitles import names_a_month, names_last_years_month, titled_months

    titles = ["uoc thuc hien thang 5 2020", "thuc hien thang 4 2020", "ke hoach nam 2020"]
    months = titled_months([*titles, "thang 5 2019"])
    assert months == [(5, 2020), (4, 2020), (5, 2019)]
    assert names_a_month("value", titles[0], False, months)
    assert names_a_month("previous", titles[1], False, months)
    assert not names_a_month("previous", titles[0], False, months)
    assert not names_a_month("value", titles[1], False, months)
    assert not names_a_month("value", "thang 5 2019", False, months)  # last year's
    assert not names_a_month("previous", "thang 5 2019", False, months)
    assert names_a_month("value", "thang 1 2021", False, [(12, 2020), (1, 2021)])
    assert names_a_month("previous", "t12 2020", False, [(12, 2020), (1, 2021)])
    assert not names_a_month("value", "thang 1 2021", False, [(12, 2021), (1, 2021)])
    assert names_a_month("value", "thang 5", False, [(4, None), (5, None)])
    assert not names_a_month("value", "thang 5", False, [(5, None)])  # which one is unknown
    assert not names_a_month("value", "thang 5", False, [(5, None), (3, None)])
    assert names_a_month("value", "uoc thuc hien thang 5", True, [(5, None)])
    assert not names_a_month("ytd", "thang 5", True, [(5, None)])
    assert names_last_years_month("thang 5 2019", months)
    assert not names_last_years_month("thang 5", months)
    assert not names_last_years_month(titles[1], months)


def test_months_named_as_titles_of_both_month_columns_are_said(workspace: Path) -> None:
    """«Tháng báo cáo», «Tháng trước» and «Cùng kỳ» headed by their months as a department's
    table heads them ("Ước TH tháng 3/2024", "Thực hiện tháng 2/2024", "Tháng 3/2023"): no
    title was said,
    the month's figures went unread (only a warning at each row that «Tháng báo cáo» was
    blank, the figure being there) and last month's were taken from the earlier workbook.
    Now each title is said, an error for the month's as for any near title of it."""

    def change(wb: Any) -> None:
        wb["ChiTieu"]["D1"].value = "Ước TH tháng 3/2024"
        wb["ChiTieu"]["E1"].value = "Thực hiện tháng 2/2024"
        wb["ChiTieu"]["F1"].value = "Tháng 3/2023"

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 1
    said = "số liệu dưới tiêu đề này không được đọc"
    assert [line for line in lines if line.startswith(("CẢNH BÁO", "LỖI"))] == [
        f"LỖI: {book(workspace)}, ChiTieu!D1: Tiêu đề «Ước TH tháng 3/2024» không phải tên "
        f"cột nào của sổ, nhưng giống cột «Tháng báo cáo», cột mà trang này không có: {said}. "
        "Nếu đây là cột «Tháng báo cáo», hãy sửa tiêu đề cho đúng «Tháng báo cáo»; nếu "
        "không, hãy đặt cho nó tên khác.",
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!E1: Tiêu đề «Thực hiện tháng 2/2024» không "
        f"phải tên cột nào của sổ, nhưng giống cột «Tháng trước», cột mà trang này không có: "
        f"{said}. Nếu đây là cột «Tháng trước», hãy sửa tiêu đề cho đúng «Tháng trước»; nếu "
        "không, hãy đặt cho nó tên khác.",
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!F1: Tiêu đề «Tháng 3/2023» không phải tên cột "
        f"nào của sổ, nhưng giống cột «Cùng kỳ», cột mà trang này không có: {said}. Nếu đây "
        "là cột «Cùng kỳ», hãy sửa tiêu đề cho đúng «Cùng kỳ»; nếu không, hãy đặt cho nó tên "
        "khác.",
    ]


def test_a_period_named_as_title_of_the_lacking_total_column_is_said(workspace: Path) -> None:
    """«Lũy kế» headed by the period it covers ("3 tháng đầu năm 2024", as a table heads
    it; a year's report heads it "Cả năm", as its own appendix does) was passed over
    without a word at the title: the totals typed under it went unread, the check asked at
    each row (ChiTieu!2:2) to type the «Lũy kế» typed beside, and a build without --strict
    left every total out. Now said at the title, as a near title is."""

    def change(wb: Any) -> None:
        ws = wb["ChiTieu"]
        ws["G1"].value = "3 tháng đầu năm 2024"

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 0
    assert [line for line in lines if line.startswith(("CẢNH BÁO", "LỖI"))][:1] == [
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!G1: Tiêu đề «3 tháng đầu năm 2024» không phải "
        "tên cột nào của sổ, nhưng giống cột «Lũy kế», cột mà trang này không có: số liệu "
        "dưới tiêu đề này không được đọc. Nếu đây là cột «Lũy kế», hãy sửa tiêu đề cho đúng "
        "«Lũy kế»; nếu không, hãy đặt cho nó tên khác."
    ]


def test_last_years_period_as_title_of_the_lacking_total_column_is_said(workspace: Path) -> None:
    """«Lũy kế cùng kỳ» headed "Cùng kỳ 3 tháng 2023" (its words "cùng kỳ" alone, «Cùng
    kỳ»'s, which the sheet has) was passed over without a word: check --strict said 0 cảnh
    báo, and the report worked last year's total out from the earlier workbooks (a note),
    the figure typed under it unread. Now said at the title."""

    def change(wb: Any) -> None:
        wb["ChiTieu"]["H1"].value = "Cùng kỳ 3 tháng 2023"

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 0
    assert [line for line in lines if line.startswith(("CẢNH BÁO", "LỖI"))][:1] == [
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!H1: Tiêu đề «Cùng kỳ 3 tháng 2023» không phải "
        "tên cột nào của sổ, nhưng giống cột «Lũy kế cùng kỳ», cột mà trang này không có: số "
        "liệu dưới tiêu đề này không được đọc. Nếu đây là cột «Lũy kế cùng kỳ», hãy sửa tiêu "
        "đề cho đúng «Lũy kế cùng kỳ»; nếu không, hãy đặt cho nó tên khác."
    ]


def test_total_titles() -> None:
    """The titles read as a period's total, in header_words' spelling, and some that are not."""
    from baocao.totaltitles import names_a_total

    said = [
        "ca nam",
        "uoc thuc hien nam 2021",
        "thuc hien nam 2020",
        "12 thang nam 2021",
        "uoc 12 thang",
        "6 thang dau nam 2024",
        "ca nam 2021 uoc",
        "uth nam 2021",
    ]
    assert [t for t in said if not names_a_total("ChiTieu", "ytd", t)] == []
    quiet = ["nam", "ke hoach nam 2021", "thang 12", "ghi chu", "ma"]
    assert [t for t in quiet if names_a_total("ChiTieu", "ytd", t)] == []
    assert not names_a_total("HoatDong", "ytd", "ca nam")
    assert not names_a_total("ChiTieu", "value", "ca nam")
    last_year = ["cung ki 5 thang 2019", "5 thang dau nam cung ki nam truoc", "cung ki ca nam"]
    assert [t for t in last_year if not names_a_total("ChiTieu", "ytd_same_period", t)] == []
    assert [t for t in last_year if names_a_total("ChiTieu", "ytd", t)] == []
    month_of_last_year = ["cung ki nam truoc", "cung ki nam 2019", "cung ki 2019"]
    assert [t for t in month_of_last_year if names_a_total("ChiTieu", "ytd_same_period", t)] == []
    index = [
        "chi so 11 thang so voi cung ki %",
        "chi so ca nam so voi cung ki nam truoc %",
        "chi so nam 2021 so voi nam 2020 %",
        "12 thang nam 2021 so voi cung ki %",
    ]
    assert [t for t in index if not names_a_total("ChiSoSXCN", "ytd_index", t)] == []
    assert not names_a_total("ChiSoSXCN", "ytd_index", "chi so thang 11 so voi cung ki %")
    assert not names_a_total("ChiSoSXCN", "index", "chi so 11 thang so voi cung ki %")


def test_month_index_titles() -> None:
    """ChiSoSXCN's month's index headed by its month, in header_words' spelling: against
    the same month of last year, or the previous month; and titles that are neither."""
    from baocao.totaltitles import names_a_total

    same = [
        "chi so thang 5 2020 so voi cung ki %",
        "chi so thang 5 nam 2020 so voi cung ki nam truoc %",
        "chi so thang 5 2020 so voi thang 5 2019 %",
        "thang 11 so voi cung thang nam truoc %",
    ]
    assert [t for t in same if not names_a_total("ChiSoSXCN", "index", t)] == []
    previous = [
        "chi so thang 5 2020 so voi thang 4 2020 %",
        "thang 5 so voi thang truoc %",
        "t5 2020 so voi t4 2020",
        "thang 1 2021 so voi thang 12 2020 %",
    ]
    assert [t for t in previous if not names_a_total("ChiSoSXCN", "mom_index", t)] == []
    assert [t for t in same if names_a_total("ChiSoSXCN", "mom_index", t)] == []
    assert [t for t in previous if names_a_total("ChiSoSXCN", "index", t)] == []
    assert not names_a_total("ChiSoSXCN", "mom_index", "thang 5 so voi thang 3 %")
    assert not names_a_total("ChiSoSXCN", "index", "chi so 11 thang so voi cung ki %")
    assert not names_a_total("ChiTieu", "value", "thang 5 so voi cung ki %")


def test_a_month_named_in_the_title_of_the_lacking_index_column_is_said(
    workspace: Path,
) -> None:
    """ChiSoSXCN's «Chỉ số so với tháng trước (%)» headed by its months, as a department's
    table heads it ("Chỉ số tháng 3/2024 so với tháng 2/2024 (%)"), had its indices passed
    over with exit 0 under --strict: the report left "tăng 2,15% so với tháng trước" out
    without a word. Now an error at the title, as the year-to-date's is."""

    def change(wb: Any) -> None:
        wb["ChiSoSXCN"]["F1"].value = "Chỉ số tháng 3/2024 so với tháng 2/2024 (%)"
        wb["ChiSoSXCN"]["F2"].value = 102.15

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 1
    assert [line for line in lines if line.startswith(("CẢNH BÁO", "LỖI"))] == [
        f"LỖI: {book(workspace)}, ChiSoSXCN!F1: Tiêu đề «Chỉ số tháng 3/2024 so với tháng "
        "2/2024 (%)» không phải tên cột nào của sổ, nhưng giống cột «Chỉ số so với tháng "
        "trước (%)», cột mà trang này không có: số liệu dưới tiêu đề này không được đọc. Nếu "
        "đây là cột «Chỉ số so với tháng trước (%)», hãy sửa tiêu đề cho đúng «Chỉ số so với "
        "tháng trước (%)»; nếu không, hãy đặt cho nó tên khác."
    ]


def test_a_period_named_in_the_title_of_the_lacking_index_column_is_said(
    workspace: Path,
) -> None:
    """ChiSoSXCN's «Chỉ số lũy kế so với cùng kỳ (%)» headed by its period, as the
    statistics office's table heads it ("Chỉ số 3 tháng so với cùng kỳ (%)"), had its
    indices passed over in a monthly report with exit 0 under --strict: the report left
    the year-to-date index out without a word. Now an error at the title, as a near title
    of the other index columns is."""

    def change(wb: Any) -> None:
        wb["ChiSoSXCN"]["D1"].value = "Chỉ số 3 tháng so với cùng kỳ (%)"

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 1
    assert [line for line in lines if line.startswith(("CẢNH BÁO", "LỖI"))] == [
        f"LỖI: {book(workspace)}, ChiSoSXCN!D1: Tiêu đề «Chỉ số 3 tháng so với cùng kỳ "
        "(%)» không phải tên cột nào của sổ, nhưng giống cột «Chỉ số lũy kế so với cùng kỳ "
        "(%)», cột mà trang này không có: số liệu dưới tiêu đề này không được đọc. Nếu đây là "
        "cột «Chỉ số lũy kế so với cùng kỳ (%)», hãy sửa tiêu đề cho đúng «Chỉ số lũy kế so "
        "với cùng kỳ (%)»; nếu không, hãy đặt cho nó tên khác."
    ]


def test_last_years_whole_year_beside_the_figures_is_no_total_column(workspace: Path) -> None:
    """An office without «Lũy kế cùng kỳ» (an optional column) that keeps last year's
    whole year beside its figures, titled "Thực hiện năm 2023" in the March 2024 workbook,
    was warned "Tiêu đề «Thực hiện năm 2023» … giống cột «Lũy kế cùng kỳ», cột mà trang
    này không có" on a correct workbook: a year's total is no year-to-date of March. The
    period's own total stays said ("3 tháng đầu năm 2023" there)."""

    def change(title: str) -> Any:
        def edit(wb: Any) -> None:
            ws = wb["ChiTieu"]
            ws["H1"].value = title
            for row in range(2, ws.max_row + 1):
                if isinstance(ws.cell(row, 8).value, (int, float)):
                    ws.cell(row, 8).value = ws.cell(row, 8).value * 4

        return edit

    with_sheet(workspace, change("Thực hiện năm 2023"))
    code, lines = check()
    assert code == 0
    assert [line for line in lines if "Thực hiện năm 2023" in line] == []
    with_sheet(workspace, change("3 tháng đầu năm 2023"))
    code, lines = check()
    assert [line for line in lines if line.startswith("CẢNH BÁO") and "ChiTieu!H1" in line] == [
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!H1: Tiêu đề «3 tháng đầu năm 2023» không phải "
        "tên cột nào của sổ, nhưng giống cột «Lũy kế cùng kỳ», cột mà trang này không có: số "
        "liệu dưới tiêu đề này không được đọc. Nếu đây là cột «Lũy kế cùng kỳ», hãy sửa tiêu "
        "đề cho đúng «Lũy kế cùng kỳ»; nếu không, hãy đặt cho nó tên khác."
    ]
    from baocao.totaltitles import names_a_total

    assert not names_a_total("ChiTieu", "ytd", "ca nam", (2024, 3))
    assert names_a_total("ChiTieu", "ytd", "ca nam", (2024, 12))
    assert not names_a_total("ChiTieu", "ytd", "uoc thuc hien nam 2023", (2024, 12))
    assert names_a_total("ChiTieu", "ytd_same_period", "thuc hien nam 2023", (2024, 12))
    assert names_a_total("ChiSoSXCN", "ytd_index", "chi so 11 thang so voi cung ki %", (2024, 11))
    assert not names_a_total("ChiSoSXCN", "ytd_index", "chi so nam 2023 so voi nam 2022", (2024, 9))


def test_last_years_period_led_by_nam_truoc_is_its_months() -> None:
    """ "Cùng kỳ năm trước 5 tháng" in the May 2020 workbook (a sheet without «Lũy kế cùng
    kỳ») went unsaid, its figures unread: "năm" of "năm trước" was taken for the whole
    year, twelve months, not May's five. In December it was said for the same reason,
    though it names five months."""
    from baocao.totaltitles import names_a_total

    title = "cung ki nam truoc 5 thang"
    assert names_a_total("ChiTieu", "ytd_same_period", title, (2020, 5))
    assert names_a_total("ChiTieu", "ytd_same_period", f"thuc hien {title}", (2020, 5))
    assert not names_a_total("ChiTieu", "ytd_same_period", title, (2020, 12))
    assert names_a_total("ChiTieu", "ytd_same_period", "cung ki nam truoc ca nam", (2020, 12))
    assert not names_a_total("ChiTieu", "ytd_same_period", "cung ki nam truoc ca nam", (2020, 5))


def test_month_titles_by_the_workbooks_period() -> None:
    """In May 2020, "Tháng 5/2019" beside «Tháng báo cáo» was said as «Tháng trước» (a
    false alarm on a workbook that keeps last year's month as a column of its own), and
    beside both month columns it went unsaid where «Cùng kỳ» lacks, its figures unread.
    With the workbook's period, a title is said for the column whose month it names."""
    from baocao.monthtitles import names_a_month, names_last_years_month

    may = (2020, 5)
    assert not names_a_month("previous", "thang 5 2019", True, [(5, 2019)], may)
    assert names_a_month("previous", "thang 4 2020", True, [(4, 2020)], may)
    assert names_a_month("previous", "thuc hien thang 4", True, [(4, None)], may)
    assert not names_a_month("previous", "thang 3", True, [(3, None)], may)
    assert names_a_month("value", "uoc thuc hien thang 5 2020", False, [(5, 2020)], may)
    assert not names_a_month("value", "thang 5 2019", False, [(5, 2019), (4, 2019)], may)
    assert names_a_month("previous", "t12 2019", False, [(12, 2019)], (2020, 1))
    assert names_last_years_month("thang 5 2019", [(5, 2019)], may)
    assert not names_last_years_month("thang 4 2019", [(4, 2019), (4, 2020)], may)
    assert not names_last_years_month("thang 5", [(5, None)], may)


def test_last_years_month_beside_this_months_column_is_no_previous(workspace: Path) -> None:
    """The March 2024 sample with «Tháng trước» (filled by the earlier workbooks) retitled
    "Tháng 3/2023", last year's March kept beside «Cùng kỳ»: warned «Tiêu đề «Tháng 3/2023»
    … giống cột «Tháng trước»» on a correct workbook. It names no column the sheet lacks."""

    def change(wb: Any) -> None:
        wb["ChiTieu"]["E1"].value = "Tháng 3/2023"

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 0
    assert [line for line in lines if "ChiTieu!E1" in line] == []


def test_last_months_index_kept_beside_is_no_index_column(workspace: Path) -> None:
    """The March 2024 sample's «Chỉ số so với tháng trước (%)» (an optional column) retitled
    "Chỉ số tháng 2/2024 so với tháng 1/2024 (%)", February's index kept as a column of its
    own, was the error «ChiSoSXCN!F1: Tiêu đề «Chỉ số tháng 2/2024 so với tháng 1/2024 (%)»
    … giống cột «Chỉ số so với tháng trước (%)»» on a correct workbook (exit 1). Only the
    workbook's month's index is said so."""

    def change(wb: Any) -> None:
        wb["ChiSoSXCN"]["F1"].value = "Chỉ số tháng 2/2024 so với tháng 1/2024 (%)"

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 0
    assert [line for line in lines if "ChiSoSXCN!F1" in line] == []
    from baocao.totaltitles import names_a_total

    title = "chi so thang 1 2025 so voi thang 12 2024 %"
    assert names_a_total("ChiSoSXCN", "mom_index", title, (2025, 1))
    assert not names_a_total("ChiSoSXCN", "mom_index", title, (2024, 1))
    assert names_a_total("ChiSoSXCN", "index", "chi so thang 3 so voi cung ki %", (2024, 3))
    assert not names_a_total("ChiSoSXCN", "index", "chi so thang 2 so voi cung ki %", (2024, 3))


def test_this_years_period_beside_the_total_is_no_last_years_total() -> None:
    """A December ChiTieu with «Lũy kế» and without «Lũy kế cùng kỳ» (optional) keeping
    "Ước thực hiện cả năm" (or "Thực hiện 5 tháng" in May) as a column of its own was
    warned «… giống cột «Lũy kế cùng kỳ»»: a period named without "cùng kỳ" and without
    last year's number is this year's, no «Lũy kế cùng kỳ»."""
    from baocao.totaltitles import names_a_total

    assert not names_a_total("ChiTieu", "ytd_same_period", "uoc thuc hien ca nam", (2024, 12))
    assert not names_a_total("ChiTieu", "ytd_same_period", "thuc hien 5 thang", (2020, 5))
    assert names_a_total("ChiTieu", "ytd_same_period", "thuc hien 5 thang nam 2019", (2020, 5))
    assert names_a_total("ChiTieu", "ytd_same_period", "5 thang cung ki nam truoc", (2020, 5))
    assert names_a_total("ChiTieu", "ytd", "uoc thuc hien ca nam", (2024, 12))


def test_the_statistics_offices_cumulative_title_is_said(workspace: Path) -> None:
    """«Lũy kế» and «Lũy kế cùng kỳ» headed as the statistics office's tables head them,
    "Cộng dồn từ đầu năm đến cuối tháng báo cáo" and "Cộng dồn cùng kỳ năm trước", were
    passed over without a word at the titles: a Kon Tum workbook of the 11 months' retail
    figures got "Cần «Tháng báo cáo» (hoặc ít nhất «Lũy kế»)" at every row's blank D cell,
    the totals typed under G unread. Now each title is said, as a near title is."""

    def change(wb: Any) -> None:
        wb["ChiTieu"]["G1"].value = "Cộng dồn từ đầu năm đến cuối tháng báo cáo"
        wb["ChiTieu"]["H1"].value = "Cộng dồn cùng kỳ năm trước"

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 0
    said = "số liệu dưới tiêu đề này không được đọc"
    assert [line for line in lines if line.startswith(("CẢNH BÁO", "LỖI"))][:2] == [
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!G1: Tiêu đề «Cộng dồn từ đầu năm đến cuối "
        "tháng báo cáo» không phải tên cột nào của sổ, nhưng giống cột «Lũy kế», cột mà "
        f"trang này không có: {said}. Nếu đây là cột «Lũy kế», hãy sửa tiêu đề cho đúng "
        "«Lũy kế»; nếu không, hãy đặt cho nó tên khác.",
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!H1: Tiêu đề «Cộng dồn cùng kỳ năm trước» "
        "không phải tên cột nào của sổ, nhưng giống cột «Lũy kế cùng kỳ», cột mà trang này "
        f"không có: {said}. Nếu đây là cột «Lũy kế cùng kỳ», hãy sửa tiêu đề cho đúng «Lũy "
        "kế cùng kỳ»; nếu không, hãy đặt cho nó tên khác.",
    ]


def test_cumulative_titles() -> None:
    """Titles that name the year-to-date "cộng dồn", in header_words' spelling, for a
    March workbook; and ratios and other periods', which do not."""
    from baocao.totaltitles import names_a_total

    ytd = [
        "cong don",
        "cong don tu dau nam den cuoi thang bao cao",
        "cong don den thang bao cao",
        "uoc tinh cong don",
        "cong don 3 thang",
        "cong don 3 thang nam 2024",
    ]
    assert [t for t in ytd if not names_a_total("ChiTieu", "ytd", t, (2024, 3))] == []
    same = [
        "cong don cung ki nam truoc",
        "cong don tu dau nam den cuoi thang bao cao cung ki nam truoc",
        "cung ki nam truoc cong don",
        "cong don cung ki 3 thang",
        "cong don 3 thang nam 2023",
    ]
    assert [t for t in same if not names_a_total("ChiTieu", "ytd_same_period", t, (2024, 3))] == []
    assert [t for t in same if names_a_total("ChiTieu", "ytd", t, (2024, 3))] == []
    assert [t for t in ytd if names_a_total("ChiTieu", "ytd_same_period", t, (2024, 3))] == []
    assert not names_a_total("ChiTieu", "ytd", "cong don 2 thang", (2024, 3))
    assert not names_a_total("ChiTieu", "ytd", "cong don so voi cung ki %", (2024, 3))
    assert not names_a_total("ChiTieu", "value", "cong don", (2024, 3))


def test_index_titles_of_the_report_month_are_said(workspace: Path) -> None:
    """ChiSoSXCN's indices headed as the appendix heads its columns, "Tháng báo cáo so với
    cùng kỳ năm trước (%)", "Tháng báo cáo so với tháng trước (%)", and the year-to-date's
    as the statistics office does, "Cộng dồn từ đầu năm đến cuối tháng báo cáo so với cùng
    kỳ năm trước (%)": no title was said, and check gave only "ChiSoSXCN!2:2: Cần ít nhất
    một chỉ số …" at a row whose three indices were typed. Now each title is said."""

    def change(wb: Any) -> None:
        ws = wb["ChiSoSXCN"]
        ws["C1"].value = "Tháng báo cáo so với cùng kỳ năm trước (%)"
        ws["D1"].value = "Cộng dồn từ đầu năm đến cuối tháng báo cáo so với cùng kỳ (%)"
        ws["F1"].value = "Tháng báo cáo so với tháng trước (%)"

    with_sheet(workspace, change)
    code, lines = check()
    assert code == 1
    said = "không phải tên cột nào của sổ, nhưng giống cột"
    assert [line for line in lines if line.startswith(("CẢNH BÁO", "LỖI"))] == [
        f"LỖI: {book(workspace)}, ChiSoSXCN!C1: Tiêu đề «Tháng báo cáo so với cùng kỳ năm "
        f"trước (%)» {said} «Chỉ số so với cùng kỳ (%)», cột mà trang này không có: số liệu "
        "dưới tiêu đề này không được đọc. Nếu đây là cột «Chỉ số so với cùng kỳ (%)», hãy sửa "
        "tiêu đề cho đúng «Chỉ số so với cùng kỳ (%)»; nếu không, hãy đặt cho nó tên khác.",
        f"LỖI: {book(workspace)}, ChiSoSXCN!D1: Tiêu đề «Cộng dồn từ đầu năm đến cuối tháng "
        f"báo cáo so với cùng kỳ (%)» {said} «Chỉ số lũy kế so với cùng kỳ (%)», cột mà trang "
        "này không có: số liệu dưới tiêu đề này không được đọc. Nếu đây là cột «Chỉ số lũy kế "
        "so với cùng kỳ (%)», hãy sửa tiêu đề cho đúng «Chỉ số lũy kế so với cùng kỳ (%)»; "
        "nếu không, hãy đặt cho nó tên khác.",
        f"LỖI: {book(workspace)}, ChiSoSXCN!F1: Tiêu đề «Tháng báo cáo so với tháng trước "
        f"(%)» {said} «Chỉ số so với tháng trước (%)», cột mà trang này không có: số liệu "
        "dưới tiêu đề này không được đọc. Nếu đây là cột «Chỉ số so với tháng trước (%)», hãy "
        "sửa tiêu đề cho đúng «Chỉ số so với tháng trước (%)»; nếu không, hãy đặt cho nó tên "
        "khác.",
    ]


def test_report_month_index_titles() -> None:
    """ChiSoSXCN's titles naming the month "tháng báo cáo" and the year-to-date "cộng dồn",
    in header_words' spelling, in a March workbook and one of unknown month."""
    from baocao.totaltitles import names_a_total

    march = (2024, 3)
    cases = {
        "thang bao cao so voi cung ki nam truoc %": "index",
        "thang bao cao so voi cung thang nam truoc %": "index",
        "chi so thang bao cao so voi thang truoc %": "mom_index",
        "thang bao cao so voi thang 2 2024 %": "mom_index",
        "thang bao cao so voi thang 3 2023 %": "index",
        "cong don tu dau nam den cuoi thang bao cao so voi cung ki nam truoc %": "ytd_index",
        "chi so cong don so voi cung ki %": "ytd_index",
    }
    fields = ("index", "mom_index", "ytd_index")
    read = {t: [f for f in fields if names_a_total("ChiSoSXCN", f, t, march)] for t in cases}
    assert read == {t: [f] for t, f in cases.items()}
    assert not names_a_total("ChiSoSXCN", "mom_index", "thang bao cao so voi thang 1 2024 %", march)
    assert not names_a_total("ChiSoSXCN", "mom_index", "thang bao cao so voi thang 2 2024 %")
    assert names_a_total("ChiSoSXCN", "index", "thang bao cao so voi cung ki %")


def test_index_titles_against_the_same_month_so_named() -> None:
    """ "… so với tháng cùng kỳ năm trước (%)", as the statistics office words the month's
    index ("tăng 3,46% so với tháng cùng kỳ"), was not read as the month's index against
    last year's, and went unsaid where ChiSoSXCN lacks that column."""
    from baocao.totaltitles import names_a_total

    titles = [
        "thang bao cao so voi thang cung ki nam truoc %",
        "chi so thang 11 nam 2022 so voi thang cung ki %",
    ]
    assert [t for t in titles if not names_a_total("ChiSoSXCN", "index", t, (2022, 11))] == []
    assert [t for t in titles if names_a_total("ChiSoSXCN", "mom_index", t, (2022, 11))] == []
