"""The known name nearest a typing slip ("symbo", "nhan_dinh_sxn"), said with an unknown
key of the config or of the workbook's ThongTin."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# difflib's ratio: "nmae"/"name" and "sxn"/"sxcn" pass; "nguoi_ky"/"name" does not.
_CUTOFF = 0.75


def nearest_name(typed: str, known: Iterable[str]) -> str | None:
    """The name of ``known`` nearest ``typed`` (compared without case), if one is near."""
    near = difflib.get_close_matches(typed.casefold(), list(known), n=1, cutoff=_CUTOFF)
    return near[0] if near else None
