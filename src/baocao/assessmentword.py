"""What an assessment word of the index (``nhan_dinh_sxcn``) is, and what the values of the
keys around it typed in its place are (``anotherkey.another_keys_value``): a name, also in
capitals or a list ("Hoa Kỳ", "TRUNG QUỐC", "Hoa Kỳ, EU": ``names_a_place``), a period's or
a base's name ("cùng kỳ năm 2021", "tháng", "KH năm": ``base_only``), and the other way
round an assessment word typed among the markets (``says_a_change``)."""

from __future__ import annotations

import re
import unicodedata

from baocao.vnformat import plain_text

# The words of a period's or a base's name, in plain text: nothing of a change is left
# when they are taken out ("cùng kỳ năm 2021", "tháng 11/2022", "quý IV", "so với tháng trước").
PERIOD_WORDS = frozenset(
    {"so", "voi", "cung", "ky", "ki", "thoi", "gian", "diem", "thang", "truoc", "nam", "ngoai"}
    | {"nay", "quy", "ca", "dau", "cuoi", "i", "ii", "iii", "iv"}
)
# The words of a plan's name ("kế hoạch năm", "KH năm", "chỉ tiêu"), a base too.
PLAN_WORDS = frozenset({"ke", "hoach", "kh", "chi", "tieu"})


# Words that say the index hardly moved (``iip.agrees``), in plain text.
STEADY = ("on dinh", "tuong duong", "giu nguyen", "xap xi", "bang", "khong doi", "khong thay doi")


def proper_name(text: str) -> bool:
    """Whether ``text`` is two words or more, each opening with a capital ("Hoa Kỳ", "Trung
    Quốc", "Bằng Tường", also in capitals, "TRUNG QUỐC", "NGUYỄN VĂN A"): a name, which no
    assessment word is. The words of a change so typed ("Giảm Nhẹ", "ỔN ĐỊNH":
    ``title_cased_change``) are none."""
    return _capital_words(text) and not title_cased_change(text)


# What joins the names of a list typed without ";": "Hoa Kỳ, EU", "Trung Quốc và Hàn Quốc",
# "Hoa Kỳ & EU", "Mỹ/EU". Split from a text of single spaces, whose parts are stripped: a
# space before it matched as "\s*" was tried from each space of a run, a cell of 30 000
# spaces took 30 s.
_JOINS = re.compile(r" ?[,&/] ?| (?:và|hoặc) ", re.IGNORECASE)


def names_a_place(text: str) -> bool:
    """Whether ``text`` is a ``proper_name``, also with its country in brackets or its
    place after a dash ("Đài Loan (Trung Quốc)", "Bằng Tường - Quảng Tây"), or a list of
    names joined by commas, "&" or "và" (``_JOINS``: "Hoa Kỳ, EU", "Trung Quốc và Hàn
    Quốc"), each of whose words opens with a capital, none a change's words; or one word
    that is a name (``_one_word_name``: "Mỹ", "EU")."""
    if proper_name(_name_part(text)) or _one_word_name(_name_part(text)):
        return True
    parts = [_name_part(p) for p in _JOINS.split(" ".join(text.split()))]
    return len(parts) > 1 and all(
        p.split() and all(w[:1].isupper() for w in p.split()) and not _worded_as_change(p)
        for p in parts
    )


def _one_word_name(text: str) -> bool:
    """Whether ``text`` is one word opening with a capital ("Mỹ", "Lào", "EU") that is no
    word of an assessment ("Tăng", "Khá", "Tốt": ``_worded_as_change``, ``_DEGREE``; a
    verb that says a course alone, with its marks: "Đạt", "Tụt", "Chững", ``_OPENING_WORDS``;
    not every syllable of one: "Lào", not "lao" of "lao dốc")
    nor of a period's or a base's ("Tháng")."""
    words = text.split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    plain = plain_text(words[0])
    return not (
        _opening_word(text) or _worded_as_change(plain) or plain in _DEGREE or base_only(plain)
    )


