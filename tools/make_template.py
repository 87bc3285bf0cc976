"""Generate the report templates: the default one and the sample's.

templates/bao_cao_thang.docx is the default template: it writes the figures
section from whatever rows the workbook holds, in the generic forms of a Sở
Công Thương report. data/samples/mau_bao_cao.docx is the sample's own
template (the sample baocao.toml names it): the same layout, with Section I's
figures in the exact words of the seed report. The .docx files are what
offices open and edit in Word; this script is how they were made, so their
layout and every Jinja tag can be reviewed as text. Run it after changing
either template's wording:

    python tools/make_template.py [DEFAULT_OUT [SAMPLE_OUT]]

Layout: A4 portrait, margins 20/20/30/15 mm, Times New Roman 14 pt in every
script slot, justified body with a 1.27 cm first-line indent and 6 pt after,
the Decree 30/2020 header and closing tables (see docs/template.md).
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt

from baocao.ooxml import add_child
from baocao.package import set_properties, upgrade_to_word_2013
from baocao.parents import MAX_LEVELS

FONT = "Times New Roman"
BODY_PT = 14
TEXT_WIDTH_CM = 16.5  # 210 mm - 30 mm - 15 mm
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "templates" / "bao_cao_thang.docx"
SAMPLE_OUT = ROOT / "data" / "samples" / "mau_bao_cao.docx"  # named by the sample baocao.toml

# Clauses used after a figure: ", tăng 2,2% so với tháng trước; tăng 11,4% so với cùng kỳ".
# The bases are the office's (``report.same_period``: so_sanh_cung_ky, else the config's).
MOM_YOY = (
    "[{x}.mom | change('tháng trước'), {x}.yoy | change(report.same_period)] | clauses({sep}, ', ')"
)


def amount(value: str, unit: str) -> str:
    """A figure and its unit: "12,5 triệu USD", but "8,5%" (a percent sign takes no space)."""
    return f"{{{{ {value} }}}}{{% if {unit}[:1] != '%' %}} {{% endif %}}{{{{ {unit} }}}}"


def reached(nil: str, figure: str) -> str:
    """ "ước đạt" and ``figure`` (its amount and clauses), or "không phát sinh" when ``nil``
    holds: a sum's 0 ("tháng 7/2025 không phát sinh", not "ước đạt 0,00 triệu USD, giảm
    100,0% so với tháng trước")."""
    return f"{{% if {nil} %}}không phát sinh{{% else %}}ước đạt {figure}{{% endif %}}"


def compare(x: str, sep: str = "'; '") -> str:
    """The Jinja expression for the month-on-month and year-on-year clauses of ``x``."""
    return "{{ " + MOM_YOY.format(x=x, sep=sep) + " }}"


THEME_FONTS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_fonts(rpr_parent: Any, size_pt: int) -> None:
    """Times New Roman in all four script slots (no theme fonts) and the size."""
    rpr = add_child(rpr_parent, "w:rPr")
    fonts = add_child(rpr, "w:rFonts")
    for attr in THEME_FONTS:
        fonts.attrib.pop(qn(attr), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    add_child(rpr, "w:sz").set(qn("w:val"), str(size_pt * 2))
    add_child(rpr, "w:szCs").set(qn("w:val"), str(size_pt * 2))


def setup_page(doc: Document) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)


def setup_styles(doc: Document) -> None:
    styles = doc.styles
    defaults = styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault"))
    set_fonts(defaults, BODY_PT)
    lang = add_child(add_child(defaults, "w:rPr"), "w:lang")
    lang.set(qn("w:val"), "vi-VN")  # Vietnamese proofing in Word
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    set_fonts(normal.element, BODY_PT)
    fmt = normal.paragraph_format
    fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    fmt.first_line_indent = Cm(1.27)
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(6)
    fmt.line_spacing = 1.15
    fmt.widow_control = True
    for name in ("Header", "Table Grid"):
        if name in [s.name for s in styles]:
            set_fonts(styles[name].element, BODY_PT)


def para(
    container: object,
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
    center: bool = False,
    indent: bool = True,
    after: float | None = None,
    before: float | None = None,
    keep: bool = False,
) -> object:
    """Add a paragraph with one run carrying all of ``text`` (so Jinja tags stay whole);
    ``keep``: a heading kept on the page of the paragraph after it."""
    p = container.add_paragraph()  # type: ignore[attr-defined]
    run = p.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if size is not None:
        run.font.size = Pt(size)
    fmt = p.paragraph_format
    if center:
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if not indent or center:
        fmt.first_line_indent = Cm(0)
    if after is not None:
        fmt.space_after = Pt(after)
    if before is not None:
        fmt.space_before = Pt(before)
    if keep:
        fmt.keep_with_next = True
    return p


def tag(container: object, text: str) -> None:
    """A docxtpl paragraph tag ({%p ... %}); the paragraph disappears when rendered."""
    para(container, text, indent=False, after=0)


