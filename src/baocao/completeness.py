"""The safety net after rendering: no paragraph or task of the workbook is lost on the way.

Rendering can lose text without an error: a docxtpl tag that replaces its
paragraph, a character a Word document cannot hold, a template edited by hand.
After rendering, every HoatDong paragraph and every NhiemVu task, as the
template context holds them, must be found in the rendered document's text
(whitespace and letter case aside), as many times as the workbook gives it: a text given twice
(a task that repeats a paragraph) must be there twice, so one copy cannot stand
for another that a template dropped. Each one missing is an error naming it
(of equal texts, the last ones in the report's order), and ``build`` writes
nothing (exit code 5, as a template that fails to render).

The other way round too: a text of the workbook found more often than the workbook
gives it (counting where it is part of another of its texts) was printed twice by the
template, a loop or a section pasted twice, and is one error naming the first such text.
Texts shorter than ``_REPEAT_MIN`` characters are not counted: a few words may also be
the template's own. A text box is counted once: Word writes it twice, the second a
fallback copy for older readers.

A chart drawn for the report whose picture the template never places (no
``{{ chart.image }}``) is a warning.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from baocao.errors import Problem, error, warning
from baocao.ooxml import NAMESPACES
from baocao.sheets import HOAT_DONG, NHIEM_VU
from baocao.substrings import count_all, occurrences
from baocao.templateplaces import FALLBACK  # a text box's second copy, for older readers
from baocao.views import ItemView, ReportContext, SectionView, TaskView

_W = f"{{{NAMESPACES['w']}}}"  # WordprocessingML: "{…/main}p" is w:p
_TEXT, _SPACES = _W + "t", (_W + "tab", _W + "br", _W + "cr")
_SHOWN = 80  # characters of a lost paragraph quoted in the message
_REPEAT_MIN = 20  # characters of a text whose repetition in the report is an error
Named = Callable[[], str]  # how a message names a text of the workbook, made when needed


def document_text(document: Any) -> str:
    """The text of a python-docx document's body (tables and text boxes too, a text box
    once: not its fallback copy for older readers), every run of whitespace one space."""
    return _text_of(document.element.body)


def rendered_texts(document: Any, context: ReportContext) -> tuple[str, str]:
    """A rendered report's body text (``document_text``'s) and what ``leftout`` reads of
    it, each body element read once: the body's text before its appendix
    (``_appendix_start``), then the headers', footers' and notes' (``margin_text``). A
    signer's name printed only in the appendix's note is not the report's signature."""
    children = list(document.element.body.iterchildren())
    texts = [_text_of(e) for e in children]
    # Each element's text opens with its first paragraph's space: joined, as one reading.
    whole = " ".join(" ".join(texts).split())
    body = texts[: _appendix_start(children, texts, _needed(context))]
    return whole, " ".join([*body, margin_text(document)])


def body_sections(document: Any, context: ReportContext) -> int:
    """How many sections of a rendered report's body come before its appendix (as
    ``rendered_texts`` reads it): every section when it has none, or it was dropped."""
    children = list(document.element.body.iterchildren())
    # Counted as reportenv counts them in the rendered XML: one inside a content control too.
    breaks = [len(e.findall(f".//{_SECTION_BREAK}")) for e in children]
    start = _appendix_start(children, [_text_of(e) for e in children], _needed(context))
    return sum(breaks[:start]) if start is not None else sum(breaks) + 1


def _needed(context: ReportContext) -> list[str]:
    """What the last section of a report's body holds (case-folded): "Nơi nhận" or a task."""
    needed = ["nơi nhận", *(" ".join(t.text.split()).casefold() for t in context.tasks)]
    return [n for n in needed if n]


