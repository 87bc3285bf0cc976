"""The index's assessment word (``nhan_dinh_sxcn``) typed title-cased or in capitals: a
name in its reason kept as typed, words of a recovery or a stall checked against the
index, and assessment words no longer taken for names or a list."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from baocao.anotherkey import another_keys_value
from baocao.assessmentword import says_a_change, title_cased_change
from baocao.period import Period
from baocao.wordstops import sentence_ends
from test_figures import month_book, row
from test_leftover_words import LEAD, lead_of
from test_surely_wrong import APRIL, IIP_104, contradicts, findings, only, report

KEPT = "{names} sau «{reason}» là tên riêng nên được giữ nguyên"
LOWERED = (
    "các chữ {other}sau «{reason}» được viết thường: nếu trong đó có tên riêng (tên doanh "
    "nghiệp, địa danh), hãy ghi nhận định như một câu, chỉ viết hoa chữ đầu của tên riêng "
    "(ví dụ «Tăng khá nhờ Hòa Phát»)"
)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


def note(printed: str, *why: str) -> tuple[str, str, str]:
    """The note at nhan_dinh_sxcn (B4) that it is printed as ``printed``, and ``why``."""
    said = "; ".join(("nhận định đứng giữa câu", *why))
    return ("INFO", "B4", f"Khóa «nhan_dinh_sxcn» được viết thành «{printed}» vì {said}.")


def _graded(
    data: Path, typed: str, index: object, change: str, *, warned: bool, printed: str = ""
) -> None:
    """``typed`` at «nhan_dinh_sxcn» beside the index ``index`` (whose change the sentence
    says as ``change``): warned that it contradicts the index, and left out of the lead,
    when ``warned``; else printed there as ``printed`` (``typed`` lowered by default)."""
    printed = printed or typed.lower()
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip_of(index))
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (
        [contradicts(printed, change)] if warned else []
    )
    said = "Bắc Giang ước" if warned else f"Bắc Giang {printed}, ước"
    assert lead_of(data) == LEAD.replace("Bắc Giang ước", said).replace("tăng 4,00%", change)


@pytest.mark.parametrize(
    ("typed", "printed", "why"),
    [
        (
            "Tăng Trưởng Khá Nhờ Samsung",
            "tăng trưởng khá nhờ Samsung",
            [KEPT.format(names="«Samsung»", reason="nhờ")],
        ),
        (
            "TĂNG KHÁ NHỜ SAMSUNG VÀ FDI",
            "tăng khá nhờ SAMSUNG và FDI",
            [KEPT.format(names="«SAMSUNG», «FDI»", reason="nhờ")],
        ),
        (
            "Tăng Do Tập Đoàn Foxconn Mở Rộng",
            "tăng do tập đoàn Foxconn mở rộng",
            [
                KEPT.format(names="«Foxconn»", reason="do"),
                LOWERED.format(other="khác ", reason="do"),
            ],
        ),
        (
            "Tăng Nhờ Đơn Hàng Mới",
            "tăng nhờ đơn hàng mới",
            [LOWERED.format(other="", reason="nhờ")],
        ),
        ("Tăng Khá Nhờ FDI", "tăng khá nhờ FDI", []),
    ],
)
def test_a_name_in_a_title_cased_reason_is_kept(
    data: Path, typed: str, printed: str, why: list[str]
) -> None:
    """ "Tăng Trưởng Khá Nhờ Samsung" printed "tỉnh Bắc Giang tăng trưởng khá nhờ samsung,
    ước tăng …" with exit 0: each capitalised word of a title-cased assessment was lowered,
    a company's name after "nhờ" too. A word of its reason that is no Vietnamese syllable
    ("Samsung", "Foxconn", also in capitals) is a name, kept as typed, and the note says so;
    one that is (its case cannot tell "Đơn" from a name's "Hòa") is lowered, and the note
    says how to keep a name."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    found = only(findings(data.parent, APRIL), "WARNING", "ERROR", "INFO")
    assert [f for f in found if f[1] == "B4" or f[0] != "INFO"] == [note(printed, *why)]
    assert lead_of(data) == LEAD.replace("Bắc Giang ước", f"Bắc Giang {printed}, ước")


def iip_of(index: object) -> list[tuple[object, ...]]:
    """ChiSoSXCN's row ``iip`` with ``index`` against the same month last year."""
    return [("iip", "Toàn ngành", index, None, None, None, None, "CN")]


@pytest.mark.parametrize(
    ("typed", "printed", "reason"),
    [
        ("Tăng Do Quý I Có Tết", "tăng do quý I có tết", "do"),
        ("TĂNG NHỜ ĐƠN HÀNG QUÝ IV", "tăng nhờ đơn hàng quý IV", "nhờ"),
    ],
)
def test_a_quarters_numeral_in_a_title_cased_reason_is_kept(
    data: Path, typed: str, printed: str, reason: str
) -> None:
    """ "Tăng Do Quý I Có Tết" printed "tỉnh Bắc Giang tăng do quý i có tết, ước tăng …"
    (a quarter's numeral lowered, as a word of the course), and "… QUÝ IV" kept «IV» as
    "a name": a quarter's Roman numeral in capitals is kept as typed, and is no name."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    found = only(findings(data.parent, APRIL), "WARNING", "ERROR", "INFO")
    why = LOWERED.format(other="", reason=reason)
    assert [f for f in found if f[1] == "B4" or f[0] != "INFO"] == [note(printed, why)]
    assert lead_of(data) == LEAD.replace("Bắc Giang ước", f"Bắc Giang {printed}, ước")


@pytest.mark.parametrize(
    ("typed", "index", "change", "warned"),
    [
        ("Khởi Sắc", 95, "giảm 5,00%", True),
        ("phục hồi", 95, "giảm 5,00%", True),
        ("Hồi Phục Nhẹ", 95, "giảm 5,00%", True),
        ("tiếp tục phục hồi", 95, "giảm 5,00%", True),
        ("khởi sắc", 104, "tăng 4,00%", False),
        ("chưa phục hồi", 95, "giảm 5,00%", False),
        ("Trầm Lắng", 115, "tăng 15,00%", True),
        ("ảm đạm", 110, "tăng 10,00%", True),
        ("CHỮNG LẠI", 115, "tăng 15,00%", True),
        ("chững lại", 100.5, "tăng 0,50%", False),
        ("trầm lắng", 109.99, "tăng 9,99%", False),
        ("chững lại", 95, "giảm 5,00%", False),
        ("Khó Khăn", 115, "tăng 15,00%", True),
    ],
)
def test_a_word_of_a_recovery_or_a_stall_agrees_with_its_index(
    data: Path, typed: str, index: object, change: str, warned: bool
) -> None:
    """ "Khởi Sắc" beside an index of 95 printed "tỉnh Bắc Giang khởi sắc, ước giảm 5,00% so
    với cùng kỳ" with exit 0, and "Trầm Lắng" beside one of 115 "… trầm lắng, ước tăng
    15,00% …": words of a recovery or a stall were not checked against the index. A recovery
    ("khởi sắc", "phục hồi", "hồi phục") needs a rise, as "tăng" does; a stall ("chững lại",
    "trầm lắng", "ảm đạm") agrees with a fall and with a rise under 10%, not with a rise of
    two digits. "Chưa phục hồi" says no recovery: it is not checked."""
    _graded(data, typed, index, change, warned=warned)


@pytest.mark.parametrize(
    ("typed", "index", "printed"),
    [
        ("Tăng Khá; Ổn Định", 104, "tăng khá, ổn định"),
        ("tăng khá; ổn định", 104, "tăng khá, ổn định"),
        ("Khó Khăn", 95, "khó khăn"),
        ("Gặp Nhiều Khó Khăn", 95, "gặp nhiều khó khăn"),
        ("Hoàn Thành Kế Hoạch", 104, "hoàn thành kế hoạch"),
        ("HOÀN THÀNH VƯỢT KẾ HOẠCH", 104, "hoàn thành vượt kế hoạch"),
    ],
)
def test_assessment_words_are_no_names_nor_a_list(
    data: Path, typed: str, index: object, printed: str
) -> None:
    """ "Tăng Khá; Ổn Định" was warned "… không phải lời nhận định mà là một danh sách (các
    mục cách nhau bằng dấu «;»), như các thị trường …", and "Khó Khăn", "Hoàn Thành Kế
    Hoạch" "… mà là một tên riêng, như tên một thị trường …", each left out of a correct
    report. Words of an assessment separated by ";" are printed joined by a comma, as
    "Tăng Khá, Ổn Định" is; a difficulty and a plan completed are words of the course."""
    change = "tăng 4,00%" if index == 104 else "giảm 5,00%"
    _graded(data, typed, index, change, warned=False, printed=printed)


@pytest.mark.parametrize("typed", ["Tăng Khá; Ổn Định", "tăng khá; ổn định"])
def test_the_note_on_a_list_of_words_says_its_semicolons_became_commas(
    data: Path, typed: str
) -> None:
    """ "Tăng Khá; Ổn Định" (and "tăng khá; ổn định") printed "tăng khá, ổn định" with the
    note "Khóa «nhan_dinh_sxcn» được viết thành «tăng khá, ổn định» vì nhận định đứng giữa
    câu.", which said nothing of its ";" made ",": the note says so."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    found = only(findings(data.parent, APRIL), "WARNING", "ERROR", "INFO")
    assert [f for f in found if f[1] == "B4" or f[0] != "INFO"] == [
        note("tăng khá, ổn định", "dấu «;» giữa các lời nhận định viết thành «,»")
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "Tăng khá; nhưng giảm nhẹ so với tháng trước",
        "Tăng khá so với cùng kỳ; Song giảm nhẹ so với tháng trước",
    ],
)
def test_a_list_of_parts_naming_their_bases_is_still_a_list(data: Path, typed: str) -> None:
    """A ";" list whose items are not each worded as an assessment ("nhưng giảm nhẹ …") is
    another key's value, left out with its warning. Graded part by part (words36), each
    part agreeing with its own base, it was printed as typed, "… tỉnh Bắc Giang Tăng khá;
    nhưng giảm nhẹ so với tháng trước, ước tăng 12,00% …", a capital and a ";" mid-sentence,
    with no word: the whole word's refusal is read before its parts."""
    iip = [("iip", "Toàn ngành", 112, None, None, 98, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING") == [
        (
            "WARNING",
            "B4",
            f"Khóa «nhan_dinh_sxcn» ghi «{typed}», không phải lời nhận định mà là một danh sách "
            "(các mục cách nhau bằng dấu «;»), như các thị trường (có lẽ ghi nhầm dòng): báo "
            "cáo bỏ nhận định này. Hãy ghi lời nhận định (ví dụ «tăng khá», «giảm nhẹ»), hoặc "
            "để trống để chương trình chọn theo ngưỡng trong tệp cấu hình.",
        )
    ]
    said = "tỉnh Bắc Giang ước tăng 12,00% so với cùng kỳ; giảm 2,00% so với tháng trước."
    assert any(t.endswith(said) for t in report(data.parent, APRIL))


@pytest.mark.parametrize("typed", ["Tăng Khá; Mỹ", "Khó Khăn; Hoa Kỳ"])
def test_a_list_with_a_market_is_still_a_list(data: Path, typed: str) -> None:
    """Only a list whose every item is worded as an assessment is one: with a market in it,
    it is the markets' row typed a row up, left out with the warning it had."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    assert only(findings(data.parent, APRIL), "WARNING") == [
        (
            "WARNING",
            "B4",
            f"Khóa «nhan_dinh_sxcn» ghi «{typed}», không phải lời nhận định mà là một danh sách "
            "(các mục cách nhau bằng dấu «;»), như các thị trường (có lẽ ghi nhầm dòng): báo "
            "cáo bỏ nhận định này. Hãy ghi lời nhận định (ví dụ «tăng khá», «giảm nhẹ»), hoặc "
            "để trống để chương trình chọn theo ngưỡng trong tệp cấu hình.",
        )
    ]
    assert lead_of(data) == LEAD


def test_a_difficulty_or_a_plan_completed_is_no_market() -> None:
    """ "Khó Khăn" and "Hoàn Thành Kế Hoạch" at a markets key were markets ("Thị trường
    xuất khẩu lớn nhất là Khó Khăn …"): as words of the course, each is the assessment
    word typed a row down, as "Trầm Lắng" is."""
    for typed in ("Khó Khăn", "Hoàn Thành Kế Hoạch"):
        assert another_keys_value(typed, "thi_truong_xuat_khau") == (
            "lời nhận định mức thay đổi (như ở khóa «nhan_dinh_sxcn»)"
        ), typed


@pytest.mark.parametrize(
    ("typed", "index", "change", "warned"),
    [
        ("Khó khăn nhưng vẫn tăng khá", 112, "tăng 12,00%", False),
        ("Chững lại, nhưng vẫn tăng trưởng khá", 112, "tăng 12,00%", False),
        ("Khởi sắc song vẫn giảm nhẹ", 99, "giảm 1,00%", False),
        ("Khó khăn nhưng vẫn tăng", 95, "giảm 5,00%", True),
        ("Phục hồi nhưng chưa bền vững", 97, "giảm 3,00%", True),
        ("Khởi sắc nhưng chưa bền vững", 103, "tăng 3,00%", False),
        ("Chững lại nhưng vẫn còn tăng", 112, "tăng 12,00%", False),
    ],
)
def test_a_recovery_or_a_stall_turned_by_nhung_is_checked_by_the_words_after_it(
    data: Path, typed: str, index: object, change: str, warned: bool
) -> None:
    """ "Khó khăn nhưng vẫn tăng khá" beside an index of 112 was a warning that it
    contradicts the rise, and left out of the report: a stall's words with a rise of two
    digits. A recovery or a stall turned by "nhưng", "song", "tuy nhiên" is checked by the
    words after the turn ("vẫn tăng khá": a rise), as the sentence reads; words after it
    that say no course ("chưa bền vững") leave the recovery to be checked ("Phục hồi nhưng
    chưa bền vững" beside 97 was printed)."""
    _graded(data, typed, index, change, warned=warned)


@pytest.mark.parametrize(
    ("typed", "index", "change"),
    [
        ("Khó khăn, nhưng vẫn tăng khá", 98, "giảm 2,00%"),
        ("Khởi sắc, song vẫn giảm nhẹ", 105, "tăng 5,00%"),
    ],
)
def test_a_turn_after_a_comma_is_checked_by_the_words_after_it(
    data: Path, typed: str, index: object, change: str
) -> None:
    """ "Khó khăn, nhưng vẫn tăng khá" beside an index of 98 printed "tỉnh Bắc Giang khó
    khăn, nhưng vẫn tăng khá, ước giảm 2,00% so với cùng kỳ" with exit 0: the comma after
    the stall's words ("khăn,") hid them, so the words after the turn were never read. A
    comma before the turn, as offices type it, is read as the turn without one."""
    _graded(data, typed, index, change, warned=True)


@pytest.mark.parametrize(
    ("typed", "index", "change"),
    [
        ("Khó Khăn Nhưng Vẫn Tăng Khá", 112, "tăng 12,00%"),
        ("Khởi Sắc Song Vẫn Giảm Nhẹ", 99, "giảm 1,00%"),
        ("TRẦM LẮNG, TUY NHIÊN VẪN TĂNG", 105, "tăng 5,00%"),
    ],
)
def test_a_title_cased_assessment_turned_by_nhung_is_no_name(
    data: Path, typed: str, index: object, change: str
) -> None:
    """ "Khó Khăn Nhưng Vẫn Tăng Khá" was warned "… không phải lời nhận định mà là một tên
    riêng, như tên một thị trường …" and left out, though "khó khăn nhưng vẫn tăng khá" is
    printed: the words after a turn ("nhưng", "song", "tuy nhiên") were no words of the
    course. An assessment turned to words of the course is one, in any case."""
    _graded(data, typed, index, change, warned=False)


def test_thousands_of_words_before_an_opening_are_read_in_a_moment() -> None:
    """Each word of an assessment was tried against every opening of the course, each
    opening split anew: "Có Có … Tăng" of 48 000 characters took 2 s to read as an
    assessment, a 32 767-character cell a second at each reading. Openings are tried where
    their first word stands."""
    typed = "Có " * 16_000 + "Tăng"
    start = time.perf_counter()
    assert (title_cased_change(typed), says_a_change(typed)) == (True, True)
    assert time.perf_counter() - start < 0.5


def test_many_turns_after_a_mood_are_read_in_a_moment() -> None:
    """Each turn after a mood ("khó khăn nhưng khó khăn nhưng … tăng") was graded twice,
    once for a rise and once for a fall, each grading the rest anew: a word of 12 turns (180
    characters) took seconds, one of 30 would take hours, and 2000 overflowed Python's stack.
    Each turn is read once, from the last."""
    from decimal import Decimal

    from baocao.iip import agrees

    start = time.perf_counter()
    assert agrees("khó khăn nhưng " * 12 + "tăng", Decimal(5), 2)
    assert time.perf_counter() - start < 0.5
    typed = "khó khăn nhưng " * 1000 + "tăng"
    assert agrees(typed, Decimal(5), 2) and not agrees(typed, Decimal(-5), 2)
    typed = "khó khăn nhưng " * 200 + "chưa bền vững"  # no course after a turn: the stall
    assert agrees(typed, Decimal(-5), 2) and not agrees(typed, Decimal(15), 2)
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize(
    ("typed", "index", "printed", "change"),
    [
        ("Tăng; Giảm", 104, "tăng, giảm", "tăng 4,00%"),
        ("giảm nhẹ, tăng khá", 95, "giảm nhẹ, tăng khá", "giảm 5,00%"),
    ],
)
def test_parts_of_opposite_courses_are_at_odds_with_any_index(
    data: Path, typed: str, index: object, printed: str, change: str
) -> None:
    """ "Tăng; Giảm" printed "tỉnh Bắc Giang tăng, giảm, ước tăng 4,00%" with exit 0: a
    list of assessment words was graded by its first alone. Parts saying a rise and a fall,
    with no turn between them and neither naming what it is against, agree with no index."""
    _graded(data, typed, index, change, warned=True, printed=printed)


def test_a_stall_is_chung_lai_or_chung_alone_not_any_word_opening_with_its_letters() -> None:
    """The stalls' "chung" (plain "chững") took any word opening with those letters: "chung
    cả ngành tăng khá" beside 115 was said to contradict it. "Chững lại" and "Chững" alone
    are stalls; other words opening "chung" are graded by their own course."""
    from decimal import Decimal

    from baocao.iip import agrees

    assert agrees("chung cả ngành tăng khá", Decimal(15), 2)
    assert not agrees("Chững", Decimal(15), 2) and agrees("Chững", Decimal(5), 2)
    assert not agrees("chựng lại", Decimal(15), 2) and agrees("chựng lại", Decimal(-3), 2)


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        (
            "Tăng khá; Giảm nhẹ so với tháng trước",
            ("dấu «;» giữa các lời nhận định viết thành «,»",),
        ),
        ("Tăng khá, Giảm nhẹ so với tháng trước", ()),
        ("Tăng khá, Giảm Nhẹ So Với Tháng Trước", ()),  # review15: "giảm Nhẹ So Với …"
    ],
)
def test_each_part_typed_as_a_sentence_opens_is_lowered(
    data: Path, typed: str, why: tuple[str, ...]
) -> None:
    """ "Tăng khá; Giảm nhẹ so với tháng trước", each part typed as a sentence opens, was
    printed "… tỉnh Bắc Giang tăng khá, Giảm nhẹ so với tháng trước, ước tăng 12,00% …"
    with exit 0 (falsealarm11): only the first part's capital was lowered. Each part worded
    as a change stands mid-sentence too."""
    iip = [("iip", "Toàn ngành", 112, None, None, 98, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    found = only(findings(data.parent, APRIL), "WARNING", "ERROR", "INFO")
    printed = "tăng khá, giảm nhẹ so với tháng trước"
    assert [f for f in found if f[1] == "B4" or f[0] != "INFO"] == [note(printed, *why)]
    said = f"{printed}, ước tăng 12,00% so với cùng kỳ; giảm 2,00% so với tháng trước."
    assert any(t.endswith(said) for t in report(data.parent, APRIL))


@pytest.mark.parametrize(
    ("typed", "warned"),
    [
        ("giảm so với cùng kỳ nhưng tăng so với tháng trước", True),
        ("giảm so với cùng kỳ, giảm nhẹ so với tháng trước", False),
    ],
)
def test_a_part_naming_last_month_in_a_report_of_months_is_graded_by_the_month(
    data: Path, typed: str, warned: bool
) -> None:
    """In the report of 6 tháng the lead is the period's ("6 tháng đầu năm 2024 … ước giảm
    5,00% so với cùng kỳ") and the month's change against last month is the second
    sentence's ("Riêng tháng 6/2024, chỉ số ước …; giảm 2,00% so với tháng trước"). A part
    naming last month was graded by the period's change, or not at all: "giảm so với cùng
    kỳ nhưng tăng so với tháng trước" was printed beside "giảm 2,00% so với tháng trước"
    with no word. It is graded by the month's change against last month."""
    june = Period(2024, 6)
    iip = [("iip", "Toàn ngành", 112, 95, None, 98, None, "CN")]
    info = {"nhan_dinh_sxcn": typed, "ky_bao_cao": "6 tháng"}
    month_book(data, june, info, [row("x", ytd=400)], iip)
    found = only(findings(data.parent, june), "WARNING")
    assert found == ([contradicts(typed, "giảm 2,00%", "tháng trước")] if warned else [])
    word = "" if warned else f"{typed}, "
    said = (
        f"Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2024 tỉnh Bắc Giang {word}ước giảm "
        "5,00% so với cùng kỳ. Riêng tháng 6/2024, chỉ số ước tăng 12,00% so với cùng kỳ; "
        "giảm 2,00% so với tháng trước."
    )
    assert said in report(data.parent, june)


def test_a_paragraph_typed_as_the_assessment_word_is_left_out_at_once(data: Path) -> None:
    """A 32 kB «nhan_dinh_sxcn» of turns ("khó khăn nhưng " over and over, review15) took
    35 s to check, graded turn by turn. A word longer than 300 characters is no word of the
    index's course: left out at once, with a warning, the config's thresholds choosing the
    word as for a blank cell; one of 300 is graded as any word."""
    typed = ("khó khăn nhưng " * 2200)[:32767]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_104)
    start = time.perf_counter()
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B4",
            "Khóa «nhan_dinh_sxcn» ghi một đoạn dài 32.767 ký tự, không phải lời nhận định "
            "đứng giữa câu (ví dụ «tăng khá»): báo cáo bỏ đoạn này, như khi ô để trống (lời nhận "
            "định chọn theo ngưỡng trong tệp cấu hình, nếu có). Hãy ghi lời nhận định ngắn, "
            "hoặc để trống ô.",
        )
    ]
    assert time.perf_counter() - start < 5
    assert lead_of(data) == LEAD.replace("Bắc Giang ước", "Bắc Giang tăng nhẹ, ước")  # the config's
    word = "tăng khá nhờ " + "các doanh nghiệp chế biến " * 11 + "x" * 1
    word = word + "y" * (300 - len(word))
    month_book(data, APRIL, {"nhan_dinh_sxcn": word}, [row("x", ytd=400)], IIP_104)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []


