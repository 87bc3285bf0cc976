"""What the command line shows, in Vietnamese: help, usage errors, problems.

Click and Typer write their help and usage errors in English ("Show this
message and exit.", "Usage:", "Options", "<int range>", "No such command").
Here the help screens are laid out by ``VietnameseGroup`` / ``VietnameseCommand``
with click's plain formatter (no rich: no markup to eat "[chart]", no box
drawing a Windows console cannot print), usage errors are translated by
``usage_message``, and the month options (--month/--year, --from/--to) are
read with the same messages as everywhere else. ``problem_lines`` and
``stopped_run`` write what a run found or what stopped it; every line goes
through ``console.say``.
"""

from __future__ import annotations

import dataclasses
import difflib
import re
import sys
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from baocao.console import say, show_path
from baocao.errors import BaocaoError, InputError, Problem, Severity, counts
from baocao.optionrepeats import repeated_value
from baocao.period import MAX_YEAR, MIN_YEAR, Period, PeriodError
from baocao.vnformat import clipped


class VietnameseUsage(typer.BadParameter):
    """A usage error whose message is already written in Vietnamese."""


# Typer vendors click (typer._click) in recent versions and used click itself
# before; the usage-error classes are taken from wherever BadParameter lives.
_click_errors = sys.modules[typer.BadParameter.__module__]
UsageError: type[Exception] = _click_errors.UsageError
_USAGE_MESSAGES: tuple[tuple[type[Exception], str], ...] = (
    (_click_errors.MissingParameter, "Thiếu tùy chọn bắt buộc {hint}."),
    (_click_errors.NoSuchOption, "Không có tùy chọn {name}.{guess}"),
    (_click_errors.BadParameter, "Giá trị không hợp lệ cho {hint}.{expected}"),
    (_click_errors.BadOptionUsage, "Tùy chọn {name} dùng không đúng cách."),
)
# click 8.2+ raises this for a group run without a command; older click printed the help.
_NO_ARGUMENTS: tuple[type[Exception], ...] = tuple(
    e for e in [getattr(_click_errors, "NoArgsIsHelpError", None)] if e is not None
)
HELP_TEXT = "Hiện hướng dẫn này rồi thoát."
_LONG_DASHES = "–—"  # en and em dash: what Word makes of "--" in a command copied from it
# What an option's value is called in help when it has no metavar: by its annotation (Typer
# 0.29+, which describes types itself) or click's type name (earlier Typer).
_METAVARS: dict[object, str] = {
    int: "SỐ",
    float: "SỐ",
    Path: "ĐƯỜNG-DẪN",
    "integer": "SỐ",
    "integer range": "SỐ",
    "float": "SỐ",
    "float range": "SỐ",
    "path": "ĐƯỜNG-DẪN",
}


def usage_message(exc: Exception) -> str:
    """A click usage error in Vietnamese."""
    if isinstance(exc, VietnameseUsage):
        return str(exc.message)
    param = getattr(exc, "param", None)
    hint = "/".join(getattr(param, "opts", [])) or getattr(exc, "param_hint", None) or ""
    name = getattr(exc, "option_name", "") or ""
    close = difflib.get_close_matches(name, getattr(exc, "possibilities", None) or [], n=1)
    if name == "-h":  # many programs' short help; baocao has only --help
        close = ["--help"]
    low, high = _range(param)
    expected = f" Giá trị phải từ {low} đến {high}." if low is not None else ""
    for kind, message in _USAGE_MESSAGES:
        if isinstance(exc, kind):
            guess = f" Có phải ý bạn là {close[0]}?" if close else ""
            return message.format(hint=hint, name=clipped(name), guess=guess, expected=expected)
    return "Lệnh không đúng cách dùng."


def usage_lines(exc: Exception) -> list[str]:
    """What the console script prints for a usage error: the message and where to read more.

    ``baocao`` alone (click's "no arguments is help") prints the help instead.
    """
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, _NO_ARGUMENTS) and ctx is not None:
        return [ctx.get_help()]
    path = ctx.command_path if ctx is not None else "baocao"
    return [f"LỖI: {usage_message(exc)}", f"Xem hướng dẫn: {path} --help"]


