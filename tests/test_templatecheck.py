"""`baocao check` checks the template too: each mistake located, in Vietnamese."""

from __future__ import annotations

import copy
import hashlib
import json
import re
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml import parse_xml
from typer.testing import CliRunner

from baocao.api import check_inputs
from baocao.cli import app
from baocao.config import load_config
from baocao.errors import TemplateError, error, warning
from baocao.files import NotRegularFileError
from baocao.period import Period
from baocao.render import render_document
from baocao.templateblocks import _LEFT_RE as LEFT_OVER
from baocao.templatecheck import check_template
from baocao.templatefile import TemplateBytes, read_sound_template
from baocao.templateplaces import TAG, tags, without_tags

from helpers import (
    ROOT,
    SAMPLE_TEMPLATE,
    blank_document,
    one_paragraph_template,
    sample_context,
    understate,
    write_config,
    xml_paragraph_template,
)

# The sample's template: the seed's wording, with codes named (the default template once).
DEFAULT = SAMPLE_TEMPLATE
ARGS = ["--month", "3", "--year", "2024"]
runner = CliRunner()


def own_template(workspace: Path, edit: object) -> Path:
    """A copy of the sample's template changed by ``edit(doc)``, set in the workspace config."""
    doc = Document(str(DEFAULT))
    edit(doc)  # type: ignore[operator]
    path = workspace / "mau.docx"
    doc.save(str(path))
    write_config(workspace, template=path)
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
        set_text(p, p.text.replace("| change(report.same_period, 2)", "| chang('cùng kỳ', 2)"))

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


