"""Text as offices type and paste it: invisible characters in an earlier workbook, text in
a legacy Vietnamese encoding (TCVN3, VNI), numbers typed with other spaces."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.cli import app

from helpers import ROOT, load_workbook

runner = CliRunner()
SAMPLES = ROOT / "data" / "samples"
ARGS = ["--month", "3", "--year", "2024"]


def _edit(path: Path, sheet: str, cell: str, value: object) -> None:
    wb = load_workbook(path)
    wb[sheet][cell].value = value
    wb.save(path)


@pytest.mark.parametrize(
    ("cell", "value"),
    [("A2", "gtsx\u200b"), ("C2", "tỷ đồng\u200b"), ("D2", "43438\u200b"), ("D2", "43.438\ufeff")],
)
def test_earlier_workbook_text_is_cleaned_as_the_month_reads_it(
    workspace: Path, cell: str, value: str
) -> None:
    """A code, unit or figure of 2024-02.xlsx pasted with a zero-width space (which that
    month's own check removes, with a warning) is read in March without it: the code was
    another code, the figure no number, and March's report lost its month-on-month clause
    with exit 0."""
    for name in ("2024-02.xlsx", "2023-03.xlsx"):
        shutil.copy(SAMPLES / name, workspace / "data" / name)
    book = workspace / "data" / "2024-03.xlsx"
    _edit(book, "ChiTieu", "E2", None)
    _edit(workspace / "data" / "2024-02.xlsx", "ChiTieu", cell, value)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1:] == [
        f"GHI CHÚ: {book}, ChiTieu!E2: «Tháng trước» của «gtsx» lấy từ 2024-02.xlsx "
        "(ChiTieu!D2): 43.438.",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
