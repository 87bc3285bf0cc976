"""An office's own ratio column beside a blank base of comparison.

ChiTieu may keep columns of the office's own: a title with "%" or "so với" is a ratio
("So với cùng kỳ (%)", "Lũy kế so với cùng kỳ (%)"), never read for the figures
(docs/workbook.md). The report computes every change from a base; where the base it
needs is blank (and not found in the earlier workbooks) while the row's ratio under
such a title holds a number, the office has the change and the sentence leaves it out: a
warning at the ratio's cell, asking for the base. A title naming last month ("tháng
trước") is the month's against ``Tháng trước``; one naming "cùng kỳ" ("CK", spelled out
as a near title's is) with "lũy kế", "cộng dồn" or "từ đầu năm", or on a row with no
month's figure, the year-to-date's against ``Lũy kế cùng kỳ``; else the month's against
``Cùng kỳ``. A title naming last month on a row with no month's figure is warned when
``Tháng trước`` is blank too, asking for both (no year-to-date is compared with last month).
A 0 is no ratio (a formula's =IFERROR(D2/F2*100;0) on a row with no base): it is quiet.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from baocao.cells import Locator
from baocao.earlier import plain_number
from baocao.errors import Problem, warning
from baocao.models import Indicator, MonthlyData
from baocao.raw import RawCell, RawWorkbook, cell_point
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS, header_words
from baocao.tables import ABBREVIATIONS, RATIO_WORDS
from baocao.unknowns import BASE_WORDS
from baocao.vnformat import format_exact

YEAR_TO_DATE_WORDS = ("lui ke", "cong don", "tu dau nam")  # header_words writes "y" "i"


def _base_of(title: str) -> str | None:
    """The base a ratio column's title compares with, or None for no ratio of a base."""
    words = " ".join(ABBREVIATIONS.get(w, w) for w in header_words(title).split())
    words = f" {words} "  # "CK" spelled out, as a near title's is
    if not any(w in words for w in RATIO_WORDS):
        return None
    if " thang truoc " in words:
        return "previous"
    if " cung ki " in words:
        ytd = any(f" {w} " in words for w in YEAR_TO_DATE_WORDS)
        return "ytd_same_period" if ytd else "same_period"
    return None


def _number(cell: RawCell | None) -> Decimal | None:
    """The number a cell holds as a number (as Excel shows a percent-formatted one)."""
    if cell is None or not isinstance(cell.value, int | float):
        return None  # a ratio typed as text is not read for this
    return plain_number(cell)


def ratio_beside_blank_base(
    raw: RawWorkbook, data: MonthlyData, locator: Locator, path: Path
) -> list[Problem]:
    """A warning at each ratio of the office's own whose base the report lacks."""
    sheet = raw.sheets.get(locator.sheet(CHI_TIEU))
    if sheet is None or not sheet.rows:
        return []
    ratios = {
        pos: (str(c.value).strip(), base)
        for pos, c in enumerate(sheet.rows[0])
        if isinstance(c.value, str) and (base := _base_of(c.value)) is not None
    }
    if not ratios:
        return []
    by_row = {cell_point(cells[0].ref)[1]: cells for cells in sheet.rows[1:] if cells}
    problems = []
    for ind in data.indicators:
        cells = by_row.get(ind.row, ())
        for pos, (title, base) in ratios.items():
            number = _number(cells[pos] if pos < len(cells) else None)
            field = _field(ind, base)
            if not number or field is None or getattr(ind, field) is not None:
                continue  # a 0 is no ratio: a formula's =IFERROR(D2/F2*100;0) with no base
            # A month's change against last month on a row whose month is blank too (its
            # blank month a note alone, a row given for the period): both are asked for.
            fields = ["value", field] if field == "previous" and ind.value is None else [field]
            headers = " và ".join(f"«{FIGURE_HEADERS[f]}»" for f in fields)
            blank = _blanks(locator, fields, ind.row)
            figures = "số của tháng và của kỳ so sánh" if len(fields) == 2 else "số của kỳ so sánh"
            shown = format_exact(number) + ("%" if cells[pos].percent else "")
            problems.append(
                warning(
                    f"Cột «{title}» của «{ind.code}» ghi {shown}, nhưng {blank}: báo "
                    "cáo không đọc cột tỷ lệ của đơn vị, nên câu văn bỏ phần so với "
                    f"{BASE_WORDS[field]}. Hãy điền {headers} ({figures}); báo cáo tự tính "
                    "tỷ lệ.",
                    path,
                    sheet.title,
                    cells[pos].ref,
                )
            )
    return problems


def _blanks(locator: Locator, fields: list[str], row: int) -> str:
    """The blank figures, by column and cell ("«Tháng trước» (ô E2) để trống"); a column
    the sheet lacks is said so ("trang không có cột «Tháng trước»")."""
    letters = [locator.letters.get((CHI_TIEU.name, f)) for f in fields]
    cells = [f"«{FIGURE_HEADERS[f]}» (ô {c}{row})" for f, c in zip(fields, letters, strict=True)]
    if all(letters):
        return " và ".join(cells) + " để trống"
    return " và ".join(
        f"{cell} để trống" if letter else f"trang không có cột «{FIGURE_HEADERS[f]}»"
        for f, letter, cell in zip(fields, letters, cells, strict=True)
    )


def _field(ind: Indicator, base: str) -> str | None:
    """The base field ``ind``'s ratio under a title naming ``base`` compares with, or None
    when the row has no figure to compare: a month's change on a row with its year-to-date
    alone is the year-to-date's."""
    if base == "same_period" and ind.value is None:
        base = "ytd_same_period"
    if base == "previous" and ind.value is None:
        # No year-to-date is compared with last month: the month's change the office has
        # is left out. Said here only when last month's figure is blank too; with it typed,
        # the blank month is a warning of its own (one slip, one warning).
        return base if ind.previous is None else None
    compared = ind.ytd if base == "ytd_same_period" else ind.value
    return None if compared is None else base
