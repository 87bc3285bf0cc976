"""An indicator in "%" (a rate or a share: "Tỷ lệ giải ngân"): written "8,5%" as the
percentages beside it are, and its months never added up into a year-to-date or a
quarter's total."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from baocao.units import printed_unit
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings

from helpers import load_workbook

JANUARY = Period(2025, 1)


def rate(code: str, *figures: object, **extra: object) -> tuple[object, ...]:
    """A ChiTieu row in "%", with one decimal."""
    cells = list(row(code, *figures, decimals=1, **extra))
    cells[1], cells[2] = "Tỷ lệ giải ngân", "%"
    return tuple(cells)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


def test_a_rate_is_written_without_a_space_before_its_percent_sign(data: Path) -> None:
    """ "ước đạt 8,5%", not "8,5 %" beside "giảm 91,1%"; other units keep their space."""
    month_book(data, JANUARY, {}, [rate("gn", 8.5, 95), row("x", 40, None, 32)])
    texts = build_texts(data.parent, JANUARY)
    assert (
        "Tỷ lệ giải ngân tháng 1/2025 ước đạt 8,5%, giảm 86,5 điểm phần trăm so với tháng trước."
        in texts
    )
    assert "Chỉ tiêu x tháng 1/2025 ước đạt 40 tấn, tăng 25,0% so với cùng kỳ." in texts


def test_a_rate_in_a_breakdown_takes_no_space_either(data: Path) -> None:
    month_book(
        data,
        JANUARY,
        {},
        [row("x", 40), rate("x.a", 12.5, parent="x", group="Trong đó")],
    )
    assert "Tỷ lệ giải ngân tháng 1 ước đạt 12,5%." in build_texts(data.parent, JANUARY)


def paragraphs_of(texts: list[str], *starts: str) -> list[str]:
    """The sentences (not the appendix's cells) that begin with one of ``starts``."""
    return [t for t in texts if t.startswith(starts) and "ước đạt" in t]


def test_a_rates_months_are_not_added_up_into_a_year_to_date(data: Path) -> None:
    """February's blank Lũy kế of a rate stays unknown (a note says why), not 8,5 + 15,0:
    the report writes the month alone, never "cộng dồn 02 tháng đầu năm ước đạt 23,5%"."""
    month_book(data, JANUARY, {}, [rate("gn", 8.5), row("x", 40)])
    month_book(data, Period(2025, 2), {}, [rate("gn", 15), row("x", 50)])
    texts = build_texts(data.parent, Period(2025, 2))
    assert paragraphs_of(texts, "Tỷ lệ giải ngân", "Chỉ tiêu x", "Trong đó") == [
        "Tỷ lệ giải ngân tháng 2/2025 ước đạt 15,0%, tăng 6,5 điểm phần trăm so với tháng trước.",
        "Chỉ tiêu x cộng dồn 02 tháng đầu năm ước đạt 90 tấn.",
        "Trong đó, tháng 2/2025 ước đạt 50 tấn, tăng 25,0% so với tháng trước.",
    ]
    assert [m for s, c, m in findings(data.parent, Period(2025, 2)) if c == "G2"] == [
        "«Lũy kế» của «gn» để trống: chỉ tiêu này là tỷ lệ (đơn vị «%»), không cộng các "
        "tháng thành số lũy kế; báo cáo chỉ viết số của tháng. Nếu có tỷ lệ lũy kế, hãy "
        "điền vào ô này."
    ]


def test_a_rates_typed_year_to_date_is_written_as_typed(data: Path) -> None:
    """A cumulative rate's Lũy kế typed (the year's rate so far) leads, unchecked against
    the sum of the months, and is said "tính chung", not "cộng dồn" (a sum of the months:
    "cộng dồn 02 tháng đầu năm ước đạt 16,0%" read as 8,5 + 6,5 and more), as a price's is."""
    month_book(data, JANUARY, {}, [rate("gn", 8.5)])
    month_book(data, Period(2025, 2), {}, [rate("gn", 6.5, None, None, 16)])
    texts = build_texts(data.parent, Period(2025, 2))
    assert paragraphs_of(texts, "Tỷ lệ giải ngân", "Trong đó", "Riêng") == [
        "Tỷ lệ giải ngân tính chung 02 tháng đầu năm ước đạt 16,0%.",
        "Riêng tháng 2/2025 ước đạt 6,5%, giảm 2,0 điểm phần trăm so với tháng trước.",
    ]
    assert not [m for s, c, m in findings(data.parent, Period(2025, 2)) if s != "INFO"]


def test_a_rates_months_are_not_added_up_into_a_quarters_total(data: Path) -> None:
    """A second quarter's report: no "quý II/2025 ước đạt 45,0%" (10 + 15 + 20)."""
    for month, value in ((4, 10), (5, 15), (6, 20)):
        info = {"ky_bao_cao": "quý"} if month == 6 else {}
        month_book(data, Period(2025, month), info, [rate("gn", value)])
    texts = build_texts(data.parent, Period(2025, 6))
    assert paragraphs_of(texts, "Tỷ lệ giải ngân", "Trong đó") == [
        "Tỷ lệ giải ngân tháng 6/2025 ước đạt 20,0%, tăng 5,0 điểm phần trăm so với tháng trước.",
    ]
    assert [m for s, c, m in findings(data.parent, Period(2025, 6)) if c == "D2"] == [
        "Báo cáo quý: «gn» là tỷ lệ (đơn vị «%»), không cộng các tháng thành tổng quý. "
        "Câu văn viết số của tháng 6."
    ]


def test_a_rates_change_is_in_percentage_points(data: Path) -> None:
    """98,0% against 93,5% is "tăng 4,5 điểm phần trăm", not the relative "tăng 4,8%" (a
    reader takes a rate's "tăng 4,8%" for points); equal after rounding is "bằng"; the
    year-to-date's clause too. Other units keep their relative change."""
    month_book(
        data,
        Period(2025, 3),
        {},
        [rate("gn", 98, 93.5, 98.04, 90.5, 85.25), row("x", 40, 50, 32, 120, 96)],
    )
    texts = build_texts(data.parent, Period(2025, 3))
    assert paragraphs_of(texts, "Tỷ lệ giải ngân", "Chỉ tiêu x", "Trong đó", "Riêng") == [
        "Tỷ lệ giải ngân tính chung 03 tháng đầu năm ước đạt 90,5%; tăng 5,3 điểm phần trăm so "
        "với cùng kỳ.",
        "Riêng tháng 3/2025 ước đạt 98,0%, tăng 4,5 điểm phần trăm so với tháng trước; "
        "bằng cùng kỳ.",
        "Chỉ tiêu x cộng dồn 03 tháng đầu năm ước đạt 120 tấn; tăng 25,0% so với cùng kỳ.",
        "Trong đó, tháng 3/2025 ước đạt 40 tấn, giảm 20,0% so với tháng trước; tăng 25,0% so "
        "với cùng kỳ.",
    ]


def test_a_rates_year_to_date_below_its_month_is_no_warning(data: Path) -> None:
    """A cumulative rate of 90,5% beside March's 98,0% is no sum smaller than one of its
    terms: no "«Lũy kế» (90,5) nhỏ hơn số của tháng báo cáo (98,0)"; a tonnage's still is;
    in January a rate's Lũy kế is still its month."""
    month_book(
        data,
        Period(2025, 3),
        {},
        [rate("gn", 98, 93.5, 98.04, 90.5, 85.25), row("x", 40, 50, 32, 30, 96)],
    )
    assert [(c, m) for s, c, m in findings(data.parent, Period(2025, 3)) if s != "INFO"] == [
        ("G3", "«Lũy kế» (30) nhỏ hơn số của tháng báo cáo (40); hãy kiểm tra lại."),
    ]
    month_book(data, JANUARY, {}, [rate("gn", 8.5, None, None, 9)])
    assert [(c, m) for s, c, m in findings(data.parent, JANUARY) if s != "INFO"] == [
        ("G2", "Tháng 1 thì «Lũy kế» phải bằng số của tháng báo cáo (8,5), nhưng là 9,0."),
    ]


def test_a_rates_base_of_zero_or_far_below_is_a_real_one(data: Path) -> None:
    """A rate's change is in points, so a previous month of 0% is compared like any other
    (check said "bằng 0 nên không so sánh được" beside a report that compared it), 0,5%
    against 60,0% is no "gấp hơn 100 lần" error, and 10% → 25% is no "thay đổi 150,0%"
    warning; a move of more than 50 points is a warning in points."""
    march = Period(2025, 3)
    other = list(rate("gm", 25, 10, 20))
    other[1] = "Tỷ lệ giải ngân vốn ODA"  # one name twice is one indicator twice, a warning
    month_book(data, march, {}, [rate("gn", 25, 0, 0.5), tuple(other)])
    texts = build_texts(data.parent, march)
    assert paragraphs_of(texts, "Tỷ lệ giải ngân") == [
        "Tỷ lệ giải ngân tháng 3/2025 ước đạt 25,0%, tăng 25,0 điểm phần trăm so với tháng "
        "trước; tăng 24,5 điểm phần trăm so với cùng kỳ.",
        "Tỷ lệ giải ngân vốn ODA tháng 3/2025 ước đạt 25,0%, tăng 15,0 điểm phần trăm so với "
        "tháng trước; tăng 5,0 điểm phần trăm so với cùng kỳ.",
    ]
    assert [(s, c) for s, c, _ in findings(data.parent, march) if s != "INFO"] == []
    month_book(data, march, {}, [rate("gn", 60, 55, 0.5)])
    assert [(s, c, m) for s, c, m in findings(data.parent, march) if s != "INFO"] == [
        (
            "WARNING",
            "D2",
            "«Tỷ lệ giải ngân» thay đổi 59,5 điểm phần trăm so với cùng kỳ (quá ±50 điểm phần "
            "trăm); hãy kiểm tra lại số liệu.",
        )
    ]


def in_unit(unit: str, *figures: object, **extra: object) -> tuple[object, ...]:
    """A "Tỷ lệ giải ngân" row, code "gn", with ``unit`` typed as it is."""
    cells = list(rate("gn", *figures, **extra))
    cells[2] = unit
    return tuple(cells)


@pytest.mark.parametrize(
    ("typed", "unit", "said"),
    [
        ("phần trăm", "%", "đơn vị phần trăm, viết bằng dấu «%»"),
        ("Tỷ lệ", "%", "đơn vị phần trăm, viết bằng dấu «%»"),
        ("%.", "%", "đơn vị phần trăm, viết bằng dấu «%»"),
        ("%/năm", "%/năm", None),
    ],
)
def test_a_unit_in_percent_said_otherwise_is_a_rate_too(
    data: Path, typed: str, unit: str, said: str | None
) -> None:
    """A unit that has "%" in it, or says percent in words, is a rate: February's blank
    Lũy kế is not 8,5 + 15,0, its change is in points, and the note names the unit. One
    said in words is written "%" (a note), so that January's "phần trăm" and February's
    "%" are one unit; the sign takes no space before it ("15,0%/năm")."""
    month_book(data, JANUARY, {}, [in_unit(typed, 8.5)])
    month_book(data, Period(2025, 2), {}, [in_unit(typed if said is None else "%", 15)])
    texts = build_texts(data.parent, Period(2025, 2))
    assert paragraphs_of(texts, "Tỷ lệ giải ngân", "Trong đó") == [
        f"Tỷ lệ giải ngân tháng 2/2025 ước đạt 15,0{unit}, tăng 6,5 điểm phần trăm so với "
        "tháng trước.",
    ]
    assert [m for s, c, m in findings(data.parent, Period(2025, 2)) if c == "G2"] == [
        f"«Lũy kế» của «gn» để trống: chỉ tiêu này là tỷ lệ (đơn vị «{unit}»), không cộng "
        "các tháng thành số lũy kế; báo cáo chỉ viết số của tháng. Nếu có tỷ lệ lũy kế, hãy "
        "điền vào ô này."
    ]
    notes = [m for s, c, m in findings(data.parent, JANUARY) if c == "C2"]
    assert notes == ([] if said is None else [f"«Đơn vị» được viết thành «%» ({said})."])


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("(%)", "bỏ dấu ngoặc bao quanh"),
        ("[％]", "dấu «％» viết thành «%»; bỏ dấu ngoặc bao quanh"),
        ("(  % )", "bỏ dấu cách thừa; bỏ dấu ngoặc bao quanh"),
    ],
)
def test_a_percent_sign_in_brackets_is_printed_bare(data: Path, typed: str, said: str) -> None:
    """ "(%)", as a table's header writes a unit, is printed "%" ("ước đạt 15,0%", not
    "15,0 (%)"), with a note at the cell; and it is the unit "%" of January's workbook,
    so the change against January's figure is said (in points)."""
    month_book(data, JANUARY, {}, [rate("gn", 8.5)])
    month_book(data, Period(2025, 2), {}, [in_unit(typed, 15)])
    texts = build_texts(data.parent, Period(2025, 2))
    assert paragraphs_of(texts, "Tỷ lệ giải ngân") == [
        "Tỷ lệ giải ngân tháng 2/2025 ước đạt 15,0%, tăng 6,5 điểm phần trăm so với tháng trước.",
    ]
    assert [m for s, c, m in findings(data.parent, Period(2025, 2)) if c == "C2"] == [
        f"«Đơn vị» được viết thành «%» ({said})."
    ]


