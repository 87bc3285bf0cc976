"""The only module that imports docxtpl: the typed context → a rendered document.

The template is rendered in Jinja's sandbox with strict undefined names and
autoescape on: a value is data, never markup or code, and a name the
template uses but the context lacks is an error, not an empty string. This
module renders and applies the configured layout (python-docx's steps on the
package are ``package`` and ``ooxml``); ``output`` writes the file.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any
from xml.parsers import expat

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2 import TemplateError as JinjaError
from jinja2.exceptions import SecurityError

from baocao.config import Layout
from baocao.errors import TemplateError, os_reason
from baocao.files import NotRegularFileError, open_regular, regular_file_kind
from baocao.package import normalise
from baocao.sandbox import LimitedEnvironment, check_size
from baocao.sniff import CORRUPT_ZIP
from baocao.views import Blank, ChartView, IndicatorView, ReportContext, known
from baocao.vnformat import (
    attain_clause,
    change_clause,
    change_phrase,
    end_sentence,
    format_known,
    format_percent,
    join_clauses,
)

PACKAGE_DIR = Path(__file__).resolve().parent
EMU_PER_MM = 36000
APPENDIX_PAGE_MM = 297  # A4 landscape


def _decimal(filter_name: str, value: object) -> Decimal | None:
    """A filter's numeric input; None and "" mean "not known"; text is a template mistake."""
    if value is None or value == "":
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value))
    raise TemplateError(
        f"Bộ lọc «{filter_name}» cần một số, nhưng nhận «{value}» (các trường như «value», "
        "«ytd» đã là chữ; hãy dùng «mom», «yoy», «ytd_yoy», «plan_share» hoặc «growth»)."
    )


@functools.cache
def _signature(phrase: Callable[..., str]) -> inspect.Signature:
    return inspect.signature(phrase)


def _arguments(name: str, phrase: Callable[..., str], args: Any, kwargs: Any) -> dict[str, Any]:
    """The filter's arguments after its input, checked: ``decimals`` 0–6, every other one text.

    A wrong argument is the template's mistake and a ``TemplateError``; so an
    error raised further in, inside baocao's own code, is a bug.
    """
    try:
        bound = _signature(phrase).bind(None, *args, **kwargs)
    except TypeError as exc:
        raise TemplateError(f"Bộ lọc «{name}» nhận sai tham số ({exc}).") from exc
    checked = dict(list(bound.arguments.items())[1:])
    for param, value in checked.items():
        if param == "decimals":
            ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 6
            wanted = "một số nguyên từ 0 đến 6"
        else:
            ok, wanted = isinstance(value, str), "một đoạn chữ trong dấu nháy"
        if not ok:
            raise TemplateError(
                f"Tham số «{param}» của bộ lọc «{name}» phải là {wanted}, nhưng là «{value}»."
            )
    return checked


def _numeric(name: str, phrase: Callable[..., str]) -> Callable[..., str]:
    def apply(value: object, *args: Any, **kwargs: Any) -> str:
        text = phrase(_decimal(name, value), **_arguments(name, phrase, args, kwargs))
        return known(text, f"kết quả của bộ lọc «{name}» (số liệu chưa có)")

    return apply


def _clauses(value: object, *args: Any, **kwargs: Any) -> str:
    items = list(value) if isinstance(value, list | tuple) else None
    if items is None or not all(isinstance(i, str) for i in items):
        raise TemplateError(
            f"Bộ lọc «clauses» cần một danh sách các đoạn chữ, nhưng nhận «{value}»."
        )
    return join_clauses(items, **_arguments("clauses", join_clauses, args, kwargs))


def _sentence(value: object) -> str:
    if not isinstance(value, str):
        raise TemplateError(f"Bộ lọc «sentence» cần một đoạn chữ, nhưng nhận «{value}».")
    return end_sentence(value)


def _percent(value: Decimal | None, decimals: int = 1) -> str:
    return "" if value is None else format_percent(value, decimals)


FILTERS: dict[str, Callable[..., str]] = {
    "change": _numeric("change", change_clause),
    "delta": _numeric("delta", change_phrase),
    "attain": _numeric("attain", attain_clause),
    "clauses": _clauses,
    "number": _numeric("number", format_known),
    "percent": _numeric("percent", _percent),
    "sentence": _sentence,
}

# What a template expression can raise at run time besides Jinja's own errors:
# "{{ 1 / 0 }}", "{{ tasks[99] }}", "{{ month + 'a' }}", "{{ 'x' | int(base=99) }}".
# Raised inside baocao's own code instead, they are bugs and are not caught.
RUNTIME_ERRORS = (ArithmeticError, LookupError, TypeError, ValueError)


