"""The only module that imports docxtpl / python-docx: context → .docx, written atomically.

The template is rendered in Jinja's sandbox with strict undefined names and
autoescape on: a value is data, never markup or code, and a name the
template uses but the context lacks is an error, not an empty string.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from baocao.errors import OutputExistsError, TemplateError
from baocao.vnformat import (
    attain_clause,
    change_clause,
    change_phrase,
    format_number,
    format_percent,
    join_clauses,
)


def _number(value: Decimal | None, decimals: int = 0) -> str:
    return "" if value is None else format_number(value, decimals)


def _percent(value: Decimal | None, decimals: int = 1) -> str:
    return "" if value is None else format_percent(value, decimals)


FILTERS: dict[str, Callable[..., str]] = {
    "change": change_clause,
    "delta": change_phrase,
    "attain": attain_clause,
    "clauses": join_clauses,
    "number": _number,
    "percent": _percent,
}


def make_environment() -> SandboxedEnvironment:
    """The one Jinja environment for templates: sandboxed, strict, autoescaping."""
    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)
    env.filters.update(FILTERS)
    return env


def render_document(template: Path, context: dict[str, Any]) -> Any:
    """Render ``template`` with ``context``; returns the rendered DocxTemplate."""
    from docx.opc.exceptions import PackageNotFoundError
    from docxtpl import DocxTemplate

    if not template.is_file():
        raise TemplateError(f"Không tìm thấy mẫu báo cáo: {template}")
    doc = DocxTemplate(str(template))
    try:
        doc.render(context, jinja_env=make_environment(), autoescape=True)
    except TemplateSyntaxError as exc:
        raise TemplateError(
            f"Mẫu báo cáo {template} sai cú pháp Jinja: {exc.message}{_near(exc)}"
        ) from exc
    except UndefinedError as exc:
        raise TemplateError(
            f"Mẫu báo cáo {template} dùng một tên không có trong dữ liệu: {exc.message}{_near(exc)}"
        ) from exc
    except SecurityError as exc:
        raise TemplateError(
            f"Mẫu báo cáo {template} cố truy cập phần không được phép (bị chặn vì an toàn): {exc}"
        ) from exc
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError) as exc:
        raise TemplateError(
            f"Không đọc được mẫu báo cáo {template}: không phải tệp .docx hợp lệ ({exc})."
        ) from exc
    return doc


def _near(exc: Exception) -> str:
    lines = [line.strip() for line in getattr(exc, "docx_context", []) if line.strip()]
    return f" (gần đoạn: «{' … '.join(lines)[:200]}»)" if lines else ""


def write_document(doc: Any, out: Path, *, force: bool = False) -> Path | None:
    """Save ``doc`` to ``out`` atomically; returns the backup made of an older file, if any.

    The document is written to a temporary file in the target folder and moved
    into place only when complete. An existing ``out`` is kept unless ``force``,
    and then first copied to a dated backup beside it.
    """
    if out.exists() and not force:
        raise OutputExistsError(
            f"Báo cáo {out} đã có. Dùng --force để ghi đè "
            "(bản cũ sẽ được giữ lại thành bản sao lưu), hoặc --out để "
            "ghi ra tệp khác."
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        dir=out.parent, prefix=f".{out.stem}.", suffix=".tmp", delete=False
    ) as handle:
        tmp = Path(handle.name)
    try:
        doc.save(str(tmp))
        backup = None
        if out.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = out.with_name(f"{out.stem}.bak-{stamp}{out.suffix}")
            shutil.copy2(out, backup)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return backup
