"""The markets and products lines of ThongTin, as the default template writes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.errors import Problem, Severity
from baocao.period import Period
from test_figures import build_texts, month_book, row

from helpers import write_config

MAY = Period(2024, 5)


def trade_report(folder: Path, info: dict[str, object]) -> list[str]:
    """May 2024 with an export figure and ``info`` in ThongTin: the report's paragraphs."""
    (folder / "data").mkdir()
    month_book(folder / "data", MAY, info, [row("xuat_khau", 120, 100, 100, 500, 450)])
    return build_texts(folder, MAY)


def may_problems(folder: Path) -> list[Problem]:
    """``check`` of May 2024 in ``folder`` with the default template: every problem."""
    return check_inputs(load_config(write_config(folder, template=None)), MAY).problems


def test_market_typed_with_a_full_stop_reads_in_its_sentence(tmp_path: Path) -> None:
    """A market typed with the list's full stop ("các nước khác.") or a comma ends inside the
    sentence: the punctuation goes, with a note; it printed "…, các nước khác. và một số thị
    trường khác." with a clean check."""
    texts = trade_report(
        tmp_path,
        {"thi_truong_nhap_khau": "Trung Quốc; Hàn Quốc,; Đài Loan.", "thi_truong_xuat_khau": "EU."},
    )
    assert (
        "Thị trường nhập khẩu lớn nhất là Trung Quốc, sau đó là Hàn Quốc, Đài Loan và một số "
        "thị trường khác." in texts
    )
    assert "Thị trường xuất khẩu lớn nhất là EU và một số thị trường khác." in texts
    notes = [(p.cell, p.message) for p in may_problems(tmp_path)]
    assert (
        "B4",
        "Khóa «thi_truong_nhap_khau»: bỏ dấu câu gõ quanh tên thị trường (các thị trường được "
        "viết trong một câu, cách nhau bằng dấu phẩy); đọc là «Trung Quốc», «Hàn Quốc», "
        "«Đài Loan».",
    ) in notes


def read_as_three_markets(tmp_path: Path, typed: str, done: str) -> None:
    """The import markets typed ``typed`` print as Trung Quốc, Hàn Quốc and Đài Loan, with
    the note at ThongTin!B4 that says what was ``done`` to read them so."""
    texts = trade_report(tmp_path, {"thi_truong_nhap_khau": typed})
    assert (
        "Thị trường nhập khẩu lớn nhất là Trung Quốc, sau đó là Hàn Quốc, Đài Loan và một số "
        "thị trường khác." in texts
    )
    notes = [(p.cell, p.message) for p in may_problems(tmp_path)]
    assert (
        "B4",
        f"Khóa «thi_truong_nhap_khau»: {done} (các thị trường được viết trong một câu, cách "
        "nhau bằng dấu phẩy); đọc là «Trung Quốc», «Hàn Quốc», «Đài Loan».",
    ) in notes


@pytest.mark.parametrize(
    ("typed", "done"),
    [
        ("Trung Quốc\nHàn Quốc\nĐài Loan", "đọc mỗi dòng là một thị trường"),
        (
            "Trung Quốc - Hàn Quốc – Đài Loan",
            "đọc các tên cách nhau bằng dấu «-» là các thị trường",
        ),
        (
            "- Trung Quốc\n- Hàn Quốc\n- Đài Loan",
            "đọc mỗi dòng là một thị trường; bỏ số thứ tự, dấu đầu dòng gõ trước tên thị trường",
        ),
        (
            "1. Trung Quốc; 2. Hàn Quốc; 3. Đài Loan",
            "bỏ số thứ tự, dấu đầu dòng gõ trước tên thị trường",
        ),
    ],
)
def test_markets_pasted_as_a_list_are_read_one_by_one(
    tmp_path: Path, typed: str, done: str
) -> None:
    """Markets pasted from a list, one a line (no ";"), printed "Thị trường nhập khẩu lớn
    nhất là Trung Quốc Hàn Quốc Đài Loan" ("- Trung Quốc - Hàn Quốc - Đài Loan" with their
    markers), "Trung Quốc - Hàn Quốc - Đài Loan" as typed, and numbered ones "1. Trung
    Quốc, sau đó là 2. Hàn Quốc", with exit 0: each line (or each name between spaced
    dashes) is a market, without its number or marker, with a note."""
    read_as_three_markets(tmp_path, typed, done)


