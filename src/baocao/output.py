"""The only writer: refusal of existing files, atomic writes and backups, document time, PDF.

Every file baocao makes (the report, its PDF, the new month workbook) is
written to a temporary file beside its target and moved into place only when
complete, so a failure leaves the folder as it was; the file gets the
permissions of the umask, as any program's would. An existing file is never
replaced silently: without ``force`` it stops the run before any work; with
it, the old file is first kept as a dated backup, under a name no other
backup has. The temporary files a killed run left are removed by the next
run that holds the folder's lock (``remove_stale_temporaries``).
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
import signal
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from baocao.errors import (
    ConfigError,
    Interrupted,
    OutputExistsError,
    PdfError,
    WriteError,
    os_reason,
)
from baocao.files import NotRegularFileError, open_regular, regular_file_kind
from baocao.package import set_properties
from baocao.period import Period

PDF_TIMEOUT_S = 180
PDF_FOLDER_PREFIX = "baocao-pdf-"  # + the pid of the run + random letters
STALE_PDF_FOLDER_S = 24 * 60 * 60  # a conversion stops after PDF_TIMEOUT_S; a day is sure
_PDF_FOLDER = re.compile(rf"{PDF_FOLDER_PREFIX}(?:(\d+)-)?[a-z0-9_]+")
ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry
UNIX_EPOCH = dt.datetime(1970, 1, 1)
# The latest time a zip entry can carry (2107-12-31 23:59:58), in seconds since 1970.
LAST_ZIP_SECONDS = int((dt.datetime(2107, 12, 31, 23, 59, 58) - UNIX_EPOCH).total_seconds())


def refuse_existing(paths: list[Path], *, force: bool) -> None:
    """Stop before any work when a target exists and ``force`` was not given."""
    for path in paths:
        if os.path.lexists(path) and not force:
            raise OutputExistsError(
                f"Báo cáo {path} đã có. Dùng --force để ghi đè (bản cũ sẽ được giữ lại thành "
                "bản sao lưu), hoặc --out để ghi ra tệp khác."
            )


def write_atomic(out: Path, write: Callable[[Path], None], *, force: bool) -> Path | None:
    """Let ``write`` fill a temporary file beside ``out``, then move it into place.

    A failure at any point leaves the folder as it was: no partial file, no
    new folder, the old ``out`` untouched. An existing ``out`` is kept unless
    ``force``, and then first copied to a dated backup beside it; returns that
    backup, if any. The file gets the permissions of the umask (0644 under 022).
    """
    refuse_existing([out], force=force)
    _refuse_non_file(out)
    new_folders = missing_folders(out.parent)
    tmp: Path | None = None
    backup: Path | None = None
    done = False
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = _new_temporary(out)
        write(tmp)
        if out.exists():
            backup = _keep_backup(out)
        tmp.replace(out)
        done = True
    except NotRegularFileError as exc:  # swapped for a FIFO since the check
        raise _not_a_file(out, exc.kind) from exc
    except OSError as exc:
        raise WriteError(f"Không ghi được tệp {out}: {os_reason(exc)}.") from exc
    finally:
        if not done:
            _undo(tmp, backup, new_folders)
    return backup


def missing_folders(folder: Path) -> list[Path]:
    """``folder`` and its parents that do not exist yet, innermost first: what making
    ``folder`` creates, and all that undoing it may remove."""
    # os.path.exists: False, never an exception, for a folder the user may not look into.
    return [p for p in (folder, *folder.parents) if not os.path.exists(p)]  # noqa: PTH110


def _refuse_non_file(out: Path) -> None:
    """Stop when ``out`` exists but is no regular file (a folder, a FIFO whose read for the
    backup would block for ever): it is never replaced."""
    try:
        kind = regular_file_kind(out)
    except OSError:
        return  # missing (or a broken link): nothing to keep; other trouble shows when writing
    if kind is not None:
        raise _not_a_file(out, kind)


def _not_a_file(out: Path, kind: str) -> WriteError:
    return WriteError(
        f"Không ghi được tệp {out}: đường dẫn này là {kind}; chương trình không ghi đè lên "
        "nó. Hãy xóa hoặc đổi tên nó, hoặc ghi ra tệp khác bằng --out."
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


def _keep_backup(out: Path) -> Path:
    """Copy ``out`` to ``<stem>.bak-<time>[-N]<suffix>``: a new name, never an older backup's."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in itertools.count(1):
        backup = out.with_name(f"{out.stem}.bak-{stamp}{f'-{n}' if n > 1 else ''}{out.suffix}")
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
) -> Path | None:
    """Save the rendered ``doc`` to ``out`` atomically and reproducibly.

    Every zip entry and the document's created/modified properties carry
    ``stamp``, so the same inputs give a byte-identical file; ``title`` and
    ``creator`` are the document's properties.
    """
    set_properties(doc.docx, title=title, creator=creator, stamp=stamp)

    def save(tmp: Path) -> None:
        buffer, packed = io.BytesIO(), io.BytesIO()
        doc.save(buffer)
        buffer.seek(0)
        # Zipped in memory and written at once, so a full disk fails one write cleanly.
        with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(packed, "w") as target:
            for info in source.infolist():
                entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = info.external_attr
                target.writestr(entry, source.read(info))
        tmp.write_bytes(packed.getvalue())

    return write_atomic(out, save, force=force)


