"""The bases an assessment word of the index (``nhan_dinh_sxcn``) names: last month, by
"tháng trước" or by its number ("so với tháng 7" in August's report), and, in a word of
parts ("tăng khá; giảm nhẹ so với tháng trước", "tăng khá so với cùng kỳ nhưng giảm nhẹ so
với tháng trước"), which part names it: each part is graded by the change against its own
base (``iip.iip_paragraph``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import takewhile

from baocao.assessmentword import PERIOD_WORDS, STEADY, base_only, turn_at
from baocao.figures import Basis
from baocao.vnformat import plain_text


def names_previous(word: str, basis: Basis) -> bool:
    """Whether ``word`` names last month: "tháng trước", "tháng liền kề", "tháng liền
    trước", or its number (``_names_last_month``); not as the base of a rise slowed
    (``_SLOWED``), whose growth, not its index, it compares with last month's."""
    plain = _SLOWED.sub(r"\1", plain_text(word))
    return any(n in plain for n in _PREVIOUS) or _names_last_month(plain, basis)


_PREVIOUS = ("thang truoc", "thang lien ke", "thang lien truoc")
# A rise slowed against last month ("tăng trưởng chậm lại so với tháng trước", "tăng thấp
# hơn tháng 3", "tăng nhưng chậm lại so với tháng trước", "tăng so với cùng kỳ nhưng thấp
# hơn tháng trước", "giảm tốc độ tăng trưởng so với tháng trước"), in plain text, with its
# base: it says this month's growth is below last month's, which a fall on last month does
# not contradict ("… chậm lại so với tháng trước" beside "giảm 2,00% so với tháng trước" was
# left out of a correct report). The rise is graded by the lead's first change.
_SLOWED = re.compile(
    r"\b((?:tang(?: truong)?|nhung|song|tuy nhien) (?:cham lai|cham hon|thap hon)"
    r"|(?:tang truong )?giam toc(?: do tang(?: truong)?)?)"
    r"(?: so voi| so)?(?: cac| nhung)? thang(?: truoc| lien ke| lien truoc"
    r"| 0?\d{1,2}(?:\s*[/-]\s*\d{4}| nam \d{4})?(?!\d))"
)


def names_same_period(word: str, basis: Basis) -> bool:
    """Whether ``word`` names the same period last year: "cùng kỳ", "cùng tháng", or the
    report's own words for it (``so_sanh_cung_ky``)."""
    plain = plain_text(word)
    named = ("cung ky", "cung ki", "cung thang", plain_text(basis.same_period) or "cung ky")
    return any(n in plain for n in named)


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


def graded_parts(word: str, basis: Basis, alone: Callable[[str], bool]) -> list[tuple[str, bool]]:
    """The parts of ``word`` each graded alone, with whether it names last month: its parts
    between commas or ";", or joined by a turn or "và" (``_pieces``), when some name last
    month and some do not, each saying more than a base ("tăng khá; giảm nhẹ so với tháng
    trước", "tăng khá so với cùng kỳ nhưng giảm nhẹ so với tháng trước": "tăng khá …" graded
    as a word naming no base is, "giảm nhẹ so với tháng trước" by the change against last
    month). Pieces a joining word stands between are parts only when each says a course
    ``alone``: "khó khăn nhưng vẫn tăng so với tháng trước" (the turn says the course) and
    "tăng nhanh và mạnh so với tháng trước" stay one. Else the whole word: one part, or a
    base set apart ("tăng nhẹ, so với tháng trước")."""
    whole = [(word, names_previous(word, basis))]
    parts: list[str] = []
    before = ""  # the piece before, alone: a part may have grown by pieces joined to it
    for join, piece in _pieces(word):
        if parts and join and not (alone(before) and alone(piece)):
            parts[-1] = f"{parts[-1]} {join} {piece}"
        else:
            parts.append(piece)
        before = piece
    if len(parts) < 2 or any(base_only(plain_text(p)) for p in parts):
        return whole
    named = [(p, names_previous(p, basis)) for p in parts]
    return named if len({n for _, n in named}) == 2 else whole


def _pieces(word: str) -> list[tuple[str, str]]:
    """The pieces of ``word`` between commas, ";", turns (``TURNS``: "nhưng", "song", "tuy
    nhiên") and "và", each with the turn or "và" as typed before it ("" after a comma or
    ";", or first): "tăng khá so với cùng kỳ, song giảm nhẹ" → ("", "tăng khá so với cùng
    kỳ"), ("song", "giảm nhẹ")."""
    pieces: list[tuple[str, str]] = []
    for part in re.split(r"[,;]", unicodedata.normalize("NFC", word)):
        typed = part.split()
        plain = [plain_text(t) for t in typed]
        join, start, at = "", 0, 0
        while at < len(typed):
            size = turn_at(plain, at) or int(typed[at].lower() == "và")
            if size and at > start:
                pieces.append((join, " ".join(typed[start:at])))
            if size:
                join, start = " ".join(typed[at : at + size]), at + size
            at += size or 1
        if start < len(typed):
            pieces.append((join, " ".join(typed[start:])))
    return pieces


