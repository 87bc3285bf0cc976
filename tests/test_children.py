"""The tests' fork server (``children``) gives what a fresh `python -c` gives: the same
exit code, stdout and stderr for the same code, arguments, folder and environment, down to
Python's own exit (a stdout it cannot flush), its streams' buffering and its signal
handlers; and a child past its time is killed."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from children import FORKS, python_c

pytestmark = pytest.mark.skipif(not FORKS, reason="the fork server needs POSIX fork")

ENV = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"},
    "PYTHONPATH": os.pathsep.join(sys.path),
}


Result = tuple[int, str, str]


def both(
    code: str, *args: str, cwd: Path, env: dict[str, str] = ENV, stdout: int = -1
) -> tuple[Result, Result]:
    """The forked child's result and a fresh interpreter's, as (code, stdout, stderr)."""
    forked = python_c(
        code, list(args), cwd=cwd, env=env, stdout=stdout, stderr=subprocess.PIPE, timeout=60
    )
    fresh = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=cwd,
        env=env,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )
    return (
        (forked.returncode, forked.stdout, forked.stderr),
        (fresh.returncode, fresh.stdout, fresh.stderr),
    )


@pytest.mark.parametrize(
    "code",
    [
        # what the child is given, and an exit code of its own
        "import os, sys; print(sys.argv, os.getcwd(), os.environ['X'], sys.path); sys.exit(3)",
        # an uncaught exception: the same traceback, exit code 1
        "print('before')\nraise ValueError('x')",
        # Ctrl-C not caught: its traceback, then Python ends itself by SIGINT
        "import atexit\natexit.register(print, 'exit')\nraise KeyboardInterrupt",
        # code Python cannot compile: the error without a traceback
        "print(1 +)",
        # streams set up as a fresh Python sets them up for pipes
        "import sys\nfor s in (sys.stdin, sys.stdout, sys.stderr):\n"
        "    print(s.encoding, s.errors, s.line_buffering, s.write_through)",
        # the signal handlers Python sets as it starts
        "import signal\nprint([signal.getsignal(getattr(signal, n)) for n in "
        "('SIGINT', 'SIGTERM', 'SIGHUP', 'SIGPIPE', 'SIGXFSZ')])",
        # output left in the buffer is written at Python's exit
        "import sys, os\nsys.stdout.write('kept')\nos.write(2, b'first')",
    ],
    ids=["given", "traceback", "interrupt", "syntax", "streams", "signals", "flushed-at-exit"],
)
def test_forked_child_is_a_fresh_interpreter(tmp_path: Path, code: str) -> None:
    forked, fresh = both(code, "a b", "c", cwd=tmp_path, env={**ENV, "X": "y"})
    assert forked == fresh


def test_the_childs_time_zone_is_its_own(tmp_path: Path) -> None:
    """TZ is read as the child starts, not kept from the server's start (the run log's
    times are local)."""
    code = "import time; print(time.tzname, time.localtime(1_700_000_000).tm_gmtoff)"
    forked, fresh = both(code, cwd=tmp_path, env={**ENV, "TZ": "Asia/Ho_Chi_Minh"})
    assert forked == fresh
    assert forked[1] == "('+07', '+07') 25200\n"


def test_a_stdout_python_cannot_flush_at_exit(tmp_path: Path) -> None:
    """Python's own exit: the flush fails, it says "Exception ignored" and exits with 120."""
    with Path("/dev/full").open("wb") as full:
        forked, fresh = both("print('x')", cwd=tmp_path, stdout=full.fileno())
    assert forked == fresh
    assert forked[0] == 120


def test_a_child_past_its_time_is_killed(tmp_path: Path) -> None:
    marker = tmp_path / "pid"
    code = f"import os, time; open({str(marker)!r}, 'w').write(str(os.getpid())); time.sleep(60)"
    start = time.monotonic()
    with pytest.raises(subprocess.TimeoutExpired):
        python_c(code, [], cwd=tmp_path, env=ENV, stdout=-1, stderr=-1, timeout=0.5)
    assert time.monotonic() - start < 10
    with pytest.raises(ProcessLookupError):
        os.kill(int(marker.read_text()), 0)


def test_a_child_already_ended_is_not_killed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A child that ended at once but left a process holding its stdout: the time runs out
    on the pipe, as with subprocess.run, but the child was reaped by the server, so its pid
    (which the system may have given to another process) is not sent SIGKILL."""
    killed: list[int] = []
    monkeypatch.setattr(os, "kill", lambda pid, number: killed.append(pid))
    # The child ends in a few milliseconds; the 1.5 s leave room for a loaded machine,
    # where a child still running at the deadline is rightly killed.
    code = "import subprocess; subprocess.Popen(['sleep', '4'])"
    with pytest.raises(subprocess.TimeoutExpired):
        python_c(code, [], cwd=tmp_path, env=ENV, stdout=-1, stderr=-1, timeout=1.5)
    assert killed == []
