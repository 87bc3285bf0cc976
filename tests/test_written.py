"""What the template writes: every indicator with figures in the body, never an unknown
figure printed into a sentence, and the sample template's fallbacks."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.api import build_report, check_inputs
from baocao.cli import app
from baocao.config import load_config
from baocao.period import Period

from helpers import (
    SAMPLE_TEMPLATE,
    document_texts,
    edit_workbook,
    load_workbook,
    write_config,
)

runner = CliRunner()
ARGS = ["--month", "3", "--year", "2024"]


def set_cells(book: Path, sheet: str, values: dict[str, object]) -> None:
    wb = load_workbook(book)
    for ref, value in values.items():
        wb[sheet][ref] = value
    wb.save(book)


def problems(config: Path | None = None) -> list[tuple[str, str, str | None, str]]:
    result = check_inputs(load_config(config), Period(2024, 3))
    return [(p.severity.name, p.sheet or "", p.cell, p.message) for p in result.problems]


def test_row_without_figures_is_said_despite_a_warning_elsewhere(workspace: Path) -> None:
    """A warning at the same cell name on another sheet does not hide the missing figures."""
    book = workspace / "data" / "2024-03.xlsx"
    set_cells(book, "ChiTieu", {"D3": None, "G3": None})
    set_cells(book, "ChiSoSXCN", {"D3": "105,3"})  # a number typed as text: a warning at D3
    errors = [p for p in problems() if p[0] == "ERROR"]
    assert errors == [
        (
            "ERROR",
            "ChiTieu",
            "D3",
            "Cần «Tháng báo cáo» (hoặc ít nhất «Lũy kế») của chỉ tiêu này.",
        )
    ]


UNWRITTEN = (
    "Chỉ tiêu «{code}» có số liệu nhưng mẫu báo cáo không viết chỉ tiêu này vào thân báo cáo "
    "(nhiều nhất chỉ có ở phụ lục). Mẫu mặc định viết mọi chỉ tiêu, mỗi dòng chia nhỏ ngay dưới "
    "dòng mà nó «Thuộc»; một mẫu riêng chỉ viết các mã có trong mẫu. Hãy sửa mẫu báo cáo, hoặc "
    "bỏ dòng này nếu không cần báo cáo."
)


def test_indicator_the_sample_template_does_not_name(workspace: Path) -> None:
    """A row added to the sample workbook is a warning at its code: its template names codes."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiTieu"].append(["than", "Sản lượng than", "nghìn tấn", 120, 110, 100, 330, 300])
    wb.save(book)
    assert [p for p in problems() if p[0] != "INFO"] == [
        ("WARNING", "ChiTieu", "A15", UNWRITTEN.format(code="than"))
    ]
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 1
    assert not (workspace / "out").exists()
    result = runner.invoke(app, ["build", *ARGS])
    assert result.exit_code == 0
    assert f"ChiTieu!A15: {UNWRITTEN.format(code='than')}" in result.stderr


# A big city's chain of Thuộc: a total, its named breakdown, a "Trong đó" list under one of
# its rows, and one under that list's row; another total's row with a named breakdown of
# its own. Rows as test_figures.row writes them: (code, month, previous, same period).
NESTED = [
    ("gtsx", 1000, 950, 900, None, None),
    ("gtsx.kk", 100, 95, 90, "gtsx", "Phân theo ngành"),
    ("gtsx.cbct", 900, 855, 810, "gtsx", "Phân theo ngành"),
    ("gtsx.cbct.co_khi", 300, 290, 280, "gtsx.cbct", "Trong đó"),
    ("gtsx.cbct.co_khi.o_to", 100, 90, 80, "gtsx.cbct.co_khi", "Trong đó"),
    ("gtsx.cbct.dien_tu", 200, 190, 180, "gtsx.cbct", "Trong đó"),
    ("gtsx.dien", 0, 0, 0, "gtsx", "Phân theo ngành"),
    ("ban_le", 500, 480, 450, None, None),
    ("ban_le.hh", 400, 380, 360, "ban_le", None),
    ("ban_le.hh.nn", 100, 100, 100, "ban_le.hh", "Phân theo loại hình"),
    ("ban_le.hh.ngoai", 300, 280, 260, "ban_le.hh", "Phân theo loại hình"),
    ("ban_le.dv", 100, 100, 90, "ban_le", None),
]
CHANGE = ", tăng {} so với tháng trước; tăng {} so với cùng kỳ"