@pytest.mark.parametrize(
    ("typed", "done"),
    [
        (
            "Trung Quốc; Hàn Quốc; Đài Loan; một số thị trường khác",
            "bỏ «các thị trường khác» gõ cuối danh sách (báo cáo tự viết «và một số thị trường "
            "khác»)",
        ),
        (
            "Trung Quốc; Hàn Quốc; Đài Loan và các thị trường khác.",
            "bỏ dấu câu gõ quanh tên thị trường; bỏ «các thị trường khác» gõ cuối danh sách "
            "(báo cáo tự viết «và một số thị trường khác»)",
        ),
        (
            "Trung Quốc; Hàn Quốc; Đài Loan, v.v.",
            "bỏ dấu câu gõ quanh tên thị trường; bỏ «các thị trường khác» gõ cuối danh sách "
            "(báo cáo tự viết «và một số thị trường khác»)",
        ),
        (
            "Trung Quốc; Hàn Quốc; và Đài Loan",
            "bỏ chữ «và» gõ trước tên thị trường (báo cáo tự viết «và một số thị trường khác»)",
        ),
        ("Trung Quốc；Hàn Quốc；Đài Loan", "đọc dấu «；» (dấu chấm phẩy khổ rộng) là «;»"),
    ],
    ids=["others", "and-the-others", "etc", "and-before-the-last", "full-width-semicolon"],
)
def test_markets_typed_as_a_sentence_lose_its_ending(tmp_path: Path, typed: str, done: str) -> None:
    """Markets copied from last month's report sentence, with its "… và một số thị trường
    khác", printed it twice with a clean check: "…, Đài Loan, một số thị trường khác và một
    số thị trường khác.", "Đài Loan và các thị trường khác và một số thị trường khác.",
    "Đài Loan, v.v và một số thị trường khác.", "Hàn Quốc, và Đài Loan và một số …"; and
    markets separated by a full-width "；" (an East Asian keyboard's) printed as one."""
    read_as_three_markets(tmp_path, typed, done)


def test_two_markets_joined_by_and_are_a_warning(tmp_path: Path) -> None:
    """ "Hàn Quốc và Đài Loan" as the last market printed "… Hàn Quốc và Đài Loan và một số
    thị trường khác." with a clean check: a warning at the cell (a name may hold "và":
    "Trinidad và Tobago", so it is not split)."""
    texts = trade_report(tmp_path, {"thi_truong_nhap_khau": "Trung Quốc; Hàn Quốc và Đài Loan"})
    assert (
        "Thị trường nhập khẩu lớn nhất là Trung Quốc, sau đó là Hàn Quốc và Đài Loan và một số "
        "thị trường khác." in texts
    )
    warned = [(p.cell, p.message) for p in may_problems(tmp_path) if p.severity is Severity.WARNING]
    assert warned == [
        (
            "B4",
            "Khóa «thi_truong_nhap_khau» có «Hàn Quốc và Đài Loan», nối bằng chữ «và»: báo cáo "
            "viết các thị trường cách nhau bằng dấu phẩy rồi thêm «và một số thị trường khác», "
            "nên sẽ in «… Hàn Quốc và Đài Loan và một số thị trường khác». Nếu đó là nhiều thị "
            "trường, hãy ghi cách nhau bằng dấu «;».",
        )
    ]


