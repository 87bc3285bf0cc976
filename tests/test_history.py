"""Figures carried from earlier months: fills, revisions, year-to-date sums, the series."""

from __future__ import annotations

import unicodedata
from decimal import Decimal as D
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.api import build_report, check_inputs
from baocao.cli import app
from baocao.config import Config, load_config
from baocao.errors import Problem, Severity
from baocao.history import History, series
from baocao.period import Period

from helpers import (
    blank_bases_with_history,
    document_texts,
    golden_lines,
    load_workbook,
    write_config,
    write_month,
)

runner = CliRunner()


def test_sample_built_from_history_reads_the_same(workspace: Path) -> None:
    """March 2024 with Tháng trước and Cùng kỳ emptied builds the seed's text from history."""
    book = blank_bases_with_history(workspace) / "data" / "2024-03.xlsx"
    result = runner.invoke(app, ["check", "--month", "3", "--year", "2024"])
    lines = result.stdout.splitlines()
    assert result.exit_code == 0
    assert lines[1] == (
        f"GHI CHÚ: {book}, ChiTieu!E2: «Tháng trước» của «gtsx» lấy từ "
        "2024-02.xlsx (ChiTieu!D2): 43.438."
    )
    assert lines[2] == (
        f"GHI CHÚ: {book}, ChiTieu!F2: «Cùng kỳ» của «gtsx» lấy từ "
        "2023-03.xlsx (ChiTieu!D2): 42.200."
    )
    assert lines[-1] == "Tổng cộng: 0 lỗi, 0 cảnh báo, 26 ghi chú."
    assert runner.invoke(app, ["build", "--month", "3", "--year", "2024"]).exit_code == 0
    texts = document_texts(workspace / "out" / "BaoCao_T03_2024.docx")
    golden = golden_lines()
    body = golden[: golden.index("Nơi nhận:")]  # the workspace config has its own recipients
    start = texts.index("I. KẾT QUẢ CHỦ YẾU THÁNG 3")
    assert texts[start : start + len(body)] == body


def small_history(folder: Path) -> None:
    """Nov 2023 … Feb 2024 and Jan … Feb 2023 for one indicator "x"."""
    folder.mkdir(parents=True, exist_ok=True)
    write_month(folder, 2023, 1, [("x", 100, None, None, 100, None)])
    write_month(folder, 2023, 2, [("x", 110, 101, None, 211, None)])  # revises January to 101
    write_month(folder, 2023, 11, [("x", 150, None, None, None, None)])
    write_month(folder, 2023, 12, [("x", 160, 152, None, None, None)])  # revises November
    write_month(folder, 2024, 1, [("x", 120, None, None, None, None)])
    write_month(folder, 2024, 2, [("x", 130, 125, None, None, None)])  # revises January to 125


def notes_and_warnings(folder: Path, month: int, year: int) -> list[tuple[str, str, str]]:
    config = load_config(write_config(folder.parent))
    result = check_inputs(config, Period(year, month))
    return [
        (p.severity.name, str(p.cell), p.message)
        for p in result.problems
        if p.file == config.workbook_path(Period(year, month))
    ]


def checked_with_revisions(tmp_path: Path, limit: str, period: Period) -> list[Problem]:
    """The problems ``check`` finds in ``period`` with ``[checks] revision_note_pct = limit``."""
    config = write_config(tmp_path)
    with config.open("a", encoding="utf-8") as handle:
        handle.write(f"\n[checks]\nrevision_note_pct = {limit}\n")
    return check_inputs(load_config(config), period).problems


@pytest.mark.parametrize(("limit", "severity"), [("5", "INFO"), ("4", "WARNING"), ("0", "WARNING")])
def test_a_revision_within_the_configured_percent_is_a_note(
    tmp_path: Path, limit: str, severity: str
) -> None:
    """An office whose estimates are revised every month could not run --strict: each
    revised Tháng trước warned. With [checks] revision_note_pct = 5, February's 125 against
    January's estimate 120 (4,2%) is a note; at 4 (or the default 0) still a warning."""
    small_history(tmp_path / "data")
    problems = checked_with_revisions(tmp_path, limit, Period(2024, 2))
    assert [(p.severity.name, p.cell, p.message) for p in problems if p.cell == "E2"] == [
        (
            severity,
            "E2",
            "«Tháng trước» của «x» (125) khác số ước tính đã báo cáo trong 2024-01.xlsx "
            "(ChiTieu!D2) (120); báo cáo dùng số mới.",
        )
    ]


@pytest.mark.parametrize(("limit", "warned"), [("5", False), ("2", True), ("0", True)])
def test_a_month_left_without_its_revision_holds_the_configured_percent(
    tmp_path: Path, limit: str, warned: bool
) -> None:
    """An office whose estimates are revised every month (revision_note_pct = 5) and whose
    February workbook is missing types March's Lũy kế with January revised (125 + 131 +
    150 = 406): the folder's sum has January's estimate, which no workbook revises (120 +
    131 + 150 = 401), and --strict failed on "«Lũy kế» của «x» (406) khác tổng các tháng
    1–3 theo các sổ trong thư mục dữ liệu (401)". Such a month is now taken within the
    configured percent of its estimate (4,2% here); at 2 (or the default 0) still said."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2024, 1, [("x", 120, None, 100, None, None)])
    write_month(folder, 2024, 3, [("x", 150, 131, 140, 406, 360)])
    problems = checked_with_revisions(tmp_path, limit, Period(2024, 3))
    assert [(p.severity.name, p.message) for p in problems if p.cell == "G2"] == [
        (
            "WARNING",
            "«Lũy kế» của «x» (406) khác tổng các tháng 1–3 theo các sổ trong thư mục dữ liệu "
            "(401); hãy kiểm tra lại.",
        )
    ] * warned


@pytest.mark.parametrize(("limit", "warned"), [("5", False), ("2", True), ("0", True)])
def test_a_month_whose_next_workbook_leaves_it_unrevised_holds_the_configured_percent(
    tmp_path: Path, limit: str, warned: bool
) -> None:
    """As a month without the next month's workbook: February's workbook is there, its
    Tháng trước and Lũy kế left blank, and March's Lũy kế holds January revised (125 + 130
    + 150 = 405) against the folder's 400 (January's estimate 120, which no workbook
    revises). With revision_note_pct = 5 it is taken within 5% of that estimate, as when
    February's workbook is missing (falsealarm10); at 2 (or the default 0) still said."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2024, 1, [("x", 120, None, 100, None, None)])
    write_month(folder, 2024, 2, [("x", 130, None, 110, None, None)])
    write_month(folder, 2024, 3, [("x", 150, 130, 140, 405, 350)])
    problems = checked_with_revisions(tmp_path, limit, Period(2024, 3))
    assert [(p.severity.name, p.message) for p in problems if p.cell == "G2"] == [
        (
            "WARNING",
            "«Lũy kế» của «x» (405) khác tổng các tháng 1–3 theo các sổ trong thư mục dữ liệu "
            "(400); hãy kiểm tra lại.",
        )
    ] * warned


