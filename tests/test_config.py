"""Config discovery (--config, $BAOCAO_CONFIG, ./baocao.toml) and its Vietnamese errors."""

from __future__ import annotations

import shutil
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from baocao.config import load_config
from baocao.errors import ConfigError
from baocao.period import Period, ReportKind

from helpers import SAMPLE_CONFIG, write_config


def test_sample_config_paths_are_relative_to_the_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Relative paths resolve against the config's folder, whatever the working directory."""
    monkeypatch.chdir(tmp_path)
    config = load_config(SAMPLE_CONFIG)
    root = SAMPLE_CONFIG.parent
    assert config.workbook_path(Period(2024, 3)) == root / "data" / "samples" / "2024-03.xlsx"
    assert config.output_path(Period(2024, 3)) == root / "out" / "BaoCao_T03_2024.docx"
    assert config.output_path(Period(2024, 12)).name == "BaoCao_T12_2024.docx"


def test_a_leading_tilde_is_the_home_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """ "~/bc" is the home folder's bc, as in a shell: a crontab does not expand it, and baocao
    made a folder named "~" beside the config and printed "~/bc/…" as if it were the home's."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    (tmp_path / "office").mkdir()
    path = write_config(tmp_path / "office", template=Path("~/mau.docx"))
    text = path.read_text(encoding="utf-8")
    text = text.replace('data_dir = "data"', 'data_dir = "~/so lieu"')
    path.write_text(text.replace('output_dir = "out"', 'output_dir = "~/bc"'), encoding="utf-8")
    config = load_config(path)
    assert config.data_dir() == home / "so lieu"
    assert config.output_path(Period(2024, 3)) == home / "bc" / "BaoCao_T03_2024.docx"
    assert config.template_path() == home / "mau.docx"
    assert config.workbook_path(Period(2024, 3)) == home / "so lieu" / "2024-03.xlsx"


def test_invisible_characters_leave_the_paths(tmp_path: Path) -> None:
    """A zero-width space in output_name made a report whose printed name looked like the
    usual one but was not; in data_dir, a folder "not found" that looked right."""
    path = write_config(tmp_path, template=Path("mau\u200b.docx"))
    text = path.read_text(encoding="utf-8").replace('data_dir = "data"', 'data_dir = "data\u200b"')
    text += 'output_name = "BaoCao_T{month:02d}_{year}\u200b.docx"\n'
    path.write_text(text, encoding="utf-8")
    config = load_config(path)
    assert config.output_path(Period(2024, 3)) == tmp_path / "out" / "BaoCao_T03_2024.docx"
    assert config.data_dir() == tmp_path / "data"
    assert config.template_path() == tmp_path / "mau.docx"


@pytest.mark.parametrize("typed", ["", "  "])
def test_an_empty_template_is_refused_at_its_key(tmp_path: Path, typed: str) -> None:
    """template = "" was the config's folder: "Mẫu báo cáo … là một thư mục" (exit 5), naming
    no key."""
    path = write_config(tmp_path, template=None)
    path.write_text(path.read_text(encoding="utf-8") + f'template = "{typed}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).splitlines()[1:] == [
        "  - paths.template: để trống; hãy ghi đường dẫn tới tệp mẫu .docx, hoặc bỏ khóa này "
        "để dùng mẫu mặc định"
    ]


def test_discovery_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """--config wins over $BAOCAO_CONFIG, which wins over ./baocao.toml."""
    for name in ("cwd", "env", "flag"):
        (tmp_path / name).mkdir()
        write_config(tmp_path / name, place=name)
    monkeypatch.chdir(tmp_path / "cwd")
    monkeypatch.delenv("BAOCAO_CONFIG", raising=False)
    assert load_config(None).organization.place == "cwd"
    monkeypatch.setenv("BAOCAO_CONFIG", str(tmp_path / "env" / "baocao.toml"))
    assert load_config(None).organization.place == "env"
    assert load_config(tmp_path / "flag" / "baocao.toml").organization.place == "flag"


def test_env_config_missing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A $BAOCAO_CONFIG that names no file is an error naming the variable."""
    monkeypatch.setenv("BAOCAO_CONFIG", str(tmp_path / "khong-co.toml"))
    with pytest.raises(ConfigError) as info:
        load_config(None)
    assert str(info.value) == (
        f"Không tìm thấy tệp cấu hình {tmp_path / 'khong-co.toml'} (theo biến môi trường "
        "BAOCAO_CONFIG). Hãy chỉ đường dẫn bằng --config hoặc biến môi trường BAOCAO_CONFIG."
    )


def test_bad_toml_syntax(tmp_path: Path) -> None:
    """A TOML syntax error names the file, the line and column, and the line itself."""
    path = tmp_path / "baocao.toml"
    path.write_text("[organization\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == (
        f"Tệp cấu hình {path} sai cú pháp TOML ở dòng 1, cột 14: thiếu «]» ở cuối tên bảng "
        "(ví dụ [paths]).\n  Dòng 1: [organization"
    )


def test_invalid_fields_listed_in_vietnamese(tmp_path: Path) -> None:
    """Every invalid or missing key is listed with its dotted name, in Vietnamese."""
    path = write_config(tmp_path, signer="")
    text = path.read_text(encoding="utf-8")
    text = text.replace('symbol = "BC-SCT"', 'symbo = "BC-SCT"')
    text = text.replace('output_dir = "out"', 'output_dir = "out"\noutput_name = "../x.docx"')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).splitlines() == [
        f"Tệp cấu hình {path} có lỗi:",
        "  - organization.symbol: thiếu giá trị bắt buộc",
        "  - organization.symbo: khóa không được hỗ trợ (viết sai tên? Có phải là «symbol»?)",
        "  - signer.name: không được để trống",
        "  - paths.output_name: phải là một tên tệp .docx, không chứa thư mục",
    ]