def test_thousands_of_turns_after_moods_in_a_cell_are_read_in_a_moment() -> None:
    """Each turn after a mood was read with all the words after it, each time bared anew:
    "khó khăn, nhưng …" 2000 times (32 000 characters, a cell's most) took 24 s to grade,
    15 s in a check. The words are bared once, and the last 50 turns read back."""
    from decimal import Decimal

    from baocao.iip import agrees

    typed = "khó khăn, nhưng " * 2000
    start = time.perf_counter()
    assert agrees(typed, Decimal(-5), 2) and agrees(typed, Decimal(5), 2)
    assert agrees("khó khăn, nhưng " * 1999 + "tăng", Decimal(5), 2)
    assert not agrees("khó khăn, nhưng " * 1999 + "tăng", Decimal(-5), 2)
    assert time.perf_counter() - start < 1


STOP_INSIDE = (
    "Khóa «nhan_dinh_sxcn» có dấu kết thúc câu ở giữa («{}»), mà lời nhận định đứng giữa câu "
    "chỉ số sản xuất công nghiệp: báo cáo in nguyên như vậy, câu bị tách làm hai và câu sau "
    "thiếu chủ ngữ. Hãy nối các ý bằng dấu phẩy (ví dụ «tăng khá so với cùng kỳ, giảm nhẹ so "
    "với tháng trước»), hoặc viết ý sau trong phần hoạt động."
)


