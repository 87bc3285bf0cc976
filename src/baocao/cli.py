"""Typer only: options → one api call → message and exit code.

Exit codes (``errors.ExitCode``): 0 success, 1 invalid input or config, 2 usage,
3 the report already exists, 4 another build is running, 5 template error,
6 PDF failed. ``main`` is the console script: it runs
the Typer app and writes click's usage errors in Vietnamese.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Annotated

import typer

from baocao.errors import BaocaoError, ExitCode, InputError, Problem, Severity, error

app = typer.Typer(
    name="baocao",
    help="baocao — tạo báo cáo tháng của Sở Công Thương (.docx) từ một sổ Excel.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

MonthOpt = Annotated[
    int | None,
    typer.Option(
        "--month",
        "-m",
        min=1,
        max=12,
        help="Tháng báo cáo (1–12); bỏ cả --month và --year: tháng hiện tại.",
    ),
]
YearOpt = Annotated[
    int | None, typer.Option("--year", "-y", min=1900, max=9999, help="Năm báo cáo, ví dụ 2024.")
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Tệp cấu hình baocao.toml (mặc định: $BAOCAO_CONFIG, rồi ./baocao.toml).",
    ),
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Coi cảnh báo như lỗi (mã thoát 1 khi có cảnh báo).")
]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Không in gì khi thành công; chỉ in lỗi.")
]
LogOpt = Annotated[
    Path | None,
    typer.Option("--log-file", help="Ghi thêm một dòng nhật ký cho mỗi lần chạy vào tệp này."),
]
DebugOpt = Annotated[
    bool, typer.Option("--debug", help="Hiện chi tiết lỗi (dành cho lập trình viên).")
]


class VietnameseUsage(typer.BadParameter):
    """A usage error whose message is already written in Vietnamese."""


def _period(month: int | None, year: int | None) -> tuple[int, int]:
    """The month asked for; none given means the current month (for cron)."""
    if month is None and year is None:
        today = dt.date.today()
        return today.month, today.year
    if month is None or year is None:
        raise VietnameseUsage("Cần cả --month và --year, hoặc bỏ cả hai để dùng tháng hiện tại.")
    return month, year


def _show(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _counts(problems: list[Problem]) -> dict[Severity, int]:
    return {s: sum(1 for p in problems if p.severity is s) for s in Severity}


def _print_problems(problems: list[Problem], *, err: bool) -> None:
    for problem in problems:
        typer.echo(str(problem), err=err)
    n = _counts(problems)
    notes = f", {n[Severity.INFO]} ghi chú" if n[Severity.INFO] else ""
    typer.echo(
        f"Tổng cộng: {n[Severity.ERROR]} lỗi, {n[Severity.WARNING]} cảnh báo{notes}.", err=err
    )


def _fail(exc: BaocaoError, debug: bool) -> typer.Exit:
    if debug:
        raise exc
    if isinstance(exc, InputError):
        _print_problems(exc.problems, err=True)
        typer.echo("Chưa tạo báo cáo vì có lỗi.", err=True)
    else:
        typer.echo(f"LỖI: {exc}", err=True)
    return typer.Exit(int(exc.exit_code))


def _first_error(exc: BaocaoError) -> str:
    if isinstance(exc, InputError):
        errors = [p for p in exc.problems if p.severity is Severity.ERROR]
        return str(errors[0]) if errors else str(exc)
    return str(exc)


def _log(
    log_file: Path | None, command: str, period: tuple[int, int], code: int, detail: str
) -> None:
    if log_file is not None:
        from baocao.runlog import append_log, log_line

        trouble = append_log(
            log_file, log_line(command, f"{period[1]}-{period[0]:02d}", code, detail)
        )
        if trouble:
            typer.echo(trouble, err=True)


@app.command()
def build(
    month: MonthOpt = None,
    year: YearOpt = None,
    config: ConfigOpt = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Tệp báo cáo cần ghi (mặc định theo cấu hình, ví dụ out/BaoCao_T03_2024.docx).",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force", help="Ghi đè báo cáo đã có; bản cũ được giữ lại thành bản sao lưu."
        ),
    ] = False,
    pdf: Annotated[
        bool,
        typer.Option("--pdf", help="Tạo thêm bản PDF bên cạnh tệp .docx (cần LibreOffice)."),
    ] = False,
    chart: Annotated[
        bool,
        typer.Option("--chart", help="Thêm biểu đồ xu hướng vào phụ lục (cần baocao[chart])."),
    ] = False,
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
    log_file: LogOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Kiểm tra sổ dữ liệu của tháng rồi tạo báo cáo .docx."""
    from baocao.api import build_report
    from baocao.config import load_config

    period = _period(month, year)
    try:
        result = build_report(
            load_config(config), *period, out, force=force, pdf=pdf, strict=strict, chart=chart
        )
    except BaocaoError as exc:
        _log(log_file, "build", period, int(exc.exit_code), _first_error(exc))
        raise _fail(exc, debug) from None
    _log(log_file, "build", period, 0, str(result.output))
    if quiet:
        return
    for problem in result.problems:
        typer.echo(str(problem), err=True)
    for backup in result.backups:
        typer.echo(f"Đã lưu bản cũ thành: {_show(backup)}", err=True)
    typer.echo(f"Đã tạo báo cáo: {_show(result.output)}")
    if result.pdf is not None:
        typer.echo(f"Đã tạo bản PDF: {_show(result.pdf)}")


