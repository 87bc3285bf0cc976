"""The only place that writes (and reads) Vietnamese numbers, dates and phrases.

Never reads the system locale: "153.513", "1.822,5", "25,0%". Rounding is
half-up (half away from zero), and happens here only. The phrase helpers
produce clauses such as "tăng 2,2% so với tháng trước"; whole sentences live
in the template. ``command_word`` writes a path into a command a message suggests.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation

from baocao.growth import HUNDRED, ratio_from_pct
from baocao.memo import memo_short

THOUSANDS_SEP = "."
DECIMAL_SEP = ","
TWICE = Decimal(100)  # a change of +100% or more is written "gấp N lần"

SCIENTIFIC_ABOVE = 21  # format_exact's limits, as powers of ten
SCIENTIFIC_BELOW = -9

_DATE_TEXT = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_VN_NUMBER = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")


def round_half_up(value: Decimal, decimals: int) -> Decimal:
    """``value`` rounded half away from zero to ``decimals`` places, at any magnitude."""
    precision = max(28, value.adjusted() + decimals + 2)
    return value.quantize(_unit(decimals), rounding=ROUND_HALF_UP, context=_context(precision))


# Asked for every figure printed: made once per place or precision, not per call.
@functools.lru_cache(maxsize=64)
def _unit(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals, context=_context(28))


@functools.lru_cache(maxsize=64)
def _context(precision: int) -> Context:
    """Python's default decimal context with ``precision`` digits."""
    return Context(prec=precision)


def half_unit(decimals: int) -> Decimal:
    """Half a unit of the last place printed with ``decimals`` (0.5, 0.05, …): how far a
    figure rounded to that place may be from the one it was rounded from."""
    return Decimal("0.5") * Decimal(1).scaleb(-decimals)


def leeway(decimals: int, *typed: Decimal) -> Decimal:
    """Half a unit of the fewest places of ``decimals`` and ``typed`` as typed (512,3 and
    512,34 are one figure rounded; a whole number's are ``decimals``: 9 may be 9,0)."""
    places = (max(0, -int(v.normalize().as_tuple().exponent)) or decimals for v in typed)
    return half_unit(min(decimals, *places))


def format_number(value: Decimal, decimals: int = 0) -> str:
    """Vietnamese number: 153513 → "153.513", 1822.5 (1 decimal) → "1.822,5"."""
    rounded = round_half_up(value, decimals)
    sign = "-" if rounded < 0 else ""
    text = f"{rounded.copy_abs():f}"  # exact: no context rounds it
    whole, _, fraction = text.partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + THOUSANDS_SEP.join(groups)
    return f"{out}{DECIMAL_SEP}{fraction}" if decimals > 0 else out


def format_at_least(value: Decimal, decimals: int) -> str:
    """``value`` with ``decimals`` places, or more when it was typed with more (up to 6),
    so a message hides no digit: 0.946 at 1 place is "0,946", 0.5 at 2 places "0,50"."""
    typed = -int(value.normalize().as_tuple().exponent)
    return format_number(value, max(decimals, min(typed, 6)))


def excel_number(value: Decimal | int | float) -> Decimal:
    """A number as Excel holds and shows it: a float's first 15 significant digits (an int
    or a Decimal as it is). A formula's result such as =175.14+1.01 is 176.14999999999998
    in binary, 176.15 in Excel (and at one decimal "176,2", as ROUND gives): the report
    rounds the number the office sees."""
    if not isinstance(value, float):
        return Decimal(value)
    return Decimal(f"{value:.15g}") if math.isfinite(value) else Decimal(repr(value))


def format_exact(value: Decimal | int | float, *, grouped: bool = True) -> str:
    """A number as read, in Vietnamese form, neither rounded nor padded: what messages show.

    54.120 → "54,12", 1905.3 → "1.905,3", 52716 → "52.716". Beyond 10^21 (or below
    10^-9) it is written "1,5 × 10^22", so a message stays one short line. A float shows
    its first 15 significant digits, as Excel does (0.1 + 0.2 → "0,3"). ``grouped=False``
    leaves out the thousands dots, as Excel's General format shows a number: "1905,3".
    """
    number = excel_number(value)
    if not number.is_finite():
        return "NaN" if number.is_nan() else ("-∞" if number < 0 else "∞")
    if number == 0:
        return "0"
    normal = number.normalize()
    exponent = normal.adjusted()
    if exponent > SCIENTIFIC_ABOVE or exponent < SCIENTIFIC_BELOW:
        return f"{format_exact(normal.scaleb(-exponent))} × 10^{exponent}"
    text = format_number(normal, max(0, -int(normal.as_tuple().exponent)))
    return text if grouped else text.replace(THOUSANDS_SEP, "")


