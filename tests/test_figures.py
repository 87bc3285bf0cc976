"""The default template writes any office's own rows: subsections, sentences, report kinds."""

from __future__ import annotations

import re
import shutil
import unicodedata
from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest
from docx import Document

from baocao.api import build_report, check_inputs
from baocao.config import load_config
from baocao.errors import Severity
from baocao.excel import NewSheet
from baocao.iip import agrees
from baocao.period import Period
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, HOAT_DONG, NHIEM_VU, THONG_TIN, SheetSpec

from helpers import ROOT, document_texts, load_workbook, write_book, write_config

EXAMPLE = ROOT / "data" / "examples" / "hoa-phong" / "baocao.toml"


@pytest.fixture(scope="module")
def example() -> list[str]:
    """The fictional office's half-year report, built with the default template."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "hp.docx"
        result = build_report(load_config(EXAMPLE), Period(2024, 6), out)
        assert result.problems == []
        return document_texts(out)


def test_example_title_and_headings(example: list[str]) -> None:
    """A half-year report names itself by its kind: summary, Section I and II headings."""
    assert example[6:9] == [
        "BÁO CÁO",
        "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối "
        "năm 2024",
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024",
    ]
    assert "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024" in example
    assert [t for t in example if t[:2] in {"1.", "2.", "3.", "4.", "5."}][:5] == [
        "1. Sản xuất công nghiệp",
        "2. Thương mại - dịch vụ",
        "3. Xuất, nhập khẩu",
        "4. Công tác quản lý công nghiệp",
        "5. Công tác quản lý thương mại",
    ]


def test_example_index_paragraph(example: list[str]) -> None:
    """The period's index leads, with its branches; the month's, against both bases, follows
    in its own sentence (the branches are the period's, so they never follow the month's)."""
    assert example[example.index("1. Sản xuất công nghiệp") + 1] == (
        "Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2024 tỉnh Hòa Phong tăng khá, ước tăng "
        "7,42% so với cùng kỳ năm trước. Trong đó, ngành công nghiệp chế biến, chế tạo ước tăng "
        "8,05%; ngành sản xuất và phân phối điện ước giảm 3,42%; ngành cung cấp nước, xử lý "
        "rác thải ước tăng 5,11%. Riêng tháng 6/2024, chỉ số ước tăng 8,35% so với cùng kỳ năm "
        "trước; tăng 2,15% so với tháng trước; trong đó, ngành công nghiệp chế biến, chế tạo "
        "ước tăng 9,12% so với cùng kỳ năm trước và tăng 2,80% so với tháng trước; ngành sản "
        "xuất và phân phối điện ước tăng 3,40% so với cùng kỳ năm trước và giảm 0,90% so với "
        "tháng trước; ngành cung cấp nước, xử lý rác thải ước tăng 5,67% so với cùng kỳ năm "
        "trước và tăng 0,45% so với tháng trước."
    )


def test_example_figure_sentences(example: list[str]) -> None:
    """Two-decimal percentages, the office's own bases, the period's total before the month."""
    for sentence in (
        "Sản lượng điện thương phẩm 6 tháng đầu năm 2024 ước đạt 1.750,6 triệu kWh; tăng 8,58% "
        "so với cùng kỳ năm trước và đạt 50,02% kế hoạch năm.",
        "Trong đó, tháng 6/2024 ước đạt 312,4 triệu kWh, tăng 4,59% so với tháng trước; tăng "
        "7,69% so với cùng kỳ năm trước.",
        "Riêng tháng 6/2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt "
        "4.215,8 tỷ đồng, tăng 2,76% so với tháng trước; tăng "
        "11,22% so với cùng kỳ năm trước.",
        "* Phân theo ngành hoạt động:",
        "- Doanh thu dịch vụ lưu trú, ăn uống 6 tháng đầu năm 2024 ước đạt 3.560,1 tỷ đồng, "
        "tăng 14,46% so với cùng kỳ năm trước.",
        "Kim ngạch nhập khẩu 6 tháng đầu năm 2024 ước đạt 560,72 triệu USD; giảm 2,53% so với "
        "cùng kỳ năm trước.",
        "Thị trường xuất khẩu lớn nhất là Hoa Kỳ, sau đó là Nhật Bản, Hàn Quốc, EU và một số "
        "thị trường khác.",
    ):
        assert sentence in example


def test_a_periods_breakdown_follows_its_total(example: list[str]) -> None:
    """In a half-year report the rows of a breakdown are half-year totals: they follow the
    half-year's sentence (ended with ":"), and the month's sentence comes after them,
    "Riêng tháng 6/2024, tổng mức …" (named: after the list it read as its last row's), not
    before them as if they broke the month down."""
    start = example.index(
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 6 tháng đầu năm 2024 ước đạt "
        "24.880,5 tỷ đồng; tăng 11,52% so với cùng kỳ năm trước và đạt 47,85% kế hoạch năm:"
    )
    assert example[start + 1 : start + 6] == [
        "* Phân theo ngành hoạt động:",
        "- Doanh thu bán lẻ hàng hóa 6 tháng đầu năm 2024 ước đạt 18.420,3 tỷ đồng, tăng "
        "11,09% so với cùng kỳ năm trước.",
        "- Doanh thu dịch vụ lưu trú, ăn uống 6 tháng đầu năm 2024 ước đạt 3.560,1 tỷ đồng, "
        "tăng 14,46% so với cùng kỳ năm trước.",
        "- Doanh thu dịch vụ khác 6 tháng đầu năm 2024 ước đạt 2.900,1 tỷ đồng, tăng 10,73% so "
        "với cùng kỳ năm trước.",
        "Riêng tháng 6/2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt "
        "4.215,8 tỷ đồng, tăng 2,76% so với tháng trước; tăng "
        "11,22% so với cùng kỳ năm trước.",
    ]


def test_rows_of_the_month_alone_follow_the_months_sentence(tmp_path: Path) -> None:
    """In a half-year report whose office has its breakdown rows for the month alone (no
    Lũy kế), the list breaks the month down: it follows the month's sentence ("Trong đó,
    tháng 6/2024 … :"), not the half-year's total, which its figures do not add up to;
    the blank Lũy kế are one note, not warnings that no workbook the office has can clear."""
    shutil.copytree(EXAMPLE.parent, tmp_path / "hp")
    book_path = tmp_path / "hp" / "data" / "2024-06.xlsx"
    book = load_workbook(book_path)
    for row in (5, 6, 7):  # tmdv's three rows: Lũy kế and Lũy kế cùng kỳ
        book["ChiTieu"].cell(row, 7).value = book["ChiTieu"].cell(row, 8).value = None
    book.save(book_path)
    config = load_config(tmp_path / "hp" / "baocao.toml")
    problems = check_inputs(config, Period(2024, 6)).problems
    assert [(p.severity, p.cell, p.message) for p in problems] == [
        (
            Severity.INFO,
            "G5",
            "«Lũy kế» của các dòng trong danh sách của «tmdv» để trống: mỗi dòng nêu số tháng "
            "6/2024, và mẫu báo cáo mặc định viết danh sách sau câu về tháng 6/2024, không sau "
            "câu về 6 tháng đầu năm 2024.",
        )
    ]
    build_report(config, Period(2024, 6), tmp_path / "hp.docx")
    texts = document_texts(tmp_path / "hp.docx")
    start = texts.index(
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 6 tháng đầu năm 2024 ước đạt "
        "24.880,5 tỷ đồng; tăng 11,52% so với cùng kỳ năm trước và đạt 47,85% kế hoạch năm."
    )
    assert texts[start + 1 : start + 4] == [
        "Trong đó, tháng 6/2024 ước đạt 4.215,8 tỷ đồng, tăng 2,76% so với tháng trước; tăng "
        "11,22% so với cùng kỳ năm trước:",
        "* Phân theo ngành hoạt động:",
        "- Doanh thu bán lẻ hàng hóa tháng 6 ước đạt 3.105,2 tỷ đồng, tăng 2,48% so với tháng "
        "trước; tăng 10,48% so với cùng kỳ năm trước.",
    ]


def _month_alone_warning(code: str, parent: str) -> str:
    return (
        f"«Lũy kế» của «{code}» để trống và không tính được từ các sổ trước (cần «Lũy kế» của "
        "chỉ tiêu này trong sổ tháng 5/2024, hoặc sổ của mọi tháng từ tháng 1/2024): trong "
        f"danh sách của «{parent}», dòng của chỉ tiêu này chỉ nêu số tháng 6/2024, không nêu "
        "số 6 tháng đầu năm 2024. Hãy điền «Lũy kế»."
    )


def test_rows_of_the_month_alone_after_a_total_alone_are_warnings(tmp_path: Path) -> None:
    """The list of months alone follows the month's sentence only when there is one: with
    tmdv's «Tháng báo cáo» blank too, or under a breakdown row whose line is its half-year
    («tmdv.hang_hoa»), the list follows the half-year's figure ("… 6 tháng đầu năm 2024 ước
    đạt 24.880,5 tỷ đồng …:" then "- Doanh thu bán lẻ hàng hóa tháng 6 ước đạt 3.105,2 …"),
    and was only the note "… mẫu báo cáo mặc định viết danh sách sau câu về tháng 6/2024 …",
    untrue: each blank Lũy kế is the warning it was."""
    shutil.copytree(EXAMPLE.parent, tmp_path / "hp")
    book_path = tmp_path / "hp" / "data" / "2024-06.xlsx"
    book = load_workbook(book_path)
    sheet = book["ChiTieu"]
    for row in (5, 6, 7):  # tmdv's three rows: Lũy kế and Lũy kế cùng kỳ
        sheet.cell(row, 7).value = sheet.cell(row, 8).value = None
    sheet["D4"] = None  # tmdv's month
    book.save(book_path)
    config = load_config(tmp_path / "hp" / "baocao.toml")
    problems = check_inputs(config, Period(2024, 6)).problems
    assert [(p.cell, p.message) for p in problems if p.severity is Severity.WARNING] == [
        (f"G{row}", _month_alone_warning(code, "tmdv"))
        for row, code in ((5, "tmdv.hang_hoa"), (6, "tmdv.luu_tru"), (7, "tmdv.khac"))
    ]
    shutil.copy(EXAMPLE.parent / "data" / "2024-06.xlsx", book_path)
    book = load_workbook(book_path)
    book["ChiTieu"].insert_rows(6)
    typed = ("tmdv.hang_hoa.lt", "Lương thực, thực phẩm", "tỷ đồng", 1000.5, 990.1, 900.2)
    for column, value in enumerate((*typed, None, None, None, 1, "tmdv.hang_hoa"), 1):
        book["ChiTieu"].cell(6, column).value = value
    book.save(book_path)
    problems = check_inputs(config, Period(2024, 6)).problems
    said = [(p.severity, p.cell, p.message) for p in problems if p.cell == "G6"]
    assert said == [
        (Severity.WARNING, "G6", _month_alone_warning("tmdv.hang_hoa.lt", "tmdv.hang_hoa"))
    ]


def test_rows_of_the_total_alone_follow_the_totals_sentence(tmp_path: Path) -> None:
    """In a monthly report whose breakdown rows give the year-to-date alone (no month: as
    a province's report gives its retail sales by kind for the eight months only), the
    list breaks the total down: it follows the total's sentence, and the month's sentence
    comes after it, named, not before it as "Riêng tháng 6/2024 ước đạt 4.215,8 tỷ đồng
    … :" over rows of 18.420,3, 3.560,1 and 2.900,1 tỷ đồng."""
    shutil.copytree(EXAMPLE.parent, tmp_path / "hp")
    book_path = tmp_path / "hp" / "data" / "2024-06.xlsx"
    book = load_workbook(book_path)
    book["ThongTin"]["B4"] = "tháng"
    for row in (5, 6, 7):  # tmdv's three rows: Tháng báo cáo, Tháng trước, Cùng kỳ
        for column in (4, 5, 6):
            book["ChiTieu"].cell(row, column).value = None
    book.save(book_path)
    build_report(load_config(tmp_path / "hp" / "baocao.toml"), Period(2024, 6), tmp_path / "m.docx")
    texts = document_texts(tmp_path / "m.docx")
    start = texts.index(
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng cộng dồn 06 tháng đầu năm ước "
        "đạt 24.880,5 tỷ đồng; tăng 11,52% so với cùng kỳ năm trước và đạt 47,85% kế hoạch năm:"
    )
    assert texts[start + 1 : start + 6] == [
        "* Phân theo ngành hoạt động:",
        "- Doanh thu bán lẻ hàng hóa cộng dồn 06 tháng đầu năm ước đạt 18.420,3 tỷ đồng, tăng "
        "11,09% so với cùng kỳ năm trước.",
        "- Doanh thu dịch vụ lưu trú, ăn uống cộng dồn 06 tháng đầu năm ước đạt 3.560,1 tỷ "
        "đồng, tăng 14,46% so với cùng kỳ năm trước.",
        "- Doanh thu dịch vụ khác cộng dồn 06 tháng đầu năm ước đạt 2.900,1 tỷ đồng, tăng "
        "10,73% so với cùng kỳ năm trước.",
        "Riêng tháng 6/2024, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt "
        "4.215,8 tỷ đồng, tăng 2,76% so với tháng trước; tăng 11,22% so với cùng kỳ năm trước.",
    ]


def test_a_total_without_its_year_to_date_over_rows_of_totals_alone_is_said(
    tmp_path: Path,
) -> None:
    """A monthly report's total row with its month and a blank Lũy kế no workbook fills,
    over breakdown rows that give their Lũy kế alone: with no total's sentence the list
    follows the month's, as if breaking it down ("tháng 3/2024 ước đạt 100 tấn …:" over
    rows of 300 and 200 tấn "cộng dồn 03 tháng đầu năm"), and the warning at the blank
    cell said only that the report had no year-to-date. It now says what the list becomes.
    A list whose rows give their month too is the month's: the warning as it was."""
    (tmp_path / "data").mkdir()
    march = Period(2024, 3)
    group = {"parent": "x", "group": "Phân theo ngành"}
    needs = (
        "«Lũy kế» của «x» để trống và không tính được từ các sổ trước (cần «Lũy kế» của chỉ "
        "tiêu này trong sổ tháng 2/2024, hoặc sổ của mọi tháng từ tháng 1/2024): báo cáo không "
        "có số cộng dồn từ đầu năm của chỉ tiêu này"
    )
    said = {}
    for month in (40, None):
        rows = [row("x1", month, ytd=300, ytd_same=250, **group), row("x2", None, ytd=200, **group)]
        month_book(tmp_path / "data", march, {}, [row("x", 100, 90, 80), *rows])
        config = load_config(write_config(tmp_path, template=None))
        said[month] = [p.message for p in check_inputs(config, march).problems if p.cell == "G2"]
    texts = build_texts(tmp_path, march)  # the rows of totals alone
    start = texts.index("1. Các chỉ tiêu kinh tế chủ yếu")
    assert texts[start + 1 : start + 5] == [
        "Chỉ tiêu x tháng 3/2024 ước đạt 100 tấn, tăng 11,1% so với tháng trước; tăng 25,0% so "
        "với cùng kỳ:",
        "* Phân theo ngành:",
        "- Chỉ tiêu x1 cộng dồn 03 tháng đầu năm ước đạt 300 tấn, tăng 20,0% so với cùng kỳ.",
        "- Chỉ tiêu x2 cộng dồn 03 tháng đầu năm ước đạt 200 tấn.",
    ]
    assert said == {
        None: [
            f"{needs}, nên danh sách của «x», mà mỗi dòng chỉ nêu số cộng dồn từ đầu năm, sẽ "
            "được viết sau câu về tháng 3/2024, như thể chia nhỏ số của tháng. Hãy điền «Lũy kế»."
        ],
        40: [f"{needs}. Hãy điền «Lũy kế»."],
    }


def test_nothing_of_the_sample_province_leaks(example: list[str]) -> None:
    """No word of Bắc Giang's report appears in another office's report."""
    text = unicodedata.normalize("NFC", " ".join(example)).casefold()
    for word in ("bắc giang", "giá thực tế", "gtsxcn", "dự tính", "của tỉnh là"):
        assert word not in text


def headers(spec: SheetSpec) -> tuple[str, ...]:
    return tuple(c.header for c in spec.columns)


def month_book(
    folder: Path,
    period: Period,
    info: dict[str, object],
    indicators: list[tuple[object, ...]],
    iip: list[tuple[object, ...]] = (),  # type: ignore[assignment]
) -> Path:
    """A workbook of the contract: ChiTieu rows by their columns (Mã … Mục), ChiSoSXCN rows."""
    path = folder / f"{period.iso}.xlsx"
    path.unlink(missing_ok=True)
    rows = {"thang": period.month, "nam": period.year, **info}
    write_book(
        path,
        [
            NewSheet(THONG_TIN.name, headers(THONG_TIN), list(rows.items()), ()),
            NewSheet(CHI_SO_SXCN.name, headers(CHI_SO_SXCN), list(iip), ()),
            NewSheet(CHI_TIEU.name, headers(CHI_TIEU), indicators, ()),
            NewSheet(HOAT_DONG.name, headers(HOAT_DONG), [("Công tác khác", 1, "Một việc.")], ()),
            NewSheet(NHIEM_VU.name, headers(NHIEM_VU), [(1, "Việc tháng tới.")], ()),
        ],
    )
    return path


def row(
    code: str,
    value: object = 100,
    previous: object = None,
    same: object = None,
    ytd: object = None,
    ytd_same: object = None,
    plan: object = None,
    **extra: object,
) -> tuple[object, ...]:
    """A ChiTieu row named "Chỉ tiêu <code>" in tấn, by column."""
    return (
        code,
        f"Chỉ tiêu {code}",
        "tấn",
        value,
        previous,
        same,
        ytd,
        ytd_same,
        plan,
        extra.get("decimals"),
        extra.get("parent"),
        extra.get("group"),
        extra.get("pct"),
        extra.get("section"),
    )


def build_texts(folder: Path, period: Period) -> list[str]:
    """Build with the default template; the report's paragraphs."""
    config = load_config(write_config(folder, template=None))
    return document_texts(build_report(config, period, folder / "r.docx").output)


# Every combination of unknown bases of one indicator, in one workbook: the month's
# sentence (Tháng trước, Cùng kỳ known or not) and the total's (Lũy kế cùng kỳ, Kế hoạch năm).
MONTH_CASES = {
    "m11": ((100, 80), ", tăng 10,0% so với tháng trước; tăng 37,5% so với cùng kỳ."),
    "m10": ((100, None), ", tăng 10,0% so với tháng trước."),
    "m01": ((None, 80), ", tăng 37,5% so với cùng kỳ."),
    "m00": ((None, None), "."),
}
TOTAL_CASES = {
    "t11": ((200, 1000), "; tăng 50,0% so với cùng kỳ và đạt 30,0% so với Kế hoạch năm."),
    "t10": ((200, None), "; tăng 50,0% so với cùng kỳ."),
    "t01": ((None, 1000), "; đạt 30,0% so với Kế hoạch năm."),
    "t00": ((None, None), "."),
}


@pytest.fixture(scope="module")
def combinations(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """One report with an indicator for each case; months use 110, totals 300."""
    folder = tmp_path_factory.mktemp("combinations")
    (folder / "data").mkdir()
    rows = [row(code, 110, prev, same) for code, ((prev, same), _) in MONTH_CASES.items()]
    rows += [
        row(code, None, None, None, 300, ytd_same, plan)
        for code, ((ytd_same, plan), _) in TOTAL_CASES.items()
    ]
    rows += [row("both", 110, 100, None, 300, 200, None)]
    month_book(folder / "data", Period(2024, 5), {}, rows)
    return build_texts(folder, Period(2024, 5))


@pytest.mark.parametrize("code", list(MONTH_CASES))
def test_month_sentence_for_each_known_base(combinations: list[str], code: str) -> None:
    """Without a total, the month's sentence keeps the clauses it can, and stays whole."""
    _, end = MONTH_CASES[code]
    assert f"Chỉ tiêu {code} tháng 5/2024 ước đạt 110 tấn{end}" in combinations


@pytest.mark.parametrize("code", list(TOTAL_CASES))
def test_total_sentence_for_each_known_base(combinations: list[str], code: str) -> None:
    """A total without the month's figure is its own sentence with the clauses it can have."""
    _, end = TOTAL_CASES[code]
    assert f"Chỉ tiêu {code} cộng dồn 05 tháng đầu năm ước đạt 300 tấn{end}" in combinations
    assert not any(t.startswith("Trong đó") and code in t for t in combinations)


def test_total_then_month(combinations: list[str]) -> None:
    """With both, the total leads and the month follows with its own subject, "Trong đó"."""
    at = combinations.index(
        "Chỉ tiêu both cộng dồn 05 tháng đầu năm ước đạt 300 tấn; tăng 50,0% so với cùng kỳ."
    )
    assert combinations[at + 1] == (
        "Trong đó, tháng 5/2024 ước đạt 110 tấn, tăng 10,0% so với tháng trước."
    )


def test_no_broken_punctuation(combinations: list[str]) -> None:
    """No clause left empty shows as ", ;", "; .", ", ." or a doubled space."""
    for text in combinations:
        for bad in (", ;", "; .", ", .", "  ", " ,", "ước đạt  "):
            assert bad not in text, text


def test_new_columns_and_keys(tmp_path: Path) -> None:
    """Số lẻ %, Mục (continued), the index against the month before, the bases of ThongTin."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2024, 4),
        {"so_sanh_cung_ky": "cùng kỳ năm 2023", "so_sanh_ke_hoach": "KH năm"},
        [
            row("a", 1050, 1000, 900, 4000, 3600, 10000, pct=2, section="Về công nghiệp"),
            row("b", 20, 19, 25, section=None),
            row("c", 7, 7, 7, section="Về dịch vụ"),
        ],
        [("iip", "Toàn ngành", 105.126, None, None, 101.2, 3, "Về công nghiệp")],
    )
    texts = build_texts(tmp_path, Period(2024, 4))
    start = texts.index("1. Về công nghiệp")
    assert texts[start : start + 6] == [
        "1. Về công nghiệp",
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang tăng nhẹ, ước tăng 5,126% so "
        "với cùng kỳ năm 2023; tăng 1,200% so với tháng trước.",
        "Chỉ tiêu a cộng dồn 04 tháng đầu năm ước đạt 4.000 tấn; tăng 11,11% so với cùng kỳ "
        "năm 2023 và đạt 40,00% KH năm.",
        "Trong đó, tháng 4/2024 ước đạt 1.050 tấn, tăng 5,00% so với tháng trước; tăng 16,67% "
        "so với cùng kỳ năm 2023.",
        "Chỉ tiêu b tháng 4/2024 ước đạt 20 tấn, tăng 5,3% so với tháng trước; giảm 20,0% so "
        "với cùng kỳ năm 2023.",
        "2. Về dịch vụ",
    ]
    assert texts[start + 6] == (
        "Chỉ tiêu c tháng 4/2024 ước đạt 7 tấn, bằng tháng trước; bằng cùng kỳ năm 2023."
    )
    assert "3. Công tác khác" in texts


def test_rows_before_any_section_go_to_the_first(tmp_path: Path) -> None:
    """Rows above the first Mục join the first subsection; no Mục at all uses the config's."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 4), {}, [row("a"), row("b", section="Mục B")])
    texts = build_texts(tmp_path, Period(2024, 4))
    assert texts[texts.index("1. Mục B") + 1].startswith("Chỉ tiêu a tháng 4/2024")
    month_book(tmp_path / "data", Period(2024, 4), {}, [row("a")])
    (tmp_path / "r.docx").unlink()
    assert "1. Các chỉ tiêu kinh tế chủ yếu" in build_texts(tmp_path, Period(2024, 4))


def test_a_figure_heading_in_another_case_is_the_same_subsection(tmp_path: Path) -> None:
    """ "Về năng lượng" and "về  Năng lượng" are one subsection, titled as first typed."""
    (tmp_path / "data").mkdir()
    rows = [
        row("a", section="Về năng lượng"),
        row("b", section="Về thương mại"),
        row("c", section="về  Năng lượng"),
    ]
    month_book(tmp_path / "data", Period(2024, 4), {}, rows)
    texts = build_texts(tmp_path, Period(2024, 4))
    headings = [t for t in texts if t[:2] in ("1.", "2.", "3.")]
    assert headings[:3] == ["1. Về năng lượng", "2. Về thương mại", "3. Công tác khác"]
    start = texts.index("1. Về năng lượng")
    assert [t[:12] for t in texts[start + 1 : start + 3]] == ["Chỉ tiêu a t", "Chỉ tiêu c t"]


TITLES = {
    "quý": "Báo cáo quý II năm 2024",
    "6 tháng": "Báo cáo 6 tháng đầu năm 2024",
    "9 tháng": "Báo cáo 9 tháng đầu năm 2024",
    "năm": "Báo cáo năm 2024",
    "tháng": "Báo cáo tháng 12 năm 2024",
}
KIND_CASES = {
    "quý": (
        Period(2024, 6),
        "Kết quả thực hiện nhiệm vụ quý II năm 2024 và nhiệm vụ trọng tâm quý III năm 2024",
        "Chỉ tiêu x quý II/2024 ước đạt 330 tấn; tăng 10,0% so với cùng kỳ.",
        "II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2024",
    ),
    "6 tháng": (
        Period(2024, 6),
        "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối "
        "năm 2024",
        "Chỉ tiêu x 6 tháng đầu năm 2024 ước đạt 630 tấn; tăng 5,0% so với cùng kỳ.",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024",
    ),
    "9 tháng": (
        Period(2024, 9),
        "Kết quả thực hiện nhiệm vụ 9 tháng đầu năm và phương hướng, nhiệm vụ 3 tháng cuối "
        "năm 2024",
        "Chỉ tiêu x 9 tháng đầu năm 2024 ước đạt 630 tấn; tăng 5,0% so với cùng kỳ.",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2024",
    ),
    "năm": (
        Period(2024, 12),
        "Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025",
        "Chỉ tiêu x cả năm 2024 ước đạt 630 tấn; tăng 5,0% so với cùng kỳ.",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025",
    ),
    "tháng": (
        Period(2024, 12),
        "Kết quả thực hiện nhiệm vụ tháng 12 năm 2024 và nhiệm vụ trọng tâm tháng 1 năm 2025",
        # December's year-to-date is the whole year, not "cộng dồn 12 tháng đầu năm".
        "Chỉ tiêu x cả năm 2024 ước đạt 630 tấn; tăng 5,0% so với cùng kỳ.",
        "II. NHIỆM VỤ TRỌNG TÂM THÁNG 1 NĂM 2025",
    ),
}


@pytest.mark.parametrize("kind", list(KIND_CASES))
def test_report_kinds(tmp_path: Path, kind: str) -> None:
    """Each kind has its summary, its lead total and its Section II heading."""
    period, summary, lead, section_two = KIND_CASES[kind]
    data = tmp_path / "data"
    data.mkdir()
    if kind == "quý":  # April and May (and last year's quarter) from their workbooks
        for month, value in ((4, 100), (5, 120)):
            month_book(data, Period(2024, month), {}, [row("x", value)])
        for month in (4, 5, 6):
            month_book(data, Period(2023, month), {}, [row("x", 100)])
    month_book(data, period, {"ky_bao_cao": kind}, [row("x", 110, None, None, 630, 600)])
    texts = build_texts(tmp_path, period)
    assert texts[7] == summary
    # The centred summary never breaks between a number and its period word ("nhiệm vụ 6"
    # over "tháng cuối năm 2024"): they are held by a no-break space.
    raw = next(p.text for p in Document(str(tmp_path / "r.docx")).paragraphs if "Kết quả" in p.text)
    assert (" ".join(raw.split()), re.findall(r"\d tháng|(?:tháng|quý|năm) [\dIVX]", raw)) == (
        summary,
        [],
    )
    assert lead in texts
    assert texts[texts.index(lead) + 1].startswith(f"Trong đó, tháng {period.month}/2024 ước")
    assert section_two in texts
    assert Document(str(tmp_path / "r.docx")).core_properties.title == TITLES[kind]


def test_december_year_to_date_is_the_whole_year(tmp_path: Path) -> None:
    """In December the year-to-date is "cả năm 2024": the fourth quarter's report and its
    index sentence said "cộng dồn 12 tháng đầu năm", as if months were still to come. An
    office's own [wording.month] total still stands."""
    data = tmp_path / "data"
    data.mkdir()
    for month, value in ((10, 100), (11, 120)):
        month_book(data, Period(2024, month), {}, [row("x", value)])
    iip = [("iip", "Toàn ngành", 110.0, 108.0, None, None, None, None)]
    indicator = [row("x", 110, None, None, 630, 600, 1000)]
    month_book(data, Period(2024, 12), {"ky_bao_cao": "quý"}, indicator, iip)
    texts = build_texts(tmp_path, Period(2024, 12))
    assert [t for t in texts if t.startswith(("Chỉ số sản xuất", "Chỉ tiêu x "))] == [
        "Chỉ số sản xuất công nghiệp tháng 12/2024 tỉnh Bắc Giang tăng khá, ước tăng 10,00% so "
        "với cùng kỳ. Cả năm 2024, chỉ số ước tăng 8,00% so với cùng kỳ.",
        "Chỉ tiêu x quý IV/2024 ước đạt 330 tấn; cả năm 2024 đạt 63,0% so với Kế hoạch năm.",
    ]
    config = write_config(tmp_path, template=None)
    with config.open("a", encoding="utf-8") as handle:
        handle.write('\n[wording.month]\ntotal = "lũy kế {months} tháng năm {year}"\n')
    month_book(data, Period(2024, 12), {}, indicator, iip)
    report = build_report(load_config(config), Period(2024, 12), tmp_path / "own.docx").output
    assert (
        "Chỉ tiêu x lũy kế 12 tháng năm 2024 ước đạt 630 tấn; tăng 5,0% so với cùng kỳ và đạt "
        "63,0% so với Kế hoạch năm."
    ) in document_texts(report)


def test_report_kind_must_fit_the_month(tmp_path: Path) -> None:
    """ky_bao_cao "6 tháng" in a March workbook, or an unknown kind, is an error at its cell."""
    (tmp_path / "data").mkdir()
    book = month_book(tmp_path / "data", Period(2024, 3), {"ky_bao_cao": "6 tháng"}, [row("x")])
    config = load_config(write_config(tmp_path, template=None))
    problems = check_inputs(config, Period(2024, 3)).problems
    assert [(p.cell, p.message) for p in problems if p.severity.name == "ERROR"] == [
        ("B4", "Báo cáo «6 tháng» chỉ lập cho tháng 6, nhưng sổ ghi tháng 3.")
    ]
    month_book(tmp_path / "data", Period(2024, 3), {"ky_bao_cao": "nửa năm"}, [row("x")])
    problems = check_inputs(config, Period(2024, 3)).problems
    assert [p.message for p in problems if p.severity.name == "ERROR"] == [
        "«ky_bao_cao» phải là một trong «tháng», «quý», «6 tháng», «9 tháng», «năm», nhưng là "
        "«nửa năm»."
    ]
    assert book.exists()


@pytest.mark.parametrize(
    ("thang", "kind", "errors"),
    [
        (7, "quý", [("B2", "Sổ ghi tháng 7, nhưng lệnh yêu cầu tháng 9.")]),
        (
            7,
            "6 tháng",
            [
                ("B2", "Sổ ghi tháng 7, nhưng lệnh yêu cầu tháng 9."),
                ("B4", "Báo cáo «6 tháng» chỉ lập cho tháng 6, nhưng sổ ghi tháng 7."),
            ],
        ),
        # attack13: beside a kind naming the month asked for, the kind's error said "Hãy
        # ghi «tháng 7»", sending the clerk to change the kind typed for the month asked.
        (7, "tháng 9", [("B2", "Sổ ghi tháng 7, nhưng lệnh yêu cầu tháng 9.")]),
        (8, "tháng 9 và 9 tháng", [("B2", "Sổ ghi tháng 8, nhưng lệnh yêu cầu tháng 9.")]),
        (6, "Quý III", [("B2", "Sổ ghi tháng 6, nhưng lệnh yêu cầu tháng 9.")]),
        (8, "tháng 8", [("B2", "Sổ ghi tháng 8, nhưng lệnh yêu cầu tháng 9.")]),
    ],
)
def test_a_month_typed_wrong_is_said_beside_a_kind_it_does_not_fit(
    tmp_path: Path, thang: int, kind: str, errors: list[tuple[str, str]]
) -> None:
    """«thang» typed 7 in September's quarter workbook was said only as "Báo cáo «quý» chỉ
    lập cho tháng 3, 6, 9, 12, nhưng sổ ghi tháng 7." at ky_bao_cao (office23): the clerk
    was sent to change the right kind. The month is said wrong at its cell; the kind too
    when it does not fit the month asked for either."""
    (tmp_path / "data").mkdir()
    september = Period(2024, 9)
    month_book(tmp_path / "data", september, {"thang": thang, "ky_bao_cao": kind}, [row("x")])
    config = load_config(write_config(tmp_path, template=None))
    problems = check_inputs(config, september).problems
    assert [(p.cell, p.message) for p in problems if p.severity.name == "ERROR"] == errors


@pytest.mark.parametrize(
    ("typed", "month", "error"),
    [
        ("Quý I", 3, None),
        ("quý 4", 12, None),
        ("QUÍ  iii", 9, None),
        ("Quý III/2024", 9, None),
        ("năm 2024", 12, None),
        ("Cả năm 2024", 12, None),
        ("cả năm", 6, "Báo cáo «năm» chỉ lập cho tháng 12, nhưng sổ ghi tháng 6."),
        ("quý III năm 2023", 9, "«ky_bao_cao» ghi năm 2023, nhưng sổ ghi năm 2024."),
        ("9 tháng đầu năm", 9, None),
        ("6 Tháng Đầu Năm", 6, None),
        ("Tháng 9/2024", 9, None),  # as the monthly report's title names it
        ("tháng 03 năm 2024", 3, None),
        ("tháng 9-2024", 9, None),  # as the press writes it (Ninh Thuận, "tháng 8-2023")
        ("Quý III - 2024", 9, None),
        ("quý III-2023", 9, "«ky_bao_cao» ghi năm 2023, nhưng sổ ghi năm 2024."),
        (
            "Tháng 8",
            9,
            "«ky_bao_cao» ghi «Tháng 8», nhưng sổ ghi tháng 9. Hãy ghi «tháng 9» (hoặc "
            "«tháng»), hoặc sửa «thang» nếu tháng ghi nhầm.",
        ),
        (
            "Quý II",
            3,
            "«ky_bao_cao» ghi «Quý II», mà quý II kết thúc ở tháng 6, nhưng sổ ghi tháng 3. "
            "Hãy ghi «Quý I» (hoặc «quý»), hoặc sửa «thang» nếu tháng ghi nhầm.",
        ),
        (
            "Quý I",
            6,
            "«ky_bao_cao» ghi «Quý I», mà quý I kết thúc ở tháng 3, nhưng sổ ghi tháng 6. "
            "Hãy ghi «Quý II» (hoặc «quý»), hoặc sửa «thang» nếu tháng ghi nhầm.",
        ),
        ("quý 1", 5, "Báo cáo «quý» chỉ lập cho tháng 3, 6, 9, 12, nhưng sổ ghi tháng 5."),
        (
            "quý V",
            3,
            "«ky_bao_cao» phải là một trong «tháng», «quý», «6 tháng», «9 tháng», «năm», "
            "nhưng là «quý V».",
        ),
    ],
)
def test_report_kind_typed_as_a_title_writes_it(
    tmp_path: Path, typed: str, month: int, error: str | None
) -> None:
    """ "Quý I", "quý 1", "9 tháng đầu năm" (as a report's title names its period) were
    refused as unknown kinds; they are the kind, and a quarter's number must be the
    month's quarter."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, month), {"ky_bao_cao": typed}, [row("x")])
    config = load_config(write_config(tmp_path, template=None))
    problems = check_inputs(config, Period(2024, month)).problems
    errors = [(p.cell, p.message) for p in problems if p.severity.name == "ERROR"]
    assert errors == ([("B4", error)] if error else [])
    if error is None and month == 9:
        monthly = typed.casefold().startswith("tháng")
        heading = "nhiệm vụ tháng 9" if monthly else "9 tháng" if "9" in typed else "quý III"
        assert any(heading in t for t in build_texts(tmp_path, Period(2024, month)))


def _kind_typed(tmp_path: Path, typed: str, month: int, error: str | None, title: str) -> None:
    """«ky_bao_cao» ``typed`` in ``month`` of 2024: the error at its cell (B4) when
    ``error``, else no error and the report titled ``title``."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, month), {"ky_bao_cao": typed}, [row("x")])
    config = load_config(write_config(tmp_path, template=None))
    problems = check_inputs(config, Period(2024, month)).problems
    errors = [(p.cell, p.message) for p in problems if p.severity.name == "ERROR"]
    assert errors == ([("B4", error)] if error else [])
    if error is None:
        texts = build_texts(tmp_path, Period(2024, month))
        assert title in texts


@pytest.mark.parametrize(
    ("typed", "month", "error"),
    [
        ("12 tháng", 12, None),
        ("12 Tháng năm 2024", 12, None),
        ("12 tháng đầu năm", 12, None),
        ("12 tháng", 11, "Báo cáo «năm» chỉ lập cho tháng 12, nhưng sổ ghi tháng 11."),
    ],
)
def test_twelve_months_is_the_years_report(
    tmp_path: Path, typed: str, month: int, error: str | None
) -> None:
    """Tây Ninh's December 2021 report names the year's index "chỉ số IIP 12 tháng năm
    2021" (province35). «ky_bao_cao» "12 tháng" in December, by the side of "6 tháng" and "9
    tháng", was refused: "«ky_bao_cao» phải là một trong «tháng», «quý», «6 tháng», «9
    tháng», «năm», nhưng là «12 tháng»." The twelve months are the year's report."""
    _kind_typed(
        tmp_path,
        typed,
        month,
        error,
        "Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025",
    )


@pytest.mark.parametrize(
    ("typed", "month", "error"),
    [
        ("3 tháng", 3, None),
        ("03 Tháng đầu năm 2024", 3, None),
        (
            "3 tháng",
            6,
            "«ky_bao_cao» ghi «3 tháng», mà quý I kết thúc ở tháng 3, nhưng sổ ghi tháng 6. "
            "Hãy ghi «Quý II» (hoặc «quý»), hoặc sửa «thang» nếu tháng ghi nhầm.",
        ),
    ],
)
def test_three_months_is_the_first_quarters_report(
    tmp_path: Path, typed: str, month: int, error: str | None
) -> None:
    """An office titling its March report "3 tháng đầu năm" (as "6 tháng" and "9 tháng" are
    typed; province37) was refused: "«ky_bao_cao» phải là một trong «tháng», «quý», «6
    tháng», «9 tháng», «năm», nhưng là «3 tháng».", and no report. The three months are the
    first quarter's report; in another month they are said to be quý I's."""
    _kind_typed(
        tmp_path,
        typed,
        month,
        error,
        "Kết quả thực hiện nhiệm vụ quý I năm 2024 và nhiệm vụ trọng tâm quý II năm 2024",
    )


@pytest.mark.parametrize(
    ("typed", "month", "read", "heading"),
    [
        ("Quý III.", 9, "Quý III", "quý III"),
        ("(9 tháng đầu năm)", 9, "9 tháng đầu năm", "9 tháng"),
        ("tháng 9/2024;", 9, "tháng 9/2024", "nhiệm vụ tháng 9"),
        ("6 tháng.", 6, "6 tháng", "6 tháng"),
    ],
)
def test_report_kind_typed_with_a_mark_after_it_is_read_with_a_note(
    tmp_path: Path, typed: str, month: int, read: str, heading: str
) -> None:
    """ky_bao_cao «Quý III.» (a full stop, as other ThongTin words may end) stopped the
    build: "«ky_bao_cao» phải là một trong …, nhưng là «Quý III.»." while «cùng kỳ.» is
    read as «cùng kỳ» and «Có.» as «có»; the marks around it are dropped, with a note."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, month), {"ky_bao_cao": typed}, [row("x")])
    config = load_config(write_config(tmp_path, template=None))
    problems = check_inputs(config, Period(2024, month)).problems
    assert [(p.severity.value, p.cell, p.message) for p in problems if p.sheet == "ThongTin"] == [
        ("GHI CHÚ", "B4", f"«ky_bao_cao» «{typed}» được đọc là «{read}».")
    ]
    assert any(heading in t for t in build_texts(tmp_path, Period(2024, month)))


@pytest.mark.parametrize(
    ("word", "change", "decimals", "expected"),
    [
        ("tăng khá", D("23.89"), 2, True),
        ("tăng khá", D("-5"), 2, False),
        ("tăng nhẹ", D("0.004"), 2, False),  # printed "bằng": no rise to speak of
        ("giảm", D("-3.5"), 1, True),
        ("giảm nhẹ", D("2"), 1, False),
        ("ổn định", D("0"), 1, True),
        ("ổn định", D("-20"), 2, False),  # steady: within 2%
        ("tương đương", D("1.5"), 1, True),
        ("không tăng", D("12"), 2, False),
        ("không tăng", D("-1"), 2, True),
        ("không giảm", D("-3"), 2, False),
        ("không đổi", D("9"), 2, False),
        ("Tăng mạnh", D("31"), 1, True),
        ("giảm 5%", D("-5"), 2, False),  # a figure of its own: the sentence prints the change
        ("tăng 2,1 lần", D("110"), 1, False),
        ("tăng khá (top 10 cả nước)", D("12"), 2, True),  # a number, no change's figure
    ],
)
def test_assessment_agrees_with_the_sign(
    word: str, change: D, decimals: int, expected: bool
) -> None:
    """An assessment word that says rise or fall must match the change as printed."""
    assert agrees(word, change, decimals) is expected


def test_an_assessment_of_thousands_of_digits_is_read_at_once() -> None:
    """«nhan_dinh_sxcn» "tăng 1,1,1,…" (a cell of 32 767 characters) took 82 s a check: the
    change's figure in the word was looked for from each digit to the run's end. A run of
    6 000 took a second; the figure after a comma ("x,5%") is still "5%"."""
    import time

    from baocao.iip import figure_in

    started = time.perf_counter()
    found = (figure_in("tăng " + "1," * 3000), figure_in("tăng " + "1" * 5000 + " lầ"))
    assert time.perf_counter() - started < 0.1
    assert found == (None, None)
    assert figure_in("giảm x,5%") == "5%"
    assert figure_in("giảm nhẹ 1.234,5 %") == "1.234,5 %"


def test_contradicting_assessment_is_dropped(tmp_path: Path) -> None:
    """A typed "tăng khá" for an index of 95 is left out; the sentence stays whole."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2024, 4),
        {"nhan_dinh_sxcn": "tăng khá"},
        [row("x", section="CN")],
        [("iip", "Toàn ngành", 95, None, None, None, None, "CN")],
    )
    texts = build_texts(tmp_path, Period(2024, 4))
    assert texts[texts.index("1. CN") + 1] == (
        "Chỉ số sản xuất công nghiệp tháng 4/2024 tỉnh Bắc Giang ước giảm 5,00% so với cùng kỳ."
    )


def test_unusual_index_needs_confirmation(tmp_path: Path) -> None:
    """An index of 18.42 is an error unless ThongTin confirms it with chi_so_bat_thuong = có."""
    (tmp_path / "data").mkdir()
    iip = [("iip", "Toàn ngành", 18.42, None, None, None, None, None)]
    month_book(tmp_path / "data", Period(2024, 4), {}, [row("x")], iip)
    config = load_config(write_config(tmp_path, template=None))
    errors = [p for p in check_inputs(config, Period(2024, 4)).problems if p.cell == "C2"]
    assert [e.message[:45] for e in errors] == ["Chỉ số 18,42 nằm ngoài khoảng 30–500: chỉ số "]
    month_book(tmp_path / "data", Period(2024, 4), {"chi_so_bat_thuong": "có"}, [row("x")], iip)
    assert check_inputs(config, Period(2024, 4)).ok
    # Typed with a full stop or in brackets, as other keys' answers are read: a note; any
    # other word is still an error.
    for typed, said in (("Có.", "có"), ("(x)", "x"), ("Không.", "không"), (".", None)):
        month_book(
            tmp_path / "data", Period(2024, 4), {"chi_so_bat_thuong": typed}, [row("x")], iip
        )
        found = check_inputs(config, Period(2024, 4)).problems
        index_refused = [q for q in found if q.cell == "C2" and q.severity is Severity.ERROR]
        said_of_key = [(q.severity.value, q.message) for q in found if q.sheet == "ThongTin"]
        if said is None:
            assert said_of_key == [
                ("LỖI", "«chi_so_bat_thuong» chỉ nhận «có» (hoặc để trống), nhưng là «.».")
            ]
            continue
        assert said_of_key == [("GHI CHÚ", f"«chi_so_bat_thuong» «{typed}» được đọc là «{said}».")]
        assert len(index_refused) == (said == "không")  # not confirmed: 18,42 is an error


def test_wording_of_a_kind_from_the_config(tmp_path: Path) -> None:
    """[wording.half_year] rewords the summary; keys not given keep their defaults."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 6), {"ky_bao_cao": "6 tháng"}, [row("x")])
    config = write_config(tmp_path, template=None)
    config.write_text(
        config.read_text(encoding="utf-8")
        + '\n[wording.half_year]\nsummary = "Báo cáo 6 tháng đầu năm {year} của Sở"\n',
        encoding="utf-8",
    )
    texts = document_texts(build_report(load_config(config), Period(2024, 6)).output)
    assert texts[7] == "Báo cáo 6 tháng đầu năm 2024 của Sở"
    assert "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024" in texts


def test_a_section_heading_keeps_a_number_with_its_period_word(tmp_path: Path) -> None:
    """A heading an office words longer ("… NHIỆM VỤ CÔNG TÁC NGÀNH 6 THÁNG ĐẦU NĂM 2024")
    broke between the number and its period word, "… CÔNG TÁC NGÀNH 6" over "THÁNG ĐẦU NĂM
    2024", as the summary did (3b6eba8): they are held by a no-break space too."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 6), {"ky_bao_cao": "6 tháng"}, [row("x")])
    config = write_config(tmp_path, template=None)
    config.write_text(
        config.read_text(encoding="utf-8")
        + '\n[wording.half_year]\nsection_one = "KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC NGÀNH '
        '6 THÁNG ĐẦU NĂM {year}"\n',
        encoding="utf-8",
    )
    output = build_report(load_config(config), Period(2024, 6)).output
    headings = [p.text for p in Document(str(output)).paragraphs if p.text.startswith("I")]
    assert headings[:2] == [
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ CÔNG TÁC NGÀNH 6\u00a0THÁNG ĐẦU NĂM\u00a02024",
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6\u00a0THÁNG CUỐI NĂM\u00a02024",
    ]


