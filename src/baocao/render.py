"""The only module that imports docxtpl: the typed context → a rendered document.

The template is rendered in Jinja's sandbox with strict undefined names and
autoescape on: a value is data, never markup or code, and a name the
template uses but the context lacks is an error, not an empty string. This
module renders; ``sections`` applies the configured layout and drops the
appendix, ``templatefile`` vets the file first (python-docx's steps on the
package are ``package`` and ``ooxml``); ``output`` writes the file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import TemplateError as JinjaError
from jinja2 import TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from baocao import store
from baocao.bodytree import ParsedBody
from baocao.completeness import body_sections
from baocao.config import Layout
from baocao.errors import TemplateError
from baocao.fitfigures import fit_figures
from baocao.fitheader import fit_header
from baocao.fitplace import fit_place, measured_tables
from baocao.jinjamessages import runtime_message, syntax_message, undefined_message
from baocao.memo import put, remember
from baocao.outputxml import (
    LISTED,
    check_listing_growth,
    check_template_part,
    well_formed,
)
from baocao.package import normalise, part_digests
from baocao.reportenv import make_environment
from baocao.sections import (
    EMU_PER_MM,
    apply_layout,
    drop_last_section,
    keep_introductions,
    keep_notes_with_tables,
)
from baocao.tablewidth import narrow_tables
from baocao.templatefile import (
    TemplateBytes,
    read_sound_template,
    template_not_a_file,
    template_trouble,
    zip_reason,
)
from baocao.templateplaces import near
from baocao.views import ChartView, ReportContext

PACKAGE_DIR = Path(__file__).resolve().parent


# What a template expression can raise at run time besides Jinja's own errors:
# "{{ 1 / 0 }}", "{{ tasks[99] }}", "{{ month + 'a' }}", "{{ 'x' | int(base=99) }}", and
# "{{ ('nan' | float) | string }}" (Jinja folds the constant into code naming ``nan``).
# Raised inside baocao's own code instead, they are bugs and are not caught.
# RuntimeError: Jinja's own ("{{ cycler() }}"); RecursionError, one, is caught before.
RUNTIME_ERRORS = (
    ArithmeticError,
    AssertionError,
    LookupError,
    NameError,
    RuntimeError,
    TypeError,
    ValueError,
)


NESTED_TOO_DEEP = (
    "có biểu thức hoặc khối lồng nhau quá sâu (quá nhiều tầng ngoặc hay khối trong nhau)"
)


class _Picture:
    """docxtpl's picture as a template may use it: printed (``{{ chart.image }}``), nothing
    else. The InlineImage behind it holds the whole document being rendered (its ``tpl``,
    which can save files) and the picture's stream: both kept out of a template's reach
    (a name starting with "_" is refused by the sandbox)."""

    __slots__ = ("_image",)

    def __init__(self, image: Any) -> None:
        self._image = image

    def __html__(self) -> str:
        part = getattr(self._image.tpl, "current_rendering_part", None)
        if not hasattr(part, "new_pic_inline"):  # footnotes, endnotes, comments
            raise TemplateError(
                "Mẫu báo cáo đặt hình biểu đồ vào một phần không chứa được hình (chú thích "
                "cuối trang, ghi chú…); hãy đặt {{ chart.image }} trong thân báo cáo."
            )
        return str(self._image.__html__())

    def __str__(self) -> str:  # made text ("~", "| string"), its XML would print as words
        raise TemplateError(
            "Mẫu báo cáo đổi hình biểu đồ thành chữ (bằng «~», «| string» hay «format»); hãy "
            "in hình một mình: {{ chart.image }}."
        )

    __repr__ = __str__


@dataclass(frozen=True)
class _PlacedChart:
    """The chart with its picture placed in the document being rendered."""

    view: ChartView
    image: _Picture

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
        names["chart"] = _PlacedChart(context.chart, _Picture(image))
    return names


def _is_ours(exc: BaseException) -> bool:
    """Whether ``exc`` was raised inside baocao's own code (a bug), not by a template expression."""
    tb: TracebackType | None = exc.__traceback__
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    return last is not None and Path(last.tb_frame.f_code.co_filename).parent == PACKAGE_DIR


_PATCHED: dict[str, str] = {}  # docxtpl's cleaned template parts, by their XML
MAX_PATCHED = 16  # a document has a few parts; a process renders few templates


