"""A paragraph of HoatDong, or a task of NhiemVu, typed twice (pasted again, a row copied
down): the report wrote it twice without a word. A warning at the second cell naming the
first; case, spacing and the end mark aside; a paragraph within its own subsection only.
A short line ("Không phát sinh.") that a list may well hold twice is not said, nor a cell
of a merged range (its own warning says the range)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from baocao.cells import Reading
from baocao.models import Activity, Task
from baocao.raw import cell_point, merged_corners
from baocao.sheets import HOAT_DONG, NHIEM_VU

MIN_WORDS = 6  # fewer words: a line several subsections may hold alike


def _plain(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(" ./;:,")


def _in_merge(ref: str, merged: Iterable[str]) -> bool:
    """Whether cell ``ref`` is in a merged range below its first row (it holds the first's
    value)."""
    col, row = cell_point(ref)
    for each in merged:
        (left, top), (right, bottom) = merged_corners(each)
        if left <= col <= right and top < row <= bottom:
            return True
    return False


def said_twice(
    ctx: Reading,
    activities: Sequence[Activity],
    tasks: Sequence[Task],
    merged: Mapping[str, Sequence[str]],
) -> None:
    """Each paragraph or task whose text is an earlier one's: a warning at its cell;
    ``merged`` holds each sheet's merged ranges, by the contract's sheet name."""
    for spec, rows, what in (
        (HOAT_DONG, activities, "đoạn văn"),
        (NHIEM_VU, tasks, "nhiệm vụ"),
    ):
        first: dict[tuple[str, str], int] = {}
        for each in rows:
            text = _plain(each.text)
            # A paragraph is compared within its subsection: a closing line such as
            # "Thực hiện các nhiệm vụ khác do Lãnh đạo Sở giao." may end several.
            key = (_plain(each.section) if isinstance(each, Activity) else "", text)
            if len(text.split()) < MIN_WORDS:
                continue
            at = first.setdefault(key, each.row)
            ref = ctx.locator.cell(spec, "text", each.row)
            if at == each.row or _in_merge(ref, merged.get(spec.name, ())):
                continue
            ctx.warn(
                ctx.locator.sheet(spec),
                ref,
                f"«Nội dung» trùng với ô {ctx.locator.cell(spec, 'text', at)}: báo cáo sẽ "
                f"viết {what} này hai lần. Nếu dán nhầm, hãy xóa một dòng.",
            )
