"""Output that cannot be printed: stdout on a full disk (/dev/full) or a pipe whose reader
has gone. Never a traceback; build, init and setup, whose files are written, say so on
stderr and succeed; check, history and --help, whose output is the result, exit with 7."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from helpers import python_child

FULL = "ổ đĩa đã đầy"
CLOSED = "đầu đọc của ống dẫn đã đóng (chương trình nhận dữ liệu đã thoát)"
UNPRINTED = "Không in được kết quả ra đầu ra chuẩn (stdout): {reason}."
ARGS = ["--month", "3", "--year", "2024"]
MAIN = "from baocao.cli import main; main()"

pytestmark = pytest.mark.skipif(
    not Path("/dev/full").exists(), reason="needs /dev/full and POSIX pipes"
)


@contextmanager
def unwritable(kind: str) -> Iterator[int]:
    """A descriptor every write to which fails: /dev/full (ENOSPC), or the writing end of
    a pipe whose reading end is already closed (EPIPE), so the failure never depends on
    timing."""
    if kind == "full":
        with Path("/dev/full").open("wb") as full:
            yield full.fileno()
        return
    read, write = os.pipe()
    os.close(read)
    try:
        yield write
    finally:
        os.close(write)


def baocao(args: list[str], cwd: Path, stdout: str) -> tuple[int, str]:
    """Run the console script in a fresh process with an unwritable stdout; returns the
    exit code and stderr. Its streams are buffered, as under cron (PYTHONUNBUFFERED would
    hide a failure of Python's own flush at exit)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    with unwritable(stdout) as fd:
        done = python_child(MAIN, *args, cwd=cwd, env=env, stdout=fd)
    return done.returncode, done.stderr


def log_fields(log: Path) -> list[str]:
    """The result and detail of the log's only line."""
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    return lines[0].split("\t")[3:]


@pytest.mark.parametrize(
    ("stdout", "reason"), [("full", FULL), ("closed", CLOSED)], ids=["full", "closed"]
)
def test_build_whose_stdout_cannot_be_written(workspace: Path, stdout: str, reason: str) -> None:
    """The report is written and logged OK, so the run succeeds: exit 0, and the line stdout
    could not take is said on stderr with why (no traceback, no "Exception ignored")."""
    code, stderr = baocao(["build", *ARGS, "--log-file", "run.log"], workspace, stdout)
    report = Path("out") / "BaoCao_T03_2024.docx"
    assert (code, stderr) == (
        0,
        f"CẢNH BÁO: {UNPRINTED.format(reason=reason)} Đã tạo báo cáo: {report}\n",
    )
    assert (workspace / report).is_file()
    assert log_fields(workspace / "run.log") == ["OK", str(workspace / report)]


def test_check_whose_stdout_is_full(workspace: Path) -> None:
    """check's output is its result: exit 7 with one line on stderr, and the log line
    says the same (not the check's own OK)."""
    code, stderr = baocao(["check", *ARGS, "--log-file", "run.log"], workspace, "full")
    message = UNPRINTED.format(reason=FULL)
    assert (code, stderr) == (7, f"LỖI: {message}\n")
    assert log_fields(workspace / "run.log") == ["LỖI 7", message]


@pytest.mark.parametrize(
    ("args", "stdout", "reason"),
    [
        (["history", "--code", "gtsx", "--csv"], "closed", CLOSED),
        (["check", *ARGS, "--json"], "closed", CLOSED),
        (["build", "--help"], "full", FULL),
    ],
    ids=["history", "check-json", "help"],
)
def test_output_that_is_the_result_cannot_be_written(
    workspace: Path, args: list[str], stdout: str, reason: str
) -> None:
    """history's series, check's JSON, a help screen: exit 7 and one line on stderr."""
    code, stderr = baocao(args, workspace, stdout)
    assert (code, stderr) == (7, f"LỖI: {UNPRINTED.format(reason=reason)}\n")


def test_output_to_a_stdout_closed_before_the_run(workspace: Path) -> None:
    """stdout closed by the job (`>&-`): Python leaves sys.stdout None and click printed
    nothing, so check --json exited 0 with no JSON and logged OK. Now check's output
    is an error (exit 7, logged), build's line a warning on stderr (exit 0)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    closed = ["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-c", MAIN]
    check = [*closed, "check", *ARGS, "--json", "--log-file", "run.log"]
    done = subprocess.run(check, cwd=workspace, env=env, capture_output=True, check=False)
    message = UNPRINTED.format(reason="đầu ra chuẩn đã bị đóng")
    assert (done.returncode, done.stderr.decode()) == (7, f"LỖI: {message}\n")
    assert log_fields(workspace / "run.log") == ["LỖI 7", message]
    build = [*closed, "build", *ARGS]
    done = subprocess.run(build, cwd=workspace, env=env, capture_output=True, check=False)
    report = Path("out") / "BaoCao_T03_2024.docx"
    assert (done.returncode, done.stderr.decode()) == (
        0,
        f"CẢNH BÁO: {message} Đã tạo báo cáo: {report}\n",
    )


def test_setup_whose_stdout_is_full(tmp_path: Path) -> None:
    """setup's files are written: its three lines become one warning on stderr, exit 0."""
    code, stderr = baocao(["setup", "so", "--month", "1", "--year", "2025"], tmp_path, "full")
    config = Path("so") / "baocao.toml"
    assert (code, stderr) == (
        0,
        f"CẢNH BÁO: {UNPRINTED.format(reason=FULL)} Đã tạo tệp cấu hình: {config}; đã tạo "
        f"sổ dữ liệu: {Path('so') / 'data' / '2025-01.xlsx'}; tiếp theo: điền các giá trị "
        f"«(chưa điền)» trong baocao.toml và số liệu trong sổ, rồi chạy: baocao check "
        f"--config {config} --month 1 --year 2025\n",
    )
    assert sorted(p.name for p in (tmp_path / "so").rglob("*") if p.is_file()) == [
        "2025-01.xlsx",
        "baocao.toml",
    ]
