"""A ``Mục``'s own number typed tight against its name, or with a slash, is dropped too."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_numbered_headings import NUMBER, headings_and_notes


@pytest.mark.parametrize(
    ("sections", "activities", "headings", "notes"),
    [
        pytest.param(
            ("Về sản xuất", "2.Về thương mại"),
            ("3/ Công tác khác", "4 . Công tác thanh tra"),
            ("Về sản xuất", "Về thương mại", "Công tác khác", "Công tác thanh tra"),
            [
                ("N3", NUMBER.format("2.", "2.Về thương mại")),
                ("A2", NUMBER.format("3/", "3/ Công tác khác")),
                ("A4", NUMBER.format("4 .", "4 . Công tác thanh tra")),
            ],
            id="tight-slash-spaced",  # office40: "2. 2.Về thương mại" was printed
        ),
        pytest.param(
            ("Về sản xuất", "Về thương mại"),
            ("30/4 Ngày hội", "1.000 hồ sơ trực tuyến"),
            ("Về sản xuất", "Về thương mại", "30/4 Ngày hội", "1.000 hồ sơ trực tuyến"),
            [],
            id="date-and-thousands",  # a digit after the mark: the heading's own words
        ),
    ],
)
def test_a_heading_number_tight_or_slashed_is_dropped(
    tmp_path: Path,
    sections: tuple[str, str],
    activities: tuple[str, str],
    headings: tuple[str, ...],
    notes: list[tuple[str, str]],
) -> None:
    """office40: «Mục» "2.Về hoạt động thương mại" (no space after its number), "2/ Về …"
    and "2 . Về …" printed "2. 2.Về hoạt động thương mại" with a clean check, where "2. Về
    …" had its number dropped with a note."""
    got, said = headings_and_notes(tmp_path, sections, [], activities)
    assert [h.split(" ", 1)[1] for h in got] == list(headings)
    assert [(str(c), m) for _, c, m in said] == notes


def test_a_heading_opening_with_a_documents_number_is_kept(tmp_path: Path) -> None:
    """review29: a heading that opens with a document's number and symbol ("15/KH-UBND về
    …", the plan it reports on) lost its number, printed "KH-UBND về …", with the note
    «Đã bỏ «15/» …»: the slash there is the document number's own, not a list mark."""
    got, said = headings_and_notes(
        tmp_path,
        ("Về sản xuất", "Về thương mại"),
        [],
        ("15/KH-UBND về thương mại điện tử", "2/ Công tác khác"),
    )
    assert [h.split(" ", 1)[1] for h in got] == [
        "Về sản xuất",
        "Về thương mại",
        "15/KH-UBND về thương mại điện tử",
        "Công tác khác",
    ]
    assert [(str(c), m) for _, c, m in said] == [("A4", NUMBER.format("2/", "2/ Công tác khác"))]


def test_industry_4_0_opening_a_heading_is_kept(tmp_path: Path) -> None:
    """mends40: «Mục» "4.0 chuyển đổi số" was printed "Chuyển đổi số", with the note «Đã bỏ
    «4.0» …»: "4.0" (the fourth industrial revolution) was read as a heading's number "1.2".
    No heading's number has a part 0; a real "1.2 Về …" is still dropped."""
    got, said = headings_and_notes(
        tmp_path,
        ("4.0 chuyển đổi số", "1.2 Về thương mại"),
        [],
        ("Cách mạng công nghiệp 4.0 và kinh tế số", "4.0 và kinh tế số"),
    )
    assert [h.split(" ", 1)[1] for h in got] == [
        "4.0 chuyển đổi số",
        "Về thương mại",
        "Cách mạng công nghiệp 4.0 và kinh tế số",
        "4.0 và kinh tế số",
    ]
    assert [(str(c), m) for _, c, m in said] == [("N3", NUMBER.format("1.2", "1.2 Về thương mại"))]


@pytest.mark.parametrize(
    ("sections", "activities", "headings", "notes"),
    [
        pytest.param(
            ("2.1.Về sản xuất", "II.Về thương mại"),
            ("I.1.Công tác khác", "III/ Công tác thanh tra"),
            ("Về sản xuất", "Về thương mại", "Công tác khác", "Công tác thanh tra"),
            [
                ("N2", NUMBER.format("2.1.", "2.1.Về sản xuất")),
                ("N3", NUMBER.format("II.", "II.Về thương mại")),
                ("A2", NUMBER.format("I.1.", "I.1.Công tác khác")),
                ("A4", NUMBER.format("III/", "III/ Công tác thanh tra")),
            ],
            id="dotted-and-roman",  # "1. 2.1.Về sản xuất", "2. II.Về thương mại" were printed
        ),
        pytest.param(
            ("4.0.Về sản xuất", "V.I.P khách hàng"),
            ("2025 năm thực hiện", "V/v thương mại điện tử"),
            ("4.0.Về sản xuất", "V.I.P khách hàng", "2025 năm thực hiện", "V/v thương mại điện tử"),
            [],
            id="not-a-number",  # "4.0", a year, initials, "V/v" (về việc): the heading's own
        ),
    ],
)
def test_a_dotted_or_roman_heading_number_typed_tight_is_dropped(
    tmp_path: Path,
    sections: tuple[str, str],
    activities: tuple[str, str],
    headings: tuple[str, ...],
    notes: list[tuple[str, str]],
) -> None:
    """mends40: "2.1.Về …" and "II.Về …" (no space after the number) kept their number, and
    the report numbered them again ("1. 2.1.Về sản xuất"), where "2.Về …" (office40) had its
    number dropped with a note."""
    got, said = headings_and_notes(tmp_path, sections, [], activities)
    assert [h.split(" ", 1)[1] for h in got] == list(headings)
    assert [(str(c), m) for _, c, m in said] == notes
