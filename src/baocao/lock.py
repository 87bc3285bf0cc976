"""One build at a time per output folder, so an overlapping cron run never interleaves.

On POSIX the lock is taken on the output folder itself (``flock`` on the
folder's descriptor): no lock file is made, so nothing is left behind, the
lock does not depend on ``$TMPDIR``, and every user who can write reports
into the folder sees it (opening the folder needs read permission too; a
user without it gets a ``WriteError`` saying so, never a traceback).
Windows cannot lock a folder, so there a lock file ``.baocao.lock`` inside
the folder is locked, and removed afterwards. A folder the lock had to
create is removed again if it is still empty, but not by a run that found it locked:
the holder is writing into it. ``baocao init`` (and ``setup``,
which makes its first workbook through it) takes the lock of the data folder the
same way.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from baocao.errors import BusyError, WriteError, os_reason
from baocao.output import missing_folders

WINDOWS_LOCK_NAME = ".baocao.lock"


def _busy(folder: Path, doing: str) -> BusyError:
    return BusyError(
        f"Một lần {doing} khác đang ghi vào thư mục {folder} (khóa trên chính thư mục "
        "đó). Hãy đợi lần đó xong rồi chạy lại."
    )


@contextmanager
def _posix_lock(folder: Path, doing: str) -> Iterator[None]:
    import fcntl

    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise _busy(folder, doing) from exc
        yield  # released when the descriptor is closed
    finally:
        os.close(fd)


@contextmanager
def _windows_lock(folder: Path, doing: str) -> Iterator[None]:  # pragma: no cover - POSIX in CI
    import msvcrt

    path = folder / WINDOWS_LOCK_NAME
    with path.open("a+b") as handle:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError as exc:
            raise _busy(folder, doing) from exc
        try:
            yield
        finally:
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]
    with contextlib.suppress(OSError):
        path.unlink()


@contextmanager
def build_lock(folder: Path, doing: str = "tạo báo cáo") -> Iterator[None]:
    """Hold the lock of ``folder`` (made if missing); another holder stops us with ``BusyError``
    saying it is ``doing`` what we do ("tạo báo cáo", "tạo sổ dữ liệu")."""
    created = missing_folders(folder)
    locking = _windows_lock if sys.platform == "win32" else _posix_lock
    lock = locking(folder, doing)
    try:
        with contextlib.ExitStack() as stack:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                stack.enter_context(lock)
            except BusyError:
                # Another run holds it: that run made the folder, or found it made, after we
                # saw it missing, and is writing into it while it is still empty (attack20).
                created = []
                raise
            except OSError as exc:
                raise WriteError(
                    f"Không dùng được thư mục {folder}: {os_reason(exc)}. Hãy "
                    "kiểm tra đường dẫn và quyền ghi của thư mục."
                ) from exc
            yield
    finally:
        for path in created:  # innermost first; only what this lock made, and only if empty
            try:
                path.rmdir()
            except OSError:
                break
