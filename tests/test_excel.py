"""The file reader: one open per workbook, raw cells, one sheet for history, damaged files."""

from __future__ import annotations

import builtins
import hashlib
import io
import os
import shutil
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from baocao.cli import app
from baocao.errors import InputError
from baocao.excel import read_sheet, read_workbook
from baocao.sniff import read_workbook_file, sniff_bytes

from helpers import ROOT, SAMPLE_WORKBOOK, load_workbook, openpyxl_reads

runner = CliRunner()
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture
def opens(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """Counts every open of an .xlsx file by name, through io.open, builtins.open and os.open
    (which baocao.files uses, to open without blocking on a FIFO)."""
    seen: Counter[str] = Counter()

    def counter(real: Any) -> Any:
        def counting(file: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(file, str | Path) and str(file).endswith(".xlsx"):
                seen[Path(file).name] += 1
            return real(file, *args, **kwargs)

        return counting

    monkeypatch.setattr(io, "open", counter(io.open))
    monkeypatch.setattr(builtins, "open", counter(builtins.open))
    monkeypatch.setattr(os, "open", counter(os.open))
    yield seen


def test_read_workbook_opens_the_file_once(opens: Counter[str]) -> None:
    """Sniffing and parsing work on one read of the file."""
    raw = read_workbook(SAMPLE_WORKBOOK)
    assert opens == {"2024-03.xlsx": 1}
    assert list(raw.sheets) == ["ThongTin", "ChiSoSXCN", "ChiTieu", "HoatDong", "NhiemVu"]
    assert raw.sheets["ChiTieu"].rows[1][0].ref == "A2"
    assert raw.sheets["ChiTieu"].rows[1][3].value == 52716


def test_read_sheet_reads_one_sheet_by_its_matched_name(opens: Counter[str]) -> None:
    """History's reader finds " CHITIEU " as ChiTieu, once; a missing sheet is None."""
    sheet = read_sheet(SAMPLE_WORKBOOK, " CHITIEU ")
    assert sheet is not None
    assert sheet.title == "ChiTieu"
    assert [c.value for c in sheet.rows[0][:3]] == ["Mã", "Chỉ tiêu", "Đơn vị"]
    assert read_sheet(SAMPLE_WORKBOOK, "KhongCo") is None
    assert opens == {"2024-03.xlsx": 2}


def test_damaged_file_is_an_input_error_naming_it(tmp_path: Path) -> None:
    """A truncated workbook is refused with its path, for both readers."""
    broken = tmp_path / "2024-02.xlsx"
    broken.write_bytes(SAMPLE_WORKBOOK.read_bytes()[:3000])
    sniffed = lambda p: sniff_bytes(p, read_workbook_file(p))  # noqa: E731
    for read in (read_workbook, lambda p: read_sheet(p, "ChiTieu"), sniffed):
        with pytest.raises(InputError) as info:
            read(broken)
        assert info.value.problems[0].file == broken
        assert info.value.problems[0].message == (
            "Tệp không phải sổ Excel .xlsx, hoặc đã bị hỏng. Hãy mở tệp bằng Excel hoặc "
            "LibreOffice và lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)»."
        )


def test_formulas_read_through_their_cached_values(tmp_path: Path) -> None:
    """A formula cell carries its cached value and its formula text."""
    path = tmp_path / "f.xlsx"
    shutil.copy(SAMPLE_WORKBOOK, path)
    wb = load_workbook(path)
    wb["ChiTieu"]["D2"] = "=1+1"
    wb.save(path)
    cell = read_workbook(path).sheets["ChiTieu"].rows[1][3]
    assert (cell.ref, cell.value, cell.formula) == ("D2", None, "=1+1")  # openpyxl caches nothing


def test_only_cells_that_exist_are_read(tmp_path: Path) -> None:
    """A value at XFD1048576 costs one row (cut at the header's last title), not the
    rectangle up to it, for both readers."""
    path = tmp_path / "far.xlsx"
    wb = load_workbook(SAMPLE_WORKBOOK)
    wb["ChiTieu"]["XFD1048576"] = 7
    wb["ChiTieu"]["B1048576"] = "lạc"
    wb.save(path)
    start = time.perf_counter()
    whole = read_workbook(path).sheets["ChiTieu"]
    one = read_sheet(path, "ChiTieu")
    assert time.perf_counter() - start < 3
    assert one is not None
    for sheet in (whole, one):
        assert len(sheet.rows) == 15  # the header, 13 indicators, the stray row
        assert [(c.ref, c.value) for c in sheet.rows[-1]] == [
            ("A1048576", None),
            ("B1048576", "lạc"),
        ]
        assert len(sheet.rows[0]) == 14  # A … N, the header's titles


def test_header_row_comes_first_even_when_empty(tmp_path: Path) -> None:
    """A sheet whose row 1 is empty still gives an (empty) header row first."""
    path = tmp_path / "no-header.xlsx"
    wb = load_workbook(SAMPLE_WORKBOOK)
    wb["NhiemVu"]["A1"] = wb["NhiemVu"]["B1"] = None
    wb.save(path)
    rows = read_workbook(path).sheets["NhiemVu"].rows
    assert (rows[0], len(rows)) == ((), 1)  # data right of an empty header is in no column


def test_damaged_sheet_read_by_history_is_an_input_error(tmp_path: Path) -> None:
    """XML cut in half in an earlier month's ChiTieu is an InputError naming the file."""
    path = tmp_path / "2024-02.xlsx"
    with zipfile.ZipFile(SAMPLE_WORKBOOK) as old, zipfile.ZipFile(path, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            new.writestr(
                info, data[: len(data) // 2] if info.filename.endswith("sheet3.xml") else data
            )
    for read in (read_workbook, lambda p: read_sheet(p, "ChiTieu")):
        with pytest.raises(InputError) as info:
            read(path)
        assert info.value.problems[0].file == path
        assert info.value.problems[0].message.startswith(
            "Không đọc được tệp: sổ Excel bị hỏng (chi tiết kỹ thuật: unclosed token: line 1, "
            "column "
        )


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The sample config over a copy of the sample folder; cwd is the copy."""
    data = tmp_path / "data"
    shutil.copytree(SAMPLES, data)
    config = (ROOT / "baocao.toml").read_text(encoding="utf-8")
    (tmp_path / "baocao.toml").write_text(
        config.replace('"data/samples', '"data'), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BAOCAO_CONFIG", raising=False)
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ["check", "-m", "3", "-y", "2024"],
        ["build", "-m", "3", "-y", "2024"],
        ["build", "-m", "3", "-y", "2024", "--chart"],
        ["init", "-m", "4", "-y", "2024"],
        ["history", "--code", "gtsx"],
    ],
)
def test_each_command_opens_each_workbook_once(
    folder: Path, opens: Counter[str], args: list[str]
) -> None:
    """check, build, build --chart, init and history open every workbook at most once."""
    if "--chart" in args:
        pytest.importorskip("matplotlib")
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert opens
    assert max(opens.values()) == 1


def test_a_newer_copy_of_the_workbook_does_not_open_it_again(
    folder: Path, opens: Counter[str]
) -> None:
    """A copy saved after the workbook with as many bytes ("2024-03 (1).xlsx") was compared
    with it by reading «2024-03.xlsx» a second time; the copy is compared with the cells
    read the first time."""
    book = folder / "data" / "2024-03.xlsx"
    copy = folder / "data" / "2024-03 (1).xlsx"
    shutil.copy(book, copy)
    os.utime(book, (1_700_000_000, 1_700_000_000))
    opens.clear()
    result = runner.invoke(app, ["check", "-m", "3", "-y", "2024"])
    assert result.output.splitlines()[1:] == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]
    assert (opens["2024-03.xlsx"], opens["2024-03 (1).xlsx"]) == (1, 1)


def test_same_bytes_are_parsed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two files with the same bytes are parsed by openpyxl once (each still opened and named
    as itself); changed bytes are parsed again."""
    monkeypatch.setenv("BAOCAO_CACHE_DIR", str(tmp_path / "store"))  # nothing kept yet
    parsed = openpyxl_reads(monkeypatch)
    one, two = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    shutil.copy(SAMPLE_WORKBOOK, one)
    shutil.copy(SAMPLE_WORKBOOK, two)
    first, second = read_workbook(one), read_workbook(two)
    assert (first.path, second.path, first.sheets == second.sheets) == (one, two, True)
    assert parsed == ["a.xlsx"]
    wb = load_workbook(two)
    wb["ChiTieu"]["D2"] = 1
    wb.save(two)
    assert read_workbook(two).sheets["ChiTieu"].rows[1][3].value == 1
    assert parsed == ["a.xlsx", "b.xlsx"]


def test_the_tests_copy_of_a_workbook_saves_what_openpyxl_saves(tmp_path: Path) -> None:
    """The tests' ``load_workbook`` (a copy of a workbook loaded before) is openpyxl's own:
    the same edits, hidden rows and columns and merges among them, save the same parts (all
    but the core properties, which hold the time of saving), tables and notes included."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.worksheet.table import Table

    import helpers

    rich = tmp_path / "rich.xlsx"
    book = openpyxl.load_workbook(SAMPLE_WORKBOOK)
    book["ChiTieu"].add_table(Table(displayName="Bang", ref="A1:C4"))
    book["ChiTieu"]["B2"].comment = Comment("ghi chú", "baocao")
    book.save(rich)

    def edited(book: Any) -> dict[str, bytes]:
        ws = book["ChiTieu"]
        ws["D2"].value = 123.5
        ws.row_dimensions[3].hidden = True
        ws.column_dimensions["P"].hidden = True
        ws.merge_cells("H2:I2")
        book.create_sheet("Them")["A1"] = "x"
        saved = io.BytesIO()
        book.save(saved)
        with zipfile.ZipFile(saved) as package:
            names = [n for n in package.namelist() if n != "docProps/core.xml"]
            return {name: package.read(name) for name in names}

    samples = [ROOT / "data" / "samples" / n for n in ("2024-03.xlsx", "2024-02.xlsx")]
    for path in [*samples, rich]:
        helpers._LOADED.pop(hashlib.sha256(path.read_bytes()).digest(), None)
        first = helpers.load_workbook(path)  # loaded, and kept
        copy = helpers.load_workbook(path)  # a copy of the kept one
        assert edited(copy) == edited(first) == edited(openpyxl.load_workbook(path))


def test_earlier_sheets_are_read_when_openpyxls_private_source_fails(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Whether an earlier workbook's sheet holds a formula is searched in its XML through
    openpyxl's private ``_get_source``; where that fails (another openpyxl), the formulas
    are read through the public reader instead: the same cells, no traceback."""
    from types import SimpleNamespace

    import baocao.excel
    from baocao.excel import read_sheets

    monkeypatch.setenv("BAOCAO_CACHE_DIR", str(tmp_path / "store"))  # nothing kept from before
    monkeypatch.setattr(baocao.excel, "_PARSED", {})
    path = ROOT / "data" / "samples" / "2024-02.xlsx"
    names = ["ChiTieu", "ThongTin"]
    expected = read_sheets(path, names, keep=False)

    def gone(source: bytes) -> None:
        raise AttributeError("'ReadOnlyWorksheet' object has no attribute '_get_source'")

    monkeypatch.setattr(baocao.excel, "_FORMULA_ELEMENT", SimpleNamespace(search=gone))
    monkeypatch.setattr(baocao.excel, "_PARSED", {})
    assert read_sheets(path, names, keep=False) == expected


def test_an_index_error_of_baocaos_own_is_a_bug_not_a_damaged_workbook(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """openpyxl's IndexError on a sheet (a style naming a number format the book lacks) is
    a damaged workbook, said as one; the same error raised by baocao's own reading of the
    sheet is a bug, and surfaces as one instead of blaming the office's file (issue 9)."""
    import baocao.excel

    monkeypatch.setenv("BAOCAO_CACHE_DIR", str(tmp_path / "store"))  # nothing kept from before
    monkeypatch.setattr(baocao.excel, "_PARSED", {})

    def broken(cell: Any) -> object:
        raise IndexError("baocao's own")

    monkeypatch.setattr(baocao.excel, "_cached", broken)
    with pytest.raises(IndexError, match="baocao's own"):
        read_workbook(SAMPLE_WORKBOOK)
