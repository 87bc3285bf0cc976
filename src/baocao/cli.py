"""Typer only: options → one api call → message and exit code.

Exit codes (``errors.ExitCode``): 0 success, 1 invalid input or config, 2 usage,
3 the report already exists, 4 another build is running, 5 template error,
6 PDF failed. ``main`` is the console script: it runs
the Typer app and writes click's usage errors in Vietnamese.
"""

from __future__ import annotations

import json
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
    int, typer.Option("--month", "-m", min=1, max=12, help="Tháng báo cáo (1–12).")
]
YearOpt = Annotated[
    int, typer.Option("--year", "-y", min=1900, max=9999, help="Năm báo cáo, ví dụ 2024.")
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
DebugOpt = Annotated[
    bool, typer.Option("--debug", help="Hiện chi tiết lỗi (dành cho lập trình viên).")
]


def _show(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _print_problems(problems: list[Problem], *, err: bool) -> None:
    for problem in problems:
        typer.echo(str(problem), err=err)
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    typer.echo(f"Tổng cộng: {errors} lỗi, {len(problems) - errors} cảnh báo.", err=err)


def _fail(exc: BaocaoError, debug: bool) -> typer.Exit:
    if debug:
        raise exc
    if isinstance(exc, InputError):
        _print_problems(exc.problems, err=True)
        typer.echo("Chưa tạo báo cáo vì có lỗi.", err=True)
    else:
        typer.echo(f"LỖI: {exc}", err=True)
    return typer.Exit(int(exc.exit_code))


@app.command()
def build(
    month: MonthOpt,
    year: YearOpt,
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
    strict: StrictOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Kiểm tra sổ dữ liệu của tháng rồi tạo báo cáo .docx."""
    from baocao.api import build_report
    from baocao.config import load_config

    try:
        result = build_report(
            load_config(config), month, year, out, force=force, pdf=pdf, strict=strict
        )
    except BaocaoError as exc:
        raise _fail(exc, debug) from None
    for problem in result.problems:
        typer.echo(str(problem), err=True)
    for backup in result.backups:
        typer.echo(f"Đã lưu bản cũ thành: {_show(backup)}", err=True)
    typer.echo(f"Đã tạo báo cáo: {_show(result.output)}")
    if result.pdf is not None:
        typer.echo(f"Đã tạo bản PDF: {_show(result.pdf)}")


@app.command()
def check(
    month: MonthOpt,
    year: YearOpt,
    config: ConfigOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="In kết quả dưới dạng JSON (cho chương trình khác).")
    ] = False,
    strict: StrictOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Kiểm tra sổ dữ liệu của tháng và liệt kê mọi lỗi, cảnh báo theo trang tính và ô."""
    from baocao.api import check_inputs
    from baocao.config import load_config

    try:
        result = check_inputs(load_config(config), month, year)
    except BaocaoError as exc:
        if as_json and not debug:
            _print_json(None, None, [error(str(exc))])
            raise typer.Exit(int(exc.exit_code)) from None
        raise _fail(exc, debug) from None
    failed = not result.ok or (strict and bool(result.problems))
    if as_json:
        _print_json(result.workbook, result.template, result.problems)
    else:
        typer.echo(f"Sổ dữ liệu: {_show(result.workbook)}")
        _print_problems(result.problems, err=False)
    if failed:
        raise typer.Exit(int(ExitCode.INVALID_INPUT))


def _print_json(workbook: Path | None, template: Path | None, problems: list[Problem]) -> None:
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    report = {
        "workbook": str(workbook) if workbook else None,
        "template": str(template) if template else None,
        "errors": errors,
        "warnings": len(problems) - errors,
        "problems": [p.to_dict() for p in problems],
    }
    typer.echo(json.dumps(report, ensure_ascii=False, indent=2))


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
