"""An assessment word of the index (``nhan_dinh_sxcn``) that is another key's value, typed a
row off in ThongTin: the signer's authority line above it ("KT. GIÁM ĐỐC"), the export
markets below it ("Trung Quốc; Hàn Quốc"), or a period's or a base's name ("cùng kỳ năm
2021", "tháng"). Each was printed where the word stands, "Chỉ số sản xuất công nghiệp tháng
11/2022 tỉnh Yên Bái KT. GIÁM ĐỐC, ước tăng 13,83% …", with exit code 0. Such a word is
left out of the report, with a warning at its cell (``plausible.check_assessment``)."""

from __future__ import annotations

import re

from baocao.vnformat import plain_text

# An authority line or a title: "KT. GIÁM ĐỐC", "TM. …", "PHÓ GIÁM ĐỐC".
_SIGNER = re.compile(r"^(?:kt|tm|tl|tuq)\b|\bgiam doc\b")
# The words of a period's or a base's name, in plain text: nothing of a change is left
# when they are taken out ("cùng kỳ năm 2021", "tháng 11/2022", "quý IV", "so với tháng trước").
PERIOD_WORDS = frozenset(
    {"so", "voi", "cung", "ky", "ki", "thoi", "gian", "diem", "thang", "truoc", "nam", "ngoai"}
    | {"nay", "quy", "ca", "dau", "cuoi", "i", "ii", "iii", "iv"}
)


def misplaced(word: str) -> str | None:
    """What ``word`` reads as when it is another key's value, else None."""
    plain = plain_text(word)
    if ";" in word:
        return "một danh sách (các mục cách nhau bằng dấu «;»), như các thị trường"
    if _SIGNER.search(plain):
        return "dòng thẩm quyền ký hoặc chức vụ người ký"
    if period_only(plain):
        return "tên một kỳ báo cáo hoặc kỳ so sánh"
    return None


def period_only(plain: str) -> bool:
    """Whether ``plain`` (plain text) holds words and all of them name a period or a base:
    "cùng kỳ năm 2021", "tháng", "cả năm"."""
    tokens = re.findall(r"[^\W\d_]+", plain)
    return bool(tokens) and all(t in PERIOD_WORDS for t in tokens)
