"""The appendix: the figures as a table (indices, indented breakdowns), and the trend chart."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import itertools
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from typer.testing import CliRunner

from baocao.api import build_report, check_inputs
from baocao.chart import TrendChart
from baocao.cli import app
from baocao.config import Layout, load_config
from baocao.context import chart_view
from baocao.fitfigures import fit_figures, style_size
from baocao.history import SeriesRow
from baocao.period import Period
from baocao.render import render_document
from baocao.sections import text_width_mm
from baocao.tablewidth import narrow_tables
from test_figures import build_texts, month_book, row

from helpers import (
    ROOT,
    SAMPLE_TEMPLATE,
    blank_document,
    document_texts,
    edit_workbook,
    one_paragraph_template,
    python_child,
    sample_context,
    tiny_png,
    word_findings,
    write_config,
)

runner = CliRunner()
NBSP = "\u00a0"
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
    ["Ngành khai khoáng", "%", "", "", "", "", "", "124,95", "", ""],
    ["Ngành công nghiệp chế biến chế tạo", "%", "", "", "", "", "", "124,03", "", ""],
    ["Ngành sản xuất, ngành phân phối điện", "%", "", "", "", "", "", "115,65", "", ""],
    ["Ngành cung cấp nước và xử lý rác thải", "%", "", "", "", "", "", "107,03", "", ""],
]


def appendix_table(path: Path) -> object:
    return Document(str(path)).tables[-1]


def test_appendix_table_cells(sample_report: Path) -> None:
    """One row per ChiTieu indicator then the IIP rows; (%) columns as indices; blanks unknown."""
    table = appendix_table(sample_report)
    rows = [[c.text for c in row.cells] for row in table.rows[2:]]  # type: ignore[attr-defined]
    assert rows == EXPECTED_ROWS


@pytest.mark.parametrize("template", [SAMPLE_TEMPLATE, None], ids=["sample", "default"])
def test_no_appendix_row_splits_across_pages(tmp_path: Path, template: Path | None) -> None:
    """Every row of the appendix table, the header's and each indicator's, is kept on one
    page: a long name wrapped over four lines was torn across two pages, its last line
    alone at the top of the next page under the repeated header."""
    shutil.copytree(ROOT / "data" / "samples", tmp_path / "data")
    config = load_config(write_config(tmp_path, template=template))
    out = build_report(config, Period(2024, 3), tmp_path / "r.docx").output
    rows = Document(str(out)).tables[-1].rows
    kept = [r._tr.trPr is not None and r._tr.trPr.find(qn("w:cantSplit")) is not None for r in rows]
    assert len(kept) == 20
    assert kept == [True] * 20


def test_breakdown_rows_are_placed_under_their_parent_whatever_the_sheet_order() -> None:
    """A breakdown row typed above its parent, or below another total, is still in the
    appendix right under its parent, as the body writes it: in sheet order it was indented
    under the indicator before it and read as that one's part."""
    from baocao.config import load_config
    from baocao.context import build_context
    from baocao.excel import read_workbook
    from baocao.parse import parse_workbook

    from helpers import SAMPLE_CONFIG, SAMPLE_WORKBOOK

    data = parse_workbook(read_workbook(SAMPLE_WORKBOOK)).data
    assert data is not None
    config = load_config(SAMPLE_CONFIG)
    by_code = {i.code: i for i in data.indicators}
    # ban_le.hang_hoa above ban_le; gtsx.nuoc (gtsx's last row) after the last total.
    moved = ["ban_le.hang_hoa", "ban_le", "gtsx.nuoc"]
    assert [c for c in moved if c in by_code] == moved
    order = [i for i in data.indicators if i.code not in moved]
    at = [i.code for i in order].index("ban_le.dich_vu")
    order[at:at] = [by_code["ban_le.hang_hoa"], by_code["ban_le"]]
    order.append(by_code["gtsx.nuoc"])
    shuffled = data.model_copy(update={"indicators": tuple(order)})

    def rows(context: Any) -> list[tuple[int, str]]:
        return [(r.level, r.name) for r in context.appendix_rows]

    expected = rows(build_context(data, config))
    assert [name for _, name in expected[:2]] == [
        "Giá trị sản xuất công nghiệp (giá thực tế)",
        "Khu vực kinh tế Nhà nước",
    ]
    assert rows(build_context(shuffled, config)) == expected


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
        f"Tháng báo cáo so{NBSP}với (%)",
        f"Tháng báo cáo so{NBSP}với (%)",
        f"Lũy kế so{NBSP}với (%)",
        f"Lũy kế so{NBSP}với (%)",
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


def test_each_level_of_breakdown_is_further_in(tmp_path: Path) -> None:
    """A big city's chain of Thuộc, four levels deep: each row of the appendix table is
    0.4 cm further in than its parent, from the second level on in italics. Every level
    below the first was drawn 0.8 cm in: "Sản xuất ô tô" beside "Ngành cơ khí", whose
    part it is, as if the two were added up."""
    from test_written import NESTED

    (tmp_path / "data").mkdir()
    rows = [
        row(code, value, prev, same, 3 * value, parent=parent, group=group)
        for code, value, prev, same, parent, group in NESTED[:6]
    ]
    month_book(tmp_path / "data", Period(2024, 3), {}, rows)
    config = load_config(write_config(tmp_path, template=None))
    table = appendix_table(build_report(config, Period(2024, 3), tmp_path / "r.docx").output)
    cells = [r.cells[0].paragraphs[0] for r in table.rows[2:]]  # type: ignore[attr-defined]
    drawn = [
        (
            p.text,
            None
            if p.paragraph_format.left_indent is None
            else round(p.paragraph_format.left_indent.cm, 2),
            [bool(r.bold) for r in p.runs],
            [bool(r.italic) for r in p.runs],
        )
        for p in cells
    ]
    assert drawn == [
        ("Chỉ tiêu gtsx", None, [True], [False]),
        ("Chỉ tiêu gtsx.kk", 0.4, [False], [False]),
        ("Chỉ tiêu gtsx.cbct", 0.4, [False], [False]),
        ("Chỉ tiêu gtsx.cbct.co_khi", 0.8, [False], [True]),
        ("Chỉ tiêu gtsx.cbct.co_khi.o_to", 1.2, [False], [True]),
        ("Chỉ tiêu gtsx.cbct.dien_tu", 0.8, [False], [True]),
    ]
    assert word_findings(tmp_path / "r.docx") == []


def _appendix_off(workspace: Path, template: Any = None) -> Path:
    """The workspace's config with [appendix] enabled = false and, given ``template`` (a
    python-docx document), that template saved as mau.docx and named by the config; the
    path mau.docx (written only with ``template``)."""
    config = workspace / "baocao.toml"
    text = config.read_text(encoding="utf-8")
    path = workspace / "mau.docx"
    if template is not None:
        template.save(str(path))
        text = re.sub(r'template = ".*"', f'template = "{path.as_posix()}"', text)
    config.write_text(
        text.replace("[paths]", "[appendix]\nenabled = false\n\n[paths]"), encoding="utf-8"
    )
    return path


def test_appendix_can_be_switched_off(workspace: Path) -> None:
    """[appendix] enabled = false drops the appendix and its landscape section."""
    _appendix_off(workspace)
    out = build_report(load_config(None), Period(2024, 3)).output
    doc = Document(str(out))
    assert len(doc.sections) == 1
    assert doc.sections[0].page_width < doc.sections[0].page_height
    assert document_texts(out)[-1] == "Nguyễn Văn Phương"
    assert len(doc.tables) == 2


def test_a_chart_asked_for_without_the_appendix_is_a_warning(workspace: Path) -> None:
    """A chart asked for (--chart, or [appendix] chart = true) while enabled = false drops
    the appendix it stands in is a warning at that key: the report had no chart, exit 0
    and not a word."""
    config = workspace / "baocao.toml"
    text = config.read_text(encoding="utf-8")
    _appendix_off(workspace)
    result = build_report(load_config(None), Period(2024, 3), chart=True)
    said = [p for p in result.problems if p.place == "appendix.enabled"]
    assert [(p.severity.name, p.message) for p in said] == [
        (
            "WARNING",
            "Tùy chọn --chart yêu cầu vẽ biểu đồ, nhưng cấu hình ghi [appendix] enabled = false: "
            "phụ lục, nơi đặt biểu đồ, bị bỏ nên báo cáo không có biểu đồ. Hãy bật lại phụ lục, "
            "hoặc bỏ --chart.",
        )
    ]
    assert len(Document(str(result.output)).sections) == 1
    config.write_text(
        text.replace("[paths]", "[appendix]\nenabled = false\nchart = true\n\n[paths]"),
        encoding="utf-8",
    )
    said = [p for p in check_inputs(load_config(None), Period(2024, 3)).problems if p.place]
    assert [p.message for p in said if p.place == "appendix.enabled"] == [
        "Khóa [appendix] chart = true yêu cầu vẽ biểu đồ, nhưng cấu hình ghi [appendix] enabled "
        "= false: phụ lục, nơi đặt biểu đồ, bị bỏ nên báo cáo không có biểu đồ. Hãy bật lại phụ "
        "lục, hoặc bỏ khóa chart."
    ]


