"""A breakdown row's own ``Mục`` naming the subsection it stands in, not its parent's.

A row with ``Thuộc`` is written with its parent, in the parent's subsection, whatever its
own ``Mục``. Typed on the row, the ``Mục`` of the rows around it says where the clerk meant
it: office37's "Doanh thu bán lẻ xăng dầu", typed under «Về hoạt động thương mại» with
that Mục on its own row and «Thuộc» «gtsx» (industrial output) where «ban_le» was meant,
was printed under "1. Về sản xuất công nghiệp" among the industrial output's items, with a
clean check. A warning at that Mục when it is the subsection of the nearest row above
without ``Thuộc`` (the one it stands in) and not its top parent's. A Mục that moves the
rows below (``headingnames.BreakdownHeadings``) or heads nothing (``SectionRuns``) is
said there, and not again here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baocao.cells import shown
from baocao.models import Indicator, MonthlyData
from baocao.parents import tops
from baocao.sheets import CHI_TIEU, normalize_header

if TYPE_CHECKING:
    from baocao.checks import Findings


def foreign_sections(found: Findings, data: MonthlyData) -> None:
    """The warning of the module's docstring, at each such row's ``Mục``."""
    by_code = {i.code: i for i in data.indicators}
    top_codes = tops({i.code: i.parent for i in data.indicators})  # None: a loop, a code missing
    above: Indicator | None = None  # the nearest row above without Thuộc
    for ind in sorted(data.indicators, key=lambda i: i.row):
        if ind.parent is None:
            above = ind
            continue
        top = by_code.get(top_codes.get(ind.code) or "")
        if not ind.section_typed or not ind.section or top is None or not top.section:
            continue
        here = normalize_header(ind.section)
        if above is None or normalize_header(above.section or "") != here:
            continue
        if here == normalize_header(top.section):
            continue
        found.add(
            False,
            f"«Mục» {shown(ind.section)} ở dòng «{ind.code}» khác tiểu mục {shown(top.section)} "
            f"của «{ind.parent}», chỉ tiêu nó thuộc về (cột «Thuộc»): dòng có «Thuộc» được "
            f"viết cùng chỉ tiêu mẹ, nên dòng này sẽ nằm trong tiểu mục {shown(top.section)}, "
            f"không phải tiểu mục {shown(above.section)}. Hãy kiểm tra «Thuộc» (có lẽ phải là "
            f"mã một chỉ tiêu của tiểu mục {shown(above.section)}), hoặc xóa ô «Mục» này.",
            CHI_TIEU,
            found.at(CHI_TIEU, "section", ind.row),
        )
