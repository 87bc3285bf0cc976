"""What the workbook gives reaches the report (``leftout``): the sample template writes the
bases ThongTin names, and a template that writes its own words instead, or leaves out a
typed text or an index row, is a warning at the cell (or the config key) that set it."""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from baocao.api import check_inputs
from baocao.cli import app
from baocao.config import load_config
from baocao.period import Period

from helpers import SAMPLE_TEMPLATE, document_texts, edit_workbook, load_workbook, write_config

runner = CliRunner()
ARGS = ["--month", "3", "--year", "2024"]
YTD_LINE = (
    "Dự tính GTSXCN (giá thực tế) cộng dồn 03 tháng đầu năm ước đạt 153.513 tỷ đồng; tăng "
    "24,9% so với {same} và đạt 23,1% so với {plan}."
)
LEFT_OUT = (
    "{who} ghi «{words}», nhưng báo cáo tạo ra không có cụm từ này: mẫu báo cáo tự viết cụm từ "
    "của nó (ví dụ {fixed}) thay cho cụm từ của đơn vị. Hãy sửa mẫu báo cáo để dùng {tag}, "
    "hoặc xóa {what} nếu mẫu báo cáo không cần."
)
PLAN = "kế hoạch UBND tỉnh giao"
SAME = "cùng kỳ năm trước"


def _info(workspace: Path, values: dict[str, str]) -> list[str]:
    """``values`` added to ThongTin, each a row of its own; their value cells."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    cells = []
    for key, value in values.items():
        wb["ThongTin"].append([key, value])
        cells.append(f"B{wb['ThongTin'].max_row}")
    wb.save(book)
    return cells


def _fixed_words_template(
    folder: Path, *, assessment: bool = True, more: tuple[tuple[str, str], ...] = ()
) -> Path:
    """The sample template as made for one office: its own words for the bases (and,
    without ``assessment``, no ``iip_assessment``; ``more``: other tags replaced by text)."""
    path = folder / "mau_rieng.docx"
    with zipfile.ZipFile(SAMPLE_TEMPLATE) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                edits = [
                    ("attain(report.plan)", "attain('Kế hoạch năm')"),
                    ("change(report.same_period", "change('cùng kỳ'"),
                ]
                edits += more
                if not assessment:
                    edits.append(("{% if iip_assessment %} {{ iip_assessment }},{% endif %}", ""))
                for old, new in edits:
                    assert old in text
                    text = text.replace(old, new)
                data = text.encode("utf-8")
            target.writestr(item, data)
    return path


def _problems() -> list[tuple[str, str, str | None, str | None, str]]:
    result = check_inputs(load_config(None), Period(2024, 3))
    return [
        (p.severity.name, p.sheet or "", p.cell, p.place, p.message)
        for p in result.problems
        if p.severity.name != "INFO"
    ]


def test_the_sample_template_writes_the_bases_the_workbook_names(workspace: Path) -> None:
    """The sample template wrote "so với Kế hoạch năm" and "so với cùng kỳ" whatever
    ThongTin said; it now writes ThongTin's words, without a warning."""
    _info(workspace, {"so_sanh_ke_hoach": PLAN, "so_sanh_cung_ky": SAME})
    assert _problems() == []
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 0, result.output
    texts = document_texts(workspace / "out" / "BaoCao_T03_2024.docx")
    assert YTD_LINE.format(same=SAME, plan=PLAN) in texts


