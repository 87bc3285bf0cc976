"""A HoatDong paragraph that gives a ChiTieu indicator's figure other than the sheet's.

An office's paragraph sometimes repeats a figure of the figures section in its own words:
"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tháng 3 ước đạt 5.120 tỷ đồng". Typed from
a draft, or before the statistics office's revision, it can differ from the ChiTieu row
the figures section prints (5.210), and the report then gives two figures for one
indicator under the director's signature, with a clean check. The rule is narrow, to stay
quiet on correct paragraphs: the indicator's whole name (or the name without its last
bracket, "(giá thực tế)"), then at most this month's name ("tháng 3", "tháng 3/2024",
"tháng 3 năm 2024"), "ước (tính)", "đạt", "là", then a number and the row's own unit (also
before its change in brackets, "… 4.310 tỷ đồng (tăng 0,6% …)"), in a sentence that names
no other period before the name (this month may open it: "Tính riêng tháng 3/2024, …"). A
paragraph that names another month, a quarter, a year-to-date, a district or a sector
between them does not match, nor one whose sentence says a part of the indicator before
the name ("Riêng doanh nghiệp FDI, …", "Trong đó, …") or sets a label and a colon before
it ("Khu vực FDI: …", "Hoa Kỳ: …"; "Về …:" is the paragraph's subject, and is read).
The number must equal none of the row's figures (this month, last month, a year ago, the
year-to-dates, the plan, the quarter's) to one unit of its last digit typed ("1.822" for
1.822,5 is a rounding, no slip). A warning at the
paragraph's cell, naming the row's cell of this month's figure. A sentence that names this
month (opening it, or right after the name) and gives the row's «Tháng trước» figure, not
this month's, is a warning too: it was copied from last month's report (office44). The
report's own year-to-date opening the sentence ("Lũy kế 6 tháng, …", "Tính chung 6 tháng
đầu năm 2026, …") is no other period either, and a share of the plan right after the row's
year-to-date and its change ("…, tăng 14,0% so với cùng kỳ, đạt 48,6% kế hoạch năm") must
be the row's share, to one unit of its last digit typed (office44).
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from baocao.cells import Locator
from baocao.errors import Problem, warning
from baocao.models import Indicator, MonthlyData
from baocao.period import Period, month_words
from baocao.sheets import CHI_TIEU, HOAT_DONG
from baocao.substrings import places
from baocao.vnformat import clipped, format_number, parse_number_text

_FIGURES = (
    "value",
    "previous",
    "same_period",
    "ytd",
    "ytd_same_period",
    "annual_plan",
    "quarter",
    "quarter_same_period",
)
_LAST_BRACKET = re.compile(r"\s*\([^()]*\)$")
_NUMBER = r"[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
# Another period, a target or a forecast, said before the name in its sentence ("Kết quả
# năm 2025, giá trị … đạt", "Phấn đấu giá trị … đạt") or right after the unit ("… tỷ đồng
# trong năm 2025", "(cả năm)"; or a place or part there, "… tại các khu công nghiệp", "… ở
# huyện …", "… thuộc khu vực FDI"): not this month's figure, nor one of the row's for sure.
_OTHER_PERIOD = re.compile(
    r"\d|\b(?:năm|quý|tháng|kỳ|lũy\s+kế|cộng\s+dồn|kết\s+quả|kế\s+hoạch|mục\s+tiêu|"
    r"phấn\s+đấu|dự\s+kiến|dự\s+báo|chỉ\s+tiêu)\b",
    re.I,
)
# A part of the indicator said before the name in its sentence ("Riêng doanh nghiệp FDI,
# kim ngạch xuất khẩu đạt", "Tại huyện …"): that part's figure, not the row's. "Trong đó",
# "Riêng" alone (``_OF_WHICH``) say a part too, but before a breakdown row's name (one with
# «Thuộc», "Trong đó, doanh thu dịch vụ đạt …") the part is that row, whose figure it is.
_OF_WHICH = re.compile(r"\b(?:trong\s+đó|riêng)\b", re.I)
_PART = re.compile(
    r"\b(?:khu\s+vực|doanh\s+nghiệp|fdi|đtnn|huyện|thành\s+phố|tp|"
    r"thị\s+xã|thị\s+trấn|xã(?!\s+hội)|phường|ngành|nhóm|mặt\s+hàng|khu\s+công\s+nghiệp|"
    r"cụm\s+công\s+nghiệp|kcn|ccn|công\s+ty|tập\s+đoàn|thị\s+trường|sản\s+phẩm)\b",
    re.I,
)
# A label and a colon before the name in its sentence ("Khu vực FDI:", "Huyện …:", "Hoa
# Kỳ:", "Năm 2023:") names the part or period the figure is of; only "Về …:", the
# paragraph's subject, is passed over.
_LABEL = re.compile(r"^[\s\-–+*•]*về\b", re.I)
_LEAD = re.compile(r"ngành\s*", re.I)  # "Ngành công nghiệp chế biến …": the name's own
# A bracket opening with the figure's change, "(tăng 9,2% so với tháng trước, …)", is read
# as the comma's "…, tăng 9,2%" is: the commonest way a report gives its change (province52).
_NOT_AFTER = (
    r"(?!\s*(?:\((?!\s*(?:tăng|giảm)\b)"
    r"|(?:trong|của|năm|quý|cả|lũy|từ|tháng|giai|tại|ở|thuộc)\b))"
)
_BULLETS = " \t\n\r\u00a0-–+*•"  # what may stand before a sentence's first word
_SENTENCE_END = re.compile(r"(?<!\bTP)(?<!\bTp)[.;!?](?=\s)")


def _own_month(month: int, year: int) -> re.Pattern[str]:
    """This month named ("tháng 3", "tháng 03/2024", "tháng 3 năm 2024"; not "tháng 3/2023",
    "tháng 3-2024" or "tháng 12" in January): the sentence's own period, not another's, when
    it opens so ("Tính riêng tháng 3/2024, tổng mức … ước đạt …", province52)."""
    lead = r"(?:(?:tính\s+)?riêng\s+(?:trong\s+)?|trong\s+)?"  # "Tính riêng tháng 3": a period
    this = rf"{month_words(Period(year, month))}(?![\d/.\-–])"
    return re.compile(rf"\b{lead}{this}", re.I)


def _own_ytd(month: int, year: int) -> re.Pattern[str]:
    """The report's year-to-date named ("Lũy kế 6 tháng", "Tính chung 06 tháng đầu năm
    2026", "6 tháng đầu năm"; not "Lũy kế 5 tháng" in June)."""
    lead = r"(?:(?:lũy\s+kế|cộng\s+dồn|tính\s+chung)\s+)?"
    months = rf"0?{month}\s+tháng(?:\s+đầu\s+năm)?(?:\s+(?:năm\s+)?{year})?(?![\d/.\-–])"
    return re.compile(rf"{lead}{months}", re.I)


