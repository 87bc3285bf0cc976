"""The report's Jinja environment: the sandbox of ``sandbox`` with the report's own rules.

It records which indicators and index rows a template writes (``written_before``: in which
section of the body each was first read, so what only the appendix reads is set apart), refuses an
unknown figure, ``None``, a bare number or a control character printed into the text, and
refuses the ways a number or a list of the data would reach the text without the filters: a Decimal
or a float made text (``~``, ``%``, ``format``, ``string``, ``join``…: "21.4", English
and unrounded, where the report writes "21,4"), cut by ``int`` (21,6 → 21), or a
list of the data printed whole (its Python form, "('Trung Quốc', 'Hàn Quốc')").
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from jinja2 import StrictUndefined, Undefined
from jinja2.filters import make_attrgetter
from jinja2.utils import Namespace

from baocao.blankcells import UnknownReads
from baocao.errors import TemplateError
from baocao.figures import TOTAL_CODE
from baocao.filters import FILTERS
from baocao.jinjamessages import filter_call
from baocao.limits import check_size
from baocao.outputxml import UNPRINTABLE
from baocao.sandbox import LimitedEnvironment, refused_call
from baocao.views import IipParagraph, IipView, IndicatorView
from baocao.viewvalues import Blank, joined
from baocao.vnformat import format_exact

# What writes an indicator into the report: its figures and clauses (not its name or unit,
# nor what only arranges its sentences).
_ARRANGING = (
    "code",
    "name",
    "unit",
    "pct_decimals",
    "line_label",
    "groups",
    "month_rows",
    "total_rows",
)
WRITTEN_FIELDS = frozenset(
    f.name for f in dataclasses.fields(IndicatorView) if f.name not in (*_ARRANGING, "children")
)
# And an index row (ChiSoSXCN): its indices, changes and clauses. The paragraph's
# ``branches`` (and ``second_branches``) hold every branch with figures, said as
# ``BRANCHES_WRITTEN`` (no code has a space); its lead clauses are the whole industry's.
IIP_WRITTEN_FIELDS = frozenset(
    f.name for f in dataclasses.fields(IipView) if f.name not in ("code", "name", "pct_decimals")
)
_ROW_FIELDS = {IndicatorView: WRITTEN_FIELDS, IipView: IIP_WRITTEN_FIELDS}  # by row type
BRANCHES_WRITTEN = "iip branches"
_PARAGRAPH_WRITES = {
    "branches": BRANCHES_WRITTEN,
    "second_branches": BRANCHES_WRITTEN,
    "lead_clauses": TOTAL_CODE,
    "second_clauses": TOTAL_CODE,
}

# The clauses a read of a row's field stands for, which say the report's bases ("so với
# cùng kỳ"): a change's, and the clause itself. Recorded in ``written`` after ``OFFERED``
# (no code has a space), so ``leftout`` looks for the office's words in the sentences the
# template writes, not in a breakdown's clause that no sentence has.
OFFERED = "offered: "
_CHANGES = {
    "mom": "mom_clause",
    "yoy": "yoy_clause",
    "ytd_yoy": "ytd_yoy_clause",
    "plan_share": "plan_clause",
    "total_yoy": "total_yoy_clause",
    "growth": "yoy_clause",
    "mom_growth": "mom_clause",
    "ytd_growth": "ytd_clause",
}
_CLAUSES = frozenset(_CHANGES.values()) | {"line_clauses", *_PARAGRAPH_WRITES}


def offered(written: set[str]) -> list[str]:
    """The clauses the template read (``OFFERED``), of ``written``."""
    return [w.removeprefix(OFFERED) for w in written if w.startswith(OFFERED)]


# Jinja's filters that make text of the value they are given ("21.359…" of a Decimal).
TEXT_FILTERS = frozenset(
    {
        "capitalize", "center", "e", "escape", "filesizeformat", "forceescape", "indent",
        "lower", "pprint", "replace", "string", "striptags", "title", "trim", "truncate",
        "upper", "urlencode", "wordcount", "wordwrap",
    }
)  # fmt: skip


def number_made_text(value: Decimal | float, how: str) -> TemplateError:
    """The error for a number of the data made text without ``number`` or ``percent``."""
    return TemplateError(
        f"Mẫu báo cáo đổi số {format_exact(value)} thành chữ bằng {how}: số sẽ in theo kiểu "
        "tiếng Anh (dấu chấm thập phân) và không được làm tròn; hãy viết số bằng bộ lọc "
        "«number» hay «percent» (kiểu Việt Nam: 52.716; 21,4)."
    )


def list_made_text(value: tuple[Any, ...]) -> TemplateError:
    """The error for a list of the data (a tuple: the context's lists are) made text."""
    first = ", ".join(repr(item) for item in value[:2] if isinstance(item, str))
    shown = f" ({first}{', …' if len(value) > 2 else ''})" if first else ""
    return TemplateError(
        f"Mẫu báo cáo in cả một danh sách vào văn bản, như mã Python{shown}; hãy nối các mục "
        "bằng bộ lọc «join» (ví dụ {{ trade.export_markets | join(', ') }}) hay «clauses», "
        "hoặc in từng mục trong vòng lặp {% for … %}."
    )


def unknown_printed(value: Blank) -> TemplateError:
    """The error for a value not known (a blank cell, a change with no base) printed, or
    made part of a text."""
    made = TemplateError(
        f"Mẫu báo cáo in {value.where or 'một số liệu'} vào văn bản, nhưng số liệu này "
        "chưa có (ô để trống hoặc không tính được), nên câu văn sẽ thiếu số. Hãy điền "
        "số liệu vào sổ, hoặc sửa mẫu để bỏ phần này khi chưa có số ({% if … %})."
    )
    made.blank = value.where
    return made


def check_text_parts(values: Iterable[Any], how: str) -> None:
    """Refuse a number (Decimal, float), a list of the data or a value not known (``Blank``)
    among values made text."""
    for value in values:
        if isinstance(value, Blank):
            raise unknown_printed(value)
        if isinstance(value, Decimal | float):
            raise number_made_text(value, how)
        if isinstance(value, tuple) and not any(map(dataclasses.is_dataclass, value)):
            raise list_made_text(value)  # a tuple of rows says its own error (views._Whole)
        if isinstance(value, Undefined):  # "map(attribute='nmae') | list": "[Undefined, …]"
            str(value)  # StrictUndefined's error, naming what the data lacks


def _has_text(item: object) -> bool:
    """Whether a list's item is a text, or a list holding one (``batch``'s)."""
    return isinstance(item, str) or (
        isinstance(item, list) and any(isinstance(i, str) for i in item)
    )


def _ours(value: object) -> bool:
    """Whether ``value`` is one of baocao's own (a row, the chart's picture), which prints
    itself or says why it cannot; any other value but a text, a whole number, a list or an
    undefined name (which says its own error) would print its Python form (a function, a
    class, a dict, a range, bytes, a namespace…)."""
    ours = type(value).__module__.partition(".")[0] == "baocao"
    return ours and not isinstance(value, Namespace)  # "<Namespace {'a': 1}>"


class ReportEnvironment(LimitedEnvironment):
    """The sandbox with its watches: which indicators the template writes (``read_in``:
    their codes), no unknown figure (a ``Blank``) printed into a sentence, and no number or
    list of the data made text but by the filters (module docstring)."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.read_in: dict[str, int] = {}  # what reads write, by the first section read in
        self.unknown_reads = UnknownReads()  # what was read not known: its blank cell
        self._section, self._pending, self._renders = 0, False, 0
        self.finalize = self._printed
        # Text printed as it is, unescaped, would be Word's XML: a tag that breaks the
        # document, or one Word refuses; docxtpl's parser drops what follows, silently.
        for name in ("safe", "urlize", "xmlattr"):
            self.filters[name] = refused_call(f"bộ lọc «{name}»", "mã XML in nguyên văn")
        for name in TEXT_FILTERS | {"format", "join", "int"}:
            self.filters[name] = self._no_number_text(name, self.filters[name])

    def concat(self, parts: Iterable[str]) -> str:
        """The sandbox's (its limits); the first render is docxtpl's body (``build_xml``),
        whose section breaks are counted as its output goes by: a read is in the section the
        output has reached (in the headers, footers and notes, rendered after it: 0). A
        block the body joins apart (a macro's, ``{% set %}``'s) is counted as it is output."""
        self._renders += 1
        if self._renders > 1:  # a later part, or a block of the body (a macro, a set block)
            return super().concat(parts)
        try:
            return super().concat(self._counted(parts))
        finally:
            self._section, self._pending = 0, False

    def _counted(self, parts: Iterable[str]) -> Iterator[str]:
        """``parts``, each counted (``concat``) before the output goes on."""
        for part in parts:
            marks = _BREAK_OR_END.finditer(part) if self._pending or "sectPr" in part else ()
            for mark in marks:
                if mark[1]:  # the break paragraph's own text is of the section it ends
                    self._pending = True
                elif self._pending:
                    self._section, self._pending = self._section + 1, False
            yield part

    def written_before(self, sections: int | None) -> set[str]:
        """What the template read (codes, ``BRANCHES_WRITTEN``, ``OFFERED`` clauses) in the
        body's first ``sections`` sections, or in a header, footer or note (None: anywhere)."""
        return {w for w, at in self.read_in.items() if sections is None or at < sections}

    def _no_number_text(self, name: str, apply: Callable[..., Any]) -> Callable[..., Any]:
        """A built-in filter that refuses to make text of a number or a list of the data;
        ``int`` refuses a Decimal (every figure, change and index of the data is one), whose
        decimals it would cut (21,6 → 21), but not a float: one comes only from the
        template's own sums of whole numbers, whose cut is meant (the quarter of the month,
        "{{ ((month - 1) / 3) | int + 1 }}"). The filter runs first: what it would make too
        large is said as such (``sandbox``)."""
        how = f"bộ lọc «{name}»"

        @functools.wraps(apply)
        def checked(*args: Any, **kwargs: Any) -> Any:
            passed, value, rest = filter_call(apply, args)
            taken: Iterable[Any] = [value]
            if name == "join" and isinstance(value, Iterable) and not isinstance(value, str):
                items = list(value)
                args = (*passed, items, *rest)
                attribute = kwargs.get("attribute", rest[1] if len(rest) > 1 else None)
                taken = items if attribute is None else map(make_attrgetter(self, attribute), items)
            elif name == "format":  # the text formatted too: "{{ x.mom | format }}"
                taken = [value, *rest, *kwargs.values()]
            made = apply(*args, **kwargs)
            if name == "int" and isinstance(value, Decimal):
                raise TemplateError(
                    f"Mẫu báo cáo dùng bộ lọc «int» với số {format_exact(value)}: «int» bỏ phần "
                    "lẻ chứ không làm tròn; hãy viết số bằng bộ lọc «number» (ví dụ number(0))."
                )
            if name != "int":
                check_text_parts(taken, how)
            return joined(value, made) if name == "join" else made

        return checked

    def joined(self, parts: tuple[Any, ...], markup: bool) -> str:
        made = super().joined(parts, markup)
        check_text_parts(parts, "«~»")
        return made

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        made = super().call_binop(context, operator, left, right)
        if operator == "%" and isinstance(left, str):
            values = right.values() if isinstance(right, Mapping) else right
            check_text_parts(values if isinstance(right, tuple | Mapping) else [right], "«%»")
        elif isinstance(made, str):  # "+" or "*" made a text: of no value not known
            check_text_parts([left, right], f"«{operator}»")
        return made

    def call(  # Jinja's own signature: "__" names never clash with a call's keywords
        __self,  # noqa: N805
        __context: Any,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """A call from template code: a text's ``format`` or ``join`` given a number or a
        list of the data, or a number's method that makes text, is refused; a text method
        of a value not known (``.strip()``) gives it still not known."""
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        method = getattr(__obj, "__name__", "")
        texts = isinstance(owner, str) and method in ("format", "format_map", "join")
        given = args[0] if args else None
        if texts and method == "join" and isinstance(given, Iterable):
            args = (list(given), *args[1:])
        made = super().call(__context, __obj, *args, **kwargs)
        if texts:
            first = args[0] if args else ()
            values = (
                [*args, *kwargs.values()]
                if method == "format"
                else list(first.values() if isinstance(first, Mapping) else first)
            )
            check_text_parts(values, f"«{method}»")
            if method == "join":
                made = joined(given, made)
        if isinstance(owner, Decimal | float) and isinstance(made, str):
            raise number_made_text(owner, f"«{method}»")
        if isinstance(owner, Blank) and isinstance(made, str):  # ".strip()": a plain ""
            if made:
                raise unknown_printed(owner)
            return Blank(owner.where)  # still not known: false in {% if %}, refused printed
        return made

    @staticmethod
    def _printed(value: object) -> object:
        if isinstance(value, Blank):
            raise unknown_printed(value)
        if value is None:
            raise TemplateError(
                "Mẫu báo cáo in một giá trị trống (None) vào văn bản: một số liệu hay hình biểu "
                "đồ chưa có; hãy bỏ qua nó bằng {% if … %}, và viết số bằng bộ lọc «number» "
                "hay «percent»."
            )
        if isinstance(value, Decimal | float):
            raise TemplateError(
                f"Mẫu báo cáo in số {format_exact(value)} vào văn bản mà không định dạng; hãy viết "
                "số bằng bộ lọc «number» hay «percent» (kiểu Việt Nam: 52.716; 21,4)."
            )
        if isinstance(value, bool):  # "{{ x.mom > 0 }}": "True" in a Vietnamese report
            raise TemplateError(
                f"Mẫu báo cáo in giá trị «{value}» (đúng/sai, kết quả của một phép so sánh) vào "
                "văn bản; hãy đặt phép so sánh trong {% if … %} và viết câu văn trong khối đó."
            )
        if isinstance(value, tuple):
            check_text_parts([value], "")
        if isinstance(value, Iterator):  # a filter's result not joined: "<generator …>"
            value = list(itertools.islice(value, 3))
            if not value or any(isinstance(item, str | tuple | list) for item in value):
                raise list_made_text(tuple(value))
        if isinstance(value, list):  # one the template made: "[0, 1, 2]" prints as usual
            check_text_parts(value, "một danh sách «[…]»")
            if any(map(_has_text, value)):  # "| sort", "| list": "['Hàn Quốc', 'Mỹ']"
                raise list_made_text(tuple(value))
        if not isinstance(value, str | int | list | tuple | Undefined) and not _ours(value):
            str(check_size(value))  # a row inside says its own error: "{{ {'a': org} }}"
            raise TemplateError(  # "<built-in method upper …>", "{'a': 1}", "range(0, 3)"
                f"Mẫu báo cáo in một giá trị kiểu «{type(value).__name__}» vào văn bản, nên văn "
                "bản sẽ có chữ lạ, như mã Python; hãy chỉ in chữ hay số (một hàm phải được gọi, "
                "có dấu ngoặc: «.upper()» chứ không phải «.upper»)."
            )
        if isinstance(value, str) and (bad := UNPRINTABLE.search(value)):
            raise TemplateError(
                f"Mẫu báo cáo in ký tự U+{ord(bad[0]):04X}, một ký tự điều khiển hay nửa ký "
                "tự bị cắt mà văn bản Word không được có; hãy bỏ ký tự này khỏi mẫu."
            )
        return check_size(value)

    def getattr(self, obj: Any, attribute: str) -> Any:
        return self._noted(obj, attribute, super().getattr(obj, attribute))

    def getitem(self, obj: Any, argument: Any) -> Any:
        got = super().getitem(obj, argument)
        return self._noted(obj, argument, got) if isinstance(argument, str) else got

    def _noted(self, obj: Any, name: str, value: Any) -> Any:
        """``value``, ``name`` of ``obj``, with what reading it writes noted: now, or, for
        the index paragraph's clauses, once the template goes through them (``_Clauses``)."""
        self.unknown_reads.read(obj, name, value)
        if isinstance(obj, IipParagraph) and name in _PARAGRAPH_WRITES:
            return _Clauses(value, functools.partial(self._note_written, obj, name))
        self._note_written(obj, name)
        return value

    def _note_written(self, obj: Any, name: str) -> None:
        """Notes (``read_in``, at the section the body's output has reached) the row that
        reading ``name`` of ``obj`` writes, if any, and the clauses it stands for (``OFFERED``)."""
        fields = _ROW_FIELDS.get(type(obj), ())
        read: list[str] = []
        if name in fields:
            read.append(obj.code)
        elif isinstance(obj, IipParagraph) and name in _PARAGRAPH_WRITES:
            read.append(_PARAGRAPH_WRITES[name])
        clause = _CHANGES.get(name, name)
        if clause in _CLAUSES and isinstance(obj, IndicatorView | IipView | IipParagraph):
            said = getattr(obj, clause, ())
            read += (OFFERED + c for c in ((said,) if isinstance(said, str) else said))
        for item in read:
            self.read_in[item] = min(self.read_in.get(item, self._section), self._section)


# In the body's rendered XML: a section break (group 1), or a paragraph's end.
_BREAK_OR_END = re.compile(r"<(?:\w+:)?sectPr([\s/>])|</(?:\w+:)?p>")


class _Clauses(tuple[str, ...]):
    """The index paragraph's clauses (``s.iip.branches``), written once the template goes
    through them (``clauses``, ``join``, a loop, an item): asking whether there are any
    ({% if s.iip.branches %}, ``length``) writes none, so a template that keeps the default
    template's question but writes its own words is told the branches are left out."""

    _note: Callable[[], None]  # "_": not for the template to read (the sandbox)

    def __new__(cls, items: Iterable[str], note: Callable[[], None]) -> _Clauses:
        made = super().__new__(cls, items)
        made._note = note
        return made

    def __iter__(self) -> Iterator[str]:
        self._note()
        return super().__iter__()

    def __getitem__(self, index: Any) -> Any:
        self._note()
        return super().__getitem__(index)


def make_environment() -> ReportEnvironment:
    """The one Jinja environment for templates: sandboxed with limits, strict, autoescaping."""
    env = ReportEnvironment(undefined=StrictUndefined, autoescape=True)
    env.filters.update(FILTERS)
    return env
