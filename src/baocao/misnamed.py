"""A month's workbook named otherwise than ``<Y>-<MM>.xlsx`` in the data folder.

The report reads a month by that name only. "2024-2.xlsx" (the month not padded),
"2024-02.XLSX", "2024_02 .xlsx", "2024-02.xlsx.xlsx" (typed with the extension Windows
hides), "T02-2024.xlsx" or a copy's name ("2024-02 (1).xlsx", a browser's, with no
"2024-02.xlsx" beside it) is a month no command reads: the month's own is said missing
with their names (``sniff``), and an earlier month's figures (last month, last year,
the year to date) were taken as not known with a note saying they were in no earlier
workbook. ``History`` now says such a name where it looks for that month.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from baocao.errors import Problem, warning
from baocao.period import MAX_YEAR, MIN_YEAR, Period

# How a file manager, a browser or a mail client names a copy: "Copy of 2024-03.xlsx",
# "2024-03 - Copy.xlsx", "2024-03 - Bản sao.xlsx", "2024-03 (1).xlsx", "2024-03 copy 2.xlsx".
_COPY_PREFIX = re.compile(r"(?:copy of|bản sao của|bản sao)\s+")
COPY_SUFFIX = re.compile(
    r"(?:\s*-\s*(?:copy|bản sao|sao chép)(?:\s*\(\d+\))?|\s*\(\d+\)|\s+copy(?:\s+\d+)?)"
)
_COPY_END = re.compile(rf"(?:{COPY_SUFFIX.pattern})\s*(?=\.xlsx$)")
_YEAR_FIRST = re.compile(r"(\d{4})[-_.]?(\d{1,2})(?:\.xlsx)+")
_MONTH_FIRST = re.compile(r"(?:t|thang|tháng)?[-_.]?(\d{1,2})[-_.](\d{4})(?:\.xlsx)+")


def misnamed(folder: Path) -> dict[Period, list[str]]:
    """The files of ``folder`` whose names give a month otherwise than ``<Y>-<MM>.xlsx``,
    by that month, each list sorted (spaces and case aside: "2024-3.xlsx", "T03-2024.xlsx")."""
    try:
        names = [p.name for p in folder.iterdir()]
    except OSError:
        return {}
    found: dict[Period, list[str]] = {}
    for name in sorted(names):
        text = unicodedata.normalize("NFC", name).casefold()  # macOS: NFD
        text = without_copy_prefix(text)  # a copy's name
        text = _COPY_END.sub("", text, count=1)
        key = "".join(text.split())
        if year_first := _YEAR_FIRST.fullmatch(key):
            year, month = (int(g) for g in year_first.groups())
        elif month_first := _MONTH_FIRST.fullmatch(key):
            month, year = (int(g) for g in month_first.groups())
        else:
            continue
        if MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12:
            period = Period(year, month)
            if name != f"{period.iso}.xlsx":
                found.setdefault(period, []).append(name)
    return found


def without_copy_prefix(name: str) -> str:
    """``name``, case-folded, without the words a copy's name opens with ("copy of …")."""
    return name[m.end() :] if (m := _COPY_PREFIX.match(name)) else name


def unread(folder: Path, period: Period, names: list[str]) -> Problem:
    """The warning for ``period``'s workbook missing where ``names`` in ``folder`` give it."""
    listed = ", ".join(f"«{n}»" for n in names)
    wanted = f"{period.iso}.xlsx"
    return warning(
        f"Thư mục dữ liệu không có sổ {wanted} (tháng {period.short}) mà có {listed}: báo "
        f"cáo chỉ đọc sổ tên {wanted}, nên các số liệu cần lấy từ sổ tháng {period.short} "
        "(tháng trước, cùng kỳ, lũy kế) được coi là chưa biết. Nếu đó là sổ của tháng "
        f"{period.short}, hãy đổi tên thành {wanted}.",
        folder / names[0],
    )
