"""A subsection's own number typed tight against its heading's name, or with a slash:
"2.Về …", "2/ Về …", "2 . Về …" (office40), "2.1.Về …", "I.1.Công tác …", "II.Về …",
"III/ Công tác …" (mends40). The report numbers its subsections, and printed "1. 2.1.Về
sản xuất". ``celltext.typed_number`` drops it with the other numbers and marks."""

from __future__ import annotations

import re

# A number of up to three digits or a Roman numeral in capitals, with its dotted parts
# (each from 1: "4.0" is the heading's own, "Công nghiệp 4.0"), then ".", ")" or "/" (a
# space before it allowed) and a letter. Not a digit after the mark ("1.000 doanh nghiệp",
# "30/4"), nor a document's number and symbol ("15/KH-UBND về …", review29). A numeral is
# also a capital letter: one must be followed by a word of two letters or more, not by
# initials ("V.I.P") nor "V/v" (về việc).
TIGHT_NUMBER = re.compile(
    r"^((?:\d{1,3}|(?P<roman>[IVXL]{1,6}))(?:\.[1-9]\d?)*\s?[.)/])\s*"
    r"(?=[^\W\d_](?(roman)[^\W\d_]))(?![A-ZĐ]{1,6}-[A-ZĐ])"
)
