"""The template's view of a report: the frozen dataclasses the template is rendered with.

``ReportContext`` holds every top-level name; the other classes are the values under
it. This is the contract with the template, documented name by name in
``docs/template.md`` (a test keeps the two in step); ``context`` builds it from the models.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import TypeVar

from baocao.errors import TemplateError
from baocao.viewvalues import blank_fields, data_lists, known, no_word, set_changes

V = TypeVar("V")
_KEEP_IIP = "đoạn này trong {{%p if s.iip %}} … {{%p endif %}})"
_KEEP_CHART = "{{%p if chart %}} … {{%p endif %}})"


def printed_whole(what: str, example: str) -> str:
    """The message for a row or group turned into text whole (``_Whole``)."""
    return (
        f"Mẫu báo cáo in cả {what} vào văn bản (mọi trường của nó, như mã Python), nên văn "
        f"bản sẽ có chữ lạ: hãy in một trường của nó (ví dụ {example}), hoặc in từng dòng "
        "của danh sách trong vòng lặp {% for … %}."
    )


class _Whole:
    """A row or group of the context. Turned into text whole (``{{ org }}``, ``{{ tasks }}``,
    ``{{ tasks | join }}``, ``{{ org ~ '' }}``, ``{{ [org] }}``…) it would write its Python
    listing into the report: that is a template error, however it is printed."""

    __slots__ = ()

    def __str__(self) -> str:
        names = [f.name for f in fields(self)]  # type: ignore[arg-type]
        example = " hay ".join(f"«.{name}»" for name in names[:2])
        raise TemplateError(printed_whole("một nhóm dữ liệu", example))

    def __repr__(self) -> str:
        return self.__str__()

    def __format__(self, spec: str) -> str:
        return self.__str__()


class CodeTable(_Whole, dict[str, V]):
    """Rows by code; a code the workbook lacks stops rendering with a clear message. Like
    a row (``_Whole``), the table cannot be printed whole."""

    def __init__(self, sheet: str, rows: Iterable[tuple[str, V]]) -> None:
        super().__init__(rows)
        self.sheet = sheet

    def __missing__(self, code: str) -> V:
        raise TemplateError(
            f"Mẫu báo cáo cần mã «{code}», nhưng trang tính {self.sheet} của sổ dữ liệu "
            "không có mã này."
        )

    def __str__(self) -> str:
        raise TemplateError(printed_whole(f"bảng {self.sheet}", "«ct['mã'].value»"))


@dataclass(frozen=True, eq=False, repr=False)
class IndicatorView(_Whole):
    """One ChiTieu row as the template sees it: figures, changes, and ready-made clauses.

    Figures are formatted with the row's ``Số lẻ`` ("" when not known); changes are
    Decimal percentages (None when not known); clauses use the row's ``Số lẻ %`` and
    the report's bases ("tăng 2,2% so với tháng trước"), "" when not known.
    """

    code: str
    name: str
    unit: str
    value: str
    previous: str
    same_period: str
    ytd: str
    ytd_same_period: str
    annual_plan: str
    total: str
    total_label: str
    summed: bool  # its months add up (not a rate's, nor a price's)
    mom: Decimal | None
    yoy: Decimal | None
    ytd_yoy: Decimal | None
    plan_share: Decimal | None
    total_yoy: Decimal | None
    pct_decimals: int
    mom_clause: str
    yoy_clause: str
    ytd_yoy_clause: str
    plan_clause: str
    total_yoy_clause: str
    line_label: str
    line_value: str
    line_clauses: tuple[str, ...]
    value_nil: bool  # a month, total or line of 0 of a sum: "không phát sinh", not "ước đạt 0"
    total_nil: bool
    line_nil: bool
    groups: tuple[GroupView, ...]
    month_rows: bool  # breakdown rows, each with its month and none with the period's total
    total_rows: bool  # breakdown rows, each with the period's total and none with its month
    children: tuple[IndicatorView, ...]

    def __post_init__(self) -> None:
        set_changes(self, ("mom", "yoy", "ytd_yoy", "plan_share", "total_yoy"))

    def __str__(self) -> str:
        raise TemplateError(printed_whole(f"chỉ tiêu «{self.code}»", "«.value» hay «.name»"))


@dataclass(frozen=True, eq=False, repr=False)
class GroupView(_Whole):
    """One breakdown of an indicator ("Phân theo loại hình kinh tế") and its rows.

    ``heading`` is the line above the rows ("* Phân theo loại hình kinh tế:", or "Trong đó:"
    for a breakdown without a name); ``itemized`` rows are written "- …." (else ";", last ".").
    """

    name: str
    heading: str
    itemized: bool
    items: tuple[IndicatorView, ...]


@dataclass(frozen=True, eq=False, repr=False)
class IipView(_Whole):
    """One ChiSoSXCN row: its indices (formatted), their changes, and their clauses."""

    code: str
    name: str
    index: str
    growth: Decimal | None
    mom_index: str
    mom_growth: Decimal | None
    ytd_index: str
    ytd_growth: Decimal | None
    pct_decimals: int
    yoy_clause: str
    mom_clause: str
    ytd_clause: str

    def __post_init__(self) -> None:
        set_changes(self, ("growth", "mom_growth", "ytd_growth"))


@dataclass(frozen=True, eq=False, repr=False)
class IipParagraph(_Whole):
    """The industrial production index paragraph: the whole industry, then its branches.

    ``lead_clauses`` follow "ước" in the first sentence (never empty); ``second_label``
    and ``second_clauses`` make an optional second sentence; each of ``branches`` is a
    whole clause ("ngành khai khoáng ước tăng 24,95%"), the lead period's, and each of
    ``second_branches`` one of the second sentence's period; ``assessment`` is the word for
    the whole index ("tăng khá"), "" when none agrees with the change. A subsection
    without the index has an empty one, false in ``{%p if s.iip %}``, so a template
    check knows every name all the same.
    """

    total: IipView | None = None
    lead_label: str = ""
    lead_clauses: tuple[str, ...] = ()
    second_label: str = ""
    second_clauses: tuple[str, ...] = ()
    branches: tuple[str, ...] = ()
    second_branches: tuple[str, ...] = ()
    assessment: str = ""

    def __post_init__(self) -> None:
        if self.total is None:  # printed outside {%p if s.iip %}, they would leave a gap
            where = "«s.iip.{}» ở một tiểu mục không có chỉ số sản xuất công nghiệp (hãy giữ "
            blank_fields(self, ("lead_label", "second_label", "assessment"), where + _KEEP_IIP)
        else:  # no word agrees: "tỉnh Y , ước tăng" printed outside its {% if %}
            object.__setattr__(
                self, "assessment", known(self.assessment, no_word("s.iip.assessment"))
            )

    def __bool__(self) -> bool:
        return self.total is not None


@dataclass(frozen=True, eq=False, repr=False)
class FigureSection(_Whole):
    """One numbered figure subsection of Section I (one ``Mục``), in workbook order."""

    number: int
    title: str
    iip: IipParagraph
    indicators: tuple[IndicatorView, ...]
    trade: bool  # the markets and products lines (ThongTin) follow this subsection


@dataclass(frozen=True, eq=False, repr=False)
class SectionView(_Whole):
    """One narrative subsection of Section I: its number, heading and paragraphs."""

    number: int
    title: str
    items: tuple[ItemView, ...]


@dataclass(frozen=True, eq=False, repr=False)
class ItemView(_Whole):
    """A paragraph: level 0 plain, 1 written "- ", 2 written "+ "."""

    level: int
    text: str


@dataclass(frozen=True, eq=False, repr=False)
class TaskView(_Whole):
    """One task of Section II with its number as text."""

    number: str
    text: str


@dataclass(frozen=True, eq=False, repr=False)
class RecipientLine(_Whole):
    """One line of "Nơi nhận", punctuated: level 1 "- ...;", level 2 "+ ...;"."""

    level: int
    text: str


@dataclass(frozen=True, eq=False, repr=False)
class AppendixRow(_Whole):
    """One row of the appendix table: ``*_index`` are indices (121,4 = up 21,4%),
    ``plan_share`` the year-to-date as a percent of the annual plan (23,1 = 23,1% reached);
    ``rate`` a ChiTieu row in percent, whose indices compare two rates (its sentence says
    points)."""

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
    rate: bool
    quarter: str = ""  # a quarterly report's total, and its index on last year's quarter
    quarter_yoy_index: str = ""
    summed: bool = True  # its months add up: not a rate's or a price's (its ytd "tính chung")
    per_time: bool = False  # an amount per day, week, month or hour ("xe/ngày"), not summed


@dataclass(frozen=True, eq=False, repr=False)
class AppendixColumns(_Whole):
    """The appendix table's column titles, naming the report's periods: ``first`` the third
    column (the previous month, or a quarterly report's quarter), ``month``, ``same_period``
    and ``ytd`` the next three, ``first_group`` / ``ytd_group`` the two index groups and
    ``first_index`` / ``second_index`` the first group's two columns."""

    first: str
    month: str
    same_period: str
    ytd: str
    first_group: str
    first_index: str
    second_index: str
    ytd_group: str


@dataclass(frozen=True, eq=False, repr=False)
class OrgView(_Whole):
    """The organisation's names from ``[organization]`` of the config."""

    parent_body: str
    issuing_body: str
    issuing_body_in_text: str
    province: str
    place: str
    symbol: str


@dataclass(frozen=True, eq=False, repr=False)
class DocView(_Whole):
    """The header and title: number and date for the clerk, title and summary line."""

    number: str
    day: str
    month: str
    year: int
    title: str
    summary: str


@dataclass(frozen=True, eq=False, repr=False)
class SignerView(_Whole):
    """Who signs: authority line ("KT. GIÁM ĐỐC", may be empty), title and name."""

    authority: str
    title: str
    name: str


@dataclass(frozen=True, eq=False, repr=False)
class TradeView(_Whole):
    """Export and import markets (largest first) and main products, from ThongTin."""

    export_markets: tuple[str, ...]
    import_markets: tuple[str, ...]
    export_products: str
    import_products: str

    def __post_init__(self) -> None:  # "Các sản phẩm xuất khẩu: " with none given
        blank_fields(self, ("export_products", "import_products"), "«trade.{}» (ThongTin)")
        data_lists(self, ("export_markets", "import_markets"), "trade.{}")  # "Thị trường: "


@dataclass(frozen=True, eq=False, repr=False)
class ChartPicture(_Whole):
    """The trend chart's picture: a PNG and its printed width."""

    png: bytes
    width_mm: float


@dataclass(frozen=True, eq=False, repr=False)
class ChartView(_Whole):
    """The trend chart as the template sees it: the picture and the values of its caption.

    False without a picture (``{%p if chart %}``); every name is there all the same,
    so ``check`` knows the names of the caption when no chart is asked for.
    """

    image: ChartPicture | None = None
    name: str = ""
    unit: str = ""
    from_month: str = ""
    to_month: str = ""
    missing: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.image is None:  # "Biểu đồ 1.  theo tháng, từ tháng  đến tháng  (đơn vị: )"
            where = "«chart.{}» khi báo cáo không có biểu đồ (hãy giữ chú thích trong "
            blank_fields(self, ("name", "unit", "from_month", "to_month"), where + _KEEP_CHART)

    def __bool__(self) -> bool:
        return self.image is not None


@dataclass(frozen=True, eq=False, repr=False)
class ReportView(_Whole):
    """The kind of report and how it names its period, headings and bases."""

    kind: str
    title: str
    monthly: bool
    quarterly: bool
    month_label: str
    total_label: str
    period_name: str
    section_one: str
    section_two: str
    same_period: str
    plan: str
    columns: AppendixColumns


@dataclass(frozen=True, eq=False, repr=False)
class ReportContext(_Whole):
    """Everything the template is rendered with, for one month."""

    month: int
    year: int
    next_month: int
    next_year: int
    months_ytd: str
    report: ReportView
    org: OrgView
    doc: DocView
    signer: SignerView
    recipients: tuple[RecipientLine, ...]
    iip: CodeTable[IipView]
    iip_assessment: str
    ct: CodeTable[IndicatorView]
    figures: tuple[FigureSection, ...]
    appendix_rows: tuple[AppendixRow, ...]
    chart: ChartView
    trade: TradeView
    activities: tuple[SectionView, ...]
    tasks: tuple[TaskView, ...]

    def names(self) -> dict[str, object]:
        """The top-level names, as the template engine takes them."""
        return {f.name: getattr(self, f.name) for f in fields(self)}
