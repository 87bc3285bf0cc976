"""An indicator moved into another figure subsection by the order of the rows alone.

A row with a blank ``Mục`` is written in the subsection of the row above. When the rows of
ChiTieu are sorted (by ``Mã``, by name) or one is moved, such a row takes the subsection of
whatever row now stands above it: "Kim ngạch nhập khẩu" printed under "Về sản xuất công
nghiệp", without a word. A row without ``Thuộc`` whose ``Mục`` is blank, written in another
subsection than last month's workbook wrote it, is a warning at its ``Mục`` cell, when both
subsections are in both workbooks (a heading renamed or added this month moves its rows on
purpose, and is not said). Typing the row's ``Mục`` says the move is meant.
"""

from __future__ import annotations

from baocao.cells import Reading
from baocao.celltext import typed_number
from baocao.headingnames import topic_words
from baocao.history import History
from baocao.models import Indicator
from baocao.period import Period
from baocao.sheets import CHI_TIEU


def _key(section: str) -> str:
    """A subsection's topic, without the number or list marker typed before it ("2. Về …",
    "II. ", "- "), which the month's reader drops (``celltext``) and history keeps."""
    typed = typed_number(section)
    return topic_words(section[typed.end() :] if typed else section)


def moved_rows(
    indicators: tuple[Indicator, ...], period: Period, history: History, ctx: Reading
) -> None:
    """The warning of the module's docstring, for each such row of ``indicators``."""
    previous = period.previous()
    before = history.records(previous)
    then = {_key(r.section) for r in before.values() if r.section}
    now = {_key(i.section) for i in indicators if i.section and i.parent is None}
    for ind in indicators:
        record = before.get(ind.code)
        if ind.parent is not None or ind.section_typed or not ind.section or record is None:
            continue
        old, new = _key(record.section), _key(ind.section)
        if not record.section or old == new or old not in now or new not in then:
            continue
        ctx.warn(
            *ctx.at(CHI_TIEU, "section", ind.row),
            f"«Mục» của «{ind.code}» để trống nên chỉ tiêu được viết trong tiểu mục "
            f"«{ind.section}» của dòng trên, nhưng trong sổ {history.files[previous].name} "
            f"chỉ tiêu này thuộc tiểu mục «{record.section}». Nếu các dòng đã bị sắp xếp lại, "
            "hãy đưa dòng về dưới tiểu mục của nó; nếu đúng là chuyển tiểu mục, hãy ghi «Mục» "
            "cho dòng này.",
        )
