"""A year-to-date index outside the span of last month's year-to-date and this month's
index, of which it is a weighted mean (``iipytdrange``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

SAID = (
    "«Chỉ số lũy kế so với cùng kỳ (%)» của «iip» ({ytd}) nằm ngoài khoảng giữa chỉ số lũy "
    "kế đến tháng {last} ({then}, sổ {book}) và chỉ số tháng {month} ({index}): chỉ số lũy "
    "kế là bình quân của hai số đó (theo quyền số là sản lượng của mỗi phần năm trước), nên "
    "phải nằm giữa chúng. Hãy kiểm tra ô này, hoặc chỉ số của tháng."
)


@pytest.mark.parametrize(
    ("month", "before", "index", "ytd", "warned"),
    [
        (12, (103.5, 104.90), 105.30, 112.50, True),  # office29: "cả năm … tăng 12,50%"
        (12, (103.5, 104.90), 105.30, 105.12, False),  # between: quiet
        (12, (103.5, 104.90), 105.30, 106.80, False),  # last month revised: within 2 points
        (12, (103.5, 104.90), 101.00, 98.50, True),  # below both
        (2, (96.00, None), 118.00, 104.00, False),  # January's index is its year-to-date
        (2, (96.00, None), 118.00, 88.00, True),
    ],
    ids=["above", "between", "revised", "below", "february", "february-below"],
)
def test_a_year_to_date_index_outside_its_span_is_a_warning(
    tmp_path: Path,
    month: int,
    before: tuple[float, float | None],
    index: float,
    ytd: float,
    warned: bool,
) -> None:
    """office29: an index of 112,50 for the year beside November's year-to-date of 104,90
    and December's 105,30, in a sheet without weights, printed "cả năm 2025 … ước tăng
    12,50%" with a clean check."""
    period = Period(2025, month)
    last = period.previous()
    data = tmp_path / "data"
    data.mkdir()
    figures = [row("x", 100, 90, 80, 100 * month, 80 * month, section="CN")]
    month_book(data, last, {}, figures, [("iip", "Toàn ngành", *before, None, None, 2, "CN")])
    iip = [("iip", "Toàn ngành", index, ytd, None, None, 2, "CN")]
    month_book(data, period, {}, figures, iip)
    said = [f for f in findings(tmp_path, period) if f[:2] == ("WARNING", "D2")]
    then = before[1] if before[1] is not None else before[0]
    shown = {"then": f"{then:.2f}", "index": f"{index:.2f}", "ytd": f"{ytd:.2f}"}
    message = SAID.format(
        **{k: v.replace(".", ",") for k, v in shown.items()},
        last=last.short,
        month=period.short,
        book=f"{last.iso}.xlsx",
    )
    assert said == ([("WARNING", "D2", message)] if warned else [])
