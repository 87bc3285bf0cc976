"""Mục of ChiTieu: a heading that the report leaves out is said, one it writes is not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from baocao.errors import InputError
from baocao.period import Period
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings

from helpers import ROOT, edit_workbook, load_workbook

MARCH = Period(2024, 3)

HEADING = (None,) * 13  # a ChiTieu row with only its Mục (the 14th column)


def warnings_of(folder: Path, period: Period) -> list[tuple[str, str, str]]:
    return [(s, str(c), m) for s, c, m in findings(folder, period) if s == "WARNING"]


def test_a_heading_over_breakdown_rows_only_is_said(tmp_path: Path) -> None:
    """A Mục over rows that all have Thuộc (written with their parent, in the parent's
    subsection), typed as a heading row or on a breakdown row itself, vanished from the
    report without a word; it is a warning at the Mục that says why and what to do."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100, section="Về công nghiệp"),
            (*HEADING, "Về thương mại"),
            row("a1", 60, parent="a", group="Phân theo ngành"),
            row("a2", 40, parent="a", group="Phân theo ngành"),
            row("c", 5, section="Về xuất khẩu"),
            row("c1", 5, parent="c", section="Về dịch vụ"),
        ],
    )
    why = (
        "không có chỉ tiêu nào nên không có trong báo cáo. Các dòng dưới mục này đều có "
        "«Thuộc», nên được viết cùng chỉ tiêu mẹ, ở mục của chỉ tiêu mẹ. Nếu có dòng là chỉ "
        "tiêu riêng của mục này, hãy xóa «Thuộc» của dòng đó; nếu không, hãy xóa «Mục» ở đây."
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == [
        ("WARNING", "N3", f"«Mục» «Về thương mại» {why}"),
        ("WARNING", "N7", f"«Mục» «Về dịch vụ» {why}"),
    ]


def test_a_heading_typed_again_on_breakdown_rows_of_its_subsection_is_not_said(
    tmp_path: Path,
) -> None:
    """Breakdown rows typed with their parent's Mục again, below another subsection's row:
    the subsection is written (with the parent), so nothing is said of it."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100, section="Về công nghiệp"),
            row("b", 50, section="Về thương mại"),
            row("a1", 60, parent="a", group="Phân theo ngành", section="Về công nghiệp"),
            row("a2", 40, parent="a", group="Phân theo ngành"),
        ],
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == []


def test_a_heading_the_index_paragraph_fills_is_no_empty_one(tmp_path: Path) -> None:
    """A ChiTieu heading row of the Mục the index is written in (its industrial rows
    deleted, the heading kept to order the subsections) was warned "không có chỉ tiêu nào
    nên không có trong báo cáo" though the report writes it, with the index paragraph."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [(*HEADING, "Về công nghiệp"), row("b", 100, section="Về thương mại")],
        [("iip", "Toàn ngành", 105, None, None, None, None, "về  công nghiệp")],
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == []


def test_headings_typed_ahead_of_their_rows_are_not_said(tmp_path: Path) -> None:
    """Heading rows typed one after another at the top (the subsections' order), each
    Mục typed again on its rows below: each heading was warned "không có chỉ tiêu nào nên
    không có trong báo cáo" though the report writes both subsections. A heading that no
    row fills further down is still said."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            (*HEADING, "Về công nghiệp"),
            (*HEADING, "Về thương mại"),
            (*HEADING, "Về dịch vụ"),
            row("a", 100, section="Về công nghiệp"),
            row("b", 100, section="Về thương mại"),
        ],
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == [
        (
            "WARNING",
            "N4",
            "«Mục» «Về dịch vụ» không có chỉ tiêu nào nên không có trong báo cáo. Hãy viết nội "
            "dung dưới mục này, hoặc xóa dòng nếu tháng này không có.",
        )
    ]


# A heading printed twice: a Mục spelt otherwise in one row, or in another sheet.

NEAR = "ở dấu hoặc cách viết, nên báo cáo sẽ có hai tiểu mục gần cùng tên"


def test_a_mục_misspelt_in_one_row_of_the_sample_stops_the_build(tmp_path: Path) -> None:
    """ "Hoạt động xuất nhập khầu" on the import row, "…khẩu" on the export row: the report
    was built with "3. Hoạt động xuất nhập khẩu" and "4. Hoạt động xuất nhập khầu", a
    warning only; an error now, and no report."""
    (tmp_path / "data").mkdir()
    for name in ("2024-02.xlsx", "2024-03.xlsx"):
        shutil.copy(ROOT / "data" / "samples" / name, tmp_path / "data" / name)
    edit_workbook(
        tmp_path / "data" / "2024-03.xlsx",
        "ChiTieu",
        "nhap_khau",
        "Mục",
        "Hoạt động xuất nhập khầu",
    )
    assert [f for f in findings(tmp_path, MARCH) if f[0] != "INFO"] == [
        (
            "ERROR",
            "N14",
            f"«Mục» «Hoạt động xuất nhập khầu» chỉ khác «Hoạt động xuất nhập khẩu» (ô N13) {NEAR}. "
            "Nếu là cùng một tiểu mục, hãy gõ giống hệt «Hoạt động xuất nhập khẩu»; nếu là hai "
            "tiểu mục, hãy đặt tên khác hẳn.",
        )
    ]
    with pytest.raises(InputError):
        build_texts(tmp_path, MARCH)


def test_the_index_paragraphs_mục_spelt_otherwise_is_an_error(tmp_path: Path) -> None:
    """ChiSoSXCN's "Về công nghiêp" beside ChiTieu's "Về công nghiệp" headed two
    subsections with no word; an error at the index's Mục, naming the ChiTieu cell. One
    differing only in case and spacing is the same subsection (test above)."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [row("a", 100, section="Về công nghiệp")],
        [("iip", "Toàn ngành", 105, None, None, None, None, "Về công nghiêp")],
    )
    assert [f for f in findings(tmp_path, Period(2025, 1)) if f[0] != "INFO"] == [
        (
            "ERROR",
            "H2",
            f"«Mục» «Về công nghiêp» của đoạn chỉ số sản xuất công nghiệp chỉ khác «Về công "
            f"nghiệp» (ChiTieu!N2) {NEAR}. Nếu là cùng một tiểu mục, hãy gõ giống hệt «Về công "
            "nghiệp»; nếu là hai tiểu mục, hãy đặt tên khác hẳn.",
        )
    ]


