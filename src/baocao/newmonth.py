"""The new month workbook (``baocao init``): the contract's sheets, ready to fill.

Indicator rows come from the latest usable earlier workbook of the data folder
(the newest that parses without errors; newer ones are skipped with a warning),
or the default list; ``Tháng trước`` and ``Cùng kỳ`` from history (in the row's
unit only); number formats and validation from each row's decimals; the
subsection headings of the last three workbooks; and last month's tasks on a
sheet of their own to draw on. Only structure and figures are carried into the
sheets baocao reads: no paragraph, task or ThongTin text of an earlier month.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from baocao.errors import InputError, Problem, Severity, counts, warning
from baocao.excel import NewSheet, read_workbook
from baocao.history import History, headings_of, records_of
from baocao.models import MonthlyData
from baocao.parse import parse_workbook
from baocao.period import Period
from baocao.sheets import (
    CHI_SO_SXCN,
    CHI_TIEU,
    HOAT_DONG,
    INFO_KEYS,
    NHIEM_VU,
    PREVIOUS_TASKS,
    THONG_TIN,
    column_letter,
)
from baocao.sourced import same_unit
from baocao.starter import DEFAULT_IIP, DEFAULT_INDICATORS

NOTE_HEADER = "Ghi chú"
SPARE_ROWS = 20  # formatted, validated rows for indicators the office adds
HEADING_MONTHS = 3  # the HoatDong headings of this many latest workbooks are carried


@dataclass(frozen=True)
class Source:
    """The earlier workbook a new month's rows come from (None: the default list), and a
    warning for each newer workbook skipped."""

    path: Path | None = None
    data: MonthlyData | None = None
    problems: list[Problem] = field(default_factory=list)


def choose_source(history: History, period: Period) -> Source:
    """The newest workbook before ``period`` that parses without errors and states its own
    month; each newer one is a warning. Every workbook opened here is given to ``history``
    (parsed, leniently read, or as nothing when unreadable), so none is opened twice."""
    problems: list[Problem] = []
    for earlier in sorted((p for p in history.files if p < period), reverse=True):
        path = history.files[earlier]
        try:
            raw = read_workbook(path)
        except InputError as exc:
            reason = " ".join(p.message for p in exc.problems)
            problems.append(
                warning(
                    f"Không dùng sổ {path.name} làm mẫu cho sổ mới, cũng không dùng số liệu "
                    f"của sổ, vì không đọc được sổ: {reason}",
                    path,
                )
            )
            history.seed(earlier, path, {})
            continue
        parsed = parse_workbook(raw, report=False, period=earlier)
        errors = counts(parsed.problems)[Severity.ERROR]
        data = parsed.data
        if data is not None and not errors and (data.info.year, data.info.month) == earlier:
            history.seed(earlier, path, records_of(data, parsed.locator), headings_of(data))
            return Source(path, data, problems)
        history.take(earlier, path, raw)  # its figures, or a warning when it is misnamed
        if errors:
            problems.append(
                warning(
                    f"Không dùng sổ {path.name} làm mẫu cho sổ mới vì sổ còn {errors} lỗi "
                    f"(xem bằng lệnh: baocao check --month {earlier.month} --year "
                    f"{earlier.year}).",
                    path,
                )
            )
    if problems or history.problems:
        problems.append(
            warning(
                "Không có sổ trước nào dùng được làm mẫu: sổ mới dùng danh sách chỉ tiêu mặc định.",
                history.folder,
            )
        )
    return Source(None, None, problems)


def _number_format(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def new_month_sheets(
    period: Period, source: MonthlyData | None, history: History
) -> list[NewSheet]:
    """The sheets of the new month workbook (``history`` seeded by ``choose_source``)."""
    return [
        _info_sheet(period),
        _iip_sheet(source),
        _indicator_sheet(period, source, history),
        NewSheet(
            HOAT_DONG.name,
            HOAT_DONG.headers,
            [(title, _level(source, title), None) for title in carried_headings(history, period)],
            (50, 6, 120),
            HOAT_DONG.notes,
        ),
        NewSheet(NHIEM_VU.name, NHIEM_VU.headers, [], (6, 120), NHIEM_VU.notes),
        NewSheet(
            PREVIOUS_TASKS,
            NHIEM_VU.headers,
            [(t.number, t.text) for t in source.tasks] if source else [],
            (6, 120),
            (_previous_tasks_note(period, source),),
        ),
    ]


def _level(source: MonthlyData | None, title: str) -> int:
    """The ``Cấp`` of the model workbook's first paragraph under ``title`` (a carried heading's
    row, where the month's first paragraph is typed); 1 when that workbook has none."""
    levels = (a.level for a in (source.activities if source else ()) if a.section == title)
    return next(levels, 1)


