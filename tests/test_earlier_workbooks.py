"""Earlier workbooks that cannot be trusted (issue 11): damaged or misnamed ones are warned
about and give no figures; init passes over unusable ones and keeps more headings."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

import baocao.history
from baocao.cache import CACHE_NAME, MIN_WORKBOOKS
from baocao.cli import app
from baocao.config import load_config
from baocao.errors import Severity
from baocao.history import History
from baocao.newmonth import PREVIOUS_TASKS
from baocao.office import new_month_workbook
from baocao.period import Period
from test_catalogue import rewrite_zip

from helpers import ROOT, load_workbook, write_config, write_month

runner = CliRunner()
SAMPLES = ROOT / "data" / "samples"
ARGS = ["--month", "3", "--year", "2024"]
SAVE = "Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng «Sổ làm việc Excel (.xlsx)»."
UNKNOWN = (
    "GHI CHÚ: {book}, ChiTieu!E2: «Tháng trước» của «gtsx» để trống và không có trong các sổ "
    "trước: câu văn bỏ phần so với tháng trước."
)


@pytest.fixture
def march(workspace: Path) -> Path:
    """The sample month with its earlier workbooks and its Tháng trước emptied: every
    month-on-month figure has to come from 2024-02.xlsx."""
    for name in ("2024-02.xlsx", "2023-03.xlsx"):
        shutil.copy(SAMPLES / name, workspace / "data" / name)
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    for (cell,) in wb["ChiTieu"].iter_rows(min_row=2, min_col=5, max_col=5):
        cell.value = None
    wb.save(book)
    return workspace


def cannot_read(name: str, period: str, reason: str) -> str:
    return (
        f"Không đọc được sổ {name} (tháng {period}) trong thư mục dữ liệu, nên các số liệu cần "
        f"lấy từ sổ này (tháng trước, cùng kỳ, lũy kế) được coi là chưa biết. {reason}"
    )


def _bad_character(path: Path) -> None:
    rewrite_zip(path, "xl/worksheets/sheet3.xml", lambda d: d.replace(b"<v>", b"<v>\x01", 1))


def _dangling_string(path: Path) -> None:
    rewrite_zip(
        path,
        "xl/worksheets/sheet3.xml",
        lambda d: d.replace(
            b'<c r="A2" t="inlineStr"><is><t>gtsx</t></is></c>', b'<c r="A2" t="s"><v>9</v></c>'
        ),
    )


NOT_XLSX = f"Tệp không phải sổ Excel .xlsx, hoặc đã bị hỏng. {SAVE}"
DAMAGE: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty": (lambda p: p.write_bytes(b""), NOT_XLSX),
    "truncated": (lambda p: p.write_bytes(p.read_bytes()[:3000]), NOT_XLSX),
    "bad-xml-character": (
        _bad_character,
        "Không đọc được tệp: sổ Excel bị hỏng (chi tiết kỹ thuật: not well-formed (invalid "
        f"token): line 1, column 2426). {SAVE}",
    ),
    "dangling-shared-string": (
        _dangling_string,
        "Không đọc được tệp: sổ Excel bị hỏng (chi tiết kỹ thuật: list index out of range). "
        f"{SAVE}",
    ),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_earlier_workbook_is_a_warning(march: Path, damage: str) -> None:
    """An empty, truncated or damaged 2024-02.xlsx is a warning naming it; its figures stay
    unknown (no crash, no silent skip)."""
    spoil, reason = DAMAGE[damage]
    february = march / "data" / "2024-02.xlsx"
    spoil(february)
    result = runner.invoke(app, ["check", *ARGS])
    lines = result.stdout.splitlines()
    book = march / "data" / "2024-03.xlsx"
    assert result.exit_code == 0
    assert lines[1] == f"CẢNH BÁO: {february}: {cannot_read('2024-02.xlsx', '2/2024', reason)}"
    assert lines[2] == UNKNOWN.format(book=book)
    assert lines[-1] == "Tổng cộng: 0 lỗi, 1 cảnh báo, 13 ghi chú."


def test_damaged_earlier_workbook_in_build_and_history(march: Path) -> None:
    """build writes the report with the warning; `history` prints its table, and the warning
    on stderr."""
    february = march / "data" / "2024-02.xlsx"
    _bad_character(february)
    reason = DAMAGE["bad-xml-character"][1]
    warning = f"CẢNH BÁO: {february}: {cannot_read('2024-02.xlsx', '2/2024', reason)}"
    build = runner.invoke(app, ["build", *ARGS])
    assert build.exit_code == 0
    shown_in_build = warning.replace(str(february), "data/2024-02.xlsx")  # build: relative
    assert shown_in_build in build.stderr.splitlines()
    shown = runner.invoke(app, ["history", "--code", "gtsx"])
    assert shown.exit_code == 0
    assert shown.stderr.splitlines() == [warning]
    assert shown.stdout.splitlines()[2].startswith("03/2023   42.200")


def test_misnamed_earlier_workbook_is_a_warning(march: Path) -> None:
    """A 2024-02.xlsx whose ThongTin says 3/2023 is not used: no year-on-year figure is taken
    for the month before."""
    february = march / "data" / "2024-02.xlsx"
    shutil.copy(SAMPLES / "2023-03.xlsx", february)
    result = runner.invoke(app, ["check", *ARGS])
    lines = result.stdout.splitlines()
    assert result.exit_code == 0
    assert lines[1] == (
        f"CẢNH BÁO: {february}, ThongTin!B2: Sổ 2024-02.xlsx ghi tháng 3/2023 ở trang ThongTin "
        "(khóa «thang», «nam»), không khớp với tên tệp (tháng 2/2024), nên không dùng số liệu "
        "của sổ này. Hãy đổi tên tệp theo tháng của sổ, hoặc sửa «thang», «nam» cho đúng."
    )
    assert lines[2] == UNKNOWN.format(book=march / "data" / "2024-03.xlsx")


def test_misnamed_workbook_is_warned_about_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache keeps the month a workbook states: the second run reads no workbook and
    still refuses the misnamed one."""
    period = Period(2023, 1)
    for n in range(MIN_WORKBOOKS):
        write_month(tmp_path, period.year, period.month, [("x", 100 + n, None, None, None, None)])
        period = period.next()
    write_month(tmp_path, 2022, 5, [("x", 7, None, None, None, None)])
    (tmp_path / "2022-05.xlsx").replace(tmp_path / "2023-05.xlsx")
    reads: list[str] = []
    real = baocao.history.read_sheets

    def counting(path: Path, names: tuple[str, ...], **options: bool) -> object:
        reads.append(path.name)
        return real(path, names, **options)

    monkeypatch.setattr(baocao.history, "read_sheets", counting)
    for run in range(2):
        reads.clear()
        with History(tmp_path) as history:
            assert history.actual(Period(2023, 5), "x") is None
            assert history.actual(Period(2023, 6), "x") is not None
            assert [(p.severity, p.file, p.cell) for p in history.problems] == [
                (Severity.WARNING, tmp_path / "2023-05.xlsx", "B3")
            ]
        assert (run, len(reads)) == (run, 0 if run else 3)
    assert (tmp_path / CACHE_NAME).is_file()