def test_a_countrys_name_holding_and_is_one_market(tmp_path: Path) -> None:
    """ "Trinidad và Tobago", one country whose name holds "và", was warned as two markets
    joined by "và" on a correct workbook (found by newuser3): --strict stopped on it."""
    texts = trade_report(tmp_path, {"thi_truong_nhap_khau": "Hoa Kỳ; Trinidad và Tobago; Mỹ"})
    assert (
        "Thị trường nhập khẩu lớn nhất là Hoa Kỳ, sau đó là Trinidad và Tobago, Mỹ và một số "
        "thị trường khác." in texts
    )
    assert [p.message for p in may_problems(tmp_path) if p.severity is Severity.WARNING] == []


def test_products_typed_as_a_list_item_end_their_paragraph(tmp_path: Path) -> None:
    """Products typed ending ";" (as a list's item) or "./." end the line with a full stop;
    the report printed "Các sản phẩm nhập khẩu: nguyên phụ liệu dệt may;" as a paragraph,
    and the end mark "./." in the middle of the report."""
    texts = trade_report(
        tmp_path,
        {
            "san_pham_xuat_khau": "hàng dệt may; giày dép./.",
            "san_pham_nhap_khau": "nguyên phụ liệu dệt may;",
        },
    )
    assert "Các sản phẩm xuất khẩu: hàng dệt may; giày dép." in texts
    assert "Các sản phẩm nhập khẩu: nguyên phụ liệu dệt may." in texts


def test_markets_without_an_export_row_are_said_where_they_go(tmp_path: Path) -> None:
    """Markets typed in a month whose ChiTieu has no export or import row: the line went
    after the last subsection, beside figures it is not about, with a clean check; it is now
    a warning at the ThongTin cell naming that subsection."""
    (tmp_path / "data").mkdir()
    sections = [
        row("dien", 120, 100, section="Về sản xuất công nghiệp"),
        row("ban_le", 90, 80, section="Về hoạt động thương mại"),
        row("dien.a", 60, 50, parent="dien", group="Trong đó"),
    ]
    month_book(tmp_path / "data", MAY, {"thi_truong_xuat_khau": "Hoa Kỳ; EU"}, sections)
    said = [(p.severity, p.sheet, p.cell, p.message) for p in may_problems(tmp_path)]
    assert [s for s in said if "thi_truong" in s[3]] == [
        (
            Severity.WARNING,
            "ThongTin",
            "B4",
            "Khóa «thi_truong_xuat_khau» có nội dung, nhưng trang ChiTieu không có chỉ tiêu nào "
            "(không có «Thuộc») mà tên hay mã nói về xuất khẩu, nhập khẩu («xuất khẩu», «XK», "
            "«xuat_khau»…): mẫu báo cáo mặc định sẽ viết dòng này ở cuối tiểu mục «Về hoạt "
            "động thương mại», cạnh những số liệu không nói về nó. Hãy thêm chỉ tiêu xuất khẩu, "
            "nhập khẩu vào trang ChiTieu, hoặc để trống khóa này.",
        )
    ]


@pytest.mark.parametrize(
    ("code", "name"),
    [("a", "Kim ngạch xuất khẩu"), ("b", "Kim ngạch XK"), ("xuat_khau", "Chỉ tiêu 3")],
)
def test_markets_go_with_a_row_named_or_coded_for_exports(
    tmp_path: Path, code: str, name: str
) -> None:
    """A row named "… xuất khẩu", "… XK" or coded "xuat_khau" holds the markets line in its
    subsection, and nothing is said; "Kim ngạch XK" in the second subsection left the line
    after the last, and was said."""
    (tmp_path / "data").mkdir()
    book = [
        row("dien", 120, 100, section="Về sản xuất công nghiệp"),
        (code, name, *row(code, 90, 80, section="Về thương mại")[2:]),
        row("ban_le", 70, 60, section="Về dịch vụ"),
    ]
    month_book(tmp_path / "data", MAY, {"thi_truong_xuat_khau": "Hoa Kỳ; EU"}, book)
    assert not [p for p in may_problems(tmp_path) if "thi_truong" in p.message]
    texts = build_texts(tmp_path, MAY)
    at = texts.index(
        "Thị trường xuất khẩu lớn nhất là Hoa Kỳ, sau đó là EU và một số thị trường khác."
    )
    assert texts[at - 1].startswith(f"{name} tháng 5/2024 ước đạt 90 tấn")