def rule(container: object, width_cm: float, cell_width_cm: float) -> None:
    """A short centred solid rule: an empty 3 pt line with a bottom border, single spaced."""
    p = para(container, "", center=True, after=0, before=0)
    fmt = p.paragraph_format  # type: ignore[attr-defined]
    side = max((cell_width_cm - width_cm) / 2, 0)
    fmt.left_indent, fmt.right_indent = Cm(side), Cm(side)
    fmt.line_spacing = 1.0
    ppr = p._p.get_or_add_pPr()  # type: ignore[attr-defined]
    add_child(ppr, "w:pBdr").append(
        parse_xml(
            f'<w:bottom {nsdecls("w")} w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
        )
    )
    tiny_mark(ppr, 6)


def tiny_mark(ppr: Any, half_points: int) -> None:
    """Size the paragraph mark, which sets the height of an empty paragraph."""
    mark = add_child(ppr, "w:rPr")
    add_child(mark, "w:sz").set(qn("w:val"), str(half_points))
    add_child(mark, "w:szCs").set(qn("w:val"), str(half_points))


def borderless_table(doc: Document, rows: int, widths_cm: tuple[float, float]) -> object:
    table = doc.add_table(rows=rows, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    borders = add_child(table._tbl.tblPr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        borders.append(parse_xml(f'<w:{side} {nsdecls("w")} w:val="nil"/>'))
    for row in table.rows:
        # A row never splits across pages: the signature block stays in one piece.
        add_child(row._tr.get_or_add_trPr(), "w:cantSplit")
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)
            cell._tc.remove(cell.paragraphs[0]._p)
    for col, width in zip(table.columns, widths_cm, strict=True):
        col.width = Cm(width)
    return table


# The header's columns, each with Word's 0.19 cm cell margins on both sides: the right one
# holds the Quốc hiệu at 12.5 pt bold (9.14 cm in Times New Roman) on one line, the left
# one the rest of the text width, so that a city's parent body fits on one line at 13 pt
# ("UBND THÀNH PHỐ ĐÀ NẴNG", 6.26 cm, broke between "ĐÀ" and "NẴNG" at 6.3 cm).
HEADER_WIDTHS_CM = (6.9, 9.6)


def header_block(doc: Document) -> None:
    left_w, right_w = HEADER_WIDTHS_CM
    table = borderless_table(doc, 2, (left_w, right_w))
    left, right = table.rows[0].cells
    para(left, "{{ org.parent_body }}", size=13, center=True, after=0)
    para(left, "{{ org.issuing_body }}", size=13, bold=True, center=True, after=0)
    rule(left, 2.2, left_w)
    para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12.5, bold=True, center=True, after=0)
    para(right, "Độc lập - Tự do - Hạnh phúc", size=13, bold=True, center=True, after=0)
    rule(right, 6.0, right_w)
    left, right = table.rows[1].cells
    para(left, "Số: {{ doc.number }}/{{ org.symbol }}", size=13, center=True, before=6, after=0)
    para(
        right,
        "{{ org.place }}, ngày {{ doc.day }} tháng {{ doc.month }} năm {{ doc.year }}",
        size=14,
        italic=True,
        center=True,
        before=6,
        after=0,
    )


def title_block(doc: Document) -> None:
    para(doc, "{{ doc.title }}", bold=True, center=True, before=18, after=0)
    para(doc, "{{ doc.summary }}", bold=True, center=True, after=0)
    rule(doc, 3.5, TEXT_WIDTH_CM)
    para(doc, "", after=0)


# Where an indicator's breakdowns go: after the period's total when their rows are totals
# (a report of several months: "cả năm 2025 ước đạt …"), else after the month's sentence,
# whose figures they break down (a monthly report's, or rows an office has for the month alone);
# rows that give the period's total alone break that total down, in a monthly report too.
AFTER_TOTAL = "x.total and (not report.monthly or x.total_rows) and not x.month_rows"


# Marks of a breakdown's rows by level: the first level's "- " (a named breakdown's rows;
# a "Trong đó" list's are unmarked), then "+ " as the seed's sub-items, then "• ", each
# level from the third on a further 0.5 cm in, so that no row reads as its parent's sibling.
MARKS = {2: "+ "}
DEEP_MARK = "• "
DEEP_STEP_CM = 0.5
FIRST_LINE_CM = 1.27


def breakdown_line(c: str, mark: str, end: str) -> str:
    """A breakdown row's sentence: its mark, name, figure and clauses, ``end`` after them; a
    row with breakdowns of its own ends ":" before a named one, as an indicator does."""
    return (
        f"{mark}{{{{ {c}.name | capfirst }}}} {{{{ {c}.line_label }}}} "
        + reached(
            f"{c}.line_nil",
            amount(f"{c}.line_value", f"{c}.unit")
            + f"{{{{ {c}.line_clauses | clauses('; ', ', ') }}}}",
        )
        + f"{{{{ ':' if {c}.groups and {c}.groups[0].itemized else {end} }}}}"
    )


def indented(p: object, level: int) -> None:
    """A row (or heading) of the third level or deeper: its first line further in."""
    if level >= 3:
        extra = DEEP_STEP_CM * (level - 2)
        p.paragraph_format.first_line_indent = Cm(FIRST_LINE_CM + extra)  # type: ignore[attr-defined]


