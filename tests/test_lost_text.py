"""Nothing the workbook holds is lost on the way to the report (issue 11): a code the
template names is reported once with its sheet; a paragraph or task missing from the rendered
document stops the build."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx import Document
from typer.testing import CliRunner

import baocao.api
import baocao.completeness
import baocao.templatecheck
from baocao.cli import app
from baocao.completeness import missing_text
from baocao.lintdata import missing_code
from baocao.render import render_document

from helpers import SAMPLE_TEMPLATE, load_workbook, sample_context

runner = CliRunner()
ARGS = ["--month", "3", "--year", "2024"]
ACTIVITY = (
    "Thực hiện thu thập thông tin, xây dựng báo cáo thống kê định kỳ về giá trị sản xuất công "
    "nghiệp."
)
TASK = "Tiếp tục theo dõi diễn biến tình hình cung cầu, giá cả hàng hóa trên thị trường"


def delete_rows(book: Path, rows: dict[str, int]) -> None:
    wb = load_workbook(book)
    for sheet, number in rows.items():
        wb[sheet].delete_rows(number)
    wb.save(book)


def test_deleted_rows_name_each_code_once_with_its_sheet(workspace: Path) -> None:
    """Deleting iip.nuoc and nhap_khau, which the sample's template names: one error per code,
    naming the code and its sheet, at the template paragraph that first uses it."""
    delete_rows(workspace / "data" / "2024-03.xlsx", {"ChiSoSXCN": 6, "ChiTieu": 14})
    result = runner.invoke(app, ["check", *ARGS])
    errors = [line for line in result.stdout.splitlines() if line.startswith("LỖI")]
    assert result.exit_code == 1
    assert errors == [
        f"LỖI: {SAMPLE_TEMPLATE}, đoạn 15: Mẫu báo cáo cần mã «iip.nuoc» nhưng trang ChiSoSXCN "
        "của sổ dữ liệu không có mã này; hãy thêm lại dòng mã «iip.nuoc» vào trang ChiSoSXCN, "
        "hoặc bỏ mọi chỗ dùng mã này khỏi mẫu (tại «{{ iip['iip.nuoc'].name }}»)",
        f"LỖI: {SAMPLE_TEMPLATE}, đoạn 41: Mẫu báo cáo cần mã «nhap_khau» nhưng trang ChiTieu "
        "của sổ dữ liệu không có mã này; hãy thêm lại dòng mã «nhap_khau» vào trang ChiTieu, "
        "hoặc bỏ mọi chỗ dùng mã này khỏi mẫu (tại «{{ ct.nhap_khau.name }}»)",
    ]


@pytest.mark.parametrize(
    ("path", "found"),
    [
        ("iip.iip.nuoc2.name", ("ChiSoSXCN", "iip.nuoc2")),
        ("ct.gtsx.fdi2.value", ("ChiTieu", "gtsx.fdi2")),
        ("ct.than", ("ChiTieu", "than")),
        ("ct.gtsx.fdi.value", None),  # the code is there
        ("ct.gtsx.valu", None),  # a misspelt name of a row, not a code
        ("nganh", None),
    ],
)
def test_missing_code_of_a_lint_path(path: str, found: tuple[str, str] | None) -> None:
    """docxtpl-lint's dotted name is read back to the code the template asks for."""
    assert missing_code(path, sample_context()) == found


def dropping(text: str) -> Any:
    """render_document, then remove the body paragraph that holds ``text`` (a lost paragraph)."""

    def render(*args: Any, **kwargs: Any) -> Any:
        document = render_document(*args, **kwargs)
        body = document.docx.element.body
        for paragraph in document.docx.paragraphs:
            if text in paragraph.text:
                body.remove(paragraph._p)
                break
        return document

    return render


LOST = {
    ACTIVITY: f"đoạn «{ACTIVITY[:79]}…» của tiểu mục «4. Công tác quản lý Công nghiệp» "
    "(trang HoatDong)",
    TASK: f"nhiệm vụ 1 «{TASK[:79]}…» (trang NhiemVu)",
}


