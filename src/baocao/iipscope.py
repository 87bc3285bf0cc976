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

_LEFT_OUT = re.compile(
    r"\(?\s*\b(ngoại trừ|trừ|không kể|không bao gồm|không tính)\s+([^()]*\w[^()]*?)\s*\)?\s*$",
    re.IGNORECASE,
)


def scope_of(name: str) -> str:
    """The bracketed words of ``name`` that leave part of the industry out, else ""."""
    found = _LEFT_OUT.search(name)
    if found is None:
        return ""
    return f"({found.group(1).lower()} {found.group(2)})"
