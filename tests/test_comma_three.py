"""Text with one comma before three digits ("52,716") in a ChiTieu figure: 52,716 the
Vietnamese way, 52.716 in English (pasted from an English document). In a row of 0–2
decimals the report would round the decimals away, so which is meant must be said."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings

MARCH = Period(2025, 3)


@pytest.fixture
def data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


@pytest.mark.parametrize(
    ("typed", "decimals", "thousands"), [("52,716", None, "52.716"), ("+1,234", 2, "1.234")]
)
def test_a_comma_before_three_digits_in_a_row_of_fewer_decimals_is_an_error(
    data: Path, typed: str, decimals: int | None, thousands: str
) -> None:
    """ "52,716" typed as text is 52,716 the Vietnamese way, 52.716 in English; a row of 0–2
    decimals would print it "53" (it was read so, with only a warning). An error instead of
    that warning."""
    month_book(data, MARCH, {}, [row("x", typed, decimals=decimals)])
    shown_decimals = decimals or 0
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "D2"] == [
        (
            "ERROR",
            "D2",
            f"Số gõ dưới dạng chữ «{typed}» có thể là {thousands} (dấu phẩy ngăn cách hàng "
            f"nghìn, kiểu tiếng Anh) hoặc {typed} (dấu phẩy thập phân), mà «Số lẻ» của chỉ "
            f"tiêu là {shown_decimals} nên báo cáo sẽ làm tròn phần sau dấu phẩy. Hãy nhập ô "
            "này dưới dạng số.",
        )
    ]


def test_a_comma_before_three_digits_in_a_row_of_three_decimals_is_read(data: Path) -> None:
    """With «Số lẻ» 3 the figures are written with three decimals: 52,716 is meant."""
    month_book(data, MARCH, {}, [row("x", "52,716", decimals=3)])
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "D2"] == [
        (
            "WARNING",
            "D2",
            "Số được gõ dưới dạng chữ «52,716»; đã đọc là «52,716». Nên nhập ô này dưới dạng số.",
        )
    ]


def test_a_comma_after_a_lone_zero_is_a_decimal_comma(data: Path) -> None:
    """ "0,125" is no English thousands (none starts with 0): read as 0,125 with the usual
    warning, not refused as "có thể là 125"."""
    month_book(data, MARCH, {}, [row("x", "0,125", decimals=2)])
    assert [(s, c, m) for s, c, m in findings(data.parent, MARCH) if c == "D2"] == [
        (
            "WARNING",
            "D2",
            "Số được gõ dưới dạng chữ «0,125»; đã đọc là «0,125». Nên nhập ô này dưới dạng số.",
        )
    ]


def test_a_comma_before_three_digits_is_said_beside_another_error(data: Path) -> None:
    """ "11,835" in a row of 0 decimals was only the warning that it was read as 11,835
    while another cell's error stood (the rows are checked once the cells read), and
    became the error only once that was fixed: the office sees both at once now."""
    month_book(data, MARCH, {}, [row("x", "11,835"), row("y", "abc")])
    assert [(s, c) for s, c, m in findings(data.parent, MARCH)] == [
        ("ERROR", "D2"),
        ("ERROR", "D3"),
    ]
    assert findings(data.parent, MARCH)[0][2] == (
        "Số gõ dưới dạng chữ «11,835» có thể là 11.835 (dấu phẩy ngăn cách hàng nghìn, kiểu "
        "tiếng Anh) hoặc 11,835 (dấu phẩy thập phân), mà «Số lẻ» của chỉ tiêu là 0 nên báo "
        "cáo sẽ làm tròn phần sau dấu phẩy. Hãy nhập ô này dưới dạng số."
    )