def test_markets_of_a_trade_that_is_nil_this_month_are_warned(tmp_path: Path) -> None:
    """Exports of 0 ("không phát sinh") with export markets typed: the report named the
    markets of a trade it had just said did not happen, with a clean check; it is a warning
    at the key's cell. Imports (not nil) and the whole trade's row ("xuất nhập khẩu") are
    left alone."""
    (tmp_path / "data").mkdir()
    book = [
        ("xk", "Kim ngạch xuất khẩu", *row("xk", 0, 10, 20, 30, 40)[2:]),
        ("nk", "Kim ngạch nhập khẩu", *row("nk", 5, 10, 20, 30, 40)[2:]),
        ("xnk", "Tổng kim ngạch xuất nhập khẩu", *row("xnk", 0, 0, 0, 0, 0)[2:]),
    ]
    info = {"thi_truong_xuat_khau": "Hoa Kỳ", "thi_truong_nhap_khau": "Trung Quốc"}
    month_book(tmp_path / "data", MAY, info, book)
    said = [(p.severity, p.sheet, p.cell, p.message) for p in may_problems(tmp_path)]
    assert [s for s in said if "thi_truong" in s[3]] == [
        (
            Severity.WARNING,
            "ThongTin",
            "B4",
            "Khóa «thi_truong_xuat_khau» có nội dung, nhưng tháng này xuất khẩu không phát "
            "sinh (ChiTieu: «Kim ngạch xuất khẩu» 0): báo cáo vẫn viết dòng này sau câu «không "
            "phát sinh». Hãy để trống khóa này, hoặc sửa số xuất khẩu nếu số đó gõ nhầm.",
        )
    ]


def test_markets_typed_with_commas_are_one_market_said_so(tmp_path: Path) -> None:
    """Markets typed "Trung Quốc, Hoa Kỳ, Nhật Bản" (commas, no ";") are one market in
    the sentence: printed "lớn nhất là Trung Quốc, Hoa Kỳ, Nhật Bản" with no word that the
    list's "sau đó là" needs ";"; a note at the cell says so."""
    texts = trade_report(tmp_path, {"thi_truong_xuat_khau": "Trung Quốc, Hoa Kỳ, Nhật Bản"})
    assert (
        "Thị trường xuất khẩu lớn nhất là Trung Quốc, Hoa Kỳ, Nhật Bản và một số thị trường "
        "khác." in texts
    )
    notes = [(p.severity, p.cell, p.message) for p in may_problems(tmp_path)]
    assert [n for n in notes if "thi_truong" in n[2]] == [
        (
            Severity.INFO,
            "B4",
            "Khóa «thi_truong_xuat_khau» có dấu phẩy mà không có dấu «;», nên cả ô được đọc "
            "là một thị trường: «Trung Quốc, Hoa Kỳ, Nhật Bản». Nếu là nhiều thị trường, hãy "
            "ghi cách nhau bằng dấu «;», thị trường lớn nhất trước.",
        )
    ]


def test_markets_with_commas_and_va_are_one_warning_not_a_note_too(tmp_path: Path) -> None:
    """ "Trung Quốc, Hàn Quốc và Mỹ" had a warning (joined by «và») and a note (commas and
    no «;») at one cell, both saying it is read as one market and to separate by «;»: the
    warning alone now."""
    trade_report(tmp_path, {"thi_truong_xuat_khau": "Trung Quốc, Hàn Quốc và Mỹ"})
    said = [(p.severity, p.cell, p.message) for p in may_problems(tmp_path)]
    assert [s for s in said if "thi_truong" in s[2]] == [
        (
            Severity.WARNING,
            "B4",
            "Khóa «thi_truong_xuat_khau» có «Trung Quốc, Hàn Quốc và Mỹ», nối bằng chữ «và»: "
            "báo cáo viết các thị trường cách nhau bằng dấu phẩy rồi thêm «và một số thị "
            "trường khác», nên sẽ in «… Trung Quốc, Hàn Quốc và Mỹ và một số thị trường "
            "khác». Nếu đó là nhiều thị trường, hãy ghi cách nhau bằng dấu «;».",
        )
    ]


