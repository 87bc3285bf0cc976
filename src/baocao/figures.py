"""The figures section: the workbook's own rows → numbered subsections, views and clauses.

Every indicator and index of the workbook is written, whatever its code: one
subsection per ``Mục`` in order of first appearance (the index paragraph first
within its subsection), a sentence for each indicator without ``Thuộc``, its
breakdowns as lists. The clauses ("tăng 2,2% so với tháng trước" …) use each
row's ``Số lẻ %`` and the report's bases, and are "" when a figure is unknown,
so the template drops them and what is left is still a whole sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from baocao import growth, monthtotal
from baocao.models import IipRow, Indicator, MonthlyData
from baocao.period import Period, ReportKind
from baocao.sheets import FIGURE_HEADERS, normalize_header
from baocao.units import scale_of
from baocao.views import FigureSection, GroupView, IipParagraph, IndicatorView
from baocao.viewvalues import known
from baocao.vnformat import (
    change_clause,
    format_at_least,
    format_known,
    plain_text,
    points_clause,
    row_label,
    share_clause,
)

PREVIOUS_MONTH = "tháng trước"
# The default wording's year-to-date, "cộng dồn 03 tháng đầu năm", said of a price or a
# rate (its typed Lũy kế the average or the rate so far, no sum): "tính chung 03 tháng đầu năm".
_SUMMED, _AVERAGED = "cộng dồn ", "tính chung "
TOTAL_CODE = "iip"


@dataclass(frozen=True)
class Basis:
    """What the clauses of one report compare against, and how its period is named."""

    period: Period
    kind: ReportKind
    same_period: str  # "cùng kỳ", after "so với"
    plan: str  # "so với Kế hoạch năm", after "đạt 23,1%"
    total_label: str  # the period's total in a sentence: "6 tháng đầu năm 2024"
    ytd_label: str  # the year-to-date in a sentence: "cộng dồn 06 tháng đầu năm"

    @property
    def monthly(self) -> bool:
        return self.kind is ReportKind.MONTH

    @property
    def ytd_is_period(self) -> bool:
        """Whether the year-to-date index is the period's: not so for a quarter after the first."""
        return self.kind is not ReportKind.QUARTER or self.period.month <= 3

    @property
    def month_label(self) -> str:
        return f"tháng {self.period.short}"


def total_row(rows: Iterable[IipRow]) -> IipRow | None:
    """The row ``iip``: the whole industry's index (None when the sheet has none)."""
    return next((r for r in rows if r.code == TOTAL_CODE), None)


def is_listed(group: str | None) -> bool:
    """Whether a ``Nhóm`` names a "Trong đó" list (any case, with or without marks): a few
    items of their parent, not a breakdown that adds up to it."""
    return plain_text(group or "").startswith("trong do")


def is_bare_listed(group: str | None) -> bool:
    """Whether a ``Nhóm`` is "Trong đó" alone, headed "Trong đó:" as a blank one is; a
    "Trong đó …" with more words ("Trong đó, một số sản phẩm chủ yếu") is headed so."""
    return plain_text(group or "").rstrip(" :") == "trong do"


def group_view(name: str, items: tuple[IndicatorView, ...]) -> GroupView:
    """A breakdown: "* Name:" with "- " rows, or a "Trong đó" list (blank or "Trong đó …");
    the heading begins a line, so with a capital ("phân theo khu vực" as typed)."""
    if not name or is_bare_listed(name):  # "trong do" typed unmarked too
        return GroupView(name, "Trong đó:", False, items)
    heading = row_label(name)
    if is_listed(name):
        return GroupView(name, heading if name.endswith(":") else f"{heading}:", False, items)
    return GroupView(name, f"* {heading.rstrip(':')}:", True, items)


def _total(ind: Indicator, kind: ReportKind) -> tuple[Decimal | None, Decimal | None]:
    """The period's total and last year's: the quarter for a quarterly report, else Lũy kế."""
    if kind is ReportKind.QUARTER:
        return ind.quarter, ind.quarter_same_period
    return ind.ytd, ind.ytd_same_period


def indicator_views(indicators: Iterable[Indicator], basis: Basis) -> dict[str, IndicatorView]:
    """Views of every indicator with its children and breakdowns, in sheet order.

    Assumes ``checks.check_codes`` passed: unique codes and no cycle of ``Thuộc``.
    """
    rows = list(indicators)
    kids: dict[str, list[Indicator]] = defaultdict(list)
    for row in rows:
        if row.parent is not None:
            kids[row.parent].append(row)
    views: dict[str, IndicatorView] = {}

    def view(ind: Indicator) -> IndicatorView:
        if ind.code not in views:
            children = [(k.group or "", view(k)) for k in kids[ind.code]]
            views[ind.code] = _indicator_view(ind, children, basis)
        return views[ind.code]

    return {row.code: view(row) for row in rows}


