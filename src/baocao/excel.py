"""The only module that imports openpyxl: a workbook file → plain cell values.

Before openpyxl parses anything the file is sniffed: an old .xls, an
encrypted workbook, an .ods, .xlsb or CSV saved under the .xlsx name, a
corrupt or truncated zip, a zip bomb, or XML that declares entities are all
refused with a message that says what to do. With defusedxml installed,
openpyxl then parses the XML safely. Formula cells are read through their
cached values; merged ranges give every cell the top-left value, as a person
reads them; hidden rows are marked so the reader can warn about them.
"""

from __future__ import annotations

import io
import stat
import zipfile
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from baocao.errors import InputError, error, os_reason
from baocao.sheets import column_letter, normalize_header

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
MAX_FILE_BYTES = 50 * 1024 * 1024  # a monthly workbook is tens of kilobytes
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a monthly workbook unpacks to well under 1 MB
MAX_RATIO = 200  # compressed → unpacked, per member larger than 1 MB
XML_HEAD_BYTES = 2048
CORRUPT_ZIP = (zipfile.BadZipFile, zlib.error, EOFError)  # what a damaged archive raises
MISSING_WORKBOOK = "Không tìm thấy tệp dữ liệu."
SAVE_AS_XLSX = (
    "Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)»."
)


@dataclass(frozen=True)
class RawCell:
    """A cell's reference ("D5"), its value, and its formula when it has one."""

    ref: str
    value: object
    formula: str | None = None


@dataclass(frozen=True)
class RawSheet:
    """One sheet's cells, row by row; ``rows[0]`` is the header row."""

    title: str
    rows: tuple[tuple[RawCell, ...], ...]
    hidden_rows: frozenset[int] = field(default_factory=frozenset)


@dataclass(frozen=True)
class RawWorkbook:
    """A workbook's sheets by their titles, as written in the file."""

    path: Path
    sheets: dict[str, RawSheet]


def _refuse(path: Path, message: str) -> InputError:
    return InputError([error(message, path)])


