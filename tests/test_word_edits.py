"""Templates as Word leaves them after ordinary editing: a tag that straddles a hyperlink or
a content control, a text box (Word writes it twice: its drawing and a fallback copy)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.oxml import parse_xml

from baocao.errors import error
from baocao.templatecheck import check_template

from helpers import blank_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STRADDLED = (
    "thẻ «{{{{ org.province }}}}» nằm một phần trong một {what}, phần còn lại ở ngoài, nên "
    "docxtpl sẽ tạo văn bản Word hỏng; hãy gõ lại cả thẻ ở ngoài {what} đó, hoặc bỏ {what}"
)


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def one_paragraph(tmp_path: Path, inner_xml: str) -> Path:
    """A template of one paragraph holding ``inner_xml``."""
    doc = blank_document()
    paragraph = doc.add_paragraph()._p
    for child in parse_xml(f"<w:p {W}>{inner_xml}</w:p>"):
        paragraph.append(child)
    path = tmp_path / "mau.docx"
    doc.save(str(path))
    return path


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
    tpl = one_paragraph(tmp_path, inner_xml)
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
    assert check_template(one_paragraph(tmp_path, inner_xml), None) == []
