"""Reports of later months built before this month's workbook was last changed.

A month's figures flow into the months after it: the next month's «Tháng trước», the
year-to-date of the months after it in the year, and next year's «Cùng kỳ» (filled from
this workbook when the later workbook leaves them blank, or typed from it by hand). When
an office corrects a month after a later month's report is built (the usual case: the
statistics office revises August in September), that later report may print the old
figures, and nothing else would tell the office. A build of the corrected month says so,
as a note (``check`` and ``build`` alike): the later report is not wrong for certain (its
workbook may not use the changed figure), and a build of this month is what was asked.

A month of next year before this month's (October's revision, January to September next
year) takes none of its figures: its year-to-date restarts in January, its «Cùng kỳ» and
«Lũy kế cùng kỳ» are of last year's months up to its own, and its «Tháng trước» is of
this year only in January after December. Its report is not noted, unless it may show the
month in its trend chart (``[appendix] chart``, or a report holding a picture, as one built
with ``--chart`` does, or one that cannot be read), or its file is named for several months
(of the year alone), where one of them takes the figures.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from baocao.config import CONFIG_NAME, Config
from baocao.errors import Problem, note
from baocao.period import Period
from baocao.vnformat import command_word

LATER_MONTHS = 12  # next year's same month takes this one's figures as «Cùng kỳ»


def config_option(config: Config) -> str:
    """ " --config FILE" for a command to repeat, unless the config is baocao.toml here."""
    source = config.source
    if source is None or source.absolute() == Path(CONFIG_NAME).absolute():
        return ""
    return f" --config {command_word(str(source))}"


def _pictured(report: Path) -> bool:
    """Whether a report holds a picture (a chart), or cannot be read to tell."""
    try:
        with zipfile.ZipFile(report) as book:
            return any(name.startswith("word/media/") for name in book.namelist())
    except (OSError, zipfile.BadZipFile):
        return True


def _takes(period: Period, later: Period, config: Config, report: Path) -> bool:
    """Whether ``later``'s report (within the twelve months after ``period``) may print a
    figure of ``period``: a month of the same year, next year's from ``period``'s month on,
    the January after December; any, with the trend chart or a name of several months."""
    if later.year == period.year or later.month >= period.month or later == period.next():
        return True
    shared = report in (config.output_path(later.next()), config.output_path(later.previous()))
    return shared or config.appendix.chart or _pictured(report)


def later_reports(config: Config, period: Period) -> list[Problem]:
    """A note for each report of the ``LATER_MONTHS`` months after ``period`` that is older
    than ``period``'s workbook (a name the same for every month names none of them)."""
    try:
        changed = config.workbook_path(period).stat().st_mtime_ns
    except OSError:
        return []
    notes: list[Problem] = []
    seen, later = {config.output_path(period)}, period  # a name of the year alone: once
    for _ in range(LATER_MONTHS):
        later = later.next()
        report = config.output_path(later)
        try:
            if report in seen or report.stat().st_mtime_ns >= changed:
                continue
        except OSError:  # not built (or not to be seen): nothing to say
            continue
        if not _takes(period, later, config, report):
            continue
        seen.add(report)
        again = f"--month {later.month} --year {later.year}{config_option(config)}"
        notes.append(
            note(
                f"Báo cáo tháng {later.short} đã được tạo trước lần sửa gần nhất của sổ "
                f"{config.workbook_path(period).name} (tháng {period.short}), nên có thể còn "
                "số liệu cũ của tháng này (tháng trước, lũy kế, cùng kỳ). Hãy kiểm tra lại sổ "
                f"của tháng {later.short} bằng lệnh: baocao check {again}, rồi tạo lại báo cáo "
                f"đó bằng lệnh: baocao build {again} --force",
                report,
            )
        )
    return notes
