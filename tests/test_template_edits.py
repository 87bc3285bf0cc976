"""Templates as an office leaves them after editing in Word: what docxtpl would render
wrong without a word is an error of ``check`` (and ``build`` writes nothing), at its place."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

from docx import Document
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from typer.testing import CliRunner

from baocao.cli import app
from baocao.errors import error, warning
from baocao.templatecheck import check_template

from helpers import (
    SAMPLE_TEMPLATE,
    blank_document,
    document_texts,
    load_workbook,
    one_paragraph_template,
    write_config,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
runner = CliRunner()
ARGS = ["--month", "3", "--year", "2024"]


def with_endnote(folder: Path, note: str) -> Path:
    """A template of one paragraph whose endnote (Word: References → Insert Endnote) reads
    ``note``."""
    doc = blank_document()
    paragraph = doc.add_paragraph("Báo cáo tháng {{ month }}.")
    notes = (
        f'<w:endnotes xmlns:w="{W_NS}">'
        '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
        '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:endnote>"
        f'<w:endnote w:id="1"><w:p><w:r><w:t xml:space="preserve">{note}</w:t></w:r></w:p>'
        "</w:endnote></w:endnotes>"
    )
    part = Part(
        PackURI("/word/endnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml",
        notes.encode(),
        doc.part.package,
    )
    doc.part.relate_to(
        part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
    )
    paragraph._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:endnoteReference w:id="1"/></w:r>'))
    path = folder / "mau.docx"
    doc.save(str(path))
    return path


def test_a_tag_in_an_endnote_is_an_error(workspace: Path) -> None:
    """docxtpl renders footnotes but not endnotes: the tag would be printed as typed."""
    tpl = with_endnote(workspace, "Nguồn: {{ org.issuing_body_in_text }} tháng {{ month }}.")
    assert check_template(tpl, None) == [
        error(
            "thẻ «{{ org.issuing_body_in_text }}» nằm trong chú thích cuối văn bản (endnote), "
            "phần mà chương trình không điền, nên báo cáo sẽ in nguyên văn "
            "«{{ org.issuing_body_in_text }}»; hãy chuyển nội dung này vào thân văn bản hoặc "
            "vào chú thích cuối trang (footnote), hoặc viết chữ thay cho thẻ.",
            tpl,
            place="chú thích cuối văn bản (endnote) thứ 1",
        )
    ]
    write_config(workspace, template=tpl)
    result = runner.invoke(app, ["build", "--month", "3", "--year", "2024"])
    assert result.exit_code == 5
    assert not (workspace / "out").exists() or not list((workspace / "out").iterdir())


def test_an_endnote_without_a_tag_is_fine(tmp_path: Path) -> None:
    assert check_template(with_endnote(tmp_path, "Nguồn: Cục Thống kê tỉnh."), None) == []


def test_a_tracked_change_in_an_endnote_is_an_error_at_its_number(tmp_path: Path) -> None:
    """docxtpl copies endnotes as they are: a word inserted with Track Changes on went into
    every report as a revision, with check silent and build exit 0 (the body's, headers',
    footers' and footnotes' were an error). It is the same error, at the endnote's number."""
    inserted = (
        'Nguồn: Cục Thống kê</w:t></w:r><w:ins w:id="7" w:author="KHTC" '
        'w:date="2024-03-01T08:00:00Z"><w:r><w:t xml:space="preserve"> tỉnh'
        "</w:t></w:r></w:ins><w:r><w:t>."
    )
    tpl = with_endnote(tmp_path, inserted)
    assert check_template(tpl, None) == [
        error(
            "đoạn có thay đổi chưa chấp nhận của chế độ theo dõi thay đổi (Track Changes); báo "
            "cáo tạo từ mẫu sẽ giữ nguyên các thay đổi này và hiện chúng khi mở (chữ đã xóa vẫn "
            "in, gạch ngang; chữ thêm gạch chân): hãy chấp nhận hoặc từ chối mọi thay đổi (Xem "
            "lại → Chấp nhận Tất cả Thay đổi hoặc Từ chối Tất cả Thay đổi; Review → Accept All "
            "Changes hoặc Reject All Changes) rồi lưu lại mẫu",
            tpl,
            place="chú thích cuối văn bản (endnote) thứ 1",
        )
    ]


