"""The console script holds the garbage collector while modules load, then every command
sets aside what was loaded and turns it on again (``collector``)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from baocao import collector

from helpers import python_child

# The console script run as `baocao ARGS`; at exit: whether the collector is on, whether
# anything was set aside, and whether it was off when that was done.
CONSOLE_SCRIPT = """
import atexit, gc, sys
seen = []
real = gc.freeze
def freeze():
    seen.append(gc.isenabled())
    real()
gc.freeze = freeze
atexit.register(lambda: print("collector:", gc.isenabled(), gc.get_freeze_count() > 0, seen))
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
def test_every_command_turns_the_collector_on_again(workspace: Path, args: list[str]) -> None:
    """A command the console script runs releases the collector it held: off until then,
    on for the command's work, with what was loaded set aside."""
    proc = python_child(CONSOLE_SCRIPT, *args, cwd=workspace)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[-1] == "collector: True True [False]"


def test_a_usage_error_ends_before_any_release(workspace: Path) -> None:
    """A mistyped command stops before its library loads: nothing is released (the
    process ends there)."""
    proc = python_child(CONSOLE_SCRIPT, "buid", cwd=workspace)
    assert proc.returncode == 2
    assert proc.stdout.splitlines()[-1] == "collector: False False []"


def test_release_without_hold_does_nothing() -> None:
    """Used from Python (the tests' CliRunner), nothing is set aside and the collector is
    left as the caller has it."""
    frozen = gc.get_freeze_count()
    collector.release()
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    gc.disable()
    try:
        collector.release()
        assert not gc.isenabled()
    finally:
        gc.enable()
