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
The database file must be the user's alone too, and so must every folder above (each
owned by the user or root, written by others only when sticky); it is reached through
its resolved path. It is an optimisation only: any SQLite or file-system trouble turns
it off for the run without a word (a database that is not one is made anew), an entry
whose checksum or JSON does not match is a miss, the oldest entries go past
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
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from baocao import __version__

ENV = "BAOCAO_CACHE_DIR"
FILE_NAME = "cache.sqlite3"
OFF = frozenset({"", "off", "0", "no", "false", "none"})  # values of ENV that turn it off
MAX_ENTRIES = 2000
MAX_CHARACTERS = 100_000_000  # of JSON in all (a report's entries take tens of kilobytes)
MAX_PAYLOAD = 2_000_000  # characters of JSON; a bigger reading is not kept
BUSY_WAIT_S = 1.0  # how long a run waits for another holding the database, then goes without
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS kept (kind TEXT NOT NULL, key TEXT NOT NULL, "
    "size INTEGER NOT NULL, digest TEXT NOT NULL, payload TEXT NOT NULL, "
    "PRIMARY KEY (kind, key))"
)
# The entries' sizes, apart: counting them before each write (``_prune``) reads this index
# alone, not every entry's page (a tenth of the time of a write to a full store).
_SIZES = "CREATE INDEX IF NOT EXISTS kept_sizes ON kept (size)"
# The oldest entries, as many as the parameter: the first rows of the table's own order.
_OLDEST = "DELETE FROM kept WHERE rowid IN (SELECT rowid FROM kept ORDER BY rowid LIMIT ?)"
_SIDE_FILES = ("-journal", "-wal", "-shm")  # SQLite's own files beside the database
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)

# The folder in use and its database, None once turned off for the run. Tests change the
# environment between uses, so a new folder opens anew.
_open: tuple[str, sqlite3.Connection | None] | None = None


@functools.cache
def kind(name: str, *makers: str) -> str:
    """The kind of an entry made by ``name`` with the installed modules ``makers``: stamps
    of baocao's own source files and of each maker's installed files are part of it, so
    an upgrade (or a developer's edit) never takes what other code made. Found without
    importing the makers."""
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


@functools.cache
def _stamp(module: str) -> str:
    """An installed module's stamp: the hash of its distribution's RECORD (the name,
    version and content hash of every file it installed), else its file's size and
    modification time (a source checkout), "?" when it is not installed."""
    try:
        spec = importlib.util.find_spec(module)
        origin = Path(spec.origin) if spec is not None and spec.origin else None
        if origin is None:
            return "?"
        package = origin.parent if origin.name == "__init__.py" else origin
        for record in package.parent.glob(f"{module}-*.dist-info/RECORD"):
            return hashlib.sha256(record.read_bytes()).hexdigest()[:16]
        info = origin.stat()
    except (ImportError, ValueError, OSError):
        return "?"
    return f"{info.st_size}.{info.st_mtime_ns}"


def folder() -> Path | None:
    """The store's folder for this environment (absolute), or None when it is turned off
    or there is no home folder to put it in."""
    chosen = os.environ.get(ENV)
    if chosen is not None:
        if chosen.strip().lower() in OFF:
            return None
        try:
            return Path(chosen).expanduser().absolute()  # cron does not expand "~"
        except RuntimeError:  # "~" without a home
            return None
    try:
        if sys.platform == "win32":
            base = Path(os.environ.get("LOCALAPPDATA", "")) / "baocao"
            return base / "cache" if base.is_absolute() else None
        cache = Path(os.environ.get("XDG_CACHE_HOME", ""))
        base = cache if cache.is_absolute() else Path.home() / ".cache"  # XDG: relative is unset
    except (RuntimeError, KeyError, OSError):  # no HOME and no passwd entry
        return None
    return base / "baocao" if base.is_absolute() else None


def keeps_code() -> bool:
    """Whether compiled template code may be kept: where the folder's privacy is checked
    (POSIX), or on Windows in the user's own default folder only (not one chosen by
    ``BAOCAO_CACHE_DIR``, which may be a share whose rights are not checked here)."""
    return sys.platform != "win32" or ENV not in os.environ


def _private(path: Path) -> bool:
    """Whether ``path`` (resolved) is a folder of this user's that nobody else can write
    to, below folders nobody else can change (each owned by the user or root, and written
    by others only when sticky, as /tmp). Made 0700 when it is readable by others."""
    if sys.platform == "win32":
        return path.is_dir()
    me = os.getuid()
    info = path.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != me or info.st_mode & 0o022:
        return False
    for parent in path.parents:
        up = parent.lstat()
        if up.st_uid not in (me, 0) or (up.st_mode & 0o022 and not up.st_mode & stat.S_ISVTX):
            return False
    if info.st_mode & 0o077:
        path.chmod(0o700)
    return True


def _private_file(path: Path) -> bool:
    """Whether ``path`` is absent, or a regular file of this user's nobody else can write
    (made 0600 when others could read it)."""
    if sys.platform == "win32":
        return not path.exists() or path.is_file()
    try:
        info = path.lstat()
    except FileNotFoundError:
        return True
    if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o022:
        return False
    if info.st_mode & 0o077:
        path.chmod(0o600)
    return True


