"""The signer's lines without a full stop or comma typed at their end.

``nguoi_ky`` "Nguyễn Văn Phương." was printed so under the signature, and ``chuc_vu``
"PHÓ GIÁM ĐỐC." so above it: Decree 30/2020/NĐ-CP sets no punctuation after a title or a
name. Each line's end loses it, with a note at the cell; not after a single letter (an
initial, "Nguyễn Văn A."), an authority's abbreviation ("KT.", "TM.") nor a degree's or a
rank's ("TS.", "ThS.", "PGS.TS.", "KS.", "GS."): "Nguyễn Văn Nam, KS." was printed "Nguyễn
Văn Nam, KS", and "…, TS." was said to have «TS» after the name.
"""

from __future__ import annotations

import re

from baocao.cells import Reading

# Decree 30's abbreviations opening an authority line ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN
# DÂN", "TL.", "TUQ."), in capitals; "Q." (quyền), a letter alone, is matched where needed.
AUTHORITIES = ("KT", "TM", "TL", "TUQ")
_KEYS = (("signer_name", "nguoi_ky"), ("signer_title", "chuc_vu"), ("signer_authority", "ky_thay"))
# A line ending with marks after a word of two letters or more that is no authority's
# abbreviation, or after a closing bracket ("(PGĐ).", whose title ``infotext`` then takes
# out): the marks go. A degree's or a rank's abbreviation (tiến sĩ, thạc sĩ, kỹ sư, giáo
# sư, phó giáo sư, bác sĩ, nghiên cứu sinh, cử nhân) keeps its own full stop, and loses
# the marks after it ("TS.," → "TS.").
_DEGREES = ("TS", "THS", "KS", "GS", "PGS", "BS", "NCS", "CN")
_AFTER_DEGREE = "".join(f"|(?<=\\b{word}\\.)" for word in _DEGREES)
_NO_STOP_OF = "".join(f"(?<!\\b{word})" for word in _DEGREES)
_NOT_AUTHORITY = "".join(f"(?<!\\b{word})" for word in AUTHORITIES)
_END = re.compile(
    rf"(?:(?<=[^\W\d_]{{2}})|(?<=[)\]»”]){_AFTER_DEGREE}){_NOT_AUTHORITY}"
    rf"(?:{_NO_STOP_OF}|(?!\s*\.))\s*[.,;:]+\s*$",
    re.IGNORECASE,
)


def _unstopped(text: str) -> str:
    return "\n".join(_END.sub("", line) for line in text.split("\n"))


def drop_end_stops(ctx: Reading, title: str, fields: dict[str, object]) -> None:
    """``nguoi_ky``, ``chuc_vu`` and ``ky_thay`` (at the start of ``infotext.as_printed``) without
    the marks typed at the end of a line, each change a note at its cell."""
    for name, key in _KEYS:
        typed = fields.get(name)
        if not isinstance(typed, str) or (printed := _unstopped(typed)) == typed:
            continue
        fields[name] = printed
        ctx.note(
            title,
            ctx.locator.info.get(key),
            f"Khóa «{key}» được viết thành «{printed}» vì dòng chức vụ, họ tên người ký không "
            "có dấu câu ở cuối (Nghị định 30/2020/NĐ-CP).",
        )
