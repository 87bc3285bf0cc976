"""Figures the report would use but does not have, said at their cells: a blank base of
comparison (a note: the sentence leaves its clause out) and a blank ``Lũy kế`` of a
total (a warning: the report has no year-to-date for it), neither of them found in the
earlier workbooks. Where an earlier workbook holds the figure in a cell that is no
number ("#REF!", a formula never calculated, text), it is a warning naming that cell
(``unusable``), not "not in the earlier workbooks".

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from baocao.errors import Severity
from baocao.figures import total_row
from baocao.models import Indicator, MonthlyData
from baocao.period import Period, ReportKind
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, FIGURE_HEADERS
from baocao.units import is_per_time, is_percentage, kind_of
from baocao.unusable import Unusable, left_unknown
from baocao.vnformat import format_at_least

if TYPE_CHECKING:
    from baocao.checks import Findings

# (code, field) → the earlier cells; none when fill has said why (a month's negative figure)
Unknown = Mapping[tuple[str, str], Sequence[Unusable]]
NO_FIGURE = "Báo cáo không có số này."  # a blank figure no sentence of the row needs


# What a typed Lũy kế of a figure not summed is: a rate so far, or a price's average.
def _so_far(unit: str) -> str:
    """What the Lũy kế of a figure not summed would hold: the rate, the average so far."""
    if is_percentage(unit):
        return "tỷ lệ lũy kế"
    return "số bình quân từ đầu năm" if is_per_time(unit) else "giá bình quân từ đầu năm"


# Each base by the words of "câu văn bỏ phần so với …", said when it is unknown.
BASE_WORDS = {
    "previous": "tháng trước",
    "same_period": "cùng kỳ",
    "ytd_same_period": "cùng kỳ (lũy kế)",
}


def check_unknown_bases(found: Findings, data: MonthlyData, unknown: Unknown) -> None:
    """A base left blank (and not found in earlier workbooks) drops its clause: say so."""
    for ind in data.indicators:
        for name, needs in (
            ("previous", ind.value),
            ("same_period", ind.value),
            ("ytd_same_period", ind.ytd),
        ):
            base = BASE_WORDS[name]
            where = found.at(CHI_TIEU, name, ind.row)
            cells = unknown.get((ind.code, name))
            if cells:
                outcome = NO_FIGURE if needs is None else f"Câu văn bỏ phần so với {base}."
                made = name == "ytd_same_period"
                message = left_unknown(FIGURE_HEADERS[name], ind.code, cells, outcome, made=made)
                found.add(False, message, CHI_TIEU, where)
            elif needs is not None and getattr(ind, name) is None and cells is None:
                # Last year's year-to-date is added up from this month's «Cùng kỳ»: blank,
                # that is why, whatever the earlier workbooks hold.
                why = (
                    f"không tính được từ các sổ trước vì «{FIGURE_HEADERS['same_period']}» "
                    "của tháng này cũng để trống"
                    if name == "ytd_same_period" and ind.same_period is None
                    else "không có trong các sổ trước"
                )
                found.put(
                    Severity.INFO,
                    f"«{FIGURE_HEADERS[name]}» của «{ind.code}» để trống và {why}: câu văn bỏ "
                    f"phần so với {base}.",
                    CHI_TIEU,
                    where,
                )


def _month_only(row: Indicator, quarter: bool) -> bool:
    """Whether ``row`` gives its month and not the period's total (``Lũy kế``, or in a
    quarter's report the quarter's sum)."""
    return row.value is not None and row.ytd is None and not (quarter and row.quarter is not None)


def _month_rows(data: MonthlyData, parent: str | None, kind: ReportKind) -> bool:
    """Whether every row under ``parent`` gives its month alone (``_month_only``) and the
    report says ``parent``'s month before them: the view's ``month_rows``, a list the
    default template writes after a top-level row's month sentence, whose figure it breaks
    down; a row's own list follows its line, the month's only when it gives its month
    alone. A top-level row with no month of its own has its total's sentence alone, and
    a list of months after it would read as the total's breakdown."""
    quarter = kind is ReportKind.QUARTER
    head = next((r for r in data.indicators if r.code == parent), None)
    if head is None or head.value is None or (head.parent and not _month_only(head, quarter)):
        return False
    return all(_month_only(row, quarter) for row in data.indicators if row.parent == parent)


# Said of a total row whose blank Lũy kế leaves its list of year-to-dates after its month.
_AFTER_MONTH = (
    ", nên danh sách của «{0}», mà mỗi dòng chỉ nêu số cộng dồn từ đầu năm, sẽ được viết sau "
    "câu về tháng {1}, như thể chia nhỏ số của tháng"
)


