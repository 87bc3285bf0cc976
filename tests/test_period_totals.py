"""The kinds of report: the totals of several months, what they are compared with, and
the kind as typed."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period, ReportKind
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings

from helpers import write_config


def test_last_years_total_is_last_years_own_year_to_date(tmp_path: Path) -> None:
    """A half-year report whose last year's June workbook holds its Lũy kế (500), without
    every month of last year: Lũy kế cùng kỳ was said "không có trong các sổ trước" and the
    lead sentence lost its comparison. It is last year's own Lũy kế, with June's estimate
    (90) replaced by its revision in July's Tháng trước (92), as this year's Cùng kỳ is:
    502; 600 against 502 is "tăng 19,5%"."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, Period(2024, 6), {}, [row("x", 90, None, None, 500)])
    month_book(data, Period(2024, 7), {}, [row("x", 95, 92)])
    month_book(data, Period(2025, 6), {"ky_bao_cao": "6 tháng"}, [row("x", 100, None, None, 600)])
    assert [(c, m) for s, c, m in findings(tmp_path, Period(2025, 6)) if c in {"F2", "H2"}] == [
        ("F2", "«Cùng kỳ» của «x» lấy từ 2024-07.xlsx (ChiTieu!E2): 92."),
        (
            "H2",
            "«Lũy kế cùng kỳ» của «x» là «Lũy kế» trong 2024-06.xlsx (ChiTieu!G2), với số tháng "
            "6/2024 đã điều chỉnh: 502.",
        ),
    ]
    texts = build_texts(tmp_path, Period(2025, 6))
    assert texts[texts.index("1. Các chỉ tiêu kinh tế chủ yếu") + 1 :][:2] == [
        "Chỉ tiêu x 6 tháng đầu năm 2025 ước đạt 600 tấn; tăng 19,5% so với cùng kỳ.",
        "Trong đó, tháng 6/2025 ước đạt 100 tấn, tăng 8,7% so với cùng kỳ.",
    ]


def test_a_quarter_is_never_added_up_from_a_negative_month(tmp_path: Path) -> None:
    """April's workbook holding -100 (an error there) was added into June's quarter without
    a word: "quý II/2025 ước đạt 115 tấn; tăng 9,5% so với cùng kỳ" (-100 + 105 + 110, and
    last year's -90 + 95 + 100). It is an error at the month's figure naming April's cell."""
    data = tmp_path / "data"
    data.mkdir()
    for year, april, may in ((2024, -90, 95), (2025, -100, 105)):
        month_book(data, Period(year, 4), {}, [row("x", april)])
        month_book(data, Period(year, 5), {}, [row("x", may)])
    month_book(data, Period(2025, 6), {"ky_bao_cao": "quý"}, [row("x", 110, None, 100)])
    assert [(c, m) for s, c, m in findings(tmp_path, Period(2025, 6)) if s == "ERROR"] == [
        (
            "D2",
            "Tổng quý của «x» không tính được vì 2025-04.xlsx (ChiTieu!D2) ghi số âm (-100), mà "
            "số liệu không được âm. Hãy sửa ô đó trong sổ 2025-04.xlsx rồi lưu lại.",
        )
    ]


# May's blank Lũy kế, with March's -100 on the way to it.
MAY_WITH_MARCH_NEGATIVE = (
    "ERROR",
    "«Lũy kế» của «x» để trống và không tính được: tổng các tháng có số âm "
    "(2025-03.xlsx (ChiTieu!D2): -100), mà số liệu không được âm. Hãy sửa ô đó trong sổ "
    "2025-03.xlsx rồi lưu lại, hoặc điền «Lũy kế» vào ô này.",
)