def test_an_earlier_month_typed_in_brackets_is_the_same_unit(data: Path) -> None:
    """January typed "(tỷ đồng)", February "tỷ đồng": one unit, so February's blank Lũy
    kế is January's figure plus its own (not left out as "another unit")."""
    month_book(data, JANUARY, {}, [row("x", 40)])
    month_book(data, Period(2025, 2), {}, [row("x", 50)])
    path = data / "2025-01.xlsx"
    book = load_workbook(path)
    book["ChiTieu"]["C2"] = "(tỷ đồng)"
    book.save(path)
    february = data / "2025-02.xlsx"
    book = load_workbook(february)
    book["ChiTieu"]["C2"] = "tỷ đồng"
    book.save(february)
    texts = build_texts(data.parent, Period(2025, 2))
    assert paragraphs_of(texts, "Chỉ tiêu x", "Trong đó") == [
        "Chỉ tiêu x cộng dồn 02 tháng đầu năm ước đạt 90 tỷ đồng.",
        "Trong đó, tháng 2/2025 ước đạt 50 tỷ đồng, tăng 25,0% so với tháng trước.",
    ]


@pytest.mark.parametrize(
    ("typed", "unit", "said"),
    [
        ("Tỷ lệ (%)", "%", "đơn vị phần trăm, viết bằng dấu «%»"),
        ("Phần trăm (%)", "%", "đơn vị phần trăm, viết bằng dấu «%»"),
        ("tỷ lệ.", "%", "đơn vị phần trăm, viết bằng dấu «%»"),
        ("(%)/năm", "%/năm", "bỏ dấu ngoặc quanh «%»"),
        ("Tỷ lệ (%)/năm", "%/năm", "đơn vị phần trăm, viết bằng dấu «%»"),
        ("tỷ lệ %/năm", "%/năm", "đơn vị phần trăm, viết bằng dấu «%»"),
        ("%/năm.", "%/năm", "bỏ dấu chấm cuối"),
        ("Tỷ trọng (%)", "%", "đơn vị phần trăm, viết bằng dấu «%»"),
        ("Chỉ số (%)", "%", "đơn vị phần trăm, viết bằng dấu «%»"),
    ],
)
def test_a_percent_sign_in_brackets_within_the_unit_is_printed_bare(
    data: Path, typed: str, unit: str, said: str
) -> None:
    """ "Tỷ lệ (%)", as a table's header writes the unit of a rate, printed "ước đạt 15,0
    Tỷ lệ (%)" (and "(%)/năm" "15,0 (%)/năm") with exit 0: it is "%" ("%/năm"), with a
    note, and January's "%" is its unit."""
    month_book(data, JANUARY, {}, [in_unit(unit, 8.5)])
    month_book(data, Period(2025, 2), {}, [in_unit(typed, 15)])
    texts = build_texts(data.parent, Period(2025, 2))
    assert paragraphs_of(texts, "Tỷ lệ giải ngân") == [
        f"Tỷ lệ giải ngân tháng 2/2025 ước đạt 15,0{unit}, tăng 6,5 điểm phần trăm so với "
        "tháng trước.",
    ]
    assert [m for s, c, m in findings(data.parent, Period(2025, 2)) if c == "C2"] == [
        f"«Đơn vị» được viết thành «{unit}» ({said})."
    ]


