"""An earlier workbook whose ChiTieu gives no figure: its figures lost, said.

A month's own ``check`` refuses a workbook whose ChiTieu is renamed ("ChiTieu (2)", a
copy Excel names so, the original deleted), typed under a title line, or has its «Mã»
retitled, but the history reader took such a workbook of an earlier month as one with
no rows, without a word (office42): last month's figures were "not known", each with a
note, and every check against them (a Lũy kế left as last month's, a Tháng trước
copied) passed silently under ``--strict``. The history reader now warns, naming the
file, as it does for a workbook it cannot read. A ChiTieu with no row at all (an office
that reports the index alone) gives no figure and loses none: it is not said.
"""

from __future__ import annotations

from pathlib import Path

from baocao.errors import Problem, warning
from baocao.period import Period
from baocao.sheets import CHI_TIEU

NO_SHEET, NO_CODE_COLUMN = "sheet", "code column"
_LOST = (
    "nên các số liệu cần lấy từ sổ này (tháng trước, cùng kỳ, lũy kế) được coi là chưa biết "
    "và không được dùng để kiểm tra sổ đang lập."
)


def without_figures(path: Path, period: Period, why: str) -> Problem:
    """The warning for ``period``'s workbook ``path``, read for history, whose ChiTieu
    gives no figure for ``why`` (``NO_SHEET`` or ``NO_CODE_COLUMN``)."""
    sheet, name, book = CHI_TIEU.name, path.name, f"Sổ {path.name} (tháng {period.short})"
    if why == NO_SHEET:
        return warning(
            f"{book} trong thư mục dữ liệu không có trang «{sheet}» (có lẽ trang đã bị đổi "
            f"tên, như «{sheet} (2)»), {_LOST} Hãy mở sổ {name}, đặt lại tên trang là "
            f"«{sheet}» rồi lưu lại.",
            path,
        )
    return warning(
        f"{book} trong thư mục dữ liệu có trang «{sheet}» nhưng hàng 1 của trang không có "
        "cột «Mã» (có lẽ có dòng tiêu đề chèn phía trên bảng, hoặc tiêu đề cột đã bị sửa), "
        f"{_LOST} Hãy mở sổ {name}, sửa hàng tiêu đề của trang «{sheet}» (hàng 1, có cột "
        "«Mã») rồi lưu lại.",
        path,
        sheet,
        "A1",
    )