@pytest.mark.parametrize(("limit", "warned"), [("5", False), ("2", True), ("0", True)])
def test_last_months_estimate_no_row_revises_holds_the_configured_percent(
    tmp_path: Path, limit: str, warned: bool
) -> None:
    """A row given for the month and the year-to-date alone (an export product, copied from
    the statistics office's table, whose total holds last month revised) in an office whose
    estimates are revised every month (revision_note_pct = 5): February's Lũy kế 245 holds
    January's revised 125, not its estimate 120, and --strict failed on "«Lũy kế» của «x»
    (245) khác «Lũy kế» trong 2024-01.xlsx (ChiTieu!G2) cộng «Tháng báo cáo» của sổ này
    (240)" (falsealarm10), though the sum of the months allows so an estimate no workbook
    revises. So does last month's Lũy kế plus this month, when the row's Tháng trước is
    blank (4,2% here); at 2 (or the default 0) still said."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2024, 1, [("x", 120, None, None, 120, None)])
    write_month(folder, 2024, 2, [("x", 120, None, None, 245, None)])
    problems = checked_with_revisions(tmp_path, limit, Period(2024, 2))
    assert [(p.severity.name, p.message) for p in problems if p.cell == "G2"] == [
        (
            "WARNING",
            "«Lũy kế» của «x» (245) khác «Lũy kế» trong 2024-01.xlsx (ChiTieu!G2) cộng «Tháng "
            "báo cáo» của sổ này (240); hãy kiểm tra lại.",
        )
    ] * warned


@pytest.mark.parametrize(("limit", "severity"), [("5", "INFO"), ("2", "WARNING"), ("0", "WARNING")])
def test_last_years_figures_revised_within_the_configured_percent_are_notes(
    tmp_path: Path, limit: str, severity: str
) -> None:
    """Last year's figures typed as revised since (103 for last March's 100, 309 for its
    Lũy kế 300: 3%) warned at every row whatever revision_note_pct said, so an office whose
    statistics office revises last year's estimates could not run --strict (Gia Lai's 9
    tháng 2024 against 2023-09.xlsx). Within the percent they are notes, as a revised
    Tháng trước is; beyond it, or at the default 0, warnings still."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2023, 3, [("x", 100, None, 90, 300, 280)])
    write_month(folder, 2024, 3, [("x", 120, None, 103, 360, 309)])
    problems = checked_with_revisions(tmp_path, limit, Period(2024, 3))
    assert [(p.severity.name, p.cell, p.message) for p in problems if p.cell in ("F2", "H2")] == [
        (
            severity,
            "F2",
            "«Cùng kỳ» của «x» (103) khác số trong 2023-03.xlsx (ChiTieu!D2) (100); báo cáo "
            "dùng số đã ghi.",
        ),
        (
            severity,
            "H2",
            "«Lũy kế cùng kỳ» của «x» (309) khác «Lũy kế» trong 2023-03.xlsx (ChiTieu!G2) "
            "(300); báo cáo dùng số đã ghi.",
        ),
    ]


