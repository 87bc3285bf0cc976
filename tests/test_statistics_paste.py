"""Figures and names pasted from the statistics office's (Cục Thống kê) monthly tables: the
table's row number or list marker before a name, a colon after it, its unit in brackets; an
index column of its base (100), a growth rate for an index; a figure linked to its
workbook."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.cli import app
from test_catalogue import rewrite_zip
from test_other_writers import calculated

from helpers import document_texts, load_workbook

runner = CliRunner()
ARGS = ["--month", "3", "--year", "2024"]
RETAIL = "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ"
RETAIL_SENTENCE = (
    f"{RETAIL} tháng 3/2024 ước đạt 5.210 tỷ đồng, tăng 1,1% so với tháng trước; tăng 14,2% "
    "so với cùng kỳ."
)


def _edit(path: Path, sheet: str, cell: str, value: object) -> None:
    wb = load_workbook(path)
    wb[sheet][cell].value = value
    wb.save(path)


def _checked() -> list[str]:
    """`check` of March 2024: the lines after "Sổ dữ liệu: …"."""
    return runner.invoke(app, ["check", *ARGS]).stdout.splitlines()[1:]


def _report(workspace: Path) -> list[str]:
    assert runner.invoke(app, ["build", *ARGS]).exit_code == 0
    return document_texts(workspace / "out" / "BaoCao_T03_2024.docx")


@pytest.mark.parametrize(
    ("typed", "mark"),
    [
        (f"1. {RETAIL}", "1."),
        (f"a) {RETAIL}", "a)"),
        (f"II.1 {RETAIL}", "II.1"),
        (f"- {RETAIL}", "-"),
        (f"-{RETAIL}", "-"),
    ],
)
def test_a_name_pasted_with_the_tables_row_number_is_read_without_it(
    workspace: Path, typed: str, mark: str
) -> None:
    """A name pasted with the statistics office's row number or list marker was printed
    with it inside the sentence, "1. Tổng mức bán lẻ … tháng 3/2024 ước đạt 5.210 tỷ đồng",
    with no word and exit 0: it is dropped, with a note at the cell."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", "B10", typed)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ «{mark}» gõ ở đầu «Chỉ tiêu» «{typed}»: tên đứng "
        "trong câu văn, không mang số thứ tự hay dấu đầu dòng của bảng.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    texts = _report(workspace)
    assert RETAIL_SENTENCE in texts
    assert RETAIL in texts  # the appendix's row
    assert not any(typed in t for t in texts)


def test_a_name_opening_with_industry_4_0_keeps_it(workspace: Path) -> None:
    """ "4.0" opening a name is the name's own (a row number has no part 0): it was dropped
    with a note, as "1.2" is, and the sentence lost it."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", "B10", f"4.0 {RETAIL}")
    assert _checked() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


def test_a_branch_pasted_with_its_row_number_is_read_without_it(workspace: Path) -> None:
    """ "1. Khai khoáng" in ChiSoSXCN printed "Trong đó, 1. Khai khoáng ước tăng 24,95%":
    the number is dropped, then the capital lowered, each with a note."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiSoSXCN", "B3", "1. Ngành khai khoáng")
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: Đã bỏ «1.» gõ ở đầu «Ngành» «1. Ngành khai khoáng»: "
        "tên đứng trong câu văn, không mang số thứ tự hay dấu đầu dòng của bảng.",
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: «Ngành» được viết thành «ngành khai khoáng» (chữ đầu "
        "viết thường, vì tên ngành đứng giữa câu).",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 2 ghi chú.",
    ]


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("KHAI KHOÁNG", "khai khoáng"),
        ("CÔNG NGHIỆP KHAI KHOÁNG", "công nghiệp khai khoáng"),
    ],
)
def test_a_branch_pasted_in_the_tables_capitals_is_lowered(
    workspace: Path, typed: str, printed: str
) -> None:
    """A branch pasted as the statistics office's table heads its rows, "KHAI KHOÁNG",
    printed "Trong đó, KHAI KHOÁNG ước tăng 24,95%" with a clean check (kept as an
    acronym): it is written in lower case, with a note."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiSoSXCN", "B3", typed)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: «Ngành» được viết thành «{printed}» (chữ thường, vì "
        "tên ngành đứng giữa câu, không viết hoa cả tên như dòng của bảng).",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert f"Trong đó, {printed} ước tăng 24,95%" in " ".join(_report(workspace))


@pytest.mark.parametrize("typed", ["KCN VSIP", "KCN VSIP BẮC NINH"])
def test_a_branch_named_by_an_acronym_keeps_its_capitals(workspace: Path, typed: str) -> None:
    """An acronym, alone or with a place, is not a table's capitals: no note."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiSoSXCN", "B3", typed)
    assert _checked() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


