"""An indicator named an index ("Chỉ số sản xuất công nghiệp") in a unit of money: an
index is a ratio to its base period, so the figure is the output's value, misnamed."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book
from test_surely_wrong import findings, only, report

JUNE = Period(2024, 6)
MUC = "Về sản xuất công nghiệp"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


def _row(name: str, unit: str) -> tuple[object, ...]:
    return ("gtsx", name, unit, None, None, None, 3300.63, 2883.91, None, 2, None, None, 2, MUC)


def test_an_index_in_money_is_a_warning_at_its_name(data: Path) -> None:
    """Ninh Thuận's 6 months of 2024 as printed, "Chỉ số sản xuất công nghiệp ước đạt
    3.300,63 tỷ đồng, tăng 14,45%": typed so, the row was printed with a clean check,
    "Chỉ số sản xuất công nghiệp 6 tháng đầu năm 2024 ước đạt 3.300,63 tỷ đồng", an index
    that no unit of money measures."""
    name = "Chỉ số sản xuất công nghiệp"
    month_book(data, JUNE, {"ky_bao_cao": "6 tháng"}, [_row(name, "tỷ đồng")])
    assert only(findings(data.parent, JUNE), "WARNING", "ERROR") == [
        (
            "WARNING",
            "B2",
            "«Chỉ tiêu» của «gtsx» là «Chỉ số sản xuất công nghiệp», nhưng «Đơn vị» là «tỷ "
            "đồng»: chỉ số là tỷ lệ so với kỳ gốc, không đo bằng tiền, nên báo cáo sẽ viết "
            "«Chỉ số sản xuất công nghiệp … ước đạt … tỷ đồng». Nếu đây là giá trị (ví dụ giá "
            "trị sản xuất), hãy sửa tên chỉ tiêu; nếu là chỉ số, hãy ghi ở trang ChiSoSXCN.",
        )
    ]


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Giá trị sản xuất công nghiệp", "tỷ đồng"),
        ("Chỉ số sản xuất công nghiệp", "%"),
        ("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "điểm"),
        ("Chỉ số giá bán lẻ điện bình quân", "đồng/kWh"),
    ],
)
def test_a_value_or_an_index_in_its_unit_is_quiet(data: Path, name: str, unit: str) -> None:
    """The output's value in money, an index in percent or points, a price: no warning."""
    month_book(data, JUNE, {"ky_bao_cao": "6 tháng"}, [_row(name, unit)])
    assert only(findings(data.parent, JUNE), "WARNING", "ERROR") == []
    assert any(t.startswith(name) for t in report(data.parent, JUNE))
