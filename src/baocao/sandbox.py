"""Limits on what a template may do: the sizes it makes, how deep it calls, how long it runs.

Jinja's sandbox keeps a template away from Python's internals, but not from
making a huge value (``{{ 'A' * 300000000 }}``) or running for ever (nested
loops). Here the immutable sandbox is used (no ``list.append``, no
``dict.update``: a container never grows in place), and every way a template
makes a big value in one step is checked *before* the step, by the size the
result would have: repetition and concatenation (``*``, ``+``, ``~``),
powers and products of integers, format widths and fields (``%``, ``format``),
``replace``, ``join``, ``indent``, ``wordwrap``, ``expandtabs``, ``translate``,
and numbers above ``MAX_TEXT`` given to a filter or function
(``center(300000000)``). ``range`` is capped at ``MAX_RANGE`` items. Every
printed value, every value a call returns and every value put in a
``namespace`` is checked afterwards, nested lists and dicts counted in full
(``weight``); all values made by one document together may not pass
``MAX_MADE``, so a loop cannot pile them up. The output of each part is
capped at ``MAX_OUTPUT`` characters and ``MAX_MARKUP`` XML tags and line
breaks (docxtpl's work after rendering grows faster than their number).
``lipsum`` and ``tojson`` are refused, and so are ``include``, ``import`` and
``extends``: a template is one .docx. Time is capped by a wall-clock deadline
that the template's own Python code checks (``tick``) before each of its
statements (Jinja's code is compiled with those checks put in:
``jinjacode.compile_ticked``) and after each step that makes a value. That is
portable (no signals, no threads), cannot be blocked by the template, and costs
little, where a trace function (called on every call made while rendering)
made rendering a quarter slower. ``sum`` adds numbers only (from a list it
copies the total at each item: hours in one step). Every limit raises a
Vietnamese ``TemplateError`` (exit code 5). The sizes and their checks are in
``limits``.
"""

from __future__ import annotations

import functools
import time
from collections.abc import (
    Callable,
    Iterable,
    Mapping,
)
from types import CodeType
from typing import Any

from jinja2 import BaseLoader
from jinja2.filters import make_attrgetter
from jinja2.runtime import Macro, markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from baocao.errors import TemplateError
from baocao.jinjacode import LimitedCodeGenerator, compile_ticked, compiled
from baocao.jinjamessages import filter_call, number_given
from baocao.limits import (
    MAX_DEPTH,
    MAX_MADE,
    MAX_MARKUP,
    MAX_OUTPUT,
    MAX_POWER_BITS,
    MAX_RANGE,
    MAX_RANGE_NUMBER,
    MAX_TEXT,
    check_arguments,
    check_format,
    check_indent,
    check_replace,
    check_size,
    check_sum_start,
    check_text_method,
    check_wordwrap,
    checked_weight,
    joined_size,
    too_big,
    too_large_number,
    weight,
    whole,
)
from baocao.memo import remember
from baocao.vnformat import format_exact

TIME_LIMIT_S = 30.0  # wall-clock seconds for one render; the sample takes 0.2 s
# What docxtpl's ``resolve_listing`` turns into Word's own elements when a text holds it:
# a tab, a line break, a new paragraph ("\a") and a page break ("\f").
LISTING = "\t\n\a\f"
MAX_COMPILED = 64  # compiled template parts kept (a document has about ten)
_COMPILED: dict[tuple[str, str | None, str | None, bool], Any] = {}
MAX_SAFE = 4096  # Jinja's answers kept (``is_safe_attribute``); the sample asks about 90
_SAFE: dict[tuple[type, str], bool] = {}


def refused_call(what: str, gives: str) -> Callable[..., Any]:
    """A filter or function of Jinja's that templates may not use, saying so."""

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise TemplateError(
            f"Mẫu báo cáo không được dùng {what}: {gives} không có chỗ trong một báo cáo."
        )

    return refused


