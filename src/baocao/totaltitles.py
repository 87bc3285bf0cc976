"""A period's total named alone as a title, where the sheet lacks its column.

A table of figures heads its year-to-date by the period it covers ("Cả năm", "Ước thực
hiện năm 2024", "3 tháng đầu năm 2024", as the appendix itself heads the column "Cả năm")
rather than "Lũy kế", and the statistics office's index table its year-to-date index so
("Chỉ số 11 tháng so với cùng kỳ (%)"). Such a title holds none of the words of `Lũy kế`,
so its figures went unread without a word at the title. So did a month's index headed by
its month ("Chỉ số tháng 5/2020 so với cùng kỳ (%)", "… so với tháng 4/2020 (%)"), as a
department's table heads it, where ChiSoSXCN lacks that index's column. So did the
statistics office's own title of the year-to-date, "Cộng dồn từ đầu năm đến cuối tháng báo
cáo" (its word "cộng dồn", which the report writes for `Lũy kế` too, is none of its words),
and "Cộng dồn cùng kỳ năm trước" for `Lũy kế cùng kỳ`; and ChiSoSXCN's indices headed as
the appendix heads its columns, by "tháng báo cáo" ("Tháng báo cáo so với tháng trước (%)"),
or the year-to-date's by "cộng dồn".
"""

from __future__ import annotations

import re

from baocao.sheets import CHI_SO_SXCN, CHI_TIEU

# In header_words' spelling (no marks, lower case, "y" as "i"): the whole year ("cả năm",
# "năm 2024") or the months from January ("12 tháng", "6 tháng đầu năm"), with a year.
PERIOD = r"(?:ca nam(?: \d{4})?|nam \d{4}|\d{1,2} thang(?: dau nam)?(?: nam)?(?: \d{4})?)"
# ChiTieu: an optional "estimate" or "done", the period, an optional "(ước)" after it.
TOTAL_TITLE = re.compile(
    rf"(?:uoc (?:tinh )?|(?:uoc )?thuc hien |uth )?{PERIOD}(?: uoc(?: tinh)?| thuc hien)?"
)
# ChiTieu: last year's period named with "cùng kỳ" ("Cùng kỳ 5 tháng 2019", "5 tháng cùng kỳ
# năm trước"), for `Lũy kế cùng kỳ`: its words are "cùng kỳ" alone, `Cùng kỳ`'s (the month's).
# Not "Cùng kỳ năm 2019", which names the month's year as often as the year's total.
MONTHS = r"(?:ca nam(?: \d{4})?|\d{1,2} thang(?: dau nam)?(?: nam)?(?: \d{4})?)"
SAME_TOTAL_TITLE = re.compile(
    rf"(?:thuc hien )?cung ki (?:nam truoc )?{MONTHS}|{MONTHS} cung ki(?: nam truoc)?"
)
# ChiTieu: the year-to-date named "cộng dồn" (the report's own word for it), as the
# statistics office's tables head it: "Cộng dồn từ đầu năm đến cuối tháng báo cáo",
# "Cộng dồn đến tháng báo cáo", "Cộng dồn" alone; one naming its months ("Cộng dồn 11
# tháng") is read as that period's total is.
CUMULATIVE = r"cong don(?: tu (?:dau nam|thang 1))?(?: den (?:het |cuoi )?(?:thang bao cao|nay))?"
CUMULATIVE_TITLE = re.compile(
    rf"(?:uoc (?:tinh )?|(?:uoc )?thuc hien |uth )?{CUMULATIVE}(?: uoc(?: tinh)?| thuc hien)?"
)
SAME_CUMULATIVE_TITLE = re.compile(
    rf"(?:thuc hien )?(?:{CUMULATIVE} cung ki(?: nam truoc)?|cung ki(?: nam truoc)? {CUMULATIVE})"
)
# ChiSoSXCN: the period's index against last year's ("… so với cùng kỳ", "… so với năm 2020").
INDEX_TITLE = re.compile(
    rf"(?:chi so )?(?:uoc )?(?:{PERIOD}|(?P<cumulative>{CUMULATIVE})) so voi "
    rf"(?:cung ki(?: nam (?:truoc|\d{{4}}))?|nam (?:truoc|\d{{4}})|{PERIOD})(?: %)?"
)
TOTAL_FIELDS = {CHI_TIEU.name: ("ytd", "ytd_same_period"), CHI_SO_SXCN.name: ("ytd_index",)}
# The first period a title names: the whole year ("cả năm", "năm 2023") or its months;
# not "năm trước" of "Cùng kỳ năm trước 5 tháng", which names last year, not its twelve months.
_FIRST = re.compile(
    r"\b(?:ca )?nam(?! truoc)(?: (\d{4}))?\b|\b(\d{1,2}) thang(?: dau nam)?(?: nam)?(?: (\d{4}))?"
)