@pytest.mark.parametrize(
    ("typed", "mark"),
    [("B - Khai khoáng", "B -"), ("B– Khai khoáng", "B–"), ("II - Khai khoáng", "II -")],
)
def test_a_branch_pasted_with_its_section_letter_and_dash_is_read_without_it(
    workspace: Path, typed: str, mark: str
) -> None:
    """The statistics office's section letter before a dash, "B - Khai khoáng", printed
    "Trong đó, B - Khai khoáng ước tăng 24,95%" with no word and exit 0 ("B. " was dropped):
    it is dropped, then the capital lowered, each with a note."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiSoSXCN", "B3", typed)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: Đã bỏ «{mark}» gõ ở đầu «Ngành» «{typed}»: "
        "tên đứng trong câu văn, không mang số thứ tự hay dấu đầu dòng của bảng.",
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: «Ngành» được viết thành «khai khoáng» (chữ đầu "
        "viết thường, vì tên ngành đứng giữa câu).",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 2 ghi chú.",
    ]
    assert "Trong đó, khai khoáng ước tăng 24,95%" in " ".join(_report(workspace))


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Khai Khoáng", "khai khoáng"),
        ("Ngành Công Nghiệp Khai Thác Mỏ, Than", "ngành công nghiệp khai thác mỏ, than"),
        ("Sản Xuất Và Phân Phối Điện", "sản xuất và phân phối điện"),
    ],
)
def test_a_branch_typed_in_title_case_is_lowered(workspace: Path, typed: str, printed: str) -> None:
    """A branch typed with each word capitalised, as a table's title case has it, was kept
    as a proper name ("Formosa Hà Tĩnh") is: "Trong đó, Khai Khoáng ước tăng 24,95%" with a
    clean check. A title-cased name that holds a branch's words of the statistics office's
    sections ("khai khoáng", "chế biến", "sản xuất", …) is lowered, with a note."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiSoSXCN", "B3", typed)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: «Ngành» được viết thành «{printed}» (chữ thường, vì "
        "tên ngành đứng giữa câu, không viết hoa chữ đầu mọi tiếng như tên riêng).",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert f"Trong đó, {printed} ước tăng 24,95%" in " ".join(_report(workspace))


@pytest.mark.parametrize("typed", ["Formosa Hà Tĩnh", "Nhiệt Điện Vũng Áng", "Samsung Điện Tử"])
def test_a_branch_named_as_a_proper_name_keeps_its_capitals(workspace: Path, typed: str) -> None:
    """A plant's or a company's name holds no section's words: kept as typed, quietly."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiSoSXCN", "B3", typed)
    assert _checked() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


@pytest.mark.parametrize(
    ("typed", "mark"),
    [("1- Khai khoáng", "1-"), ("2 - Khai khoáng", "2 -"), ("1.2– Khai khoáng", "1.2–")],
)
def test_a_branch_typed_with_its_number_before_a_dash_is_read_without_it(
    workspace: Path, typed: str, mark: str
) -> None:
    """A row number before a dash, "1- Khai khoáng", as a Word list numbers its items
    (Bắc Kạn's October 2020 report rebuilt), printed "Trong đó, 1- Khai khoáng ước tăng
    24,95%" with no word, while "B - " and "1. " were dropped: it is dropped too, then the
    capital lowered, each with a note."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiSoSXCN", "B3", typed)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: Đã bỏ «{mark}» gõ ở đầu «Ngành» «{typed}»: "
        "tên đứng trong câu văn, không mang số thứ tự hay dấu đầu dòng của bảng.",
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: «Ngành» được viết thành «khai khoáng» (chữ đầu "
        "viết thường, vì tên ngành đứng giữa câu).",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 2 ghi chú.",
    ]
    assert "Trong đó, khai khoáng ước tăng 24,95%" in " ".join(_report(workspace))


def test_a_name_typed_with_its_number_before_a_dash_is_read_without_it(workspace: Path) -> None:
    """ "1- Tổng mức bán lẻ …" in ChiTieu printed "1- Tổng mức bán lẻ … tháng 3/2024 ước
    đạt …": the number is dropped with the note, as "1. " is."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", "B10", f"1- {RETAIL}")
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ «1-» gõ ở đầu «Chỉ tiêu» «1- {RETAIL}»: tên "
        "đứng trong câu văn, không mang số thứ tự hay dấu đầu dòng của bảng.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert RETAIL_SENTENCE in _report(workspace)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải",
            "dấu «;» viết thành «,», vì các ngành trong câu cách nhau bằng «;»; chữ đầu viết "
            "thường, vì tên ngành đứng giữa câu",
        ),
        (
            "ngành cung cấp nước ; hoạt động quản lý và xử lý rác thải, nước thải",
            "dấu «;» viết thành «,», vì các ngành trong câu cách nhau bằng «;»",
        ),
    ],
)
def test_a_branch_named_with_a_semicolon_is_written_with_a_comma(
    workspace: Path, typed: str, said: str
) -> None:
    """The statistics office names section E "Cung cấp nước; hoạt động quản lý và xử lý rác
    thải, nước thải": pasted so, the report printed "…; cung cấp nước; hoạt động quản lý và
    xử lý rác thải, nước thải ước tăng 7,03%.", whose ";" parts the branch in two among
    branches the sentence separates by ";", with exit 0. Written with "," now, with a note."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiSoSXCN", "B6", typed)
    name = typed.replace(" ;", ";").replace(";", ",")
    name = name[0].lower() + name[1:]
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiSoSXCN!B6: «Ngành» được viết thành «{name}» ({said}).",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert any(t.endswith(f"ước tăng 15,65%; {name} ước tăng 7,03%.") for t in _report(workspace))


@pytest.mark.parametrize(
    "typed", ["c) Ngành khai khoáng (%)", "Ngành khai khoáng ( % )", "Ngành khai khoáng [%]"]
)
def test_a_branch_pasted_with_its_percent_sign_is_read_without_it(
    workspace: Path, typed: str
) -> None:
    """A branch named as the index table names it, "Sản xuất và phân phối điện (%)", was
    printed "… (%) ước tăng 15,65%" with exit 0: the sign is dropped, with a note; in
    square brackets too ("… [%] ước tăng 24,95%" was printed)."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiSoSXCN", "B3", typed)
    mark = typed.split("khoáng ")[1]
    seen = f"Ngành khai khoáng {mark}"  # its number dropped first, its capital lowered after
    assert (
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: Đã bỏ «{mark}» ở cuối «Ngành» «{seen}»: câu văn "
        "viết dấu «%» sau chỉ số." in _checked()
    )
    texts = _report(workspace)
    assert any(
        "Trong đó, ngành khai khoáng ước tăng 24,95%; ngành công nghiệp chế" in t for t in texts
    )
    assert not any("khoáng (" in t or "khoáng [" in t for t in texts)  # the appendix too


def test_a_branch_lowered_after_its_percent_sign_is_dropped_is_said_as_printed(
    workspace: Path,
) -> None:
    """ "Sản xuất xe có động cơ (%)" (a province's branch as its index table writes it) was
    said "«Ngành» được viết thành «sản xuất xe có động cơ (%)»", a name the report never
    prints: the capital is lowered after the "(%)" is dropped, and its note names the
    name as printed."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiSoSXCN", "B3", "Sản xuất xe có động cơ (%)")
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: Đã bỏ «(%)» ở cuối «Ngành» «Sản xuất xe có động cơ "
        "(%)»: câu văn viết dấu «%» sau chỉ số.",
        f"GHI CHÚ: {book}, ChiSoSXCN!B3: «Ngành» được viết thành «sản xuất xe có động cơ» (chữ "
        "đầu viết thường, vì tên ngành đứng giữa câu).",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 2 ghi chú.",
    ]


@pytest.mark.parametrize(
    "typed", ["1.000 doanh nghiệp mới", "5 năm liền", "-", "Xi - măng", "li - e"]
)
def test_a_name_that_begins_with_its_own_number_is_kept(workspace: Path, typed: str) -> None:
    """A number that is the name's own (a thousands dot, no "." or ")" after it) is no row
    number, and a name of a mark alone is left as typed."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", "B10", typed)
    result = runner.invoke(app, ["check", *ARGS])
    assert "Đã bỏ" not in result.stdout


@pytest.mark.parametrize("stop", [":", ";", ",", ".", " :"])
def test_a_name_pasted_with_a_colon_after_it_is_read_without_it(workspace: Path, stop: str) -> None:
    """A name pasted with the colon of the statistics office's heading row was printed
    "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ: tháng 3/2024 ước đạt 5.210 tỷ đồng" with
    no word and exit 0: the stop is dropped, with a note at the cell."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", "B10", RETAIL + stop)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ dấu câu ở cuối «Chỉ tiêu» «{RETAIL}{stop}»: tên "
        "đứng giữa câu văn.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    texts = _report(workspace)
    assert RETAIL_SENTENCE in texts
    assert RETAIL in texts


