"""The only module that imports openpyxl: a workbook file → plain cell values.

With defusedxml installed, openpyxl parses the workbook's XML safely. Formula
cells are read through their cached values (``data_only=True``).
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from baocao.errors import InputError, error
from baocao.sheets import column_letter


@dataclass(frozen=True)
class RawCell:
    """A cell's reference ("D5") and its value as openpyxl gives it."""

    ref: str
    value: object


@dataclass(frozen=True)
class RawSheet:
    """One sheet's cells, row by row; ``rows[0]`` is the header row."""

    title: str
    rows: tuple[tuple[RawCell, ...], ...]


@dataclass(frozen=True)
class RawWorkbook:
    """A workbook's sheets by their titles, as written in the file."""

    path: Path
    sheets: dict[str, RawSheet]


def read_workbook(path: Path) -> RawWorkbook:
    """Read every sheet of ``path``; an unreadable file raises ``InputError`` naming it."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.exists():
        raise InputError([error(f"Không tìm thấy tệp dữ liệu (đã tìm ở {path.resolve()}).", path)])
    if not path.is_file():
        raise InputError([error("Đường dẫn này là một thư mục, không phải tệp Excel.", path)])
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise InputError(
            [
                error(
                    f"Không đọc được tệp: đây không phải là tệp Excel .xlsx hợp lệ ({exc}). "
                    "Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx.",
                    path,
                )
            ]
        ) from exc
    except OSError as exc:
        raise InputError([error(f"Không mở được tệp: {exc}.", path)]) from exc
    try:
        sheets = {
            ws.title: RawSheet(ws.title, tuple(_rows(ws.iter_rows(values_only=True))))
            for ws in book.worksheets
        }
    finally:
        book.close()
    return RawWorkbook(path, sheets)


def _rows(values: Iterator[tuple[object, ...]]) -> Iterator[tuple[RawCell, ...]]:
    for row_number, row in enumerate(values, start=1):
        yield tuple(
            RawCell(f"{column_letter(col)}{row_number}", value)
            for col, value in enumerate(row, start=1)
        )
