"""Parsing: plain cell values (from ``excel``) → the models of ``models``, with located problems.

Follows the workbook contract: sheet names and headers match after NFC,
case-folding and trimming; columns in any order; blank rows and rows with a
blank key are skipped; text is NFC-normalised and cleaned of XML-illegal
control characters; numbers typed as Vietnamese text are read with a warning.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from baocao.errors import Problem, error, has_errors, warning
from baocao.excel import RawCell, RawSheet, RawWorkbook
from baocao.models import Activity, IipRow, Indicator, Info, MonthlyData, Task
from baocao.sheets import (
    CHI_SO_SXCN,
    CHI_TIEU,
    HOAT_DONG,
    INFO_KEYS,
    MAX_DECIMALS,
    MAX_NUMBER,
    NHIEM_VU,
    SHEETS,
    THONG_TIN,
    Kind,
    SheetSpec,
    header_positions,
    normalize_header,
)
from baocao.vnformat import parse_number_text

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_OOXML_ESCAPE = re.compile("_x([0-9A-Fa-f]{4})_")  # how Excel stores control characters
_DATE_TEXT = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
MARKET_SEPARATOR = ";"

Value = str | Decimal | int | dt.date | None


@dataclass
class Locator:
    """Where each field of each sheet is: turns (sheet, field, row) into "ChiTieu!D5"."""

    titles: dict[str, str] = field(default_factory=dict)
    letters: dict[tuple[str, str], str] = field(default_factory=dict)
    info: dict[str, str] = field(default_factory=dict)  # ThongTin key → its value cell

    def sheet(self, spec: SheetSpec) -> str:
        """The sheet's title as written in the file."""
        return self.titles.get(spec.name, spec.name)

    def cell(self, spec: SheetSpec, field_name: str, row: int) -> str:
        """The cell reference of a field in a row."""
        return f"{self.letters.get((spec.name, field_name), '?')}{row}"


@dataclass
class _Context:
    path: Path
    problems: list[Problem]
    locator: Locator

    def error(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(error(message, self.path, sheet, cell))

    def warn(self, sheet: str, cell: str | None, message: str) -> None:
        self.problems.append(warning(message, self.path, sheet, cell))


@dataclass(frozen=True)
class ParsedWorkbook:
    """The models (None when errors prevent them), every problem found, and the locator."""

    data: MonthlyData | None
    problems: list[Problem]
    locator: Locator


def parse_workbook(raw: RawWorkbook) -> ParsedWorkbook:
    """Read the five sheets of the contract into ``MonthlyData``."""
    ctx = _Context(raw.path, [], Locator())
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
    activities = _activities(ctx, tables[HOAT_DONG.name])
    if info is None or has_errors(ctx.problems):
        return ParsedWorkbook(None, ctx.problems, ctx.locator)
    data = MonthlyData(
        info=info,
        iip=tuple(IipRow.model_validate(r) for r in tables[CHI_SO_SXCN.name]),
        indicators=indicators,
        activities=activities,
        tasks=tuple(Task.model_validate(r) for r in tables[NHIEM_VU.name]),
    )
    return ParsedWorkbook(data, ctx.problems, ctx.locator)


def _read_table(ctx: _Context, spec: SheetSpec, sheet: RawSheet) -> list[dict[str, Value]] | None:
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
    ctx: _Context,
    spec: SheetSpec,
    sheet: RawSheet,
    cells: tuple[RawCell, ...],
    columns: dict[str, int],
) -> dict[str, Value] | None:
    """One data row as {field: value, "row": n}; None for a row whose key is blank."""
    key_cell = _cell_at(cells, columns[spec.key_field])
    if key_cell is None or (_is_blank(key_cell.value) and not key_cell.formula):
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
        cell = _cell_at(cells, columns[column.field]) if column.field in columns else None
        if cell is not None and cell.formula and cell.value is None:
            ctx.error(
                sheet.title,
                cell.ref,
                f"Ô có công thức «{cell.formula}» nhưng chưa có "
                "giá trị đã tính (tệp được lưu bởi một chương trình không tính công "
                "thức). Hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại.",
            )
        elif cell is None or _is_blank(cell.value):
            if column.required and not column.allow_blank:
                ref = ctx.locator.cell(spec, column.field, number)
                ctx.error(sheet.title, ref, f"Cột «{column.header}» không được để trống.")
        else:
            label = f"Cột «{column.header}»"
            row[column.field] = _convert(ctx, sheet.title, cell, column.kind, label)
    return row


