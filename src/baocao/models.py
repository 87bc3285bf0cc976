"""Models of one month's inputs, as read from the workbook. No I/O here.

Every row model keeps ``row``, its 1-based row number in the sheet, so later
checks can name the cell. ``Record``, ``Figure`` and ``Spoiled`` are the lighter
form the history reader keeps of an earlier month: figures with their cells, and the
cells that hold no number.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

from baocao.period import MAX_YEAR, MIN_YEAR, ReportKind
from baocao.units import is_per_time, is_percentage, is_summed


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Info(_Model):
    """Sheet ThongTin: the month, the document number and date, overrides, trade texts."""

    month: int = Field(ge=1, le=12)
    year: int = Field(ge=MIN_YEAR, le=MAX_YEAR)
    doc_number: str | None = None
    sign_date: dt.date | None = None
    signer_name: str | None = None
    signer_title: str | None = None
    signer_authority: str | None = None
    iip_assessment: str | None = None
    export_markets: tuple[str, ...] = ()
    import_markets: tuple[str, ...] = ()
    export_products: str | None = None
    import_products: str | None = None
    kind: ReportKind | None = None  # ky_bao_cao; None: the config's default
    same_period_base: str | None = None  # so_sanh_cung_ky
    plan_base: str | None = None  # so_sanh_ke_hoach
    unusual_index: bool = False  # chi_so_bat_thuong = "có"


class IipRow(_Model):
    """Sheet ChiSoSXCN: the industrial production index of the whole industry or a branch.

    ``index`` is against the same month last year, ``mom_index`` against the previous
    month, ``ytd_index`` the year-to-date against last year's; at least one is given.
    """

    row: int
    code: str
    name: str
    index: Decimal | None = None
    mom_index: Decimal | None = None
    ytd_index: Decimal | None = None
    weight: Decimal | None = None
    pct_decimals: int = Field(default=2, ge=0, le=6)
    section: str | None = None


INDEX_FIELDS = ("index", "mom_index", "ytd_index")  # an IipRow's indices
INDEX_RANGE = (Decimal(30), Decimal(500))  # an index outside is almost surely mistyped


class Indicator(_Model):
    """Sheet ChiTieu: one indicator with its figures; blank optional figures are None."""

    row: int
    code: str
    name: str
    unit: str
    value: Decimal | None = None  # None only when ``ytd`` is given
    previous: Decimal | None = None
    same_period: Decimal | None = None
    ytd: Decimal | None = None
    ytd_same_period: Decimal | None = None
    annual_plan: Decimal | None = None
    decimals: int = Field(default=0, ge=0, le=6)
    parent: str | None = None
    group: str | None = None
    pct_decimals: int = Field(default=1, ge=0, le=6)
    section: str | None = None  # the figure subsection, after the "as the row above" rule
    section_typed: bool = False  # its own row typed that Mục (not the row above's)
    quarter: Decimal | None = None  # a quarterly report's total, from history
    quarter_same_period: Decimal | None = None

    @property
    def is_rate(self) -> bool:
        """A rate or a share (a unit in percent: "%", "%/năm", "phần trăm"; ``units``): its
        changes are said in percentage points."""
        return is_percentage(self.unit)

    @property
    def is_summed(self) -> bool:
        """Whether its months add up to a year-to-date or a quarter's total: not a rate
        (twelve monthly disbursement rates are no yearly rate of 659%), nor a figure per
        something (a price in "đồng/kWh": ``units.is_summed``)."""
        return is_summed(self.unit)

    @property
    def is_per_time(self) -> bool:
        """An amount per day, week, month or hour ("xe/ngày"): an average over time."""
        return is_per_time(self.unit)


class Activity(_Model):
    """Sheet HoatDong: one paragraph of a narrative subsection."""

    row: int
    section: str
    level: int = Field(default=1, ge=0, le=2)
    text: str


class Task(_Model):
    """Sheet NhiemVu: one task for next month."""

    row: int
    number: str | None = None
    text: str


class MonthlyData(_Model):
    """Everything one month's workbook holds."""

    info: Info
    iip: tuple[IipRow, ...]
    indicators: tuple[Indicator, ...]
    activities: tuple[Activity, ...]
    tasks: tuple[Task, ...]


@dataclass(frozen=True)
class Figure:
    """One figure of a month's workbook, and the cell it came from."""

    value: Decimal
    ref: str


# What a figure's cell holds instead of a number: an Excel error value ("#REF!"), a formula
# never calculated, a value that is no number (text, TRUE, a date), a number of 10^15 or more.
SpoiledKind = Literal["error", "uncalculated", "not_number", "too_big", "percent"]
SPOILED_KINDS: tuple[SpoiledKind, ...] = get_args(SpoiledKind)


@dataclass(frozen=True)
class Spoiled:
    """A figure's cell that holds something, but not a number: its reference, what it holds
    (``kind``), its value as text ("#REF!", "43438%", "TRUE"; "" for a formula never
    calculated; for "percent", a percent-formatted number in a row not in percent, the
    number as the cell shows it, "167.300%") and its formula, when it has one."""

    ref: str
    kind: SpoiledKind
    text: str
    formula: str | None = None


@dataclass(frozen=True)
class Record:
    """One ChiTieu row of a month: its labels, its figures by field, and the figure cells
    that hold something other than a number (``spoiled``, by field)."""

    name: str
    unit: str
    decimals: int
    figures: dict[str, Figure]
    spoiled: dict[str, Spoiled] = field(default_factory=dict)
    pct_decimals: int = 1  # the row's ``Số lẻ %``: its changes as the report says them
    unit_ref: str = ""  # the cell of its ``Đơn vị`` ("C13"), "" when there is none
    section: str = ""  # its figure subsection (Mục, the row above's when blank), "" if none


@dataclass(frozen=True)
class StatedMonth:
    """The month a workbook's ThongTin states (``thang``, ``nam``) and the cells holding it;
    its document number (``so_van_ban``) and signing date (``ngay_ky``), each with its cell,
    when it has one."""

    year: int
    month: int
    month_ref: str
    year_ref: str
    doc_number: str | None = None
    doc_number_ref: str | None = None
    sign_date: dt.date | None = None
    sign_date_ref: str | None = None


@dataclass(frozen=True)
class MonthRecords:
    """What the history reader keeps of one workbook: its ChiTieu rows by code, the month
    its ThongTin states (None when it states none), its HoatDong subsection headings
    that have a paragraph, in order, its ChiSoSXCN indices by code (``INDEX_FIELDS``,
    each None when not a number), its NhiemVu tasks as typed, in order, and why its
    ChiTieu gives no figure when it cannot (no such sheet, no «Mã» in its header row), and
    why each other sheet read gives nothing, by its name (``lost``)."""

    records: dict[str, Record]
    stated: StatedMonth | None = None
    headings: tuple[str, ...] = ()
    indices: dict[str, tuple[Decimal | None, ...]] = field(default_factory=dict)
    tasks: tuple[str, ...] = ()
    # Why its ChiTieu gives no figure (lostsheet): "" (it does), NO_SHEET or NO_CODE_COLUMN.
    figures_lost: str = ""
    # The same of its ThongTin, ChiSoSXCN and NhiemVu, by sheet, each one that gives nothing.
    lost: dict[str, str] = field(default_factory=dict)