def group_heading(doc: Document, g: str, level: int) -> None:
    """A breakdown's heading: "* Phân theo …:" in italics, or "Trong đó:"."""
    tag(doc, f"{{%p if {g}.itemized %}}")
    indented(para(doc, f"{{{{ {g}.heading }}}}", italic=True, keep=True), level)
    tag(doc, "{%p else %}")
    indented(para(doc, f"{{{{ {g}.heading }}}}", keep=True), level)
    tag(doc, "{%p endif %}")


def breakdowns(doc: Document, where: str) -> None:
    """An indicator's breakdowns, each a heading and its rows, printed when ``where`` holds;
    a row's own breakdowns follow it, down to the deepest ``Thuộc`` allowed.

    ``p<n>`` is a row's closing mark: "." in a named breakdown (each row a sentence), else
    ";" between rows and, after the last, the mark its parent row would end with ("." at
    the first level), so that a list inside a list ends as its parent does.
    """
    tag(doc, f"{{%p if {where} %}}")
    tag(doc, "{%p for g in x.groups %}")
    group_heading(doc, "g", 1)
    tag(doc, "{%p for c in g.items %}")
    tag(doc, "{%p set p1 = '.' if g.itemized or loop.last else ';' %}")
    para(doc, breakdown_line("c", "{% if g.itemized %}- {% endif %}", "p1"))
    deeper_breakdowns(doc, "c", 2)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")


def deeper_breakdowns(doc: Document, parent: str, level: int) -> None:
    """The breakdowns of a breakdown's row ``parent`` at ``level`` (2: a row's under a
    first-level row), and theirs, to ``MAX_LEVELS``."""
    g, c = f"g{level}", f"c{level}"
    tag(doc, f"{{%p for {g} in {parent}.groups %}}")
    tag(doc, f"{{%p set t{level} = p{level - 1} if loop.last else '.' %}}")
    group_heading(doc, g, level)
    tag(doc, f"{{%p for {c} in {g}.items %}}")
    tag(doc, f"{{%p set p{level} = '.' if {g}.itemized else (t{level} if loop.last else ';') %}}")
    mark = MARKS.get(level, DEEP_MARK)
    indented(para(doc, breakdown_line(c, mark, f"p{level}")), level)
    if level < MAX_LEVELS:
        deeper_breakdowns(doc, c, level + 1)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")


def generic_figures(doc: Document) -> None:
    """Section I's figure subsections, written from whatever rows the workbook holds."""
    para(doc, "I. {{ report.section_one }}", bold=True, keep=True)
    tag(doc, "{%p for s in figures %}")
    para(doc, "{{ s.number }}. {{ s.title | capfirst }}", bold=True, keep=True)
    tag(doc, "{%p if s.iip %}")
    para(
        doc,
        "Chỉ số sản xuất công nghiệp {{ s.iip.lead_label }} {{ org.province }}"
        "{% if s.iip.assessment %} {{ s.iip.assessment }},{% endif %} ước "
        "{{ s.iip.lead_clauses | clauses('; ') }}.{% if s.iip.branches %} Trong đó, "
        "{{ s.iip.branches | clauses('; ') }}.{% endif %}{% if s.iip.second_clauses %} "
        "{{ s.iip.second_label }}, chỉ số ước {{ s.iip.second_clauses | clauses('; ') }}"
        "{% if s.iip.second_branches %}; trong đó, {{ s.iip.second_branches | clauses('; ') }}"
        "{% endif %}.{% endif %}",
    )
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for x in s.indicators %}")
    # In January's monthly report the year-to-date is the month: one sentence, with the plan.
    tag(doc, "{%p if x.total and not (report.monthly and month == 1 and x.value) %}")
    para(
        doc,
        "{{ x.name | capfirst }} {{ x.total_label }} "
        + reached(
            "x.total_nil",
            amount("x.total", "x.unit")
            + "{{ [x.total_yoy_clause, x.plan_clause] | clauses(' và ', '; ') }}",
        )
        + f"{{{{ ':' if x.groups and x.groups[0].itemized and (not x.value or {AFTER_TOTAL}) "
        "else '.' }}",
    )
    tag(doc, "{%p endif %}")
    breakdowns(doc, AFTER_TOTAL)
    tag(doc, "{%p if x.value %}")
    para(
        doc,
        # "Riêng tháng 5" before a "Trong đó" list, or after the period's list: "Trong đó"
        # twice in a row reads badly, and after a list it would seem to be one of its rows.
        "{% if x.total and not (report.monthly and month == 1) %}"
        # A rate's or a price's month is no part of its year-to-date: "Riêng" too.
        f"{{{{ 'Riêng' if not x.summed or x.groups and (not x.groups[0].itemized or "
        f"{AFTER_TOTAL}) "
        "else 'Trong đó,' }} {% else %}"
        "{{ x.name | capfirst }} {% endif %}{{ report.month_label }}"
        # After the period's list the month's sentence names its indicator: "Riêng tháng
        # 9/2023 ước đạt …" read as the list's last row's.
        f"{{% if x.groups and {AFTER_TOTAL} %}}, {{{{ x.name | lowfirst }}}}{{% endif %}} "
        + reached(
            "x.value_nil",
            amount("x.value", "x.unit")
            + "{{ [x.mom_clause, x.yoy_clause, x.plan_clause if report.monthly and month == 1 "
            "else ''] | clauses('; ', ', ') }}",
        )
        + f"{{{{ ':' if x.groups and x.groups[0].itemized and not ({AFTER_TOTAL}) "
        "else '.' }}",
    )
    tag(doc, "{%p endif %}")
    breakdowns(doc, f"not ({AFTER_TOTAL})")
    tag(doc, "{%p endfor %}")
    for key, word in (("export", "xuất khẩu"), ("import", "nhập khẩu")):
        m = f"trade.{key}_markets"
        tag(doc, f"{{%p if s.trade and {m} %}}")
        para(
            doc,
            f"Thị trường {word} lớn nhất là {{{{ {m}[0] }}}}{{% if {m} | length > 1 %}}, sau đó "
            f"là {{{{ {m}[1:] | join(', ') }}}}{{% endif %}} và một số thị trường khác.",
        )
        tag(doc, "{%p endif %}")
        tag(doc, f"{{%p if s.trade and trade.{key}_products %}}")
        para(doc, f"Các sản phẩm {word}: {{{{ trade.{key}_products | sentence }}}}")
        tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")