def test_breakdowns_of_breakdowns_are_written_nested(tmp_path: Path) -> None:
    """The default template writes each row's own breakdowns under it, "+ " and "• " rows,
    a list inside a list ending as its parent row does; it wrote one level of breakdown,
    and each deeper row was the warning «… mẫu báo cáo không viết chỉ tiêu này …», so such
    a workbook never passed check --strict."""
    from test_figures import month_book, row

    (tmp_path / "data").mkdir()
    rows = [
        row(code, value, prev, same, 3 * value, parent=parent, group=group)
        for code, value, prev, same, parent, group in NESTED
    ]
    month_book(tmp_path / "data", Period(2024, 3), {}, rows)
    config = write_config(tmp_path, template=None)
    assert [p for p in problems(config) if p[0] != "INFO"] == []
    strict = ["check", *ARGS, "--strict", "--config", str(config)]
    assert runner.invoke(app, strict).exit_code == 0
    texts = document_texts(build_report(load_config(config), Period(2024, 3)).output)
    start = texts.index("* Phân theo ngành:")
    assert texts[start : start + 14] == [
        "* Phân theo ngành:",
        "- Chỉ tiêu gtsx.kk tháng 3 ước đạt 100 tấn" + CHANGE.format("5,3%", "11,1%") + ".",
        "- Chỉ tiêu gtsx.cbct tháng 3 ước đạt 900 tấn" + CHANGE.format("5,3%", "11,1%") + ".",
        "Trong đó:",
        "+ Chỉ tiêu gtsx.cbct.co_khi tháng 3 ước đạt 300 tấn" + CHANGE.format("3,4%", "7,1%") + ";",
        "Trong đó:",
        "• Chỉ tiêu gtsx.cbct.co_khi.o_to tháng 3 ước đạt 100 tấn"
        + CHANGE.format("11,1%", "25,0%")
        + ";",
        "+ Chỉ tiêu gtsx.cbct.dien_tu tháng 3 ước đạt 200 tấn"
        + CHANGE.format("5,3%", "11,1%")
        + ".",
        "- Chỉ tiêu gtsx.dien tháng 3 không phát sinh.",
        "Chỉ tiêu ban_le cộng dồn 03 tháng đầu năm ước đạt 1.500 tấn.",
        "Riêng tháng 3/2024 ước đạt 500 tấn" + CHANGE.format("4,2%", "11,1%") + ".",
        "Trong đó:",
        "Chỉ tiêu ban_le.hh tháng 3 ước đạt 400 tấn" + CHANGE.format("5,3%", "11,1%") + ":",
        "* Phân theo loại hình:",
    ]
    assert texts[start + 14 : start + 17] == [
        "+ Chỉ tiêu ban_le.hh.nn tháng 3 ước đạt 100 tấn, bằng tháng trước; bằng cùng kỳ.",
        "+ Chỉ tiêu ban_le.hh.ngoai tháng 3 ước đạt 300 tấn" + CHANGE.format("7,1%", "15,4%") + ".",
        "Chỉ tiêu ban_le.dv tháng 3 ước đạt 100 tấn, bằng tháng trước; tăng 11,1% so với cùng kỳ.",
    ]


