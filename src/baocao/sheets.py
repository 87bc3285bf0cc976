"""The declarative spec of the monthly workbook (../shared/spec/input-workbook.md).

One description of sheets, columns and ThongTin keys, shared by the reader,
``check`` and the sample generator. Headers are matched with ``normalize_header``.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import Enum


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


@dataclass(frozen=True)
class SheetSpec:
    """One sheet: its name, its columns and the column whose blank means "skip the row"."""

    name: str
    columns: tuple[Column, ...]
    key_field: str

    def column(self, field: str) -> Column:
        """The column for a model field."""
        return next(c for c in self.columns if c.field == field)


@dataclass(frozen=True)
class InfoKey:
    """One key of the key/value sheet ThongTin."""

    key: str
    field: str
    kind: Kind
    required: bool = False


THONG_TIN = SheetSpec(
    "ThongTin",
    (
        Column("key", "Khóa", Kind.TEXT, required=True),
        Column("value", "Giá trị", Kind.RAW, required=True, allow_blank=True),
    ),
    key_field="key",
)

INFO_KEYS = (
    InfoKey("thang", "month", Kind.INT, required=True),
    InfoKey("nam", "year", Kind.INT, required=True),
    InfoKey("so_van_ban", "doc_number", Kind.TEXT),
    InfoKey("ngay_ky", "sign_date", Kind.DATE),
    InfoKey("nguoi_ky", "signer_name", Kind.TEXT),
    InfoKey("chuc_vu", "signer_title", Kind.TEXT),
    InfoKey("ky_thay", "signer_authority", Kind.TEXT),
    InfoKey("nhan_dinh_sxcn", "iip_assessment", Kind.TEXT),
    InfoKey("thi_truong_xuat_khau", "export_markets", Kind.TEXT),
    InfoKey("thi_truong_nhap_khau", "import_markets", Kind.TEXT),
    InfoKey("san_pham_xuat_khau", "export_products", Kind.TEXT),
    InfoKey("san_pham_nhap_khau", "import_products", Kind.TEXT),
)

CHI_SO_SXCN = SheetSpec(
    "ChiSoSXCN",
    (
        Column("code", "Mã", Kind.TEXT, required=True),
        Column("name", "Ngành", Kind.TEXT, required=True),
        Column("index", "Chỉ số so với cùng kỳ (%)", Kind.NUMBER, required=True),
        Column("ytd_index", "Chỉ số lũy kế so với cùng kỳ (%)", Kind.NUMBER),
        Column("weight", "Quyền số", Kind.NUMBER),
    ),
    key_field="code",
)

CHI_TIEU = SheetSpec(
    "ChiTieu",
    (
        Column("code", "Mã", Kind.TEXT, required=True),
        Column("name", "Chỉ tiêu", Kind.TEXT, required=True),
        Column("unit", "Đơn vị", Kind.TEXT, required=True),
        Column("value", "Tháng báo cáo", Kind.NUMBER, required=True),
        Column("previous", "Tháng trước", Kind.NUMBER),
        Column("same_period", "Cùng kỳ", Kind.NUMBER),
        Column("ytd", "Lũy kế", Kind.NUMBER),
        Column("ytd_same_period", "Lũy kế cùng kỳ", Kind.NUMBER),
        Column("annual_plan", "Kế hoạch năm", Kind.NUMBER),
        Column("decimals", "Số lẻ", Kind.INT),
        Column("parent", "Thuộc", Kind.TEXT),
        Column("group", "Nhóm", Kind.TEXT),
    ),
    key_field="code",
)

HOAT_DONG = SheetSpec(
    "HoatDong",
    (
        # A blank Mục continues the subsection of the row above.
        Column("section", "Mục", Kind.TEXT, required=True, allow_blank=True),
        Column("level", "Cấp", Kind.INT),
        Column("text", "Nội dung", Kind.TEXT, required=True),
    ),
    key_field="text",
)

NHIEM_VU = SheetSpec(
    "NhiemVu",
    (
        Column("number", "STT", Kind.TEXT),
        Column("text", "Nội dung", Kind.TEXT, required=True),
    ),
    key_field="text",
)

SHEETS = (THONG_TIN, CHI_SO_SXCN, CHI_TIEU, HOAT_DONG, NHIEM_VU)


def normalize_header(text: str) -> str:
    """NFC, case-folded, trimmed, inner spaces collapsed: how sheet names and headers match."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def column_letter(index: int) -> str:
    """Excel column letters for a 1-based index: 1 → "A", 28 → "AB"."""
    letters = ""
    while index > 0:
        index, rem = divmod(index - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters
