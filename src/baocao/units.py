"""A unit as the report prints it, and whether it is a percentage (a rate or a share).

Both readers (``parse`` for the report's month, ``earlier`` for the months before) take
a ``Đơn vị`` cell through ``printed_unit``, so a unit typed "(%)" one month and "%" the
next is one unit, and ``Indicator.is_rate`` asks ``is_percentage`` of it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from baocao.memo import memo_short
from baocao.vnformat import capitalised, encloses, lower_capitalised, plain_text

# Words that name a percentage, in plain_text's spelling: written "%", so that one month's
# "phần trăm" and the next one's "%" are one unit, and the figure is printed "8,5%".
_PERCENT_WORDS = frozenset(
    {"phan tram", "ti le", "ty le", "ti le %", "ty le %", "ti le phan tram", "ty le phan tram"}
)


# A footnote's mark after a unit or a name: "(*)", "*", "¹", "(1)"; not a unit's power,
# "m²", "m³".
FOOTNOTE = re.compile(r"\s*(\(\*{1,3}\)|\*{1,3}|(?<![mM])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}|\(\d{1,2}\))$")
_LONGEST_MARK = 5  # characters of a footnote's mark: "(***)"


def footnote_at_end(text: str) -> re.Match[str] | None:
    """``FOOTNOTE`` at the end of ``text``, looked for in its last characters only (what is
    before the mark is ``text[: match.start()].rstrip()``): searched from every character,
    a name ending in thousands of marks took half a minute."""
    return FOOTNOTE.search(text, max(0, len(text) - _LONGEST_MARK))


# A scale written in digits before the unit, as the statistics office's tables write it:
# "1000 tấn", "1.000 lít", "1.000đ/kg", "1000000 cái"; printed after a figure it read
# "ước đạt 127,9 1000 tấn".
_DIGIT_SCALE = re.compile(r"^1((?:\.?000){1,3})\s*(?=[^\W\d_])")
_SCALE_NAMES = {1: "nghìn", 2: "triệu", 3: "tỷ"}
# "triệu" shortened before the unit, as a table's narrow column writes it: "Tr.kWh",
# "tr. USD", "Tr đồng"; printed after a figure it read "ước đạt 125,3 Tr.kWh". So "nghìn",
# with its full stop: "Ng.tấn", "ng. USD" ("ước đạt 127,9 ng.tấn"). Said by ``_SCALE_OF``.
_SHORTENED_SCALE = re.compile(r"^(tr\.|tr(?= )|ng\.)\s*(?=[^\W\d_%])", re.IGNORECASE)
# "đồng" shortened after a scale, as a narrow column writes it: "trđ", "Tr.đ", "tỷ đ".
_SHORT_DONG = re.compile(r"^(trđ|ng\.\s*đ|(?:triệu|tỷ|tỉ|nghìn|ngàn|tr)\.?\s*đ)$", re.IGNORECASE)
# A full stop after a scale written in full, as "Tr.đồng" has it: "Tỷ.đồng", "Nghìn.USD";
# printed after a figure it read "ước đạt 621 tỷ.đồng", and was no unit at any scale.
_DOTTED_SCALE = re.compile(r"^(nghìn|ngàn|triệu|tỷ|tỉ)\.\s*(?=[^\W\d_])", re.IGNORECASE)
_SCALE_OF = {
    "tr": "triệu",
    "ng": "nghìn",
    "ti": "tỷ",
    "ty": "tỷ",
    "trieu": "triệu",
    "nghin": "nghìn",
    "ngan": "ngàn",
}

# "%" in brackets within a unit: "(%)" of "Tỷ lệ (%)", "(%)/năm".
_BRACKETED_SIGN = re.compile(r"\s*\(\s*%\s*\)")


# The symbols of electrical units, as SI writes them: typed in another case, each is
# written so ("Kwh", "KWH", "kwh" → "kWh").
_SYMBOLS = {
    s.lower(): s for s in ("kWh", "MWh", "GWh", "TWh", "kW", "MW", "GW", "kWp", "MWp", "kVA", "MVA")
}
_CURRENCIES = {"usd": "USD"}  # a currency's code, always in capitals
_SYMBOL = re.compile(r"(?<![^\W\d_])[A-Za-z]{2,3}(?![^\W\d_])")
# "M3", "M²": the metre's square or cube with a capital, a word of its own ("M3/ngày").
_METRE = re.compile(r"(?<![^\W_])M[23²³](?!\w)")


def printed_unit(typed: str) -> tuple[str, list[str]]:
    """``typed`` as printed after a figure, and what was changed, in Vietnamese: spaces
    collapsed ("tỷ  đồng" → "tỷ đồng"), the full-width sign ("％") made "%", the brackets
    around the whole unit dropped ("(%)" → "%", "(tỷ đồng)" → "tỷ đồng": the sentence
    would print "ước đạt 8,5 (%)"), and a percentage said in words or with a full stop
    ("phần trăm", "tỷ lệ", "%.", "Tỷ lệ (%)") written "%", "(%)/năm" "%/năm"; a footnote's
    mark ("*", "(*)", "¹") or a colon, semicolon or comma after it dropped; a scale in
    digits, or "triệu" or "nghìn" shortened, said in words ("1000 tấn" → "nghìn tấn",
    "Tr.kWh" → "triệu kWh", "Ng.tấn" → "nghìn tấn"); a full stop after it dropped."""
    changes: list[str] = []
    unit = " ".join(typed.split())
    if unit != typed:
        changes.append("bỏ dấu cách thừa")
    # A footnote's mark, or a colon, after the unit, as the statistics office's table has
    # it: "tỷ đồng*", "tỷ đồng (*)", "tỷ đồng:" printed "ước đạt 5.210 tỷ đồng*, tăng …";
    # either after the other ("tỷ đồng (*):" printed "tỷ đồng (*)"), each said once.
    marked = stopped = False
    while True:
        if (mark := footnote_at_end(unit)) is not None and unit[: mark.start()].strip():
            unit = unit[: mark.start()].rstrip()
            changes += [] if marked else [f"bỏ dấu chú thích «{mark.group(1)}»"]
            marked = True
        elif (kept := unit.rstrip(":;, ")) != unit and kept:
            unit = kept
            changes += [] if stopped else ["bỏ dấu câu cuối"]
            stopped = True
        else:
            break
    if "％" in unit:
        unit = unit.replace("％", "%")
        changes.append("dấu «％» viết thành «%»")
    # A unit wholly inside one pair of brackets, as a table's header would write it: "(%)".
    if any(encloses(unit, *pair) for pair in ("()", "[]")) and unit[1:-1].strip():
        unit = " ".join(unit[1:-1].split())
        changes.append("bỏ dấu ngoặc bao quanh")
    # "Tỷ lệ (%)", "Phần trăm (%)", "(%)/năm", "Tỷ lệ (%)/năm": a table header's "(%)"
    # inside the unit, and words that say percent before the sign or instead of it.
    bare_sign = _BRACKETED_SIGN.sub("%", unit)
    head, sign, tail = bare_sign.partition("%")
    spoken = plain_text(head).rstrip(".").strip()
    printed = unit
    if not sign and spoken in _PERCENT_WORDS:
        printed = "%"
    elif sign and (spoken == "" or spoken in _PERCENT_WORDS or bare_sign != unit):
        # "Tỷ trọng (%)", "Chỉ số (%)": a column's title, whose unit is its "(%)"
        printed = "%" + tail.rstrip(" .")
    if printed != unit:
        if spoken != "" or printed == "%":
            changes.append("đơn vị phần trăm, viết bằng dấu «%»")
        else:
            changes.append("bỏ dấu ngoặc quanh «%»" if bare_sign != unit else "bỏ dấu chấm cuối")
        unit = printed
    # A full stop after the unit, as a sentence's end ("tấn.", "triệu lít...", "Tr.đ."):
    # printed "ước đạt 73.643 tấn.; đạt 66,9% …", where a colon or a comma was dropped.
    if unit.endswith(".") and (kept := unit.rstrip(". ")) and kept[-1] not in "%.":
        unit = kept
        changes.append("bỏ dấu chấm cuối")
    if (digits := _DIGIT_SCALE.match(unit)) is not None:
        word = _SCALE_NAMES[digits.group(1).count("000")]
        unit = f"{word} {unit[digits.end() :]}"
        changes.append(
            f"«{digits.group(0).strip()}» viết bằng chữ «{word}», vì đơn vị đứng sau số liệu"
        )
    if (dong := _SHORT_DONG.match(unit)) is not None:
        scale = plain_text(re.sub(r"(?i)[.\sđ]+$", "", unit)) or "tr"
        unit = f"{_SCALE_OF.get(scale, 'triệu')} đồng"
        changes.append(f"«{dong.group(1)}» viết đầy đủ «{unit}», vì đơn vị đứng sau số liệu")
    elif (short := _SHORTENED_SCALE.match(unit)) is not None:
        word = _SCALE_OF[short.group(1).rstrip(".").lower()]
        unit = f"{word} {unit[short.end() :]}"
        changes.append(f"«{short.group(1)}» viết đầy đủ «{word}», vì đơn vị đứng sau số liệu")
    elif (dotted := _DOTTED_SCALE.match(unit)) is not None:
        unit = f"{dotted.group(1)} {unit[dotted.end() :]}"
        changes.append(f"bỏ dấu chấm sau «{dotted.group(1)}»")
    # An electrical unit's symbol in another case ("tỷ Kwh", as a province's own report
    # typed it): lowered below as a title word, it printed "3,1 tỷ kwh"; "Mw" would be "mw".
    # So is the dollar's code in small letters ("triệu usd", a breakdown row under its
    # parent's "triệu USD" in office40's workbook): printed "584,7 triệu usd" beside "USD".
    recased = {
        w: _SYMBOLS.get(w.lower(), _CURRENCIES.get(w.lower(), w)) for w in _SYMBOL.findall(unit)
    }
    for typed_symbol, symbol in recased.items():
        if symbol != typed_symbol:
            kind = "mã tiền tệ" if symbol in _CURRENCIES.values() else "ký hiệu của đơn vị đo"
            changes.append(f"«{typed_symbol}» viết thành «{symbol}», {kind}")
    unit = _SYMBOL.sub(lambda m: recased[m[0]], unit)
    # The metre's square and cube typed with a capital, as the statistics office's tables
    # write them ("Triệu M3", "Ngàn M3"): no word, so not lowered below, it printed
    # "3,1 triệu M3" beside another row's "1,2 triệu m3".
    for typed_metre in dict.fromkeys(m[0] for m in _METRE.finditer(unit)):
        changes.append(f"«{typed_metre}» viết thành «{typed_metre.lower()}», ký hiệu của đơn vị đo")
    unit = _METRE.sub(lambda m: m[0].lower(), unit)
    # A unit typed in title case, each word capitalised but its acronyms ("Lượt Khách",
    # "Tấn/Năm", "USD/Tấn"): lowered by its first word alone, it printed "7,25 triệu sản
    # Phẩm", "64.471 Tấn/Năm". Every such word is lowered (a single one only when it is
    # not the first word, which the rule below says so).
    if titled := _title_cased(unit):
        acronyms = len(titled) < len(_WORDS.findall(unit))
        said = ", ".join(titled) if acronyms else unit
        unit = _WORDS.sub(lambda m: lower_capitalised(m[0]), unit)
        changes.append(f"«{said}» viết thường, vì đơn vị đứng giữa câu")
        return unit, changes
    # A unit stands mid-sentence ("ước đạt 9.780 tỷ đồng"): a first word typed with a
    # capital ("Tỷ đồng", "Triệu USD", "Tấn") is lowered; an acronym ("USD", "GWh") stays.
    # So is the unit's own word after a scale ("Nghìn Tấn", "triệu Lít" → "nghìn tấn").
    words = unit.split(" ")
    first = capitalised(words[0])
    second = len(words) > 1 and plain_text(words[0]) in _SCALE_WORDS and capitalised(words[1])
    if first or second:
        said = " ".join(words[:2])
        words[: 1 + second] = [w.lower() for w in words[: 1 + second]]
        unit = " ".join(words)
        changes.append(
            f"«{said}» viết thường, vì đơn vị đứng giữa câu"
            if second
            else "chữ đầu viết thường, vì đơn vị đứng giữa câu"
        )
    return unit, changes


# A unit's words: its runs of two letters or more ("M" of "M3" is the metre's symbol).
_WORDS = re.compile(r"(?<![^\W\d_])[^\W\d_]{2,}(?![^\W\d_])")


def _title_cased(unit: str) -> list[str]:
    """The words of ``unit`` to lower when every word but its acronyms ("USD", "VNĐ") is
    title-cased ("Lượt", "Khách"), two of them or one after the first word ("USD/Tấn");
    none otherwise."""
    words = _WORDS.findall(unit)
    rest = [w for w in words if not w.isupper()]
    if not rest or not all(capitalised(w) for w in rest):
        return []
    return rest if len(rest) >= 2 or words[0] != rest[0] else []


@memo_short  # every row's unit is asked of again and again: checks, fill, views
def is_percentage(unit: str) -> bool:
    """Whether ``unit`` is a percentage: it has the sign ("%", "%/năm", "% GRDP") or says
    it in words ("phần trăm", "tỷ lệ": ``printed_unit`` writes those "%"). Its months never
    add up to a year-to-date."""
    return "%" in unit or plain_text(unit) in _PERCENT_WORDS


# A price: money per something ("đồng/kWh", "nghìn đồng/kg", "USD/tấn", and "đồng"
# shortened: "đ/kg", "nghìn đ/kg", "1.000đ/kg"). A "/" alone is no sign of one: offices
# write "DN/HTX", "vụ/việc", "cơ sở/hộ" for counts that add up.
# "hợp đồng/năm" is a count of contracts, not money.
_PRICE = re.compile(
    r"(?<![a-z])(?<!hop )(?:dong|vnd|usd|euro?|d|ndt|cny|rmb|yen|won|baht|gbp|\$)\s*/"
)


def is_price(unit: str) -> bool:
    """Whether ``unit`` is money per something: a price, whose year is no sum of its months."""
    return _PRICE.search(plain_text(unit)) is not None


# An amount per day, week, month or hour ("xe/ngày", "lượt xe/ngày", "m3/ngày đêm",
# "tấn/tháng"): an average over time, as a border province counts its vehicles; ten
# months of 1.100 xe/ngày are no 11.000 xe/ngày. ("Hợp đồng/năm" stays a count.)
_PER_TIME = re.compile(r"/\s*(?:ngay(?: dem)?|tuan|thang|gio)$")


def is_per_time(unit: str) -> bool:
    """Whether ``unit`` is an amount per day, week, month or hour: an average over time."""
    return _PER_TIME.search(plain_text(unit)) is not None


@memo_short
def is_summed(unit: str) -> bool:
    """Whether a figure in ``unit`` adds up over months into a year-to-date or a quarter's
    total: not a percentage, nor a price ("đồng/kWh", "USD/tấn"), nor an amount per day
    ("xe/ngày")."""
    return not is_percentage(unit) and not is_price(unit) and not is_per_time(unit)


def kind_of(unit: str) -> str:
    """What a figure not summed is, as a message says it: "tỷ lệ", "số bình quân theo thời
    gian" or "đơn giá"."""
    if is_percentage(unit):
        return "tỷ lệ"
    return "số bình quân theo thời gian" if is_per_time(unit) else "đơn giá"


