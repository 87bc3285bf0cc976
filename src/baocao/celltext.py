"""Texts of a row as they stand in the report: a ``Mục`` without the number typed before
it (the report numbers its subsections) nor a footnote's mark after it, a name on one
line (it stands inside a sentence). Each change is a note at the cell."""

from __future__ import annotations

import re
import unicodedata

from baocao.cells import Reading, shown
from baocao.midsentence import mid_sentence, one_syllable
from baocao.sheets import HOAT_DONG
from baocao.tightnumber import TIGHT_NUMBER
from baocao.units import footnote_at_end
from baocao.vnformat import capitalised, plain_text

# Texts written inside a sentence or a heading line: a name, a breakdown's name.
INLINE = frozenset({"name", "group"})

# A subsection's own number typed before its heading: "4. ", "1.2. ", "1.2 ", "b) ", "IV. ",
# "I.1 ", "II.2. " (a lone number without "." or ")" after it is the heading's own, "5 năm
# …", as is one with a thousands dot, "1.000 …", or a part 0, "4.0 chuyển đổi số"); so is a
# section's word and number ("Phần I: ", "Mục 2. ", "Phần thứ hai: "), which the report gives.
_HEADING_NUMBER = re.compile(
    r"^((?:[1-9]\d{0,2}|[ivxl]{1,6})(?:\.[1-9]\d?)+[.)]?|\d{1,3}[.)]|[a-zđ][.)]|[ivxl]{1,6}[.)]"
    r"|(?:phần|mục|chương|tiểu\s+mục)\s+(?:(?:thứ\s+)?(?:\d{1,3}|[ivxl]{1,6})(?:\.\d{1,2})*"
    r"|thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))(?:\s*[.:)]|\s+[-–]))\s+",
    re.I,
)

# A list marker typed before a heading, as a Word report's sub-headings have it ("- ", "+ ",
# "* ", "• ", "– "), or its number before a dash ("1- ", "2 - ", "1.2 - ", "II - ", "B – ": a
# capital numeral or letter with a space on one side of the dash); a dash inside the
# heading's own words stays ("X-quang", "3-5 năm", "E-mail", "Vi-rút").
# ``pastednames`` drops the same marks before a row's name (its ``_ROW_NUMBER``).
LIST_MARK = (
    r"\d{1,3}(?:\.\d{1,2})*\s*[-–—]|(?-i:[IVXL]{1,6}|[A-ZĐ])(?:\s+[-–—]|\s*[-–—](?=\s))"
    r"|[-+•*–—]"
)
_HEADING_MARK = re.compile(rf"^({LIST_MARK})\s*(?=[^\W\d_])")
_MARKS = (_HEADING_NUMBER, TIGHT_NUMBER, _HEADING_MARK)  # "2.Về …", "II.Về …": tightnumber

# A ``Mục`` of a subsection's number or list marker alone, no name: "1", "1.2", "2.",
# "(3)", "I", "IV.", "I.1", "a)", "B." (a letter alone, "A", may be a draft's short name:
# only a Roman numeral is a marker without its "." or ")"). One without a letter is no name
# either ("2025", "-").
_MARKER_ONLY = re.compile(
    r"^\(?(?:[IVX]{1,5}|[ivx]{1,5}|[A-Za-zĐđ](?=[.)]))(?:\.\d{1,3})*[.)]?\.?$"
)

# A ``Mục`` that only says "this is section N": "Phần I", "Mục 1", "Mục II.", "Chương 2",
# "Tiểu mục 1.2", "Phần thứ nhất" (a name follows its word: "Phần mềm", "Mục tiêu"). Not a
# letter after it, "Mục B": a draft's short name, as a letter alone is.
_SECTION_ONLY = re.compile(
    r"^(?:phần|mục|chương|tiểu\s+mục)\s+(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
    r"|(?:thứ\s+)?(?:\d{1,3}|[ivxl]{2,6}|[ivx])(?:\.\d{1,3})*)\s*[.:)]?$",
    re.I,
)


def marker_only(section: str) -> bool:
    """Whether a ``Mục`` is a number or list marker alone ("1", "1.2", "II", "a)"), a
    section's word and number alone ("Phần I", "Mục 1"), or has no letter: no subsection's
    name."""
    typed = section.strip()
    return bool(_MARKER_ONLY.match(typed) or _SECTION_ONLY.match(typed)) or not any(
        c.isalpha() for c in section
    )


