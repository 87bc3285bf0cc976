"""Parsing: plain cell values (from ``excel``) → the models of ``models``, with located problems.

Follows the workbook contract: sheet names and headers match after NFC,
case-folding and trimming, and two sheets or two header cells that match one
name are an error naming both; columns in any order; blank rows are skipped,
and a row with a blank key is skipped with a word (a row with only ``Mục`` in
HoatDong and ChiTieu heads the rows below it); cells convert as ``cells`` says;
the narrative sheets are read by ``narrative``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from baocao.answers import ANSWER_MARKS, kind_unmarked
from baocao.cells import Locator, Reading, Value, convert, shown
from baocao.celltext import capitals_heading, example_heading
from baocao.errors import Problem, error, has_errors
from baocao.figures import TOTAL_CODE, is_bare_listed
from baocao.headingnames import BreakdownHeadings, same_headings
from baocao.iiprows import iip_rows, places
from baocao.infotext import as_printed, read_markets
from baocao.marketwords import misplaced_markets
from baocao.models import Indicator, Info, MonthlyData
from baocao.narrative import SectionRuns, activities, tasks
from baocao.nearest import nearest_name
from baocao.notedblanks import noted_blanks
from baocao.numberedcolumn import pasted_numbers
from baocao.period import MAX_YEAR, MIN_YEAR, ROMAN, ReportKind, not_asked
from baocao.raw import RawCell, RawSheet, RawWorkbook
from baocao.renamedsheets import renamed
from baocao.repeats import said_twice
from baocao.sheetcopies import sheet_copies
from baocao.sheets import (
    CHI_SO_SXCN,
    CHI_TIEU,
    HOAT_DONG,
    INFO_KEYS,
    NHIEM_VU,
    PREVIOUS_TASKS,
    SHEETS,
    THONG_TIN,
    SheetSpec,
    header_words,
    normalize_header,
    without_invisible,
)
from baocao.signerchars import cell_invisibles
from baocao.struckcells import struck_rows
from baocao.tables import read_table
from baocao.totalrows import total_rows
from baocao.typedfigures import comma_threes, typed_as_shown
from baocao.units import printed_unit
from baocao.vnformat import clipped, format_exact, plain_text


@dataclass(frozen=True)
class ParsedWorkbook:
    """The models (None when errors prevent them), every problem found, and the locator."""

    data: MonthlyData | None
    problems: list[Problem]
    locator: Locator


def parse_workbook(
    raw: RawWorkbook, *, report: bool = True, period: tuple[int, int] | None = None
) -> ParsedWorkbook:
    """Read the five sheets of the contract into ``MonthlyData``.

    ``report``: the month is to be reported, so an empty NhiemVu is an error and an
    empty HoatDong a warning; an earlier month read as the model of a new one
    (``baocao init``) may have neither. ``period``: the (year, month) it is read for.
    """
    ctx = Reading(raw.path, [], Locator(), period=period)
    by_name: dict[str, list[RawSheet]] = {}
    for title, raw_sheet in raw.sheets.items():
        by_name.setdefault(normalize_header(title), []).append(raw_sheet)
    tables: dict[str, list[dict[str, Value]]] = {}
    merged: dict[str, tuple[str, ...]] = {}
    for spec in SHEETS:
        found = by_name.get(normalize_header(spec.name), [])
        if len(found) != 1:
            said = _sheet_count_message(spec, found) + renamed(spec, raw.sheets)
            ctx.problems.append(error(said, raw.path))
            continue
        sheet = found[0]
        merged[spec.name] = sheet.merged
        ctx.locator.titles[spec.name] = sheet.title
        before = len(ctx.problems)
        rows = read_table(ctx, spec, sheet)
        pasted_numbers(ctx, sheet.title, before, example_heading(spec.name))
        if rows is not None:
            tables[spec.name] = rows
            noted_blanks(ctx, spec, sheet, rows)
            struck_rows(ctx, spec, sheet, rows)
    sheet_copies(ctx, raw.sheets)
    for title in raw.sheets:  # named by a stale task's warning (``lastyeartasks``)
        if normalize_header(title) == normalize_header(PREVIOUS_TASKS):
            ctx.locator.titles[PREVIOUS_TASKS] = title
    if has_errors(ctx.problems) or len(tables) < len(SHEETS):
        comma_threes(ctx, tables.get(CHI_TIEU.name, []))  # said now, with the errors
        return ParsedWorkbook(None, ctx.problems, ctx.locator)
    info = _read_info(ctx, tables[THONG_TIN.name])
    # The index paragraph fills its Mục: a ChiTieu heading of it is no empty subsection.
    index_at = {
        normalize_header(str(r["section"]))
        for r in tables[CHI_SO_SXCN.name]
        if str(r.get("code")) == TOTAL_CODE and r.get("section")
    }
    indicators = _indicators(ctx, tables[CHI_TIEU.name], frozenset(index_at))
    total_rows(ctx, tables[CHI_TIEU.name])
    iip = iip_rows(ctx, tables[CHI_SO_SXCN.name])
    narrative = activities(ctx, tables[HOAT_DONG.name], report=report)
    todo = tasks(ctx, tables[NHIEM_VU.name], report=report)
    said_twice(ctx, narrative, todo, merged)
    same_headings(ctx, tables, (*indicators, *iip), narrative)
    if info is None or has_errors(ctx.problems):
        return ParsedWorkbook(None, ctx.problems, ctx.locator)
    data = MonthlyData(info=info, iip=iip, indicators=indicators, activities=narrative, tasks=todo)
    return ParsedWorkbook(data, ctx.problems, ctx.locator)


def _sheet_count_message(spec: SheetSpec, found: list[RawSheet]) -> str:
    """No sheet of the contract's name, or several that match it (one may be hidden)."""
    if not found:
        return f"Thiếu trang tính «{spec.name}»."
    titles = ", ".join(f"«{s.title}»" + (" (đang ẩn)" if s.hidden else "") for s in found)
    return (
        f"Sổ có {len(found)} trang tính cùng được đọc là «{spec.name}» (tên trang so sánh "
        f"không phân biệt hoa thường và khoảng trắng): {titles}. Hãy xóa hoặc đổi tên trang "
        f"thừa, chỉ giữ một trang «{spec.name}»."
    )


