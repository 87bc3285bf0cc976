"""A clerk's slips: a ``Nhóm`` typed with punctuation after it, a ThongTin phrase key
answered as a yes/no question, a paragraph or task pasted twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from baocao.period import Period
from test_catalogue import book, check, with_sheet
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings

MARCH = Period(2025, 3)


@pytest.mark.parametrize(
    ("typed", "heading"),
    [
        ("Phân theo loại hình,", "* Phân theo loại hình:"),
        ("Phân theo loại hình.", "* Phân theo loại hình:"),
        ("Phân theo loại hình :", "* Phân theo loại hình:"),
        ("Trong đó,", "Trong đó:"),
    ],
)
def test_group_typed_with_punctuation_is_headed_once_with_colon(
    tmp_path: Path, typed: str, heading: str
) -> None:
    """ "* Phân theo loại hình,:" was printed: the report adds its ":" after any end."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            row("x", 100),
            row("x.a", 60, parent="x", group=typed),
            row("x.b", 40, parent="x", group=typed.rstrip(",.: ")),
        ],
    )
    texts = build_texts(tmp_path, MARCH)
    assert [t for t in texts if t.startswith(("*", "Trong đó"))] == [heading]
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if c and c[0] == "L"] == [
        (
            "INFO",
            "L3",
            f"Đã bỏ dấu câu ở cuối «Nhóm» «{typed}»: báo cáo tự thêm dấu «:» sau tên nhóm.",
        )
    ]


def test_colon_after_trong_do_before_more_words_is_a_comma(tmp_path: Path) -> None:
    """ "Trong đó: một số sản phẩm chủ yếu" (as Đồng Tháp's report leads its products in)
    was headed "Trong đó: một số sản phẩm chủ yếu:", two colons in one line."""
    (tmp_path / "data").mkdir()
    typed = "Trong đó: một số sản phẩm chủ yếu"
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            row("x", 100),
            row("x.a", 60, parent="x", group=typed),
            row("x.b", 30, parent="x", group=typed),
        ],
    )
    texts = build_texts(tmp_path, MARCH)
    assert [t for t in texts if t.startswith("Trong đó")] == ["Trong đó, một số sản phẩm chủ yếu:"]
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if c and c[0] == "L"] == [
        (
            "INFO",
            "L3",
            f"«Nhóm» «{typed}» được viết «Trong đó, một số sản phẩm chủ yếu»: báo cáo tự thêm "
            "dấu «:» sau tên nhóm, nên dấu «:» sau «Trong đó» thành dấu «,».",
        )
    ]


def test_words_after_trong_do_typed_with_a_capital_stand_mid_sentence(tmp_path: Path) -> None:
    """ "Trong đó: Một số sản phẩm chủ yếu" (a capital after the colon) was headed "Trong đó,
    Một số sản phẩm chủ yếu:", a capital after the comma; a proper name keeps its own."""
    (tmp_path / "data").mkdir()
    typed, named = "Trong đó: Một số sản phẩm chủ yếu", "Trong đó: Samsung Điện tử"
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            row("x", 100),
            row("x.a", 60, parent="x", group=typed),
            row("x.b", 30, parent="x", group=typed),
            row("y", 100),
            row("y.a", 60, parent="y", group=named),
            row("y.b", 30, parent="y", group=named),
        ],
    )
    texts = build_texts(tmp_path, MARCH)
    assert [t for t in texts if t.startswith("Trong đó")] == [
        "Trong đó, một số sản phẩm chủ yếu:",
        "Trong đó, Samsung Điện tử:",
    ]
    notes = [(c, m) for s, c, m in findings(tmp_path, MARCH) if c and c[0] == "L"]
    assert notes[0] == (
        "L3",
        f"«Nhóm» «{typed}» được viết «Trong đó, một số sản phẩm chủ yếu»: báo cáo tự thêm "
        "dấu «:» sau tên nhóm, nên dấu «:» sau «Trong đó» thành dấu «,».",
    )


