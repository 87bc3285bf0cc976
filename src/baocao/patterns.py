"""Config texts that name the period: "{month}", "{month:02d}", checked before any use.

A pattern may name only the fields of ``Period.fields``, each bare or with a
plain number format; anything else (an attribute, an index, a conversion, a
wide format) would let a config run code or exhaust memory, and is refused.
"""

from __future__ import annotations

import re
import string

from baocao.period import Period

PATTERN_FIELDS = tuple(Period(2024, 1).fields())  # month, year, next_month, …
_ALLOWED = ", ".join(f"{{{name}}}" for name in PATTERN_FIELDS)
# A plain number format after the name: {month}, {month:02d}, {year:d}; nothing wider than 9.
_PLAIN_SPEC = re.compile(r"0?[1-9]?d?")
# A name between doubled braces, as the Word template writes its tags ("{{month}}",
# "{{ report.month }}"): the pattern prints it as it stands, "{month}", braces and all.
_DOUBLED = re.compile(r"\{(\s*([^\W\d][\w.]*)(?::[^{}\s]*)?\s*)\}")


def fill_period_pattern(pattern: str) -> str:
    """``pattern`` filled with sample period values, after checking it uses only the fields.

    Only the names of ``Period.fields`` are allowed, each at most with a plain
    number format (``{month:02d}``): no attribute or index (``{month.__class__}``,
    ``{month[0]}``), no conversion, no width beyond 9, and no number format for a field
    that is text (``{quarter:d}``: the quarter is "I"–"IV"). A ValueError says what is wrong.
    """
    sample = Period(2024, 1).fields()
    try:
        fields = [(n, s, c) for _, n, s, c in string.Formatter().parse(pattern) if n is not None]
    except ValueError as exc:
        raise ValueError(
            "dấu ngoặc nhọn «{» hoặc «}» không khớp; muốn in chính dấu ngoặc thì viết «{{» "
            "hoặc «}}»"
        ) from exc
    for name, spec, conversion in fields:
        if name not in PATTERN_FIELDS:
            raise ValueError(f"chỉ được dùng {_ALLOWED} ({name!r})")
        if conversion is not None or not _PLAIN_SPEC.fullmatch(spec or ""):
            shown = (
                f"{{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}}"
            )
            raise ValueError(
                f"định dạng «{shown}» không được hỗ trợ; chỉ được dùng {_ALLOWED}, hoặc kèm định "
                "dạng số đơn giản như {month:02d}"
            )
        value = sample[name]
        # "d" fails on text, and a "0" pads it on the right ("I0"): number formats only.
        if isinstance(value, str) and spec and ("d" in spec or spec.startswith("0")):
            raise ValueError(
                f"định dạng «{{{name}:{spec}}}» trong «{pattern}» không dùng được: "
                f"{{{name}}} là chữ (ví dụ «{value}»), không phải số; hãy viết «{{{name}}}»"
            )
    return pattern.format(**sample)


def fill_text_pattern(pattern: str) -> str:
    """``fill_period_pattern`` of a text the report prints (a summary, a heading), refusing
    too a name between doubled braces: a brace doubled is the brace itself, so "tháng
    {{month}}", the Word template's way, would print "tháng {month}", not the month (a file
    name, ``output_name``, may hold "{x}" so)."""
    filled = fill_period_pattern(pattern)
    parts = string.Formatter().parse(pattern)
    printed = "".join(text + ("\0" if name is not None else "") for text, name, *_ in parts)
    found = _DOUBLED.search(printed)
    if found is None:
        return filled
    inner, name = found.groups()
    mend = (
        f"hãy viết «{{{inner.strip()}}}»" if name in PATTERN_FIELDS else f"chỉ được dùng {_ALLOWED}"
    )
    raise ValueError(
        f"«{{{{{inner}}}}}» được in nguyên là «{{{inner}}}», không được thay bằng giá trị của "
        "kỳ báo cáo: hai dấu ngoặc nhọn liền nhau in ra chính dấu ngoặc (cách viết {{ … }} là "
        f"của mẫu báo cáo Word, không phải của tệp cấu hình); {mend}"
    )


def no_period_field(text: str) -> str:
    """``text``, a config text printed as it stands (``[report] same_period``, ``plan``,
    ``figures_heading``), refused when it names a period's field as a pattern does: "cùng
    kỳ năm {year}" would print "{year}", braces and all, in every sentence."""
    found = _DOUBLED.search(text)
    if found is None:
        return text
    shown = found.group(0)
    raise ValueError(
        f"«{shown}» được in nguyên như vậy, không được thay bằng giá trị của kỳ báo cáo: "
        "chỉ summary, output_name và các khóa [wording.*] điền {month}, {year}…; hãy ghi đúng "
        "chữ cần in"
    )