def test_a_heading_but_for_về_in_the_index_or_in_one_sheet_is_an_error(tmp_path: Path) -> None:
    """The starter's "Về sản xuất công nghiệp" on ChiTieu's rows beside the index's Mục
    typed "Sản xuất công nghiệp" (or a ChiTieu row, or a HoatDong row further down, so
    typed beside its sheet's own "Về …") headed one subject twice, "1. Sản xuất công
    nghiệp" and "2. Về sản xuất công nghiệp", with a clean check (falsealarm20); an error,
    as a Mục spelt otherwise but for its marks is. "Về thương mại điện tử" beside "Thương
    mại" is another heading."""
    (tmp_path / "data").mkdir()
    path = month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100, section="Về sản xuất công nghiệp"),
            row("b", 100, section="Thương mại"),
            row("c", 100, section="Về thương mại điện tử"),
            row("d", 100, section="Về thương mại"),
        ],
        [("iip", "Toàn ngành", 105, None, None, None, None, "Sản xuất công nghiệp")],
    )
    book = load_workbook(path)
    book["HoatDong"].append(["Về công tác khác", 1, "Hai việc."])
    book.save(path)
    about = "ở chữ «Về» đầu mục, nên báo cáo sẽ có hai tiểu mục gần cùng tên"
    assert [f for f in findings(tmp_path, Period(2025, 1)) if f[0] != "INFO"] == [
        (
            "ERROR",
            "H2",
            "«Mục» «Sản xuất công nghiệp» của đoạn chỉ số sản xuất công nghiệp chỉ khác «Về "
            f"sản xuất công nghiệp» (ChiTieu!N2) {about}. Nếu là cùng một tiểu mục, hãy gõ "
            "giống hệt «Về sản xuất công nghiệp»; nếu là hai tiểu mục, hãy đặt tên khác hẳn.",
        ),
        (
            "ERROR",
            "N5",
            f"«Mục» «Về thương mại» chỉ khác «Thương mại» (ô N3) {about}. Nếu là cùng một "
            "tiểu mục, hãy gõ giống hệt «Thương mại»; nếu là hai tiểu mục, hãy đặt tên khác hẳn.",
        ),
        (
            "ERROR",
            "A3",
            f"«Mục» «Về công tác khác» chỉ khác «Công tác khác» (ô A2) {about}. Nếu là cùng "
            "một tiểu mục, hãy gõ giống hệt «Công tác khác»; nếu là hai tiểu mục, hãy đặt tên "
            "khác hẳn.",
        ),
    ]


