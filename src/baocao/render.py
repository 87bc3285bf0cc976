"""The only module that imports docxtpl / python-docx: context → .docx, written atomically.

The template is rendered in Jinja's sandbox with strict undefined names and
autoescape on: a value is data, never markup or code, and a name the
template uses but the context lacks is an error, not an empty string.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2 import TemplateError as JinjaError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from baocao.config import Layout
from baocao.context import build_chart_view
from baocao.errors import OutputExistsError, PdfError, TemplateError, WriteError
from baocao.vnformat import (
    attain_clause,
    change_clause,
    change_phrase,
    format_known,
    format_percent,
    join_clauses,
)

if TYPE_CHECKING:
    from baocao.chart import TrendChart

PDF_TIMEOUT_S = 180
EMU_PER_MM = 36000
APPENDIX_PAGE_MM = 297  # A4 landscape
ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry


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


def _numeric(name: str, phrase: Callable[..., str]) -> Callable[..., str]:
    def apply(value: object, *args: Any, **kwargs: Any) -> str:
        return phrase(_decimal(name, value), *args, **kwargs)

    return apply


def _percent(value: Decimal | None, decimals: int = 1) -> str:
    return "" if value is None else format_percent(value, decimals)


FILTERS: dict[str, Callable[..., str]] = {
    "change": _numeric("change", change_clause),
    "delta": _numeric("delta", change_phrase),
    "attain": _numeric("attain", attain_clause),
    "clauses": join_clauses,
    "number": _numeric("number", format_known),
    "percent": _numeric("percent", _percent),
}

# What a template expression can raise at run time besides Jinja's own errors
# ("{{ 1 / 0 }}", "{{ tasks[99] }}", a filter given the wrong kind of argument).
RUNTIME_ERRORS = (ArithmeticError, LookupError, TypeError, ValueError, AttributeError)


def make_environment() -> SandboxedEnvironment:
    """The one Jinja environment for templates: sandboxed, strict, autoescaping."""
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)
    env.filters.update(FILTERS)
    return env


def render_document(
    template: Path,
    context: dict[str, Any],
    layout: Layout | None = None,
    *,
    appendix: bool = True,
    chart: TrendChart | None = None,
) -> Any:
    """Render ``template`` with ``context``; returns the DocxTemplate.

    ``layout`` sets margins and body size; without ``appendix`` the template's
    last section (the appendix) is dropped; ``chart`` becomes the context's
    ``chart``, its picture ``chart.width_mm`` wide.
    """
    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate, InlineImage

    if not template.is_file():
        raise TemplateError(f"Không tìm thấy mẫu báo cáo: {template}")
    doc = DocxTemplate(str(template))
    if chart is not None:
        from docx.shared import Emu

        width = Emu(round(chart.width_mm * EMU_PER_MM))
        image = InlineImage(doc, io.BytesIO(chart.png), width=width)
        context = {**context, "chart": build_chart_view(chart, image)}
    try:
        doc.render(context, jinja_env=make_environment(), autoescape=True)
    except (PackageNotFoundError, zipfile.BadZipFile) as exc:
        raise TemplateError(
            f"Không đọc được mẫu báo cáo {template}: không phải tệp .docx hợp lệ ({exc})."
        ) from exc
    except TemplateError as exc:  # ours, from a filter or a missing code
        raise TemplateError(f"{exc}{_near(doc, exc)}") from exc
    except SecurityError as exc:
        raise TemplateError(
            f"Mẫu báo cáo {template} cố truy cập phần không được phép (bị chặn vì an toàn): {exc}"
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
        raise TemplateError(
            f"Mẫu báo cáo {template} gây lỗi khi tạo báo cáo: {exc}{_near(doc, exc)}"
        ) from exc
    if layout is not None:
        apply_layout(doc.docx, layout)
    if not appendix:
        drop_last_section(doc.docx)
    return doc


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


def drop_last_section(document: Any) -> None:
    """Remove the document's last section (the appendix) and keep the one before as the last."""
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
    for element in list(body.iterchildren()):
        if element is not final and body.index(element) > body.index(last_break):
            body.remove(element)
    section = last_break.find(qn("w:pPr")).find(qn("w:sectPr"))
    final.addprevious(section)
    body.remove(final)
    body.remove(last_break)


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


