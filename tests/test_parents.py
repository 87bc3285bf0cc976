"""``parents.tops``: the top row of each code, each chain of ``Thuộc`` walked once."""

from __future__ import annotations

import time

from baocao.parents import tops


def test_each_code_under_its_top_none_under_a_loop_or_a_missing_code() -> None:
    parents = {
        "a": None,
        "a.b": "a",
        "a.b.c": "a.b",
        "x": "y",  # "y" is no code
        "p": "q",
        "q": "p",  # a loop
        "r": "q",  # under the loop
        "s": "s",  # under itself
    }
    assert tops(parents) == {
        "a": "a",
        "a.b": "a",
        "a.b.c": "a",
        "x": None,
        "p": None,
        "q": None,
        "r": None,
        "s": None,
    }


def test_thousands_of_rows_under_one_another_are_walked_once() -> None:
    """breakdownsection walked the chain up from every row: 20 000 rows under one another,
    minutes; each chain is now walked once."""
    parents = {f"c{i}": (f"c{i - 1}" if i else None) for i in range(20_000)}
    start = time.perf_counter()
    found = tops(parents)
    assert time.perf_counter() - start < 1
    assert set(found.values()) == {"c0"}