def _total_rows(data: MonthlyData, head: Indicator) -> bool:
    """Whether ``head`` gives its month and every row under it its year-to-date alone (the
    view's ``total_rows``): a list that the default template writes after the total's
    sentence, which breaks it down, and, ``head`` having no total, after the month's: a
    list of parts larger than their whole ("tháng 3/2024 ước đạt 100 tấn …:" over rows "cộng
    dồn 03 tháng đầu năm ước đạt 300 tấn")."""
    rows = [row for row in data.indicators if row.parent == head.code]
    return (
        head.value is not None
        and bool(rows)
        and all(row.ytd is not None and row.value is None for row in rows)
    )


def check_missing_year_to_date(
    found: Findings, data: MonthlyData, unknown: Unknown, kind: ReportKind = ReportKind.MONTH
) -> None:
    """A top-level indicator without a Lũy kế (blank, and not derived from history); any
    row whose blank Lũy kế an earlier cell holding no number left unknown; in a report of
    the months from January (quý I, 6 tháng, 9 tháng, năm), a breakdown row so, whose
    line under its parent gives the period's total: it would give the month's alone."""
    period = Period(data.info.year, data.info.month)
    kind = data.info.kind or kind
    # (a kind that does not fit the month is an error of its own: nothing to add here)
    from_january = period.month in kind.end_months and kind.from_january(period)
    before = period.previous()
    # "the workbook of last month with Lũy kế" misled where that workbook is there but
    # lacks the row (a row new this month): the row's Lũy kế in it is what is needed.
    needs = f" (cần «Lũy kế» của chỉ tiêu này trong sổ tháng {before.short}, hoặc sổ của mọi "
    needs += f"tháng từ tháng 1/{period.year})"
    outcome = "Báo cáo không có số cộng dồn từ đầu năm của chỉ tiêu này."
    listed: dict[str | None, bool] = {}  # by parent: whether its list gives months alone
    for ind in data.indicators:
        cells = unknown.get((ind.code, "ytd"))
        if cells:
            found.add(
                False,
                left_unknown("Lũy kế", ind.code, cells, outcome, made=True, needs=needs),
                CHI_TIEU,
                found.at(CHI_TIEU, "ytd", ind.row),
            )
        elif ind.parent is None and ind.ytd is None and not ind.is_summed:
            what = kind_of(ind.unit)
            plan = ind.annual_plan  # compared with the Lũy kế only: left out with it
            unused = (
                ""
                if plan is None
                else (
                    f" «Kế hoạch năm» ({format_at_least(plan, ind.decimals)}) cũng không được so "
                    "sánh, vì câu so với kế hoạch cần số lũy kế."
                )
            )
            found.put(
                Severity.INFO,
                f"«Lũy kế» của «{ind.code}» để trống: chỉ tiêu này là {what} (đơn vị "
                f"«{ind.unit}»), không cộng các tháng thành số lũy kế; báo cáo chỉ viết số "
                f"của tháng.{unused} Nếu có {_so_far(ind.unit)}, hãy điền vào ô này.",
                CHI_TIEU,
                found.at(CHI_TIEU, "ytd", ind.row),
            )
        elif ind.parent is None and ind.ytd is None and cells is None:  # () said by fill
            listed_after = kind is ReportKind.MONTH and _total_rows(data, ind)
            found.add(
                False,
                f"«Lũy kế» của «{ind.code}» để trống và không tính được từ các sổ trước{needs}: "
                "báo cáo không có số cộng dồn từ đầu năm của chỉ tiêu này"
                + (_AFTER_MONTH.format(ind.code, period.short) if listed_after else "")
                + ". Hãy điền «Lũy kế».",
                CHI_TIEU,
                found.at(CHI_TIEU, "ytd", ind.row),
            )
        elif from_january and ind.ytd is None and ind.is_summed and ind.value is not None:
            if cells is not None:  # () said by fill
                continue
            # A breakdown row (a total is said above): its line gives the period's total,
            # unless no row of its list has one: the list then breaks the month down.
            if ind.parent not in listed:  # each list looked at once, said at its first row
                listed[ind.parent] = _month_rows(data, ind.parent, kind)
                if listed[ind.parent]:
                    found.put(
                        Severity.INFO,
                        f"«Lũy kế» của các dòng trong danh sách của «{ind.parent}» để trống: "
                        f"mỗi dòng nêu số tháng {period.short}, và mẫu báo cáo mặc định viết "
                        f"danh sách sau câu về tháng {period.short}, không sau câu về "
                        f"{kind.period_name(period)}.",
                        CHI_TIEU,
                        found.at(CHI_TIEU, "ytd", ind.row),
                    )
            if listed[ind.parent]:
                continue
            found.add(
                False,
                f"«Lũy kế» của «{ind.code}» để trống và không tính được từ các sổ trước"
                f"{needs}: trong danh sách của «{ind.parent}», dòng của chỉ tiêu này chỉ "
                f"nêu số tháng {period.short}, không nêu số {kind.period_name(period)}. "
                "Hãy điền «Lũy kế».",
                CHI_TIEU,
                found.at(CHI_TIEU, "ytd", ind.row),
            )


