"""Parsing: plain cell values (from ``excel``) → the models of ``models``, with located problems.

Follows the workbook contract: sheet names and headers match after NFC,
case-folding and trimming; columns in any order; blank rows and rows with a
blank key are skipped; text is NFC-normalised and cleaned of XML-illegal
control characters; numbers typed as Vietnamese text are read with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from baocao.cells import Locator, Reading, Value, cell_at, convert, is_blank, shown
from baocao.errors import Problem, error, has_errors
from baocao.excel import RawCell, RawSheet, RawWorkbook
from baocao.models import Activity, IipRow, Indicator, Info, MonthlyData, Task
from baocao.period import ReportKind
from baocao.sheets import (
    CHI_SO_SXCN,
    CHI_TIEU,
    HOAT_DONG,
    INFO_KEYS,
    MAX_DECIMALS,
    NHIEM_VU,
    SHEETS,
    THONG_TIN,
    SheetSpec,
    header_positions,
    normalize_header,
)
from baocao.vnformat import plain_text

MARKET_SEPARATOR = ";"


@dataclass(frozen=True)
class ParsedWorkbook:
    """The models (None when errors prevent them), every problem found, and the locator."""

    data: MonthlyData | None
    problems: list[Problem]
    locator: Locator


def parse_workbook(raw: RawWorkbook) -> ParsedWorkbook:
    """Read the five sheets of the contract into ``MonthlyData``."""
    ctx = Reading(raw.path, [], Locator())
    by_name = {normalize_header(title): sheet for title, sheet in raw.sheets.items()}
    tables: dict[str, list[dict[str, Value]]] = {}
    for spec in SHEETS:
        sheet = by_name.get(normalize_header(spec.name))
        if sheet is None:
            ctx.problems.append(error(f"Thiếu trang tính «{spec.name}».", raw.path))
            continue
        ctx.locator.titles[spec.name] = sheet.title
        rows = _read_table(ctx, spec, sheet)
        if rows is not None:
            tables[spec.name] = rows
    if has_errors(ctx.problems) or len(tables) < len(SHEETS):
        return ParsedWorkbook(None, ctx.problems, ctx.locator)
    info = _read_info(ctx, tables[THONG_TIN.name])
    indicators = _indicators(ctx, tables[CHI_TIEU.name])
    iip = _iip_rows(ctx, tables[CHI_SO_SXCN.name])
    activities = _activities(ctx, tables[HOAT_DONG.name])
    if info is None or has_errors(ctx.problems):
        return ParsedWorkbook(None, ctx.problems, ctx.locator)
    data = MonthlyData(
        info=info,
        iip=iip,
        indicators=indicators,
        activities=activities,
        tasks=tuple(Task.model_validate(r) for r in tables[NHIEM_VU.name]),
    )
    return ParsedWorkbook(data, ctx.problems, ctx.locator)


def _read_table(ctx: Reading, spec: SheetSpec, sheet: RawSheet) -> list[dict[str, Value]] | None:
    """The sheet's data rows as {field: value, "row": n}; None when a required column is missing."""
    header = sheet.rows[0] if sheet.rows else ()
    positions = header_positions(c.value for c in header)
    columns: dict[str, int] = {}
    missing = False
    for column in spec.columns:
        pos = positions.get(normalize_header(column.header))
        if pos is not None:
            columns[column.field] = pos
            ctx.locator.letters[(spec.name, column.field)] = re.sub(r"\d", "", header[pos].ref)
        elif column.required:
            ctx.error(sheet.title, "1:1", f"Thiếu cột «{column.header}» ở hàng tiêu đề (hàng 1).")
            missing = True
    if missing:
        return None
    rows = []
    for cells in sheet.rows[1:]:
        row = _read_row(ctx, spec, sheet, cells, columns)
        if row is not None:
            rows.append(row)
    return rows


