"""A currency's code typed in small letters in a unit is written in capitals."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from baocao.units import printed_unit
from test_figures import build_texts, month_book, row
from test_surely_wrong import findings

JANUARY = Period(2025, 1)


@pytest.mark.parametrize(
    ("typed", "unit", "said"),
    [
        ("triệu usd", "triệu USD", ["«usd» viết thành «USD», mã tiền tệ"]),
        (
            "Triệu Usd",
            "triệu USD",
            [
                "«Usd» viết thành «USD», mã tiền tệ",
                "chữ đầu viết thường, vì đơn vị đứng giữa câu",
            ],
        ),
        ("usd/tấn", "USD/tấn", ["«usd» viết thành «USD», mã tiền tệ"]),
        ("triệu USD", "triệu USD", []),
        ("tỷ kwh", "tỷ kWh", ["«kwh» viết thành «kWh», ký hiệu của đơn vị đo"]),
    ],
)
def test_a_currency_code_in_small_letters_is_written_in_capitals(
    typed: str, unit: str, said: list[str]
) -> None:
    """office40: a breakdown row typed "triệu usd" under its parent's "triệu USD" printed
    "ước đạt 584,7 triệu usd" beside its sibling's "triệu USD", with a clean check."""
    assert printed_unit(typed) == (unit, said)


def test_a_breakdown_row_in_small_usd_reads_as_its_parents_unit(tmp_path: Path) -> None:
    """The sentence and the note of office40's row, end to end."""
    data = tmp_path / "data"
    data.mkdir()
    parent = ("xk", "Kim ngạch xuất khẩu", "triệu USD", *row("xk", 100)[3:])
    tn = ("xk.tn", "Khu vực trong nước", "triệu usd")
    fdi = ("xk.fdi", "Khu vực FDI", "triệu USD")
    group = {"parent": "xk", "group": "Phân theo loại hình kinh tế"}
    month_book(
        data,
        JANUARY,
        {},
        [parent, (*tn, *row("xk.tn", 40, **group)[3:]), (*fdi, *row("xk.fdi", 60, **group)[3:])],
    )
    texts = build_texts(tmp_path, JANUARY)
    assert [t for t in texts if t.startswith("- Khu vực trong nước")] == [
        "- Khu vực trong nước tháng 1 ước đạt 40 triệu USD."
    ]
    assert [m for s, c, m in findings(tmp_path, JANUARY) if c == "C3"] == [
        "«Đơn vị» được viết thành «triệu USD» («usd» viết thành «USD», mã tiền tệ)."
    ]