# ChiSoSXCN: the month's index headed by its month, against the same month of last year
# ("… so với cùng kỳ năm trước", "… so với tháng 5/2019") or the previous month ("… so với
# tháng trước", "… so với tháng 4/2020"; "T5/2020 so với T4/2020"); the month named
# "tháng báo cáo" too, as the appendix heads its columns ("Tháng báo cáo so với (%)").
MONTH = r"(?:thang |t)(?P<{0}>\d{{1,2}})(?: nam)?(?: (?P<{0}_year>\d{{4}}))?"
MONTH_INDEX_TITLE = re.compile(
    rf"(?:chi so )?(?:uoc (?:tinh )?)?(?:{MONTH.format('month')}|(?P<report>thang bao cao)) so voi "
    r"(?:(?P<same>(?:thang )?cung ki(?: nam (?:truoc|\d{4}))?|cung thang nam (?:truoc|\d{4}))"
    rf"|(?P<previous>thang truoc)|{MONTH.format('base')})(?: %)?"
)


def _month_index_field(typed: str, period: tuple[int, int] | None) -> str | None:
    """The ChiSoSXCN index column a title naming the month's index stands for, if any;
    none for another month's index than the workbook's ``period`` (year, month), when
    known ("Chỉ số tháng 2/2024 so với tháng 1/2024 (%)" kept beside March's)."""
    match = MONTH_INDEX_TITLE.fullmatch(typed)
    if match is None:
        return None
    if (
        match["report"] is None
        and period is not None
        and (int(match["month"]) != period[1] or match["month_year"] not in (None, str(period[0])))
    ):
        return None
    if match["same"]:
        return "index"
    if match["previous"]:
        return "mom_index"
    if match["report"] is not None and period is None:
        return None
    month = period[1] if match["report"] is not None and period else int(match["month"])
    base = int(match["base"])
    if base == month:  # the same month of another year
        return "index"
    return "mom_index" if base == (month - 2) % 12 + 1 else None


def names_a_total(
    sheet: str, field: str, typed: str, period: tuple[int, int] | None = None
) -> bool:
    """Whether the title ``typed`` (header_words' spelling, abbreviations spelled out) of
    the contract's sheet ``sheet`` names a period's total alone (or, in ChiSoSXCN, the
    month's index by its month) where the sheet lacks the column ``field``; with the
    workbook's ``period`` (year, month) known, the total of that period: "Thực hiện năm
    2023" in March 2024, last year's whole year beside the figures as an office's own
    column, is none (nor "Cả năm" before December), and last year's is named so, with
    "cùng kỳ" or last year's number."""
    if sheet == CHI_SO_SXCN.name and field in ("index", "mom_index"):
        return _month_index_field(typed, period) == field
    if field not in TOTAL_FIELDS.get(sheet, ()):
        return False
    if sheet == CHI_TIEU.name:
        cumulative = SAME_CUMULATIVE_TITLE if field == "ytd_same_period" else CUMULATIVE_TITLE
        if cumulative.fullmatch(typed):
            return True
        typed = re.sub(r"^cong don (?=\d|cung ki \d)", "", typed)  # "Cộng dồn 11 tháng"
    same = field == "ytd_same_period" and SAME_TOTAL_TITLE.fullmatch(typed) is not None
    title = INDEX_TITLE if sheet == CHI_SO_SXCN.name else TOTAL_TITLE
    matched = title.fullmatch(typed)
    if not same and matched is None:
        return False
    if matched is not None and title is INDEX_TITLE and matched["cumulative"]:
        return True  # "Cộng dồn từ đầu năm đến cuối tháng báo cáo so với cùng kỳ (%)"
    found = _FIRST.search(typed)
    if period is None or found is None:
        return True
    year, month = period
    months = 12 if found.group(2) is None else int(found.group(2))
    named = found.group(1) or found.group(3)
    if field == "ytd_same_period" and not same and named is None:
        return False  # "Ước thực hiện cả năm" beside «Lũy kế»: this year's, no cùng kỳ
    wanted = year - 1 if field == "ytd_same_period" else year
    return months == month and (named is None or int(named) == wanted)