def test_an_unknown_key_is_given_the_nearest_key_of_its_own_table(tmp_path: Path) -> None:
    """A typing slip is given the key meant, looked up in the table it is in (a list of
    tables' items too); a key near no key of its table, or near only a key baocao sets
    itself, is said without one."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    text = text.replace("[signer]", "[signer]\nnguoi_ky = 1\nnmae = 2\nsymbol = 3")
    text = text.replace("[[iip_assessment]]", "[[iip_assessment]]\ntex = 4", 1)
    path.write_text("sourc = 5\n[signr]\nname = 6\n" + text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).splitlines()[1:] == [
        "  - signer.nguoi_ky: khóa không được hỗ trợ (viết sai tên?)",
        "  - signer.nmae: khóa không được hỗ trợ (viết sai tên? Có phải là «name»?)",
        "  - signer.symbol: khóa không được hỗ trợ (viết sai tên?)",
        "  - iip_assessment.0.tex: khóa không được hỗ trợ (viết sai tên? Có phải là «text»?)",
        "  - sourc: khóa không được hỗ trợ (viết sai tên?)",
        "  - signr: khóa không được hỗ trợ (viết sai tên? Có phải là «signer»?)",
    ]


def test_summary_with_unknown_field(tmp_path: Path) -> None:
    """The summary line may only use the period fields."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8").replace("{next_year}", "{nam}")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).splitlines()[1] == (
        "  - document.summary: chỉ được dùng {month}, {year}, {next_month}, {next_year}, "
        "{year_apart}, {months}, {quarter}, {next_quarter}, {next_quarter_year} ('nam')"
    )


def test_config_saved_with_bom_is_read(tmp_path: Path) -> None:
    """A config saved by Windows Notepad with a UTF-8 byte order mark is read as usual."""
    path = write_config(tmp_path, place="Bắc Giang")
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert load_config(path).organization.place == "Bắc Giang"


def test_config_not_utf8(tmp_path: Path) -> None:
    """A config saved in another encoding says how to save it as UTF-8."""
    path = write_config(tmp_path)
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1258", errors="replace"))
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).startswith(
        f"Tệp cấu hình {path} không được lưu bằng bảng mã UTF-8 (byte lạ ở vị trí "
    )
    assert str(info.value).endswith("Hãy mở tệp bằng Notepad, chọn Lưu thành với bảng mã UTF-8.")


def test_blank_texts_refused_naming_the_key(tmp_path: Path) -> None:
    """A recipient line, group name or item, or a required name of only spaces is refused."""
    path = write_config(tmp_path, signer="   ")
    text = path.read_text(encoding="utf-8").replace(
        'lines = ["UBND tỉnh (B/c)", "Lưu: VT, P.KHTC"]',
        'lines = ["UBND tỉnh (B/c)", "  ", { name = "Sở Công Thương:", items = ["Lãnh đạo Sở", '
        '"\\t"] }, { name = " ", items = ["x"] }, 3, "Lưu: VT, P.KHTC"]',
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).splitlines()[1:] == [
        "  - signer.name: không được để trống",
        "  - recipients.lines.1: không được để trống",
        "  - recipients.lines.2.items.1: không được để trống",
        "  - recipients.lines.3.name: không được để trống",
        "  - recipients.lines.4: phải là chuỗi văn bản",
    ]


CONTROL = (
    "có ký tự điều khiển U+{:04X}, sẽ làm sai văn bản báo cáo (ngắt trang, tách đoạn, xuống "
    "dòng) hoặc làm tệp Word hỏng. Hãy bỏ ký tự này (giữa hai dấu nháy kép, «\\f», «\\n», "
    "«\\t» hay «\\u…» viết ra một ký tự như vậy)"
)


def test_control_characters_in_texts_are_refused_naming_the_key(tmp_path: Path) -> None:
    """A form feed, a bell, a new line or a vertical tab in a printed text is refused at its
    key: docxtpl made \\f a page break and \\a a new paragraph inside the signer's name or
    the province (a clean check, exit 0), and Word cannot hold \\v."""
    path = write_config(tmp_path, signer="Nguyễn\\fVăn Phương", province="tỉnh\\u0007Bắc Giang")
    text = path.read_text(encoding="utf-8").replace(
        'lines = ["UBND tỉnh (B/c)", "Lưu: VT, P.KHTC"]',
        'lines = ["UBND tỉnh (B/c)", { name = "Sở:", items = ["Lãnh đạo\\nSở"] }, "Lưu\\u000b"]',
    )
    text += '\n[report]\nsame_period = "cùng\\tkỳ"\n\n[wording.month]\ntotal = "lũy\\u0000kế"\n'
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).splitlines()[1:] == [
        f"  - organization.province: {CONTROL.format(7)}",
        f"  - signer.name: {CONTROL.format(12)}",
        f"  - recipients.lines.1.items.0: {CONTROL.format(10)}",
        f"  - recipients.lines.2: {CONTROL.format(11)}",
        f"  - report.same_period: {CONTROL.format(9)}",
        f"  - wording.month.total: {CONTROL.format(0)}",
    ]


ALLOWED = (
    "chỉ được dùng {month}, {year}, {next_month}, {next_year}, {year_apart}, {months}, {quarter}, "
    "{next_quarter}, {next_quarter_year}"
)


