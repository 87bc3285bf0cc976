"""A ``Mục`` typed with its own number ("4. Công tác …", copied from last month's report):
the report numbers its subsections, so the typed number is dropped with a note, once a
heading, in ChiTieu, ChiSoSXCN and HoatDong alike; it printed "4. 4. Công tác …"."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from baocao.period import Period
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings

MARCH = Period(2025, 3)


def headings_and_notes(
    folder: Path,
    sections: tuple[str, str],
    iip: list[tuple[object, ...]],
    activities: tuple[str, str],
) -> tuple[list[str], list[tuple[str, str, str]]]:
    """March with two ChiTieu rows in the ``sections`` and two HoatDong paragraphs under the
    ``activities`` headings, built with the default template: its numbered headings, and
    the notes of dropped marks ("Đã bỏ …")."""
    (folder / "data").mkdir()
    path = month_book(
        folder / "data",
        MARCH,
        {},
        [row("x", 100, section=sections[0]), row("y", 50, section=sections[1])],
        iip,
    )
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["A2"] = activities[0]
    book["HoatDong"].append([activities[0], 1, "Việc thứ hai."])
    book["HoatDong"].append([activities[1], 1, "Việc thứ ba."])
    book.save(path)
    texts = build_texts(folder, MARCH)
    headings = [t for t in texts if t[:2] in ("1.", "2.", "3.", "4.") and "Việc" not in t]
    notes = [f for f in findings(folder, MARCH) if f[2].startswith("Đã bỏ")]
    return headings, notes


def test_a_headings_own_number_is_dropped_with_a_note(tmp_path: Path) -> None:
    headings, notes = headings_and_notes(
        tmp_path,
        ("1. Về sản xuất", "b) Về thương mại"),
        [("iip", "Toàn ngành", 110, None, None, None, None, "1. Về sản xuất")],
        ("IV. Công tác khác", "5 năm thực hiện Đề án"),
    )
    assert headings == [
        "1. Về sản xuất",
        "2. Về thương mại",
        "3. Công tác khác",
        "4. 5 năm thực hiện Đề án",
    ]
    said = "Đã bỏ «{}» gõ ở đầu «Mục» «{}»: báo cáo tự đánh số các tiểu mục."
    assert notes == [
        ("INFO", "H2", said.format("1.", "1. Về sản xuất")),
        ("INFO", "N2", said.format("1.", "1. Về sản xuất")),
        ("INFO", "N3", said.format("b)", "b) Về thương mại")),
        ("INFO", "A2", said.format("IV.", "IV. Công tác khác")),
    ]


def test_a_headings_full_stop_is_dropped_with_a_note(tmp_path: Path) -> None:
    """A heading line ends without a full stop: "Về thương mại." was printed "2. Về thương
    mại."; dropped with a note (once a heading); an ellipsis is kept."""
    headings, notes = headings_and_notes(
        tmp_path,
        ("Về sản xuất", "Về thương mại."),
        [],
        ("Công tác khác;", "Các việc khác..."),
    )
    assert headings == [
        "1. Về sản xuất",
        "2. Về thương mại",
        "3. Công tác khác",
        "4. Các việc khác...",
    ]
    said = "Đã bỏ dấu câu ở cuối «Mục» «{}»: tiêu đề không có dấu chấm cuối."
    assert notes == [
        ("INFO", "N3", said.format("Về thương mại.")),
        ("INFO", "A2", said.format("Công tác khác;")),
    ]


def test_a_headings_number_of_two_levels_needs_no_dot(tmp_path: Path) -> None:
    """ "1.2 Công tác …" (the Vietnamese style of a second-level number) was headed "4. 1.2
    Công tác …"; a lone number without "." or ")" stays the heading's own."""
    headings, notes = headings_and_notes(
        tmp_path,
        ("1.2 Về sản xuất", "Về thương mại"),
        [],
        ("2.1 Công tác khác", "5 năm thực hiện Đề án"),
    )
    assert headings == [
        "1. Về sản xuất",
        "2. Về thương mại",
        "3. Công tác khác",
        "4. 5 năm thực hiện Đề án",
    ]
    said = "Đã bỏ «{}» gõ ở đầu «Mục» «{}»: báo cáo tự đánh số các tiểu mục."
    assert notes == [
        ("INFO", "N2", said.format("1.2", "1.2 Về sản xuất")),
        ("INFO", "A2", said.format("2.1", "2.1 Công tác khác")),
    ]


def test_a_number_with_a_thousands_dot_is_the_headings_own(tmp_path: Path) -> None:
    """ "1.000 doanh nghiệp chuyển đổi số" (a Vietnamese thousand) was taken for a heading's
    number "1.000" and headed "Doanh nghiệp chuyển đổi số", the figure dropped with a note;
    no level of a heading's number has three digits."""
    headings, notes = headings_and_notes(
        tmp_path,
        ("1.000 doanh nghiệp chuyển đổi số", "Về thương mại"),
        [],
        ("2.500 hồ sơ trực tuyến", "1.2.3 Công tác khác"),
    )
    assert headings == [
        "1. 1.000 doanh nghiệp chuyển đổi số",
        "2. Về thương mại",
        "3. 2.500 hồ sơ trực tuyến",
        "4. Công tác khác",
    ]
    said = "Đã bỏ «{}» gõ ở đầu «Mục» «{}»: báo cáo tự đánh số các tiểu mục."
    assert notes == [("INFO", "A4", said.format("1.2.3", "1.2.3 Công tác khác"))]


def test_the_full_stop_of_a_dotted_abbreviation_is_kept(tmp_path: Path) -> None:
    """ "Công tác khác, v.v." was headed "Công tác khác, v.v" (the abbreviation's own full
    stop dropped as a heading's); a full stop after a word is still dropped."""
    headings, notes = headings_and_notes(
        tmp_path,
        ("Về sản xuất", "Về thương mại."),
        [],
        ("Công tác thi đua, khen thưởng, v.v.", "Phối hợp với T.Ư."),
    )
    assert headings == [
        "1. Về sản xuất",
        "2. Về thương mại",
        "3. Công tác thi đua, khen thưởng, v.v.",
        "4. Phối hợp với T.Ư.",
    ]
    said = "Đã bỏ dấu câu ở cuối «Mục» «{}»: tiêu đề không có dấu chấm cuối."
    assert notes == [("INFO", "N3", said.format("Về thương mại."))]