def test_bases_a_template_writes_in_its_own_words_are_a_warning_at_their_cells(
    workspace: Path,
) -> None:
    write_config(workspace, template=_fixed_words_template(workspace))
    plan_cell, same_cell = _info(workspace, {"so_sanh_ke_hoach": PLAN, "so_sanh_cung_ky": SAME})
    plan = LEFT_OUT.format(
        who="Khóa «so_sanh_ke_hoach»",
        words=PLAN,
        fixed="attain('Kế hoạch năm')",
        tag="attain(report.plan)",
        what="ô này",
    )
    same = LEFT_OUT.format(
        who="Khóa «so_sanh_cung_ky»",
        words=SAME,
        fixed="change('cùng kỳ')",
        tag="change(report.same_period)",
        what="ô này",
    )
    assert _problems() == [
        ("WARNING", "ThongTin", plan_cell, None, plan),
        ("WARNING", "ThongTin", same_cell, None, same),
    ]
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 1
    assert not (workspace / "out").exists()
    result = runner.invoke(app, ["build", *ARGS])
    assert result.exit_code == 0
    assert f"ThongTin!{plan_cell}: {plan}" in result.stderr
    assert f"ThongTin!{same_cell}: {same}" in result.stderr
    texts = document_texts(workspace / "out" / "BaoCao_T03_2024.docx")
    assert YTD_LINE.format(same="cùng kỳ", plan="Kế hoạch năm") in texts


def test_a_base_the_config_sets_is_a_warning_at_its_key(workspace: Path) -> None:
    config = write_config(workspace, template=_fixed_words_template(workspace))
    with config.open("a", encoding="utf-8") as file:
        file.write('\n[report]\nplan = "so với kế hoạch điều chỉnh"\n')
    message = LEFT_OUT.format(
        who="Mục [report] plan của tệp cấu hình",
        words="so với kế hoạch điều chỉnh",
        fixed="attain('Kế hoạch năm')",
        tag="attain(report.plan)",
        what="khóa này",
    )
    assert _problems() == [("WARNING", "", None, "report.plan", message)]


def test_the_defaults_and_words_the_report_has_no_sentence_for_are_quiet(
    workspace: Path,
) -> None:
    """The config's defaults are nobody's choice; a plan named where no row has «Kế hoạch
    năm» has no sentence to be printed in; words the template prints as typed are found."""
    write_config(workspace, template=_fixed_words_template(workspace))
    assert _problems() == []
    _info(workspace, {"so_sanh_cung_ky": "cùng kỳ"})
    assert _problems() == []
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    header = [c.value for c in wb["ChiTieu"][1]]
    column = header.index("Kế hoạch năm") + 1
    for row in range(2, wb["ChiTieu"].max_row + 1):
        wb["ChiTieu"].cell(row=row, column=column).value = None
    wb["ThongTin"].append(["so_sanh_ke_hoach", PLAN])
    wb.save(book)
    assert _problems() == []


def test_an_assessment_the_template_leaves_out_is_a_warning_at_its_cell(
    workspace: Path,
) -> None:
    write_config(workspace, template=_fixed_words_template(workspace, assessment=False))
    edit_workbook(
        workspace / "data" / "2024-03.xlsx", "ThongTin", "nhan_dinh_sxcn", "Giá trị", "tăng khá"
    )
    assert _problems() == [
        (
            "WARNING",
            "ThongTin",
            "B6",
            None,
            "Khóa «nhan_dinh_sxcn» ghi «tăng khá», nhưng báo cáo tạo ra không có nhận định "
            "này: mẫu báo cáo không in {{ iip_assessment }} trong câu về chỉ số sản xuất công "
            "nghiệp. Hãy thêm {{ iip_assessment }} vào câu đó của mẫu báo cáo, hoặc xóa ô này "
            "nếu không cần.",
        )
    ]


NOT_PRINTED = (
    "Khóa «{key}» có «{words}», nhưng báo cáo tạo ra không có «{words}»: mẫu báo cáo không in "
    "{tag} (có thể mẫu viết sẵn chữ của nó). Hãy sửa mẫu báo cáo để in {tag}, hoặc xóa ô này "
    "nếu không cần."
)


