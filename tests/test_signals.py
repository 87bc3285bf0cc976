"""Signals during a run: SIGTERM (a scheduler's time limit), SIGHUP, Ctrl-C (SIGINT).

A run stopped by one exits with 128 + its number, says one line on stderr, writes its
log line and leaves the folders as they were (no temporary file, no backup); once the
report is in place a signal no longer undoes it. The signal is sent from inside a
patched step, so nothing depends on timing."""

from __future__ import annotations

import json
import signal
import sys
import time
from pathlib import Path

import pytest

from baocao.errors import Interrupted
from baocao.interrupt import committed, held, signals_stop, undone

from helpers import python_child

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ARGS = ["--month", "3", "--year", "2024"]
# A child that runs the console script after patching one step to send it a signal.
DRIVER = """
import os, signal, sys, time
from pathlib import Path

import baocao.api
import baocao.office
import baocao.output
from baocao.cli import main

number = getattr(signal, sys.argv[1])
step = sys.argv[2]


def send():
    os.kill(os.getpid(), number)


def stopped():
    send()
    time.sleep(30)  # the handler raises here; without one the signal ends the process


def then_stopped(real):
    def write_atomic(out, write, **options):
        def written(tmp):
            write(tmp)
            stopped()

        return real(out, written, **options)

    return write_atomic


if step == "written":  # the temporary file is written in full, not moved into place yet
    baocao.output.write_atomic = then_stopped(baocao.output.write_atomic)
    baocao.office.write_atomic = then_stopped(baocao.office.write_atomic)
elif step == "made":  # the temporary file was just made; its name is not returned yet
    new_temporary = baocao.output._new_temporary

    def made(out):
        tmp = new_temporary(out)
        send()
        return tmp

    baocao.output._new_temporary = made
elif step == "moved":  # a file was just moved into place
    replace = Path.replace

    def moved(self, target):
        done = replace(self, target)
        send()
        return done

    Path.replace = moved
elif step == "checking":
    baocao.api._check = lambda *args, **kwargs: stopped()
elif step == "setting-up":  # the console script's first handler was just set, not the rest
    set_handler, sent = signal.signal, []

    def setting(number, handler):
        previous = set_handler(number, handler)
        if not sent:
            sent.append(number)
            send()
        return previous

    signal.signal = setting
sys.argv = ["baocao", *sys.argv[3:]]
main()
"""


