"""The library behind the CLI: check a month's inputs, build its report.

Two phases, as in pelican: everything is read and checked and the whole
context is built first; only then is one file written, atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from baocao.checks import check_data
from baocao.config import Config
from baocao.context import build_context
from baocao.errors import (
    InputError,
    Problem,
    Severity,
    TemplateCheckError,
    has_errors,
    sort_problems,
)
from baocao.excel import read_workbook
from baocao.lock import build_lock
from baocao.models import MonthlyData
from baocao.reader import parse_workbook
from baocao.render import (
    find_soffice,
    refuse_existing,
    render_document,
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
    if parsed.data is not None:
        problems += check_data(parsed.data, parsed.locator, path, month, year, change_limit)
    return problems, None if has_errors(problems) else parsed.data


def build_report(
    config: Config,
    month: int,
    year: int,
    out: Path | None = None,
    *,
    force: bool = False,
    pdf: bool = False,
    strict: bool = False,
) -> BuildResult:
    """Check the inputs and template, render, write the report (and PDF); nothing on error.

    With ``strict``, warnings stop the build too. One build at a time per output folder.
    """
    target = out if out is not None else config.output_path(month, year)
    pdf_target = target.with_suffix(".pdf") if pdf else None
    with build_lock(target.parent):
        refuse_existing([target, *([pdf_target] if pdf_target else [])], force=force)
        if pdf:
            find_soffice()
        checked = check_inputs(config, month, year, dry_run=False)
        if checked.context is None or (strict and checked.problems):
            raise _refusal(checked)
        document = render_document(checked.template, checked.context, config.layout)
        backups = [write_document(document, target, force=force)]
        if pdf_target is not None:
            backups.append(write_pdf(target, pdf_target, force=force))
    return BuildResult(target, pdf_target, [b for b in backups if b], checked.problems)


def _refusal(checked: CheckResult) -> InputError:
    """Template errors alone stop with the template's exit code; anything else is input."""
    errors = [p for p in checked.problems if p.severity is Severity.ERROR]
    if errors and all(p.file == checked.template for p in errors):
        return TemplateCheckError(checked.problems)
    return InputError(checked.problems)
