"""An openpyxl workbook → its .xlsx bytes, written in memory, with openpyxl's failures on a
full temporary folder said as a ``WriteError`` (split from ``excel``, which writes the book)."""

from __future__ import annotations

import contextlib
import errno
import inspect
import io
import os
import tempfile
import zipfile
from typing import Any

from baocao.errors import WriteError, os_reason


def saved_bytes(book: Any) -> bytes:
    """The workbook's bytes, zipped in memory so the file is written at once.

    openpyxl's own zip left open on a full disk would try again, and fail noisily, when
    Python collects it. It also writes each sheet to a temporary file first: when that
    cannot be written (a full ``$TMPDIR``), lxml's error becomes a WriteError, and the
    sheet writers it abandoned are closed here, quietly, instead of at collection.
    """
    buffer = io.BytesIO()
    try:
        book.save(buffer)
    except Exception as exc:
        if type(exc).__name__ != "SerialisationError" and not isinstance(exc, OSError):
            raise
        _close_sheet_writers(exc)
        code = getattr(errno, str(exc).removeprefix("IO_"), None)
        reason = os_reason(OSError(code, os.strerror(code))) if code else str(exc)
        raise WriteError(
            "Không ghi được tệp tạm mà openpyxl dùng khi ghi sổ, trong thư mục "
            f"{tempfile.gettempdir()}: {reason}. Hãy giải phóng chỗ trống ở đó rồi chạy lại."
        ) from None
    return buffer.getvalue()


def _close_sheet_writers(exc: BaseException) -> None:
    """Close the sheet writers (their XML streams) and the zip left open in ``exc``'s
    frames, ignoring the error their closing raises again."""
    tb = exc.__traceback__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            for item in (getattr(value, "xf", None), getattr(value, "_archive", None), value):
                if inspect.isgenerator(item) or isinstance(item, zipfile.ZipFile):
                    with contextlib.suppress(Exception):
                        item.close()
        tb = tb.tb_next