def test_a_figure_per_something_is_not_added_up_either(data: Path) -> None:
    """A price in "đồng/kWh" is no sum of its months: February's blank Lũy kế stays blank
    (a note), not "cộng dồn 02 tháng đầu năm ước đạt 4.014 đồng/kWh"; its Lũy kế typed
    as the year's average, equal to January's, is no row left as last month's (it was an
    error), and its change stays relative ("tăng 0,5%"), not in points."""
    price = ("gia", "Giá bán lẻ điện bình quân", "đồng/kWh")
    month_book(data, JANUARY, {}, [(*price, *row("gia", 2006.79, decimals=2)[3:])])
    month_book(data, Period(2025, 2), {}, [(*price, *row("gia", 2016.8, decimals=2)[3:])])
    texts = build_texts(data.parent, Period(2025, 2))
    assert paragraphs_of(texts, "Giá bán lẻ", "Trong đó") == [
        "Giá bán lẻ điện bình quân tháng 2/2025 ước đạt 2.016,80 đồng/kWh, tăng 0,5% so với "
        "tháng trước.",
    ]
    assert [m for s, c, m in findings(data.parent, Period(2025, 2)) if c == "G2"] == [
        "«Lũy kế» của «gia» để trống: chỉ tiêu này là đơn giá (đơn vị «đồng/kWh»), không cộng "
        "các tháng thành số lũy kế; báo cáo chỉ viết số của tháng. Nếu có giá bình quân từ đầu "
        "năm, hãy điền vào ô này."
    ]
    month_book(data, JANUARY, {}, [(*price, *row("gia", 2006.79, ytd=2006.79, decimals=2)[3:])])
    month_book(
        data, Period(2025, 2), {}, [(*price, *row("gia", 2006.79, ytd=2006.79, decimals=2)[3:])]
    )
    assert [(s, c) for s, c, _ in findings(data.parent, Period(2025, 2)) if s == "ERROR"] == []
    # The average so far is no "cộng dồn" (a sum): "tính chung 02 tháng đầu năm".
    (data.parent / "r.docx").unlink()
    assert paragraphs_of(build_texts(data.parent, Period(2025, 2)), "Giá bán lẻ") == [
        "Giá bán lẻ điện bình quân tính chung 02 tháng đầu năm ước đạt 2.006,79 đồng/kWh."
    ]


