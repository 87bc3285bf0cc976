"""Jinja's own messages about a template, said in Vietnamese.

Jinja (and Python, for an expression that fails while rendering) explains a
template's mistake in English: "unexpected ')'", "expected token 'end of print
statement', got 'integer'", "'x' is undefined", "division by zero". The office
reads them in ``check`` and ``build``, so each kind of message Jinja writes is
matched here and said again in Vietnamese, with the tokens it names written as
they are typed (``}}``, ``%}``). A message this module does not know is kept,
labelled as Jinja's own words.
"""

from __future__ import annotations

import ast
import inspect
import re
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from baocao.vnformat import format_exact

# Jinja's names for the tokens it expected or met, as they are typed or said.
_TOKENS = {
    "end of print statement": "«}}»",
    "end of statement block": "«%}»",
    "begin of print statement": "«{{»",
    "begin of statement block": "«{%»",
    "end of comment": "«#}»",
    "begin of comment": "«{#»",
    "end of template": "cuối mẫu",
    "template data / text": "chữ của văn bản",
    "name": "một tên",
    "integer": "một số",
    "float": "một số",
    "string": "một chuỗi chữ",
}
# What Word's AutoCorrect makes of what was typed: "a - b" and "--" become dashes.
_AUTOCORRECTED = {"–": "-", "—": "-", "…": "..."}
_TOKEN = r"'(.+?)'"


def _token(described: str) -> str:
    return _TOKENS.get(described, f"«{described}»")


def _char(match: re.Match[str]) -> str:
    try:  # Jinja writes the character as Python's repr does: '–', or '\\u200b' unseen
        char = str(ast.literal_eval(match.group(1)))
    except (ValueError, SyntaxError):
        char = match.group(1)
    if len(char) == 1 and (unicodedata.category(char)[0] in "CZ" or not char.isprintable()):
        return (
            f"trong thẻ có một ký tự không nhìn thấy được (U+{ord(char):04X}), thường do chép "
            "chữ từ nơi khác vào; hãy xóa rồi gõ lại cả thẻ"
        )
    typed = _AUTOCORRECTED.get(char)
    if typed:
        return (
            f"ký tự «{char}» không dùng được trong thẻ (Word tự đổi «{typed}» thành «{char}» "
            f"khi gõ); hãy gõ lại «{typed}»"
        )
    if char in "'\"":
        return f"dấu «{char}» mở một chuỗi chữ nhưng không có dấu «{char}» đóng lại"
    return f"ký tự «{char}» không dùng được trong thẻ; hãy xóa ký tự này"


def _unclosed(match: re.Match[str]) -> str:
    looking, innermost = match.group(1), match.group(2)
    tags = ", ".join(f"«{{% {t} %}}»" for t in re.findall(r"'(\w+)'", looking))
    block = f"khối «{{% {innermost} %}}»" if innermost else "một khối"
    return f"mẫu đã hết mà {block} chưa được đóng (cần {tags})"


# Tags Jinja knows that only continue or close a block: met where no open block takes
# them, Jinja calls them unknown ("Encountered unknown tag 'endfor'").
_CLOSING = frozenset(
    {
        "elif",
        "else",
        "endif",
        "endfor",
        "endset",
        "endwith",
        "endmacro",
        "endcall",
        "endfilter",
        "endblock",
        "endautoescape",
        "endtrans",
        "pluralize",
    }
)


def _unknown_tag(match: re.Match[str]) -> str:
    name, rest = match.group(1), match.group(2)
    innermost = re.search(r"needs to be closed is '(\w+)'", rest)
    if name in _CLOSING:  # a real tag in the wrong place: a nesting mistake or one too many
        if not innermost:
            return (
                f"thẻ «{{% {name} %}}» không đúng chỗ: không có khối nào đang mở nhận thẻ này; "
                "hãy xóa thẻ thừa hoặc thêm thẻ mở của khối"
            )
        looking = re.search(
            r"(?:looking for the following tags:|currently looking for) (.+?)\.", rest
        )
        tags = ", ".join(
            f"«{{% {t} %}}»" for t in re.findall(r"'(\w+)'", looking.group(1) if looking else "")
        )
        wanted = f", cần {tags}" if tags else ""
        return (
            f"thẻ «{{% {name} %}}» không đúng chỗ (khối đang mở là «{{% {innermost.group(1)} %}}»"
            f"{wanted}); hãy kiểm tra thứ tự các thẻ mở và đóng, và xóa thẻ thừa"
        )
    said = f"không có lệnh «{{% {name} %}}» trong Jinja"
    if innermost:
        said += f" (khối đang mở là «{{% {innermost.group(1)} %}}»)"
    return said + "; hãy kiểm tra chính tả của lệnh (for, if, elif, else, endif, endfor, set)"


