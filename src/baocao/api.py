"""The library behind the CLI: check a month's inputs, build its report.

Two phases, as in pelican: everything is read and checked and the whole
context is built first; only then is one file written, atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from baocao.chart import TrendChart, require_chart_library
from baocao.checks import check_data
from baocao.config import Config
from baocao.context import build_context
from baocao.errors import (
    InputError,
    OutputExistsError,
    Problem,
    Severity,
    TemplateCheckError,
    error,
    has_errors,
    sort_problems,
)
from baocao.excel import read_workbook, write_workbook
from baocao.history import History, Period, SeriesRow, fill_from_history, preceding, series
from baocao.lock import build_lock
from baocao.models import MonthlyData
from baocao.newmonth import latest_before, new_month_sheets
from baocao.reader import parse_workbook
from baocao.render import (
    document_time,
    find_soffice,
    refuse_existing,
    render_document,
    text_width_mm,
    write_atomic,
    write_document,
    write_pdf,
)
from baocao.templatecheck import check_template


@dataclass(frozen=True)
class CheckResult:
    """Every problem found in a month's workbook and in the template; the context when usable."""

    workbook: Path
    template: Path
    problems: list[Problem]
    context: dict[str, Any] | None

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not has_errors(self.problems)


@dataclass(frozen=True)
class BuildResult:
    """The report (and PDF) written, backups of older files (with ``force``), the warnings."""

    output: Path
    pdf: Path | None
    backups: list[Path]
    problems: list[Problem]


def check_inputs(config: Config, month: int, year: int, *, dry_run: bool = True) -> CheckResult:
    """Check ``<data_dir>/<Y>-<MM>.xlsx`` and the template; collects every problem.

    With usable data, the template is checked against the month's context and,
    with ``dry_run``, rendered once in memory.
    """
    path = config.workbook_path(month, year)
    template = config.template_path()
    problems, data = _check_workbook(path, month, year, config.checks.change_warning_pct)
    context = build_context(data, config) if data is not None else None
    template_problems = check_template(template, context, dry_run=dry_run)
    usable = context if not has_errors(template_problems) else None
    return CheckResult(path, template, sort_problems(problems) + template_problems, usable)


def _check_workbook(
    path: Path, month: int, year: int, change_limit: Decimal
) -> tuple[list[Problem], MonthlyData | None]:
    """The workbook's problems, and its data when there is no error."""
    try:
        raw = read_workbook(path)
    except InputError as exc:
        return exc.problems, None
    parsed = parse_workbook(raw)
    problems = list(parsed.problems)
    data = parsed.data
    if data is not None:
        if (data.info.month, data.info.year) == (month, year):
            data, notes = fill_from_history(data, parsed.locator, path, History(path.parent))
            problems += notes
        problems += check_data(data, parsed.locator, path, month, year, change_limit)
    return problems, None if has_errors(problems) else data


def build_report(
    config: Config,
    month: int,
    year: int,
    out: Path | None = None,
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
    target = out if out is not None else config.output_path(month, year)
    pdf_target = target.with_suffix(".pdf") if pdf else None
    want_chart = config.appendix.enabled and (chart or config.appendix.chart)
    if want_chart:
        require_chart_library()
    with build_lock(target.parent):
        refuse_existing([target, *([pdf_target] if pdf_target else [])], force=force)
        if pdf:
            find_soffice()
        checked = check_inputs(config, month, year, dry_run=False)
        warned = any(p.severity is Severity.WARNING for p in checked.problems)
        if checked.context is None or (strict and warned):
            raise _refusal(checked)
        chart_drawn = None
        if want_chart:
            width = text_width_mm(checked.template, config.layout)
            chart_drawn = trend_chart(config, month, year, width)
        document = render_document(
            checked.template,
            checked.context,
            config.layout,
            appendix=config.appendix.enabled,
            chart=chart_drawn,
        )
        stamp = document_time(month, year)
        backups = [write_document(document, target, stamp=stamp, force=force)]
        if pdf_target is not None:
            backups.append(write_pdf(target, pdf_target, force=force))
    return BuildResult(target, pdf_target, [b for b in backups if b], checked.problems)


def _refusal(checked: CheckResult) -> InputError:
    """Template errors alone stop with the template's exit code; anything else is input."""
    errors = [p for p in checked.problems if p.severity is Severity.ERROR]
    if errors and all(p.file == checked.template for p in errors):
        return TemplateCheckError(checked.problems)
    return InputError(checked.problems)


@dataclass(frozen=True)
class InitResult:
    """The new month's workbook, and the earlier workbook its rows came from."""

    path: Path
    source: Path | None


def write_input_template(config: Config, month: int, year: int) -> InitResult:
    """Write ``<data_dir>/<Y>-<MM>.xlsx`` ready to fill; never overwrites a workbook."""
    path = config.workbook_path(month, year)
    if path.exists():
        raise OutputExistsError(f"Sổ dữ liệu {path} đã có; baocao init không ghi đè.")
    history = History(path.parent)
    source_path = latest_before(history, month, year)
    source = None
    if source_path is not None:
        parsed = parse_workbook(read_workbook(source_path))
        if parsed.data is None:
            raise InputError(
                [
                    error(
                        f"Không dùng được sổ {source_path.name} làm mẫu vì sổ có lỗi; hãy sửa "
                        "các lỗi dưới đây rồi chạy lại.",
                        source_path,
                    ),
                    *[p for p in parsed.problems if p.severity is Severity.ERROR],
                ]
            )
        source = parsed.data
    sheets = new_month_sheets(month, year, source, history)
    write_atomic(path, lambda tmp: write_workbook(tmp, sheets), force=False)
    return InitResult(path, source_path)


@dataclass(frozen=True)
class Series:
    """One indicator's monthly series across the workbooks of the data folder."""

    code: str
    name: str
    unit: str
    decimals: int
    rows: list[SeriesRow]


def history_series(
    config: Config, code: str, start: Period | None = None, end: Period | None = None
) -> Series:
    """The series of ``code`` from ``start`` to ``end`` (default: every workbook's month)."""
    folder = config.resolve(config.paths.data_dir)
    history = History(folder)
    record = history.describe(code)
    if record is None:
        raise InputError(
            [
                error(
                    f"Không có chỉ tiêu mã «{code}» trong các sổ dữ liệu của thư mục {folder}.",
                    folder,
                )
            ]
        )
    first = start or min(history.files)
    last = end or max(history.files)
    return Series(
        code, record.name, record.unit, record.decimals, series(history, code, first, last)
    )


def trend_chart(config: Config, month: int, year: int, width_mm: float) -> TrendChart:
    """The chart of the configured indicator over the last months, from the data folder."""
    from baocao.chart import make_chart

    code = config.appendix.chart_code
    end: Period = (year, month)
    start = end
    for _ in range(config.appendix.chart_months - 1):
        start = preceding(start)
    found = history_series(config, code, start, end)
    return make_chart(found.rows, found.name, found.unit, found.decimals, width_mm)
