"""The part of the industry an index leaves out, as the `iip` row's name says it.

A province of oil and gas publishes its index without them ("Toàn ngành công nghiệp
(trừ dầu thô và khí đốt)"); the paragraph's "Chỉ số sản xuất công nghiệp … tỉnh X"
names the whole industry, so those words are said after it, in brackets: "Chỉ số sản
xuất công nghiệp (trừ dầu thô và khí đốt) tháng 10/2024 …". Only a word that leaves
something out opens them ("trừ", "không kể", "không bao gồm", "không tính"), followed
by what it leaves out; another bracket ("Chỉ số chung (toàn ngành)") adds nothing.
"""

from __future__ import annotations

import re

# A word that leaves something out, then the words it leaves out. Searched in each part of
# the name in turn (``_parts``), each read once, so that a long name with a bracket after
# its "trừ" (30 000 characters) is read in one pass, not once for each start.
_LEFT_OUT = re.compile(r"\b(ngoại trừ|trừ|không kể|không bao gồm|không tính)\s+", re.IGNORECASE)
_BRACKET = re.compile(r"[()[\]]")  # "[trừ dầu khí]" too: its "]" is no word left out
_WORD = re.compile(r"\w")


def scope_of(name: str) -> str:
    """The bracketed words of ``name`` that leave part of the industry out, else "": the
    last part (``_parts``) that has them."""
    for part in _parts(name.rstrip()):
        last = _WORD.search(part[::-1])  # the words left out hold a letter or a digit
        for found in _LEFT_OUT.finditer(part):
            if last is not None and found.end() < len(part) - last.start():
                return f"({found.group(1).lower()} {part[found.end() :].rstrip()})"
    return ""


def _parts(typed: str) -> list[str]:
    """``typed``'s parts, the last first: the words inside each outermost bracket (with
    any bracket of their own: "(trừ khai thác dầu thô (B06))"), and the words between
    them ("Toàn ngành (trừ dầu khí) (ước tính)", "… (không kể dầu khí) tỉnh X"); a closing
    bracket alone parts words too. Of a bracket left open at the end, its words after its
    last bracket."""
    parts: list[str] = []
    depth = start = 0
    for at, char in enumerate(typed):
        if char in "([" or (char in ")]" and depth <= 1):
            if depth == 0 or char in ")]":
                parts.append(typed[start:at])
                start = at + 1
            depth = depth + 1 if char in "([" else 0
        elif char in ")]":
            depth -= 1
    tail = typed[start:]
    if depth:  # left open
        tail = tail[max((m.end() for m in _BRACKET.finditer(tail)), default=0) :]
    return [tail, *reversed(parts)]


def said(scope: str, text: str) -> bool:
    """Whether ``text`` says ``scope``'s words left out after any word that leaves them
    out: "(không kể dầu khí)" says "(trừ dầu khí)", as the statistics office words it
    either way. Both are compared as read (``wordingleft.comparable``)."""
    left = _LEFT_OUT.match(scope)
    if left is None:
        return scope in text
    words = re.escape(scope[left.end() :])
    return re.search(rf"{_LEFT_OUT.pattern}{words}", text, re.IGNORECASE) is not None
