"""One cell → a typed value, with its problems located at the sheet and cell.

The conversions of the workbook contract: an Excel error value (``#REF!``, ``#N/A``,
…) is an error whatever the column; text has Excel's ``_xHHHH_`` escapes decoded,
every character XML 1.0 cannot hold removed (with a warning), every invisible format
character and a symbol font's own characters removed (``oddchars``), then is
NFC-normalised; a text cell typed in a legacy encoding (TCVN3, VNI) or garbled by a wrong
code page ("�", "GiÃ¡") is an error (``legacy``);
numbers are Excel numbers or Vietnamese text ("52.716", "1.822,5", read with a
warning), below 10^15 either way; dates are Excel dates or "dd/mm/yyyy". Values are shown
in messages as a Vietnamese reader reads them (``shown``). ``Locator`` turns (sheet,
field, row) into the cell reference the messages name."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from baocao.edgespaces import spaced
from baocao.englishnumbers import number_hint
from baocao.errors import Problem, Severity, error, note, warning
from baocao.legacy import garbled_message
from baocao.oddchars import odd_characters, stray_marks, without_symbols
from baocao.raw import OutOfDates, RawCell
from baocao.sheets import (
    ETH,
    MAX_NUMBER,
    NOT_XML,
    Kind,
    SheetSpec,
    vietnamese_d,
    without_invisible,
)
from baocao.vnformat import (
    excel_number,
    format_exact,
    format_number,
    format_percent,
    not_a_number,
    out_of_dates,
    parse_date_text,
    parse_number_text,
    serial_date_hint,
)

# Every character XML 1.0 cannot hold: C0 controls but tab and line breaks, the
# surrogates U+D800–DFFF (half of a character cut in two) and U+FFFE, U+FFFF; listed, not
# as the complement of what XML allows (that class takes 5 ms to compile at every start).
_ILLEGAL_XML = re.compile(f"[{NOT_XML}\a\f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_PAIR = re.compile("([\ud800-\udbff])([\udc00-\udfff])")  # two escapes, one character
_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")  # how Excel stores control characters
_NUMBER_LIKE = re.compile(r"^[\s\d.,+-]+$")
# "52,716": 52,716 here, 52716 in English; "0,125" is no English thousands.
# How the note of a percent-formatted figure and the warning of a number typed as text
# begin: ``typedfigures`` takes them back where it says more of such a cell.
PERCENT_READ = "Ô được định dạng phần trăm"
TEXT_READ = "Số được gõ dưới dạng chữ"
FORMULA_TEXT_READ = "Số do công thức"  # …a formula gives as text
_COMMA_THREE = re.compile(r"^[+-]?[1-9]\d{0,2},\d{3}$")
MAX_NUMBER_TEXT = 40  # characters: a number below 10^15 with its dots and decimals fits
SHOWN_CHARS = 120  # longer text is cut in messages (at 100), with its length

# Every error value Excel (365 included) writes into a cell, with what it means.
EXCEL_ERRORS = {
    "#NULL!": "hai vùng trong công thức không giao nhau",
    "#DIV/0!": "công thức chia cho 0 hoặc cho ô trống",
    "#VALUE!": "công thức dùng sai kiểu giá trị",
    "#REF!": "công thức tham chiếu tới ô, hàng hoặc trang đã bị xóa",
    "#NAME?": "công thức có tên hàm hoặc tên vùng không đúng",
    "#NUM!": "công thức cho ra một số không hợp lệ",
    "#N/A": "không tìm thấy giá trị, thường do một hàm tra cứu như VLOOKUP",
    "#GETTING_DATA": "Excel chưa lấy xong dữ liệu",
    "#SPILL!": "kết quả của công thức mảng bị ô khác chặn",
    "#CALC!": "công thức mảng không tính được",
    "#FIELD!": "trường dữ liệu không có",
    "#BLOCKED!": "Excel chặn nguồn dữ liệu",
    "#CONNECT!": "không kết nối được nguồn dữ liệu",
    "#BUSY!": "Excel chưa tính xong",
    "#UNKNOWN!": "kiểu dữ liệu Excel không nhận ra",
    "#EXTERNAL!": "nguồn dữ liệu ngoài bị lỗi",
    "#PYTHON!": "công thức Python bị lỗi",
    "#TIMEOUT!": "hết thời gian chờ tính",
}

Value = str | Decimal | int | dt.date | None


@dataclass
class Locator:
    """Where each field of each sheet is: turns (sheet, field, row) into "ChiTieu!D5"."""

    titles: dict[str, str] = field(default_factory=dict)
    letters: dict[tuple[str, str], str] = field(default_factory=dict)
    info: dict[str, str] = field(default_factory=dict)  # ThongTin key → its value cell

    def sheet(self, spec: SheetSpec) -> str:
        """The sheet's title as written in the file."""
        return self.titles.get(spec.name, spec.name)

    def cell(self, spec: SheetSpec, field_name: str, row: int) -> str:
        """The cell reference of a field in a row; the whole row ("5:5") when the sheet
        has no column for the field."""
        letter = self.letters.get((spec.name, field_name))
        return f"{letter}{row}" if letter else f"{row}:{row}"


