"""The place of the date line typed as the province is written in a sentence:
``[organization] place`` = "tỉnh Trường Giang" printed "tỉnh Trường Giang, ngày 25 tháng 3
năm 2025", where Decree 30/2020/NĐ-CP writes the province's own name, without "tỉnh", for
every body of the province. A warning at the key. "Thành phố" is not said: Decree 30 keeps
it before a city's name that is a person's name too."""

from __future__ import annotations

import re

from baocao.config import TO_FILL, Config
from baocao.errors import Problem, warning

# "tỉnh" opening the place, in any case, before a name.
_PROVINCE_WORD = re.compile(r"tỉnh\s+(?=\w)", re.IGNORECASE)


def place_line(config: Config) -> list[Problem]:
    """A warning at ``organization.place`` when it opens with the word "tỉnh"."""
    typed = " ".join(config.organization.place.split())
    found = _PROVINCE_WORD.match(typed)
    if found is None or TO_FILL in typed:
        return []
    meant = typed[found.end() :]
    message = (
        f"Khóa «place» ghi «{typed}»: báo cáo sẽ in «{typed}, ngày … tháng … năm …», mà theo "
        "Nghị định 30/2020/NĐ-CP địa danh ở dòng ngày tháng là tên riêng của tỉnh, không có "
        f"chữ «{found.group().strip()}». Hãy ghi «{meant}»."
    )
    return [warning(message, config.source, place="organization.place")]
