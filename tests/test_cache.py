"""The history cache: made in large folders only, used until a workbook changes, harmless."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import baocao.history
from baocao.cache import CACHE_NAME, MIN_WORKBOOKS
from baocao.history import History, series
from baocao.period import Period

from helpers import write_month


@pytest.fixture
def year_of_months(tmp_path: Path) -> Path:
    """MIN_WORKBOOKS monthly workbooks of indicator "x", January 2023 onwards."""
    period = Period(2023, 1)
    for n in range(MIN_WORKBOOKS):
        write_month(tmp_path, period.year, period.month, [("x", 100 + n, None, None, None, None)])
        period = period.next()
    return tmp_path


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the workbooks history parses with openpyxl."""
    seen: list[str] = []
    real = baocao.history.read_sheets

    def counting(path: Path, names: tuple[str, ...], **options: bool) -> object:
        seen.append(path.name)
        return real(path, names, **options)

    monkeypatch.setattr(baocao.history, "read_sheets", counting)
    return seen


def values(folder: Path) -> list[object]:
    with History(folder) as history:
        return [r.value for r in series(history, "x", Period(2023, 1), Period(2023, 12))]


def test_second_run_reads_from_the_cache(year_of_months: Path, reads: list[str]) -> None:
    """A folder of a year of workbooks is parsed once; the next run reads the cache only."""
    first = values(year_of_months)
    assert len(reads) == MIN_WORKBOOKS
    assert (year_of_months / CACHE_NAME).is_file()
    reads.clear()
    assert values(year_of_months) == first == list(range(100, 112))
    assert reads == []


def test_changed_workbook_is_read_again(year_of_months: Path, reads: list[str]) -> None:
    """A workbook written again (new size or time) is parsed again, and its new figure used."""
    values(year_of_months)
    reads.clear()
    write_month(year_of_months, 2023, 5, [("x", 555, None, None, None, None)])
    path = year_of_months / "2023-05.xlsx"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    assert values(year_of_months)[4] == 555
    assert reads == ["2023-05.xlsx"]


def test_small_folder_has_no_cache(tmp_path: Path) -> None:
    """Below MIN_WORKBOOKS workbooks nothing is written into the data folder."""
    write_month(tmp_path, 2023, 1, [("x", 1, None, None, None, None)])
    with History(tmp_path) as history:
        assert history.actual(Period(2023, 1), "x") is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2023-01.xlsx"]


def test_damaged_cache_is_ignored(year_of_months: Path, reads: list[str]) -> None:
    """A cache file that is not a database is passed over: the workbooks are read instead."""
    (year_of_months / CACHE_NAME).write_bytes(b"not a database")
    assert values(year_of_months) == list(range(100, 112))
    assert len(reads) == MIN_WORKBOOKS


def test_unwritable_cache_still_works(
    year_of_months: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """When SQLite cannot open the cache (a read-only share), the workbooks are read instead."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(sqlite3, "connect", refuse)
    assert values(year_of_months) == list(range(100, 112))
    assert len(reads) == MIN_WORKBOOKS
    assert not (year_of_months / CACHE_NAME).exists()


@pytest.mark.parametrize(
    "damage",
    [
        lambda row: row["records"]["x"][3]["value"].__setitem__(0, "1x5"),
        lambda row: row["records"]["x"][3]["value"].__setitem__(0, "NaN"),
        lambda row: row["records"]["x"].__setitem__(3, []),
        lambda row: row["indices"].__setitem__("x", ["Infinity"]),
    ],
)
def test_damaged_payload_is_ignored(
    year_of_months: Path, reads: list[str], damage: Callable[[dict[str, Any]], None]
) -> None:
    """A kept month damaged inside the database ("1x5" raised decimal.InvalidOperation, a list
    for the figures AttributeError, "NaN" was a figure) is read from its workbook instead."""
    values(year_of_months)
    with contextlib.closing(sqlite3.connect(year_of_months / CACHE_NAME)) as db:
        (payload,) = db.execute(
            "SELECT payload FROM records WHERE name = '2023-01.xlsx'"
        ).fetchone()
        row = json.loads(payload)
        damage(row)
        db.execute("UPDATE records SET payload = ? WHERE name = '2023-01.xlsx'", (json.dumps(row),))
        db.commit()
    reads.clear()
    assert values(year_of_months) == list(range(100, 112))
    assert "2023-01.xlsx" in reads
