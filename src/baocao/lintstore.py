"""docxtpl-lint's findings on a template, kept across runs (``store``) by the template's
bytes and the shape of the data it was linted with (``lintdata.lint_shape``).

Linting parses every Jinja tag of the template (and imports docxtpl-lint); a build
after a check, or cron's build of an unchanged template, takes the findings kept
instead. They are kept as baocao's own small records (``LintIssue``), with what
``templatecheck`` reads of docxtpl-lint's: the rule, its severity and English
message, the snippet, the parameters and the place.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from baocao import store
from baocao.memo import remember


@dataclass(frozen=True)
class LintCell:
    """A table cell on the way to a finding: table, row and column, 1-based."""

    table: int
    row: int
    col: int


@dataclass(frozen=True)
class LintPlace:
    """Where a finding is, counted as docxtpl-lint counts (``reader._walk_part``): the part
    ("body", "header1"), its paragraph, and in a table the cells (outermost first) and the
    paragraph within the last one. ``templatecheck``'s own XML checks count the same way."""

    part: str
    paragraph: int
    cells: tuple[LintCell, ...] = ()
    cell_paragraph: int = 0


@dataclass(frozen=True)
class LintIssue:
    """One docxtpl-lint finding."""

    rule: str
    severity: str
    message: str
    snippet: str
    location: LintPlace
    params: dict[str, Any] = field(default_factory=dict, compare=False)


def lint_issues(
    template: bytes, shape: str, env: Callable[[], Any], digest: str | None = None
) -> list[LintIssue]:
    """docxtpl-lint's findings on the template's bytes with data of ``shape`` (JSON text,
    "null" for none) and the filter names of ``env()``, or the ones it gave before for
    the same bytes and shape.

    They are found in two halves, each kept: the template's own (its tags, blocks and
    syntax: linting without data, the costly half) once per template, and the names the
    data lacks (docxtpl-lint's DTL3xx data checks) per shape, from the template's
    analysis (``docxtpl_lint.core``), suppressed by its directives as ``lint`` does. A
    template whose directive names a prefix of the data rules ("DTL") is linted whole:
    whether that directive suppresses anything depends on the data.
    """
    digest = digest or hashlib.sha256(template).hexdigest()  # the caller's, if it has it
    kind = store.kind("lint", "docxtpl_lint", "jinja2")
    key = f"{digest}:{hashlib.sha256(shape.encode()).hexdigest()}"

    def lint() -> list[LintIssue]:
        data = json.loads(shape)
        whole = lambda: [_issue(i) for i in _whole(template, None, env)]  # noqa: E731
        if data is None:
            return store.kept(kind, digest, whole, _decoded, _encoded)
        tags, analysis = _analysis(template, digest)
        if _names_data_rules_broadly(tags):
            return [_issue(i) for i in _whole(template, data, env)]
        issues = store.kept(kind, digest, whole, _decoded, _encoded)
        # In lint's order: its reports of unused directives last.
        unused = [i for i in issues if i.rule == "DTL005"]
        found = [i for i in issues if i.rule != "DTL005"]
        return found + _data_issues(tags, analysis, data) + unused

    return store.kept(kind, key, lint, _decoded, _encoded)


def _whole(template: bytes, data: Any, env: Callable[[], Any]) -> list[Any]:
    from docxtpl_lint import lint

    return list(lint(template, data, jinja_env=env(), autoescape=True).issues)


def _data_issues(tags: Any, analysis: Any, data: Any) -> list[LintIssue]:
    """What ``lint`` adds with ``data`` (autoescape on): DTL3xx, less what the template's
    directives suppress. Its report of directives that suppress nothing (DTL005) is the
    template's own, found without data: a directive for a data rule is never reported."""
    from docxtpl_lint.core import apply_suppressions, check_data, disabled_rules, suppressions

    found = check_data(_FILE, analysis, [data], report_unused=False, autoescape=True)
    disabled = disabled_rules(tags)
    kept = apply_suppressions(_FILE, suppressions(tags), found)
    return [_issue(i) for i in kept if i.rule != "DTL005" and i.rule not in disabled]


def _names_data_rules_broadly(tags: Any) -> bool:
    """Whether a directive names a rule prefix ("D", "DT", "DTL") that the data rules
    (DTL3xx) match but docxtpl-lint does not count as theirs when it is unused."""
    from docxtpl_lint.core import suppressions

    rules = (r for directive in suppressions(tags) for r in directive.rules)
    return any(_DATA_RULES.startswith(r) and r != _DATA_RULES for r in rules)


_DATA_RULES = "DTL3"
_FILE = "<template>"  # what docxtpl-lint's places name; baocao names the template itself
_ANALYSED: dict[str, tuple[Any, Any]] = {}


def _analysis(template: bytes, digest: str) -> tuple[Any, Any]:
    """The template's tags and docxtpl-lint's analysis of them, once per template's bytes."""
    from docxtpl_lint.core import analyse, template_tags

    def make() -> tuple[Any, Any]:
        _, tags = template_tags(io.BytesIO(template))  # a path or, as here, a zip file
        return tags, analyse(tags)

    return remember(_ANALYSED, digest, make, 4)


def _decoded(kept: Any) -> list[LintIssue]:
    return [_decode(item) for item in kept]


def _encoded(issues: list[LintIssue]) -> list[Any] | None:
    """The findings as JSON, or None when a parameter would not come back as it is."""
    encoded = [_encode(i) for i in issues]
    return encoded if all(json.loads(json.dumps(e)) == e for e in encoded) else None


def _issue(issue: Any) -> LintIssue:
    loc = issue.location
    return LintIssue(
        str(issue.rule),
        str(issue.severity),
        str(issue.message),
        str(issue.snippet),
        LintPlace(
            str(loc.part),
            int(loc.paragraph),
            tuple(LintCell(int(c.table), int(c.row), int(c.col)) for c in loc.cells),
            int(loc.cell_paragraph),
        ),
        dict(issue.params),
    )


def _encode(issue: LintIssue) -> list[Any]:
    loc = issue.location
    cells = [[c.table, c.row, c.col] for c in loc.cells]
    place = [loc.part, loc.paragraph, cells, loc.cell_paragraph]
    return [issue.rule, issue.severity, issue.message, issue.snippet, place, issue.params]


def _decode(data: list[Any]) -> LintIssue:
    rule, severity, message, snippet, place, params = data
    part, paragraph, cells, cell_paragraph = place
    if not isinstance(params, dict):
        raise TypeError("not a finding")
    where = LintPlace(
        store.as_text(part),
        store.as_int(paragraph),
        tuple(LintCell(*(store.as_int(n) for n in cell)) for cell in cells),
        store.as_int(cell_paragraph),
    )
    rule, severity, message, snippet = (
        store.as_text(t) for t in (rule, severity, message, snippet)
    )
    return LintIssue(rule, severity, message, snippet, where, params)
