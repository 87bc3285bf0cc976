"""A HoatDong paragraph giving a ChiTieu indicator's figure other than the sheet's."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

from typer.testing import CliRunner

from baocao.cells import Locator
from baocao.cli import app
from baocao.models import Activity, Indicator
from baocao.paragraphfigures import paragraph_figures

from helpers import load_workbook

ARGS = ["--month", "3", "--year", "2024"]


def _checked(workspace: Path, paragraphs: dict[str, str]) -> list[str]:
    """`check` of March 2024 with HoatDong's cells set: the lines after "Sổ dữ liệu: …"."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    for cell, text in paragraphs.items():
        wb["HoatDong"][cell].value = text
    wb.save(book)
    return CliRunner().invoke(app, ["check", *ARGS]).stdout.splitlines()[1:]


def test_a_paragraph_giving_another_figure_is_a_warning_at_its_cell(workspace: Path) -> None:
    """Retail's 5.210 typed 5.120 in a paragraph printed both under one signature, with a
    clean check; "Doanh thu dịch vụ", a row of its own, inside retail's name is not read."""
    typed = (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 3 ước đạt 5.120 tỷ đồng, tăng "
        "1,1% so với tháng trước."
    )
    book = workspace / "data" / "2024-03.xlsx"
    assert _checked(workspace, {"C3": typed}) == [
        f"CẢNH BÁO: {book}, HoatDong!C3: Đoạn văn ghi «Tổng mức bán lẻ hàng hóa và doanh thu "
        "dịch vụ tháng 3 ước đạt 5.120 tỷ đồng», nhưng ở trang ChiTieu chỉ tiêu «Tổng mức "
        "bán lẻ hàng hóa và doanh thu dịch vụ» không có số nào là 5.120 tỷ đồng: số tháng "
        "này là 5.210 tỷ đồng (ô D10). Báo cáo sẽ in hai số khác nhau của cùng một chỉ tiêu; "
        "hãy sửa đoạn văn hoặc số liệu cho khớp.",
        "Tổng cộng: 0 lỗi, 1 cảnh báo.",
    ]


def test_a_name_without_its_bracket_and_this_months_date_are_read(workspace: Path) -> None:
    """ "Giá trị sản xuất công nghiệp" is the row «… (giá thực tế)»; "tháng 3 năm 2024"."""
    typed = "Giá trị sản xuất công nghiệp tháng 3 năm 2024 ước tính đạt 52.176 tỷ đồng."
    lines = _checked(workspace, {"C4": typed})
    assert lines[-1] == "Tổng cộng: 0 lỗi, 1 cảnh báo."
    assert (
        "HoatDong!C4: Đoạn văn ghi «Giá trị sản xuất công nghiệp tháng 3 năm 2024 ước "
        in (lines[0])
    )
    assert "không có số nào là 52.176 tỷ đồng: số tháng này là 52.716 tỷ đồng (ô D2)." in (lines[0])


def test_paragraphs_of_the_rows_own_figures_or_other_periods_are_quiet(workspace: Path) -> None:
    """A figure the row has (this month, the year-to-date, rounded as typed), another month,
    year or target, or a figure of part of the indicator, is no contradiction."""
    quiet = [
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 3/2024 ước đạt 5.210 tỷ đồng.",
        "Giá trị sản xuất công nghiệp ước đạt 153.513 tỷ đồng.",
        "Kim ngạch xuất khẩu đạt 1.822 triệu USD; kim ngạch nhập khẩu là 1.447,2 triệu USD.",
        "Kết quả năm 2023, giá trị sản xuất công nghiệp đạt 480.000 tỷ đồng.",
        "Phấn đấu giá trị sản xuất công nghiệp đạt 700.000 tỷ đồng.",
        "Kim ngạch xuất khẩu đạt 5.000 triệu USD trong năm 2024.",
        "Giá trị sản xuất công nghiệp của khu vực FDI đạt 46.000 tỷ đồng.",
        "Giá trị sản xuất công nghiệp tháng 2 đạt 43.000 tỷ đồng.",
        "Doanh thu dịch vụ lưu trú đạt 120 tỷ đồng.",
    ]
    cells = {f"C{row}": text for row, text in enumerate(quiet, start=3)}
    assert _checked(workspace, cells) == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


