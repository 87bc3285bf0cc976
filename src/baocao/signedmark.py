"""The words of a signature typed with the signer's name in ThongTin (``nguoi_ky``).

A published copy of a signed report prints "(Đã ký)" between the title and the name, and
a form writes "(Ký, ghi rõ họ tên)" there: pasted with the name ("(Đã ký)\\nNguyễn Văn A",
"Nguyễn Văn A - Đã ký"), the report printed them under the title with a clean check,
and "(đã ký)" alone as the name, "(Đã Ký)". The words are dropped, with a warning at the
cell; a cell of nothing else is read as blank (the config's name is printed). A given name
"Ký" ("Nguyễn Văn Ký") is a name.
"""

from __future__ import annotations

import re

from baocao.cells import Reading

# "Đã ký" (also "kí"), alone or in brackets, or brackets opening with "Ký": "(Ký, ghi rõ
# họ tên)", "(Ký tên, đóng dấu)".
_MARK = r"(?:\(\s*(?:đã\s+)?k[ýí]\b[^()]*\)|\[\s*(?:đã\s+)?k[ýí]\b[^\[\]]*\]|đã\s+k[ýí]\b)"
_BEFORE = re.compile(rf"^\s*({_MARK})(?:\s*[-–:,]\s*|\s+|\s*$)", re.IGNORECASE)
# Its search starts after a word, never inside a run of spaces: from each of a run's spaces
# the run was read again up to its end, and 30 000 spaces in a name took 9 seconds. The
# leftmost match, the one found, never starts after a space (it would start a space sooner).
_AFTER = re.compile(rf"(?<!\s)(?:\s*[-–,]\s*|\s+)({_MARK})\s*$", re.IGNORECASE)

_WHY = "lời ghi về chữ ký (của bản sao văn bản đã ký, hay của mẫu), không phải họ tên người ký"


def signature_mark(typed: str) -> tuple[str, str, bool] | None:
    """The words of a signature typed before or after a name (``_MARK``), the name without
    them ("" for none) and whether they came before it; None for none."""
    before = _BEFORE.match(typed)
    match = before or _AFTER.search(typed)
    if match is None:
        return None
    name = (typed[match.end() :] if before else typed[: match.start()]).strip()
    return " ".join(match.group(1).split()), name, before is not None


def unsigned_name(ctx: Reading, title: str, fields: dict[str, object]) -> None:
    """``nguoi_ky`` without the words of a signature before or after the name, with a
    warning at the cell; of nothing else, blank."""
    typed = fields.get("signer_name")
    marked = signature_mark(typed) if isinstance(typed, str) else None
    if marked is None:
        return
    said, name, before = marked
    cell = ctx.locator.info.get("nguoi_ky")
    if not any(c.isalpha() for c in name):
        fields["signer_name"] = None
        ctx.warn(
            title,
            cell,
            f"Khóa «nguoi_ky» chỉ ghi «{said}», {_WHY}: ô được coi là để trống, và báo cáo in "
            "khóa «name» của [signer] trong tệp cấu hình. Hãy ghi họ tên người ký, hoặc để "
            "trống ô.",
        )
        return
    fields["signer_name"] = name
    ctx.warn(
        title,
        cell,
        f"Khóa «nguoi_ky» có «{said}» {'trước' if before else 'sau'} họ tên: {_WHY}, nên báo "
        "cáo bỏ nó. Hãy chỉ ghi họ tên người ký.",
    )