def _indicator_view(
    ind: Indicator, children: list[tuple[str, IndicatorView]], basis: Basis
) -> IndicatorView:
    groups: dict[str, list[IndicatorView]] = {}
    for group, child in children:
        groups.setdefault(group, []).append(child)
    d, pd = ind.decimals, ind.pct_decimals
    total, total_same = _total(ind, basis.kind)
    total_label = basis.total_label
    # A quarter that cannot be added up (a month's workbook missing): the year-to-date.
    ytd_instead = basis.kind is ReportKind.QUARTER and total is None and ind.ytd is not None
    if ytd_instead:
        total, total_same, total_label = ind.ytd, ind.ytd_same_period, basis.ytd_label
    if not ind.is_summed and not total_label.startswith(_AVERAGED):  # no sum of its months
        # "cộng dồn 03 tháng đầu năm" → "tính chung 03 tháng đầu năm"; December's "cả năm
        # 2025" and a kind's "6 tháng đầu năm 2025" → "tính chung cả năm 2025", …
        total_label = _AVERAGED + total_label.removeprefix(_SUMMED)
    mom = growth.mom_pct(ind.value, ind.previous)
    yoy = growth.yoy_pct(ind.value, ind.same_period)
    total_yoy = growth.pct_change(total, total_same)
    ytd_yoy = growth.ytd_yoy_pct(ind.ytd, ind.ytd_same_period)
    plan_share = growth.plan_share(ind.ytd, ind.annual_plan)
    code = ind.code
    quarterly = basis.kind is ReportKind.QUARTER and not ytd_instead
    total_name = "tổng quý" if quarterly else FIGURE_HEADERS["ytd"]

    def figure(name: str, value: Decimal | None, header: str | None = None) -> str:
        return known(format_known(value, d), f"«{header or FIGURE_HEADERS[name]}» của «{code}»")

    def clause(text: str, against: str) -> str:
        return known(text, f"mức thay đổi so với {against} của «{code}»")

    def change(pct: Decimal | None, value: Decimal | None, base: Decimal | None, to: str) -> str:
        """The change's clause: a rate's ("%") in percentage points, else relative."""
        if ind.is_rate:
            return points_clause(value, base, to, pd)
        return change_clause(pct, to, pd)

    mom_clause = clause(change(mom, ind.value, ind.previous, PREVIOUS_MONTH), PREVIOUS_MONTH)
    same = basis.same_period
    yoy_clause = clause(change(yoy, ind.value, ind.same_period, same), same)
    total_yoy_clause = clause(change(total_yoy, total, total_same, same), f"{same} ({total_name})")
    plan_clause = _plan_clause(plan_share, basis, pd, said=ytd_instead)
    # A breakdown row's total reads as its parent's: the change, "và" the share of the plan
    # (a row's plan typed was left out of its line, the appendix alone showing it).
    total_clause = " và ".join(c for c in (total_yoy_clause, plan_clause) if c)
    total_line = (
        total_label,
        figure("ytd", total, total_name),
        (total_clause,) * bool(total_clause),
    )
    month_line = (
        f"tháng {basis.period.month}",
        figure("value", ind.value),
        tuple(c for c in (mom_clause, yoy_clause, monthtotal.clause(total_line, ind, basis)) if c),
    )
    use_month = ind.value is not None and (basis.monthly or total is None)
    label, value, clauses = month_line if use_month else total_line
    value_nil, total_nil = (ind.is_summed and v is not None and v == 0 for v in (ind.value, total))
    return IndicatorView(
        code=code,
        name=ind.name,
        unit=ind.unit,
        value=figure("value", ind.value),
        previous=figure("previous", ind.previous),
        same_period=figure("same_period", ind.same_period),
        ytd=figure("ytd", ind.ytd),
        ytd_same_period=figure("ytd_same_period", ind.ytd_same_period),
        annual_plan=figure("annual_plan", ind.annual_plan),
        total=figure("ytd", total, total_name),
        total_label=total_label,
        summed=ind.is_summed,
        mom=mom,
        yoy=yoy,
        ytd_yoy=ytd_yoy,
        plan_share=plan_share,
        total_yoy=total_yoy,
        pct_decimals=pd,
        mom_clause=mom_clause,
        yoy_clause=yoy_clause,
        ytd_yoy_clause=clause(
            change(ytd_yoy, ind.ytd, ind.ytd_same_period, same), f"{same} (lũy kế)"
        ),
        plan_clause=known(plan_clause, f"tỷ lệ đạt kế hoạch năm của «{code}»"),
        total_yoy_clause=total_yoy_clause,
        line_label=label,
        line_value=value,
        line_clauses=clauses,
        value_nil=value_nil,
        total_nil=total_nil,
        line_nil=value_nil if use_month else total_nil,
        # A "Trong đó" list before the named breakdowns: after a named list, "Trong đó:"
        # would read as its last row's own list (a breakdown of that row), as one is written.
        groups=tuple(
            sorted(
                (group_view(name, tuple(items)) for name, items in groups.items()),
                key=lambda g: g.itemized,
            )
        ),
        # Rows that give their month (total) alone break it down, in any kind of report.
        month_rows=bool(children) and all(c.value and not c.total for _, c in children),
        total_rows=bool(children) and all(c.total and not c.value for _, c in children),
        children=tuple(child for _, child in children),
    )