def test_a_sentence_ended_inside_the_assessment_word_is_a_warning(data: Path) -> None:
    """review15: "tăng khá so với cùng kỳ. Tuy nhiên, giảm nhẹ so với tháng trước" was
    printed inside the index's sentence, breaking it in two, with no word at the cell."""
    typed = "tăng khá so với cùng kỳ. Tuy nhiên, giảm nhẹ so với tháng trước"
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip_of(112))
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        ("WARNING", "B4", STOP_INSIDE.format("kỳ. Tuy"))
    ]
    said = f"Bắc Giang {typed}, ước"
    assert lead_of(data) == LEAD.replace("Bắc Giang ước", said).replace("4,00%", "12,00%")


@pytest.mark.parametrize(
    ("typed", "ends"),
    [
        ("Tăng Khá. Giảm Nhẹ So Với Tháng Trước", ["Khá. Giảm"]),
        ("tăng 5%. Tuy vậy vẫn thấp", ["5%. Tuy"]),
        ("tăng khá! Đáng mừng", ["khá! Đáng"]),
        ("tăng khá nhờ các dự án ở TP. Hồ Chí Minh và Tp. Vinh", []),
        ("tăng nhờ Cty. ABC, KCN. Quang Châu, H. Lục Nam", []),
        # "v.v." (etc.) ends a list; a capital after it opens a sentence (falsealarm15).
        ("tăng nhờ điện tử, dệt may, v.v. Riêng ngành khai khoáng giảm", ["v.v. Riêng"]),
        ("KT. GIÁM ĐỐC", []),  # another key's value, left out as such
        ("tăng khá.", []),  # a stop at the end: dropped (``mid_sentence``)
        ("tăng 5.2 lần", []),
    ],
)
def test_sentence_ends_inside_a_word_are_told_from_abbreviations(
    typed: str, ends: list[str]
) -> None:
    assert sentence_ends(typed) == ends


