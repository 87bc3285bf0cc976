"""The template as a file: is it one, is it a Word document, is every XML part sound.

Run before any parser reads the template (``check``, ``build``, the template
check): a missing path, a folder or FIFO, an Excel workbook given as the
template, a zip that unpacks too large, a DOCTYPE or ENTITY, or XML that is not
well-formed each get a Vietnamese message, never a parser's exception.
"""

from __future__ import annotations

import functools
import hashlib
import io
import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.parsers import expat

from baocao import store
from baocao.errors import os_reason
from baocao.files import NotRegularFileError, broken_link, read_regular, regular_file_kind
from baocao.limits import MAX_MARKUP, whole
from baocao.memo import remember
from baocao.partshapes import content_types, duplicate_entry, shape_trouble
from baocao.sniff import CORRUPT_ZIP
from baocao.zipsize import understated

MAX_TEMPLATE_BYTES = 100 * 1024 * 1024  # unpacked; the default template is ~100 kB


@dataclass(frozen=True)
class TemplateBytes:
    """A template's bytes, read once so every check and the render see the same ones, and
    their SHA-256, which what is kept of the template is keyed by."""

    data: bytes
    digest: str


def read_template(template: Path) -> TemplateBytes:
    """The template's bytes (a regular file's: ``NotRegularFileError`` else) and digest;
    of a file over ``MAX_TEMPLATE_BYTES``, its first ``MAX_TEMPLATE_BYTES`` and one more
    (a 2 GB file took 2 GB of memory and 8 s to be refused as no zip)."""
    data = read_regular(template, MAX_TEMPLATE_BYTES + 1)
    return TemplateBytes(data, hashlib.sha256(data).hexdigest())


class _DeclarationError(Exception):
    """A DOCTYPE or ENTITY met while parsing a template part."""


def template_not_a_file(template: Path) -> str | None:
    """Why ``template`` is no file to read (missing, a folder, a FIFO, a device), naming it;
    None when it is a regular file."""
    try:
        kind = regular_file_kind(template)
    except (FileNotFoundError, NotADirectoryError):
        broken = broken_link(template)
        return f"Không tìm thấy mẫu báo cáo: {template}" + (f". {broken}" if broken else "")
    except OSError as exc:
        return f"Không đọc được mẫu báo cáo {template}: {os_reason(exc)}."
    return None if kind is None else f"Mẫu báo cáo {template} là {kind}, không phải tệp .docx."


# The main part's content type names the kind of Office file a zip is.
_NOT_WORD = (
    (b"spreadsheetml", "một sổ Excel"),
    (b"presentationml", "một tệp PowerPoint"),
    (b"opendocument", "một tệp OpenDocument (LibreOffice)"),
)
_WORD_MAIN = (b"wordprocessingml.document.main", b"wordprocessingml.template.main", b"ms-word.")
# Word files that are not a document: python-docx (and so docxtpl) opens a document only.
_NOT_DOCUMENT = (
    (b"macroEnabled", "một tệp Word có macro (.docm hay .dotm)"),
    (b"wordprocessingml.template.main", "một mẫu Word (Word Template, .dotx)"),
)


def read_sound_template(template: Path) -> tuple[TemplateBytes | None, str | None]:
    """The template's bytes, read once, when they are sound (``template_trouble``):
    (bytes, None); else (None, why), also when the file cannot be read."""
    try:
        package = read_template(template)
    except NotRegularFileError as exc:  # swapped for a FIFO since it was looked at
        return None, f"Mẫu báo cáo là {exc.kind}, không phải tệp .docx."
    except OSError as exc:
        return None, f"Không đọc được mẫu báo cáo: {os_reason(exc)}."
    trouble = template_trouble(package)
    return (None, trouble) if trouble else (package, None)