def test_a_chart_asked_for_of_a_month_without_indicators_is_a_warning(tmp_path: Path) -> None:
    """A month of the index alone (ChiSoSXCN rows, none in ChiTieu) has no series to draw:
    `build --chart` (or [appendix] chart = true) wrote the report without the chart, exit 0
    and not a word. Now a warning at ChiTieu says so."""
    pytest.importorskip("matplotlib")  # build --chart asks for it before reading anything
    (tmp_path / "data").mkdir()
    iip = [("iip", "Toàn ngành", None, 128.32, None, None, None, None)]
    book = month_book(tmp_path / "data", Period(2019, 12), {"ky_bao_cao": "năm"}, [], iip)
    config = write_config(tmp_path, template=None)
    result = build_report(load_config(config), Period(2019, 12), tmp_path / "r.docx", chart=True)
    assert [(p.severity.name, p.file, p.sheet, p.cell, p.message) for p in result.problems] == [
        (
            "WARNING",
            book,
            "ChiTieu",
            None,
            "Tùy chọn --chart yêu cầu vẽ biểu đồ, nhưng trang ChiTieu không có chỉ tiêu nào để "
            "vẽ (các chỉ số của trang ChiSoSXCN không có chuỗi theo tháng) nên báo cáo không có "
            "biểu đồ. Hãy thêm chỉ tiêu vào trang ChiTieu, hoặc bỏ --chart.",
        )
    ]


def test_a_chart_of_an_indicator_without_any_month_figure_is_a_warning(tmp_path: Path) -> None:
    """A year's report typed as its totals alone (Lũy kế, no Tháng báo cáo): the chart
    of its first indicator was an axis without a bar, exit 0 and not a word."""
    (tmp_path / "data").mkdir()
    book = month_book(
        tmp_path / "data", Period(2019, 12), {"ky_bao_cao": "năm"}, [row("x", None, ytd=900)]
    )
    config = write_config(tmp_path, template=None)
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[paths]", "[appendix]\nchart = true\n\n[paths]"), "utf-8")
    said = [p for p in check_inputs(load_config(config), Period(2019, 12)).problems if p.cell]
    assert [(p.severity.name, p.file, p.cell, p.message) for p in said if p.cell == "A2"] == [
        (
            "WARNING",
            book,
            "A2",
            "Biểu đồ vẽ «x» theo tháng, từ tháng 12/2018 đến tháng 12/2019, nhưng không tháng "
            "nào trong đó có số của chỉ tiêu này để vẽ: biểu đồ chỉ có trục, không có cột nào. "
            "Hãy điền «Tháng báo cáo», chọn chỉ tiêu khác ở khóa [appendix] chart_code, hoặc "
            "bỏ khóa chart.",
        )
    ]


def test_switching_off_never_drops_the_signature(workspace: Path) -> None:
    """A template whose last section holds the signature is not an appendix: with the
    appendix off the build stops (exit 5) instead of writing a report without its signer."""
    doc = Document(str(SAMPLE_TEMPLATE))
    attached = next(p for p in doc.paragraphs if p.text.startswith("(Kèm theo"))
    attached.insert_paragraph_before("{{ signer.name }}")
    _appendix_off(workspace, doc)
    result = CliRunner().invoke(app, ["build", "--month", "3", "--year", "2024"])
    assert result.exit_code == 5
    assert result.stderr.startswith(
        "LỖI: mau.docx: Cấu hình [appendix] enabled = false bỏ phần (section) cuối của mẫu báo "
        "cáo, nhưng phần đó không phải phụ lục: nó có «Nguyễn Văn Phương»."
    )
    assert result.stderr.endswith("\nTổng cộng: 1 lỗi, 0 cảnh báo.\nChưa tạo báo cáo vì có lỗi.\n")
    assert not (workspace / "out").exists()


def test_check_says_what_switching_off_would_drop(workspace: Path) -> None:
    """check's trial render drops the appendix as build's does: a template whose last
    section holds the signature, with the appendix off, was "0 lỗi" from check (exit 0)
    and exit 5 from build."""
    doc = Document(str(SAMPLE_TEMPLATE))
    attached = next(p for p in doc.paragraphs if p.text.startswith("(Kèm theo"))
    attached.insert_paragraph_before("{{ signer.name }}")
    template = _appendix_off(workspace, doc)
    result = CliRunner().invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        1,
        [
            f"LỖI: {template}: Cấu hình [appendix] enabled = false bỏ phần (section) cuối của "
            "mẫu báo cáo, nhưng phần đó không phải phụ lục: nó có «Nguyễn Văn Phương». Hãy để "
            "phụ lục là phần cuối của mẫu (sau một dấu ngắt section), hoặc bật lại phụ lục.",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )


def test_switching_off_drops_an_appendix_of_two_sections(workspace: Path) -> None:
    """An appendix set on two landscape sections (its table, then its note on a section
    of its own): with the appendix off only the note's section went, and the report
    kept a landscape page "PHỤ LỤC — …" with the table, exit 0. Every section after the
    signature's goes."""
    doc = Document(str(SAMPLE_TEMPLATE))
    landscape = doc.element.body.find(qn("w:sectPr"))
    note = next(p for p in doc.paragraphs if p.text.startswith("Ghi chú"))
    note.insert_paragraph_before()._p.get_or_add_pPr().append(copy.deepcopy(landscape))
    _built_without_its_appendix(workspace, doc)


def _built_without_its_appendix(workspace: Path, doc: Any) -> None:
    """``doc`` (a template) built with the appendix off: one portrait section, the
    header's and the signature's tables, the signer's name last."""
    _appendix_off(workspace, doc)
    out = build_report(load_config(None), Period(2024, 3)).output
    doc = Document(str(out))
    assert [s.orientation for s in doc.sections] == [0]
    assert len(doc.tables) == 2
    assert document_texts(out)[-1] == "Nguyễn Văn Phương"


def test_switching_off_a_template_without_the_bodys_own_section(workspace: Path) -> None:
    """A template whose body ends without its own section properties (optional: Word then
    takes its defaults for the last section), with the appendix off: the appendix's
    section went, its break's properties ending the body, where there was a traceback
    ("'NoneType' object has no attribute 'addprevious'")."""
    doc = Document(str(SAMPLE_TEMPLATE))
    doc.element.body.remove(doc.element.body.find(qn("w:sectPr")))
    _built_without_its_appendix(workspace, doc)