@pytest.mark.parametrize(
    "typed",
    [
        "tăng khá (TP. Thủ Đức dẫn đầu)",
        "tăng khá nhờ «Cty. Samsung Display» tăng đơn hàng",
        'tăng khá nhờ "TP. Thủ Đức" thu hút đầu tư',
        "tăng khá nhờ Thép Hòa Phát (CTCP. Hòa Phát Dung Quất)",
        "tăng khá (H. Củ Chi, Q. Bình Tân)",
    ],
)
def test_an_abbreviation_after_a_bracket_or_a_quote_ends_no_sentence(typed: str) -> None:
    """falsealarm15: an abbreviation that opens a bracket or a quote ("(TP. Thủ Đức)",
    "«Cty. Samsung Display»") was taken with it ("(TP") for a word ending a sentence, a
    warning on a correct assessment."""
    assert sentence_ends(typed) == []
    assert sentence_ends(f"{typed}. Tuy nhiên giảm") == [f"{typed.split()[-1]}. Tuy"]


def test_a_company_s_co_ends_no_sentence() -> None:
    """falsealarm15: "Samsung Electronics Co. Ltd", a company's English name, was warned as
    a sentence ended inside the assessment word."""
    assert sentence_ends("tăng khá nhờ Công ty Samsung Electronics Co. Ltd tăng đơn hàng") == []