@pytest.mark.parametrize("typed", [f"{RETAIL}…", f"{RETAIL} v.v."])
def test_a_name_ending_with_an_ellipsis_or_an_abbreviation_is_kept(
    workspace: Path, typed: str
) -> None:
    """An ellipsis and a dotted abbreviation's full stop are the name's own."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", "B10", typed)
    result = runner.invoke(app, ["check", *ARGS])
    assert "Đã bỏ" not in result.stdout


def test_a_mark_after_an_abbreviation_goes_and_the_abbreviation_keeps_its_stop(
    workspace: Path,
) -> None:
    """ "… v.v.," had every stop stripped with the comma, "… dịch vụ v.v tháng 3/2024 ước
    đạt …": the comma goes, with its note, and "v.v." stays whole."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", "B10", f"{RETAIL} v.v.,")
    assert _checked() == [
        f"GHI CHÚ: {workspace / 'data' / '2024-03.xlsx'}, ChiTieu!B10: Đã bỏ dấu câu ở cuối "
        f"«Chỉ tiêu» «{RETAIL} v.v.,»: tên đứng giữa câu văn.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert RETAIL_SENTENCE.replace(RETAIL, f"{RETAIL} v.v.") in _report(workspace)


def test_brackets_opening_with_a_unit_are_words_of_the_name(workspace: Path) -> None:
    """ "(triệu đồng trở lên)" names a size, not the row's unit: it was warned as a unit
    unlike the row's and cut from the name."""
    typed = f"{RETAIL} (triệu đồng trở lên)"
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", "B10", typed)
    assert _checked() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]
    assert typed in _report(workspace)


@pytest.mark.parametrize("unit", ["tỷ đồng", "Tỷ đồng", "tỉ đồng"])
def test_a_name_pasted_with_its_unit_is_read_without_it(workspace: Path, unit: str) -> None:
    """The statistics office's table names a row with its unit, "Tổng mức bán lẻ … (tỷ
    đồng)"; pasted so, the report printed "Tổng mức bán lẻ … (tỷ đồng) tháng 3/2024 ước đạt
    5.210 tỷ đồng" with no word and exit 0. The row's own unit is dropped, with a note."""
    book = workspace / "data" / "2024-03.xlsx"
    typed = f"{RETAIL} ({unit})"
    _edit(book, "ChiTieu", "B10", typed)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ đơn vị «({unit})» ở cuối «Chỉ tiêu» «{typed}»: "
        "câu văn viết đơn vị sau số liệu, theo cột «Đơn vị».",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    texts = _report(workspace)
    assert RETAIL_SENTENCE in texts
    assert RETAIL in texts


def test_a_name_pasted_with_its_unit_in_square_brackets_is_read_without_it(
    workspace: Path,
) -> None:
    """ "Tổng mức bán lẻ … [tỷ đồng]" was printed so before "tháng 3/2024 ước đạt 5.210 tỷ
    đồng" with no word and exit 0, where "(tỷ đồng)" was dropped: so is "[tỷ đồng]"."""
    book = workspace / "data" / "2024-03.xlsx"
    typed = f"{RETAIL} [tỷ đồng]"
    _edit(book, "ChiTieu", "B10", typed)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ đơn vị «[tỷ đồng]» ở cuối «Chỉ tiêu» «{typed}»: "
        "câu văn viết đơn vị sau số liệu, theo cột «Đơn vị».",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert RETAIL_SENTENCE in _report(workspace)


@pytest.mark.parametrize("unit", ["triệu đồng", "triệu USD"])
def test_a_name_pasted_with_another_unit_is_a_warning(workspace: Path, unit: str) -> None:
    """A name's unit that is not the row's (another scale, "(triệu đồng)" beside "tỷ
    đồng") may say the figures were pasted in it: a warning at the name, which the report
    prints without it."""
    book = workspace / "data" / "2024-03.xlsx"
    typed = f"{RETAIL} ({unit})"
    _edit(book, "ChiTieu", "B10", typed)
    assert _checked() == [
        f"CẢNH BÁO: {book}, ChiTieu!B10: «Chỉ tiêu» «{typed}» ghi đơn vị «{unit}», khác «Đơn "
        "vị» «tỷ đồng» của dòng: báo cáo viết các số liệu của dòng theo «tỷ đồng». Hãy kiểm "
        "tra các số liệu là theo đơn vị nào, sửa «Đơn vị» nếu cần, rồi bỏ đơn vị khỏi tên.",
        "Tổng cộng: 0 lỗi, 1 cảnh báo.",
    ]
    assert RETAIL_SENTENCE in _report(workspace)


def test_a_rates_name_pasted_with_its_sign_is_read_without_it(workspace: Path) -> None:
    """ "Tỷ lệ … (%)" in a row in "%": the sentence printed "Tỷ lệ … (%) tháng 3/2024 ước
    đạt 8,5%"."""
    book = workspace / "data" / "2024-03.xlsx"
    for cell, value in [("B14", "Tỷ lệ hộ dùng điện (%)"), ("C14", "%"), ("D14", 98.5)]:
        _edit(book, "ChiTieu", cell, value)
    for cell in ("E14", "F14", "G14", "H14"):
        _edit(book, "ChiTieu", cell, None)
    result = runner.invoke(app, ["check", *ARGS])
    assert (
        f"GHI CHÚ: {book}, ChiTieu!B14: Đã bỏ đơn vị «(%)» ở cuối «Chỉ tiêu» «Tỷ lệ hộ dùng "
        "điện (%)»: câu văn viết đơn vị sau số liệu, theo cột «Đơn vị»."
    ) in result.stdout.splitlines()
    texts = _report(workspace)
    assert "Tỷ lệ hộ dùng điện" in texts  # the appendix's row
    assert not any("điện (%)" in t for t in texts)