@pytest.mark.parametrize("text", list(LOST))
def test_lost_paragraph_stops_the_build(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """A HoatDong paragraph or NhiemVu task missing after rendering: exit code 5, nothing
    written, the paragraph named."""
    monkeypatch.setattr(baocao.api, "render_document", dropping(text))
    result = runner.invoke(app, ["build", *ARGS])
    assert result.exit_code == 5
    assert result.stderr.splitlines() == [
        f"LỖI: {SAMPLE_TEMPLATE}: Báo cáo tạo ra bị thiếu {LOST[text]}: sổ dữ liệu có nhưng "
        "văn bản không có, nên chưa ghi báo cáo. Hãy kiểm tra mẫu báo cáo và đoạn chữ này trong "
        "sổ dữ liệu.",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        "Chưa tạo báo cáo vì có lỗi.",
    ]
    assert not (workspace / "out").exists()


def test_check_finds_a_lost_paragraph_in_its_trial_render(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """check's in-memory render runs the same safety net."""
    monkeypatch.setattr(baocao.templatecheck, "render_document", dropping(TASK))
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1:] == [
        f"LỖI: {SAMPLE_TEMPLATE}: Báo cáo tạo ra bị thiếu {LOST[TASK]}: sổ dữ liệu có nhưng "
        "văn bản không có, nên chưa ghi báo cáo. Hãy kiểm tra mẫu báo cáo và đoạn chữ này trong "
        "sổ dữ liệu.",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


def test_every_paragraph_of_the_sample_is_found(sample_report: Path) -> None:
    """The sample report holds every paragraph and task of its workbook: the net is quiet."""
    assert missing_text(Document(str(sample_report)), sample_context()) == []


def test_a_copy_of_a_task_elsewhere_does_not_hide_its_loss(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Task 1 typed as a HoatDong paragraph too: the paragraph's copy cannot stand for the
    task a template dropped (each text counted as often as the workbook gives it)."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["NhiemVu"]["B2"] = ACTIVITY
    wb.save(book)

    def render(*args: Any, **kwargs: Any) -> Any:  # drops the task: the last copy
        document = render_document(*args, **kwargs)
        last = [p for p in document.docx.paragraphs if ACTIVITY in p.text][-1]
        document.docx.element.body.remove(last._p)
        return document

    monkeypatch.setattr(baocao.api, "render_document", render)
    result = runner.invoke(app, ["build", *ARGS])
    assert result.exit_code == 5
    assert result.stderr.splitlines()[0] == (
        f"LỖI: {SAMPLE_TEMPLATE}: Báo cáo tạo ra bị thiếu nhiệm vụ 1 «{ACTIVITY[:79]}…» (trang "
        "NhiemVu): sổ dữ liệu có nhưng văn bản không có, nên chưa ghi báo cáo. Hãy kiểm tra mẫu "
        "báo cáo và đoạn chữ này trong sổ dữ liệu."
    )


def test_each_text_of_the_workbook_is_counted_in_the_report_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The safety net counts each paragraph and task of the workbook in the report's text
    once, for both its checks (none lost, none printed twice): a long one was counted twice."""
    context = sample_context()
    document = render_document(SAMPLE_TEMPLATE, context).docx
    text = baocao.completeness.document_text(document).casefold()
    counted: list[str] = []
    count = baocao.completeness.occurrences

    def counting(haystack: str, needle: str) -> int:
        if haystack == text:
            counted.append(needle)
        return count(haystack, needle)

    monkeypatch.setattr(baocao.completeness, "occurrences", counting)
    assert baocao.completeness.check_complete(document, context, SAMPLE_TEMPLATE) == []
    given = {needle for needle, _ in baocao.completeness._expected(context)}
    assert len(given) > 20
    assert sorted(counted) == sorted(given)
