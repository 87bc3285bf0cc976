"""A "Nơi nhận" without its filing line ("Lưu: VT, KHTC"), which Decree 30/2020/NĐ-CP
closes it with: a warning at ``[recipients] lines`` (office19's city office, its config's
"Lưu: VT" line deleted, printed a Nơi nhận without it with check --strict clean)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period
from test_figures import month_book, row

from helpers import write_config

MARCH = Period(2025, 3)
SAID = (
    "WARNING",
    "recipients.lines",
    "Khóa «lines» của [recipients] không có dòng «Lưu»: theo Nghị định 30, phần «Nơi nhận» "
    "kết thúc bằng nơi lưu văn bản, ví dụ «Lưu: VT, KHTC». Hãy thêm dòng đó vào cuối danh "
    "sách.",
)


def _said(folder: Path, lines: str) -> list[tuple[str, str | None, str]]:
    (folder / "data").mkdir()
    month_book(folder / "data", MARCH, {}, [row("x", 100, 80)])
    path = write_config(folder, template=None)
    text = path.read_text(encoding="utf-8")
    typed = 'lines = ["UBND tỉnh (B/c)", "Lưu: VT, P.KHTC"]'
    assert typed in text
    path.write_text(text.replace(typed, f"lines = [{lines}]"), encoding="utf-8")
    return [
        (p.severity.name, p.place, p.message)
        for p in check_inputs(load_config(path), MARCH).problems
        if p.place is not None and p.place.startswith("recipients")
    ]


@pytest.mark.parametrize(
    "lines",
    [
        '"Bộ Công Thương (B/c)", "UBND tỉnh (B/c)"',
        '"UBND tỉnh (B/c)", { name = "Sở Công Thương", items = ["Lãnh đạo Sở", "Các phòng"] }',
        '"UBND tỉnh (B/c)", "Lưu trữ lịch sử tỉnh"',
    ],
)
def test_recipients_without_the_filing_line_are_said(tmp_path: Path, lines: str) -> None:
    assert _said(tmp_path, lines) == [SAID]


@pytest.mark.parametrize(
    "lines",
    [
        '"UBND tỉnh (B/c)", "Lưu: VT"',
        '"UBND tỉnh (B/c)", "- LƯU VT, KHTC."',
        '"UBND tỉnh (B/c)", { name = "Sở Công Thương", items = ["Lãnh đạo Sở", "Lưu: VT"] }',
        '"UBND tỉnh (B/c)", { name = "Lưu", items = ["VT", "KHTC"] }',
    ],
)
def test_a_filing_line_anywhere_is_quiet(tmp_path: Path, lines: str) -> None:
    assert _said(tmp_path, lines) == []