def test_a_paragraph_naming_a_row_thousands_of_times_is_read_at_once() -> None:
    """Each mention of a row scanned every mention of every row (is it inside a longer
    name?) and every sentence before it: twenty cells of 32 767 characters (Excel's most)
    naming a row 1 800 times each took 6 s, fifty a check of 11 s. The mentions and the
    sentences' ends are each found once, and looked up."""
    ind = Indicator(row=2, code="sx", name="Sản xuất", unit="%", value=Decimal(52716))
    text = ("Sản xuất 52.716 %. " * 1800)[:32_700] + " Sản xuất 1 %."
    data = SimpleNamespace(
        info=SimpleNamespace(month=3, year=2024),
        indicators=(ind,),
        activities=tuple(Activity(row=r, section="A", text=text) for r in range(2, 22)),
    )
    locator = Locator(letters={("ChiTieu", "value"): "D", ("HoatDong", "text"): "C"})
    started = time.perf_counter()
    found = paragraph_figures(data, locator, Path("s.xlsx"))  # type: ignore[arg-type]
    assert time.perf_counter() - started < 1  # 6 s before
    assert [(p.cell, p.message) for p in found] == [
        (
            f"C{r}",
            "Đoạn văn ghi «Sản xuất 1 %», nhưng ở trang ChiTieu chỉ tiêu «Sản xuất» không có "
            "số nào là 1 %: số tháng này là 52.716 % (ô D2). Báo cáo sẽ in hai số khác nhau "
            "của cùng một chỉ tiêu; hãy sửa đoạn văn hoặc số liệu cho khớp.",
        )
        for r in range(2, 22)
    ]


def test_long_paragraphs_naming_hundreds_of_rows_are_read_at_once() -> None:
    """Each row a paragraph names was searched for from every character of it, twice:
    twenty cells of 32 767 characters naming 200 rows took 5 s (fifty, with 500 rows, a
    check of 14 s). A row's names are tried only where its name stands in the text."""
    rows = range(2, 202)
    inds = tuple(
        Indicator(row=r, code=f"c{r}", name=f"Chỉ tiêu thứ {r} khác", unit="tấn", value=Decimal(r))
        for r in rows
    )
    text = " ".join(f"Chỉ tiêu thứ {r} khác {r} tấn." for r in rows) * 7
    text = text[: text.rfind(".", 0, 32_700) + 1] + " Chỉ tiêu thứ 7 khác 1 tấn."
    data = SimpleNamespace(
        info=SimpleNamespace(month=3, year=2024),
        indicators=inds,
        activities=tuple(Activity(row=r, section="A", text=text) for r in range(2, 22)),
    )
    locator = Locator(letters={("ChiTieu", "value"): "D", ("HoatDong", "text"): "C"})
    started = time.perf_counter()
    found = paragraph_figures(data, locator, Path("s.xlsx"))  # type: ignore[arg-type]
    assert time.perf_counter() - started < 2  # 5 s before; 0,3 s
    assert [(p.cell, p.message) for p in found] == [
        (
            f"C{r}",
            "Đoạn văn ghi «Chỉ tiêu thứ 7 khác 1 tấn», nhưng ở trang ChiTieu chỉ tiêu «Chỉ tiêu "
            "thứ 7 khác» không có số nào là 1 tấn: số tháng này là 7 tấn (ô D7). Báo cáo sẽ in "
            "hai số khác nhau của cùng một chỉ tiêu; hãy sửa đoạn văn hoặc số liệu cho khớp.",
        )
        for r in range(2, 22)
    ]
