"""Word-facing package hygiene: schema order, LibreOffice values, Word 2013 mode, properties."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml import parse_xml
from lxml import etree

from baocao.ooxml import add_child, clark, order_children
from baocao.output import document_time, write_document
from baocao.package import no_stretched_lines, office_version, upgrade_to_word_2013
from baocao.period import Period
from baocao.render import render_document

from helpers import ROOT, sample_context, word_findings

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
OLD_CORE_TYPE = (  # ECMA-376 1st edition, as LibreOffice writes it
    "http://schemas.openxmlformats.org/officedocument/2006/relationships/metadata/core-properties"
)
CORE_TYPE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

# Every property element's children in reverse schema order, LibreOffice's values.
DISORDERED_BODY = f"""<w:body xmlns:w="{W}">
  <w:p>
    <w:pPr>
      <w:sectPr><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"
        w:header="709" w:footer="709" w:gutter="0"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
      <w:rPr><w:sz w:val="20"/><w:b/></w:rPr>
      <w:jc w:val="center"/>
      <w:spacing w:after="0"/>
      <w:pStyle w:val="Heading1"/>
    </w:pPr>
    <w:r><w:rPr><w:sz w:val="28"/><w:i/><w:rFonts w:ascii="Times New Roman"/></w:rPr>
      <w:t>Xin chào {{{{ signer.name }}}}</w:t></w:r>
  </w:p>
  <w:tbl>
    <w:tblPr><w:tblBorders><w:top w:val="nil"/></w:tblBorders><w:tblW w:w="0" w:type="auto"/>
      <w:tblStyle w:val="TableGrid"/></w:tblPr>
    <w:tblGrid><w:gridCol w:w="4000"/></w:tblGrid>
    <w:tr><w:trPr><w:cantSplit w:val="true"/><w:tblHeader w:val="false"/></w:trPr>
      <w:tc><w:tcPr><w:vAlign w:val="center"/><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>
        <w:p><w:r><w:t>{{{{ signer.name | upper }}}}</w:t></w:r></w:p></w:tc></w:tr>
  </w:tbl>
</w:body>"""


def local_names(element: Any) -> list[str]:
    return [etree.QName(child).localname for child in element]


def rewrite(path: Path, member: str, edit: Callable[[str], str]) -> None:
    """Replace one member of a zip file by ``edit`` of its text."""
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[member] = edit(members[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)


def make_disordered_template(path: Path) -> None:
    """python-docx's default package (Word 2010 mode) with every kind of disorder."""
    doc = Document()
    body = doc.element.body
    final = body.find(clark("w:sectPr"))
    for element in list(body):
        body.remove(element)
    for element in parse_xml(DISORDERED_BODY):
        body.append(element)
    for parent in (final, doc.styles["Heading 1"].element):
        parent[:] = list(reversed(parent))  # in reverse order
    for parent in doc.styles["Heading 1"].element.iterchildren(clark("w:pPr"), clark("w:rPr")):
        parent[:] = list(reversed(parent))
    body.append(final)
    lvl_jc = doc.part.numbering_part.element.find(f".//{clark('w:lvlJc')}")
    lvl_jc.set(clark("w:val"), "start")
    doc.save(str(path))
    rewrite(
        path,
        "word/fontTable.xml",
        lambda xml: xml.replace(
            '<w:charset w:val="00"/>', '<w:charset w:val="00" w:characterSet="windows-1252"/>', 1
        ),
    )
    rewrite(path, "_rels/.rels", lambda xml: xml.replace(CORE_TYPE, OLD_CORE_TYPE))


@pytest.fixture(scope="module")
def disordered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The disordered template, and the report rendered and written from it."""
    folder = tmp_path_factory.mktemp("disordered")
    template, report = folder / "template.docx", folder / "report.docx"
    make_disordered_template(template)
    doc = render_document(template, sample_context())
    write_document(
        doc, report, stamp=dt.datetime(2024, 3, 1), title="Báo cáo thử", creator="SỞ CÔNG THƯƠNG"
    )
    return template, report


def part(path: Path, member: str) -> Any:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(member))


def test_disordered_template_gives_a_report_word_accepts(disordered: tuple[Path, Path]) -> None:
    """A disordered template with LibreOffice's values renders into a Word-valid report."""
    _, report = disordered
    assert word_findings(report) == []


