"""A quarter's index typed in ChiSoSXCN under a title of its own.

The index paragraph says the month's index (against the same month of last year and the
previous month) and the year-to-date's; it has no quarter's index. A quarterly report's
table heads the quarter's indices by the quarter ("Chỉ số quý III/2019 so với cùng kỳ
(%)", "… so với quý II/2019 (%)": Quảng Nam's quý III/2019, "giảm 10,3% so với quý 2/2019
và giảm 3,5% so với quý cùng kỳ"); such a title is no column of the contract, so its
indices went unread without a word while the report printed the others. A title naming
the quarter that ends with the workbook's month (of this year, when a year is named) and
a comparison ("so với", "so sánh"), with a number under it, is a warning at the title. A
quarter not ended yet, or one kept from an earlier month, is the office's own column; so is
the first quarter's in March when each index under it is typed as its row's year-to-date's
too (the paragraph says it).
"""

from __future__ import annotations

import re
from pathlib import Path

from baocao.cells import Locator
from baocao.errors import Problem, warning
from baocao.period import Period
from baocao.raw import RawSheet, RawWorkbook
from baocao.sheets import CHI_SO_SXCN, column_index, header_words, normalize_header

# In header_words' spelling (no marks, lower case, "y" as "i"): "quý III/2019", "Quý 3 năm
# 2019", "quý 3-2019".
QUARTER = re.compile(r"\bqui (iv|i{1,3}|[1-4])\b(?:(?: nam)? (\d{4}))?")
NUMERALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
ROMAN = ("I", "II", "III", "IV")
COMPARED = (" so voi ", " so sanh ")
# What the paragraph says of the quarter: nothing, but the first quarter's months are the
# year's so far, and its index against last year's is the year-to-date's.
OWN = ("không nêu chỉ số của quý", "tức chỉ số quý I so với cùng kỳ là chỉ số từ đầu năm")


def quarter_index_titles(
    raw: RawWorkbook, locator: Locator, period: Period, path: Path
) -> list[Problem]:
    """A warning at each ChiSoSXCN title of the quarter just ended's index with a number
    under it (``period``: the workbook's month)."""
    if period.month % 3:
        return []
    quarter = period.month // 3
    sheet = raw.sheets.get(locator.sheet(CHI_SO_SXCN))
    if sheet is None or not sheet.rows:
        return []
    known = {normalize_header(c.header) for c in CHI_SO_SXCN.columns}
    problems = []
    for pos, cell in enumerate(sheet.rows[0]):
        if not isinstance(cell.value, str) or normalize_header(cell.value) in known:
            continue
        words = f" {header_words(cell.value)} "
        first = QUARTER.search(words)
        if first is None or not any(w in words for w in COMPARED):
            continue
        named = NUMERALS.get(first[1]) or int(first[1])
        if named != quarter or first[2] not in (None, str(period.year)):
            continue
        under = (row[pos].value for row in sheet.rows[1:] if pos < len(row))
        if not any(isinstance(v, int | float) and not isinstance(v, bool) for v in under):
            continue
        if quarter == 1 and " cung ki " in words and _the_year_to_dates(sheet, pos, locator):
            continue
        problems.append(
            warning(
                f"Tiêu đề «{cell.value.strip()}» là chỉ số của quý {ROMAN[quarter - 1]}, không "
                "phải cột nào của trang: các chỉ số dưới tiêu đề này không được đọc, vì đoạn "
                f"chỉ số sản xuất công nghiệp nêu chỉ số của tháng {period.month}/{period.year} "
                f"và của {period.month} tháng đầu năm, {OWN[quarter == 1]}. Hãy ghi chỉ "
                f"số của tháng vào cột «{CHI_SO_SXCN.header('index')}» và "
                f"«{CHI_SO_SXCN.header('mom_index')}», chỉ số từ đầu năm vào cột "
                f"«{CHI_SO_SXCN.header('ytd_index')}»; chỉ số của quý, nếu cần, hãy viết "
                "trong trang HoatDong.",
                path,
                sheet.title,
                cell.ref,
            )
        )
    return problems


def _the_year_to_dates(sheet: RawSheet, pos: int, locator: Locator) -> bool:
    """Whether every index under the first quarter's title at ``pos`` is its row's
    year-to-date's, typed in «Chỉ số lũy kế so với cùng kỳ (%)» too: in March they are one
    index, and the paragraph says it (an office's quarterly table beside the contract's)."""
    letter = locator.letters.get((CHI_SO_SXCN.name, "ytd_index"))
    if letter is None:
        return False
    ytd = column_index(letter) - 1
    rows = [r for r in sheet.rows[1:] if pos < len(r) and r[pos].value is not None]
    return bool(rows) and all(ytd < len(r) and r[ytd].value == r[pos].value for r in rows)
