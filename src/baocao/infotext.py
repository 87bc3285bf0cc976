"""ThongTin's texts as the report prints them: the markets as a list, and the texts that
stand inside a sentence or on a line of their own (an assessment word, a same-period
name, the products, the signer's lines). Each change is a note at its cell."""

from __future__ import annotations

import re
from decimal import Decimal

from baocao.assessmentword import (
    changes_listed,
    names_a_place,
    outside_brackets,
    period_only,
    says_a_change,
    title_cased_change,
)
from baocao.barephrase import bare_phrase, plan_phrase, unpercented
from baocao.cells import Reading
from baocao.celltext import single_line
from baocao.sheets import normalize_header
from baocao.signedmark import unsigned_name
from baocao.signerstops import AUTHORITIES, drop_end_stops
from baocao.titlecased import LETTERS, Said, lowered, lowered_period, reason_said
from baocao.vnformat import format_number, plain_text
from baocao.wordstops import word_with_stops

MARKET_SEPARATOR = ";"


_MARKET_ENDS = " .,:"  # a market stands in a list of the sentence, between its commas
# A dash with spaces around it between markets typed without ";" ("Trung Quốc - Hàn Quốc"):
# a market's own hyphen has none ("Bra-xin"). Tried only where a run of spaces begins: tried
# inside it too, a cell of thousands of tabs took minutes.
_DASH = re.compile(r"(?<!\s)\s+[-–—]\s+")
# A list's number or marker typed before a market ("1. Trung Quốc", "- Hàn Quốc"), as the
# statistics office's report lists them one a line.
_MARKET_MARKER = re.compile(r"^(?:\d{1,2}[.)]\s*|[-+•*–—]\s*)(?=[^\W\d_])")
# The end of last month's sentence copied with its markets ("…; Mỹ và các thị trường khác",
# "…; một số thị trường khác", "…, v.v."): the report writes "và một số thị trường khác".
_OTHERS = re.compile(
    r"(?:^|\s*,?\s+và\s+|\s*,\s*)(?:(?:một\s+số|các|những)\s+)?(?:thị\s+trường|nước|quốc\s+gia)"
    r"\s+khác$|(?:^|\s*,\s*|\s+)(?:v\.\s?v|…)$",
    re.IGNORECASE,
)
_AND_FIRST = re.compile(r"^(?:và|hoặc)\s+", re.IGNORECASE)  # "…; và Mỹ": the report's "," only
_AND = re.compile(r"\svà\s", re.IGNORECASE)
# Countries whose Vietnamese name holds "và" (plain_text): one market, not two.
_ONE_COUNTRY = frozenset(
    (
        "trinidad va tobago",
        "antigua va barbuda",
        "bosnia va herzegovina",
        "bosna va hercegovina",
        "saint kitts va nevis",
        "saint vincent va grenadines",
        "sao tome va principe",
    )
)
_THE_OTHERS = "(báo cáo tự viết «và một số thị trường khác»)"


_WIDE_SEPARATOR = "\uff1b"  # "；", the full-width semicolon


def _listed(texts: list[str]) -> str:
    """Each of ``texts`` once, quoted: "«-», «*»"."""
    return ", ".join(f"«{t}»" for t in dict.fromkeys(texts))