SAMPLE_HEADINGS = 3  # the figure subsections the sample template heads itself (1. to 3.)


def sample_figures(doc: Document) -> None:
    """The sample's Section I figures, in the exact words of its seed report (codes named)."""
    g = "ct.gtsx"
    # The seed's heading for a monthly report; another kind's from the config's wording.
    para(
        doc,
        "I. {% if report.monthly %}KẾT QUẢ CHỦ YẾU THÁNG {{ month }}{% else %}"
        "{{ report.section_one }}{% endif %}",
        bold=True,
        keep=True,
    )
    para(doc, "1. Về sản xuất công nghiệp", bold=True, keep=True)
    para(
        doc,
        "Chỉ số sản xuất công nghiệp tháng {{ month }}/{{ year }} {{ org.province }}"
        "{% if iip_assessment %} {{ iip_assessment }},{% endif %} ước "
        "{{ iip.iip.growth | change(report.same_period, 2) }}. Trong đó, "
        "{{ iip['iip.khai_khoang'].name }} ước {{ iip['iip.khai_khoang'].growth | delta(2) }}; "
        "{{ iip['iip.che_bien'].name }} {{ iip['iip.che_bien'].growth | delta(2) }} và "
        "{{ iip['iip.dien'].name }} ước {{ iip['iip.dien'].growth | delta(2) }}; "
        "{{ iip['iip.nuoc'].name }} ước {{ iip['iip.nuoc'].growth | delta(2) }}.",
    )
    tag(doc, f"{{%p if {g}.ytd %}}")
    para(
        doc,
        "Dự tính GTSXCN (giá thực tế) cộng dồn {{ months_ytd }} tháng đầu năm ước đạt "
        f"{{{{ {g}.ytd }}}} {{{{ {g}.unit }}}}{{{{ [{g}.ytd_yoy | change(report.same_period), "
        f"{g}.plan_share | attain(report.plan)] | clauses(' và ', '; ') }}}}.",
    )
    tag(doc, "{%p endif %}")
    # A "Trong đó" list (rows without Nhóm) comes first: the month's sentence then ends
    # with "." and opens "Riêng", so that "Trong đó" is not said twice in a row.
    para(
        doc,
        f"{{% set partial = {g}.groups and not {g}.groups[0].itemized %}}"
        "{{ 'Riêng' if partial else 'Trong đó,' }} tháng {{ month }}/{{ year }} ước đạt "
        f"{{{{ {g}.value }}}} {{{{ {g}.unit }}}}{compare(g, sep=repr(' và '))}"
        "{{ '.' if partial else ':' }}",
    )
    tag(doc, f"{{%p for grp in {g}.groups %}}")
    para(doc, "{{ grp.heading }}", italic=True, keep=True)
    tag(doc, "{%p for c in grp.items %}")
    para(
        doc,
        "- {{ c.name }} tháng {{ month }} ước đạt {{ c.value }} {{ c.unit }}"
        f"{compare('c')}.",
    )
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")

    b = "ct.ban_le"
    para(doc, "2. Về hoạt động thương mại", bold=True, keep=True)
    para(
        doc,
        f"{{{{ {b}.name }}}} tháng {{{{ month }}}}/{{{{ year }}}} ước đạt "
        f"{{{{ {b}.value }}}} {{{{ {b}.unit }}}}{compare(b)}.",
    )
    tag(doc, f"{{%p if {b}.children %}}")
    para(doc, "Trong đó:", keep=True)
    tag(doc, f"{{%p for c in {b}.children %}}")
    para(
        doc,
        "{{ c.name }} tháng {{ month }} ước đạt {{ c.value }} {{ c.unit }}"
        f"{compare('c')}{{{{ '.' if loop.last else ';' }}}}",
    )
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")

    para(doc, "3. Hoạt động xuất nhập khẩu", bold=True, keep=True)
    trade(doc, "xuat_khau", "export", "Về xuất khẩu", "xuất khẩu", "")
    trade(doc, "nhap_khau", "import", "Về nhập khẩu", "nhập khẩu", ".")


