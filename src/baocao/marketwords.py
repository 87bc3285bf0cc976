"""A market that is another ThongTin key's value, typed a row off: a yes/no answer ("có"),
a period's or a base's name ("cùng kỳ năm 2023", "tháng", "so với Kế hoạch năm"), or the
signer's authority line or title ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), or the index's assessment
word ("tăng khá", ``assessmentword.says_a_change``). Each was printed as the largest market,
"Thị trường xuất khẩu lớn nhất là cùng kỳ năm 2023 và một số thị trường khác.", with exit
code 0. Such a market is left out of the report, with a warning at its cell."""

from __future__ import annotations

import re

from baocao.assessmentword import base_only, says_a_change
from baocao.cells import Reading
from baocao.phrasekeys import is_answer
from baocao.vnformat import plain_text

_KEYS = (
    ("export_markets", "thi_truong_xuat_khau", "xuất khẩu"),
    ("import_markets", "thi_truong_nhap_khau", "nhập khẩu"),
)
# An authority line ("KT. GIÁM ĐỐC", with its full stop: "TL" alone may be Thái Lan) or a
# title, in plain text.
_SIGNER = re.compile(r"^(?:kt|tm|tl|tuq)\.\s|\bgiam doc\b|\bchu tich\b")


def _misplaced(market: str) -> str | None:
    """What ``market`` reads as when it is another key's value, else None."""
    plain = plain_text(market)
    if is_answer(market):
        return "một câu trả lời có/không"
    if _SIGNER.search(plain):
        return "dòng thẩm quyền ký hoặc chức vụ người ký"
    if base_only(plain):
        return "tên một kỳ báo cáo hoặc kỳ so sánh"
    if says_a_change(market):
        return "lời nhận định mức thay đổi (như ở khóa «nhan_dinh_sxcn»)"
    return None


def misplaced_markets(ctx: Reading, title: str, fields: dict[str, object]) -> None:
    """The markets (as ``infotext.read_markets`` read them) without those that are another
    key's value, each with a warning at the key's cell."""
    for name, key, trade in _KEYS:
        markets = fields.get(name)
        if not isinstance(markets, tuple):
            continue
        kept = []
        for market in markets:
            why = _misplaced(market)
            if why is None:
                kept.append(market)
                continue
            ctx.warn(
                title,
                ctx.locator.info.get(key),
                f"Khóa «{key}» ghi «{market}»: đây là {why}, không phải tên thị trường (câu "
                f"văn sẽ thành «Thị trường {trade} lớn nhất là {market}…»), nên không được "
                "đưa vào báo cáo. Hãy ghi các thị trường, cách nhau bằng dấu «;», hoặc để "
                "trống ô.",
            )
        fields[name] = tuple(kept)