@pytest.mark.parametrize(
    ("typed", "index", "change", "warned"),
    [
        ("gặp khó khăn", 125.31, "tăng 25,31%", True),
        ("Gặp Nhiều Khó Khăn", 115, "tăng 15,00%", True),
        ("còn nhiều khó khăn", 115, "tăng 15,00%", True),
        ("nhiều khó khăn", 115, "tăng 15,00%", True),
        ("gặp khó", 115, "tăng 15,00%", True),
        ("gặp khó", 95, "giảm 5,00%", False),
        ("gặp khó khăn", 104, "tăng 4,00%", False),
        ("gặp nhiều khó khăn", 95, "giảm 5,00%", False),
        ("gặp khó khăn nhưng vẫn tăng khá", 115, "tăng 15,00%", False),
    ],
)
def test_a_difficulty_met_is_a_stall_too(
    data: Path, typed: str, index: object, change: str, warned: bool
) -> None:
    """ "gặp khó khăn" beside an index of 125,31 (Hà Tĩnh, August 2024) printed "tỉnh …
    gặp khó khăn, ước tăng 25,31% so với cùng kỳ" with exit 0, while "khó khăn" and "còn
    khó khăn" were warned and left out: a difficulty met ("gặp", "gặp nhiều", "nhiều") is
    the stall "khó khăn" is, which agrees with a fall and a rise under 10%, not with growth
    of two digits; a turn after it still says the course."""
    _graded(data, typed, index, change, warned=warned)


