"""Python children that start in milliseconds: `python -c CODE ARGS`, run the way a fresh
interpreter runs it, without paying for the import of baocao and its libraries each time.

Each test worker keeps one server per start-up environment (the variables Python reads
as it starts: ``PYTHON*``, the locale's). The server is a plain Python, started as
``python -c SERVER`` with that environment, that imports every baocao module once and
then waits. For each request it forks; the child takes the request's stdin, stdout and
stderr as its descriptors 0-2, its folder, environment and ``sys.argv``, runs the code
as ``__main__`` and ends as `python -c` ends: through ``SystemExit``, an uncaught error
or the code's end, so Python's own exit (the flush of a buffered stdout, its "Exception
ignored" on failure, the exit code 120) happens as in a fresh process. The server's
streams were set up at its start as a fresh Python sets them up with that environment
(buffered unless ``PYTHONUNBUFFERED``), and it never ran a command: the child starts from
the state a fresh import leaves (no signal handler, cache or open store of baocao's).

What a forked child does not share with a fresh one: a signal in the first moments of a
fresh run, while Python loads baocao, which no test sends; the hash seed, one for all the
children of a server; and ``sys.modules``, which holds baocao and its libraries already,
so a test of what a command imports (``test_routine``'s help test, ``test_store``'s
``KEPT_RUN``) starts a fresh Python of its own. Without fork (Windows), the child is an
ordinary subprocess, so a test runs as written. A server serves one request at a time:
the tests of a worker run one after another.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import locale
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SERVER = r"""
import importlib, json, os, pkgutil, socket, sys, time, types

import baocao

# baocao's modules, and the libraries they import only when a command needs them.
LIBRARIES = ["docx", "docxtpl", "docxtpl_lint.core", "lxml.etree", "openpyxl.comments",
             "openpyxl.styles", "openpyxl.worksheet.datavalidation"]
MODULES = [m.name for m in pkgutil.iter_modules(baocao.__path__, "baocao.")]
for found in MODULES + LIBRARIES:
    try:
        importlib.import_module(found)
    except ImportError:  # an optional extra, the chart's matplotlib: loaded when used
        pass

channel = socket.socket(fileno=int(sys.argv[1]))
while True:
    message, fds, _, _ = socket.recv_fds(channel, 1 << 20, 3)
    if not message:  # the test worker has gone
        os._exit(0)
    pid = os.fork()
    if pid:
        for fd in fds:
            os.close(fd)
        channel.send(json.dumps({"pid": pid}).encode())
        status = os.waitpid(pid, 0)[1]
        channel.send(json.dumps({"code": os.waitstatus_to_exitcode(status)}).encode())
        continue
    channel.close()
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
    for fd in set(fds) - {0, 1, 2}:
        os.close(fd)
    request = json.loads(message)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    time.tzset()  # the time zone, read from TZ as a fresh Python starts
    sys.argv = ["-c", *request["args"]]
    main = types.ModuleType("__main__")
    sys.modules["__main__"] = main
    source = request["code"]
    del found, message, fds, request, channel, MODULES, LIBRARIES
    try:
        exec(compile(source, "<string>", "exec"), main.__dict__)
    except SystemExit:
        raise
    except BaseException as exc:
        # Left to Python's own exit (its traceback, exit code 1, the SIGINT of an uncaught
        # KeyboardInterrupt) without this loop's frame: a bare raise adds none back, and a
        # SyntaxError of compile() is then printed without a traceback, as by `python -c`.
        exc.with_traceback(exc.__traceback__.tb_next)
        raise
    break  # the code came to its end: Python exits here with 0, as after `python -c`
"""
# What Python reads from the environment as it starts (streams, encoding, paths, flags).
_LOCALE = ("LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE")


def _startup(env: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((k, v) for k, v in env.items() if k.startswith("PYTHON") or k in _LOCALE))


class _Server:
    """One server process and the worker's end of its channel."""

    def __init__(self, env: dict[str, str]) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.channel = ours
        self.said = tempfile.TemporaryFile()  # noqa: SIM115 - the server's stderr, kept open
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(theirs.fileno())],
            pass_fds=(theirs.fileno(),),
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self.said,
        )
        theirs.close()

    def close(self) -> None:
        self.channel.close()  # the server sees the end of its channel and exits
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.said.close()

    def ended(self) -> RuntimeError:
        """The error of a server that is gone, with what it said."""
        self.said.seek(0)
        said = self.said.read().decode("utf-8", "replace")
        return RuntimeError(f"the fork server of the tests ended: {said}")

    def start(self, request: dict[str, Any], streams: list[int], deadline: float) -> int:
        """Send the request with the child's descriptors 0-2; the child's pid."""
        socket.send_fds(self.channel, [json.dumps(request).encode()], streams)
        return int(json.loads(self._receive(deadline))["pid"])

    def exit_code(self, deadline: float) -> int:
        """The child's exit code, as ``subprocess`` gives it (-N for signal N)."""
        return int(json.loads(self._receive(deadline))["code"])

    def _receive(self, deadline: float) -> bytes:
        ready, _, _ = select.select([self.channel], [], [], max(0.0, deadline - time.monotonic()))
        message = self.channel.recv(4096) if ready else b""
        if not message:
            raise ConnectionError("the fork server did not answer")
        return message


