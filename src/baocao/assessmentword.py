"""An assessment word of the index (``nhan_dinh_sxcn``) that is another key's value, typed a
row off in ThongTin: the signer's authority line above it ("KT. GIÁM ĐỐC"), the export
markets below it ("Trung Quốc; Hàn Quốc", or one, "Hoa Kỳ"), or a period's or a base's name
("cùng kỳ năm 2021", "tháng"). Each was printed where the word stands, "Chỉ số sản xuất
công nghiệp tháng 11/2022 tỉnh Yên Bái KT. GIÁM ĐỐC, ước tăng 13,83% …", with exit code 0.
Such a word is left out of the report, with a warning at its cell
(``plausible.check_assessment``). The other way round, an assessment word typed among the
markets (``says_a_change``) is left out of them (``marketwords.misplaced_markets``)."""

from __future__ import annotations

import re

from baocao.vnformat import plain_text

# An authority line or a title: "KT. GIÁM ĐỐC", "TM. …", "PHÓ GIÁM ĐỐC".
_SIGNER = re.compile(r"^(?:kt|tm|tl|tuq)\b|\bgiam doc\b")
# The words of a period's or a base's name, in plain text: nothing of a change is left
# when they are taken out ("cùng kỳ năm 2021", "tháng 11/2022", "quý IV", "so với tháng trước").
PERIOD_WORDS = frozenset(
    {"so", "voi", "cung", "ky", "ki", "thoi", "gian", "diem", "thang", "truoc", "nam", "ngoai"}
    | {"nay", "quy", "ca", "dau", "cuoi", "i", "ii", "iii", "iv"}
)


# Words that say the index hardly moved (``iip.agrees``), in plain text.
STEADY = ("on dinh", "tuong duong", "giu nguyen", "xap xi", "bang", "khong doi", "khong thay doi")


def misplaced(word: str) -> str | None:
    """What ``word`` reads as when it is another key's value, else None."""
    plain = plain_text(word)
    if ";" in word:
        return "một danh sách (các mục cách nhau bằng dấu «;»), như các thị trường"
    if _SIGNER.search(plain):
        return "dòng thẩm quyền ký hoặc chức vụ người ký"
    if period_only(plain):
        return "tên một kỳ báo cáo hoặc kỳ so sánh"
    if names_a_place(word):  # after the others: "Phó Giám Đốc", "Cùng Kỳ" are capitalised too
        return "một tên riêng, như tên một thị trường"
    return None


def proper_name(text: str) -> bool:
    """Whether ``text`` is two words or more, each opening with a capital ("Hoa Kỳ", "Trung
    Quốc", "Bằng Tường", also in capitals, "TRUNG QUỐC", "NGUYỄN VĂN A"): a name, which no
    assessment word is. The words of a change so typed ("Giảm Nhẹ", "ỔN ĐỊNH":
    ``title_cased_change``) are none."""
    return _capital_words(text) and not title_cased_change(text)


# What joins the names of a list typed without ";": "Hoa Kỳ, EU", "Trung Quốc và Hàn Quốc".
_JOINS = re.compile(r"\s*,\s*|\s+(?:và|hoặc)\s+", re.IGNORECASE)


def names_a_place(text: str) -> bool:
    """Whether ``text`` is a ``proper_name``, also with its country in brackets or its
    place after a dash ("Đài Loan (Trung Quốc)", "Bằng Tường - Quảng Tây"), or a list of
    names joined by commas or "và" ("Hoa Kỳ, EU", "Trung Quốc và Hàn Quốc"), each of whose
    words opens with a capital ("Mỹ", "EU" alone too), none a change's words."""
    if proper_name(_name_part(text)):
        return True
    parts = [_name_part(p) for p in _JOINS.split(text.strip())]
    return len(parts) > 1 and all(
        p.split() and all(w[:1].isupper() for w in p.split()) and not _worded_as_change(p)
        for p in parts
    )


def _capital_words(text: str) -> bool:
    """Two words or more, each opening with a capital ("Hoa Kỳ", "TRUNG QUỐC")."""
    words = text.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


# How an assessment word may open besides a change's words (``_opens_as_change``), in
# plain text, when typed with each word capitalised ("Phục Hồi", "Tiếp Tục Tăng").
_OPENINGS = ("phuc hoi", "tiep tuc", "duy tri")


def title_cased_change(text: str) -> bool:
    """Whether ``text``, each of its words opening with a capital, is an assessment word so
    typed ("Tăng Khá", "Giảm Nhẹ", "Ổn Định", "Phục Hồi", "TĂNG KHÁ"); "Bằng Tường" (a
    steady word's letters) is a name."""
    return _capital_words(text) and _worded_as_change(text)


def _worded_as_change(text: str) -> bool:
    """Whether ``text``, whatever its case, opens as an assessment word does; "Bằng Tường"
    (a steady word's letters) is a name."""
    words = plain_text(text).split()
    if words[:1] == ["bang"] and len(words) > 1:
        return False
    return _opens_as_change(words) or any(words[: len(o.split())] == o.split() for o in _OPENINGS)


def says_a_change(text: str) -> bool:
    """Whether ``text`` opens as an assessment of a change does ("tăng khá", "giảm nhẹ",
    "không tăng", "ổn định"), which no market's name does; a name ("Bằng Tường", also with
    its country in brackets or its province after a dash) is none."""
    return not names_a_place(text) and _opens_as_change(plain_text(text).split())


def _opens_as_change(words: list[str]) -> bool:
    """Whether the plain words ``words`` open as an assessment of a change."""
    if words[:1] in (["tang"], ["giam"]) or words[:2] in (["khong", "tang"], ["khong", "giam"]):
        return True
    return any(words[: len(s.split())] == s.split() for s in STEADY)


def _name_part(text: str) -> str:
    """``text`` without what a market's name may add after it: a bracket ("Bằng Tường (Trung
    Quốc)") or a place after a dash between spaces ("Bằng Tường - Quảng Tây")."""
    text = re.sub(r"\s*[(\[][^)\]]*[)\]]", " ", text)
    return re.split(r"\s[-\u2013\u2014]\s", text)[0].strip()


def period_only(plain: str) -> bool:
    """Whether ``plain`` (plain text) holds words and all of them name a period or a base:
    "cùng kỳ năm 2021", "tháng", "cả năm"."""
    tokens = re.findall(r"[^\W\d_]+", plain)
    return bool(tokens) and all(t in PERIOD_WORDS for t in tokens)
