"""The same indicator twice under two codes (a row added under a new code, the old one
left): the report wrote both sentences without a word. A warning at the second name."""

from __future__ import annotations

from pathlib import Path

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

MARCH = Period(2025, 3)


def named(code: str, name: str, *figures: object, **extra: object) -> tuple[object, ...]:
    cells = list(row(code, *figures, **extra))
    cells[1] = name
    return tuple(cells)


def test_one_indicator_under_two_codes_is_a_warning(tmp_path: Path) -> None:
    """One name (case and marks' places aside) under one parent and group, or one branch
    of the index twice; the same name under another parent is another indicator."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            named("xk", "Kim ngạch xuất khẩu", 100),
            named("xk2", "Kim ngạch xuất  khẩu", 100),
            named("x", "Bán lẻ", 50),
            named("x.a", "Khu vực nhà nước", 20, parent="x", group="Trong đó"),
            named("xk.a", "Khu vực Nhà nước", 20, parent="xk", group="Trong đó"),
            named("xk.b", "Khu vực Nhà nuớc", 20, parent="xk", group="Trong đó"),
        ],
        [
            ("iip", "Toàn ngành", 110),
            ("iip.a", "ngành khai khoáng", 105),
            ("iip.b", "Ngành khai khoáng", 106),
        ],
    )
    said = (
        "«{}» «{}» của mã «{}» trùng tên với mã «{}» (hàng {}), nên báo cáo viết {} "
        "này hai lần. Nếu là cùng một {}, hãy xóa một dòng; nếu khác, hãy đặt tên khác."
    )
    branch = ("Ngành", "ngành khai khoáng", "iip.b", "iip.a", 3, "ngành", "ngành")
    assert [f for f in findings(tmp_path, MARCH) if "trùng tên" in f[2]] == [
        ("WARNING", "B4", said.format(*branch)),  # office28: it said "chỉ tiêu" of a branch
        (
            "WARNING",
            "B3",
            said.format("Chỉ tiêu", "Kim ngạch xuất khẩu", "xk2", "xk", 2, *["chỉ tiêu"] * 2),
        ),
        (
            "WARNING",
            "B7",
            said.format("Chỉ tiêu", "Khu vực Nhà nuớc", "xk.b", "xk.a", 6, *["chỉ tiêu"] * 2),
        ),
    ]


def test_one_name_under_two_headings_is_two_indicators(tmp_path: Path) -> None:
    """ "Số cuộc kiểm tra" of market control and of food safety: two rows without a parent,
    each in its own Mục and written there; it was a warning that the report wrote the
    indicator twice. Under one Mục (the blank one continuing it) it still is."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            named("qltt", "Số cuộc kiểm tra", 5, section="Công tác quản lý thị trường"),
            named("attp", "Số cuộc kiểm tra", 3, section="Công tác an toàn thực phẩm"),
            named("attp2", "số cuộc kiểm tra", 3, section=None),
        ],
    )
    said = (
        "«Chỉ tiêu» «số cuộc kiểm tra» của mã «attp2» trùng tên với mã «attp» (hàng 3), nên "
        "báo cáo viết chỉ tiêu này hai lần. Nếu là cùng một chỉ tiêu, hãy xóa một dòng; nếu "
        "khác, hãy đặt tên khác."
    )
    assert [f for f in findings(tmp_path, MARCH) if "trùng tên" in f[2]] == [
        ("WARNING", "B4", said)
    ]


def test_a_row_before_the_first_heading_is_under_it(tmp_path: Path) -> None:
    """A row without Mục above the first heading is written under that heading: the same
    name there and under the heading is one indicator twice (it was said nothing of)."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            named("kt2", "Số cuộc kiểm tra", 5),
            named("kt1", "Số cuộc kiểm tra", 5, section="Công tác quản lý thị trường"),
        ],
    )
    assert [(s, c) for s, c, m in findings(tmp_path, MARCH) if "trùng tên" in m] == [
        ("WARNING", "B3")
    ]