@pytest.mark.parametrize(("limit", "severity"), [("5", "INFO"), ("1", "WARNING")])
def test_last_years_total_revised_against_last_months_is_a_note_within_the_percent(
    tmp_path: Path, limit: str, severity: str
) -> None:
    """Without last year's workbook, a typed Lũy kế cùng kỳ is checked against last month's
    plus this month's Cùng kỳ (190 + 100 = 290): 296, last year's total revised since
    (2,1%), is a note within revision_note_pct, a warning beyond it."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2024, 2, [("x", 110, None, 95, 220, 190)])
    write_month(folder, 2024, 3, [("x", 120, 110, 100, 330, 296)])
    problems = checked_with_revisions(tmp_path, limit, Period(2024, 3))
    assert [(p.severity.name, p.cell, p.message) for p in problems if p.cell == "H2"] == [
        (
            severity,
            "H2",
            "«Lũy kế cùng kỳ» của «x» (296) khác «Lũy kế cùng kỳ» trong 2024-02.xlsx "
            "(ChiTieu!H2) cộng «Cùng kỳ» của sổ này (290); hãy kiểm tra lại.",
        )
    ]


def test_january_takes_december_of_the_year_before(tmp_path: Path) -> None:
    """January's Tháng trước is December's estimate; its Lũy kế is the month itself."""
    small_history(tmp_path / "data")
    assert notes_and_warnings(tmp_path / "data", 1, 2024) == [
        ("INFO", "E2", "«Tháng trước» của «x» lấy từ 2023-12.xlsx (ChiTieu!D2): 160."),
        ("INFO", "F2", "«Cùng kỳ» của «x» lấy từ 2023-02.xlsx (ChiTieu!E2): 101."),
        ("INFO", "G2", "«Lũy kế» của «x» là «Tháng báo cáo» vì tháng 1 là tháng đầu năm: 120."),
        ("INFO", "H2", "«Lũy kế cùng kỳ» của «x» là «Cùng kỳ» vì tháng 1 là tháng đầu năm: 101."),
    ]


def test_revision_warns_and_feeds_the_year_to_date(tmp_path: Path) -> None:
    """A Tháng trước that revises the estimate warns; the year-to-date uses the revision."""
    small_history(tmp_path / "data")
    assert notes_and_warnings(tmp_path / "data", 2, 2024) == [
        (
            "WARNING",
            "E2",
            "«Tháng trước» của «x» (125) khác số ước tính đã báo cáo trong "
            "2024-01.xlsx (ChiTieu!D2) (120); báo cáo dùng số mới.",
        ),
        ("INFO", "F2", "«Cùng kỳ» của «x» lấy từ 2023-02.xlsx (ChiTieu!D2): 110."),
        (
            "INFO",
            "G2",
            "«Lũy kế» của «x» tính bằng tổng các tháng 1–2 từ các sổ trong thư mục dữ liệu: 255.",
        ),
        (
            "INFO",
            "H2",
            "«Lũy kế cùng kỳ» của «x» tính bằng tổng các tháng 1–2 từ các sổ trong "
            "thư mục dữ liệu: 211.",
        ),
    ]


def test_typed_year_to_date_that_disagrees(tmp_path: Path) -> None:
    """A Lũy kế typed in the workbook that differs from the months' sum is a warning."""
    folder = tmp_path / "data"
    small_history(folder)
    write_month(folder, 2024, 2, [("x", 130, 125, 110, 260, 211)])
    assert notes_and_warnings(folder, 2, 2024)[1:] == [
        (
            "WARNING",
            "G2",
            "«Lũy kế» của «x» (260) khác tổng các tháng 1–2 theo các sổ trong "
            "thư mục dữ liệu (255); hãy kiểm tra lại.",
        ),
    ]


def test_series_uses_revisions(tmp_path: Path) -> None:
    """The series takes each month's revision when there is one, with its changes."""
    small_history(tmp_path)
    rows = series(History(tmp_path), "x", Period(2023, 11), Period(2024, 2))
    assert [(r.period, r.value) for r in rows] == [
        ((2023, 11), D(152)),
        ((2023, 12), D(160)),
        ((2024, 1), D(125)),
        ((2024, 2), D(130)),
    ]
    assert rows[1].mom == D(160) / D(152) * 100 - 100
    assert rows[3].yoy == D(130) / D(110) * 100 - 100
    assert rows[0].mom is None  # October 2023 is not in the folder


def test_history_command(tmp_path: Path) -> None:
    """`baocao history` prints the series in Vietnamese, or as CSV."""
    small_history(tmp_path / "data")
    config = write_config(tmp_path)
    result = runner.invoke(
        app,
        ["history", "--code", "x", "--from", "2023-12", "--to", "2024-02", "--config", str(config)],
    )
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Chỉ tiêu «x» (Chỉ tiêu x, tỷ đồng)",
        "Tháng    Giá trị  So với tháng trước  So với cùng kỳ",
        "12/2023      160               +5,3%",
        "01/2024      125              -21,9%          +23,8%",
        "02/2024      130               +4,0%          +18,2%",
    ]
    csv = runner.invoke(
        app,
        [
            "history",
            "--code",
            "x",
            "--from",
            "2023-12",
            "--to",
            "2024-02",
            "--csv",
            "--config",
            str(config),
        ],
    )
    assert csv.stdout.splitlines() == [
        "thang,gia_tri,so_voi_thang_truoc_pct,so_voi_cung_ky_pct",
        "2023-12,160,5.26,",
        "2024-01,125,-21.88,23.76",
        "2024-02,130,4.00,18.18",
    ]


def test_lock_file_is_not_a_month(tmp_path: Path) -> None:
    """Excel's ~$ lock files and other names are not taken for monthly workbooks."""
    small_history(tmp_path)
    (tmp_path / "~$2024-02.xlsx").write_bytes(b"x")
    (tmp_path / "2024-13.xlsx").write_bytes(b"x")
    assert sorted(History(tmp_path).files) == [
        (2023, 1),
        (2023, 2),
        (2023, 11),
        (2023, 12),
        (2024, 1),
        (2024, 2),
    ]


def test_a_year_baocao_refuses_is_not_a_month(tmp_path: Path) -> None:
    """A stray "0999-01.xlsx" (a year outside 1900–9999, which the CLI refuses) is not a
    monthly workbook: `history` printed 12 000 empty rows from 01/999."""
    small_history(tmp_path)
    months = sorted(History(tmp_path).files)
    for name in ("0999-01.xlsx", "1899-12.xlsx", "0000-01.xlsx"):
        (tmp_path / name).write_bytes(b"x")
    assert sorted(History(tmp_path).files) == months


