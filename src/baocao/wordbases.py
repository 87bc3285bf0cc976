"""The bases an assessment word of the index (``nhan_dinh_sxcn``) names: last month, by
"tháng trước" or by its number ("so với tháng 7" in August's report), and, in a word of
parts ("tăng khá; giảm nhẹ so với tháng trước"), which part names it: each part is graded
by the change against its own base (``iip.iip_paragraph``)."""

from __future__ import annotations

import re

from baocao.assessmentword import base_only, turn_at
from baocao.figures import Basis
from baocao.vnformat import plain_text


def names_previous(word: str, basis: Basis) -> bool:
    """Whether ``word`` names last month: "tháng trước", or its number (``_names_last_month``)."""
    return "thang truoc" in plain_text(word) or _names_last_month(word, basis)


_MONTH_NAMED = re.compile(r"\bthang\s+0?(\d{1,2})(?:\s*[/-]\s*(\d{4})|\s+nam\s+(\d{4}))?(?!\d)")


def _names_last_month(word: str, basis: Basis) -> bool:
    """Whether the word names the month before the report's by its number: "tháng 7",
    "tháng 7/2018", "tháng 07 năm 2018" in August 2018's ("tháng 12/2017" in January's);
    not with another year ("tháng 7/2017": last year's)."""
    last = basis.period.previous()
    for match in _MONTH_NAMED.finditer(plain_text(word)):
        year = match[2] or match[3]
        if int(match[1]) == last.month and (year is None or int(year) == last.year):
            return True
    return False


# Where a word of two bases turns or joins: "tăng so với cùng kỳ nhưng giảm so với tháng
# trước", "… song …", "… tuy nhiên …", "… và …".
_JOINS = re.compile(r"[,;]|\s(?:nhưng|song|tuy nhiên|và)\s", re.IGNORECASE)


def _each_base_named(word: str, basis: Basis) -> list[tuple[str, bool]] | None:
    """The parts of ``word`` between commas, ";", a turn or "và" when each names its base,
    last month in some and last year's ("cùng kỳ", "năm trước") in the others, and says
    more than it: "tăng so với cùng kỳ nhưng giảm so với tháng trước" says both courses
    true, each of its own base. Else None."""
    parts = [p.strip() for p in _JOINS.split(word) if p.strip()]
    named = [(p, names_previous(p, basis)) for p in parts]
    last_year = ("cung ky", "nam truoc")
    if len(parts) < 2 or len({n for _, n in named}) < 2:
        return None
    for part, previous in named:
        plain = plain_text(part)
        if base_only(plain) or not (previous or any(w in plain for w in last_year)):
            return None
    return named


def graded_parts(word: str, basis: Basis, *, previous: bool = True) -> list[tuple[str, bool]]:
    """The parts of ``word`` each graded alone, with whether it names last month: its parts
    between commas or ";" when some name last month and some do not, each saying more than
    a base ("tăng khá; giảm nhẹ so với tháng trước": "tăng khá" graded as a word naming no
    base is, "giảm nhẹ so với tháng trước" by the change against last month). Else the
    whole word: one part, a turn between them ("khó khăn, nhưng tăng so với tháng trước":
    the turn says the course), or a base set apart ("tăng nhẹ, so với tháng trước"). Parts
    that each name their own base, between a turn or "và" too (``_each_base_named``), are
    graded alone when the lead has a change against last month (``previous``)."""
    whole = [(word, names_previous(word, basis))]
    each = _each_base_named(word, basis) if previous else None
    if each is not None:
        return each
    parts = [p.strip() for p in re.split(r"[,;]", word) if p.strip()]
    words = plain_text(" ".join(parts)).split()
    if len(parts) < 2 or any(turn_at(words, at) for at in range(len(words))):
        return whole
    if any(base_only(plain_text(p)) for p in parts):
        return whole
    named = [(p, names_previous(p, basis)) for p in parts]
    return named if len({n for _, n in named}) == 2 else whole
