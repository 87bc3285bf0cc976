"""A name typed on two lines (Alt+Enter, to wrap a long name in a narrow column) or with
doubled spaces: it stands inside a sentence, where the report printed the line break
("Kim ngạch⏎xuất khẩu cộng dồn …"). Written on one line, with a note."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document

from baocao.period import Period
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings

MARCH = Period(2025, 3)


def test_a_name_typed_on_two_lines_is_written_on_one(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    wrapped = list(row("xk", 100, 80))
    wrapped[1] = "Kim ngạch\nxuất  khẩu"
    month_book(
        tmp_path / "data",
        MARCH,
        {},
        [tuple(wrapped)],
        [("iip", "Toàn ngành", 110), ("iip.a", "ngành khai\r\nkhoáng", 105)],
    )
    texts = build_texts(tmp_path, MARCH)
    assert "Kim ngạch xuất khẩu tháng 3/2025 ước đạt 100 tấn, tăng 25,0% so với tháng trước." in (
        texts
    )
    assert any("Trong đó, ngành khai khoáng ước tăng 5,00%" in t for t in texts)
    raw = [p.text for p in Document(str(tmp_path / "r.docx")).paragraphs]  # as printed
    assert [t for t in raw if "Kim ngạch" in t or ("khai" in t and "\n" in t)] == [
        "Kim ngạch xuất khẩu tháng 3/2025 ước đạt 100 tấn, tăng 25,0% so với tháng trước."
    ]
    said = "«{}» có xuống dòng hoặc dấu cách thừa; được viết thành «{}» (tên đứng giữa câu văn)."
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if "xuống dòng" in m] == [
        ("INFO", "B3", said.format("Ngành", "ngành khai khoáng")),
        ("INFO", "B2", said.format("Chỉ tiêu", "Kim ngạch xuất khẩu")),
    ]


def test_thongtin_texts_typed_on_two_lines_are_written_on_one(tmp_path: Path) -> None:
    """The products, a market, the signer's name and the document number typed with
    Alt+Enter or doubled spaces: the report printed the break mid-sentence ("Các sản phẩm
    xuất khẩu: Hàng dệt may,⏎da giày"). Written on one line, each with a note."""
    (tmp_path / "data").mkdir()
    info = {
        "san_pham_xuat_khau": "Hàng dệt may,\nda giày",
        "thi_truong_xuat_khau": "Hoa\nKỳ; Nhật  Bản.",
        "nguoi_ky": "Nguyễn  Văn\nAn",
        "so_van_ban": "12\n",
    }
    month_book(tmp_path / "data", MARCH, info, [row("xuat_khau", 100, 80)])
    texts = build_texts(tmp_path, MARCH)
    assert "Các sản phẩm xuất khẩu: Hàng dệt may, da giày." in texts
    assert (
        "Thị trường xuất khẩu lớn nhất là Hoa Kỳ, sau đó là Nhật Bản và một số thị trường "
        "khác." in texts
    )
    assert "Nguyễn Văn An" in texts
    assert "Số: 12/BC-SCT" in texts
    raw = "\n".join(p.text for p in Document(str(tmp_path / "r.docx")).paragraphs)
    assert "may,\nda" not in raw and "Văn\nAn" not in raw
    assert [(c, m) for s, c, m in findings(tmp_path, MARCH) if c.startswith("B")] == [
        (
            "B4",
            "Khóa «san_pham_xuat_khau» được viết thành «Hàng dệt may, da giày» vì đoạn văn viết "
            "liền một dòng (bỏ xuống dòng, dấu cách thừa).",
        ),
        (
            "B5",
            "Khóa «thi_truong_xuat_khau»: bỏ dấu câu gõ quanh tên thị trường; bỏ xuống dòng và "
            "dấu cách thừa (các thị trường được viết trong một câu, cách nhau bằng dấu phẩy); đọc "
            "là «Hoa Kỳ», «Nhật Bản».",
        ),
        ("B6", "Khóa «nguoi_ky» được viết thành «Nguyễn Văn An» vì tên người ký in trên một dòng."),
    ]


def test_a_branch_typed_with_a_capital_is_lowered_mid_sentence(tmp_path: Path) -> None:
    """A ChiSoSXCN branch typed as a table's row reads ("Ngành khai khoáng") was printed so
    inside the index paragraph: "Trong đó, Ngành khai khoáng ước tăng 5,00%". It is
    lowered there, with a note, as a unit is; an acronym and the whole industry's name
    (no sentence names it) are kept; the appendix capitalises its rows in any case."""
    (tmp_path / "data").mkdir()
    iip = [
        ("iip", "Toàn ngành công nghiệp", 110),
        ("iip.a", "Ngành khai khoáng", 105),
        ("iip.b", "KCN VSIP", 112),
    ]
    month_book(tmp_path / "data", MARCH, {}, [row("x", 100, 80)], iip)
    texts = build_texts(tmp_path, MARCH)
    assert any(
        "Trong đó, ngành khai khoáng ước tăng 5,00%; KCN VSIP ước tăng 12,00%." in t for t in texts
    )
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if "«Ngành»" in m] == [
        (
            "INFO",
            "B3",
            "«Ngành» được viết thành «ngành khai khoáng» (chữ đầu viết thường, vì tên ngành "
            "đứng giữa câu).",
        )
    ]


