"""The trend chart of the appendix, drawn with matplotlib (the optional extra ``baocao[chart]``).

matplotlib is imported only when a chart is asked for; without it, asking
for one stops before anything is written, with the command that installs it.

The chart is drawn at the size it is printed (the appendix's text width by
``HEIGHT_MM``) and at ``DPI``, so its 9 pt text is 9 pt on paper. Its caption
is a paragraph of the template, not part of the picture.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from baocao.errors import ChartError
from baocao.history import SeriesRow
from baocao.period import Period
from baocao.vnformat import format_number

INSTALL = "pip install 'baocao[chart]'"
# Times New Roman as in the document; Liberation Serif has its metrics (Linux); DejaVu
# Serif ships with matplotlib. The first one installed is used.
FONTS = ("Times New Roman", "Liberation Serif", "DejaVu Serif")
HEIGHT_MM = 90.0  # under a short table; with its caption on the next page under a long one
DPI = 300  # print resolution
FONT_PT = 10.0
MIN_FONT_PT = 5.0  # an upright label's type when 60 months share the width
BAR_COLOUR = "#2f5597"
MM_PER_INCH = 25.4


@dataclass(frozen=True)
class TrendChart:
    """The chart's PNG, its printed width, and what its caption says."""

    png: bytes
    width_mm: float
    name: str
    unit: str
    periods: tuple[Period, ...]
    missing: tuple[Period, ...]  # months no workbook gives a figure for: no bar
    left_out: tuple[Period, ...] = ()  # months whose figure is in another unit, or no number


def require_chart_library() -> None:
    """Stop with the install command when matplotlib is missing. Its logger says only
    errors: matplotlib advises in English, on stderr, on a configuration folder it cannot
    write (a cron job's HOME), which cron mails as the run's output; it then uses a
    temporary one, and the chart is the same."""
    import logging  # only with a chart: a build without one imports no logging

    logging.getLogger("matplotlib").setLevel(logging.ERROR)
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        raise ChartError(
            "Chưa cài thư viện vẽ biểu đồ (matplotlib) nên không vẽ được biểu đồ. Hãy cài bằng "
            f"lệnh: {INSTALL} rồi chạy lại, hoặc bỏ --chart."
        ) from exc


def font_family() -> list[str]:
    """The installed fonts of ``FONTS``, in order; matplotlib's own serif when none is."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return [name for name in FONTS if name in installed] or ["serif"]


@contextlib.contextmanager
def chart_style() -> Iterator[None]:
    """matplotlib settings for the chart, for the duration of the block only."""
    import matplotlib

    matplotlib.use("Agg")
    with matplotlib.rc_context({"font.family": font_family(), "font.size": FONT_PT}):
        yield


def _axis_label(value: float, _position: int) -> str:
    """A tick as it is: 0,5 between 0 and 1, never rounded to "1" beside the tick of 1."""
    exact = round(Decimal(str(float(value))), 6).normalize()
    exponent = exact.as_tuple().exponent
    return format_number(exact, max(0, -exponent) if isinstance(exponent, int) else 0)


def draw_chart(
    rows: Sequence[SeriesRow], decimals: int, width_mm: float, height_mm: float = HEIGHT_MM
) -> Any:
    """The bar chart of the series as a laid-out matplotlib Figure of the printed size, to
    draw within ``chart_style`` (as ``render_chart`` does).

    A month without a figure keeps its place on the axis, with no bar.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    with chart_style():
        figure = Figure(figsize=(width_mm / MM_PER_INCH, height_mm / MM_PER_INCH), dpi=DPI)
        FigureCanvasAgg(figure)  # a renderer to measure the labels with (fit_labels)
        axes: Any = figure.subplots()
        known = [(x, r.value) for x, r in enumerate(rows) if r.value is not None]
        heights = [float(v) for _, v in known]
        axes.bar([x for x, _ in known], heights, color=BAR_COLOUR, width=0.6)
        labels = [
            axes.annotate(
                format_number(value, decimals),
                (x, float(value)),
                ha="center",
                va="bottom" if value >= 0 else "top",  # a negative figure's under its bar
                xytext=(0, 1.5 if value >= 0 else -1.5),
                textcoords="offset points",
            )
            for x, value in known
        ]
        axes.set_xticks(range(len(rows)), [f"{m}/{y}" for y, m in (r.period for r in rows)])
        axes.set_xlim(-0.6, len(rows) - 0.4)
        # From 0, or below it when a figure is negative (a trade balance): a negative bar
        # hangs under the zero line, never cut off as if the month had no figure. No month
        # with a figure (a year's report typed as its totals alone) is an empty axis.
        top, bottom = max([0.0, *heights]), min([0.0, *heights])
        if bottom < 0:
            axes.axhline(0, color="black", linewidth=0.6)
        # Room for the labels over (under) the bars.
        pad = (top - bottom) * 0.18
        axes.set_ylim(bottom - pad if bottom < 0 else 0, top + pad if top > 0 else int(pad == 0))
        axes.yaxis.set_major_formatter(FuncFormatter(_axis_label))
        # Whole ticks for whole figures; a tick of 0,25 is written so (_axis_label).
        locator = MaxNLocator(nbins=3, min_n_ticks=2, integer=decimals == 0)
        axes.yaxis.set_major_locator(locator)
        axes.tick_params(length=2, pad=2)
        axes.grid(axis="y", color="#d9d9d9", linewidth=0.5)
        axes.set_axisbelow(True)
        axes.spines[["top", "right"]].set_visible(False)
        # Laid out in the style, which gives every text its font: tight_layout measures
        # them all. A full draw here as well (25 ms) changed no pixel of the picture.
        figure.tight_layout(pad=0.2)
        if fit_labels(figure, axes, labels, len(rows), (bottom, top)):
            figure.tight_layout(pad=0.2)
            fit_labels(figure, axes, labels, len(rows), (bottom, top))
    return figure