def read_markets(ctx: Reading, title: str, fields: dict[str, object]) -> None:
    """The markets, split at ";", each without the punctuation typed after or before it
    ("các nước khác." would print "…, các nước khác. và một số thị trường khác.") or a
    list's number or marker before it ("1. Trung Quốc", "- Hàn Quốc"), with a note at the
    cell when some was dropped. A cell without ";" is split at its line breaks, one market
    a line, as pasted from a list ("Trung Quốc⏎Hàn Quốc" printed "Trung Quốc Hàn Quốc"), and
    one line at its dashes between spaces ("Trung Quốc - Hàn Quốc")."""
    for name, key in (
        ("export_markets", "thi_truong_xuat_khau"),
        ("import_markets", "thi_truong_nhap_khau"),
    ):
        typed = fields.get(name)
        if not isinstance(typed, str):
            continue
        wide = _WIDE_SEPARATOR in typed  # an East Asian keyboard's ";", as pasted
        typed = typed.replace(_WIDE_SEPARATOR, MARKET_SEPARATOR)
        unseparated = MARKET_SEPARATOR not in typed
        by_line = unseparated and "\n" in typed.strip()
        by_dash = unseparated and not by_line and _DASH.search(typed) is not None
        if by_line:
            split = typed.split("\n")
        elif by_dash:
            split = _DASH.split(typed)
        else:
            split = typed.split(MARKET_SEPARATOR)
        parts = [m.strip() for m in split if m.strip()]
        lines = [single_line(p) for p in parts]
        bare = [_MARKET_MARKER.sub("", p, count=1) for p in lines]
        unstopped = [m for m in (p.strip(_MARKET_ENDS) for p in bare) if m]
        own = [_OTHERS.sub("", m).strip(_MARKET_ENDS) for m in unstopped]
        unjoined = [_AND_FIRST.sub("", m) for m in own]
        # No letter ("-", "*", "2."): a list's mark or a placeholder, not a market's name.
        marks = [m for m in unjoined if m and not any(c.isalpha() for c in m)]
        markets = tuple(m for m in unjoined if m and m not in marks)
        fields[name] = markets
        done = [
            *(["đọc dấu «；» (dấu chấm phẩy khổ rộng) là «;»"] if wide else []),
            *(["đọc mỗi dòng là một thị trường"] if by_line and len(parts) > 1 else []),
            *(["đọc các tên cách nhau bằng dấu «-» là các thị trường"] if by_dash else []),
            *(["bỏ số thứ tự, dấu đầu dòng gõ trước tên thị trường"] if bare != lines else []),
            *(["bỏ dấu câu gõ quanh tên thị trường"] if unstopped != bare else []),
            *(["bỏ xuống dòng và dấu cách thừa"] if lines != parts and not by_line else []),
            *([f"bỏ «các thị trường khác» gõ cuối danh sách {_THE_OTHERS}"] * (own != unstopped)),
            *([f"bỏ chữ «và» gõ trước tên thị trường {_THE_OTHERS}"] * (unjoined != own)),
            *([f"bỏ {_listed(marks)}, không có chữ cái, không phải tên thị trường"] * bool(marks)),
        ]
        joined_ones = [m for m in markets if _AND.search(m) and plain_text(m) not in _ONE_COUNTRY]
        for joined in joined_ones:
            ctx.warn(
                title,
                ctx.locator.info.get(key),
                f"Khóa «{key}» có «{joined}», nối bằng chữ «và»: báo cáo viết các thị trường "
                "cách nhau bằng dấu phẩy rồi thêm «và một số thị trường khác», nên sẽ in "
                f"«… {joined} và một số thị trường khác». Nếu đó là nhiều thị trường, hãy ghi "
                "cách nhau bằng dấu «;».",
            )
        typings: dict[str, list[str]] = {}  # each market as typed, case and spacing aside
        for market in markets:
            typings.setdefault(normalize_header(market), []).append(market)
        for typed_as in (t for t in typings.values() if len(t) > 1):
            times = "hai" if len(typed_as) == 2 else str(len(typed_as))
            ctx.warn(
                title,
                ctx.locator.info.get(key),
                f"Khóa «{key}» ghi thị trường «{typed_as[-1]}» {times} lần (lần đầu là "
                f"«{typed_as[0]}»): báo cáo sẽ viết tên này {times} lần trong câu. Hãy "
                f"{'xóa một lần' if len(typed_as) == 2 else 'chỉ giữ một lần'}.",
            )
        if len(markets) == 1 and "," in markets[0] and not joined_ones:  # else said so
            ctx.note(
                title,
                ctx.locator.info.get(key),
                f"Khóa «{key}» có dấu phẩy mà không có dấu «;», nên cả ô được đọc là một thị "
                f"trường: «{markets[0]}». Nếu là nhiều thị trường, hãy ghi cách nhau bằng dấu "
                "«;», thị trường lớn nhất trước.",
            )
        if done:
            ctx.note(
                title,
                ctx.locator.info.get(key),
                f"Khóa «{key}»: {'; '.join(done)} (các thị trường được viết trong một câu, "
                f"cách nhau bằng dấu phẩy); đọc là "
                f"{', '.join(f'«{m}»' for m in markets) or 'không có thị trường nào'}.",
            )


_ONE_LINE = "đoạn văn viết liền một dòng (bỏ xuống dòng, dấu cách thừa)"


def mid_sentence(word: str) -> str:
    """The assessment word as it stands in the middle of its sentence: one space between
    words, no punctuation around it (the sentence has its own), the first word in lower
    case unless it is written in capitals (an acronym), or the word is a name or a list (both
    misplaced, left out as typed): "Tăng   khá."
    → "tăng khá"."""
    return _mid_sentence(word).printed