def test_a_branch_named_as_a_proper_name_keeps_its_capitals(tmp_path: Path) -> None:
    """A branch named for a company ("Formosa Hà Tĩnh", "Samsung") was lowered to
    "formosa Hà Tĩnh" and "samsung" with only a note: a proper name keeps its capital (its
    later words have capitals, or it is one word)."""
    (tmp_path / "data").mkdir()
    iip = [
        ("iip", "Toàn ngành công nghiệp", 110),
        ("iip.a", "Formosa Hà Tĩnh", 105),
        ("iip.b", "Samsung", 112),
    ]
    month_book(tmp_path / "data", MARCH, {}, [row("x", 100, 80)], iip)
    texts = build_texts(tmp_path, MARCH)
    assert any(
        "Trong đó, Formosa Hà Tĩnh ước tăng 5,00%; Samsung ước tăng 12,00%." in t for t in texts
    )
    assert not [m for _, _, m in findings(tmp_path, MARCH) if "«Ngành»" in m]


def test_a_branch_title_cased_after_nganh_is_lowered(tmp_path: Path) -> None:
    """A branch typed "Ngành" and the statistics table's name ("Ngành Khai khoáng", as
    province38's Hòa Bình 9/2021 writes "Ngành Khai khoáng tăng 67,31% so với tháng
    trước") was kept as a proper name with no word from check, and printed "Trong đó,
    Ngành Khai khoáng ước giảm …; ngành công nghiệp chế biến …". A branch's word after
    "ngành" with only its first letter a capital, before words in small letters, is lowered
    with a note; two words ("Ngành Điện") and names with later capitals stay."""
    (tmp_path / "data").mkdir()
    iip = [
        ("iip", "Toàn ngành công nghiệp", 110),
        ("iip.a", "Ngành Khai khoáng", 105),
        ("iip.b", "ngành Sản xuất và phân phối điện", 112),
        ("iip.c", "Ngành Điện", 101),
        ("iip.d", "Ngành Hóa chất Việt Nam", 102),
        ("iip.e", "ngành CNTT và truyền thông", 103),
    ]
    month_book(tmp_path / "data", MARCH, {}, [row("x", 100, 80)], iip)
    texts = build_texts(tmp_path, MARCH)
    assert any(
        "Trong đó, ngành khai khoáng ước tăng 5,00%; ngành sản xuất và phân phối điện ước "
        "tăng 12,00%; Ngành Điện ước tăng 1,00%; Ngành Hóa chất Việt Nam ước tăng 2,00%; "
        "ngành CNTT và truyền thông ước tăng 3,00%." in t
        for t in texts
    )
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if "«Ngành»" in m] == [
        (
            "INFO",
            "B3",
            "«Ngành» được viết thành «ngành khai khoáng» (chữ đầu viết thường, vì tên ngành "
            "đứng giữa câu; chữ hoa sau «ngành» viết thường, vì tên ngành không phải tên "
            "riêng).",
        ),
        (
            "INFO",
            "B4",
            "«Ngành» được viết thành «ngành sản xuất và phân phối điện» (chữ hoa sau «ngành» "
            "viết thường, vì tên ngành không phải tên riêng).",
        ),
    ]


