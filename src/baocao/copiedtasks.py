"""NhiemVu left as last month's workbook's: the month's tasks (two or more) are last
month's tasks, all of them and no other, as typed but for its case, spacing, list number
or marker and end marks, in any order. The report's Section II would set last month's
tasks again, for the period after this one: a warning at the first task. A task or two
carried on beside a new one, last month's standing tasks carried on with one finished left
out (the sheet was updated), or one standing task alone ("Thực hiện các nhiệm vụ khác do
UBND tỉnh giao"), is not said; nor is a task that names an earlier month, which
``staletasks`` says at its cell."""

from __future__ import annotations

import re
import unicodedata

from baocao.cells import Reading
from baocao.history import History
from baocao.models import MonthlyData
from baocao.narrative import strip_markers
from baocao.period import Period
from baocao.sheets import NHIEM_VU

_END = re.compile(r"[\s.;:,/…]+$")  # the end marks after a task


def _key(text: str) -> str:
    """A task without the list's number or marker typed before it ("1. ", "2) ", "- "), as
    the month's reader drops them (``narrative.strip_markers``), and its end marks."""
    bare = strip_markers(unicodedata.normalize("NFC", text).strip(), numbers=True)[0]
    return " ".join(_END.sub("", bare).casefold().split())


def tasks_copied(data: MonthlyData, period: Period, history: History, ctx: Reading) -> None:
    """Warn at the first task when the tasks are last month's workbook's, all of them."""
    last = period.previous()
    before = {_key(t) for t in history.month(last).tasks}
    if len(data.tasks) < 2 or {_key(t.text) for t in data.tasks} != before:
        return
    ctx.warn(
        ctx.locator.sheet(NHIEM_VU),
        ctx.locator.cell(NHIEM_VU, "text", data.tasks[0].row),
        f"Cả {len(data.tasks)} nhiệm vụ của trang «{NHIEM_VU.name}» đều là nhiệm vụ trong sổ "
        f"tháng {last.short} ({history.files[last].name}, trang {NHIEM_VU.name}): có lẽ trang "
        "được chép từ sổ tháng trước mà chưa cập nhật, và phần II của báo cáo sẽ nhắc lại "
        "nhiệm vụ đã giao kỳ trước. Hãy ghi nhiệm vụ của kỳ tới (giữ lại những nhiệm vụ còn "
        "tiếp tục).",
    )
