"""An earlier workbook whose ChiTieu gives no figure: its figures lost, said.

A month's own ``check`` refuses a workbook whose ChiTieu is renamed ("ChiTieu (2)", a
copy Excel names so, the original deleted), typed under a title line, or has its «Mã»
retitled, but the history reader took such a workbook of an earlier month as one with
no rows, without a word (office42): last month's figures were "not known", each with a
note, and every check against them (a Lũy kế left as last month's, a Tháng trước
copied) passed silently under ``--strict``. The history reader now warns, naming the
file, as it does for a workbook it cannot read. A ChiTieu with no row at all (an office
that reports the index alone) gives no figure and loses none: it is not said.

So is last month's ThongTin, ChiSoSXCN or NhiemVu so lost (mends41), where this month's
sheet gives something to compare with it (a so_van_ban or ngay_ky, an index, two tasks or
more): the checks of a cell, a sheet of indices, or tasks copied from last month's workbook
and not updated were passed over without a word. A sheet with no row (an office's empty
NhiemVu) loses nothing and is not said.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from baocao.errors import Problem, warning
from baocao.period import Period
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, NHIEM_VU, THONG_TIN

if TYPE_CHECKING:  # history reads this module's warning
    from baocao.history import History
    from baocao.models import MonthlyData

NO_SHEET, NO_CODE_COLUMN = "sheet", "code column"
_LOST = (
    "nên các số liệu cần lấy từ sổ này (tháng trước, cùng kỳ, lũy kế) được coi là chưa biết "
    "và không được dùng để kiểm tra sổ đang lập."
)


def without_figures(path: Path, period: Period, why: str) -> Problem:
    """The warning for ``period``'s workbook ``path``, read for history, whose ChiTieu
    gives no figure for ``why`` (``NO_SHEET`` or ``NO_CODE_COLUMN``)."""
    return _lost_warning(path, period, CHI_TIEU.name, why, "cột «Mã»", _LOST)


# What each of the other sheets gives this month's checks, and the columns they read.
_COMPARED = {
    THONG_TIN.name: (
        "số văn bản («so_van_ban») và ngày ký («ngay_ky»)",
        "đủ hai cột «Khóa», «Giá trị»",
    ),
    CHI_SO_SXCN.name: (f"các chỉ số của trang «{CHI_SO_SXCN.name}»", "cột «Mã»"),
    NHIEM_VU.name: (f"các nhiệm vụ của trang «{NHIEM_VU.name}»", "cột «Nội dung»"),
}


def last_month_lost(data: MonthlyData, period: Period, history: History) -> None:
    """Add to ``history.problems`` a warning (once) for each sheet of last month's workbook
    that is lost (``MonthRecords.lost``) where this month's own sheet has something to
    compare with it (see the module's docstring)."""
    last = period.previous()
    path, lost = history.files.get(last), history.month(last).lost
    info = (data.info.doc_number is not None and period.month > 1) or bool(data.info.sign_date)
    needed = {
        THONG_TIN.name: info,
        CHI_SO_SXCN.name: bool(data.iip),
        NHIEM_VU.name: len(data.tasks) > 1,
    }
    for sheet, why in lost.items():
        found = _lost(path, last, sheet, why) if path is not None and needed[sheet] else None
        if found is not None and found not in history.problems:
            history.problems.append(found)


def _lost(path: Path, period: Period, sheet: str, why: str) -> Problem:
    what, columns = _COMPARED[sheet]
    unchecked = (
        f"nên {what} của sổ đang lập không được so với sổ này để phát hiện chỗ chép từ sổ "
        "tháng trước mà chưa cập nhật."
    )
    return _lost_warning(path, period, sheet, why, columns, unchecked)


def _lost_warning(
    path: Path, period: Period, sheet: str, why: str, columns: str, lost: str
) -> Problem:
    """The warning for ``period``'s workbook ``path`` whose ``sheet`` gives nothing for
    ``why`` (``NO_SHEET``, or ``NO_CODE_COLUMN``: row 1 lacks ``columns``), ``lost`` what
    that leaves unchecked."""
    name, book = path.name, f"Sổ {path.name} (tháng {period.short})"
    if why == NO_SHEET:
        return warning(
            f"{book} trong thư mục dữ liệu không có trang «{sheet}» (có lẽ trang đã bị đổi "
            f"tên, như «{sheet} (2)»), {lost} Hãy mở sổ {name}, đặt lại tên trang là "
            f"«{sheet}» rồi lưu lại.",
            path,
        )
    return warning(
        f"{book} trong thư mục dữ liệu có trang «{sheet}» nhưng hàng 1 của trang không có "
        f"{columns} (có lẽ có dòng tiêu đề chèn phía trên bảng, hoặc tiêu đề cột đã bị "
        f"sửa), {lost} Hãy mở sổ {name}, sửa hàng tiêu đề của trang «{sheet}» (hàng 1, "
        f"có {columns}) rồi lưu lại.",
        path,
        sheet,
        "A1",
    )
