"""The province's two names in the config, each typed as the other one is written.

``[organization] place`` = "tỉnh Trường Giang" printed "tỉnh Trường Giang, ngày 25 tháng 3
năm 2025", where Decree 30/2020/NĐ-CP writes the province's own name, without "tỉnh", for
every body of the province. A warning at the key. "Thành phố" is not said: Decree 30 keeps
it before a city's name that is a person's name too. "thành phố" in small letters (the city
as a sentence writes it, the line then opening small) and the short "TP." / "TP" are: the
city's own name, or "Thành phố" in full before a person's name.

``[organization] province`` is the province as a sentence writes it, after the words before
it ("Chỉ số sản xuất công nghiệp tháng 3/2025 tỉnh Trường Giang …", "… của Sở Công Thương
tỉnh Trường Giang"). Typed as the place ("Trường Giang") those sentences lose "tỉnh"; typed
"Tỉnh Trường Giang" they print a capital mid-sentence. Each is a warning at the key. "thành
phố", "Thành phố" (Decree 30's "Thành phố Hồ Chí Minh") and "TP." ("Tp.") open a city's
name; "Thành Phố" in capitals is said so, not as a name without its word.

``[recipients] lines``: a city's office (``province`` opening with a city's word) keeping the
sample's "UBND tỉnh (B/c)" sends its report to a province's council, which a city under the
central government does not have. A warning at the line; a council named ("UBND tỉnh …") is
another province's, and is not said.

``[organization] issuing_body_in_text`` typed with the province at its end ("Sở Công Thương
tỉnh Trường Giang") prints it twice in the appendix's line, which writes ``province`` after
it. A warning at the key."""

from __future__ import annotations

import re

from baocao.config import TO_FILL, Config
from baocao.errors import Problem, warning
from baocao.provincetail import capitalise_words, province_end

# "tỉnh" opening the place, in any case, before a name.
_PROVINCE_WORD = re.compile(r"tỉnh\s+(?=\w)", re.IGNORECASE)
# A city's word opening the place as a sentence writes it, or shortened, before a name.
_CITY = r"thành phố\s+|T[Pp]\.\s*|T[Pp]\s+"
_CITY_WORD = re.compile(rf"(?:{_CITY})(?=\w)")
# "tỉnh" opening the province, in any case, before its name or glued to it ("tỉnhLam Sơn").
_GLUED_WORD = re.compile(r"tỉnh\s*(?=\w)", re.IGNORECASE)
# The words that open a province's or a city's name in a sentence, as typed: "tỉnh",
# "Thành phố" or a city's word as ``_CITY_WORD`` reads it ("Tp." as the press writes it too).
_OPENING = re.compile(rf"(?:tỉnh\s+|Thành phố\s+|{_CITY})(?=\w)")
# "thành phố" opening the province in another case ("Thành Phố", "THÀNH PHỐ") or glued.
_CITY_CASED = re.compile(r"thành\s*phố\s*(?=\w)", re.IGNORECASE)
# A province's or a city's word typed alone, with no name ("tỉnh", "Thành phố", "TP.").
_WORD_ALONE = re.compile(r"(?:tỉnh|thành\s*phố|tp)\.?", re.IGNORECASE)
# A province's council named by its kind alone, as a recipient's line: "UBND tỉnh (B/c)".
_PROVINCE_COUNCIL = re.compile(
    r"(?:UBND|(?:Ủy|Uỷ) ban nhân dân)\s+(?P<word>tỉnh)(?P<rest>\s*(?:\([^()]*\))?\s*[;.]?)",
    re.IGNORECASE,
)


def place_line(config: Config) -> list[Problem]:
    """A warning at ``organization.place`` when it opens with the word "tỉnh", or with
    "thành phố" in small letters or shortened ("TP.")."""
    typed = " ".join(config.organization.place.split())
    if TO_FILL in typed:
        return []
    said = (
        f"Khóa «place» ghi «{typed}»: báo cáo sẽ in «{typed}, ngày … tháng … năm …», mà theo "
        "Nghị định 30/2020/NĐ-CP địa danh ở dòng ngày tháng là tên riêng của"
    )
    if _WORD_ALONE.fullmatch(typed):
        message = f"{said} tỉnh (hay thành phố), mà khóa chỉ có chữ «{typed}». Hãy ghi tên riêng."
        return [warning(message, config.source, place="organization.place")]
    found = _PROVINCE_WORD.match(typed)
    if found is not None:
        meant = typed[found.end() :]
        message = f"{said} tỉnh, không có chữ «{found.group().strip()}». Hãy ghi «{meant}»."
        return [warning(message, config.source, place="organization.place")]
    found = _CITY_WORD.match(typed)
    if found is None:
        return []
    meant = typed[found.end() :]
    message = (
        f"{said} thành phố, không có chữ «{found.group().strip()}» (chỉ thành phố mang tên "
        f"người mới ghi đủ «Thành phố …»). Hãy ghi «{meant}» (hoặc «Thành phố {meant}» nếu "
        "tên thành phố là tên người)."
    )
    return [warning(message, config.source, place="organization.place")]


