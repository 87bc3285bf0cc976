"""A later month's report built before this month's workbook was last changed: a note."""

from __future__ import annotations

import json
import os
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.cli import app
from baocao.config import load_config
from baocao.laterreports import fed, later_reports
from baocao.period import ROMAN, Period

from helpers import SAMPLE_TEMPLATE, write_config

ARGS = ["--month", "3", "--year", "2024"]
HOUR_AGO = time.time() - 3600


def _note(month: int, year: int, figures: str) -> str:
    again = f"--month {month} --year {year}"
    return (
        f"Báo cáo tháng {month}/{year} đã được tạo trước lần sửa gần nhất của sổ 2024-03.xlsx "
        f"(tháng 3/2024), nên có thể còn số liệu cũ của tháng này ({figures}). Hãy kiểm tra "
        f"lại sổ của tháng {month}/{year} bằng lệnh: baocao check {again}, rồi tạo lại báo "
        f"cáo đó bằng lệnh: baocao build {again} --force"
    )


def _report(workspace: Path, name: str, when: float = HOUR_AGO) -> Path:
    """A report file in out/ last written at ``when`` (its content is not read)."""
    path = workspace / "out" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"PK")
    os.utime(path, (when, when))
    return path


def _notes(*args: str) -> list[tuple[str, str]]:
    result = CliRunner().invoke(app, ["check", *ARGS, "--json", *args])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)["problems"]
    return [(Path(p["file"]).name, p["message"]) for p in found if p["severity"] == "info"]


def test_later_reports_older_than_the_workbook_are_noted(workspace: Path) -> None:
    """April's and next March's reports, older than March's workbook, are each noted at
    the report; April 2025's is past the twelve months that take March's figures."""
    for name in ("BaoCao_T04_2024.docx", "BaoCao_T03_2025.docx", "BaoCao_T04_2025.docx"):
        _report(workspace, name)
    assert _notes() == [
        ("BaoCao_T03_2025.docx", _note(3, 2025, "cùng kỳ, lũy kế cùng kỳ")),
        ("BaoCao_T04_2024.docx", _note(4, 2024, "tháng trước, lũy kế")),
    ]
    assert _notes("--strict") == _notes()  # a note never stops a run


def test_a_later_report_built_after_the_last_change_is_not_noted(workspace: Path) -> None:
    """A report newer than the workbook, and the month's own report, say nothing."""
    _report(workspace, "BaoCao_T05_2024.docx", when=time.time() + 60)
    _report(workspace, "BaoCao_T03_2024.docx")
    _report(workspace, "BaoCao_T02_2024.docx")  # an earlier month takes nothing of March
    assert _notes() == []


def test_one_name_for_every_month_is_the_months_own_report(workspace: Path) -> None:
    """With an output name of no month, the one report is this month's: nothing to note."""
    config = workspace / "baocao.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            'output_dir = "out"\n', 'output_dir = "out"\noutput_name = "BaoCao.docx"\n'
        ),
        encoding="utf-8",
    )
    _report(workspace, "BaoCao.docx")
    assert _notes() == []


def test_a_build_counts_the_note_and_check_says_it(workspace: Path) -> None:
    """build writes the report and points at check for the note."""
    _report(workspace, "BaoCao_T04_2024.docx")
    result = CliRunner().invoke(app, ["build", *ARGS])
    assert result.exit_code == 0
    assert result.stderr == "1 ghi chú: xem chi tiết bằng baocao check --month 3 --year 2024\n"


def test_a_report_named_by_the_year_alone_is_noted_once(workspace: Path) -> None:
    """The months after March that share one file name (of the year) give one note."""
    config = workspace / "baocao.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            'output_dir = "out"\n', 'output_dir = "out"\noutput_name = "BaoCao_{year}.docx"\n'
        ),
        encoding="utf-8",
    )
    _report(workspace, "BaoCao_2025.docx")
    assert _notes() == [("BaoCao_2025.docx", _note(3, 2025, "cùng kỳ, lũy kế cùng kỳ"))]


def test_a_template_named_as_a_later_report_is_no_report(workspace: Path) -> None:
    """review31: the office's template kept in out/ under April's report name (its last
    report, edited into a template): it was noted as April's report, with «baocao build
    --month 4 --year 2024 --force», which refuses to write over the template. It is the
    template, no report: nothing to note. Another later report is still noted."""
    template = _report(workspace, "BaoCao_T04_2024.docx")
    template.write_bytes(SAMPLE_TEMPLATE.read_bytes())
    os.utime(template, (HOUR_AGO, HOUR_AGO))
    write_config(workspace, template=template)
    _report(workspace, "BaoCao_T05_2024.docx")
    assert _notes() == [("BaoCao_T05_2024.docx", _note(5, 2024, "lũy kế"))]


