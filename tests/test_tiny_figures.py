"""A small province's figures: tiny amounts whose decimals matter (tests of coarse.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import build_report, check_inputs
from baocao.config import load_config
from baocao.period import Period
from baocao.starter import STARTER_CONFIG
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings

from helpers import document_texts

JUNE = Period(2025, 6)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


@pytest.mark.parametrize(("decimals", "warned"), [(1, True), (2, False)])
def test_a_small_figure_printed_far_from_itself_is_a_warning(
    data: Path, decimals: int, warned: bool
) -> None:
    """Exports of 0,3 triệu USD after 0,05 at Số lẻ 1: the appendix printed "0,1" and "0,3"
    beside "600,0" and the body "gấp 6,0 lần tháng trước", the year-to-date "1,0" of a plan
    of 2,0 "đạt 47,5%", with no word. A warning at Số lẻ now, with the decimals needed."""
    month_book(data, JUNE, {}, [row("xk", 0.3, 0.05, 0.25, 0.95, 1.15, 2, decimals=decimals)])
    texts = build_texts(data.parent, JUNE)
    assert any("gấp 6,0 lần tháng trước" in t for t in texts)
    said = [(s, c, m) for s, c, m in findings(data.parent, JUNE) if c == "J2"]
    assert said == (
        [
            (
                "WARNING",
                "J2",
                "«Tháng trước» của «xk» là 0,05 nhưng «Số lẻ» của hàng là 1, nên báo cáo in "
                "«0,1», trong khi các mức tăng, giảm và tỷ lệ đạt kế hoạch vẫn tính từ số đã "
                "gõ: câu văn và phụ lục sẽ không khớp với số in. Hãy đặt «Số lẻ» bằng 2.",
            )
        ]
        if warned
        else []
    )


def test_a_small_figure_taken_from_last_month_is_said_so(data: Path) -> None:
    """Tea exports of 1,08 nghìn tấn in May (Số lẻ 2 there) taken as June's Tháng trước at
    Số lẻ 1: the warning said "«Tháng trước» của «xk» là 1,08 …, vẫn tính từ số đã gõ", of
    a cell left blank, and did not say the figure came from May's workbook."""
    month_book(data, Period(2025, 5), {}, [row("xk", 1.08, decimals=2)])
    month_book(data, JUNE, {}, [row("xk", 1.3, None, 1.2, decimals=1)])
    assert [(s, c, m) for s, c, m in findings(data.parent, JUNE) if c == "J2"] == [
        (
            "WARNING",
            "J2",
            "«Tháng trước» của «xk» để trống nên đã được lấy từ 2025-05.xlsx (ChiTieu!D2): "
            "1,08, nhưng «Số lẻ» của hàng là 1, nên báo cáo in «1,1», trong khi các mức tăng, "
            "giảm và tỷ lệ đạt kế hoạch vẫn tính từ số đó: câu văn và phụ lục sẽ không khớp "
            "với số in. Hãy đặt «Số lẻ» bằng 2.",
        )
    ]


def test_a_figure_rounded_by_less_than_a_hundredth_of_it_is_no_warning(data: Path) -> None:
    """712,4 tỷ đồng at Số lẻ 0 is printed "712", 0,06% from it: the changes agree with the
    printed figures within their own rounding. A count (Số lẻ 0, whole) is never said."""
    month_book(data, JUNE, {}, [row("bl", 712.4, 690.45, 633.6), row("dn", 3, 2, 4)])
    assert [m for s, c, m in findings(data.parent, JUNE) if str(c).startswith("J")] == []


def test_a_base_of_zero_beside_a_month_of_zero_is_no_warning(data: Path) -> None:
    """A product stopped since May: 0 in June, 0 in July, 0 in last July. The month reads
    "không phát sinh", no clause left out, yet each 0 base was a warning ("… bằng 0 nên
    không so sánh được … câu văn bỏ phần so với tháng trước"), every month, so that the
    office could not run check --strict. A 0 base beside a month of 3 still is one."""
    july = Period(2025, 7)
    month_book(data, july, {}, [row("q", 0, 0, 0, 800, 1710), row("n", 3, 0, 2, 10, 9)])
    assert "Trong đó, tháng 7/2025 không phát sinh." in build_texts(data.parent, july)
    assert [(c, m) for s, c, m in findings(data.parent, july) if s == "WARNING"] == [
        (
            "G2",
            "«Lũy kế» của «Chỉ tiêu q» thay đổi -53,2% so với «Lũy kế cùng kỳ» (quá ±50%); "
            "hãy kiểm tra lại số liệu.",
        ),
        (
            "E3",
            "«Tháng trước» của «n» bằng 0 nên không so sánh được «Tháng báo cáo» với tháng "
            "trước: câu văn bỏ phần so với tháng trước. Nếu chưa có số, hãy để trống ô.",
        ),
    ]