@pytest.mark.parametrize(
    "unit", ["đ/kg", "nghìn đ/kg", "1.000đ/kg", "Euro/tấn", "$/tấn", "NDT/tấn", "Yên/kg"]
)
def test_a_price_in_a_shortened_currency_is_not_added_up(data: Path, unit: str) -> None:
    """ "đ/kg" ("đồng" shortened) and "Euro/tấn" are prices as "đồng/kg" is: February's
    report said "Giá lúa bình quân cộng dồn 02 tháng đầu năm ước đạt 15.100 đ/kg" (7.500 +
    7.600) with exit 0; now the month alone, and the note calls it "đơn giá". ("1.000đ/kg"
    is printed "nghìn đ/kg": "ước đạt 7.600 1.000đ/kg" set two numbers side by side.)"""
    price = ("gia", "Giá lúa bình quân", unit)
    if unit[1:2].islower():  # stands mid-sentence: "Euro/tấn" is said "euro/tấn"
        unit = unit[0].lower() + unit[1:]
    unit = unit.replace("1.000", "nghìn ")  # not "ước đạt 7.600 1.000đ/kg"
    month_book(data, JANUARY, {}, [(*price, *row("gia", 7500)[3:])])
    month_book(data, Period(2025, 2), {}, [(*price, *row("gia", 7600)[3:])])
    assert paragraphs_of(build_texts(data.parent, Period(2025, 2)), "Giá lúa", "Trong đó") == [
        f"Giá lúa bình quân tháng 2/2025 ước đạt 7.600 {unit}, tăng 1,3% so với tháng trước."
    ]
    assert [m for s, c, m in findings(data.parent, Period(2025, 2)) if c == "G2"] == [
        f"«Lũy kế» của «gia» để trống: chỉ tiêu này là đơn giá (đơn vị «{unit}»), không cộng "
        "các tháng thành số lũy kế; báo cáo chỉ viết số của tháng. Nếu có giá bình quân từ đầu "
        "năm, hãy điền vào ô này."
    ]


@pytest.mark.parametrize("unit", ["xe/ngày", "lượt xe/ngày", "m3/ngày đêm", "tấn/tháng"])
def test_an_amount_per_day_is_not_added_up(data: Path, unit: str) -> None:
    """Lạng Sơn's reports give "lượng phương tiện xuất nhập khẩu trung bình đạt hơn 1.100
    xe/ngày": with 1.000 xe/ngày in January, February's report said "… cộng dồn 02 tháng đầu
    năm ước đạt 2.100 xe/ngày" (two daily averages added up) with exit 0; now the month
    alone, and the note calls it "số bình quân theo thời gian"."""
    vehicles = ("xe", "Lượng phương tiện trung bình", unit)
    month_book(data, JANUARY, {}, [(*vehicles, *row("xe", 1000)[3:])])
    month_book(data, Period(2025, 2), {}, [(*vehicles, *row("xe", 1100)[3:])])
    assert paragraphs_of(build_texts(data.parent, Period(2025, 2)), "Lượng", "Trong đó") == [
        f"Lượng phương tiện trung bình tháng 2/2025 ước đạt 1.100 {unit}, tăng 10,0% so với "
        "tháng trước."
    ]
    assert [m for s, c, m in findings(data.parent, Period(2025, 2)) if c == "G2"] == [
        f"«Lũy kế» của «xe» để trống: chỉ tiêu này là số bình quân theo thời gian (đơn vị "
        f"«{unit}»), không cộng các tháng thành số lũy kế; báo cáo chỉ viết số của tháng. Nếu "
        "có số bình quân từ đầu năm, hãy điền vào ô này."
    ]


@pytest.mark.parametrize("unit", ["DN/HTX", "vụ/việc", "cơ sở/hộ", "HĐ/năm", "Hợp đồng/năm"])
def test_a_count_with_a_slash_in_its_unit_is_added_up(data: Path, unit: str) -> None:
    """ "DN/HTX" (enterprises or co-operatives), "vụ/việc": a "/" that says "or" is no
    price; the months add up, and a Lũy kế left as last month's is still an error."""
    count = ("dn", "Số doanh nghiệp được hỗ trợ", unit)
    if unit[1:2].islower():  # "Hợp đồng/năm" stands mid-sentence: "hợp đồng/năm"
        unit = unit[0].lower() + unit[1:]
    month_book(data, JANUARY, {}, [(*count, *row("dn", 10, ytd=10)[3:])])
    month_book(data, Period(2025, 2), {}, [(*count, *row("dn", 12)[3:])])
    assert (
        f"Số doanh nghiệp được hỗ trợ cộng dồn 02 tháng đầu năm ước đạt 22 {unit}."
        in build_texts(data.parent, Period(2025, 2))
    )
    month_book(data, Period(2025, 2), {}, [(*count, *row("dn", 12, ytd=10)[3:])])
    assert [(s, c) for s, c, _ in findings(data.parent, Period(2025, 2)) if s == "ERROR"] == [
        ("ERROR", "G2")
    ]


def test_a_rates_history_says_its_changes_in_points(data: Path) -> None:
    """`baocao history` of a rate gives its changes in percentage points, as the report's
    sentence does ("tăng 0,5 điểm phần trăm"): it printed "+0,6%" (81,5 against 81,0),
    beside a report saying 0,5 points. A sum's changes stay relative."""
    from typer.testing import CliRunner

    from baocao.cli import app

    from helpers import write_config

    for month, value in ((12, 78.5), (1, 81.0), (2, 81.5)):
        period = Period(2025, 1).previous() if month == 12 else Period(2025, month)
        month_book(data, period, {}, [rate("gn", value), row("x", 40 + month)])
    config = str(write_config(data.parent, template=None))
    shown = CliRunner().invoke(app, ["history", "--code", "gn", "--config", config])
    assert shown.exit_code == 0
    assert shown.stdout.splitlines() == [
        "Chỉ tiêu «gn» (Tỷ lệ giải ngân, %)",
        "Tháng    Giá trị  So với tháng trước  So với cùng kỳ",
        "12/2024     78,5",
        "01/2025     81,0           +2,5 điểm",
        "02/2025     81,5           +0,5 điểm",
    ]
    csv = CliRunner().invoke(app, ["history", "--code", "gn", "--csv", "--config", config])
    assert csv.stdout.splitlines() == [
        "thang,gia_tri,so_voi_thang_truoc_diem,so_voi_cung_ky_diem",
        "2024-12,78.5,,",
        "2025-01,81,2.50,",
        "2025-02,81.5,0.50,",
    ]
    summed = CliRunner().invoke(app, ["history", "--code", "x", "--csv", "--config", config])
    assert summed.stdout.splitlines() == [
        "thang,gia_tri,so_voi_thang_truoc_pct,so_voi_cung_ky_pct",
        "2024-12,52,,",
        "2025-01,41,-21.15,",  # 41 / 52: relative, not 11 points
        "2025-02,42,2.44,",
    ]