def check_missing_period_index(found: Findings, data: MonthlyData, kind: ReportKind) -> None:
    """A report of the months from January (quý I, 6 tháng, 9 tháng, năm) whose
    whole-industry index has no year-to-date index: its paragraph can only say the last
    month's index, where the year-to-date index is the period's (a warning at the blank
    cell). A quarterly report of quý II–IV is not of the year so far: its paragraph says
    the month's index, and "Cộng dồn … tháng đầu năm" when the cell is given, as a
    monthly report's does, so a blank cell there is no more said than in a month's."""
    kind = data.info.kind or kind
    total = total_row(data.iip)
    period = Period(data.info.year, data.info.month)
    if not kind.from_january(period) or total is None or total.ytd_index is not None:
        return
    found.add(
        False,
        f"Báo cáo {kind.period_name(period)} nhưng «Chỉ số lũy kế so với cùng kỳ (%)» của "
        f"«{total.code}» để trống: đoạn chỉ số sản xuất công nghiệp chỉ nêu chỉ số của "
        f"tháng {period.short}. Nếu đã có chỉ số từ đầu năm, hãy điền vào ô này.",
        CHI_SO_SXCN,
        found.at(CHI_SO_SXCN, "ytd_index", total.row),
    )


def check_branch_left_out(found: Findings, data: MonthlyData) -> None:
    """A branch of ChiSoSXCN without the indices of one of the paragraph's two sentences
    (the month's, the year-to-date's) that the row ``iip`` has: the branch is left out of
    that sentence's list (a note at its blank cell). With one sentence only, a branch's
    other figures follow its name there, and in January the year-to-date is the month. A
    branch named without one of the month's indices: ``check_branch_clause_left_out``."""
    check_branch_clause_left_out(found, data)
    total = total_row(data.iip)
    if total is None or data.info.month == 1:
        return
    month = f"tháng {Period(data.info.year, data.info.month).short}"
    ytd = "chỉ số từ đầu năm"
    if total.ytd_index is None or (total.index is None and total.mom_index is None):
        return
    for row in data.iip:
        if row.code == total.code:
            continue
        if row.ytd_index is None:
            header, field = "«Chỉ số lũy kế so với cùng kỳ (%)»", "ytd_index"
            left, kept, has = ytd, month, "chỉ số này"
        elif row.index is None and row.mom_index is None:
            header = "«Chỉ số so với cùng kỳ (%)» và «Chỉ số so với tháng trước (%)»"
            field, left, kept, has = "index", month, ytd, f"chỉ số của {month}"
        else:
            continue
        found.put(
            Severity.INFO,
            f"{header} của «{row.code}» để trống, trong khi dòng «{total.code}» có {has}: "
            "đoạn chỉ số sản xuất công nghiệp không nêu ngành này trong câu về "
            f"{left}, chỉ nêu trong câu về {kept}.",
            CHI_SO_SXCN,
            found.at(CHI_SO_SXCN, field, row.row),
        )


def check_branch_clause_left_out(found: Findings, data: MonthlyData) -> None:
    """A branch of ChiSoSXCN named in the paragraph by its other index, whose index against
    the same month or the previous one is blank while the row ``iip`` has it: its clause is
    left out without a word (a column pasted one row off leaves such a blank). A note at
    the blank cell, when most branches have that index (an office that gives it for the
    whole industry alone is not told of every branch); in January a year-to-date index
    stands for the month's."""
    total = total_row(data.iip)
    if total is None:
        return
    against = {"index": "cùng kỳ", "mom_index": "tháng trước"}
    branches = [r for r in data.iip if r.code != total.code]
    for row in branches:
        for field, other in (("index", "mom_index"), ("mom_index", "index")):
            given = sum(getattr(r, field) is not None for r in branches)
            if getattr(total, field) is None or getattr(row, field) is not None:
                continue
            if 2 * given <= len(branches):
                continue
            january = field == "index" and data.info.month == 1 and row.ytd_index is not None
            if getattr(row, other) is None or january:
                continue  # not named by the month's indices: check_branch_left_out
            found.put(
                Severity.INFO,
                f"«{CHI_SO_SXCN.header(field)}» của «{row.code}» để trống, trong khi dòng "
                f"«{total.code}» có chỉ số này: đoạn chỉ số sản xuất công nghiệp nêu ngành "
                f"này mà không có phần so với {against[field]}.",
                CHI_SO_SXCN,
                found.at(CHI_SO_SXCN, field, row.row),
            )