def test_blank_figure_the_template_prints_stops_the_build(workspace: Path) -> None:
    """A blank Tháng báo cáo (allowed when Lũy kế is given) that the sample template prints
    into a sentence is an error naming it, not "ước đạt  tỷ đồng"; nothing is written. The
    error is at the blank cell the office must fill (it was at the template)."""
    edit_workbook(workspace / "data" / "2024-03.xlsx", "ChiTieu", "gtsx", "Tháng báo cáo", None)
    errors = [p for p in problems() if p[0] == "ERROR"]
    assert len(errors) == 1
    assert errors[0][:3] == ("ERROR", "ChiTieu", "D2")
    assert errors[0][3].startswith(
        f"«Tháng báo cáo» của «gtsx» để trống, mà mẫu báo cáo {SAMPLE_TEMPLATE} cần số này. "
        "Mẫu báo cáo in «Tháng báo cáo» của «gtsx» vào văn bản, nhưng số liệu này chưa có (ô để "
        "trống hoặc không tính được), nên câu văn sẽ thiếu số. Hãy điền số liệu vào sổ, hoặc sửa "
        "mẫu để bỏ phần này khi chưa có số ({% if … %}). (gần đoạn «{% set partial = "
        "ct.gtsx.groups and not ct.gtsx.groups[0].itemized %}{{ 'Riêng' if partial else "
        "'Trong đó,' }} tháng"
    )
    checked = runner.invoke(app, ["check", *ARGS]).stdout.splitlines()[1:]
    result = runner.invoke(app, ["build", *ARGS])
    assert result.exit_code == 5
    assert not (workspace / "out").exists()
    # build says it as check does: the blank cell's warning, the error at that cell (the
    # render's own message named neither), then that no report was made.
    said = result.stderr.splitlines()
    assert said == [line.replace(f"{workspace}{os.sep}", "") for line in checked] + [
        "Chưa tạo báo cáo vì có lỗi."
    ]
    assert said[0].startswith("CẢNH BÁO: data/2024-03.xlsx, ChiTieu!D2: «Tháng báo cáo» của ")
    assert said[1].startswith("LỖI: data/2024-03.xlsx, ChiTieu!D2: «Tháng báo cáo» của «gtsx» để ")


def test_index_the_sample_template_cannot_say(workspace: Path) -> None:
    """Only the index against the previous month: the sample's sentence needs the one
    against the same period, so the build stops instead of printing "ước . Trong đó". The
    error named the template; it is at the month's index cell the office must fill."""
    book = workspace / "data" / "2024-03.xlsx"
    set_cells(book, "ChiSoSXCN", {f"C{r}": None for r in range(2, 7)})
    set_cells(book, "ChiSoSXCN", {f"F{r}": 101 for r in range(2, 7)})
    errors = [p for p in problems() if p[0] == "ERROR"]
    assert len(errors) == 1
    assert errors[0][:3] == ("ERROR", "ChiSoSXCN", "C2")
    assert errors[0][3].startswith(
        f"«Chỉ số so với cùng kỳ (%)» của «iip» để trống, mà mẫu báo cáo {SAMPLE_TEMPLATE} cần "
        "số này. Mẫu báo cáo in kết quả của bộ lọc «change» (số liệu chưa có) vào văn bản"
    )
    result = runner.invoke(app, ["build", *ARGS])  # build says it at the cell too
    assert result.exit_code == 5
    assert result.stderr.startswith(
        "LỖI: data/2024-03.xlsx, ChiSoSXCN!C2: «Chỉ số so với cùng kỳ (%)» của «iip» để trống"
    )


def test_a_branch_index_the_sample_template_prints_is_said_at_its_cell(workspace: Path) -> None:
    """A branch's blank index beside its year-to-date's: the sample's "ước {{ … | delta(2)
    }}" needs it; the error is at the branch's cell, ChiSoSXCN!C3, not the template."""
    set_cells(workspace / "data" / "2024-03.xlsx", "ChiSoSXCN", {"C3": None, "D3": 110.5})
    errors = [p for p in problems() if p[0] == "ERROR"]
    assert [e[:3] for e in errors] == [("ERROR", "ChiSoSXCN", "C3")]
    assert errors[0][3].startswith(
        "«Chỉ số so với cùng kỳ (%)» của «iip.khai_khoang» để trống, mà mẫu báo cáo "
    )


def test_dropped_assessment_leaves_a_whole_sentence(workspace: Path) -> None:
    """A typed word that contradicts the index is left out of the sample's sentence cleanly."""
    book = workspace / "data" / "2024-03.xlsx"
    edit_workbook(book, "ChiSoSXCN", "iip", "Chỉ số so với cùng kỳ (%)", 95)
    edit_workbook(book, "ThongTin", "nhan_dinh_sxcn", "Giá trị", "tăng khá")
    texts = document_texts(build_report(load_config(None), Period(2024, 3)).output)
    assert any(
        t.startswith(
            "Chỉ số sản xuất công nghiệp tháng 3/2024 tỉnh Bắc Giang ước giảm 5,00% so với cùng "
            "kỳ. Trong đó,"
        )
        for t in texts
    )