# What writes an indicator into the report: its figures and clauses (not its name or unit).
WRITTEN_FIELDS = frozenset(
    f.name
    for f in dataclasses.fields(IndicatorView)
    if f.name not in ("code", "name", "unit", "pct_decimals", "line_label", "groups", "children")
)


class ReportEnvironment(LimitedEnvironment):
    """The sandbox with two watches: which indicators the template writes (``written``:
    their codes), and no unknown figure (a ``Blank``) printed into a sentence."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.written: set[str] = set()
        self.finalize = self._printed

    @staticmethod
    def _printed(value: object) -> object:
        if isinstance(value, Blank):
            raise TemplateError(
                f"Mẫu báo cáo in {value.where or 'một số liệu'} vào văn bản, nhưng số liệu này "
                "chưa có (ô để trống hoặc không tính được), nên câu văn sẽ thiếu số. Hãy điền "
                "số liệu vào sổ, hoặc sửa mẫu để bỏ phần này khi chưa có số ({% if … %})."
            )
        return check_size(value)

    def getattr(self, obj: Any, attribute: str) -> Any:
        if isinstance(obj, IndicatorView) and attribute in WRITTEN_FIELDS:
            self.written.add(obj.code)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        if isinstance(obj, IndicatorView) and argument in WRITTEN_FIELDS:
            self.written.add(obj.code)
        return super().getitem(obj, argument)


def make_environment() -> ReportEnvironment:
    """The one Jinja environment for templates: sandboxed with limits, strict, autoescaping."""
    env = ReportEnvironment(undefined=StrictUndefined, autoescape=True)
    env.filters.update(FILTERS)
    return env


NESTED_TOO_DEEP = (
    "có biểu thức hoặc khối lồng nhau quá sâu (quá nhiều tầng ngoặc hay khối trong nhau)"
)
MAX_TEMPLATE_BYTES = 100 * 1024 * 1024  # unpacked; the default template is ~100 kB


class _DeclarationError(Exception):
    """A DOCTYPE or ENTITY met while parsing a template part."""


def template_not_a_file(template: Path) -> str | None:
    """Why ``template`` is no file to read (missing, a folder, a FIFO, a device), naming it;
    None when it is a regular file."""
    try:
        kind = regular_file_kind(template)
    except (FileNotFoundError, NotADirectoryError):
        return f"Không tìm thấy mẫu báo cáo: {template}"
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


def template_trouble(template: Path) -> str | None:
    """What makes ``template`` unusable, found before any parser reads it; None when sound.

    Every XML part must be well-formed and declare no DOCTYPE or ENTITY (Word never
    writes one; an entity could pull in another file, or silently drop text); the
    zip must unpack to under ``MAX_TEMPLATE_BYTES``. The message names no path. A file
    already found sound (same size and time) is not read again: build checks, then renders.
    """
    try:
        info = template.stat()
    except OSError as exc:
        return f"Không đọc được mẫu báo cáo: {os_reason(exc)}."
    return _trouble(template, info.st_size, info.st_mtime_ns)


@functools.lru_cache(maxsize=8)
def _trouble(template: Path, size: int, mtime_ns: int) -> str | None:
    try:
        with open_regular(template) as handle, zipfile.ZipFile(handle) as archive:
            infos = archive.infolist()
            if sum(i.file_size for i in infos) > MAX_TEMPLATE_BYTES:
                return (
                    f"Mẫu báo cáo giải nén ra quá {MAX_TEMPLATE_BYTES // 2**20} MB, quá lớn so "
                    "với một mẫu (có thể là tệp độc hại)."
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
            parts = [
                (i.filename, archive.read(i))
                for i in infos
                if i.filename.endswith((".xml", ".rels"))
            ]
    except NotRegularFileError as exc:  # swapped for a FIFO since the stat
        return f"Mẫu báo cáo là {exc.kind}, không phải tệp .docx."
    except OSError as exc:
        return f"Không đọc được mẫu báo cáo: {os_reason(exc)}."
    except CORRUPT_ZIP as exc:
        return f"Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ ({exc})."
    return next((t for name, data in parts if (t := _xml_trouble(name, data))), None)


def _xml_trouble(part: str, data: bytes) -> str | None:
    def declared(*_: object) -> None:
        raise _DeclarationError

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = declared
    parser.EntityDeclHandler = declared
    try:
        parser.Parse(data, True)
    except _DeclarationError:
        return (
            f"Phần {part} của mẫu báo cáo có khai báo DOCTYPE/ENTITY, điều mà Word không bao "
            "giờ ghi (có thể là tệp độc hại); chương trình từ chối dùng mẫu này."
        )
    except expat.ExpatError as exc:
        return (
            f"Phần {part} của mẫu báo cáo không phải XML hợp lệ (dòng {exc.lineno}, cột "
            f"{exc.offset + 1}): tệp bị hỏng hoặc bị sửa ngoài Word. Hãy mở tệp bằng Word và "
            "lưu lại thành .docx, hoặc dùng lại mẫu cũ."
        )
    return None


@dataclass(frozen=True)
class _PlacedChart:
    """The chart with its picture placed in the document being rendered."""

    view: ChartView
    image: Any

    def __getattr__(self, name: str) -> Any:
        return getattr(self.view, name)

    def __bool__(self) -> bool:
        return True

    def __html__(self) -> str:
        """``{{ chart }}`` alone prints the picture, as in templates made before the caption."""
        return str(self.image.__html__())


def _names(context: ReportContext, doc: Any) -> dict[str, Any]:
    """The context's names for docxtpl: the chart's picture becomes docxtpl's image."""
    from docx.shared import Emu
    from docxtpl import InlineImage

    names: dict[str, Any] = context.names()
    picture = context.chart.image
    if picture is not None:
        width = Emu(round(picture.width_mm * EMU_PER_MM))
        image = InlineImage(doc, io.BytesIO(picture.png), width=width)
        names["chart"] = _PlacedChart(context.chart, image)
    return names


