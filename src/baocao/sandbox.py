"""Limits on what a template may do: the sizes it makes, how deep it calls, how long it runs.

Jinja's sandbox keeps a template away from Python's internals, but not from
making a huge value (``{{ 'A' * 300000000 }}``) or running for ever (nested
loops). Here every way a template makes a big value in one step is checked
before the step: repetition and concatenation (``*``, ``+``), powers, format
widths (``%``, ``format``), ``replace``, and numbers above ``MAX_TEXT`` given
to a filter or function (``center(300000000)``, ``lipsum(n=…)``); ``range``
is capped at ``MAX_RANGE`` items; every printed value, every value a call
returns and every value put in a ``namespace`` is checked afterwards; the
whole output is capped at ``MAX_OUTPUT``. Time is capped by ``time_limit``: a
trace function checks a wall-clock deadline on each line of template code,
which is portable (no signals, no threads) and cannot be blocked by the
template. Every limit raises a Vietnamese ``TemplateError`` (exit code 5).
"""

from __future__ import annotations

import functools
import re
import string
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from contextlib import contextmanager
from decimal import Decimal
from types import FrameType
from typing import Any

from jinja2.runtime import Macro, Undefined
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import Namespace

from baocao.errors import TemplateError
from baocao.vnformat import format_exact, format_number

MAX_RANGE = 10_000  # items of one range(); a report's loops run over tens of rows
MAX_TEXT = 1_000_000  # characters (or items) of one value; a whole report is ~50 000
MAX_OUTPUT = 20_000_000  # characters of one rendered part (the body XML is ~1 MB)
MAX_DEPTH = 50  # nested calls of macros and functions
MAX_POWER_BITS = 100_000  # an integer power larger than this many bits is refused
TIME_LIMIT_S = 30.0  # wall-clock seconds for one render; the sample takes 0.2 s
TEMPLATE_FILE = "<template>"  # the file name Jinja gives code compiled from a string
MAX_COMPILED = 64  # compiled template parts kept (a document has about ten)
_COMPILED: dict[tuple[str, str | None, str | None, bool], Any] = {}
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?")


def _n(value: int) -> str:
    """A whole number in a message, with every digit: "1.000.000"."""
    return format_number(Decimal(value))


def _too_big(size: int) -> TemplateError:
    return TemplateError(
        f"Mẫu báo cáo tạo ra một giá trị dài {_n(size)} ký tự (hoặc phần tử), quá giới hạn "
        f"{_n(MAX_TEXT)}."
    )


def check_size(value: object) -> object:
    """``value`` unchanged when its length (text, list) is within ``MAX_TEXT``.

    An undefined name is passed on untouched: the strict undefined reports it where used.
    """
    if isinstance(value, Undefined | range) or not isinstance(value, Sized):
        return value
    if len(value) > MAX_TEXT:
        raise _too_big(len(value))
    return value


def _check_number(value: object) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT:
        raise TemplateError(
            f"Mẫu báo cáo dùng số {_n(value)} làm độ rộng, số lần lặp hoặc tham số, quá giới hạn "
            f"{_n(MAX_TEXT)}."
        )


def _check_arguments(args: Iterable[object], kwargs: dict[str, Any], *, numbers: bool) -> None:
    for value in (*args, *kwargs.values()):
        check_size(value)
        if numbers:
            _check_number(value)


def _check_format(fmt: str, percent: bool) -> None:
    """Refuse a format string whose widths or precisions exceed ``MAX_TEXT``."""
    if percent:
        specs = [w for m in _PERCENT_SPEC.finditer(fmt) for w in m.groups() if w]
    else:
        try:
            specs = [s for _, name, s, _ in string.Formatter().parse(fmt) if name is not None and s]
        except ValueError:
            return  # Jinja reports the malformed format itself
        if any("{" in spec for spec in specs):
            raise TemplateError(
                "Mẫu báo cáo dùng định dạng lồng nhau (ví dụ «{:>{}}»); hãy ghi độ rộng bằng số."
            )
    for number in re.findall(r"\d+", " ".join(specs)):
        _check_number(int(number))


