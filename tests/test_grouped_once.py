"""A breakdown's ``Nhóm`` typed on one row only (office19): the blank rows were a "Trong
đó:" list of their own, the typed one a breakdown of one row, and check said for each
column that neither adds up ("tổng các chỉ tiêu con của «x» lệch -40", "tổng nhóm «…»
lệch -60"), naming no ``Nhóm`` cell. One warning at the first blank ``Nhóm`` now."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_figures import month_book, row
from test_surely_wrong import APRIL, findings, only

GROUP = "Phân theo ngành"


@pytest.mark.parametrize(
    ("groups", "at", "blank", "typed", "typed_at"),
    [
        ((None, None, GROUP), "L3", "«x.a», «x.b»", "x.c", "L5"),
        ((GROUP, None, None), "L4", "«x.b», «x.c»", "x.a", "L3"),
    ],
)
def test_a_group_typed_on_one_row_only_is_one_warning(
    tmp_path: Path,
    groups: tuple[str | None, ...],
    at: str,
    blank: str,
    typed: str,
    typed_at: str,
) -> None:
    (tmp_path / "data").mkdir()
    parts = [
        row(code, value, value - 5, ytd=value * 4, parent="x", group=group)
        for code, value, group in zip(("x.a", "x.b", "x.c"), (30, 30, 40), groups, strict=True)
    ]
    month_book(tmp_path / "data", APRIL, {}, [row("x", 100, 85, ytd=400), *parts])
    assert only(findings(tmp_path, APRIL), "WARNING") == [
        (
            "WARNING",
            at,
            f"«Nhóm» của {blank} để trống, còn của «{typed}» (ô {typed_at}) ghi «{GROUP}»: "
            "báo cáo viết các dòng để trống thành danh sách «Trong đó:» riêng, tách khỏi nhóm "
            f"«{GROUP}», mà các dòng chỉ cộng lại bằng số của «x» khi gộp làm một (30 + 30 + "
            f"40 = 100). Có lẽ «Nhóm» chỉ được gõ ở một dòng: hãy ghi «{GROUP}» vào «Nhóm» "
            "của các dòng còn lại.",
        )
    ]


def test_blank_rows_adding_up_by_themselves_are_another_breakdown(tmp_path: Path) -> None:
    """Blank rows that make the parent alone beside a named breakdown that does too (exports
    of domestic and foreign firms, and by market): two breakdowns, said nothing."""
    (tmp_path / "data").mkdir()
    rows = [
        row("x", 100, ytd=400),
        row("x.a", 60, ytd=240, parent="x"),
        row("x.b", 40, ytd=160, parent="x"),
        row("x.c", 70, ytd=280, parent="x", group=GROUP),
        row("x.d", 30, ytd=120, parent="x", group=GROUP),
    ]
    month_book(tmp_path / "data", APRIL, {}, rows)
    assert only(findings(tmp_path, APRIL), "WARNING") == []