def test_the_setup_configs_word_for_an_unchanged_index_agrees(data: Path) -> None:
    """With the config `baocao setup` writes, an index of 100,04 (printed "ước bằng cùng
    kỳ") took "tăng nhẹ" (min = 0), left out with a warning at the index asking to mend
    the thresholds: a correct workbook warned. The starter's thresholds now say "ổn
    định" for an unchanged index; a rise of 0,1% is still "tăng nhẹ". (The province is
    "tỉnh Lai Châu", as a sentence writes it: "Lai Châu" alone is a warning at the key.)"""
    july = Period(2025, 7)
    config = data.parent / "baocao.toml"
    config.write_text(
        STARTER_CONFIG.replace('"(chưa điền)"', '"Lai Châu"')
        .replace("(chưa điền)", "tỉnh")
        .replace('province = "Lai Châu"', 'province = "tỉnh Lai Châu"'),
        encoding="utf-8",
    )
    for index, said in ((100.04, "ổn định, ước bằng cùng kỳ."), (100.1, "tăng nhẹ, ước tăng 0,1%")):
        iip = [("iip", "Toàn ngành", index, None, None, None, 1, "CN")]
        month_book(data, july, {}, [row("x", 3, 2, 2, 20, 18)], iip)
        loaded = load_config(config)
        problems = check_inputs(loaded, july).problems
        assert [p.message for p in problems if p.severity.name != "INFO"] == []
        texts = document_texts(
            build_report(loaded, july, data.parent / "r.docx", force=True).output
        )
        assert texts[texts.index("1. CN") + 1].startswith(
            f"Chỉ số sản xuất công nghiệp tháng 7/2025 tỉnh Lai Châu {said}"
        )


def test_a_price_of_zero_is_a_warning(data: Path) -> None:
    """An export price typed 0 (no export this month) was printed "Riêng tháng 6/2025 ước
    đạt 0,00 USD/tấn.", a price no one paid, without a word when the row has no base. A
    warning at each 0 now; a sum's 0 ("không phát sinh") and a price of 0,5 are not."""
    price = ("gia", "Giá xuất khẩu bình quân", "USD/tấn", 0, None, None, 0, None, None, 2)
    plain = row("q", 0, None, None, 10)
    other = ("g2", "Giá nhập khẩu bình quân", "USD/tấn", 0.5)
    month_book(data, JUNE, {}, [price + (None,) * 4, plain, other])
    assert "Riêng tháng 6/2025 ước đạt 0,00 USD/tấn." in build_texts(data.parent, JUNE)
    said = [(c, m) for s, c, m in findings(data.parent, JUNE) if s == "WARNING"]
    assert [(c, m) for c, m in said if "đơn giá" in m] == [
        (
            cell,
            f"«{header}» của «gia» là 0, nhưng «USD/tấn» là một đơn giá: báo cáo sẽ viết «ước "
            "đạt 0,00 USD/tấn», một mức giá không có thật. Nếu không có giao dịch nên không "
            "có giá, hãy để trống ô này; nếu không, hãy kiểm tra lại số.",
        )
        for cell, header in (("D2", "Tháng báo cáo"), ("G2", "Lũy kế"))
    ]


@pytest.mark.parametrize(
    ("unit", "ytd", "ytd_same", "warned"),
    [
        ("USD/tấn", 3090, 2950, True),  # six months added up
        ("USD/tấn", 515, 492, False),  # the average since January
        ("xe/ngày", 3090, 2950, True),  # an amount per day: an average too
        ("tấn", 3090, 2950, False),  # a sum: its months add up
    ],
)
def test_a_prices_year_to_date_typed_as_the_sum_of_its_months_is_a_warning(
    data: Path, unit: str, ytd: int, ytd_same: int, warned: bool
) -> None:
    """A rice export price's Lũy kế made with the row above's SUM (six months of about
    515 USD/tấn, 3.090) was printed "Giá gạo xuất khẩu bình quân tính chung 06 tháng đầu
    năm ước đạt 3.090 USD/tấn" with no word. A warning at each year-to-date now; the
    average, and a sum's year-to-date, are not."""
    price = ("gia", "Giá gạo xuất khẩu bình quân", unit, 520, 510, 500, ytd, ytd_same, None, 0)
    month_book(data, JUNE, {}, [price + (None,) * 4])
    said = [(c, m) for s, c, m in findings(data.parent, JUNE) if s == "WARNING"]
    kind = "đơn giá" if unit == "USD/tấn" else "số bình quân theo thời gian"
    rest = (
        f", nhưng «{unit}» là {kind}: số lũy kế là số bình quân từ đầu năm, không phải tổng "
        "các tháng, nên báo cáo sẽ in một mức không có thật. Hãy ghi số bình quân từ đầu năm "
        "(có lẽ ô đang cộng các tháng)."
    )
    assert said == (
        [
            ("G2", f"«Lũy kế» của «gia» (3.090) gấp 5,9 lần số của tháng báo cáo (520){rest}"),
            ("H2", f"«Lũy kế cùng kỳ» của «gia» (2.950) gấp 5,9 lần số của cùng kỳ (500){rest}"),
        ]
        if warned
        else []
    )


def test_februarys_average_of_a_fallen_price_is_no_warning(data: Path) -> None:
    """Last year's January at 1.400 USD/tấn, February at 400: the average of the two, 900,
    is 2,3 times the February the row holds, as a sum would be; January is not in the row,
    so the Lũy kế cùng kỳ of February is not judged (this year's Lũy kế still is)."""
    february = Period(2025, 2)
    price = ("gia", "Giá bình quân", "USD/tấn", 500, 1100, 400, 800, 900, None, 0)
    summed = ("gia2", "Giá cộng dồn", "USD/tấn", 515, 515, 515, 1030, 1030, None, 0)
    month_book(data, february, {}, [price + (None,) * 4, summed + (None,) * 4])
    said = [c for s, c, m in findings(data.parent, february) if s == "WARNING" and "lần" in m]
    assert said == ["G3"]