def without_figures(name: str, period: str) -> str:
    return (
        f"Sổ {name} (tháng {period}) trong thư mục dữ liệu không có trang «ChiTieu» (có lẽ "
        "trang đã bị đổi tên, như «ChiTieu (2)»), nên các số liệu cần lấy từ sổ này (tháng "
        "trước, cùng kỳ, lũy kế) được coi là chưa biết và không được dùng để kiểm tra sổ "
        f"đang lập. Hãy mở sổ {name}, đặt lại tên trang là «ChiTieu» rồi lưu lại."
    )


def test_earlier_workbook_without_its_chitieu_is_a_warning(march: Path) -> None:
    """office42: last month's ChiTieu renamed "ChiTieu (2)" gave no figure without a word,
    so a Lũy kế left as last month's passed --strict; it is a warning naming the file."""
    february = march / "data" / "2024-02.xlsx"
    wb = load_workbook(february)
    wb["ChiTieu"].title = "ChiTieu (2)"
    wb.save(february)
    result = runner.invoke(app, ["check", *ARGS])
    lines = result.stdout.splitlines()
    assert result.exit_code == 0
    assert lines[1] == f"CẢNH BÁO: {february}: {without_figures('2024-02.xlsx', '2/2024')}"
    assert lines[2] == UNKNOWN.format(book=march / "data" / "2024-03.xlsx")
    assert lines[-1] == "Tổng cộng: 0 lỗi, 1 cảnh báo, 13 ghi chú."


