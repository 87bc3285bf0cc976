"""A breakdown row's period total said in its month's line of a monthly report."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from baocao.figures import Basis
    from baocao.models import Indicator


def clause(total_line: tuple[str, str, tuple[str, ...]], ind: Indicator, basis: Basis) -> str:
    """ "cộng dồn 02 tháng đầu năm ước đạt 10.241 tỷ đồng, tăng 10,05% so với cùng kỳ và
    đạt 16,26% so với Kế hoạch năm": the period's total of a row with its own annual plan,
    after its month's changes in a monthly report's breakdown line, which reads the month
    alone: the plan share the office typed the plan for (and the total it is of) was else
    written in the appendix alone. "" in January, whose total is the month, for a row
    without a plan or a total (an office's breakdown of the month keeps its month's line)
    and for a total row, whose own sentence says its total."""
    label, value, clauses = total_line
    if ind.parent is None or ind.annual_plan is None or not value:  # a total has its sentence
        return ""
    if not basis.monthly or basis.period.month == 1:
        return ""
    if ind.is_summed and not value.strip("0,"):  # "0", "0,00": a sum's 0
        return f"{label} không phát sinh"
    amount = f"{value}{'' if ind.unit.startswith('%') else ' '}{ind.unit}"
    return ", ".join((f"{label} ước đạt {amount}", *clauses))
