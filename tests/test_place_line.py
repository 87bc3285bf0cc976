"""The date line's place typed as a sentence writes the province ("tỉnh Trường Giang"):
Decree 30/2020/NĐ-CP writes the province's own name there. A warning at the config's key."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period
from test_figures import month_book, row

from helpers import write_config

MARCH = Period(2025, 3)


def _said(folder: Path, place: str) -> list[tuple[str, str | None, str]]:
    (folder / "data").mkdir()
    month_book(folder / "data", MARCH, {}, [row("x", 100, 80)])
    config = load_config(write_config(folder, template=None, place=place))
    return [
        (p.severity.name, p.place, p.message)
        for p in check_inputs(config, MARCH).problems
        if p.place == "organization.place"
    ]


@pytest.mark.parametrize(
    ("typed", "word", "meant"),
    [("tỉnh Trường Giang", "tỉnh", "Trường Giang"), ("Tỉnh  Lam Sơn", "Tỉnh", "Lam Sơn")],
)
def test_a_place_opening_with_the_province_word_is_said(
    tmp_path: Path, typed: str, word: str, meant: str
) -> None:
    shown = " ".join(typed.split())
    assert _said(tmp_path, typed) == [
        (
            "WARNING",
            "organization.place",
            f"Khóa «place» ghi «{shown}»: báo cáo sẽ in «{shown}, ngày … tháng … năm …», mà "
            "theo Nghị định 30/2020/NĐ-CP địa danh ở dòng ngày tháng là tên riêng của tỉnh, "
            f"không có chữ «{word}». Hãy ghi «{meant}».",
        )
    ]


@pytest.mark.parametrize("typed", ["Trường Giang", "Thành phố Lam Sơn", "Quận 5"])
def test_a_place_name_is_quiet(tmp_path: Path, typed: str) -> None:
    assert _said(tmp_path, typed) == []