PRINTED = (
    "Mẫu báo cáo in cả {} vào văn bản (mọi trường của nó, như mã Python), nên văn bản sẽ có "
    "chữ lạ: hãy in một trường của nó (ví dụ {}), hoặc in từng dòng của danh sách trong vòng "
    "lặp {{% for … %}}."
)
INDICATOR = PRINTED.format("chỉ tiêu «gtsx»", "«.value» hay «.name»")
ORG = PRINTED.format("một nhóm dữ liệu", "«.parent_body» hay «.issuing_body»")
TASK = PRINTED.format("một nhóm dữ liệu", "«.number» hay «.text»")
TABLE = PRINTED.format("bảng ChiTieu", "«ct['mã'].value»")


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ("{{ ct['gtsx'] }}", INDICATOR),
        ("{{ org }}", ORG),
        ("{{ ct }}", TABLE),
        ("{{ tasks }}", TASK),
        ("{{ ct.values() }}", INDICATOR),
        ("{{ ct.items() | list }}", INDICATOR),
        ("{{ {'a': org} }}", ORG),
        ("{{ [[org]] }}", ORG),
        ("{{ tasks | join('; ') }}", TASK),
        ("{{ org | string }}", ORG),
        ("{{ org ~ '' }}", ORG),
        ("{{ '%s' | format(org) }}", ORG),
        ("{{ org | pprint }}", ORG),
        ("{{ namespace(a=org) }}", ORG),
        ("{{ ct | dictsort }}", PRINTED.format("chỉ tiêu «ban_le»", "«.value» hay «.name»")),
    ],
    ids=[
        "indicator",
        "org",
        "table",
        "list",
        "values",
        "items",
        "dict",
        "nested",
        "join",
        "string",
        "concat",
        "format",
        "pprint",
        "namespace",
        "dictsort",
    ],
)
def test_a_whole_view_printed_is_an_error(workspace: Path, expression: str, message: str) -> None:
    """A tag that prints a whole row or group (its fields' listing) instead of one of its
    values is an error, not a line of code text in the report."""
    # The tag alone in a template: what it prints does not depend on the paragraphs around
    # it, and linting and compiling the sample's whole template took 0.2 s for each case.
    tpl = one_paragraph_template(workspace, f"1. {expression}")
    write_config(workspace, template=tpl)
    code, lines = check_lines()
    assert code == 1
    assert lines == [
        f"LỖI: {tpl}: {message} (gần đoạn «1. {expression}»)",
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
    write_config(workspace, template=tpl)
    code, lines = check_lines()
    assert code == 1
    assert lines[0].startswith(
        f"LỖI: {tpl}: Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ ("
    )


def test_template_not_a_docx_says_why_in_vietnamese(workspace: Path) -> None:
    """A text renamed .docx, or a .docx copied half, is told in Vietnamese: zipfile's own
    "File is not a zip file" was the whole reason."""
    tpl = workspace / "mau.docx"
    write_config(workspace, template=tpl)
    unreadable = "LỖI: {}: Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ ({})."
    tpl.write_text("không phải docx", encoding="utf-8")
    assert check_lines() == (
        1,
        [
            unreadable.format(
                tpl,
                "tệp không phải dạng nén của Word: có thể là tệp văn bản, tệp .doc cũ hay một "
                "tệp khác được đổi tên thành .docx",
            ),
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )
    data = DEFAULT.read_bytes()
    with zipfile.ZipFile(DEFAULT) as archive:  # its first part's data, scrambled
        first = archive.infolist()[0]
    start = first.header_offset + 30 + len(first.filename.encode()) + len(first.extra)
    tpl.write_bytes(
        data[:start] + bytes(b ^ 0xFF for b in data[start : start + 40]) + data[start + 40 :]
    )
    code, lines = check_lines()
    assert code == 1
    assert lines[0].startswith(
        unreadable.format(tpl, "tệp bị hỏng hoặc chưa chép, tải xong: ").removesuffix(").")
    )


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TRACKED = 'w:id="7" w:author="Phòng KHTC" w:date="2024-03-01T08:00:00Z"'
FORMAT_LOST = (
    "định dạng bên trong thẻ «{tag}» (đậm, nghiêng, cỡ chữ…) sẽ bị mất khi tạo báo cáo; hãy "
    "định dạng cả thẻ giống nhau"
)
TRACKED_IN_TAG = (
    "bên trong thẻ «{tag}» có thay đổi chưa chấp nhận của chế độ theo dõi thay đổi (Track "
    "Changes); hãy chấp nhận hoặc từ chối mọi thay đổi trước khi dùng tệp làm mẫu"
)


def split_run(paragraph: object, after: str, **look: object) -> None:
    """Split the paragraph's single run after ``after``; the second part gets ``look``
    (python-docx run attributes such as ``bold=True``) on top of the first's formatting."""
    first = paragraph.runs[0]  # type: ignore[attr-defined]
    head, tail = first.text.split(after, 1)
    second = copy.deepcopy(first._r)
    first._r.addnext(second)
    first.text = head + after
    rest = paragraph.runs[1]  # type: ignore[attr-defined]
    rest.text = tail
    for name, value in look.items():
        setattr(rest, name, value)


def run(text: str, props: str = "") -> str:
    """One run's XML: ``props`` inside its w:rPr."""
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def remove_paragraph(doc: object, index: int) -> None:
    """Delete body paragraph ``index`` of the template, as the office deleting a line."""
    element = doc.paragraphs[index]._p  # type: ignore[attr-defined]
    element.getparent().remove(element)


def test_deleted_paragraph_endif_is_one_error(workspace: Path) -> None:
    """A deleted {%p endif %} is one error at its {%p if %}, without follow-on missing names."""
    tpl = own_template(workspace, lambda doc: remove_paragraph(doc, 9))
    result = check_inputs(load_config(workspace / "baocao.toml"), Period(2024, 3))
    assert result.problems == [
        error(
            "khối «{%p if %}» không được đóng: thiếu «{%p endif %}» (tại «{%p if ct.gtsx.ytd %}»)",
            tpl,
            place="đoạn 16",
        )
    ]
    assert result.context is None


@pytest.mark.parametrize(
    ("edit", "line"),
    [
        (
            lambda doc: remove_paragraph(doc, 7),
            "đoạn 17: «{%p endif %}» không có thẻ mở tương ứng (tại «{%p endif %}»)",
        ),
        (
            lambda doc: remove_paragraph(doc, 16),
            "đoạn 20: khối «{%p for %}» không được đóng: thiếu «{%p endfor %}» "
            "(tại «{%p for grp in ct.gtsx.groups %}»)",
        ),
        (
            lambda doc: set_text(doc.paragraphs[7], "{%p if ct.gtsx.ytd ) %}"),
            "đoạn 16: sai cú pháp: «)» không đúng chỗ (tại «{%p if ct.gtsx.ytd ) %}»)",
        ),
        (
            lambda doc: set_text(doc.paragraphs[9], "{%p endif"),
            "đoạn 18: thẻ «{%» không được đóng bằng «%}» (tại «{%p endif»)",
        ),
    ],
    ids=["no-opener", "no-endfor", "syntax", "endif-never-closed"],
)
def test_broken_structure_is_one_error(workspace: Path, edit: object, line: str) -> None:
    """Any broken structure (no opener, no closer, syntax, a "{%" never closed) is one error."""
    tpl = own_template(workspace, edit)
    code, lines = check_lines()
    assert code == 1
    assert lines == [f"LỖI: {tpl}, {line}", "Tổng cộng: 1 lỗi, 0 cảnh báo."]


@pytest.mark.parametrize("template", [DEFAULT, ROOT / "templates" / "bao_cao_thang.docx"])
def test_default_template_has_no_findings(template: Path) -> None:
    """The shipped templates give no error and no warning, the new XML checks included."""
    assert check_template(template, None) == []


def test_half_bold_tag_is_a_warning(workspace: Path) -> None:
    """Bolding half of a {{ … }} is a warning at its paragraph (docxtpl keeps one run's look)."""
    tpl = own_template(workspace, lambda doc: split_run(doc.paragraphs[6], "{{ mo", bold=True))
    code, lines = check_lines()
    assert code == 0
    assert lines == [
        f"CẢNH BÁO: {tpl}, đoạn 15: " + FORMAT_LOST.format(tag="{{ month }}"),
        "Tổng cộng: 0 lỗi, 1 cảnh báo.",
    ]


@pytest.mark.parametrize(
    ("runs_xml", "tag"),
    [
        (run("Tháng {{ month ") + run("}} năm", "<w:sz w:val='32'/>"), "{{ month }}"),
        (run("{% if month %}") + run("có{% en", "<w:i/>") + run("dif %}"), "{% endif %}"),
        (run("{# ghi ") + run("chú #}", "<w:u w:val='single'/>"), "{# ghi chú #}"),
    ],
    ids=["size-of-closing-braces", "italic-statement", "underlined-comment"],
)
def test_each_kind_of_tag_split_in_formatting(tmp_path: Path, runs_xml: str, tag: str) -> None:
    """{{ }}, {% %} and {# #} tags over differently formatted runs are each a warning."""
    tpl = xml_paragraph_template(tmp_path, runs_xml)
    assert check_template(tpl, None) == [warning(FORMAT_LOST.format(tag=tag), tpl, place="đoạn 1")]


@pytest.mark.parametrize(
    "runs_xml",
    [
        run("Tháng {{ ", "<w:b/><w:lang w:val='vi-VN'/>")
        + '<w:proofErr w:type="spellStart"/>'
        + run("month", "<w:b w:val='true'/><w:noProof/><w:bCs/>")
        + '<w:proofErr w:type="spellEnd"/>'
        + run(" }}", "<w:rFonts w:hint='eastAsia'/><w:b w:val='1'/>"),
        run("{%p set shown = month ") + run("%}", "<w:b/>"),
        run("{{ month }} ") + run("{{ year }}", "<w:b/>"),
    ],
    ids=["language-proofing-hint", "paragraph-tag-vanishes", "one-run-per-tag"],
)
def test_look_alike_runs_are_not_reported(tmp_path: Path, runs_xml: str) -> None:
    """Runs differing only in language, proofing or spelling of "on", a {%p %} tag (its paragraph
    vanishes) and tags each in one run give no warning."""
    assert check_template(xml_paragraph_template(tmp_path, runs_xml), None) == []


@pytest.mark.parametrize(
    "runs_xml",
    [
        run("Tháng {{ mo") + f"<w:ins {TRACKED}>{run('n')}</w:ins>" + run("th }}"),
        run("Tháng {{ mon")
        + f"<w:del {TRACKED}><w:r><w:delText>x</w:delText></w:r></w:del>"
        + run("th }}"),
        run("Tháng {{ mo") + f"<w:moveTo {TRACKED}>{run('nth')}</w:moveTo>" + run(" }}"),
    ],
    ids=["insertion-inside", "deletion", "move"],
)
def test_tracked_change_in_a_tag_is_a_warning(tmp_path: Path, runs_xml: str) -> None:
    """A tracked insertion, deletion or move inside a tag is a warning to accept or reject it
    (docxtpl joins the tag's runs: the report keeps no mark of it)."""
    tpl = xml_paragraph_template(tmp_path, runs_xml)
    assert check_template(tpl, None) == [
        warning(TRACKED_IN_TAG.format(tag="{{ month }}"), tpl, place="đoạn 1")
    ]


REVISIONS_KEPT = (
    "đoạn có thay đổi chưa chấp nhận của chế độ theo dõi thay đổi (Track Changes){others}; "
    "báo cáo tạo từ mẫu sẽ giữ nguyên các thay đổi này và hiện chúng khi mở (chữ đã xóa vẫn "
    "in, gạch ngang; chữ thêm gạch chân): hãy chấp nhận hoặc từ chối mọi thay đổi (Xem lại → "
    "Chấp nhận Tất cả Thay đổi hoặc Từ chối Tất cả Thay đổi; Review → Accept All Changes hoặc "
    "Reject All Changes) rồi lưu lại mẫu"
)


@pytest.mark.parametrize(
    "runs_xml",
    [
        f"<w:ins {TRACKED}>{run('Tháng ')}</w:ins>" + run("{{ month }}"),
        run("{{ month }}") + f"<w:del {TRACKED}><w:r><w:delText> cũ</w:delText></w:r></w:del>",
        run("Tháng ") + f"<w:ins {TRACKED}>{run('{{ month }}')}</w:ins>",
        run("Tháng {{ mon") + f"<w:ins {TRACKED}>{run('th }} năm')}</w:ins>",
        run("Tháng {{ month }}", f"<w:b/><w:rPrChange {TRACKED}><w:rPr/></w:rPrChange>"),
        f'<w:pPr><w:jc w:val="center"/><w:pPrChange {TRACKED}><w:pPr/></w:pPrChange></w:pPr>'
        + run("Tháng {{ month }}"),
        f"<w:pPr><w:rPr><w:del {TRACKED}/></w:rPr></w:pPr>"
        + f"<w:del {TRACKED}><w:r><w:delText>Đoạn đã xóa.</w:delText></w:r></w:del>",
    ],
    ids=[
        "insertion-beside",
        "deletion-beside",
        "inserted-tag",
        "insertion-across-the-end",
        "formatting",
        "paragraph-formatting",
        "deleted-paragraph",
    ],
)
def test_tracked_change_a_report_would_keep_is_an_error(tmp_path: Path, runs_xml: str) -> None:
    """A tracked change outside every tag went into the report as it is: the report opened
    with the office's revisions shown, its deleted words printed struck through (or, across
    a tag's end, was not written at all). It is an error to accept or reject the changes."""
    tpl = xml_paragraph_template(tmp_path, runs_xml)
    assert check_template(tpl, None) == [
        error(REVISIONS_KEPT.format(others=""), tpl, place="đoạn 1")
    ]


def test_tracked_change_of_a_paragraph_tag_is_not_reported(tmp_path: Path) -> None:
    """A paragraph docxtpl replaces by its {%p %} tag leaves none of its revision marks: neither
    the error of marks kept nor the warning of a change inside a tag (which it was)."""
    runs_xml = (
        f"<w:pPr><w:rPr><w:ins {TRACKED}/></w:rPr></w:pPr>"
        + f"<w:ins {TRACKED}>{run('{%p set shown = month %}')}</w:ins>"
    )
    assert check_template(xml_paragraph_template(tmp_path, runs_xml), None) == []


def test_tracked_change_of_a_paragraph_note_is_not_reported(tmp_path: Path) -> None:
    """docxtpl drops a paragraph holding a "{#p … #}" note whole, as it replaces one with a
    "{%p %}" tag: a tracked change in it was the error that the report keeps the marks."""
    runs_xml = f"<w:ins {TRACKED}>{run('{#p ghi chú của phòng #}')}</w:ins>"
    assert check_template(xml_paragraph_template(tmp_path, runs_xml), None) == []


def test_a_tracked_table_row_is_an_error_at_its_table(tmp_path: Path) -> None:
    """A table row inserted or deleted with Track Changes on is kept by the report too (a
    deleted row still printed); it is outside every paragraph, and was said with no place
    but the file's. It is placed at the row's first paragraph."""
    doc = blank_document()
    doc.add_paragraph("Tháng {{ month }}")
    row = doc.add_table(rows=2, cols=1)._tbl.tr_lst[1]
    row.insert(0, parse_xml(f"<w:trPr {W}><w:del {TRACKED}/></w:trPr>"))
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    assert check_template(tpl, None) == [
        error(
            "một bảng (hàng hay ô thêm, xóa, đổi định dạng) hay định dạng trang có thay đổi chưa "
            "chấp nhận của chế độ theo dõi thay đổi (Track Changes); báo cáo tạo từ mẫu sẽ giữ "
            "nguyên và hiện các thay đổi này khi mở (hàng đã xóa vẫn in): hãy chấp nhận hoặc từ "
            "chối mọi thay đổi (Xem lại → Chấp nhận Tất cả Thay đổi hoặc Từ chối Tất cả Thay "
            "đổi; Review → Accept All Changes hoặc Reject All Changes) rồi lưu lại mẫu",
            tpl,
            place="bảng 1, hàng 2, cột 1, đoạn 1 trong ô",
        )
    ]


def test_tracked_changes_of_a_row_docxtpl_replaces_are_not_reported(tmp_path: Path) -> None:
    """docxtpl puts a {%tr %} tag in place of its whole row, every cell's revision marks and
    the row's own with it: a formatting change in another cell of a {%tr for %} row, or the
    row inserted with Track Changes on, was an error that stopped the build though the report
    keeps none of it."""
    doc = blank_document()
    rows = doc.add_table(rows=3, cols=2)._tbl.tr_lst
    texts = ("{%tr for x in [1, 2] %}", "{{ x }}", "{%tr endfor %}")
    for row, text in zip(rows, texts, strict=True):
        row.tc_lst[0].p_lst[0].append(parse_xml(f"<w:r {W}><w:t>{text}</w:t></w:r>"))
    rows[0].insert(0, parse_xml(f"<w:trPr {W}><w:ins {TRACKED}/></w:trPr>"))
    rows[0].tc_lst[1].p_lst[0].insert(
        0,
        parse_xml(
            f"<w:pPr {W}><w:jc w:val='center'/>"
            f"<w:pPrChange {TRACKED}><w:pPr/></w:pPrChange></w:pPr>"
        ),
    )
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    assert check_template(tpl, None) == []


def test_tracked_changes_are_one_error_per_part(workspace: Path) -> None:
    """Paragraphs edited with Track Changes on are one error at the first, counting the others
    (Accept All settles them); build stops with exit code 5 and writes nothing."""

    def edit(doc: object) -> None:
        for index in (6, 10):
            paragraph = doc.paragraphs[index]._p  # type: ignore[attr-defined]
            paragraph.append(parse_xml(f"<w:ins {W} {TRACKED}>{run(' Thêm câu mới.')}</w:ins>"))

    tpl = own_template(workspace, edit)
    code, lines = check_lines()
    assert (code, lines) == (
        1,
        [
            f"LỖI: {tpl}, đoạn 15: "
            + REVISIONS_KEPT.format(others=" (và 1 đoạn khác của phần này)"),
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )
    result = runner.invoke(app, ["build", *ARGS])
    assert result.exit_code == 5
    assert not (workspace / "out").exists() or not any((workspace / "out").iterdir())


def test_deleted_tag_is_reported_once(tmp_path: Path) -> None:
    """A retyped tag (old one deleted, new one inserted) keeps DTL003's one message, not two."""
    runs_xml = (
        f"<w:del {TRACKED}><w:r><w:delText>{{{{ year }}}}</w:delText></w:r></w:del>"
        + f"<w:ins {TRACKED}>{run('{{ month }}')}</w:ins>"
    )
    tpl = xml_paragraph_template(tmp_path, runs_xml)
    assert check_template(tpl, None) == [
        error(
            "đoạn có phần xóa của chế độ theo dõi thay đổi (Track Changes) chứa mã mẫu; hãy "
            "chấp nhận hoặc từ chối mọi thay đổi trước khi dùng tệp làm mẫu (tại «{{ year }}»)",
            tpl,
            place="đoạn 1",
        )
    ]


@pytest.mark.parametrize(
    "runs_xml",
    [
        run("Tháng {{ mo")
        + '<w:commentRangeStart w:id="0"/>'
        + run("nth }} năm")
        + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>',
        run("Tháng {{ mo") + '<w:r><w:commentReference w:id="0"/></w:r>' + run("nth }}"),
    ],
    ids=["range-starts-inside", "reference-inside"],
)
def test_comment_in_a_tag_is_not_reported(tmp_path: Path, runs_xml: str) -> None:
    """A Word comment anchored inside a tag was a warning that the comment would break in
    the report; the report keeps no comment (``package.no_comments``): no finding."""
    assert check_template(xml_paragraph_template(tmp_path, runs_xml), None) == []


def test_comment_around_a_tag_is_not_reported(tmp_path: Path) -> None:
    """A comment whose range holds the whole tag leaves the tag intact: no warning."""
    runs_xml = (
        '<w:commentRangeStart w:id="0"/>'
        + run("{{ month }}")
        + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'
    )
    assert check_template(xml_paragraph_template(tmp_path, runs_xml), None) == []


def _in_header(doc: object) -> object:
    header = doc.sections[0].header  # type: ignore[attr-defined]
    return header.add_paragraph("Tháng {{ month | chang }}")


def _in_cell(doc: object) -> object:
    return doc.tables[1].rows[0].cells[0].paragraphs[3]  # type: ignore[attr-defined]


def _after_tables(doc: object) -> object:
    return doc.paragraphs[57]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("where", "place"),
    [
        (_after_tables, "đoạn 85"),
        (_in_cell, "bảng 2, hàng 1, cột 1, đoạn 4 trong ô"),
        (_in_header, "phần đầu trang, đoạn 2"),
    ],
    ids=["body-after-tables", "table-cell", "header"],
)
def test_places_agree_with_docxtpl_lint(tmp_path: Path, where: object, place: str) -> None:
    """The formatting warning and docxtpl-lint's error in one paragraph name the same place."""

    def edit(doc: object) -> None:
        paragraph = where(doc)  # type: ignore[operator]
        set_text(paragraph, "Tháng {{ month | chang }}")
        split_run(paragraph, "{{ mo", italic=True)

    doc = Document(str(DEFAULT))
    edit(doc)
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    assert check_template(tpl, None) == [
        error(
            "không có bộ lọc «chang» (xem các bộ lọc dùng được trong docs/template.md) "
            "(tại «{{ month | chang }}»)",
            tpl,
            place=place,
        ),
        warning(FORMAT_LOST.format(tag="{{ month | chang }}"), tpl, place=place),
    ]


def test_a_loops_name_in_the_header_is_said_outside_the_loop(tmp_path: Path) -> None:
    """office26: «s» of the figures' loop copied into the header was said "được dùng sau
    vòng lặp", though a header stands outside every loop, not after one."""
    doc = Document(str(DEFAULT))
    doc.sections[0].header.add_paragraph("Mục {{ s.title }}")
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    assert check_template(tpl, None) == [
        error(
            "«s» chỉ có bên trong vòng lặp «for» nhưng được dùng ngoài vòng lặp (sau vòng lặp, "
            "hay ở đầu trang, chân trang) (tại «{{ s.title }}»)",
            tpl,
            place="phần đầu trang, đoạn 2",
        )
    ]


def test_lint_shape_keeps_what_the_data_checks_read() -> None:
    """Keys, list items of each shape once (in order, never none), each leaf's kind."""
    from baocao.lintdata import lint_shape

    data = {
        "a": [{"x": "Việc 1", "n": 3.5}, {"x": "Việc 2", "n": 7}, {"x": None, "n": 1}],
        "b": {"c": True, "d": "52.716"},
        "e": [],
        "f": [[1, 2], "t"],
    }
    assert lint_shape(data) == {
        "a": [{"x": "", "n": 0}, {"x": None, "n": 0}],
        "b": {"c": True, "d": ""},
        "e": [],
        "f": [[0], ""],
    }


def test_lint_shape_keeps_list_items_alike_as_json_once() -> None:
    """Items alike as JSON are kept once though their keys come in another order; a flag
    and a number are never alike (False is not 0); a view's fields have the kinds the
    shape of its plain data has (a text, a flag, None, a figure, a list inside)."""
    import dataclasses
    from decimal import Decimal

    from baocao.lintdata import lint_shape

    @dataclasses.dataclass
    class Row:
        text: str
        flag: bool | int | None
        figure: object
        items: list[object]

    data = [
        {"a": 1, "b": "x"},
        {"b": "y", "a": 2},
        {"a": False, "b": "z"},
        {"b": "", "a": 0.5},
        {"a": None, "b": "w"},
    ]
    assert lint_shape(data) == [{"a": 0, "b": ""}, {"a": False, "b": ""}, {"a": None, "b": ""}]
    assert [type(item["a"]) for item in lint_shape(data)] == [int, bool, type(None)]
    rows = [
        Row("x", True, Decimal("1.5"), [Row("y", None, 2, [])]),
        Row("z", True, 3.5, [Row("w", None, Decimal(7), [])]),
        Row("v", 0, "7", ["t", 1]),
    ]
    inner = {"text": "", "flag": None, "figure": 0, "items": []}
    assert lint_shape(rows) == [
        {"text": "", "flag": True, "figure": 0, "items": [inner]},
        {"text": "", "flag": 0, "figure": "", "items": ["", 0]},
    ]
    assert type(lint_shape(rows)[1]["flag"]) is int


def test_lint_shape_of_the_context_is_the_shape_of_its_plain_data() -> None:
    """The shape made from the context in one pass is the shape of ``lint_data``'s plain
    data (dotted codes nested, numbers as numbers, views as their fields)."""
    from baocao.lintdata import lint_data, lint_shape

    from helpers import sample_context

    context = sample_context()
    shape = lint_shape(context)
    assert shape == lint_shape(lint_data(context))
    assert shape["iip"]["iip"]["dien"]["growth"] == 0  # "iip.dien" nested under its parts
    assert shape["iip"]["iip.dien"] == shape["iip"]["iip"]["dien"]
    assert shape["ct"]["gtsx"]["name"] == ""
    assert shape["tasks"] == [{"number": "", "text": ""}]
    assert lint_shape({"a.b": "x", "a": "taken"}) == {"a.b": "", "a": ""}  # kept as it was


@pytest.mark.parametrize(
    ("tag", "rules"),
    [
        ("{{ ct['gtsx'].nope }}", ["DTL301"]),  # a name the data lacks
        ("{% for x in tasks %}{{ x.text }}{{ x.nothing }}{% endfor %}", ["DTL301"]),
        ("{% for x in ct['gtsx'].mom %}{% endfor %}", ["DTL303"]),  # a number looped over
        ("{{ ct['gtsx'].name | join(',') }}", ["DTL306"]),  # a text given to join
        ("{{ tasks | join(', ', attribute='text') }}", []),
    ],
)
def test_lint_of_the_shape_is_the_lint_of_the_data(
    tmp_path: Path, tag: str, rules: list[str]
) -> None:
    """docxtpl-lint finds the same issues in the sample's context and in its shape."""
    from docxtpl_lint import lint

    from baocao.lintdata import lint_data, lint_shape
    from baocao.reportenv import make_environment

    from helpers import sample_context

    doc = Document(str(DEFAULT))
    doc.add_paragraph(tag)
    path = tmp_path / "t.docx"
    doc.save(str(path))
    plain = json.loads(json.dumps(lint_data(sample_context()), default=str))

    def issues(data: object) -> list[tuple[str, str]]:
        found = lint(str(path), data, jinja_env=make_environment(), autoescape=True).issues
        return sorted((i.rule, str(i.params)) for i in found)

    found = issues(plain)
    assert [rule for rule, _ in found] == rules
    assert issues(lint_shape(plain)) == found


@pytest.mark.parametrize(
    ("raised", "message"),
    [
        (
            PermissionError(13, "Permission denied"),
            "Không đọc được mẫu báo cáo: không có quyền truy cập.",
        ),
        (
            NotRegularFileError(SAMPLE_TEMPLATE, "một thư mục"),
            "Mẫu báo cáo là một thư mục, không phải tệp .docx.",
        ),
    ],
)
def test_a_template_the_build_cannot_read_is_said_once(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, raised: OSError, message: str
) -> None:
    """A template that fails as it is read (after it was found a regular file) is one error
    at the template in a check, and a template error naming it in a render."""
    import baocao.templatefile

    def refuse(path: Path, limit: int = -1) -> bytes:
        raise raised

    monkeypatch.setattr(baocao.templatefile, "read_regular", refuse)
    template = SAMPLE_TEMPLATE
    assert read_sound_template(template) == (None, message)
    result = check_inputs(load_config(None), Period(2024, 3))
    assert [p for p in result.problems if p.file == template] == [error(message, template)]
    with pytest.raises(TemplateError) as info:
        render_document(template, sample_context())
    assert str(info.value) == f"{message} (Mẫu: {template})"


def test_a_part_inflating_beyond_its_declared_size_is_refused(tmp_path: Path) -> None:
    """A template part whose header understates what it inflates to is refused before
    any of it is read whole (zipfile would inflate all of it into memory first)."""
    path = tmp_path / "mau.docx"
    with zipfile.ZipFile(SAMPLE_TEMPLATE) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                size, data = len(data), data + b" " * 2**20
            target.writestr(item, data, zipfile.ZIP_DEFLATED)
    understate(path, "word/document.xml", size)
    why = (
        "Phần word/document.xml của mẫu báo cáo giải nén ra nhiều hơn kích thước ghi trong "
        "tệp nén (tệp hỏng hoặc độc hại)."
    )
    assert read_sound_template(path) == (None, why)


def test_unsound_bytes_are_refused_whoever_read_them(tmp_path: Path) -> None:
    """A template part declaring a DOCTYPE is refused before any parser reads it: read from
    its file (no bytes come back) or given to the render as bytes a caller read."""
    path = tmp_path / "mau.docx"
    with zipfile.ZipFile(SAMPLE_TEMPLATE) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"?>", b"?><!DOCTYPE w:document [<!ENTITY e 'x'>]>", 1)
            target.writestr(item, data)
    why = (
        "Phần word/document.xml của mẫu báo cáo có khai báo DOCTYPE/ENTITY, điều mà Word "
        "không bao giờ ghi (có thể là tệp độc hại); chương trình từ chối dùng mẫu này."
    )
    assert read_sound_template(path) == (None, why)
    data = path.read_bytes()
    given = TemplateBytes(data, hashlib.sha256(data).hexdigest())
    with pytest.raises(TemplateError) as info:
        render_document(SAMPLE_TEMPLATE, sample_context(), package=given)
    assert str(info.value) == f"{why} (Mẫu: {SAMPLE_TEMPLATE})"


def test_a_plain_figure_in_a_rich_text_tag_is_said_in_vietnamese(workspace: Path) -> None:
    """{{r …}} with a plain value: docxtpl-lint's warning in Vietnamese, and the dry run's
    error, as the figure would fall outside every paragraph."""
    tpl = own_template(
        workspace, lambda doc: set_text(doc.paragraphs[5], "Đạt {{r ct['gtsx'].value }} tỷ")
    )
    code, lines = check_lines()
    assert code == 1
    assert lines == [
        f"CẢNH BÁO: {tpl}, đoạn 14: thẻ «{{{{r ct['gtsx'].value }}}}» chỉ in được chữ định dạng "
        "sẵn của docxtpl (RichText), còn «ct.gtsx.value» là một giá trị thường nên sẽ mất; hãy "
        "viết «{{ ct.gtsx.value }}» (tại «{{r ct['gtsx'].value }}»)",
        f"LỖI: {tpl}: Mẫu báo cáo đặt chữ «52.716» ra ngoài mọi đoạn văn (thường do thẻ "
        "«{{r …}}» hay «{{p …}}» dùng cho một giá trị thường), nên chữ đó sẽ mất; hãy dùng "
        "«{{ … }}».",
        "Tổng cộng: 1 lỗi, 1 cảnh báo.",
    ]


def test_a_misspelt_name_or_code_names_the_one_meant(tmp_path: Path) -> None:
    """A name or a code that is a typo of one the month's data has (a letter swapped, left
    out) is said with the one meant; the messages gave only docxtpl-lint's path
    ("figures[*].indicators[*].naem"), or told to add the row "gtxs" back to ChiTieu. A
    name like no other keeps the usual message."""
    text = (
        "{{ org.provnce }} {{ ct.gtxs.value }} {{ ct.gtsx.valeu }}"
        "{% for s in figures %}{% for x in s.indicators %}{{ x.naem }}{% endfor %}{% endfor %}"
        " {{ thang }}"
    )
    tpl = one_paragraph_template(tmp_path, text)
    found = [p.message for p in check_template(tpl, sample_context(), dry_run=False)]
    assert found == [
        "dữ liệu của tháng không có «org.provnce» mà mẫu cần: có phải «province» (gõ nhầm thành "
        "«provnce»)? Các tên dùng được ở docs/template.md (tại «{{ org.provnce }}»)",
        "Mẫu báo cáo cần mã «gtxs» nhưng trang ChiTieu của sổ dữ liệu không có mã này; hãy thêm "
        "lại dòng mã «gtxs» vào trang ChiTieu, hoặc bỏ mọi chỗ dùng mã này khỏi mẫu (sổ có mã gần "
        "giống: «gtsx») (tại «{{ ct.gtxs.value }}»)",
        "dữ liệu của tháng không có «ct.gtsx.valeu» mà mẫu cần: có phải «value» (gõ nhầm thành "
        "«valeu»)? Các tên dùng được ở docs/template.md (tại «{{ ct.gtsx.valeu }}»)",
        "dữ liệu của tháng không có «figures[*].indicators[*].naem» mà mẫu cần: có phải «name» "
        "(gõ nhầm thành «naem»)? Các tên dùng được ở docs/template.md (tại «{{ x.naem }}»)",
        "dữ liệu của tháng không có «thang» mà mẫu cần (nếu đây là một mã, hãy xem sổ dữ liệu "
        "có mã đó không) (tại «{{ thang }}»)",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tháng {{ month }}/{{ year }}",
        "{{ a }} }} {% if x %}{# ghi chú #}{%p endif %}",
        "{{{ a }}} {%% b %%} {# {{ c }} #}",
        "{{ a {{ b }}",
        "{{ mở mãi",
        "{%}{#}{{}}",
        "}} %} {{\n x \n}}",
    ],
)
def test_tags_are_found_as_the_pattern_finds_them(text: str) -> None:
    """``templateplaces.tags`` finds what ``re.finditer(TAG)`` found, openings left unclosed
    too when asked, and ``without_tags`` is ``re.sub(TAG, "\\0")``."""
    assert [t.span() for t in tags(text)] == [m.span() for m in re.finditer(TAG, text, re.DOTALL)]
    assert [t.group() for t in tags(text, unclosed=True)] == [
        m.group() for m in re.finditer(TAG + r"|\{[{%#]", text, re.DOTALL)
    ]
    assert without_tags(text) == re.sub(TAG, "\0", text, flags=re.DOTALL)