def _title_above(sheet: Worksheet) -> None:
    sheet.insert_rows(1)
    sheet["A1"] = "BIỂU SỐ LIỆU THÁNG 02/2024"


def _code_retitled(sheet: Worksheet) -> None:
    sheet["A1"] = "Mã số"


@pytest.mark.parametrize("spoil", [_title_above, _code_retitled])
def test_earlier_chitieu_without_its_code_column_is_a_warning(
    march: Path, spoil: Callable[[Worksheet], None]
) -> None:
    """office42: last month's ChiTieu under a title line, or its «Mã» retitled, gave no
    figure without a word (as a renamed sheet did); it is a warning at its header row."""
    february = march / "data" / "2024-02.xlsx"
    wb = load_workbook(february)
    spoil(wb["ChiTieu"])
    wb.save(february)
    result = runner.invoke(app, ["check", *ARGS])
    lines = result.stdout.splitlines()
    assert result.exit_code == 0
    assert lines[1] == (
        f"CẢNH BÁO: {february}, ChiTieu!A1: Sổ 2024-02.xlsx (tháng 2/2024) trong thư mục dữ "
        "liệu có trang «ChiTieu» nhưng hàng 1 của trang không có cột «Mã» (có lẽ có dòng tiêu "
        "đề chèn phía trên bảng, hoặc tiêu đề cột đã bị sửa), nên các số liệu cần lấy từ sổ "
        "này (tháng trước, cùng kỳ, lũy kế) được coi là chưa biết và không được dùng để kiểm "
        "tra sổ đang lập. Hãy mở sổ 2024-02.xlsx, sửa hàng tiêu đề của trang «ChiTieu» (hàng "
        "1, có cột «Mã») rồi lưu lại."
    )
    assert lines[2] == UNKNOWN.format(book=march / "data" / "2024-03.xlsx")
    assert lines[-1] == "Tổng cộng: 0 lỗi, 1 cảnh báo, 13 ghi chú."


LAST_MONTHS = {
    "ThongTin": "số văn bản («so_van_ban») và ngày ký («ngay_ky»)",
    "ChiSoSXCN": "các chỉ số của trang «ChiSoSXCN»",
    "NhiemVu": "các nhiệm vụ của trang «NhiemVu»",
}


@pytest.mark.parametrize("sheet", [None, *LAST_MONTHS])
def test_last_months_lost_sheet_is_a_warning(march: Path, sheet: str | None) -> None:
    """mends41: last month's ThongTin, ChiSoSXCN or NhiemVu renamed "… (2)" gave nothing
    to compare without a word: a ngay_ky, the indices, the tasks copied from it passed
    --strict. It is a warning naming the file; the sample's February, whose ChiSoSXCN and
    NhiemVu are there but empty, loses nothing and says nothing."""
    february, book = march / "data" / "2024-02.xlsx", march / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ThongTin"]["B5"] = "05/04/2024"  # ngay_ky: something to compare with February's
    wb.save(book)
    wb = load_workbook(february)
    if sheet is not None:
        wb[sheet].title = f"{sheet} (2)"
    wb.save(february)
    lines = runner.invoke(app, ["check", *ARGS]).stdout.splitlines()
    said = [line for line in lines if line.startswith("CẢNH BÁO")]
    assert said == (
        []
        if sheet is None
        else [
            f"CẢNH BÁO: {february}: Sổ 2024-02.xlsx (tháng 2/2024) trong thư mục dữ liệu không "
            f"có trang «{sheet}» (có lẽ trang đã bị đổi tên, như «{sheet} (2)»), nên "
            f"{LAST_MONTHS[sheet]} của sổ đang lập không được so với sổ này để phát hiện chỗ "
            "chép từ sổ tháng trước mà chưa cập nhật. Hãy mở sổ 2024-02.xlsx, đặt lại tên "
            f"trang là «{sheet}» rồi lưu lại."
        ]
    )


