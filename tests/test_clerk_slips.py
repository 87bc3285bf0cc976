"""A clerk's slips in the workbook's structure cells: a ``Nhóm`` typed with punctuation
after it, a ``Thuộc`` that names its own row or sits under a cycle of others."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings

MARCH = Period(2025, 3)


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        ("Phân theo loại hình,", "* Phân theo loại hình:"),
        ("Phân theo loại hình.", "* Phân theo loại hình:"),
        ("Phân theo loại hình :", "* Phân theo loại hình:"),
        ("Trong đó,", "Trong đó:"),
    ],
)
def test_group_typed_with_punctuation_is_headed_once_with_colon(
    tmp_path: Path, typed: str, heading: str
) -> None:
    """ "* Phân theo loại hình,:" was printed: the report adds its ":" after any end."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            row("x", 100),
            row("x.a", 60, parent="x", group=typed),
            row("x.b", 40, parent="x", group=typed.rstrip(",.: ")),
        ],
    )
    texts = build_texts(tmp_path, MARCH)
    assert [t for t in texts if t.startswith(("*", "Trong đó"))] == [heading]
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if c and c[0] == "L"] == [
        (
            "INFO",
            "L3",
            f"Đã bỏ dấu câu ở cuối «Nhóm» «{typed}»: báo cáo tự thêm dấu «:» sau tên nhóm.",
        )
    ]