def test_setup_writes_what_a_new_office_fills(tmp_path: Path) -> None:
    """baocao setup writes a config to fill and a first workbook; check lists what is left."""
    from typer.testing import CliRunner

    from baocao.cli import app

    runner = CliRunner()
    folder = tmp_path / "so"
    result = runner.invoke(app, ["setup", str(folder), "--month", "1", "--year", "2025"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in folder.rglob("*") if p.is_file()) == [
        "2025-01.xlsx",
        "baocao.toml",
    ]
    config = folder / "baocao.toml"
    check = runner.invoke(app, ["check", "-c", str(config), "-m", "1", "-y", "2025"])
    assert check.exit_code == 1
    unfilled = [line for line in check.stdout.splitlines() if str(config) in line]
    assert unfilled == [
        f"LỖI: {config}, {key}: Chưa điền giá trị này trong tệp cấu hình (đang là «(chưa điền)»)."
        for key in (
            "organization.parent_body",
            "organization.province",
            "organization.place",
            "signer.name",
            # "UBND tỉnh (B/c)" was written for every office: a city's report said "tỉnh".
            # Counted from 0, as the config's other errors count ("recipients.lines[2]" was
            # this line counted from 1).
            "recipients.lines.1",
        )
    ]
    cells = [line.split(", ")[1].split(":")[0] for line in check.stdout.splitlines()[1:-1]]
    assert [c for c in cells if c.startswith("ChiTieu")] == [f"ChiTieu!D{r}" for r in range(2, 8)]
    again = runner.invoke(app, ["setup", str(folder), "--month", "1", "--year", "2025"])
    assert again.exit_code == 3
    # The starter's words grade the change: never "tăng, ước tăng".
    words = [(r.min, r.text) for r in load_config(config).iip_assessment]
    assert words == [
        (5, "tăng khá"),  # office28, office30: a rise of 9,84% was "tăng nhẹ"
        (D("0.01"), "tăng nhẹ"),
        (0, "ổn định"),  # an index unchanged as printed: "ổn định, ước bằng cùng kỳ"
        (-5, "giảm nhẹ"),
        (-1000, "giảm mạnh"),
    ]


def test_workbook_without_figures(tmp_path: Path) -> None:
    """No indicator and no index: Section I is the narrative alone, numbered from 1."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 4), {}, [])
    texts = build_texts(tmp_path, Period(2024, 4))
    start = texts.index("I. KẾT QUẢ CHỦ YẾU THÁNG 4 NĂM 2024")
    assert texts[start + 1 : start + 3] == ["1. Công tác khác", "- Một việc."]


def test_quarter_after_the_first_leads_with_the_month(tmp_path: Path) -> None:
    """In a June report of the quarter the year-to-date index covers six months, not the
    quarter: the paragraph leads with the month and the assessment grades the month."""
    (tmp_path / "data").mkdir()
    for month in (4, 5):
        month_book(tmp_path / "data", Period(2024, month), {}, [row("x")])
    month_book(
        tmp_path / "data",
        Period(2024, 6),
        {"ky_bao_cao": "quý"},
        [row("x", section="CN")],
        [("iip", "Toàn ngành", 97, 112, None, None, None, "CN")],
    )
    texts = build_texts(tmp_path, Period(2024, 6))
    paragraph = texts[texts.index("1. CN") + 1]
    assert paragraph == (
        "Chỉ số sản xuất công nghiệp tháng 6/2024 tỉnh Bắc Giang giảm, ước giảm 3,00% so "
        "với cùng kỳ. Cộng dồn 06 tháng đầu năm, chỉ số ước tăng 12,00% so với cùng kỳ."
    )


def test_quarter_plan_share_is_said_as_the_year_to_date(tmp_path: Path) -> None:
    """A second quarter's sentence gives the quarter's total, and the share of the annual
    plan as what it is: the year-to-date's, not the quarter's."""
    data = tmp_path / "data"
    data.mkdir()
    for month, value in ((4, 100), (5, 120)):
        month_book(data, Period(2024, month), {}, [row("x", value)])
    month_book(
        data, Period(2024, 6), {"ky_bao_cao": "quý"}, [row("x", 110, None, None, 630, None, 1200)]
    )
    texts = build_texts(tmp_path, Period(2024, 6))
    assert (
        "Chỉ tiêu x quý II/2024 ước đạt 330 tấn; cộng dồn 06 tháng đầu năm đạt 52,5% so với "
        "Kế hoạch năm." in texts
    )


@pytest.mark.parametrize(
    ("ytd", "said", "sentences"),
    [
        (
            630,
            "Câu văn viết số cộng dồn từ đầu năm («Lũy kế») thay cho tổng quý, rồi số của tháng 6.",
            [
                "Chỉ tiêu x cộng dồn 06 tháng đầu năm ước đạt 630 tấn; đạt 50,0% so với Kế "
                "hoạch năm.",
                "Trong đó, tháng 6/2024 ước đạt 110 tấn.",
            ],
        ),
        (
            None,
            "Câu văn chỉ viết số của tháng 6.",
            ["Chỉ tiêu x tháng 6/2024 ước đạt 110 tấn."],
        ),
    ],
)
def test_quarter_without_its_earlier_months_is_a_warning(
    tmp_path: Path, ytd: int | None, said: str, sentences: list[str]
) -> None:
    """Without May's workbook the quarter's total is unknown: said at the month's value; the
    sentence gives the year-to-date instead when it is known, then the month."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, Period(2024, 4), {}, [row("x", 100)])
    month_book(
        data, Period(2024, 6), {"ky_bao_cao": "quý"}, [row("x", 110, None, None, ytd, plan=1260)]
    )
    config = load_config(write_config(tmp_path, template=None))
    warnings = [
        (p.cell, p.message)
        for p in check_inputs(config, Period(2024, 6)).problems
        if p.severity.name == "WARNING" and p.message.startswith("Báo cáo quý")
    ]
    assert warnings == [
        (
            "D2",
            "Báo cáo quý: chưa tính được tổng quý của «x» vì thiếu số của tháng 5/2024 (không "
            f"có sổ của tháng đó trong thư mục dữ liệu, hoặc sổ đó không có chỉ tiêu này). {said}",
        )
    ]
    texts = build_texts(tmp_path, Period(2024, 6))
    start = texts.index("1. Các chỉ tiêu kinh tế chủ yếu")
    assert texts[start + 1 : start + 1 + len(sentences)] == sentences


def test_quarter_of_a_code_typed_with_a_capital_names_last_months_code(tmp_path: Path) -> None:
    """mends41: "Xuat_khau" for July's and August's "xuat_khau" is an error, and the quarter's
    warning said July's workbook may lack the indicator; it names July's code instead."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, Period(2026, 7), {}, [row("xuat_khau", 100)])
    month_book(data, Period(2026, 8), {}, [row("xuat_khau", 105, 100)])
    month_book(data, Period(2026, 9), {"ky_bao_cao": "quý"}, [row("Xuat_khau", 110, 105)])
    config = load_config(write_config(tmp_path, template=None))
    said = [
        (p.severity.name, p.cell, p.message)
        for p in check_inputs(config, Period(2026, 9)).problems
        if p.cell in ("A2", "D2")
    ]
    assert said == [
        (
            "ERROR",
            "A2",
            "Mã «Xuat_khau» chỉ được gồm chữ thường không dấu, chữ số, dấu «_» và dấu «.».",
        ),
        (
            "WARNING",
            "D2",
            "Báo cáo quý: chưa tính được tổng quý của «Xuat_khau» vì sổ tháng 7/2026 "
            "(2026-07.xlsx) ghi mã «xuat_khau», chỉ khác «Xuat_khau» ở chữ hoa, chữ thường, "
            "nên không lấy được số của tháng đó (mã phải giống nhau ở mọi sổ). Câu văn chỉ "
            "viết số của tháng 9.",
        ),
    ]


def test_markets_stay_with_the_trade_subsection(tmp_path: Path) -> None:
    """A subsection added after exports and imports does not take their markets lines."""
    import shutil

    shutil.copytree(EXAMPLE.parent, tmp_path / "hp")
    book = tmp_path / "hp" / "data" / "2024-06.xlsx"
    wb = load_workbook(book)
    ws = wb["ChiTieu"]
    headers = [c.value for c in ws[1]]
    new = dict.fromkeys(headers)
    new.update({"Mã": "gia", "Chỉ tiêu": "Chỉ số giá tiêu dùng", "Đơn vị": "%"})
    new.update({"Tháng báo cáo": 103.2, "Lũy kế": 103.0, "Mục": "Giá cả thị trường"})
    ws.append([new[h] for h in headers])
    wb.save(book)
    texts = document_texts(
        build_report(load_config(tmp_path / "hp" / "baocao.toml"), Period(2024, 6)).output
    )
    markets = next(i for i, t in enumerate(texts) if t.startswith("Thị trường xuất khẩu"))
    assert texts.index("3. Xuất, nhập khẩu") < markets < texts.index("4. Giá cả thị trường")


def test_january_says_the_month_once(tmp_path: Path) -> None:
    """In January the year-to-date is the month: one sentence, with the share of the plan."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 1), {}, [row("x", 110, 100, 100, 110, 100, 1000)])
    texts = build_texts(tmp_path, Period(2024, 1))
    sentences = [t for t in texts if "ước đạt" in t]
    assert sentences == [
        "Chỉ tiêu x tháng 1/2024 ước đạt 110 tấn, tăng 10,0% so với tháng trước; tăng 10,0% so "
        "với cùng kỳ; đạt 11,0% so với Kế hoạch năm."
    ]


def test_branches_follow_the_sentence_of_their_period(tmp_path: Path) -> None:
    """A monthly report whose index has the year-to-date too: the branches (the month's
    figures) come right after the month's sentence, the year-to-date's sentence last. (A
    branch's lone index against the same month, beside the whole industry's two, says its
    base: this test expected the bare "ngành A ước tăng 5,00%" after "… tăng 1,00% so với
    tháng trước", against neither.)"""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2024, 5),
        {},
        [row("x", section="CN")],
        [
            ("iip", "Toàn ngành", 110, 108, None, 101, None, "CN"),
            ("iip.a", "ngành A", 105, 104, None, None, None, None),
        ],
    )
    texts = build_texts(tmp_path, Period(2024, 5))
    assert texts[texts.index("1. CN") + 1] == (
        "Chỉ số sản xuất công nghiệp tháng 5/2024 tỉnh Bắc Giang tăng khá, ước tăng 10,00% so "
        "với cùng kỳ; tăng 1,00% so với tháng trước. Trong đó, ngành A ước tăng 5,00% so với "
        "cùng kỳ. Cộng dồn 05 tháng đầu năm, chỉ số ước tăng 8,00% so với cùng kỳ; trong đó, "
        "ngành A ước tăng 4,00%."
    )


