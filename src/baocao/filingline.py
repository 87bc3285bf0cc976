"""The "Nơi nhận" list without its filing line ("Lưu: VT, KHTC").

Decree 30/2020/NĐ-CP closes every document's "Nơi nhận" with where it is filed: "Lưu: VT,
…" (the clerk's office and the drafting office). A config whose ``[recipients] lines`` name
only the bodies the report goes to (the filing line deleted with the sample's own lines, or
never typed) printed a "Nơi nhận" without it, with a clean check. A warning at the key. The
line is found wherever it is typed: a line of its own ("Lưu: VT, KHTC", "- Lưu VT."), a
group's name ({ name = "Lưu", items = ["VT", "KHTC"] }) or one of a group's items, as the
sample types it under "Sở Công Thương"; an archive named as a recipient ("Lưu trữ lịch sử
tỉnh") is not one."""

from __future__ import annotations

import re

from baocao.config import Config, RecipientGroup
from baocao.errors import Problem, warning

# "Lưu" opening a line, after the marks a line may be typed with ("- ", "+ ", "• "); not
# "Lưu trữ …", an archive that is a recipient.
_FILING = re.compile(r"^[\s\-+–•*]*lưu(?!\w)(?!\s*trữ)", re.IGNORECASE)


def no_filing_line(config: Config) -> list[Problem]:
    """A warning at ``[recipients] lines`` when none of its lines, groups or items opens
    with "Lưu" (see the module's docstring)."""
    typed: list[str] = []
    for line in config.recipients.lines:
        if isinstance(line, RecipientGroup):
            typed += [line.name, *line.items]
        else:
            typed.append(line)
    if any(_FILING.match(text) for text in typed):
        return []
    message = (
        "Khóa «lines» của [recipients] không có dòng «Lưu»: theo Nghị định 30, phần «Nơi "
        "nhận» kết thúc bằng nơi lưu văn bản, ví dụ «Lưu: VT, KHTC». Hãy thêm dòng đó vào "
        "cuối danh sách."
    )
    return [warning(message, config.source, place="recipients.lines")]
