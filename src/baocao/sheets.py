"""The declarative contract of the monthly workbook (docs/workbook.md).

One description of sheets, columns and ThongTin keys, shared by the parser,
the history reader, ``check``, the new month workbook and the sample
generator. Sheet names and headers are matched with ``normalize_header``;
``header_columns`` maps a header row to column positions for both readers,
with the titles written twice.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from baocao.memo import memo_short
from baocao.vnformat import plain_text

# What XML 1.0 cannot hold, as a regular expression's class, "\a" and "\f" apart: a cell's
# are all removed (cells), while in a report "\a" and "\f" are docxtpl's new paragraph and
# page break, and only these are refused (outputxml).
NOT_XML = "\x00-\x06\x08\x0b\x0e-\x1f\ud800-\udfff\ufffe\uffff"
MAX_DECIMALS = 6  # of ChiTieu's Số lẻ
MAX_NUMBER = Decimal(10) ** 15  # far above any provincial figure; keeps formatting exact


class Kind(Enum):
    """What a cell must hold."""

    TEXT = "text"
    NUMBER = "number"
    INT = "int"
    DATE = "date"
    RAW = "raw"  # converted later, by key (ThongTin's Giá trị)


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its model field, its header and its kind."""

    field: str
    header: str
    kind: Kind
    required: bool = False  # the header must exist and, unless allow_blank, every value
    allow_blank: bool = False
    note: str = ""  # the note on the header cell of a new month workbook


@dataclass(frozen=True)
class SheetSpec:
    """One sheet: its name, its columns and the column whose blank means "skip the row"."""

    name: str
    columns: tuple[Column, ...]
    key_field: str

    @property
    def headers(self) -> tuple[str, ...]:
        """The column titles, in order: the header row of a new sheet."""
        return tuple(c.header for c in self.columns)

    @property
    def notes(self) -> tuple[str, ...]:
        """The notes on the header cells of a new sheet, in column order."""
        return tuple(c.note for c in self.columns)

    def header(self, field: str) -> str:
        """The title of the column of ``field``: "Lũy kế" for ``ytd``."""
        return next(c.header for c in self.columns if c.field == field)


@dataclass(frozen=True)
class InfoKey:
    """One key of the key/value sheet ThongTin."""

    key: str
    field: str
    kind: Kind
    required: bool = False
    note: str = ""


THONG_TIN = SheetSpec(
    "ThongTin",
    (
        Column("key", "Khóa", Kind.TEXT, required=True, note="Tên khóa, giữ nguyên như mẫu."),
        Column(
            "value",
            "Giá trị",
            Kind.RAW,
            required=True,
            allow_blank=True,
            note="Giá trị của khóa; để trống nếu không dùng.",
        ),
    ),
    key_field="key",
)

INFO_KEYS = (
    InfoKey("thang", "month", Kind.INT, required=True, note="Tháng báo cáo (1–12)."),
    InfoKey("nam", "year", Kind.INT, required=True, note="Năm báo cáo, ví dụ 2024."),
    InfoKey(
        "so_van_ban", "doc_number", Kind.TEXT, note="Số văn bản; để trống để văn thư điền khi ký."
    ),
    InfoKey(
        "ngay_ky",
        "sign_date",
        Kind.DATE,
        note="Ngày ký (dd/mm/yyyy); để trống để văn thư điền khi ký.",
    ),
    InfoKey("nguoi_ky", "signer_name", Kind.TEXT, note="Người ký tháng này, nếu khác cấu hình."),
    InfoKey("chuc_vu", "signer_title", Kind.TEXT, note="Chức vụ người ký, ví dụ PHÓ GIÁM ĐỐC."),
    InfoKey("ky_thay", "signer_authority", Kind.TEXT, note="Dòng thẩm quyền, ví dụ KT. GIÁM ĐỐC."),
    InfoKey(
        "nhan_dinh_sxcn",
        "iip_assessment",
        Kind.TEXT,
        note="Nhận định chỉ số SXCN (ví dụ tăng khá); để trống để tự xác định.",
    ),
    InfoKey(
        "thi_truong_xuat_khau",
        "export_markets",
        Kind.TEXT,
        note="Thị trường xuất khẩu, lớn nhất trước, cách nhau bằng dấu ;",
    ),
    InfoKey(
        "thi_truong_nhap_khau",
        "import_markets",
        Kind.TEXT,
        note="Thị trường nhập khẩu, lớn nhất trước, cách nhau bằng dấu ;",
    ),
    InfoKey(
        "san_pham_xuat_khau", "export_products", Kind.TEXT, note="Các sản phẩm xuất khẩu chính."
    ),
    InfoKey(
        "san_pham_nhap_khau", "import_products", Kind.TEXT, note="Các sản phẩm nhập khẩu chính."
    ),
    InfoKey(
        "ky_bao_cao",
        "kind",
        Kind.TEXT,
        note="Loại báo cáo: tháng, quý, 6 tháng, 9 tháng hoặc năm; để trống: theo cấu hình.",
    ),
    InfoKey(
        "so_sanh_cung_ky",
        "same_period_base",
        Kind.TEXT,
        note="Viết sau «so với», ví dụ: cùng kỳ năm trước; để trống: theo cấu hình.",
    ),
    InfoKey(
        "so_sanh_ke_hoach",
        "plan_base",
        Kind.TEXT,
        note="Viết sau tỷ lệ đạt kế hoạch, ví dụ: kế hoạch năm; để trống: theo cấu hình.",
    ),
    InfoKey(
        "chi_so_bat_thuong",
        "unusual_index",
        Kind.TEXT,
        note="Ghi «có» để xác nhận chỉ số SXCN ngoài khoảng 30–500 là đúng.",
    ),
)