@pytest.mark.parametrize(
    ("pattern", "message"),
    [
        ("BC_{month.__class__}.docx", f"{ALLOWED} ('month.__class__')"),
        ("BC_{month[0]}.docx", f"{ALLOWED} ('month[0]')"),
        ("BC_{}.docx", f"{ALLOWED} ('')"),
        ("BC_{0}.docx", f"{ALLOWED} ('0')"),
        (
            "BC_{month:>300000000}.docx",
            f"định dạng «{{month:>300000000}}» không được hỗ trợ; {ALLOWED}, hoặc kèm định dạng "
            "số đơn giản như {month:02d}",
        ),
        (
            "BC_{month!r}.docx",
            f"định dạng «{{month!r}}» không được hỗ trợ; {ALLOWED}, hoặc kèm định dạng số đơn "
            "giản như {month:02d}",
        ),
        (
            "BC_{month:{year}}.docx",
            f"định dạng «{{month:{{year}}}}» không được hỗ trợ; {ALLOWED}, hoặc kèm định dạng số "
            "đơn giản như {month:02d}",
        ),
        (
            "BC_{month.docx",
            "dấu ngoặc nhọn «{» hoặc «}» không khớp; muốn in chính dấu ngoặc thì viết «{{» hoặc "
            "«}}»",
        ),
    ],
)
@pytest.mark.parametrize("key", ["output_name", "summary"])
def test_patterns_allow_only_the_period_fields(
    tmp_path: Path, key: str, pattern: str, message: str
) -> None:
    """output_name and summary take only the four fields with a plain number format."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    if key == "summary":
        text = text.replace('summary = "', f'summary = "{pattern} ', 1)
    else:
        text = text.replace('output_dir = "out"', f'output_dir = "out"\noutput_name = "{pattern}"')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    section = "document" if key == "summary" else "paths"
    assert str(info.value).splitlines()[1:] == [f"  - {section}.{key}: {message}"]


def test_plain_number_formats_allowed(tmp_path: Path) -> None:
    """{month:02d}, {year:d} and {next_month:2} are plain formats and are filled in."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8").replace(
        'output_dir = "out"',
        'output_dir = "out"\noutput_name = "BC_{month:02d}_{year:d}_{{x}}.docx"',
    )
    path.write_text(text, encoding="utf-8")
    assert load_config(path).output_path(Period(2024, 3)).name == "BC_03_2024_{x}.docx"


DOUBLED = (
    "được in nguyên là «{shown}», không được thay bằng giá trị của kỳ báo cáo: hai dấu ngoặc "
    "nhọn liền nhau in ra chính dấu ngoặc (cách viết {{{{ … }}}} là của mẫu báo cáo Word, không "
    "phải của tệp cấu hình); "
)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("{{month}}", "«{{month}}» " + DOUBLED.format(shown="{month}") + "hãy viết «{month}»"),
        (
            "{{ year:d }}",
            "«{{ year:d }}» " + DOUBLED.format(shown="{ year:d }") + "hãy viết «{year:d}»",
        ),
        (
            "{{ report.month }}",
            "«{{ report.month }}» " + DOUBLED.format(shown="{ report.month }") + ALLOWED,
        ),
    ],
)
@pytest.mark.parametrize("key", ["document.summary", "wording.month.section_one"])
def test_a_name_between_doubled_braces_is_refused_in_a_printed_text(
    tmp_path: Path, typed: str, message: str, key: str
) -> None:
    """A summary or heading typed with the Word template's tags ("tháng {{month}}") printed
    "tháng {month}" in the report, braces and all, with a clean check and exit 0: a brace
    doubled is the brace itself. A name so written is refused at its key; braces around no
    name, and a file name's "{{x}}" (above), print as before."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    if key == "document.summary":
        text = text.replace('summary = "', f'summary = "Tháng {typed} ', 1)
    else:
        text += f'\n[wording.month]\nsection_one = "KẾT QUẢ THÁNG {typed}"\n'
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).splitlines()[1:] == [f"  - {key}: {message}"]
    path.write_text(text.replace(typed, "{{ 1 }} {{}} {{{month}}}"), encoding="utf-8")
    config = load_config(path)
    loaded = config.document.summary if "summary" in key else config.wording.month.section_one
    assert "{{ 1 }} {{}} {{{month}}}" in (loaded or "")


PRINTED_AS_IS = (
    "được in nguyên như vậy, không được thay bằng giá trị của kỳ báo cáo: chỉ summary, "
    "output_name và các khóa [wording.*] điền {month}, {year}…; hãy ghi đúng chữ cần in"
)


def test_a_period_field_in_a_report_text_is_refused(tmp_path: Path) -> None:
    """[report] same_period = "cùng kỳ năm {year}" (as summary and [wording.*] write a year)
    printed "so với cùng kỳ năm {year}" in every sentence of the report, braces and all, with
    a clean check and exit 0: these keys are printed as they stand. Each is an error at its
    key; a brace of no field is printed as typed."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8") + (
        '\n[report]\nsame_period = "cùng kỳ năm {year}"\nplan = "so với Kế hoạch {{ month }}"\n'
        'figures_heading = "Chỉ tiêu {quarter:d}"\n'
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).splitlines()[1:] == [
        f"  - report.same_period: «{{year}}» {PRINTED_AS_IS}",
        f"  - report.plan: «{{ month }}» {PRINTED_AS_IS}",
        f"  - report.figures_heading: «{{quarter:d}}» {PRINTED_AS_IS}",
    ]
    path.write_text(text.replace("{year}", "{}").split("plan")[0], encoding="utf-8")
    assert load_config(path).report.same_period == "cùng kỳ năm {}"


def test_invisible_characters_are_removed_from_config_texts(tmp_path: Path) -> None:
    """A zero-width space (or BOM, bidi control) is no text: "tỉnh\u200b" reads "tỉnh", and a
    province of invisible characters only is blank, an error naming the key."""
    path = write_config(tmp_path, province="tỉnh\u200b Bắc\ufeff Giang\u202c", place="\u2060")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).splitlines()[1:] == ["  - organization.place: không được để trống"]
    path = write_config(tmp_path, province="tỉnh\u200b Bắc\ufeff Giang\u202c")
    assert load_config(path).organization.province == "tỉnh Bắc Giang"


def test_signer_title_and_authority_are_in_capitals(tmp_path: Path) -> None:
    """Decree 30 prints the signer's title and authority in capitals, however typed."""
    config = load_config(write_config(tmp_path, title="phó giám đốc", authority="KT. Giám đốc"))
    assert (config.signer.title, config.signer.authority) == ("PHÓ GIÁM ĐỐC", "KT. GIÁM ĐỐC")


