"""How a typed «Tháng trước» unlike last month's estimate is said.

A typed «Tháng trước» that differs from the estimate last month's workbook reported is read as
the statistics office's revision, and the report uses it ("báo cáo dùng số mới"). But when last
month's workbook was saved after this one, the newer figure is likely the estimate there: the
office corrected last month's workbook after ``baocao init`` had copied its old estimate into
this one's «Tháng trước» (the usual order when a revision arrives after the next month's report
is built, which ``laterreports`` tells the office to check). "Số mới" would then name the old
figure, and the rebuilt report would keep it, in its sentences and its year-to-date, while the
office believes its correction used. The message then says which figure the report uses, and how
to use the other.
"""

from __future__ import annotations

from pathlib import Path

from baocao.period import Period
from baocao.sourced import Sourced


def _saved_after(earlier: Path, path: Path) -> bool:
    """Whether ``earlier`` was last saved after ``path`` (unknown: not)."""
    try:
        return earlier.stat().st_mtime_ns > path.stat().st_mtime_ns
    except OSError:
        return False


def revision_said(
    code: str, typed: str, source: Sourced, estimate: str, path: Path, previous: Period
) -> str:
    """The message for «Tháng trước» ``typed`` unlike the estimate ``estimate`` of ``source``
    (last month's workbook) in the workbook ``path``, both shown as the row writes them."""
    said = (
        f"«Tháng trước» của «{code}» ({typed}) khác số ước tính đã báo cáo trong "
        f"{source.cite()} ({estimate})"
    )
    if not _saved_after(source.path, path):
        return f"{said}; báo cáo dùng số mới."
    return (
        f"{said}, mà sổ {source.path.name} được lưu sau sổ này: nếu {estimate} là số đã sửa "
        f"của tháng {previous.short}, hãy ghi số đó vào ô này, hoặc để trống ô này để lấy từ "
        f"sổ {source.path.name} (sổ tạo bằng «baocao init» đã chép sẵn số ước tính lúc đó); "
        f"báo cáo đang dùng số của ô này ({typed})."
    )