def _plan_clause(share: Decimal | None, basis: Basis, decimals: int, *, said: bool) -> str:
    """ "đạt 23,1% so với Kế hoạch năm": the year-to-date's share, said as such after a
    total that is not the year-to-date (a quarter after the first), unless the sentence
    already is the year-to-date's (``said``)."""
    clause = share_clause(share, basis.plan, decimals)
    named = clause and not basis.ytd_is_period and not said
    return f"{basis.ytd_label} {clause}" if named else clause


def figure_sections(
    indicators: tuple[Indicator, ...],
    views: dict[str, IndicatorView],
    iip_rows: tuple[IipRow, ...],
    paragraph: IipParagraph | None,
    default_heading: str,
) -> tuple[FigureSection, ...]:
    """One subsection per ``Mục``, in order of first appearance, the index first.

    Rows before any ``Mục`` go to the first subsection; rows with ``Thuộc`` are
    written with their parent. Without any ``Mục``, one subsection has the
    config's heading; without any figure, there is none. The markets lines go
    with the first subsection holding an export or import figure, else the last.
    """
    total = total_row(iip_rows)
    tops = [i for i in indicators if i.parent is None]
    if not tops and paragraph is None:
        return ()  # a workbook without figures: Section I is its narrative alone
    order: list[str] = []
    titles: dict[str, str] = {}  # a heading as first typed, by its plain form ("về  Giá" too)
    for section in [total.section if total and paragraph else None, *(i.section for i in tops)]:
        if section and normalize_header(section) not in titles:
            titles[normalize_header(section)] = section
            order.append(section)
    if not order:
        order.append(default_heading)
    first = order[0]

    def heading(section: str | None) -> str:
        return titles[normalize_header(section)] if section else first

    members: dict[str, list[IndicatorView]] = {title: [] for title in order}
    for ind in tops:
        members[heading(ind.section)].append(views[ind.code])
    iip_at = heading(total.section) if total is not None and paragraph else None
    trade_at = next(
        (title for title in order if any(_is_trade(v) for v in members[title])), order[-1]
    )
    return tuple(
        FigureSection(
            number=n,
            title=title,
            iip=paragraph if paragraph is not None and title == iip_at else IipParagraph(),
            indicators=tuple(members[title]),
            trade=title == trade_at,
        )
        for n, title in enumerate(order, start=1)
    )


_TRADE_WORDS = frozenset({"xk", "nk", "xnk"})  # "Kim ngạch XK", code "xnk.tong"


def _is_trade(view: IndicatorView | Indicator) -> bool:
    """An export or import figure, by its name or code ("xuất khẩu", "nhập khẩu", "XK",
    "NK", "XNK"): the markets lines go in its subsection."""
    text = trade_text(view)
    return "xuat khau" in text or "nhap khau" in text or bool(_TRADE_WORDS & set(text.split()))


def trade_text(row: IndicatorView | Indicator) -> str:
    """A row's name and code as the trade words are looked for in them: without marks, a
    code's "_" and "." as spaces ("xnk.tong" → "xnk tong")."""
    return plain_text(f"{row.name} {row.code}").replace("_", " ").replace(".", " ")


TRADE_KEYS = {  # ThongTin's markets and products, the lines ``trade`` places
    "export_markets": "thi_truong_xuat_khau",
    "import_markets": "thi_truong_nhap_khau",
    "export_products": "san_pham_xuat_khau",
    "import_products": "san_pham_nhap_khau",
}