def test_property_children_in_schema_order(disordered: tuple[Path, Path]) -> None:
    """Paragraph, run, table, cell, section and style properties come out in schema order."""
    _, report = disordered
    document = part(report, "word/document.xml")
    ppr = document.find("w:body/w:p/w:pPr", NS)
    assert local_names(ppr) == ["pStyle", "spacing", "jc", "rPr", "sectPr"]
    assert local_names(ppr.find("w:rPr", NS)) == ["b", "sz"]
    assert local_names(ppr.find("w:sectPr", NS)) == ["pgSz", "pgMar"]
    assert local_names(document.find("w:body/w:p/w:r/w:rPr", NS)) == ["rFonts", "i", "sz"]
    assert local_names(document.find(".//w:tblPr", NS)) == ["tblStyle", "tblW", "tblBorders"]
    assert local_names(document.find(".//w:tcPr", NS)) == ["tcW", "vAlign"]
    assert local_names(document.find("w:body/w:sectPr", NS)) == ["pgSz", "pgMar", "cols", "docGrid"]
    style = part(report, "word/styles.xml").find("w:style[@w:styleId='Heading1']", NS)
    assert local_names(style) == [
        "name",
        "basedOn",
        "next",
        "link",
        "uiPriority",
        "qFormat",
        "rsid",
        "pPr",
        "rPr",
    ]
    assert local_names(style.find("w:pPr", NS)) == [
        "keepNext",
        "keepLines",
        "spacing",
        "outlineLvl",
    ]
    assert local_names(style.find("w:rPr", NS)) == ["rFonts", "b", "bCs", "color", "sz", "szCs"]
    texts = ["".join(t.text for t in p.iterfind(".//w:t", NS)) for p in document.iter(clark("w:p"))]
    assert texts == ["Xin chào Nguyễn Văn Phương", "NGUYỄN VĂN PHƯƠNG"]


def test_libreoffice_values_replaced(disordered: tuple[Path, Path]) -> None:
    """LibreOffice's on/off "true", list-level "start" and charset names become Word's."""
    template, report = disordered
    row = part(report, "word/document.xml").find(".//w:trPr", NS)
    assert [(local_names([c])[0], dict(c.attrib)) for c in row] == [
        ("cantSplit", {}),
        ("tblHeader", {clark("w:val"): "off"}),
    ]
    numbering = part(report, "word/numbering.xml")
    assert {e.get(clark("w:val")) for e in numbering.iterfind(".//w:lvlJc", NS)} == {"left"}
    times = "w:font[@w:name='Times New Roman']/w:charset"
    assert dict(part(template, "word/fontTable.xml").find(times, NS).attrib) == {
        clark("w:val"): "00",
        clark("w:characterSet"): "windows-1252",
    }
    assert dict(part(report, "word/fontTable.xml").find(times, NS).attrib) == {clark("w:val"): "00"}


def test_word_2007_smart_tags_unwrapped(tmp_path: Path) -> None:
    """Word 2007's smart tags (a place, nested in a city's), which Word 2010+'s schema
    refuses (openxml-audit: "Unexpected element 'smartTag' found"), leave the report with
    their runs in place."""
    template, report = tmp_path / "template.docx", tmp_path / "report.docx"
    doc = Document()
    body = doc.element.body
    body.insert(
        0,
        parse_xml(
            f'<w:p xmlns:w="{W}"><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" '
            'w:element="place"><w:smartTagPr><w:attr w:name="x" w:val="y"/></w:smartTagPr>'
            '<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="City">'
            "<w:r><w:t>Bắc Giang</w:t></w:r></w:smartTag></w:smartTag>"
            '<w:r><w:t xml:space="preserve">, {{ signer.name }}</w:t></w:r></w:p>'
        ),
    )
    doc.save(str(template))
    rendered = render_document(template, sample_context())
    write_document(rendered, report, stamp=dt.datetime(2024, 3, 1), title="T", creator="S")
    paragraph = part(report, "word/document.xml").find(".//w:p", NS)
    assert local_names(paragraph) == ["r", "r"]
    assert "".join(paragraph.itertext()) == "Bắc Giang, Nguyễn Văn Phương"
    assert word_findings(report) == []


def test_one_core_properties_part(disordered: tuple[Path, Path]) -> None:
    """A template relating its core properties LibreOffice's way gives one docProps/core.xml."""
    _, report = disordered
    with zipfile.ZipFile(report) as archive:
        names = archive.namelist()
    assert names.count("docProps/core.xml") == 1
    assert Document(str(report)).core_properties.title == "Báo cáo thử"


