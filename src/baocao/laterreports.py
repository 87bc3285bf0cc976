"""Reports of later months built before this month's workbook was last changed.

A month's figures flow into the months after it (``fed``): the next month's «Tháng
trước», the year-to-date of the months after it in the year, next year's same month's
«Cùng kỳ» and the «Lũy kế cùng kỳ» of next year's months from it on (filled from this
workbook when the later workbook leaves them blank, or typed from it by hand); next
year's earlier months take nothing of it, but in the trend chart, which shows the
months before its own (office43). When
an office corrects a month after a later month's report is built (the usual case: the
statistics office revises August in September), that later report may print the old
figures, and nothing else would tell the office. A build of the corrected month says so,
as a note (``check`` and ``build`` alike): the later report is not wrong for certain (its
workbook may not use the changed figure), and a build of this month is what was asked.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from baocao.config import CONFIG_NAME, Config
from baocao.errors import Problem, note
from baocao.files import same_file
from baocao.period import Period, periods_between
from baocao.sniff import CORRUPT_ZIP
from baocao.vnformat import command_word

LATER_MONTHS = 12  # next year's same month takes this one's figures as «Cùng kỳ»


def config_option(config: Config) -> str:
    """ " --config FILE" for a command to repeat, unless the config is baocao.toml here."""
    source = config.source
    if source is None or source.absolute() == Path(CONFIG_NAME).absolute():
        return ""
    return f" --config {command_word(str(source))}"


def built_month(report: Path) -> Period | None:
    """The month whose report ``report`` is: the date of its entries, the month's first day
    (``output.document_time``); None when it is no zip so dated (``$SOURCE_DATE_EPOCH``),
    or no file (``_parts``)."""
    dates = {entry.date_time for entry in _parts(report)}
    if len(dates) != 1 or (date := dates.pop())[2:] != (1, 0, 0, 0):
        return None
    return Period(date[0], date[1])


def fed(changed: Period, later: Period) -> list[str]:
    """The figures of ``later``'s workbook that ``changed``'s figures may have made, as
    the note names them (none: ``later`` takes nothing of ``changed``)."""
    figures = []
    if later == changed.next():
        figures.append("tháng trước")
    if later.year == changed.year and later > changed:
        figures.append("lũy kế")
    if later.year == changed.year + 1 and later.month == changed.month:
        figures.append("cùng kỳ")
    if later.year == changed.year + 1 and later.month >= changed.month:
        figures.append("lũy kế cùng kỳ")
    return figures


def _charted(config: Config, report: Path, changed: Period, later: Period) -> bool:
    """Whether ``later``'s report may show ``changed`` in its trend chart (office43): the
    config draws one (``[appendix] chart``), or the report holds a picture more than its
    template (an emblem, a logo, is the template's own), as one built with ``--chart``
    does; and ``changed`` is one of the chart's months."""
    if later <= changed or len(periods_between(changed, later)) > config.appendix.chart_months:
        return False
    if config.appendix.enabled and config.appendix.chart:
        return True
    return _pictures(report) > _pictures(config.template_path())


def _pictures(docx: Path) -> int:
    """How many pictures the .docx ``docx`` holds; 0 when it is none (no zip, not seen)."""
    return sum(part.filename.startswith("word/media/") for part in _parts(docx))


def _parts(report: Path) -> list[zipfile.ZipInfo]:
    """The parts ``report``'s zip lists; none when it is no zip that can be listed (no
    report of baocao's). A damaged zip raises more than ``BadZipFile``: a version past
    zipfile's, ``NotImplementedError``; a name flagged UTF-8 that is not,
    ``UnicodeDecodeError``. Either stopped every check of the earlier month with a
    traceback."""
    try:
        if not stat.S_ISREG(report.stat().st_mode):  # a FIFO would block (the template's too)
            return []
        with zipfile.ZipFile(report) as book:
            return book.infolist()
    except (*CORRUPT_ZIP, OSError, ValueError):
        return []


def _held(report: Path, months: list[Period], changed: Period) -> Period | None:
    """Which of the ``months`` whose report is named ``report`` it holds: the one, else the
    month it was built for (``built_month``: a name of the quarter holds the last month
    built; None when that is none of them), else, not known, ``changed``'s own when it is
    one of them, or the first that takes figures of ``changed``."""
    built = built_month(report) if len(months) > 1 else None
    if built is None:
        return next((m for m in months if m == changed or fed(changed, m)), months[0])
    return built if built in months else None


def later_reports(config: Config, period: Period) -> list[Problem]:
    """A note for each report of the ``LATER_MONTHS`` months after ``period`` that is older
    than ``period``'s workbook (a name shared by months, of the quarter or the year: once,
    as the month it holds, ``_held``; the template kept under a later report's name is no
    report, and its build is refused)."""
    try:
        changed = config.workbook_path(period).stat().st_mtime_ns
    except OSError:
        return []
    named: dict[Path, list[Period]] = {config.output_path(period): [period]}
    month = period
    for _ in range(LATER_MONTHS):
        month = month.next()
        named.setdefault(config.output_path(month), []).append(month)
    template = config.template_path()
    notes: list[Problem] = []
    for report, months in named.items():
        try:
            info = report.stat()
        except OSError:  # not built (or not to be seen): nothing to say
            continue
        # A FIFO named as a report blocked every check on its open (_charted), for ever; a
        # folder was said a report: neither is one (a link is as the file it names).
        if not stat.S_ISREG(info.st_mode) or info.st_mtime_ns >= changed:
            continue
        if same_file(report, template):
            continue
        later = _held(report, months, period)
        figures = fed(period, later) if later is not None else []
        if later is not None and _charted(config, report, period, later):
            figures.append("biểu đồ xu hướng")
        if later is None or not figures:  # another month's, this month's own, or taking none
            continue
        again = f"--month {later.month} --year {later.year}{config_option(config)}"
        notes.append(
            note(
                f"Báo cáo tháng {later.short} đã được tạo trước lần sửa gần nhất của sổ "
                f"{config.workbook_path(period).name} (tháng {period.short}), nên có thể còn "
                f"số liệu cũ của tháng này ({', '.join(figures)}). Hãy kiểm tra lại sổ "
                f"của tháng {later.short} bằng lệnh: baocao check {again}, rồi tạo lại báo cáo "
                f"đó bằng lệnh: baocao build {again} --force",
                report,
            )
        )
    return notes
