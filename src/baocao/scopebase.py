"""A base filled from last year's workbooks while the other base of the row, typed, is not
what those workbooks hold (beyond ``[checks] revision_note_pct``): they may count another
scope than this year's figures (a province merged in the year keeps last year's workbooks of
one of the old provinces, its «cùng kỳ» adding up all of them), and the change would be
worked out against the old scope. A blank «Cùng kỳ» taken from last year's month beside a
typed «Lũy kế cùng kỳ» that is not last year's own «Lũy kế», or a blank «Lũy kế cùng kỳ»
made from last year's workbooks alone (their months' sum or their own «Lũy kế») beside a
typed «Cùng kỳ» that is not last year's month: the note of the fill (``fill``) is then a
warning. The typed figure's own word is ``fill``'s and ``carried.typed_last_years_ytd``'s."""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from baocao.carried import last_years_ytd
from baocao.errors import Severity
from baocao.growth import within_pct
from baocao.history import History
from baocao.models import Indicator
from baocao.period import Period
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
    nor in a column pasted whole (``pastedbases``)."""
    ind, period = row.ind, row.period
    if period.month == 1 or row.pasted & {"same_period", "ytd_same_period"} or row.copied:
        return False
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
    d, header = ind.decimals, "Cùng kỳ" if other == "same_period" else "Lũy kế cùng kỳ"
    period_word = "của tháng" if name == "same_period" else "của số cộng dồn"
    row.say(
        Severity.WARNING,
        name,
        f"{how}, nhưng «{header}» đã ghi ({format_at_least(typed, d)}) khác {label} "
        f"{source.cite()} ({format_at_least(source.value, d)}): sổ năm trước có thể không "
        "cùng phạm vi với số năm nay (chẳng hạn trước khi hợp nhất tỉnh), và câu so với cùng "
        f"kỳ {period_word} sẽ tính từ {how.rsplit(': ', 1)[-1]}. Hãy điền "
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


def _last_years(row: Row, made: Decimal) -> bool:
    """Whether the «Lũy kế cùng kỳ» ``made`` is last year's workbooks' alone: their own
    «Lũy kế» of the month, or the sum of their months."""
    ind, period, history = row.ind, row.period, row.history
    own = last_years_ytd(history, period, ind.code, ind.unit)
    months = [Period(period.year - 1, m) for m in period.months_so_far()]
    summed = history.total(months, ind.code, ind.unit).value
    return made in {summed, *(() if own is None else (own[0].value, own[1]))}
