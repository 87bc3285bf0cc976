"""The signing block's lines as typed: one who signs for the head ("KT. GIÁM ĐỐC") is
not the head, a title holds no authority line of its own, and an authority typed on the
title's line is printed as one line with it; each a warning at the key (or the config's
``[signer]``) that set it. The config's name typed all in capitals is a warning too, and so
is an authority line that is no authority ("tăng khá", the index's word of the row below,
printed "TĂNG KHÁ" above the title). A title that is a name, the signer's own (an error) or
another person's ("NGUYỄN VĂN NAM": a surname first, no word of a title; a warning), is
said at its key too.

Each function adds to a ``checks.Findings`` and never raises.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from baocao.config import TO_FILL, Config
from baocao.errors import warning
from baocao.infotext import signer_name, title_in_name
from baocao.models import MonthlyData
from baocao.phrasekeys import is_answer, said_of_phrase
from baocao.signedmark import signature_mark
from baocao.signerstops import AUTHORITIES
from baocao.vnformat import plain_text

if TYPE_CHECKING:
    from baocao.checks import Findings

_ABBREVIATIONS = "|".join(AUTHORITIES)
_AUTHORITY_TYPED = re.compile(rf"({_ABBREVIATIONS})(?:\.\s*|\s+)")  # "KT. GIÁM ĐỐC", not "Q."
# An authority line as Decree 30 writes it, in plain text: "KT.", "TM.", "TL.", "TUQ.", "Q."
# or the words they stand for ("KÝ THAY", "THAY MẶT", "THỪA LỆNH", "THỪA ỦY QUYỀN", "QUYỀN").
_AUTHORITY_PLAIN = re.compile(
    rf"^(?:{_ABBREVIATIONS.lower()}|q|ky thay|thay mat|thua lenh|thua uy quyen|quyen)\b"
)


def check_config_name(found: Findings, data: MonthlyData, config: Config) -> None:
    """The config's ``[signer] name`` printed this month (``nguoi_ky`` blank) typed all in
    capitals or all in small letters: printed as typed, where Decree 30 prints a name with
    each word's first letter a capital (``nguoi_ky`` so typed is written so, with a note;
    the config is the office's own text, kept, and said once to be fixed there); or with a
    title or degree beside it ("Nguyễn Văn A, TS."), which ``nguoi_ky`` loses with a
    warning."""
    typed = config.signer.name
    if data.info.signer_name or TO_FILL in typed:
        return
    said: list[str] = []  # what follows "Họ tên người ký «…» "
    marked = signature_mark(typed)
    if marked is not None:  # "(Đã ký) Nguyễn Văn A": said in ThongTin, kept here as typed
        mark, name, before = marked
        fix = f"«{name}»" if any(c.isalpha() for c in name) else "họ tên người ký"
        said.append(
            f"có «{mark}» {'trước' if before else 'sau'} họ tên, lời ghi về chữ ký, không phải "
            f"họ tên, và báo cáo in nguyên như vậy dưới chữ ký. Hãy ghi {fix}."
        )
    titled = title_in_name(typed)
    if titled is not None:  # "Nguyễn Văn A, TS.": said in ThongTin, kept here as typed
        title, name, side = titled
        said.append(
            f"có «{title}» {side} họ tên, và báo cáo in nguyên như vậy dưới chữ ký, mà Nghị định "
            "30/2020/NĐ-CP không ghi chức vụ, học hàm, học vị bên cạnh họ tên người ký (chức vụ "
            f"là dòng riêng phía trên). Hãy ghi «{name}»."
        )
    if signer_name(typed) != " ".join(typed.split()):
        said.append(
            f"được gõ {'chữ hoa' if typed.isupper() else 'chữ thường'} cả, và báo cáo in nguyên "
            "như vậy dưới chữ ký, mà theo Nghị định 30/2020/NĐ-CP họ tên in chữ thường, viết hoa "
            f"chữ đầu mỗi tiếng. Hãy ghi «{signer_name(typed)}»."
        )
    found.problems += [
        warning(f"Họ tên người ký «{typed}» {s}", config.source, place="signer.name") for s in said
    ]


def check_signer(found: Findings, data: MonthlyData, config: Config) -> None:
    """One who signs for the head ("KT. GIÁM ĐỐC") is not the head: a title equal to the
    head's ("GIÁM ĐỐC") would print the block wrong, a warning at the key that set it."""
    check_config_name(found, data, config)
    check_authority_words(found, data, config)
    check_title_is_no_name(found, data, config)
    check_title_is_a_name(found, data, config)
    check_acting_authority(found, data, config)
    authority = data.info.signer_authority or config.signer.authority
    title = data.info.signer_title or config.signer.title
    head = re.sub(r"^KT\.?\s+", "", " ".join(authority.split()))
    own_line = _AUTHORITY_TYPED.match(title.upper()) or re.match(r"Q\.\s", title.upper())
    if authority and own_line and not _deputy_of_another(authority, title):
        # "Q. GIÁM ĐỐC", "KT GIÁM ĐỐC PHÓ …" under a KT. line
        message = (
            f"Chức vụ «{title}» đã gồm thẩm quyền ký, nhưng dòng «{authority}» cũng được in "
            "phía trên: khối chữ ký sẽ sai. Hãy kiểm tra khóa «chuc_vu» và «ky_thay» (hoặc "
            "[signer] trong tệp cấu hình)."
        )
    elif head != authority.strip() and " ".join(title.split()) == head:
        message = (
            f"Người ký ký thay «{head}» («{authority}») nhưng chức vụ cũng là «{title}»: "
            f"người ký thay là cấp phó (ví dụ «PHÓ {head}»). Hãy kiểm tra khóa «chuc_vu» và "
            "«ky_thay» (hoặc [signer] trong tệp cấu hình)."
        )
    elif not authority and "\n" not in title and (own := _AUTHORITY_TYPED.match(title.upper())):
        message = (  # the head signs: "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" is printed as one title line
            f"Chức vụ «{title}» bắt đầu bằng thẩm quyền ký «{own.group(1)}.», nhưng được in "
            "trên một dòng làm chức vụ: theo Nghị định 30/2020/NĐ-CP, dòng thẩm quyền ký («KT. "
            "GIÁM ĐỐC») là dòng riêng phía trên chức vụ («PHÓ GIÁM ĐỐC»). "
        ) + (
            "Hãy ghi dòng thẩm quyền ở khóa «ky_thay» (hoặc «authority» của [signer] trong tệp "
            "cấu hình) và chỉ ghi chức vụ ở «chuc_vu»."
            if data.info.signer_title
            else "Hãy ghi dòng thẩm quyền ở «authority» và chỉ ghi chức vụ ở «title» của "
            "[signer] trong tệp cấu hình."  # the config's title: fixed there, every month
        )
    else:
        return
    typed = (
        "chuc_vu" if data.info.signer_title else "ky_thay" if data.info.signer_authority else None
    )
    said_of_phrase(found, False, message, typed, config, "signer.title")  # None: both config's


