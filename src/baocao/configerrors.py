"""The config's errors in Vietnamese: TOML syntax errors with their line, column and what
to write instead, and pydantic's validation errors key by key."""

from __future__ import annotations

import re
import tomllib
import typing
import unicodedata
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from baocao.nearest import nearest_name
from baocao.period import ReportKind
from baocao.vnformat import clipped

_BACKSLASH = (
    "dấu «\\» trong chuỗi viết giữa hai dấu nháy kép mở đầu một ký tự đặc biệt (như \\n), nên "
    "đường dẫn Windows viết như vậy không đọc được. Hãy viết đường dẫn giữa hai dấu nháy đơn "
    "('C:\\Users\\data') hoặc dùng dấu / (\"C:/Users/data\")"
)
_DECLARED = "khóa hoặc bảng này đã có ở phía trên (mỗi khóa, mỗi bảng chỉ được ghi một lần)"
# tomllib's messages (Python 3.11–3.13) → what the office should do, in Vietnamese.
_TOML_REASONS = (
    (r"Invalid hex value|Unescaped '\\' in a string|Escaped character is not", _BACKSLASH),
    (
        r"Illegal character '\\n'|Unterminated string",
        "chuỗi chưa được đóng: thiếu dấu nháy ở cuối chuỗi, trên cùng dòng",
    ),
    (r"Illegal character", "chuỗi có một ký tự điều khiển (như dấu tab) không được phép"),
    (r"Cannot (overwrite a value|declare|redefine|mutate)|Duplicate inline table key", _DECLARED),
    (r"Expected '\]' at the end of a table", "thiếu «]» ở cuối tên bảng (ví dụ [paths])"),
    (
        r"Expected '\]\]' at the end of an array",
        "thiếu «]]» ở cuối tên bảng (ví dụ [[iip_assessment]])",
    ),
    (r"Expected '=' after a key", 'thiếu dấu «=» sau tên khóa (mỗi dòng dạng khoa = "giá trị")'),
    (
        r"Invalid initial character for a key part",
        "cần một tên khóa ở đây (có thể thừa một dấu phẩy, hoặc tên khóa có dấu cách)",
    ),
    (
        r"Unclosed array",
        "danh sách chưa được đóng: thiếu «]», hoặc thiếu dấu phẩy giữa hai phần tử",
    ),
    (
        r"Unclosed inline table",
        "bảng viết trên một dòng ({ … }) chưa được đóng, hoặc có dấu phẩy thừa trước «}»",
    ),
    (r"Invalid date or datetime", "ngày giờ không hợp lệ"),
    (
        r"Invalid value",
        'giá trị không hợp lệ: chữ phải nằm giữa hai dấu nháy thẳng "…", số và true/false '
        "viết không có dấu nháy",
    ),
    (
        r"Invalid statement|Expected|Found invalid character",
        "dòng không hợp lệ: mỗi dòng là một [bảng], một khoa = giá trị, hoặc một chú thích "
        "bắt đầu bằng #",
    ),
)
_CURLY_QUOTES = "“”‘’„"
_CURLY = (
    "dấu nháy cong “ ” (do Word hay bộ gõ tự đổi) không dùng được trong tệp cấu hình; hãy gõ "
    'dấu nháy thẳng (")'
)
_TOML_PLACE = re.compile(r" \(at (?:line (\d+), column (\d+)|end of document)\)$")


def toml_message(path: Path, text: str, exc: tomllib.TOMLDecodeError) -> str:
    """A TOML syntax error in Vietnamese: where (line, column, the line itself), what is
    wrong and what to write instead; tomllib's English text only for a message not known."""
    message = str(exc)
    place = _TOML_PLACE.search(message)
    english = message[: place.start()] if place else message
    line = getattr(exc, "lineno", None) or (int(place[1]) if place and place[1] else None)
    column = getattr(exc, "colno", None) or (int(place[2]) if place and place[2] else None)
    reason = next((r for p, r in _TOML_REASONS if re.match(p, english)), None)
    source = text.splitlines()[line - 1] if line and line <= len(text.splitlines()) else ""
    here = source[column - 1 : column] if column else ""
    if (here and here in _CURLY_QUOTES) or (
        reason is None and any(q in source for q in _CURLY_QUOTES)
    ):
        reason = _CURLY
    where = f" ở dòng {line}, cột {column}" if line and column else " ở cuối tệp"
    lines = [f"Tệp cấu hình {path} sai cú pháp TOML{where}: {reason or english}."]
    if source.strip():
        lines.append(f"  Dòng {line}: {source.strip()[:120]}")
    return "\n".join(lines)


# The tags of a recipient's line's kinds, which pydantic adds after the line's index.
_TAGS = frozenset({"str", "RecipientGroup"})


