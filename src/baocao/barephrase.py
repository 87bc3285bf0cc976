"""A ThongTin phrase without the punctuation, quotes and brackets around it, in time
linear in its length.

``bare_phrase`` takes "(tăng khá).", "- tăng khá" to "tăng khá": what stands inside a
sentence of the report (the assessment word, the names of the same-period and the plan
bases). It drops one mark at a time from either end; counting the marks left, or finding
where a bracket closes, anew at each step took time quadratic in the text (a cell of
100 000 "(" took 15 s, one of 16 000 nested brackets around a word minutes), so the
counts are kept as marks are dropped and each bracket's match is found once.
"""

from __future__ import annotations

import re
from collections import Counter

from baocao.assessmentword import base_only, outside_brackets
from baocao.titlecased import NUMERALS, lowered_base
from baocao.vnformat import plain_text

_STOPS = ".,;:!?…"  # punctuation a phrase set in a sentence cannot keep at its ends
_MARKERS = "-–—•*+"  # a list item's marker typed by habit before the phrase ("- tăng khá")
_PAIRS = {"(": ")", "[": "]", "“": "”", "‘": "’", "«": "»", '"': '"', "'": "'"}
_CLOSERS = {c: o for o, c in _PAIRS.items()}


def _matches(text: str) -> dict[int, int]:
    """For each bracket opening in ``text`` (not a quote, which opens and closes alike),
    where the bracket that closes it stands."""
    found: dict[int, int] = {}
    stacks: dict[str, list[int]] = {o: [] for o, c in _PAIRS.items() if o != c}
    for at, char in enumerate(text):
        if char in stacks:
            stacks[char].append(at)
        elif (opener := _CLOSERS.get(char)) in stacks and stacks[opener]:
            found[stacks[opener].pop()] = at
    return found


def bare_phrase(text: str) -> str:
    """``text`` without the punctuation and quotes around it, or a list marker before it,
    spaces collapsed: "(tăng khá).", "- tăng khá" → "tăng khá"; what stands inside a
    sentence of the report. A bracket or quote closing one opened inside stays: "so với
    Kế hoạch năm (điều chỉnh)"."""
    phrase = " ".join(text.split())
    counts = Counter(c for c in phrase if c in _PAIRS or c in _CLOSERS)
    closes = _matches(phrase)
    start, end = 0, len(phrase)

    def unpaired(mark: str) -> bool:
        opener, closer = _CLOSERS.get(mark, mark), _PAIRS.get(mark, mark)
        if opener == closer:
            return counts[mark] % 2 == 1
        return counts[opener] != counts[closer]

    def drop_first() -> None:
        nonlocal start
        counts[phrase[start]] -= 1
        start += 1
        if start < end and phrase[start] == " ":
            start += 1

    def drop_last() -> None:
        nonlocal end
        counts[phrase[end - 1]] -= 1
        end -= 1
        if end > start and phrase[end - 1] == " ":
            end -= 1

    while start < end:
        first, last = phrase[start], phrase[end - 1]
        if first in _STOPS or first in _MARKERS or (first in _PAIRS and unpaired(first)):
            drop_first()
        elif last in _STOPS or (last in _CLOSERS and unpaired(last)):
            drop_last()
        elif (
            first in _PAIRS
            and end - start >= 2
            and last == _PAIRS[first]
            and (counts[first] == 2 if first == last else closes.get(start) == end - 1)
        ):
            drop_last()
            drop_first()
        else:
            break
    return phrase[start:end]


# The percent sign of a column title after a base's name ("Cùng kỳ năm trước (%)", "Kế
# hoạch năm [%]", "… %"), copied with it: the report prints the percentage before the name.
# Searched from a word's end, not from each space of a run (32 000 spaces took 15 s; the
# match found, the leftmost, never starts after a space).
_PERCENT_END = re.compile(r"(?<!\s)\s*(?:\(\s*%\s*\)|\[\s*%\s*\]|%)\s*$")


def unpercented(text: str) -> str:
    """``text`` without a column title's "(%)", "[%]" or "%" at its end."""
    return _PERCENT_END.sub("", text)


def plan_phrase(text: str) -> str:
    """``so_sanh_ke_hoach`` as it stands in a sentence: ``bare_phrase`` without a column
    title's percent sign at its end ("kế hoạch năm (%)" → "kế hoạch năm"), a plan's and a
    period's words typed in capitals lowered but "KH" ("KH NĂM 2024" → "KH năm 2024":
    ``lowered_base``)."""
    phrase = bare_phrase(unpercented(bare_phrase(text)))
    if base_only(plain_text(outside_brackets(phrase))):
        return lowered_base(phrase, NUMERALS | {"kh"})
    return phrase
