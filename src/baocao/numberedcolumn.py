"""A ``Mục`` column holding row numbers: the STT column pasted over it ("1", "2", … "17").
Each number alone is no subsection's name (``celltext.unnumbered``'s error, once a heading),
so a pasted column gave an error for every row; it is one error, saying the column."""

from __future__ import annotations

import re

from baocao.cells import Reading
from baocao.celltext import MARKER_ALONE
from baocao.errors import Severity, error

# ``celltext.unnumbered``'s error of a whole number alone: «Mục» «3» chỉ có số …
_NUMBER_ALONE = re.compile(rf"^«Mục» «\s*(\d{{1,3}})\s*» {MARKER_ALONE}")
_LEAST = 3  # fewer are headings typed wrong one by one, said one by one
_QUOTED = 4  # numbers quoted in the message; the rest are counted


def pasted_numbers(ctx: Reading, title: str, start: int, example: str) -> None:
    """One error for the number-alone errors of sheet ``title`` said since ``ctx.problems
    [start]``, when they are ``_LEAST`` or more: the sheet's ``Mục`` column holds row
    numbers, not names (``example``: a name to give)."""
    found = [
        (i, m[1])
        for i, p in enumerate(ctx.problems[start:], start)
        if p.severity is Severity.ERROR
        and p.sheet == title
        and (m := _NUMBER_ALONE.match(p.message)) is not None
    ]
    if len(found) < _LEAST:
        return
    first = ctx.problems[found[0][0]]
    numbers = [n for _, n in found]
    shown = ", ".join(f"«{n}»" for n in numbers[:_QUOTED])
    if len(numbers) > _QUOTED + 1:
        shown += f", … «{numbers[-1]}»"
    elif len(numbers) > _QUOTED:  # an ellipsis would stand for no number
        shown += f", «{numbers[-1]}»"
    column = re.sub(r"\d", "", first.cell or "")
    message = (
        f"Cột «Mục» (cột {column}) có số thứ tự ở {len(numbers)} tiểu mục ({shown}), không có "
        "tên tiểu mục: có lẽ cột STT đã được dán vào cột «Mục». Hãy ghi tên của mỗi tiểu mục "
        f"(ví dụ «{example}»), không ghi số thứ tự: báo cáo tự đánh số các tiểu mục."
    )
    dropped = {i for i, _ in found}
    ctx.problems[start:] = [
        p for i, p in enumerate(ctx.problems[start:], start) if i not in dropped
    ]
    ctx.problems.insert(found[0][0], error(message, first.file, title, first.cell))
