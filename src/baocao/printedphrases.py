"""Words the office set for the report's sentences that the rendered report leaves out.

``so_sanh_ke_hoach`` and ``so_sanh_cung_ky`` (ThongTin, else ``[report] plan`` and
``[report] same_period`` of the config) name the bases of the figures' sentences, and
``nhan_dinh_sxcn`` is the word the index's sentence says of it. A template that writes
its own words instead (``attain('Kế hoạch năm')``, ``change('cùng kỳ')``, as a template
made for one office does) printed "đạt 23,1% so với Kế hoạch năm" for a workbook that said
"kế hoạch UBND tỉnh giao", with exit code 0 and nothing said.

After the dry run, each such word the office set (typed in ThongTin, or written in the
config: a default left alone is nobody's choice) must be in the rendered text whenever the
template context offered a clause that says it (a share of the plan, a change against last
year, the index's sentence): else a warning at the cell, or the config key, that set it.
Comparison is on the text as read (case and runs of spaces aside), so a template that
prints the context's clauses is never warned.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from baocao.config import Config
from baocao.errors import Problem, warning
from baocao.models import Info
from baocao.sheets import THONG_TIN
from baocao.views import ReportContext

_LEFT_OUT = (
    "{who} ghi «{words}», nhưng báo cáo tạo ra không có cụm từ này: mẫu báo cáo tự viết "
    "cụm từ của nó (ví dụ {fixed}) thay cho cụm từ của đơn vị. Hãy sửa mẫu báo cáo để dùng "
    "{tag}, hoặc xóa {what} nếu mẫu báo cáo không cần."
)
_NO_ASSESSMENT = (
    "Khóa «nhan_dinh_sxcn» ghi «{words}», nhưng báo cáo tạo ra không có nhận định này: mẫu "
    "báo cáo không in {{{{ iip_assessment }}}} trong câu về chỉ số sản xuất công nghiệp. Hãy "
    "thêm {{{{ iip_assessment }}}} vào câu đó của mẫu báo cáo, hoặc xóa ô này nếu không cần."
)
# Each base: ThongTin's key, its Info field, the config's [report] key, what a template made
# for one office writes instead, and the tag that writes the office's words.
_BASES = (
    ("so_sanh_ke_hoach", "plan_base", "plan", "attain('Kế hoạch năm')", "attain(report.plan)"),
    (
        "so_sanh_cung_ky",
        "same_period_base",
        "same_period",
        "change('cùng kỳ')",
        "change(report.same_period)",
    ),
)


def left_out_phrases(
    context: ReportContext,
    info: Info,
    text: str,
    workbook: Path,
    info_cells: dict[str, str],
    config: Config,
) -> list[Problem]:
    """A warning for each base or assessment the office set that ``text`` (the rendered
    report's) does not hold though the context offered it; ``info_cells`` are ThongTin's
    value cells by key."""
    said = _plain(text)
    offered = [_plain(c) for c in _clauses(context)]
    found = []
    for key, attribute, field, fixed, tag in _BASES:
        typed = getattr(info, attribute)
        words = getattr(context.report, field)
        plain = _plain(words)
        if typed is None and field not in config.report.model_fields_set:
            continue  # the default: nobody's choice
        if plain in said or not any(plain in clause for clause in offered):
            continue
        if typed is not None:
            message = _LEFT_OUT.format(
                who=f"Khóa «{key}»", words=words, fixed=fixed, tag=tag, what="ô này"
            )
            found.append(warning(message, workbook, THONG_TIN.name, info_cells.get(key)))
        else:
            message = _LEFT_OUT.format(
                who=f"Mục [report] {field} của tệp cấu hình",
                words=words,
                fixed=fixed,
                tag=tag,
                what="khóa này",
            )
            found.append(warning(message, config.source, place=f"report.{field}"))
    words = context.iip_assessment
    if info.iip_assessment and words and len(context.iip) and _plain(words) not in said:
        message = _NO_ASSESSMENT.format(words=words)
        found.append(warning(message, workbook, THONG_TIN.name, info_cells.get("nhan_dinh_sxcn")))
    return found


def _clauses(context: ReportContext) -> Iterator[str]:
    """Every clause the context offers the template, of the figures and of the index."""
    for view in context.ct.values():
        yield from (view.mom_clause, view.yoy_clause, view.ytd_yoy_clause, view.plan_clause)
        yield from (view.total_yoy_clause, *view.line_clauses)
    for row in context.iip.values():
        yield from (row.yoy_clause, row.mom_clause, row.ytd_clause)


def _plain(text: str) -> str:
    """``text`` compared as read: case and runs of spaces aside."""
    return " ".join(text.split()).casefold()
