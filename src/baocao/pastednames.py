"""A name pasted with more of the statistics office's row than the name: the table's own
row number, list marker or lead-in before it ("1. Tổng mức bán lẻ …", "a) …", "- …",
"Trong đó: …"), a footnote's mark ("(*)", "¹"), a colon or another stop after it ("Kim
ngạch xuất khẩu:"), the unit in brackets at its end ("Tổng mức bán lẻ … (tỷ đồng)"). A name
stands inside a sentence ("Tổng mức bán lẻ … tháng 3/2024 ước đạt 5.210 tỷ đồng"), which
printed each of them. Each is dropped, with a note at the cell (a unit of another scale
than the row's ``Đơn vị``, with a warning). A ``Đơn vị`` of the table's marks only ("-",
"…": no unit) is an error; a scale alone ("tỷ": tỷ of what?) is a warning."""

from __future__ import annotations

import re
from collections.abc import Mapping

from baocao.cells import Reading, shown
from baocao.celltext import (
    CAPITALS_TODO,
    LIST_MARK,
    before_brackets,
    end_marks_dropped,
    footnote_dropped,
    shouted,
)
from baocao.units import footnote_at_end, printed_unit, scale_between, scale_of
from baocao.vnformat import plain_text

# A table's row number or list marker before a name: "1. ", "1.2. ", "1.2 ", "2) ", "a) ",
# "b. ", "IV. ", "II.1 ", "- ", "+ ", "• ", "* ", "– ", "— " (a marker also right before a
# letter: "-Tổng"), and the statistics office's section letter or Roman numeral before a
# dash ("B - Khai khoáng", "D – Sản xuất …", "II- …"), and a number before a dash, as a
# Word list numbers its items ("1- Khai khoáng", "2 - …"; not "3-5 năm"). A number without
# "." or ")" after it is the name's own ("5 năm …"), and so is one with a thousands dot
# ("1.000 doanh nghiệp …": no row number has three digits after a dot), or a part 0
# ("4.0 …", as ``celltext``'s headings).
_ROW_NUMBER = re.compile(
    r"^(?:((?:[1-9]\d{0,2}|[ivxl]{1,6})(?:\.[1-9]\d?)+[.)]?|\d{1,3}[.)]|[a-zđ][.)]|[ivxl]{1,6}[.)])\s+"
    rf"|({LIST_MARK})\s*(?=[^\W\d_]))",
    re.I,
)

# A table's lead-in to its breakdown rows, pasted before a row's name: "Trong đó: …",
# "Chia ra: …", "Bao gồm: …", "Gồm - …" (its colon, comma or dash after it).
_LEAD_IN = re.compile(r"^(trong đó|chia ra|bao gồm|gồm)\s*[:,\-–]\s*", re.I)

# The last bracketed words of a name: "… (tỷ đồng)", or in square brackets, "… [%]".
_LAST_BRACKETS = re.compile(r"\s*(?:\(([^()]+)\)|\[([^\[\]]+)\])$")


def _last_brackets(name: str) -> tuple[int, str, str, str] | None:
    """Where the last bracketed words of ``name`` begin, the words, and their opening and
    closing brackets ("(", ")" or "[", "]": "… [%]" printed "ngành … điện [%] ước tăng
    15,65%"), when words stand before."""
    match = _LAST_BRACKETS.search(name)
    if match is None or not name[: match.start()].strip():
        return None
    if match.group(1) is not None:
        return match.start(), match.group(1), "(", ")"
    return match.start(), match.group(2), "[", "]"


def unlisted_name(ctx: Reading, title: str, ref: str, header: str, name: str) -> str:
    """``name`` without the row number, list marker or lead-in ("Trong đó:") typed before
    it, nor a footnote's mark ("(*)", "¹") or the colon, semicolon, comma or full stop after
    it, with a note at the cell for each; a name of a number or a mark alone, an ellipsis
    and a dotted abbreviation's full stop are kept (text is read NFC-normalised)."""
    why = "tên đứng trong câu văn, không mang số thứ tự hay dấu đầu dòng của bảng"
    name = _unmarked(ctx, title, ref, header, name, why)
    lead = _LEAD_IN.match(name)
    if lead is not None and any(c.isalpha() for c in name[lead.end() :]):
        ctx.note(
            title,
            ref,
            f"Đã bỏ «{lead.group(0).strip()}» gõ ở đầu «{header}» {shown(name)}: lời dẫn "
            "«Trong đó», «Chia ra» của danh sách do báo cáo tự viết.",
        )
        name = name[lead.end() :]
    name = _untailed(ctx, title, ref, header, name)
    if header == "Chỉ tiêu" and shouted(name):  # a branch's (Ngành) is lowered
        _shouted_name(ctx, title, ref, name)
    return name


