"""The whole industry's index against its branches' when their Quyền số make it whole."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from typer.testing import CliRunner

from baocao.cli import app
from baocao.iipweights import branches_make_whole
from baocao.models import IipRow

from helpers import edit_workbook, load_workbook

runner = CliRunner()
YOY = "Chỉ số so với cùng kỳ (%)"
BRANCHES = ("iip.khai_khoang", "iip.che_bien", "iip.dien", "iip.nuoc")


def weigh(workspace: Path, weights: tuple[object, ...], whole: object = None) -> Path:
    """The sample's branches given ``weights`` (and the iip row ``whole``)."""
    path = workspace / "data" / "2024-03.xlsx"
    for code, weight in zip(BRANCHES, weights, strict=True):
        edit_workbook(path, "ChiSoSXCN", code, "Quyền số", weight)
    edit_workbook(path, "ChiSoSXCN", "iip", "Quyền số", whole)
    return path


def check() -> tuple[int, list[str]]:
    result = runner.invoke(app, ["check", "--month", "3", "--year", "2024"])
    return result.exit_code, result.stdout.splitlines()[1:]


def test_whole_index_above_every_branch_is_a_warning(workspace: Path) -> None:
    """Branches weighing 100 in all are the whole industry: 125,50 cannot be their average
    when the highest branch is 124,95."""
    path = weigh(workspace, (2.1, 94.6, 2.8, 0.5))
    edit_workbook(path, "ChiSoSXCN", "iip", YOY, 125.5)
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {path}, ChiSoSXCN!C2: Chỉ số toàn ngành 125,50 cao hơn chỉ số của mọi "
            "ngành (cao nhất là 124,95 của «iip.khai_khoang»), dù Quyền số của các ngành cộng "
            "lại là 100, tức là đủ toàn ngành: chỉ số toàn ngành là bình quân gia quyền của "
            "các ngành nên phải nằm giữa chỉ số thấp nhất và cao nhất của chúng. Hãy kiểm tra "
            "lại các chỉ số đã chép.",
            "Tổng cộng: 0 lỗi, 1 cảnh báo.",
        ],
    )


def test_whole_index_below_every_branch_against_the_whole_rows_weight(workspace: Path) -> None:
    """Weights in per mille, the iip row's 1000 typed: 105,00 is below 107,03."""
    path = weigh(workspace, (21, 946, 28, 5), whole=1000)
    edit_workbook(path, "ChiSoSXCN", "iip", YOY, 105)
    code, lines = check()
    assert code == 0
    assert lines[0].startswith(
        f"CẢNH BÁO: {path}, ChiSoSXCN!C2: Chỉ số toàn ngành 105,00 thấp hơn chỉ số của mọi "
        "ngành (thấp nhất là 107,03 của «iip.nuoc»), dù Quyền số của các ngành cộng lại là "
        "1.000, tức là đủ toàn ngành:"
    )
    assert lines[1:] == ["Tổng cộng: 0 lỗi, 1 cảnh báo."]


def test_index_within_its_branches_or_branches_not_whole_is_quiet(workspace: Path) -> None:
    """The sample's 123,89 lies within its branches; weights of 97 (a branch left out) say
    nothing of the whole, so 125,50 is not questioned; nor is it by the rounding."""
    path = weigh(workspace, (2.1, 94.6, 2.8, 0.5))
    assert check() == (0, ["Tổng cộng: 0 lỗi, 0 cảnh báo."])
    edit_workbook(path, "ChiSoSXCN", "iip", YOY, 124.96)
    assert check() == (0, ["Tổng cộng: 0 lỗi, 0 cảnh báo."])
    weigh(workspace, (2.1, 94.6, 0.3, 0.5))
    edit_workbook(path, "ChiSoSXCN", "iip", YOY, 125.5)
    assert check() == (0, ["Tổng cộng: 0 lỗi, 0 cảnh báo."])