def check_title_is_no_name(found: Findings, data: MonthlyData, config: Config) -> None:
    """The signer's own name typed as the title ("Lê Thị Hoa" in ``chuc_vu``, a row off):
    the block printed the name twice, once in capitals as the title, after a note only.
    An error at the key that set the title."""
    title = data.info.signer_title or config.signer.title
    name = data.info.signer_name or config.signer.name
    if TO_FILL in name or plain_text(title) != plain_text(name):
        return
    message = (
        f"Chức vụ «{' '.join(title.split())}» là họ tên người ký: khối chữ ký sẽ in họ tên hai "
        "lần và không có chức vụ. Hãy ghi chức vụ (ví dụ «PHÓ GIÁM ĐỐC») ở khóa «chuc_vu» "
        "(hoặc «title» của [signer] trong tệp cấu hình)."
    )
    _said_of_title(found, data, config, True, message)


# The commonest Vietnamese surnames, and the words of a title ("PHÓ GIÁM ĐỐC", "CHÁNH VĂN
# PHÒNG", "TRƯỞNG PHÒNG", "CHỦ TỊCH", "KẾ TOÁN TRƯỞNG"), small letters with their marks.
_SURNAME_LIST = (
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đào "
    "trương lâm mai tạ cao lương hà tô quách lưu trịnh đoàn vương kiều triệu hứa mạc châu "
    "khổng lại âu thân nông lò"
)
_TITLE_LIST = (
    "giám đốc trưởng phó chánh chủ tịch thư ký ủy uỷ viên bí quyền tổng phụ trách đại "
    "diện phòng ban cục sở thủ kế toán chuyên cán bộ hiệu thanh tra"
)
_SURNAMES, _TITLE_WORDS = frozenset(_SURNAME_LIST.split()), frozenset(_TITLE_LIST.split())


