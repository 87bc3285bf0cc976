"""What reaches the console: lines that may not be printed, and Vietnamese on any console.

Every line the command line writes goes through ``say``. A stream that cannot take
it (stdout redirected to a full disk, a pipe whose reader has gone, ``| head``) is
never a traceback: stdout's failure raises ``StdoutError`` (for ``check``, ``history``
and ``--help`` the output is the result: exit code 7), stderr's is given up
silently, since nothing is left to say it on. The stream is then pointed at the null
device, so Python does not fail again on it at exit ("Exception ignored … Broken
pipe"). ``say_done`` prints what a run made: its files exist whatever becomes of the
lines, so there a stdout that cannot take them is a warning on stderr that says
them, and the run still succeeds. ``safe_console`` keeps a console that cannot print
Vietnamese (cp1252, latin-1) from crashing the program.
"""

from __future__ import annotations

import codecs
import contextlib
import functools
import json
import os
import re
import sys
import unicodedata
from pathlib import Path
from typing import TextIO

import typer

from baocao.errors import WriteError, os_reason


class StdoutError(WriteError):
    """stdout could not take what a command prints (a full disk, a closed pipe)."""


_PRINTED: list[bool] = []  # whether anything reached stdout yet (``printed``)
_UNPRINTED = "Không in được kết quả ra đầu ra chuẩn (stdout): "


def say(text: str, *, err: bool = False) -> None:
    """Print ``text`` and a newline on stdout (or stderr with ``err``).

    stdout that cannot take it raises ``StdoutError``; stderr that cannot is given up.
    """
    if sys.stdout is None and not err:  # closed before the run (`>&-`): click prints nothing
        raise StdoutError(f"{_UNPRINTED}đầu ra chuẩn đã bị đóng.")
    try:
        typer.echo(text, err=err)
        if not err:
            _PRINTED.append(True)
    except OSError as exc:
        _to_null(sys.stderr if err else sys.stdout)
        if not err:
            raise StdoutError(f"{_UNPRINTED}{os_reason(exc)}.") from None


def printed() -> bool:
    """Whether this run has printed on stdout already."""
    return bool(_PRINTED)


def say_done(lines: list[str]) -> None:
    """Print the lines that say what a run made ("Đã tạo báo cáo: …"). When stdout cannot
    take them, they are one warning line on stderr instead; the run still succeeds."""
    try:
        for line in lines:
            say(line)
    except StdoutError as exc:
        rest = [line[:1].lower() + line[1:] for line in lines[1:]]
        say(f"CẢNH BÁO: {exc} {'; '.join(lines[:1] + rest)}", err=True)


def _to_null(stream: TextIO) -> None:
    """Point the descriptor under ``stream`` at the null device: what is still buffered,
    and anything written later, goes nowhere instead of failing again (at exit too)."""
    with contextlib.suppress(OSError, ValueError):  # no descriptor (a test's stream)
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, stream.fileno())
        finally:
            os.close(null)


_PUNCTUATION = {"–": "-", "—": "-", "…": "...", "‘": "'", "’": "'", "“": '"', "”": '"'}


def _unaccent(encoding: str, exc: UnicodeError) -> tuple[str, int]:
    """An encoding error handler for letters the console lacks.

    A console with combining marks (cp1258, Vietnamese Windows) gets the letter
    decomposed, so it shows right; any other drops the marks ("ạ" → "a", "Đ" → "D"):
    readable Vietnamese without diacritics instead of a crash after the work is done.
    """
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for char in exc.object[exc.start : exc.end]:
        decomposed = unicodedata.normalize("NFD", char)
        try:
            decomposed.encode(encoding)  # exc.encoding is only "charmap" for most consoles
        except (UnicodeEncodeError, LookupError):
            bare = "".join(c for c in decomposed if not unicodedata.combining(c))
            bare = _PUNCTUATION.get(char, bare.replace("đ", "d").replace("Đ", "D"))
            out.append(bare if bare.isascii() and bare else "?")
        else:
            out.append(decomposed)
    return "".join(out), exc.end


def safe_console() -> None:
    """Let stdout and stderr print Vietnamese on any console, dropping marks they cannot show;
    a run starts with nothing printed (``printed``)."""
    _PRINTED.clear()
    for stream in (sys.stdout, sys.stderr):
        encoding = getattr(stream, "encoding", None) or "ascii"
        reconfigure = getattr(stream, "reconfigure", None)
        try:
            "Đã tạo báo cáo: ạ ễ ữ «»".encode(encoding)
        except (UnicodeEncodeError, LookupError):
            if reconfigure is not None:
                handler = f"baocao.unaccent.{encoding}"
                codecs.register_error(handler, functools.partial(_unaccent, encoding))
                reconfigure(errors=handler)
        else:
            # A path's bytes that are no UTF-8 (a folder named in an old code page) are
            # printed as they are on disk, as in a C locale, not a traceback (en_US.UTF-8).
            if reconfigure is not None and getattr(stream, "errors", "") == "strict":
                reconfigure(errors="surrogateescape")


def show_path(path: Path) -> str:
    """``path`` relative to the working folder when inside it (never resolving symlinks);
    as given when the working folder is the root, where "tmp/x.docx" would mislead, or is
    gone (removed under a shell or a job that still stands in it)."""
    try:
        here = Path.cwd()
    except OSError:
        return str(path)
    if here == Path(here.anchor):
        return str(path)
    try:
        return str(path.absolute().relative_to(here))
    except ValueError:
        return str(path)


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def json_text(data: dict[str, object]) -> str:
    """``data`` as JSON with its letters as they are; a path's byte that is no UTF-8 (a
    folder named in an old code page, read by Python as a lone surrogate) is written as
    its escape ("\\udcd5", which Python's ``os.fsencode`` turns back into the byte), so
    the output stays valid UTF-8 JSON."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return _ESCAPED_BYTE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
