"""A blank «Cùng kỳ» taken from last year's workbook beside a typed «Lũy kế cùng kỳ» that
last year's own «Lũy kế» does not hold (``scopebase``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period

from helpers import write_config, write_month

TAKEN = "«Cùng kỳ» của «x» lấy từ 2024-09.xlsx (ChiTieu!D2): 100"
WIDER = (
    f"{TAKEN}, nhưng «Lũy kế cùng kỳ» đã ghi (1.200) khác «Lũy kế» trong 2024-09.xlsx "
    "(ChiTieu!G2) (900): sổ năm trước có thể không cùng phạm vi với số năm nay (chẳng hạn "
    "trước khi hợp nhất tỉnh), và báo cáo sẽ lấy 100 làm cùng kỳ của tháng. Hãy điền «Cùng "
    "kỳ» cùng phạm vi với «Lũy kế cùng kỳ»."
)


@pytest.mark.parametrize(
    ("ytd_same", "limit", "said"),
    [
        (1200, "0", ("WARNING", WIDER)),
        (1200, "5", ("WARNING", WIDER)),
        (903, "5", ("INFO", f"{TAKEN}.")),  # last year's total revised within the percent
        (900, "0", ("INFO", f"{TAKEN}.")),  # last year's own total: the same scope
    ],
)
def test_a_same_month_taken_beside_another_years_total_is_warned(
    tmp_path: Path, ytd_same: int, limit: str, said: tuple[str, str]
) -> None:
    """A province merged in the year (Quảng Trị's 9 tháng 2025, whose «cùng kỳ» adds up the
    old provinces) keeps last year's workbooks of one of them: its office types the combined
    «Lũy kế cùng kỳ» (1.200 against 2024-09.xlsx's 900, warned at H2, "báo cáo dùng số đã
    ghi") and leaves «Cùng kỳ» blank, which took last September's 100 with a note alone, so
    the month's sentence said "tăng 40,0% so với cùng kỳ" against the old province's figure
    under a clean strict check but for the year-to-date's word. The month's base taken from
    the workbook whose total the typed one contradicts beyond its revision is a warning."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2024, 9, [("x", 100, None, 90, 900, 800)])
    write_month(folder, 2025, 9, [("x", 140, None, None, 1300, ytd_same)])
    config = write_config(tmp_path)
    with config.open("a", encoding="utf-8") as handle:
        handle.write(f"\n[checks]\nrevision_note_pct = {limit}\n")
    problems = check_inputs(load_config(config), Period(2025, 9)).problems
    assert [(p.severity.name, p.message) for p in problems if p.cell == "F2"] == [said]


YTD_TAKEN = "«Lũy kế cùng kỳ» của «x» là «Lũy kế» trong 2024-09.xlsx (ChiTieu!G2): 900"
YTD_WIDER = (
    f"{YTD_TAKEN}, nhưng «Cùng kỳ» đã ghi (133) khác số trong 2024-09.xlsx (ChiTieu!D2) (100): "
    "sổ năm trước có thể không cùng phạm vi với số năm nay (chẳng hạn trước khi hợp nhất "
    "tỉnh), và báo cáo sẽ lấy 900 làm cùng kỳ của số cộng dồn. Hãy điền «Lũy kế cùng kỳ» "
    "cùng phạm vi với «Cùng kỳ»."
)
SUMMED = (
    "«Lũy kế cùng kỳ» của «x» tính bằng «Lũy kế cùng kỳ» trong 2025-08.xlsx (ChiTieu!H2) "
    "cộng «Cùng kỳ» của sổ này (700 + 133): 833."
)


@pytest.mark.parametrize(
    ("same", "august", "said"),
    [
        (133, False, ("WARNING", YTD_WIDER)),
        (101, False, ("INFO", f"{YTD_TAKEN}.")),  # last September's own, revised a little
        (133, True, ("INFO", SUMMED)),  # made with this year's Cùng kỳ: of its scope
    ],
)
def test_a_same_year_to_date_made_from_last_years_books_beside_another_month_is_warned(
    tmp_path: Path, same: int, august: bool, said: tuple[str, str]
) -> None:
    """The other way round: the combined «Cùng kỳ» typed (133 against 2024-09.xlsx's 100,
    warned at F2) and «Lũy kế cùng kỳ» left blank took last September's own «Lũy kế» 900
    with a note alone, and the year-to-date's sentence said "tăng 44,4% so với cùng kỳ"
    beside the month's "tăng 5,3%". One made with this year's «Cùng kỳ» (August's workbook's
    «Lũy kế cùng kỳ» plus it) is of this year's scope and stays a note."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2024, 9, [("x", 100, None, 90, 900, 800)])
    if august:
        write_month(folder, 2025, 8, [("x", 130, None, 125, 1160, 700)])
    write_month(folder, 2025, 9, [("x", 140, None, same, 1300, None)])
    config = write_config(tmp_path)
    with config.open("a", encoding="utf-8") as handle:
        handle.write("\n[checks]\nrevision_note_pct = 5\n")
    problems = check_inputs(load_config(config), Period(2025, 9)).problems
    assert [(p.severity.name, p.message) for p in problems if p.cell == "H2"] == [said]


MONTH_TAKEN = "«Tháng trước» của «x» lấy từ 2025-06.xlsx (ChiTieu!D2): 100"
MONTH_WIDER = (
    f"{MONTH_TAKEN}, nhưng «Lũy kế» đã ghi (930) khác «Lũy kế» trong 2025-06.xlsx (ChiTieu!G2) "
    "cộng «Tháng báo cáo» (740), và «Lũy kế cùng kỳ» đã ghi (850) khác «Lũy kế cùng kỳ» trong "
    "2025-06.xlsx (ChiTieu!H2) cộng «Cùng kỳ» (690): sổ tháng trước có thể không cùng phạm vi "
    "với số tháng này (chẳng hạn trước khi hợp nhất tỉnh), và báo cáo sẽ lấy 100 làm số tháng "
    "trước. Hãy điền «Tháng trước» cùng phạm vi với số tháng này."
)


@pytest.mark.parametrize(
    ("ytd", "ytd_same", "said"),
    [
        (930, 850, ("WARNING", MONTH_WIDER)),
        (930, 690, ("INFO", f"{MONTH_TAKEN}.")),  # one year-to-date off: that one's slip
        (740, 850, ("INFO", f"{MONTH_TAKEN}.")),
        (740, 690, ("INFO", f"{MONTH_TAKEN}.")),  # both as June's plus July: one scope
    ],
)
def test_last_month_taken_beside_both_totals_of_another_scope_is_warned(
    tmp_path: Path, ytd: int, ytd_same: int, said: tuple[str, str]
) -> None:
    """July 2025, the first month of a merged province, beside June's workbook of one of
    the old provinces: its office types the combined month, year-to-date and bases and
    leaves «Tháng trước» blank, which took June's 100 of the old province with a note alone
    (both year-to-dates warned "hãy kiểm tra lại", and right): the sentence said "tăng 40,0%
    so với tháng trước". When both typed year-to-dates are off June's plus July's, June's
    workbook counts another scope and the month taken from it is a warning; one of them off
    is that figure's own slip (or revision), said at its cell alone."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2025, 6, [("x", 100, None, 95, 600, 560)])
    write_month(folder, 2025, 7, [("x", 140, None, 130, ytd, ytd_same)])
    problems = check_inputs(load_config(write_config(tmp_path)), Period(2025, 7)).problems
    assert [(p.severity.name, p.message) for p in problems if p.cell == "E2"] == [said]


@pytest.mark.parametrize(
    ("august", "ytd_same", "said"),
    [
        (860, 960, ("INFO", f"{TAKEN}.")),  # August's 860 plus the month taken: one scope
        (1080, 1200, ("WARNING", WIDER)),  # the merged province's August: 1.080 + 120
    ],
)
def test_a_same_month_taken_that_last_months_total_plus_it_makes_is_a_note(
    tmp_path: Path, august: int, ytd_same: int, said: tuple[str, str]
) -> None:
    """A correct office whose «Lũy kế cùng kỳ» the statistics office revised since last
    year (8 months of 2024: 860 in August 2025's workbook against 2024-08's 800, 7.5%, over
    ``revision_note_pct``) types September's 960, August's 860 plus last September's 100,
    and leaves «Cùng kỳ» blank: the month taken is what its own year-to-date adds, of this
    year's workbooks' scope, and was warned as of another (review34). A typed total that
    August's workbook plus the month taken does not make is still warned."""
    folder = tmp_path / "data"
    folder.mkdir()
    write_month(folder, 2024, 9, [("x", 100, None, 90, 900, 800)])
    write_month(folder, 2025, 8, [("x", 130, None, 125, 1160, august)])
    write_month(folder, 2025, 9, [("x", 140, None, None, 1300, ytd_same)])
    config = write_config(tmp_path)
    with config.open("a", encoding="utf-8") as handle:
        handle.write("\n[checks]\nrevision_note_pct = 5\n")
    problems = check_inputs(load_config(config), Period(2025, 9)).problems
    assert [(p.severity.name, p.message) for p in problems if p.cell == "F2"] == [said]
