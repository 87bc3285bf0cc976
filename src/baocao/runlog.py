"""One line per run appended to ``--log-file``, for the IT person who schedules builds."""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from baocao.console import say
from baocao.errors import Interrupted, Severity, os_reason
from baocao.files import NotRegularFileError, append_regular
from baocao.interrupt import signals_stop, undone
from baocao.period import Period


def log_run(
    path: Path | None, command: str, period: Period, code: int, detail: str, warned: int = 0
) -> None:
    """Append the run's line to ``path`` (``--log-file``), if given; a log that cannot be
    written is a warning on stderr."""
    if path is not None:
        trouble = append_log(path, log_line(command, period.iso, code, detail, warned))
        if trouble:
            say(trouble, err=True)


@contextmanager
def logged_stop(path: Path | None, command: str, period: Period, what: str) -> Iterator[None]:
    """A signal stops the run inside (``interrupt.signals_stop``, saying ``what`` was not
    done, "chưa tạo báo cáo"), and the run's line says so."""
    try:
        with signals_stop(undone(what)):
            yield
    except Interrupted as exc:
        log_run(path, command, period, exc.exit_code, str(exc))
        raise


def log_line(command: str, period: str, code: int, detail: str, warned: int = 0) -> str:
    """``time<TAB>command<TAB>Y-MM<TAB>OK|LỖI <code><TAB>detail``, on one line, and
    ``<TAB>N cảnh báo`` after a report written with ``warned`` warnings: an "OK" alone
    told whoever reads the log of a scheduled build that nothing needed a look. The detail
    of a failed run is said without its "LỖI: ", which the result field says ("LỖI 1")."""
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    result = "OK" if code == 0 else f"{Severity.ERROR.value} {code}"
    said = " ".join(detail.split())
    if code:
        said = said.removeprefix(f"{Severity.ERROR.value}: ")
    fields = [stamp, command, period, result, said]
    return "\t".join(fields + ([f"{warned} cảnh báo"] if warned else [])) + "\n"


def append_log(path: Path, line: str) -> str | None:
    """Append ``line``; returns a Vietnamese message when the log cannot be written.

    The log must be a regular file: a FIFO (which would block the run for ever), a
    device or a folder is refused with that message.
    """
    try:
        if _document(path):
            return (
                f"CẢNH BÁO: không ghi được nhật ký {path}: đường dẫn này là một tài liệu "
                "(.docx, .xlsx hay .pdf), không phải tệp nhật ký; dòng nhật ký không được "
                "ghi vào đó. Hãy sửa --log-file."
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        # A path's bytes that are no UTF-8 (a folder named in an old code page) are written
        # back as they are on disk, as stdout writes them, not a traceback after the report.
        text = line.replace("\n", os.linesep)  # as text mode
        append_regular(path, text.encode("utf-8", "surrogateescape"))
    except NotRegularFileError as exc:
        return f"CẢNH BÁO: không ghi được nhật ký {path}: đường dẫn này là {exc.kind}."
    except OSError as exc:
        return f"CẢNH BÁO: không ghi được nhật ký {path}: {os_reason(exc)}."
    return None


_DOCUMENT_HEADS = (b"PK\x03\x04", b"%PDF")  # a zip package (.docx, .xlsx), a PDF


def _document(path: Path) -> bool:
    """Whether ``path`` is a report, a workbook or a PDF (``--log-file`` given the report's
    own path): a line appended to it would spoil it, with the run's exit code 0. Opened
    without blocking and read only when regular: a FIFO would wait for a writer for ever."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:  # missing (made below), unreadable: said when appended
        return False
    try:
        return stat.S_ISREG(os.fstat(fd).st_mode) and os.read(fd, 4) in _DOCUMENT_HEADS
    except OSError:
        return False
    finally:
        os.close(fd)
