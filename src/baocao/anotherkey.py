"""Another ThongTin key's value typed a row off at a key whose text stands in a sentence:
the index's assessment word (``nhan_dinh_sxcn``), printed "Chỉ số sản xuất công nghiệp
tháng 11/2022 tỉnh Yên Bái KT. GIÁM ĐỐC, ước tăng 13,83% …", or a market (the markets
keys), printed "Thị trường xuất khẩu lớn nhất là cùng kỳ năm 2023 và …", each with exit
code 0. Such a value is left out of the report, with a warning at its cell
(``plausible.check_assessment``, ``marketwords.misplaced_markets``).

One classifier for both keys, so what each takes for another key's value does not drift
(the plan's name and "chủ tịch" were once left out among the markets only): the signer's
authority line or title ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "chủ tịch") and a period's or a
base's name ("cùng kỳ năm 2023", "tháng", "so với Kế hoạch năm") at either; at the
assessment word's key, the markets ("Trung Quốc; Hàn Quốc", or a name, "Hoa Kỳ",
``assessmentword.names_a_place``); at a market's, a yes/no answer ("có") and the
assessment word ("tăng khá", ``assessmentword.says_a_change``)."""

from __future__ import annotations

import re

from baocao.assessmentword import base_only, changes_listed, names_a_place, says_a_change
from baocao.phrasekeys import is_answer
from baocao.signerstops import AUTHORITIES
from baocao.vnformat import plain_text

ASSESSMENT_KEY = "nhan_dinh_sxcn"
# An authority line ("KT. GIÁM ĐỐC") or a title, in plain text.
_ABBREVIATIONS = "|".join(AUTHORITIES).lower()
_AUTHORITY = re.compile(rf"^(?:{_ABBREVIATIONS})\.\s|\bgiam doc\b|\bchu tich\b")
# An authority's abbreviation without its full stop ("TM ỦY BAN …", "TL"): not among the
# markets, where "TL" alone is Thái Lan, as a list may shorten it; so "KH" alone there is
# Cambodia's code, not the plan's abbreviation ("KH năm" is the plan's).
_BARE_ABBREVIATION = re.compile(rf"^(?:{_ABBREVIATIONS})\b")


def another_keys_value(text: str, key: str) -> str | None:
    """What ``text``, typed at ThongTin's ``key`` (``nhan_dinh_sxcn``, or a markets key for
    one market), reads as when it is another key's value, else None."""
    plain = plain_text(text)
    market = key != ASSESSMENT_KEY
    if market and is_answer(text):  # at the assessment word's, an error (phrasekeys)
        return "một câu trả lời có/không"
    if not market and ";" in text and changes_listed(text) is None:  # the markets' separator
        return "một danh sách (các mục cách nhau bằng dấu «;»), như các thị trường"
    if _AUTHORITY.search(plain) or (not market and _BARE_ABBREVIATION.search(plain)):
        return "dòng thẩm quyền ký hoặc chức vụ người ký"
    if base_only(plain) and not (market and text.split() == ["KH"]):
        return "tên một kỳ báo cáo hoặc kỳ so sánh"
    if market:
        return (
            "lời nhận định mức thay đổi (như ở khóa «nhan_dinh_sxcn»)"
            if says_a_change(text)
            else None
        )
    # After the others: "Phó Giám Đốc", "Cùng Kỳ" are capitalised too.
    return "một tên riêng, như tên một thị trường" if names_a_place(text) else None
