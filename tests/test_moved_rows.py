"""An indicator whose blank Mục puts it, after the rows were sorted, in another subsection
than last month's workbook (``movedrows``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings, only

FEBRUARY, MARCH = Period(2024, 2), Period(2024, 3)
INDUSTRY, TRADE, EXPORTS = "Về sản xuất công nghiệp", "Về hoạt động thương mại", "Về xuất khẩu"
MOVED = (
    "«Mục» của «d» để trống nên chỉ tiêu được viết trong tiểu mục «Về sản xuất công nghiệp» "
    "của dòng trên, nhưng trong sổ 2024-02.xlsx chỉ tiêu này thuộc tiểu mục {then}. Nếu các "
    "dòng đã bị sắp xếp lại, hãy đưa dòng về dưới tiểu mục của nó; nếu "
    "đúng là chuyển tiểu mục, hãy ghi «Mục» cho dòng này."
)
SORTED = MOVED.format(then="«Về hoạt động thương mại»")


def rows(*spec: tuple[str, str | None]) -> list[tuple[object, ...]]:
    return [row(code, 100, section=section) for code, section in spec]


FEB = rows(("a", INDUSTRY), ("b", None), ("c", TRADE), ("d", None))


@pytest.mark.parametrize(
    ("february", "march", "said"),
    [
        # sorted by Mã: d, blank, now stands under a's rows (the Lam Sơn trial's nhap_khau)
        (FEB, rows(("a", INDUSTRY), ("b", None), ("d", None), ("c", TRADE)), [("N4", SORTED)]),
        # as February's: quiet
        (FEB, FEB, []),
        # the move typed: meant
        (FEB, rows(("a", INDUSTRY), ("b", None), ("d", INDUSTRY), ("c", TRADE)), []),
        # a heading added this month over d: meant
        (FEB, rows(("a", INDUSTRY), ("b", None), ("c", TRADE), ("e", EXPORTS), ("d", None)), []),
        # February's headings typed with their numbers, one in capitals: the same subsections
        (
            rows(
                ("a", "1. " + INDUSTRY),
                ("b", None),
                ("c", "2. VỀ HOẠT ĐỘNG THƯƠNG MẠI"),
                ("d", None),
            ),
            rows(("a", INDUSTRY), ("b", None), ("d", None), ("c", TRADE)),
            [("N4", MOVED.format(then="«2. VỀ HOẠT ĐỘNG THƯƠNG MẠI»"))],
        ),
    ],
)
def test_blank_mục_moved_by_the_rows_order(
    tmp_path: Path,
    february: list[tuple[object, ...]],
    march: list[tuple[object, ...]],
    said: list[tuple[str, str]],
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    month_book(data, FEBRUARY, {}, february)
    month_book(data, MARCH, {}, march)
    found = [(c, m) for _, c, m in only(findings(tmp_path, MARCH), "WARNING") if "«Mục»" in m]
    assert found == said