def _mid_sentence(word: str) -> Said:
    """``mid_sentence``'s word, with what a reason typed title-cased kept (``Said``)."""
    word = changes_listed(word) or word  # "Tăng Khá; Ổn Định": two words, said with ","
    words = bare_phrase(word).split()
    first = words[0] if words else ""
    if title_cased_change(outside_brackets(" ".join(words)).strip()):  # "Tăng Khá (Ước)"
        return lowered(" ".join(words))
    if names_a_place(" ".join(words)) or ";" in word:  # "Hoa Kỳ", or a list of markets:
        return Said(" ".join(words))  # another key's value, said as typed and left out
    if first[:1].isupper() and (len(first) == 1 or first[1:].islower()):
        words[0] = first[0].lower() + first[1:]
    return Said(_parts_lowered(" ".join(words)))


def _parts_lowered(word: str) -> str:
    """Each part after a comma (or a ";" made one) typed as a sentence opens, "Tăng khá;
    Giảm nhẹ so với tháng trước", with its capital lowered when it is worded as a change
    (``says_a_change``): it stands mid-sentence as the first part does; one typed
    title-cased ("Giảm Nhẹ So Với Tháng Trước") is lowered as a whole word is
    (``titlecased.lowered``). A name stays."""
    parts = word.split(", ")
    for at in range(1, len(parts)):
        first = parts[at].split(" ", 1)[0]
        if title_cased_change(outside_brackets(parts[at]).strip()):  # "Giảm Nhẹ So Với …"
            parts[at] = lowered(parts[at]).printed
        elif first[:1].isupper() and first[1:].islower() and says_a_change(parts[at]):
            parts[at] = first[0].lower() + parts[at][1:]
    return ", ".join(parts)


# "so với" typed before the same-period name, which the report writes itself; also
# shortened "so" ("so cùng kỳ", as offices write it) or said "so sánh (với)".
_SO_VOI = re.compile(r"^so(?:\s+sánh)?(?:\s+với)?(?:\s+|$)", re.IGNORECASE)


def same_period_words(word: str) -> str:
    """``so_sanh_cung_ky`` (or ``[report] same_period``) as it stands after the report's own
    "so với": mid-sentence (``mid_sentence``), without a "so với" typed before it ("so với
    cùng kỳ năm trước", as ``so_sanh_ke_hoach``'s default says "so với Kế hoạch năm",
    printed "so với so với cùng kỳ năm trước"). A period's words are no name: each
    capitalised one is lowered ("Cùng Kỳ Năm Trước" → "cùng kỳ năm trước"; "Quý IV" keeps
    its numeral; a bracket after it, "Cùng Kỳ Năm Trước (Ước)", is lowered with it, but
    not one with names: ``lowered_period``)."""
    said = _SO_VOI.sub("", mid_sentence(unpercented(word.strip())))
    if period_only(plain_text(outside_brackets(said))):
        return lowered_period(said, word)
    return said


_AUTHORITY = re.compile(rf"^({'|'.join(AUTHORITIES)}|Q)(?:\.\s*|\s+)")


def authority_line(typed: str) -> str:
    """The authority line in capitals, each line's abbreviation with its full stop and one
    space (Decree 30: "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH"): "kt giám
    đốc" printed "KT GIÁM ĐỐC"."""
    lines = (" ".join(line.split()).upper() for line in typed.split("\n"))
    return "\n".join(_AUTHORITY.sub(r"\1. ", line, count=1) for line in lines)


def signer_name(typed: str) -> str:
    """The signer's name on one line, and, typed all in capitals or all in small letters
    ("NGUYỄN VĂN AN"), each word with its first letter a capital as Decree 30 prints it; a
    name typed in mixed case is the signer's own spelling."""
    name = single_line(typed)
    if name.isupper() or name.islower():
        return LETTERS.sub(lambda m: m[0][:1].upper() + m[0][1:].lower(), name)
    return name


_ONLY_SO_VOI = (
    "Khóa «so_sanh_cung_ky» chỉ ghi «{}», mà báo cáo tự viết «so với» trước cụm từ này: ô "
    "được coi là để trống, và báo cáo dùng cụm từ của tệp cấu hình ([report] same_period)."
)


