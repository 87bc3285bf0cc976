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


def _warned_at_ytd(
    tmp_path: Path, period: Period, before: tuple[float, float | None], index: float, ytd: float
) -> list[tuple[str, str | None, str]]:
    """The warnings at ChiSoSXCN!D2 (the year-to-date) of ``period``'s check, its index and
    year-to-date ``index`` and ``ytd`` (2 decimals), last month's index and year-to-date
    ``before``."""
    data = tmp_path / "data"
    data.mkdir()
    month = period.month
    figures = [row("x", 100, 90, 80, 100 * month, 80 * month, section="CN")]
    earlier = [("iip", "Toàn ngành", *before, None, None, 2, "CN")]
    month_book(data, period.previous(), {}, figures, earlier)
    iip = [("iip", "Toàn ngành", index, ytd, None, None, 2, "CN")]
    month_book(data, period, {}, figures, iip)
    return [f for f in findings(tmp_path, period) if f[:2] == ("WARNING", "D2")]


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
    said = _warned_at_ytd(tmp_path, period, before, index, ytd)
    then = before[1] if before[1] is not None else before[0]
    shown = {"then": f"{then:.2f}", "index": f"{index:.2f}", "ytd": f"{ytd:.2f}"}
    message = SAID.format(
        **{k: v.replace(".", ",") for k, v in shown.items()},
        last=last.short,
        month=period.short,
        book=f"{last.iso}.xlsx",
    )
    assert said == ([("WARNING", "D2", message)] if warned else [])


def test_a_branchs_year_to_date_is_not_held_to_last_months_estimate(tmp_path: Path) -> None:
    """province46 (Quảng Nam 2/2025, as printed): mining's index of 142,1 in January's
    report, 138,3 for February and 128,2 for the two months, warned "… nằm ngoài khoảng
    giữa chỉ số lũy kế đến tháng 1/2025 (142,1 …)": January's estimate of a small branch
    was revised by some 24 points when its count came in. The span is the total's, whose
    estimate moves little; a total outside it is still said (here 101,0)."""
    period = Period(2025, 2)
    data = tmp_path / "data"
    data.mkdir()
    figures = [row("x", 100, 90, 80, 200, 160, section="CN")]
    january = [
        ("iip", "Toàn ngành", 105.3, None, None, 95.7, 1, "CN"),
        ("iip.khai_khoang", "ngành khai khoáng", 142.1, None, None, 62.9, 1, None),
    ]
    month_book(data, period.previous(), {}, figures, january)
    february = [
        ("iip", "Toàn ngành", 141.5, 101.0, None, 89.6, 1, "CN"),
        ("iip.khai_khoang", "ngành khai khoáng", 138.3, 128.2, None, 103.4, 1, None),
    ]
    month_book(data, period, {}, figures, february)
    said = [f for f in findings(tmp_path, period) if f[0] == "WARNING" and f[1] in ("D2", "D3")]
    assert said == [
        (
            "WARNING",
            "D2",
            SAID.format(
                ytd="101,0",
                last="1/2025",
                then="105,3",
                book="2025-01.xlsx",
                month="2/2025",
                index="141,5",
            ),
        )
    ]


COPIED = (
    "«Chỉ số lũy kế so với cùng kỳ (%)» của «iip» ({ytd}) bằng đúng chỉ số tháng {month} "
    "({index}), dù chỉ số lũy kế đến tháng {last} là {then} (sổ {book}): chỉ số lũy kế là "
    "bình quân của hai số đó (theo quyền số là sản lượng của mỗi phần năm trước), nên chỉ "
    "bằng chỉ số của tháng khi chỉ số lũy kế tháng trước cũng gần bằng. Có lẽ chỉ số của "
    "tháng đã được chép sang ô này, hoặc ngược lại. Hãy kiểm tra ô này, hoặc chỉ số của tháng."
)


