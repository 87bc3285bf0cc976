"""Thousands of HoatDong paragraphs or NhiemVu tasks: the report's checks that look for each
of them in the rendered text take time as their number, not as its square."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from baocao import substrings
from baocao.completeness import _lost, _repeated
from baocao.leftout import _apart

TASKS = 8000


def _tasks() -> list[str]:
    return [
        f"tiếp tục theo dõi, đôn đốc việc số {i} của các doanh nghiệp trên địa bàn."
        for i in range(TASKS)
    ]


def test_thousands_of_tasks_are_counted_in_the_report_at_once() -> None:
    """8 000 tasks (a list pasted whole into NhiemVu) took 3 to 4 s to count in the rendered
    report, each read through it all (10 000 made a check of 6,5 s, 20 000 of 24 s); now a
    fraction of a second, with the same counts: the last task left out is named lost, and
    the first, printed twice, repeated."""
    tasks = _tasks()
    text = " ".join([tasks[0], *tasks[:-1]])
    expected = [(task, lambda task=task: task) for task in tasks]
    start = time.perf_counter()
    found: dict[str, int] = {}
    lost = _lost(text, expected, found)
    repeated = _repeated(text, expected, found)
    assert time.perf_counter() - start < 1
    assert lost == [tasks[-1]]
    assert repeated == [f"{tasks[0]} 2 lần, trong khi sổ dữ liệu chỉ có 1 lần"]


def test_thousands_of_tasks_are_set_apart_at_once() -> None:
    """The words looked for outside the workbook's paragraphs and tasks: 8 000 tasks were
    taken out of the report's text one after another (2 to 3 s); now at once, the same
    text left."""
    tasks = _tasks()
    text = " ".join(["so với kế hoạch ubnd tỉnh giao", *tasks, "tăng khá"])
    start = time.perf_counter()
    said = _apart(text, tasks)
    assert time.perf_counter() - start < 1
    assert said == " ".join(["so với kế hoạch ubnd tỉnh giao", *[" | "] * TASKS, "tăng khá"])


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab c", max_size=200),
    st.lists(st.text(alphabet="ab c", min_size=1, max_size=30), min_size=1, max_size=20),
    st.lists(st.tuples(st.integers(0, 200), st.integers(1, 40)), max_size=20),
)
def test_texts_found_at_once_are_found_as_one_by_one(
    text: str, others: list[str], cuts: list[tuple[int, int]]
) -> None:
    """Counted and taken out at once, texts (some cut from the text, some not in it) give
    what ``str.find`` and ``str.replace`` one after another give."""
    needles = [text[at : at + size] for at, size in cuts if text[at : at + size]] + others
    plain = [n.strip() for n in needles if n.strip()]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(substrings, "MANY", 0)
        counts = substrings.count_all(text, needles)
        apart = substrings.gapped(text, plain)
    assert counts == {n: substrings.occurrences(text, n) for n in needles}
    expected = text
    for needle in plain:
        expected = expected.replace(needle, " | ")
    assert apart == expected
