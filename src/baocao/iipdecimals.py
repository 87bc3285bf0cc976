"""A note when ChiSoSXCN's indices are typed with one decimal and ``Số lẻ %`` is blank.

The blank ``Số lẻ %`` of the ``iip`` row is 2, the decimals of the statistics offices that
publish the index as "123,89". An office whose statistics office publishes it with one
("119,7") and leaves ``Số lẻ %`` blank, as the starter workbook does, gets "tăng 19,70%"
beside the published "tăng 19,7%": the same value, said with a precision it never had.
When every index typed on the sheet (three or more) has at most one decimal, and one has
one, a note at the ``iip`` row's ``Số lẻ %`` says so; nothing is changed, since an index
of two decimals ending in 0 (123,90) is read as 123,9 too.
"""

from __future__ import annotations

from decimal import Decimal

from baocao.cells import Reading, Value
from baocao.figures import TOTAL_CODE
from baocao.models import INDEX_FIELDS
from baocao.sheets import CHI_SO_SXCN
from baocao.vnformat import format_number

_DEFAULT = 2  # IipRow.pct_decimals' default
_FEWEST = 3  # indices needed: two of two decimals may both end in 0 (1 in 100)


def _places(value: Decimal) -> int:
    """Decimals a typed index has (119,70 read as 119,7 has one)."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def one_decimal_indices(ctx: Reading, rows: list[dict[str, Value]]) -> None:
    """Note at the ``iip`` row's blank ``Số lẻ %`` when every index has at most one decimal."""
    total = next((r for r in rows if str(r["code"]) == TOTAL_CODE), None)
    if total is None or any(r.get("pct_decimals") is not None for r in rows):
        return
    typed = [
        value
        for row in rows
        for field in INDEX_FIELDS
        if isinstance(value := row.get(field), Decimal) and value.is_finite()
    ]
    if len(typed) < _FEWEST or max(_places(v) for v in typed) != 1:
        return
    first = next(v for f in INDEX_FIELDS if isinstance(v := total.get(f), Decimal))
    change = first - 100
    said = f"{'giảm' if change < 0 else 'tăng'} {format_number(abs(change), _DEFAULT)}%"
    listed = "; ".join(format_number(v, 1) for v in typed[:4]) + ("; …" if len(typed) > 4 else "")
    ctx.note(
        *ctx.at(CHI_SO_SXCN, "pct_decimals", int(str(total["row"]))),
        f"«Số lẻ %» của dòng «{TOTAL_CODE}» để trống nên báo cáo viết các chỉ số với "
        f"{_DEFAULT} chữ số thập phân («{said}»), mà mọi chỉ số của trang chỉ có 1 chữ số "
        f"thập phân ({listed}). Nếu số liệu được công bố với 1 chữ số thập phân, hãy ghi 1 "
        f"vào «Số lẻ %» của dòng «{TOTAL_CODE}» (các ngành để trống dùng theo).",
    )
