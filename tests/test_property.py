"""Whatever lands in the workbook's cells, check and build end in the project's own errors,
and no text typed anywhere cuts or corrupts the report."""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
import re
import shutil
import tempfile
import unicodedata
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError

from baocao.api import build_report, check_inputs
from baocao.config import load_config
from baocao.context import with_end_mark, without_end_mark
from baocao.errors import BaocaoError, InputError, Severity
from baocao.excel import read_workbook
from baocao.narrative import strip_markers
from baocao.period import Period
from baocao.vnformat import row_label

from helpers import SAMPLE_WORKBOOK, document_texts, load_workbook, write_config

VALUE_COLUMNS = range(4, 10)  # D … I: Tháng báo cáo … Kế hoạch năm
ROWS = range(2, 15)

cell_values = st.one_of(
    st.none(),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(float),
    # Every character UTF-8 can encode, as st.text()'s default, spelt as "all but surrogates":
    # the default asks Hypothesis to try all 1.1 million characters against the codec
    # (about 3 s a run, its cache being in the run's temporary folder).
    st.text(st.characters(exclude_categories=("Cs",)), max_size=12).filter(
        lambda t: not t.startswith("=")
    ),
    st.sampled_from(["52.716", "1.822,5", "1,822.5", "-0", "  ", "12 tỷ", "∞"]),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
)
cells = st.dictionaries(
    st.tuples(st.sampled_from(ROWS), st.sampled_from(VALUE_COLUMNS)), cell_values, max_size=12
)


@given(cells)
def test_arbitrary_values_never_crash(changes: dict[tuple[int, int], object]) -> None:
    """check returns problems and build succeeds or raises a BaocaoError, never anything else."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "data").mkdir()
        book = root / "data" / "2024-03.xlsx"
        shutil.copy(SAMPLE_WORKBOOK, book)
        wb = load_workbook(book)
        ws = wb["ChiTieu"]
        for (row, col), value in changes.items():
            try:
                ws.cell(row=row, column=col).value = value
            except IllegalCharacterError:  # openpyxl cannot write these; Excel stores _xHHHH_
                ws.cell(row=row, column=col).value = repr(value)
        wb.save(book)
        config = load_config(write_config(root))
        result = check_inputs(config, Period(2024, 3))
        assert all(p.message for p in result.problems)
        try:
            build = build_report(config, Period(2024, 3))
        except BaocaoError as exc:
            assert str(exc)
            assert not (root / "out" / "BaoCao_T03_2024.docx").exists()
        else:
            assert build.output.is_file()
            assert result.ok


# Any text typed into any text cell of the sample (issue 11).

TEXT_CELLS = (
    ("HoatDong", "C2"),  # a paragraph, the first of its subsection
    ("HoatDong", "C36"),  # a level-2 paragraph
    ("HoatDong", "A10"),  # a Mục
    ("NhiemVu", "B2"),  # the first task
    ("NhiemVu", "B13"),  # the last task
    ("NhiemVu", "A5"),  # an STT
    ("ChiTieu", "B2"),  # an indicator's name
    ("ChiTieu", "L3"),  # a Nhóm
    ("ChiSoSXCN", "B3"),  # a branch
    ("ThongTin", "B4"),  # so_van_ban
    ("ThongTin", "B9"),  # san_pham_xuat_khau
)
SHEET_PARTS = {"ThongTin": 1, "ChiSoSXCN": 2, "ChiTieu": 3, "HoatDong": 4, "NhiemVu": 5}
TRICKY = [
    "\ud83d",  # half of a cut emoji
    "x\ude00y",
    "😀",
    "\x07",
    "\x00",
    "\ufffe",
    "\r\n",
    "<w:p>",
    "</w:t></w:r>",
    "&amp;",
    "{{ 7*7 }}",
    "{%p if x %}",
    "#REF!",
    "#N/A",
    "./.",
    "- ",
    "+ ",
    "• ",
    "1. ",
    "   ",
    "_x0041_",
    "=A1",
]
typed_texts = st.one_of(
    st.text(st.characters(exclude_categories=()), max_size=30),
    st.sampled_from(TRICKY),
    st.lists(st.sampled_from([*TRICKY, "Việc", " "]), min_size=2, max_size=6).map("".join),
    st.integers(min_value=1000, max_value=32767).map(lambda n: ("Rất dài " * n)[:n]),
)


def excel_text(text: str) -> str:
    """``text`` as Excel stores it in a cell's XML: markup escaped, "_xHHHH_" for what XML
    cannot hold (and for CR), a literal "_xHHHH_" written "_x005F_xHHHH_"."""
    text = re.sub("_(x[0-9A-Fa-f]{4}_)", r"_x005F_\1", text)
    text = "".join(
        c
        if c in "\t\n"
        or 0x20 <= ord(c) <= 0xD7FF
        or 0xE000 <= ord(c) <= 0xFFFD
        or ord(c) >= 0x10000
        else f"_x{ord(c):04X}_"
        for c in text
    )
    return html.escape(text, quote=False)


def with_text(source: bytes, sheet: str, ref: str, text: str) -> bytes:
    """The workbook ``source`` with ``text`` in ``sheet!ref``, as Excel writes a text cell."""
    part = f"xl/worksheets/sheet{SHEET_PARTS[sheet]}.xml"
    cell = f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{excel_text(text)}</t></is></c>'
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as old, zipfile.ZipFile(out, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == part:
                pattern = f'<c r="{ref}"[^>]*?(/>|>.*?</c>)'.encode()
                data, count = re.subn(pattern, lambda _: cell.encode(), data, count=1)
                if not count:  # a blank cell: it goes last in its row (column B of ThongTin)
                    row = f'(<row r="{ref[1:]}"[^>]*>.*?)(</row>)'.encode()
                    data = re.sub(row, lambda m: m[1] + cell.encode() + m[2], data, count=1)
            new.writestr(info, data)
    return out.getvalue()


def cleaned(typed: str) -> str:
    """What the contract keeps of typed text: surrogate pairs joined, lone halves, every
    character XML 1.0 cannot hold and every invisible format character (category Cf)
    dropped, NFC, the eth ("Ð", "ð": Vietnamese decoded with the wrong code page) written
    "Đ", "đ", trimmed (written independently of cells.py)."""
    text = typed.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")
    text = "".join(
        c
        for c in text
        if c in "\t\n\r"
        or 0x20 <= ord(c) <= 0xD7FF
        or 0xE000 <= ord(c) <= 0xFFFD
        or ord(c) >= 0x10000
    )
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return unicodedata.normalize("NFC", text).translate(_ETH).strip()


_ETH = str.maketrans("Ðð", "Đđ")


@functools.cache
def sample_narrative() -> tuple[tuple[tuple[str, int, str], ...], tuple[tuple[str, str], ...]]:
    """The sample's HoatDong (Nội dung cell, Cấp, text) and NhiemVu (Nội dung cell, text)."""
    sheets = read_workbook(SAMPLE_WORKBOOK).sheets
    paragraphs = tuple(
        (r[2].ref, int(str(r[1].value)), str(r[2].value)) for r in sheets["HoatDong"].rows[1:]
    )
    todo = tuple((r[1].ref, str(r[1].value)) for r in sheets["NhiemVu"].rows[1:])
    return paragraphs, todo