def test_january_index_is_said_once(tmp_path: Path) -> None:
    """In January the year-to-date index is the month's: no "Cộng dồn 01 tháng" sentence,
    and one typed otherwise is a warning at its cell."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2024, 1),
        {},
        [row("x", section="CN")],
        [("iip", "Toàn ngành", 112.46, 110.85, None, None, None, "CN")],
    )
    texts = build_texts(tmp_path, Period(2024, 1))
    assert texts[texts.index("1. CN") + 1] == (
        "Chỉ số sản xuất công nghiệp tháng 1/2024 tỉnh Bắc Giang tăng khá, ước tăng 12,46% so "
        "với cùng kỳ."
    )
    found = check_inputs(load_config(tmp_path / "baocao.toml"), Period(2024, 1)).problems
    assert [(p.cell, p.message) for p in found if p.sheet == "ChiSoSXCN"] == [
        (
            "D2",
            "Tháng 1 thì «Chỉ số lũy kế so với cùng kỳ (%)» phải bằng «Chỉ số so với cùng kỳ "
            "(%)» (112,46), nhưng là 110,85.",
        )
    ]


@pytest.mark.parametrize(
    ("month", "info", "iip", "paragraph"),
    [
        (  # January with the month's index left blank: the year-to-date's is the month's
            1,
            {},
            [("iip", "Toàn ngành", None, 108, None, 102, None, "CN")],
            "Chỉ số sản xuất công nghiệp tháng 1/2024 tỉnh Bắc Giang tăng nhẹ, ước tăng 8,00% "
            "so với cùng kỳ; tăng 2,00% so với tháng trước.",
        ),
        (  # a branch with the year-to-date only is said with the year-to-date
            5,
            {},
            [
                ("iip", "Toàn ngành", 110, 108, None, None, None, "CN"),
                ("iip.a", "ngành A", None, 104, None, None, None, None),
            ],
            "Chỉ số sản xuất công nghiệp tháng 5/2024 tỉnh Bắc Giang tăng khá, ước tăng 10,00% "
            "so với cùng kỳ. Cộng dồn 05 tháng đầu năm, chỉ số ước tăng 8,00% so với cùng kỳ; "
            "trong đó, ngành A ước tăng 4,00%.",
        ),
        (  # a second quarter's index of six months is named as such, not as the quarter's
            6,
            {"ky_bao_cao": "quý"},
            [("iip", "Toàn ngành", None, 108, None, None, None, "CN")],
            "Chỉ số sản xuất công nghiệp cộng dồn 06 tháng đầu năm tỉnh Bắc Giang tăng nhẹ, ước "
            "tăng 8,00% so với cùng kỳ.",
        ),
        (  # without a second sentence, a branch's other period is named
            5,
            {},
            [
                ("iip", "Toàn ngành", 110, None, None, None, None, "CN"),
                ("iip.a", "ngành A", None, 104, None, None, None, None),
            ],
            "Chỉ số sản xuất công nghiệp tháng 5/2024 tỉnh Bắc Giang tăng khá, ước tăng 10,00% "
            "so với cùng kỳ. Trong đó, ngành A cộng dồn 05 tháng đầu năm ước tăng 4,00% so với "
            "cùng kỳ.",
        ),
        (  # January's word grades the year-to-date index standing for the month's
            1,
            {},
            [("iip", "Toàn ngành", None, 110.22, None, 89.67, None, "CN")],
            "Chỉ số sản xuất công nghiệp tháng 1/2024 tỉnh Bắc Giang tăng khá, ước tăng 10,22% "
            "so với cùng kỳ; giảm 10,33% so với tháng trước.",
        ),
        (  # a branch's year-to-date beside its month, with no year-to-date sentence to go in
            5,
            {},
            [
                ("iip", "Toàn ngành", 110, None, None, None, None, "CN"),
                ("iip.a", "ngành A", 104, 99.5, None, None, None, None),
            ],
            "Chỉ số sản xuất công nghiệp tháng 5/2024 tỉnh Bắc Giang tăng khá, ước tăng 10,00% "
            "so với cùng kỳ. Trong đó, ngành A ước tăng 4,00%, cộng dồn 05 tháng đầu năm ước "
            "giảm 0,50% so với cùng kỳ.",
        ),
        (  # a branch's month beside its half-year, with no month's sentence to go in
            6,
            {"ky_bao_cao": "6 tháng"},
            [
                ("iip", "Toàn ngành", None, 108, None, None, None, "CN"),
                ("iip.a", "ngành A", 103, 99.5, None, 101, None, None),
            ],
            "Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2024 tỉnh Bắc Giang tăng nhẹ, ước tăng "
            "8,00% so với cùng kỳ. Trong đó, ngành A ước giảm 0,50%, tháng 6/2024 ước tăng 3,00% "
            "so với cùng kỳ và tăng 1,00% so với tháng trước.",
        ),
        (  # a branch's lone change beside the whole industry's two says its base
            5,
            {},
            [
                ("iip", "Toàn ngành", 110, None, None, 101, None, "CN"),
                ("iip.a", "ngành A", 105, None, None, None, None, None),
                ("iip.b", "ngành B", None, None, None, 102, None, None),
            ],
            "Chỉ số sản xuất công nghiệp tháng 5/2024 tỉnh Bắc Giang tăng khá, ước tăng 10,00% "
            "so với cùng kỳ; tăng 1,00% so với tháng trước. Trong đó, ngành A ước tăng 5,00% so "
            "với cùng kỳ; ngành B ước tăng 2,00% so với tháng trước.",
        ),
        (  # so in the month's sentence after the half-year's
            6,
            {"ky_bao_cao": "6 tháng"},
            [
                ("iip", "Toàn ngành", 110, 108, None, 101, None, "CN"),
                ("iip.a", "ngành A", 105, 104, None, None, None, None),
            ],
            "Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2024 tỉnh Bắc Giang tăng nhẹ, ước tăng "
            "8,00% so với cùng kỳ. Trong đó, ngành A ước tăng 4,00%. Riêng tháng 6/2024, chỉ số "
            "ước tăng 10,00% so với cùng kỳ; tăng 1,00% so với tháng trước; trong đó, ngành A ước "
            "tăng 5,00% so với cùng kỳ.",
        ),
    ],
    ids=[
        "january-ytd-only",
        "branch-of-the-other-period",
        "quarter-ytd-only",
        "branch-named",
        "january-word",
        "branch-of-both-periods-monthly",
        "branch-of-both-periods-half-year",
        "branch-lone-base-monthly",
        "branch-lone-base-half-year",
    ],
)
def test_index_paragraph_names_the_period_of_each_figure(
    tmp_path: Path,
    month: int,
    info: dict[str, object],
    iip: list[tuple[object, ...]],
    paragraph: str,
) -> None:
    """Every index figure is said under the period it is of; the assessment word is the
    lead's, with no warning."""
    (tmp_path / "data").mkdir()
    ytd = 900 if month > 1 else 100  # January's year-to-date is its month (else an error)
    month_book(tmp_path / "data", Period(2024, month), info, [row("x", ytd=ytd)], iip)
    texts = build_texts(tmp_path, Period(2024, month))
    assert texts[texts.index("1. CN") + 1] == paragraph
    config = load_config(tmp_path / "baocao.toml")
    assert not [
        p for p in check_inputs(config, Period(2024, month)).problems if "Nhận định" in p.message
    ]


