"""A row copied from last month's workbook and left so: its Lũy kế is last month's own
though the month's figure is not 0, and the report would print last month's total as
this month's. An error at the Lũy kế."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from baocao import cache
from baocao.api import check_inputs
from baocao.config import load_config
from baocao.models import MonthRecords, StatedMonth
from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

from helpers import write_config

FEBRUARY, MARCH = Period(2025, 2), Period(2025, 3)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", FEBRUARY, {}, [row("x", 100, 90, None, 190)])
    return tmp_path / "data"


def at_ytd(data: Path) -> list[tuple[str, str | None, str]]:
    return [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "G2"]


def tasks_said(
    folder: Path, period: Period, tasks: list[str], info: dict[str, object], ytd: int
) -> list[tuple[str, str | None, str]]:
    """What check says in NhiemVu's column B of ``period``'s workbook, written in ``folder``'s
    data folder with ``info`` (ThongTin), one row "x" of 100 with a Lũy kế of ``ytd``, and
    ``tasks`` from B2 on."""
    (folder / "data").mkdir()
    path = month_book(folder / "data", period, info, [row("x", 100, 90, None, ytd)])
    book = openpyxl.load_workbook(path)
    for number, task in enumerate(tasks, start=2):
        book["NhiemVu"][f"B{number}"] = task
    book.save(path)
    return [(s, c, m) for s, c, m in findings(folder, period) if c and c.startswith("B")]


def test_a_year_to_date_left_as_last_months_is_an_error(data: Path) -> None:
    """February's row copied into March's workbook: Lũy kế 190 is February's, not 290."""
    month_book(data, MARCH, {}, [row("x", 100, 90, None, 190)])
    assert at_ytd(data) == [
        (
            "ERROR",
            "G2",
            "«Lũy kế» của «x» (190) bằng «Lũy kế» trong 2025-02.xlsx (ChiTieu!G2) (190), "
            "nhưng «Tháng báo cáo» là 100: số lũy kế tháng 3/2025 phải gồm cả tháng này. Có "
            "lẽ hàng được chép từ sổ tháng trước mà chưa cập nhật; hãy điền số liệu của tháng "
            "3/2025 (hoặc để trống «Lũy kế» để chương trình tự cộng).",
        )
    ]


def test_a_year_to_date_left_as_last_months_without_its_month_is_a_warning(data: Path) -> None:
    """A row an office gives for the period alone (a product's "8 tháng đầu năm", its month
    blank) copied into March's workbook printed February's total as March's, with no word:
    a warning, since a month of nothing (said by a Tháng báo cáo of 0) leaves it so."""
    month_book(data, FEBRUARY, {}, [row("x", None, None, None, 190)])
    month_book(data, MARCH, {}, [row("x", None, None, None, 190)])
    assert at_ytd(data) == [
        (
            "WARNING",
            "G2",
            "«Lũy kế» của «x» (190) bằng «Lũy kế» trong 2025-02.xlsx (ChiTieu!G2) (190), mà "
            "«Tháng báo cáo» để trống: báo cáo sẽ in số lũy kế đến tháng 2/2025 làm số lũy kế "
            "đến tháng 3/2025. Có lẽ hàng được chép từ sổ tháng trước mà chưa cập nhật; hãy "
            "điền số lũy kế đến tháng 3/2025, hoặc điền 0 vào «Tháng báo cáo» nếu tháng này "
            "không phát sinh.",
        )
    ]
    month_book(data, MARCH, {}, [row("x", None, None, None, 250)])  # updated
    assert at_ytd(data) == []


@pytest.mark.parametrize(
    ("value", "ytd"),
    [(120, 310), (0, 190)],
    ids=["updated", "a month of nothing"],
)
def test_a_year_to_date_that_holds_the_month_is_not_said(data: Path, value: int, ytd: int) -> None:
    """Lũy kế 310 = 190 + 120; a month of 0 leaves the total as it was."""
    month_book(data, MARCH, {}, [row("x", value, 100, None, ytd)])
    assert at_ytd(data) == []


def test_a_document_number_left_as_last_months_is_a_warning(data: Path) -> None:
    """«so_van_ban» 65 in March as in February: the report would go out under February's
    number; 66 is said nothing of."""
    month_book(data, FEBRUARY, {"so_van_ban": "65"}, [row("x", 100, 90, None, 190)])
    month_book(data, MARCH, {"so_van_ban": 65}, [row("x", 100, 90, None, 290)])
    assert [f for f in findings(data.parent, MARCH) if "so_van_ban" in f[2]] == [
        (
            "WARNING",
            "B4",
            "«so_van_ban» ghi «65», giống số văn bản trong sổ tháng 2/2025 (2025-02.xlsx, "
            "ThongTin!B4): mỗi văn bản trong năm có một số riêng, nên có lẽ ô này được chép "
            "từ sổ tháng trước mà chưa cập nhật. Hãy ghi số của báo cáo này, hoặc để trống "
            "cho văn thư điền.",
        )
    ]
    month_book(data, MARCH, {"so_van_ban": "66"}, [row("x", 100, 90, None, 290)])
    assert [f for f in findings(data.parent, MARCH) if "so_van_ban" in f[2]] == []


@pytest.mark.parametrize(
    "typed", ["04/03/2025", datetime(2025, 3, 4)], ids=["text", "an Excel date"]
)
def test_a_signing_date_left_as_last_months_is_a_warning(data: Path, typed: object) -> None:
    """«ngay_ky» 04/03/2025 in March as in February (both within their months' signing
    windows): March's report would go out dated as February's, with no word (so_van_ban
    copied so is said); another day is said nothing of."""
    month_book(data, FEBRUARY, {"ngay_ky": typed}, [row("x", 100, 90, None, 190)])
    month_book(data, MARCH, {"ngay_ky": "04/03/2025"}, [row("x", 100, 90, None, 290)])
    assert [f for f in findings(data.parent, MARCH) if f[1] == "B4"] == [
        (
            "WARNING",
            "B4",
            "«ngay_ky» ghi «04/03/2025», giống ngày ký trong sổ tháng 2/2025 (2025-02.xlsx, "
            "ThongTin!B4): báo cáo của hai tháng ít khi ký cùng một ngày, nên có lẽ ô này được "
            "chép từ sổ tháng trước mà chưa cập nhật. Hãy ghi ngày ký của báo cáo này, hoặc để "
            "trống cho văn thư điền.",
        )
    ]
    month_book(data, MARCH, {"ngay_ky": "05/04/2025"}, [row("x", 100, 90, None, 290)])
    assert [f for f in findings(data.parent, MARCH) if f[1] == "B4"] == []


def test_the_cache_keeps_last_months_signing_date() -> None:
    """The history cache keeps ``ngay_ky`` with the month stated, as a date."""
    stated = StatedMonth(2025, 2, "B2", "B3", None, None, date(2025, 3, 4), "B4")
    month = MonthRecords({}, stated, ())
    assert cache._decode(cache._encode(month)) == month


def test_the_cache_keeps_last_months_document_number() -> None:
    """The history cache (large data folders) keeps ``so_van_ban`` with the month stated."""
    month = MonthRecords({}, StatedMonth(2025, 2, "B2", "B3", "65", "B4"), ())
    assert cache._decode(cache._encode(month)) == month


def test_a_previous_month_left_as_last_months_is_said_so(data: Path) -> None:
    """March's Tháng trước 90 is February's own Tháng trước (January's figure), not
    February's 100: the column was copied and not updated, which the warning says (it said
    "khác số ước tính … báo cáo dùng số mới", as of a revision); a revision (105) is one."""
    month_book(data, MARCH, {}, [row("x", 120, 90, None, 310)])
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "E2"] == [
        (
            "WARNING",
            "E2",
            "«Tháng trước» của «x» (90) bằng «Tháng trước» trong 2025-02.xlsx (ChiTieu!E2), "
            "tức số của tháng 1/2025, không phải số tháng 2/2025 trong 2025-02.xlsx "
            "(ChiTieu!D2) (100): có lẽ cột «Tháng trước» được chép từ sổ tháng trước mà chưa "
            "cập nhật, và báo cáo sẽ so sánh với tháng 1/2025. Hãy ghi số của tháng 2/2025.",
        )
    ]
    month_book(data, MARCH, {}, [row("x", 120, 105, None, 315)])
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "E2"] == [
        (
            "WARNING",
            "E2",
            "«Tháng trước» của «x» (105) khác số ước tính đã báo cáo trong 2025-02.xlsx "
            "(ChiTieu!D2) (100); báo cáo dùng số mới.",
        )
    ]


def test_a_paragraph_of_last_month_is_a_warning(data: Path) -> None:
    """A HoatDong paragraph that opens by naming last month, in March's report: copied from
    February's workbook and not updated. One naming March, or in a quarterly report, is
    said nothing of."""
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = "Tháng 2/2025, Sở đã tiếp nhận 2.600 hồ sơ."
    book["HoatDong"].append(["Công tác khác", 1, "Tháng 3 năm 2025 không có hồ sơ quá hạn."])
    book.save(path)
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("C")] == [
        (
            "WARNING",
            "C2",
            "Đoạn này bắt đầu bằng «Tháng 2/2025», tức tháng 2/2025, nhưng báo cáo là tháng "
            "3/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 3/2025.",
        )
    ]
    book["ThongTin"].append(["ky_bao_cao", "quý"])
    book.save(path)
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("C")] == []


def test_a_paragraph_of_last_month_telling_of_this_month_is_said_nothing_of(data: Path) -> None:
    """ "Tháng 2/2025, Bộ Công Thương ban hành …; trong tháng 3/2025, Sở đã hướng dẫn …" in
    March's report tells of March's work: it was a warning ("Đoạn này bắt đầu bằng «Tháng
    2/2025», tức tháng 2/2025, nhưng báo cáo là tháng 3/2025 …") on a correct workbook
    (falsealarm5), while a paragraph opening by naming the quarter that ended last month so
    was not. A plan's mention ("…; dự kiến tháng 3/2025 …") is still a warning."""
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = (
        "Tháng 2/2025, Bộ Công Thương ban hành Thông tư số 05/2025/TT-BCT; trong tháng "
        "3/2025, Sở đã hướng dẫn các doanh nghiệp triển khai."
    )
    book["HoatDong"].append(
        ["Công tác khác", 1, "Tháng 2/2025, đã nhận 15 hồ sơ; tháng 3/2025 sẽ cấp 10 giấy phép."]
    )
    book.save(path)
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("C")] == [
        (
            "WARNING",
            "C3",
            "Đoạn này bắt đầu bằng «Tháng 2/2025», tức tháng 2/2025, nhưng báo cáo là tháng "
            "3/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 3/2025.",
        )
    ]


def test_a_document_named_kế_hoạch_is_no_plan(data: Path) -> None:
    """ "Tháng 2/2025, Sở trình dự thảo Kế hoạch …; trong tháng 3/2025, UBND tỉnh đã ban hành
    Kế hoạch." in March's report tells of March's work, but the document's name was read as
    a plan's word, and the paragraph as February's copied: "Đoạn này bắt đầu bằng «Tháng
    2/2025», tức tháng 2/2025, nhưng báo cáo là tháng 3/2025 …" (falsealarm5; so with "2
    tháng đầu năm 2025, …"). "kế hoạch" before the month is still a plan."""
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = (
        "Tháng 2/2025, Sở trình UBND tỉnh dự thảo Kế hoạch phát triển thương mại; trong "
        "tháng 3/2025, UBND tỉnh đã ban hành Kế hoạch."
    )
    for text in (
        "2 tháng đầu năm 2025, Sở trình dự thảo Kế hoạch; tháng 3/2025, UBND tỉnh đã ban "
        "hành Kế hoạch số 45/KH-UBND.",
        "Tháng 2/2025, đã nhận 15 hồ sơ; kế hoạch tháng 3/2025 cấp 10 giấy phép.",
    ):
        book["HoatDong"].append(["Công tác khác", 1, text])
    book.save(path)
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("C")] == [
        (
            "WARNING",
            "C4",
            "Đoạn này bắt đầu bằng «Tháng 2/2025», tức tháng 2/2025, nhưng báo cáo là tháng "
            "3/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 3/2025.",
        )
    ]


def test_a_task_of_this_month_is_a_warning(data: Path) -> None:
    """A NhiemVu task that opens by naming March (or an earlier month), in March's report
    whose Section II is April's tasks: February's task for March copied from
    NhiemVuThangTruoc. It was printed under "NHIỆM VỤ TRỌNG TÂM THÁNG 4" with a clean check.
    One going on to April, or one naming April, is said nothing of. In the quarter's report
    it is a warning too (it was said nothing of, and printed under "NHIỆM VỤ TRỌNG TÂM QUÝ
    II")."""
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["NhiemVu"]["B2"] = "Trong tháng 3/2025, tập trung kiểm tra thị trường."
    for text in (
        "Tháng 3/2025 và tháng 4/2025, tổ chức hội chợ.",
        "Tháng 4/2025, theo dõi giá xăng dầu.",
        "Tháng 02 năm 2025, tổng hợp số liệu.",
    ):
        book["NhiemVu"].append([None, text])
    book.save(path)
    expected = "nhưng phần II của báo cáo tháng 3/2025 là nhiệm vụ tháng 4/2025: có lẽ nhiệm vụ "
    expected += "được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết "
    expected += "nhiệm vụ của tháng 4/2025."
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("B")] == [
        (
            "WARNING",
            "B2",
            f"Nhiệm vụ này bắt đầu bằng «Trong tháng 3/2025», tức tháng 3/2025, {expected}",
        ),
        (
            "WARNING",
            "B5",
            f"Nhiệm vụ này bắt đầu bằng «Tháng 02 năm 2025», tức tháng 2/2025, {expected}",
        ),
    ]
    book["ThongTin"].append(["ky_bao_cao", "quý"])
    book.save(path)
    quarter = [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("B")]
    assert [(s, c) for s, c, _ in quarter] == [("WARNING", "B2"), ("WARNING", "B5")]
    assert "phần II của báo cáo quý I năm 2025 là nhiệm vụ từ tháng 4/2025" in quarter[0][2]


