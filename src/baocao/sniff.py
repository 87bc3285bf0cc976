"""A workbook file's bytes, checked before openpyxl parses them (no openpyxl here).

An old .xls, an encrypted workbook, an .xlsm, .xltx, .ods, .xlsb, CSV, web page (HTML)
or XML Spreadsheet 2003 saved under the .xlsx name, a "Strict Open XML" workbook, a
corrupt or truncated zip, a zip bomb or a zip of thousands of parts, a part that
inflates beyond its declared size (``zipsize``), XML that declares entities, and
more cells than a report's workbook could use (openpyxl makes an object for every
cell written and every cell of a merged range), counted over all sheets together,
are refused with a message that says what to do. ``excel`` reads the bytes that pass.
"""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
import zlib
from decimal import Decimal
from pathlib import Path

from baocao.bookparts import CELL_START, sheet_parts, utf8
from baocao.errors import InputError, error, os_reason
from baocao.files import NotRegularFileError, broken_link, file_kind, read_regular
from baocao.misnamed import misnamed
from baocao.period import Period
from baocao.sharedrefs import check_shared_refs
from baocao.sheets import column_index
from baocao.vnformat import format_number
from baocao.zipsize import understated

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
MAX_FILE_BYTES = 50 * 1024 * 1024  # a monthly workbook is tens of kilobytes
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a monthly workbook unpacks to well under 1 MB
MAX_RATIO = 200  # compressed → unpacked, per member larger than 1 MB
XML_HEAD_BYTES = 2048
# Excel's "Strict Open XML Spreadsheet": openpyxl finds none of its sheets.
STRICT_NAMESPACE = b"http://purl.oclc.org/ooxml/spreadsheetml/main"
MAX_MERGED_CELLS = 100_000  # in all merged ranges together; a whole column is 1,048,576
MAX_CELLS = 500_000  # cells written in all sheets together; a monthly workbook has hundreds
MAX_MEMBERS = 1_000  # parts of the zip; a workbook has tens
MAX_SHEETS = 500  # sheets listed (a part listed twice, twice): 1 200 took 3,5 s, 20 000 minutes
# What a damaged archive raises; RuntimeError: a member encrypted (a zip password) or
# compressed by a method zipfile lacks (NotImplementedError).
CORRUPT_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError)
# A merge's range; its tag holds no "<" (read past one, 20 000 tags never ended took 20 s).
_MERGE_REF = re.compile(
    rb"<(?:\w+:)?mergeCell\b[^<>]*?\bref=\"([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?\""
)
ZIP_PASSWORD = (
    "Phần {part} của tệp được nén kèm mật khẩu, điều Excel không bao giờ làm (có thể là một "
    "tệp nén bằng 7-Zip hay WinRAR được đổi tên thành .xlsx); chương trình không đọc được. "
    "Hãy giải nén tệp bằng mật khẩu của nó, rồi mở sổ bên trong bằng Excel và lưu lại dưới "
    "dạng «Sổ làm việc Excel (.xlsx)»."
)
MISSING_WORKBOOK = "Không tìm thấy tệp dữ liệu."
SAVE_AS_XLSX = (
    "Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)»."
)


def refuse(path: Path, message: str) -> InputError:
    return InputError([error(message, path)])


