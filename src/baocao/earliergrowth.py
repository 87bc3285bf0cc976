"""Another period's growth typed in the assessment word, which the sentence does not print.

An office sets the index's course against last year's: "vượt xa mức tăng 5,12% của năm
trước", "cao hơn mức tăng 5,12% cùng kỳ năm trước", "(cùng kỳ năm 2023 tăng 5,9%)",
"(năm 2023: chỉ tăng 5,9%)". That figure is not the index's own change, which ``iip``
refuses in the word (the sentence prints it right after). Narrow: a year named ("cùng kỳ
giảm 5%" may be the index's own), after "của", or after a comparison with "mức tăng"
("hơn mức tăng", "vượt mức tăng"; "mức tăng 5% cùng kỳ" may be the index's own with "so
với" left out); never after "so với" ("so với cùng kỳ năm 2023 giảm 5%": the index's own).
"""

from __future__ import annotations

import re

_YEAR = r"năm\s+(?:trước|ngoái|\d{4})"
_OF_EARLIER = re.compile(rf"\s*của\s+(?:cùng\s+kỳ|{_YEAR})", re.I)
_PERIOD_AFTER = re.compile(rf"\s*(?:cùng\s+kỳ\b|{_YEAR})", re.I)
_THAN_LEVEL = re.compile(
    r"(?<!\w)(?:hơn|vượt(?:\s+xa)?)\s+mức\s+(?:tăng|giảm)(?:\s+trưởng)?\s*$", re.I
)
_GREW = rf"(?:cùng\s+kỳ\s+)?{_YEAR}\s*:?\s+(?:chỉ\s+|đã\s+)?(?:tăng|giảm)\s*$"
_EARLIER_GREW = re.compile(r"(?<!\w)(?<!với\s)(?<!kỳ\s)" + _GREW, re.I)


def earlier_growth(before: str, after: str) -> bool:
    """Whether the figure between ``before`` and ``after`` in the word is another period's
    growth (the module's docstring)."""
    return bool(
        _OF_EARLIER.match(after)
        or _EARLIER_GREW.search(before)
        or (_THAN_LEVEL.search(before) and _PERIOD_AFTER.match(after))
    )