def option_period(month: str | None, year: str | None) -> Period:
    """The month asked for by --month/--year; neither means the current month (for cron)."""
    if month is None and year is None:
        return Period.current()
    if month is None or year is None:
        raise VietnameseUsage("Cần cả --month và --year, hoặc bỏ cả hai để dùng tháng hiện tại.")
    number = _whole(month)
    if not 1 <= number <= 12:
        raise VietnameseUsage(f"Tháng phải từ 1 đến 12, nhưng là «{clipped(month)}».")
    value = _whole(year)
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise VietnameseUsage(
            f"Năm phải có bốn chữ số ({MIN_YEAR}–{MAX_YEAR}), nhưng là «{clipped(year)}»."
        )
    return Period(value, number)


def option_months(start: str | None, end: str | None) -> tuple[Period | None, Period | None]:
    """The months of --from and --to ("2024-03"), each None when not given; the first may
    not be after the last."""
    first, last = (_month(text) for text in (start, end))
    if first is not None and last is not None and first > last:
        raise VietnameseUsage(
            f"Tháng --from {first.iso} sau tháng --to {last.iso}; tháng đầu phải trước hoặc "
            "trùng tháng cuối."
        )
    return first, last


def _month(text: str | None) -> Period | None:
    try:
        return None if text is None else Period.parse(text)
    except PeriodError as exc:
        raise VietnameseUsage(str(exc)) from None


def _whole(text: str) -> int:
    """A short whole number typed in ASCII digits; anything else is 0 (out of every range)."""
    return int(text) if re.fullmatch(r"[0-9]{1,6}", text.strip()) else 0


def check_out(out: Path | None, pdf: bool) -> None:
    """--out must name a .docx; the PDF of --pdf is written beside it with the .pdf suffix."""
    if out is not None and out.suffix.lower() != ".docx":
        also = " Bản PDF (--pdf) được ghi bên cạnh, cùng tên với đuôi .pdf." if pdf else ""
        raise VietnameseUsage(
            f"--out phải là một tệp .docx (ví dụ --out bao-cao/thang3.docx), nhưng là "
            f"«{clipped(str(out))}».{also}"
        )


def _range(param: Any) -> tuple[Any, Any]:
    """An option's (min, max), both set, or (None, None): on the option (Typer 0.29+) or its
    click type."""
    for owner in (param, getattr(param, "type", None)):
        low, high = getattr(owner, "min", None), getattr(owner, "max", None)
        if low is not None and high is not None:
            return low, high
    return None, None


def _metavar(param: Any) -> str:
    if getattr(param, "is_flag", False) or getattr(param, "count", False):
        return ""
    if param.metavar:
        return str(param.metavar)
    annotation = getattr(getattr(param, "type_descriptor", None), "annotation", None)
    type_name = getattr(getattr(param, "type", None), "name", None)
    by_type = _METAVARS.get(annotation) if isinstance(annotation, type) else None
    return by_type or _METAVARS.get(type_name) or "GIÁ-TRỊ"


def _is_argument(param: Any) -> bool:
    """A positional argument (``baocao setup THƯ-MỤC``), not an option."""
    return getattr(param, "param_type_name", "") == "argument"


def _option_record(param: Any) -> tuple[str, str]:
    """One row of the options list: names and value, then help, range, default, required."""
    names = ", ".join(sorted([*param.opts, *param.secondary_opts], key=len))
    metavar = _metavar(param)
    low, high = _range(param)
    extra = [f"[từ {low} đến {high}]"] if low is not None else []
    default = getattr(param, "default", None)
    if metavar and getattr(param, "show_default", False) and default not in (None, "", ()):
        extra.append(f"[mặc định: {default}]")
    if param.required:
        extra.append("[bắt buộc]")
    return (f"{names} {metavar}".rstrip(), " ".join([param.help or "", *extra]).strip())


def _show_help(ctx: Any, param: Any, value: bool) -> None:
    """--help: the help on stdout (one that cannot take it stops with ``StdoutError``)."""
    if value and not ctx.resilient_parsing:
        say(ctx.get_help())
        ctx.exit()


