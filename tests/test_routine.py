"""The monthly routine: init, unattended runs, reproducible reports, documented exit codes."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from baocao.api import build_report
from baocao.cli import app
from baocao.config import load_config
from baocao.errors import ExitCode
from baocao.newmonth import PREVIOUS_TASKS
from baocao.period import Period
from baocao.sheets import CHI_TIEU, INFO_KEYS
from baocao.starter import DEFAULT_IIP, DEFAULT_INDICATORS

from helpers import ROOT, edit_workbook, load_workbook, module_with, python_child, write_config

runner = CliRunner()
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture
def with_history(workspace: Path) -> Path:
    """The workspace with the sample's earlier months too."""
    for name in ("2024-02.xlsx", "2023-03.xlsx"):
        shutil.copy(SAMPLES / name, workspace / "data" / name)
    return workspace


def test_init_writes_a_workbook_ready_to_fill(with_history: Path) -> None:
    """init copies the rows of the latest workbook, fills Tháng trước, formats and validates."""
    result = runner.invoke(app, ["init", "--month", "4", "--year", "2024"])
    assert (result.exit_code, result.stdout) == (
        0,
        "Đã tạo sổ dữ liệu: data/2024-04.xlsx (các chỉ tiêu lấy theo 2024-03.xlsx)\n",
    )
    wb = load_workbook(with_history / "data" / "2024-04.xlsx")
    assert wb.sheetnames == [
        "ThongTin",
        "ChiSoSXCN",
        "ChiTieu",
        "HoatDong",
        "NhiemVu",
        PREVIOUS_TASKS,
    ]
    info = wb["ThongTin"]
    assert [c.value for c in info[1]] == ["Khóa", "Giá trị", "Ghi chú"]
    assert [(r[0].value, r[1].value) for r in info.iter_rows(min_row=2, max_row=3)] == [
        ("thang", 4),
        ("nam", 2024),
    ]
    assert [r[0].value for r in info.iter_rows(min_row=2)] == [k.key for k in INFO_KEYS]
    ws = wb["ChiTieu"]
    assert [c.value for c in ws[1]] == [c.header for c in CHI_TIEU.columns]
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert [c.comment.text for c in ws[1]] == [c.note for c in CHI_TIEU.columns]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2) if r[0].value}
    assert list(rows)[:3] == ["gtsx", "gtsx.nha_nuoc", "gtsx.ngoai_nha_nuoc"]
    gtsx, xk = rows["gtsx"], rows["xuat_khau"]
    # Mã … Tháng báo cáo (blank), Tháng trước (March's estimate), Cùng kỳ (no April 2023).
    assert [c.value for c in gtsx] == [
        "gtsx",
        "Giá trị sản xuất công nghiệp (giá thực tế)",
        "tỷ đồng",
        None,
        52716,
        None,
        None,
        None,
        665000,
        0,
        None,
        None,
        1,
        "Về sản xuất công nghiệp",
    ]
    assert (xk[4].value, xk[9].value, xk[13].value) == (1822.5, 1, "Hoạt động xuất nhập khẩu")
    assert (gtsx[3].number_format, xk[3].number_format, xk[4].number_format) == (
        "#,##0",
        "#,##0.0",
        "#,##0.0",
    )
    validation = ws.data_validations.dataValidation[0]
    assert (validation.type, validation.operator, validation.formula1) == (
        "decimal",
        "greaterThanOrEqual",
        "0",
    )
    assert str(validation.sqref) == "D2:I34"
    assert [r[0].value for r in wb["HoatDong"].iter_rows(min_row=2)][:2] == [
        "Công tác quản lý Công nghiệp",
        "Công tác quản lý Năng lượng",
    ]
    assert wb["NhiemVu"].max_row == 1
    previous = list(wb[PREVIOUS_TASKS].iter_rows(min_row=2, values_only=True))
    assert len(previous) == 12
    assert (
        previous[-1][1] == "Thực hiện nhiệm vụ khác do Tỉnh ủy, UBND tỉnh, Bộ Công Thương giao./."
    )


def test_init_carries_each_headings_level(workspace: Path) -> None:
    """A carried HoatDong heading's row, where the month's first paragraph is typed, had
    «Cấp» 1 whatever last month's paragraphs were: March's "Công tác Cải cách hành chính"
    opens with a Cấp 0 paragraph, and April's row said 1. It carries March's level."""
    assert runner.invoke(app, ["init", "--month", "4", "--year", "2024"]).exit_code == 0
    ws = load_workbook(workspace / "data" / "2024-04.xlsx")["HoatDong"]
    rows = [(r[0].value[:20], r[1].value) for r in ws.iter_rows(min_row=2)]
    assert rows == [
        ("Công tác quản lý Côn", 1),
        ("Công tác quản lý Năn", 1),
        ("Công tác Kỹ thuật an", 1),
        ("Công tác quản lý Thư", 1),
        ("Công tác quản lý Xuấ", 1),
        ("Công tác Khuyến công", 1),
        ("Công tác Cải cách hà", 0),
    ]


