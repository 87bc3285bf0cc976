"""Check the report template before it is used: located problems, in Vietnamese.

Static checks come from docxtpl-lint (Jinja syntax, unknown filters, blocks
never closed, docxtpl tags that would silently drop text, names the data does
not provide), each placed at its paragraph or table cell. When the template's
structure is broken (a tag or block never closed, a stray ``endif``, a syntax
error) only that is reported: the data checks and the dry run would read a
template Jinja cannot compile and report follow-on errors by the dozen.

The template's XML is also read here, for what docxtpl-lint does not see:
a tag split across runs with different formatting (docxtpl merges the runs
into the first, so the rest's bold or size is lost), tracked changes inside a
tag (docxtpl strips or keeps them half-way), and tracked changes elsewhere,
which every report would keep (``templaterevisions``).

When the static checks pass and the month's context is known, the template
is also rendered once in memory, so an error that only shows at run time is
reported by ``check`` and not first by ``build``.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from baocao import store
from baocao.completeness import check_complete, rendered_texts
from baocao.errors import Problem, Severity, TemplateError, error, said_once, warning
from baocao.fitplace import layout_warnings
from baocao.jinjamessages import syntax_message
from baocao.lintdata import lint_shape, missing_codes
from baocao.lintstore import LintIssue, LintPlace, lint_issues
from baocao.memo import remember
from baocao.render import NESTED_TOO_DEEP, render_document
from baocao.reportenv import make_environment
from baocao.templateblocks import structure_problems
from baocao.templatefile import TemplateBytes, read_template, template_not_a_file, zip_reason
from baocao.templateplaces import (
    PARTS,
    WHOLE_UNIT_RE,
    Key,
    P,
    R,
    T,
    W,
    order,
    paragraphs,
    place,
    shown_tag,
    tags,
)
from baocao.templaterevisions import (
    OUTSIDE_KEPT,
    REVISIONS_KEPT,
    endnote_revisions,
    outside_paragraphs,
    replaced,
    revised,
)
from baocao.templateyear import typed_years
from baocao.views import ReportContext

_MESSAGES = {
    "DTL001": "thẻ «{open}» không được đóng bằng «{close}»",
    "DTL002": "thẻ «{open}» chỉ được đóng ở đoạn {end_para}; docxtpl sẽ gộp các đoạn ở giữa "
    "và làm mất định dạng của chúng",
    "DTL003": "đoạn có phần xóa của chế độ theo dõi thay đổi (Track Changes) chứa mã mẫu; hãy "
    "chấp nhận hoặc từ chối mọi thay đổi trước khi dùng tệp làm mẫu",
    "DTL101": "khối «{{%{prefix} {kw} %}}» không được đóng: thiếu «{{%{prefix} end{kw} %}}»",
    "DTL102": "«{raw}» không có thẻ mở tương ứng",
    "DTL103": "sai cú pháp: {msg}",
    "DTL104": "không có bộ lọc «{name}» (xem các bộ lọc dùng được trong docs/template.md)",
    "DTL105": "không có phép thử «is {name}»",
    "DTL106": "«{name}» chỉ có bên trong vòng lặp «for» nhưng được dùng ngoài vòng lặp (sau "
    "vòng lặp, hay ở đầu trang, chân trang)",
    "DTL201": "biểu thức của thẻ «{prefix}» chứa «%» hoặc «}}}}»; hãy tính trước bằng "
    "«{{% set %}}»",
    "DTL202": "phải viết liền «{{%{prefix}», không có dấu cách",
    "DTL203": "«{raw}» dùng tiền tố «{prefix}» nhưng không nằm trong ô của bảng",
    "DTL204": "«{close_raw}» đóng khối «{open_raw}» (đoạn {_open_paragraph}) nhưng hai thẻ "
    "khác kiểu (một thẻ có tiền tố p, tr hay tc, thẻ kia không), nên docxtpl chỉ bỏ đoạn hay "
    "hàng của một thẻ; hãy viết hai thẻ cùng một kiểu",
    "DTL205": "«{open_raw}» nằm ở bảng {t1} nhưng «{close_raw}» ở bảng {t2}, nên các hàng "
    "giữa hai thẻ sẽ mất mà không báo lỗi; hãy gộp lại thành một bảng (hoặc đặt hai thẻ trong "
    "cùng một bảng)",
    "DTL206": "«{open_raw}» và «{close_raw}» nằm trong cùng một hàng (bảng {table}, hàng "
    "{row}); hãy đặt chúng ở hai hàng khác nhau",
    "DTL207": "«{open_raw}» và «{close_raw}» không nằm trong cùng một hàng của một bảng, nên "
    "docxtpl sẽ tạo bảng hỏng; hãy đặt hai thẻ trong cùng một hàng",
    "DTL208": "«{raw}» chỉ dùng được trong một ô của bảng; hãy chuyển thẻ vào một ô hoặc xóa nó",
    "DTL209": "«{raw}» làm docxtpl thay cả đoạn bằng thẻ này, nên phần «{rest}» bên cạnh sẽ "
    "mất mà không báo lỗi; hãy chuyển phần đó sang một đoạn riêng",
    "DTL210": "«{open_raw}» và «{close_raw}» nằm trong cùng một đoạn; hãy đặt chúng ở hai "
    "đoạn khác nhau",
    "DTL301": "dữ liệu của tháng không có «{path}» mà mẫu cần (nếu đây là một mã, hãy xem "
    "sổ dữ liệu có mã đó không)",
    "DTL306": "bộ lọc «{filter}» cần một danh sách, nhưng «{path}» không phải danh sách",
    "DTL307": "thẻ «{raw}» chỉ in được chữ định dạng sẵn của docxtpl ({object}), còn «{path}» "
    "là một giá trị thường nên sẽ mất; hãy viết «{{{{ {path} }}}}»",
}
_FORMAT_LOST = (
    "định dạng bên trong thẻ «{tag}» (đậm, nghiêng, cỡ chữ…) sẽ bị mất khi tạo báo cáo; hãy "
    "định dạng cả thẻ giống nhau"
)
_TRACKED_IN_TAG = (
    "bên trong thẻ «{tag}» có thay đổi chưa chấp nhận của chế độ theo dõi thay đổi (Track "
    "Changes); hãy chấp nhận hoặc từ chối mọi thay đổi trước khi dùng tệp làm mẫu"
)
# A template Jinja cannot compile: a tag never closed, a block never closed or never
# opened, a syntax error. Names "missing" from such a template (DTL3xx) and the dry run
# are follow-ons, and so are block errors in a part where a "{%" tag was never closed
# (docxtpl-lint drops that tag, so its block looks unclosed or unopened).
_BROKEN = frozenset({"DTL001", "DTL101", "DTL102", "DTL103"})
_BLOCK_RULES = frozenset({"DTL101", "DTL102", "DTL103"})
_PREFIX_RE = re.compile(r"\{%-?(p|tr|tc|r) ")


def check_template(
    template: Path,
    context: ReportContext | None,
    *,
    dry_run: bool = True,
    written: set[str] | None = None,
    package: TemplateBytes | None = None,
    rendered: list[str] | None = None,
    locate: Callable[[TemplateError], Problem] | None = None,
    appendix: bool = True,
) -> list[Problem]:
    """Every problem of ``template``; with ``context``, also the names it lacks and,
    with ``dry_run``, an in-memory render, with the ``appendix`` or without, as build's (it
    fills ``written``, see ``render_document``; ``rendered`` gets the text ``leftout`` reads).
    ``package`` is the template as the caller read it (``read_template``), if it did;
    ``locate`` says a render's error (at a blank cell it printed: ``blankcells``)."""
    missing = template_not_a_file(template)
    if missing is not None:
        return [error(missing, template)]
    try:
        package = package or read_template(template)  # once: every check sees these bytes
        issues, own = missing_codes(_hold_back(_lint(package, context)), context)
        tracked = {(i.location.part, i.location.paragraph) for i in issues if i.rule == "DTL003"}
        found = [(order(i.location), _problem(i, template, own.get(id(i)))) for i in issues]
        found += _xml_problems(package, template, tracked)
        found += structure_problems(package, template)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, ET.ParseError) as exc:
        return [
            error(
                f"Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ ({zip_reason(exc)}).",
                template,
            )
        ]
    except RecursionError:  # Jinja parses by recursion: "((((…))))" thousands deep
        return [
            error(f"Mẫu báo cáo {template} {NESTED_TOO_DEEP} nên không kiểm tra được.", template)
        ]
    ordered: list[tuple[Key, Problem]] = sorted(found, key=lambda item: item[0])
    problems = said_once(ordered)
    broken = any(i.rule in _BROKEN for i in issues)
    errors = any(p.severity is Severity.ERROR for p in problems)
    if dry_run and context is not None and not broken and not errors:
        try:
            document = render_document(
                template, context, appendix=appendix, written=written, package=package, trial=True
            )
        except TemplateError as exc:  # at the blank cell it printed, when ``locate`` knows it
            problems.append(locate(exc) if locate else error(str(exc), template))
        else:
            text, printed = rendered_texts(document.docx, context)
            if rendered is not None:
                rendered.append(printed)
            problems += check_complete(document.docx, context, template, text)
            problems += layout_warnings(document.docx, context, template)
    return problems


