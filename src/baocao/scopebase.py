"""A base filled from earlier workbooks while the row's typed figures say those workbooks
count another scope than this month's (beyond rounding and ``[checks] revision_note_pct``):
a province merged in the year keeps the workbooks of one of the old provinces, its figures
and «cùng kỳ» adding up all of them, and the change would be worked out against the old
scope. A blank «Cùng kỳ» taken from last year's month beside a typed «Lũy kế cùng kỳ» that
is not last year's own «Lũy kế» (nor last month's workbook's plus the month taken); a blank
«Lũy kế cùng kỳ» made from last year's workbooks alone (their months' sum or their own «Lũy
kế») beside a typed «Cùng kỳ» that is not last
year's month; a blank «Tháng trước» taken from last month's workbook beside typed
year-to-dates both off that workbook's plus this month's: the note of the fill (``fill``) is
then a warning. The typed figures' own words are ``fill``'s and ``carried``'s."""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from baocao.carried import last_years_ytd
from baocao.errors import Severity
from baocao.growth import within_pct
from baocao.history import History
from baocao.models import Indicator
from baocao.period import Period
from baocao.sheets import FIGURE_HEADERS
from baocao.sourced import Sourced, in_unit
from baocao.vnformat import format_at_least


class Row(Protocol):
    """The row being filled (``fill._Row``): what the check reads of it."""

    ind: Indicator
    period: Period
    history: History
    revision_note_pct: Decimal
    pasted: frozenset[str]
    copied: set[str]
    updates: dict[str, Decimal]

    def say(self, severity: Severity, name: str, message: str) -> None: ...


def other_scope(row: Row, name: str, how: str) -> bool:
    """Whether the blank ``name`` filled as ``how`` ("«Cùng kỳ» của «x» lấy từ …: 100") was
    said as a warning: a «Cùng kỳ» (or a «Lũy kế cùng kỳ» made from last year's workbooks)
    whose row's other base, typed, is neither last year's figure (nor within ``[checks]
    revision_note_pct`` percent of it), nor last month's workbook's own (a copy, said there),
    nor in a column pasted whole (``pastedbases``); a «Tháng trước» (``_last_month``). Not a
    rate's nor a price's, whose months are not added up, nor in January."""
    ind, period = row.ind, row.period
    if period.month == 1 or not ind.is_summed or row.copied:  # a rate's, a price's: not summed
        return False
    if row.pasted & {"same_period", "ytd_same_period"}:
        return False
    if name == "previous":
        return _last_month(row, how)
    if name == "same_period":
        typed, other = ind.ytd_same_period, "ytd_same_period"
        found = last_years_ytd(row.history, period, ind.code, ind.unit)
        if found is None or typed is None or _agrees(row, typed, found[0], found[1]):
            return False
        source, label = found[0], "«Lũy kế» trong"
    elif name == "ytd_same_period":
        typed, other = ind.same_period, "same_period"
        year_ago = row.history.actual(period.year_ago(), ind.code, total=True)
        scaled = in_unit(year_ago, ind.unit)
        if scaled is None or typed is None or _agrees(row, typed, scaled, scaled.value):
            return False
        if not _last_years(row, row.updates[name]):
            return False  # made with this year's «Cùng kỳ»: of its scope
        source, label = scaled, "số trong"
    else:
        return False
    last = row.history.figure(period.previous(), ind.code, other)
    if last is not None and abs(typed - last.value) <= last.slack(ind.decimals):
        return False  # last month's copied: ``stale.base_copied`` says it
    if name == "same_period" and _chained(row, typed):
        return False  # last month's total plus the month taken: this year's scope
    d, header = ind.decimals, "Cùng kỳ" if other == "same_period" else "Lũy kế cùng kỳ"
    period_word = "của tháng" if name == "same_period" else "của số cộng dồn"
    row.say(
        Severity.WARNING,
        name,
        f"{how}, nhưng «{header}» đã ghi ({format_at_least(typed, d)}) khác {label} "
        f"{source.cite()} ({format_at_least(source.value, d)}): sổ năm trước có thể không "
        "cùng phạm vi với số năm nay (chẳng hạn trước khi hợp nhất tỉnh), và báo cáo sẽ lấy "
        f"{how.rsplit(': ', 1)[-1]} làm cùng kỳ {period_word}. Hãy điền "
        f"«{'Cùng kỳ' if name == 'same_period' else 'Lũy kế cùng kỳ'}» cùng phạm vi với "
        f"«{header}».",
    )
    return True


