"""An index that leaves part of the industry out, as a province of oil and gas reports it
("Toàn ngành công nghiệp (trừ dầu thô và khí đốt)", typed as the `iip` row's name): the
paragraph said "Chỉ số sản xuất công nghiệp … tỉnh X tăng khá, ước tăng 18,71%", the
whole industry's index, since the `iip` row's name is printed by no sentence. The words
that leave part out are said after "Chỉ số sản xuất công nghiệp", in brackets."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.api import build_report
from baocao.cli import app
from baocao.config import load_config
from baocao.iipscope import scope_of
from baocao.period import Period
from test_figures import month_book, row
from test_left_out import _template_with

from helpers import document_texts, load_workbook, write_config

UNDER = "Về sản xuất công nghiệp"
PERIOD = Period(2024, 10)


def _paragraph(folder: Path, name: str) -> str:
    (folder / "data").mkdir()
    month_book(
        folder / "data",
        PERIOD,
        {},
        [row("a", 1050, 1000, 900, 12000, 11000, section=UNDER)],
        [
            ("iip", name, 132.26, 118.71, None, None, 2, UNDER),
            ("iip.cb", "ngành công nghiệp chế biến, chế tạo", 132.26, 111.8, None, None, 2),
        ],
    )
    config = load_config(write_config(folder, template=None))
    result = build_report(config, PERIOD, folder / "r.docx")
    assert [p.cell for p in result.problems if p.sheet == "ChiSoSXCN"] == []  # scope said
    texts = document_texts(result.output)
    lines = [t for t in texts if t.startswith("Chỉ số sản xuất")]
    assert len(lines) == 1
    return lines[0]


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Toàn ngành công nghiệp (trừ dầu thô và khí đốt)", "(trừ dầu thô và khí đốt)"),
        ("Toàn ngành công nghiệp trừ dầu thô và khí đốt", "(trừ dầu thô và khí đốt)"),
        ("IIP (Không kể dầu thô, khí đốt)", "(không kể dầu thô, khí đốt)"),
        ("Toàn ngành (không bao gồm khai thác dầu khí) ", "(không bao gồm khai thác dầu khí)"),
        # Decomposed marks, as some keyboards type them: the same words.
        ("Toàn ngành (tru\u031b\u0300 dầu khí)", "(trừ dầu khí)"),
    ],
)
def test_the_words_that_leave_part_of_the_industry_out_are_said(
    tmp_path: Path, name: str, said: str
) -> None:
    assert _paragraph(tmp_path, name) == (
        f"Chỉ số sản xuất công nghiệp {said} tháng 10/2024 tỉnh Bắc Giang tăng khá, ước tăng "
        "32,26% so với cùng kỳ. Trong đó, ngành công nghiệp chế biến, chế tạo ước tăng 32,26%."
        " Cộng dồn 10 tháng đầu năm, chỉ số ước tăng 18,71% so với cùng kỳ; trong đó, ngành "
        "công nghiệp chế biến, chế tạo ước tăng 11,80%."
    )


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Toàn ngành công nghiệp [trừ dầu thô và khí đốt]", "(trừ dầu thô và khí đốt)"),
        ("Toàn ngành [trừ dầu khí] (không kể điện)", "(không kể điện)"),
    ],
)
def test_square_brackets_are_brackets(name: str, said: str) -> None:
    """ "Toàn ngành [trừ dầu khí]" was printed "Chỉ số sản xuất công nghiệp (trừ dầu
    khí]) tháng …": the closing bracket read as one of the words left out."""
    assert scope_of(name) == said


@pytest.mark.parametrize(
    ("name", "said"),
    [
        # A bracket of other words after the scope's.
        ("Toàn ngành (trừ dầu khí) (ước tính)", "(trừ dầu khí)"),
        ("Toàn ngành (trừ dầu khí) [sơ bộ]", "(trừ dầu khí)"),
        # Words after the scope's bracket.
        ("Toàn ngành công nghiệp (trừ dầu khí) - ước tính", "(trừ dầu khí)"),
        ("IIP toàn ngành (không kể dầu khí) tỉnh Bà Rịa", "(không kể dầu khí)"),
        # A bracket inside the scope's.
        (
            "Toàn ngành (trừ khai thác dầu thô và khí tự nhiên (B06))",
            "(trừ khai thác dầu thô và khí tự nhiên (B06))",
        ),
        # A closing bracket left alone, one left open.
        ("Toàn ngành trừ dầu khí)", "(trừ dầu khí)"),
        ("Toàn ngành (trừ dầu khí", "(trừ dầu khí)"),
    ],
)
def test_the_scope_is_read_wherever_its_bracket_stands(name: str, said: str) -> None:
    """Only the name's words after its last bracket were read: with another bracket or
    words after the scope's ("(ước tính)", "tỉnh …"), or a bracket inside it, the report
    printed the index as the whole industry's, with a clean check."""
    assert scope_of(name) == said


