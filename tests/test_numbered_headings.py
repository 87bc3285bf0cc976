"""A ``Mục`` typed with its own number ("4. Công tác …", copied from last month's report):
the report numbers its subsections, so the typed number is dropped with a note, once a
heading, in ChiTieu, ChiSoSXCN and HoatDong alike; it printed "4. 4. Công tác …"."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

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


NUMBER = "Đã bỏ «{}» gõ ở đầu «Mục» «{}»: báo cáo tự đánh số các tiểu mục."
STOP = "Đã bỏ dấu câu ở cuối «Mục» «{}»: tiêu đề không có dấu chấm cuối."
IIP_UNDER = [("iip", "Toàn ngành", 110, None, None, None, None, "1. Về sản xuất")]


@pytest.mark.parametrize(
    ("sections", "iip", "activities", "headings", "notes"),
    [
        pytest.param(
            ("1. Về sản xuất", "b) Về thương mại"),
            IIP_UNDER,
            ("IV. Công tác khác", "5 năm thực hiện Đề án"),
            ("Về sản xuất", "Về thương mại", "Công tác khác", "5 năm thực hiện Đề án"),
            [
                ("H2", NUMBER.format("1.", "1. Về sản xuất")),
                ("N2", NUMBER.format("1.", "1. Về sản xuất")),
                ("N3", NUMBER.format("b)", "b) Về thương mại")),
                ("A2", NUMBER.format("IV.", "IV. Công tác khác")),
            ],
            id="own-number",  # a lone number without "." or ")" is the heading's own
        ),
        pytest.param(
            ("Về sản xuất", "Về thương mại."),
            [],
            ("Công tác khác;", "Các việc khác..."),
            ("Về sản xuất", "Về thương mại", "Công tác khác", "Các việc khác..."),
            [("N3", STOP.format("Về thương mại.")), ("A2", STOP.format("Công tác khác;"))],
            id="full-stop",  # "2. Về thương mại." printed so; an ellipsis stays
        ),
        pytest.param(
            ("1.2 Về sản xuất", "Về thương mại"),
            [],
            ("2.1 Công tác khác", "5 năm thực hiện Đề án"),
            ("Về sản xuất", "Về thương mại", "Công tác khác", "5 năm thực hiện Đề án"),
            [
                ("N2", NUMBER.format("1.2", "1.2 Về sản xuất")),
                ("A2", NUMBER.format("2.1", "2.1 Công tác khác")),
            ],
            id="two-levels-without-dot",  # "4. 1.2 Công tác …" was printed
        ),
        pytest.param(
            ("I.1 Về sản xuất", "Về thương mại"),
            [],
            ("II.2. Công tác khác", "5 năm thực hiện Đề án"),
            ("Về sản xuất", "Về thương mại", "Công tác khác", "5 năm thực hiện Đề án"),
            [
                ("N2", NUMBER.format("I.1", "I.1 Về sản xuất")),
                ("A2", NUMBER.format("II.2.", "II.2. Công tác khác")),
            ],
            id="roman-and-arabic",  # "1. I.1 Về sản xuất" was printed
        ),
        pytest.param(
            ("1.000 doanh nghiệp chuyển đổi số", "Về thương mại"),
            [],
            ("2.500 hồ sơ trực tuyến", "1.2.3 Công tác khác"),
            (
                "1.000 doanh nghiệp chuyển đổi số",
                "Về thương mại",
                "2.500 hồ sơ trực tuyến",
                "Công tác khác",
            ),
            [("A4", NUMBER.format("1.2.3", "1.2.3 Công tác khác"))],
            id="thousands-dot",  # no level of a heading's number has three digits
        ),
        pytest.param(
            ("Về sản xuất", "Về thương mại."),
            [],
            ("Công tác thi đua, khen thưởng, v.v.", "Phối hợp với T.Ư."),
            (
                "Về sản xuất",
                "Về thương mại",
                "Công tác thi đua, khen thưởng, v.v.",
                "Phối hợp với T.Ư.",
            ),
            [("N3", STOP.format("Về thương mại."))],
            id="dotted-abbreviation",  # "v.v." keeps its stop; "thương mại." does not
        ),
        pytest.param(
            ("Về sản xuất", "Về thương mại"),
            [],
            ("Công tác thi đua, khen thưởng, v.v.,", "Công tác khác...;"),
            (
                "Về sản xuất",
                "Về thương mại",
                "Công tác thi đua, khen thưởng, v.v.",
                "Công tác khác...",
            ),
            [
                ("A2", STOP.format("Công tác thi đua, khen thưởng, v.v.,")),
                ("A4", STOP.format("Công tác khác...;")),
            ],
            id="mark-after-an-abbreviation",  # "v.v" printed, its own stop stripped too
        ),
    ],
)
def test_a_headings_own_number_and_full_stop_are_dropped_with_a_note(
    tmp_path: Path,
    sections: tuple[str, str],
    iip: list[tuple[object, ...]],
    activities: tuple[str, str],
    headings: tuple[str, ...],
    notes: list[tuple[str, str]],
) -> None:
    """The report numbers its subsections and ends no heading with a full stop: a typed
    number ("4. ", "1.2. ", "1.2 ", "b) ", "IV. ") and a final full stop, comma or
    semicolon are dropped, each with a note once a heading; what is the heading's own
    ("5 năm …", "1.000 doanh nghiệp …", "v.v.", "...") is kept."""
    printed, said = headings_and_notes(tmp_path, sections, iip, activities)
    assert printed == [f"{n}. {h}" for n, h in enumerate(headings, start=1)]
    assert said == [("INFO", cell, message) for cell, message in notes]


def test_a_headings_footnote_mark_is_dropped_with_a_note(tmp_path: Path) -> None:
    """A heading pasted with the statistics office's footnote mark ("Về sản xuất công
    nghiệp (*)") was printed "1. Về sản xuất công nghiệp (*)", with no word and exit 0: the
    report has no footnote. The mark is dropped, with a note once a heading."""
    mark = (
        "Đã bỏ dấu chú thích «{}» ở cuối «Mục» «{}»: báo cáo không có lời chú thích của biểu "
        "Cục Thống kê."
    )
    printed, said = headings_and_notes(
        tmp_path,
        ("Về sản xuất (*)", "Về thương mại¹"),
        [("iip", "Toàn ngành", 110, None, None, None, None, "Về sản xuất (*)")],
        ("Công tác khác (**).", "Phối hợp với T.Ư."),
    )
    assert printed == [
        "1. Về sản xuất",
        "2. Về thương mại",
        "3. Công tác khác",
        "4. Phối hợp với T.Ư.",
    ]
    assert said == [
        ("INFO", "H2", mark.format("(*)", "Về sản xuất (*)")),
        ("INFO", "N2", mark.format("(*)", "Về sản xuất (*)")),
        ("INFO", "N3", mark.format("¹", "Về thương mại¹")),
        ("INFO", "A2", STOP.format("Công tác khác (**).")),
        ("INFO", "A2", mark.format("(**)", "Công tác khác (**)")),  # its stop dropped first
    ]


def test_a_heading_of_thousands_of_stops_is_read_at_once() -> None:
    """A Mục of 32 767 characters, "a." 16 000 times and a comma, took 5 s to read (and as
    long as a breakdown's heading): the dotted abbreviation ("v.v.") that keeps a full stop
    was looked for from the text's every character. Its stops are dropped in a moment."""
    import time

    from baocao.cells import Locator, Reading
    from baocao.celltext import unnumbered, unstopped_group

    typed = "Về " + "a." * 16_000 + ","
    reading = Reading(Path("x.xlsx"), [], Locator())
    started = time.perf_counter()
    heading = unnumbered(reading, "HoatDong", "B3", typed)
    group = unstopped_group(reading, "ChiTieu", "L3", typed)
    assert time.perf_counter() - started < 0.5
    assert heading == group == typed[:-1]  # "a.a." ends as "v.v." does: its stop stays
    shown = "«Về " + "a." * 48 + "a…» (32.004 ký tự)"
    assert [p.message for p in reading.problems] == [
        f"Đã bỏ dấu câu ở cuối «Mục» {shown}: tiêu đề không có dấu chấm cuối.",
        f"Đã bỏ dấu câu ở cuối «Nhóm» {shown}: báo cáo tự thêm dấu «:» sau tên nhóm.",
    ]


ALONE = (
    "«Mục» «{}» chỉ có số hoặc ký hiệu thứ tự, không có tên tiểu mục: báo cáo sẽ in «{}» làm "
    "tiêu đề. Hãy ghi tên của tiểu mục (ví dụ «{}»), không ghi số thứ tự: báo cáo tự đánh số "
    "các tiểu mục."
)
FIGURES = "Về sản xuất công nghiệp"
NARRATIVE = "Công tác quản lý công nghiệp"


@pytest.mark.parametrize(
    "typed",
    ["1", "1.1", "1.2", "2.", "I", "III", "iv", "IV.", "I.1", "a)", "B.", "(3)", "2025", "-"],
)
def test_a_heading_of_its_number_alone_is_an_error(typed: str) -> None:
    """A ``Mục`` of a subsection's number or list marker alone ("1", "1.2", "II", "a)") was
    headed "1. 1", "2. 1.2", "1. II", with no word and exit 0 ("1." with only the note that
    its full stop was dropped): it has no name to print. An error at the cell, said once a
    sheet and before any note on its marks; the text is kept as typed."""
    from baocao.cells import Locator, Reading
    from baocao.celltext import unnumbered

    reading = Reading(Path("x.xlsx"), [], Locator())
    assert unnumbered(reading, "HoatDong", "A2", typed, "HoatDong") == typed
    assert unnumbered(reading, "HoatDong", "A3", typed, "HoatDong") == typed
    assert unnumbered(reading, "ChiTieu", "N2", f"{typed} ") == f"{typed} "
    assert unnumbered(reading, "ChiSoSXCN", "H3", typed, unread=True) == typed
    assert [(p.severity.name, p.sheet, p.cell, p.message) for p in reading.problems] == [
        ("ERROR", "HoatDong", "A2", ALONE.format(typed, typed, NARRATIVE)),
        ("ERROR", "ChiTieu", "N2", ALONE.format(f"{typed} ", typed, FIGURES)),
    ]


@pytest.mark.parametrize(
    "typed", ["5 năm thực hiện Đề án", "Khác", "Xi măng", "Vi", "A", "Về ICT", "CCN"]
)
def test_a_heading_that_opens_with_a_number_or_letter_is_no_marker_alone(typed: str) -> None:
    """A heading of a name is no number alone, though it holds a number or a short word."""
    from baocao.cells import Locator, Reading
    from baocao.celltext import unnumbered

    reading = Reading(Path("x.xlsx"), [], Locator())
    assert unnumbered(reading, "HoatDong", "A2", typed) == typed
    assert reading.problems == []


def test_headings_of_numbers_alone_are_errors_in_every_sheet(tmp_path: Path) -> None:
    """ChiTieu's, ChiSoSXCN's and HoatDong's ``Mục`` of a number alone, each an error at its
    first cell (a heading repeats on its rows), and no note of a dropped full stop; not on
    a ChiSoSXCN branch's row, whose ``Mục`` is not read (a warning says so)."""
    (tmp_path / "data").mkdir()
    path = month_book(
        tmp_path / "data",
        MARCH,
        {},
        [row("x", 100, section="1."), row("y", 50, section="1."), row("z", 5, section="1.2")],
        [
            ("iip", "Toàn ngành", 110, None, None, None, None, "1."),
            ("kk", "khai khoáng", 105, None, None, None, None, "2"),  # unread: said so
        ],
    )
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["A2"] = "a)"
    book["HoatDong"].append(["a)", 1, "Việc thứ hai."])
    book.save(path)
    assert findings(tmp_path, MARCH) == [
        ("ERROR", "H2", ALONE.format("1.", "1.", FIGURES)),
        ("ERROR", "N2", ALONE.format("1.", "1.", FIGURES)),
        ("ERROR", "N4", ALONE.format("1.2", "1.2", FIGURES)),
        ("ERROR", "A2", ALONE.format("a)", "a)", NARRATIVE)),
    ]


def test_a_heading_of_its_number_alone_with_a_space_is_said_once_a_sheet() -> None:
    """«1.1 » and «1.1» in one sheet's ``Mục`` gave two errors, one for each: the once a
    sheet test compared messages that differ only by the quoted cell's trailing space. One
    heading, one error a sheet, at its first cell."""
    from baocao.cells import Locator, Reading
    from baocao.celltext import unnumbered

    reading = Reading(Path("x.xlsx"), [], Locator())
    for ref, typed in (("A2", "1.1 "), ("A3", "1.1"), ("A4", " 1.1")):
        assert unnumbered(reading, "HoatDong", ref, typed, "HoatDong") == typed
    unnumbered(reading, "ChiTieu", "N2", "1.1")
    unnumbered(reading, "HoatDong", "A5", "1.2", "HoatDong")
    assert [(p.sheet, p.cell, p.message) for p in reading.problems] == [
        ("HoatDong", "A2", ALONE.format("1.1 ", "1.1", NARRATIVE)),
        ("ChiTieu", "N2", ALONE.format("1.1", "1.1", FIGURES)),
        ("HoatDong", "A5", ALONE.format("1.2", "1.2", NARRATIVE)),
    ]


def test_a_heading_of_a_sections_word_and_number_alone_is_an_error(tmp_path: Path) -> None:
    """A ChiTieu ``Mục`` that only says "this is section N" ("Phần I", "Mục 1", "Mục II.",
    "Chương 2", "PHẦN THỨ HAI") gave no word and a report headed "1. Phần I",
    "3. Mục II": no name, as "1" alone is none. An error at each heading's first cell."""
    (tmp_path / "data").mkdir()
    typed = ["Phần I", "Mục 1", "Mục II.", "Chương 2", "PHẦN THỨ HAI", "Tiểu mục 1.2"]
    month_book(
        tmp_path / "data", MARCH, {}, [row(f"c{i}", 10, section=t) for i, t in enumerate(typed)]
    )
    assert [(c, m) for s, c, m in findings(tmp_path, MARCH) if s == "ERROR"] == [
        (f"N{i + 2}", ALONE.format(t, t, FIGURES)) for i, t in enumerate(typed)
    ]


def test_a_heading_that_opens_with_a_sections_word_and_has_a_name_is_printed(
    tmp_path: Path,
) -> None:
    """Headings that open with a section's word and are names ("Phần mềm …", "Mục tiêu …",
    "Chương trình …"), or a letter after it ("Mục B", as "A" alone is read: a draft's short
    name): no error, printed as typed."""
    (tmp_path / "data").mkdir()
    typed = ["Phần mềm và dịch vụ", "Mục tiêu năm", "Chương trình khuyến công", "Phần lớn", "Mục B"]
    month_book(
        tmp_path / "data", MARCH, {}, [row(f"c{i}", 10, section=t) for i, t in enumerate(typed)]
    )
    assert [p for p in findings(tmp_path, MARCH) if p[0] == "ERROR"] == []
    texts = build_texts(tmp_path, MARCH)
    assert [t for t in texts if t.endswith(tuple(typed))] == [
        f"{i + 1}. {t}" for i, t in enumerate(typed)
    ]


def test_a_sections_word_and_number_before_the_name_is_dropped_with_a_note(
    tmp_path: Path,
) -> None:
    """ "Phần I: Công nghiệp" printed "1. Phần I: Công nghiệp": the section's word and
    number set off from the name by a colon, a full stop or a dash is the report's own
    numbering, dropped as "1." is, with a note; one not set off ("Phần I Công nghiệp") is
    kept as typed."""
    (tmp_path / "data").mkdir()
    typed = ["Phần I: Công nghiệp", "Mục 2. Thương mại", "Chương III - Xuất khẩu"]
    typed += ["Phần thứ tư: Giá cả", "Phần IV Năng lượng"]
    month_book(
        tmp_path / "data", MARCH, {}, [row(f"c{i}", 10, section=t) for i, t in enumerate(typed)]
    )
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if m.startswith("Đã bỏ")] == [
        (
            "INFO",
            f"N{i + 2}",
            f"Đã bỏ «{mark}» gõ ở đầu «Mục» «{t}»: báo cáo tự đánh số các tiểu mục.",
        )
        for i, (t, mark) in enumerate(
            zip(typed[:4], ["Phần I:", "Mục 2.", "Chương III -", "Phần thứ tư:"], strict=True)
        )
    ]
    names = ["Công nghiệp", "Thương mại", "Xuất khẩu", "Giá cả", "Phần IV Năng lượng"]
    texts = build_texts(tmp_path, MARCH)
    assert [t for t in texts if t.endswith(tuple(names))] == [
        f"{i + 1}. {t}" for i, t in enumerate(names)
    ]


