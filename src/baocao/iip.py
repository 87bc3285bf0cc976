"""The industrial production index paragraph: the whole industry, then its branches.

The lead is the month (a monthly report) or the period (the others, when the
year-to-date index is the period's), whichever the index gives; the other one
makes a second sentence. The branches follow the lead's sentence with the lead's
figures; their figures of the other period follow the second sentence ("…; trong
đó, ngành …"), or, without one, are said naming that period. In
January the year-to-date index is the month's, said once. The assessment word
stays only when it agrees with the lead's first change (or, naming "tháng trước", with
the change against the previous month, the second sentence's in a report of several
months; a word of parts, each part with its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from baocao import growth
from baocao.anotherkey import ASSESSMENT_KEY, another_keys_value
from baocao.assessmentword import turn_at
from baocao.coursewords import MOODS, course_agrees, turn_end
from baocao.earliergrowth import earlier_growth
from baocao.figures import PREVIOUS_MONTH, TOTAL_CODE, Basis, total_row
from baocao.iipscope import scope_of
from baocao.models import IipRow
from baocao.sheets import CHI_SO_SXCN
from baocao.views import IipParagraph, IipView
from baocao.viewvalues import known
from baocao.vnformat import (
    change_clause,
    change_phrase,
    format_index,
    plain_text,
    round_half_up,
)
from baocao.wordbases import bare, graded_parts, names_same_period, opens_with, unled


def iip_view(row: IipRow, basis: Basis) -> IipView:
    """One ChiSoSXCN row with its indices formatted and its clauses."""
    pd = row.pct_decimals
    yoy = growth.index_growth(row.index)
    mom = growth.index_growth(row.mom_index)
    ytd = growth.index_growth(row.ytd_index)

    def index(name: str, value: Decimal | None) -> str:
        where = f"«{CHI_SO_SXCN.header(name)}» của «{row.code}»"
        return known(format_index(value, pd), where)

    def clause(name: str, change: Decimal | None, against: str) -> str:
        where = f"mức thay đổi theo «{CHI_SO_SXCN.header(name)}» của «{row.code}»"
        return known(change_clause(change, against, pd), where)

    return IipView(
        code=row.code,
        name=row.name,
        index=index("index", row.index),
        growth=yoy,
        mom_index=index("mom_index", row.mom_index),
        mom_growth=mom,
        ytd_index=index("ytd_index", row.ytd_index),
        ytd_growth=ytd,
        pct_decimals=pd,
        yoy_clause=clause("index", yoy, basis.same_period),
        mom_clause=clause("mom_index", mom, PREVIOUS_MONTH),
        ytd_clause=clause("ytd_index", ytd, basis.same_period),
    )


@dataclass(frozen=True)
class _Change:
    """One change of an index: its growth, its clause, which base it is against, and the
    ChiSoSXCN field it comes from."""

    growth: Decimal
    clause: str
    base: str
    decimals: int
    field: str = "index"


def _changes(row: IipRow, basis: Basis, *, period_first: bool) -> list[_Change]:
    """The row's changes on the lead basis (the month's, or the period's), known only."""
    pd = row.pct_decimals
    month = [
        ("index", row.index, basis.same_period),
        ("mom_index", row.mom_index, PREVIOUS_MONTH),
    ]
    period = [("ytd_index", row.ytd_index, basis.same_period)]
    chosen = period if period_first else month
    found = [(name, growth.index_growth(index), base) for name, index, base in chosen]
    return [
        _Change(g, change_clause(g, base, pd), base, pd, name)
        for name, g, base in found
        if g is not None
    ]


def _lead(total: IipRow, basis: Basis) -> tuple[bool, list[_Change]]:
    """Whether the period leads, and the lead's changes: the month's in a monthly report,
    the period's in the others (when the year-to-date index is the period's: not in a
    quarter after the first), whichever the index gives."""
    period_first = not basis.monthly and basis.ytd_is_period
    lead = _changes(total, basis, period_first=period_first)
    if not lead:
        period_first = not period_first
        lead = _changes(total, basis, period_first=period_first)
    return period_first, lead


def lead_change(rows: tuple[IipRow, ...], basis: Basis) -> Decimal | None:
    """The whole industry's first change as the paragraph leads with it and prints it,
    rounded to the row's ``Số lẻ %`` (what the assessment word grades: 9,995 printed
    "tăng 10,00%" reaches a threshold of 10), or None without the row ``iip``."""
    total = total_row(rows)
    lead = _lead_of(total, basis)
    if total is None or not lead:
        return None
    return round_half_up(lead[0].growth, total.pct_decimals)