def _appendix_start(children: list[Any], texts: list[str], needed: list[str]) -> int | None:
    """Where the appendix begins among the body's ``children`` (``texts``: their texts):
    after the last section that holds any of ``needed`` (case-folded), as
    ``sections.drop_last_section`` finds it; None when that section is the last, or none
    holds one."""
    ends = [i for i, e in enumerate(children) if e.find(_SECTION_BREAK) is not None]
    starts = [0, *(end + 1 for end in ends)]
    for k in range(len(starts) - 1, -1, -1):
        stop = ends[k] + 1 if k < len(ends) else len(children)
        text = " ".join(texts[starts[k] : stop]).casefold()
        if any(n in text for n in needed):
            return stop if k < len(ends) else None
    return None


_SECTION_BREAK = f"{_W}pPr/{_W}sectPr"  # a paragraph that ends a section


def margin_text(document: Any) -> str:
    """The text of a python-docx document's headers, footers, footnotes and endnotes (which
    docxtpl renders too), as ``document_text`` reads the body's."""
    from docx.oxml import parse_xml

    parts = document.part.package.iter_parts()
    return " ".join(
        # A header or footer is held parsed (docxtpl put its rendered XML there); the notes
        # are held as bytes: serialising a parsed part to parse it again was work twice.
        _text_of(part.element if hasattr(part, "element") else parse_xml(part.blob))
        for part in parts
        if part.content_type.endswith(_MARGINS)
    )


_MARGINS = ("header+xml", "footer+xml", "footnotes+xml", "endnotes+xml")  # content types


def _text_of(root: Any) -> str:
    """``document_text`` of one part's element ``root``."""
    words: list[str] = []
    copies = {e for fallback in root.iter(FALLBACK) for e in fallback.iter(_TEXT)}
    for element in root.iter(_TEXT, _W + "p", *_SPACES):  # lxml picks them
        if element in copies:
            continue
        if element.tag != _TEXT:
            words.append(" ")
        elif element.text:
            words.append(element.text)
    return " ".join("".join(words).split())


def _quote(text: str) -> str:
    plain = " ".join(text.split())
    return plain if len(plain) <= _SHOWN else plain[: _SHOWN - 1] + "…"


def missing_text(document: Any, context: ReportContext) -> list[str]:
    """What the context holds but the rendered document does not, described in Vietnamese.

    Each text must be there as many times as the context holds it; of equal texts, the
    ones beyond the count found are named lost (the later ones in the report's order)."""
    return _lost(document_text(document).casefold(), _expected(context))


def _lost(
    text: str, expected: list[tuple[str, Named]], found: dict[str, int] | None = None
) -> list[str]:
    """``missing_text`` of the document's ``text`` and the context's ``expected`` texts;
    ``found`` gets each one's count in ``text``."""
    found = {} if found is None else found
    needles = (needle for needle, _ in expected if needle not in found)
    found.update(count_all(text, needles, occurrences))
    seen: Counter[str] = Counter()
    lost = []
    for needle, what in expected:
        seen[needle] += 1
        if seen[needle] > found[needle]:
            lost.append(what())
    return lost


def _repeated(
    text: str, expected: list[tuple[str, Named]], found: dict[str, int] | None = None
) -> list[str]:
    """The workbook's texts (``expected``) the document's ``text`` holds more often than the
    workbook gives them, as (what, times printed, times given) in Vietnamese; texts under
    ``_REPEAT_MIN`` characters are left out. ``found``: counts in ``text`` already made."""
    given = [needle for needle, _ in expected]
    # Counted in all of them at once: a match cannot span two unless the needle holds "\0".
    joined = "\0".join(given)
    counted = [n for n in given if "\0" not in n and len(n) >= _REPEAT_MIN]
    in_joined = count_all(joined, counted, occurrences)
    said: set[str] = set()
    repeated = []
    for needle, what in expected:
        if needle in said or len(needle) < _REPEAT_MIN:
            continue
        said.add(needle)
        allowed = (
            in_joined[needle]
            if "\0" not in needle
            else sum(occurrences(other, needle) for other in given)
        )
        printed = found[needle] if found and needle in found else occurrences(text, needle)
        if printed > allowed:
            repeated.append(f"{what()} {printed} lần, trong khi sổ dữ liệu chỉ có {allowed} lần")
    return repeated


