"""A quarterly report's totals: the quarter's figure and last year's, from the month's
workbook and the earlier workbooks of the quarter. A month whose figure an earlier
workbook holds in a cell that is no number ("#REF!": ``unusable``) is said as such,
naming the cell, not as a month without a workbook. A quarter's total larger than the
year-to-date it is a part of (beyond the rounding of its terms and the office's usual
revision of the estimates it adds) is a warning at ``Lũy kế``, naming each month's figure:
a month's figure typed in another unit or with a digit too many in its own workbook,
never revised by the month after's ``Tháng trước``, printed "gấp 399,4 lần cùng kỳ"."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from baocao.errors import Severity
from baocao.history import History
from baocao.models import Indicator
from baocao.period import Period
from baocao.sheets import FIGURE_HEADERS
from baocao.sourced import Total, in_unit
from baocao.units import kind_of
from baocao.unusable import Unusable, each_cell, fix
from baocao.vnformat import format_at_least, format_exact, half_unit


def _missing(
    history: History, months: list[Period], code: str
) -> tuple[list[Period], list[Unusable]]:
    """The months of ``months`` without an actual: those without any figure, and the
    cells holding no number that left the others without one."""
    gone: list[Period] = []
    spoiled: list[Unusable] = []
    for month in months:
        with history.watch() as passed:
            found = history.actual(month, code)
        if found is None and passed:
            spoiled += passed
        elif found is None:
            gone.append(month)
    return gone, spoiled


def _case_twin(history: History, months: list[Period], code: str) -> str:
    """Why a month of ``months`` gave no figure when its workbook writes ``code`` in another
    case ("xuat_khau" for "Xuat_khau", the code's own error: mends41), else ""."""
    for month in months:
        for other in history.records(month):
            if other != code and other.casefold() == code.casefold():
                return (
                    f" vì sổ tháng {month.short} ({history.files[month].name}) ghi mã «{other}», "
                    f"chỉ khác «{code}» ở chữ hoa, chữ thường, nên không lấy được số của tháng "
                    "đó (mã phải giống nhau ở mọi sổ)"
                )
    return ""


def _unusable(spoiled: list[Unusable]) -> str:
    """The cells holding no number, and what to do, as the end of a message."""
    return f" Không dùng được {each_cell(spoiled)}. Hãy {fix(spoiled)}." if spoiled else ""


def _beyond_ytd(
    ind: Indicator,
    fields: tuple[str, str],
    figures: tuple[Decimal | None, Decimal | None],
    months: list[Period],
    total: Total,
    revision_pct: Decimal,
    say: Callable[[Severity, str, str], None],
) -> None:
    """The warning of the module's docstring. ``fields``: the month's own figure and the
    year-to-date ("value", "ytd", or last year's); ``figures``: the quarter's total and that
    year-to-date; ``total``: the actuals of the earlier ``months`` it adds to the month's."""
    quarter, ytd = figures
    if quarter is None or ytd is None or not total.terms:
        return
    rounding = half_unit(ind.decimals) * (len(total.terms) + 2)
    if quarter <= ytd + rounding + total.slack(ind.decimals, revision_pct):
        return
    own, column = (FIGURE_HEADERS[f] for f in fields)
    which = "tổng quý" if fields[0] == "value" else "tổng quý cùng kỳ"
    pairs = zip(months, total.terms, strict=True)
    terms = "; ".join(f"tháng {m.short}: {_shown(t.value, ind)} ở {t.cite()}" for m, t in pairs)
    say(
        Severity.WARNING,
        fields[1],
        f"Báo cáo quý: {which} của «{ind.code}» ({_shown(quarter, ind)}) lớn hơn «{column}» "
        f"({_shown(ytd, ind)}), mà quý chỉ là một phần của lũy kế từ đầu năm. Tổng này cộng "
        f"«{own}» của sổ này với số của {terms}. Hãy kiểm tra các số đó (gõ nhầm, hoặc khác "
        f"đơn vị) và «{column}».",
    )


def _shown(value: Decimal, ind: Indicator) -> str:
    return format_at_least(value, ind.decimals)


def quarter_totals(
    ind: Indicator,
    period: Period,
    history: History,
    now: Callable[[str], Decimal | None],
    say: Callable[[Severity, str, str], None],
    revision_pct: Decimal = Decimal(0),
) -> dict[str, Decimal]:
    """The quarter's total and last year's: the first quarter's is the year-to-date; the
    others add the earlier months' actuals to the month's figure, this year's ``Tháng báo
    cáo`` and last year's the report's own ``Cùng kỳ`` (typed, or taken from last year's
    workbook), as the month's sentence has them (unknown if one is missing, or written in
    another unit: an error at the row's unit). Last year's earlier months, when a workbook
    lacks one, are the ``Cùng kỳ`` of this year's months, each typed or else last year's
    figure, as each month's sentence had it."""
    if period.month <= 3:
        found = {"quarter": now("ytd"), "quarter_same_period": now("ytd_same_period")}
        return {k: v for k, v in found.items() if v is not None}
    # A breakdown row's line is one figure, the period's when known (the year-to-date in
    # place of the quarter), where a total's sentence goes on with the month's.
    breakdown = ind.parent is not None
    if not ind.is_summed:  # a rate's or a price's months are not added up
        ytd = now("ytd") is not None
        said = (
            "«Lũy kế» đã ghi."
            if breakdown and ytd
            else f"số của tháng {period.month}" + (" và «Lũy kế» đã ghi." if ytd else ".")
        )
        say(
            Severity.INFO,
            "value",
            f"Báo cáo quý: «{ind.code}» là {kind_of(ind.unit)} (đơn vị «{ind.unit}»), không cộng "
            f"các tháng thành tổng quý. Câu văn viết {said}",
        )
        return {}
    first = period.month - (period.month - 1) % 3
    months = [Period(period.year, m) for m in range(first, period.month)]  # the quarter's before
    last_years = [m.year_ago() for m in months]
    earlier = history.total(months, ind.code, ind.unit)
    last_year = history.total(last_years, ind.code, ind.unit)
    for total in (earlier, last_year):
        if total.other_unit is not None:
            source = total.other_unit
            say(
                Severity.ERROR,
                "unit",
                f"Tổng quý của «{ind.code}» không tính được vì {source.cite()} ghi đơn vị "
                f"«{source.unit}», còn sổ này ghi «{ind.unit}». Hãy sửa cho đơn vị các sổ "
                "thống nhất.",
            )
            return {}
    for name, total in (("value", earlier), ("same_period", last_year)):
        if total.negative is not None:  # its own workbook's error: no total to print
            source = total.negative
            say(
                Severity.ERROR,
                name,
                f"Tổng quý của «{ind.code}» không tính được vì {source.cite()} ghi số âm "
                f"({format_exact(source.value)}), mà số liệu không được âm. Hãy sửa ô đó trong "
                f"sổ {source.path.name} rồi lưu lại.",
            )
            return {}
    if earlier.value is None and ind.value is not None:
        gone, spoiled = _missing(history, months, ind.code)
        missing = ", ".join(m.short for m in gone)
        why = (
            _case_twin(history, gone, ind.code)
            or f" vì thiếu số của tháng {missing} (không có sổ của tháng đó trong thư mục dữ "
            "liệu, hoặc sổ đó không có chỉ tiêu này)"
            if gone
            else ""
        )
        say(
            Severity.WARNING,
            "value",
            f"Báo cáo quý: chưa tính được tổng quý của «{ind.code}»{why}. "
            + (
                "Câu văn viết số cộng dồn từ đầu năm («Lũy kế») thay cho tổng quý"
                + ("." if breakdown else f", rồi số của tháng {period.month}.")
                if now("ytd") is not None
                else f"Câu văn chỉ viết số của tháng {period.month}."
            )
            + _unusable(spoiled),
        )
    month = now("same_period")
    same = None if last_year.value is None or month is None else last_year.value + month
    if same is None and month is not None:  # last year's workbooks missing: this year's Cùng kỳ
        each = [  # typed, else last year's figure, as each month's sentence had it; rescaled
            in_unit(
                history.figure(m, ind.code, "same_period")
                or history.actual(m.year_ago(), ind.code),
                ind.unit,
            )
            for m in months
        ]
        if all(t is not None and t.value >= 0 for t in each):
            same = sum((t.value for t in each if t is not None), month)
    quarter = None if earlier.value is None or ind.value is None else earlier.value + ind.value
    if ind.value is None and now("ytd") is not None:  # Lũy kế alone: no quarter to add up
        say(
            Severity.WARNING,
            "value",
            f"Báo cáo quý: «Tháng báo cáo» của «{ind.code}» để trống nên chưa tính được tổng "
            "quý; câu văn viết số cộng dồn từ đầu năm («Lũy kế») thay cho tổng quý.",
        )
    if quarter is not None and same is None:
        last = [] if now("same_period") is not None else [period.year_ago()]  # typed: known
        gone, spoiled = _missing(history, [*last_years, *last], ind.code)
        absent = ", ".join(m.short for m in gone)
        why = (
            f"thiếu số của tháng {absent} (không có sổ năm trước của tháng đó)"
            if gone
            else "các sổ năm trước không có số dùng được của mọi tháng trong quý"
            if spoiled
            else "các sổ năm trước không đủ các tháng của quý"
        )
        say(
            Severity.WARNING if spoiled else Severity.INFO,
            "same_period",
            f"Báo cáo quý: chưa tính được tổng quý cùng kỳ của «{ind.code}» vì {why}, và «Cùng "
            "kỳ» của các sổ trước trong quý cũng không đủ: câu văn của tổng quý bỏ phần so với "
            "cùng kỳ." + _unusable(spoiled),
        )
    figures = (quarter, now("ytd"))
    _beyond_ytd(ind, ("value", "ytd"), figures, months, earlier, revision_pct, say)
    if last_year.value is not None:  # a total of last year's months, each to name
        figures, fields = (same, now("ytd_same_period")), ("same_period", "ytd_same_period")
        _beyond_ytd(ind, fields, figures, last_years, last_year, revision_pct, say)
    found = {"quarter": quarter, "quarter_same_period": same}
    return {k: v for k, v in found.items() if v is not None}
