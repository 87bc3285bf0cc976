"""Typer only: options → one api call → message and exit code.

Exit codes are ``errors.ExitCode`` (documented in the README). The CLI catches only
``BaocaoError``; anything else is a bug and shows its traceback, and ``--debug`` shows the
traceback of a reported error too. Every line goes through ``console.say``: output that cannot
be printed is a message, not a traceback; a signal stops a command with one line and its log
line (``interrupt``). ``main``, which the console script runs (``__main__``), makes the console
safe for Vietnamese, runs the Typer app and writes click's usage errors in Vietnamese (help and
errors: ``usage``). Each command calls ``collector.release`` once its library is imported.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from baocao.cliopts import ConfigOpt, DebugOpt, LogOpt, MonthOpt, QuietOpt, StrictOpt, YearOpt
from baocao.collector import release
from baocao.console import StdoutError, json_text, safe_console, say, say_done, show_path
from baocao.errors import (
    BaocaoError,
    ExitCode,
    Interrupted,
    PdfError,
    Severity,
    error,
    problems_json,
)
from baocao.interrupt import signals_stop, undone, whole_run_stop
from baocao.runlog import log_run, logged_stop
from baocao.usage import (
    UsageError,
    VietnameseCommand,
    VietnameseGroup,
    check_command,
    check_out,
    option_months,
    option_period,
    problem_lines,
    stopped_run,
    usage_lines,
)
from baocao.vnformat import command_word

app = typer.Typer(
    name="baocao",
    help="baocao — tạo báo cáo tháng của Sở Công Thương (.docx) từ một sổ Excel.",
    cls=VietnameseGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
command = app.command(cls=VietnameseCommand)


@command
def build(
    month: MonthOpt = None,
    year: YearOpt = None,
    config: ConfigOpt = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            metavar="TỆP",
            help="Tệp báo cáo .docx cần ghi (mặc định theo cấu hình, ví dụ "
            "out/BaoCao_T03_2024.docx).",
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
        typer.Option("--chart", help="Thêm biểu đồ xu hướng vào phụ lục (cần gói baocao[chart])."),
    ] = False,
    strict: StrictOpt = False,
    quiet: QuietOpt = False,
    log_file: LogOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Kiểm tra sổ dữ liệu của tháng rồi tạo báo cáo .docx."""
    period = option_period(month, year)
    check_out(out, pdf)
    details = check_command(period, config)
    with logged_stop(log_file, "build", period, "chưa tạo báo cáo"):  # from the imports on
        from baocao.api import build_report, first_error
        from baocao.config import load_config

        release()

        try:
            result = build_report(
                load_config(config), period, out, force=force, pdf=pdf, strict=strict, chart=chart
            )
        except BaocaoError as exc:
            written = exc.written if isinstance(exc, PdfError) else ()  # the .docx's
            said = [p for p in written if p.severity is Severity.WARNING]
            log_run(log_file, "build", period, int(exc.exit_code), first_error(exc), len(said))
            for line in problem_lines(said, notes_in=details, totals=False):
                say(line, err=True)
            raise stopped_run(exc, debug, "Chưa tạo báo cáo", details) from None
    problems = result.problems
    warned = sum(p.severity is Severity.WARNING for p in problems)
    log_run(log_file, "build", period, 0, str(result.output), warned)
    # --quiet (cron) still says the warnings, which the scheduled run's mail must carry.
    if quiet:
        problems = [p for p in problems if p.severity is Severity.WARNING]
    for line in problem_lines(problems, notes_in=details, totals=False):
        say(line, err=True)
    if quiet:
        return
    for backup in result.backups:
        say(f"Đã lưu bản cũ thành: {show_path(backup)}", err=True)
    made = [f"Đã tạo báo cáo: {show_path(result.output)}"]
    say_done(made + ([f"Đã tạo bản PDF: {show_path(result.pdf)}"] if result.pdf else []))


@command
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
    period = option_period(month, year)
    with logged_stop(log_file, "check", period, "chưa kiểm tra xong"):  # from the imports on
        from baocao.api import check_inputs, first_error
        from baocao.config import load_config

        release()

        try:
            result = check_inputs(load_config(config), period)
        except BaocaoError as exc:
            log_run(log_file, "check", period, int(exc.exit_code), first_error(exc))
            if as_json and not debug:
                say(json_text(problems_json(None, None, [error(str(exc), exc.file)])))
                raise typer.Exit(int(exc.exit_code)) from None
            raise stopped_run(exc, debug, "Chưa kiểm tra xong") from None
        code = ExitCode.INVALID_INPUT if result.refuses(strict=strict) else ExitCode.OK
        lines = [f"Sổ dữ liệu: {show_path(result.workbook)}", *problem_lines(result.problems)]
        try:  # printed first: when it cannot be, the log says so (exit code 7)
            say(json_text(result.to_json()) if as_json else "\n".join(lines))
        except StdoutError as exc:
            log_run(log_file, "check", period, int(exc.exit_code), str(exc))
            raise
        log_run(log_file, "check", period, code, result.summary())
    if code:
        raise typer.Exit(int(code))