def test_an_earlier_month_named_otherwise_is_a_warning_naming_it(tmp_path: Path) -> None:
    """January's workbook saved as "2024-1.xlsx" (or "T01-2024.xlsx") is read by no command:
    February's check took its figures as unknown with a note saying they were in no
    earlier workbook, and said nothing of the file. Now a warning names it and the name
    to give it; a folder whose January is rightly named says nothing of the kind."""
    small_history(tmp_path / "data")
    config = load_config(write_config(tmp_path))
    data = tmp_path / "data"

    def said() -> list[tuple[str, Path | None, str]]:
        problems = check_inputs(config, Period(2024, 2)).problems
        return [
            (p.severity.name, p.file, p.message)
            for p in problems
            if p.file is not None and p.file.parent == data and p.file.name != "2024-02.xlsx"
        ]

    assert said() == []
    # office29: a browser's copy, "(1)", with no 2024-01.xlsx beside it, was not named.
    for name in ("2024-1.xlsx", "T01-2024.xlsx", "2024-01 (1).xlsx"):
        (data / "2024-01.xlsx").rename(data / name)
        assert said() == [
            (
                "WARNING",
                data / name,
                f"Thư mục dữ liệu không có sổ 2024-01.xlsx (tháng 1/2024) mà có «{name}»: báo "
                "cáo chỉ đọc sổ tên 2024-01.xlsx, nên các số liệu cần lấy từ sổ tháng 1/2024 "
                "(tháng trước, cùng kỳ, lũy kế) được coi là chưa biết. Nếu đó là sổ của tháng "
                "1/2024, hãy đổi tên thành 2024-01.xlsx.",
            )
        ], name
        (data / name).rename(data / "2024-01.xlsx")


def test_an_earlier_month_named_in_words_of_decomposed_letters_is_a_warning(
    tmp_path: Path,
) -> None:
    """January's workbook named "Tháng 01-2024.xlsx" as macOS writes names (its letters
    decomposed, NFD: "a" and a combining mark) was said nothing of, where the same name
    composed was: the name's "tháng" was matched as typed. Names are read composed."""
    small_history(tmp_path / "data")
    config = load_config(write_config(tmp_path))
    data = tmp_path / "data"
    name = unicodedata.normalize("NFD", "Tháng 01-2024.xlsx")
    (data / "2024-01.xlsx").rename(data / name)
    problems = check_inputs(config, Period(2024, 2)).problems
    assert [(p.severity.name, p.message) for p in problems if p.file == data / name] == [
        (
            "WARNING",
            f"Thư mục dữ liệu không có sổ 2024-01.xlsx (tháng 1/2024) mà có «{name}»: báo "
            "cáo chỉ đọc sổ tên 2024-01.xlsx, nên các số liệu cần lấy từ sổ tháng 1/2024 "
            "(tháng trước, cùng kỳ, lũy kế) được coi là chưa biết. Nếu đó là sổ của tháng "
            "1/2024, hãy đổi tên thành 2024-01.xlsx.",
        )
    ]


def test_notes_do_not_count_as_warnings_for_strict(tmp_path: Path) -> None:
    """Figures taken from history are notes: --strict still passes on them."""
    small_history(tmp_path / "data")
    config = load_config(write_config(tmp_path))
    problems = check_inputs(config, Period(2024, 1)).problems
    assert {p.severity for p in problems if p.file == config.workbook_path(Period(2024, 1))} == {
        Severity.INFO
    }


def test_mid_year_starter_keeps_its_year_to_date(tmp_path: Path) -> None:
    """An office that starts in April types Lũy kế once: May's is made from it, and June's
    from May's as May's report printed it (May's Tháng trước revising April included)."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2024, 4, [("x", 100, None, 90, 400, 350)])
    write_month(folder, 2024, 5, [("x", 110, 104, 95, None, None)])  # revises April to 104
    write_month(folder, 2024, 6, [("x", 120, 111, 99, None, None)])  # revises May to 111
    june = [n for n in notes_and_warnings(folder, 6, 2024) if n[1] in ("G2", "H2")]
    may = "2024-05.xlsx (để trống, tính lại từ các sổ trước như khi lập báo cáo tháng 5/2024)"
    assert june == [
        (
            "INFO",
            "G2",
            f"«Lũy kế» của «x» tính bằng «Lũy kế» trong {may} cộng «Tháng báo cáo» của sổ "
            "này, thay số ước tính tháng trước (110) bằng «Tháng trước» của sổ này (111): 635.",
        ),
        (
            "INFO",
            "H2",
            f"«Lũy kế cùng kỳ» của «x» tính bằng «Lũy kế cùng kỳ» trong {may} cộng «Cùng kỳ» "
            "của sổ này (445 + 99): 544.",
        ),
    ]


def test_a_carried_year_to_date_is_the_one_its_month_printed(tmp_path: Path) -> None:
    """February's blank Lũy kế cùng kỳ is last year's January and February added up (200),
    as February's report printed it; March, whose last year's March no workbook gives,
    carries it on. It carried 190 instead, January's typed Cùng kỳ (90, a revised figure)
    plus February's, a figure no report printed, and said "như khi lập báo cáo tháng
    2/2024" of it: "tăng 24,1% so với cùng kỳ" for 20,0%."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2023, 1, [("x", 100, None, None, None, None)])
    write_month(folder, 2023, 2, [("x", 100, None, None, None, None)])
    write_month(folder, 2024, 1, [("x", 110, None, 90, None, None)])
    write_month(folder, 2024, 2, [("x", 120, 110, None, None, None)])
    write_month(folder, 2024, 3, [("x", 130, 120, 100, None, None)])
    february = [n[2] for n in notes_and_warnings(folder, 2, 2024) if n[1] == "H2"]
    assert february == [
        "«Lũy kế cùng kỳ» của «x» tính bằng tổng các tháng 1–2 từ các sổ trong thư mục dữ "
        "liệu: 200."
    ]
    march = [n[2] for n in notes_and_warnings(folder, 3, 2024) if n[1] == "H2"]
    assert march == [
        "«Lũy kế cùng kỳ» của «x» tính bằng «Lũy kế cùng kỳ» trong 2024-02.xlsx (để trống, "
        "tính lại từ các sổ trước như khi lập báo cáo tháng 2/2024) cộng «Cùng kỳ» của sổ này "
        "(200 + 100): 300."
    ]
    config = load_config(write_config(tmp_path, template=None))
    texts = document_texts(build_report(config, Period(2024, 3)).output)
    assert (
        "Chỉ tiêu x cộng dồn 03 tháng đầu năm ước đạt 360 tỷ đồng; tăng 20,0% so với cùng kỳ."
        in texts
    )


