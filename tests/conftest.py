"""Shared fixtures: the sample inputs copied to a temporary workspace, and the sample report."""

from __future__ import annotations

import functools
import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
import typer.testing
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir

from helpers import SAMPLE_CONFIG, SAMPLE_WORKBOOK, write_config

# Property tests: a bounded "ci" profile by default (6 examples: about a second of the
# suite, where an unbounded run took 8–23 s), drawn the same way every run, so that CI
# passes or fails on the code, not on the draw (a random draw once found the eth "Ð" the
# test's own model of the text did not know, in one CI run of several);
# `pytest --hypothesis-profile=thorough` tries many more, random, cases. Neither keeps an
# example database, so a run leaves nothing outside its temporary folders.
settings.register_profile(
    "ci",
    max_examples=6,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile("ci")


# Hypothesis's own caches go to a temporary folder of the run's own, not ./.hypothesis, and
# so does baocao's store (``baocao.store``), not the user's cache folder: both are made
# when pytest is configured, before any test is collected (Hypothesis writes some of its
# caches while collecting) or run, and removed when it is unconfigured, so neither
# `pytest --help` nor a mistyped option (refused before configuring) leaves one behind.
# The pytest-xdist workers are given the main process's store (``pytest_configure_node``)
# and share it as two runs of baocao share the user's: what one worker read, linted or
# compiled, the other takes (with a store each, the sample was linted and compiled twice).
# Tests that need an empty store set their own (``own_store``).
SHARED_STORE = "baocao_tests_store"  # the key of the workers' input that names it
_folders: dict[str, Path] = {}  # "hypothesis", "store" (and "memory", below): this process's


# The run's temporary files (pytest's tmp_path, openpyxl's sheet files, the product's own)
# go to /dev/shm, a folder in memory, when $TMPDIR names none: openpyxl writes each sheet of
# a workbook it saves to a temporary file and removes it, and on a disk mounted with
# "discard" each removal took 1-2 ms, about a third of each of the suite's 2,000-odd saves.
# $TMPDIR is set, not only ``tempfile.tempdir``, so that the xdist workers (started after
# configuring) take it too; a $TMPDIR the user set is kept. Only a folder with room for
# pytest's last three runs (about 80 MB each) and that runs programs (tests run scripts
# they write there; containers often mount /dev/shm small, or noexec) is taken.
MEMORY_FOLDER = Path("/dev/shm")
MEMORY_FOLDER_ROOM = 1 << 30  # bytes free


def _temporary_files_in_memory() -> None:
    if "TMPDIR" in os.environ or not MEMORY_FOLDER.is_dir():
        return
    try:
        usable = os.access(MEMORY_FOLDER, os.W_OK | os.X_OK) and not (
            os.statvfs(MEMORY_FOLDER).f_flag & os.ST_NOEXEC
        )
        roomy = shutil.disk_usage(MEMORY_FOLDER).free >= MEMORY_FOLDER_ROOM
    except (OSError, AttributeError):  # no statvfs (Windows has no /dev/shm either)
        return
    if usable and roomy:
        os.environ["TMPDIR"] = str(MEMORY_FOLDER)
        tempfile.tempdir = None  # gettempdir() reads $TMPDIR again
        _folders["memory"] = MEMORY_FOLDER


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Temporary files in memory, Hypothesis's folder, and the store's: the one a worker was
    given, else a new one."""
    _temporary_files_in_memory()
    _folders["hypothesis"] = Path(tempfile.mkdtemp(prefix="baocao-tests-hypothesis-"))
    set_hypothesis_home_dir(_folders["hypothesis"])
    shared = getattr(config, "workerinput", {}).get(SHARED_STORE)
    store = Path(shared) if shared else Path(tempfile.mkdtemp(prefix="baocao-tests-store-"))
    _folders["store"] = store
    os.environ["BAOCAO_CACHE_DIR"] = str(store / "store")


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist, in the main process: each worker is given the run's store folder."""
    node.workerinput[SHARED_STORE] = str(_folders["store"])


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove Hypothesis's folder, and the store's in the main process, which ends after
    its workers (a worker's is the main process's)."""
    shutil.rmtree(_folders.pop("hypothesis"), ignore_errors=True)
    if _folders.pop("memory", None) is not None:  # the $TMPDIR this process set
        os.environ.pop("TMPDIR", None)
        tempfile.tempdir = None
    store = _folders.pop("store")
    if not hasattr(config, "workerinput"):
        shutil.rmtree(store, ignore_errors=True)


# Typer builds the click command from the app again on every CliRunner.invoke (and its
# options' validators on first use); the tests invoke the one app hundreds of times, so each
# worker builds it once. A command line run builds it once too (``cli.main``).
typer.testing._get_command = functools.cache(typer.main.get_command)  # type: ignore[attr-defined]


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Path]:
    """A folder with the sample workbook in data/ and a config pointing at it; cwd is the folder."""
    (tmp_path / "data").mkdir()
    shutil.copy(SAMPLE_WORKBOOK, tmp_path / "data" / "2024-03.xlsx")
    write_config(tmp_path)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)
        mp.delenv("BAOCAO_CONFIG", raising=False)
        yield tmp_path


@pytest.fixture(scope="session")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample report built once from the repository's own config and workbook."""
    from baocao.api import build_report
    from baocao.config import load_config
    from baocao.period import Period

    out = tmp_path_factory.mktemp("sample") / "BaoCao_T03_2024.docx"
    build_report(load_config(SAMPLE_CONFIG), Period(2024, 3), out)
    return out


def pytest_collection_finish(session: pytest.Session) -> None:
    """Python's garbage collector, set for a run of many short tests in one process: what
    is alive after collection (modules, Hypothesis's tables) is frozen out of its scans,
    and young objects are looked at every 20,000 allocations instead of 700. It took 4.5 s
    of a 57 s run (one worker), and 2 s since; each worker's peak memory (two workers) went
    from about 220 MB to 280-390 MB."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 50, 100)


# The modules of the slowest tests (LibreOffice, openxml-audit, charts, fresh processes) run
# first: the workers take tests as they free up, and a slow test left for the end keeps
# one of them busy while the other waits.
SLOW_FIRST = (
    "test_validator.py",
    "test_appendix.py",
    "test_ooxml.py",
    "test_faults.py",
    "test_stdout.py",
    "test_signals.py",
)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests of ``SLOW_FIRST`` first, in their order; the rest as collected."""
    items.sort(key=lambda item: item.path.name not in SLOW_FIRST)
