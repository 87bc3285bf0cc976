"""The appendix: the figures as a table (indices, indented breakdowns), and the trend chart."""

from __future__ import annotations

import struct
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from baocao.api import build_report
from baocao.cli import app
from baocao.config import load_config
from baocao.period import Period

from helpers import document_texts

runner = CliRunner()
TY = "tỷ đồng"
USD = "triệu USD"

EXPECTED_ROWS = [
    [
        "Giá trị sản xuất công nghiệp (giá thực tế)",
        TY,
        "43.438",
        "52.716",
        "42.200",
        "153.513",
        "121,4",
        "124,9",
        "124,9",
        "23,1",
    ],
    ["Khu vực kinh tế Nhà nước", TY, "920", "941", "844", "2.750", "102,2", "111,4", "110,9", ""],
    [
        "Khu vực kinh tế ngoài Nhà nước",
        TY,
        "4.756",
        "5.277",
        "4.769",
        "14.900",
        "110,9",
        "110,6",
        "110,6",
        "",
    ],
    [
        "Khu vực kinh tế có vốn đầu tư nước ngoài",
        TY,
        "37.762",
        "46.498",
        "36.587",
        "135.863",
        "123,1",
        "127,1",
        "127,0",
        "",
    ],
    ["Công nghiệp khai thác", TY, "140", "272", "216", "620", "194,3", "126,1", "114,8", ""],
    [
        "Công nghiệp chế biến",
        TY,
        "43.001",
        "52.133",
        "41.714",
        "151.860",
        "121,2",
        "125,0",
        "124,9",
        "",
    ],
    [
        "Sản xuất điện, điện, khí đốt, nước",
        TY,
        "248",
        "257",
        "221",
        "860",
        "103,6",
        "116,6",
        "134,4",
        "",
    ],
    [
        "Cung cấp nước, quản lý và xử lý rác thải, nước thải",
        TY,
        "49",
        "54",
        "50",
        "173",
        "110,2",
        "107,6",
        "123,6",
        "",
    ],
    [
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ",
        TY,
        "5.151",
        "5.210",
        "4.561",
        "15.400",
        "101,1",
        "114,2",
        "113,2",
        "",
    ],
    [
        "Tổng mức bán lẻ hàng hoá",
        TY,
        "3.791",
        "3.819",
        "3.260",
        "11.290",
        "100,7",
        "117,1",
        "114,0",
        "",
    ],
    ["Doanh thu dịch vụ", TY, "1.360", "1.391", "1.301", "4.110", "102,3", "106,9", "111,1", ""],
    [
        "Kim ngạch xuất khẩu",
        USD,
        "1.673,0",
        "1.822,5",
        "1.522,4",
        "4.985,3",
        "108,9",
        "119,7",
        "115,9",
        "",
    ],
    [
        "Kim ngạch nhập khẩu",
        USD,
        "1.336,0",
        "1.447,2",
        "1.440,0",
        "3.950,6",
        "108,3",
        "100,5",
        "106,8",
        "",
    ],
    ["Toàn ngành công nghiệp", "%", "", "", "", "", "", "123,89", "", ""],
    ["ngành khai khoáng", "%", "", "", "", "", "", "124,95", "", ""],
    ["ngành công nghiệp chế biến chế tạo", "%", "", "", "", "", "", "124,03", "", ""],
    ["ngành sản xuất, ngành phân phối điện", "%", "", "", "", "", "", "115,65", "", ""],
    ["ngành cung cấp nước và xử lý rác thải", "%", "", "", "", "", "", "107,03", "", ""],
]


def appendix_table(path: Path) -> object:
    return Document(str(path)).tables[-1]


def test_appendix_table_cells(sample_report: Path) -> None:
    """One row per ChiTieu indicator then the IIP rows; (%) columns as indices; blanks unknown."""
    table = appendix_table(sample_report)
    rows = [[c.text for c in row.cells] for row in table.rows[2:]]  # type: ignore[attr-defined]
    assert rows == EXPECTED_ROWS