def test_a_narrative_heading_spelt_like_a_figure_one_is_an_error(tmp_path: Path) -> None:
    """A HoatDong Mục "Về thương mai" beside ChiTieu's "Về thương mại" headed two
    subsections with no word; an error at the HoatDong cell."""
    (tmp_path / "data").mkdir()
    path = month_book(
        tmp_path / "data", Period(2025, 1), {}, [row("a", 100, section="Về thương mại")]
    )
    edit_workbook(path, "HoatDong", "Công tác khác", "Mục", "Về thương mai")
    assert [f for f in findings(tmp_path, Period(2025, 1)) if f[0] != "INFO"] == [
        (
            "ERROR",
            "A2",
            "«Mục» «Về thương mai» chỉ khác mục số liệu «Về thương mại» (ChiTieu!N2) ở dấu hoặc "
            "cách viết: báo cáo sẽ có hai tiểu mục gần cùng tên, vì đoạn văn không được viết vào "
            "tiểu mục số liệu. Hãy đổi tên một trong hai mục.",
        )
    ]


def test_a_mục_differing_in_case_spacing_or_full_stop_is_one_subsection(tmp_path: Path) -> None:
    """ "về  thương mại." further down is "Về thương mại": one heading, no error."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100, section="Về thương mại"),
            row("b", 50, section="Về công nghiệp"),
            row("c", 20, section="về  thương mại."),
        ],
    )
    assert [f for f in findings(tmp_path, Period(2025, 1)) if f[0] != "INFO"] == []
    texts = build_texts(tmp_path, Period(2025, 1))
    assert [t for t in texts if t.startswith(("1. ", "2. ", "3. ", "4. "))][:3] == [
        "1. Về thương mại",
        "2. Về công nghiệp",
        "3. Công tác khác",
    ]


def test_a_mục_typed_on_a_branch_row_is_said_unread(tmp_path: Path) -> None:
    """The index paragraph's subsection is read from the iip row alone: a Mục typed on a
    branch's row (the iip row's blank, or another heading) went unread without a word; a
    warning at the first such cell, saying what to do (another heading than the iip row's
    said only which one the paragraph is in; a number alone, no name, only to delete it).
    The iip row's own Mục filled down is no such cell."""
    (tmp_path / "data").mkdir()
    rows = [row("a", 100, section="Về công nghiệp")]
    branch = ("iip.kk", "ngành khai khoáng", 104, None, None, None, None)
    cases = [
        (
            None,
            "Về công nghiệp",
            "nếu đoạn chỉ số thuộc tiểu mục «Về công nghiệp», hãy ghi nó ở dòng «iip»",
        ),
        (
            "Về công nghiệp",
            "Về năng lượng",
            "đoạn chỉ số thuộc tiểu mục «Về công nghiệp» của dòng «iip». Hãy xóa ô này (hoặc "
            "ghi «Về năng lượng» ở dòng «iip», nếu đoạn chỉ số thuộc tiểu mục đó)",
        ),
        ("Về công nghiệp", "về  công nghiệp", None),
        # A number alone: advice to type it at the iip row led to its error (celltext).
        (
            "Về công nghiệp",
            "1",
            "đoạn chỉ số thuộc tiểu mục «Về công nghiệp» của dòng «iip». Hãy xóa ô này",
        ),
        (None, "1.2", "hãy xóa ô này"),
    ]
    for total, typed, meant in cases:
        iip = [("iip", "Toàn ngành", 105, None, None, None, None, total), (*branch, typed)]
        month_book(tmp_path / "data", Period(2025, 1), {}, rows, iip)
        said = [f for f in findings(tmp_path, Period(2025, 1)) if f[1] == "H3"]
        assert said == (
            [
                (
                    "WARNING",
                    "H3",
                    f"«Mục» «{typed}» ở dòng của ngành «iip.kk» không được đọc: tiểu mục của "
                    f"đoạn chỉ số sản xuất công nghiệp chỉ lấy từ dòng «iip»; {meant}.",
                )
            ]
            if meant
            else []
        )