def template_trouble(package: TemplateBytes) -> str | None:
    """What makes the template's bytes unusable, found before any parser reads them; None
    when sound.

    Every XML part must be well-formed and declare no DOCTYPE or ENTITY (Word never
    writes one; an entity could pull in another file, or silently drop text); the
    zip must unpack to under ``MAX_TEMPLATE_BYTES``. The message names no path. Bytes
    already found sound are not looked at again, in this process or an earlier run
    (``store``): build checks, then renders, and most runs read an unchanged template.
    """

    def find() -> str:
        read = functools.partial(_trouble, package.data)
        return store.kept(store.kind("template-trouble"), package.digest, read, store.as_text, str)

    return remember(_TROUBLE, package.digest, find, 8) or None


_TROUBLE: dict[str, str] = {}  # by digest: what ``_trouble`` found ("" for nothing)


def _trouble(data: bytes) -> str:
    if len(data) > MAX_TEMPLATE_BYTES:  # no zip of parts that unpack to less is this large
        return (
            f"Tệp mẫu báo cáo nặng hơn {MAX_TEMPLATE_BYTES // 2**20} MB, quá lớn so với một mẫu "
            "(mẫu mặc định khoảng 100 kB): có thể không phải tệp Word, hoặc là tệp độc hại; "
            "chương trình từ chối đọc."
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if sum(i.file_size for i in infos) > MAX_TEMPLATE_BYTES:
                return (
                    f"Mẫu báo cáo giải nén ra quá {MAX_TEMPLATE_BYTES // 2**20} MB, quá lớn so "
                    "với một mẫu (có thể là tệp độc hại)."
                )
            if (twice := duplicate_entry(i.filename for i in infos)) is not None:
                return twice
            if (part := understated(data, archive)) is not None:
                return (
                    f"Phần {part} của mẫu báo cáo giải nén ra nhiều hơn kích thước ghi trong "
                    "tệp nén (tệp hỏng hoặc độc hại)."
                )
            names = set(archive.namelist())
            kinds = b"".join(
                archive.read(n) for n in ("[Content_Types].xml", "mimetype") if n in names
            )
            if not any(main in kinds for main in _WORD_MAIN):
                what = next((name for mark, name in _NOT_WORD if mark in kinds), "một tệp nén")
                return (
                    f"Mẫu báo cáo là {what}, không phải tệp Word .docx. Hãy chỉ «template» "
                    "đến một tệp .docx, hoặc bỏ khóa này để dùng mẫu mặc định."
                )
            if _WORD_MAIN[0] + b"+xml" not in kinds:
                what = next((name for mark, name in _NOT_DOCUMENT if mark in kinds), "")
                return (
                    f"Mẫu báo cáo là {what or 'một tệp Word không phải tài liệu'}, không phải "
                    "tài liệu Word .docx. Hãy mở tệp trong Word, chọn Tệp → Lưu thành (Save As) "
                    "«Word Document (*.docx)» (LibreOffice: «Word 2007-365 (.docx)»), rồi chỉ "
                    "«template» đến tệp .docx đó."
                )
            parts = [
                (i.filename, archive.read(i))
                for i in infos
                if i.filename.endswith((".xml", ".rels"))
            ]
    except CORRUPT_ZIP as exc:
        return f"Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ ({zip_reason(exc)})."
    found = next((t for name, data in parts if (t := _too_much_markup(name, data))), "")
    found = found or next((t for name, data in parts if (t := _xml_trouble(name, data))), "")
    xml = dict(parts)
    return found or _package_trouble(xml, names) or shape_trouble(xml) or ""


def _too_much_markup(part: str, data: bytes) -> str | None:
    """A part of more XML tags than a rendered part may hold (``MAX_MARKUP``): its report
    would be refused, after docxtpl's work on it (a 200 kB template of 60 MB of paragraphs
    took 277 s and 5,7 GB to be); a template's largest part has a few thousand."""
    if data.count(b"<") <= MAX_MARKUP:
        return None
    return (
        f"Phần {part} của mẫu báo cáo có hơn {whole(MAX_MARKUP)} thẻ XML, quá lớn so với một "
        "mẫu (mẫu mặc định có khoảng 2.000; có thể là tệp độc hại): báo cáo tạo từ nó sẽ vượt "
        "giới hạn của một báo cáo."
    )


_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_STRICT = b"purl.oclc.org/ooxml/"  # the namespaces of ISO 29500 Strict


def _package_trouble(xml: dict[str, bytes], names: set[str]) -> str:
    """What python-docx would fail on in a zip of sound XML: a Strict Open XML document,
    no main document, a part a relationship names that the zip lacks or whose content type
    is not given ("" when none). It walks the relationships as python-docx does."""
    if _STRICT in xml.get("_rels/.rels", b""):
        return (
            "Mẫu báo cáo được lưu dạng «Strict Open XML Document», dạng mà chương trình không "
            "đọc được. Hãy mở tệp trong Word, chọn Tệp → Lưu thành (Save As) «Word Document "
            "(*.docx)», rồi dùng tệp đó."
        )
    type_of = content_types(ET.fromstring(xml.get("[Content_Types].xml", b"<Types/>")))
    damaged = "Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ ({}): tệp bị hỏng hoặc "
    damaged += "chưa chép, tải xong. Hãy mở tệp bằng Word và lưu lại thành .docx."
    main = [r for r in _relationships(xml, "/") if r.get("Type") == _OFFICE_DOCUMENT]
    if not main:
        return damaged.format("không có phần chính của tài liệu")
    seen: set[str] = set()
    sources = ["/"]
    while sources:
        source = sources.pop()
        base = posixpath.dirname(source)
        for rel in _relationships(xml, source):
            if rel.get("TargetMode") == "External":
                if rel.get("Type", "").rpartition("/")[2] not in _EXTERNAL_KEPT:
                    return _linked(rel.get("Target", ""), source)
                continue
            target = posixpath.abspath(posixpath.join(base, rel.get("Target", "")))
            if rel.get("Type", "").endswith("/aFChunk"):
                return _ALT_CHUNK.format(target[1:])
            if target in seen:
                continue
            seen.add(target)
            if target[1:] not in names:
                return damaged.format(f"thiếu phần {target[1:]}")
            if type_of(target[1:]) is None:
                return damaged.format(f"phần {target[1:]} không có kiểu nội dung")
            sources.append(target)
    return ""


# What a template may link outside itself: a hyperlink (opened when clicked) and the
# template Word made it from (left out of the report: ``package.normalise``). Anything
# else (a picture, an object, a frame, a mail merge source) Word fetches when the report
# is opened, from a web address or a share the template names.
_EXTERNAL_KEPT = frozenset({"hyperlink", "attachedTemplate"})


# An altChunk: HTML, RTF or another document that Word reads, links and all, only when it
# opens the file, and turns into its own paragraphs when it saves one: docxtpl renders
# none of it, and Word itself never leaves one in a file it saved.
_ALT_CHUNK = (
    "Mẫu báo cáo có một phần nhúng nguyên văn ({}: HTML, RTF hay một tài liệu khác, "
    "«altChunk») mà Word chỉ đọc khi mở báo cáo: chương trình không điền được thẻ nào trong "
    "đó, và mọi liên kết của nó sẽ được mở. Hãy mở tệp mẫu bằng Word và lưu lại (Word đổi "
    "phần này thành đoạn văn thường)."
)


def _linked(target: str, source: str) -> str:
    """The error for a part linked outside the template from the part ``source``."""
    shown = target if len(target) <= 80 else target[:79] + "…"
    return (
        f"Mẫu báo cáo có một phần liên kết tới tệp hay địa chỉ bên ngoài «{shown}» (trong "
        f"phần {source[1:] or 'gốc của tệp'}), mà Word sẽ tự mở khi mở báo cáo: thường là một "
        "hình hay đối tượng được chèn kiểu liên kết («Link to File»). Hãy chèn hẳn nó vào "
        "tệp mẫu (Insert → Pictures → Insert), hoặc bỏ nó."
    )


def _relationships(xml: dict[str, bytes], source: str) -> list[ET.Element]:
    """The relationships of the part ``source`` ("/" for the package), as its .rels holds."""
    folder, name = posixpath.split(source)
    data = xml.get(posixpath.join(folder, "_rels", f"{name}.rels")[1:])
    return [] if data is None else list(ET.fromstring(data).iter(_RELATIONSHIPS))


def zip_reason(exc: BaseException) -> str:
    """Why a .docx could not be unpacked, in Vietnamese: zipfile says it in English."""
    if str(exc) == "File is not a zip file":
        return (
            "tệp không phải dạng nén của Word: có thể là tệp văn bản, tệp .doc cũ hay một tệp "
            "khác được đổi tên thành .docx"
        )
    if isinstance(exc, RuntimeError) and "encrypted" in str(exc):  # zipfile's, a member's
        return (
            "tệp được nén kèm mật khẩu, điều Word không bao giờ làm: có thể là một tệp nén "
            "bằng 7-Zip hay WinRAR được đổi tên thành .docx"
        )
    return f"tệp bị hỏng hoặc chưa chép, tải xong: {exc}"


# How deep elements may nest: libxml2's limit, past which docxtpl and python-docx (lxml)
# stop with "Excessive depth in document: 256" (a traceback); Word's own documents nest
# far less, tables in tables included.
MAX_DEPTH = 256
# A table without its columns' grid (w:tblGrid, which Word always writes): docxtpl's
# fix_tables stopped with "'NoneType' object has no attribute 'findall'" (a traceback).
_GRIDLESS = (
    "Phần {part} của mẫu báo cáo có một bảng không có lưới cột (w:tblGrid) (dòng {line}, cột "
    "{column}), điều Word luôn ghi: tệp bị hỏng hoặc bị sửa ngoài Word. Hãy mở tệp bằng Word "
    "và lưu lại thành .docx, hoặc dùng lại mẫu cũ."
)


def _xml_trouble(part: str, data: bytes) -> str | None:
    depth, trouble = 0, ""
    tables: list[list[int]] = []  # per open table: its depth, line, column, grid met (1)

    def declared(*_: object) -> None:
        nonlocal trouble
        trouble = (
            f"Phần {part} của mẫu báo cáo có khai báo DOCTYPE/ENTITY, điều mà Word không bao "
            "giờ ghi (có thể là tệp độc hại); chương trình từ chối dùng mẫu này."
        )
        raise _DeclarationError

    def opened(name: str, *_: object) -> None:
        nonlocal depth, trouble
        depth += 1
        line, column = parser.CurrentLineNumber, parser.CurrentColumnNumber + 1
        if depth > MAX_DEPTH:
            trouble = (
                f"Phần {part} của mẫu báo cáo lồng các phần tử quá {MAX_DEPTH} tầng (dòng "
                f"{line}, cột {column}: khung nội dung, liên kết hay bảng lồng trong nhau), "
                "điều Word không ghi; chương trình không đọc được mẫu này. Hãy mở tệp bằng "
                "Word và lưu lại thành .docx, hoặc dùng lại mẫu cũ."
            )
            raise _DeclarationError
        local = name.rpartition(":")[2]
        if local == "tblGrid" and tables and tables[-1][0] == depth - 1:
            tables[-1][3] = 1
        elif local == "tbl":
            tables.append([depth, line, column, 0])

    def closed(name: str) -> None:
        nonlocal depth, trouble
        depth -= 1
        if name.rpartition(":")[2] == "tbl" and tables:
            _, line, column, grid = tables.pop()
            if not grid and not trouble:  # the first table's
                trouble = _GRIDLESS.format(part=part, line=line, column=column)

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = declared
    parser.EntityDeclHandler = declared
    parser.StartElementHandler, parser.EndElementHandler = opened, closed
    try:
        parser.Parse(data, True)
    except _DeclarationError:
        return trouble
    except expat.ExpatError as exc:
        return (
            f"Phần {part} của mẫu báo cáo không phải XML hợp lệ (dòng {exc.lineno}, cột "
            f"{exc.offset + 1}): tệp bị hỏng hoặc bị sửa ngoài Word. Hãy mở tệp bằng Word và "
            "lưu lại thành .docx, hoặc dùng lại mẫu cũ."
        )
    return trouble or None