def _lint(package: TemplateBytes, data: Any) -> list[LintIssue]:
    """docxtpl-lint's issues of the template's bytes with ``data`` (the context, or its
    ``lint_data``; None for none), which it sees only as its shape (``lint_shape``); kept
    for the process's life and across runs (``lintstore``): a build after a check, or a
    service, lints an unchanged template once."""
    # Sound only with autoescape on (``lintstore``): docxtpl-lint then reads no text's
    # content (its DTL308 looks for "&" and "<" in texts only without autoescape).
    shape = json.dumps(lint_shape(data), sort_keys=True, ensure_ascii=False)
    key = (package.digest, shape)

    def make() -> tuple[LintIssue, ...]:
        return tuple(lint_issues(package.data, shape, make_environment, package.digest))

    found: tuple[LintIssue, ...] = remember(_LINTED, key, make, 16)
    return list(found)


_LINTED: dict[tuple[str, str], tuple[LintIssue, ...]] = {}


def _hold_back(issues: list[Any]) -> list[Any]:
    """docxtpl-lint's issues without the follow-ons of a broken structure (see ``_BROKEN``)."""
    if not any(i.rule in _BROKEN for i in issues):
        return list(issues)
    lost = {i.location.part for i in issues if i.rule == "DTL001" and i.params["open"] == "{%"}
    return [
        i
        for i in issues
        if not i.rule.startswith("DTL3")
        and not (i.rule in _BLOCK_RULES and i.location.part in lost)
    ]