def test_history_says_changes_with_the_rows_decimals(data: Path) -> None:
    """`baocao history` gives the changes with the row's «Số lẻ %», as the report does: a
    rate at 2 decimals read "+0,1 điểm" beside the report's "tăng 0,05 điểm phần trăm",
    and a sum's "+2,4%" beside "tăng 2,44%". Each row's decimals survive the data folder's
    cache (``VERSION`` 11), so a second run says the same."""
    from typer.testing import CliRunner

    from baocao.cache import _decode, _encode
    from baocao.cli import app
    from baocao.models import MonthRecords, Record

    from helpers import write_config

    for period, value, x in ((JANUARY, 81.0, 41), (Period(2025, 2), 81.05, 42)):
        month_book(data, period, {}, [rate("gn", value, pct=2), row("x", x, pct=2)])
    assert paragraphs_of(build_texts(data.parent, Period(2025, 2)), "Tỷ lệ giải ngân") == [
        "Tỷ lệ giải ngân tháng 2/2025 ước đạt 81,1%, tăng 0,05 điểm phần trăm so với tháng trước."
    ]
    config = str(write_config(data.parent, template=None))
    shown = CliRunner().invoke(app, ["history", "--code", "gn", "--config", config])
    assert shown.stdout.splitlines()[2:] == [
        "01/2025     81,0",
        "02/2025     81,1          +0,05 điểm",
    ]
    summed = CliRunner().invoke(app, ["history", "--code", "x", "--config", config])
    assert summed.stdout.splitlines()[2:] == [
        "01/2025       41",
        "02/2025       42              +2,44%",
    ]
    kept = MonthRecords({"gn": Record("Tỷ lệ", "%", 1, {}, {}, 2)}, None, ())
    assert _decode(_encode(kept)).records["gn"].pct_decimals == 2


def test_a_prices_month_after_its_average_is_no_part_of_it(data: Path) -> None:
    """After a price's average so far the month reads "Riêng tháng 2/2025", not "Trong đó,"
    (of which: a part of a sum); a sum's month is still "Trong đó,"."""
    price = ("gia", "Giá điện bình quân", "đồng/kWh")
    for period in (JANUARY, Period(2025, 2)):
        figures = row("gia", 2006.79, ytd=2006.79, decimals=2)[3:]
        month_book(data, period, {}, [(*price, *figures), row("x", 10 + period.month)])
    texts = build_texts(data.parent, Period(2025, 2))
    assert paragraphs_of(texts, "Giá điện", "Chỉ tiêu x", "Trong đó", "Riêng") == [
        "Giá điện bình quân tính chung 02 tháng đầu năm ước đạt 2.006,79 đồng/kWh.",
        "Riêng tháng 2/2025 ước đạt 2.006,79 đồng/kWh, bằng tháng trước.",
        "Chỉ tiêu x cộng dồn 02 tháng đầu năm ước đạt 23 tấn.",
        "Trong đó, tháng 2/2025 ước đạt 12 tấn, tăng 9,1% so với tháng trước.",
    ]


@pytest.mark.parametrize(
    ("period", "info", "said"),
    [
        (Period(2025, 12), {}, "tính chung cả năm 2025"),
        (Period(2025, 6), {"ky_bao_cao": "6 tháng"}, "tính chung 6 tháng đầu năm 2025"),
    ],
)
def test_a_prices_year_is_said_as_its_average_in_every_kind(
    data: Path, period: Period, info: dict[str, object], said: str
) -> None:
    """A price's typed Lũy kế is its average: "tính chung" in December's "cả năm" and a
    half-year report's "6 tháng đầu năm" too, as in "tính chung 05 tháng đầu năm"; it read
    "Giá điện bình quân cả năm 2025 ước đạt …", as a total would."""
    price = ("gia", "Giá điện bình quân", "đồng/kWh")
    figures = row("gia", 2006.79, 2000, 1900, 1990.5, 1890.25, decimals=2)[3:]
    month_book(data, period, info, [(*price, *figures)])
    assert paragraphs_of(build_texts(data.parent, period), "Giá điện")[0] == (
        f"Giá điện bình quân {said} ước đạt 1.990,50 đồng/kWh; tăng 5,3% so với cùng kỳ."
    )


@pytest.mark.parametrize(("decimals", "warned"), [(0, True), (1, False)])
def test_a_rate_typed_with_more_decimals_than_it_prints_is_a_warning(
    data: Path, decimals: int, warned: bool
) -> None:
    """8,5% in a rate's row of Số lẻ 0 printed "ước đạt 9%, tăng 0,5 điểm phần trăm so với
    tháng trước" (after 8,0%) with no word: a warning at Số lẻ, with the places needed."""
    cells = list(row("gn", 8.5, 8.0, decimals=decimals))
    cells[1], cells[2] = "Tỷ lệ giải ngân", "%"
    month_book(data, Period(2025, 3), {}, [tuple(cells)])
    said = [(s, c, m) for s, c, m in findings(data.parent, Period(2025, 3)) if c == "J2"]
    assert said == (
        [
            (
                "WARNING",
                "J2",
                "«Tháng báo cáo» của «gn» là 8,5 nhưng «Số lẻ» của hàng là 0, nên báo cáo in "
                "«9%», trong khi mức tăng, giảm theo điểm phần trăm vẫn tính từ số đã gõ: câu "
                "văn sẽ không khớp với số in. Hãy đặt «Số lẻ» bằng 1.",
            )
        ]
        if warned
        else []
    )