def test_appendix_headers_and_indent(sample_report: Path) -> None:
    """Two header rows repeat on each page; breakdown rows are indented, totals bold."""
    table = appendix_table(sample_report)
    head = [c.text for c in table.rows[0].cells]  # type: ignore[attr-defined]
    sub = [c.text for c in table.rows[1].cells]  # type: ignore[attr-defined]
    assert head == [
        "Chỉ tiêu",
        "Đơn vị",
        "Thực hiện tháng trước",
        "Ước tháng báo cáo",
        "Cùng kỳ",
        "Lũy kế",
        "Tháng báo cáo so với (%)",
        "Tháng báo cáo so với (%)",
        "Lũy kế so với (%)",
        "Lũy kế so với (%)",
    ]
    assert sub[6:] == ["Tháng trước", "Cùng kỳ", "Cùng kỳ", "Kế hoạch năm"]
    total, child = (table.rows[i].cells[0].paragraphs[0] for i in (2, 3))  # type: ignore[attr-defined]
    assert all(r.bold for r in total.runs)
    assert (
        child.paragraph_format.left_indent is not None
        and total.paragraph_format.left_indent is None
    )
    section = Document(str(sample_report)).sections[-1]
    assert section.page_width > section.page_height  # landscape
    assert len(Document(str(sample_report)).sections) == 2


def test_appendix_can_be_switched_off(workspace: Path) -> None:
    """[appendix] enabled = false drops the appendix and its landscape section."""
    config = workspace / "baocao.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "[paths]", "[appendix]\nenabled = false\n\n[paths]"
        ),
        encoding="utf-8",
    )
    out = build_report(load_config(None), Period(2024, 3)).output
    doc = Document(str(out))
    assert len(doc.sections) == 1
    assert doc.sections[0].page_width < doc.sections[0].page_height
    assert document_texts(out)[-1] == "Nguyễn Văn Phương"
    assert len(doc.tables) == 2


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_chart_in_appendix(workspace: Path) -> None:
    """--chart adds a 900 × 360 px PNG of the last 13 months to the appendix."""
    pytest.importorskip("matplotlib")
    result = runner.invoke(app, ["build", "--month", "3", "--year", "2024", "--chart"])
    assert result.exit_code == 0
    with zipfile.ZipFile(workspace / "out" / "BaoCao_T03_2024.docx") as archive:
        images = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert len(images) == 1
        assert png_size(archive.read(images[0])) == (900, 360)


def test_chart_without_matplotlib(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the extra, --chart says how to install it, exits 8 and writes nothing."""
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    result = runner.invoke(app, ["build", "--month", "3", "--year", "2024", "--chart"])
    assert result.exit_code == 8
    assert result.stderr == (
        "LỖI: Chưa cài thư viện vẽ biểu đồ (matplotlib) nên không vẽ được biểu đồ. Hãy cài bằng "
        "lệnh: pip install 'baocao[chart]' rồi chạy lại, hoặc bỏ --chart.\n"
    )
    assert not (workspace / "out").exists()


def test_chart_covers_the_last_13_months(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The chart's series runs from the same month last year to the report month."""
    import baocao.chart
    from baocao.api import trend_chart

    seen: dict[str, object] = {}

    def fake_render(rows: list[object], title: str, decimals: int) -> bytes:
        seen.update(rows=rows, title=title, decimals=decimals)
        return b"png"

    monkeypatch.setattr(baocao.chart, "render_chart", fake_render)
    assert trend_chart(load_config(None), Period(2024, 3)) == b"png"
    rows = seen["rows"]
    assert [r.period for r in rows][0::12] == [(2023, 3), (2024, 3)]  # type: ignore[attr-defined]
    assert len(rows) == 13  # type: ignore[arg-type]
    assert seen["title"] == "Giá trị sản xuất công nghiệp (giá thực tế), tỷ đồng"
    assert [r.value for r in rows][-2:] == [43438, 52716]  # type: ignore[attr-defined]
