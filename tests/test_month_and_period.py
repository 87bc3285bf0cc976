"""«ky_bao_cao» typed as a monthly report's title names its period: the month and the months
since January, "tháng 8 và 8 tháng năm 2024" (province41: Bình Thuận's Sở Công Thương titles
its reports "Tình hình Công nghiệp - Thương mại Bình Thuận tháng 8 và 8 tháng năm 2024", the
statistics offices "tháng 9 và 9 tháng năm 2024"). It was refused: "«ky_bao_cao» phải là một
trong «tháng», «quý», «6 tháng», «9 tháng», «năm», nhưng là «tháng 8 và 8 tháng năm 2024».",
and no report. The months after "và" are the kind when they name one (September's "9 tháng",
March's "quý I", December's "cả năm"), else the month's report; the month's number, and the
months' count, must be the workbook's month."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import ReportKind
from test_figures import _kind_typed

MONTHLY = "Kết quả thực hiện nhiệm vụ tháng 8 và nhiệm vụ trọng tâm tháng 9 năm 2024"
NINE = "Kết quả thực hiện nhiệm vụ 9 tháng đầu năm và phương hướng, nhiệm vụ 3 tháng cuối năm 2024"
HALF = "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024"
QUARTER = "Kết quả thực hiện nhiệm vụ quý I năm 2024 và nhiệm vụ trọng tâm quý II năm 2024"
YEAR = "Kết quả thực hiện nhiệm vụ năm 2024 và phương hướng, nhiệm vụ năm 2025"


@pytest.mark.parametrize(
    ("typed", "month", "error", "title"),
    [
        ("tháng 8 và 8 tháng năm 2024", 8, None, MONTHLY),
        ("Tháng 8 và 8 tháng đầu năm", 8, None, MONTHLY),
        ("tháng 08 và 08 tháng", 8, None, MONTHLY),
        ("THÁNG 9 VÀ 9 THÁNG NĂM 2024", 9, None, NINE),
        ("tháng 6 và 6 tháng đầu năm 2024", 6, None, HALF),
        ("tháng 3 và quý I năm 2024", 3, None, QUARTER),
        ("Tháng 3 và 3 tháng đầu năm", 3, None, QUARTER),
        ("tháng 12 và cả năm 2024", 12, None, YEAR),
        (
            "tháng 9 và 9 tháng năm 2024",
            8,
            "«ky_bao_cao» ghi «tháng 9 và 9 tháng năm 2024», nhưng sổ ghi tháng 8. Hãy ghi "
            "«tháng 8» (hoặc «tháng»), hoặc sửa «thang» nếu tháng ghi nhầm.",
            None,
        ),
        (
            "tháng 8 và 8 tháng năm 2023",
            8,
            "«ky_bao_cao» ghi năm 2023, nhưng sổ ghi năm 2024.",
            None,
        ),
        (
            "tháng 8 và 7 tháng",
            8,
            "«ky_bao_cao» phải là một trong «tháng», «quý», «6 tháng», «9 tháng», «năm», "
            "nhưng là «tháng 8 và 7 tháng».",
            None,
        ),
        (
            "tháng 3 và quý II",
            3,
            "«ky_bao_cao» ghi «tháng 3 và quý II», mà quý II kết thúc ở tháng 6, nhưng sổ ghi "
            "tháng 3. Hãy ghi «Quý I» (hoặc «quý»), hoặc sửa «thang» nếu tháng ghi nhầm.",
            None,
        ),
    ],
)
def test_the_month_and_the_months_since_january(
    tmp_path: Path, typed: str, month: int, error: str | None, title: str | None
) -> None:
    """The title's "tháng N và N tháng" is the report of month N: the month's own, or the
    kind the months after "và" name; a count or a number not the month's is an error."""
    _kind_typed(tmp_path, typed, month, error, title or "")


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("tháng 8 và 8 tháng", ReportKind.MONTH),
        ("tháng 9 và 9 tháng đầu năm", ReportKind.NINE_MONTHS),
        ("tháng 9 và tháng 9", None),  # no period after "và"
        ("tháng và 8 tháng", None),
    ],
)
def test_the_month_and_its_period_read_alone(typed: str, kind: ReportKind | None) -> None:
    """``ReportKind.read`` of the title's pair, as the config's kind and the notes read it."""
    assert ReportKind.read(typed) is kind


@pytest.mark.parametrize(
    "typed",
    [
        "tháng 3 và tháng 3 và quý I",
        "tháng 8 và tháng 8 và 8 tháng",
        ("tháng 8 và " * 3000)[:32000],
    ],
    ids=["quarter", "months", "32000-characters"],
)
def test_a_pair_after_a_pair_is_no_title(typed: str) -> None:
    """attack13: the words after "và" were read as a title again, pair after pair: "tháng 3
    và tháng 3 và quý I" was the first quarter's report, and a cell of "tháng 8 và " over
    and over (32 000 characters) passed Python's recursion limit, a traceback in check and
    build. A pair after "và" names no period: the cell's kind error, as for any other text."""
    assert ReportKind.read(typed) is None
    assert ReportKind.read_dated(typed) == (None, None, typed)


def test_a_long_cell_of_pairs_is_quoted_cut_in_the_kinds_error(tmp_path: Path) -> None:
    """attack13: the kind's error quoted the whole cell, 32 000 characters of "tháng 8 và
    " on one line: cut at 100, with its length, as other cells' values are."""
    typed = ("tháng 8 và " * 3000)[:32_000]
    error = (
        "«ky_bao_cao» phải là một trong «tháng», «quý», «6 tháng», «9 tháng», «năm», nhưng "
        f"là «{typed[:100]}…» (32.000 ký tự)."
    )
    _kind_typed(tmp_path, typed, 8, error, "")


JULY = "Kết quả thực hiện nhiệm vụ tháng 7 và nhiệm vụ trọng tâm tháng 8 năm 2024"


@pytest.mark.parametrize(
    ("typed", "month", "error", "title"),
    [
        ("7 tháng", 7, None, JULY),
        ("07 Tháng đầu năm 2024", 7, None, JULY),
        ("8 tháng năm 2024", 8, None, MONTHLY),
        (
            "7 tháng",
            8,
            "«ky_bao_cao» ghi «7 tháng», nhưng sổ ghi tháng 8. Hãy ghi «tháng 8» (hoặc "
            "«tháng»), hoặc sửa «thang» nếu tháng ghi nhầm.",
            None,
        ),
        (
            "13 tháng",
            7,
            "«ky_bao_cao» phải là một trong «tháng», «quý», «6 tháng», «9 tháng», «năm», "
            "nhưng là «13 tháng».",
            None,
        ),
    ],
)
def test_the_months_since_january_alone_are_the_months_report(
    tmp_path: Path, typed: str, month: int, error: str | None, title: str | None
) -> None:
    """province48: Vĩnh Long's July 2025 figures are "7 tháng" ("Kim ngạch xuất khẩu 7 tháng
    ước đạt trên 2,1 tỷ USD"), as an office titles its July report by the months since
    January. «ky_bao_cao» "7 tháng" was refused: "«ky_bao_cao» phải là một trong «tháng»,
    «quý», «6 tháng», «9 tháng», «năm», nhưng là «7 tháng».", and no report, while "3
    tháng", "12 tháng" and "tháng 7 và 7 tháng" were read. The months since January of a
    month that ends no other kind are that month's report (its figures lead with "cộng dồn
    07 tháng đầu năm"); a count that is not the workbook's month is the month's error."""
    _kind_typed(tmp_path, typed, month, error, title or "")