def test_header_bodies_are_in_capitals(tmp_path: Path) -> None:
    """Decree 30 prints the parent and issuing bodies in capitals: typed "UBND thành phố Đà
    Nẵng" and "Sở Công Thương", they headed the report so, with exit code 0. The sentences'
    "Sở Công Thương" (``issuing_body_in_text``) keeps its own case."""
    path = write_config(tmp_path, parent="UBND thành phố Đà Nẵng")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"SỞ CÔNG THƯƠNG"', '"Sở Công Thương"'), encoding="utf-8")
    org = load_config(path).organization
    assert (org.parent_body, org.issuing_body, org.issuing_body_in_text) == (
        "UBND THÀNH PHỐ ĐÀ NẴNG",
        "SỞ CÔNG THƯƠNG",
        "Sở Công Thương",
    )


def _with_line(tmp_path: Path, old: str, new: str) -> Path:
    """The test config with ``old`` replaced by ``new`` (``old`` must be there)."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


DEVICE = "là tên thiết bị mà Windows dành riêng (CON, PRN, AUX, NUL, COM1…, LPT1…)"


def _errors(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return str(info.value).splitlines()


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (".docx", "thiếu phần tên trước đuôi .docx (ví dụ BaoCao_T{month:02d}_{year}.docx)"),
        ("...docx", "thiếu phần tên trước đuôi .docx (ví dụ BaoCao_T{month:02d}_{year}.docx)"),
        ("a\\u0000b.docx", "không được chứa ký tự điều khiển (như \\u0000, \\n, \\t)"),
        ("BC\\n{month}.docx", "không được chứa ký tự điều khiển (như \\u0000, \\n, \\t)"),
        (".BC_{month}.docx", "không được bắt đầu bằng dấu chấm (tệp như vậy bị ẩn)"),
        ("BC:{month}.docx", 'không được chứa các ký tự < > : " | ? * (Windows không cho phép)'),
        ("CON.docx", DEVICE),
        ("COM¹.docx", DEVICE),
        ("lpt².{month}.docx", DEVICE),
        ("CONIN$.docx", DEVICE),
        ("conout$.docx", DEVICE),
        ("COM0.docx", DEVICE),
        ("BC.docx\\t", "không được chứa ký tự điều khiển (như \\u0000, \\n, \\t)"),
        ("{month:9}.docx", "không được bắt đầu hay kết thúc bằng dấu cách"),
        ("BC_{month}.docx ", "không được bắt đầu hay kết thúc bằng dấu cách"),
        ("bc.pdf", "phải là tên tệp có đuôi .docx (ví dụ BaoCao_T{month:02d}_{year}.docx)"),
        (
            "Báo_cáo_" * 20 + ".docx",
            "tên tệp dài 205 byte (chữ có dấu tính 2–3 byte), quá giới hạn 200 byte",
        ),
    ],
)
def test_output_name_must_be_a_plain_file_name(tmp_path: Path, name: str, message: str) -> None:
    """An output_name that would crash or hide the report is refused at load, naming the key."""
    path = _with_line(tmp_path, 'output_dir = "out"', f'output_dir = "out"\noutput_name = "{name}"')
    assert _errors(path) == [f"Tệp cấu hình {path} có lỗi:", f"  - paths.output_name: {message}"]


@pytest.mark.parametrize("value", ['"o\\u0000ut"', '"D:\\bao-cao"'])
def test_config_path_with_a_control_character(tmp_path: Path, value: str) -> None:
    """A folder path with NUL (which no file system allows) or a backspace (a Windows path
    in double quotes: "\\b" is an escape) is refused at load, naming the key."""
    path = _with_line(tmp_path, 'output_dir = "out"', f"output_dir = {value}")
    assert _errors(path)[1:] == [
        "  - paths.output_dir: đường dẫn có ký tự điều khiển (như \\b, \\t, \\u0000), thường do "
        "dấu «\\» của đường dẫn Windows viết giữa hai dấu nháy kép. Hãy viết đường dẫn giữa hai "
        "dấu nháy đơn ('D:\\bao-cao') hoặc dùng dấu / (\"D:/bao-cao\")"
    ]


BACKSLASH_HERE = (
    "đường dẫn viết theo cách của Windows (dấu «\\»), mà máy này không chạy Windows: ở đây "
    "dấu «\\» là một chữ của tên, không tách thư mục. Hãy dùng dấu / thay cho dấu «\\» "
    "(Windows cũng đọc được)"
)
DRIVE_HERE = (
    "đường dẫn viết theo cách của Windows (ổ đĩa «D:»), mà máy này không chạy Windows nên "
    "không có ổ đĩa «D:». Hãy ghi đường dẫn của thư mục trên máy này, với dấu / (ví dụ "
    '"/srv/bao-cao", hoặc "bao-cao" trong thư mục của tệp cấu hình)'
)


@pytest.mark.skipif(sys.platform == "win32", reason="a backslash is Windows' own separator")
@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("'ra\\bao cáo'", BACKSLASH_HERE),
        ("'\\\\may-chu\\chung'", BACKSLASH_HERE),
        ("'D:\\BaoCao'", DRIVE_HERE),
        ('"D:/BaoCao"', DRIVE_HERE),
        ('"d:"', DRIVE_HERE.replace("«D:»", "«d:»")),
    ],
)
def test_a_windows_path_on_another_system_is_refused(
    tmp_path: Path, value: str, message: str
) -> None:
    """A path typed as Windows writes it, in single quotes as the TOML error advises, on the
    Linux server a cron builds on (attack20): output_dir = 'ra\\bao cáo' made a folder named
    "ra\\bao cáo" beside the config and wrote the report in it, exit 0; 'D:\\BaoCao' and
    "D:/BaoCao" made folders "D:\\BaoCao" and "D:". Refused at load, naming the key."""
    path = _with_line(tmp_path, 'output_dir = "out"', f"output_dir = {value}")
    assert _errors(path)[1:] == [f"  - paths.output_dir: {message}"]


@pytest.mark.parametrize("value", ['"ra/bao cáo"', '"ổ D: chung"', '"/srv/D:x"', '"D"'])
def test_a_path_of_this_system_is_read(tmp_path: Path, value: str) -> None:
    """A path with slashes, or a colon not after a lone drive letter, loads."""
    path = _with_line(tmp_path, 'output_dir = "out"', f"output_dir = {value}")
    assert load_config(path).paths.output_dir == Path(value.strip('"'))


def test_cli_build_with_a_bad_output_name_says_so(workspace: Path) -> None:
    """`build` with output_name ".docx" ends with the config's message and exit code 1."""
    from typer.testing import CliRunner

    from baocao.cli import app

    path = workspace / "baocao.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + 'output_name = ".docx"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["build", "--month", "3", "--year", "2024"])
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output == (
        "LỖI: Tệp cấu hình baocao.toml có lỗi:\n"
        "  - paths.output_name: thiếu phần tên trước đuôi .docx (ví dụ "
        "BaoCao_T{month:02d}_{year}.docx)\n"
    )


