"""The command line: exact messages in Vietnamese, exit codes, and nothing written on error."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.cli import app, main
from baocao.console import show_path

from helpers import (
    GOLDEN,
    ROOT,
    SAMPLE_TEMPLATE,
    SAMPLE_WORKBOOK,
    document_texts,
    edit_workbook,
    load_workbook,
    pdf_pages,
    write_config,
)

runner = CliRunner()
ARGS = ["--month", "3", "--year", "2024"]


def run(*args: str) -> tuple[int, str, str]:
    """Invoke the app; returns exit code, stdout and stderr."""
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def book(workspace: Path) -> Path:
    return workspace / "data" / "2024-03.xlsx"


def test_build_writes_report_and_prints_path(workspace: Path) -> None:
    """build writes out/BaoCao_T03_2024.docx from the config and prints where."""
    code, out, err = run("build", *ARGS)
    assert (code, out, err) == (0, "Đã tạo báo cáo: out/BaoCao_T03_2024.docx\n", "")
    assert (workspace / "out" / "BaoCao_T03_2024.docx").is_file()


def test_build_to_chosen_file(workspace: Path) -> None:
    """--out writes the report where asked."""
    code, out, _ = run("build", *ARGS, "--out", "bao-cao/thang3.docx")
    assert (code, out) == (0, "Đã tạo báo cáo: bao-cao/thang3.docx\n")
    assert "Nguyễn Văn Phương" in document_texts(workspace / "bao-cao" / "thang3.docx")


def test_build_never_overwrites_silently(workspace: Path) -> None:
    """A second build stops with exit code 3 and leaves the first report byte for byte."""
    assert run("build", *ARGS)[0] == 0
    report = workspace / "out" / "BaoCao_T03_2024.docx"
    before = report.read_bytes()
    code, out, err = run("build", *ARGS)
    assert code == 3
    assert out == ""
    assert err == (
        "LỖI: Báo cáo out/BaoCao_T03_2024.docx đã có. Dùng --force để ghi đè (bản cũ sẽ được "
        "giữ lại thành bản sao lưu), hoặc --out để ghi ra tệp khác.\n"
    )
    assert report.read_bytes() == before


EXISTS = (
    "LỖI: Báo cáo {} đã có. Dùng --force để ghi đè (bản cũ sẽ được giữ lại thành bản sao "
    "lưu), hoặc --out để ghi ra tệp khác.\n"
)


def test_exit_3_names_the_report_as_the_success_line_does(workspace: Path) -> None:
    """ "đã có" (exit 3) names the report as "Đã tạo báo cáo" does: relative to the working
    folder when inside it (it printed the absolute path); from another folder, by a relative
    --config, the whole path in both; a relative --out as typed."""
    assert run("build", *ARGS) == (0, "Đã tạo báo cáo: out/BaoCao_T03_2024.docx\n", "")
    assert run("build", *ARGS) == (3, "", EXISTS.format("out/BaoCao_T03_2024.docx"))
    (workspace / "khac").mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(workspace / "khac")
        report = workspace / "out" / "BaoCao_T03_2024.docx"
        assert run("build", *ARGS, "--config", "../baocao.toml") == (3, "", EXISTS.format(report))
        made = run("build", *ARGS, "--config", "../baocao.toml", "--out", "../bc/t3.docx")
        assert made == (0, "Đã tạo báo cáo: ../bc/t3.docx\n", "")
        again = run("build", *ARGS, "--config", "../baocao.toml", "--out", "../bc/t3.docx")
        assert again == (3, "", EXISTS.format("../bc/t3.docx"))


def test_build_from_a_working_folder_that_is_gone(workspace: Path) -> None:
    """A build whose working folder was removed (a job started in a folder cleaned since)
    names its report whole: looking for the working folder ended in a traceback and exit 1
    after the report was written."""
    gone = workspace / "gone"
    gone.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(gone)
        gone.rmdir()
        done = run("build", *ARGS, "--config", str(workspace / "baocao.toml"))
    report = workspace / "out" / "BaoCao_T03_2024.docx"
    assert done == (0, f"Đã tạo báo cáo: {report}\n", "")
    assert report.is_file()


def test_config_from_a_working_folder_that_is_gone(workspace: Path) -> None:
    """./baocao.toml from a working folder that is gone is not found (exit 1), not a
    FileNotFoundError traceback of making its path absolute."""
    gone = workspace / "gone"
    gone.mkdir()
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(gone)
        gone.rmdir()
        done = run("check", *ARGS)
    assert (done[0], done[2]) == (
        1,
        "LỖI: Không tìm thấy tệp cấu hình baocao.toml (theo thư mục hiện tại). Hãy chỉ đường "
        "dẫn bằng --config hoặc biến môi trường BAOCAO_CONFIG; đơn vị mới thì tạo tệp này "
        "bằng lệnh: baocao setup.\n",
    )


def test_build_force_keeps_a_backup(workspace: Path) -> None:
    """--force replaces the report and keeps the old one as a dated backup beside it."""
    assert run("build", *ARGS)[0] == 0
    report = workspace / "out" / "BaoCao_T03_2024.docx"
    old = report.read_bytes()
    code, _, err = run("build", *ARGS, "--force")
    assert code == 0
    backups = list((workspace / "out").glob("BaoCao_T03_2024.bak-*.docx"))
    assert len(backups) == 1
    assert backups[0].read_bytes() == old
    assert err == f"Đã lưu bản cũ thành: out/{backups[0].name}\n"
    assert sorted(p.name for p in (workspace / "out").iterdir()) == sorted(
        ["BaoCao_T03_2024.docx", backups[0].name]
    )


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_a_folder_named_like_the_report_is_named_for_what_it_is(
    workspace: Path, force: list[str]
) -> None:
    """--out onto a folder says it is a folder (exit 7), with or without --force: without it
    the folder was "Báo cáo d.docx đã có. Dùng --force…" (exit 3), and --force then failed."""
    (workspace / "d.docx").mkdir()
    assert run("build", *ARGS, "--out", "d.docx", *force) == (
        7,
        "",
        "LỖI: Không ghi được tệp d.docx: đường dẫn này là một thư mục; chương trình không ghi "
        "đè lên nó. Hãy xóa hoặc đổi tên nó, hoặc ghi ra tệp khác bằng --out.\n",
    )
    assert sorted(p.name for p in workspace.iterdir()) == ["baocao.toml", "d.docx", "data"]
    assert list((workspace / "d.docx").iterdir()) == []


def test_the_report_is_never_written_onto_the_template(workspace: Path) -> None:
    """--out naming the configured template is refused, --force or not: --force replaced the
    template with the report (the next build rendered from the report)."""
    template = workspace / "mau.docx"
    shutil.copy(SAMPLE_TEMPLATE, template)
    write_config(workspace, template=template)
    assert run("build", *ARGS, "--out", "mau.docx", "--force") == (
        2,
        "",
        "LỖI: Báo cáo không được ghi lên chính mẫu báo cáo mau.docx. Hãy ghi ra tệp khác bằng "
        "--out.\n",
    )
    assert template.read_bytes() == SAMPLE_TEMPLATE.read_bytes()
    assert sorted(p.name for p in workspace.iterdir()) == ["baocao.toml", "data", "mau.docx"]


def test_setup_says_a_next_command_that_can_be_pasted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder with a space is quoted in the next command setup prints: pasted as shown, it
    was "Thừa «A/baocao.toml»" (exit 2)."""
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("setup", "Sở A", "--month", "1", "--year", "2025")
    assert code == 0
    assert out.splitlines()[-1] == (
        "Tiếp theo: điền các giá trị «(chưa điền)» trong baocao.toml và số liệu trong sổ, rồi "
        'chạy: baocao check --config "Sở A/baocao.toml" --month 1 --year 2025'
    )
    pasted = ["check", "--config", "Sở A/baocao.toml", "--month", "1", "--year", "2025"]
    assert run(*pasted)[0] == 1  # the config's values still to fill: a check, not a usage error