def png_chunks(data: bytes) -> list[tuple[str, bytes]]:
    """The chunks of a PNG, in order: (type, data)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(data):
        (size,) = struct.unpack(">I", data[at : at + 4])
        chunks.append((data[at + 4 : at + 8].decode("ascii"), data[at + 8 : at + 8 + size]))
        at += 12 + size
    return chunks


def test_chart_in_appendix(workspace: Path) -> None:
    """--chart: a 300 dpi PNG at the text width × 90 mm, placed at the text width, captioned."""
    pytest.importorskip("matplotlib")
    result = runner.invoke(app, ["build", "--month", "3", "--year", "2024", "--chart"])
    assert result.exit_code == 0
    out = workspace / "out" / "BaoCao_T03_2024.docx"
    with zipfile.ZipFile(out) as archive:
        images = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert len(images) == 1
        png = archive.read(images[0])
    chunks = dict(png_chunks(png))
    assert [kind for kind, _ in png_chunks(png)] == ["IHDR", "pHYs", "IDAT", "IEND"]  # no time
    assert struct.unpack(">II", chunks["IHDR"][:8]) == (2976, 1062)
    assert struct.unpack(">IIB", chunks["pHYs"]) == (11811, 11811, 1)  # 300 dots per inch
    doc = Document(str(out))
    extent = doc.element.body.find(f".//{qn('wp:extent')}")
    cx, cy = int(extent.get("cx")), int(extent.get("cy"))
    section = doc.sections[-1]
    assert cx == section.page_width - section.left_margin - section.right_margin == 9072245
    assert round(cy * 2976 / cx) == 1062  # the picture's own aspect
    texts = document_texts(out)
    assert texts[-2:] == [
        "Biểu đồ 1. Giá trị sản xuất công nghiệp (giá thực tế) theo tháng, từ tháng 3/2023 "
        "đến tháng 3/2024 (đơn vị: tỷ đồng)",
        "Ghi chú: Các tháng không có cột là các tháng chưa có số liệu trong các sổ dữ liệu.",
    ]


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
    from baocao.timeseries import trend_chart

    seen: dict[str, object] = {}

    def fake_render(rows: list[object], decimals: int, width_mm: float) -> bytes:
        seen.update(rows=rows, decimals=decimals, width_mm=width_mm)
        return b"png"

    monkeypatch.setattr(baocao.chart, "render_chart", fake_render)
    chart = trend_chart(load_config(None), Period(2024, 3), 250.0, code="gtsx")
    rows = seen["rows"]
    assert [r.period for r in rows][0::12] == [(2023, 3), (2024, 3)]  # type: ignore[attr-defined]
    assert len(rows) == 13  # type: ignore[arg-type]
    assert [r.value for r in rows][-2:] == [43438, 52716]  # type: ignore[attr-defined]
    assert (seen["decimals"], seen["width_mm"]) == (0, 250.0)
    assert (chart.png, chart.width_mm) == (b"png", 250.0)
    assert (chart.name, chart.unit) == ("Giá trị sản xuất công nghiệp (giá thực tế)", "tỷ đồng")
    assert chart.periods[0::12] == ((2023, 3), (2024, 3))
    # The workspace holds March 2024's workbook only: its Tháng trước gives February, and
    # its Cùng kỳ March 2023 (the chart left that bar out, though the appendix prints it).
    assert rows[0].value == 42200  # type: ignore[index]
    assert chart.missing == (*((2023, m) for m in range(4, 13)), (2024, 1))


# The wording under the title, the note under the table.

ATTACHED_BLANK = (
    f"(Kèm theo Báo cáo số{' ' * 6}/BC-SCT ngày{' ' * 5}/3/2024 của Sở Công Thương tỉnh Bắc Giang)"
)
TABLE_NOTE = (
    "Ghi chú: Các cột so với tháng trước và so với cùng kỳ là chỉ số phát triển (kỳ so sánh "
    "= 100): 121,4 nghĩa là tăng 21,4%, 96,5 nghĩa là giảm 3,5%; cột so với kế hoạch năm là "
    "tỷ lệ (%) lũy kế đạt được so với kế hoạch năm: 23,1 nghĩa là đạt 23,1% kế hoạch năm. "
    "Ô trống: chưa có số liệu."
)


def appendix_paragraphs(path: Path) -> list[str]:
    """The appendix's own paragraphs (outside its table), as written: spaces kept."""
    texts = [p.text for p in Document(str(path)).paragraphs]
    start = next(i for i, t in enumerate(texts) if t.startswith("PHỤ LỤC"))
    return [t for t in texts[start:] if t]


def test_appendix_title_attached_line_and_note(sample_report: Path) -> None:
    """Around the table: title, Kèm theo line with the clerk's blanks, the (%) note; no chart."""
    assert appendix_paragraphs(sample_report) == [
        "PHỤ LỤC — MỘT SỐ CHỈ TIÊU CHỦ YẾU THÁNG 3 NĂM 2024",
        ATTACHED_BLANK,
        TABLE_NOTE,
    ]
    paragraphs = Document(str(sample_report)).paragraphs
    attached = next(p for p in paragraphs if p.text == ATTACHED_BLANK)
    assert all(run.italic for run in attached.runs if run.text.strip())


RATE_NOTE = (
    " Với chỉ tiêu tính bằng tỷ lệ (%), chỉ số phát triển là tỷ số giữa hai tỷ lệ (8,5% so "
    "với 8,0% là 106,3), còn báo cáo nêu mức tăng, giảm theo điểm phần trăm (tăng 0,5 điểm "
    "phần trăm)."
)


def test_the_note_says_a_rates_indices_compare_two_rates(tmp_path: Path) -> None:
    """A rate's row gives indices (8,5% against 8,0%: 106,3) where its sentence says points
    ("tăng 0,5 điểm phần trăm"), so the table's note, which reads 121,4 as "tăng 21,4%",
    says how the two agree; a table without a rate (the sample's) keeps the note alone."""
    (tmp_path / "data").mkdir()
    rate = list(row("tl", 8.5, 8.0, decimals=1))
    rate[2] = "%"
    month_book(tmp_path / "data", Period(2024, 3), {}, [row("x", 110, 100), tuple(rate)])
    texts = build_texts(tmp_path, Period(2024, 3))
    assert (
        "Chỉ tiêu tl tháng 3/2024 ước đạt 8,5%, tăng 0,5 điểm phần trăm so với tháng trước."
        in texts
    )
    rows = appendix_table(tmp_path / "r.docx").rows[2:]  # type: ignore[attr-defined]
    assert [c.text for c in rows[1].cells][:7] == [
        "Chỉ tiêu tl",
        "%",
        "8,0",
        "8,5",
        "",
        "",
        "106,3",
    ]
    assert appendix_paragraphs(tmp_path / "r.docx")[2] == TABLE_NOTE + RATE_NOTE


def test_a_figure_too_wide_for_its_column_is_set_smaller_not_wrapped(tmp_path: Path) -> None:
    """A figure of ten digits ("1.822.512.345" USD) is wider than its 2.2 cm column at 11 pt:
    it wrapped as "1.822.512.3" over "45", two numbers. It is set in the largest half-point
    size it fits in (9,5 pt: 5,75 em in 56,65 pt); the figures that fit keep 11 pt."""
    (tmp_path / "data").mkdir()
    usd = list(row("xk", 1822512345, 1673012345, 1522412345, 4985312345, 4300000000))
    usd[2] = "USD"
    month_book(tmp_path / "data", Period(2024, 3), {}, [tuple(usd)])
    build_texts(tmp_path, Period(2024, 3))
    cells = appendix_table(tmp_path / "r.docx").rows[2].cells  # type: ignore[attr-defined]
    sizes = [
        (c.text, {r.font.size.pt if r.font.size else None for p in c.paragraphs for r in p.runs})
        for c in cells
    ]
    assert sizes == [
        ("Chỉ tiêu xk", {11}),
        ("USD", {11}),
        ("1.673.012.345", {9.5}),
        ("1.822.512.345", {9.5}),
        ("1.522.412.345", {9.5}),
        ("4.985.312.345", {9.5}),
        ("108,9", {11}),
        ("119,7", {11}),
        ("115,9", {11}),
        ("", {11}),
    ]


def test_a_workbook_without_figures_has_no_empty_appendix(tmp_path: Path) -> None:
    """Without ChiTieu and ChiSoSXCN rows the appendix's table has no row: the report ended
    with a landscape page of column titles over nothing and the note on 121,4. The
    appendix goes, as with [appendix] enabled = false; the report ends with its signature."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 3), {}, [])
    texts = build_texts(tmp_path, Period(2024, 3))
    doc = Document(str(tmp_path / "r.docx"))
    assert [s.orientation for s in doc.sections] == [0]  # one portrait section
    assert len(doc.tables) == 2  # the header block and the closing block
    assert not [t for t in texts if t.startswith(("PHỤ LỤC", "(Kèm theo", "Ghi chú"))]
    assert texts[-1] == "Nguyễn Văn Phương"


def test_a_last_section_that_is_no_appendix_stays_without_figures(tmp_path: Path) -> None:
    """A template whose last section holds the signer's name is not an appendix: a workbook
    without figures keeps it (and builds), where [appendix] enabled = false stops."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 3), {}, [])
    template = tmp_path / "mau.docx"
    doc = Document(str(ROOT / "templates" / "bao_cao_thang.docx"))
    attached = next(p for p in doc.paragraphs if p.text.startswith("(Kèm theo"))
    attached.insert_paragraph_before("Ký thay: {{ signer.name }}")
    doc.save(str(template))
    config = load_config(write_config(tmp_path, template=template))
    texts = document_texts(build_report(config, Period(2024, 3), tmp_path / "r.docx").output)
    assert "Ký thay: Nguyễn Văn Phương" in texts
    assert len(Document(str(tmp_path / "r.docx")).sections) == 2


def test_attached_line_with_number_and_date(workspace: Path) -> None:
    """With so_van_ban and ngay_ky, the Kèm theo line reads "số 65/BC-SCT ngày 05/3/2024"."""
    book = workspace / "data" / "2024-03.xlsx"
    edit_workbook(book, "ThongTin", "so_van_ban", "Giá trị", 65)
    edit_workbook(book, "ThongTin", "ngay_ky", "Giá trị", dt.datetime(2024, 3, 5))
    out = build_report(load_config(None), Period(2024, 3)).output
    assert appendix_paragraphs(out)[1] == (
        "(Kèm theo Báo cáo số 65/BC-SCT ngày 05/3/2024 của Sở Công Thương tỉnh Bắc Giang)"
    )