def test_a_task_naming_this_month_without_its_year_is_a_warning(data: Path) -> None:
    """ "Trong tháng 3, tập trung …" (the month without its year, this year's) in March's
    report passed --strict and was printed under April's tasks (found by office10); it is
    the same copied task as "Trong tháng 3/2025, …". "Tháng 4: …" is April's: nothing said."""
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["NhiemVu"]["B2"] = "Trong tháng 3, tập trung kiểm tra thị trường."
    book["NhiemVu"].append([None, "Tháng 4: theo dõi giá xăng dầu."])
    book.save(path)
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("B")] == [
        (
            "WARNING",
            "B2",
            "Nhiệm vụ này bắt đầu bằng «Trong tháng 3», tức tháng 3/2025, nhưng phần II của "
            "báo cáo tháng 3/2025 là nhiệm vụ tháng 4/2025: có lẽ nhiệm vụ được chép từ sổ "
            "tháng trước mà chưa cập nhật. Hãy viết nhiệm vụ của "
            "tháng 4/2025.",
        )
    ]


@pytest.mark.parametrize("sheet", [None, "NhiemVuThangTruoc", "nhiemvuthangtruoc"])
def test_a_stale_tasks_warning_names_last_months_sheet_only_when_the_workbook_has_it(
    data: Path, sheet: str | None
) -> None:
    """A copied task's warnings said "có lẽ nhiệm vụ được chép từ sổ tháng trước (trang
    NhiemVuThangTruoc)" of every workbook, but that sheet is made by ``init`` only: a trial
    office's workbook, made from the contract, has none, and its clerk was told of a sheet
    never seen. Named only when the workbook has it, as its own title writes it."""
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["NhiemVu"]["B2"] = "Trong tháng 3/2025, tập trung kiểm tra thị trường."
    book["NhiemVu"].append([None, "Tổ chức Hội chợ Thương mại tháng 3/2025."])
    if sheet is not None:
        book.create_sheet(sheet).append(["STT", "Nội dung"])
    book.save(path)
    copied = "sổ tháng trước" + ("" if sheet is None else f" (trang {sheet})")
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("B")] == [
        (
            "WARNING",
            "B2",
            "Nhiệm vụ này bắt đầu bằng «Trong tháng 3/2025», tức tháng 3/2025, nhưng phần II "
            "của báo cáo tháng 3/2025 là nhiệm vụ tháng 4/2025: có lẽ nhiệm vụ được chép từ "
            f"{copied} mà chưa cập nhật. Hãy viết nhiệm vụ của tháng 4/2025.",
        ),
        (
            "WARNING",
            "B3",
            "Nhiệm vụ này nêu «tháng 3/2025», một kỳ đã báo cáo, nhưng phần II của báo cáo "
            "tháng 3/2025 là nhiệm vụ của tháng 4/2025: có lẽ nhiệm vụ được chép từ "
            f"{copied} mà chưa cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu đã xong.",
        ),
    ]


def test_a_task_with_a_long_run_of_spaces_after_its_month_is_read_at_once(data: Path) -> None:
    """Spaces after a task's opening month ("Tháng 2/2025" and 800 spaces, as a task pasted
    from a justified PDF may have) were shared out among the runs of spaces of the words
    that go on to another month, every way there is, before it failed: 8 seconds for 800
    spaces, 80 for 1 600 (a check stopped by its time limit). They are taken whole now; the
    task is still said, and one going on to April after them is not."""
    import time

    from baocao.staletasks import _GOES_ON

    started = time.perf_counter()
    assert _GOES_ON.match("Tháng 2/2025" + " " * 800 + "tổng hợp số liệu.", 12) is None
    assert time.perf_counter() - started < 0.1
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["NhiemVu"]["B2"] = "Tháng 2/2025" + " " * 40 + "tổng hợp số liệu."
    book["NhiemVu"].append([None, "Tháng 2/2025" + " " * 40 + "và tháng 4/2025, hội chợ."])
    book.save(path)
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("B")] == [
        (
            "WARNING",
            "B2",
            "Nhiệm vụ này bắt đầu bằng «Tháng 2/2025», tức tháng 2/2025, nhưng phần II của "
            "báo cáo tháng 3/2025 là nhiệm vụ tháng 4/2025: có lẽ nhiệm vụ được chép từ sổ "
            "tháng trước mà chưa cập nhật. Hãy viết nhiệm vụ của "
            "tháng 4/2025.",
        )
    ]


@pytest.mark.parametrize("kind", [None, "quý", "năm"])
def test_a_task_naming_next_years_month_without_its_year_is_said_nothing_of(
    tmp_path: Path, kind: str | None
) -> None:
    """In December's report, "Trong tháng 1, tập trung …" (January's task, the month without
    its year) was read as January of this year: "Nhiệm vụ này bắt đầu bằng «Trong tháng 1»,
    tức tháng 1/2025, nhưng phần II của báo cáo tháng 12/2025 là nhiệm vụ tháng 1/2026 …", a
    warning on a correct workbook (falsealarm5). "Trong tháng 12, …" is still a copied task."""
    period, data = Period(2025, 12), tmp_path / "data"
    data.mkdir()
    info = {"ky_bao_cao": kind} if kind else {}
    path = month_book(data, period, info, [row("x", 100, 90, None, 1200)])
    book = openpyxl.load_workbook(path)
    book["NhiemVu"]["B2"] = "Trong tháng 1, tập trung bảo đảm cung ứng hàng hóa dịp Tết."
    book["NhiemVu"].append([None, "Tháng 02: tổ chức hội chợ xuân."])
    book["NhiemVu"].append([None, "Trong tháng 12, tập trung kiểm tra thị trường."])
    book.save(path)
    said = [(s, c, m) for s, c, m in findings(tmp_path, period) if c and c.startswith("B")]
    report, tasks, write = {
        None: ("tháng 12/2025", "tháng 1/2026", "của tháng"),
        "quý": ("quý IV năm 2025", "từ tháng 1/2026", "từ tháng"),
    }.get(kind, ("", "", ""))
    expected = (
        f"Nhiệm vụ này bắt đầu bằng «Trong tháng 12», tức tháng 12/2025, nhưng phần II của "
        f"báo cáo {report} là nhiệm vụ {tasks}: có lẽ nhiệm vụ được chép từ sổ tháng trước "
        f"mà chưa cập nhật. Hãy viết nhiệm vụ {write} 1/2026."
    )
    assert said == ([] if kind == "năm" else [("WARNING", "B4", expected)])


@pytest.mark.parametrize(
    ("kind", "month", "task", "expected"),
    [
        (
            "9 tháng",
            9,
            "Trong tháng 9/2025, tập trung theo dõi tình hình sản xuất.",
            "Nhiệm vụ này bắt đầu bằng «Trong tháng 9/2025», tức tháng 9/2025, nhưng phần II "
            "của báo cáo 9 tháng đầu năm 2025 là nhiệm vụ từ tháng 10/2025: có lẽ nhiệm vụ được "
            "chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nhiệm "
            "vụ từ tháng 10/2025.",
        ),
        (
            "6 tháng",
            6,
            "Tháng 5/2025, tổng hợp số liệu.",
            "Nhiệm vụ này bắt đầu bằng «Tháng 5/2025», tức tháng 5/2025, nhưng phần II của báo "
            "cáo 6 tháng đầu năm 2025 là nhiệm vụ từ tháng 7/2025: có lẽ nhiệm vụ được chép từ "
            "sổ tháng trước mà chưa cập nhật. Hãy viết nhiệm vụ từ "
            "tháng 7/2025.",
        ),
        ("9 tháng", 9, "Tháng 9/2025 và quý IV/2025, tổ chức hội chợ.", None),
        ("năm", 12, "Trong tháng 12/2025, hoàn thành kế hoạch năm.", None),  # written in November
    ],
)
def test_a_task_of_this_month_in_a_report_of_several_months_is_a_warning(
    tmp_path: Path, kind: str, month: int, task: str, expected: str | None
) -> None:
    """Phú Thọ's 9-month report of September begun from August's monthly workbook: August's
    task for September, "Trong tháng 9/2021, …", was printed under "II. PHƯƠNG HƯỚNG, NHIỆM
    VỤ 3 THÁNG CUỐI NĂM 2021" with a clean check --strict (province22)."""
    period, data = Period(2025, month), tmp_path / "data"
    data.mkdir()
    path = month_book(data, period, {"ky_bao_cao": kind}, [row("x", 100, 90, None, 900)])
    book = openpyxl.load_workbook(path)
    book["NhiemVu"]["B2"] = task
    book.save(path)
    said = [(s, c, m) for s, c, m in findings(tmp_path, period) if c == "B2"]
    assert said == ([("WARNING", "B2", expected)] if expected else [])


def test_a_same_period_left_as_last_months_is_said_so(data: Path) -> None:
    """March's Cùng kỳ 70 is February's own Cùng kỳ (February 2024's figure), not March
    2024's 85 in last year's workbook: the column was copied and not updated. It said
    "khác số trong 2024-03.xlsx … báo cáo dùng số đã ghi", as of a typo."""
    month_book(data, Period(2024, 3), {}, [row("x", 85)])
    month_book(data, FEBRUARY, {}, [row("x", 100, 90, 70, 190)])
    month_book(data, MARCH, {}, [row("x", 120, 100, 70, 310)])
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "F2"] == [
        (
            "WARNING",
            "F2",
            "«Cùng kỳ» của «x» (70) bằng «Cùng kỳ» trong 2025-02.xlsx (ChiTieu!F2), tức số "
            "của tháng 2/2024, không phải số tháng 3/2024 trong 2024-03.xlsx (ChiTieu!D2) (85): "
            "có lẽ cột «Cùng kỳ» được chép từ sổ tháng trước mà chưa cập nhật, và báo cáo sẽ so "
            "sánh với tháng 2/2024. Hãy ghi số của tháng 3/2024.",
        )
    ]


def test_a_same_period_column_left_as_last_months_without_last_year_is_said_so(
    data: Path,
) -> None:
    """An office in its first year has no last year's workbook: every Cùng kỳ of March
    equal to February's own (February 2024's figures) is the column copied, one warning at
    the first (it printed "tăng 71,4% so với cùng kỳ" against February 2024, exit 0); a
    Cùng kỳ of 0 tells nothing, and one row updated clears it."""
    rows = [row("x", 100, 90, 70, 190), row("y", 50, 45, 40), row("z", 9, 8, 0), row("w", 5)]
    month_book(data, FEBRUARY, {}, [*rows[:3], row("w", 5, 4, 6)])
    march = [row("x", 120, 100, 70), row("y", 60, 50, 40), row("z", 10, 9, 0), row("w", 6, 5, 6)]
    month_book(data, MARCH, {}, march)
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "F2"] == [
        (
            "WARNING",
            "F2",
            "«Cùng kỳ» của cả 3 chỉ tiêu đều bằng «Cùng kỳ» trong sổ tháng trước 2025-02.xlsx, "
            "tức số của tháng 2/2024, không phải tháng 3/2024: có lẽ cột «Cùng kỳ» được chép "
            "từ sổ tháng trước mà chưa cập nhật, và báo cáo sẽ so sánh với tháng 2/2024. Hãy "
            "ghi số của tháng 3/2024.",
        )
    ]
    month_book(data, MARCH, {}, [*march[:3], row("w", 6, 5, 7)])
    assert [c for _, c, _ in findings(data.parent, MARCH) if c == "F2"] == []


def test_most_of_a_same_period_column_left_as_last_months_is_said_so(data: Path) -> None:
    """Three of four Cùng kỳ left as February's in a first year (one row updated) printed
    "tăng … so với cùng kỳ" against February 2024 for those three with no word, since the
    warning took only a whole column; most of it (at least half, and three) is said too,
    naming the cells."""
    feb = [row("x", 100, 90, 70), row("y", 50, 45, 40), row("v", 30, 28, 25), row("w", 5, 4, 6)]
    month_book(data, FEBRUARY, {}, feb)
    march = [row("x", 120, 100, 70), row("y", 60, 50, 40), row("v", 33, 30, 25), row("w", 6, 5, 7)]
    month_book(data, MARCH, {}, march)
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "F2"] == [
        (
            "WARNING",
            "F2",
            "«Cùng kỳ» của 3 trong 4 chỉ tiêu (F2, F3, F4) bằng «Cùng kỳ» trong sổ tháng "
            "trước 2025-02.xlsx, tức số của tháng 2/2024, không phải tháng 3/2024: có lẽ cột "
            "«Cùng kỳ» được chép từ sổ tháng trước mà chưa cập nhật, và báo cáo sẽ so sánh "
            "với tháng 2/2024. Hãy ghi số của tháng 3/2024.",
        )
    ]


def test_a_previous_month_column_pasted_a_row_low_is_an_error(data: Path) -> None:
    """February's figures pasted into March's Tháng trước one row low (each row got the
    row above's) were taken as revisions, with warnings, and the report compared each
    indicator with its neighbour ("gấp 63,5 lần tháng trước") with exit 0; now an error
    naming the cells. Pasted at the right rows, nothing is said of it."""
    feb = [row("a", 100), row("b", 50), row("c", 30), row("d", 20)]
    month_book(data, FEBRUARY, {}, feb)
    low = [row("a", 110), row("b", 55, 100), row("c", 33, 50), row("d", 22, 30)]
    month_book(data, MARCH, {}, low)
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if "lệch" in m] == [
        (
            "ERROR",
            "E3",
            "«Tháng trước» của 3 trong 3 chỉ tiêu (E3, E4, E5) bằng «Tháng báo cáo» của hàng "
            "ngay trên trong sổ tháng 2/2025, không phải của chính chỉ tiêu đó: có lẽ cột "
            "«Tháng trước» được dán lệch một hàng, và mỗi câu sẽ so sánh với một chỉ tiêu "
            "khác. Hãy dán lại cột cho đúng hàng (hoặc để trống để lấy từ sổ tháng trước).",
        )
    ]
    right = [row("a", 110, 100), row("b", 55, 50), row("c", 33, 30), row("d", 22, 20)]
    month_book(data, MARCH, {}, right)
    assert [c for _, c, m in findings(data.parent, MARCH) if "lệch" in m] == []