def test_a_paragraph_of_openings_never_closed_is_read_at_once() -> None:
    """A paragraph of "{{" typed 15 000 times: the pattern looked for a closing from each
    opening to the end, as did the check for braces left over, and `check` took over half a
    minute (8 s and 11 s of it these two). Each takes well under a second now."""
    text = "{{" * 15_000 + "x"
    started = time.monotonic()
    assert tags(text) == []
    assert len(tags(text, unclosed=True)) == 15_000
    assert LEFT_OVER.search(text) is None
    assert time.monotonic() - started < 1


def test_the_same_finding_at_one_place_is_said_once_with_its_count(tmp_path: Path) -> None:
    """A paragraph of "{{" typed 50 times gave 49 identical errors, one per opening (15 000
    lines for 15 000): the same message at the same place is said once, with its count."""
    tpl = one_paragraph_template(tmp_path, "{{" * 50 + "x")
    unclosed = "thẻ «{{» không được đóng bằng «}}» (tại «"
    assert check_template(tpl, None) == [
        error(unclosed + "{{») (gặp 49 lần ở chỗ này)", tpl, place="đoạn 1"),
        error(unclosed + "{{x»)", tpl, place="đoạn 1"),
    ]


def test_the_same_finding_in_two_headers_is_not_said_as_one_place(tmp_path: Path) -> None:
    """A template with a first page's header of its own holds two headers; the same tag
    left open in both was said once, "(gặp 2 lần ở chỗ này)", as if at one place, where
    it is to be fixed at two: each is said."""
    doc = blank_document()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = "Trang {{ month }"
    section.first_page_header.paragraphs[0].text = "Trang {{ month }"
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    unclosed = error(
        "thẻ «{{» không được đóng bằng «}}» (tại «{{ month }»)", tpl, place="phần đầu trang, đoạn 1"
    )
    assert check_template(tpl, None) == [unclosed, unclosed]


def test_a_finding_said_once_keeps_the_commas_of_its_message(tmp_path: Path) -> None:
    """A tag typed twice in a paragraph, each with its name in bold, is the same warning
    twice, said once with its count; the count's thousands separator was put for every
    comma of the message, which read "(đậm. nghiêng. cỡ chữ…)"."""
    bold_month = run("{{ ") + run("month", "<w:b/>") + run(" }}")
    tpl = xml_paragraph_template(tmp_path, run("Tháng ") + bold_month + run(" và ") + bold_month)
    said = FORMAT_LOST.format(tag="{{ month }}") + " (gặp 2 lần ở chỗ này)"
    assert check_template(tpl, None) == [warning(said, tpl, place="đoạn 1")]
