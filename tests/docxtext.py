"""The text of a .docx paragraph as python-docx reads it, without python-docx's XPath
query per paragraph and per run (compiled on every call): ``helpers.document_texts``
reads every paragraph of every report the tests build."""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARAGRAPH = _W + "p"  # a w:p element's tag
# What python-docx's Paragraph.text makes of a run's children (w:br by its type, below).
_RUN_TEXT = {_W + "cr": "\n", _W + "noBreakHyphen": "-", _W + "ptab": "\t", _W + "tab": "\t"}


def paragraph_text(p: Any) -> str:
    """python-docx's ``Paragraph(p, …).text`` of the w:p element ``p``, read without its
    XPath query per paragraph and per run (compiled on every call): the runs of ``p`` and
    of its hyperlinks, each run's text, tabs, breaks and non-breaking hyphens in order."""
    parts: list[str] = []
    for child in p:
        if child.tag == _W + "r":
            runs = [child]
        elif child.tag == _W + "hyperlink":
            runs = [r for r in child if r.tag == _W + "r"]
        else:
            continue
        for run in runs:
            for e in run:
                if e.tag == _W + "t":
                    parts.append(e.text or "")
                elif e.tag == _W + "br":  # a line break; a page or column break is no text
                    wraps = e.get(_W + "type", "textWrapping") == "textWrapping"
                    parts.append("\n" if wraps else "")
                else:
                    parts.append(_RUN_TEXT.get(e.tag, ""))
    return "".join(parts)
