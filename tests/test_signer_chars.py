"""Invisible characters (a zero-width space, a joiner, the word joiner, a byte order mark)
typed in the signer's lines: dropped without a word from the config's ``[signer]``, so a
zero-width space standing for a space printed "Nguyễn VănPhương" under the signature; and
said in ThongTin only by the code point. Each is a warning at its key or cell saying where
the character stood and how the line is read without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import build_report, check_inputs
from baocao.config import load_config
from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

from helpers import document_texts, write_config

MARCH = Period(2025, 3)
JOINED = " (ký tự vô hình đứng thay dấu cách: hai tiếng bị dính liền)"


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_an_invisible_character_in_the_configs_signer_is_a_warning_at_its_key(
    tmp_path: Path, char: str
) -> None:
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {}, [row("xuat_khau", 100, 80)])
    path = write_config(tmp_path, template=None, signer=f"Nguyễn Văn{char}Phương")
    config = load_config(path)
    said = [
        (p.file, p.place, p.message)
        for p in check_inputs(config, MARCH).problems
        if p.place is not None and p.place.startswith("signer")
    ]
    assert said == [
        (
            path,
            "signer.name",
            f"Khóa «name» của [signer] có ký tự vô hình U+{ord(char):04X} (ký tự thứ 11, giữa "
            "«Văn» và «Phương»), thường do dán từ trang web hoặc tệp khác: đã bỏ, và được đọc là "
            f"«Nguyễn VănPhương»{JOINED}. Hãy xóa ký tự đó trong tệp cấu hình và kiểm tra lại.",
        )
    ]
    if char == "\u200b":  # printed as read: the warning says what the report holds
        texts = document_texts(build_report(config, MARCH, tmp_path / "r.docx").output)
        assert [t for t in texts if "Phương" in t] == ["Nguyễn VănPhương"]


def test_invisible_characters_in_thongtins_signer_lines_are_said_where_they_stand(
    tmp_path: Path,
) -> None:
    (tmp_path / "data").mkdir()
    info = {
        "nguoi_ky": "\ufeffNguyễn Văn\u200b Nam",
        "chuc_vu": "PHÓ\u2060GIÁM ĐỐC",
        "ky_thay": "KT. GIÁM ĐỐC",
    }
    month_book(tmp_path / "data", MARCH, info, [row("xuat_khau", 100, 80)])
    found = [(s, c, m) for s, c, m in findings(tmp_path, MARCH) if c in ("B4", "B5", "B6")]
    assert found == [
        (
            "WARNING",
            "B4",
            "Khóa «nguoi_ky» có ký tự vô hình U+FEFF (ký tự thứ 1, ở đầu); U+200B (ký tự thứ 12, "
            "giữa «Văn» và «Nam»), thường do dán từ trang web hoặc tệp khác: đã bỏ, và được đọc "
            "là «Nguyễn Văn Nam». Hãy xóa các ký tự đó khỏi ô và kiểm tra lại.",
        ),
        (
            "WARNING",
            "B5",
            "Khóa «chuc_vu» có ký tự vô hình U+2060 (ký tự thứ 4, giữa «PHÓ» và «GIÁM»), thường "
            "do dán từ trang web hoặc tệp khác: đã bỏ, và được đọc là «PHÓGIÁM ĐỐC»"
            f"{JOINED}. Hãy xóa ký tự đó khỏi ô và kiểm tra lại.",
        ),
    ]


def test_an_invisible_character_in_any_key_of_the_config_is_a_warning_at_its_key(
    tmp_path: Path,
) -> None:
    """Not only the signer's: a zero-width space standing for a space in the province,
    a recipient or an assessment word printed two words joined, with no word, and one in a
    folder's name was dropped as silently. Each is said at its key."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {}, [row("xuat_khau", 100, 80)])
    path = write_config(tmp_path, template=None, province="tỉnh\u200bBắc Giang")
    text = path.read_text(encoding="utf-8")
    group = '{ name = "Sở\u200bCông Thương:", items = ["Lãnh đạo Sở."] }'
    text = text.replace('"Lưu: VT, P.KHTC"', f'"Lưu: VT,\u2060P.KHTC", {group}')
    text = text.replace('text = "tăng nhẹ"', 'text = "tăng\ufeff nhẹ"')
    path.write_text(text.replace('data_dir = "data"', 'data_dir = "data\u200b"'), encoding="utf-8")
    said = [
        (p.place, p.message)
        for p in check_inputs(load_config(path), MARCH).problems
        if "ký tự vô hình" in p.message
    ]
    fix = "Hãy xóa ký tự đó trong tệp cấu hình và kiểm tra lại."
    assert said == [
        (
            "organization.province",
            "Khóa «province» của [organization] có ký tự vô hình U+200B (ký tự thứ 5, giữa "
            "«tỉnh» và «Bắc»), thường do dán từ trang web hoặc tệp khác: đã bỏ, và được đọc là "
            f"«tỉnhBắc Giang»{JOINED}. {fix}",
        ),
        (
            "recipients.lines.1",
            "Khóa «lines» (mục thứ 2) của [recipients] có ký tự vô hình U+2060 (ký tự thứ 9, "
            "giữa «VT,» và «P.KHTC»), thường do dán từ trang web hoặc tệp khác: đã bỏ, và được "
            f"đọc là «Lưu: VT,P.KHTC»{JOINED}. {fix}",
        ),
        (
            "recipients.lines.2.name",
            "Khóa «name» của mục thứ 3 trong «lines» của [recipients] có ký tự vô hình U+200B "
            "(ký tự thứ 3, giữa «Sở» và «Công»), thường do dán từ trang web hoặc tệp khác: đã "
            f"bỏ, và được đọc là «SởCông Thương:»{JOINED}. {fix}",
        ),
        (
            "iip_assessment.1.text",
            "Khóa «text» của bảng [[iip_assessment]] thứ 2 có ký tự vô hình U+FEFF (ký tự thứ 5, "
            "giữa «tăng» và «nhẹ»), thường do dán từ trang web hoặc tệp khác: đã bỏ, và được đọc "
            f"là «tăng nhẹ». {fix}",
        ),
        (
            "paths.data_dir",
            "Khóa «data_dir» của [paths] có ký tự vô hình U+200B (ký tự thứ 5, ở cuối, sau "
            "«data»), thường do dán từ trang web hoặc tệp khác: đã bỏ, và được đọc là «data». "
            + fix,
        ),
    ]