def test_last_months_indices_under_a_title_line_are_a_warning(march: Path) -> None:
    """mends41: last month's ChiSoSXCN under a title line gave no index to compare; it is a
    warning at its header row. Its empty NhiemVu (the sample's) is not said."""
    february = march / "data" / "2024-02.xlsx"
    wb = load_workbook(february)
    _title_above(wb["ChiSoSXCN"])
    wb.save(february)
    lines = runner.invoke(app, ["check", *ARGS]).stdout.splitlines()
    assert [line for line in lines if line.startswith("CẢNH BÁO")] == [
        f"CẢNH BÁO: {february}, ChiSoSXCN!A1: Sổ 2024-02.xlsx (tháng 2/2024) trong thư mục dữ "
        "liệu có trang «ChiSoSXCN» nhưng hàng 1 của trang không có cột «Mã» (có lẽ có dòng "
        "tiêu đề chèn phía trên bảng, hoặc tiêu đề cột đã bị sửa), nên các chỉ số của trang "
        "«ChiSoSXCN» của sổ đang lập không được so với sổ này để phát hiện chỗ chép từ sổ "
        "tháng trước mà chưa cập nhật. Hãy mở sổ 2024-02.xlsx, sửa hàng tiêu đề của trang "
        "«ChiSoSXCN» (hàng 1, có cột «Mã») rồi lưu lại."
    ]


def test_earlier_workbook_without_its_chitieu_is_warned_about_from_the_cache(
    tmp_path: Path,
) -> None:
    """The cache keeps whether a workbook has its ChiTieu: the second run, read from the
    cache, warns as the first did."""
    period = Period(2023, 1)
    for n in range(MIN_WORKBOOKS):
        write_month(tmp_path, period.year, period.month, [("x", 100 + n, None, None, None, None)])
        period = period.next()
    may = tmp_path / "2023-05.xlsx"
    wb = load_workbook(may)
    wb["ChiTieu"].title = "ChiTieu (2)"
    wb.save(may)
    for _ in range(2):
        with History(tmp_path) as history:
            assert history.actual(Period(2023, 5), "x") is None
            assert [(p.severity, p.file, p.message) for p in history.problems] == [
                (Severity.WARNING, may, without_figures("2023-05.xlsx", "5/2023"))
            ]
    assert (tmp_path / CACHE_NAME).is_file()


# init


def test_init_passes_over_an_unfilled_newer_workbook(march: Path) -> None:
    """After init for April, init for May takes March's rows, says so, and warns about
    April's unfilled workbook instead of stopping with its 18 errors."""
    assert runner.invoke(app, ["init", "--month", "4", "--year", "2024"]).exit_code == 0
    made = new_month_workbook(load_config(None), Period(2024, 5))
    april = march / "data" / "2024-04.xlsx"
    assert made.source == march / "data" / "2024-03.xlsx"
    assert [(p.severity, p.file, p.message) for p in made.problems] == [
        (
            Severity.WARNING,
            april,
            "Không dùng sổ 2024-04.xlsx làm mẫu cho sổ mới vì sổ còn 18 lỗi (xem bằng lệnh: "
            "baocao check --month 4 --year 2024).",
        )
    ]
    result = runner.invoke(app, ["init", "--month", "6", "--year", "2024"])
    assert (result.exit_code, result.stdout) == (
        0,
        "Đã tạo sổ dữ liệu: data/2024-06.xlsx (các chỉ tiêu lấy theo 2024-03.xlsx)\n",
    )


def test_init_names_the_month_of_the_tasks_it_copies(march: Path) -> None:
    """May's workbook, made while April's is still unfilled, copies March's tasks onto
    NhiemVuThangTruoc, whose note called them "Nhiệm vụ tháng trước" (last month's) though
    they were two months old; the note names their month now. April's, made from March,
    its last month, keeps the note."""
    assert runner.invoke(app, ["init", "--month", "4", "--year", "2024"]).exit_code == 0
    made = new_month_workbook(load_config(None), Period(2024, 5))
    april = load_workbook(march / "data" / "2024-04.xlsx")[PREVIOUS_TASKS]["A1"].comment
    may = load_workbook(made.path)[PREVIOUS_TASKS]
    assert april.text == "Nhiệm vụ tháng trước, để chép sang trang NhiemVu nếu cần."
    assert may["A1"].comment.text == (
        "Nhiệm vụ của sổ tháng 3/2024 (sổ gần nhất dùng được làm mẫu), không phải của tháng "
        "trước; chép sang trang NhiemVu nếu cần."
    )
    assert may.max_row == 13  # March's 12 tasks


