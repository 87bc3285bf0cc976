"""A copy of the month's workbook saved after it in the data folder.

Windows names a copied file "2024-03 - Copy.xlsx" ("2024-03 - Bản sao.xlsx" in
Vietnamese), a browser or a mail client a downloaded one "2024-03 (1).xlsx", macOS
"2024-03 copy.xlsx". A clerk who fills such a copy leaves «2024-03.xlsx», the one the
report reads, as it was: a copy saved later than it, with other cells, is a warning
naming both (an older copy is a backup, and says nothing). The copy's cells are compared
with those the report read (``RawWorkbook``): the workbook is not opened again, and a copy
saved with "Save As" after it (other bytes: the time it was saved) says nothing.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from baocao.errors import InputError, Problem, warning
from baocao.excel import read_workbook
from baocao.raw import RawWorkbook

_PREFIX = re.compile(r"(?:copy of|bản sao của|bản sao)\s+")
_SUFFIX = re.compile(
    r"(?:\s*-\s*(?:copy|bản sao|sao chép)(?:\s*\(\d+\))?|\s*\(\d+\)|\s+copy(?:\s+\d+)?)"
)


def newer_copies(book: RawWorkbook) -> list[Problem]:
    """A warning for each copy of ``book`` in its folder saved after it and unlike it."""
    path = book.path
    try:
        saved = path.stat().st_mtime
        found = sorted(p for p in path.parent.iterdir() if _copy_of(p.name, path.stem))
        newer = [p for p in found if p.is_file() and p.stat().st_mtime > saved]
    except OSError:
        return []
    changed = [p for p in newer if not _same_cells(p, book)]
    return [
        warning(
            f"Thư mục có tệp «{p.name}», bản sao của sổ này được lưu sau sổ này và khác sổ "
            f"này, nhưng báo cáo chỉ đọc {path.name}. Nếu số liệu tháng này nằm ở «{p.name}», "
            f"hãy đổi tên sổ cũ (hoặc xóa sổ cũ), rồi đổi tên tệp đó thành {path.name}.",
            path,
        )
        for p in changed
    ]


def _copy_of(name: str, stem: str) -> bool:
    """Whether file ``name`` is a copy of ``<stem>.xlsx`` as a file manager names one."""
    text = unicodedata.normalize("NFC", name).casefold()
    if text.startswith("~$") or not text.endswith(".xlsx"):
        return False
    text = text[: -len(".xlsx")].strip()
    core = _PREFIX.sub("", text, count=1) if _PREFIX.match(text) else text
    if core.startswith(stem) and _SUFFIX.fullmatch(core[len(stem) :]):
        return True
    return core == stem and core != text


def _same_cells(copy: Path, book: RawWorkbook) -> bool:
    """Whether ``copy`` holds the cells of ``book`` (a copy that cannot be read does not)."""
    try:
        return read_workbook(copy).sheets == book.sheets
    except InputError:
        return False
