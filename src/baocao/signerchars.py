"""Invisible format characters typed in the signer's lines, said with where they stand.

A zero-width space, a joiner, the word joiner or a byte order mark (Unicode category Cf)
pasted into ``[signer] name`` of the config was dropped without a word, and one standing
for a space ("Nguyễn Văn\\u200bPhương") printed "Nguyễn VănPhương" under the signature; in
the workbook's ``nguoi_ky`` it was said only by its code point. Each is now a warning at
the key (``[signer] name``, ``title``, ``authority``) or at the ThongTin cell (``nguoi_ky``,
``chuc_vu``, ``ky_thay``), naming each character, its place in the text (which character
it is, between which words) and the text as read without it.

``Signer`` is the config's ``[signer]`` table, which keeps what was typed for that.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    PrivateAttr,
    ValidatorFunctionWrapHandler,
    model_validator,
)

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
    _typed: dict[str, str] = PrivateAttr(default_factory=dict)  # the texts as in the file

    @model_validator(mode="wrap")
    @classmethod
    def _keep_typed(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Signer:
        signer: Signer = handler(data)
        if isinstance(data, dict):
            signer._typed = {k: v for k, v in data.items() if isinstance(v, str)}
        return signer

    def typed(self, key: str) -> str:
        """``key``'s text as the file has it, invisible characters included ("" if none)."""
        return self._typed.get(key, "")


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


def config_invisibles(signer: Signer, source: Any) -> list[Problem]:
    """A warning at each ``[signer]`` key of the config file ``source`` typed with
    invisible characters."""
    found = []
    for key in SIGNER_KEYS.values():
        places = invisible_places(signer.typed(key))
        if places is not None:
            typed, read = signer.typed(key), " ".join(str(getattr(signer, key)).split())
            fix = "trong tệp cấu hình"
            message = f"Khóa «{key}» của [signer] {_message(places, typed, read, fix)}"
            found.append(warning(message, source, place=f"signer.{key}"))
    return found
