"""The command line an office meets: help and usage errors in Vietnamese, fitting messages,
what a build prints, and a console that cannot print Vietnamese."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Annotated

import pytest
import typer
from typer.testing import CliRunner

from baocao.cli import app, main
from baocao.usage import UsageError, VietnameseCommand, VietnameseGroup, usage_lines

from helpers import ROOT, blank_bases_with_history, edit_workbook

runner = CliRunner()
ARGS = ["--month", "3", "--year", "2024"]
COMMANDS = ["build", "check", "init", "history"]
# What click, Typer and rich print when left to themselves.
ENGLISH = [
    "Show this message",
    "and exit",
    "Options",
    "Usage",
    "Commands",
    "Arguments",
    "[default",
    "default:",
    "required",
    "bool",
    "int range",
    "TEXT",
    "PATH",
    "INTEGER",
    "FLOAT",
    "BOOLEAN",
    "OPTIONS",
    "COMMAND",
    "ARGS",
    "Try ",
    "for help",
    "Error",
    "─",
    "╭",
]


def console(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the console script (as `baocao ARGS`); exit code, stdout and stderr."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(sys, "argv", ["baocao", *args])
        with pytest.raises(SystemExit) as exit_info:
            main()
    captured = capsys.readouterr()
    code = exit_info.value.code
    return (code if isinstance(code, int) else 0), captured.out, captured.err


@pytest.mark.parametrize("args", [["--help"], *[[c, "--help"] for c in COMMANDS]])
def test_help_has_no_english(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Every help screen is Vietnamese: no click/Typer/rich heading, default or type name."""
    code, out, _ = console(args, capsys)
    assert code == 0
    assert out.startswith(f"Cách dùng: baocao {' '.join(args[:-1])}".rstrip() + " ")
    assert "Tùy chọn:" in out
    assert "--help" in out
    assert "Hiện hướng dẫn này rồi thoát." in out
    assert [word for word in ENGLISH if word in out] == []


