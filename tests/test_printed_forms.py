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