ANSWERED = {
    "nhan_dinh_sxcn": (
        "«Chỉ số sản xuất công nghiệp tháng … {}, ước tăng …»",
        "nhận định («tăng khá», «giảm nhẹ»…), hoặc để trống ô để chọn theo các ngưỡng của "
        "tệp cấu hình",
    ),
    "so_sanh_cung_ky": (
        "«tăng …% so với {}»",
        "«cùng kỳ», «cùng kỳ năm trước» hoặc «cùng kỳ năm 2024», hoặc để trống ô",
    ),
    "so_sanh_ke_hoach": (
        "«đạt …% {}»",
        "«so với Kế hoạch năm», «so với kế hoạch năm» hoặc «so với KH năm», hoặc để trống ô",
    ),
}


@pytest.mark.parametrize("key", sorted(ANSWERED))
@pytest.mark.parametrize("typed", ["không", "x", 0])
def test_phrase_key_answered_yes_or_no_is_an_error(tmp_path: Path, key: str, typed: object) -> None:
    """ "không" in so_sanh_ke_hoach printed "đạt 23,1% không." and in nhan_dinh_sxcn
    "tỉnh Bắc Giang không, ước tăng …" with nothing said; "0" in so_sanh_cung_ky printed
    "tăng 24,9% so với 0" after a mere warning."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {key: typed}, [row("x", 100, 90, 80, 300, 250, 1000)])
    printed, what = ANSWERED[key]
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s != "INFO"] == [
        (
            "ERROR",
            "B4",
            f"Khóa «{key}» ghi «{typed}», nhưng đây là cụm từ được viết vào câu văn, không "
            f"phải câu trả lời có/không: báo cáo sẽ viết {printed.format(typed)}. Hãy ghi "
            f"{what}.",
        )
    ]


def test_paragraph_or_task_pasted_twice_is_a_warning_at_the_second(workspace: Path) -> None:
    """A paragraph of HoatDong, or a task of NhiemVu, pasted again over the next row was
    written twice in the report with nothing said (exit 0, "0 cảnh báo"). One closing line
    in two subsections is no slip."""

    def change(wb: Any) -> None:
        wb["HoatDong"]["C3"] = wb["HoatDong"]["C2"].value
        wb["NhiemVu"]["B4"] = "  " + str(wb["NhiemVu"]["B2"].value).upper()
        wb["HoatDong"]["C4"] = "Không phát sinh."  # short: a list may hold it twice
        wb["HoatDong"]["C5"] = "Không phát sinh."
        closing = "Thực hiện các nhiệm vụ khác do Lãnh đạo Sở giao."
        wb["HoatDong"]["C8"] = closing  # the last of "Công tác quản lý Công nghiệp"
        wb["HoatDong"]["C18"] = closing  # the last of "Công tác quản lý Năng lượng"

    with_sheet(workspace, change)
    twice = (
        "«Nội dung» trùng với ô {}: báo cáo sẽ viết {} này hai lần. Nếu dán nhầm, hãy xóa một dòng."
    )
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {book(workspace)}, HoatDong!C3: {twice.format('C2', 'đoạn văn')}",
            f"CẢNH BÁO: {book(workspace)}, NhiemVu!B4: «Nội dung» được gõ chữ hoa cả đoạn, và "
            "báo cáo in nguyên như vậy giữa các đoạn chữ thường. Hãy gõ chữ thường (viết hoa "
            "chữ đầu câu và tên riêng).",
            f"CẢNH BÁO: {book(workspace)}, NhiemVu!B4: {twice.format('B2', 'nhiệm vụ')}",
            "Tổng cộng: 0 lỗi, 3 cảnh báo.",
        ],
    )


def test_parent_code_of_its_own_row_or_of_a_loop_is_said_so(tmp_path: Path) -> None:
    """A Thuộc naming its own row was said "không có chỉ tiêu nào khác mang mã này" (the
    clerk sees the code right there); a row under a loop of two others was told it made a
    loop itself. Now its own code is said so, and only the loop's rows are, with the loop."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            row("a", 100, parent="a"),
            row("b", 100, parent="c"),
            row("c", 100, parent="b"),
            row("d", 100, parent="b"),
        ],
    )
    assert [(c, m) for s, c, m in findings(tmp_path, MARCH) if s == "ERROR"] == [
        (
            "K2",
            "«Thuộc» ghi «a», chính mã của dòng này: một chỉ tiêu không thuộc chính nó. Hãy "
            "ghi mã của chỉ tiêu mẹ, hoặc để trống nếu đây là chỉ tiêu tổng.",
        ),
        (
            "K3",
            "«Thuộc» của «b» tạo thành vòng lặp («b» thuộc «c», «c» thuộc «b»): chỉ tiêu "
            "thuộc chính chỉ tiêu con của nó.",
        ),
        (
            "K4",
            "«Thuộc» của «c» tạo thành vòng lặp («c» thuộc «b», «b» thuộc «c»): chỉ tiêu "
            "thuộc chính chỉ tiêu con của nó.",
        ),
    ]