def _a_deputy_signing_is_warned(workspace: Path) -> None:
    """A deputy typed as this month's signer: a warning at the cell, and no strict build."""
    (cell,) = _info(workspace, {"nguoi_ky": "Trần Thị Bình"})
    message = NOT_PRINTED.format(key="nguoi_ky", words="Trần Thị Bình", tag="{{ signer.name }}")
    assert _problems() == [("WARNING", "ThongTin", cell, None, message)]
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 1
    assert not (workspace / "out").exists()


def test_a_signer_the_template_writes_in_is_a_warning_at_the_month_s_signer(
    workspace: Path,
) -> None:
    """A template with the director's name written in printed it under a month that
    ThongTin says a deputy signs, with exit code 0."""
    more = (("{{ signer.name }}", "Nguyễn Văn Phương"),)
    write_config(workspace, template=_fixed_words_template(workspace, more=more))
    assert _problems() == []  # the config's signer, as the template writes it
    _a_deputy_signing_is_warned(workspace)


def test_a_market_the_template_leaves_out_is_a_warning_at_its_cell(workspace: Path) -> None:
    """The sample's ThongTin names five export markets; a template that writes two of its
    own leaves the third out first."""
    more = (
        ("{{ trade.export_markets[0] }}", "Trung Quốc"),
        ("{{ trade.export_markets[1:] | join(', ') }}", "Hàn Quốc"),
    )
    write_config(workspace, template=_fixed_words_template(workspace, more=more))
    message = NOT_PRINTED.format(key="thi_truong_xuat_khau", words="Mỹ", tag="trade.export_markets")
    assert _problems() == [("WARNING", "ThongTin", "B7", None, message)]


UNWRITTEN_IIP = (
    "Ngành «{code}» có chỉ số nhưng mẫu báo cáo không viết ngành này vào thân báo cáo (nhiều "
    "nhất chỉ có ở phụ lục). Mẫu mặc định viết mọi ngành (s.iip.branches); một mẫu riêng chỉ "
    "viết các mã có trong mẫu (iip['mã']). Hãy sửa mẫu báo cáo, hoặc bỏ dòng này nếu không cần "
    "báo cáo."
)


def _new_branch(workspace: Path) -> None:
    """A fifth branch in ChiSoSXCN (row 7), with its index against the same month."""
    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiSoSXCN"].append(["iip.moi", "Ngành mới", 110.5])
    wb.save(book)


def test_an_index_row_the_template_does_not_name_is_a_warning_at_its_code(
    workspace: Path,
) -> None:
    """The sample template names its four branches by code: a fifth was left out of the
    index paragraph with exit code 0."""
    _new_branch(workspace)
    assert _problems() == [
        ("WARNING", "ChiSoSXCN", "A7", None, UNWRITTEN_IIP.format(code="iip.moi"))
    ]
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 1
    assert not (workspace / "out").exists()


def test_the_default_template_writes_every_branch(workspace: Path) -> None:
    write_config(workspace, template=None)
    _new_branch(workspace)
    assert _problems() == []
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 0, result.output
    texts = document_texts(workspace / "out" / "BaoCao_T03_2024.docx")
    assert any("ngành mới ước tăng 10,50%" in t for t in texts)


def _template_with(
    folder: Path, edits: dict[str, list[tuple[str, str]]], base: Path = SAMPLE_TEMPLATE
) -> Path:
    """The sample template (or ``base``) with each part's texts replaced (``edits``: by the
    part's name)."""
    path = folder / "mau_sua.docx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename in edits:
                text = data.decode("utf-8")
                for old, new in edits[item.filename]:
                    assert old in text
                    text = text.replace(old, new)
                data = text.encode("utf-8")
            target.writestr(item, data)
    return path