# Words before a steady word (``STEADY``) that say how steady: "cơ bản ổn định" is steady.
_HOW_STEADY = (["co", "ban"], ["tuong", "doi"], ["kha"])


# Words before a course that say nothing of it: "có mức tăng trưởng khá" says "tăng …".
_LEADS = (["co", "muc"], ["co", "su"], ["co", "buoc"], ["dat", "muc"])
# Words before a difficulty that say it was met ("gặp khó khăn", "gặp nhiều khó khăn", "còn
# nhiều khó khăn"): the stall "khó khăn" itself ("gặp khó khăn, ước tăng 25,31%" was printed).
_MET = (["gap", "nhieu"], ["gap", "phai"], ["gap"], ["nhieu"])
# A recovery's pace before it ("dần phục hồi", "từng bước phục hồi", "mạnh mẽ phục hồi"):
# the recovery itself, which needs a rise ("dần phục hồi, ước giảm 5,00%" was printed).
_PACES = (["dan"], ["tung", "buoc"], ["manh", "me"])
_RECOVERY = (["phuc", "hoi"], ["hoi", "phuc"], ["khoi", "sac"])


def unled(words: list[str]) -> list[str]:
    """The plain ``words`` without "tiếp tục", "vẫn", "đang", "còn", "đã" before them ("vẫn
    còn giảm" says "giảm"), nor "gặp", "gặp nhiều", "nhiều" before "khó khăn" (``_MET``),
    nor a pace before a recovery ("dần phục hồi" says "phục hồi": ``_PACES``),
    nor "có mức", "có sự", "có bước", "đạt mức" before more (after a turn, "khó khăn nhưng
    có mức tăng trưởng khá", or a steady word and "và", too), nor "cơ bản", "tương đối",
    "khá" before a steady word ("cơ bản ổn định", "tương đối ổn định" say "ổn định":
    ``iip.agrees``), nor a base named before the course ("so với tháng trước giảm nhẹ" says
    "giảm nhẹ"; the part names its base)."""
    while True:
        if words[:1] in (["van"], ["dang"], ["con"], ["da"]) or words[:2] == ["tiep", "tuc"]:
            words = words[2 if words[0] == "tiep" else 1 :]
            continue
        if words[:2] in _LEADS and len(words) > 2:
            words = words[2:]
            continue
        met = [m for m in _MET if bare(words[: len(m) + 2]) == [*m, "kho", "khan"]]
        if met:
            words = words[len(met[0]) :]
            continue
        paced = [p for p in _PACES if words[: len(p)] == p and _recovers(words[len(p) :])]
        if paced:
            words = words[len(paced[0]) :]
            continue
        base = len(list(takewhile(_of_a_base, words))) if words[:2] == ["so", "voi"] else 0
        if 2 < base < len(words):
            words = words[base:]
            continue
        rests = (words[len(h) :] for h in _HOW_STEADY if words[: len(h)] == h)
        rest = next((r for r in rests if opens_with(r, STEADY)), None)
        if rest is None:
            return words
        words = rest


def _recovers(words: list[str]) -> bool:
    """Whether the plain ``words`` open with a recovery ("phục hồi", "hồi phục", "khởi sắc")."""
    return bare(words[:2]) in _RECOVERY


def bare(words: list[str]) -> list[str]:
    """The plain ``words`` without a comma, ";" or full stop around each."""
    return [w.strip(",;.") for w in words]  # "khó khăn, nhưng …": "khăn," is "khăn"


def opens_with(words: list[str], openings: tuple[str, ...]) -> bool:
    """Whether the plain ``words`` open with one of ``openings`` (a steady word of
    ``STEADY``: "ổn định", or a course's opening: ``coursewords``)."""
    return any(words[: len(o.split())] == o.split() for o in openings)


def _of_a_base(word: str) -> bool:
    """Whether a plain word is one of a base's name: "so với tháng 3/2024", "cùng kỳ năm
    trước", "tháng liền kề"."""
    return word in PERIOD_WORDS or word in ("lien", "ke") or bool(re.fullmatch(r"[\d/.-]+", word))
