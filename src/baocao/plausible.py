"""Checks that a figure or date the report would print is plausible: what is surely wrong.

- A base of comparison (``Tháng trước``, ``Cùng kỳ``, ``Lũy kế cùng kỳ``,
  ``Kế hoạch năm``) of 0 drops its clause: a warning (not beside a figure of 0 of a
  sum, written "không phát sinh" without a clause). A figure more than
  ``RATIO_LIMIT`` times its base, or under 1/``RATIO_LIMIT`` of it, is no real
  change (a typing or unit mistake): an error at the base (for the plan only
  the upper side counts, and a share that would print as 0).
- A figure other than 0 that its ``Số lẻ`` would print as 0: an error.
- A signing date outside the report month's first day (a report of several months:
  the month before's) … two months after its last day: a warning.
- An assessment word of the index that says rise against a printed fall (or
  the reverse): a warning at ``nhan_dinh_sxcn``, or at the index when the
  config's thresholds chose the word.
- A year-to-date above the annual plan before December and more than twice the plan's
  share of the months gone, or in December more than five times the plan: a warning at
  the plan.
- The same indicator twice under two codes (one name, one ``Thuộc`` and ``Nhóm``; in
  ChiSoSXCN one ``Ngành``): a warning at the second name, since the report writes both.

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from baocao import growth
from baocao.anotherkey import ASSESSMENT_KEY, another_keys_value
from baocao.branchfigure import branch_figure
from baocao.config import Config
from baocao.context import assessment_rule, iip_assessment, report_basis
from baocao.errors import Severity
from baocao.figures import total_row
from baocao.iip import figure_in, graded_clause, iip_paragraph, lead_field
from baocao.models import Indicator, MonthlyData
from baocao.pastedbases import copied_column, copied_from_previous
from baocao.period import Period, ReportKind
from baocao.planpace import far_behind_plan
from baocao.ratechecks import fraction_pair, fraction_rates
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, FIGURE_HEADERS, THONG_TIN, header_words
from baocao.vnformat import format_at_least, format_number, round_half_up

if TYPE_CHECKING:
    from baocao.checks import Findings

RATIO_LIMIT = Decimal(100)
DECEMBER_PLAN_LIMIT = Decimal(500)  # a year's sum past five times its plan, in percent
SIGNING_MONTHS_AFTER = 2  # a report may be signed up to two months after its month ends
# base, the figure compared with it, what the clause compares with
BASES = (
    ("previous", "value", "tháng trước"),
    ("same_period", "value", "cùng kỳ"),
    ("ytd_same_period", "ytd", "cùng kỳ (lũy kế)"),
    ("annual_plan", "ytd", "Kế hoạch năm"),
)


def check_bases(
    found: Findings, data: MonthlyData, derived: Mapping[tuple[str, str], str] | None = None
) -> None:
    """Figures printed as 0 though they are not; zero and implausible bases. ``derived``
    says how a blank base was made from the earlier workbooks (``fill.Filled``): a 0 so
    made is said with it, not with advice to leave blank a cell that is blank. A «Cùng kỳ»
    column typed as a copy of «Tháng trước» (``copied_base_column``) is said once."""
    if derived is None or data.info.month != 1:  # January's, filled: ``pastedbases``
        copied_base_column(found, data, derived or {})
    far_behind_plan(found, data)
    for ind in data.indicators:
        d = ind.decimals
        tiny = set()
        for name, header in FIGURE_HEADERS.items():
            value = getattr(ind, name)
            if value is not None and value > 0 and round_half_up(value, d) == 0:
                tiny.add(name)
                found.add(
                    True,
                    f"«{header}» của «{ind.code}» là một số khác 0 nhưng quá nhỏ để viết với "
                    f"«Số lẻ» = {d}: báo cáo sẽ in thành {format_number(Decimal(0), d)}. Hãy "
                    "kiểm tra số (có thể gõ nhầm đơn vị), hoặc tăng «Số lẻ».",
                    CHI_TIEU,
                    found.at(CHI_TIEU, name, ind.row),
                )
        beyond: list[tuple[str, str, str]] = []  # (base, figure, how) past belief
        fractions: list[tuple[str, str] | None] = []  # a rate's (fraction, percent) cells
        for base_name, figure_name, what in BASES:
            base, figure = getattr(ind, base_name), getattr(ind, figure_name)
            if base is None or figure is None or {base_name, figure_name} & tiny:
                continue
            if ind.is_rate and base_name != "annual_plan":
                fractions.append(fraction_pair(ind, data.info.month, base_name, figure_name))
                continue  # a rate's change is in points: a base of 0% or 0,5% is a real one
            where = found.at(CHI_TIEU, base_name, ind.row)
            base_header, figure_header = FIGURE_HEADERS[base_name], FIGURE_HEADERS[figure_name]
            if base == 0 and figure == 0 and ind.is_summed:
                continue  # none either time: "không phát sinh", no clause left out
            if base == 0:
                how = (derived or {}).get((ind.code, base_name))
                found.add(
                    False,
                    f"«{base_header}» của «{ind.code}» bằng 0 nên không so sánh được "
                    f"«{figure_header}» với {what}: câu văn bỏ phần so với {what}. "
                    + (
                        f"Ô này để trống; số 0 {how}." if how else "Nếu chưa có số, hãy để trống ô."
                    ),
                    CHI_TIEU,
                    where,
                )
                continue
            if base < 0 or figure <= 0:
                continue  # a negative figure is an error of its own; 0 is "giảm 100%"
            ratio = figure / base
            how = _beyond(ratio)
            share = growth.plan_share(figure, base) if base_name == "annual_plan" else None
            # Of the plan, a small share is real (0,5% in January), unless it prints as 0.
            small_share = share is None or round_half_up(share, ind.pct_decimals) != 0
            if base_name == "annual_plan" and ratio <= RATIO_LIMIT and small_share:
                how = ""
            # A sum past its year's plan before December is a mistyped plan when it is
            # more than twice the plan's share of the months gone ("đạt 230,8%" in March;
            # a digit dropped is ten times); exports past their plan in November (101,3%)
            # are news, not a mistake. A rate or a price (a level, not a sum) may stand
            # above its target in any month.
            early = data.info.month < 12 and ind.is_summed
            pace = Decimal(2 * 100 * data.info.month) / 12
            if not how and share is not None and share > max(Decimal(100), pace) and early:
                found.add(
                    False,
                    f"«{figure_header}» của «{ind.code}» ({format_at_least(figure, d)}) đã vượt "
                    f"«{base_header}» ({format_at_least(base, d)}) khi mới đến tháng "
                    f"{data.info.month}: báo cáo sẽ viết «đạt "
                    f"{format_number(share, ind.pct_decimals)}%». Hãy kiểm tra «{base_header}» "
                    "(có thể gõ thiếu một chữ số, hoặc khác đơn vị).",
                    CHI_TIEU,
                    where,
                )
            # In December a plan beaten is news (230,8%); five times is a plan mistyped.
            whole_year = data.info.month == 12 and ind.is_summed
            if not how and share is not None and share > DECEMBER_PLAN_LIMIT and whole_year:
                found.add(
                    False,
                    f"«{figure_header}» của «{ind.code}» ({format_at_least(figure, d)}) gấp hơn "
                    f"5 lần «{base_header}» ({format_at_least(base, d)}) của cả năm: báo cáo sẽ "
                    f"viết «đạt {format_number(share, ind.pct_decimals)}%». Hãy kiểm tra "
                    f"«{base_header}» (có thể gõ thiếu một chữ số, hoặc khác đơn vị).",
                    CHI_TIEU,
                    where,
                )
            if how:
                beyond.append((base_name, figure_name, how))
        _beyond_belief(found, ind, beyond, derived or {})
        fraction_rates(found, ind, fractions)


def _beyond_belief(
    found: Findings,
    ind: Indicator,
    beyond: list[tuple[str, str, str]],
    derived: Mapping[tuple[str, str], str],
) -> None:
    """An error for each base a figure is past belief against, at the base's cell (at the
    figure's, when the base cell is blank and ``derived`` from an earlier workbook); when
    the month's figure is so against both its bases, one way (0,3 under 1/100 of both
    272 and 241), the figure is what is wrong: one error at its own cell."""
    month = [b for b in beyond if b[1] == "value"]
    if len(month) == 2 and month[0][2] == month[1][2] and ind.value is not None:
        beyond = [b for b in beyond if b[1] != "value"]
        how, d = month[0][2], ind.decimals
        bases = " và ".join(
            f"«{FIGURE_HEADERS[b]}» ({format_at_least(getattr(ind, b), d)})" for b, _, _ in month
        )
        found.add(
            True,
            f"«Tháng báo cáo» của «{ind.code}» ({format_at_least(ind.value, d)}) {how} cả "
            f"{bases}: không thể là số thật. Hãy kiểm tra «Tháng báo cáo» (có thể gõ nhầm số, "
            "hoặc khác đơn vị).",
            CHI_TIEU,
            found.at(CHI_TIEU, "value", ind.row),
        )
    for base_name, figure_name, how in beyond:
        base, figure, d = getattr(ind, base_name), getattr(ind, figure_name), ind.decimals
        base_header, figure_header = FIGURE_HEADERS[base_name], FIGURE_HEADERS[figure_name]
        taken = derived.get((ind.code, base_name))  # the base cell is blank: the figure's
        checked, at = (figure_header, figure_name) if taken else (base_header, base_name)
        found.add(
            True,
            f"«{figure_header}» của «{ind.code}» ({format_at_least(figure, d)}) {how} "
            f"«{base_header}» ({format_at_least(base, d)}{f', {taken}' if taken else ''}): "
            f"không thể là số thật. Hãy kiểm tra «{checked}» (có thể gõ nhầm số, hoặc khác "
            "đơn vị).",
            CHI_TIEU,
            found.at(CHI_TIEU, at, ind.row),
        )


def beyond_belief(figure: Decimal | None, base: Decimal | None, decimals: int) -> bool:
    """Whether ``check_bases`` finds ``base`` an error against ``figure``: one that would
    print as 0, or a ratio beyond ``RATIO_LIMIT`` either way (so no change is told)."""
    if figure is None or base is None or base <= 0:
        return False
    if round_half_up(base, decimals) == 0:
        return True
    return figure > 0 and bool(_beyond(figure / base))


def index_beyond_belief(index: Decimal) -> str:
    """Why an index (percent of its base) cannot be true even when confirmed: "" if it can."""
    return _beyond(index / growth.HUNDRED)


def _beyond(ratio: Decimal) -> str:
    """Why a figure ``ratio`` times its base is no real change: "gấp hơn 100 lần" or
    "chưa bằng 1/100" (``RATIO_LIMIT``); "" when it can be one."""
    if ratio > RATIO_LIMIT:
        return f"gấp hơn {format_number(RATIO_LIMIT)} lần"
    if ratio * RATIO_LIMIT < 1:
        return f"chưa bằng 1/{format_number(RATIO_LIMIT)}"
    return ""


def check_missing_month(found: Findings, data: MonthlyData, kind: ReportKind) -> None:
    """An indicator with a Lũy kế but no Tháng báo cáo (blank, and not derived): the
    contract lets it be, but the report then says nothing of the month's figure (a
    quarterly report after the first quarter says so in its own words, ``quarter``; the
    first quarter's total is the year-to-date, so there it is said here). A warning, but a
    note in a report of quý I, 6 or 9 months or the year, which leads with the period's
    total and often holds figures tallied for the period alone (the year's new markets),
    and for a row with no Tháng trước nor Cùng kỳ either (typed, or in the earlier workbooks:
    ``data`` is filled), which an office gives for the period alone month after month
    (products, "8 tháng, thức ăn chăn nuôi đạt 161.110 tấn"): a month forgotten has last
    month's, or last year's same month."""
    period, report = Period(data.info.year, data.info.month), data.info.kind or kind
    if report is ReportKind.QUARTER and period.month > 3:
        return
    for ind in data.indicators:
        bases = (ind.previous, ind.same_period)  # a month's: the row has months
        monthly = report is ReportKind.MONTH and any(b is not None for b in bases)
        severity = Severity.WARNING if monthly else Severity.INFO
        if ind.value is None and ind.ytd is not None:
            # A rate's or a price's Lũy kế is the rate or the average so far, no sum: the
            # report says it "tính chung".
            total = "số cộng dồn" if ind.is_summed else "số tính chung từ đầu năm"
            found.put(
                severity,
                f"«Tháng báo cáo» của «{ind.code}» để trống: báo cáo chỉ nêu {total}, "
                f"không có số ước của tháng {period.short} của chỉ tiêu này. "
                "Hãy điền «Tháng báo cáo» nếu đã có số.",
                CHI_TIEU,
                found.at(CHI_TIEU, "value", ind.row),
            )


def signing_window(period: Period, kind: ReportKind = ReportKind.MONTH) -> tuple[dt.date, dt.date]:
    """The plausible signing dates of a report ending with ``period``: from the month's
    first day (a report of several months, ``kind``, from the month before's: the year's
    is often signed in late November, its figures estimates) to ``SIGNING_MONTHS_AFTER``
    months after its last day."""
    last, first = period, period if kind is ReportKind.MONTH else period.previous()
    for _ in range(SIGNING_MONTHS_AFTER):
        last = last.next()
    end = calendar.monthrange(last.year, last.month)[1]
    return dt.date(first.year, first.month, 1), dt.date(last.year, last.month, end)


def check_sign_date(found: Findings, data: MonthlyData, kind: ReportKind) -> None:
    """``ngay_ky`` within the signing window of the report's (last) month; ``kind``: the
    config's report kind, which the workbook's ``ky_bao_cao`` overrides."""
    signed = data.info.sign_date
    if signed is None:
        return
    period, report = Period(data.info.year, data.info.month), data.info.kind or kind
    first, last = signing_window(period, report)
    covered = f"tháng {period.short}" if report is ReportKind.MONTH else report.period_name(period)
    if not first <= signed <= last:
        found.add(
            False,
            f"Ngày ký {signed:%d/%m/%Y} không hợp với báo cáo {covered}: ngày ký "
            f"của báo cáo này thường từ {first:%d/%m/%Y} đến {last:%d/%m/%Y}. Hãy kiểm tra lại "
            "ngày, tháng, năm.",
            THONG_TIN,
            found.locator.info.get("ngay_ky"),
        )


def check_assessment(found: Findings, data: MonthlyData, config: Config) -> None:
    """The index's assessment word, typed or from the config, that its change contradicts."""
    word = iip_assessment(data, config)
    if not word:
        return
    basis, _ = report_basis(data, config)
    chosen = not data.info.iip_assessment
    paragraph = iip_paragraph(data.iip, basis, word, chosen=chosen)
    if paragraph is None or paragraph.assessment or not paragraph.lead_clauses:
        return
    printed = f"ước {graded_clause(data.iip, word, basis, chosen=chosen)}"
    if data.info.iip_assessment:
        figure, other = figure_in(word), another_keys_value(word, ASSESSMENT_KEY)
        branchs = branch_figure(word, figure, printed) if figure else None
        found.add(
            False,
            branchs
            or f"Nhận định «{word}» (khóa «nhan_dinh_sxcn») có số «{figure}», mà câu văn in ngay "
            f"sau nhận định mức thay đổi tính từ chỉ số ({printed}): báo cáo bỏ nhận định này. "
            "Hãy chỉ ghi lời nhận định, không ghi số (ví dụ «tăng khá», «giảm nhẹ»)."
            if figure
            else f"Khóa «nhan_dinh_sxcn» ghi «{word}», không phải lời nhận định mà là {other} "
            "(có lẽ ghi nhầm dòng): báo cáo bỏ nhận định này. Hãy ghi lời nhận định (ví dụ "
            "«tăng khá», «giảm nhẹ»), hoặc để trống để chương trình chọn theo ngưỡng trong tệp "
            "cấu hình."
            if other
            else f"Nhận định «{word}» (khóa «nhan_dinh_sxcn») trái với chỉ số sản xuất công "
            f"nghiệp ({printed}): báo cáo bỏ nhận định này. Hãy sửa nhận định cho khớp, hoặc "
            "để trống để chương trình chọn theo ngưỡng trong tệp cấu hình.",
            THONG_TIN,
            found.locator.info.get("nhan_dinh_sxcn"),
        )
        return
    rule, total = assessment_rule(data, config), total_row(data.iip)
    if rule is None or total is None:
        return  # not a word of the thresholds: nothing to point at
    found.add(
        False,
        f"Nhận định «{word}» chọn theo ngưỡng «min = {rule.min}» của [[iip_assessment]] trong "
        f"tệp cấu hình trái với chỉ số sản xuất công nghiệp ({printed}): báo cáo bỏ nhận định "
        "này. Hãy sửa các ngưỡng, hoặc ghi nhận định ở khóa «nhan_dinh_sxcn» của ThongTin.",
        CHI_SO_SXCN,
        found.at(CHI_SO_SXCN, lead_field(data.iip, basis) or "index", total.row),
    )


def copied_base_column(
    found: Findings, data: MonthlyData, derived: Mapping[tuple[str, str], str]
) -> None:
    """Every row with «Tháng trước» and «Cùng kỳ» both typed (``COPIED_MIN`` or more, not 0)
    gives them equal (``pastedbases.copied_from_previous``): the «Cùng kỳ» column was pasted
    from «Tháng trước», and each sentence would say one change twice ("tăng 3,0% so với
    tháng trước; tăng 3,0% so với cùng kỳ"), with exit 0. A warning at the first row's «Cùng
    kỳ»; its cells are not compared one by one with last year's (``fill``)."""
    typed = copied_from_previous(data.indicators, derived.keys())
    if not typed:
        return
    said = copied_column(FIGURE_HEADERS["same_period"], len(typed))
    found.add(False, said, CHI_TIEU, found.at(CHI_TIEU, "same_period", typed[0].row))


def check_twice_named(found: Findings, data: MonthlyData) -> None:
    """Two rows of one name (and, in ChiTieu, one ``Thuộc`` and ``Nhóm``, or for rows
    without ``Thuộc`` one ``Mục``), as a clerk adds a row under a new code and leaves the
    old one: the report writes the indicator twice, with two sets of figures or the same
    one. A warning at the second row's name. One name under two headings ("Số cuộc kiểm
    tra" of market control and of food safety) is two indicators, each in its place."""
    plain = header_words  # case, spaces, punctuation and marks aside, as titles are matched
    # Rows before any Mục are written in the first subsection (``parse``).
    first_section = next((i.section for i in data.indicators if i.section), "")

    def place(ind: Indicator) -> tuple[str | None, str]:
        if ind.parent:
            return ind.parent, plain(ind.group or "")
        return None, plain(ind.section or first_section)

    tables = (
        (CHI_TIEU, [(i, (plain(i.name), *place(i))) for i in data.indicators]),
        (CHI_SO_SXCN, [(r, (plain(r.name), None, "")) for r in data.iip]),
    )
    for spec, rows in tables:
        what = "ngành" if spec is CHI_SO_SXCN else "chỉ tiêu"
        first: dict[tuple[str, str | None, str], tuple[str, int]] = {}
        for each, key in rows:
            code, at = first.setdefault(key, (each.code, each.row))
            if at == each.row:
                continue
            found.add(
                False,
                f"«{spec.header('name')}» «{each.name}» của mã «{each.code}» trùng tên với mã "
                f"«{code}» (hàng {at}), nên báo cáo viết {what} này hai lần. Nếu là cùng một "
                f"{what}, hãy xóa một dòng; nếu khác, hãy đặt tên khác.",
                spec,
                found.at(spec, "name", each.row),
            )