def test_a_signer_printed_in_the_header_is_not_left_out(workspace: Path) -> None:
    """The rule read the body's text only: a template printing the signer's name in the
    header was warned "mẫu báo cáo không in {{ signer.name }}" (build --strict stopped)."""
    edits = {
        "word/document.xml": [("{{ signer.name }}", "")],
        "word/header1.xml": [
            ("</w:p></w:hdr>", "<w:r><w:t>Người ký: {{ signer.name }}</w:t></w:r></w:p></w:hdr>")
        ],
    }
    write_config(workspace, template=_template_with(workspace, edits))
    _info(workspace, {"nguoi_ky": "Trần Thị Bình"})
    assert _problems() == []
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(workspace / "out" / "BaoCao_T03_2024.docx") as report:
        assert "Người ký: Trần Thị Bình" in report.read("word/header1.xml").decode("utf-8")


def test_a_plan_of_a_breakdown_the_template_does_not_write_is_quiet(workspace: Path) -> None:
    """A plan typed for a breakdown row only ("Khu vực kinh tế Nhà nước"), whose share the
    default template writes in no sentence of a monthly report (the appendix has it), with
    so_sanh_ke_hoach typed: the row's clause said the office's words, so the default
    template was warned "mẫu báo cáo tự viết cụm từ của nó (ví dụ attain('Kế hoạch năm'))"
    and build --strict stopped. Only a clause of a figure the template reads counts."""
    write_config(workspace, template=None)
    book = workspace / "data" / "2024-03.xlsx"
    edit_workbook(book, "ChiTieu", "gtsx", "Kế hoạch năm", None)
    edit_workbook(book, "ChiTieu", "gtsx.nha_nuoc", "Kế hoạch năm", 10000)
    _info(workspace, {"so_sanh_ke_hoach": PLAN})
    assert _problems() == []
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 0, result.output


def test_an_index_sentence_only_asked_for_is_not_written(workspace: Path) -> None:
    """A template made from the default one, its index sentence in the office's own words
    ("ước tăng mạnh", "Các ngành đều tăng") but its {% if s.iip.second_clauses %} and
    {% if s.iip.branches %} kept, left every index out with exit code 0 and no word: asking
    whether the paragraph has clauses counted as writing them. Only going through them (a
    filter, a loop) does now."""
    default = Path(__file__).resolve().parents[1] / "templates" / "bao_cao_thang.docx"
    edits = [
        ("ước {{ s.iip.lead_clauses | clauses('; ') }}.", "ước tăng mạnh."),
        (
            "{% if s.iip.branches %} Trong đó, {{ s.iip.branches | clauses('; ') }}.{% endif %}",
            "{% if s.iip.branches %} Các ngành đều tăng.{% endif %}",
        ),
    ]
    template = _template_with(workspace, {"word/document.xml": edits}, default)
    write_config(workspace, template=template)
    codes = ("iip", "iip.khai_khoang", "iip.che_bien", "iip.dien", "iip.nuoc")
    assert _problems() == [
        ("WARNING", "ChiSoSXCN", f"A{row}", None, UNWRITTEN_IIP.format(code=code))
        for row, code in enumerate(codes, start=2)
    ]


def test_a_market_found_only_in_another_text_of_the_workbook_is_left_out(
    workspace: Path,
) -> None:
    """A template writing its own two markets, under a month whose third market («Mỹ») was
    named only in a HoatDong paragraph and in the products («mỹ phẩm»), was quiet: the
    market was looked for in the whole text. The workbook's other texts are set aside."""
    more = (
        ("{{ trade.export_markets[0] }}", "Trung Quốc"),
        ("{{ trade.export_markets[1:] | join(', ') }}", "Hàn Quốc"),
    )
    write_config(workspace, template=_fixed_words_template(workspace, more=more))
    book = workspace / "data" / "2024-03.xlsx"
    edit_workbook(book, "ThongTin", "thi_truong_xuat_khau", "Giá trị", "Trung Quốc; Hàn Quốc; Mỹ")
    edit_workbook(book, "ThongTin", "san_pham_xuat_khau", "Giá trị", "hàng dệt may; mỹ phẩm")
    wb = load_workbook(book)
    wb["HoatDong"]["C2"] = "Tổ chức đoàn doanh nghiệp tham gia hội chợ thương mại tại Mỹ."
    wb.save(book)
    message = NOT_PRINTED.format(key="thi_truong_xuat_khau", words="Mỹ", tag="trade.export_markets")
    assert _problems() == [("WARNING", "ThongTin", "B7", None, message)]


