"""Figures of earlier months, from the monthly workbooks in the data folder.

A month's *actual* is its later revision when there is one (month k's value
as written in month k+1's ``Tháng trước``), else the month's own estimate
(its ``Tháng báo cáo``). Blank ``Tháng trước``, ``Cùng kỳ``, ``Lũy kế`` and
``Lũy kế cùng kỳ`` are filled from those actuals, each with a note saying
where it came from.

Each earlier workbook is read at most once per command, lazily, one sheet,
read-only, through this module's own lenient parser (``read_records``): a
cell that is not a number is simply not a figure here, since the month's own
``check`` reports it. The month being checked is never read again: its parsed
rows are given to ``History.seed``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from baocao import growth
from baocao.cache import MIN_WORKBOOKS, RecordCache
from baocao.cells import Locator
from baocao.errors import InputError, Problem, Severity
from baocao.excel import RawCell, RawSheet, read_sheet
from baocao.models import Figure, Indicator, MonthlyData, Record
from baocao.period import Period, ReportKind, periods_between
from baocao.sheets import CHI_TIEU, MAX_DECIMALS, MAX_NUMBER, header_positions, normalize_header
from baocao.vnformat import format_number, format_signed_percent, parse_number_text, round_half_up

WORKBOOK_NAME = re.compile(r"^(\d{4})-(\d{2})\.xlsx$")
HISTORY_FIELDS = ("value", "previous", "same_period", "ytd", "ytd_same_period")


def scan(folder: Path) -> dict[Period, Path]:
    """The monthly workbooks ``<Y>-<MM>.xlsx`` of a folder (Excel's ``~$`` lock files excluded)."""
    found: dict[Period, Path] = {}
    for path in folder.glob("*.xlsx") if folder.is_dir() else ():
        match = WORKBOOK_NAME.match(path.name)
        if match and 1 <= int(match.group(2)) <= 12:
            found[Period(int(match.group(1)), int(match.group(2)))] = path
    return found


def read_records(sheet: RawSheet) -> dict[str, Record]:
    """ChiTieu rows by code, leniently: a cell that is not a number or text is skipped."""
    columns = header_positions(c.value for c in (sheet.rows[0] if sheet.rows else ()))
    where = {col.field: columns.get(normalize_header(col.header)) for col in CHI_TIEU.columns}
    if where["code"] is None:
        return {}
    records: dict[str, Record] = {}
    for cells in sheet.rows[1:]:
        row = {f: cells[i] for f, i in where.items() if i is not None and i < len(cells)}
        code = _text(row.get("code"))
        if not code:
            continue
        found = {}
        for name in HISTORY_FIELDS:
            number = _plain_number(row[name].value) if name in row else None
            if number is not None:
                found[name] = Figure(number, row[name].ref)
        places = _plain_number(row["decimals"].value) if "decimals" in row else None
        decimals = int(places) if places is not None and 0 <= places <= MAX_DECIMALS else 0
        records.setdefault(
            code, Record(_text(row.get("name")), _text(row.get("unit")), decimals, found)
        )
    return records


def _text(cell: RawCell | None) -> str:
    value = cell.value if cell is not None else None
    return "" if value is None else unicodedata.normalize("NFC", str(value)).strip()


def _plain_number(value: object) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = Decimal(str(value))
        return number if number.is_finite() and abs(number) < MAX_NUMBER else None
    return parse_number_text(value) if isinstance(value, str) else None


def records_of(data: MonthlyData, locator: Locator) -> dict[str, Record]:
    """The parsed month's ChiTieu rows as history records, each figure with its cell."""
    records: dict[str, Record] = {}
    for ind in data.indicators:
        figures = {
            name: Figure(getattr(ind, name), locator.cell(CHI_TIEU, name, ind.row))
            for name in HISTORY_FIELDS
            if getattr(ind, name) is not None
        }
        records.setdefault(ind.code, Record(ind.name, ind.unit, ind.decimals, figures))
    return records


@dataclass(frozen=True)
class Sourced:
    """A figure and where it came from."""

    value: Decimal
    path: Path
    ref: str

    def cite(self) -> str:
        return f"{self.path.name} ({CHI_TIEU.name}!{self.ref})"


class History:
    """The figures of every monthly workbook in a folder, each read once, when first needed.

    A context manager: leaving it closes the cache of a large folder (see ``cache``).
    """

    def __init__(self, folder: Path, *, cache: bool = True) -> None:
        self.folder = folder
        self.files = scan(folder)
        self._records: dict[Period, dict[str, Record]] = {}
        self._cache = RecordCache(folder, enabled=cache and len(self.files) >= MIN_WORKBOOKS)

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self._cache.close()

    def seed(self, period: Period, path: Path, records: dict[str, Record]) -> None:
        """Use ``records`` of ``path`` for ``period`` (a month already parsed): no second read."""
        self.files[period] = path
        self._records[period] = records

    def records(self, period: Period) -> dict[str, Record]:
        """ChiTieu rows of the month's workbook by code ({} when there is none or unusable)."""
        if period not in self._records:
            path = self.files.get(period)
            self._records[period] = self._read(path) if path else {}
        return self._records[period]

    def _read(self, path: Path) -> dict[str, Record]:
        cached = self._cache.get(path)
        if cached is not None:
            return cached
        try:
            sheet = read_sheet(path, CHI_TIEU.name)
        except InputError:
            return {}  # the month's own check reports an unusable workbook
        records = read_records(sheet) if sheet else {}
        self._cache.put(path, records)
        return records

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
        return self._sourced(period.next(), code, "previous") or self.estimate(period, code)

    def total(self, periods: Iterable[Period], code: str) -> Decimal | None:
        """The sum of the actuals of ``periods``; None as soon as one is missing."""
        total = Decimal(0)
        for period in periods:
            actual = self.actual(period, code)
            if actual is None:
                return None
            total += actual.value
        return total


def fill_from_history(
    data: MonthlyData,
    locator: Locator,
    path: Path,
    history: History,
    kind: ReportKind = ReportKind.MONTH,
) -> tuple[MonthlyData, list[Problem]]:
    """Fill blank figures from earlier workbooks; note each, warn on disagreements.

    For a quarterly report (``kind``), also the quarter's totals. The caller has made
    sure the workbook is the month asked for.
    """
    period = Period(data.info.year, data.info.month)
    problems: list[Problem] = []
    indicators = []
    for ind in data.indicators:
        updates = _fill_indicator(ind, period, history, locator, path, problems)
        if kind is ReportKind.QUARTER:
            updates.update(_quarter(ind.model_copy(update=updates), period, history))
        indicators.append(ind.model_copy(update=updates) if updates else ind)
    return data.model_copy(update={"indicators": tuple(indicators)}), problems


def _quarter(ind: Indicator, period: Period, history: History) -> dict[str, Decimal]:
    """The quarter's total and last year's: the first quarter's is the year-to-date; the
    others add the earlier months' actuals to the month's figure (unknown if one is missing)."""
    if period.month <= 3:
        found = {"quarter": ind.ytd, "quarter_same_period": ind.ytd_same_period}
        return {k: v for k, v in found.items() if v is not None}
    first = period.month - (period.month - 1) % 3
    earlier = history.total([Period(period.year, m) for m in range(first, period.month)], ind.code)
    last_year = history.total(
        [Period(period.year - 1, m) for m in range(first, period.month + 1)], ind.code
    )
    found = {
        "quarter": None if earlier is None or ind.value is None else earlier + ind.value,
        "quarter_same_period": last_year,
    }
    return {k: v for k, v in found.items() if v is not None}


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

    d = ind.decimals
    tolerance = Decimal("0.5") * Decimal(1).scaleb(-d)
    updates: dict[str, Decimal] = {}
    for field, base, label in (
        ("previous", period.previous(), "Tháng trước"),
        ("same_period", period.year_ago(), "Cùng kỳ"),
    ):
        source = history.actual(base, ind.code) if getattr(ind, field) is None else None
        if source is not None:
            updates[field] = source.value
            say(
                Severity.INFO,
                field,
                f"«{label}» của «{ind.code}» lấy từ {source.cite()}: "
                f"{format_number(source.value, d)}.",
            )
    estimate = history.estimate(period.previous(), ind.code) if ind.previous is not None else None
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
    month = period.month
    earlier = history.total([Period(period.year, m) for m in range(1, month)], ind.code)
    last_year = history.total(
        [Period(period.year - 1, m) for m in period.months_so_far()], ind.code
    )
    for field, total, label in (
        ("ytd", None if earlier is None or ind.value is None else ind.value + earlier, "Lũy kế"),
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
    for period in periods_between(start, end):
        actual = history.actual(period, code)
        value = actual.value if actual else None
        before = history.actual(period.previous(), code)
        year_ago = history.actual(period.year_ago(), code)
        rows.append(
            SeriesRow(
                period,
                value,
                growth.mom_pct(value, before.value if before else None),
                growth.yoy_pct(value, year_ago.value if year_ago else None),
                actual.path if actual else None,
            )
        )
    return rows


def format_series_table(rows: list[SeriesRow], decimals: int) -> list[str]:
    """The series as aligned Vietnamese text: month, value, change on month, change on year."""
    headers = ("Tháng", "Giá trị", "So với tháng trước", "So với cùng kỳ")
    cells = [
        (
            r.period.label,
            "" if r.value is None else format_number(r.value, decimals),
            format_signed_percent(r.mom),
            format_signed_percent(r.yoy),
        )
        for r in rows
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
        lines.append(f"{r.period.iso},{value},{pct(r.mom)},{pct(r.yoy)}")
    return lines
