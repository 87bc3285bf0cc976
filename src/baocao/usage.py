"""Click's usage errors in Vietnamese: what the CLI prints for a mistyped command line."""

from __future__ import annotations

import sys

import typer


class VietnameseUsage(typer.BadParameter):
    """A usage error whose message is already written in Vietnamese."""


# Typer vendors click (typer._click) in recent versions and used click itself
# before; the usage-error classes are taken from wherever BadParameter lives.
_click_errors = sys.modules[typer.BadParameter.__module__]
UsageError: type[Exception] = _click_errors.UsageError
_USAGE_MESSAGES: tuple[tuple[type[Exception], str], ...] = (
    (_click_errors.MissingParameter, "Thiếu tùy chọn bắt buộc {hint}."),
    (_click_errors.NoSuchOption, "Không có tùy chọn {name}."),
    (_click_errors.BadParameter, "Giá trị không hợp lệ cho {hint}."),
    (_click_errors.BadOptionUsage, "Tùy chọn {name} dùng không đúng cách."),
)


def usage_message(exc: Exception) -> str:
    """A click usage error in Vietnamese."""
    if isinstance(exc, VietnameseUsage):
        return str(exc.message)
    param = getattr(exc, "param", None)
    hint = "/".join(getattr(param, "opts", [])) or getattr(exc, "param_hint", None) or ""
    name = getattr(exc, "option_name", "") or ""
    for kind, message in _USAGE_MESSAGES:
        if isinstance(exc, kind):
            return message.format(hint=hint, name=name)
    return "Lệnh không đúng cách dùng."