@dataclass
class Reading:
    """One workbook being read: its path, the problems found so far, and the locator."""

    path: Path
    problems: list[Problem]
    locator: Locator
    # Numbers read from percent-formatted cells, as the cells show them: (sheet, cell) →
    # the number the cell holds (0,214 for "21,4%")…
    percent: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    # …and what Excel shows in them, with their format's decimals: "45,0%".
    shown_percent: dict[tuple[str, str], str] = field(default_factory=dict)
    # Text read as a number with one comma before three digits ("52,716"): (sheet, cell) →
    # the text; the comma is a decimal one here, a thousands one in English.
    comma_three: dict[tuple[str, str], str] = field(default_factory=dict)
    # The (year, month) the workbook is read for, when the reader knows it.
    period: tuple[int, int] | None = None

    def at(self, spec: SheetSpec, field_name: str, row: int) -> tuple[str, str]:
        """The sheet's title and the cell of a field in a row, as ``error``, ``warn`` and
        ``note`` take them: ``ctx.warn(*ctx.at(CHI_TIEU, "unit", 5), message)``."""
        return self.locator.sheet(spec), self.locator.cell(spec, field_name, row)

    def error(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(error(message, self.path, sheet, cell))

    def warn(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(warning(message, self.path, sheet, cell))

    def note(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(note(message, self.path, sheet, cell))

    def has_error_at(self, sheet: str, cell: str) -> bool:
        """Whether an error was already reported at this cell (to say one thing once)."""
        return any(
            p.sheet == sheet and p.cell == cell and p.severity is Severity.ERROR
            for p in self.problems
        )


def cell_at(cells: tuple[RawCell, ...], pos: int) -> RawCell | None:
    return cells[pos] if pos < len(cells) else None


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def excel_error(value: object) -> str | None:
    """The Excel error value a cell holds ("#REF!"), or None."""
    if isinstance(value, str) and value.strip().upper() in EXCEL_ERRORS:
        return value.strip().upper()
    return None


def convert(ctx: Reading, title: str, cell: RawCell, kind: Kind, label: str) -> Value:
    """The cell's value as ``kind``; ``label`` names the column or key in messages."""
    if kind is Kind.RAW:
        return cell.value  # type: ignore[return-value]
    if isinstance(cell.value, OutOfDates) and cell.formula is None:  # Excel shows ########
        ctx.error(title, cell.ref, out_of_dates(label, cell.value.time, kind is Kind.DATE))
        return None
    code = "#VALUE!" if isinstance(cell.value, OutOfDates) else excel_error(cell.value)
    if code is not None:
        ctx.error(title, cell.ref, _excel_error_message(code, cell.formula))
        return None
    if kind is Kind.TEXT:
        text = _text(ctx, title, cell)
        if (garbled := garbled_message(label, text)) is not None:
            ctx.error(title, cell.ref, garbled)
        return text
    if kind is Kind.DATE:
        return _date(ctx, title, cell, label)
    # A whole number (a month, a year, Cấp, Số lẻ) is shown without thousands dots: «2024».
    number = _number(ctx, title, cell, label, grouped=kind is not Kind.INT)
    if kind is Kind.INT and number is not None:
        if number != number.to_integral_value():
            said = f"{label} cần một số nguyên, nhưng ô có {shown(cell.value)}."
            ctx.error(title, cell.ref, said)
            return None
        return int(number)
    return number


def excel_error_words(code: str) -> str:
    """What an Excel error value is, as messages say it: "giá trị lỗi của Excel «#REF!» (…)"."""
    return f"giá trị lỗi của Excel «{code}» ({EXCEL_ERRORS[code]})"


def uncalculated_words(formula: str) -> str:
    """What a formula never calculated is, as messages say it (after "Ô có")."""
    return (
        f"công thức «{formula}» nhưng chưa có giá trị đã tính (tệp được lưu bởi một chương "
        "trình không tính công thức)"
    )


def _excel_error_message(code: str, formula: str | None) -> str:
    if formula:
        return (
            f"Ô có {excel_error_words(code)}: công thức {shown(formula)} "
            "không tính ra dữ liệu. Hãy sửa công thức trong Excel rồi lưu lại."
        )
    return (
        f"Ô có {excel_error_words(code)}, không phải dữ liệu. Hãy gõ lại "
        "giá trị đúng vào ô này (nếu đã dán từ nơi khác, sửa ở ô gốc) rồi lưu lại."
    )


def shown(value: object) -> str:
    """A value in a message, as a Vietnamese reader reads it: «1.905,3», «05/03/2024»;
    text longer than a line is cut, with its length: «Tiếp tục…» (1.234 ký tự)."""
    if isinstance(value, str):
        if len(value) > SHOWN_CHARS:
            length = format_number(Decimal(len(value)))
            return f"«{value[: SHOWN_CHARS - 20]}…» ({length} ký tự)"
        return f"«{value}»"
    return f"«{as_text(value, grouped=True)}»"


def as_text(value: object, *, grouped: bool = False) -> str:
    """A value that is not text, as a text cell reads it: a number as Excel's General
    format shows it in Vietnamese ("1905,3"; ``grouped``: "1.905,3"), TRUE/FALSE, a date
    "dd/mm/yyyy", a time "hh:mm:ss"."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float | Decimal):
        return format_exact(value, grouped=grouped)
    if isinstance(value, dt.datetime):
        day = value.strftime("%d/%m/%Y")
        return day if value.time() == dt.time() else f"{day} {value.strftime('%H:%M:%S')}"
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, dt.timedelta):
        seconds = int(value.total_seconds())
        sign, seconds = ("-", -seconds) if seconds < 0 else ("", seconds)
        return f"{sign}{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return str(value)


def _decoded(text: str) -> str:
    """``text``, Excel's ``_xHHHH_`` escapes decoded, CR-LF, CR and Word's line and page
    breaks pasted (VT, FF: ``_x000B_``, ``_x000C_``) one break each, halves joined."""
    text = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\v", "\n").replace("\f", "\n")
    return text if text.isprintable() else _SURROGATE_PAIR.sub(_join_pair, text)  # no halves


def clean_text(text: str) -> str:
    """``text`` as the month's reader reads a text cell, without a word: decoded, without
    the characters XML cannot hold and the invisible ones, NFC-normalised and trimmed (an
    earlier workbook's codes, units, numbers as text: a code with a zero-width space is
    the same code in every month)."""
    text = without_symbols(without_invisible(_ILLEGAL_XML.sub("", _decoded(text))))
    return vietnamese_d(unicodedata.normalize("NFC", text)).strip()


def _text(ctx: Reading, title: str, cell: RawCell) -> str:
    text = _decoded(as_text(cell.value))  # most are printable: no surrogate, no control
    halves = [] if (printable := text.isprintable()) else _SURROGATE.findall(text)
    if halves:
        points = ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(halves))
        ctx.warn(
            title,
            cell.ref,
            f"Ô có nửa ký tự bị cắt ({points}), thường là phần còn lại của một biểu tượng "
            "(emoji) bị cắt đôi; đã bỏ ký tự đó.",
        )
    if not printable and _ILLEGAL_XML.search(_SURROGATE.sub("", text)):
        ctx.warn(title, cell.ref, "Ô có ký tự điều khiển không hợp lệ; đã bỏ các ký tự đó.")
    text = text if printable else _ILLEGAL_XML.sub("", text)
    text, said = odd_characters(text)  # invisible ones, a symbol font's
    for severe, message in said:
        (ctx.warn if severe else ctx.note)(title, cell.ref, message)
    eth = [c for c in ETH if c in text]
    if eth:
        ctx.note(
            title,
            cell.ref,
            f"Ô có chữ {', '.join(f'«{c}»' for c in eth)} (eth của tiếng Iceland, thường do "
            "chuyển sai bảng mã), không phải «Đ», «đ» của tiếng Việt dù trông giống; đã đọc "
            "là «Đ», «đ».",
        )
    text = vietnamese_d(unicodedata.normalize("NFC", text)).strip()
    if stray := stray_marks(text):  # a mark no letter took: printed piled up
        ctx.warn(title, cell.ref, stray)
    return text


def _join_pair(match: re.Match[str]) -> str:
    high, low = (ord(c) for c in match.groups())
    return chr(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))


def _number(
    ctx: Reading, title: str, cell: RawCell, label: str, *, grouped: bool = True
) -> Decimal | None:
    value = cell.value
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        ctx.error(title, cell.ref, not_a_number(label, shown(value), value))
        return None
    too_big = f"{label} cần một số hợp lệ (nhỏ hơn 10^15), nhưng ô có"
    if isinstance(value, int | float):
        number = excel_number(value)
        if cell.percent and grouped and number.is_finite():  # a figure (not Số lẻ, a month)
            return _percent_number(ctx, title, cell, number, too_big)
        if not number.is_finite() or abs(number) >= MAX_NUMBER:
            ctx.error(title, cell.ref, f"{too_big} {shown(value)}.")
            return None
        return number
    text = _text(ctx, title, cell)
    if len(text) > MAX_NUMBER_TEXT:  # never a number below 10^15; not worth parsing
        number_like = _NUMBER_LIKE.match(text) is not None
        lead = too_big if number_like else f"{label} cần một số, nhưng ô có"
        ctx.error(title, cell.ref, f"{lead} {shown(text)}.")
        return None
    parsed = parse_number_text(text)
    if parsed is None:
        # "-", "x", "n/a", "chưa có" in a figure's cell: a mark for "no figure yet", which
        # a blank cell says (not for a whole number such as a month, which is required).
        marked = grouped and not any(c.isdigit() for c in text)
        blank = " Nếu chưa có số liệu, hãy để trống ô." if marked else ""
        said = f"{label} cần một số, nhưng ô có {shown(text)}.{blank}{number_hint(text)}"
        ctx.error(title, cell.ref, said)
        return None
    if abs(parsed) >= MAX_NUMBER:
        ctx.error(title, cell.ref, f"{too_big} {shown(text)}.")
        return None
    if _COMMA_THREE.match(text):
        ctx.comma_three[(title, cell.ref)] = text
    read = f"đã đọc là «{as_text(parsed, grouped=grouped)}». Nên "
    typed = spaced(without_invisible(_decoded(as_text(value))), text)  # «2025 » (thừa …)
    ctx.warn(
        title,
        cell.ref,
        f"{TEXT_READ} {typed}; {read}nhập ô này dưới dạng số."
        if cell.formula is None  # a formula's text: =TEXT(…), a number joined with &""
        else f"{FORMULA_TEXT_READ} {shown(cell.formula)} trả về dưới dạng chữ {typed}; "
        f"{read}sửa công thức để trả về số (bỏ hàm TEXT hoặc phép nối «&» với chữ), hoặc "
        "nhập ô này dưới dạng số.",
    )
    return parsed


def _percent_number(
    ctx: Reading, title: str, cell: RawCell, held: Decimal, too_big: str
) -> Decimal | None:
    """A number in a percent-formatted cell, read as the cell shows it: "21,4%" (the cell
    holds 0,214, as Excel keeps "21,4%" typed) is 21,4, with a note."""
    number = held.scaleb(2)
    if number.as_tuple().exponent > 0:  # type: ignore[operator]  # a finite number's is an int
        number = number.quantize(Decimal(1))
    if abs(number) >= MAX_NUMBER:
        ctx.error(title, cell.ref, f"{too_big} «{as_text(number, grouped=True)}%».")
        return None
    ctx.percent[(title, cell.ref)] = held
    excel_shows = ctx.shown_percent[(title, cell.ref)] = format_percent(number, cell.places)
    ctx.note(
        title,
        cell.ref,
        f"{PERCENT_READ}: Excel hiện «{excel_shows}» (số trong "
        f"ô là «{as_text(held, grouped=True)}»); đã đọc là «{as_text(number, grouped=True)}» "
        "như ô hiện.",
    )
    return number


def _date(ctx: Reading, title: str, cell: RawCell, label: str) -> dt.date | None:
    value = cell.value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(ctx, title, cell)
    if (typed := parse_date_text(text)) is not None:
        return typed
    found = shown(text) if isinstance(value, str) else shown(value) + serial_date_hint(value)
    ctx.error(title, cell.ref, f"{label} cần một ngày hợp lệ (dd/mm/yyyy), nhưng ô có {found}.")
    return None