def test_issuing_body_in_text(tmp_path: Path) -> None:
    """issuing_body_in_text is used as written; unset, issuing_body's words are capitalised."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    decomposed = text.replace(
        'issuing_body = "SỞ CÔNG THƯƠNG"', 'issuing_body = "SO\u031b\u0309 CÔNG THU\u031bO\u031bNG"'
    )
    path.write_text(decomposed, encoding="utf-8")
    assert load_config(path).organization.issuing_body_in_text == "Sở Công Thương"
    path.write_text(
        text.replace(
            'issuing_body = "SỞ CÔNG THƯƠNG"',
            'issuing_body = "SỞ KẾ HOẠCH VÀ ĐẦU TƯ"\n'
            'issuing_body_in_text = "Sở Kế hoạch và Đầu tư"',
        ),
        encoding="utf-8",
    )
    assert load_config(path).organization.issuing_body_in_text == "Sở Kế hoạch và Đầu tư"


# The chart: its caption and note in the template, its font, resolution and size.


def render_with_chart(
    workspace: Path, missing: tuple[tuple[int, int], ...], name: str = "Chỉ tiêu A"
) -> Any:
    """The sample month rendered with a stand-in chart of 2/2024–3/2024 lacking ``missing``."""
    config = load_config(None)
    checked = check_inputs(config, Period(2024, 3))
    assert checked.context is not None
    chart = TrendChart(tiny_png(), 100.0, name, "tấn", ((2024, 2), (2024, 3)), missing)
    context = dataclasses.replace(checked.context, chart=chart_view(chart))
    return render_document(checked.template, context).docx


def chart_paragraphs(document: Any) -> list[Paragraph]:
    """The body paragraphs from the one holding the chart's picture on."""
    paragraphs = document.paragraphs
    start = next(
        i for i, p in enumerate(paragraphs) if p._p.find(f".//{qn('wp:inline')}") is not None
    )
    return list(paragraphs[start:])


def test_chart_caption_and_no_gap_note_when_every_month_is_known(workspace: Path) -> None:
    """The picture keeps with its numbered caption; with no month missing there is no note."""
    picture, caption, *rest = chart_paragraphs(render_with_chart(workspace, ()))
    assert (
        caption.text
        == "Biểu đồ 1. Chỉ tiêu A theo tháng, từ tháng 2/2024 đến tháng 3/2024 (đơn vị: tấn)"
    )
    assert [r.bold for r in caption.runs] == [True, None]
    assert picture.paragraph_format.keep_with_next is True
    assert caption.paragraph_format.keep_with_next is True
    assert [p.text for p in rest] == []


def test_chart_caption_begins_with_a_capital(workspace: Path) -> None:
    """The indicator's name, typed as it reads mid-sentence ("giá trị sản xuất công
    nghiệp"), begins the caption's title after "Biểu đồ 1." with a capital, as the appendix's
    row of it does: the caption read "Biểu đồ 1. giá trị sản xuất công nghiệp theo tháng"."""
    _, caption, *_ = chart_paragraphs(
        render_with_chart(workspace, (), "giá trị sản xuất công nghiệp")
    )
    assert caption.text == (
        "Biểu đồ 1. Giá trị sản xuất công nghiệp theo tháng, từ tháng 2/2024 đến tháng "
        "3/2024 (đơn vị: tấn)"
    )


def test_chart_gap_note_when_a_month_is_missing(workspace: Path) -> None:
    """A month without a figure adds the note saying why a column is missing."""
    _, caption, *rest = chart_paragraphs(render_with_chart(workspace, ((2024, 2),)))
    assert caption.text.startswith("Biểu đồ 1. Chỉ tiêu A theo tháng")
    assert [p.text for p in rest] == [
        "Ghi chú: Các tháng không có cột là các tháng chưa có số liệu trong các sổ dữ liệu."
    ]


def test_chart_note_on_a_month_in_another_unit(tmp_path: Path) -> None:
    """A month whose workbook writes the figure in another unit has no bar, and the note
    says why: it read "Các tháng không có cột là các tháng chưa có số liệu trong các sổ dữ
    liệu." of January, whose workbook has a figure (in "triệu đồng", with a warning)."""
    data = tmp_path / "data"
    data.mkdir()
    for month, unit, value in ((1, "triệu đồng", 90000), (2, "tấn", 95), (3, "tấn", 100)):
        figure = list(row("x", value))
        figure[2] = unit
        month_book(data, Period(2024, month), {}, [tuple(figure)])
    month_book(data, Period(2024, 4), {}, [row("x", 110, 100, None, 405)])
    config = write_config(tmp_path, template=None)
    with config.open("a", encoding="utf-8") as handle:
        handle.write("\n[appendix]\nchart = true\nchart_months = 4\n")
    result = build_report(load_config(config), Period(2024, 4), tmp_path / "r.docx")
    assert any("theo đơn vị «triệu đồng»" in p.message for p in result.problems)
    _, caption, *rest = chart_paragraphs(Document(str(tmp_path / "r.docx")))
    assert caption.text.endswith("từ tháng 1/2024 đến tháng 4/2024 (đơn vị: tấn)")
    assert [p.text for p in rest] == [
        "Ghi chú: Tháng 1/2024 không có cột vì số liệu của tháng trong sổ ghi theo đơn vị "
        "khác, hoặc không phải là số."
    ]


def test_chart_alone_prints_the_picture(tmp_path: Path) -> None:
    """A template with only {{ chart }} (written before the caption existed) gets the picture."""
    template = one_paragraph_template(tmp_path, "{{ chart }}", "old.docx")
    chart = TrendChart(tiny_png(), 100.0, "Chỉ tiêu A", "tấn", ((2024, 3),), ())
    context = dataclasses.replace(sample_context(), chart=chart_view(chart))
    body = render_document(template, context).docx.element.body
    assert len(body.findall(f".//{qn('wp:inline')}")) == 1
    assert "ChartView" not in "".join(body.itertext())


def series(values: list[int | None]) -> list[SeriesRow]:
    """Monthly rows from 1/2024 on with these values (None: no figure)."""
    from decimal import Decimal

    return [
        SeriesRow((2024, m), None if v is None else Decimal(v), None, None, None)
        for m, v in enumerate(values, start=1)
    ]


def test_chart_text_in_times_new_roman_or_its_stand_in() -> None:
    """Every text of the chart is in the first installed of Times New Roman and its stand-ins."""
    pytest.importorskip("matplotlib")
    from matplotlib import font_manager
    from matplotlib.text import Text

    from baocao.chart import FONTS, draw_chart, font_family

    figure = draw_chart(series([42200, None, 57359]), 0, 252.0)
    texts = [t for t in figure.findobj(Text) if t.get_text()]
    assert {"1/2024", "2/2024", "3/2024", "42.200", "57.359", "25.000"} <= {
        t.get_text() for t in texts
    }
    files = {font_manager.findfont(t.get_fontproperties()) for t in texts}
    assert {font_manager.get_font(f).family_name for f in files} == {font_family()[0]}
    assert font_family()[0] in FONTS


@pytest.mark.parametrize(
    ("months", "value", "upright"),
    [(13, 52716, (0, 0)), (13, 123456789012, (0, 90)), (60, 52716, (90, 90))],
    ids=["sample", "twelve-digits", "sixty-months"],
)
def test_chart_labels_never_overlap(months: int, value: int, upright: tuple[int, int]) -> None:
    """Figures of 12 digits over 13 months, or 60 months (chart_months' top), printed
    "123.456.789.0123.456.789.012" and month over month: each label wider than its month's
    slot now stands upright, inside the picture, over its bar."""
    pytest.importorskip("matplotlib")
    from decimal import Decimal

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from baocao.chart import draw_chart

    rows, period = [], Period(2024, 12)
    for i in range(months):
        rows.append(SeriesRow(period, Decimal(value + i), None, None, None))
        period = period.previous()
    figure = draw_chart(rows[::-1], 0, 252.0)
    renderer = FigureCanvasAgg(figure).get_renderer()
    axes = figure.axes[0]
    frame, picture = axes.get_window_extent(renderer), figure.bbox
    for texts, turned in zip((axes.get_xticklabels(), axes.texts), upright, strict=True):
        assert len(texts) == months
        assert {t.get_rotation() for t in texts} == {turned}
        boxes = [t.get_window_extent(renderer) for t in texts]
        assert all(a.x1 < b.x0 for a, b in itertools.pairwise(boxes))
        assert all(b.x0 >= 0 and b.x1 <= picture.x1 and b.y0 >= 0 for b in boxes)
    assert all(t.get_window_extent(renderer).y1 <= frame.y1 for t in axes.texts)
    assert axes.texts[0].get_text() == f"{value + months - 1:,}".replace(",", ".")


