"""A row's unit changed since last month's workbook is said at the unit cell: an error when
the figures stayed in last month's unit (the report printed "1.822,5 nghìn USD" for 1.822,5
triệu USD, exit 0, with warnings only at the figures), a warning when they may be right."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from baocao.api import build_report
from baocao.config import load_config
from baocao.errors import InputError
from baocao.period import Period
from baocao.units import scale_between
from test_figures import month_book, row
from test_surely_wrong import APRIL, MAY, findings, in_unit, only

from helpers import ROOT, edit_workbook, write_config

MARCH = Period(2024, 3)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


def sample_months(data: Path) -> Path:
    """The sample's February and March in ``data``; March's path."""
    for name in ("2024-02.xlsx", "2024-03.xlsx"):
        shutil.copy(ROOT / "data" / "samples" / name, data / name)
    return data / "2024-03.xlsx"


def test_unit_changed_with_the_figures_left_is_an_error_at_the_unit(data: Path) -> None:
    """ "nghìn USD" typed over last month's "triệu USD", the figures still in triệu: an error
    at the unit cell naming last month's unit, file and cell, and no report."""
    edit_workbook(sample_months(data), "ChiTieu", "xuat_khau", "Đơn vị", "nghìn USD")
    assert only(findings(data.parent, MARCH), "ERROR") == [
        (
            "ERROR",
            "C13",
            "«Đơn vị» của «xuat_khau» là «nghìn USD», nhưng sổ tháng trước 2024-02.xlsx "
            "(ChiTieu!C13) ghi «triệu USD», mà các số của hàng vẫn theo «triệu USD»: «Tháng "
            "trước» (1.673,0) cùng cỡ với «Tháng báo cáo» trong sổ đó (1.673,0, ChiTieu!D13), "
            "chứ không gấp khoảng 1.000 lần như khi đã đổi sang «nghìn USD». Báo cáo sẽ in "
            "«1.822,5 nghìn USD». Hãy sửa «Đơn vị» thành «triệu USD», hoặc đổi mọi số của hàng "
            "sang «nghìn USD» (nếu chính sổ 2024-02.xlsx ghi nhầm đơn vị, hãy sửa đơn vị trong "
            "sổ đó).",
        )
    ]
    config = load_config(write_config(data.parent, template=None))
    with pytest.raises(InputError):
        build_report(config, MARCH, data.parent / "r.docx")
    assert not (data.parent / "r.docx").exists()


@pytest.mark.parametrize(
    ("before", "after", "unit", "times"),
    [
        ("tỷ đồng", "triệu đồng", "triệu đồng", "gấp khoảng 1.000 lần"),
        ("tấn", "nghìn tấn", "nghìn tấn", "bằng khoảng 1/1.000"),
        ("kWh", "triệu kWh", "triệu kWh", "bằng khoảng 1/1.000.000"),
        ("triệu kWh", "MWh", "MWh", "gấp khoảng 1.000 lần"),
        ("USD", "Nghìn USD", "nghìn USD", "bằng khoảng 1/1.000"),
    ],
)
def test_other_units_of_another_scale(
    data: Path, before: str, after: str, unit: str, times: str
) -> None:
    """Money, mass and energy at another scale, the figures left: the same error (the
    month's own figure against last month's when no Tháng trước is typed)."""
    month_book(data, APRIL, {}, [in_unit(before, 90, None, None, 400)])
    month_book(data, MAY, {}, [in_unit(after, 100, None, None, 500)])
    errors = only(findings(data.parent, MAY), "ERROR")
    assert errors[0] == (
        "ERROR",
        "C2",
        f"«Đơn vị» của «x» là «{unit}», nhưng sổ tháng trước 2024-04.xlsx (ChiTieu!C2) ghi "
        f"«{before}», mà các số của hàng vẫn theo «{before}»: «Tháng báo cáo» (100) cùng cỡ "
        f"với «Tháng báo cáo» trong sổ đó (90, ChiTieu!D2), chứ không {times} như khi đã đổi "
        f"sang «{unit}». Báo cáo sẽ in «100 {unit}». Hãy sửa «Đơn vị» thành «{before}», hoặc "
        f"đổi mọi số của hàng sang «{unit}» (nếu chính sổ 2024-04.xlsx ghi nhầm đơn vị, hãy sửa "
        "đơn vị trong sổ đó).",
    )


