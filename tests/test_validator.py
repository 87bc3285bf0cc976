"""Microsoft Word's validation rules find nothing in the template or in any kind of report."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from baocao.api import build_report
from baocao.config import Config, load_config
from baocao.period import Period

from helpers import (
    ROOT,
    SAMPLE_CONFIG,
    SAMPLE_TEMPLATE,
    SAMPLE_WORKBOOK,
    document_texts,
    word_findings,
)

TEMPLATE = ROOT / "templates" / "bao_cao_thang.docx"


def sample_config(folder: Path, *, appendix: bool = True, template: Path | None = None) -> Config:
    """The repository's config, written to ``folder``, reading the sample workbooks."""
    text = SAMPLE_CONFIG.read_text(encoding="utf-8")
    text = text.replace(
        'data_dir = "data/samples"', f'data_dir = "{SAMPLE_WORKBOOK.parent.as_posix()}"'
    )
    if not appendix:
        text = text.replace("[appendix]\nenabled = true", "[appendix]\nenabled = false")
    chosen = (template or SAMPLE_TEMPLATE).as_posix()
    text = text.replace('template = "data/samples/mau_bao_cao.docx"', f'template = "{chosen}"')
    path = folder / "baocao.toml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


@pytest.fixture(scope="module")
def chart_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample report with the trend chart in its appendix."""
    pytest.importorskip("matplotlib")
    folder = tmp_path_factory.mktemp("chart")
    return build_report(
        sample_config(folder), Period(2024, 3), folder / "chart.docx", chart=True
    ).output


@pytest.fixture(scope="module")
def plain_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample report with the appendix switched off in the config."""
    folder = tmp_path_factory.mktemp("no-appendix")
    config = sample_config(folder, appendix=False)
    return build_report(config, Period(2024, 3), folder / "plain.docx").output


@pytest.fixture(scope="module")
def default_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample month built with the default template (every row, generic wording)."""
    folder = tmp_path_factory.mktemp("default")
    config = sample_config(folder, template=TEMPLATE)
    return build_report(config, Period(2024, 3), folder / "default.docx").output


@pytest.fixture(scope="module")
def resaved_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default template opened and saved again as .docx by LibreOffice."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("libreoffice")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(folder / "out"),
            str(TEMPLATE),
        ],
        capture_output=True,
        check=True,
        timeout=180,
    )
    return folder / "out" / TEMPLATE.name


def test_template_has_no_findings() -> None:
    """templates/bao_cao_thang.docx passes every Word rule: no error, no warning."""
    assert word_findings(TEMPLATE) == []


def test_sample_report_has_no_findings(sample_report: Path) -> None:
    """The sample report passes every Word rule."""
    assert word_findings(sample_report) == []


def test_default_template_report_has_no_findings(default_report: Path) -> None:
    """The sample built with the default template passes every Word rule."""
    assert word_findings(default_report) == []


def test_report_with_chart_has_no_findings(chart_report: Path) -> None:
    """The report with the trend chart (an inline picture) passes every Word rule."""
    assert word_findings(chart_report) == []


def test_report_without_appendix_has_no_findings(plain_report: Path, sample_report: Path) -> None:
    """With [appendix] enabled = false the report (one section fewer) passes every Word rule."""
    assert len(document_texts(plain_report)) < len(document_texts(sample_report))
    assert word_findings(plain_report) == []


@pytest.mark.libreoffice
def test_template_resaved_by_libreoffice_gives_a_valid_report(
    resaved_template: Path, default_report: Path, tmp_path: Path
) -> None:
    """A template re-saved by LibreOffice gives a Word-valid report with the same text."""
    config = sample_config(tmp_path, template=resaved_template)
    report = build_report(config, Period(2024, 3), tmp_path / "report.docx").output
    assert word_findings(report) == []
    assert document_texts(report) == document_texts(default_report)