def fit_labels(
    figure: Any, axes: Any, labels: list[Any], months: int, span: tuple[float, float]
) -> bool:
    """Labels wider than a month's slot stand upright, in a smaller type when a line is
    still thicker than the slot, rather than overlap their neighbours (figures of 12 digits,
    60 months); the axis is raised so an upright label stays over its bar. True when any
    label was turned (the layout is then done again)."""
    renderer = figure.canvas.get_renderer()
    box = axes.get_window_extent(renderer)
    slot = box.width / max(months, 1) * 0.92
    turned = False
    for texts in (axes.get_xticklabels(), labels):
        if not texts or max(t.get_window_extent(renderer).width for t in texts) <= slot:
            continue
        turned = True
        for text in texts:
            text.set_rotation(90)
        thick = max(t.get_window_extent(renderer).width for t in texts)
        if thick > slot:
            for text in texts:
                text.set_fontsize(max(MIN_FONT_PT, FONT_PT * slot / thick))
    if labels and labels[0].get_rotation():
        tall = max(t.get_window_extent(renderer).height for t in labels) + 6 * DPI / 72
        room = max(0.2, 1 - tall * (2 if span[0] < 0 < span[1] else 1) / box.height)
        axes.set_ylim(span[0] / room, span[1] / room if span[1] > 0 else int(span[0] == 0))
    return turned


def render_chart(
    rows: Sequence[SeriesRow], decimals: int, width_mm: float, height_mm: float = HEIGHT_MM
) -> bytes:
    """The chart as PNG bytes at ``DPI``; the same series gives the same bytes.

    The pixels are the canvas's, as drawn: a user's ``savefig.*`` settings (matplotlibrc:
    a transparent or coloured background, a tight box) do not change the report's chart.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from PIL import Image  # matplotlib's own dependency

    figure = draw_chart(rows, decimals, width_mm, height_mm)
    canvas: Any = FigureCanvasAgg(figure)
    with chart_style():
        canvas.draw()  # the pixels savefig would write, without a PNG written and read back
    size = canvas.get_width_height(physical=True)
    drawn = Image.frombuffer("RGBA", size, canvas.buffer_rgba(), "raw", "RGBA", 0, 1)
    # Opaque RGB: no alpha channel for a word processor to blend; no time or software
    # written, so the same series gives the same bytes. zlib's default level (50 ms):
    # Pillow's ``optimize`` (its highest) took 150 ms to make the file 2% smaller.
    out = io.BytesIO()
    drawn.convert("RGB").save(out, format="png", dpi=(DPI, DPI))
    return out.getvalue()


def make_chart(
    rows: Sequence[SeriesRow],
    name: str,
    unit: str,
    decimals: int,
    width_mm: float,
    *,
    draw: bool = True,
) -> TrendChart:
    """The trend chart of an indicator's series, ``width_mm`` wide; without ``draw`` (a
    check's dry run), the caption's values with a one-pixel stand-in for the picture, so
    the template's chart is rendered as a build renders it, without matplotlib."""
    return TrendChart(
        png=render_chart(rows, decimals, width_mm) if draw else STAND_IN_PNG,
        width_mm=width_mm,
        name=name,
        unit=unit,
        periods=tuple(r.period for r in rows),
        missing=tuple(r.period for r in rows if r.value is None and not r.left_out),
        left_out=tuple(r.period for r in rows if r.left_out),
    )


# The picture a check renders in the chart's place: a PNG of one white pixel (8-bit grey),
# its chunks IHDR, IDAT (a row: no filter, then white) and IEND, each with its CRC.
STAND_IN_PNG = (
    b"\x89PNG\r\n\x1a\n"
    b"\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00:~\x9bU"
    b"\x00\x00\x00\nIDATx\x9cc\xf8\x0f\x00\x01\x01\x01\x00\xb18\xf6\x14"
    b"\x00\x00\x00\x00IEND\xaeB`\x82"
)