def _opening_word(text: str) -> bool:
    """Whether ``text`` is one word, whatever its case, that a phrase of the index's course
    opens with and that says it alone, with its marks (``_OPENING_WORDS``: "Đạt", "tụt",
    "CHỮNG"; not "Lào", nor "Duy" of "duy trì")."""
    words = text.split()
    return len(words) == 1 and unicodedata.normalize("NFC", words[0]).lower() in _OPENING_WORDS


def _capital_words(text: str) -> bool:
    """Two words or more, each opening with a capital ("Hoa Kỳ", "TRUNG QUỐC")."""
    words = text.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


# What an assessment word is, and a name is not (the rule that tells "Khởi Sắc" from "Hoa
# Kỳ"): a phrase of the index's course, which opens with a verb or an adjective of it (a
# change's, "tăng", "giảm", "không tăng", a steady word, ``STEADY``, or another of
# ``_COURSE``), all of whose other words say how much, how, or since when (``_AFTER``,
# ``PERIOD_WORDS``). A name typed with each word opening with a capital is anything else.
# In plain text.
_CHANGE = ("tang", "giam", "khong tang", "khong giam")
# Typed as a report writes them: a word alone is told by its marks too ("Lào" is a name,
# "lao" of "lao dốc" no word of its own; ``_one_word_name``).
_COURSE_TYPED = (
    "phục hồi", "hồi phục", "tiếp tục", "duy trì", "khởi sắc", "giữ vững", "giữ ổn định",
    "chững lại", "sụt giảm", "suy giảm", "tụt giảm", "đi ngang", "đi xuống", "cải thiện",
    "tích cực", "khả quan", "bứt phá", "chuyển biến", "phát triển", "lao dốc", "có xu hướng",
    "có dấu hiệu", "có chuyển biến", "suy yếu", "nhích lên", "đi lên", "đạt", "lên", "xuống",
    "bền vững",
)  # fmt: skip
_COURSE = tuple(plain_text(o) for o in _COURSE_TYPED)
# The verbs that say the index's course alone, as typed: the phrases of one word ("tăng",
# "đạt", "xuống") and the verbs of a change that open one ("tụt" of "tụt giảm", "chững" of
# "chững lại"). Not every opening: "Duy" (of "duy trì"), "Có", "Phát", "Khởi", "Bền" say
# nothing alone and would print mid-sentence ("tỉnh … duy, ước tăng …"): names, left out.
_OPENING_WORDS = frozenset(o for o in ("tăng", "giảm", *_COURSE_TYPED) if " " not in o) | {
    "tụt", "nhích", "chững", "sụt"
}  # fmt: skip
# The words after the opening: of degree and manner ("khá", "nhẹ", "mạnh", "trở lại"),
# and the openings' own ("tiếp tục tăng trưởng khá"). Not "tương" (of "tương đương"):
# "Bằng Tường" is a market, "bằng" its opening's letters.
_DEGREE = frozenset(
    {"kha", "nhe", "manh", "cao", "thap", "nhanh", "cham", "deu", "dang", "ke", "ro", "ret"}
    | {"tot", "on", "dinh", "vung", "lien", "tro", "lai", "truong", "hon", "nua", "it"}
    | {"nhieu", "chut", "rat", "am", "duong", "toc", "do", "muc", "va", "tiep", "tuc"}
    | {"yeu", "kem", "vuot"}
    | {"vot", "sau", "dot", "bien", "len", "xuong"}  # "tăng vọt", "giảm sâu", "đột biến"
)
_AFTER = _DEGREE | {w for o in (*_CHANGE, *_COURSE) for w in o.split()}
# Words of degree read only together, whose syllables alone may be a name's ("Ấn Tượng",
# not "Tường" of "Bằng Tường"), longest first; and the words of a reason, after which
# anything may follow ("Giảm Do Thiếu Đơn Hàng").
_AFTER_PHRASES = tuple(
    p.split()
    for p in (
        "hai con so", "con so", "an tuong", "tuong doi", "ben vung", "manh me", "vuot bac",
        "ro net", "xu huong", "chieu huong", "dau hieu", "khoi sac", "kha quan", "tich cuc",
        "soi dong", "di len", "len", "sau", "da", "dot bien", "vuot troi", "cao nhat",
        "manh nhat", "nhanh nhat", "tu dau nam", "o muc", "gap doi", "gap ba",
    )
)  # fmt: skip
REASON = frozenset({"do", "nho", "boi", "vi"})  # "do", "nhờ", "bởi", "vì"
# The turns after which an assessment's words go on ("khó khăn nhưng vẫn tăng khá").
TURNS = ("nhung", "song", "tuy nhien")  # "nhưng", "song", "tuy nhiên"