def test_word_2010_template_upgraded_to_word_2013(disordered: tuple[Path, Path]) -> None:
    """compatibilityMode 14 in the template becomes 15 in the report; stylesWithEffects goes."""
    template, report = disordered
    mode = ".//w:compatSetting[@w:name='compatibilityMode']"
    assert part(template, "word/settings.xml").find(mode, NS).get(clark("w:val")) == "14"
    assert part(report, "word/settings.xml").find(mode, NS).get(clark("w:val")) == "15"
    with zipfile.ZipFile(report) as archive:
        assert "word/stylesWithEffects.xml" not in archive.namelist()
        assert b"stylesWithEffects" not in archive.read("[Content_Types].xml")
        assert b"stylesWithEffects" not in archive.read("word/_rels/document.xml.rels")


def test_compat_settings_added_in_schema_order() -> None:
    """Settings without w:compat get one, before w:rsids, holding compatibilityMode 15."""
    doc = Document()
    settings = doc.settings.element
    settings.remove(settings.find(clark("w:compat")))
    upgrade_to_word_2013(doc)
    names = local_names(settings)
    assert names[names.index("compat") + 1] == "rsids"
    assert [dict(s.attrib) for s in settings.find(clark("w:compat"))] == [
        {
            clark("w:name"): "compatibilityMode",
            clark("w:uri"): "http://schemas.microsoft.com/office/word",
            clark("w:val"): "15",
        }
    ]


def test_a_typed_line_break_does_not_stretch_its_line(sample_report: Path) -> None:
    """The report tells Word and LibreOffice not to spread the words of a justified line
    that ends in a line break (Alt+Enter in a HoatDong cell gave "và        điều
    chỉnh        dự        án" across the page): w:doNotExpandShiftReturn, in the
    schema's place among the template's own compatibility options."""
    compat = part(sample_report, "word/settings.xml").find("w:compat", NS)
    assert local_names(compat)[:2] == ["doNotExpandShiftReturn", "useFELayout"]
    assert compat.find("w:doNotExpandShiftReturn", NS).attrib == {}


def test_a_templates_own_line_break_setting_is_kept() -> None:
    """A template that turns the option off (w:val="0") keeps it off."""
    doc = Document()
    compat = add_child(doc.settings.element, "w:compat")
    add_child(compat, "w:doNotExpandShiftReturn").set(clark("w:val"), "0")
    no_stretched_lines(doc)
    found = doc.settings.element.findall("w:compat/w:doNotExpandShiftReturn", NS)
    assert [dict(e.attrib) for e in found] == [{clark("w:val"): "0"}]


def test_sample_report_properties(sample_report: Path) -> None:
    """Month title, issuing body, build time, baocao in app.xml, no statistics or thumbnail."""
    props = Document(str(sample_report)).core_properties
    stamp = document_time(Period(2024, 3)).replace(tzinfo=dt.UTC)
    assert (props.title, props.author, props.last_modified_by, props.revision) == (
        "Báo cáo tháng 3 năm 2024",
        "SỞ CÔNG THƯƠNG",
        "",
        1,
    )
    assert props.created == props.modified == stamp
    assert props.last_printed is None
    app = part(sample_report, "docProps/app.xml")
    assert [(etree.QName(c).localname, c.text) for c in app] == [
        ("Application", "baocao"),
        ("AppVersion", "00.0100"),
    ]
    with zipfile.ZipFile(sample_report) as archive:
        assert not [n for n in archive.namelist() if "thumbnail" in n]
        assert b"thumbnail" not in archive.read("_rels/.rels")
        assert b"jpeg" not in archive.read("[Content_Types].xml")


def test_template_is_clean() -> None:
    """The default template: Word 2013 mode, baocao in app.xml, no thumbnail or preview."""
    template = ROOT / "templates" / "bao_cao_thang.docx"
    settings = part(template, "word/settings.xml")
    mode = settings.find(".//w:compatSetting[@w:name='compatibilityMode']", NS)
    assert mode.get(clark("w:val")) == "15"
    assert settings.find("w:savePreviewPicture", NS) is None
    app = part(template, "docProps/app.xml")
    assert [(etree.QName(c).localname, c.text) for c in app] == [
        ("Application", "baocao"),
        ("AppVersion", "00.0100"),
    ]
    with zipfile.ZipFile(template) as archive:
        assert [n for n in archive.namelist() if n.startswith("docProps/")] == [
            "docProps/core.xml",
            "docProps/app.xml",
        ]
        assert "word/stylesWithEffects.xml" not in archive.namelist()


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", "00.0100"),
        ("1.12.3", "01.1203"),
        ("2.0", "02.0000"),
        ("0.2.0.dev1", "00.0200"),
        ("100.0.0", None),
        ("dev", None),
    ],
)
def test_office_version(version: str, expected: str | None) -> None:
    """baocao's version as AppVersion's XX.YYYY: two digits each of major, minor, patch."""
    assert office_version(version) == expected


