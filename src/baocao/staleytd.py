"""A year-to-date left as last month's: a row copied from last month's workbook and not updated.

A typed ``Lũy kế`` equal to last month's own though this month's figure is not 0: the month
is not in it, and the report would print last month's total as this one's; an error at the
``Lũy kế``. An office that gives a product or a breakdown for the period alone ("8 tháng đầu
năm, thức ăn chăn nuôi đạt 161.110 tấn") types its ``Lũy kế`` each month and leaves
``Tháng báo cáo`` blank: such a row left so has no month to miss, a warning at the ``Lũy
kế`` (not an error: a month of nothing leaves the total as it was, which a ``Tháng báo
cáo`` of 0 says). One below last month's, its month blank, is a warning too: a total from
the start of the year cannot fall (with its month, ``ytdfall`` says so), but for a trade
balance's."""

from __future__ import annotations

from collections.abc import Callable

from baocao.errors import Severity
from baocao.history import History
from baocao.models import Indicator
from baocao.period import Period
from baocao.sourced import in_unit
from baocao.vnformat import format_number
from baocao.ytdfall import FELL, fell_below


def ytd_as_last_months(
    ind: Indicator,
    period: Period,
    history: History,
    say: Callable[[Severity, str, str], None],
) -> bool:
    """A typed Lũy kế equal to last month's own, through ``say(severity, field, message)``:
    an error when this month's figure is not 0, a warning when it is blank (not for a total
    of 0, which a month copied or not leaves right: "không phát sinh"); whether it was said."""
    typed, value = ind.ytd, ind.value
    if typed is None or period.month == 1 or (value is None and not typed):
        return False
    before = in_unit(history.figure(period.previous(), ind.code, "ytd"), ind.unit)
    if before is None:
        return False
    slack = before.slack(ind.decimals)
    if value is None and fell_below(ind, typed, before):
        say(
            Severity.WARNING,
            "ytd",
            f"«Lũy kế» của «{ind.code}» ({format_number(typed, ind.decimals)}) nhỏ hơn lũy kế "
            f"tháng trước, «Lũy kế» trong {before.cite()} "
            f"({format_number(before.value, ind.decimals)}): {FELL}; hãy kiểm tra lại.",
        )
        return True
    if value is not None and abs(value) <= 2 * slack:
        return False  # a month of (nearly) nothing leaves the total as it was
    if abs(typed - before.value) > slack:
        return False
    shown, last = format_number(typed, ind.decimals), period.previous().short
    said = (
        f"«Lũy kế» của «{ind.code}» ({shown}) bằng «Lũy kế» trong {before.cite()} "
        f"({format_number(before.value, ind.decimals)}), "
    )
    if value is None:
        say(
            Severity.WARNING,
            "ytd",
            f"{said}mà «Tháng báo cáo» để trống: báo cáo sẽ in số lũy kế đến tháng {last} làm "
            f"số lũy kế đến tháng {period.short}. Có lẽ hàng được chép từ sổ tháng trước mà "
            f"chưa cập nhật; hãy điền số lũy kế đến tháng {period.short}, hoặc điền 0 vào "
            "«Tháng báo cáo» nếu tháng này không phát sinh.",
        )
    else:
        say(
            Severity.ERROR,
            "ytd",
            f"{said}nhưng «Tháng báo cáo» là {format_number(value, ind.decimals)}: số lũy kế "
            f"tháng {period.short} phải gồm cả tháng này. Có lẽ hàng được chép từ sổ tháng "
            f"trước mà chưa cập nhật; hãy điền số liệu của tháng {period.short} (hoặc để trống "
            "«Lũy kế» để chương trình tự cộng).",
        )
    return True
