"""A template may link outside itself by hyperlinks only: Word fetches any other link
(a picture, an object, a frame) when the report is opened."""

from __future__ import annotations

import io
import zipfile

import pytest

from baocao.config import default_template_path
from baocao.templatefile import TemplateBytes, template_trouble

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