def limited_range(*args: int) -> range:
    """``range`` for templates: one to three whole numbers, a step other than 0, at most
    ``MAX_RANGE`` items."""
    whole_numbers = all(isinstance(n, int) and not isinstance(n, bool) for n in args)
    if not (whole_numbers and 1 <= len(args) <= 3) or (len(args) == 3 and args[2] == 0):
        raise TemplateError(
            "Mẫu báo cáo dùng range() sai: cần một đến ba số nguyên (đầu, cuối, bước khác 0)."
        )
    for number in args:
        if abs(number) > MAX_RANGE_NUMBER:
            raise TemplateError(
                f"Mẫu báo cáo dùng range() với số {whole(number)}, quá giới hạn "
                f"{whole(MAX_RANGE_NUMBER)}."
            )
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateError(
            f"Mẫu báo cáo dùng range() với {whole(len(numbers))} phần tử, quá giới hạn "
            f"{whole(MAX_RANGE)}."
        )
    return numbers


class LimitedNamespace(Namespace):
    """``namespace()`` whose attributes are checked like every other value."""

    def __setitem__(self, name: str, value: Any) -> None:
        super().__setitem__(name, check_size(value))


class _NoOtherFiles(BaseLoader):
    """The loader behind ``include``, ``import`` and ``extends``: a template is one .docx."""

    def get_source(self, environment: Any, template: str) -> Any:
        raise TemplateError(
            f"Mẫu báo cáo không được dùng {{% include %}}, {{% import %}} hay {{% extends %}} "
            f"(ở đây: «{template}»): mẫu phải nằm trọn trong tệp .docx, không đọc tệp nào khác."
        )


class LimitedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the limits of this module."""

    intercepted_binops = frozenset({"*", "+", "**", "%"})
    code_generator_class = LimitedCodeGenerator

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=check_size, loader=_NoOtherFiles(), **options)
        self.filters = {name: self._guarded(name, f) for name, f in self.filters.items()}
        # JSON of the report's views means nothing in Word; placeholder text has no place in
        # a report (and lipsum made it in one step no limit could stop).
        self.filters["tojson"] = refused_call("bộ lọc «tojson»", "dữ liệu dạng JSON")
        self.globals["lipsum"] = refused_call("lipsum()", "đoạn văn mẫu vô nghĩa")
        self.globals.update(range=limited_range, namespace=LimitedNamespace)
        self.depth = 0
        self.made = 0
        self.time_limit_s = TIME_LIMIT_S
        self.deadline: float | None = None  # set when template code first runs (``tick``)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """Jinja's rule, asked once for each kind of object and name (``_SAFE``): it reads
        only the name and the type of ``obj`` (function, method, class, frame…; list, dict,
        set…), never ``value``, and a report reads the same few names of its views
        thousands of times (a tenth of a render went to asking)."""
        key = (type(obj), attr)
        safe = _SAFE.get(key)
        if safe is None:
            if len(_SAFE) >= MAX_SAFE:  # names a template made up cannot fill the memory
                _SAFE.clear()
            safe = _SAFE[key] = super().is_safe_attribute(obj, attr, value)
        return safe

    def _compile(self, source: str, filename: str) -> CodeType:
        """Jinja's hook to compile its generated Python: compiled with the clock checks."""
        return compile_ticked(source, filename)

    def tick(self) -> None:
        """Stop template code that runs past its deadline: ``time_limit_s`` from the first
        time this environment ran template code, so every part of one document shares it."""
        if self.deadline is None:
            self.deadline = time.monotonic() + self.time_limit_s
        elif time.monotonic() > self.deadline:
            raise TemplateError(
                f"Mẫu báo cáo chạy quá {format_exact(self.time_limit_s)} giây nên bị dừng (có "
                "thể do vòng lặp quá lớn hoặc lồng nhau quá nhiều)."
            )

    def made_value(self, value: Any) -> Any:
        """``value``, checked (``check_size``) and added to the values this document made,
        which may not pass ``MAX_MADE`` together; the clock is checked too (``tick``): one
        statement may hold many slow steps."""
        self.tick()
        size = checked_weight(value)
        if not isinstance(value, range):  # a range is lazy: it holds no items
            self.made += size
        if self.made > MAX_MADE:
            raise TemplateError(
                f"Mẫu báo cáo tạo ra tổng cộng hơn {whole(MAX_MADE)} ký tự (hoặc phần tử) giá trị "
                "nên bị dừng (có thể do một vòng lặp tạo quá nhiều giá trị lớn)."
            )
        return value

    def _guarded(self, name: str, apply: Callable[..., Any]) -> Callable[..., Any]:
        """A built-in filter whose arguments, the size it would make, and its result are
        checked."""

        @functools.wraps(apply)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            _, value, rest = filter_call(apply, args)
            check_arguments(rest, kwargs, numbers=True)
            if name == "format" and isinstance(value, str):
                check_format(value, [*rest, *kwargs.values()], percent=True)
            elif name == "replace" and len(rest) >= 2:
                check_replace(value, rest[0], rest[1])
            elif name == "indent":
                check_indent(value, rest, kwargs)
            elif name == "wordwrap":
                check_wordwrap(value, rest, kwargs)
            elif name == "join" and value is not None:
                args, kwargs = self._materialized_join(args, kwargs)
            elif name == "sum":
                check_sum_start(kwargs.get("start", rest[1] if len(rest) > 1 else 0))
            if said := number_given(name, apply, args, kwargs, failed=False):  # "| select"
                raise TemplateError(said)
            try:
                made = apply(*args, **kwargs)
            except (TypeError, AttributeError) as exc:  # "| truncate(5)" of 21,4
                if said := number_given(name, apply, args, kwargs, failed=True):
                    raise TemplateError(said) from exc
                if not isinstance(exc, TypeError):  # "doc | dictsort": a traceback before
                    raise TemplateError(
                        f"bộ lọc «{name}» không dùng được cho một giá trị kiểu "
                        f"«{type(value).__name__}» (Python báo: {exc})"
                    ) from exc
                if exc.__traceback__ is None or exc.__traceback__.tb_next is None:
                    # Raised by the call itself, not inside the filter: the template gave it
                    # arguments it does not take ("{{ month | upper(1) }}").
                    raise TemplateError(
                        f"bộ lọc «{name}» không nhận các đối số mẫu báo cáo đưa cho nó (thừa, "
                        "thiếu hay sai tên đối số)"
                    ) from exc
                raise
            return self.made_value(made)

        return guarded

    def _materialized_join(
        self, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """``join``'s arguments with its items listed (attributes taken) and their joined
        size checked, so the join itself cannot make a huge text."""
        eval_ctx, value, *rest = args
        if not isinstance(value, Iterable):
            return args, kwargs  # Jinja's join says what is wrong
        separator = rest[0] if rest else kwargs.pop("d", "")
        attribute = rest[1] if len(rest) > 1 else kwargs.pop("attribute", None)
        items = list(value)
        if attribute is not None:
            items = list(map(make_attrgetter(self, attribute), items))
        size = joined_size(items, separator)
        if size > MAX_TEXT:
            raise too_big(size)
        return (eval_ctx, items, separator), {}

    def joined(self, parts: tuple[Any, ...], markup: bool) -> str:
        """``a ~ b ~ c``: the parts joined, once their size is known to be within limits."""
        size = joined_size(list(parts), "")
        if size > MAX_TEXT:
            raise too_big(size)
        return self.made_value((markup_join if markup else str_join)(parts))  # type: ignore[no-any-return]

    def compile(
        self,
        source: Any,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> Any:
        """Jinja's compile, with the code of a source already compiled taken from a cache.

        Every LimitedEnvironment compiles alike (same options, same sandbox), and each
        render makes a new one (its time limit is its own), so the code is kept for all:
        a process that renders a template again does not parse it again, nor does a run
        after one that did (``jinjacode``).
        """
        compile_ = super().compile
        if raw or not isinstance(source, str):
            return compile_(source, name, filename, raw, defer_init)  # type: ignore[call-overload]
        key = (source, name, filename, defer_init)
        return remember(
            _COMPILED,
            key,
            lambda: compiled(
                self,
                source,
                f"{name}|{filename}|{defer_init}",
                lambda: compile_(source, name, filename, False, defer_init),
            ),
            MAX_COMPILED,
        )

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """``*``, ``+``, ``**`` and ``%`` with the size of their result checked first."""
        sequences = [x for x in (left, right) if isinstance(x, str | bytes | list | tuple)]
        counts = [x for x in (left, right) if isinstance(x, int) and not isinstance(x, bool)]
        if operator == "*" and len(sequences) == 1 and counts:
            size = weight(sequences[0]) * counts[0]
            if size > MAX_TEXT:
                raise too_big(size)
        elif operator == "*" and len(counts) == 2:
            bits = left.bit_length() + right.bit_length()
            if bits > MAX_POWER_BITS:
                raise too_large_number(bits)
        elif operator == "+" and len(sequences) == 2:
            size = weight(left) + weight(right)
            if size > MAX_TEXT:
                raise too_big(size)
        elif operator == "**" and len(counts) == 2 and right > 0:
            if max(abs(left).bit_length(), 1) * right > MAX_POWER_BITS:
                raise TemplateError(f"Mẫu báo cáo tính một lũy thừa quá lớn ({left} ** {right}).")
        elif operator == "%" and isinstance(left, str | bytes):
            values = right if isinstance(right, tuple) else [right]
            check_arguments(values, {}, numbers=True)
            check_format(
                left, right.values() if isinstance(right, Mapping) else values, percent=True
            )
        return self.made_value(super().call_binop(context, operator, left, right))

    def call(  # Jinja's own signature: "__" names never clash with a call's keywords
        __self,  # noqa: N805
        __context: Any,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """A call from template code: depth, arguments, the size it would make and its
        result checked."""
        is_range = __obj is limited_range
        check_arguments(args, kwargs, numbers=not (is_range or isinstance(__obj, Macro)))
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        if isinstance(owner, str | bytes):
            args = check_text_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
        if __self.depth >= MAX_DEPTH:
            raise TemplateError(
                f"Mẫu báo cáo gọi macro hoặc hàm lồng nhau quá {MAX_DEPTH} tầng (có thể là một "
                "macro tự gọi chính nó mãi)."
            )
        __self.depth += 1
        try:
            return __self.made_value(super().call(__context, __obj, *args, **kwargs))
        finally:
            __self.depth -= 1

    def concat(self, parts: Iterable[str]) -> str:
        """Run the template (``parts`` is its output, made as it is read) under the limits.

        The output stops once it exceeds ``MAX_OUTPUT`` characters or ``MAX_MARKUP`` XML
        tags and line breaks; the time counts from this environment's first render, so
        every part of one document shares ``time_limit_s``: the template's code checks it
        before each of its statements, and after each step that makes a value (``tick``).
        """
        kept: list[str] = []
        total = 0
        # Markup is counted from the first part that takes the output past MAX_MARKUP
        # characters: fewer characters cannot hold more markup than that.
        markup: int | None = None
        for part in parts:
            total += len(part)
            if total > MAX_OUTPUT:
                raise TemplateError(
                    f"Báo cáo tạo từ mẫu dài quá {whole(MAX_OUTPUT)} ký tự nên bị dừng (có "
                    "thể do một vòng lặp in quá nhiều lần)."
                )
            kept.append(part)
            if total > MAX_MARKUP:
                markup = sum(map(_markup, kept)) if markup is None else markup + _markup(part)
                if markup > MAX_MARKUP:
                    raise TemplateError(
                        f"Báo cáo tạo từ mẫu có quá {whole(MAX_MARKUP)} thẻ XML, dấu xuống "
                        "dòng và dấu tab nên bị dừng (có thể do một vòng lặp in quá nhiều lần)."
                    )
        return "".join(kept)


def _markup(part: str) -> int:
    """The XML tags of ``part``, and what docxtpl makes XML elements of (``LISTING``)."""
    return sum(map(part.count, ("<", *LISTING)))