def second_quarter(folder: Path, april_same: int | None) -> Config:
    """April … June 2024 of "x" (Cùng kỳ 90 or ``april_same``, 95, 99), June's workbook a
    quarterly report, no workbook of 2023; the config reads ``folder/data``."""
    data = folder / "data"
    data.mkdir()
    write_month(data, 2024, 4, [("x", 100, None, april_same, None, None)])
    write_month(data, 2024, 5, [("x", 110, None, 95, None, None)])
    path = write_month(data, 2024, 6, [("x", 120, None, 99, None, None)])
    book = load_workbook(path)
    book["ThongTin"].append(("ky_bao_cao", "quý"))
    book.save(path)
    return load_config(write_config(folder, template=None))


def test_quarter_last_year_from_this_years_same_period(tmp_path: Path) -> None:
    """Without last year's workbooks, a quarter's total last year adds up this year's
    workbooks' Cùng kỳ: the sentence keeps its comparison."""
    config = second_quarter(tmp_path, 90)
    texts = document_texts(build_report(config, Period(2024, 6)).output)
    assert "Chỉ tiêu x quý II/2024 ước đạt 330 tỷ đồng; tăng 16,2% so với cùng kỳ." in texts


def test_quarter_last_year_unknown_is_a_note(tmp_path: Path) -> None:
    """Without last year's workbooks and with April's Cùng kỳ blank, the quarter's total
    keeps no comparison with last year: a note at the month's Cùng kỳ says why."""
    config = second_quarter(tmp_path, None)

    texts = document_texts(build_report(config, Period(2024, 6)).output)
    assert "Chỉ tiêu x quý II/2024 ước đạt 330 tỷ đồng." in texts
    notes = [p for p in check_inputs(config, Period(2024, 6)).problems if "tổng quý" in p.message]
    assert [(p.severity, p.cell, p.message) for p in notes] == [
        (
            Severity.INFO,
            "F2",
            "Báo cáo quý: chưa tính được tổng quý cùng kỳ của «x» vì thiếu số của tháng "
            "4/2023, 5/2023 (không có sổ năm trước của tháng đó), và «Cùng kỳ» của các sổ "
            "trước trong quý cũng không đủ: câu văn của tổng quý bỏ phần so với cùng kỳ.",
        )
    ]


def test_quarter_last_year_adds_each_months_same_period(tmp_path: Path) -> None:
    """Last year's April (80, 2023-04.xlsx) and May's typed Cùng kỳ (95; 2023-05.xlsx
    missing), the Cùng kỳ each month's sentence compared with, and June's (99) are last
    year's quarter: 274, "tăng 20,4%". Neither way alone had every month (last year's
    workbooks lack May, April's Cùng kỳ is blank), and the sentence dropped the comparison,
    with a note."""
    config = second_quarter(tmp_path, None)
    write_month(tmp_path / "data", 2023, 4, [("x", 80, None, None, None, None)])
    texts = document_texts(build_report(config, Period(2024, 6)).output)
    assert "Chỉ tiêu x quý II/2024 ước đạt 330 tỷ đồng; tăng 20,4% so với cùng kỳ." in texts
    problems = check_inputs(config, Period(2024, 6)).problems
    assert [p.message for p in problems if "tổng quý" in p.message] == []


def test_quarter_last_year_takes_the_months_typed_same_period(tmp_path: Path) -> None:
    """June's typed Cùng kỳ (130), unlike 2023-06.xlsx (100), is the figure the report uses
    (a warning says so): last year's quarter adds it too, as the month's sentence does, not
    the workbook's (80 + 90 + 130 = 300, not 270: "tăng 10,0%", not "tăng 22,2%")."""
    data = tmp_path / "data"
    data.mkdir()
    for month, value in ((4, 80), (5, 90), (6, 100)):
        write_month(data, 2023, month, [("x", value, None, None, None, None)])
    write_month(data, 2024, 4, [("x", 100, None, None, None, None)])
    write_month(data, 2024, 5, [("x", 110, None, None, None, None)])
    june = write_month(data, 2024, 6, [("x", 120, None, 130, None, None)])
    book = load_workbook(june)
    book["ThongTin"].append(("ky_bao_cao", "quý"))
    book.save(june)
    config = load_config(write_config(tmp_path, template=None))
    texts = document_texts(build_report(config, Period(2024, 6)).output)
    assert "Chỉ tiêu x quý II/2024 ước đạt 330 tỷ đồng; tăng 10,0% so với cùng kỳ." in texts
    assert (
        "Trong đó, tháng 6/2024 ước đạt 120 tỷ đồng, tăng 9,1% so với tháng trước; giảm 7,7% "
        "so với cùng kỳ." in texts
    )


def test_series_compares_with_the_months_own_same_period(tmp_path: Path) -> None:
    """Without last year's workbook, the series' change on the year uses the month's Cùng kỳ."""
    write_month(tmp_path, 2024, 5, [("x", 110, None, 100, None, None)])
    (row,) = series(History(tmp_path), "x", Period(2024, 5), Period(2024, 5))
    assert row.yoy == D(10)


def months_with_february_in_millions(folder: Path, unit: str = "triệu đồng") -> Path:
    """January … March 2024 of "x" in tỷ đồng, but February's workbook in triệu đồng (its
    figures ×1000), or in ``unit``; March leaves Tháng trước blank. The config reads
    ``folder/data``."""
    data = folder / "data"
    data.mkdir(parents=True, exist_ok=True)
    write_month(data, 2024, 1, [("x", 100, None, None, 100, None)])
    february = write_month(data, 2024, 2, [("x", 110000, 101000, None, 211000, None)])
    write_month(data, 2024, 3, [("x", 130, None, None, None, None)])
    book = load_workbook(february)
    book["ChiTieu"]["C2"] = unit
    book.save(february)
    return write_config(folder, template=None)