def _check_replace(text: object, old: object, new: object) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        grows = (text.count(old) if old else len(text) + 1) * max(len(new) - len(old), 0)
        if len(text) + grows > MAX_TEXT:
            raise _too_big(len(text) + grows)


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


def _guarded(name: str, apply: Callable[..., Any]) -> Callable[..., Any]:
    """A built-in filter whose arguments and result are checked."""
    skip = 2 if getattr(apply, "jinja_pass_arg", None) else 1  # env/context come first

    @functools.wraps(apply)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        value, rest = args[skip - 1] if len(args) >= skip else None, args[skip:]
        _check_arguments(rest, kwargs, numbers=True)
        if name == "format" and isinstance(value, str):
            _check_format(value, percent=True)
        if name == "replace" and len(rest) >= 2:
            _check_replace(value, rest[0], rest[1])
        return check_size(apply(*args, **kwargs))

    return guarded


class LimitedEnvironment(SandboxedEnvironment):
    """Jinja's sandbox with the limits of this module."""

    intercepted_binops = frozenset({"*", "+", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(finalize=check_size, **options)
        self.filters = {name: _guarded(name, f) for name, f in self.filters.items()}
        self.globals.update(range=limited_range, namespace=LimitedNamespace)
        self.depth = 0
        self.time_limit_s = TIME_LIMIT_S
        self.started: float | None = None

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
        """``*``, ``+``, ``**`` and ``%`` with their sizes checked first."""
        sizes = [len(x) for x in (left, right) if isinstance(x, str | list | tuple)]
        counts = [x for x in (left, right) if isinstance(x, int) and not isinstance(x, bool)]
        if operator == "*" and len(sizes) == 1 and counts:
            if sizes[0] * counts[0] > MAX_TEXT:
                raise _too_big(sizes[0] * counts[0])
        elif operator == "+" and len(sizes) == 2 and sum(sizes) > MAX_TEXT:
            raise _too_big(sum(sizes))
        elif operator == "**" and len(counts) == 2 and right > 0:
            if max(abs(left).bit_length(), 1) * right > MAX_POWER_BITS:
                raise TemplateError(f"Mẫu báo cáo tính một lũy thừa quá lớn ({left} ** {right}).")
        elif operator == "%" and isinstance(left, str):
            _check_format(left, percent=True)
            _check_arguments(right if isinstance(right, tuple) else [right], {}, numbers=True)
        return check_size(super().call_binop(context, operator, left, right))

    def call(  # Jinja's own signature: "__" names never clash with a call's keywords
        __self,  # noqa: N805
        __context: Any,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        """A call from template code: depth, arguments and result checked."""
        is_range = __obj is limited_range
        _check_arguments(args, kwargs, numbers=not (is_range or isinstance(__obj, Macro)))
        owner = getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None)
        if isinstance(owner, str) and getattr(__obj, "__name__", "") in ("format", "format_map"):
            _check_format(owner, percent=False)
        if isinstance(owner, str) and getattr(__obj, "__name__", "") == "replace" and args:
            _check_replace(owner, args[0], args[1] if len(args) > 1 else "")
        if __self.depth >= MAX_DEPTH:
            raise TemplateError(
                f"Mẫu báo cáo gọi macro hoặc hàm lồng nhau quá {MAX_DEPTH} tầng (có thể là một "
                "macro tự gọi chính nó mãi)."
            )
        __self.depth += 1
        try:
            return check_size(super().call(__context, __obj, *args, **kwargs))
        finally:
            __self.depth -= 1

    def concat(self, parts: Iterable[str]) -> str:
        """Run the template (``parts`` is its output, made as it is read) under the limits.

        The output stops once it exceeds ``MAX_OUTPUT``; the time counts from this
        environment's first render, so every part of one document shares ``time_limit_s``.
        """
        if self.started is None:
            self.started = time.monotonic()
        kept: list[str] = []
        total = 0
        with time_limit(self.started + self.time_limit_s - time.monotonic(), self.time_limit_s):
            for part in parts:
                total += len(part)
                if total > MAX_OUTPUT:
                    raise TemplateError(
                        f"Báo cáo tạo từ mẫu dài quá {_n(MAX_OUTPUT)} ký tự nên bị dừng (có thể "
                        "do một vòng lặp in quá nhiều lần)."
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