def format_known(value: Decimal | None, decimals: int = 0) -> str:
    """``format_number``, or "" for a figure that is not known."""
    return "" if value is None else format_number(value, decimals)


def format_percent(value: Decimal, decimals: int = 1) -> str:
    """Vietnamese percentage: 25 → "25,0%"."""
    return f"{format_number(value, decimals)}%"


def format_index(index: Decimal | None, decimals: int = 1) -> str:
    """An index (its base = 100) as its change is said: 100 plus the change rounded half
    away from zero, so that 99,95 at one place is "99,9" beside "giảm 0,1%", not "100,0"
    (unchanged); "" when unknown."""
    if index is None:
        return ""
    return format_number(HUNDRED + round_half_up(index - HUNDRED, decimals), decimals)


def format_signed_percent(value: Decimal | None, decimals: int = 1) -> str:
    """A change with its sign, for tables: "+5,3%", "-21,9%"; "" when unknown."""
    if value is None:
        return ""
    rounded = round_half_up(value, decimals)
    return ("+" if rounded > 0 else "") + format_percent(rounded, decimals)


def _doubled(pct: Decimal, decimals: int) -> bool:
    """Whether a change is written "gấp N lần": +100% or more as printed (99,96% at one
    decimal prints 100,0%)."""
    return pct >= TWICE or round_half_up(pct, decimals) >= TWICE  # compared before rounding


def change_phrase(pct: Decimal | None, decimals: int = 1) -> str:
    """A change without its comparison: "tăng 24,95%", "giảm 3,5%", "gấp 2,3 lần".

    A change that rounds to zero is "không đổi"; None gives "".
    """
    if pct is None:
        return ""
    if _doubled(pct, decimals):
        return f"gấp {format_number(ratio_from_pct(pct), 1)} lần"
    rounded = round_half_up(pct, decimals)
    if rounded == 0:
        return "không đổi"
    verb = "tăng" if rounded > 0 else "giảm"
    return f"{verb} {format_percent(abs(rounded), decimals)}"


def change_clause(pct: Decimal | None, against: str, decimals: int = 1) -> str:
    """A change against a base: "tăng 2,2% so với tháng trước", "bằng cùng kỳ".

    ``against`` names the base ("tháng trước", "cùng kỳ"). None gives "" so the
    sentence can drop the clause.
    """
    if pct is None:
        return ""
    if _doubled(pct, decimals):
        return f"{change_phrase(pct, decimals)} {against}"
    if round_half_up(pct, decimals) == 0:
        return f"bằng {against}"
    return f"{change_phrase(pct, decimals)} so với {against}"


def points_clause(
    value: Decimal | None, base: Decimal | None, against: str, decimals: int = 1
) -> str:
    """A rate's change against a base, in percentage points: 98,0% against 93,5% is
    "tăng 4,5 điểm phần trăm so với tháng trước" (not the relative "tăng 4,8%"); "bằng
    tháng trước" when it rounds to zero; "" when either is unknown."""
    if value is None or base is None:
        return ""
    rounded = round_half_up(value - base, decimals)
    if rounded == 0:
        return f"bằng {against}"
    verb = "tăng" if rounded > 0 else "giảm"
    return f"{verb} {format_number(abs(rounded), decimals)} điểm phần trăm so với {against}"


def share_clause(
    share: Decimal | None, after: str = "so với Kế hoạch năm", decimals: int = 1
) -> str:
    """Share of a target with the office's own words after it: "đạt 45,0% kế hoạch năm";
    None gives ""."""
    if share is None:
        return ""
    return f"đạt {format_percent(share, decimals)} {after}"