def turn_at(words: list[str], at: int) -> int:
    """How many of the plain ``words`` from ``at`` make a turn (``TURNS``), 0 for none."""
    return next((len(t.split()) for t in TURNS if words[at : at + len(t.split())] == t.split()), 0)


# Words that may come before an opening ("Có Chiều Hướng Tích Cực", "Chưa Phục Hồi", "Đạt
# Kết Quả Khả Quan", "Giữ Được Đà Tăng"): each alone says nothing of a course.
_LEAD = frozenset(
    {"co", "chua", "dat", "giu", "duoc", "da", "nhieu", "chieu", "huong", "xu", "dau", "hieu"}
    | {"ket", "qua", "muc", "van", "dang", "tiep", "tuc", "su", "buoc", "gap"}  # "gặp"
    | {"dan", "tung"}  # a course's pace: "Đang Dần Phục Hồi", "Từng Bước Phục Hồi"
)
# Openings read only by ``_worded_as_change``, not among the markets' small-letter verbs,
# nor words of degree (their syllables alone may be a name's: "Lạng", "Bắc"): a stall or a
# fall ("trầm lắng", "ảm đạm", "suy thoái", "chậm lại", "khó khăn"), and a plan passed or
# completed ("vượt kế hoạch", "hoàn thành kế hoạch").
_MORE_OPENINGS = (
    "kha", "tot", "tuong doi", "di len", "am len", "soi dong", "kha quan", "bien dong",
    "khong bien dong", "tram lang", "am dam", "suy thoai", "cham lai", "tri tre", "dinh tre",
    "sa sut", "vuot", "vuot bac", "vuot troi", "but toc", "kho khan", "hoan thanh",
)  # fmt: skip
# Verbs of the course that open a phrase only before words of degree ("Nhích Nhẹ", "Tụt
# Dốc", "Sụt Nhẹ"): alone, their letters without marks are no word ("Tút", "Sút"; "Tụt"
# alone is told by its marks, ``_OPENING_WORDS``).
_VERB_OPENINGS = ("nhich", "tut", "sut")


# Every word an assessment of the course is made of (``_worded_as_change``), in plain text.
_VOCABULARY = frozenset(
    _AFTER | _LEAD | REASON | PERIOD_WORDS | PLAN_WORDS
    | {w for o in (*STEADY, *_MORE_OPENINGS) for w in o.split()}
    | {w for p in _AFTER_PHRASES for w in p}
)  # fmt: skip


def course_word(word: str) -> bool:
    """Whether ``word``, whatever its case, is a word an assessment of the index's course is
    made of ("KHÁ", "Nhờ", "Kỳ"), as an acronym of its reason ("FDI", "LG") is not."""
    return plain_text(word) in _VOCABULARY


def title_cased_change(text: str) -> bool:
    """Whether ``text``, each of its words opening with a capital (one word too, "Khá",
    "TĂNG"; a number aside, "Tăng Trưởng 2 Con Số"), is an assessment word so typed
    (``_worded_as_change``: "Tăng Khá", "Giảm Nhẹ", "Ổn Định", "Khởi Sắc", "Giữ Vững",
    "TĂNG KHÁ"); "Bằng Tường" is a name."""
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return bool(words) and all(w[:1].isupper() for w in words) and _worded_as_change(text)


