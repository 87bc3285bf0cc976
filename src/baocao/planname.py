"""The name the plan's share is said against ("so với kế hoạch năm 2025") may name only the
report's year: the «Kế hoạch năm» figures are this year's plan, whatever the sentence calls
them. A name copied with last year's workbook (or kept in the config since) printed "đạt
7,9% so với kế hoạch năm 2025" in January 2026. Only a year written after "kế hoạch" or
"KH" counts: a resolution named in the phrase ("Nghị quyết số 12/2025/NQ-HĐND") may be
last year's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from baocao.config import Config
from baocao.models import MonthlyData
from baocao.phrasekeys import said_of_phrase
from baocao.vnformat import plain_text

if TYPE_CHECKING:
    from baocao.checks import Findings

# A year that opens a span ("kế hoạch 2021-2025", "KH năm 2023 – 2025") names a plan of
# several years, not last year's: not this rule's.
_PLAN_YEAR = re.compile(r"\b(?:ke hoach|kh)(?: nam)? ((?:19|20)\d\d)(?!\d)(?!\s*[-–]\s*\d)")


def check_plan_name(found: Findings, data: MonthlyData, config: Config) -> None:
    """An error at ``so_sanh_ke_hoach`` (or at ``[report] plan``, said for every month it
    is wrong) when it names a plan of another year than the report's."""
    typed = data.info.plan_base
    name = typed or config.report.plan
    year = data.info.year
    wrong = [y for y in _PLAN_YEAR.findall(plain_text(name)) if int(y) != year]
    if not wrong:
        return
    message = (
        f"«{name}» gọi kế hoạch là của năm {wrong[0]}, mà «Kế hoạch năm» là kế hoạch năm "
        f"{year}: câu văn sẽ viết «đạt …% {name}». Hãy sửa thành «so với kế hoạch năm "
        f"{year}», hoặc «so với Kế hoạch năm»."
    )
    said_of_phrase(
        found, True, message, "so_sanh_ke_hoach" if typed else None, config, "report.plan"
    )