def test_add_child_in_schema_order() -> None:
    """add_child puts a new child before its schema successors and returns an existing one."""
    ppr = parse_xml(f'<w:pPr xmlns:w="{W}"><w:jc w:val="center"/><w:rPr/></w:pPr>')
    border = add_child(ppr, "w:pBdr")
    assert local_names(ppr) == ["pBdr", "jc", "rPr"]
    assert add_child(ppr, "w:pBdr") is border
    assert local_names(ppr) == ["pBdr", "jc", "rPr"]


def test_unknown_children_keep_their_place() -> None:
    """A child outside the schema list moves with the sibling before it; a comment stays first."""
    rpr = parse_xml(
        f'<w:rPr xmlns:w="{W}" xmlns:x="urn:x"><!-- c --><w:sz w:val="2"/><x:ext/><w:b/></w:rPr>'
    )
    assert order_children(rpr) is True
    assert [c.tag if isinstance(c.tag, str) else "comment" for c in rpr] == [
        "comment",
        clark("w:b"),
        clark("w:sz"),
        "{urn:x}ext",
    ]
    assert order_children(rpr) is False


def test_parts_that_needed_nothing_are_passed_over_next_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The template's own parts that needed no ordering are passed over in its next report
    (in this process and, through the store, a later run), and the report is the same;
    a disordered part of the template is ordered in every report."""
    import baocao.package
    import baocao.render

    monkeypatch.setenv("BAOCAO_CACHE_DIR", str(tmp_path / "store"))
    monkeypatch.setattr(baocao.render, "_SETTLED", {})
    template = tmp_path / "template.docx"
    make_disordered_template(template)
    ordered: list[str] = []
    real = baocao.package.order_tree

    def counting(root: Any) -> bool:
        ordered.append(etree.QName(root).localname)
        return real(root)

    monkeypatch.setattr(baocao.package, "order_tree", counting)
    reports, runs = [], []
    for run in range(3):
        if run == 2:  # a later run: only the store remembers
            baocao.render._SETTLED.clear()
        ordered.clear()
        doc = render_document(template, sample_context())
        reports.append(tmp_path / f"report{run}.docx")
        write_document(doc, reports[-1], stamp=dt.datetime(2024, 3, 1), title="t", creator="c")
        runs.append(sorted(ordered))
    # The template's styles, numbering and font table are disordered (fixed every time);
    # its settings and web settings needed nothing (fontTable's root is w:fonts).
    assert runs == [
        ["document", "fonts", "numbering", "settings", "styles", "webSettings"],
        ["document", "fonts", "numbering", "styles"],
        ["document", "fonts", "numbering", "styles"],
    ]
    contents = [zipfile.ZipFile(r).read("word/styles.xml") for r in reports]
    assert contents[0] == contents[1] == contents[2]
    assert reports[0].read_bytes() == reports[1].read_bytes() == reports[2].read_bytes()


def test_a_part_changed_after_loading_is_ordered_even_when_settled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A part that needed nothing in one report but is changed in the next (the body size
    of [layout] writes into the Normal style) is put in order in that report."""
    import baocao.render
    from baocao.config import Layout

    monkeypatch.setenv("BAOCAO_CACHE_DIR", str(tmp_path / "store"))
    monkeypatch.setattr(baocao.render, "_SETTLED", {})
    doc = Document()
    rpr = doc.styles["Normal"].element.get_or_add_rPr()
    for child in list(rpr):
        rpr.remove(child)
    w14 = "http://schemas.microsoft.com/office/word/2010/wordml"
    rpr.append(etree.Element(f"{{{w14}}}ligatures", {f"{{{w14}}}val": "standard"}))
    template = tmp_path / "template.docx"
    doc.save(str(template))

    def normal_run_properties(layout: Layout | None) -> list[str]:
        rendered = render_document(template, sample_context(), layout).docx
        return local_names(rendered.styles["Normal"].element.rPr)

    assert normal_run_properties(None) == ["ligatures"]
    assert "/word/styles.xml" in next(iter(baocao.render._SETTLED.values()))
    assert normal_run_properties(Layout(body_size_pt=13)) == ["sz", "ligatures"]