def test_init_says_last_months_workbook_is_missing(march: Path) -> None:
    """May's workbook made with no April's: its rows are March's and its Tháng trước blank,
    which init said nothing of (the report then left out every "so với tháng trước" with a
    note each); a warning now names April's workbook. With April's, none."""
    made = new_month_workbook(load_config(None), Period(2024, 5))
    assert made.source == march / "data" / "2024-03.xlsx"
    assert [(p.severity, p.file, p.message) for p in made.problems] == [
        (
            Severity.WARNING,
            march / "data",
            "Thư mục dữ liệu chưa có sổ tháng 4/2024 (2024-04.xlsx): sổ mới lấy chỉ tiêu theo "
            "sổ tháng 3/2024 (2024-03.xlsx) và để trống cột «Tháng trước», nên báo cáo sẽ bỏ "
            "phần so với tháng trước và không tự cộng được «Lũy kế». Hãy điền các cột này, "
            "hoặc tạo và điền sổ tháng 4/2024 (baocao init --month 4 --year 2024): ô để trống "
            "sẽ được lấy từ sổ đó.",
        )
    ]
    result = runner.invoke(app, ["init", "--month", "6", "--year", "2024"])
    assert (result.exit_code, result.stdout) == (
        0,
        "Đã tạo sổ dữ liệu: data/2024-06.xlsx (các chỉ tiêu lấy theo 2024-03.xlsx)\n",
    )
    assert "chưa có sổ" not in result.stderr  # May's, unfilled, is passed over instead


