"""Shared fixtures: the sample inputs copied to a temporary workspace, and the sample report."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import SAMPLE_CONFIG, SAMPLE_WORKBOOK, write_config


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Path]:
    """A folder with the sample workbook in data/ and a config pointing at it; cwd is the folder."""
    (tmp_path / "data").mkdir()
    shutil.copy(SAMPLE_WORKBOOK, tmp_path / "data" / "2024-03.xlsx")
    write_config(tmp_path)
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)
        mp.delenv("BAOCAO_CONFIG", raising=False)
        yield tmp_path


@pytest.fixture(scope="session")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample report built once from the repository's own config and workbook."""
    from baocao.api import build_report
    from baocao.config import load_config
    from baocao.period import Period

    out = tmp_path_factory.mktemp("sample") / "BaoCao_T03_2024.docx"
    build_report(load_config(SAMPLE_CONFIG), Period(2024, 3), out)
    return out