def test_a_year_to_date_is_never_added_up_from_a_negative_month(tmp_path: Path) -> None:
    """May's blank Lũy kế was the sum of January … May with March's -100 (an error in
    March's own check) in it: "cộng dồn 05 tháng đầu năm ước đạt 310 tấn", with a note. It is
    an error at the blank cell naming March's, and no other word on it."""
    data = tmp_path / "data"
    data.mkdir()
    for month, value in ((1, 100), (2, 100), (3, -100), (4, 100)):
        month_book(data, Period(2025, month), {}, [row("x", value)])
    month_book(data, Period(2025, 5), {}, [row("x", 110, 100)])
    assert [(s, m) for s, c, m in findings(tmp_path, Period(2025, 5)) if c == "G2"] == [
        MAY_WITH_MARCH_NEGATIVE
    ]


def test_a_year_to_date_is_never_carried_through_a_negative_month(tmp_path: Path) -> None:
    """February's Lũy kế typed (200), March's figure -100 (an error in March's own check),
    April's and May's Lũy kế blank, January's workbook missing: May's was carried from
    February through March's -100, "cộng dồn 05 tháng đầu năm ước đạt 310 tấn" with only a
    note, exit 0. It is the error of a sum with a negative month, naming March's cell."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, Period(2025, 2), {}, [row("x", 100, None, None, 200)])
    for month, value in ((3, -100), (4, 100)):
        month_book(data, Period(2025, month), {}, [row("x", value)])
    month_book(data, Period(2025, 5), {}, [row("x", 110, 100)])
    assert [(s, m) for s, c, m in findings(tmp_path, Period(2025, 5)) if c == "G2"] == [
        MAY_WITH_MARCH_NEGATIVE
    ]


def test_a_negative_month_leaves_last_years_own_year_to_date(tmp_path: Path) -> None:
    """Last year's March holding -100 (an error in its own workbook), last year's June
    Lũy kế typed 500: June's blank Lũy kế cùng kỳ was the error of a sum with a negative
    month, stopping the report, though last year's own Lũy kế gives it (as it does when
    the months cannot be added up); it is now that Lũy kế, with its note."""
    data = tmp_path / "data"
    data.mkdir()
    for month, value in ((1, 100), (2, 100), (3, -100), (4, 100), (5, 100)):
        month_book(data, Period(2024, month), {}, [row("x", value)])
    month_book(data, Period(2024, 6), {}, [row("x", 100, None, None, 500)])
    month_book(data, Period(2025, 6), {}, [row("x", 110, 100, 100, 600)])
    assert [(s, m) for s, c, m in findings(tmp_path, Period(2025, 6)) if c == "H2"] == [
        ("INFO", "«Lũy kế cùng kỳ» của «x» là «Lũy kế» trong 2024-06.xlsx (ChiTieu!G2): 500.")
    ]


def test_a_kind_is_read_alike_in_the_config_and_the_workbook(tmp_path: Path) -> None:
    """[report] kind = "Quý" was a config error (only the lower-case word was taken) though
    ThongTin's ky_bao_cao takes it, and "quí" (the older spelling) was refused by both; the
    config's quarterly kind now makes June's report a quarter's."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, Period(2025, 6), {}, [row("x", 100)])
    config = write_config(tmp_path, template=None)
    config.write_text(config.read_text(encoding="utf-8") + '\n[report]\nkind = "Quý"\n')
    assert load_config(config).report.kind is ReportKind.QUARTER
    month_book(data, Period(2025, 6), {"ky_bao_cao": "quí"}, [row("x", 100)])
    assert [(s, c) for s, c, _ in findings(tmp_path, Period(2025, 6)) if c == "B4"] == []


