"""A year-to-date left as last month's in a row without its month.

An office that gives a product or a breakdown for the period alone ("8 tháng đầu năm, thức
ăn chăn nuôi đạt 161.110 tấn") types its ``Lũy kế`` each month and leaves ``Tháng báo cáo``
blank. Such a row copied from last month's workbook and left so prints last month's total as
this month's, and ``stale.ytd_without_month`` cannot tell it, having no month to miss: a
warning at the ``Lũy kế`` (not an error: a month of nothing leaves the total as it was,
which a ``Tháng báo cáo`` of 0 says)."""

from __future__ import annotations

from collections.abc import Callable

from baocao.errors import Severity
from baocao.history import History
from baocao.models import Indicator
from baocao.period import Period
from baocao.sourced import in_unit
from baocao.vnformat import format_number


def ytd_left_as_last_months(
    ind: Indicator,
    period: Period,
    history: History,
    say: Callable[[Severity, str, str], None],
) -> None:
    """A typed Lũy kế equal to last month's own, ``Tháng báo cáo`` blank: a warning at the
    Lũy kế, through ``say(severity, field, message)``. Not a total of 0, which a month
    copied or not leaves right ("không phát sinh")."""
    typed = ind.ytd
    if not typed or ind.value is not None or period.month == 1:
        return
    before = in_unit(history.figure(period.previous(), ind.code, "ytd"), ind.unit)
    if before is None or abs(typed - before.value) > before.slack(ind.decimals):
        return
    last = period.previous().short
    say(
        Severity.WARNING,
        "ytd",
        f"«Lũy kế» của «{ind.code}» ({format_number(typed, ind.decimals)}) bằng «Lũy kế» "
        f"trong {before.cite()} ({format_number(before.value, ind.decimals)}), mà «Tháng báo "
        f"cáo» để trống: báo cáo sẽ in số lũy kế đến tháng {last} làm số lũy kế đến tháng "
        f"{period.short}. Có lẽ hàng được chép từ sổ tháng trước mà chưa cập nhật; hãy điền "
        f"số lũy kế đến tháng {period.short}, hoặc điền 0 vào «Tháng báo cáo» nếu tháng này "
        "không phát sinh.",
    )