def _problem(issue: Any, template: Path, own: str | None = None) -> Problem:
    text = _MESSAGES.get(issue.rule)
    params = dict(issue.params)
    if issue.rule == "DTL101":
        prefix = _PREFIX_RE.match(str(issue.snippet))
        params["prefix"] = prefix.group(1) if prefix else ""
    if issue.rule == "DTL103":  # Jinja's own words, in English
        params["msg"] = syntax_message(str(params.get("msg")))
    message = own or (text.format(**params) if text else f"{issue.rule}: {issue.message}")
    snippet = " ".join(str(issue.snippet).split())
    if snippet:
        message += f" (tại «{snippet[:120]}»)"
    make = error if issue.severity == "error" else warning
    return make(message, template, place=place(issue.location))


# ---------------------------------------------------------------- the template's XML

_PROPERTIES = {W + "pPr", W + "rPr"}  # the paragraph mark's and a run's own properties
_REMOVED = {W + "del", W + "moveFrom"}
_ADDED = {W + "ins", W + "moveTo"}
# Run properties that do not change how a tag's Vietnamese (Latin-script) text looks:
# spelling language and proofing, the record of a tracked formatting change, and the
# complex-script (Arabic, Hebrew…) variants of bold, italic and size.
_UNSEEN = {W + n for n in ("lang", "noProof", "rPrChange", "bCs", "iCs", "szCs")}
_UNSEEN_ATTRS = {W + "hint"}  # rFonts' hint only chooses a font slot for East Asian text
_ON = {"1", "true", "on"}  # <w:b/> and <w:b w:val="true"/> are the same
_PART_NAME_RE = re.compile(r"word/(document|header|footer|footnotes)(\d*)\.xml")


@dataclass
class _Text:
    """A paragraph's visible text, with the run and the tracked insertion of each character
    and the offsets of tracked deletions and moves and of insertions' edges."""

    parts: list[str] = field(default_factory=list)
    runs: list[ET.Element | None] = field(default_factory=list)
    added: list[bool] = field(default_factory=list)
    marks: list[int] = field(default_factory=list)


def _xml_problems(
    package: TemplateBytes, template: Path, tracked: set[tuple[str, int]]
) -> list[tuple[Key, Problem]]:
    """Tags split across differently formatted runs and tracked changes (inside tags, or
    kept by the report), each with its sort key; ``tracked`` are paragraphs DTL003 already reports.
    Found once per template's bytes, in this process or an earlier run (``store``)."""
    key = f"{package.digest}:{json.dumps(sorted(tracked))}"

    def find() -> list[Any]:
        read = lambda: _read_xml_problems(package.data, frozenset(tracked))  # noqa: E731
        return store.kept(store.kind("template-xml"), key, read, _xml_checked, list)

    found = remember(_XML_FOUND, key, find, 16)
    return [
        ((r, n, p), (error if kind == "error" else warning)(m, template, place=at or None))
        for (r, n, p), m, at, kind in found
    ]


_XML_FOUND: dict[str, list[Any]] = {}  # [sort key, message, place, severity] of each, by bytes


def _xml_checked(kept: Any) -> list[Any]:
    """What ``_read_xml_problems`` gives ([sort key, message, place, severity] each),
    checked; anything else raises ``TypeError`` (``store.kept``'s miss)."""
    return [
        [
            [store.as_int(r), store.as_int(n), store.as_int(p)],
            store.as_text(message),
            store.as_text(place),
            store.as_text(kind),
        ]
        for (r, n, p), message, place, kind in kept
    ]