def test_build_report_refuses_a_target_that_is_not_docx(workspace: Path) -> None:
    """The library, given a path that is not a .docx, stops with a Vietnamese error (exit 2)."""
    from baocao.api import build_report
    from baocao.errors import ExitCode, TargetError

    config = load_config(workspace / "baocao.toml")
    with pytest.raises(TargetError) as info:
        build_report(config, Period(2024, 3), workspace / "out" / "bc.txt")
    assert str(info.value) == (
        f"Báo cáo phải được ghi ra một tệp .docx, nhưng đường dẫn là {workspace}/out/bc.txt."
    )
    assert info.value.exit_code is ExitCode.USAGE
    assert not (workspace / "out").exists()


@pytest.mark.parametrize(
    ("pattern", "field", "sample"),
    [
        ("BC_Q{quarter:d}_{year}.docx", "{quarter:d}", ("quarter", "I")),
        ("BC_{months:02d}.docx", "{months:02d}", ("months", "01")),
    ],
)
def test_number_format_on_a_text_field(
    tmp_path: Path, pattern: str, field: str, sample: tuple[str, str]
) -> None:
    """A number format on a field that is text is refused naming the key and the pattern."""
    path = _with_line(
        tmp_path, 'output_dir = "out"', f'output_dir = "out"\noutput_name = "{pattern}"'
    )
    name, value = sample
    assert _errors(path)[1:] == [
        f"  - paths.output_name: định dạng «{field}» trong «{pattern}» không dùng được: "
        f"{{{name}}} là chữ (ví dụ «{value}»), không phải số; hãy viết «{{{name}}}»"
    ]


def test_number_format_on_a_text_field_in_wording(tmp_path: Path) -> None:
    """The same in a [wording.*] text, naming that key."""
    path = write_config(tmp_path)
    with path.open("a", encoding="utf-8") as handle:
        handle.write('\n[wording.quarter]\ntotal = "quý {quarter:02}/{year}"\n')
    assert _errors(path)[1:] == [
        "  - wording.quarter.total: định dạng «{quarter:02}» trong «quý {quarter:02}/{year}» "
        "không dùng được: {quarter} là chữ (ví dụ «I»), không phải số; hãy viết «{quarter}»"
    ]


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Lũy kế 9 tháng năm {year}", "lũy kế 9 tháng năm 2024"),
        ("Quý {quarter}/{year}", "quý III/2024"),
        ("GTSX lũy kế 9 tháng", "GTSX lũy kế 9 tháng"),
        ("9 tháng năm {year}", "9 tháng năm 2024"),
    ],
)
def test_a_kinds_total_stands_mid_sentence(tmp_path: Path, typed: str, written: str) -> None:
    """Gia Lai's 9-month report with [wording.nine_months] total = "Lũy kế 9 tháng năm
    {year}" printed "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ Lũy kế 9 tháng năm 2024 ước
    đạt …", a capital mid-sentence. A first word typed with a capital is lowered (an acronym
    kept); a sentence that opens with it capitalises it again."""
    path = write_config(tmp_path)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[wording.nine_months]\ntotal = "{typed}"\n')
    wording = load_config(path).wording_for(ReportKind.NINE_MONTHS, 9)
    assert wording["total"].format(**Period(2024, 9).fields()) == written


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "min = 10\n",
            "min = nan\n",
            "  - iip_assessment.0.min: phải là một số hữu hạn (không được là nan hay inf)",
        ),
        (
            "[organization]",
            "[checks]\nchange_warning_pct = inf\n[organization]",
            "  - checks.change_warning_pct: phải là một số hữu hạn (không được là nan hay inf)",
        ),
        (
            "[organization]",
            "[layout]\nbody_size_pt = 13.5\n[organization]",
            "  - layout.body_size_pt: phải là một số nguyên, không có phần lẻ (đang ghi 13.5)",
        ),
        (
            "[organization]",
            '[report]\nkind = "quarter"\n[organization]',
            "  - report.kind: phải là một trong các giá trị: «tháng», «quý», «6 tháng», "
            '«9 tháng», «năm» (đang ghi "quarter")',
        ),
        (
            "[organization]",
            '[report]\nkind = "quý I"\n[organization]',
            "  - report.kind: phải là một trong các giá trị: «tháng», «quý», «6 tháng», "
            '«9 tháng», «năm» (đang ghi "quý I"); hãy ghi «quý»: kỳ báo cáo lấy theo tháng của '
            "lệnh (--month)",
        ),
        (
            "[organization]",
            '[report]\nkind = "tháng 9"\n[organization]',
            "  - report.kind: phải là một trong các giá trị: «tháng», «quý», «6 tháng», "
            '«9 tháng», «năm» (đang ghi "tháng 9"); hãy ghi «tháng»: kỳ báo cáo lấy theo tháng '
            "của lệnh (--month)",
        ),
        (
            "[organization]",
            "[appendix]\nchart_months = 1\n[organization]",
            "  - appendix.chart_months: phải từ 2 trở lên",
        ),
        (
            "[organization]",
            "[appendix]\nchart_months = 61\n[organization]",
            "  - appendix.chart_months: không được quá 60",
        ),
        (
            'output_dir = "out"',
            "output_dir = 5",
            "  - paths.output_dir: phải là một đường dẫn, viết trong dấu nháy",
        ),
    ],
)
def test_value_errors_in_vietnamese(tmp_path: Path, old: str, new: str, message: str) -> None:
    """pydantic's codes (finite_number, int_from_float, enum…) are never shown; the enum's
    allowed values are listed; Decree 30 is named only for [layout]'s ranges."""
    path = _with_line(tmp_path, old, new)
    assert _errors(path)[1:] == [message]


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("Quý I", "quý"),
        ("QUÝ I", "quý"),
        ("quý\u00a0I", "quý"),
        ("quí II", "quý"),
        ("Tháng 9", "tháng"),
        ("Năm 2025", "năm"),
    ],
)
def test_a_kind_typed_with_its_period_as_offices_type_it_is_told_its_word(
    tmp_path: Path, typed: str, word: str
) -> None:
    """Only "quý I" typed in small letters was told the kind's word; "Quý I", as a title
    writes it (and the config's "Quý" alone reads), got the list and nothing more."""
    path = _with_line(tmp_path, "[organization]", f'[report]\nkind = "{typed}"\n[organization]')
    assert _errors(path)[1:] == [
        "  - report.kind: phải là một trong các giá trị: «tháng», «quý», «6 tháng», «9 tháng», "
        f'«năm» (đang ghi "{typed}"); hãy ghi «{word}»: kỳ báo cáo lấy theo tháng của lệnh '
        "(--month)"
    ]