def test_parent_codes_too_deep_are_said_once_where_the_chain_passes(tmp_path: Path) -> None:
    """3 000 rows each under the one before took 84 s to check (every row walked the chain
    up again) and the build ended in a RecursionError traceback; 20 levels took hours (the
    context holds each child twice). A row more than 6 levels under its total is an error,
    said at the first row past the limit; 6 levels pass."""
    (tmp_path / "data").mkdir()
    chain = [row("t", 100)] + [
        row(f"c{i}", 100, parent=f"c{i - 1}" if i else "t") for i in range(300)
    ]
    month_book(tmp_path / "data", MARCH, {}, chain)
    assert [(c, m) for s, c, m in findings(tmp_path, MARCH) if s == "ERROR"] == [
        (
            "K9",
            "«Thuộc» của «c6» đặt chỉ tiêu này sâu quá 6 tầng dưới chỉ tiêu tổng (chỉ tiêu "
            "con của chỉ tiêu con…): báo cáo không viết được ngần ấy tầng. Hãy cho nó thuộc "
            "một chỉ tiêu ở tầng trên.",
        )
    ]


def test_a_row_six_levels_under_its_total_is_no_error(tmp_path: Path) -> None:
    """The deepest chain allowed, 6 levels under a total, is no error."""
    (tmp_path / "data").mkdir()
    chain = [row("t", 100)] + [
        row(f"c{i}", 100, parent=f"c{i - 1}" if i else "t") for i in range(6)
    ]
    month_book(tmp_path / "data", MARCH, {}, chain)
    assert [(c, m) for s, c, m in findings(tmp_path, MARCH) if s == "ERROR"] == []


@pytest.mark.parametrize("typed", ["Ban_Le", "bаn_le", "ban_lee"])  # a capital, a Cyrillic а
def test_parent_code_typed_near_a_code_names_it(tmp_path: Path, typed: str) -> None:
    """A Thuộc typed with a capital, a look-alike letter or a slip was told only that no
    row has the code, which looked wrong beside the row «ban_le»; the code meant is named."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data", MARCH, {}, [row("ban_le", 100), row("ban_le.a", 50, parent=typed)]
    )
    assert [(c, m) for s, c, m in findings(tmp_path, MARCH) if s == "ERROR"] == [
        (
            "K3",
            f"«Thuộc» ghi mã «{typed}», nhưng không có chỉ tiêu nào khác mang mã này (có phải "
            "mã «ban_le»?).",
        )
    ]


def test_header_row_typed_below_a_title_line_is_said_at_its_row(workspace: Path) -> None:
    """A title line typed above ChiTieu's header was read as the header: "Thiếu cột «Mã» ở
    hàng tiêu đề (hàng 1)" three times, and the title called a near name of «Chỉ tiêu",
    while the columns stood in row 2. Two blank rows above HoatDong's header likewise."""

    def change(wb: Any) -> None:
        wb["ChiTieu"].insert_rows(1)
        wb["ChiTieu"]["A1"] = "BIỂU CHỈ TIÊU THÁNG 3 NĂM 2024"
        wb["HoatDong"].insert_rows(1, amount=2)

    with_sheet(workspace, change)
    lower = (
        "Tên các cột ({}, …) nằm ở hàng {}, nhưng hàng tiêu đề phải là hàng 1 của trang: hãy "
        "xóa {} phía trên (dòng tên biểu, dòng trống) để tên các cột ở hàng 1."
    )
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}, ChiTieu!2:2: "
            + lower.format("«Mã», «Chỉ tiêu», «Đơn vị»", 2, "hàng 1"),
            f"LỖI: {book(workspace)}, HoatDong!3:3: "
            + lower.format("«Mục», «Nội dung»", 3, "các hàng từ 1 đến 2"),
            "Tổng cộng: 2 lỗi, 0 cảnh báo.",
        ],
    )