# Forking needs POSIX; the channel, a socket that keeps each message whole.
FORKS = hasattr(os, "fork") and hasattr(socket, "SOCK_SEQPACKET") and sys.platform != "darwin"
_servers: dict[tuple[tuple[str, str], ...], _Server] = {}


def _server(env: dict[str, str]) -> _Server:
    key = _startup(env)
    if key not in _servers:
        _servers[key] = _Server(env)
    return _servers[key]


@atexit.register
def _close_servers() -> None:
    for server in _servers.values():
        server.close()
    _servers.clear()


def python_c(
    code: str,
    args: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    stdout: int,
    stderr: int,
    timeout: float,
) -> subprocess.CompletedProcess[str]:
    """`python -c code args` in ``cwd`` with ``env``, as ``subprocess.run(..., text=True,
    check=False)`` would give it; ``stdout`` and ``stderr`` are ``subprocess.PIPE`` or a
    descriptor, stdin the null device. Forked from a server where POSIX allows, else an
    ordinary subprocess."""
    command = [sys.executable, "-c", code, *args]
    if FORKS and all(s == subprocess.PIPE or s >= 0 for s in (stdout, stderr)):
        return _forked(
            _server(env), command, cwd=cwd, env=env, streams=(stdout, stderr), timeout=timeout
        )
    return subprocess.run(
        command,
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=stderr,
        text=True,
        timeout=timeout,
        check=False,
    )


def _forked(
    server: _Server,
    command: list[str],
    *,
    cwd: Path,
    env: dict[str, str],
    streams: tuple[int, int],
    timeout: float,
) -> subprocess.CompletedProcess[str]:
    """``command`` run by a child of ``server``; killed, as ``subprocess.run`` kills it,
    when it has not ended within ``timeout``."""
    deadline = time.monotonic() + timeout
    pipes = {
        name: os.pipe()
        for name, s in zip(("stdout", "stderr"), streams, strict=True)
        if s == subprocess.PIPE
    }
    null = os.open(os.devnull, os.O_RDONLY)
    given = [null] + [
        pipes[n][1] if n in pipes else s for n, s in zip(("stdout", "stderr"), streams, strict=True)
    ]
    request = {"code": command[2], "args": command[3:], "cwd": str(cwd), "env": env}
    try:  # a server still importing baocao is not the child's time
        pid = server.start(request, given, max(deadline, time.monotonic() + 60))
    except (OSError, ConnectionError) as exc:  # the next request starts a new server
        _servers.pop(_startup(env), None)
        for read, _ in pipes.values():
            os.close(read)
        raise server.ended() from exc
    finally:
        for fd in [null, *(write for _, write in pipes.values())]:
            os.close(fd)
    said = _drain({name: read for name, (read, _) in pipes.items()}, deadline)
    try:
        if said is None:
            raise ConnectionError("time is up")
        returncode = server.exit_code(deadline)
    except ConnectionError:
        try:  # ended already (a process it started holds the pipes): reaped, not killed,
            server.exit_code(time.monotonic())  # as its pid may be another process's now
        except ConnectionError:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            server.exit_code(time.monotonic() + 5)
        raise subprocess.TimeoutExpired(command, timeout) from None
    encoding = locale.getpreferredencoding(False)
    texts = {  # as subprocess.run(text=True) decodes: universal newlines
        name: data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
        for name, data in said.items()
    }
    return subprocess.CompletedProcess(
        command, returncode, texts.get("stdout"), texts.get("stderr")
    )


def _drain(reads: dict[str, int], deadline: float) -> dict[str, bytes] | None:
    """Everything written to the pipes ``reads`` until each is closed; None at the deadline
    (the descriptors are closed either way)."""
    said = {name: bytearray() for name in reads}
    open_ = dict(reads)
    try:
        while open_:
            left = deadline - time.monotonic()
            ready, _, _ = select.select(list(open_.values()), [], [], max(0.0, left))
            if not ready:
                return None
            for name, fd in list(open_.items()):
                if fd in ready:
                    chunk = os.read(fd, 65536)
                    if chunk:
                        said[name] += chunk
                    else:
                        del open_[name]
    finally:
        for fd in reads.values():
            os.close(fd)
    return {name: bytes(data) for name, data in said.items()}
