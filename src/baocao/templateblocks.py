"""Template mistakes docxtpl renders without a word, found in the template's XML.

- A tag in a part docxtpl never renders (an endnote, a Word chart or SmartArt diagram)
  would be printed into the report as it is typed, "{{ … }}" and all. (Word comments
  are not rendered either, but the report keeps none: ``package.no_comments``.)
- A block whose tags are in different containers (``{%p for %}`` in the body, its
  ``{%p endfor %}`` moved into a table cell) makes a broken document.
- A paragraph inside a loop over paragraphs that reads none of the loop's names (a
  heading left inside ``{%p for %}`` … ``{%p endfor %}``) is printed the same for
  each item: "II. NHIỆM VỤ…" seven times.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from baocao import store
from baocao.errors import Problem, error, warning
from baocao.lintstore import LintPlace
from baocao.memo import remember
from baocao.tagedges import straddling_tags
from baocao.templatefile import TemplateBytes
from baocao.templateplaces import (
    Key,
    P,
    T,
    W,
    order,
    paragraphs,
    place,
    shown_tag,
    tags,
    without_tags,
)
from baocao.tocfield import toc_tags

_DRAWN_RE = re.compile(r"word/(charts|diagrams)/[^/]+\.xml")
_UNRENDERED = (
    "thẻ «{tag}» nằm trong {what}, phần mà chương trình không điền, nên báo cáo sẽ in "
    "nguyên văn «{tag}»; {fix}"
)
_ENDNOTE = (
    "chú thích cuối văn bản (endnote)",
    "hãy chuyển nội dung này vào thân văn bản hoặc vào chú thích cuối trang (footnote), hoặc "
    "viết chữ thay cho thẻ.",
)
_DRAWN = (
    "một biểu đồ (Chart) hay sơ đồ (SmartArt) của Word",
    "hãy viết chữ thay cho thẻ, hoặc dùng biểu đồ xu hướng của chương trình ({{ chart.image }}).",
)


def structure_problems(package: TemplateBytes, template: Path) -> list[tuple[Key, Problem]]:
    """Every problem of this module in the template's bytes, each with its sort key: errors,
    and warnings for paragraphs a loop prints the same each time (a label repeated for each
    item may be meant). Found once per template's bytes, in this process or an earlier run
    (``store``): a build reads them as its check did, as most runs an unchanged template."""

    def find() -> list[_Finding]:
        read = functools.partial(_find, package.data)
        return store.kept(store.kind("template-blocks"), package.digest, read, _checked, list)

    found = remember(_FOUND, package.digest, find, 16)
    return [
        (key, (warning if warns else error)(message, template, place=at))
        for key, message, at, warns in found
    ]


# A finding: its sort key, message and place, and whether it is a warning (else an error).
_Finding = tuple[Key, str, str, bool]
_FOUND: dict[str, list[_Finding]] = {}  # by the template's digest


def _checked(kept: Any) -> list[_Finding]:
    """What ``_find`` gives, read back from the store and checked; anything else raises
    ``TypeError`` (``store.kept``'s miss)."""
    found: list[_Finding] = []
    for (r, n, p), message, at, warns in kept:
        if not isinstance(warns, bool):
            raise TypeError("not a yes or no")
        key = (store.as_int(r), store.as_int(n), store.as_int(p))
        found.append((key, store.as_text(message), store.as_text(at), warns))
    return found


def _find(data: bytes) -> list[_Finding]:
    found: list[_Finding] = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name == "word/endnotes.xml":
                root = ET.fromstring(archive.read(name))
                notes = [n for n in root if n.tag == W + "endnote" and W + "type" not in n.attrib]
                for number, note in enumerate(notes, 1):  # as Word numbers them: 1, 2, …
                    text = "".join(t.text or "" for t in note.iter(T))
                    found += _unrendered(text, LintPlace("endnotes", number), _ENDNOTE)
            elif _DRAWN_RE.fullmatch(name):
                root = ET.fromstring(archive.read(name))
                text = "".join(e.text or "" for e in root.iter() if _local(e.tag) in ("t", "v"))
                found += _unrendered(text, LintPlace(name, 0), _DRAWN)
            elif match := _PART_RE.fullmatch(name):
                label = "body" if match.group(1) == "document" else match.group(1)
                root = ET.fromstring(archive.read(name))
                found += _block_findings(root, label) + _broken_tags(root, label)
                found += straddling_tags(root, label) + toc_tags(root, label)
    return found


# What is left of a tag once the whole tags are taken out: a closer with no opener (a
# comment's too: "{# a {# b #} c #}" is a comment to the first "#}", as Jinja nests none), an
# opener split by a space ("{ {"), a brace typed once more ("{{ x }}}", "{{ x }} }"), or
# twice ("{{ x }}}}": all of "}}" is left, not its first "}").
# Jinja leaves them as text, so the report would print them, and the value the tag meant
# is missing. A run of braces before a tag is tried from its first brace only (the
# leftmost match starts there anyway): tried from each, "{" typed thousands of times took
# seconds.
_LEFT_RE = re.compile(r"\}\}|%\}|#\}|\{\s+[{%]|\0\s*\}+|(?<!\{)\{+\s*\0")
_BROKEN_TAG = (
    "«{left}» trong đoạn «{text}» không thuộc thẻ nào: báo cáo sẽ in nó thành chữ, và một "
    "thẻ bị gõ tách (như «{{ {{») sẽ không được điền; hãy gõ lại cả thẻ liền nhau, ví dụ "
    "«{{{{ ct.gtsx.value }}}}», và bỏ dấu ngoặc thừa"
)


# docxtpl reads "{%-" as "join this paragraph to the one before" and "-%}" as "join the
# next one to this": it deletes the XML from the text run before the tag (after it), and
# with it any text of the same run between the tag and the paragraph's edge. Jinja's
# whitespace control, typed inside a sentence, so loses words without a word.
_MERGING = (
    "«{mark}» trong đoạn «{text}»: với mẫu Word, «{{%-» nối đoạn này vào đoạn trước và "
    "«-%}}» nối đoạn sau vào đoạn này, xóa mất chữ nằm giữa thẻ và chỗ nối, nên báo cáo sẽ "
    "thiếu chữ; hãy viết thẻ không có dấu «-» (ví dụ «{{% if … %}}»)"
)


def _merging(text: str) -> str | None:
    """The whitespace control of ``text`` (a paragraph's) that would delete some of its
    words: its first "{%-" after text, or a "-%}" with text after it and no tag after it
    (docxtpl's join stops at one)."""
    first = text.find("{%-")
    if first > 0 and text[:first].strip():
        return "{%-"
    for closer in re.finditer(r"-%\}", text):
        rest = text[closer.end() :]
        if rest.strip() and not re.search(r"\{[{%]", rest):
            return "-%}"
    return None


# A tag that replaces its paragraph, row or cell ("{%p if … %}") joined by whitespace
# control to the paragraph before ("{%-p") or after ("-%}"): docxtpl joins first, then
# puts the tag in place of the whole it is in, the other paragraph's text with it.
# "{%p if month -%}" before "Có tháng." printed the report without "Có tháng.", exit 0.
_UNIT_JOINED_RE = re.compile(r"\{%(-?)(?:p|tr|tc) ")
_UNIT_MERGING = (
    "«{mark}» trong thẻ «{tag}»: với mẫu Word, {joins}, rồi docxtpl thay cả phần đã nối bằng "
    "thẻ (thẻ «{{%p», «{{%tr», «{{%tc» thay cả đoạn, hàng hay ô của nó), nên báo cáo sẽ mất "
    "chữ của đoạn {lost}; hãy viết thẻ không có dấu «-» (ví dụ «{{%p if … %}}»)"
)


def _unit_merging(text: str) -> str | None:
    """The error for the first tag of ``text`` (a paragraph's) that replaces its paragraph
    (row, cell) and is joined to the paragraph before or after it (``_UNIT_JOINED_RE``)."""
    for tag in tags(text):
        found = _UNIT_JOINED_RE.match(tag.group())
        if found is None:
            continue
        shown = shown_tag(tag.group())
        if found.group(1):
            joins = "«{%-» nối đoạn này vào đoạn trước"
            return _UNIT_MERGING.format(mark="{%-", tag=shown, joins=joins, lost="trước")
        if tag.group().endswith("-%}"):
            joins = "«-%}» nối đoạn sau vào đoạn này"
            return _UNIT_MERGING.format(mark="-%}", tag=shown, joins=joins, lost="sau")
    return None


def _broken_tags(root: ET.Element, label: str) -> list[_Finding]:
    """An error for each paragraph where a tag's braces are left over (``_LEFT_RE``), or
    whose whitespace control would delete some of its words (``_merging``). A tag opened
    in a paragraph and closed in a later one beside it is whole (``_outside_carried``); in
    another table cell (text box…), its closing is left over: docxtpl would join the cells.
    """
    parents = {child: parent for parent in root.iter() for child in parent}
    found: list[_Finding] = []
    carried, holder = "", None
    for paragraph, where in paragraphs(root, label, copies=False):
        text = _own_text(paragraph)
        if parents.get(paragraph) is not holder:
            carried, holder = "", parents.get(paragraph)
        outside, carried = _outside_carried(carried, text)
        left = _LEFT_RE.search(without_tags(outside))
        merging = _merging(text)
        unit = _unit_merging(text) if merging is None else None
        if left is None and merging is None and unit is None:
            continue
        quoted = _quoted(text)
        if left is not None:
            shown = left.group().replace("\0", "").strip() or left.group()
            message = _BROKEN_TAG.format(left=shown, text=quoted)
        elif merging is not None:
            message = _MERGING.format(mark=merging, text=quoted)
        else:
            message = unit or ""
        found.append((order(where), message, place(where), False))
    return found


# Characters of a tag left open carried on to the paragraphs after it: past them, the
# opening is taken as never closed (docxtpl-lint's DTL001 says so), and each paragraph
# is checked alone again.
_CARRIED_AT_MOST = 2000


def _outside_carried(carried: str, text: str) -> tuple[str, str]:
    """``text`` (a paragraph's) as it stands outside the tag ``carried`` from the paragraphs
    before (its text from its opening on, as docxtpl-lint carries it: docxtpl joins the
    paragraphs, and its DTL002 warns), the tag made one NUL; and what this paragraph
    carries on. "{{ month" then "}} D" printed "3 D", and the check took the "}}" for a
    brace left over, an error: "báo cáo sẽ in nó thành chữ"."""
    if carried:
        first = next(iter(tags(carried + text)), None)
        if first is None:  # still open: the whole paragraph is in it
            joined = carried + text
            return "", joined if len(joined) <= _CARRIED_AT_MOST else ""
        if first.start() == 0:  # closed here (else another tag came first: never closed)
            text = "\0" + text[first.end() - len(carried) :]
    last = next(reversed(tags(text, unclosed=True)), None)
    if last is None or last.end() - last.start() != 2:  # not an opening left open
        return text, ""
    opened = text[last.start() :]
    return text, opened if len(opened) <= _CARRIED_AT_MOST else ""


def _local(tag: Any) -> str:
    return str(tag).rpartition("}")[2]


def _unrendered(text: str, where: LintPlace, said: tuple[str, str]) -> list[_Finding]:
    """One error for the first tag of ``text`` (a part's paragraph, or a drawing's text)."""
    match = next(iter(tags(text, unclosed=True)), None)  # or an opening left unclosed
    if match is None:
        return []
    tag = shown_tag(match.group())
    what, fix = said
    at = f"{what} thứ {where.paragraph}" if where.part == "endnotes" else f"{what} ({where.part})"
    return [(order(where), _UNRENDERED.format(tag=tag, what=what, fix=fix), at, False)]


# ---------------------------------------------------------------- blocks across paragraphs

_PART_RE = re.compile(r"word/(document|header\d*|footer\d*|footnotes)\.xml")
# A statement tag, matched against each whole tag (``tags``): searched in the paragraph,
# it found a "{% if x %}" inside a comment, "{# tạm bỏ: {% if x %} #}", a block never
# closed, and the part's block errors went unsaid; and it tried "%}" from every "{%".
_STATEMENT_RE = re.compile(r"\{%-?\s*(?:(p|tr|tc|r)\s)?\s*(\w*)(.*?)-?%\}", re.DOTALL)
_STRING_RE = re.compile(r"'[^']*'|\"[^\"]*\"")
_NAME_RE = re.compile(r"[A-Za-z_]\w*")
_OPENERS = frozenset({"for", "if", "with", "macro", "call", "filter", "set"})
_MIDDLES = frozenset({"elif", "else"})  # continue an open block: elif an if, else either
_WORDY_RE = re.compile(r"\w")
_ROW_CELL = ("tr", "tc")  # their blocks span rows and cells: docxtpl-lint checks them
_ROW_CELL_RE = re.compile(r"\{%-?\s*(tr|tc)\s")
_ACROSS = (
    "thẻ «{tag}» thuộc khối «{opener}» mở ở {opened}, nhưng hai thẻ không cùng một chỗ: một "
    "thẻ nằm trong một ô của bảng (hay hộp văn bản, khung nội dung), thẻ kia ở ngoài, nên "
    "docxtpl sẽ tạo văn bản Word hỏng; hãy đặt các thẻ của một khối cùng ở thân văn bản, hoặc "
    "cùng trong một ô"
)
_SAME_EACH_TIME = (
    "đoạn «{text}» nằm trong vòng lặp «{opener}» ({opened}) nhưng không dùng {names}, nên "
    "báo cáo sẽ in đoạn này y hệt nhau một lần cho mỗi mục; nếu không phải ý muốn, hãy chuyển "
    "đoạn ra ngoài vòng lặp (trước thẻ mở hoặc sau thẻ «endfor» của nó)"
)


@dataclass
class _Block:
    """An open block: its keyword, first tag, paragraph and place; the names its tags read;
    for a loop, its targets and the names set inside it from them (which vary with it)."""

    keyword: str
    tag: str
    paragraph: ET.Element
    where: LintPlace
    read: set[str]
    targets: list[str] = field(default_factory=list)
    varying: set[str] = field(default_factory=set)
    in_else: bool = False


def _names(code: str) -> set[str]:
    return set(_NAME_RE.findall(_STRING_RE.sub("", code)))


def _own_text(paragraph: ET.Element) -> str:
    """The paragraph's text without its text boxes' paragraphs."""
    parts: list[str] = []

    def visit(el: ET.Element) -> None:
        for child in el:
            if child.tag == T:
                parts.append(child.text or "")
            elif child.tag != P:
                visit(child)

    visit(paragraph)
    return "".join(parts)


def _block_findings(root: ET.Element, label: str) -> list[_Finding]:
    """Blocks whose tags are in different containers, and paragraphs a loop prints the same
    each time; nothing when the blocks do not balance (docxtpl-lint says that alone)."""
    parents = {child: parent for parent in root.iter() for child in parent}
    stack: list[_Block] = []
    found: list[_Finding] = []
    for paragraph, where in paragraphs(root, label):
        text = _own_text(paragraph)
        statements = [m for t in tags(text) if (m := _STATEMENT_RE.fullmatch(t.group()))]
        if not statements and _WORDY_RE.search(text):
            found += _same_each_time(text, paragraph, where, stack, parents)
        for match in statements:
            prefix, keyword, rest = match.groups()
            tag = shown_tag(match.group())
            if keyword == "set" and "=" in rest:  # {% set x = … %}: x varies with a loop read
                made, _, value = rest.partition("=")
                for block in stack:
                    if _names(value) & (set(block.targets) | block.varying | {"loop"}):
                        block.varying |= _names(made)
            elif keyword in _OPENERS:
                block = _Block(keyword, tag, paragraph, where, _names(rest))
                if keyword == "for":
                    block.targets = sorted(_names(rest.partition(" in ")[0]))
                elif keyword == "set":  # {% set x %}…{% endset %}: taken to vary
                    for outer in stack:
                        outer.varying |= _names(rest)
                stack.append(block)
            elif keyword.startswith("end") or keyword in _MIDDLES:
                wanted = (
                    ("if", "for")
                    if keyword == "else"
                    else ("if" if keyword == "elif" else keyword[3:],)
                )
                if not stack or stack[-1].keyword not in wanted:
                    return []  # unbalanced: docxtpl-lint's DTL101/DTL102 say so
                block = stack[-1] if keyword in _MIDDLES else stack.pop()
                elsewhere = parents.get(block.paragraph) is not parents.get(paragraph)
                if elsewhere and prefix not in _ROW_CELL and not _ROW_CELL_RE.match(block.tag):
                    message = _ACROSS.format(tag=tag, opener=block.tag, opened=place(block.where))
                    found.append((order(where), message, place(where), False))
                block.read |= _names(rest)
                block.in_else = block.in_else or (block.keyword == "for" and keyword == "else")
    return [] if stack else found  # a block never closed: docxtpl-lint's DTL101


def _same_each_time(
    text: str,
    paragraph: ET.Element,
    where: LintPlace,
    stack: list[_Block],
    parents: dict[ET.Element, ET.Element],
) -> list[_Finding]:
    """An error when a loop around ``paragraph`` (a loop over paragraphs, at its level)
    would print it the same each time: neither it nor a block inside the loop reads the
    loop's names."""
    read = _names(" ".join(m.group() for m in tags(text, unclosed=True)))
    for depth in range(len(stack) - 1, -1, -1):
        loop = stack[depth]
        if loop.keyword != "for" or loop.in_else:
            continue
        inside = stack[depth + 1 :]
        seen = read.union(*(b.read for b in inside))
        innermost = not any(b.keyword == "for" for b in inside)
        if seen & (set(loop.targets) | loop.varying | ({"loop"} if innermost else set())):
            continue
        if parents.get(loop.paragraph) is not parents.get(paragraph):
            return []  # a table or text box inside the loop: the whole may still vary
        said = " hay ".join(f"«{n}»" for n in [*loop.targets, "loop"])
        quoted = _quoted(text)
        message = _SAME_EACH_TIME.format(
            text=quoted, opener=loop.tag, opened=place(loop.where), names=said
        )
        return [(order(where), message, place(where), True)]
    return []


def _quoted(text: str) -> str:
    """A paragraph's text as a message quotes it: on one line, at most 60 characters (59
    and "…" when longer)."""
    line = " ".join(text.split())
    return line if len(line) <= 60 else line[:59] + "…"