def _shouted_name(ctx: Reading, title: str, ref: str, name: str) -> None:
    """A ChiTieu name typed all in capitals, as the statistics office's table heads its
    rows: a warning at the cell, since the sentence prints it so."""
    ctx.warn(
        title,
        ref,
        f"«Chỉ tiêu» «{name}» được gõ chữ hoa cả tên, như dòng của bảng thống kê, nhưng tên "
        f"đứng trong câu văn: báo cáo sẽ in «{name} cộng dồn … ước đạt …». {CAPITALS_TODO}",
    )


def _untailed(ctx: Reading, title: str, ref: str, header: str, name: str) -> str:
    """``name`` without the footnote's marks and stops at its end ("… (*):" and "…:(*)"
    alike), with a note for the first of each kind: a name ending in thousands of marks
    ("… (*) (*) (*) …") took half a minute and a note for each."""
    said: set[str] = set()
    before = None
    while name != before:
        before = name
        name = _unfootnoted(ctx, title, ref, header, name, said)
        name = _unstopped(ctx, title, ref, header, name, said)
    return name


def partial_lead(name: str) -> bool:
    """Whether ``name``, after a row number or list marker, opens with the lead-in "Trong
    đó" ("Trong đó: Tổng mức bán lẻ hàng hóa"): the table names a few items of the total,
    which do not add up to it."""
    match = _ROW_NUMBER.match(name)
    rest = name[match.end() :] if match else name
    lead = _LEAD_IN.match(rest)
    return (
        lead is not None
        and plain_text(lead.group(1)) == "trong do"
        and any(c.isalpha() for c in rest[lead.end() :])
    )


def partial_group(ctx: Reading, title: str, refs: tuple[str, str], parent: str) -> str:
    """The ``Nhóm`` of a row whose name opened with "Trong đó" and whose ``Nhóm`` is blank:
    "Trong đó", a partial list (a blank one would be added up against ``parent``), with a
    note at the ``Nhóm`` cell; ``refs``: the name's cell and the ``Nhóm``'s."""
    name_ref, group_ref = refs
    ctx.note(
        title,
        group_ref,
        f"«Nhóm» để trống được đọc là «Trong đó», vì «Chỉ tiêu» (ô {name_ref}) mở đầu bằng "
        f"«Trong đó»: danh sách chỉ nêu vài mục nên không cộng lại để đối chiếu với «{parent}».",
    )
    return "Trong đó"


def _unfootnoted(ctx: Reading, title: str, ref: str, header: str, name: str, said: set[str]) -> str:
    """``name`` without a footnote's mark at its end (``units.footnote_at_end``, as a
    unit's), with a note unless ``said`` has one."""
    mark = footnote_at_end(name)
    if mark is None or not any(c.isalpha() for c in name[: mark.start()]):
        return name
    if "footnote" not in said:
        said.add("footnote")
        ctx.note(
            title,
            ref,
            f"Đã bỏ dấu chú thích «{mark.group(1)}» ở cuối «{header}» {shown(name)}: báo cáo "
            "không có lời chú thích của biểu Cục Thống kê.",
        )
    return name[: mark.start()].rstrip()


def _unstopped(ctx: Reading, title: str, ref: str, header: str, name: str, said: set[str]) -> str:
    """``name`` without the colon, semicolon, comma or full stop at its end, with a note
    unless ``said`` has one; an ellipsis and a dotted abbreviation's full stop are kept
    (``celltext.end_marks_dropped``)."""
    kept = end_marks_dropped(name, ".,;: ")
    if not kept.strip(". ") or kept == name:
        return name
    if "stop" not in said:
        said.add("stop")
        ctx.note(
            title, ref, f"Đã bỏ dấu câu ở cuối «{header}» {shown(name)}: tên đứng giữa câu văn."
        )
    return kept


def unlisted_group(ctx: Reading, title: str, ref: str, group: str) -> str:
    """A ``Nhóm`` without the row number or list marker typed before it ("a) Phân theo
    loại hình kinh tế"): the report writes the breakdown's heading with its own "* ", and
    printed "* a) Phân theo …:". Said at the first cell of the breakdown that has it."""
    why = "báo cáo tự viết dấu «*» trước tên nhóm, không mang số thứ tự của bảng"
    return _unmarked(ctx, title, ref, "Nhóm", group, why, once=True)


