"""Issue 11, one cell at a time: what a cell may hold and how each problem reads.

Every workbook here is built in memory (raw cells, no file), so each test takes
milliseconds; the end-to-end cases (a built report, a file on disk) are in
test_catalogue.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import baocao.cells
import baocao.legacy
from baocao.cells import EXCEL_ERRORS, Locator, Reading, clean_text, convert
from baocao.errors import Severity
from baocao.parse import ParsedWorkbook, parse_workbook
from baocao.raw import RawCell, RawSheet, RawWorkbook
from baocao.sheets import Kind, column_letter

PATH = Path("2024-03.xlsx")
INDICATOR_HEADER = ("Mã", "Chỉ tiêu", "Đơn vị", "Tháng báo cáo", "Số lẻ", "Mục")


def sheet(title: str, *rows: tuple[object, ...], **marks: object) -> RawSheet:
    """A raw sheet from rows of values (None: no cell), with their cell references."""
    cells = tuple(
        tuple(RawCell(f"{column_letter(c)}{r}", v) for c, v in enumerate(row, start=1))
        for r, row in enumerate(rows, start=1)
    )
    return RawSheet(title, cells, **marks)  # type: ignore[arg-type]


def parse(**changes: RawSheet) -> ParsedWorkbook:
    """A small valid month in memory, ``changes`` replacing (or adding) sheets by title."""
    sheets = {
        "ThongTin": sheet("ThongTin", ("Khóa", "Giá trị"), ("thang", 3), ("nam", 2024)),
        "ChiSoSXCN": sheet("ChiSoSXCN", ("Mã", "Ngành", "Chỉ số so với cùng kỳ (%)")),
        "ChiTieu": sheet("ChiTieu", INDICATOR_HEADER, ("x", "Chỉ tiêu X", "tỷ đồng", 5, 1, "S")),
        "HoatDong": sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), ("A", None, "một")),
        "NhiemVu": sheet("NhiemVu", ("STT", "Nội dung"), (1, "việc")),
    }
    sheets.update(changes)
    return parse_workbook(RawWorkbook(PATH, sheets))


def found(parsed: ParsedWorkbook) -> list[tuple[str, str, str | None, str]]:
    """Each problem as (severity, sheet, cell, message)."""
    return [(p.severity.name, str(p.sheet), p.cell, p.message) for p in parsed.problems]


def value_cell(value: object) -> ParsedWorkbook:
    """The month with ``value`` in ChiTieu's Tháng báo cáo (D2)."""
    return parse(ChiTieu=sheet("ChiTieu", INDICATOR_HEADER, ("x", "X", "tỷ đồng", value)))


# 1. Numbers in messages are Vietnamese.


@pytest.mark.parametrize(
    ("typed", "read"),
    [("54,1200", "54,12"), ("1.905,3", "1.905,3"), ("52.716", "52.716"), ("-0,50", "-0,5")],
)
def test_number_typed_as_text_is_reported_the_vietnamese_way(typed: str, read: str) -> None:
    """The warning shows the number read with a decimal comma and thousands dots."""
    assert found(value_cell(typed)) == [
        (
            "WARNING",
            "ChiTieu",
            "D2",
            f"Số được gõ dưới dạng chữ «{typed}»; đã đọc là «{read}». Nên nhập ô này dưới dạng số.",
        )
    ]


@pytest.mark.parametrize(
    ("value", "shown"),
    [(1.5, "1,5"), (2500.75, "2.500,75"), ("1,5", "1,5"), (123456789.5, "123.456.789,5")],
)
def test_whole_number_message_shows_the_vietnamese_number(value: object, shown: str) -> None:
    """ "cần một số nguyên" names the cell's number as a Vietnamese reader reads it."""
    header = ("Mã", "Chỉ tiêu", "Đơn vị", "Tháng báo cáo", "Số lẻ")
    parsed = parse(ChiTieu=sheet("ChiTieu", header, ("x", "X", "tỷ đồng", 5, value)))
    assert found(parsed)[-1] == (
        "ERROR",
        "ChiTieu",
        "E2",
        f"Cột «Số lẻ» cần một số nguyên, nhưng ô có «{shown}».",
    )


def test_decimals_level_and_month_messages_show_vietnamese_numbers() -> None:
    """Số lẻ 1000 and Cấp 1000 are written 1.000; a month and a year as typed (2024, 20245)."""
    parsed = parse(
        ChiTieu=sheet("ChiTieu", INDICATOR_HEADER, ("x", "X", "tỷ đồng", 5, 1000, "S")),
        HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), ("A", 1000, "một")),
        ThongTin=sheet("ThongTin", ("Khóa", "Giá trị"), ("thang", 2024), ("nam", 20245)),
    )
    assert found(parsed) == [
        (
            "ERROR",
            "ThongTin",
            "B2",
            "Tháng (khóa «thang») phải từ 1 đến 12, nhưng là 2024, giống một năm: tháng và năm có "
            "vẻ bị đổi chỗ, hoặc ô tháng ghi nhầm năm.",
        ),
        ("ERROR", "ThongTin", "B3", "Năm (khóa «nam») phải có bốn chữ số, nhưng là 20245."),
        ("ERROR", "ChiTieu", "E2", "«Số lẻ» phải là số nguyên từ 0 đến 6, nhưng là «1.000»."),
        ("ERROR", "HoatDong", "B2", "«Cấp» phải là 0, 1 hoặc 2, nhưng là 1.000."),
    ]


@pytest.mark.parametrize(
    ("month", "year", "message"),
    [
        (2024, 3, "2024 và năm (khóa «nam») là 3: tháng và năm có vẻ bị đổi chỗ"),
        (2024, 2024, "2024, giống một năm: ô tháng có vẻ ghi nhầm năm"),
        (
            2024,
            None,
            "2024, giống một năm: tháng và năm có vẻ bị đổi chỗ, hoặc ô tháng ghi nhầm năm",
        ),
        (20245, 2024, "20245"),
        (13, 2024, "13"),
    ],
)
def test_a_year_in_the_month_cell(month: int, year: int | None, message: str) -> None:
    """A year typed in the month's cell is shown as typed (it was "2.024", a thousand) and
    said to look like a year: month and year swapped when the year's cell holds a month."""
    rows = [("thang", month), *([("nam", year)] if year is not None else [])]
    parsed = parse(ThongTin=sheet("ThongTin", ("Khóa", "Giá trị"), *rows))
    assert [f for f in found(parsed) if f[1:3] == ("ThongTin", "B2")] == [
        ("ERROR", "ThongTin", "B2", f"Tháng (khóa «thang») phải từ 1 đến 12, nhưng là {message}.")
    ]


def test_a_whole_number_typed_as_text_is_read_without_thousands_dots() -> None:
    """A year typed as text is said read as «2024», as years are written, not «2.024»."""
    parsed = parse(
        ThongTin=sheet("ThongTin", ("Khóa", "Giá trị"), ("thang", "3"), ("nam", "2024,0")),
    )
    assert [f for f in found(parsed) if f[1] == "ThongTin"] == [
        (
            "WARNING",
            "ThongTin",
            "B2",
            "Số được gõ dưới dạng chữ «3»; đã đọc là «3». Nên nhập ô này dưới dạng số.",
        ),
        (
            "WARNING",
            "ThongTin",
            "B3",
            "Số được gõ dưới dạng chữ «2024,0»; đã đọc là «2024». Nên nhập ô này dưới dạng số.",
        ),
    ]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("2025 ", "«2025 » (thừa dấu cách ở cuối)"),
        (" 2025", "« 2025» (thừa dấu cách ở đầu)"),
        ("\u00a02025\u00a0", "«\u00a02025\u00a0» (thừa dấu cách ở đầu và cuối)"),
        ("2025\n", "«2025» (thừa dấu cách hoặc xuống dòng ở cuối)"),
        ("2025", "«2025»"),
        ("2025   ", "«2025   » (thừa dấu cách ở cuối)"),
        # 3 000 spaces made a message line of 3 000 blanks: counted, not shown.
        ("2025" + " " * 3000, "«2025» (thừa 3.000 dấu cách ở cuối)"),
        (" " * 4 + "2025\n", "«2025» (thừa 5 dấu cách hoặc xuống dòng ở đầu và cuối)"),
        # A tab was said "thừa dấu cách": it is said as what it is.
        ("2025\t", "«2025» (thừa dấu tab ở cuối)"),
        ("\t2025 ", "«2025» (thừa dấu cách và dấu tab ở đầu và cuối)"),
        ("2025" + "\t" * 3000, "«2025» (thừa 3.000 dấu tab ở cuối)"),
        ("2025\t\n", "«2025» (thừa dấu cách hoặc xuống dòng và dấu tab ở cuối)"),
    ],
)
def test_a_number_typed_as_text_with_spaces_around_it_is_shown_with_them(
    typed: str, said: str
) -> None:
    """ThongTin's year typed "2025 " was said "Số được gõ dưới dạng chữ «2025»": the quotes
    hid the space, and the clerk could not see why the cell is text. The spaces are shown,
    and said (a line break, which quotes cannot show, is said alone)."""
    parsed = parse(ThongTin=sheet("ThongTin", ("Khóa", "Giá trị"), ("thang", 3), ("nam", typed)))
    assert [f for f in found(parsed) if f[1] == "ThongTin"] == [
        (
            "WARNING",
            "ThongTin",
            "B3",
            f"Số được gõ dưới dạng chữ {said}; đã đọc là «2025». Nên nhập ô này dưới dạng số.",
        )
    ]


