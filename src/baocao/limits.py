"""The sizes a template's values may reach, and the checks that keep to them.

``weight`` measures a value as its printed form would be (nested containers
counted in full); the ``check_*`` functions measure, *before* a step runs, the
size its result would have (a format's widths and fields, ``replace``,
``join``, ``indent``, ``wordwrap``), and raise a Vietnamese ``TemplateError``
past the limits below. ``sandbox.LimitedEnvironment`` calls them on every
operator, filter and call of template code.
"""

from __future__ import annotations

import codecs
import functools
import re
import string
from collections import Counter
from collections.abc import Collection, ItemsView, Iterable, KeysView, Mapping, ValuesView
from decimal import Decimal
from typing import Any, cast

from jinja2.runtime import Undefined

from baocao.errors import TemplateError
from baocao.vnformat import format_number

MAX_RANGE = 10_000  # items of one range(); a report's loops run over tens of rows
MAX_TEXT = 1_000_000  # characters (or items) of one value; a whole report is ~50 000
MAX_MADE = 10_000_000  # characters (or items) of all values one document makes (~100)
MAX_OUTPUT = 20_000_000  # characters of one rendered part (the body XML is ~110 000)
MAX_MARKUP = 200_000  # XML tags, line breaks and tabs of one rendered part (~7 000)
MAX_DEPTH = 50  # nested calls of macros and functions
MAX_POWER_BITS = 100_000  # an integer (a power, a product) larger than this many bits
MAX_EXPONENT = 1_000  # a decimal beyond 10 ** ±1000 (a report's figures are below 10 ** 20)
MAX_RANGE_NUMBER = 10**12  # a bound or step of range() (numbers listed, not amounts)
# Codecs written in C, each linear in its text; Python ones (punycode…) may be quadratic.
TEXT_CODECS = frozenset({"utf-8", "utf-16", "utf-32", "ascii", "latin-1", "cp1252"})
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


def whole(value: int) -> str:
    """A whole number in a message, with every digit: "1.000.000"."""
    return format_number(Decimal(value))


def too_big(size: int) -> TemplateError:
    return TemplateError(
        f"Mẫu báo cáo tạo ra một giá trị dài {whole(size)} ký tự (hoặc phần tử), quá giới hạn "
        f"{whole(MAX_TEXT)}."
    )


def too_large_number(bits: int) -> TemplateError:
    return TemplateError(
        f"Mẫu báo cáo tính một số nguyên quá lớn ({whole(bits)} bit, quá giới hạn "
        f"{whole(MAX_POWER_BITS)})."
    )


def is_container(kind: type) -> bool:
    return issubclass(kind, Mapping) or issubclass(kind, _VIEWS)


def weight(value: object, limit: int = MAX_TEXT) -> int:
    """The size of ``value``: the characters of a text; for a list, tuple, set or dict, the
    sizes of its items (and keys) added up through nested ones, each at least 1, so a
    list that holds one long text a million times weighs all of it, as its printed form
    would; 1 for anything else. Counting stops once past ``limit``.
    """
    total = 0
    stack: list[tuple[object, int]] = [(value, 1)]  # a value, and how many times it counts
    while stack and total <= limit:
        item, times = stack.pop()
        if isinstance(item, str | bytes | bytearray | range):
            total += times * max(len(item), 1)
        elif isinstance(item, Mapping) and len(item):
            stack += [(x, times) for x in (*item.keys(), *item.values())]
        elif isinstance(item, _VIEWS) and len(item):
            # Texts and scalars counted here at C speed, nested containers walked later: a
            # list of a million short texts costs a hundredth of a second, not a second.
            children = item if isinstance(item, list | tuple) else list(item)
            kinds = set(map(type, children))  # isinstance of an ABC is slow: ask per type
            text_kinds = tuple(k for k in kinds if issubclass(k, str | bytes))
            nested_kinds = tuple(k for k in kinds if k not in text_kinds and is_container(k))
            for number_kind in (k for k in kinds if issubclass(k, int | Decimal)):
                _check_numbers(
                    children if len(kinds) == 1 else [c for c in children if type(c) is number_kind]
                )
            size = len(children)  # each item at least 1 …
            if text_kinds:  # … and a text its length: len - 1 more when not empty
                texts = (
                    children
                    if len(text_kinds) == len(kinds)
                    else [c for c in children if isinstance(c, text_kinds)]
                )
                size += sum(map(len, texts)) - sum(map(bool, texts))
            if nested_kinds:
                nested = [c for c in children if isinstance(c, nested_kinds)]
                size -= len(nested)
                # One container listed a million times ([[0]] * 1000000) is walked once.
                counts = Counter(map(id, nested))
                objects = dict(zip(map(id, nested), nested, strict=True))
                stack += [(objects[key], times * n) for key, n in counts.items()]
            total += times * size
        else:
            check_number_size(item)
            total += times
    return total