def test_chart_draws_a_negative_figure_under_the_zero_line() -> None:
    """A negative month (a trade balance) was cut off by an axis starting at 0: its place
    stood empty, like a month without a figure, yet without the note saying so."""
    pytest.importorskip("matplotlib")
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from baocao.chart import draw_chart

    figure = draw_chart(series([120, -35, 80]), 0, 252.0)
    renderer = FigureCanvasAgg(figure).get_renderer()
    axes = figure.axes[0]
    low, high = axes.get_ylim()
    assert low < -35 and high > 120
    frame = axes.get_window_extent(renderer)
    negative = next(t for t in axes.texts if t.get_text() == "-35")
    box, bar = negative.get_window_extent(renderer), axes.patches[1].get_window_extent(renderer)
    assert frame.y0 <= box.y0 and box.y1 <= bar.y0


def test_chart_of_an_indicator_without_any_month_figure_is_an_empty_axis() -> None:
    """A year's report typed as its totals alone (`Lũy kế`, no `Tháng báo cáo` in any
    workbook): `build --chart` stopped with a traceback ("TypeError: 'float' object is not
    iterable") instead of drawing the months without a bar, as the caption's note says."""
    pytest.importorskip("matplotlib")
    from baocao.chart import draw_chart

    figure = draw_chart(series([None, None, None]), 1, 252.0)
    axes = figure.axes[0]
    assert (len(axes.patches), len(axes.texts)) == (0, 0)
    assert [t.get_text() for t in axes.get_xticklabels()] == ["1/2024", "2/2024", "3/2024"]
    assert axes.get_ylim() == (0, 1)


@pytest.mark.parametrize(
    ("values", "decimals", "ticks"),
    [(["0.3", "0.8", "1.2"], 1, ["0", "0,5", "1"]), (["1", "2", "1"], 0, ["0", "1", "2"])],
)
def test_chart_axis_ticks_are_written_as_they_are(
    values: list[str], decimals: int, ticks: list[str]
) -> None:
    """Ticks at 0, 0,5, 1 and 1,5 were written "0", "1", "1", "2" (every tick rounded to
    a whole number): two ticks said 1, the axis misread the bars."""
    pytest.importorskip("matplotlib")
    from decimal import Decimal

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from baocao.chart import draw_chart

    rows = [
        SeriesRow(Period(2024, m), Decimal(v), None, None, None) for m, v in enumerate(values, 1)
    ]
    figure = draw_chart(rows, decimals, 252.0)
    FigureCanvasAgg(figure).draw()
    axes = figure.axes[0]
    top = axes.get_ylim()[1]
    shown = [t.get_text() for t in axes.get_yticklabels() if t.get_position()[1] <= top]
    assert shown == ticks


def test_chart_without_any_of_its_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    """With none of the fonts installed the chart falls back to matplotlib's serif, no error."""
    pytest.importorskip("matplotlib")
    import baocao.chart

    monkeypatch.setattr(baocao.chart, "FONTS", ("No Such Font",))
    assert baocao.chart.font_family() == ["serif"]
    png = baocao.chart.render_chart(series([1, 2]), 0, 100.0, 40.0)
    assert struct.unpack(">II", dict(png_chunks(png))["IHDR"][:8]) == (1181, 472)


def test_chart_is_reproducible() -> None:
    """The same series gives the same PNG bytes: nothing of the time or machine written."""
    pytest.importorskip("matplotlib")
    from baocao.chart import render_chart

    rows = series([42200, None, 57359, 43438])
    first = render_chart(rows, 0, 252.0)
    assert render_chart(rows, 0, 252.0) == first
    assert {kind for kind, _ in png_chunks(first)} == {"IHDR", "pHYs", "IDAT", "IEND"}


def test_chart_pixels_are_those_matplotlib_saves() -> None:
    """The chart is taken from matplotlib's canvas, not from a PNG it wrote: its pixels are
    those of matplotlib's own PNG (``savefig``), made opaque."""
    pytest.importorskip("matplotlib")
    import io

    from PIL import Image

    from baocao.chart import DPI, chart_style, draw_chart, render_chart

    rows = series([42200, None, 57359, 43438])
    saved = io.BytesIO()
    with chart_style():
        draw_chart(rows, 0, 252.0).savefig(saved, format="png", dpi=DPI)
    expected = Image.open(saved).convert("RGB")
    ours = Image.open(io.BytesIO(render_chart(rows, 0, 252.0)))
    assert (ours.mode, ours.size) == ("RGB", expected.size)
    assert ours.tobytes() == expected.tobytes()


def test_text_width_follows_the_layout_margins() -> None:
    """The chart's width is the appendix page's text width with the configured margins."""
    template = ROOT / "templates" / "bao_cao_thang.docx"
    # 297 mm less the margins, in whole twips as the document stores them
    assert text_width_mm(template) == (16838 - 1701 - 850) * 635 / 36000
    layout = Layout(margin_left_mm=35, margin_right_mm=20)
    assert text_width_mm(template, layout) == (16838 - 1984 - 1134) * 635 / 36000


# The rendered pages (LibreOffice): headers in two lines at most, the chart with its caption.

HEADER_CELLS = [  # (text, first column, last column); the groups sit over their two columns
    ("Chỉ tiêu", 0, 0),
    ("Đơn vị", 1, 1),
    ("Thực hiện tháng trước", 2, 2),
    ("Ước tháng báo cáo", 3, 3),
    ("Cùng kỳ", 4, 4),
    ("Lũy kế", 5, 5),
    ("Tháng báo cáo so với (%)", 6, 7),
    ("Tháng trước", 6, 6),
    ("Cùng kỳ", 7, 7),
    ("Lũy kế so với (%)", 8, 9),
    ("Cùng kỳ", 8, 8),
    ("Kế hoạch năm", 9, 9),
]
WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>'
)


def header_lines(pdf: Path, page: int, docx: Path) -> list[tuple[str, int]]:
    """Each header cell of the appendix table with the number of lines it takes on ``page``.

    Columns are placed from the table grid and the left margin; the header is what lies
    between the Kèm theo line and the first row's first word; in a group's two columns the
    group's words are the topmost ones.
    """
    doc = Document(str(docx))
    grid = doc.tables[-1]._tbl.tblGrid.findall(qn("w:gridCol"))
    edges = [doc.sections[-1].left_margin.pt]
    for col in grid:
        edges.append(edges[-1] + int(col.get(qn("w:w"))) / 20)
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = [(float(x0), float(y0), float(x1), w) for x0, y0, x1, w in WORD.findall(xml)]
    top = next(y for _, y, _, w in words if w == "(Kèm") + 1
    bottom = next(y for _, y, _, w in words if w == "Giá")
    band = sorted((y, x0, x1, w) for x0, y, x1, w in words if top < y < bottom)
    taken: set[int] = set()
    out = []
    for text, first, last in HEADER_CELLS:
        inside = [
            i
            for i, (_, x0, x1, _) in enumerate(band)
            if i not in taken and edges[first] <= (x0 + x1) / 2 <= edges[last + 1]
        ][: len(text.split())]
        taken.update(inside)
        assert " ".join(band[i][3] for i in sorted(inside, key=lambda i: band[i][:2])) == text
        out.append((text, len({round(band[i][0]) for i in inside})))
    return out