def _is_ours(exc: BaseException) -> bool:
    """Whether ``exc`` was raised inside baocao's own code (a bug), not by a template expression."""
    tb: TracebackType | None = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    return last is not None and Path(last.tb_frame.f_code.co_filename).parent == PACKAGE_DIR


def render_document(
    template: Path,
    context: ReportContext,
    layout: Layout | None = None,
    *,
    appendix: bool = True,
    written: set[str] | None = None,
) -> Any:
    """Render ``template`` with ``context``; returns the DocxTemplate.

    ``layout`` sets margins and body size; without ``appendix`` the template's
    last section (the appendix) is dropped. ``written`` gets the codes of the
    indicators whose figures the template wrote.
    """
    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate

    missing = template_not_a_file(template)
    if missing is not None:
        raise TemplateError(missing)
    trouble = template_trouble(template)
    if trouble is not None:
        raise TemplateError(f"{trouble} (Mẫu: {template})")
    doc = DocxTemplate(str(template))
    env = make_environment()
    exhausted = None
    try:
        doc.render(_names(context, doc), jinja_env=env, autoescape=True)
    except MemoryError:  # a step no limit foresaw; its values are freed once this block ends
        exhausted = "cần quá nhiều bộ nhớ khi tạo báo cáo (có thể do một giá trị quá lớn)"
    except RecursionError:  # an expression nested thousands deep, parsed by recursion
        exhausted = NESTED_TOO_DEEP
    except (PackageNotFoundError, zipfile.BadZipFile) as exc:
        raise TemplateError(
            f"Không đọc được mẫu báo cáo {template}: không phải tệp .docx hợp lệ ({exc})."
        ) from exc
    except TemplateError as exc:  # ours, from a filter or a missing code
        raise TemplateError(f"{exc}{_near(doc, exc)}") from exc
    except SecurityError as exc:
        raise TemplateError(
            f"Mẫu báo cáo {template} {_blocked(exc)}, điều bị chặn vì an toàn: mẫu không được "
            f"đọc phần nội bộ của Python, cũng không được sửa danh sách hay bảng đã có (hãy "
            f"tạo giá trị mới, ví dụ a + [b]).{_near(doc, exc)}"
        ) from exc
    except TemplateSyntaxError as exc:
        raise TemplateError(
            f"Mẫu báo cáo {template} sai cú pháp Jinja: {exc.message}{_near(doc, exc)}"
        ) from exc
    except UndefinedError as exc:
        raise TemplateError(
            f"Mẫu báo cáo {template} dùng một tên không có trong dữ liệu: "
            f"{exc.message}{_near(doc, exc)}"
        ) from exc
    except (JinjaError, *RUNTIME_ERRORS) as exc:
        if _is_ours(exc):
            raise
        raise TemplateError(
            f"Mẫu báo cáo {template} gây lỗi khi tạo báo cáo: {exc}{_near(doc, exc)}"
        ) from exc
    if exhausted is not None:
        raise TemplateError(f"Mẫu báo cáo {template} {exhausted} nên bị dừng.")
    if written is not None:
        written |= env.written
    if layout is not None:
        apply_layout(doc.docx, layout)
    if not appendix:
        needed = ["Nơi nhận", context.signer.name, *(t.text for t in context.tasks)]
        drop_last_section(doc.docx, [t for t in needed if t.strip()])
    normalise(doc.docx)
    return doc


