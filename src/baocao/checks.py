"""Checks across rows and sheets of a parsed month: what the reader alone cannot see.

Each check returns located problems; none raises. Errors stop ``build``;
warnings ask the user to look again.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

from baocao.errors import Problem, error, warning
from baocao.models import Indicator, MonthlyData
from baocao.reader import Locator
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, THONG_TIN
from baocao.vnformat import format_number

CODE_PATTERN = re.compile(r"^[a-z0-9_.]+$")
INDEX_MAX = Decimal(1000)
FIGURE_FIELDS = {
    "value": "Tháng báo cáo",
    "previous": "Tháng trước",
    "same_period": "Cùng kỳ",
    "ytd": "Lũy kế",
    "ytd_same_period": "Lũy kế cùng kỳ",
    "annual_plan": "Kế hoạch năm",
}


def check_month(
    data: MonthlyData, locator: Locator, path: Path, month: int, year: int
) -> list[Problem]:
    """``thang``/``nam`` in the workbook must be the month asked for."""
    title = locator.sheet(THONG_TIN)
    problems = []
    if data.info.month != month:
        problems.append(
            error(
                f"Sổ ghi tháng {data.info.month}, nhưng lệnh yêu cầu tháng {month}.",
                path,
                title,
                locator.info.get("thang"),
            )
        )
    if data.info.year != year:
        problems.append(
            error(
                f"Sổ ghi năm {data.info.year}, nhưng lệnh yêu cầu năm {year}.",
                path,
                title,
                locator.info.get("nam"),
            )
        )
    return problems


def check_codes(data: MonthlyData, locator: Locator, path: Path) -> list[Problem]:
    """Codes are well formed and unique; every ``Thuộc`` names a code of the sheet."""
    problems = []
    for spec, rows in ((CHI_TIEU, data.indicators), (CHI_SO_SXCN, data.iip)):
        title = locator.sheet(spec)
        counts = Counter(r.code for r in rows)
        for r in rows:
            where = locator.cell(spec, "code", r.row)
            if not CODE_PATTERN.match(r.code):
                problems.append(
                    error(
                        f"Mã «{r.code}» chỉ được gồm chữ thường không dấu, chữ số, "
                        "dấu «_» và dấu «.».",
                        path,
                        title,
                        where,
                    )
                )
            if counts[r.code] > 1:
                problems.append(error(f"Mã «{r.code}» bị trùng.", path, title, where))
    parents = {i.code: i.parent for i in data.indicators}
    title = locator.sheet(CHI_TIEU)
    for ind in data.indicators:
        where = locator.cell(CHI_TIEU, "parent", ind.row)
        if ind.parent is not None and (ind.parent not in parents or ind.parent == ind.code):
            problems.append(
                error(
                    f"«Thuộc» ghi mã «{ind.parent}», nhưng không có chỉ tiêu nào khác mang mã này.",
                    path,
                    title,
                    where,
                )
            )
        elif _in_cycle(ind.code, parents):
            problems.append(
                error(
                    f"«Thuộc» của «{ind.code}» tạo thành vòng lặp "
                    "(chỉ tiêu thuộc chính các chỉ tiêu con của nó).",
                    path,
                    title,
                    where,
                )
            )
    return problems


def _in_cycle(code: str, parents: dict[str, str | None]) -> bool:
    seen = {code}
    current = parents.get(code)
    while current is not None and current in parents:
        if current in seen:
            return True
        seen.add(current)
        current = parents[current]
    return False


def check_values(data: MonthlyData, locator: Locator, path: Path) -> list[Problem]:
    """No negative figures; indices in (0, 1000]; a year-to-date not below the month."""
    problems = []
    title = locator.sheet(CHI_TIEU)
    for ind in data.indicators:
        for name, header in FIGURE_FIELDS.items():
            value = getattr(ind, name)
            if value is not None and value < 0:
                problems.append(
                    error(
                        f"Cột «{header}» không được âm, nhưng là "
                        f"{format_number(value, ind.decimals)}.",
                        path,
                        title,
                        locator.cell(CHI_TIEU, name, ind.row),
                    )
                )
        if ind.ytd is not None and ind.ytd < ind.value:
            problems.append(
                warning(
                    "«Lũy kế» nhỏ hơn số của tháng báo cáo; hãy kiểm tra lại.",
                    path,
                    title,
                    locator.cell(CHI_TIEU, "ytd", ind.row),
                )
            )
    title = locator.sheet(CHI_SO_SXCN)
    for row in data.iip:
        for name, index in (("index", row.index), ("ytd_index", row.ytd_index)):
            if index is not None and not 0 < index <= INDEX_MAX:
                problems.append(
                    error(
                        f"Chỉ số phải lớn hơn 0 và không quá 1000, nhưng là "
                        f"{format_number(index, 2)}.",
                        path,
                        title,
                        locator.cell(CHI_SO_SXCN, name, row.row),
                    )
                )
    return problems


def check_breakdowns(data: MonthlyData, locator: Locator, path: Path) -> list[Problem]:
    """In each column, a breakdown's rows add up to their parent, within rounding."""
    by_code = {i.code: i for i in data.indicators}
    groups: dict[tuple[str, str], list[Indicator]] = defaultdict(list)
    for ind in data.indicators:
        if ind.parent in by_code:
            groups[(ind.parent, ind.group or "")].append(ind)
    problems = []
    title = locator.sheet(CHI_TIEU)
    for (parent_code, group), children in groups.items():
        parent = by_code[parent_code]
        tolerance = Decimal(len(children)) * Decimal("0.5") * Decimal(1).scaleb(-parent.decimals)
        for name, header in FIGURE_FIELDS.items():
            total = getattr(parent, name)
            values = [getattr(c, name) for c in children]
            if total is None or any(v is None for v in values):
                continue
            diff = sum(values, Decimal(0)) - total
            if abs(diff) > tolerance:
                label = f"nhóm «{group}»" if group else "các chỉ tiêu con"
                problems.append(
                    warning(
                        f"Cột «{header}»: tổng {label} của «{parent.code}» lệch "
                        f"{format_number(diff, parent.decimals)} so với số của «{parent.code}».",
                        path,
                        title,
                        locator.cell(CHI_TIEU, name, parent.row),
                    )
                )
    return problems


def check_data(
    data: MonthlyData, locator: Locator, path: Path, month: int, year: int
) -> list[Problem]:
    """Every cross-row check."""
    return [
        *check_month(data, locator, path, month, year),
        *check_codes(data, locator, path),
        *check_values(data, locator, path),
        *check_breakdowns(data, locator, path),
    ]