def expected_lines(sheet: str, ref: str, typed: str) -> tuple[list[str], list[str]]:
    """The HoatDong paragraphs and the tasks as the report must write them after ``typed``
    went into ``sheet!ref``: cleaned, the typed list marks removed, the end mark at the end,
    the first letter a capital (the template's ``capfirst``)."""
    paragraphs, todo = sample_narrative()
    here = f"{sheet}!{ref}"
    marks = {0: "", 1: "- ", 2: "+ "}
    lines = []
    for cell, level, text in paragraphs:
        kept, _ = strip_markers(cleaned(typed) if f"HoatDong!{cell}" == here else text)
        if kept:
            lines.append(" ".join(f"{marks[level]}{row_label(without_end_mark(kept))}".split()))
    typed_in = {f"NhiemVu!{c}": t for c, t in todo}
    typed_in[here] = cleaned(typed)
    stripped = (strip_markers(typed_in[f"NhiemVu!{c}"], numbers=True) for c, _ in todo)
    tasks = [text for text, _ in stripped if text]
    ends = [without_end_mark] * (len(tasks) - 1) + [with_end_mark]
    numbered = [
        " ".join(f"{i}. {row_label(end(t))}".split())
        for i, (t, end) in enumerate(zip(tasks, ends, strict=False), start=1)
    ]
    return lines, numbered


@given(st.sampled_from(TEXT_CELLS), typed_texts)
def test_any_text_in_any_text_cell_is_written_whole_or_refused_at_its_cell(
    where: tuple[str, str], typed: str
) -> None:
    """The report holds every HoatDong paragraph and task as typed (after the documented
    normalisations), or the build stops with an error at the cell typed into."""
    sheet, ref = where
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "data").mkdir()
        book = root / "data" / "2024-03.xlsx"
        book.write_bytes(with_text(SAMPLE_WORKBOOK.read_bytes(), sheet, ref, typed))
        config = load_config(write_config(root))
        try:
            output = build_report(config, Period(2024, 3)).output
        except InputError as exc:
            errors = [(p.sheet, p.cell) for p in exc.problems if p.severity is Severity.ERROR]
            assert (sheet, ref) in errors, exc.problems
            return
        texts = document_texts(output)
    paragraphs, tasks = expected_lines(sheet, ref, typed)
    assert [line for line in paragraphs if line not in texts] == []
    start = next(i for i, t in enumerate(texts) if t.startswith("II. "))
    assert texts[start + 1 : start + 1 + len(tasks)] == tasks
    assert texts[start + 1 + len(tasks)] == "Nơi nhận:"