# What ``unnumbered`` says of a heading of a marker alone, after "«Mục» «1» "; read by
# ``numberedcolumn`` to say a column of them once.
MARKER_ALONE = "chỉ có số hoặc ký hiệu thứ tự"


def example_heading(sheet: str) -> str:
    """A subsection's name given as an example for a ``Mục`` of sheet ``sheet`` (the
    contract's name): HoatDong's a heading of the month's work."""
    return "Công tác quản lý công nghiệp" if sheet == HOAT_DONG.name else "Về sản xuất công nghiệp"


def unnumbered(
    ctx: Reading, title: str, ref: str, section: str, sheet: str = "", *, unread: bool = False
) -> str:
    """A ``Mục`` without the number typed before it ("4. Công tác …", copied from last
    month's report; a list marker, "* ", "- ", or a number before a dash, "1- ", too): the
    report numbers its subsections, and would print "4. 4. Công tác …".
    Dropped, with a note at the first cell that has it. A heading of a number alone ("1",
    "1.2", "II", "a)") has no name to print, and was headed "1. 1": an error at the first
    cell that has it, kept as typed; not when ``unread`` (a ChiSoSXCN branch's, said
    unread by ``headingnames.branch_headings``). ``sheet``: the contract's name of the
    sheet, HoatDong's heading named for its own example."""
    nameless = marker_only(section)
    if nameless and not unread:
        example = example_heading(sheet)
        # Told once a sheet for one heading, also typed with spaces at its edges ("1.1 ",
        # "1.1"): the message quotes the cell, its heading is what it prints.
        alone = (
            f"{MARKER_ALONE}, không có tên tiểu mục: báo cáo sẽ in "
            f"{shown(section.strip())} làm tiêu đề."
        )
        said = (
            f"«Mục» {shown(section)} {alone} Hãy ghi tên của tiểu mục (ví dụ «{example}»), "
            "không ghi số thứ tự: báo cáo tự đánh số các tiểu mục."
        )
        if not any(
            p.sheet == title and p.message.startswith("«Mục» «") and f"» {alone} " in p.message
            for p in ctx.problems
        ):
            ctx.error(title, ref, said)
    if nameless:
        return section
    section = _unfootnoted(ctx, title, ref, section)  # "… (*)." and "….(*)" alike
    section = _unfootnoted(ctx, title, ref, _unstopped(ctx, title, ref, section))
    match = typed_number(section)
    rest = section[match.end() :] if match else ""
    if match is None or not any(c.isalpha() for c in rest):
        return section
    said = (
        f"Đã bỏ «{match.group(1)}» gõ ở đầu «Mục» {shown(section)}: báo cáo tự đánh số các "
        "tiểu mục."
    )
    _note_once(ctx, title, ref, said)
    return rest


def typed_number(section: str) -> re.Match[str] | None:
    """The number or list marker typed before a heading's name (``_MARKS``), or None."""
    return next((m for r in _MARKS if (m := r.match(section))), None)


def _note_once(ctx: Reading, title: str, ref: str, said: str) -> None:
    """Note ``said`` at the first cell of sheet ``title`` whose heading has it: a heading
    repeats on every row of its subsection, its note does not."""
    if not any(p.sheet == title and p.message == said for p in ctx.problems):
        ctx.note(title, ref, said)


# An abbreviation of letters each with its full stop, closing a text: "v.v." (etc.), "T.Ư.".
DOTTED = re.compile(r"(?<!\w)(?:\w\.){2,}$")


def dotted_at_end(text: str) -> bool:
    """Whether ``text`` ends in a dotted abbreviation (``DOTTED``), looked for in its last
    two letters and stops, which are enough to tell: searched from every character, a
    heading of 32 767 characters of "a." and a comma took 5 s to read."""
    return DOTTED.search(text, max(0, len(text) - 4)) is not None


