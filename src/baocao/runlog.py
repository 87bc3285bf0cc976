"""One line per run appended to ``--log-file``, for the IT person who schedules builds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from baocao.errors import os_reason


def log_line(command: str, period: str, code: int, detail: str) -> str:
    """``time<TAB>command<TAB>Y-MM<TAB>OK|LỖI <code><TAB>detail``, on one line."""
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    result = "OK" if code == 0 else f"LỖI {code}"
    return "\t".join((stamp, command, period, result, " ".join(detail.split()))) + "\n"


def append_log(path: Path, line: str) -> str | None:
    """Append ``line``; returns a Vietnamese message when the log cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(line)
    except OSError as exc:
        return f"CẢNH BÁO: không ghi được nhật ký {path}: {os_reason(exc)}."
    return None
