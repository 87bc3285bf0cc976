"""A ``Đơn vị`` typed with a full stop after it, or a scale typed without what it counts
(Phú Yên's 6-month report of 2020 rebuilt: "73.643 tấn", "19,4 triệu lít")."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.cli import app
from baocao.period import Period
from test_figures import build_texts, month_book, row
from test_rates import _printed_in_february_unit
from test_surely_wrong import findings

from helpers import document_texts, load_workbook

runner = CliRunner()
ARGS = ["--month", "3", "--year", "2024"]
EXPORTS = (
    "Kim ngạch xuất khẩu trên địa bàn tỉnh Bắc Giang tháng 3/2024 ước đạt 1.822,5 triệu USD, "
    "tăng 8,9% so với tháng trước; tăng 19,7% so với cùng kỳ."
)


def _unit(workspace: Path, typed: str) -> Path:
    """The exports row's unit (ChiTieu!C13) typed ``typed``; the workbook's path."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiTieu"]["C13"].value = typed
    wb.save(book)
    return book


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


@pytest.mark.parametrize(
    ("typed", "change"),
    [
        ("triệu USD.", "bỏ dấu chấm cuối"),
        ("triệu USD...", "bỏ dấu chấm cuối"),
        ("Triệu USD.", "bỏ dấu chấm cuối; chữ đầu viết thường, vì đơn vị đứng giữa câu"),
        ("Tr.USD.", "bỏ dấu chấm cuối; «Tr.» viết đầy đủ «triệu», vì đơn vị đứng sau số liệu"),
    ],
)
def test_a_unit_typed_with_a_full_stop_after_it_is_read_without_it(
    workspace: Path, typed: str, change: str
) -> None:
    """ "tấn." printed "ước đạt 73.643 tấn.; đạt 66,9% kế hoạch năm" with no word, while a
    colon or a comma after a unit was dropped: the full stop is dropped too, with the
    unit's note."""
    book = _unit(workspace, typed)
    out = runner.invoke(app, ["check", *ARGS]).stdout.splitlines()[1:]
    assert out == [
        f"GHI CHÚ: {book}, ChiTieu!C13: «Đơn vị» được viết thành «triệu USD» ({change}).",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]
    assert runner.invoke(app, ["build", *ARGS]).exit_code == 0
    texts = document_texts(workspace / "out" / "BaoCao_T03_2024.docx")
    assert any(t.startswith(EXPORTS) for t in texts)


@pytest.mark.parametrize(
    ("typed", "scale"),
    [
        ("tỷ", "tỷ"),
        ("Tỷ", "tỷ"),
        ("tỉ", "tỉ"),
        ("triệu", "triệu"),
        ("Nghìn", "nghìn"),
        ("ngàn.", "ngàn"),
    ],
)
def test_a_scale_typed_alone_is_a_warning(workspace: Path, typed: str, scale: str) -> None:
    """A unit typed "tỷ" alone (tỷ of what: đồng, USD, kWh?) printed "ước đạt 113 tỷ" with
    no word, while "Tr" alone is an error: a scale without what it counts is a warning at
    the cell (the figure is still printed, "tỷ" being read as typed)."""
    book = _unit(workspace, typed)
    out = runner.invoke(app, ["check", *ARGS]).stdout
    assert (
        f"CẢNH BÁO: {book}, ChiTieu!C13: «Đơn vị» là «{typed}», chỉ có bậc «{scale}» mà không "
        f"ghi {scale} gì (đồng, USD, kWh, …): câu văn sẽ in số liệu kèm «{scale}» trơn. Hãy "
        f"ghi đầy đủ đơn vị (ví dụ «{scale} đồng», «{scale} USD»)."
    ) in out.splitlines()


@pytest.mark.parametrize("typed", ["tỷ đồng", "nghìn tấn", "triệu lít", "tấn", "Tỷ.đồng"])
def test_a_scale_before_what_it_counts_is_quiet(workspace: Path, typed: str) -> None:
    """A scale with its unit after it is a unit."""
    _unit(workspace, typed)
    assert "chỉ có bậc" not in runner.invoke(app, ["check", *ARGS]).stdout


@pytest.mark.parametrize(
    ("typed", "unit", "said"),
    [
        ("Ng.tấn", "nghìn tấn", "«Ng.» viết đầy đủ «nghìn», vì đơn vị đứng sau số liệu"),
        ("ng. tấn", "nghìn tấn", "«ng.» viết đầy đủ «nghìn», vì đơn vị đứng sau số liệu"),
        ("Ng.đ", "nghìn đồng", "«Ng.đ» viết đầy đủ «nghìn đồng», vì đơn vị đứng sau số liệu"),
    ],
)
def test_nghin_shortened_before_a_unit_is_said_in_full(
    data: Path, typed: str, unit: str, said: str
) -> None:
    """ "Tr.tấn" was written "triệu tấn", but "Ng.tấn", "nghìn" shortened as a table's
    narrow column writes it, printed "ước đạt 127,9 ng.tấn" (and "Ng.USD" was not even
    lowered), no scale of February's "nghìn tấn": March's blank Lũy kế was not added up
    from it. It is said in full now, with a note, and the unit is February's."""
    _printed_in_february_unit(data, typed, unit, said)


@pytest.mark.parametrize(
    ("typed", "unit", "said"),
    [
        ("Lượt Khách", "lượt khách", "«Lượt Khách» viết thường, vì đơn vị đứng giữa câu"),
        (
            "Triệu Sản Phẩm",
            "triệu sản phẩm",
            "«Triệu Sản Phẩm» viết thường, vì đơn vị đứng giữa câu",
        ),
        ("Tấn/Năm", "tấn/năm", "«Tấn/Năm» viết thường, vì đơn vị đứng giữa câu"),
        (
            "Nghìn Lượt Khách",
            "nghìn lượt khách",
            "«Nghìn Lượt Khách» viết thường, vì đơn vị đứng giữa câu",
        ),
    ],
)
def test_a_unit_typed_in_title_case_is_lowered_whole(
    data: Path, typed: str, unit: str, said: str
) -> None:
    """A unit typed with each word capitalised, as a table's title case has it, had its
    first word (or its scale and the next) lowered alone: "ước đạt 7,25 triệu sản Phẩm",
    "64.471 Tấn/Năm" (a word after "/" was not lowered at all). Every word is lowered now,
    with one note, and the unit is February's."""
    _printed_in_february_unit(data, typed, unit, said)


@pytest.mark.parametrize(
    ("typed", "unit", "said"),
    [
        ("USD/Tấn", "USD/tấn", "«Tấn» viết thường, vì đơn vị đứng giữa câu"),
        ("Nghìn Đồng/Kg", "nghìn đồng/kg", "«Nghìn Đồng/Kg» viết thường, vì đơn vị đứng giữa câu"),
    ],
)
def test_a_prices_unit_typed_in_title_case_is_lowered_but_its_acronym(
    data: Path, typed: str, unit: str, said: str
) -> None:
    """ "USD/Tấn" printed "ước đạt 512 USD/Tấn": the title-cased word is lowered, the
    acronym kept."""
    month_book(
        data, Period(2025, 1), {}, [("gia", "Giá gạo xuất khẩu", typed, *row("gia", 512)[3:])]
    )
    texts = build_texts(data.parent, Period(2025, 1))
    assert f"Giá gạo xuất khẩu tháng 1/2025 ước đạt 512 {unit}." in texts
    notes = [m for s, c, m in findings(data.parent, Period(2025, 1)) if c == "C2"]
    assert notes == [f"«Đơn vị» được viết thành «{unit}» ({said})."]
