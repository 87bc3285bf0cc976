"""A sheet's rows → {field: value} dicts, by the contract's columns (``sheets``).

Headers match after NFC, case-folding and trimming, in any order; a column title
written in two header cells is an error naming both. Blank rows are skipped. A
row whose key (``Khóa``, ``Mã``, ``Nội dung``) is blank is skipped with a word
(a warning when it held data, a note when only a format or number such as
``Cấp`` or ``STT``), except a row with only ``Mục`` in HoatDong and ChiTieu,
which heads the rows below it. Cells convert as ``cells`` says.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from baocao.cells import Reading, Value, cell_at, convert, is_blank, uncalculated_words
from baocao.celltext import INLINE, lowered_branch, one_line, unnumbered, unstopped_group
from baocao.figures import TOTAL_CODE
from baocao.headerrow import header_lower
from baocao.linkedcells import linked_value
from baocao.mergedranges import merged_figures
from baocao.monthtitles import (
    MONTH_FIELDS,
    Month,
    names_a_month,
    names_last_years_month,
    titled_months,
)
from baocao.pastednames import (
    marked_unit,
    partial_group,
    partial_lead,
    unfootnoted_group,
    unitless_row_name,
    unlisted_group,
    unlisted_name,
)
from baocao.raw import RawCell, RawSheet
from baocao.sheets import (
    CHI_SO_SXCN,
    CHI_TIEU,
    HOAT_DONG,
    Column,
    Kind,
    SheetSpec,
    column_index,
    header_columns,
    header_words,
    normalize_header,
)
from baocao.totaltitles import names_a_total
from baocao.untitledmonth import unread_cells

HEADED = (HOAT_DONG.name, CHI_TIEU.name)  # sheets where a row with only Mục is a heading
# Fields that only format or number a row: a row holding nothing else is no loss.
FORMAT_FIELDS = frozenset({"level", "decimals", "pct_decimals", "number"})


def read_table(ctx: Reading, spec: SheetSpec, sheet: RawSheet) -> list[dict[str, Value]] | None:
    """The sheet's data rows as {field: value, "row": n}; None when a required column is missing."""
    if header_lower(ctx, spec, sheet):
        return None
    header = sheet.rows[0] if sheet.rows else ()
    found = header_columns(c.value for c in header)
    known = {normalize_header(c.header) for c in spec.columns}
    others = {  # header cells that name no column of the contract
        i: c for i, c in enumerate(header) if isinstance(c.value, str) and c.value.strip()
    }
    others = {i: c for i, c in others.items() if normalize_header(str(c.value)) not in known}
    near = _near_headers(ctx, spec, sheet, found.positions, others)
    columns: dict[str, int] = {}
    missing = False
    for column in spec.columns:
        pos = found.positions.get(normalize_header(column.header), near.get(column.field))
        twice = found.duplicates.get(normalize_header(column.header), ())
        if twice:
            _same_header(ctx, sheet, column, [header[i].ref for i in twice])
            missing = True
        elif pos is not None:
            columns[column.field] = pos
            ctx.locator.letters[(spec.name, column.field)] = re.sub(r"\d", "", header[pos].ref)
        elif column.required:
            ctx.error(sheet.title, "1:1", f"Thiếu cột «{column.header}» ở hàng tiêu đề (hàng 1).")
            missing = True
    if spec is CHI_TIEU and not {"value", "ytd"} & columns.keys() and not missing:
        ctx.error(
            sheet.title,
            "1:1",
            f"Thiếu cột «{CHI_TIEU.header('value')}» (và cả «{CHI_TIEU.header('ytd')}») ở "
            "hàng tiêu đề (hàng 1): không chỉ tiêu nào có số.",
        )
        missing = True
    if missing:
        return None
    merged_figures(ctx, spec, sheet, columns)
    _hidden_columns(ctx, sheet, columns)
    unread_cells(ctx, spec, sheet, columns)
    rows = []
    for cells in sheet.rows[1:]:
        row = _read_row(ctx, spec, sheet, cells, columns)
        if row is not None:
            rows.append(row)
    if sheet.hidden and rows:  # as a hidden row or column is
        ctx.warn(
            sheet.title,
            None,
            "Trang đang bị ẩn nhưng nội dung vẫn được đưa vào báo cáo; hãy hiện trang lên, "
            "hoặc xóa nội dung nếu không dùng.",
        )
    return rows


# Columns the earlier workbooks can fill: a near title in their stead is a warning.
FILLABLE = frozenset({"previous", "same_period", "ytd", "ytd_same_period"})
# A title with one of these words is a ratio or a comparison, not a figure column.
RATIO_WORDS = ("%", "so voi", "so sanh", "ti le")  # in header_words' spelling


