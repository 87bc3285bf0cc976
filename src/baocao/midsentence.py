"""A name as it stands mid-sentence (the template's ``lowfirst``): its first letter is
lowered only when its first word is surely an ordinary Vietnamese word, one syllable
written as a sentence begins it ("Tổng", "Kim", "Sản", "Giá", "Xi", "Ô" of "Ô tô"). A
brand or proper name ("Vinfast", "Samsung", "Tp."), a loanword ("Tivi", "Gas") or an
acronym is kept as typed: when a word cannot be told, keeping its capital is the safer
error."""

from __future__ import annotations

import re
import unicodedata

from baocao.vnformat import capitalised

# A Vietnamese syllable without its marks: an onset, one to three vowels, a final.
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$"
)


def one_syllable(word: str) -> bool:
    """Whether ``word`` is spelled as one Vietnamese syllable ("Tổng", "nghiêng",
    "khuyến"); not "Vinfast", "Tivi", "Gas", "Samsung", "Tp." nor "Honda"."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SYLLABLE.match(bare) is not None


def mid_sentence(name: str) -> str:
    """``name`` as it stands mid-sentence: its first letter small when its first word is
    ``capitalised``, one syllable (``one_syllable``) and the next word small ("Tổng mức bán
    lẻ" → "tổng mức bán lẻ"); an acronym, one word, a brand or a proper name ("GTSXCN",
    "Samsung", "Vinfast sản xuất ô tô", "Formosa Hà Tĩnh", "Bia Sài Gòn") as typed."""
    words = name.split(" ", 2)
    if len(words) < 2 or not words[1][:1].islower():
        return name
    if not (capitalised(words[0]) or _one_letter_word(words[0])) or not one_syllable(words[0]):
        return name
    return name[0].lower() + name[1:]


def _one_letter_word(word: str) -> bool:
    """Whether ``word`` is a capital Vietnamese vowel standing as a word ("Ô" of "Ô tô",
    "Ố", "Ý", "Y" of "Y tế"): no acronym is one marked letter, and "Y" none either."""
    return len(word) == 1 and word.isupper() and (not word.isascii() or word == "Y")
