"""A row written in another scale of its unit than an earlier workbook's ("tỷ USD" for the
year's report after "triệu USD" all year), every figure converted: the earlier figures are
compared, and blank ones taken, rescaled by a power of ten, within the rounding of the
coarser of the two rows' Số lẻ in the new unit. It was a warning at each compared figure
("… được đối chiếu với 2025-11.xlsx (ChiTieu!D2), nhưng sổ đó ghi đơn vị «triệu USD» …"),
so a correct workbook never passed --strict, in December nor in January."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from baocao.cli import app
from baocao.period import Period
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings, only

from helpers import write_config

DEC_2024, NOV, DEC, JAN = Period(2024, 12), Period(2025, 11), Period(2025, 12), Period(2026, 1)
MILLIONS, BILLIONS = "triệu USD", "tỷ USD"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


def exports(unit: str, decimals: int, *figures: object, child: bool = False) -> tuple[object, ...]:
    """Exports ("x"), or its market "x.my" under it, in ``unit`` at ``decimals`` places."""
    code = "x.my" if child else "x"
    extra = {"parent": "x", "group": "Trong đó: thị trường"} if child else {}
    base = row(code, *figures, decimals=decimals, **extra)  # type: ignore[arg-type]
    return (*base[:2], unit, *base[3:])


def year_in_billions(data: Path, december: list[object] | None = None) -> None:
    """Last December and November in triệu USD, this December in tỷ USD, every figure of
    exports and of its market converted (``december``: exports' figures instead)."""
    month_book(data, DEC_2024, {}, [exports(MILLIONS, 1, 3200.5, 3150.0, None, 34200.5)])
    month_book(
        data,
        NOV,
        {},
        [
            exports(MILLIONS, 1, 3465.2, 3394.4, 3100.0, 35300.0, 31000.0, 38000),
            exports(MILLIONS, 1, 1210.4, 1180.0, None, 12500.0, None, None, child=True),
        ],
    )
    figures = december or [3.62, 3.47, 3.20, 38.92, 34.2, 38]
    month_book(
        data,
        DEC,
        {},
        [
            exports(BILLIONS, 2, *figures),
            exports(BILLIONS, 2, 1.25, 1.21, None, 13.75, None, None, child=True),
        ],
    )


def sentences(texts: list[str]) -> list[str]:
    """The report's two sentences on exports ("x"): the period's, then the month's."""
    return [t for t in texts if t.startswith(("Chỉ tiêu x ", "Riêng tháng"))]


def changed(code: str, new: str, old: str, book: str, factor: str) -> tuple[str, str, str]:
    """The note at the unit cell of a row whose every figure was converted."""
    cell = "C2" if code == "x" else "C3"
    return (
        "INFO",
        cell,
        f"«Đơn vị» của «{code}» đổi từ «{old}» ở sổ tháng trước {book} (ChiTieu!{cell}) sang "
        f"«{new}», và các số của hàng đã đổi theo (1 {old} = {factor} {new}): khớp với số của "
        f"các sổ trước sau khi quy đổi sang «{new}». Báo cáo so sánh với các tháng trước theo "
        f"«{new}».",
    )


def test_december_in_billions_every_figure_converted_passes_strict(data: Path) -> None:
    """December in tỷ USD after November's triệu USD, every figure converted (its market's
    too): a note at each unit cell, nothing else, check --strict exits 0; the report says
    the figures in tỷ USD and their changes against November's and last December's."""
    year_in_billions(data)
    found = findings(data.parent, DEC)
    assert only(found, "WARNING", "ERROR") == []
    assert [f for f in found if f[1] in ("C2", "C3")] == [
        changed("x", BILLIONS, MILLIONS, "2025-11.xlsx", "0,001"),
        changed("x.my", BILLIONS, MILLIONS, "2025-11.xlsx", "0,001"),
    ]
    config = write_config(data.parent, template=None)
    args = ["check", "--month", "12", "--year", "2025", "--strict", "--config", str(config)]
    assert CliRunner().invoke(app, args).exit_code == 0
    texts = build_texts(data.parent, DEC)
    assert sentences(texts) == [
        "Chỉ tiêu x cả năm 2025 ước đạt 38,92 tỷ USD; tăng 13,8% so với cùng kỳ và đạt 102,4% so "
        "với Kế hoạch năm.",
        "Riêng tháng 12/2025 ước đạt 3,62 tỷ USD, tăng 4,3% so với tháng trước; tăng 13,1% so "
        "với cùng kỳ.",
    ]


def test_blank_figures_are_taken_rescaled(data: Path) -> None:
    """December's blank Tháng trước, Cùng kỳ and year-to-dates are taken from the triệu USD
    workbooks at a thousandth, each note saying both figures; the report uses them. It was
    an error at each blank cell ("… không lấy được từ 2025-11.xlsx (ChiTieu!D2) vì sổ đó
    ghi đơn vị «triệu USD», còn sổ này ghi «tỷ USD» …")."""
    year_in_billions(data, [3.62, None, None, None, None, 38])
    found = findings(data.parent, DEC)
    assert only(found, "WARNING", "ERROR") == []
    assert [f for f in found if f[1] in ("E2", "F2", "G2", "H2")] == [
        (
            "INFO",
            "E2",
            "«Tháng trước» của «x» lấy từ 2025-11.xlsx (ChiTieu!D2: 3.465,2 triệu USD = 3,4652 "
            "tỷ USD): 3,4652.",
        ),
        (
            "INFO",
            "F2",
            "«Cùng kỳ» của «x» lấy từ 2024-12.xlsx (ChiTieu!D2: 3.200,5 triệu USD = 3,2005 tỷ "
            "USD): 3,2005.",
        ),
        (
            "INFO",
            "G2",
            "«Lũy kế» của «x» tính bằng «Lũy kế» trong 2025-11.xlsx (ChiTieu!G2: 35.300,0 triệu "
            "USD = 35,3 tỷ USD) cộng «Tháng báo cáo» của sổ này (35,30 + 3,62): 38,92.",
        ),
        (
            "INFO",
            "H2",
            "«Lũy kế cùng kỳ» của «x» tính bằng «Lũy kế cùng kỳ» trong 2025-11.xlsx (ChiTieu!H2: "
            "31.000,0 triệu USD = 31 tỷ USD) cộng «Cùng kỳ» của sổ này (31,00 + 3,2005): 34,2005.",
        ),
    ]
    assert sentences(build_texts(data.parent, DEC)) == [
        "Chỉ tiêu x cả năm 2025 ước đạt 38,92 tỷ USD; tăng 13,8% so với cùng kỳ và đạt 102,4% so "
        "với Kế hoạch năm.",
        "Riêng tháng 12/2025 ước đạt 3,62 tỷ USD, tăng 4,5% so với tháng trước; tăng 13,1% so "
        "với cùng kỳ.",
    ]


def january_in_millions(data: Path, previous: object = 3618.0) -> None:
    """``year_in_billions``, then January back in triệu USD, every figure converted, last
    January's in triệu USD too (``previous``: exports' Tháng trước)."""
    year_in_billions(data)
    month_book(data, Period(2025, 1), {}, [exports(MILLIONS, 1, 2950.0, None, None, 2950.0)])
    month_book(
        data,
        JAN,
        {},
        [
            exports(MILLIONS, 1, 3300.0, previous, 2950.0, 3300.0, 2950.0, 40000),
            exports(MILLIONS, 1, 1300.0, 1250.0, None, 1300.0, None, None, child=True),
        ],
    )


def test_january_back_in_millions_passes_strict(data: Path) -> None:
    """January in triệu USD after December's tỷ USD: December's 3,62 tỷ is 3.620 triệu,
    known to 10 triệu (its 2 places in tỷ), so a Tháng trước of 3.618,0 agrees; a note at
    each unit cell, nothing else, and the report compares with December's figure."""
    january_in_millions(data)
    found = findings(data.parent, JAN)
    assert only(found, "WARNING", "ERROR") == []
    assert [f for f in found if f[1] in ("C2", "C3")] == [
        changed("x", MILLIONS, BILLIONS, "2025-12.xlsx", "1.000"),
        changed("x.my", MILLIONS, BILLIONS, "2025-12.xlsx", "1.000"),
    ]
    config = write_config(data.parent, template=None)
    args = ["check", "--month", "1", "--year", "2026", "--strict", "--config", str(config)]
    assert CliRunner().invoke(app, args).exit_code == 0
    assert sentences(build_texts(data.parent, JAN)) == [
        "Chỉ tiêu x tháng 1/2026 ước đạt 3.300,0 triệu USD, giảm 8,8% so với tháng trước; tăng "
        "11,9% so với cùng kỳ; đạt 8,3% so với Kế hoạch năm."
    ]


@pytest.mark.parametrize(("previous", "said"), [(3615.0, False), (3625.0, False), (3625.1, True)])
def test_rounding_follows_the_coarser_places_in_the_new_unit(
    data: Path, previous: float, said: bool
) -> None:
    """December's 3,62 tỷ USD at 2 places is 3.615–3.625 triệu: January's Tháng trước
    within it is December's figure; beyond it, a revision, said as one."""
    january_in_millions(data, previous)
    assert [f for f in findings(data.parent, JAN) if f[1] == "E2"] == [
        (
            "WARNING",
            "E2",
            "«Tháng trước» của «x» (3.625,1) khác số ước tính đã báo cáo trong 2025-12.xlsx "
            "(ChiTieu!D2: 3,62 tỷ USD = 3.620 triệu USD) (3.620,0); báo cáo dùng số mới.",
        )
    ] * said


def test_a_figure_left_in_millions_is_warned_at_its_cell(data: Path) -> None:
    """December converted but its Cùng kỳ left at 3.200,5 (triệu): warned at that cell,
    compared with last December's rescaled, and the unit change stays a warning."""
    year_in_billions(data, [3.62, 3.47, 3200.5, 38.92, 34.2, 38])
    found = only(findings(data.parent, DEC), "WARNING", "ERROR")
    assert [f for f in found if f[1] in ("C2", "F2") and f[0] == "WARNING"] == [
        (
            "WARNING",
            "C2",
            "«Đơn vị» của «x» là «tỷ USD», nhưng sổ tháng trước 2025-11.xlsx (ChiTieu!C2) ghi "
            "«triệu USD». Nếu đơn vị đổi từ tháng này, hãy kiểm tra mọi số của hàng đã theo «tỷ "
            "USD» chưa; nếu không, hãy sửa «Đơn vị» thành «triệu USD».",
        ),
        (
            "WARNING",
            "F2",
            "«Cùng kỳ» của «x» (3.200,50) khác số trong 2024-12.xlsx (ChiTieu!D2: 3.200,5 triệu "
            "USD = 3,2005 tỷ USD) (3,2005); báo cáo dùng số đã ghi.",
        ),
    ]


def test_a_quarters_total_adds_the_months_rescaled(data: Path) -> None:
    """A quarterly report of December in tỷ USD, October and November in triệu USD: the
    quarter's total adds them rescaled (3,3 + 3,47 + 3,62), and last year's (3,0 + 3,1 +
    3,20). It was an error at «Đơn vị» ("Tổng quý của «x» không tính được vì …"), and no
    report."""
    months = [(10, 3300.0, 3250.0, 3000.0, 31834.8), (11, 3465.2, 3300.0, 3100.0, 35300.0)]
    for month, *figures in months:
        month_book(data, Period(2025, month), {}, [exports(MILLIONS, 1, *figures, None, 38000)])
    for month, value in [(10, 3000.0), (11, 3100.0), (12, 3200.5)]:
        month_book(data, Period(2024, month), {}, [exports(MILLIONS, 1, value)])
    december = [exports(BILLIONS, 2, 3.62, 3.47, 3.20, 38.92, None, 38)]
    month_book(data, DEC, {"ky_bao_cao": "quý"}, december)
    assert only(findings(data.parent, DEC), "WARNING", "ERROR") == []
    assert [t for t in build_texts(data.parent, DEC) if "tỷ USD;" in t] == [
        "Chỉ tiêu x quý IV/2025 ước đạt 10,39 tỷ USD; tăng 11,7% so với cùng kỳ và cả năm 2025 "
        "đạt 102,4% so với Kế hoạch năm."
    ]


def test_a_year_to_date_follows_the_coarser_places_in_the_new_unit(data: Path) -> None:
    """June in triệu đồng at 0 places after May's tỷ đồng at 2: May's Lũy kế 12,35 tỷ is
    12.345–12.355 triệu, so June's 14.847 is May's plus June's 2.500 (it warned "«Lũy kế»
    của «x» (14.847) khác «Lũy kế» trong 2025-05.xlsx (ChiTieu!G2: 12,35 tỷ đồng = 12.350
    triệu đồng) cộng «Tháng báo cáo» của sổ này (14.850)": the two figures' rounding was
    June's, 1 triệu, not May's 5 and June's 0,5); 14.856 is beyond 5,5 of it."""
    month_book(data, Period(2025, 5), {}, [exports("tỷ đồng", 2, 2.45, 2.40, None, 12.35)])
    june = Period(2025, 6)
    month_book(data, june, {}, [exports("triệu đồng", 0, 2500, 2448, None, 14847)])
    assert only(findings(data.parent, june), "WARNING", "ERROR") == []
    month_book(data, june, {}, [exports("triệu đồng", 0, 2500, 2448, None, 14856)])
    assert only(findings(data.parent, june), "WARNING", "ERROR") == [
        (
            "WARNING",
            "C2",
            "«Đơn vị» của «x» là «triệu đồng», nhưng sổ tháng trước 2025-05.xlsx (ChiTieu!C2) "
            "ghi «tỷ đồng». Nếu đơn vị đổi từ tháng này, hãy kiểm tra mọi số của hàng đã theo "
            "«triệu đồng» chưa; nếu không, hãy sửa «Đơn vị» thành «tỷ đồng».",
        ),
        (
            "WARNING",
            "G2",
            "«Lũy kế» của «x» (14.856) khác «Lũy kế» trong 2025-05.xlsx (ChiTieu!G2: 12,35 tỷ "
            "đồng = 12.350 triệu đồng) cộng «Tháng báo cáo» của sổ này (14.850); hãy kiểm tra lại.",
        ),
    ]


def test_a_year_to_date_typed_once_is_carried_on_rescaled(data: Path) -> None:
    """Lũy kế typed in September alone, in triệu USD, October and November blank, December
    in tỷ USD blank: November's report printed 34.765,2 triệu (28.000 + 3.300 + 3.465,2),
    so December's is 34,7652 + 3,62 tỷ, the note saying the conversion. It was a warning
    ("«Lũy kế» của «x» để trống và không tính được từ các sổ trước …"), and no year's
    total in the report."""
    month_book(data, Period(2025, 9), {}, [exports(MILLIONS, 1, 3000.0, 2900.0, None, 28000.0)])
    month_book(data, Period(2025, 10), {}, [exports(MILLIONS, 1, 3300.0, 3000.0)])
    month_book(data, NOV, {}, [exports(MILLIONS, 1, 3465.2, 3300.0)])
    month_book(data, DEC, {}, [exports(BILLIONS, 2, 3.62, 3.47)])
    found = findings(data.parent, DEC)
    assert only(found, "WARNING", "ERROR") == []
    assert [f for f in found if f[1] == "G2"] == [
        (
            "INFO",
            "G2",
            "«Lũy kế» của «x» tính bằng «Lũy kế» trong 2025-11.xlsx (để trống, tính lại từ các "
            "sổ trước như khi lập báo cáo tháng 11/2025, theo «triệu USD», quy đổi sang «tỷ "
            "USD») cộng «Tháng báo cáo» của sổ này (34,7652 + 3,62): 38,3852.",
        )
    ]
    assert sentences(build_texts(data.parent, DEC))[0] == (
        "Chỉ tiêu x cả năm 2025 ước đạt 38,39 tỷ USD."
    )


@pytest.mark.parametrize(("ytd", "said"), [(14626, False), (14636, True)])
def test_a_sum_of_months_follows_their_coarser_places(data: Path, ytd: int, said: bool) -> None:
    """June in triệu đồng at 0 places, January to May in tỷ đồng at 2, no Lũy kế typed
    before: June's 14.626 is the months' sum (2,44 + 2,35 + 2,47 + 2,40 tỷ, May revised
    to 2.454 triệu, June's 2.500: 14.614) within their rounding, 5 triệu each (it warned
    "«Lũy kế» của «x» (14.626) khác tổng các tháng 1–6 theo các sổ trong thư mục dữ liệu
    (14.614)", allowing 0,5 triệu a month); 14.636 is beyond it."""
    for month, value in enumerate([2.44, 2.35, 2.47, 2.40, 2.45], start=1):
        month_book(data, Period(2025, month), {}, [exports("tỷ đồng", 2, value)])
    june = Period(2025, 6)
    month_book(data, june, {}, [exports("triệu đồng", 0, 2500, 2454, None, ytd)])
    warned = [f for f in only(findings(data.parent, june), "WARNING", "ERROR") if f[1] == "G2"]
    assert (
        warned
        == [
            (
                "WARNING",
                "G2",
                "«Lũy kế» của «x» (14.636) khác tổng các tháng 1–6 theo các sổ trong thư mục "
                "dữ liệu (14.614); hãy kiểm tra lại.",
            )
        ]
        * said
    )
