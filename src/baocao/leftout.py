"""What the workbook (or the config) gives that the rendered report leaves out.

Rendering fails loudly when a template names what the context lacks, but not when it
leaves out what the context holds; each of these printed a report without a word, exit
code 0:

- an indicator of ChiTieu, or a row of ChiSoSXCN, with figures that the template's body
  never writes (a template that names codes, facing a row it does not name; a breakdown
  of a breakdown in a template writing one level): only the appendix had it. What the
  template read is recorded while rendering (``reportenv``: ``written``); a warning at the
  row's code;
- ``so_sanh_ke_hoach`` and ``so_sanh_cung_ky`` (ThongTin, else ``[report] plan`` and
  ``[report] same_period`` of the config) name the bases of the figures' sentences. A
  template that writes its own words instead (``attain('Kế hoạch năm')``,
  ``change('cùng kỳ')``, as a template made for one office does) printed "đạt 23,1% so với
  Kế hoạch năm" for a workbook that said "kế hoạch UBND tỉnh giao". Each such word the
  office set (typed in ThongTin, or written in the config: a default left alone is
  nobody's choice) must be in the rendered text whenever a clause of a figure the template
  read says it (``reportenv.OFFERED``: a breakdown's plan share that no sentence writes
  is not looked for); else a warning at the cell, or the config key, that set it;
- ``nhan_dinh_sxcn``, a month's signer (``nguoi_ky``, ``chuc_vu``, ``ky_thay``: a template
  with the director's name written in) and the markets and products typed in ThongTin
  must be in the rendered text as the context gives them; else a warning at their cell.

Texts are compared as read (case, runs of spaces and NFC aside), in the body before its
appendix, the headers and footers (``completeness.rendered_texts``), so a template that
prints the context's values is never warned; the workbook's own paragraphs and tasks
(and, for a market or a name, the products) are set apart first, so words they happen to
say do not stand for the ones the template left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from baocao.blankcells import Unknown, blank_cells
from baocao.cells import Locator
from baocao.config import Config
from baocao.errors import Problem, warning
from baocao.figures import TOTAL_CODE
from baocao.iipscope import said, scope_of
from baocao.models import Info, MonthlyData
from baocao.reportenv import BRANCHES_WRITTEN, offered
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, THONG_TIN
from baocao.substrings import gapped
from baocao.views import ReportContext
from baocao.wordingleft import comparable as _plain
from baocao.wordingleft import unprinted_wording


@dataclass(frozen=True)
class RowCells:
    """Where the workbook's rows are: ChiTieu's and ChiSoSXCN's code cells by code, and
    ThongTin's value cells by key."""

    codes: dict[str, str] = field(default_factory=dict)
    iip: dict[str, str] = field(default_factory=dict)
    info: dict[str, str] = field(default_factory=dict)
    blank: dict[Unknown, tuple[str, str]] = field(default_factory=dict)  # ``blank_cells``

    @classmethod
    def of(cls, data: MonthlyData, locator: Locator) -> RowCells:
        """The cells of ``data``'s rows, as ``locator`` read them."""
        return cls(
            {i.code: locator.cell(CHI_TIEU, "code", i.row) for i in data.indicators},
            {r.code: locator.cell(CHI_SO_SXCN, "code", r.row) for r in data.iip},
            dict(locator.info),
            blank_cells(data, locator),
        )


def left_out(
    context: ReportContext,
    info: Info,
    written: set[str],
    text: str,
    workbook: Path,
    cells: RowCells,
    config: Config,
) -> list[Problem]:
    """Everything this module finds: the rows ``unwritten``, then the words
    ``left_out_phrases`` (``text``: the rendered report's), then the config's title and
    headings (``wordingleft``)."""
    return (
        unwritten(context, written, workbook, cells)
        + unsaid_scope(context, written, text, workbook, cells)
        + left_out_phrases(context, info, text, workbook, cells.info, config, offered(written))
        + unprinted_wording(context, text, config)
    )


