"""A text's own ending as typed: the document's end mark "./." closing it, once or more,
found in the text's last characters alone (``TRAILING_END_MARKS``)."""

from __future__ import annotations

import re

# The end mark closing a text (once or more), then spaces: what a text's own ending
# becomes in the report. Typed without one of its full stops too ("giao/.", "giao./"),
# as after an ellipsis ("giao…/.": Word and Excel turn "..." into "…"), which stays.
_TRAILING_END_MARKS = re.compile(r"(?:\s*(?:\.?\s*/+\s*\.|\.\s*/+))+\s*$")
# The pattern shares a run of spaces, stops and slashes among its own runs every way there
# is before it fails: a task ending "./" typed 2 000 times before its last word took three
# minutes, 1 600 spaces inside it half a minute. It is tried on the text's last characters
# only, those of its marks and spaces (no more than ``_MARKS_TAIL``): a text's own ending.
_MARKS_TAIL = 100


class _TrailingEndMarks:
    """``_TRAILING_END_MARKS`` sought in a text's ending alone (``search``, whose match
    ends before the spaces that end the text, and ``sub``)."""

    def search(self, text: str) -> re.Match[str] | None:
        end = start = len(text.rstrip())  # spaces after the marks, however many: its end
        limit = max(0, start - _MARKS_TAIL)
        while start > limit and (text[start - 1].isspace() or text[start - 1] in "./"):
            start -= 1
        return _TRAILING_END_MARKS.search(text, start, end) if start < end else None

    def sub(self, repl: str, text: str) -> str:
        found = self.search(text)
        return text if found is None else f"{text[: found.start()]}{repl}"


TRAILING_END_MARKS = _TrailingEndMarks()
