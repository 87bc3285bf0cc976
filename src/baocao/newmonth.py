"""The new month workbook (``baocao init``): the contract's sheets, ready to fill.

Indicator rows come from the latest earlier workbook of the data folder (or
the default list), ``Tháng trước`` and ``Cùng kỳ`` from history, number
formats and validation from each row's decimals, and last month's tasks on a
sheet of their own to draw on.
"""

from __future__ import annotations

from baocao.excel import NewSheet
from baocao.history import History
from baocao.models import MonthlyData
from baocao.period import Period
from baocao.sheets import (
    CHI_SO_SXCN,
    CHI_TIEU,
    DEFAULT_IIP,
    DEFAULT_INDICATORS,
    HOAT_DONG,
    INFO_KEYS,
    NHIEM_VU,
    THONG_TIN,
    SheetSpec,
    column_letter,
)

PREVIOUS_TASKS = "NhiemVuThangTruoc"  # not read by baocao; for the office to copy from
NOTE_HEADER = "Ghi chú"
SPARE_ROWS = 20  # formatted, validated rows for indicators the office adds


def _headers(spec: SheetSpec) -> tuple[str, ...]:
    return tuple(c.header for c in spec.columns)


def _notes(spec: SheetSpec) -> tuple[str, ...]:
    return tuple(c.note for c in spec.columns)


def _number_format(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals else "")


def new_month_sheets(
    period: Period, source: MonthlyData | None, history: History
) -> list[NewSheet]:
    """The sheets of the new month workbook."""
    return [
        _info_sheet(period),
        _iip_sheet(source),
        _indicator_sheet(period, source, history),
        NewSheet(
            HOAT_DONG.name,
            _headers(HOAT_DONG),
            [(title, 1, None) for title in _sections(source)],
            (50, 6, 120),
            _notes(HOAT_DONG),
        ),
        NewSheet(NHIEM_VU.name, _headers(NHIEM_VU), [], (6, 120), _notes(NHIEM_VU)),
        NewSheet(
            PREVIOUS_TASKS,
            _headers(NHIEM_VU),
            [(t.number, t.text) for t in source.tasks] if source else [],
            (6, 120),
            ("Nhiệm vụ tháng trước, để chép sang trang NhiemVu nếu cần.",),
        ),
    ]


def _info_sheet(period: Period) -> NewSheet:
    filled: dict[str, object] = {"thang": period.month, "nam": period.year}
    rows = [(k.key, filled.get(k.key), k.note) for k in INFO_KEYS]
    return NewSheet(
        THONG_TIN.name,
        (*_headers(THONG_TIN), NOTE_HEADER),
        rows,
        (24, 60, 70),
        (*_notes(THONG_TIN), "Giải thích khóa; chương trình không đọc cột này."),
    )


def _iip_sheet(source: MonthlyData | None) -> NewSheet:
    rows: list[tuple[object, ...]] = (
        [
            (r.code, r.name, None, None, r.weight, None, r.pct_decimals, r.section)
            for r in source.iip
        ]
        if source and source.iip
        else [
            (code, name, None, None, None, None, None, section)
            for code, name, section in DEFAULT_IIP
        ]
    )
    last = len(rows) + 1 + SPARE_ROWS
    formats = {f"{col}{r}": "0.00" for r in range(2, last + 1) for col in "CDF"}
    return NewSheet(
        CHI_SO_SXCN.name,
        _headers(CHI_SO_SXCN),
        rows,
        (18, 44, 26, 30, 10, 30, 8, 30),
        _notes(CHI_SO_SXCN),
        formats,
        (f"C2:F{last}",),
    )


def _indicator_sheet(period: Period, source: MonthlyData | None, history: History) -> NewSheet:
    if source is not None and source.indicators:
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
        previous = history.actual(period.previous(), code)
        same = history.actual(period.year_ago(), code)
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
        _headers(CHI_TIEU),
        rows,
        (22, 50, 12, 15, 13, 13, 13, 15, 14, 8, 14, 30, 8, 30),
        _notes(CHI_TIEU),
        formats,
        (f"D2:I{last}",),
    )


def _sections(source: MonthlyData | None) -> list[str]:
    """Last month's subsection headings, in order, once each: rows to write under."""
    titles: list[str] = []
    for act in source.activities if source else ():
        if act.section not in titles:
            titles.append(act.section)
    return titles


def latest_before(history: History, period: Period) -> Period | None:
    """The month of the latest workbook of the folder before ``period``."""
    earlier = [p for p in history.files if p < period]
    return max(earlier) if earlier else None
