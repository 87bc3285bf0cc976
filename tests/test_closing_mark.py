"""A template's own closing paragraph after the tasks, ending with Decree 30's end mark:
the report printed the mark twice, after the last task and after that paragraph."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from baocao.cli import app

from helpers import SAMPLE_TEMPLATE, document_texts, write_config

runner = CliRunner()
LAST = "12. Thực hiện nhiệm vụ khác do Tỉnh ủy, UBND tỉnh, Bộ Công Thương giao"


def _closed_template(folder: Path, closing: str) -> Path:
    """The sample's template with ``closing`` typed after the tasks' loop."""
    doc = Document(str(SAMPLE_TEMPLATE))
    end = next(
        p
        for i, p in enumerate(doc.paragraphs)
        if p.text == "{%p endfor %}" and "in tasks" in doc.paragraphs[i - 6].text
    )
    added = copy.deepcopy(end._p)
    end._p.addnext(added)
    paragraph = next(p for p in doc.paragraphs if p._p is added)
    for run in paragraph.runs[1:]:
        run._r.getparent().remove(run._r)
    paragraph.runs[0].text = closing
    path = folder / "mau.docx"
    doc.save(str(path))
    return path


@pytest.mark.parametrize(
    ("closing", "printed", "last"),
    [
        (
            "Trên đây là báo cáo của Sở Công Thương./.",
            "Trên đây là báo cáo của Sở Công Thương./.",
            f"{LAST}.",
        ),
        (  # a tag inside it, the mark typed with a space
            "Trên đây là báo cáo tháng {{ month }} của Sở Công Thương. /. ",
            "Trên đây là báo cáo tháng 3 của Sở Công Thương. /.",
            f"{LAST}.",
        ),
        (  # no end mark of its own: the last task keeps the report's
            "Trên đây là báo cáo của Sở Công Thương.",
            "Trên đây là báo cáo của Sở Công Thương.",
            f"{LAST}./.",
        ),
    ],
    ids=["closing", "tagged", "unmarked"],
)
def test_a_closing_paragraph_with_the_end_mark_takes_it_from_the_last_task(
    workspace: Path, closing: str, printed: str, last: str
) -> None:
    write_config(workspace, template=_closed_template(workspace, closing))
    result = runner.invoke(app, ["build", "--month", "3", "--year", "2024"])
    assert result.exit_code == 0, result.output
    texts = document_texts(workspace / "out" / "BaoCao_T03_2024.docx")
    at = texts.index(printed)
    assert texts[at - 1 : at + 1] == [last, printed]