def check_number_size(value: object) -> None:
    """Refuse an integer over ``MAX_POWER_BITS`` and a decimal beyond 10 ** ±``MAX_EXPONENT``,
    wherever they are (a figure's ``scaleb`` or ``as_integer_ratio`` makes them in one step;
    dividing or converting them takes minutes)."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > MAX_POWER_BITS:
            raise too_large_number(value.bit_length())
    elif isinstance(value, Decimal) and value.is_finite() and value:  # noqa: SIM102
        if abs(value.adjusted()) > MAX_EXPONENT:  # (adjusted() of 0 is 0: asked after)
            raise TemplateError(
                f"Mẫu báo cáo tạo ra một số thập phân quá lớn hoặc quá nhỏ (10 mũ "
                f"{value.adjusted()}), quá giới hạn 10 mũ ±{whole(MAX_EXPONENT)}."
            )


def _check_numbers(numbers: list[Any] | tuple[Any, ...]) -> None:
    """``check_number_size`` of numbers of one type, looked over at C speed first."""
    if isinstance(numbers[0], bool):
        return
    if isinstance(numbers[0], int):
        sizes = list(map(int.bit_length, numbers))
        if max(sizes) > MAX_POWER_BITS:
            check_number_size(numbers[sizes.index(max(sizes))])
    else:
        exponents = list(map(Decimal.adjusted, numbers))
        if max(exponents) > MAX_EXPONENT or min(exponents) < -MAX_EXPONENT:
            for number in numbers:  # a zero, or not finite, is let through: asked one by one
                check_number_size(number)


@functools.cache
def _codec_names() -> frozenset[str]:
    """``TEXT_CODECS`` by Python's own names (looked up when first needed: it imports them)."""
    return frozenset(codecs.lookup(name).name for name in TEXT_CODECS)


def check_text_codec(name: object) -> None:
    """``encode`` and ``decode`` of a text only with a codec of ``TEXT_CODECS``."""
    try:
        known = codecs.lookup(str(name)).name
    except (LookupError, ValueError):  # no such codec; a name Python refuses ("utf\0")
        known = None
    if known not in _codec_names():
        raise TemplateError(
            f"Mẫu báo cáo đổi mã chữ bằng «{name}»; chỉ dùng được: "
            f"{', '.join(sorted(TEXT_CODECS))}."
        )


def checked_weight(value: object) -> int:
    """The ``weight`` of ``value``, which must be within ``MAX_TEXT`` (and an integer within
    ``MAX_POWER_BITS``). An undefined name weighs 0: the strict undefined reports it where
    used."""
    if isinstance(value, Undefined):
        return 0
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        check_number_size(value)
        return 1
    # A text, the commonest value by far (every printed one), weighs its length at once.
    size = max(len(value), 1) if isinstance(value, str) else weight(value)
    if size > MAX_TEXT:
        raise too_big(size)
    return size


def check_size(value: object) -> object:
    """``value`` unchanged when its size is within the limits (``checked_weight``)."""
    checked_weight(value)
    return value


def check_number(value: object) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_TEXT:
        shown = whole(value) if value.bit_length() <= 64 else f"lớn {whole(value.bit_length())} bit"
        raise TemplateError(
            f"Mẫu báo cáo dùng số {shown} làm độ rộng, số lần lặp hoặc tham số, quá giới hạn "
            f"{whole(MAX_TEXT)}."
        )


def check_arguments(args: Iterable[object], kwargs: dict[str, Any], *, numbers: bool) -> None:
    for value in (*args, *kwargs.values()):
        check_size(value)
        if numbers:
            check_number(value)


def text_size(value: object) -> int:
    """How long ``value`` is once printed, about: a text's length, a container's weight, the
    printed length of anything else (an integer has at most 4 300 digits in Python)."""
    if isinstance(value, Undefined):
        return 0  # Jinja reports it when it joins or prints it
    if isinstance(value, str | bytes):
        return len(value)
    if is_container(type(value)):
        return weight(value)
    if isinstance(value, Decimal) and value.is_finite():  # "{:f}" writes every place
        return len(str(value)) + abs(int(value.as_tuple().exponent))  # a zero's too: 0E-9999
    try:
        return len(str(value))
    except ValueError:  # an integer too long to print: Python refuses it itself
        return 1