def _open_database(where: Path) -> sqlite3.Connection | None:
    """The database in ``where``, made if missing (0600); None when it must not be used."""
    where.mkdir(mode=0o700, parents=True, exist_ok=True)
    where = where.resolve(strict=True)  # connect through no link another could change
    path = where / FILE_NAME
    files = [path, *(Path(f"{path}{side}") for side in _SIDE_FILES)]
    if not _private(where) or not all(map(_private_file, files)):
        return None
    _create_private(path)
    for attempt in range(2):
        db = sqlite3.connect(path, timeout=BUSY_WAIT_S, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")  # a crash loses the last entries at most
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(_SCHEMA)
            db.execute(_SIZES)
            return db
        except sqlite3.DatabaseError as exc:
            db.close()
            if attempt or isinstance(exc, sqlite3.OperationalError):  # busy: another run's
                raise
            for file in files:  # not a database (damaged): ours, checked above; made anew
                file.unlink(missing_ok=True)
            _create_private(path)
    return None


def _create_private(path: Path) -> None:
    """An empty file at ``path`` readable by its user alone, not through a link; an
    existing file is left as it is."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _NOFOLLOW, 0o600))


def _connect() -> sqlite3.Connection | None:
    global _open
    where = folder()
    if where is None:
        return None
    if _open is not None and _open[0] == str(where):
        return _open[1]
    close()
    try:
        db = _open_database(where)
    except (sqlite3.Error, OSError, RuntimeError):
        db = None
    _open = (str(where), db)
    return db


def get(kind: str, key: str) -> Any:
    """What was kept for (``kind``, ``key``), decoded from JSON, or None."""
    db = _connect()
    if db is None:
        return None
    try:
        row = db.execute("SELECT digest, payload FROM kept WHERE kind = ? AND key = ?", (kind, key))
        found = row.fetchone()
    except sqlite3.Error:  # busy past its time-out, damaged: not worth waiting again
        _turn_off()
        return None
    if found is None or found[0] != _digest(found[1]):  # nothing, or damaged since
        return None
    try:
        return json.loads(found[1])
    except (ValueError, TypeError):
        return None


def _digest(payload: object) -> str:
    text = payload if isinstance(payload, str) else ""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


T = TypeVar("T")
# What a decoder raises on a payload that is not what this version writes.
NOT_KEPT = (ValueError, TypeError, KeyError, IndexError, AttributeError)


def kept(
    kind: str,
    key: str,
    make: Callable[[], T],
    decode: Callable[[Any], T],
    encode: Callable[[T], Any],
) -> T:
    """What was kept for (``kind``, ``key``), read back by ``decode``; else ``make()``,
    kept as ``encode`` writes it. ``decode`` raising one of ``NOT_KEPT`` is a miss;
    ``encode`` giving None (or raising ``TypeError``) keeps nothing."""
    payload = get(kind, key)
    if payload is not None:
        try:
            return decode(payload)
        except NOT_KEPT:
            pass
    made = make()
    with contextlib.suppress(TypeError):
        encoded = encode(made)
        if encoded is not None:
            put(kind, key, encoded)
    return made


def as_text(payload: Any) -> str:
    """``payload`` when it is text (a decoder for ``kept``); else a ``TypeError``, a miss."""
    if not isinstance(payload, str):
        raise TypeError("not text")
    return payload


def as_int(payload: Any) -> int:
    """``payload`` when it is a whole number (not ``True`` or ``False``); else a miss."""
    if not isinstance(payload, int) or isinstance(payload, bool):
        raise TypeError("not a whole number")
    return payload


def as_texts(payload: Any) -> list[str]:
    """``payload`` when it is a list of texts; else a miss."""
    if not isinstance(payload, list):
        raise TypeError("not a list")
    return [as_text(item) for item in payload]


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
        db.execute("BEGIN IMMEDIATE")
        try:
            entry = (kind, key, len(payload), _digest(payload), payload)
            db.execute("INSERT OR REPLACE INTO kept VALUES (?, ?, ?, ?, ?)", entry)
            _prune(db)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    except (sqlite3.Error, UnicodeEncodeError):  # busy, full, read-only; a lone surrogate
        _turn_off()


def _prune(db: sqlite3.Connection) -> None:
    """Delete the oldest entries past the newest MAX_ENTRIES or MAX_CHARACTERS."""
    count, size = db.execute("SELECT count(*), total(size) FROM kept").fetchone()
    if count <= MAX_ENTRIES and size <= MAX_CHARACTERS:
        return
    if size <= MAX_CHARACTERS:  # too many entries alone (a full store, at each write): the
        # oldest past the newest MAX_ENTRIES go, not found by reading every size (1 ms)
        db.execute(_OLDEST, (count - MAX_ENTRIES,))
        return
    total, dropped = 0, []
    for n, (rowid, each) in enumerate(
        db.execute("SELECT rowid, size FROM kept INDEXED BY kept_sizes ORDER BY rowid DESC")
    ):
        total += each
        if n >= MAX_ENTRIES or total > MAX_CHARACTERS:
            dropped.append((rowid,))
    db.executemany("DELETE FROM kept WHERE rowid = ?", dropped)


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