def baocao(name: str, step: str, args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Run the console script with signal ``name`` sent at ``step``; exit code, stdout and
    stderr."""
    done = python_child(DRIVER, name, step, *args, cwd=cwd)
    return done.returncode, done.stdout, done.stderr


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def log_fields(log: Path) -> list[str]:
    """The result and detail of the log's only line."""
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    return lines[0].split("\t")[3:]


@pytest.mark.parametrize(
    ("name", "step", "shown"),
    [
        ("SIGTERM", "written", "SIGTERM"),
        ("SIGINT", "written", "SIGINT (Ctrl-C)"),
        ("SIGHUP", "made", "SIGHUP"),
    ],
    ids=["sigterm", "ctrl-c", "sighup-as-the-temporary-is-made"],
)
def test_build_stopped_by_a_signal(workspace: Path, name: str, step: str, shown: str) -> None:
    """The temporary report is removed, the old report kept as it was (no backup), the
    log line and stderr say why, and the exit code is 128 + the signal's number."""
    out = workspace / "out"
    out.mkdir()
    (out / "BaoCao_T03_2024.docx").write_bytes(b"old")
    args = ["build", *ARGS, "--force", "--log-file", "run.log"]
    message = f"Đã dừng vì nhận tín hiệu {shown}; chưa tạo báo cáo."
    code = 128 + getattr(signal, name)
    assert baocao(name, step, args, workspace) == (code, "", f"LỖI: {message}\n")
    assert names(out) == ["BaoCao_T03_2024.docx"]
    assert (out / "BaoCao_T03_2024.docx").read_bytes() == b"old"
    assert log_fields(workspace / "run.log") == [f"LỖI {code}", message]


def test_a_signal_once_the_report_is_in_place_does_not_undo_it(workspace: Path) -> None:
    """SIGTERM right after the report is moved into place: the move and its record are
    one step, so the run ends as it would have: exit 0, the backup kept, the log OK."""
    out = workspace / "out"
    out.mkdir()
    report = out / "BaoCao_T03_2024.docx"
    report.write_bytes(b"old")
    args = ["build", *ARGS, "--force", "--log-file", "run.log"]
    code, stdout, stderr = baocao("SIGTERM", "moved", args, workspace)
    backups = [n for n in names(out) if n != report.name]
    assert len(backups) == 1
    assert (code, stdout, stderr) == (
        0,
        f"Đã tạo báo cáo: {Path('out', report.name)}\n",
        f"Đã lưu bản cũ thành: {Path('out', backups[0])}\n",
    )
    assert (out / backups[0]).read_bytes() == b"old"
    assert report.read_bytes()[:2] == b"PK"
    assert log_fields(workspace / "run.log") == ["OK", str(report)]


def test_init_stopped_by_sigterm(workspace: Path) -> None:
    """init: no workbook and no temporary file are left, exit code 143."""
    args = ["init", "--month", "4", "--year", "2024"]
    assert baocao("SIGTERM", "written", args, workspace) == (
        143,
        "",
        "LỖI: Đã dừng vì nhận tín hiệu SIGTERM; chưa tạo sổ dữ liệu.\n",
    )
    assert names(workspace / "data") == ["2024-03.xlsx"]


def test_setup_stopped_by_ctrl_c(tmp_path: Path) -> None:
    """setup: neither the workbook, nor the config, nor a folder is left, exit code 130."""
    args = ["setup", "so", "--month", "1", "--year", "2025"]
    assert baocao("SIGINT", "written", args, tmp_path) == (
        130,
        "",
        "LỖI: Đã dừng vì nhận tín hiệu SIGINT (Ctrl-C); chưa tạo thư mục làm việc.\n",
    )
    assert names(tmp_path) == []


def test_check_stopped_by_sigterm_writes_its_log_line(workspace: Path) -> None:
    """check: one line on stderr, and the log line, exit code 143."""
    message = "Đã dừng vì nhận tín hiệu SIGTERM; chưa kiểm tra xong."
    args = ["check", *ARGS, "--log-file", "run.log"]
    assert baocao("SIGTERM", "checking", args, workspace) == (143, "", f"LỖI: {message}\n")
    assert log_fields(workspace / "run.log") == ["LỖI 143", message]


def test_check_json_stopped_by_sigterm_still_prints_json(workspace: Path) -> None:
    """check --json stopped by a scheduler's time limit printed no JSON at all; now the
    JSON of one error saying so, exit code 143."""
    message = "Đã dừng vì nhận tín hiệu SIGTERM; chưa kiểm tra xong."
    code, stdout, stderr = baocao("SIGTERM", "checking", ["check", *ARGS, "--json"], workspace)
    assert (code, stderr) == (143, f"LỖI: {message}\n")
    found = json.loads(stdout)
    assert (found["errors"], [p["message"] for p in found["problems"]]) == (1, [message])


def test_a_signal_as_the_handlers_are_set(workspace: Path) -> None:
    """A signal while the console script sets its handlers: the same one line, never a
    traceback."""
    args = ["build", *ARGS, "--log-file", "run.log"]
    assert baocao("SIGTERM", "setting-up", args, workspace) == (
        143,
        "",
        "LỖI: Đã dừng vì nhận tín hiệu SIGTERM.\n",
    )
    assert names(workspace) == ["baocao.toml", "data"]


def send(number: signal.Signals) -> None:
    """Send ``number`` to this process, once sure baocao's handler takes it (the default
    would end the test run)."""
    assert getattr(signal.getsignal(number), "__module__", None) == "baocao.interrupt"
    signal.raise_signal(number)


def test_the_innermost_stop_speaks_and_handlers_are_put_back() -> None:
    before = {n: signal.getsignal(n) for n in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)}
    with (
        pytest.raises(Interrupted) as stopped,
        signals_stop(undone("chưa tạo báo cáo")),
        signals_stop(lambda name: f"Đang tạo PDF: {name}."),
    ):
        send(signal.SIGTERM)
    assert (str(stopped.value), stopped.value.exit_code) == ("Đang tạo PDF: SIGTERM.", 143)
    assert {n: signal.getsignal(n) for n in before} == before


def test_held_statements_run_together_then_the_signal_stops() -> None:
    steps = []
    with (
        pytest.raises(Interrupted) as stopped,
        signals_stop(undone("chưa tạo báo cáo"), ctrl_c=True),
    ):
        with held():
            send(signal.SIGINT)
            steps.append("held")
        steps.append("after")
    assert steps == ["held"]
    assert (str(stopped.value), stopped.value.exit_code) == (
        "Đã dừng vì nhận tín hiệu SIGINT (Ctrl-C); chưa tạo báo cáo.",
        130,
    )


def test_after_a_commit_a_signal_waits_for_the_next_stop() -> None:
    """Once a file is in place the open stops hold a signal; a stop opened later (the PDF's
    conversion) raises it at once, with its own message."""
    steps = []
    with pytest.raises(Interrupted) as stopped, signals_stop(undone("chưa tạo báo cáo")):
        committed()
        send(signal.SIGHUP)
        steps.append("held")
        with signals_stop(lambda name: f"Đang tạo PDF: {name}."):
            steps.append("converting")
    assert steps == ["held"]
    assert (str(stopped.value), stopped.value.exit_code) == ("Đang tạo PDF: SIGHUP.", 129)