def test_a_rates_base_typed_with_more_decimals_than_it_prints_is_a_warning(
    data: Path,
) -> None:
    """A same month of 96,45% in a rate's row of Số lẻ 1: the appendix printed "96,5" and
    "98,0" while the body said "tăng 1,6 điểm phần trăm so với cùng kỳ" (from 96,45), with
    no word; a warning at Số lẻ now, as for the month's figure."""
    march = Period(2025, 3)
    month_book(data, march, {}, [rate("tl", 98.0, 97.9, 96.45)])
    assert "tăng 1,6 điểm phần trăm so với cùng kỳ" in " ".join(build_texts(data.parent, march))
    assert [(s, c, m) for s, c, m in findings(data.parent, march) if c == "J2"] == [
        (
            "WARNING",
            "J2",
            "«Cùng kỳ» của «tl» là 96,45 nhưng «Số lẻ» của hàng là 1, nên báo cáo in "
            "«96,5%», trong khi mức tăng, giảm theo điểm phần trăm vẫn tính từ số đã gõ: câu "
            "văn sẽ không khớp với số in. Hãy đặt «Số lẻ» bằng 2.",
        )
    ]


def test_a_rates_base_taken_from_last_month_is_said_so(data: Path) -> None:
    """A rate's Tháng trước left blank and taken from May's workbook (96,45, typed there at
    Số lẻ 2): the warning said "là 96,45 … vẫn tính từ số đã gõ", of a cell nobody typed;
    it names May's workbook now, as for a figure that is not a rate."""
    may, june = Period(2025, 5), Period(2025, 6)
    may_rate = list(row("tl", 96.45, decimals=2))
    may_rate[1], may_rate[2] = "Tỷ lệ giải ngân", "%"
    month_book(data, may, {}, [tuple(may_rate)])
    month_book(data, june, {}, [rate("tl", 98.0)])
    assert [(s, c, m) for s, c, m in findings(data.parent, june) if c == "J2"] == [
        (
            "WARNING",
            "J2",
            "«Tháng trước» của «tl» để trống nên đã được lấy từ 2025-05.xlsx (ChiTieu!D2): "
            "96,45, nhưng «Số lẻ» của hàng là 1, nên báo cáo in «96,5%», trong khi mức tăng, "
            "giảm theo điểm phần trăm vẫn tính từ số đó: câu văn sẽ không khớp với số in. Hãy "
            "đặt «Số lẻ» bằng 2.",
        )
    ]


def test_a_unit_typed_with_a_capital_is_said_mid_sentence(data: Path) -> None:
    """ "Tỷ đồng" stands after its figure: "ước đạt 9.780 tỷ đồng", with a note; an
    acronym ("USD", "GWh") is kept. It was printed "ước đạt 9.780 Tỷ đồng" without a word."""
    capital = list(row("x", 9780))
    capital[2] = "Tỷ đồng"
    acronym = list(row("y", 15))
    acronym[2] = "GWh"
    month_book(data, JANUARY, {}, [tuple(capital), tuple(acronym)])
    texts = build_texts(data.parent, JANUARY)
    assert "Chỉ tiêu x tháng 1/2025 ước đạt 9.780 tỷ đồng." in texts
    assert "Chỉ tiêu y tháng 1/2025 ước đạt 15 GWh." in texts
    assert [m for s, c, m in findings(data.parent, JANUARY) if c in ("C2", "C3")] == [
        "«Đơn vị» được viết thành «tỷ đồng» (chữ đầu viết thường, vì đơn vị đứng giữa câu)."
    ]


def test_a_rate_typed_as_a_fraction_beside_a_percent_is_a_warning(data: Path) -> None:
    """0,45 typed for 45% beside a previous month of 45 and a same month of 44 said nothing
    (a fall of 44,6 points, under the 50-point warning) and the report printed "giảm 44,6
    điểm phần trăm"; a warning at the fraction's cell now names the figures beside it, once.
    A base typed so (0,34 beside 35) is said at the base. 0,5% beside 25% is a real rate."""
    march = Period(2025, 3)
    typed = [rate("gn", 0.45, 45, 44), rate("gv", 35, 0.34, 30), rate("gm", 25, 24, 0.5)]
    typed[1] = (typed[1][0], "Tỷ lệ giải ngân vốn vay", *typed[1][2:])
    typed[2] = (typed[2][0], "Tỷ lệ giải ngân vốn ODA", *typed[2][2:])
    month_book(data, march, {}, typed)
    assert [(s, c, m) for s, c, m in findings(data.parent, march) if s != "INFO"] == [
        (
            "WARNING",
            "D2",
            "«Tháng báo cáo» của «gn» (0,45) chỉ bằng khoảng 1/100 «Tháng trước» (45,0) và «Cùng "
            "kỳ» (44,0), mà chỉ tiêu tính bằng «%»: có thể ô này ghi tỷ lệ dạng số thập phân "
            "(0,45 là 45%). Chỉ tiêu tính bằng «%» ghi số phần trăm (45 cho 45%); hãy kiểm tra "
            "lại.",
        ),
        (
            "WARNING",
            "E3",
            "«Tháng trước» của «gv» (0,34) chỉ bằng khoảng 1/100 «Tháng báo cáo» (35,0), mà chỉ "
            "tiêu tính bằng «%»: có thể ô này ghi tỷ lệ dạng số thập phân (0,34 là 34%). Chỉ tiêu "
            "tính bằng «%» ghi số phần trăm (34 cho 34%); hãy kiểm tra lại.",
        ),
    ]
    january = Period(2025, 1)  # 1% disbursed after last December's 100%: a real rate
    month_book(data, january, {}, [rate("gn", 1, 100, 0.8)])
    assert [m for s, _, m in findings(data.parent, january) if s != "INFO"] == [
        "«Tỷ lệ giải ngân» thay đổi 99,0 điểm phần trăm so với tháng trước (quá ±50 điểm phần "
        "trăm); hãy kiểm tra lại số liệu."
    ]