def trade(doc: Document, code: str, key: str, heading: str, word: str, end: str) -> None:
    """Export or import: the figure sentence, the markets, the products."""
    x = f"ct.{code}"
    m = f"trade.{key}_markets"
    para(doc, heading, italic=True, keep=True)
    para(
        doc,
        f"{{{{ {x}.name }}}} trên địa bàn {{{{ org.province }}}} tháng {{{{ month }}}}/"
        f"{{{{ year }}}} ước đạt {{{{ {x}.value }}}} {{{{ {x}.unit }}}}{compare(x)}."
        f"{{% if {m} %}} Thị trường {word} lớn nhất của tỉnh là {{{{ {m}[0] }}}}"
        f"{{% if {m} | length > 1 %}}, sau đó là {{{{ {m}[1:] | join(', ') }}}}{{% endif %}}"
        f" và một số nước khác{end}{{% endif %}}",
    )
    tag(doc, f"{{%p if trade.{key}_products %}}")
    para(doc, f"Các sản phẩm {word}: {{{{ trade.{key}_products }}}}")
    tag(doc, "{%p endif %}")


def activities(doc: Document, *, after: int | None = None) -> None:
    """The narrative subsections of HoatDong, numbered after the figure subsections:
    ``after`` of them when the template writes that many headings itself (the sample's
    three), whatever the workbook's «Mục» (a retail row left without its own «Mục» made
    ``s.number`` 3, beside the template's own "3. Hoạt động xuất nhập khẩu")."""
    tag(doc, "{%p for s in activities %}")
    number = "{{ s.number }}" if after is None else f"{{{{ loop.index + {after} }}}}"
    para(doc, number + ". {{ s.title | capfirst }}", bold=True, keep=True)
    tag(doc, "{%p for it in s.items %}")
    tag(doc, "{%p if it.level == 0 %}")
    para(doc, "{{ it.text | capfirst }}")
    tag(doc, "{%p elif it.level == 1 %}")
    para(doc, "- {{ it.text | capfirst }}")
    tag(doc, "{%p else %}")
    para(doc, "+ {{ it.text | capfirst }}")
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endfor %}")


GENERIC_SECTION_TWO = "II. {{ report.section_two }}"
SAMPLE_SECTION_TWO = (
    "II. {% if not report.monthly %}{{ report.section_two }}{% else %}"
    "NHIỆM VỤ TRỌNG TÂM THÁNG {{ next_month }}{% if next_year != year %} NĂM "
    "{{ next_year }}{% endif %}{% endif %}"
)


def section_two(doc: Document, heading: str) -> None:
    para(doc, heading, bold=True, keep=True)
    tag(doc, "{%p for t in tasks %}")
    tag(doc, "{%p if not loop.last %}")
    para(doc, "{{ t.number }}. {{ t.text | capfirst }}")
    tag(doc, "{%p else %}")
    # The last task keeps with the closing block, so the signature never stands alone.
    last = para(doc, "{{ t.number }}. {{ t.text | capfirst }}")
    last.paragraph_format.keep_with_next = True  # type: ignore[attr-defined]
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")


def closing_block(doc: Document) -> None:
    left_w, right_w = 7.5, 9.0
    table = borderless_table(doc, 1, (left_w, right_w))
    left, right = table.rows[0].cells
    para(left, "Nơi nhận:", size=12, bold=True, italic=True, indent=False, after=0, before=6)
    tag(left, "{%p for r in recipients %}")
    tag(left, "{%p if r.level == 1 %}")
    para(left, "{{ r.text }}", size=11, indent=False, after=0)
    tag(left, "{%p else %}")
    sub = para(left, "{{ r.text }}", size=11, indent=False, after=0)
    sub.paragraph_format.left_indent = Cm(0.5)  # type: ignore[attr-defined]
    tag(left, "{%p endif %}")
    tag(left, "{%p endfor %}")
    # A list, not prose: a long recipient wraps ragged, not spread across the line as the
    # justified body would spread it ("- Ban   Chỉ   đạo   phát   triển").
    for paragraph in left.paragraphs:
        paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
    # The signature's first line stands level with "Nơi nhận:" (6 pt before each): the
    # authority line where a deputy signs, else the title (the director's "GIÁM ĐỐC").
    tag(right, "{%p if signer.authority %}")
    para(right, "{{ signer.authority }}", bold=True, center=True, after=0, before=6)
    para(right, "{{ signer.title }}", bold=True, center=True, after=0)
    tag(right, "{%p else %}")
    para(right, "{{ signer.title }}", bold=True, center=True, after=0, before=6)
    tag(right, "{%p endif %}")
    for _ in range(4):
        para(right, "", center=True, after=0)
    para(right, "{{ signer.name }}", bold=True, center=True, after=0)


