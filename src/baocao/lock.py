"""A cross-process lock, so two builds into one folder (an overlapping cron run) never interleave.

The lock file lives in the system's temporary folder, named after the output
folder, so the output folder itself holds only reports.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from baocao.errors import BusyError


def lock_path(folder: Path) -> Path:
    """The lock file for builds into ``folder``."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"baocao-{digest}.lock"


@contextmanager
def build_lock(folder: Path) -> Iterator[None]:
    """Hold the lock for ``folder``; if another build holds it, stop with ``BusyError``."""
    path = lock_path(folder)
    with path.open("a+b") as handle:
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise BusyError(
                f"Một lần tạo báo cáo khác đang ghi vào thư mục {folder} (khóa {path}). "
                "Hãy đợi lần đó xong rồi chạy lại."
            ) from exc
        yield  # the lock is released when the file is closed
