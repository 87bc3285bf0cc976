"""``python -m baocao`` and the ``baocao`` console script: the collector held while the
CLI and a command's library load (``collector``), then the CLI (``cli.main``).

Loading the CLI takes a fifth of a second or more on a busy machine, before the CLI's
own handlers are set (``interrupt``). A signal then (a scheduler's SIGTERM, Ctrl-C) ends
the run as a signal before the options are read does: "LỖI: Đã dừng vì nhận tín hiệu
SIGTERM." and exit code 128 + n, not Python's KeyboardInterrupt traceback or a process
killed without a word."""

import signal
import sys

from baocao.collector import hold, restore

_LOADING = ("SIGTERM", "SIGHUP", "SIGBREAK")  # Ctrl-C is Python's KeyboardInterrupt here
_SHOWN = {"SIGINT": "SIGINT (Ctrl-C)", "SIGBREAK": "SIGBREAK (Ctrl-Break)"}


class _Loading(BaseException):
    """A signal while the CLI loads."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _raise(signum: int, frame: object) -> None:
    raise _Loading(signum)


def _stopped(signum: int) -> None:
    """Say the run stopped, as ``check --json`` would too, and exit with 128 + the signal."""
    for name in (*_LOADING, "SIGINT"):  # a second signal must not cut the line short
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, signal.SIG_IGN)
    name = signal.Signals(signum).name
    message = f"Đã dừng vì nhận tín hiệu {_SHOWN.get(name, name)}."
    sys.stderr.write(f"LỖI: {message}\n")
    from baocao.stoppedjson import say_stopped_json

    say_stopped_json(message)
    sys.exit(128 + signum)


def main() -> None:
    """The console script."""
    hold()
    try:
        numbers = [getattr(signal, n) for n in _LOADING if hasattr(signal, n)]
        previous = {number: signal.getsignal(number) for number in numbers}
        try:
            for number in numbers:
                signal.signal(number, _raise)
            from baocao.cli import main as run_cli
        except KeyboardInterrupt:
            _stopped(signal.SIGINT)
        except _Loading as exc:
            _stopped(exc.signum)
        for number, handler in previous.items():  # the CLI sets its own at once
            signal.signal(number, handler)
        run_cli()
    finally:
        restore()  # a run that stopped before a command released it (``--help``)


if __name__ == "__main__":
    main()
