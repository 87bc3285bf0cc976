"""A workbook copied from last month's and not updated: every indicator that can be compared
(``STALE_MIN`` or more) prints the same ``Tháng báo cáo`` as last month's (its ``Tháng trước``,
typed or filled, or last month's workbook's own ``Tháng báo cáo``): a warning at the first such
cell. One row copied and left so: its ``Lũy kế`` last month's own (``staleytd``); its ``Tháng
trước`` or ``Cùng kỳ`` last month's own (the month before's figure), not this month's: a warning at
it; every typed ``Cùng kỳ`` (``STALE_MIN`` or more) last month's own where no workbook of last year
tells: one warning at the first. A ``Tháng trước`` column pasted a row off: most typed ``Tháng
trước`` (``STALE_MIN`` or more, at least half) are last month's figure of the row above or below,
not their own: an error at the first, since every sentence would compare with another indicator. A
``so_van_ban`` left as last month's (same year): a warning, since a number is given to one document
a year.
A HoatDong paragraph of a month's report that opens by naming last month (and not this
one): a warning; so is a NhiemVu task that opens by naming this month or an earlier one
(``staletasks``). In January, every typed ``Kế hoạch năm`` (``STALE_MIN`` or more) December's
own, last year's plan: one warning at the first. A plan left blank that last month's
workbook of the year holds: a warning (``plangap``); so is a row whose blank Mục, the rows
sorted, puts it in another subsection than last month's (``movedrows``)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from baocao.cells import Reading
from baocao.copiedtasks import tasks_copied
from baocao.errors import Severity
from baocao.history import History
from baocao.iipcopies import copied_indices
from baocao.iipytdrange import ytd_outside_span
from baocao.lastyeartasks import last_years_tasks
from baocao.lostsheet import last_month_lost
from baocao.models import Indicator, MonthlyData
from baocao.movedrows import moved_rows
from baocao.pastedbases import STALE_MIN, pasted_bases
from baocao.period import Period, ReportKind
from baocao.plangap import dropped_plan
from baocao.plannedtasks import past_planned_tasks
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS, THONG_TIN
from baocao.sourced import Sourced, in_unit
from baocao.staleperiod import (
    OPENING_MONTH,
    compares_this_month,
    copied_paragraph,
    last_periods_paragraphs,
    last_years_paragraphs,
    this_month_after,
)
from baocao.staletasks import past_month_tasks
from baocao.tettasks import past_tet_tasks
from baocao.vnformat import format_at_least, format_number, half_unit, round_half_up


def copied_workbook(
    indicators: list[Indicator],
    data: MonthlyData,
    kind: ReportKind,
    history: History,
    ctx: Reading,
) -> None:
    """The checks of a workbook as a whole copied from last month's (``indicators`` as
    filled): its Tháng báo cáo, its so_van_ban, its HoatDong paragraphs, its base columns
    pasted whole (``pastedbases``), each told to ``ctx``."""
    period = Period(data.info.year, data.info.month)
    stale_copy(indicators, period, history, ctx)
    stale_same_period(data.indicators, period, history, ctx)
    pasted_bases(data.indicators, period, ctx)
    copied_indices(data.iip, period, history, ctx)
    ytd_outside_span(data.iip, period, history, ctx)
    last_years_plan(data.indicators, period, history, ctx)
    dropped_plan(data.indicators, period, history, ctx)
    moved_rows(data.indicators, period, history, ctx)
    shifted_previous(data.indicators, period, history, ctx)
    doc_number_copied(data, period, history, ctx)
    sign_date_copied(data, period, history, ctx)
    tasks_copied(data, period, history, ctx)
    last_month_lost(data, period, history)
    last_months_paragraphs(data, kind, ctx)
    last_periods_paragraphs(data, kind, ctx)
    last_years_paragraphs(data, kind, ctx)
    past_month_tasks(data, kind, ctx)
    last_years_tasks(data, kind, ctx)
    past_planned_tasks(data, kind, ctx)
    past_tet_tasks(data, kind, ctx)


def stale_copy(
    indicators: list[Indicator],
    period: Period,
    history: History,
    ctx: Reading,
) -> None:
    """A warning when every indicator that can be compared (``STALE_MIN`` or more) has last
    month's figure as its Tháng báo cáo: its Tháng trước, or last month's estimate."""
    compared, stale = 0, []
    for ind in indicators:
        if ind.value is None:
            continue
        before = in_unit(history.estimate(period.previous(), ind.code), ind.unit)
        last = [ind.previous]
        if before is not None:
            last.append(before.value)
        known = [v for v in last if v is not None]
        if not known:
            continue
        compared += 1
        shown = round_half_up(ind.value, ind.decimals)
        if any(round_half_up(v, ind.decimals) == shown for v in known):
            stale.append(ind)
    if compared < STALE_MIN or len(stale) < compared:
        return
    ctx.warn(
        *ctx.at(CHI_TIEU, "value", stale[0].row),
        f"«Tháng báo cáo» của cả {format_number(Decimal(compared))} chỉ tiêu đều bằng số "
        f"của tháng {period.previous().short} («Tháng trước», "
        "hoặc «Tháng báo cáo» của sổ tháng trước): có thể sổ được chép từ sổ tháng trước "
        "mà chưa cập nhật số liệu tháng này. Hãy kiểm tra lại cột «Tháng báo cáo».",
    )


def stale_same_period(
    typed: tuple[Indicator, ...], period: Period, history: History, ctx: Reading
) -> None:
    """A warning when every typed Cùng kỳ of a total that can be compared (``STALE_MIN`` or
    more, 0 aside; not a rate's nor a price's), or most of them (``STALE_MIN`` or more, at
    least half), is last month's workbook's own (last year's month before), where last
    year's workbook cannot tell
    (``base_copied`` does when it can): the column, or part of it, copied from last
    month's workbook, so the report would compare with last year's month before, and the
    blank Lũy kế cùng kỳ made from it would count that month twice. A new office has no
    last year's workbooks for its first year."""
    last, meant = period.previous(), period.year_ago()
    compared, stale = _as_last_months(
        typed,
        last,
        history,
        "same_period",
        lambda ind, _: ind.same_period == 0 or history.actual(meant, ind.code) is not None,
    )
    if len(stale) < STALE_MIN or 2 * len(stale) < compared:
        return
    older = stale[0][1]
    cells = [ctx.locator.cell(CHI_TIEU, "same_period", i.row) for i, _ in stale]
    which = (
        f"cả {format_number(Decimal(compared))} chỉ tiêu đều"
        if len(stale) == compared
        else f"{len(stale)} trong {compared} chỉ tiêu ({', '.join(cells)})"
    )
    ctx.warn(
        ctx.locator.sheet(CHI_TIEU),
        cells[0],
        f"«Cùng kỳ» của {which} bằng «Cùng kỳ» "
        f"trong sổ tháng trước {older.path.name}, tức số của tháng "
        f"{last.year_ago().short}, không phải tháng {meant.short}: có lẽ cột «Cùng kỳ» "
        "được chép từ sổ tháng trước mà chưa cập nhật, và báo cáo sẽ so sánh với tháng "
        f"{last.year_ago().short}. Hãy ghi số của tháng {meant.short}.",
    )


def last_years_plan(
    typed: tuple[Indicator, ...], period: Period, history: History, ctx: Reading
) -> None:
    """In January, a warning when every typed Kế hoạch năm of a total that can be compared
    (``STALE_MIN`` or more, 0 aside; not a rate's nor a price's) is the one in December's
    workbook: last year's plan, the column copied with last year's workbook, so every "đạt
    …% so với Kế hoạch năm" would measure the new year against the old year's plan.
    (Within a year ``fill`` warns at a plan unlike last month's; a new year's plan is
    unlike the old one.)"""
    last = period.previous()
    if last.year == period.year:
        return
    compared, stale = _as_last_months(
        typed, last, history, "annual_plan", lambda _, older: older.value == 0
    )
    if compared < STALE_MIN or len(stale) < compared:
        return
    ind, older = stale[0]
    ctx.warn(
        *ctx.at(CHI_TIEU, "annual_plan", ind.row),
        f"«Kế hoạch năm» của cả {format_number(Decimal(compared))} chỉ tiêu đều bằng «Kế "
        f"hoạch năm» trong sổ tháng trước {older.path.name}, tức kế hoạch năm {last.year}, "
        f"không phải năm {period.year}: có lẽ cột «Kế hoạch năm» được chép từ sổ tháng "
        f"{last.short} "
        "mà chưa cập nhật, và báo cáo sẽ so sánh với kế hoạch năm "
        f"{last.year}. Hãy ghi kế hoạch năm {period.year}, hoặc để trống nếu chưa có.",
    )


def _as_last_months(
    typed: tuple[Indicator, ...],
    last: Period,
    history: History,
    name: str,
    passed: Callable[[Indicator, Sourced], bool] | None = None,
) -> tuple[int, list[tuple[Indicator, Sourced]]]:
    """The rows whose typed figure ``name`` can be set beside the one ``last``'s workbook
    holds (both there, in one unit, and not ``passed`` over, if given): how many, and those
    equal to it within rounding, each with it. Only a total's: a rate's or a price's figure
    is a level, which may stand still a month or a year (a power price unchanged for months, a
    target of 100% of communes with a market year after year)."""
    compared, alike = 0, []
    for ind in typed:
        value, older = getattr(ind, name), in_unit(history.figure(last, ind.code, name), ind.unit)
        if value is None or older is None or not ind.is_summed:
            continue
        if passed is not None and passed(ind, older):
            continue
        compared += 1
        if abs(value - older.value) <= older.slack(ind.decimals):
            alike.append((ind, older))
    return compared, alike


def previous_copied(
    typed: tuple[Indicator, ...], period: Period, history: History, name: str = "previous"
) -> bool:
    """Whether most typed Tháng trước (or ``name``: Cùng kỳ, Lũy kế cùng kỳ) that can be
    compared (``STALE_MIN`` or more, at least half) are last month's workbook's own: the
    column copied. Then a row's figure so copied is warned (``base_copied``) even when it
    is also within ``[checks] revision_note_pct`` of last month's estimate (last year's
    figure), where, alone in its column, a revised figure that happens to equal the month
    before's is only a revision."""
    compared, alike = _as_last_months(typed, period.previous(), history, name)
    return len(alike) >= STALE_MIN and 2 * len(alike) >= compared


def shifted_previous(
    typed: tuple[Indicator, ...], period: Period, history: History, ctx: Reading
) -> None:
    """An error when most typed Tháng trước that can be compared (``STALE_MIN`` or more, at
    least half) are last month's Tháng báo cáo of the row above, or of the row below, and
    not their own: the column pasted one row off, so each sentence would compare with the
    indicator beside it ("gấp 63,5 lần tháng trước") under warnings read as revisions."""
    last = period.previous()
    rows = sorted(typed, key=lambda ind: ind.row)

    def figure(ind: Indicator) -> Decimal | None:
        found = in_unit(history.figure(last, ind.code, "value"), ind.unit)
        return None if found is None else found.value

    months = [figure(ind) for ind in rows]
    for offset, where in ((-1, "trên"), (1, "dưới")):
        compared, shifted = 0, []
        for i, ind in enumerate(rows):
            j = i + offset
            own, beside = months[i], months[j] if 0 <= j < len(rows) else None
            if ind.previous is None or own is None or beside is None:
                continue
            compared += 1
            near = half_unit(ind.decimals)
            if abs(ind.previous - beside) <= near < abs(ind.previous - own):
                shifted.append(ind)
        if len(shifted) >= STALE_MIN and 2 * len(shifted) >= compared:
            cells = [ctx.locator.cell(CHI_TIEU, "previous", ind.row) for ind in shifted]
            ctx.error(
                ctx.locator.sheet(CHI_TIEU),
                cells[0],
                f"«Tháng trước» của {len(shifted)} trong {compared} chỉ tiêu "
                f"({', '.join(cells)}) bằng «Tháng báo cáo» của hàng ngay {where} trong sổ "
                f"tháng {last.short}, không phải của chính chỉ tiêu đó: có lẽ cột «Tháng "
                "trước» được dán lệch một hàng, và mỗi câu sẽ so sánh với một chỉ tiêu "
                "khác. Hãy dán lại cột cho đúng hàng (hoặc để trống để lấy từ sổ tháng "
                "trước).",
            )
            return


def doc_number_copied(
    data: MonthlyData,
    period: Period,
    history: History,
    ctx: Reading,
) -> None:
    """A warning when ``so_van_ban`` is last month's workbook's own, in the same year: each
    document of a year has its number, so the cell was likely copied and not updated (the
    report would go out under last month's number)."""
    number = data.info.doc_number
    if number is None or period.month == 1:
        return
    before = history.month(period.previous()).stated
    if before is None or before.doc_number is None:
        return
    if before.doc_number.strip().casefold() != number.strip().casefold():
        return
    why = "mỗi văn bản trong năm có một số riêng"
    _copied_info(ctx, period, history, ("so_van_ban", number, before.doc_number_ref), why)


def sign_date_copied(data: MonthlyData, period: Period, history: History, ctx: Reading) -> None:
    """A warning when ``ngay_ky`` is last month's workbook's own: two months' reports are
    seldom signed on one day, and a date inside both months' signing windows passes the
    window's check (the report would go out dated as last month's)."""
    signed = data.info.sign_date
    before = history.month(period.previous()).stated
    if signed is None or before is None or before.sign_date != signed:
        return
    typed = ("ngay_ky", f"{signed:%d/%m/%Y}", before.sign_date_ref)
    _copied_info(ctx, period, history, typed, "báo cáo của hai tháng ít khi ký cùng một ngày")


_COPIED_KEYS = {"so_van_ban": ("số văn bản", "số"), "ngay_ky": ("ngày ký", "ngày ký")}


def _copied_info(
    ctx: Reading, period: Period, history: History, typed: tuple[str, str, str | None], why: str
) -> None:
    """The warning at ThongTin's ``key`` (``typed``: key, value shown, last month's cell)
    typed as last month's workbook has it, ``why`` that is unlikely."""
    key, shown_value, ref = typed
    named, write = _COPIED_KEYS[key]
    last = period.previous()
    ctx.warn(
        ctx.locator.sheet(THONG_TIN),
        ctx.locator.info.get(key),
        f"«{key}» ghi «{shown_value}», giống {named} trong sổ tháng {last.short} "
        f"({history.files[last].name}, {THONG_TIN.name}!{ref}): {why}, nên có lẽ ô này được "
        f"chép từ sổ tháng trước mà chưa cập nhật. Hãy ghi {write} của báo cáo này, hoặc để "
        "trống cho văn thư điền.",
    )


def base_copied(
    ind: Indicator,
    name: str,
    period: Period,
    history: History,
    source: Sourced,
    say: Callable[[Severity, str, str], None],
) -> bool:
    """A typed Tháng trước, Cùng kỳ or Lũy kế cùng kỳ (``name``) equal to last month's
    workbook's own and not to the figure it is checked against (``source``: last month's
    estimate, last year's month or year-to-date): the column copied from last month's
    workbook and not updated, so the report would compare with the month before. A
    warning at it, through ``say`` (instead of "khác số …", which reads as a revision or a
    typo); whether it was said."""
    typed, label = getattr(ind, name), FIGURE_HEADERS[name]
    last = period.previous()
    older = in_unit(history.figure(last, ind.code, name), ind.unit)
    if typed is None or older is None:
        return False
    slack = older.slack(ind.decimals)
    if abs(typed - older.value) > slack or abs(typed - source.value) <= slack:
        return False
    meant, was = (
        (last, last.previous()) if name == "previous" else (period.year_ago(), last.year_ago())
    )
    if name == "ytd_same_period":  # a year-to-date is "to" its month
        was_said, meant_said, then = (f"số đến tháng {p.short}" for p in (was, meant, was))
        write = f"số đến tháng {meant.short}"
    else:
        was_said, meant_said = f"số của tháng {was.short}", f"số tháng {meant.short}"
        then, write = f"tháng {was.short}", f"số của tháng {meant.short}"

    def show(value: Decimal) -> str:
        return format_at_least(value, ind.decimals)

    say(
        Severity.WARNING,
        name,
        f"«{label}» của «{ind.code}» ({show(typed)}) bằng «{label}» trong {older.cite()}, "
        f"tức {was_said}, không phải {meant_said} trong {source.cite()} "
        f"({show(source.value)}): có lẽ cột «{label}» được chép từ sổ tháng trước mà chưa cập "
        f"nhật, và báo cáo sẽ so sánh với {then}. Hãy ghi {write}.",
    )
    return True


def last_months_paragraphs(
    data: MonthlyData,
    kind: ReportKind,
    ctx: Reading,
) -> None:
    """A HoatDong paragraph of a month's report that opens by naming last month ("Tháng
    2/2024, Sở Công Thương đã tiếp nhận …" in March's): likely last month's paragraph
    copied and not updated, a warning at it. Not in a report of several months (``kind``),
    whose months each have their paragraphs, nor one that opens with this month too ("Tháng
    2/2024 và tháng 3/2024, …", "Tháng 2/2024, so với tháng 3/2024 …": it tells of both),
    nor one naming this month further on outside a plan ("…; tháng 3/2024, Sở đã hướng
    dẫn …"; "…; dự kiến tháng 3/2024 …" is last month's plan, copied with it)."""
    if kind is not ReportKind.MONTH:
        return
    period = Period(data.info.year, data.info.month)
    last, this_month = period.previous(), this_month_after(period)
    for act in data.activities:
        match = OPENING_MONTH.match(act.text)
        if match is None or (int(match.group(3)), int(match.group(2))) != last:
            continue
        if compares_this_month(act.text, match.end(), period):
            continue  # "Tháng 3/2025, Bộ ban hành …; tháng 4/2025, Sở đã hướng dẫn …"
        if not this_month.match(act.text, match.end()):
            copied_paragraph(
                ctx, act.row, match.group(1), f"tháng {last.short}", f"tháng {period.short}"
            )


def copied_bases(typed: tuple[Indicator, ...], period: Period, history: History) -> frozenset[str]:
    """The columns (Tháng trước, Cùng kỳ, Lũy kế cùng kỳ) most of whose typed figures are
    last month's workbook's own (``previous_copied``)."""
    names = ("previous", "same_period", "ytd_same_period")
    return frozenset(n for n in names if previous_copied(typed, period, history, n))
