"""ThongTin's answers typed with a mark around them, as a cell's words may end ("Có.",
"Quý I.", "(6 tháng)"): read without it, with a note, where it stopped the build while
``so_sanh_cung_ky`` typed "cùng kỳ." was read as "cùng kỳ"."""

from __future__ import annotations

from baocao.cells import Reading
from baocao.period import ReportKind

ANSWER_MARKS = " .,;:!?()[]\"'«»“”"  # around a yes or no, or a kind, typed in a cell


def kind_unmarked(ctx: Reading, title: str, ref: str | None, typed: str) -> str:
    """``ky_bao_cao`` as typed, or without the marks around it ("Quý I." → "Quý I") when
    only they keep it from naming a kind, with a note at ``ref``."""
    bare = typed.strip(ANSWER_MARKS)
    if bare == typed or ReportKind.read_dated(typed)[0] is not None:
        return typed
    if not bare or ReportKind.read_dated(bare)[0] is None:
        return typed
    ctx.note(title, ref, f"«ky_bao_cao» «{typed}» được đọc là «{bare}».")
    return bare
