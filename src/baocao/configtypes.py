"""The value types of ``baocao.toml``'s keys: texts as printed, and TOML's own types.

A boolean or number key takes only a value of that TOML type: pydantic's lax mode
read ``enabled = "no"`` as false, ``"1"`` as true, ``body_size_pt = true`` as 1 and
``margin_top_mm = "20"`` as 20, so a quoted value or a word meant one thing in the
file and another in the report. Strictness is pydantic's (``Strict``); a number key is
a ``Decimal``, which strict mode takes only as an instance, so TOML's integers and
floats (never a bool, a str) are made Decimals first.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Strict

from baocao.infotext import authority_line
from baocao.sheets import without_invisible
from baocao.wording import printable


def not_blank(value: str) -> str:
    """``value``, refused when empty or only spaces."""
    if not value.strip():
        raise ValueError("không được để trống")
    return value


def visible(value: object) -> object:
    """A text without its invisible format characters (zero-width spaces, BOM, bidi controls)."""
    return without_invisible(value) if isinstance(value, str) else value


def nfc_texts(value: Any, *, keep: frozenset[str] = frozenset({"paths"})) -> Any:
    """``value`` (TOML's table, list or string) with every text NFC-normalised, but those
    of the tables named in ``keep``: a name typed decomposed (macOS, Unikey's "Unicode tổ
    hợp") was printed so, and compared unlike the workbook's. A path is kept as typed: a
    folder's name on disk may be decomposed."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, list):
        return [nfc_texts(item, keep=frozenset()) for item in value]
    if isinstance(value, dict):
        return {k: v if k in keep else nfc_texts(v, keep=frozenset()) for k, v in value.items()}
    return value


def capitals(value: str) -> str:
    """``value`` in capitals. (``str.upper`` itself, a built-in, made pydantic read its
    signature from text at each use: 4 ms of start-up, in every run.)"""
    return value.upper()


def _toml_number(value: object) -> object:
    """A TOML integer or float as a Decimal (a float by its shortest text, as written);
    anything else as it is, for strict mode to refuse."""
    if type(value) is int:
        return Decimal(value)
    if type(value) is float:
        return Decimal(repr(value))
    return value


# A text as printed: invisible characters removed (so "tỉnh\u200b" reads "tỉnh"), control
# characters refused.
Visible = Annotated[str, BeforeValidator(visible), AfterValidator(printable)]
# A text that must say something: empty or only spaces (a tab too) is refused at load, naming
# the key, before its control characters are.
Text = Annotated[
    str, BeforeValidator(visible), AfterValidator(not_blank), AfterValidator(printable)
]


def header_lines(value: str) -> str:
    """A body of the header block on one line or two: "\\n" splits a name too long for
    the header's column ("ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HỒ CHÍ MINH"); each line trimmed and
    none empty, other control characters refused (``printable``), and spaces typed twice
    made one ("UBND  THÀNH PHỐ HẢI PHÒNG" was printed so, and not fitted at 12 pt as the
    name typed with one is: ``fitheader``). Line ends around the whole name (TOML's triple
    quotes add one) are trimmed."""
    lines = [line.strip() for line in value.replace("\r\n", "\n").strip().split("\n")]
    if len(lines) > 2 or not all(lines):
        raise ValueError(
            "chỉ được xuống dòng («\\n») một lần, giữa hai phần của tên, để tên dài nằm trên "
            'hai dòng (ví dụ "ỦY BAN NHÂN DÂN\\nTHÀNH PHỐ HỒ CHÍ MINH")'
        )
    return "\n".join(" ".join(printable(line).split()) for line in lines)


# A body of the header block: in capitals (Decree 30), on one line or two.
Header = Annotated[
    str,
    BeforeValidator(visible),
    AfterValidator(not_blank),
    AfterValidator(header_lines),
    AfterValidator(capitals),
]
# The signer's title and authority line, printed in capitals (Decree 30); the title must
# say something. The authority's abbreviation with its full stop and one space, as the
# workbook's «ky_thay» ("KT.GIÁM ĐỐC" printed so, and its deputy under it unchecked).
Capitals = Annotated[Visible, AfterValidator(capitals), AfterValidator(authority_line)]
CapitalText = Annotated[Text, AfterValidator(capitals)]
# TOML's true or false, never "no", "1" or 0.
Flag = Annotated[bool, Strict()]
# A TOML integer, never 14.0, "14" or true.
Whole = Annotated[int, Strict()]
# A TOML integer or float, never "20" or true.
Number = Annotated[Decimal, BeforeValidator(_toml_number), Strict()]


_DRIVE = re.compile(r"[A-Za-z]:(?=[\\/]|$)")


def windows_form(path: str) -> str | None:
    """Why ``path``, written as Windows writes it (a backslash between folders, a drive
    letter), names something else here: off Windows a backslash is a letter of a name and
    "D:" a folder's name, so 'out\\bc' made one folder "out\\bc" beside the config; None
    on Windows or for a path of this system."""
    if sys.platform == "win32":
        return None
    if drive := _DRIVE.match(path):
        return (
            f"đường dẫn viết theo cách của Windows (ổ đĩa «{drive[0]}»), mà máy này không chạy "
            f"Windows nên không có ổ đĩa «{drive[0]}». Hãy ghi đường dẫn của thư mục trên máy "
            'này, với dấu / (ví dụ "/srv/bao-cao", hoặc "bao-cao" trong thư mục của tệp cấu '
            "hình)"
        )
    if "\\" in path:
        return (
            "đường dẫn viết theo cách của Windows (dấu «\\»), mà máy này không chạy Windows: ở "
            "đây dấu «\\» là một chữ của tên, không tách thư mục. Hãy dùng dấu / thay cho dấu "
            "«\\» (Windows cũng đọc được)"
        )
    return None