def test_a_number_too_large_is_shown_in_full_vietnamese_form() -> None:
    """An Excel number of 10^15 or more is named in Vietnamese form, not "1e+15"."""
    assert found(value_cell(1e15)) == [
        (
            "ERROR",
            "ChiTieu",
            "D2",
            "Cột «Tháng báo cáo» cần một số hợp lệ (nhỏ hơn 10^15), nhưng ô có "
            "«1.000.000.000.000.000».",
        )
    ]


# 2. Numbers typed as text obey the same limit.


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("1.000.000.000.000.000", "«1.000.000.000.000.000»"),
        ("9" * 32767, f"«{'9' * 100}…» (32.767 ký tự)"),
        ("1" * 41, f"«{'1' * 41}»"),
    ],
    ids=["10^15", "32767-digits", "41-digits"],
)
def test_number_text_over_the_limit_is_an_error(typed: str, shown: str) -> None:
    """Text that reads 10^15 or more, or is longer than any such number, is an error."""
    assert found(value_cell(typed)) == [
        (
            "ERROR",
            "ChiTieu",
            "D2",
            f"Cột «Tháng báo cáo» cần một số hợp lệ (nhỏ hơn 10^15), nhưng ô có {shown}.",
        )
    ]


def test_long_text_in_a_number_cell_is_cut_in_the_message() -> None:
    """A paragraph in a number cell is an error showing its start and its length."""
    text = "khoảng năm mươi hai nghìn bảy trăm mười sáu tỷ đồng, theo số liệu sơ bộ " * 2
    assert found(value_cell(text)) == [
        (
            "ERROR",
            "ChiTieu",
            "D2",
            f"Cột «Tháng báo cáo» cần một số, nhưng ô có «{text[:100]}…» (143 ký tự).",
        )
    ]


# 3. Excel error values.


@pytest.mark.parametrize("code", sorted(EXCEL_ERRORS))
def test_every_excel_error_value_is_an_error_in_a_text_cell(code: str) -> None:
    """An error value cached in a text cell is an error saying what it means and what to do."""
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (1, "việc"), (2, code)))
    assert found(parsed) == [
        (
            "ERROR",
            "NhiemVu",
            "B3",
            f"Ô có giá trị lỗi của Excel «{code}» ({EXCEL_ERRORS[code]}), không phải dữ liệu. "
            "Hãy gõ lại giá trị đúng vào ô này (nếu đã dán từ nơi khác, sửa ở ô gốc) rồi lưu lại.",
        )
    ]


def test_excel_error_from_a_formula_names_the_formula() -> None:
    """#REF! cached by a formula in a number cell names the formula to fix."""
    header = ("Mã", "Chỉ tiêu", "Đơn vị", "Tháng báo cáo")
    rows = (
        tuple(RawCell(f"{column_letter(c)}1", v) for c, v in enumerate(header, start=1)),
        (
            RawCell("A2", "x"),
            RawCell("B2", "X"),
            RawCell("C2", "tỷ đồng"),
            RawCell("D2", "#REF!", "=Sheet2!B7"),
        ),
    )
    assert found(parse(ChiTieu=RawSheet("ChiTieu", rows))) == [
        (
            "ERROR",
            "ChiTieu",
            "D2",
            "Ô có giá trị lỗi của Excel «#REF!» (công thức tham chiếu tới ô, hàng hoặc trang đã "
            "bị xóa): công thức «=Sheet2!B7» không tính ra dữ liệu. Hãy sửa công thức trong "
            "Excel rồi lưu lại.",
        )
    ]


def test_excel_error_in_a_thongtin_value_and_a_code() -> None:
    """#N/A in ThongTin's Giá trị (by its key's kind) and in a Mã are errors at the cell."""
    parsed = parse(
        ThongTin=sheet(
            "ThongTin", ("Khóa", "Giá trị"), ("thang", 3), ("nam", 2024), ("so_van_ban", "#N/A")
        )
    )
    assert [p[:3] for p in found(parsed)] == [("ERROR", "ThongTin", "B4")]
    parsed = parse(ChiTieu=sheet("ChiTieu", INDICATOR_HEADER, ("#n/a", "X", "tỷ đồng", 5)))
    assert [p[:3] for p in found(parsed)] == [("ERROR", "ChiTieu", "A2")]


# 4. Characters XML 1.0 cannot hold.


@pytest.mark.parametrize(
    ("typed", "kept", "message"),
    [
        (
            "65_xD83D_",
            "65",
            "Ô có nửa ký tự bị cắt (U+D83D), thường là phần còn lại của một biểu tượng (emoji) "
            "bị cắt đôi; đã bỏ ký tự đó.",
        ),
        (
            "_xDE00_Vui_xD83D_",
            "Vui",
            "Ô có nửa ký tự bị cắt (U+DE00, U+D83D), thường là phần còn lại của một biểu tượng "
            "(emoji) bị cắt đôi; đã bỏ ký tự đó.",
        ),
        (
            "a_x0000_b_xFFFE_c_xFFFF_",
            "abc",
            "Ô có ký tự điều khiển không hợp lệ; đã bỏ các ký tự đó.",
        ),
        ("a\x07b", "ab", "Ô có ký tự điều khiển không hợp lệ; đã bỏ các ký tự đó."),
    ],
    ids=["cut-emoji", "two-halves", "nul-and-nonchars", "raw-control"],
)
def test_characters_xml_cannot_hold_are_removed_with_a_warning(
    typed: str, kept: str, message: str
) -> None:
    """Lone surrogates, controls, U+FFFE/U+FFFF are removed; the warning names the cell."""
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (1, "việc"), (2, typed)))
    assert found(parsed) == [("WARNING", "NhiemVu", "B3", message)]
    assert parsed.data is not None
    assert parsed.data.tasks[-1].text == kept


@pytest.mark.parametrize(
    "typed", ["ý kiến_x000B_thẩm định", "ý kiến\x0bthẩm định", "ý kiến\x0cthẩm định"]
)
def test_words_line_and_page_breaks_pasted_are_line_breaks(typed: str) -> None:
    """Word's line break (Shift+Enter) pasted into a cell is kept by Excel as VT
    ("_x000B_"), its page break as FF: they were dropped with a warning of a control
    character, printing "ý kiếnthẩm định" (attack9). Each is now a line break, as a pasted
    CR is, with nothing to say."""
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (1, "việc"), (2, typed)))
    assert found(parsed) == []
    assert parsed.data is not None
    assert parsed.data.tasks[-1].text == "ý kiến\nthẩm định"


def test_breaks_and_eths_are_rewritten_each() -> None:
    """CR-LF, CR, VT and FF are one line break each, "Ð" and "ð" the Vietnamese "Đ", "đ"
    (rewritten with ``str.replace``, not the far slower ``str.translate``)."""
    typed = "Ðiện ðạt\r\nlực\rmới\x0bx\x0cy\n"
    assert clean_text(typed) == "Điện đạt\nlực\nmới\nx\ny"


