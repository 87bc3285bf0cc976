"""Text typed in a legacy Vietnamese encoding: TCVN3 (ABC, fonts ".VnTime") or VNI (fonts
"VNI-Times"), pasted into a Unicode workbook. Each of its marked letters comes out as a
Latin-1 character of another language or a symbol ("Tæng" for "Tổng" in TCVN3, "Toång" in
VNI, "®ång" for "đồng"), and the report would print it so.

Such text holds none of the letters only Vietnamese Unicode has (ă, đ, ơ, ư and the letters
with tone marks of U+1EA0–U+1EF9: "ổ", "ệ"), and most of its words mix plain letters with
Latin-1 characters Vietnamese does not use. A word of another language ("Müller",
"Türkiye") is not such text: it has one such letter, and beside Vietnamese words it is one
word among many, and they hold Vietnamese letters. A cell of such text is an error at the
cell (``cells.convert``), and so is text garbled by a wrong code page: a letter lost ("�")
or UTF-8 read as Windows-1252 ("GiÃ¡ trá»‹" for "Giá trị"), said with the text meant.
"""

from __future__ import annotations

import itertools
import re

from baocao.vnformat import clipped

# The Latin-1 letters Vietnamese Unicode uses; every other character of U+00A1–U+00FF, a
# letter ("æ", "ø", "ö", "Î") or a symbol ("¸", "µ", "®", "«", "×"), is one TCVN3 or VNI
# puts for a marked letter.
_VIETNAMESE_LATIN1 = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# Symbols neither puts for a letter, written beside letters in Unicode text: "25°C", "m²".
_SYMBOLS = frozenset("°±²³º")
_LEGACY = frozenset(chr(c) for c in range(0xA1, 0x100)) - _VIETNAMESE_LATIN1 - _SYMBOLS
# Punctuation around a word; quotes « » too ("«Công tác»"), and a micro sign before a unit
# ("µm"), which TCVN3 puts for "à", a letter no word begins with.
_EDGES = " \t\n.,;:!?()[]\"'“”‘’-–—…/«»"
# A Vietnamese syllable as TCVN3 or VNI writes it: an onset of the consonants Vietnamese
# writes (never f, j, w, z), its vowels (each legacy character stands for a marked vowel,
# "đ", or a mark after a vowel), and one of the finals. A word of another language is
# seldom so ("Müller", "Böhm", "kW·h"); "/" and "-" part words ("¥/kg", "®ång/kg").
_SYLLABLE = re.compile(
    "[bcdghklmnpqrstvx]*[aeiouy"
    + re.escape("".join(sorted(_VIETNAMESE_LATIN1 | _LEGACY)))
    + "]+(?:ch|nh|ng|[cmnpt])?",
    re.IGNORECASE,
)
_PARTS = re.compile("[/-]")  # "®ång/kg", "Q§-UBND", "RÞa-Vòng": each part a word


# A letter only Vietnamese Unicode text holds: ă, đ, ĩ, ũ, ơ, ư (U+0100–U+01B0) or a letter
# with a tone mark of U+1EA0–U+1EF9.
_VIETNAMESE_ONLY = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")


def _legacy_word(word: str) -> bool:
    """Whether ``word`` mixes plain letters with characters TCVN3 or VNI put for marked
    letters: "Tæng", "b¸n", "®ång", "möùc" (not "®" or "«" alone, a symbol or a quote, nor
    a trademark's "®" or "©" after a name), or has a marked capital after a small letter,
    as TCVN3 writes "ế", "ị": "kÕ", "dÞch"."""
    return any(_legacy_part(part) for part in _PARTS.split(word))


def _legacy_part(word: str) -> bool:
    """``_legacy_word`` of a word without "/" or "-": a Vietnamese syllable (``_SYLLABLE``)."""
    if not any(c.isascii() and c.isalpha() for c in word):
        return False
    if not _SYLLABLE.fullmatch(word.rstrip("®©")):
        return False  # no Vietnamese syllable: a word of another language, a unit
    return any(c in _LEGACY for c in word.rstrip("®©")) or _capital_inside(word)


def _capital_inside(word: str) -> bool:
    """Whether a marked capital follows a small letter in ``word`` ("kÕ", "tÊn")."""
    return any(
        a.isascii() and a.islower() and not b.isascii() and b.isupper()
        for a, b in itertools.pairwise(word)
    )


