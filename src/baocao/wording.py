"""How each kind of report names itself: the default wording, and the config's tables.

A monthly report and a half-year one differ in their title's summary, the
headings of Sections I and II, and how they name the period's total in a
sentence. ``DEFAULT_WORDING`` holds generic texts for each ``ReportKind``; the
config's ``[wording.<kind>]`` tables reword any of them (``Config.wording_for``).
Every text may use the period's fields (``Period.fields``).
"""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from baocao.patterns import fill_text_pattern, no_period_field
from baocao.period import ReportKind
from baocao.vnformat import capitalised


def printable(text: str) -> str:
    """``text``, refused when it holds a control character or a noncharacter: docxtpl turns
    \\a into a new paragraph and \\f into a page break, and Word cannot hold \\v or \\x00,
    so a signer's name or a province would silently reshape the report or break it."""
    bad = next((c for c in text if unicodedata.category(c) == "Cc" or c in "\ufffe\uffff"), None)
    if bad is not None:
        raise ValueError(
            f"có ký tự điều khiển U+{ord(bad):04X}, sẽ làm sai văn bản báo cáo (ngắt trang, tách "
            "đoạn, xuống dòng) hoặc làm tệp Word hỏng. Hãy bỏ ký tự này (giữa hai dấu nháy kép, "
            "«\\f», «\\n», «\\t» hay «\\u…» viết ra một ký tự như vậy)"
        )
    return text


# A text of the config printed in the report: no control characters.
Printable = Annotated[str, AfterValidator(printable)]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Wording(_Section):
    """How one kind of report names itself; each text may use the period's fields.

    ``summary`` is the title's summary line, ``section_one`` and ``section_two`` the
    headings of Sections I and II (after "I. " and "II. "), ``total`` the period's
    total as written in a sentence ("6 tháng đầu năm ước đạt …"), ``title`` the
    document's title property ("Báo cáo tháng 3 năm 2024", what Word shows in File ›
    Info).
    """

    title: Printable | None = Field(default=None, min_length=1)
    summary: Printable | None = Field(default=None, min_length=1)
    section_one: Printable | None = Field(default=None, min_length=1)
    section_two: Printable | None = Field(default=None, min_length=1)
    total: Printable | None = Field(default=None, min_length=1)

    @field_validator("title", "summary", "section_one", "section_two", "total")
    @classmethod
    def _fields_known(cls, value: str | None) -> str | None:
        if value is not None:
            fill_text_pattern(value)
        return value

    @field_validator("total")
    @classmethod
    def _mid_sentence(cls, value: str | None) -> str | None:
        """``total`` stands mid-sentence ("Kim ngạch xuất khẩu lũy kế 9 tháng năm 2024 ước
        đạt …"): a first word typed with a capital ("Lũy kế", "Quý {quarter}/{year}") is
        lowered, an acronym kept; a sentence that opens with it capitalises it again."""
        words = (value or "").split(" ", 1)
        if value is None or not capitalised(words[0].split("/")[0]):
            return value
        return value[0].lower() + value[1:]


DEFAULT_WORDING: dict[ReportKind, dict[str, str]] = {
    ReportKind.MONTH: {
        "title": "Báo cáo tháng {month} năm {year}",
        "summary": "Kết quả thực hiện nhiệm vụ tháng {month}{year_apart} và nhiệm vụ trọng "
        "tâm tháng {next_month} năm {next_year}",
        "section_one": "KẾT QUẢ CHỦ YẾU THÁNG {month} NĂM {year}",
        "section_two": "NHIỆM VỤ TRỌNG TÂM THÁNG {next_month} NĂM {next_year}",
        "total": "cộng dồn {months} tháng đầu năm",
    },
    ReportKind.QUARTER: {
        "title": "Báo cáo quý {quarter} năm {year}",
        "summary": "Kết quả thực hiện nhiệm vụ quý {quarter} năm {year} và nhiệm vụ trọng tâm "
        "quý {next_quarter} năm {next_quarter_year}",
        "section_one": "KẾT QUẢ CHỦ YẾU QUÝ {quarter} NĂM {year}",
        "section_two": "NHIỆM VỤ TRỌNG TÂM QUÝ {next_quarter} NĂM {next_quarter_year}",
        "total": "quý {quarter}/{year}",
    },
    ReportKind.HALF_YEAR: {
        "title": "Báo cáo 6 tháng đầu năm {year}",
        "summary": "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng, nhiệm vụ "
        "6 tháng cuối năm {year}",
        "section_one": "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM {year}",
        "section_two": "PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM {year}",
        "total": "6 tháng đầu năm {year}",
    },
    ReportKind.NINE_MONTHS: {
        "title": "Báo cáo 9 tháng đầu năm {year}",
        "summary": "Kết quả thực hiện nhiệm vụ 9 tháng đầu năm và phương hướng, nhiệm vụ "
        "3 tháng cuối năm {year}",
        "section_one": "KẾT QUẢ THỰC HIỆN NHIỆM VỤ 9 THÁNG ĐẦU NĂM {year}",
        "section_two": "PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM {year}",
        "total": "9 tháng đầu năm {year}",
    },
    ReportKind.YEAR: {
        "title": "Báo cáo năm {year}",
        "summary": "Kết quả thực hiện nhiệm vụ năm {year} và phương hướng, nhiệm vụ "
        "năm {next_year}",
        "section_one": "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM {year}",
        "section_two": "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {next_year}",
        "total": "cả năm {year}",
    },
}

# December's year-to-date is the whole year: "cộng dồn 12 tháng đầu năm" reads as if months
# of the year were still to come.
DECEMBER_TOTAL = "cả năm {year}"


def default_wording(kind: ReportKind, month: int | None = None) -> dict[str, str]:
    """The default texts of a kind of report; in a monthly report of December (``month``
    12), the year-to-date is the whole year ("cả năm 2024")."""
    texts = dict(DEFAULT_WORDING[kind])
    if kind is ReportKind.MONTH and month == 12:
        texts["total"] = DECEMBER_TOTAL
    return texts


class Report(_Section):
    """Defaults for every month's report, which ThongTin may override for one month."""

    kind: ReportKind = ReportKind.MONTH  # ky_bao_cao
    same_period: Printable = Field(default="cùng kỳ", min_length=1)  # so_sanh_cung_ky
    plan: Printable = Field(default="so với Kế hoạch năm", min_length=1)  # so_sanh_ke_hoach
    figures_heading: Printable = Field(default="Các chỉ tiêu kinh tế chủ yếu", min_length=1)

    @field_validator("same_period", "plan", "figures_heading")
    @classmethod
    def _no_field(cls, value: str) -> str:
        return no_period_field(value)

    @field_validator("kind", mode="before")
    @classmethod
    def _kind_as_typed(cls, value: object) -> object:
        """Read as ThongTin's ``ky_bao_cao`` is ("Quý", "quí"); anything else is refused,
        and so is a quarter's or a month's number ("quý I", "tháng 9"): the config's kind is
        every month's."""
        if not isinstance(value, str):
            return value
        if ReportKind.quarter_named(value) is not None or ReportKind.month_named(value):
            return value
        return ReportKind.read(value) or value


class WordingTables(_Section):
    """``[wording.month]``, ``[wording.quarter]``, …: each kind's texts, over the defaults."""

    month: Wording = Wording()
    quarter: Wording = Wording()
    half_year: Wording = Wording()
    nine_months: Wording = Wording()
    year: Wording = Wording()
