"""A market that is another ThongTin key's value, typed a row off: a yes/no answer ("có"),
a period's or a base's name ("cùng kỳ năm 2023", "tháng", "so với Kế hoạch năm"), or the
signer's authority line or title ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), or the index's assessment
word ("tăng khá", ``assessmentword.says_a_change``), as ``anotherkey.another_keys_value``
reads it. Each was printed as the largest market, "Thị trường xuất khẩu lớn nhất là cùng kỳ
năm 2023 và một số thị trường khác.", with exit code 0. Such a market is left out of the
report, with a warning at its cell."""

from __future__ import annotations

from baocao.anotherkey import another_keys_value
from baocao.cells import Reading

_KEYS = (
    ("export_markets", "thi_truong_xuat_khau", "xuất khẩu"),
    ("import_markets", "thi_truong_nhap_khau", "nhập khẩu"),
)


def misplaced_markets(ctx: Reading, title: str, fields: dict[str, object]) -> None:
    """The markets (as ``infotext.read_markets`` read them) without those that are another
    key's value, each with a warning at the key's cell."""
    for name, key, trade in _KEYS:
        markets = fields.get(name)
        if not isinstance(markets, tuple):
            continue
        kept = []
        for market in markets:
            why = another_keys_value(market, key)
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
