"""The library behind the CLI: check a month's inputs, build its report.

Two phases, as in pelican: everything is read and checked and the whole
context is built first; only then is one file written, atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from baocao.checks import check_data
from baocao.config import Config
from baocao.context import build_context
from baocao.errors import InputError, Problem, has_errors, sort_problems
from baocao.excel import read_workbook
from baocao.models import MonthlyData
from baocao.reader import parse_workbook
from baocao.render import render_document, write_document


@dataclass(frozen=True)
class CheckResult:
    """Every problem found in a month's workbook, and its data when there is no error."""

    workbook: Path
    problems: list[Problem]
    data: MonthlyData | None

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not has_errors(self.problems)


@dataclass(frozen=True)
class BuildResult:
    """The report written, the backup of an older one (with ``force``), and the warnings."""

    output: Path
    backup: Path | None
    problems: list[Problem]


def check_inputs(config: Config, month: int, year: int) -> CheckResult:
    """Read and check ``<data_dir>/<Y>-<MM>.xlsx``; collects every problem, raises nothing."""
    path = config.workbook_path(month, year)
    try:
        raw = read_workbook(path)
    except InputError as exc:
        return CheckResult(path, exc.problems, None)
    parsed = parse_workbook(raw)
    problems = list(parsed.problems)
    if parsed.data is not None:
        problems += check_data(parsed.data, parsed.locator, path, month, year)
    data = None if has_errors(problems) else parsed.data
    return CheckResult(path, sort_problems(problems), data)


def build_report(
    config: Config, month: int, year: int, out: Path | None = None, *, force: bool = False
) -> BuildResult:
    """Check the inputs, render the template and write the report; writes nothing on error."""
    checked = check_inputs(config, month, year)
    if checked.data is None:
        raise InputError(checked.problems)
    context = build_context(checked.data, config)
    document = render_document(config.template_path(), context)
    target = out if out is not None else config.output_path(month, year)
    backup = write_document(document, target, force=force)
    return BuildResult(target, backup, checked.problems)