OTHER_UNIT = (
    "CẢNH BÁO",
    "«Chỉ tiêu» «{typed}» ghi đơn vị «triệu đồng», khác «Đơn vị» «tỷ đồng» của dòng: báo cáo "
    "viết các số liệu của dòng theo «tỷ đồng». Hãy kiểm tra các số liệu là theo đơn vị nào, "
    "sửa «Đơn vị» nếu cần, rồi bỏ đơn vị khỏi tên.",
    "0 lỗi, 1 cảnh báo.",
)
OWN_UNIT = (
    "GHI CHÚ",
    "Đã bỏ đơn vị «tỷ đồng» trong ngoặc ở cuối «Chỉ tiêu» «{typed}»: câu văn viết đơn vị sau "
    "số liệu, theo cột «Đơn vị».",
    "0 lỗi, 0 cảnh báo, 1 ghi chú.",
)


@pytest.mark.parametrize(
    ("inside", "said"),
    [
        ("tỷ đồng, giá hiện hành", OWN_UNIT),
        ("giá hiện hành - tỷ đồng", OWN_UNIT),
        ("triệu đồng, giá hiện hành", OTHER_UNIT),
    ],
)
def test_a_names_unit_beside_other_words_is_dropped_alone(
    workspace: Path, inside: str, said: tuple[str, str, str]
) -> None:
    """The table's "(tỷ đồng, giá hiện hành)": the row's own unit with the price it is at.
    It was warned as another unit, «tỷ đồng, giá hiện hành», failing --strict on a correct
    workbook, and the report dropped "giá hiện hành" with the unit. Now the unit alone is
    dropped, with a note (another unit, with a warning), and the words stay in their
    brackets."""
    book = workspace / "data" / "2024-03.xlsx"
    typed = f"{RETAIL} ({inside})"
    _edit(book, "ChiTieu", "B10", typed)
    result = runner.invoke(app, ["check", *ARGS])
    label, message, total = said
    assert result.stdout.splitlines()[1:] == [
        f"{label}: {book}, ChiTieu!B10: {message.format(typed=typed)}",
        f"Tổng cộng: {total}",
    ]
    assert RETAIL_SENTENCE.replace(RETAIL, f"{RETAIL} (giá hiện hành)") in _report(workspace)


def test_a_name_with_other_words_in_brackets_is_kept(workspace: Path) -> None:
    """Brackets that hold no unit are the name's own: "(giá thực tế)"."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", "B10", f"{RETAIL} (giá hiện hành)")
    assert "Đã bỏ" not in runner.invoke(app, ["check", *ARGS]).stdout


def test_an_index_column_pasted_from_the_base_column_is_a_warning(workspace: Path) -> None:
    """The statistics office's index table sets the base period's column (= 100) beside the
    indices: pasted one column off, every row's index is 100, and the report wrote "Chỉ số
    sản xuất công nghiệp tháng 3/2024 … ước bằng cùng kỳ. Trong đó, ngành khai khoáng ước
    không đổi; …" with only the config's assessment word said. Now a warning at the
    column's first cell."""
    book = workspace / "data" / "2024-03.xlsx"
    for row in range(2, 7):
        _edit(book, "ChiSoSXCN", f"C{row}", 100)
    assert _checked() == [
        f"CẢNH BÁO: {book}, ChiSoSXCN!C2: Mọi chỉ số của cột «Chỉ số so với cùng kỳ (%)» (ô C2 "
        "đến C6) đều bằng 100: có thể đã dán cột kỳ gốc (kỳ so sánh = 100) của biểu Cục Thống "
        "kê thay cho chỉ số của kỳ này, và báo cáo sẽ viết toàn ngành cùng mọi ngành không "
        "tăng, không giảm. Hãy kiểm tra lại cột này.",
        f"CẢNH BÁO: {book}, ChiSoSXCN!C2: Nhận định «tăng nhẹ» chọn theo ngưỡng «min = 0» của "
        "[[iip_assessment]] trong tệp cấu hình trái với chỉ số sản xuất công nghiệp (ước bằng "
        "cùng kỳ): báo cáo bỏ nhận định này. Hãy sửa các ngưỡng, hoặc ghi nhận định ở khóa "
        "«nhan_dinh_sxcn» của ThongTin.",
        "Tổng cộng: 0 lỗi, 2 cảnh báo.",
    ]


def test_one_index_of_100_is_a_real_one(workspace: Path) -> None:
    """A branch unchanged on last year, 100, beside other indices, is no pasted column."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiSoSXCN", "C4", 100)
    assert _checked() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


def test_a_breakdown_pasted_with_its_row_letter_is_read_without_it(workspace: Path) -> None:
    """ "a) Phân theo loại hình kinh tế" as the statistics office's table letters its
    breakdowns was printed "* a) Phân theo loại hình kinh tế:": the letter is dropped, with
    one note at the breakdown's first cell."""
    book = workspace / "data" / "2024-03.xlsx"
    for row in (3, 4, 5):
        _edit(book, "ChiTieu", f"L{row}", "a) Phân theo loại hình kinh tế")
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!L3: Đã bỏ «a)» gõ ở đầu «Nhóm» «a) Phân theo loại hình kinh "
        "tế»: báo cáo tự viết dấu «*» trước tên nhóm, không mang số thứ tự của bảng.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    texts = _report(workspace)
    assert "* Phân theo loại hình kinh tế:" in texts
    assert not any("a) Phân" in t for t in texts)


@pytest.mark.parametrize(
    "typed", ["Phân theo loại hình kinh tế (*)", "Phân theo loại hình kinh tế¹:"]
)
def test_a_breakdown_pasted_with_a_footnotes_mark_is_read_without_it(
    workspace: Path, typed: str
) -> None:
    """A breakdown's heading pasted with the statistics office's footnote mark was printed
    "* Phân theo loại hình kinh tế (*):" with no word and exit 0, as a name's mark once was:
    the mark is dropped, with one note at the breakdown's first cell."""
    book = workspace / "data" / "2024-03.xlsx"
    for row in (3, 4, 5):
        _edit(book, "ChiTieu", f"L{row}", typed)
    mark = "(*)" if "(*)" in typed else "¹"
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!L3: Đã bỏ dấu chú thích «{mark}» ở cuối «Nhóm» «{typed}»: "
        "báo cáo không có lời chú thích của biểu Cục Thống kê.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    texts = _report(workspace)
    assert "* Phân theo loại hình kinh tế:" in texts
    assert not any(mark in t for t in texts)


