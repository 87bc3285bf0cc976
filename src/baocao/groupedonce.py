"""A breakdown's ``Nhóm`` typed on some of its rows only.

A parent's rows "Khu vực kinh tế nhà nước", "… ngoài nhà nước", "… có vốn đầu tư nước
ngoài", with "Phân theo loại hình kinh tế" typed beside the last alone (office19), were two
breakdowns: the blank ones a "Trong đó:" list, the last "* Phân theo loại hình kinh tế:"
with one row, each added up alone. The report printed both headings, and check gave, for
each column, two warnings that neither adds up ("tổng các chỉ tiêu con của «gtsx» lệch
-6.100"), none of them naming the ``Nhóm`` cells the slip is in. When a parent has blank
rows beside exactly one named complete breakdown, all in its unit, and in every column
whose figures are all known the two add up to the parent together but neither alone, the
rows are one breakdown whose ``Nhóm`` was typed once: one warning at the first blank
``Nhóm`` says so, in place of those sums' warnings. Blank rows that add up by themselves
(a second breakdown of the parent) are not said here."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from baocao.models import Indicator
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.vnformat import format_at_least, half_unit

if TYPE_CHECKING:
    from baocao.checks import Findings


def group_typed_once(
    found: Findings,
    by_code: dict[str, Indicator],
    groups: dict[tuple[str, str], list[Indicator]],
) -> set[str]:
    """Warn at each parent whose breakdown's ``Nhóm`` was typed on some rows only (see the
    module's docstring); the codes of the parents said."""
    said: set[str] = set()
    for (code, group), blank in groups.items():
        named = [g for (c, g) in groups if c == code and g]
        if group or len(named) != 1:
            continue
        parent, typed = by_code[code], groups[(code, named[0])]
        shown = _joined_sum(parent, blank, typed)
        if shown is None:
            continue
        names = ", ".join(f"«{r.code}»" for r in blank)
        found.add(
            False,
            f"«Nhóm» của {names} để trống, còn của «{typed[0].code}» (ô "
            f"{found.at(CHI_TIEU, 'group', typed[0].row)}) ghi «{named[0]}»: báo cáo viết "
            f"các dòng để trống thành danh sách «Trong đó:» riêng, tách khỏi nhóm "
            f"«{named[0]}», mà các dòng chỉ cộng lại bằng số của «{code}» khi gộp làm một "
            f"({shown}). Có lẽ «Nhóm» chỉ được gõ ở một dòng: hãy ghi «{named[0]}» vào "
            "«Nhóm» của các dòng còn lại.",
            CHI_TIEU,
            found.at(CHI_TIEU, "group", blank[0].row),
        )
        said.add(code)
    return said


def _joined_sum(parent: Indicator, blank: list[Indicator], typed: list[Indicator]) -> str | None:
    """The first column's sum, rows in sheet order ("1.650 + 4.050 + 6.100 = 11.800"),
    when the two lists add up to ``parent`` together, and neither alone, in every column
    whose figures are all known; else None."""
    rows = [*blank, *typed]
    if not parent.is_summed or any(r.unit != parent.unit for r in rows):
        return None
    slack = sum((max(half_unit(parent.decimals), half_unit(r.decimals)) for r in rows), Decimal(0))
    shown = None
    for name in FIGURE_HEADERS:
        total, values = getattr(parent, name), [getattr(r, name) for r in rows]
        if total is None or any(v is None for v in values):
            continue
        alone = sum(values[: len(blank)], Decimal(0)), sum(values[len(blank) :], Decimal(0))
        if abs(sum(alone) - total) > slack or any(abs(s - total) <= slack for s in alone):
            return None
        in_sheet = (v for _, v in sorted(zip((r.row for r in rows), values, strict=True)))
        shown = shown or " + ".join(format_at_least(v, parent.decimals) for v in in_sheet) + (
            f" = {format_at_least(total, parent.decimals)}"
        )
    return shown