def _patched_xml(doc: Any, xml: str) -> str:
    """docxtpl's ``patch_xml`` (tags cleaned of Word's runs), done once per part's XML, in
    this process or (``store``) an earlier run: it depends on the XML alone, and is a fifth
    of a render."""

    def patch() -> str:
        check_template_part(xml)
        key = hashlib.sha256(xml.encode("utf-8", "surrogatepass")).hexdigest()
        made = lambda: str(type(doc).patch_xml(doc, xml))  # noqa: E731
        kind = store.kind("docxtpl-patch", "docxtpl")
        patched: str = store.kept(kind, key, made, store.as_text, lambda text: text)
        return patched

    patched: str = remember(_PATCHED, xml, patch, MAX_PATCHED)
    return patched


def _resolved_listing(doc: Any, xml: str) -> str:
    """docxtpl's ``resolve_listing`` of a rendered part; passed over when the part holds
    none of the characters it resolves, where it would give the same XML back after a
    regular-expression pass over every paragraph, run and text (a sixth of a render)."""
    if LISTED.search(xml) is not None:
        check_listing_growth(xml)
        xml = str(type(doc).resolve_listing(doc, xml))
    doc.parsed_body.keep(xml, well_formed(xml))  # for the body's ``fix_tables`` (``bodytree``)
    return xml


def render_document(
    template: Path,
    context: ReportContext,
    layout: Layout | None = None,
    *,
    appendix: bool = True,
    written: set[str] | None = None,
    package: TemplateBytes | None = None,
    trial: bool = False,
) -> Any:
    """Render ``template`` with ``context``; returns the DocxTemplate.

    ``layout`` sets margins and body size; without ``appendix``, or without a row or a
    chart for it, the template's last sections (the appendix) are dropped. ``written``
    gets the codes of the indicators whose figures the template wrote (and the clauses it
    read, ``reportenv.OFFERED``) in the body before its appendix (``completeness.
    body_sections``) or in a header or footer: not in the appendix. ``package`` is
    the template as the caller read it (``read_template``), so what it checked is what
    is rendered. A ``trial`` render (a check's, never written) leaves out the steps that
    change only what Word reads of a written report (``_FOR_WORD``).
    """
    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate

    missing = template_not_a_file(template)
    if missing is not None:
        raise TemplateError(missing)
    # What is checked and kept of the template is of the bytes rendered.
    if package is None:
        package, trouble = read_sound_template(template)
    else:
        trouble = template_trouble(package)
    if package is None or trouble is not None:
        raise TemplateError(f"{trouble} (Mẫu: {template})")
    doc = DocxTemplate(io.BytesIO(package.data))
    doc.docx = _loaded(package)
    doc.patch_xml = functools.partial(_patched_xml, doc)
    doc.resolve_listing = functools.partial(_resolved_listing, doc)
    doc.parsed_body = ParsedBody(doc)
    doc.fix_tables = doc.parsed_body.fix_tables
    digest = package.digest
    before = _before_rendering(doc, digest, trial)
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
            f"Không đọc được mẫu báo cáo {template}: không phải tệp .docx hợp lệ "
            f"({zip_reason(exc)})."
        ) from exc
    except TemplateError as exc:  # ours, from a filter or a missing code
        said = TemplateError(f"{exc}{near(doc, exc)}")
        if exc.blank is not None:  # the blank cell of the figure it printed, if known
            said.unknown = env.unknown_reads.printed(exc.blank)
        raise said from exc
    except SecurityError as exc:
        raise TemplateError(
            f"Mẫu báo cáo {template} {_blocked(exc)}, điều bị chặn vì an toàn: mẫu không được "
            f"đọc phần nội bộ của Python, cũng không được sửa danh sách hay bảng đã có (hãy "
            f"tạo giá trị mới, ví dụ a + [b]).{near(doc, exc)}"
        ) from exc
    except TemplateSyntaxError as exc:
        raise TemplateError(
            f"Mẫu báo cáo {template} sai cú pháp: {syntax_message(str(exc.message))}"
            f"{near(doc, exc)}"
        ) from exc
    except UndefinedError as exc:
        raise TemplateError(
            f"Mẫu báo cáo {template} dùng một tên không có trong dữ liệu: "
            f"{undefined_message(str(exc.message))}{near(doc, exc)}"
        ) from exc
    except (JinjaError, *RUNTIME_ERRORS) as exc:
        if _is_ours(exc):
            raise
        raise TemplateError(
            f"Mẫu báo cáo {template} gây lỗi khi tạo báo cáo: {runtime_message(exc)}"
            f"{near(doc, exc)}"
        ) from exc
    if exhausted is not None:
        raise TemplateError(f"Mẫu báo cáo {template} {exhausted} nên bị dừng.")
    if layout is not None:
        apply_layout(doc.docx, layout)
    if not trial:
        keep_introductions(doc.docx)
        keep_notes_with_tables(doc.docx)
    narrow_tables(doc.docx)  # before fit_figures: figures fit the narrowed cells
    bodies = (context.org.parent_body, context.org.issuing_body)
    # A trial render fits the figures of the tables whose sizes the header's fitting and
    # its warnings read, the others' sizes being for Word alone (``_FOR_WORD``).
    fit_figures(doc.docx, measured_tables(doc.docx, bodies, context.org.place) if trial else None)
    fit_header(doc.docx, bodies)
    fit_place(doc.docx, context.org.place)  # after the bodies: it measures them
    # A workbook without figures has no row for the appendix's table: a landscape page
    # of column titles over no row, and its note, is no appendix, and goes as if switched off.
    empty = not context.appendix_rows and not context.chart
    if not appendix or empty:
        needed = ["Nơi nhận", context.signer.name, *(t.text for t in context.tasks)]
        drop_last_section(doc.docx, [t for t in needed if t.strip()], asked=not appendix)
    if written is not None:  # what the body (not the appendix) and the margins read
        later = any(env.read_in.values())  # else all is read in the first section, kept
        written |= env.written_before(body_sections(doc.docx, context) if later else None)
    if before is not None:
        _normalised(doc.docx, digest, before)
    return doc