_SYNTAX: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"unexpected char ('.+'|\".+\") at \d+", re.DOTALL), _char),
    (
        re.compile(rf"unexpected end of template, expected {_TOKEN}\."),
        lambda m: f"thẻ chưa viết xong: mẫu đã hết mà còn thiếu {_token(m.group(1))}",
    ),
    (
        re.compile(rf"unexpected {_TOKEN}, expected {_TOKEN}"),
        lambda m: f"gặp {_token(m.group(1))} ở chỗ cần {_token(m.group(2))}",
    ),
    (
        re.compile(rf"expected token {_TOKEN}, got {_TOKEN}"),
        lambda m: f"cần {_token(m.group(1))} nhưng gặp {_token(m.group(2))}",
    ),
    (
        re.compile(rf"Expected an expression, got {_TOKEN}"),
        lambda m: f"thiếu một giá trị (tên, số hay chuỗi chữ) trước {_token(m.group(1))}",
    ),
    (
        re.compile(
            r"Unexpected end of template\. Jinja was looking for the following tags: "
            r"(.+?)\.(?: The innermost block that needs to be closed is '(\w+)'\.)?"
        ),
        _unclosed,
    ),
    (re.compile(r"Encountered unknown tag '(\w+)'\.(.*)", re.DOTALL), _unknown_tag),
    (
        re.compile(rf"unexpected {_TOKEN}"),
        lambda m: f"{_token(m.group(1))} không đúng chỗ",
    ),
    (re.compile(r"tag name expected"), lambda m: "thiếu tên lệnh sau «{%» (ví dụ «{% if … %}»)"),
    (
        re.compile(r"expected name or number"),
        lambda m: "sau dấu «.» phải là một tên hay một số",
    ),
    (
        re.compile(r"expected subscript expression"),
        lambda m: "trong «[ ]» phải có một mã hay một số",
    ),
    (
        re.compile(r"invalid syntax for function call expression"),
        lambda m: "cách gọi hàm hay bộ lọc không đúng (xem lại các dấu ngoặc và dấu phẩy)",
    ),
    (
        re.compile(r"You cannot chain multiple tests with is"),
        lambda m: "không được viết hai phép thử «is» nối nhau",
    ),
]


def syntax_message(message: str) -> str:
    """Jinja's ``TemplateSyntaxError`` message in Vietnamese (Jinja's own words, labelled,
    when the kind is not known here)."""
    for pattern, say in _SYNTAX:
        found = pattern.fullmatch(message.strip())
        if found:
            return say(found)
    return f"Jinja báo: {message}"


# After "dùng một tên không có trong dữ liệu: ".
_UNDEFINED: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"'(.+)' is undefined"), "«{0}»"),
    (
        re.compile(r"'(.+) object' has no attribute '(.+)'"),
        "«{1}» (một giá trị kiểu «{0}» không có tên này)",
    ),
    (
        re.compile(r"(.+) object has no element (.+)"),
        "phần tử {1} (một giá trị kiểu «{0}» không có phần tử này)",
    ),
]


def undefined_message(message: str) -> str:
    """Jinja's ``UndefinedError`` message in Vietnamese: the name it did not find."""
    for pattern, said in _UNDEFINED:
        found = pattern.fullmatch(message.strip())
        if found:
            return said.format(*found.groups())
    return f"Jinja báo: {message}"