def load_bytes(path: Path) -> bytes:
    """The file's bytes, read with one open, after checking it looks like a safe .xlsx.

    Everything else (sniffing, openpyxl's parse) works on these bytes, so a
    command opens each workbook once. An unusable file raises ``InputError``.
    """
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise _refuse(path, _missing_message(path)) from None
    except OSError as exc:  # a symlink loop, a folder on the way the user may not enter
        raise _refuse(path, f"Không mở được tệp: {os_reason(exc)}.") from exc
    if stat.S_ISDIR(info.st_mode):
        raise _refuse(path, "Đường dẫn này là một thư mục, không phải tệp Excel.")
    if info.st_size > MAX_FILE_BYTES:
        raise _refuse(
            path,
            f"Tệp nặng {info.st_size // (1024 * 1024)} MB, quá lớn so với một sổ báo "
            "cáo; chương trình từ chối đọc.",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse(path, f"Không mở được tệp: {os_reason(exc)}.") from exc
    sniff_bytes(path, data)
    return data


def _missing_message(path: Path) -> str:
    others = sorted(
        p.name
        for p in path.parent.glob(f"{path.stem}.*")
        if p.suffix.lower() in {".xls", ".xlsb", ".ods", ".csv", ".xlsm"}
    )
    hint = (
        f" Thư mục có {', '.join(others)}: hãy mở tệp đó bằng Excel hoặc LibreOffice "
        f"và lưu lại dưới dạng .xlsx với tên {path.name}."
        if others
        else ""
    )
    return f"{MISSING_WORKBOOK}{hint}"


def sniff_bytes(path: Path, data: bytes) -> None:
    """Raise ``InputError`` unless ``data`` (the bytes of ``path``) looks like a safe .xlsx."""
    if data[:8] == OLE_MAGIC:
        if ENCRYPTED_MARK in data:
            raise _refuse(
                path,
                "Sổ được đặt mật khẩu (mã hóa), chương trình không đọc được. "
                "Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm "
                "việc) rồi lưu lại.",
            )
        raise _refuse(path, f"Đây là tệp Excel 97–2003 (.xls), không phải .xlsx. {SAVE_AS_XLSX}")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise _refuse(path, _not_zip_message(data))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_archive(path, archive)
    except CORRUPT_ZIP as exc:
        raise _refuse(path, f"Tệp bị hỏng hoặc chưa chép/tải xong ({exc}). {SAVE_AS_XLSX}") from exc


def _not_zip_message(data: bytes) -> str:
    try:
        text = data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    if text and "\x00" not in text:
        return (
            "Đây là tệp văn bản (có thể là CSV) được đặt tên .xlsx, không phải sổ Excel. "
            + SAVE_AS_XLSX
        )
    return f"Tệp không phải sổ Excel .xlsx, hoặc đã bị hỏng. {SAVE_AS_XLSX}"


def _check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    names = set(archive.namelist())
    if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
        raise _refuse(
            path, f"Đây là bảng tính LibreOffice (.ods), không phải .xlsx. {SAVE_AS_XLSX}"
        )
    if "xl/workbook.bin" in names:
        raise _refuse(path, f"Đây là sổ Excel nhị phân (.xlsb), không phải .xlsx. {SAVE_AS_XLSX}")
    if "xl/workbook.xml" not in names:
        raise _refuse(path, f"Tệp nén này không phải sổ Excel .xlsx. {SAVE_AS_XLSX}")
    infos = archive.infolist()
    total = sum(i.file_size for i in infos)
    bomb = any(
        i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
        for i in infos
    )
    if total > MAX_UNPACKED_BYTES or bomb:
        raise _refuse(
            path,
            f"Tệp giải nén ra tới {total // (1024 * 1024)} MB, quá lớn so với "
            "một sổ báo cáo (có thể là tệp độc hại); chương trình từ chối đọc.",
        )
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            with archive.open(info) as member:
                head = member.read(XML_HEAD_BYTES)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise _refuse(
                    path,
                    f"Phần {info.filename} của tệp có khai báo DOCTYPE/ENTITY, "
                    "điều mà Excel không bao giờ ghi (có thể là tệp độc hại); "
                    "chương trình từ chối đọc.",
                )


def read_workbook(path: Path) -> RawWorkbook:
    """Every sheet of ``path`` (one open of the file); an unusable file raises ``InputError``."""
    data = load_bytes(path)
    formulas = _load(path, data, data_only=False)
    has_formulas = any(
        _formula(c.value) for sheet in formulas.values() for row in sheet.rows for c in row
    )
    if not has_formulas:
        return RawWorkbook(path, formulas)
    cached = _load(path, data, data_only=True)
    sheets = {}
    for title, sheet in formulas.items():
        rows = tuple(
            tuple(
                _with_cache(c, cached_cell) for c, cached_cell in zip(row, cached_row, strict=True)
            )
            for row, cached_row in zip(sheet.rows, cached[title].rows, strict=True)
        )
        sheets[title] = RawSheet(title, rows, sheet.hidden_rows)
    return RawWorkbook(path, sheets)


def _formula(value: object) -> str | None:
    """The formula text of a cell value read with ``data_only=False``, if it is one."""
    text = getattr(value, "text", value)  # array formulas carry their text
    return text if isinstance(text, str) and text.startswith("=") else None


def _with_cache(cell: RawCell, cached: RawCell) -> RawCell:
    formula = _formula(cell.value)
    return RawCell(cell.ref, cached.value, formula) if formula else cell


def _open_book(path: Path, data: bytes, **options: bool) -> Any:
    """openpyxl's workbook over ``data``; a damaged file raises ``InputError`` naming ``path``."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        return load_workbook(io.BytesIO(data), **options)
    except (*CORRUPT_ZIP, InvalidFileException, KeyError, ValueError, TypeError) as exc:
        raise _refuse(
            path, f"Không đọc được tệp: sổ Excel bị hỏng ({exc}). {SAVE_AS_XLSX}"
        ) from exc


def _load(path: Path, data: bytes, *, data_only: bool) -> dict[str, RawSheet]:
    book = _open_book(path, data, data_only=data_only)
    return {ws.title: _sheet(ws) for ws in book.worksheets}


def _sheet(ws: Any) -> RawSheet:
    merged: dict[tuple[int, int], object] = {}
    for rng in ws.merged_cells.ranges:
        value = ws.cell(rng.min_row, rng.min_col).value
        for row in range(rng.min_row, rng.max_row + 1):
            for col in range(rng.min_col, rng.max_col + 1):
                merged[(row, col)] = value
    hidden = frozenset(r for r, dim in ws.row_dimensions.items() if dim.hidden)
    return RawSheet(ws.title, _raw_rows(ws, merged), hidden)


def _raw_rows(
    ws: Any, merged: dict[tuple[int, int], object] | None = None
) -> tuple[tuple[RawCell, ...], ...]:
    """Every row's cells with their references; a merged cell takes its range's value."""
    merged = merged or {}
    return tuple(
        tuple(
            RawCell(f"{column_letter(c)}{r}", merged.get((r, c), v))
            for c, v in enumerate(values, start=1)
        )
        for r, values in enumerate(ws.iter_rows(values_only=True), start=1)
    )


def read_sheet(path: Path, name: str) -> RawSheet | None:
    """One sheet of a workbook, read-only and cached values only: what history needs.

    Reads the file once. None when the workbook has no sheet of that name; an
    unusable file raises ``InputError``, which history decides how to report.
    """
    data = load_bytes(path)
    book = _open_book(path, data, read_only=True, data_only=True)
    try:
        title = next(
            (t for t in book.sheetnames if normalize_header(t) == normalize_header(name)), None
        )
        return None if title is None else RawSheet(title, _raw_rows(book[title]))
    except (*CORRUPT_ZIP, KeyError, ValueError, TypeError) as exc:
        raise _refuse(
            path, f"Không đọc được tệp: sổ Excel bị hỏng ({exc}). {SAVE_AS_XLSX}"
        ) from exc
    finally:
        book.close()


# What openpyxl raises on a damaged part that the zip checks let through: XML that is not
# well-formed (ElementTree's ParseError and lxml's XMLSyntaxError both derive from
# SyntaxError), a shared-string or style index that points nowhere (IndexError), and the
# errors ``_open_book`` already turns into a message.
DAMAGED = (*CORRUPT_ZIP, KeyError, ValueError, TypeError, IndexError, SyntaxError)


def _damaged(path: Path, exc: BaseException) -> InputError:
    return _refuse(path, f"Không đọc được tệp: sổ Excel bị hỏng ({exc}). {SAVE_AS_XLSX}")


def read_sheets(path: Path, names: Sequence[str]) -> dict[str, RawSheet | None]:
    """Several sheets of a workbook with one open, read-only, cached values only (history).

    Each name maps to its sheet, or None when the workbook has no sheet of that
    name. An unusable or damaged file, whatever openpyxl raises, is an ``InputError``.
    """
    data = load_bytes(path)
    try:
        book = _open_book(path, data, read_only=True, data_only=True)
        try:
            found: dict[str, RawSheet | None] = {}
            for name in names:
                title = next(
                    (t for t in book.sheetnames if normalize_header(t) == normalize_header(name)),
                    None,
                )
                found[name] = None if title is None else RawSheet(title, _raw_rows(book[title]))
            return found
        finally:
            book.close()
    except DAMAGED as exc:
        raise _damaged(path, exc) from exc


def read_whole_workbook(path: Path) -> RawWorkbook:
    """``read_workbook``, with a damaged part (bad XML, a dangling index) an ``InputError``."""
    try:
        return read_workbook(path)
    except (IndexError, SyntaxError) as exc:
        raise _damaged(path, exc) from exc


@dataclass(frozen=True)
class NewSheet:
    """A sheet to write: header row (bold, frozen, with a note on each header), then rows."""

    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[object, ...]]
    widths: tuple[int, ...]
    notes: tuple[str, ...] = ()
    number_formats: dict[str, str] = field(default_factory=dict)  # cell → "#,##0.0"
    numeric_ranges: tuple[str, ...] = ()  # ranges that accept only numbers ≥ 0


def write_workbook(path: Path, sheets: list[NewSheet]) -> None:
    """Write a new .xlsx at ``path`` (the caller makes sure it does not exist)."""
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    book.remove(book.active)
    for spec in sheets:
        ws = book.create_sheet(spec.title)
        ws.append(list(spec.headers))
        for cell, note in zip(ws[1], spec.notes, strict=False):
            cell.comment = Comment(note, "baocao", width=320, height=110)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for row in spec.rows:
            ws.append(list(row))
        for i, width in enumerate(spec.widths, start=1):
            ws.column_dimensions[column_letter(i)].width = width
        for ref, fmt in spec.number_formats.items():
            ws[ref].number_format = fmt
        if spec.numeric_ranges:
            rule = DataValidation(
                type="decimal",
                operator="greaterThanOrEqual",
                formula1="0",
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Giá trị không hợp lệ",
                error="Ô này chỉ nhận số không âm (ví dụ 52716 hoặc 1822,5).",
            )
            for rng in spec.numeric_ranges:
                rule.add(rng)
            ws.add_data_validation(rule)
    book.save(path)