def test_a_breakdown_row_without_its_period_total_is_said(tmp_path: Path) -> None:
    """A breakdown row of a 9-month report whose Lũy kế is blank and cannot be added up
    (no earlier workbook) was written with its month in the list of the 9 months ("- Chỉ
    tiêu b tháng 9 ước đạt 40 tấn …" among "… 9 tháng đầu năm 2025 ước đạt …" rows),
    without a word from check. It is a warning at its Lũy kế; a monthly report's row,
    whose line is the month, is not said."""
    data = tmp_path / "data"
    data.mkdir()
    rows = [
        row("x", 100, None, None, 900),
        row("a", 60, None, None, 540, parent="x", group="Phân theo khu vực"),
        row("b", 40, None, None, None, parent="x", group="Phân theo khu vực"),
    ]
    month_book(data, Period(2025, 9), {"ky_bao_cao": "9 tháng"}, rows)
    assert [(c, m) for s, c, m in findings(tmp_path, Period(2025, 9)) if s == "WARNING"] == [
        (
            "G4",
            "«Lũy kế» của «b» để trống và không tính được từ các sổ trước "
            "(cần «Lũy kế» của chỉ tiêu này trong sổ tháng 8/2025, "
            "hoặc sổ của mọi tháng từ tháng 1/2025): trong danh sách của «x», dòng "
            "của chỉ tiêu này chỉ nêu số tháng 9/2025, không nêu số 9 tháng đầu năm 2025. Hãy "
            "điền «Lũy kế».",
        )
    ]
    month_book(data, Period(2025, 9), {}, rows)
    assert [c for s, c, m in findings(tmp_path, Period(2025, 9)) if s == "WARNING"] == []
    # A config's kind that does not fit the month is an error, said alone.
    (data / "2025-09.xlsx").unlink()
    month_book(data, Period(2025, 8), {}, rows)
    config = write_config(tmp_path, template=None)
    config.write_text(config.read_text(encoding="utf-8") + '\n[report]\nkind = "9 tháng"\n')
    problems = check_inputs(load_config(config), Period(2025, 8)).problems
    assert [(p.severity.name, p.cell) for p in problems if p.severity.name != "INFO"] == [
        ("ERROR", None)
    ]


def test_a_config_quarter_in_another_month_adds_up_no_quarter(tmp_path: Path) -> None:
    """August under [report] kind = "quý" is an error (the kind does not fit the month);
    beside it, each row had a note on a quarter of July and August that was never asked
    for ("Báo cáo quý: chưa tính được tổng quý cùng kỳ của «x» vì thiếu số của tháng
    7/2024 …"). The error is now said alone."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, Period(2025, 8), {}, [row("x", 100, 95, 90, 800, 700)])
    config = write_config(tmp_path, template=None)
    config.write_text(config.read_text(encoding="utf-8") + '\n[report]\nkind = "quý"\n')
    problems = check_inputs(load_config(config), Period(2025, 8)).problems
    assert [(p.severity.name, p.message) for p in problems] == [
        (
            "ERROR",
            "Cấu hình đặt loại báo cáo «quý» ([report] kind), chỉ lập cho tháng 3, 6, 9, 12, "
            "nhưng sổ là tháng 8; hãy ghi loại báo cáo của tháng này ở khóa «ky_bao_cao» (ví "
            "dụ «tháng»).",
        )
    ]


def test_a_breakdown_rows_quarter_note_says_its_one_figure(tmp_path: Path) -> None:
    """A second quarter's breakdown rows, one a level further down, without April's
    workbook: the line of each is its year-to-date alone (a rate's too), but the messages
    said, as for a total, that the sentence went on with the month's figure ("…, rồi số
    của tháng 6.", "Câu văn viết số của tháng 6 và «Lũy kế» đã ghi.")."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, Period(2024, 5), {}, [row("x", 100), row("x.a", 50, parent="x")])
    rate = list(row("x.a.r", 35.5, None, None, 35.2, parent="x.a", decimals=1))
    rate[2] = "%"
    rows = [
        row("x", 110, None, None, 630),
        row("x.a", 60, None, None, 330, parent="x", group="Trong đó"),
        row("x.a.b", 20, None, None, 110, parent="x.a", group="Trong đó"),
        tuple(rate),
    ]
    month_book(data, Period(2024, 6), {"ky_bao_cao": "quý"}, rows)
    said = [(c, m) for s, c, m in findings(tmp_path, Period(2024, 6)) if c in {"D4", "D5"}]
    assert said == [
        (
            "D4",
            "Báo cáo quý: chưa tính được tổng quý của «x.a.b» vì thiếu số của tháng 4/2024, "
            "5/2024 (không có sổ của tháng đó trong thư mục dữ liệu, hoặc sổ đó không có chỉ "
            "tiêu này). Câu văn viết số cộng dồn từ đầu năm («Lũy kế») thay cho tổng quý.",
        ),
        (
            "D5",
            "Báo cáo quý: «x.a.r» là tỷ lệ (đơn vị «%»), không cộng các tháng thành tổng quý. "
            "Câu văn viết «Lũy kế» đã ghi.",
        ),
    ]
    texts = build_texts(tmp_path, Period(2024, 6))
    start = texts.index("Trong đó:")
    assert texts[start + 2 : start + 5] == [
        "Trong đó:",
        "+ Chỉ tiêu x.a.b cộng dồn 06 tháng đầu năm ước đạt 110 tấn;",
        "+ Chỉ tiêu x.a.r tính chung 06 tháng đầu năm ước đạt 35,2%.",
    ]


