"""The code stays in small modules, each named in the README's module map (issue 9)."""

from __future__ import annotations

import re

from helpers import ROOT

PACKAGE = ROOT / "src" / "baocao"
MAX_LINES = 400
MAX_CLI_LINES = 300


def test_every_module_is_small() -> None:
    """cli.py under 300 lines, every other module under 400."""
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.glob("*.py")}
    too_long = {
        name: n
        for name, n in sizes.items()
        if n >= (MAX_CLI_LINES if name == "cli.py" else MAX_LINES)
    }
    assert too_long == {}


def test_readme_maps_every_module() -> None:
    """The README's Development section names each module of src/baocao, and no other."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```\nsrc/baocao/\n(.*?)```", readme, re.DOTALL)
    assert block is not None
    mapped = set(re.findall(r"\b(\w+\.py)\b", block.group(1)))
    modules = {p.name for p in PACKAGE.glob("*.py")} - {"__init__.py", "__main__.py"}
    assert sorted(mapped ^ modules) == []
