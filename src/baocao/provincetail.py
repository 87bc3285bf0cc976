"""Where a body's name ends with its province, which the appendix's line writes after it.

The line reads "… của {issuing_body_in_text} {province}". A body typed with its province
at its end prints it twice: as ``province`` is typed ("SỞ CÔNG THƯƠNG TỈNH LAM SƠN"), or
its name alone ("SỞ CÔNG THƯƠNG LAM SƠN" for "tỉnh Lam Sơn"), or the name after the
other word of a city ("… THÀNH PHỐ TRƯỜNG GIANG" for "TP. Trường Giang"). Words are compared
capitalised, NFC, one space apart.
"""

from __future__ import annotations

import unicodedata

# The words a province's name opens with, capitalised as ``capitalise_words`` makes them.
_OPENINGS = (("Tỉnh",), ("Thành", "Phố"), ("Tp.",), ("Tp",))


def capitalise_words(name: str) -> str:
    """ "SỞ CÔNG THƯƠNG" → "Sở Công Thương" (NFC first, so a decomposed "Ư" stays one letter)."""
    return " ".join(word.capitalize() for word in unicodedata.normalize("NFC", name).split())


def province_end(words: list[str], province: object) -> int:
    """How many of ``words`` (capitalised) at their end name ``province``: as typed, or
    its name with another opening word or none; 0 when none do, or all of them would."""
    place = capitalise_words(str(province or "")).split()
    ends = [place]
    for opening in _OPENINGS:
        if place[: len(opening)] == list(opening) and len(place) > len(opening):
            name = place[len(opening) :]
            ends += [[*other, *name] for other in _OPENINGS]
            ends.append(name)
    for end in ends:
        if 0 < len(end) < len(words) and words[-len(end) :] == end:
            rest = words[: -len(end)]  # "TỈNH LAM SƠN" alone is no body's name
            if not any(rest[-len(opening) :] == list(opening) for opening in _OPENINGS):
                return len(end)
    return 0
