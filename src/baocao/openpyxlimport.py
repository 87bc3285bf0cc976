"""openpyxl imported without numpy.

openpyxl imports numpy when it can, only to count numpy's number types among the values
it writes; baocao gives it none. Where numpy is installed (the chart's extra brings it),
that import took 150–200 ms of a command that reads a changed workbook: a fifth of a
build. So numpy is hidden while openpyxl loads, unless something loaded numpy already
(a build that draws the chart loads it before reading a workbook): openpyxl is then loaded
as usual. A run that loads openpyxl first imports numpy later as usual.
"""

from __future__ import annotations

import importlib
import sys
from types import ModuleType


def openpyxl_module() -> ModuleType:
    """openpyxl, loaded (once) without loading numpy if numpy is not loaded yet."""
    if "openpyxl" in sys.modules or "numpy" in sys.modules:
        return importlib.import_module("openpyxl")
    sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" fails
    try:
        return importlib.import_module("openpyxl")
    finally:
        if sys.modules.get("numpy", False) is None:
            del sys.modules["numpy"]
