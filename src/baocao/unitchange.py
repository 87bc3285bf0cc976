"""A row's ``Đơn vị`` unlike the one last month's workbook gives the same code.

Every figure of the row is printed with this month's unit: a unit changed while the
figures stayed in last month's ("nghìn USD" typed over "triệu USD", the figures still in
triệu) prints "1.822,5 nghìn USD", a thousandth of the figure meant, and each check
against last month's workbook only warns at its own cell. So the change is said at the
unit cell, naming last month's unit, file and cell (one unit at one scale written two
ways, "GWh" and "triệu kWh", is one unit: ``sourced.same_unit``):

- when the two units are one unit at another scale ("tỷ đồng" and "triệu đồng", "tấn"
  and "nghìn tấn", "kWh" and "triệu kWh") and every figure of the row that can be set
  beside last month's is nearer to it than to it at the new scale (1.673 beside last
  month's 1.673, not 1.673.000): an error, the figures are still in last month's unit
  (the error says, too, to mend last month's workbook if its unit was the slip); but a
  warning when the workbook before last month's writes this month's unit and this
  month's figures are of its size: last month's was then likely the slip, and this
  month's workbook right;
- otherwise (the figures rescaled, or units that cannot be compared): a warning asking
  to check that every figure of the row is in the new unit; a note instead when one
  figure of the row shows the new scale and every figure checked against the earlier
  workbooks (``fill``, rescaled: ``sourced``) agreed, a change made on purpose (the
  year's report in "tỷ USD" after "triệu USD" all year), which must pass --strict but
  is still said; and when the figures were
  rescaled but the annual plan, which seldom changes, is still of last month's plan's size
  (34.000 beside 34.000 triệu USD, not 34 tỷ USD), an error at the plan: the report would
  say "đạt 0,1% so với Kế hoạch năm" of the year's 38,93 tỷ USD, and no other check sees a
  share too small (early in the year a share of 0,5% is real).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from baocao.errors import Severity
from baocao.growth import plan_share
from baocao.history import History
from baocao.models import Indicator, Record
from baocao.period import Period
from baocao.sheets import CHI_TIEU, FIGURE_HEADERS
from baocao.sourced import Sourced, same_unit
from baocao.units import scale_between
from baocao.vnformat import format_at_least, format_number, format_percent

# This month's figure → last month's figure it is set beside (the same month first).
_PAIRS = (
    ("previous", "value"),
    ("value", "value"),
    ("ytd", "ytd"),
    ("ytd_same_period", "ytd_same_period"),
    ("annual_plan", "annual_plan"),
)


def _sizes(ind: Indicator, before: dict[str, Sourced], factor: Decimal) -> tuple[bool, list[str]]:
    """Whether some figure of the row set beside ``before`` is nearer to it times ``factor``
    than to it (rescaled), and a clause for each one nearer to it ("«Tháng trước»
    (1.673,0) cùng cỡ với …")."""
    evidence: list[str] = []
    for name, earlier in _PAIRS:
        now, then = getattr(ind, name), before.get(earlier)
        if now is None or then is None or now <= 0 or then.value <= 0:
            continue
        if _nearer_rescaled(now, then.value, factor):
            return True, evidence
        evidence.append(
            f"«{FIGURE_HEADERS[name]}» ({format_at_least(now, ind.decimals)}) cùng cỡ với "
            f"«{FIGURE_HEADERS[earlier]}» trong sổ đó "
            f"({format_at_least(then.value, ind.decimals)}, {CHI_TIEU.name}!{then.ref})"
        )
    return False, evidence


def _nearer_rescaled(now: Decimal, then: Decimal, factor: Decimal) -> bool:
    """Whether ``now`` is nearer (as a ratio) to ``then`` times ``factor`` than to ``then``;
    both above 0."""
    ratio = now / then
    return (ratio * ratio >= factor) if factor > 1 else (ratio * ratio <= factor)


def _times(factor: Decimal) -> str:
    """How a figure at the new scale stands to one at the old, as a message says it."""
    if factor > 1:
        return f"gấp khoảng {format_number(factor)} lần"
    return f"bằng khoảng 1/{format_number(1 / factor)}"


def _unscaled(ind: Indicator, before: dict[str, Sourced], factor: Decimal) -> str | None:
    """The first figure of the row that shows it still in last month's unit, as a clause
    ("«Tháng trước» (1.673,0) cùng cỡ với …"), when every figure set beside last month's
    is nearer to it than to it times ``factor``; None otherwise."""
    rescaled, evidence = _sizes(ind, before, factor)
    return evidence[0] if evidence and not rescaled else None


def _figures(history: History, period: Period, code: str) -> dict[str, Sourced]:
    """The figures of ``code`` in ``period``'s workbook that ``_PAIRS`` sets beside."""
    return {
        name: found
        for _, name in _PAIRS
        if (found := history.figure(period, code, name)) is not None
    }


def figures_left(ind: Indicator, period: Period, history: History) -> bool:
    """Whether ``ind``'s unit is another scale of last month's while every figure of the
    row set beside last month's is of its size: the figures (or last month's) are in the
    other unit, so no figure is rescaled between the two (``sourced.exact_units``)."""
    record = history.records(period.previous()).get(ind.code)
    if record is None or same_unit(record.unit, ind.unit):
        return False
    factor = scale_between(record.unit, ind.unit)
    before = _figures(history, period.previous(), ind.code)
    return factor is not None and _unscaled(ind, before, factor) is not None


def unit_change(
    ind: Indicator,
    period: Period,
    history: History,
    say: Callable[[Severity, str, str], None],
    agreed: bool = False,
) -> None:
    """Said at ``ind``'s unit cell when last month's workbook writes its code in another
    unit (see the module's docstring). ``agreed``: every figure of the row checked against
    the earlier workbooks agreed with them rescaled (nothing warned)."""
    previous = period.previous()
    record = history.records(previous).get(ind.code)
    if record is None or same_unit(record.unit, ind.unit):
        return
    path = history.files[previous]
    where = _unit_cell(path, record)
    old, new, code = record.unit, ind.unit, ind.code
    opening = f"«Đơn vị» của «{code}» là «{new}», nhưng sổ tháng trước {where} ghi «{old}»"
    factor = scale_between(old, new)  # not 1: same_unit says one unit written two ways
    before = _figures(history, previous, code)
    clue = None if factor is None else _unscaled(ind, before, factor)
    if factor is None or clue is None:
        plan = None if factor is None else _plan_left(ind, before, (factor, old, path.name))
        if factor is not None and agreed and not plan and _sizes(ind, before, factor)[0]:
            say(Severity.INFO, "unit", _rescaled(code, (old, new, factor), where))
            return
        say(
            Severity.WARNING,
            "unit",
            f"{opening}. Nếu đơn vị đổi từ tháng này, hãy kiểm tra mọi số của hàng đã theo "
            f"«{new}» chưa; nếu không, hãy sửa «Đơn vị» thành «{old}».",
        )
        if plan:
            say(Severity.ERROR, "annual_plan", plan)
        return
    odd = _last_months_slip(ind, previous, history, factor, (opening, path.name))
    if odd:
        say(Severity.WARNING, "unit", odd)
        return
    shown = next((v for v in (ind.value, ind.ytd) if v is not None), None)
    printed = (
        "" if shown is None else (f" Báo cáo sẽ in «{format_number(shown, ind.decimals)} {new}».")
    )
    say(
        Severity.ERROR,
        "unit",
        f"{opening}, mà các số của hàng vẫn theo «{old}»: {clue}, chứ không {_times(factor)} như "
        f"khi đã đổi sang «{new}».{printed} Hãy sửa «Đơn vị» thành «{old}», hoặc đổi mọi số "
        f"của hàng sang «{new}» (nếu chính sổ {path.name} ghi nhầm đơn vị, hãy sửa đơn vị "
        "trong sổ đó).",
    )


def _rescaled(code: str, change: tuple[str, str, Decimal], where: str) -> str:
    """The note on a unit changed with every figure of the row (``change``: last month's
    unit, this month's, and how many of this make one of that); ``where``: last month's
    unit cell."""
    old, new, factor = change
    return (
        f"«Đơn vị» của «{code}» đổi từ «{old}» ở sổ tháng trước {where} sang «{new}», và các "
        f"số của hàng đã đổi theo (1 {old} = {format_at_least(factor, 0)} {new}): khớp với "
        f"số của các sổ trước sau khi quy đổi sang «{new}». Báo cáo so sánh với các tháng "
        f"trước theo «{new}»."
    )


def _plan_left(
    ind: Indicator, before: dict[str, Sourced], change: tuple[Decimal, str, str]
) -> str | None:
    """The error at ``ind``'s plan when the row's other figures were rescaled to its new
    unit but the plan is nearer to last month's plan than to it rescaled; else None.
    ``change``: the factor between the units, last month's unit and last month's file name."""
    factor, old, name = change
    then = before.get("annual_plan")
    plan = ind.annual_plan
    if plan is None or then is None or plan <= 0 or then.value <= 0:
        return None
    if _nearer_rescaled(plan, then.value, factor):
        return None
    share = plan_share(ind.ytd, plan)
    printed = (
        ""
        if share is None
        else f" Báo cáo sẽ in tỷ lệ đạt kế hoạch «{format_percent(share, ind.pct_decimals)}»."
    )
    return (
        f"«Kế hoạch năm» của «{ind.code}» ({format_at_least(plan, ind.decimals)}) cùng cỡ với "
        f"«Kế hoạch năm» trong sổ {name} ({format_at_least(then.value, ind.decimals)}, "
        f"{CHI_TIEU.name}!{then.ref}), ghi theo «{old}», chứ không {_times(factor)} như các "
        f"số khác của hàng đã đổi sang «{ind.unit}».{printed} Hãy đổi «Kế hoạch năm» sang "
        f"«{ind.unit}»."
    )


def _last_months_slip(
    ind: Indicator, previous: Period, history: History, factor: Decimal, said: tuple[str, str]
) -> str:
    """When the workbook before last month's writes the row in this month's unit, last
    month's unit was likely the slip (its figures are of this month's size): the warning
    that says so, else "". Not when this month's figures are that workbook's at last
    month's scale (80.000 tấn, then 90 nghìn tấn, then "100 tấn"): last month's unit was
    then right, and this month's figures are left in it. ``said``: the opening of the
    message and last month's file name."""
    before = previous.previous()
    record = history.records(before).get(ind.code)
    if record is None or not same_unit(record.unit, ind.unit):
        return ""
    if _sizes(ind, _figures(history, before, ind.code), 1 / factor)[0]:
        return ""
    opening, name = said
    path = history.files[before]
    where = _unit_cell(path, record)
    return (
        f"{opening}, còn sổ {where} trước đó ghi «{record.unit}» như sổ này, và các số của "
        f"hàng cùng cỡ với số của sổ {name}: có thể sổ {name} ghi nhầm đơn vị. Hãy sửa đơn "
        f"vị trong sổ {name} rồi lưu lại."
    )


def _unit_cell(path: Path, record: Record) -> str:
    """An earlier workbook's unit cell as messages name it: "2024-02.xlsx (ChiTieu!C13)"."""
    return f"{path.name} ({CHI_TIEU.name}!{record.unit_ref})" if record.unit_ref else path.name