def test_a_printable_text_is_not_searched_for_what_it_cannot_hold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A printable text (most cells) holds no control character, no half of a character
    and no Excel escape, and one with a letter only Vietnamese Unicode has ("ổ") cannot be
    UTF-8 read as Windows-1252: it is read without those searches, as it was with them."""

    class Unasked:
        def __getattr__(self, name: str) -> object:
            raise AssertionError(f"searched: {name}")

    for pattern in ("_SURROGATE", "_SURROGATE_PAIR", "_ILLEGAL_XML", "_OOXML_ESCAPE"):
        monkeypatch.setattr(baocao.cells, pattern, Unasked())
    monkeypatch.setattr(baocao.legacy, "_C1", Unasked())
    reading = Reading(Path("x.xlsx"), [], Locator())
    typed = RawCell("B2", " Tổng mức bán lẻ hàng hóa tăng 12,5%  ")
    assert convert(reading, "NhiemVu", typed, Kind.TEXT, "Cột «Nội dung»") == typed.value.strip()
    assert reading.problems == []


def test_an_escaped_pair_is_one_character_and_tab_stays() -> None:
    """Two escapes that make one emoji are that emoji, with no warning of a half character
    (only the emoji's own); a tab is legal XML."""
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (1, "Vui_xD83D__xDE00_\tvẻ")))
    assert [m for _, _, _, m in found(parsed)] == [
        "Ô có biểu tượng cảm xúc (emoji) «\U0001f600», thường do dán từ tin nhắn: văn bản hành "
        "chính không dùng, và phông chữ của báo cáo không có nên Word in bằng phông khác. Nếu "
        "không cố ý, hãy xóa khỏi ô."
    ]
    assert parsed.data is not None
    assert parsed.data.tasks[0].text == "Vui\U0001f600\tvẻ"


def test_a_key_left_empty_by_cleaning_skips_its_row_with_a_word() -> None:
    """A Nội dung that held only removed characters is not an empty paragraph: the row is out."""
    rows = ("A", None, "một"), (None, None, "_x0007_")
    parsed = parse(HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), *rows))
    assert found(parsed) == [
        ("WARNING", "HoatDong", "C3", "Ô có ký tự điều khiển không hợp lệ; đã bỏ các ký tự đó."),
        (
            "WARNING",
            "HoatDong",
            "C3",
            "«Nội dung» không còn chữ nào sau khi bỏ các ký tự không hợp lệ, nên hàng 3 không "
            "được đưa vào báo cáo.",
        ),
    ]


INVISIBLE = "Ô có ký tự vô hình ({}), thường do dán từ trang web hoặc tệp khác; đã bỏ các ký tự đó."
BIDI = (
    "Ô có ký tự điều khiển hướng viết ({}): chữ có thể hiện ra khác với nội dung thật (đảo "
    "ngược hoặc lẫn thứ tự); đã bỏ các ký tự đó, hãy kiểm tra lại nội dung ô."
)


@pytest.mark.parametrize(
    ("typed", "kept", "message"),
    [
        (
            "Tham\u200b mưu\u200d UBND\ufeff tỉnh",
            "Tham mưu UBND tỉnh",
            INVISIBLE.format("U+200B, U+200D, U+FEFF"),
        ),
        ("Việc\u2060 một\u00ad", "Việc một", INVISIBLE.format("U+2060, U+00AD")),
        (
            "Tham mưu \u202eUBND tỉnh\u202c kế hoạch",
            "Tham mưu UBND tỉnh kế hoạch",
            BIDI.format("U+202E, U+202C"),
        ),
        ("\u2067Việc\u2069 \u200b", "Việc", BIDI.format("U+2067, U+2069, U+200B")),
    ],
    ids=["zero-width", "word-joiner-soft-hyphen", "right-to-left-override", "isolate"],
)
def test_invisible_format_characters_are_removed_with_a_warning(
    typed: str, kept: str, message: str
) -> None:
    """Zero-width characters, the BOM, the word joiner (category Cf) are removed with a
    warning at the cell; a bidirectional control is said to change how the text reads."""
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (1, "việc"), (2, typed)))
    assert found(parsed) == [("WARNING", "NhiemVu", "B3", message)]
    assert parsed.data is not None
    assert parsed.data.tasks[-1].text == kept


def test_a_text_of_invisible_characters_only_is_left_out() -> None:
    """A task of U+200B or U+FEFF alone is no task: the warning, then the row left out."""
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), ("1", "việc"), (None, "\ufeff")))
    assert found(parsed) == [
        ("WARNING", "NhiemVu", "B3", INVISIBLE.format("U+FEFF")),
        (
            "WARNING",
            "NhiemVu",
            "B3",
            "«Nội dung» không còn chữ nào sau khi bỏ các ký tự không hợp lệ, nên hàng 3 không "
            "được đưa vào báo cáo.",
        ),
    ]
    assert parsed.data is not None
    assert [t.text for t in parsed.data.tasks] == ["việc"]


def test_a_required_text_left_empty_by_cleaning_is_an_error() -> None:
    """A Chỉ tiêu name of control characters only is blank: an error, not a nameless sentence."""
    parsed = parse(ChiTieu=sheet("ChiTieu", INDICATOR_HEADER, ("x", "_x0001_", "tỷ đồng", 5)))
    assert found(parsed)[-1] == ("ERROR", "ChiTieu", "B2", "Cột «Chỉ tiêu» không được để trống.")


# 5. Leftover punctuation typed by the clerk.


@pytest.mark.parametrize(
    ("typed", "level", "text", "message"),
    [
        (
            ("A", None, "- Việc một"),
            1,
            "Việc một",
            "Đã bỏ «-» gõ ở đầu «Nội dung» và lấy «Cấp» là 1: báo cáo tự thêm dấu đầu dòng "
            "theo «Cấp».",
        ),
        (
            ("A", None, "+ Việc con"),
            2,
            "Việc con",
            "Đã bỏ «+» gõ ở đầu «Nội dung» và lấy «Cấp» là 2: báo cáo tự thêm dấu đầu dòng "
            "theo «Cấp».",
        ),
        (
            ("A", 0, "• Đoạn"),
            0,
            "Đoạn",
            "Đã bỏ «•» gõ ở đầu «Nội dung»: báo cáo tự thêm dấu đầu dòng theo «Cấp».",
        ),
        (
            ("A", None, "* –Việc"),
            1,
            "Việc",
            "Đã bỏ «* –» gõ ở đầu «Nội dung»: báo cáo tự thêm dấu đầu dòng theo «Cấp».",
        ),
        (
            ("A", 1, "+ Việc"),
            1,
            "Việc",
            "Đã bỏ «+» gõ ở đầu «Nội dung»: báo cáo tự thêm dấu đầu dòng theo «Cấp».",
        ),
    ],
    ids=["dash", "plus-gives-level-2", "bullet-level-0", "star-then-en-dash", "level-typed-wins"],
)
def test_list_marker_typed_in_hoatdong_is_removed_with_a_note(
    typed: tuple[object, ...], level: int, text: str, message: str
) -> None:
    """A typed marker goes (the report adds its own); "+ " or "- " gives a blank Cấp."""
    parsed = parse(HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), typed))
    assert found(parsed) == [("INFO", "HoatDong", "C2", message)]
    assert parsed.data is not None
    (activity,) = parsed.data.activities
    assert (activity.level, activity.text) == (level, text)


@pytest.mark.parametrize(
    ("typed", "mark", "text"),
    [
        ("o\tThực hiện thu thập thông tin", "o", "Thực hiện thu thập thông tin"),
        ("§\tThực hiện thu thập thông tin", "§", "Thực hiện thu thập thông tin"),
    ],
    ids=["word-level-2", "word-level-3"],
)
def test_a_bullet_pasted_from_a_word_list_is_removed_with_a_note(
    typed: str, mark: str, text: str
) -> None:
    """A bullet of a Word list pasted before a paragraph or a task as Word's plain text writes
    it, a character and a tab ("o\t", "§\t"), was printed with a clean check: "- O Thực
    hiện …", "- § Thực hiện …"."""
    parsed = parse(
        HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), ("A", 1, typed)),
        NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (1, typed)),
    )
    assert found(parsed) == [
        (
            "INFO",
            "HoatDong",
            "C2",
            f"Đã bỏ «{mark}» gõ ở đầu «Nội dung»: báo cáo tự thêm dấu đầu dòng theo «Cấp».",
        ),
        (
            "INFO",
            "NhiemVu",
            "B2",
            f"Đã bỏ «{mark}» gõ ở đầu «Nội dung»: báo cáo tự đánh số nhiệm vụ.",
        ),
    ]
    assert parsed.data is not None
    assert [a.text for a in parsed.data.activities] == [text]
    assert [t.text for t in parsed.data.tasks] == [text]


