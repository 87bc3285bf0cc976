"""Typer only: options → one api call → message and exit code.

Exit codes are ``errors.ExitCode`` (documented in the README). The CLI
catches only ``BaocaoError``; anything else is a bug and shows its traceback,
and ``--debug`` shows the traceback of a reported error too. ``main`` is the
console script: it runs the Typer app and writes click's usage errors in
Vietnamese.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from baocao.errors import BaocaoError, ExitCode, InputError, Problem, Severity, error
from baocao.period import Period, PeriodError
from baocao.usage import UsageError, VietnameseUsage, usage_message

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


def _period(month: int | None, year: int | None) -> Period:
    """The month asked for; none given means the current month (for cron)."""
    if month is None and year is None:
        return Period.current()
    if month is None or year is None:
        raise VietnameseUsage("Cần cả --month và --year, hoặc bỏ cả hai để dùng tháng hiện tại.")
    return Period(year, month)


def _month_arg(value: str | None) -> Period | None:
    try:
        return None if value is None else Period.parse(value)
    except PeriodError as exc:
        raise VietnameseUsage(str(exc)) from None


def _show(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _print_problems(problems: list[Problem], *, err: bool) -> None:
    from baocao.api import counts

    for problem in problems:
        typer.echo(str(problem), err=err)
    n = counts(problems)
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


def _log(log_file: Path | None, command: str, period: Period, code: int, detail: str) -> None:
    if log_file is not None:
        from baocao.runlog import append_log, log_line

        trouble = append_log(log_file, log_line(command, period.iso, code, detail))
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
    from baocao.api import build_report, first_error
    from baocao.config import load_config

    period = _period(month, year)
    try:
        result = build_report(
            load_config(config), period, out, force=force, pdf=pdf, strict=strict, chart=chart
        )
    except BaocaoError as exc:
        _log(log_file, "build", period, int(exc.exit_code), first_error(exc))
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
    from baocao.api import check_inputs, counts, first_error, problems_json
    from baocao.config import load_config

    period = _period(month, year)
    try:
        result = check_inputs(load_config(config), period)
    except BaocaoError as exc:
        _log(log_file, "check", period, int(exc.exit_code), first_error(exc))
        if as_json and not debug:
            _print_json(problems_json(None, None, [error(str(exc))]))
            raise typer.Exit(int(exc.exit_code)) from None
        raise _fail(exc, debug) from None
    failed = result.refuses(strict=strict)
    n = counts(result.problems)
    _log(
        log_file,
        "check",
        period,
        int(ExitCode.INVALID_INPUT) if failed else 0,
        f"{n[Severity.ERROR]} lỗi, {n[Severity.WARNING]} cảnh báo: {result.workbook}",
    )
    if as_json:
        _print_json(result.to_json())
    else:
        typer.echo(f"Sổ dữ liệu: {_show(result.workbook)}")
        _print_problems(result.problems, err=False)
    if failed:
        raise typer.Exit(int(ExitCode.INVALID_INPUT))


def _print_json(data: dict[str, object]) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


@app.command()
def init(
    month: MonthOpt = None,
    year: YearOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Tạo sổ dữ liệu của tháng, sẵn các chỉ tiêu và số tháng trước, cùng kỳ để điền tiếp."""
    from baocao.api import new_month_workbook
    from baocao.config import load_config

    try:
        result = new_month_workbook(load_config(config), _period(month, year))
    except BaocaoError as exc:
        raise _fail(exc, debug) from None
    source = f" (các chỉ tiêu lấy theo {result.source.name})" if result.source else ""
    typer.echo(f"Đã tạo sổ dữ liệu: {_show(result.path)}{source}")


@app.command()
def setup(
    folder: Annotated[
        Path, typer.Argument(help="Thư mục làm việc của đơn vị (mặc định: thư mục hiện tại).")
    ] = Path(),
    month: MonthOpt = None,
    year: YearOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Bắt đầu cho một đơn vị mới: tạo baocao.toml để điền và sổ dữ liệu tháng đầu tiên."""
    from baocao.api import setup_office

    period = _period(month, year)
    try:
        made = setup_office(folder, period)
    except BaocaoError as exc:
        raise _fail(exc, debug) from None
    typer.echo(f"Đã tạo tệp cấu hình: {_show(made.config)}")
    typer.echo(f"Đã tạo sổ dữ liệu: {_show(made.workbook)}")
    typer.echo(
        f"Tiếp theo: điền các giá trị «(chưa điền)» trong {made.config.name} và số liệu trong "
        f"sổ, rồi chạy: baocao check --config {_show(made.config)} --month {period.month} "
        f"--year {period.year}"
    )


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

    try:
        found = history_series(load_config(config), code, _month_arg(start), _month_arg(end))
    except BaocaoError as exc:
        raise _fail(exc, debug) from None
    typer.echo("\n".join(found.csv() if as_csv else found.table()))


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
