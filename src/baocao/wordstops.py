"""A sentence's end typed inside the index's assessment word (``nhan_dinh_sxcn``): "tăng khá
so với cùng kỳ. Tuy nhiên, giảm nhẹ so với tháng trước" stands in the middle of the index's
sentence, which it breaks in two ("… tỉnh X tăng khá so với cùng kỳ. Tuy nhiên, giảm nhẹ so
với tháng trước, ước tăng 4,00% …"), the second without its subject. The word is printed as
typed, with a warning at its cell: how to join it is the office's to choose."""

from __future__ import annotations

import re

from baocao.cells import Reading
from baocao.signerstops import AUTHORITIES

# A word (or a figure, "5%"), a full stop, "!" or "?", spaces, and the next word.
_STOP = re.compile(r"(?<!\S)(\S+?)([.!?]+)\s+([^\W\d_]+)")
# Abbreviations a stop ends inside a sentence, in small letters ("TP. Hồ Chí Minh", "Tx.
# Sơn Tây", "Cty. ABC", "KCN. Quang Châu", "TS. Nguyễn Văn A", an authority's
# "KT. GIÁM ĐỐC"); a letter alone is one too ("H. Lục Nam", "Q. Ba Đình").
_ABBREVIATIONS = frozenset(
    {"tp", "tx", "tt", "cty", "ctcp", "kcn", "ccn", "ts"}
    | {"ths", "ks", "gs", "pgs", "bs", "tr", "st", "đ/c", "tnhh"}
    | {word.lower() for word in AUTHORITIES}
    | {"co"}  # a company's English name: "Samsung Electronics Co. Ltd"
)

# An abbreviation opens a bracket or a quote as typed ("(TP. Thủ Đức)", "«Cty. ABC»").
_OPENING = "([{«\"'“‘"


def sentence_ends(word: str) -> list[str]:
    """The sentence ends inside ``word``, each as typed with the words around it: a stop
    after a word or a figure that is no abbreviation (``_ABBREVIATIONS``, a letter alone),
    followed by a word opening with a capital ("… cùng kỳ. Tuy nhiên …", "Tăng Khá. Giảm
    Nhẹ")."""
    return [
        f"{stop[1]}{stop[2]} {stop[3]}"
        for stop in _STOP.finditer(word)
        if (stem := stop[1].lstrip(_OPENING)).lower() not in _ABBREVIATIONS
        and not (len(stem) == 1 and stem.isalpha())
        and stop[3][0].isupper()
    ]


def word_with_stops(ctx: Reading, title: str, fields: dict[str, object], cell: str | None) -> None:
    """A warning at ``cell`` when the assessment word holds a sentence's end
    (``sentence_ends``)."""
    word = fields.get("iip_assessment")
    if not isinstance(word, str):
        return
    ends = sentence_ends(" ".join(word.split()))
    if not ends:
        return
    ctx.warn(
        title,
        cell,
        f"Khóa «nhan_dinh_sxcn» có dấu kết thúc câu ở giữa («{ends[0]}»), mà lời nhận định "
        "đứng giữa câu chỉ số sản xuất công nghiệp: báo cáo in nguyên như vậy, câu bị tách làm "
        "hai và câu sau thiếu chủ ngữ. Hãy nối các ý bằng dấu phẩy (ví dụ «tăng khá so với cùng "
        "kỳ, giảm nhẹ so với tháng trước»), hoặc viết ý sau trong phần hoạt động.",
    )
