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