def test_an_index_that_may_be_a_growth_rate_is_a_warning(workspace: Path) -> None:
    """A growth rate pasted for the index, "35,2" for "tăng 35,2%", was printed "ngành khai
    khoáng ước giảm 64,80%" with no word and exit 0 (30–500 passed): an index from 30 to
    below 60 is a warning at its cell, with the index it would be."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiSoSXCN", "C3", 35.2)
    assert _checked() == [
        f"CẢNH BÁO: {book}, ChiSoSXCN!C3: Chỉ số 35,20 nghĩa là giảm 64,80% so với kỳ so sánh. "
        "Nếu 35,20 là tốc độ tăng (tăng 35,20%, như biểu Cục Thống kê ghi), chỉ số là 135,20. "
        "Hãy kiểm tra lại; nếu đúng là chỉ số này, ghi «có» ở khóa «chi_so_bat_thuong» của "
        "ThongTin.",
        "Tổng cộng: 0 lỗi, 1 cảnh báo.",
    ]


@pytest.mark.parametrize(
    ("cell", "index", "confirmed"),
    [("C3", 60, None), ("C3", 35.2, "có"), ("F3", 55, None)],
    ids=["60", "confirmed", "against-last-month"],
)
def test_an_index_of_60_or_a_confirmed_one_is_not_said(
    workspace: Path, cell: str, index: float, confirmed: str | None
) -> None:
    """A fall of 40% or less is said as typed; so is a confirmed one, and one against the
    previous month (55 in a month of Tết: a branch's plants closed for the holiday)."""
    book = workspace / "data" / "2024-03.xlsx"
    if cell == "F3":
        _edit(book, "ChiSoSXCN", "F2", 80)
    _edit(book, "ChiSoSXCN", cell, index)
    if confirmed:
        _edit(book, "ThongTin", "A12", "chi_so_bat_thuong")
        _edit(book, "ThongTin", "B12", confirmed)
    assert _checked() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


@pytest.mark.parametrize(
    "formula", ["[1]Sheet1!B5", "'[CucThongKe.xlsx]Sheet1'!B5", "[1]Sheet1!B5*1000"]
)
def test_a_figure_linked_to_another_workbook_is_said(workspace: Path, formula: str) -> None:
    """A figure read through a link to the statistics office's workbook is the value Excel
    saved when the link was last updated (last month's, when it was not updated on
    opening): the report used it with no word. Now a note at the cell naming the value and
    Excel's menu in Vietnamese, the English in brackets, as other messages name a menu (it
    was "(Data → Edit Links → Update Values)" alone, in English)."""
    book = workspace / "data" / "2024-03.xlsx"
    rewrite_zip(book, "xl/worksheets/sheet3.xml", calculated("D2", formula.replace("'", "&apos;")))
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!D2: Ô lấy số từ một sổ Excel khác (công thức «={formula}»): "
        "báo cáo dùng giá trị Excel lưu lần cuối, «52.716». Nếu sổ nguồn đã có số mới, hãy mở "
        "sổ này bằng Excel, chọn Dữ liệu → Sửa liên kết → Cập nhật giá trị (Data → Edit Links "
        "→ Update Values) rồi lưu lại.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert RETAIL_SENTENCE in _report(workspace)


def test_a_formula_of_the_workbook_itself_is_not_said(workspace: Path) -> None:
    """A sum of the sheet's own cells, or of a table's column, reads no other workbook."""
    book = workspace / "data" / "2024-03.xlsx"
    rewrite_zip(book, "xl/worksheets/sheet3.xml", calculated("D2", "SUM(Bang1[Tháng])+D3*0"))
    assert _checked() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


@pytest.mark.parametrize("mark", ["(*)", "*", "¹", "(1)"])
def test_a_name_pasted_with_a_footnotes_mark_is_read_without_it(workspace: Path, mark: str) -> None:
    """The statistics office marks a row for its footnote, "Tổng mức bán lẻ … (*)"; pasted
    so, the report printed "Tổng mức bán lẻ … (*) tháng 3/2024 ước đạt …" with no word, its
    footnote nowhere. The mark is dropped, with a note."""
    book = workspace / "data" / "2024-03.xlsx"
    typed = f"{RETAIL} {mark}" if mark.startswith("(") else RETAIL + mark
    _edit(book, "ChiTieu", "B10", typed)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ dấu chú thích «{mark}» ở cuối «Chỉ tiêu» "
        f"«{typed}»: báo cáo không có lời chú thích của biểu Cục Thống kê.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    texts = _report(workspace)
    assert RETAIL_SENTENCE in texts
    assert RETAIL in texts


def test_a_name_ending_in_thousands_of_marks_is_read_at_once_with_one_note_each() -> None:
    """A name of 32 767 characters ending in "(*)" and ":" 8 000 times took 35 s to check,
    with 16 000 notes at its cell: each mark was looked for from the name's first character
    and noted. The name is read without them in a moment, with one note of each kind."""
    import time

    from baocao.cells import Locator, Reading
    from baocao.pastednames import unlisted_name

    reading = Reading(Path("x.xlsx"), [], Locator())
    started = time.perf_counter()
    read = unlisted_name(reading, "ChiTieu", "B3", "Chỉ tiêu", "Khu vực " + "(*):" * 8000)
    assert time.perf_counter() - started < 0.5
    assert read == "Khu vực"
    shown = "«Khu vực " + "(*):" * 23 + "…» (32.{} ký tự)"
    assert [p.message for p in reading.problems] == [
        f"Đã bỏ dấu câu ở cuối «Chỉ tiêu» {shown.format('008')}: tên đứng giữa câu văn.",
        f"Đã bỏ dấu chú thích «(*)» ở cuối «Chỉ tiêu» {shown.format('007')}: báo cáo không có "
        "lời chú thích của biểu Cục Thống kê.",
    ]


@pytest.mark.parametrize("typed", ["Diện tích sàn xây mới m²", "Nhóm 1", "Sản phẩm (loại A)"])
def test_a_name_ending_with_its_own_mark_is_kept(workspace: Path, typed: str) -> None:
    """A unit's power ("m²") and a number without brackets are the name's own."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", "B10", typed)
    assert "Đã bỏ" not in runner.invoke(app, ["check", *ARGS]).stdout


EXPORTS = (
    "Kim ngạch xuất khẩu trên địa bàn tỉnh Bắc Giang tháng 3/2024 ước đạt 1.822,5 triệu USD, "
    "tăng 8,9% so với tháng trước; tăng 19,7% so với cùng kỳ."
)


@pytest.mark.parametrize(
    ("typed", "change"),
    [
        ("triệu USD*", "bỏ dấu chú thích «*»"),
        ("triệu USD (*)", "bỏ dấu chú thích «(*)»"),
        ("triệu USD¹", "bỏ dấu chú thích «¹»"),
        ("triệu USD:", "bỏ dấu câu cuối"),
        ("Triệu USD:", "bỏ dấu câu cuối; chữ đầu viết thường, vì đơn vị đứng giữa câu"),
        ("triệu USD (*):", "bỏ dấu câu cuối; bỏ dấu chú thích «(*)»"),
        ("triệu USD*:", "bỏ dấu câu cuối; bỏ dấu chú thích «*»"),
    ],
)
def test_a_unit_pasted_with_a_footnotes_mark_is_read_without_it(
    workspace: Path, typed: str, change: str
) -> None:
    """A unit pasted with the statistics office's footnote mark or a colon was printed after
    the figure, "ước đạt 1.822,5 triệu USD*, tăng 8,9% …", with no word (a breakdown's parent
    only warned its rows' unit differed). It is dropped, with the unit's note; the mark
    with a colon after it too ("triệu USD (*):" printed "1.822,5 triệu USD (*), tăng …")."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", "C13", typed)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!C13: «Đơn vị» được viết thành «triệu USD» ({change}).",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert any(t.startswith(EXPORTS) for t in _report(workspace))


def test_a_unit_with_its_power_is_kept(workspace: Path) -> None:
    """ "m²" is a unit, not a footnote's mark."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", "C13", "m²")
    assert "«Đơn vị» được viết" not in runner.invoke(app, ["check", *ARGS]).stdout


@pytest.mark.parametrize("typed", ["-", "–", "…", "*"])
def test_a_unit_of_the_tables_marks_is_an_error(workspace: Path, typed: str) -> None:
    """The statistics office's table marks a row without a unit "-": pasted so, the report
    printed "ước đạt 1.822,5 -, tăng 8,9% so với tháng trước" with exit 0. An error at
    the cell now, as a blank unit is."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", "C13", typed)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1:] == [
        f"LỖI: {book}, ChiTieu!C13: «Đơn vị» là «{typed}», không phải một đơn vị: câu văn sẽ in "
        f"số liệu kèm «{typed}». Hãy ghi đơn vị của chỉ tiêu (ví dụ «tỷ đồng», «tấn», «%»).",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


@pytest.mark.parametrize("typed", ["Tr", "tr", "Tr.", "tr. "])
def test_trieu_shortened_alone_is_an_error(workspace: Path, typed: str) -> None:
    """A unit typed "Tr" alone ("triệu" of what: đồng, USD, kWh?) was lowered with a note
    and printed "ước đạt 1.822,5 tr" with exit 0; "Tr.kWh", "Trđ" are written in full, but
    "Tr" alone cannot be: an error at the cell, not a guess."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", "C13", typed)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1:] == [
        f"LỖI: {book}, ChiTieu!C13: «Đơn vị» là «{typed.strip()}», chữ viết tắt của «triệu» mà "
        "không ghi triệu gì: câu văn sẽ in số liệu kèm «tr». Hãy ghi đầy đủ đơn vị (ví dụ "
        "«triệu đồng», «triệu USD», «triệu kWh»).",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


@pytest.mark.parametrize("typed", ["$", "％"])
def test_a_unit_of_a_sign_is_a_unit(workspace: Path, typed: str) -> None:
    """A currency's sign or the percent sign alone is a unit."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", "C13", typed)
    assert "không phải một đơn vị" not in runner.invoke(app, ["check", *ARGS]).stdout


IMPORTS = (
    "Kim ngạch nhập khẩu trên địa bàn tỉnh Bắc Giang tháng 3/2024 ước đạt 1.447,2 triệu USD, "
    "tăng 8,3% so với tháng trước; tăng 0,5% so với cùng kỳ."
)


def _in_millions(path: Path, row: int, fmt: str = "#,##0.0,,") -> None:
    """Row ``row`` of ChiTieu as the statistics office's table keeps it: each figure in
    units (USD), shown in millions by the format's scaling commas."""
    wb = load_workbook(path)
    for col in "DEFGH":
        cell = wb["ChiTieu"][f"{col}{row}"]
        if cell.value is not None:
            cell.value = round(cell.value * 1_000_000)
            cell.number_format = fmt
    wb.save(path)


@pytest.mark.parametrize("fmt", ["#,##0.0,,", "0.0,,", '#,##0.0,,;[Red]-#,##0.0,,;"-"'])
def test_a_figure_shown_in_millions_is_read_as_excel_shows_it(workspace: Path, fmt: str) -> None:
    """The statistics office's table keeps figures in units and shows them in millions
    ("#,##0.0,," shows 1447200000 as 1.447,2): pasted so, Excel showed 1.447,2 and the
    report printed "ước đạt 1.447.200.000,0 triệu USD" with no word and exit 0. The cell
    is read as it shows, as a percent-formatted one is."""
    _in_millions(workspace / "data" / "2024-03.xlsx", 14, fmt)
    assert _checked() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]
    texts = _report(workspace)
    assert any(t.startswith(IMPORTS) for t in texts)
    assert "1.447,2" in texts  # the appendix


