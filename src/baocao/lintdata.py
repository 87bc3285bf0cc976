"""The month's context as docxtpl-lint sees it, and the codes a template names that the
workbook lacks.

docxtpl-lint checks a template's names against plain data (``lint_data``, the
reference of what it sees). A code the workbook lacks shows there as a missing
dotted name under ``ct`` or ``iip`` ("iip.iip.nuoc.name"); ``missing_codes``
turns those back into one problem per code, naming the code and its sheet. Its
data checks read only the names, the list items and each value's type (autoescape
is on), so ``lint_shape`` keeps just that, made straight from the context (tests
hold it equal to the shape of ``lint_data``): months whose workbooks differ only
in texts and figures lint alike, and the result of one is kept for the others.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from decimal import Decimal
from typing import Any

from baocao.views import CodeTable, IipView, IndicatorView, ReportContext


def lint_data(value: Any) -> Any:
    """The context as plain JSON-like data for docxtpl-lint's name checks.

    docxtpl-lint resolves ``iip['iip.dien'].name`` as the dotted path
    ``iip.iip.dien.name``, so every key with a dot is also nested under its
    parts ("iip" → "dien"); a code the workbook lacks stays missing.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: lint_data(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, dict):
        return _nested({str(k): lint_data(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return [lint_data(v) for v in value]
    if isinstance(value, Decimal):
        return float(value)
    return value


def _nested(out: dict[str, Any]) -> dict[str, Any]:
    """``out`` with each dotted key's item also under its parts (kept where a part is taken)."""
    for key, item in list(out.items()):
        if "." in key:
            *parents, last = key.split(".")
            node = out
            for part in parents:
                node = node.setdefault(part, {}) if isinstance(node, dict) else {}
            if isinstance(node, dict):
                node.setdefault(last, item)
    return out


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def lint_shape(value: Any) -> Any:
    """What docxtpl-lint's data checks (autoescape on) see of ``lint_data(value)``, made in
    one pass (``value`` may be the context itself or ``lint_data``'s plain data): every
    key, and each leaf's kind ("" for a text or any other value, 0 for a number, booleans
    and None as they are); list items of one shape are kept once, in order, so a list is
    never emptied."""
    cls: type = type(value)
    kind = _kind(cls)
    if kind == "fields":  # a text's, a flag's or a figure's shape made here: most fields
        shape: dict[str, Any] = {}
        for name in _field_names(cls):
            item = getattr(value, name)
            of = type(item)
            if of is str:
                shape[name] = ""
            elif of is bool or item is None:
                shape[name] = item
            elif of is Decimal or of is int:
                shape[name] = 0
            else:
                shape[name] = lint_shape(item)
        return shape
    if kind == "dict":
        return _nested({str(key): lint_shape(item) for key, item in value.items()})
    if kind == "list":
        # Alike by ``repr`` first (C, no sorting): shapes of one repr are alike as JSON too,
        # so each JSON kind's first item is the first of its repr's; only those are encoded.
        seen: dict[str, Any] = {}
        for item in value:
            shape = lint_shape(item)
            seen.setdefault(repr(shape), shape)
        if len(seen) < 2:
            return list(seen.values())
        items: dict[str, Any] = {}
        for shape in seen.values():
            items.setdefault(_shape_key(shape), shape)
        return list(items.values())
    return value if kind == "itself" else 0 if kind == "number" else ""


# One encoder for every list item's shape (``json.dumps`` with options makes one per call).
_shape_key = json.JSONEncoder(sort_keys=True).encode


@functools.cache
def _kind(cls: type) -> str:
    """How ``lint_shape`` treats a value of ``cls`` (asked once per type: it runs for every
    value of the context)."""
    if dataclasses.is_dataclass(cls):
        return "fields"
    if issubclass(cls, dict):
        return "dict"
    if issubclass(cls, list | tuple):
        return "list"
    if cls is bool or cls is type(None):
        return "itself"
    return "number" if issubclass(cls, int | float | Decimal) else "text"


def missing_codes(
    issues: list[Any], context: ReportContext | None
) -> tuple[list[Any], dict[int, str]]:
    """The issues with one name missing under ``ct`` or ``iip`` kept per code (its first
    use), and that issue's message (by ``id``) naming the code and its sheet; a missing name
    or code that is a typo of one the data has ("valeu", "gtxs") gets a message naming it."""
    kept, messages, seen = [], {}, set()
    tables = {} if context is None else {t.sheet: t for t in (context.ct, context.iip)}
    for issue in issues:
        found = missing_code(str(issue.params.get("path", "")), context)
        if issue.rule != "DTL301" or found is None:
            kept.append(issue)
        elif found not in seen:
            seen.add(found)
            sheet, code = found
            kept.append(issue)
            meant = typo_of(code, tables[sheet])
            messages[id(issue)] = (
                f"Mẫu báo cáo cần mã «{code}» nhưng trang {sheet} của sổ dữ liệu không có mã "
                f"này; hãy thêm lại dòng mã «{code}» vào trang {sheet}, hoặc bỏ mọi chỗ dùng "
                "mã này khỏi mẫu" + (f" (sổ có mã gần giống: «{meant}»)" if meant else "")
            )
    names = [i for i in kept if i.rule == "DTL301" and id(i) not in messages]
    shape = lint_shape(context) if names and context is not None else None
    for issue in names:
        path = str(issue.params.get("path", ""))
        meant, name = _meant_name(path, shape)
        if meant:
            messages[id(issue)] = (
                f"dữ liệu của tháng không có «{path}» mà mẫu cần: có phải «{meant}» (gõ nhầm "
                f"thành «{name}»)? Các tên dùng được ở docs/template.md"
            )
    return kept, messages


def _meant_name(path: str, shape: Any) -> tuple[str | None, str]:
    """The name a missing dotted ``path`` ("figures[*].indicators[*].naem") likely meant at
    its first missing part ("name"), when one differs from it by a typo; and that part."""
    node = shape
    for part in path.split("."):
        name = part.removesuffix("[*]")
        if not isinstance(node, dict):
            return None, name
        if name not in node:
            return typo_of(name, node), name
        node = node[name]
        while part.endswith("[*]") and isinstance(node, list):
            node = node[0] if node else None
            part = part[:-3]
    return None, path


def typo_of(word: str, known: Any) -> str | None:
    """The one name of ``known`` that ``word`` is a typo of (a letter left out, added,
    changed, or two swapped; two such slips in a name of more than five letters), or that
    it is in other capitals ("GTSX" for "gtsx": a code is in small letters)."""
    same = [k for k in known if isinstance(k, str) and k.casefold() == word.casefold()]
    if len(same) == 1 and same[0] != word:
        return same[0]
    allowed = 1 if len(word) <= 5 else 2
    close = [k for k in known if isinstance(k, str) and _slips(word, k, allowed) <= allowed]
    return close[0] if len(close) == 1 else None


def _slips(a: str, b: str, limit: int) -> int:
    """The edit distance of ``a`` and ``b`` counting two letters swapped as one slip
    (optimal string alignment); more than ``limit`` when their lengths say so."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    two_back: list[int] = []
    back = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(back[j] + 1, row[j - 1] + 1, back[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], two_back[j - 2] + 1)
        two_back, back = back, row
    return back[-1]


def missing_code(path: str, context: ReportContext | None) -> tuple[str, str] | None:
    """(sheet, code) when ``path`` (docxtpl-lint's dotted name, "iip.iip.nuoc.name") is a
    code that ``ct`` or ``iip`` lacks; None for any other missing name.

    The code is what comes before the first name of a row's view ("name", "value"…);
    with none, the whole rest, unless a shorter part of it is a code (then it is a
    misspelt name of that row).
    """
    root, _, rest = path.partition(".")
    if context is None or not rest or root not in ("ct", "iip"):
        return None
    table: CodeTable[Any] = context.ct if root == "ct" else context.iip
    view = IndicatorView if root == "ct" else IipView
    names = set(_field_names(view))
    parts = rest.split(".")
    end = next((i for i in range(1, len(parts)) if parts[i] in names), None)
    if end is None:
        if any(".".join(parts[:i]) in table for i in range(1, len(parts))):
            return None
        end = len(parts)
    code = ".".join(parts[:end])
    return None if code in table else (table.sheet, code)