def test_a_symbol_fonts_characters_are_removed_at_the_cell() -> None:
    """Word's and a PDF's Symbol and Wingdings bullets (the Private Use Area: U+F0B7,
    U+F0D8) pasted with a text were printed as typed with a clean check, a box in the
    report's font: "- \uf0b7 Thực hiện …", a sentence opening "\uf0b7 Tổng mức bán lẻ …",
    "đạt \uf0b3 50%" (Symbol's "≥"). One before the text is a bullet, dropped with a note;
    one inside it stood for a sign, dropped with a warning asking to type it."""
    bullet = (
        "Đã bỏ ký tự {} ở đầu ô: dấu đầu dòng của phông chữ Symbol hoặc Wingdings (dán từ "
        "Word hoặc PDF), phông chữ của báo cáo không có ký tự này."
    )
    parsed = parse(
        ChiTieu=sheet("ChiTieu", INDICATOR_HEADER, ("x", "\uf0b7 Tổng mức bán lẻ", "tỷ đồng", 5)),
        HoatDong=sheet(
            "HoatDong",
            ("Mục", "Cấp", "Nội dung"),
            ("A", 1, "\uf0b7  Thực hiện thu thập thông tin"),
            (None, 1, "Tỷ lệ đạt \uf0b3 50%"),
        ),
        NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (1, "\uf0d8\tTiếp tục theo dõi")),
    )
    assert found(parsed) == [
        ("INFO", "ChiTieu", "B2", bullet.format("U+F0B7")),
        ("INFO", "HoatDong", "C2", bullet.format("U+F0B7")),
        (
            "WARNING",
            "HoatDong",
            "C3",
            "Ô có ký tự riêng của phông chữ Symbol hoặc Wingdings (U+F0B3), thường do dán từ "
            "Word hoặc PDF: phông chữ của báo cáo không có ký tự này và sẽ in thành ô vuông. Đã "
            "bỏ ký tự đó; hãy kiểm tra lại nội dung ô và gõ lại dấu hoặc chữ nó thay thế (ví dụ "
            "«≥», «→»).",
        ),
        ("INFO", "NhiemVu", "B2", bullet.format("U+F0D8")),
    ]
    assert parsed.data is not None
    assert [i.name for i in parsed.data.indicators] == ["Tổng mức bán lẻ"]
    assert [a.text for a in parsed.data.activities] == [
        "Thực hiện thu thập thông tin",
        "Tỷ lệ đạt 50%",
    ]
    assert [t.text for t in parsed.data.tasks] == ["Tiếp tục theo dõi"]


def test_a_one_letter_word_before_a_space_is_no_bullet() -> None:
    """ "Ở xã …", "o" before a space: words, kept; a digit before a tab is no bullet either."""
    rows = ("A", 1, "Ở  xã Tân Yên, đã kiểm tra"), (None, 1, "5\tdự án mới")
    parsed = parse(HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), *rows))
    assert parsed.problems == []
    assert parsed.data is not None
    assert [a.text for a in parsed.data.activities] == [
        "Ở  xã Tân Yên, đã kiểm tra",
        "5\tdự án mới",
    ]


def test_a_paragraph_or_task_of_only_marks_is_left_out_with_a_warning() -> None:
    """Nội dung "-" in HoatDong or "1." in NhiemVu is no paragraph: a warning, the row is out."""
    rows = ("A", None, "một"), (None, None, "-")
    parsed = parse(
        HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), *rows),
        NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (1, "việc"), (2, "2.")),
    )
    assert found(parsed) == [
        ("WARNING", "HoatDong", "C3", "«Nội dung» chỉ có dấu «-»; bỏ qua dòng này."),
        ("WARNING", "NhiemVu", "B3", "«Nội dung» chỉ có «2.»; bỏ qua dòng này."),
    ]


@pytest.mark.parametrize(
    ("typed", "paragraph", "task"),
    [
        (
            ".",
            "«Nội dung» chỉ có dấu «.»; bỏ qua dòng này.",
            "«Nội dung» chỉ có «.»; bỏ qua dòng này.",
        ),
        (
            "- ./.",
            "«Nội dung» chỉ có dấu «- ./.»; bỏ qua dòng này.",
            "«Nội dung» chỉ có «- ./.»; bỏ qua dòng này.",
        ),
    ],
    ids=["dot", "marker-and-end-mark"],
)
def test_a_paragraph_or_task_of_only_punctuation_is_left_out(
    typed: str, paragraph: str, task: str
) -> None:
    """ "." alone is no paragraph ("12. ./." otherwise): the "only marks" warning, row out."""
    parsed = parse(
        HoatDong=sheet(
            "HoatDong", ("Mục", "Cấp", "Nội dung"), ("A", None, "một"), (None, 1, typed)
        ),
        NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (1, "việc"), (2, typed)),
    )
    assert found(parsed) == [
        ("WARNING", "HoatDong", "C3", paragraph),
        ("WARNING", "NhiemVu", "B3", task),
    ]
    assert parsed.data is not None
    assert [a.text for a in parsed.data.activities] == ["một"]
    assert [t.text for t in parsed.data.tasks] == ["việc"]


def test_numbers_and_signs_at_the_start_are_not_markers() -> None:
    """ "-5% …" and "+3 dự án" keep their sign: a marker is followed by a space or a letter."""
    rows = ("A", 0, "-5% so với cùng kỳ"), (None, None, "+3 dự án mới")
    parsed = parse(HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), *rows))
    assert parsed.problems == []
    assert parsed.data is not None
    assert [a.text for a in parsed.data.activities] == ["-5% so với cùng kỳ", "+3 dự án mới"]


def test_number_or_marker_typed_before_a_task_is_removed_with_a_note() -> None:
    """ "3. Việc" and "- Việc" in NhiemVu lose what the report writes itself."""
    rows = (1, "1. Việc một"), (2, "- Việc hai"), (3, "2024 là năm bản lề")
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), *rows))
    assert found(parsed) == [
        ("INFO", "NhiemVu", "B2", "Đã bỏ «1.» gõ ở đầu «Nội dung»: báo cáo tự đánh số nhiệm vụ."),
        ("INFO", "NhiemVu", "B3", "Đã bỏ «-» gõ ở đầu «Nội dung»: báo cáo tự đánh số nhiệm vụ."),
    ]
    assert parsed.data is not None
    assert [t.text for t in parsed.data.tasks] == ["Việc một", "Việc hai", "2024 là năm bản lề"]


def test_stt_that_is_not_a_whole_number_is_a_warning() -> None:
    """STT "I" or 2,5 is a warning at its cell; the list is numbered by position."""
    rows = (1, "a"), ("I", "b"), (2.5, "c"), ("4.", "d"), (None, "e")
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), *rows))
    assert found(parsed) == [
        (
            "WARNING",
            "NhiemVu",
            "A3",
            "«STT» cần một số nguyên, nhưng ô có «I»; nhiệm vụ được đánh số theo thứ tự dòng "
            "(đây là nhiệm vụ thứ 2).",
        ),
        (
            "WARNING",
            "NhiemVu",
            "A4",
            "«STT» cần một số nguyên, nhưng ô có «2,5»; nhiệm vụ được đánh số theo thứ tự dòng "
            "(đây là nhiệm vụ thứ 3).",
        ),
    ]


@pytest.mark.parametrize(
    ("numbers", "cell", "typed", "position"),
    [((1, 2, 2, 4), "A4", "2", "3"), ((1, 3, 4), "A3", "3", "2"), ((0, 1), "A2", "0", "1")],
    ids=["repeat", "skip", "from-zero"],
)
def test_stt_that_repeats_or_skips_is_one_warning(
    numbers: tuple[int, ...], cell: str, typed: str, position: str
) -> None:
    """The first STT out of place is a warning (one per sheet); the list is renumbered."""
    rows = [(n, f"việc {i}") for i, n in enumerate(numbers)]
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), *rows))
    assert found(parsed) == [
        (
            "WARNING",
            "NhiemVu",
            cell,
            f"«STT» ghi {typed} nhưng đây là nhiệm vụ thứ {position} (STT bị lặp hoặc nhảy số); "
            "danh sách được đánh số theo thứ tự dòng: 1, 2, 3, …",
        )
    ]


# 7. Empty sections and rows skipped.


def test_empty_nhiemvu_is_an_error_naming_the_sheet() -> None:
    """No task (or only blank rows) is an error: there is no report without Section II."""
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (None, None)))
    assert parsed.data is None
    assert found(parsed) == [
        (
            "ERROR",
            "NhiemVu",
            None,
            "Trang không có nhiệm vụ nào, mà báo cáo phải có phần II (nhiệm vụ kỳ tới). Hãy ghi "
            "mỗi nhiệm vụ vào một dòng, ở cột «Nội dung».",
        )
    ]