@command
def init(
    month: MonthOpt = None,
    year: YearOpt = None,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Tạo sổ dữ liệu của tháng, sẵn các chỉ tiêu và số tháng trước, cùng kỳ để điền tiếp."""
    from baocao.config import load_config
    from baocao.office import new_month_workbook

    release()

    try:
        with signals_stop(undone("chưa tạo sổ dữ liệu")):
            result = new_month_workbook(load_config(config), option_period(month, year))
    except BaocaoError as exc:
        raise stopped_run(exc, debug, "Chưa tạo sổ dữ liệu") from None
    for line in problem_lines(result.problems, totals=False):
        say(line, err=True)
    source = f" (các chỉ tiêu lấy theo {result.source.name})" if result.source else ""
    say_done([f"Đã tạo sổ dữ liệu: {show_path(result.path)}{source}"])


@command
def setup(
    folder: Annotated[
        Path,
        typer.Argument(
            metavar="THƯ-MỤC", help="Thư mục làm việc của đơn vị (mặc định: thư mục hiện tại)."
        ),
    ] = Path(),
    month: MonthOpt = None,
    year: YearOpt = None,
    debug: DebugOpt = False,
) -> None:
    """Bắt đầu cho một đơn vị mới: tạo baocao.toml để điền và sổ dữ liệu tháng đầu tiên."""
    from baocao.office import setup_office

    release()

    period = option_period(month, year)
    try:
        with signals_stop(undone("chưa tạo thư mục làm việc")):
            made = setup_office(folder, period)
    except BaocaoError as exc:
        raise stopped_run(exc, debug, "Chưa tạo thư mục làm việc") from None
    say_done(
        [
            f"Đã tạo tệp cấu hình: {show_path(made.config)}",
            f"Đã tạo sổ dữ liệu: {show_path(made.workbook)}",
            f"Tiếp theo: điền các giá trị «(chưa điền)» trong {made.config.name} và số liệu "
            f"trong sổ, rồi chạy: baocao check --config {command_word(show_path(made.config))} "
            f"--month {period.month} --year {period.year}",
        ]
    )


@command
def history(
    code: Annotated[str, typer.Option("--code", metavar="MÃ", help="Mã chỉ tiêu, ví dụ gtsx.")],
    start: Annotated[
        str | None,
        typer.Option("--from", metavar="NĂM-THÁNG", help="Từ tháng, ví dụ 2023-01."),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--to", metavar="NĂM-THÁNG", help="Đến tháng, ví dụ 2024-03."),
    ] = None,
    as_csv: Annotated[bool, typer.Option("--csv", help="In dạng CSV.")] = False,
    config: ConfigOpt = None,
    debug: DebugOpt = False,
) -> None:
    """In chuỗi số liệu theo tháng của một chỉ tiêu qua các sổ dữ liệu."""
    from baocao.config import load_config
    from baocao.timeseries import history_series

    release()

    first, last = option_months(start, end)
    try:
        found = history_series(load_config(config), code, first, last)
    except BaocaoError as exc:
        raise stopped_run(exc, debug, "Chưa in được chuỗi số liệu") from None
    say("\n".join(found.csv() if as_csv else found.table()))
    for line in found.warnings():  # apart from the series, so a script reading it is not disturbed
        say(line, err=True)


def main() -> None:
    """Run the app (for the console script); usage errors in Vietnamese (exit code 2), signals
    too."""
    safe_console()
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")  # none used; finding them: 30 ms
    try:
        with whole_run_stop():  # a signal anywhere, even as the stop is set up: one line too
            group = typer.main.get_command(app)  # 15 ms: under the stop too
            code = group.main(prog_name="baocao", standalone_mode=False)
    except UsageError as exc:
        say("\n".join(lines := usage_lines(exc)), err=True)
        from baocao.stoppedjson import say_stopped_json  # only once stopped: not at start-up

        say_stopped_json(lines[0].removeprefix("LỖI: "))
        sys.exit(int(ExitCode.USAGE))
    except typer.Abort:  # EOFError at a prompt; baocao never prompts
        say("Đã dừng.", err=True)
        sys.exit(int(ExitCode.USAGE))
    except (Interrupted, StdoutError) as exc:  # StdoutError: check's, history's, --help's
        say(f"LỖI: {exc}", err=True)
        if isinstance(exc, Interrupted):
            from baocao.stoppedjson import say_stopped_json

            say_stopped_json(str(exc))
        sys.exit(int(exc.exit_code))
    sys.exit(code if isinstance(code, int) else int(ExitCode.OK))
