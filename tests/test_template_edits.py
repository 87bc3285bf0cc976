"""Templates as an office leaves them after editing in Word: what docxtpl would render
wrong without a word is an error of ``check`` (and ``build`` writes nothing), at its place."""

from __future__ import annotations

from pathlib import Path

from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from typer.testing import CliRunner

from baocao.cli import app
from baocao.errors import error
from baocao.templatecheck import check_template

from helpers import blank_document, write_config

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
runner = CliRunner()


def with_endnote(folder: Path, note: str) -> Path:
    """A template of one paragraph whose endnote (Word: References → Insert Endnote) reads
    ``note``."""
    doc = blank_document()
    paragraph = doc.add_paragraph("Báo cáo tháng {{ month }}.")
    notes = (
        f'<w:endnotes xmlns:w="{W_NS}">'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
        '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:endnote>"
        f'<w:endnote w:id="1"><w:p><w:r><w:t xml:space="preserve">{note}</w:t></w:r></w:p>'
        "</w:endnote></w:endnotes>"
    )
    part = Part(
        PackURI("/word/endnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
        notes.encode(),
        doc.part.package,
    )
    doc.part.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
    )
    paragraph._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:endnoteReference w:id="1"/></w:r>'))
    path = folder / "mau.docx"
    doc.save(str(path))
    return path


def test_a_tag_in_an_endnote_is_an_error(workspace: Path) -> None:
    """docxtpl renders footnotes but not endnotes: the tag would be printed as typed."""
    tpl = with_endnote(workspace, "Nguồn: {{ org.issuing_body_in_text }} tháng {{ month }}.")
    assert check_template(tpl, None) == [
        error(
            "thẻ «{{ org.issuing_body_in_text }}» nằm trong chú thích cuối văn bản (endnote), "
            "phần mà chương trình không điền, nên báo cáo sẽ in nguyên văn "
            "«{{ org.issuing_body_in_text }}»; hãy chuyển nội dung này vào thân văn bản hoặc "
            "vào chú thích cuối trang (footnote), hoặc viết chữ thay cho thẻ.",
            tpl,
            place="chú thích cuối văn bản (endnote) thứ 1",
        )
    ]
    write_config(workspace, template=tpl)
    result = runner.invoke(app, ["build", "--month", "3", "--year", "2024"])
    assert result.exit_code == 5
    assert not (workspace / "out").exists() or not list((workspace / "out").iterdir())


def test_an_endnote_without_a_tag_is_fine(tmp_path: Path) -> None:
    assert check_template(with_endnote(tmp_path, "Nguồn: Cục Thống kê tỉnh."), None) == []