@pytest.mark.parametrize(
    ("month", "before", "index", "warned"),
    [
        (12, (108.2, 103.36), 111.63, True),  # office37: "cả năm 2025 … ước tăng 11,63%"
        (12, (108.2, 110.10), 111.63, False),  # last month's within 3 points: may be so
        (2, (96.00, None), 104.50, True),  # January's index is its year-to-date
        (2, (103.00, None), 104.50, False),
    ],
    ids=["december", "near", "february", "february-near"],
)
def test_a_year_to_date_index_equal_to_the_months_is_a_warning(
    tmp_path: Path, month: int, before: tuple[float, float | None], index: float, warned: bool
) -> None:
    """office37: December's index of 111,63 typed for the year too, beside November's
    year-to-date of 103,36, printed "Chỉ số sản xuất công nghiệp cả năm 2025 … ước tăng
    11,63%" with a clean check: the year's index lies between the two, so the span's own
    check (its end included) was quiet."""
    period = Period(2025, month)
    last = period.previous()
    said = _warned_at_ytd(tmp_path, period, before, index, index)
    then = before[1] if before[1] is not None else before[0]
    message = COPIED.format(
        ytd=f"{index:.2f}".replace(".", ","),
        index=f"{index:.2f}".replace(".", ","),
        then=f"{then:.2f}".replace(".", ","),
        last=last.short,
        month=period.short,
        book=f"{last.iso}.xlsx",
    )
    assert said == ([("WARNING", "D2", message)] if warned else [])


ROUNDED = (
    "«Chỉ số lũy kế so với cùng kỳ (%)» của «iip» ({ytd}) bằng chỉ số tháng 12/2025 ({index}) "
    "khi làm tròn đến {places} chữ số thập phân ({rounded}), dù chỉ số lũy kế đến tháng "
    "11/2025 là {then} (sổ 2025-11.xlsx): chỉ số lũy kế là bình quân của hai số đó (theo "
    "quyền số là sản lượng của mỗi phần năm trước), nên chỉ bằng chỉ số của tháng khi chỉ "
    "số lũy kế tháng trước cũng gần bằng. Có lẽ chỉ số của tháng đã được chép sang ô này, "
    "hoặc ngược lại. Hãy kiểm tra ô này, hoặc chỉ số của tháng."
)


@pytest.mark.parametrize(
    ("before", "index", "ytd", "decimals", "said"),
    [
        (103.36, 111.6345, 111.63, 2, ("111,63", "111,6345", 2, "111,63", "103,36")),
        (103.36, 111.634, 111.6, 1, ("111,6", "111,634", 1, "111,6", "103,36")),
        (103.36, 111.634, 112, 0, None),  # tenths kept: 111,6 is not 112,0
        (110.10, 111.6345, 111.63, 2, None),  # last month's within 3 points: may be so
        (103.36, 111.6345, 111.62, 2, None),  # not equal as printed: the span's check
    ],
    ids=["shown", "one-place", "no-place", "near", "other"],
)
def test_a_year_to_date_index_typed_as_the_months_is_shown_is_a_warning(
    tmp_path: Path,
    before: float,
    index: float,
    ytd: float,
    decimals: int,
    said: tuple[str, str, int, str, str] | None,
) -> None:
    """The month's index a formula worked out (111,6345, shown "111,63" with «Số lẻ %» 2)
    and the year's typed as the cell shows it, 111,63: both printed "ước tăng 11,63%",
    December's for the year beside November's year-to-date of 103,36, with a clean check,
    since the two were compared to their last digit."""
    period = Period(2025, 12)
    data = tmp_path / "data"
    data.mkdir()
    figures = [row("x", 100, 90, 80, 1200, 960, section="CN")]
    earlier = [("iip", "Toàn ngành", 108.2, before, None, None, decimals, "CN")]
    month_book(data, period.previous(), {}, figures, earlier)
    iip = [("iip", "Toàn ngành", index, ytd, None, None, decimals, "CN")]
    month_book(data, period, {}, figures, iip)
    found = [f for f in findings(tmp_path, period) if f[:2] == ("WARNING", "D2")]
    keys = ("ytd", "index", "places", "rounded", "then")
    message = None if said is None else ROUNDED.format(**dict(zip(keys, said, strict=True)))
    expected = [] if message is None else [("WARNING", "D2", message)]
    assert found == expected
