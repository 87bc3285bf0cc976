"""The template context's types and docs/template.md name exactly the same fields."""

from __future__ import annotations

import dataclasses
import re
import types
import typing

import pytest

from baocao import views

from helpers import ROOT, sample_context

DOC = ROOT / "docs" / "template.md"
MARKER = re.compile(r"<!-- fields: (\w+) -->\n((?:\|.*\n)+)")


def reachable(cls: type, seen: dict[str, type] | None = None) -> dict[str, type]:
    """Every dataclass reachable from ``cls`` through its field types, by name."""
    seen = {} if seen is None else seen
    if cls.__name__ in seen:
        return seen
    seen[cls.__name__] = cls
    hints = typing.get_type_hints(cls, vars(views))
    for hint in hints.values():
        for part in _flatten(hint):
            if dataclasses.is_dataclass(part):
                reachable(part, seen)  # type: ignore[arg-type]
    return seen


def _flatten(hint: object) -> list[object]:
    args = typing.get_args(hint)
    if isinstance(hint, types.UnionType) or args:
        return [hint, *(p for a in args for p in _flatten(a))]
    return [hint]


def documented(text: str) -> dict[str, set[str]]:
    """Class name → the backticked names in the first column of the table after its marker."""
    found: dict[str, set[str]] = {}
    for match in MARKER.finditer(text):
        rows = match.group(2).splitlines()[2:]  # after the header and the --- line
        names = set()
        for row in rows:
            first = row.split("|")[1]
            names |= set(re.findall(r"`([a-z_]+)`", first))
        found[match.group(1)] = names
    return found


CLASSES = reachable(views.ReportContext)
DOCUMENTED = documented(DOC.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(CLASSES))
def test_every_field_is_documented(name: str) -> None:
    """Each part of the context has its table in docs/template.md, naming exactly its fields."""
    fields = {f.name for f in dataclasses.fields(CLASSES[name])}  # type: ignore[arg-type]
    assert name in DOCUMENTED, f"docs/template.md has no table for {name}"
    assert DOCUMENTED[name] == fields


def test_no_table_for_a_class_that_does_not_exist() -> None:
    """Every table in docs/template.md documents a part of the context that exists."""
    assert set(DOCUMENTED) <= set(CLASSES)


def test_sample_context_is_frozen_dataclasses() -> None:
    """The built context is a frozen ReportContext; its parts are frozen too."""
    context = sample_context()
    assert isinstance(context, views.ReportContext)
    with pytest.raises(dataclasses.FrozenInstanceError):
        context.month = 4  # type: ignore[misc]
    assert isinstance(context.org, views.OrgView)
    assert context.names()["month"] == 3
    assert context.ct["gtsx"].value == "52.716"


def test_docs_stay_in_the_repository() -> None:
    """No document of the repository points at files outside it (../shared)."""
    texts = [p for p in ROOT.rglob("*.md") if ".venv" not in p.parts]
    texts += [*(ROOT / "src").rglob("*.py"), *(ROOT / "tools").rglob("*.py")]
    offenders = [
        str(p.relative_to(ROOT)) for p in texts if "../shared" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
