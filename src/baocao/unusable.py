"""Figures that an earlier workbook holds in a cell, but not as a number, and how the
messages say so.

An earlier workbook is read leniently (``earlier``): a figure cell holding an Excel
error value ("#REF!"), a formula never calculated, text that is no number ("43438%"),
TRUE or a date gives no figure, and that month's own ``check`` reports it as an error.
A later month that needs the figure must not take the cell for blank: ``History``
hands each such cell it passes over to the lookups that watch (``History.watch``), the
fills and checks of the month say at the month's own cell what the earlier cell holds
and what was done without it, and a series (the chart, ``baocao history``) warns at the
earlier cell itself. The content is worded as the month's own check words it (``cells``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from baocao.cells import excel_error_words, shown, uncalculated_words
from baocao.models import Spoiled
from baocao.period import Period
from baocao.sheets import CHI_TIEU


@dataclass(frozen=True)
class Unusable:
    """A figure cell of an earlier workbook (``period``'s) that holds no number: the
    indicator's ``code``, the figure's field, and what the cell holds."""

    path: Path
    period: Period
    code: str
    field: str
    cell: Spoiled

    def cite(self) -> str:
        """The workbook and cell, as ``Sourced.cite`` names a figure's."""
        return f"{self.path.name} ({CHI_TIEU.name}!{self.cell.ref})"


def held(cell: Spoiled) -> str:
    """What the cell holds, after "ô có": "giá trị lỗi của Excel «#REF!» (…), không phải số"."""
    if cell.kind == "error":
        source = f", từ công thức {shown(cell.formula)}" if cell.formula else ""
        return f"{excel_error_words(cell.text)}{source}, không phải số"
    if cell.kind == "uncalculated":
        return uncalculated_words(cell.formula or "")
    if cell.kind == "too_big":
        return f"{shown(cell.text)}, không phải số hợp lệ (nhỏ hơn 10^15)"
    if cell.kind == "percent":
        return (
            f"số định dạng phần trăm (Excel hiện {shown(cell.text)}) trong một hàng không tính "
            "bằng %, không rõ là số nào"
        )
    return f"{shown(cell.text)}, không phải số"


def each_cell(cells: Sequence[Unusable]) -> str:
    """Each cell and what it holds: "2024-02.xlsx (ChiTieu!D2) vì ô đó có …"."""
    return "; ".join(f"{u.cite()} vì ô đó có {held(u.cell)}" for u in cells)


def fix(cells: Sequence[Unusable]) -> str:
    """What to do to the earlier workbook, after "hoặc"."""
    if len(cells) != 1:
        return "sửa các ô đó rồi lưu lại"
    (one,) = cells
    if one.cell.kind == "uncalculated":
        return f"mở sổ {one.path.name} bằng Excel hoặc LibreOffice rồi lưu lại"
    return f"sửa ô đó trong sổ {one.path.name} rồi lưu lại"


def left_unknown(
    label: str,
    code: str,
    cells: Sequence[Unusable],
    outcome: str,
    *,
    made: bool = False,
    needs: str = "",
) -> str:
    """A blank figure that the earlier workbooks would give (``made``: add up; ``needs``:
    what that takes, in brackets) but for ``cells``: what they hold, ``outcome`` (a
    sentence: what the report does without it), and the two ways to mend it."""
    verb = "tính" if made else "lấy"
    return (
        f"«{label}» của «{code}» để trống và không {verb} được từ các sổ trước{needs}: không "
        f"dùng được {each_cell(cells)}. {outcome} Hãy điền «{label}» vào ô này, hoặc "
        f"{fix(cells)}."
    )


def taken_without(label: str, taken: str, cells: Sequence[Unusable]) -> str:
    """A blank figure filled (``taken``: how, and the figure) another way than through
    ``cells``, which hold no number."""
    return (
        f"{taken}. Không dùng được {each_cell(cells)}. Hãy kiểm tra lại: {fix(cells)}, hoặc điền "
        f"«{label}» vào ô này."
    )


def out_of_series(found: Unusable, period: Period) -> str:
    """At the cell: ``period``'s figure is not in a series (the chart, ``baocao history``)."""
    mend = (
        "Hãy mở sổ bằng Excel hoặc LibreOffice rồi lưu lại."
        if found.cell.kind == "uncalculated"
        else "Hãy sửa ô này rồi lưu lại."
    )
    return (
        f"Ô có {held(found.cell)}, nên số của «{found.code}» tháng {period.short} ở ô này "
        f"không được dùng trong chuỗi số liệu. {mend}"
    )
