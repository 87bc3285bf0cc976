"""The in-process caches (``baocao.memo``) used from several threads: a library caller's."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from baocao.memo import put, remember


class _Racing(dict[str, int]):
    """A cache that, the first time its keys are walked (the oldest entry dropped), lets
    another thread add a key of its own first (``keep``), waiting up to 0.2 s for it."""

    other: threading.Thread | None = None

    def __init__(self, keep: str, **entries: int) -> None:
        super().__init__(**entries)
        self.keep = keep

    def __iter__(self) -> Iterator[str]:
        keys = super().__iter__()
        if self.other is None:
            if self.keep == "remember":
                target = lambda: remember(self, "other", lambda: 0, 3)  # noqa: E731
            else:
                target = lambda: put(self, "other", 0, 3)  # noqa: E731
            self.other = threading.Thread(target=target)
            self.other.start()
            self.other.join(0.2)
        return keys


@pytest.mark.parametrize("keep", ["remember", "put"])
def test_a_cache_walked_by_one_thread_is_not_changed_by_another(keep: str) -> None:
    """Dropping the oldest entry while another thread added one raised "dictionary changed
    size during iteration" in the first; the caches' changes are made one at a time, and
    the other thread's (``remember``, or ``put``: render's settled parts) waits for the
    first's."""
    cache = _Racing(keep, first=1)
    assert remember(cache, "second", lambda: 2, 1) == 2
    assert cache.other is not None
    cache.other.join(5)
    assert dict(cache) == {"second": 2, "other": 0}
