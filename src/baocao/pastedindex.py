"""ChiSoSXCN's indices as a paste from the statistics office's tables may have brought them.

Its tables set the base period's column ("Cùng kỳ năm trước = 100", "Tháng trước = 100")
beside the indices, so a paste one column off fills every row with 100, and the report
wrote the whole industry and every branch unchanged ("ước bằng cùng kỳ … ngành khai
khoáng ước không đổi") with exit 0. Every index of a column of two rows or more being
exactly 100 is a warning at the column's first cell; one row of 100 is a real index.

Its texts give growth rates too ("tăng 35,2%"): typed as the index, 35,2 was read as a fall
of 64,8% with exit 0 (one below 30 is an error, ``checks.check_values``). An index from 30
to below 60, a fall of more than 40%, is a warning at its cell unless ThongTin's
``chi_so_bat_thuong`` confirms it; not an index against the previous month, which falls
that far in a month of Tết or of a plant's yearly overhaul.

A negative index ("-8,04", a fall's rate as the press gives it: "giảm 8,04%") is an error
(``checks``) whose message (``not_positive``) names the index the rate stands for (91,96).
So does the error for an index from 0 to below 1 (``below_one``): "0,2" is "tăng 0,2%" as the
press gives it (100,2), or an index typed as a fraction (0,998 for 99,8). An index from 1 to
2 beside others of the sheet around 100 (``outside_range``) is likely one typed as a ratio,
1,0845 for 108,45 (mends41: its error offered to confirm it at ``chi_so_bat_thuong``).

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from baocao.models import INDEX_FIELDS, INDEX_RANGE, MonthlyData
from baocao.sheets import CHI_SO_SXCN
from baocao.vnformat import format_at_least

if TYPE_CHECKING:
    from baocao.checks import Findings

BASE = Decimal(100)
GROWTH_BAND = (INDEX_RANGE[0], Decimal(60))  # below is an error; a fall past 40% is rare


def check_pasted_indices(found: Findings, data: MonthlyData) -> None:
    """Both checks below."""
    check_base_column(found, data)
    check_growth_rates(found, data)


def check_base_column(found: Findings, data: MonthlyData) -> None:
    """Each index column whose every filled cell, in two rows or more, is 100."""
    for name in INDEX_FIELDS:
        rows = [row for row in data.iip if getattr(row, name) is not None]
        if len(rows) < 2 or any(getattr(row, name) != BASE for row in rows):
            continue
        first, last = (found.at(CHI_SO_SXCN, name, row.row) for row in (rows[0], rows[-1]))
        found.add(
            False,
            f"Mọi chỉ số của cột «{CHI_SO_SXCN.header(name)}» (ô {first} đến {last}) đều "
            "bằng 100: có thể đã dán cột kỳ gốc (kỳ so sánh = 100) của biểu Cục Thống kê "
            "thay cho chỉ số của kỳ này, và báo cáo sẽ viết toàn ngành cùng mọi ngành không "
            "tăng, không giảm. Hãy kiểm tra lại cột này.",
            CHI_SO_SXCN,
            first,
        )


def check_growth_rates(found: Findings, data: MonthlyData) -> None:
    """Each index from 30 to below 60, not confirmed by ``chi_so_bat_thuong``: perhaps a
    growth rate typed for the index."""
    low, high = GROWTH_BAND
    if data.info.unusual_index:
        return
    for row in data.iip:
        for name in ("index", "ytd_index"):  # a month against the month before: seasonal
            index = getattr(row, name)
            if index is None or not low <= index < high:
                continue
            shown = format_at_least(index, row.pct_decimals)
            fall = format_at_least(BASE - index, row.pct_decimals)
            meant = format_at_least(BASE + index, row.pct_decimals)
            found.add(
                False,
                f"Chỉ số {shown} nghĩa là giảm {fall}% so với kỳ so sánh. Nếu {shown} là tốc "
                f"độ tăng (tăng {shown}%, như biểu Cục Thống kê ghi), chỉ số là {meant}. Hãy "
                "kiểm tra lại; nếu đúng là chỉ số này, ghi «có» ở khóa «chi_so_bat_thuong» "
                "của ThongTin.",
                CHI_SO_SXCN,
                found.at(CHI_SO_SXCN, name, row.row),
            )


def not_positive(index: Decimal, decimals: int) -> str:
    """The error for an index of 0 or below; one above -100 is likely a fall's rate typed
    for the index ("-8,04" for "giảm 8,04%"): the message names the index it stands for."""
    shown = format_at_least(index, decimals)
    said = f"Chỉ số phải lớn hơn 0, nhưng là {shown}."
    if not -BASE < index < 0:
        return said
    rate, meant = format_at_least(-index, decimals), format_at_least(BASE + index, decimals)
    return (
        f"{said} Có lẽ ô này ghi mức giảm (giảm {rate}%) thay vì chỉ số: chỉ số so với kỳ gốc "
        f"= 100 là {meant} (100 - {rate}). Hãy ghi chỉ số."
    )


def below_one(index: Decimal, decimals: int) -> str:
    """The indices an index above 0 and below 1 may stand for, as a sentence after its error
    (a rise's rate, "0,2" for "tăng 0,2%": 100,2; a fraction in 30–500 once a percent,
    0,998 for 99,8); "" for any other index."""
    if not 0 < index < 1:
        return ""
    shown = format_at_least(index, decimals)
    said = (
        f" Nếu {shown} là tốc độ tăng (tăng {shown}%, như biểu Cục Thống kê ghi), chỉ số là "
        f"{format_at_least(BASE + index, decimals)}"
    )
    fraction = index * BASE
    if INDEX_RANGE[0] <= fraction <= INDEX_RANGE[1]:
        percent = format_at_least(fraction, decimals)
        said += f"; nếu là chỉ số gõ dạng số thập phân ({shown} là {percent}%), chỉ số là {percent}"
    return said + "."


RATIO_BAND = (Decimal(1), Decimal(2))  # an index typed as a ratio: 1,0845 for 108,45


def outside_range(index: Decimal, decimals: int, data: MonthlyData) -> str:
    """The error of an index above 0 outside ``INDEX_RANGE`` (``checks.check_values``): one
    from 1 to 2 while another index of the sheet is in the range is likely typed as a ratio."""
    shown, low, high = format_at_least(index, decimals), *INDEX_RANGE
    others = (getattr(r, f) for r in data.iip for f in INDEX_FIELDS)
    if RATIO_BAND[0] <= index <= RATIO_BAND[1] and any(
        v is not None and low <= v <= high for v in others
    ):
        ratio = format_at_least(index * BASE, decimals)
        return (
            f"Chỉ số {shown} nằm ngoài khoảng 30–500, trong khi các chỉ số khác của trang là "
            f"số quanh 100: có lẽ đây là chỉ số {ratio} gõ dạng tỷ số ({shown} lần kỳ so "
            f"sánh, tức {ratio}%). Hãy ghi {ratio}; nếu {shown} là tốc độ tăng (tăng "
            f"{shown}%, như biểu Cục Thống kê ghi), chỉ số là "
            f"{format_at_least(BASE + index, decimals)}. Nếu đúng là chỉ số {shown}, ghi «có» "
            "ở khóa «chi_so_bat_thuong» của ThongTin."
        )
    return (
        f"Chỉ số {shown} nằm ngoài khoảng 30–500: chỉ số là số quanh 100 (123,89 nghĩa là "
        "tăng 23,89%), nên đây có thể là tốc độ tăng hoặc ô định dạng phần trăm gõ nhầm. Nếu "
        "đúng là chỉ số này, ghi «có» ở khóa «chi_so_bat_thuong» của ThongTin."
    )
