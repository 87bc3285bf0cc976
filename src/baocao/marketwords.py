"""A market that is another ThongTin key's value, typed a row off: a yes/no answer ("có"),
a period's or a base's name ("cùng kỳ năm 2023", "tháng", "so với Kế hoạch năm"), or the
signer's authority line or title ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), or the index's assessment
word ("tăng khá", ``assessmentword.says_a_change``), as ``anotherkey.another_keys_value``
reads it. Each was printed as the largest market, "Thị trường xuất khẩu lớn nhất là cùng kỳ
năm 2023 và một số thị trường khác.", with exit code 0. Such a market is left out of the
report, with a warning at its cell. A market typed in capitals ("TRUNG QUỐC", ``celltext.
shouted``) is a warning, and one all in small letters ("trung quốc") a note: each is
printed as typed, mid-sentence, where a name opens its words with capitals; a group typed in
small letters ("các nước khác", ``_GROUP_WORDS``) is no name and is said nothing.

A market pasted in another language, from a customs table or a partner's list ("USA;
China; Korea", "中国; 韩国"), was printed so with exit code 0: "Thị trường xuất khẩu lớn
nhất là USA, sau đó là China, …" (the Chinese, which has no small letters, got the note for
names in small letters, asking for capitals). A warning at the cell, asking for the
Vietnamese name, and no word about its case. Foreign means written in Han, kana or Hangul,
or one of the English names in ``_ENGLISH`` of a country Vietnamese names otherwise;
names Vietnamese writes as English does ("Canada", "Singapore", "Malaysia", "Australia",
"Hong Kong", "EU") are no slip."""

from __future__ import annotations

from collections import Counter

from baocao.anotherkey import another_keys_value
from baocao.cells import Reading
from baocao.celltext import shouted
from baocao.sheets import normalize_header
from baocao.vnformat import plain_text

# Words of a group of markets, no name ("các nước khác", "thị trường khác", "khu vực châu
# Âu"), in plain text.
_GROUP_WORDS = frozenset({"cac", "khac", "nuoc", "thi", "truong", "khoi", "khu", "vuc", "chau"})
# English names (case-folded, full stops dropped) of countries Vietnamese names otherwise:
# "USA" is "Hoa Kỳ", "Korea" "Hàn Quốc".
_ENGLISH = frozenset(
    {
        "usa", "us", "united states", "united states of america", "america", "china", "prc",
        "korea", "south korea", "republic of korea", "japan", "taiwan", "germany", "france",
        "netherlands", "the netherlands", "holland", "india", "thailand", "russia",
        "united kingdom", "uk", "england", "britain", "great britain", "spain", "italy",
        "belgium", "switzerland", "sweden", "poland", "turkey", "cambodia", "laos", "denmark",
        "norway", "finland", "austria", "czech republic", "czechia", "greece", "portugal",
        "south africa", "egypt", "saudi arabia", "european union",
    }
)  # fmt: skip
# Han, kana and Hangul: a name pasted in Chinese, Japanese or Korean script (ranges of
# code points; a regex class of them took 2 ms to compile at every start).
_EAST_ASIAN = (
    (0x3040, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
)
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
        foreign = [m for m in kept if _foreign(m)]
        if foreign:
            names = ", ".join(f"«{m}»" for m in foreign)
            ctx.warn(
                title,
                ctx.locator.info.get(key),
                f"Khóa «{key}» ghi thị trường {names} bằng tiếng nước ngoài, và câu văn in "
                f"nguyên như vậy («Thị trường {trade} lớn nhất là {kept[0]}…»). Hãy ghi tên "
                "tiếng Việt của nước đó (ví dụ «Hoa Kỳ», «Trung Quốc», «Hàn Quốc»).",
            )
        _typed_case(ctx, title, key, trade, tuple(m for m in kept if m not in foreign))


def _foreign(market: str) -> bool:
    """The market written in another language (see the module's docstring)."""
    typed = " ".join(market.casefold().replace(".", " ").split())
    return (
        typed in _ENGLISH
        or typed.replace(" ", "") in _ENGLISH
        or any(lo <= ord(c) <= hi for c in market for lo, hi in _EAST_ASIAN)
    )


def _typed_case(ctx: Reading, title: str, key: str, trade: str, markets: tuple[str, ...]) -> None:
    """One warning for the markets of ``key`` typed in capitals, one note for those in small
    letters (see the module's docstring)."""
    ref = ctx.locator.info.get(key)
    # One typed twice is said so already (``infotext.read_markets``): one word for one slip.
    typed = Counter(map(normalize_header, markets))  # as read_markets counts them
    once = [m for m in markets if typed[normalize_header(m)] == 1]
    loud = [m for m in once if shouted(m)]
    low = [
        m
        for m in once
        if m == m.lower() and any(c.isalpha() for c in m)
        if not _GROUP_WORDS & set(plain_text(m).split())
    ]
    for found, said, say in (
        (loud, "toàn chữ hoa", ctx.warn),
        (low, "toàn chữ thường", ctx.note),
    ):
        if found:
            names = ", ".join(f"«{m}»" for m in found)
            say(
                title,
                ref,
                f"Khóa «{key}» ghi thị trường {names} {said}, và câu văn in nguyên như vậy "
                f"(«Thị trường {trade} lớn nhất là {found[0]}…»). Tên thị trường là tên riêng: "
                "hãy viết hoa chữ đầu mỗi tiếng (ví dụ «Trung Quốc», «Hàn Quốc»).",
            )