def _read_row(
    ctx: Reading,
    spec: SheetSpec,
    sheet: RawSheet,
    cells: tuple[RawCell, ...],
    columns: dict[str, int],
) -> dict[str, Value] | None:
    """One data row as {field: value, "row": n}; None for a row whose key is blank."""
    key_cell = cell_at(cells, columns[spec.key_field])
    if key_cell is None or (is_blank(key_cell.value) and not key_cell.formula):
        return None
    number = int(re.sub(r"[A-Z]", "", key_cell.ref))
    if number in sheet.hidden_rows:
        ctx.warn(
            sheet.title,
            key_cell.ref,
            f"Hàng {number} đang bị ẩn nhưng vẫn được đưa vào "
            "báo cáo; hãy hiện hàng lên, hoặc xóa hàng nếu không dùng.",
        )
    row: dict[str, Value] = {"row": number}
    for column in spec.columns:
        cell = cell_at(cells, columns[column.field]) if column.field in columns else None
        if cell is not None and cell.formula and cell.value is None:
            ctx.error(
                sheet.title,
                cell.ref,
                f"Ô có công thức «{cell.formula}» nhưng chưa có "
                "giá trị đã tính (tệp được lưu bởi một chương trình không tính công "
                "thức). Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại.",
            )
        elif cell is None or is_blank(cell.value):
            if column.required and not column.allow_blank:
                ref = ctx.locator.cell(spec, column.field, number)
                ctx.error(sheet.title, ref, f"Cột «{column.header}» không được để trống.")
        else:
            label = f"Cột «{column.header}»"
            row[column.field] = convert(ctx, sheet.title, cell, column.kind, label)
    return row


def _read_info(ctx: Reading, rows: list[dict[str, Value]]) -> Info | None:
    title = ctx.locator.sheet(THONG_TIN)
    keys = {k.key: k for k in INFO_KEYS}
    fields: dict[str, object] = {}
    seen: set[str] = set()
    for row in rows:
        key = normalize_header(str(row["key"]))
        ref = ctx.locator.cell(THONG_TIN, "value", int(str(row["row"])))
        if key in seen:
            ctx.error(
                title,
                ctx.locator.cell(THONG_TIN, "key", int(str(row["row"]))),
                f"Khóa «{key}» xuất hiện hai lần.",
            )
            continue
        seen.add(key)
        ctx.locator.info[key] = ref
        spec = keys.get(key)
        if spec is None:
            ctx.warn(
                title,
                ctx.locator.cell(THONG_TIN, "key", int(str(row["row"]))),
                f"Khóa «{row['key']}» không có trong quy ước; bỏ qua.",
            )
            continue
        raw = row.get("value")
        if raw is None:
            continue
        fields[spec.field] = convert(ctx, title, RawCell(ref, raw), spec.kind, f"Khóa «{spec.key}»")
    for spec in INFO_KEYS:
        if spec.required and fields.get(spec.field) is None and spec.key not in seen:
            ctx.error(title, None, f"Thiếu khóa «{spec.key}».")
        elif spec.required and fields.get(spec.field) is None:
            ctx.error(title, None, f"Khóa «{spec.key}» chưa có giá trị.")
    month, year = fields.get("month"), fields.get("year")
    if isinstance(month, int) and not 1 <= month <= 12:
        ctx.error(
            title,
            ctx.locator.info.get("thang"),
            f"Tháng (khóa «thang») phải từ 1 đến 12, nhưng là {month}.",
        )
    if isinstance(year, int) and not 1900 <= year <= 9999:
        ctx.error(
            title,
            ctx.locator.info.get("nam"),
            f"Năm (khóa «nam») phải có bốn chữ số, nhưng là {year}.",
        )
    for name in ("export_markets", "import_markets"):
        if isinstance(fields.get(name), str):
            fields[name] = tuple(
                m.strip() for m in str(fields[name]).split(MARKET_SEPARATOR) if m.strip()
            )
    _report_kind(ctx, title, fields)
    _unusual_index(ctx, title, fields)
    if has_errors(ctx.problems):
        return None
    return Info.model_validate(fields)


def _report_kind(ctx: Reading, title: str, fields: dict[str, object]) -> None:
    """``ky_bao_cao`` as a ReportKind that may end with the report's month."""
    typed = fields.get("kind")
    if not isinstance(typed, str):
        return
    ref = ctx.locator.info.get("ky_bao_cao")
    kind = next((k for k in ReportKind if plain_text(k.value) == plain_text(typed)), None)
    if kind is None:
        choices = ", ".join(f"«{k.value}»" for k in ReportKind)
        ctx.error(title, ref, f"«ky_bao_cao» phải là một trong {choices}, nhưng là «{typed}».")
        return
    fields["kind"] = kind
    month = fields.get("month")
    if isinstance(month, int) and month not in kind.end_months:
        ends = ", ".join(str(m) for m in kind.end_months)
        ctx.error(
            title,
            ref,
            f"Báo cáo «{kind.value}» chỉ lập cho tháng {ends}, nhưng sổ ghi tháng {month}.",
        )