def test_empty_hoatdong_is_a_warning_naming_the_sheet() -> None:
    """No paragraph in HoatDong is a warning; the report is still built."""
    parsed = parse(HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung")))
    assert parsed.data is not None
    assert found(parsed) == [
        (
            "WARNING",
            "HoatDong",
            None,
            "Trang không có nội dung nào: báo cáo sẽ không có các tiểu mục về hoạt động sau phần "
            "số liệu.",
        )
    ]


def test_an_earlier_month_read_as_a_model_may_have_no_narrative() -> None:
    """``report=False`` (baocao init's model month) accepts empty HoatDong and NhiemVu."""
    sheets = {
        "ThongTin": sheet("ThongTin", ("Khóa", "Giá trị"), ("thang", 3), ("nam", 2024)),
        "ChiSoSXCN": sheet("ChiSoSXCN", ("Mã", "Ngành")),
        "ChiTieu": sheet("ChiTieu", INDICATOR_HEADER),
        "HoatDong": sheet("HoatDong", ("Mục", "Nội dung")),
        "NhiemVu": sheet("NhiemVu", ("Nội dung",)),
    }
    parsed = parse_workbook(RawWorkbook(PATH, sheets), report=False)
    assert (parsed.problems, parsed.data is not None) == ([], True)


def test_every_way_a_hoatdong_row_could_vanish_is_said() -> None:
    """A heading with nothing under it, a Mục without Nội dung inside a subsection, a row with
    only Cấp, rows before any Mục: each is a problem at its cell; a heading row heads."""
    rows = (
        (None, None, "trước mọi mục"),  # 2: before any Mục
        ("Trống", None, None),  # 3: a heading with nothing under it
        ("Đầu mục", 1, None),  # 4: a heading for the rows below
        (None, None, "dưới đầu mục"),  # 5
        ("Đầu mục", None, None),  # 6: Mục without Nội dung, inside the subsection
        (None, 2, None),  # 7: only Cấp
        ("Cuối", None, None),  # 8: a heading at the end
    )
    parsed = parse(HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), *rows))
    empty = "nên không có trong báo cáo. Hãy viết nội dung dưới mục này, hoặc xóa dòng nếu "
    assert found(parsed) == [
        ("INFO", "HoatDong", "C7", "Hàng 7 chỉ có «Cấp», «Nội dung» trống; bỏ qua hàng này."),
        (
            "ERROR",
            "HoatDong",
            "A2",
            "Dòng này chưa thuộc tiểu mục nào: hãy ghi «Mục» ở dòng này hoặc ở một dòng phía trên.",
        ),
        (
            "WARNING",
            "HoatDong",
            "A3",
            f"«Mục» «Trống» không có dòng «Nội dung» nào {empty}tháng này không có.",
        ),
        (
            "WARNING",
            "HoatDong",
            "C6",
            "Hàng 6 có dữ liệu («Mục») nhưng «Nội dung» trống, nên không được đưa vào báo cáo. "
            "Hãy điền «Nội dung», hoặc xóa hàng nếu không dùng.",
        ),
        (
            "WARNING",
            "HoatDong",
            "A8",
            f"«Mục» «Cuối» không có dòng «Nội dung» nào {empty}tháng này không có.",
        ),
    ]


def test_a_heading_row_gives_its_mục_to_the_rows_below() -> None:
    """A row with only Mục (as baocao init writes them) heads the paragraphs under it."""
    rows = ("A", None, "một"), ("B", 1, None), (None, None, "hai"), (None, 2, "ba")
    parsed = parse(HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), *rows))
    assert parsed.problems == []
    assert parsed.data is not None
    assert [(a.section, a.level, a.text) for a in parsed.data.activities] == [
        ("A", 1, "một"),
        ("B", 1, "hai"),
        ("B", 2, "ba"),
    ]


def test_chitieu_row_without_code_is_a_warning_and_a_heading_row_heads() -> None:
    """A ChiTieu row with figures but no Mã is left out with a warning; one with only Mục
    (and a Số lẻ) heads the indicators below."""
    rows = (
        ("x", "X", "tỷ đồng", 5, 0, "S"),
        (None, "Y", "tỷ đồng", 7, 0, None),
        (None, None, None, None, 0, "T"),
        ("z", "Z", "tỷ đồng", 9, 0, None),
    )
    parsed = parse(ChiTieu=sheet("ChiTieu", INDICATOR_HEADER, *rows))
    assert found(parsed) == [
        (
            "WARNING",
            "ChiTieu",
            "A3",
            "Hàng 3 có dữ liệu («Chỉ tiêu», «Đơn vị», «Tháng báo cáo», «Số lẻ») nhưng «Mã» "
            "trống, nên không được đưa vào báo cáo. Hãy điền «Mã», hoặc xóa hàng nếu không dùng.",
        )
    ]
    assert parsed.data is not None
    assert [(i.code, i.section) for i in parsed.data.indicators] == [("x", "S"), ("z", "T")]


# 8. Two sheets or two columns of one name.


def test_two_sheets_of_one_name_are_an_error_naming_both() -> None:
    """A hidden " ChiTieu" beside ChiTieu is an error naming both titles, not a silent pick."""
    twin = sheet(" ChiTieu", INDICATOR_HEADER, ("x", "X", "tỷ đồng", 999), hidden=True)
    parsed = parse(**{" ChiTieu": twin})
    assert parsed.data is None
    assert [(p.severity, p.sheet, p.message) for p in parsed.problems] == [
        (
            Severity.ERROR,
            None,
            "Sổ có 2 trang tính cùng được đọc là «ChiTieu» (tên trang so sánh không phân biệt "
            "hoa thường và khoảng trắng): «ChiTieu», « ChiTieu» (đang ẩn). Hãy xóa hoặc đổi tên "
            "trang thừa, chỉ giữ một trang «ChiTieu».",
        )
    ]


def test_two_header_cells_of_one_name_are_an_error_naming_both() -> None:
    """A hidden second "Tháng báo cáo" column is an error naming both cells."""
    header = ("Mã", "Chỉ tiêu", "Đơn vị", "Tháng báo cáo", "THÁNG  BÁO CÁO ")
    twin = sheet("ChiTieu", header, ("x", "X", "tỷ đồng", 5, 999), hidden_columns=frozenset({5}))
    parsed = parse(ChiTieu=twin)
    assert parsed.data is None
    assert found(parsed) == [
        (
            "ERROR",
            "ChiTieu",
            "E1",
            "Cột «Tháng báo cáo» có ở 2 ô tiêu đề: D1, E1 (cột E đang ẩn). Hãy xóa hoặc đổi tên "
            "cột thừa, chỉ giữ một cột «Tháng báo cáo».",
        )
    ]


def test_a_repeated_column_outside_the_contract_is_no_problem() -> None:
    """Two "Ghi chú" columns are ignored like any other column not in the contract."""
    header = (*INDICATOR_HEADER, "Ghi chú", "Ghi chú")
    parsed = parse(ChiTieu=sheet("ChiTieu", header, ("x", "X", "tỷ đồng", 5, 0, "S", "a", "b")))
    assert parsed.problems == []


def test_a_heading_typed_again_joins_its_first_subsection() -> None:
    """ "Về năng lượng" again further down, in another case, is the same subsection: a
    warning at its cell, its rows under the first form."""
    rows = (
        ("Về năng lượng", None, "một"),
        ("Công tác khác", None, "hai"),
        ("về  Năng lượng", None, "ba"),
    )
    parsed = parse(HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), *rows))
    assert found(parsed) == [
        (
            "WARNING",
            "HoatDong",
            "A4",
            "«Mục» «về  Năng lượng» đã có ở ô A2 («Về năng lượng»): các dòng dưới mục này được "
            "gộp vào tiểu mục đó, không thành một tiểu mục thứ hai.",
        )
    ]
    assert parsed.data is not None
    assert [(a.section, a.text) for a in parsed.data.activities] == [
        ("Về năng lượng", "một"),
        ("Về năng lượng", "ba"),
        ("Công tác khác", "hai"),
    ]


