"""The only writer: refusal of existing files, atomic writes and backups, document time, PDF.

Every file baocao makes (the report, its PDF, the new month workbook) is
written to a temporary file beside its target and moved into place only when
complete, so a failure leaves the folder as it was. An existing file is never
replaced silently: without ``force`` it stops the run before any work; with
it, the old file is first kept as a dated backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from baocao.errors import OutputExistsError, PdfError, WriteError
from baocao.ooxml import set_properties
from baocao.period import Period

PDF_TIMEOUT_S = 180
ZIP_EPOCH = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry


def refuse_existing(paths: list[Path], *, force: bool) -> None:
    """Stop before any work when a target exists and ``force`` was not given."""
    for path in paths:
        if path.exists() and not force:
            raise OutputExistsError(
                f"Báo cáo {path} đã có. Dùng --force để ghi đè (bản cũ sẽ được giữ lại thành "
                "bản sao lưu), hoặc --out để ghi ra tệp khác."
            )


def write_atomic(out: Path, write: Callable[[Path], None], *, force: bool) -> Path | None:
    """Let ``write`` fill a temporary file beside ``out``, then move it into place.

    A failure at any point leaves the folder as it was: no partial file, no
    new folder, the old ``out`` untouched. An existing ``out`` is kept unless
    ``force``, and then first copied to a dated backup beside it; returns that
    backup, if any.
    """
    refuse_existing([out], force=force)
    new_folders = [p for p in (out.parent, *out.parent.parents) if not p.exists()]
    tmp: Path | None = None
    backup: Path | None = None
    done = False
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            dir=out.parent, prefix=f".{out.stem}.", suffix=".tmp", delete=False
        ) as handle:
            tmp = Path(handle.name)
        write(tmp)
        if out.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = out.with_name(f"{out.stem}.bak-{stamp}{out.suffix}")
            shutil.copy2(out, backup)
        tmp.replace(out)
        done = True
    except OSError as exc:
        raise WriteError(f"Không ghi được tệp {out}: {exc.strerror or exc}.") from exc
    finally:
        if not done:
            _undo(tmp, backup, new_folders)
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
) -> Path | None:
    """Save the rendered ``doc`` to ``out`` atomically and reproducibly.

    Every zip entry and the document's created/modified properties carry
    ``stamp``, so the same inputs give a byte-identical file; ``title`` and
    ``creator`` are the document's properties.
    """
    set_properties(doc.docx, title=title, creator=creator, stamp=stamp)

    def save(tmp: Path) -> None:
        buffer = io.BytesIO()
        doc.save(buffer)
        buffer.seek(0)
        with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(tmp, "w") as target:
            for info in source.infolist():
                entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = info.external_attr
                target.writestr(entry, source.read(info))

    return write_atomic(out, save, force=force)


def document_time(period: Period) -> dt.datetime:
    """The time written into a report: ``$SOURCE_DATE_EPOCH`` if set, else the month's first day."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        stamp = dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
        return max(stamp, ZIP_EPOCH)
    return dt.datetime(period.year, period.month, 1)


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
    """Convert ``docx`` to ``out`` (PDF) with LibreOffice, atomically."""
    soffice = find_soffice()

    def convert(tmp: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="baocao-pdf-") as work:
            profile = (Path(work) / "profile").as_uri()  # no clash with a running LibreOffice
            command = [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                work,
                str(docx),
            ]
            try:
                proc = subprocess.run(
                    command, capture_output=True, text=True, timeout=PDF_TIMEOUT_S, check=False
                )
            except (subprocess.TimeoutExpired, OSError) as exc:
                raise PdfError(
                    f"Đã tạo {docx} nhưng LibreOffice không chuyển được sang PDF ({exc})."
                ) from exc
            produced = Path(work) / f"{docx.stem}.pdf"
            if proc.returncode != 0 or not produced.is_file():
                detail = (proc.stderr or proc.stdout).strip()[-300:]
                raise PdfError(
                    f"Đã tạo {docx} nhưng LibreOffice không chuyển được sang PDF "
                    f"(mã thoát {proc.returncode}: {detail})."
                )
            shutil.copyfile(produced, tmp)

    return write_atomic(out, convert, force=force)