_LEFT_OUT = (
    "{who} ghi «{words}», nhưng báo cáo tạo ra không có cụm từ này: mẫu báo cáo tự viết "
    "cụm từ của nó (ví dụ {fixed}) thay cho cụm từ của đơn vị. Hãy sửa mẫu báo cáo để dùng "
    "{tag}, hoặc xóa {what} nếu mẫu báo cáo không cần."
)
_NO_ASSESSMENT = (
    "Khóa «nhan_dinh_sxcn» ghi «{words}», nhưng báo cáo tạo ra không có nhận định này: mẫu "
    "báo cáo không in {{{{ iip_assessment }}}} trong câu về chỉ số sản xuất công nghiệp. Hãy "
    "thêm {{{{ iip_assessment }}}} vào câu đó của mẫu báo cáo, hoặc xóa ô này nếu không cần."
)
# Each base: ThongTin's key, its Info field, the config's [report] key, what a template made
# for one office writes instead, and the tag that writes the office's words.
_BASES = (
    ("so_sanh_ke_hoach", "plan_base", "plan", "attain('Kế hoạch năm')", "attain(report.plan)"),
    (
        "so_sanh_cung_ky",
        "same_period_base",
        "same_period",
        "change('cùng kỳ')",
        "change(report.same_period)",
    ),
)


def left_out_phrases(
    context: ReportContext,
    info: Info,
    text: str,
    workbook: Path,
    info_cells: dict[str, str],
    config: Config,
    clauses: Iterable[str],
) -> list[Problem]:
    """A warning for each base or assessment the office set that ``text`` (the rendered
    report's) does not hold though a clause the template read (``clauses``: those of the
    figures it wrote) says it; ``info_cells`` are ThongTin's value cells by key."""
    # The office's words are looked for outside the workbook's paragraphs and tasks: a
    # HoatDong paragraph saying "tăng khá" or "kế hoạch UBND tỉnh giao" is not the sentence.
    paragraphs = [i.text for s in context.activities for i in s.items]
    said = _apart(_plain(text), [*paragraphs, *(t.text for t in context.tasks)])
    offered = [_plain(c) for c in clauses]
    found = []
    for key, attribute, name, fixed, tag in _BASES:
        typed = getattr(info, attribute)
        words = getattr(context.report, name)
        plain = _plain(words)
        if typed is None and name not in config.report.model_fields_set:
            continue  # the default: nobody's choice
        if plain in said or not any(plain in clause for clause in offered):
            continue
        own = typed is not None  # typed in ThongTin, else written in the config
        who = f"Khóa «{key}»" if own else f"Mục [report] {name} của tệp cấu hình"
        what = "ô này" if own else "khóa này"
        message = _LEFT_OUT.format(who=who, words=words, fixed=fixed, tag=tag, what=what)
        found.append(
            warning(message, workbook, THONG_TIN.name, info_cells.get(key))
            if own
            else warning(message, config.source, place=f"report.{name}")
        )
    words = context.iip_assessment
    if info.iip_assessment and words and len(context.iip) and _plain(words) not in said:
        message = _NO_ASSESSMENT.format(words=words)
        found.append(warning(message, workbook, THONG_TIN.name, info_cells.get("nhan_dinh_sxcn")))
    traded = any(section.trade for section in context.figures)
    # Nor is a market or a name of the products («Mỹ» of «mỹ phẩm») the one printed.
    products = (context.trade.export_products, context.trade.import_products)
    for key, attribute, printed, tag in _TYPED:
        if not getattr(info, attribute) or (key in _TRADE and not traded):
            continue
        where = said if key in _PRODUCTS else _apart(said, map(_unended, products))
        missing = next((p for p in printed(context) if _plain(_unended(p)) not in where), None)
        if missing:
            message = _NOT_PRINTED.format(key=key, words=missing, tag=tag)
            found.append(warning(message, workbook, THONG_TIN.name, info_cells.get(key)))
    return found


_NOT_PRINTED = (
    "Khóa «{key}» có «{words}», nhưng báo cáo tạo ra không có «{words}»: mẫu báo cáo không "
    "in {tag} (có thể mẫu viết sẵn chữ của nó). Hãy sửa mẫu báo cáo để in {tag}, hoặc xóa ô "
    "này nếu không cần."
)
# ThongTin's other texts for this month's report, each as the context prints it, and the
# tag that prints it: a template with the director's name written in printed it under a
# month signed by a deputy. The markets and products go after the trade subsection: with
# no subsection of figures, there is none.
_TYPED: tuple[tuple[str, str, Callable[[ReportContext], Iterable[str]], str], ...] = (
    ("nguoi_ky", "signer_name", lambda c: (c.signer.name,), "{{ signer.name }}"),
    ("chuc_vu", "signer_title", lambda c: (c.signer.title,), "{{ signer.title }}"),
    ("ky_thay", "signer_authority", lambda c: (c.signer.authority,), "{{ signer.authority }}"),
    (
        "thi_truong_xuat_khau",
        "export_markets",
        lambda c: c.trade.export_markets,
        "trade.export_markets",
    ),
    (
        "thi_truong_nhap_khau",
        "import_markets",
        lambda c: c.trade.import_markets,
        "trade.import_markets",
    ),
    (
        "san_pham_xuat_khau",
        "export_products",
        lambda c: (c.trade.export_products,),
        "{{ trade.export_products | sentence }}",
    ),
    (
        "san_pham_nhap_khau",
        "import_products",
        lambda c: (c.trade.import_products,),
        "{{ trade.import_products | sentence }}",
    ),
)
_TRADE = frozenset(key for key, *_ in _TYPED[3:])
_PRODUCTS = frozenset(key for key, *_ in _TYPED[5:])
_APART_MIN = 20  # characters of a text of the workbook set apart: a few words may be the template's


