"""What a template prints must be report text, never a value's Python form."""

from __future__ import annotations

import pytest

from baocao.errors import TemplateError
from baocao.reportenv import make_environment


def listed(shown: str) -> str:
    """The error for a list printed whole, showing ``shown``."""
    return (
        f"Mẫu báo cáo in cả một danh sách vào văn bản, như mã Python{shown}; hãy nối các mục "
        "bằng bộ lọc «join» (ví dụ {{ trade.export_markets | join(', ') }}) hay «clauses», "
        "hoặc in từng mục trong vòng lặp {% for … %}."
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{{ ['a', 'b'] }}", listed(" ('a', 'b')")),
        ("{{ ('a', 'b', 'c') }}", listed(" ('a', 'b', …)")),
        ("{{ 'abc' | list }}", listed(" ('a', 'b', …)")),
        (
            "{{ 1.5 }}",
            "Mẫu báo cáo in số 1,5 vào văn bản mà không định dạng; hãy viết số bằng bộ lọc "
            "«number» hay «percent» (kiểu Việt Nam: 52.716; 21,4).",
        ),
        (
            "{{ 1 == 1 }}",
            "Mẫu báo cáo in giá trị «True» (đúng/sai, kết quả của một phép so sánh) vào văn "
            "bản; hãy đặt phép so sánh trong {% if … %} và viết câu văn trong khối đó.",
        ),
        (
            "{{ none }}",
            "Mẫu báo cáo in một giá trị trống (None) vào văn bản: một số liệu hay hình biểu đồ "
            "chưa có; hãy bỏ qua nó bằng {% if … %}, và viết số bằng bộ lọc «number» hay "
            "«percent».",
        ),
    ],
)
def test_a_constant_is_checked_as_any_value_printed(text: str, message: str) -> None:
    """Jinja folds a constant into text when it compiles, escaping it first: "('a', 'b')",
    "1.5", "True" and "None" were printed into the report, where the same values made at
    run time are refused."""
    with pytest.raises(TemplateError) as info:
        make_environment().from_string(text).render()
    assert str(info.value) == message


def test_constants_that_are_text_still_print() -> None:
    """A text or a whole number typed in a tag prints as it is, folded or not."""
    text = "a{{ 'x' }}b{{ 3 }}{{ 'đ' ~ 2 }}{{ [1, 2] }}"
    assert make_environment().from_string(text).render() == "axb3đ2[1, 2]"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("{{ 'x'.upper }}", "builtin_function_or_method"),
        ("{{ range }}", "function"),
        ("{{ cycler }}", "type"),
        ("{{ cycler('a', 'b') }}", "Cycler"),
        ("{{ joiner(', ') }}", "Joiner"),
        ("{% macro f() %}{% endmacro %}{{ f }}", "Macro"),
        ("{{ dict(a='b') }}", "dict"),
        ("{{ {'a': 'b'} }}", "dict"),
        ("{{ {'a': 1}.items() }}", "dict_items"),
        ("{{ range(3) }}", "range"),
        ("{{ 'a'.encode() }}", "bytes"),
        ("{{ namespace(a=1) }}", "LimitedNamespace"),
    ],
)
def test_a_python_object_printed_is_refused(text: str, kind: str) -> None:
    """A function, a class, a dict, a range, bytes or a namespace printed wrote its Python
    form into the report ("<built-in method upper of str object at 0x…>", "<class
    'jinja2.utils.Cycler'>", "{'a': 'b'}", "range(0, 3)") with exit code 0."""
    with pytest.raises(TemplateError) as info:
        make_environment().from_string(text).render()
    assert str(info.value) == (
        f"Mẫu báo cáo in một giá trị kiểu «{kind}» vào văn bản, nên văn bản sẽ có chữ lạ, như "
        "mã Python; hãy chỉ in chữ hay số (một hàm phải được gọi, có dấu ngoặc: «.upper()» "
        "chứ không phải «.upper»)."
    )


def test_what_a_python_object_gives_still_prints() -> None:
    """Called, joined or taken apart, the same objects print their text."""
    text = (
        "{{ 'x'.upper() }}{{ cycler('a').next() }}{{ range(3) | join('-') }}"
        "{{ dict(a='b').a }}{% set ns = namespace(a='c') %}{{ ns.a }}"
    )
    assert make_environment().from_string(text).render() == "Xa0-1-2bc"
