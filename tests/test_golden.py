"""The whole pipeline on the sample data reproduces the seed report, and follows the data."""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from pathlib import Path

from baocao.api import build_report
from baocao.config import load_config
from baocao.period import Period

from helpers import (
    ROOT,
    document_texts,
    edit_workbook,
    golden_lines,
    load_workbook,
    write_config,
)

SECTION_ONE = "I. KẾT QUẢ CHỦ YẾU THÁNG 3"
SIGNER = "Nguyễn Văn Phương"
APPENDIX_TITLE = "PHỤ LỤC — MỘT SỐ CHỈ TIÊU CHỦ YẾU THÁNG 3 NĂM 2024"


def test_sample_report_matches_seed_word_for_word(sample_report: Path) -> None:
    """From Section I to the signer's name, every paragraph and cell equals the seed, in order."""
    texts = document_texts(sample_report)
    body = texts[texts.index(SECTION_ONE) : texts.index(SIGNER) + 1]
    assert body == golden_lines()
    assert texts[texts.index(SIGNER) + 1] == APPENDIX_TITLE  # the appendix follows


def test_sample_report_header_and_title(sample_report: Path) -> None:
    """Before Section I come the header block and title, built from the config: nothing else."""
    texts = document_texts(sample_report)
    assert texts[: texts.index(SECTION_ONE)] == [
        "UBND TỈNH BẮC GIANG",
        "SỞ CÔNG THƯƠNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: /BC-SCT",
        "Bắc Giang, ngày tháng 3 năm 2024",
        "BÁO CÁO",
        "Kết quả thực hiện nhiệm vụ tháng 3 và nhiệm vụ trọng tâm tháng 4 năm 2024",
    ]


def test_src_names_no_province() -> None:
    """Nothing about Bắc Giang is written in the code; it comes from config and data."""
    for path in (ROOT / "src").rglob("*"):
        if path.is_file() and path.suffix in {".py", ".toml", ".txt", ".md"}:
            text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).casefold()
            assert "bắc giang" not in text, path


def test_figures_follow_the_workbook(workspace: Path) -> None:
    """Changing a figure in the workbook changes the sentence, with recomputed percentages."""
    book = workspace / "data" / "2024-03.xlsx"
    edit_workbook(book, "ChiTieu", "gtsx.nha_nuoc", "Tháng báo cáo", 1000)
    edit_workbook(book, "ChiTieu", "gtsx.fdi", "Tháng báo cáo", 46439)  # breakdown still adds up
    edit_workbook(book, "ChiTieu", "gtsx.che_bien", "Tháng báo cáo", 52133)
    result = build_report(load_config(None), Period(2024, 3))
    texts = document_texts(result.output)
    assert (
        "- Khu vực kinh tế Nhà nước tháng 3 ước đạt 1.000 tỷ đồng, tăng 8,7% so với "
        "tháng trước; tăng 18,4% so với cùng kỳ."
    ) in texts
    assert not result.problems


def test_signing_date_and_number_from_workbook(workspace: Path) -> None:
    """A document number and a signing date in ThongTin fill the header, Decree 30 style."""
    book = workspace / "data" / "2024-03.xlsx"
    edit_workbook(book, "ThongTin", "so_van_ban", "Giá trị", 65)
    edit_workbook(book, "ThongTin", "ngay_ky", "Giá trị", dt.datetime(2024, 2, 5))
    texts = document_texts(build_report(load_config(None), Period(2024, 3)).output)
    assert "Số: 65/BC-SCT" in texts
    assert "Bắc Giang, ngày 05 tháng 02 năm 2024" in texts