_BY_MONTH = "kỳ báo cáo lấy theo tháng của lệnh (--month)"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # A line break: the error's line was cut in two.
        (r'"quý\nI"', r'"quý\nI"); hãy ghi «quý»: ' + _BY_MONTH),
        # A terminal's escape (clearing the screen), a bell: sent to the terminal.
        (r'"tháng\u001b[2J\u0007"', r'"tháng\u001b[2J\u0007")'),
        (r'"quý \"I\""', r'"quý \"I\""); hãy ghi «quý»: ' + _BY_MONTH),
    ],
)
def test_a_value_is_echoed_as_toml_writes_it(tmp_path: Path, typed: str, said: str) -> None:
    """A value's line break was echoed as it is, cutting the error's line in two, and its
    control characters were sent to the terminal (an escape clearing the screen)."""
    path = _with_line(tmp_path, "[organization]", f"[report]\nkind = {typed}\n[organization]")
    assert _errors(path)[1:] == [
        "  - report.kind: phải là một trong các giá trị: «tháng», «quý», «6 tháng», «9 tháng», "
        f"«năm» (đang ghi {said}"
    ]


@pytest.mark.parametrize(
    ("section", "line", "message"),
    [
        (
            "appendix",
            'enabled = "no"',
            'appendix.enabled: phải là true hoặc false, viết không có dấu nháy (đang ghi "no")',
        ),
        ("appendix", "enabled = 0", "appendix.enabled: phải là true hoặc false (đang ghi 0)"),
        (
            "appendix",
            'chart = "false"',
            'appendix.chart: phải là true hoặc false, viết không có dấu nháy (đang ghi "false")',
        ),
        (
            "appendix",
            "chart_months = true",
            "appendix.chart_months: phải là một số nguyên (đang ghi true)",
        ),
        (
            "layout",
            "body_size_pt = true",
            "layout.body_size_pt: phải là một số nguyên (đang ghi true)",
        ),
        (
            "layout",
            'body_size_pt = "14"',
            'layout.body_size_pt: phải là một số nguyên, viết không có dấu nháy (đang ghi "14")',
        ),
        (
            "layout",
            'margin_top_mm = "20"',
            'layout.margin_top_mm: phải là một số, viết không có dấu nháy (đang ghi "20")',
        ),
        (
            "layout",
            "margin_left_mm = false",
            "layout.margin_left_mm: phải là một số (đang ghi false)",
        ),
        (
            "checks",
            'change_warning_pct = "50%"',
            'checks.change_warning_pct: phải là một số, viết không có dấu nháy (đang ghi "50%")',
        ),
        (
            "iip_assessment",
            'min = "10"\ntext = "tăng"',
            'iip_assessment.0.min: phải là một số, viết không có dấu nháy (đang ghi "10")',
        ),
    ],
)
def test_a_value_of_the_wrong_toml_type_is_refused(
    tmp_path: Path, section: str, line: str, message: str
) -> None:
    """A boolean or number key takes only that TOML type: pydantic's lax mode read
    enabled = "no" as false, body_size_pt = true as 1 (then "phải từ 13 trở lên") and
    margin_top_mm = "20" as 20, so a quoted value or a word passed for another."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    table = f"[[{section}]]" if section == "iip_assessment" else f"[{section}]"
    path.write_text(f"{table}\n{line}\n\n{text}", encoding="utf-8")
    assert _errors(path) == [f"Tệp cấu hình {path} có lỗi:", f"  - {message}"]


def test_numbers_of_either_toml_type_are_read_as_written(tmp_path: Path) -> None:
    """An integer or a float is a number key's value, read exactly (20, 20.5)."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    layout = "[layout]\nmargin_top_mm = 20\nmargin_left_mm = 30.5\nbody_size_pt = 13\n"
    path.write_text(f"{layout}\n{text}", encoding="utf-8")
    layout_read = load_config(path).layout
    assert (layout_read.margin_top_mm, layout_read.margin_left_mm) == (20, Decimal("30.5"))
    assert str(layout_read.margin_left_mm) == "30.5"
    assert layout_read.body_size_pt == 13


BACKSLASH = (
    "dấu «\\» trong chuỗi viết giữa hai dấu nháy kép mở đầu một ký tự đặc biệt (như \\n), nên "
    "đường dẫn Windows viết như vậy không đọc được. Hãy viết đường dẫn giữa hai dấu nháy đơn "
    "('C:\\Users\\data') hoặc dùng dấu / (\"C:/Users/data\")."
)