def lead_field(rows: tuple[IipRow, ...], basis: Basis) -> str | None:
    """The ChiSoSXCN field of the row ``iip`` whose change the assessment word must agree
    with (None without the row ``iip``): in January, the year-to-date's cell when it
    stands for a blank month's."""
    total = total_row(rows)
    lead = _lead_of(total, basis)
    if total is None or not lead:
        return None
    if _january(basis) and lead[0].field == "index" and total.index is None:
        return "ytd_index"
    return lead[0].field


def _lead_of(total: IipRow | None, basis: Basis) -> list[_Change]:
    if total is None:
        return []
    return _lead(_as_month(total) if _january(basis) else total, basis)[1]


def _second_of(total: IipRow | None, basis: Basis) -> list[_Change]:
    """The second sentence's changes (``iip_paragraph``): none in January."""
    if total is None or _january(basis):
        return []
    return _changes(total, basis, period_first=not _lead(total, basis)[0])


def _january(basis: Basis) -> bool:
    """Whether the year-to-date is the month (January, a report of the year so far)."""
    return basis.period.month == 1 and basis.ytd_is_period


# A change's figure typed in the word ("giảm 5%", "tăng 2,1 lần", "tăng 3 điểm phần trăm").
# Tried only where a figure begins, each run of digits and spaces read once (a word of
# thousands of digits took minutes): "x,5%" is the figure "5%". A share of the plan ("đạt
# 104,97% so với kế hoạch", "98% KH") is none: the sentence prints no plan of the index;
# nor of another target, named as ``planname.TARGET`` names one ("101,5% kịch bản").
_FIGURE = re.compile(
    r"(?<![\d.,])[.,]*+(\d[\d.,]*+\s*+(?:%|phần trăm|điểm|lần))"
    r"(?!\s*+(?:so\s++(?:với\s++)?)?(?:(?:kế\s++hoạch|chỉ\s++tiêu|mục\s++tiêu|dự\s++toán"
    r"|kịch\s++bản|nghị\s++quyết|kh|nq)\b))",
    re.IGNORECASE,
)


def figure_in(word: str) -> str | None:
    """The change's figure an assessment word holds ("5%" in "giảm 5%"), if any: the
    sentence prints the index's own change right after the word."""
    for found in _FIGURE.finditer(word):
        before, after = word[: found.start(1)], word[found.end() :]
        if not earlier_growth(before, after):  # "mức tăng 5,12% của năm trước"
            return found.group(1)
    return None


def agrees(word: str, change: Decimal, decimals: int, *, chosen: bool = False) -> bool:
    """Whether an assessment word agrees with a change as printed (``coursewords``): "tăng
    …" (or "nhích lên", or a recovery, "khởi sắc") needs a rise, a stall ("chững lại",
    "trầm lắng") a fall or a rise under ``STALL_PCT``, "giảm …" (or "suy giảm", "suy
    thoái") a fall ("tăng trưởng âm" says a fall, "giảm tốc độ tăng …" a rise slowed),
    "không tăng" none, "không giảm" no fall, "ổn định" (or
    "tương đương", "giữ nguyên", "xấp xỉ", "bằng") a change within ``STEADY_PCT`` percent.
    A word typed with a figure of its own ("giảm 5%" beside "ước giảm 0,23%") never does;
    one ``chosen`` by the config's thresholds names its threshold ("tăng trên 10%", min =
    10). "Tiếp tục", "vẫn", "đang" before the word change nothing of it."""
    if _refused(word, chosen=chosen):
        return False
    return course_agrees(_course_words(plain_text(word).split()), round_half_up(change, decimals))


def _refused(word: str, *, chosen: bool = False) -> bool:
    """Whether ``word`` agrees with no change: a figure of its own, another key's value, or
    parts at odds ("Tăng; Giảm", printed "tăng, giảm": neither course is the index's)."""
    other = not chosen and (figure_in(word) or another_keys_value(word, ASSESSMENT_KEY))
    return bool(other) or _at_odds(word)


