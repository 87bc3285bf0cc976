"""A copy of the month's workbook saved after it in the data folder.

Windows names a copied file "2024-03 - Copy.xlsx" ("2024-03 - Bản sao.xlsx" in
Vietnamese), a browser or a mail client a downloaded one "2024-03 (1).xlsx", macOS
"2024-03 copy.xlsx"; a clerk may save one as "2024-3.xlsx" (``misnamed``). A clerk who
fills such a copy leaves «2024-03.xlsx», the one the report reads, as it was: a copy saved
later than it, with other cells, is a warning naming both (an older copy is a backup, and
says nothing). The copy's cells are compared
with those the report read (``RawWorkbook``), so a copy saved with "Save As" (other bytes,
the same cells) says nothing. Which was saved later is read from the time Excel writes
inside each workbook when it saves it, which a folder copied to another computer, synced
or checked out keeps, where the files' own times become the copying's; two workbooks
saved in the same second are told apart by the files' times. The workbook itself is
opened a second time (for that time) only when a copy with other cells is beside it.
The month under its own name in a format the report cannot read ("2024-03.ods", ".xls",
".xlsm", ".xlsb"), saved after it, is a warning too: its cells cannot be compared.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from baocao.errors import InputError, Problem, note, warning
from baocao.excel import read_workbook
from baocao.misnamed import COPY_SUFFIX, misnamed, without_copy_prefix
from baocao.period import Period, PeriodError
from baocao.raw import RawWorkbook
from baocao.sniff import CORRUPT_ZIP

_MODIFIED = re.compile(rb"<dcterms:modified\b[^>]*>\s*([^<\s]+)\s*<")
_CORE = "docProps/core.xml"
_MAX_CORE = 100_000  # bytes; Excel writes about a kilobyte
# The month saved again in a format the report cannot read, beside the workbook it reads:
# LibreOffice Calc's "Use ODF Format!" (2024-03.ods), Excel's Save As .xls, .xlsm, .xlsb.
OTHER_FORMATS = (".ods", ".xls", ".xlsm", ".xlsb")


def newer_copies(book: RawWorkbook) -> list[Problem]:
    """A warning for each copy of ``book`` in its folder saved after it and unlike it."""
    path = book.path
    try:
        otherwise = _named_otherwise(path)  # "2024-3.xlsx": the same month named otherwise
        found = sorted(
            p
            for p in path.parent.iterdir()
            if _copy_of(p.name, path.stem) or p.name in otherwise or _other_format(p, path)
        )
        files = [p for p in found if p.is_file()]
        changed = [p for p in files if _other_format(p, path) or not _same_cells(p, book)]
        saved = saved_inside(path) if changed else None
        newer = [p for p in changed if _saved_after(p, path, saved)]
    except OSError:
        return []
    return [
        _other_saved(p, path) if _other_format(p, path) else _copy_saved(p, path) for p in newer
    ]


def _copy_saved(copy: Path, path: Path) -> Problem:
    return warning(
        f"Thư mục có tệp «{copy.name}», bản sao của sổ này được lưu sau sổ này và khác sổ "
        f"này, nhưng báo cáo chỉ đọc {path.name}. Nếu số liệu tháng này nằm ở «{copy.name}», "
        f"hãy đổi tên sổ cũ (hoặc xóa sổ cũ), rồi đổi tên tệp đó thành {path.name}.",
        path,
    )


def _other_saved(other: Path, path: Path) -> Problem:
    """The month saved later in a format the report cannot read (attack21: edits saved by
    LibreOffice Calc as «2024-03.ods» left «2024-03.xlsx» as it was, and the report read it
    without a word); its cells cannot be compared, so its saved time alone says it."""
    return warning(
        f"Thư mục có tệp «{other.name}», được lưu sau sổ này, nhưng báo cáo chỉ đọc "
        f"{path.name} (tệp {other.suffix.lower()} thì không đọc được). Nếu số liệu tháng này "
        f"nằm ở «{other.name}», hãy mở tệp đó bằng Excel hoặc LibreOffice và lưu lại dưới dạng "
        f".xlsx với tên {path.name}, thay cho sổ cũ.",
        path,
    )


def _other_format(other: Path, path: Path) -> bool:
    """Whether ``other`` is ``path``'s month under its own name in another format."""
    return other.stem == path.stem and other.suffix.lower() in OTHER_FORMATS


def open_elsewhere(path: Path) -> list[Problem]:
    """A note when Excel's or LibreOffice's lock file is beside the workbook: it is open,
    and what is typed in it and not saved yet is not in the report (office28: said
    nothing). Excel names it "~$" and the name, or the name's first two letters replaced
    (Word's way, for long names); LibreOffice ".~lock." and the name and "#"."""
    names = (f"~${path.name}", f"~${path.name[2:]}", f".~lock.{path.name}#")
    try:
        lock = next((n for n in names if (path.parent / n).is_file()), None)
    except OSError:
        return []
    if lock is None:
        return []
    return [
        note(
            f"Sổ đang được mở trong Excel hoặc LibreOffice (bên cạnh có tệp khóa «{lock}»): "
            "báo cáo đọc bản đã lưu, nên những gì đã gõ mà chưa lưu (Ctrl+S) sẽ không có trong "
            "báo cáo. Nếu không ai mở sổ, đó là tệp khóa còn lại khi chương trình bị tắt đột "
            "ngột, và có thể xóa.",
            path,
        )
    ]


def _named_otherwise(path: Path) -> set[str]:
    """The files of ``path``'s folder naming its month otherwise (``misnamed``), which no
    command reads while ``path`` is there: filled instead of it, they are said as a copy is."""
    try:
        period = Period.parse(path.stem)
    except PeriodError:
        return set()
    return set(misnamed(path.parent).get(period, []))


def _copy_of(name: str, stem: str) -> bool:
    """Whether file ``name`` is a copy of ``<stem>.xlsx`` as a file manager names one."""
    text = unicodedata.normalize("NFC", name).casefold()
    if text.startswith("~$") or not text.endswith(".xlsx"):
        return False
    text = text[: -len(".xlsx")].strip()
    core = without_copy_prefix(text)
    if core.startswith(stem) and COPY_SUFFIX.fullmatch(core[len(stem) :]):
        return True
    return core == stem and core != text


def _saved_after(copy: Path, path: Path, then: datetime | None) -> bool:
    """Whether ``copy`` was saved after ``path`` (saved inside at ``then``): by the times
    saved inside them when both hold one and they differ, else by the files' modification
    times."""
    inside = saved_inside(copy)
    if inside is not None and then is not None and inside != then:
        return inside > then
    return copy.stat().st_mtime > path.stat().st_mtime


def saved_inside(path: Path) -> datetime | None:
    """The time a workbook says it was last saved (docProps/core.xml), if it says one."""
    try:
        with zipfile.ZipFile(path) as archive:
            if archive.getinfo(_CORE).file_size > _MAX_CORE:  # zipfile inflates no more
                return None
            core = archive.read(_CORE)
        found = _MODIFIED.search(core)
        when = datetime.fromisoformat(found.group(1).decode()) if found else None
    except (*CORRUPT_ZIP, OSError, KeyError, ValueError):  # encrypted, or damaged, too
        return None
    if when is None or when.tzinfo is not None:
        return when
    return when.replace(tzinfo=UTC)  # W3CDTF without a zone: read as UTC


def _same_cells(copy: Path, book: RawWorkbook) -> bool:
    """Whether ``copy`` holds the cells of ``book`` (a copy that cannot be read does not)."""
    try:
        return read_workbook(copy).sheets == book.sheets
    except InputError:
        return False
