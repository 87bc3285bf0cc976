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
    modules = {p.name for p in PACKAGE.glob("*.py")} - {"__init__.py"}
    assert sorted(mapped ^ modules) == []


def test_no_config_value_is_checked_by_a_built_in() -> None:
    """A built-in (``str.upper``) as a pydantic validator made pydantic read its signature
    from text, with Python's tokenizer, at each use: 10 ms of every run's start-up."""
    import types

    from pydantic import AfterValidator, BaseModel, BeforeValidator

    import baocao.config

    built_ins = (types.BuiltinFunctionType, types.MethodDescriptorType)
    models = [
        m
        for m in vars(baocao.config).values()
        if isinstance(m, type) and issubclass(m, BaseModel) and m.__module__.startswith("baocao")
    ]
    assert len(models) > 10
    found = [
        f"{model.__name__}.{name}"
        for model in models
        for name, field in model.model_fields.items()
        for check in field.metadata
        if isinstance(check, AfterValidator | BeforeValidator) and isinstance(check.func, built_ins)
    ]
    assert found == []