# 25.2 cm, the text width of the landscape page, with 1 mm side margins in the cells. Each
# header fits in two lines of 11 pt bold Times New Roman ("Thực hiện / tháng trước", "Kế
# hoạch / năm", "Cùng kỳ" in one), "triệu USD" in one line, a figure column holds
# "1.139.300,5" and an index column "1.234,5" in one line of 11 pt.
CELL_SIDE_TWIPS = 57
APPENDIX_STEP_CM = 0.4  # the indent of each level of Thuộc in the table's first column
APPENDIX_WIDTHS = (7.7, 1.8, 2.2, 2.2, 2.2, 2.2, 1.5, 1.75, 1.75, 1.9)
# A quarterly report's third column is the quarter's total, its first index the quarter's
# on last year's quarter (the figures its body leads with); the titles name each period.
QUARTER_OR = "{{% if report.quarterly %}}{{{{ r.{} }}}}{{% else %}}{{{{ r.{} }}}}{{% endif %}}"
APPENDIX_CELLS = (
    "{{ r.unit }}",
    QUARTER_OR.format("quarter", "previous"),
    "{{ r.value }}",
    "{{ r.same_period }}",
    "{{ r.ytd }}",
    QUARTER_OR.format("quarter_yoy_index", "mom_index"),
    "{{ r.yoy_index }}",
    "{{ r.ytd_yoy_index }}",
    "{{ r.plan_share }}",
)
# Decree 30 practice for an appendix: which document it goes with, italic, under its title.
APPENDIX_ATTACHED = (
    "(Kèm theo Báo cáo số {{ doc.number }}/{{ org.symbol }} ngày {{ doc.day }}/{{ doc.month }}/"
    "{{ doc.year }} của {{ org.issuing_body_in_text }} {{ org.province }})"
)
# True of every (%) column: three indices and the share of the annual plan.
APPENDIX_NOTE = (
    "Ghi chú: Các cột so với {% if not report.quarterly %}tháng trước và so với {% endif %}"
    "cùng kỳ là chỉ số phát triển (kỳ so sánh "
    "= 100): 121,4 nghĩa là tăng 21,4%, 96,5 nghĩa là giảm 3,5%; cột so với kế hoạch năm là "
    "tỷ lệ (%) lũy kế đạt được so với kế hoạch năm: 23,1 nghĩa là đạt 23,1% kế hoạch năm. "
    "Ô trống: chưa có số liệu."
    # Only under a table with a rate's row: its indices compare two rates, its sentence
    # says points, and the two read alike ("tăng 6,3%" beside "tăng 0,5 điểm phần trăm").
    "{% if appendix_rows | selectattr('rate') | list %} Với chỉ tiêu tính bằng tỷ lệ (%), "
    "chỉ số phát triển là tỷ số giữa hai tỷ lệ (8,5% so với 8,0% là 106,3), còn báo cáo "
    "nêu mức tăng, giảm theo điểm phần trăm (tăng 0,5 điểm phần trăm).{% endif %}"
    # A price's or a rate's row: its year-to-date is the average or the rate so far ("tính
    # chung" in the body), not a sum of its months. Nothing to say where no such row has a
    # year-to-date (a quarterly report's blank quarter aside), nor in January's monthly
    # report, whose year-to-date is the month itself.
    "{% if not (report.monthly and month == 1) and (appendix_rows | rejectattr('summed') "
    "| selectattr('ytd') | list or report.quarterly and appendix_rows | rejectattr('summed') "
    "| list) %} Với chỉ tiêu tính bằng {% if appendix_rows | selectattr('per_time') | list %}"
    # An amount per day ("xe/ngày") is averaged too: said so, with its units.
    "tỷ lệ (%), giá hoặc số bình quân theo thời gian ({{ appendix_rows | selectattr('per_time') "
    "| map(attribute='unit') | unique | join(', ') }}), cột «{{ report.columns.ytd }}» là số "
    "tính chung (tỷ lệ, giá bình quân hoặc số bình quân theo thời gian {% else %}tỷ lệ (%) "
    "hoặc giá, cột «{{ report.columns.ytd }}» là số tính chung (tỷ lệ hoặc giá bình quân "
    "{% endif %}{% if not report.monthly %}của cả kỳ"
    "{% elif month == 12 %}của cả năm{% else %}từ đầu năm{% endif %}), không phải tổng các "
    "tháng{% if report.quarterly %}, và cột «{{ report.columns.first }}» để trống{% endif %}."
    "{% endif %}"
)
CHART_CAPTION = (
    " {{ chart.name | capfirst }} theo tháng, từ tháng {{ chart.from_month }} đến tháng "
    "{{ chart.to_month }} (đơn vị: {{ chart.unit }})"
)
# A month no workbook gives, and one whose figure is in another unit or no number (a
# warning names its cell): "chưa có số liệu" is not said of the second.
CHART_GAP_NOTE = (
    "Ghi chú: {% if chart.missing %}Các tháng không có cột là các tháng chưa có số liệu "
    "trong các sổ dữ liệu.{% if chart.left_out %} {% endif %}{% endif %}"
    "{% if chart.left_out %}Tháng {{ chart.left_out | join(', ') }} không có cột vì số liệu "
    "của tháng trong sổ ghi theo đơn vị khác, hoặc không phải là số.{% endif %}"
)