def test_missing_sheet_names_the_sheet_likely_meant(workspace: Path) -> None:
    """A ChiTieu copied in Excel ("ChiTieu (2)") and the original deleted was said only
    "Thiếu trang tính «ChiTieu»" though the sheet is there under another name; init's
    "NhiemVuThangTruoc" is never the one meant."""

    def change(wb: Any) -> None:
        wb["ChiTieu"].title = "ChiTieu (2)"
        wb["NhiemVu"].title = "NhiemVuThangTruoc"

    with_sheet(workspace, change)
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}: Thiếu trang tính «ChiTieu». Sổ có trang «ChiTieu (2)»: "
            "nếu đó là trang «ChiTieu», hãy đổi tên trang thành đúng «ChiTieu».",
            f"LỖI: {book(workspace)}: Thiếu trang tính «NhiemVu».",
            "Tổng cộng: 2 lỗi, 0 cảnh báo.",
        ],
    )


def test_missing_sheet_names_the_one_sheet_with_its_headers(workspace: Path) -> None:
    """A ChiTieu renamed "Indicators" was said only "Thiếu trang tính «ChiTieu»", though a
    sheet renamed "Chỉ tiêu" is named with the advice to rename it: the one sheet of no
    contract name whose header row holds ChiTieu's required titles is named too."""
    with_sheet(workspace, lambda wb: setattr(wb["ChiTieu"], "title", "Indicators"))
    assert check() == (
        1,
        [
            f"LỖI: {book(workspace)}: Thiếu trang tính «ChiTieu». Trang «Indicators» có các "
            "cột «Mã», «Chỉ tiêu», «Đơn vị» của trang «ChiTieu»: nếu đó là trang «ChiTieu», "
            "hãy đổi tên trang thành đúng «ChiTieu».",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )


def test_a_missing_sheets_headers_are_named_in_one_sheet_only() -> None:
    """Of sheets renamed, each is named for the contract sheet it holds the most required
    titles of (HoatDong's «Mục», «Nội dung» hold NhiemVu's «Nội dung»); two sheets with
    one's titles, or a sheet of other titles, are named for none."""
    from baocao.raw import RawCell, RawSheet
    from baocao.renamedsheets import renamed
    from baocao.sheets import HOAT_DONG, NHIEM_VU, THONG_TIN

    def headed(title: str, *headers: str) -> RawSheet:
        return RawSheet(title, (tuple(RawCell(f"{'ABC'[i]}1", h) for i, h in enumerate(headers)),))

    tasks, news = headed("Tasks", "STT", "Nội dung"), headed("Tin", "Mục", "Cấp", "Nội dung")
    sheets = {"Tasks": tasks, "Tin": news, "Sheet1": headed("Sheet1", "Khóa", "Giá")}
    advice = "nếu đó là trang «{0}», hãy đổi tên trang thành đúng «{0}»."
    assert renamed(NHIEM_VU, sheets) == (
        " Trang «Tasks» có cột «Nội dung» của trang «NhiemVu»: " + advice.format("NhiemVu")
    )
    assert renamed(HOAT_DONG, sheets) == (
        " Trang «Tin» có các cột «Mục», «Nội dung» của trang «HoatDong»: "
        + advice.format("HoatDong")
    )
    assert renamed(THONG_TIN, sheets) == ""
    assert renamed(NHIEM_VU, {**sheets, "Tasks 2": headed("Tasks 2", "Nội dung")}) == ""


@pytest.mark.parametrize(
    ("key", "typed", "printed", "what", "todo"),
    [
        ("nguoi_ky", 12, "12", "họ tên người ký", "ghi họ tên người ký"),
        ("chuc_vu", "x", "X", "chức vụ người ký («PHÓ GIÁM ĐỐC»)", "ghi chức vụ"),
        (
            "ky_thay",
            "không",
            "KHÔNG",
            "dòng thẩm quyền ký in trên chức vụ («KT. GIÁM ĐỐC»)",
            "ghi dòng thẩm quyền ký (khi người đứng đầu tự ký, dòng này để trống ở "
            "«authority» của mục [signer] trong tệp cấu hình)",
        ),
    ],
)
def test_signer_key_answered_yes_or_no_is_an_error(
    tmp_path: Path, key: str, typed: object, printed: str, what: str, todo: str
) -> None:
    """ "không" typed in ky_thay (meaning: no authority line) printed "KHÔNG" above the
    title, and a number in nguoi_ky a signer named "12", each with exit 0."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {key: typed}, [row("x", 100, 90, 80, 300, 250)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s != "INFO"] == [
        (
            "ERROR",
            "B4",
            f"Khóa «{key}» sẽ được in là «{printed}», nhưng đây là {what}, không phải câu "
            f"trả lời có/không hay một số. Hãy {todo}, hoặc để trống ô để dùng giá trị của "
            "tệp cấu hình.",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "printed"),
    [("tăng khá", "TĂNG KHÁ"), ("Phó Giám đốc", "PHÓ GIÁM ĐỐC"), ("TL. Giám đốc", None)],
)
def test_authority_line_that_is_no_authority_is_a_warning(
    tmp_path: Path, typed: str, printed: str | None
) -> None:
    """ "tăng khá" (the index's word of the row below) typed in ky_thay was printed "TĂNG
    KHÁ" above the title after a note only: a warning at the cell."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"ky_thay": typed}, [row("x", 100, 90, 80, 300, 250)])
    expected = [
        (
            "WARNING",
            "B4",
            f"Dòng thẩm quyền ký «{printed}» không bắt đầu bằng «KT.», «TM.», «TL.», «TUQ.» "
            "hay «Q.», mà báo cáo in dòng này phía trên chức vụ người ký: có lẽ đã ghi nhầm "
            "ô. Hãy ghi dòng thẩm quyền (ví dụ «KT. GIÁM ĐỐC»), hoặc để trống khi người đứng "
            "đầu tự ký.",
        )
    ]
    found = [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s not in ("INFO", "NOTE")]
    assert [f for f in found if "thẩm quyền ký «" in f[2]] == (expected if printed else [])


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("PHÓ GIÁM ĐỐC", "Phó Giám Đốc"),
        ("KT. GIÁM ĐỐC", "Kt. Giám Đốc"),
        ("Giám đốc", None),
        ("Phó giám đốc.", "Phó giám đốc"),
    ],
)
def test_signer_typed_as_a_title_alone_is_an_error(
    tmp_path: Path, typed: str, printed: str | None
) -> None:
    """ "PHÓ GIÁM ĐỐC" (the title, typed a row up in nguoi_ky) printed "Phó Giám Đốc"
    under the signature as the signer's name, after a note only: an error at the cell,
    quoting the cell as typed and the name as it would be printed (it quoted the printed
    «Phó Giám Đốc» as what the cell holds, office11's F4; and «Phó giám đốc» for a cell
    "Phó giám đốc.", its full stop dropped first), and without a note before it that the
    name "được viết thành «Phó Giám Đốc»" (attack5)."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"nguoi_ky": typed}, [row("x", 100, 90, 80, 300, 250)])
    shown = printed or typed
    found = findings(tmp_path, MARCH)
    assert [(s, c, m) for s, c, m in found if s != "INFO"] == [
        (
            "ERROR",
            "B4",
            f"Khóa «nguoi_ky» ghi «{typed}», là chức vụ (hoặc dòng thẩm quyền ký), không phải "
            f"họ tên: báo cáo sẽ in «{shown}» dưới chữ ký. Hãy ghi họ tên người ký (chức vụ ghi "
            "ở khóa «chuc_vu»), hoặc để trống ô để dùng họ tên của tệp cấu hình.",
        )
    ]
    assert [m for s, _, m in found if "viết hoa chữ đầu mỗi tiếng" in m] == []


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("PGĐ Nguyễn Văn An", "PGĐ"),
        ("Phó Giám đốc Nguyễn Văn An", "Phó Giám đốc"),
        ("TS. Nguyễn Văn An", "TS."),
        ("KS. Nguyễn Văn An", "KS."),
        ("BS Nguyễn Văn An", "BS"),
        ("Đ/c Nguyễn Văn An", "Đ/c"),
    ],
)
def test_signer_typed_with_a_title_is_printed_without_it(
    tmp_path: Path, typed: str, title: str
) -> None:
    """nguoi_ky typed with the title ("PGĐ Nguyễn Văn An") printed "PGĐ Nguyễn Văn An"
    under "PHÓ GIÁM ĐỐC" with a clean check: the name alone is printed, with a warning."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"nguoi_ky": typed}, [row("x", 100, 90, 80, 300, 250)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s != "INFO"] == [
        (
            "WARNING",
            "B4",
            f"Khóa «nguoi_ky» có «{title}» trước họ tên: báo cáo in «Nguyễn Văn An», vì chức "
            "vụ là dòng riêng phía trên (khóa «chuc_vu» hoặc tệp cấu hình) và Nghị định "
            "30/2020/NĐ-CP không ghi chức vụ, học hàm, học vị bên cạnh họ tên người ký. Hãy "
            "chỉ "
            "ghi họ tên, và kiểm tra chức vụ in phía trên.",
        )
    ]
    texts = build_texts(tmp_path, MARCH)
    assert "Nguyễn Văn An" in texts
    assert typed not in texts


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("Nguyễn Văn An - PGĐ", "PGĐ"),
        ("Nguyễn Văn An (PGĐ)", "PGĐ"),
        ("Nguyễn Văn An, Phó Giám đốc", "Phó Giám đốc"),
    ],
)
def test_signer_typed_with_a_title_after_the_name_is_printed_without_it(
    tmp_path: Path, typed: str, title: str
) -> None:
    """ "Trần Văn B - PGĐ" (office9's clerk) printed so as the signature, under "PHÓ GIÁM
    ĐỐC", with a clean check, where a title typed before the name was caught: the name alone
    is printed, with the warning saying where the title was."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"nguoi_ky": typed}, [row("x", 100, 90, 80, 300, 250)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s != "INFO"] == [
        (
            "WARNING",
            "B4",
            f"Khóa «nguoi_ky» có «{title}» sau họ tên: báo cáo in «Nguyễn Văn An», vì chức "
            "vụ là dòng riêng phía trên (khóa «chuc_vu» hoặc tệp cấu hình) và Nghị định "
            "30/2020/NĐ-CP không ghi chức vụ, học hàm, học vị bên cạnh họ tên người ký. Hãy "
            "chỉ "
            "ghi họ tên, và kiểm tra chức vụ in phía trên.",
        )
    ]
    assert "Nguyễn Văn An" in build_texts(tmp_path, MARCH)


@pytest.mark.parametrize("typed", ["Ông Văn Tùng", "Phó Đức Anh", "Giáp Thị Thu"])
def test_a_signer_whose_surname_reads_like_a_title_is_printed_as_typed(
    tmp_path: Path, typed: str
) -> None:
    """ "Ông" and "Phó" are surnames too: no warning, the name as typed."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"nguoi_ky": typed}, [row("x", 100, 90, 80, 300, 250)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s != "INFO"] == []