# What a trial render leaves out, and why no check of its document sees the difference:
# ``keep_introductions`` and ``keep_notes_with_tables`` only add "keep with next" to
# paragraphs' properties; ``normalise`` orders property elements (never text, runs or
# cells), repairs property values, unwraps smart tags (their runs and text stay, in
# their place), drops comment marks (no text) and changes settings and relationships.
# The checks read the text, the image parts (gathered on loading) and the header's
# sizes and widths (``fitplace.layout_warnings``), which none of these change. Nor does
# ``fit_figures`` in the other tables than those (``fitplace.measured_tables``): it sets
# the sizes of figures there, each table's on its own. A trial render of a template
# whose settled parts are not known yet still normalises, to learn them for the builds.
_FOR_WORD = ("keep_introductions", "keep_notes_with_tables", "normalise")


_LOADED: dict[str, Any] = {}  # python-docx's document of a template, by its digest, untouched


def _loaded(package: TemplateBytes) -> Any:
    """python-docx's document of ``package``, as ``docx.Document`` opens it: a copy of the one
    opened before (copying its trees is half the time of reading and parsing the package);
    opened again when its parts are related too deep to copy."""
    import copy

    from docx import Document

    def load() -> Any:
        return Document(io.BytesIO(package.data))

    kept = remember(_LOADED, package.digest, load, 4)
    try:
        return copy.deepcopy(kept)
    except RecursionError:  # parts related in a chain (``copy`` recurses once for each):
        return load()  # opened afresh, as python-docx opens it part after part


# By template digest: its parts (as loaded) that needed nothing of ``normalise``.
_SETTLED: dict[str, frozenset[str]] = {}


def _before_rendering(
    doc: Any, digest: str, trial: bool = False
) -> tuple[frozenset[str] | None, dict[str, str]] | None:
    """The template's settled parts (None when not known yet) and the digests, as loaded,
    of the parts to compare after rendering (all of them when not known yet); None for a
    ``trial`` render once they are known, which ``normalise``s nothing (``_FOR_WORD``)."""
    settled = _SETTLED.get(digest)
    if settled is None:
        kept = store.get(store.kind("settled-parts", "docx", "docxtpl"), digest)
        with contextlib.suppress(TypeError):  # nothing kept, or not what this version keeps
            settled = frozenset(store.as_texts(kept))
    doc.init_docx()  # loaded now, before rendering, layout and the rest change it
    if trial and settled is not None:
        return None
    return settled, part_digests(doc.docx, settled)


def _normalised(
    document: Any, digest: str, before: tuple[frozenset[str] | None, dict[str, str]]
) -> None:
    """``normalise``, passing over the parts that still hold the template's own XML and
    needed nothing before, in this process or an earlier run (``store``)."""
    settled, loaded = before
    now = part_digests(document, frozenset(loaded))
    untouched = frozenset(name for name, xml in loaded.items() if now.get(name) == xml)
    found = normalise(document, untouched & (settled or frozenset()))
    if settled is None:
        settled = found & untouched
        store.put(store.kind("settled-parts", "docx", "docxtpl"), digest, sorted(settled))
    put(_SETTLED, digest, settled, 16)


_UNSAFE_ATTRIBUTE = re.compile(r"access to attribute '(.*)' of '(.*)' object is unsafe")


def _blocked(exc: SecurityError) -> str:
    """What a template tried that Jinja's sandbox blocked, in Vietnamese."""
    found = _UNSAFE_ATTRIBUTE.match(str(exc))
    if found:
        return f"dùng «{found[1]}» của một giá trị kiểu «{found[2]}»"
    return f"gọi một hàm không được phép ({exc})"