def other_unit(month: str, cell: str) -> str:
    return (
        f"CẢNH BÁO: {{data}}/2024-02.xlsx, ChiTieu!{cell}: Sổ 2024-02.xlsx ghi «x» theo đơn vị "
        f"«triệu USD», khác đơn vị «tỷ đồng» của chuỗi số liệu, nên số của tháng {month} ở ô "
        "này không được dùng trong chuỗi số liệu (không so sánh các số khác đơn vị)."
    )


def test_history_rescales_a_month_at_another_scale(tmp_path: Path) -> None:
    """February's workbook in triệu đồng among months in tỷ đồng: its figures are taken at a
    thousandth (January's revision 101.000 triệu is 101 tỷ), with no warning. It was a gap,
    each figure a warning ("… theo đơn vị «triệu đồng», khác đơn vị «tỷ đồng» của chuỗi số
    liệu …"), and the report's chart likewise (a warning in every check of a year written
    in tỷ USD after months in triệu USD, so --strict never passed)."""
    config = months_with_february_in_millions(tmp_path)
    args = ["history", "--code", "x", "--config", str(config)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2:] == [
        "01/2024      101",
        "02/2024      110               +8,9%",
        "03/2024      130              +18,2%",
    ]
    assert result.stderr == ""
    csv = runner.invoke(app, [*args, "--csv"])
    assert csv.stdout.splitlines()[1:] == [
        "2024-01,101,,",
        "2024-02,110,8.91,",
        "2024-03,130,18.18,",
    ]


def test_history_leaves_a_month_in_another_unit_out(tmp_path: Path) -> None:
    """`history` never puts triệu USD next to tỷ đồng: February (its own workbook in triệu
    USD) is a gap, January's revision in February's Tháng trước gives way to January's own
    figure; each figure left out is a warning on stderr, so the CSV stays clean. (February
    was in triệu đồng: another scale is now rescaled.)"""
    config = months_with_february_in_millions(tmp_path, "triệu USD")
    args = ["history", "--code", "x", "--config", str(config)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Chỉ tiêu «x» (Chỉ tiêu x, tỷ đồng)",
        "Tháng    Giá trị  So với tháng trước  So với cùng kỳ",
        "01/2024      100",
        "02/2024",
        "03/2024      130",
    ]
    data = tmp_path / "data"
    assert result.stderr.splitlines() == [
        other_unit("1/2024", "E2").format(data=data),
        other_unit("2/2024", "D2").format(data=data),
    ]
    csv = runner.invoke(app, [*args, "--csv"])
    assert csv.stdout.splitlines()[1:] == ["2024-01,100,,", "2024-02,,,", "2024-03,130,,"]
    assert csv.stderr == result.stderr


def test_report_chart_leaves_a_month_in_another_unit_out(tmp_path: Path) -> None:
    """March's report (the chart asked for in the config): January's only figure is in
    February's workbook, in triệu USD: no bar for it, and check says why, at that cell; in
    triệu đồng (another scale), the bar of 101 tỷ, and nothing said."""
    from baocao.timeseries import chart_series

    data = tmp_path / "data"
    data.mkdir()
    february = write_month(data, 2024, 2, [("x", 110000, 101000, None, 211000, None)])
    write_month(data, 2024, 3, [("x", 130, 112, None, 343, None)])
    book = load_workbook(february)
    book["ChiTieu"]["C2"] = "triệu USD"
    book.save(february)
    path = write_config(tmp_path, template=None)
    with path.open("a", encoding="utf-8") as file:
        file.write("\n[appendix]\nchart = true\nchart_months = 3\n")
    config = load_config(path)
    rows = chart_series(config, Period(2024, 3), code="x").rows
    assert [(r.period, r.value) for r in rows] == [
        ((2024, 1), None),
        ((2024, 2), D(112)),
        ((2024, 3), D(130)),
    ]
    warned = [
        str(p).replace(str(data), "{data}")
        for p in check_inputs(config, Period(2024, 3)).problems
        if "chuỗi số liệu" in p.message
    ]
    assert warned == [other_unit("1/2024", "E2")]
    book["ChiTieu"]["C2"] = "triệu đồng"
    book.save(february)
    config = load_config(path)
    rows = chart_series(config, Period(2024, 3), code="x").rows
    assert [(r.period, r.value) for r in rows] == [
        ((2024, 1), D(101)),
        ((2024, 2), D(112)),
        ((2024, 3), D(130)),
    ]
    assert [p for p in check_inputs(config, Period(2024, 3)).problems if "chuỗi" in p.message] == []


def test_report_chart_takes_no_revision_after_the_report_month(tmp_path: Path) -> None:
    """March's report rebuilt once April's workbook revises March: its chart shows March's
    own figure (the report's), February as March's Tháng trước revises it; `history`, which
    is no report, shows the latest revision."""
    from baocao.timeseries import chart_series

    data = tmp_path / "data"
    data.mkdir()
    write_month(data, 2024, 2, [("x", 110, None, None, 210, None)])
    write_month(data, 2024, 3, [("x", 130, 112, None, 342, None)])
    write_month(data, 2024, 4, [("x", 140, 125, None, 477, None)])
    path = write_config(tmp_path, template=None)
    rows = chart_series(load_config(path), Period(2024, 3), code="x").rows[-2:]
    assert [(r.period, r.value) for r in rows] == [((2024, 2), D(112)), ((2024, 3), D(130))]
    args = ["--code", "x", "--from", "2024-03", "--to", "2024-03", "--config", str(path)]
    shown = runner.invoke(app, ["history", *args])
    assert shown.stdout.splitlines()[-1].split()[:2] == ["03/2024", "125"]


