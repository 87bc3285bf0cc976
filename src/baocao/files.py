"""Files that must be regular files, opened without ever blocking on a FIFO or a device.

A named pipe (FIFO) where a workbook, the config, the template or the log is
expected would block an ``open()`` or a ``read()`` for ever, and a build
blocked so holds its output folder's lock, so every later cron run stops as
"busy". Every such file is therefore checked with ``stat`` first (nothing that
is not a regular file is opened), then opened with ``O_NONBLOCK`` (so a file
swapped for a FIFO in between does not block the open) and checked again on
the open descriptor. ``NotRegularFileError`` says, in Vietnamese, what the path is.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

# A file name may have 255 bytes; the temporary and backup names made beside it add ~30.
MAX_NAME_BYTES = 200
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # Windows has neither FIFOs nor the flag
_BINARY = getattr(os, "O_BINARY", 0)


def file_kind(mode: int) -> str:
    """What a path whose ``st_mode`` is ``mode`` is, in Vietnamese: "một thư mục", …"""
    if stat.S_ISDIR(mode):
        return "một thư mục"
    if stat.S_ISFIFO(mode):
        return "một ống dẫn có tên (FIFO)"
    if stat.S_ISCHR(mode):
        return "một thiết bị của hệ thống"
    if stat.S_ISBLK(mode):
        return "một thiết bị lưu trữ (ổ đĩa)"
    if stat.S_ISSOCK(mode):
        return "một socket"
    return "một đối tượng đặc biệt của hệ thống"


class NotRegularFileError(OSError):
    """The path exists but is not a regular file; ``kind`` says what it is (``file_kind``)."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(f"{path}: {kind}")
        self.path = path
        self.kind = kind


def regular_file_kind(path: Path) -> str | None:
    """None when ``path`` is a regular file (after symlinks); else what it is. OSError (a
    missing file, a folder on the way the user may not enter) is the caller's."""
    mode = path.stat().st_mode
    return None if stat.S_ISREG(mode) else file_kind(mode)


def _checked(fd: int, path: Path) -> int:
    """``fd`` when it is a regular file; else it is closed and NotRegularFileError raised."""
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(path, file_kind(mode))
        if _NONBLOCK:  # reads and writes of the file itself behave as usual
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, which must be a regular file (NotRegularFileError else)."""
    kind = regular_file_kind(path)
    if kind is not None:
        raise NotRegularFileError(path, kind)
    fd = _checked(os.open(path, os.O_RDONLY | _NONBLOCK | _BINARY), path)
    return os.fdopen(fd, "rb")


def read_regular(path: Path, limit: int = -1) -> bytes:
    """The bytes of ``path`` (at most ``limit``), which must be a regular file
    (NotRegularFileError else)."""
    with open_regular(path) as handle:
        if limit >= 0:  # no buffer of ``limit`` bytes for a small file: its size, and one more
            limit = min(limit, os.fstat(handle.fileno()).st_size + 1)
        return handle.read(limit)


def append_regular(path: Path, data: bytes) -> None:
    """Append ``data`` to ``path`` (made if missing), which must be a regular file.

    A FIFO with nobody reading it fails at once (``ENXIO``) instead of blocking; one
    with a reader is refused like any other file that is not a regular one.
    """
    if path.exists():
        kind = regular_file_kind(path)
        if kind is not None:
            raise NotRegularFileError(path, kind)
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NONBLOCK | _BINARY
    try:
        fd = os.open(path, flags, 0o666)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO that nobody reads
            raise NotRegularFileError(path, file_kind(stat.S_IFIFO)) from exc
        raise
    with os.fdopen(_checked(fd, path), "ab") as handle:
        handle.write(data)


def broken_link(path: Path) -> str | None:
    """Why ``path``, not found, is out of reach rather than missing: it, or a folder on it
    (from the root down), is a symbolic link to nothing (a share not mounted). None when
    no link on it is broken. Said so, a file that exists is not made anew elsewhere."""
    for place in (*reversed(path.parents), path):
        with contextlib.suppress(OSError):
            if place.is_symlink() and not place.exists():
                where = "Đường dẫn này" if place == path else f"Thư mục {place} trên đường dẫn"
                return (
                    f"{where} là một liên kết tượng trưng (symlink) tới {place.readlink()}, "
                    "nhưng nơi đó không có (liên kết hỏng: ổ mạng chưa được gắn, hay tệp đã bị "
                    "dời đi). Hãy gắn lại ổ hoặc sửa liên kết rồi chạy lại."
                )
    return None


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (links followed); False when either cannot be seen."""
    try:
        return a.resolve() == b.resolve() or a.samefile(b)
    except (OSError, RuntimeError):
        return False