def _previous_tasks_note(period: Period, source: MonthlyData | None) -> str:
    """The note on ``NhiemVuThangTruoc``: its tasks are the model workbook's, which is not
    last month's when that one was passed over (still unfilled, with errors)."""
    if source is None or Period(source.info.year, source.info.month) == period.previous():
        return "Nhiệm vụ tháng trước, để chép sang trang NhiemVu nếu cần."
    return (
        f"Nhiệm vụ của sổ tháng {source.info.month}/{source.info.year} (sổ gần nhất dùng được "
        "làm mẫu), không phải của tháng trước; chép sang trang NhiemVu nếu cần."
    )


def _info_sheet(period: Period) -> NewSheet:
    filled: dict[str, object] = {"thang": period.month, "nam": period.year}
    rows = [(k.key, filled.get(k.key), k.note) for k in INFO_KEYS]
    return NewSheet(
        THONG_TIN.name,
        (*THONG_TIN.headers, NOTE_HEADER),
        rows,
        (24, 60, 70),
        (*THONG_TIN.notes, "Giải thích khóa; chương trình không đọc cột này."),
    )


def _left_empty(source: MonthlyData | None, other: object) -> bool:
    """Whether the model leaves a sheet of figures without rows on purpose: a reported month
    (its tasks typed) whose other sheet has rows, as an office that reports industrial output
    and not the index has it. That sheet stays without rows; a figures-only earlier workbook
    (typed for its figures alone, without tasks) gives no such sign, and the starter rows
    stand there."""
    return source is not None and bool(source.tasks) and bool(other)


def _iip_sheet(source: MonthlyData | None) -> NewSheet:
    rows: list[tuple[object, ...]] = (
        [
            (r.code, r.name, None, None, r.weight, None, r.pct_decimals, r.section)
            for r in source.iip
        ]
        if source is not None and (source.iip or _left_empty(source, source.indicators))
        else [
            (code, name, None, None, None, None, None, section)
            for code, name, section in DEFAULT_IIP
        ]
    )
    last = len(rows) + 1 + SPARE_ROWS
    formats = {f"{col}{r}": "0.00" for r in range(2, last + 1) for col in "CDF"}
    return NewSheet(
        CHI_SO_SXCN.name,
        CHI_SO_SXCN.headers,
        rows,
        (18, 44, 26, 30, 10, 30, 8, 30),
        CHI_SO_SXCN.notes,
        formats,
        (f"C2:F{last}",),
    )


def _indicator_sheet(period: Period, source: MonthlyData | None, history: History) -> NewSheet:
    if source is not None and (source.indicators or _left_empty(source, source.iip)):
        same_year = source.info.year == period.year
        base = [
            (
                i.code,
                i.name,
                i.unit,
                i.decimals,
                i.parent,
                i.group,
                i.annual_plan if same_year else None,
                i.pct_decimals,
                i.section if i.section != above else None,  # a blank Mục continues the row above
            )
            for i, above in zip(
                source.indicators, (None, *(j.section for j in source.indicators)), strict=False
            )
        ]
    else:
        base = [
            (code, name, unit, decimals, parent, group, None, 1, section)
            for code, name, unit, decimals, parent, group, section in DEFAULT_INDICATORS
        ]
    rows = []
    formats: dict[str, str] = {}
    for r, (code, name, unit, decimals, parent, group, plan, places, section) in enumerate(
        base, start=2
    ):
        previous, same = (
            found if found is not None and same_unit(found.unit, unit) else None
            for found in (
                history.actual(period.previous(), code),
                history.actual(period.year_ago(), code),
            )
        )
        rows.append(
            (
                code,
                name,
                unit,
                None,
                previous.value if previous else None,
                same.value if same else None,
                None,
                None,
                plan,
                decimals,
                parent,
                group,
                places,
                section,
            )
        )
        formats.update({f"{column_letter(c)}{r}": _number_format(decimals) for c in range(4, 10)})
    last = len(rows) + 1 + SPARE_ROWS
    return NewSheet(
        CHI_TIEU.name,
        CHI_TIEU.headers,
        rows,
        (22, 50, 12, 15, 13, 13, 13, 15, 14, 8, 14, 30, 8, 30),
        CHI_TIEU.notes,
        formats,
        (f"D2:I{last}",),
    )


def carried_headings(history: History, period: Period) -> list[str]:
    """The HoatDong headings of the ``HEADING_MONTHS`` latest workbooks before ``period``,
    once each: the newest's in its order, each older one's missing heading placed after
    the heading it followed there (first when it followed none)."""
    earlier = sorted((p for p in history.files if p < period), reverse=True)
    merged: list[str] = []
    for month in earlier[:HEADING_MONTHS]:
        headings = history.headings(month)
        for i, title in enumerate(headings):
            if title in merged:
                continue
            after = next((merged.index(t) for t in reversed(headings[:i]) if t in merged), -1)
            merged.insert(after + 1, title)
    return merged
