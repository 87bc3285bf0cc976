"""The config's own words for the title and the headings that the rendered report leaves out.

A `[wording.<kind>]` text the office wrote (``summary``, ``section_one``,
``section_two``; ``[document] summary`` for the monthly report) is printed by the template's
``{{ doc.summary }}`` and ``{{ report.section_one }}``, ``{{ report.section_two }}``. A
template whose heading the office retyped in Word ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM
THÁNG {{ next_month }}/{{ next_year }}") no longer prints the key, which was then ignored
with a clean check (office26). A text set in the config and not in the rendered report is
a warning at its key; a default left alone is nobody's choice, and is not looked for.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from baocao.config import Config
from baocao.errors import Problem, warning
from baocao.period import ReportKind
from baocao.views import ReportContext

_NOT_PRINTED = (
    "Khóa «{key}» của [{table}] trong tệp cấu hình ghi «{words}», nhưng báo cáo tạo ra không "
    "có cụm từ này: mẫu báo cáo không in {tag} (có thể mẫu viết sẵn chữ của nó). Hãy sửa mẫu "
    "báo cáo để in {tag}, hoặc xóa khóa này nếu mẫu báo cáo không cần."
)
# Each text: its key, the tag that prints it, and where the context holds it.
_TEXTS: tuple[tuple[str, str, Callable[[ReportContext], str]], ...] = (
    ("summary", "{{ doc.summary }}", lambda c: c.doc.summary),
    ("section_one", "{{ report.section_one }}", lambda c: c.report.section_one),
    ("section_two", "{{ report.section_two }}", lambda c: c.report.section_two),
)


def unprinted_wording(context: ReportContext, text: str, config: Config) -> list[Problem]:
    """A warning for each title or heading text the office set in the config that
    ``text`` (the rendered report's) does not hold."""
    kind = ReportKind(context.report.kind)
    own = getattr(config.wording, kind.key).model_fields_set
    said = comparable(text)
    found = []
    for key, tag, printed in _TEXTS:
        table = f"wording.{kind.key}"
        if key == "summary" and kind is ReportKind.MONTH and config.document.summary:
            table = "document"  # over [wording.month]'s, as documented
        elif key not in own:
            continue
        words = " ".join(printed(context).split())
        if not words or comparable(words) in said:
            continue
        message = _NOT_PRINTED.format(key=key, table=table, words=words, tag=tag)
        found.append(warning(message, config.source, place=f"{table}.{key}"))
    return found


def comparable(text: str) -> str:
    """``text`` compared as read: case, runs of spaces and the form of its marks aside (a
    template typed with combining marks, Unikey's «Unicode tổ hợp», reads as the
    workbook's precomposed text: NFC). ``leftout`` compares so too."""
    return unicodedata.normalize("NFC", " ".join(text.split()).casefold())