def test_init_without_a_usable_workbook_uses_the_starter_set(tmp_path: Path) -> None:
    """Only an unreadable earlier workbook: the default list, with a warning for each."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "2024-03.xlsx").write_bytes(b"")
    made = new_month_workbook(load_config(write_config(tmp_path)), Period(2024, 4))
    reason = NOT_XLSX
    assert made.source is None
    assert [(p.file, p.message) for p in made.problems] == [
        (
            tmp_path / "data" / "2024-03.xlsx",
            "Không dùng sổ 2024-03.xlsx làm mẫu cho sổ mới, cũng không dùng số liệu của sổ, vì "
            f"không đọc được sổ: {reason}",
        ),
        (
            tmp_path / "data",
            "Không có sổ trước nào dùng được làm mẫu: sổ mới dùng danh sách chỉ tiêu mặc định.",
        ),
    ]
    assert load_workbook(made.path)["ChiTieu"]["A2"].value == "gtsx"


def with_narrative(
    folder: Path, period: Period, headings: list[tuple[str | None, str | None]]
) -> None:
    """A month of indicator "x" with HoatDong rows (Mục, Nội dung), a ThongTin text and a task."""
    path = write_month(folder, period.year, period.month, [("x", 100, None, None, None, None)])
    wb = load_workbook(path)
    for heading, text in headings:
        wb["HoatDong"].append([heading, 1, text])
    wb["NhiemVu"].append([1, f"Nhiệm vụ của tháng {period.month}."])
    wb["ThongTin"].append(["thi_truong_xuat_khau", "Hoa Kỳ; EU"])
    wb.save(path)


def test_init_keeps_headings_of_three_months_and_no_wording(tmp_path: Path) -> None:
    """The headings with a paragraph in the last three workbooks, merged in order; no
    paragraph, task or ThongTin text of an earlier month lands in a sheet baocao reads."""
    data = tmp_path / "data"
    data.mkdir()
    with_narrative(data, Period(2023, 12), [("E", "Việc E.")])
    with_narrative(data, Period(2024, 1), [("A", "Việc A."), ("B", "Việc B.")])
    with_narrative(data, Period(2024, 2), [("A", "Việc A."), ("C", "Việc C."), (None, "Tiếp C.")])
    with_narrative(data, Period(2024, 3), [("A", "Việc A."), ("Z", None), ("D", "Việc D.")])
    made = new_month_workbook(load_config(write_config(tmp_path)), Period(2024, 4))
    assert made.problems == []
    wb = load_workbook(made.path)
    assert list(wb["HoatDong"].iter_rows(min_row=2, values_only=True)) == [
        ("Công tác chung", 1, None),  # the heading every month of write_month has
        ("A", 1, None),
        ("B", 1, None),
        ("C", 1, None),
        ("D", 1, None),
    ]
    values = [r[1] for r in wb["ThongTin"].iter_rows(min_row=2, values_only=True)]
    assert [v for v in values if v is not None] == [4, 2024]
    assert wb["NhiemVu"].max_row == 1
    assert [r[1] for r in wb[PREVIOUS_TASKS].iter_rows(min_row=2, values_only=True)] == [
        "Việc tháng tới.",  # the task every month of write_month has
        "Nhiệm vụ của tháng 3.",
    ]


def test_init_keeps_headings_filled_under_a_heading_row(tmp_path: Path) -> None:
    """A workbook filled as `baocao init` lays HoatDong out, a heading row with only its
    Mục and the paragraphs under it with a blank Mục, read as an earlier month (not the
    model month): its headings lost, so "T" of January, with a paragraph two months
    back, was missing from April's sheet. Now read as the month's own reader reads it."""
    data = tmp_path / "data"
    data.mkdir()
    with_narrative(data, Period(2024, 1), [("T", None), (None, "Việc T."), ("A", None)])
    with_narrative(data, Period(2024, 2), [("A", None), (None, "Việc A.")])
    with_narrative(data, Period(2024, 3), [("A", "Việc A.")])
    made = new_month_workbook(load_config(write_config(tmp_path)), Period(2024, 4))
    assert made.problems == []
    wb = load_workbook(made.path)
    assert list(wb["HoatDong"].iter_rows(min_row=2, values_only=True)) == [
        ("Công tác chung", 1, None),  # the heading every month of write_month has
        ("T", 1, None),
        ("A", 1, None),
    ]


def test_a_row_new_this_month_is_asked_for_its_own_year_to_date(workspace: Path) -> None:
    """A row the month adds, without its «Lũy kế», beside a February workbook that lacks
    the row: the warning asked for "sổ tháng 2/2024 có «Lũy kế»", which the office had. It
    asks for the row's «Lũy kế» in that workbook."""
    shutil.copy(SAMPLES / "2024-02.xlsx", workspace / "data" / "2024-02.xlsx")
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiTieu"].append(["than", "Sản lượng than", "nghìn tấn", 120, 110, 100])
    wb.save(book)
    result = runner.invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert (
        "ChiTieu!G15: «Lũy kế» của «than» để trống và không tính được từ các sổ trước (cần «Lũy "
        "kế» của chỉ tiêu này trong sổ tháng 2/2024, hoặc sổ của mọi tháng từ tháng 1/2024): báo "
        "cáo không có số cộng dồn từ đầu năm của chỉ tiêu này. Hãy điền «Lũy kế»."
    ) in result.stdout


def test_stated_month_read_from_keys_typed_as_words() -> None:
    """A ThongTin with "Tháng", "Năm", "Số văn bản" (keys typed as their words, which the
    month's reader reads as «thang», «nam», «so_van_ban» with a warning) stated no month to
    the history reader: a 2024-02.xlsx stating 3/2023 so was used as February without the
    warning «Sổ … ghi tháng 3/2023 …», and a document number copied from it went unsaid."""
    from baocao.earlier import read_stated
    from baocao.models import StatedMonth
    from baocao.raw import RawCell, RawSheet

    typed = (("Khóa", "Giá trị"), ("Tháng", 3), ("Năm", 2023), ("Số văn bản", "65"))
    rows = tuple(
        tuple(RawCell(f"{col}{n}", value) for col, value in zip("AB", row, strict=True))
        for n, row in enumerate(typed, 1)
    )
    assert read_stated(RawSheet("ThongTin", rows)) == StatedMonth(2023, 3, "B2", "B3", "65", "B4")