@pytest.mark.parametrize(("start", "end"), [("2020-01", "2020-03"), ("2030-01", "2030-02")])
def test_history_range_outside_every_workbook_says_so(tmp_path: Path, start: str, end: str) -> None:
    """Months before (or after) every workbook: said as such, not as an unknown code."""
    small_history(tmp_path / "data")
    config = write_config(tmp_path)
    result = runner.invoke(
        app, ["history", "--code", "x", "--from", start, "--to", end, "--config", str(config)]
    )
    assert result.exit_code == 1
    folder = tmp_path / "data"
    assert result.stderr.splitlines()[0] == (
        f"LỖI: {folder}: Không có sổ dữ liệu nào trong khoảng tháng đã chọn: thư mục {folder} "
        "có các sổ từ 2023-01 đến 2024-02. Hãy sửa --from và --to."
    )


def test_history_of_an_index_says_it_reads_chitieu_only(workspace: Path) -> None:
    """`history --code iip` (a ChiSoSXCN row of every workbook) says that history reads the
    codes of ChiTieu, not that no workbook has the code."""
    result = runner.invoke(app, ["history", "--code", "iip"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"LỖI: {workspace / 'data'}: Không có chỉ tiêu mã «iip» trong các sổ dữ liệu của thư mục "
        f"{workspace / 'data'} (lệnh history đọc cột «Mã» của trang ChiTieu; các chỉ số của "
        "trang ChiSoSXCN không có chuỗi theo tháng)."
    )


def test_a_month_of_the_first_year_is_taken_from_the_cung_ky_a_year_on(tmp_path: Path) -> None:
    """An office's first year has no workbooks; January 2026's Cùng kỳ states January
    2025. The series (the chart's, `history`'s) left that month blank, and its chart's note
    said it had no figure in the workbooks; it now takes that Cùng kỳ, with its change."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2025, 12, [("x", 150, 140, None, 1500, None)])
    write_month(folder, 2026, 1, [("x", 130, 150, 120, 130, 120)])
    config = write_config(tmp_path)
    args = ["--code", "x", "--from", "2025-01", "--to", "2026-01", "--config", str(config)]
    lines = runner.invoke(app, ["history", *args]).stdout.splitlines()
    assert [lines[2], *lines[-3:]] == [
        "01/2025      120",
        "11/2025      140",
        "12/2025      150               +7,1%",
        "01/2026      130              -13,3%           +8,3%",
    ]


def test_a_range_of_the_first_year_alone_is_taken_from_the_cung_ky_a_year_on(
    tmp_path: Path,
) -> None:
    """`history --from 2025-01 --to 2025-02` of an office whose first workbooks are January
    and February 2026, whose Cùng kỳ state those months: it said "Không có sổ dữ liệu nào
    trong khoảng tháng đã chọn" (exit 1), though a range reaching into 2026 printed them.
    It prints them from the workbooks a year on."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2026, 1, [("x", 130, 150, 120, 130, 120)])
    write_month(folder, 2026, 2, [("x", 135, 130, 126, 265, 246)])
    config = write_config(tmp_path)
    args = ["--code", "x", "--from", "2025-01", "--to", "2025-02", "--config", str(config)]
    result = runner.invoke(app, ["history", *args])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "Chỉ tiêu «x» (Chỉ tiêu x, tỷ đồng)",
        "Tháng    Giá trị  So với tháng trước  So với cùng kỳ",
        "01/2025      120",
        "02/2025      126               +5,0%",
    ]


def test_a_series_heading_without_a_unit_names_no_blank_one() -> None:
    """An earlier workbook's unit of the table's marks ("-") is no unit: the heading was
    "Chỉ tiêu «x» (Kim ngạch xuất khẩu, )"."""
    from baocao.history import SeriesRow
    from baocao.timeseries import Series

    rows = [SeriesRow(Period(2024, 3), D(5), None, None, None)]
    assert Series("x", "Kim ngạch xuất khẩu", "", 0, rows).table()[0] == (
        "Chỉ tiêu «x» (Kim ngạch xuất khẩu)"
    )
    assert Series("x", "Kim ngạch xuất khẩu", "tỷ USD", 0, rows).table()[0] == (
        "Chỉ tiêu «x» (Kim ngạch xuất khẩu, tỷ USD)"
    )


def test_history_csv_writes_a_fall_rounding_to_nothing_without_its_sign() -> None:
    """A change of -0,004% (a rate's -0,004 points) is 0.00 in the CSV, as the table writes
    "0,0%": it was "-0.00", a fall the figures do not show."""
    from baocao.history import SeriesRow
    from baocao.timeseries import format_series_csv

    rows = [SeriesRow(Period(2024, 3), D("99.996"), D("-0.004"), D("-0.005"), None)]
    assert format_series_csv(rows) == [
        "thang,gia_tri,so_voi_thang_truoc_pct,so_voi_cung_ky_pct",
        "2024-03,99.996,0.00,-0.01",
    ]
    assert format_series_csv(rows, points=True)[1] == "2024-03,99.996,0.00,-0.01"