def test_a_template_s_comments_are_left_out_of_the_report(workspace: Path) -> None:
    """The office's Word comments on its template (Review → New Comment) went into every
    report, shown beside its text and sent to every recipient, exit code 0; and a tag typed
    in one was an error ("báo cáo sẽ in nguyên văn «{{ signer.name }}»"). The report now
    keeps no comment, so neither is a finding, and the text commented on is printed."""
    doc = Document(str(SAMPLE_TEMPLATE))
    doc.add_comment(doc.paragraphs[5].runs, text="Người ký: {{ signer.name }}", author="KHTC")
    doc.add_comment(doc.paragraphs[17].runs, text="Nhớ sửa số liệu.", author="Phòng KHTC")
    tpl = workspace / "mau.docx"
    doc.save(str(tpl))
    write_config(workspace, template=tpl)
    assert check_template(tpl, None) == []
    result = runner.invoke(app, ["build", *ARGS, "--out", "bc.docx"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(workspace / "bc.docx") as report:
        assert [n for n in report.namelist() if "comment" in n.lower()] == []
        body = report.read("word/document.xml").decode()
    assert "comment" not in body.lower()
    assert "1. Về sản xuất công nghiệp" in document_texts(workspace / "bc.docx")
    assert "2. Về hoạt động thương mại" in document_texts(workspace / "bc.docx")


def test_the_commenters_list_is_left_out_with_the_comments(workspace: Path) -> None:
    """Word keeps the names and account ids of those who commented in ``word/people.xml``,
    which stayed in every report after the comments were left out: the office's staff
    named in a document sent to the province. It goes with them."""
    doc = Document(str(SAMPLE_TEMPLATE))
    doc.add_comment(doc.paragraphs[5].runs, text="Nhớ sửa số liệu.", author="Phòng KHTC")
    people = Part(
        PackURI("/word/people.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.people+xml",
        b'<w15:people xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        b'<w15:person w15:author="Nguyen Van A"><w15:presenceInfo w15:providerId="AD" '
        b'w15:userId="S::nva@so.gov.vn"/></w15:person></w15:people>',
        doc.part.package,
    )
    doc.part.relate_to(people, "http://schemas.microsoft.com/office/2011/relationships/people")
    tpl = workspace / "mau.docx"
    doc.save(str(tpl))
    with zipfile.ZipFile(tpl) as template:
        assert "word/people.xml" in template.namelist()
    write_config(workspace, template=tpl)
    result = runner.invoke(app, ["build", *ARGS, "--out", "bc.docx"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(workspace / "bc.docx") as report:
        assert "word/people.xml" not in report.namelist()
        assert not any(b"nva@so.gov.vn" in report.read(n) for n in report.namelist())


def test_comment_marks_without_their_comments_are_left_out(workspace: Path) -> None:
    """A template whose comment marks outlived its comments part (a tool's leftovers) made
    reports that reference comments they lack, which Word may "repair"; the marks go too."""
    doc = Document(str(SAMPLE_TEMPLATE))
    paragraph = doc.paragraphs[5]._p
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph.insert(1, parse_xml(f'<w:commentRangeStart {ns} w:id="5"/>'))
    paragraph.append(parse_xml(f'<w:commentRangeEnd {ns} w:id="5"/>'))
    paragraph.append(parse_xml(f'<w:r {ns}><w:commentReference w:id="5"/></w:r>'))
    tpl = workspace / "mau.docx"
    doc.save(str(tpl))
    write_config(workspace, template=tpl)
    result = runner.invoke(app, ["build", *ARGS, "--out", "bc.docx"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(workspace / "bc.docx") as report:
        assert "comment" not in report.read("word/document.xml").decode()


def test_track_changes_left_on_in_the_template_is_off_in_the_report(workspace: Path) -> None:
    """A template saved with Track Changes on (settings.xml's w:trackRevisions) made every
    report record its readers' edits as revisions, printed with their markup: the report
    has it off."""
    doc = Document(str(SAMPLE_TEMPLATE))
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    doc.settings.element.append(parse_xml(f"<w:trackRevisions {ns}/>"))
    tpl = workspace / "mau.docx"
    doc.save(str(tpl))
    with zipfile.ZipFile(tpl) as template:
        assert b"trackRevisions" in template.read("word/settings.xml")
    write_config(workspace, template=tpl)
    result = runner.invoke(app, ["build", *ARGS, "--out", "bc.docx"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(workspace / "bc.docx") as report:
        assert b"trackRevisions" not in report.read("word/settings.xml")


def test_track_changes_enforced_by_the_template_is_off_in_the_report(workspace: Path) -> None:
    """A template restricted to tracked changes (Review → Restrict Editing, as an office
    keeps its template from unseen edits) made every report open with Track Changes on,
    which its readers could not turn off without the template's password: the report has
    neither the restriction nor Track Changes."""
    doc = Document(str(SAMPLE_TEMPLATE))
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    doc.settings.element.append(parse_xml(f"<w:trackRevisions {ns}/>"))
    protection = f'<w:documentProtection {ns} w:edit="trackedChanges" w:enforcement="1"/>'
    doc.settings.element.append(parse_xml(protection))
    tpl = workspace / "mau.docx"
    doc.save(str(tpl))
    write_config(workspace, template=tpl)
    result = runner.invoke(app, ["build", *ARGS, "--out", "bc.docx"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(workspace / "bc.docx") as report:
        settings = report.read("word/settings.xml")
    assert b"documentProtection" not in settings
    assert b"trackRevisions" not in settings


def test_a_loop_pasted_twice_is_a_warning(workspace: Path) -> None:
    """The tasks' loop copied and pasted under itself: every task printed twice, with a
    clean check and exit 0 before (the safety net counted only what was missing). A warning,
    not an error: a template may print the tasks twice on purpose; --strict refuses it."""
    doc = Document(str(SAMPLE_TEMPLATE))
    body = [p._p for p in doc.paragraphs]
    start = next(i for i, p in enumerate(doc.paragraphs) if "{%p for t in tasks %}" in p.text)
    loop = body[start : start + 7]
    assert "{%p endfor %}" in doc.paragraphs[start + 6].text
    for paragraph in reversed(loop):
        loop[-1].addnext(copy.deepcopy(paragraph))
    tpl = workspace / "mau.docx"
    doc.save(str(tpl))
    write_config(workspace, template=tpl)
    message = (
        f"CẢNH BÁO: {tpl}: Báo cáo tạo ra có nhiệm vụ 1 «Tiếp tục theo dõi diễn biến tình hình "
        "cung cầu, giá cả hàng hóa trên thị trường…» (trang NhiemVu) 2 lần, trong khi sổ dữ liệu "
        "chỉ có 1 lần (và 11 đoạn khác cũng vậy): mẫu báo cáo in lặp lại (một vòng lặp hay một "
        "phần của mẫu bị chép hai lần?). Nếu không phải ý muốn, hãy xóa phần bị lặp trong mẫu "
        "báo cáo."
    )
    result = runner.invoke(app, ["check", *ARGS])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        0,
        [message, "Tổng cộng: 0 lỗi, 1 cảnh báo."],
    )
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == message.replace(str(tpl), "mau.docx")
    assert not (workspace / "out").exists()
    result = runner.invoke(app, ["build", *ARGS])
    assert (result.exit_code, result.stderr.splitlines()) == (
        0,
        [message.replace(str(tpl), "mau.docx")],
    )
    assert (workspace / "out" / "BaoCao_T03_2024.docx").is_file()


def test_a_text_given_twice_may_be_printed_twice(workspace: Path) -> None:
    """A task that repeats a HoatDong paragraph word for word is printed twice, rightly."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["NhiemVu"]["B2"] = wb["HoatDong"]["C2"].value
    wb.save(book)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.stdout.splitlines()[1:] == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]


def paragraphs_template(folder: Path, *texts: str, cell: str | None = None) -> Path:
    """A template of one paragraph per text, then a one-cell table holding ``cell``."""
    doc = blank_document()
    for text in texts:
        doc.add_paragraph(text)
    if cell is not None:
        doc.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0].add_run(cell)
    path = folder / "mau.docx"
    doc.save(str(path))
    return path


def test_a_block_closed_in_a_table_cell_is_an_error_at_its_closer(tmp_path: Path) -> None:
    """{%p endfor %} moved into a table cell: docxtpl made a broken document, said as "XML
    không hợp lệ: Opening and ending tag mismatch…" at no paragraph, with advice about
    printed XML that did not apply."""
    tpl = paragraphs_template(
        tmp_path, "{%p for t in tasks %}", "{{ t.text }}", cell="{%p endfor %}"
    )
    assert check_template(tpl, None) == [
        error(
            "thẻ «{%p endfor %}» thuộc khối «{%p for t in tasks %}» mở ở đoạn 1, nhưng hai thẻ "
            "không cùng một chỗ: một thẻ nằm trong một ô của bảng (hay hộp văn bản, khung nội "
            "dung), thẻ kia ở ngoài, nên docxtpl sẽ tạo văn bản Word hỏng; hãy đặt các thẻ của "
            "một khối cùng ở thân văn bản, hoặc cùng trong một ô",
            tpl,
            place="bảng 1, hàng 1, cột 1, đoạn 1 trong ô",
        )
    ]


def test_a_block_tag_inside_a_comment_is_no_block(tmp_path: Path) -> None:
    """A tag put out of use in a comment ("{# tạm bỏ: {% if month %} #}") is no block to
    Jinja; read as one never closed, it made the check say none of the part's block
    errors: a loop's end moved into a table cell, a broken document, went unsaid."""
    tpl = paragraphs_template(
        tmp_path,
        "{# tạm bỏ: {% if month %} #}",
        "{%p for t in tasks %}",
        "{{ t.text }}",
        cell="{%p endfor %}",
    )
    assert check_template(tpl, None) == [
        error(
            "thẻ «{%p endfor %}» thuộc khối «{%p for t in tasks %}» mở ở đoạn 2, nhưng hai thẻ "
            "không cùng một chỗ: một thẻ nằm trong một ô của bảng (hay hộp văn bản, khung nội "
            "dung), thẻ kia ở ngoài, nên docxtpl sẽ tạo văn bản Word hỏng; hãy đặt các thẻ của "
            "một khối cùng ở thân văn bản, hoặc cùng trong một ô",
            tpl,
            place="bảng 1, hàng 1, cột 1, đoạn 1 trong ô",
        )
    ]


def test_blocks_of_rows_and_within_a_cell_are_fine(tmp_path: Path) -> None:
    doc = blank_document()
    doc.add_paragraph("{{ month }}")
    table = doc.add_table(rows=3, cols=1)
    table.cell(0, 0).paragraphs[0].add_run("{%tr for r in appendix_rows %}")
    table.cell(1, 0).paragraphs[0].add_run("{{ r.name }}")
    table.cell(2, 0).paragraphs[0].add_run("{%tr endfor %}")
    last = doc.add_table(rows=1, cols=1).cell(0, 0)
    last.paragraphs[0].add_run("{%p for r in recipients %}")
    last.add_paragraph("{{ r.text }}")
    last.add_paragraph("{%p endfor %}")
    doc.save(str(tmp_path / "mau.docx"))
    assert check_template(tmp_path / "mau.docx", None) == []


def test_a_heading_left_inside_a_loop_is_a_warning(tmp_path: Path) -> None:
    """The activities' {%p endfor %} moved below the heading of Section II: the heading was
    printed once per subsection (seven times in the sample) with a clean check and exit 0.
    A warning, not an error: a label repeated for each item ("Kết quả:") may be meant."""
    tpl = paragraphs_template(
        tmp_path,
        "{%p for s in activities %}",
        "{{ s.number }}. {{ s.title }}",
        "II. {{ report.section_two }}",
        "{%p endfor %}",
    )
    assert check_template(tpl, None) == [
        warning(
            "đoạn «II. {{ report.section_two }}» nằm trong vòng lặp «{%p for s in activities %}» "
            "(đoạn 1) nhưng không dùng «s» hay «loop», nên báo cáo sẽ in đoạn này y hệt nhau "
            "một lần cho mỗi mục; nếu không phải ý muốn, hãy chuyển đoạn ra ngoài vòng lặp (trước "
            "thẻ mở hoặc sau thẻ «endfor» của nó)",
            tpl,
            place="đoạn 3",
        )
    ]


def test_a_loop_inside_a_loop_must_use_the_outer_one(tmp_path: Path) -> None:
    """Every task under every subsection: the inner loop never reads «s»."""
    tpl = paragraphs_template(
        tmp_path,
        "{%p for s in activities %}",
        "{{ s.title }}",
        "{%p for t in tasks %}",
        "{{ t.text }}",
        "{%p endfor %}",
        "{%p endfor %}",
    )
    assert [p.place for p in check_template(tpl, None)] == ["đoạn 4"]


def test_paragraphs_varying_with_their_loop_are_fine(tmp_path: Path) -> None:
    """Read through a guard, an inner loop's list, a name set in the loop, loop.*, or in
    the loop's else (printed once): nothing to say."""
    tpl = paragraphs_template(
        tmp_path,
        "{%p for s in activities %}",
        "{%p if loop.first %}",
        "Các mặt công tác:",
        "{%p endif %}",
        "{%p if s.items %}",
        "Tiểu mục có nội dung.",
        "{%p endif %}",
        "{%p for it in s.items %}",
        "{{ it.text }}",
        "{%p endfor %}",
        "{% set n = s.number %}Mục {{ n }}",
        "{%p else %}",
        "Không có hoạt động.",
        "{%p endfor %}",
        "----",
    )
    assert check_template(tpl, None) == []


def test_a_table_split_between_its_row_tags_is_said_in_vietnamese(tmp_path: Path) -> None:
    """Word's Split Table between {%tr for %} and {%tr endfor %}: docxtpl-lint's DTL205 was
    printed in English ("DTL205: `{%tr for …` is in table 1 but …")."""
    doc = blank_document()
    doc.add_paragraph("{{ month }}")
    doc.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0].add_run("{%tr for r in appendix_rows %}")
    doc.add_paragraph("")
    doc.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0].add_run("{%tr endfor %}")
    doc.save(str(tmp_path / "mau.docx"))
    assert [(p.place, p.message) for p in check_template(tmp_path / "mau.docx", None)] == [
        (
            "bảng 2, hàng 1, cột 1, đoạn 1 trong ô",
            "«{%tr for r in appendix_rows %}» nằm ở bảng 1 nhưng «{%tr endfor %}» ở bảng 2, nên "
            "các hàng giữa hai thẻ sẽ mất mà không báo lỗi; hãy gộp lại thành một bảng (hoặc đặt "
            "hai thẻ trong cùng một bảng) (tại «{%tr endfor %}»)",
        )
    ]


def test_tags_of_two_kinds_closing_one_block_are_said_in_vietnamese(tmp_path: Path) -> None:
    """{%p if %} closed by {% endif %} (the p lost while retyping): DTL204 was in English."""
    tpl = paragraphs_template(tmp_path, "{%p if month %}", "Có số liệu.", "{% endif %}")
    assert [(p.place, p.message) for p in check_template(tpl, None)] == [
        (
            "đoạn 3",
            "«{% endif %}» đóng khối «{%p if month %}» (đoạn 1) nhưng hai thẻ khác kiểu (một thẻ "
            "có tiền tố p, tr hay tc, thẻ kia không), nên docxtpl chỉ bỏ đoạn hay hàng của một "
            "thẻ; hãy viết hai thẻ cùng một kiểu (tại «{% endif %}»)",
        )
    ]


def test_a_dash_autocorrect_made_in_a_tag_is_said_in_vietnamese(tmp_path: Path) -> None:
    """Word's AutoCorrect turns "{{ year - 1 }}" into "{{ year – 1 }}": Jinja's "unexpected
    char '–' at 8" was the whole reason, in English, with an offset no one can find."""
    tpl = paragraphs_template(tmp_path, "Cùng kỳ năm {{ year – 1 }}.")
    assert [(p.place, p.message) for p in check_template(tpl, None)] == [
        (
            "đoạn 1",
            "sai cú pháp: ký tự «–» không dùng được trong thẻ (Word tự đổi «-» thành «–» "
            "khi gõ); hãy gõ lại «-» (tại «{{ year – 1 }}»)",
        )
    ]


def test_an_else_given_twice_is_not_called_an_unknown_command(tmp_path: Path) -> None:
    """A second {%p else %} (a paragraph pasted twice): Jinja calls it an unknown tag; the
    check says the tag is in the wrong place, not that Jinja has no such command."""
    doc = blank_document()
    for text in ["{%p if month %}", "a", "{%p else %}", "b", "{%p else %}", "c", "{%p endif %}"]:
        doc.add_paragraph(text)
    path = tmp_path / "mau.docx"
    doc.save(str(path))
    assert [str(p) for p in check_template(path, None)] == [
        f"LỖI: {path}, đoạn 5: sai cú pháp: thẻ «{{% else %}}» không đúng chỗ (khối đang mở là "
        "«{% if %}», cần «{% endif %}»); hãy kiểm tra thứ tự các thẻ mở và đóng, và xóa thẻ "
        "thừa (tại «{%p else %}»)"
    ]


# What the check says of braces left out of every tag: what is left, and its paragraph.
LEFT_OVER = (
    "«{}» trong đoạn «{}» không thuộc thẻ nào: báo cáo sẽ in nó thành chữ, và một thẻ bị "
    "gõ tách (như «{{ {{») sẽ không được điền; hãy gõ lại cả thẻ liền nhau, ví dụ "
    "«{{{{ ct.gtsx.value }}}}», và bỏ dấu ngoặc thừa"
)


def test_braces_left_out_of_a_tag_are_an_error(tmp_path: Path) -> None:
    """A tag typed apart ("{ {ct.gtsx.value }}") or with a brace too many ("}}}", or one
    a space away, "{{ month }} }", "{ {{ year }}") is text to Jinja: the report printed
    "A { {ct.gtsx.value }} B", the figure missing, and "Tháng 3 }", with exit 0.
    A header's is found too; whole tags, and braces of no tag, are fine."""
    doc = blank_document()
    for text in (
        "A { {ct.gtsx.value }} B",
        "{{ month }}}.",
        "{{ month }} {% if month %}x{% endif %}",
        "Tháng {{ month }} }",
        "{ {{ year }}",
    ):
        doc.add_paragraph(text)
    doc.sections[0].header.paragraphs[0].text = "Trang {{ month %}"
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    found = [(p.place, p.message) for p in check_template(tpl, None) if "không thuộc" in p.message]
    assert found == [
        ("đoạn 1", LEFT_OVER.format("{ {", "A { {ct.gtsx.value }} B")),
        ("đoạn 2", LEFT_OVER.format("}", "{{ month }}}.")),
        ("đoạn 4", LEFT_OVER.format("}", "Tháng {{ month }} }")),
        ("đoạn 5", LEFT_OVER.format("{", "{ {{ year }}")),
        ("phần đầu trang, đoạn 1", LEFT_OVER.format("%}", "Trang {{ month %}")),
    ]


def test_a_comment_inside_a_comment_leaves_its_closing_over(tmp_path: Path) -> None:
    """Jinja nests no comment: "{# tạm bỏ: … {# ghi chú #} #}" is a comment to its first
    "#}", and the report printed "Tháng 3 #}." with exit 0 and no word from the check."""
    text = "Tháng {{ month }}{# tạm bỏ: {{ year }} {# ghi chú #} #}."
    tpl = one_paragraph_template(tmp_path, text)
    assert check_template(tpl, None) == [error(LEFT_OVER.format("#}", text), tpl, place="đoạn 1")]


def test_a_tag_closed_in_the_next_paragraph_leaves_no_brace_over(tmp_path: Path) -> None:
    """A tag opened in one paragraph and closed in the next ("Tháng {{ month", "}} năm")
    is whole to docxtpl, which joins the two ("Tháng 3 năm"): docxtpl-lint's warning says
    so, but the check also took its "}}" for a brace left over, the error "«}}» trong đoạn
    «}} năm» không thuộc thẻ nào: báo cáo sẽ in nó thành chữ". A brace too many after
    such a tag is still one, and so is the closing in another table cell, where docxtpl
    would join the two cells."""
    doc = blank_document()
    for text in ("Tháng {{ month", "}} năm", "Năm {{", "year", "}}}"):
        doc.add_paragraph(text)
    cells = doc.add_table(rows=1, cols=2).rows[0].cells
    cells[0].paragraphs[0].text, cells[1].paragraphs[0].text = "Ô {{ month", "}} ô"
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    joined = "thẻ «{{{{» chỉ được đóng ở đoạn {}; docxtpl sẽ gộp các đoạn ở giữa và làm mất "
    joined += "định dạng của chúng (tại «{}»)"
    in_cell = "bảng 1, hàng 1, cột {}, đoạn 1 trong ô"
    assert check_template(tpl, None) == [
        warning(joined.format(2, "{{ month}}"), tpl, place="đoạn 1"),
        warning(joined.format(5, "{{year}}"), tpl, place="đoạn 3"),
        error(LEFT_OVER.format("}", "}}}"), tpl, place="đoạn 5"),
        warning(joined.format(7, "{{ month}}"), tpl, place=in_cell.format(1)),
        error(LEFT_OVER.format("}}", "}} ô"), tpl, place=in_cell.format(2)),
    ]


def test_a_paragraph_tag_joined_to_another_paragraph_is_an_error(tmp_path: Path) -> None:
    """ "{%p if month -%}" before "Có tháng.": docxtpl joins the next paragraph to the tag's,
    then puts the tag in place of the whole, and the report lost "Có tháng." with exit 0
    and no word from the check ("{%-p" so lost the paragraph before). A "-%}" on a tag of
    no paragraph of its own joins without losing a word, as before."""
    doc = blank_document()
    for text in ("Đoạn một.", "{%p if month -%}", "Có tháng.", "{%p endif %}", "Đoạn cuối."):
        doc.add_paragraph(text)
    doc.add_paragraph("{% if month -%}")
    doc.add_paragraph("Tháng {{ month }}.{% endif %}")
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    said = (
        "«-%}» trong thẻ «{%p if month -%}»: với mẫu Word, «-%}» nối đoạn sau vào đoạn này, "
        "rồi docxtpl thay cả phần đã nối bằng thẻ (thẻ «{%p», «{%tr», «{%tc» thay cả đoạn, "
        "hàng hay ô của nó), nên báo cáo sẽ mất chữ của đoạn sau; hãy viết thẻ không có dấu "
        "«-» (ví dụ «{%p if … %}»)"
    )
    assert check_template(tpl, None) == [error(said, tpl, place="đoạn 2")]


def test_braces_left_over_are_named_whole(tmp_path: Path) -> None:
    """Two braces typed too many after a tag ("Tháng {{ month }}}}", or a space away) are
    named as they are left: the message named «}» where «}}» is left over."""
    doc = blank_document()
    for text in ("Tháng {{ month }}}}", "Năm {{ year }} }}"):
        doc.add_paragraph(text)
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    found = [(p.place, p.message) for p in check_template(tpl, None) if "không thuộc" in p.message]
    assert found == [
        ("đoạn 1", LEFT_OVER.format("}}", "Tháng {{ month }}}}")),
        ("đoạn 2", LEFT_OVER.format("}}", "Năm {{ year }} }}")),
    ]


def test_whitespace_control_that_deletes_words_is_an_error(tmp_path: Path) -> None:
    """docxtpl reads "{%-" as "join to the paragraph before" and "-%}" as "join the next":
    "Trước {%- if month > 0 -%} có {%- endif -%} sau." between two paragraphs rendered
    "Đoạn một.cóĐoạn ba.", "Trước" and "sau." lost and three paragraphs made one, with
    exit 0 (found by the quiet trial). A "{%-" opening its paragraph, and a "-%}" ending
    one or followed by another tag, delete no word and are fine."""
    doc = blank_document()
    for text in (
        "Đoạn một.",
        "Trước {%- if month > 0 -%} có {%- endif -%} sau.",
        "{%- if month %}Tháng {{ month }}{% endif -%}",
        "A {% if month -%} có {{ month }}{% endif %}",
        "B {% if month -%} có tháng.{% endif %}",
        "Kỳ {{ month }} {% if month -%}",
        "tháng{% endif %}",
    ):
        doc.add_paragraph(text)
    tpl = tmp_path / "mau.docx"
    doc.save(str(tpl))
    said = (
        "«{}» trong đoạn «{}»: với mẫu Word, «{{%-» nối đoạn này vào đoạn trước và «-%}}» nối "
        "đoạn sau vào đoạn này, xóa mất chữ nằm giữa thẻ và chỗ nối, nên báo cáo sẽ thiếu chữ; "
        "hãy viết thẻ không có dấu «-» (ví dụ «{{% if … %}}»)"
    )
    found = [(p.place, p.message) for p in check_template(tpl, None) if "nối đoạn" in p.message]
    assert found == [
        ("đoạn 2", said.format("{%-", "Trước {%- if month > 0 -%} có {%- endif -%} sau.")),
    ]