_UNSAFE_ATTRIBUTE = re.compile(r"access to attribute '(.*)' of '(.*)' object is unsafe")


def _blocked(exc: SecurityError) -> str:
    """What a template tried that Jinja's sandbox blocked, in Vietnamese."""
    found = _UNSAFE_ATTRIBUTE.match(str(exc))
    if found:
        return f"dùng «{found[1]}» của một giá trị kiểu «{found[2]}»"
    return f"gọi một hàm không được phép ({exc})"


def text_width_mm(template: Path, layout: Layout | None = None) -> float:
    """The text width of the template's last section (the appendix), with ``layout``'s margins.

    Margins count in whole twips, as the document stores them, so a picture this wide
    is exactly as wide as the text.
    """
    from docx import Document
    from docx.shared import Mm, Twips

    section = Document(str(template)).sections[-1]
    margins = []
    for name in ("left", "right"):
        configured = getattr(layout, f"margin_{name}_mm", None)
        stored = getattr(section, f"{name}_margin") or 0
        margins.append(stored if configured is None else Twips(Mm(float(configured)).twips))
    page = section.page_width or Mm(APPENDIX_PAGE_MM)  # a template that gives no size
    return float(page - sum(margins)) / EMU_PER_MM


def drop_last_section(document: Any, needed: Sequence[str] = ()) -> None:
    """Remove the document's last section (the appendix) and keep the one before as the last.

    The part removed must be an appendix: one holding any of ``needed`` (the signer's
    name, "Nơi nhận", a task) is the report's own end, and stops the build instead.
    """
    from docx.oxml.ns import qn

    body = document.element.body
    breaks = [
        p
        for p in body.iterchildren(qn("w:p"))
        if p.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None
    ]
    if not breaks:
        return  # a template of one section has no appendix to drop
    last_break = breaks[-1]
    final = body.find(qn("w:sectPr"))
    dropped = [e for e in body.iterchildren() if body.index(e) > body.index(last_break)]
    text = " ".join(" ".join(t.text or "" for t in e.iter(qn("w:t"))) for e in dropped)
    text = " ".join(text.split())
    held = next((n for n in needed if " ".join(n.split()) in text), None)
    if held is not None:
        raise TemplateError(
            "Cấu hình [appendix] enabled = false bỏ phần (section) cuối của mẫu báo cáo, nhưng "
            f"phần đó không phải phụ lục: nó có «{held}». Hãy để phụ lục là phần cuối của mẫu "
            "(sau một dấu ngắt section), hoặc bật lại phụ lục."
        )
    for element in dropped:
        if element is not final:
            body.remove(element)
    section = last_break.find(qn("w:pPr")).find(qn("w:sectPr"))
    final.addprevious(section)  # moved out of the paragraph that held it
    body.remove(final)
    if not "".join(t.text or "" for t in last_break.iter(qn("w:t"))).strip():
        body.remove(last_break)  # an empty paragraph that only carried the break


def apply_layout(document: Any, layout: Layout) -> None:
    """Set the configured margins on every section and the body size on the Normal style."""
    from docx.shared import Mm, Pt

    for section in document.sections:
        for name in ("top", "bottom", "left", "right"):
            value = getattr(layout, f"margin_{name}_mm")
            if value is not None:
                setattr(section, f"{name}_margin", Mm(float(value)))
    if layout.body_size_pt is not None:
        document.styles["Normal"].font.size = Pt(layout.body_size_pt)


def _near(doc: Any, exc: BaseException) -> str:
    """ " (gần đoạn «…»)": the text of the template paragraph where ``exc`` arose, if known."""
    line = getattr(exc, "lineno", None)
    tb = exc.__traceback__
    while tb is not None:  # Jinja maps template frames to "<template>" and its line numbers
        if tb.tb_frame.f_code.co_filename == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    if not line:
        return ""
    # docxtpl renders the body XML with each paragraph starting a new line.
    xml = re.sub(r"<w:p([ >])", r"\n<w:p\1", doc.patch_xml(doc.get_xml()))
    lines = xml.splitlines()
    if not 0 < line <= len(lines):
        return ""
    text = " ".join(re.sub(r"<[^>]+>", "", lines[line - 1]).split())
    return f" (gần đoạn «{text[:160]}»)" if text else ""