def test_quarter_with_the_year_to_date_alone_says_so(tmp_path: Path) -> None:
    """A quarterly report's row with Lũy kế and no Tháng báo cáo: no quarter can be added up;
    the sentence gives the year-to-date, with a warning at the month's value."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, Period(2024, 4), {}, [row("x", 100)])
    month_book(data, Period(2024, 5), {}, [row("x", 100)])
    month_book(data, Period(2024, 6), {"ky_bao_cao": "quý"}, [row("x", None, ytd=630)])
    config = load_config(write_config(tmp_path, template=None))
    warnings = [
        (p.cell, p.message)
        for p in check_inputs(config, Period(2024, 6)).problems
        if p.severity.name == "WARNING"
    ]
    assert warnings == [
        (
            "D2",
            "Báo cáo quý: «Tháng báo cáo» của «x» để trống nên chưa tính được tổng quý; câu văn "
            "viết số cộng dồn từ đầu năm («Lũy kế») thay cho tổng quý.",
        )
    ]
    texts = build_texts(tmp_path, Period(2024, 6))
    assert "Chỉ tiêu x cộng dồn 06 tháng đầu năm ước đạt 630 tấn." in texts


def test_example_appendix_is_titled_with_its_period(example: list[str]) -> None:
    """A half-year report's appendix names the half-year, not its last month."""
    assert "PHỤ LỤC — MỘT SỐ CHỈ TIÊU CHỦ YẾU 6 THÁNG ĐẦU NĂM 2024" in example
    assert not any(t.startswith("PHỤ LỤC") and "THÁNG 6" in t for t in example)