def appendix(doc: Document) -> None:
    """The last section, landscape: the figures as a table, then the optional chart.

    baocao drops this whole section when the config switches the appendix off.
    """
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.different_first_page_header_footer = False  # numbered on its first page too
    numbering = section._sectPr.find(qn("w:pgNumType"))
    if numbering is not None:
        section._sectPr.remove(numbering)  # pages go on counting from the report
    breaker = doc.paragraphs[-1]  # holds the report's own section properties
    breaker.paragraph_format.space_after = Pt(0)
    tiny_mark(breaker._p.get_or_add_pPr(), 2)
    para(
        doc,
        "PHỤ LỤC — MỘT SỐ CHỈ TIÊU CHỦ YẾU {{ report.period_name | upper }}",
        bold=True,
        center=True,
        after=0,
    )
    para(doc, APPENDIX_ATTACHED, italic=True, center=True, after=6)
    appendix_table(doc)
    small_para(doc, APPENDIX_NOTE, 11, italic=True, indent=False, before=6)
    appendix_chart(doc)


def appendix_table(doc: Document) -> None:
    """The figures: two header rows repeated on each page, then a docxtpl row loop."""
    table = doc.add_table(rows=4, cols=len(APPENDIX_WIDTHS))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    margins = add_child(table._tbl.tblPr, "w:tblCellMar")
    for side in ("left", "right"):  # 1 mm, not Word's 1.9 mm: ten columns share 25.2 cm
        margin = f'<w:{side} {nsdecls("w")} w:w="{CELL_SIDE_TWIPS}" w:type="dxa"/>'
        margins.append(parse_xml(margin))
    for row in table.rows:
        for cell, width in zip(row.cells, APPENDIX_WIDTHS, strict=True):
            cell.width = Cm(width)
    for col, width in zip(table.columns, APPENDIX_WIDTHS, strict=True):
        col.width = Cm(width)
    head, sub_head, body, end = table.rows
    # The titles name the report's periods (``report.columns``): "Ước tháng báo cáo" in a
    # monthly report, "Ước tháng 6" in one of several months.
    titles = (
        "Chỉ tiêu",
        "Đơn vị",
        "{{ report.columns.first }}",
        "{{ report.columns.month }}",
        "{{ report.columns.same_period }}",
        "{{ report.columns.ytd }}",
    )
    for i, title in enumerate(titles):
        merged = head.cells[i].merge(sub_head.cells[i])
        cell_text(merged, title, bold=True)
    for first, title in ((6, "first_group"), (8, "ytd_group")):
        merged = head.cells[first].merge(head.cells[first + 1])
        cell_text(merged, f"{{{{ report.columns.{title} }}}}", bold=True)
    subtitles = (
        "{{ report.columns.first_index }}",
        "{{ report.columns.second_index }}",
        "Cùng kỳ",
        "Kế hoạch năm",
    )
    for i, title in zip(range(6, 10), subtitles, strict=True):
        cell_text(sub_head.cells[i], title, bold=True)
    for row in (head, sub_head, body):  # a row never splits across pages: a long name
        add_child(row._tr.get_or_add_trPr(), "w:cantSplit")  # stays whole under the header
    for row in (head, sub_head):  # the header repeats on every page of the table
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    name = body.cells[0]
    name._tc.remove(name.paragraphs[0]._p)
    # A total bold, a breakdown row 0.4 cm in, a row of its breakdown in italics and each
    # level below a further 0.4 cm in, to the deepest Thuộc allowed.
    tag(name, "{%p if r.level == 0 %}")
    cell_text(name, "{{ r.name }}", bold=True, center=False, new=True)
    for level in range(1, MAX_LEVELS + 1):
        test = "else" if level == MAX_LEVELS else f"elif r.level == {level}"
        tag(name, f"{{%p {test} %}}")
        row_name = cell_text(name, "{{ r.name }}", italic=level > 1, center=False, new=True)
        row_name.paragraph_format.left_indent = Cm(APPENDIX_STEP_CM * level)  # type: ignore[attr-defined]
    tag(name, "{%p endif %}")
    cell_text(body.cells[1], APPENDIX_CELLS[0])
    for cell, field in zip(body.cells[2:], APPENDIX_CELLS[1:], strict=True):
        cell_text(cell, field, right=True)
    # docxtpl's row loop: the two tag rows are removed, the body row repeats.
    open_row = table.add_row()
    body._tr.addprevious(open_row._tr)
    cell_text(open_row.cells[0], "{%tr for r in appendix_rows %}", center=False)
    cell_text(end.cells[0], "{%tr endfor %}", center=False)


def appendix_chart(doc: Document) -> None:
    """The trend chart at the text width, its numbered caption, and a note on missing months.

    The picture's paragraph keeps with its caption, so the two move to the next page
    together when the table leaves too little room under it.
    """
    tag(doc, "{%p if chart %}")
    picture = para(doc, "{{ chart.image }}", center=True, after=0, before=6)
    fmt = picture.paragraph_format  # type: ignore[attr-defined]
    fmt.line_spacing, fmt.keep_with_next = 1.0, True  # the line is exactly the picture's height
    caption = small_para(doc, "Biểu đồ 1.", 13, bold=True, center=True, after=0, before=6)
    caption.add_run(CHART_CAPTION).font.size = Pt(13)
    caption.paragraph_format.keep_with_next = True
    tag(doc, "{%p if chart.missing or chart.left_out %}")
    small_para(doc, CHART_GAP_NOTE, 11, italic=True, indent=False, before=3, after=0)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endif %}")