def _surely_legacy(word: str) -> bool:
    """Whether one word alone is surely legacy: a symbol for a letter ("®ång", "b¸n"), two
    legacy characters or a marked capital inside ("tÊn"); not a word of another language
    with one letter Vietnamese lacks ("Türkiye"), nor "µm"; of a unit, one of its parts
    ("®ång/kg", not "¥/kg")."""
    return any(_legacy_part(p) and _surely_part(p) for p in _PARTS.split(word))


def _surely_part(word: str) -> bool:
    """``_surely_legacy`` of a word without "/" or "-"."""
    inside = word.rstrip("®©")
    symbols = [c for c in inside if c in _LEGACY and not c.isalpha()]
    return bool(symbols) or sum(c in _LEGACY for c in inside) >= 2 or _capital_inside(word)


def looks_legacy(text: str) -> bool:
    """Whether ``text`` reads as Vietnamese typed in TCVN3 or VNI: no letter only Vietnamese
    Unicode has, and a third of its words at least legacy: two or more, or one surely so
    (a unit, "®ång", "triÖu USD")."""
    if text.isascii() or _VIETNAMESE_ONLY.search(text):
        return False
    words = [w.strip(_EDGES).removeprefix("µ") for w in text.split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    legacy = [w for w in words if _legacy_word(w)]
    surely = any(_surely_legacy(w) for w in legacy)  # "triÖu USD": one is enough
    return (len(legacy) >= 2 or surely) and len(legacy) * 3 >= len(words)


def legacy_message(label: str, text: str) -> str:
    """What the error at a cell of legacy text says: the cause, and how to convert it."""
    return (
        f"{label} có «{clipped(text, 60)}»: chữ này có vẻ được gõ bằng bảng mã cũ TCVN3 "
        "(ABC, phông .VnTime) hoặc VNI (phông VNI-Times), không phải Unicode, nên báo cáo "
        "sẽ in ra chữ lỗi. Hãy chuyển mã ô này sang Unicode (Unikey: Công cụ chuyển mã, "
        "Ctrl+Shift+F6; bảng mã nguồn TCVN3 hoặc VNI Windows, bảng mã đích Unicode) rồi lưu "
        "lại."
    )


def _utf8_misread(text: str) -> str | None:
    """The text ``text`` was before its UTF-8 bytes were read as Windows-1252 ("GiÃ¡ trá»‹"
    for "Giá trị", a file opened with the wrong code page), or None when it is not so."""
    if text.isascii() or _VIETNAMESE_ONLY.search(text):  # read back as itself; or a letter
        return None  # Windows-1252 has not (ă, đ, ơ, ư, "ổ"), which the loop below refuses
    try:  # at once when no C1 control (U+0080–U+009F, kept as its byte below) is there
        return _misread_bytes(text.encode("cp1252"), text)
    except UnicodeEncodeError:
        if not _C1.search(text):
            return None  # a character Windows-1252 has not, as below
    raw = bytearray()
    for char in text:
        if ord(char) < 0x80 or 0x80 <= ord(char) <= 0x9F:  # as Windows-1252 leaves them
            raw.append(ord(char))
            continue
        try:
            raw += char.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return _misread_bytes(bytes(raw), text)


_C1 = re.compile("[\x80-\x9f]")


def _misread_bytes(raw: bytes, text: str) -> str | None:
    """``_utf8_misread`` of ``text``, whose Windows-1252 bytes are ``raw``."""
    try:
        before = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return before if before != text and _VIETNAMESE_ONLY.search(before) else None


def garbled_message(label: str, text: str) -> str | None:
    """The error of a text cell the report would print as garbage, or None: a letter lost
    to a wrong code page ("�", U+FFFD), UTF-8 read as Windows-1252 ("GiÃ¡ trá»‹"), text
    typed in TCVN3 or VNI."""

    def typed() -> str:  # made only for a message said
        return f"{label} có «{clipped(text, 60)}»"

    if "\ufffd" in text:
        return (
            f"{typed()}: ký tự «\ufffd» (U+FFFD) đứng thay cho một chữ đã mất khi tệp được "
            "chuyển sai bảng mã, nên báo cáo sẽ in ra «\ufffd». Hãy gõ lại chữ đúng vào ô này "
            "rồi lưu lại."
        )
    before = _utf8_misread(text)
    if before is not None:
        return (
            f"{typed()}: chữ Unicode (UTF-8) bị đọc sai bảng mã (Windows-1252), nên báo cáo "
            f"sẽ in ra chữ lỗi; chữ đúng có lẽ là «{clipped(before, 60)}». Hãy gõ lại hoặc "
            "dán chữ đúng vào ô này rồi lưu lại."
        )
    return legacy_message(label, text) if looks_legacy(text) else None