def test_a_market_typed_twice_is_a_warning(tmp_path: Path) -> None:
    """ "Trung Quốc; Hàn Quốc; trung quốc" printed "Thị trường nhập khẩu lớn nhất là Trung
    Quốc, sau đó là Hàn Quốc, trung quốc …" with a clean check: a warning at the cell."""
    trade_report(tmp_path, {"thi_truong_nhap_khau": "Trung Quốc; Hàn Quốc; trung  quốc"})
    warned = [(p.cell, p.message) for p in may_problems(tmp_path) if p.severity is Severity.WARNING]
    assert warned == [
        (
            "B4",
            "Khóa «thi_truong_nhap_khau» ghi thị trường «trung quốc» hai lần (lần đầu là «Trung "
            "Quốc»): báo cáo sẽ viết tên này hai lần trong câu. Hãy xóa một lần.",
        )
    ]


def test_a_market_typed_many_times_is_one_warning_with_its_count(tmp_path: Path) -> None:
    """ "Trung Quốc; trung quốc; Hàn Quốc; TRUNG QUỐC" gave two warnings at one cell, each
    saying «… hai lần …» of a market typed three times (a cell of "Mỹ;" pasted 500 times,
    499 warnings): one warning for the market, with how many times it was typed."""
    typed = "Trung Quốc; trung quốc; Hàn Quốc; TRUNG QUỐC; Hàn Quốc"
    trade_report(tmp_path, {"thi_truong_nhap_khau": typed})
    warned = [(p.cell, p.message) for p in may_problems(tmp_path) if p.severity is Severity.WARNING]
    assert warned == [
        (
            "B4",
            "Khóa «thi_truong_nhap_khau» ghi thị trường «TRUNG QUỐC» 3 lần (lần đầu là «Trung "
            "Quốc»): báo cáo sẽ viết tên này 3 lần trong câu. Hãy chỉ giữ một lần.",
        ),
        (
            "B4",
            "Khóa «thi_truong_nhap_khau» ghi thị trường «Hàn Quốc» hai lần (lần đầu là «Hàn "
            "Quốc»): báo cáo sẽ viết tên này hai lần trong câu. Hãy xóa một lần.",
        ),
    ]


def test_markets_with_a_long_run_of_tabs_are_read_at_once() -> None:
    """Markets typed with thousands of tabs between them (a cell pasted from a table) took
    a second for each few thousand, a full cell of 32 767 characters 18 s for each market
    key: the spaced dash between markets was looked for from each of the tabs."""
    import time

    from baocao.cells import Locator, Reading
    from baocao.infotext import read_markets

    fields: dict[str, object] = {"export_markets": "Trung Quốc" + "\t" * 10000 + "Mỹ"}
    started = time.perf_counter()
    read_markets(Reading(Path("x.xlsx"), [], Locator()), "ThongTin", fields)
    assert time.perf_counter() - started < 0.1
    assert fields["export_markets"] == ("Trung Quốc Mỹ",)


def test_a_market_without_a_letter_is_dropped(tmp_path: Path) -> None:
    """A "-" or "*" typed among the markets (a placeholder, a list's mark) was printed as a
    market with a clean check: "… là Trung Quốc, sau đó là -, Hàn Quốc, Đài Loan, * và một
    số thị trường khác.". It is dropped, with a note."""
    texts = trade_report(
        tmp_path, {"thi_truong_nhap_khau": "Trung Quốc; -; Hàn Quốc; Đài Loan; *; -"}
    )
    assert (
        "Thị trường nhập khẩu lớn nhất là Trung Quốc, sau đó là Hàn Quốc, Đài Loan và một số "
        "thị trường khác." in texts
    )
    notes = [(p.cell, p.message) for p in may_problems(tmp_path)]
    assert notes == [
        (
            "B4",
            "Khóa «thi_truong_nhap_khau»: bỏ «-», «*», không có chữ cái, không phải tên thị "
            "trường (các thị trường được viết trong một câu, cách nhau bằng dấu phẩy); đọc là "
            "«Trung Quốc», «Hàn Quốc», «Đài Loan».",
        )
    ]


