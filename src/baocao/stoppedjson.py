"""``check --json`` stopped before its result still prints its JSON.

A usage error (``--month 13``) or a signal (a scheduler's time limit) ends the run
before the check has printed anything; a script reading stdout as JSON then got
nothing at all. It gets the document of the shape it knows instead, with the one
error said on stderr; the exit code (2, 143…) says which it was.
"""

from __future__ import annotations

import sys

from baocao.console import json_text, printed, say
from baocao.errors import error, problems_json


def say_stopped_json(message: str, argv: list[str] | None = None) -> None:
    """Print ``message`` as check's JSON when the run is ``check --json`` and stdout has
    had nothing yet (never a second document after the first)."""
    words = sys.argv[1:] if argv is None else argv
    command = next((w for w in words if not w.startswith("-")), None)
    if command == "check" and "--json" in words and not printed():
        say(json_text(problems_json(None, None, [error(message)])))