def test_init_never_overwrites(with_history: Path) -> None:
    """A second init stops with exit code 3 and leaves the workbook as it was."""
    assert runner.invoke(app, ["init", "--month", "4", "--year", "2024"]).exit_code == 0
    path = with_history / "data" / "2024-04.xlsx"
    before = path.read_bytes()
    result = runner.invoke(app, ["init", "--month", "4", "--year", "2024"])
    assert result.exit_code == 3
    assert result.stderr == f"LỖI: Sổ dữ liệu {path} đã có; baocao init không ghi đè.\n"
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", ["2024-4.xlsx", "T04-2024.xlsx", "2024-04 (1).xlsx"])
def test_init_refuses_the_month_named_otherwise(with_history: Path, name: str) -> None:
    """The month's workbook begun under another name: check says to rename it, and init
    made an empty 2024-04.xlsx beside it (exit 0), after which check read the empty one and
    never named the clerk's again (attack20). init refuses, as for the month's own name."""
    begun = with_history / "data" / name
    shutil.copy(with_history / "data" / "2024-03.xlsx", begun)
    result = runner.invoke(app, ["init", "--month", "4", "--year", "2024"])
    assert (result.exit_code, result.stdout) == (3, "")
    assert result.stderr == (
        f"LỖI: Thư mục dữ liệu {with_history / 'data'} chưa có sổ 2024-04.xlsx nhưng có "
        f"«{name}»: nếu đó là sổ tháng 4/2024, hãy đổi tên thành 2024-04.xlsx; nếu không, hãy "
        "dời tệp đó sang thư mục khác rồi chạy lại. baocao init không tạo sổ thứ hai cho "
        "cùng một tháng.\n"
    )
    assert sorted(p.name for p in (with_history / "data").iterdir()) == sorted(
        ["2023-03.xlsx", "2024-02.xlsx", "2024-03.xlsx", name]
    )


def test_init_same_month_next_year_takes_cung_ky(with_history: Path) -> None:
    """Cùng kỳ comes from the same month of last year (its revision when one exists)."""
    assert runner.invoke(app, ["init", "--month", "3", "--year", "2025"]).exit_code == 0
    ws = load_workbook(with_history / "data" / "2025-03.xlsx")["ChiTieu"]
    gtsx = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "gtsx")
    assert (gtsx[4].value, gtsx[5].value, gtsx[8].value) == (None, 52716, None)


@pytest.mark.parametrize("reported", [True, False])
def test_init_keeps_an_index_sheet_left_without_rows(with_history: Path, reported: bool) -> None:
    """An office that reports industrial output and no index (Lâm Đồng's 9-month report of
    2019) deletes ChiSoSXCN's rows: init wrote the five starter rows back every month, and
    check then stopped at each ("Cần ít nhất một chỉ số …"). A figures-only earlier workbook
    (no task: typed for its figures alone) says nothing of the index, and gets them."""
    march = with_history / "data" / "2024-03.xlsx"
    book = load_workbook(march)
    book["ChiSoSXCN"].delete_rows(2, book["ChiSoSXCN"].max_row)
    if not reported:
        book["NhiemVu"].delete_rows(2, book["NhiemVu"].max_row)
    book.save(march)
    assert runner.invoke(app, ["init", "--month", "4", "--year", "2024"]).exit_code == 0
    wb = load_workbook(with_history / "data" / "2024-04.xlsx")
    index_rows = [r for r in wb["ChiSoSXCN"].iter_rows(min_row=2, values_only=True) if any(r)]
    assert [r[0] for r in index_rows] == ([] if reported else [c for c, _, _ in DEFAULT_IIP])
    assert next(wb["ChiTieu"].iter_rows(min_row=2, values_only=True))[0] == "gtsx"