def end_marks_dropped(text: str, marks: str) -> str:
    """``text`` without the ``marks`` at its end, but with an ellipsis ("...") and a dotted
    abbreviation's own full stop ("v.v.", "T.Ư.") kept, also when a mark follows them:
    "may mặc, v.v.," is "may mặc, v.v." (stripped whole, "v.v" printed without its stop)."""
    kept = text.rstrip(marks)
    dropped = text[len(kept) :]
    if dropped.startswith("..."):
        return kept + "..."
    if dropped.startswith(".") and dotted_at_end(kept + "."):
        return kept + "."
    return kept


def _unfootnoted(ctx: Reading, title: str, ref: str, section: str) -> str:
    """A ``Mục`` without a footnote's mark at its end ("Về sản xuất công nghiệp (*)", as
    the statistics office's table marks a heading row; ``units.footnote_at_end``): the report has
    no footnote, and printed the heading "1. Về sản xuất công nghiệp (*)". Dropped, with a
    note at the first cell that has it."""
    kept = footnote_dropped(ctx, title, ref, "Mục", section, section.rstrip())
    return section if kept is None else kept


def footnote_dropped(
    ctx: Reading, title: str, ref: str, header: str, typed: str, text: str
) -> str | None:
    """``text`` (``typed`` as the caller trimmed it) without the footnote's mark at its end
    (``units.footnote_at_end``), with a note at the first cell of ``title`` that has it;
    None when it has none, or nothing but the mark and marks."""
    mark = footnote_at_end(text)
    if mark is None or not any(c.isalpha() for c in text[: mark.start()]):
        return None
    said = (
        f"Đã bỏ dấu chú thích «{mark.group(1)}» ở cuối «{header}» {shown(typed)}: báo cáo "
        "không có lời chú thích của biểu Cục Thống kê."
    )
    _note_once(ctx, title, ref, said)
    return text[: mark.start()].rstrip()


def _unstopped(ctx: Reading, title: str, ref: str, section: str) -> str:
    """A ``Mục`` without the full stop (or comma, semicolon) typed after it: a heading line
    ends without one ("2. Về thương mại." printed so). Dropped, with a note at the first
    cell that has it; an ellipsis ("…", "...") and the full stop of a dotted abbreviation
    ("v.v.", "T.Ư.") are kept."""
    typed = section.rstrip()
    kept = end_marks_dropped(typed, ".,; ")
    if kept == typed or not kept.strip(". "):
        return section
    said = f"Đã bỏ dấu câu ở cuối «Mục» {shown(section)}: tiêu đề không có dấu chấm cuối."
    _note_once(ctx, title, ref, said)
    return kept


def unstopped_group(ctx: Reading, title: str, ref: str, group: str) -> str:
    """A ``Nhóm`` without the full stop, comma or semicolon typed after it, nor the space
    before a colon: the report writes the breakdown's heading with its own ":" ("* Phân theo
    ngành," was printed "* Phân theo ngành,:"). Dropped, with a note at the first cell that
    has it; a colon typed right after the name is the report's own and goes unsaid. So
    is a colon after "Trong đó" before more words (``listed_comma``)."""
    typed = group.rstrip()
    kept = end_marks_dropped(typed, ".,;: ")
    if kept in (typed, typed.removesuffix(":")) or not kept.strip(". "):
        return listed_comma(ctx, title, ref, group)
    said = f"Đã bỏ dấu câu ở cuối «Nhóm» {shown(group)}: báo cáo tự thêm dấu «:» sau tên nhóm."
    _note_once(ctx, title, ref, said)
    return listed_comma(ctx, title, ref, kept)


# "Trong đó: một số sản phẩm chủ yếu": the lead-in, its colon, the words of the list.
_LISTED_COLON = re.compile(r"^(\S+\s+\S+?)\s*:\s*(?=\w)(.+)$")


def listed_comma(ctx: Reading, title: str, ref: str, group: str) -> str:
    """A "Trong đó: …" ``Nhóm`` of more words, whose heading the report ends with its own
    ":" ("Trong đó: một số sản phẩm chủ yếu:" was printed, two colons in one line): the
    colon after "Trong đó" is written ",", with a note at the first cell that has it; the
    words after it stand mid-sentence then ("Trong đó: Sản phẩm chủ yếu" → "Trong đó, sản
    phẩm chủ yếu", ``mid_sentence``)."""
    match = _LISTED_COLON.match(group)
    if match is None or plain_text(match.group(1)) != "trong do":
        return group
    written = f"{match.group(1)}, {mid_sentence(match.group(2))}"
    said = (
        f"«Nhóm» {shown(group)} được viết «{written}»: báo cáo tự thêm dấu «:» sau tên nhóm, "
        "nên dấu «:» sau «Trong đó» thành dấu «,»."
    )
    _note_once(ctx, title, ref, said)
    return written