def test_a_signal_held_to_the_end_is_dropped() -> None:
    """A run whose file is in place ends as it would have; the next run starts afresh."""
    with signals_stop(undone("chưa tạo báo cáo")):
        committed()
        send(signal.SIGTERM)
    with pytest.raises(Interrupted), signals_stop(undone("chưa tạo báo cáo")):
        send(signal.SIGTERM)


def test_a_second_signal_does_not_cut_the_cleanup_short() -> None:
    steps = []
    with pytest.raises(Interrupted) as stopped, signals_stop(undone("chưa tạo báo cáo")):
        try:
            send(signal.SIGTERM)
        finally:
            send(signal.SIGTERM)
            steps.append("cleaned up")
    assert steps == ["cleaned up"]
    assert stopped.value.exit_code == 143


def test_a_signal_in_a_finalizer_stops_the_run_after_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A signal handled while the garbage collector runs a ``__del__``: Python would print
    the exception there and go on. It is not printed; the signal comes back a moment
    later and stops the run where it can."""

    class Finalized:
        def __del__(self) -> None:
            send(signal.SIGTERM)
            steps.append("finalized")

    steps = []
    start = time.monotonic()
    with pytest.raises(Interrupted) as stopped, signals_stop(undone("chưa tạo báo cáo")):
        Finalized()  # finalized at once: no name holds it
        steps.append("went on")
        time.sleep(5)  # the signal sent again (after 0.01 s) cuts this wait short
    assert steps == ["went on"]
    assert time.monotonic() - start < 4
    assert str(stopped.value) == "Đã dừng vì nhận tín hiệu SIGTERM; chưa tạo báo cáo."
    assert capsys.readouterr() == ("", "")


def test_a_program_using_the_library_keeps_its_ctrl_c() -> None:
    """Outside the console script a stop leaves SIGINT alone: a program calling
    ``build_report(pdf=True)`` still gets its KeyboardInterrupt (and its own handler).
    Python's own handler is set first: a run started in the background (``cmd &`` from a
    script, cron) inherits SIGINT ignored, and no KeyboardInterrupt would come at all."""
    inherited = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        before = signal.getsignal(signal.SIGINT)
        with signals_stop(undone("chưa tạo báo cáo")):
            assert signal.getsignal(signal.SIGINT) is before
            with pytest.raises(KeyboardInterrupt):
                signal.raise_signal(signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, inherited)


def test_another_threads_stops_leave_the_main_threads_alone() -> None:
    """A program building in threads: a worker's stop, held steps and commit do nothing, so
    the main thread's stop still raises (a worker's commit made it hold SIGTERM, then drop
    it)."""
    import threading

    def worker() -> None:
        with signals_stop(undone("chưa tạo báo cáo")), held():
            committed()

    with pytest.raises(Interrupted) as stopped, signals_stop(undone("chưa tạo báo cáo")):
        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        send(signal.SIGTERM)
    assert (str(stopped.value), stopped.value.exit_code) == (
        "Đã dừng vì nhận tín hiệu SIGTERM; chưa tạo báo cáo.",
        143,
    )


# A child that runs the console script with a signal sent as it loads the CLI.
LOADING = """
import os, signal, sys, time

number = getattr(signal, sys.argv[1])
# As a fresh Python in a terminal starts (a background job of a shell ignores Ctrl-C).
signal.signal(signal.SIGINT, signal.default_int_handler)
for other in (signal.SIGTERM, signal.SIGHUP):
    signal.signal(other, signal.SIG_DFL)
for name in ("baocao.cli", "baocao.__main__"):  # the child is forked with them loaded
    sys.modules.pop(name, None)


class Loading:
    def find_spec(self, name, path=None, target=None):
        if name == "baocao.cli":
            os.kill(os.getpid(), number)
            time.sleep(30)  # the handler raises here; without one the signal ends the process
        return None


sys.meta_path.insert(0, Loading())
from baocao.__main__ import main

sys.argv = ["baocao", *sys.argv[2:]]
main()
"""


@pytest.mark.parametrize(
    ("name", "code", "shown"),
    [("SIGTERM", 143, "SIGTERM"), ("SIGINT", 130, "SIGINT (Ctrl-C)"), ("SIGHUP", 129, "SIGHUP")],
)
def test_a_signal_as_the_cli_loads(workspace: Path, name: str, code: int, shown: str) -> None:
    """A signal in the fifth of a second the CLI takes to load killed the process without a
    word (SIGTERM: exit code -15) or showed Python's KeyboardInterrupt traceback (Ctrl-C);
    it is one line now, check --json's document too, and nothing is written."""
    done = python_child(LOADING, name, "check", *ARGS, "--json", cwd=workspace)
    message = f"Đã dừng vì nhận tín hiệu {shown}."
    assert (done.returncode, done.stderr) == (code, f"LỖI: {message}\n")
    assert [p["message"] for p in json.loads(done.stdout)["problems"]] == [message]
    assert names(workspace) == ["baocao.toml", "data"]
