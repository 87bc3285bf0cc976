"""A breakdown row whose ``Mã`` names one indicator and whose ``Thuộc`` another.

Codes are the office's own, but an office that writes a breakdown's codes from its
parent's ("gtsx.cb.tp" under "gtsx.cb") says by the code where the row belongs. office40's
third-level row "gtsx.cb.tp" (food, under processing industry) with «Thuộc» «gtsx.fdi»
(a slip to a row of the other breakdown) in a "Trong đó" list smaller than that parent
was printed among the FDI sector's items, with a clean check. A warning at that
``Thuộc`` when the longest dotted head of the code ("gtsx.cb", then "gtsx") that is
another row's code is neither the row's parent nor any row above it: "xuat_khau.dt"
under "xuat_khau.fdi" (a product within a sector) stays quiet, since "xuat_khau" is above;
so does a row crossing two breakdowns whose code names its parent too, "gtsx.fdi.cb" (the
FDI sector's part of processing) under "gtsx.cb" (review29).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baocao.models import Indicator, MonthlyData
from baocao.sheets import CHI_TIEU

if TYPE_CHECKING:
    from baocao.checks import Findings


def _head(code: str, by_code: dict[str, Indicator]) -> Indicator | None:
    """The row whose code is the longest dotted head of ``code``, if any."""
    parts = code.split(".")
    for n in range(len(parts) - 1, 0, -1):
        head = by_code.get(".".join(parts[:n]))
        if head is not None:
            return head
    return None


def _above(ind: Indicator, by_code: dict[str, Indicator]) -> set[str]:
    """The codes of the rows ``ind`` stands under (its parent, theirs…), stopping at a loop."""
    codes: set[str] = set()
    while ind.parent is not None and ind.parent not in codes and ind.parent in by_code:
        codes.add(ind.parent)
        ind = by_code[ind.parent]
    return codes


def code_under_other(found: Findings, data: MonthlyData) -> None:
    """The warning of the module's docstring, at each such row's ``Thuộc``."""
    by_code = {i.code: i for i in data.indicators}
    for ind in data.indicators:
        if ind.parent is None or ind.parent not in by_code or ind.parent == ind.code:
            continue  # no parent, or a missing code or a loop, said in checks.check_codes
        head = _head(ind.code, by_code)
        if head is None or head.code == ind.parent:
            continue  # the common case first: no chain walked for it (``_above``)
        if set(ind.parent.split(".")) <= set(ind.code.split(".")):
            continue  # "a.fdi.cb" under "a.cb": the code names both rows it crosses
        if head.code in _above(ind, by_code):
            continue
        found.add(
            False,
            f"«Thuộc» của «{ind.code}» ghi «{ind.parent}», nhưng mã «{ind.code}» bắt đầu bằng "
            f"mã «{head.code}» của chỉ tiêu «{head.name}» (hàng {head.row}): báo cáo sẽ viết "
            f"dòng này dưới «{ind.parent}». Nếu nó thuộc «{head.code}», hãy ghi «{head.code}» "
            f"vào ô «Thuộc»; nếu đúng là thuộc «{ind.parent}», hãy đặt mã khác cho khỏi nhầm.",
            CHI_TIEU,
            found.at(CHI_TIEU, "parent", ind.row),
        )