def test_a_count_named_for_a_nil_trade_leaves_its_markets_warned(tmp_path: Path) -> None:
    """Exports of 0 triệu USD beside a count of the firms that export ("Số doanh nghiệp xuất
    khẩu", 212 doanh nghiệp): the count was taken for an export row that happened, and the
    markets typed for a trade the report says did not happen passed unsaid (province24).
    The trade's money rows say whether it happened."""
    (tmp_path / "data").mkdir()
    book = [
        ("xk", "Kim ngạch xuất khẩu", "triệu USD", *row("xk", 0, 10, 20, 30, 40)[3:]),
        ("so_dn_xk", "Số doanh nghiệp xuất khẩu", "doanh nghiệp", *row("d", 212)[3:]),
    ]
    month_book(tmp_path / "data", MAY, {"thi_truong_xuat_khau": "Hoa Kỳ"}, book)
    said = [(p.severity, p.cell, p.message) for p in may_problems(tmp_path)]
    assert [s for s in said if "thi_truong" in s[2]] == [
        (
            Severity.WARNING,
            "B4",
            "Khóa «thi_truong_xuat_khau» có nội dung, nhưng tháng này xuất khẩu không phát "
            "sinh (ChiTieu: «Kim ngạch xuất khẩu» 0): báo cáo vẫn viết dòng này sau câu «không "
            "phát sinh». Hãy để trống khóa này, hoặc sửa số xuất khẩu nếu số đó gõ nhầm.",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("cùng kỳ năm 2023", "tên một kỳ báo cáo hoặc kỳ so sánh"),
        ("so với Kế hoạch năm", "tên một kỳ báo cáo hoặc kỳ so sánh"),
        ("KH năm", "tên một kỳ báo cáo hoặc kỳ so sánh"),
        ("KT. GIÁM ĐỐC", "dòng thẩm quyền ký hoặc chức vụ người ký"),
        ("Có", "một câu trả lời có/không"),
    ],
)
def test_another_keys_value_typed_as_a_market_is_left_out(
    tmp_path: Path, typed: str, why: str
) -> None:
    """A base's name, the authority line or an answer typed a row off in the export markets
    was printed "Thị trường xuất khẩu lớn nhất là cùng kỳ năm 2023, sau đó là Mỹ …" with a
    clean check. It is left out, with a warning at the cell; the markets typed stay."""
    texts = trade_report(tmp_path, {"thi_truong_xuat_khau": f"{typed}; Mỹ"})
    assert "Thị trường xuất khẩu lớn nhất là Mỹ và một số thị trường khác." in texts
    warned = [(p.cell, p.message) for p in may_problems(tmp_path) if p.severity is Severity.WARNING]
    assert warned == [
        (
            "B4",
            f"Khóa «thi_truong_xuat_khau» ghi «{typed}»: đây là {why}, không phải tên thị "
            f"trường (câu văn sẽ thành «Thị trường xuất khẩu lớn nhất là {typed}…»), nên không "
            "được đưa vào báo cáo. Hãy ghi các thị trường, cách nhau bằng dấu «;», hoặc để "
            "trống ô.",
        )
    ]


def test_markets_that_look_like_other_words_stay(tmp_path: Path) -> None:
    """ "TL" (Thái Lan, as a list may shorten it), "Nam Phi", "Chi-lê" are markets."""
    texts = trade_report(tmp_path, {"thi_truong_xuat_khau": "TL; Nam Phi; Chi-lê"})
    assert (
        "Thị trường xuất khẩu lớn nhất là TL, sau đó là Nam Phi, Chi-lê và một số thị trường "
        "khác." in texts
    )