CHI_SO_SXCN = SheetSpec(
    "ChiSoSXCN",
    (
        Column("code", "Mã", Kind.TEXT, required=True, note="Mã ngành: iip là toàn ngành."),
        Column(
            "name",
            "Ngành",
            Kind.TEXT,
            required=True,
            note="Tên ngành như viết trong câu, ví dụ: ngành khai khoáng.",
        ),
        Column(
            "index",
            "Chỉ số so với cùng kỳ (%)",
            Kind.NUMBER,
            note="Chỉ số so với cùng kỳ, ví dụ 123,89 (tăng 23,89%).",
        ),
        Column(
            "ytd_index",
            "Chỉ số lũy kế so với cùng kỳ (%)",
            Kind.NUMBER,
            note="Chỉ số lũy kế từ đầu năm so với cùng kỳ (không bắt buộc).",
        ),
        Column("weight", "Quyền số", Kind.NUMBER, note="Quyền số (không bắt buộc)."),
        Column(
            "mom_index",
            "Chỉ số so với tháng trước (%)",
            Kind.NUMBER,
            note="Chỉ số so với tháng trước, ví dụ 102,15 (tăng 2,15%).",
        ),
        Column(
            "pct_decimals",
            "Số lẻ %",
            Kind.INT,
            note="Số chữ số thập phân của tỷ lệ % khi viết (mặc định 2).",
        ),
        Column(
            "section",
            "Mục",
            Kind.TEXT,
            note="Tiểu mục số liệu chứa đoạn chỉ số (đọc ở dòng iip), ví dụ: Về sản xuất "
            "công nghiệp.",
        ),
    ),
    key_field="code",
)

CHI_TIEU = SheetSpec(
    "ChiTieu",
    (
        Column(
            "code",
            "Mã",
            Kind.TEXT,
            required=True,
            note="Mã chỉ tiêu: chữ thường không dấu, số, dấu _ và dấu .",
        ),
        Column(
            "name", "Chỉ tiêu", Kind.TEXT, required=True, note="Tên chỉ tiêu như viết trong câu."
        ),
        Column(
            "unit", "Đơn vị", Kind.TEXT, required=True, note="Đơn vị, ví dụ tỷ đồng, triệu USD."
        ),
        Column(
            "value",
            "Tháng báo cáo",
            Kind.NUMBER,
            note="Số ước tính của tháng báo cáo (bắt buộc, trừ khi có Lũy kế).",
        ),
        Column(
            "previous",
            "Tháng trước",
            Kind.NUMBER,
            note="Số thực hiện tháng trước; để trống để lấy từ sổ tháng trước (chưa có sổ: ghi).",
        ),
        Column(
            "same_period",
            "Cùng kỳ",
            Kind.NUMBER,
            note="Số cùng tháng năm trước; để trống để lấy từ sổ năm trước (chưa có sổ: ghi).",
        ),
        Column(
            "ytd",
            "Lũy kế",
            Kind.NUMBER,
            note="Lũy kế từ tháng 1 đến tháng báo cáo; để trống để tự cộng (sổ đầu tiên: ghi).",
        ),
        Column(
            "ytd_same_period",
            "Lũy kế cùng kỳ",
            Kind.NUMBER,
            note="Lũy kế cùng kỳ năm trước; để trống để tự cộng (sổ đầu tiên: ghi).",
        ),
        Column(
            "annual_plan", "Kế hoạch năm", Kind.NUMBER, note="Kế hoạch cả năm (không bắt buộc)."
        ),
        Column("decimals", "Số lẻ", Kind.INT, note="Số chữ số thập phân khi viết (mặc định 0)."),
        Column("parent", "Thuộc", Kind.TEXT, note="Mã chỉ tiêu cha (cho các dòng phân tổ)."),
        Column(
            "group", "Nhóm", Kind.TEXT, note="Tên cách phân tổ, ví dụ: Phân theo loại hình kinh tế."
        ),
        Column(
            "pct_decimals",
            "Số lẻ %",
            Kind.INT,
            note="Số chữ số thập phân của tỷ lệ % khi viết (mặc định 1).",
        ),
        Column(
            "section",
            "Mục",
            Kind.TEXT,
            note="Tiểu mục số liệu, ví dụ: Về hoạt động thương mại; để trống: như dòng trên.",
        ),
    ),
    key_field="code",
)