def test_a_figure_under_a_format_with_conditions_is_read_by_the_section_that_holds(
    workspace: Path,
) -> None:
    """'[>=1000000]#,##0,,"M";#,##0' shows 52716 as "52.716" (its second section): it was
    read by the first, as 0,052716, an error at a cell Excel showed right, and a warning of
    each breakdown. Read as Excel shows it, the month is clean."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiTieu"]["D2"].number_format = '[>=1000000]#,##0,,"M";#,##0'
    wb.save(book)
    assert _checked() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


def test_an_earlier_figure_shown_in_millions_is_read_as_excel_shows_it(
    workspace: Path,
) -> None:
    """February's workbook so formatted gave March 1.336.000.000 for its previous month
    ("giảm 100,0% so với tháng trước" once March's own cell was left blank)."""
    from helpers import ROOT

    feb = workspace / "data" / "2024-02.xlsx"
    feb.write_bytes((ROOT / "data" / "samples" / "2024-02.xlsx").read_bytes())
    wb = load_workbook(feb)
    rows = [r for r in wb["ChiTieu"].iter_rows(min_row=2) if r[0].value == "nhap_khau"]
    _in_millions(feb, rows[0][0].row)
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", "E14", None)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!E14: «Tháng trước» của «nhap_khau» lấy từ 2024-02.xlsx "
        "(ChiTieu!D14): 1.336,0.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert any(t.startswith(IMPORTS) for t in _report(workspace))


def test_a_figure_formatted_as_a_date_says_the_number_behind_it(workspace: Path) -> None:
    """A column of figures pasted into cells formatted as dates shows 52716 as 29/04/2044:
    the error quoted the date alone, which the clerk took for a wrong figure. It says the
    number the cell holds and how to show it."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    for ref in ("D2", "D13"):
        wb["ChiTieu"][ref].number_format = "dd/mm/yyyy"
    wb.save(book)
    result = runner.invoke(app, ["check", *ARGS])
    hint = "Nếu đó là số liệu, hãy đổi định dạng ô sang Số (Number) rồi lưu lại."
    assert result.stdout.splitlines()[1:] == [
        f"LỖI: {book}, ChiTieu!D2: Cột «Tháng báo cáo» cần một số, nhưng ô có «29/04/2044»: ô "
        f"được định dạng ngày tháng, số trong ô là «52.716». {hint}",
        f"LỖI: {book}, ChiTieu!D13: Cột «Tháng báo cáo» cần một số, nhưng ô có «26/12/1904 "
        f"12:00:00»: ô được định dạng ngày tháng, số trong ô là «1.822,5». {hint}",
        "Tổng cộng: 2 lỗi, 0 cảnh báo.",
    ]


def test_a_figure_too_large_for_a_date_is_said_as_excel_shows_it(workspace: Path) -> None:
    """A figure of millions in a cell formatted as a date is no date (past 31/12/9999):
    Excel shows "########", and openpyxl reads "#VALUE!", so the error said the cell held
    Excel's error value «#VALUE!» (công thức dùng sai kiểu giá trị), with no formula in the
    cell. It says the cell is formatted as a date and how to show the number."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiTieu"]["D13"].value = 1822500000
    wb["ChiTieu"]["D13"].number_format = "dd/mm/yyyy"
    wb.save(book)
    assert _checked() == [
        f"LỖI: {book}, ChiTieu!D13: Cột «Tháng báo cáo»: ô được định dạng ngày tháng, nhưng số "
        "trong ô quá lớn để là một ngày, nên Excel hiện «########». Nếu đó là số liệu, hãy đổi "
        "định dạng ô sang Số (Number) rồi lưu lại.",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


def test_a_date_typed_as_digits_in_a_date_cell_is_told_to_be_typed_as_a_date(
    workspace: Path,
) -> None:
    """The signing date typed "20240325" in a cell formatted as a date is no date either
    (Excel shows "########"); the error advised formatting the cell as a number, which the
    key would then refuse for want of a date. It asks for the date as ngày/tháng/năm."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ThongTin"]["B5"].value = 20240325
    wb["ThongTin"]["B5"].number_format = "dd/mm/yyyy"
    wb.save(book)
    assert _checked() == [
        f"LỖI: {book}, ThongTin!B5: Khóa «ngay_ky»: ô được định dạng ngày tháng, nhưng số trong "
        "ô quá lớn để là một ngày, nên Excel hiện «########». Hãy gõ lại ngày theo dạng "
        "ngày/tháng/năm (ví dụ 25/3/2024).",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


def test_a_figure_too_large_for_a_time_says_the_time_format(workspace: Path) -> None:
    """The same figure in a cell formatted as a time or a duration ("hh:mm", "[h]:mm:ss")
    was said to be in a cell «được định dạng ngày tháng», which the clerk does not find in
    the cell's format. It names a time's format, as a smaller figure's error does."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    for ref, shape in (("D13", "hh:mm"), ("D14", "[h]:mm:ss")):
        wb["ChiTieu"][ref].value = 1822500000
        wb["ChiTieu"][ref].number_format = shape
    wb.save(book)
    said = (
        "Cột «Tháng báo cáo»: ô được định dạng giờ, nhưng số trong ô quá lớn để hiện thành "
        "giờ, nên Excel hiện «########». Nếu đó là số liệu, hãy đổi định dạng ô sang Số "
        "(Number) rồi lưu lại."
    )
    assert _checked() == [
        f"LỖI: {book}, ChiTieu!D13: {said}",
        f"LỖI: {book}, ChiTieu!D14: {said}",
        "Tổng cộng: 2 lỗi, 0 cảnh báo.",
    ]


def test_a_figure_formatted_as_a_time_says_the_number_behind_it(workspace: Path) -> None:
    """A figure in a cell formatted as a time or a duration shows 0,5 as 12:00:00 and
    1.822,5 as 43740:00:00: the error quoted the time alone, «12:00:00», as a date's once
    did. It says the number the cell holds and how to show it, as a date's does."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiTieu"]["D13"].number_format = "[h]:mm:ss"
    wb["ChiTieu"]["D14"].value = 0.5
    wb["ChiTieu"]["D14"].number_format = "hh:mm"
    wb.save(book)
    result = runner.invoke(app, ["check", *ARGS])
    hint = "Nếu đó là số liệu, hãy đổi định dạng ô sang Số (Number) rồi lưu lại."
    assert result.stdout.splitlines()[1:] == [
        f"LỖI: {book}, ChiTieu!D13: Cột «Tháng báo cáo» cần một số, nhưng ô có «43740:00:00»: "
        f"ô được định dạng giờ, số trong ô là «1.822,5». {hint}",
        f"LỖI: {book}, ChiTieu!D14: Cột «Tháng báo cáo» cần một số, nhưng ô có «12:00:00»: ô "
        f"được định dạng giờ, số trong ô là «0,5». {hint}",
        "Tổng cộng: 2 lỗi, 0 cảnh báo.",
    ]


PARTIAL_NOTE = (
    "«Nhóm» để trống được đọc là «Trong đó», vì «Chỉ tiêu» (ô {ref}) mở đầu bằng «Trong đó»: "
    "danh sách chỉ nêu vài mục nên không cộng lại để đối chiếu với «ban_le»."
)


@pytest.mark.parametrize(
    ("cell", "typed", "lead", "printed"),
    [
        ("B12", "Trong đó: Doanh thu dịch vụ", "Trong đó:", "Doanh thu dịch vụ"),
        ("B3", "Chia ra: Khu vực kinh tế Nhà nước", "Chia ra:", "Khu vực kinh tế Nhà nước"),
        ("B3", "Bao gồm - Khu vực kinh tế Nhà nước", "Bao gồm -", "Khu vực kinh tế Nhà nước"),
    ],
)
def test_a_name_pasted_with_the_tables_lead_in_is_read_without_it(
    workspace: Path, cell: str, typed: str, lead: str, printed: str
) -> None:
    """The statistics office's table leads its breakdown rows with "Trong đó:" or "Chia
    ra:"; pasted with the row, the report printed "Trong đó: Doanh thu dịch vụ tháng 3 ước
    đạt 1.391 tỷ đồng" under its own "Trong đó:" with no word. The lead-in is dropped; a
    "Trong đó" beside a blank Nhóm makes the list partial (the notes at L11 and L12)."""
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", cell, typed)
    result = runner.invoke(app, ["check", *ARGS])
    dropped = (
        f"GHI CHÚ: {book}, ChiTieu!{cell}: Đã bỏ «{lead}» gõ ở đầu «Chỉ tiêu» «{typed}»: lời "
        "dẫn «Trong đó», «Chia ra» của danh sách do báo cáo tự viết."
    )
    expected = [dropped, "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú."]
    if lead == "Trong đó:":
        expected = [
            f"GHI CHÚ: {book}, ChiTieu!L11: «Nhóm» để trống được đọc là «Trong đó» (ô L12), như "
            "dòng khác cùng «Thuộc» «ban_le»: báo cáo viết một danh sách «Trong đó:».",
            dropped,
            f"GHI CHÚ: {book}, ChiTieu!L12: {PARTIAL_NOTE.format(ref='B12')}",
            "Tổng cộng: 0 lỗi, 0 cảnh báo, 3 ghi chú.",
        ]
    assert result.stdout.splitlines()[1:] == expected
    texts = _report(workspace)
    assert printed in texts  # the appendix's row
    assert not any(typed in t for t in texts)


def test_a_name_pasted_with_trong_do_makes_its_list_partial(workspace: Path) -> None:
    """The table's "Trong đó: Tổng mức bán lẻ hàng hoá" under the retail total, its Nhóm
    blank: the lead-in, which says the list names a few items, was dropped with a note
    saying the report writes it, and the blank Nhóm made the list complete, so each column
    was warned "tổng các chỉ tiêu con của «ban_le» lệch -1.391 …", failing --strict. Now
    the row's Nhóm is read as "Trong đó", with a note, and the list is not added up."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiTieu"]["B11"].value = "Trong đó: Tổng mức bán lẻ hàng hoá"
    wb["ChiTieu"].delete_rows(12)
    wb.save(book)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!B11: Đã bỏ «Trong đó:» gõ ở đầu «Chỉ tiêu» «Trong đó: Tổng "
        "mức bán lẻ hàng hoá»: lời dẫn «Trong đó», «Chia ra» của danh sách do báo cáo tự viết.",
        f"GHI CHÚ: {book}, ChiTieu!L11: {PARTIAL_NOTE.format(ref='B11')}",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 2 ghi chú.",
    ]
    assert not any("Trong đó: Tổng" in t for t in _report(workspace))


