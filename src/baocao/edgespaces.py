"""A number typed as text with spaces before or after it, as a message shows it: in its
quotes with those spaces, and a word of them. The text is read trimmed, and the warning
that the number is text said «2025» of "2025 ", so the clerk could not see why."""

from __future__ import annotations

from decimal import Decimal

from baocao.vnformat import format_number

# Spaces a message can show inside its quotes; other blanks (a tab, a line break) are said.
_SHOWABLE = " \u00a0\u202f\u2009\u2007"
_BREAKS = "\n\r\v\f\x85\u2028\u2029"
# Spaces shown at an edge at most: more are counted, not shown ("2025" and 3 000 spaces
# made a message line of 3 000 blanks).
MAX_SHOWN = 3


def spaced(typed: str, text: str) -> str:
    """``text`` (``typed`` as the cell holds it, trimmed) in quotes: with the spaces at its
    edges and "(thừa dấu cách ở cuối)" when ``typed`` has any (``_kinds``: "(thừa dấu tab ở
    cuối)"), else as it reads; more than ``MAX_SHOWN`` at an edge are counted instead:
    "«2025» (thừa 3.000 dấu cách ở cuối)"."""
    lead = typed[: len(typed) - len(typed.lstrip())]
    trail = typed[len(typed.rstrip()) :]
    if not lead and not trail:
        return f"«{text}»"
    where = "ở đầu và cuối" if lead and trail else "ở đầu" if lead else "ở cuối"
    edges = lead + trail
    what = _kinds(edges)
    if max(len(lead), len(trail)) > MAX_SHOWN:
        return f"«{text}» (thừa {format_number(Decimal(len(edges)))} {what} {where})"
    seen = f"{lead}{text}{trail}" if all(c in _SHOWABLE for c in edges) else text
    return f"«{seen}» (thừa {what} {where})"


def _kinds(edges: str) -> str:
    """What the blanks ``edges`` are, as a message names them: "dấu cách" (with "hoặc xuống
    dòng" when a line break is among them), and "dấu tab" for a tab, which is no space:
    "dấu tab", "dấu cách và dấu tab"."""
    rest = edges.replace("\t", "")
    kinds = []
    if rest:
        breaks = any(c in _BREAKS for c in rest)
        kinds.append("dấu cách hoặc xuống dòng" if breaks else "dấu cách")
    if len(rest) < len(edges):
        kinds.append("dấu tab")
    return " và ".join(kinds)
