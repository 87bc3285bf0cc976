"""Checks across rows and sheets of a parsed month: what the reader alone cannot see.

Each check adds located problems and never raises. Errors stop ``build``;
warnings ask the user to look again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from baocao import growth, vnformat
from baocao.basenames import check_base_names
from baocao.breakdowns import check_breakdowns
from baocao.cells import Locator
from baocao.coarse import coarse_figures
from baocao.config import Config
from baocao.errors import Problem, Severity
from baocao.figures import misplaced_trade, nil_trade
from baocao.iipweights import check_index_within_branches
from baocao.lintdata import typo_of
from baocao.models import INDEX_FIELDS, INDEX_RANGE, IipRow, Indicator, MonthlyData
from baocao.parents import MAX_LEVELS, chains
from baocao.pastedindex import below_one, check_pasted_indices, not_positive, outside_range
from baocao.period import Period, ReportKind, not_asked
from baocao.phrasekeys import check_answers
from baocao.planname import check_plan_name
from baocao.plausible import (
    beyond_belief,
    check_assessment,
    check_bases,
    check_missing_month,
    check_sign_date,
    check_twice_named,
    index_beyond_belief,
)
from baocao.ratechecks import large_points_change, rate_decimals_lost
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, FIGURE_HEADERS, THONG_TIN, SheetSpec
from baocao.signerblock import check_signer
from baocao.tradebalance import balance_codes
from baocao.unknowns import (
    check_branch_left_out,
    check_missing_period_index,
    check_missing_year_to_date,
    check_unknown_bases,
)
from baocao.unusable import Unusable
from baocao.vnformat import clipped, format_at_least, format_number, format_percent, half_unit

CODE_PATTERN = re.compile(r"^[a-z0-9_.]+$")
# A document number alone: digits, not all zeros, maybe a letter or two ("65", "65a"); the
# symbol ("/BC-SCT") comes from the config.
DOC_NUMBER = re.compile(r"^(?=\d*[1-9])\d{1,7}[^\W\d_]{0,2}$")


@dataclass
class Findings:
    path: Path
    locator: Locator
    problems: list[Problem] = field(default_factory=list)

    def add(self, severe: bool, message: str, spec: SheetSpec, cell: str | None) -> None:
        self.put(Severity.ERROR if severe else Severity.WARNING, message, spec, cell)

    def put(self, severity: Severity, message: str, spec: SheetSpec, cell: str | None) -> None:
        self.problems.append(Problem(severity, message, self.path, self.locator.sheet(spec), cell))

    def at(self, spec: SheetSpec, field_name: str, row: int) -> str:
        return self.locator.cell(spec, field_name, row)


def check_month(found: Findings, data: MonthlyData, period: Period) -> None:
    """``thang``/``nam`` in the workbook must be the month asked for."""
    asked = (
        ("thang", "tháng", data.info.month, period.month),
        ("nam", "năm", data.info.year, period.year),
    )
    for key, what, typed, wanted in asked:
        if typed != wanted:
            said = not_asked(what, typed, wanted)
            found.add(True, said, THONG_TIN, found.locator.info.get(key))


def check_codes(found: Findings, data: MonthlyData) -> None:
    """Codes are well formed and unique; every ``Thuộc`` names another code, without cycles."""
    tables: tuple[tuple[SheetSpec, Sequence[Indicator | IipRow]], ...] = (
        (CHI_TIEU, data.indicators),
        (CHI_SO_SXCN, data.iip),
    )
    for spec, rows in tables:
        counts = Counter(r.code for r in rows)
        first = {r.code: r.row for r in reversed(rows)}
        for r in rows:
            where = found.at(spec, "code", r.row)
            if not CODE_PATTERN.match(r.code):
                found.add(
                    True,
                    f"Mã «{r.code}» chỉ được gồm chữ thường không dấu, chữ số, dấu «_» và dấu «.».",
                    spec,
                    where,
                )
            if counts[r.code] > 1 and first[r.code] != r.row:
                found.add(True, f"Mã «{r.code}» bị trùng với hàng {first[r.code]}.", spec, where)
    parents = {i.code: i.parent for i in data.indicators}
    loops, depths = chains(parents)
    for ind in data.indicators:
        where = found.at(CHI_TIEU, "parent", ind.row)
        cycle = loops.get(ind.code, [])
        if ind.parent == ind.code:
            found.add(
                True,
                f"«Thuộc» ghi «{ind.parent}», chính mã của dòng này: một chỉ tiêu không thuộc "
                "chính nó. Hãy ghi mã của chỉ tiêu mẹ, hoặc để trống nếu đây là chỉ tiêu tổng.",
                CHI_TIEU,
                where,
            )
        elif ind.parent is not None and ind.parent not in parents:
            meant = typo_of(ind.parent, [c for c in parents if c != ind.code])
            found.add(
                True,
                f"«Thuộc» ghi mã «{ind.parent}», nhưng không có chỉ tiêu nào khác mang mã này"
                + (f" (có phải mã «{meant}»?)" if meant else "")
                + ".",
                CHI_TIEU,
                where,
            )
        elif cycle:
            chain = ", ".join(f"«{c}» thuộc «{parents[c]}»" for c in cycle)
            found.add(
                True,
                f"«Thuộc» của «{ind.code}» tạo thành vòng lặp ({chain}): chỉ tiêu thuộc "
                "chính chỉ tiêu con của nó.",
                CHI_TIEU,
                where,
            )
        elif depths.get(ind.code) == MAX_LEVELS + 1:  # said once, where the chain passes
            found.add(
                True,
                f"«Thuộc» của «{ind.code}» đặt chỉ tiêu này sâu quá {MAX_LEVELS} tầng dưới chỉ "
                "tiêu tổng (chỉ tiêu con của chỉ tiêu con…): báo cáo không viết được ngần ấy "
                "tầng. Hãy cho nó thuộc một chỉ tiêu ở tầng trên.",
                CHI_TIEU,
                where,
            )


def check_values(
    found: Findings, data: MonthlyData, derived: Mapping[tuple[str, str], str]
) -> None:
    """No negative figures: one made from a row's own negative figure is said at that
    figure's cell only, one made from the earlier workbooks at its blank cell; indices
    above 0, and within 30–500 unless confirmed in ThongTin."""
    for ind in data.indicators:
        negative = [n for n in FIGURE_HEADERS if (getattr(ind, n) or 0) < 0]
        typed = [n for n in negative if (ind.code, n) not in derived]
        for name in typed or negative:
            value, header = getattr(ind, name), FIGURE_HEADERS[name]
            shown = format_at_least(value, ind.decimals)
            said = f"Cột «{header}» không được âm, nhưng là {shown}."
            if (ind.code, name) in derived:  # fill's note: "tính bằng …"
                how = derived[(ind.code, name)]
                said = f"«{header}» để trống nên đã được {how}: {shown}, mà không được âm."
            positive = format_at_least(-value, ind.decimals)
            found.add(
                True,
                f"{said} Báo cáo không viết số âm: "
                + (
                    f"một tỷ lệ giảm hãy ghi thành chỉ tiêu có tên nói rõ chiều của nó, với số "
                    f"dương (ví dụ «Mức giảm chỉ số giá tiêu dùng»: {positive})."
                    if ind.is_rate
                    else "một hiệu số âm (cán cân thương mại) hãy ghi thành chỉ tiêu có tên nói "
                    f"rõ chiều của nó, với số dương (ví dụ «Nhập siêu»: {positive})."
                ),
                CHI_TIEU,
                found.at(CHI_TIEU, name, ind.row),
            )
    low, high = INDEX_RANGE
    for row in data.iip:
        for name in INDEX_FIELDS:
            index = getattr(row, name)
            where = found.at(CHI_SO_SXCN, name, row.row)
            shown = format_at_least(index, row.pct_decimals) if index is not None else ""
            if index is not None and index <= 0:
                found.add(True, not_positive(index, row.pct_decimals), CHI_SO_SXCN, where)
            elif index is not None and index_beyond_belief(index):
                found.add(
                    True,
                    f"Chỉ số {shown} nghĩa là {index_beyond_belief(index)} kỳ so sánh: không "
                    "thể là số thật, kể cả khi đã xác nhận ở khóa «chi_so_bat_thuong»."
                    f"{below_one(index, row.pct_decimals)} Hãy kiểm tra lại.",
                    CHI_SO_SXCN,
                    where,
                )
            elif index is not None and not low <= index <= high and not data.info.unusual_index:
                said = outside_range(index, row.pct_decimals, data)
                found.add(True, said, CHI_SO_SXCN, where)


def check_year_to_date(found: Findings, data: MonthlyData) -> None:
    """A year-to-date is not below its month (a rate's may be: it is no sum of months),
    and in January it is the month itself (an index's too: in January the year-to-date
    index is the month's against last year)."""
    january = data.info.month == 1
    for ind in data.indicators:
        tolerance = half_unit(ind.decimals)
        for ytd_name, ytd, month_value, label in (
            ("ytd", ind.ytd, ind.value, "tháng báo cáo"),
            ("ytd_same_period", ind.ytd_same_period, ind.same_period, "cùng kỳ"),
        ):
            if ytd is None or month_value is None or (not ind.is_summed and not january):
                continue
            where = found.at(CHI_TIEU, ytd_name, ind.row)
            header = FIGURE_HEADERS[ytd_name]
            if january and abs(ytd - month_value) > vnformat.leeway(ind.decimals, ytd, month_value):
                found.add(
                    True,
                    f"Tháng 1 thì «{header}» phải bằng số của {label} "
                    f"({format_at_least(month_value, ind.decimals)}), nhưng là "
                    f"{format_at_least(ytd, ind.decimals)}.",
                    CHI_TIEU,
                    where,
                )
            elif not january and ytd < month_value - tolerance:  # January: one figure
                found.add(
                    False,
                    f"«{header}» ({format_at_least(ytd, ind.decimals)}) nhỏ hơn số "
                    f"của {label} ({format_at_least(month_value, ind.decimals)}); hãy kiểm "
                    "tra lại.",
                    CHI_TIEU,
                    where,
                )
    for row in data.iip if january else ():
        index, ytd, d = row.index, row.ytd_index, row.pct_decimals  # one figure, maybe rounded
        if index is None or ytd is None or abs(ytd - index) <= vnformat.leeway(d, ytd, index):
            continue
        found.add(
            False,
            f"Tháng 1 thì «{CHI_SO_SXCN.header('ytd_index')}» phải bằng "
            f"«{CHI_SO_SXCN.header('index')}» ({format_at_least(index, d)}),"
            f" nhưng là {format_at_least(ytd, d)}.",
            CHI_SO_SXCN,
            found.at(CHI_SO_SXCN, "ytd_index", row.row),
        )


def check_large_changes(
    found: Findings,
    data: MonthlyData,
    limit: Decimal,
    derived: Mapping[tuple[str, str], str] | None = None,
) -> None:
    """A total (an indicator without ``Thuộc``) that changes by more than ``limit`` percent:
    the month on the previous month and the same month, the year-to-date on last year's
    (after January, where it is the month). ``derived`` says how a blank year-to-date was
    made ((code, field) → "tính bằng …"), so the warning names the earlier workbook.

    Breakdown rows are left out: small sectors swing widely, and a mistyped breakdown
    figure shows in the breakdown sum; so is a trade balance checked against the exports
    and imports (``tradebalance``): it swings widely while both, checked here, change little."""
    balanced = balance_codes(data)
    for ind in (i for i in data.indicators if i.parent is None and i.code not in balanced):
        if ind.is_rate:  # its changes are said in points, and so is what is too large
            large_points_change(found, ind, limit, data.info.month)
            continue
        if data.info.month > 1:
            _large_ytd_change(found, ind, limit, derived or {})
        for header, base in (("tháng trước", ind.previous), ("cùng kỳ", ind.same_period)):
            pct = growth.pct_change(ind.value, base)
            if beyond_belief(ind.value, base, ind.decimals):
                continue  # an error at the base already (plausible.check_bases)
            if pct is not None and abs(pct) > limit:
                found.add(
                    False,
                    f"«{ind.name}» thay đổi {format_percent(pct)} so với {header} "
                    f"(quá ±{format_number(limit)}%); hãy kiểm tra lại số liệu.",
                    CHI_TIEU,
                    found.at(CHI_TIEU, "value", ind.row),
                )


def _large_ytd_change(
    found: Findings, ind: Indicator, limit: Decimal, derived: Mapping[tuple[str, str], str]
) -> None:
    """The year-to-date against last year's beyond ``limit``, saying how a blank one was made."""
    pct = growth.pct_change(ind.ytd, ind.ytd_same_period)
    if (
        pct is None
        or abs(pct) <= limit
        or beyond_belief(ind.ytd, ind.ytd_same_period, ind.decimals)
    ):
        return  # beyond belief: an error at the base already (plausible.check_bases)
    tolerance = half_unit(ind.decimals)
    for ytd, month in ((ind.ytd, ind.value), (ind.ytd_same_period, ind.same_period)):
        if ytd is not None and month is not None and ytd < month - tolerance:
            return  # below its month: a warning already (check_year_to_date)
    how = [
        f"«{FIGURE_HEADERS[name]}» để trống nên đã được {derived[(ind.code, name)]}"
        for name in ("ytd", "ytd_same_period")
        if (ind.code, name) in derived
    ]
    said = f"«Lũy kế» của «{ind.name}» thay đổi {format_percent(pct)} so với «Lũy kế cùng kỳ» "
    said += f"(quá ±{format_number(limit)}%)"
    found.add(
        False,
        f"{said}. {'; '.join(how)}: hãy kiểm tra các số đã dùng, hoặc điền số vào ô."
        if how
        else f"{said}; hãy kiểm tra lại số liệu.",
        CHI_TIEU,
        found.at(CHI_TIEU, "ytd", ind.row),
    )


def check_doc_number(found: Findings, data: MonthlyData, symbol: str) -> None:
    """``so_van_ban`` is the number alone: the report adds "/" and the config's symbol."""
    typed = data.info.doc_number
    if typed is not None and not DOC_NUMBER.match(typed):
        number = clipped(typed)  # a page pasted in the cell was echoed twice, whole
        found.add(
            True,
            f"Khóa «so_van_ban» chỉ ghi số của văn bản (ví dụ «65»), nhưng là «{number}»: ký "
            f"hiệu «/{symbol}» được thêm theo tệp cấu hình, nên báo cáo sẽ in «Số: "
            f"{number}/{symbol}». Hãy chỉ ghi số, hoặc để trống cho văn thư điền.",
            THONG_TIN,
            found.locator.info.get("so_van_ban"),
        )


def check_kind(found: Findings, data: MonthlyData, default: ReportKind) -> None:
    """The config's kind of report, when ThongTin names none, must fit the month."""
    if data.info.kind is None and data.info.month not in default.end_months:
        ends = ", ".join(str(m) for m in default.end_months)
        found.add(
            True,
            f"Cấu hình đặt loại báo cáo «{default.value}» ([report] kind), chỉ lập cho tháng "
            f"{ends}, nhưng sổ là tháng {data.info.month}; hãy ghi loại báo cáo của tháng này "
            "ở khóa «ky_bao_cao» (ví dụ «tháng»).",
            THONG_TIN,
            found.locator.info.get("ky_bao_cao"),
        )


def check_data(
    data: MonthlyData,
    locator: Locator,
    path: Path,
    period: Period,
    config: Config,
    derived: Mapping[tuple[str, str], str] | None = None,
    unknown: Mapping[tuple[str, str], Sequence[Unusable]] | None = None,
) -> list[Problem]:
    """Every cross-row check, with the config's defaults and thresholds; ``derived`` says
    how the blank figures filled from history were made, ``unknown`` which earlier cells
    holding no number left a blank figure unknown (``fill.Filled``)."""
    found = Findings(path, locator)
    check_month(found, data, period)
    check_kind(found, data, config.report.kind)
    check_doc_number(found, data, config.organization.symbol)
    check_signer(found, data, config)
    check_base_names(found, data, config)
    check_plan_name(found, data, config)
    check_answers(found, data)
    check_codes(found, data)
    check_values(found, data, derived or {})
    check_pasted_indices(found, data)
    check_year_to_date(found, data)
    check_large_changes(found, data, config.checks.change_warning_pct, derived)
    check_breakdowns(found, data, (derived or {}).keys())
    # A workbook stating another month (an error above) is not filled from the earlier
    # workbooks: its blank figures are not "not in the earlier workbooks".
    filled = Period(data.info.year, data.info.month) == period
    if filled:
        check_unknown_bases(found, data, unknown or {})
    check_bases(found, data, derived)
    if filled:
        check_missing_year_to_date(found, data, unknown or {}, config.report.kind)
    check_missing_month(found, data, config.report.kind)
    check_missing_period_index(found, data, config.report.kind)
    check_branch_left_out(found, data)
    check_index_within_branches(found, data)
    check_sign_date(found, data, config.report.kind)
    check_assessment(found, data, config)
    check_twice_named(found, data)
    for key, message in [*misplaced_trade(data), *nil_trade(data)]:
        found.add(False, message, THONG_TIN, found.locator.info.get(key))
    for ind in data.indicators:
        rate_decimals_lost(found, ind, data.info.month, derived)
        coarse_figures(found, ind, data.info.month, derived)
    return found.problems