@pytest.mark.parametrize(
    ("old", "new", "column", "message"),
    [
        ('output_dir = "out"', 'output_dir = "C:\\Users\\bao-cao"', 19, BACKSLASH),
        ('output_dir = "out"', 'output_dir = "C:\\data"', 19, BACKSLASH),
        (
            'name = "Nguyễn Văn Phương"',
            'name = "Nguyễn Văn Phương',
            26,
            "chuỗi chưa được đóng: thiếu dấu nháy ở cuối chuỗi, trên cùng dòng.",
        ),
        (
            'name = "Nguyễn Văn Phương"',
            "name = “Nguyễn Văn Phương”",
            8,
            "dấu nháy cong “ ” (do Word hay bộ gõ tự đổi) không dùng được trong tệp cấu hình; "
            'hãy gõ dấu nháy thẳng (").',
        ),
        (
            'name = "Nguyễn Văn Phương"',
            'name = "Nguyễn Văn Phương"\nname = "B"',
            11,
            "khóa hoặc bảng này đã có ở phía trên (mỗi khóa, mỗi bảng chỉ được ghi một lần).",
        ),
        ("[paths]", "[paths", 7, "thiếu «]» ở cuối tên bảng (ví dụ [paths])."),
        (
            '"UBND tỉnh (B/c)", "Lưu',
            '"UBND tỉnh (B/c)" "Lưu',
            28,
            "danh sách chưa được đóng: thiếu «]», hoặc thiếu dấu phẩy giữa hai phần tử.",
        ),
    ],
)
def test_toml_syntax_errors_in_vietnamese(
    tmp_path: Path, old: str, new: str, column: int, message: str
) -> None:
    """A TOML mistake is told in Vietnamese with its line, column and the line itself; a
    Windows path in double quotes gets the hint to use single quotes or forward slashes."""
    path = _with_line(tmp_path, old, new)
    lines = path.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, start=1) if new.split("\n")[-1] in text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == (
        f"Tệp cấu hình {path} sai cú pháp TOML ở dòng {line}, cột {column}: {message}\n"
        f"  Dòng {line}: {lines[line - 1].strip()}"
    )


