"""Figures of earlier months, from the monthly workbooks in the data folder.

A month's *actual* is its later revision when there is one (month k's value
as written in month k+1's ``Tháng trước``), else the month's own estimate
(its ``Tháng báo cáo``). ``fill`` fills blank figures from those actuals.
A report's series (its chart) takes revisions only from workbooks up to the
report's month (``until``), so the report month is the report's own figure.
A series is in one unit (a figure at another scale of it rescaled: ``sourced``): a
month's figure written in another is left out (a gap), with a warning at its cell.

Each earlier workbook is read at most once per command, lazily, read-only,
three sheets in one open (ChiTieu, ThongTin's ``thang``/``nam``, HoatDong's
headings), through the lenient reader of ``earlier``: a figure cell that holds
something other than a number is not a figure here (the month's own ``check``
reports it), but it is never taken for blank: a lookup that passes over it
tells the lookups that watch (``History.watch``: the fills), and a series warns
at the cell (see ``unusable``). A workbook that cannot be read, or whose
ThongTin states another month than its name, gives no figures and a warning
naming it (``History.problems``).
The month being checked is never read again: its parsed rows are given to
``History.seed``.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from baocao import growth
from baocao.cache import MIN_WORKBOOKS, RecordCache
from baocao.cells import Locator
from baocao.earlier import HISTORY_FIELDS, SHEETS_READ, month_records
from baocao.errors import InputError, Problem, warning
from baocao.excel import read_sheets
from baocao.lostsheet import without_figures
from baocao.misnamed import misnamed, unread
from baocao.models import Figure, MonthlyData, MonthRecords, Record
from baocao.period import MAX_YEAR, MIN_YEAR, Period, periods_between
from baocao.raw import RawWorkbook
from baocao.sheets import CHI_TIEU, THONG_TIN, normalize_header
from baocao.sourced import Sourced, Total, in_unit
from baocao.units import is_percentage
from baocao.unusable import Unusable, out_of_series

WORKBOOK_NAME = re.compile(r"^(\d{4})-(\d{2})\.xlsx$")


def scan(folder: Path) -> dict[Period, Path]:
    """The monthly workbooks ``<Y>-<MM>.xlsx`` of a folder (Excel's ``~$`` lock files excluded)."""
    found: dict[Period, Path] = {}
    for path in folder.glob("*.xlsx") if folder.is_dir() else ():
        match = WORKBOOK_NAME.match(path.name)
        year, month = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        # A year baocao refuses ("0999-01.xlsx") is no month's: history would run from it.
        if MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12:
            found[Period(year, month)] = path
    return found


def records_of(data: MonthlyData, locator: Locator) -> dict[str, Record]:
    """The parsed month's ChiTieu rows as history records, each figure with its cell."""
    records: dict[str, Record] = {}
    for ind in data.indicators:
        figures = {
            name: Figure(getattr(ind, name), locator.cell(CHI_TIEU, name, ind.row))
            for name in HISTORY_FIELDS
            if getattr(ind, name) is not None
        }
        unit_ref = locator.cell(CHI_TIEU, "unit", ind.row)
        record = Record(
            ind.name,
            ind.unit,
            ind.decimals,
            figures,
            {},
            ind.pct_decimals,
            unit_ref,
            ind.section or "",
        )
        records.setdefault(ind.code, record)
    return records


def headings_of(data: MonthlyData) -> tuple[str, ...]:
    """The parsed month's HoatDong headings, in order, once each."""
    return tuple(dict.fromkeys(act.section for act in data.activities))


class History:
    """The figures of every monthly workbook in a folder, each read once, when first needed.

    ``problems`` collects a warning for each workbook that cannot be used. A context
    manager: leaving it closes the cache of a large folder (see ``cache``).
    """

    def __init__(self, folder: Path, *, cache: bool = True) -> None:
        self.folder = folder
        self.files = scan(folder)
        self.problems: list[Problem] = []
        self._months: dict[Period, MonthRecords] = {}
        self._said: set[tuple[Path, str]] = set()  # cells left out of a series, warned about
        self._watching: list[list[Unusable]] = []  # what each open ``watch`` has passed over
        self._names: dict[Period, list[str]] | None = None  # months named otherwise
        self._cache = RecordCache(folder, enabled=cache and len(self.files) >= MIN_WORKBOOKS)

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self._cache.close()

    def seed(
        self,
        period: Period,
        path: Path,
        records: dict[str, Record],
        headings: tuple[str, ...] = (),
    ) -> None:
        """Use ``records`` of ``path`` for ``period`` (a month already parsed): no second read."""
        self.files[period] = path
        self._months[period] = MonthRecords(records, None, headings)

    def month(self, period: Period) -> MonthRecords:
        """What the month's workbook gives (nothing when there is none or it is unusable)."""
        if period not in self._months:
            path = self.files.get(period)
            self._months[period] = self._read(period, path) if path else MonthRecords({})
            if path is None and (names := self._misnamed().get(period)):
                self.problems.append(unread(self.folder, period, names))  # "2024-2.xlsx"
        return self._months[period]

    def _misnamed(self) -> dict[Period, list[str]]:
        if self._names is None:  # read once, when a month is missing
            self._names = misnamed(self.folder)
        return self._names

    def records(self, period: Period) -> dict[str, Record]:
        """ChiTieu rows of the month's workbook by code ({} when there is none or unusable)."""
        return self.month(period).records

    def headings(self, period: Period) -> tuple[str, ...]:
        """HoatDong headings of the month's workbook (() when there is none or unusable)."""
        return self.month(period).headings

    def indices(self, period: Period) -> dict[str, tuple[Decimal | None, ...]]:
        """ChiSoSXCN indices of the month's workbook by code ({} when none or unusable)."""
        return self.month(period).indices

    def take(self, period: Period, path: Path, raw: RawWorkbook) -> None:
        """Use the sheets of ``raw`` (a workbook read already) for ``period``: no second read."""
        by_name = {normalize_header(title): sheet for title, sheet in raw.sheets.items()}
        sheets = {name: by_name.get(normalize_header(name)) for name in SHEETS_READ}
        self.files[period] = path
        self._months[period] = self._checked(period, path, month_records(sheets))

    def _read(self, period: Period, path: Path) -> MonthRecords:
        found = self._cache.get(path)
        if found is None:
            try:
                # A folder's own cache keeps the records; the store need not keep the sheets.
                sheets = read_sheets(path, SHEETS_READ, keep=not self._cache.enabled)
            except InputError as exc:
                reason = " ".join(p.message for p in exc.problems)
                self.problems.append(
                    warning(
                        f"Không đọc được sổ {path.name} (tháng {period.short}) "
                        "trong thư mục dữ liệu, nên các số liệu cần lấy từ sổ này (tháng trước, "
                        f"cùng kỳ, lũy kế) được coi là chưa biết. {reason}",
                        path,
                    )
                )
                return MonthRecords({})
            found = month_records(sheets)
            self._cache.put(path, found)
        if found.figures_lost:  # its ChiTieu renamed, "ChiTieu (2)": no figure, said
            self.problems.append(without_figures(path, period, found.figures_lost))
        return self._checked(period, path, found)

    def _checked(self, period: Period, path: Path, found: MonthRecords) -> MonthRecords:
        """``found``, or nothing (and a warning) when its ThongTin states another month."""
        stated = found.stated
        if stated is None or (stated.year, stated.month) == period:
            return found
        cell = stated.month_ref if stated.month != period.month else stated.year_ref
        self.problems.append(
            warning(
                f"Sổ {path.name} ghi tháng {stated.month}/{stated.year} ở trang "
                f"{THONG_TIN.name} (khóa «thang», «nam»), không khớp với tên tệp (tháng "
                f"{period.short}), nên không dùng số liệu của sổ này. Hãy đổi "
                "tên tệp theo tháng của sổ, hoặc sửa «thang», «nam» cho đúng.",
                path,
                THONG_TIN.name,
                cell,
            )
        )
        return MonthRecords({})

    def describe(self, code: str, until: Period | None = None) -> Record | None:
        """The indicator's row in the latest workbook that has it (for its name and unit),
        up to ``until`` when given."""
        for period in sorted(self.files, reverse=True):
            record = self.records(period).get(code) if until is None or period <= until else None
            if record is not None:
                return record
        return None

    def figure(self, period: Period, code: str, field: str) -> Sourced | None:
        """One figure of the month's workbook (``field`` of HISTORY_FIELDS), with its unit.
        None for a cell that holds no number, which each open ``watch`` is told of."""
        record = self.records(period).get(code)
        found = record.figures.get(field) if record else None
        if record is None or found is None:
            passed = self.unusable(period, code, field)
            for seen in self._watching:
                if passed is not None and passed not in seen:
                    seen.append(passed)
            return None
        return Sourced(found.value, self.files[period], found.ref, record.unit, record.decimals)

    def unusable(self, period: Period, code: str, field: str) -> Unusable | None:
        """The month's figure cell when it holds something other than a number, else None."""
        record = self.records(period).get(code)
        cell = record.spoiled.get(field) if record else None
        return None if cell is None else Unusable(self.files[period], period, code, field, cell)

    @contextlib.contextmanager
    def watch(self) -> Iterator[list[Unusable]]:
        """The figure cells holding no number that the lookups of the block pass over, in
        order, once each (the list fills as the block runs)."""
        seen: list[Unusable] = []
        self._watching.append(seen)
        try:
            yield seen
        finally:
            self._watching.remove(seen)

    def estimate(self, period: Period, code: str) -> Sourced | None:
        """The month's own estimate (its Tháng báo cáo)."""
        return self.figure(period, code, "value")

    def actual(
        self, period: Period, code: str, until: Period | None = None, *, total: bool = False
    ) -> Sourced | None:
        """The revision written in the next month's Tháng trước (when that month is not after
        ``until``), else the month's estimate; with ``total``, else in January, whose
        year-to-date is the month, its Lũy kế (a row given for the period alone: last
        January's, for this January's Cùng kỳ)."""
        revised = period.next()
        if until is not None and revised > until:
            found = self.estimate(period, code)
        else:
            found = self.figure(revised, code, "previous") or self.estimate(period, code)
        if found is None and total and period.month == 1:
            return self.figure(period, code, "ytd")
        return found

    def actual_in(
        self, period: Period, code: str, unit: str, until: Period | None = None
    ) -> Sourced | None:
        """The month's actual (see ``actual``) in ``unit`` (at another scale of it,
        rescaled): a figure written in another unit, or a cell holding no number, is passed
        over for the next (the revision for the estimate), with a warning at its cell (once
        per cell). Last, the «Cùng kỳ» of the same month a year on: a month of an office's
        first year, which has no workbook, as the later workbook states it."""
        revised, year_on = period.next(), Period(period.year + 1, period.month)
        ways = [(period, "value")]
        if until is None or revised <= until:
            ways.insert(0, (revised, "previous"))
        if until is None or year_on <= until:
            ways.append((year_on, "same_period"))
        for month, field in ways:
            found = self.figure(month, code, field)
            if (scaled := in_unit(found, unit)) is not None:  # another scale: rescaled
                return scaled
            if found is not None:
                self.left_out(found, code, unit, period)
            self.passed_over(self.unusable(month, code, field), period)
        return None

    def written(self, period: Period, code: str, until: Period | None = None) -> bool:
        """Whether a workbook ``actual_in`` reads writes the month's figure at all: in any
        unit, or in a cell holding no number."""
        ways = [(period, "value"), (period.next(), "previous")]
        for month, field in ways[: 1 if until is not None and period.next() > until else 2]:
            record = self.records(month).get(code)
            if record is not None and (field in record.figures or field in record.spoiled):
                return True
        return False

    def passed_over(self, found: Unusable | None, period: Period) -> None:
        """A warning at ``found``, a cell holding no number, that ``period``'s figure there
        is not in a series (once per cell; nothing for None)."""
        if found is None or (found.path, found.cell.ref) in self._said:
            return
        self._said.add((found.path, found.cell.ref))
        message = out_of_series(found, period)
        self.problems.append(warning(message, found.path, CHI_TIEU.name, found.cell.ref))

    def left_out(self, found: Sourced, code: str, unit: str, period: Period) -> None:
        """A warning that ``found``, ``period``'s figure, is left out of a series in ``unit``
        because its workbook writes another unit (once per cell)."""
        if (found.path, found.ref) in self._said:
            return
        self._said.add((found.path, found.ref))
        self.problems.append(
            warning(
                f"Sổ {found.path.name} ghi «{code}» theo đơn vị «{found.unit}», khác đơn vị "
                f"«{unit}» của chuỗi số liệu, nên số của tháng {period.short} ở "
                "ô này không được dùng trong chuỗi số liệu (không so sánh các số khác đơn vị).",
                found.path,
                CHI_TIEU.name,
                found.ref,
            )
        )

    def total(self, periods: Iterable[Period], code: str, unit: str = "") -> Total:
        """The sum of the actuals of ``periods``, all in ``unit`` (when given)."""
        total, negative, terms, unrevised = Decimal(0), None, [], []
        for period in periods:
            actual = self.actual(period, code)
            if actual is None:
                return Total(None)
            scaled = in_unit(actual, unit)  # another scale of the unit: rescaled
            if scaled is None:
                return Total(None, actual)
            total += scaled.value
            terms.append(scaled)
            # No workbook writes its revision: none of the month after, or its Tháng trước blank
            if self.figure(period.next(), code, "previous") is None:
                unrevised.append(scaled)
            negative = negative or (actual if actual.value < 0 else None)
        return Total(total, negative=negative, terms=tuple(terms), unrevised=tuple(unrevised))


@dataclass(frozen=True)
class SeriesRow:
    """One month of an indicator's series: ``mom`` and ``yoy`` in percent, or for a rate
    in percentage points (``series``)."""

    period: Period
    value: Decimal | None
    mom: Decimal | None
    yoy: Decimal | None
    source: Path | None
    left_out: bool = False  # no value, though a workbook writes one (another unit, no number)


def series(
    history: History,
    code: str,
    start: Period,
    end: Period,
    *,
    unit: str = "",
    until: Period | None = None,
) -> list[SeriesRow]:
    """The indicator's actual for each month from ``start`` to ``end``, with its changes
    (against the same month last year as its workbook, else its own ``Cùng kỳ``, says):
    relative, or in percentage points for a rate (``unit`` a percentage), as the report
    says a rate's changes.

    Every figure is in ``unit`` (when given): one written in another is left out, with a
    warning in ``history.problems``. With ``until``, revisions come only from workbooks up
    to that month (a report's chart: the report month is the report's own figure)."""
    change = _points if is_percentage(unit) else growth.pct_change
    rows = []
    for period in periods_between(start, end):
        actual = history.actual_in(period, code, unit, until)
        value = actual.value if actual else None
        before = history.actual_in(period.previous(), code, unit, until)
        # Last year's workbook, else this month's own Cùng kỳ column.
        year_ago = history.actual_in(period.year_ago(), code, unit, until)
        own = history.figure(period, code, "same_period") if year_ago is None else None
        if (scaled := in_unit(own, unit)) is not None:
            year_ago = scaled
        elif own is not None:
            history.left_out(own, code, unit, period.year_ago())
        elif year_ago is None:
            history.passed_over(history.unusable(period, code, "same_period"), period.year_ago())
        rows.append(
            SeriesRow(
                period,
                value,
                change(value, before.value if before else None),
                change(value, year_ago.value if year_ago else None),
                actual.path if actual else None,
                actual is None and history.written(period, code, until),
            )
        )
    return rows


def _points(value: Decimal | None, base: Decimal | None) -> Decimal | None:
    """A rate's change against ``base`` in percentage points; None when either is unknown."""
    return None if value is None or base is None else value - base
