"""A name pasted with more of the statistics office's row than the name: the table's own
row number or list marker before it ("1. Tổng mức bán lẻ …", "a) …", "- …"), a colon or
another stop after it ("Kim ngạch xuất khẩu:"). A name stands inside a sentence ("Tổng mức
bán lẻ … tháng 3/2024 ước đạt 5.210 tỷ đồng"), which printed each of them. Each is
dropped, with a note at the cell."""

from __future__ import annotations

import re

from baocao.cells import Reading, shown

# A table's row number or list marker before a name: "1. ", "1.2. ", "1.2 ", "2) ", "a) ",
# "b. ", "IV. ", "II.1 ", "- ", "+ ", "• ", "* ", "– ", "— " (a marker also right before a
# letter: "-Tổng"). A number without "." or ")" after it is the name's own ("5 năm …"), and
# so is one with a thousands dot ("1.000 doanh nghiệp …": no row number has three digits
# after a dot).
_ROW_NUMBER = re.compile(
    r"^(?:((?:\d{1,3}|[ivxl]{1,6})(?:\.\d{1,2})+[.)]?|\d{1,3}[.)]|[a-zđ][.)]|[ivxl]{1,6}[.)])\s+"
    r"|([-+•*–—])\s*(?=[^\W\d_]))",
    re.I,
)

# An abbreviation of letters each with its full stop, closing a name: "v.v.", "T.Ư.".
_DOTTED = re.compile(r"(?<!\w)(?:\w\.){2,}$")


def unlisted_name(ctx: Reading, title: str, ref: str, header: str, name: str) -> str:
    """``name`` without the row number or list marker typed before it, nor the colon,
    semicolon, comma or full stop after it, with a note at the cell for each; a name of a
    number or a mark alone, an ellipsis and a dotted abbreviation's full stop are kept."""
    match = _ROW_NUMBER.match(name)
    rest = name[match.end() :] if match else ""
    if match is not None and any(c.isalpha() for c in rest):
        mark = match.group(1) or match.group(2)
        ctx.note(
            title,
            ref,
            f"Đã bỏ «{mark}» gõ ở đầu «{header}» {shown(name)}: tên đứng trong câu văn, "
            "không mang số thứ tự hay dấu đầu dòng của bảng.",
        )
        name = rest
    kept = name.rstrip(".,;: ")
    if kept and kept != name and not name.endswith(("...", "…")) and not _DOTTED.search(name):
        ctx.note(
            title,
            ref,
            f"Đã bỏ dấu câu ở cuối «{header}» {shown(name)}: tên đứng giữa câu văn.",
        )
        name = kept
    return name