def test_main_help_exact(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`baocao --help` lists the commands with their Vietnamese summaries."""
    monkeypatch.setenv("COLUMNS", "80")
    assert console(["--help"], capsys)[1].splitlines() == [
        "Cách dùng: baocao LỆNH [TÙY CHỌN]",
        "",
        "  baocao — tạo báo cáo tháng của Sở Công Thương (.docx) từ một sổ Excel.",
        "",
        "Tùy chọn:",
        "  --help  Hiện hướng dẫn này rồi thoát.",
        "",
        "Lệnh:",
        "  build    Kiểm tra sổ dữ liệu của tháng rồi tạo báo cáo .docx.",
        "  check    Kiểm tra sổ dữ liệu của tháng và liệt kê mọi lỗi, cảnh báo theo",
        "           trang tính và ô.",
        "  init     Tạo sổ dữ liệu của tháng, sẵn các chỉ tiêu và số tháng trước, cùng",
        "           kỳ để điền tiếp.",
        "  setup    Bắt đầu cho một đơn vị mới: tạo baocao.toml để điền và sổ dữ liệu",
        "           tháng đầu tiên.",
        "  history  In chuỗi số liệu theo tháng của một chỉ tiêu qua các sổ dữ liệu.",
        "",
        "Xem hướng dẫn của từng lệnh: baocao LỆNH --help",
    ]


def test_option_values_named_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    """Options show Vietnamese value names, flags none, and [chart] survives in --chart's help."""
    build = " ".join(console(["build", "--help"], capsys)[1].split())
    for entry in (
        "-m, --month THÁNG Tháng báo cáo (1–12); bỏ cả --month và --year: tháng hiện tại.",
        "-y, --year NĂM Năm báo cáo (1900–9999), ví dụ 2024.",
        "-o, --out TỆP Tệp báo cáo .docx cần ghi (mặc định theo cấu hình, ví dụ "
        "out/BaoCao_T03_2024.docx).",
        "--force Ghi đè báo cáo đã có;",
        "--chart Thêm biểu đồ xu hướng vào phụ lục (cần gói baocao[chart]).",
        "--log-file TỆP Ghi thêm",
    ):
        assert entry in build
    history = " ".join(console(["history", "--help"], capsys)[1].split())
    assert history.startswith("Cách dùng: baocao history --code MÃ [TÙY CHỌN]")
    assert "--code MÃ Mã chỉ tiêu, ví dụ gtsx. [bắt buộc]" in history
    assert "--from NĂM-THÁNG Từ tháng, ví dụ 2023-01." in history
    setup = " ".join(console(["setup", "--help"], capsys)[1].split())
    assert setup.startswith("Cách dùng: baocao setup [TÙY CHỌN] [THƯ-MỤC] ")
    assert "Đối số: THƯ-MỤC Thư mục làm việc của đơn vị (mặc định: thư mục hiện tại). " in setup
    assert "folder" not in setup


def test_options_added_later_are_vietnamese_too() -> None:
    """An option without a value name of its own gets one by its type, with its range and
    default in Vietnamese; its range error says the range."""
    demo = typer.Typer(cls=VietnameseGroup, rich_markup_mode=None, add_completion=False)

    @demo.command(cls=VietnameseCommand)
    def thu(
        so: Annotated[int, typer.Option(min=1, max=5, help="Số lần.")] = 3,
        tep: Annotated[Path | None, typer.Option(help="Một tệp.")] = None,
        ten: Annotated[str, typer.Option(help="Một tên.")] = "a",
    ) -> None:
        """Thử."""

    @demo.command(cls=VietnameseCommand)
    def khac() -> None:
        """Lệnh khác."""

    shown = CliRunner().invoke(demo, ["thu", "--help"]).stdout
    text = " ".join(shown.split())
    assert "--so SỐ Số lần. [từ 1 đến 5] [mặc định: 3]" in text
    assert "--tep ĐƯỜNG-DẪN Một tệp." in text
    assert "--ten GIÁ-TRỊ Một tên. [mặc định: a]" in text
    assert [word for word in ENGLISH if word in shown] == []
    with pytest.raises(UsageError) as info:
        typer.main.get_command(demo).main(["thu", "--so", "9"], "demo", standalone_mode=False)
    assert usage_lines(info.value) == [
        "LỖI: Giá trị không hợp lệ cho --so. Giá trị phải từ 1 đến 5.",
        "Xem hướng dẫn: demo thu --help",
    ]


def test_no_command_prints_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    """`baocao` alone prints the Vietnamese help (exit 2, as click does), not an error."""
    code, out, err = console([], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("Cách dùng: baocao LỆNH [TÙY CHỌN]\n")


SEE = "Xem hướng dẫn: baocao {} --help"


@pytest.mark.parametrize(
    ("args", "lines"),
    [
        (
            ["buid", *ARGS],
            [
                "LỖI: Không có lệnh «buid». Có phải ý bạn là «build»? Các lệnh: build, check, "
                "init, setup, history.",
                "Xem hướng dẫn: baocao --help",
            ],
        ),
        (
            ["tao-bao-cao"],
            [
                "LỖI: Không có lệnh «tao-bao-cao». Các lệnh: build, check, init, setup, history.",
                "Xem hướng dẫn: baocao --help",
            ],
        ),
        (
            ["check", "-m", "0", "-y", "2024"],
            ["LỖI: Tháng phải từ 1 đến 12, nhưng là «0».", "check"],
        ),
        (
            ["init", "-m", "-1", "-y", "2024"],
            ["LỖI: Tháng phải từ 1 đến 12, nhưng là «-1».", "init"],
        ),
        (
            ["build", "-m", "3", "-y", "99"],
            ["LỖI: Năm phải có bốn chữ số (1900–9999), nhưng là «99».", "build"],
        ),
        (
            ["build", "-m", "3", "-y", "năm"],
            ["LỖI: Năm phải có bốn chữ số (1900–9999), nhưng là «năm».", "build"],
        ),
        (
            ["build", *ARGS, "3"],
            [
                "LỖI: Thừa «3»: mỗi giá trị phải đi ngay sau tùy chọn của nó, ví dụ --month 3 "
                "--year 2024.",
                "build",
            ],
        ),
        (
            ["build", "--mont", "3", "--year", "2024"],
            ["LỖI: Không có tùy chọn --mont. Có phải ý bạn là --month?", "build"],
        ),
        (
            ["build", "--year", "2024", "--month"],
            ["LỖI: Tùy chọn --month cần một giá trị ngay sau nó, ví dụ --month THÁNG.", "build"],
        ),
        (
            ["build", *ARGS, "--force=1"],
            ["LỖI: Tùy chọn --force không nhận giá trị; chỉ cần ghi --force.", "build"],
        ),
        (
            ["build", *ARGS, "--out", "bc.pdf", "--pdf"],
            [
                "LỖI: --out phải là một tệp .docx (ví dụ --out bao-cao/thang3.docx), nhưng là "
                "«bc.pdf». Bản PDF (--pdf) được ghi bên cạnh, cùng tên với đuôi .pdf.",
                "build",
            ],
        ),
        (
            ["build", *ARGS, "--out", "bao-cao/"],
            [
                "LỖI: --out phải là một tệp .docx (ví dụ --out bao-cao/thang3.docx), nhưng là "
                "«bao-cao».",
                "build",
            ],
        ),
        (
            ["history", "--code", "gtsx", "--from", "2024-03", "--to", "2023-01"],
            [
                "LỖI: Tháng --from 2024-03 sau tháng --to 2023-01; tháng đầu phải trước hoặc "
                "trùng tháng cuối.",
                "history",
            ],
        ),
    ],
)
def test_usage_errors_say_what_is_expected(
    args: list[str], lines: list[str], workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped command line says what was expected, exits 2 and writes nothing."""
    expected = lines if lines[1].startswith("Xem") else [lines[0], SEE.format(lines[1])]
    code, out, err = console(args, capsys)
    assert (code, out, err.splitlines()) == (2, "", expected)
    assert sorted(p.name for p in workspace.iterdir()) == ["baocao.toml", "data"]


COMMAND_LIST = "Các lệnh: build, check, init, setup, history."


def test_check_json_usage_error_still_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    """check --json with a usage error printed nothing on stdout (a script's JSON reader got
    no document); now the JSON of one error, the message also on stderr, exit code 2."""
    code, out, err = console(["check", "--month", "13", "--year", "2024", "--json"], capsys)
    assert (code, err) == (
        2,
        "LỖI: Tháng phải từ 1 đến 12, nhưng là «13».\nXem hướng dẫn: baocao check --help\n",
    )
    assert json.loads(out) == {
        "workbook": None,
        "template": None,
        "errors": 1,
        "warnings": 0,
        "notes": 0,
        "problems": [
            {
                "severity": "error",
                "label": "LỖI",
                "file": None,
                "sheet": None,
                "cell": None,
                "place": None,
                "message": "Tháng phải từ 1 đến 12, nhưng là «13».",
            }
        ],
    }
    assert console(["check", "--month", "13", "--year", "2024"], capsys)[1] == ""


@pytest.mark.parametrize(
    ("args", "lines"),
    [
        (
            ["--help=1"],
            [
                "LỖI: Tùy chọn --help không nhận giá trị; chỉ cần ghi --help.",
                "Xem hướng dẫn: baocao --help",
            ],
        ),
        (
            ["build", "--help=1"],
            ["LỖI: Tùy chọn --help không nhận giá trị; chỉ cần ghi --help.", "build"],
        ),
        (["--"], [f"LỖI: Thiếu lệnh. {COMMAND_LIST}", "Xem hướng dẫn: baocao --help"]),
        ([""], [f"LỖI: Không có lệnh «». {COMMAND_LIST}", "Xem hướng dẫn: baocao --help"]),
        (
            ["-h"],
            ["LỖI: Không có tùy chọn -h. Có phải ý bạn là --help?", "Xem hướng dẫn: baocao --help"],
        ),
        (["check", "-h"], ["LỖI: Không có tùy chọn -h. Có phải ý bạn là --help?", "check"]),
        (
            ["build", "—month", "3", "—year", "2024"],
            [
                "LỖI: «—month» bắt đầu bằng một dấu gạch dài (– hay —), thường do Word hay bộ gõ "
                "tự đổi khi chép lệnh; hãy gõ dấu gạch nối: --month.",
                "build",
            ],
        ),
        (
            ["init", "–m", "3", "-y", "2024"],
            [
                "LỖI: «–m» bắt đầu bằng một dấu gạch dài (– hay —), thường do Word hay bộ gõ "
                "tự đổi khi chép lệnh; hãy gõ dấu gạch nối: -m.",
                "init",
            ],
        ),
        (
            ["build", "-m", "3", "-y", "2024", "--year", "2023"],
            [
                "LỖI: Tùy chọn --year được ghi hai lần với hai giá trị khác nhau (-y 2024 và "
                "--year 2023); hãy chỉ ghi một lần.",
                "build",
            ],
        ),
        (
            ["check", "--month=3", "-y2024", "-m4"],
            [
                "LỖI: Tùy chọn --month được ghi hai lần với hai giá trị khác nhau (--month 3 và "
                "-m 4); hãy chỉ ghi một lần.",
                "check",
            ],
        ),
    ],
    ids=[
        "help-value",
        "build-help-value",
        "dashes",
        "empty",
        "h",
        "check-h",
        "em-dash",
        "en-dash",
        "year-twice",
        "month-twice",
    ],
)
def test_odd_usages_are_said_in_vietnamese(
    args: list[str], lines: list[str], workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Odd command lines get a Vietnamese usage message and exit 2: "build --help=1" said
    --help "cần một giá trị ngay sau nó, ví dụ --help", "baocao --help=1" and "baocao --"
    only "dùng không đúng cách" / "Lệnh không đúng cách dùng", and a "—month" from Word was
    an extra value."""
    expected = lines if lines[1].startswith("Xem") else [lines[0], SEE.format(lines[1])]
    code, out, err = console(args, capsys)
    assert (code, out, err.splitlines()) == (2, "", expected)
    assert sorted(p.name for p in workspace.iterdir()) == ["baocao.toml", "data"]


def test_an_option_twice_with_the_same_value_is_the_option_once(
    workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "-m 3 --month 3" changes nothing (a repeated option is refused for two values), nor
    does "-m 03 --month 3", one month (it was "LỖI: Tùy chọn --month được ghi hai lần với hai
    giá trị khác nhau (-m 03 và --month 3)"); the words after "--" are no options."""
    code, out, err = console(["check", "-m", "3", "--month", "3", "-y", "2024"], capsys)
    assert (code, out.splitlines()[-1], err) == (0, "Tổng cộng: 0 lỗi, 0 cảnh báo.", "")
    code, out, err = console(["check", "-m", "03", "-y", "2024", "--month", "3"], capsys)
    assert (code, out.splitlines()[-1], err) == (0, "Tổng cộng: 0 lỗi, 0 cảnh báo.", "")
    code, _, err = console(["check", "-m", "3", "-y", "2024", "--", "-m", "4"], capsys)
    assert (code, err.splitlines()[0]) == (
        2,
        "LỖI: Thừa «-m 4»: mỗi giá trị phải đi ngay sau "
        "tùy chọn của nó, ví dụ --month 3 --year 2024.",
    )


def test_odd_usage_from_cron(workspace: Path) -> None:
    """From cron's bare environment (LANG=C, a short PATH) an odd usage is the same Vietnamese
    message and exit 2, no traceback."""
    env = {"PATH": "/usr/bin:/bin", "LANG": "C", "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "baocao", "build", "--help=1"]
    done = subprocess.run(command, capture_output=True, env=env, check=False)
    assert (done.returncode, done.stdout, done.stderr.decode().splitlines()) == (
        2,
        b"",
        [
            "LỖI: Tùy chọn --help không nhận giá trị; chỉ cần ghi --help.",
            "Xem hướng dẫn: baocao build --help",
        ],
    )


LONG = "x" * 5000
CLIPPED = "x" * 80 + "…"


@pytest.mark.parametrize(
    ("args", "lines"),
    [
        (
            [LONG],
            [
                f"LỖI: Không có lệnh «{CLIPPED}». Các lệnh: build, check, init, setup, history.",
                "Xem hướng dẫn: baocao --help",
            ],
        ),
        (
            ["build", "-m", LONG, "-y", "2024"],
            [f"LỖI: Tháng phải từ 1 đến 12, nhưng là «{CLIPPED}».", "build"],
        ),
        (
            ["build", "-m", "3", "-y", LONG],
            [f"LỖI: Năm phải có bốn chữ số (1900–9999), nhưng là «{CLIPPED}».", "build"],
        ),
        (
            ["history", "--code", "gtsx", "--from", LONG],
            [f"LỖI: Tháng «{CLIPPED}» phải viết dạng NĂM-THÁNG, ví dụ 2024-03.", "history"],
        ),
        (
            ["build", *ARGS, "--out", LONG],
            [
                "LỖI: --out phải là một tệp .docx (ví dụ --out bao-cao/thang3.docx), nhưng là "
                f"«{CLIPPED}».",
                "build",
            ],
        ),
        (
            ["build", *ARGS, LONG],
            [
                f"LỖI: Thừa «{CLIPPED}»: mỗi giá trị phải đi ngay sau tùy chọn của nó, ví dụ "
                "--month 3 --year 2024.",
                "build",
            ],
        ),
        (["build", "--" + LONG], ["LỖI: Không có tùy chọn --" + "x" * 78 + "….", "build"]),
    ],
    ids=["command", "month", "year", "from", "out", "extra", "option"],
)
def test_a_long_value_is_echoed_clipped(
    args: list[str], lines: list[str], workspace: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A value 5 000 characters long is echoed by its first 80 and "…", not whole (a line of
    5 000 characters in a cron mail)."""
    expected = lines if lines[1].startswith("Xem") else [lines[0], SEE.format(lines[1])]
    code, out, err = console(args, capsys)
    assert (code, out, err.splitlines()) == (2, "", expected)


def test_a_long_code_is_echoed_clipped(workspace: Path) -> None:
    """history --code of 5 000 characters names the code by its first 80 and "…"."""
    result = runner.invoke(app, ["history", "--code", LONG])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[0] == (
        f"LỖI: {workspace / 'data'}: Không có chỉ tiêu mã «{CLIPPED}» trong các sổ dữ liệu của "
        f"thư mục {workspace / 'data'} (lệnh history đọc cột «Mã» của trang ChiTieu; các chỉ "
        "số của trang ChiSoSXCN không có chuỗi theo tháng)."
    )


def test_closing_line_fits_the_command(workspace: Path) -> None:
    """A stopped history ends with its own closing line, not the build's; an init that passes
    over a workbook with errors says so and goes on."""
    result = runner.invoke(app, ["history", "--code", "khong_co"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        "Chưa in được chuỗi số liệu vì có lỗi.",
    ]
    edit_workbook(workspace / "data" / "2024-03.xlsx", "ThongTin", "thang", "Giá trị", "ba")
    result = runner.invoke(app, ["init", "--month", "4", "--year", "2024"])
    assert result.exit_code == 0
    assert result.stderr.splitlines()[0].startswith(
        f"CẢNH BÁO: {workspace / 'data' / '2024-03.xlsx'}: Không dùng sổ 2024-03.xlsx làm mẫu"
    )
    assert (workspace / "data" / "2024-04.xlsx").exists()


def test_history_from_after_the_last_workbook(workspace: Path) -> None:
    """--from after every workbook is a clear error, not a traceback."""
    result = runner.invoke(app, ["history", "--code", "gtsx", "--from", "2030-01"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"LỖI: {workspace / 'data'}: Tháng đầu 2030-01 sau tháng cuối 2024-03 nên không có "
        "tháng nào để in; hãy kiểm tra --from và --to.",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        "Chưa in được chuỗi số liệu vì có lỗi.",
    ]


@pytest.fixture
def from_history(workspace: Path) -> Path:
    """The sample with Tháng trước and Cùng kỳ emptied: 26 figures come from history."""
    return blank_bases_with_history(workspace)


def test_build_counts_notes_and_prints_warnings_in_full(from_history: Path) -> None:
    """build prints warnings with relative paths and only a count of notes; check has them all."""
    edit_workbook(
        from_history / "data" / "2024-03.xlsx", "ChiTieu", "gtsx", "Tháng báo cáo", "52.716"
    )
    result = runner.invoke(app, ["build", *ARGS, "--config", "baocao.toml"])
    assert (result.exit_code, result.stdout) == (0, "Đã tạo báo cáo: out/BaoCao_T03_2024.docx\n")
    assert result.stderr.splitlines() == [
        "CẢNH BÁO: data/2024-03.xlsx, ChiTieu!D2: Số được gõ dưới dạng chữ «52.716»; đã đọc là "
        "«52.716». Nên nhập ô này dưới dạng số.",
        "26 ghi chú: xem chi tiết bằng baocao check --month 3 --year 2024 --config baocao.toml",
    ]
    check = runner.invoke(app, ["check", *ARGS]).stdout.splitlines()
    assert sum(line.startswith("GHI CHÚ: ") for line in check) == 26
    assert check[-1] == "Tổng cộng: 0 lỗi, 1 cảnh báo, 26 ghi chú."


def test_failed_build_counts_notes_too(from_history: Path) -> None:
    """A stopped build lists what stopped it in full and the notes as a count."""
    book = from_history / "data" / "2024-03.xlsx"
    edit_workbook(book, "ChiTieu", "gtsx", "Tháng báo cáo", "52.716")
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "CẢNH BÁO: data/2024-03.xlsx, ChiTieu!D2: Số được gõ dưới dạng chữ «52.716»; đã đọc là "
        "«52.716». Nên nhập ô này dưới dạng số.",
        "26 ghi chú: xem chi tiết bằng baocao check --month 3 --year 2024",
        "Tổng cộng: 0 lỗi, 1 cảnh báo, 26 ghi chú.",
        "Chưa tạo báo cáo vì có cảnh báo (--strict).",
    ]


TWICE = """
import sys
from baocao.cli import main
for _ in range(2):
    try:
        main()
    except SystemExit as exc:
        print(f"exit {exc.code}", file=sys.stderr)
"""


def test_cp1252_console_in_a_subprocess(workspace: Path) -> None:
    """With PYTHONIOENCODING=cp1252, letters the console lacks lose their marks; neither the
    line after the report is written nor an error message crashes."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-c", TWICE, "build", *ARGS]
    done = subprocess.run(command, capture_output=True, env=env, check=False)
    assert done.returncode == 0
    assert done.stdout.decode("cp1252").splitlines() == [
        f"Dã tao báo cáo: out{os.sep}BaoCao_T03_2024.docx"
    ]
    assert done.stderr.decode("cp1252").splitlines() == [
        "exit 0",
        f"LOI: Báo cáo out{os.sep}BaoCao_T03_2024.docx dã có. Dùng --force de ghi dè "
        "(ban cu se duoc giu lai thành ban sao luu), hoac --out de ghi ra tep khác.",
        "exit 3",
    ]


@pytest.mark.parametrize(
    ("encoding", "line"),
    [
        ("latin-1", "Dã tao báo cáo: out/BaoCao_T03_2024.docx"),
        ("cp1258", "Đã tạo báo cáo: out/BaoCao_T03_2024.docx"),  # marks kept, as combining marks
    ],
)
def test_console_encodings(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, encoding: str, line: str
) -> None:
    """A latin-1 console drops the marks it lacks; a Vietnamese Windows one (cp1258) gets
    them as combining marks, so it shows every letter."""
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding=encoding, newline="\n")
    monkeypatch.setattr(sys, "stdout", stdout)
    monkeypatch.setattr(sys, "argv", ["baocao", "build", *ARGS])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 0
    stdout.flush()
    written = raw.getvalue().decode(encoding)
    assert unicodedata.normalize("NFC", written) == f"{line}\n"
