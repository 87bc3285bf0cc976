"""Signals that stop a run cleanly: SIGTERM (a scheduler's time limit), SIGHUP (a closed
terminal), Ctrl-C (SIGINT) and, on Windows, Ctrl-Break (SIGBREAK).

Inside ``signals_stop`` such a signal raises ``Interrupted`` where the program is, so
every ``finally`` on the way runs: the temporary report is removed, LibreOffice is
stopped, the folder's lock released, and the CLI writes its log line and one line on
stderr, then exits with 128 + the signal's number (143 for SIGTERM, 130 for Ctrl-C). A
second signal does not cut that cleanup short. Stops nest, and the innermost one's
message is said (LibreOffice's conversion names the report already written).

Once ``output.write_atomic`` has moved a file into place (``committed``), the stops open
at that moment no longer raise: the run's result exists and what is left of it (the log
line, the lines printed) takes milliseconds, so a signal is then held and the run ends
as it would have. A stop opened later (the PDF's conversion) raises again, at once for a
signal held. ``held`` keeps a few statements together: a file made and recorded as made,
moved into place and recorded as such. A signal that lands in a finalizer, where Python
would print the exception and go on, is sent again a moment later.
"""

from __future__ import annotations

import atexit
import contextlib
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from baocao.errors import Interrupted

SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT", "SIGBREAK")  # those a platform lacks are skipped
_SHOWN = {"SIGINT": "SIGINT (Ctrl-C)", "SIGBREAK": "SIGBREAK (Ctrl-Break)"}


@dataclass
class _Stop:
    message: Callable[[str], str]  # the signal's name as shown → what the run says
    live: bool = True  # False once a file was moved into place while this stop was open


@dataclass
class _State:
    stops: list[_Stop] = field(default_factory=list)
    previous: dict[int, Any] = field(default_factory=dict)  # the handlers to put back
    held: int = 0
    pending: int | None = None  # a signal held, not acted on yet
    stopping: bool = False  # Interrupted was raised: later signals are ignored
    at_exit: bool = False  # the signals are ignored once Python exits (``whole_run_stop``)
    hook: Callable[[Any], object] = sys.unraisablehook  # Python's, put back by the outermost


_state = _State()


def undone(what: str) -> Callable[[str], str]:
    """The message of a run stopped before it made anything: ``what`` was not done
    ("Đã dừng vì nhận tín hiệu SIGTERM; chưa tạo báo cáo.")."""
    return lambda name: f"Đã dừng vì nhận tín hiệu {name}; {what}."


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def signals_stop(message: Callable[[str], str], *, ctrl_c: bool = False) -> Iterator[None]:
    """While inside, SIGTERM, SIGHUP (and SIGBREAK) raise ``Interrupted`` with
    ``message(signal name)`` and exit code 128 + the signal's number; so does Ctrl-C
    (SIGINT) when the outermost stop takes it (``ctrl_c``: the console script's, so a
    program using ``baocao.api`` keeps its KeyboardInterrupt). The outermost stop sets the
    handlers and puts the earlier ones back. Only the main thread can: in another thread
    (a program building in threads) this, ``held`` and ``committed`` do nothing, and its
    state is the main thread's alone."""
    if not _main_thread():
        yield
        return
    outermost = not _state.stops
    _state.stops.append(_Stop(message))
    try:  # a signal as soon as a handler is set stops the run from here, undoing this stop
        if outermost:
            _install(ctrl_c)
        if _state.pending is not None and not _state.stopping:
            _stop(_state.pending)  # held since a file was committed; this stop is live
        yield
    finally:
        if outermost:
            _restore()
        _state.stops.pop()


def _install(ctrl_c: bool) -> None:
    _state.hook, sys.unraisablehook = sys.unraisablehook, _unraisable
    for name in SIGNALS if ctrl_c else (n for n in SIGNALS if n != "SIGINT"):
        number = getattr(signal, name, None)
        if number is not None:
            with contextlib.suppress(ValueError):  # not the main thread
                _state.previous[number] = signal.getsignal(number)  # known before it is set
                signal.signal(number, _handler)


def _restore() -> None:
    for number, handler in _state.previous.items():
        with contextlib.suppress(ValueError):  # not the main thread: none was set
            # None: a handler not set from Python; the default is the nearest to it.
            signal.signal(number, signal.SIG_DFL if handler is None else handler)
    _state.previous.clear()
    sys.unraisablehook = _state.hook
    _state.held, _state.pending, _state.stopping = 0, None, False  # a held signal: dropped


@contextmanager
def whole_run_stop() -> Iterator[None]:
    """The console script's stop, around the whole run: a signal outside a command's own
    stop says "Đã dừng vì nhận tín hiệu SIGTERM.". Entering it may raise ``Interrupted``
    too (a signal as the handlers are set). Once a signal stopped the run, and once the
    run is over and Python exits, the signals are ignored: a run that ended (its report
    written, logged and said) is not killed while the interpreter shuts down, which would
    make its exit status that of a run the signal stopped."""
    if not _state.at_exit:
        _state.at_exit = True
        atexit.register(_ignore_signals)
    try:
        with signals_stop(lambda name: f"Đã dừng vì nhận tín hiệu {name}.", ctrl_c=True):
            yield
    except Interrupted:  # the run ends now: a second signal must not cut its last line short
        _ignore_signals()
        raise


def _ignore_signals() -> None:
    for name in SIGNALS:
        number = getattr(signal, name, None)
        if number is not None:
            with contextlib.suppress(ValueError):  # not the main thread
                signal.signal(number, signal.SIG_IGN)


@contextmanager
def held() -> Iterator[None]:
    """Statements that run all or not at all: a signal inside is acted on after them."""
    if not _main_thread():
        yield
        return
    _state.held += 1
    try:
        yield
    finally:
        _state.held -= 1
    if _state.pending is not None and not _state.held and _live():
        _stop(_state.pending)


def committed() -> None:
    """A file was moved into place: the stops open now hold signals instead of raising."""
    if not _main_thread():
        return
    for stop in _state.stops:
        stop.live = False


def _live() -> bool:
    return bool(_state.stops) and _state.stops[-1].live and not _state.stopping


def _handler(signum: int, frame: object) -> None:
    if _state.stopping or not _state.stops:
        return
    if _state.held or not _state.stops[-1].live:
        _state.pending = _state.pending or signum
        return
    _stop(signum)


def _unraisable(unraisable: Any) -> None:
    """Python prints and drops an exception raised where it cannot propagate, above all in
    a finalizer (``__del__``) the garbage collector runs in the middle of the work: an
    ``Interrupted`` there is not printed, and its signal is sent again in a moment, to stop
    the run where it can."""
    if isinstance(unraisable.exc_value, Interrupted) and _state.stops:
        _state.stopping = False
        here = threading.get_ident()  # the main thread, the only one a handler runs in
        again = threading.Timer(0.01, _send, (here, unraisable.exc_value.signum))
        again.daemon = True
        again.start()
    else:
        _state.hook(unraisable)


def _send(thread: int, signum: int) -> None:
    """Send ``signum`` to ``thread``, so that a wait there (``time.sleep``, LibreOffice's
    end) is cut short too; Windows has no such call, the process gets it."""
    if hasattr(signal, "pthread_kill"):
        signal.pthread_kill(thread, signum)
    else:  # pragma: no cover - POSIX in CI
        signal.raise_signal(signum)


def _stop(signum: int) -> None:
    _state.stopping = True
    name = signal.Signals(signum).name
    raise Interrupted(signum, _state.stops[-1].message(_SHOWN.get(name, name)))