def nil_trade(data: MonthlyData) -> list[tuple[str, str]]:
    """(ThongTin key, what is said of it) for each export (import) market or product typed
    in a month whose every export (import) row without ``Thuộc`` is 0: the report says
    "không phát sinh" and then names the markets of that trade."""
    said = []
    for way, words in (("xuat", ("xuat khau", "xk")), ("nhap", ("nhap khau", "nk"))):
        rows = [i for i in data.indicators if i.parent is None and about_trade(i, words)]
        # The trade's value, where a row gives it in money: not a count named for the trade
        # ("Số doanh nghiệp xuất khẩu", 212 doanh nghiệp) beside exports of 0.
        rows = [i for i in rows if _in_money(i.unit)] or rows
        if not rows or any(i.value is None or i.value != 0 for i in rows):
            continue
        cells = ", ".join(
            f"«{i.name}» {format_at_least(i.value, i.decimals)}"
            for i in rows
            if i.value is not None
        )
        trade = "xuất khẩu" if way == "xuat" else "nhập khẩu"
        for name, key in TRADE_KEYS.items():
            if key.endswith(f"_{way}_khau") and getattr(data.info, name):
                said.append(
                    (
                        key,
                        f"Khóa «{key}» có nội dung, nhưng tháng này {trade} không phát sinh "
                        f"(ChiTieu: {cells}): báo cáo vẫn viết dòng này sau câu «không phát "
                        f"sinh». Hãy để trống khóa này, hoặc sửa số {trade} nếu số đó gõ nhầm.",
                    )
                )
    return said


_MONEY = frozenset({"usd", "dong", "eur"})  # the bases of ``units.scale_of`` a trade is in


def _in_money(unit: str) -> bool:
    scaled = scale_of(unit)
    return scaled is not None and scaled[0] in _MONEY


# Both trades in one name: "xuất nhập khẩu", and as reports also write it, "xuất, nhập
# khẩu", "xuất - nhập khẩu", "xuất/nhập khẩu", "xuất khẩu và nhập khẩu".
_SEP = r"[,;/&+\-\u00b7\u2010-\u2015\u2212]"  # "xuất; nhập khẩu", "XK - NK", dashes, a minus
_BOTH_TRADES = re.compile(rf"\b(?:xuat(?: khau)?|xk)\s*(?:{_SEP}|\bva\b)?\s*(?:nhap khau|nk)\b")


def about_trade(ind: Indicator, words: tuple[str, str] | None) -> bool:
    """Whether a row's name or code is about one trade: the phrase or its abbreviation;
    with ``words`` None, whether it is about both ("xuất, nhập khẩu", "xnk")."""
    text = trade_text(ind)
    if _BOTH_TRADES.search(text) or "xnk" in text.split():  # both trades: neither alone
        return words is None
    return words is not None and (words[0] in text or words[1] in text.split())


def misplaced_trade(data: MonthlyData) -> list[tuple[str, str]]:
    """(ThongTin key, what is said of it) for each market or product typed when no
    indicator without ``Thuộc`` is named for exports or imports: its line then goes after
    the last subsection (``figure_sections``), beside figures it is not about, or nowhere
    in a report without figures."""
    tops = [i for i in data.indicators if i.parent is None]
    if any(_is_trade(i) for i in tops):
        return []
    if tops or data.iip:
        total = total_row(data.iip)
        titles: dict[str, str] = {}  # in order of first appearance, as figure_sections's
        for section in [total.section if total else None, *(i.section for i in tops)]:
            if section:
                titles.setdefault(normalize_header(section), section)
        last = list(titles.values())[-1] if titles else None
        where = f"ở cuối tiểu mục «{last}»" if last else "ở cuối phần số liệu"
        fate = f"mẫu báo cáo mặc định sẽ viết dòng này {where}, cạnh những số liệu không nói về nó"
    else:
        fate = "mẫu báo cáo mặc định sẽ không viết dòng này, vì báo cáo không có phần số liệu"
    said = []
    for name, key in TRADE_KEYS.items():
        if getattr(data.info, name):
            said.append(
                (
                    key,
                    f"Khóa «{key}» có nội dung, nhưng trang ChiTieu không có chỉ tiêu nào "
                    "(không có «Thuộc») mà tên hay mã nói về xuất khẩu, nhập khẩu («xuất "
                    f"khẩu», «XK», «xuat_khau»…): {fate}. "
                    "Hãy thêm chỉ tiêu xuất khẩu, nhập khẩu vào trang ChiTieu, hoặc để trống "
                    "khóa này.",
                )
            )
    return said
