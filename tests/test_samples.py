"""The committed sample workbook and default template are what the tools/ generators make."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from helpers import ROOT, SAMPLE_WORKBOOK, load_workbook


def _cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(path)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def _template_text(path: Path) -> list[str]:
    doc = Document(str(path))
    texts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        texts += [p.text for row in table.rows for cell in row.cells for p in cell.paragraphs]
    return texts


@pytest.fixture(scope="module")
def generated_samples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What tools/make_samples.py writes (all three workbooks in one run)."""
    folder = tmp_path_factory.mktemp("samples")
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_samples.py"), str(folder)], check=True
    )
    return folder


@pytest.mark.parametrize("name", ["2024-03.xlsx", "2024-02.xlsx", "2023-03.xlsx"])
def test_sample_workbooks_are_generated(generated_samples: Path, name: str) -> None:
    """Each workbook of data/samples/ holds exactly what tools/make_samples.py writes."""
    assert _cells(generated_samples / name) == _cells(SAMPLE_WORKBOOK.parent / name)


def test_example_workbook_is_generated(tmp_path: Path) -> None:
    """The second worked example's workbook holds exactly what tools/make_example.py writes."""
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_example.py"), str(tmp_path)], check=True
    )
    committed = ROOT / "data" / "examples" / "hoa-phong" / "data" / "2024-06.xlsx"
    assert _cells(tmp_path / "2024-06.xlsx") == _cells(committed)


def test_default_template_is_generated(tmp_path: Path) -> None:
    """Both templates hold the text and tags tools/make_template.py writes."""
    out, sample = tmp_path / "t.docx", tmp_path / "s.docx"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_template.py"), str(out), str(sample)],
        check=True,
    )
    assert _template_text(out) == _template_text(ROOT / "templates" / "bao_cao_thang.docx")
    assert _template_text(sample) == _template_text(ROOT / "data" / "samples" / "mau_bao_cao.docx")