@pytest.mark.parametrize(
    ("typed", "index", "change", "warned"),
    [
        ("dần phục hồi", 95, "giảm 5,00%", True),
        ("đang dần phục hồi", 95, "giảm 5,00%", True),
        ("từng bước phục hồi", 95, "giảm 5,00%", True),
        ("mạnh mẽ phục hồi", 95, "giảm 5,00%", True),
        ("dần khởi sắc", 95, "giảm 5,00%", True),
        ("dần phục hồi", 104, "tăng 4,00%", False),
        ("mạnh mẽ phục hồi", 125.31, "tăng 25,31%", False),
        # Title-cased, it was taken for a name: "Dần" was no word a course may follow.
        ("Đang Dần Phục Hồi", 104, "tăng 4,00%", False),
        ("Từng Bước Phục Hồi", 95, "giảm 5,00%", True),
    ],
)
def test_a_recovery_at_its_pace_needs_a_rise(
    data: Path, typed: str, index: object, change: str, warned: bool
) -> None:
    """ "dần phục hồi" beside an index of 95 printed "tỉnh … dần phục hồi, ước giảm 5,00%
    so với cùng kỳ" with exit 0, while "phục hồi" was warned and left out: a recovery said
    with its pace before it ("dần", "từng bước", "mạnh mẽ": "Sản xuất công nghiệp tháng 8
    của Hà Tĩnh mạnh mẽ phục hồi") is a recovery still, which needs a rise."""
    _graded(data, typed, index, change, warned=warned)