def test_a_years_same_period_total_left_as_last_months_is_said_so(data: Path) -> None:
    """March's Lũy kế cùng kỳ 190 is February's own (last year's to February), not last
    year's to March (275 in last year's March workbook): copied, not a revision, as a
    Tháng trước or Cùng kỳ left so is said ("khác «Lũy kế» … báo cáo dùng số đã ghi")."""
    month_book(data, Period(2024, 3), {}, [row("x", 85, None, None, 275)])
    month_book(data, FEBRUARY, {}, [row("x", 100, 90, 70, 190, 190)])
    month_book(data, MARCH, {}, [row("x", 120, 100, 85, 310, 190)])
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "H2"] == [
        (
            "WARNING",
            "H2",
            "«Lũy kế cùng kỳ» của «x» (190) bằng «Lũy kế cùng kỳ» trong 2025-02.xlsx "
            "(ChiTieu!H2), tức số đến tháng 2/2024, không phải số đến tháng 3/2024 trong "
            "2024-03.xlsx (ChiTieu!G2) (275): có lẽ cột «Lũy kế cùng kỳ» được chép từ sổ tháng "
            "trước mà chưa cập nhật, và báo cáo sẽ so sánh với số đến tháng 2/2024. Hãy ghi số "
            "đến tháng 3/2024.",
        )
    ]


def test_a_paragraph_naming_last_month_and_this_one_is_said_nothing_of(data: Path) -> None:
    """ "Tháng 2/2025 và tháng 3/2025, đoàn kiểm tra …" tells of both months: it was a
    warning that it had been copied from February's workbook and not updated."""
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = "Tháng 2/2025 và tháng 03/2025, đoàn kiểm tra đã làm việc."
    book["HoatDong"].append(["Công tác khác", 1, "Tháng 02 năm 2025, so với tháng 3 năm 2025 …"])
    book["HoatDong"].append(["Công tác khác", 1, "Tháng 2/2025, đoàn kiểm tra đã làm việc."])
    # This month named further on is last month's plan, copied with it: still a warning.
    book["HoatDong"].append(
        ["Công tác khác", 1, "Tháng 2/2025, đã nhận 15 hồ sơ; dự kiến tháng 3/2025 cấp 10."]
    )
    book.save(path)
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("C")] == [
        (
            "WARNING",
            "C4",
            "Đoạn này bắt đầu bằng «Tháng 2/2025», tức tháng 2/2025, nhưng báo cáo là tháng "
            "3/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 3/2025.",
        ),
        (
            "WARNING",
            "C5",
            "Đoạn này bắt đầu bằng «Tháng 2/2025», tức tháng 2/2025, nhưng báo cáo là tháng "
            "3/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 3/2025.",
        ),
    ]


def test_a_paragraph_naming_last_month_and_the_start_of_this_one_is_said_nothing_of(
    data: Path,
) -> None:
    """ "Tháng 2/2025 và đầu tháng 3/2025, …" and "Tháng 2/2025 (tháng sau Tết) và tháng
    3/2025, …" tell of both months, as "Tháng 2/2025 và tháng 3/2025" does: each was the
    warning "Đoạn này bắt đầu bằng «Tháng 2/2025», tức tháng 2/2025, nhưng báo cáo là tháng
    3/2025: có lẽ đoạn được chép từ sổ tháng trước …". Last month's plan for the start of
    this one, further on, is still said."""
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = "Tháng 2/2025 và đầu tháng 3/2025, đoàn kiểm tra đã làm việc."
    for text in (
        "Tháng 02/2025 (tháng sau Tết) và tháng 3/2025, sức mua giảm.",
        "Trong tháng 2/2025 và những ngày đầu tháng 3/2025, đã cấp 12 giấy phép.",
        "Tháng 2/2025, đã nhận 15 hồ sơ; dự kiến đầu tháng 3/2025 cấp 10.",
    ):
        book["HoatDong"].append(["Công tác khác", 1, text])
    book.save(path)
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("C")] == [
        (
            "WARNING",
            "C5",
            "Đoạn này bắt đầu bằng «Tháng 2/2025», tức tháng 2/2025, nhưng báo cáo là tháng "
            "3/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 3/2025.",
        ),
    ]


def test_last_years_plan_copied_into_january_is_a_warning(tmp_path: Path) -> None:
    """December's workbook copied for January with its «Kế hoạch năm» left: every "đạt …% so
    với Kế hoạch năm" measured 2025 against 2024's plan, without a word (the plan is checked
    against last month's only within a year). One warning at the first; a new plan on any
    row, or fewer than three rows to compare, is said nothing of."""
    data = tmp_path / "data"
    data.mkdir()
    december, january = Period(2024, 12), Period(2025, 1)
    plans = {"a": 1000, "b": 500, "c": 800}
    month_book(data, december, {}, [row(c, 90, 85, 80, p, None, p) for c, p in plans.items()])

    def plan_findings(typed: dict[str, int]) -> list[tuple[str, str | None, str]]:
        month_book(
            data, january, {}, [row(c, 95, None, 88, None, None, p) for c, p in typed.items()]
        )
        return [f for f in findings(tmp_path, january) if "Kế hoạch năm" in f[2]]

    assert plan_findings(plans) == [
        (
            "WARNING",
            "I2",
            "«Kế hoạch năm» của cả 3 chỉ tiêu đều bằng «Kế hoạch năm» trong sổ tháng trước "
            "2024-12.xlsx, tức kế hoạch năm 2024, không phải năm 2025: có lẽ cột «Kế hoạch "
            "năm» được chép từ sổ tháng 12/2024 mà chưa cập nhật, và báo cáo sẽ so sánh với "
            "kế hoạch năm 2024. Hãy ghi kế hoạch năm 2025, hoặc để trống nếu chưa có.",
        )
    ]
    assert plan_findings({**plans, "c": 900}) == []
    assert plan_findings({"a": 1000, "b": 500}) == []


def test_a_rates_target_kept_from_last_year_is_said_nothing_of(tmp_path: Path) -> None:
    """January's workbook with the year's plan of its totals not yet known (blank), and the
    targets of three rates (households with power, communes with a market: 99,9%, 100%,
    100%) typed as December's, as they are every year: a warning, '«Kế hoạch năm» của cả
    3 chỉ tiêu đều bằng «Kế hoạch năm» trong sổ tháng trước 2024-12.xlsx, tức kế hoạch
    năm 2024 …', on a correct workbook. A rate's or a price's target is not compared."""
    data = tmp_path / "data"
    data.mkdir()
    targets = {"a": Decimal("99.9"), "b": 100, "c": 100}

    def rates(plans: dict[str, object], value: object) -> list[tuple[object, ...]]:
        rows = [row(c, value, None, 95, None, None, p, decimals=1) for c, p in plans.items()]
        return [(r[0], r[1], "%", *r[3:]) for r in rows]

    month_book(data, Period(2024, 12), {}, [*rates(targets, 97), row("d", 90, 85, 80, 900)])
    month_book(data, Period(2025, 1), {}, [*rates(targets, 98), row("d", 95, None, 88)])
    assert [f for f in findings(tmp_path, Period(2025, 1)) if "Kế hoạch năm" in f[2]] == []