def attain_clause(share: Decimal | None, against: str = "Kế hoạch năm", decimals: int = 1) -> str:
    """``share_clause`` against a named base (the template's ``attain`` filter):
    "đạt 23,1% so với Kế hoạch năm". Words that say "so với" already (``report.plan``,
    "so với Kế hoạch năm") are the words after the share, as they stand."""
    said = against if against.strip().casefold().startswith("so với ") else f"so với {against}"
    return share_clause(share, said, decimals)


def join_clauses(clauses: Iterable[str], sep: str = "; ", lead: str = "") -> str:
    """Join the non-empty clauses with ``sep``; prefix ``lead`` when any is left."""
    kept = [c for c in clauses if c]
    return lead + sep.join(kept) if kept else ""


# What a list's item or a clause typed at the end of a text leaves: it does not end a
# paragraph ("sắt thép;", "gồm:", "điện tử,"), and Decree 30's end mark "./." ends the report
# only; each run of them gives way to one full stop.
_OPEN_END = re.compile(r"(?:\./\.|[\s.,;:])+$")


def end_sentence(text: str) -> str:
    """``text`` ending as a paragraph does: with "." (one, in place of a trailing ";", ",",
    ":" or "./."), unless it ends in ! ? … ("...") or a closing bracket or quote after a
    mark ("(xem phụ lục.)")."""
    stripped = text.rstrip()
    closed = stripped.rstrip(")\"'»”’")
    if not stripped or closed.endswith(("!", "?", "…", "...")):
        return stripped
    if closed != stripped and closed.endswith((".", ";", ":")):
        return stripped
    return _OPEN_END.sub("", stripped) + "."


def row_label(name: str) -> str:
    """A name written as it reads mid-sentence ("ngành khai khoáng"), as a sentence or a
    table's row begins it: the first letter in capitals ("Ngành khai khoáng"), the rest as
    typed. A first word that is not a plain word is kept as it is: one in mixed case
    ("eKYC", "iPhone"), and one with a mark in it ("a)", "b.", "e-Gov", a quote)."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    if not first.rstrip(",;:").isalpha() or any(c.isupper() for c in first[1:]):
        return name
    return name[:1].upper() + name[1:]


def month_count(months: int) -> str:
    """A count of months, zero-padded as in reports: 3 → "03", 11 → "11"."""
    return f"{months:02d}"


def date_day(day: int) -> str:
    """Day of a document date, Decree 30 style: 5 → "05", 21 → "21"."""
    return f"{day:02d}"


def date_month(month: int) -> str:
    """Month of a document date, Decree 30 style: only 1 and 2 are padded ("02", "3")."""
    return f"{month:02d}" if month < 3 else str(month)


@memo_short
def plain_text(text: str) -> str:
    """Lower case, without diacritics ("đ" → "d") or extra spaces: how typed choices match."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def capitalised(word: str) -> bool:
    """Whether ``word`` is written as a sentence begins it: a capital, then small letters
    ("Tỷ", "Ngành"); not an acronym ("USD", "GWh", "VSIP") nor one letter. Such a first
    word of a unit or a branch is lowered where it stands mid-sentence."""
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def lower_capitalised(word: str) -> str:
    """``word`` in lower case if ``capitalised`` ("Ước"), else as typed ("GSO")."""
    return word.lower() if capitalised(word) else word


def parse_number_text(text: str) -> Decimal | None:
    """Read a number typed as Vietnamese text ("52.716", "1.822,5"); None if it is not one.
    Spaces are dropped, every kind of them: "52 716", and the no-break, narrow no-break and
    thin spaces (U+00A0, U+202F, U+2009) of a number pasted from a PDF or a web page."""
    cleaned = "".join(text.split())
    if not _VN_NUMBER.match(cleaned):
        return None
    try:
        return Decimal(cleaned.replace(THOUSANDS_SEP, "").replace(DECIMAL_SEP, "."))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid numbers
        return None


END_MARK = "./."  # Decree 30: the end of a document's body
END_MARK_TYPED = r"\.\s*/+\s*\."  # as typed, spaces allowed: ". / .", a slash twice ".//."