def test_a_scope_before_an_estimates_bracket_is_printed(tmp_path: Path) -> None:
    assert _paragraph(tmp_path, "Toàn ngành (trừ dầu khí) (ước tính)").startswith(
        "Chỉ số sản xuất công nghiệp (trừ dầu khí) tháng 10/2024 tỉnh Bắc Giang tăng khá"
    )


@pytest.mark.parametrize(
    "name",
    ["Toàn ngành công nghiệp", "Toàn ngành", "Chỉ số chung (toàn ngành)", "Công nghiệp trừ"],
)
def test_a_whole_industrys_name_adds_nothing(tmp_path: Path, name: str) -> None:
    assert _paragraph(tmp_path, name).startswith(
        "Chỉ số sản xuất công nghiệp tháng 10/2024 tỉnh Bắc Giang tăng khá, ước tăng 32,26%"
    )


@pytest.mark.parametrize(
    ("name", "said"),
    [
        # A bracket after the words: nothing is left out at the name's end.
        ("Toàn ngành (trừ " + "dầu " * 7500 + "(", ""),
        ("Toàn ngành (trừ " + "dầu " * 7500 + ")", "(trừ " + "dầu " * 7499 + "dầu)"),
    ],
)
def test_a_long_name_is_read_at_once(name: str, said: str) -> None:
    # A name of 30 000 characters took 10 s a read (35 s a build): once for each start.
    started = time.perf_counter()
    assert scope_of(name) == said
    assert time.perf_counter() - started < 0.5


def test_a_template_that_does_not_say_the_scope_is_warned_at_the_row(workspace: Path) -> None:
    """The sample's template writes "Chỉ số sản xuất công nghiệp tháng {{ month }}/{{ year }}",
    not ``s.iip.lead_label``: it printed the index of an industry without its power plants
    as the whole industry's, with a clean check. The default template says the scope
    (``_paragraph``: no warning at ChiSoSXCN)."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiSoSXCN"]["B2"].value = "Toàn ngành công nghiệp (trừ sản xuất và phân phối điện)"
    wb.save(book)
    lines = CliRunner().invoke(app, ["check", "--month", "3", "--year", "2024"]).stdout
    assert lines.splitlines()[1:] == [
        f"CẢNH BÁO: {book}, ChiSoSXCN!A2: Ngành «iip» có tên «Toàn ngành công nghiệp (trừ sản "
        "xuất và phân phối điện)»: chỉ số có phạm vi «trừ sản xuất và phân phối điện», nhưng "
        "báo cáo tạo ra không nói phạm vi này, nên câu về chỉ số sản xuất công nghiệp đọc "
        "như chỉ số của toàn ngành. Mẫu mặc định nói phạm vi này ngay sau «Chỉ số sản xuất "
        "công nghiệp» (trường s.iip.lead_label). Hãy sửa mẫu báo cáo, hoặc sửa tên ngành nếu "
        "chỉ số là của toàn ngành.",
        "Tổng cộng: 0 lỗi, 1 cảnh báo.",
    ]


@pytest.mark.parametrize(
    ("said", "warned"),
    [
        # The statistics office's other words for the same scope: the report says it.
        ("(không kể sản xuất và phân phối điện)", False),
        ("(Không bao gồm sản xuất và phân phối điện)", False),
        ("(ngoại trừ sản xuất và\u00a0phân phối điện)", False),
        # Another scope said: the index's is not.
        ("(trừ sản xuất điện)", True),
    ],
)
def test_a_template_saying_the_scope_in_other_words_is_quiet(
    workspace: Path, said: str, warned: bool
) -> None:
    """A template typing the scope after "Chỉ số sản xuất công nghiệp" as the statistics
    office words it, "không kể …", for a row named "… (trừ …)", was warned that the
    report does not say it."""
    edits = {"word/document.xml": [(_LEAD, f"Chỉ số sản xuất công nghiệp {said} tháng")]}
    write_config(workspace, template=_template_with(workspace, edits))
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiSoSXCN"]["B2"].value = "Toàn ngành công nghiệp (trừ sản xuất và phân phối điện)"
    wb.save(book)
    lines = CliRunner().invoke(app, ["check", "--month", "3", "--year", "2024"]).stdout
    cells = [line.split(":")[1] for line in lines.splitlines()[1:-1]]
    assert cells == ([f" {book}, ChiSoSXCN!A2"] if warned else [])


_LEAD = "Chỉ số sản xuất công nghiệp tháng"