def test_words_found_only_in_a_paragraph_of_the_workbook_are_left_out(
    workspace: Path,
) -> None:
    """A template writing its own base and no assessment, under a month whose HoatDong
    paragraph said "kế hoạch UBND tỉnh giao" and "tăng khá" in its own sentence, was quiet:
    the words were looked for in the whole text, the workbook's paragraphs too."""
    write_config(workspace, template=_fixed_words_template(workspace, assessment=False))
    book = workspace / "data" / "2024-03.xlsx"
    edit_workbook(book, "ThongTin", "nhan_dinh_sxcn", "Giá trị", "tăng khá")
    (plan_cell,) = _info(workspace, {"so_sanh_ke_hoach": PLAN})
    wb = load_workbook(book)
    wb["HoatDong"]["C2"] = "Doanh thu bán lẻ tăng khá, hoàn thành kế hoạch UBND tỉnh giao."
    wb.save(book)
    plan = LEFT_OUT.format(
        who="Khóa «so_sanh_ke_hoach»",
        words=PLAN,
        fixed="attain('Kế hoạch năm')",
        tag="attain(report.plan)",
        what="ô này",
    )
    assessment = (
        "Khóa «nhan_dinh_sxcn» ghi «tăng khá», nhưng báo cáo tạo ra không có nhận định "
        "này: mẫu báo cáo không in {{ iip_assessment }} trong câu về chỉ số sản xuất công "
        "nghiệp. Hãy thêm {{ iip_assessment }} vào câu đó của mẫu báo cáo, hoặc xóa ô này "
        "nếu không cần."
    )
    assert _problems() == [
        ("WARNING", "ThongTin", plan_cell, None, plan),
        ("WARNING", "ThongTin", "B6", None, assessment),
    ]


def test_a_signer_printed_only_in_the_appendix_is_left_out(workspace: Path) -> None:
    """A template with the director's name written in the signature and the signer's name
    only in the appendix's note printed the director's name over a deputy's month with exit
    code 0 and no word: the appendix's text counted. It is set apart: the sections after
    the last that holds "Nơi nhận" or a task."""
    edits = {
        "word/document.xml": [
            ("{{ signer.name }}", "Nguyễn Văn Phương"),
            (
                "Ô trống: chưa có số liệu.",
                "Ô trống: chưa có số liệu. Người lập: {{ signer.name }}.",
            ),
        ]
    }
    write_config(workspace, template=_template_with(workspace, edits))
    assert _problems() == []
    _a_deputy_signing_is_warned(workspace)


