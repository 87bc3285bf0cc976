"""The console script holds the garbage collector while modules load, then every command
sets aside what was loaded and turns it on again (``collector``)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from baocao import collector

from helpers import python_child

# The console script run as `baocao ARGS`; at exit: whether the collector is on, whether it
# was off when what was loaded was set aside, and its states (on, anything set aside) as the
# library's entry points were called.
CONSOLE_SCRIPT = """
import atexit, gc, sys
import baocao.api, baocao.office, baocao.timeseries
seen, work = [], []
real_freeze = gc.freeze
def freeze():
    seen.append(gc.isenabled())
    real_freeze()
gc.freeze = freeze
def watched(module, name):
    real = getattr(module, name)
    def call(*args, **kwargs):
        work.append((gc.isenabled(), gc.get_freeze_count() > 0))
        return real(*args, **kwargs)
    setattr(module, name, call)
for module, names in ((baocao.api, ("build_report", "check_inputs")),
                      (baocao.office, ("new_month_workbook", "setup_office")),
                      (baocao.timeseries, ("history_series",))):
    for name in names:
        watched(module, name)
atexit.register(lambda: print("collector:", gc.isenabled(), seen, sorted(set(work))))
from baocao.__main__ import main
sys.argv = ["baocao", *sys.argv[1:]]
main()
"""
# A fresh Python (not a forked child, whose modules are loaded already): whether the
# collector was on as the CLI's and the library's modules began to load.
FRESH_IMPORTS = """
import atexit, gc, importlib.abc, sys
loading = {}
class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name in ("baocao.cli", "baocao.api"):
            loading.setdefault(name, gc.isenabled())
        return None
sys.meta_path.insert(0, Watch())
atexit.register(lambda: print("loading:", loading, gc.isenabled()))
from baocao.__main__ import main
sys.argv = ["baocao", *sys.argv[1:]]
main()
"""


@pytest.mark.parametrize(
    "args",
    [
        ["build", "--month", "3", "--year", "2024", "--out", "r.docx"],
        ["check", "--month", "3", "--year", "2024"],
        ["init", "--month", "4", "--year", "2024"],
        ["history", "--code", "gtsx"],
        ["setup", "new", "--month", "3", "--year", "2024"],
    ],
    ids=lambda args: args[0],
)
def test_every_command_works_with_the_collector_on_again(workspace: Path, args: list[str]) -> None:
    """A command the console script runs releases the collector it held before its work:
    off until then, set aside what was loaded, on for the work and after."""
    proc = python_child(CONSOLE_SCRIPT, *args, cwd=workspace)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "collector: True [False] [(True, True)]"


@pytest.mark.parametrize("args", [["buid"], ["--help"], ["build", "--month", "13"]])
def test_a_run_that_ends_before_a_command_turns_it_on_again(
    workspace: Path, args: list[str]
) -> None:
    """A mistyped command or a help screen ends before any library loads: nothing is set
    aside, and the collector is on again as the console script returns."""
    proc = python_child(CONSOLE_SCRIPT, *args, cwd=workspace)
    assert proc.returncode == (0 if args == ["--help"] else 2)
    assert proc.stdout.splitlines()[-1] == "collector: True [] []"


def test_the_modules_load_with_the_collector_off(workspace: Path) -> None:
    """In a fresh Python, the CLI's modules and the command's library load with the
    collector off, and it is on again at the end."""
    proc = subprocess.run(
        [sys.executable, "-c", FRESH_IMPORTS, "check", "--month", "3", "--year", "2024"],
        cwd=workspace,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert (
        proc.stdout.splitlines()[-1] == "loading: {'baocao.cli': False, 'baocao.api': False} True"
    )


def test_release_without_hold_does_nothing() -> None:
    """Used from Python (the tests' CliRunner), nothing is set aside and the collector is
    left as the caller has it."""
    frozen = gc.get_freeze_count()
    for step in (collector.release, collector.restore):
        step()
        assert gc.isenabled()
        assert gc.get_freeze_count() == frozen
    gc.disable()
    try:
        collector.release()
        collector.restore()
        assert not gc.isenabled()
    finally:
        gc.enable()