def test_check_clean_workbook(workspace: Path) -> None:
    """check on the sample workbook finds nothing and exits 0."""
    code, out, _ = run("check", *ARGS)
    assert (code, out) == (0, "Sổ dữ liệu: data/2024-03.xlsx\nTổng cộng: 0 lỗi, 0 cảnh báo.\n")


def test_check_missing_workbook(workspace: Path) -> None:
    """A missing workbook is an error naming its path once and how to make it (baocao init)."""
    path = workspace / "data" / "2024-04.xlsx"
    code, out, _ = run("check", "--month", "4", "--year", "2024")
    assert code == 1
    assert out.splitlines()[1:] == [
        f"LỖI: {path}: Không tìm thấy tệp dữ liệu. Hãy tạo sổ của tháng bằng lệnh: baocao init "
        "--month 4 --year 2024",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


def test_the_console_script_looks_for_no_pydantic_plugin(workspace: Path) -> None:
    """baocao uses no pydantic plugin, and looking for one (every installed package's entry
    points) took 30 ms of each run: the console script turns that off before its models are
    made (``setdefault``: a PYDANTIC_DISABLE_PLUGINS of the user's own stands)."""
    code = (
        "import sys, pydantic.plugin._loader as loader\n"
        "from baocao.cli import main\n"
        "sys.argv = ['baocao', 'check', '--month', '4', '--year', '2024']\n"
        "try:\n    main()\nexcept SystemExit as stop:\n    print(stop.code, loader._plugins)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=workspace, env=env, capture_output=True, text=True
    )
    assert proc.stdout.splitlines()[-1] == "1 None", proc.stderr  # None: never looked


def test_missing_workbook_hint_names_the_config(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run with --config from elsewhere, the hint is a command that works from there too."""
    config = workspace / "baocao.toml"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out, _ = run("check", "--month", "4", "--year", "2024", "--config", str(config))
    assert code == 1
    assert out.splitlines()[1].endswith(
        f"Hãy tạo sổ của tháng bằng lệnh: baocao init --month 4 --year 2024 --config {config}"
    )


def test_missing_workbook_hint_quotes_a_config_path_a_shell_reads(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A config path with characters a shell reads is quoted and escaped as setup's next
    command is: only a space was quoted, so the pasted hint lost "$x" to the shell (and a
    folder "A&B" ran "baocao init … --config …/A" in the background)."""
    folder = tmp_path / "A&B $x"
    shutil.copytree(workspace, folder)
    config = folder / "baocao.toml"
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", "--month", "4", "--year", "2024", "--config", str(config))
    assert code == 1
    hint = out.splitlines()[1].split("Hãy tạo sổ của tháng bằng lệnh: ")[1]
    assert hint == f'baocao init --month 4 --year 2024 --config "{tmp_path}/A&B \\$x/baocao.toml"'
    if shutil.which("sh"):  # pasted into a POSIX shell, the path is one word, as it is
        words = subprocess.run(
            ["sh", "-c", f"printf '%s\\n' {hint}"], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        assert words == [
            "baocao",
            "init",
            "--month",
            "4",
            "--year",
            "2024",
            "--config",
            str(config),
        ]


def test_paths_at_the_root_folder_stay_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """From "/", a report in /tmp is shown as /tmp/…, not "tmp/…"."""
    monkeypatch.chdir("/")
    assert show_path(Path("/tmp/out/BaoCao_T03_2024.docx")) == "/tmp/out/BaoCao_T03_2024.docx"


def test_check_missing_sheet(workspace: Path) -> None:
    """A missing sheet is named."""
    wb = load_workbook(book(workspace))
    del wb["NhiemVu"]
    wb.save(book(workspace))
    code, out, _ = run("check", *ARGS)
    assert code == 1
    assert f"LỖI: {book(workspace)}: Thiếu trang tính «NhiemVu»." in out.splitlines()


def test_check_missing_column(workspace: Path) -> None:
    """A missing required column is named with its sheet's header row."""
    wb = load_workbook(book(workspace))
    wb["ChiTieu"]["C1"] = "ĐVT"  # an abbreviation: no column of the contract
    wb.save(book(workspace))
    code, out, _ = run("check", *ARGS)
    assert code == 1
    assert (
        f"LỖI: {book(workspace)}, ChiTieu!1:1: Thiếu cột «Đơn vị» ở hàng tiêu đề (hàng 1)."
        in out.splitlines()
    )


def test_check_text_where_number_needed(workspace: Path) -> None:
    """Text in a number column is an error with the cell and the text found."""
    edit_workbook(book(workspace), "ChiTieu", "gtsx", "Tháng báo cáo", "khoảng 52 nghìn")
    code, out, _ = run("check", *ARGS)
    assert code == 1
    assert out.splitlines()[1:] == [
        f"LỖI: {book(workspace)}, ChiTieu!D2: Cột «Tháng báo cáo» cần một số, nhưng ô có "
        "«khoảng 52 nghìn».",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


def test_check_month_mismatch(workspace: Path) -> None:
    """thang/nam that differ from the month asked for are errors at their cells."""
    edit_workbook(book(workspace), "ThongTin", "thang", "Giá trị", 4)
    edit_workbook(book(workspace), "ThongTin", "nam", "Giá trị", 2023)
    code, out, _ = run("check", *ARGS)
    assert code == 1
    assert out.splitlines()[1:] == [
        f"LỖI: {book(workspace)}, ThongTin!B2: Sổ ghi tháng 4, nhưng lệnh yêu cầu tháng 3.",
        f"LỖI: {book(workspace)}, ThongTin!B3: Sổ ghi năm 2023, nhưng lệnh yêu cầu năm 2024.",
        "Tổng cộng: 2 lỗi, 0 cảnh báo.",
    ]


def test_a_month_mismatch_says_nothing_of_the_earlier_workbooks(workspace: Path) -> None:
    """A workbook stating another month is not filled from the earlier workbooks, so its
    blank figures were said to be missing from them, though they were there: March's
    workbook left stating February (copied, not updated) with «Tháng trước» and «Lũy kế»
    blank printed "«Lũy kế» của «gtsx» để trống và không tính được từ các sổ trước (cần sổ
    tháng 1/2024 có «Lũy kế» …)" beside 2024-02.xlsx. Only the mismatch is said."""
    shutil.copy(SAMPLE_WORKBOOK.parent / "2024-02.xlsx", workspace / "data" / "2024-02.xlsx")
    edit_workbook(book(workspace), "ThongTin", "thang", "Giá trị", 2)
    for header in ("Tháng trước", "Lũy kế"):
        edit_workbook(book(workspace), "ChiTieu", "gtsx", header, None)
    code, out, _ = run("check", *ARGS)
    assert code == 1
    assert out.splitlines()[1:] == [
        f"LỖI: {book(workspace)}, ThongTin!B2: Sổ ghi tháng 2, nhưng lệnh yêu cầu tháng 3.",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


def test_build_with_errors_writes_nothing(workspace: Path) -> None:
    """build validates first: with an error it prints the problems (paths relative to the
    working folder), exits 1, writes no file."""
    edit_workbook(book(workspace), "ThongTin", "thang", "Giá trị", 4)
    code, out, err = run("build", *ARGS)
    assert code == 1
    assert out == ""
    assert err.splitlines() == [
        "LỖI: data/2024-03.xlsx, ThongTin!B2: Sổ ghi tháng 4, nhưng lệnh yêu cầu tháng 3.",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        "Chưa tạo báo cáo vì có lỗi.",
    ]
    assert not (workspace / "out").exists()


def test_headers_match_case_spaces_and_nfd(workspace: Path) -> None:
    """Headers in other case, with extra spaces or decomposed diacritics are the same header."""
    wb = load_workbook(book(workspace))
    wb["ChiTieu"]["D1"] = unicodedata.normalize("NFD", "  THÁNG   BÁO CÁO ")
    wb["ChiTieu"]["A1"] = "mã"
    wb.save(book(workspace))
    assert run("check", *ARGS)[:2] == (
        0,
        "Sổ dữ liệu: data/2024-03.xlsx\nTổng cộng: 0 lỗi, 0 cảnh báo.\n",
    )


def test_vietnamese_number_text_is_read_with_warning(workspace: Path) -> None:
    """ "52.716" typed as text is read as 52716, with a warning naming the cell."""
    edit_workbook(book(workspace), "ChiTieu", "gtsx", "Tháng báo cáo", "52.716")
    code, out, _ = run("check", *ARGS)
    assert code == 0
    assert out.splitlines()[1:] == [
        f"CẢNH BÁO: {book(workspace)}, ChiTieu!D2: Số được gõ dưới dạng chữ «52.716»; "
        "đã đọc là «52.716». Nên nhập ô này dưới dạng số.",
        "Tổng cộng: 0 lỗi, 1 cảnh báo.",
    ]
    assert run("build", *ARGS)[0] == 0
    texts = document_texts(workspace / "out" / "BaoCao_T03_2024.docx")
    assert GOLDEN.read_text(encoding="utf-8").splitlines()[4] in texts


def test_missing_config_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a config anywhere, build says where it looked and exits 1, and how a new
    office makes one (it said only to name one with --config or BAOCAO_CONFIG, which an
    office that has none cannot do)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BAOCAO_CONFIG", raising=False)
    code, _, err = run("build", *ARGS)
    assert code == 1
    assert err == (
        f"LỖI: Không tìm thấy tệp cấu hình {tmp_path / 'baocao.toml'} (theo thư mục "
        "hiện tại). Hãy chỉ đường dẫn bằng --config hoặc biến môi trường "
        "BAOCAO_CONFIG; đơn vị mới thì tạo tệp này bằng lệnh: baocao setup.\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["build", "--year", "2024"],
            "LỖI: Cần cả --month và --year, hoặc bỏ cả hai để dùng tháng hiện tại.",
        ),
        (["history"], "LỖI: Thiếu tùy chọn bắt buộc --code."),
        (
            ["history", "--code", "gtsx", "--from", "3/2024"],
            "LỖI: Tháng «3/2024» phải viết dạng NĂM-THÁNG, ví dụ 2024-03.",
        ),
        (
            ["build", "--month", "13", "--year", "2024"],
            "LỖI: Tháng phải từ 1 đến 12, nhưng là «13».",
        ),
        (
            ["check", "--month", "ba", "--year", "2024"],
            "LỖI: Tháng phải từ 1 đến 12, nhưng là «ba».",
        ),
        (["build", *ARGS, "--nhanh"], "LỖI: Không có tùy chọn --nhanh."),
    ],
)
def test_usage_errors_in_vietnamese(
    args: list[str],
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The console script writes usage errors in Vietnamese and exits 2."""
    monkeypatch.setattr(sys, "argv", ["baocao", *args])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.splitlines() == [
        message,
        f"Xem hướng dẫn: baocao {args[0]} --help",
    ]


@pytest.mark.parametrize(
    ("command", "summary"),
    [
        ("build", "Kiểm tra sổ dữ liệu của tháng rồi tạo báo cáo .docx."),
        (
            "check",
            "Kiểm tra sổ dữ liệu của tháng và liệt kê mọi lỗi, cảnh báo theo trang tính và ô.",
        ),
        (
            "init",
            "Tạo sổ dữ liệu của tháng, sẵn các chỉ tiêu và số tháng trước, cùng kỳ để điền tiếp.",
        ),
        ("history", "In chuỗi số liệu theo tháng của một chỉ tiêu qua các sổ dữ liệu."),
    ],
)
def test_every_command_has_vietnamese_help_and_is_documented(command: str, summary: str) -> None:
    """Each command's --help gives its Vietnamese summary, and the README shows the command."""
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert summary in " ".join(result.stdout.split())
    assert f"baocao {command}" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_pdf_without_libreoffice(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--pdf without LibreOffice says how to install it, exits 6 and writes nothing."""
    empty = workspace / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    code, out, err = run("build", *ARGS, "--pdf")
    assert (code, out) == (6, "")
    assert err == (
        "LỖI: Không tìm thấy LibreOffice (lệnh soffice) nên không tạo được PDF. Hãy cài "
        "LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui) rồi chạy lại, "
        "hoặc bỏ --pdf.\n"
    )
    assert not (workspace / "out").exists()


@pytest.mark.libreoffice
@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="LibreOffice (soffice) or poppler (pdftotext) is not installed",
)
def test_pdf_written_next_to_docx(workspace: Path) -> None:
    """--pdf writes the PDF beside the .docx and prints both paths; in the PDF, page 1 has
    no page number, page 2 shows "2", the key texts are there."""
    code, out, _ = run("build", *ARGS, "--pdf")
    assert (code, out) == (
        0,
        "Đã tạo báo cáo: out/BaoCao_T03_2024.docx\nĐã tạo bản PDF: out/BaoCao_T03_2024.pdf\n",
    )
    assert (workspace / "out" / "BaoCao_T03_2024.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in (workspace / "out").iterdir()) == [
        "BaoCao_T03_2024.docx",
        "BaoCao_T03_2024.pdf",
    ]
    pages = pdf_pages(workspace / "out" / "BaoCao_T03_2024.pdf")
    assert len(pages) >= 2
    first_lines = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    assert not first_lines[0][0].isdigit()
    assert first_lines[1][0] == "2"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0]
    assert "BÁO CÁO" in first_lines[0]
    assert "Nguyễn Văn Phương" in pages[-2]
    assert "PHỤ LỤC — MỘT SỐ CHỈ TIÊU CHỦ YẾU THÁNG 3 NĂM 2024" in pages[-1]
    assert first_lines[-1][0] == str(len(pages))  # the appendix goes on counting pages