def test_a_mucs_column_of_row_numbers_is_one_error(tmp_path: Path) -> None:
    """The STT column pasted over «Mục» ("1" … "6", a number a row) gave an error for each
    row, each saying its number is no name: one error now, at the first, saying the column
    holds row numbers. Two such headings are still said one by one."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, MARCH, {}, [row(f"c{i}", 10, section=str(i + 1)) for i in range(6)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s == "ERROR"] == [
        (
            "ERROR",
            "N2",
            "Cột «Mục» (cột N) có số thứ tự ở 6 tiểu mục («1», «2», «3», «4», … «6»), không có "
            "tên tiểu mục: có lẽ cột STT đã được dán vào cột «Mục». Hãy ghi tên của mỗi tiểu mục "
            "(ví dụ «Về sản xuất công nghiệp»), không ghi số thứ tự: báo cáo tự đánh số các "
            "tiểu mục.",
        )
    ]
    sections = ["1", "Về thương mại", "2"]
    month_book(data, MARCH, {}, [row(f"c{i}", 10, section=t) for i, t in enumerate(sections)])
    assert [(c, m) for s, c, m in findings(tmp_path, MARCH) if s == "ERROR"] == [
        ("N2", ALONE.format("1", "1", FIGURES)),
        ("N4", ALONE.format("2", "2", FIGURES)),
    ]


def test_a_narrative_mucs_column_of_five_row_numbers_is_said_whole(tmp_path: Path) -> None:
    """HoatDong's «Mục» of row numbers "1" … "5" was said "(«1», «2», «3», «4», … «5»)",
    an ellipsis standing for no number, with ChiTieu's example «Về sản xuất công nghiệp»
    for a heading of the month's work: five numbers are quoted whole, and the example is
    the one each number's own error gave (HoatDong's, «Công tác quản lý công nghiệp»)."""
    data = tmp_path / "data"
    data.mkdir()
    path = month_book(data, MARCH, {}, [row("x", 100)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["A2"] = "1"
    for number in range(2, 6):
        book["HoatDong"].append([str(number), 1, f"Việc thứ {number}."])
    book.save(path)
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s == "ERROR"] == [
        (
            "ERROR",
            "A2",
            "Cột «Mục» (cột A) có số thứ tự ở 5 tiểu mục («1», «2», «3», «4», «5»), không có "
            "tên tiểu mục: có lẽ cột STT đã được dán vào cột «Mục». Hãy ghi tên của mỗi tiểu mục "
            "(ví dụ «Công tác quản lý công nghiệp»), không ghi số thứ tự: báo cáo tự đánh số "
            "các tiểu mục.",
        )
    ]


@pytest.mark.parametrize(
    ("sections", "activities", "headings", "notes"),
    [
        pytest.param(
            ("- Về sản xuất", "* Về thương mại"),
            ("+ Công tác khác", "1- Các việc khác"),
            ("Về sản xuất", "Về thương mại", "Công tác khác", "Các việc khác"),
            [
                ("N2", NUMBER.format("-", "- Về sản xuất")),
                ("N3", NUMBER.format("*", "* Về thương mại")),
                ("A2", NUMBER.format("+", "+ Công tác khác")),
                ("A4", NUMBER.format("1-", "1- Các việc khác")),
            ],
            id="marker-and-number-before-a-dash",
        ),
        pytest.param(
            ("II - Về sản xuất", "B – Về thương mại"),
            ("• Công tác khác", "2 - Các việc khác"),
            ("Về sản xuất", "Về thương mại", "Công tác khác", "Các việc khác"),
            [
                ("N2", NUMBER.format("II -", "II - Về sản xuất")),
                ("N3", NUMBER.format("B –", "B – Về thương mại")),
                ("A2", NUMBER.format("•", "• Công tác khác")),
                ("A4", NUMBER.format("2 -", "2 - Các việc khác")),
            ],
            id="roman-letter-bullet",
        ),
        pytest.param(
            ("X-quang và thiết bị y tế", "Về thương mại"),
            ("3-5 năm thực hiện Đề án", "E-mail công vụ"),
            (
                "X-quang và thiết bị y tế",
                "Về thương mại",
                "3-5 năm thực hiện Đề án",
                "E-mail công vụ",
            ),
            [],
            id="the-headings-own-dash",
        ),
    ],
)
def test_a_headings_list_marker_is_dropped_with_a_note(
    tmp_path: Path,
    sections: tuple[str, str],
    activities: tuple[str, str],
    headings: tuple[str, ...],
    notes: list[tuple[str, str]],
) -> None:
    """A heading typed with a list marker ("- ", "* ", "+ ", "• ", as a Word report's
    sub-headings have it) or its number before a dash ("1- ", "II - ", "B – ") printed
    "1. * Về thương mại", "4. 1- Các việc khác" with no word, while "1. " and "IV. " were
    dropped: each is dropped too, with the note; a dash inside the heading's own words
    ("X-quang", "3-5 năm", "E-mail") stays."""
    printed, said = headings_and_notes(tmp_path, sections, [], activities)
    assert printed == [f"{n}. {h}" for n, h in enumerate(headings, start=1)]
    assert said == [("INFO", cell, message) for cell, message in notes]
