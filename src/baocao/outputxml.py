"""What a rendered part may hold: text, never Word's XML made by a template.

docxtpl reads a rendered part with a recovering parser: what follows a fault in the
XML (a tag printed as it is, a character XML cannot hold) is dropped without a word, and
the report loses its end. These refuse such parts, and what makes them, by name.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from baocao.errors import TemplateError
from baocao.limits import MAX_OUTPUT, whole
from baocao.sandbox import LISTING
from baocao.sheets import NOT_XML

# What XML cannot hold, less "\a" and "\f": docxtpl makes Word's elements of those (LISTING).
UNPRINTABLE = re.compile(f"[{NOT_XML}]")
_AUTOESCAPE_TAG = re.compile(r"\{%[-+]?\s*autoescape\b")
# "{" of one part of a template: the sample has 300. docxtpl's cleaning of the tags and
# Jinja's parsing run before any time limit, the first in time that grows as its square.
MAX_BRACES = 5_000


def check_template_part(xml: str) -> None:
    """Refuse a template part that could print Word's XML as it is, or with so many "{"
    that cleaning and parsing it would take minutes."""
    if _AUTOESCAPE_TAG.search(xml):  # {% autoescape false %} would print XML as it is
        raise TemplateError(
            "Mẫu báo cáo không được dùng thẻ «autoescape»: mã XML in nguyên văn không có "
            "chỗ trong một báo cáo."
        )
    braces = xml.count("{")
    if braces > MAX_BRACES:
        raise TemplateError(
            f"Mẫu báo cáo có {whole(braces)} dấu «{{» trong một phần (thân, đầu hay chân "
            f"trang), quá giới hạn {whole(MAX_BRACES)} (một mẫu thường có vài trăm); hãy bớt "
            "thẻ hoặc bỏ các dấu «{» thừa."
        )


LISTED = re.compile(f"[{LISTING}]")  # what resolve_listing makes Word's elements of
_PROPERTIES = re.compile(r"<w:([pr])Pr>.*?</w:\1Pr>", re.S)


def check_listing_growth(xml: str) -> None:
    """Refuse a rendered part that docxtpl's resolve_listing would make too large: it
    copies the paragraph's and the run's formatting for every tab, line break, "\\a" and
    "\\f" (one character each to the limits of the render)."""
    listed = len(LISTED.findall(xml))
    if not listed:
        return
    longest = {"p": 0, "r": 0}
    for found in _PROPERTIES.finditer(xml):
        longest[found[1]] = max(longest[found[1]], len(found[0]))
    size = len(xml) + listed * (longest["p"] + 2 * longest["r"] + 200)
    if size > MAX_OUTPUT:
        raise TemplateError(
            f"Báo cáo tạo từ mẫu sẽ dài khoảng {whole(size)} ký tự XML (mỗi dấu xuống dòng, tab "
            f"hay ngắt trang chép lại định dạng của đoạn), quá giới hạn {whole(MAX_OUTPUT)} "
            "nên bị dừng."
        )


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_SPACES = " \t\r\n"


# Text (other than XML's own spaces) in an element of Word's that holds none: lost, as
# {{r }} and {{p }} leave a plain value once they take its run or paragraph away. Word
# keeps its text in these five; drawings, math and VML keep theirs in their own.
@functools.cache
def _stray_text() -> Any:
    from lxml import etree

    return etree.XPath(
        "//text()[namespace-uri(..) = $w][not(parent::w:t or parent::w:delText or "
        "parent::w:instrText or parent::w:delInstrText or parent::w:fldData)]"
        "[translate(., ' \t\r\n', '') != '']",
        namespaces={"w": _W},
    )


def well_formed(xml: str) -> Any:
    """Refuse a rendered part that is no longer well-formed XML (docxtpl's parser would
    drop what follows the fault, silently: the report would lose its end), or that has
    text where Word keeps none. Returns the part as docxtpl's ``fix_tables`` parses it
    (its recovering parser, which found nothing to recover from: the strict parser's
    tree), else None (``bodytree``)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    try:
        data = xml.encode("utf-8")
        root = kept = _recovered(xml)
        if root is None:  # a fault, or a warning: said by the strict parser, as before
            root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, UnicodeEncodeError) as exc:
        raise TemplateError(
            f"Mẫu báo cáo tạo ra văn bản Word hỏng (XML không hợp lệ: {exc}); hãy bỏ phần mẫu "
            "in mã XML hay ký tự lạ."
        ) from exc
    stray = _stray_text()(root, w=_W)
    if stray:
        text = str(stray[0]).strip(_XML_SPACES)[:60]
        raise TemplateError(
            f"Mẫu báo cáo đặt chữ «{text}» ra ngoài mọi đoạn văn (thường do thẻ «{{{{r …}}}}» "
            "hay «{{p …}}» dùng cho một giá trị thường), nên chữ đó sẽ mất; hãy dùng «{{ … }}»."
        )
    return kept


def _recovered(xml: str) -> Any:
    """``xml`` parsed as docxtpl's ``fix_tables`` parses it, when its recovering parser
    met nothing at all to say (no error, no warning) nor a DOCTYPE (whose entities it
    would expand, where the strict parser does not); else None."""
    from lxml import etree

    parser = etree.XMLParser(recover=True)
    try:
        root = etree.fromstring(xml, parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None or len(parser.error_log) or root.getroottree().docinfo.doctype:
        return None
    return root
