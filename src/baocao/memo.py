"""Bounded in-process caches keyed by content: what a service (or the test suite) makes
again and again from the same unchanged input, kept for the process's life (``store``
keeps what is worth keeping across runs)."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

# The caches' changes, one at a time: a library caller may render or check in several
# threads, and dropping the oldest entry walks a dict another thread could be adding to.
# ``make`` runs outside it: two threads missing one key may each make it (the values are
# immutable and equal), and one slow read holds no other back.
_CHANGING = threading.Lock()


def remember(
    cache: dict[K, V],
    key: K,
    make: Callable[[], V],
    limit: int,
    keep: Callable[[V], bool] = lambda _: True,
) -> V:
    """``make()``, or what it gave for ``key`` before. The most recently used is kept last
    and the oldest dropped past ``limit``; a value ``keep`` refuses is returned, not kept.
    The values must be immutable: every caller gets the same one."""
    with _CHANGING:
        found = cache.pop(key, None)
    if found is None:
        found = make()
        if not keep(found):
            return found
    put(cache, key, found, limit)
    return found


def put(cache: dict[K, V], key: K, value: V, limit: int) -> None:
    """``value`` kept for ``key`` in place of what was (``remember``'s order and limit)."""
    with _CHANGING:
        cache.pop(key, None)
        cache[key] = value
        while len(cache) > limit:
            cache.pop(next(iter(cache)), None)


def memo_short(function: Callable[[str], V]) -> Callable[[str], V]:
    """``function`` (pure, of one text) remembered for texts of up to 200 characters: the
    titles, units and headings asked of again and again; a longer text is worked out each
    time, so what is kept stays small whatever a workbook's cells hold."""
    remembered = functools.lru_cache(maxsize=1024)(function)

    @functools.wraps(function)
    def memoised(text: str) -> V:
        return remembered(text) if len(text) <= 200 else function(text)

    return memoised
