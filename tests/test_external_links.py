"""A template may link outside itself by hyperlinks only: Word fetches any other link
(a picture, an object, a frame) when the report is opened; and it may not be so large
that reading it takes minutes."""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path

import pytest

from baocao.config import default_template_path
from baocao.render import render_document
from baocao.templatefile import TemplateBytes, read_template, template_trouble

from helpers import document_texts, one_paragraph_template, sample_context

RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def linked(part: str, kind: str, target: str) -> TemplateBytes:
    """The default template with an external relationship of ``kind`` added to ``part``'s
    relationships."""
    out = io.BytesIO()
    rel = f'<Relationship Id="rIdX" Type="{RELS}{kind}" Target="{target}" TargetMode="External"/>'
    with (
        zipfile.ZipFile(default_template_path()) as source,
        zipfile.ZipFile(out, "w") as copy,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == part:
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            copy.writestr(info, data)
    return TemplateBytes(out.getvalue(), f"{part}{kind}{target}")


@pytest.mark.parametrize(
    ("part", "kind", "target", "shown", "source"),
    [
        (
            "word/_rels/document.xml.rels",
            "image",
            "file:///etc/passwd",
            "file:///etc/passwd",
            "word/document.xml",
        ),
        (
            "word/_rels/document.xml.rels",
            "oleObject",
            "\\\\may-chu\\chia-se\\a.xlsx",
            "\\\\may-chu\\chia-se\\a.xlsx",
            "word/document.xml",
        ),
        (
            "_rels/.rels",
            "frame",
            "http://example.com/" + "a" * 100,
            "http://example.com/" + "a" * 60 + "…",
            "gốc của tệp",
        ),
    ],
)
def test_a_part_linked_outside_the_template_is_refused(
    part: str, kind: str, target: str, shown: str, source: str
) -> None:
    """A picture linked to a file or a web address (or an object, a frame) was carried into
    the report, built with exit code 0: Word would read it (a local file, a share, which
    gives away the reader's Windows login, a web address) when the report is opened."""
    assert template_trouble(linked(part, kind, target)) == (
        f"Mẫu báo cáo có một phần liên kết tới tệp hay địa chỉ bên ngoài «{shown}» (trong phần "
        f"{source}), mà Word sẽ tự mở khi mở báo cáo: thường là một hình hay đối tượng được "
        "chèn kiểu liên kết («Link to File»). Hãy chèn hẳn nó vào tệp mẫu (Insert → Pictures "
        "→ Insert), hoặc bỏ nó."
    )


def test_a_hyperlink_is_kept() -> None:
    """A hyperlink is opened only when clicked: a template may hold one."""
    part = "word/_rels/document.xml.rels"
    assert template_trouble(linked(part, "hyperlink", "https://congthuong.gov.vn")) is None


def test_the_attached_template_is_left_out_of_the_report(tmp_path: Path) -> None:
    """The template Word made the template from (settings.xml's w:attachedTemplate, an
    external relationship) was carried into the report: Word fetches it, and runs its
    macros, whenever the report is opened. The report has none."""
    path = one_paragraph_template(tmp_path, "Tháng {{ month }}.")
    rel = (
        f'<Relationship Id="rIdT" Type="{RELS}attachedTemplate" '
        'Target="http://example.com/mau.dotm" TargetMode="External"/>'
    )
    copy = tmp_path / "attached.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/settings.xml":
                attached = rb'\1<w:attachedTemplate r:id="rIdT"/>'
                data = re.sub(rb"(<w:settings[^>]*>)", attached, data)
            target.writestr(info, data)
        target.writestr(
            "word/_rels/settings.xml.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
            f'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rel}'
            "</Relationships>",
        )
    assert template_trouble(read_template(copy)) is None  # a template may have one
    out = tmp_path / "out.docx"
    render_document(copy, sample_context()).save(str(out))
    with zipfile.ZipFile(out) as report:
        xml = b"".join(report.read(name) for name in report.namelist())
    assert document_texts(out) == ["Tháng 3."]
    assert b"attachedTemplate" not in xml
    assert b"mau.dotm" not in xml


def test_a_part_of_too_many_tags_is_refused_before_it_is_read() -> None:
    """A 200 kB template whose body held 60 MB of paragraphs took 277 s and 5,7 GB before
    its report was refused for holding more than 200 000 XML tags: a part that holds
    more is refused at once."""
    out = io.BytesIO()
    body = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 50_000
    with (
        zipfile.ZipFile(default_template_path()) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + body, 1)
            copy.writestr(info, data)
    start = time.perf_counter()
    assert template_trouble(TemplateBytes(out.getvalue(), "tags")) == (
        "Phần word/document.xml của mẫu báo cáo có hơn 200.000 thẻ XML, quá lớn so với một "
        "mẫu (mẫu mặc định có khoảng 2.000; có thể là tệp độc hại): báo cáo tạo từ nó sẽ vượt "
        "giới hạn của một báo cáo."
    )
    assert time.perf_counter() - start < 10  # unguarded: 277 s; room for a loaded machine


def test_an_alt_chunk_is_refused() -> None:
    """An altChunk (a part of HTML that Word reads only when it opens the file, fetching
    its pictures) was carried into the report with exit code 0, its tags unfilled."""
    out = io.BytesIO()
    chunk = b'<html><body><p>{{ month }}</p><img src="http://example.com/a.png"></body></html>'
    rel = (
        f'<Relationship Id="rIdC" Type="{RELS}aFChunk" Target="chunk.html"/></Relationships>'
    ).encode()
    with (
        zipfile.ZipFile(default_template_path()) as source,
        zipfile.ZipFile(out, "w") as copy,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", rel)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>", b'<Default Extension="html" ContentType="text/html"/></Types>'
                )
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b'<w:body><w:altChunk r:id="rIdC"/>', 1)
            copy.writestr(info, data)
        copy.writestr("word/chunk.html", chunk)
    assert template_trouble(TemplateBytes(out.getvalue(), "alt chunk")) == (
        "Mẫu báo cáo có một phần nhúng nguyên văn (word/chunk.html: HTML, RTF hay một tài liệu "
        "khác, «altChunk») mà Word chỉ đọc khi mở báo cáo: chương trình không điền được thẻ nào "
        "trong đó, và mọi liên kết của nó sẽ được mở. Hãy mở tệp mẫu bằng Word và lưu lại "
        "(Word đổi phần này thành đoạn văn thường)."
    )
