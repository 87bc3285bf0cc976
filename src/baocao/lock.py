"""One build at a time per output folder, so an overlapping cron run never interleaves.

On POSIX the lock is taken on the output folder itself (``flock`` on the
folder's descriptor): no lock file is made, so nothing is left behind, the
lock does not depend on ``$TMPDIR``, and every user who can write reports
into the folder sees it (opening the folder needs read permission too; a
user without it gets a ``WriteError`` saying so, never a traceback).
Windows cannot lock a folder, so there a lock file ``.baocao.lock`` inside
the folder is locked, and removed afterwards; so does a share whose ``flock`` is a
byte-range lock (NFS), which needs a descriptor open for writing, as a folder's never is
(``EBADF``: attack21, every build and init into such a share failed). A folder the lock had to
create is removed again if it is still empty, but not by a run that found it locked:
the holder is writing into it. ``baocao init`` (and ``setup``,
which makes its first workbook through it) takes the lock of the data folder the
same way.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from baocao.errors import BusyError, WriteError, os_reason
from baocao.output import missing_folders

LOCK_FILE_NAME = ".baocao.lock"  # where a folder cannot be locked itself


def _busy(folder: Path, doing: str) -> BusyError:
    return BusyError(
        f"Một lần {doing} khác đang ghi vào thư mục {folder} (khóa trên chính thư mục "
        "đó). Hãy đợi lần đó xong rồi chạy lại."
    )


@contextmanager
def _posix_lock(folder: Path, doing: str) -> Iterator[None]:
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        locked = _locked(fd, folder, doing)
        if locked:
            yield  # released when the descriptor is closed
    finally:
        os.close(fd)
    if not locked:
        with _posix_lock_file(folder, doing):
            yield


def _locked(fd: int, folder: Path, doing: str) -> bool:
    """Lock ``fd`` (``BusyError`` when another holds it); False where the file system
    cannot lock that descriptor: NFS emulates ``flock`` with a byte-range lock, which needs
    the descriptor open for writing (``EBADF``), and a folder cannot be opened so."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        raise _busy(folder, doing) from exc
    except OSError as exc:
        if exc.errno != errno.EBADF:
            raise
        return False
    return True


@contextmanager
def _posix_lock_file(folder: Path, doing: str) -> Iterator[None]:
    """The lock file of ``folder`` locked, and removed while still held: a run that opened
    it before the removal locks a file no longer in place, sees so and opens the new one."""
    import fcntl

    path = folder / LOCK_FILE_NAME
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    while True:
        fd = os.open(path, flags, 0o666)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError as exc:
                raise _busy(folder, doing) from exc
            if _in_place(fd, path):
                break
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            path.unlink()
        os.close(fd)


def _in_place(fd: int, path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(fd), path.stat())
    except FileNotFoundError:
        return False


@contextmanager
def _windows_lock(folder: Path, doing: str) -> Iterator[None]:  # pragma: no cover - POSIX in CI
    import msvcrt

    path = folder / LOCK_FILE_NAME
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
