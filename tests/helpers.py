"""Test helpers: sample paths, .docx text, workbook edits, configs for other organisations."""

from __future__ import annotations

import copyreg
import functools
import hashlib
import io
import os
import pickle
import shutil
import subprocess
import sys
import types
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import openpyxl
import pytest
from docx import Document
from docx.table import Table
from openpyxl.utils.bound_dictionary import BoundDictionary
from openpyxl.worksheet.dimensions import DimensionHolder
from openpyxl.worksheet.table import TableList

from children import python_c
from docxtext import PARAGRAPH, paragraph_text
from fastbook import differences, fast_bytes

if TYPE_CHECKING:
    from baocao.views import ReportContext

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_CONFIG = ROOT / "baocao.toml"
SAMPLE_WORKBOOK = ROOT / "data" / "samples" / "2024-03.xlsx"
GOLDEN = ROOT / "tests" / "golden" / "2024-03.txt"
SAMPLE_TEMPLATE = ROOT / "data" / "samples" / "mau_bao_cao.docx"  # the seed's own wording


def document_texts(path: Path) -> list[str]:
    """Every non-empty paragraph and table-cell paragraph, in order, whitespace-normalised."""
    doc = Document(str(path))
    texts: list[str] = []
    for el in doc.element.body.iterchildren():
        if el.tag.endswith("}p"):
            texts.append(paragraph_text(el))
        elif el.tag.endswith("}tbl"):
            for row in Table(el, doc).rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        texts += [paragraph_text(p) for p in cell._tc.iterchildren(PARAGRAPH)]
    return [" ".join(t.split()) for t in texts if t.strip()]


def sample_context() -> ReportContext:
    """The template context of the sample month, built from the sample workbook and config."""
    from baocao.config import load_config
    from baocao.context import build_context
    from baocao.excel import read_workbook
    from baocao.parse import parse_workbook

    data = parse_workbook(read_workbook(SAMPLE_WORKBOOK)).data
    assert data is not None
    return build_context(data, load_config(SAMPLE_CONFIG))


