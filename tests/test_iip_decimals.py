"""A note when every ChiSoSXCN index has one decimal and the iip row's Số lẻ % is blank."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from baocao.cli import app

from helpers import edit_workbook

runner = CliRunner()
YOY = "Chỉ số so với cùng kỳ (%)"
ONE_DECIMAL = {
    "iip": 119.7,
    "iip.khai_khoang": 124.9,
    "iip.che_bien": 124.1,
    "iip.dien": 115.6,
    "iip.nuoc": 107.1,
}


def one_decimal(workspace: Path) -> Path:
    """The sample's indices typed with one decimal, as a statistics office publishes them."""
    path = workspace / "data" / "2024-03.xlsx"
    for code, index in ONE_DECIMAL.items():
        edit_workbook(path, "ChiSoSXCN", code, YOY, index)
    return path


def check() -> list[str]:
    result = runner.invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert result.exit_code == 0, result.stdout
    return result.stdout.splitlines()[1:]


def test_indices_of_one_decimal_beside_a_blank_pct_decimals_are_noted(workspace: Path) -> None:
    """Bình Dương's 10/2022 index, 119,7, was printed "tăng 19,70%" with no word."""
    path = one_decimal(workspace)
    assert check() == [
        f"GHI CHÚ: {path}, ChiSoSXCN!G2: «Số lẻ %» của dòng «iip» để trống nên báo cáo viết "
        "các chỉ số với 2 chữ số thập phân («tăng 19,70%»), mà mọi chỉ số của trang chỉ có 1 "
        "chữ số thập phân (119,7; 124,9; 124,1; 115,6; …). Nếu số liệu được công bố với 1 chữ "
        "số thập phân, hãy ghi 1 vào «Số lẻ %» của dòng «iip» (các ngành để trống dùng theo).",
        "Tổng cộng: 0 lỗi, 0 cảnh báo, 1 ghi chú.",
    ]


def test_pct_decimals_typed_or_an_index_of_two_decimals_is_quiet(workspace: Path) -> None:
    path = one_decimal(workspace)
    edit_workbook(path, "ChiSoSXCN", "iip", "Số lẻ %", 1)
    assert check() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]
    edit_workbook(path, "ChiSoSXCN", "iip", "Số lẻ %", None)
    edit_workbook(path, "ChiSoSXCN", "iip.nuoc", YOY, 107.03)
    assert check() == ["Tổng cộng: 0 lỗi, 0 cảnh báo."]
