"""Jinja's messages about a template, said in Vietnamese: each case is the message Jinja
itself gives for a mistake an office makes, so a change of Jinja's words fails here."""

from __future__ import annotations

import jinja2
import pytest

from baocao.jinjamessages import runtime_message, syntax_message, undefined_message


def jinja_says(source: str) -> str:
    with pytest.raises(jinja2.TemplateSyntaxError) as info:
        jinja2.Environment().parse(source)
    return str(info.value.message)


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ("{{ x )}}", "«)» không đúng chỗ"),
        ("{{ x + }}", "«}}» không đúng chỗ"),
        ("{{ x..y }}", "sau dấu «.» phải là một tên hay một số"),
        ("{{ x 5 }}", "cần «}}» nhưng gặp một số"),
        ("{{ x | }}", "cần một tên nhưng gặp «}}»"),
        ("{{ x['a' }}", "gặp «}» ở chỗ cần «]»"),
        ("{{ }}", "thiếu một giá trị (tên, số hay chuỗi chữ) trước «}}»"),
        ("{% if %}a{% endif %}", "thiếu một giá trị (tên, số hay chuỗi chữ) trước «%}»"),
        ("{% %}", "thiếu tên lệnh sau «{%» (ví dụ «{% if … %}»)"),
        ("{{ 'abc }}", "dấu «'» mở một chuỗi chữ nhưng không có dấu «'» đóng lại"),
        (
            "{{ year – 1 }}",
            "ký tự «–» không dùng được trong thẻ (Word tự đổi «-» thành «–» khi gõ); hãy gõ "
            "lại «-»",
        ),
        ("{{ x ¤ 1 }}", "ký tự «¤» không dùng được trong thẻ; hãy xóa ký tự này"),
        (
            "{{ x\u200by }}",
            "trong thẻ có một ký tự không nhìn thấy được (U+200B), thường do chép chữ từ nơi khác "
            "vào; hãy xóa rồi gõ lại cả thẻ",
        ),
        ("{{ x", "thẻ chưa viết xong: mẫu đã hết mà còn thiếu «}}»"),
        (
            "{% for a in b %}x",
            "mẫu đã hết mà khối «{% for %}» chưa được đóng (cần «{% endfor %}», «{% else %}»)",
        ),
        (
            "{% iff x %}",
            "không có lệnh «{% iff %}» trong Jinja; hãy kiểm tra chính tả của lệnh (for, if, "
            "elif, else, endif, endfor, set)",
        ),
        (
            "{% if x %}{% endfro %}",
            "không có lệnh «{% endfro %}» trong Jinja (khối đang mở là «{% if %}»); hãy kiểm tra "
            "chính tả của lệnh (for, if, elif, else, endif, endfor, set)",
        ),
        ("{{ x is defined is none }}", "không được viết hai phép thử «is» nối nhau"),
        # a tag Jinja knows, in the wrong place: not "no such command"
        (
            "{% if x %}a{% else %}b{% else %}c{% endif %}",
            "thẻ «{% else %}» không đúng chỗ (khối đang mở là «{% if %}», cần «{% endif %}»); "
            "hãy kiểm tra thứ tự các thẻ mở và đóng, và xóa thẻ thừa",
        ),
        (
            "{% for a in b %}{% if a %}x{% endfor %}{% endif %}",
            "thẻ «{% endfor %}» không đúng chỗ (khối đang mở là «{% if %}», cần «{% elif %}», "
            "«{% else %}», «{% endif %}»); hãy kiểm tra thứ tự các thẻ mở và đóng, và xóa thẻ thừa",
        ),
        (
            "{% endif %}",
            "thẻ «{% endif %}» không đúng chỗ: không có khối nào đang mở nhận thẻ này; hãy xóa "
            "thẻ thừa hoặc thêm thẻ mở của khối",
        ),
    ],
)
def test_syntax_messages_are_vietnamese(source: str, said: str) -> None:
    assert syntax_message(jinja_says(source)) == said


def test_a_message_not_known_is_labelled_as_jinjas() -> None:
    assert syntax_message("something new") == "Jinja báo: something new"


def undefined_says(source: str, **data: object) -> str:
    with pytest.raises(jinja2.UndefinedError) as info:
        jinja2.Environment(undefined=jinja2.StrictUndefined).from_string(source).render(**data)
    return str(info.value.message)


@pytest.mark.parametrize(
    ("source", "data", "said"),
    [
        ("{{ thang }}", {}, "«thang»"),
        ("{{ x.gia_tri }}", {"x": 1}, "«gia_tri» (một giá trị kiểu «int» không có tên này)"),
        ("{{ x[5] }}", {"x": {}}, "phần tử 5 (một giá trị kiểu «dict» không có phần tử này)"),
    ],
)
def test_undefined_messages_are_vietnamese(source: str, data: dict[str, object], said: str) -> None:
    assert undefined_message(undefined_says(source, **data)) == said


def runtime_says(source: str) -> BaseException:
    with pytest.raises(Exception) as info:  # whichever Python raises
        jinja2.Environment().from_string(source).render(items=[1], table={})
    return info.value


@pytest.mark.parametrize(
    ("source", "said"),
    [
        ("{{ 1 / 0 }}", "chia cho 0"),
        ("{{ 1 % 0 }}", "chia cho 0"),
        ("{{ 0.0 ** -1 }}", "Python báo: 0.0 cannot be raised to a negative power"),
        ("{{ 'a'() }}", "giá trị kiểu «str» không gọi được như một hàm"),
        (
            "{{ 1 + 'a' }}",
            "không tính được «+» giữa một giá trị kiểu «int» và một giá trị kiểu «str»",
        ),
        ("{{ 'a' + 1 }}", "không nối được một giá trị kiểu «int» vào một giá trị kiểu «str»"),
        # A figure not known (None) compared or added: said as such, with the guard; it was
        # "Python báo: '>' not supported between instances of 'NoneType' and 'int'".
        (
            "{{ none > 20 }}",
            "không so sánh «>» được với một số liệu chưa có (ô để trống, hay thay đổi không "
            "tính được); hãy kiểm tra trước: {% if x.mom is not none and x.mom > 0 %}",
        ),
        (
            "{{ 1.5 - none }}",
            "không tính được «-» với một số liệu chưa có (ô để trống, hay thay đổi không tính "
            "được); hãy kiểm tra trước: {% if x.mom is not none and x.mom > 0 %}",
        ),
        (
            "{{ 'a' < 1 }}",
            "không so sánh «<» được giữa một giá trị kiểu «str» và một giá trị kiểu «int»",
        ),
    ],
)
def test_runtime_messages_are_vietnamese(source: str, said: str) -> None:
    assert runtime_message(runtime_says(source)) == said


def test_a_runtime_message_not_known_is_labelled_as_pythons() -> None:
    assert runtime_message(ValueError("bad")) == "Python báo: bad"
    # Jinja's item lookup turns an IndexError into a missing name; a filter's is said so
    said = runtime_message(IndexError("list index out of range"))
    assert said == "lấy phần tử ngoài danh sách (danh sách ngắn hơn thế)"
