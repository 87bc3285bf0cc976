"""ChiTieu figures whose cells may say another number than the one read, checked once the
row's unit and decimals are known: a percent-formatted cell in a row whose unit is not a
percentage (``units``: "5.271.600%" in a row of "tỷ đồng"), and text with a comma before
three digits ("52,716": 52,716 here, 52716 in English) in a row of fewer than three
decimals. Each is an error at its cell, in place of the note or warning that said how it
was read."""

from __future__ import annotations

from decimal import Decimal

from baocao.cells import (
    FORMULA_TEXT_READ,
    PERCENT_READ,
    TEXT_READ,
    Reading,
    Value,
    as_text,
    shown,
)
from baocao.errors import Severity
from baocao.sheets import CHI_TIEU, Kind
from baocao.units import is_percentage


def typed_as_shown(ctx: Reading, row: dict[str, Value], unit: str | None) -> None:
    """The checks of this module for one ChiTieu row (``unit`` as the report writes it)."""
    if unit is None or not is_percentage(unit):
        _percent_cells(ctx, row, unit)
    else:
        _percent_beyond(ctx, row)
    _comma_three(ctx, row)


def comma_threes(ctx: Reading, rows: list[dict[str, Value]]) -> None:
    """``_comma_three`` of every ChiTieu row whose «Số lẻ» was read, when cell errors stop
    the reading before the rows are (``typed_as_shown``): "11,835" in a row of 0 decimals
    was only the warning that it was read as 11,835 until those errors were fixed."""
    title = ctx.locator.sheet(CHI_TIEU)
    for row in rows:
        places = ctx.locator.cell(CHI_TIEU, "decimals", int(str(row["row"])))
        if not ctx.has_error_at(title, places):
            _comma_three(ctx, row)


def _drop(
    ctx: Reading, severity: Severity, title: str, ref: str, start: str | tuple[str, ...]
) -> None:
    """Forget what was said at the cell about how it was read: it is not read at all."""
    ctx.problems[:] = [
        p
        for p in ctx.problems
        if (p.severity, p.sheet, p.cell) != (severity, title, ref)
        or not p.message.startswith(start)
    ]


def _percent_cells(ctx: Reading, row: dict[str, Value], unit: str | None) -> None:
    """A figure of a row whose unit is not "%" read from a percent-formatted cell: an error
    at the cell, since "5.271.600%" in a row of "tỷ đồng" may mean either number. A 0
    ("0%") is 0 either way: read as it is, without a word."""
    title = ctx.locator.sheet(CHI_TIEU)
    for column in CHI_TIEU.columns:
        ref = ctx.locator.cell(CHI_TIEU, column.field, int(str(row["row"])))
        held = ctx.percent.get((title, ref))
        if held is None or column.kind is not Kind.NUMBER:
            continue
        read = as_text(row[column.field], grouped=True)
        excel_shows = ctx.shown_percent[(title, ref)]  # kept with ``percent``
        _drop(ctx, Severity.INFO, title, ref, PERCENT_READ)
        if held == 0:
            continue
        ctx.error(
            title,
            ref,
            f"Ô được định dạng phần trăm (Excel hiện «{excel_shows}») nhưng «Đơn vị» của chỉ tiêu "
            f"là «{unit}», không phải «%»: không rõ số đúng là {shown(held)} hay «{read}». "
            "Hãy bỏ định dạng phần trăm của ô (Định dạng ô → Số), kiểm tra lại số rồi lưu; "
            "nếu chỉ tiêu là tỷ lệ, hãy ghi «Đơn vị» là «%».",
        )


# A rate a percent-formatted cell shows at 1 000% or more: 98,5 typed before the cell was
# formatted shows "9.850,0%"; no rate or share of a report is that.
_RATE_BEYOND = Decimal(1000)


def _percent_beyond(ctx: Reading, row: dict[str, Value]) -> None:
    """A figure of a row in percent read from a percent-formatted cell that shows 1 000% or
    more: an error at the cell, since the number typed was likely the percentage itself."""
    title = ctx.locator.sheet(CHI_TIEU)
    for column in CHI_TIEU.columns:
        ref = ctx.locator.cell(CHI_TIEU, column.field, int(str(row["row"])))
        held = ctx.percent.get((title, ref))
        read = row.get(column.field)
        if held is None or not isinstance(read, Decimal) or abs(read) < _RATE_BEYOND:
            continue
        excel_shows = ctx.shown_percent[(title, ref)]
        _drop(ctx, Severity.INFO, title, ref, PERCENT_READ)
        ctx.error(
            title,
            ref,
            f"Ô được định dạng phần trăm và Excel hiện «{excel_shows}»: không "
            f"tỷ lệ nào lớn như vậy; có lẽ số {shown(held)} được gõ trước khi ô được định dạng "
            f"phần trăm. Hãy gõ lại số trong ô (ví dụ {as_text(held, grouped=True)}%) rồi lưu.",
        )


def _comma_three(ctx: Reading, row: dict[str, Value]) -> None:
    """A figure typed as text with a comma before three digits ("52,716") in a row of fewer
    than three decimals: 52,716 (a decimal comma) would print "53", and in English it is
    52716. Which is meant cannot be known: an error at the cell (not the warning that it
    was read as 52,716)."""
    title, number = ctx.locator.sheet(CHI_TIEU), int(str(row["row"]))
    decimals = row.get("decimals", 0)
    for column in CHI_TIEU.columns:
        ref = ctx.locator.cell(CHI_TIEU, column.field, number)
        text = ctx.comma_three.get((title, ref))
        if text is None or column.kind is not Kind.NUMBER or not isinstance(decimals, int):
            continue
        if decimals >= 3:  # "52,716" shown as typed: a decimal comma, as the row's figures
            continue
        whole = as_text(Decimal(text.replace(",", "")), grouped=True)  # "52.716"
        _drop(ctx, Severity.WARNING, title, ref, (TEXT_READ, FORMULA_TEXT_READ))
        ctx.error(
            title,
            ref,
            f"Số gõ dưới dạng chữ «{text}» có thể là {whole} (dấu phẩy ngăn cách hàng nghìn, "
            f"kiểu tiếng Anh) hoặc {text} (dấu phẩy thập phân), mà «Số lẻ» của chỉ tiêu là "
            f"{decimals} nên báo cáo sẽ làm tròn phần sau dấu phẩy. Hãy nhập ô này dưới dạng "
            "số.",
        )
