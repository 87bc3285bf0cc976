"""A NhiemVu task naming a Tết already past: "Chuẩn bị hàng hóa phục vụ Tết Nguyên đán Ất Tỵ
2025." was printed under "NHIỆM VỤ TRỌNG TÂM THÁNG 2 NĂM 2026" of January 2026's report with
a clean check (office29): last year's task left as it was. Tết falls by 20 February; a
task of March or later names its year's Tết as past (office30: "… phục vụ Tết Nguyên đán
Bính Ngọ 2026" among March 2026's tasks), a task of February or later its "Tết Dương lịch"
(1 January; review22), unless the task names that year's lunar Tết, still to come, with
it (the season's name: "… bình ổn thị trường dịp Tết Dương lịch 2026 và Tết Nguyên đán
Bính Ngọ 2026" among February 2026's tasks), and so does one of a later year; but March's tasks
carry on after it (province46: "… ổn định sản xuất sau Tết Nguyên đán Bính Ngọ 2026" in
February 2026's report), so a Tết named after "sau" alone is past from April. The
year is the one typed ("Tết Nguyên đán 2025", "Tết Dương lịch 2025"), else the one its
name in the sixty-year cycle gives ("Tết Ất Tỵ": 2025, the latest such year by the tasks'
own). Not after words that look back at it ("Tổng kết công tác phục vụ Tết …"), nor a Tết
more than two years before the tasks' (``RECENT``); a warning at the task, unless
``staletasks``, ``lastyeartasks`` or ``plannedtasks`` warned there already (said once)."""

from __future__ import annotations

import re

from baocao.cells import Reading
from baocao.lastyeartasks import part_two, said_cells
from baocao.models import MonthlyData
from baocao.period import Period, ReportKind
from baocao.sheets import NHIEM_VU
from baocao.staletasks import LOOKS_BACK

_STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
_BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
_SPELLED = {"kỉ": "kỷ", "tị": "tỵ", "mẹo": "mão"}
_STEM = "|".join((*_STEMS, "kỉ"))
_BRANCH = "|".join((*_BRANCHES, "tị", "mẹo"))
_TET = re.compile(
    r"(?<!\w)tết\s+(?:nguyên\s+đán\s+|cổ\s+truyền\s+|(?P<solar>dương\s+lịch\s+))?"
    rf"(?:(?P<stem>{_STEM})\s+(?P<branch>{_BRANCH})(?!\w)\s*)?(?:năm\s+)?(?P<year>\d{{4}})?(?!\d)",
    re.IGNORECASE,
)
PAST_FROM = 3  # a Tết is past for the tasks of March of its year and after
SOLAR_PAST_FROM = 2  # "Tết Dương lịch", 1 January: for those of February and after
# A task copied and left is last year's, or the year's before: an older Tết is history ("kỷ
# niệm … cuộc Tổng tiến công và nổi dậy Tết Mậu Thân 1968"), or no year ("Tết 1500 phần quà").
RECENT = 2
# "sau Tết …", "sau dịp Tết …", "sau kỳ nghỉ Tết …": the weeks after it, which March's tasks
# carry on; not "trước, trong và sau Tết …", whose time before and during it is past.
_AFTER = re.compile(r"(?<!\w)sau\s+(?:dịp\s+|(?:kỳ\s+)?nghỉ\s+)?$", re.I)
_AROUND = re.compile(r"(?<!\w)(?:trước|trong)(?:[\s,]+(?:trong|và))*[\s,]+$", re.I)


def _year(stem: str | None, branch: str | None, typed: str | None, coming: Period) -> int | None:
    """The year of the Tết a task names: typed, else its cycle's latest by ``coming``'s;
    None for none (a stem and a branch of unlike parity, "Ất Tý", name no year)."""
    if typed is not None:
        return int(typed)
    if stem is None or branch is None:
        return None
    s = _STEMS.index(_SPELLED.get(stem.lower(), stem.lower()))
    b = _BRANCHES.index(_SPELLED.get(branch.lower(), branch.lower()))
    latest = coming.year + 1  # next year's Tết may be prepared for in December
    years = range(latest, latest - 60, -1)
    return next((y for y in years if (y - 4) % 10 == s and (y - 4) % 12 == b), None)


def past_tet_tasks(data: MonthlyData, kind: ReportKind, ctx: Reading) -> None:
    """Warn at each task naming a Tết already past (see the module's docstring)."""
    period = Period(data.info.year, data.info.month)
    coming = period.next()
    report, tasks = part_two(kind, period)
    said = said_cells(ctx)  # a task warned already: said once
    for task in data.tasks:
        if ctx.at(NHIEM_VU, "text", task.row) in said:
            continue
        for match in _TET.finditer(task.text):
            stem, branch, typed = match.group("stem", "branch", "year")
            year = _year(stem, branch, typed, coming)
            if year is None or year < coming.year - RECENT:
                continue
            past = Period(year, SOLAR_PAST_FROM if match.group("solar") else PAST_FROM)
            if coming < past:
                continue
            if coming == past and _after_alone(task.text, match.start()):
                continue
            if match.group("solar") and _lunar_to_come(task.text, year, coming):
                continue
            if LOOKS_BACK.search(task.text, 0, match.start()):
                break  # so is each later one: not searched again (attack17: 2 s)
            ctx.warn(
                *ctx.at(NHIEM_VU, "text", task.row),
                f"Nhiệm vụ này nêu «{match.group(0).strip()}», Tết của năm {year}, đã qua, "
                f"nhưng phần II của báo cáo {report} là nhiệm vụ {tasks}: có lẽ nhiệm vụ được "
                "chép từ báo cáo trước mà chưa cập nhật. Hãy cập nhật nhiệm vụ này, hoặc bỏ nếu "
                "không còn cần.",
            )
            break


def _lunar_to_come(text: str, year: int, coming: Period) -> bool:
    """Whether ``text`` names ``year``'s lunar Tết, not yet past for ``coming``'s tasks."""
    for match in _TET.finditer(text):
        stem, branch, typed = match.group("stem", "branch", "year")
        if not match.group("solar") and _year(stem, branch, typed, coming) == year:
            return coming < Period(year, PAST_FROM)
    return False


def _after_alone(text: str, start: int) -> bool:
    """Whether ``text`` before ``start``, a Tết's, ends naming the time after it alone
    (the words read are the few before it: a task of many Tết is read at once)."""
    window = max(0, start - _WINDOW)
    found = _AFTER.search(text, window, start)
    return found is not None and not _AROUND.search(text, max(0, window - _WINDOW), found.start())


_WINDOW = 60  # characters: "sau kỳ nghỉ ", "trước, trong và " and their spaces