@pytest.mark.parametrize(
    ("april", "expected"),
    [
        (
            [103, 214, 326],  # x alone equals March's 103: last year's April revised so
            [
                (
                    "INFO",
                    "F2",
                    "«Cùng kỳ» của «x» (103) khác số trong 2023-04.xlsx (ChiTieu!D2) (106); "
                    "báo cáo dùng số đã ghi.",
                ),
                (
                    "INFO",
                    "F3",
                    "«Cùng kỳ» của «y» (214) khác số trong 2023-04.xlsx (ChiTieu!D3) (210); "
                    "báo cáo dùng số đã ghi.",
                ),
                (
                    "INFO",
                    "F4",
                    "«Cùng kỳ» của «z» (326) khác số trong 2023-04.xlsx (ChiTieu!D4) (320); "
                    "báo cáo dùng số đã ghi.",
                ),
            ],
        ),
        (
            [103, 204, 306],  # the whole column March's: copied, within the percent or not
            [
                (
                    "WARNING",
                    f"F{row}",
                    f"«Cùng kỳ» của «{code}» ({typed}) bằng «Cùng kỳ» trong 2024-03.xlsx "
                    f"(ChiTieu!F{row}), tức số của tháng 3/2023, không phải số tháng 4/2023 "
                    f"trong 2023-04.xlsx (ChiTieu!D{row}) ({meant}): có lẽ cột «Cùng kỳ» được "
                    "chép từ sổ tháng trước mà chưa cập nhật, và báo cáo sẽ so sánh với tháng "
                    "3/2023. Hãy ghi số của tháng 4/2023.",
                )
                for row, code, typed, meant in [
                    (2, "x", 103, 106),
                    (3, "y", 204, 210),
                    (4, "z", 306, 320),
                ]
            ],
        ),
    ],
)
def test_a_revised_same_period_equal_to_last_months_alone_is_a_revision(
    tmp_path: Path, april: list[int], expected: list[tuple[str, str, str]]
) -> None:
    """With revision_note_pct = 5, last year's April revised by the statistics office from
    106 to 103 happened to equal March's revised 103, and --strict failed on "«Cùng kỳ» của
    «x» (103) bằng «Cùng kỳ» trong 2024-03.xlsx …: có lẽ cột «Cùng kỳ» được chép từ sổ
    tháng trước" though the rest of the column was April's (a small figure of a tiny
    province, falsealarm3). Within the percent it is a revision, a note, as a Tháng trước
    is; a column most of whose figures are last month's own is still copied, warned."""
    folder = tmp_path / "data"
    folder.mkdir()
    rows = [("x", 100, 106, 103), ("y", 200, 210, 204), ("z", 300, 320, 306)]
    write_month(folder, 2023, 3, [(c, m, None, None, None, None) for c, m, _, _ in rows])
    write_month(folder, 2023, 4, [(c, a, None, None, None, None) for c, _, a, _ in rows])
    write_month(folder, 2024, 3, [(c, 120, None, s, None, None) for c, _, _, s in rows])
    typed = dict(zip("xyz", april, strict=True))
    write_month(folder, 2024, 4, [(c, 130, 120, typed[c], None, None) for c, *_ in rows])
    problems = checked_with_revisions(tmp_path, "5", Period(2024, 4))
    cells = ("F2", "F3", "F4")
    assert [(p.severity.name, p.cell, p.message) for p in problems if p.cell in cells] == expected


def test_history_of_a_row_with_no_monthly_figure_says_so(tmp_path: Path) -> None:
    """A row typed with its Lũy kế alone in every workbook: `history` printed a table of
    months without a figure and said nothing (province25), where the chart warns. Now a
    warning on stderr says no month has a figure; the table is as before."""
    data = tmp_path / "data"
    data.mkdir()
    write_month(data, 2024, 2, [("x", None, None, None, 211, None)])
    write_month(data, 2024, 3, [("x", None, None, None, 343, None)])
    config = write_config(tmp_path, template=None)
    result = runner.invoke(app, ["history", "--code", "x", "--config", str(config)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2:] == ["02/2024", "03/2024"]
    assert result.stderr.splitlines() == [
        f"CẢNH BÁO: {data}: Không tháng nào từ 2/2024 đến 3/2024 có số «Tháng báo cáo» của "
        "«x» (có lẽ các sổ chỉ ghi «Lũy kế» của chỉ tiêu này): bảng chỉ có tên các tháng, "
        "không có số."
    ]


@pytest.mark.parametrize("made", ["", "folder", "file"])
def test_history_of_a_data_folder_without_workbooks_says_so(tmp_path: Path, made: str) -> None:
    """A data_dir mistyped in the config (no such folder), a file, or a folder with no
    workbook yet: said as such, not as a code that no workbook has (none was looked for)."""
    config = write_config(tmp_path)
    folder = tmp_path / "data"
    if made == "folder":
        folder.mkdir()
    elif made == "file":
        folder.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["history", "--code", "gtsx", "--config", str(config)])
    assert result.exit_code == 1
    assert result.stdout == ""
    what = {
        "folder": f"Thư mục dữ liệu {folder} chưa có sổ dữ liệu nào (tệp đặt tên "
        "<năm>-<tháng>.xlsx, ví dụ 2024-03.xlsx)",
        "file": f"Đường dẫn dữ liệu {folder} không phải là một thư mục",
        "": f"Không có thư mục dữ liệu {folder}",
    }[made]
    assert result.stderr.splitlines()[0] == (
        f"LỖI: {folder}: {what} nên không có chuỗi số liệu nào để in. Hãy kiểm tra khóa "
        f"data_dir ở mục [paths] của {config}, hoặc tạo sổ của tháng bằng lệnh: baocao init."
    )


@pytest.mark.parametrize("typed", ["GTSX", "gtsx ", " gtsx", "gtxs"])
def test_history_of_a_code_typed_unlike_the_workbooks_names_the_nearest(
    workspace: Path, typed: str
) -> None:
    """--code "GTSX" (capitals), "gtsx " (a space pasted from a cell) or "gtxs" (a slip):
    the error said only that no workbook had the code; it now names the code meant."""
    result = runner.invoke(app, ["history", "--code", typed])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"LỖI: {workspace / 'data'}: Không có chỉ tiêu mã «{typed}» trong các sổ dữ liệu của "
        f"thư mục {workspace / 'data'} (lệnh history đọc cột «Mã» của trang ChiTieu; các chỉ "
        "số của trang ChiSoSXCN không có chuỗi theo tháng). Có phải ý bạn là «gtsx»?"
    )
