"""A config path as the disk spells it. A name typed decomposed (NFD: Unikey's "Unicode tổ
hợp", a copy from macOS) for a folder named composed (NFC), or the reverse, is one name to
the office and two to the disk (Linux and NTFS compare bytes); so is a name typed with a
space at an edge ("data "), which no editor shows. Where only the disk's name exists, it is
used: check told to run init, which made a second folder of the same look."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Final, Literal

FORMS: Final[tuple[Literal["NFC"], Literal["NFD"]]] = ("NFC", "NFD")


def spellings(part: str) -> dict[str, None]:
    """``part`` as typed first, then trimmed, each in either Unicode form (once each)."""
    trimmed = part.strip()
    return dict.fromkeys(
        (
            part,
            trimmed,
            *(unicodedata.normalize(f, text) for text in (part, trimmed) for f in FORMS),
        )
    )


def on_disk(path: Path) -> Path:
    """``path``, each missing part replaced by the first of its other spellings that exists
    (the parts after one missing in every spelling are kept as typed)."""
    if os.path.lexists(path):  # the usual case: no walk
        return path
    found = Path(path.anchor)
    parts = path.parts[1:] if path.anchor else path.parts
    for index, part in enumerate(parts):
        here = next((found / s for s in spellings(part) if s and os.path.lexists(found / s)), None)
        if here is None:  # missing however spelt: the rest as typed
            return found.joinpath(*parts[index:])
        found = here
    return found