def command_word(text: str) -> str:
    """``text`` as one word of a command to paste: between double quotes when it holds a
    space or a character a shell reads ("Sở A/baocao.toml" → "\"Sở A/baocao.toml\""); a
    Windows path's backslashes stay as they are."""
    if text and not any(c.isspace() or c in "\"'$`&;|<>()*?[]{}#~!" for c in text):
        return text
    return '"' + "".join(f"\\{c}" if c in '"$`' else c for c in text) + '"'


ECHO_LIMIT = 80  # characters of a typed value echoed in a message


def clipped(text: str, limit: int = ECHO_LIMIT) -> str:
    """``text`` as a message echoes what was typed: its first ``limit`` characters and "…"
    when longer (a 5 000-character --code was echoed whole)."""
    return text if len(text) <= limit else text[:limit] + "…"


def encloses(text: str, opener: str, closer: str) -> bool:
    """Whether ``text`` is one bracketed or quoted phrase: "(tăng khá)", not "(a) và (b)"."""
    if len(text) < 2 or text[0] != opener or text[-1] != closer:
        return False
    if opener == closer:
        return text.count(opener) == 2
    depth = 0
    for at, char in enumerate(text):
        depth += (char == opener) - (char == closer)
        if depth == 0 and at < len(text) - 1:
            return False
    return depth == 0


def parse_date_text(text: str) -> date | None:
    """Read a date typed as text "dd/mm/yyyy" ("15/03/2024"); None if it is not a real one."""
    match = _DATE_TEXT.match(text)
    try:
        return None if match is None else date(*(int(g) for g in reversed(match.groups())))
    except ValueError:
        return None


def serial_date_hint(value: object) -> str:
    """A hint for a number where a date was wanted, when it reads as Excel's serial of a
    day of 1990–2099 (the date typed into a cell formatted as a number): " (có lẽ là ngày
    15/03/2024 ở ô không định dạng ngày …)"; "" otherwise."""
    import datetime as dt

    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return ""
    if not 32874 <= value < 73051 or value != int(value):  # 01/01/1990 – 31/12/2099
        return ""
    day = dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
    return (
        f" (có lẽ là ngày {day:%d/%m/%Y} ở ô không định dạng ngày: hãy định dạng ô là "
        "ngày, hoặc gõ ngày dạng dd/mm/yyyy)"
    )


def not_a_number(label: str, shown: str, value: object) -> str:
    """The error for a value that is no number (TRUE, a date, a time) where column
    ``label`` needs one, quoting it as ``shown``; a date's or a time's says the number Excel
    holds behind it and how to show it (a column of figures formatted as dates shows 52716
    as 29/04/2044, as a time 0,5 as 12:00:00). Excel counts days from 1900, its 29/02/1900
    included, as openpyxl does."""
    import datetime as dt

    from baocao.openpyxlimport import openpyxl_module

    openpyxl_module()  # without numpy
    from openpyxl.utils.datetime import to_excel

    said = f"{label} cần một số, nhưng ô có {shown}"
    if not isinstance(value, dt.date | dt.time | dt.timedelta):
        return said + "."
    serial = Decimal(repr(to_excel(value)))
    held = format_number(serial, max(0, -int(serial.normalize().as_tuple().exponent)))
    shape = "ngày tháng" if isinstance(value, dt.date) else "giờ"
    return (
        f"{said}: ô được định dạng {shape}, số trong ô là «{held}». Nếu đó là số liệu, hãy "
        "đổi định dạng ô sang Số (Number) rồi lưu lại."
    )


def out_of_dates(label: str, time: bool = False, date_wanted: bool = False) -> str:
    """The error for a number in a cell formatted as a date (``time``: as a time or a
    duration) that no date is (past 31/12/9999), where column or key ``label`` needs a
    value (``date_wanted``: a date, "20240325" typed for one): Excel shows it "########",
    and its number is not known."""
    shape, what = ("giờ", "hiện thành giờ") if time else ("ngày tháng", "là một ngày")
    mend = (
        "Hãy gõ lại ngày theo dạng ngày/tháng/năm (ví dụ 25/3/2024)."
        if date_wanted
        else "Nếu đó là số liệu, hãy đổi định dạng ô sang Số (Number) rồi lưu lại."
    )
    return (
        f"{label}: ô được định dạng {shape}, nhưng số trong ô quá lớn để {what}, "
        f"nên Excel hiện «########». {mend}"
    )