# A comparison or a sum with a figure not known (None): "x.plan_share > 20" with no plan.
_WITH_NONE = r"(?:'NoneType' and '[\w.]+'|'[\w.]+' and 'NoneType')"
_GUARD = "hãy kiểm tra trước: {{% if x.mom is not none and x.mom > 0 %}}"
_RUNTIME: list[tuple[type[BaseException], re.Pattern[str], str]] = [
    (
        ZeroDivisionError,
        re.compile(r"(?:float |integer )?(?:division|modulo|division or modulo) by zero"),
        "chia cho 0",
    ),
    (IndexError, re.compile(r".*"), "lấy phần tử ngoài danh sách (danh sách ngắn hơn thế)"),
    (
        TypeError,
        re.compile(r"'(\w+)' object is not callable"),
        "giá trị kiểu «{0}» không gọi được như một hàm",
    ),
    (
        TypeError,
        re.compile(rf"'(.+)' not supported between instances of {_WITH_NONE}"),
        "không so sánh «{0}» được với một số liệu chưa có (ô để trống, hay thay đổi không "
        f"tính được); {_GUARD}",
    ),
    (
        TypeError,
        re.compile(rf"unsupported operand type\(s\) for (.+): {_WITH_NONE}"),
        f"không tính được «{{0}}» với một số liệu chưa có (ô để trống, hay thay đổi không tính "
        f"được); {_GUARD}",
    ),
    (
        TypeError,
        re.compile(r"'(.+)' not supported between instances of '([\w.]+)' and '([\w.]+)'"),
        "không so sánh «{0}» được giữa một giá trị kiểu «{1}» và một giá trị kiểu «{2}»",
    ),
    (
        TypeError,
        re.compile(r"unsupported operand type\(s\) for (.+): '([\w.]+)' and '([\w.]+)'"),
        "không tính được «{0}» giữa một giá trị kiểu «{1}» và một giá trị kiểu «{2}»",
    ),
    (
        TypeError,
        re.compile(r'can only concatenate (\w+) \(not "(\w+)"\) to \w+'),
        "không nối được một giá trị kiểu «{1}» vào một giá trị kiểu «{0}»",
    ),
    (NameError, re.compile(r"name '(.+)' is not defined"), "tên «{0}» không có trong dữ liệu"),
    (
        RuntimeError,
        re.compile(r"at least one item has to be provided"),
        "cycler() cần ít nhất một giá trị",
    ),
    (  # Jinja's truncate asserts room for its end ("..."): a traceback before
        AssertionError,
        re.compile(r"expected length >= (\d+), got (-?\d+)"),
        "bộ lọc «truncate» cần độ dài ít nhất {0} (đủ chỗ cho phần thêm vào cuối, như «...»), "
        "nhưng là {1}",
    ),
]


def runtime_message(exc: BaseException) -> str:
    """What an expression that failed while rendering did, in Vietnamese (Python's own
    words, labelled, when the kind is not known here)."""
    text = str(exc)
    for kind, pattern, said in _RUNTIME:
        found = pattern.fullmatch(text) if isinstance(exc, kind) else None
        if found:
            return said.format(*found.groups())
    return f"Python báo: {text}"


# Jinja's filters that take a list (or any items); its others given a number want a text.
_LIST_FILTERS = frozenset(
    {
        "batch", "count", "first", "groupby", "join", "last", "length",
        "list", "map", "max", "min", "random", "reject", "rejectattr", "reverse", "select",
        "selectattr", "slice", "sort", "sum", "unique",
    }
)  # fmt: skip


def filter_call(
    apply: Callable[..., Any], args: tuple[Any, ...]
) -> tuple[tuple[Any, ...], Any, tuple[Any, ...]]:
    """A Jinja filter's call ``args`` split: what Jinja passes first (the environment or
    context of a ``pass_environment`` or ``pass_context`` filter), the value filtered (None
    when not given), and the filter's own arguments."""
    skip = 1 if getattr(apply, "jinja_pass_arg", None) else 0
    return args[:skip], args[skip] if len(args) > skip else None, args[skip + 1 :]


def _takes(apply: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> bool:
    try:
        inspect.signature(apply).bind(*args, **kwargs)
    except (TypeError, ValueError):  # a wrong argument, or a signature not known
        return False
    return True


def number_given(
    name: str,
    apply: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    *,
    failed: bool,
) -> str | None:
    """What Jinja's filter ``name`` (``apply``, called with ``args``) given a number means,
    said as a number is said elsewhere ("số 21,4"), not by Python's words and the number's
    class ("object of type 'Change' has no len()"): once it ``failed`` on it, or before it
    runs for a filter of lists (``select``, ``unique`` fail only when their items are
    taken, printed). None when it was given no number, or arguments it does not take (a
    mistake said as such)."""
    if not failed and name not in _LIST_FILTERS:
        return None
    _, value, rest = filter_call(apply, args)
    if not isinstance(value, Decimal | float | int) or isinstance(value, bool):
        return None
    if name in ("dictsort", "items"):  # a table's filters: neither a list nor a text
        return None
    if not _takes(apply, args, kwargs) and not _takes(apply, (value, *rest), kwargs):
        return None  # a wrong argument (the signature of an async variant has no env)
    number = format_exact(value)
    if name in _LIST_FILTERS:
        return f"Bộ lọc «{name}» cần một danh sách, nhưng nhận số {number}."
    return (
        f"Bộ lọc «{name}» cần một đoạn chữ, nhưng nhận số {number}; hãy viết số bằng bộ lọc "
        f"«number» hay «percent» (kiểu Việt Nam: 52.716; 21,4) trước khi dùng «{name}»."
    )