def test_toml_error_at_the_end_of_the_file(tmp_path: Path) -> None:
    """A value missing at the very end is placed "ở cuối tệp"."""
    path = tmp_path / "baocao.toml"
    path.write_text("[paths]\ndata_dir = ", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == (
        f"Tệp cấu hình {path} sai cú pháp TOML ở cuối tệp: giá trị không hợp lệ: chữ phải nằm "
        'giữa hai dấu nháy thẳng "…", số và true/false viết không có dấu nháy.'
    )


def test_document_summary_is_over_the_months_wording(tmp_path: Path) -> None:
    """[document] summary wins over [wording.month] summary, as docs/config.md says."""
    from baocao.period import ReportKind

    path = write_config(tmp_path)
    with path.open("a", encoding="utf-8") as handle:
        handle.write('\n[wording.month]\nsummary = "khác {month}"\n')
    assert load_config(path).wording_for(ReportKind.MONTH)["summary"] == (
        "Kết quả thực hiện nhiệm vụ tháng {month}{year_apart} và nhiệm vụ trọng tâm tháng "
        "{next_month} năm {next_year}"
    )


def test_a_header_body_may_take_two_lines(tmp_path: Path) -> None:
    """ "UBND THÀNH PHỐ HỒ CHÍ MINH" is wider than the header's column at 13 pt: written
    "ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HỒ CHÍ MINH" it heads the report on two lines (a line
    break in its cell), in capitals, its lines trimmed; the report's properties and the
    sentences' name have it on one line."""
    from docx import Document

    from baocao.api import build_report

    path = write_config(tmp_path, parent="Ủy ban nhân dân \\r\\n thành phố Hồ Chí Minh")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"SỞ CÔNG THƯƠNG"', '"SỞ CÔNG\\nTHƯƠNG"'), encoding="utf-8")
    config = load_config(path)
    org = config.organization
    assert (org.parent_body, org.issuing_body, org.issuing_body_in_text) == (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
        "SỞ CÔNG\nTHƯƠNG",
        "Sở Công Thương",
    )
    (tmp_path / "data").mkdir()
    shutil.copy(SAMPLE_CONFIG.parent / "data" / "samples" / "2024-03.xlsx", tmp_path / "data")
    out = build_report(config, Period(2024, 3), tmp_path / "r.docx").output
    document = Document(str(out))
    cell = document.tables[0].rows[0].cells[0]
    assert [p.text for p in cell.paragraphs if p.text] == [
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH",
        "SỞ CÔNG\nTHƯƠNG",
    ]
    assert document.core_properties.author == "SỞ CÔNG THƯƠNG"


@pytest.mark.parametrize(
    "typed", ["UBND\\nTHÀNH PHỐ\\nHỒ CHÍ MINH", "UBND\\n\\nTP", "UBND\\n \\nTP"]
)
def test_a_header_body_breaks_once_between_two_parts(tmp_path: Path, typed: str) -> None:
    """More than one line break, or one that leaves a line empty, is refused at the key."""
    path = write_config(tmp_path, parent=typed)
    assert _errors(path)[1:] == [
        "  - organization.parent_body: chỉ được xuống dòng («\\n») một lần, giữa hai phần của "
        'tên, để tên dài nằm trên hai dòng (ví dụ "ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HỒ CHÍ MINH")'
    ]


def test_a_header_body_in_triple_quotes_loses_its_line_ends(tmp_path: Path) -> None:
    """TOML's triple quotes put a line end after the name: trimmed, as spaces are."""
    path = _with_line(
        tmp_path,
        'parent_body = "UBND TỈNH BẮC GIANG"',
        'parent_body = """\nỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG\n"""',
    )
    assert load_config(path).organization.parent_body == "ỦY BAN NHÂN DÂN\nTỈNH BẮC GIANG"


@pytest.mark.parametrize(
    "extra",
    [
        "[checks]\nx = " + "[" * 5000 + "]" * 5000,
        "[checks]\nx = " + "{a=" * 3000 + "1" + "}" * 3000,
        "[a." + ".".join(["b"] * 3000) + "]\nx = 1",
    ],
    ids=["arrays", "inline tables", "dotted tables"],
)
def test_a_config_nested_too_deep_says_so(tmp_path: Path, extra: str) -> None:
    """tomllib and the config's own walk recurse: a config nested thousands deep ended in
    a RecursionError traceback; it is a config error."""
    path = write_config(tmp_path)
    path.write_text(path.read_text(encoding="utf-8") + extra + "\n", encoding="utf-8")
    assert _errors(path) == [
        f"Tệp cấu hình {path} lồng nhau quá sâu (quá nhiều tầng ngoặc [ ] hay {{ }}, hoặc tên "
        "bảng quá nhiều dấu chấm)."
    ]


def test_an_unknown_key_opening_like_a_union_tag_is_named_and_a_groups_slip_given_its_key(
    tmp_path: Path,
) -> None:
    """The tags pydantic puts in an error's place for a recipient's line ("str",
    "RecipientGroup") were left out of any part opening with their letters: "strict = true"
    under [checks] was said "checks: khóa không được hỗ trợ", without the key. Only a tag
    after a line's index is left out, and a recipient group's slip ("item") is given the
    key meant ("items")."""
    path = write_config(tmp_path)
    text = path.read_text(encoding="utf-8")
    text = text.replace('symbol = "BC-SCT"', 'symbol = "BC-SCT"\nstreet = "x"')
    text = text.replace(
        'lines = ["UBND tỉnh (B/c)", "Lưu: VT, P.KHTC"]',
        'lines = ["UBND tỉnh (B/c)", {name = "Sở:", item = ["a"]}, 5]',
    )
    path.write_text(text + "\n[checks]\nstrict = true\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value).splitlines()[1:] == [
        "  - organization.street: khóa không được hỗ trợ (viết sai tên?)",
        "  - recipients.lines.1.items: thiếu giá trị bắt buộc",
        "  - recipients.lines.1.item: khóa không được hỗ trợ (viết sai tên? Có phải là «items»?)",
        "  - recipients.lines.2: phải là chuỗi văn bản",
        "  - checks.strict: khóa không được hỗ trợ (viết sai tên?)",
    ]


@pytest.mark.parametrize(("on_disk", "typed"), [("NFC", "NFD"), ("NFD", "NFC")])
def test_a_config_path_typed_in_the_other_unicode_form_finds_the_folder(
    workspace: Path, on_disk: str, typed: str
) -> None:
    """data_dir = "Dữ liệu" typed decomposed (Unikey's "Unicode tổ hợp", a macOS copy) for a
    folder named composed, or the reverse: the same name to the office, two names to the
    disk. check said the month's workbook was missing and told to run init, which made a
    second folder of the same look beside the first; the folder on disk is used."""
    import unicodedata

    from typer.testing import CliRunner

    from baocao.cli import app

    name = "Dữ liệu"
    folder = workspace / unicodedata.normalize(on_disk, name)
    (workspace / "data").rename(folder)
    config = workspace / "baocao.toml"
    text = config.read_text(encoding="utf-8")
    typed_name = unicodedata.normalize(typed, name)
    config.write_text(text.replace('data_dir = "data"', f'data_dir = "{typed_name}"'), "utf-8")
    runner = CliRunner()
    checked = runner.invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert (checked.exit_code, checked.stdout.splitlines()[0]) == (
        0,
        f"Sổ dữ liệu: {folder.name}/2024-03.xlsx",
    )
    made = runner.invoke(app, ["init", "--month", "4", "--year", "2024"])
    assert made.exit_code == 0
    assert sorted(p.name for p in workspace.iterdir() if p.is_dir()) == [folder.name]
    assert sorted(p.name for p in folder.iterdir()) == ["2024-03.xlsx", "2024-04.xlsx"]


def test_out_and_config_typed_in_the_other_unicode_form_find_the_folder(
    workspace: Path,
) -> None:
    """--out "Báo cáo/t3.docx" typed decomposed (a crontab saved by a macOS editor) for a
    folder named composed made a second folder of the same look and wrote the report there;
    --config so typed was not found. The folder on disk is used for both."""
    import unicodedata

    from typer.testing import CliRunner

    from baocao.cli import app

    nfd = "NFD"
    reports = workspace / unicodedata.normalize("NFC", "Báo cáo")
    reports.mkdir()
    office = workspace / unicodedata.normalize("NFC", "Sở")
    office.mkdir()
    (workspace / "baocao.toml").rename(office / "baocao.toml")
    text = (office / "baocao.toml").read_text(encoding="utf-8")
    (office / "baocao.toml").write_text(text.replace('"data"', '"../data"'), "utf-8")
    runner = CliRunner()
    config = unicodedata.normalize(nfd, "Sở/baocao.toml")
    out = unicodedata.normalize(nfd, "Báo cáo/t3.docx")
    args = ["--config", config, "--out", out, "--month", "3", "--year", "2024"]
    built = runner.invoke(app, ["build", *args])
    assert (built.exit_code, built.stdout) == (0, f"Đã tạo báo cáo: {reports.name}/t3.docx\n")
    assert sorted(p.name for p in workspace.iterdir()) == sorted(
        ["data", reports.name, office.name]
    )
    assert [p.name for p in reports.iterdir()] == ["t3.docx"]


@pytest.mark.parametrize("typed", ["data ", " data", "data\u00a0"])
def test_a_config_path_typed_with_a_space_at_an_edge_finds_the_folder(
    workspace: Path, typed: str
) -> None:
    """data_dir = "data " (a space typed after the name, invisible in the editor): check
    said the month's workbook was missing and told to run init, which made a folder "data "
    beside "data"; the folder of the trimmed name is used when only it exists."""
    from typer.testing import CliRunner

    from baocao.cli import app

    config = workspace / "baocao.toml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('data_dir = "data"', f'data_dir = "{typed}"'), "utf-8")
    runner = CliRunner()
    checked = runner.invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert (checked.exit_code, checked.stdout.splitlines()[0]) == (
        0,
        "Sổ dữ liệu: data/2024-03.xlsx",
    )
    assert runner.invoke(app, ["init", "--month", "4", "--year", "2024"]).exit_code == 0
    assert sorted(p.name for p in workspace.iterdir() if p.is_dir()) == ["data"]