@pytest.mark.parametrize(
    ("typed", "index", "change"),
    [
        ("tăng trưởng chậm lại so với tháng trước", 103, ""),
        ("tăng thấp hơn so với tháng trước", 103, ""),
        ("tiếp tục tăng nhưng chậm lại so với tháng 3", 103, ""),
        ("tăng so với cùng kỳ nhưng chậm lại so với tháng trước", 103, ""),
        ("giảm tốc độ tăng trưởng so với tháng trước", 103, ""),
        ("tăng trưởng giảm tốc so với tháng trước", 103, ""),
        ("tăng so với cùng kỳ nhưng thấp hơn tháng trước", 103, ""),
        # Still graded: a rise slowed says a rise; a rise against last month, its index.
        ("tăng trưởng chậm lại so với tháng trước", 97, "giảm 3,00%"),
        ("tăng nhẹ so với tháng trước", 103, "giảm 2,00%"),
    ],
)
def test_a_rise_slowed_against_last_month_is_graded_by_the_rise(
    data: Path, typed: str, index: object, change: str
) -> None:
    """falsealarm18: "tăng trưởng chậm lại so với tháng trước" beside an index up 3,00% on
    last year's month and down 2,00% on last month (growth slower than last month's, as the
    statistics office words it) was warned "… trái với chỉ số sản xuất công nghiệp (ước
    giảm 2,00% so với tháng trước)" and left out of a correct report: "chậm lại", "chậm
    hơn", "thấp hơn" after a rise compare its growth with last month's, which a fall on
    last month does not contradict. The rise is graded by the lead's change; "tăng nhẹ so
    với tháng trước" still by the change against last month."""
    iip = [("iip", "Toàn ngành", index, None, None, 98, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    base = "tháng trước" if "nhẹ" in typed else "cùng kỳ"
    found = only(findings(data.parent, APRIL), "WARNING", "ERROR")
    assert found == ([contradicts(typed, change, base)] if change else [])
    yoy = f"ước {'tăng' if index == 103 else 'giảm'} 3,00% so với cùng kỳ"
    word = "" if change else f"{typed}, "
    said = f"tỉnh Bắc Giang {word}{yoy}; giảm 2,00% so với tháng trước."
    assert any(t.endswith(said) for t in report(data.parent, APRIL))


def test_a_list_of_parts_with_a_base_before_its_course_is_no_market_list(data: Path) -> None:
    """falsealarm18: "tăng so với cùng kỳ; so với tháng trước giảm do số ngày làm việc ít
    hơn" was warned "… không phải lời nhận định mà là một danh sách (các mục cách nhau bằng
    dấu «;»), như các thị trường …" and left out: an item naming its base before its course
    ("so với tháng trước giảm …", read so when typed alone) is worded as an assessment. It
    is printed with its ";" made ",", each part graded by its own base."""
    typed = "tăng so với cùng kỳ; so với tháng trước giảm do số ngày làm việc ít hơn"
    iip = [("iip", "Toàn ngành", 106, None, None, 93, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    found = only(findings(data.parent, APRIL), "WARNING", "ERROR", "INFO")
    printed = typed.replace(";", ",")
    why = "dấu «;» giữa các lời nhận định viết thành «,»"
    assert [f for f in found if f[1] == "B4" or f[0] != "INFO"] == [note(printed, why)]
    said = f"{printed}, ước tăng 6,00% so với cùng kỳ; giảm 7,00% so với tháng trước."
    assert any(t.endswith(said) for t in report(data.parent, APRIL))


@pytest.mark.parametrize(
    ("typed", "index", "change"),
    [
        ("giảm nhẹ so với tháng trước", 108, ""),
        ("tăng so với tháng trước nhưng giảm so với cùng kỳ", 88.32, ""),
        # Still graded: a part naming no base, or the same period too, by the lead's change.
        ("tăng khá; giảm nhẹ so với tháng trước", 96, "giảm 4,00%"),
        ("tăng so với cùng kỳ và tháng trước", 96, "giảm 4,00%"),
    ],
)
def test_a_part_naming_last_month_is_not_graded_without_its_index(
    data: Path, typed: str, index: object, change: str
) -> None:
    """falsealarm18: with «Chỉ số so với tháng trước (%)» blank (as the sample office leaves
    it), "giảm nhẹ so với tháng trước" beside an index up 8,00% on last year's month was
    warned "… trái với chỉ số sản xuất công nghiệp (ước tăng 8,00% so với cùng kỳ)" and left
    out, and so was "tăng so với tháng trước nhưng giảm so với cùng kỳ" beside a fall of
    11,68% (Hòa Bình's index of 9/2021: "tăng 11,35% so với tháng trước và giảm 11,68% so
    với cùng kỳ"): a part naming last month only was graded by the change against last
    year, of which it says nothing. Without the change against last month such a part is
    not graded; the other parts are, by the lead's change."""
    iip = [("iip", "Toàn ngành", index, None, None, None, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    found = only(findings(data.parent, APRIL), "WARNING", "ERROR")
    assert found == ([contradicts(typed.replace(";", ","), change)] if change else [])
    yoy = "ước tăng 8,00%" if index == 108 else "ước giảm 11,68%" if index == 88.32 else ""
    if not change:
        said = f"tỉnh Bắc Giang {typed}, {yoy} so với cùng kỳ."
        assert any(t.endswith(said) for t in report(data.parent, APRIL))


def test_a_figure_in_a_word_naming_last_month_alone_is_said_without_its_index(
    data: Path,
) -> None:
    """A word naming last month alone, not graded without the change against last month,
    is still left out when it holds a figure, its warning quoting the lead's change (the
    clause it would be graded by was looked for among none: an IndexError)."""
    typed = "giảm 5% so với tháng trước"
    iip = [("iip", "Toàn ngành", 108, None, None, None, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B4",
            f"Nhận định «{typed}» (khóa «nhan_dinh_sxcn») có số «5%», mà câu văn in ngay sau "
            "nhận định mức thay đổi tính từ chỉ số (ước tăng 8,00% so với cùng kỳ): báo cáo bỏ "
            "nhận định này. Hãy chỉ ghi lời nhận định, không ghi số (ví dụ «tăng khá», «giảm "
            "nhẹ»).",
        )
    ]