# Words that multiply a unit (plain_text's spelling), as powers of ten.
_SCALE_WORDS = {"nghin": 3, "ngan": 3, "trieu": 6, "tr": 6, "ty": 9, "ti": 9}
_SHORT_SCALE = re.compile(r"^tr\.\s*")  # "tr.USD", "tr. đồng": triệu
_THOUSANDS = re.compile(r"^1((?:\.?000)+)\s*")  # "1.000 tấn", "1000 USD", "1.000đ/kg"
_SI = re.compile(r"^([kmgt]?)(wh|w)$")  # "kWh", "MWh", "GWh", "kW"
_SI_POWERS = {"": 0, "k": 3, "m": 6, "g": 9, "t": 12}
_MASS = {"kg": 3, "tan": 6}  # in grams
_SAME_BASE = {"vnd": "dong", "d": "dong"}  # "đ" as ``_PRICE`` reads it: "1.000đ/kg"
# A power written raised or on the line: "m³" is "m3", "m²" "m2" (one month's workbook
# typed one, the next one pasted the other: not two units).
_POWERS = str.maketrans("²³", "23")


def scale_of(unit: str) -> tuple[str, int] | None:
    """``unit`` as a base unit and a power of ten: "triệu USD" → ("usd", 6), "nghìn tấn" →
    ("g", 9), "GWh" → ("wh", 9); None for a unit without a base ("nghìn")."""
    text = _SHORT_SCALE.sub("tr ", plain_text(unit)).translate(_POWERS)
    power = 0
    if (match := _THOUSANDS.match(text)) is not None:
        power += 3 * match.group(1).count("000")
        text = text[match.end() :]
    words = text.split()
    while words and words[0] in _SCALE_WORDS:
        power += _SCALE_WORDS[words.pop(0)]
    base = " ".join(words)
    if (si := _SI.match(base)) is not None:
        return si.group(2), power + _SI_POWERS[si.group(1)]
    if base in _MASS:
        return "g", power + _MASS[base]
    # Each part of a compound unit by its one name: "đ/kg" is "đồng/kg", "VNĐ/kWh" too.
    parts = (" ".join(_SAME_BASE.get(w, w) for w in part.split()) for part in base.split("/"))
    return ("/".join(parts), power) if base else None


def scale_between(old: str, new: str) -> Decimal | None:
    """How many of ``new`` make one ``old`` ("triệu USD" → "nghìn USD": 1000), when they are
    one unit at two scales; None otherwise."""
    first, second = scale_of(old), scale_of(new)
    if first is None or second is None or first[0] != second[0]:
        return None
    return Decimal(10) ** (first[1] - second[1])