def as_printed(ctx: Reading, title: str, fields: dict[str, object]) -> None:
    """ThongTin texts as the report prints them, each change a note at its cell: the
    assessment word and the same-period name mid-sentence (``mid_sentence``), the signer's
    title and authority line in capitals (Decree 30), the products, the signer's name and
    the document number on one line (``celltext.single_line``); the signer's lines first
    lose a stop typed at their end (``signerstops``)."""
    decree = "được in chữ hoa (Nghị định 30/2020/NĐ-CP)"
    changes = (
        ("iip_assessment", "nhan_dinh_sxcn", mid_sentence, "nhận định đứng giữa câu"),
        ("same_period_base", "so_sanh_cung_ky", same_period_words, "cụm từ đứng giữa câu"),
        ("plan_base", "so_sanh_ke_hoach", plan_phrase, "cụm từ đứng giữa câu"),
        ("signer_title", "chuc_vu", str.upper, f"chức vụ người ký {decree}"),
        ("signer_authority", "ky_thay", authority_line, f"dòng thẩm quyền ký {decree}"),
        ("export_products", "san_pham_xuat_khau", single_line, _ONE_LINE),
        ("import_products", "san_pham_nhap_khau", single_line, _ONE_LINE),
        ("signer_name", "nguoi_ky", signer_name, "tên người ký in trên một dòng"),
        ("doc_number", "so_van_ban", single_line, "số văn bản in trên một dòng"),
    )
    typed_name = fields.get("signer_name")  # quoted as typed, with any stop at its end
    drop_end_stops(ctx, title, fields)
    _too_long_a_word(ctx, title, fields)
    word_with_stops(ctx, title, fields, ctx.locator.info.get("nhan_dinh_sxcn"))
    unsigned_name(ctx, title, fields)  # "(Đã ký)" typed with the name
    for name, key, change, why in changes:
        typed = fields.get(name)
        if not isinstance(typed, str):
            continue
        printed = change(typed)
        if not printed:  # only punctuation, or only the "so với" the report writes: blank
            fields[name] = None
            if change is same_period_words and any(c.isalpha() for c in typed):
                ctx.note(title, ctx.locator.info.get(key), _ONLY_SO_VOI.format(typed.strip()))
            continue
        if printed != typed:
            if change is same_period_words and _SO_VOI.match(mid_sentence(typed)):
                why = "báo cáo tự viết «so với» trước cụm từ này"
            if change in (same_period_words, plan_phrase) and unpercented(typed) != typed:
                why = "bỏ «%» của tiêu đề cột: báo cáo tự viết số phần trăm trước cụm từ này"
            listed = changes_listed(typed) if change is mid_sentence else None
            if listed and listed.count(",") > typed.count(","):  # "Tăng Khá; Ổn Định"
                why += "; dấu «;» giữa các lời nhận định viết thành «,»"  # not "tăng khá;"
            if change is mid_sentence:  # "Tăng Khá Nhờ Samsung": a name kept, or lowered
                why += reason_said(_mid_sentence(typed))
            if change is signer_name and printed != single_line(typed):
                why = (
                    "họ tên người ký in chữ thường, viết hoa chữ đầu mỗi tiếng (Nghị định "
                    "30/2020/NĐ-CP)"
                )
            fields[name] = printed
            if change is signer_name and _ONLY_TITLE.match(" ".join(typed.split())):
                continue  # no name to write: an error (_untitled_signer) says so
            ctx.note(
                title,
                ctx.locator.info.get(key),
                f"Khóa «{key}» được viết thành «{printed}» vì {why}.",
            )
    _untitled_signer(ctx, title, fields, typed_name)


MAX_ASSESSMENT = 300  # characters: a word of the index's course, never a paragraph


def _too_long_a_word(ctx: Reading, title: str, fields: dict[str, object]) -> None:
    """An assessment word longer than ``MAX_ASSESSMENT``, a paragraph pasted in its cell (a
    32 kB one took half a minute to grade, turn by turn), is left out, with a warning."""
    word = fields.get("iip_assessment")
    if not isinstance(word, str) or len(word.strip()) <= MAX_ASSESSMENT:
        return
    fields["iip_assessment"] = None
    size = format_number(Decimal(len(word.strip())))
    ctx.warn(
        title,
        ctx.locator.info.get("nhan_dinh_sxcn"),
        f"Khóa «nhan_dinh_sxcn» ghi một đoạn dài {size} ký tự, "
        "không phải lời nhận định đứng giữa câu (ví dụ «tăng khá»): báo cáo bỏ đoạn này, như "
        "khi ô để trống (lời nhận định chọn theo ngưỡng trong tệp cấu hình, nếu có). Hãy ghi "
        "lời nhận định ngắn, hoặc để trống ô.",
    )