def _cell_at(cells: tuple[RawCell, ...], pos: int) -> RawCell | None:
    return cells[pos] if pos < len(cells) else None


def _is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _convert(ctx: _Context, title: str, cell: RawCell, kind: Kind, label: str) -> Value:
    """The cell's value as ``kind``; ``label`` names the column or key in messages."""
    if kind is Kind.RAW:
        return cell.value  # type: ignore[return-value]
    if kind is Kind.TEXT:
        return _text(ctx, title, cell)
    if kind is Kind.DATE:
        return _date(ctx, title, cell, label)
    number = _number(ctx, title, cell, label)
    if kind is Kind.INT and number is not None:
        if number != number.to_integral_value():
            ctx.error(
                title, cell.ref, f"{label} cần một số nguyên, nhưng ô có {_shown(cell.value)}."
            )
            return None
        return int(number)
    return number


def _shown(value: object) -> str:
    return f"«{value}»"


def _text(ctx: _Context, title: str, cell: RawCell) -> str:
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value)).strip()
    text = _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
    cleaned = _ILLEGAL_XML.sub("", text)
    if cleaned != text:
        ctx.warn(title, cell.ref, "Ô có ký tự điều khiển không hợp lệ; đã bỏ các ký tự đó.")
    return cleaned


def _number(ctx: _Context, title: str, cell: RawCell, label: str) -> Decimal | None:
    value = cell.value
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        ctx.error(title, cell.ref, f"{label} cần một số, nhưng ô có {_shown(value)}.")
        return None
    if isinstance(value, int | float):
        number = Decimal(str(value))
        if not number.is_finite() or abs(number) >= MAX_NUMBER:
            ctx.error(
                title,
                cell.ref,
                f"{label} cần một số hợp lệ (nhỏ hơn 10^15), nhưng ô có {_shown(value)}.",
            )
            return None
        return number
    text = _text(ctx, title, cell)
    parsed = parse_number_text(text)
    if parsed is None:
        ctx.error(title, cell.ref, f"{label} cần một số, nhưng ô có {_shown(text)}.")
        return None
    ctx.warn(
        title,
        cell.ref,
        f"Số được gõ dưới dạng chữ {_shown(text)}; đã đọc là "
        f"{_shown(parsed)}. Nên nhập ô này dưới dạng số.",
    )
    return parsed


def _date(ctx: _Context, title: str, cell: RawCell, label: str) -> dt.date | None:
    value = cell.value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(ctx, title, cell)
    match = _DATE_TEXT.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            pass
    ctx.error(
        title, cell.ref, f"{label} cần một ngày hợp lệ (dd/mm/yyyy), nhưng ô có {_shown(text)}."
    )
    return None


def _read_info(ctx: _Context, rows: list[dict[str, Value]]) -> Info | None:
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
        fields[spec.field] = _convert(
            ctx, title, RawCell(ref, raw), spec.kind, f"Khóa «{spec.key}»"
        )
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
    if has_errors(ctx.problems):
        return None
    return Info.model_validate(fields)


def _indicators(ctx: _Context, rows: list[dict[str, Value]]) -> tuple[Indicator, ...]:
    """ChiTieu rows; ``Số lẻ`` must be 0 to 6."""
    title = ctx.locator.sheet(CHI_TIEU)
    out = []
    for row in rows:
        decimals = row.get("decimals", 0)
        if not isinstance(decimals, int) or not 0 <= decimals <= MAX_DECIMALS:
            ref = ctx.locator.cell(CHI_TIEU, "decimals", int(str(row["row"])))
            ctx.error(
                title,
                ref,
                f"«Số lẻ» phải là số nguyên từ 0 đến {MAX_DECIMALS}, nhưng là {_shown(decimals)}.",
            )
            continue
        out.append(Indicator.model_validate(row))
    return tuple(out)


def _activities(ctx: _Context, rows: list[dict[str, Value]]) -> tuple[Activity, ...]:
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
