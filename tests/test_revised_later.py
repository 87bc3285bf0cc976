"""A «Tháng trước» that ``init`` copied from last month's estimate, then that estimate
corrected in last month's workbook (the statistics office's revision, typed after the next
month's report was built): the warning said "báo cáo dùng số mới" of the old figure."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period

from helpers import write_config, write_month

SAID = (
    "«Tháng trước» của «x» (12.500) khác số ước tính đã báo cáo trong 2026-10.xlsx "
    "(ChiTieu!D2) (12.650)"
)
LATER = (
    f"{SAID}, mà sổ 2026-10.xlsx được lưu sau sổ này: nếu 12.650 là số đã sửa của tháng "
    "10/2026, hãy ghi số đó vào ô này, hoặc để trống ô này để lấy từ sổ 2026-10.xlsx (sổ tạo "
    "bằng «baocao init» đã chép sẵn số ước tính lúc đó); nếu 12.500 mới là số đã sửa, hãy lưu "
    "lại sổ này. Báo cáo đang dùng số của ô này (12.500)."
)


@pytest.mark.parametrize(
    ("october_later", "message"), [(True, LATER), (False, f"{SAID}; báo cáo dùng số mới.")]
)
def test_a_last_month_saved_after_this_one_says_which_figure_is_used(
    tmp_path: Path, october_later: bool, message: str
) -> None:
    """November's «Tháng trước» 12.500, carried by ``init`` from October's estimate; October
    then corrected to 12.650 and saved after November's workbook: the warning named 12.500
    "số mới" (the new figure), and the office believed its correction used, while the
    rebuilt report compared with 12.500 and added it into the year-to-date. October saved
    before November (a revision typed in November, the usual order) is said as before."""
    data = tmp_path / "data"
    data.mkdir()
    october = write_month(data, 2026, 10, [("x", 12650, 12000, 11000, 115150, 104000)])
    november = write_month(data, 2026, 11, [("x", 13000, 12500, 11500, None, None)])
    first, then = (november, october) if october_later else (october, november)
    os.utime(first, ns=(1_790_000_000 * 10**9,) * 2)
    os.utime(then, ns=(1_790_000_600 * 10**9,) * 2)  # ten minutes after
    config = load_config(write_config(tmp_path))
    problems = check_inputs(config, Period(2026, 11)).problems
    assert [(p.severity.name, p.message) for p in problems if p.cell == "E2"] == [
        ("WARNING", message)
    ]


@pytest.mark.parametrize(("october_later", "severity"), [(True, "WARNING"), (False, "INFO")])
def test_within_the_revision_percent_a_last_month_saved_after_still_warns(
    tmp_path: Path, october_later: bool, severity: str
) -> None:
    """With ``[checks] revision_note_pct = 5``, as docs/workbook.md advises an office whose
    estimates are revised every month, the same 1,2% was a note, which ``build`` only counts:
    ``build --strict`` printed November with October's old estimate and said "13 ghi chú".
    The allowance is for a revision typed in November; one typed in October's workbook,
    saved after November's, is a warning. October saved before stays a note."""
    data = tmp_path / "data"
    data.mkdir()
    october = write_month(data, 2026, 10, [("x", 12650, 12000, 11000, 115150, 104000)])
    november = write_month(data, 2026, 11, [("x", 13000, 12500, 11500, None, None)])
    first, then = (november, october) if october_later else (october, november)
    os.utime(first, ns=(1_790_000_000 * 10**9,) * 2)
    os.utime(then, ns=(1_790_000_600 * 10**9,) * 2)
    config = write_config(tmp_path)
    with config.open("a", encoding="utf-8") as handle:
        handle.write("\n[checks]\nrevision_note_pct = 5\n")
    problems = check_inputs(load_config(config), Period(2026, 11)).problems
    message = LATER if october_later else f"{SAID}; báo cáo dùng số mới."
    assert [(p.severity.name, p.message) for p in problems if p.cell == "E2"] == [
        (severity, message)
    ]


def _saved_at(book: Path, saved: str, file_time: int) -> None:
    """``book`` as Excel saved it at ``saved`` (docProps/core.xml), its file's time then
    set to ``file_time`` (seconds), as a copy of the folder sets it."""
    import re
    import zipfile

    with zipfile.ZipFile(book) as archive:
        parts = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts:
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"(<dcterms:modified\b[^>]*>)[^<]*", rb"\g<1>" + saved.encode(), data
                )
            archive.writestr(info, data)
    os.utime(book, ns=(file_time * 10**9,) * 2)


@pytest.mark.parametrize(
    ("october_saved", "severity", "message"),
    [
        ("2026-11-20T09:00:00Z", "WARNING", LATER),
        ("2026-11-05T09:00:00Z", "INFO", f"{SAID}; báo cáo dùng số mới."),
    ],
)
def test_the_times_excel_saved_inside_decide_over_a_copys_file_times(
    tmp_path: Path, october_saved: str, severity: str, message: str
) -> None:
    """A folder copied or synced gives its files the copying's times, in any order: with
    October's file given the later time, November's revision typed in November (saved
    inside on 10 November, October on the 5th) was warned as October's correction (review32).
    Excel's own saved time, which a copy keeps, decides; October corrected on the 20th is
    still said, whatever order the copy gave the files."""
    data = tmp_path / "data"
    data.mkdir()
    october = write_month(data, 2026, 10, [("x", 12650, 12000, 11000, 115150, 104000)])
    november = write_month(data, 2026, 11, [("x", 13000, 12500, 11500, None, None)])
    _saved_at(november, "2026-11-10T09:00:00Z", 1_790_000_600)
    _saved_at(october, october_saved, 1_790_000_000 + (0 if severity == "WARNING" else 601))
    config = write_config(tmp_path)
    with config.open("a", encoding="utf-8") as handle:
        handle.write("\n[checks]\nrevision_note_pct = 5\n")
    problems = check_inputs(load_config(config), Period(2026, 11)).problems
    assert [(p.severity.name, p.message) for p in problems if p.cell == "E2"] == [
        (severity, message)
    ]
