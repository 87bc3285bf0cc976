"""The document's sections: margins and body size from ``[layout]``, the appendix's text
width (for the chart), dropping the appendix (``[appendix] enabled = false``), no line
that introduces a list left alone at the foot of a page, and no table's note alone at the
head of one."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from baocao.config import Layout
from baocao.errors import TemplateError

EMU_PER_MM = 36000
APPENDIX_PAGE_MM = 297  # A4 landscape


def text_width_mm(template: Path | bytes, layout: Layout | None = None) -> float:
    """The text width of the template's last section (the appendix), with ``layout``'s margins
    (and the template's gutter);
    ``template`` is its file or the bytes read of it.

    Margins count in whole twips, as the document stores them, so a picture this wide
    is exactly as wide as the text.
    """
    from docx import Document
    from docx.shared import Mm, Twips

    from baocao.tablewidth import gutter_aside

    source = io.BytesIO(template) if isinstance(template, bytes) else str(template)
    document = Document(source)
    section = document.sections[-1]
    margins = [section.gutter or 0] if gutter_aside(document) else []
    for name in ("left", "right"):
        configured = getattr(layout, f"margin_{name}_mm", None)
        stored = getattr(section, f"{name}_margin") or 0
        margins.append(stored if configured is None else Twips(Mm(float(configured)).twips))
    page = section.page_width or Mm(APPENDIX_PAGE_MM)  # a template that gives no size
    return float(page - sum(margins)) / EMU_PER_MM


def drop_last_section(document: Any, needed: Sequence[str] = (), *, asked: bool = True) -> None:
    """Remove the document's appendix, its last sections, and keep the one before as the last.

    The appendix is every section after the last that holds any of ``needed`` (the
    signer's name, "Nơi nhận", a task): an appendix set on two landscape sections (its
    table, then its chart) goes whole. When the last section itself holds one, it is the
    report's own end: the build stops when the config ``asked`` for no appendix;
    otherwise (an appendix without rows) it stays.
    """
    from docx.oxml.ns import qn

    body = document.element.body
    breaks = [
        p
        for p in body.iterchildren(qn("w:p"))
        if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
    ]
    if not breaks:
        return  # a template of one section has no appendix to drop
    children = list(body.iterchildren())
    ends = [children.index(p) for p in breaks] + [len(children)]
    cut: Any = None  # the break after which every section is the appendix's
    for k in range(len(breaks) - 1, -1, -1):
        part = children[ends[k] + 1 : ends[k + 1] + 1]
        text = " ".join(" ".join(t.text or "" for t in e.iter(qn("w:t"))) for e in part)
        text = " ".join(text.split())
        held = next((n for n in needed if " ".join(n.split()) in text), None)
        if held is not None and cut is None and not asked:
            return  # not an appendix: a template's own last part, kept
        if held is not None and cut is None:
            raise TemplateError(
                "Cấu hình [appendix] enabled = false bỏ phần (section) cuối của mẫu báo cáo, "
                f"nhưng phần đó không phải phụ lục: nó có «{held}». Hãy để phụ lục là phần "
                "cuối của mẫu (sau một dấu ngắt section), hoặc bật lại phụ lục."
            )
        if held is not None:
            break
        cut = breaks[k]
    final = body.find(qn("w:sectPr"))
    for element in children[children.index(cut) + 1 :]:
        if element is not final:
            body.remove(element)
    section = cut.find(qn("w:pPr")).find(qn("w:sectPr"))
    if final is None:  # a body without its own (Word's defaults for the last section)
        body.append(section)
    else:
        final.addprevious(section)  # moved out of the paragraph that held it
        body.remove(final)
    if not "".join(t.text or "" for t in cut.iter(qn("w:t"))).strip():
        body.remove(cut)  # an empty paragraph that only carried the break


def apply_layout(document: Any, layout: Layout) -> None:
    """Set the configured margins on every section and the body size on the Normal style."""
    from docx.shared import Mm, Pt

    for section in document.sections:
        for name in ("top", "bottom", "left", "right"):
            value = getattr(layout, f"margin_{name}_mm")
            if value is not None:
                setattr(section, f"{name}_margin", Mm(float(value)))
    if layout.body_size_pt is not None:
        document.styles["Normal"].font.size = Pt(layout.body_size_pt)


def keep_introductions(document: Any) -> None:
    """Each body paragraph whose text ends with ":" ("… ước đạt 40 tấn, tăng 25,0% so với
    cùng kỳ:", "Trong đó:") kept on the page of the paragraph after it, which it
    introduces: a page must not end with it (Word's and LibreOffice's "keep with next").
    A paragraph that ends a section, or is followed by a table, is left as it is."""
    from docx.oxml.ns import qn

    text = qn("w:t")
    for paragraph in document.paragraphs:  # the body's own, not those of tables
        p = paragraph._p
        following = p.getnext()
        if following is None or following.tag != qn("w:p"):
            continue
        if p.pPr is not None and p.pPr.sectPr is not None:
            continue
        # Only a w:t holds a ":" of the paragraph's text: one without any is passed over
        # before python-docx's ``text`` (an XPath query per run).
        if not any(":" in (t.text or "") for t in p.iter(text)):
            continue
        if paragraph.text.rstrip().endswith(":"):
            paragraph.paragraph_format.keep_with_next = True


def keep_notes_with_tables(document: Any) -> None:
    """The paragraphs of the last row of each body table that a paragraph with text follows
    (the appendix's "Ghi chú: …", a source line) kept with that paragraph (Word's and
    LibreOffice's "keep with next", which in a table's last row keeps the row on the page
    of the paragraph after the table): a table that fills its page takes its last row to
    the next page with the note, instead of leaving the note alone at the head of a page.
    A paragraph that ends a section (the empty one carrying a section break) is passed over.
    """
    from docx.oxml.ns import qn

    for table in document.element.body.iterchildren(qn("w:tbl")):
        following = table.getnext()
        if following is None or following.tag != qn("w:p"):
            continue
        if following.pPr is not None and following.pPr.sectPr is not None:
            continue
        if not "".join(t.text or "" for t in following.iter(qn("w:t"))).strip():
            continue
        rows = table.findall(qn("w:tr"))
        for p in rows[-1].iter(qn("w:p")) if rows else ():
            p.get_or_add_pPr().keepNext_val = True