def test_a_breakdown_of_year_to_dates_added_up_holds_each_months_rounding(
    tmp_path: Path,
) -> None:
    """A breakdown whose months add up within rounding (100,4 + 100,4 + 100,4 = 301,2
    typed 100 + 100 + 100 and 301), its Lũy kế cùng kỳ left blank in February and so added
    up from January's and February's (632 and 210 + 210 + 210): --strict failed on "Cột
    «Lũy kế cùng kỳ»: tổng nhóm «Phân theo khu vực» của «x» lệch -2 so với số của «x»",
    the rounding of two months held to that of one figure. A blank year-to-date is the
    sum of its months' rounded figures; a difference beyond their rounding is still said."""
    data = tmp_path / "data"
    data.mkdir()
    group = {"parent": "x", "group": "Phân theo khu vực"}
    january = [row("x", 300, None, 301, 300, 301)]
    january += [row(c, 100, None, 100, 100, 100, **group) for c in "abc"]
    month_book(data, Period(2025, 1), {}, january)
    rows = [row("x", 330, 300, 331), *(row(c, 110, 100, 110, **group) for c in "abc")]
    month_book(data, Period(2025, 2), {}, rows)
    assert [(c, m) for s, c, m in findings(tmp_path, Period(2025, 2)) if s != "INFO"] == []
    rows[1] = row("a", 110, 100, 120, **group)  # a month's figure typed wrong: still said
    month_book(data, Period(2025, 2), {}, rows)
    assert [(c, m) for s, c, m in findings(tmp_path, Period(2025, 2)) if s != "INFO"] == [
        (
            "F2",
            "Cột «Cùng kỳ»: tổng nhóm «Phân theo khu vực» của «x» (340) lớn hơn số của «x» "
            "(331), lệch 9.",
        ),
        (
            "H2",
            "Cột «Lũy kế cùng kỳ»: tổng nhóm «Phân theo khu vực» của «x» (640) lớn hơn số của "
            "«x» (632), lệch 8.",
        ),
    ]


def test_a_breakdown_rows_plan_share_is_in_its_line(tmp_path: Path) -> None:
    """Sóc Trăng's report of 2023 says of an export item "thủy sản (ước 925 triệu USD, đạt
    80,43% kế hoạch, giảm 11,14%)". With the row's Kế hoạch năm typed (1.150), its line of
    the year's report read "Chỉ tiêu y cả năm 2023 ước đạt 925 tấn, giảm 11,14% so với cùng
    kỳ;", the plan's share left out with check --strict clean (the appendix alone had it).
    It reads as its parent's sentence does: the change "và" the share of the plan."""
    data = tmp_path / "data"
    data.mkdir()
    rows = [
        row("x", None, None, None, 1500, Decimal("1517.6"), 1500, pct=2),
        row("y", None, None, None, 925, 1041, 1150, parent="x", group="Trong đó", pct=2),
        row("z", None, None, None, 450, 336, parent="x", group="Trong đó", pct=2),
    ]
    month_book(data, Period(2023, 12), {"ky_bao_cao": "năm"}, rows)
    texts = build_texts(tmp_path, Period(2023, 12))
    assert texts[texts.index("1. Các chỉ tiêu kinh tế chủ yếu") + 1 :][:4] == [
        "Chỉ tiêu x cả năm 2023 ước đạt 1.500 tấn; giảm 1,16% so với cùng kỳ và đạt 100,00% so "
        "với Kế hoạch năm.",
        "Trong đó:",
        "Chỉ tiêu y cả năm 2023 ước đạt 925 tấn, giảm 11,14% so với cùng kỳ và đạt 80,43% so với "
        "Kế hoạch năm;",
        "Chỉ tiêu z cả năm 2023 ước đạt 450 tấn, tăng 33,93% so với cùng kỳ.",
    ]