def unfootnoted_group(ctx: Reading, title: str, ref: str, group: str) -> str:
    """A ``Nhóm`` without a footnote's mark at its end, or before its colon ("Phân theo
    ngành (*):", as the statistics office marks a heading row): the report wrote it in the
    heading, "* Phân theo ngành (*):". Dropped with the colon (the report writes its own),
    with a note at the first cell of the breakdown that has it."""
    typed = group.rstrip().removesuffix(":").rstrip()
    kept = footnote_dropped(ctx, title, ref, "Nhóm", group, typed)
    return group if kept is None else kept


def _unmarked(
    ctx: Reading, title: str, ref: str, header: str, name: str, why: str, *, once: bool = False
) -> str:
    """``name`` without the row number or list marker typed before it, with a note saying
    ``why`` (with ``once``, at the first cell of ``title`` that has the same text only)."""
    match = _ROW_NUMBER.match(name)
    rest = name[match.end() :] if match else ""
    if match is None or not any(c.isalpha() for c in rest):
        return name
    mark = (match.group(1) or match.group(2)).strip()
    said = f"Đã bỏ «{mark}» gõ ở đầu «{header}» {shown(name)}: {why}."
    if not once or not any(p.sheet == title and p.message == said for p in ctx.problems):
        ctx.note(title, ref, said)
    return rest


def unitless_name(ctx: Reading, title: str, ref: str, header: str, name: str, unit: str) -> str:
    """``name`` without its unit in brackets at its end ("Doanh thu bán lẻ (tỷ đồng)", as
    the statistics office's table writes it): the sentence prints the unit after the figure.
    Dropped with a note when it is the row's ``Đơn vị`` (written either way: "tỷ đồng",
    "tỉ đồng"); with a warning when it is that unit at another scale ("(triệu đồng)" beside
    "tỷ đồng") or another unit with a scale word ("(triệu USD)"): the figures may be in
    either. A unit set in the brackets with other words after a comma, semicolon or dash
    ("(tỷ đồng, giá thực tế)", "(giá hiện hành - tỷ đồng)") is dropped alone, the words
    kept in their brackets. Brackets of other words ("(giá thực tế)") stay. A footnote's
    mark or a stop the unit followed ("Điện (*) (triệu kWh)") is dropped then too."""
    found = _last_brackets(name)
    if found is None:
        return name
    start, inside, opening, closing = found
    row_unit, _ = printed_unit(unit)
    for said, left in _unit_candidates(inside):
        typed, _ = printed_unit(said)
        same = plain_text(typed) == plain_text(row_unit) or (
            scale_of(typed) is not None and scale_of(typed) == scale_of(row_unit)
        )
        if same:
            where = f"«{said}» trong ngoặc" if left else f"«{opening}{said}{closing}»"
            ctx.note(
                title,
                ref,
                f"Đã bỏ đơn vị {where} ở cuối «{header}» {shown(name)}: câu văn viết đơn vị "
                "sau số liệu, theo cột «Đơn vị».",
            )
        elif scale_between(typed, row_unit) is not None or _scaled_unit(typed):
            ctx.warn(
                title,
                ref,
                f"«{header}» {shown(name)} ghi đơn vị «{said}», khác «Đơn vị» «{row_unit}» "
                f"của dòng: báo cáo viết các số liệu của dòng theo «{row_unit}». Hãy kiểm tra "
                "các số liệu là theo đơn vị nào, sửa «Đơn vị» nếu cần, rồi bỏ đơn vị khỏi tên.",
            )
        else:
            continue
        if left:
            return name[:start].rstrip() + f" {opening}{left}{closing}"
        # The mark set before the unit ("Điện (*) (triệu kWh)") now ends the name.
        return _untailed(ctx, title, ref, header, name[:start].rstrip())
    return name


def unitless_row_name(
    ctx: Reading, title: str, ref: str, row: Mapping[str, object], *, figures: bool
) -> str:
    """The name of a ChiTieu row (``figures``) without the unit in brackets at its end
    (``unitless_name``), and of a ChiSoSXCN row without "(%)" ("Sản xuất và phân phối
    điện (%)", as the statistics office's index table writes it): its sentence prints "%"
    after the index, and printed "… phân phối điện (%) ước tăng 15,65%"."""
    name, unit = str(row["name"]), row.get("unit")
    if figures:
        if not isinstance(unit, str):
            return name
        unitless = unitless_name(ctx, title, ref, "Chỉ tiêu", name, unit)
        if not shouted(name) and shouted(before_brackets(unitless)):
            # "TỔNG MỨC BÁN LẺ … (Tỷ đồng)", its unit dropped, or "GIÁ TRỊ SẢN XUẤT CÔNG
            # NGHIỆP (giá so sánh 2010)": in capitals but for the words in brackets after it.
            _shouted_name(ctx, title, ref, unitless)
        return unitless
    found = _last_brackets(name)
    if found is None or printed_unit(found[1])[0] != "%":
        return name
    start, inside, opening, closing = found
    ctx.note(
        title,
        ref,
        f"Đã bỏ «{opening}{inside}{closing}» ở cuối «Ngành» {shown(name)}: câu văn viết dấu «%» "
        "sau chỉ số.",
    )
    return _untailed(ctx, title, ref, "Ngành", name[:start].rstrip())


