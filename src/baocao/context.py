"""Models + growth + vnformat → the typed context the template is rendered with.

The context (``views.ReportContext`` and the views it holds) is built completely here,
the chart included. Values are display strings ("52.716") or growth percentages as
``Decimal`` (None when not known) that the template turns into clauses with the filters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal

from baocao import growth
from baocao.chart import TrendChart
from baocao.columns import NBSP, appendix_columns
from baocao.config import Assessment, Config, RecipientGroup
from baocao.endmarks import TRAILING_END_MARKS
from baocao.figures import TOTAL_CODE, Basis, figure_sections, indicator_views
from baocao.iip import iip_paragraph, iip_view, lead_change
from baocao.infotext import same_period_words
from baocao.models import Activity, Indicator, MonthlyData, Task
from baocao.period import Period, ReportKind
from baocao.views import (
    AppendixRow,
    ChartPicture,
    ChartView,
    CodeTable,
    DocView,
    IipView,
    IndicatorView,
    ItemView,
    OrgView,
    RecipientLine,
    ReportContext,
    ReportView,
    SectionView,
    SignerView,
    TaskView,
    TradeView,
)
from baocao.viewvalues import known, no_word
from baocao.vnformat import (
    END_MARK,
    END_MARK_TYPED,
    date_day,
    date_month,
    format_index,
    format_known,
    month_count,
    row_label,
)

SENTENCE_ENDS = (".", ";", ":", "…", "!", "?")
BLANK_DAY = "    "  # with the spaces around it: "ngày      tháng"
BLANK_NUMBER = "     "  # with the space after "Số:": "Số:      /BC-SCT"


def _index(pct: Decimal | None, decimals: int = 1) -> str:
    return "" if pct is None else format_index(growth.HUNDRED + pct, decimals)


def _under_parents(indicators: Sequence[Indicator]) -> list[tuple[Indicator, int]]:
    """The indicators with their depth (0 a total, 1 a breakdown row, 2 a row of its
    breakdown, and so on to ``parents.MAX_LEVELS``): each total
    in sheet order, its rows right under it (each parent's in sheet order), as the body
    writes them. Sheet order alone would indent a row typed above its parent, or below
    another total, under the indicator before it."""
    codes = {i.code for i in indicators}
    children: dict[str, list[Indicator]] = {}
    for ind in indicators:
        if ind.parent in codes:
            children.setdefault(ind.parent, []).append(ind)
    placed: list[tuple[Indicator, int]] = []
    seen: set[str] = set()
    # Roots first; a row in a cycle of Thuộc (an error that stops before a report) after.
    roots = [i for i in indicators if i.parent not in codes] + list(indicators)
    for root in roots:
        stack = [(root, 0)]
        while stack:
            ind, depth = stack.pop()
            if ind.code in seen:
                continue
            seen.add(ind.code)
            placed.append((ind, depth))  # each level further in: none read as a sibling
            stack += [(c, depth + 1) for c in reversed(children.get(ind.code, []))]
    return placed


def build_appendix_rows(
    data: MonthlyData, views: dict[str, IndicatorView], kind: ReportKind = ReportKind.MONTH
) -> list[AppendixRow]:
    """ChiTieu rows under their parents (``_under_parents``), then the IIP rows; each name
    begins with a capital, as a table's row does (a branch reads "ngành …" mid-sentence).
    A quarterly report's rows also hold the quarter's total and its index on last year's
    quarter, as the body says them (blank when the quarter is not added up; an IIP row's
    only in the first quarter, its year-to-date). In January an IIP row's blank index of
    the month or the year-to-date is the other's, as a ChiTieu row's year-to-date is."""
    rows = []
    for ind, depth in _under_parents(data.indicators):
        v = views[ind.code]
        # A rate's or a price's months are not added up: no quarter's column (the first
        # quarter's is its year-to-date, which has its own column), as the note says.
        quarter = ind.quarter if kind is ReportKind.QUARTER and ind.is_summed else None
        quarter_yoy = growth.pct_change(quarter, ind.quarter_same_period)
        rows.append(
            AppendixRow(
                depth,
                row_label(v.name),
                v.unit,
                str(v.previous),  # plain "" when unknown: an empty cell in a table is fine
                str(v.value),
                str(v.same_period),
                str(v.ytd),
                _index(v.mom, v.pct_decimals),
                _index(v.yoy, v.pct_decimals),
                _index(v.ytd_yoy, v.pct_decimals),
                format_known(v.plan_share, v.pct_decimals),
                ind.is_rate,
                format_known(quarter, ind.decimals),
                _index(quarter_yoy, v.pct_decimals),
                ind.is_summed,
                ind.is_per_time,
            )
        )
    for r in data.iip:
        pd = r.pct_decimals
        # January's year-to-date is the month, as a ChiTieu row's, each the other when blank:
        # a blank cell would say an index is not known that the body prints.
        january = data.info.month == 1
        index = r.ytd_index if r.index is None and january else r.index
        ytd_index = r.index if r.ytd_index is None and january else r.ytd_index
        # The first quarter is the year to date: its index is the year-to-date's, as the
        # body leads with it ("quý I/2024 … ước tăng 5,00%"); later quarters' are not known.
        first_quarter = kind is ReportKind.QUARTER and data.info.month == 3
        quarter_index = format_index(ytd_index, pd) if first_quarter else ""
        rows.append(
            AppendixRow(
                0 if r.code == TOTAL_CODE else 1,
                row_label(r.name),
                "%",
                "",
                "",
                "",
                "",
                format_index(r.mom_index, pd),
                format_index(index, pd),
                format_index(ytd_index, pd),
                "",
                False,  # an index itself, not a rate
                quarter_yoy_index=quarter_index,
            )
        )
    return rows


def build_sections(activities: Iterable[Activity], first: int = 1) -> list[SectionView]:
    """HoatDong rows with the same heading form one subsection, in order of the heading's
    first row (``narrative`` gives a heading typed again its first form), numbered from
    ``first`` (after the figure subsections). A paragraph typed ending "./." ends "." (the
    report's end mark closes Section II only)."""
    sections: dict[str, list[ItemView]] = {}
    for act in activities:
        sections.setdefault(act.section, []).append(ItemView(act.level, without_end_mark(act.text)))
    return [
        SectionView(n, title, tuple(items))
        for n, (title, items) in enumerate(sections.items(), first)
    ]


def build_tasks(tasks: Iterable[Task]) -> list[TaskView]:
    """Tasks numbered 1, 2, … by their place in the list (``parse`` warns about an STT that
    differs). The last ends the body with "./." exactly once, whatever ends it as typed
    ("giao", "giao.", "giao;", "giao./."); another typed ending "./." ends ".", and one
    typed without a mark at its end ends "." too, as each task of a report does (one typed
    with ";" or ":" keeps it)."""
    listed = list(tasks)
    return [
        TaskView(str(i), with_end_mark(t.text) if i == len(listed) else _task_end(t.text))
        for i, t in enumerate(listed, start=1)
    ]


def _task_end(text: str) -> str:
    """A task before the last: without its "./.", and ending "." when nothing ends it or a
    comma does ("giao," printed "giao,.", as "giao,./." was)."""
    kept = _COMMA_AT_END.sub("", without_end_mark(text).rstrip().rstrip("/ "))  # "giao/": a mark
    return kept if not kept or kept.endswith(SENTENCE_ENDS) else f"{kept}."


_COMMA_AT_END = re.compile(r"(?<![\s,])\s*,[\s,]*\.?$")  # "giao,", "giao, ,", "giao,." ("giao,./.")


# An ellipsis typed as full stops ("gạch nung..."), then maybe the end mark or its slash:
# as "…" (what Word and Excel make of it) it is kept, where the full stops gave way to
# "./." ("gạch nung./.": the list read as closed).
_DOTS_AT_END = re.compile(r"\.{3,}(?=(?:\s*/+\s*\.?)?\s*$)")


def without_end_mark(text: str) -> str:
    """``text`` without a closing "./." (kept as "." unless it ends with other punctuation
    than a comma, which gives way to it)."""
    kept = TRAILING_END_MARKS.sub("", text)
    if kept == text:
        return text
    kept = TRAILING_END_MARKS.sub("", _DOTS_AT_END.sub("…", text))
    kept = _COMMA_AT_END.sub("", kept.rstrip())  # "giao,./." ends "giao.", not "giao,."
    return kept if kept.endswith(SENTENCE_ENDS) else f"{kept}."


def with_end_mark(text: str) -> str:
    """``text`` ending with the document's end mark "./.", once: "giao;" → "giao./.",
    "giao/" (typed without its stops) → "giao./."; an ellipsis kept, "giao..." →
    "giao…./."."""
    body = _DOTS_AT_END.sub("…", text)
    while True:
        mark = TRAILING_END_MARKS.search(body)
        if mark is not None:
            body = body[: mark.start()]
        elif body and body[-1] in " \t\n.;:,/":  # "/": the mark with both stops left out
            body = body[:-1].rstrip(" \t\n;:," if body[-1] in ";:," else " \t\n")  # no mark has ;:,
        else:
            return f"{body}{END_MARK}"


_RECIPIENT_MARK = re.compile(r"^(?:[-+–—•]\s*)+")  # a line's own "- ", "+ " typed
_RECIPIENT_END = re.compile(rf"(?:\s*(?:{END_MARK_TYPED}|[;.:]))+\s*$")  # its "./.", ";", "."


def build_recipients(lines: Iterable[str | RecipientGroup]) -> list[RecipientLine]:
    """The "Nơi nhận" list punctuated per Decree 30: ";" after each line, "." after the last.
    Marks a line was typed with ("- UBND tỉnh (B/c);", "Lưu: VT./.") give way to these."""
    flat: list[tuple[int, str, str]] = []
    for line in lines:
        if isinstance(line, RecipientGroup):
            flat.append((1, line.name, ":"))
            flat += [(2, item, ";") for item in line.items]
        else:
            flat.append((1, line, ";"))
    out = []
    for i, (level, text, end) in enumerate(flat):
        end = "." if i == len(flat) - 1 else end
        mark = "-" if level == 1 else "+"
        bare = _RECIPIENT_END.sub("", _RECIPIENT_MARK.sub("", text.strip()))
        out.append(RecipientLine(level, f"{mark} {bare}{end}"))
    return out


def iip_assessment(data: MonthlyData, config: Config) -> str:
    """The word for the IIP ("tăng khá"): from the workbook, else by the config's thresholds
    on the change the paragraph leads with (the month's, or the period's in a report of
    several months). Whether it agrees with the change is checked by ``iip``."""
    if data.info.iip_assessment:
        return data.info.iip_assessment
    rule = assessment_rule(data, config)
    return rule.text if rule is not None else ""


def assessment_rule(data: MonthlyData, config: Config) -> Assessment | None:
    """The config's threshold the lead change of the index reaches, if any."""
    change = lead_change(data.iip, report_basis(data, config)[0])
    rules = sorted(config.iip_assessment, key=lambda r: r.min, reverse=True)
    return next((r for r in rules if change is not None and change >= r.min), None)


def build_iip(data: MonthlyData, basis: Basis) -> CodeTable[IipView]:
    """The ChiSoSXCN rows by code."""
    return CodeTable("ChiSoSXCN", ((r.code, iip_view(r, basis)) for r in data.iip))


def report_basis(data: MonthlyData, config: Config) -> tuple[Basis, dict[str, str]]:
    """The report's kind, bases and period wording: ThongTin's, else the config's."""
    info = data.info
    period = Period(info.year, info.month)
    kind = info.kind or config.report.kind
    texts = config.wording_for(kind, period.month).items()
    wording = {k: v.format(**period.fields()) for k, v in texts}
    ytd_label = config.wording_for(ReportKind.MONTH, period.month)["total"]
    ytd_label = ytd_label.format(**period.fields())
    basis = Basis(
        period=period,
        kind=kind,
        # Mid-sentence, as ThongTin's is made: "so với Cùng kỳ" would print a capital.
        same_period=info.same_period_base or same_period_words(config.report.same_period),
        plan=info.plan_base or config.report.plan,
        total_label=wording["total"],
        ytd_label=ytd_label,
    )
    return basis, wording


# Where the summary's line may not break: between a number and the period word beside it
# ("6 tháng", "tháng 4", "quý II", "năm 2024"); the centred title read "… nhiệm vụ 6" over
# "tháng cuối năm 2024". Held by a no-break space, which Word prints as a space; so in
# the headings of Sections I and II ("… CÔNG TÁC NGÀNH 6" over "THÁNG ĐẦU NĂM 2024").
_TOGETHER = re.compile(
    r"(?<=\d) (?=tháng\b)|(?<=\btháng) (?=\d)|(?<=\bquý) (?=[IVX\d])|(?<=\bnăm) (?=\d)",
    re.IGNORECASE,
)


def build_doc(data: MonthlyData, config: Config, summary: str) -> DocView:
    """Number and date from ThongTin (blank for the clerk when not given), title and summary
    (each number kept on one line with its period word)."""
    info = data.info
    signed = info.sign_date
    return DocView(
        number=info.doc_number or BLANK_NUMBER,
        day=date_day(signed.day) if signed else BLANK_DAY,
        month=date_month(signed.month if signed else info.month),
        year=signed.year if signed else info.year,
        title=config.document.title,
        summary=_TOGETHER.sub(NBSP, summary),
    )


def chart_view(chart: TrendChart | None) -> ChartView:
    """The chart for the template, months written "3/2024"; empty without a chart."""
    if chart is None:
        return ChartView()

    def month(period: tuple[int, int]) -> str:
        year, number = period
        return f"{number}/{year}"

    return ChartView(
        image=ChartPicture(chart.png, chart.width_mm),
        name=chart.name,
        unit=chart.unit,
        from_month=month(chart.periods[0]),
        to_month=month(chart.periods[-1]),
        missing=tuple(month(p) for p in chart.missing),
        left_out=tuple(month(p) for p in chart.left_out),
    )


def build_context(
    data: MonthlyData, config: Config, chart: TrendChart | None = None
) -> ReportContext:
    """The whole template context for one month."""
    info = data.info
    basis, wording = report_basis(data, config)
    indicators = indicator_views(data.indicators, basis)
    word, chosen = iip_assessment(data, config), not info.iip_assessment  # by the thresholds
    paragraph = iip_paragraph(data.iip, basis, word, chosen=chosen)
    figures = figure_sections(
        data.indicators, indicators, data.iip, paragraph, config.report.figures_heading
    )
    org = config.organization
    return ReportContext(
        month=basis.period.month,
        year=basis.period.year,
        next_month=basis.period.next().month,
        next_year=basis.period.next().year,
        months_ytd=month_count(info.month),
        report=ReportView(
            kind=basis.kind.value,
            title=wording["title"],
            monthly=basis.monthly,
            quarterly=basis.kind is ReportKind.QUARTER,
            month_label=basis.month_label,
            total_label=basis.total_label,
            period_name=basis.kind.period_name(basis.period),
            section_one=_TOGETHER.sub(NBSP, wording["section_one"]),  # as the summary's
            section_two=_TOGETHER.sub(NBSP, wording["section_two"]),
            same_period=basis.same_period,
            plan=basis.plan,
            columns=appendix_columns(basis.kind, basis.period),
        ),
        org=OrgView(
            org.parent_body,
            org.issuing_body,
            org.issuing_body_in_text,
            org.province,
            org.place,
            org.symbol,
        ),
        doc=build_doc(data, config, wording["summary"]),
        signer=SignerView(
            authority=info.signer_authority or config.signer.authority,
            title=info.signer_title or config.signer.title,
            name=info.signer_name or config.signer.name,
        ),
        recipients=tuple(build_recipients(config.recipients.lines)),
        iip=build_iip(data, basis),
        iip_assessment=known(paragraph.assessment if paragraph else "", no_word("iip_assessment")),
        ct=CodeTable("ChiTieu", indicators.items()),
        figures=figures,
        appendix_rows=tuple(build_appendix_rows(data, indicators, basis.kind)),
        chart=chart_view(chart),
        trade=TradeView(
            export_markets=info.export_markets,
            import_markets=info.import_markets,
            export_products=info.export_products or "",
            import_products=info.import_products or "",
        ),
        activities=tuple(build_sections(data.activities, len(figures) + 1)),
        tasks=tuple(build_tasks(data.tasks)),
    )