def check_format(fmt: str | bytes, args: Iterable[object], *, percent: bool) -> None:
    """Refuse a format whose result would pass ``MAX_TEXT``: every width and precision, and
    every field as long as the longest argument (a field may repeat one: "{0}{0}{0}")."""
    if isinstance(fmt, bytes):  # b"%9999s" % (b"a",) pads the same way
        fmt = fmt.decode("latin-1")
    if percent:
        found = list(_PERCENT_SPEC.finditer(fmt))
        widths = [_number(w) for m in found for w in m.groups() if w and w != "*"]
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
        widths = [_number(w) for spec in specs if spec for w in re.findall(r"\d+", spec)]
        fields = len(specs)
    for width in widths:
        check_number(width)
    longest = max((text_size(a) for a in args), default=0)
    size = len(fmt) + sum(widths) + fields * longest
    if size > MAX_TEXT:
        raise too_big(size)


def _number(digits: str) -> int:
    """A width's digits as a number; past the 4 300 digits Python converts, one as large."""
    return int(digits) if len(digits) <= 4300 else 10**4300


def check_replace(text: object, old: object, new: object) -> None:
    if {type(text), type(old), type(new)} not in ({str}, {bytes}):
        return
    text, old, new = cast(str, text), cast(str, old), cast(str, new)  # or all three bytes
    found = text.count(old) if old else len(text) + 1
    size = len(text) + found * max(len(new) - len(old), 0)
    if size > MAX_TEXT:
        raise too_big(size)


def check_sum_start(start: object) -> None:
    """``sum`` adds numbers: from a list or text it would copy the total at every item (a
    million one-item lists: hours in one step no clock can stop)."""
    if not isinstance(start, int | float | Decimal):
        raise TemplateError(
            "Mẫu báo cáo dùng bộ lọc «sum» với giá trị bắt đầu (start) không phải là số; "
            "bộ lọc này chỉ dùng để cộng các số."
        )


def joined_size(items: list[Any], separator: object) -> int:
    """The length of ``separator`` joining ``items``; an item repeated is measured once."""
    sizes: dict[int, int] = {}
    total = max(len(items) - 1, 0) * text_size(separator)
    for item in items:
        size = sizes.get(id(item))
        if size is None:
            size = sizes[id(item)] = text_size(item)
        total += size
    return total


def check_indent(text: object, rest: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    width = rest[0] if rest else kwargs.get("width", 4)
    if isinstance(text, str):
        step = len(width) if isinstance(width, str) else width if isinstance(width, int) else 0
        size = len(text) + (text.count("\n") + 1) * max(step, 0)
        if size > MAX_TEXT:
            raise too_big(size)


def check_wordwrap(text: object, rest: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
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
        raise too_big(size)


def check_text_method(
    owner: str | bytes, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> tuple[Any, ...]:
    """The size a method of a text would make, checked before it runs; ``join``'s items
    are listed first (the arguments to call it with are returned)."""
    if method in ("format", "format_map") and isinstance(owner, str):
        check_format(owner, [*args, *kwargs.values()], percent=False)
    elif method == "replace" and args:
        check_replace(owner, args[0], args[1] if len(args) > 1 else "")
    elif method == "join" and args and isinstance(args[0], Iterable):
        items = list(args[0])
        size = joined_size(items, owner)
        if size > MAX_TEXT:
            raise too_big(size)
        return (items, *args[1:])
    elif method in ("encode", "decode"):
        check_text_codec(args[0] if args else kwargs.get("encoding", "utf-8"))
    elif method == "expandtabs":
        tab = args[0] if args else kwargs.get("tabsize", 8)
        step = tab if isinstance(tab, int) else 8
        tabs = owner.count("\t") if isinstance(owner, str) else owner.count(b"\t")
        size = len(owner) + tabs * step
        if size > MAX_TEXT:
            raise too_big(size)
    elif method == "translate" and args and isinstance(args[0], Mapping):
        longest = max((text_size(v) for v in args[0].values()), default=1)
        size = len(owner) * max(longest, 1)
        if size > MAX_TEXT:
            raise too_big(size)
    return args
