"""An earlier workbook without its ChiTieu sheet: its figures lost, said.

A month's own ``check`` refuses a workbook whose ChiTieu is renamed ("ChiTieu (2)", a
copy Excel names so, the original deleted), but the history reader took such a workbook
of an earlier month as one with no rows, without a word (office42): last month's
figures were "not known", each with a note, and every check against them (a Lũy kế left
as last month's, a Tháng trước copied) passed silently under ``--strict``. The history
reader now warns, naming the file, as it does for a workbook it cannot read.
"""

from __future__ import annotations

from pathlib import Path

from baocao.errors import Problem, warning
from baocao.period import Period
from baocao.sheets import CHI_TIEU


def without_figures(path: Path, period: Period) -> Problem:
    """The warning for ``period``'s workbook ``path``, read for history, that has no ChiTieu."""
    sheet = CHI_TIEU.name
    return warning(
        f"Sổ {path.name} (tháng {period.short}) trong thư mục dữ liệu không có trang "
        f"«{sheet}» (có lẽ trang đã bị đổi tên, như «{sheet} (2)»), nên các số liệu cần lấy "
        "từ sổ này (tháng trước, cùng kỳ, lũy kế) được coi là chưa biết và không được dùng "
        f"để kiểm tra sổ đang lập. Hãy mở sổ {path.name}, đặt lại tên trang là «{sheet}» rồi "
        "lưu lại.",
        path,
    )
