"""Names and texts typed as they read mid-sentence ("sản lượng điện thương phẩm", as the
contract asks) begin with a capital where the default template begins a sentence, a
heading or a paragraph with them (``capfirst``); mid-sentence they stay as typed."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import build_report
from baocao.config import load_config
from baocao.errors import TemplateCheckError
from baocao.excel import NewSheet
from baocao.period import Period
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, HOAT_DONG, NHIEM_VU, THONG_TIN
from baocao.vnformat import row_label
from test_figures import build_texts, headers, row

from helpers import one_paragraph_template, write_book, write_config

MARCH = Period(2025, 3)


def lower_case_month(data: Path, name: str = "sản lượng điện thương phẩm") -> None:
    """March 2025 with every name, heading, paragraph and task typed in lower case."""
    total = list(row("x", 40, 50, 32, 120, 96, **{"section": "về sản xuất công nghiệp"}))
    total[1] = name
    part = list(row("x.a", 30, 35, parent="x", group="phân theo khu vực"))
    part[1] = "khu vực kinh tế nhà nước"
    write_book(
        data / f"{MARCH.iso}.xlsx",
        [
            NewSheet(THONG_TIN.name, headers(THONG_TIN), [("thang", 3), ("nam", 2025)], ()),
            NewSheet(
                CHI_SO_SXCN.name,
                headers(CHI_SO_SXCN),
                [
                    ("iip", "toàn ngành công nghiệp", 105, 101, 104),
                    ("b1", "ngành chế biến, chế tạo", 106, 102, 105),
                ],
                (),
            ),
            NewSheet(CHI_TIEU.name, headers(CHI_TIEU), [tuple(total), tuple(part)], ()),
            NewSheet(
                HOAT_DONG.name,
                headers(HOAT_DONG),
                [
                    ("công tác quản lý thị trường", 1, "kiểm tra 20 vụ việc."),
                    ("công tác quản lý thị trường", 2, "xử lý 3 vụ vi phạm."),
                ],
                (),
            ),
            NewSheet(NHIEM_VU.name, headers(NHIEM_VU), [(1, "tiếp tục theo dõi sản xuất")], ()),
        ],
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


def test_sentences_headings_paragraphs_and_tasks_begin_with_a_capital(data: Path) -> None:
    lower_case_month(data)
    texts = build_texts(data.parent, MARCH)
    body = texts[texts.index("1. Về sản xuất công nghiệp") : texts.index("Nơi nhận:")]
    assert body == [
        "1. Về sản xuất công nghiệp",
        "Chỉ số sản xuất công nghiệp tháng 3/2025 tỉnh Bắc Giang tăng nhẹ, ước tăng 5,00% so "
        "với cùng kỳ. Trong đó, ngành chế biến, chế tạo ước tăng 6,00%. Cộng dồn 03 tháng đầu "
        "năm, chỉ số ước tăng 1,00% so với cùng kỳ; trong đó, ngành chế biến, chế tạo ước tăng "
        "2,00%.",
        "Sản lượng điện thương phẩm cộng dồn 03 tháng đầu năm ước đạt 120 tấn; tăng 25,0% so "
        "với cùng kỳ.",
        "Trong đó, tháng 3/2025 ước đạt 40 tấn, giảm 20,0% so với tháng trước; tăng 25,0% so "
        "với cùng kỳ:",
        "* Phân theo khu vực:",
        "- Khu vực kinh tế nhà nước tháng 3 ước đạt 30 tấn, giảm 14,3% so với tháng trước.",
        "2. Công tác quản lý thị trường",
        "- Kiểm tra 20 vụ việc.",
        "+ Xử lý 3 vụ vi phạm.",
        "II. NHIỆM VỤ TRỌNG TÂM THÁNG 4 NĂM 2025",
        "1. Tiếp tục theo dõi sản xuất./.",
    ]


def test_a_name_in_mixed_case_is_kept_as_typed(data: Path) -> None:
    """ "eKYC", "iPhone": a first word with a capital inside is a name, not lowered text."""
    lower_case_month(data, name="eKYC trong thanh toán")
    texts = build_texts(data.parent, MARCH)
    assert (
        "eKYC trong thanh toán cộng dồn 03 tháng đầu năm ước đạt 120 tấn; tăng 25,0% so với "
        "cùng kỳ." in texts
    )
    assert row_label("iPhone xuất khẩu") == "iPhone xuất khẩu"
    assert [row_label(t) for t in ("a) việc", "b. việc", "e-Gov", "“việc”", "1. việc")] == [
        "a) việc",
        "b. việc",
        "e-Gov",
        "“việc”",
        "1. việc",
    ]
    assert row_label("việc, rồi việc") == "Việc, rồi việc"
    assert row_label("ngành khai khoáng") == "Ngành khai khoáng"
    assert row_label("") == ""


def test_a_paragraph_printed_in_capitals_is_not_lost(data: Path) -> None:
    """The check that no paragraph is lost reads past letter case: a template that prints
    the tasks in capitals (``| upper``) has lost none; one that leaves a task out has."""
    lower_case_month(data)
    paragraphs = "{% for s in activities %}{% for it in s.items %}{{ it.text }} {% endfor %}"
    for template, lost in (
        (paragraphs + "{% endfor %}{% for t in tasks %}{{ t.text | upper }}{% endfor %}", False),
        (paragraphs + "{% endfor %}", True),
    ):
        folder = data.parent
        path = one_paragraph_template(folder, template)
        config = write_config(folder, template=path)
        out = folder / "r.docx"
        out.unlink(missing_ok=True)
        if lost:
            with pytest.raises(TemplateCheckError) as caught:
                build_report(load_config(config), MARCH, out)
            assert [p.message for p in caught.value.problems if p.severity.name == "ERROR"] == [
                "Báo cáo tạo ra bị thiếu nhiệm vụ 1 «tiếp tục theo dõi sản xuất./.» (trang "
                "NhiemVu): sổ dữ liệu có nhưng văn bản không có, nên chưa ghi báo cáo. Hãy kiểm "
                "tra mẫu báo cáo và đoạn chữ này trong sổ dữ liệu."
            ]
        else:
            assert build_report(load_config(config), MARCH, out).output == out


@pytest.mark.parametrize(
    ("name", "printed"),
    [
        ("Tổng mức bán lẻ hàng hóa", "tổng mức bán lẻ hàng hóa"),
        ("Kim ngạch xuất khẩu sang Trung Quốc", "kim ngạch xuất khẩu sang Trung Quốc"),
        ("sản lượng điện", "sản lượng điện"),
        ("GTSXCN theo giá so sánh", "GTSXCN theo giá so sánh"),  # an acronym
        ("Samsung", "Samsung"),  # one word: a proper name, perhaps
        ("Formosa Hà Tĩnh", "Formosa Hà Tĩnh"),  # a proper name
        ("eKYC doanh nghiệp", "eKYC doanh nghiệp"),
        ("Giá trị sản xuất công nghiệp", "giá trị sản xuất công nghiệp"),
        ("Sản lượng điện thương phẩm", "sản lượng điện thương phẩm"),
        ("Xi măng các loại", "xi măng các loại"),  # an ordinary word, one syllable
        ("Ô tô các loại", "ô tô các loại"),  # a word of one letter, a vowel with marks
        ("Y tế dự phòng", "y tế dự phòng"),
        ("Ống thép các loại", "ống thép các loại"),
        ("A và B", "A và B"),  # a letter, not a word of one
        ("Vinfast sản xuất ô tô", "Vinfast sản xuất ô tô"),  # a brand: not one syllable
        ("VinFast sản xuất ô tô", "VinFast sản xuất ô tô"),
        ("Tivi các loại", "Tivi các loại"),  # a loanword cannot be told: kept
        ("Gas hóa lỏng", "Gas hóa lỏng"),
        ("Tp. Hồ Chí Minh", "Tp. Hồ Chí Minh"),
        ("UBND tỉnh giao", "UBND tỉnh giao"),
        ("Bia Sài Gòn", "Bia Sài Gòn"),
        ("", ""),
    ],
)
def test_a_name_mid_sentence_begins_small(name: str, printed: str) -> None:
    """``lowfirst``: after a period's list the month's sentence names its indicator
    ("Riêng tháng 6/2024, tổng mức bán lẻ …"), whose name a workbook often types as a
    sentence begins it."""
    from baocao.filters import FILTERS

    assert FILTERS["lowfirst"](name) == printed
