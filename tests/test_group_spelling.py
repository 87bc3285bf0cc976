"""One breakdown (``Nhóm``) typed with another case, spacing or marks in some of its rows:
each spelling made a breakdown of its own, its heading written again ("* Phân theo loại
hình kinh tế:" twice) and its sum checked alone (warnings of differences that are not
there). It is the first spelling's breakdown: a note, or a warning when marks differ."""

from __future__ import annotations

from pathlib import Path

from baocao.period import Period
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings

MARCH = Period(2025, 3)


def test_one_breakdown_typed_three_ways_is_one(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            row("x", 100),
            row("x.a", 50, parent="x", group="Phân theo loại hình kinh tế"),
            row("x.b", 30, parent="x", group="phân theo loại hình  kinh tế"),
            row("x.c", 20, parent="x", group="Phân theo loai hình kinh tế"),
        ],
    )
    texts = build_texts(tmp_path, MARCH)
    assert [t for t in texts if t.startswith("*")] == ["* Phân theo loại hình kinh tế:"]
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if c and c[0] in "DL"] == [
        (
            "INFO",
            "L4",
            "«Nhóm» có xuống dòng hoặc dấu cách thừa; được viết thành «phân theo loại hình "
            "kinh tế» (tên đứng giữa câu văn).",
        ),
        (
            "INFO",
            "L4",
            "«Nhóm» «phân theo loại hình kinh tế» được đọc là «Phân theo loại hình kinh tế» "
            "(ô L3).",
        ),
        (
            "WARNING",
            "L5",
            "«Nhóm» «Phân theo loai hình kinh tế» được đọc là «Phân theo loại hình kinh tế» "
            "(ô L3) dù khác dấu; nếu là nhóm khác, hãy đặt tên khác hẳn.",
        ),
    ]


def test_a_colon_typed_after_a_breakdown_is_no_other_mark(tmp_path: Path) -> None:
    """ "Trong đó:" under "Trong đó" was read as the one breakdown but with a warning "dù
    khác dấu", as if its letters differed: a false alarm that stops a --strict build. A
    colon or full stop typed after it is a note, as spacing is."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            row("x", 100),
            row("x.a", 50, parent="x", group="Trong đó"),
            row("x.b", 30, parent="x", group="Trong đó:"),
        ],
    )
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if c and c[0] in "DL"] == [
        ("INFO", "L4", "«Nhóm» «Trong đó:» được đọc là «Trong đó» (ô L3)."),
    ]