# "Thủ đô Hà Nội": the capital's title before the city's name, which a sentence writes
# "thành phố Hà Nội".
_CAPITAL_WORD = re.compile(r"thủ\s+đô\s+(?=\S)", re.IGNORECASE)


def province_word(config: Config) -> list[Problem]:
    """A warning at ``organization.province`` when it does not open with "tỉnh", "thành phố"
    or "TP." ("Tp."), or opens with "tỉnh" in capitals ("Tỉnh", "TỈNH") or glued to the name,
    or with "thành phố" so ("Thành Phố", "THÀNH PHỐ"; "Thành phố" is Decree 30's)."""
    typed = " ".join(config.organization.province.split())
    typed_with_invisibles = any(
        at == ("organization", "province") for at, _ in config.typed_invisible
    )
    if not typed or TO_FILL in typed.lower() or typed_with_invisibles or _OPENING.match(typed):
        return []  # invisible characters are said at the key by ``signerchars``
    said = (
        f"Khóa «province» ghi «{typed}»: câu văn sẽ viết «Chỉ số sản xuất công nghiệp tháng … "
        f"{typed} …» và «… của {config.organization.issuing_body_in_text} {typed}»"
    )
    if _WORD_ALONE.fullmatch(typed):  # advised "tỉnh tỉnh" below
        advice = f", chỉ có chữ «{typed}», thiếu tên riêng sau chữ đó. Hãy ghi cả tên riêng."
        return [warning(said + advice, config.source, place="organization.province")]
    city = _CITY_CASED.match(typed)
    if city is not None:  # "Thành Phố Lam Sơn": its word is there, in capitals
        word, name = city.group().strip(), typed[city.end() :]
        name = capitalise_words(name) if name.isupper() else name
        glued = word in ("thành phố", "Thành phố")
        why = (
            f"thiếu dấu cách sau chữ «{word}»"
            if glued
            else f"mà chữ «{word}» đứng giữa câu viết thường"
        )
        advice = f", {why}. Hãy ghi «thành phố {name}»."
        return [warning(said + advice, config.source, place="organization.province")]
    capital = _CAPITAL_WORD.match(typed)
    if capital is not None:  # "Thủ đô Hà Nội": a title, not the city's word
        advice = (
            f", mà «{capital.group().strip()}» là danh xưng, không phải chữ chỉ đơn vị hành "
            f"chính. Hãy ghi «thành phố {typed[capital.end() :]}»."
        )
        return [warning(said + advice, config.source, place="organization.province")]
    found = _GLUED_WORD.match(typed)
    if found is None:
        advice = (
            ", thiếu chữ «tỉnh» (hay «thành phố») trước tên riêng. Hãy ghi «tỉnh "
            f"{typed}» (hoặc «thành phố {typed}» nếu là thành phố trực thuộc trung ương)."
        )
        return [warning(said + advice, config.source, place="organization.province")]
    word, name = found.group().strip(), typed[found.end() :]
    name = capitalise_words(name) if name.isupper() else name
    if word == "tỉnh":
        advice = f", thiếu dấu cách sau chữ «tỉnh». Hãy ghi «tỉnh {name}»."
    else:
        advice = f", mà chữ «{word}» đứng giữa câu viết thường. Hãy ghi «tỉnh {name}»."
    return [warning(said + advice, config.source, place="organization.province")]


def own_council(config: Config) -> list[Problem]:
    """A warning at each line of ``[recipients] lines`` naming the province's council by its
    kind alone ("UBND tỉnh (B/c)") when ``province`` opens with a city's word."""
    province = " ".join(config.organization.province.split())
    opening = _OPENING.match(province)
    if opening is None or opening.group().lower().startswith("tỉnh"):
        return []
    found: list[Problem] = []
    for index, line in enumerate(config.recipients.lines):
        typed = " ".join(line.split()) if isinstance(line, str) else ""
        council = _PROVINCE_COUNCIL.fullmatch(typed)
        if council is None:
            continue
        meant = typed[: council.start("word")] + "thành phố" + council.group("rest")
        message = (
            f"Khóa «lines» (mục thứ {index + 1}) của [recipients] ghi «{typed}», mà khóa "
            f"«province» ghi «{province}»: báo cáo sẽ gửi Ủy ban nhân dân tỉnh, không phải của "
            f"thành phố. Hãy ghi «{meant}»."
        )
        found.append(warning(message, config.source, place=f"recipients.lines.{index}"))
    return found


def body_repeats_province(config: Config) -> list[Problem]:
    """A warning at ``organization.issuing_body_in_text`` typed with the province at its end
    ("Sở Công Thương tỉnh Lam Sơn"): the appendix's line writes ``province`` after it."""
    org = config.organization
    typed, province = (" ".join(text.split()) for text in (org.issuing_body_in_text, org.province))
    cut = province_end(capitalise_words(typed).split(), province)
    if not cut:
        return []
    meant = " ".join(typed.split()[:-cut])
    message = (
        f"Khóa «issuing_body_in_text» ghi «{typed}», mà phụ lục tự viết «{province}» (khóa "
        f"«province») sau nó: báo cáo sẽ in «… của {typed} {province}». Hãy ghi «{meant}»."
    )
    return [warning(message, config.source, place="organization.issuing_body_in_text")]
