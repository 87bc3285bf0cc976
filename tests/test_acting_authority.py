"""An acting head's "Q. GIÁM ĐỐC" typed as the authority line, above another title."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period
from test_figures import month_book, row
from test_surely_wrong import findings, only

from helpers import write_config

DECEMBER = Period(2025, 12)


def _acting(typed: str) -> str:
    return (
        f"Dòng thẩm quyền ký «{typed}» là chức vụ quyền cấp trưởng («Q.»): theo Nghị định "
        "30/2020/NĐ-CP, «Q.» ghi trước chức vụ của người đứng đầu và đó là chức vụ của người "
        "ký, nhưng khối chữ ký sẽ in thêm chức vụ «PHÓ GIÁM ĐỐC» dưới dòng này. Hãy ghi "
        f"«{typed}» làm chức vụ (khóa «chuc_vu», hoặc «title» của [signer] trong tệp cấu hình) "
        "và để trống dòng thẩm quyền ký (khóa «ky_thay» và «authority» của [signer])."
    )


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Q. GIÁM ĐỐC", "Q. GIÁM ĐỐC"),
        ("q. giám đốc", "Q. GIÁM ĐỐC"),
        ("QUYỀN GIÁM ĐỐC", "QUYỀN GIÁM ĐỐC"),
        ("KT. GIÁM ĐỐC", None),
        ("TUQ. GIÁM ĐỐC", None),
    ],
    ids=["q", "q-small", "quyen", "kt", "tuq"],
)
def test_an_acting_head_typed_as_the_authority_line_is_a_warning(
    tmp_path: Path, typed: str, printed: str | None
) -> None:
    """ky_thay "Q. GIÁM ĐỐC" under the config's title printed "Q. GIÁM ĐỐC" over "PHÓ
    GIÁM ĐỐC" with a clean check: Decree 30 writes "Q." before the head's title as the
    signer's own title (no title under it), not as an authority line like "KT."."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", DECEMBER, {"ky_thay": typed}, [row("x", ytd=400)])
    got = only(findings(tmp_path, DECEMBER), "WARNING")
    assert got == ([("WARNING", "B4", _acting(printed))] if printed else [])


def test_an_acting_head_as_the_configs_authority_is_a_warning_at_its_key(
    tmp_path: Path,
) -> None:
    """The config's own authority "Q. GIÁM ĐỐC" over its title: said at that key."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", DECEMBER, {}, [row("x", ytd=400)])
    config = load_config(write_config(tmp_path, authority="Q. GIÁM ĐỐC", template=None))
    found = [
        (p.place, p.message)
        for p in check_inputs(config, DECEMBER).problems
        if p.severity.name == "WARNING"
    ]
    assert found == [("signer.authority", _acting("Q. GIÁM ĐỐC"))]