HOAT_DONG = SheetSpec(
    "HoatDong",
    (
        # A blank Mục continues the subsection of the row above.
        Column(
            "section",
            "Mục",
            Kind.TEXT,
            required=True,
            allow_blank=True,
            note="Tên tiểu mục; các dòng liền nhau cùng Mục thành một tiểu mục.",
        ),
        Column("level", "Cấp", Kind.INT, note="0: đoạn thường; 1: gạch đầu dòng -; 2: dấu +."),
        Column(
            "text",
            "Nội dung",
            Kind.TEXT,
            required=True,
            note="Nội dung đoạn, không gõ dấu - hay + ở đầu.",
        ),
    ),
    key_field="text",
)

NHIEM_VU = SheetSpec(
    "NhiemVu",
    (
        Column("number", "STT", Kind.TEXT, note="Số thứ tự (không bắt buộc)."),
        Column("text", "Nội dung", Kind.TEXT, required=True, note="Nhiệm vụ trọng tâm tháng tới."),
    ),
    key_field="text",
)

SHEETS = (THONG_TIN, CHI_SO_SXCN, CHI_TIEU, HOAT_DONG, NHIEM_VU)
PREVIOUS_TASKS = "NhiemVuThangTruoc"  # init's copy of last month's tasks; never read
# ChiTieu's figures, field → column title, in column order.
FIGURE_HEADERS = {
    field: CHI_TIEU.header(field)
    for field in ("value", "previous", "same_period", "ytd", "ytd_same_period", "annual_plan")
}


def invisible_characters(text: str) -> list[str]:
    """The invisible format characters of ``text`` (Unicode category Cf: zero-width spaces
    and joiners, the byte order mark, bidirectional controls…), in order."""
    found = {c for c in set(text) if unicodedata.category(c) == "Cf"}  # each character once
    return [c for c in text if c in found] if found else []


def without_invisible(text: str) -> str:
    """``text`` without its invisible format characters (Unicode category Cf)."""
    found = {c for c in set(text) if unicodedata.category(c) == "Cf"}
    return "".join(c for c in text if c not in found) if found else text


# Icelandic eths "Ð", "ð" for "Đ", "đ": text decoded as 1252 for 1258 ("Ðầu tư", not "Đầu tư").
ETH = "Ðð"


def vietnamese_d(text: str) -> str:
    """``text`` with the eth ("Ð", "ð") written as Vietnamese "Đ", "đ"."""
    return text.replace("Ð", "Đ").replace("ð", "đ")  # str.translate is far slower


@memo_short
def normalize_header(text: str) -> str:
    """NFC, case-folded, trimmed, inner spaces collapsed, invisible characters dropped (a
    zero-width space, a BOM pasted with a title): how sheet names and headers match."""
    text = vietnamese_d(unicodedata.normalize("NFC", without_invisible(text)))
    return " ".join(text.casefold().split())


@memo_short
def header_words(text: str) -> str:
    """A title without marks, case or punctuation, "y" as "i" ("kì", "kỳ" spell one
    sound): "Luỹ kế", "LUY KE", "Lũy kế:" alike (how a title near a column's is found)."""
    return " ".join(re.sub(r"[^\w%]+", " ", plain_text(text)).replace("y", "i").split())


@dataclass(frozen=True)
class HeaderColumns:
    """A header row read: each title's first position, and the titles found more than once."""

    positions: dict[str, int]  # normalised title → its first 0-based position
    duplicates: dict[str, tuple[int, ...]]  # normalised title → every position, when 2 or more


def header_columns(header: Iterable[object]) -> HeaderColumns:
    """The non-blank text cells of a header row by normalised title, with duplicates."""
    found: dict[str, list[int]] = {}
    for i, value in enumerate(header):
        if isinstance(value, str) and value.strip():
            found.setdefault(normalize_header(value), []).append(i)
    return HeaderColumns(
        {title: places[0] for title, places in found.items()},
        {title: tuple(places) for title, places in found.items() if len(places) > 1},
    )


@functools.lru_cache(maxsize=1024)  # asked for each cell read
def column_letter(index: int) -> str:
    """Excel column letters for a 1-based index: 1 → "A", 28 → "AB"."""
    letters = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def column_index(letters: str) -> int:
    """The 1-based index of Excel column letters: "A" → 1, "AB" → 28, "XFD" → 16384."""
    index = 0
    for letter in letters.upper():
        index = index * 26 + ord(letter) - ord("A") + 1
    return index
