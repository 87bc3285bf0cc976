"""Templates as Word leaves them after ordinary editing: a tag that straddles a hyperlink or
a content control, a text box (Word writes it twice: its drawing and a fallback copy)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from docx import Document
from docx.oxml import parse_xml
from typer.testing import CliRunner

from baocao.cli import app
from baocao.completeness import check_complete
from baocao.errors import error, warning
from baocao.templatecheck import check_template

from helpers import (
    SAMPLE_TEMPLATE,
    blank_document,
    sample_context,
    write_config,
    xml_paragraph_template,
)

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STRADDLED = (
    "thẻ «{{{{ org.province }}}}» nằm một phần trong một {what}, phần còn lại ở ngoài, nên "
    "docxtpl sẽ tạo văn bản Word hỏng; hãy gõ lại cả thẻ ở ngoài {what} đó, hoặc bỏ {what}"
)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


@pytest.mark.parametrize(
    ("inner_xml", "what"),
    [
        (
            run("Tỉnh {{ org.pro")
            + f'<w:hyperlink w:anchor="a">{run("vince }} xong")}</w:hyperlink>',
            "liên kết (hyperlink)",
        ),
        (
            f'<w:hyperlink w:anchor="a">{run("Tỉnh {{ org.pro")}</w:hyperlink>' + run("vince }}"),
            "liên kết (hyperlink)",
        ),
        (
            f"<w:sdt><w:sdtContent>{run('Tỉnh {{ org.pro')}</w:sdtContent></w:sdt>"
            + run("vince }}"),
            "khung nội dung (content control)",
        ),
        (
            run("{{ org.pro") + f'<w:fldSimple w:instr=" PAGE ">{run("vince }}")}</w:fldSimple>',
            "trường (field) của Word",
        ),
    ],
    ids=["into-a-hyperlink", "out-of-a-hyperlink", "out-of-a-content-control", "into-a-field"],
)
def test_a_tag_straddling_a_container_is_an_error_at_its_paragraph(
    tmp_path: Path, inner_xml: str, what: str
) -> None:
    """A link added over half a tag (or a tag retyped across one's edge) made docxtpl write
    broken XML: build stopped with libxml's English words and no place ("Opening and ending
    tag mismatch: p line 1 and hyperlink"). It is an error at the paragraph, in Vietnamese."""
    tpl = xml_paragraph_template(tmp_path, inner_xml)
    assert check_template(tpl, None) == [error(STRADDLED.format(what=what), tpl, place="đoạn 1")]


@pytest.mark.parametrize(
    "inner_xml",
    [
        f'<w:hyperlink w:anchor="a">{run("{{ org.province }}")}</w:hyperlink>' + run(" xong."),
        run("{{ org.pro") + f'<w:hyperlink w:anchor="a">{run("vin")}</w:hyperlink>' + run("ce }}"),
        f"<w:sdt><w:sdtContent>{run('Tỉnh {{ org.province }}')}</w:sdtContent></w:sdt>",
        run("{{ org.pro") + '<w:bookmarkStart w:id="1" w:name="a"/>' + run("vince }}"),
    ],
    ids=["tag-inside-a-link", "link-inside-a-tag", "tag-inside-a-control", "bookmark"],
)
def test_a_tag_wholly_inside_or_around_a_container_is_fine(tmp_path: Path, inner_xml: str) -> None:
    """docxtpl renders a tag inside a link or a content control, and drops a link wholly
    inside a tag (its two edges go together): no finding."""
    assert check_template(xml_paragraph_template(tmp_path, inner_xml), None) == []


BOX_NS = (
    f"{W} xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006' "
    "xmlns:wps='http://schemas.microsoft.com/office/word/2010/wordprocessingShape' "
    "xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' "
    "xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main' "
    "xmlns:v='urn:schemas-microsoft-com:vml'"
)


def text_box(paragraphs_xml: str) -> str:
    """A run holding a text box as Word writes it: the drawing, and a fallback copy of its
    paragraphs in a VML shape for older readers."""
    return (
        f"<w:r {BOX_NS}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:inline>"
        "<wp:extent cx='3000000' cy='600000'/><wp:docPr id='9' name='Text Box 9'/>"
        "<a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/word/2010/"
        "wordprocessingShape'><wps:wsp><wps:cNvSpPr txBox='1'/><wps:spPr/><wps:txbx>"
        f"<w:txbxContent>{paragraphs_xml}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>"
        "</a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice><mc:Fallback>"
        f"<w:pict><v:shape><v:textbox><w:txbxContent>{paragraphs_xml}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_a_tag_in_a_text_box_is_said_once(tmp_path: Path) -> None:
    """A half-bold tag in a text box was warned about twice (its paragraph and the fallback
    copy's, a paragraph the office never sees); now once, at the text box's paragraph."""
    doc = blank_document()
    inner = (
        f"<w:p>{run('Tỉnh {{ org.pro')}"
        "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space='preserve'>vince }}</w:t></w:r></w:p>"
    )
    doc.add_paragraph()._p.append(parse_xml(text_box(inner)))
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    assert check_template(tpl, None) == [
        warning(
            "định dạng bên trong thẻ «{{ org.province }}» (đậm, nghiêng, cỡ chữ…) sẽ bị mất khi "
            "tạo báo cáo; hãy định dạng cả thẻ giống nhau",
            tpl,
            place="đoạn 2",
        )
    ]


def test_tasks_in_a_text_box_are_counted_once(tmp_path: Path) -> None:
    """Tasks set in a text box were counted twice, the fallback copy too: a report printing
    each once got "nhiệm vụ 1 … 2 lần, trong khi sổ dữ liệu chỉ có 1 lần" (with --strict, no
    report). The fallback copy is not counted."""
    context = sample_context()
    doc = blank_document()
    for section in context.activities:
        for item in section.items:
            doc.add_paragraph(item.text)
    tasks = "".join(f"<w:p>{run(escape(t.text))}</w:p>" for t in context.tasks)
    doc.add_paragraph()._p.append(parse_xml(text_box(tasks)))
    assert check_complete(doc, context, tmp_path / "mau.docx") == []


def test_a_chart_the_template_does_not_place_is_a_warning(workspace: Path) -> None:
    """A chart asked for ([appendix] chart = true, or --chart) with a template that has no
    {{ chart.image }} (its appendix deleted, or made before the chart): the report had no
    chart, exit code 0 and not a word. It is a warning at the template."""
    doc = Document(str(SAMPLE_TEMPLATE))
    for paragraph in doc.paragraphs:
        if "{{ chart.image }}" in paragraph.text:
            for piece in paragraph.runs:
                piece.text = piece.text.replace("{{ chart.image }}", "")
    tpl = workspace / "mau.docx"
    doc.save(str(tpl))
    config = write_config(workspace, template=tpl)
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[paths]", "[appendix]\nchart = true\n\n[paths]"), "utf-8")
    result = CliRunner().invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        0,
        [
            f"CẢNH BÁO: {tpl}: Đã yêu cầu vẽ biểu đồ (--chart hay [appendix] chart = true) nhưng "
            "mẫu báo cáo không in biểu đồ (không có thẻ {{ chart.image }}: phụ lục của mẫu đã bị "
            "xóa, hay mẫu làm trước khi có biểu đồ), nên báo cáo không có biểu đồ. Hãy thêm vào "
            "cuối phụ lục của mẫu khối «{%p if chart %}» … «{{ chart.image }}» … «{%p endif %}» "
            "như mẫu mặc định (docs/template.md), hoặc bỏ yêu cầu vẽ biểu đồ.",
            "Tổng cộng: 0 lỗi, 1 cảnh báo.",
        ],
    )
    write_config(workspace, template=SAMPLE_TEMPLATE)
    config.write_text(
        config.read_text("utf-8").replace("[paths]", "[appendix]\nchart = true\n\n[paths]"),
        "utf-8",
    )
    result = CliRunner().invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert result.stdout.splitlines()[1:] == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


def toc_template(tmp_path: Path, entries: list[str]) -> Path:
    """A template opening with a table of contents (References → Table of Contents) as Word
    writes it: a TOC field whose result is one paragraph per heading, then a heading."""
    doc = blank_document()
    for number, text in enumerate(entries):
        inner = ""
        if number == 0:
            inner += (
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
                'xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            )
        inner += run(text) + f"<w:r><w:tab/></w:r>{run(str(number + 1))}"
        if number == len(entries) - 1:
            inner += '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        doc.add_paragraph()._p.extend(parse_xml(f"<w:p {W}>{inner}</w:p>"))
    doc.add_paragraph("I. {{ report.section_one }}")
    path = tmp_path / "mau.docx"
    doc.save(str(path))
    return path


def test_a_table_of_contents_copying_tags_is_an_error(tmp_path: Path) -> None:
    """A table of contents inserted in the template copies its headings' tags: in a loop's
    heading, a name only the loop has (build stopped saying the data lacks «s.number»); in
    others, the template's own headings and page numbers, printed in every report, exit 0.
    It is an error at the first entry, saying to empty the table and update it in the report."""
    tpl = toc_template(tmp_path, ["I. {{ report.section_one }}", "{{ s.number }}. {{ s.title }}"])
    assert check_template(tpl, None) == [
        error(
            "thẻ «{{ report.section_one }}» nằm trong mục lục (Table of Contents) của Word: mục "
            "lục là bản chép chữ của các đề mục, cả thẻ của chúng, nên báo cáo sẽ điền thẻ ở chỗ "
            "không có giá trị của nó hay in mục lục cũ với số trang của mẫu; hãy xóa các dòng "
            "của mục lục trong mẫu (hoặc cả mục lục), rồi chèn hay cập nhật mục lục trong báo cáo "
            "đã tạo (chuột phải vào mục lục → Cập nhật Trường; Update Field)",
            tpl,
            place="đoạn 1",
        )
    ]
    assert check_template(toc_template(tmp_path, ["Mục lục sẽ cập nhật."]), None) == []


@pytest.mark.parametrize(
    ("inner_xml", "seen", "what", "left"),
    [
        (
            "<w:r><w:t xml:space='preserve'>{{ trade.export_markets | join(' </w:t>"
            "<w:noBreakHyphen/><w:t xml:space='preserve'> ') }}</w:t></w:r>",
            "{{ trade.export_markets | join(' ‑ ') }}",
            "dấu gạch nối không ngắt (Ctrl+Shift+-)",
            "{{ trade.export_markets | join(' ') }}",
        ),
        (
            "<w:r><w:t xml:space='preserve'>{% if month and</w:t><w:br/>"
            "<w:t xml:space='preserve'>year %}có{% endif %}</w:t></w:r>",
            "{% if month and year %}",
            "một dấu xuống dòng (Shift+Enter)",
            "{% if month andyear %}",
        ),
        (
            "<w:r><w:t xml:space='preserve'>{{ trade.export_markets | join(' </w:t>"
            "<w:sym w:font='Symbol' w:char='F02D'/><w:t xml:space='preserve'> ') }}</w:t></w:r>",
            "{{ trade.export_markets | join(' □ ') }}",
            "một ký hiệu chèn bằng Chèn → Ký hiệu (Insert → Symbol)",
            "{{ trade.export_markets | join(' ') }}",
        ),
    ],
    ids=["non-breaking-hyphen", "line-break-between-words", "symbol"],
)
def test_a_character_word_writes_as_an_element_in_a_tag_is_an_error(
    tmp_path: Path, inner_xml: str, seen: str, what: str, left: str
) -> None:
    """docxtpl drops the elements between a tag's texts: a non-breaking hyphen in
    join(' ‑ ') printed "Trung Quốc  Hàn Quốc", exit 0; a line break typed to wrap a long
    tag glued two words. Each is an error naming the tag as Word shows it and as it reads."""
    tpl = xml_paragraph_template(tmp_path, inner_xml)
    assert check_template(tpl, None) == [
        error(
            f"trong thẻ «{seen}» có {what}, thứ docxtpl bỏ đi khi tạo báo cáo nên thẻ thành "
            f"«{left}»; hãy gõ lại thẻ, dùng ký tự thường (dấu «-» thường, dấu cách)",
            tpl,
            place="đoạn 1",
        )
    ]


def test_a_soft_hyphen_or_a_break_beside_a_space_in_a_tag_is_fine(tmp_path: Path) -> None:
    """A soft hyphen prints nothing, and a break after a space takes nothing away."""
    inner_xml = (
        "<w:r><w:t xml:space='preserve'>{{ org.pro</w:t><w:softHyphen/>"
        "<w:t xml:space='preserve'>vince | </w:t><w:br/><w:t>capfirst }}</w:t></w:r>"
    )
    assert check_template(xml_paragraph_template(tmp_path, inner_xml), None) == []


def test_a_prefix_followed_by_a_non_breaking_space_is_named(tmp_path: Path) -> None:
    """ "{%p" and a non-breaking space (pasted from a web page) is no paragraph tag to docxtpl:
    only its "{%p endif %}" was reported, as having no tag to open it. The tag itself is now
    an error that says which space it holds."""
    doc = blank_document()
    for text in ("{%p\u00a0if month %}", "Tháng {{ month }}", "{%p endif %}"):
        doc.add_paragraph(text)
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    assert check_template(tpl, None)[0] == error(
        "trong thẻ «{%p if month %}», sau «{%p» là một dấu cách đặc biệt (U+00A0, thường do chép "
        "chữ từ trang web), không phải dấu cách thường, nên docxtpl không nhận ra thẻ này (các "
        "thẻ «else», «end…» của khối sẽ bị báo là không có thẻ mở); hãy xóa rồi gõ lại dấu cách",
        tpl,
        place="đoạn 1",
    )