def test_a_rate_typed_as_a_fraction_alone_is_said_at_its_cell(data: Path) -> None:
    """0,214 typed for 21,4% with nothing to set it beside printed "ước đạt 0,2%" with a
    warning at Số lẻ asking for 3 decimals; a warning at the figure's own cell now says it
    reads as 0,214%, and so for a year-to-date typed so beside a month in percent. A rate
    under 1% that its Số lẻ prints (0,5) is a real one."""
    march = Period(2025, 3)
    typed = [rate("tl", 0.214), rate("tv", 21.4, None, None, 0.198), rate("tm", 0.5)]
    typed[1] = (typed[1][0], "Tỷ lệ giải ngân vốn vay", "% GRDP", *typed[1][3:])
    typed[2] = (typed[2][0], "Tỷ lệ giải ngân vốn ODA", *typed[2][2:])
    month_book(data, march, {}, typed)
    assert [(s, c, m) for s, c, m in findings(data.parent, march) if s != "INFO"] == [
        (
            "WARNING",
            "D2",
            "«Tháng báo cáo» của «tl» là 0,214 trong hàng tính bằng «%», nên được đọc là "
            "0,214% (báo cáo in «0,2%»), chứ không phải 21,4%. Chỉ tiêu tính bằng «%» ghi số "
            "phần trăm: nếu là 21,4%, hãy ghi 21,4; nếu đúng là 0,214%, hãy đặt «Số lẻ» bằng 3.",
        ),
        (
            "WARNING",
            "G3",
            "«Lũy kế» của «tv» là 0,198 trong hàng tính bằng «% GRDP», nên được đọc là 0,198% "
            "GRDP (báo cáo in «0,2% GRDP»), chứ không phải 19,8% GRDP. Chỉ tiêu tính bằng «%» "
            "ghi số phần trăm: nếu là 19,8% GRDP, hãy ghi 19,8; nếu đúng là 0,198% GRDP, hãy "
            "đặt «Số lẻ» bằng 3.",
        ),
    ]


def test_a_rates_plan_typed_as_a_fraction_is_said_at_its_cell(data: Path) -> None:
    """A plan of 0,95 typed for 95% printed "đạt 2.210,5% so với Kế hoạch năm" beside a
    year-to-date of 21,0% with no word; a warning at the plan now (not printed itself: no
    word of how it prints nor of Số lẻ)."""
    march = Period(2025, 3)
    month_book(data, march, {}, [rate("tp", 21.4, None, None, 21.0, None, 0.95)])
    assert "đạt 2.210,5% so với Kế hoạch năm" in " ".join(build_texts(data.parent, march))
    assert [(s, c, m) for s, c, m in findings(data.parent, march) if s != "INFO"] == [
        (
            "WARNING",
            "I2",
            "«Kế hoạch năm» của «tp» là 0,95 trong hàng tính bằng «%», nên được đọc là 0,95%, "
            "chứ không phải 95%. Chỉ tiêu tính bằng «%» ghi số phần trăm: nếu là 95%, hãy ghi "
            "95.",
        )
    ]


def test_a_plan_beside_a_blank_year_to_date_of_a_rate_is_said_unused(data: Path) -> None:
    """A rate's Kế hoạch năm typed with its Lũy kế blank was dropped without a word (the plan
    is compared with the Lũy kế only); the Lũy kế's note says so."""
    month_book(data, Period(2025, 2), {}, [rate("gn", 15, plan=9), row("x", 50)])
    assert [m for s, c, m in findings(data.parent, Period(2025, 2)) if c == "G2"] == [
        "«Lũy kế» của «gn» để trống: chỉ tiêu này là tỷ lệ (đơn vị «%»), không cộng các "
        "tháng thành số lũy kế; báo cáo chỉ viết số của tháng. «Kế hoạch năm» (9,0) cũng không "
        "được so sánh, vì câu so với kế hoạch cần số lũy kế. Nếu có tỷ lệ lũy kế, hãy điền "
        "vào ô này."
    ]


def _printed_in_february_unit(data: Path, typed: str, unit: str, said: str) -> None:
    """A product typed in ``typed`` in January and March, in ``unit`` in February: March's
    report prints ``unit`` (its blank Lũy kế added up through February's) with the note
    ``said`` at the unit's cell."""
    product = ("ton", "Tôn lợp", typed)
    month_book(data, JANUARY, {}, [(*product, *row("ton", 110)[3:])])
    month_book(data, Period(2025, 2), {}, [("ton", "Tôn lợp", unit, *row("ton", 127.9)[3:])])
    month_book(data, Period(2025, 3), {}, [(*product, *row("ton", 120, None, 100)[3:])])
    texts = build_texts(data.parent, Period(2025, 3))
    assert paragraphs_of(texts, "Tôn lợp", "Trong đó") == [
        f"Tôn lợp cộng dồn 03 tháng đầu năm ước đạt 358 {unit}.",
        f"Trong đó, tháng 3/2025 ước đạt 120 {unit}, giảm 6,2% so với tháng trước; tăng 20,0% "
        "so với cùng kỳ.",
    ]
    assert [m for s, c, m in findings(data.parent, Period(2025, 3)) if c == "C2"] == [
        f"«Đơn vị» được viết thành «{unit}» ({said})."
    ]


@pytest.mark.parametrize(
    ("typed", "unit", "said"),
    [
        ("1000 tấn", "nghìn tấn", "«1000» viết bằng chữ «nghìn», vì đơn vị đứng sau số liệu"),
        ("1.000 tấn", "nghìn tấn", "«1.000» viết bằng chữ «nghìn», vì đơn vị đứng sau số liệu"),
        ("1000 m3", "nghìn m3", "«1000» viết bằng chữ «nghìn», vì đơn vị đứng sau số liệu"),
        (
            "1.000.000 cái",
            "triệu cái",
            "«1.000.000» viết bằng chữ «triệu», vì đơn vị đứng sau số liệu",
        ),
        ("Tr.tấn", "triệu tấn", "«Tr.» viết đầy đủ «triệu», vì đơn vị đứng sau số liệu"),
        ("tr. tấn", "triệu tấn", "«tr.» viết đầy đủ «triệu», vì đơn vị đứng sau số liệu"),
        ("Tr tấn", "triệu tấn", "«Tr» viết đầy đủ «triệu», vì đơn vị đứng sau số liệu"),
        ("Trđ", "triệu đồng", "«Trđ» viết đầy đủ «triệu đồng», vì đơn vị đứng sau số liệu"),
        ("tỷ.đ", "tỷ đồng", "«tỷ.đ» viết đầy đủ «tỷ đồng», vì đơn vị đứng sau số liệu"),
    ],
)
def test_a_unit_in_thousands_written_in_digits_is_said_in_words(
    data: Path, typed: str, unit: str, said: str
) -> None:
    """The statistics office's tables write "1000 tấn", "1000 lít": pasted so, the report
    printed "ước đạt 127,9 1000 tấn, tăng 16,3% …", two numbers side by side, with exit 0.
    It is "127,9 nghìn tấn" now, with a note, and still the unit "nghìn tấn" of the month
    before (February's blank Lũy kế adds January's figure)."""
    _printed_in_february_unit(data, typed, unit, said)


