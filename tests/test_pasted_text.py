"""Text as offices type and paste it: invisible characters in an earlier workbook, text in
a legacy Vietnamese encoding (TCVN3, VNI), numbers typed with other spaces."""

from __future__ import annotations

import shutil
import unicodedata
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.cli import app

from helpers import ROOT, document_texts, load_workbook, write_config

runner = CliRunner()
SAMPLES = ROOT / "data" / "samples"
ARGS = ["--month", "3", "--year", "2024"]


def _edit(path: Path, sheet: str, cell: str, value: object) -> None:
    wb = load_workbook(path)
    wb[sheet][cell].value = value
    wb.save(path)


@pytest.mark.parametrize(
    ("cell", "value"),
    [("A2", "gtsx\u200b"), ("C2", "tỷ đồng\u200b"), ("D2", "43438\u200b"), ("D2", "43.438\ufeff")],
)
def test_earlier_workbook_text_is_cleaned_as_the_month_reads_it(
    workspace: Path, cell: str, value: str
) -> None:
    """A code, unit or figure of 2024-02.xlsx pasted with a zero-width space (which that
    month's own check removes, with a warning) is read in March without it: the code was
    another code, the figure no number, and March's report lost its month-on-month clause
    with exit 0."""
    for name in ("2024-02.xlsx", "2023-03.xlsx"):
        shutil.copy(SAMPLES / name, workspace / "data" / name)
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", "E2", None)
    _edit(workspace / "data" / "2024-02.xlsx", "ChiTieu", cell, value)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == [
        f"GHI CHÚ: {book}, ChiTieu!E2: «Tháng trước» của «gtsx» lấy từ 2024-02.xlsx "
        "(ChiTieu!D2): 43.438.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]


LEGACY = (
    "chữ này có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime) hoặc VNI (phông "
    "VNI-Times), không phải Unicode, nên báo cáo sẽ in ra chữ lỗi. Hãy chuyển mã ô này sang "
    "Unicode (Unikey: Công cụ chuyển mã, Ctrl+Shift+F6; bảng mã nguồn TCVN3 hoặc VNI Windows, "
    "bảng mã đích Unicode) rồi lưu lại."
)


@pytest.mark.parametrize(
    ("sheet", "cell", "column", "text"),
    [
        ("ChiTieu", "B10", "Chỉ tiêu", "Tæng møc b¸n lÎ hµng hãa"),  # TCVN3
        ("ChiTieu", "C2", "Đơn vị", "tyû ñoàng"),  # VNI
        ("ChiTieu", "C13", "Đơn vị", "tÊn"),  # TCVN3, one word
        ("ChiTieu", "C13", "Đơn vị", "®ång/kg"),  # a unit's parts
        ("HoatDong", "A2", "Mục", "Q§-UBND"),
        ("ChiTieu", "C13", "Đơn vị", "triÖu USD"),  # TCVN3 beside a word of plain letters
        ("HoatDong", "A2", "Mục", "dÞch vô"),
        ("HoatDong", "C2", "Nội dung", "Thùc hiÖn thu thËp th«ng tin"),
        ("NhiemVu", "B2", "Nội dung", "Toång hôïp baùo caùo"),
    ],
)
def test_legacy_encoding_is_an_error_at_the_cell(
    workspace: Path, sheet: str, cell: str, column: str, text: str
) -> None:
    """Text typed in TCVN3 or VNI (a .VnTime or VNI-Times font) was printed as garbage, "Tæng
    møc b¸n lÎ hµng hãa cộng dồn 03 tháng đầu năm ước đạt 15.400 tỷ đồng", with exit 0: an
    error at its cell, saying the cause and how to convert it; nothing is written."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, sheet, cell, text)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 1
    message = f"LỖI: {book}, {sheet}!{cell}: Cột «{column}» có «{text}»: {LEGACY}"
    assert message in result.stdout.splitlines()
    assert runner.invoke(app, ["build", *ARGS]).exit_code == 1
    assert not (workspace / "out").exists() or not any((workspace / "out").iterdir())


@pytest.mark.parametrize(
    ("sheet", "cell", "text"),
    [
        ("HoatDong", "C2", "Công ty TNHH Müller và Düsseldorf GmbH"),
        ("HoatDong", "C3", "Honda®, Yamaha® và Suzuki®"),
        ("HoatDong", "C4", "25°C – 30°C, 2,5 µm"),
        ("ThongTin", "B7", "Türkiye"),
        ("ChiTieu", "B10", "«Công tác»"),
    ],
)
def test_other_languages_and_symbols_are_not_legacy_text(
    workspace: Path, sheet: str, cell: str, text: str
) -> None:
    """Words of other languages, trademarks, degrees and quotes are no legacy text, though
    these texts hold no letter only Vietnamese Unicode has."""
    _edit(workspace / "data" / "2024-03.xlsx", sheet, cell, text)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 0
    assert "bảng mã cũ" not in result.stdout


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u2007"])
def test_a_number_pasted_with_any_space_is_read(workspace: Path, space: str) -> None:
    """ "52 716" pasted from a PDF or a web page with a narrow no-break (U+202F), thin (U+2009)
    or figure space (U+2007) between its digits was an error, "Cột «Tháng báo cáo» cần một
    số, nhưng ô có «52 716»", though the same text with a no-break space is read; now all
    are read, with the warning of a number typed as text."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", "D2", f"52{space}716")
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == [
        f"CẢNH BÁO: {book}, ChiTieu!D2: Số được gõ dưới dạng chữ «52{space}716»; đã đọc là "
        "«52.716». Nên nhập ô này dưới dạng số.",
        "Tổng cộng: 0 lỗi, 1 cảnh báo.",
    ]


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_config_typed_decomposed_is_read_as_composed(workspace: Path) -> None:
    """A baocao.toml saved with decomposed text (macOS, Unikey's "Unicode tổ hợp") was printed
    decomposed, and compared unlike the workbook's: "KT. GIÁM ĐỐC" above a chuc_vu
    "GIÁM ĐỐC" typed in the workbook went unsaid. Its texts are now NFC-normalised."""
    write_config(
        workspace,
        parent=_nfd("UBND TỈNH BẮC GIANG"),
        place=_nfd("Bắc Giang"),
        authority=_nfd("KT. GIÁM ĐỐC"),
        signer=_nfd("Nguyễn Văn Phương"),
        template=None,
    )
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ThongTin", "A11", "chuc_vu")
    _edit(book, "ThongTin", "B11", "GIÁM ĐỐC")
    result = runner.invoke(app, ["check", *ARGS])
    assert result.stdout.splitlines()[1:] == [
        f"CẢNH BÁO: {book}, ThongTin!B11: Người ký ký thay «GIÁM ĐỐC» («KT. GIÁM ĐỐC») nhưng "
        "chức vụ cũng là «GIÁM ĐỐC»: người ký thay là cấp phó (ví dụ «PHÓ GIÁM ĐỐC»). Hãy kiểm "
        "tra khóa «chuc_vu» và «ky_thay» (hoặc [signer] trong tệp cấu hình).",
        "Tổng cộng: 0 lỗi, 1 cảnh báo.",
    ]
    _edit(book, "ThongTin", "B11", "PHÓ GIÁM ĐỐC")
    assert runner.invoke(app, ["build", *ARGS]).exit_code == 0
    report = workspace / "out" / "BaoCao_T03_2024.docx"
    texts = document_texts(report)
    assert texts[0] == "UBND TỈNH BẮC GIANG"
    signer = texts.index("KT. GIÁM ĐỐC")
    assert texts[signer : signer + 3] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Phương"]
    xml = zipfile.ZipFile(report).read("word/document.xml").decode("utf-8")
    assert unicodedata.is_normalized("NFC", xml)