def _near_headers(
    ctx: Reading,
    spec: SheetSpec,
    sheet: RawSheet,
    exact: dict[str, int],
    others: dict[int, RawCell],
) -> dict[str, int]:
    """The contract columns the header row lacks, looked for among the titles that name none.

    A title equal to one but for its marks ("Luỹ kế" with the old tone placement,
    "Tháng truoc") or its "%" is that column, with a note (marks moved, "%" left out) or a
    warning (marks missing); one equal to a column the row already has is a second title
    of it, an error. Then a title that holds a lacking column's words and more, or two
    words or more of them ("Tháng báo cáo (ước)", "Kế hoạch"), is said at its cell, since
    the column's figures would not be read: a warning for a column the earlier workbooks
    fill or of one word ("Thuộc mã"), an error for the others. Abbreviations count as
    spelled out ("KH năm 2024"); a ratio's title ("… so với …", "(%)") is no figure
    column's. Returns field → position of the columns found.
    """
    found: dict[str, int] = {}
    bare = Counter(_bare(header_words(c.header)) for c in spec.columns)
    for column in spec.columns:
        wanted = header_words(column.header)
        for pos, cell in list(others.items()):
            typed = str(cell.value)
            words = header_words(typed)
            # "%" may be left out of a column's title that has it, never added to one: "Cùng
            # kỳ (%)" is a ratio of the office's own, not the figures.
            dropped_percent = "%" in wanted and "%" not in words and bare[_bare(wanted)] == 1
            if words != wanted and not (dropped_percent and _bare(words) == _bare(wanted)):
                continue
            del others[pos]
            first = exact.get(normalize_header(column.header), found.get(column.field))
            if first is not None:
                _same_header(ctx, sheet, column, [sheet.rows[0][first].ref, cell.ref])
                continue
            quiet = words == wanted and sorted(_marks(typed)) == sorted(_marks(column.header))
            (ctx.note if quiet or words != wanted else ctx.warn)(
                sheet.title,
                cell.ref,
                f"Tiêu đề «{typed.strip()}» được đọc là cột «{column.header}»"
                + ("." if quiet or words != wanted else " (khác dấu); hãy sửa tiêu đề cho đúng."),
            )
            found[column.field] = pos
    months = titled_months(_spelled_out(header_words(str(c.value))) for c in others.values())
    for column in spec.columns:
        if normalize_header(column.header) in exact or column.field in found:
            continue
        wanted = header_words(column.header)
        one_word = len(wanted.split()) == 1
        for pos, cell in list(others.items()):
            typed = _spelled_out(header_words(str(cell.value)))
            shorter, longer = sorted((typed, wanted), key=len)
            ratio = any(w in f" {typed} " and w not in f" {wanted} " for w in RATIO_WORDS)
            if one_word:  # "Thuộc mã", "Nhóm phân tổ": said, but a word alone proves little
                near = typed.split()[:1] == [wanted]
            else:
                near = len(shorter.split()) >= 2 and f" {shorter} " in f" {longer} "
            has = (exact, found)
            near = near or _month_title(ctx, spec, column.field, typed, has, months)
            near = near or names_a_total(spec.name, column.field, typed, ctx.period)
            if ratio or not near:
                continue
            severe = column.field not in FILLABLE and not one_word
            (ctx.error if severe else ctx.warn)(
                sheet.title,
                cell.ref,
                f"Tiêu đề «{str(cell.value).strip()}» không phải tên cột nào của sổ, nhưng "
                f"giống cột «{column.header}», cột mà trang này không có: số liệu dưới tiêu "
                f"đề này không được đọc. Nếu đây là cột «{column.header}», hãy sửa tiêu đề "
                f"cho đúng «{column.header}»; nếu không, hãy đặt cho nó tên khác.",
            )
            del others[pos]
            break
    return found


def _month_title(
    ctx: Reading,
    spec: SheetSpec,
    field: str,
    typed: str,
    has: tuple[dict[str, int], dict[str, int]],
    months: list[Month],
) -> bool:
    """Whether ChiTieu's title ``typed`` names a month alone where the sheet lacks the
    month column ``field``, or last year's same month where it lacks `Cùng kỳ`
    (``monthtitles``); ``has`` the columns found exactly and near."""
    if spec is not CHI_TIEU or field not in (*MONTH_FIELDS, "same_period"):
        return False
    if field == "same_period":
        return names_last_years_month(typed, months, ctx.period)
    other = spec.columns[[c.field for c in spec.columns].index(MONTH_FIELDS[field == "value"])]
    has_other = normalize_header(other.header) in has[0] or other.field in has[1]
    return names_a_month(field, typed, has_other, months, ctx.period)