# By its first word, each opening's words and whether it is a verb opening a phrase only
# before more words: split once, and tried only where its first word stands (each of a
# text's words was tried against every opening: a second for a cell of "Có Có …").
_OPENINGS: dict[str, list[tuple[list[str], bool]]] = {}
for _o in (*_CHANGE, *STEADY, *_COURSE, *_MORE_OPENINGS, *_VERB_OPENINGS):
    _OPENINGS.setdefault(_o.split()[0], []).append((_o.split(), _o in _VERB_OPENINGS))


def _worded_as_change(text: str, *, turned: bool = False) -> bool:
    """Whether ``text``, whatever its case, is worded as an assessment of the index's
    course: an opening of ``_CHANGE``, ``STEADY`` or ``_COURSE``, then only words of
    ``_AFTER`` or ``PERIOD_WORDS`` ("tăng trưởng khá so với cùng kỳ"), or a turn and words
    so worded ("khó khăn nhưng vẫn tăng khá"; one turn, unless ``turned``), also after its
    base ("so với tháng trước giảm nhẹ"); "Bằng Tường" (a steady word's letters, then a
    name's) is not."""
    words = re.findall(r"[^\W\d_]+", plain_text(_name_part(text)))
    based = words[:2] == ["so", "voi"]  # the base first: its words lead the course
    for lead in range(len(words)):
        opened = [
            len(o)
            for o, verb in _OPENINGS.get(words[lead], ())
            if words[lead : lead + len(o)] == o and (not verb or lead + 1 < len(words))
        ]
        if opened and _of_degree(words[lead + max(opened) :], turned=turned):
            return True
        if words[lead] not in _LEAD and not (based and words[lead] in PERIOD_WORDS):
            return False
    return False


def _of_degree(words: list[str], *, turned: bool = False) -> bool:
    """Whether the plain ``words`` after an opening say only how much, how or since when
    (``_AFTER``, ``_AFTER_PHRASES``, ``PERIOD_WORDS``, the plan's), or give a reason, or,
    unless ``turned``, turn to words worded as an assessment ("nhưng vẫn tăng khá")."""
    at = 0
    while at < len(words):
        if words[at] in REASON and at + 1 < len(words):
            return True
        turn = turn_at(words, at)
        if turn and not turned and at + turn < len(words):
            return _worded_as_change(" ".join(words[at + turn :]), turned=True)
        phrase = next((p for p in _AFTER_PHRASES if words[at : at + len(p)] == p), None)
        if phrase:
            at += len(phrase)
        elif words[at] in _AFTER or words[at] in PERIOD_WORDS or words[at] in PLAN_WORDS:
            at += 1
        else:
            return False
    return True


def _opens(words: list[str], opening: str) -> bool:
    """Whether the plain words ``words`` open with ``opening``."""
    return words[: len(opening.split())] == opening.split()


def says_a_change(text: str) -> bool:
    """Whether ``text`` is worded as an assessment of a change (``_worded_as_change``:
    "tăng khá", "giảm nhẹ", "không tăng", "ổn định"), or one word a phrase of the course
    opens with ("Tụt", "chững": ``_opening_word``), or opens as a sentence, in small
    letters or with a capital before a small word (``_sentence_opening``), with a change's or
    a course's verb ("giảm do thiếu đơn hàng", "Giảm do thiếu đơn hàng", the sentence's
    words: no market's name so opens), which no market's name is; a name ("Bằng Tường",
    also in small letters or capitals, or with its country in brackets or its province
    after a dash) is none: it merely begins with a steady word's letters. Each word opening
    with a capital ("PHỤC HỒI SAU TẾT", "Giảm Nhẹ Khi Giá Xuống"), the case no longer tells
    a sentence from a name: a course's verb then a word of degree, period or reason ("sau",
    "nhẹ", "vì") does; "Tăng Văn Bình", "BẰNG TƯỜNG" are names."""
    words = re.findall(r"[^\W\d_]+", plain_text(text))
    opened = [len(o.split()) for o in (*_CHANGE, *_COURSE) if _opens(words, o)]
    after = words[max(opened, default=len(words)) :][:1]
    if after and _capital_words(text) and after[0] in _AFTER | PERIOD_WORDS | REASON:
        return True  # "PHỤC HỒI SAU TẾT": the case hides a sentence, its words do not
    if names_a_place(text):
        return False
    return (
        _worded_as_change(text) or _opening_word(text) or (_sentence_opening(text) and bool(opened))
    )


