"""A breakdown row whose code begins with another row's code than its parent's."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings


def _warned(tmp_path: Path, code: str, parent: str) -> list[tuple[str, str]]:
    """The (cell, message) of each warning of a check of a breakdown in two groups and the
    row ``code`` listed under ``parent`` in a "Trong đó"."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100),
            row("a.fdi", 60, parent="a", group="Phân theo loại hình kinh tế"),
            row("a.nn", 40, parent="a", group="Phân theo loại hình kinh tế"),
            row("a.cb", 100, parent="a", group="Phân theo ngành"),
            row(code, 10, parent=parent, group="Trong đó"),
        ],
    )
    return [(str(c), m) for s, c, m in findings(tmp_path, Period(2025, 1)) if s == "WARNING"]


@pytest.mark.parametrize(
    ("code", "parent", "said"),
    [
        ("a.cb.tp", "a.fdi", True),  # office40: a slip to the other breakdown's row
        ("a.cb.tp", "a.cb", False),
        ("a.tp", "a.fdi", False),  # a product within a sector: «a» stands above it
        ("tp", "a.fdi", False),  # codes not written from their parent's
    ],
    ids=["other-row", "its-parent", "above", "undotted"],
)
def test_a_code_naming_another_row_than_its_parent_is_said(
    tmp_path: Path, code: str, parent: str, said: bool
) -> None:
    """office40: the third-level row «gtsx.cb.tp» (food, under processing industry) typed
    with «Thuộc» «gtsx.fdi» in a "Trong đó" list, no larger than that parent, was printed
    among the FDI sector's items with a clean check. A warning at its Thuộc."""
    warned = _warned(tmp_path, code, parent)
    assert warned == (
        [
            (
                "K6",
                "«Thuộc» của «a.cb.tp» ghi «a.fdi», nhưng mã «a.cb.tp» bắt đầu bằng mã «a.cb» "
                "của chỉ tiêu «Chỉ tiêu a.cb» (hàng 5): báo cáo sẽ viết dòng này dưới "
                "«a.fdi». Nếu nó thuộc «a.cb», hãy ghi «a.cb» vào ô «Thuộc»; nếu đúng là "
                "thuộc «a.fdi», hãy đặt mã khác cho khỏi nhầm.",
            )
        ]
        if said
        else []
    )


@pytest.mark.parametrize(
    ("code", "parent"),
    [("a.fdi.cb", "a.cb"), ("a.cb.fdi", "a.fdi")],
    ids=["sector-first", "branch-first"],
)
def test_a_code_naming_its_parent_and_another_row_is_quiet(
    tmp_path: Path, code: str, parent: str
) -> None:
    """review29: a row crossing two breakdowns, the FDI sector's part of processing industry,
    coded from both rows' codes («a.fdi.cb») and listed under either («a.cb»), is correct:
    its code names its parent too. It was warned «… bắt đầu bằng mã «a.fdi» …»."""
    assert _warned(tmp_path, code, parent) == []