def test_init_without_history_uses_default_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no earlier workbook, init writes the default indicator list; baocao reads it back."""
    monkeypatch.chdir(tmp_path)
    write_config(tmp_path)
    assert runner.invoke(app, ["init", "--month", "1", "--year", "2025"]).exit_code == 0
    book = tmp_path / "data" / "2025-01.xlsx"
    wb = load_workbook(book)
    assert [r[0].value for r in wb["ChiTieu"].iter_rows(min_row=2) if r[0].value] == [
        row[0] for row in DEFAULT_INDICATORS
    ]
    check = runner.invoke(app, ["check", "--month", "1", "--year", "2025", "--json"])
    problems = json.loads(check.stdout)["problems"]
    blank_values = [p for p in problems if p["sheet"] == "ChiTieu"]
    assert {p["cell"][0] for p in blank_values} == {"D"}  # only Tháng báo cáo is left to fill
    assert len(blank_values) == len(DEFAULT_INDICATORS)


def test_build_twice_is_byte_identical(workspace: Path) -> None:
    """The same inputs give the same bytes, so a re-run shows no false change."""
    config = load_config(None)
    first = build_report(config, Period(2024, 3), workspace / "a.docx").output.read_bytes()
    second = build_report(config, Period(2024, 3), workspace / "b.docx").output.read_bytes()
    assert first == second


def test_source_date_epoch_is_honoured(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """$SOURCE_DATE_EPOCH sets every zip entry's time and the created/modified properties."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1710892800")  # 2024-03-20 00:00 UTC
    out = build_report(load_config(None), Period(2024, 3)).output
    with zipfile.ZipFile(out) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2024, 3, 20, 0, 0, 0)}
    props = Document(str(out)).core_properties
    assert props.created == props.modified == dt.datetime(2024, 3, 20, 0, 0, tzinfo=dt.UTC)


def test_build_defaults_to_the_current_month(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without --month/--year, build makes the current month's report (a cron line on the 20th)."""

    class Today(dt.date):
        @classmethod
        def today(cls) -> Today:
            return cls(2024, 3, 20)

    monkeypatch.setattr("baocao.period.dt", module_with(dt, date=Today))
    result = runner.invoke(app, ["build", "--quiet"])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    assert (workspace / "out" / "BaoCao_T03_2024.docx").is_file()


def test_log_file_gets_a_line_per_run(workspace: Path) -> None:
    """--log-file appends time, command, month, result and output path (or the error)."""
    log = workspace / "log" / "baocao.log"
    args = ["build", "--month", "3", "--year", "2024", "--log-file", str(log)]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args).exit_code == 3
    lines = [line.split("\t") for line in log.read_text(encoding="utf-8").splitlines()]
    assert [line[1:4] for line in lines] == [
        ["build", "2024-03", "OK"],
        ["build", "2024-03", "LỖI 3"],
    ]
    assert lines[0][4] == str(workspace / "out" / "BaoCao_T03_2024.docx")
    assert lines[1][4].startswith("Báo cáo ")
    assert dt.datetime.fromisoformat(lines[0][0]).tzinfo is not None


def test_a_log_line_of_a_report_with_warnings_counts_them(workspace: Path) -> None:
    """A scheduled build's line said "OK" and the report's path alone, whatever its
    warnings: whoever reads the log saw nothing to look at. The count follows, in a field
    of its own (the path stays the fifth)."""
    log = workspace / "baocao.log"
    edit_workbook(
        workspace / "data" / "2024-03.xlsx", "ThongTin", "nhan_dinh_sxcn", "Giá trị", "giảm mạnh"
    )
    args = ["build", "-m", "3", "-y", "2024", "--quiet", "--log-file", str(log)]
    assert runner.invoke(app, args).exit_code == 0
    fields = log.read_text(encoding="utf-8").rstrip("\n").split("\t")
    assert fields[3:] == ["OK", str(workspace / "out" / "BaoCao_T03_2024.docx"), "1 cảnh báo"]


def test_a_log_line_of_a_stopped_build_says_its_error_once(workspace: Path) -> None:
    """A build stopped by a workbook's error logged "LỖI 1<TAB>LỖI: /…/2024-03.xlsx,
    ChiTieu!D2: …": the fourth field says the error, the fifth said "LỖI:" again (mends40).
    The fifth is the first error's place and message."""
    book = workspace / "data" / "2024-03.xlsx"
    edit_workbook(book, "ChiTieu", "gtsx", "Tháng báo cáo", "khoảng 52 nghìn")
    log = workspace / "baocao.log"
    args = ["build", "-m", "3", "-y", "2024", "--log-file", str(log)]
    assert runner.invoke(app, args).exit_code == 1
    fields = log.read_text(encoding="utf-8").rstrip("\n").split("\t")
    assert fields[1:] == [
        "build",
        "2024-03",
        "LỖI 1",
        f"{book}, ChiTieu!D2: Cột «Tháng báo cáo» cần một số, nhưng ô có «khoảng 52 nghìn».",
    ]