def refuse_existing(paths: list[Path], *, force: bool) -> None:
    """Stop before any work when a target exists and ``force`` was not given."""
    for path in paths:
        if path.exists() and not force:
            raise OutputExistsError(
                f"Báo cáo {path} đã có. Dùng --force để ghi đè (bản cũ sẽ được giữ lại thành "
                "bản sao lưu), hoặc --out để ghi ra tệp khác."
            )


def write_atomic(out: Path, write: Callable[[Path], None], *, force: bool) -> Path | None:
    """Let ``write`` fill a temporary file beside ``out``, then move it into place.

    A failure at any point leaves the folder as it was: no partial file, no
    new folder, the old ``out`` untouched. An existing ``out`` is kept unless
    ``force``, and then first copied to a dated backup beside it; returns that
    backup, if any.
    """
    refuse_existing([out], force=force)
    new_folders = [p for p in (out.parent, *out.parent.parents) if not p.exists()]
    tmp: Path | None = None
    backup: Path | None = None
    done = False
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=out.parent, prefix=f".{out.stem}.", suffix=".tmp", delete=False
        ) as handle:
            tmp = Path(handle.name)
        write(tmp)
        if out.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = out.with_name(f"{out.stem}.bak-{stamp}{out.suffix}")
            shutil.copy2(out, backup)
        tmp.replace(out)
        done = True
    except OSError as exc:
        raise WriteError(f"Không ghi được tệp {out}: {exc.strerror or exc}.") from exc
    finally:
        if not done:
            _undo(tmp, backup, new_folders)
    return backup


def _undo(tmp: Path | None, backup: Path | None, new_folders: list[Path]) -> None:
    for path in (tmp, backup):
        if path is not None:
            path.unlink(missing_ok=True)
    for folder in new_folders:  # innermost first; only what this write created
        with contextlib.suppress(OSError):
            folder.rmdir()


def write_document(doc: Any, out: Path, *, stamp: dt.datetime, force: bool = False) -> Path | None:
    """Save the rendered ``doc`` to ``out`` atomically and reproducibly.

    Every zip entry and the document's created/modified properties carry
    ``stamp``, so the same inputs give a byte-identical file.
    """
    props = doc.docx.core_properties
    props.created = props.modified = stamp
    props.revision = 1
    props.last_modified_by = ""

    def save(tmp: Path) -> None:
        buffer = io.BytesIO()
        doc.save(buffer)
        buffer.seek(0)
        with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(tmp, "w") as target:
            for info in source.infolist():
                entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = info.external_attr
                target.writestr(entry, source.read(info))

    return write_atomic(out, save, force=force)


def document_time(month: int, year: int) -> dt.datetime:
    """The time written into a report: ``$SOURCE_DATE_EPOCH`` if set, else the month's first day."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        stamp = dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
        return max(stamp, ZIP_EPOCH)
    return dt.datetime(year, month, 1)


def find_soffice() -> str:
    """The LibreOffice command, or a PdfError saying how to install it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise PdfError(
            "Không tìm thấy LibreOffice (lệnh soffice) nên không tạo được PDF. Hãy cài "
            "LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) rồi chạy "
            "lại, hoặc bỏ --pdf."
        )
    return found


def write_pdf(docx: Path, out: Path, *, force: bool = False) -> Path | None:
    """Convert ``docx`` to ``out`` (PDF) with LibreOffice, atomically."""
    soffice = find_soffice()

    def convert(tmp: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="baocao-pdf-") as work:
            profile = (Path(work) / "profile").as_uri()  # no clash with a running LibreOffice
            command = [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                work,
                str(docx),
            ]
            try:
                proc = subprocess.run(
                    command, capture_output=True, text=True, timeout=PDF_TIMEOUT_S, check=False
                )
            except (subprocess.TimeoutExpired, OSError) as exc:
                raise PdfError(
                    f"Đã tạo {docx} nhưng LibreOffice không chuyển được sang PDF ({exc})."
                ) from exc
            produced = Path(work) / f"{docx.stem}.pdf"
            if proc.returncode != 0 or not produced.is_file():
                detail = (proc.stderr or proc.stdout).strip()[-300:]
                raise PdfError(
                    f"Đã tạo {docx} nhưng LibreOffice không chuyển được sang PDF "
                    f"(mã thoát {proc.returncode}: {detail})."
                )
            shutil.copyfile(produced, tmp)

    return write_atomic(out, convert, force=force)