def test_blank_group_beside_a_trong_do_one_is_that_list(tmp_path: Path) -> None:
    """ "Trong đó" typed in one row of a parent and left blank in the other: the report
    wrote "Trong đó:" twice and warned that the blank row alone did not add up to the
    parent ("lệch -60"), though the two rows do."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            row("x", 100, 90, 80, 300, 250),
            row("x.a", 60, 50, 45, 180, 150, parent="x", group="Trong đó"),
            row("x.b", 40, 40, 35, 120, 100, parent="x"),
        ],
    )
    texts = build_texts(tmp_path, MARCH)
    assert texts.count("Trong đó:") == 1
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if c and c[0] in "DEFGHL"] == [
        (
            "INFO",
            "L4",
            "«Nhóm» để trống được đọc là «Trong đó» (ô L3), như dòng khác cùng «Thuộc» «x»: "
            "báo cáo viết một danh sách «Trong đó:».",
        )
    ]


def test_blank_group_beside_a_worded_trong_do_one_stays_its_own_list(tmp_path: Path) -> None:
    """Exports of domestic and foreign firms (blank Nhóm, adding up) beside "Trong đó, một
    số sản phẩm chủ yếu" (a few products, in tấn), as Lâm Đồng's half-year report writes
    them: the firms were read as that list and printed under the products' heading,
    "Trong đó, một số sản phẩm chủ yếu:" then "Chỉ tiêu x.a …", with a note only."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            row("x", 100, 90, 80, 300, 250),
            row("x.a", 60, 50, 45, 180, 150, parent="x"),
            row("x.b", 40, 40, 35, 120, 100, parent="x"),
            row("x.c", 5, 4, 4, 15, 12, parent="x", group="Trong đó, một số sản phẩm chủ yếu"),
        ],
    )
    texts = build_texts(tmp_path, MARCH)
    at = texts.index("Trong đó:")
    assert [t.split(" tháng")[0] for t in texts[at : at + 5]] == [
        "Trong đó:",
        "Chỉ tiêu x.a",
        "Chỉ tiêu x.b",
        "Trong đó, một số sản phẩm chủ yếu:",
        "Chỉ tiêu x.c",
    ]
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if c and c[0] in "DEFGHL"] == []