def _read_info(ctx: Reading, rows: list[dict[str, Value]]) -> Info | None:
    title = ctx.locator.sheet(THONG_TIN)
    keys = {k.key: k for k in INFO_KEYS}
    fields: dict[str, object] = {}
    seen: set[str] = set()
    spelt = {header_words(k.replace("_", " ")): k for k in keys}  # "Kỳ báo cáo": ky_bao_cao
    for row in rows:
        key = normalize_header(str(row["key"]))
        number = int(str(row["row"]))
        ref, key_ref = (ctx.locator.cell(THONG_TIN, f, number) for f in ("value", "key"))
        meant = spelt.get(header_words(key.replace("_", " "))) if key not in keys else None
        if meant is not None:  # a quarterly report was built as a month's, after a warning
            ctx.warn(
                title,
                key_ref,
                f"Khóa «{row['key']}» được đọc là khóa «{meant}»: khóa ghi đúng như quy ước, "
                f"không dấu, nối bằng dấu «_». Hãy sửa ô thành «{meant}».",
            )
            key = meant
        if key in seen:
            ctx.error(title, key_ref, f"Khóa «{key}» xuất hiện hai lần.")
            continue
        seen.add(key)
        ctx.locator.info[key] = ref
        spec = keys.get(key)
        if spec is None:
            near = nearest_name(key, keys)
            meant = f" Có phải là «{near}»?" if near else ""
            ctx.warn(title, key_ref, f"Khóa «{row['key']}» không có trong quy ước; bỏ qua.{meant}")
            continue
        raw = row.get("value")
        if raw is None:
            continue
        if (said := cell_invisibles(spec.key, raw)) is not None:  # a signer's line
            ctx.warn(title, ref, said)  # where each stands, as the cell's generic word does not
            raw = without_invisible(str(raw))
        fields[spec.field] = convert(ctx, title, RawCell(ref, raw), spec.kind, f"Khóa «{spec.key}»")

    def bad_value(key: str) -> bool:  # already reported at its cell
        return ctx.has_error_at(title, ctx.locator.info[key])

    for spec in INFO_KEYS:
        if spec.required and fields.get(spec.field) is None and spec.key not in seen:
            ctx.error(title, None, f"Thiếu khóa «{spec.key}».")
        elif spec.required and fields.get(spec.field) is None and not bad_value(spec.key):
            ctx.error(title, ctx.locator.info.get(spec.key), f"Khóa «{spec.key}» chưa có giá trị.")
    month, year = fields.get("month"), fields.get("year")
    if isinstance(month, int) and not 1 <= month <= 12:
        # A month is written as typed, as a year is: 2024 read "2.024" as a thousand.
        typed = format_exact(month, grouped=False)
        hint = ""
        if MIN_YEAR <= month <= MAX_YEAR:  # a year in the month's cell
            if isinstance(year, int) and 1 <= year <= 12:
                hint = f" và năm (khóa «nam») là {year}: tháng và năm có vẻ bị đổi chỗ"
            elif isinstance(year, int) and MIN_YEAR <= year <= MAX_YEAR:
                hint = ", giống một năm: ô tháng có vẻ ghi nhầm năm"
            else:
                hint = ", giống một năm: tháng và năm có vẻ bị đổi chỗ, hoặc ô tháng ghi nhầm năm"
        ctx.error(
            title,
            ctx.locator.info.get("thang"),
            f"Tháng (khóa «thang») phải từ 1 đến 12, nhưng là {typed}{hint}.",
        )
    if isinstance(year, int) and not MIN_YEAR <= year <= MAX_YEAR:
        ctx.error(
            title,
            ctx.locator.info.get("nam"),
            f"Năm (khóa «nam») phải có bốn chữ số, nhưng là {year}.",  # a year, as years read
        )
    read_markets(ctx, title, fields)
    misplaced_markets(ctx, title, fields)
    _report_kind(ctx, title, fields)
    _unusual_index(ctx, title, fields)
    as_printed(ctx, title, fields)
    if has_errors(ctx.problems):
        return None
    return Info.model_validate(fields)