def test_sample_template_headings_follow_the_kind(workspace: Path) -> None:
    """The sample template keeps its seed headings for a month, the kind's wording otherwise."""
    wb = load_workbook(workspace / "data" / "2024-03.xlsx")
    wb["ThongTin"].append(["ky_bao_cao", "quý"])
    wb.save(workspace / "data" / "2024-03.xlsx")
    texts = document_texts(build_report(load_config(None), Period(2024, 3)).output)
    headings = [t for t in texts if t.startswith(("I. ", "II. "))]
    assert headings == [
        "I. KẾT QUẢ CHỦ YẾU QUÝ I NĂM 2024",
        "II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "{{ ct['gtsx'].value }}",
        "{{ ct['gtsx']['value'] }}",
        "{{ ct['gtsx'] | attr('value') }}",
        "{{ [ct['gtsx']] | map(attribute='mom_clause') | join }}",
        "{% if ct['gtsx'].yoy_clause %}có{% endif %}",
    ],
)
def test_a_figure_read_any_way_is_written(tmp_path: Path, text: str) -> None:
    """However a template reads an indicator's figure (a dot, brackets, ``attr``, ``map``),
    the indicator counts as written; its name alone does not."""
    from baocao.render import render_document
    from baocao.reportenv import OFFERED

    from helpers import one_paragraph_template, sample_context

    for paragraph, expected in ((text, {"gtsx"}), ("{{ ct['gtsx'].name }}", set())):
        one_paragraph_template(tmp_path, paragraph)
        written: set[str] = set()
        render_document(tmp_path / "mau.docx", sample_context(), written=written)
        assert {w for w in written if not w.startswith(OFFERED)} == expected


def test_a_trong_do_list_follows_the_sentence_it_belongs_to(tmp_path: Path) -> None:
    """A row with a named breakdown typed first and a "Trong đó" list after it: the list
    was written after the named one, "Trong đó:" right under its last row ("+ Chỉ tiêu
    x.a.n2 ….", "Trong đó:", "+ Chỉ tiêu x.a.t …"), which is how that row's own list
    reads. A "Trong đó" list now comes first, under the sentence it belongs to."""
    from test_figures import month_book, row

    (tmp_path / "data").mkdir()
    rows = [
        row("x", 1000, 1000, 1000, 3000),
        row("x.a", 600, 600, 600, 1800, parent="x", group="Trong đó"),
        row("x.a.n1", 400, 400, 400, 1200, parent="x.a", group="Phân theo vùng"),
        row("x.a.n2", 200, 200, 200, 600, parent="x.a", group="Phân theo vùng"),
        row("x.a.t", 50, 50, 50, 150, parent="x.a", group="Trong đó"),
        row("x.b", 300, 300, 300, 900, parent="x", group="Trong đó"),
    ]
    month_book(tmp_path / "data", Period(2024, 3), {}, rows)
    config = write_config(tmp_path, template=None)
    texts = document_texts(build_report(load_config(config), Period(2024, 3)).output)
    same = ", bằng tháng trước; bằng cùng kỳ"
    start = texts.index("Chỉ tiêu x cộng dồn 03 tháng đầu năm ước đạt 3.000 tấn.")
    assert texts[start + 1 : start + 11] == [
        "Riêng tháng 3/2024 ước đạt 1.000 tấn" + same + ".",
        "Trong đó:",
        "Chỉ tiêu x.a tháng 3 ước đạt 600 tấn" + same + ";",
        "Trong đó:",
        "+ Chỉ tiêu x.a.t tháng 3 ước đạt 50 tấn" + same + ".",
        "* Phân theo vùng:",
        "+ Chỉ tiêu x.a.n1 tháng 3 ước đạt 400 tấn" + same + ".",
        "+ Chỉ tiêu x.a.n2 tháng 3 ước đạt 200 tấn" + same + ".",
        "Chỉ tiêu x.b tháng 3 ước đạt 300 tấn" + same + ".",
        "2. Công tác khác",
    ]


