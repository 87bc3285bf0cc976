"""Whatever lands in ChiTieu's value cells, check and build end in the project's own errors."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from baocao.api import build_report, check_inputs
from baocao.config import load_config
from baocao.errors import BaocaoError
from baocao.period import Period

from helpers import SAMPLE_WORKBOOK, write_config

VALUE_COLUMNS = range(4, 10)  # D … I: Tháng báo cáo … Kế hoạch năm
ROWS = range(2, 15)

cell_values = st.one_of(
    st.none(),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(float),
    st.text(max_size=12).filter(lambda t: not t.startswith("=")),
    st.sampled_from(["52.716", "1.822,5", "1,822.5", "-0", "  ", "12 tỷ", "∞"]),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
)
cells = st.dictionaries(
    st.tuples(st.sampled_from(ROWS), st.sampled_from(VALUE_COLUMNS)), cell_values, max_size=12
)


@given(cells)
def test_arbitrary_values_never_crash(changes: dict[tuple[int, int], object]) -> None:
    """check returns problems and build succeeds or raises a BaocaoError, never anything else."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "data").mkdir()
        book = root / "data" / "2024-03.xlsx"
        shutil.copy(SAMPLE_WORKBOOK, book)
        wb = load_workbook(book)
        ws = wb["ChiTieu"]
        for (row, col), value in changes.items():
            try:
                ws.cell(row=row, column=col).value = value
            except IllegalCharacterError:  # openpyxl cannot write these; Excel stores _xHHHH_
                ws.cell(row=row, column=col).value = repr(value)
        wb.save(book)
        config = load_config(write_config(root))
        result = check_inputs(config, Period(2024, 3))
        assert all(p.message for p in result.problems)
        try:
            build = build_report(config, Period(2024, 3))
        except BaocaoError as exc:
            assert str(exc)
            assert not (root / "out" / "BaoCao_T03_2024.docx").exists()
        else:
            assert build.output.is_file()
            assert result.ok
