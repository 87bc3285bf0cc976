"""An indicator named an index ("Chỉ số sản xuất công nghiệp") in a unit of money.

An index is a ratio to its base period ("= 100"), never an amount of money. A ChiTieu row
so named in "tỷ đồng" is the output's value misnamed, as a published report printed it
("Chỉ số sản xuất công nghiệp ước đạt 3.300,63 tỷ đồng, tăng 14,45%"), and the report
would print it so with a clean check. It is a warning at the row's name. A price
("đồng/kWh"), a percentage or points ("điểm": "Chỉ số PCI") are none.

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from baocao.models import Indicator
from baocao.sheets import CHI_TIEU
from baocao.units import is_percentage, is_price, scale_of
from baocao.vnformat import plain_text

if TYPE_CHECKING:
    from baocao.checks import Findings

_MONEY = frozenset({"dong", "usd", "eur", "euro", "do la"})  # scale_of's bases of money


def money_index(found: Findings, ind: Indicator) -> None:
    """A warning at the name of a row named "Chỉ số …" whose unit is an amount of money."""
    if not plain_text(ind.name).startswith("chi so ") or is_price(ind.unit):
        return
    scaled = scale_of(ind.unit)
    if is_percentage(ind.unit) or scaled is None or scaled[0] not in _MONEY:
        return
    found.add(
        False,
        f"«{CHI_TIEU.header('name')}» của «{ind.code}» là «{ind.name}», nhưng "
        f"«{CHI_TIEU.header('unit')}» là «{ind.unit}»: chỉ số là tỷ lệ so với kỳ gốc, không "
        f"đo bằng tiền, nên báo cáo sẽ viết «{ind.name} … ước đạt … {ind.unit}». Nếu đây là "
        "giá trị (ví dụ giá trị sản xuất), hãy sửa tên chỉ tiêu; nếu là chỉ số, hãy ghi ở "
        "trang ChiSoSXCN.",
        CHI_TIEU,
        found.at(CHI_TIEU, "name", ind.row),
    )