def _keys(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """``loc`` without the union tags after a list's index (users know only the keys): not
    every part opening with a tag's letters ("strict", "street")."""
    return tuple(
        p for i, p in enumerate(loc) if not (p in _TAGS and i and isinstance(loc[i - 1], int))
    )


def _field_name(loc: tuple[int | str, ...]) -> str:
    return ".".join(str(p) for p in _keys(loc))


_MESSAGES = {
    "missing": "thiếu giá trị bắt buộc",
    "finite_number": "phải là một số hữu hạn (không được là nan hay inf)",
    "int_from_float": "phải là một số nguyên, không có phần lẻ",
    "path_type": "phải là một đường dẫn, viết trong dấu nháy",
    "extra_forbidden": "khóa không được hỗ trợ (viết sai tên?)",
    "string_type": "phải là chuỗi văn bản",
    "string_too_short": "không được để trống",
    "too_short": "không được để trống",
    "list_type": "phải là một danh sách",
    "decimal_parsing": "phải là một số",
    "decimal_type": "phải là một số",
    "model_type": "phải là một bảng (table)",
    "int_type": "phải là một số nguyên",
    "int_parsing": "phải là một số nguyên",
    "greater_than_equal": "phải từ {ge} trở lên",
    "less_than_equal": "không được quá {le}",
    "greater_than": "phải lớn hơn {gt}",
    "bool_type": "phải là true hoặc false",
    "bool_parsing": "phải là true hoặc false",
}


DECREE_30 = " (theo Nghị định 30/2020/NĐ-CP)"  # the reason of [layout]'s ranges


# A value of the wrong TOML type at a boolean or number key (strict: "no", "20", true).
_TYPES = {
    "bool_type": "phải là true hoặc false",
    "int_type": "phải là một số nguyên",
    "is_instance_of": "phải là một số",  # a strict Decimal's refusal
}


def _toml_value(value: object) -> str:
    """A value as it is written in the TOML file ("no" with its quotes, true, 13.5)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _toml_string(clipped(value, 40))
    if isinstance(value, list):
        return "một danh sách [...]"
    if isinstance(value, dict):
        return "một bảng { … }"
    return str(value)


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _toml_string(text: str) -> str:
    """``text`` as a TOML string: quotes and backslashes escaped, a line break and other
    control characters written as escapes ("\\n", "\\u001b"), not echoed as they are,
    cutting the error's line or sent to the terminal."""
    said = (
        _ESCAPES.get(c) or (f"\\u{ord(c):04x}" if unicodedata.category(c) == "Cc" else c)
        for c in text
    )
    return f'"{"".join(said)}"'


def _wrong_type(kind: str, given: object) -> str:
    expected = _TYPES[kind]
    if kind == "int_type" and isinstance(given, float):
        expected += ", không có phần lẻ"
    if isinstance(given, str):
        expected += ", viết không có dấu nháy"
    return f"{expected} (đang ghi {_toml_value(given)})"


def _vietnamese(err: Any) -> str:
    kind = str(err["type"])
    if kind in _TYPES:
        return _wrong_type(kind, err["input"])
    if kind == "value_error":
        return str(err["ctx"]["error"])
    if kind in ("greater_than_equal", "less_than_equal", "greater_than"):
        reason = DECREE_30 if err["loc"][:1] == ("layout",) else ""
        return _MESSAGES[kind].format(**err["ctx"]) + reason
    if kind in ("enum", "literal_error"):
        # pydantic lists the values as "'tháng', 'quý' or 'năm'"
        allowed = re.findall(r"'([^']*)'", str(err.get("ctx", {}).get("expected", "")))
        given = err.get("input")
        said = "phải là một trong các giá trị: " + ", ".join(f"«{a}»" for a in allowed)
        said += f" (đang ghi {_toml_value(given)})"
        opening = _kind_word(given, allowed)
        if opening is not None:  # "quý I", "tháng 9": the period is the run's month's
            said += f"; hãy ghi «{opening}»: kỳ báo cáo lấy theo tháng của lệnh (--month)"
        return said
    return _MESSAGES.get(kind, "giá trị không hợp lệ")


def _kind_word(given: object, allowed: list[str]) -> str | None:
    """The allowed kind ``given`` opens with, a kind typed with its period ("quý I", "Quý
    I" as a title writes it, "quí II", "Tháng 9", "năm 2025"), else None."""
    if not isinstance(given, str):
        return None
    read = ReportKind.read(given)  # case, spacing and "quí" aside, as the kind is read
    if read is not None and read.value in allowed:
        return read.value
    typed = " ".join(given.split()).casefold()
    return next((a for a in allowed if typed.startswith(f"{a} ")), None)


def validation_message(
    path: Path, exc: ValidationError, model: type[BaseModel] | None = None
) -> str:
    """pydantic's errors of the config, key by key, in Vietnamese; an unknown key of
    ``model`` (the config's) is given the nearest key its table has, if one is near."""
    lines = [f"Tệp cấu hình {path} có lỗi:"]
    for e in exc.errors():
        said = _vietnamese(e)
        near = _nearest_key(model, _keys(e["loc"])) if e["type"] == "extra_forbidden" else None
        if near is not None:
            said = said.removesuffix(")") + f" Có phải là «{near}»?)"
        lines.append(f"  - {_field_name(e['loc'])}: {said}")
    return "\n".join(lines)


# Set by baocao, never written in the file.
_INTERNAL = frozenset({"base_dir", "source", "typed_invisible"})


def _nearest_key(model: type[BaseModel] | None, loc: tuple[int | str, ...]) -> str | None:
    """The key of the table at ``loc[:-1]`` nearest the unknown ``loc[-1]`` (a typing slip:
    "symbo", "nguoi_ki"), or None when no key is near or the table is not a model's."""
    for part in loc[:-1]:
        if model is None or isinstance(part, int):
            continue  # a list's index: its items are of the same model
        field = model.model_fields.get(str(part))
        model = _model_in(field.annotation) if field is not None else None
    if model is None:
        return None
    return nearest_name(str(loc[-1]), (k for k in model.model_fields if k not in _INTERNAL))


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model class an annotation is, holds a list of, or may be (``X | None``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
