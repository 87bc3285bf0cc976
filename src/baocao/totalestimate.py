"""A period's total worded with the estimate's word: ``[wording.*] total`` = "Ước cả năm
{year}" (as a statistics table heads the column) printed "Giá trị sản xuất công nghiệp ước
cả năm 2025 ước đạt …" and "Chỉ số sản xuất công nghiệp ước cả năm 2025 tỉnh …, ước
tăng …", since the sentence writes "ước" after the total. A warning at the key."""

from __future__ import annotations

import re

from baocao.config import Config
from baocao.errors import Problem, warning
from baocao.models import MonthlyData
from baocao.period import Period
from baocao.vnformat import plain_text

# "ước", "ước tính", "ước thực hiện", "ước TH", "ước đạt" before the period's words, in plain
# text (all of them left out of the example the warning gives).
_ESTIMATE = re.compile(r"uoc(?: tinh| thuc hien| th| dat)? (?=\S)")


def total_estimate(data: MonthlyData, config: Config) -> list[Problem]:
    """A warning at ``[wording.<kind>] total`` of the report's kind when the office's total
    opens with "ước" (a monthly report's says the month's, which every monthly report
    prints)."""
    kind = data.info.kind or config.report.kind
    period = Period(data.info.year, data.info.month)
    typed = getattr(config.wording, kind.key).total
    found_word = _ESTIMATE.match(plain_text(typed or ""))
    if typed is None or found_word is None:
        return []
    said = typed.format(**period.fields())
    meant = typed.split(maxsplit=len(found_word.group().split()))[-1]
    first = next((i.name for i in data.indicators if i.parent is None), None)
    name = f"{first[0].upper()}{first[1:]} " if first else "… "
    message = (
        f"Khóa «total» ghi «{said}», mà câu văn tự viết «ước đạt» ngay sau nó: báo cáo sẽ in "
        f"«{name}{said} ước đạt …». Hãy bỏ chữ «ước» ở đầu (ví dụ «{meant}»)."
    )
    return [warning(message, config.source, place=f"wording.{kind.key}.total")]