def single_line(text: str) -> str:
    """``text`` on one line: a line break typed in the cell (Alt+Enter), a tab or doubled
    spaces become one space; the report printed a break in the middle of its sentence."""
    return " ".join(text.split())


def one_line(ctx: Reading, title: str, ref: str, header: str, text: str) -> str:
    """A text written inside a sentence, on one line: a line break typed in the cell
    (Alt+Enter, to wrap a long name in a narrow column) or doubled spaces become one space,
    with a note; the report printed the break in the middle of its sentence."""
    line = single_line(text)
    if line != text:
        ctx.note(
            title,
            ref,
            f"«{header}» có xuống dòng hoặc dấu cách thừa; được viết thành «{line}» (tên "
            "đứng giữa câu văn).",
        )
    return line


def lowered_branch(ctx: Reading, title: str, ref: str, name: str) -> str:
    """A ChiSoSXCN branch stands mid-sentence ("Trong đó, ngành khai khoáng ước tăng …"): a
    first word typed with a capital ("Ngành khai khoáng", as a table's row reads) is
    lowered, with a note, as a unit's is; an acronym ("VSIP") stays, and so does a name
    whose later words have capitals too or that is one word: a proper name ("Formosa Hà
    Tĩnh", "Samsung"), but not "ngành" and the table's name ("Ngành Khai khoáng": both
    capitals lowered, ``_titled_after_nganh``). A ";" inside the name (the statistics
    office's "Cung cấp nước; hoạt động quản lý và xử lý rác thải, nước thải") is written
    ",": the sentence separates its branches by ";", and "…; cung cấp nước; hoạt động …
    ước tăng 37,09%" read as two."""
    changes = []
    if ";" in name.rstrip(";"):
        name = name.replace(" ;", ";").replace(";", ",")
        changes.append("dấu «;» viết thành «,», vì các ngành trong câu cách nhau bằng «;»")
    if shouted(name):
        name = name.lower()
        changes.append(
            "chữ thường, vì tên ngành đứng giữa câu, không viết hoa cả tên như dòng của bảng"
        )
    elif _title_cased_branch(name):
        name = name.lower()
        changes.append(
            "chữ thường, vì tên ngành đứng giữa câu, không viết hoa chữ đầu mọi tiếng như tên riêng"
        )
    first, _, rest = name.partition(" ")
    titled = _titled_after_nganh(first, rest)
    if titled:
        rest = rest[0].lower() + rest[1:]
    common = bool(rest) and not any(word[:1].isupper() for word in rest.split())
    common = common or _acronyms_after_nganh(first, rest) or (not rest and _marked_word(first))
    if common and capitalised(first):
        first = first[0].lower() + first[1:]
        changes.append("chữ đầu viết thường, vì tên ngành đứng giữa câu")
    if titled:
        changes.append("chữ hoa sau «ngành» viết thường, vì tên ngành không phải tên riêng")
    name = f"{first} {rest}" if rest else first
    if changes:
        ctx.note(title, ref, f"«Ngành» được viết thành «{name}» ({'; '.join(changes)}).")
    return name


def _marked_word(word: str) -> bool:
    """Whether a one-word branch is a common Vietnamese word, no brand: one syllable with a
    vowel's or a tone's mark or "đ" ("Dệt", the statistics office's branch, "Điện", "Thép");
    "Samsung", "Kia" have none."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    marked = "đ" in decomposed or any(unicodedata.combining(c) for c in decomposed)
    return marked and one_syllable(word)


# Words of the statistics office's sections of industry (plain_text's spelling): a name
# that holds one is a branch, no proper name, however it is capitalised.
_SECTION_WORDS = re.compile(
    r"\b(?:khai khoang|che bien|che tao|phan phoi|san xuat|cung cap|xu l[yi]|cong nghiep)\b"
)


def _title_cased_branch(name: str) -> bool:
    """Whether a branch is typed in title case, each of two words or more capitalised, and
    holds a section's words ("Khai Khoáng", "Sản Xuất Và Phân Phối Điện"): lowered as a
    table's capitals are. A plant's or a company's name ("Nhiệt Điện Vũng Áng") has none."""
    words = name.replace(",", " ").split()
    return (
        len(words) >= 2
        and all(w.isalpha() and capitalised(w) for w in words)
        and _SECTION_WORDS.search(plain_text(name)) is not None
    )