def _agrees(row: Row, typed: Decimal, source: Sourced, revised: Decimal) -> bool:
    """Whether ``typed`` is last year's figure (as reported or revised), within rounding or
    ``[checks] revision_note_pct`` percent."""
    tolerance = source.slack(row.ind.decimals) * 2
    return any(
        abs(typed - value) <= tolerance or within_pct(typed, value, row.revision_note_pct)
        for value in (source.value, revised)
    )


def _chained(row: Row, typed: Decimal) -> bool:
    """Whether the typed «Lũy kế cùng kỳ» is last month's workbook's plus the «Cùng kỳ»
    taken (within rounding): this year's workbooks count last year so (revised by the
    statistics office since, beyond ``[checks] revision_note_pct``), and the month taken
    is of their scope (review34: it was warned as of another)."""
    ind = row.ind
    before = row.history.figure(row.period.previous(), ind.code, "ytd_same_period")
    scaled = in_unit(before, ind.unit)
    if scaled is None:
        return False
    made = scaled.value + row.updates["same_period"]
    return abs(typed - made) <= scaled.slack(ind.decimals) * 2


def _last_years(row: Row, made: Decimal) -> bool:
    """Whether the «Lũy kế cùng kỳ» ``made`` is last year's workbooks' alone: their own
    «Lũy kế» of the month, or the sum of their months."""
    ind, period, history = row.ind, row.period, row.history
    own = last_years_ytd(history, period, ind.code, ind.unit)
    months = [Period(period.year - 1, m) for m in period.months_so_far()]
    summed = history.total(months, ind.code, ind.unit).value
    return made in {summed, *(() if own is None else (own[0].value, own[1]))}


def _last_month(row: Row, how: str) -> bool:
    """A blank «Tháng trước» taken from last month's workbook (``how``) while both typed
    year-to-dates are off that workbook's plus this month's (beyond rounding and ``[checks]
    revision_note_pct``): that workbook counts another scope (a province merged at the turn
    of the month), a warning. One of them off is its own slip, said at its cell alone."""
    ind, previous = row.ind, row.period.previous()
    made = []
    for name, month in (("ytd", ind.value), ("ytd_same_period", ind.same_period)):
        total, before = getattr(ind, name), row.history.figure(previous, ind.code, name)
        scaled = in_unit(before, ind.unit)
        if total is None or month is None or scaled is None:
            return False
        value = scaled.value + month
        tolerance = scaled.slack(ind.decimals) * 2
        if abs(total - value) <= tolerance or within_pct(total, value, row.revision_note_pct):
            return False
        d, added = ind.decimals, FIGURE_HEADERS["value" if name == "ytd" else "same_period"]
        made.append(
            f"«{FIGURE_HEADERS[name]}» đã ghi ({format_at_least(total, d)}) khác "
            f"«{FIGURE_HEADERS[name]}» trong {scaled.cite()} cộng «{added}» "
            f"({format_at_least(value, d)})"
        )
    row.say(
        Severity.WARNING,
        "previous",
        f"{how}, nhưng {made[0]}, và {made[1]}: sổ tháng trước có thể không cùng phạm vi với "
        f"số tháng này (chẳng hạn trước khi hợp nhất tỉnh), và báo cáo sẽ lấy "
        f"{how.rsplit(': ', 1)[-1]} làm số tháng trước. Hãy điền «Tháng trước» cùng phạm vi "
        "với số tháng này.",
    )
    return True