def _apart(said: str, texts: Iterable[str]) -> str:
    """``said`` (``_plain``) with each of ``texts`` of at least ``_APART_MIN`` characters
    taken out, a gap in its place."""
    plains = [plain for plain in map(_plain, texts) if len(plain) >= _APART_MIN]
    return gapped(said, plains)  # " | " for each: one by one, or at once for thousands


def _unended(text: str) -> str:
    """``text`` without the marks ``sentence`` may change at its end ("sắt thép;")."""
    return text.rstrip(" .,;:/")


def unwritten(
    context: ReportContext, written: set[str], workbook: Path, cells: RowCells
) -> list[Problem]:
    """A warning at each indicator, and each index row, with figures that the rendered
    report's body left out (``written``: what the template read)."""
    found = [
        warning(_UNWRITTEN.format(code=code), workbook, CHI_TIEU.name, cells.codes.get(code))
        for code, view in context.ct.items()
        if code not in written and (view.value or view.total or view.ytd)
    ]
    found += [
        warning(_UNWRITTEN_IIP.format(code=code), workbook, CHI_SO_SXCN.name, cells.iip.get(code))
        for code, row in context.iip.items()
        if code not in written
        and (code == TOTAL_CODE or BRANCHES_WRITTEN not in written)
        and (row.index or row.mom_index or row.ytd_index)
    ]
    return found


def unsaid_scope(
    context: ReportContext, written: set[str], text: str, workbook: Path, cells: RowCells
) -> list[Problem]:
    """A warning at the ``iip`` row when its name leaves part of the industry out
    (``iipscope``) and the report, which wrote its index, does not say so: a template
    writing "Chỉ số sản xuất công nghiệp tháng {{ month }}" instead of ``s.iip.lead_label``
    printed the index as the whole industry's."""
    row = context.iip.get(TOTAL_CODE)
    if row is None or TOTAL_CODE not in written:
        return []
    scope = scope_of(row.name)[1:-1]  # its words without their brackets
    if not scope or said(_plain(scope), _plain(text)):
        return []
    message = _UNSAID_SCOPE.format(name=row.name, scope=scope)
    return [warning(message, workbook, CHI_SO_SXCN.name, cells.iip.get(TOTAL_CODE))]


_UNSAID_SCOPE = (
    "Ngành «iip» có tên «{name}»: chỉ số có phạm vi «{scope}», nhưng báo cáo tạo ra không "
    "nói phạm vi này, nên câu về chỉ số sản xuất công nghiệp đọc như chỉ số của toàn "
    "ngành. Mẫu mặc định nói phạm vi này ngay sau «Chỉ số sản xuất công nghiệp» (trường "
    "s.iip.lead_label). Hãy sửa mẫu báo cáo, hoặc sửa tên ngành nếu chỉ số là của toàn ngành."
)
_UNWRITTEN = (
    "Chỉ tiêu «{code}» có số liệu nhưng mẫu báo cáo không viết chỉ tiêu này vào thân "
    "báo cáo (nhiều nhất chỉ có ở phụ lục). Mẫu mặc định viết mọi chỉ tiêu, mỗi dòng "
    "chia nhỏ ngay dưới dòng mà nó «Thuộc»; một mẫu riêng chỉ viết các mã có trong mẫu. "
    "Hãy sửa mẫu báo cáo, hoặc bỏ dòng này nếu không cần báo cáo."
)
_UNWRITTEN_IIP = (
    "Ngành «{code}» có chỉ số nhưng mẫu báo cáo không viết ngành này vào thân báo cáo "
    "(nhiều nhất chỉ có ở phụ lục). Mẫu mặc định viết mọi ngành (s.iip.branches); một mẫu "
    "riêng chỉ viết các mã có trong mẫu (iip['mã']). Hãy sửa mẫu báo cáo, hoặc bỏ dòng này "
    "nếu không cần báo cáo."
)