def read_workbook_file(path: Path) -> bytes:
    """The bytes of a regular file of at most ``MAX_FILE_BYTES``, read with one open;
    a missing, special or too large file raises ``InputError``.

    Everything else (sniffing with ``sniff_bytes``, openpyxl's parse) works on these
    bytes, so a command opens each workbook once.
    """
    try:
        info = path.stat()
    except (FileNotFoundError, NotADirectoryError):
        raise refuse(path, _missing_message(path)) from None
    except OSError as exc:  # a symlink loop, a folder on the way the user may not enter
        raise refuse(path, f"Không mở được tệp: {os_reason(exc)}.") from exc
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block the read for ever
        raise refuse(path, f"Đường dẫn này là {file_kind(info.st_mode)}, không phải tệp Excel.")
    if info.st_size > MAX_FILE_BYTES:
        raise _too_heavy(path, info.st_size)
    try:
        data = read_regular(path, MAX_FILE_BYTES + 1)  # no more, if it grew since the stat
    except NotRegularFileError as exc:  # swapped for a FIFO since the stat
        raise refuse(path, f"Đường dẫn này là {exc.kind}, không phải tệp Excel.") from exc
    except OSError as exc:
        raise refuse(path, f"Không mở được tệp: {os_reason(exc)}.") from exc
    if len(data) > MAX_FILE_BYTES:
        raise _too_heavy(path, len(data))
    return data


def _too_heavy(path: Path, size: int) -> InputError:
    return refuse(
        path,
        f"Tệp nặng {_megabytes(size)} MB, quá lớn so với một sổ báo cáo; chương trình từ chối đọc.",
    )


