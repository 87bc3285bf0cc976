"""The name the plan's share is said against ("so với kế hoạch năm 2025") may name only the
report's year: the «Kế hoạch năm» figures are this year's plan, whatever the sentence calls
them. A name copied with last year's workbook (or kept in the config since) printed "đạt
7,9% so với kế hoạch năm 2025" in January 2026. Only a year written after "kế hoạch" or
"KH" counts: a resolution named in the phrase ("Nghị quyết số 12/2025/NQ-HĐND") may be
last year's.

Nor may it name another base: "cùng kỳ năm 2023" typed in ``so_sanh_ke_hoach`` (one row
below ``so_sanh_cung_ky``, where it belongs) printed "đạt 13,8% cùng kỳ năm 2023" of a
share of the plan with exit code 0. A name of last year's period or of last month without
a word for a target ("kế hoạch", "KH", "chỉ tiêu", "mục tiêu", "dự toán", "kịch bản",
"Nghị quyết") is an error too.

Nor a plan of a part of the year: "so với kế hoạch 9 tháng", "kế hoạch quý", "KH 6 tháng"
printed "đạt 73,6% so với kế hoạch 9 tháng" of a share of «Kế hoạch năm» with a clean check
--strict (office20); a warning, since an office may have typed that plan in the column."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from baocao.assessmentword import period_only
from baocao.config import Config
from baocao.models import MonthlyData
from baocao.phrasekeys import is_answer, said_of_phrase
from baocao.vnformat import plain_text

if TYPE_CHECKING:
    from baocao.checks import Findings

# A year that opens a span ("kế hoạch 2021-2025", "KH năm 2023 – 2025") names a plan of
# several years, not last year's: not this rule's.
_PLAN_YEAR = re.compile(r"\b(?:ke hoach|kh)(?: nam)? ((?:19|20)\d\d)(?!\d)(?!\s*[-–]\s*\d)")
# Other bases, in plain text: last year's period ("cùng kỳ", "cùng thời gian", "cùng tháng",
# "năm trước") and last month ("tháng trước", "kỳ trước", "quý trước").
_SAME_PERIOD = re.compile(r"\bcung (?:(?:thoi )?k[yi]|thoi gian|thoi diem|thang)\b|\bnam truoc\b")
_PREVIOUS = re.compile(r"\b(?:thang|k[yi]|quy) truoc\b")
# A plan of a part of the year, in plain text: "ke hoach 9 thang", "kh quy iii", "ke hoach
# thang" (not "kế hoạch 12 tháng", the year's, nor "kế hoạch 5 năm" or "Kế hoạch số 12/KH").
_PART_PLAN = re.compile(r"\b(?:ke hoach|kh)\s+(?:(\d{1,2})\s+thang|(quy)|(thang))\b")
# Words that name a target, whatever else the phrase says.
TARGET = re.compile(r"\b(?:ke hoach|kh|chi tieu|muc tieu|du toan|kich ban|nghi quyet|nq)\b")


def check_plan_name(found: Findings, data: MonthlyData, config: Config) -> None:
    """An error at ``so_sanh_ke_hoach`` (or at ``[report] plan``, said for every month it
    is wrong) when it names a plan of another year than the report's."""
    typed = data.info.plan_base
    name = typed or config.report.plan
    year = data.info.year
    plain = plain_text(name)
    wrong = [y for y in _PLAN_YEAR.findall(plain) if int(y) != year]
    if not wrong:
        if not _part_plan(found, plain, name, bool(typed), config):
            _check_other_base(found, plain, name, bool(typed), config)
        return
    message = (
        f"«{name}» gọi kế hoạch là của năm {wrong[0]}, mà «Kế hoạch năm» là kế hoạch năm "
        f"{year}: câu văn sẽ viết «đạt …% {name}». Hãy sửa thành «so với kế hoạch năm "
        f"{year}», hoặc «so với Kế hoạch năm»."
    )
    said_of_phrase(
        found, True, message, "so_sanh_ke_hoach" if typed else None, config, "report.plan"
    )


def _part_plan(found: Findings, plain: str, name: str, typed: bool, config: Config) -> bool:
    """A warning when the plan's name names a plan of a part of the year; whether it did."""
    match = _PART_PLAN.search(plain)
    if match is None or (match.group(1) is not None and not 1 <= int(match.group(1)) <= 11):
        return False
    part = (
        f"{int(match.group(1))} tháng" if match.group(1) else "quý" if match.group(2) else "tháng"
    )
    message = (
        f"«{name}» gọi kế hoạch là kế hoạch {part}, mà số đứng trước là tỷ lệ của «Lũy kế» so "
        f"với «Kế hoạch năm» (kế hoạch cả năm): câu văn sẽ viết «đạt …% {name}». Hãy sửa thành "
        "«so với Kế hoạch năm», hoặc «kế hoạch năm»."
    )
    said_of_phrase(
        found, False, message, "so_sanh_ke_hoach" if typed else None, config, "report.plan"
    )
    return True


def _check_other_base(found: Findings, plain: str, name: str, typed: bool, config: Config) -> None:
    """An error when the plan's name names last year's period or last month, not a target."""
    if TARGET.search(plain) or is_answer(name):
        return  # a target's name; an answer is said by phrasekeys
    if _SAME_PERIOD.search(plain):
        base, key = "cùng kỳ năm trước", "so_sanh_cung_ky" if typed else "report.same_period"
    elif _PREVIOUS.search(plain):
        base, key = "tháng trước", ""
    elif period_only(plain):  # "năm", "cả năm" (the kind's words): no target named
        said_of_phrase(
            found,
            False,
            f"«{name}» không nói kế hoạch (chỉ tiêu) nào: câu văn sẽ viết «đạt …% {name}». Hãy "
            "viết «so với Kế hoạch năm», hoặc «so với kế hoạch năm».",
            "so_sanh_ke_hoach" if typed else None,
            config,
            "report.plan",
        )
        return
    else:
        return
    where = f" (kỳ so sánh với năm trước ghi ở khóa «{key}»)" if key else ""
    message = (
        f"«{name}» gọi kỳ so sánh là {base}, mà số đứng trước là tỷ lệ của «Lũy kế» so với "
        f"«Kế hoạch năm»: câu văn sẽ viết «đạt …% {name}». Hãy sửa thành «so với Kế hoạch "
        f"năm», hoặc «so với kế hoạch năm»{where}."
    )
    said_of_phrase(
        found, True, message, "so_sanh_ke_hoach" if typed else None, config, "report.plan"
    )