class _Vietnamese:
    """Help in Vietnamese: usage line, description, options (shared by command and group);
    an option given a value it does not take, or none it needs, said in Vietnamese."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Click's parsing; an option misused ("--help=1", "--month" last) is a Vietnamese
        usage error naming this command."""
        try:
            rest: list[str] = super().parse_args(ctx, args)  # type: ignore[misc]
        except _click_errors.BadOptionUsage as exc:
            raise VietnameseUsage(self._misused(ctx, exc.option_name), ctx=ctx) from None
        return rest

    def _misused(self, ctx: Any, name: str) -> str:
        # get_params: --help too, which is not among self.params
        params = self.get_params(ctx)  # type: ignore[attr-defined]
        option = next((p for p in params if name in (*p.opts, *p.secondary_opts)), None)
        if option is not None and not _metavar(option):
            return f"Tùy chọn {name} không nhận giá trị; chỉ cần ghi {name}."
        shown = f"{name} {_metavar(option)}" if option is not None else name
        return f"Tùy chọn {name} cần một giá trị ngay sau nó, ví dụ {shown}."

    def get_help_option(self, ctx: Any) -> Any:
        """Click's --help option, with its help text in Vietnamese, printed by ``say``."""
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = HELP_TEXT
            option.callback = _show_help
        return option

    def usage_line(self, ctx: Any) -> str:
        """What follows the command path on the usage line: required options, the
        others, then the arguments ("[THƯ-MỤC]" when it may be left out)."""
        params = self.get_params(ctx)  # type: ignore[attr-defined]
        required = [
            f"{p.opts[0]} {_metavar(p)}".rstrip()
            for p in params
            if getattr(p, "required", False) and not _is_argument(p)
        ]
        arguments = [
            _metavar(p) if p.required else f"[{_metavar(p)}]" for p in params if _is_argument(p)
        ]
        return " ".join([*required, "[TÙY CHỌN]", *arguments])

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """The whole help screen; no English of click's or Typer's is left."""
        formatter.write_usage(ctx.command_path, self.usage_line(ctx), prefix="Cách dùng: ")
        text = (self.help or "").partition("\f")[0]  # type: ignore[attr-defined]
        if text:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(text)
        params = self.get_params(ctx)  # type: ignore[attr-defined]
        arguments = [(_metavar(p), p.help or "") for p in params if _is_argument(p)]
        if arguments:
            with formatter.section("Đối số"):
                formatter.write_dl(arguments)
        rows = [
            _option_record(p)
            for p in params
            if not getattr(p, "hidden", False) and not _is_argument(p)
        ]
        with formatter.section("Tùy chọn"):
            formatter.write_dl(rows)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """A command has no subcommands to list."""


