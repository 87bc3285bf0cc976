"""The end mark of a template whose own closing paragraph carries it: an office that adds
"Trên đây là báo cáo … của Sở Công Thương tỉnh …./." after Section II's tasks closes the
body there, as Decree 30 wants it closed once. The report ended the last task with "./."
all the same (``context.build_tasks``), so the mark was printed twice: "3. Tổng hợp báo
cáo …./." over "Trên đây là báo cáo …./.". With such a paragraph, the last task ends as
the others do ("." for "./.", ``without_end_mark``).

The paragraph is one of the body's, after the tasks' loop (``{%p for t in tasks %}``) and
before the next table (the signature's), no block tag of its own, whose text as typed ends
with the end mark (a tag inside it, "… tháng {{ month }} của Sở./.", is no matter)."""

from __future__ import annotations

import dataclasses
import io
import re
import zipfile
from xml.etree import ElementTree as ET

from baocao.chart import TrendChart
from baocao.config import Config
from baocao.context import build_context, without_end_mark
from baocao.endmarks import TRAILING_END_MARKS
from baocao.memo import remember
from baocao.models import MonthlyData
from baocao.templatefile import TemplateBytes
from baocao.templateplaces import TBL, P, T, W
from baocao.views import ReportContext

_TASKS_LOOP = re.compile(r"\{%-?p\s+for\s+\w+\s+in\s+tasks\b")
_BLOCK = re.compile(r"^\s*\{%-?p\s")


def closes_body(template: bytes) -> bool:
    """Whether the template's body has a closing paragraph of its own with the end mark
    after the tasks' loop (see the module's text)."""
    with zipfile.ZipFile(io.BytesIO(template)) as package:
        body = ET.fromstring(package.read("word/document.xml")).find(f"{W}body")
    after = False
    for element in body if body is not None else ():
        if element.tag == TBL and after:
            return False
        if element.tag != P:
            continue
        text = "".join(t.text or "" for t in element.iter(T))
        if _TASKS_LOOP.search(text):
            after = True
        elif after and not _BLOCK.match(text) and TRAILING_END_MARKS.search(text):
            return True
    return False


_CLOSES: dict[str, bool] = {}  # by template digest: a check and a build ask alike


def _closes(template: bytes) -> bool:
    """``closes_body``, False for a package it cannot read (said by the template's checks)."""
    try:
        return closes_body(template)
    except (KeyError, ET.ParseError, zipfile.BadZipFile):
        return False


def closed_by_template(context: ReportContext, package: TemplateBytes | None) -> ReportContext:
    """``context`` with its last task ending without the end mark when the template's own
    closing paragraph carries it; else ``context`` as it is."""
    if package is None or not context.tasks:
        return context
    if not remember(_CLOSES, package.digest, lambda: _closes(package.data), 8):
        return context
    last = context.tasks[-1]
    tasks = (*context.tasks[:-1], dataclasses.replace(last, text=without_end_mark(last.text)))
    return dataclasses.replace(context, tasks=tasks)


def report_context(
    data: MonthlyData, config: Config, chart: TrendChart | None, package: TemplateBytes | None
) -> ReportContext:
    """``context.build_context``'s context, its last task closed for the template's own
    closing paragraph (``closed_by_template``)."""
    return closed_by_template(build_context(data, config, chart), package)