# A share of the plan right after the figure's unit, past its changes: "…, tăng 14,0% so
# với cùng kỳ, đạt 48,6% kế hoạch năm", "(tăng 9,2% …), bằng 23% KH".
_SHARE = re.compile(
    rf"\s*(?:\([^()]*\))?(?:\s*[,;]?\s*(?:tăng|giảm)\s+{_NUMBER}\s*%(?:\s+so\s+với\s+[^,;()%]*)?)*"
    rf"\s*[,;]?\s*(?:và\s+)?(?:đạt|bằng)\s+(?P<share>{_NUMBER})\s*%\s*(?:so\s+với\s+)?"
    r"(?:kế\s+hoạch(?:\s+năm)?|kh)\b",
    re.I,
)


def _plain(text: str) -> str:
    """``text`` as NFC with its spaces made one (its case kept: it is quoted)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _spelled(ind: Indicator) -> str | None:
    """The row's names as a pattern (the longer first), its spaces any spaces; None for a
    row whose name is one word (any paragraph's word) or that has no unit."""
    name = _plain(ind.name)
    names = sorted({name, _LAST_BRACKET.sub("", name)}, key=len, reverse=True)
    names = [n for n in names if len(n.split()) >= 2]
    if not names or not ind.unit.strip():
        return None
    return "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)


def _patterns(ind: Indicator, month: int, year: int) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The row's name alone, and its name then what may stand before its figure and unit
    (the module's docstring)."""
    spelled = _spelled(ind)
    unit = r"\s+".join(map(re.escape, ind.unit.split()))
    this_month = month_words(Period(year, month))
    name = rf"(?<!\w)(?P<name>{spelled})(?!\w)"
    return re.compile(name, re.I), re.compile(
        rf"{name}\s*(?:(?P<month>{this_month})\s*)?,?\s*(?:ước\s+(?:tính\s+)?)?(?:đạt\s+|là\s+)?"
        rf"(?P<number>{_NUMBER})\s+{unit}(?!\w){_NOT_AFTER}",
        re.I,
    )


def _read(typed: str) -> tuple[Decimal | None, Decimal]:
    """The number ``typed``, and one unit of its last digit typed: a rounding's leeway."""
    decimals = len(typed.split(",")[1]) if "," in typed else 0
    return parse_number_text(typed), Decimal(1).scaleb(-decimals)


def _agrees(
    typed: Decimal, leeway: Decimal, inds: list[Indicator], names: tuple[str, ...] = _FIGURES
) -> bool:
    """Whether ``typed`` is one of the rows' figures (of ``names``), rounded (``leeway``)."""
    figures = (getattr(ind, name) for ind in inds for name in names)
    return any(abs(typed - f) < leeway for f in figures if f is not None)


def paragraph_figures(data: MonthlyData, locator: Locator, path: Path) -> list[Problem]:
    """The warnings of the module's docstring, one per paragraph and indicator."""
    problems: list[Problem] = []
    month, year = data.info.month, data.info.year
    rows = [(ind, *_patterns(ind, month, year)) for ind in data.indicators if _spelled(ind)]
    # The shorter name of each row, to pass over at once the paragraphs that do not hold it.
    keys = [_LAST_BRACKET.sub("", _plain(ind.name)).lower() for ind, _, _ in rows]
    # The rows each row's shorter name names ("Giá trị sản xuất công nghiệp" of "(giá thực
    # tế)" and "(giá so sánh 2010)"): that name alone may give either's figure.
    # By that name, not by code: a code typed twice (an error) named another row's figures.
    sharing: dict[str, list[Indicator]] = {}
    for (ind, _, _), key in zip(rows, keys, strict=True):
        sharing.setdefault(key, []).append(ind)
    own_month, own_ytd = _own_month(month, year), _own_ytd(month, year)
    for activity in data.activities:
        text = _plain(activity.text)
        lowered = text.lower()
        named = [(*row, key) for row, key in zip(rows, keys, strict=True) if key in lowered]
        if not named:
            continue
        # Where each row's name may start: its shorter name's places in the lowered text
        # (a row's every name starts so); tried there alone, not searched for from every
        # character (hundreds of rows named in long paragraphs took seconds), unless
        # lowering changed the text's length ("İ"), and so its places.
        aligned = len(lowered) == len(text)
        starts = {key: places(lowered, key) if aligned else None for *_, key in named}
        spans = _Spans(
            [m.span() for _, name, _, key in named for m in _at(name, text, starts[key])]
        )
        openings = _Openings(text, own_month, own_ytd)
        for ind, _, pattern, key in named:
            found = _first_slip(
                _at(pattern, text, starts[key]), ind, key, spans, openings, sharing[key]
            )
            if found is None:
                continue
            at = (locator.sheet(HOAT_DONG), locator.cell(HOAT_DONG, "text", activity.row))
            problems.append(warning(_said(found, ind, locator, month, year), path, *at))
    return problems


def _said(
    found: tuple[str, str, str], ind: Indicator, locator: Locator, month: int, year: int
) -> str:
    """The warning for ``found`` (``_first_slip``: the passage, the number as typed, and
    "share", "previous" or "") in a paragraph about ``ind``."""
    where = locator.cell(CHI_TIEU, "value", ind.row)
    if found[2] == "share" and ind.ytd is not None and ind.annual_plan:
        share = format_number(ind.ytd / ind.annual_plan * 100, ind.pct_decimals)
        return (
            f"Đoạn văn ghi «{clipped(found[0], 160)}», nhưng «Lũy kế» của chỉ "
            f"tiêu «{ind.name}» ở trang {locator.sheet(CHI_TIEU)} (ô "
            f"{locator.cell(CHI_TIEU, 'ytd', ind.row)}) bằng {share}% «Kế hoạch "
            f"năm» (ô {locator.cell(CHI_TIEU, 'annual_plan', ind.row)}), không phải "
            f"{found[1]}%. Báo cáo sẽ in hai tỷ lệ khác nhau so với kế hoạch của "
            "cùng một chỉ tiêu; hãy sửa đoạn văn cho khớp."
        )
    if found[2] == "previous" and ind.value is not None:  # last month's figure
        return (
            f"Đoạn văn ghi «{clipped(found[0], 120)}», là số tháng trước của chỉ "
            f"tiêu «{ind.name}» ở trang {locator.sheet(CHI_TIEU)} (ô "
            f"{locator.cell(CHI_TIEU, 'previous', ind.row)}), trong khi câu nói về "
            f"tháng {month}/{year}, số tháng này là "
            f"{format_number(ind.value, ind.decimals)} {ind.unit} (ô {where}): "
            "đoạn văn có lẽ chép từ báo cáo tháng trước. Báo cáo sẽ in hai số khác "
            "nhau cho cùng một tháng; hãy sửa đoạn văn cho khớp."
        )
    month_said = (  # a blank month: the paragraph's figure may be the one missing
        f"số tháng này là {format_number(ind.value, ind.decimals)} {ind.unit} (ô "
        f"{where}). Báo cáo sẽ in hai số khác nhau của cùng một chỉ tiêu; hãy sửa "
        "đoạn văn hoặc số liệu cho khớp."
        if ind.value is not None
        else f"ô số tháng này ({where}) để trống. Nếu đó là số tháng này, hãy điền vào "
        f"ô {where}; nếu không, hãy sửa đoạn văn cho khớp số liệu."
    )
    return (
        f"Đoạn văn ghi «{clipped(found[0], 120)}», nhưng ở trang "
        f"{locator.sheet(CHI_TIEU)} chỉ tiêu «{ind.name}» không có số nào là "
        f"{found[1]} {ind.unit}: {month_said}"
    )


class _Spans:
    """Where every row's name stands in a paragraph, to ask in log time whether a name is
    inside a longer one (a paragraph of 32 767 characters may name a row thousands of
    times: a scan of every span for each took seconds a paragraph)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []  # the furthest end of the spans up to each
        for _, b in spans:
            self.reach.append(max(b, self.reach[-1] if self.reach else b))
        self.longest = dict(spans)  # sorted: each start keeps its furthest end

    def inside(self, start: int, end: int) -> bool:
        """Whether a span longer than ``start``–``end`` holds it."""
        before = bisect_left(self.starts, start)  # the spans that start before it
        return (before > 0 and self.reach[before - 1] >= end) or self.longest.get(start, end) > end


class _Openings:
    """From where in each sentence of a paragraph what stands before a name says a part of
    the indicator, another period or a label (``_first_slip``), each sentence read once: a
    sentence of thousands of characters, which a paragraph of 32 767 may be, read again
    for each of its mentions took seconds (review33: read back 300 characters at most, a
    long sentence's opening "Riêng doanh nghiệp FDI, …" was not, and warned)."""

    def __init__(self, text: str, own_month: re.Pattern[str], own_ytd: re.Pattern[str]) -> None:
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self.size = len(text)
        self.barred: list[float] = []  # a name starting here or after is not read
        self.of_which: list[float] = []  # "Trong đó", "Riêng" stand before one starting so
        self.own: list[bool] = []  # whether the sentence opens with this month
        for opening, end in zip([0, *self.ends], [*self.ends, len(text)], strict=True):
            # This month opening the sentence (``own_month``) is no other period: blanked,
            # its places kept. Named later, after a market or a product ("Đối với thị
            # trường Trung Quốc, trong tháng 3/2024 …"), it still bars (review34).
            sentence = text[opening:end]
            first = len(sentence) - len(sentence.lstrip(_BULLETS))
            own = own_month.match(sentence, first)
            self.own.append(own is not None)
            own = own or own_ytd.match(sentence, first)  # the report's year-to-date
            if own:
                sentence = f"{sentence[: own.start()]}{' ' * len(own[0])}{sentence[own.end() :]}"
            found = [m.end() for m in (_OTHER_PERIOD.search(sentence),) if m]
            # A part from its end on; "ngành" only past the spaces after it: right before
            # the name it is the name's own first word.
            for part in _PART.finditer(sentence):
                lead = _LEAD.match(sentence, part.start()) if part[0].lower() == "ngành" else None
                found.append(lead.end() + 1 if lead else part.end())
            colon = sentence.find(":")
            if colon >= 0 and not _LABEL.match(sentence):
                found.append(colon + 1)
            which = _OF_WHICH.search(sentence)
            self.barred.append(opening + min(found, default=math.inf))
            self.of_which.append(opening + which.end() if which else math.inf)

    def opens_with_month(self, start: int) -> bool:
        """Whether the sentence of a name starting at ``start`` opens with this month."""
        return self.own[bisect_left(self.ends, start)]

    def sentence_end(self, start: int) -> int:
        """Where the sentence of a name starting at ``start`` ends."""
        at = bisect_left(self.ends, start)
        return self.ends[at] if at < len(self.ends) else self.size

    def barred_at(self, start: int, breakdown: bool) -> bool:
        """Whether a name starting at ``start`` is not read: what stands before it in its
        sentence says a part, another period or a label ("Trong đó", "Riêng" only when it
        is no ``breakdown`` row's)."""
        at = bisect_left(self.ends, start)  # a name starts with no space: none ends at it
        return start >= self.barred[at] or (not breakdown and start >= self.of_which[at])


def _at(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, its matches all starting at one of ``starts`` (in order;
    None: not known), each tried there alone."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    after = 0  # as finditer: no match overlaps the one before (none is empty: a name)
    for start in starts:
        if start >= after and (match := pattern.match(text, start)) is not None:
            after = match.end()
            yield match


def _first_slip(
    matches: Iterator[re.Match[str]],
    ind: Indicator,
    key: str,
    spans: _Spans,
    openings: _Openings,
    sharing: list[Indicator],
) -> tuple[str, str, str] | None:
    """The first of ``matches`` (the row's ``_patterns`` in ``text``) naming a figure of its
    unit that is none of its figures: (the passage, the number as typed, ""), or None;
    or, in a sentence naming this month, last month's figure and not this month's
    ("previous"); or the row's year-to-date then a share of the plan not the row's (the
    passage to the share, the share as typed, "share"). Not a
    name inside another row's longer name (``spans``: where every row's name stands):
    "Doanh thu dịch vụ" in "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ". Nor one that
    what stands before it in its sentence bars (``openings``). The shorter name alone
    (``key``, lowered) may give the figure of any row it names (``sharing``)."""
    for match in matches:
        start, end = match.span("name")
        if spans.inside(start, end):
            continue
        if openings.barred_at(start, ind.parent is not None):
            continue
        typed = match["number"]
        value, leeway = _read(typed)
        if value is None:
            continue
        inds = sharing if match["name"].lower() == key else [ind]
        if not _agrees(value, leeway, inds):
            return match[0], typed, ""
        if (
            ind.value is not None
            and (match["month"] or openings.opens_with_month(start))
            and _agrees(value, leeway, inds, ("previous",))
            and not _agrees(value, leeway, inds, ("value",))
        ):
            return match[0], typed, "previous"
        share = _SHARE.match(match.string, match.end(), openings.sentence_end(start))
        if (
            share
            and ind.ytd is not None
            and ind.annual_plan
            and _agrees(value, leeway, [ind], ("ytd",))
        ):
            said, within = _read(share["share"])
            if said is not None and abs(said - ind.ytd / ind.annual_plan * 100) >= within:
                return match.string[start : share.end()], share["share"], "share"
    return None
