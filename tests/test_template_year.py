"""A year typed as digits right after a template's month tag ("tháng {{ doc.month }} năm
2025"): January 2026's date line read "ngày 30 tháng 01 năm 2025" with a clean check
(office21). A warning at the paragraph, naming the tag to write instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.templatecheck import check_template

from helpers import one_paragraph_template, sample_context


@pytest.mark.parametrize(
    ("text", "typed", "year", "tag"),
    [
        (
            "{{ org.place }}, ngày {{ doc.day }} tháng {{ doc.month }} năm 2025",
            "{{ doc.month }} năm 2025",
            "2025",
            "{{ doc.year }}",
        ),
        ("KẾT QUẢ THÁNG {{ month }} NĂM 2023", "{{ month }} NĂM 2023", "2023", "{{ year }}"),
        ("Nhiệm vụ tháng {{next_month}}/2025", "{{next_month}}/2025", "2025", "{{ next_year }}"),
    ],
)
def test_a_year_typed_after_a_month_tag_is_said(
    tmp_path: Path, text: str, typed: str, year: str, tag: str
) -> None:
    tpl = one_paragraph_template(tmp_path, text)
    found = [
        (p.severity.name, p.place, p.message)
        for p in check_template(tpl, sample_context(), dry_run=False)
    ]
    assert found == [
        (
            "WARNING",
            "đoạn 1",
            f"Mẫu ghi năm cố định «{typed}» ngay sau tháng của báo cáo, nên báo cáo tháng nào "
            f"cũng in năm {year}. Hãy thay «{year}» bằng «{tag}».",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ngày {{ doc.day }} tháng {{ doc.month }} năm {{ doc.year }}",
        "Theo Nghị quyết số 05/NQ-HĐND ngày 12 tháng 7 năm 2021, tháng {{ month }}",
        "{{ report.month_label }} năm 2021 - 2025",
    ],
)
def test_a_year_tag_or_a_year_of_the_offices_own_words_is_quiet(tmp_path: Path, text: str) -> None:
    tpl = one_paragraph_template(tmp_path, text)
    assert check_template(tpl, sample_context(), dry_run=False) == []