def test_headings_at_the_top_filled_further_down_are_not_left_out() -> None:
    """The headings `baocao init` writes at the top of HoatDong, with the month's paragraphs
    typed (or pasted from last month) further down under the same Mục: each subsection is in
    the report, so none is said to be left out ("«Mục» «Về năng lượng» không có dòng «Nội
    dung» nào nên không có trong báo cáo" was said of each); a heading nothing fills still
    is."""
    rows = (
        ("Về năng lượng", 1, None),
        ("Công tác khác", 1, None),
        ("Công tác trống", 1, None),
        ("Về năng lượng", None, "một"),
        ("Công tác khác", None, "hai"),
    )
    parsed = parse(HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), *rows))
    assert found(parsed) == [
        (
            "WARNING",
            "HoatDong",
            "A4",
            "«Mục» «Công tác trống» không có dòng «Nội dung» nào nên không có trong báo cáo. "
            "Hãy viết nội dung dưới mục này, hoặc xóa dòng nếu tháng này không có.",
        )
    ]
    assert parsed.data is not None
    assert [(a.section, a.text) for a in parsed.data.activities] == [
        ("Về năng lượng", "một"),
        ("Công tác khác", "hai"),
    ]


def test_headings_at_the_top_order_their_subsections() -> None:
    """Headings written at the top (as `baocao init` writes them) order the subsections,
    whatever order the paragraphs are typed in further down: the report wrote "4. Công tác
    khác" before "5. Về năng lượng", the headings' order lost without a word."""
    rows = (
        ("Về năng lượng", 1, None),
        ("Công tác khác", 1, None),
        ("Công tác khác", None, "hai"),
        ("Về năng lượng", None, "một"),
        (None, None, "ba"),
    )
    parsed = parse(HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), *rows))
    assert found(parsed) == []
    assert parsed.data is not None
    assert [(a.section, a.text) for a in parsed.data.activities] == [
        ("Về năng lượng", "một"),
        ("Về năng lượng", "ba"),
        ("Công tác khác", "hai"),
    ]


def test_a_heading_of_both_figures_and_narrative_is_an_error() -> None:
    """A HoatDong Mục named like a ChiTieu Mục makes two subsections of one name, a heading
    printed twice: an error naming the ChiTieu cell (it was a warning, and the report was
    built so)."""
    parsed = parse(
        HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), ("s", None, "một")),
    )
    assert found(parsed) == [
        (
            "ERROR",
            "HoatDong",
            "A2",
            "«Mục» «s» trùng tên với mục số liệu «S» (ChiTieu!F2): báo cáo sẽ có hai tiểu mục "
            "cùng tên, vì đoạn văn không được viết vào tiểu mục số liệu. Hãy đổi tên một trong "
            "hai mục.",
        )
    ]


@pytest.mark.parametrize(
    ("figures", "narrative", "how"),
    [
        ("Về thương mại, dịch vụ", "Thương mại, dịch vụ", "ở chữ «Về» đầu mục"),
        ("Thương mại, dịch vụ", "Về thương mại, dịch vụ", "ở chữ «Về» đầu mục"),
        ("Về thương mại, dịch vụ", "Thương mại - Dịch vụ", "ở chữ «Về» đầu mục và ở dấu"),
    ],
    ids=["về-in-figures", "về-in-narrative", "về-and-marks"],
)
def test_a_heading_of_figures_but_for_về_is_an_error(
    figures: str, narrative: str, how: str
) -> None:
    """The starter's ChiTieu heading "Về thương mại, dịch vụ" beside a HoatDong Mục typed
    as a real report heads it, "Thương mại, dịch vụ" (Quảng Nam's report of quý I/2025):
    the report was built with "2. Về thương mại, dịch vụ" and "3. Thương mại, dịch vụ",
    one subject headed twice, with a clean check (falsealarm20). An error, as a name
    differing in its marks alone is; a heading that only begins alike ("Về thương mại
    điện tử") is another."""
    parsed = parse(
        ChiTieu=sheet("ChiTieu", INDICATOR_HEADER, ("x", "Chỉ tiêu X", "tỷ đồng", 5, 1, figures)),
        HoatDong=sheet(
            "HoatDong",
            ("Mục", "Cấp", "Nội dung"),
            (narrative, None, "một"),
            ("Về thương mại điện tử", None, "hai"),
        ),
    )
    assert found(parsed) == [
        (
            "ERROR",
            "HoatDong",
            "A2",
            f"«Mục» «{narrative}» chỉ khác mục số liệu «{figures}» (ChiTieu!F2) {how}"
            + (" hoặc cách viết" if how.endswith("dấu") else "")
            + ": báo cáo sẽ có hai tiểu mục gần cùng tên, vì đoạn văn không được viết vào "
            "tiểu mục số liệu. Hãy đổi tên một trong hai mục.",
        )
    ]


@pytest.mark.parametrize("typed", ["-", "x", "n/a", "chưa có", "…"])
def test_a_mark_for_no_figure_says_to_leave_the_cell_blank(typed: str) -> None:
    """ "-" or "chưa có" in a figure's cell means no figure yet: the error says a blank cell
    says so; text with a digit in it ("khoảng 52 nghìn", test_cli) gets no such advice."""
    assert found(value_cell(typed)) == [
        (
            "ERROR",
            "ChiTieu",
            "D2",
            f"Cột «Tháng báo cáo» cần một số, nhưng ô có «{typed}». Nếu chưa có số liệu, hãy "
            "để trống ô.",
        )
    ]
    reading = Reading(Path("x.xlsx"), [], Locator())  # a whole number, the month: no advice
    assert convert(reading, "ThongTin", RawCell("B2", typed), Kind.INT, "Khóa «thang»") is None
    assert [p.message for p in reading.problems] == [
        f"Khóa «thang» cần một số, nhưng ô có «{typed}»."
    ]


def test_reading_at_names_the_sheet_as_written_and_the_cell() -> None:
    """``Reading.at`` gives what ``error``, ``warn`` and ``note`` take: the sheet's title as
    the file writes it and the field's cell; a field without a column is its whole row."""
    from baocao.sheets import CHI_TIEU

    locator = Locator({"ChiTieu": "Chi tieu"}, {("ChiTieu", "unit"): "C"})
    reading = Reading(Path("x.xlsx"), [], locator)
    assert reading.at(CHI_TIEU, "unit", 5) == ("Chi tieu", "C5")
    assert reading.at(CHI_TIEU, "group", 7) == ("Chi tieu", "7:7")
    reading.warn(*reading.at(CHI_TIEU, "unit", 5), "Cẩn thận.")
    assert [(p.sheet, p.cell, p.message) for p in reading.problems] == [
        ("Chi tieu", "C5", "Cẩn thận.")
    ]


def test_a_name_paragraph_or_task_typed_in_capitals_is_a_warning() -> None:
    """A name pasted with the statistics office's row in capitals, or a paragraph or task
    typed so, was printed as typed with a clean check: "KIM NGẠCH XUẤT KHẨU cộng dồn 03
    tháng đầu năm ước đạt …", "- THỰC HIỆN THU THẬP THÔNG TIN …". A warning at the cell (a
    name may hold proper names and acronyms, "(CPI)", so it is not lowered); an acronym's
    words ("KCN VSIP BẮC NINH") and a word in capitals inside a text are no shouting."""
    parsed = parse(
        ChiTieu=sheet(
            "ChiTieu",
            INDICATOR_HEADER,
            ("xk", "KIM NGẠCH XUẤT KHẨU", "triệu USD", 5, 1, "S"),
            ("dn", "Số doanh nghiệp KCN VSIP BẮC NINH", "doanh nghiệp", 5, 0),
        ),
        HoatDong=sheet(
            "HoatDong",
            ("Mục", "Cấp", "Nội dung"),
            ("A", 1, "THỰC HIỆN THU THẬP THÔNG TIN, XÂY DỰNG BÁO CÁO."),
            (None, 1, "Kiểm tra theo Chỉ thị số 12 của UBND TỈNH."),
        ),
        NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), (1, "TIẾP TỤC THEO DÕI THỊ TRƯỜNG")),
    )
    todo = "Hãy gõ chữ thường (viết hoa chữ đầu câu và tên riêng)."
    assert found(parsed) == [
        (
            "WARNING",
            "ChiTieu",
            "B2",
            "«Chỉ tiêu» «KIM NGẠCH XUẤT KHẨU» được gõ chữ hoa cả tên, như dòng của bảng thống "
            "kê, nhưng tên đứng trong câu văn: báo cáo sẽ in «KIM NGẠCH XUẤT KHẨU cộng dồn … "
            f"ước đạt …». {todo}",
        ),
        (
            "WARNING",
            "HoatDong",
            "C2",
            "«Nội dung» được gõ chữ hoa cả đoạn, và báo cáo in nguyên như vậy giữa các đoạn "
            f"chữ thường. Nếu đây là đề mục, hãy ghi ở «Mục»; nếu không, {todo[0].lower()}"
            f"{todo[1:]}",
        ),
        (
            "WARNING",
            "NhiemVu",
            "B2",
            "«Nội dung» được gõ chữ hoa cả đoạn, và báo cáo in nguyên như vậy giữa các đoạn "
            f"chữ thường. {todo}",
        ),
    ]


