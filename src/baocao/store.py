"""A cache across runs of what baocao derives from a file's bytes: SQLite, the user's own.

A command spent most of its time importing openpyxl to read workbooks that had not
changed since the last run (the office checks, then builds; cron builds again), and
linting and compiling a template that had not changed either. The store keeps what
those steps gave, keyed by the SHA-256 of the bytes they were made from and by what
made them (``kind``: the code's own stamp), so a changed file is never taken for an old
one, whatever its name, size or modification time say. Entries are JSON data, and the
template's compiled Jinja code (``jinjacode``, as Jinja's own bytecode cache keeps it).

Because that code runs, the store lives in a folder of the user who runs baocao, made
private to them, and a folder another user could write to is not used:
``$BAOCAO_CACHE_DIR``, else ``$XDG_CACHE_HOME/baocao``, else ``~/.cache/baocao``
(``%LOCALAPPDATA%\\baocao\\cache`` on Windows); ``BAOCAO_CACHE_DIR=off`` turns it off.
It is an optimisation only: any SQLite or file-system trouble turns it off for the run
without a word, an entry that does not decode is a miss, the oldest entries go past
``MAX_ENTRIES`` entries or ``MAX_CHARACTERS`` of JSON, and the folder can be deleted at
any time.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
import sqlite3
import stat
import sys
from pathlib import Path
from typing import Any

from baocao import __version__

ENV = "BAOCAO_CACHE_DIR"
FILE_NAME = "cache.sqlite3"
MAX_ENTRIES = 2000
MAX_CHARACTERS = 100_000_000  # of JSON in all (a report's entries take tens of kilobytes)
MAX_PAYLOAD = 2_000_000  # characters of JSON; a bigger reading is not kept
_SCHEMA = "CREATE TABLE IF NOT EXISTS entries (kind TEXT, key TEXT, payload TEXT, "
_SCHEMA += "PRIMARY KEY (kind, key))"
# The oldest entries past the newest MAX_ENTRIES, or past MAX_CHARACTERS counted from the newest.
_PRUNE = """
DELETE FROM entries WHERE rowid IN (
    SELECT rowid FROM (
        SELECT rowid,
               row_number() OVER (ORDER BY rowid DESC) AS n,
               sum(length(payload)) OVER (ORDER BY rowid DESC) AS size
        FROM entries
    ) WHERE n > ? OR size > ?
)
"""

# The folder in use and its database, None once turned off for the run. Tests change the
# environment between uses, so a new folder opens anew.
_open: tuple[str, sqlite3.Connection | None] | None = None


@functools.cache
def kind(name: str, *makers: str) -> str:
    """The kind of an entry made by ``name`` with the installed modules ``makers``: stamps
    of baocao's own source files and of each maker's are part of it, so an upgrade (or a
    developer's edit) never takes what other code made. Found without importing them."""
    return "-".join([name, _own_stamp(), *(f"{m}={_stamp(m)}" for m in makers)])


@functools.cache
def _own_stamp() -> str:
    """Size and modification time of each of baocao's modules, hashed."""
    digest = hashlib.sha256(__version__.encode())
    with os.scandir(Path(__file__).parent) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.name.endswith(".py"):
                info = entry.stat()
                digest.update(f"{entry.name}:{info.st_size}:{info.st_mtime_ns};".encode())
    return digest.hexdigest()[:16]


def _stamp(module: str) -> str:
    """Size and modification time of an installed module's file ("?" when not installed)."""
    try:
        spec = importlib.util.find_spec(module)
        info = Path(spec.origin).stat() if spec is not None and spec.origin else None
    except (ImportError, ValueError, OSError):
        info = None
    return "?" if info is None else f"{info.st_size}.{info.st_mtime_ns}"


def folder() -> Path | None:
    """The store's folder for this environment, or None when it is turned off."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in {"", "off", "0", "no"} else Path(chosen)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "baocao" / "cache"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "baocao"


def _private(path: Path) -> bool:
    """Whether ``path`` is a folder of this user's that nobody else can write to."""
    if sys.platform == "win32":
        return path.is_dir()
    info = path.lstat()
    mine = info.st_uid == os.getuid()
    return stat.S_ISDIR(info.st_mode) and mine and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _connect() -> sqlite3.Connection | None:
    global _open
    where = folder()
    if where is None:
        return None
    if _open is not None and _open[0] == str(where):
        return _open[1]
    close()
    db = None
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        if _private(where):
            db = sqlite3.connect(where / FILE_NAME, timeout=1, isolation_level=None)
            db.execute("PRAGMA synchronous=OFF")
            db.execute(_SCHEMA)
    except (sqlite3.Error, OSError, RuntimeError):  # RuntimeError: no home folder
        if db is not None:
            with contextlib.suppress(sqlite3.Error):
                db.close()
        db = None
    _open = (str(where), db)
    return db


def get(kind: str, key: str) -> Any:
    """What was kept for (``kind``, ``key``), decoded from JSON, or None."""
    db = _connect()
    if db is None:
        return None
    try:
        row = db.execute(
            "SELECT payload FROM entries WHERE kind = ? AND key = ?", (kind, key)
        ).fetchone()
        return None if row is None else json.loads(row[0])
    except (sqlite3.Error, ValueError, TypeError):
        return None


def put(kind: str, key: str, value: Any) -> None:
    """Keep ``value`` (JSON data) for (``kind``, ``key``); the oldest go past the limits."""
    db = _connect()
    if db is None:
        return
    try:
        payload = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):
        return
    if len(payload) > MAX_PAYLOAD:
        return
    try:
        db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", (kind, key, payload))
        db.execute(_PRUNE, (MAX_ENTRIES, MAX_CHARACTERS))
    except sqlite3.Error:
        _turn_off()


def _turn_off() -> None:
    global _open
    if _open is not None:
        folder_in_use = _open[0]
        close()
        _open = (folder_in_use, None)


def close() -> None:
    """Close the database, if open; the next use opens it again."""
    global _open
    if _open is not None and _open[1] is not None:
        with contextlib.suppress(sqlite3.Error):
            _open[1].close()
    _open = None
