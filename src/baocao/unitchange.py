"""A row's ``Đơn vị`` unlike the one last month's workbook gives the same code.

Every figure of the row is printed with this month's unit: a unit changed while the
figures stayed in last month's ("nghìn USD" typed over "triệu USD", the figures still in
triệu) prints "1.822,5 nghìn USD", a thousandth of the figure meant, and each check
against last month's workbook only warns at its own cell. So the change is said at the
unit cell, naming last month's unit, file and cell:

- when the two units are one unit at another scale ("tỷ đồng" and "triệu đồng", "tấn"
  and "nghìn tấn", "kWh" and "triệu kWh") and every figure of the row that can be set
  beside last month's is nearer to it than to it at the new scale (1.673 beside last
  month's 1.673, not 1.673.000): an error, the figures are still in last month's unit;
- when they are one unit at one scale ("GWh" and "triệu kWh"): a note;
- otherwise (the figures rescaled, or units that cannot be compared): a warning asking
  to check that every figure of the row is in the new unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from baocao.errors import Severity
from baocao.history import History, Sourced, same_unit
from baocao.models import Indicator
from baocao.period import Period
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.vnformat import format_at_least, format_number, plain_text

# Words that multiply a unit (plain_text's spelling), as powers of ten.
_SCALE_WORDS = {"nghin": 3, "ngan": 3, "trieu": 6, "ty": 9, "ti": 9}
_THOUSANDS = re.compile(r"^1((?:\.?000)+)\s*")  # "1.000 tấn", "1000 USD", "1.000đ/kg"
_SI = re.compile(r"^([kmgt]?)(wh|w)$")  # "kWh", "MWh", "GWh", "kW"
_SI_POWERS = {"": 0, "k": 3, "m": 6, "g": 9, "t": 12}
_MASS = {"kg": 3, "tan": 6}  # in grams
_SAME_BASE = {"vnd": "dong"}

# This month's figure → last month's figure it is set beside (the same month first).
_PAIRS = (
    ("previous", "value"),
    ("value", "value"),
    ("ytd", "ytd"),
    ("ytd_same_period", "ytd_same_period"),
    ("annual_plan", "annual_plan"),
)


def scale_of(unit: str) -> tuple[str, int] | None:
    """``unit`` as a base unit and a power of ten: "triệu USD" → ("usd", 6), "nghìn tấn" →
    ("g", 9), "GWh" → ("wh", 9); None for a unit without a base ("nghìn")."""
    text = plain_text(unit)
    power = 0
    if (match := _THOUSANDS.match(text)) is not None:
        power += 3 * match.group(1).count("000")
        text = text[match.end() :]
    words = text.split()
    while words and words[0] in _SCALE_WORDS:
        power += _SCALE_WORDS[words.pop(0)]
    base = " ".join(words)
    if (si := _SI.match(base)) is not None:
        return si.group(2), power + _SI_POWERS[si.group(1)]
    if base in _MASS:
        return "g", power + _MASS[base]
    return (_SAME_BASE.get(base, base), power) if base else None


def scale_between(old: str, new: str) -> Decimal | None:
    """How many of ``new`` make one ``old`` ("triệu USD" → "nghìn USD": 1000), when they are
    one unit at two scales; None otherwise."""
    first, second = scale_of(old), scale_of(new)
    if first is None or second is None or first[0] != second[0]:
        return None
    return Decimal(10) ** (first[1] - second[1])


def _unscaled(ind: Indicator, before: dict[str, Sourced], factor: Decimal) -> str | None:
    """The first figure of the row that shows it still in last month's unit, as a clause
    ("«Tháng trước» (1.673,0) cùng cỡ với …"), when every figure set beside last month's
    is nearer to it than to it times ``factor``; None otherwise."""
    evidence: list[str] = []
    for name, earlier in _PAIRS:
        now, then = getattr(ind, name), before.get(earlier)
        if now is None or then is None or now <= 0 or then.value <= 0:
            continue
        ratio = now / then.value
        if (ratio * ratio >= factor) if factor > 1 else (ratio * ratio <= factor):
            return None  # nearer the figure rescaled: converted
        evidence.append(
            f"«{FIGURE_HEADERS[name]}» ({format_at_least(now, ind.decimals)}) cùng cỡ với "
            f"«{FIGURE_HEADERS[earlier]}» trong sổ đó "
            f"({format_at_least(then.value, ind.decimals)}, {CHI_TIEU.name}!{then.ref})"
        )
    return evidence[0] if evidence else None


def unit_change(
    ind: Indicator, period: Period, history: History, say: Callable[[Severity, str, str], None]
) -> None:
    """Said at ``ind``'s unit cell when last month's workbook writes its code in another
    unit (see the module's docstring)."""
    previous = period.previous()
    record = history.records(previous).get(ind.code)
    if record is None or same_unit(record.unit, ind.unit):
        return
    path = history.files[previous]
    where = f"{path.name} ({CHI_TIEU.name}!{record.unit_ref})" if record.unit_ref else path.name
    old, new, code = record.unit, ind.unit, ind.code
    opening = f"«Đơn vị» của «{code}» là «{new}», nhưng sổ tháng trước {where} ghi «{old}»"
    factor = scale_between(old, new)
    if factor == 1:
        say(Severity.INFO, "unit", f"{opening}: hai cách viết của cùng một đơn vị.")
        return
    before = {
        name: found
        for _, name in _PAIRS
        if (found := history.figure(previous, code, name)) is not None
    }
    clue = None if factor is None else _unscaled(ind, before, factor)
    if factor is None or clue is None:
        say(
            Severity.WARNING,
            "unit",
            f"{opening}. Nếu đơn vị đổi từ tháng này, hãy kiểm tra mọi số của hàng đã theo "
            f"«{new}» chưa; nếu không, hãy sửa «Đơn vị» thành «{old}».",
        )
        return
    times = (
        f"gấp khoảng {format_number(factor)} lần"
        if factor > 1
        else f"bằng khoảng 1/{format_number(1 / factor)}"
    )
    shown = next((v for v in (ind.value, ind.ytd) if v is not None), None)
    printed = (
        "" if shown is None else (f" Báo cáo sẽ in «{format_number(shown, ind.decimals)} {new}».")
    )
    say(
        Severity.ERROR,
        "unit",
        f"{opening}, mà các số của hàng vẫn theo «{old}»: {clue}, chứ không {times} như "
        f"khi đã đổi sang «{new}».{printed} Hãy sửa «Đơn vị» thành «{old}», hoặc đổi mọi số "
        f"của hàng sang «{new}».",
    )
