"""One ChiSoSXCN column left as last month's while the sheet's other columns were updated."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings, only

NOVEMBER, DECEMBER = Period(2025, 11), Period(2025, 12)
BRANCHES = ("iip", "iip.a", "iip.b", "iip.c", "iip.d")
# (index, ytd_index, mom_index) of each row, November's and December's
NOV = ((111.8, 110.7, 101.9), (96.0, 96.9, 99.0), (113.5, 112.1, 102.2), (108.0, 107.3, 101.0),
       (104.0, 103.9, 100.2))  # fmt: skip
DEC = ((112.45, 110.87, 103.2), (95.3, 96.75, 98.1), (114.2, 112.3, 103.6),
       (108.6, 107.4, 102.0), (104.1, 103.9, 100.5))  # fmt: skip


def _sheet(indices: tuple[tuple[float, float, float], ...]) -> list[tuple[object, ...]]:
    return [
        (code, f"ngành {code}", yoy, ytd, None, mom, 1, None)
        for code, (yoy, ytd, mom) in zip(BRANCHES, indices, strict=True)
    ]


@pytest.mark.parametrize(
    ("column", "warned"),
    [(0, "C2"), (2, "F2"), (None, None)],
    ids=["same-period", "previous-month", "updated"],
)
def test_an_index_column_copied_from_last_month_is_a_warning(
    tmp_path: Path, column: int | None, warned: str | None
) -> None:
    """December's «Chỉ số so với cùng kỳ (%)» left as November's in every row, the other
    columns updated: the report printed "ước tăng 11,80% so với cùng kỳ" (November's)
    with a clean check, since the sheet's copy was said only when every column was
    November's."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", NOVEMBER, {}, [row("x", ytd=400)], _sheet(NOV))
    typed = [list(d) for d in DEC]
    for now, then in zip(typed, NOV, strict=True):
        if column is not None:
            now[column] = then[column]
    december = _sheet(tuple((a, b, c) for a, b, c in typed))
    month_book(tmp_path / "data", DECEMBER, {}, [row("x", ytd=500)], december)
    header = {0: "Chỉ số so với cùng kỳ (%)", 2: "Chỉ số so với tháng trước (%)"}
    got = only(findings(tmp_path, DECEMBER), "WARNING")
    assert got == (
        [
            (
                "WARNING",
                warned,
                f"Cột «{header[column]}» của cả 5 dòng trang «ChiSoSXCN» đều bằng cột đó trong "
                "sổ tháng trước 2025-11.xlsx (tháng 11/2025), dù các cột khác đã đổi: có lẽ "
                "cột được chép từ sổ tháng trước mà chưa cập nhật, và báo cáo sẽ viết chỉ số "
                "tháng 11/2025 là của tháng 12/2025. Hãy ghi chỉ số của tháng 12/2025.",
            )
        ]
        if column is not None
        else []
    )