def test_branches_make_whole() -> None:
    def row(code: str, weight: str | None) -> IipRow:
        value = None if weight is None else Decimal(weight)
        return IipRow(row=2, code=code, name=code, index=Decimal(100), weight=value)

    whole = row("iip", None)
    assert branches_make_whole(whole, [row("a", "0.6"), row("b", "0.401")]) == Decimal("1.001")
    assert branches_make_whole(whole, [row("a", "0.6"), row("b", "0.41")]) is None
    assert branches_make_whole(whole, [row("a", "60"), row("b", None)]) is None
    assert branches_make_whole(whole, [row("a", "101"), row("b", "-1")]) is None
    assert branches_make_whole(row("iip", "80"), [row("a", "60"), row("b", "20")]) == 80
    assert branches_make_whole(row("iip", "80"), [row("a", "60"), row("b", "40")]) is None
    assert branches_make_whole(whole, []) is None


def test_an_index_in_error_is_not_also_a_warning(workspace: Path) -> None:
    """1.200,00 is an error of its own: the range of the branches adds nothing to it."""
    path = weigh(workspace, (2.1, 94.6, 2.8, 0.5))
    edit_workbook(path, "ChiSoSXCN", "iip", YOY, 1200)
    code, lines = check()
    assert code == 1
    assert lines[0].startswith(f"LỖI: {path}, ChiSoSXCN!C2: Chỉ số 1.200,00 nằm ngoài")
    assert lines[1:] == ["Tổng cộng: 1 lỗi, 0 cảnh báo."]


def test_a_confirmed_index_in_error_is_not_also_a_warning(workspace: Path) -> None:
    """12.389,00 (123,89 typed without its comma) is an error even when «chi_so_bat_thuong»
    confirms indices far from 100: it was also warned as above every branch's index."""
    path = weigh(workspace, (2.1, 94.6, 2.8, 0.5))
    edit_workbook(path, "ChiSoSXCN", "iip", YOY, 12389)
    book = load_workbook(path)
    book["ThongTin"].append(["chi_so_bat_thuong", "có"])
    book.save(path)
    code, lines = check()
    assert code == 1
    assert lines == [
        f"LỖI: {path}, ChiSoSXCN!C2: Chỉ số 12.389,00 nghĩa là gấp hơn 100 lần kỳ so sánh: "
        "không thể là số thật, kể cả khi đã xác nhận ở khóa «chi_so_bat_thuong». Hãy kiểm tra "
        "lại.",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


def test_a_branch_named_without_its_index_against_the_same_month_is_a_note(
    workspace: Path,
) -> None:
    """A branch's «Chỉ số so với cùng kỳ» blank (a column pasted one row off) while the
    iip row and the branch's index against last month are given: the paragraph names the
    branch without its change against last year, and nothing said so."""
    path = workspace / "data" / "2024-03.xlsx"
    for code in ("iip", *BRANCHES):
        edit_workbook(path, "ChiSoSXCN", code, "Chỉ số so với tháng trước (%)", 101)
    edit_workbook(path, "ChiSoSXCN", "iip.khai_khoang", YOY, None)
    result = runner.invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert (
        f"GHI CHÚ: {path}, ChiSoSXCN!C3: «Chỉ số so với cùng kỳ (%)» của «iip.khai_khoang» để "
        "trống, trong khi dòng «iip» có chỉ số này: đoạn chỉ số sản xuất công nghiệp nêu ngành "
        "này mà không có phần so với cùng kỳ."
    ) in result.stdout.splitlines()
    edit_workbook(path, "ChiSoSXCN", "iip.khai_khoang", YOY, 124.95)
    result = runner.invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert "ChiSoSXCN!C3" not in result.stdout


def test_a_negative_weight_is_a_warning_at_its_cell(workspace: Path) -> None:
    """A branch weighing -5 (a sign typed by mistake) was taken without a word, and the
    check of the whole industry's index against its branches passed over."""
    path = weigh(workspace, (-5, 95, 5, 5))
    assert check() == (
        0,
        [
            f"CẢNH BÁO: {path}, ChiSoSXCN!E3: Quyền số -5 là số âm: quyền số là tỷ trọng của "
            "ngành trong toàn ngành công nghiệp, không thể âm. Hãy sửa lại hoặc để trống.",
            "Tổng cộng: 0 lỗi, 1 cảnh báo.",
        ],
    )