def test_trong_do_typed_without_marks_is_headed_with_them(tmp_path: Path) -> None:
    """ "trong do" (typed without marks) is read as a "Trong đó" list, but was headed
    "Trong do:" in the report."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [
            row("x", 100),
            row("x.a", 60, parent="x", group="trong do"),
            row("x.b", 30, parent="x", group="trong do"),
        ],
    )
    texts = build_texts(tmp_path, MARCH)
    assert [t for t in texts if t.lower().startswith("trong")] == ["Trong đó:"]


def test_the_signers_name_typed_as_the_title_is_an_error(tmp_path: Path) -> None:
    """The config's signer typed in chuc_vu (a row off): the block printed "NGUYỄN VĂN
    PHƯƠNG" as the title above the same name, after a note only (office11). An error at
    the cell."""
    (tmp_path / "data").mkdir()
    info = {"chuc_vu": "Nguyễn Văn Phương"}
    month_book(tmp_path / "data", MARCH, info, [row("x", 100, 90, 80, 300, 250)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s == "ERROR"] == [
        (
            "ERROR",
            "B4",
            "Chức vụ «NGUYỄN VĂN PHƯƠNG» là họ tên người ký: khối chữ ký sẽ in họ tên hai lần "
            "và không có chức vụ. Hãy ghi chức vụ (ví dụ «PHÓ GIÁM ĐỐC») ở khóa «chuc_vu» "
            "(hoặc «title» của [signer] trong tệp cấu hình).",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "warned"),
    [
        ("Nguyễn Văn Nam", True),
        ("TRẦN THỊ HÀ", True),
        ("Lê Minh", True),
        ("PHÓ GIÁM ĐỐC", False),
        ("TRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH", False),
        ("Hà Nội", True),
        ("CHÁNH VĂN PHÒNG", False),
        ("Hoàng", False),
    ],
)
def test_another_persons_name_typed_as_the_title_is_a_warning(
    tmp_path: Path, typed: str, warned: bool
) -> None:
    """Another person's name typed in chuc_vu (a row off) printed "NGUYỄN VĂN NAM" as the
    title above the signer's name, after a note only (office11): a warning at the cell when
    the title holds no word of a title and begins with a surname."""
    (tmp_path / "data").mkdir()
    info = {"chuc_vu": typed}
    month_book(tmp_path / "data", MARCH, info, [row("x", 100, 90, 80, 300, 250)])
    printed = typed.upper()
    expected = [
        (
            "WARNING",
            "B4",
            f"Chức vụ «{printed}» không có chữ nào của một chức vụ (giám đốc, phó, trưởng, "
            f"chánh…) mà bắt đầu bằng họ «{printed.split()[0]}»: có lẽ là họ tên một người, ghi "
            "nhầm dòng, và khối chữ ký sẽ in đó là chức vụ. Hãy ghi chức vụ (ví dụ «PHÓ GIÁM "
            "ĐỐC») ở khóa «chuc_vu» (hoặc «title» của [signer] trong tệp cấu hình).",
        )
    ]
    found = [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s in ("WARNING", "ERROR")]
    assert found == (expected if warned else [])


@pytest.mark.parametrize("typed", ["Kỳ báo cáo", "KY BAO CAO", "kỳ_báo_cáo:", "Kì báo cáo"])
def test_a_key_typed_in_words_is_read_as_its_key_with_a_warning(tmp_path: Path, typed: str) -> None:
    """ThongTin's "Kỳ báo cáo" = "quý" (the key typed as its words, with marks and spaces)
    was "không có trong quy ước; bỏ qua", and build wrote a month's report where the office
    asked for the quarter's, exit 0 (office12): it is read as «ky_bao_cao», with a warning
    at the key's cell."""
    (tmp_path / "data").mkdir()
    info = {typed: "quý"}
    month_book(tmp_path / "data", MARCH, info, [row("x", 100, 90, 80, 300, 250)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s in ("WARNING", "ERROR")] == [
        (
            "WARNING",
            "A4",
            f"Khóa «{typed}» được đọc là khóa «ky_bao_cao»: khóa ghi đúng như quy ước, không "
            "dấu, nối bằng dấu «_». Hãy sửa ô thành «ky_bao_cao».",
        )
    ]
    assert "II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025" in build_texts(tmp_path, MARCH)


def test_an_unknown_key_names_the_key_nearest_it(tmp_path: Path) -> None:
    """A key with a typing slip ("nhan_dinh_sxn") is left out, with a warning that names
    the key meant; a key near none of the contract's is said without one."""
    (tmp_path / "data").mkdir()
    info = {"nhan_dinh_sxn": "tăng khá", "ghi_chu_rieng": "x"}
    month_book(tmp_path / "data", MARCH, info, [row("x", 100, 90, 80, 300, 250)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s == "WARNING"] == [
        (
            "WARNING",
            "A4",
            "Khóa «nhan_dinh_sxn» không có trong quy ước; bỏ qua. Có phải là «nhan_dinh_sxcn»?",
        ),
        ("WARNING", "A5", "Khóa «ghi_chu_rieng» không có trong quy ước; bỏ qua."),
    ]


def test_a_key_typed_in_words_beside_the_key_is_typed_twice(tmp_path: Path) -> None:
    """ "Kỳ báo cáo" beside «ky_bao_cao» is the key written twice: an error."""
    (tmp_path / "data").mkdir()
    info = {"ky_bao_cao": "tháng", "Kỳ báo cáo": "quý"}
    month_book(tmp_path / "data", MARCH, info, [row("x", 100, 90, 80, 300, 250)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s == "ERROR"] == [
        ("ERROR", "A5", "Khóa «ky_bao_cao» xuất hiện hai lần.")
    ]


_PASTED = "1." * 150  # 300 characters, echoed as their first 80 and "…"
_ECHO = "1." * 40 + "…"


@pytest.mark.parametrize(
    ("key", "message"),
    [
        (
            "so_van_ban",
            f"Khóa «so_van_ban» chỉ ghi số của văn bản (ví dụ «65»), nhưng là «{_ECHO}»: ký hiệu "
            f"«/BC-SCT» được thêm theo tệp cấu hình, nên báo cáo sẽ in «Số: {_ECHO}/BC-SCT». Hãy "
            "chỉ ghi số, hoặc để trống cho văn thư điền.",
        ),
        (
            "chi_so_bat_thuong",
            f"«chi_so_bat_thuong» chỉ nhận «có» (hoặc để trống), nhưng là «{_ECHO}».",
        ),
        (
            "nguoi_ky",
            f"Khóa «nguoi_ky» sẽ được in là «{_ECHO}», nhưng đây là họ tên người ký, không phải "
            "câu trả lời có/không hay một số. Hãy ghi họ tên người ký, hoặc để trống ô để dùng giá "
            "trị của tệp cấu hình.",
        ),
        (
            "so_sanh_cung_ky",
            f"Khóa «so_sanh_cung_ky» ghi «{_ECHO}», nhưng đây là cụm từ được viết vào câu văn, "
            f"không phải câu trả lời có/không: báo cáo sẽ viết «tăng …% so với {_ECHO}». Hãy ghi "
            f"«cùng kỳ», «cùng kỳ năm trước» hoặc «cùng kỳ năm 2024», hoặc để trống ô.",
        ),
    ],
)
def test_a_long_text_in_a_number_or_answer_key_is_echoed_clipped(
    tmp_path: Path, key: str, message: str
) -> None:
    """attack15: 30 000 characters pasted in «so_van_ban» made an error line of 60 000 (the
    text echoed twice, whole), and so in «chi_so_bat_thuong», a signer's key and a phrase
    key: the text is echoed as its first 80 characters, as «ky_bao_cao»'s is."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {key: _PASTED}, [row("x", 100, 90, 80, 300, 250)])
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if s != "INFO"] == [
        ("ERROR", "B4", message)
    ]