@pytest.mark.parametrize(("cell", "title"), [("A1", "Mã\u200b"), ("C1", "\ufeffĐơn vị")])
def test_a_title_pasted_with_an_invisible_character_is_the_column(
    workspace: Path, cell: str, title: str
) -> None:
    """A header pasted with a zero-width space or a BOM was read through the near-title
    rule, with a note that quoted two titles alike to the eye, "Tiêu đề «Mã» được đọc là
    cột «Mã»"; it is the column, as its text is without the invisible character."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", cell, title)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


ETH_NOTE = (
    "Ô có chữ «Ð» (eth của tiếng Iceland, thường do chuyển sai bảng mã), không phải «Đ», «đ» "
    "của tiếng Việt dù trông giống; đã đọc là «Đ», «đ»."
)


def test_an_eth_typed_for_d_is_the_vietnamese_letter(workspace: Path) -> None:
    """ "Ðầu tư công nghiệp" with the Icelandic eth U+00D0 (drawn as "Đ") above "Đầu tư công
    nghiệp" made two subsections of one heading to the eye, "4. Ðầu tư công nghiệp" and
    "5. Đầu tư công nghiệp", with exit 0; a title "Ðơn vị" was "Thiếu cột «Đơn vị»". The
    eth is read as "Đ" (a note at the cell); the title is the column."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "HoatDong", "A2", "\u00d0ầu tư công nghiệp")
    _edit(book, "HoatDong", "A3", "Đầu tư công nghiệp")
    _edit(book, "ChiTieu", "C1", "\u00d0ơn vị")
    write_config(workspace, template=None)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == [
        f"GHI CHÚ: {book}, HoatDong!A2: {ETH_NOTE}",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert runner.invoke(app, ["build", *ARGS]).exit_code == 0
    texts = document_texts(workspace / "out" / "BaoCao_T03_2024.docx")
    headings = [t for t in texts if t.endswith("Đầu tư công nghiệp")]
    assert headings == ["4. Đầu tư công nghiệp"]
    assert texts[texts.index(headings[0]) + 3] == "5. Công tác quản lý Công nghiệp"


@pytest.mark.parametrize(
    ("cell", "column", "text", "said"),
    [
        (
            "B2",
            "Chỉ tiêu",
            "Giá trị s\ufffdn xuất công nghiệp",
            "ký tự «\ufffd» (U+FFFD) đứng thay cho một chữ đã mất khi tệp được chuyển sai bảng "
            "mã, nên báo cáo sẽ in ra «\ufffd». Hãy gõ lại chữ đúng vào ô này rồi lưu lại.",
        ),
        (
            "C2",
            "Đơn vị",
            "tá»· Ä‘á»“ng",
            "chữ Unicode (UTF-8) bị đọc sai bảng mã (Windows-1252), nên báo cáo sẽ in ra chữ "
            "lỗi; chữ đúng có lẽ là «tỷ đồng». Hãy gõ lại hoặc dán chữ đúng vào ô này rồi lưu "
            "lại.",
        ),
    ],
)
def test_text_garbled_by_a_wrong_code_page_is_an_error(
    workspace: Path, cell: str, column: str, text: str, said: str
) -> None:
    """A letter lost to a wrong code page ("s�n") was printed "Giá trị s�n xuất công nghiệp
    cộng dồn …" with exit 0; UTF-8 read as Windows-1252 ("tá»· Ä‘á»“ng") was said to be
    TCVN3 or VNI. Each is an error at the cell naming its cause (and the text meant)."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", cell, text)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 1
    assert f"LỖI: {book}, ChiTieu!{cell}: Cột «{column}» có «{text}»: {said}" in (
        result.stdout.splitlines()
    )


@pytest.mark.parametrize(
    ("sheet", "cell", "text"),
    [
        ("HoatDong", "C2", "Công ty Müller Böhm GmbH"),
        ("ThongTin", "B10", "Nestlé, Müller, Häagen-Dazs"),
        ("ChiTieu", "C13", "kW·h"),
        ("ChiTieu", "C13", "¥/kg"),
    ],
)
def test_foreign_names_and_units_are_not_legacy_text(
    workspace: Path, sheet: str, cell: str, text: str
) -> None:
    """Two names of another language in a short cell ("Công ty Müller Böhm GmbH"), the
    unit "kW·h" and a currency's "¥/kg" were an error, 'Cột «…» có «kW·h»: chữ này có vẻ
    được gõ bằng bảng mã cũ TCVN3 …', exit 1 on a correct workbook: no word of them is a
    Vietnamese syllable as TCVN3 or VNI writes one."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, sheet, cell, text)
    result = runner.invoke(app, ["check", *ARGS])
    assert "bảng mã cũ" not in result.stdout
    assert result.exit_code == 0