def test_last_months_unit_typed_wrong_is_a_warning(data: Path) -> None:
    """March in "nghìn tấn" between February and April in "tấn", every figure of one size:
    April is right and March the slip, so April is no error (it was one, "… vẫn theo «nghìn
    tấn»", on a correct workbook), but a warning naming both earlier workbooks."""
    month_book(data, Period(2024, 3), {}, [in_unit("tấn", 80, None, None, 300)])
    month_book(data, APRIL, {}, [in_unit("nghìn tấn", 90, None, None, 390)])
    month_book(data, MAY, {}, [in_unit("tấn", 100, 90, None, 490)])
    assert only(findings(data.parent, MAY), "ERROR") == []
    assert [f for f in only(findings(data.parent, MAY), "WARNING") if f[1] == "C2"] == [
        (
            "WARNING",
            "C2",
            "«Đơn vị» của «x» là «tấn», nhưng sổ tháng trước 2024-04.xlsx (ChiTieu!C2) ghi "
            "«nghìn tấn», còn sổ 2024-03.xlsx (ChiTieu!C2) trước đó ghi «tấn» như sổ này, và các "
            "số của hàng cùng cỡ với số của sổ 2024-04.xlsx: có thể sổ 2024-04.xlsx ghi nhầm "
            "đơn vị. Hãy sửa đơn vị trong sổ 2024-04.xlsx rồi lưu lại.",
        )
    ]


def test_last_months_change_kept_and_this_months_unit_turned_back_is_an_error(
    data: Path,
) -> None:
    """February in "tấn" (80.000), March changed to "nghìn tấn" with its figures (90), April
    in "tấn" again with its figures still in nghìn (100): March was right, and the report
    would print "100 tấn". It was a warning blaming March ("… có thể sổ 2024-03.xlsx ghi
    nhầm đơn vị. Hãy sửa đơn vị trong sổ 2024-03.xlsx rồi lưu lại."), exit 0; an error."""
    month_book(data, Period(2024, 2), {}, [in_unit("tấn", 80000, None, None, 160000)])
    month_book(data, MARCH, {}, [in_unit("nghìn tấn", 90, 80, None, 250)])
    month_book(data, APRIL, {}, [in_unit("tấn", 100, 90, None, 350)])
    assert only(findings(data.parent, APRIL), "ERROR") == [
        (
            "ERROR",
            "C2",
            "«Đơn vị» của «x» là «tấn», nhưng sổ tháng trước 2024-03.xlsx (ChiTieu!C2) ghi "
            "«nghìn tấn», mà các số của hàng vẫn theo «nghìn tấn»: «Tháng trước» (90) cùng cỡ "
            "với «Tháng báo cáo» trong sổ đó (90, ChiTieu!D2), chứ không gấp khoảng 1.000 lần "
            "như khi đã đổi sang «tấn». Báo cáo sẽ in «100 tấn». Hãy sửa «Đơn vị» thành «nghìn "
            "tấn», hoặc đổi mọi số của hàng sang «tấn» (nếu chính sổ 2024-03.xlsx ghi nhầm đơn "
            "vị, hãy sửa đơn vị trong sổ đó).",
        )
    ]


def test_figures_rescaled_with_the_unit_are_a_warning(data: Path) -> None:
    """The unit changed and every figure with it (90 tỷ → 100.000 triệu): the change is
    said at the unit cell, a warning, the figures may be right."""
    month_book(data, APRIL, {}, [in_unit("tỷ đồng", 90, None, None, 400)])
    month_book(data, MAY, {}, [in_unit("triệu đồng", 100000, 90000, None, 490000)])
    assert only(findings(data.parent, MAY), "ERROR") == []
    assert [f for f in only(findings(data.parent, MAY), "WARNING") if f[1] == "C2"] == [
        (
            "WARNING",
            "C2",
            "«Đơn vị» của «x» là «triệu đồng», nhưng sổ tháng trước 2024-04.xlsx (ChiTieu!C2) "
            "ghi «tỷ đồng». Nếu đơn vị đổi từ tháng này, hãy kiểm tra mọi số của hàng đã theo "
            "«triệu đồng» chưa; nếu không, hãy sửa «Đơn vị» thành «tỷ đồng».",
        )
    ]


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("triệu kWh", "GWh"),
        ("tỉ đồng", "tỷ đồng"),
        ("nghìn đồng/kg", "1.000đ/kg"),
        ("đồng/kWh", "đ/kWh"),
        ("VNĐ/kWh", "đồng/kWh"),
        ("triệu USD", "tr.USD"),
        ("tr. đồng", "triệu đồng"),
        ("m3", "m³"),
    ],
)
def test_one_unit_written_two_ways_is_one_unit(data: Path, before: str, after: str) -> None:
    """ "GWh" after "triệu kWh" ("tỷ đồng" after "tỉ đồng", "1.000đ/kg" after "nghìn
    đồng/kg", "đ/kWh" after "đồng/kWh", "m³" after "m3": province19, Kiên Giang 4/2023) is
    one unit: blank figures are taken from last month's workbook. It was an error at each
    blank cell ("… không lấy được từ 2024-04.xlsx (ChiTieu!D2) vì sổ đó ghi đơn vị «triệu
    kWh», còn sổ này ghi «GWh»") on a correct workbook."""
    month_book(data, APRIL, {}, [in_unit(before, 90, None, None, 400)])
    month_book(data, MAY, {}, [in_unit(after, 100)])
    found = findings(data.parent, MAY)
    assert only(found, "WARNING", "ERROR") == []
    assert ("INFO", "E2", "«Tháng trước» của «x» lấy từ 2024-04.xlsx (ChiTieu!D2): 90.") in found