def test_nganh_before_an_acronym_and_small_words_is_lowered(tmp_path: Path) -> None:
    """A branch typed "Ngành CN chế biến" (the acronym "CN" for "công nghiệp", as offices
    shorten it) kept its capital "Ngành" with no word from check, since a capital stood in
    its later words, and the report printed "Trong đó, ngành khai khoáng ước tăng 5,00%;
    Ngành CN chế biến ước tăng 12,00%". Only acronyms among small words after "ngành":
    "Ngành" is lowered, the acronym kept, with a note."""
    (tmp_path / "data").mkdir()
    iip = [
        ("iip", "Toàn ngành công nghiệp", 110),
        ("iip.a", "ngành khai khoáng", 105),
        ("iip.b", "Ngành CN chế biến", 112),
        ("iip.c", "Ngành SX và phân phối điện", 101),
    ]
    month_book(tmp_path / "data", MARCH, {}, [row("x", 100, 80)], iip)
    texts = build_texts(tmp_path, MARCH)
    assert any(
        "Trong đó, ngành khai khoáng ước tăng 5,00%; ngành CN chế biến ước tăng 12,00%; "
        "ngành SX và phân phối điện ước tăng 1,00%." in t
        for t in texts
    )
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if "«Ngành»" in m] == [
        (
            "INFO",
            "B4",
            "«Ngành» được viết thành «ngành CN chế biến» (chữ đầu viết thường, vì tên ngành "
            "đứng giữa câu).",
        ),
        (
            "INFO",
            "B5",
            "«Ngành» được viết thành «ngành SX và phân phối điện» (chữ đầu viết thường, vì "
            "tên ngành đứng giữa câu).",
        ),
    ]


def test_a_full_stop_after_the_signers_lines_is_dropped(tmp_path: Path) -> None:
    """ "Nguyễn Văn Phương." was printed so under the signature, "PHÓ GIÁM ĐỐC." and "KT.
    GIÁM ĐỐC." above it, with no word from check: Decree 30 sets no punctuation there. The
    marks at a line's end go, with a note; an initial ("Nguyễn Văn A.") keeps its stop."""
    (tmp_path / "data").mkdir()
    info = {
        "nguoi_ky": "Nguyễn Văn Phương.",
        "chuc_vu": "PHÓ GIÁM ĐỐC.",
        "ky_thay": "KT. GIÁM ĐỐC;",
    }
    month_book(tmp_path / "data", MARCH, info, [row("xuat_khau", 100, 80)])
    texts = build_texts(tmp_path, MARCH)
    signature = [t for t in texts if "GIÁM ĐỐC" in t or "Phương" in t]
    assert signature == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Phương"]
    said = "Khóa «{}» được viết thành «{}» vì dòng chức vụ, họ tên người ký không có dấu câu ở "
    said += "cuối (Nghị định 30/2020/NĐ-CP)."
    assert [(c, m) for s, c, m in findings(tmp_path, MARCH) if "dấu câu ở cuối" in m] == [
        ("B4", said.format("nguoi_ky", "Nguyễn Văn Phương")),
        ("B5", said.format("chuc_vu", "PHÓ GIÁM ĐỐC")),
        ("B6", said.format("ky_thay", "KT. GIÁM ĐỐC")),
    ]


_TAKEN_OUT = (
    "Khóa «nguoi_ky» có «{}» sau họ tên: báo cáo in «Nguyễn Văn Nam», vì chức vụ là dòng riêng "
    "phía trên (khóa «chuc_vu» hoặc tệp cấu hình) và Nghị định 30/2020/NĐ-CP không ghi chức vụ, "
    "học hàm, học vị bên cạnh họ tên người ký. Hãy chỉ ghi họ tên, và kiểm tra chức vụ in phía "
    "trên."
)


