"""The trend chart of the appendix, drawn with matplotlib (the optional extra ``baocao[chart]``).

matplotlib is imported only when a chart is asked for; without it, asking
for one stops before anything is written, with the command that installs it.
"""

from __future__ import annotations

import io
import math
from decimal import Decimal
from typing import Any

from baocao.errors import ChartError
from baocao.history import SeriesRow
from baocao.vnformat import format_number

INSTALL = "pip install 'baocao[chart]'"
SIZE_IN = (9.0, 3.6)  # inches at DPI: a 900 × 360 px image
DPI = 100
BAR_COLOUR = "#2f5597"


def require_chart_library() -> None:
    """Stop with the install command when matplotlib is missing."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        raise ChartError(
            "Chưa cài thư viện vẽ biểu đồ (matplotlib) nên không vẽ được biểu đồ. Hãy cài bằng "
            f"lệnh: {INSTALL} rồi chạy lại, hoặc bỏ --chart."
        ) from exc


def _axis_label(value: float, _position: int) -> str:
    return format_number(Decimal(str(float(value))), 0)


def render_chart(rows: list[SeriesRow], title: str, decimals: int) -> bytes:
    """A bar chart of the series, Vietnamese labels and numbers, as PNG bytes (reproducible)."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    figure = Figure(figsize=SIZE_IN, dpi=DPI)
    axes: Any = figure.subplots()
    values = [math.nan if r.value is None else float(r.value) for r in rows]
    positions = list(range(len(rows)))
    axes.bar(positions, values, color=BAR_COLOUR, width=0.65)
    for x, row in zip(positions, rows, strict=True):
        if row.value is not None:
            axes.annotate(
                format_number(row.value, decimals),
                (x, float(row.value)),
                ha="center",
                va="bottom",
                fontsize=7,
                xytext=(0, 2),
                textcoords="offset points",
            )
    axes.set_xticks(positions, [f"{m}/{y}" for y, m in (r.period for r in rows)], fontsize=8)
    axes.yaxis.set_major_formatter(FuncFormatter(_axis_label))
    axes.tick_params(axis="y", labelsize=8)
    axes.set_title(title, fontsize=10)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()
