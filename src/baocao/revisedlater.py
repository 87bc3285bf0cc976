"""How a typed «Tháng trước» unlike last month's estimate is said.

A typed «Tháng trước» that differs from the estimate last month's workbook reported is read as
the statistics office's revision, and the report uses it ("báo cáo dùng số mới"). But when last
month's workbook was saved after this one, the newer figure is likely the estimate there: the
office corrected last month's workbook after ``baocao init`` had copied its old estimate into
this one's «Tháng trước» (the usual order when a revision arrives after the next month's report
is built, which ``laterreports`` tells the office to check). "Số mới" would then name the old
figure, and the rebuilt report would keep it, in its sentences and its year-to-date, while the
office believes its correction used. Which was saved later is read as ``filecopies`` reads
it: from the time Excel saves inside each workbook, which a folder copied or synced keeps.
The message then says which figure the report uses, and how to use the other (or, the
cell's figure being the revision, to save this workbook again: a workbook without the time
Excel saves inside it is told by its file's time, which a folder copied file by file may
have made last month's the later); and it is a warning even within ``[checks]
revision_note_pct``, whose notes ``build`` only counts: that allowance is for revisions
typed in this workbook, and an office that set it (as docs/workbook.md advises one whose
estimates are revised every month) got the old figure printed under ``--strict`` with
nothing said but "13 ghi chú".
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from baocao.filecopies import saved_inside
from baocao.period import Period
from baocao.sourced import Sourced

_SAME_SAVE = timedelta(seconds=2)  # Excel writes its saved time to the second


def saved_after(earlier: Path, path: Path) -> bool:
    """Whether ``earlier`` was last saved after ``path`` (unknown: not): by the times Excel
    saved inside them (``filecopies.saved_inside``), which a folder copied, synced or
    unpacked keeps while its files take the copying's times in any order, when both hold
    one and they are more than ``_SAME_SAVE`` apart (a second's times tell no order); else
    by the files' modification times."""
    inside, then = saved_inside(earlier), saved_inside(path)
    if inside is not None and then is not None and abs(inside - then) > _SAME_SAVE:
        return inside > then
    try:
        return earlier.stat().st_mtime_ns > path.stat().st_mtime_ns
    except OSError:
        return False


def revision_said(
    code: str, typed: str, source: Sourced, estimate: str, previous: Period, *, later: bool
) -> str:
    """The message for «Tháng trước» ``typed`` unlike the estimate ``estimate`` of ``source``
    (last month's workbook, ``later``: saved after this one), both shown as the row writes
    them."""
    said = (
        f"«Tháng trước» của «{code}» ({typed}) khác số ước tính đã báo cáo trong "
        f"{source.cite()} ({estimate})"
    )
    if not later:
        return f"{said}; báo cáo dùng số mới."
    return (
        f"{said}, mà sổ {source.path.name} được lưu sau sổ này: nếu {estimate} là số đã sửa "
        f"của tháng {previous.short}, hãy ghi số đó vào ô này, hoặc để trống ô này để lấy từ "
        f"sổ {source.path.name} (sổ tạo bằng «baocao init» đã chép sẵn số ước tính lúc đó); "
        f"nếu {typed} mới là số đã sửa, hãy lưu lại sổ này. Báo cáo đang dùng số của ô này "
        f"({typed})."
    )