def test_a_name_beginning_with_such_a_word_is_kept(workspace: Path) -> None:
    """ "Gồm" is a lead-in only with its colon or dash."""
    _edit(workspace / "data" / "2024-03.xlsx", "ChiTieu", "B3", "Gồm có 3 khu vực")
    assert "Đã bỏ" not in runner.invoke(app, ["check", *ARGS]).stdout


def test_a_whole_row_pasted_into_the_name_is_read_as_the_name(workspace: Path) -> None:
    """The row number, the unit, the footnote's mark and the colon together: the mark
    before the colon was kept ("Tổng mức bán lẻ … (tỷ đồng) (*) cộng dồn …")."""
    book = workspace / "data" / "2024-03.xlsx"
    typed = f"1. {RETAIL} (tỷ đồng) (*):"
    _edit(book, "ChiTieu", "B10", typed)
    assert _checked() == [
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ «1.» gõ ở đầu «Chỉ tiêu» «{typed}»: tên đứng "
        "trong câu văn, không mang số thứ tự hay dấu đầu dòng của bảng.",
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ dấu câu ở cuối «Chỉ tiêu» «{RETAIL} (tỷ đồng) "
        "(*):»: tên đứng giữa câu văn.",
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ dấu chú thích «(*)» ở cuối «Chỉ tiêu» «{RETAIL} "
        "(tỷ đồng) (*)»: báo cáo không có lời chú thích của biểu Cục Thống kê.",
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ đơn vị «(tỷ đồng)» ở cuối «Chỉ tiêu» «{RETAIL} "
        "(tỷ đồng)»: câu văn viết đơn vị sau số liệu, theo cột «Đơn vị».",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 4 ghi chú.",
    ]
    texts = _report(workspace)
    assert RETAIL_SENTENCE in texts
    assert RETAIL in texts