def _read_xml_problems(template: bytes, tracked: frozenset[tuple[str, int]]) -> list[Any]:
    found: list[Any] = []
    with zipfile.ZipFile(io.BytesIO(template)) as package:
        for name in package.namelist():
            if name == "word/endnotes.xml":  # not rendered: its tracked changes alone
                found += endnote_revisions(ET.fromstring(package.read(name)))
            match = _PART_NAME_RE.fullmatch(name)
            if not match:
                continue
            label = "body" if match.group(1) == "document" else "".join(match.groups())
            root = ET.fromstring(package.read(name))
            revisions: list[Any] = []
            gone, seen = replaced(root), []
            for paragraph, where in paragraphs(root, label, copies=False):
                seen.append((paragraph, where))
                own = (label, where.paragraph) in tracked
                if not own and paragraph not in gone and revised(paragraph):
                    revisions.append(where)
                    own = True
                for message in _paragraph_messages(paragraph, own) + typed_years(paragraph):
                    found.append([list(order(where)), message, place(where), "warning"])
            found += _revisions_kept(revisions, root, label, gone, seen)
    return found


def _revisions_kept(
    revisions: list[Any], root: ET.Element, label: str, gone: set[ET.Element], seen: list[Any]
) -> list[Any]:
    """The one error of a part whose tracked changes a report would keep (``revisions``,
    the places of its paragraphs holding them), at the first; or, for a table's own, at
    the table's (row's, cell's) first paragraph of ``seen`` (``templaterevisions``)."""
    if revisions:
        first, more = revisions[0], len(revisions) - 1
        others = f" (và {more} đoạn khác của phần này)" if more else ""
        return [[list(order(first)), REVISIONS_KEPT.format(others=others), place(first), "error"]]
    holder = outside_paragraphs(root, gone)
    if holder is None:
        return []
    inside = set(holder.iter(P)) if holder is not root else set()  # root: the page's
    where = next((w for p, w in seen if p in inside), LintPlace(label, 0))
    at = place(where) if where.paragraph else PARTS.get(label.rstrip("0123456789"), "")
    return [[list(order(where)), OUTSIDE_KEPT, at, "error"]]


def _read(paragraph: ET.Element) -> _Text:
    """The text of ``paragraph`` itself (not of text boxes in it), character by character."""
    out = _Text()
    size = 0

    def visit(el: ET.Element, run: ET.Element | None, added: bool) -> None:
        nonlocal size
        for child in el:
            if child.tag == P or child.tag in _PROPERTIES:
                continue
            if child.tag == T:
                text = child.text or ""
                out.parts.append(text)
                out.runs += [run] * len(text)
                out.added += [added] * len(text)
                size += len(text)
            elif child.tag in _REMOVED:
                out.marks.append(size)
            elif child.tag in _ADDED:
                out.marks.append(size)
                visit(child, run, True)
                out.marks.append(size)
            else:
                visit(child, child if child.tag == R else run, added)

    visit(paragraph, None, False)
    return out


def _paragraph_messages(paragraph: ET.Element, tracked: bool) -> list[str]:
    """One warning per tag whose runs differ in formatting, and one for tracked changes inside
    a tag (unless DTL003 or ``templaterevisions`` reports the paragraph). A Word comment
    inside a tag is no concern: the report keeps no comment (``package.no_comments``)."""
    text = _read(paragraph)
    messages: list[str] = []
    revised = ""
    for match in tags("".join(text.parts)):
        start, end = match.span()
        tag = shown_tag(match.group())
        if WHOLE_UNIT_RE.match(match.group()):
            continue  # docxtpl puts the tag alone in place of its paragraph, row or cell
        inside = any(start < offset < end for offset in text.marks)
        if not revised and (inside or any(text.added[start:end])):
            revised = tag
        runs = [r for r in dict.fromkeys(text.runs[start:end]) if r is not None]
        if len({_look(r) for r in runs}) > 1:
            messages.append(_FORMAT_LOST.format(tag=tag))
    if revised and not tracked:
        messages.append(_TRACKED_IN_TAG.format(tag=revised))
    return messages


def _look(run: ET.Element) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...]:
    """A run's formatting, without what does not change how its text looks."""
    properties = run.find(W + "rPr")
    look = []
    for prop in properties if properties is not None else ():
        attrs = {k: v for k, v in prop.attrib.items() if k not in _UNSEEN_ATTRS}
        if prop.tag in _UNSEEN or (prop.attrib and not attrs):
            continue
        if attrs.get(W + "val") in _ON:
            del attrs[W + "val"]
        look.append((prop.tag, tuple(sorted(attrs.items()))))
    return tuple(sorted(look))
