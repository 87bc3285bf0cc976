"""The chains of ChiTieu's ``Thuộc``: the loops they make, and how deep each row stands.

Every chain is walked once for all its rows (each row's depth kept), so thousands of rows
under one another are checked at once: walking the chain up from every row took minutes
for 3 000 rows. A row more than ``MAX_LEVELS`` under its total is refused: the report
writes each child under its parent, one level inside the other, which no department's
report holds more than two or three of; the context holds each child twice (in its
parent's ``children`` and ``groups``), so what walks it whole (``lintdata.lint_shape``)
takes twice as long for each level (20 levels: hours), and thousands of levels ended in
a RecursionError.
"""

from __future__ import annotations

from collections.abc import Mapping

MAX_LEVELS = 6  # levels of "Thuộc" under a total (the sample has 1)


def chains(parents: Mapping[str, str | None]) -> tuple[dict[str, list[str]], dict[str, int]]:
    """For ``parents`` (each code's ``Thuộc``): the loop each code in one is part of, from
    that code on (a code under a loop of others is in none), and the depth of every code
    in no loop (0 for a total or a row whose ``Thuộc`` names no code, 1 under it…)."""
    loops: dict[str, list[str]] = {}
    depths: dict[str, int] = {}
    for start in parents:
        path: list[str] = []
        on_path: dict[str, int] = {}
        current: str | None = start
        while current is not None and current in parents:
            if current in depths or current in loops:  # walked from another row
                break
            if current in on_path:  # the walk came back to itself: a loop
                loop = path[on_path[current] :]
                for i, code in enumerate(loop):
                    loops[code] = loop[i:] + loop[:i]
                path = path[: on_path[current]]
                break
            on_path[current] = len(path)
            path.append(current)
            current = parents[current]
        # Under a loop, or under no code: depth 0 (the loop, or the code, is said instead).
        depth = depths[current] + 1 if current in depths else 0
        for code in reversed(path):
            depths[code] = depth
            depth += 1
    return loops, depths


def tops(parents: Mapping[str, str | None]) -> dict[str, str | None]:
    """For ``parents`` (each code's ``Thuộc``): the code without ``Thuộc`` each code stands
    under (itself for a total), None under a loop or a ``Thuộc`` naming no code; each chain
    walked once for all its rows, as ``chains`` walks it."""
    found: dict[str, str | None] = {}
    for start in parents:
        path: list[str] = []
        on_path: set[str] = set()
        current: str | None = start
        while current is not None and current in parents and current not in found:
            if current in on_path:  # a loop
                break
            if parents[current] is None:
                found[current] = current
                break
            path.append(current)
            on_path.add(current)
            current = parents[current]
        top = found.get(current) if current is not None else None
        for code in path:
            found[code] = top
    return found