def document_time(period: Period) -> dt.datetime:
    """The time written into a report: ``$SOURCE_DATE_EPOCH`` if set, else the month's first day.

    The variable must be whole seconds since 1970 that a zip entry can carry (up to the
    end of 2107; earlier than 1980 is written as 1980); anything else is a ConfigError.
    """
    text = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not text:
        return dt.datetime(period.year, period.month, 1)
    seconds = int(text) if re.fullmatch(r"[0-9]{1,12}", text) else None
    if seconds is None or seconds > LAST_ZIP_SECONDS:
        raise ConfigError(
            "Biến môi trường SOURCE_DATE_EPOCH phải là số giây kể từ 01/01/1970 (một số "
            f"nguyên từ 0 đến {LAST_ZIP_SECONDS}), nhưng là «{text[:40]}». Hãy sửa hoặc bỏ "
            "biến này."
        )
    stamp = UNIX_EPOCH + dt.timedelta(seconds=seconds)
    return max(stamp, ZIP_EPOCH)


def find_soffice() -> str:
    """The LibreOffice command, or a PdfError saying how to install it."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        raise PdfError(
            "Không tìm thấy LibreOffice (lệnh soffice) nên không tạo được PDF. Hãy cài "
            "LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) rồi chạy "
            "lại, hoặc bỏ --pdf."
        )
    return found


def write_pdf(docx: Path, out: Path, *, force: bool = False) -> Path | None:
    """Convert ``docx`` to ``out`` (PDF) with LibreOffice, atomically.

    LibreOffice runs in its own process group with a throw-away profile in a work
    folder ``baocao-pdf-<pid>-…`` of the temporary folder. Whatever ends the conversion
    (success, failure, the time limit, Ctrl-C, SIGTERM or SIGHUP), the group is killed
    and the folder removed; a run killed with ``kill -9`` cannot, so each conversion
    first removes the folders of such runs (``remove_stale_pdf_folders``).
    """
    soffice = find_soffice()
    remove_stale_pdf_folders()

    def convert(tmp: Path) -> None:
        work = Path(tempfile.mkdtemp(prefix=f"{PDF_FOLDER_PREFIX}{os.getpid()}-"))
        try:
            shutil.copyfile(_convert(soffice, docx, work), tmp)
        finally:
            shutil.rmtree(work, ignore_errors=True)

    return write_atomic(out, convert, force=force)


def _convert(soffice: str, docx: Path, work: Path) -> Path:
    """Run LibreOffice on ``docx`` into ``work``; the PDF it made, or a PdfError."""
    profile = (work / "profile").as_uri()  # no clash with a running LibreOffice
    command = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work),
        str(docx),
    ]
    with _signals_stop(docx):
        try:
            proc = subprocess.Popen(
                command,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                **_own_process_group(),
            )
        except OSError as exc:
            raise PdfError(
                f"Đã tạo {docx} nhưng LibreOffice không chuyển được sang PDF ({os_reason(exc)})."
            ) from exc
        with proc:
            try:
                output, errors = proc.communicate(timeout=PDF_TIMEOUT_S)
            except subprocess.TimeoutExpired as exc:
                raise PdfError(
                    f"Đã tạo {docx} nhưng LibreOffice không chuyển xong sang PDF sau "
                    f"{PDF_TIMEOUT_S} giây nên đã bị dừng."
                ) from exc
            finally:
                _stop_group(proc)
    produced = work / f"{docx.stem}.pdf"
    if proc.returncode != 0 or not produced.is_file():
        detail = (errors or output).strip()[-300:]
        raise PdfError(
            f"Đã tạo {docx} nhưng LibreOffice không chuyển được sang PDF "
            f"(mã thoát {proc.returncode}: {detail})."
        )
    return produced


def _own_process_group() -> dict[str, Any]:
    """Popen's options that start LibreOffice in a process group of its own, so it and the
    processes it starts can be stopped together (and a Ctrl-C at the terminal reaches
    baocao, which stops them, not LibreOffice first)."""
    if os.name == "posix":
        return {"start_new_session": True}
    return {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)}


def _stop_group(proc: subprocess.Popen[str]) -> None:
    """Kill LibreOffice's process group if it is still running, and reap it."""
    if proc.poll() is not None:
        return
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    else:  # pragma: no cover - POSIX in CI
        proc.kill()
    proc.wait()


