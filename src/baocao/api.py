"""The library behind the CLI: check a month and build its report (a new office and a
new month workbook are in ``office``, an indicator's series in ``timeseries``).

Two phases, as in pelican: everything is read and checked and the whole
context is built first; only then is one file written, atomically (by
``output``). Each command builds one ``History`` of the data folder, seeded
with the month it has parsed, so every workbook is opened once.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

from baocao.blankcells import located
from baocao.chart import require_chart_library
from baocao.chartconfig import (
    chart_without_appendix,
    empty_chart,
    nothing_to_chart,
    unknown_chart_code,
)
from baocao.checks import check_data
from baocao.closingmark import report_context
from baocao.completeness import check_complete, rendered_texts
from baocao.config import TO_FILL, Config
from baocao.errors import (
    BaocaoError,
    InputError,
    Problem,
    Severity,
    TargetError,
    TemplateCheckError,
    TemplateError,
    carried,
    counts,
    error,
    has_errors,
    problems_json,
    sort_problems,
)
from baocao.excel import read_workbook
from baocao.filecopies import newer_copies, open_elsewhere
from baocao.files import same_file
from baocao.filingline import no_filing_line
from baocao.fill import fill_from_history
from baocao.fitplace import layout_warnings
from baocao.fixedyear import fixed_years
from baocao.history import History, headings_of, records_of
from baocao.laterreports import config_option, later_reports
from baocao.leftout import RowCells, left_out
from baocao.lock import build_lock
from baocao.models import Info, MonthlyData
from baocao.output import (
    backups_now,
    document_time,
    refuse_existing,
    remove_stale_temporaries,
    retire_pdf,
    write_document,
)
from baocao.paragraphfigures import paragraph_figures
from baocao.parse import parse_workbook
from baocao.pathforms import on_disk
from baocao.pdf import find_soffice, write_pdf
from baocao.period import Period, checked_period
from baocao.placeline import body_repeats_province, own_council, place_line, province_word
from baocao.quartertitles import quarter_index_titles
from baocao.ratiocolumns import ratio_beside_blank_base
from baocao.render import render_document
from baocao.sections import text_width_mm
from baocao.signerchars import config_invisibles
from baocao.sniff import MISSING_WORKBOOK
from baocao.templatecheck import check_template
from baocao.templatefile import TemplateBytes, read_sound_template, template_not_a_file
from baocao.timeseries import chart_series, trend_chart
from baocao.totalwords import total_words
from baocao.views import ReportContext


def refuses(problems: list[Problem], *, strict: bool) -> bool:
    """The rule for stopping: any error, or with ``strict`` any warning too (never a note)."""
    n = counts(problems)
    return n[Severity.ERROR] > 0 or (strict and n[Severity.WARNING] > 0)


def first_error(exc: BaocaoError) -> str:
    """One line for a log: the first error of a stopped run."""
    if isinstance(exc, InputError):
        errors = [p for p in exc.problems if p.severity is Severity.ERROR]
        warned = [p for p in exc.problems if p.severity is Severity.WARNING]
        return str(errors[0]) if errors else f"{exc} {warned[0]}" if warned else str(exc)
    return str(exc)


@dataclass(frozen=True)
class CheckResult:
    """Every problem found in a month's workbook and in the template; the context when usable."""

    workbook: Path
    template: Path
    problems: list[Problem]
    context: ReportContext | None
    cells: RowCells = dataclasses.field(default_factory=RowCells)  # where its rows are
    package: TemplateBytes | None = None  # the template as checked: what a build renders
    info: Info | None = None  # ThongTin's, when the workbook is usable

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not has_errors(self.problems)

    def refuses(self, *, strict: bool) -> bool:
        """Whether a build must stop on these problems (see ``refuses``)."""
        return refuses(self.problems, strict=strict)

    def to_json(self) -> dict[str, object]:
        """The result as ``check --json`` prints it."""
        return problems_json(self.workbook, self.template, self.problems)

    def summary(self) -> str:
        """The counts and the workbook, as the log line of ``check`` says them."""
        n = counts(self.problems)
        return f"{n[Severity.ERROR]} lỗi, {n[Severity.WARNING]} cảnh báo: {self.workbook}"


@dataclass(frozen=True)
class BuildResult:
    """The report (and PDF) written, backups of older files (with ``force``), the warnings."""

    output: Path
    pdf: Path | None
    backups: list[Path]
    problems: list[Problem]


def check_inputs(config: Config, period: Period, *, dry_run: bool = True) -> CheckResult:
    """Check ``<data_dir>/<Y>-<MM>.xlsx`` and the template; collects every problem.

    With usable data, the template is checked against the month's context and,
    with ``dry_run``, rendered once in memory.
    """
    period = checked_period(period)
    chart = config.appendix.enabled and config.appendix.chart
    with History(config.data_dir()) as history:
        return _check(config, period, history, dry_run=dry_run, chart=chart, draw=False)


