"""An assessment word (``nhan_dinh_sxcn``) typed with each word capitalised or in capitals
("Tăng Khá", "TĂNG KHÁ (Ước Tính)") as printed mid-sentence (``infotext.mid_sentence``): in
lower case, but for an acronym, and for a name of another language in its reason ("Tăng
Trưởng Khá Nhờ Samsung" was printed "… tăng trưởng khá nhờ samsung, ước tăng …": a
company's name lowered), kept as typed; the note at its cell names what was kept, and how
to keep a name the case cannot tell from a common word ("Nhờ Hòa Phát")."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from baocao.assessmentword import bracket_parts, course_word
from baocao.midsentence import one_syllable
from baocao.vnformat import capitalised, lower_capitalised, plain_text

# The letters of a name's word, or of each part a hyphen, an apostrophe or a dot sets apart
# ("A-B", "O'NEIL", "V.AN"), each with its first letter a capital.
LETTERS = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Said:
    """An assessment word as printed mid-sentence; for one typed title-cased or in capitals
    with a reason ("Tăng Khá Nhờ Samsung"), the reason's opening word as printed ("nhờ"),
    the words after it kept as typed (names: "Samsung") and whether any other was lowered,
    not a word of the course (``course_word``: "Và", "Tăng")."""

    printed: str
    reason: str = ""
    kept: tuple[str, ...] = ()
    lowered: bool = False


def reason_said(said: Said) -> str:
    """What the note on an assessment word ``said`` mid-sentence adds on its reason typed
    title-cased or in capitals: the names kept ("«Samsung» sau «nhờ» …"), and how to keep
    a name its case cannot tell from a common word ("Hòa Phát"), if any word after "nhờ"
    was lowered (not a word of the course, "Và", "Tăng"); "" for none."""
    kept = ", ".join(f"«{k}»" for k in said.kept)
    return "".join(
        (
            f"; {kept} sau «{said.reason}» là tên riêng nên được giữ nguyên" if kept else "",
            f"; các chữ {'khác ' if kept else ''}sau «{said.reason}» được viết thường: nếu "
            "trong đó có tên riêng (tên doanh nghiệp, địa danh), hãy ghi nhận định như một "
            "câu, chỉ viết hoa chữ đầu của tên riêng (ví dụ «Tăng khá nhờ Hòa Phát»)"
            if said.lowered
            else "",
        )
    )


# The words that open an assessment's reason, as typed ("Tăng Khá Nhờ Samsung"; not "Độ" of
# "Tốc Độ", whose letters are those of "do").
_REASONS = frozenset({"do", "nhờ", "bởi", "vì"})
# A quarter's Roman numeral in capitals ("Quý I", "QUÝ IV"), kept as typed after "quý".
_QUARTER = frozenset({"quý", "quí"})
_ROMAN = re.compile(r"[IVX]{1,4}")


def lowered(word: str) -> Said:
    """An assessment word typed with each word capitalised ("Tăng Khá", "TĂNG KHÁ") in lower
    case, and its bracket's capitalised words ("(Ước Tính)"), not an acronym ("(GSO)"), nor
    one in its reason ("Tăng Khá Nhờ FDI" → "tăng khá nhờ FDI"; ``course_word``) unless the
    whole is in capitals ("GIẢM DO THIẾU ĐƠN HÀNG": the case tells no acronym there). A
    word of its reason that is no Vietnamese syllable (``one_syllable``: "Samsung",
    "FOXCONN", "FDI") is a name of another language: kept as typed, in capitals too; so is a
    quarter's numeral ("Quý I"), which is no name."""
    parts = bracket_parts(word)
    capitals = not any(c.islower() for c in "".join(parts[::2]))
    reason, kept, common, quarter = "", [], False, False

    def outside(typed: str) -> str:
        nonlocal reason, common, quarter
        numeral = quarter and _ROMAN.fullmatch(typed) is not None
        quarter = unicodedata.normalize("NFC", typed).lower() in _QUARTER
        if numeral:
            return typed  # "Quý I": not lowered to "quý i"
        lower = capitals or capitalised(typed) or course_word(typed)
        if reason and lower and not one_syllable(typed):
            kept.append(typed)  # "Tăng Khá Nhờ Samsung": a name
            return typed
        if not reason and unicodedata.normalize("NFC", typed).lower() in _REASONS:
            reason = typed.lower()
        elif reason and lower and typed != typed.lower() and not course_word(typed):
            common = True  # "Tăng Nhờ Đơn Hàng Mới", and a name's "Nhờ Hòa Phát" alike
        return typed.lower() if lower else typed

    printed = "".join(
        LETTERS.sub(lambda m: outside(m[0]), p)
        if i % 2 == 0
        else LETTERS.sub(lambda m: lower_capitalised(m[0]), p)
        for i, p in enumerate(parts)
    )
    return Said(printed, reason, tuple(kept), common)