@pytest.mark.parametrize(
    ("typed", "unit", "said"),
    [
        (
            "Tỷ.đồng",
            "tỷ đồng",
            "bỏ dấu chấm sau «Tỷ»; chữ đầu viết thường, vì đơn vị đứng giữa câu",
        ),
        ("triệu. tấn", "triệu tấn", "bỏ dấu chấm sau «triệu»"),
    ],
)
def test_a_full_stop_after_a_scale_written_in_full_is_dropped(
    data: Path, typed: str, unit: str, said: str
) -> None:
    """ "Tr.đồng" was written "triệu đồng", but "Tỷ.đồng", the full stop after a scale
    written in full (province37), printed "ước đạt 621 tỷ.đồng", and the unit was no scale
    of February's "tỷ đồng": March's blank Lũy kế was not added up from it. The full stop
    is dropped now, with a note, and the unit is February's."""
    _printed_in_february_unit(data, typed, unit, said)


@pytest.mark.parametrize(
    ("typed", "unit", "said"),
    [
        (
            "Triệu M3",
            "triệu m3",
            [
                "«M3» viết thành «m3», ký hiệu của đơn vị đo",
                "chữ đầu viết thường, vì đơn vị đứng giữa câu",
            ],
        ),
        (
            "Ngàn M3",
            "ngàn m3",
            [
                "«M3» viết thành «m3», ký hiệu của đơn vị đo",
                "chữ đầu viết thường, vì đơn vị đứng giữa câu",
            ],
        ),
        ("M3", "m3", ["«M3» viết thành «m3», ký hiệu của đơn vị đo"]),
        ("M3/ngày đêm", "m3/ngày đêm", ["«M3» viết thành «m3», ký hiệu của đơn vị đo"]),
        ("nghìn M²", "nghìn m²", ["«M²» viết thành «m²», ký hiệu của đơn vị đo"]),
        ("triệu m3", "triệu m3", []),
        ("M30 bê tông", "M30 bê tông", []),
    ],
)
def test_the_metres_square_or_cube_with_a_capital_is_written_small(
    typed: str, unit: str, said: list[str]
) -> None:
    """Quảng Bình's and Kiên Giang's statistics tables write cubic metres "M3" ("Triệu M3",
    "353 Ngàn M3"): only the first word was lowered, and the report printed "ước đạt 3,1
    triệu M3" beside another row's "1,2 triệu m3" (province19). The metre's symbol is
    written small, as SI writes it; a grade of concrete ("M30") is not the metre."""
    assert printed_unit(typed) == (unit, said)


@pytest.mark.parametrize(
    ("typed", "unit", "said"),
    [
        ("Nghìn Tấn", "nghìn tấn", "«Nghìn Tấn» viết thường, vì đơn vị đứng giữa câu"),
        ("triệu Lít", "triệu lít", "«triệu Lít» viết thường, vì đơn vị đứng giữa câu"),
        (
            "1000 Tấn",
            "nghìn tấn",
            "«1000» viết bằng chữ «nghìn», vì đơn vị đứng sau số liệu; «nghìn Tấn» viết "
            "thường, vì đơn vị đứng giữa câu",
        ),
        ("Triệu USD", "triệu USD", "chữ đầu viết thường, vì đơn vị đứng giữa câu"),
        ("nghìn USD", "nghìn USD", None),
        ("tỷ Kwh", "tỷ kWh", "«Kwh» viết thành «kWh», ký hiệu của đơn vị đo"),
        ("Mw", "MW", "«Mw» viết thành «MW», ký hiệu của đơn vị đo"),
    ],
)
def test_a_units_word_after_its_scale_is_lowered_too(
    data: Path, typed: str, unit: str, said: str | None
) -> None:
    """A unit typed as a title ("Nghìn Tấn") printed "ước đạt 300,0 nghìn Tấn" mid-sentence:
    only its first word was lowered. The unit's word after the scale is lowered too (an
    acronym, "USD", stays). An electrical unit's symbol typed in another case ("tỷ Kwh",
    as the Hà Tĩnh department's own report has it) was lowered as a word, "300 tỷ kwh"
    ("Mw", megawatts, "300 mw"): it is written as SI writes it."""
    month_book(data, JANUARY, {}, [("ck", "Clanhke xi măng", typed, *row("ck", 300)[3:])])
    texts = build_texts(data.parent, JANUARY)
    assert paragraphs_of(texts, "Clanhke") == [f"Clanhke xi măng tháng 1/2025 ước đạt 300 {unit}."]
    notes = [m for s, c, m in findings(data.parent, JANUARY) if c == "C2"]
    assert notes == ([] if said is None else [f"«Đơn vị» được viết thành «{unit}» ({said})."])


@pytest.mark.parametrize(
    ("unit", "summed", "percentage"),
    [
        ("tấn", True, False),
        ("%", False, True),
        ("Tỷ lệ", False, True),
        ("đồng/kWh", False, False),
        ("xe/ngày", False, False),
        ("DN/HTX", True, False),
        ("x" * 201 + "%", False, True),  # longer than what is kept: worked out each time
        ("x" * 201, True, False),
        ("x" * 200 + "/ngày", False, False),
    ],
)
def test_a_units_kinds_are_the_same_each_time_asked(
    unit: str, summed: bool, percentage: bool
) -> None:
    """``is_summed`` and ``is_percentage`` (kept for units of up to 200 characters) answer
    a unit alike the first time and after, however long it is."""
    from baocao.units import is_percentage, is_summed

    assert [is_summed(unit), is_summed(unit)] == [summed, summed]
    assert [is_percentage(unit), is_percentage(unit)] == [percentage, percentage]
