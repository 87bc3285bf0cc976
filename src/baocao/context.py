"""Models + growth + vnformat → the plain context the template is rendered with.

Every name the template may use is built here and documented in
``docs/template.md``. Values are display strings ("52.716") or growth
percentages as ``Decimal`` (None when not known) that the template turns into
clauses with the filters of ``vnformat``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from baocao import growth
from baocao.config import Config, RecipientGroup, period_fields
from baocao.errors import TemplateError
from baocao.models import Activity, Indicator, MonthlyData, Task
from baocao.vnformat import date_day, date_month, format_known, format_number, month_count

if TYPE_CHECKING:
    from baocao.chart import TrendChart

BLANK_DAY = "    "  # with the spaces around it: "ngày      tháng"
BLANK_NUMBER = "     "  # with the space after "Số:": "Số:      /BC-SCT"


@dataclass(frozen=True)
class IndicatorView:
    """One ChiTieu row as the template sees it."""

    code: str
    name: str
    unit: str
    value: str
    previous: str
    same_period: str
    ytd: str
    ytd_same_period: str
    annual_plan: str
    mom: Decimal | None
    yoy: Decimal | None
    ytd_yoy: Decimal | None
    plan_share: Decimal | None
    groups: tuple[GroupView, ...]
    children: tuple[IndicatorView, ...]


@dataclass(frozen=True)
class GroupView:
    """One breakdown of an indicator ("Phân theo loại hình kinh tế") and its rows."""

    name: str
    items: tuple[IndicatorView, ...]


@dataclass(frozen=True)
class IipView:
    """One ChiSoSXCN row: the index and its growth."""

    code: str
    name: str
    index: str
    growth: Decimal | None
    ytd_index: str
    ytd_growth: Decimal | None


@dataclass(frozen=True)
class SectionView:
    """One narrative subsection of Section I: its heading and paragraphs."""

    title: str
    items: tuple[ItemView, ...]


@dataclass(frozen=True)
class ItemView:
    """A paragraph: level 0 plain, 1 written "- ", 2 written "+ "."""

    level: int
    text: str


@dataclass(frozen=True)
class TaskView:
    """One task of Section II with its number as text."""

    number: str
    text: str


@dataclass(frozen=True)
class RecipientLine:
    """One line of "Nơi nhận", punctuated: level 1 "- ...;", level 2 "+ ...;"."""

    level: int
    text: str


@dataclass(frozen=True)
class AppendixRow:
    """One row of the appendix table: ``*_index`` are indices (121,4 = up 21,4%),
    ``plan_share`` the year-to-date as a percent of the annual plan (23,1 = 23,1% reached)."""

    level: int
    name: str
    unit: str
    previous: str
    value: str
    same_period: str
    ytd: str
    mom_index: str
    yoy_index: str
    ytd_yoy_index: str
    plan_share: str


def _index(pct: Decimal | None, decimals: int = 1) -> str:
    return "" if pct is None else format_number(growth.HUNDRED + pct, decimals)


def build_appendix_rows(data: MonthlyData, views: dict[str, IndicatorView]) -> list[AppendixRow]:
    """ChiTieu rows in sheet order, indented by depth under their parents, then the IIP rows."""
    parents = {i.code: i.parent for i in data.indicators}
    rows = []
    for ind in data.indicators:
        depth, parent = 0, ind.parent
        while parent is not None and depth < 2:
            depth, parent = depth + 1, parents.get(parent)
        v = views[ind.code]
        rows.append(
            AppendixRow(
                depth,
                v.name,
                v.unit,
                v.previous,
                v.value,
                v.same_period,
                v.ytd,
                _index(v.mom),
                _index(v.yoy),
                _index(v.ytd_yoy),
                format_known(v.plan_share, 1),
            )
        )
    for r in data.iip:
        rows.append(
            AppendixRow(
                0 if r.code == "iip" else 1,
                r.name,
                "%",
                "",
                "",
                "",
                "",
                "",
                format_number(r.index, 2),
                format_known(r.ytd_index, 2),
                "",
            )
        )
    return rows


@dataclass(frozen=True)
class ChartView:
    """The trend chart as the template sees it: the picture and the values of its caption.

    False without a picture (``{%p if chart %}``); every name is there all the same,
    so ``check`` knows the names of the chart's caption when no chart is asked for.
    """

    image: Any = None
    name: str = ""
    unit: str = ""
    from_month: str = ""
    to_month: str = ""
    missing: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return self.image is not None

    def __html__(self) -> str:
        """``{{ chart }}`` alone prints the picture, as in templates made before the caption."""
        return "" if self.image is None else str(self.image.__html__())


def build_chart_view(chart: TrendChart, image: Any) -> ChartView:
    """``chart`` with its ``image`` for the document; months written "3/2024"."""

    def month(period: tuple[int, int]) -> str:
        year, number = period
        return f"{number}/{year}"

    return ChartView(
        image=image,
        name=chart.name,
        unit=chart.unit,
        from_month=month(chart.periods[0]),
        to_month=month(chart.periods[-1]),
        missing=tuple(month(p) for p in chart.missing),
    )


class CodeTable(dict[str, Any]):
    """Rows by code; a code the workbook lacks stops rendering with a clear message."""

    def __init__(self, sheet: str, rows: Iterable[tuple[str, Any]]) -> None:
        super().__init__(rows)
        self.sheet = sheet

    def __missing__(self, code: str) -> Any:
        raise TemplateError(
            f"Mẫu báo cáo cần mã «{code}», nhưng trang tính {self.sheet} của sổ dữ liệu "
            "không có mã này."
        )


def build_indicators(indicators: Iterable[Indicator]) -> dict[str, IndicatorView]:
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
            views[ind.code] = _indicator_view(ind, children)
        return views[ind.code]

    return {row.code: view(row) for row in rows}


def _indicator_view(ind: Indicator, children: list[tuple[str, IndicatorView]]) -> IndicatorView:
    groups: dict[str, list[IndicatorView]] = {}
    for group, child in children:
        groups.setdefault(group, []).append(child)
    d = ind.decimals
    return IndicatorView(
        code=ind.code,
        name=ind.name,
        unit=ind.unit,
        value=format_known(ind.value, d),
        previous=format_known(ind.previous, d),
        same_period=format_known(ind.same_period, d),
        ytd=format_known(ind.ytd, d),
        ytd_same_period=format_known(ind.ytd_same_period, d),
        annual_plan=format_known(ind.annual_plan, d),
        mom=growth.mom_pct(ind.value, ind.previous),
        yoy=growth.yoy_pct(ind.value, ind.same_period),
        ytd_yoy=growth.ytd_yoy_pct(ind.ytd, ind.ytd_same_period),
        plan_share=growth.plan_share(ind.ytd, ind.annual_plan),
        groups=tuple(GroupView(name, tuple(items)) for name, items in groups.items()),
        children=tuple(child for _, child in children),
    )


def build_sections(activities: Iterable[Activity]) -> list[SectionView]:
    """Consecutive HoatDong rows with the same heading form one subsection."""
    sections: list[tuple[str, list[ItemView]]] = []
    for act in activities:
        if not sections or sections[-1][0] != act.section:
            sections.append((act.section, []))
        sections[-1][1].append(ItemView(act.level, act.text))
    return [SectionView(title, tuple(items)) for title, items in sections]


def build_tasks(tasks: Iterable[Task]) -> list[TaskView]:
    """Tasks numbered by their STT, or 1, 2, … when STT is blank."""
    return [
        TaskView((t.number or "").strip().rstrip(".") or str(i), t.text)
        for i, t in enumerate(tasks, start=1)
    ]


def build_recipients(lines: Iterable[str | RecipientGroup]) -> list[RecipientLine]:
    """The "Nơi nhận" list punctuated per Decree 30: ";" after each line, "." after the last."""
    flat: list[tuple[int, str, str]] = []
    for line in lines:
        if isinstance(line, RecipientGroup):
            flat.append((1, line.name, ":"))
            flat += [(2, item, ";") for item in line.items]
        else:
            flat.append((1, line, ";"))
    out = []
    for i, (level, text, end) in enumerate(flat):
        end = "." if i == len(flat) - 1 else end
        mark = "-" if level == 1 else "+"
        out.append(RecipientLine(level, f"{mark} {text.rstrip(' ;.:')}{end}"))
    return out


def iip_assessment(data: MonthlyData, config: Config) -> str:
    """The word for the IIP ("tăng khá"): from the workbook, else by the config's thresholds."""
    if data.info.iip_assessment:
        return data.info.iip_assessment
    total = next((r for r in data.iip if r.code == "iip"), None)
    change = growth.index_growth(total.index) if total else None
    if change is None:
        return ""
    for rule in sorted(config.iip_assessment, key=lambda r: r.min, reverse=True):
        if change >= rule.min:
            return rule.text
    return ""