@pytest.mark.parametrize(
    ("typed", "printed", "said"),
    [
        ("Nguyễn Văn Nam, KS.", "Nguyễn Văn Nam", [("WARNING", _TAKEN_OUT.format("KS."))]),
        ("Nguyễn Văn Nam KS.", "Nguyễn Văn Nam", [("WARNING", _TAKEN_OUT.format("KS."))]),
        (
            "Nguyễn Văn Nam BS.,",
            "Nguyễn Văn Nam",
            [
                (
                    "INFO",
                    "Khóa «nguoi_ky» được viết thành «Nguyễn Văn Nam BS.» vì dòng chức vụ, họ tên "
                    "người ký không có dấu câu ở cuối (Nghị định 30/2020/NĐ-CP).",
                ),
                ("WARNING", _TAKEN_OUT.format("BS.")),
            ],
        ),
        (
            "Nguyễn Văn Nam TS.,",
            "Nguyễn Văn Nam",
            [
                (
                    "INFO",
                    "Khóa «nguoi_ky» được viết thành «Nguyễn Văn Nam TS.» vì dòng chức vụ, họ tên "
                    "người ký không có dấu câu ở cuối (Nghị định 30/2020/NĐ-CP).",
                ),
                ("WARNING", _TAKEN_OUT.format("TS.")),
            ],
        ),
        ("Nguyễn Văn Nam, TS.", "Nguyễn Văn Nam", [("WARNING", _TAKEN_OUT.format("TS."))]),
        ("Nguyễn Văn Nam, PGS.TS.", "Nguyễn Văn Nam", [("WARNING", _TAKEN_OUT.format("PGS.TS."))]),
    ],
)
def test_a_degrees_full_stop_at_the_end_of_the_name_is_kept(
    tmp_path: Path, typed: str, printed: str, said: list[tuple[str, str]]
) -> None:
    """A degree's abbreviation after the name lost its full stop as a stray one: "Nguyễn
    Văn Nam, KS." was printed "Nguyễn Văn Nam, KS" (after a note saying so), and "Nguyễn Văn
    Nam, TS." was noted as written "Nguyễn Văn Nam, TS" and warned of «TS». The stop of
    "TS.", "ThS.", "PGS.TS.", "KS.", "BS." is the abbreviation's own; marks after it still
    go. A degree after the name is taken out with a warning, "KS." too, and one after a
    space alone (it was printed "Nguyễn Văn Nam, KS." and "Nguyễn Văn Nam KS.": Decree 30
    sets no degree beside the name)."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"nguoi_ky": typed}, [row("xuat_khau", 100, 80)])
    texts = build_texts(tmp_path, MARCH)
    assert [t for t in texts if "Nam" in t] == [printed]
    assert [(s, m) for s, c, m in findings(tmp_path, MARCH) if c == "B4"] == said


def test_a_title_after_the_name_before_a_full_stop_is_still_taken_out(tmp_path: Path) -> None:
    """ "Nguyễn Văn Phương (PGĐ)." loses its full stop first, then its title, as "Nguyễn Văn
    Phương (PGĐ)" does."""
    (tmp_path / "data").mkdir()
    info = {"nguoi_ky": "Nguyễn Văn Phương (PGĐ)."}
    month_book(tmp_path / "data", MARCH, info, [row("xuat_khau", 100, 80)])
    warned = [m for s, c, m in findings(tmp_path, MARCH) if s == "WARNING" and c == "B4"]
    assert [m.split(":")[0] for m in warned] == ["Khóa «nguoi_ky» có «PGĐ» sau họ tên"]
    assert "báo cáo in «Nguyễn Văn Phương»," in warned[0]


def test_a_branch_of_one_vietnamese_word_is_lowered(tmp_path: Path) -> None:
    """falsealarm18: the statistics office's branch "Dệt" (its level-2 industry, as "dệt
    tăng 23,06%" is reported) was kept as a proper name, one word, and printed "Trong đó,
    Dệt ước tăng 5,00%" with no word. A one-word branch spelt as one Vietnamese syllable
    with a mark ("Dệt", "Điện", "Thép") is a common word: lowered with a note. A brand is
    kept, one word without a Vietnamese mark too ("Samsung", "Kia")."""
    (tmp_path / "data").mkdir()
    iip = [
        ("iip", "Toàn ngành công nghiệp", 110),
        ("iip.a", "Dệt", 105),
        ("iip.b", "Thép", 112),
        ("iip.c", "Kia", 101),
    ]
    month_book(tmp_path / "data", MARCH, {}, [row("x", 100, 80)], iip)
    texts = build_texts(tmp_path, MARCH)
    assert any(
        "Trong đó, dệt ước tăng 5,00%; thép ước tăng 12,00%; Kia ước tăng 1,00%." in t
        for t in texts
    )
    said = "«Ngành» được viết thành «{}» (chữ đầu viết thường, vì tên ngành đứng giữa câu)."
    assert [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if "«Ngành»" in m] == [
        ("INFO", "B3", said.format("dệt")),
        ("INFO", "B4", said.format("thép")),
    ]
