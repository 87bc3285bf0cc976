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
``extends``: a template is one .docx. Time is capped by
``time_limit``: a trace function checks a wall-clock deadline on each line of
template code, which is portable (no signals, no threads) and cannot be
blocked by the template. Every limit raises a Vietnamese ``TemplateError``
(exit code 5).
"""

from __future__ import annotations

import functools
import re
import string
import sys
import time
from collections.abc import (
    Callable,
    Collection,
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    ValuesView,
)
from contextlib import contextmanager
from decimal import Decimal
from types import FrameType
from typing import Any, cast

from jinja2 import BaseLoader
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.filters import make_attrgetter
from jinja2.nodes import Concat
from jinja2.runtime import Macro, Undefined, markup_join, str_join
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from baocao.errors import TemplateError
from baocao.vnformat import format_exact, format_number

MAX_RANGE = 10_000  # items of one range(); a report's loops run over tens of rows
MAX_TEXT = 1_000_000  # characters (or items) of one value; a whole report is ~50 000
MAX_MADE = 10_000_000  # characters (or items) of all values one document makes (~100)
MAX_OUTPUT = 20_000_000  # characters of one rendered part (the body XML is ~110 000)
MAX_MARKUP = 200_000  # XML tags, line breaks and tabs of one rendered part (~7 000)
MAX_DEPTH = 50  # nested calls of macros and functions
MAX_POWER_BITS = 100_000  # an integer (a power, a product) larger than this many bits
TIME_LIMIT_S = 30.0  # wall-clock seconds for one render; the sample takes 0.2 s
TEMPLATE_FILE = "<template>"  # the file name Jinja gives code compiled from a string
MAX_COMPILED = 64  # compiled template parts kept (a document has about ten)
_COMPILED: dict[tuple[str, str | None, str | None, bool], Any] = {}
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[a-zA-Z%]")
_VIEWS: tuple[type[Collection[Any]], ...] = (
    list,
    tuple,
    set,
    frozenset,
    KeysView,
    ValuesView,
    ItemsView,
)
_BREAKS = "\n\t\a\f"  # each becomes XML elements in docxtpl's work after rendering


def _n(value: int) -> str:
    """A whole number in a message, with every digit: "1.000.000"."""
    return format_number(Decimal(value))


def _too_big(size: int) -> TemplateError:
    return TemplateError(
        f"Mẫu báo cáo tạo ra một giá trị dài {_n(size)} ký tự (hoặc phần tử), quá giới hạn "
        f"{_n(MAX_TEXT)}."
    )


def _too_large_number(bits: int) -> TemplateError:
    return TemplateError(
        f"Mẫu báo cáo tính một số nguyên quá lớn ({_n(bits)} bit, quá giới hạn "
        f"{_n(MAX_POWER_BITS)})."
    )


def _is_container(kind: type) -> bool:
    return issubclass(kind, Mapping) or issubclass(kind, _VIEWS)


def weight(value: object, limit: int = MAX_TEXT) -> int:
    """The size of ``value``: the characters of a text; for a list, tuple, set or dict, the
    sizes of its items (and keys) added up through nested ones, each at least 1, so a
    list that holds one long text a million times weighs all of it, as its printed form
    would; 1 for anything else. Counting stops once past ``limit``.
    """
    total = 0
    stack = [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str | bytes | bytearray | range):
            total += max(len(item), 1)
        elif isinstance(item, Mapping) and len(item):
            stack += [*item.keys(), *item.values()]
        elif isinstance(item, _VIEWS) and len(item):
            # Texts and scalars counted here in two passes, nested containers walked later:
            # a list of a million short texts costs a tenth of a second, not a second.
            children = item if isinstance(item, list | tuple) else list(item)
            kinds = set(map(type, children))  # isinstance of an ABC is slow: ask per type
            text_kinds = tuple(k for k in kinds if issubclass(k, str | bytes))
            nested_kinds = tuple(k for k in kinds if k not in text_kinds and _is_container(k))
            total += len(children)
            if text_kinds:
                total += sum(len(c) - 1 for c in children if isinstance(c, text_kinds) and c)
            if nested_kinds:
                nested = [c for c in children if isinstance(c, nested_kinds)]
                total -= len(nested)
                stack += nested
        else:
            total += 1
    return total


def checked_weight(value: object) -> int:
    """The ``weight`` of ``value``, which must be within ``MAX_TEXT`` (and an integer within
    ``MAX_POWER_BITS``). An undefined name weighs 0: the strict undefined reports it where
    used."""
    if isinstance(value, Undefined):
        return 0
    if isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > MAX_POWER_BITS:
            raise _too_large_number(value.bit_length())
        return 1
    size = weight(value)
    if size > MAX_TEXT:
        raise _too_big(size)
    return size


def check_size(value: object) -> object:
    """``value`` unchanged when its size is within the limits (``checked_weight``)."""
    checked_weight(value)
    return value


def _check_number(value: object) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT:
        shown = _n(value) if value.bit_length() <= 64 else f"lớn {_n(value.bit_length())} bit"
        raise TemplateError(
            f"Mẫu báo cáo dùng số {shown} làm độ rộng, số lần lặp hoặc tham số, quá giới hạn "
            f"{_n(MAX_TEXT)}."
        )


def _check_arguments(args: Iterable[object], kwargs: dict[str, Any], *, numbers: bool) -> None:
    for value in (*args, *kwargs.values()):
        check_size(value)
        if numbers:
            _check_number(value)


def _text_size(value: object) -> int:
    """How long ``value`` is once printed, about: a text's length, a container's weight, the
    printed length of anything else (an integer has at most 4 300 digits in Python)."""
    if isinstance(value, Undefined):
        return 0  # Jinja reports it when it joins or prints it
    if isinstance(value, str | bytes):
        return len(value)
    if _is_container(type(value)):
        return weight(value)
    try:
        return len(str(value))
    except ValueError:  # an integer too long to print: Python refuses it itself
        return 1


def _check_format(fmt: str, args: Iterable[object], *, percent: bool) -> None:
    """Refuse a format whose result would pass ``MAX_TEXT``: every width and precision, and
    every field as long as the longest argument (a field may repeat one: "{0}{0}{0}")."""
    if percent:
        found = list(_PERCENT_SPEC.finditer(fmt))
        widths = [int(w) for m in found for w in m.groups() if w and w != "*"]
        fields = len(found)
    else:
        try:
            specs = [s for _, name, s, _ in string.Formatter().parse(fmt) if name is not None]
        except ValueError:
            return  # Jinja reports the malformed format itself
        if any("{" in spec for spec in specs if spec):
            raise TemplateError(
                "Mẫu báo cáo dùng định dạng lồng nhau (ví dụ «{:>{}}»); hãy ghi độ rộng bằng số."
            )
        widths = [int(w) for spec in specs if spec for w in re.findall(r"\d+", spec)]
        fields = len(specs)
    for width in widths:
        _check_number(width)
    longest = max((_text_size(a) for a in args), default=0)
    size = len(fmt) + sum(widths) + fields * longest
    if size > MAX_TEXT:
        raise _too_big(size)


def _check_replace(text: object, old: object, new: object) -> None:
    if {type(text), type(old), type(new)} not in ({str}, {bytes}):
        return
    text, old, new = cast(str, text), cast(str, old), cast(str, new)  # or all three bytes
    found = text.count(old) if old else len(text) + 1
    size = len(text) + found * max(len(new) - len(old), 0)
    if size > MAX_TEXT:
        raise _too_big(size)


def _joined_size(items: list[Any], separator: object) -> int:
    """The length of ``separator`` joining ``items``; an item repeated is measured once."""
    sizes: dict[int, int] = {}
    total = max(len(items) - 1, 0) * _text_size(separator)
    for item in items:
        size = sizes.get(id(item))
        if size is None:
            size = sizes[id(item)] = _text_size(item)
        total += size
    return total


def _check_indent(text: object, rest: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    width = rest[0] if rest else kwargs.get("width", 4)
    if isinstance(text, str):
        step = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
        size = len(text) + (text.count("\n") + 1) * max(step, 0)
        if size > MAX_TEXT:
            raise _too_big(size)


def _check_wordwrap(text: object, rest: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Each wrapped line adds ``wrapstring``; there are at most as many lines as characters."""
    if not isinstance(text, str):
        return
    width = rest[0] if rest else kwargs.get("width", 79)
    wrap = rest[2] if len(rest) > 2 else kwargs.get("wrapstring")
    step = len(wrap) if isinstance(wrap, str) else 1
    width = width if isinstance(width, int) and width > 0 else 1
    lines = min(len(text) + 1, len(text.split()) + len(text) // width + text.count("\n") + 1)
    size = len(text) + lines * step
    if size > MAX_TEXT:
        raise _too_big(size)


def _refused(what: str, gives: str) -> Callable[..., Any]:
    """A filter or function of Jinja's that templates may not use, saying so."""

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise TemplateError(
            f"Mẫu báo cáo không được dùng {what}: {gives} không có chỗ trong một báo cáo."
        )

    return refused


def limited_range(*args: int) -> range:
    """``range`` for templates: at most ``MAX_RANGE`` items."""
    numbers = range(*args)
    if len(numbers) > MAX_RANGE:
        raise TemplateError(
            f"Mẫu báo cáo dùng range() với {_n(len(numbers))} phần tử, quá giới hạn "
            f"{_n(MAX_RANGE)}."
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


class _LimitedCodeGenerator(CodeGenerator):
    """Jinja's code generator, with ``~`` (a Concat) joined by ``LimitedEnvironment.joined``,
    so its size is checked before the text is made."""

    @optimizeconst
    def visit_Concat(self, node: Concat, frame: Frame) -> None:  # noqa: N802 (Jinja's name)
        if frame.eval_ctx.volatile:
            markup = "context.eval_ctx.volatile"  # as Jinja's own visit_Concat
        else:
            markup = str(bool(frame.eval_ctx.autoescape))
        self.write("environment.joined((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write(f"), {markup})")


class LimitedEnvironment(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the limits of this module."""

    intercepted_binops = frozenset({"*", "+", "**", "%"})
    code_generator_class = _LimitedCodeGenerator

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=check_size, loader=_NoOtherFiles(), **options)
        self.filters = {name: self._guarded(name, f) for name, f in self.filters.items()}
        # JSON of the report's views means nothing in Word; placeholder text has no place in
        # a report (and lipsum made it in one step no limit could stop).
        self.filters["tojson"] = _refused("bộ lọc «tojson»", "dữ liệu dạng JSON")
        self.globals["lipsum"] = _refused("lipsum()", "đoạn văn mẫu vô nghĩa")
        self.globals.update(range=limited_range, namespace=LimitedNamespace)
        self.depth = 0
        self.made = 0
        self.time_limit_s = TIME_LIMIT_S
        self.started: float | None = None

    def made_value(self, value: Any) -> Any:
        """``value``, checked (``check_size``) and added to the values this document made,
        which may not pass ``MAX_MADE`` together."""
        size = checked_weight(value)
        if not isinstance(value, range):  # a range is lazy: it holds no items
            self.made += size
        if self.made > MAX_MADE:
            raise TemplateError(
                f"Mẫu báo cáo tạo ra tổng cộng hơn {_n(MAX_MADE)} ký tự (hoặc phần tử) giá trị "
                "nên bị dừng (có thể do một vòng lặp tạo quá nhiều giá trị lớn)."
            )
        return value

    def _guarded(self, name: str, apply: Callable[..., Any]) -> Callable[..., Any]:
        """A built-in filter whose arguments, the size it would make, and its result are
        checked."""
        skip = 2 if getattr(apply, "jinja_pass_arg", None) else 1  # env/context come first

        @functools.wraps(apply)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            value, rest = args[skip - 1] if len(args) >= skip else None, args[skip:]
            _check_arguments(rest, kwargs, numbers=True)
            if name == "format" and isinstance(value, str):
                _check_format(value, [*rest, *kwargs.values()], percent=True)
            elif name == "replace" and len(rest) >= 2:
                _check_replace(value, rest[0], rest[1])
            elif name == "indent":
                _check_indent(value, rest, kwargs)
            elif name == "wordwrap":
                _check_wordwrap(value, rest, kwargs)
            elif name == "join" and value is not None:
                args, kwargs = self._materialized_join(args, kwargs)
            return self.made_value(apply(*args, **kwargs))

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
        size = _joined_size(items, separator)
        if size > MAX_TEXT:
            raise _too_big(size)
        return (eval_ctx, items, separator), {}

    def joined(self, parts: tuple[Any, ...], markup: bool) -> str:
        """``a ~ b ~ c``: the parts joined, once their size is known to be within limits."""
        size = _joined_size(list(parts), "")
        if size > MAX_TEXT:
            raise _too_big(size)
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
        render makes a new one (its time limit is its own), so the code is kept per
        class: a process that renders a template again does not parse it again.
        """
        compile_ = super().compile
        if raw or not isinstance(source, str):
            return compile_(source, name, filename, raw, defer_init)  # type: ignore[call-overload]
        key = (source, name, filename, defer_init)
        code = _COMPILED.pop(key, None)
        if code is None:
            code = compile_(source, name, filename, False, defer_init)
        _COMPILED[key] = code  # the most recent last; the oldest go first
        while len(_COMPILED) > MAX_COMPILED:
            del _COMPILED[next(iter(_COMPILED))]
        return code

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        """``*``, ``+``, ``**`` and ``%`` with the size of their result checked first."""
        sequences = [x for x in (left, right) if isinstance(x, str | bytes | list | tuple)]
        counts = [x for x in (left, right) if isinstance(x, int) and not isinstance(x, bool)]
        if operator == "*" and len(sequences) == 1 and counts:
            size = weight(sequences[0]) * counts[0]
            if size > MAX_TEXT:
                raise _too_big(size)
        elif operator == "*" and len(counts) == 2:
            bits = left.bit_length() + right.bit_length()
            if bits > MAX_POWER_BITS:
                raise _too_large_number(bits)
        elif operator == "+" and len(sequences) == 2:
            size = weight(left) + weight(right)
            if size > MAX_TEXT:
                raise _too_big(size)
        elif operator == "**" and len(counts) == 2 and right > 0:
            if max(abs(left).bit_length(), 1) * right > MAX_POWER_BITS:
                raise TemplateError(f"Mẫu báo cáo tính một lũy thừa quá lớn ({left} ** {right}).")
        elif operator == "%" and isinstance(left, str):
            values = right if isinstance(right, tuple) else [right]
            _check_arguments(values, {}, numbers=True)
            _check_format(
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
        _check_arguments(args, kwargs, numbers=not (is_range or isinstance(__obj, Macro)))
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        if isinstance(owner, str | bytes):
            args = __self._check_text_method(owner, getattr(__obj, "__name__", ""), args, kwargs)
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

    @staticmethod
    def _check_text_method(
        owner: str | bytes, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> tuple[Any, ...]:
        """The size a method of a text would make, checked before it runs; ``join``'s
        items are listed first (the arguments to call it with are returned)."""
        if method in ("format", "format_map") and isinstance(owner, str):
            _check_format(owner, [*args, *kwargs.values()], percent=False)
        elif method == "replace" and args:
            _check_replace(owner, args[0], args[1] if len(args) > 1 else "")
        elif method == "join" and args and isinstance(args[0], Iterable):
            items = list(args[0])
            size = _joined_size(items, owner)
            if size > MAX_TEXT:
                raise _too_big(size)
            return (items, *args[1:])
        elif method == "expandtabs":
            tab = args[0] if args else kwargs.get("tabsize", 8)
            step = tab if isinstance(tab, int) else 8
            tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
            size = len(owner) + tabs * step
            if size > MAX_TEXT:
                raise _too_big(size)
        elif method == "translate" and args and isinstance(args[0], Mapping):
            longest = max((_text_size(v) for v in args[0].values()), default=1)
            size = len(owner) * max(longest, 1)
            if size > MAX_TEXT:
                raise _too_big(size)
        return args

    def concat(self, parts: Iterable[str]) -> str:
        """Run the template (``parts`` is its output, made as it is read) under the limits.

        The output stops once it exceeds ``MAX_OUTPUT`` characters or ``MAX_MARKUP`` XML
        tags and line breaks; the time counts from this environment's first render, so
        every part of one document shares ``time_limit_s``.
        """
        if self.started is None:
            self.started = time.monotonic()
        kept: list[str] = []
        total = markup = 0
        with time_limit(self.started + self.time_limit_s - time.monotonic(), self.time_limit_s):
            for part in parts:
                total += len(part)
                markup += part.count("<") + sum(part.count(c) for c in _BREAKS)
                if total > MAX_OUTPUT:
                    raise TemplateError(
                        f"Báo cáo tạo từ mẫu dài quá {_n(MAX_OUTPUT)} ký tự nên bị dừng (có thể "
                        "do một vòng lặp in quá nhiều lần)."
                    )
                if markup > MAX_MARKUP:
                    raise TemplateError(
                        f"Báo cáo tạo từ mẫu có quá {_n(MAX_MARKUP)} thẻ XML, dấu xuống dòng và "
                        "dấu tab nên bị dừng (có thể do một vòng lặp in quá nhiều lần)."
                    )
                kept.append(part)
        return "".join(kept)


@contextmanager
def time_limit(seconds: float, shown: float) -> Iterator[None]:
    """Stop template code that runs past ``seconds`` of wall time (``shown`` in the message).

    The trace function looks only at frames of template code, and is set only while
    the template runs, so the rest of the program runs untraced; a tracer set before
    (a debugger, coverage) is put back after.
    """
    deadline = time.monotonic() + seconds
    seconds_text = format_exact(shown)

    def on_line(frame: FrameType, event: str, arg: Any) -> Any:
        if time.monotonic() > deadline:
            raise TemplateError(
                f"Mẫu báo cáo chạy quá {seconds_text} giây nên bị dừng (có thể do vòng lặp quá "
                "lớn hoặc lồng nhau quá nhiều)."
            )
        return on_line

    def on_call(frame: FrameType, event: str, arg: Any) -> Any:
        return on_line if frame.f_code.co_filename == TEMPLATE_FILE else None

    previous = sys.gettrace()
    sys.settrace(on_call)
    try:
        yield
    finally:
        sys.settrace(previous)