def _megabytes(size: int) -> str:
    """Whole megabytes, written the Vietnamese way: "1.024"."""
    return format_number(Decimal(size // (1024 * 1024)))


def _missing_message(path: Path) -> str:
    if broken := broken_link(path):
        return f"{MISSING_WORKBOOK} {broken}"
    if os.path.isfile(path.parent):  # noqa: PTH113 (False, never an error, when unseen)
        return (
            f"{MISSING_WORKBOOK} Thư mục dữ liệu {path.parent} là một tệp, không phải thư mục: "
            "«data_dir» trong tệp cấu hình ghi sai? Hãy kiểm tra đường dẫn đó rồi chạy lại."
        )
    if not os.path.isdir(path.parent):  # noqa: PTH112 (False, never an error, when unseen)
        # A share not mounted, or «data_dir» mistyped (office32): init would have made the
        # folder, and an empty workbook, on the local disk.
        return (
            f"{MISSING_WORKBOOK} Thư mục dữ liệu {path.parent} cũng không có: ổ mạng chưa được "
            "gắn, hay «data_dir» trong tệp cấu hình ghi sai? Hãy kiểm tra thư mục đó rồi chạy "
            "lại."
        )
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
    if not others and (misnamed := _misnamed(path)):
        hint = (
            f" Thư mục có {', '.join(misnamed)}: nếu đó là sổ của tháng này, hãy đổi tên "
            f"thành {path.name}."
        )
    return f"{MISSING_WORKBOOK}{hint}"


def _misnamed(path: Path) -> list[str]:
    """The files beside the missing ``<Y>-<MM>.xlsx`` whose names give that same month
    otherwise, so the message does not send the office to make an empty one."""
    wanted = re.fullmatch(r"(\d{4})-(\d{2})", path.stem)
    if wanted is None or not 1 <= int(wanted[2]) <= 12:
        return []
    return misnamed(path.parent).get(Period(int(wanted[1]), int(wanted[2])), [])


def sniff_bytes(path: Path, data: bytes) -> None:
    """Raise ``InputError`` unless ``data`` (the bytes of ``path``) looks like a safe .xlsx."""
    if data[:8] == OLE_MAGIC:
        if ENCRYPTED_MARK in data:
            raise refuse(
                path,
                "Sổ được đặt mật khẩu (mã hóa), chương trình không đọc được. "
                "Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm "
                "việc) rồi lưu lại.",
            )
        raise refuse(path, f"Đây là tệp Excel 97–2003 (.xls), không phải .xlsx. {SAVE_AS_XLSX}")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise refuse(path, _not_zip_message(data))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_archive(path, archive, data)
    except CORRUPT_ZIP as exc:
        raise refuse(path, f"Tệp bị hỏng hoặc chưa chép/tải xong ({exc}). {SAVE_AS_XLSX}") from exc


def _not_zip_message(data: bytes) -> str:
    try:
        text = data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        text = ""
    if text and "\x00" not in text:
        return f"Đây là {_text_kind(text)} được đặt tên .xlsx, không phải sổ Excel. {SAVE_AS_XLSX}"
    return f"Tệp không phải sổ Excel .xlsx, hoặc đã bị hỏng. {SAVE_AS_XLSX}"


def _text_kind(text: str) -> str:
    """What a text file under the .xlsx name is: the web page many programs export as
    "Excel", Excel's own XML Spreadsheet 2003, else likely a CSV."""
    head = text.lower()
    if any(tag in head for tag in ("<html", "<!doctype html", "<table")):
        return "trang web (HTML, dạng «Excel» mà nhiều phần mềm xuất ra)"
    if "urn:schemas-microsoft-com:office:spreadsheet" in head:
        return "bảng tính «XML Spreadsheet 2003» của Excel"
    return "tệp văn bản (có thể là CSV)"


def _check_archive(path: Path, archive: zipfile.ZipFile, data: bytes) -> None:
    if locked := next((i.filename for i in archive.infolist() if i.flag_bits & 0x1), None):
        raise refuse(path, ZIP_PASSWORD.format(part=locked))
    names = set(archive.namelist())
    if "mimetype" in names:
        with archive.open("mimetype") as member:  # its head only: sizes are weighed below
            if b"opendocument" in member.read(XML_HEAD_BYTES):
                raise refuse(
                    path, f"Đây là bảng tính LibreOffice (.ods), không phải .xlsx. {SAVE_AS_XLSX}"
                )
    if "xl/workbook.bin" in names:
        raise refuse(path, f"Đây là sổ Excel nhị phân (.xlsb), không phải .xlsx. {SAVE_AS_XLSX}")
    if "xl/workbook.xml" not in names:
        raise refuse(path, f"Tệp nén này không phải sổ Excel .xlsx. {SAVE_AS_XLSX}")
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise refuse(
            path,
            f"Tệp nén có {format_number(Decimal(len(infos)))} phần, quá nhiều so với một sổ "
            "báo cáo (có thể là tệp độc hại); chương trình từ chối đọc.",
        )
    total = sum(i.file_size for i in infos)
    bomb = any(
        i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1)
        for i in infos
    )
    if total > MAX_UNPACKED_BYTES or bomb:
        raise refuse(
            path,
            f"Tệp giải nén ra tới {_megabytes(total)} MB, quá lớn so với "
            "một sổ báo cáo (có thể là tệp độc hại); chương trình từ chối đọc.",
        )
    if (part := understated(data, archive)) is not None:
        raise refuse(
            path,
            f"Phần {part} của tệp giải nén ra nhiều hơn kích thước ghi trong tệp nén "
            "(tệp hỏng hoặc độc hại); chương trình từ chối đọc.",
        )
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            with archive.open(info) as member:
                head = utf8(member.read(XML_HEAD_BYTES))
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise refuse(
                    path,
                    f"Phần {info.filename} của tệp có khai báo DOCTYPE/ENTITY, "
                    "điều mà Excel không bao giờ ghi (có thể là tệp độc hại); "
                    "chương trình từ chối đọc.",
                )
    # Its size was checked above; a zip without it is for openpyxl to call damaged.
    kinds = utf8(archive.read("[Content_Types].xml")) if "[Content_Types].xml" in names else b""
    if b"sheet.macroEnabled.main" in kinds:
        raise refuse(path, f"Đây là sổ Excel có macro (.xlsm), không phải .xlsx. {SAVE_AS_XLSX}")
    if b"template.main" in kinds or b"template.macroEnabled.main" in kinds:
        raise refuse(path, f"Đây là tệp mẫu Excel (.xltx), không phải sổ .xlsx. {SAVE_AS_XLSX}")
    with archive.open("xl/workbook.xml") as book:  # its size was checked above
        if STRICT_NAMESPACE in book.read(XML_HEAD_BYTES):
            raise refuse(
                path,
                "Đây là sổ Excel dạng «Strict Open XML» (.xlsx nghiêm ngặt), chương trình không "
                f"đọc được. {SAVE_AS_XLSX}",
            )
    sheets = sheet_parts(archive)  # wherever the workbook keeps them
    if (listed := sum(s.listed for s in sheets.values())) > MAX_SHEETS:
        raise refuse(
            path,
            f"Sổ có {format_number(Decimal(listed))} trang tính, quá nhiều so với một sổ báo "
            "cáo (có thể là tệp độc hại); chương trình từ chối đọc.",
        )
    merged = cells = 0  # counted over every sheet: openpyxl reads them all
    for part, (title, times) in sheets.items():
        xml = utf8(archive.read(part))  # a part in UTF-16 is counted too
        merged = _check_merges(path, title, xml, merged, max(times, 1))
        cells = _check_cells(path, title, xml, cells, max(times, 1))
        check_shared_refs(path, title, xml)  # a text cell's shared string numbered -1
    # Only for bytes not sniffed before: a warm run (bytes kept) does not import it.
    from baocao.bookcounts import too_many

    if said := too_many(archive, names, kinds):  # strings, styles, defined names
        raise refuse(path, said)


def _check_merges(path: Path, title: str, xml: bytes, before: int, times: int) -> int:
    """The merged cells of the workbook so far: ``before`` and this sheet's ranges, read
    ``times`` (the workbook's sheets that are this part).

    openpyxl makes an object for each cell of a merged range, so the ranges of all
    sheets together may hold at most ``MAX_MERGED_CELLS`` cells; a merged whole
    column, or many large ranges, would exhaust memory.
    """
    total = before
    for match in _MERGE_REF.finditer(xml):
        first_col, first_row, last_col, last_row = (
            g.decode("ascii") if g else "" for g in match.groups()
        )
        if not last_col:
            continue
        width = abs(column_index(last_col) - column_index(first_col)) + 1
        cells = width * (abs(int(last_row) - int(first_row)) + 1)
        total += cells * times
        if total > MAX_MERGED_CELLS:
            ref = f"{first_col}{first_row}:{last_col}{last_row}"
            size = format_number(Decimal(cells))
            message = (
                f"Vùng gộp ô {ref} ({size} ô) quá lớn so với một bảng báo cáo. Hãy mở sổ bằng "
                "Excel, chọn vùng đó"
                if cells > MAX_MERGED_CELLS
                else f"Các vùng gộp ô của sổ, tính đến vùng {ref} ({size} ô), đã gồm "
                f"{format_number(Decimal(total))} ô, quá giới hạn "
                f"{format_number(Decimal(MAX_MERGED_CELLS))} ô của cả sổ. Hãy mở sổ bằng Excel, "
                "chọn các vùng gộp lớn"
            )
            tail = ", bỏ gộp ô (Trang đầu › Gộp và Căn giữa) rồi lưu lại."
            raise InputError([error(message + tail, path, title, ref)])
    return total


def _check_cells(path: Path, title: str, xml: bytes, before: int, times: int) -> int:
    """The cells written in the workbook so far: ``before`` and this sheet's, read ``times``.

    openpyxl makes an object for each, so all sheets together may hold at most
    ``MAX_CELLS``; counting stops at the limit, so a huge sheet costs little here.
    """
    total = before
    for _ in CELL_START.finditer(xml):
        total += times
        if total > MAX_CELLS:
            raise InputError(
                [
                    error(
                        f"Sổ có hơn {format_number(Decimal(MAX_CELLS))} ô được ghi (tính đến "
                        "trang này), quá nhiều so với một sổ báo cáo (có thể là tệp độc hại, hoặc "
                        "định dạng được kéo xuống hàng triệu dòng). Hãy xóa các hàng, cột thừa "
                        "rồi lưu lại.",
                        path,
                        title,
                    )
                ]
            )
    return total