def test_a_heading_typed_in_capitals_is_a_warning_where_first_typed(tmp_path: Path) -> None:
    """A Mục or a Nhóm pasted in capitals from a table's head was printed so among the
    headings in small letters ("1. VỀ HOẠT ĐỘNG THƯƠNG MẠI", "* PHÂN THEO NGÀNH HÀNG:")
    with a clean check: a warning at the cell that first types it (not lowered: a heading
    may hold names)."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100, section="VỀ HOẠT ĐỘNG THƯƠNG MẠI"),
            row("a1", 60, parent="a", group="PHÂN THEO NGÀNH HÀNG"),
            row("a2", 40, parent="a", group="PHÂN THEO NGÀNH HÀNG"),
            row("b", 5, section="Về KCN VSIP Bắc Ninh"),
        ],
    )
    todo = "Hãy gõ chữ thường (viết hoa chữ đầu câu và tên riêng)."
    said = "được gõ chữ hoa cả tên, và báo cáo in tiêu đề này nguyên như vậy giữa các tiêu đề"
    assert [w for w in warnings_of(tmp_path, Period(2025, 1)) if "chữ hoa" in w[2]] == [
        ("WARNING", "N2", f"«Mục» «VỀ HOẠT ĐỘNG THƯƠNG MẠI» {said} chữ thường. {todo}"),
        ("WARNING", "L3", f"«Nhóm» «PHÂN THEO NGÀNH HÀNG» {said} chữ thường. {todo}"),
    ]


def test_a_heading_in_capitals_before_words_in_brackets_is_a_warning(tmp_path: Path) -> None:
    """A Mục or Nhóm in capitals followed by its unit and other words in brackets, as a
    statistics table heads its rows ("PHÂN THEO NGÀNH KINH TẾ (tỷ đồng, giá hiện hành)"),
    was printed so with a clean check: the words in small letters made it mixed case when
    looked at. Said as a heading all in capitals is, as a Chỉ tiêu of that shape is; an
    acronym before its brackets ("Về KCN VSIP (giai đoạn 2)") stays quiet."""
    (tmp_path / "data").mkdir()
    name = "TỔNG MỨC BÁN LẺ HÀNG HÓA (tỷ đồng, giá hiện hành)"
    total = ("a", name, "tỷ đồng", *row("a", 100, section="VỀ THƯƠNG MẠI (giá hiện hành)")[3:])
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            total,
            row("a1", 60, parent="a", group="PHÂN THEO NGÀNH KINH TẾ (tỷ đồng, giá hiện hành)"),
            row("a2", 40, parent="a", group="PHÂN THEO NGÀNH KINH TẾ (tỷ đồng, giá hiện hành)"),
            row("b", 5, section="Về KCN VSIP (giai đoạn 2)"),
            row("b1", 3, parent="b", group="KCN VSIP (giai đoạn 2)"),
        ],
    )
    todo = "Hãy gõ chữ thường (viết hoa chữ đầu câu và tên riêng)."
    said = "được gõ chữ hoa cả tên, và báo cáo in tiêu đề này nguyên như vậy giữa các tiêu đề"
    shown = "TỔNG MỨC BÁN LẺ HÀNG HÓA (giá hiện hành)"
    assert [w for w in warnings_of(tmp_path, Period(2025, 1)) if "chữ hoa" in w[2]] == [
        (
            "WARNING",
            "B2",
            f"«Chỉ tiêu» «{shown}» được gõ chữ hoa cả tên, như dòng của bảng thống kê, nhưng "
            f"tên đứng trong câu văn: báo cáo sẽ in «{shown} cộng dồn … ước đạt …». {todo}",
        ),
        ("WARNING", "N2", f"«Mục» «VỀ THƯƠNG MẠI (giá hiện hành)» {said} chữ thường. {todo}"),
        (
            "WARNING",
            "L3",
            f"«Nhóm» «PHÂN THEO NGÀNH KINH TẾ (tỷ đồng, giá hiện hành)» {said} chữ thường. {todo}",
        ),
    ]


def test_a_paragraphs_heading_typed_in_capitals_is_a_warning(tmp_path: Path) -> None:
    """HoatDong's Mục too: "CÔNG TÁC QUẢN LÝ CÔNG NGHIỆP" on each of its rows is said once,
    at the first."""
    (tmp_path / "data").mkdir()
    book_path = tmp_path / "data" / "2024-03.xlsx"
    shutil.copy(ROOT / "data" / "samples" / "2024-03.xlsx", book_path)
    book = load_workbook(book_path)
    for cell in book["HoatDong"]["A"]:
        if cell.value == "Công tác quản lý Công nghiệp":
            cell.value = "CÔNG TÁC QUẢN LÝ CÔNG NGHIỆP"
    book.save(book_path)
    assert [w for w in warnings_of(tmp_path, MARCH) if "chữ hoa" in w[2]] == [
        (
            "WARNING",
            "A2",
            "«Mục» «CÔNG TÁC QUẢN LÝ CÔNG NGHIỆP» được gõ chữ hoa cả tên, và báo cáo in tiêu đề "
            "này nguyên như vậy giữa các tiêu đề chữ thường. Hãy gõ chữ thường (viết hoa chữ "
            "đầu câu và tên riêng).",
        )
    ]


def test_the_index_without_mục_under_a_heading_not_of_industry_is_said(tmp_path: Path) -> None:
    """The iip row's Mục left blank, ChiTieu's first subsection «Về thương mại»: the index
    paragraph was written under "1. Về thương mại" with no word (check --strict clean, as
    Long An's May 2020 report rebuilt so printed it under "Về thương mại, dịch vụ"). Now a
    warning at the blank cell; not when the first heading names industry, nor when the iip
    row has its Mục."""
    (tmp_path / "data").mkdir()
    iip = ("iip", "Toàn ngành", 105, None, None, None, None)
    cases = [
        (None, "Về thương mại", True),
        (None, "Về sản xuất công nghiệp", False),
        ("Về công nghiệp", "Về thương mại", False),
    ]
    for total, first, said in cases:
        rows = [row("b", 100, section=first), row("c", 5, section="Về xuất khẩu")]
        month_book(tmp_path / "data", Period(2025, 1), {}, rows, [(*iip, total)])
        assert warnings_of(tmp_path, Period(2025, 1)) == (
            [
                (
                    "WARNING",
                    "H2",
                    "«Mục» của dòng «iip» để trống, nên đoạn chỉ số sản xuất công nghiệp được "
                    "viết vào tiểu mục số liệu đầu tiên «Về thương mại». Hãy ghi ở ô này tiểu "
                    "mục của đoạn chỉ số (ví dụ «Về sản xuất công nghiệp»).",
                )
            ]
            if said
            else []
        )


def test_a_heading_on_a_breakdown_row_that_rows_below_take_is_said(tmp_path: Path) -> None:
    """office31: «Về xuất nhập khẩu» typed on a breakdown row ("gtsx.fdi", written with its
    parent) moved the row below it, whose Mục was blank, into that subsection, ahead of
    "Về thương mại", with a clean check. A warning at the breakdown row's Mục, once."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100, section="Về công nghiệp"),
            row("a1", 60, parent="a", group="Trong đó", section="Về xuất nhập khẩu"),
            row("d", 30),
            row("e", 20),
            row("b", 50, section="Về thương mại"),
            row("xk", 10, section="Về xuất nhập khẩu"),
        ],
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == [
        (
            "WARNING",
            "N3",
            "«Mục» «Về xuất nhập khẩu» ở dòng «a1», một dòng chia nhỏ của «a» (cột «Thuộc»): "
            "dòng này vẫn được viết cùng chỉ tiêu mẹ, còn các dòng bên dưới để trống «Mục» vào "
            "tiểu mục «Về xuất nhập khẩu». Nếu «Mục» này dành cho một dòng bên dưới, hãy ghi "
            "nó ở dòng đó.",
        )
    ]