def _unusual_index(ctx: Reading, title: str, fields: dict[str, object]) -> None:
    """``chi_so_bat_thuong``: "có" confirms an index far from 100; blank or "không" does not."""
    typed = fields.get("unusual_index")
    if typed is None:
        return
    answer = plain_text(str(typed))
    if answer in ("co", "x"):
        fields["unusual_index"] = True
    elif answer in ("khong", ""):
        fields["unusual_index"] = False
    else:
        ctx.error(
            title,
            ctx.locator.info.get("chi_so_bat_thuong"),
            f"«chi_so_bat_thuong» chỉ nhận «có» (hoặc để trống), nhưng là «{typed}».",
        )


def _places(ctx: Reading, spec: SheetSpec, row: dict[str, Value], field: str, label: str) -> bool:
    """Whether the row's decimals in ``field`` (if given) are a whole number 0–6."""
    value = row.get(field, 0)
    if isinstance(value, int) and 0 <= value <= MAX_DECIMALS:
        return True
    ctx.error(
        ctx.locator.sheet(spec),
        ctx.locator.cell(spec, field, int(str(row["row"]))),
        f"«{label}» phải là số nguyên từ 0 đến {MAX_DECIMALS}, nhưng là {shown(value)}.",
    )
    return False


def _indicators(ctx: Reading, rows: list[dict[str, Value]]) -> tuple[Indicator, ...]:
    """ChiTieu rows: decimals 0–6, a value or a year-to-date, and each row's ``Mục``.

    A blank ``Mục`` is the subsection of the row above; rows before any ``Mục`` have
    none (the first subsection takes them).
    """
    title = ctx.locator.sheet(CHI_TIEU)
    out = []
    section: str | None = None
    for row in rows:
        section = str(row["section"]) if row.get("section") else section
        places = _places(ctx, CHI_TIEU, row, "decimals", "Số lẻ")
        if not _places(ctx, CHI_TIEU, row, "pct_decimals", "Số lẻ %") or not places:
            continue
        if row.get("value") is None and row.get("ytd") is None:
            ref = ctx.locator.cell(CHI_TIEU, "value", int(str(row["row"])))
            if not any(p.cell == ref for p in ctx.problems):  # not already a bad number
                ctx.error(
                    title, ref, "Cần «Tháng báo cáo» (hoặc ít nhất «Lũy kế») của chỉ tiêu này."
                )
            continue
        out.append(Indicator.model_validate({**row, "section": section}))
    return tuple(out)


def _iip_rows(ctx: Reading, rows: list[dict[str, Value]]) -> tuple[IipRow, ...]:
    """ChiSoSXCN rows: at least one index each, decimals 0–6, and the row ``iip`` if any."""
    title = ctx.locator.sheet(CHI_SO_SXCN)
    out = []
    for row in rows:
        if not _places(ctx, CHI_SO_SXCN, row, "pct_decimals", "Số lẻ %"):
            continue
        if all(row.get(f) is None for f in ("index", "mom_index", "ytd_index")):
            ref = ctx.locator.cell(CHI_SO_SXCN, "index", int(str(row["row"])))
            if not any(p.cell == ref for p in ctx.problems):
                ctx.error(
                    title,
                    ref,
                    "Cần ít nhất một chỉ số (so với cùng kỳ, so với tháng trước hoặc lũy kế).",
                )
            continue
        out.append(IipRow.model_validate(row))
    if rows and not any(str(r["code"]) == "iip" for r in rows):
        ctx.error(
            title,
            ctx.locator.cell(CHI_SO_SXCN, "code", 2),
            "Trang có số liệu thì phải có dòng mã «iip» (toàn ngành công nghiệp).",
        )
    return tuple(out)


def _activities(ctx: Reading, rows: list[dict[str, Value]]) -> tuple[Activity, ...]:
    """HoatDong rows; a blank ``Mục`` continues the subsection of the row above."""
    title = ctx.locator.sheet(HOAT_DONG)
    out: list[Activity] = []
    section: str | None = None
    for row in rows:
        section = str(row["section"]) if row.get("section") else section
        level = row.get("level", 1)
        number = int(str(row["row"]))
        if section is None:
            ctx.error(
                title,
                ctx.locator.cell(HOAT_DONG, "section", number),
                "Dòng đầu tiên phải có «Mục» (tên tiểu mục).",
            )
            continue
        if level not in (0, 1, 2):
            ctx.error(
                title,
                ctx.locator.cell(HOAT_DONG, "level", number),
                f"«Cấp» phải là 0, 1 hoặc 2, nhưng là {level}.",
            )
            continue
        out.append(
            Activity(row=number, section=section, level=int(str(level)), text=str(row["text"]))
        )
    return tuple(out)
