"""A figure typed as text in the English convention ("6,786.2", "101.35", "1,234,567"), which the
Vietnamese one does not read (a dot groups thousands, a comma sets the decimals): its error
said only «… cần một số, nhưng ô có «6,786.2»». It now says how the number is written; so
it does for a Vietnamese number whose decimal comma was typed as a dot ("9.332.3"), and for
a percentage typed as text with its sign ("12,5%" in a cell formatted as Text): figures of
percent are typed without it."""

from __future__ import annotations

import re

from baocao.sheets import MAX_NUMBER
from baocao.vnformat import parse_number_text

# Digits grouped by commas in threes, or not grouped, then a dot and decimals; or digits
# grouped by commas in threes twice or more ("1,234,567"; "1,234" the Vietnamese way reads).
_ENGLISH = re.compile(r"[+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)\.\d+|\d{1,3}(?:,\d{3}){2,})")
# Digits grouped by dots in threes, then a dot and one or two digits, which no thousands'
# group is: the decimal comma typed as a dot ("9.332.3" for 9.332,3).
_DOT_FOR_COMMA = re.compile(r"[+-]?\d{1,3}(?:\.\d{3})+\.\d{1,2}")


# A number, then the percent sign: "12,5%", "111,25 %", "-3%".
_PERCENT = re.compile(r"[+-]?\d[\d.,]*\s*%")


def number_hint(text: str) -> str:
    """The advice for ``text``, a number no Vietnamese reading took: ``percent_hint``'s,
    else ``english_hint``'s."""
    return percent_hint(text) or english_hint(text)


def percent_hint(text: str) -> str:
    """The advice for ``text`` when it is a number with a percent sign; else ""."""
    if _PERCENT.fullmatch(text) is None:
        return ""
    number = text.rstrip("%").rstrip()
    if parse_number_text(number) is None and _ENGLISH.fullmatch(number):  # "12.5", "1,234.5"
        number = _vietnamese_way(number)
    read = parse_number_text(number)
    if read is None or abs(read) >= MAX_NUMBER:  # advice the next check would refuse again
        return ""
    return f" Số phần trăm được ghi là một số, không kèm dấu «%»: hãy ghi «{number}»."


def _vietnamese_way(text: str) -> str:
    """``text``, a number written in the English convention, in the Vietnamese one."""
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def english_hint(text: str) -> str:
    """The advice for ``text``, a number no Vietnamese reading took, when it is written in
    the English convention, or with its decimal comma typed as a dot; else ""."""
    if _DOT_FOR_COMMA.fullmatch(text):
        written = text[: text.rindex(".")] + "," + text[text.rindex(".") + 1 :]
        return (
            " Có lẽ dấu «,» ngăn phần thập phân đã gõ nhầm thành dấu «.» cuối cùng (dấu «.» chỉ "
            f"ngăn hàng nghìn, mỗi nhóm ba chữ số): nếu vậy, hãy ghi «{written}», hoặc nhập số "
            "vào ô định dạng Số."
        )
    if _ENGLISH.fullmatch(text) is None:
        return ""
    written = _vietnamese_way(text)
    return (
        " Có lẽ số được gõ theo kiểu tiếng Anh (dấu «.» ngăn phần thập phân, dấu «,» ngăn "
        f"hàng nghìn): nếu vậy, hãy ghi «{written}», hoặc nhập số vào ô định dạng Số."
    )
