"""Characters a text cell holds that the report would not show as typed, each removed
with a word at the cell: the invisible format characters (Unicode category Cf: zero-width
spaces and joiners, the byte order mark, bidirectional controls, which can make a text
read otherwise than it is) and a symbol font's own characters (the Private Use Area,
category Co: Word's and a PDF's Symbol and Wingdings bullets, U+F0B7, U+F0A7, U+F0D8,
pasted with their text), which the report's font has no glyph for and prints as a box.
A symbol character before the text is a bullet (a note: the report writes its own
marks); one inside it stood for a sign or a letter, lost (a warning). An emoji is kept,
with a warning: no official document has one, and Word draws it in another font."""

from __future__ import annotations

import re

from baocao.sheets import invisible_characters, without_invisible

# Bidirectional controls: marks, embeddings, overrides and isolates (all of category Cf).
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# The Private Use Area of the Basic Multilingual Plane and planes 15 and 16.
_SYMBOL = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
_SYMBOL_SPACED = re.compile(f"[ \u00a0]?(?:{_SYMBOL.pattern})+")  # "đạt \uf0b3 50%": "đạt 50%"
# Emoji: the pictographs' planes and the Basic Multilingual Plane's characters shown as
# emoji by default (Emoji_Presentation: "✅", "⭐", "⚡"); not a sign ("°", "✓", "→", "★").
_PICTOGRAPH = (
    "[\U0001f000-\U0001faff\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614"
    "\u2615\u2648-\u2653\u267f\u2693\u26a1\u26aa\u26ab\u26bd\u26be\u26c4\u26c5\u26ce"
    "\u26d4\u26ea\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a\u270b\u2728\u274c\u274e"
    "\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55]"
)
# Each emoji whole: a flag (two regional letters, "🇻🇳"), a keycap ("1️⃣": a digit, the
# emoji selector U+FE0F, the keycap U+20E3), a pictograph with its skin tone ("👍🏽"), and
# any character the selector U+FE0F asks to draw as emoji ("❤️", "☀️", "✔️").
_EMOJI = re.compile(
    f"[\U0001f1e6-\U0001f1ff]{{2}}|[0-9#*]\ufe0f?\u20e3|{_PICTOGRAPH}"
    "[\U0001f3fb-\U0001f3ff]?\ufe0f?|[^\\s\ufe0f]\ufe0f"
)
# A character every emoji above holds one of: most texts have none, and are passed at once.
_MAYBE_EMOJI = re.compile("[\u20e3\u231a-\u2b55\ufe0f\U0001f000-\U0001faff]")
_LEADING_SYMBOLS = re.compile(f"^\\s*(?:{_SYMBOL.pattern}\\s*)+")


def without_symbols(text: str) -> str:
    """``text`` without a symbol font's characters (as ``odd_characters`` reads it, silently:
    an earlier workbook's texts)."""
    return _SYMBOL_SPACED.sub("", text)


def odd_characters(text: str) -> tuple[str, list[tuple[bool, str]]]:
    """``text`` without its invisible and symbol-font characters, and what to say of them at
    the cell: (whether a warning, else a note; the message)."""
    said: list[tuple[bool, str]] = []
    # A printable text has no invisible one (category Cf is not printable): most texts.
    invisible = [] if text.isprintable() else invisible_characters(text)
    if invisible:
        points = _points(invisible)
        said.append(
            (
                True,
                f"Ô có ký tự điều khiển hướng viết ({points}): chữ có thể hiện ra khác với nội "
                "dung thật (đảo ngược hoặc lẫn thứ tự); đã bỏ các ký tự đó, hãy kiểm tra lại "
                "nội dung ô."
                if _BIDI.intersection(invisible)
                else f"Ô có ký tự vô hình ({points}), thường do dán từ trang web hoặc tệp khác; "
                "đã bỏ các ký tự đó.",
            )
        )
        text = without_invisible(text)
    emoji = _EMOJI.findall(text) if _MAYBE_EMOJI.search(text) else []
    if emoji:
        said.append(
            (
                True,
                "Ô có biểu tượng cảm xúc (emoji) "
                + ", ".join(f"«{e}»" for e in dict.fromkeys(emoji))
                + ", thường do dán từ tin nhắn: văn bản hành chính không dùng, và phông chữ của "
                "báo cáo không có nên Word in bằng phông khác. Nếu không cố ý, hãy xóa khỏi ô.",
            )
        )
    if not _SYMBOL.search(text):
        return text, said
    leading = _LEADING_SYMBOLS.match(text)
    if leading:
        said.append(
            (
                False,
                f"Đã bỏ ký tự {_points(_SYMBOL.findall(leading.group(0)))} ở đầu ô: dấu đầu "
                "dòng của phông chữ Symbol hoặc Wingdings (dán từ Word hoặc PDF), phông chữ "
                "của báo cáo không có ký tự này.",
            )
        )
        text = text[leading.end() :]
    inside = _SYMBOL.findall(text)
    if inside:
        said.append(
            (
                True,
                f"Ô có ký tự riêng của phông chữ Symbol hoặc Wingdings ({_points(inside)}), "
                "thường do dán từ Word hoặc PDF: phông chữ của báo cáo không có ký tự này và "
                "sẽ in thành ô vuông. Đã bỏ ký tự đó; hãy kiểm tra lại nội dung ô và gõ lại "
                "dấu hoặc chữ nó thay thế (ví dụ «≥», «→»).",
            )
        )
        text = without_symbols(text)
    return text, said


def _points(characters: list[str]) -> str:
    """The code points of ``characters``, each once, in order: "U+F0B7, U+F0D8"."""
    return ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(characters))


# A combining mark NFC did not join to its letter: one mark too many ("á" with a second
# acute), or one on a letter that takes none; no Vietnamese letter is left so.
_STRAY_MARK = re.compile("[\u0300-\u036f]")


def stray_marks(text: str) -> str | None:
    """The warning for the combining marks left in ``text`` (NFC-normalised) that no
    letter took, which Word draws piled over the letter before them; None if there is none."""
    if not _STRAY_MARK.search(text):
        return None
    marks = [c for c in text if _STRAY_MARK.match(c)]
    words = [w for w in text.split() if _STRAY_MARK.search(w)]
    shown = ", ".join(f"«{w if len(w) <= 20 else w[:20] + '…'}»" for w in dict.fromkeys(words))
    return (
        f"Ô có dấu thanh hoặc dấu phụ thừa, không ghép được vào chữ cái ({_points(marks)}) ở "
        f"{shown}, thường do gõ dấu hai lần hoặc dán từ tệp PDF: báo cáo sẽ in các dấu chồng "
        "lên chữ. Hãy gõ lại các chữ đó."
    )
