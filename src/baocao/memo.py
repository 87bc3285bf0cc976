"""Bounded in-process caches keyed by content: what a service (or the test suite) makes
again and again from the same unchanged input, kept for the process's life (``store``
keeps what is worth keeping across runs)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


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
    found = cache.pop(key, None)
    if found is None:
        found = make()
        if not keep(found):
            return found
    cache[key] = found
    while len(cache) > limit:
        cache.pop(next(iter(cache)), None)
    return found
