"""The in-process caches (``baocao.memo``) used from several threads: a library caller's."""

from __future__ import annotations

import threading
from collections.abc import Iterator

from baocao.memo import remember


class _Racing(dict[str, int]):
    """A cache that, the first time its keys are walked (the oldest entry dropped), lets
    another thread add a key of its own first, waiting up to 0.2 s for it."""

    other: threading.Thread | None = None

    def __iter__(self) -> Iterator[str]:
        keys = super().__iter__()
        if self.other is None:
            self.other = threading.Thread(target=remember, args=(self, "other", lambda: 0, 3))
            self.other.start()
            self.other.join(0.2)
        return keys


def test_a_cache_walked_by_one_thread_is_not_changed_by_another() -> None:
    """Dropping the oldest entry while another thread added one raised "dictionary changed
    size during iteration" in the first; the caches' changes are made one at a time, and
    the other thread's waits for the first's."""
    cache = _Racing(first=1)
    assert remember(cache, "second", lambda: 2, 1) == 2
    assert cache.other is not None
    cache.other.join(5)
    assert dict(cache) == {"second": 2, "other": 0}
