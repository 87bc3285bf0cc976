"""The PDF beside the report: LibreOffice, run safely and stopped cleanly.

LibreOffice converts the written .docx with a throw-away profile, in a process
group of its own, under a time limit; whatever ends the conversion (success,
failure, the limit, Ctrl-C, SIGTERM, SIGHUP), the group is killed and its work
folder removed: a signal raises ``Interrupted`` there (``interrupt.signals_stop``),
saying that the .docx is written. The PDF is written atomically by
``output.write_atomic``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from baocao.console import show_path
from baocao.errors import Interrupted, PdfError, WriteError, os_reason
from baocao.interrupt import held, signals_stop
from baocao.output import backups_now, moved_aside, write_atomic
from baocao.vnformat import format_exact

PDF_TIMEOUT_S = 180
PDF_FOLDER_PREFIX = "baocao-pdf-"  # + the pid of the run + random letters
STALE_PDF_FOLDER_S = 24 * 60 * 60  # a conversion stops after PDF_TIMEOUT_S; a day is sure
_PDF_FOLDER = re.compile(rf"{PDF_FOLDER_PREFIX}(?:(\d+)-)?[a-z0-9_]+")


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


def write_pdf(
    docx: Path,
    out: Path,
    kept: Path | None = None,
    *,
    force: bool = False,
    backup_time: dt.datetime | None = None,
) -> Path | None:
    """Convert ``docx`` to ``out`` (PDF) with LibreOffice, atomically; ``kept``, the backup
    of the report ``docx`` replaced, is named in the error of a PDF not made (``_unconverted``).

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

    try:
        return write_atomic(out, convert, force=force, backup_time=backup_time)
    except (PdfError, WriteError) as exc:
        raise _unconverted(docx, out, exc, kept, force=force, time=backup_time) from exc
    except Interrupted as exc:  # a cron's ``timeout``: the old PDF goes aside as above
        said = f"{exc}{_old_pdf(out, force=force, time=backup_time)}{_old_report(kept)}"
        if said == str(exc):
            raise
        raise Interrupted(exc.signum, said) from exc


def _unconverted(
    docx: Path,
    out: Path,
    exc: PdfError | WriteError,
    kept: Path | None,
    *,
    force: bool,
    time: dt.datetime | None,
) -> PdfError:
    """The error of a PDF not made beside a report written (exit 6, as the README says of
    it; a full disk's was exit 7, whose "nothing was changed" it was not). With ``force``
    the old PDF, of the report replaced, is moved to a dated backup and said: left, it
    showed the old figures beside the new report (office32); so is the old report's
    backup, ``kept``, as ``output.retire_pdf`` says it: the error leaves the build no other
    way to say it."""
    said = str(exc)
    if isinstance(exc, WriteError):
        said = f"Đã tạo {show_path(docx)} nhưng {said[0].lower()}{said[1:]}"
    return PdfError(said + _old_pdf(out, force=force, time=time) + _old_report(kept))


def _old_report(kept: Path | None) -> str:
    """What a PDF not made says of the replaced report's backup ``kept``, if any: neither
    a failure's error nor a signal's message leaves the build another way to say it."""
    return f" Bản cũ của báo cáo đã được lưu thành: {show_path(kept)}" if kept else ""


def _old_pdf(out: Path, *, force: bool, time: dt.datetime | None) -> str:
    """What a PDF not made, by a failure or a signal, says of the old PDF ``out``: with
    ``force`` it is moved aside, or said to stay when it cannot be (attack19: a signal's
    message said nothing of one a sticky shared folder kept, a colleague's)."""
    if not force:
        return ""
    old = moved_aside(out, time or backups_now())
    if old is not None:
        return f" Bản PDF cũ, của báo cáo trước, đã được lưu thành: {show_path(old)}."
    if out.is_file() and not out.is_symlink():  # a folder it cannot be moved in
        return (
            f" Bản PDF cũ {show_path(out)} không dời đi được nên vẫn là của báo cáo trước: hãy "
            "xóa hoặc đổi tên nó."
        )
    return ""


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
    # LibreOffice's output goes to a file, not a pipe: a process it leaves behind holding a
    # pipe would keep a read waiting; the conversion ends when LibreOffice does.
    log = work / "soffice.log"
    # LibreOffice's own temporary folder ("lu….tmp"), left behind when it is stopped, in the
    # work folder, which goes whatever ends the conversion.
    (work / "tmp").mkdir()
    own_tmp = {name: str(work / "tmp") for name in ("TMPDIR", "TMP", "TEMP")}
    with signals_stop(_stopped(docx)), log.open("w+b") as output:
        proc: subprocess.Popen[bytes] | None = None
        try:
            try:
                with held():  # LibreOffice started and known to the ``finally``, or neither
                    proc = subprocess.Popen(
                        command,
                        stdin=subprocess.DEVNULL,
                        stdout=output,
                        stderr=subprocess.STDOUT,
                        env={**os.environ, **own_tmp},
                        **_own_process_group(),
                    )
            except OSError as exc:
                raise PdfError(
                    f"Đã tạo {show_path(docx)} nhưng LibreOffice không chuyển được sang PDF "
                    f"({os_reason(exc)})."
                ) from exc
            try:
                proc.wait(timeout=PDF_TIMEOUT_S)
            except subprocess.TimeoutExpired as exc:
                raise PdfError(
                    f"Đã tạo {show_path(docx)} nhưng LibreOffice không chuyển xong sang PDF sau "
                    f"{format_exact(PDF_TIMEOUT_S)} giây nên đã bị dừng."
                ) from exc
        finally:
            if proc is not None:
                _stop_group(proc)
        output.seek(0)
        said = output.read()[-2000:].decode("utf-8", "replace")
    produced = work / f"{docx.stem}.pdf"
    if proc.returncode != 0 or not produced.is_file():
        detail = said.strip()[-300:]
        raise PdfError(
            f"Đã tạo {show_path(docx)} nhưng LibreOffice không chuyển được sang PDF "
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


def _stop_group(proc: subprocess.Popen[bytes]) -> None:
    """Kill LibreOffice and every process it started, even when LibreOffice itself has
    finished (a helper it started may live on), then reap it."""
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    elif proc.poll() is None:  # pragma: no cover - POSIX in CI
        # The launcher soffice.exe starts soffice.bin: /T ends the whole tree.
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(proc.pid)], capture_output=True, check=False
        )
        proc.kill()
    proc.wait()


def _stopped(docx: Path) -> Callable[[str], str]:
    """What a run stopped by a signal during the conversion says: the .docx is written."""
    return lambda name: (
        f"Đã dừng vì nhận tín hiệu {name} khi LibreOffice đang tạo bản PDF: LibreOffice đã "
        f"được dừng theo và không để lại tệp tạm; báo cáo {show_path(docx)} đã được ghi, "
        "bản PDF thì chưa."
    )


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