def test_a_path_that_is_no_utf8(workspace: Path) -> None:
    """A folder named in an old code page (the byte 0xD5) under a UTF-8 locale whose
    streams are strict (en_US.UTF-8): the report's line and the log give its bytes as on
    disk. It was a UnicodeEncodeError traceback and exit code 1 after the report was
    written, and no log line."""
    log, said = workspace / "baocao.log", workspace / "said.txt"
    out = b"b\xd5o c\xe1o/BaoCao_T03_2024.docx"
    args = ["build", "-m", "3", "-y", "2024", "--out", os.fsdecode(out), "--log-file", str(log)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    with said.open("wb") as stdout:
        done = python_child(
            "from baocao.cli import main; main()",
            *args,
            cwd=workspace,
            env={**env, "PYTHONIOENCODING": "utf-8"},
            stdout=stdout.fileno(),
        )
    assert (done.returncode, done.stderr) == (0, "")
    assert said.read_bytes() == "Đã tạo báo cáo: ".encode() + out + b"\n"
    fields = log.read_bytes().rstrip(b"\n").split(b"\t")
    assert fields[3:] == [b"OK", out]


def test_check_json_of_a_path_that_is_no_utf8(workspace: Path) -> None:
    """check --json of an office folder named in an old code page (the byte 0xD5) is valid
    UTF-8 JSON, the byte escaped as Python reads it ("\\udcd5"); it wrote the raw byte, which
    no strict JSON reader takes (or a UnicodeEncodeError traceback under en_US.UTF-8)."""
    folder = Path(os.fsdecode(os.fsencode(workspace) + b"/b\xd5o c\xe1o"))
    shutil.copytree(workspace / "data", folder / "data")
    shutil.copy(workspace / "baocao.toml", folder / "baocao.toml")
    args = ["check", "-m", "3", "-y", "2024", "--json", "--config", str(folder / "baocao.toml")]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert '/b\\udcd5o c\\udce1o/data/2024-03.xlsx"' in result.stdout_bytes.decode("utf-8")
    found = json.loads(result.stdout_bytes.decode("utf-8"))
    assert os.fsencode(found["workbook"]) == os.fsencode(folder / "data" / "2024-03.xlsx")


def test_help_does_not_import_heavy_libraries() -> None:
    """`baocao --help` starts without openpyxl, docxtpl, python-docx or Jinja."""
    code = (
        "import sys\nfrom baocao.cli import main\nsys.argv = ['baocao', '--help']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'openpyxl', 'docxtpl', 'docx', 'jinja2', 'docxtpl_lint'}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines()[-1] == "[]"


NUMPY_RUN = """
import sys
from baocao.cli import app
try:
    app(["check", "--month", "3", "--year", "2024"])
except SystemExit as exc:
    print(exc.code, sorted({m.split(".")[0] for m in sys.modules} & {"openpyxl", "numpy"}))
import matplotlib.pyplot, numpy  # the chart's, later in the run
print(numpy.zeros(2).tolist())
"""


@pytest.mark.skipif(
    importlib.util.find_spec("numpy") is None, reason="numpy comes with the chart's extra"
)
def test_a_first_check_loads_openpyxl_without_numpy(workspace: Path) -> None:
    """A check that reads its workbook (nothing kept) loads openpyxl, which loaded numpy
    where the chart's extra installed it: 150–200 ms of a command. numpy still loads for
    the chart after it."""
    env = {**os.environ, "BAOCAO_CACHE_DIR": "off"}
    out = subprocess.run(
        [sys.executable, "-c", NUMPY_RUN], cwd=workspace, env=env, capture_output=True, text=True
    )
    assert out.stdout.splitlines()[-2:] == ["0 ['openpyxl']", "[0.0, 0.0]"], out.stderr


@pytest.mark.parametrize("code", list(ExitCode))
def test_exit_codes_documented(code: ExitCode) -> None:
    """Every exit code the program uses has its row in the README's table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"\n| {int(code)} | " in readme


def test_quiet_still_reports_errors(workspace: Path) -> None:
    """--quiet silences success, never errors."""
    (workspace / "data" / "2024-03.xlsx").unlink()
    result = runner.invoke(app, ["build", "-m", "3", "-y", "2024", "--quiet"])
    assert result.exit_code == 1
    assert "Không tìm thấy tệp dữ liệu" in result.stderr


def test_quiet_build_still_says_its_warnings(workspace: Path) -> None:
    """--quiet (cron) prints the warnings of a report it wrote, not the notes or the path."""
    edit_workbook(
        workspace / "data" / "2024-03.xlsx", "ChiTieu", "gtsx.fdi", "Tháng báo cáo", 46398
    )
    result = runner.invoke(app, ["build", "-m", "3", "-y", "2024", "--quiet"])
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr.splitlines() == [
        "CẢNH BÁO: data/2024-03.xlsx, ChiTieu!D2: Cột «Tháng báo cáo»: tổng nhóm «Phân theo "
        "loại hình kinh tế» của «gtsx» (52.616) nhỏ hơn số của «gtsx» (52.716), lệch 100.",
    ]


def test_strict_stop_says_warnings_not_errors(workspace: Path) -> None:
    """A build stopped by --strict for a warning says so, on screen and in the log."""
    edit_workbook(
        workspace / "data" / "2024-03.xlsx", "ChiTieu", "gtsx.fdi", "Tháng báo cáo", 46398
    )
    log = workspace / "baocao.log"
    args = ["build", "-m", "3", "-y", "2024", "--strict", "--log-file", str(log)]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "Chưa tạo báo cáo vì có cảnh báo (--strict)."
    detail = log.read_text(encoding="utf-8").split("\t")[4]
    assert detail.startswith("Có 1 cảnh báo (--strict); chưa tạo báo cáo. CẢNH BÁO: ")
    assert not (workspace / "out" / "BaoCao_T03_2024.docx").exists()


def test_the_notes_say_to_type_what_no_earlier_workbook_gives() -> None:
    """The header notes of a new workbook (``setup``'s first one too, which ``init``'s test
    above reads back) said "để trống để tự cộng" of Lũy kế: an office starting mid-year
    that left it blank got a warning at each row. They say when to type it."""
    notes = {c.header: c.note for c in CHI_TIEU.columns}
    assert [notes[h] for h in ("Tháng trước", "Cùng kỳ", "Lũy kế", "Lũy kế cùng kỳ")] == [
        "Số thực hiện tháng trước; để trống để lấy từ sổ tháng trước (chưa có sổ: ghi).",
        "Số cùng tháng năm trước; để trống để lấy từ sổ năm trước (chưa có sổ: ghi).",
        "Lũy kế từ tháng 1 đến tháng báo cáo; để trống để tự cộng (sổ đầu tiên: ghi).",
        "Lũy kế cùng kỳ năm trước; để trống để tự cộng (sổ đầu tiên: ghi).",
    ]


@pytest.mark.skipif(
    importlib.util.find_spec("numpy") is None, reason="numpy comes with the chart's extra"
)
def test_openpyxl_loads_after_numpy() -> None:
    """`baocao build --chart` in a fresh process (numpy loaded for the chart before any
    workbook is read) ended in a traceback, "KeyError: 'openpyxl'": openpyxl was loaded
    only when numpy was not, and looked up either way."""
    code = (
        "import numpy\nfrom baocao.openpyxlimport import openpyxl_module\n"
        "print(openpyxl_module().__name__, openpyxl_module().Workbook.__name__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout == "openpyxl Workbook\n", out.stderr


def test_setup_over_a_months_workbook_names_setup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`setup` into a folder whose data/ has the month's workbook (a config deleted to start
    again) stops with exit code 3 naming `setup`, the command typed, not `init`; it writes no
    config and leaves the workbook as it was."""
    path = tmp_path / "office" / "data" / "2025-01.xlsx"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"the office's own")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["setup", "office", "--month", "1", "--year", "2025"])
    assert (result.exit_code, result.stderr) == (
        3,
        f"LỖI: Sổ dữ liệu {path} đã có; baocao setup không ghi đè.\n",
    )
    assert sorted(p.name for p in (tmp_path / "office").iterdir()) == ["data"]
    assert path.read_bytes() == b"the office's own"


def test_setup_into_a_folder_typed_in_the_other_unicode_form_uses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`setup "Sở Công Thương"` typed decomposed for a folder the office made composed wrote
    into a second folder of the same look; the folder on disk is used."""
    import unicodedata

    name = "Sở Công Thương"
    folder = tmp_path / unicodedata.normalize("NFC", name)
    folder.mkdir()
    monkeypatch.chdir(tmp_path)
    typed = unicodedata.normalize("NFD", name)
    result = runner.invoke(app, ["setup", typed, "--month", "1", "--year", "2025"])
    assert result.exit_code == 0
    assert [p.name for p in tmp_path.iterdir()] == [folder.name]
    assert sorted(p.name for p in folder.iterdir()) == ["baocao.toml", "data"]
