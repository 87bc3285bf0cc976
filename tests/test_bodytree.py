"""The rendered body parsed once: docxtpl's ``fix_tables`` given well_formed's tree."""

from __future__ import annotations

from typing import Any

import pytest
from docxtpl import DocxTemplate
from lxml import etree

from baocao.bodytree import ParsedBody, _grids_fit
from baocao.render import render_document

from helpers import SAMPLE_TEMPLATE, sample_context

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_the_sample_body_is_parsed_once_and_rendered_as_docxtpl_renders_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The sample's rendered body is not parsed again by docxtpl's ``fix_tables`` (its
    tables' grids fit), and the document is the same as when it is."""
    real = DocxTemplate.fix_tables
    fixed: list[int] = []

    def counting(self: Any, xml: str) -> Any:
        fixed.append(len(xml))
        return real(self, xml)

    monkeypatch.setattr(DocxTemplate, "fix_tables", counting)
    reused = str(render_document(SAMPLE_TEMPLATE, sample_context()).docx.element.xml)
    assert fixed == []
    monkeypatch.setattr(ParsedBody, "keep", lambda self, xml, tree: None)  # nothing kept
    parsed_again = str(render_document(SAMPLE_TEMPLATE, sample_context()).docx.element.xml)
    assert len(fixed) == 1
    assert reused == parsed_again


def body(*tables: str, w: str = W) -> str:
    return f'<w:body xmlns:w="{w}">{"".join(tables)}<w:p/></w:body>'


def table(grid: int | None, *rows: str) -> str:
    columns = "" if grid is None else "<w:tblGrid>" + '<w:gridCol w:w="1000"/>' * grid
    return f"<w:tbl>{columns}{'</w:tblGrid>' if grid is not None else ''}{''.join(rows)}</w:tbl>"


def tr(*cells: str) -> str:
    return f"<w:tr>{''.join(cells)}</w:tr>"


TC = "<w:tc><w:p/></w:tc>"


def span(value: str) -> str:
    return f'<w:tc><w:tcPr><w:gridSpan w:val="{value}"/></w:tcPr><w:p/></w:tc>'


@pytest.mark.parametrize(
    ("xml", "fits"),
    [
        pytest.param(body(table(2, tr(TC, TC), tr(TC, TC))), True, id="fits"),
        pytest.param(body(table(2, tr(span("2")), tr(TC, TC))), True, id="spanned"),
        pytest.param(body(table(3, tr(span("2"), TC))), True, id="span-and-cell"),
        pytest.param(body(table(2, tr(TC, TC, TC))), False, id="more-cells"),
        pytest.param(body(table(3, tr(TC, TC))), False, id="grid-wider"),
        pytest.param(body(table(2)), False, id="no-rows"),
        pytest.param(body(table(None, tr(TC))), False, id="no-grid"),
        pytest.param(body(table(2, tr(span("x"), TC))), False, id="span-not-a-number"),
        pytest.param(body(table(2, tr(span("+2")))), False, id="span-signed"),
        pytest.param(body(table(1, tr(TC)), w="urn:other"), False, id="other-namespace"),
        pytest.param(
            body(table(2, tr(TC, "<w:tc>" + table(1, tr(TC)) + "<w:p/></w:tc>"))),
            True,
            id="nested-fits",
        ),
        pytest.param(  # docxtpl counts a nested table's rows as the outer table's too
            body(table(2, tr(TC, "<w:tc>" + table(3, tr(TC, TC, TC)) + "<w:p/></w:tc>"))),
            False,
            id="nested-row-wider",
        ),
        pytest.param(  # docxtpl reads a cell's first w:tcPr only
            body(
                table(2, tr('<w:tc><w:tcPr/><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p/></w:tc>'))
            ),
            False,
            id="second-tcPr",
        ),
        pytest.param(body(), True, id="no-table"),
    ],
)
def test_a_grid_is_said_to_fit_only_where_docxtpl_changes_nothing(xml: str, fits: bool) -> None:
    """``_grids_fit`` is True only for a body docxtpl's ``fix_tables`` gives back as it was
    (or, where it raises, False: docxtpl's own then raises as it did)."""
    assert _grids_fit(etree.fromstring(xml)) is fits
    try:
        fixed = etree.tostring(DocxTemplate.fix_tables(None, xml))
    except (AttributeError, ValueError, TypeError, KeyError):
        assert not fits
    else:
        assert (fixed == etree.tostring(etree.fromstring(xml))) or not fits


@pytest.mark.parametrize(
    ("xml", "kept"),
    [
        pytest.param(body(table(1, tr(TC))), True, id="body"),
        pytest.param(f'<!DOCTYPE w:body [<!ENTITY e "x">]>{body()}', False, id="doctype"),
        pytest.param(f'<w:body xmlns:w="{W}"><w:p/></w:body><!-- -->', True, id="comment-after"),
    ],
)
def test_only_a_part_docxtpl_would_parse_alike_is_kept(xml: str, kept: bool) -> None:
    """well_formed gives back its tree (for ``fix_tables``) only when docxtpl's recovering
    parser met nothing to say, and no DOCTYPE (the strict parser expands no entity)."""
    from baocao.outputxml import well_formed

    tree = well_formed(xml)
    assert (tree is not None) is kept
    if tree is not None:
        assert etree.tostring(tree) == etree.tostring(etree.fromstring(xml))