def build_context(data: MonthlyData, config: Config) -> dict[str, Any]:
    """The whole template context for one month."""
    info = data.info
    period = period_fields(info.month, info.year)
    indicators = build_indicators(data.indicators)
    signed = info.sign_date
    return {
        **period,
        "months_ytd": month_count(info.month),
        "org": config.organization.model_dump(),
        "doc": {
            "number": info.doc_number or BLANK_NUMBER,
            "day": date_day(signed.day) if signed else BLANK_DAY,
            "month": date_month(signed.month if signed else info.month),
            "year": signed.year if signed else info.year,
            "title": config.document.title,
            "summary": config.document.summary.format(**period),
        },
        "signer": {
            "authority": info.signer_authority or config.signer.authority,
            "title": info.signer_title or config.signer.title,
            "name": info.signer_name or config.signer.name,
        },
        "recipients": build_recipients(config.recipients.lines),
        "iip": CodeTable(
            "ChiSoSXCN",
            (
                (
                    r.code,
                    IipView(
                        code=r.code,
                        name=r.name,
                        index=format_number(r.index, 2),
                        growth=growth.index_growth(r.index),
                        ytd_index=format_known(r.ytd_index, 2),
                        ytd_growth=growth.index_growth(r.ytd_index),
                    ),
                )
                for r in data.iip
            ),
        ),
        "iip_assessment": iip_assessment(data, config),
        "ct": CodeTable("ChiTieu", indicators.items()),
        "appendix_rows": build_appendix_rows(data, indicators),
        "chart": ChartView(),  # with its picture when the chart is asked for (see render)
        "trade": {
            "export_markets": list(info.export_markets),
            "import_markets": list(info.import_markets),
            "export_products": info.export_products or "",
            "import_products": info.import_products or "",
        },
        "activities": build_sections(data.activities),
        "tasks": build_tasks(data.tasks),
    }