def test_a_formula_giving_a_number_as_text_says_so() -> None:
    """A formula whose result is text ("=TEXT(D3+D4;\"0\")", a VLOOKUP into a pasted column)
    was told "Số được gõ dưới dạng chữ «52716» … Nên nhập ô này dưới dạng số." as if typed:
    the message names the formula, and what makes it give text."""
    cell = RawCell("D2", "52716", formula='=TEXT(D3+D4;"0")')
    parsed = parse(
        ChiTieu=RawSheet(
            "ChiTieu",
            (
                tuple(
                    RawCell(f"{column_letter(c)}1", v) for c, v in enumerate(INDICATOR_HEADER, 1)
                ),
                (RawCell("A2", "x"), RawCell("B2", "X"), RawCell("C2", "tỷ đồng"), cell),
            ),
        )
    )
    assert found(parsed) == [
        (
            "WARNING",
            "ChiTieu",
            "D2",
            'Số do công thức «=TEXT(D3+D4;"0")» trả về dưới dạng chữ «52716»; đã đọc là '
            "«52.716». Nên sửa công thức để trả về số (bỏ hàm TEXT hoặc phép nối «&» với chữ), "
            "hoặc nhập ô này dưới dạng số.",
        )
    ]
    assert parsed.data is not None
    assert [i.value for i in parsed.data.indicators] == [52716]


def test_an_emoji_in_a_text_is_a_warning() -> None:
    """An emoji pasted with a text (from a chat: "👍", "✅") was printed with a clean check,
    in a font Word swaps in: a warning naming it (kept: it may be meant); "°C", "±", "→"
    and "✓" are signs, not emoji."""
    parsed = parse(
        HoatDong=sheet(
            "HoatDong",
            ("Mục", "Cấp", "Nội dung"),
            ("A", 1, "Hoàn thành kế hoạch 👍👍 ✅"),
            (None, 1, "Nhiệt độ 30°C ± 2 → đạt ✓"),
        ),
    )
    assert found(parsed) == [
        (
            "WARNING",
            "HoatDong",
            "C2",
            "Ô có biểu tượng cảm xúc (emoji) «👍», «✅», thường do dán từ tin nhắn: văn bản "
            "hành chính không dùng, và phông chữ của báo cáo không có nên Word in bằng phông "
            "khác. Nếu không cố ý, hãy xóa khỏi ô.",
        )
    ]
    assert parsed.data is not None
    assert parsed.data.activities[0].text == "Hoàn thành kế hoạch 👍👍 ✅"


def test_an_emoji_drawn_so_by_its_selector_is_a_warning() -> None:
    """A keycap "1️⃣" and a sign the emoji selector U+FE0F draws as emoji ("❤️", "☀️",
    "✔️"), pasted from a chat, were printed with a clean check; a flag and a skin tone were
    named as their halves («🇻», «🇳», «👍», «🏽»). Each is a warning naming it whole."""
    parsed = parse(
        HoatDong=sheet(
            "HoatDong",
            ("Mục", "Cấp", "Nội dung"),
            ("A", 1, "1️⃣ Hoàn thành kế hoạch ❤️ ☀️ ✔️"),
            (None, 1, "Đoàn 🇻🇳 đạt giải 👍🏽"),
        ),
    )
    said = "», «".join
    assert found(parsed) == [
        (
            "WARNING",
            "HoatDong",
            cell,
            f"Ô có biểu tượng cảm xúc (emoji) «{said(emoji)}», thường do dán từ tin nhắn: văn "
            "bản hành chính không dùng, và phông chữ của báo cáo không có nên Word in bằng "
            "phông khác. Nếu không cố ý, hãy xóa khỏi ô.",
        )
        for cell, emoji in (("C2", ["1️⃣", "❤️", "☀️", "✔️"]), ("C3", ["🇻🇳", "👍🏽"]))
    ]
    assert parsed.data is not None
    assert parsed.data.activities[0].text == "1️⃣ Hoàn thành kế hoạch ❤️ ☀️ ✔️"


def test_a_mark_no_letter_takes_is_a_warning() -> None:
    """A tone mark typed twice ("thá" and a second U+0301, as a PDF pastes it) or fifty
    marks on one letter were printed piled over it with a clean check: a warning naming the
    word (kept: which mark was meant cannot be told). "Hoà" typed as "a" and its mark is
    one letter, as is any Vietnamese letter."""
    parsed = parse(
        HoatDong=sheet(
            "HoatDong",
            ("Mục", "Cấp", "Nội dung"),
            ("A", 1, "Tham gia \u00e1\u0301 thẩm định"),
            (None, 1, "Hoa\u0300 Bi\u0300nh, Nghê\u0323 An, Việt Nam"),
            (None, 1, "Tha" + "\u0301" * 50 + "m gia"),
        ),
    )
    assert found(parsed) == [
        (
            "WARNING",
            "HoatDong",
            cell,
            "Ô có dấu thanh hoặc dấu phụ thừa, không ghép được vào chữ cái (U+0301) ở "
            f"«{word}», thường do gõ dấu hai lần hoặc dán từ tệp PDF: báo cáo sẽ in các dấu "
            "chồng lên chữ. Hãy gõ lại các chữ đó.",
        )
        for cell, word in (("C2", "\u00e1\u0301"), ("C4", "Thá" + "\u0301" * 17 + "…"))
    ]
    assert parsed.data is not None
    assert parsed.data.activities[1].text == "Hoà Bình, Nghệ An, Việt Nam"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("6,786.2", "6.786,2"),
        ("101.35", "101,35"),
        ("1,234,567.89", "1.234.567,89"),
        ("-3.5", "-3,5"),
        ("1,234,567", "1.234.567"),
    ],
)
def test_a_figure_typed_the_english_way_says_how_to_write_it(typed: str, written: str) -> None:
    """ "6,786.2" (a figure pasted from an English table) got «… cần một số, nhưng ô có
    «6,786.2»» and nothing more (province28): the error now says it looks English-written
    and how to write it."""
    assert found(value_cell(typed)) == [
        (
            "ERROR",
            "ChiTieu",
            "D2",
            f"Cột «Tháng báo cáo» cần một số, nhưng ô có «{typed}». Có lẽ số được gõ theo kiểu "
            "tiếng Anh (dấu «.» ngăn phần thập phân, dấu «,» ngăn hàng nghìn): nếu vậy, hãy "
            f"ghi «{written}», hoặc nhập số vào ô định dạng Số.",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "written"),
    [("12,5%", "12,5"), ("111,25 %", "111,25"), ("-3%", "-3"), ("12.5%", "12,5")],
)
def test_a_percentage_typed_with_its_sign_as_text_says_how_to_write_it(
    typed: str, written: str
) -> None:
    """office28: "12,5%" typed in a cell formatted as Text got «… cần một số, nhưng ô có
    «12,5%»» and no advice; a percentage is typed without its sign."""
    assert found(value_cell(typed)) == [
        (
            "ERROR",
            "ChiTieu",
            "D2",
            f"Cột «Tháng báo cáo» cần một số, nhưng ô có «{typed}». Số phần trăm được ghi là "
            f"một số, không kèm dấu «%»: hãy ghi «{written}».",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "written"),
    [("9.332.3", "9.332,3"), ("1.234.567.89", "1.234.567,89"), ("-12.345.6", "-12.345,6")],
)
def test_a_decimal_comma_typed_as_a_dot_after_thousands_says_how_to_write_it(
    typed: str, written: str
) -> None:
    """ "9.332.3" (Tuyên Quang's 5-month industrial output as its report printed it, the
    decimal comma typed as a dot after the thousands' dots) got «… cần một số, nhưng ô có
    «9.332.3».» and nothing more: a last group of one or two digits is no thousands' group,
    so that dot is the decimals' comma, and the error says so."""
    assert found(value_cell(typed)) == [
        (
            "ERROR",
            "ChiTieu",
            "D2",
            f"Cột «Tháng báo cáo» cần một số, nhưng ô có «{typed}». Có lẽ dấu «,» ngăn phần "
            "thập phân đã gõ nhầm thành dấu «.» cuối cùng (dấu «.» chỉ ngăn hàng nghìn, mỗi "
            f"nhóm ba chữ số): nếu vậy, hãy ghi «{written}», hoặc nhập số vào ô định dạng Số.",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "advice"),
    [
        # English-written: the advice was «1,234.5», itself refused as English-written.
        ("1,234.5%", " Số phần trăm được ghi là một số, không kèm dấu «%»: hãy ghi «1.234,5»."),
        (
            "2,345,678.25 %",
            " Số phần trăm được ghi là một số, không kèm dấu «%»: hãy ghi «2.345.678,25».",
        ),
        # No figure below 10^15: the advice was the number refused as too big.
        ("11111111111111111111%", ""),
    ],
)
def test_a_percentage_typed_with_its_sign_is_told_a_number_that_reads(
    typed: str, advice: str
) -> None:
    """The percent advice wrote the number as typed but for a lone decimal point, so
    "1,234.5%" was told to be typed «1,234.5», which the next check refuses again."""
    assert found(value_cell(typed)) == [
        ("ERROR", "ChiTieu", "D2", f"Cột «Tháng báo cáo» cần một số, nhưng ô có «{typed}».{advice}")
    ]


