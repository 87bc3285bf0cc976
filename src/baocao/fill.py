"""Blank figures of a month filled from the earlier workbooks, and typed ones checked.

Blank ``Tháng trước`` and ``Cùng kỳ`` take the actual of the previous month and of the same month
last year (``History.actual``); in January a blank ``Tháng báo cáo`` or ``Cùng kỳ`` is the
year-to-date's. A blank ``Lũy kế`` is, in this order: in January, the month itself; else last
month's ``Lũy kế`` plus this month's (last month's estimate replaced by this workbook's ``Tháng
trước`` revising it); else the sum of the months' actuals; else, when last month's ``Lũy kế`` was
blank too, the figure its own report printed (an office starting mid-year types it once). A blank
``Lũy kế cùng kỳ`` likewise, from ``Cùng kỳ``, else last year's own ``Lũy kế``; a rate's or price's
never after January. Each fill is a note saying how; a typed figure unlike the earlier workbooks'
is a warning (``Tháng trước`` against the estimate first reported, a note within ``[checks]
revision_note_pct`` even if it is the month before's, unless most of the column is:
``stale.copied_bases``; ``Cùng kỳ`` and ``Lũy kế cùng kỳ`` against last year's, so too; a trade
balance's within its terms': ``tradebalance``; ``Kế hoạch năm`` against last month's, then the
year-to-dates). Quarters: ``quarter``. Figures are compared in one unit (another scale rescaled:
``sourced``), never filled from another (an error), a typed one checked against it a warning. An
earlier cell holding no number (``unusable``) is never taken for blank: a figure filled another way
is a warning naming it, one left unknown is said by ``checks`` (``Filled.unknown``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from baocao.carried import carried, carried_from, last_years_ytd, typed_last_years_ytd
from baocao.cells import Locator, Reading
from baocao.errors import Problem, Severity
from baocao.growth import within_pct
from baocao.history import History
from baocao.models import Indicator, MonthlyData
from baocao.pastedbases import pasted_columns
from baocao.period import Period, ReportKind
from baocao.plangap import plan_changed
from baocao.quarter import quarter_totals
from baocao.revisedlater import revision_said, saved_after
from baocao.scopebase import other_scope
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.sourced import Sourced, Total, exact_units, in_unit, unrevised
from baocao.stale import base_copied, copied_bases, copied_workbook
from baocao.staleytd import ytd_as_last_months
from baocao.tradebalance import balance_bands
from baocao.unitchange import figures_left, unit_change
from baocao.unusable import Unusable, taken_without
from baocao.vnformat import format_at_least, half_unit
from baocao.ytdfall import disagreement


class Filled(NamedTuple):
    """The month with its blank figures filled, the notes and warnings, how each blank
    year-to-date was made ((code, field) → "tính bằng «Lũy kế» trong 2024-02.xlsx …"), for
    a later check to say where a figure it doubts came from, and the earlier cells holding
    no number that left a blank figure unknown ((code, field) → the cells)."""

    data: MonthlyData
    problems: list[Problem]
    derived: dict[tuple[str, str], str]
    unknown: dict[tuple[str, str], tuple[Unusable, ...]]


def fill_from_history(
    data: MonthlyData,
    locator: Locator,
    path: Path,
    history: History,
    kind: ReportKind = ReportKind.MONTH,
    revision_note_pct: Decimal = Decimal(0),
) -> Filled:
    """Fill blank figures from earlier workbooks, noting each and warning on disagreements (a
    quarterly report, ``kind``: the quarter's totals too); the workbook is the month asked for."""
    period = Period(data.info.year, data.info.month)
    problems: list[Problem] = []
    derived: dict[tuple[str, str], str] = {}
    unknown: dict[tuple[str, str], tuple[Unusable, ...]] = {}
    indicators = []
    seen: set[str] = set()
    copied = copied_bases(data.indicators, period, history)  # most of a column last month's
    pasted = pasted_columns(data.indicators, january=period.month == 1)  # warned as one
    band = Decimal(0) if "previous" in copied else revision_note_pct
    balances = balance_bands(data, band)  # a balance moves as its two terms do
    for ind in data.indicators:
        if ind.code in seen:  # a repeated code is an error (``checks``): which row the
            indicators.append(ind)  # earlier months' figures belong to is not known
            continue
        seen.add(ind.code)
        wide, rounded = balances.get(ind.code, (band, 1))
        row = _Row(ind, period, history, locator, path, problems, wide, copied, rounded)
        row.pasted = frozenset(n for n, rows in pasted.items() if any(r is ind for r in rows))
        said = len(problems)
        with exact_units(figures_left(ind, period, history)):  # else rescaled: ``sourced``
            row.fill()
            agreed = all(p.severity is Severity.INFO for p in problems[said:])
            unit_change(ind, period, history, row.say, agreed)
            # Not in another month: that kind is an error (checks.check_kind), no quarter.
            if kind is ReportKind.QUARTER and period.month in kind.end_months:
                totals = quarter_totals(ind, period, history, row.now, row.say, revision_note_pct)
                row.updates.update(totals)
        indicators.append(ind.model_copy(update=row.updates) if row.updates else ind)
        derived.update({(ind.code, name): how for name, how in row.derived.items()})
        unknown.update({(ind.code, name): cells for name, cells in row.unknown.items()})
    copied_workbook(indicators, data, kind, history, Reading(path, problems, locator))
    data = data.model_copy(update={"indicators": tuple(indicators)})
    return Filled(data, problems, derived, unknown)


@dataclass(frozen=True)
class _Way:
    """One way to a figure from the earlier workbooks: its value and how it was made
    (``note`` for a fill, ``against`` for a disagreement), or the source of another unit."""

    value: Decimal | None
    note: str = ""
    against: str = ""
    terms: int = 1  # how many rounded figures were added: the tolerance grows with them
    wider: Decimal = Decimal(0)  # more for an earlier figure of coarser Số lẻ (its scale)
    other_unit: Sourced | None = None
    negative: Sourced | None = None  # a month's negative figure, which no sum takes


@dataclass
class _Row:
    """One indicator being filled: its updates so far and the problems found."""

    ind: Indicator
    period: Period
    history: History
    locator: Locator
    path: Path
    problems: list[Problem]
    revision_note_pct: Decimal
    copied_columns: frozenset[str] = frozenset()
    roundings: int = 1  # the rounded figures each figure holds: a trade balance's two
    updates: dict[str, Decimal] = field(default_factory=dict)
    derived: dict[str, str] = field(default_factory=dict)  # a year-to-date filled: how
    unknown: dict[str, tuple[Unusable, ...]] = field(default_factory=dict)  # left blank: why
    copied: set[str] = field(default_factory=set)  # typed figures left as last month's own
    pasted: frozenset[str] = frozenset()  # figures of a column pasted whole (``pastedbases``)

    def say(self, severity: Severity, name: str, message: str) -> None:
        where = (self.locator.sheet(CHI_TIEU), self.locator.cell(CHI_TIEU, name, self.ind.row))
        self.problems.append(Problem(severity, message, self.path, *where))

    def now(self, name: str) -> Decimal | None:
        """The figure as it stands: filled, else as typed."""
        found: Decimal | None = self.updates.get(name, getattr(self.ind, name))
        return found

    def show(self, value: Decimal) -> str:  # a message hides no digit typed
        return format_at_least(value, self.ind.decimals)

    def fill(self) -> None:
        self._january()
        self._bases()
        plan_changed(self.ind, self.period, self.history, self.say)
        if not self.ind.is_summed and self.period.month > 1:
            return  # a rate's or price's months are not added up: its year-to-date is typed
        if not ytd_as_last_months(self.ind, self.period, self.history, self.say):
            self._year_to_date("ytd", self._ytd_ways)  # a blank month: no way, nothing said
        if "ytd_same_period" in self.pasted:
            return  # said as a whole (``pastedbases``)
        said = (self.ind, self.period, self.history, self.say, self.revision_note_pct)
        if not typed_last_years_ytd(*said, "ytd_same_period" in self.copied_columns):
            self._year_to_date("ytd_same_period", self._ytd_same_ways)

    def _taken(self, name: str, how: str, passed: list[Unusable]) -> None:
        """A blank figure filled (``how``: "«…» của «…» lấy từ …: 43.438"): a note, or a
        warning naming the earlier cells holding no number that were passed over."""
        if passed:
            self.say(Severity.WARNING, name, taken_without(FIGURE_HEADERS[name], how, passed))
        elif not other_scope(self, name, how):  # a note, or a base of another scope
            self.say(Severity.INFO, name, f"{how}.")

    def _other_unit(self, name: str, source: Sourced, *, typed: bool) -> None:
        """A source in another unit: never filled from (error), a typed figure checked (warning)."""
        said = source.other_unit(FIGURE_HEADERS[name], self.ind.code, self.ind.unit, typed=typed)
        self.say(Severity.WARNING if typed else Severity.ERROR, name, said)

    def _bases(self) -> None:
        """Tháng trước and Cùng kỳ: filled from the actuals, or checked against them."""
        code, previous = self.ind.code, self.period.previous()
        for name, base in (("previous", previous), ("same_period", self.period.year_ago())):
            typed = self.now(name)  # January's Cùng kỳ from Lũy kế cùng kỳ counts as typed
            # A typed Tháng trước against the estimate first reported (the actual is itself).
            with self.history.watch() as passed:
                source = (
                    self.history.estimate(base, code)
                    if typed is not None and name == "previous"
                    else self.history.actual(base, code, total=name == "same_period")
                )
            if source is None:
                if typed is None and passed:
                    self.unknown[name] = tuple(passed)
                continue
            scaled = in_unit(source, self.ind.unit)  # another scale of the unit: rescaled
            if scaled is None:
                self._other_unit(name, source, typed=typed is not None)
                continue
            source = scaled
            if typed is None:
                self.updates[name] = source.value
                self.derived[name] = f"lấy từ {source.cite()}"
                how = f"«{FIGURE_HEADERS[name]}» của «{code}» lấy từ {source.cite()}"
                self._taken(name, f"{how}: {self.show(source.value)}", passed)
                continue
            if name in self.pasted:
                continue  # the column is said as a whole (``pastedbases``), not each cell
            close = within_pct(typed, source.value, self.revision_note_pct)  # a revision
            if abs(typed - source.value) <= self.tolerance_with(source):
                continue
            said = (self.ind, name, self.period, self.history, source, self.say)
            if (not close or name in self.copied_columns) and base_copied(*said):
                self.copied.add(name)  # warned: no revision for the year-to-date to take
            elif name == "previous":
                later = saved_after(source.path, self.path)  # init's copy, then a revision
                shown = (self.show(typed), source, self.show(source.value), previous)
                said_as = revision_said(code, *shown, later=later)
                self.say(Severity.INFO if close and not later else Severity.WARNING, name, said_as)
            else:
                self.say(
                    Severity.INFO if close else Severity.WARNING,
                    name,
                    f"«Cùng kỳ» của «{code}» ({self.show(typed)}) khác số trong {source.cite()} "
                    f"({self.show(source.value)}); báo cáo dùng số đã ghi.",
                )

    def _january(self) -> None:
        """In January the year-to-date is the month: a blank Tháng báo cáo or Cùng kỳ is
        the year-to-date's, with a note."""
        if self.period.month != 1:
            return
        for name, ytd_name in (("value", "ytd"), ("same_period", "ytd_same_period")):
            ytd = getattr(self.ind, ytd_name)
            if getattr(self.ind, name) is None and ytd is not None:
                self.updates[name] = ytd
                self.say(
                    Severity.INFO,
                    name,
                    f"Tháng 1: «{FIGURE_HEADERS[name]}» của «{self.ind.code}» lấy bằng "
                    f"«{FIGURE_HEADERS[ytd_name]}» ({self.show(ytd)}).",
                )

    def tolerance_with(self, source: Sourced) -> Decimal:
        """Rounding between this figure and ``source``: the coarser's (a balance's twice)."""
        return source.slack(self.ind.decimals) * self.roundings

    def _ytd_ways(self) -> Iterator[_Way]:
        """The ways to this month's Lũy kế, preferred first."""
        value, month = self.ind.value, self.period.month
        if value is None:
            return
        if month == 1:
            note = "là «Tháng báo cáo» vì tháng 1 là tháng đầu năm"
            yield _Way(value, note, "«Tháng báo cáo»")
            return
        previous, code, unit = self.period.previous(), self.ind.code, self.ind.unit
        typed = self.history.figure(previous, code, "ytd")
        before = in_unit(typed, unit)  # another scale of the unit: rescaled
        if typed is not None:
            if before is None:
                yield _Way(None, other_unit=typed)
            else:
                yield self._from_previous_ytd(before.value, before.cite(), value, before)
        summed = self.history.total(
            [Period(self.period.year, m) for m in range(1, month)], code, unit
        )
        yield self._summed(summed, value)
        last = carried(self.history, previous, code, unit, "ytd")
        if typed is None and last.negative is not None:
            yield _Way(None, negative=last.negative)
        elif typed is None and last.value is not None:
            cited = carried_from(self.history, previous, code, unit)
            yield self._from_previous_ytd(last.value, cited, value)

    def _from_previous_ytd(
        self, before: Decimal, cited: str, value: Decimal, source: Sourced | None = None
    ) -> _Way:
        """Last month's Lũy kế (``source`` when typed) plus this month, with last month's
        estimate replaced by this workbook's Tháng trước when it revises it."""
        wider = Decimal(0) if source is None else source.wider(self.ind.decimals)
        base = f"«Lũy kế» trong {cited} cộng «Tháng báo cáo» của sổ này"
        revised = None if "previous" in self.copied else self.now("previous")  # not a copy's
        last = self.history.estimate(self.period.previous(), self.ind.code)
        estimate = in_unit(last, self.ind.unit)  # last month's estimate, in this row's unit
        moved = Decimal(0) if estimate is None or revised is None else revised - estimate.value
        if estimate is None or revised is None or abs(moved) <= self.tolerance_with(estimate):
            total = before + value
            note = f"tính bằng {base} ({self.show(before)} + {self.show(value)})"
            # Allowed: a balance's revision within its terms' rounding; an estimate left unrevised.
            wider += unrevised(estimate, self.ind.previous, self.revision_note_pct, self.roundings)
            return _Way(total, note, base, 2, wider + abs(moved) * (self.roundings - 1))
        total = before - estimate.value + revised + value
        note = (
            f"tính bằng {base}, thay số ước tính tháng trước ({self.show(estimate.value)}) "
            f"bằng «Tháng trước» của sổ này ({self.show(revised)})"
        )
        wider += estimate.wider(self.ind.decimals)
        return _Way(total, note, f"{base}, theo «Tháng trước» mới", 4, wider)

    def _ytd_same_ways(self) -> Iterator[_Way]:
        """The ways to this month's Lũy kế cùng kỳ, preferred first."""
        # A pasted Cùng kỳ (``pastedbases``) is no year-to-date's term.
        same = None if "same_period" in self.pasted else self.now("same_period")
        month = self.period.month
        if month == 1:
            note = "là «Cùng kỳ» vì tháng 1 là tháng đầu năm"
            yield from [] if same is None else [_Way(same, note, "«Cùng kỳ»")]
            return
        previous, code, unit = self.period.previous(), self.ind.code, self.ind.unit
        typed = self.history.figure(previous, code, "ytd_same_period")
        before = in_unit(typed, unit)  # another scale of the unit: rescaled
        if typed is not None and same is not None:
            if before is None:
                yield _Way(None, other_unit=typed)
            else:
                base = f"«Lũy kế cùng kỳ» trong {before.cite()} cộng «Cùng kỳ» của sổ này"
                note = f"tính bằng {base} ({self.show(before.value)} + {self.show(same)})"
                yield _Way(before.value + same, note, base, 2, before.wider(self.ind.decimals))
        last_year = [Period(self.period.year - 1, m) for m in self.period.months_so_far()]
        yield self._summed(self.history.total(last_year, code, unit))
        last = carried(self.history, previous, code, unit, "ytd_same_period")
        if typed is None and same is not None and last.negative is not None:
            yield _Way(None, negative=last.negative)
        elif typed is None and same is not None and last.value is not None:
            cited = carried_from(self.history, previous, code, unit)
            base = f"«Lũy kế cùng kỳ» trong {cited} cộng «Cùng kỳ» của sổ này"
            note = f"tính bằng {base} ({self.show(last.value)} + {self.show(same)})"
            yield _Way(last.value + same, note, base, 2)
        own = last_years_ytd(self.history, self.period, code, unit)
        if own is not None and self.ind.ytd_same_period is None:  # a typed one: checked
            source, value = own
            base = f"«Lũy kế» trong {source.cite()}"
            changed = value != source.value  # the month's estimate there, since revised
            how = f", với số tháng {self.period.year_ago().short} đã điều chỉnh" * changed
            yield _Way(value, f"là {base}{how}", base, 2)

    def _summed(self, total: Total, value: Decimal = Decimal(0)) -> _Way:
        """The sum of the months' actuals (plus ``value``, this month's, when given)."""
        month = self.period.month
        if total.other_unit is not None:
            return _Way(None, other_unit=total.other_unit)
        if total.value is None or total.negative is not None:
            return _Way(None, negative=total.negative)
        against = f"tổng các tháng 1–{month} theo các sổ trong thư mục dữ liệu"
        note = f"tính bằng tổng các tháng 1–{month} từ các sổ trong thư mục dữ liệu"
        wider = total.slack(self.ind.decimals, self.revision_note_pct)
        return _Way(total.value + value, note, against, month, wider)

    def _year_to_date(self, name: str, ways: Callable[[], Iterator[_Way]]) -> None:
        """Fill ``name`` by the first way that gives anything (a sum with a negative month
        only when no way gives a figure: its error), or check the typed figure.
        Every way is made; the earlier cells holding no number passed over up to the one
        taken are said with it."""
        made: list[tuple[_Way, int]] = []
        with self.history.watch() as passed:
            for each in ways():
                made.append((each, len(passed)))  # the cells passed over so far
        found = [(w, n) for w, n in made if w.value is not None or w.other_unit]
        found = found or [(w, n) for w, n in made if w.negative]  # no other way gives one
        typed = getattr(self.ind, name)
        if not found:
            if typed is None and passed:
                self.unknown[name] = tuple(passed)
            return
        way, seen = found[0][0], passed[: found[0][1]]
        label, code = FIGURE_HEADERS[name], self.ind.code
        if way.other_unit is not None:
            self._other_unit(name, way.other_unit, typed=typed is not None)
        elif way.negative is not None and typed is None:
            self.say(
                Severity.ERROR,
                name,
                f"«{label}» của «{code}» để trống và không tính được: tổng các tháng có số âm "
                f"({way.negative.cite()}: {self.show(way.negative.value)}), mà số liệu không "
                f"được âm. Hãy sửa ô đó trong sổ {way.negative.path.name} rồi lưu lại, hoặc "
                f"điền «{label}» vào ô này.",
            )
            self.unknown[name] = ()  # said here: no other word on it
        elif way.value is None:
            return
        elif typed is None:
            self.updates[name] = way.value
            self.derived[name] = way.note
            self._taken(name, f"«{label}» của «{code}» {way.note}: {self.show(way.value)}", seen)
        elif (
            self.period.month > 1
            and abs(typed - way.value)
            > half_unit(self.ind.decimals) * way.terms * self.roundings + way.wider
        ):
            # January's: checks.check_year_to_date; last year's revised: a note, as Cùng kỳ
            last_year = name == "ytd_same_period"
            close = last_year and within_pct(typed, way.value, self.revision_note_pct)
            against = (way.against, way.value)
            said = disagreement(self.ind, self.period, self.history, name, typed, against)
            self.say(Severity.INFO if close else Severity.WARNING, name, said)
