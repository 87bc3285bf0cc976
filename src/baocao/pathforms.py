"""A config path as the disk spells it: a name typed decomposed (NFD: Unikey's "Unicode tổ
hợp", a copy from macOS) for a folder named composed (NFC), or the reverse, is one name to
the office and two to the disk (Linux and NTFS compare bytes)."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Final, Literal

FORMS: Final[tuple[Literal["NFC"], Literal["NFD"]]] = ("NFC", "NFD")


def on_disk(path: Path) -> Path:
    """``path``, each missing part replaced by its other Unicode form where that one exists
    (the parts after the first missing in both forms are kept as typed)."""
    if os.path.lexists(path) or path.as_posix().isascii():  # the usual case: no walk
        return path
    found = Path(path.anchor)
    parts = path.parts[1:] if path.anchor else path.parts
    for index, part in enumerate(parts):
        forms = (part, *(unicodedata.normalize(form, part) for form in FORMS))
        here = next((found / f for f in forms if os.path.lexists(found / f)), None)
        if here is None:  # missing whatever its form: the rest as typed
            return found.joinpath(*parts[index:])
        found = here
    return found
