"""How the words of an assessment of the index's course (``nhan_dinh_sxcn``) grade a change
(``iip.agrees``): the openings of a rise, a fall, a stall or a recovery, a steady word, and
the turns after a mood ("khó khăn nhưng vẫn tăng khá")."""

from __future__ import annotations

import re
from decimal import Decimal

from baocao.assessmentword import REASON, STEADY, turn_at
from baocao.wordbases import bare, opens_with, unled

STEADY_PCT = 2  # a steady word (``assessmentword.STEADY``) agrees with a change this small
# Openings of a course that say a fall, or a rise, as "giảm" and "tăng" do, in plain text.
_FALLS = (
    "suy giam", "sut giam", "tut giam", "suy thoai", "suy yeu", "sa sut", "lao doc",
    "di xuong", "xuong", "tut", "sut",
)  # fmt: skip
_RISES = ("nhich", "di len", "len", "but pha")  # "nhích lên", "nhích nhẹ"
# Words of a recovery ("khởi sắc", "phục hồi", "hồi phục"): a rise, as "tăng" is ("Khởi
# Sắc" beside "ước giảm 5,00%" was printed). "Chưa phục hồi" opens with none: unchecked.
_RECOVERIES = ("khoi sac", "phuc hoi", "hoi phuc")
# Words of a stall or a gloom ("chững lại", "chựng lại", "trầm lắng", "ảm đạm", "trì trệ",
# "đình trệ", "khó khăn", "gặp khó"): any fall agrees, and a rise under STALL_PCT; growth of
# two digits is none ("trầm lắng, ước tăng 15,00%"). A stall beside a small rise ("chững
# lại, ước tăng 0,50%") or one a little larger (growth slowed from last month's, which the
# word may mean) is kept.
_STALLS = ("chung lai", "tram lang", "am dam", "tri tre", "dinh tre", "kho khan", "gap kho")
MOODS = _RECOVERIES + _STALLS  # a turn after them says the course (``iip._course_words``)
STALL_PCT = 10
# A change "of two digits" ("tăng trưởng hai con số", "giảm 2 con số"): 10% to under 100%
# ("tăng trưởng 2 con số, ước tăng 4,00%" was printed).
_TWO_DIGITS = (["hai", "con", "so"], ["2", "con", "so"])
# Words a little before "hai con số" that say the change falls short of two digits ("gần
# hai con số", "chưa đạt mức hai con số", "dưới 2 con số", "xấp xỉ", "sát", "tiệm cận"):
# no claim of two digits ("tăng trưởng gần hai con số" beside a rise of 8% was left out).
_SHORT_OF = ("gan", "duoi", "chua", "khong", "xi", "sat", "can")
# A reason ("nhờ", "do", "bởi", "vì"), "trong đó" or branches named as some of the industry
# ("một số ngành", "riêng ngành", "các ngành", "3/4 ngành", "riêng điện tử"; not "ngành công
# nghiệp", the whole) or its products ("nhiều sản phẩm") before "hai con số" in its part make
# it the branches' growth, not the index's ("tăng khá nhờ nhiều ngành tăng hai con số" beside
# a rise of 6% was left out).
_OF_BRANCHES = re.compile(
    r"(?<!\S)(?:trong do|rieng(?! thang| quy)|san pham|doanh nghiep"
    r"|(?:nhieu|mot so|nhat la|nhom|cac|\d+(?:/\d+)?) (?:nganh|linh vuc))(?!\S)"
)
# Growth said in general ("phát triển", mostly after a steady word: "ổn định và phát
# triển"): the index steady or rising, not falling.
_GROWS = ("phat trien",)
# A rise and a fall together ("lên xuống thất thường", "lúc lên lúc xuống"): neither.
_BOTH_WAYS = ("len xuong", "xuong len", "luc len", "luc xuong")


