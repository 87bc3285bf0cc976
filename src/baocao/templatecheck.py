"""Check the report template before it is used: located problems, in Vietnamese.

Static checks come from docxtpl-lint (Jinja syntax, unknown filters, blocks
never closed, docxtpl tags that would silently drop text, names the data does
not provide), each placed at its paragraph or table cell. When the static
checks pass and the month's context is known, the template is also rendered
once in memory, so an error that only shows at run time is reported by
``check`` and not first by ``build``.
"""

from __future__ import annotations

import dataclasses
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from baocao.errors import Problem, Severity, TemplateError, error, warning
from baocao.render import make_environment, render_document
from baocao.views import ReportContext

_MESSAGES = {
    "DTL001": "thẻ «{open}» không được đóng bằng «{close}»",
    "DTL002": "thẻ «{open}» chỉ được đóng ở đoạn {end_para}; docxtpl sẽ gộp các đoạn ở giữa "
    "và làm mất định dạng của chúng",
    "DTL003": "đoạn có phần xóa của chế độ theo dõi thay đổi (Track Changes) chứa mã mẫu; hãy "
    "chấp nhận hoặc từ chối mọi thay đổi trước khi dùng tệp làm mẫu",
    "DTL101": "khối «{{% {kw} %}}» không được đóng: thiếu «{{% end{kw} %}}»",
    "DTL102": "«{raw}» không có thẻ mở tương ứng",
    "DTL103": "lỗi cú pháp Jinja: {msg}",
    "DTL104": "không có bộ lọc «{name}» (xem các bộ lọc dùng được trong docs/template.md)",
    "DTL105": "không có phép thử «is {name}»",
    "DTL106": "«{name}» chỉ có bên trong vòng lặp «for» nhưng được dùng sau vòng lặp",
    "DTL201": "biểu thức của thẻ «{prefix}» chứa «%» hoặc «}}}}»; hãy tính trước bằng "
    "«{{% set %}}»",
    "DTL202": "phải viết liền «{{%{prefix}», không có dấu cách",
    "DTL203": "«{raw}» dùng tiền tố «{prefix}» nhưng không nằm trong ô của bảng",
    "DTL209": "«{raw}» làm docxtpl thay cả đoạn bằng thẻ này, nên phần «{rest}» bên cạnh sẽ "
    "mất mà không báo lỗi; hãy chuyển phần đó sang một đoạn riêng",
    "DTL210": "«{open_raw}» và «{close_raw}» nằm trong cùng một đoạn; hãy đặt chúng ở hai "
    "đoạn khác nhau",
    "DTL301": "dữ liệu của tháng không có «{path}» mà mẫu cần (nếu đây là một mã, hãy xem "
    "sổ dữ liệu có mã đó không)",
}
_PARTS = {"body": "", "header": "phần đầu trang", "footer": "phần chân trang"}


def check_template(
    template: Path, context: ReportContext | None, *, dry_run: bool = True
) -> list[Problem]:
    """Every problem of ``template``; with ``context``, also the names it lacks and,
    with ``dry_run``, an in-memory render."""
    from docxtpl_lint import lint

    if not template.is_file():
        return [error(f"Không tìm thấy mẫu báo cáo: {template}", template)]
    data = lint_data(context) if context is not None else None
    try:
        result = lint(str(template), data, jinja_env=make_environment(), autoescape=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        return [
            error(f"Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ ({exc}).", template)
        ]
    problems = [_problem(issue, template) for issue in result.issues]
    if dry_run and context is not None and not any(p.severity is Severity.ERROR for p in problems):
        try:
            render_document(template, context)
        except TemplateError as exc:
            problems.append(error(str(exc), template))
    return problems


def _problem(issue: Any, template: Path) -> Problem:
    text = _MESSAGES.get(issue.rule)
    message = text.format(**issue.params) if text else f"{issue.rule}: {issue.message}"
    snippet = " ".join(str(issue.snippet).split())
    if snippet:
        message += f" (tại «{snippet[:120]}»)"
    make = error if issue.severity == "error" else warning
    return make(message, template, place=_place(issue.location))


def _place(loc: Any) -> str:
    where = []
    part = _PARTS.get(str(loc.part).rstrip("0123456789"), str(loc.part))
    if part:
        where.append(part)
    if loc.cells:
        cell = loc.cells[-1]
        where.append(
            f"bảng {cell.table}, hàng {cell.row}, cột {cell.col}, đoạn {loc.cell_paragraph} trong ô"
        )
    else:
        where.append(f"đoạn {loc.paragraph}")
    return ", ".join(where)


def lint_data(value: Any) -> Any:
    """The context as plain JSON-like data for docxtpl-lint's name checks.

    docxtpl-lint resolves ``iip['iip.dien'].name`` as the dotted path
    ``iip.iip.dien.name``, so every key with a dot is also nested under its
    parts ("iip" → "dien"); a code the workbook lacks stays missing.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: lint_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        out = {str(k): lint_data(v) for k, v in value.items()}
        for key, item in list(out.items()):
            if "." in key:
                *parents, last = key.split(".")
                node = out
                for part in parents:
                    node = node.setdefault(part, {}) if isinstance(node, dict) else {}
                if isinstance(node, dict):
                    node.setdefault(last, item)
        return out
    if isinstance(value, list | tuple):
        return [lint_data(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)
    return value