def _scaled_unit(typed: str) -> bool:
    """Whether ``typed`` is a unit with a scale word ("triệu USD", "nghìn lượt khách"), not
    words that open with one ("triệu đồng trở lên": a size named in the brackets)."""
    found = scale_of(typed)
    return found is not None and found[1] > 0 and len(found[0].split()) <= 2


# What a table sets beside a unit in its brackets: "(tỷ đồng, giá thực tế)", "(triệu USD -
# giá hiện hành)".
_BESIDE_UNIT = re.compile(r"\s*[,;]\s*|\s+[-–]\s+")


def _unit_candidates(inside: str) -> list[tuple[str, str]]:
    """The words in a name's last brackets that may be its unit, each with the words beside
    it: the whole; or, when a comma, semicolon or dash parts them, the first part and the
    last."""
    parts = list(_BESIDE_UNIT.finditer(inside))
    if not parts:
        return [(inside, "")]
    first, last = parts[0], parts[-1]
    return [
        (inside[: first.start()], inside[first.end() :]),
        (inside[last.end() :], inside[: last.start()]),
    ]


# Signs that are a unit on their own: "%" ("％"), "‰", and money's ("$", "€", "¥", "£", "₫").
_SIGN_UNITS = frozenset("%％‰$€¥£₫")


def is_unit(unit: str) -> bool:
    """Whether ``unit`` has a letter, a digit or a unit sign: not the table's marks alone."""
    return any(c.isalnum() or c in _SIGN_UNITS for c in unit)


# "triệu" shortened with nothing after it: "Tr", "tr.", triệu of what (đồng, USD, kWh)?
_SCALE_ALONE = re.compile(r"^\s*tr\.?\s*$", re.IGNORECASE)
# A scale written in full with nothing after it: "tỷ", "Triệu", "nghìn." (tỷ of what?),
# printed "ước đạt 113 tỷ": read as typed, with a warning.
_SCALE_WORD_ALONE = re.compile(r"^\s*(nghìn|ngàn|triệu|tỷ|tỉ)[\s.]*$", re.IGNORECASE)


def marked_unit(ctx: Reading, title: str, ref: str, unit: str) -> str:
    """A ``Đơn vị`` with no letter, digit or unit sign ("-", "…", "*", as the statistics
    office's table marks a row without one) is an error at the cell, and read as blank:
    the sentence printed "ước đạt 1.822,5 -, tăng 8,9% …". So is "Tr" alone, "triệu"
    shortened without what it counts: printed "ước đạt 125,3 tr", no guess at the unit."""
    if _SCALE_ALONE.match(unit):
        ctx.error(
            title,
            ref,
            f"«Đơn vị» là {shown(unit)}, chữ viết tắt của «triệu» mà không ghi triệu gì: câu "
            f"văn sẽ in số liệu kèm «tr». Hãy ghi đầy đủ đơn vị (ví dụ «triệu đồng», «triệu "
            "USD», «triệu kWh»).",
        )
        return ""
    if (scale := _SCALE_WORD_ALONE.match(unit)) is not None:
        word = scale.group(1).lower()
        ctx.warn(
            title,
            ref,
            f"«Đơn vị» là {shown(unit)}, chỉ có bậc «{word}» mà không ghi {word} gì (đồng, "
            f"USD, kWh, …): câu văn sẽ in số liệu kèm «{word}» trơn. Hãy ghi đầy đủ đơn vị "
            f"(ví dụ «{word} đồng», «{word} USD»).",
        )
    if is_unit(unit):
        return unit
    ctx.error(
        title,
        ref,
        f"«Đơn vị» là {shown(unit)}, không phải một đơn vị: câu văn sẽ in số liệu kèm "
        f"{shown(unit)}. Hãy ghi đơn vị của chỉ tiêu (ví dụ «tỷ đồng», «tấn», «%»).",
    )
    return ""