@pytest.mark.parametrize(
    ("group", "lines"),
    [
        (
            "Trong đó",  # a "Trong đó" list: "Riêng tháng 3/2024", not "Trong đó" twice
            [
                "Chỉ tiêu x cộng dồn 03 tháng đầu năm ước đạt 300 tấn.",
                "Riêng tháng 3/2024 ước đạt 110 tấn, tăng 10,0% so với tháng trước.",
                "Trong đó:",
                "Chỉ tiêu x.a tháng 3 ước đạt 60 tấn, tăng 20,0% so với tháng trước.",
            ],
        ),
        (
            "Phân theo khu vực",  # a named breakdown, as the seed writes it
            [
                "Chỉ tiêu x cộng dồn 03 tháng đầu năm ước đạt 300 tấn.",
                "Trong đó, tháng 3/2024 ước đạt 110 tấn, tăng 10,0% so với tháng trước:",
                "* Phân theo khu vực:",
                "- Chỉ tiêu x.a tháng 3 ước đạt 60 tấn, tăng 20,0% so với tháng trước.",
            ],
        ),
    ],
    ids=["within-list", "named-breakdown"],
)
def test_the_month_before_a_within_list_is_not_a_second_trong_do(
    tmp_path: Path, group: str, lines: list[str]
) -> None:
    """An indicator with its year-to-date, its month and a "Trong đó" list: the month's
    sentence begins "Riêng tháng 3/2024", so that "Trong đó" is not said twice in a row."""
    (tmp_path / "data").mkdir()
    rows = [row("x", 110, 100, ytd=300), row("x.a", 60, 50, parent="x", group=group)]
    month_book(tmp_path / "data", Period(2024, 3), {}, rows)
    texts = build_texts(tmp_path, Period(2024, 3))
    start = texts.index(lines[0])
    assert texts[start : start + 4] == lines


