"""The only writer: refusal of existing files, atomic writes and backups, document time.

Every file baocao makes (the report, its PDF, the new month workbook) is
written to a temporary file beside its target and moved into place only when
complete, so a failure leaves the folder as it was; the file gets the
permissions of the umask, as any program's would. An existing file is never
replaced silently: without ``force`` it stops the run before any work; with
it, the old file is first kept as a dated backup, under a name no other
backup has. The temporary files a killed run left are removed by the next
run that holds the folder's lock (``remove_stale_temporaries``). The PDF is
converted by ``pdf`` and written here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import io
import itertools
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from baocao.console import show_path
from baocao.errors import (
    ConfigError,
    OutputExistsError,
    PdfError,
    WriteError,
    os_reason,
)
from baocao.files import MAX_NAME_BYTES, NotRegularFileError, open_regular, regular_file_kind
from baocao.interrupt import committed, held
from baocao.package import set_properties
from baocao.period import Period
from baocao.zipstamp import stamped

ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry
UNIX_EPOCH = dt.datetime(1970, 1, 1)
# The latest time a zip entry can carry (2107-12-31 23:59:58), in seconds since 1970.
LAST_ZIP_SECONDS = int((dt.datetime(2107, 12, 31, 23, 59, 58) - UNIX_EPOCH).total_seconds())


def refuse_existing(paths: list[Path], *, force: bool) -> None:
    """Stop before any work when a target exists and ``force`` was not given, or is no
    regular file (a folder named like the report is named for what it is, not "đã có")."""
    for path in paths:
        _refuse_long_name(path)
        _refuse_non_file(path)
        if os.path.lexists(path) and not force:
            raise OutputExistsError(
                f"Báo cáo {show_path(path)} đã có. Dùng --force để ghi đè (bản cũ sẽ được giữ lại "
                "thành bản sao lưu), hoặc --out để ghi ra tệp khác."
            )
        if os.path.lexists(path):
            _refuse_open(path)


def _refuse_open(out: Path) -> None:
    """Stop when ``out`` is open in Word or LibreOffice, whose lock file stands beside it
    (Word's ``~$`` + the name, its first one or two letters dropped; LibreOffice's
    ``.~lock.<name>#``). Where the file system lets a program replace an open file (Linux,
    a Samba share), the editor's next save would silently overwrite the new report; on
    Windows the move fails ("tệp đang mở trong chương trình khác")."""
    name = out.name
    for lock in (f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"):
        if os.path.lexists(out.with_name(lock)):
            raise WriteError(
                f"Không ghi được tệp {show_path(out)}: tệp đang mở trong Word hoặc LibreOffice "
                f"(có tệp khóa {lock} bên cạnh); hãy đóng tệp rồi chạy lại, hoặc xóa tệp khóa "
                "đó nếu không còn ai mở tệp."
            )


def write_atomic(
    out: Path,
    write: Callable[[Path], None],
    *,
    force: bool,
    backup_time: dt.datetime | None = None,
) -> Path | None:
    """Let ``write`` fill a temporary file beside ``out``, then move it into place.

    A failure at any point leaves the folder as it was: no partial file, no
    new folder, the old ``out`` untouched; so does a signal (``interrupt``), up to
    the move, after which it no longer stops the run. An existing ``out`` is kept
    unless ``force``, and then first copied to a dated backup beside it (dated
    ``backup_time``, else now: a build gives its .docx's and .pdf's backups one time, so
    the pair is seen as one); returns that backup, if any. The file gets the permissions
    of the umask (0644 under 022).
    """
    refuse_existing([out], force=force)  # a folder or a FIFO there too, whatever ``force``
    new_folders = missing_folders(out.parent)
    tmp: Path | None = None
    backup: Path | None = None
    done = False
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with held():  # each file made is known to ``_undo`` before a signal stops the run
            tmp = _new_temporary(out)
        write(tmp)
        with held():  # the backup, the move and its record: a signal cannot split them
            backup = _keep_backup(out, backup_time or backups_now()) if out.exists() else None
            tmp.replace(out)
            done = True
            committed()
    except NotRegularFileError as exc:  # swapped for a FIFO since the check
        raise _not_a_file(out, exc.kind) from exc
    except OSError as exc:
        raise WriteError(f"Không ghi được tệp {show_path(out)}: {os_reason(exc)}.") from exc
    finally:
        if not done:
            _undo(tmp, backup, new_folders)
    return backup


def missing_folders(folder: Path) -> list[Path]:
    """``folder`` and its parents that do not exist yet, innermost first: what making
    ``folder`` creates, and all that undoing it may remove."""
    # os.path.exists: False, never an exception, for a folder the user may not look into.
    return [p for p in (folder, *folder.parents) if not os.path.exists(p)]  # noqa: PTH110


def _refuse_long_name(out: Path) -> None:
    """Stop when ``out``'s name is too long for its temporary and backup names beside it
    (``.<stem>.<8>.tmp``, ``<stem>.bak-<time>[-N]<suffix>``) to stay within 255 bytes: the
    temporary failed after the render, the backup after the render of a --force."""
    size = len(os.fsencode(out.name))
    if size > MAX_NAME_BYTES:
        raise WriteError(
            f"Không ghi được tệp {show_path(out)}: tên tệp dài {size} byte (chữ có dấu tính 2–3 "
            f"byte), quá giới hạn {MAX_NAME_BYTES} byte (cần chỗ cho tệp tạm và bản sao lưu đặt "
            "cạnh nó). Hãy đặt tên ngắn hơn."
        )


def _refuse_non_file(out: Path) -> None:
    """Stop when ``out`` exists but is no regular file (a folder, a FIFO whose read for the
    backup would block for ever) or is a symbolic link (replacing it would put a file in the
    link's place, not where it points): it is never replaced."""
    try:
        link = out.readlink() if out.is_symlink() else None
        if link is not None:
            raise _not_a_file(out, f"một liên kết tượng trưng (symlink) tới {link}")
        kind = regular_file_kind(out)
    except OSError:
        return  # missing: nothing to keep; other trouble (a name too long) shows when writing
    if kind is not None:
        raise _not_a_file(out, kind)


def _not_a_file(out: Path, kind: str) -> WriteError:
    return WriteError(
        f"Không ghi được tệp {show_path(out)}: đường dẫn này là {kind}; chương trình không ghi "
        "đè lên nó. Hãy xóa hoặc đổi tên nó, hoặc ghi ra tệp khác bằng --out."
    )


def _temporary_name(out: Path) -> re.Pattern[str]:
    """The names of ``out``'s temporary files: ``.<stem>.<8 letters or digits>.tmp``."""
    return re.compile(rf"\.{re.escape(out.stem)}\.[a-z0-9_]{{8}}\.tmp")


def _new_temporary(out: Path) -> Path:
    """A new empty file beside ``out``, made with mode 0666 less the umask (the kernel applies it).

    ``tempfile`` would make it 0600, so a report would be readable by its owner only.
    """
    for _ in range(100):
        candidate = out.with_name(f".{out.stem}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        except FileExistsError:
            continue
        return candidate
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(out.parent))


def remove_stale_temporaries(out: Path) -> list[Path]:
    """Remove the temporary files of ``out`` that a killed run left behind; returns them.

    Only names of ``out``'s own pattern are touched (a report's .docx and .pdf share
    it). Call it only while holding the folder's lock: then no live run is writing one.
    """
    pattern = _temporary_name(out)
    removed = []
    with contextlib.suppress(OSError), os.scandir(out.parent) as entries:
        for entry in entries:
            if pattern.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    Path(entry.path).unlink()
                    removed.append(Path(entry.path))
    return removed


def backups_now() -> dt.datetime:
    """The time a build names its backups by: one for its .docx and .pdf."""
    return dt.datetime.now()


def _backup_names(out: Path, time: dt.datetime) -> Iterator[Path]:
    """The names a backup of ``out`` made at ``time`` may take, in turn:
    ``<stem>.bak-<time>[-N]<suffix>`` beside it, N from 2 when that one is taken."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for n in itertools.count(1):
        yield out.with_name(f"{out.stem}.bak-{stamp}{f'-{n}' if n > 1 else ''}{out.suffix}")


def _keep_backup(out: Path, time: dt.datetime) -> Path:
    """Copy ``out`` to ``<stem>.bak-<time>[-N]<suffix>``: a new name, never an older backup's."""
    for backup in _backup_names(out, time):
        try:
            handle = backup.open("xb")
        except FileExistsError:
            continue
        try:
            with handle, open_regular(out) as source:
                shutil.copyfileobj(source, handle)
            shutil.copystat(out, backup)  # the backup keeps the old file's permissions and time
        except OSError:
            backup.unlink(missing_ok=True)
            raise
        return backup
    raise AssertionError("unreachable")  # pragma: no cover


def moved_aside(path: Path, time: dt.datetime) -> Path | None:
    """``path``, a regular file, renamed to a dated backup's name beside it (as
    ``_keep_backup`` names one); None when there is no such file, or it cannot be moved.
    A rename, not a copy: it needs no room on a full disk."""
    if path.is_symlink() or not path.is_file():
        return None
    for backup in _backup_names(path, time):
        if backup.exists() or backup.is_symlink():
            continue
        try:
            path.rename(backup)
        except OSError:
            return None
        return backup
    raise AssertionError("unreachable")  # pragma: no cover


def retire_pdf(out: Path, time: dt.datetime, kept: Path) -> Path | None:
    """The PDF beside a report ``out`` that a build with ``--force`` replaced and did not
    convert again, kept as a dated backup (``_keep_backup``, ``time`` the .docx's) and
    removed: left, it would go on showing the old report's figures. None when there is no
    such PDF (a link or anything not a regular file is left alone). A PDF that cannot be
    read or removed (open in a reader that locks it, another user's) is a PdfError: the
    report is written, the old PDF stays, its backup is not; the message names the old
    report's backup, ``kept``, which the error leaves the build no other way to say."""
    pdf = out.with_suffix(".pdf")
    if pdf.is_symlink() or not pdf.is_file():
        return None
    backup: Path | None = None
    try:
        backup = _keep_backup(pdf, time)
        pdf.unlink()
    except OSError as exc:
        if backup is not None:
            backup.unlink(missing_ok=True)
        raise PdfError(
            f"Đã tạo {show_path(out)} nhưng không bỏ được bản PDF cũ {show_path(pdf)} "
            f"({os_reason(exc)}), nên tệp PDF đó vẫn là của báo cáo trước. Hãy đóng tệp PDF đó "
            f"(nếu đang mở) rồi xóa nó, hoặc chạy lại với --force --pdf. Bản cũ của báo cáo đã "
            f"được lưu thành: {show_path(kept)}"
        ) from exc
    return backup


def _undo(tmp: Path | None, backup: Path | None, new_folders: list[Path]) -> None:
    for path in (tmp, backup):
        if path is not None:
            path.unlink(missing_ok=True)
    for folder in new_folders:  # innermost first; only what this write created
        with contextlib.suppress(OSError):
            folder.rmdir()


def write_document(
    doc: Any,
    out: Path,
    *,
    stamp: dt.datetime,
    title: str,
    creator: str,
    force: bool = False,
    backup_time: dt.datetime | None = None,
) -> Path | None:
    """Save the rendered ``doc`` to ``out`` atomically and reproducibly (an existing
    ``out`` kept as ``write_atomic`` keeps it).

    Every zip entry and the document's created/modified properties carry
    ``stamp``, so the same inputs give a byte-identical file; ``title`` and
    ``creator`` are the document's properties.
    """
    set_properties(doc.docx, title=title, creator=creator, stamp=stamp)

    def save(tmp: Path) -> None:
        buffer = io.BytesIO()
        doc.save(buffer)
        # Zipped in memory and written at once, so a full disk fails one write cleanly.
        tmp.write_bytes(stamped(buffer.getvalue(), stamp))

    return write_atomic(out, save, force=force, backup_time=backup_time)


def document_time(period: Period) -> dt.datetime:
    """The time written into a report: ``$SOURCE_DATE_EPOCH`` if set, else the month's first day.

    The variable must be whole seconds since 1970 that a zip entry can carry (up to the
    end of 2107; earlier than 1980 is written as 1980); anything else is a ConfigError.
    A month a zip entry cannot carry (the CLI takes the years 1900–9999) is written as the
    edge of its range, 1980 or the end of 2107.
    """
    text = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not text:
        first = dt.datetime(period.year, period.month, 1)
        return min(max(first, ZIP_EPOCH), UNIX_EPOCH + dt.timedelta(seconds=LAST_ZIP_SECONDS))
    seconds = int(text) if re.fullmatch(r"[0-9]{1,12}", text) else None
    if seconds is None or seconds > LAST_ZIP_SECONDS:
        raise ConfigError(
            "Biến môi trường SOURCE_DATE_EPOCH phải là số giây kể từ 01/01/1970 (một số "
            f"nguyên từ 0 đến {LAST_ZIP_SECONDS}), nhưng là «{text[:40]}». Hãy sửa hoặc bỏ "
            "biến này."
        )
    stamp = UNIX_EPOCH + dt.timedelta(seconds=seconds)
    return max(stamp, ZIP_EPOCH)
