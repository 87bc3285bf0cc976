"""Surely-wrong figures never reach a signed report silently (issue 11): contradicting
assessment words, zero and absurd bases, units changed between months, far signing dates,
and the year-to-date derived or missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from baocao.api import build_report, check_inputs
from baocao.config import load_config
from baocao.period import Period, ReportKind
from baocao.plausible import signing_window
from test_figures import month_book, row

from helpers import document_texts, load_workbook, write_config

APRIL, MAY, DECEMBER = Period(2024, 4), Period(2024, 5), Period(2024, 12)


def findings(folder: Path, period: Period) -> list[tuple[str, str | None, str]]:
    """check of ``period`` with the default template: (severity, cell, message) of every
    problem of the workbooks (notes included)."""
    config = load_config(write_config(folder, template=None))
    return [
        (p.severity.name, p.cell, p.message)
        for p in check_inputs(config, period).problems
        if p.file is not None and p.file.suffix == ".xlsx"
    ]


def only(found: list[tuple[str, str | None, str]], *severities: str) -> list[tuple[str, ...]]:
    return [(s, str(c), m) for s, c, m in found if s in severities]


def edit_april(
    data: Path,
    rows: dict[str, list[tuple[object, ...]]] | None = None,
    cells: dict[str, object] | None = None,
) -> None:
    """Append ``rows`` to April's workbook's sheets, then set ``cells`` ("NhiemVu!B2")."""
    book = load_workbook(data / "2024-04.xlsx")
    for sheet, added in (rows or {}).items():
        for values in added:
            book[sheet].append(values)
    for where, value in (cells or {}).items():
        sheet, ref = where.split("!")
        book[sheet][ref] = value
    book.save(data / "2024-04.xlsx")


def report(folder: Path, period: Period) -> list[str]:
    """The report's paragraphs, built with the default template."""
    config = load_config(write_config(folder, template=None))
    return document_texts(build_report(config, period, folder / "r.docx").output)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


# The assessment word.

IIP_95 = [("iip", "Toàn ngành", 95, None, None, None, None, "CN")]


def test_typed_word_that_contradicts_is_a_warning_at_its_cell(data: Path) -> None:
    """A typed "tăng khá" for an index of 95 warns at nhan_dinh_sxcn and is left out."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": "tăng khá"}, [row("x", ytd=400)], IIP_95)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B4",
            "Nhận định «tăng khá» (khóa «nhan_dinh_sxcn») trái với chỉ số sản xuất công nghiệp "
            "(ước giảm 5,00% so với cùng kỳ): báo cáo bỏ nhận định này. Hãy sửa nhận định cho "
            "khớp, hoặc để trống để chương trình chọn theo ngưỡng trong tệp cấu hình.",
        )
    ]


IIP_104 = [("iip", "Toàn ngành", 104, None, None, None, None, "CN")]


@pytest.mark.parametrize(
    ("typed", "iip", "warned"),
    [
        ("tăng trưởng âm", IIP_95, False),
        ("giảm tốc độ tăng trưởng", IIP_104, False),
        ("giảm nhẹ về tốc độ tăng", IIP_104, False),
        ("tăng trưởng âm", IIP_104, True),
        ("giảm tốc độ tăng trưởng", IIP_95, True),
    ],
)
def test_a_word_of_negative_or_slower_growth_agrees_with_its_index(
    data: Path, typed: str, iip: list[tuple[object, ...]], warned: bool
) -> None:
    """«nhan_dinh_sxcn» "tăng trưởng âm" (negative growth) for an index of 95 and "giảm tốc
    độ tăng trưởng" (growth slowed) for one of 104 were said to contradict it («trái với chỉ
    số sản xuất công nghiệp») and left out: each now agrees, and warns the other way."""
    _agrees_with_its_index(data, typed, iip, warned)


@pytest.mark.parametrize(
    ("typed", "iip", "warned"),
    [
        ("suy giảm", IIP_104, True),
        ("Suy Thoái", IIP_104, True),
        ("tiếp tục sụt giảm", IIP_104, True),
        ("vẫn tăng", IIP_95, True),
        ("nhích lên", IIP_95, True),
        ("nhích nhẹ", IIP_95, True),
        ("sụt giảm", IIP_95, False),
        ("Suy Thoái", IIP_95, False),
        ("nhích lên", IIP_104, False),
    ],
)
def test_a_word_of_a_fall_or_rise_agrees_with_its_index(
    data: Path, typed: str, iip: list[tuple[object, ...]], warned: bool
) -> None:
    """«nhan_dinh_sxcn» "suy giảm" for an index of 104 printed "tỉnh Bắc Giang suy giảm,
    ước tăng 4,00% so với cùng kỳ" with exit code 0 ("Suy Thoái" too, "nhích lên" for 95):
    only "tăng" and "giảm" were checked against the index. A course's verb of a fall needs a
    fall, one of a rise a rise, also after "tiếp tục", "vẫn"."""
    _agrees_with_its_index(data, typed, iip, warned)


@pytest.mark.parametrize(
    ("typed", "iip", "warned"),
    [
        ("giảm, do thiếu đơn hàng", IIP_104, True),
        ("giảm. do thiếu đơn hàng", IIP_104, True),
        ("tăng, nhờ đơn hàng mới", IIP_95, True),
        ("khởi sắc, nhờ đơn hàng mới", IIP_95, True),
        ("giảm, do thiếu đơn hàng", IIP_95, False),
        ("tăng, nhờ đơn hàng mới", IIP_104, False),
    ],
)
def test_a_rise_or_a_fall_before_a_comma_agrees_with_its_index(
    data: Path, typed: str, iip: list[tuple[object, ...]], warned: bool
) -> None:
    """«nhan_dinh_sxcn» "giảm, do thiếu đơn hàng" beside an index of 104 printed "… giảm, do
    thiếu đơn hàng, ước tăng 4,00% so với cùng kỳ" with no warning, as "tăng, nhờ …" beside
    95 did: a course's word followed by a comma or a full stop was read as no course. It is
    read as without them."""
    _agrees_with_its_index(data, typed, iip, warned)


def contradicts(printed: str, change: str, base: str = "cùng kỳ") -> tuple[str, str, str]:
    """The warning at «nhan_dinh_sxcn» (B4) that ``printed`` contradicts the index's
    ``change`` against ``base``, and is left out."""
    return (
        "WARNING",
        "B4",
        f"Nhận định «{printed}» (khóa «nhan_dinh_sxcn») trái với chỉ số sản xuất công nghiệp "
        f"(ước {change} so với {base}): báo cáo bỏ nhận định này. Hãy sửa nhận định cho khớp, "
        "hoặc để trống để chương trình chọn theo ngưỡng trong tệp cấu hình.",
    )


def _agrees_with_its_index(
    data: Path, typed: str, iip: list[tuple[object, ...]], warned: bool
) -> None:
    """``typed`` at «nhan_dinh_sxcn» beside ``iip`` (IIP_95 or IIP_104): the warning that
    it contradicts the index when ``warned`` (quoting it lowered), else printed with it."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    change = "giảm 5,00%" if iip is IIP_95 else "tăng 4,00%"
    lowered = typed.lower()
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (
        [contradicts(lowered, change)] if warned else []
    )
    if not warned:
        assert any(f"{lowered}, ước {change}" in t for t in report(data.parent, APRIL))


