"""January's year-to-date is its month: one figure, maybe typed to fewer places once."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

JANUARY = Period(2025, 1)


@pytest.mark.parametrize(
    ("month", "ytd", "said"),
    [
        (512.3, 512.34, None),  # the month as the text rounds it, the total as the table
        (85.62, 85.6, None),  # the other way round
        (512.3, 512.36, "512,30), nhưng là 512,36."),  # 512,36 rounds to 512,4
        (1234, 1234.4, "1.234,00), nhưng là 1.234,40."),  # 1.234 may be 1.234,00
    ],
    ids=["month-rounded", "total-rounded", "not-rounded", "whole"],
)
def test_a_january_year_to_date_typed_to_more_places_than_its_month_is_one_figure(
    tmp_path: Path, month: float, ytd: float, said: str | None
) -> None:
    """falsealarm19: electricity of 512,3 triệu kWh in January (as the statistics office's
    text rounds it) beside a Lũy kế of 512,34 (its table's), Số lẻ 2, was refused: "Tháng 1
    thì «Lũy kế» phải bằng số của tháng báo cáo (512,30), nhưng là 512,34", the gap held to
    half a unit of the second place. A figure typed to fewer places is the other rounded,
    so the gap is half a unit of its place; a whole number may be typed to Số lẻ's."""
    (tmp_path / "data").mkdir()
    line = [*row("dien", month, ytd=ytd, decimals=2)]
    line[2] = "triệu kWh"
    month_book(tmp_path / "data", JANUARY, {}, [tuple(line)])
    got = [(s, c, m) for s, c, m in findings(tmp_path, JANUARY) if s == "ERROR"]
    assert got == (
        [("ERROR", "G2", f"Tháng 1 thì «Lũy kế» phải bằng số của tháng báo cáo ({said}")]
        if said
        else []
    )


@pytest.mark.parametrize(
    ("month", "ytd", "same", "ytd_same"),
    [(85.62, 85.6, None, None), (100, 100, 90.14, 90.1)],
    ids=["total-rounded", "same-period-rounded"],
)
def test_a_january_year_to_date_rounded_below_its_month_is_no_warning_either(
    tmp_path: Path, month: float, ytd: float, same: float | None, ytd_same: float | None
) -> None:
    """attack17: January's Lũy kế of 85,6 beside its month's 85,62 (one figure, typed to
    fewer places) was no error any more, but the check for a year-to-date below its month
    then said it: "«Lũy kế» (85,60) nhỏ hơn số của tháng báo cáo (85,62); hãy kiểm tra
    lại.", and so of a Lũy kế cùng kỳ of 90,1 beside a Cùng kỳ of 90,14 (Số lẻ 2)."""
    (tmp_path / "data").mkdir()
    month_book(
        tmp_path / "data", JANUARY, {}, [row("x", month, None, same, ytd, ytd_same, decimals=2)]
    )
    said = [(s, c) for s, c, _ in findings(tmp_path, JANUARY) if c in ("G2", "H2")]
    assert [f for f in said if f[0] != "INFO"] == []


@pytest.mark.parametrize(
    ("index", "ytd", "said"),
    [
        (105.27, 105.3, None),  # the year-to-date as the text rounds it
        (105.3, 105.27, None),  # the other way round
        (105.3, 105.36, "(105,30), nhưng là 105,36."),  # 105,36 rounds to 105,4
    ],
    ids=["total-rounded", "month-rounded", "not-rounded"],
)
def test_a_january_year_to_date_index_typed_to_fewer_places_is_one_figure(
    tmp_path: Path, index: float, ytd: float, said: str | None
) -> None:
    """review22: ChiTieu's January year-to-date rounded to fewer places is one figure
    (9710c96), but ChiSoSXCN's was still warned: an index of 105,27 beside a year-to-date
    of 105,3 (Số lẻ % 2), "Tháng 1 thì «Chỉ số lũy kế …» phải bằng «Chỉ số …» (105,27),
    nhưng là 105,30.". The same leeway (vnformat.leeway)."""
    (tmp_path / "data").mkdir()
    iip = [("iip", "Toàn ngành", index, ytd, None, None, None, None)]
    month_book(tmp_path / "data", JANUARY, {}, [row("x")], iip)
    got = [(s, c, m) for s, c, m in findings(tmp_path, JANUARY) if c == "D2" and s != "INFO"]
    assert got == (
        [
            (
                "WARNING",
                "D2",
                "Tháng 1 thì «Chỉ số lũy kế so với cùng kỳ (%)» phải bằng «Chỉ số so với cùng "
                f"kỳ (%)» {said}",
            )
        ]
        if said
        else []
    )
