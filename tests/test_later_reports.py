"""A later month's report built before this month's workbook was last changed: a note."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from typer.testing import CliRunner

from baocao.cli import app

ARGS = ["--month", "3", "--year", "2024"]
HOUR_AGO = time.time() - 3600


def _note(month: int, year: int) -> str:
    again = f"--month {month} --year {year}"
    return (
        f"Báo cáo tháng {month}/{year} đã được tạo trước lần sửa gần nhất của sổ 2024-03.xlsx "
        "(tháng 3/2024), nên có thể còn số liệu cũ của tháng này (tháng trước, lũy kế, cùng "
        f"kỳ). Hãy kiểm tra lại sổ của tháng {month}/{year} bằng lệnh: baocao check {again}, "
        f"rồi tạo lại báo cáo đó bằng lệnh: baocao build {again} --force"
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
        ("BaoCao_T03_2025.docx", _note(3, 2025)),
        ("BaoCao_T04_2024.docx", _note(4, 2024)),
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
    assert _notes() == [("BaoCao_2025.docx", _note(1, 2025))]


def _docx(workspace: Path, name: str, *, picture: bool = False) -> None:
    """A report (a zip, as a .docx is) built an hour ago, with a picture (a chart) or not."""
    import zipfile

    path = workspace / "out" / name
    path.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("word/document.xml", "<w:document/>")
        if picture:
            book.writestr("word/media/image1.png", b"\x89PNG")
    os.utime(path, (HOUR_AGO, HOUR_AGO))


def test_next_years_months_before_this_one_take_nothing(workspace: Path) -> None:
    """A trial office revised October 2026 after its January 2027 report was built and was
    told to rebuild it ("có thể còn số liệu cũ … (tháng trước, lũy kế, cùng kỳ)"), though
    January's year-to-date restarts, its «Cùng kỳ» is last January and its «Tháng trước»
    December. For March 2024: January and February 2025 take nothing; December 2024 (the
    year-to-date) and March 2025 («Cùng kỳ») do; a report with a picture, as one built with
    --chart, may show March in its trend chart."""
    for name in ("BaoCao_T12_2024.docx", "BaoCao_T01_2025.docx", "BaoCao_T03_2025.docx"):
        _docx(workspace, name)
    _docx(workspace, "BaoCao_T02_2025.docx", picture=True)
    assert _notes() == [
        ("BaoCao_T02_2025.docx", _note(2, 2025)),
        ("BaoCao_T03_2025.docx", _note(3, 2025)),
        ("BaoCao_T12_2024.docx", _note(12, 2024)),
    ]
    config = workspace / "baocao.toml"
    with config.open("a", encoding="utf-8") as handle:
        handle.write("\n[appendix]\nchart = true\n")
    assert [name for name, _ in _notes()] == [
        "BaoCao_T01_2025.docx",
        "BaoCao_T02_2025.docx",
        "BaoCao_T03_2025.docx",
        "BaoCao_T12_2024.docx",
    ]