def test_a_change_read_offers_its_clause(tmp_path: Path) -> None:
    """A change read stands for its clause, which ``leftout`` looks for the bases in; a
    name read offers none."""
    from baocao.render import render_document
    from baocao.reportenv import offered

    from helpers import one_paragraph_template, sample_context

    cases = (
        ("{{ ct['gtsx'].plan_share | attain('Kế hoạch') }}", ["đạt 23,1% so với Kế hoạch năm"]),
        ("{{ ct['gtsx'].name }}", []),
    )
    for paragraph, expected in cases:
        one_paragraph_template(tmp_path, paragraph)
        written: set[str] = set()
        render_document(tmp_path / "mau.docx", sample_context(), written=written)
        assert offered(written) == expected


def test_a_blank_cell_is_named_only_for_its_own_figure() -> None:
    """The cell named is the figure not known the template read: the last one kept over a
    known argument ("report.same_period"), forgotten over another value not known (a
    ThongTin text, an empty list); never said of a value printed that names another row,
    nor of a value of no row ("«trade.…» (ThongTin)")."""
    from baocao.blankcells import UnknownReads, next_unknown

    read = ("ChiSoSXCN", "iip", "index")
    assert next_unknown(read, object(), "same_period", "so với cùng kỳ") == read
    assert next_unknown(read, object(), "number", "") is None
    assert next_unknown(read, object(), "export_markets", ()) is None
    reads = UnknownReads(read, {read})
    assert reads.printed("kết quả của bộ lọc «change» (số liệu chưa có)") == read
    assert reads.printed("«Chỉ số so với cùng kỳ (%)» của «iip»") == read
    assert reads.printed("«Tháng báo cáo» của «gtsx»") is None
    assert reads.printed("«Chỉ số so với cùng kỳ (%)» của «iip.dien»") is None
    assert reads.printed("«trade.export_products» (ThongTin)") is None


@pytest.mark.parametrize(
    ("blank", "paragraph", "cell"),
    [
        # A value kept, printed after another row's figure not known was read: the cell
        # named was that other row's (ChiTieu!F10, «Cùng kỳ» của «ban_le»).
        (
            ("F2", "F10"),
            "{% set y = ct.gtsx.yoy %}{% if ct.ban_le.yoy %}x{% endif %}A {{ y | change('b') }}",
            None,
        ),
        (
            ("F2", "F10"),
            "{% macro two(a, b) %}{{ a | change('b') }} và {{ b | change('b') }}{% endmacro %}"
            "A {{ two(ct.gtsx.yoy, ct.ban_le.yoy) }}",
            None,
        ),
        (("F2", "F10"), "A {{ ct.gtsx.yoy | change('b') ~ ct.ban_le.yoy_clause }}", None),
        # Or after another figure of its own row (ChiTieu!D2, «Tháng báo cáo», was named).
        (
            ("D2", "H2"),
            "{% set t = ct.gtsx.ytd_same_period %}{% if ct.gtsx.value %}x{% endif %}A {{ t }}",
            None,
        ),
        # A row's value kept is its row's one cell read not known (it named the template).
        (
            ("D2", "F10"),
            "{% set t = ct.gtsx.value %}{% if ct.ban_le.yoy %}x{% endif %}A {{ t }}",
            ("ChiTieu", "D2"),
        ),
        (("F2",), "A {{ ct.gtsx.yoy | change('b') }}", ("ChiTieu", "F2")),
    ],
)
def test_a_value_kept_is_never_said_at_another_blank_cell(
    workspace: Path, blank: tuple[str, ...], paragraph: str, cell: tuple[str, str] | None
) -> None:
    """A blank figure printed is said at its own cell, or at the template when the render
    read more than one figure not known and which one it printed cannot be told."""
    from helpers import one_paragraph_template

    set_cells(workspace / "data" / "2024-03.xlsx", "ChiTieu", dict.fromkeys(blank))
    template = one_paragraph_template(workspace, paragraph)
    config = write_config(workspace, template=template)
    printed = [p for p in problems(config) if "Mẫu báo cáo in " in p[3]]
    assert len(printed) == 1
    assert (printed[0][1] or None, printed[0][2]) == (cell or (None, None))