def check_title_is_a_name(found: Findings, data: MonthlyData, config: Config) -> None:
    """A title that is another person's name ("NGUYỄN VĂN NAM" in ``chuc_vu``, a row off):
    no word of a title, and a surname first. The block printed it as the title over the
    signer's name, after a note only (the signer's own name there is an error: above). A
    warning at the key that set the title: titles are an open list."""
    title = data.info.signer_title or config.signer.title
    words = title.casefold().split()
    if not 1 < len(words) < 6 or words[0] not in _SURNAMES or not title.replace(" ", "").isalpha():
        return
    if _TITLE_WORDS.intersection(words) or plain_text(title) == plain_text(
        data.info.signer_name or config.signer.name
    ):
        return  # a title; or the signer's own name, an error (check_title_is_no_name)
    message = (
        f"Chức vụ «{' '.join(title.split())}» không có chữ nào của một chức vụ (giám đốc, phó, "
        f"trưởng, chánh…) mà bắt đầu bằng họ «{title.split()[0]}»: có lẽ là họ tên một người, "
        "ghi nhầm dòng, và khối chữ ký sẽ in đó là chức vụ. Hãy ghi chức vụ (ví dụ «PHÓ GIÁM "
        "ĐỐC») ở khóa «chuc_vu» (hoặc «title» của [signer] trong tệp cấu hình)."
    )
    _said_of_title(found, data, config, False, message)


def _said_of_title(
    found: Findings, data: MonthlyData, config: Config, severe: bool, message: str
) -> None:
    """``message`` at the key that set the title: ``chuc_vu``, else the config's title."""
    typed = "chuc_vu" if data.info.signer_title else None
    said_of_phrase(found, severe, message, typed, config, "signer.title")


def _deputy_of_another(authority: str, title: str) -> bool:
    """Decree 30's block of two authorities: under "TL. GIÁM ĐỐC" (or "TM. ỦY BAN NHÂN
    DÂN") the one who signs by order signs for another head, "KT. CHÁNH VĂN PHÒNG" over
    "PHÓ CHÁNH VĂN PHÒNG" on its own line (Article 13): the title's authority is right."""
    outer = _AUTHORITY_TYPED.match(" ".join(authority.split()).upper())
    lines = [" ".join(line.split()).upper() for line in title.split("\n") if line.strip()]
    inner = re.match(r"KT(?:\.\s*|\s+)(.+)", lines[0]) if lines else None
    return bool(
        outer
        and outer.group(1) in ("TL", "TM")
        and inner
        and len(lines) > 1
        and inner.group(1) != " ".join(authority.split()).upper()[outer.end() :]
    )


def check_authority_words(found: Findings, data: MonthlyData, config: Config) -> None:
    """An authority line that begins with no authority ("KT.", "TM.", "TL.", "TUQ.", "Q." or
    their words): "tăng khá" typed a row up in ``ky_thay`` was printed "TĂNG KHÁ" above the
    title, after a note only. A warning at the key that set it."""
    authority = data.info.signer_authority or config.signer.authority
    if not authority or TO_FILL in authority or is_answer(authority):
        return  # an answer ("không") is said by phrasekeys
    if _AUTHORITY_PLAIN.match(plain_text(authority)):
        return
    message = (
        f"Dòng thẩm quyền ký «{authority}» không bắt đầu bằng «KT.», «TM.», «TL.», «TUQ.» hay "
        "«Q.», mà báo cáo in dòng này phía trên chức vụ người ký: có lẽ đã ghi nhầm ô. Hãy ghi "
        "dòng thẩm quyền (ví dụ «KT. GIÁM ĐỐC»), hoặc để trống khi người đứng đầu tự ký."
    )
    key = "ky_thay" if data.info.signer_authority else None
    said_of_phrase(found, False, message, key, config, "signer.authority")


def check_acting_authority(found: Findings, data: MonthlyData, config: Config) -> None:
    """An acting head ("Q. GIÁM ĐỐC", "QUYỀN GIÁM ĐỐC") typed as the authority line, over
    a title: Decree 30 writes "Q." before the head's title as the signer's own title, with
    no title under it, but the block printed "Q. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC" after a
    clean check. A warning at the key that set the authority line."""
    authority = " ".join((data.info.signer_authority or config.signer.authority).split())
    title = " ".join((data.info.signer_title or config.signer.title).split())
    if not title or not re.match(r"(?:q|quyen)\b", plain_text(authority)):
        return
    message = (
        f"Dòng thẩm quyền ký «{authority.upper()}» là chức vụ quyền cấp trưởng («Q.»): theo "
        "Nghị định 30/2020/NĐ-CP, «Q.» ghi trước chức vụ của người đứng đầu và đó là chức vụ "
        f"của người ký, nhưng khối chữ ký sẽ in thêm chức vụ «{title.upper()}» dưới dòng "
        f"này. Hãy ghi «{authority.upper()}» làm chức vụ (khóa «chuc_vu», hoặc «title» của "
        "[signer] trong tệp cấu hình) và để trống dòng thẩm quyền ký (khóa «ky_thay» và "
        "«authority» của [signer])."
    )
    key = "ky_thay" if data.info.signer_authority else None
    said_of_phrase(found, False, message, key, config, "signer.authority")
