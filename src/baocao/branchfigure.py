"""A branch's change in the index's assessment word, said as the branch's (mends41).

An assessment word with a change's figure in it is left out (``iip.figure_in``): the sentence
prints the index's own change right after the word. One whose figure is a branch's, named in
the word's reason ("giảm nhẹ do ngành khai khoáng giảm 9,98%", "…, trong đó ngành khai khoáng
giảm 9,98%"), was warned as if it gave the index's change. It is still left out, since printed
it would stand right before the whole industry's change ("… khai khoáng giảm 9,98%, ước giảm
1,50% so với cùng kỳ", read as one branch's two changes), and the branch list prints each
branch's change from ChiSoSXCN, where it is checked; the warning says whose figure it is.
The whole industry, "toàn ngành" or "ngành công nghiệp" alone, is no branch.
"""

from __future__ import annotations

import re

from baocao.iip import figure_in

_REASON = re.compile(r"(?<!\w)(?:do|nhờ|bởi|vì|trong\s+đó)(?!\w)", re.IGNORECASE)
_BRANCH = re.compile(r"(?<!\w)(?<!toàn\s)ngành(?!\w)", re.IGNORECASE)
_WHOLE = re.compile(r"ngành\s+công\s+nghiệp\s+(?:tăng|giảm)(?!\w)", re.IGNORECASE)


_COURSE = re.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)", re.IGNORECASE)


def branch_clause(word: str, figure: str) -> str | None:
    """The branch's clause of ``word`` that ``figure`` ends ("ngành khai khoáng giảm 9,98%"),
    when it follows a reason ("do", "nhờ", "bởi", "vì", "trong đó") in its part (between
    commas, ";" or an opening bracket); else None. A comma in the branch's name, before its
    course, is no part's end: "ngành chế biến, chế tạo giảm 9,98%" (review33: the branches
    of the statistics office's names were said as the index's)."""
    at = word.find(figure)
    before = word[:at] if at >= 0 else ""
    branches = list(_BRANCH.finditer(before))
    if not branches:
        return None
    said = before[branches[-1].start() :]  # the branch and its course, before the figure
    course = _COURSE.search(said)
    if ";" in said or "(" in said or "," in said[course.end() if course else 0 :]:
        return None  # the branch said in another part than the figure
    clause = word[branches[-1].start() : at + len(figure)]
    lead = before[: branches[-1].start()]
    start = max(lead.rfind(","), lead.rfind(";"), lead.rfind("(")) + 1
    if not _REASON.search(lead, start) or _WHOLE.match(clause):
        return None
    return clause


def branch_figure(word: str, figure: str, printed: str) -> str | None:
    """The warning of an assessment word whose ``figure`` is a branch's (see the module's
    docstring), the sentence printing ``printed`` after it; None when it is not."""
    clause = branch_clause(word, figure)
    if clause is None:
        return None
    bare, shown = word, figure_in(word)  # ``figure``, then each other, the example to pass
    while shown is not None:  # another branch's too
        at = bare.find(shown)
        bare = f"{bare[:at].rstrip()}{bare[at + len(shown) :]}"
        shown = figure_in(bare)
    return (
        f"Nhận định «{word}» (khóa «nhan_dinh_sxcn») có số «{figure}» là mức thay đổi của một "
        f"ngành («{clause}»), không phải của chỉ số toàn ngành; câu văn in ngay sau nhận định "
        f"mức thay đổi của chỉ số toàn ngành ({printed}), nên hai số đứng liền nhau dễ bị đọc "
        "lẫn, còn mức thay đổi của từng ngành đã được in trong danh sách ngành, lấy từ trang "
        f"«ChiSoSXCN»: báo cáo bỏ nhận định này. Hãy ghi nhận định không kèm số (ví dụ «{bare}»)."
    )