@contextmanager
def _signals_stop(docx: Path) -> Iterator[None]:
    """While LibreOffice runs, SIGTERM and SIGHUP (a cron timeout, a closed terminal) raise
    ``Interrupted`` instead of ending the process at once, so the ``finally`` blocks stop
    LibreOffice and remove the temporary files. Only the main thread can set handlers."""

    def stop(signum: int, frame: object) -> None:
        name = signal.Signals(signum).name
        raise Interrupted(
            signum,
            f"Đã dừng vì nhận tín hiệu {name} khi LibreOffice đang tạo bản PDF: LibreOffice đã "
            f"được dừng theo và không để lại tệp tạm; báo cáo {docx} đã được ghi, bản PDF thì "
            "chưa.",
        )

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            with contextlib.suppress(ValueError):  # not the main thread
                previous[number] = signal.signal(number, stop)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def remove_stale_pdf_folders(now: float | None = None) -> list[Path]:
    """Remove the work folders LibreOffice conversions left when their run was killed
    with ``kill -9``: this user's ``baocao-pdf-…`` folders in the temporary folder that
    are older than ``STALE_PDF_FOLDER_S`` and whose run (the pid in the name) is gone.
    Returns the folders removed."""
    removed = []
    moment = time.time() if now is None else now
    with contextlib.suppress(OSError), os.scandir(tempfile.gettempdir()) as entries:
        for entry in entries:
            found = _PDF_FOLDER.fullmatch(entry.name)
            if not found or not entry.is_dir(follow_symlinks=False):
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
                old = moment - info.st_mtime > STALE_PDF_FOLDER_S
                if mine and old and not _running(found.group(1)):
                    shutil.rmtree(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _running(pid: str | None) -> bool:
    """Whether the process ``pid`` exists (None: a folder named before pids were; unknown
    on Windows, where os.kill would end the process: there the age alone decides)."""
    if pid is None or os.name != "posix":
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process, or a number that is no pid: leave it
    return True