@app.command()
def check(
    month: MonthOpt = None,
    year: YearOpt = None,
    config: ConfigOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="In kết quả dưới dạng JSON (cho chương trình khác).")
    ] = False,
    strict: StrictOpt = False,
    log_file: LogOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Kiểm tra sổ dữ liệu của tháng và liệt kê mọi lỗi, cảnh báo theo trang tính và ô."""
    from baocao.api import check_inputs
    from baocao.config import load_config

    period = _period(month, year)
    try:
        result = check_inputs(load_config(config), *period)
    except BaocaoError as exc:
        _log(log_file, "check", period, int(exc.exit_code), _first_error(exc))
        if as_json and not debug:
            _print_json(None, None, [error(str(exc))])
            raise typer.Exit(int(exc.exit_code)) from None
        raise _fail(exc, debug) from None
    warned = any(p.severity is Severity.WARNING for p in result.problems)
    failed = not result.ok or (strict and warned)
    n = _counts(result.problems)
    _log(
        log_file,
        "check",
        period,
        int(ExitCode.INVALID_INPUT) if failed else 0,
        f"{n[Severity.ERROR]} lỗi, {n[Severity.WARNING]} cảnh báo: {result.workbook}",
    )
    if as_json:
        _print_json(result.workbook, result.template, result.problems)
    else:
        typer.echo(f"Sổ dữ liệu: {_show(result.workbook)}")
        _print_problems(result.problems, err=False)
    if failed:
        raise typer.Exit(int(ExitCode.INVALID_INPUT))


def _print_json(workbook: Path | None, template: Path | None, problems: list[Problem]) -> None:
    n = _counts(problems)
    report = {
        "workbook": str(workbook) if workbook else None,
        "template": str(template) if template else None,
        "errors": n[Severity.ERROR],
        "warnings": n[Severity.WARNING],
        "notes": n[Severity.INFO],
        "problems": [p.to_dict() for p in problems],
    }
    typer.echo(json.dumps(report, ensure_ascii=False, indent=2))


@app.command()
def init(
    month: MonthOpt = None,
    year: YearOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Tạo sổ dữ liệu của tháng, sẵn các chỉ tiêu và số tháng trước, cùng kỳ để điền tiếp."""
    from baocao.api import write_input_template
    from baocao.config import load_config

    period = _period(month, year)
    try:
        result = write_input_template(load_config(config), *period)
    except BaocaoError as exc:
        raise _fail(exc, debug) from None
    source = f" (các chỉ tiêu lấy theo {result.source.name})" if result.source else ""
    typer.echo(f"Đã tạo sổ dữ liệu: {_show(result.path)}{source}")


def _month_arg(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})-(\d{1,2})", value.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise VietnameseUsage(f"Tháng «{value}» phải viết dạng NĂM-THÁNG, ví dụ 2024-03.")
    return int(match.group(1)), int(match.group(2))


@app.command()
def history(
    code: Annotated[str, typer.Option("--code", help="Mã chỉ tiêu, ví dụ gtsx.")],
    start: Annotated[
        str | None, typer.Option("--from", help="Từ tháng (NĂM-THÁNG, ví dụ 2023-01).")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Đến tháng (NĂM-THÁNG, ví dụ 2024-03).")
    ] = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="In dạng CSV.")] = False,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """In chuỗi số liệu theo tháng của một chỉ tiêu qua các sổ dữ liệu."""
    from baocao.api import history_series
    from baocao.config import load_config
    from baocao.history import format_series_csv, format_series_table

    try:
        found = history_series(load_config(config), code, _month_arg(start), _month_arg(end))
    except BaocaoError as exc:
        raise _fail(exc, debug) from None
    if as_csv:
        lines = format_series_csv(found.rows)
    else:
        lines = [
            f"Chỉ tiêu «{found.code}» ({found.name}, {found.unit})",
            *format_series_table(found.rows, found.decimals),
        ]
    typer.echo("\n".join(lines))


# Typer (0.2x) vendors click privately; its UsageError is reached through the
# public BadParameter, so usage errors can be written in Vietnamese.
UsageError: type[Exception] = next(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError"
)

_USAGE_MESSAGES = {
    "MissingParameter": "Thiếu tùy chọn bắt buộc {hint}.",
    "NoSuchOption": "Không có tùy chọn {name}.",
    "BadParameter": "Giá trị không hợp lệ cho {hint}.",
    "BadOptionUsage": "Tùy chọn {name} dùng không đúng cách.",
}


def usage_message(exc: Exception) -> str:
    """A click usage error in Vietnamese."""
    if isinstance(exc, VietnameseUsage):
        return str(exc.message)
    param = getattr(exc, "param", None)
    hint = "/".join(getattr(param, "opts", [])) or getattr(exc, "param_hint", None) or ""
    name = getattr(exc, "option_name", "") or ""
    for cls in type(exc).__mro__:
        if cls.__name__ in _USAGE_MESSAGES:
            return _USAGE_MESSAGES[cls.__name__].format(hint=hint, name=name)
    return "Lệnh không đúng cách dùng."


def main() -> None:
    """Console script: run the app; usage errors in Vietnamese with exit code 2."""
    command = typer.main.get_command(app)
    try:
        code = command.main(prog_name="baocao", standalone_mode=False)
    except UsageError as exc:
        typer.echo(f"LỖI: {usage_message(exc)}", err=True)
        ctx = getattr(exc, "ctx", None)
        path = ctx.command_path if ctx is not None else "baocao"
        typer.echo(f"Xem hướng dẫn: {path} --help", err=True)
        sys.exit(int(ExitCode.USAGE))
    except typer.Abort:
        typer.echo("Đã dừng.", err=True)
        sys.exit(int(ExitCode.USAGE))
    sys.exit(code if isinstance(code, int) else int(ExitCode.OK))