def _check(
    config: Config,
    period: Period,
    history: History,
    *,
    dry_run: bool,
    chart: bool = False,
    draw: bool = True,
    asked: bool = False,
) -> CheckResult:
    """The checks of ``check_inputs``; with ``chart``, the chart's series too (its warnings
    go with the others), drawn when ``draw`` (a build); ``asked``: ``--chart`` was given."""
    path = config.workbook_path(period)
    template = config.template_path()
    problems, data, cells = _check_workbook(path, period, history, config)
    problems += filter(None, [chart_without_appendix(config, asked=asked)])
    problems += config_invisibles(config)
    problems += later_reports(config, period)  # built on this month's figures before they changed
    problems += [
        error(
            f"Chưa điền giá trị này trong tệp cấu hình (đang là «{TO_FILL}»).",
            config.source,
            place=key,
        )
        for key in config.unfilled()
    ]
    usable_file = template_not_a_file(template) is None
    # Read once: its checks, the chart's width and the render all take these bytes.
    package, trouble = read_sound_template(template) if usable_file else (None, None)
    context = None
    if data is not None:
        drawn = None
        first = next((i.code for i in data.indicators if i.parent is None), None)
        code = config.appendix.chart_code or first
        said = unknown_chart_code(config, history, period, chart=chart)
        if said is not None:
            problems.append(said)
        if said is not None and said.severity is Severity.ERROR:
            pass  # nothing to draw
        elif chart and code:
            # A sound template is given the chart, drawn for a build and a stand-in for a
            # check; without one, the series is read for its warnings only.
            placed = draw and package is not None
            try:
                if package is None:
                    months = chart_series(config, period, history, code).rows
                    bars = [r.period for r in months if r.value is not None]
                    shown = (months[0].period, period)
                else:
                    width = text_width_mm(package.data, config.layout)
                    drawn = trend_chart(config, period, width, history, code, draw=draw)
                    gaps = {*drawn.missing, *drawn.left_out}
                    bars = [p for p in drawn.periods if p not in gaps]
                    shown = (drawn.periods[0], period)
                if not bars and code in cells.codes:
                    problems.append(empty_chart(path, code, cells.codes[code], shown, asked=asked))
            except InputError as exc:
                if placed:
                    raise
                problems += [p for p in exc.problems if p not in history.problems]
        elif chart:  # no ChiTieu row: nothing to draw, said rather than left out unseen
            problems.append(nothing_to_chart(path, asked=asked))
        context = report_context(data, config, drawn, package)
    problems += history.problems  # earlier workbooks that could not be used
    written: set[str] = set()
    rendered: list[str] = []
    template_problems = (
        [error(trouble, template)]
        if trouble
        else check_template(
            template,
            context,
            dry_run=dry_run,
            written=written,
            package=package,
            rendered=rendered,
            locate=lambda exc: located(exc, template, path, cells.blank),
            appendix=config.appendix.enabled,
        )
    )
    usable = context if not has_errors(template_problems) else None
    info = data.info if data is not None else None
    problems = sort_problems(problems) + template_problems
    checked = CheckResult(path, template, problems, usable, cells, package, info)
    for text in rendered if dry_run else ():
        checked.problems.extend(_unprinted(checked, written, text, config))
    return checked


def _unprinted(checked: CheckResult, written: set[str], text: str, config: Config) -> list[Problem]:
    """What the workbook (or the config) gives that the rendered report, whose text is
    ``text``, leaves out (``leftout``; ``written``: what the template read)."""
    context, info = checked.context, checked.info
    if context is None or info is None:
        return []
    return left_out(context, info, written, text, checked.workbook, checked.cells, config)