def _report_kind(ctx: Reading, title: str, fields: dict[str, object]) -> None:
    """``ky_bao_cao`` as a ReportKind that may end with the report's month, its quarter's
    number (if typed) the month's quarter and its year (if typed) the workbook's."""
    typed, ref = fields.get("kind"), ctx.locator.info.get("ky_bao_cao")
    if not isinstance(typed, str):
        return
    typed = kind_unmarked(ctx, title, ref, typed)  # "Quý I." as "Quý I", with a note
    kind, year, bare = ReportKind.read_dated(typed)
    if kind is None:
        choices = ", ".join(f"«{k.value}»" for k in ReportKind)
        ctx.error(title, ref, f"«ky_bao_cao» phải là một trong {choices}, nhưng là {shown(typed)}.")
        return
    fields["kind"] = kind
    if year is not None and isinstance(fields.get("year"), int) and year != fields["year"]:
        ctx.error(title, ref, f"«ky_bao_cao» ghi năm {year}, nhưng sổ ghi năm {fields['year']}.")
    month = fields.get("month")
    if not isinstance(month, int) or not 1 <= month <= 12:
        return
    named, number = ReportKind.month_named(bare), ReportKind.quarter_named(bare)
    asked = ctx.period[1] if ctx.period else month
    fits = named in (None, asked) and number in (None, (asked + 2) // 3) and asked != month
    if fits and (named, number) != (None, None) and asked in kind.end_months:
        # "tháng 9", "Quý III" typed for the month asked, beside a month typed wrong: said
        # at «thang» (``checks.check_month``'s error), not "Hãy ghi «tháng 7»" at the kind
        ctx.error(title, ctx.locator.info.get("thang"), not_asked("tháng", month, asked))
        return
    if named not in (None, month):
        ctx.error(
            title,
            ref,
            f"«ky_bao_cao» ghi «{typed}», nhưng sổ ghi tháng {month}. Hãy ghi «tháng {month}» "
            f"(hoặc «tháng»), hoặc sửa «thang» nếu tháng ghi nhầm.",
        )
        return
    if month in kind.end_months and number not in (None, (month + 2) // 3):
        ctx.error(
            title,
            ref,
            f"«ky_bao_cao» ghi «{typed}», mà quý {ROMAN[(number or 1) - 1]} kết thúc ở tháng "
            f"{3 * (number or 1)}, nhưng sổ ghi tháng {month}. Hãy ghi «Quý "
            f"{ROMAN[(month - 1) // 3]}» (hoặc «quý»), hoặc sửa «thang» nếu tháng ghi nhầm.",
        )
    elif month not in kind.end_months:
        if asked != month:  # ``checks.check_month``'s error, which this one would hide
            ctx.error(title, ctx.locator.info.get("thang"), not_asked("tháng", month, asked))
            if asked in kind.end_months:  # the kind fits the month asked for
                return
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
    bare, cell = answer.strip(ANSWER_MARKS), ctx.locator.info.get("chi_so_bat_thuong")
    if bare in ("co", "x", "khong") and bare != answer:  # read as other keys read theirs
        said = {"co": "có", "khong": "không"}.get(bare, bare)
        ctx.note(title, cell, f"«chi_so_bat_thuong» «{typed}» được đọc là «{said}».")
    if bare in ("co", "x"):
        fields["unusual_index"] = True
    elif bare == "khong" or answer == "":
        fields["unusual_index"] = False
    else:
        ctx.error(
            title,
            cell,
            f"«chi_so_bat_thuong» chỉ nhận «có» (hoặc để trống), nhưng là «{clipped(str(typed))}».",
        )


def _indicators(
    ctx: Reading, rows: list[dict[str, Value]], held: frozenset[str] = frozenset()
) -> tuple[Indicator, ...]:
    """ChiTieu rows: decimals 0–6, a value or a year-to-date, and each row's ``Mục``.

    A blank ``Mục`` is the subsection of the row above; rows before any ``Mục`` have
    none (the first subsection takes them). A ``Mục`` of ``held`` (the index paragraph's)
    may hold no indicator.
    """
    title = ctx.locator.sheet(CHI_TIEU)
    out = []
    runs = SectionRuns(ctx, CHI_TIEU, "chỉ tiêu", held=held, defer=True)
    moved = BreakdownHeadings(ctx)  # a Mục typed on a breakdown row, which rows below take
    groups: dict[tuple[str, str], tuple[str, str]] = {}  # first spelling of each Nhóm
    for row in rows:
        if row.get("section"):
            runs.enter(str(row["section"]), int(str(row["row"])), heading="code" not in row)
        if "code" not in row:  # a heading row
            moved.heading(runs.section)
            continue
        runs.fill(elsewhere="parent" in row)  # a breakdown row is written with its parent
        section = runs.section
        moved.row(row, section)
        decimals = places(ctx, CHI_TIEU, row, "decimals", "Số lẻ")
        if not places(ctx, CHI_TIEU, row, "pct_decimals", "Số lẻ %") or not decimals:
            continue
        if row.get("value") is None and row.get("ytd") is None:
            ref = ctx.locator.cell(CHI_TIEU, "value", int(str(row["row"])))
            if not ctx.has_error_at(title, ref):  # not already a bad number
                ctx.error(
                    title, ref, "Cần «Tháng báo cáo» (hoặc ít nhất «Lũy kế») của chỉ tiêu này."
                )
            continue
        typed = row.get("unit")
        unit, changes = printed_unit(str(typed)) if typed is not None else (None, [])
        if changes:
            ctx.note(
                title,
                ctx.locator.cell(CHI_TIEU, "unit", int(str(row["row"]))),
                f"«Đơn vị» được viết thành «{unit}» ({'; '.join(changes)}).",
            )
        typed_as_shown(ctx, row, unit)
        if isinstance(row.get("group"), str):
            row = {**row, "group": _group(ctx, groups, row)}
        typed_here = bool(row.get("section"))
        out.append(
            Indicator.model_validate(
                {**row, "unit": unit, "section": section, "section_typed": typed_here}
            )
        )
    runs.finish()
    return _blank_beside_listed(ctx, out)


def _blank_beside_listed(ctx: Reading, rows: list[Indicator]) -> tuple[Indicator, ...]:
    """A blank ``Nhóm`` beside a "Trong đó" one under the same parent: both print
    "Trong đó:", so the report wrote the heading twice and added the blank rows up alone
    against the parent (a false difference). They are the "Trong đó" list, with a note.
    Not beside a "Trong đó …" of more words, headed with them ("Trong đó, một số sản
    phẩm chủ yếu:"): the blank rows (exports of domestic and foreign firms) are no items
    of it, and stay a "Trong đó:" list of their own, added up."""
    listed: dict[str, tuple[str | None, int]] = {}
    for ind in rows:
        if ind.parent and is_bare_listed(ind.group):
            listed.setdefault(ind.parent, (ind.group, ind.row))
    out = []
    for ind in rows:
        if ind.parent in listed and ind.group is None:
            group, at = listed[ind.parent]
            ctx.note(
                *ctx.at(CHI_TIEU, "group", ind.row),
                f"«Nhóm» để trống được đọc là «{group}» (ô "
                f"{ctx.locator.cell(CHI_TIEU, 'group', at)}), như dòng khác cùng «Thuộc» "
                f"«{ind.parent}»: báo cáo viết một danh sách «Trong đó:».",
            )
            ind = ind.model_copy(update={"group": group})
        out.append(ind)
    return tuple(out)


def _group(
    ctx: Reading, groups: dict[tuple[str, str], tuple[str, str]], row: dict[str, Value]
) -> str:
    """A row's ``Nhóm`` as first spelt under its parent: one typed with another case or
    spacing ("phân theo loại hình  kinh tế") is that breakdown, with a note, and with other
    marks ("công nghiêp") too, with a warning (else a breakdown of its own, headed again)."""
    typed, cell = str(row["group"]), ctx.locator.cell(CHI_TIEU, "group", int(str(row["row"])))
    key = (str(row.get("parent") or ""), header_words(typed))
    first, ref = groups.setdefault(key, (" ".join(typed.split()), cell))
    if ref == cell:  # its first spelling: printed as the breakdown's heading
        capitals_heading(ctx, ctx.locator.sheet(CHI_TIEU), cell, "Nhóm", first)
    if typed == first:
        return first
    marks = _letters(typed) != _letters(first)  # a colon typed after one is no other mark
    (ctx.warn if marks else ctx.note)(
        ctx.locator.sheet(CHI_TIEU),
        cell,
        f"«Nhóm» {shown(typed)} được đọc là «{first}» (ô {ref})"
        + (" dù khác dấu; nếu là nhóm khác, hãy đặt tên khác hẳn." if marks else "."),
    )
    return first


def _letters(text: str) -> str:
    """``text``'s words, marks kept, case, spacing and punctuation aside ("Trong đó:")."""
    return " ".join(re.sub(r"[^\w%]+", " ", normalize_header(text)).split())
