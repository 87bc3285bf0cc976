"""A config text naming the period with a year typed as digits ("… tháng {next_month} năm
2025" set up in 2025) prints that year in every later report: January 2026's title would
read "tháng 2 năm 2025". A warning at the key, while the year typed is not this report's
or the next one's."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period
from test_figures import month_book, row

from helpers import SUMMARY, write_config

JANUARY = Period(2026, 1)


def _said(
    folder: Path, period: Period, added: str, summary: str | None = None
) -> list[tuple[str, str | None, str]]:
    """check of ``period`` with ``added`` to the config and its ``[document] summary``
    replaced by ``summary`` (None: left out): what is said at its period texts."""
    data = folder / "data"
    data.mkdir(exist_ok=True)
    month_book(data, period, {}, [row("x", 100, None, None, 300)])
    config = write_config(folder, template=None)
    text = config.read_text(encoding="utf-8")
    line = f'summary = "{SUMMARY}"\n'
    text = text.replace(line, "" if summary is None else f'summary = "{summary}"\n')
    config.write_text(text + added, encoding="utf-8")
    return [
        (p.severity.name, p.place, p.message)
        for p in check_inputs(load_config(config), period).problems
        if p.place is not None and p.place.startswith(("wording.", "document."))
    ]


@pytest.mark.parametrize(
    ("added", "place", "typed", "said"),
    [
        (
            '\n[wording.month]\nsummary = "Kết quả thực hiện nhiệm vụ tháng {month} và nhiệm '
            'vụ trọng tâm tháng {next_month} năm 2025"\n',
            "wording.month.summary",
            "năm 2025",
            "Kết quả thực hiện nhiệm vụ tháng 1 và nhiệm vụ trọng tâm tháng 2 năm 2025",
        ),
        (
            '\n[wording.month]\nsection_one = "KẾT QUẢ CHỦ YẾU THÁNG {month} NĂM 2025"\n',
            "wording.month.section_one",
            "NĂM 2025",
            "KẾT QUẢ CHỦ YẾU THÁNG 1 NĂM 2025",
        ),
        (
            '\n[wording.month]\ntitle = "Báo cáo tháng {month}/2025"\n',
            "wording.month.title",
            "/2025",
            "Báo cáo tháng 1/2025",
        ),
    ],
)
def test_a_year_typed_in_the_wording_is_said(
    tmp_path: Path, added: str, place: str, typed: str, said: str
) -> None:
    key = place.rsplit(".", 1)[1]
    assert _said(tmp_path, JANUARY, added) == [
        (
            "WARNING",
            place,
            f"Khóa «{key}» ghi năm cố định «{typed}», nên báo cáo nào cũng in năm 2025: báo "
            f"cáo tháng 1/2026 sẽ in «{said}». Hãy thay «2025» bằng {{year}} (năm của báo "
            "cáo) hoặc {next_year} (năm của tháng sau), để mỗi tháng in đúng năm của nó.",
        )
    ]


def test_a_year_typed_in_the_document_summary_is_said(tmp_path: Path) -> None:
    summary = (
        "Kết quả thực hiện nhiệm vụ tháng {month} năm 2025 và nhiệm vụ trọng tâm tháng "
        "{next_month} năm {next_year}"
    )
    # [wording.month] summary is not printed under [document] summary: not said
    added = '\n[wording.month]\nsummary = "Tháng {month} năm 2025"\n'
    assert _said(tmp_path, JANUARY, added, summary) == [
        (
            "WARNING",
            "document.summary",
            "Khóa «summary» ghi năm cố định «năm 2025», nên báo cáo nào cũng in năm 2025: báo "
            "cáo tháng 1/2026 sẽ in «Kết quả thực hiện nhiệm vụ tháng 1 năm 2025 và nhiệm vụ "
            "trọng tâm tháng 2 năm 2026». Hãy thay «2025» bằng {year} (năm của báo cáo) hoặc "
            "{next_year} (năm của tháng sau), để mỗi tháng in đúng năm của nó.",
        )
    ]


@pytest.mark.parametrize(
    ("period", "added"),
    [
        (JANUARY, ""),
        (JANUARY, '\n[wording.month]\nsummary = "Tình hình tháng {month} năm {year}"\n'),
        # a year still right this month prints nothing wrong yet
        (JANUARY, '\n[wording.month]\nsection_two = "NHIỆM VỤ THÁNG {next_month} NĂM 2026"\n'),
        (Period(2025, 12), '\n[wording.month]\nsection_two = "NHIỆM VỤ THÁNG 1 NĂM 2026"\n'),
        # a span of years, a document's number
        (
            JANUARY,
            '\n[wording.month]\nsummary = "Tháng {month}/{year}, giai đoạn năm 2021 - 2025"\n',
        ),
        (JANUARY, '\n[wording.month]\nsummary = "Tháng {month} năm {year} (Nghị quyết 05)"\n'),
    ],
)
def test_a_year_of_the_report_or_none_typed_is_quiet(
    tmp_path: Path, period: Period, added: str
) -> None:
    assert _said(tmp_path, period, added) == []


def test_the_default_summary_of_the_config_is_quiet(tmp_path: Path) -> None:
    assert _said(tmp_path, JANUARY, "", SUMMARY) == []
