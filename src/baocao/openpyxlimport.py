"""openpyxl imported without numpy.

openpyxl imports numpy when it can, only to count numpy's number types among the values
it writes; baocao gives it none. Where numpy is installed (the chart's extra brings it),
that import took 150–200 ms of a command that reads a changed workbook: a fifth of a
build. So numpy is hidden while openpyxl loads, unless something loaded numpy already;
a run that draws the chart imports it later as usual.
"""

from __future__ import annotations

import sys
from types import ModuleType


def openpyxl_module() -> ModuleType:
    """openpyxl, loaded (once) without loading numpy."""
    if "openpyxl" not in sys.modules and "numpy" not in sys.modules:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" fails
        try:
            import openpyxl  # noqa: F401
        finally:
            if sys.modules.get("numpy", False) is None:
                del sys.modules["numpy"]
    return sys.modules["openpyxl"]
