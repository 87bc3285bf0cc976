"""An option given twice with two values ("-y 2024 … --year 2023"): click keeps the last
one without a word, so a cron line edited by appending an option builds another month
with exit 0. baocao refuses it as a usage error naming both values; the same value twice
("--month 3 -m 3", "-m 03 --month 3": one month, as ``usage.option_period`` reads both)
changes nothing and is accepted."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from baocao.vnformat import clipped


def repeated_value(params: Iterable[Any], args: list[str]) -> str | None:
    """The Vietnamese message for the first option of ``params`` (click parameters) that
    ``args`` give two different values, or None. Reads the forms click accepts:
    "--year 2024", "--year=2024", "-y 2024", "-y2024"; "--" ends the options."""
    takes_value = {
        opt: param
        for param in params
        if getattr(param, "param_type_name", "") == "option" and not param.is_flag
        for opt in (*param.opts, *param.secondary_opts)
    }
    seen: dict[str, tuple[str, str]] = {}  # parameter name -> (option as typed, value)
    words = iter(args)
    for word in words:
        if word == "--":
            break
        name, value = _split(word, takes_value)
        if name is None:
            continue
        if value is None:
            value = next(words, None)
            if value is None:
                break  # click says the value is missing
        param = takes_value[name]
        if getattr(param, "multiple", False):
            continue
        before = seen.setdefault(param.name, (name, value))
        if _written(before[1]) != _written(value):
            first = f"{before[0]} {clipped(before[1])}"
            return (
                f"Tùy chọn {param.opts[0]} được ghi hai lần với hai giá trị khác nhau "
                f"({first} và {name} {clipped(value)}); hãy chỉ ghi một lần."
            )
    return None


def _written(value: str) -> str:
    """A value as the commands read it: spaces around it aside, and a number or a month
    ("2024-03") without the zeros before its digits ("03" is month 3)."""
    text = value.strip()
    if re.fullmatch(r"[0-9]{1,6}(-[0-9]{1,6})?", text) is None:
        return text
    return "-".join(str(int(part)) for part in text.split("-"))


def _split(word: str, takes_value: dict[str, Any]) -> tuple[str | None, str | None]:
    """The option a word names (when it takes a value) and the value written in the same
    word, if any."""
    if word.startswith("--"):
        name, equals, value = word.partition("=")
        return (name, value if equals else None) if name in takes_value else (None, None)
    if word.startswith("-") and word[:2] in takes_value:
        return word[:2], word[2:] or None
    return None, None
