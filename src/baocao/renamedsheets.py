"""For a missing sheet of the contract, the sheet the clerk likely meant, named in the error
with the advice to rename it: one whose title holds the contract's name ("ChiTieu (2)", as
Excel names a copy; "Chỉ tiêu T3"), else the one sheet of no contract name whose header row
holds the missing sheet's required titles (a ChiTieu renamed "Indicators": «Mã», «Chỉ
tiêu», «Đơn vị»). "Thiếu trang tính «ChiTieu»" alone left the clerk to guess."""

from __future__ import annotations

from collections.abc import Mapping

from baocao.raw import RawSheet
from baocao.sheets import PREVIOUS_TASKS, SHEETS, SheetSpec, normalize_header
from baocao.vnformat import plain_text

_HEADER_ROWS = 5  # the header row, or a title typed above it


def renamed(spec: SheetSpec, sheets: Mapping[str, RawSheet]) -> str:
    """What the error of missing ``spec`` adds: the sheets likely meant, or ""."""
    known = {normalize_header(s.name) for s in SHEETS} | {normalize_header(PREVIOUS_TASKS)}
    others = {t: s for t, s in sheets.items() if normalize_header(t) not in known}
    name = spec.name.casefold()
    near = [t for t in others if name in plain_text(t).replace(" ", "")]
    if near:
        return (
            f" Sổ có trang {', '.join(f'«{t}»' for t in near)}: nếu đó là trang «{spec.name}», "
            f"hãy đổi tên trang thành đúng «{spec.name}»."
        )
    headed = [t for t, s in others.items() if _best_fit(s) is spec]
    if len(headed) != 1:
        return ""
    titles = ", ".join(f"«{h}»" for h in _required(spec))
    columns = "các cột" if len(_required(spec)) > 1 else "cột"
    return (
        f" Trang «{headed[0]}» có {columns} {titles} của trang «{spec.name}»: nếu đó là trang "
        f"«{spec.name}», hãy đổi tên trang thành đúng «{spec.name}»."
    )


def _required(spec: SheetSpec) -> tuple[str, ...]:
    return tuple(c.header for c in spec.columns if c.required)


def _best_fit(sheet: RawSheet) -> SheetSpec | None:
    """The contract sheet whose required titles one of ``sheet``'s first rows holds, the
    one of most when several do (HoatDong's «Mục», «Nội dung» hold NhiemVu's «Nội dung»)."""
    fits: list[SheetSpec] = []
    for row in sheet.rows[:_HEADER_ROWS]:
        titles = {normalize_header(c.value) for c in row if isinstance(c.value, str)}
        fits += [s for s in SHEETS if {normalize_header(h) for h in _required(s)} <= titles]
    return max(fits, key=lambda s: len(_required(s)), default=None)