# The words of an estimate's bracket after a period ("(Ước)", "(Sơ bộ)", "(Ước tính)"), in
# plain text: lowered with the period's words, being none of a name's.
_ESTIMATE = frozenset({"uoc", "tinh", "so", "bo", "thuc", "hien", "chinh", "du", "kien"})
# A quarter's numeral ("Quý IV"), kept in capitals among a base's words.
NUMERALS = frozenset({"i", "ii", "iii", "iv"})


def _in_capitals(word: str, keep: frozenset[str]) -> bool:
    """Whether ``word`` is typed in capitals ("NĂM") and its plain form is not in ``keep``."""
    return word.isupper() and plain_text(word).lower() not in keep


def lowered_base(text: str, keep: frozenset[str] = NUMERALS) -> str:
    """``text``, a base's name whose words outside its brackets are a period's or a plan's,
    with each of those words typed in capitals lowered: no such word is an acronym, and
    "so với CÙNG KỲ NĂM TRƯỚC" mid-sentence is a heading's capitals ("KẾ HOẠCH NĂM" →
    "kế hoạch năm"); a quarter's numeral and an acronym in ``keep`` ("KH") stay, and so
    does each bracket ("(UBND TỈNH GIAO)")."""
    parts = bracket_parts(text)
    for at in range(0, len(parts), 2):
        parts[at] = LETTERS.sub(
            lambda m: m[0].lower() if _in_capitals(m[0], keep) else m[0], parts[at]
        )
    return "".join(parts)


def lowered_period(said: str, typed: str) -> str:
    """``said`` (a same-period name, the words of a period) with each capitalised word
    lowered: a period's words are no name ("Cùng Kỳ Năm Trước"), and each typed in capitals
    (``lowered_base``). A bracket's words are lowered with them when each has a capital and
    they are an estimate's (``_ESTIMATE``: "Cùng kỳ năm trước (Ước)", "(ƯỚC)") or ``typed``
    is title-cased outside its brackets (a capital after its first word: "Cùng Kỳ Năm 2023
    [Ước Tính]"); else they are names, kept: "cùng kỳ năm trước (Lào Cai)", "cùng kỳ năm
    2024 (số liệu gộp hai tỉnh Lào Cai và Yên Bái)" (the latter's small words say it is
    typed as a sentence is)."""
    title = any(capitalised(w) for w in LETTERS.findall(" ".join(bracket_parts(typed)[::2]))[1:])
    parts = bracket_parts(lowered_base(said))
    for at in range(len(parts)):
        words = LETTERS.findall(parts[at])
        estimate = all(plain_text(w).lower() in _ESTIMATE for w in words)
        if all(w.isupper() for w in words) and estimate and at % 2:
            parts[at] = parts[at].lower()
        elif at % 2 == 0 or (all(capitalised(w) for w in words) and (title or estimate)):
            parts[at] = LETTERS.sub(lambda m: lower_capitalised(m[0]), parts[at])
    return "".join(parts)