def test_what_only_the_appendix_reads_is_not_written(workspace: Path) -> None:
    """What the template read counted wherever it read it, though only the body's text
    counted as printed: an appendix note reading a breakdown's plan share (no sentence of the
    body has one) offered its clause, and a month with so_sanh_ke_hoach typed was warned
    "mẫu báo cáo tự viết cụm từ của nó (ví dụ attain('Kế hoạch năm'))" (build --strict
    stopped); a row the body never writes but the appendix's note reads counted as written,
    and was left out of the body without a word. Reads in the appendix are set apart."""
    note = "Ô trống: chưa có số liệu."
    # A block the template sets (Jinja joins it apart from the output) before the reads.
    made = "{% set kind %}{{ report.period_name }}{% endset %}"
    reads = made + "{{ ct['gtsx.nha_nuoc'].plan_share | number(1) }} {{ ct.than.value }}"
    edits = {"word/document.xml": [(note, f"{note} Khu vực Nhà nước: {reads}.")]}
    write_config(workspace, template=_template_with(workspace, edits))
    book = workspace / "data" / "2024-03.xlsx"
    edit_workbook(book, "ChiTieu", "gtsx", "Kế hoạch năm", None)
    edit_workbook(book, "ChiTieu", "gtsx.nha_nuoc", "Kế hoạch năm", 10000)
    wb = load_workbook(book)
    wb["ChiTieu"].append(["than", "Sản lượng than", "nghìn tấn", 120, 110, 100, 330, 300])
    wb.save(book)
    _info(workspace, {"so_sanh_ke_hoach": PLAN})
    unwritten = (
        "Chỉ tiêu «than» có số liệu nhưng mẫu báo cáo không viết chỉ tiêu này vào thân báo cáo "
        "(nhiều nhất chỉ có ở phụ lục). Mẫu mặc định viết mọi chỉ tiêu, mỗi dòng chia nhỏ ngay "
        "dưới dòng mà nó «Thuộc»; một mẫu riêng chỉ viết các mã có trong mẫu. Hãy sửa mẫu báo "
        "cáo, hoặc bỏ dòng này nếu không cần báo cáo."
    )
    assert _problems() == [("WARNING", "ChiTieu", "A15", None, unwritten)]
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 1
    assert f"ChiTieu!A15: {unwritten}" in result.stderr
    assert "so_sanh_ke_hoach" not in result.stderr


def test_words_the_template_types_in_combining_marks_are_printed(workspace: Path) -> None:
    """A template typed with Unikey's «Unicode tổ hợp» (a letter, then its marks) writes
    the director's name and the plan's words as the workbook does, to the eye; they were
    compared code point by code point, and a month whose ThongTin named the same signer and
    base was warned 'Khóa «nguoi_ky» có «Trần Thị Bình», nhưng báo cáo tạo ra không có «Trần
    Thị Bình» …' and 'Khóa «so_sanh_ke_hoach» ghi «kế hoạch UBND tỉnh giao», nhưng báo cáo
    tạo ra không có cụm từ này …' (build --strict stopped). Texts are compared as NFC."""
    signer, plan = (unicodedata.normalize("NFD", t) for t in ("Trần Thị Bình", PLAN))
    edits = [("{{ signer.name }}", signer), ("attain(report.plan)", f"attain('{plan}')")]
    write_config(workspace, template=_template_with(workspace, {"word/document.xml": edits}))
    _info(workspace, {"nguoi_ky": "Trần Thị Bình", "so_sanh_ke_hoach": PLAN})
    assert _problems() == []
    result = runner.invoke(app, ["build", *ARGS, "--strict"])
    assert result.exit_code == 0, result.output


def test_a_heading_the_config_words_and_the_template_does_not_print_is_a_warning(
    workspace: Path,
) -> None:
    """office26: [wording.month] section_two set in the config, beside a template whose
    Section II heading the office had retyped in Word, was ignored with a clean check.
    The sample's template writes its own monthly heading: the key is a warning; the
    default template prints it, quietly."""
    config = write_config(workspace)
    with config.open("a", encoding="utf-8") as file:
        file.write('\n[wording.month]\nsection_two = "PHƯƠNG HƯỚNG THÁNG {next_month}"\n')
    message = (
        "Khóa «section_two» của [wording.month] trong tệp cấu hình ghi «PHƯƠNG HƯỚNG THÁNG "
        "4», nhưng báo cáo tạo ra không có cụm từ này: mẫu báo cáo không in {{ "
        "report.section_two }} (có thể mẫu viết sẵn chữ của nó). Hãy sửa mẫu báo cáo để in {{ "
        "report.section_two }}, hoặc xóa khóa này nếu mẫu báo cáo không cần."
    )
    assert _problems() == [("WARNING", "", None, "wording.month.section_two", message)]
    config = write_config(workspace, template=None)
    with config.open("a", encoding="utf-8") as file:
        file.write('\n[wording.month]\nsection_two = "PHƯƠNG HƯỚNG THÁNG {next_month}"\n')
    assert _problems() == []
