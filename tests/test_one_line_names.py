"""A name typed on two lines (Alt+Enter, to wrap a long name in a narrow column) or with
doubled spaces: it stands inside a sentence, where the report printed the line break
("Kim ngạch⏎xuất khẩu cộng dồn …"). Written on one line, with a note."""

from __future__ import annotations

from pathlib import Path

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