# A breakdown row's Mục («Về xuất nhập khẩu») with a heading row («Về thương mại») below it.
_HEADING_BELOW_A_BREAKDOWN_MUC = [
    row("a", 100, section="Về công nghiệp"),
    row("a1", 60, parent="a", group="Trong đó", section="Về xuất nhập khẩu"),
    (*HEADING, "Về thương mại"),
]


def test_a_heading_row_below_a_breakdown_rows_mục_takes_the_rows_after_it(
    tmp_path: Path,
) -> None:
    """A heading row typed between a breakdown row's Mục and the rows below: they take the
    heading row's Mục, not the breakdown row's, which nothing takes (SectionRuns's to say,
    as it always was). The breakdown row was warned of moving them into its subsection."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            *_HEADING_BELOW_A_BREAKDOWN_MUC,
            row("b", 30),
        ],
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == [
        (
            "WARNING",
            "N3",
            "«Mục» «Về xuất nhập khẩu» không có chỉ tiêu nào nên không có trong báo cáo. Các "
            "dòng dưới mục này đều có «Thuộc», nên được viết cùng chỉ tiêu mẹ, ở mục của chỉ "
            "tiêu mẹ. Nếu có dòng là chỉ tiêu riêng của mục này, hãy xóa «Thuộc» của dòng đó; "
            "nếu không, hãy xóa «Mục» ở đây.",
        )
    ]


def test_a_heading_on_a_breakdown_row_that_a_heading_row_follows_is_not_said(
    tmp_path: Path,
) -> None:
    """attack18: a breakdown row's «Về xuất nhập khẩu» with a heading row «Về thương mại»
    below it was warned "… các dòng bên dưới để trống «Mục» vào tiểu mục «Về xuất nhập
    khẩu»", though the row below went into «Về thương mại», the heading row's: a false
    alarm. A heading row ends what a breakdown row's Mục opened."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            *_HEADING_BELOW_A_BREAKDOWN_MUC,
            row("b", 50),
            row("xk", 10, section="Về xuất nhập khẩu"),
        ],
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == []
    assert [t for t in build_texts(tmp_path, Period(2025, 1)) if t[:2] in ("1.", "2.", "3.")][
        :3
    ] == ["1. Về công nghiệp", "2. Về thương mại", "3. Về xuất nhập khẩu"]