def _course_words(words: list[str]) -> list[str]:
    """The plain ``words`` that say the course: after each turn after a recovery's or a
    stall's words ("khó khăn nhưng vẫn tăng khá": "tăng khá"), unless the words after it
    say no course ("phục hồi nhưng chưa bền vững": the recovery). Each turn is read once,
    from the last (graded anew from each, a word of 30 turns took hours), and only the last
    ``MANY_TURNS`` (each read with all after it, 2000 turns in a cell took 15 s)."""
    first, plain = unled(words), bare(words)
    starts, ends = [len(words) - len(first)], []  # of each mood and each turn, in plain
    while opens_with(plain[starts[-1] : starts[-1] + 2], MOODS):
        if (end := turn_end(plain, starts[-1]) or len(plain)) == len(plain):
            break  # no turn, or no word after it
        ends.append(end)
        starts.append(len(plain) - len(unled(plain[end:])))
    said = first if len(starts) == 1 else plain[starts.pop() :]
    for _ in range(min(len(ends), MANY_TURNS)):  # said: what the words after read so far say
        at, after = starts.pop(), " ".join(plain[ends.pop() :])
        if all(course_agrees(said, Decimal(s)) for s in (5, -5)) and not _refused(after):
            said = first if not starts else plain[at:]  # no course after the turn: the mood
    return said


MANY_TURNS = 50  # turns read back from the last: an office's assessment has one or two


_BASES = ("thang truoc", "cung ky", "ke hoach", "so voi")  # a part naming what it is against


def _at_odds(word: str) -> bool:
    """Whether ``word``'s parts between commas or ";" ("Tăng; Giảm", "tăng khá, giảm nhẹ")
    say a rise and a fall, with no turn ("nhưng") between them and neither naming what it
    is against ("tăng so với tháng trước, giảm so với cùng kỳ" may both be true)."""
    parts = [plain_text(p) for p in re.split(r"[,;]", word) if p.strip()]
    words = " ".join(parts).split()
    if len(parts) < 2 or any(turn_at(words, at) for at in range(len(words))):
        return False
    ways = {
        agrees(p, Decimal(5), 2) - agrees(p, Decimal(-5), 2)
        for p in parts
        if not any(base in p for base in _BASES)
    }
    return {1, -1} <= ways


def _alone(part: str) -> bool:
    """Whether a part of a word says a course of its own (``wordbases.graded_parts``): not
    a rise and a fall alike ("mạnh so với tháng trước"), nor, naming no base, a mood a turn
    after it overrides ("khó khăn" of "khó khăn nhưng vẫn tăng": ``agrees``)."""
    words = unled(bare(plain_text(part).split()))
    named = any(base in plain_text(part) for base in _BASES)
    mood = opens_with(words, MOODS) and not named
    return not mood and not _no_course(words)


def _no_course(words: list[str]) -> bool:
    """Whether the plain ``words`` say no course: a rise and a fall agree with them alike."""
    text = " ".join(words)
    return agrees(text, Decimal(5), 2) and agrees(text, Decimal(-5), 2)


def iip_paragraph(
    rows: tuple[IipRow, ...], basis: Basis, word: str, *, chosen: bool = False
) -> IipParagraph | None:
    """The index paragraph, or None without the row ``iip``.

    The lead is the month (a monthly report) or the period (the others), whichever
    the index gives; the other one, if given, makes the second sentence. ``word`` is
    the assessment (``chosen`` by the config's thresholds, or typed), kept only when it
    agrees with the lead's first change (``agrees``).
    """
    total = total_row(rows)
    if total is None:
        return None
    january = _january(basis)
    if january:  # the year-to-date is the month: its index stands for a blank month's
        rows = tuple(_as_month(r) for r in rows)
        total = _as_month(total)
    period_first, lead = _lead(total, basis)
    second = [] if january else _changes(total, basis, period_first=not period_first)
    if period_first:
        lead_label, second_label = _period_label(basis), f"Riêng {basis.month_label}"
    else:
        ytd = _period_label(basis, sentence_start=True)
        lead_label, second_label = basis.month_label, ytd
    if scope := scope_of(total.name):  # "Chỉ số sản xuất công nghiệp (trừ dầu thô …) …"
        lead_label = f"{scope} {lead_label}"
    branches: list[str] = []
    second_branches: list[str] = []
    # A branch's lone change leaves its base out only when the whole industry's sentence
    # says that base alone: beside "… so với cùng kỳ; tăng 1,50% so với tháng trước" a bare
    # "ước tăng 7,03%" says against neither.
    lead_base, second_base = (c[0].base if len(c) == 1 else "" for c in (lead, second or lead))
    for row in rows:
        if row.code == TOTAL_CODE:
            continue
        own = _branch(row, basis, period_first, lead_base, named=not second)
        others = _changes(row, basis, period_first=not period_first) if second else []
        if own:
            branches.append(own)
        if others:  # said in the second sentence, the other period's
            second_branches.append(_clause(row.name, others, second_base))
    return IipParagraph(
        total=iip_view(total, basis),
        lead_label=lead_label,
        lead_clauses=tuple(c.clause for c in lead),
        second_label=second_label,
        second_clauses=tuple(c.clause for c in second),
        branches=tuple(branches),
        second_branches=tuple(second_branches),
        assessment=word
        if word and _agrees(lead, word, basis, chosen=chosen, second=second)
        else "",
    )