@pytest.mark.parametrize(
    ("mark", "unit", "total"),
    [
        ("(*)", "tỷ đồng", "0 cảnh báo, 2 ghi chú"),
        ("¹", "tỷ đồng", "0 cảnh báo, 2 ghi chú"),
        ("*", "triệu đồng", "1 cảnh báo, 1 ghi chú"),
    ],
)
def test_a_footnotes_mark_before_the_names_unit_is_dropped_too(
    workspace: Path, mark: str, unit: str, total: str
) -> None:
    """The statistics office sets the footnote's mark before the unit, "Tổng mức bán lẻ …
    (*) (tỷ đồng)": the unit was dropped and the mark, then at the name's end, was kept
    ("Tổng mức bán lẻ … (*) tháng 3/2024 ước đạt 5.210 tỷ đồng", exit 0). It is dropped too,
    with its note."""
    book = workspace / "data" / "2024-03.xlsx"
    named = f"{RETAIL} {mark}" if mark.startswith("(") else RETAIL + mark
    typed = f"{named} ({unit})"
    _edit(book, "ChiTieu", "B10", typed)
    said = (
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ đơn vị «({unit})» ở cuối «Chỉ tiêu» «{typed}»: "
        "câu văn viết đơn vị sau số liệu, theo cột «Đơn vị»."
        if unit == "tỷ đồng"
        else f"CẢNH BÁO: {book}, ChiTieu!B10: «Chỉ tiêu» «{typed}» ghi đơn vị «{unit}», khác "
        "«Đơn vị» «tỷ đồng» của dòng: báo cáo viết các số liệu của dòng theo «tỷ đồng». Hãy "
        "kiểm tra các số liệu là theo đơn vị nào, sửa «Đơn vị» nếu cần, rồi bỏ đơn vị khỏi tên."
    )
    assert _checked() == [
        said,
        f"GHI CHÚ: {book}, ChiTieu!B10: Đã bỏ dấu chú thích «{mark}» ở cuối «Chỉ tiêu» "
        f"«{named}»: báo cáo không có lời chú thích của biểu Cục Thống kê.",
        f"Tổng cộng: 0 lỗi, {total}.",
    ]
    texts = _report(workspace)
    assert RETAIL_SENTENCE in texts
    assert RETAIL in texts
