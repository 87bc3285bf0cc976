"""The words of a signature typed with the signer's name in ThongTin: "(Đã ký)", as a
published copy of a signed report prints it above the name, or a form's "(Ký, ghi rõ họ
tên)" (Bắc Kạn's October 2020 report rebuilt with its signer pasted from the portal)."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_figures import build_texts, month_book, row
from test_signer_chars import MARCH
from test_surely_wrong import findings

WHY = "lời ghi về chữ ký (của bản sao văn bản đã ký, hay của mẫu), không phải họ tên người ký"


@pytest.mark.parametrize(
    ("typed", "said", "side", "printed"),
    [
        ("(Đã ký)\nNguyễn Văn Bình", "(Đã ký)", "trước", "Nguyễn Văn Bình"),
        ("Đã ký Nguyễn Văn Bình", "Đã ký", "trước", "Nguyễn Văn Bình"),
        ("Nguyễn Văn Bình - Đã ký", "Đã ký", "sau", "Nguyễn Văn Bình"),
        ("NGUYỄN VĂN BÌNH (ĐÃ KÝ)", "(ĐÃ KÝ)", "sau", "Nguyễn Văn Bình"),
        ("Nguyễn Văn Bình (Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)", "sau", "Nguyễn Văn Bình"),
    ],
)
def test_a_signature_mark_beside_the_name_is_dropped_with_a_warning(
    tmp_path: Path, typed: str, said: str, side: str, printed: str
) -> None:
    """ "(Đã ký)\\nNguyễn Văn Bình" printed "(Đã ký) Nguyễn Văn Bình" under the title, and
    "Nguyễn Văn Bình - Đã ký" so, with a clean check: the mark is dropped, with a warning."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"nguoi_ky": typed}, [row("xuat_khau", 100)])
    assert [(s, m) for s, c, m in findings(tmp_path, MARCH) if c == "B4" and s == "WARNING"] == [
        (
            "WARNING",
            f"Khóa «nguoi_ky» có «{said}» {side} họ tên: {WHY}, nên báo cáo bỏ nó. Hãy chỉ ghi "
            "họ tên người ký.",
        )
    ]
    texts = build_texts(tmp_path, MARCH)
    assert printed in texts
    assert not any("ký)" in t.casefold() or "đã ký" in t.casefold() for t in texts)


@pytest.mark.parametrize("typed", ["(đã ký)", "Đã ký", "[Đã ký]"])
def test_a_signature_mark_alone_gives_way_to_the_configs_name(tmp_path: Path, typed: str) -> None:
    """ "(đã ký)" alone printed "(Đã Ký)" as the signer's name: the cell is read as blank,
    the config's name printed, with a warning."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"nguoi_ky": typed}, [row("xuat_khau", 100)])
    assert [(s, m) for s, c, m in findings(tmp_path, MARCH) if c == "B4"] == [
        (
            "WARNING",
            f"Khóa «nguoi_ky» chỉ ghi «{typed}», {WHY}: ô được coi là để trống, và báo cáo in "
            "khóa «name» của [signer] trong tệp cấu hình. Hãy ghi họ tên người ký, hoặc để "
            "trống ô.",
        )
    ]
    assert "Nguyễn Văn Phương" in build_texts(tmp_path, MARCH)


@pytest.mark.parametrize("typed", ["Nguyễn Văn Ký", "Đào Duy Kỳ", "Ông Văn Tùng"])
def test_a_name_of_its_own_syllables_is_kept(tmp_path: Path, typed: str) -> None:
    """A given name "Ký" is a name, not a signature's mark."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"nguoi_ky": typed}, [row("xuat_khau", 100)])
    assert [m for s, c, m in findings(tmp_path, MARCH) if c == "B4"] == []
    assert typed in build_texts(tmp_path, MARCH)


@pytest.mark.parametrize(
    ("typed", "said", "side", "advice"),
    [
        ("(Đã ký) Nguyễn Văn Phương", "(Đã ký)", "trước", "«Nguyễn Văn Phương»"),
        ("Nguyễn Văn Phương - Đã ký", "Đã ký", "sau", "«Nguyễn Văn Phương»"),
        ("(Đã ký)", "(Đã ký)", "trước", "họ tên người ký"),
    ],
)
def test_a_signature_mark_in_the_configs_name_is_a_warning(
    tmp_path: Path, typed: str, said: str, side: str, advice: str
) -> None:
    """province40: [signer] name "(Đã ký) Nguyễn Văn Phương" was printed so under the
    signature with a clean check, where nguoi_ky so typed loses the words: a warning at
    signer.name, the config's text kept as typed (as a title beside the name is)."""
    from baocao.api import check_inputs
    from baocao.config import load_config

    from helpers import write_config

    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {}, [row("x", 100, 90, 80, 300, 250)])
    config = load_config(write_config(tmp_path, signer=typed, template=None))
    found = [(p.place, p.message) for p in check_inputs(config, MARCH).problems if p.place]
    assert found == [
        (
            "signer.name",
            f"Họ tên người ký «{typed}» có «{said}» {side} họ tên, lời ghi về chữ ký, không phải "
            f"họ tên, và báo cáo in nguyên như vậy dưới chữ ký. Hãy ghi {advice}.",
        )
    ]


def test_a_name_with_a_long_run_of_spaces_is_read_at_once(tmp_path: Path) -> None:
    """attack13: a run of 30 000 spaces in «nguoi_ky» (or in [signer] name) took 9 s to
    search for a signature's words after the name, read again from each of its spaces: read
    once now, and the words after it are still found."""
    import time

    from baocao.signedmark import signature_mark

    typed = "Nguyễn Văn Bình" + " " * 30_000 + "(Đã ký)"
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {"nguoi_ky": typed}, [row("xuat_khau", 100)])
    start = time.perf_counter()
    found = [(s, m) for s, c, m in findings(tmp_path, MARCH) if c == "B4" and s == "WARNING"]
    assert signature_mark("Nguyễn" + " " * 30_000 + "Bình") is None  # as the config's name
    assert time.perf_counter() - start < 3
    assert found == [
        (
            "WARNING",
            f"Khóa «nguoi_ky» có «(Đã ký)» sau họ tên: {WHY}, nên báo cáo bỏ nó. Hãy chỉ ghi "
            "họ tên người ký.",
        )
    ]