def golden_lines() -> list[str]:
    """The seed report's Sections I and II, recipients and signature, one paragraph a line."""
    return [
        " ".join(line.split())
        for line in GOLDEN.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


# Workbooks the tests edit, by the digest of their bytes: openpyxl's workbook of them,
# pickled. Tests change the same few workbooks (the sample above all) hundreds of times, and
# a copy from the pickle takes a tenth of a load (test_excel checks it saves the same bytes).
_LOADED: dict[bytes, bytes] = {}
MAX_LOADED = 64


def _rebuilt(kind: type, factory: Any, items: dict[Any, Any], attributes: dict[str, Any]) -> Any:
    kept = kind.__new__(kind)
    dict.update(kept, items)
    kept.default_factory = factory
    kept.__dict__.update(attributes)
    return kept


# openpyxl's row and column dimensions are defaultdicts with attributes of their own, which
# a defaultdict's pickle leaves out (its factory would become their ``reference``); a
# sheet's tables are a dict whose items() gives each table's range, not the table.
for _kind in (BoundDictionary, DimensionHolder):
    copyreg.pickle(_kind, lambda d: (_rebuilt, (type(d), d.default_factory, dict(d), vars(d))))
copyreg.pickle(TableList, lambda tables: (TableList, (list(dict.items(tables)),)))


def load_workbook(path: Path) -> Any:
    """openpyxl's workbook of ``path``, to edit and save (see ``_LOADED``)."""
    data = path.read_bytes()
    key = hashlib.sha256(data).digest()
    kept = _LOADED.get(key)
    if kept is not None:
        return pickle.loads(kept)
    book = openpyxl.load_workbook(io.BytesIO(data))
    if len(_LOADED) >= MAX_LOADED:
        del _LOADED[next(iter(_LOADED))]
    _LOADED[key] = pickle.dumps(book)
    return book


# The bytes baocao's write_workbook gave for the same sheets (pickled): tests write the
# same small months again and again. Sheets of plain values are zipped by fastbook, a
# tenth of write_workbook's time; $BAOCAO_FASTBOOK_LOG names a file where a run writes
# whether each such workbook has write_workbook's parts (fastbook.differences).
_WRITTEN: dict[bytes, bytes] = {}
_COMPARED = os.environ.get("BAOCAO_FASTBOOK_LOG")


def write_book(path: Path, sheets: list[Any]) -> None:
    """baocao's ``write_workbook(path, sheets)``; the same sheets give the bytes they gave
    before in this process (see ``_WRITTEN``)."""
    from baocao.excel import write_workbook

    key = pickle.dumps(sheets)
    kept = _WRITTEN.get(key)
    if kept is None:
        kept = fast_bytes(sheets)
        if kept is None:
            write_workbook(path, sheets)
            kept = path.read_bytes()
        elif _COMPARED:  # a run that checks fast_bytes against write_workbook
            write_workbook(path, sheets)
            theirs = path.read_bytes()
            found = differences(kept, theirs)
            with Path(_COMPARED).open("a", encoding="utf-8") as log:
                same = "DIFFER" if found else "BYTES" if kept == theirs else "SAME"
                log.write(f"{same} {path.name} {found}\n")
        _WRITTEN[key] = kept
    path.write_bytes(kept)


def edit_workbook(path: Path, sheet: str, key: str, header: str, value: object) -> None:
    """Set the cell in column ``header`` of the row whose column A is ``key``."""
    book = load_workbook(path)
    ws = book[sheet]
    headers = [c.value for c in ws[1]]
    col = headers.index(header) + 1
    for row in ws.iter_rows(min_row=2):
        if row[0].value == key:
            ws.cell(row=row[0].row, column=col).value = value
            break
    else:
        raise KeyError(key)
    book.save(path)


SUMMARY = (
    "Kết quả thực hiện nhiệm vụ tháng {month}{year_apart} và nhiệm vụ trọng tâm tháng "
    "{next_month} năm {next_year}"
)

CONFIG_TEMPLATE = """
[organization]
parent_body = "{parent}"
issuing_body = "SỞ CÔNG THƯƠNG"
province = "{province}"
place = "{place}"
symbol = "BC-SCT"

[document]
summary = "{summary}"

[signer]
authority = "{authority}"
title = "{title}"
name = "{signer}"

[recipients]
lines = ["UBND tỉnh (B/c)", "Lưu: VT, P.KHTC"]

[[iip_assessment]]
min = 10
text = "tăng khá"

[[iip_assessment]]
min = 0
text = "tăng nhẹ"

[[iip_assessment]]
min = -1000
text = "giảm"

[paths]
data_dir = "data"
output_dir = "out"
"""


def write_config(
    folder: Path,
    *,
    parent: str = "UBND TỈNH BẮC GIANG",
    province: str = "tỉnh Bắc Giang",
    place: str = "Bắc Giang",
    authority: str = "KT. GIÁM ĐỐC",
    title: str = "PHÓ GIÁM ĐỐC",
    signer: str = "Nguyễn Văn Phương",
    template: Path | None = SAMPLE_TEMPLATE,
) -> Path:
    """A config in ``folder`` reading ``folder/data`` and writing ``folder/out``.

    The sample's own template by default (the seed's wording); ``template=None``
    uses baocao's default template.
    """
    path = folder / "baocao.toml"
    text = CONFIG_TEMPLATE.format(
        summary=SUMMARY,
        parent=parent,
        province=province,
        place=place,
        authority=authority,
        title=title,
        signer=signer,
    )
    if template is not None:
        text += f'template = "{template.as_posix()}"\n'
    path.write_text(text, encoding="utf-8")
    return path


def write_month(
    folder: Path,
    year: int,
    month: int,
    rows: list[tuple[str, object, object, object, object, object]],
) -> Path:
    """A minimal workbook of the contract: ChiTieu rows (code, value, previous, same period,
    year-to-date, year-to-date same period), one unit, one paragraph and one task (a report
    needs a task)."""
    from baocao.excel import NewSheet
    from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, HOAT_DONG, NHIEM_VU, THONG_TIN

    def headers(spec: object) -> tuple[str, ...]:
        return tuple(c.header for c in spec.columns)  # type: ignore[attr-defined]

    path = folder / f"{year}-{month:02d}.xlsx"
    indicators = [
        (code, f"Chỉ tiêu {code}", "tỷ đồng", value, prev, same, ytd, ytd_same)
        for code, value, prev, same, ytd, ytd_same in rows
    ]
    write_book(
        path,
        [
            NewSheet(THONG_TIN.name, headers(THONG_TIN), [("thang", month), ("nam", year)], ()),
            NewSheet(CHI_SO_SXCN.name, headers(CHI_SO_SXCN), [], ()),
            NewSheet(CHI_TIEU.name, headers(CHI_TIEU)[:8], indicators, ()),
            NewSheet(HOAT_DONG.name, headers(HOAT_DONG), [("Công tác chung", 1, "Việc.")], ()),
            NewSheet(NHIEM_VU.name, headers(NHIEM_VU), [(1, "Việc tháng tới.")], ()),
        ],
    )
    return path


def openpyxl_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the workbooks openpyxl parses from now on, in order; the process's memo
    of readings starts empty."""
    import baocao.excel

    monkeypatch.setattr(baocao.excel, "_PARSED", {})
    parsed: list[str] = []
    real = baocao.excel._open_book

    def counting(path: Path, data: bytes, **options: bool) -> Any:
        parsed.append(path.name)
        return real(path, data, **options)

    monkeypatch.setattr(baocao.excel, "_open_book", counting)
    return parsed


@functools.cache
def _word_rules() -> Any:
    from openxml_audit import FileFormat, OpenXmlValidator

    return OpenXmlValidator(file_format=FileFormat.MICROSOFT_365, max_errors=0, strict=True)


def word_findings(path: Path) -> list[str]:
    """What Microsoft Word's validation rules (openxml-audit -f microsoft365) find in a file."""
    result = _word_rules().validate(path)
    return [f"{e.description} [{e.part_uri} {e.path}]" for e in result.errors]


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page of a PDF, by pdftotext."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def blank_bases_with_history(workspace: Path) -> Path:
    """The workspace's March 2024 with Tháng trước and Cùng kỳ emptied, and the sample's
    earlier workbooks beside it to take them from; returns the workspace."""
    for name in ("2024-02.xlsx", "2023-03.xlsx"):
        shutil.copy(ROOT / "data" / "samples" / name, workspace / "data" / name)
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    for row in wb["ChiTieu"].iter_rows(min_row=2, min_col=5, max_col=6):
        for cell in row:
            cell.value = None
    wb.save(book)
    return workspace


def tiny_png() -> bytes:
    """A valid 1 × 1 px white PNG, for rendering the template without matplotlib: the
    stand-in a check renders in the chart's place."""
    from baocao.chart import STAND_IN_PNG

    return STAND_IN_PNG


@functools.cache
def _blank_package() -> bytes:
    """python-docx's blank document with its 4 default styles only (160 of its 164 styles,
    350 kB of styles.xml, removed; numbering.xml still names list styles that are gone,
    which nothing here reads) and without its 440 kB stylesWithEffects part: every render
    parses, orders and checks each part, and the tests make hundreds of one-paragraph
    templates. The product's own removal of stylesWithEffects is tested on python-docx's
    full package (test_ooxml)."""
    from docx.oxml.ns import qn

    doc = Document()
    doc.element.body.remove(doc.paragraphs[0]._p) if doc.paragraphs else None
    styles = doc.styles.element
    for style in list(styles.iterchildren(qn("w:style"))):
        if style.get(qn("w:default")) not in ("1", "true"):
            styles.remove(style)
    for r_id, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.drop_rel(r_id)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def blank_document() -> Any:
    """A new python-docx document of no paragraph, with the default styles only."""
    return Document(io.BytesIO(_blank_package()))


def xml_paragraph_template(folder: Path, inner_xml: str) -> Path:
    """A .docx template of one paragraph whose XML holds ``inner_xml`` (runs, revisions,
    hyperlinks… in the ``w:`` namespace), written as ``folder/mau.docx``."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    doc = blank_document()
    paragraph = doc.add_paragraph()._p
    for child in parse_xml(f"<w:p {w}>{inner_xml}</w:p>"):
        paragraph.append(child)
    path = folder / "mau.docx"
    doc.save(str(path))
    return path


def one_paragraph_template(folder: Path, text: str, name: str = "mau.docx") -> Path:
    """A .docx template of one paragraph holding ``text``, written as ``folder/name``."""
    doc = blank_document()
    doc.add_paragraph(text)
    path = folder / name
    doc.save(str(path))
    return path


def module_with(module: types.ModuleType, **names: object) -> types.ModuleType:
    """A copy of ``module`` with ``names`` replaced, for one importer to see: patching
    ``datetime.datetime`` itself changes it for every module of the process (its
    ``isinstance`` checks of workbook dates too), whatever a test meant to freeze."""
    copy = types.ModuleType(module.__name__)
    copy.__dict__.update(vars(module))
    copy.__dict__.update(names)
    return copy


def python_child(
    code: str,
    *args: str,
    cwd: Path,
    env: dict[str, str] | None = None,
    stdout: int = subprocess.PIPE,
    stderr: int = subprocess.PIPE,
) -> subprocess.CompletedProcess[str]:
    """``python -c code args`` in ``cwd``, importing baocao as this run does (its
    ``sys.path``), in ``env`` (default: this process's without ``PYTHONUNBUFFERED``, which
    pytest-xdist sets; under cron the streams are buffered); stdout and stderr are captured
    as text unless given a descriptor; 60 s at most. The child is forked
    from a server that has imported baocao already (``children``): it runs and ends as a
    fresh interpreter does, without the half second of imports."""
    if env is None:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    return python_c(
        code,
        list(args),
        cwd=cwd,
        env={**env, "PYTHONPATH": os.pathsep.join(sys.path)},
        stdout=stdout,
        stderr=stderr,
        timeout=60,
    )


def understate(path: Path, member: str, size: int) -> None:
    """Make the zip's central directory declare ``size`` bytes for ``member`` (what a
    forged archive does: zipfile trusts that size only to cut what it inflates)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        at = archive.start_dir
        for info in archive.infolist():
            assert data[at : at + 4] == b"PK\x01\x02"
            if info.filename == member:
                data[at + 24 : at + 28] = size.to_bytes(4, "little")
            name, extra, comment = (
                int.from_bytes(data[at + i : at + i + 2], "little") for i in (28, 30, 32)
            )
            at += 46 + name + extra + comment
    path.write_bytes(bytes(data))