def _zipped(path: Path, month: Period) -> None:
    """``path`` made a zip whose entry is dated the first day of ``month``, as a build dates
    every entry of its report (``output.document_time``), last written an hour ago."""
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(
            zipfile.ZipInfo("word/document.xml", (month.year, month.month, 1, 0, 0, 0)), ""
        )
    os.utime(path, (HOUR_AGO, HOUR_AGO))


@pytest.mark.parametrize(
    ("corrected", "built", "said", "figures"),
    [
        (Period(2024, 3), Period(2024, 6), 6, "lũy kế"),
        (Period(2024, 2), Period(2024, 3), 3, "tháng trước, lũy kế"),
    ],
    ids=["later-quarter", "own-quarter"],
)
def test_a_report_named_by_the_quarter_is_noted_as_the_month_it_holds(
    workspace: Path, corrected: Period, built: Period, said: int, figures: str
) -> None:
    """review31: with an output name of the quarter, «BaoCao_Q{quarter}_{year}.docx», the
    file of quý II holds the last month built (June): March's correction noted it as April's
    report, «… baocao build --month 4 --year 2024 --force», which would write April's report
    over June's. February's correction said nothing of quý I's file, which holds March's
    report, built on February's figures. The month a report holds is the date of its
    entries."""
    config = workspace / "baocao.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            'output_dir = "out"\n',
            'output_dir = "out"\noutput_name = "BaoCao_Q{quarter}_{year}.docx"\n',
        ),
        encoding="utf-8",
    )
    (workspace / "data" / f"{corrected.iso}.xlsx").touch()
    report = _report(workspace, f"BaoCao_Q{ROMAN[built.quarter - 1]}_2024.docx")
    _zipped(report, built)
    again = f"--month {said} --year 2024"
    assert [p.message for p in later_reports(load_config(config), corrected)] == [
        f"Báo cáo tháng {said}/2024 đã được tạo trước lần sửa gần nhất của sổ {corrected.iso}.xlsx "
        f"(tháng {corrected.short}), nên có thể còn số liệu cũ của tháng này ({figures}). Hãy "
        f"kiểm tra lại sổ của tháng {said}/2024 bằng lệnh: baocao check "
        f"{again}, rồi tạo lại báo cáo đó bằng lệnh: baocao build {again} --force"
    ]


def test_a_report_named_by_the_year_holding_a_month_past_the_twelve_is_not_noted(
    workspace: Path,
) -> None:
    """review31: the year's file holding April 2025's report, which takes nothing of March
    2024 (past the twelve months), was noted as January 2025's, with the command to write
    January's report over it."""
    config = workspace / "baocao.toml"
    named = 'output_dir = "out"\noutput_name = "BaoCao_{year}.docx"\n'
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('output_dir = "out"\n', named), encoding="utf-8")
    _zipped(_report(workspace, "BaoCao_2025.docx"), Period(2025, 4))
    assert _notes() == []
    _zipped(_report(workspace, "BaoCao_2025.docx"), Period(2025, 2))
    assert _notes() == []  # February 2025 takes nothing of March 2024
    _zipped(_report(workspace, "BaoCao_2025.docx"), Period(2025, 3))
    assert _notes() == [("BaoCao_2025.docx", _note(3, 2025, "cùng kỳ, lũy kế cùng kỳ"))]


@pytest.mark.parametrize(
    ("later", "figures"),
    [
        (Period(2024, 4), ["tháng trước", "lũy kế"]),
        (Period(2024, 12), ["lũy kế"]),
        (Period(2025, 1), []),  # the year-to-date starts again; its last month is December
        (Period(2025, 2), []),
        (Period(2025, 3), ["cùng kỳ", "lũy kế cùng kỳ"]),
        (Period(2025, 4), ["lũy kế cùng kỳ"]),
    ],
)
def test_which_figures_a_later_month_takes(later: Period, figures: list[str]) -> None:
    """A later month's figures that March 2024's may have made: the note names them, and
    a month taking none (January and February 2025) is not noted."""
    assert fed(Period(2024, 3), later) == figures


def _docx(workspace: Path, name: str, *, picture: bool = False) -> None:
    """A report (a zip, as a .docx is) built an hour ago, with a picture (a chart) or not."""
    path = workspace / "out" / name
    path.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("word/document.xml", "<w:document/>")
        if picture:
            book.writestr("word/media/image1.png", b"\x89PNG")
    os.utime(path, (HOUR_AGO, HOUR_AGO))


