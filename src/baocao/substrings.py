"""How many times each of many texts is in one text, overlapping ones counted, in about the
time of a few passes over it.

``str.find`` reads the whole text once per text looked for: a report's every paragraph and
task looked for in the report took time as their number squared (5 000 NhiemVu rows, 2,4 s
a check; 10 000, 6,5 s). Past ``MANY`` texts, each is looked for only where one of its
``GRAM``-character pieces, the rarest in the text, stands, and compared there whole: the
same counts, each text's in the time of the places its rarest piece stands.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

GRAM = 8  # characters of the pieces a text is found by
MANY = 300  # texts looked for one by one up to this many (a report's are a few dozen)
_WEIGHED = 8  # pieces of a needle, about, weighed for the rarest


def occurrences(text: str, needle: str) -> int:
    """How many times ``needle`` is in ``text``, overlapping ones counted (the generous count:
    equal texts written one after another are never under-counted)."""
    return len(places(text, needle))


def places(text: str, needle: str) -> list[int]:
    """Where ``needle`` begins in ``text``, overlapping ones counted, in order."""
    found, at = [], text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def count_all(
    text: str, needles: Iterable[str], count: Callable[[str, str], int] = occurrences
) -> dict[str, int]:
    """``occurrences`` of each of ``needles`` in ``text``, by needle: up to ``MANY`` of them
    with ``count``, one by one."""
    distinct = set(needles)
    if len(distinct) <= MANY:
        return {needle: count(text, needle) for needle in distinct}
    return {needle: len(found) for needle, found in places_all(text, distinct).items()}


def places_all(text: str, needles: Iterable[str]) -> dict[str, list[int]]:
    """Where each of ``needles`` begins in ``text`` (``places``), by needle.

    A needle's pieces are those opening one of its words but the first: each such piece
    stands after a space in the text too, so only the places after a space are read."""
    distinct = set(needles)
    # needle → where its pieces stand in it (one of a word, or too short: found one by one)
    anchors = {n: ats for n in distinct if (ats := _word_starts(n, len(n) - GRAM))}
    found = {n: places(text, n) for n in distinct if n not in anchors}
    if not anchors:
        return found
    starts = _word_starts(text, len(text) - GRAM)
    grams = Counter(text[at : at + GRAM] for at in starts)
    chosen: dict[str, tuple[str, int]] = {}  # needle → its piece rarest in the text, and where
    for needle, offsets in anchors.items():
        weighed = offsets[:: len(offsets) // _WEIGHED + 1]  # a few, from all its length
        offset = min(weighed, key=lambda at: grams.get(needle[at : at + GRAM], 0))
        chosen[needle] = (needle[offset : offset + GRAM], offset)
    wanted = {gram for gram, _ in chosen.values() if gram in grams}
    seen: defaultdict[str, list[int]] = defaultdict(list)
    for at in starts:
        if (gram := text[at : at + GRAM]) in wanted:
            seen[gram].append(at)
    for needle, (gram, offset) in chosen.items():
        begins = (at - offset for at in seen.get(gram, ()))
        found[needle] = [at for at in begins if at >= 0 and text.startswith(needle, at)]
    return found


GAP = " | "  # what ``gapped`` puts in a needle's place


def gapped(text: str, needles: list[str]) -> str:
    """``text`` with each of ``needles`` replaced by ``GAP`` in turn, as ``str.replace`` one
    after another makes it; past ``MANY`` needles, from where each is found at once. No
    needle then holds "|" or opens or ends with a space, so none is found across a gap."""
    if len(needles) <= MANY or any(not n or "|" in n or " " in (n[0], n[-1]) for n in needles):
        for needle in needles:
            text = text.replace(needle, GAP)
        return text
    found = places_all(text, needles)
    taken = bytearray(len(text))  # 1 where a needle replaced stood
    spans: list[tuple[int, int]] = []
    for needle in dict.fromkeys(needles):  # a needle again finds nothing left
        end = -1
        for at in found[needle]:
            if at >= end and taken.find(1, at, at + len(needle)) < 0:
                end = at + len(needle)
                taken[at:end] = b"\1" * len(needle)
                spans.append((at, end))
    pieces, last = [], 0
    for at, end in sorted(spans):
        pieces += [text[last:at], GAP]
        last = end
    return "".join([*pieces, text[last:]])


def _word_starts(text: str, last: int) -> list[int]:
    """The places in ``text`` right after a space, up to ``last``."""
    return [found.end() for found in _SPACE.finditer(text, 0, max(last, 0))]


_SPACE = re.compile(" ")