class VietnameseCommand(_Vietnamese, TyperCommand):
    """A Typer command whose help is in Vietnamese and whose stray arguments are explained."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """Options as usual; a value without its option is a Vietnamese usage error, and
        every usage error names this command (for "Xem hướng dẫn: baocao build --help")."""
        ctx.allow_extra_args = True
        typed = list(args)  # click's parser takes the words out of ``args``
        try:
            rest: list[str] = super().parse_args(ctx, args)
        except UsageError as exc:
            if getattr(exc, "ctx", None) is None:
                exc.ctx = ctx  # type: ignore[attr-defined]
            raise
        repeated = None if ctx.resilient_parsing else repeated_value(self.get_params(ctx), typed)
        if repeated is not None:
            raise VietnameseUsage(repeated, ctx=ctx)
        dashed = next((word for word in rest if word[:1] in _LONG_DASHES), None)
        if dashed is not None and not ctx.resilient_parsing:
            # "—month" was "--month", "–m" "-m" (the one of the two that is an option)
            name = dashed.lstrip(_LONG_DASHES)
            opts = {o for p in self.get_params(ctx) for o in (*p.opts, *p.secondary_opts)}
            meant = next((o for o in (f"--{name}", f"-{name}") if o in opts), f"--{name}")
            raise VietnameseUsage(
                f"«{clipped(dashed)}» bắt đầu bằng một dấu gạch dài (– hay —), thường do Word "
                f"hay bộ gõ tự đổi khi chép lệnh; hãy gõ dấu gạch nối: {clipped(meant)}.",
                ctx=ctx,
            )
        if rest and not ctx.resilient_parsing:
            raise VietnameseUsage(
                f"Thừa «{clipped(' '.join(rest))}»: mỗi giá trị phải đi ngay sau tùy chọn của nó, "
                "ví dụ --month 3 --year 2024.",
                ctx=ctx,
            )
        return rest


class VietnameseGroup(_Vietnamese, TyperGroup):
    """The ``baocao`` group: Vietnamese help, and a mistyped command gets the closest one."""

    def usage_line(self, ctx: Any) -> str:
        """``LỆNH [TÙY CHỌN]``: a command, then its options."""
        return "LỆNH [TÙY CHỌN]"

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """Each command with the first line of its help."""
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, (command.help or "").strip().splitlines()[0]))
        with formatter.section("Lệnh"):
            formatter.write_dl(rows)
        formatter.write_paragraph()
        formatter.write_text(f"Xem hướng dẫn của từng lệnh: {ctx.command_path} LỆNH --help")

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """The group's options, then a command: "baocao --" names none, said as such."""
        rest = super().parse_args(ctx, args)
        # click 8.2+ (and Typer's own copy) keep the command word here; older click without "_"
        named = getattr(ctx, "_protected_args", None) or getattr(ctx, "protected_args", None)
        if not named and not ctx.resilient_parsing:
            names = ", ".join(self.list_commands(ctx))
            raise VietnameseUsage(f"Thiếu lệnh. Các lệnh: {names}.", ctx=ctx)
        return rest

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """The command named first; an unknown name (an empty one too) is a usage error
        naming the closest."""
        name = args[0] if args else ""
        if args and not name.startswith("-") and self.get_command(ctx, name) is None:
            names = self.list_commands(ctx)
            close = difflib.get_close_matches(name, names, n=1)
            guess = f" Có phải ý bạn là «{close[0]}»?" if close else ""
            raise VietnameseUsage(
                f"Không có lệnh «{clipped(name)}».{guess} Các lệnh: {', '.join(names)}.", ctx=ctx
            )
        return super().resolve_command(ctx, args)


def check_command(period: Period, config: Path | None) -> str:
    """The `baocao check` line that shows the details of a build's notes."""
    shown = f'"{config}"' if config is not None and " " in str(config) else config
    where = f" --config {shown}" if config is not None else ""
    return f"baocao check --month {period.month} --year {period.year}{where}"


def stopped_run(
    exc: BaocaoError, debug: bool, undone: str, notes_in: str | None = None
) -> typer.Exit:
    """Report a stopped run on stderr: its problems (or message), then what was not done
    (``undone``, "Chưa tạo báo cáo") and why; the exit to raise. With ``debug``, ``exc``
    itself is raised."""
    if debug:
        raise exc
    if isinstance(exc, InputError):
        reason = "có cảnh báo (--strict)" if exc.warnings_only else "có lỗi"
        closing = f"{undone} vì {reason}."
        for line in [*problem_lines(exc.problems, notes_in=notes_in), closing]:
            say(line, err=True)
    else:
        say(f"LỖI: {exc}", err=True)
    return typer.Exit(int(exc.exit_code))


def problem_lines(
    problems: list[Problem], *, notes_in: str | None = None, totals: bool = True
) -> list[str]:
    """The problems one a line, then (with ``totals``) their counts.

    With ``notes_in`` (a build), paths are shown relative to the working folder
    and notes are only counted, pointing at that command for their details.
    """
    lines = []
    for problem in problems:
        if notes_in is None:
            lines.append(str(problem))
        elif problem.severity is not Severity.INFO:
            shown = Path(show_path(problem.file)) if problem.file is not None else None
            lines.append(str(dataclasses.replace(problem, file=shown)))
    n = counts(problems)
    if notes_in is not None and n[Severity.INFO]:
        lines.append(f"{n[Severity.INFO]} ghi chú: xem chi tiết bằng {notes_in}")
    if totals:
        notes = f", {n[Severity.INFO]} ghi chú" if n[Severity.INFO] else ""
        lines.append(f"Tổng cộng: {n[Severity.ERROR]} lỗi, {n[Severity.WARNING]} cảnh báo{notes}.")
    return lines
