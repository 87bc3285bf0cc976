"""The tasks of the month after Tết carry on "after Tết": February 2026's report of an
office (province46, Thanh Hóa 2/2026; Tết Bính Ngọ fell on 17 February 2026) sets March's
tasks "Đôn đốc các doanh nghiệp nhanh chóng ổn định sản xuất sau Tết Nguyên đán Bính Ngọ
2026 …" and "Tăng cường kiểm tra, kiểm soát thị trường sau Tết Nguyên đán Bính Ngọ năm
2026.", each warned as a Tết already past. A Tết named after "sau" is not past for the
tasks of March of its year; one named with what comes before it ("trước, trong và sau
Tết …"), or after "sau" in April's tasks, still is."""

from __future__ import annotations

from pathlib import Path

from baocao.period import Period
from test_copied_rows import tasks_said

SAID = (
    "Nhiệm vụ này nêu «{}», Tết của năm {}, đã qua, nhưng phần II của báo cáo tháng {} là "
    "nhiệm vụ của tháng {}: có lẽ nhiệm vụ được chép từ báo cáo trước mà chưa cập nhật. Hãy "
    "cập nhật nhiệm vụ này, hoặc bỏ nếu không còn cần."
)
TASKS = [
    "Đôn đốc các doanh nghiệp nhanh chóng ổn định sản xuất sau Tết Nguyên đán Bính Ngọ 2026.",
    "Tăng cường kiểm tra, kiểm soát thị trường sau Tết Nguyên đán Bính Ngọ năm 2026.",
    "Theo dõi sức mua sau kỳ nghỉ Tết Bính Ngọ.",
    "Theo dõi diễn biến thị trường trước, trong và sau Tết Nguyên đán Bính Ngọ 2026.",
    "Bảo đảm cung ứng hàng hóa trong và sau Tết Nguyên đán 2026.",
]


def test_after_tet_is_quiet_in_marchs_tasks(tmp_path: Path) -> None:
    assert tasks_said(tmp_path, Period(2026, 2), TASKS, {}, 200) == [
        ("WARNING", "B5", SAID.format("Tết Nguyên đán Bính Ngọ 2026", 2026, "2/2026", "3/2026")),
        ("WARNING", "B6", SAID.format("Tết Nguyên đán 2026", 2026, "2/2026", "3/2026")),
    ]


def test_after_tet_is_past_in_aprils_tasks(tmp_path: Path) -> None:
    assert tasks_said(tmp_path, Period(2026, 3), TASKS[:1], {}, 300) == [
        ("WARNING", "B2", SAID.format("Tết Nguyên đán Bính Ngọ 2026", 2026, "3/2026", "4/2026"))
    ]