# Abbreviations offices write in titles, spelled out to find the column meant.
ABBREVIATIONS = {"kh": "ke hoach", "th": "thuc hien", "dvt": "don vi tinh", "ck": "cung ki"}


def _hidden_columns(ctx: Reading, sheet: RawSheet, columns: dict[str, int]) -> None:
    """A hidden column of the contract that holds a value below its title: read (as an
    Excel sum reads it), with a warning at its title, as a hidden row is."""
    header = sheet.rows[0]
    for pos in sorted(set(columns.values())):
        if pos + 1 not in sheet.hidden_columns:
            continue
        if not any(
            (cell := cell_at(cells, pos)) is not None and not is_blank(cell.value)
            for cells in sheet.rows[1:]
        ):
            continue
        ref = header[pos].ref
        ctx.warn(
            sheet.title,
            ref,
            f"Cột {re.sub(r'[0-9]', '', ref)} («{str(header[pos].value).strip()}») đang bị ẩn "
            "nhưng số liệu trong cột vẫn được đưa vào báo cáo; hãy hiện cột lên, hoặc xóa "
            "số liệu trong cột nếu không dùng.",
        )


def _spelled_out(words: str) -> str:
    """Title words with the usual abbreviations spelled out: "kh nam" → "ke hoach nam"."""
    return " ".join(ABBREVIATIONS.get(w, w) for w in words.split())


def _bare(words: str) -> str:
    """Title words without "%": "chi so so voi cung ky"."""
    return " ".join(words.replace("%", " ").split())


def _marks(text: str) -> list[str]:
    """The diacritics of ``text``, wherever they stand."""
    return [c for c in unicodedata.normalize("NFD", text.casefold()) if unicodedata.combining(c)]


def _same_header(ctx: Reading, sheet: RawSheet, column: Column, refs: list[str]) -> None:
    """One column title in two header cells or more: which one is meant is unknown."""
    letters = [re.sub(r"\d", "", ref) for ref in refs]
    hidden = [x for x in letters if column_index(x) in sheet.hidden_columns]
    note = f" (cột {', '.join(hidden)} đang ẩn)" if hidden else ""
    ctx.error(
        sheet.title,
        refs[1],
        f"Cột «{column.header}» có ở {len(refs)} ô tiêu đề: {', '.join(refs)}{note}. Hãy xóa "
        f"hoặc đổi tên cột thừa, chỉ giữ một cột «{column.header}».",
    )