def _check_workbook(
    path: Path, period: Period, history: History, config: Config
) -> tuple[list[Problem], MonthlyData | None, RowCells]:
    """The workbook's problems, its data (filled from history) when there is no error, and
    where its rows are."""
    try:
        raw = read_workbook(path)
    except InputError as exc:
        init = f"baocao init --month {period.month} --year {period.year}{config_option(config)}"
        return (
            [
                dataclasses.replace(
                    p, message=f"{p.message} Hãy tạo sổ của tháng bằng lệnh: {init}"
                )
                if p.message == MISSING_WORKBOOK
                else p
                for p in exc.problems
            ],
            None,
            RowCells(),
        )
    parsed = parse_workbook(raw, period=(period.year, period.month))
    problems = list(parsed.problems) + newer_copies(raw) + open_elsewhere(path)
    problems += quarter_index_titles(raw, parsed.locator, period, path)
    data = parsed.data
    if data is not None:
        filled = None
        if Period(data.info.year, data.info.month) == period:
            history.seed(period, path, records_of(data, parsed.locator), headings_of(data))
            kind = data.info.kind or config.report.kind
            revision = config.checks.revision_note_pct
            filled = fill_from_history(data, parsed.locator, path, history, kind, revision)
            data = filled.data
            problems += filled.problems
        problems += check_data(
            data,
            parsed.locator,
            path,
            period,
            config,
            filled.derived if filled else None,
            filled.unknown if filled else None,
        )
        problems += total_words(data, config) + place_line(config) + province_word(config)
        problems += own_council(config) + no_filing_line(config) + fixed_years(data, config)
        problems += body_repeats_province(config) + paragraph_figures(data, parsed.locator, path)
        if filled is not None:
            problems += ratio_beside_blank_base(raw, data, parsed.locator, path)
    cells = RowCells.of(data, parsed.locator) if data is not None else RowCells()
    return problems, None if has_errors(problems) else data, cells


def build_report(
    config: Config,
    period: Period,
    out: str | os.PathLike[str] | None = None,
    *,
    force: bool = False,
    pdf: bool = False,
    strict: bool = False,
    chart: bool = False,
) -> BuildResult:
    """Check the inputs and template, render, write the report (and PDF); nothing on error.

    With ``strict``, warnings stop the build too; ``chart`` adds the trend chart to the
    appendix (also ``[appendix] chart`` in the config). One build at a time per output folder.
    """
    period = checked_period(period)
    target = on_disk(Path(out)) if out is not None else config.output_path(period)
    if target.suffix.lower() != ".docx" or not target.stem:  # the CLI refuses --out so first
        raise TargetError(f"Báo cáo phải được ghi ra một tệp .docx, nhưng đường dẫn là {target}.")
    if same_file(target, config.template_path()):  # --force would replace the template
        raise TargetError(
            f"Báo cáo không được ghi lên chính mẫu báo cáo {target}. Hãy ghi ra tệp khác bằng "
            "--out."
        )
    pdf_target = target.with_suffix(".pdf") if pdf else None
    want_chart = config.appendix.enabled and (chart or config.appendix.chart)
    if want_chart:
        require_chart_library()
    stamp = document_time(period)
    with build_lock(target.parent):
        remove_stale_temporaries(target)  # a killed run's; the lock says none is live
        refuse_existing([target, *([pdf_target] if pdf_target else [])], force=force)
        if pdf:
            find_soffice()
        with History(config.data_dir()) as history:
            checked = _check(config, period, history, dry_run=False, chart=want_chart, asked=chart)
        if checked.context is None or checked.refuses(strict=strict):
            raise _refusal(checked)
        written: set[str] = set()
        try:
            document = render_document(
                checked.template,
                checked.context,
                config.layout,
                appendix=config.appendix.enabled,
                written=written,
                package=checked.package,
            )
        except TemplateError as exc:  # said as check's dry run says it
            said = located(exc, checked.template, checked.workbook, checked.cells.blank)
            raise TemplateCheckError([*checked.problems, said]) from exc
        text, printed = rendered_texts(document.docx, checked.context)  # printed: no appendix
        lost = check_complete(document.docx, checked.context, checked.template, text)
        if has_errors(lost):  # the safety net: text lost in rendering, whatever the cause
            raise TemplateCheckError(checked.problems + lost)
        left_out = lost + _unprinted(checked, written, printed, config)
        left_out += layout_warnings(document.docx, checked.context, checked.template)
        if left_out and strict:
            raise InputError(checked.problems + left_out)
        now = backups_now()  # the .docx's and the .pdf's backups are a pair
        backups = [
            write_document(
                document,
                target,
                stamp=stamp,
                title=checked.context.report.title,
                creator=" ".join(config.organization.issuing_body.split()),
                force=force,
                backup_time=now,
            )
        ]
        problems, kept = checked.problems + left_out, backups[0]  # kept: the old report
        with carried(problems):  # the report is written: a PDF's failure says its warnings
            if pdf_target is not None:
                backups.append(write_pdf(target, pdf_target, kept, force=force, backup_time=now))
            elif kept is not None:  # a report replaced: its old PDF shows old figures
                backups.append(retire_pdf(target, now, kept))
    return BuildResult(target, pdf_target, [b for b in backups if b], problems)


def _refusal(checked: CheckResult) -> InputError:
    """Template errors alone stop with the template's exit code; anything else is input."""
    errors = [p for p in checked.problems if p.severity is Severity.ERROR]
    if errors and all(p.file == checked.template for p in errors):
        return TemplateCheckError(checked.problems)
    return InputError(checked.problems)