def test_prices_flat_last_year_are_no_copied_same_period_column(data: Path) -> None:
    """An office in its first year (no last year's workbook) watching prices: the power,
    water and cement prices stood still last year, so March's Cùng kỳ of each is
    February's, as typed from the statistics. With two totals updated this was a warning,
    '«Cùng kỳ» của 3 trong 5 chỉ tiêu (F4, F5, F6) bằng «Cùng kỳ» trong sổ tháng trước
    …: có lẽ cột «Cùng kỳ» được chép …', on a correct workbook. A price's or a rate's
    month is a level, whose standstill is real: only totals tell a copied column."""

    def levels(value: int, same: int) -> list[tuple[object, ...]]:
        units = {"dien": "đồng/kWh", "nuoc": "đồng/m3", "xi_mang": "nghìn đồng/tấn"}
        return [
            (*row(c, value, None, same)[:2], u, *row(c, value, None, same)[3:])
            for c, u in units.items()
        ]

    month_book(
        data, FEBRUARY, {}, [row("x", 100, 90, 70), row("y", 50, 45, 40), *levels(2006, 1900)]
    )
    month_book(data, MARCH, {}, [row("x", 120, 100, 80), row("y", 60, 50, 44), *levels(2103, 1900)])
    assert [f for f in findings(data.parent, MARCH) if "được chép" in f[2]] == []


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025 - 2026, Sở phối hợp tổ chức Hội chợ Xuân.",
        "Năm 2025–2026, Sở phối hợp tổ chức Hội chợ Xuân.",
        "Trong năm 2025 đến năm 2026, Sở phối hợp tổ chức Hội chợ Xuân.",
    ],
)
def test_a_paragraph_opening_with_years_to_this_one_is_said_nothing_of(
    data: Path, text: str
) -> None:
    """A span of years that ends with this one ("Năm 2025 - 2026, …" in January 2026's
    report) names no ended period alone: it was the warning "Đoạn này bắt đầu bằng «Năm
    2025», tức năm 2025, nhưng báo cáo là tháng 1/2026 …"."""
    month_book(data, Period(2025, 12), {"ky_bao_cao": "năm"}, [row("x", 100, 90, None, 1200)])
    path = month_book(data, Period(2026, 1), {}, [row("x", 100, 90)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = text
    book.save(path)
    assert [f for f in findings(data.parent, Period(2026, 1)) if f[1] == "C2"] == []


def test_a_paragraph_of_the_period_ended_last_month_is_a_warning(data: Path) -> None:
    """January's report after December's report of the year: a HoatDong paragraph that
    opens "Trong năm 2025" was copied from December's workbook and not updated (it was
    printed without a word, while "Tháng 12/2025, …" is said). So is one naming the half
    year in July's report; one naming this month too, or the new year, is not."""
    december, january = Period(2025, 12), Period(2026, 1)
    month_book(data, december, {"ky_bao_cao": "năm"}, [row("x", 100, 90, None, 1200)])
    path = month_book(data, january, {}, [row("x", 100, 90)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = "Trong năm 2025, Sở đã tiếp nhận 26.000 hồ sơ."
    book["HoatDong"].append(["Công tác khác", 1, "Năm 2025 và tháng 1/2026 không có hồ sơ trễ."])
    book["HoatDong"].append(["Công tác khác", 1, "Năm 2026, Sở tiếp tục cải cách thủ tục."])
    book.save(path)
    assert [f for f in findings(data.parent, january) if f[1] and f[1].startswith("C")] == [
        (
            "WARNING",
            "C2",
            "Đoạn này bắt đầu bằng «Trong năm 2025», tức năm 2025, nhưng báo cáo là tháng "
            "1/2026: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 1/2026.",
        )
    ]
    july = month_book(data, Period(2025, 7), {}, [row("x", 100, 90, None, 700)])
    book = openpyxl.load_workbook(july)
    book["HoatDong"]["C2"] = "6 tháng đầu năm 2025, Sở đã cấp 40 giấy phép."
    book.save(july)
    assert [f[2] for f in findings(data.parent, Period(2025, 7)) if f[1] == "C2"] == [
        "Đoạn này bắt đầu bằng «6 tháng đầu năm 2025», tức 6 tháng đầu năm 2025, nhưng báo "
        "cáo là tháng 7/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy "
        "viết nội dung của tháng 7/2025."
    ]


def test_the_months_to_last_month_in_the_years_report_are_a_note(data: Path) -> None:
    """December's report of the year, whose months each have their paragraphs: one that
    opens "11 tháng đầu năm 2025" may be copied from November's workbook (printed without a
    word), or written before December ended from tallies to November, as such reports
    often are: a note (a warning failed --strict on a correct workbook); one opening
    "Tháng 11/2025" or "Quý III/2025" tells of its months."""
    december = Period(2025, 12)
    month_book(data, Period(2025, 11), {}, [row("x", 100, 90, None, 1100)])
    path = month_book(data, december, {"ky_bao_cao": "năm"}, [row("x", 100, 90, None, 1200)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = "11 tháng đầu năm 2025, Sở đã cấp 400 giấy phép."
    book["HoatDong"].append(["Công tác khác", 1, "Tháng 11/2025, Sở đã cấp 30 giấy phép."])
    book["HoatDong"].append(["Công tác khác", 1, "Quý III/2025, Sở đã cấp 90 giấy phép."])
    book.save(path)
    assert [f for f in findings(data.parent, december) if f[1] and f[1].startswith("C")] == [
        (
            "INFO",
            "C2",
            "Đoạn này bắt đầu bằng «11 tháng đầu năm 2025», nhưng báo cáo là năm 2025: nếu "
            "đoạn được chép từ sổ tháng trước mà chưa cập nhật, hãy viết nội dung của năm "
            "2025; nếu số liệu của đoạn chỉ có đến tháng 11/2025, giữ nguyên.",
        )
    ]


def e_column(folder: Path, pct: str) -> list[tuple[str, str | None, str]]:
    """March's findings at column E (Tháng trước) with ``[checks] revision_note_pct``."""
    config = write_config(folder, template=None)
    with config.open("a", encoding="utf-8") as handle:
        handle.write(f"\n[checks]\nrevision_note_pct = {pct}\n")
    problems = check_inputs(load_config(config), MARCH).problems
    return [(p.severity.name, p.cell, p.message) for p in problems if (p.cell or "")[:1] == "E"]


def test_a_revision_that_happens_to_be_the_month_befores_is_a_revision(tmp_path: Path) -> None:
    """An office that takes revisions within 5% as notes: March's Tháng trước of «z», 98,
    revises February's estimate 100 and happens to be February's own Tháng trước (January's
    98) while the rest of the column was updated. It is the note of a revision, not the
    warning of a copied column, which a cron run with --strict would fail on one month in
    fifteen; at the default 0% it is still warned as a copy."""
    data = tmp_path / "data"
    data.mkdir()
    codes = ("a", "b", "c", "z")
    month_book(data, FEBRUARY, {}, [row(c, 100, 98, None, 198) for c in codes])
    month_book(data, MARCH, {}, [row(c, 110, 100 if c != "z" else 98, None) for c in codes])
    revision = (
        "INFO",
        "E5",
        "«Tháng trước» của «z» (98) khác số ước tính đã báo cáo trong 2025-02.xlsx "
        "(ChiTieu!D5) (100); báo cáo dùng số mới.",
    )
    assert e_column(tmp_path, "5") == [revision]
    assert e_column(tmp_path, "0") == [
        (
            "WARNING",
            "E5",
            "«Tháng trước» của «z» (98) bằng «Tháng trước» trong 2025-02.xlsx (ChiTieu!E5), "
            "tức số của tháng 1/2025, không phải số tháng 2/2025 trong 2025-02.xlsx "
            "(ChiTieu!D5) (100): có lẽ cột «Tháng trước» được chép từ sổ tháng trước mà chưa "
            "cập nhật, và báo cáo sẽ so sánh với tháng 1/2025. Hãy ghi số của tháng 2/2025.",
        )
    ]


def test_a_column_copied_is_warned_even_within_the_revision_percent(tmp_path: Path) -> None:
    """The whole Tháng trước column left as February's (each within 5% of February's
    estimates): each row is still warned as copied, not noted as revised."""
    data = tmp_path / "data"
    data.mkdir()
    codes = ("a", "b", "c", "z")
    month_book(data, FEBRUARY, {}, [row(c, 100, 98, None, 198) for c in codes])
    month_book(data, MARCH, {}, [row(c, 110, 98, None) for c in codes])
    found = e_column(tmp_path, "5")
    assert [(s, c) for s, c, _ in found] == [("WARNING", f"E{n}") for n in range(2, 6)]
    assert all("có lẽ cột «Tháng trước» được chép" in m for _, _, m in found)


def test_a_copied_previous_month_does_not_revise_the_year_to_date(data: Path) -> None:
    """March's Tháng trước 90, warned as February's own Tháng trước copied, was still taken
    as a revision of February's 100 for the year-to-date: a typed Lũy kế 310 (190 + 120)
    was warned as unlike 300, and a blank one filled with 300. It is February's Lũy kế plus
    the month, as without a revision."""
    month_book(data, MARCH, {}, [row("x", 120, 90, None, 310)])
    assert [c for _, c, _ in findings(data.parent, MARCH) if c == "G2"] == []
    month_book(data, MARCH, {}, [row("x", 120, 90, None, None)])
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "G2"] == [
        (
            "INFO",
            "G2",
            "«Lũy kế» của «x» tính bằng «Lũy kế» trong 2025-02.xlsx (ChiTieu!G2) cộng «Tháng "
            "báo cáo» của sổ này (190 + 120): 310.",
        )
    ]


def test_a_paragraph_opening_with_a_quarter_of_no_number_is_not_a_period(data: Path) -> None:
    """ "Quý V/2025" names no quarter (``ReportKind.quarter_named``): the paragraph is read
    as any other, where the reader's own copy of that parse raised ValueError."""
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = "Quý V/2025, Sở đã cấp 90 giấy phép."
    book.save(path)
    assert [f for f in findings(data.parent, MARCH) if f[1] and f[1].startswith("C")] == []


def test_a_paragraph_with_a_long_run_of_spaces_after_its_opening_is_read_at_once() -> None:
    """Spaces after the opening ("Năm 2025" and 150 spaces, as a paragraph pasted from a
    justified PDF may have) were shared out among the pattern's runs of spaces every way
    there is before it failed: seconds for 100 spaces, minutes for 400 (a check stopped by
    its time limit). They are taken whole now, and "và tháng 1/2026" after them still said."""
    import time

    from baocao.staleperiod import this_month_after

    january = this_month_after(Period(2026, 1))
    started = time.perf_counter()
    assert january.match("Năm 2025" + " " * 150 + "Sở tiếp nhận hồ sơ.", 8) is None
    assert time.perf_counter() - started < 0.1
    assert january.match("Năm 2025" + " " * 150 + "và tháng 1/2026 không có hồ sơ trễ.", 8)


@pytest.mark.parametrize(
    ("period", "text", "opening", "named"),
    [
        (
            Period(2025, 10),
            "9 tháng năm 2025, Sở đã cấp 90 giấy phép.",
            "9 tháng năm 2025",
            "9 tháng đầu năm 2025",
        ),
        (
            Period(2025, 7),
            "Tính chung 6 tháng năm 2025, Sở đã cấp 40 giấy phép.",
            "Tính chung 6 tháng năm 2025",
            "6 tháng đầu năm 2025",
        ),
    ],
)
def test_the_months_to_last_month_said_without_dau_are_a_warning(
    data: Path, period: Period, text: str, opening: str, named: str
) -> None:
    """The statistics office writes the months from January without "đầu" ("9 tháng năm
    2025", "Tính chung 6 tháng năm 2025"): such a paragraph copied into October's (July's)
    workbook was printed without a word, while "9 tháng đầu năm 2025, …" was warned."""
    path = month_book(data, period, {}, [row("x", 100, 90, None, 700)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = text
    book.save(path)
    covered = f"tháng {period.month}/{period.year}"
    assert [f[2] for f in findings(data.parent, period) if f[1] == "C2"] == [
        f"Đoạn này bắt đầu bằng «{opening}», tức {named}, nhưng báo cáo là {covered}: có lẽ "
        f"đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội dung của {covered}."
    ]


@pytest.mark.parametrize(
    ("period", "text", "opening", "named"),
    [
        (
            Period(2016, 12),
            "Lũy kế 11 tháng của năm 2016, chỉ số sản xuất ngành công nghiệp tăng 7,0%.",
            "Lũy kế 11 tháng của năm 2016",
            "11 tháng đầu năm 2016",
        ),
        (
            Period(2025, 6),
            "Cộng dồn 5 tháng năm 2025, Sở đã cấp 40 giấy phép.",
            "Cộng dồn 5 tháng năm 2025",
            "5 tháng đầu năm 2025",
        ),
    ],
)
def test_the_months_to_last_month_said_as_a_year_to_date_are_a_warning(
    data: Path, period: Period, text: str, opening: str, named: str
) -> None:
    """Hà Nội's report of November 2016 (province24) opens "Lũy kế 11 tháng của năm 2016,
    chỉ số …": such a paragraph copied into December's workbook was printed without a word,
    while "11 tháng đầu năm 2016, …" was warned. A department's own words for the months
    from January ("Lũy kế", "Cộng dồn", "… tháng của năm …") name that period too."""
    path = month_book(data, period, {}, [row("x", 100, 90, None, 700)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = text
    book.save(path)
    covered = f"tháng {period.month}/{period.year}"
    assert [f[2] for f in findings(data.parent, period) if f[1] == "C2"] == [
        f"Đoạn này bắt đầu bằng «{opening}», tức {named}, nhưng báo cáo là {covered}: có lẽ "
        f"đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội dung của {covered}."
    ]


@pytest.mark.parametrize(
    ("kind", "month", "opening", "covered"),
    [
        ("9 tháng", 9, "9 tháng đầu năm 2024", "9 tháng đầu năm 2025"),
        ("9 tháng", 9, "Trong 9 tháng năm 2024", "9 tháng đầu năm 2025"),
        ("quý", 3, "Quý I/2024", "quý I năm 2025"),
        ("tháng", 9, "Tháng 9/2024", "tháng 9/2025"),
        ("9 tháng", 9, "Tháng 9/2024", None),  # the month alone, in a report of 9 months
        ("quý", 6, "6 tháng đầu năm 2024", None),  # not the quarter's own period
        ("năm", 12, "Năm 2024", None),  # a year named alone may tell why
    ],
)
def test_a_paragraph_of_last_years_same_period_is_a_warning(
    data: Path, kind: str, month: int, opening: str, covered: str | None
) -> None:
    """Gia Lai's 9-month workbook of 2024 begun from 2023's, with the paragraph "9 tháng đầu
    năm 2023, Sở đã tham mưu UBND tỉnh ban hành 15 văn bản …" left in it, passed --strict:
    the report told last year's work as this year's. A paragraph opening with the report's
    own period of last year is a warning; one naming this year too is a comparison."""
    period = Period(2025, month)
    path = month_book(data, period, {"ky_bao_cao": kind}, [row("x", 100, 90, None, 900)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = f"{opening}, Sở đã tham mưu UBND tỉnh ban hành 15 văn bản."
    book["HoatDong"].append(["Công tác khác", 1, f"{opening} đạt 80 vụ, năm 2025 đạt 95 vụ."])
    book.save(path)
    found = [f for f in findings(data.parent, period) if f[1] and f[1].startswith("C")]
    assert found == (
        [
            (
                "WARNING",
                "C2",
                f"Đoạn này bắt đầu bằng «{opening}», tức cùng kỳ năm 2024, nhưng báo cáo là "
                f"{covered}: có lẽ đoạn được chép từ sổ của năm trước mà chưa cập nhật. Hãy "
                f"viết nội dung của {covered}.",
            )
        ]
        if covered
        else []
    )


@pytest.mark.parametrize(
    ("kind", "month", "text"),
    [
        ("tháng", 1, "Tháng 1/2024 đến tháng 12/2024, Sở đã tham mưu 15 văn bản."),
        ("tháng", 1, "Tháng 1/2024 - tháng 12/2024, Sở đã tham mưu 15 văn bản."),
        ("9 tháng", 9, "9 tháng đầu năm 2024, Sở tham mưu 15 văn bản; năm nay tăng 3 văn bản."),
    ],
    ids=["span-to", "span-dash", "this-year-named"],
)
def test_a_paragraph_opening_with_last_years_period_to_tell_a_span_or_compare_is_quiet(
    data: Path, kind: str, month: int, text: str
) -> None:
    """A paragraph that opens with last year's period to tell a span ("Tháng 1/2024 đến
    tháng 12/2024, …" in January 2025's report: the year's review) or to compare with this
    year named "năm nay" warned as copied from last year's workbook under --strict."""
    period = Period(2025, month)
    path = month_book(data, period, {"ky_bao_cao": kind}, [row("x", 100, 90, None, 900)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = text
    book.save(path)
    assert [f for f in findings(data.parent, period) if f[1] == "C2"] == []


def test_a_paragraph_of_the_period_ended_last_month_compared_with_this_month_is_quiet(
    data: Path,
) -> None:
    """April's report: "Quý I/2025, Sở đã tiếp nhận 320 hồ sơ; tháng 4/2025 tiếp nhận 118
    hồ sơ, tăng 5%." compares April with the quarter, and was warned "Đoạn này bắt đầu bằng
    «Quý I/2025», tức quý I/2025, nhưng báo cáo là tháng 4/2025: có lẽ đoạn được chép từ sổ
    tháng trước mà chưa cập nhật." (falsealarm4). One naming April only in a plan ("…; dự
    kiến tháng 4/2025 …"), as March's quarter report would, is still a warning."""
    april = month_book(data, Period(2025, 4), {}, [row("x", 100, 90, None, 400)])
    book = openpyxl.load_workbook(april)
    book["HoatDong"]["C2"] = (
        "Quý I/2025, Sở đã tiếp nhận 320 hồ sơ; tháng 4/2025 tiếp nhận 118 hồ sơ, tăng 5%."
    )
    book["HoatDong"].append(
        ["Công tác khác", 1, "Quý I/2025 số hồ sơ trực tuyến đạt 85%, sang tháng 4/2025 đạt 90%."]
    )
    book["HoatDong"].append(
        ["Công tác khác", 1, "Quý I/2025, đã nhận 300 hồ sơ; dự kiến tháng 4/2025 cấp 100."]
    )
    book.save(april)
    assert [f for f in findings(data.parent, Period(2025, 4)) if f[1] and f[1].startswith("C")] == [
        (
            "WARNING",
            "C4",
            "Đoạn này bắt đầu bằng «Quý I/2025», tức quý I/2025, nhưng báo cáo là tháng "
            "4/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 4/2025.",
        )
    ]


def test_last_year_opening_a_paragraph_told_against_this_year_is_quiet(data: Path) -> None:
    """January's report: "Năm 2025, tổng mức bán lẻ tăng 10%; năm nay dự kiến tăng 11%."
    tells last year's result against this year's ("năm nay", which in December's
    workbook would be 2025 itself), and was warned "Đoạn này bắt đầu bằng «Năm 2025», tức
    năm 2025, nhưng báo cáo là tháng 1/2026: có lẽ đoạn được chép từ sổ tháng trước mà
    chưa cập nhật." (falsealarm4). "Năm 2025, Sở đã cấp 40 giấy phép." still is."""
    january = month_book(data, Period(2026, 1), {}, [row("x", 100, 90)])
    book = openpyxl.load_workbook(january)
    book["HoatDong"]["C2"] = "Năm 2025, tổng mức bán lẻ tăng 10%; năm nay dự kiến tăng 11%."
    book["HoatDong"].append(["Công tác khác", 1, "Năm 2025, Sở đã cấp 40 giấy phép."])
    book.save(january)
    assert [f for f in findings(data.parent, Period(2026, 1)) if f[1] and f[1].startswith("C")] == [
        (
            "WARNING",
            "C3",
            "Đoạn này bắt đầu bằng «Năm 2025», tức năm 2025, nhưng báo cáo là tháng 1/2026: có "
            "lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội dung của tháng "
            "1/2026.",
        )
    ]


_LAST_YEARS_TASK = (
    "Nhiệm vụ này nêu «{named}», một kỳ đã qua, nhưng phần II của báo cáo {report} là "
    "nhiệm vụ {tasks}: có lẽ nhiệm vụ được chép từ báo cáo năm trước mà chưa cập nhật. Hãy "
    "kiểm tra lại kỳ và năm của nhiệm vụ."
)


def _nine_months(folder: Path, tasks: list[str]) -> list[tuple[str, str | None, str]]:
    """``tasks_said`` of the 9-month report of 2025."""
    return tasks_said(folder, Period(2025, 9), tasks, {"ky_bao_cao": "9 tháng"}, 900)


def _past_in_nine_months(cell: str, named: str) -> tuple[str, str, str]:
    """lastyeartasks' warning at ``cell`` of a task naming ``named`` in that report."""
    said = _LAST_YEARS_TASK.format(
        named=named, report="9 tháng đầu năm 2025", tasks="từ tháng 10/2025"
    )
    return ("WARNING", cell, said)


@pytest.mark.parametrize(
    ("kind", "month", "tasks", "expected"),
    [
        (
            "9 tháng",
            9,
            [
                "Tổ chức các hoạt động xúc tiến thương mại quý IV năm 2024.",
                "Tập trung hoàn thành nhiệm vụ 3 tháng cuối năm 2024.",
                "Triển khai Quyết định số 12/QĐ-UBND ngày 15 tháng 10 năm 2024 của UBND tỉnh.",
                "Phấn đấu quý IV/2025 tăng 10% so với quý IV/2024.",
                "Hỗ trợ doanh nghiệp khắc phục hậu quả bão số 3 (tháng 9/2024).",
                "Xử lý dứt điểm các vụ việc tồn đọng từ quý IV/2024.",
                "Hoàn thành các chỉ tiêu kế hoạch năm 2024.",
            ],
            [
                ("B2", "quý IV năm 2024", "9 tháng đầu năm 2025", "từ tháng 10/2025"),
                ("B3", "3 tháng cuối năm 2024", "9 tháng đầu năm 2025", "từ tháng 10/2025"),
            ],
        ),
        (
            "quý",
            3,
            [
                "Tổng hợp báo cáo quý IV/2024 gửi Bộ Công Thương.",
                "Kiểm tra thị trường quý II/2024.",
            ],
            [("B3", "quý II/2024", "quý I năm 2025", "từ tháng 4/2025")],
        ),
        (
            None,
            9,
            ["Trong tháng 10/2024, tổ chức hội chợ.", "Tổ chức hội chợ hàng Việt tháng 10/2024."],
            [
                ("B2", None, "tháng 9/2025", "tháng 10/2025"),
                ("B3", "tháng 10/2024", "tháng 9/2025", "của tháng 10/2025"),
            ],
        ),
    ],
)
def test_a_task_naming_a_period_long_past_is_a_warning(
    tmp_path: Path,
    kind: str | None,
    month: int,
    tasks: list[str],
    expected: list[tuple[str, str | None, str, str]],
) -> None:
    """Đông Giang's 9-month report of 2025 begun from last year's workbook: last year's task
    "Tổ chức các hoạt động xúc tiến thương mại quý IV năm 2024." was printed under "II.
    PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM 2025" with a clean check --strict (office20).
    A document's date, a comparison with this year, a period in brackets or after "từ", a
    quarter just ended and a year alone are said nothing of; a task opening with a month
    already reported is said once, by staletasks (named None)."""
    period = Period(2025, month)
    info: dict[str, object] = {"ky_bao_cao": kind} if kind else {}
    said = tasks_said(tmp_path, period, tasks, info, month * 100)
    opening = (
        "Nhiệm vụ này bắt đầu bằng «Trong tháng 10/2024», tức tháng 10/2024, nhưng phần II của "
        "báo cáo {report} là nhiệm vụ {tasks}: có lẽ nhiệm vụ được chép từ sổ tháng trước "
        "mà chưa cập nhật. Hãy viết nhiệm vụ của tháng 10/2025."
    )
    assert said == [
        (
            "WARNING",
            cell,
            (opening if named is None else _LAST_YEARS_TASK).format(
                named=named, report=report, tasks=coming
            ),
        )
        for cell, named, report, coming in expected
    ]


def test_a_document_s_month_after_its_number_is_no_task_long_past(tmp_path: Path) -> None:
    """ "Thực hiện Nghị quyết số 05/NQ-HĐND tháng 12/2024 của HĐND tỉnh." in the 6-month
    report of 2025 was warned "Nhiệm vụ này nêu «tháng 12/2024», một kỳ đã qua, …"
    (falsealarm14): a month right after a document's number ("số 05/NQ-HĐND") is that
    document's date, as one after "ngày" is. A period after a number without its symbol
    ("bão số 3 tháng 9/2024") and the task after it still are warned."""
    tasks = [
        "Thực hiện Nghị quyết số 05/NQ-HĐND tháng 12/2024 của HĐND tỉnh.",
        "Triển khai Kế hoạch số 12/2024/KH-UBND tháng 11/2024 của UBND tỉnh.",
        "Khắc phục hậu quả bão số 3 tháng 9/2024 đối với lưới điện.",
    ]
    said = tasks_said(tmp_path, Period(2025, 6), tasks, {"ky_bao_cao": "6 tháng"}, 600)
    assert said == [
        (
            "WARNING",
            "B4",
            _LAST_YEARS_TASK.format(
                named="tháng 9/2024", report="6 tháng đầu năm 2025", tasks="từ tháng 7/2025"
            ),
        )
    ]


def test_a_document_s_month_after_its_number_typed_without_so_is_no_task_long_past(
    tmp_path: Path,
) -> None:
    """attack15: "Triển khai Nghị quyết 05-NQ/TU tháng 10/2024 của Tỉnh ủy." in the 9-month
    report of 2025 was warned "Nhiệm vụ này nêu «tháng 10/2024», một kỳ đã qua, …": a
    document's number with its symbol ("05-NQ/TU", "12/CTr-UBND") is one without "số" before
    it too, and the month after it the document's date. A number whose part after "/" has
    no letter is no symbol: "15/10/2024 tháng 9/2024" and the task after it still are
    warned."""
    tasks = [
        "Triển khai Nghị quyết 05-NQ/TU tháng 10/2024 của Tỉnh ủy.",
        "Thực hiện Chương trình hành động 12/CTr-UBND tháng 11/2024.",
        "Rà soát hồ sơ nhận 15/10/2024 tháng 9/2024 đối với lưới điện.",
    ]
    assert _nine_months(tmp_path, tasks) == [_past_in_nine_months("B4", "tháng 9/2024")]


def test_a_period_a_task_compares_with_is_no_task_long_past(tmp_path: Path) -> None:
    """attack15: "Phấn đấu quý IV tăng 10% so với quý IV/2024." in the 9-month report of
    2025, the coming quarter's aim against last year's, was warned "Nhiệm vụ này nêu «quý
    IV/2024», một kỳ đã qua, …", and so were "… so với cùng kỳ 3 tháng cuối năm 2024" and
    "… so với tháng 10/2024": a period after "so với" (and "so với cùng kỳ") is the base of a
    comparison, the past as a reference. Last year's task left as it was still is warned."""
    tasks = [
        "Phấn đấu quý IV tăng 10% so với quý IV/2024.",
        "Phấn đấu kim ngạch xuất khẩu 3 tháng cuối năm tăng 5% so với cùng kỳ 3 tháng cuối "
        "năm 2024.",
        "Phấn đấu chỉ số sản xuất công nghiệp tháng 10 tăng so với tháng 10/2024.",
        "Tổ chức các hoạt động xúc tiến thương mại quý IV năm 2024.",
    ]
    assert _nine_months(tmp_path, tasks) == [_past_in_nine_months("B5", "quý IV năm 2024")]


def test_a_long_word_of_slashes_before_months_is_read_at_once(tmp_path: Path) -> None:
    """attack13: a document's number was looked for before each month of a task, its
    "\\S*/\\S+" trying each "/" of a long word with each of its ends: "số 1" and 32 000 "/"
    before three months took 20 s to check. Read once now; the month long past after them
    is still warned, the months just ended are not."""
    import time

    period, data = Period(2025, 3), tmp_path / "data"
    data.mkdir()
    path = month_book(data, period, {}, [row("x", 100, 90, None, 300)])
    book = openpyxl.load_workbook(path)
    book["NhiemVu"]["B2"] = (
        "Rà soát văn bản số 1" + "/" * 32_000 + " về tháng 11/2024, tháng 12/2024 và tháng 9/2024."
    )
    book.save(path)
    start = time.perf_counter()
    said = [(s, c, m) for s, c, m in findings(tmp_path, period) if c and c.startswith("B")]
    assert time.perf_counter() - start < 3
    assert said == [
        (
            "WARNING",
            "B2",
            _LAST_YEARS_TASK.format(
                named="tháng 9/2024", report="tháng 3/2025", tasks="của tháng 4/2025"
            ),
        )
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Triển khai các nhiệm vụ trọng tâm tháng 1 năm 2026.",
            "nhiệm vụ trọng tâm tháng 1 năm 2026",
        ),
        ("Tập trung thực hiện nhiệm vụ tháng 01/2026.", "nhiệm vụ tháng 01/2026"),
        ("Các phòng triển khai Nhiệm vụ tháng 1.", "Nhiệm vụ tháng 1"),
        ("Rà soát nhiệm vụ tháng 12/2025 để triển khai.", "nhiệm vụ tháng 12/2025"),
    ],
)
def test_a_task_naming_the_tasks_of_this_month_inside_is_a_warning(
    tmp_path: Path, text: str, said: str
) -> None:
    """ "Triển khai các nhiệm vụ trọng tâm tháng 1 năm 2026." (December's task for January,
    copied) in January 2026's report, whose Section II is February's tasks, passed --strict
    and was printed under "NHIỆM VỤ TRỌNG TÂM THÁNG 2 NĂM 2026" (office21): it does not open
    with the month, so it was not read."""
    month = "1/2026" if "12" not in said else "12/2025"
    assert tasks_said(tmp_path, Period(2026, 1), [text], {}, 100) == [
        (
            "WARNING",
            "B2",
            f"Nhiệm vụ này ghi «{said}», tức tháng {month}, nhưng phần II của báo cáo tháng "
            "1/2026 là nhiệm vụ tháng 2/2026: có lẽ nhiệm vụ được chép từ sổ tháng trước "
            "mà chưa cập nhật. Hãy viết nhiệm vụ của tháng 2/2026.",
        )
    ]


def test_a_task_naming_a_years_tasks_already_ended_is_a_warning(tmp_path: Path) -> None:
    """ "Tập trung thực hiện các nhiệm vụ trọng tâm năm 2025." was printed under "NHIỆM VỤ
    TRỌNG TÂM THÁNG 2 NĂM 2026" of January 2026's report with a clean check (office29): a
    month's, a quarter's and months' tasks were read, not a year's. Looking back at it, or
    the year to come, is quiet; so is a year named without "nhiệm vụ" (a plan's year)."""
    tasks = [
        "Tập trung thực hiện các nhiệm vụ trọng tâm năm 2025.",
        "Tiếp tục thực hiện nhiệm vụ của năm 2025.",
        "Tổng kết, đánh giá kết quả thực hiện nhiệm vụ năm 2025.",
        "Triển khai nhiệm vụ năm 2026.",
        "Báo cáo kết quả thực hiện kế hoạch năm 2025.",
    ]
    said = "Nhiệm vụ này ghi «{}», tức năm 2025, nhưng phần II của báo cáo tháng 1/2026 là "
    said += "nhiệm vụ tháng 2/2026: có lẽ nhiệm vụ được chép từ sổ tháng trước "
    said += "mà chưa cập nhật. Hãy viết nhiệm vụ của tháng 2/2026."
    assert tasks_said(tmp_path, Period(2026, 1), tasks, {}, 100) == [
        ("WARNING", "B2", said.format("nhiệm vụ trọng tâm năm 2025")),
        ("WARNING", "B3", said.format("nhiệm vụ của năm 2025")),
    ]


def test_a_task_naming_a_tet_already_past_is_a_warning(tmp_path: Path) -> None:
    """ "… Tết Nguyên đán Ất Tỵ 2025." was printed under "NHIỆM VỤ TRỌNG TÂM THÁNG 2 NĂM 2026"
    of January 2026's report with a clean check (office29). A Tết is past for the tasks of
    a later year (or of March and after: office30); its year is typed, or its name in the
    cycle's. The Tết to come, or one looked back at, is quiet; a task another rule warned
    of is said once."""
    tasks = [
        "Chuẩn bị hàng hóa phục vụ Tết Nguyên đán Ất Tỵ 2025.",
        "Đảm bảo cung ứng hàng hóa dịp Tết Ất Tị.",
        "Phục vụ Tết Nguyên đán Bính Ngọ 2026.",
        "Tổng kết công tác phục vụ Tết Nguyên đán Ất Tỵ 2025.",
        "Bình ổn thị trường dịp Tết Bính Ngọ.",
        "Thực hiện các nhiệm vụ trọng tâm năm 2025, phục vụ Tết Nguyên đán 2025.",
    ]
    said = "Nhiệm vụ này nêu «{}», Tết của năm {}, đã qua, nhưng phần II của báo cáo tháng "
    said += "{} là nhiệm vụ của tháng {}: có lẽ nhiệm vụ được chép từ báo cáo trước mà chưa "
    said += "cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu không còn cần."
    found = tasks_said(tmp_path, Period(2026, 1), tasks, {}, 100)
    assert found[:2] == [
        ("WARNING", "B2", said.format("Tết Nguyên đán Ất Tỵ 2025", 2025, "1/2026", "2/2026")),
        ("WARNING", "B3", said.format("Tết Ất Tị", 2025, "1/2026", "2/2026")),
    ]
    assert [(c, m.split("»")[0]) for _, c, m in found[2:]] == [
        ("B7", "Nhiệm vụ này ghi «nhiệm vụ trọng tâm năm 2025")  # staletasks' alone
    ]
    march = tmp_path / "march"
    march.mkdir()
    assert tasks_said(march, Period(2026, 2), tasks[2:3], {}, 200) == [
        ("WARNING", "B2", said.format("Tết Nguyên đán Bính Ngọ 2026", 2026, "2/2026", "3/2026"))
    ]


def test_a_task_planning_for_a_period_already_reported_is_a_warning(tmp_path: Path) -> None:
    """office30: last month's tasks copied into November 2025's workbook, "Chuẩn bị các
    điều kiện tổ chức Tuần lễ hàng Việt tháng 11/2025" and "Tổ chức Hội chợ Thương mại
    tháng 10/2025", were printed under "NHIỆM VỤ TRỌNG TÂM THÁNG 12 NĂM 2025" with a clean
    check: no month opened them. A task opening with a verb of what is to come, whose
    periods all ended, is said; a period to come, a look back, a document's month, or a
    time reckoned from, is quiet."""
    tasks = [
        "Chuẩn bị các điều kiện tổ chức Tuần lễ hàng Việt tháng 11/2025.",
        "Tổ chức Hội chợ Thương mại tháng 10/2025 tại huyện Tân Phong.",
        "Tổ chức Hội chợ Thương mại tháng 11/2025 và tháng 12/2025.",
        "Tổ chức sơ kết Tuần lễ hàng Việt tháng 11/2025.",
        "Triển khai Nghị quyết của HĐND tỉnh tháng 10/2025.",
        "Triển khai Kế hoạch số 45/KH-UBND tháng 10/2025.",
        "Tổ chức kiểm tra thị trường tháng 12/2025.",
        "Hướng dẫn doanh nghiệp tham gia hội chợ tháng 10/2025.",
    ]
    said = "Nhiệm vụ này nêu «{}», một kỳ đã báo cáo, nhưng phần II của báo cáo tháng 11/2025 "
    said += "là nhiệm vụ của tháng 12/2025: có lẽ nhiệm vụ được chép từ sổ tháng trước "
    said += "mà chưa cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu đã xong."
    assert tasks_said(tmp_path, Period(2025, 11), tasks, {}, 1100) == [
        ("WARNING", "B2", said.format("tháng 11/2025")),
        ("WARNING", "B3", said.format("tháng 10/2025")),
    ]


_STALE_TASK = (
    "Nhiệm vụ này ghi «{said}», tức {named}, nhưng phần II của báo cáo {report} là nhiệm vụ "
    "từ tháng {coming}: có lẽ nhiệm vụ được chép từ sổ tháng trước "
    "mà chưa cập nhật. Hãy viết nhiệm vụ từ tháng {coming}."
)


@pytest.mark.parametrize(
    ("kind", "month", "tasks", "expected"),
    [
        (
            "quý",
            9,
            [
                "Tiếp tục thực hiện nhiệm vụ quý II/2025.",
                "Triển khai nhiệm vụ trọng tâm quý 3 năm 2025.",
                "Thực hiện nhiệm vụ quý IV/2025.",
                "Thực hiện nhiệm vụ 6 tháng cuối năm 2025.",
                "Tổng kết nhiệm vụ quý III/2025.",
                "Tiếp tục nhiệm vụ quý IV/2024.",
            ],
            [
                ("B2", "nhiệm vụ quý II/2025", "quý II/2025"),
                ("B3", "nhiệm vụ trọng tâm quý 3 năm 2025", "quý III/2025"),
                ("B7", None, "quý IV/2024"),
            ],
        ),
        (
            "6 tháng",
            6,
            ["Hoàn thành nhiệm vụ 6 tháng đầu năm 2025.", "Tiếp tục nhiệm vụ tháng 10/2024."],
            [
                ("B2", "nhiệm vụ 6 tháng đầu năm 2025", "6 tháng đầu năm 2025"),
                ("B3", None, "tháng 10/2024"),
            ],
        ),
    ],
)
def test_a_task_naming_the_tasks_of_a_quarter_or_months_already_reported_is_a_warning(
    tmp_path: Path,
    kind: str,
    month: int,
    tasks: list[str],
    expected: list[tuple[str, str | None, str]],
) -> None:
    """ "Tiếp tục thực hiện nhiệm vụ quý II/2025." was printed under "NHIỆM VỤ TRỌNG TÂM
    QUÝ IV NĂM 2025" of the quý III/2025 report with a clean check (office23): only a
    month's tasks ("nhiệm vụ tháng 8/2025") were read. A quarter's or months' tasks still to
    come, or looked back at, are quiet; those of a period long past are said once, by
    lastyeartasks (said None), where a month's had been said twice."""
    period = Period(2025, month)
    report = "quý III năm 2025" if kind == "quý" else "6 tháng đầu năm 2025"
    coming = period.next().short
    assert tasks_said(tmp_path, period, tasks, {"ky_bao_cao": kind}, 900) == [
        (
            "WARNING",
            cell,
            _STALE_TASK.format(said=said, named=named, report=report, coming=coming)
            if said
            else _LAST_YEARS_TASK.format(named=named, report=report, tasks=f"từ tháng {coming}"),
        )
        for cell, said, named in expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Triển khai nhiệm vụ trọng tâm tháng 2 năm 2026.",
        "Đánh giá kết quả thực hiện nhiệm vụ tháng 1/2026.",
        "Sơ kết nhiệm vụ tháng 1, triển khai tháng 2.",
        "Hoàn thành nhiệm vụ tháng 1 và tháng 2/2026 theo kế hoạch.",
        "Thực hiện nhiệm vụ năm 2026.",
        "Hoàn thành nhiệm vụ tháng 12/2025 còn tồn đọng.",
        "Làm tiếp các nhiệm vụ tháng 1 chưa hoàn thành.",
    ],
)
def test_a_task_naming_the_tasks_to_come_or_looking_back_is_quiet(
    tmp_path: Path, text: str
) -> None:
    assert tasks_said(tmp_path, Period(2026, 1), [text], {}, 100) == []


def test_the_tasks_of_a_quarter_left_behind_are_quiet(tmp_path: Path) -> None:
    """falsealarm15: "Đẩy nhanh tiến độ các nhiệm vụ quý III còn chậm." in the quý III
    report, the quarter's work left behind, was warned as a task copied from last month's
    workbook, as "… còn tồn đọng" is not; "chậm nhất" (at the latest) sets a deadline."""
    tasks = [
        "Đẩy nhanh tiến độ các nhiệm vụ quý III còn chậm.",
        "Tiếp tục thực hiện nhiệm vụ quý III/2025 còn dở dang.",
        "Hoàn thành các nhiệm vụ quý III chậm tiến độ.",
        "Hoàn thành nhiệm vụ quý III chậm nhất ngày 30/9.",
        "Làm tiếp các nhiệm vụ quý III chưa đạt, chưa xong.",
    ]
    stale = _STALE_TASK.format(
        said="nhiệm vụ quý III", named="quý III/2025", report="quý III năm 2025", coming="10/2025"
    )
    assert tasks_said(tmp_path, Period(2025, 9), tasks, {"ky_bao_cao": "quý"}, 900) == [
        ("WARNING", "B5", stale)
    ]


def test_a_reported_period_s_work_left_unfinished_is_quiet(tmp_path: Path) -> None:
    """office42: in the quý III report, the quarter's work carried on unfinished ("… nhiệm vụ
    quý III/2026 còn dang dở", "… bị chậm"; "triển khai các nội dung còn dở dang của tháng
    9/2026", "… dự án còn chậm tiến độ trong quý III/2026") was warned as a task copied from
    last month's workbook, as "… còn dở dang" after the tasks and "… còn chậm" are not. A
    task planning the period itself, or naming its tasks alone, is still warned."""
    tasks = [
        "Tập trung hoàn thành các nhiệm vụ quý III/2026 còn dang dở.",
        "Đẩy nhanh tiến độ các nhiệm vụ quý III/2026 bị chậm.",
        "Tiếp tục triển khai các nội dung còn dở dang của tháng 9/2026.",
        "Tiếp tục triển khai các dự án còn chậm tiến độ trong quý III/2026.",
        "Triển khai các phần việc chưa hoàn thành của quý III/2026.",
        "Tiếp tục thực hiện nhiệm vụ quý III/2026.",
        "Tổ chức Hội chợ thương mại tháng 9/2026.",
    ]
    stale = _STALE_TASK.format(
        said="nhiệm vụ quý III/2026",
        named="quý III/2026",
        report="quý III năm 2026",
        coming="10/2026",
    )
    planned = (
        "Nhiệm vụ này nêu «tháng 9/2026», một kỳ đã báo cáo, nhưng phần II của báo cáo quý "
        "III năm 2026 là nhiệm vụ từ tháng 10/2026: có lẽ nhiệm vụ được chép từ sổ tháng "
        "trước mà chưa cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu đã xong."
    )
    assert tasks_said(tmp_path, Period(2026, 9), tasks, {"ky_bao_cao": "quý"}, 900) == [
        ("WARNING", "B7", stale),
        ("WARNING", "B8", planned),
    ]


def test_the_shortcomings_of_a_period_s_tasks_look_back_at_them(tmp_path: Path) -> None:
    """falsealarm18: "Khắc phục những tồn tại, hạn chế trong thực hiện nhiệm vụ 6 tháng đầu
    năm 2025." in the 6-month report (the half-year's shortcomings to remedy, as reports word
    "những khó khăn, hạn chế còn tồn tại", "bài học kinh nghiệm") was warned as the half-year's
    task copied from last month's workbook, as "đánh giá kết quả thực hiện nhiệm vụ …" is
    not. Their shortcomings, obstacles and lessons look back at a period's tasks; the tasks
    themselves named alone are still warned."""
    period, data = Period(2025, 6), tmp_path / "data"
    data.mkdir()
    path = month_book(data, period, {"ky_bao_cao": "6 tháng"}, [row("x", 100, 90, None, 600)])
    book = openpyxl.load_workbook(path)
    for number, task in enumerate(
        [
            "Khắc phục những tồn tại, hạn chế trong thực hiện nhiệm vụ 6 tháng đầu năm 2025.",
            "Tháo gỡ khó khăn, vướng mắc trong thực hiện nhiệm vụ 6 tháng đầu năm 2025.",
            "Rút kinh nghiệm việc thực hiện nhiệm vụ 6 tháng đầu năm 2025.",
            "Tiếp tục thực hiện nhiệm vụ 6 tháng đầu năm 2025.",
        ],
        start=2,
    ):
        book["NhiemVu"][f"B{number}"] = task
    book.save(path)
    stale = _STALE_TASK.format(
        said="nhiệm vụ 6 tháng đầu năm 2025",
        named="6 tháng đầu năm 2025",
        report="6 tháng đầu năm 2025",
        coming="7/2025",
    )
    assert [f for f in findings(tmp_path, period) if f[1] and f[1].startswith("B")] == [
        ("WARNING", "B5", stale)
    ]


def test_a_past_event_s_conclusions_are_no_task_long_past(tmp_path: Path) -> None:
    """falsealarm18: in the 9-month report of 2025, tasks carrying out the conclusions or
    recommendations of a past event ("Thực hiện kết luận của Chủ tịch UBND tỉnh tại buổi
    làm việc với Sở Công Thương tháng 10/2024.", "Xử lý dứt điểm các kiến nghị của cử tri tại
    Kỳ họp thứ 20 HĐND tỉnh tháng 12/2024.") were each warned "Nhiệm vụ này nêu «tháng
    10/2024», một kỳ đã qua, …": the period dates the meeting, session or inspection whose
    "kết luận" or "kiến nghị" the task carries out, not the task. Last year's own task, "Tổ
    chức Hội nghị đối thoại doanh nghiệp tháng 11/2024.", is still warned."""
    tasks = [
        "Thực hiện kết luận của Chủ tịch UBND tỉnh tại buổi làm việc với Sở Công Thương "
        "tháng 10/2024.",
        "Xử lý dứt điểm các kiến nghị của cử tri tại Kỳ họp thứ 20 HĐND tỉnh tháng 12/2024.",
        "Thực hiện các kiến nghị của Đoàn kiểm tra liên ngành đợt kiểm tra quý IV/2024.",
        "Thực hiện Thông báo kết luận của Thanh tra tỉnh về đợt thanh tra quý IV năm 2024.",
        "Tổ chức Hội nghị đối thoại doanh nghiệp tháng 11/2024.",
    ]
    assert _nine_months(tmp_path, tasks) == [_past_in_nine_months("B6", "tháng 11/2024")]


def test_a_years_tasks_carried_over_or_settled_are_quiet(tmp_path: Path) -> None:
    """falsealarm19: January 2026's tasks for last year's work carried over ("… các nhiệm vụ
    năm 2025 chuyển sang năm 2026", "… chuyển tiếp", those assigned and not done) or settled
    ("Quyết toán kinh phí …", "Nghiệm thu, thanh lý …") were warned as last year's tasks
    copied, as "… còn tồn đọng" and "Tổng kết …" are not. A year's tasks named alone, even
    as assigned, are still warned."""
    tasks = [
        "Tiếp tục thực hiện các nhiệm vụ năm 2025 chuyển sang năm 2026.",
        "Triển khai các nhiệm vụ năm 2025 chuyển tiếp.",
        "Hoàn thành các nhiệm vụ năm 2025 được UBND tỉnh giao nhưng chưa hoàn thành.",
        "Đẩy nhanh các nhiệm vụ năm 2025 được giao còn chậm tiến độ.",
        "Quyết toán kinh phí thực hiện nhiệm vụ năm 2025.",
        "Nghiệm thu, thanh lý các hợp đồng nhiệm vụ năm 2025.",
        "Thực hiện các nhiệm vụ năm 2025 được UBND tỉnh giao.",
    ]
    assert tasks_said(tmp_path, Period(2026, 1), tasks, {}, 100) == [
        (
            "WARNING",
            "B8",
            "Nhiệm vụ này ghi «nhiệm vụ năm 2025», tức năm 2025, nhưng phần II của báo cáo "
            "tháng 1/2026 là nhiệm vụ tháng 2/2026: có lẽ nhiệm vụ được chép từ sổ tháng trước "
            "mà chưa cập nhật. Hãy viết nhiệm vụ của tháng 2/2026.",
        )
    ]


def test_a_past_tets_accounts_settled_are_quiet(tmp_path: Path) -> None:
    """falsealarm19: "Thanh quyết toán kinh phí hỗ trợ bình ổn thị trường dịp Tết Nguyên đán
    Ất Tỵ 2025." among March 2025's tasks for April (the Tết's accounts settled after it)
    was warned as a Tết already past, as "Tổng kết công tác phục vụ Tết …" is not."""
    tasks = [
        "Thanh quyết toán kinh phí hỗ trợ bình ổn thị trường dịp Tết Nguyên đán Ất Tỵ 2025.",
        "Nghiệm thu chương trình đưa hàng Việt về nông thôn dịp Tết Ất Tỵ.",
        "Bình ổn thị trường dịp Tết Nguyên đán Ất Tỵ 2025.",
    ]
    assert tasks_said(tmp_path, Period(2025, 3), tasks, {}, 300) == [
        (
            "WARNING",
            "B4",
            "Nhiệm vụ này nêu «Tết Nguyên đán Ất Tỵ 2025», Tết của năm 2025, đã qua, nhưng phần "
            "II của báo cáo tháng 3/2025 là nhiệm vụ của tháng 4/2025: có lẽ nhiệm vụ được chép "
            "từ báo cáo trước mà chưa cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu không "
            "còn cần.",
        )
    ]


def test_new_years_day_is_past_for_februarys_tasks(tmp_path: Path) -> None:
    """review22: "Tết Dương lịch 2026" (1 January) among January 2026's tasks, those of
    February, was quiet, as the lunar Tết is until March. Said from February's tasks on;
    next year's, prepared for in December, is quiet."""
    tasks = [
        "Bảo đảm cung ứng hàng hóa dịp Tết Dương lịch 2026.",
        "Chuẩn bị hàng hóa phục vụ Tết Dương lịch 2027.",
    ]
    assert tasks_said(tmp_path, Period(2026, 1), tasks, {}, 100) == [
        (
            "WARNING",
            "B2",
            "Nhiệm vụ này nêu «Tết Dương lịch 2026», Tết của năm 2026, đã qua, nhưng phần II "
            "của báo cáo tháng 1/2026 là nhiệm vụ của tháng 2/2026: có lẽ nhiệm vụ được chép "
            "từ báo cáo trước mà chưa cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu không "
            "còn cần.",
        )
    ]
    (tmp_path / "december").mkdir()
    assert tasks_said(tmp_path / "december", Period(2025, 12), tasks, {}, 1200) == []


def test_new_years_day_named_with_the_lunar_tet_to_come_is_current(tmp_path: Path) -> None:
    """attack19: "… dịp Tết Dương lịch 2026 và Tết Nguyên đán Bính Ngọ 2026", the season's
    plan as named, among January 2026's tasks (February's, the lunar Tết on 17 February)
    was warned "Tết Dương lịch 2026 … đã qua". Quiet while that year's lunar Tết is to come;
    said in February's report, and beside another year's lunar Tết."""
    tasks = [
        "Tiếp tục bình ổn thị trường dịp Tết Dương lịch 2026 và Tết Nguyên đán Bính Ngọ 2026.",
        "Bảo đảm hàng hóa dịp Tết Dương lịch 2025 và Tết Nguyên đán Bính Ngọ 2026.",
    ]
    said = (
        "Nhiệm vụ này nêu «{}», Tết của năm {}, đã qua, nhưng phần II của báo cáo tháng "
        "{}/2026 là nhiệm vụ của tháng {}/2026: có lẽ nhiệm vụ được chép từ báo cáo trước mà "
        "chưa cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu không còn cần."
    )
    assert tasks_said(tmp_path, Period(2026, 1), tasks, {}, 100) == [
        ("WARNING", "B3", said.format("Tết Dương lịch 2025", 2025, 1, 2))
    ]
    (tmp_path / "february").mkdir()
    assert tasks_said(tmp_path / "february", Period(2026, 2), tasks[:1], {}, 200) == [
        ("WARNING", "B2", said.format("Tết Dương lịch 2026", 2026, 2, 3))
    ]


def test_a_tet_of_history_is_no_copied_task(tmp_path: Path) -> None:
    """falsealarm19: "… kỷ niệm 58 năm cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968"
    among January 2026's tasks was warned as "Tết của năm 1968, đã qua", and a count after
    "Tết" ("Tết 1500 phần quà") as the Tết of the year 1500. A task copied and left is last
    year's, or the year's before: an older Tết is history, not a copy."""
    tasks = [
        "Tổ chức kỷ niệm 58 năm cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968.",
        "Tuyên truyền kỷ niệm chiến thắng Tết Mậu Thân.",
        "Tổ chức chương trình Tết 1500 phần quà cho công nhân.",
        "Bình ổn thị trường dịp Tết Giáp Thìn 2024.",
    ]
    assert tasks_said(tmp_path, Period(2026, 1), tasks, {}, 100) == [
        (
            "WARNING",
            "B5",
            "Nhiệm vụ này nêu «Tết Giáp Thìn 2024», Tết của năm 2024, đã qua, nhưng phần II của "
            "báo cáo tháng 1/2026 là nhiệm vụ của tháng 2/2026: có lẽ nhiệm vụ được chép từ báo "
            "cáo trước mà chưa cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu không còn cần.",
        )
    ]


def test_a_years_tasks_rewarded_extended_or_spanning_years_are_quiet(tmp_path: Path) -> None:
    """falsealarm19: January 2026's "Khen thưởng tập thể, cá nhân hoàn thành xuất sắc nhiệm
    vụ năm 2025" (the year's rewards, given in January), "… nhiệm vụ năm 2025 được kéo dài
    sang năm 2026" (funds extended) and "nhiệm vụ năm 2025-2026" (a span) were warned as
    last year's tasks copied."""
    tasks = [
        "Khen thưởng tập thể, cá nhân hoàn thành xuất sắc nhiệm vụ năm 2025.",
        "Giải ngân nguồn vốn thực hiện nhiệm vụ năm 2025 được kéo dài sang năm 2026.",
        "Triển khai nhiệm vụ năm 2025-2026 theo kế hoạch.",
        "Tập trung thực hiện nhiệm vụ năm 2025.",
    ]
    assert tasks_said(tmp_path, Period(2026, 1), tasks, {}, 100) == [
        (
            "WARNING",
            "B5",
            "Nhiệm vụ này ghi «nhiệm vụ năm 2025», tức năm 2025, nhưng phần II của báo cáo "
            "tháng 1/2026 là nhiệm vụ tháng 2/2026: có lẽ nhiệm vụ được chép từ sổ tháng trước "
            "mà chưa cập nhật. Hãy viết nhiệm vụ của tháng 2/2026.",
        )
    ]


@pytest.mark.parametrize("name", ["Tết Ất Tý", "Tết Giáp Sửu", "TẾT NGUYÊN ĐÁN CANH MÃO"])
def test_a_tet_of_no_year_in_the_cycle_is_said_nothing_of(tmp_path: Path, name: str) -> None:
    """attack17: a stem and a branch of unlike parity ("Ất Tý", a slip for "Ất Tỵ" or
    "Giáp Tý") name no year of the sixty-year cycle, and the search for its year ended in a
    StopIteration: check failed with a traceback. Such a Tết has no year to be past."""
    assert tasks_said(tmp_path, Period(2026, 1), [f"Phục vụ {name}."], {}, 100) == []


def test_many_periods_in_one_task_are_read_at_once() -> None:
    """attack17: each period a task names was checked for a reference before it by reading
    the whole text before it again: 3 000 months in a task of 50 000 characters took 6 s
    in ``plannedtasks``. The words just before each are read now; each period is still
    said, and one after a bracket left open, a document's date or "so với" is not."""
    import time

    from baocao.lastyeartasks import named_periods

    text = "Tổ chức hội chợ " + "tháng 10/2025 và " * 3_000
    tail = "so với cùng kỳ quý I/2025, ngày 5 tháng 6/2025, số 7/QĐ-UB tháng 4/2025 (tháng 3/2025"
    start = time.perf_counter()
    found = [m.group(0) for m, _ in named_periods(text + "quý II/2025, " + tail)]
    assert time.perf_counter() - start < 1
    assert found == ["tháng 10/2025"] * 3_000 + ["quý II/2025"]


@pytest.mark.parametrize(
    "repeated", ["nhiệm vụ tháng 10 còn tồn đọng, ", "nhiệm vụ năm 2025 chuyển sang năm 2026, "]
)
def test_many_tasks_left_over_in_one_task_are_read_at_once(tmp_path: Path, repeated: str) -> None:
    """attack17: each "nhiệm vụ tháng …" of a task, left over ("còn tồn đọng", "chuyển
    sang"), was followed by a search of all the text before it for words that look back: a
    task of 32 000 characters (a cell holds 32 767) took 2 to 3 s to check. Still quiet,
    and at once."""
    import time

    task = "Rà soát " + repeated * (32_000 // len(repeated))
    start = time.perf_counter()
    said = tasks_said(tmp_path, Period(2025, 11), [task], {}, 1100)
    assert time.perf_counter() - start < 1
    assert said == []


def test_many_tets_after_words_that_look_back_are_read_at_once(tmp_path: Path) -> None:
    """attack17: each past Tết of a task was followed by a search of all the text before it
    for words that look back, found far in: 1 500 "Tết Ất Tỵ" after "kết quả" in a task of
    32 000 characters took 2 s to check. Still quiet (it looks back), and at once."""
    import time

    task = "Phục vụ " + "x " * 8_000 + "kết quả " + "Tết Ất Tỵ, " * 1_500
    start = time.perf_counter()
    said = tasks_said(tmp_path, Period(2026, 1), [task], {}, 100)
    assert time.perf_counter() - start < 1
    assert said == []


def test_the_weeks_after_this_years_tet_are_no_tet_past(tmp_path: Path) -> None:
    """attack17: "Ổn định sản xuất sau Tết Nguyên đán Bính Ngọ 2026" among the tasks of
    March 2026 (February's report) was warned as a Tết past: the task is of the weeks after
    it, which they are. The weeks after this year's Tết are quiet in the tasks of March (not
    April's: test_after_tet); after last year's Tết, or in the tasks of summer, the task is
    a copy as before."""
    tasks = [
        "Đôn đốc doanh nghiệp ổn định sản xuất sau Tết Nguyên đán Bính Ngọ 2026.",
        "Khắc phục tình trạng thiếu lao động sau kỳ nghỉ Tết Bính Ngọ.",
        "Theo dõi giá cả thị trường SAU DỊP TẾT NGUYÊN ĐÁN 2026.",
    ]
    said = "Nhiệm vụ này nêu «{}», Tết của năm {}, đã qua, nhưng phần II của báo cáo tháng "
    said += "{} là nhiệm vụ của tháng {}: có lẽ nhiệm vụ được chép từ báo cáo trước mà chưa "
    said += "cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu không còn cần."
    assert tasks_said(tmp_path, Period(2026, 2), tasks, {}, 200) == []
    (tmp_path / "july").mkdir()
    assert tasks_said(tmp_path / "july", Period(2026, 7), tasks[:1], {}, 700) == [
        ("WARNING", "B2", said.format("Tết Nguyên đán Bính Ngọ 2026", 2026, "7/2026", "8/2026"))
    ]
    (tmp_path / "next").mkdir()
    assert tasks_said(tmp_path / "next", Period(2027, 1), tasks[1:2], {}, 100) == [
        ("WARNING", "B2", said.format("Tết Bính Ngọ", 2026, "1/2027", "2/2027"))
    ]


@pytest.mark.parametrize(
    ("month", "info", "task"),
    [
        (6, {"ky_bao_cao": "6 tháng"}, "Tổ chức Hội nghị giao ban công tác 6 tháng đầu năm 2025."),
        (11, {}, "Tổ chức giao ban tháng 11/2025 với các phòng chuyên môn."),
        (
            11,
            {},
            "Triển khai các nội dung chỉ đạo của Chủ tịch UBND tỉnh tại phiên họp thường kỳ "
            "tháng 11/2025.",
        ),
        (11, {}, "Triển khai ý kiến chỉ đạo tại cuộc họp tháng 11/2025."),
    ],
    ids=["half-year-briefing", "month-briefing", "directions-of", "directions-at"],
)
def test_a_briefing_or_directions_of_a_period_reported_are_no_task_planned_for_it(
    tmp_path: Path, month: int, info: dict[str, object], task: str
) -> None:
    """attack17: a briefing on the period just reported ("Tổ chức Hội nghị giao ban công
    tác 6 tháng đầu năm 2025" in the 6-month report) looks back at it, and directions given
    at a meeting of it ("Triển khai ý kiến chỉ đạo tại cuộc họp tháng 11/2025") are dated
    by it: both were warned as a task planned for a period already reported."""
    assert tasks_said(tmp_path, Period(2025, month), [task], info, 100 * month) == []


def test_a_task_planned_for_a_span_running_on_is_quiet(tmp_path: Path) -> None:
    """attack17: "Tổ chức Hội chợ Thương mại tháng 10/2025 đến tháng 1/2026" among November
    2025's tasks was warned as planned for a period already reported: the span's end, after
    "đến", was read as a time reckoned to and left out, so only October was left. A task
    naming a period to come anywhere is quiet; a span that ended is said as before."""
    tasks = [
        "Tổ chức Hội chợ Thương mại tháng 10/2025 đến tháng 1/2026.",
        "Triển khai chương trình khuyến mại tháng 10/2025 tới tháng 12/2025.",
        "Tổ chức Hội chợ Thương mại tháng 9/2025 đến tháng 11/2025.",
    ]
    said = "Nhiệm vụ này nêu «tháng 9/2025», một kỳ đã báo cáo, nhưng phần II của báo cáo tháng "
    said += "11/2025 là nhiệm vụ của tháng 12/2025: có lẽ nhiệm vụ được chép từ sổ tháng trước "
    said += "mà chưa cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu "
    said += "đã xong."
    assert tasks_said(tmp_path, Period(2025, 11), tasks, {}, 1100) == [("WARNING", "B4", said)]


def test_a_month_named_with_a_dash_before_its_year_is_read_as_one_with_a_slash(
    data: Path,
) -> None:
    """Cần Thơ's reports write a month as the press does, "tháng 4-2025" (province47, Cần
    Thơ 4/2025), as ky_bao_cao and a task's period long past are read already. A HoatDong
    paragraph so opening with last month ("Tháng 2-2025, Sở đã tiếp nhận …" in March's) or
    with last year's month ("Trong tháng 3-2024, …"), or April's with the quarter ended
    ("Quý I-2025, …"), passed --strict, and a task opening
    with this month was quoted «Trong tháng 3», its year left out. A dash now stands for "/"
    there; one naming this month too, or a span of months ("Tháng 2-3/2025"), is quiet."""
    path = month_book(data, MARCH, {}, [row("x", 100, 90, None, 290)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = "Tháng 2-2025, Sở đã tiếp nhận 2.600 hồ sơ."
    for text in (
        "Tháng 2-2025 và tháng 3-2025, đoàn kiểm tra đã làm việc.",
        "Tháng 2 - 2025, đã nhận 15 hồ sơ; tháng 3 - 2025 cấp 10 giấy phép.",
        "Trong tháng 3-2024, Sở đã tham mưu 15 văn bản.",
        "Tháng 2-3/2025, đoàn kiểm tra đã làm việc.",
    ):
        book["HoatDong"].append(["Công tác khác", 1, text])
    book["NhiemVu"]["B2"] = "Trong tháng 3-2025, tập trung kiểm tra thị trường."
    book["NhiemVu"].append([None, "Trong tháng 4–2025, tổ chức hội chợ."])
    book.save(path)
    found = [f for f in findings(data.parent, MARCH) if f[1] and f[1][0] in "BC"]
    assert found == [
        (
            "WARNING",
            "C2",
            "Đoạn này bắt đầu bằng «Tháng 2-2025», tức tháng 2/2025, nhưng báo cáo là tháng "
            "3/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 3/2025.",
        ),
        (
            "WARNING",
            "C5",
            "Đoạn này bắt đầu bằng «Trong tháng 3-2024», tức cùng kỳ năm 2024, nhưng báo cáo "
            "là tháng 3/2025: có lẽ đoạn được chép từ sổ của năm trước mà chưa cập nhật. Hãy "
            "viết nội dung của tháng 3/2025.",
        ),
        (
            "WARNING",
            "B2",
            "Nhiệm vụ này bắt đầu bằng «Trong tháng 3-2025», tức tháng 3/2025, nhưng phần II "
            "của báo cáo tháng 3/2025 là nhiệm vụ tháng 4/2025: có lẽ nhiệm vụ được chép từ sổ "
            "tháng trước mà chưa cập nhật. Hãy viết nhiệm vụ của "
            "tháng 4/2025.",
        ),
    ]
    april = Period(2025, 4)
    path = month_book(data, april, {}, [row("x", 100, 90, None, 390)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = "Quý I-2025, Sở đã tiếp nhận 320 hồ sơ."
    book.save(path)
    assert [f for f in findings(data.parent, april) if f[1] == "C2"] == [
        (
            "WARNING",
            "C2",
            "Đoạn này bắt đầu bằng «Quý I-2025», tức quý I/2025, nhưng báo cáo là tháng "
            "4/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 4/2025.",
        )
    ]


def _paragraphs_said(data: Path, period: Period, first: str, rest: tuple[str, ...]) -> list:
    """The findings at HoatDong's column C of ``period``'s workbook whose first paragraph
    (C2) is ``first`` and whose rows after it hold ``rest``, under "Công tác khác"."""
    path = month_book(data, period, {}, [row("x", 100, 90, None, 600)])
    book = openpyxl.load_workbook(path)
    book["HoatDong"]["C2"] = first
    for text in rest:
        book["HoatDong"].append(["Công tác khác", 1, text])
    book.save(path)
    return [f for f in findings(data.parent, period) if f[1] and f[1].startswith("C")]


def test_a_paragraph_of_last_month_dated_this_month_is_quiet(data: Path) -> None:
    """June's report: "Trong 5 tháng đầu năm 2024, một số địa phương có chỉ số IIP đạt mức
    tăng khá … Đây là thông tin được Bộ Công Thương công bố ngày 19/6 tại buổi họp báo
    thường kỳ quý II/2024." (baomoi.com, June 2024, as printed) tells of figures published
    this month, and was warned "Đoạn này bắt đầu bằng «Trong 5 tháng đầu năm 2024», tức 5
    tháng đầu năm 2024, nhưng báo cáo là tháng 6/2024: có lẽ đoạn được chép từ sổ tháng
    trước …" (falsealarm20); so was "Tháng 5/2024, … ; ngày 05/6/2024, Sở đã …". A day of
    this month named as "tháng 6/2024" is, unless in a plan, says the paragraph was written
    this month. A day of another year, one in a plan, and a fraction ("2/6 nhiệm vụ") are
    no such day: still warnings."""
    june = Period(2024, 6)
    first = (
        "Trong 5 tháng đầu năm 2024, một số địa phương có chỉ số IIP đạt mức tăng khá do "
        "ngành công nghiệp chế biến, chế tạo tăng cao so với cùng kỳ năm trước. Đây là thông "
        "tin được Bộ Công Thương công bố ngày 19/6 tại buổi họp báo thường kỳ quý II/2024."
    )
    rest = (
        "Tháng 5/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND; ngày 05/6/2024, Sở Công "
        "Thương đã ban hành văn bản hướng dẫn triển khai.",
        "5 tháng đầu năm 2024, Sở đã tiếp nhận 320 hồ sơ (số liệu đến ngày 19/6/2023).",
        "Tháng 5/2024, đã nhận 15 hồ sơ; dự kiến ngày 10/6 cấp 10 giấy phép.",
        "5 tháng đầu năm 2024, Sở đã hoàn thành 2/6 nhiệm vụ trọng tâm.",
    )
    said = _paragraphs_said(data, june, first, rest)
    five, may = "5 tháng đầu năm 2024", "tháng 5/2024"
    assert said == [
        (
            "WARNING",
            f"C{row_number}",
            f"Đoạn này bắt đầu bằng «{opening}», tức {named}, nhưng báo cáo là tháng 6/2024: "
            "có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội dung của "
            "tháng 6/2024.",
        )
        for row_number, opening, named in (
            (4, five, five),
            (5, "Tháng 5/2024", may),
            (6, five, five),
        )
    ]


def test_a_day_of_this_month_written_with_dashes_or_dots_dates_the_paragraph(
    data: Path,
) -> None:
    """April's report: "Tháng 3-2025, UBND thành phố ban hành Kế hoạch số 45/KH-UBND ngày
    28-3-2025; ngày 05-4-2025, Sở Công Thương đã ban hành văn bản hướng dẫn triển khai."
    An office writing the press's "Tháng 3-2025" (read since 5188dca) writes its days so
    too: "ngày 05-4-2025", "ngày 10-4", "ngày 10.4.2025" were no day of this month, as
    "ngày 05/4/2025" is, and each paragraph was warned "Đoạn này bắt đầu bằng «Tháng
    3-2025», tức tháng 3/2025, nhưng báo cáo là tháng 4/2025: …" (falsealarm21). A day of
    another year so written, or one in a plan, is still no such day."""
    april = Period(2025, 4)
    first = (
        "Tháng 3-2025, UBND thành phố ban hành Kế hoạch số 45/KH-UBND ngày 28-3-2025; ngày "
        "05-4-2025, Sở Công Thương đã ban hành văn bản hướng dẫn triển khai."
    )
    rest = (
        "Quý I-2025, UBND thành phố ban hành Kế hoạch số 48/KH-UBND; ngày 10-4, Sở Công "
        "Thương đã tổ chức hội nghị triển khai.",
        "Tháng 3/2025, UBND thành phố ban hành Kế hoạch số 49/KH-UBND; ngày 10.4.2025, Sở "
        "Công Thương đã tổ chức hội nghị triển khai.",
        "Tháng 3-2025, Sở đã tiếp nhận 320 hồ sơ (số liệu đến ngày 05-4-2024).",
        "Tháng 3-2025, đã nhận 15 hồ sơ; dự kiến ngày 10-4 cấp 10 giấy phép.",
    )
    said = _paragraphs_said(data, april, first, rest)
    assert said == [
        (
            "WARNING",
            f"C{row_number}",
            "Đoạn này bắt đầu bằng «Tháng 3-2025», tức tháng 3/2025, nhưng báo cáo là tháng "
            "4/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 4/2025.",
        )
        for row_number in (5, 6)
    ]


def test_a_span_of_days_of_last_month_is_no_day_of_this_month(data: Path) -> None:
    """attack19: April's report, "Tháng 3-2025, … trong 3 ngày 2-4 tháng 3 …" (days 2 to 4
    of March) read "ngày 2-4" as 4 April since b30f7f2 and the copied paragraph went quiet;
    so did "ngày 05-4 năm 2024", a day of another year. Both warn again; "ngày 05-4 năm
    2025" is this month's day."""
    april = Period(2025, 4)
    first = (
        "Tháng 3-2025, Sở đã tiếp nhận 320 hồ sơ; ngày 05-4 năm 2025, Sở đã ban hành văn bản "
        "hướng dẫn triển khai."
    )
    rest = (
        "Tháng 3-2025, Sở tổ chức Hội chợ hàng Việt trong 3 ngày 2-4 tháng 3 với 120 gian hàng.",
        "Tháng 3-2025, Sở đã tiếp nhận 320 hồ sơ (số liệu so với ngày 05-4 năm 2024).",
    )
    said = _paragraphs_said(data, april, first, rest)
    assert said == [
        (
            "WARNING",
            f"C{row_number}",
            "Đoạn này bắt đầu bằng «Tháng 3-2025», tức tháng 3/2025, nhưng báo cáo là tháng "
            "4/2025: có lẽ đoạn được chép từ sổ tháng trước mà chưa cập nhật. Hãy viết nội "
            "dung của tháng 4/2025.",
        )
        for row_number in (3, 4)
    ]


def test_a_long_plan_of_this_months_days_is_read_in_a_moment() -> None:
    """Each day of this month in a paragraph searched its whole clause again for a plan's
    words: a 32 000-character cell of "kế hoạch ngày 1/6 …" (1 800 days, no ";" or ".")
    took 3.4 s to read as last month's copied paragraph. Each clause is searched once."""
    import time

    from baocao.staleperiod import compares_this_month

    june = Period(2024, 6)
    for typed in ("kế hoạch " + "ngày 1/6 " * 3600, "kế hoạch " + "1/6/2024 " * 3600):
        start = time.perf_counter()
        assert not compares_this_month(typed[:32_767], 0, june)
        assert time.perf_counter() - start < 0.5
    assert compares_this_month("kế hoạch 2/5; " + "ngày 1/6 " * 3600, 0, june)
    assert compares_this_month("ngày 1/6 theo kế hoạch ngày 2/6", 0, june)
    assert not compares_this_month("kế hoạch ngày 1/6; ngày 2/6 sẽ làm", 0, june)


_MONTHS_TASKS = [
    "Trong tháng 7/2025, tập trung theo dõi tình hình sản xuất công nghiệp.",
    "Tổ chức kiểm tra an toàn điện tháng 7.",
    "Triển khai nhiệm vụ trọng tâm tháng 7 năm 2025.",
]


@pytest.mark.parametrize(
    ("kind", "tasks", "expected"),
    [
        (
            "6 tháng",
            _MONTHS_TASKS,
            [
                (
                    "WARNING",
                    "B2",
                    "Mọi nhiệm vụ ở trang NhiemVu đều là nhiệm vụ của tháng 7/2025, nhưng phần "
                    "II của báo cáo 6 tháng đầu năm 2025 là nhiệm vụ của cả kỳ tới (từ tháng "
                    "7/2025), không chỉ tháng 7/2025: có lẽ đây là danh sách nhiệm vụ của báo "
                    "cáo tháng. Hãy viết nhiệm vụ của cả kỳ tới; nếu đây là báo cáo tháng, hãy "
                    "ghi «tháng» ở khóa «ky_bao_cao».",
                )
            ],
        ),
        ("6 tháng", [*_MONTHS_TASKS[:2], "Đẩy mạnh xúc tiến thương mại."], []),
        ("6 tháng", [_MONTHS_TASKS[0]], []),
        ("6 tháng", [*_MONTHS_TASKS[:2], "Thực hiện nhiệm vụ 6 tháng cuối năm 2025."], []),
        ("tháng", _MONTHS_TASKS, []),
    ],
)
def test_a_period_reports_tasks_all_of_next_month_are_a_warning(
    tmp_path: Path, kind: str, tasks: list[str], expected: list[tuple[str, str, str]]
) -> None:
    """office44: June's half-year report printed "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM"
    over tasks that were all July's ("Trong tháng 7/2026, …"), a monthly report's list, with
    a clean check: a task naming next month is no stale one. Every task (two or more) naming
    next month and no other period is one warning at the first; one task of the period, a
    lone task, or a monthly report, is quiet."""
    assert tasks_said(tmp_path, Period(2025, 6), tasks, {"ky_bao_cao": kind}, 600) == expected