def test_december_tasks_are_for_january_next_year(workspace: Path) -> None:
    """December's Section II is headed with January of the next year."""
    december = workspace / "data" / "2024-12.xlsx"
    shutil.copy(workspace / "data" / "2024-03.xlsx", december)
    edit_workbook(december, "ThongTin", "thang", "Giá trị", 12)
    texts = document_texts(build_report(load_config(None), Period(2024, 12)).output)
    assert "II. NHIỆM VỤ TRỌNG TÂM THÁNG 1 NĂM 2025" in texts
    assert "I. KẾT QUẢ CHỦ YẾU THÁNG 12" in texts
    assert (
        "Kết quả thực hiện nhiệm vụ tháng 12 năm 2024 và nhiệm vụ trọng tâm tháng 1 năm 2025"
        in texts
    )
    assert (
        "Dự tính GTSXCN (giá thực tế) cộng dồn 12 tháng đầu năm ước đạt 153.513 tỷ đồng; "
        "tăng 24,9% so với cùng kỳ và đạt 23,1% so với Kế hoạch năm."
    ) in texts


def test_other_organisation_with_falling_figures(tmp_path: Path) -> None:
    """Another province's config and workbook build without code changes; falls read "giảm"."""
    (tmp_path / "data").mkdir()
    book = tmp_path / "data" / "2025-01.xlsx"
    shutil.copy(ROOT / "data" / "samples" / "2024-03.xlsx", book)
    for key, value in (("thang", 1), ("nam", 2025), ("thi_truong_xuat_khau", "Hoa Kỳ")):
        edit_workbook(book, "ThongTin", key, "Giá trị", value)
    edit_workbook(book, "ChiSoSXCN", "iip", "Chỉ số so với cùng kỳ (%)", 96.5)
    edit_workbook(book, "ChiTieu", "xuat_khau", "Tháng báo cáo", 1500)
    edit_workbook(book, "ChiTieu", "xuat_khau", "Cùng kỳ", 1500)
    edit_workbook(book, "ChiTieu", "nhap_khau", "Tháng trước", 3000)
    edit_workbook(book, "ChiTieu", "nhap_khau", "Cùng kỳ", None)
    # In January a blank Cùng kỳ would be the Lũy kế cùng kỳ: blank it too. January's
    # year-to-dates are its months (March's, typed, are an error): blank, as January may.
    sheet = load_workbook(book)
    for cells in sheet["ChiTieu"].iter_rows(min_row=2, min_col=7, max_col=8):
        for cell in cells:
            cell.value = None
    sheet.save(book)
    config = write_config(
        tmp_path,
        parent="UBND TỈNH LẠNG SƠN",
        province="tỉnh Lạng Sơn",
        place="Lạng Sơn",
        authority="",
        title="GIÁM ĐỐC",
        signer="Trần Thị B",
    )
    texts = document_texts(build_report(load_config(config), Period(2025, 1)).output)
    assert texts[0] == "UBND TỈNH LẠNG SƠN"
    assert "Lạng Sơn, ngày tháng 01 năm 2025" in texts
    assert texts[texts.index("1. Về sản xuất công nghiệp") + 1].startswith(
        "Chỉ số sản xuất công nghiệp tháng 1/2025 tỉnh Lạng Sơn giảm, ước giảm 3,50% so với "
        "cùng kỳ."
    )
    assert (
        "Kim ngạch xuất khẩu trên địa bàn tỉnh Lạng Sơn tháng 1/2025 ước đạt 1.500,0 "
        "triệu USD, giảm 10,3% so với tháng trước; bằng cùng kỳ. Thị trường xuất khẩu lớn "
        "nhất của tỉnh là Hoa Kỳ và một số nước khác"
    ) in texts
    assert any(
        t.startswith(
            "Kim ngạch nhập khẩu trên địa bàn tỉnh Lạng Sơn tháng 1/2025 ước "
            "đạt 1.447,2 triệu USD, giảm 51,8% so với tháng trước. Thị trường"
        )
        for t in texts
    )
    assert "II. NHIỆM VỤ TRỌNG TÂM THÁNG 2" in texts
    end = texts.index("Trần Thị B") + 1
    assert texts[end - 3 : end] == ["- Lưu: VT, P.KHTC.", "GIÁM ĐỐC", "Trần Thị B"]
    assert "KT. GIÁM ĐỐC" not in texts