def _expected(context: ReportContext) -> list[tuple[str, Named]]:
    """Each HoatDong paragraph and NhiemVu task, whitespace-normalised and case-folded (a
    template may print it beginning with a capital, ``capfirst``, or in capitals), with how
    a message names it (made only for a message: most are never named)."""
    expected: list[tuple[str, Named]] = [
        (" ".join(item.text.split()).casefold(), functools.partial(_paragraph, section, item))
        for section in context.activities
        for item in section.items
    ]
    expected += [
        (" ".join(task.text.split()).casefold(), functools.partial(_task, task))
        for task in context.tasks
    ]
    return expected


def _paragraph(section: SectionView, item: ItemView) -> str:
    return (
        f"đoạn «{_quote(item.text)}» của tiểu mục «{section.number}. {section.title}» "
        f"(trang {HOAT_DONG.name})"
    )


def _task(task: TaskView) -> str:
    return f"nhiệm vụ {task.number} «{_quote(task.text)}» (trang {NHIEM_VU.name})"


def check_complete(
    document: Any, context: ReportContext, template: Path, text: str | None = None
) -> list[Problem]:
    """One error per paragraph or task of the workbook missing from the rendered document,
    and one warning for the first printed more often than the workbook gives it (a template
    may print the tasks twice on purpose: in the body and in a summary); a warning too when
    the chart asked for is not in the document (a template without ``{{ chart.image }}``).
    ``text`` is the document's (``document_text``), when the caller has it."""
    text = (document_text(document) if text is None else text).casefold()
    expected = _expected(context)  # for both counts
    found: dict[str, int] = {}  # each text's count in the report, for both
    lost = [
        error(
            f"Báo cáo tạo ra bị thiếu {what}: sổ dữ liệu có nhưng văn bản không có, nên chưa "
            "ghi báo cáo. Hãy kiểm tra mẫu báo cáo và đoạn chữ này trong sổ dữ liệu.",
            template,
        )
        for what in _lost(text, expected, found)
    ]
    repeated = _repeated(text, expected, found)
    if repeated:
        others = f" (và {len(repeated) - 1} đoạn khác cũng vậy)" if len(repeated) > 1 else ""
        lost.append(
            warning(
                f"Báo cáo tạo ra có {repeated[0]}{others}: mẫu báo cáo in lặp lại (một vòng lặp "
                "hay một phần của mẫu bị chép hai lần?). Nếu không phải ý muốn, hãy xóa phần bị "
                "lặp trong mẫu báo cáo.",
                template,
            )
        )
    return lost + _chart_left_out(document, context, template)


_CHART_LEFT_OUT = (
    "Đã yêu cầu vẽ biểu đồ (--chart hay [appendix] chart = true) nhưng mẫu báo cáo không in "
    "biểu đồ (không có thẻ {{ chart.image }}: phụ lục của mẫu đã bị xóa, hay mẫu làm trước khi "
    "có biểu đồ), nên báo cáo không có biểu đồ. Hãy thêm vào cuối phụ lục của mẫu khối "
    "«{%p if chart %}» … «{{ chart.image }}» … «{%p endif %}» như mẫu mặc định (docs/template.md), "
    "hoặc bỏ yêu cầu vẽ biểu đồ."
)


def _chart_left_out(document: Any, context: ReportContext, template: Path) -> list[Problem]:
    """A warning when a chart was drawn for the report but the template never placed its
    picture (docxtpl adds the picture's part to the package only when it is printed)."""
    picture = context.chart.image
    if picture is None:
        return []
    if any(part.blob == picture.png for part in document.part.package.image_parts):
        return []
    return [warning(_CHART_LEFT_OUT, template)]