def course_agrees(words: list[str], shown: Decimal) -> bool:
    """Whether the course the plain ``words`` open with (``iip._course_words``) agrees with
    the change ``shown``, as printed (``iip.agrees``). A rise or a fall is read through a
    comma or a full stop after its words ("giảm, do thiếu đơn hàng" beside a rise was
    printed with no warning), and so is a stall ("trầm lắng, khó khăn" beside 15%)."""
    head = bare(words[:2])
    first, second = [*head, "", ""][:2]
    text = " ".join(words)
    if text.startswith("tang truong am"):  # negative growth: a fall
        return shown < 0
    if first == "giam" and (second == "toc" or "toc do tang" in text):
        return shown > 0  # "giảm tốc độ tăng trưởng": growth slowed, a rise still
    if first == "khong" and second in ("tang", "giam"):
        return shown <= 0 if second == "tang" else shown >= 0
    if _of_two_digits(words) and not STALL_PCT <= abs(shown) < 100:
        return False  # "tăng trưởng hai con số" beside a rise of 4%: the course aside
    if first == "tang":
        return shown > 0
    if opens_with(head, _BOTH_WAYS):  # "lên xuống thất thường": no course of its own
        return True
    if first == "giam" or opens_with(head, _FALLS):
        return shown < 0
    if opens_with(head, _RISES) or opens_with(head, _RECOVERIES):
        return shown > 0
    if opens_with(head, _GROWS):
        return shown >= -STEADY_PCT
    if opens_with(head, _STALLS) or words == ["chung"]:  # "Chững" alone; not "chung cả …"
        return shown < STALL_PCT
    if any(text.startswith(steady) for steady in STEADY):
        rest = _after_steady(words)
        return course_agrees(rest, shown) if rest else abs(shown) <= STEADY_PCT
    return True


# A rise's or a fall's opening, after a steady word joined to it ("ổn định và tăng …").
_COURSES = ("tang", "giam", *_FALLS, *_RISES, *_RECOVERIES, *_GROWS)


def _after_steady(words: list[str]) -> list[str]:
    """The plain ``words`` of a course after a steady word joined to it by "và", a turn
    ("nhưng", ``TURNS``) or a comma,
    "có mức", "đạt mức", "tiếp tục", "vẫn" and the like (``unled``) left out
    ("ổn định và có mức tăng trưởng khá", "ổn định, tăng trưởng khá": production steady,
    and its course a rise), else []: the course is the rise's, not the steady word's
    ("ổn định" alone agrees only with a change within ``STEADY_PCT``)."""
    for steady in STEADY:
        size = len(steady.split())
        if bare(words[:size]) != steady.split() or len(words) <= size:
            continue
        rest = bare(words[size:])
        if rest[0] == "va" or turn_at(rest, 0):  # "ổn định nhưng tăng chậm": the rise
            rest = rest[turn_at(rest, 0) or 1 :]
        elif not words[size - 1].endswith((",", ";")):
            return []
        rest = unled(rest)  # "ổn định và có mức tăng trưởng khá", "… và tiếp tục tăng"
        return rest if opens_with(rest, _COURSES) else []
    return []


def _of_two_digits(words: list[str]) -> bool:
    """Whether the plain ``words`` claim a change of two digits: "hai con số" or "2 con số"
    with none of ``_SHORT_OF`` in the three words before it, nor a reason, "trong đó" or
    some branches (``_OF_BRANCHES``) anywhere before it, within its part (after the last
    comma, ";" or full stop)."""
    for at in range(len(words) - 2):
        if bare(words[at : at + 3]) not in _TWO_DIGITS:
            continue
        part = _part_before(words, at)
        if set(part) & REASON or _OF_BRANCHES.search(" ".join(part)):
            continue  # "nhờ nhiều ngành tăng hai con số": the branches'
        if not any(w in _SHORT_OF for w in part[-3:]):
            return True
    return False


def _part_before(words: list[str], at: int) -> list[str]:
    """The ``words`` before ``at`` in its part (after the last comma, ";" or full stop)."""
    start = max((i + 1 for i in range(at) if words[i].endswith((",", ";", "."))), default=0)
    return words[start:at]


def turn_end(plain: list[str], start: int) -> int | None:
    """Where the ``plain`` words (``bare``) from ``start`` go on after their first turn
    (``TURNS``: "nhưng"), None without one: after a recovery's or a stall's words ("khó
    khăn nhưng vẫn tăng khá", "khởi sắc song vẫn giảm nhẹ"), the words after it say the
    course, the mood before it does not."""
    at = next((at for at in range(start + 1, len(plain)) if turn_at(plain, at)), None)
    return None if at is None else at + turn_at(plain, at)