def _graded(
    lead: list[_Change], word: str, basis: Basis, second: list[_Change]
) -> list[tuple[str, _Change]]:
    """Each part of the word (``wordbases.graded_parts``) with the lead's change it grades:
    the first, or the one against the previous month when the part names that base ("giảm
    nhẹ so với tháng trước" beside "ước tăng 4,00% so với cùng kỳ và giảm 1,00% so với tháng
    trước"), also by its number ("so với tháng 7" in August's report, as an office writes
    it); by both when it names the same period too ("tăng so với cùng kỳ và tháng trước").
    In a report of several months the change against the previous month is the ``second``
    sentence's ("Riêng tháng 6/2024, chỉ số ước …; giảm 2,00% so với tháng trước"); a part
    naming last month alone is not graded when the index gives no change against it."""
    previous = next((c for c in [*lead, *second] if c.field == "mom_index"), None)
    graded: list[tuple[str, _Change]] = []
    for p, named in graded_parts(word, basis, _alone):
        if not named or names_same_period(p, basis):
            graded.append((p, lead[0]))
        if named and previous is not None:
            graded.append((p, previous))
    return graded


def _agrees(
    lead: list[_Change], word: str, basis: Basis, *, chosen: bool, second: list[_Change]
) -> bool:
    """Whether each part of the word agrees with the change it grades (``_graded``), the
    whole word refused by none (a ";" list of another key's is, whatever its parts)."""
    if _refused(word, chosen=chosen):
        return False
    graded = _graded(lead, word, basis, second)
    return all(agrees(p, c.growth, c.decimals, chosen=chosen) for p, c in graded)


def graded_clause(rows: tuple[IipRow, ...], word: str, basis: Basis, *, chosen: bool) -> str:
    """The lead's clause, as printed, that the word is graded by (``_graded``) and, of a
    word of parts, the first part contradicts: a warning quotes it, not a clause the word
    agrees with ("tăng nhẹ so với tháng trước" contradicts "giảm 0,43% so với tháng trước",
    not "tăng 8,74% so với cùng kỳ")."""
    total = total_row(rows)
    lead = _lead_of(total, basis)
    graded = _graded(lead, word, basis, _second_of(total, basis))
    failed = (c for p, c in graded if not agrees(p, c.growth, c.decimals, chosen=chosen))
    return next(failed, graded[0][1] if graded else lead[0]).clause  # none: last month's alone


def _branch(row: IipRow, basis: Basis, period_first: bool, lead_base: str, *, named: bool) -> str:
    """ "ngành khai khoáng ước tăng 24,95%": the lead period's figures of a branch, the base
    left out when it is the lead's. With ``named`` (no second sentence to take them), the
    branch's figures of the other period follow, naming that period, their base said:
    "ngành khai khoáng cộng dồn 03 tháng đầu năm ước tăng 4,00% so với cùng kỳ" alone, or
    after the lead's figures ("ngành khai khoáng ước tăng 3,00%, cộng dồn …")."""
    changes = _changes(row, basis, period_first=period_first)
    other = _changes(row, basis, period_first=not period_first) if named else []
    label = basis.month_label if period_first else _period_label(basis)
    said = f"{label} ước {' và '.join(c.clause for c in other)}" if other else ""
    if changes:
        own = _clause(row.name, changes, lead_base)
        return f"{own}, {said}" if said else own
    return f"{row.name} {said}" if said else ""


def _clause(name: str, changes: list[_Change], base: str) -> str:
    """A branch's changes after its name; one on ``base`` alone leaves the base out."""
    if len(changes) == 1 and changes[0].base == base:
        return f"{name} ước {change_phrase(changes[0].growth, changes[0].decimals)}"
    return f"{name} ước {' và '.join(c.clause for c in changes)}"


def _as_month(row: IipRow) -> IipRow:
    """January's row: the year-to-date index is the month's against last year, said once."""
    index = row.index if row.index is not None else row.ytd_index
    return row.model_copy(update={"index": index, "ytd_index": None})


def _period_label(basis: Basis, *, sentence_start: bool = False) -> str:
    """How the year-to-date index's period is named: the report's period when it is the
    period's ("6 tháng đầu năm 2024"), else the year-to-date ("cộng dồn 06 tháng đầu
    năm"; in January, the month)."""
    if _january(basis):
        return basis.month_label
    label = basis.total_label if basis.ytd_is_period and not basis.monthly else basis.ytd_label
    return label[:1].upper() + label[1:] if sentence_start else label