@pytest.mark.libreoffice
@pytest.mark.skipif(
    not all(shutil.which(c) for c in ("soffice", "pdftotext", "pdfimages")),
    reason="LibreOffice (soffice) or poppler (pdftotext, pdfimages) is not installed",
)
def test_rendered_appendix_pages(workspace: Path) -> None:
    """In the PDF headers take two lines at most; the chart opens the next page with its caption."""
    pytest.importorskip("matplotlib")
    # 90 mm of chart and its caption do not fit in the room the sample's 18 rows leave.
    result = build_report(load_config(None), Period(2024, 3), pdf=True, chart=True)
    assert result.pdf is not None
    pages = subprocess.run(
        ["pdftotext", "-layout", str(result.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")[:-1]
    table_page = next(i for i, p in enumerate(pages, start=1) if "PHỤ LỤC" in p)
    assert header_lines(result.pdf, table_page, result.output) == [
        ("Chỉ tiêu", 1),
        ("Đơn vị", 1),
        ("Thực hiện tháng trước", 2),
        ("Ước tháng báo cáo", 2),
        ("Cùng kỳ", 1),
        ("Lũy kế", 1),
        ("Tháng báo cáo so với (%)", 2),
        ("Tháng trước", 2),
        ("Cùng kỳ", 1),
        ("Lũy kế so với (%)", 1),
        ("Cùng kỳ", 1),
        ("Kế hoạch năm", 2),
    ]
    listing = subprocess.run(
        ["pdfimages", "-list", str(result.pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert [int(line.split()[0]) for line in listing] == [table_page + 1]
    assert [i for i, p in enumerate(pages, start=1) if "Biểu đồ 1." in p] == [table_page + 1]
    assert len(pages) == table_page + 1


@pytest.mark.skipif(
    not all(shutil.which(c) for c in ("soffice", "pdftotext")),
    reason="LibreOffice (soffice) or poppler (pdftotext) is not installed",
)
def test_large_figures_stay_on_one_line(tmp_path: Path) -> None:
    """A figure of eleven characters and a two-decimal index keep to one line of their cells."""
    example = ROOT / "data" / "examples" / "hoa-phong"
    shutil.copytree(example, tmp_path / "hp")
    book = tmp_path / "hp" / "data" / "2024-06.xlsx"
    edit_workbook(book, "ChiTieu", "tmdv", "Lũy kế", 1139300.5)
    edit_workbook(book, "ChiTieu", "tmdv", "Lũy kế cùng kỳ", 1022310.2)
    result = build_report(load_config(tmp_path / "hp" / "baocao.toml"), Period(2024, 6), pdf=True)
    assert result.pdf is not None
    last = subprocess.run(
        ["pdftotext", "-layout", str(result.pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("\f")[-2]
    row = next(line for line in last.splitlines() if "Tổng mức bán lẻ" in line)
    assert row.split()[-7:] == [
        "4.215,8",
        "3.790,4",
        "1.139.300,5",
        "102,76",
        "111,22",
        "111,44",
        "2.190,96",
    ]


def _appendix_rows(folder: Path, period: Period) -> list[list[str]]:
    """Build with the default template; the appendix table's rows as texts."""
    config = load_config(write_config(folder, template=None))
    out = build_report(config, period, folder / "r.docx").output
    return [[c.text for c in r.cells] for r in appendix_table(out).rows]  # type: ignore[attr-defined]


def test_a_quarterly_appendix_holds_the_quarter_and_names_its_periods(tmp_path: Path) -> None:
    """A quarterly report's appendix has the quarter's total and its index on last year's
    quarter, as the body leads with them ("quý II/2024 ước đạt 330 tấn; tăng 22,2% so với
    cùng kỳ"): its columns were the previous month and June, titled as a monthly report's."""
    data = tmp_path / "data"
    data.mkdir()
    for month, value, same in ((4, 100, 80), (5, 120, 100)):
        month_book(data, Period(2024, month), {}, [row("x", value, None, same)])
    month_book(
        data,
        Period(2024, 6),
        {"ky_bao_cao": "quý"},
        [row("x", 110, 120, 90, 630, 500, 1200)],
        [("iip", "Toàn ngành", 97, 112, 105, None, None, None)],
    )
    rows = _appendix_rows(tmp_path, Period(2024, 6))
    assert rows[0][2:] == [
        f"Ước quý{NBSP}II",
        f"Ước tháng{NBSP}6",
        f"Cùng kỳ tháng{NBSP}6",
        f"Lũy kế 6{NBSP}tháng",
        f"So với cùng{NBSP}kỳ (%)",
        f"So với cùng{NBSP}kỳ (%)",
        f"Lũy kế 6{NBSP}tháng so{NBSP}với (%)",
        f"Lũy kế 6{NBSP}tháng so{NBSP}với (%)",
    ]
    assert rows[1][6:] == ["Quý II", "Tháng 6", "Cùng kỳ", "Kế hoạch năm"]
    assert rows[2:] == [
        ["Chỉ tiêu x", "tấn", "330", "110", "90", "630", "122,2", "122,2", "126,0", "52,5"],
        ["Toàn ngành", "%", "", "", "", "", "", "97,00", "112,00", ""],
    ]


def test_an_annual_appendix_names_its_periods(tmp_path: Path) -> None:
    """An annual report's columns say December and the whole year: it showed December
    under "Ước tháng báo cáo" and the year under "Lũy kế"."""
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, Period(2024, 12), {"ky_bao_cao": "năm"}, [row("x", 110, 100, 88, 1200, 1000)])
    rows = _appendix_rows(tmp_path, Period(2024, 12))
    assert rows[0][2:] == [
        f"Thực hiện tháng{NBSP}11",
        f"Ước tháng{NBSP}12",
        f"Cùng kỳ tháng{NBSP}12",
        "Cả năm",
        f"Tháng 12 so{NBSP}với (%)",
        f"Tháng 12 so{NBSP}với (%)",
        f"Cả năm so{NBSP}với (%)",
        f"Cả năm so{NBSP}với (%)",
    ]
    assert rows[1][6:] == ["Tháng trước", "Cùng kỳ", "Cùng kỳ", "Kế hoạch năm"]
    figures = ["100", "110", "88", "1.200", "110,0", "125,0", "120,0", ""]
    assert rows[2] == ["Chỉ tiêu x", "tấn", *figures]


def test_a_quarterly_note_says_a_prices_year_to_date_is_no_sum(tmp_path: Path) -> None:
    """A price's "Lũy kế 6 tháng" is its average ("tính chung" in the body), not a sum of
    its months, and it has no quarter's total: the note under a report of several months
    says so (the column read as the six months added up)."""
    (tmp_path / "data").mkdir()
    price = list(row("gia", 2000, 1900, 1800, 1950, 1850))
    price[2] = "đồng/kWh"
    month_book(tmp_path / "data", Period(2024, 6), {"ky_bao_cao": "quý"}, [tuple(price)])
    config = load_config(write_config(tmp_path, template=None))
    out = build_report(config, Period(2024, 6), tmp_path / "r.docx").output
    rows = appendix_table(out).rows[2:]  # type: ignore[attr-defined]
    assert [c.text for c in rows[0].cells][2:7] == ["", "2.000", "1.800", "1.950", ""]
    assert appendix_paragraphs(out)[2] == (
        "Ghi chú: Các cột so với cùng kỳ là chỉ số phát triển (kỳ so sánh = 100): 121,4 nghĩa "
        "là tăng 21,4%, 96,5 nghĩa là giảm 3,5%; cột so với kế hoạch năm là tỷ lệ (%) lũy kế "
        "đạt được so với kế hoạch năm: 23,1 nghĩa là đạt 23,1% kế hoạch năm. Ô trống: chưa "
        f"có số liệu. Với chỉ tiêu tính bằng tỷ lệ (%) hoặc giá, cột «Lũy kế 6{NBSP}tháng» là "
        "số tính chung (tỷ lệ hoặc giá bình quân của cả kỳ), không phải tổng các tháng, và "
        f"cột «Ước quý{NBSP}II» để trống."
    )


def test_a_first_quarters_rate_has_no_quarter_column(tmp_path: Path) -> None:
    """The first quarter's total is the year-to-date; a rate's (the rate so far) was
    printed under "Ước quý I" with its index ("8,0", "125,0"), while the note under the
    table says that column is blank for a rate or a price."""
    (tmp_path / "data").mkdir()
    rate = list(row("tl", 8.3, 8.0, 6.4, 8.0, 6.4, decimals=1))
    rate[2] = "%"
    month_book(tmp_path / "data", Period(2025, 3), {"ky_bao_cao": "quý"}, [tuple(rate)])
    config = load_config(write_config(tmp_path, template=None))
    out = build_report(config, Period(2025, 3), tmp_path / "r.docx").output
    cells = [c.text for c in appendix_table(out).rows[2].cells]  # type: ignore[attr-defined]
    assert cells[2:] == ["", "8,3", "6,4", "8,0", "", "129,7", "125,0", ""]
    assert appendix_paragraphs(out)[2].endswith(
        f"không phải tổng các tháng, và cột «Ước quý{NBSP}I» để trống."
    )


def test_a_first_quarters_index_fills_the_quarter_column(tmp_path: Path) -> None:
    """The first quarter is the year to date: the body leads with its index ("Chỉ số sản
    xuất công nghiệp quý I/2023 … ước giảm 1,09%"), which the IIP rows left blank under
    "Quý I" (read as not known, by the note), beside a ChiTieu row's 123,84 there."""
    data = tmp_path / "data"
    data.mkdir()
    for month, value, same in ((1, 4850, 3900), (2, 4563, 3700)):
        month_book(data, Period(2023, month), {}, [row("x", value, None, same)])
    month_book(
        data,
        Period(2023, 3),
        {"ky_bao_cao": "Quý I/2023"},
        [row("x", 4800, 4563, 3877, pct=2)],
        [
            ("iip", "Toàn ngành", 97.8, 98.91, None, 103.5, None, None),
            ("iip.dien", "ngành điện", None, 108.61, None, None, None, None),
        ],
    )
    rows = _appendix_rows(tmp_path, Period(2023, 3))
    x = ["14.213", "4.800", "3.877", "14.213", "123,84", "123,81", "123,84", ""]
    assert rows[2:] == [
        ["Chỉ tiêu x", "tấn", *x],
        ["Toàn ngành", "%", "", "", "", "", "98,91", "97,80", "98,91", ""],
        ["Ngành điện", "%", "", "", "", "", "108,61", "", "108,61", ""],
    ]


def test_a_december_monthly_appendix_titles_the_whole_year(tmp_path: Path) -> None:
    """December's monthly report says the year as "cả năm 2024" in its body: its appendix's
    year-to-date column and index group say "Cả năm" (they said "Lũy kế")."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", Period(2024, 12), {}, [row("x", 110, 100, 88, 1200, 1000)])
    rows = _appendix_rows(tmp_path, Period(2024, 12))
    assert rows[0][2:] == [
        "Thực hiện tháng trước",
        "Ước tháng báo cáo",
        "Cùng kỳ",
        "Cả năm",
        f"Tháng báo cáo so{NBSP}với (%)",
        f"Tháng báo cáo so{NBSP}với (%)",
        f"Cả năm so{NBSP}với (%)",
        f"Cả năm so{NBSP}với (%)",
    ]
    assert rows[1][6:] == ["Tháng trước", "Cùng kỳ", "Cùng kỳ", "Kế hoạch năm"]
    figures = ["100", "110", "88", "1.200", "110,0", "125,0", "120,0", ""]
    assert rows[2] == ["Chỉ tiêu x", "tấn", *figures]


def test_januarys_iip_year_to_date_index_is_the_months(tmp_path: Path) -> None:
    """In January the year-to-date is the month: the ChiTieu rows' "Lũy kế so với cùng kỳ"
    showed the month's index, the IIP rows' a blank cell ("chưa có số liệu", the note says)
    when their year-to-date index was left blank, as the contract allows in January. A typed
    one is kept (``check`` warns when it is not the month's). The other way round (province17,
    Bắc Ninh tháng 1/2023), the month's index left blank beside a typed year-to-date's, which
    the body prints as the month's ("tháng 1/2023 … ước giảm 2,50% so với cùng kỳ"), was a
    blank "Tháng báo cáo so với cùng kỳ": it is the year-to-date's."""
    (tmp_path / "data").mkdir()
    iip = [
        ("iip", "Toàn ngành", 104.35, None, None, 94.6, None, None),
        ("iip.a", "ngành khai khoáng", 101.2, 101.3, None, 99, None, None),
        ("iip.b", "ngành chế biến", None, 97.5, None, 98, None, None),
    ]
    month_book(tmp_path / "data", Period(2026, 1), {}, [row("x", 110, 100, 88)], iip)
    rows = _appendix_rows(tmp_path, Period(2026, 1))
    assert rows[2] == [
        "Chỉ tiêu x",
        "tấn",
        "100",
        "110",
        "88",
        "110",
        "110,0",
        "125,0",
        "125,0",
        "",
    ]
    assert rows[3] == ["Toàn ngành", "%", "", "", "", "", "94,60", "104,35", "104,35", ""]
    assert rows[4] == ["Ngành khai khoáng", "%", "", "", "", "", "99,00", "101,20", "101,30", ""]
    assert rows[5] == ["Ngành chế biến", "%", "", "", "", "", "98,00", "97,50", "97,50", ""]


AVERAGED = (
    " Với chỉ tiêu tính bằng tỷ lệ (%) hoặc giá, cột «{}» là số tính chung (tỷ lệ hoặc giá "
    "bình quân {}), không phải tổng các tháng."
)


@pytest.mark.parametrize(
    ("month", "unit", "note"),
    [
        (5, "đồng/kWh", TABLE_NOTE + AVERAGED.format("Lũy kế", "từ đầu năm")),
        (12, "%", TABLE_NOTE + RATE_NOTE + AVERAGED.format("Cả năm", "của cả năm")),
        (1, "đồng/kWh", TABLE_NOTE),  # January's year-to-date is the month itself
        (
            5,
            "xe/ngày",
            TABLE_NOTE + " Với chỉ tiêu tính bằng tỷ lệ (%), giá hoặc số bình quân theo thời "
            "gian (xe/ngày), cột «Lũy kế» là số tính chung (tỷ lệ, giá bình quân hoặc số bình "
            "quân theo thời gian từ đầu năm), không phải tổng các tháng.",
        ),
    ],
)
def test_a_monthly_note_says_a_prices_year_to_date_is_no_sum(
    tmp_path: Path, month: int, unit: str, note: str
) -> None:
    """A price's or a rate's "Lũy kế" in a monthly report is its average or its rate so far
    ("tính chung" in the body), not its months added up: the note says so, as a report of
    several months' does (it said nothing, and the column read as a sum). An amount per
    day's ("xe/ngày") was called "tỷ lệ hoặc giá": it is named so, with its unit."""
    (tmp_path / "data").mkdir()
    # January's year-to-dates are its months (else an error): 1.950 and 1.850 there.
    months = (2000, 1800) if month > 1 else (1950, 1850)
    price = list(row("gia", months[0], 1900, months[1], 1950, 1850))
    price[2] = unit
    month_book(tmp_path / "data", Period(2024, month), {}, [tuple(price)])
    config = load_config(write_config(tmp_path, template=None))
    out = build_report(config, Period(2024, month), tmp_path / "r.docx").output
    assert [c.text for c in appendix_table(out).rows[2].cells][5] == "1.950"  # type: ignore[attr-defined]
    assert appendix_paragraphs(out)[2] == note


def test_a_figure_set_small_by_its_style_is_never_set_larger() -> None:
    """A figure whose paragraph style sets it at 8 pt (an office's own table style), under
    a Normal of 14 pt, was "fitted" to 13,5 pt, larger than its neighbours, since only the
    run's own size and Normal's were seen; the style's size is the one compared."""
    doc = blank_document()
    doc.styles["Normal"].font.size = Pt(14)
    small = doc.styles.add_style("SoLieu", WD_STYLE_TYPE.PARAGRAPH)
    small.base_style = doc.styles["Normal"]
    small.font.size = Pt(8)
    table = doc.add_table(rows=1, cols=2)
    for col in table._tbl.tblGrid.findall(qn("w:gridCol")):
        col.set(qn("w:w"), "2000")
    wide, fitting = table.rows[0].cells
    wide.paragraphs[0].add_run("1.822.512.345").font.size = None
    wide.paragraphs[0].style = small
    fitting.paragraphs[0].add_run("1.822.512.345").font.size = Pt(14)
    fit_figures(doc)
    assert [r.font.size for r in wide.paragraphs[0].runs] == [None]
    assert [r.font.size.pt for r in fitting.paragraphs[0].runs] == [13.5]


def test_a_run_or_paragraph_naming_no_style_has_its_size_without_the_styles_part() -> None:
    """A run or paragraph that names no style (most of a report's) is given no style's size
    without python-docx's styles part, which was found through the relationships for each
    one: a tenth of fitting the figures, and of measuring the header's lines."""

    class NoStyles:
        @property
        def styles(self) -> Any:
            raise AssertionError("the styles part was looked up")

    unnamed = parse_xml(f"<w:rStyle {nsdecls('w')}/>")
    assert [style_size(NoStyles(), ref) for ref in (None, unnamed)] == [0, 0]


def test_a_figure_is_compared_at_the_size_word_shows_it() -> None:
    """Under a Normal that sets no size, a figure is shown at the table style's size, else
    at the document's default (docDefaults, Word's "Set As Default"); 11 pt was assumed.
    At a default of 14 pt a figure too wide for its cell at 14 pt but not at 11 pt was
    left to wrap; one set at 8 pt by its table style was "fitted" to 10 pt, larger."""
    doc = blank_document()
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}").set(qn("w:val"), "28")
    small = doc.styles.add_style("BangNho", WD_STYLE_TYPE.TABLE)
    small.font.size = Pt(8)
    cells = []
    for width, style in ((1290, None), (1110, small)):
        table = doc.add_table(rows=1, cols=1)
        table.style = style
        table._tbl.tblGrid.find(qn("w:gridCol")).set(qn("w:w"), str(width))
        table.rows[0].cells[0].paragraphs[0].add_run("1.234.567")
        cells.append(table.rows[0].cells[0])
    fit_figures(doc)
    sizes = [[r.font.size and r.font.size.pt for r in c.paragraphs[0].runs] for c in cells]
    assert sizes == [[12], [None]]


def test_a_row_that_starts_further_right_keeps_its_columns() -> None:
    """A row that leaves its first grid column empty (w:gridBefore, from Word or
    LibreOffice) was read from the first column: its note's cell was given the first
    column's narrowed width (2 640 twips for 5 000) and its figure was measured in the
    note's 5 000 twips, left at 11 pt to wrap in its 1 000. Its cells now start at the
    column they stand in."""
    doc = blank_document()  # a text width of 8 640 twips
    table = doc.add_table(rows=2, cols=3)
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for col, width in zip(grid, (4000, 5000, 1000), strict=True):
        col.set(qn("w:w"), str(width))
    for cell, width in zip(table.rows[1].cells, (4000, 5000, 1000), strict=True):
        cell.width = width * 635
    short = table.rows[0]._tr
    short.remove(short.tc_lst[0])
    short.get_or_add_trPr().append(short.makeelement(qn("w:gridBefore"), {qn("w:val"): "1"}))
    for tc, text, width in zip(short.tc_lst, ("Ghi chú", "1.234.567"), (5000, 1000), strict=True):
        tc.width = width * 635
        Paragraph(tc.p_lst[0], None).add_run(text)
    narrow_tables(doc)
    fit_figures(doc)
    assert [int(tc.tcPr.tcW.w) for tc in short.tc_lst] == [5000, 1000]
    assert [int(c._tc.tcPr.tcW.w) for c in table.rows[1].cells] == [2640, 5000, 1000]
    figure = Paragraph(short.tc_lst[1].p_lst[0], None).runs[0]
    assert figure.font.size.pt == 8.5


def test_a_cell_beyond_a_short_grid_keeps_its_width() -> None:
    """A table whose grid has fewer columns than its rows have cells (from other tools)
    had the cell beyond the grid given no width at all (tcW 0) when it was narrowed."""
    doc = blank_document()  # a text width of 8 640 twips
    table = doc.add_table(rows=1, cols=3)
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    table._tbl.tblGrid.remove(grid[2])
    for col, width in zip(grid[:2], (8000, 3000), strict=True):
        col.set(qn("w:w"), str(width))
    for cell, width in zip(table.rows[0].cells, (8000, 3000, 2000), strict=True):
        cell.width = width * 635
    narrow_tables(doc)
    assert [int(c._tc.tcPr.tcW.w) for c in table.rows[0].cells] == [5640, 3000, 2000]


def test_a_figure_in_times_new_roman_however_spelled_is_measured_in_it() -> None:
    """A figure whose run names "times new roman" (as other tools write it), or whose font
    only the document's defaults name, was measured in Arial's wider digits: "1.234.567"
    at 11 pt, 44 pt wide in Times New Roman, fits its 46 pt but was set at 10 pt."""
    doc = blank_document()
    fonts = doc.styles.element.find(qn("w:docDefaults")).find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    fonts = fonts.find(qn("w:rFonts"))
    runs = []
    for name in ("times new roman", None):
        table = doc.add_table(rows=1, cols=1)
        table._tbl.tblGrid.find(qn("w:gridCol")).set(qn("w:w"), "1136")
        runs.append(table.rows[0].cells[0].paragraphs[0].add_run("1.234.567"))
        runs[-1].font.name = name
    fonts.set(qn("w:ascii"), "Times New Roman")
    fit_figures(doc)
    assert [r.font.size for r in runs] == [None, None]


def test_a_table_nested_in_a_narrowed_cell_is_narrowed_with_it() -> None:
    """A table nested in the first cell of a table narrowed to the text kept its width
    (4 000 twips in a cell narrowed to 2 640) and stood over the next cell; it is now
    narrowed to the cell's text (2 640 less its margins of 108 on each side: 2 424)."""
    doc = blank_document()  # a text width of 8 640 twips
    table = doc.add_table(rows=1, cols=3)
    grid = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for col, width in zip(grid, (4000, 5000, 1000), strict=True):
        col.set(qn("w:w"), str(width))
    inner = table.rows[0].cells[0].add_table(rows=1, cols=2)
    for col in inner._tbl.tblGrid.findall(qn("w:gridCol")):
        col.set(qn("w:w"), "2000")
    narrow_tables(doc)
    widths = [int(c.get(qn("w:w"))) for c in inner._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert widths == [808, 1616]


def test_a_figure_over_an_empty_paragraph_is_set_smaller_not_wrapped() -> None:
    """A cell holding its figure and, under it, an empty paragraph (as Word leaves one
    after a paste) was passed over as a cell of two paragraphs: "1.234.567", 48,9 pt at
    11 pt in a room of 44,5 pt, was left to wrap. It is set at 10 pt as alone."""
    doc = blank_document()
    table = doc.add_table(rows=1, cols=1)
    table._tbl.tblGrid.find(qn("w:gridCol")).set(qn("w:w"), "1106")
    cell = table.rows[0].cells[0]
    figure = cell.paragraphs[0].add_run("1.234.567")
    cell.add_paragraph().add_run("")
    fit_figures(doc)
    assert figure.font.size == Pt(10)
    assert [r.font.size for r in cell.paragraphs[1].runs] == [None]


def test_a_figure_fits_the_cell_margins_its_table_style_sets() -> None:
    """A table style setting cell margins of 5 mm (tblCellMar 284 each side) leaves
    "1.234.567" 37,6 pt of its 1 320-twip cell; measured with Word's default margins
    (55,2 pt) it was left at 11 pt, 48,9 pt wide, to wrap. It is set at 8 pt."""
    doc = blank_document()
    roomy = doc.styles.add_style("BangRong", WD_STYLE_TYPE.TABLE)
    margins = [f'<w:{side} w:w="284" w:type="dxa"/>' for side in ("left", "right")]
    roomy.element.append(
        parse_xml(
            f"<w:tblPr {nsdecls('w')}><w:tblCellMar>{''.join(margins)}</w:tblCellMar></w:tblPr>"
        )
    )
    table = doc.add_table(rows=1, cols=1)
    table.style = roomy
    table._tbl.tblGrid.find(qn("w:gridCol")).set(qn("w:w"), "1320")
    figure = table.rows[0].cells[0].paragraphs[0].add_run("1.234.567")
    fit_figures(doc)
    assert figure.font.size == Pt(8)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("SỞ CÔNG THƯƠNG\\nTỈNH BẮC GIANG", "Sở Công Thương"),
        ("SỞ CÔNG THƯƠNG TỈNH BẮC GIANG", "Sở Công Thương"),
        ("SỞ CÔNG THƯƠNG\\nTỈNH BẮC NINH", "Sở Công Thương Tỉnh Bắc Ninh"),
        # attack14: the province's name without "tỉnh", or after "THÀNH PHỐ"
        ("SỞ CÔNG THƯƠNG BẮC GIANG", "Sở Công Thương"),
        ("SỞ CÔNG THƯƠNG\\nTHÀNH PHỐ BẮC GIANG", "Sở Công Thương"),
        ("SỞ CÔNG THƯƠNG BẮC NINH", "Sở Công Thương Bắc Ninh"),
        ("TỈNH BẮC GIANG", "Tỉnh Bắc Giang"),  # no body's name: kept as typed
    ],
)
def test_issuing_body_with_province_not_repeated(tmp_path: Path, body: str, expected: str) -> None:
    """An issuing body typed with its province on its second line ("SỞ CÔNG THƯƠNG\\nTỈNH
    BẮC GIANG"), or its name alone ("SỞ CÔNG THƯƠNG BẮC GIANG"), gives "Sở Công Thương" in
    the appendix's line, which adds the province itself: not "của Sở Công Thương Tỉnh Bắc
    Giang tỉnh Bắc Giang" (falsealarm17, attack14). Another name is kept."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace('issuing_body = "SỞ CÔNG THƯƠNG"', f'issuing_body = "{body}"'),
        encoding="utf-8",
    )
    assert load_config(path).organization.issuing_body_in_text == expected


def test_matplotlib_says_nothing_of_a_configuration_folder_it_cannot_write(
    tmp_path: Path,
) -> None:
    """office25: with a HOME that cannot be written (a cron job's), `build --chart` put
    matplotlib's English "Matplotlib created a temporary cache directory … set the
    MPLCONFIGDIR …" on stderr, which cron mails. Its logger now says only errors."""
    pytest.importorskip("matplotlib")
    home = tmp_path / "home"
    home.write_text("a file, not a folder", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MPL", "XDG_"))}
    env["HOME"] = str(home)
    code = "from baocao.chart import require_chart_library; require_chart_library()"
    done = python_child(code, cwd=tmp_path, env=env)
    assert (done.returncode, done.stderr) == (0, "")