@pytest.mark.parametrize(
    ("old", "new", "factor"),
    [
        ("tỷ đồng", "triệu đồng", Decimal(1000)),
        ("triệu VNĐ", "đồng", Decimal(10) ** 6),
        ("nghìn tỷ đồng", "tỷ đồng", Decimal(1000)),
        ("1.000 tấn", "tấn", Decimal(1000)),
        ("nghìn đồng/kg", "đồng/kg", Decimal(1000)),
        ("kg", "tấn", Decimal("0.001")),
        ("tỷ đồng", "triệu USD", None),
        ("%", "%/năm", None),
        ("nghìn", "triệu", None),
        ("m3", "m³", Decimal(1)),
        ("nghìn m²", "m2", Decimal(1000)),
    ],
)
def test_scale_between(old: str, new: str, factor: Decimal | None) -> None:
    assert scale_between(old, new) == factor


def test_a_breakdown_row_in_another_scale_that_adds_up_as_typed_is_an_error(
    data: Path,
) -> None:
    """The sample's "Khu vực kinh tế Nhà nước" in "triệu đồng" under "tỷ đồng", its figures
    left in tỷ (941 + 5.277 + 46.498 = 52.716), with no earlier workbook: the report printed
    "941 triệu đồng" with a warning that the group cannot be added up; an error now. Figures
    rescaled with the unit (941.000 triệu) add up rescaled: nothing is said (a warning that
    the group cannot be added up came every month, so a correct workbook never passed
    --strict); one of them mistyped is the sum's usual warning, in the parent's unit."""
    path = sample_months(data)
    (data / "2024-02.xlsx").unlink()
    edit_workbook(path, "ChiTieu", "gtsx.nha_nuoc", "Đơn vị", "triệu đồng")
    assert only(findings(data.parent, MARCH), "ERROR", "WARNING") == [
        (
            "ERROR",
            "C3",
            "«Đơn vị» của «gtsx.nha_nuoc» là «triệu đồng», khác «tỷ đồng» của «gtsx», chỉ tiêu "
            "nó thuộc về, mà «Tháng báo cáo» của nhóm «Phân theo loại hình kinh tế» chỉ cộng "
            "lại bằng số của «gtsx» khi coi mọi số theo «tỷ đồng» (941 + 5.277 + 46.498 = "
            "52.716): số của dòng này theo «tỷ đồng», và báo cáo sẽ in «941 triệu đồng». Hãy "
            "sửa «Đơn vị» thành «tỷ đồng».",
        )
    ]
    for header, value in [("Tháng báo cáo", 941000), ("Tháng trước", 920300)]:
        edit_workbook(path, "ChiTieu", "gtsx.nha_nuoc", header, value)
    for header, value in [("Cùng kỳ", 844400), ("Lũy kế", 2750000), ("Lũy kế cùng kỳ", 2480000)]:
        edit_workbook(path, "ChiTieu", "gtsx.nha_nuoc", header, value)
    assert only(findings(data.parent, MARCH), "ERROR", "WARNING") == []
    edit_workbook(path, "ChiTieu", "gtsx.nha_nuoc", "Cùng kỳ", 884400)
    assert only(findings(data.parent, MARCH), "ERROR", "WARNING") == [
        (
            "WARNING",
            "F2",
            "Cột «Cùng kỳ»: tổng nhóm «Phân theo loại hình kinh tế» của «gtsx» (42.240) lớn hơn "
            "số của «gtsx» (42.200), lệch 40.",
        )
    ]