def test_a_years_trong_do_list_follows_the_years_sentence(tmp_path: Path) -> None:
    """An annual report: the "Trong đó:" rows are the year's, so they follow the year's
    sentence, and December's sentence after them begins "Riêng tháng 12/2025, chỉ tiêu x"."""
    (tmp_path / "data").mkdir()
    december = Period(2025, 12)
    month_book(
        tmp_path / "data",
        december,
        {"ky_bao_cao": "năm"},
        [
            row("x", 300, 286, 260, 3288, 2760),
            row("x.a", 100, 95, 90, 1096, 935, parent="x"),
            row("x.b", 50, 48, 44, 522, 465, parent="x"),
        ],
    )
    texts = build_texts(tmp_path, december)
    start = texts.index("Chỉ tiêu x cả năm 2025 ước đạt 3.288 tấn; tăng 19,1% so với cùng kỳ.")
    assert texts[start + 1 : start + 5] == [
        "Trong đó:",
        "Chỉ tiêu x.a cả năm 2025 ước đạt 1.096 tấn, tăng 17,2% so với cùng kỳ;",
        "Chỉ tiêu x.b cả năm 2025 ước đạt 522 tấn, tăng 12,3% so với cùng kỳ.",
        "Riêng tháng 12/2025, chỉ tiêu x ước đạt 300 tấn, tăng 4,9% so với tháng trước; tăng "
        "15,4% so với "
        "cùng kỳ.",
    ]


