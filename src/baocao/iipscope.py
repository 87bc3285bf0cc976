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

# A word that leaves something out, then the words it leaves out. Searched only in the
# name's last words outside any bracket, so that a long name with a bracket after its
# "trừ" (30 000 characters) is read once, not once for each start (seconds per read).
_LEFT_OUT = re.compile(r"\b(ngoại trừ|trừ|không kể|không bao gồm|không tính)\s+", re.IGNORECASE)
_BRACKET = re.compile(r"[()[\]]")  # "[trừ dầu khí]" too: its "]" is no word left out
_WORD = re.compile(r"\w")


def scope_of(name: str) -> str:
    """The bracketed words of ``name`` that leave part of the industry out, else ""."""
    typed = name.rstrip()
    typed = typed[:-1] if typed.endswith((")", "]")) else typed  # the bracket the words close
    tail = typed[max((m.end() for m in _BRACKET.finditer(typed)), default=0) :]
    last = _WORD.search(tail[::-1])  # the words left out hold a letter or a digit
    for found in _LEFT_OUT.finditer(tail):
        if last is not None and found.end() < len(tail) - last.start():
            return f"({found.group(1).lower()} {tail[found.end() :].rstrip()})"
    return ""


def said(scope: str, text: str) -> bool:
    """Whether ``text`` says ``scope``'s words left out after any word that leaves them
    out: "(không kể dầu khí)" says "(trừ dầu khí)", as the statistics office words it
    either way. Both are compared as read (``wordingleft.comparable``)."""
    left = _LEFT_OUT.match(scope)
    if left is None:
        return scope in text
    words = re.escape(scope[left.end() :])
    return re.search(rf"{_LEFT_OUT.pattern}{words}", text, re.IGNORECASE) is not None