def test_cambodias_code_among_the_markets_is_a_market(tmp_path: Path) -> None:
    """ "KH" (Cambodia's code, as a list may shorten it) in thi_truong_xuat_khau was warned
    "… ghi «KH»: đây là tên một kỳ báo cáo hoặc kỳ so sánh …" and left out, the plan's
    abbreviation: alone among the markets it is a market, as "TL" is."""
    texts = trade_report(tmp_path, {"thi_truong_xuat_khau": "KH; TL; Mỹ"})
    assert "Thị trường xuất khẩu lớn nhất là KH, sau đó là TL, Mỹ và một số thị trường khác." in (
        texts
    )
    assert [p for p in may_problems(tmp_path) if p.severity is Severity.WARNING] == []


@pytest.mark.parametrize(
    ("typed", "word", "printed"),
    [
        ("tăng khá", "tăng khá", None),
        ("Trung Quốc; Giảm nhẹ; Mỹ", "Giảm nhẹ", "Trung Quốc, sau đó là Mỹ"),
        ("Ổn định", "Ổn định", None),
        ("không tăng; Hàn Quốc", "không tăng", "Hàn Quốc"),
    ],
)
def test_an_assessment_word_among_the_markets_is_left_out(
    tmp_path: Path, typed: str, word: str, printed: str | None
) -> None:
    """The index's assessment word typed a row off, in a markets key, printed "Thị trường
    xuất khẩu lớn nhất của tỉnh là tăng khá và một số nước khác" with a clean check (found
    by office11): it is left out, with a warning at its cell."""
    texts = trade_report(tmp_path, {"thi_truong_xuat_khau": typed})
    said = [t for t in texts if "Thị trường xuất khẩu" in t or word in t]
    assert said == (
        [f"Thị trường xuất khẩu lớn nhất là {printed} và một số thị trường khác."]
        if printed
        else []
    )
    warned = [(p.cell, p.message) for p in may_problems(tmp_path) if p.severity is Severity.WARNING]
    assert warned == [
        (
            "B4",
            f"Khóa «thi_truong_xuat_khau» ghi «{word}»: đây là lời nhận định mức thay đổi (như "
            "ở khóa «nhan_dinh_sxcn»), không phải tên thị trường (câu văn sẽ thành «Thị trường "
            f"xuất khẩu lớn nhất là {word}…»), nên không được đưa vào báo cáo. Hãy ghi các thị "
            "trường, cách nhau bằng dấu «;», hoặc để trống ô.",
        )
    ]


def test_markets_named_like_a_change_word_stay() -> None:
    """Names that begin as a change word's letters do ("Bangladesh", "Tanzania", "Băng-la-
    đét") are markets, and so is a name in capitals whose first word is one ("Bằng
    Tường"): only whole words of a change, not a name, are taken for one."""
    from baocao.assessmentword import says_a_change

    for name in ("Bangladesh", "Băng-la-đét", "Tanzania", "Giang Tô", "Bằng Tường"):
        assert not says_a_change(name), name
    for word in ("tăng khá", "Giảm nhẹ", "không giảm", "ổn định", "tương đương", "bằng"):
        assert says_a_change(word), word


def test_a_market_named_with_its_country_after_it_stays(tmp_path: Path) -> None:
    """A border market named with its country in brackets or its province after a dash
    ("Bằng Tường (Trung Quốc)", "Bằng Tường - Quảng Tây"), as a border province's list gives
    it, was left out as the assessment word "bằng", with a warning on a correct workbook:
    it is a market, printed as typed."""
    texts = trade_report(
        tmp_path,
        {"thi_truong_xuat_khau": "Bằng Tường (Trung Quốc); Bằng Tường - Quảng Tây; Hoa Kỳ"},
    )
    assert (
        "Thị trường xuất khẩu lớn nhất là Bằng Tường (Trung Quốc), sau đó là Bằng Tường - "
        "Quảng Tây, Hoa Kỳ và một số thị trường khác." in texts
    )
    assert [p for p in may_problems(tmp_path) if p.severity is not Severity.INFO] == []