def test_a_formulas_result_is_the_number_excel_shows(tmp_path: Path) -> None:
    """Excel saves a formula's result with 17 digits: =SUM(1046,1;40,3;37,1) is
    1123.4999999999998, =175,14+1,01 is 176.14999999999998, =SUM(606,2;375,2;18,6) (an
    earlier workbook's) 1000.0000000000001. Excel holds and shows 15 digits (1123,5, 176,15,
    1000), and so does the report: rounded from the binary tail, it printed "tăng 12,3%"
    beside 1.123,5 against 1.000 (12,35%: "12,4%"), and 176,1 for 176,15."""
    from test_catalogue import rewrite_zip

    (tmp_path / "data").mkdir()
    march = month_book(tmp_path / "data", Period(2024, 3), {}, [row("c", 1000, decimals=1)])
    rows = [
        row("a", 1123.5, None, 1000, decimals=1),
        row("b", 176.15, None, 150, decimals=1),
        row("c", 1123.5, decimals=1),
    ]
    april = month_book(tmp_path / "data", Period(2024, 4), {}, rows)

    def saved(typed: bytes, formula: bytes, result: bytes) -> Callable[[bytes], bytes]:
        def edit(xml: bytes) -> bytes:
            assert typed in xml
            return xml.replace(typed, b"<f>" + formula + b"</f><v>" + result + b"</v>", 1)

        return edit

    sum_a = saved(b"<v>1123.5</v>", b"SUM(1046.1,40.3,37.1)", b"1123.4999999999998")  # a's only
    sum_b = saved(b"<v>176.15</v>", b"175.14+1.01", b"176.14999999999998")
    rewrite_zip(april, "xl/worksheets/sheet3.xml", lambda xml: sum_b(sum_a(xml)))
    sum_c = saved(b"<v>1000</v>", b"SUM(606.2,375.2,18.6)", b"1000.0000000000001")
    rewrite_zip(march, "xl/worksheets/sheet3.xml", sum_c)
    texts = build_texts(tmp_path, Period(2024, 4))
    for sentence in (
        "Chỉ tiêu a tháng 4/2024 ước đạt 1.123,5 tấn, tăng 12,4% so với cùng kỳ.",
        "Chỉ tiêu b tháng 4/2024 ước đạt 176,2 tấn, tăng 17,4% so với cùng kỳ.",
        "Chỉ tiêu c tháng 4/2024 ước đạt 1.123,5 tấn, tăng 12,4% so với tháng trước.",
    ):
        assert sentence in texts