def _titled_after_nganh(first: str, rest: str) -> bool:
    """Whether a branch is "ngành" and the statistics table's name with its first letter a
    capital ("Ngành Khai khoáng", "ngành Sản xuất và phân phối điện"), its later words all
    in small letters: a common noun, not a proper name. Two words ("Ngành Điện", as a
    sector's own style may write it), an acronym ("CNTT") or a later capital ("Hóa chất
    Việt Nam") stay."""
    words = rest.split()
    if unicodedata.normalize("NFC", first).lower() != "ngành" or len(words) < 2:
        return False
    second = words[0].rstrip(",")
    titled = second[:1].isupper() and second[1:].islower() and second.isalpha()
    return titled and not any(c.isupper() for word in words[1:] for c in word)


def _acronyms_after_nganh(first: str, rest: str) -> bool:
    """Whether a branch is "ngành" before small words and acronyms only ("Ngành CN chế
    biến", "Ngành SX và phân phối điện", as offices shorten "công nghiệp", "sản xuất"): a
    common noun, whose "Ngành" is lowered mid-sentence, the acronyms kept. A word with
    only its first letter a capital ("Ngành Điện", "Hóa chất Việt Nam") keeps the name."""
    words = [word.strip(",") for word in rest.split()]
    if unicodedata.normalize("NFC", first).lower() != "ngành" or not words:
        return False
    acronym = [len(word) > 1 and word.isalpha() and word.isupper() for word in words]
    small = [word.islower() for word in words]
    return any(acronym) and any(small) and all(a or s for a, s in zip(acronym, small, strict=True))


# What to do of a text typed in capitals (a name, a heading, a paragraph, a task).
CAPITALS_TODO = "Hãy gõ chữ thường (viết hoa chữ đầu câu và tên riêng)."


def before_brackets(name: str) -> str:
    """``name`` without the bracketed words that end it ("(giá so sánh 2010)", "[%]")."""
    text = name.rstrip()
    while text[-1:] in (")", "]"):
        start = text.rfind("(" if text[-1] == ")" else "[")
        if start < 0 or any(c in "()[]" for c in text[start + 1 : -1]):
            break
        text = text[:start].rstrip()
    return text


def capitals_heading(ctx: Reading, title: str, ref: str | None, header: str, text: str) -> None:
    """A heading (``Mục``, ``Nhóm``) typed in capitals (``shouted``), also but for the
    bracketed words that end it ("PHÂN THEO NGÀNH KINH TẾ (tỷ đồng, giá hiện hành)"), is
    printed so, among headings in small letters: a warning at its cell (not lowered: it
    may hold names)."""
    if shouted(text) or shouted(before_brackets(text)):
        ctx.warn(
            title,
            ref,
            f"«{header}» «{text}» được gõ chữ hoa cả tên, và báo cáo in tiêu đề này nguyên như "
            f"vậy giữa các tiêu đề chữ thường. {CAPITALS_TODO}",
        )


def shouted(name: str) -> bool:
    """Whether ``name`` is words in capitals as the statistics office's table heads its
    rows ("KHAI KHOÁNG", "CÔNG NGHIỆP CHẾ BIẾN, CHẾ TẠO"), not an acronym ("KCN VSIP", "KCN
    VSIP BẮC NINH"): two words or more, all in capitals, half of them or more with a
    Vietnamese vowel's mark, which acronyms have not."""
    if not name.isupper():  # a small letter anywhere (most texts: at once)
        return False
    words = [w for w in name.split() if any(c.isalpha() for c in w)]
    if len(words) < 2 or any(not w.isupper() for w in words):
        return False
    marked = [w for w in words if any(c.isalpha() and not c.isascii() and c != "Đ" for c in w)]
    return 2 * len(marked) >= len(words)