# A title or academic rank typed before the signer's name ("PGĐ Nguyễn Văn A", "Giám đốc
# …", "TS. …", "KS. …", "Đ/c …"): the title is its own line above the name, and Decree 30
# sets no title, rank or degree before it (tiến sĩ, thạc sĩ, giáo sư, kỹ sư, bác sĩ,
# nghiên cứu sinh, cử nhân). "Ông" and "Bà" are not here: each is a surname too.
_TITLES = (
    r"(?:p\.?\s*)?g\.?\s*đ\.?|(?:phó\s+)?(?:giám\s+đốc|chủ\s+tịch)|đ/c\.?|đồng\s+chí"
    r"|(?:p?gs\.?\s*)?ts\.?|ths\.?|gs\.?|ks\.?|bs\.?|ncs\.?|cn\.?"
)
_NAME_TITLE = re.compile(rf"^(?:{_TITLES})(?:\s*[:,\-–]\s*|\s+)(?=[^\W\d_])", re.IGNORECASE)
# ... or after it, set off by a comma, a dash or brackets: "Trần Văn B - PGĐ", "(PGĐ)".
# Searched from a word's end (the match found never starts after a space): from each space
# of a run, 32 000 spaces in [signer] name took 35 s.
_TITLE_AFTER = re.compile(
    rf"(?<!\s)(?:(?:\s*[,\-–]\s*|\s*\(\s*)(?:{_TITLES})\s*\)?\s*$"
    # ... or a degree with its full stop after a space alone ("Nguyễn Văn Nam TS."): no
    # Vietnamese syllable is one
    r"|\s+(?:(?:p?gs\.?\s*)?ts|ths|gs|ks|bs|ncs|cn)\.\s*$)",
    re.IGNORECASE,
)


# A title (or an authority line) and nothing else: "PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC".
_ONLY_TITLE = re.compile(rf"^(?:(?:kt|tm|tl|tuq|q)\.?\s*)?(?:{_TITLES})\.?$", re.IGNORECASE)


def title_in_name(typed: str) -> tuple[str, str, str] | None:
    """A title, rank or degree typed before or after a signer's name ("PGĐ Nguyễn Văn A",
    "Nguyễn Văn A, TS."): it as typed, the name without it, and "trước" or "sau"."""
    before, after = _NAME_TITLE.match(typed), _TITLE_AFTER.search(typed)
    match = before or after
    if match is None:
        return None
    name = typed[match.end() :] if before else typed[: match.start()]
    return match.group(0).strip(" :,-–()"), name, "trước" if before else "sau"


def _untitled_signer(ctx: Reading, title: str, fields: dict[str, object], cell: object) -> None:
    """``nguoi_ky`` without a title typed before the name ("PGĐ Nguyễn Văn A" printed under
    "PHÓ GIÁM ĐỐC") or after it ("Nguyễn Văn A - PGĐ", "(PGĐ)"), with a warning at the
    cell: the title line above may not be the one typed. ``cell`` is the name as typed,
    before ``signer_name`` wrote it as printed."""
    typed = fields.get("signer_name")
    if not isinstance(typed, str):
        return
    if _ONLY_TITLE.match(" ".join(typed.split())):  # the title's row typed a row up
        ctx.error(
            title,
            ctx.locator.info.get("nguoi_ky"),
            f"Khóa «nguoi_ky» ghi «{cell}», là chức vụ (hoặc dòng thẩm quyền ký), không phải "
            f"họ tên: báo cáo sẽ in «{typed}» dưới chữ ký. Hãy ghi họ tên người ký (chức vụ ghi "
            "ở khóa «chuc_vu»), hoặc để trống ô để dùng họ tên của tệp cấu hình.",
        )
        return
    titled = title_in_name(typed)
    if titled is None:
        return
    said, name, side = titled
    fields["signer_name"] = name
    ctx.warn(
        title,
        ctx.locator.info.get("nguoi_ky"),
        f"Khóa «nguoi_ky» có «{said}» {side} họ tên: báo cáo in "
        f"«{name}», vì chức vụ là dòng riêng phía trên (khóa «chuc_vu» hoặc tệp cấu hình) và "
        "Nghị định 30/2020/NĐ-CP không ghi chức vụ, học hàm, học vị bên cạnh họ tên người ký. "
        "Hãy chỉ ghi họ tên, và kiểm tra chức vụ in phía trên.",
    )