def test_plan_left_in_last_months_unit_is_an_error_at_the_plan(data: Path) -> None:
    """December's exports written in "tỷ USD" for the year, every figure rescaled but the
    plan carried from November's "triệu USD" workbook: the report said "đạt 0,1% so với
    Kế hoạch năm" of the year's 38,93 tỷ USD with only the unit's usual warning, which a
    deliberate change expects. Now an error at the plan."""
    november, december = Period(2025, 11), Period(2025, 12)
    month_book(data, november, {}, [in_unit("triệu USD", 3465.2, 3394.4, None, 35300, None, 34000)])
    month_book(data, december, {}, [in_unit("tỷ USD", 3.62, 3.47, None, 38.92, None, 34000)])
    assert only(findings(data.parent, december), "ERROR") == [
        (
            "ERROR",
            "I2",
            "«Kế hoạch năm» của «x» (34.000) cùng cỡ với «Kế hoạch năm» trong sổ 2025-11.xlsx "
            "(34.000, ChiTieu!I2), ghi theo «triệu USD», chứ không bằng khoảng 1/1.000 như các "
            "số khác của hàng đã đổi sang «tỷ USD». Báo cáo sẽ in tỷ lệ đạt kế hoạch «0,1%». "
            "Hãy đổi «Kế hoạch năm» sang «tỷ USD».",
        )
    ]
    month_book(data, december, {}, [in_unit("tỷ USD", 3.62, 3.47, None, 38.92, None, 34)])
    assert only(findings(data.parent, december), "ERROR") == []


def test_last_months_unit_of_the_tables_marks_is_no_unit(data: Path) -> None:
    """Last month's workbook, read before a unit of marks only was an error, with "-" for
    the unit of xuat_khau: history kept "-" as its unit, and March's right "triệu USD" was
    warned "«Đơn vị» của «xuat_khau» là «triệu USD», nhưng sổ tháng trước … ghi «-» … hãy
    sửa «Đơn vị» thành «-»", and each figure compared with it "sổ đó ghi đơn vị «-»". Now
    "-" is read as no unit there too, as the month's reader reads it."""
    sample_months(data)
    edit_workbook(data / "2024-02.xlsx", "ChiTieu", "xuat_khau", "Đơn vị", "-")
    assert only(findings(data.parent, MARCH), "WARNING", "ERROR") == []


def _in(unit: str, code: str, value: object, **extra: object) -> tuple[object, ...]:
    """A row ``code`` in ``unit`` with its month's figure ``value``."""
    base = row(code, value, **extra)
    return (*base[:2], unit, *base[3:])


@pytest.mark.parametrize(
    ("total", "decimals", "warned"),
    [
        (0.8, 1, "(0,9975) lớn hơn số của «x» (0,8), lệch 0,1975"),
        (1, 1, None),
        (2, 0, "(0,9975) nhỏ hơn số của «x» (2), lệch 1,0025"),
    ],
)
def test_a_group_at_a_finer_scale_adds_up_to_its_parent_within_its_own_rounding(
    data: Path, total: float, decimals: int, warned: str | None
) -> None:
    """Kiên Giang's exports of 2024, "1 tỷ USD (gồm: gạo 300,8 triệu USD; hải sản 230,5
    triệu USD; giày da 261,19 triệu USD và hàng khác hơn 205 triệu USD)": typed so, a total
    of 0,8 tỷ USD beside items of 997,5 triệu USD was quiet, and so was any total from 0 to
    3 tỷ USD typed whole: each item was allowed half a unit of the total's last place (50
    triệu USD, or 500), as if rounded to it, though typed to a tenth of a million. The
    items' own rounding and the total's, once, are allowed now."""
    items = [("gao", 300.8), ("hs", 230.5), ("gd", 261.2), ("khac", 205.0)]
    rows = [_in("tỷ USD", "x", total, decimals=decimals)]
    rows += [_in("triệu USD", c, v, decimals=1, parent="x", group="Gồm") for c, v in items]
    month_book(data, APRIL, {}, rows)
    sums = [f for f in findings(data.parent, APRIL) if "tổng nhóm" in f[2]]
    expected = f"Cột «Tháng báo cáo»: tổng nhóm «Gồm» của «x» {warned}."
    assert sums == ([] if warned is None else [("WARNING", "D2", expected)])