def test_a_word_naming_last_month_agrees_with_the_month_against_last_month(data: Path) -> None:
    """«nhan_dinh_sxcn» "giảm nhẹ so với tháng trước" beside an index up 4% against last
    year and down 1% against last month was warned "Nhận định «giảm nhẹ so với tháng trước»
    (khóa «nhan_dinh_sxcn») trái với chỉ số sản xuất công nghiệp (ước tăng 4,00% so với cùng
    kỳ)" and left out of a correct report: a word naming its base was graded by the first
    change. It is graded by the change against the base it names, and printed."""
    typed = "giảm nhẹ so với tháng trước"
    iip = [("iip", "Toàn ngành", 104, None, None, 99, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []
    assert any(f"{typed}, ước tăng 4,00% so với cùng kỳ" in t for t in report(data.parent, APRIL))
    iip = [("iip", "Toàn ngành", 104, None, None, 101, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert [f[1] for f in only(findings(data.parent, APRIL), "WARNING", "ERROR")] == ["B4"]


@pytest.mark.parametrize("typed", ["tăng nhẹ so với tháng trước", "tăng nhẹ so với tháng 3"])
def test_a_word_naming_last_month_is_warned_with_that_change(data: Path, typed: str) -> None:
    """«nhan_dinh_sxcn» "tăng nhẹ so với tháng trước" beside an index up 4% against last
    year and down 1% against last month was warned "… trái với chỉ số sản xuất công nghiệp
    (ước tăng 4,00% so với cùng kỳ)", a change it agrees with (province32): the message
    quoted the lead's first change, not the one the word is graded by."""
    iip = [("iip", "Toàn ngành", 104, None, None, 99, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        contradicts(typed, "giảm 1,00%", "tháng trước")
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "giảm nhẹ so với tháng 3",
        "giảm nhẹ so với tháng 3/2024",
        "Giảm nhẹ so với tháng 03 năm 2024",
    ],
)
def test_a_word_naming_last_month_by_its_number_agrees_with_that_index(
    data: Path, typed: str
) -> None:
    """«nhan_dinh_sxcn» "giảm nhẹ so với tháng 7" in August's report (province32: Bình
    Định's 8/2018 report says "giảm 0,43% so với tháng 7, tăng 8,74% so với cùng kỳ") beside
    an index down against last month and up against last year was warned "Nhận định «giảm
    nhẹ so với tháng 7» (khóa «nhan_dinh_sxcn») trái với chỉ số sản xuất công nghiệp (ước
    tăng 8,74% so với cùng kỳ)" and left out of a correct report: only "tháng trước" was
    read as last month. Last month named by its number (and this year) is graded as it is;
    last year's month is not."""
    iip = [("iip", "Toàn ngành", 104, None, None, 99, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []
    lowered = typed[0].lower() + typed[1:]
    assert any(f"{lowered}, ước tăng 4,00% so với cùng kỳ" in t for t in report(data.parent, APRIL))
    month_book(
        data, APRIL, {"nhan_dinh_sxcn": "giảm nhẹ so với tháng 3/2023"}, [row("x", ytd=400)], iip
    )
    assert [f[1] for f in only(findings(data.parent, APRIL), "WARNING", "ERROR")] == ["B4"]


@pytest.mark.parametrize(
    ("typed", "index", "mom_index", "contradicted"),
    [
        ("tăng khá; giảm nhẹ so với tháng trước", 104, 99, None),
        ("tăng khá, giảm nhẹ so với tháng 3", 104, 99, None),
        ("tăng khá; giảm nhẹ so với tháng trước", 104, 101, ("tăng 1,00%", "tháng trước")),
        ("tăng khá; giảm nhẹ so với tháng trước", 96, 99, ("giảm 4,00%", "cùng kỳ")),
        ("tăng nhẹ, so với tháng trước", 104, 99, ("giảm 1,00%", "tháng trước")),
    ],
)
def test_each_part_of_a_word_is_graded_by_its_own_base(
    data: Path, typed: str, index: int, mom_index: int, contradicted: tuple[str, str] | None
) -> None:
    """«nhan_dinh_sxcn» "tăng khá; giảm nhẹ so với tháng trước" beside an index up 4% against
    last year and down 1% against last month was warned "Nhận định «tăng khá, giảm nhẹ so với
    tháng trước» (khóa «nhan_dinh_sxcn») trái với chỉ số sản xuất công nghiệp (ước giảm 1,00%
    so với tháng trước)" and left out of a correct report, and with last month's up 1% it was
    printed: the whole word was graded by last month's change. Each part is graded by the
    change against its own base (the part naming none by last year's); a base set apart by
    a comma ("tăng nhẹ, so với tháng trước") is still the whole word's."""
    iip = [("iip", "Toàn ngành", index, None, None, mom_index, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    printed = typed.replace(";", ",")
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (
        [contradicts(printed, *contradicted)] if contradicted else []
    )
    if contradicted is None:
        said = f"{printed}, ước tăng 4,00% so với cùng kỳ; giảm 1,00% so với tháng trước."
        assert any(t.endswith(said) for t in report(data.parent, APRIL))


def _said(index: int) -> str:
    """An index's change as the report prints it ("tăng 4,00%", "giảm 1,00%")."""
    return f"{'tăng' if index > 100 else 'giảm'} {abs(index - 100)},00%"


@pytest.mark.parametrize(
    ("typed", "index", "mom_index", "contradicted"),
    [
        ("tăng khá so với cùng kỳ nhưng giảm nhẹ so với tháng trước", 104, 99, None),
        ("tăng khá so với cùng kỳ và giảm nhẹ so với tháng trước", 104, 99, None),
        ("tăng khá so với cùng kỳ, song giảm nhẹ so với tháng 3", 104, 99, None),
        ("tăng khá, tuy nhiên giảm nhẹ so với tháng trước", 104, 99, None),
        (
            "tăng khá so với cùng kỳ nhưng giảm nhẹ so với tháng trước",
            104,
            101,
            ("tăng 1,00%", "tháng trước"),
        ),
        (
            "giảm nhẹ so với tháng trước nhưng tăng khá so với cùng kỳ",
            96,
            99,
            ("giảm 4,00%", "cùng kỳ"),
        ),
        ("tăng khá nhưng giảm nhẹ so với tháng trước", 96, 99, ("giảm 4,00%", "cùng kỳ")),
        ("khó khăn nhưng vẫn tăng khá so với tháng trước", 115, 101, None),
        ("tăng nhanh và mạnh so với tháng trước", 104, 99, ("giảm 1,00%", "tháng trước")),
        ("giảm do thiếu đơn hàng nhưng đã tăng so với tháng trước", 96, 101, None),
        (
            "giảm do thiếu đơn hàng nhưng đã tăng so với tháng trước",
            96,
            99,
            ("giảm 1,00%", "tháng trước"),
        ),
    ],
)
def test_parts_joined_by_a_turn_or_va_are_graded_each_by_its_own_base(
    data: Path, typed: str, index: int, mom_index: int, contradicted: tuple[str, str] | None
) -> None:
    """«nhan_dinh_sxcn» "tăng khá so với cùng kỳ nhưng giảm nhẹ so với tháng trước" beside an
    index up 4% against last year and down 1% against last month was warned "… trái với chỉ
    số sản xuất công nghiệp (ước giảm 1,00% so với tháng trước)" and left out of a correct
    report, and beside last month's up 1% it was printed: only parts between commas or ";"
    were graded each by its own base, a word with "nhưng" or "và" as a whole by last month's
    change. Parts joined by "nhưng", "song", "tuy nhiên" or "và", each saying a course of its
    own, are graded each by its own base; a mood before a turn ("khó khăn nhưng vẫn tăng
    khá …") and a "và" between words of degree ("tăng nhanh và mạnh") stay the whole word's.
    "đã" before a course is read past as "vẫn" is ("… nhưng đã tăng so với tháng trước")."""
    iip = [("iip", "Toàn ngành", index, None, None, mom_index, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (
        [contradicts(typed, *contradicted)] if contradicted else []
    )
    if contradicted is None:
        said = f"{typed}, ước {_said(index)} so với cùng kỳ; {_said(mom_index)} so với tháng trước."
        assert any(t.endswith(said) for t in report(data.parent, APRIL))


@pytest.mark.parametrize(
    ("typed", "index", "mom_index", "contradicted"),
    [
        ("tăng so với cùng kỳ và tháng trước", 96, 101, ("giảm 4,00%", "cùng kỳ")),
        ("tăng cả so với cùng kỳ và so với tháng trước", 96, 101, ("giảm 4,00%", "cùng kỳ")),
        ("tăng so với tháng trước và cùng kỳ năm trước", 104, 99, ("giảm 1,00%", "tháng trước")),
        ("tăng so với cùng kỳ và tháng trước", 104, 101, None),
    ],
)
def test_a_word_naming_both_bases_is_graded_by_both(
    data: Path, typed: str, index: int, mom_index: int, contradicted: tuple[str, str] | None
) -> None:
    """«nhan_dinh_sxcn» "tăng so với cùng kỳ và tháng trước" beside an index down 4% against
    last year and up 1% against last month was printed "… tăng so với cùng kỳ và tháng
    trước, ước giảm 4,00% so với cùng kỳ; tăng 1,00% so với tháng trước" with no warning:
    a word naming last month was graded by that change alone. A word naming both last month
    and the same period is graded by both changes; the warning quotes the one it
    contradicts."""
    iip = [("iip", "Toàn ngành", index, None, None, mom_index, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (
        [contradicts(typed, *contradicted)] if contradicted else []
    )
    if contradicted is None:
        said = f"{typed}, ước {_said(index)} so với cùng kỳ; {_said(mom_index)} so với tháng trước."
        assert any(t.endswith(said) for t in report(data.parent, APRIL))


@pytest.mark.parametrize(
    ("typed", "index", "mom_index", "contradicted"),
    [
        ("cơ bản ổn định", 90, None, ("giảm 10,00%", "cùng kỳ")),
        ("tương đối ổn định", 90, None, ("giảm 10,00%", "cùng kỳ")),
        ("vẫn khá ổn định", 90, None, ("giảm 10,00%", "cùng kỳ")),
        ("cơ bản ổn định so với tháng trước", 104, 90, ("giảm 10,00%", "tháng trước")),
        ("cơ bản ổn định", 101, None, None),
    ],
)
def test_a_steady_word_after_co_ban_or_tuong_doi_is_graded_as_steady(
    data: Path, typed: str, index: int, mom_index: int | None, contradicted: tuple[str, str] | None
) -> None:
    """«nhan_dinh_sxcn» "cơ bản ổn định" beside an index down 10% against last year was
    printed "… cơ bản ổn định, ước giảm 10,00%" with no warning, while "ổn định" alone was
    warned: a word opening with "cơ bản", "tương đối" or "khá" was no course, any change
    agreed with it. Before a steady word they say how steady: graded as the steady word."""
    iip = [("iip", "Toàn ngành", index, None, None, mom_index, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (
        [contradicts(typed, *contradicted)] if contradicted else []
    )
    if contradicted is None:
        assert any(
            t.endswith(f"{typed}, ước tăng 1,00% so với cùng kỳ.")
            for t in report(data.parent, APRIL)
        )


@pytest.mark.parametrize(
    ("typed", "index", "contradicted"),
    [
        ("ổn định và có mức tăng trưởng khá", 112, None),
        ("tiếp tục ổn định và tăng trưởng khá", 112, None),
        ("ổn định, tăng trưởng khá", 112, None),
        ("ổn định và tiếp tục tăng trưởng", 112, None),
        ("ổn định và có bước tăng trưởng", 112, None),
        ("ổn định và tăng khá", 90, "giảm 10,00%"),
        ("ổn định và phát triển", 112, None),  # falsealarm14: growth, said in general
        ("ổn định và phát triển", 90, "giảm 10,00%"),
    ],
)
def test_a_steady_word_joined_to_a_rise_is_graded_by_the_rise(
    data: Path, typed: str, index: int, contradicted: str | None
) -> None:
    """«nhan_dinh_sxcn» "ổn định và có mức tăng trưởng khá" (production steady, and
    growing: a report's common words) beside an index up 12% was left out with a warning,
    graded by its opening "ổn định" as a change within 2%. A steady word joined by "và" or a
    comma to a rise's or a fall's words is graded by those; "ổn định và phát triển"
    (steady, and growing) by both: a rise or a change within 2% agrees, a fall beyond
    does not."""
    iip = [("iip", "Toàn ngành", index, None, None, None, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (
        [contradicts(typed, contradicted)] if contradicted else []
    )
    if contradicted is None:
        assert any(
            t.endswith(f"{typed}, ước tăng 12,00% so với cùng kỳ.")
            for t in report(data.parent, APRIL)
        )


@pytest.mark.parametrize(
    ("typed", "contradicted"),
    [
        ("giảm nhẹ so với tháng liền kề", None),
        ("giảm nhẹ so với tháng liền trước", None),
        ("tăng nhẹ so với tháng liền kề trước", ("giảm 1,00%", "tháng trước")),
    ],
)
def test_a_word_naming_last_month_as_thang_lien_ke_is_graded_by_last_month(
    data: Path, typed: str, contradicted: tuple[str, str] | None
) -> None:
    """«nhan_dinh_sxcn» "giảm nhẹ so với tháng liền kề" beside an index up 4% against last
    year and down 1% against last month was warned "… trái với chỉ số sản xuất công nghiệp
    (ước tăng 4,00% so với cùng kỳ)" and left out of a correct report, and "tăng nhẹ so với
    tháng liền kề trước" was printed: only "tháng trước" and the month's number named last
    month. "Tháng liền kề" and "tháng liền trước" name it too."""
    iip = [("iip", "Toàn ngành", 104, None, None, 99, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (
        [contradicts(typed, *contradicted)] if contradicted else []
    )
    if contradicted is None:
        said = f"{typed}, ước tăng 4,00% so với cùng kỳ; giảm 1,00% so với tháng trước."
        assert any(t.endswith(said) for t in report(data.parent, APRIL))


@pytest.mark.parametrize(
    ("typed", "index", "mom_index", "contradicted"),
    [
        ("tăng khá so với cùng kỳ, tuy nhiên so với tháng trước giảm nhẹ", 104, 99, None),
        ("so với tháng trước giảm nhẹ", 104, 101, ("tăng 1,00%", "tháng trước")),
        ("so với cùng kỳ năm trước tăng khá", 96, 99, ("giảm 4,00%", "cùng kỳ")),
    ],
)
def test_a_base_named_before_the_course_is_passed_over(
    data: Path, typed: str, index: int, mom_index: int, contradicted: tuple[str, str] | None
) -> None:
    """«nhan_dinh_sxcn» "tăng khá so với cùng kỳ, tuy nhiên so với tháng trước giảm nhẹ"
    beside an index up 4% against last year and down 1% against last month was warned "…
    trái với chỉ số sản xuất công nghiệp (ước giảm 1,00% so với tháng trước)" and left out
    of a correct report, and "so với cùng kỳ năm trước tăng khá" beside last year's down 4%
    was printed: a word opening with its base ("so với …") opened with no course. The base
    before the course is passed over; the course is graded by that base's change."""
    iip = [("iip", "Toàn ngành", index, None, None, mom_index, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (
        [contradicts(typed, *contradicted)] if contradicted else []
    )
    if contradicted is None:
        said = f"{typed}, ước {_said(index)} so với cùng kỳ; {_said(mom_index)} so với tháng trước."
        assert any(t.endswith(said) for t in report(data.parent, APRIL))


@pytest.mark.parametrize(
    ("typed", "index", "mom_index", "contradicted"),
    [
        ("tăng so với cùng kỳ nhưng giảm so với tháng trước", 104, 99, None),
        ("tăng khá so với cùng kỳ, song giảm nhẹ so với tháng trước", 104, 99, None),
        ("tăng so với cùng kỳ và giảm nhẹ so với tháng trước", 104, 99, None),
        ("giảm so với cùng kỳ nhưng tăng so với tháng trước", 96, 102, None),
        (
            "tăng so với cùng kỳ nhưng giảm so với tháng trước",
            104,
            101,
            ("tăng 1,00%", "tháng trước"),
        ),
        ("giảm so với tháng trước nhưng tăng so với cùng kỳ", 96, 99, ("giảm 4,00%", "cùng kỳ")),
    ],
)
def test_parts_each_naming_its_base_are_graded_alone_across_a_turn(
    data: Path, typed: str, index: int, mom_index: int, contradicted: tuple[str, str] | None
) -> None:
    """«nhan_dinh_sxcn» "tăng so với cùng kỳ nhưng giảm so với tháng trước", as reports
    write it, beside an index up 4% on last year and down 1% on last month was warned "Nhận
    định «…» trái với chỉ số sản xuất công nghiệp (ước giảm 1,00% so với tháng trước)" and
    left out, and "giảm so với tháng trước nhưng tăng so với cùng kỳ" beside a fall on both
    was printed: a word naming last month was graded whole by last month's change, across
    its turn or "và". Each part naming its own base is graded by that base's change."""
    iip = [("iip", "Toàn ngành", index, None, None, mom_index, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (
        [contradicts(typed, *contradicted)] if contradicted else []
    )
    if contradicted is None:
        yoy, mom = index - 100, mom_index - 100
        said = (
            f"{typed}, ước {'tăng' if yoy > 0 else 'giảm'} {abs(yoy)},00% so với cùng kỳ; "
            f"{'tăng' if mom > 0 else 'giảm'} {abs(mom)},00% so với tháng trước."
        )
        assert any(t.endswith(said) for t in report(data.parent, APRIL))


@pytest.mark.parametrize("iip", [IIP_95, IIP_104])
@pytest.mark.parametrize("typed", ["lên xuống thất thường", "lúc lên lúc xuống"])
def test_a_word_of_a_rise_and_a_fall_agrees_with_either(
    data: Path, typed: str, iip: list[tuple[object, ...]]
) -> None:
    """«nhan_dinh_sxcn» "lên xuống thất thường" beside an index of 95 was warned "Nhận định
    «lên xuống thất thường» (khóa «nhan_dinh_sxcn») trái với chỉ số sản xuất công nghiệp
    (ước giảm 5,00% so với cùng kỳ)" and left out of a correct report: its "lên" was read
    as a rise. A word of a rise and a fall together says no course: it is printed."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    change = "giảm 5,00%" if iip is IIP_95 else "tăng 4,00%"
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []
    assert any(f"{typed}, ước {change}" in t for t in report(data.parent, APRIL))


@pytest.mark.parametrize(("typed", "figure"), [("giảm 3%", "3%"), ("giảm nhẹ 5,00 %", "5,00 %")])
def test_typed_word_with_a_figure_is_a_warning_at_its_cell(
    data: Path, typed: str, figure: str
) -> None:
    """Gia Lai's 9-month index typed with «nhan_dinh_sxcn» "giảm 5%" passed --strict and
    printed "… tỉnh Gia Lai giảm 5%, ước giảm 0,23% so với cùng kỳ": two figures for one
    change. A word holding a change's figure is left out, with a warning at its cell."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_95)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B4",
            f"Nhận định «{typed}» (khóa «nhan_dinh_sxcn») có số «{figure}», mà câu văn in ngay "
            "sau nhận định mức thay đổi tính từ chỉ số (ước giảm 5,00% so với cùng kỳ): báo cáo "
            "bỏ nhận định này. Hãy chỉ ghi lời nhận định, không ghi số (ví dụ «tăng khá», «giảm "
            "nhẹ»).",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "other"),
    [
        ("KT. GIÁM ĐỐC", "dòng thẩm quyền ký hoặc chức vụ người ký"),
        (
            "Trung Quốc; Hàn Quốc",
            "một danh sách (các mục cách nhau bằng dấu «;»), như các thị trường",
        ),
        (
            "Hoa Kỳ; Hàn Quốc; EU",
            "một danh sách (các mục cách nhau bằng dấu «;»), như các thị trường",
        ),
        ("Hoa Kỳ", "một tên riêng, như tên một thị trường"),
        ("Đài Loan (Trung Quốc)", "một tên riêng, như tên một thị trường"),
        ("cùng kỳ năm 2023", "tên một kỳ báo cáo hoặc kỳ so sánh"),
        ("tháng", "tên một kỳ báo cáo hoặc kỳ so sánh"),
        ("giảm so với cùng kỳ", None),
        ("chững lại", None),
        ("Giảm Nhẹ", None),
        ("Phó Giám Đốc", "dòng thẩm quyền ký hoặc chức vụ người ký"),
        ("Cùng Kỳ", "tên một kỳ báo cáo hoặc kỳ so sánh"),
    ],
)
def test_typed_word_of_another_key_is_left_out(data: Path, typed: str, other: str) -> None:
    """ "KT. GIÁM ĐỐC" typed a row down in nhan_dinh_sxcn printed "Chỉ số sản xuất công
    nghiệp tháng 11/2022 tỉnh Yên Bái KT. GIÁM ĐỐC, ước tăng 13,83% …" with exit code 0,
    and so did the markets of the row below, one market alone ("Hoa Kỳ" printed "… tỉnh
    Lam Sơn hoa Kỳ, ước tăng …", office11) and a period's name: left out, with a warning
    quoting the cell as typed (the markets were quoted «trung Quốc; Hàn Quốc»)."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], IIP_95)
    expected = [
        (
            "WARNING",
            "B4",
            f"Khóa «nhan_dinh_sxcn» ghi «{typed}», không phải lời nhận định mà là {other} (có lẽ "
            "ghi nhầm dòng): báo cáo bỏ nhận định này. Hãy ghi lời nhận định (ví dụ «tăng khá», "
            "«giảm nhẹ»), hoặc để trống để chương trình chọn theo ngưỡng trong tệp cấu hình.",
        )
    ]
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (expected if other else [])
    if typed not in ("KT. GIÁM ĐỐC", "chững lại"):
        return  # the report built twice is enough
    said = report(data.parent, APRIL)
    lead = next(t for t in said if t.startswith("Chỉ số sản xuất công nghiệp"))
    assert lead.startswith(
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang ước giảm"
        if other
        else f"Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang {typed}, ước giảm"
    )


@pytest.mark.parametrize(
    ("typed", "iip", "printed"),
    [("Tăng Khá", IIP_104, "tăng khá, ước tăng"), ("Giảm Nhẹ", IIP_95, "giảm nhẹ, ước giảm")],
)
def test_assessment_word_with_each_word_capitalised_is_printed(
    data: Path, typed: str, iip: list[tuple[object, ...]], printed: str
) -> None:
    """ "Tăng Khá" (each word capitalised, a habit of some offices) was left out as "một tên
    riêng, như tên một thị trường", a warning on a correct workbook: a word that opens as an
    assessment does is none, and is printed in lower case, as "Tăng khá" is."""
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []
    said = report(data.parent, APRIL)
    lead = next(t for t in said if t.startswith("Chỉ số sản xuất công nghiệp"))
    assert lead.startswith(f"Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang {printed}")


def test_threshold_word_naming_its_threshold_is_no_typed_figure(data: Path) -> None:
    """The config's "tăng trên 10%" (min = 10) for an index of 112 was left out with the
    warning at ChiSoSXCN!C2 "Nhận định «tăng trên 10%» chọn theo ngưỡng «min = 10» … trái
    với chỉ số sản xuất công nghiệp (ước tăng 12,00% so với cùng kỳ)", which it is not: the
    figure of a word is refused only typed in «nhan_dinh_sxcn» (the month's change
    retyped); a threshold's word says its threshold, and is printed as before."""
    iip = [("iip", "Toàn ngành", 112, None, None, None, None, "CN")]
    month_book(data, APRIL, {}, [row("x", ytd=400)], iip)
    path = write_config(data.parent, template=None)
    path.write_text(path.read_text().replace('"tăng khá"', '"tăng trên 10%"'))
    config = load_config(path)
    problems = check_inputs(config, APRIL).problems
    assert [p.message for p in problems if p.severity.name in ("WARNING", "ERROR")] == []
    texts = document_texts(build_report(config, APRIL, data.parent / "r.docx").output)
    assert texts[texts.index("1. CN") + 1] == (
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang tăng trên 10%, ước tăng "
        "12,00% so với cùng kỳ."
    )


def test_threshold_word_at_exactly_100_is_a_warning_at_the_index(data: Path) -> None:
    """At an index of exactly 100 the config's "tăng nhẹ" (min = 0) warns; the sentence
    reads "ước bằng cùng kỳ" without it."""
    iip = [("iip", "Toàn ngành", 100, None, None, None, None, "CN")]
    month_book(data, APRIL, {}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "WARNING",
            "C2",
            "Nhận định «tăng nhẹ» chọn theo ngưỡng «min = 0» của [[iip_assessment]] trong tệp "
            "cấu hình trái với chỉ số sản xuất công nghiệp (ước bằng cùng kỳ): báo cáo bỏ nhận "
            "định này. Hãy sửa các ngưỡng, hoặc ghi nhận định ở khóa «nhan_dinh_sxcn» của "
            "ThongTin.",
        )
    ]
    texts = report(data.parent, APRIL)
    assert texts[texts.index("1. CN") + 1] == (
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang ước bằng cùng kỳ."
    )


def test_threshold_grades_the_change_as_printed(data: Path) -> None:
    """An index of 109,995 prints "tăng 10,00%": the config's "min = 10" word is
    "tăng khá", not "tăng nhẹ" (graded on 9,995, it printed "tăng nhẹ, ước tăng 10,00%")."""
    iip = [("iip", "Toàn ngành", 109.995, None, None, None, 2, "CN")]
    month_book(data, APRIL, {}, [row("x", ytd=400)], iip)
    texts = report(data.parent, APRIL)
    assert texts[texts.index("1. CN") + 1] == (
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang tăng khá, ước tăng 10,00% so "
        "với cùng kỳ."
    )


def test_threshold_that_says_rise_for_a_fall_is_a_warning(data: Path) -> None:
    """A threshold "min = -1000, text = tăng" gives a fall its word: a warning at the index
    column the sentence leads with (here against the previous month)."""
    config = write_config(data.parent, template=None)
    text = config.read_text(encoding="utf-8").replace('text = "giảm"', 'text = "tăng"')
    config.write_text(text, encoding="utf-8")
    iip = [("iip", "Toàn ngành", None, None, None, 95, None, "CN")]
    month_book(data, APRIL, {}, [row("x", ytd=400)], iip)
    problems = check_inputs(load_config(config), APRIL).problems
    assert [
        (p.severity.name, p.cell, p.message) for p in problems if p.severity.name != "INFO"
    ] == [
        (
            "WARNING",
            "F2",
            "Nhận định «tăng» chọn theo ngưỡng «min = -1000» của [[iip_assessment]] trong tệp "
            "cấu hình trái với chỉ số sản xuất công nghiệp (ước giảm 5,00% so với tháng trước): "
            "báo cáo bỏ nhận định này. Hãy sửa các ngưỡng, hoặc ghi nhận định ở khóa "
            "«nhan_dinh_sxcn» của ThongTin.",
        )
    ]


# Zero and absurd bases.

ZERO_BASES = {
    "previous": ("E2", "Tháng trước", "Tháng báo cáo", "tháng trước"),
    "same": ("F2", "Cùng kỳ", "Tháng báo cáo", "cùng kỳ"),
    "ytd_same": ("H2", "Lũy kế cùng kỳ", "Lũy kế", "cùng kỳ (lũy kế)"),
    "plan": ("I2", "Kế hoạch năm", "Lũy kế", "Kế hoạch năm"),
}


@pytest.mark.parametrize("base", list(ZERO_BASES))
def test_zero_base_is_a_warning_and_drops_its_clause(data: Path, base: str) -> None:
    """A base of 0 cannot be compared with: a warning at it; the sentence leaves it out."""
    figures: dict[str, object] = {"previous": 100, "same": 80, "ytd_same": 400, "plan": 1000}
    figures[base] = 0
    month_book(data, MAY, {}, [row("x", 110, ytd=500, **figures)])
    cell, header, figure, what = ZERO_BASES[base]
    below = (
        [("WARNING", "H2", "«Lũy kế cùng kỳ» (0) nhỏ hơn số của cùng kỳ (80); hãy kiểm tra lại.")]
        if base == "ytd_same"
        else []
    )
    assert only(findings(data.parent, MAY), "WARNING", "ERROR") == [
        *below,
        (
            "WARNING",
            cell,
            f"«{header}» của «x» bằng 0 nên không so sánh được «{figure}» với {what}: câu văn "
            f"bỏ phần so với {what}. Nếu chưa có số, hãy để trống ô.",
        ),
    ]
    text = " ".join(report(data.parent, MAY))
    clauses = {
        "previous": "tăng 10,0% so với tháng trước",
        "same": "tăng 37,5% so với cùng kỳ",
        "ytd_same": "tăng 25,0% so với cùng kỳ",
        "plan": "đạt 50,0% so với Kế hoạch năm",
    }
    assert [name for name, clause in clauses.items() if clause not in text] == [base]


def test_zero_base_taken_from_earlier_workbooks_says_how(data: Path) -> None:
    """A blank Tháng trước and Lũy kế cùng kỳ made 0 from April's workbook (a new product:
    nothing last year) are said with how they were made; "Nếu chưa có số, hãy để trống ô"
    was advice about a cell already blank. A typed 0 (Cùng kỳ) keeps it."""
    month_book(data, APRIL, {}, [row("x", 0, None, 0, 0, 0)])
    month_book(data, MAY, {}, [row("x", 110, None, 0, 110)])
    found = findings(data.parent, MAY)
    assert [m for s, c, m in found if c in ("E2", "F2", "H2") and s != "INFO"] == [
        "«Tháng trước» của «x» bằng 0 nên không so sánh được «Tháng báo cáo» với tháng trước: "
        "câu văn bỏ phần so với tháng trước. Ô này để trống; số 0 lấy từ 2024-04.xlsx "
        "(ChiTieu!D2).",
        "«Cùng kỳ» của «x» bằng 0 nên không so sánh được «Tháng báo cáo» với cùng kỳ: câu văn "
        "bỏ phần so với cùng kỳ. Nếu chưa có số, hãy để trống ô.",
        "«Lũy kế cùng kỳ» của «x» bằng 0 nên không so sánh được «Lũy kế» với cùng kỳ (lũy "
        "kế): câu văn bỏ phần so với cùng kỳ (lũy kế). Ô này để trống; số 0 tính bằng «Lũy kế "
        "cùng kỳ» trong 2024-04.xlsx (ChiTieu!H2) cộng «Cùng kỳ» của sổ này (0 + 0).",
    ]


def test_base_too_small_to_print_is_an_error(data: Path) -> None:
    """1e-300 as Tháng trước (Số lẻ 0) would print 0 and "gấp" hundreds of digits: an error."""
    month_book(data, MAY, {}, [row("x", 110, 1e-300, 80, 500, 400)])
    assert only(findings(data.parent, MAY), "WARNING", "ERROR") == [
        (
            "ERROR",
            "E2",
            "«Tháng trước» của «x» là một số khác 0 nhưng quá nhỏ để viết với «Số lẻ» = 0: báo "
            "cáo sẽ in thành 0. Hãy kiểm tra số (có thể gõ nhầm đơn vị), hoặc tăng «Số lẻ».",
        )
    ]


def test_implausible_ratios_are_errors_at_the_base(data: Path) -> None:
    """More than 100 times the base, under 1/100 of it, or a plan share printed as 0,0%."""
    month_book(
        data,
        MAY,
        {},
        [row("a", 110, 1, 20000, 500, 400, 4), row("b", 110, 100, 80, 500, 400, 10**7)],
    )
    assert only(findings(data.parent, MAY), "ERROR") == [
        (
            "ERROR",
            "E2",
            "«Tháng báo cáo» của «a» (110) gấp hơn 100 lần «Tháng trước» (1): không thể là số "
            "thật. Hãy kiểm tra «Tháng trước» (có thể gõ nhầm số, hoặc khác đơn vị).",
        ),
        (
            "ERROR",
            "F2",
            "«Tháng báo cáo» của «a» (110) chưa bằng 1/100 «Cùng kỳ» (20.000): không thể là số "
            "thật. Hãy kiểm tra «Cùng kỳ» (có thể gõ nhầm số, hoặc khác đơn vị).",
        ),
        (
            "ERROR",
            "I2",
            "«Lũy kế» của «a» (500) gấp hơn 100 lần «Kế hoạch năm» (4): không thể là số thật. "
            "Hãy kiểm tra «Kế hoạch năm» (có thể gõ nhầm số, hoặc khác đơn vị).",
        ),
        (
            "ERROR",
            "I3",
            "«Lũy kế» của «b» (500) chưa bằng 1/100 «Kế hoạch năm» (10.000.000): không thể là "
            "số thật. Hãy kiểm tra «Kế hoạch năm» (có thể gõ nhầm số, hoặc khác đơn vị).",
        ),
    ]


def test_a_month_past_belief_against_both_bases_is_the_error(data: Path) -> None:
    """0,3 under 1/100 of both 272 and 241: the month's figure is what was mistyped, so one
    error at its own cell (not two at the bases, one of them an empty cell filled from an
    earlier workbook); bases apart, one each way (row a above), stay at the bases."""
    month_book(data, MAY, {}, [row("x", 0.3, 272, 241, decimals=1)])
    assert only(findings(data.parent, MAY), "ERROR") == [
        (
            "ERROR",
            "D2",
            "«Tháng báo cáo» của «x» (0,3) chưa bằng 1/100 cả «Tháng trước» (272,0) và «Cùng "
            "kỳ» (241,0): không thể là số thật. Hãy kiểm tra «Tháng báo cáo» (có thể gõ nhầm "
            "số, hoặc khác đơn vị).",
        ),
    ]


def test_small_plan_share_that_prints_is_accepted(data: Path) -> None:
    """Early in the year 0,5% of the annual plan is real: no problem."""
    month_book(data, Period(2024, 1), {}, [row("x", 5, 5, 4, 5, 4, 1000)])
    assert only(findings(data.parent, Period(2024, 1)), "WARNING", "ERROR") == []


@pytest.mark.parametrize(
    ("index", "confirmed", "how"),
    [
        (20000, True, "gấp hơn 100 lần"),
        (0.5, True, "chưa bằng 1/100"),
        (0.5, False, "chưa bằng 1/100"),
    ],
)
def test_index_beyond_belief_is_an_error_even_confirmed(
    data: Path, index: float, confirmed: bool, how: str
) -> None:
    """An index over 10.000 or under 1 is an error that chi_so_bat_thuong cannot lift."""
    info = {"chi_so_bat_thuong": "có"} if confirmed else {}
    iip = [("iip", "Toàn ngành", index, None, None, None, None, None)]
    month_book(data, APRIL, info, [row("x", ytd=400)], iip)
    shown = "20.000,00" if index > 1 else "0,50"
    readings = (
        ""
        if index > 1
        else " Nếu 0,50 là tốc độ tăng (tăng 0,50%, như biểu Cục Thống kê ghi), chỉ số là "
        "100,50; nếu là chỉ số gõ dạng số thập phân (0,50 là 50,00%), chỉ số là 50,00."
    )
    assert only(findings(data.parent, APRIL), "ERROR") == [
        (
            "ERROR",
            "C2",
            f"Chỉ số {shown} nghĩa là {how} kỳ so sánh: không thể là số thật, kể cả khi đã "
            f"xác nhận ở khóa «chi_so_bat_thuong».{readings} Hãy kiểm tra lại.",
        )
    ]


def test_an_index_below_one_names_the_rise_it_may_be(data: Path) -> None:
    """«IIP tăng 0,2%» typed 0,2 in the index column: the error names the index 100,2; a
    fraction that is no plausible index once a percent (20) is not offered."""
    iip = [("iip", "Toàn ngành", 99.7, 0.2, None, None, 1, None)]
    month_book(data, APRIL, {}, [row("x", ytd=400)], iip)
    assert only(findings(data.parent, APRIL), "ERROR") == [
        (
            "ERROR",
            "D2",
            "Chỉ số 0,2 nghĩa là chưa bằng 1/100 kỳ so sánh: không thể là số thật, kể cả khi "
            "đã xác nhận ở khóa «chi_so_bat_thuong». Nếu 0,2 là tốc độ tăng (tăng 0,2%, như "
            "biểu Cục Thống kê ghi), chỉ số là 100,2. Hãy kiểm tra lại.",
        )
    ]


@pytest.mark.parametrize("branch", [1.0845, 1.2])
def test_an_index_typed_as_a_ratio_is_said_so(data: Path, branch: float) -> None:
    """mends41: a branch's 108,45 typed as the ratio 1,0845 beside indices around 100 was
    told to confirm it at chi_so_bat_thuong; the error says it is likely 108,45 so typed."""
    iip = [
        ("iip", "Toàn ngành", 104.2, None, None, None, None, None),
        ("iip.a", "ngành a", branch, None, None, None, None, None),
    ]
    month_book(data, APRIL, {}, [row("x", ytd=400)], iip)
    shown, ratio, rise = (
        ("1,0845", "108,45", "101,0845") if branch < 1.1 else ("1,20", "120,00", "101,20")
    )
    assert only(findings(data.parent, APRIL), "ERROR") == [
        (
            "ERROR",
            "C3",
            f"Chỉ số {shown} nằm ngoài khoảng 30–500, trong khi các chỉ số khác của trang là "
            f"số quanh 100: có lẽ đây là chỉ số {ratio} gõ dạng tỷ số ({shown} lần kỳ so "
            f"sánh, tức {ratio}%). Hãy ghi {ratio}; nếu {shown} là tốc độ tăng (tăng "
            f"{shown}%, như biểu Cục Thống kê ghi), chỉ số là {rise}. Nếu đúng là chỉ số "
            f"{shown}, ghi «có» ở khóa «chi_so_bat_thuong» của ThongTin.",
        )
    ]


# A unit changed between months.


def in_unit(unit: str, *figures: object) -> tuple[object, ...]:
    """A row "x" whose unit is ``unit``."""
    base = row("x", *figures)
    return (*base[:2], unit, *base[3:])


def test_unit_changed_is_never_filled_from(data: Path) -> None:
    """April in "tỷ đồng", May in "triệu USD": nothing is taken from April; an error at each
    blank cell names the file and unit, and no "gấp 1.222,0 lần" is written. (It was "tỷ
    USD" in April: one unit at another scale is now taken rescaled, ``test_unit_scale``.)"""
    month_book(data, APRIL, {}, [in_unit("tỷ đồng", 1.5, None, None, 6)])
    month_book(data, MAY, {}, [in_unit("triệu USD", 1833)])
    assert only(findings(data.parent, MAY), "WARNING", "ERROR") == [
        (
            "WARNING",
            "C2",
            "«Đơn vị» của «x» là «triệu USD», nhưng sổ tháng trước 2024-04.xlsx (ChiTieu!C2) ghi "
            "«tỷ đồng». Nếu đơn vị đổi từ tháng này, hãy kiểm tra mọi số của hàng đã theo «triệu "
            "USD» chưa; nếu không, hãy sửa «Đơn vị» thành «tỷ đồng».",
        ),
        (
            "ERROR",
            "E2",
            "«Tháng trước» của «x» không lấy được từ 2024-04.xlsx (ChiTieu!D2) vì sổ đó ghi đơn "
            "vị «tỷ đồng», còn sổ này ghi «triệu USD». Hãy điền «Tháng trước» theo đơn vị «triệu "
            "USD».",
        ),
        (
            "ERROR",
            "G2",
            "«Lũy kế» của «x» không lấy được từ 2024-04.xlsx (ChiTieu!G2) vì sổ đó ghi đơn vị "
            "«tỷ đồng», còn sổ này ghi «triệu USD». Hãy điền «Lũy kế» theo đơn vị «triệu USD».",
        ),
        (
            "WARNING",
            "G2",
            "«Lũy kế» của «x» để trống và không tính được từ các sổ trước "
            "(cần «Lũy kế» của chỉ tiêu này trong sổ tháng 4/2024, "
            "hoặc sổ của mọi tháng từ tháng 1/2024): báo cáo không có số cộng dồn "
            "từ đầu năm của chỉ tiêu này. Hãy điền «Lũy kế».",
        ),
    ]


def test_typed_figure_against_another_unit_is_a_warning(data: Path) -> None:
    """A typed figure checked against a workbook in another unit warns (a Tháng trước is
    then not called a revision); the same unit in other letter case is the same unit.
    (April was in "tỷ USD": one unit at another scale is now compared rescaled.)"""
    month_book(data, APRIL, {}, [in_unit("tỷ đồng", 1.5, None, None, 6)])
    month_book(data, MAY, {}, [in_unit("Triệu USD", 1833, 1500, None, 7500)])
    month_book(data, Period(2024, 6), {}, [in_unit("triệu USD", 1900, None, None, 9400)])
    assert only(findings(data.parent, MAY), "WARNING", "ERROR") == [
        (
            "WARNING",
            "C2",
            "«Đơn vị» của «x» là «triệu USD», nhưng sổ tháng trước 2024-04.xlsx (ChiTieu!C2) ghi "
            "«tỷ đồng». Nếu đơn vị đổi từ tháng này, hãy kiểm tra mọi số của hàng đã theo «triệu "
            "USD» chưa; nếu không, hãy sửa «Đơn vị» thành «tỷ đồng».",
        ),
        (
            "WARNING",
            "E2",
            "«Tháng trước» của «x» được đối chiếu với 2024-04.xlsx (ChiTieu!D2), nhưng sổ đó ghi "
            "đơn vị «tỷ đồng», còn sổ này ghi «triệu USD»: hãy kiểm tra «Tháng trước» đã theo "
            "đơn vị «triệu USD» chưa.",
        ),
        (
            "WARNING",
            "G2",
            "«Lũy kế» của «x» được đối chiếu với 2024-04.xlsx (ChiTieu!G2), nhưng sổ đó ghi đơn "
            "vị «tỷ đồng», còn sổ này ghi «triệu USD»: hãy kiểm tra «Lũy kế» đã theo đơn vị "
            "«triệu USD» chưa.",
        ),
    ]
    assert only(findings(data.parent, Period(2024, 6)), "WARNING", "ERROR") == []


# The signing date.


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        (Period(2024, 3), dt.date(2024, 3, 1), dt.date(2024, 5, 31)),
        (Period(2024, 12), dt.date(2024, 12, 1), dt.date(2025, 2, 28)),
        (Period(2023, 12), dt.date(2023, 12, 1), dt.date(2024, 2, 29)),
    ],
)
def test_signing_window(period: Period, first: dt.date, last: dt.date) -> None:
    """From the report month's first day to two months after its last day, leap years too;
    a report of several months from the month before's (the year's signed in November)."""
    assert signing_window(period) == (first, last)
    earlier = dt.date(first.year - (first.month == 1), (first.month - 2) % 12 + 1, 1)
    assert signing_window(period, ReportKind.YEAR) == (earlier, last)


@pytest.mark.parametrize(
    ("kind", "period", "signed", "warns"),
    [
        ("tháng", Period(2024, 3), "05/01/2023", True),
        ("tháng", Period(2024, 3), "29/02/2024", True),
        ("tháng", Period(2024, 3), "01/03/2024", False),
        ("tháng", Period(2024, 3), "31/05/2024", False),
        ("tháng", Period(2024, 3), "01/06/2024", True),
        ("6 tháng", Period(2024, 6), "25/06/2024", False),
        ("6 tháng", Period(2024, 6), "05/01/2024", True),
        ("năm", Period(2025, 12), "25/11/2025", False),
        ("năm", Period(2025, 12), "31/10/2025", True),
        ("9 tháng", Period(2025, 9), "20/08/2025", False),
        ("tháng", Period(2025, 12), "25/11/2025", True),
    ],
)
def test_signing_date_far_from_the_report_warns(
    data: Path, kind: str, period: Period, signed: str, warns: bool
) -> None:
    """ngay_ky outside the window of the report's (last) month is a warning at its cell,
    naming the report as its kind does (a year's report was named "báo cáo tháng 12/2025",
    beside a window that is not a month's)."""
    month_book(data, period, {"ky_bao_cao": kind, "ngay_ky": signed}, [row("x", ytd=900)])
    report = ReportKind.read(kind) or ReportKind.MONTH
    first, last = signing_window(period, report)
    covered = {
        "tháng": f"tháng {period.month}/{period.year}",
        "6 tháng": f"6 tháng đầu năm {period.year}",
        "9 tháng": f"9 tháng đầu năm {period.year}",
        "năm": f"năm {period.year}",
    }[kind]
    expected = (
        "WARNING",
        "B5",
        f"Ngày ký {signed} không hợp với báo cáo {covered}: ngày ký "
        f"của báo cáo này thường từ {first:%d/%m/%Y} đến {last:%d/%m/%Y}. Hãy kiểm tra lại "
        "ngày, tháng, năm.",
    )
    assert only(findings(data.parent, period), "WARNING", "ERROR") == ([expected] if warns else [])


# The year-to-date: derived, or missing.


def test_first_month_without_history_warns_at_lu_ke(data: Path) -> None:
    """May with no earlier workbook: a warning at the top indicator's Lũy kế (not at its
    breakdown's); its sentence stays whole without the year-to-date."""
    month_book(data, MAY, {}, [row("x", 110, 100, 80), row("x.a", 110, 100, 80, parent="x")])
    assert only(findings(data.parent, MAY), "WARNING", "ERROR") == [
        (
            "WARNING",
            "G2",
            "«Lũy kế» của «x» để trống và không tính được từ các sổ trước "
            "(cần «Lũy kế» của chỉ tiêu này trong sổ tháng 4/2024, "
            "hoặc sổ của mọi tháng từ tháng 1/2024): báo cáo không có số cộng dồn "
            "từ đầu năm của chỉ tiêu này. Hãy điền «Lũy kế».",
        )
    ]
    assert (
        "Chỉ tiêu x tháng 5/2024 ước đạt 110 tấn, tăng 10,0% so với tháng trước; tăng 37,5% "
        "so với cùng kỳ."
    ) in report(data.parent, MAY)


def test_january_derives_its_year_to_date_from_its_row(data: Path) -> None:
    """In January, Lũy kế is the month and Lũy kế cùng kỳ the same month, with notes."""
    month_book(data, Period(2024, 1), {}, [row("x", 120, 110, 100)])
    assert only(findings(data.parent, Period(2024, 1)), "INFO", "WARNING", "ERROR") == [
        ("INFO", "G2", "«Lũy kế» của «x» là «Tháng báo cáo» vì tháng 1 là tháng đầu năm: 120."),
        ("INFO", "H2", "«Lũy kế cùng kỳ» của «x» là «Cùng kỳ» vì tháng 1 là tháng đầu năm: 100."),
    ]
    assert (  # the year-to-date is the month: said once (the month's sentence)
        "Chỉ tiêu x tháng 1/2024 ước đạt 120 tấn, tăng 9,1% so với tháng trước; tăng 20,0% so "
        "với cùng kỳ."
    ) in report(data.parent, Period(2024, 1))


def three_months(data: Path, march_previous: object = None) -> None:
    """January to March 2024 of "x"; February's typed Lũy kế (212) is not January + February
    (210), so the way the year-to-date was made shows."""
    month_book(data, Period(2024, 1), {}, [row("x", 100, None, 90, 100, 90)])
    month_book(data, Period(2024, 2), {}, [row("x", 110, None, 100, 212, 190)])
    month_book(data, Period(2024, 3), {}, [row("x", 130, march_previous, 95)])


def test_year_to_date_from_last_month_is_preferred(data: Path) -> None:
    """Blank Lũy kế and Lũy kế cùng kỳ: last month's plus this month's, said in the note,
    before the sum of every month."""
    three_months(data)
    assert only(findings(data.parent, Period(2024, 3)), "INFO", "WARNING", "ERROR") == [
        ("INFO", "E2", "«Tháng trước» của «x» lấy từ 2024-02.xlsx (ChiTieu!D2): 110."),
        (
            "INFO",
            "G2",
            "«Lũy kế» của «x» tính bằng «Lũy kế» trong 2024-02.xlsx (ChiTieu!G2) cộng «Tháng "
            "báo cáo» của sổ này (212 + 130): 342.",
        ),
        (
            "INFO",
            "H2",
            "«Lũy kế cùng kỳ» của «x» tính bằng «Lũy kế cùng kỳ» trong 2024-02.xlsx "
            "(ChiTieu!H2) cộng «Cùng kỳ» của sổ này (190 + 95): 285.",
        ),
    ]


def test_revised_month_enters_the_derived_year_to_date(data: Path) -> None:
    """A Tháng trước that revises last month's estimate replaces it in the year-to-date."""
    three_months(data, march_previous=115)
    assert only(findings(data.parent, Period(2024, 3)), "INFO", "WARNING")[:2] == [
        (
            "WARNING",
            "E2",
            "«Tháng trước» của «x» (115) khác số ước tính đã báo cáo trong 2024-02.xlsx "
            "(ChiTieu!D2) (110); báo cáo dùng số mới.",
        ),
        (
            "INFO",
            "G2",
            "«Lũy kế» của «x» tính bằng «Lũy kế» trong 2024-02.xlsx (ChiTieu!G2) cộng «Tháng "
            "báo cáo» của sổ này, thay số ước tính tháng trước (110) bằng «Tháng trước» của sổ "
            "này (115): 347.",
        ),
    ]


def test_typed_year_to_date_checked_against_last_month(data: Path) -> None:
    """A typed Lũy kế that is not last month's plus this month's is a warning."""
    month_book(data, Period(2024, 2), {}, [row("x", 110, None, 100, 212, 190)])
    month_book(data, Period(2024, 3), {}, [row("x", 130, 110, 95, 350, 285)])
    assert only(findings(data.parent, Period(2024, 3)), "WARNING", "ERROR") == [
        (
            "WARNING",
            "G2",
            "«Lũy kế» của «x» (350) khác «Lũy kế» trong 2024-02.xlsx (ChiTieu!G2) cộng «Tháng "
            "báo cáo» của sổ này (342); hãy kiểm tra lại.",
        )
    ]


FELL = "«Lũy kế» của «x» ({}) khác «Lũy kế» trong 2024-02.xlsx (ChiTieu!G2) cộng «Tháng báo cáo» "


@pytest.mark.parametrize(
    ("march", "said"),
    [
        (
            row("x", 130, 110, 95, 150, 285),
            FELL.format(150) + "của sổ này (342), và nhỏ hơn lũy kế tháng trước (212): số cộng "
            "dồn từ đầu năm không thể giảm; hãy kiểm tra lại.",
        ),
        (
            row("x", 130, 110, 95, 211, 285),
            FELL.format(211) + "của sổ này (342); hãy kiểm tra lại.",
        ),
        (
            row("x", 5, 10, 95, 150, 285),  # February's 110 revised to 10: 212 - 100 + 5
            FELL.format(150) + "của sổ này, theo «Tháng trước» mới (117); hãy kiểm tra lại.",
        ),
    ],
)
def test_a_year_to_date_below_last_months_is_said_to_have_fallen(
    data: Path, march: tuple[object, ...], said: str
) -> None:
    """A typed Lũy kế below last month's (150 after February's 212) was warned only as
    another figure than last month's plus this month's: now the warning says that a total
    from the start of the year cannot fall. Not for one within the two figures' rounding
    of last month's (211 at 0 places), nor when the total made falls too (last month's
    estimate revised down by this workbook's Tháng trước)."""
    month_book(data, Period(2024, 2), {}, [row("x", 110, None, 100, 212, 190)])
    month_book(data, Period(2024, 3), {}, [march])
    assert only(findings(data.parent, Period(2024, 3)), "WARNING", "ERROR")[-1:] == [
        ("WARNING", "G2", said)
    ]


def test_a_year_to_date_below_last_months_without_its_month_is_said(data: Path) -> None:
    """March's Lũy kế 150 after February's 212, March's month blank (a row given for its
    total alone), had no word: no total is made without the month to check it against.
    A total from the start of the year cannot fall: a warning at the Lũy kế. One above
    February's (250) is no fall, and is quiet."""
    month_book(data, Period(2024, 2), {}, [row("x", 110, None, 100, 212), row("y", 5, None, 4, 9)])
    month_book(data, Period(2024, 3), {}, [row("x", None, 110, 95, 150), row("y", None, 5, 4, 11)])
    assert [f for f in findings(data.parent, Period(2024, 3)) if f[1] in ("G2", "G3")] == [
        (
            "WARNING",
            "G2",
            "«Lũy kế» của «x» (150) nhỏ hơn lũy kế tháng trước, «Lũy kế» trong 2024-02.xlsx "
            "(ChiTieu!G2) (212): số cộng dồn từ đầu năm không thể giảm; hãy kiểm tra lại.",
        )
    ]


# ThongTin texts as printed.


@pytest.mark.parametrize(
    ("typed", "printed"),
    [("65/BC-SCT", "65/BC-SCT/BC-SCT"), (-65, "-65/BC-SCT"), ("0", "0/BC-SCT")],
)
def test_document_number_is_the_number_alone(data: Path, typed: object, printed: str) -> None:
    """so_van_ban typed in full ("65/BC-SCT"), negative or 0 is an error at its cell: the
    report adds "/" and the config's symbol."""
    month_book(data, APRIL, {"so_van_ban": typed}, [row("x", ytd=400)])
    shown = printed.split("/")[0] if typed != "65/BC-SCT" else typed
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "ERROR",
            "B4",
            f"Khóa «so_van_ban» chỉ ghi số của văn bản (ví dụ «65»), nhưng là «{shown}»: ký "
            f"hiệu «/BC-SCT» được thêm theo tệp cấu hình, nên báo cáo sẽ in «Số: {printed}». "
            "Hãy chỉ ghi số, hoặc để trống cho văn thư điền.",
        )
    ]


@pytest.mark.parametrize("typed", [65, 65.0, "065", "65a"])
def test_document_number_may_be_digits_and_a_letter(data: Path, typed: object) -> None:
    month_book(data, APRIL, {"so_van_ban": typed}, [row("x", ytd=400)])
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == []


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("kt giám đốc", "KT. GIÁM ĐỐC"),
        ("KT.GIÁM ĐỐC", "KT. GIÁM ĐỐC"),
        ("tl  giám đốc", "TL. GIÁM ĐỐC"),
    ],
)
def test_authority_line_takes_its_full_stop(data: Path, typed: str, printed: str) -> None:
    """ky_thay typed "kt giám đốc" printed "KT GIÁM ĐỐC", without the abbreviation's full
    stop Decree 30 writes ("KT.GIÁM ĐỐC" without its space); written "KT. GIÁM ĐỐC"."""
    month_book(data, APRIL, {"ky_thay": typed}, [row("x", ytd=400)])
    assert [f for f in only(findings(data.parent, APRIL), "INFO") if "ky_thay" in f[2]] == [
        (
            "INFO",
            "B4",
            f"Khóa «ky_thay» được viết thành «{printed}» vì dòng thẩm quyền ký được in chữ hoa "
            "(Nghị định 30/2020/NĐ-CP).",
        )
    ]
    assert printed in report(data.parent, APRIL)


def test_assessment_word_and_signer_title_are_written_as_printed(data: Path) -> None:
    """nhan_dinh_sxcn stands mid-sentence ("Tăng   khá" → "tăng khá"); chuc_vu and ky_thay
    are printed in capitals; each change is a note at its cell."""
    info = {"nhan_dinh_sxcn": "Tăng   khá", "chuc_vu": "phó giám đốc", "ky_thay": "KT. Giám đốc"}
    iip = [("iip", "Toàn ngành", 112, None, None, None, None, "CN")]
    month_book(data, APRIL, info, [row("x", ytd=400)], iip)
    found = only(findings(data.parent, APRIL), "INFO", "WARNING", "ERROR")
    assert [f for f in found if f[2].startswith("Khóa")] == [
        (
            "INFO",
            "B4",
            "Khóa «nhan_dinh_sxcn» được viết thành «tăng khá» vì nhận định đứng giữa câu.",
        ),
        (
            "INFO",
            "B5",
            "Khóa «chuc_vu» được viết thành «PHÓ GIÁM ĐỐC» vì chức vụ người ký được in chữ hoa "
            "(Nghị định 30/2020/NĐ-CP).",
        ),
        (
            "INFO",
            "B6",
            "Khóa «ky_thay» được viết thành «KT. GIÁM ĐỐC» vì dòng thẩm quyền ký được in chữ hoa "
            "(Nghị định 30/2020/NĐ-CP).",
        ),
    ]
    texts = report(data.parent, APRIL)
    assert texts[texts.index("1. CN") + 1] == (
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang tăng khá, ước tăng 12,00% so "
        "với cùng kỳ."
    )
    assert "PHÓ GIÁM ĐỐC" in texts and "KT. GIÁM ĐỐC" in texts


# Last month's workbook copied without its figures updated.

STALE = (
    "«Tháng báo cáo» của cả 3 chỉ tiêu đều bằng số của tháng 4/2024 («Tháng trước», hoặc «Tháng "
    "báo cáo» của sổ tháng trước): có thể sổ được chép từ sổ tháng trước mà chưa cập nhật số "
    "liệu tháng này. Hãy kiểm tra lại cột «Tháng báo cáo»."
)


@pytest.mark.parametrize(
    ("may", "warns"),
    [
        ([row("a", 110, 110), row("b", 20), row("c", 31.4, decimals=1)], True),  # typed, filled
        ([row("a", 100, 110), row("b", 20, 21), row("c", 31.4, 31, decimals=1)], True),  # revised
        ([row("a", 110, 110), row("b", 20), row("c", 31.5, decimals=1)], False),
    ],
    ids=["tháng-trước", "last-workbook-estimate", "one-changed"],
)
def test_every_month_equal_to_last_months_is_a_warning(
    data: Path, may: list[tuple[object, ...]], warns: bool
) -> None:
    """Every Tháng báo cáo equal to last month's (its Tháng trước, typed or filled, or
    April's own Tháng báo cáo) warns at the first; one figure changed is a real month."""
    month_book(data, APRIL, {}, [row("a", 100), row("b", 20), row("c", 31.4, decimals=1)])
    month_book(data, MAY, {}, [(*r[:6], 500, *r[7:]) for r in may])  # a Lũy kế each
    expected = [("WARNING", "D2", STALE)] if warns else []
    assert [f for f in only(findings(data.parent, MAY), "WARNING") if f[1] == "D2"] == expected


# The year-to-date against last year's.


def test_year_to_date_changing_beyond_the_limit_says_where_it_came_from(data: Path) -> None:
    """February's Lũy kế typed 2120 for 212: March's blank one, derived from it, is eight
    times last year's (derived too); the warning at G2 names February's cells."""
    month_book(data, Period(2024, 2), {}, [row("x", 110, 100, 100, 2120, 190)])
    month_book(data, Period(2024, 3), {}, [row("x", 130, 110, 95)])
    assert only(findings(data.parent, Period(2024, 3)), "WARNING", "ERROR") == [
        (
            "WARNING",
            "G2",
            "«Lũy kế» của «Chỉ tiêu x» thay đổi 689,5% so với «Lũy kế cùng kỳ» (quá ±50%). «Lũy "
            "kế» để trống nên đã được tính bằng «Lũy kế» trong 2024-02.xlsx (ChiTieu!G2) cộng "
            "«Tháng báo cáo» của sổ này (2.120 + 130); «Lũy kế cùng kỳ» để trống nên đã được "
            "tính bằng «Lũy kế cùng kỳ» trong 2024-02.xlsx (ChiTieu!H2) cộng «Cùng kỳ» của sổ "
            "này (190 + 95): hãy kiểm tra các số đã dùng, hoặc điền số vào ô.",
        )
    ]


def test_typed_year_to_date_changing_beyond_the_limit_is_a_warning(data: Path) -> None:
    """A typed Lũy kế 60% above last year's (a total, after January) warns at it."""
    month_book(data, Period(2024, 3), {}, [row("x", 130, 120, 110, 480, 300)])
    assert only(findings(data.parent, Period(2024, 3)), "WARNING", "ERROR") == [
        (
            "WARNING",
            "G2",
            "«Lũy kế» của «Chỉ tiêu x» thay đổi 60,0% so với «Lũy kế cùng kỳ» (quá ±50%); hãy "
            "kiểm tra lại số liệu.",
        )
    ]


# A typed Cùng kỳ against last year's workbook.

LAST_MAY = Period(2023, 5)


def test_typed_same_period_against_last_years_workbook(data: Path) -> None:
    """Cùng kỳ typed 180 where 2023-05.xlsx says 200, Lũy kế cùng kỳ 880 where its Lũy kế
    says 900: a warning at each (the report uses the typed figures)."""
    month_book(data, LAST_MAY, {}, [row("x", 200, None, None, 900)])
    month_book(data, MAY, {}, [row("x", 210, 205, 180, 1000, 880)])
    assert only(findings(data.parent, MAY), "WARNING", "ERROR") == [
        (
            "WARNING",
            "F2",
            "«Cùng kỳ» của «x» (180) khác số trong 2023-05.xlsx (ChiTieu!D2) (200); báo cáo "
            "dùng số đã ghi.",
        ),
        (
            "WARNING",
            "H2",
            "«Lũy kế cùng kỳ» của «x» (880) khác «Lũy kế» trong 2023-05.xlsx (ChiTieu!G2) "
            "(900); báo cáo dùng số đã ghi.",
        ),
    ]


@pytest.mark.parametrize(
    ("same", "ytd_same", "warned"),
    [(210, 910, []), (210, 900, []), (200, 900, ["F2"]), (210, 905, ["H2"])],
    ids=["revised", "as-reported-ytd", "estimate-not-revision", "neither"],
)
def test_same_period_takes_last_years_revision(
    data: Path, same: int, ytd_same: int, warned: list[str]
) -> None:
    """June 2023 revised May 2023 to 210: Cùng kỳ must be the revision; Lũy kế cùng kỳ may
    be May's Lũy kế as reported (900) or with the revision in it (910)."""
    month_book(data, LAST_MAY, {}, [row("x", 200, None, None, 900)])
    month_book(data, Period(2023, 6), {}, [row("x", 220, 210)])
    month_book(data, MAY, {}, [row("x", 250, 240, same, 1000, ytd_same)])
    found = only(findings(data.parent, MAY), "WARNING", "ERROR")
    assert [cell for _, cell, _ in found] == warned
    if warned == ["F2"]:
        assert found[0][2] == (
            "«Cùng kỳ» của «x» (200) khác số trong 2023-06.xlsx (ChiTieu!E2) (210); báo cáo "
            "dùng số đã ghi."
        )


def test_year_to_date_above_the_plan_before_december_is_a_warning(tmp_path: Path) -> None:
    """A plan typed a digit short: "đạt 230,8%" in March is a warning at the plan's cell;
    in December a plan beaten is news, not a mistake."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 3), {}, [row("x", 100, ytd=1535, plan=665)])
    assert only(findings(tmp_path, Period(2024, 3)), "WARNING") == [
        (
            "WARNING",
            "I2",
            "«Lũy kế» của «x» (1.535) đã vượt «Kế hoạch năm» (665) khi mới đến tháng 3: báo "
            "cáo sẽ viết «đạt 230,8%». Hãy kiểm tra «Kế hoạch năm» (có thể gõ thiếu một chữ "
            "số, hoặc khác đơn vị).",
        )
    ]
    month_book(tmp_path / "data", Period(2024, 12), {}, [row("x", 100, ytd=1535, plan=665)])
    assert only(findings(tmp_path, Period(2024, 12)), "WARNING") == []
    # A rate or a price is a level, not a sum: above its target in March is a real month.
    level = [*row("x", 85.5, ytd=85.5, plan=80, decimals=1)]
    for unit in ("%", "USD/tấn"):
        level[2] = unit
        month_book(tmp_path / "data", Period(2024, 3), {}, [tuple(level)])
        assert only(findings(tmp_path, Period(2024, 3)), "WARNING") == []


def test_year_to_date_past_the_plan_late_in_the_year_is_no_warning(tmp_path: Path) -> None:
    """Exports past their annual plan in November (101,3%) were a warning "đã vượt «Kế
    hoạch năm» … khi mới đến tháng 11", on a correct workbook, every month until December
    (a cron on --strict failed). A plan is mistyped only when the year-to-date is more than
    twice its share of the months gone: 140% in September is news, 160% is not."""
    (tmp_path / "data").mkdir()
    for month, ytd in ((11, 1013), (9, 1400)):
        month_book(tmp_path / "data", Period(2024, month), {}, [row("x", 100, ytd=ytd, plan=1000)])
        assert only(findings(tmp_path, Period(2024, month)), "WARNING") == []
    month_book(tmp_path / "data", Period(2024, 9), {}, [row("x", 100, ytd=1600, plan=1000)])
    assert only(findings(tmp_path, Period(2024, 9)), "WARNING") == [
        (
            "WARNING",
            "I2",
            "«Lũy kế» của «x» (1.600) đã vượt «Kế hoạch năm» (1.000) khi mới đến tháng 9: báo "
            "cáo sẽ viết «đạt 160,0%». Hãy kiểm tra «Kế hoạch năm» (có thể gõ thiếu một chữ "
            "số, hoặc khác đơn vị).",
        )
    ]


def test_plan_unlike_last_months_is_a_warning(tmp_path: Path) -> None:
    """A year's plan typed otherwise than in last month's workbook: a warning at its cell."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 2), {}, [row("x", 100, ytd=200, plan=6650)])
    month_book(tmp_path / "data", Period(2024, 3), {}, [row("x", 110, ytd=310, plan=665)])
    assert only(findings(tmp_path, Period(2024, 3)), "WARNING") == [
        (
            "WARNING",
            "I2",
            "«Kế hoạch năm» của «x» (665) khác số trong 2024-02.xlsx (ChiTieu!I2) (6.650), dù "
            "kế hoạch năm thường giữ nguyên trong năm. Hãy kiểm tra lại.",
        )
    ]


def test_plan_cleared_since_last_month_is_a_warning(tmp_path: Path) -> None:
    """A year's plan left blank where last month's workbook of the same year has one (the
    cell cleared, the row typed anew): the report dropped "đạt 4,7% so với Kế hoạch năm",
    which February's printed, with a clean check. Now a warning at the blank cell; a
    January's blank plan (the new year's not yet known) is not said."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 2), {}, [row("x", 100, ytd=200, plan=6650)])
    month_book(tmp_path / "data", Period(2024, 3), {}, [row("x", 110, ytd=310)])
    assert only(findings(tmp_path, Period(2024, 3)), "WARNING") == [
        (
            "WARNING",
            "I2",
            "«Kế hoạch năm» của «x» để trống, trong khi 2024-02.xlsx (ChiTieu!I2) ghi 6.650: "
            "báo cáo sẽ không nêu tỷ lệ đạt so với Kế hoạch năm như tháng trước. Hãy điền lại "
            "«Kế hoạch năm» (kế hoạch năm thường giữ nguyên trong năm), hoặc để trống nếu năm "
            "nay không còn kế hoạch đó.",
        )
    ]
    month_book(tmp_path / "data", Period(2023, 12), {}, [row("x", 100, ytd=1200, plan=1300)])
    month_book(tmp_path / "data", Period(2024, 1), {}, [row("x", 110, ytd=110)])
    assert only(findings(tmp_path, Period(2024, 1)), "WARNING") == []


@pytest.mark.parametrize("typed", ["Tăng khá.", "tăng khá;", " tăng khá, "])
def test_assessment_word_loses_its_own_punctuation(data: Path, typed: str) -> None:
    """The sentence has its own punctuation: "Tăng khá." stands as "tăng khá," in it."""
    iip = [("iip", "Toàn ngành", 112, None, None, None, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": typed}, [row("x", ytd=400)], iip)
    found = only(findings(data.parent, APRIL), "INFO")
    assert (
        "INFO",
        "B4",
        "Khóa «nhan_dinh_sxcn» được viết thành «tăng khá» vì nhận định đứng giữa câu.",
    ) in found
    texts = report(data.parent, APRIL)
    assert texts[texts.index("1. CN") + 1] == (
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang tăng khá, ước tăng 12,00% so "
        "với cùng kỳ."
    )


def test_end_mark_inside_a_text_is_a_warning(data: Path) -> None:
    """ "./." ends the report: typed mid-task or mid-paragraph it is a warning at the cell."""
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    edit_april(
        data,
        cells={
            "NhiemVu!B2": "Thực hiện nhiệm vụ khác./. Ghi chú thêm",
            "HoatDong!C2": "Một việc./. Việc nữa.",
        },
    )
    message = (
        "«Nội dung» có dấu kết thúc văn bản «./.» mà sau nó còn chữ hoặc dấu khác, trong khi "
        "dấu này chỉ đứng ở cuối báo cáo (báo cáo tự thêm). Hãy xóa «./.» đó."
    )
    assert only(findings(data.parent, APRIL), "WARNING") == [
        ("WARNING", "C2", message),
        ("WARNING", "B2", message),
    ]


def test_one_signing_for_the_head_is_not_the_head(data: Path) -> None:
    """ "KT. GIÁM ĐỐC" above "GIÁM ĐỐC" is a warning at chuc_vu."""
    info = {"chuc_vu": "giám đốc", "ky_thay": "KT. GIÁM ĐỐC"}
    month_book(data, APRIL, info, [row("x", ytd=400)])
    assert only(findings(data.parent, APRIL), "WARNING") == [
        (
            "WARNING",
            "B4",
            "Người ký ký thay «GIÁM ĐỐC» («KT. GIÁM ĐỐC») nhưng chức vụ cũng là «GIÁM ĐỐC»: "
            "người ký thay là cấp phó (ví dụ «PHÓ GIÁM ĐỐC»). Hãy kiểm tra khóa «chuc_vu» và "
            "«ky_thay» (hoặc [signer] trong tệp cấu hình).",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "error"), [("cùng kỳ năm 2022", True), ("cùng kỳ năm 2023", False)]
)
def test_same_period_base_names_last_year_only(data: Path, typed: str, error: bool) -> None:
    """In a 2024 report "so với cùng kỳ năm 2022" names the wrong year: an error at the key."""
    month_book(data, APRIL, {"so_sanh_cung_ky": typed}, [row("x", ytd=400)])
    expected = [
        (
            "ERROR",
            "B4",
            "«cùng kỳ năm 2022» gọi kỳ so sánh là năm 2022, mà «Cùng kỳ» là số của năm 2023: "
            "câu văn sẽ viết «so với cùng kỳ năm 2022». Hãy sửa thành «cùng kỳ năm 2023», hoặc "
            "«cùng kỳ».",
        )
    ]
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (expected if error else [])


@pytest.mark.parametrize(
    ("typed", "severity"),
    [
        ("năm 2023", "WARNING"),
        ("tháng trước", "ERROR"),
        ("cùng kì năm trước", None),
        ("cùng thời kỳ năm 2023", None),
        ("cùng thời gian năm trước", None),
        ("cùng thời điểm năm 2023", None),
        ("cùng tháng năm trước", None),
    ],
)
def test_same_period_base_says_cung_ky(data: Path, typed: str, severity: str | None) -> None:
    """A same-period name that does not say "cùng kỳ" names every comparison with last year,
    the month's too: "so với năm 2023" (or "so với tháng trước", beside the real one) after
    April's figure was written with no word. A warning; "tháng trước" is an error."""
    month_book(data, APRIL, {"so_sanh_cung_ky": typed}, [row("x", 100, 90, 80, ytd=400)])
    expected = [
        (
            severity,
            "B4",
            f"«{typed}» không nói «cùng kỳ»: mọi so sánh với số của năm 2023 sẽ viết «so với "
            f"{typed}», cả của tháng («tháng 4/2024 ước đạt …, tăng …% so với {typed}»). Hãy "
            "viết «cùng kỳ», «cùng kỳ năm trước» hoặc «cùng kỳ năm 2023».",
        )
    ]
    found = only(findings(data.parent, APRIL), "WARNING", "ERROR")
    assert found == (expected if severity else [])


@pytest.mark.parametrize(
    ("kind", "month", "value", "ytd_same", "said"),
    [
        ("9 tháng", 9, None, 300, "9 tháng đầu năm 2024"),
        ("9 tháng", 9, 110, 300, "9 tháng đầu năm 2024"),
        ("năm", 12, 110, 300, "cả năm 2024"),
        ("tháng", 4, 110, 300, "cộng dồn 04 tháng đầu năm"),
        ("tháng", 12, 110, 300, "cả năm 2024"),
        ("quý", 3, 110, 300, "quý I/2024"),
        ("tháng", 4, 110, None, None),
        ("tháng", 1, 110, 100, None),
    ],
)
def test_same_month_base_beside_a_total_says_the_totals_clause(
    data: Path, kind: str, month: int, value: object, ytd_same: object, said: str | None
) -> None:
    """Ninh Bình's 9-month 2023 report compares September "so với cùng tháng năm 2022".
    Typed so beside the 9 months' totals, check warned "… cả của tháng («tháng 9/2023 ước đạt
    …, tăng …% so với cùng tháng năm 2022»)", the one clause it is right for, and with the
    totals alone (no month compared) it was quiet while the report printed "9 tháng đầu năm
    2023 ước đạt …, tăng …% so với cùng tháng năm 2022". The warning names the total's
    clause; with no total compared (or in January, whose total is the month) it is quiet."""
    period = Period(2024, month)
    typed = "cùng tháng năm 2023"
    info = {"so_sanh_cung_ky": typed, "ky_bao_cao": kind}
    ytd = value if month == 1 else 400
    month_book(data, period, info, [row("x", value, None, 100, ytd=ytd, ytd_same=ytd_same)])
    found = only(findings(data.parent, period), "WARNING", "ERROR")
    assert found == (
        [
            (
                "WARNING",
                "B4",
                f"«{typed}» gọi kỳ so sánh là một tháng, mà báo cáo còn so sánh {said} với "
                f"cùng kỳ năm 2023: câu văn sẽ viết «{said} ước đạt …, tăng …% so với {typed}». "
                "Hãy viết «cùng kỳ», «cùng kỳ năm trước» hoặc «cùng kỳ năm 2023».",
            )
        ]
        if said
        else []
    )


@pytest.mark.parametrize(
    ("typed", "kind", "month", "value", "ytd_same", "said"),
    [
        ("tháng cùng kỳ năm 2023", "tháng", 12, 110, 300, "cả năm 2024"),
        ("Tháng cùng kỳ năm trước", "tháng", 4, 110, 300, "cộng dồn 04 tháng đầu năm"),
        ("tháng cùng kỳ", "9 tháng", 9, None, 300, "9 tháng đầu năm 2024"),
        ("tháng cùng kỳ năm 2023", "tháng", 4, 110, None, None),
        ("tháng cùng kỳ năm 2023", "tháng", 1, 110, 100, None),
        ("6 tháng cùng kỳ năm 2023", "6 tháng", 6, None, 300, None),
    ],
)
def test_month_of_same_period_base_beside_a_total_says_the_totals_clause(
    data: Path,
    typed: str,
    kind: str,
    month: int,
    value: object,
    ytd_same: object,
    said: str | None,
) -> None:
    """Tây Ninh's December 2021 report compares the month "so với tháng cùng kỳ năm 2020"
    and the year "so cùng kỳ năm 2020". Typed as the base of a December workbook, check was
    quiet while the report printed "Tổng mức bán lẻ … cả năm 2021 ước đạt 100.000 tỷ đồng;
    tăng 1,0% so với tháng cùng kỳ năm 2020" (and "Cả năm 2021, chỉ số ước tăng 1,02% so
    với tháng cùng kỳ năm 2020"): the year's total compared with a month. "tháng cùng kỳ"
    (the statistics office's same month of last year) is now read as "cùng tháng" is: a
    warning naming the total's clause when a total of months is compared, quiet otherwise
    (no total compared, January, or a count of months, "6 tháng cùng kỳ"). The name stands
    mid-sentence: typed with a capital, it is said in small letters."""
    period = Period(2024, month)
    name = typed[0].lower() + typed[1:]
    info = {"so_sanh_cung_ky": typed, "ky_bao_cao": kind}
    ytd = value if month == 1 else 400
    month_book(data, period, info, [row("x", value, None, 100, ytd=ytd, ytd_same=ytd_same)])
    found = only(findings(data.parent, period), "WARNING", "ERROR")
    assert found == (
        [
            (
                "WARNING",
                "B4",
                f"«{name}» gọi kỳ so sánh là một tháng, mà báo cáo còn so sánh {said} với "
                f"cùng kỳ năm 2023: câu văn sẽ viết «{said} ước đạt …, tăng …% so với {name}». "
                "Hãy viết «cùng kỳ», «cùng kỳ năm trước» hoặc «cùng kỳ năm 2023».",
            )
        ]
        if said
        else []
    )


@pytest.mark.parametrize("month_too", [False, True])
def test_a_years_totals_compared_with_the_year_before_are_quiet(
    data: Path, month_too: bool
) -> None:
    """Hòa Bình's 2019 report writes "so với năm trước" after the year's totals: typed so in
    a year's workbook of totals alone, it warned that the month's clause would say it too,
    though no month is compared (--strict failed on a correct workbook). Quiet now; with a
    month's figure beside its «Cùng kỳ», still the warning."""
    info = {"so_sanh_cung_ky": "năm trước", "ky_bao_cao": "năm"}
    month = (110, None, 100) if month_too else (None, None, None)
    month_book(data, DECEMBER, info, [row("x", *month, ytd=1200, ytd_same=1000)])
    said = [
        (s, m[:40]) for s, c, m in findings(data.parent, DECEMBER) if "không nói «cùng kỳ»" in m
    ]
    assert said == ([("WARNING", "«năm trước» không nói «cùng kỳ»: mọi so ")] if month_too else [])
    # "tháng trước" after a year's total is wrong whatever is compared: still an error.
    month_book(data, DECEMBER, {**info, "so_sanh_cung_ky": "tháng trước"}, [row("x", None, ytd=9)])
    assert [s for s, c, m in findings(data.parent, DECEMBER) if "không nói «cùng kỳ»" in m] == [
        "ERROR"
    ]


@pytest.mark.parametrize(
    ("typed", "kind"), [("kế hoạch năm", "năm"), ("KH năm", "tháng"), ("chỉ tiêu", "năm")]
)
def test_same_period_base_naming_a_plan_is_an_error(data: Path, typed: str, kind: str) -> None:
    """ "kế hoạch năm" typed in so_sanh_cung_ky (a row above so_sanh_ke_hoach) of a year's
    workbook of totals alone printed "ước đạt 1.200 tỷ đồng; tăng 20,0% so với kế hoạch năm
    và đạt 80,0% so với Kế hoạch năm" with no word at all (a monthly report's, a warning)."""
    info = {"so_sanh_cung_ky": typed, "ky_bao_cao": kind}
    month = (110, None, 100) if kind == "tháng" else (None, None, None)
    month_book(data, DECEMBER, info, [row("x", *month, ytd=1200, ytd_same=1000, plan=1500)])
    assert only(findings(data.parent, DECEMBER), "WARNING", "ERROR") == [
        (
            "ERROR",
            "B4",
            f"«{typed}» gọi kỳ so sánh là một kế hoạch (chỉ tiêu), mà «Cùng kỳ» là số của năm "
            f"2023: câu văn sẽ viết «tăng …% so với {typed}». Hãy viết «cùng kỳ», «cùng kỳ năm "
            "trước» hoặc «cùng kỳ năm 2023» (tên của kế hoạch ghi ở khóa «so_sanh_ke_hoach»).",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "warned"),
    [("năm", True), ("cả năm", True), ("năm ngoái", False), ("năm 2023", False)],
)
def test_a_years_totals_compared_with_no_year_named_are_said(
    data: Path, typed: str, warned: bool
) -> None:
    """ "cả năm" (the kind's words, typed a row down in so_sanh_cung_ky) in a year's
    workbook of totals alone printed "cả năm 2024 ước đạt 1.200 tỷ đồng; tăng 20,0% so với
    cả năm" with no word: a warning naming no year; last year named is quiet still."""
    info = {"so_sanh_cung_ky": typed, "ky_bao_cao": "năm"}
    month_book(data, DECEMBER, info, [row("x", None, ytd=1200, ytd_same=1000)])
    expected = [
        (
            "WARNING",
            "B4",
            f"«{typed}» không nói kỳ so sánh là của năm nào: câu văn sẽ viết «tăng …% so với "
            f"{typed}». Hãy viết «cùng kỳ», «năm trước» hoặc «năm 2023».",
        )
    ]
    assert only(findings(data.parent, DECEMBER), "WARNING", "ERROR") == (expected if warned else [])


def test_same_period_name_stands_mid_sentence(data: Path) -> None:
    """ "Cùng kỳ năm 2023" typed with a capital printed "tăng 25,0% so với Cùng kỳ năm 2023";
    it is lowered as the assessment word is, with a note. The config's own is lowered too."""
    month_book(data, APRIL, {"so_sanh_cung_ky": "Cùng kỳ năm 2023"}, [row("x", 100, 90, 80)])
    assert (
        "INFO",
        "B4",
        "Khóa «so_sanh_cung_ky» được viết thành «cùng kỳ năm 2023» vì cụm từ đứng giữa câu.",
    ) in only(findings(data.parent, APRIL), "INFO")
    sentence = (
        "Chỉ tiêu x tháng 4/2024 ước đạt 100 tấn, tăng 11,1% so với tháng trước; tăng 25,0% so "
        "với {}."
    )
    assert sentence.format("cùng kỳ năm 2023") in report(data.parent, APRIL)
    month_book(data, APRIL, {}, [row("x", 100, 90, 80)])
    path = write_config(data.parent, template=None)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '\n[report]\nsame_period = "Cùng kỳ"\n', encoding="utf-8")
    built = build_report(load_config(path), APRIL, data.parent / "own.docx").output
    assert sentence.format("cùng kỳ") in document_texts(built)


def test_same_period_name_in_title_case_stands_mid_sentence(data: Path) -> None:
    """ "Cùng Kỳ Năm Trước" printed "tăng 25,0% so với Cùng Kỳ Năm Trước" with nothing said:
    capitalised words were taken for a name («Hoa Kỳ») and kept as typed. A period's words
    are no name: each is lowered, with a note."""
    month_book(data, APRIL, {"so_sanh_cung_ky": "Cùng Kỳ Năm Trước"}, [row("x", 100, 90, 80)])
    assert (
        "INFO",
        "B4",
        "Khóa «so_sanh_cung_ky» được viết thành «cùng kỳ năm trước» vì cụm từ đứng giữa câu.",
    ) in only(findings(data.parent, APRIL), "INFO")
    assert (
        "Chỉ tiêu x tháng 4/2024 ước đạt 100 tấn, tăng 11,1% so với tháng trước; tăng 25,0% so "
        "với cùng kỳ năm trước."
    ) in report(data.parent, APRIL)


def test_same_period_name_typed_with_so_voi(data: Path) -> None:
    """ "so với cùng kỳ năm trước" (as `so_sanh_ke_hoach`'s default says "so với Kế hoạch
    năm") printed "tăng 25,0% so với so với cùng kỳ năm trước" with nothing said: the report
    writes "so với" itself. It is dropped, with a note; the config's own too."""
    month_book(
        data, APRIL, {"so_sanh_cung_ky": "So với cùng kỳ năm trước"}, [row("x", 100, 90, 80)]
    )
    found = findings(data.parent, APRIL)
    assert (
        "INFO",
        "B4",
        "Khóa «so_sanh_cung_ky» được viết thành «cùng kỳ năm trước» vì báo cáo tự viết «so "
        "với» trước cụm từ này.",
    ) in only(found, "INFO")
    sentence = (
        "Chỉ tiêu x tháng 4/2024 ước đạt 100 tấn, tăng 11,1% so với tháng trước; tăng 25,0% so "
        "với {}."
    )
    assert sentence.format("cùng kỳ năm trước") in report(data.parent, APRIL)
    month_book(data, APRIL, {}, [row("x", 100, 90, 80)])
    path = write_config(data.parent, template=None)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '\n[report]\nsame_period = "so với cùng kỳ"\n', encoding="utf-8")
    built = build_report(load_config(path), APRIL, data.parent / "own.docx").output
    assert sentence.format("cùng kỳ") in document_texts(built)


@pytest.mark.parametrize("typed", ["so cùng kỳ năm trước", "So sánh với cùng kỳ năm trước"])
def test_same_period_name_typed_with_a_short_so(data: Path, typed: str) -> None:
    """ "so cùng kỳ" (province32: Bình Định's report writes "giảm 4,64% so cùng kỳ")
    printed "tăng 25,0% so với so cùng kỳ năm trước" with a clean check: only a whole "so
    với" was dropped. "so" and "so sánh (với)" before the name are dropped too, with the
    note."""
    month_book(data, APRIL, {"so_sanh_cung_ky": typed}, [row("x", 100, 90, 80)])
    assert (
        "INFO",
        "B4",
        "Khóa «so_sanh_cung_ky» được viết thành «cùng kỳ năm trước» vì báo cáo tự viết «so "
        "với» trước cụm từ này.",
    ) in only(findings(data.parent, APRIL), "INFO")
    assert (
        "Chỉ tiêu x tháng 4/2024 ước đạt 100 tấn, tăng 11,1% so với tháng trước; tăng 25,0% so "
        "với cùng kỳ năm trước."
    ) in report(data.parent, APRIL)


@pytest.mark.parametrize("typed", ["so", "So sánh", "so với."])
def test_same_period_name_of_only_so_is_blank_with_a_note(data: Path, typed: str) -> None:
    """«so_sanh_cung_ky» of "so" or "So sánh" alone was stripped to nothing and the config's
    words printed, with no word at the cell (review14). It is blank, with a note saying so."""
    month_book(data, APRIL, {"so_sanh_cung_ky": typed}, [row("x", 100, 90, 80)])
    assert [f for f in only(findings(data.parent, APRIL), "INFO") if f[1] == "B4"] == [
        (
            "INFO",
            "B4",
            f"Khóa «so_sanh_cung_ky» chỉ ghi «{typed}», mà báo cáo tự viết «so với» trước cụm từ "
            "này: ô được coi là để trống, và báo cáo dùng cụm từ của tệp cấu hình ([report] "
            "same_period).",
        )
    ]
    assert (
        "Chỉ tiêu x tháng 4/2024 ước đạt 100 tấn, tăng 11,1% so với tháng trước; tăng 25,0% so "
        "với cùng kỳ."
    ) in report(data.parent, APRIL)


def test_unit_spacing_is_collapsed_with_a_note(data: Path) -> None:
    """ "tỷ  đồng " is printed "tỷ đồng", with a note at its cell."""
    month_book(data, APRIL, {}, [row("x", 100, ytd=400)])
    edit_april(data, cells={"ChiTieu!C2": " tỷ  đồng "})
    assert ("INFO", "C2", "«Đơn vị» được viết thành «tỷ đồng» (bỏ dấu cách thừa).") in only(
        findings(data.parent, APRIL), "INFO"
    )
    assert "Chỉ tiêu x cộng dồn 04 tháng đầu năm ước đạt 400 tỷ đồng." in report(data.parent, APRIL)


def test_breakdown_in_another_unit_is_not_added_up(data: Path) -> None:
    """A child in another unit than its parent: a warning at its unit, and no sum check;
    one in the parent's unit at another scale (kg under tấn) is added up rescaled (it was
    said not to add up, every month)."""
    rows = [row("x", 100, ytd=400), row("x.a", 60, parent="x"), row("x.b", 70000, parent="x")]
    month_book(data, APRIL, {}, rows)
    edit_april(data, cells={"ChiTieu!C4": "chiếc"})
    assert only(findings(data.parent, APRIL), "WARNING") == [
        (
            "WARNING",
            "C4",
            "«Đơn vị» của «x.b» («chiếc») khác của «x» («tấn»), chỉ tiêu nó thuộc về: số của "
            "nhóm không cộng lại được để đối chiếu. Hãy ghi cùng một đơn vị, hoặc đặt «Nhóm» "
            "bắt đầu bằng «Trong đó» nếu nhóm chỉ nêu vài mục.",
        )
    ]
    edit_april(data, cells={"ChiTieu!C4": "kg"})
    assert only(findings(data.parent, APRIL), "WARNING") == [
        (
            "WARNING",
            "D2",
            "Cột «Tháng báo cáo»: tổng các chỉ tiêu con của «x» (130) lớn hơn số của «x» (100), "
            "lệch 30.",
        )
    ]


@pytest.mark.parametrize(
    ("parent", "said"),
    [
        (1100, "(1.000,5) nhỏ hơn số của «x» (1.100), lệch 99,5"),
        (900, "(1.000,5) lớn hơn số của «x» (900), lệch 100,5"),
    ],
)
def test_a_breakdown_that_does_not_add_up_says_both_sums(
    data: Path, parent: int, said: str
) -> None:
    """ "tổng các chỉ tiêu con của «x» lệch 1.000 so với số của «x»" said neither sum nor
    which is larger (a trial office): the clerk could not see at once whether a row was left
    out or the parent mistyped. Both are said, each as the report writes a number."""
    rows = [row("x", parent, ytd=4 * parent), row("x.a", 600, parent="x")]
    rows.append(row("x.b", 400.5, parent="x"))
    month_book(data, APRIL, {}, rows)
    assert only(findings(data.parent, APRIL), "WARNING") == [
        ("WARNING", "D2", f"Cột «Tháng báo cáo»: tổng các chỉ tiêu con của «x» {said}.")
    ]


def test_a_breakdown_of_prices_is_not_added_up(data: Path) -> None:
    """Rice at 650 and 520 USD/tấn under an average of 600: prices never add up, so no
    "tổng nhóm … lệch 570" warning; a breakdown of shares in "%" is still added up."""
    rows = [row("x", 600), row("x.a", 650, parent="x"), row("x.b", 520, parent="x")]
    rows = [(code, name, "USD/tấn", *rest) for code, name, _, *rest in rows]
    month_book(data, APRIL, {}, rows)
    assert only(findings(data.parent, APRIL), "WARNING") == []
    rows = [row("x", 100), row("x.a", 40, parent="x"), row("x.b", 35, parent="x")]
    month_book(data, APRIL, {}, [(code, name, "%", *rest) for code, name, _, *rest in rows])
    assert [c for _, c, m in only(findings(data.parent, APRIL), "WARNING") if "lệch" in m] == []
    assert [c for _, c, m in only(findings(data.parent, APRIL), "WARNING")] == ["D2"]


def test_a_child_in_a_price_unit_under_a_sum_is_said_at_its_unit(data: Path) -> None:
    """A row in "đ/kg" under a parent in tấn is a unit typed wrong, said at its cell, not a
    price left out of the group's sum (which then said the group was off by 40)."""
    rows = [row("x", 100), row("x.a", 60, parent="x"), row("x.b", 40, parent="x")]
    rows[2] = (*rows[2][:2], "đ/kg", *rows[2][3:])
    month_book(data, APRIL, {}, rows)
    said = only(findings(data.parent, APRIL), "WARNING")
    assert [c for _, c, m in said if m.startswith("«Đơn vị» của «x.b» («đ/kg») khác")] == ["C4"]
    assert not [m for _, _, m in said if "lệch" in m]


def test_a_breakdown_in_percent_that_does_not_add_up_says_both_readings(data: Path) -> None:
    """Households with power, towns 99,8% and villages 97,9%, all 98,5%, may be each part's
    own rate (the whole between them), but shares mistyped (32% and 80% under 40%) put the
    whole between them too: a warning either way, saying both readings and that a "Trong
    đó" list is not added up (it was "lệch 99,2" alone, then silence for both). Shares
    (40% + 35% + 25% of 100%) add up; a whole outside both is a warning that says so."""

    def in_percent(*rows: tuple[object, ...], decimals: int | None = None) -> list[tuple]:
        """April's ``rows`` in "%" (with ``decimals``, when given)."""
        typed = [(c, n, "%", *r[:6], decimals or r[6], *r[7:]) for c, n, _, *r in rows]
        month_book(data, APRIL, {}, typed)
        return list(rows)

    rates = (row("x", 98.5), row("x.a", 99.8, parent="x"), row("x.b", 97.9, parent="x"))
    rows = in_percent(*rates, decimals=1)
    assert only(findings(data.parent, APRIL), "WARNING") == [
        (
            "WARNING",
            "D2",
            "Cột «Tháng báo cáo»: tổng các chỉ tiêu con của «x» (197,7%) khác số của «x» "
            "(98,5%). Nếu nhóm là cơ cấu (các phần cộng lại thành tổng), hãy kiểm tra lại số; "
            "nếu là tỷ lệ riêng của từng mục, hãy đặt «Nhóm» bắt đầu bằng «Trong đó» để không "
            "đối chiếu tổng.",
        )
    ]
    in_percent(row("x", 40), row("x.a", 32, parent="x"), row("x.b", 80, parent="x"))
    assert [c for _, c, m in only(findings(data.parent, APRIL), "WARNING") if "(112%)" in m] == [
        "D2"
    ]
    listed = [(*r[:11], "Trong đó theo khu vực", *r[12:]) if r[10] else r for r in rows]
    in_percent(*listed, decimals=1)
    assert only(findings(data.parent, APRIL), "WARNING") == []
    shares = (row("x.a", 40, parent="x"), row("x.b", 35, parent="x"), row("x.c", 25, parent="x"))
    in_percent(row("x", 100), *shares)
    assert only(findings(data.parent, APRIL), "WARNING") == []
    in_percent((*rows[0][:3], 95, *rows[0][4:]), *rows[1:], decimals=1)
    assert only(findings(data.parent, APRIL), "WARNING") == [
        (
            "WARNING",
            "D2",
            "Cột «Tháng báo cáo»: số của «x» (95,0%) không bằng tổng các chỉ tiêu con "
            "(197,7%, nếu là cơ cấu) và không nằm giữa số nhỏ nhất và lớn nhất của nhóm "
            "(97,9%–99,8%, nếu là tỷ lệ của từng mục); hãy kiểm tra lại.",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "wrong"),
    [
        ("so với kế hoạch năm 2023", True),
        ("KH 2023", True),
        ("so với kế hoạch năm 2024", False),
        ("so với kế hoạch theo Nghị quyết số 12/2023/NQ-HĐND", False),
        ("so với kế hoạch 2021-2025", False),  # five years' plan: no year of its own
        ("so với KH năm 2023 – 2025", False),
    ],
)
def test_plan_base_names_the_reports_year_only(data: Path, typed: str, wrong: bool) -> None:
    """In a 2024 report "so với kế hoạch năm 2023" (copied with last year's workbook)
    printed "đạt 25,0% so với kế hoạch năm 2023" with exit code 0: an error at the key. A
    resolution of last year named in the phrase is not a plan's year."""
    month_book(data, APRIL, {"so_sanh_ke_hoach": typed}, [row("x", ytd=400, plan=1600)])
    expected = [
        (
            "ERROR",
            "B4",
            f"«{typed}» gọi kế hoạch là của năm 2023, mà «Kế hoạch năm» là kế hoạch năm 2024: "
            f"câu văn sẽ viết «đạt …% {typed}». Hãy sửa thành «so với kế hoạch năm 2024», "
            "hoặc «so với Kế hoạch năm».",
        )
    ]
    assert only(findings(data.parent, APRIL), "ERROR") == (expected if wrong else [])


@pytest.mark.parametrize(
    ("typed", "base"),
    [
        ("cùng kỳ năm 2023", "cùng kỳ năm trước"),
        ("so với cùng kỳ", "cùng kỳ năm trước"),
        ("so với tháng trước", "tháng trước"),
        ("so với kế hoạch cùng kỳ", None),  # a target named: not this rule's
        ("so với chỉ tiêu Nghị quyết", None),
        ("kịch bản tăng trưởng", None),
    ],
)
def test_plan_base_naming_another_base_is_an_error(data: Path, typed: str, base: str) -> None:
    """ "cùng kỳ năm 2023" typed in so_sanh_ke_hoach (a row below so_sanh_cung_ky) printed
    "đạt 25,0% cùng kỳ năm 2023" of the share of the plan, with exit code 0."""
    month_book(data, APRIL, {"so_sanh_ke_hoach": typed}, [row("x", ytd=400, plan=1600)])
    where = " (kỳ so sánh với năm trước ghi ở khóa «so_sanh_cung_ky»)" if "kỳ" in typed else ""
    expected = [
        (
            "ERROR",
            "B4",
            f"«{typed}» gọi kỳ so sánh là {base}, mà số đứng trước là tỷ lệ của «Lũy kế» so "
            f"với «Kế hoạch năm»: câu văn sẽ viết «đạt …% {typed}». Hãy sửa thành «so với Kế "
            f"hoạch năm», hoặc «so với kế hoạch năm»{where}.",
        )
    ]
    assert only(findings(data.parent, APRIL), "ERROR") == (expected if base else [])


def test_plan_base_of_the_config_is_said_at_its_key(data: Path) -> None:
    """The same name kept in baocao.toml is wrong in every other year: said at its key."""
    month_book(data, APRIL, {}, [row("x", ytd=400, plan=1600)])
    path = write_config(data.parent, template=None)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '\n[report]\nplan = "so với KH năm 2023"\n', encoding="utf-8")
    found = [
        (p.severity.name, p.place, p.message)
        for p in check_inputs(load_config(path), APRIL).problems
        if p.file == path
    ]
    assert found == [
        (
            "ERROR",
            "report.plan",
            "«so với KH năm 2023» gọi kế hoạch là của năm 2023, mà «Kế hoạch năm» là kế hoạch "
            "năm 2024: câu văn sẽ viết «đạt …% so với KH năm 2023». Hãy sửa thành «so với kế "
            "hoạch năm 2024», hoặc «so với Kế hoạch năm».",
        )
    ]


@pytest.mark.parametrize("typed", ["năm", "cả năm", "năm 2024"])
def test_plan_base_naming_a_period_alone_is_a_warning(data: Path, typed: str) -> None:
    """ "cả năm" (the kind's words, typed two rows down in so_sanh_ke_hoach) printed "đạt
    25,0% cả năm" of the share of the plan with no word: a warning at the key."""
    month_book(data, APRIL, {"so_sanh_ke_hoach": typed}, [row("x", ytd=400, plan=1600)])
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B4",
            f"«{typed}» không nói kế hoạch (chỉ tiêu) nào: câu văn sẽ viết «đạt …% {typed}». "
            "Hãy viết «so với Kế hoạch năm», hoặc «so với kế hoạch năm».",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "part"),
    [
        ("so với kế hoạch 9 tháng", "9 tháng"),
        ("kế hoạch quý", "quý"),
        ("KH 6 tháng", "6 tháng"),
        ("so với Kế hoạch tháng", "tháng"),
        ("so với kế hoạch 12 tháng", None),  # the year's
        ("so với kế hoạch 5 năm", None),
        ("so với Kế hoạch số 12/KH-UBND", None),
    ],
)
def test_plan_base_naming_a_part_of_the_year_is_a_warning(
    data: Path, typed: str, part: str | None
) -> None:
    """ "so với kế hoạch 9 tháng" in the 9-month report printed "đạt 73,6% so với kế hoạch
    9 tháng" of a share of «Kế hoạch năm» with a clean check --strict (office20)."""
    month_book(data, APRIL, {"so_sanh_ke_hoach": typed}, [row("x", ytd=400, plan=1600)])
    expected = [
        (
            "WARNING",
            "B4",
            f"«{typed}» gọi kế hoạch là kế hoạch {part}, mà số đứng trước là tỷ lệ của «Lũy "
            f"kế» so với «Kế hoạch năm» (kế hoạch cả năm): câu văn sẽ viết «đạt …% {typed}». "
            "Hãy sửa thành «so với Kế hoạch năm», hoặc «kế hoạch năm».",
        )
    ]
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == (expected if part else [])


def test_plan_base_of_the_config_naming_last_year_is_said_at_its_key(data: Path) -> None:
    """ "cùng kỳ" written in [report] plan printed "đạt 25,0% cùng kỳ" every month."""
    month_book(data, APRIL, {}, [row("x", ytd=400, plan=1600)])
    path = write_config(data.parent, template=None)
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '\n[report]\nplan = "cùng kỳ"\n', encoding="utf-8")
    found = [
        (p.severity.name, p.place, p.message)
        for p in check_inputs(load_config(path), APRIL).problems
        if p.file == path
    ]
    assert found == [
        (
            "ERROR",
            "report.plan",
            "«cùng kỳ» gọi kỳ so sánh là cùng kỳ năm trước, mà số đứng trước là tỷ lệ của "
            "«Lũy kế» so với «Kế hoạch năm»: câu văn sẽ viết «đạt …% cùng kỳ». Hãy sửa thành "
            "«so với Kế hoạch năm», hoặc «so với kế hoạch năm» (kỳ so sánh với năm trước ghi "
            "ở khóa «report.same_period»).",
        )
    ]


def test_signer_and_base_from_the_config_are_said_at_its_keys(data: Path) -> None:
    """The same mistakes made in baocao.toml, for every month, are said at its keys."""
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    path = write_config(data.parent, template=None, title="giám đốc")
    text = path.read_text(encoding="utf-8")
    path.write_text(text + '\n[report]\nsame_period = "cùng kỳ năm 2022"\n', encoding="utf-8")
    found = [
        (p.severity.name, p.file, p.place, p.message)
        for p in check_inputs(load_config(path), APRIL).problems
        if p.file == path
    ]
    assert sorted(found) == [
        (
            "ERROR",
            path,
            "report.same_period",
            "«cùng kỳ năm 2022» gọi kỳ so sánh là năm 2022, mà «Cùng kỳ» là số của năm 2023: "
            "câu văn sẽ viết «so với cùng kỳ năm 2022». Hãy sửa thành «cùng kỳ năm 2023», hoặc "
            "«cùng kỳ».",
        ),
        (
            "WARNING",
            path,
            "signer.title",
            "Người ký ký thay «GIÁM ĐỐC» («KT. GIÁM ĐỐC») nhưng chức vụ cũng là «GIÁM ĐỐC»: "
            "người ký thay là cấp phó (ví dụ «PHÓ GIÁM ĐỐC»). Hãy kiểm tra khóa «chuc_vu» và "
            "«ky_thay» (hoặc [signer] trong tệp cấu hình).",
        ),
    ]


def test_an_authority_typed_without_a_space_in_the_config_is_read_as_decree_30_writes_it(
    data: Path,
) -> None:
    """baocao.toml's authority "KT.GIÁM ĐỐC" (no space after the full stop) over the title
    "GIÁM ĐỐC" was printed so with a clean check, where «ky_thay» typed so is written "KT.
    GIÁM ĐỐC" and its deputy checked: the config's is read the same way."""
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    path = write_config(data.parent, template=None, authority="KT.GIÁM ĐỐC", title="GIÁM ĐỐC")
    config = load_config(path)
    assert config.signer.authority == "KT. GIÁM ĐỐC"
    assert [
        (p.place, p.message) for p in check_inputs(config, APRIL).problems if p.file == path
    ] == [
        (
            "signer.title",
            "Người ký ký thay «GIÁM ĐỐC» («KT. GIÁM ĐỐC») nhưng chức vụ cũng là «GIÁM ĐỐC»: "
            "người ký thay là cấp phó (ví dụ «PHÓ GIÁM ĐỐC»). Hãy kiểm tra khóa «chuc_vu» và "
            "«ky_thay» (hoặc [signer] trong tệp cấu hình).",
        )
    ]


def test_end_mark_before_a_line_break_is_a_warning_too(data: Path) -> None:
    """ "Việc A./." then, on a new line of the cell, "Việc B": the mark is inside the text."""
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    edit_april(data, cells={"NhiemVu!B2": "Việc A./.\nViệc B"})
    assert [c for _, c, _ in only(findings(data.parent, APRIL), "WARNING")] == ["B2"]


def test_assessment_word_of_punctuation_only_is_blank(data: Path) -> None:
    """nhan_dinh_sxcn "." is no word: the config's thresholds choose it, nothing is noted."""
    iip = [("iip", "Toàn ngành", 112, None, None, None, None, "CN")]
    month_book(data, APRIL, {"nhan_dinh_sxcn": "."}, [row("x", ytd=400)], iip)
    assert [f for f in findings(data.parent, APRIL) if "nhan_dinh_sxcn" in f[2]] == []
    texts = report(data.parent, APRIL)
    assert texts[texts.index("1. CN") + 1] == (
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang tăng khá, ước tăng 12,00% so "
        "với cùng kỳ."
    )


@pytest.mark.parametrize(
    ("key", "typed", "printed", "base"),
    [
        ("so_sanh_cung_ky", "cùng kỳ năm 2023.", "cùng kỳ năm 2023", "cùng kỳ năm 2023"),
        ("nhan_dinh_sxcn", "(tăng khá)", "tăng khá", "cùng kỳ"),
        ("nhan_dinh_sxcn", "“tăng khá”", "tăng khá", "cùng kỳ"),
    ],
)
def test_phrases_set_in_a_sentence_lose_their_punctuation(
    data: Path, key: str, typed: str, printed: str, base: str
) -> None:
    """What ThongTin sets inside a sentence keeps no full stop, brackets or quotes of its own."""
    iip = [("iip", "Toàn ngành", 112, None, None, None, None, "CN")]
    month_book(data, APRIL, {key: typed}, [row("x", ytd=400)], iip)
    notes = [m for s, _, m in findings(data.parent, APRIL) if s == "INFO" and key in m]
    assert len(notes) == 1 and f"được viết thành «{printed}»" in notes[0]
    texts = report(data.parent, APRIL)
    assert texts[texts.index("1. CN") + 1] == (
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang tăng khá, ước tăng 12,00% so "
        f"với {base}."
    )


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("NGUYỄN VĂN PHƯƠNG", "Nguyễn Văn Phương"),
        ("nguyễn   văn phương", "Nguyễn Văn Phương"),
        ("Nguyễn Văn Phương", None),
        ("Trần thị Mai", None),  # mixed: typed so, not guessed
        ("NGUYỄN VĂN AN-BÌNH", "Nguyễn Văn An-Bình"),
        ("ĐỖ O'NEIL", "Đỗ O'Neil"),
        ("NGUYỄN V.AN", "Nguyễn V.An"),
    ],
    ids=["capitals", "small", "as-printed", "mixed", "hyphen", "apostrophe", "dot"],
)
def test_signer_name_in_capitals_or_small_letters_is_written_as_a_name(
    data: Path, typed: str, printed: str | None
) -> None:
    """nguoi_ky typed "NGUYỄN VĂN PHƯƠNG" or "nguyễn văn phương" was printed so under the
    title with a clean check: Decree 30 prints the signer's name in small letters, each
    word's first a capital. A note at the cell; a name typed in mixed case is kept. The part
    after a hyphen, an apostrophe or a dot was printed small ("An-bình", "O'neil", "V.an")."""
    month_book(data, APRIL, {"nguoi_ky": typed}, [row("x", ytd=400)])
    notes = [f for f in findings(data.parent, APRIL) if f[2].startswith("Khóa «nguoi_ky»")]
    assert notes == (
        [
            (
                "INFO",
                "B4",
                f"Khóa «nguoi_ky» được viết thành «{printed}» vì họ tên người ký in chữ "
                "thường, viết hoa chữ đầu mỗi tiếng (Nghị định 30/2020/NĐ-CP).",
            )
        ]
        if printed
        else []
    )
    assert (printed or typed) in report(data.parent, APRIL)


@pytest.mark.parametrize("typed", ["KT GIÁM ĐỐC PHÓ GIÁM ĐỐC", "TL GIÁM ĐỐC"])
def test_an_authority_without_its_full_stop_under_another_is_a_warning(
    data: Path, typed: str
) -> None:
    """chuc_vu "KT GIÁM ĐỐC PHÓ GIÁM ĐỐC" (the full stop left out) under the config's
    «KT. GIÁM ĐỐC» line printed "KT. GIÁM ĐỐC" over "KT GIÁM ĐỐC PHÓ GIÁM ĐỐC" with a
    clean check, where "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" warned: the same warning now."""
    month_book(data, APRIL, {"chuc_vu": typed}, [row("x", ytd=400)])
    assert only(findings(data.parent, APRIL), "WARNING") == [
        (
            "WARNING",
            "B4",
            f"Chức vụ «{typed}» đã gồm thẩm quyền ký, nhưng dòng «KT. GIÁM ĐỐC» cũng được in "
            "phía trên: khối chữ ký sẽ sai. Hãy kiểm tra khóa «chuc_vu» và «ky_thay» (hoặc "
            "[signer] trong tệp cấu hình).",
        )
    ]


def test_a_title_with_its_own_authority_under_another_is_a_warning(data: Path) -> None:
    """«Q. GIÁM ĐỐC» as chuc_vu under the config's «KT. GIÁM ĐỐC» line: a warning."""
    month_book(data, APRIL, {"chuc_vu": "Q. GIÁM ĐỐC"}, [row("x", ytd=400)])
    assert only(findings(data.parent, APRIL), "WARNING") == [
        (
            "WARNING",
            "B4",
            "Chức vụ «Q. GIÁM ĐỐC» đã gồm thẩm quyền ký, nhưng dòng «KT. GIÁM ĐỐC» cũng được in "
            "phía trên: khối chữ ký sẽ sai. Hãy kiểm tra khóa «chuc_vu» và «ky_thay» (hoặc "
            "[signer] trong tệp cấu hình).",
        )
    ]


@pytest.mark.parametrize(
    ("authority", "title", "warned"),
    [
        ("TL. GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", False),
        ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", False),
        ("TL. GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", True),
        ("KT. GIÁM ĐỐC", "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", True),
    ],
)
def test_a_deputy_signing_for_another_head_under_tl_or_tm_is_quiet(
    data: Path, authority: str, title: str, warned: bool
) -> None:
    """Decree 30 (Article 13) lets one who signs by order ("TL. GIÁM ĐỐC") leave it to a
    deputy ("KT. CHÁNH VĂN PHÒNG" over "PHÓ CHÁNH VĂN PHÒNG"), as "TM." over "KT. CHỦ
    TỊCH": that block warned «đã gồm thẩm quyền ký». A KT. of the authority's own head
    still warns."""
    month_book(data, APRIL, {"ky_thay": authority, "chuc_vu": title}, [row("x", ytd=400)])
    warnings = only(findings(data.parent, APRIL), "WARNING")
    message = (
        f"Chức vụ «{title}» đã gồm thẩm quyền ký, nhưng dòng «{authority}» cũng được in "
        "phía trên: khối chữ ký sẽ sai. Hãy kiểm tra khóa «chuc_vu» và «ky_thay» (hoặc "
        "[signer] trong tệp cấu hình)."
    )
    assert [m for _, _, m in warnings] == ([message] if warned else [])


@pytest.mark.parametrize(
    ("typed", "warned"),
    [
        ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", True),
        ("kt giám đốc", True),
        ("TL. GIÁM ĐỐC CHÁNH VĂN PHÒNG", True),
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", False),
        ("Q. GIÁM ĐỐC", False),
    ],
    ids=["one-line", "authority-alone", "tl-one-line", "two-lines", "acting-head"],
)
def test_an_authority_typed_on_the_title_line_is_a_warning(
    data: Path, typed: str, warned: bool
) -> None:
    """Without an authority line (the head signs: [signer] authority = ""), chuc_vu typed
    "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" was printed so, on the title's one line, with a clean check
    (and "KT. GIÁM ĐỐC" alone with no title at all): Decree 30 sets the authority line above
    the title. Typed on two lines (Alt+Enter) it is printed so; "Q." is a title's own."""
    month_book(data, APRIL, {"chuc_vu": typed}, [row("x", ytd=400)])
    config = load_config(write_config(data.parent, authority="", template=None))
    printed = " ".join(typed.split()).upper()
    found = [
        (p.cell, p.message)
        for p in check_inputs(config, APRIL).problems
        if p.severity.name == "WARNING"
    ]
    assert found == (
        [
            (
                "B4",
                f"Chức vụ «{printed}» bắt đầu bằng thẩm quyền ký «{printed[:2]}.», "
                "nhưng được in trên một dòng làm chức vụ: theo Nghị định 30/2020/NĐ-CP, dòng "
                "thẩm quyền ký («KT. GIÁM ĐỐC») là dòng riêng phía trên chức vụ («PHÓ GIÁM "
                "ĐỐC»). Hãy ghi dòng thẩm quyền ở khóa «ky_thay» (hoặc «authority» của [signer] "
                "trong tệp cấu hình) và chỉ ghi chức vụ ở «chuc_vu».",
            )
        ]
        if warned
        else []
    )


@pytest.mark.parametrize("typed", ["Bảy./.)", "Mười./.;", "Mười hai ./. ."])
def test_end_mark_followed_by_other_marks_is_a_warning(data: Path, typed: str) -> None:
    """ "./." that the report would print before its end ("Bảy./.)") is a warning too."""
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    edit_april(data, rows={"NhiemVu": [(2, "Việc cuối.")]}, cells={"NhiemVu!B2": typed})
    assert [c for _, c, _ in only(findings(data.parent, APRIL), "WARNING")] == ["B2"]


def test_stt_counting_a_row_left_out_is_no_mistake(data: Path) -> None:
    """A task row of only "./." is left out; the STT after it, which counted it, is fine."""
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    edit_april(data, rows={"NhiemVu": [(2, "./."), (3, "Việc cuối.")]})
    assert [c for _, c, _ in only(findings(data.parent, APRIL), "WARNING")] == ["B3"]


def test_january_month_figures_from_the_year_to_date(data: Path) -> None:
    """In January the year-to-date is the month: a blank Tháng báo cáo or Cùng kỳ takes the
    typed Lũy kế or Lũy kế cùng kỳ, with a note; the sentence says the month."""
    january = Period(2024, 1)
    month_book(data, january, {}, [row("x", None, None, None, 1000, 903)])
    notes = [(c, m) for s, c, m in findings(data.parent, january) if m.startswith("Tháng 1")]
    assert notes == [
        ("D2", "Tháng 1: «Tháng báo cáo» của «x» lấy bằng «Lũy kế» (1.000)."),
        ("F2", "Tháng 1: «Cùng kỳ» của «x» lấy bằng «Lũy kế cùng kỳ» (903)."),
    ]
    assert "Chỉ tiêu x tháng 1/2024 ước đạt 1.000 tấn, tăng 10,7% so với cùng kỳ." in report(
        data.parent, january
    )


def test_a_paragraphs_own_number_is_a_warning_and_line_ends_are_one_break(data: Path) -> None:
    """ "a) Việc" in HoatDong would print "- a) Việc": a warning at the cell. A pasted CR-LF
    is one line break, and a Mục typed with two spaces is headed with one."""
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    edit_april(
        data, cells={"HoatDong!A2": "Công tác  khác", "HoatDong!C2": "a) Việc một\r\ndòng hai"}
    )
    assert only(findings(data.parent, APRIL), "WARNING") == [
        (
            "WARNING",
            "C2",
            "«Nội dung» bắt đầu bằng «a)», và báo cáo còn thêm dấu đầu dòng theo «Cấp» trước "
            "nó. Nếu đây là số thứ tự gõ tay, hãy xóa nó.",
        )
    ]
    config = load_config(write_config(data.parent, template=None))
    document = Document(str(build_report(config, APRIL, data.parent / "r.docx").output))
    texts = [p.text for p in document.paragraphs]
    assert "2. Công tác khác" in texts
    assert "- a) Việc một\ndòng hai" in texts


def test_january_same_period_from_the_year_to_date_is_checked_not_replaced(data: Path) -> None:
    """January's Cùng kỳ taken from Lũy kế cùng kỳ (80) stays, checked against last year's
    January workbook (90): a warning, not a second fill."""
    january, last = Period(2024, 1), Period(2023, 1)
    month_book(data, last, {}, [row("x", 90)])
    month_book(data, january, {}, [row("x", 100, None, None, 100, 80)])
    warnings = [(c, m) for s, c, m in findings(data.parent, january) if s == "WARNING"]
    assert warnings == [
        (
            "F2",
            "«Cùng kỳ» của «x» (80) khác số trong 2023-01.xlsx (ChiTieu!D2) (90); báo cáo dùng "
            "số đã ghi.",
        )
    ]
    assert "Chỉ tiêu x tháng 1/2024 ước đạt 100 tấn, tăng 25,0% so với cùng kỳ." in report(
        data.parent, january
    )


def test_headings_with_doubled_spaces_and_level_0_numbers_are_no_mistake(data: Path) -> None:
    """A Mục typed twice with the same doubled space is one subsection; a Cấp 0 paragraph
    (no bullet) may begin with its own number."""
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    edit_april(
        data,
        rows={"HoatDong": [("Công tác  khác", 0, "1. Việc hai.")]},
        cells={"HoatDong!A2": "Công tác  khác"},
    )
    assert only(findings(data.parent, APRIL), "WARNING") == []


def test_mục_spelt_with_other_marks_is_an_error(data: Path) -> None:
    """A Mục like an earlier one but for a mark makes a subsection of its own, a heading
    printed twice ("1. Sản xuất công nghiệp", "2. Sản xuất công nghiêp"): an error (it was
    a warning, and the report was built so)."""
    month_book(data, APRIL, {}, [row("x", ytd=400, section="Sản xuất công nghiệp")])
    edit_april(
        data,
        rows={"ChiTieu": [("y", "Chỉ tiêu y", "tấn", 5, None, None, 20)]},
        cells={"ChiTieu!N3": "Sản xuất công nghiêp"},
    )
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "ERROR",
            "N3",
            "«Mục» «Sản xuất công nghiêp» chỉ khác «Sản xuất công nghiệp» (ô N2) ở dấu hoặc cách "
            "viết, nên báo cáo sẽ có hai tiểu mục gần cùng tên. Nếu là cùng một tiểu mục, hãy gõ "
            "giống hệt «Sản xuất công nghiệp»; nếu là hai tiểu mục, hãy đặt tên khác hẳn.",
        )
    ]


def test_index_message_shows_the_index_as_typed(data: Path) -> None:
    """An index of 0,946 is said as 0,946, not rounded to its Số lẻ %."""
    iip = [("iip", "Toàn ngành", 0.946, None, None, None, 1, "CN")]
    month_book(data, APRIL, {}, [row("x", ytd=400)], iip)
    errors = [m for s, _, m in findings(data.parent, APRIL) if s == "ERROR"]
    assert errors and errors[0].startswith("Chỉ số 0,946 ")


@pytest.mark.parametrize(
    ("period", "info", "sentence", "severity"),
    [
        (APRIL, {}, "Chỉ tiêu y cộng dồn 04 tháng đầu năm ước đạt 90 tấn.", "WARNING"),
        # Without Tháng trước either (typed, or last month's): a row given for the period
        # alone, as an office gives its products month after month; a warning stopped
        # --strict in cron every month (two trials' find).
        (APRIL, {"previous": None}, "Chỉ tiêu y cộng dồn 04 tháng đầu năm ước đạt 90 tấn.", "INFO"),
        # A first quarter's total is the year-to-date, so nothing else says the month is
        # missing: said at the blank cell, a note as in the other reports of the months
        # from January (it was a warning, unlike theirs).
        (
            Period(2024, 3),
            {"ky_bao_cao": "quý"},
            "Chỉ tiêu y quý I/2024 ước đạt 90 tấn.",
            "INFO",
        ),
    ],
    ids=["monthly", "monthly-period-alone", "first-quarter"],
)
def test_month_left_blank_beside_its_year_to_date_is_a_warning(
    data: Path, period: Period, info: dict[str, object], sentence: str, severity: str
) -> None:
    """A row with its Lũy kế but a blank Tháng báo cáo is allowed, but the report then says
    nothing of the month: a warning at the blank cell (the month's sentence is left out),
    where the row has its Tháng trước (80 here)."""
    previous, typed = info.get("previous", 80), {k: v for k, v in info.items() if k != "previous"}
    month_book(data, period, typed, [row("x", ytd=400), row("y", None, previous, ytd=90)])
    said = (
        severity,
        "D3",
        "«Tháng báo cáo» của «y» để trống: báo cáo chỉ nêu số cộng dồn, không có số ước "
        f"của tháng {period.month}/2024 của chỉ tiêu này. Hãy điền «Tháng báo cáo» nếu đã "
        "có số.",
    )
    found = findings(data.parent, period)
    assert [f for f in only(found, "WARNING", "INFO") if f[1] == "D3"] == [said]
    assert only(found, "WARNING") == ([said] if severity == "WARNING" else [])
    assert sentence in report(data.parent, period)


@pytest.mark.parametrize(("kind", "month"), [("năm", 12), ("6 tháng", 6), ("9 tháng", 9)])
def test_month_left_blank_in_a_report_of_months_from_january_is_a_note(
    data: Path, kind: str, month: int
) -> None:
    """The year's report leads with the year's total, and some figures are tallied for the
    year alone: a blank Tháng báo cáo beside its Lũy kế is a note there, not a warning
    that fails --strict."""
    period = Period(2024, month)
    month_book(data, period, {"ky_bao_cao": kind}, [row("x", ytd=400), row("y", None, ytd=90)])
    assert [f for f in findings(data.parent, period) if f[1] == "D3"] == [
        (
            "INFO",
            "D3",
            "«Tháng báo cáo» của «y» để trống: báo cáo chỉ nêu số cộng dồn, không có số ước "
            f"của tháng {month}/2024 của chỉ tiêu này. Hãy điền «Tháng báo cáo» nếu đã có số.",
        )
    ]


def test_month_left_blank_beside_a_rates_period_figure_is_no_sum(data: Path) -> None:
    """A rate's or a price's Lũy kế is the rate or the average so far, which the report
    says "tính chung cả năm 2024": the note called it "số cộng dồn" (a sum of months)."""
    period = Period(2024, 12)
    rate = ("y", "tỷ lệ y", "%", None, None, None, 99.5, 99.3, None, 1)
    price = ("z", "giá z", "đồng/kWh", None, None, None, 1864.4, 1720.6, None, 1)
    month_book(data, period, {"ky_bao_cao": "năm"}, [row("x", ytd=400), rate, price])
    tail = (
        "không có số ước của tháng 12/2024 của chỉ tiêu này. Hãy điền «Tháng báo cáo» nếu đã có số."
    )
    assert [m for _, c, m in findings(data.parent, period) if c in ("D3", "D4")] == [
        f"«Tháng báo cáo» của «{code}» để trống: báo cáo chỉ nêu số tính chung từ đầu năm, {tail}"
        for code in ("y", "z")
    ]
    assert (
        "Tỷ lệ y tính chung cả năm 2024 ước đạt 99,5%; tăng 0,2 điểm phần trăm so với cùng kỳ."
        in report(data.parent, period)
    )


def test_a_revision_is_said_with_every_digit_typed(data: Path) -> None:
    """A Tháng trước typed 9.612,4 in a row of no decimals, unlike last month's estimate:
    the warning shows it whole, not "(9.612)" (a message hides no digit typed)."""
    month_book(data, Period(2024, 3), {}, [row("x", 9600)])
    month_book(data, APRIL, {}, [row("x", 9700, 9612.4)])
    assert [m for _, c, m in findings(data.parent, APRIL) if c == "E2"] == [
        "«Tháng trước» của «x» (9.612,4) khác số ước tính đã báo cáo trong 2024-03.xlsx "
        "(ChiTieu!D2) (9.600); báo cáo dùng số mới."
    ]


def test_a_signing_date_typed_as_a_serial_number_says_the_day(data: Path) -> None:
    """ngay_ky holding 45366 (a date typed into a cell formatted as a number) was an error
    quoting «45.366» alone; it now says the day that number stands for in Excel."""
    month_book(data, APRIL, {"ngay_ky": 45366}, [row("x", ytd=400)])
    assert only(findings(data.parent, APRIL), "ERROR") == [
        (
            "ERROR",
            "B4",
            "Khóa «ngay_ky» cần một ngày hợp lệ (dd/mm/yyyy), nhưng ô có «45.366» (có lẽ là "
            "ngày 15/03/2024 ở ô không định dạng ngày: hãy định dạng ô là ngày, hoặc gõ ngày "
            "dạng dd/mm/yyyy).",
        )
    ]


def test_a_figure_past_belief_against_a_base_taken_from_last_month_is_said_at_itself(
    data: Path,
) -> None:
    """May's 15.420 typed for 15,42 against a blank Tháng trước taken from April's 11,9:
    the error named E2, an empty cell, and told the clerk to check «Tháng trước». It is at
    the figure typed, saying where the base came from."""
    month_book(data, APRIL, {}, [row("a", 11.9, 11, 10, 50, 40, decimals=1)])
    month_book(data, MAY, {}, [row("a", 15420, None, 14000, decimals=1)])
    assert [f for f in findings(data.parent, MAY) if f[0] == "ERROR"] == [
        (
            "ERROR",
            "D2",
            "«Tháng báo cáo» của «a» (15.420,0) gấp hơn 100 lần «Tháng trước» (11,9, lấy từ "
            "2024-04.xlsx (ChiTieu!D2)): không thể là số thật. Hãy kiểm tra «Tháng báo cáo» "
            "(có thể gõ nhầm số, hoặc khác đơn vị).",
        ),
    ]


def test_last_years_year_to_date_blank_with_this_months_base_is_said_so(data: Path) -> None:
    """September's Cùng kỳ and Lũy kế cùng kỳ blank, August's Lũy kế cùng kỳ typed: the note
    said the year-to-date was "không có trong các sổ trước", though August has it; it is
    added up with this month's Cùng kỳ, which is what is missing (Ninh Thuận's workbook)."""
    september = Period(2023, 9)
    month_book(data, Period(2023, 8), {}, [row("x", 90, None, 80, ytd=700, ytd_same=650)])
    month_book(data, september, {}, [row("x", 100, None, None, ytd=800)])
    notes = [m for s, c, m in findings(data.parent, september) if s == "INFO" and "cùng kỳ" in m]
    assert notes == [
        "«Cùng kỳ» của «x» để trống và không có trong các sổ trước: câu văn bỏ phần so với "
        "cùng kỳ.",
        "«Lũy kế cùng kỳ» của «x» để trống và không tính được từ các sổ trước vì «Cùng kỳ» "
        "của tháng này cũng để trống: câu văn bỏ phần so với cùng kỳ (lũy kế).",
    ]


@pytest.mark.parametrize(
    ("kind", "typed", "named"),
    [
        ("quý", "quý II năm 2023", "quý II"),
        ("quý", "6 tháng đầu năm 2023", "6 tháng"),
        ("quý", "tháng 3 năm 2023", "tháng 3"),
        ("quý", "Quý I năm 2023", None),
        ("quý", "3 tháng đầu năm 2023", None),
        ("tháng", "cùng kỳ quý I năm 2023", "quý I"),
    ],
)
def test_same_period_base_names_the_reports_period(
    data: Path, kind: str, typed: str, named: str | None
) -> None:
    """Hà Nam's quý I/2022 report says "so với Quý I năm 2021"; typed "quý II năm 2021" in
    the quarter's workbook it passed --strict and the report printed "quý I/2022 ước đạt …;
    tăng 13,6% so với quý II năm 2021", last year's quý I figures called another quarter's.
    A base named with a period other than the report's is an error at the key."""
    march = Period(2024, 3)
    info = {"so_sanh_cung_ky": typed, "ky_bao_cao": kind}
    month_book(data, march, info, [row("x", None, ytd=400, ytd_same=300)])
    found = [(s, c, m) for s, c, m in findings(data.parent, march) if c == "B4" and s != "INFO"]
    own = "quý I năm" if kind == "quý" else "tháng 3 năm"
    expected = [
        (
            "ERROR",
            "B4",
            f"«{typed}» gọi kỳ so sánh là {named}, mà số «Cùng kỳ» là của {own} 2023: câu văn "
            f"sẽ viết «{own} 2024 … so với {typed}». Hãy sửa thành «{own} 2023», «cùng kỳ "
            "năm 2023» hoặc «cùng kỳ».",
        )
    ]
    assert found == (expected if named else [])


@pytest.mark.parametrize(
    ("kind", "month", "typed", "month_figure", "said"),
    [
        ("9 tháng", 9, "cùng kỳ 9 tháng năm 2023", True, "9 tháng"),
        ("9 tháng", 9, "cùng kỳ 9 tháng năm 2023", False, None),
        ("quý", 3, "cùng kỳ quý 1 năm 2023", True, "quý I"),
        ("tháng", 3, "cùng kỳ 3 tháng đầu năm 2023", True, "3 tháng"),
        ("tháng", 3, "cùng kỳ tháng 3 năm trước", True, "tháng 3"),
        ("tháng", 1, "cùng kỳ tháng 1 năm trước", True, None),
    ],
)
def test_a_base_named_with_one_of_the_reports_periods_is_said_after_the_other(
    data: Path, kind: str, month: int, typed: str, month_figure: bool, said: str | None
) -> None:
    """Gia Lai's 9-month report typed with «so_sanh_cung_ky» "cùng kỳ 9 tháng năm 2022" passed
    --strict and printed "Riêng tháng 9/2023, … tăng 13,0% so với cùng kỳ 9 tháng năm 2022":
    September's figure called the 9 months'. A base naming the report's own period of several
    months while a month is compared (or its month while a year-to-date is) is a warning."""
    period = Period(2024, month)
    info = {"so_sanh_cung_ky": typed, "ky_bao_cao": kind}
    figures = {"value": 110, "same": 100} if month_figure else {"value": None}
    month_book(data, period, info, [row("x", **figures, ytd=400, ytd_same=300)])
    found = [(s, c, m) for s, c, m in findings(data.parent, period) if c == "B4" and s != "INFO"]
    if said is None:
        assert found == []
    elif said.startswith("tháng"):
        assert found == [
            (
                "WARNING",
                "B4",
                f"«{typed}» gọi kỳ so sánh là {said}, mà báo cáo còn so sánh cộng dồn 03 tháng "
                "đầu năm 2024 với cùng kỳ năm 2023: câu văn sẽ viết «cộng dồn 03 tháng đầu năm "
                f"ước đạt …, tăng …% so với {typed}». Hãy viết «cùng kỳ», «cùng kỳ năm trước» "
                "hoặc «cùng kỳ năm 2023».",
            )
        ]
    else:
        assert found == [
            (
                "WARNING",
                "B4",
                f"«{typed}» gọi kỳ so sánh là {said}, mà báo cáo còn so sánh tháng {month}/2024 "
                f"với tháng {month}/2023: câu văn sẽ viết «tháng {month}/2024 ước đạt …, tăng …% "
                f"so với {typed}». Hãy viết «cùng kỳ», «cùng kỳ năm trước» hoặc «cùng kỳ năm "
                "2023».",
            )
        ]


@pytest.mark.parametrize("copied", [3, 2])
def test_a_same_period_column_pasted_from_the_previous_month_is_a_warning(
    data: Path, copied: int
) -> None:
    """«Cùng kỳ» pasted from «Tháng trước» in every row (office9's clerk): each sentence said
    "tăng 3,0% so với tháng trước; tăng 3,0% so với cùng kỳ", check --strict clean. One
    warning at the first row's «Cùng kỳ»; with a row that differs, or fewer than three, quiet."""
    rows = [row(c, 103, 100 + n, 100 + n) for n, c in enumerate(("a", "b", "c")[:copied])]
    month_book(data, APRIL, {}, [*rows, row("d", 50, 40, 45)])
    warned = [(c, m) for s, c, m in findings(data.parent, APRIL) if "giống hệt" in m]
    assert warned == []
    month_book(data, APRIL, {}, rows)
    warned = [(c, m) for s, c, m in findings(data.parent, APRIL) if "giống hệt" in m]
    assert warned == (
        [
            (
                "F2",
                "Cột «Cùng kỳ» giống hệt cột «Tháng trước» ở cả 3 hàng có cả hai số: có lẽ đã "
                "chép nhầm cột, và mỗi câu sẽ nói một mức tăng, giảm hai lần (so với tháng trước "
                "và so với cùng kỳ). Hãy điền «Cùng kỳ» là số của tháng này năm trước.",
            )
        ]
        if copied == 3
        else []
    )


def test_a_same_period_column_pasted_from_the_previous_month_is_said_once(data: Path) -> None:
    """«Cùng kỳ» pasted from «Tháng trước» in a workbook whose earlier workbooks are there (a
    trial office): beside the column's warning, each row's «Cùng kỳ» was said to differ from
    last year's workbook, and each correct «Lũy kế cùng kỳ» to differ from last month's plus
    the pasted «Cùng kỳ» ("«Lũy kế cùng kỳ» của «a» (300) khác «Lũy kế cùng kỳ» trong
    2024-02.xlsx (ChiTieu!H2) cộng «Cùng kỳ» của sổ này (310)"): one slip, nine warnings.
    Said once now; a «Lũy kế cùng kỳ» unlike last year's («d»'s) is still said."""
    codes = ("a", "b", "c", "d")
    last_year = {c: [90 + n, 100 + 10 * n, 110 + 10 * n] for n, c in enumerate(codes)}
    for month in (1, 2, 3):
        rows = [row(c, v[month - 1], None, None, sum(v[:month])) for c, v in last_year.items()]
        month_book(data, Period(2023, month), {}, rows)
    feb = {c: 120 + 10 * n for n, c in enumerate(codes)}
    rows = [row(c, feb[c], None, None, 2 * feb[c], sum(last_year[c][:2])) for c in codes]
    month_book(data, Period(2024, 2), {}, rows)
    march = [
        row(c, feb[c] + 5, feb[c], feb[c], 3 * feb[c] + 5, sum(last_year[c]) + 10 * (c == "d"))
        for c in codes
    ]
    month_book(data, Period(2024, 3), {}, march)
    assert only(findings(data.parent, Period(2024, 3)), "WARNING", "ERROR") == [
        (
            "WARNING",
            "F2",
            "Cột «Cùng kỳ» giống hệt cột «Tháng trước» ở cả 4 hàng có cả hai số: có lẽ đã chép "
            "nhầm cột, và mỗi câu sẽ nói một mức tăng, giảm hai lần (so với tháng trước và so "
            "với cùng kỳ). Hãy điền «Cùng kỳ» là số của tháng này năm trước.",
        ),
        (
            "WARNING",
            "H5",
            "«Lũy kế cùng kỳ» của «d» (373) khác «Lũy kế» trong 2023-03.xlsx (ChiTieu!G5) "
            "(363); báo cáo dùng số đã ghi.",
        ),
    ]


def test_a_same_period_pasted_from_the_previous_month_is_not_said_pasted_from_the_month(
    data: Path,
) -> None:
    """«Cùng kỳ» pasted from «Tháng trước» in the rows that have both, each unchanged this
    month (a count: markets, supermarkets, malls), beside «x»'s right «Cùng kỳ» (450 under
    520, its «Tháng trước» left to February's workbook). The column's warning came twice at
    F2 (review26), the second saying «Tháng báo cáo» was pasted into «Cùng kỳ» and that the
    report would write "bằng cùng kỳ" of every indicator: «x»'s is "tăng 15,6% so với cùng
    kỳ", and that rule compares every typed «Cùng kỳ». Said once, as pasted from «Tháng
    trước»."""
    counts = dict(zip("abcx", (120, 12, 3, 500), strict=True))
    month_book(data, Period(2024, 2), {}, [row(c, v, None, None, 2 * v) for c, v in counts.items()])
    march = [row(c, v, v, v, 3 * v) for c, v in counts.items() if c != "x"]
    month_book(data, Period(2024, 3), {}, [*march, row("x", 520, None, 450, 1520)])
    assert only(findings(data.parent, Period(2024, 3)), "WARNING", "ERROR") == [
        (
            "WARNING",
            "F2",
            "Cột «Cùng kỳ» giống hệt cột «Tháng trước» ở cả 3 hàng có cả hai số: có lẽ đã chép "
            "nhầm cột, và mỗi câu sẽ nói một mức tăng, giảm hai lần (so với tháng trước và so "
            "với cùng kỳ). Hãy điền «Cùng kỳ» là số của tháng này năm trước.",
        )
    ]


@pytest.mark.parametrize(
    ("same", "ytd_same", "cell", "column"),
    [(None, -5, "H2", "Lũy kế cùng kỳ"), (-5, None, "F2", "Cùng kỳ")],
    ids=["year-to-date-pasted", "same-period-pasted"],
)
def test_januarys_base_pasted_from_the_previous_month_names_its_column_once(
    data: Path, same: int | None, ytd_same: int | None, cell: str, column: str
) -> None:
    """January, «Lũy kế cùng kỳ» pasted from «Tháng trước» and «Cùng kỳ» blank (review26,
    mends40): the warning said «Cột «Cùng kỳ» giống hệt …» at F2, the column January's blank
    «Cùng kỳ» is taken from, and H2-H4 were each said again to differ from last January's
    workbook. Said once, at H2, naming «Lũy kế cùng kỳ»; «Cùng kỳ» pasted is said as before."""
    counts = dict(zip("abc", (120, 80, 50), strict=True))
    last_january = [row(c, v - 20, None, None, v - 20) for c, v in counts.items()]
    month_book(data, Period(2023, 1), {}, last_january)
    month_book(data, Period(2023, 12), {}, [row(c, v - 5) for c, v in counts.items()])
    rows = [
        row(c, v, v - 5, same and v + same, v, ytd_same and v + ytd_same) for c, v in counts.items()
    ]
    month_book(data, Period(2024, 1), {}, rows)
    assert only(findings(data.parent, Period(2024, 1)), "WARNING", "ERROR") == [
        (
            "WARNING",
            cell,
            f"Cột «{column}» giống hệt cột «Tháng trước» ở cả 3 hàng có cả hai số: có lẽ đã chép "
            "nhầm cột, và mỗi câu sẽ nói một mức tăng, giảm hai lần (so với tháng trước và so "
            f"với cùng kỳ). Hãy điền «{column}» là số của tháng này năm trước.",
        )
    ]


@pytest.mark.parametrize("typed", ["tháng 1/2023", "tháng 01 năm 2023", "tháng 1 năm trước"])
def test_januarys_own_month_of_last_year_is_quiet(data: Path, typed: str) -> None:
    """Bắc Ninh's January 2023 report compares "so với tháng 1/2022": typed so, January's
    check --strict warned that every clause, the month's too, would say "so với tháng
    1/2022", which is what a January report means (its year-to-date is the month). Quiet
    now, and printed; a month without its year ("tháng 1") still warns."""
    january = Period(2024, 1)
    month_book(data, january, {"so_sanh_cung_ky": typed}, [row("x", 100, 90, 80)])
    assert only(findings(data.parent, january), "WARNING", "ERROR") == []
    assert (
        "Chỉ tiêu x tháng 1/2024 ước đạt 100 tấn, tăng 11,1% so với tháng trước; tăng 25,0% so "
        f"với {typed}." in report(data.parent, january)
    )
    month_book(data, january, {"so_sanh_cung_ky": "tháng 1"}, [row("x", 100, 90, 80)])
    assert [s for s, c, m in findings(data.parent, january) if "không nói «cùng kỳ»" in m] == [
        "WARNING"
    ]


def test_own_month_beside_a_year_to_date_says_the_year_to_date(data: Path) -> None:
    """ "tháng 4/2023" in April's report beside a year-to-date warned "… sẽ viết «so với tháng
    4/2023», cả của tháng («tháng 4/2024 ước đạt …, tăng …% so với tháng 4/2023»)": right for
    the month, so the warning did not say what is wrong. It names the year-to-date's clause."""
    month_book(data, APRIL, {"so_sanh_cung_ky": "tháng 4/2023"}, [row("x", 100, 90, 80, 400, 350)])
    assert only(findings(data.parent, APRIL), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B4",
            "«tháng 4/2023» gọi kỳ so sánh là tháng 4, mà báo cáo còn so sánh cộng dồn 04 tháng "
            "đầu năm 2024 với cùng kỳ năm 2023: câu văn sẽ viết «cộng dồn 04 tháng đầu năm ước "
            "đạt …, tăng …% so với tháng 4/2023». Hãy viết «cùng kỳ», «cùng kỳ năm trước» hoặc "
            "«cùng kỳ năm 2023».",
        )
    ]


@pytest.mark.parametrize("typed", ["tháng 12/2023", "cùng kỳ tháng 12 năm trước"])
def test_decembers_own_month_beside_the_year_says_the_years_clause(data: Path, typed: str) -> None:
    """Tây Ninh's December 2021 report (province35): «so_sanh_cung_ky» "tháng 12/2020" in a
    December workbook warned "… mà báo cáo còn so sánh cộng dồn 12 tháng đầu năm 2021 với
    cùng kỳ năm 2020: câu văn sẽ viết «cộng dồn 12 tháng đầu năm ước đạt …»", a clause the
    report never prints: December's total is "cả năm 2021". The warning quotes the total as
    the report's wording writes it."""
    book = [row("x", 100, 90, 80, 1200, 1000)]
    month_book(data, DECEMBER, {"so_sanh_cung_ky": typed}, book)
    assert only(findings(data.parent, DECEMBER), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B4",
            f"«{typed}» gọi kỳ so sánh là tháng 12, mà báo cáo còn so sánh cả năm 2024 với "
            f"cùng kỳ năm 2023: câu văn sẽ viết «cả năm 2024 ước đạt …, tăng …% so với "
            f"{typed}». Hãy viết «cùng kỳ», «cùng kỳ năm trước» hoặc «cùng kỳ năm 2023».",
        )
    ]
    assert f"Chỉ tiêu x cả năm 2024 ước đạt 1.200 tấn; tăng 20,0% so với {typed}." in report(
        data.parent, DECEMBER
    )


def test_an_authority_on_the_configs_title_line_is_fixed_in_the_config(data: Path) -> None:
    """[signer] title = "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" (authority "") was told at
    baocao.toml, signer.title to write the title in «chuc_vu», a key of this month's
    workbook, so the warning came back every month: it names the config's keys."""
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    config = load_config(
        write_config(data.parent, authority="", title="KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", template=None)
    )
    found = [
        (p.place, p.message)
        for p in check_inputs(config, APRIL).problems
        if p.severity.name == "WARNING"
    ]
    assert found == [
        (
            "signer.title",
            "Chức vụ «KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC» bắt đầu bằng thẩm quyền ký «KT.», nhưng được "
            "in trên một dòng làm chức vụ: theo Nghị định 30/2020/NĐ-CP, dòng thẩm quyền ký "
            "(«KT. GIÁM ĐỐC») là dòng riêng phía trên chức vụ («PHÓ GIÁM ĐỐC»). Hãy ghi dòng "
            "thẩm quyền ở «authority» và chỉ ghi chức vụ ở «title» của [signer] trong tệp cấu "
            "hình.",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "case", "nguoi_ky", "warned"),
    [
        ("NGUYỄN VĂN PHƯƠNG", "chữ hoa", None, True),
        ("nguyễn văn phương", "chữ thường", None, True),
        ("NGUYỄN VĂN PHƯƠNG", "chữ hoa", "Trần Thị Lan", False),
        ("Nguyễn Văn Phương", "", None, False),
    ],
    ids=["capitals", "small", "nguoi-ky-typed", "as-a-name"],
)
def test_the_configs_signer_name_in_capitals_is_a_warning(
    data: Path, typed: str, case: str, nguoi_ky: str | None, warned: bool
) -> None:
    """[signer] name = "NGUYỄN VĂN PHƯƠNG" was printed so under the signature with a clean
    check (nguoi_ky so typed is written "Nguyễn Văn Phương" with a note, the config's name
    kept as typed): a warning at signer.name when the report prints it."""
    month_book(data, APRIL, {"nguoi_ky": nguoi_ky}, [row("x", ytd=400)])
    config = load_config(write_config(data.parent, signer=typed, template=None))
    found = [
        (p.place, p.message)
        for p in check_inputs(config, APRIL).problems
        if p.severity.name == "WARNING"
    ]
    assert found == (
        [
            (
                "signer.name",
                f"Họ tên người ký «{typed}» được gõ {case} cả, và báo cáo in nguyên như vậy "
                "dưới chữ ký, mà theo Nghị định 30/2020/NĐ-CP họ tên in chữ thường, viết hoa "
                "chữ đầu mỗi tiếng. Hãy ghi «Nguyễn Văn Phương».",
            )
        ]
        if warned
        else []
    )


@pytest.mark.parametrize(
    ("typed", "said", "side", "name"),
    [
        ("Nguyễn Văn Phương, TS.", "TS.", "sau", "Nguyễn Văn Phương"),
        ("PGĐ Nguyễn Văn Phương", "PGĐ", "trước", "Nguyễn Văn Phương"),
    ],
)
def test_the_configs_signer_name_with_a_title_is_a_warning(
    data: Path, typed: str, said: str, side: str, name: str
) -> None:
    """[signer] name = "Nguyễn Văn Phương, TS." was printed so under the signature with a
    clean check --strict (office17), while nguoi_ky so typed loses the degree with a
    warning: a warning at signer.name, the config's text kept as typed."""
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    config = load_config(write_config(data.parent, signer=typed, template=None))
    found = [
        (p.place, p.message)
        for p in check_inputs(config, APRIL).problems
        if p.severity.name == "WARNING"
    ]
    assert found == [
        (
            "signer.name",
            f"Họ tên người ký «{typed}» có «{said}» {side} họ tên, và báo cáo in nguyên như vậy "
            "dưới chữ ký, mà Nghị định 30/2020/NĐ-CP không ghi chức vụ, học hàm, học vị bên "
            f"cạnh họ tên người ký (chức vụ là dòng riêng phía trên). Hãy ghi «{name}».",
        )
    ]


def test_the_configs_signer_name_with_a_long_run_of_spaces_is_read_at_once(data: Path) -> None:
    """attack13: a title after [signer] name was searched from each space of a run, each
    read again to its end: 32 000 spaces took 35 s to check. Read once now, and the title
    after them is still found."""
    import time

    name = "Nguyễn Văn" + " " * 32_000 + "Phương"
    typed = f"{name}, TS."
    month_book(data, APRIL, {}, [row("x", ytd=400)])
    config = load_config(write_config(data.parent, signer=typed, template=None))
    start = time.perf_counter()
    found = [
        (p.place, p.message)
        for p in check_inputs(config, APRIL).problems
        if p.severity.name == "WARNING"
    ]
    assert time.perf_counter() - start < 3
    assert found == [
        (
            "signer.name",
            f"Họ tên người ký «{typed}» có «TS.» sau họ tên, và báo cáo in nguyên như vậy "
            "dưới chữ ký, mà Nghị định 30/2020/NĐ-CP không ghi chức vụ, học hàm, học vị bên "
            f"cạnh họ tên người ký (chức vụ là dòng riêng phía trên). Hãy ghi «{name}».",
        )
    ]


def test_month_left_blank_beside_a_typed_same_period_is_a_warning(data: Path) -> None:
    """A blank Tháng báo cáo beside a typed Cùng kỳ (last year's same month), with no
    Tháng trước (a first workbook, none from last month), was only a note, and
    check --strict passed a report that left the month out: a row with a month's base is
    given by the month, as one with its Tháng trước is."""
    month_book(data, APRIL, {}, [row("x", ytd=400), row("y", None, None, 85, ytd=90)])
    said = (
        "WARNING",
        "D3",
        "«Tháng báo cáo» của «y» để trống: báo cáo chỉ nêu số cộng dồn, không có số ước "
        "của tháng 4/2024 của chỉ tiêu này. Hãy điền «Tháng báo cáo» nếu đã có số.",
    )
    assert [f for f in only(findings(data.parent, APRIL), "WARNING", "INFO") if f[1] == "D3"] == [
        said
    ]


def test_januarys_row_given_for_the_period_alone_is_compared_with_last_januarys(
    data: Path,
) -> None:
    """A product given only by its Lũy kế (300 in January 2025, 320 in January 2026) printed
    "Chỉ tiêu y tháng 1/2026 ước đạt 320 tấn." without its change, with the note that
    «Cùng kỳ» was "không có trong các sổ trước": in January the year-to-date is the month,
    last January's too."""
    january = Period(2026, 1)
    month_book(data, Period(2025, 1), {}, [row("x", 90, ytd=90), row("y", None, ytd=300)])
    month_book(data, january, {}, [row("x", 100, ytd=100), row("y", None, ytd=320)])
    assert "Chỉ tiêu y tháng 1/2026 ước đạt 320 tấn, tăng 6,7% so với cùng kỳ." in report(
        data.parent, january
    )
    assert [f for f in findings(data.parent, january) if f[1] == "F3"] == [
        (
            "INFO",
            "F3",
            "«Cùng kỳ» của «y» lấy từ 2025-01.xlsx (ChiTieu!G3): 300.",
        )
    ]


def test_februarys_row_given_for_the_period_alone_stays_a_note(data: Path) -> None:
    """January's «Lũy kế» is January's month for last January's «Cùng kỳ» only: taken for
    February's «Tháng trước» too, it made February's blank month of a row given for the
    period alone a warning (it has "a Tháng trước"), where it is a note."""
    month_book(data, Period(2026, 1), {}, [row("x", 90, ytd=90), row("y", None, ytd=300)])
    february = Period(2026, 2)
    month_book(data, february, {}, [row("x", 100, ytd=190), row("y", None, ytd=620)])
    assert [f[0] for f in findings(data.parent, february) if f[1] == "D3"] == ["INFO"]
