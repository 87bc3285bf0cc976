"""The console script's use of Python's cyclic garbage collector: held while a command's
modules load, then everything they made set aside for good.

A build imports some hundred modules of baocao and of its libraries (pydantic, typer,
Jinja, python-docx). What they make lives as long as the process, yet the collector
scanned it again and again while it was made: about 125 collections in a build of the
sample, one of them a full collection of 50–70 ms, a tenth of the build's time. So the
console script holds the collector as it starts (``hold``). Once a command has imported
its library, ``release`` moves everything made so far into the permanent generation
(``gc.freeze``), which no later collection scans, and turns the collector on again: what
the command's work makes is collected as before (a first ``history`` over 120 workbooks
peaks at the same memory). In a process that did not hold it (baocao used from Python,
the tests' ``CliRunner``), ``release`` does nothing; a run that ends before any command
releases it (``--help``, a usage error) turns it on again as it ends (``restore``).
"""

from __future__ import annotations

import gc

_held: list[bool] = []  # one entry while the console script holds the collector


def hold() -> None:
    """Turn the collector off until ``release`` (the console script, as it starts)."""
    gc.disable()
    _held.append(True)


def release() -> None:
    """Set aside what is alive now and turn the collector on again, if ``hold`` turned it
    off; otherwise nothing."""
    if _held:
        _held.clear()
        gc.freeze()
        gc.enable()


def restore() -> None:
    """Turn the collector on again, nothing set aside, if ``hold`` turned it off and no
    command released it: for a program that runs the console script in its own process."""
    if _held:
        _held.clear()
        gc.enable()