def cell_text(
    cell: Any,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    center: bool = True,
    right: bool = False,
    new: bool = False,
) -> Any:
    """Write ``text`` (11 pt, 1 pt above and below) in a table cell's first paragraph, or a
    new one with ``new``."""
    p = cell.add_paragraph() if new or not cell.paragraphs else cell.paragraphs[0]
    run = p.add_run(text)
    run.bold, run.italic = bold or None, italic or None
    run.font.size = Pt(11)
    fmt = p.paragraph_format
    fmt.first_line_indent, fmt.line_spacing = Cm(0), 1.0
    fmt.space_before = fmt.space_after = Pt(1)
    if right:
        fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif center:
        fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    tiny_mark(p._p.get_or_add_pPr(), 22)  # an 11 pt mark: the line is as tall as its text
    return p


def small_para(doc: Document, text: str, size: float, **kwargs: Any) -> Any:
    """``para`` in a smaller size, its paragraph mark too, so its lines are as tall as its text."""
    p = para(doc, text, size=size, **kwargs)
    tiny_mark(p._p.get_or_add_pPr(), round(size * 2))  # type: ignore[attr-defined]
    return p


def page_numbers(doc: Document) -> None:
    """Page number centred in the header, 14 pt, not on page 1."""
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.first_line_indent = Cm(0)
    p.paragraph_format.space_after = Pt(0)
    p._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:rPr><w:sz w:val="28"/>'
            "</w:rPr><w:t>2</w:t></w:r></w:fldSimple>"
        )
    )
    section.first_page_header.is_linked_to_previous = False
    add_child(section._sectPr, "w:pgNumType").set(qn("w:start"), "1")


def preserve_spaces(doc: Document) -> None:
    """Keep the blanks the clerk fills ("Số:      /BC-SCT") in every text element."""
    parts = [doc.element, *(s.header._element for s in doc.sections)]
    for part in parts:
        for t in part.iter(qn("w:t")):
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def package_for_word(doc: Document) -> None:
    """Word 2013+ mode, baocao's own properties, no thumbnail or stylesWithEffects.

    python-docx's default package was last saved by Word 2010 for Mac: its
    app.xml, thumbnail and stylesWithEffects part describe that file, not this one.
    """
    upgrade_to_word_2013(doc)
    settings = doc.settings.element
    for preview in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(preview)  # Word would save a thumbnail again
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    set_properties(doc, title="Báo cáo tháng", creator="", stamp=stamp)
    doc.core_properties.comments = ""


def keep_used_styles(doc: Document) -> None:
    """Drop the styles nothing uses from python-docx's default styles.xml (164 styles,
    350 kB): every report carries, parses and checks that part, and Word adds a built-in
    style again the moment an office applies it. Kept: the defaults, every style a part
    names, and what those are based on, linked to or followed by."""
    styles = doc.styles.element
    by_id = {s.get(qn("w:styleId")): s for s in styles.iterchildren(qn("w:style"))}
    wanted = {i for i, s in by_id.items() if s.get(qn("w:default")) in ("1", "true")}
    parts = [
        part.element
        for part in doc.part.package.iter_parts()
        if part.partname.endswith(".xml") and hasattr(part, "element")
    ]
    names = ("w:pStyle", "w:rStyle", "w:tblStyle", "w:numStyleLink", "w:styleLink")
    for part in parts:
        for name in names:
            wanted |= {el.get(qn("w:val")) for el in part.iter(qn(name))}
    todo = list(wanted)
    while todo:
        style = by_id.get(todo.pop())
        for name in ("w:basedOn", "w:link", "w:next"):
            found = style.find(qn(name)) if style is not None else None
            if found is not None and found.get(qn("w:val")) not in wanted:
                wanted.add(found.get(qn("w:val")))
                todo.append(found.get(qn("w:val")))
    for style_id, style in by_id.items():
        if style_id not in wanted:
            styles.remove(style)


def build(out: Path, *, sample: bool = False) -> None:
    """Write the default template, or with ``sample`` the sample's (the seed's wording)."""
    doc = Document()
    doc.element.body.remove(doc.paragraphs[0]._p) if doc.paragraphs else None
    setup_page(doc)
    setup_styles(doc)
    header_block(doc)
    title_block(doc)
    (sample_figures if sample else generic_figures)(doc)
    activities(doc, after=SAMPLE_HEADINGS if sample else None)
    section_two(doc, SAMPLE_SECTION_TWO if sample else GENERIC_SECTION_TWO)
    closing_block(doc)
    page_numbers(doc)
    appendix(doc)
    preserve_spaces(doc)
    keep_used_styles(doc)
    package_for_word(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(out))


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
    build(Path(sys.argv[2]) if len(sys.argv) > 2 else SAMPLE_OUT, sample=True)
