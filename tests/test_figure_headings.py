"""Mục of ChiTieu: a heading that the report leaves out is said, one it writes is not."""

from __future__ import annotations

from pathlib import Path

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

HEADING = (None,) * 13  # a ChiTieu row with only its Mục (the 14th column)


def warnings_of(folder: Path, period: Period) -> list[tuple[str, str, str]]:
    return [(s, str(c), m) for s, c, m in findings(folder, period) if s == "WARNING"]


def test_a_heading_over_breakdown_rows_only_is_said(tmp_path: Path) -> None:
    """A Mục over rows that all have Thuộc (written with their parent, in the parent's
    subsection), typed as a heading row or on a breakdown row itself, vanished from the
    report without a word; it is a warning at the Mục that says why and what to do."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100, section="Về công nghiệp"),
            (*HEADING, "Về thương mại"),
            row("a1", 60, parent="a", group="Phân theo ngành"),
            row("a2", 40, parent="a", group="Phân theo ngành"),
            row("c", 5, section="Về xuất khẩu"),
            row("c1", 5, parent="c", section="Về dịch vụ"),
        ],
    )
    why = (
        "không có chỉ tiêu nào nên không có trong báo cáo. Các dòng dưới mục này đều có "
        "«Thuộc», nên được viết cùng chỉ tiêu mẹ, ở mục của chỉ tiêu mẹ. Nếu có dòng là chỉ "
        "tiêu riêng của mục này, hãy xóa «Thuộc» của dòng đó; nếu không, hãy xóa «Mục» ở đây."
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == [
        ("WARNING", "N3", f"«Mục» «Về thương mại» {why}"),
        ("WARNING", "N7", f"«Mục» «Về dịch vụ» {why}"),
    ]


def test_a_heading_typed_again_on_breakdown_rows_of_its_subsection_is_not_said(
    tmp_path: Path,
) -> None:
    """Breakdown rows typed with their parent's Mục again, below another subsection's row:
    the subsection is written (with the parent), so nothing is said of it."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100, section="Về công nghiệp"),
            row("b", 50, section="Về thương mại"),
            row("a1", 60, parent="a", group="Phân theo ngành", section="Về công nghiệp"),
            row("a2", 40, parent="a", group="Phân theo ngành"),
        ],
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == []


def test_a_heading_the_index_paragraph_fills_is_no_empty_one(tmp_path: Path) -> None:
    """A ChiTieu heading row of the Mục the index is written in (its industrial rows
    deleted, the heading kept to order the subsections) was warned "không có chỉ tiêu nào
    nên không có trong báo cáo" though the report writes it, with the index paragraph."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [(*HEADING, "Về công nghiệp"), row("b", 100, section="Về thương mại")],
        [("iip", "Toàn ngành", 105, None, None, None, None, "về  công nghiệp")],
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == []


def test_headings_typed_ahead_of_their_rows_are_not_said(tmp_path: Path) -> None:
    """Heading rows typed one after another at the top (the subsections' order), each
    Mục typed again on its rows below: each heading was warned "không có chỉ tiêu nào nên
    không có trong báo cáo" though the report writes both subsections. A heading that no
    row fills further down is still said."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            (*HEADING, "Về công nghiệp"),
            (*HEADING, "Về thương mại"),
            (*HEADING, "Về dịch vụ"),
            row("a", 100, section="Về công nghiệp"),
            row("b", 100, section="Về thương mại"),
        ],
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == [
        (
            "WARNING",
            "N4",
            "«Mục» «Về dịch vụ» không có chỉ tiêu nào nên không có trong báo cáo. Hãy viết nội "
            "dung dưới mục này, hoặc xóa dòng nếu tháng này không có.",
        )
    ]
