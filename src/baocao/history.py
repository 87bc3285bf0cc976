"""Figures of earlier months, from the monthly workbooks in the data folder.

A month's *actual* is its later revision when there is one (month k's value
as written in month k+1's ``Tháng trước``), else the month's own estimate
(its ``Tháng báo cáo``). Blank ``Tháng trước``, ``Cùng kỳ``, ``Lũy kế`` and
``Lũy kế cùng kỳ`` are filled from those actuals, each with a note saying
where it came from. Earlier workbooks are read lazily, one sheet, read-only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from baocao import growth
from baocao.errors import Problem, Severity
from baocao.excel import read_sheet_fast
from baocao.models import Indicator, MonthlyData
from baocao.reader import Locator, Record, read_figures
from baocao.sheets import CHI_TIEU
from baocao.vnformat import format_number, format_signed_percent, next_period, round_half_up

WORKBOOK_NAME = re.compile(r"^(\d{4})-(\d{2})\.xlsx$")
Period = tuple[int, int]  # (year, month)


def following(period: Period) -> Period:
    """The month after ``period``."""
    month, year = next_period(period[1], period[0])
    return (year, month)


def preceding(period: Period) -> Period:
    """The month before ``period``."""
    year, month = period
    return (year - 1, 12) if month == 1 else (year, month - 1)


def scan(folder: Path) -> dict[Period, Path]:
    """The monthly workbooks ``<Y>-<MM>.xlsx`` of a folder (Excel's ``~$`` lock files excluded)."""
    found: dict[Period, Path] = {}
    for path in folder.glob("*.xlsx") if folder.is_dir() else ():
        match = WORKBOOK_NAME.match(path.name)
        if match and 1 <= int(match.group(2)) <= 12:
            found[(int(match.group(1)), int(match.group(2)))] = path
    return found


@dataclass(frozen=True)
class Sourced:
    """A figure and where it came from."""

    value: Decimal
    path: Path
    ref: str

    def cite(self) -> str:
        return f"{self.path.name} ({CHI_TIEU.name}!{self.ref})"


class History:
    """The figures of every monthly workbook in a folder, read when first needed."""

    def __init__(self, folder: Path) -> None:
        self.files = scan(folder)
        self._records: dict[Period, dict[str, Record]] = {}

    def records(self, period: Period) -> dict[str, Record]:
        """ChiTieu rows of the month's workbook by code ({} when there is none)."""
        if period not in self._records:
            path = self.files.get(period)
            sheet = read_sheet_fast(path, CHI_TIEU.name) if path else None
            self._records[period] = read_figures(sheet) if sheet else {}
        return self._records[period]

    def describe(self, code: str) -> Record | None:
        """The indicator's row in the latest workbook that has it (for its name and unit)."""
        for period in sorted(self.files, reverse=True):
            record = self.records(period).get(code)
            if record is not None:
                return record
        return None

    def _sourced(self, period: Period, code: str, field: str) -> Sourced | None:
        record = self.records(period).get(code)
        figure = record.figures.get(field) if record else None
        return Sourced(figure.value, self.files[period], figure.ref) if figure else None

    def estimate(self, period: Period, code: str) -> Sourced | None:
        """The month's own estimate (its Tháng báo cáo)."""
        return self._sourced(period, code, "value")

    def actual(self, period: Period, code: str) -> Sourced | None:
        """The revision written in the next month's Tháng trước, else the month's estimate."""
        return self._sourced(following(period), code, "previous") or self.estimate(period, code)

    def total(self, year: int, months: range, code: str) -> Decimal | None:
        """The sum of the actuals of ``months`` of ``year``; None if one is missing."""
        values = [self.actual((year, m), code) for m in months]
        if any(v is None for v in values):
            return None
        return sum((v.value for v in values if v is not None), Decimal(0))


def fill_from_history(
    data: MonthlyData, locator: Locator, path: Path, history: History
) -> tuple[MonthlyData, list[Problem]]:
    """Fill blank figures from earlier workbooks; note each, warn on disagreements.

    The caller has made sure the workbook is the month asked for.
    """
    period = (data.info.year, data.info.month)
    problems: list[Problem] = []
    indicators = []
    for ind in data.indicators:
        updates = _fill_indicator(ind, period, history, locator, path, problems)
        indicators.append(ind.model_copy(update=updates) if updates else ind)
    return data.model_copy(update={"indicators": tuple(indicators)}), problems


def _fill_indicator(
    ind: Indicator,
    period: Period,
    history: History,
    locator: Locator,
    path: Path,
    problems: list[Problem],
) -> dict[str, Decimal]:
    """The figures of one indicator to fill; adds a note per fill, a warning per disagreement."""

    def say(severity: Severity, field: str, message: str) -> None:
        cell = locator.cell(CHI_TIEU, field, ind.row)
        problems.append(Problem(severity, message, path, locator.sheet(CHI_TIEU), cell))

    year, month = period
    d = ind.decimals
    tolerance = Decimal("0.5") * Decimal(1).scaleb(-d)
    updates: dict[str, Decimal] = {}
    for field, source, label in (
        ("previous", history.actual(preceding(period), ind.code), "Tháng trước"),
        ("same_period", history.actual((year - 1, month), ind.code), "Cùng kỳ"),
    ):
        if getattr(ind, field) is None and source is not None:
            updates[field] = source.value
            say(
                Severity.INFO,
                field,
                f"«{label}» của «{ind.code}» lấy từ {source.cite()}: "
                f"{format_number(source.value, d)}.",
            )
    estimate = history.estimate(preceding(period), ind.code)
    if (
        ind.previous is not None
        and estimate is not None
        and abs(ind.previous - estimate.value) > tolerance
    ):
        say(
            Severity.WARNING,
            "previous",
            f"«Tháng trước» của «{ind.code}» "
            f"({format_number(ind.previous, d)}) khác số ước tính đã báo cáo trong "
            f"{estimate.cite()} ({format_number(estimate.value, d)}); báo cáo dùng số mới.",
        )
    earlier = history.total(year, range(1, month), ind.code)
    last_year = history.total(year - 1, range(1, month + 1), ind.code)
    for field, total, label in (
        ("ytd", None if earlier is None else ind.value + earlier, "Lũy kế"),
        ("ytd_same_period", last_year, "Lũy kế cùng kỳ"),
    ):
        typed = getattr(ind, field)
        if total is None:
            continue
        if typed is None:
            updates[field] = total
            say(
                Severity.INFO,
                field,
                f"«{label}» của «{ind.code}» tính bằng tổng các tháng "
                f"1–{month} từ các sổ trong thư mục dữ liệu: {format_number(total, d)}.",
            )
        elif month > 1 and abs(typed - total) > tolerance * month:  # January: see checks
            say(
                Severity.WARNING,
                field,
                f"«{label}» của «{ind.code}» "
                f"({format_number(typed, d)}) khác tổng các tháng 1–{month} theo các sổ trong "
                f"thư mục dữ liệu ({format_number(total, d)}); hãy kiểm tra lại.",
            )
    return updates


@dataclass(frozen=True)
class SeriesRow:
    """One month of an indicator's series."""

    period: Period
    value: Decimal | None
    mom: Decimal | None
    yoy: Decimal | None
    source: Path | None


def series(history: History, code: str, start: Period, end: Period) -> list[SeriesRow]:
    """The indicator's actual for each month from ``start`` to ``end``, with its changes."""
    rows = []
    period = start
    while period <= end:
        actual = history.actual(period, code)
        value = actual.value if actual else None
        before = history.actual(preceding(period), code)
        year_ago = history.actual((period[0] - 1, period[1]), code)
        rows.append(
            SeriesRow(
                period,
                value,
                growth.mom_pct(value, before.value if before else None),
                growth.yoy_pct(value, year_ago.value if year_ago else None),
                actual.path if actual else None,
            )
        )
        period = following(period)
    return rows


def format_series_table(rows: list[SeriesRow], decimals: int) -> list[str]:
    """The series as aligned Vietnamese text: month, value, change on month, change on year."""
    headers = ("Tháng", "Giá trị", "So với tháng trước", "So với cùng kỳ")
    cells = [
        (
            f"{m:02d}/{y}",
            "" if r.value is None else format_number(r.value, decimals),
            format_signed_percent(r.mom),
            format_signed_percent(r.yoy),
        )
        for r in rows
        for y, m in (r.period,)
    ]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    lines = []
    for row in (headers, *cells):
        first, *rest = row
        line = first.ljust(widths[0]) + "".join(
            "  " + cell.rjust(width) for cell, width in zip(rest, widths[1:], strict=True)
        )
        lines.append(line.rstrip())
    return lines


def format_series_csv(rows: list[SeriesRow]) -> list[str]:
    """The series as CSV for scripts: ISO month, plain numbers, percentages with 2 decimals."""

    def pct(value: Decimal | None) -> str:
        return "" if value is None else f"{round_half_up(value, 2):f}"

    lines = ["thang,gia_tri,so_voi_thang_truoc_pct,so_voi_cung_ky_pct"]
    for r in rows:
        value = "" if r.value is None else f"{r.value.normalize():f}"
        lines.append(f"{r.period[0]}-{r.period[1]:02d},{value},{pct(r.mom)},{pct(r.yoy)}")
    return lines