def test_a_parents_heading_on_a_breakdown_row_below_another_subsection_is_said(
    tmp_path: Path,
) -> None:
    """attack18: a breakdown row of "a" typed with a's «Về công nghiệp», below «Về thương
    mại»'s row "b", moved the row "c" below it, whose Mục was blank, out of «Về thương mại»
    into «Về công nghiệp», with a clean check: its Mục was its parent's, and only one other
    than the parent's was said. One other than the rows above's is said."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100, section="Về công nghiệp"),
            row("b", 50, section="Về thương mại"),
            row("a1", 60, parent="a", group="Trong đó", section="Về công nghiệp"),
            row("c", 10),
        ],
    )
    assert warnings_of(tmp_path, Period(2025, 1)) == [
        (
            "WARNING",
            "N4",
            "«Mục» «Về công nghiệp» ở dòng «a1», một dòng chia nhỏ của «a» (cột «Thuộc»): "
            "dòng này vẫn được viết cùng chỉ tiêu mẹ, còn các dòng bên dưới để trống «Mục» vào "
            "tiểu mục «Về công nghiệp». Nếu «Mục» này dành cho một dòng bên dưới, hãy ghi "
            "nó ở dòng đó.",
        )
    ]


@pytest.mark.parametrize(
    ("first", "other"),
    [
        ("Về thương mại", "về  về thương mại"),
        ("Vệ sinh an toàn thực phẩm", "Về vệ sinh an toàn thực phẩm"),
    ],
)
def test_a_heading_differing_by_a_về_before_a_ve_word_is_an_error(
    tmp_path: Path, first: str, other: str
) -> None:
    """attack18: the topic of a heading dropped its first "ve" word whatever its marks,
    once: "về về thương mại" kept a "ve" that "Về thương mại" did not, and "Vệ sinh an
    toàn thực phẩm" lost its "Vệ", so each pair headed two subsections with a clean check.
    A "Về" (or an unmarked "Ve") is dropped, as often as typed; a "Vệ" is a word."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [row("a", 100, section=first), row("b", 50, section=other)],
    )
    shown_other = " ".join(other.split())
    assert [f for f in findings(tmp_path, Period(2025, 1)) if f[0] == "ERROR"] == [
        (
            "ERROR",
            "N3",
            f"«Mục» «{shown_other}» chỉ khác «{first}» (ô N2) ở chữ «Về» đầu mục, nên báo cáo "
            "sẽ có hai tiểu mục gần cùng tên. Nếu là cùng một tiểu mục, hãy gõ giống hệt "
            f"«{first}»; nếu là hai tiểu mục, hãy đặt tên khác hẳn.",
        )
    ]


