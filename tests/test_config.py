"""Config discovery (--config, $BAOCAO_CONFIG, ./baocao.toml) and its Vietnamese errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.config import load_config
from baocao.errors import ConfigError
from baocao.period import Period

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
    """A TOML syntax error names the file."""
    path = tmp_path / "baocao.toml"
    path.write_text("[organization\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^Tệp cấu hình .*baocao.toml sai cú pháp TOML: "):
        load_config(path)


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
        "  - organization.symbo: khóa không được hỗ trợ (viết sai tên?)",
        "  - signer.name: không được để trống",
        "  - paths.output_name: phải là một tên tệp .docx, không chứa thư mục",
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
        "{months}, {quarter}, {next_quarter}, {next_quarter_year} ('nam')"
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


ALLOWED = (
    "chỉ được dùng {month}, {year}, {next_month}, {next_year}, {months}, {quarter}, "
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
