"""`baocao check` checks the template too: each mistake located, in Vietnamese."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from typer.testing import CliRunner

from baocao.cli import app

from helpers import ROOT

DEFAULT = ROOT / "templates" / "bao_cao_thang.docx"
ARGS = ["--month", "3", "--year", "2024"]
runner = CliRunner()


def own_template(workspace: Path, edit: object) -> Path:
    """A copy of the default template changed by ``edit(doc)``, set in the workspace config."""
    doc = Document(str(DEFAULT))
    edit(doc)  # type: ignore[operator]
    path = workspace / "mau.docx"
    doc.save(str(path))
    config = workspace / "baocao.toml"
    config.write_text(
        config.read_text(encoding="utf-8") + 'template = "mau.docx"\n', encoding="utf-8"
    )
    return path


def set_text(paragraph: object, text: str) -> None:
    """Replace a template paragraph's single run text."""
    paragraph.runs[0].text = text  # type: ignore[attr-defined]


def check_lines(*args: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, ["check", *ARGS, *args])
    return result.exit_code, result.stdout.splitlines()[1:]


def test_unknown_filter_is_located(workspace: Path) -> None:
    """A misspelt filter is reported with its paragraph and the tag."""

    def edit(doc: object) -> None:
        p = doc.paragraphs[6]  # type: ignore[attr-defined]
        set_text(p, p.text.replace("| change('cùng kỳ', 2)", "| chang('cùng kỳ', 2)"))

    tpl = own_template(workspace, edit)
    code, lines = check_lines()
    assert code == 1
    assert lines == [
        f"LỖI: {tpl}, đoạn 15: không có bộ lọc «chang» (xem các bộ lọc dùng được trong "
        "docs/template.md) (tại «{{ iip.iip.growth | chang('cùng kỳ', 2) }}»)",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


def test_unclosed_tag(workspace: Path) -> None:
    """An unclosed "{{" is reported at its paragraph."""
    tpl = own_template(workspace, lambda doc: set_text(doc.paragraphs[4], "I. THÁNG {{ month"))
    code, lines = check_lines()
    assert code == 1
    assert lines[0].startswith(
        f"LỖI: {tpl}, đoạn 13: thẻ «{{{{» không được đóng bằng «}}}}» (tại «{{{{ month"
    )


def test_unknown_name(workspace: Path) -> None:
    """A name the month's data lacks is reported with the tag that uses it."""
    own = "1. Về {{ nganh_cong_nghiep }}"
    tpl = own_template(workspace, lambda doc: set_text(doc.paragraphs[5], own))
    code, lines = check_lines()
    assert code == 1
    assert lines == [
        f"LỖI: {tpl}, đoạn 14: dữ liệu của tháng không có «nganh_cong_nghiep» mà mẫu cần "
        "(nếu đây là một mã, hãy xem sổ dữ liệu có mã đó không) (tại «{{ nganh_cong_nghiep }}»)",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


def test_text_beside_paragraph_tag_in_a_cell(workspace: Path) -> None:
    """Text next to a {%p %} tag would vanish silently: reported with its table cell."""

    def edit(doc: object) -> None:
        cell = doc.tables[1].rows[0].cells[0]  # type: ignore[attr-defined]
        set_text(cell.paragraphs[2], "{%p if r.level == 1 %} xin chào")

    tpl = own_template(workspace, edit)
    code, lines = check_lines()
    assert code == 1
    assert lines[0] == (
        f"LỖI: {tpl}, bảng 2, hàng 1, cột 1, đoạn 3 trong ô: «{{%p if r.level == 1 %}}» làm "
        "docxtpl thay cả đoạn bằng thẻ này, nên phần «xin chào» bên cạnh sẽ mất mà không báo "
        "lỗi; hãy chuyển phần đó sang một đoạn riêng (tại «{%p if r.level == 1 %}»)"
    )


def test_runtime_error_found_by_dry_run(workspace: Path) -> None:
    """A mistake only visible when rendering is caught by check's dry run, with its paragraph."""

    def edit(doc: object) -> None:
        set_text(doc.paragraphs[5], "1. {{ ct.gtsx.value | change('cùng kỳ') }}")  # type: ignore[attr-defined]

    tpl = own_template(workspace, edit)
    code, lines = check_lines()
    assert code == 1
    assert lines == [
        f"LỖI: {tpl}: Bộ lọc «change» cần một số, nhưng nhận «52.716» (các trường như «value», "
        "«ytd» đã là chữ; hãy dùng «mom», «yoy», «ytd_yoy», «plan_share» hoặc «growth»). "
        "(gần đoạn «1. {{ ct.gtsx.value | change('cùng kỳ') }}»)",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


@pytest.mark.parametrize("expression", ["{{ 1 / 0 }}", "{{ tasks[99].text }}"])
def test_build_reports_runtime_errors_without_traceback(workspace: Path, expression: str) -> None:
    """Arithmetic and index mistakes in a template end with exit code 5 and a message."""
    own_template(workspace, lambda doc: set_text(doc.paragraphs[5], expression))
    result = runner.invoke(app, ["build", *ARGS])
    assert result.exit_code == 5
    assert result.stderr.startswith("LỖI: ")
    assert "Traceback" not in result.stderr
    assert not (workspace / "out").exists()


def test_template_not_a_docx(workspace: Path) -> None:
    """A template that is not a .docx is one clear error."""
    tpl = workspace / "mau.docx"
    tpl.write_text("không phải docx", encoding="utf-8")
    config = workspace / "baocao.toml"
    config.write_text(
        config.read_text(encoding="utf-8") + 'template = "mau.docx"\n', encoding="utf-8"
    )
    code, lines = check_lines()
    assert code == 1
    assert lines[0].startswith(
        f"LỖI: {tpl}: Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ ("
    )