@pytest.mark.parametrize("typed", ["1.234", "1,5", "52.716", "1.822,5", "1,2.3", "12.3.4", "5 %"])
def test_numbers_of_the_vietnamese_way_get_no_english_advice(typed: str) -> None:
    """Text the Vietnamese reading takes is no error; text no number either way gets no
    such advice."""
    from baocao.englishnumbers import english_hint
    from baocao.vnformat import parse_number_text

    assert parse_number_text(typed) is not None or english_hint(typed) == ""
    assert all("tiếng Anh" not in m for *_, m in found(value_cell(typed)))


def capitals_warning(name: str) -> tuple[str, str, str, str]:
    """The warning at ChiTieu!B2 for the name ``name`` typed in capitals."""
    return (
        "WARNING",
        "ChiTieu",
        "B2",
        f"«Chỉ tiêu» «{name}» được gõ chữ hoa cả tên, như dòng của bảng thống kê, nhưng tên "
        f"đứng trong câu văn: báo cáo sẽ in «{name} cộng dồn … ước đạt …». Hãy gõ chữ thường "
        "(viết hoa chữ đầu câu và tên riêng).",
    )


def test_a_name_in_capitals_before_its_unit_in_small_letters_is_a_warning() -> None:
    """A Kon Tum retail row pasted as the statistics office's table heads it, "TỔNG MỨC BÁN
    LẺ … TIÊU DÙNG (Tỷ đồng)": the unit was dropped with a note, but the name, all in
    capitals once it was, had no warning (the "(Tỷ đồng)" made it mixed case when looked
    at), and the report printed "TỔNG MỨC BÁN LẺ HÀNG HÓA VÀ DOANH THU DỊCH VỤ TIÊU DÙNG
    cộng dồn 11 tháng đầu năm ước đạt …" with a clean check. Now the warning is given."""
    name = "TỔNG MỨC BÁN LẺ HÀNG HÓA VÀ DOANH THU DỊCH VỤ TIÊU DÙNG"
    parsed = parse(
        ChiTieu=sheet(
            "ChiTieu", INDICATOR_HEADER, ("bl", f"{name} (Tỷ đồng)", "tỷ đồng", 5, 1, "S")
        ),
    )
    assert [p for p in found(parsed) if p[2] == "B2"] == [
        (
            "INFO",
            "ChiTieu",
            "B2",
            f"Đã bỏ đơn vị «(Tỷ đồng)» ở cuối «Chỉ tiêu» «{name} (Tỷ đồng)»: câu văn viết đơn "
            "vị sau số liệu, theo cột «Đơn vị».",
        ),
        capitals_warning(name),
    ]


def test_a_name_in_capitals_before_words_in_brackets_is_a_warning() -> None:
    """A table's heading row with its basis in small letters, "GIÁ TRỊ SẢN XUẤT CÔNG
    NGHIỆP (giá so sánh 2010)", had no warning, and the report printed it in capitals in its
    sentence. Now the capitals are said; the bracketed words stay in the name."""
    name = "GIÁ TRỊ SẢN XUẤT CÔNG NGHIỆP (giá so sánh 2010)"
    parsed = parse(
        ChiTieu=sheet("ChiTieu", INDICATOR_HEADER, ("gt", name, "tỷ đồng", 5, 1, "S")),
    )
    assert [p for p in found(parsed) if p[2] == "B2"] == [
        capitals_warning(name),
    ]
    quiet = parse(
        ChiTieu=sheet(
            "ChiTieu",
            INDICATOR_HEADER,
            ("a", "Sản lượng điện (KCN VSIP)", "triệu kWh", 5, 1, "S"),
            ("b", "KCN VSIP (giai đoạn 2)", "tỷ đồng", 5, 1, None),
        ),
    )
    assert [p for p in found(quiet) if p[1] == "ChiTieu"] == []


def test_a_tasks_own_letter_or_roman_number_is_a_warning() -> None:
    """ "a) Xúc tiến thương mại" in NhiemVu printed "6. a) Xúc tiến thương mại./." with no
    word, while "2. " was dropped and "a) " in HoatDong is a warning: a warning at the cell
    (it may letter sub-items of the task above, so it is kept, not dropped); a task whose
    first word merely opens with a letter ("Tp. Hồ Chí Minh", "Ứng dụng …") is quiet."""
    rows = (
        (1, "a) Xúc tiến thương mại"),
        (2, "- iv. Quản lý thị trường"),
        (3, "Tp. Hồ Chí Minh phối hợp"),
        (4, "Ứng dụng thương mại điện tử"),
    )
    parsed = parse(NhiemVu=sheet("NhiemVu", ("STT", "Nội dung"), *rows))
    todo = "Nếu đây là số thứ tự gõ tay, hãy xóa nó."
    assert found(parsed) == [
        (
            "WARNING",
            "NhiemVu",
            "B2",
            f"«Nội dung» bắt đầu bằng «a)», và báo cáo còn đánh số nhiệm vụ trước nó. {todo}",
        ),
        ("INFO", "NhiemVu", "B3", "Đã bỏ «-» gõ ở đầu «Nội dung»: báo cáo tự đánh số nhiệm vụ."),
        (
            "WARNING",
            "NhiemVu",
            "B3",
            f"«Nội dung» bắt đầu bằng «iv.», và báo cáo còn đánh số nhiệm vụ trước nó. {todo}",
        ),
    ]
    assert parsed.data is not None
    assert [t.text for t in parsed.data.tasks][:2] == [
        "a) Xúc tiến thương mại",
        "iv. Quản lý thị trường",
    ]


def test_a_number_before_a_dash_is_a_tasks_number_and_a_paragraphs_warning() -> None:
    """ "1- Việc một" (a Word list's numbering) printed "1. 1- Việc một" in Section II and
    "- 1- Việc ba" in HoatDong with a clean check, while "1. " is dropped from a task and
    warned of before a paragraph: a number before a dash is the same; "3-5 năm tới", a
    dash between digits, is the text's own."""
    parsed = parse(
        NhiemVu=sheet(
            "NhiemVu",
            ("STT", "Nội dung"),
            (1, "1- Việc một"),
            (2, "2 - Việc hai"),
            (3, "3-5 năm tới"),
        ),
        HoatDong=sheet("HoatDong", ("Mục", "Cấp", "Nội dung"), ("A", 1, "1- Việc ba")),
    )
    assert found(parsed) == [
        (
            "WARNING",
            "HoatDong",
            "C2",
            "«Nội dung» bắt đầu bằng «1-», và báo cáo còn thêm dấu đầu dòng theo «Cấp» trước "
            "nó. Nếu đây là số thứ tự gõ tay, hãy xóa nó.",
        ),
        ("INFO", "NhiemVu", "B2", "Đã bỏ «1-» gõ ở đầu «Nội dung»: báo cáo tự đánh số nhiệm vụ."),
        ("INFO", "NhiemVu", "B3", "Đã bỏ «2 -» gõ ở đầu «Nội dung»: báo cáo tự đánh số nhiệm vụ."),
    ]
    assert parsed.data is not None
    assert [t.text for t in parsed.data.tasks] == ["Việc một", "Việc hai", "3-5 năm tới"]