def test_next_years_months_before_this_one_are_noted_for_the_chart_alone(
    workspace: Path,
) -> None:
    """office43: a trial office revised October 2026 after its January 2027 report was
    built and was told to rebuild it, though January takes none of October's figures. For
    March 2024: January and February 2025 take nothing, but a report with a picture, as
    one built with --chart, or any with `[appendix] chart`, may show March in its chart."""
    for name in ("BaoCao_T12_2024.docx", "BaoCao_T01_2025.docx", "BaoCao_T03_2025.docx"):
        _docx(workspace, name)
    _docx(workspace, "BaoCao_T02_2025.docx", picture=True)
    assert _notes() == [
        ("BaoCao_T02_2025.docx", _note(2, 2025, "biểu đồ xu hướng")),
        ("BaoCao_T03_2025.docx", _note(3, 2025, "cùng kỳ, lũy kế cùng kỳ")),
        ("BaoCao_T12_2024.docx", _note(12, 2024, "lũy kế")),
    ]
    config = workspace / "baocao.toml"
    with config.open("a", encoding="utf-8") as handle:
        handle.write("\n[appendix]\nchart = true\n")
    assert _notes() == [
        ("BaoCao_T01_2025.docx", _note(1, 2025, "biểu đồ xu hướng")),
        ("BaoCao_T02_2025.docx", _note(2, 2025, "biểu đồ xu hướng")),
        ("BaoCao_T03_2025.docx", _note(3, 2025, "cùng kỳ, lũy kế cùng kỳ, biểu đồ xu hướng")),
        ("BaoCao_T12_2024.docx", _note(12, 2024, "lũy kế, biểu đồ xu hướng")),
    ]


def test_a_templates_own_picture_is_no_chart(workspace: Path) -> None:
    """A template with a picture of its own (an emblem, a logo) gives every report one: a
    report is noted for the chart only with a picture more than its template's (review32:
    February 2025's report, built from such a template without --chart, was noted
    «(biểu đồ xu hướng)»)."""
    template = workspace / "mau_co_logo.docx"
    with zipfile.ZipFile(SAMPLE_TEMPLATE) as sample, zipfile.ZipFile(template, "w") as book:
        for entry in sample.infolist():
            book.writestr(entry, sample.read(entry))
        book.writestr("word/media/logo.png", b"\x89PNG")
    write_config(workspace, template=template)
    _docx(workspace, "BaoCao_T02_2025.docx", picture=True)  # the template's logo alone
    assert _notes() == []
    with zipfile.ZipFile(workspace / "out" / "BaoCao_T02_2025.docx", "a") as book:
        book.writestr("word/media/image2.png", b"\x89PNG")  # and a chart
    os.utime(workspace / "out" / "BaoCao_T02_2025.docx", (HOUR_AGO, HOUR_AGO))
    assert _notes() == [("BaoCao_T02_2025.docx", _note(2, 2025, "biểu đồ xu hướng"))]


def _damaged(path: Path, damage: str) -> None:
    """``path`` made a zip that zipfile cannot list, with more than ``BadZipFile``: its
    part needs a later zip version (7.0: ``NotImplementedError``), or its name, flagged
    UTF-8, is not (``UnicodeDecodeError``); last written an hour ago."""
    path.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("word/document.xml", "<w:document/>")
    data = bytearray(path.read_bytes())
    listed = data.rfind(b"PK\x01\x02")  # the part's entry in the central directory
    if damage == "version":
        data[listed + 6] = 70
    else:
        data[listed + 9] |= 0x08  # bit 11 of the flags: the name is UTF-8
        data[listed + 46] = 0xFF
    path.write_bytes(bytes(data))
    os.utime(path, (HOUR_AGO, HOUR_AGO))


@pytest.mark.parametrize("damage", ["version", "name"])
@pytest.mark.parametrize(
    ("output_name", "report", "said"),
    [
        (
            "BaoCao_T{month:02d}_{year}.docx",
            "BaoCao_T04_2024.docx",
            _note(4, 2024, "tháng trước, lũy kế"),
        ),
        ("BaoCao_{year}.docx", "BaoCao_2025.docx", _note(3, 2025, "cùng kỳ, lũy kế cùng kỳ")),
    ],
    ids=["month", "year"],
)
def test_a_damaged_zip_named_as_a_later_report_is_no_traceback(
    workspace: Path, damage: str, output_name: str, report: str, said: str
) -> None:
    """A file named as a later report that zipfile could not list with more than
    BadZipFile stopped every check and build of March with a traceback ("NotImplementedError:
    zip file version 7.0", "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff"): the
    look for a chart, or for the month a shared name holds. It is read as no report of
    baocao's, and noted as its name says."""
    config = workspace / "baocao.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            'output_dir = "out"\n', f'output_dir = "out"\noutput_name = "{output_name}"\n'
        ),
        encoding="utf-8",
    )
    _damaged(workspace / "out" / report, damage)
    assert _notes() == [(report, said)]