def test_markets_typed_in_small_letters_or_capitals_are_said(tmp_path: Path) -> None:
    """ "trung quốc; hàn quốc" printed "… lớn nhất là trung quốc, sau đó là hàn quốc …"
    with a clean check, and "TRUNG QUỐC" so in capitals (office15's find): markets in
    capitals are a warning, in small letters a note, each naming them; a group in small
    letters ("các nước trung đông") and an acronym ("EU") are said nothing."""
    texts = trade_report(
        tmp_path,
        {
            "thi_truong_xuat_khau": "trung quốc; các nước trung đông; hàn quốc",
            "thi_truong_nhap_khau": "TRUNG QUỐC; EU",
        },
    )
    assert (
        "Thị trường xuất khẩu lớn nhất là trung quốc, sau đó là các nước trung đông, hàn quốc "
        "và một số thị trường khác." in texts
    )
    said = [
        (p.severity.name, p.cell, p.message)
        for p in may_problems(tmp_path)
        if "tên riêng" in p.message
    ]
    todo = (
        "Tên thị trường là tên riêng: hãy viết hoa chữ đầu mỗi tiếng (ví dụ «Trung Quốc», «Hàn "
        "Quốc»)."
    )
    assert said == [
        (
            "INFO",
            "B4",
            "Khóa «thi_truong_xuat_khau» ghi thị trường «trung quốc», «hàn quốc» toàn chữ thường, "
            "và câu văn in nguyên như vậy («Thị trường xuất khẩu lớn nhất là trung quốc…»). "
            + todo,
        ),
        (
            "WARNING",
            "B5",
            "Khóa «thi_truong_nhap_khau» ghi thị trường «TRUNG QUỐC» toàn chữ hoa, và câu văn in "
            "nguyên như vậy («Thị trường nhập khẩu lớn nhất là TRUNG QUỐC…»). " + todo,
        ),
    ]


@pytest.mark.parametrize(
    ("typed", "printed", "named"),
    [
        ("USA; China; Hàn Quốc", "USA, sau đó là China, Hàn Quốc", "«USA», «China»"),
        ("Hoa Kỳ; U.K; south korea", "Hoa Kỳ, sau đó là U.K, south korea", None),
        ("中国; 韩国; Đài Loan", "中国, sau đó là 韩国, Đài Loan", "«中国», «韩国»"),
    ],
)
def test_a_market_in_another_language_is_a_warning(
    tmp_path: Path, typed: str, printed: str, named: str | None
) -> None:
    """Markets pasted from a customs table in English or Chinese ("USA; China", "中国; 韩国")
    were printed so with a clean check (office19), the Chinese with a note asking for
    capitals: a warning asking for the Vietnamese names, and no word about their case."""
    texts = trade_report(tmp_path, {"thi_truong_nhap_khau": typed})
    assert f"Thị trường nhập khẩu lớn nhất là {printed} và một số thị trường khác." in texts
    names = named or "«U.K», «south korea»"
    said = [(p.severity.name, p.cell, p.message) for p in may_problems(tmp_path)]
    assert [s for s in said if "thi_truong" in s[2]] == [
        (
            "WARNING",
            "B4",
            f"Khóa «thi_truong_nhap_khau» ghi thị trường {names} bằng tiếng nước ngoài, và câu "
            f"văn in nguyên như vậy («Thị trường nhập khẩu lớn nhất là {typed.split(';')[0]}…»)"
            ". Hãy ghi tên tiếng Việt của nước đó (ví dụ «Hoa Kỳ», «Trung Quốc», «Hàn Quốc»).",
        )
    ]


def test_markets_vietnamese_writes_as_english_are_quiet(tmp_path: Path) -> None:
    """ "Canada", "Singapore", "Hong Kong", "EU", "Australia": Vietnamese names them so."""
    trade_report(tmp_path, {"thi_truong_nhap_khau": "Canada; Singapore; Hong Kong; EU; Australia"})
    assert [p for p in may_problems(tmp_path) if "thi_truong" in p.message] == []
