"""A new office and a new month: ``setup_office`` writes a folder's config and first
workbook, ``new_month_workbook`` (``baocao init``) the month's workbook to fill, its rows
taken from the latest earlier workbook."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from baocao.config import CONFIG_NAME, Config, load_config
from baocao.errors import OutputExistsError, Problem, warning
from baocao.excel import write_workbook
from baocao.history import History
from baocao.lock import build_lock
from baocao.misnamed import misnamed
from baocao.newmonth import Source, choose_source, new_month_sheets
from baocao.output import missing_folders, remove_stale_temporaries, write_atomic
from baocao.pathforms import on_disk
from baocao.period import Period, checked_period
from baocao.starter import STARTER_CONFIG


@dataclass(frozen=True)
class NewMonthWorkbook:
    """The new month workbook written, the earlier workbook its rows came from (None: the
    default list), and a warning for each newer workbook passed over."""

    path: Path
    source: Path | None
    problems: list[Problem] = field(default_factory=list)


def new_month_workbook(
    config: Config, period: Period, *, command: str = "init"
) -> NewMonthWorkbook:
    """Write ``<data_dir>/<Y>-<MM>.xlsx`` ready to fill; never replaces a workbook (the
    refusal names ``command``, the one typed: ``setup`` writes its first workbook here too)."""
    period = checked_period(period)
    path = config.workbook_path(period)
    with build_lock(path.parent, "tạo sổ dữ liệu"):
        remove_stale_temporaries(path)
        if os.path.lexists(path):
            raise OutputExistsError(f"Sổ dữ liệu {path} đã có; baocao {command} không ghi đè.")
        if others := misnamed(path.parent).get(period):  # begun as "2024-4.xlsx": check's
            # missing workbook names it to rename; a second, empty one would hide it
            raise OutputExistsError(
                f"Thư mục dữ liệu {path.parent} chưa có sổ {path.name} nhưng có "
                f"{', '.join(f'«{n}»' for n in others)}: nếu đó là sổ tháng {period.short}, "
                f"hãy đổi tên thành {path.name}; nếu không, hãy dời tệp đó sang thư mục khác "
                f"rồi chạy lại. baocao {command} không tạo sổ thứ hai cho cùng một tháng."
            )
        with History(config.data_dir()) as history:
            source = choose_source(history, period)
            sheets = new_month_sheets(period, source.data, history)
            write_atomic(path, lambda tmp: write_workbook(tmp, sheets), force=False)
            gap = _last_month_missing(config, period, source, history)
            return NewMonthWorkbook(path, source.path, source.problems + history.problems + gap)


def _last_month_missing(
    config: Config, period: Period, source: Source, history: History
) -> list[Problem]:
    """A warning when the rows came from an earlier workbook and last month's workbook is
    not in the data folder (not one passed over, which is said already): the new
    workbook's Tháng trước is blank, and so would the report's comparison be."""
    last = period.previous()
    if source.path is None or source.data is None or last in history.files:
        return []
    info = source.data.info
    return [
        warning(
            f"Thư mục dữ liệu chưa có sổ tháng {last.short} ({config.workbook_path(last).name}): "
            f"sổ mới lấy chỉ tiêu theo sổ tháng {info.month}/{info.year} ({source.path.name}) và "
            "để trống cột «Tháng trước», nên báo cáo sẽ bỏ phần so với tháng trước và không tự "
            "cộng được «Lũy kế». Hãy điền các cột này, hoặc tạo và điền sổ tháng "
            f"{last.short} (baocao init --month {last.month} --year {last.year}): ô để trống sẽ "
            "được lấy từ sổ đó.",
            config.data_dir(),
        )
    ]


@dataclass(frozen=True)
class NewOffice:
    """A new office's folder: its config to fill and its first month workbook."""

    config: Path
    workbook: Path


def setup_office(folder: str | os.PathLike[str], period: Period) -> NewOffice:
    """Write ``folder/baocao.toml`` (names left to fill) and the month's workbook of
    the starter indicators in ``folder/data``; refuses a folder that has a config.

    All or nothing: the config is written to a temporary file first and moved into
    place only once the workbook is written, so a failure (a full disk) leaves no
    config behind to make the next ``setup`` refuse, and no folder it made.
    """
    folder, period = on_disk(Path(folder)), checked_period(period)  # typed NFD, named NFC
    path = folder / CONFIG_NAME
    if os.path.lexists(path):
        raise OutputExistsError(
            f"Thư mục {folder} đã có tệp cấu hình {CONFIG_NAME}; baocao setup không ghi đè."
        )
    made = missing_folders(folder)
    workbook: list[Path] = []

    def write(tmp: Path) -> None:
        tmp.write_text(STARTER_CONFIG, encoding="utf-8")
        config = load_config(tmp).model_copy(update={"source": path})
        data = config.data_dir()
        made[:0] = missing_folders(data)
        workbook.append(new_month_workbook(config, period, command="setup").path)

    try:
        write_atomic(path, write, force=False)
    except BaseException:
        for written in workbook:  # the workbook was written, the config was not: take it back
            written.unlink(missing_ok=True)
        for created in made:  # innermost first; only what this setup made
            with contextlib.suppress(OSError):
                created.rmdir()
        raise
    return NewOffice(path, workbook[0])