def test_a_sums_month_of_zero_is_said_to_have_none(tmp_path: Path) -> None:
    """A month with no export at all (0 after 0,30 triệu USD) read "Trong đó, tháng 7/2025
    ước đạt 0,00 triệu USD, giảm 100,0% so với tháng trước; giảm 100,0% so với cùng kỳ.";
    it is "không phát sinh" now, in the month's sentence, the period's and a breakdown's
    line. A rate of 0% is a level, still "ước đạt 0,0%"."""
    (tmp_path / "data").mkdir()
    july = Period(2025, 7)
    rate = list(row("r", 0, 2.5, 1.5, decimals=1))
    rate[1], rate[2] = "Tỷ lệ giải ngân", "%"
    rows = [
        row("x", 0, 0.3, 0.4, 0.95, 1.55, decimals=2),
        row("x.a", 0, 0.1, 0.2, 0.35, 0.6, decimals=2, parent="x", group="Phân theo ngành"),
        row("x.b", 0, 0.2, 0.2, 0.6, 0.95, decimals=2, parent="x", group="Phân theo ngành"),
        row("z", 0, 0, None, 0, decimals=0),
        tuple(rate),
    ]
    month_book(tmp_path / "data", july, {}, rows)
    texts = build_texts(tmp_path, july)
    start = texts.index(
        "Chỉ tiêu x cộng dồn 07 tháng đầu năm ước đạt 0,95 tấn; giảm 38,7% so với cùng kỳ."
    )
    assert texts[start + 1 : start + 5] == [
        "Trong đó, tháng 7/2025 không phát sinh:",
        "* Phân theo ngành:",
        "- Chỉ tiêu x.a tháng 7 không phát sinh.",
        "- Chỉ tiêu x.b tháng 7 không phát sinh.",
    ]
    assert texts[start + 5 : start + 8] == [
        "Chỉ tiêu z cộng dồn 07 tháng đầu năm không phát sinh.",
        "Trong đó, tháng 7/2025 không phát sinh.",
        "Tỷ lệ giải ngân tháng 7/2025 ước đạt 0,0%, giảm 2,5 điểm phần trăm so với tháng "
        "trước; giảm 1,5 điểm phần trăm so với cùng kỳ.",
    ]