@pytest.mark.parametrize(
    ("parent", "typed", "said"),
    [
        ("a", "Về thương mại", True),
        ("a", "về  thương mại", True),
        ("a", None, False),
        ("b", "Về thương mại", False),  # its parent's, typed on every row: quiet
    ],
    ids=["other", "other-spelt", "blank", "parents"],
)
def test_a_breakdown_rows_mục_other_than_its_parents_is_said(
    tmp_path: Path, parent: str, typed: str | None, said: bool
) -> None:
    """office37: a row typed under «Về hoạt động thương mại» with that Mục on its own row,
    its «Thuộc» «gtsx» (industrial output) where «ban_le» was meant, was printed under
    "1. Về sản xuất công nghiệp" among the industrial output's items with a clean check:
    a row with Thuộc is written with its parent, and its own Mục went unread. A warning at
    that Mục when it is the subsection the row stands in but not its parent's."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data",
        Period(2025, 1),
        {},
        [
            row("a", 100, section="Về công nghiệp"),
            row("b", 50, section="Về thương mại"),
            row("b1", 30, parent=parent, group="Trong đó", section=typed),
            row("c", 10),
        ],
    )
    shown_typed = " ".join((typed or "").split())  # as typed; the subsection as headed (b's)
    assert warnings_of(tmp_path, Period(2025, 1)) == (
        [
            (
                "WARNING",
                "N4",
                f"«Mục» «{shown_typed}» ở dòng «b1» khác tiểu mục «Về công nghiệp» của «a», "
                "chỉ tiêu nó thuộc về (cột «Thuộc»): dòng có «Thuộc» được viết cùng chỉ tiêu "
                "mẹ, nên dòng này sẽ nằm trong tiểu mục «Về công nghiệp», không phải tiểu mục "
                "«Về thương mại». Hãy kiểm tra «Thuộc» (có lẽ phải là mã một chỉ tiêu của "
                "tiểu mục «Về thương mại»), hoặc xóa ô «Mục» này.",
            )
        ]
        if said
        else []
    )
