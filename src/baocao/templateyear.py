"""A year typed as digits right after a template's month tag: "ngày {{ doc.day }} tháng
{{ doc.month }} năm 2025", "THÁNG {{ month }}/2025", an office's template edited once and
the year written out. Every report then prints that year beside its own month: January
2026's date line read "ngày 30 tháng 01 năm 2025", with a clean check. A warning at the
paragraph, naming the tag to write instead (``{{ doc.year }}``, ``{{ year }}``,
``{{ next_year }}``). Only a year right after the month's own tag ("năm 2025", "/2025"): a
year elsewhere in the template's text is the office's own words (a decree's date)."""

from __future__ import annotations

import re
from xml.etree import ElementTree as ET

from baocao.templateplaces import T

_MONTH_THEN_YEAR = re.compile(
    r"\{\{\s*((?:doc\.)?(?:next_)?)month\s*\}\}\s*(?:năm\s+|/\s*)((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)


def typed_years(paragraph: ET.Element) -> list[str]:
    """A warning for each year typed after a month's tag in ``paragraph``."""
    text = "".join(t.text or "" for t in paragraph.iter(T))
    return [
        f"Mẫu ghi năm cố định «{match.group()}» ngay sau tháng của báo cáo, nên báo cáo "
        f"tháng nào cũng in năm {match.group(2)}. Hãy thay «{match.group(2)}» bằng "
        f"«{{{{ {match.group(1)}year }}}}»."
        for match in _MONTH_THEN_YEAR.finditer(text)
    ]