def test_a_kind_typed_with_its_months_padded_is_read(tmp_path: Path) -> None:
    """Administrative titles pad the months of a half-year or 9-month report ("Báo cáo 06
    tháng đầu năm 2025", as the report's own "Cộng dồn 06 tháng đầu năm" does); ky_bao_cao
    "06 tháng đầu năm 2025" was an error ("phải là một trong «tháng», «quý», «6 tháng», …")
    though "tháng 09" is read. It makes June's report the half-year's."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, Period(2025, 6), {"ky_bao_cao": "06 tháng đầu năm 2025"}, [row("x", 100)])
    assert [(s, c) for s, c, _ in findings(tmp_path, Period(2025, 6)) if c == "B4"] == []
    assert "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025" in build_texts(
        tmp_path, Period(2025, 6)
    )


BEYOND = (
    "Báo cáo quý: {which} của «x» ({total}) lớn hơn «{ytd}» ({typed}), mà quý chỉ là một phần "
    "của lũy kế từ đầu năm. Tổng này cộng «{own}» của sổ này với số của tháng 4/{year}: "
    "{april} ở {year}-04.xlsx (ChiTieu!D2); tháng 5/{year}: {may} ở {year}-05.xlsx (ChiTieu!D2). "
    "Hãy kiểm tra các số đó (gõ nhầm, hoặc khác đơn vị) và «{ytd}»."
)


@pytest.mark.parametrize(
    ("aprils", "said"),
    [
        ((90, 100), []),
        (
            (90, 1000),  # typed ten times over in April's workbook, never revised in May's
            [
                (
                    "G2",
                    BEYOND.format(
                        which="tổng quý",
                        total="1.215",
                        ytd="Lũy kế",
                        typed="600",
                        own="Tháng báo cáo",
                        year=2025,
                        april="1.000",
                        may="105",
                    ),
                )
            ],
        ),
        (
            (900, 100),  # last year's April so
            [
                (
                    "H2",
                    BEYOND.format(
                        which="tổng quý cùng kỳ",
                        total="1.095",
                        ytd="Lũy kế cùng kỳ",
                        typed="540",
                        own="Cùng kỳ",
                        year=2024,
                        april="900",
                        may="95",
                    ),
                )
            ],
        ),
    ],
)
def test_a_quarter_larger_than_its_year_to_date_is_said(
    tmp_path: Path, aprils: tuple[int, int], said: list[tuple[str, str]]
) -> None:
    """The Lam Sơn trial (office36): July's export typed in thousands in July's workbook,
    August's Tháng trước blank, printed "quý III/2026 ước đạt 890.443,4 triệu USD; gấp
    399,4 lần cùng kỳ" beside a year-to-date of 7.846,2, with a clean check. A quarter's
    total (or last year's) above its year-to-date is a warning at the year-to-date, naming
    each earlier month's figure and cell; a right one is quiet."""
    data = tmp_path / "data"
    data.mkdir()
    for (year, may), april in zip(((2024, 95), (2025, 105)), aprils, strict=True):
        month_book(data, Period(year, 4), {}, [row("x", april)])
        month_book(data, Period(year, 5), {}, [row("x", may)])
    june = row("x", 110, None, 100, 600, 540)
    month_book(data, Period(2025, 6), {"ky_bao_cao": "quý"}, [june])
    found = findings(tmp_path, Period(2025, 6))
    assert [(c, m) for s, c, m in found if s == "WARNING" and "lớn hơn «Lũy kế" in m] == said