def _read_row(
    ctx: Reading,
    spec: SheetSpec,
    sheet: RawSheet,
    cells: tuple[RawCell, ...],
    columns: dict[str, int],
) -> dict[str, Value] | None:
    """One data row as {field: value, "row": n}; a heading row (HoatDong, ChiTieu) has no key;
    None for a row skipped (blank, or its key blank: said unless nothing is lost)."""
    present: dict[str, RawCell] = {}
    for name, pos in columns.items():
        cell = cell_at(cells, pos)
        # A formula never calculated is said below; one whose value is "" (=IF(…;"";…)) is blank.
        if cell is not None and ((cell.formula and cell.value is None) or not is_blank(cell.value)):
            present[name] = cell
    if not present:
        return None
    number = int(re.sub(r"[A-Z]", "", next(iter(present.values())).ref))
    if spec.key_field not in present:
        return _keyless(ctx, spec, sheet, present, number)
    if number in sheet.hidden_rows:
        ctx.warn(
            sheet.title,
            present[spec.key_field].ref,
            f"Hàng {number} đang bị ẩn nhưng vẫn được đưa vào "
            "báo cáo; hãy hiện hàng lên, hoặc xóa hàng nếu không dùng.",
        )
    row: dict[str, Value] = {"row": number}
    partial = False  # the name opens with "Trong đó"
    for column in spec.columns:
        cell = present.get(column.field)
        if cell is not None and cell.formula and cell.value is None:
            ctx.error(
                sheet.title,
                cell.ref,
                f"Ô có {uncalculated_words(cell.formula)}. Hãy mở tệp bằng Excel hoặc "
                "LibreOffice rồi lưu lại.",
            )
            continue
        value = None
        if cell is not None:
            value = convert(ctx, sheet.title, cell, column.kind, f"Cột «{column.header}»")
            linked_value(ctx, sheet.title, cell, value)
        branch = spec is CHI_SO_SXCN and row.get("code") != TOTAL_CODE  # not the whole industry
        if column.field == "section" and isinstance(value, str) and cell is not None:
            value = unnumbered(ctx, sheet.title, cell.ref, value, spec.name, unread=branch)
        if column.field in INLINE and isinstance(value, str) and cell is not None:
            value = one_line(ctx, sheet.title, cell.ref, column.header, value)
        if column.field == "group" and isinstance(value, str) and cell is not None:
            value = unlisted_group(ctx, sheet.title, cell.ref, value)
            value = unstopped_group(ctx, sheet.title, cell.ref, value)  # "… (*)." as "… (*)"
            value = unfootnoted_group(ctx, sheet.title, cell.ref, value)
            value = unstopped_group(ctx, sheet.title, cell.ref, value)  # "….(*)" as "…."
        if column.field == "unit" and isinstance(value, str) and cell is not None:
            value = marked_unit(ctx, sheet.title, cell.ref, value)
        if column.field == "name" and isinstance(value, str) and cell is not None:
            partial = partial_lead(value)
            value = unlisted_name(ctx, sheet.title, cell.ref, column.header, value)
        if value != "" and value is not None:
            row[column.field] = value
        elif column.field == spec.key_field and value == "":  # only characters removed
            return _keyless(ctx, spec, sheet, present, number, emptied=True)
        elif (
            column.required
            and not column.allow_blank
            and not ctx.has_error_at(sheet.title, ctx.locator.cell(spec, column.field, number))
        ):
            ref = ctx.locator.cell(spec, column.field, number)
            ctx.error(sheet.title, ref, f"Cột «{column.header}» không được để trống.")
    if spec is CHI_TIEU and partial and "parent" in row and "group" not in row:
        refs = present["name"].ref, ctx.locator.cell(spec, "group", number)
        row["group"] = partial_group(ctx, sheet.title, refs, str(row["parent"]))
    if spec in (CHI_TIEU, CHI_SO_SXCN) and isinstance(row.get("name"), str):
        ref = present["name"].ref
        row["name"] = unitless_row_name(ctx, sheet.title, ref, row, figures=spec is CHI_TIEU)
        # A branch (not the whole industry) lowered last: its note says the name as printed,
        # not with the "(%)" dropped after it ("«sản xuất xe có động cơ (%)»").
        if spec is CHI_SO_SXCN and row.get("code") != TOTAL_CODE:
            row["name"] = lowered_branch(ctx, sheet.title, ref, str(row["name"]))
    return row


def _keyless(
    ctx: Reading,
    spec: SheetSpec,
    sheet: RawSheet,
    present: dict[str, RawCell],
    number: int,
    *,
    emptied: bool = False,
) -> dict[str, Value] | None:
    """A row whose key is blank (or held only characters removed): a heading when it has
    only ``Mục`` (HoatDong, ChiTieu); otherwise skipped, with a word when it loses data."""
    others = {name: cell for name, cell in present.items() if name != spec.key_field}
    section = others.get("section")
    headed = spec.name in HEADED and not emptied and set(others) - FORMAT_FIELDS == {"section"}
    if section is not None and headed:
        heading = convert(ctx, sheet.title, section, Kind.TEXT, "Cột «Mục»")
        if isinstance(heading, str) and heading:
            heading = unnumbered(ctx, sheet.title, section.ref, heading, spec.name)
        return {"row": number, "section": heading} if heading else None  # else said at Mục
    key = spec.header(spec.key_field)
    ref = ctx.locator.cell(spec, spec.key_field, number)
    headers = ", ".join(f"«{c.header}»" for c in spec.columns if c.field in others)
    if emptied:
        ctx.warn(
            sheet.title,
            ref,
            f"«{key}» không còn chữ nào sau khi bỏ các ký tự không hợp lệ, nên hàng {number} "
            "không được đưa vào báo cáo.",
        )
    elif set(others) <= FORMAT_FIELDS:
        ctx.note(
            sheet.title, ref, f"Hàng {number} chỉ có {headers}, «{key}» trống; bỏ qua hàng này."
        )
    else:
        warn_skipped(ctx, spec, number, set(others))
    return None


def warn_skipped(ctx: Reading, spec: SheetSpec, number: int, fields: set[str]) -> None:
    """A row that holds ``fields`` but no key: a warning at its key cell that it is left out."""
    key = spec.header(spec.key_field)
    headers = ", ".join(f"«{c.header}»" for c in spec.columns if c.field in fields)
    ctx.warn(
        *ctx.at(spec, spec.key_field, number),
        f"Hàng {number} có dữ liệu ({headers}) nhưng «{key}» trống, nên không được đưa vào "
        f"báo cáo. Hãy điền «{key}», hoặc xóa hàng nếu không dùng.",
    )