def _sentence_opening(text: str) -> bool:
    """Whether ``text`` opens as a sentence's words do, not a name's: in small letters
    ("giảm do …"), or with a capital and then a word in small letters ("Giảm do thiếu đơn
    hàng", as a sentence begins; a name's every word opens with a capital)."""
    typed = re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text))
    return bool(typed) and (typed[0][:1].islower() or (len(typed) > 1 and typed[1][:1].islower()))


def _name_part(text: str) -> str:
    """``text`` without what a market's name may add after it: a bracket ("Bằng Tường (Trung
    Quốc)") or a place after a dash between spaces ("Bằng Tường - Quảng Tây")."""
    return re.split(r"\s[-\u2013\u2014]\s", _without_brackets(text))[0].strip()


_OPENING = re.compile(r"[(\[]")
_CLOSING = re.compile(r"[)\]]")


def bracket_parts(text: str) -> list[str]:
    r"""``text`` split at its brackets, each from an opening to the first closing after it:
    the text outside them and the brackets in turn ("Tăng Khá (Ước)" → "Tăng Khá ", "(Ước)",
    ""), as ``re.split`` with a group of ``[(\[][^)\]]*[)\]]`` splits it, read once from
    left to right: that regex, tried from each opening to the text's end when no closing
    follows, took a minute on a cell of 30 000 "("; once an opening has no closing after
    it, none after it has."""
    parts: list[str] = []
    start = 0
    while (opening := _OPENING.search(text, start)) and (
        closing := _CLOSING.search(text, opening.end())
    ):
        parts += [text[start : opening.start()], text[opening.start() : closing.end()]]
        start = closing.end()
    return [*parts, text[start:]]


def outside_brackets(text: str) -> str:
    """``text`` with each bracket (``bracket_parts``: "(ước)", "(số chính thức)") made a
    space."""
    return " ".join(bracket_parts(text)[::2])


def _without_brackets(text: str) -> str:
    """``text`` with each bracket (``bracket_parts``) and the spaces before it made one
    space."""
    outside = bracket_parts(text)[::2]
    return "".join(o.rstrip() + " " for o in outside[:-1]) + outside[-1]


def changes_listed(text: str) -> str | None:
    """``text`` with its ";" made ", " when it holds one and each of its items is worded as
    an assessment ("Tăng Khá; Ổn Định" → "Tăng Khá, Ổn Định": ``_worded_as_change``), not
    a list of markets ("Tăng Khá; Mỹ"); else None."""
    items = [i.strip() for i in text.split(";") if i.strip()]
    if ";" not in text or not items or not all(_worded_as_change(i) for i in items):
        return None
    return ", ".join(items)


def period_only(plain: str) -> bool:
    """Whether ``plain`` (plain text) holds words and all of them name a period or a base:
    "cùng kỳ năm 2021", "tháng", "cả năm"."""
    tokens = re.findall(r"[^\W\d_]+", plain)
    return bool(tokens) and all(t in PERIOD_WORDS for t in tokens)


def base_only(plain: str) -> bool:
    """Whether ``plain`` (plain text) holds words and all of them name a period or a base,
    the plan's too: "cùng kỳ năm 2021", "so với Kế hoạch năm", "KH năm"."""
    tokens = re.findall(r"[^\W\d_]+", plain)
    return bool(tokens) and all(t in PERIOD_WORDS or t in PLAN_WORDS for t in tokens)
