"""A year typed as digits in a config text that names the period (``[document] summary``,
``[wording.<kind>]``'s title, summary, headings and total): "… nhiệm vụ trọng tâm tháng
{next_month} năm 2025" set up in 2025 prints "năm 2025" in every later report too, so
January 2026's title reads "tháng 2 năm 2025". A warning at the key, when the year typed is
neither the report's year nor the next one (the years ``{year}`` and ``{next_year}`` give
this month): a year typed that is still right this month prints nothing wrong yet. Only a
year after "năm" or "/" ("năm 2025", "tháng {month}/2025"), where the period's year is
written; not a span of years ("giai đoạn 2021 - 2025") nor a document's number."""

from __future__ import annotations

import re

from baocao.config import Config
from baocao.errors import Problem, warning
from baocao.models import MonthlyData
from baocao.period import Period, ReportKind

# "năm 2025", "/2025": a year where the period's year is written; not one in a span.
_TYPED_YEAR = re.compile(r"(?:(?<!\w)năm\s+|/)((?:19|20)\d\d)(?![\d\s]*[-–])(?!\d)", re.I)
_KEYS = ("title", "summary", "section_one", "section_two", "total")


def fixed_years(data: MonthlyData, config: Config) -> list[Problem]:
    """The warnings at the config's period texts of the report's kind that type a year
    other than this report's or the next (see the module's docstring)."""
    kind = data.info.kind or config.report.kind
    period = Period(data.info.year, data.info.month)
    wording = getattr(config.wording, kind.key)
    texts = [(f"wording.{kind.key}.{key}", getattr(wording, key)) for key in _KEYS]
    if kind is ReportKind.MONTH and config.document.summary is not None:
        texts[1] = ("document.summary", config.document.summary)  # the one printed
    problems = []
    for place, typed in texts:
        if typed is None:
            continue
        match = _TYPED_YEAR.search(typed)
        if match is None or int(match.group(1)) in (period.year, period.next().year):
            continue
        key = place.rsplit(".", 1)[1]
        said = typed.format(**period.fields())
        message = (
            f"Khóa «{key}» ghi năm cố định «{match.group().strip()}», nên báo cáo nào cũng "
            f"in năm {match.group(1)}: báo cáo tháng {period.short} sẽ in «{said}». Hãy thay "
            f"«{match.group(1)}» bằng {{year}} (năm của báo cáo) hoặc {{next_year}} (năm của "
            "tháng sau), để mỗi tháng in đúng năm của nó."
        )
        problems.append(warning(message, config.source, place=place))
    return problems
