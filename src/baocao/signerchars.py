"""Invisible format characters (Unicode category Cf: a zero-width space, a joiner, the
word joiner, a byte order mark) typed in the config's texts or the workbook's signer lines,
said with where they stand.

Pasted into ``[signer] name`` of the config they were dropped without a word, and one
standing for a space ("Nguyễn Văn\\u200bPhương") printed "Nguyễn VănPhương" under the
signature; in the workbook's ``nguoi_ky`` they were said only by their code points. Each is
now a warning at the config's key (any table's) or at the ThongTin cell (``nguoi_ky``,
``chuc_vu``, ``ky_thay``), naming each character, its place in the text (which character it
is, between which words) and the text as read without it. ``Signer`` is the config's
``[signer]`` table.
"""

from __future__ import annotations

import unicodedata
from pathlib import PurePath
from typing import Any

from pydantic import BaseModel, ConfigDict

from baocao.configtypes import Capitals, CapitalText, Text
from baocao.errors import Problem, warning
from baocao.sheets import invisible_characters, without_invisible
from baocao.vnformat import clipped

# ThongTin's keys of the signer's lines, and the config's ``[signer]`` keys they stand for.
SIGNER_KEYS = {"nguoi_ky": "name", "chuc_vu": "title", "ky_thay": "authority"}
_SHOWN = 3  # characters said one by one; more are counted
_WORD = 28  # characters of a word quoted beside a place (words run together may be long)


class Signer(BaseModel):
    """Who signs; ``authority`` ("KT. GIÁM ĐỐC") is empty when the director signs. Title
    and authority are printed in capitals, as Decree 30 writes them, however typed."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Text
    title: CapitalText
    authority: Capitals = ""


def _invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def invisible_places(typed: str) -> str | None:
    """Each invisible character of ``typed`` with its place: "U+200B (ký tự thứ 11, giữa
    «Văn» và «Phương»)"; None when there is none."""
    if typed.isprintable() or not invisible_characters(typed):
        return None
    at = [i for i, char in enumerate(typed) if _invisible(char)]
    places = []
    for i in at[:_SHOWN]:  # each place reads the whole text: the others are counted
        char = typed[i]
        before, after = (without_invisible(part).split() for part in (typed[:i], typed[i + 1 :]))
        where = (
            f"giữa «{_ending(before[-1])}» và «{clipped(after[0], _WORD)}»"
            if before and after
            else f"ở cuối, sau «{_ending(before[-1])}»"
            if before
            else "ở đầu"
        )
        places.append(f"U+{ord(char):04X} (ký tự thứ {i + 1}, {where})")
    shown = "; ".join(places)
    return shown + (f" và {len(at) - _SHOWN} ký tự nữa" if len(at) > _SHOWN else "")


def _ending(word: str) -> str:
    """The word before a place as quoted: its last ``_WORD`` characters, after "…"."""
    return word if len(word) <= _WORD else "…" + word[-_WORD:]


def _message(places: str, typed: str, read: str, fix: str, blank: str = "") -> str:
    """What is said of ``typed`` read as ``read``; ``fix``: where to delete the characters;
    ``blank``: what is said instead of the text read, when there is none."""
    spaced = "".join(" " if _invisible(c) else c for c in typed).split()
    joined = (
        " (ký tự vô hình đứng thay dấu cách: hai tiếng bị dính liền)"
        if len(spaced) != len(read.split())
        else ""
    )
    which = "ký tự đó" if len(invisible_characters(typed)) == 1 else "các ký tự đó"
    shown = blank if blank and not read else f"được đọc là «{clipped(read)}»{joined}"
    return (
        f"có ký tự vô hình {places}, thường do dán từ trang web hoặc tệp khác: đã bỏ, và "
        f"{shown}. Hãy xóa {which} {fix} và kiểm tra lại."
    )


def cell_invisibles(key: str, typed: object) -> str | None:
    """The warning for ``typed``, ThongTin's ``key``'s value, when it is a signer's line
    with invisible characters; None otherwise."""
    if key not in SIGNER_KEYS or not isinstance(typed, str):
        return None
    places = invisible_places(typed)
    if places is None:
        return None
    read = " ".join(without_invisible(typed).split())
    # Only invisible characters: a blank cell, for which the config's line is printed.
    config = f"khóa «{SIGNER_KEYS[key]}» của [signer] trong tệp cấu hình"
    blank = f"ô được coi là để trống: báo cáo in {config}"
    return f"Khóa «{key}» {_message(places, typed, read, 'khỏi ô', blank)}"


# A text of the config typed with invisible characters: its key's path, the text as typed.
Key = tuple[tuple[str | int, ...], str]


def typed_invisibles(data: object, at: tuple[str | int, ...] = ()) -> list[Key]:
    """Where the config's TOML ``data`` has a text with invisible characters, and the text
    as typed."""
    if isinstance(data, str):
        return [(at, data)] if invisible_places(data) is not None else []
    if isinstance(data, dict):
        items: list[tuple[str | int, object]] = list(data.items())
    elif isinstance(data, list):
        items = list(enumerate(data))
    else:
        return []
    return [found for key, value in items for found in typed_invisibles(value, (*at, key))]


def config_invisibles(config: Any) -> list[Problem]:
    """A warning at each key of the config file, ``config.source``, whose text was typed with
    invisible characters, and dropped them (``config.typed_invisible``)."""
    found = []
    for at, typed in config.typed_invisible:
        read: object = config
        for part in at:
            if isinstance(part, int):
                read = read[part] if isinstance(read, list) and part < len(read) else None
            else:
                read = getattr(read, part, None)
        read = str(read) if isinstance(read, PurePath) else read  # [paths]' folders
        places = invisible_places(typed)
        if not isinstance(read, str) or places is None or invisible_characters(read):
            continue  # not a text as read, or one that keeps them (and is refused or unfound)
        said = _message(places, typed, " ".join(read.split()), "trong tệp cấu hình")
        message = f"{_key_named(at)} {said}"
        found.append(warning(message, config.source, place=".".join(str(p) for p in at)))
    return found


def _key_named(at: tuple[str | int, ...]) -> str:
    """A key of the config by its path, as the file shows it: "Khóa «province» của
    [organization]", "Khóa «lines» (mục thứ 2) của [recipients]", "Khóa «text» của bảng
    [[iip_assessment]] thứ 2", "Khóa «name» của mục thứ 2 trong «lines» của [recipients]"
    (a table written inline in a list)."""
    last = max(i for i, p in enumerate(at) if isinstance(p, str))
    nth = "".join(f" (mục thứ {p + 1})" for p in at[last + 1 :] if isinstance(p, int))
    index = next((i for i, p in enumerate(at[:last]) if isinstance(p, int)), None)
    if index is None:
        return f"Khóa «{at[last]}»{nth} của [{'.'.join(map(str, at[:last]))}]"
    if index == 1:  # an array of tables, [[iip_assessment]]
        return f"Khóa «{at[last]}»{nth} của bảng [[{at[0]}]] thứ {int(at[1]) + 1}"
    within = f"mục thứ {int(at[index]) + 1} trong «{at[index - 1]}»"
    return f"Khóa «{at[last]}»{nth} của {within} của [{'.'.join(map(str, at[: index - 1]))}]"
