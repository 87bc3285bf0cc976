"""Templates have limits: on the sizes they make, on how deep they call, on how long they run."""

from __future__ import annotations

import dataclasses
import re
import sys
import time
import zipfile
from decimal import Decimal
from pathlib import Path
from types import FrameType, SimpleNamespace
from typing import Any

import pytest
from docx import Document
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup
from typer.testing import CliRunner

from baocao import reportenv, sandbox, views, viewvalues
from baocao.cli import app
from baocao.errors import TemplateError
from baocao.limits import checked_weight, weight
from baocao.outputxml import well_formed
from baocao.render import render_document
from baocao.reportenv import make_environment
from baocao.views import ReportContext

from helpers import (
    document_texts,
    one_paragraph_template,
    sample_context,
    tiny_png,
    write_config,
)

runner = CliRunner()
BIG = "Mẫu báo cáo tạo ra một giá trị dài {} ký tự (hoặc phần tử), quá giới hạn 1.000.000."
NUMBER = "Mẫu báo cáo dùng số {} làm độ rộng, số lần lặp hoặc tham số, quá giới hạn 1.000.000."


@pytest.fixture(scope="module")
def context() -> ReportContext:
    """The sample month's context, built once."""
    return sample_context()


def template(folder: Path, text: str) -> Path:
    """A .docx template of one paragraph."""
    return one_paragraph_template(folder, text)


def refusal(folder: Path, context: ReportContext, text: str) -> str:
    """The TemplateError message rendering ``text`` gives."""
    with pytest.raises(TemplateError) as info:
        render_document(template(folder, text), context)
    return str(info.value)


def near(text: str) -> str:
    """How a message names the template paragraph ``text``."""
    return f" (gần đoạn «{text}»)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{{ 'A' * 300000000 }}", BIG.format("300.000.000")),
        ("{{ 300000000 * ['A'] }}", BIG.format("300.000.000")),
        ("{% set a = 'A' * 900000 %}{{ a + a }}", BIG.format("1.800.000")),
        ("{% set a = 'A' * 900000 %}{{ a ~ a }}", BIG.format("1.800.000")),
        (
            "{% set ns = namespace(s='a') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
            "{% endfor %}",
            BIG.format("1.048.576"),
        ),
        (
            "{% macro f(s, n) %}{% if n %}{{ f(s ~ s, n - 1) }}{% endif %}{% endmacro %}"
            "{{ f('a', 40) }}",
            BIG.format("1.048.576"),
        ),
        ("{{ ('a' * 999999) | replace('a', 'aa') }}", BIG.format("1.999.998")),
        ("{{ ('a' * 999999).replace('a', 'aa') }}", BIG.format("1.999.998")),
        ("{{ 'a' | center(300000000) }}", NUMBER.format("300.000.000")),
        ("{{ 'a'.ljust(300000000) }}", NUMBER.format("300.000.000")),
        ("{{ '{:>300000000}'.format('a') }}", NUMBER.format("300.000.000")),
        ("{{ '%300000000s' % 'a' }}", NUMBER.format("300.000.000")),
        ("{{ '%.300000000f' % 1.5 }}", NUMBER.format("300.000.000")),
        ("{{ '%*s' % (300000000, 'a') }}", NUMBER.format("300.000.000")),
        ("{{ '%300000000s' | format('a') }}", NUMBER.format("300.000.000")),
        ("{{ [1] | batch(300000000, 0) | list }}", NUMBER.format("300.000.000")),
        ("{{ lipsum(n=100000000) }}", NUMBER.format("100.000.000")),
        (  # numbers listed, not amounts: multiples of 2 ** 61 - 1 share a hash (dict, unique)
            "{{ range(2305843009213693951, 2305843009213693951 * 3, 2305843009213693951) }}",
            "Mẫu báo cáo dùng range() với số 2.305.843.009.213.693.951, quá giới hạn "
            "1.000.000.000.000.",
        ),
        (  # a codec written in Python may take quadratic time
            "{{ 'abc'.encode('punycode') }}",
            "Mẫu báo cáo đổi mã chữ bằng «punycode»; chỉ dùng được: ascii, cp1252, latin-1, "
            "utf-16, utf-32, utf-8.",
        ),
        (  # lists added up: each addition copies the total (a million of them: hours)
            "{{ ([[0]] * 3) | sum(start=[]) | length }}",
            "Mẫu báo cáo dùng bộ lọc «sum» với giá trị bắt đầu (start) không phải là số; bộ "
            "lọc này chỉ dùng để cộng các số.",
        ),
        (
            "{{ ([['a']] * 3) | sum('b', ()) }}",
            "Mẫu báo cáo dùng bộ lọc «sum» với giá trị bắt đầu (start) không phải là số; bộ "
            "lọc này chỉ dùng để cộng các số.",
        ),
        (
            "{{ '{:>{}}'.format('a', 9) }}",
            "Mẫu báo cáo dùng định dạng lồng nhau (ví dụ «{:>{}}»); hãy ghi độ rộng bằng số.",
        ),
        ("{{ 2 ** (2 ** 40) }}", "Mẫu báo cáo tính một lũy thừa quá lớn (2 ** 1099511627776)."),
        (
            "{% for i in range(100000) %}{% endfor %}",
            "Mẫu báo cáo dùng range() với 100.000 phần tử, quá giới hạn 10.000.",
        ),
        (
            "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
            "Mẫu báo cáo gọi macro hoặc hàm lồng nhau quá 50 tầng (có thể là một macro tự gọi "
            "chính nó mãi).",
        ),
        (
            "{% set x = 'x' * 999999 %}{% for i in range(10000) %}{{ x }}{% endfor %}",
            "Báo cáo tạo từ mẫu dài quá 20.000.000 ký tự nên bị dừng (có thể do một vòng lặp in "
            "quá nhiều lần).",
        ),
    ],
)
def test_sizes_are_limited(text: str, message: str) -> None:
    """Each way of making a huge value stops at once with its Vietnamese TemplateError."""
    start = time.monotonic()
    with pytest.raises(TemplateError) as info:
        make_environment().from_string(text).render()
    assert str(info.value) == message
    assert time.monotonic() - start < 2


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("{{ ('a\\n' * 400000) | indent(999999) }}", 800_000 + 400_001 * 999_999),
        ("{{ ('a\\n' * 400000) | indent('x' * 999) }}", 800_000 + 400_001 * 999),
        ("{{ ('a ' * 500000) | wordwrap(1) }}", 2_000_001),
        ("{{ ('a ' * 1000) | wordwrap(1, wrapstring='x' * 999999) }}", 2000 + 2001 * 999_999),
        ("{{ (['x'] * 99999) | join('y' * 999999) }}", 99_998 * 999_999 + 99_999),
        (
            "{{ (tasks * 1000) | join('y' * 999999, attribute='text') }}",
            19_999 * 999_999 + 20_000 * 500,
        ),
        ("{{ ('y' * 999999).join(['x'] * 99999) }}", 99_998 * 999_999 + 99_999),
        ("{{ ('{0}' * 300000).format('x' * 999) }}", 900_000 + 300_000 * 999),
        ("{{ '%s%s' % ('x' * 999999, 'y') }}", 4 + 2 * 999_999),
        ("{{ ('%999999s' * 10) % (('a',) * 10) }}", 80 + 10 * 999_999 + 10),
        ("{{ ('\\t' * 1000).expandtabs(999999) }}", 1000 + 1000 * 999_999),
        ("{{ ('a' * 100000).translate({97: 'b' * 999999}) }}", 100_000 * 999_999),
        ("{% set a = 'A' * 400000 %}{% set b = a ~ a ~ a %}", 1_200_000),
        ("{{ [['a'] * 999999] * 999999 }}", 999_999 * 999_999),
        ("{{ 'a'.encode() * 999999 * 999999 }}", 999_999 * 999_999),
    ],
)
def test_sizes_are_checked_before_the_step(text: str, size: int) -> None:
    """A step whose result would pass the limit (a product of sizes, not each argument alone:
    indent, wordwrap, join, format, expandtabs, translate, ~, nested lists) is refused before
    it runs, however small each argument is."""
    start = time.monotonic()
    tasks = [type("Task", (), {"text": "x" * 500})()] * 20
    with pytest.raises(TemplateError) as info:
        make_environment().from_string(text).render(tasks=tasks)
    assert str(info.value) == BIG.format(f"{size:,}".replace(",", "."))
    # Refused, not run: the step itself would take hours and terabytes. The bound leaves
    # room for a loaded 2-core machine (the slowest case takes 0,9 s on an idle one).
    assert time.monotonic() - start < 10


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{% for i in range(10000) %}{% set x = 'x' * 999999 %}{% endfor %}",
            "Mẫu báo cáo tạo ra tổng cộng hơn 10.000.000 ký tự (hoặc phần tử) giá trị nên bị "
            "dừng (có thể do một vòng lặp tạo quá nhiều giá trị lớn).",
        ),
        (
            "{% set ns = namespace() %}{% set ns.x = 2 ** 50000 %}{% set ns.x = ns.x * ns.x %}",
            "Mẫu báo cáo tính một số nguyên quá lớn (100.002 bit, quá giới hạn 100.000).",
        ),
        (
            "{{ 'a\\n' * 250000 }}",
            "Báo cáo tạo từ mẫu có quá 200.000 thẻ XML, dấu xuống dòng và dấu tab nên bị dừng "
            "(có thể do một vòng lặp in quá nhiều lần).",
        ),
        (
            "{{ lipsum(3) }}",
            "Mẫu báo cáo không được dùng lipsum(): đoạn văn mẫu vô nghĩa không có chỗ trong một "
            "báo cáo.",
        ),
        (
            "{{ [1] | tojson }}",
            "Mẫu báo cáo không được dùng bộ lọc «tojson»: dữ liệu dạng JSON không có chỗ trong "
            "một báo cáo.",
        ),
        (
            "{% include '/etc/passwd' %}",
            "Mẫu báo cáo không được dùng {% include %}, {% import %} hay {% extends %} (ở đây: "
            "«/etc/passwd»): mẫu phải nằm trọn trong tệp .docx, không đọc tệp nào khác.",
        ),
        (
            "{% from 'x.html' import y %}",
            "Mẫu báo cáo không được dùng {% include %}, {% import %} hay {% extends %} (ở đây: "
            "«x.html»): mẫu phải nằm trọn trong tệp .docx, không đọc tệp nào khác.",
        ),
    ],
)
def test_totals_and_refused_features(text: str, message: str) -> None:
    """All values a document makes count together; integers are bounded like powers; the
    output's XML tags and line breaks are bounded (docxtpl's work after rendering grows
    faster than their number); lipsum, tojson and include are refused in Vietnamese."""
    start = time.monotonic()
    with pytest.raises(TemplateError) as info:
        make_environment().from_string(text).render()
    assert str(info.value) == message
    assert time.monotonic() - start < 2


def test_limit_names_the_paragraph(tmp_path: Path, context: ReportContext) -> None:
    """Through docxtpl, a limit's message names the template paragraph where it arose."""
    text = "Số liệu: {{ 'A' * 300000000 }}"
    assert refusal(tmp_path, context, text) == BIG.format("300.000.000") + near(text)


@pytest.mark.parametrize(
    "text",
    [
        "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}",
        "{% set s = 'x' * 100000 %}{% for a in s %}{% for b in s %}{% endfor %}{% endfor %}",
        # Loops inside an if, and inside a macro.
        "{% for i in range(10000) %}{% if i >= 0 %}{% for j in range(10000) %}{% endfor %}"
        "{% endif %}{% endfor %}",
        "{% macro g() %}{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}"
        "{% endfor %}{% endmacro %}{{ g() }}",
        # No loop at all: a macro calling itself twice, 2 ** 40 calls within the depth limit.
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}"
        "{{ f(40) }}",
        # A recursive loop, each pass looping over all the passes before it.
        "{% for x in range(40) recursive %}{% if x %}{{ loop(range(x)) }}{% endif %}{% endfor %}",
    ],
)
def test_time_is_limited(
    tmp_path: Path, context: ReportContext, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Loops that run past the wall-clock limit stop with a TemplateError naming the limit."""
    monkeypatch.setattr(sandbox, "TIME_LIMIT_S", 0.1)
    start = time.monotonic()
    assert refusal(tmp_path, context, text) == (
        "Mẫu báo cáo chạy quá 0,1 giây nên bị dừng (có thể do vòng lặp quá lớn hoặc lồng nhau "
        "quá nhiều)." + near(text)
    )
    assert time.monotonic() - start < 2


LIST = "{% set L = range(10000)|list %}"
STEP = "L|max(attribute='real')"  # a slow step (10,000 lookups) that makes a small value


@pytest.mark.parametrize(
    "text",
    [
        LIST + f"{{% set a = {STEP} %}}" * 2,
        LIST + f"{{% if {STEP} %}}{{% endif %}}" * 2,
        LIST + f"{{% with a = {STEP} %}}{{% endwith %}}" * 2,
        LIST + f"{{% set a = [{STEP}, {STEP}] %}}",  # two steps in one statement
        LIST + "{% set ns = namespace() %}" + f"{{% set ns.a = {STEP} %}}" * 2,
        LIST + "{% set x %}" + f"{{{{ {STEP} }}}}" * 2 + "{% endset %}",
        LIST + "{% filter upper %}" + f"{{{{ {STEP} }}}}" * 2 + "{% endfilter %}",
        LIST + "{% macro m() %}" + f"{{{{ {STEP} }}}}" * 2 + "{% endmacro %}{{ m() }}",
        LIST + "{% for i in [1] %}" + f"{{{{ {STEP} }}}}" * 2 + "{% endfor %}",
    ],
)
def test_straight_line_code_is_limited(
    tmp_path: Path, context: ReportContext, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    """Slow steps one after another, with no loop between them (in sets, ifs, blocks that
    gather output, one expression), stop at the limit too, naming the paragraph: within
    the step that passed it, not after the next."""
    # The sandbox's clock here counts the template's item lookups, a microsecond each
    # (a step makes 10,000): time passes in the steps alone, as fast or slow as the
    # machine is. On the wall clock a busy machine pausing 5 ms before the paragraph
    # stopped the render at the document's first line, naming no paragraph, and a machine
    # twice as fast would run both steps within a limit above such pauses.
    lookups = [0]
    real_getitem = reportenv.ReportEnvironment.getitem

    def counted(env: reportenv.ReportEnvironment, obj: Any, argument: Any) -> Any:
        lookups[0] += 1
        return real_getitem(env, obj, argument)

    monkeypatch.setattr(reportenv.ReportEnvironment, "getitem", counted)
    monkeypatch.setattr(sandbox, "time", SimpleNamespace(monotonic=lambda: lookups[0] / 1e6))
    monkeypatch.setattr(sandbox, "TIME_LIMIT_S", 0.002)
    assert refusal(tmp_path, context, text) == (
        "Mẫu báo cáo chạy quá 0,002 giây nên bị dừng (có thể do vòng lặp quá lớn hoặc lồng "
        "nhau quá nhiều)." + near(text)
    )
    assert 10_000 <= lookups[0] < 20_000


def test_every_statement_of_template_code_checks_the_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The compiled template checks the clock before each statement, not only in loops."""
    ticks: list[None] = []
    monkeypatch.setattr(sandbox.LimitedEnvironment, "tick", lambda env: ticks.append(None))

    def counted(text: str) -> int:
        ticks.clear()
        make_environment().from_string(text).render()
        return len(ticks)

    assert counted("{% set a = 1 %}" * 4) > counted("{% set a = 1 %}" * 3) > 0


def test_a_decimal_far_from_any_figure_is_refused(tmp_path: Path, context: ReportContext) -> None:
    """A figure scaled to a million digits (its int, or dividing its integer ratio, takes
    minutes in one step) is refused where it is made."""
    text = "{{ ct['gtsx'].mom.scaleb(999970) | int }}"
    exponent = context.ct["gtsx"].mom.scaleb(999970).adjusted()  # type: ignore[union-attr]
    assert refusal(tmp_path, context, text) == (
        f"Mẫu báo cáo tạo ra một số thập phân quá lớn hoặc quá nhỏ (10 mũ {exponent}), quá "
        "giới hạn 10 mũ ±1.000." + near(text)
    )
    out = tmp_path / "ok.docx"  # an ordinary scale, and a C codec, render
    text = "{% if ct['gtsx'].mom.scaleb(-2) > 0 %}True{% endif %} {{ 'x'.encode('utf-8')|length }}"
    render_document(template(tmp_path, text), context).save(str(out))
    assert document_texts(out) == ["True 1"]


@pytest.mark.parametrize(
    "value", [[1, 2**100_001], {"a": (2**100_001,)}, [Decimal("1E1001")], {"k": Decimal("1E-1001")}]
)
def test_numbers_inside_values_are_checked(value: object) -> None:
    """An integer or decimal too large is refused inside lists and dicts too."""
    with pytest.raises(TemplateError, match="quá lớn"):
        checked_weight(value)


def test_ordinary_numbers_inside_values_pass() -> None:
    """Numbers of a report, a zero of any exponent, and booleans weigh one each."""
    values = [2**64, -(10**30), Decimal("52716.3"), Decimal("0E+5000"), Decimal("NaN"), True]
    assert checked_weight(values) == len(values)
    assert checked_weight([Decimal("1E1000"), Decimal("1E-1000")] * 3) == 6


def test_each_value_made_checks_the_clock() -> None:
    """A step that makes a value checks the clock after it: one statement may hold many."""
    env = make_environment()
    env.deadline = time.monotonic() - 1
    with pytest.raises(TemplateError, match="chạy quá 30 giây"):
        env.made_value("x")


def test_ordinary_template_code_still_works(tmp_path: Path, context: ReportContext) -> None:
    """Repetition, ranges, powers, formats, replace, macros and defaults within limits render."""
    text = (
        "{{ 'ab' * 3 }} {{ range(3) | list }} {{ 2 ** 10 }} {{ '%3s|' % 'a' }} "
        "{{ 'a-b' | replace('-', '+') }} {{ '{:>4}'.format('x') }} "
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{% endif %}{{ n }}{% endmacro %}{{ f(3) }} "
        "{{ khong_co | default('mặc định') }} {{ 'x' | center(5) }}|"
    )
    out = tmp_path / "out.docx"
    render_document(template(tmp_path, text), context).save(str(out))
    assert document_texts(out) == ["ababab [0, 1, 2] 1024 a| a+b x 0123 mặc định x |"]


def test_an_earlier_tracer_is_left_in_place(tmp_path: Path, context: ReportContext) -> None:
    """A tracer set before rendering (a debugger, coverage) is still set afterwards (the
    time limit is checked by the template's code, not by a tracer of its own)."""

    def tracer(frame: FrameType, event: str, arg: Any) -> None:
        return None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        render_document(template(tmp_path, "{{ month }}"), context)
        assert sys.gettrace() is tracer
    finally:
        sys.settrace(previous)


def test_limits_through_build_and_check(workspace: Path) -> None:
    """build stops with exit 5 and check with exit 1, each saying the message at the
    template (build's render named no file before)."""
    path = template(workspace, "{{ 'A' * 300000000 }}")
    write_config(workspace, template=path)
    message = BIG.format("300.000.000") + " (gần đoạn «{{ 'A' * 300000000 }}»)"
    result = runner.invoke(app, ["build", "--month", "3", "--year", "2024"])
    assert (result.exit_code, result.stderr.splitlines()) == (
        5,
        [
            f"LỖI: {path.relative_to(workspace)}: {message}",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
            "Chưa tạo báo cáo vì có lỗi.",
        ],
    )
    result = runner.invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        1,
        [f"LỖI: {path}: {message}", "Tổng cộng: 1 lỗi, 0 cảnh báo."],
    )
    assert not (workspace / "out").exists()


BLOCKED = (
    "điều bị chặn vì an toàn: mẫu không được đọc phần nội bộ của Python, cũng không được sửa "
    "danh sách hay bảng đã có (hãy tạo giá trị mới, ví dụ a + [b])."
)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "{% set d = {} %}{% set _ = d.update({1: 'x'}) %}",
            "dùng «update» của một giá trị kiểu «dict»",
        ),
        ("{% set l = [] %}{{ l.append(1) }}", "dùng «append» của một giá trị kiểu «list»"),
        ("{{ ''.__class__ }}", "dùng «__class__» của một giá trị kiểu «str»"),
        # A view's internals are blocked like any other value's.
        ("{{ org.__class__ }}", "dùng «__class__» của một giá trị kiểu «OrgView»"),
        (
            "{{ ct['gtsx'].__dataclass_fields__ }}",
            "dùng «__dataclass_fields__» của một giá trị kiểu «IndicatorView»",
        ),
        (
            "{{ tasks[0].text.__class__ }}",
            "dùng «__class__» của một giá trị kiểu «str»",
        ),
        # The tables of rows are the report's, not the template's to change.
        ("{{ ct.clear() }}", "dùng «clear» của một giá trị kiểu «CodeTable»"),
        ("{{ iip.pop('iip') }}", "dùng «pop» của một giá trị kiểu «CodeTable»"),
    ],
)
def test_blocked_access_in_vietnamese(
    tmp_path: Path, context: ReportContext, text: str, what: str
) -> None:
    """Containers cannot grow in place (a loop piling values into one dict), nor Python's
    internals be reached; either is said in Vietnamese at its paragraph."""
    path = template(tmp_path, text)
    assert refusal(tmp_path, context, text) == f"Mẫu báo cáo {path} {what}, {BLOCKED}{near(text)}"


def test_out_of_memory_is_a_template_error(
    tmp_path: Path, context: ReportContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A MemoryError while rendering, from a step no limit foresaw, is a TemplateError."""

    def exhausted(self: Any, value: Any) -> Any:
        raise MemoryError

    monkeypatch.setattr(sandbox.LimitedEnvironment, "made_value", exhausted)
    path = template(tmp_path, "{{ 'a' * 3 }}")
    with pytest.raises(TemplateError) as info:
        render_document(path, context)
    assert str(info.value) == (
        f"Mẫu báo cáo {path} cần quá nhiều bộ nhớ khi tạo báo cáo (có thể do một giá trị quá "
        "lớn) nên bị dừng."
    )


def test_deeply_nested_template(workspace: Path) -> None:
    """An expression nested too deep for Jinja's recursive parser is one Vietnamese error, in
    check and build, not a RecursionError."""
    path = template(workspace, "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}")
    write_config(workspace, template=path)
    message = (
        f"LỖI: {path}: Mẫu báo cáo {path} có biểu thức hoặc khối lồng nhau quá sâu (quá nhiều "
        "tầng ngoặc hay khối trong nhau) nên không kiểm tra được."
    )
    result = runner.invoke(app, ["check", "--month", "3", "--year", "2024"])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        1,
        [message, "Tổng cộng: 1 lỗi, 0 cảnh báo."],
    )
    result = runner.invoke(app, ["build", "--month", "3", "--year", "2024"])
    assert result.exit_code == 5
    assert result.stderr.splitlines()[0] == message.replace(str(path), "mau.docx", 1)


def test_many_line_breaks_stop_before_docxtpl_takes_minutes(
    tmp_path: Path, context: ReportContext
) -> None:
    """300 000 line breaks in a value (docxtpl's tree work after rendering grows faster than
    their number: minutes) stop at once."""
    start = time.monotonic()
    text = "{{ 'a\\n' * 300000 }}"
    assert refusal(tmp_path, context, text) == (
        "Báo cáo tạo từ mẫu có quá 200.000 thẻ XML, dấu xuống dòng và dấu tab nên bị dừng (có "
        "thể do một vòng lặp in quá nhiều lần)."
    )
    assert time.monotonic() - start < 2


UNKNOWN = "Mẫu báo cáo {} dùng một tên không có trong dữ liệu: {}"
NOT_THERE = "«{}» (một giá trị kiểu «baocao.render._Picture» không có tên này)"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{{ (chart.image | attr('t' ~ 'pl')).save(target) }}", NOT_THERE.format("tpl")),
        ("{{ chart.image.tpl.save(target) }}", NOT_THERE.format("tpl")),
        (
            "{{ (chart.image | attr('image_descriptor')).write('x') }}",
            NOT_THERE.format("image_descriptor"),
        ),
        ("{{ chart.image._image.tpl.save(target) }}", "_image"),
        ("{{ (chart.image | attr('_image')).tpl.save(target) }}", "_image"),
    ],
)
def test_the_charts_picture_can_only_be_printed(
    tmp_path: Path, context: ReportContext, text: str, reason: str
) -> None:
    """The picture a chart places is printed and nothing else: docxtpl's image behind it
    holds the document being rendered, which could save a file anywhere."""
    picture = views.ChartPicture(tiny_png(), 20.0)
    charted = dataclasses.replace(context, chart=dataclasses.replace(context.chart, image=picture))
    target = tmp_path / "written.docx"
    text = text.replace("target", repr(str(target)))
    path = template(tmp_path, text)
    expected = (
        UNKNOWN.format(path, reason)
        if reason.startswith("«")
        else f"Mẫu báo cáo {path} dùng «{reason}» của một giá trị kiểu «_Picture», {BLOCKED}"
    )
    assert refusal(tmp_path, charted, text) == expected + near(text)
    assert not target.exists()
    out = tmp_path / "printed.docx"
    render_document(template(tmp_path, "{{ chart.image }}"), charted).save(str(out))
    with zipfile.ZipFile(out) as archive:
        assert [n for n in archive.namelist() if n.startswith("word/media/")] == [
            "word/media/image1.png"
        ]


MARKUP = (
    "Báo cáo tạo từ mẫu có quá 200.000 thẻ XML, dấu xuống dòng và dấu tab nên bị dừng (có "
    "thể do một vòng lặp in quá nhiều lần)."
)


def test_output_past_both_limits_is_said_too_long() -> None:
    """A part that takes the output past MAX_OUTPUT characters and MAX_MARKUP at once is
    said to be too long: the length is checked first."""
    text = (
        "{% set big = 'a' * 999999 %}{{ ('<' * 199999) | safe }}"
        "{% for i in range(19) %}{{ big }}{% endfor %}{{ 'a' * 800019 }}{{ '<<' | safe }}"
    )
    with pytest.raises(TemplateError) as info:
        sandbox.LimitedEnvironment(autoescape=True).from_string(text).render()
    assert str(info.value) == (
        "Báo cáo tạo từ mẫu dài quá 20.000.000 ký tự nên bị dừng (có thể do một vòng lặp in "
        "quá nhiều lần)."
    )


@pytest.mark.parametrize(
    "value",
    ["", "abc", Markup("<b>x</b>"), viewvalues.Blank("«Tháng báo cáo» của «gtsx»"), "đ" * 7],
)
def test_a_text_weighs_its_length_at_least_one(value: str) -> None:
    """A printed text weighs its characters, at least one, as ``weight`` counts it."""
    assert checked_weight(value) == weight(value) == max(len(value), 1)


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        *((f"{{{{ ({c!r} * 200001) | safe }}}}", True) for c in ("<", "\n", "\t", "\a", "\f")),
        ("{{ ('<' * 200000) | safe }}{{ 'a' * 50 }}", False),  # at the limit, and past it in
        # characters
        ("{{ 'a' * 300000 }}", False),
        # Most of the markup before the characters pass the limit, the rest after.
        ("{{ '\t' * 150000 }}{{ 'a' * 100000 }}{{ '\f' * 50001 }}", True),
        ("{{ '\t' * 150000 }}{{ 'a' * 100000 }}{{ '\f' * 50000 }}", False),
    ],
)
def test_markup_of_a_part_is_counted_to_the_limit(text: str, refused: bool) -> None:
    """Tags (a value's only when marked safe: autoescaping; a report's templates may not),
    line breaks, tabs, \\a and \\f count together towards ``MAX_MARKUP``, wherever in the
    output they come."""
    template = sandbox.LimitedEnvironment(autoescape=True).from_string(text)
    if refused:
        with pytest.raises(TemplateError) as info:
            template.render()
        assert str(info.value) == MARKUP
    else:
        assert len(template.render()) > 200_000


@pytest.mark.parametrize(
    ("value", "size"),
    [
        ("", 1),
        ("abc", 3),
        (["", "ab", b"", b"xyz"], 1 + 2 + 1 + 3),
        (["ab", 5, None, ["", "cd"], {"k": "vv"}], 2 + 1 + 1 + (1 + 2) + (1 + 2)),
        (("a" * 10, [["b" * 4] * 3] * 2), 10 + 2 * 3 * 4),
        ([], 1),
        ({}, 1),
        ([["ab"]] * 3, 3 * 2),  # one list listed three times
        ([["ab"], ["ab"], ("x", "")], 2 + 2 + 1 + 1),
        ([{"k": ["vv"] * 2}] * 2, 2 * (1 + 2 * 2)),
    ],
)
def test_weight_counts_each_item_at_least_one(value: object, size: int) -> None:
    """A value's weight: a text's length, each item of a container at least 1, nested
    containers through."""
    assert weight(value) == size


XML_AS_IT_IS = (
    "Mẫu báo cáo không được dùng {}: mã XML in nguyên văn không có chỗ trong một báo cáo."
)
CHARACTER = (
    "Mẫu báo cáo in ký tự U+{}, một ký tự điều khiển hay nửa ký tự bị cắt mà văn bản Word "
    "không được có; hãy bỏ ký tự này khỏi mẫu."
)


@pytest.mark.parametrize(
    ("text", "message", "near_it"),
    [
        # Unescaped text would be Word's XML: tags that cut the document short, or that
        # Word refuses (docxtpl's parser drops what follows a fault, silently).
        ("{{ '</w:t></w:r></w:p></w:body>' | safe }}", XML_AS_IT_IS.format("bộ lọc «safe»"), True),
        ("{% filter safe %}a{% endfilter %}", XML_AS_IT_IS.format("bộ lọc «safe»"), True),
        ("Xem {{ 'http://gso.gov.vn' | urlize }}", XML_AS_IT_IS.format("bộ lọc «urlize»"), True),
        ("{{ {'a': 1} | xmlattr }}", XML_AS_IT_IS.format("bộ lọc «xmlattr»"), True),
        (
            "{% autoescape false %}{{ '<w:bogus/>' }}{% endautoescape %}",
            XML_AS_IT_IS.format("thẻ «autoescape»"),
            False,
        ),
        (
            "{%- autoescape true %}a{% endautoescape %}",
            XML_AS_IT_IS.format("thẻ «autoescape»"),
            False,
        ),
        # A character XML cannot hold would be dropped, and the text after it with it.
        ("Chữ ký {{ '\\ud800' }} hết", CHARACTER.format("D800"), True),
        ("{{ 'a\\x01b' }}", CHARACTER.format("0001"), True),
        ("{{ 'a' ~ '\\ufffe' }}", CHARACTER.format("FFFE"), True),
    ],
)
def test_what_would_break_the_documents_xml_is_refused(
    tmp_path: Path, context: ReportContext, text: str, message: str, near_it: bool
) -> None:
    """Templates print text, never XML: what would make the document's XML broken (or
    other than docxtpl made it) is refused, not dropped with what follows it."""
    shown = " ".join(re.sub(r"<[^>]+>", "", text).split())
    assert refusal(tmp_path, context, text) == message + (near(shown) if near_it else "")


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_a_rendered_part_must_be_well_formed() -> None:
    """The last guard: a part whose XML is broken after rendering is refused by name."""
    with pytest.raises(TemplateError) as info:
        well_formed(f'<?xml version="1.0" encoding="UTF-8"?><w:p {W}><w:r></w:p>')
    assert str(info.value) == (
        "Mẫu báo cáo tạo ra văn bản Word hỏng (XML không hợp lệ: Opening and ending tag "
        "mismatch: r line 1 and p, line 1, column 126 (<string>, line 1)); hãy bỏ phần mẫu "
        "in mã XML hay ký tự lạ."
    )
    well_formed(
        f'<?xml version="1.0"?><w:p {W}><w:r><w:t xml:space="preserve"> Chữ </w:t></w:r> </w:p>'
    )


STRAY = (
    "Mẫu báo cáo đặt chữ «{}» ra ngoài mọi đoạn văn (thường do thẻ «{{{{r …}}}}» hay "
    "«{{{{p …}}}}» dùng cho một giá trị thường), nên chữ đó sẽ mất; hãy dùng «{{{{ … }}}}»."
)


@pytest.mark.parametrize(
    ("xml", "text"),
    [
        (f"<w:p {W}><w:r><w:t>đạt</w:t></w:r>52.716</w:p>", "52.716"),
        (f"<w:body {W}>153.513<w:p/></w:body>", "153.513"),
        (f"<w:p {W} w:rsidR='1'> x </w:p>", "x"),
        (f"<w:p {W}><w:r><w:t>a</w:t>b</w:r></w:p>", "b"),
        # In a content control or a text box, as {{p }} leaves a figure there.
        (f"<w:sdtContent {W}>52.716</w:sdtContent>", "52.716"),
        (f"<w:txbxContent {W}>x</w:txbxContent>", "x"),
        (f"<w:p {W}>\u00a0</w:p>", "\u00a0"),  # not one of XML's own spaces
    ],
)
def test_text_outside_the_texts_is_refused(xml: str, text: str) -> None:
    """Word keeps text only in its text elements: beside an element, or in a paragraph,
    run or other container (docxtpl's {{r }} and {{p }} with a plain value), it is lost."""
    with pytest.raises(TemplateError) as info:
        well_formed(xml)
    assert str(info.value) == STRAY.format(text)


@pytest.mark.parametrize(
    "xml",
    [
        f"<w:p {W}><!-- a tool/> v2 --><w:r><w:t>a</w:t></w:r>\r\n "
        "<w:r><w:delText>b</w:delText></w:r></w:p>",
        f"<w:r {W}><w:instrText> PAGE </w:instrText></w:r>",
        f"<w:p {W} xmlns:m='http://schemas.openxmlformats.org/officeDocument/2006/math'>"
        "<m:oMath><m:r><m:t>x</m:t></m:r></m:oMath></w:p>",
        f"<w:r {W} xmlns:wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'>"
        "<wp:posOffset>123</wp:posOffset></w:r>",
    ],
)
def test_words_own_texts_pass(xml: str) -> None:
    """Text in Word's text elements, fields, math and drawings, comments and spaces pass."""
    well_formed(xml)


def test_a_figure_through_a_run_tag_is_refused(tmp_path: Path, context: ReportContext) -> None:
    """{{r …}} takes its run away: a plain figure would land outside every text."""
    text = "Đạt {{r ct['gtsx'].value }} tỷ đồng."
    assert refusal(tmp_path, context, text) == STRAY.format("52.716")


DEEP = (
    "Mẫu báo cáo có biểu thức hoặc khối lồng nhau quá sâu (quá nhiều tầng ngoặc hay khối trong "
    "nhau) nên không chạy được."
)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Python's own limits on the code Jinja writes: a message, not a traceback.
        (
            "{% for a in [1] %}" * 21 + "x" + "{% endfor %}" * 21,
            DEEP,
        ),
        (
            "{{ " + "+".join(["month"] * 250) + " }}",
            DEEP,
        ),
        # An unknown value or a figure not formatted would print as "None" or "21.359…".
        (
            "{{ ct['gtsx.nha_nuoc'].plan_share }}",
            "Mẫu báo cáo in một giá trị trống (None) vào văn bản: một số liệu hay hình biểu đồ "
            "chưa có; hãy bỏ qua nó bằng {% if … %}, và viết số bằng bộ lọc «number» hay "
            "«percent».",
        ),
        (
            "{{ ct['gtsx'].mom }}",
            "Mẫu báo cáo in số 21,3591785993830286845619043 vào văn bản mà không định dạng; "
            "hãy viết số bằng bộ lọc «number» hay «percent» (kiểu Việt Nam: 52.716; 21,4).",
        ),
        # A comparison printed: "True" in the report.
        (
            "{{ ct['gtsx'].mom > 0 }}",
            "Mẫu báo cáo in giá trị «True» (đúng/sai, kết quả của một phép so sánh) vào văn "
            "bản; hãy đặt phép so sánh trong {% if … %} và viết câu văn trong khối đó.",
        ),
        # Cleaning and parsing a part run before any time limit: too many "{" are refused.
        (
            "{# " + "{" * 5001 + " #}",
            "Mẫu báo cáo có 5.002 dấu «{» trong một phần (thân, đầu hay chân trang), quá giới "
            "hạn 5.000 (một mẫu thường có vài trăm); hãy bớt thẻ hoặc bỏ các dấu «{» thừa.",
        ),
    ],
)
def test_limits_of_the_code_and_unformatted_values_are_said(
    tmp_path: Path, context: ReportContext, text: str, message: str
) -> None:
    """What Python cannot compile, values printed unformatted and templates too large to
    clean in time end in a Vietnamese message."""
    found = refusal(tmp_path, context, text)
    assert found.split(" (gần đoạn «")[0] == message


def test_formatting_copied_for_each_break_is_weighed_first(
    tmp_path: Path, context: ReportContext
) -> None:
    """docxtpl copies a paragraph's formatting for every \\a: a long formatting times many
    breaks is refused before it is made (2 GB and a MemoryError before)."""
    doc = Document()
    paragraph = doc.add_paragraph("{{ '\\a' * 100000 }}", style="Heading 1")
    paragraph.runs[0].font.name = "A" * 5000
    paragraph.paragraph_format.keep_together = True
    path = tmp_path / "mau.docx"
    doc.save(str(path))
    with pytest.raises(TemplateError) as info:
        render_document(path, context)
    assert str(info.value).startswith("Báo cáo tạo từ mẫu sẽ dài khoảng ")
    assert str(info.value).endswith(
        " ký tự XML (mỗi dấu xuống dòng, tab hay ngắt trang chép lại định dạng của đoạn), "
        "quá giới hạn 20.000.000 nên bị dừng."
    )


RANGE = "Mẫu báo cáo dùng range() sai: cần một đến ba số nguyên (đầu, cuối, bước khác 0)."
NOT_A_NUMBER = "Bộ lọc «{}» cần một số, nhưng nhận «{}»."


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # Honest mistakes and odd values end in a message, never a traceback.
        ("{{ range(1.5) }}", RANGE),
        ("{{ range() }}", RANGE),
        ("{{ range(1, 5, 0) }}", RANGE),
        ("{{ range('a') }}", RANGE),
        ("{{ range(true) }}", RANGE),
        (
            "{{ (10 ** 5000) | number }}",
            "Mẫu báo cáo tạo ra một số thập phân quá lớn hoặc quá nhỏ (10 mũ 5000), quá giới hạn "
            "10 mũ ±1.000.",
        ),
        (  # built from the month, so that Jinja does not fold it into a constant (see below)
            "{% set n = (month | string)[:0] ~ 'nan' %}{{ n | float | number }}",
            NOT_A_NUMBER.format("number", "nan"),
        ),
        (
            "{% set n = (month | string)[:0] ~ '-inf' %}{{ n | float | percent }}",
            NOT_A_NUMBER.format("percent", "-inf"),
        ),
        (
            "{{ ('%' ~ '9' * 5000 ~ 's') % 'a' }}",
            "Mẫu báo cáo dùng số lớn 14.285 bit làm độ rộng, số lần lặp hoặc tham số, quá giới "
            "hạn 1.000.000.",
        ),
        (
            "{{ ('{:' ~ '9' * 5000 ~ '}').format('a') }}",
            "Mẫu báo cáo dùng số lớn 14.285 bit làm độ rộng, số lần lặp hoặc tham số, quá giới "
            "hạn 1.000.000.",
        ),
        # A bytes format pads as a text one does: checked before, not after 900 MB.
        ("{{ ('%900000000s'.encode()) % ('a'.encode(),) }}", NUMBER.format("900.000.000")),
        # A zero with a million places: "{:f}" writes them all.
        (
            "{% set z = (ct['gtsx'].mom - ct['gtsx'].mom).scaleb(-999999) %}"
            "{{ ('{0:f}' * 300).format(z) | length }}",
            BIG.format("300.012.000"),
        ),
        (
            "{{ 'x'.encode('utf\\x00') }}",
            "Mẫu báo cáo đổi mã chữ bằng «utf\x00»; chỉ dùng được: ascii, cp1252, latin-1, "
            "utf-16, utf-32, utf-8.",
        ),
        (
            "{{ chart.image ~ '' }}",
            "Mẫu báo cáo đổi hình biểu đồ thành chữ (bằng «~», «| string» hay «format»); hãy in "
            "hình một mình: {{ chart.image }}.",
        ),
    ],
)
def test_odd_values_and_calls_are_said_in_vietnamese(
    tmp_path: Path, context: ReportContext, text: str, message: str
) -> None:
    """What a template does wrong with ranges, numbers, formats and codecs is a message at
    its paragraph, and what it would make too large is refused before it is made."""
    picture = views.ChartPicture(tiny_png(), 20.0)
    charted = dataclasses.replace(context, chart=dataclasses.replace(context.chart, image=picture))
    assert refusal(tmp_path, charted, text) == message + near(text)


@pytest.mark.parametrize("key", ["[1]", "{}"])
def test_an_unhashable_key_is_a_missing_name(
    tmp_path: Path, context: ReportContext, key: str
) -> None:
    """An indicator indexed by a list or dict has no such element: the name is missing."""
    text = f"{{{{ ct['gtsx'][{key}] }}}}"
    assert refusal(tmp_path, context, text) == (
        f"Mẫu báo cáo {tmp_path / 'mau.docx'} dùng một tên không có trong dữ liệu: "
        f"phần tử {key} (một giá trị kiểu «baocao.views.IndicatorView» không có phần tử này)"
        + near(text)
    )


def test_a_folded_constant_jinja_cannot_write_is_a_template_error(
    tmp_path: Path, context: ReportContext
) -> None:
    """Jinja writes a constant NaN into its code as a name that does not exist; the render
    says so as a template error."""
    text = "{{ ('nan' | float) | number }}"
    assert refusal(tmp_path, context, text) == (
        f"Mẫu báo cáo {tmp_path / 'mau.docx'} gây lỗi khi tạo báo cáo: tên «nan» không có trong "
        "dữ liệu" + near(text)
    )


def test_the_picture_in_a_part_that_cannot_hold_one_is_said() -> None:
    """A footnote (a part docxtpl cannot place a picture in) gets a message, not Python's
    AttributeError."""
    from baocao.render import _Picture

    footnote = SimpleNamespace(tpl=SimpleNamespace(current_rendering_part=object()))
    with pytest.raises(TemplateError) as info:
        _Picture(footnote).__html__()
    assert str(info.value) == (
        "Mẫu báo cáo đặt hình biểu đồ vào một phần không chứa được hình (chú thích cuối trang, "
        "ghi chú…); hãy đặt {{ chart.image }} trong thân báo cáo."
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("{{ month | upper(1) }}", "upper"),
        ("{{ month | round(1, 2, 3) }}", "round"),
        ("{{ month | replace('a') }}", "replace"),
    ],
)
def test_a_filter_given_arguments_it_does_not_take_is_a_template_error(
    tmp_path: Path, context: ReportContext, text: str, name: str
) -> None:
    """A built-in filter called with too many, too few or misnamed arguments is the
    template's mistake, said at its paragraph; it was taken for a bug of baocao's own (the
    failed call's last frame is baocao's guard) and gave a traceback with exit code 1."""
    assert refusal(tmp_path, context, text) == (
        f"bộ lọc «{name}» không nhận các đối số mẫu báo cáo đưa cho nó (thừa, thiếu hay sai tên "
        "đối số)" + near(text)
    )


@pytest.mark.parametrize(
    ("text", "kind"), [("{{ doc | dictsort }}", "DocView"), ("{{ 5 | dictsort }}", "int")]
)
def test_a_filter_given_a_value_it_cannot_use_is_a_template_error(
    tmp_path: Path, context: ReportContext, text: str, kind: str
) -> None:
    """An AttributeError raised inside a built-in filter (``dictsort`` of a row, not a
    dict) is the template's mistake, said at its paragraph; it was a traceback, exit 1."""
    assert refusal(tmp_path, context, text) == (
        f"bộ lọc «dictsort» không dùng được cho một giá trị kiểu «{kind}» (Python báo: "
        f"'{kind}' object has no attribute 'items')" + near(text)
    )


def test_an_error_inside_a_built_in_filter_is_not_taken_for_its_arguments(
    tmp_path: Path, context: ReportContext
) -> None:
    """A TypeError raised inside the filter (not by the call) keeps its own message."""
    text = "{{ month | sum }}"
    assert "không nhận các đối số" not in refusal(tmp_path, context, text)


def test_jinjas_answer_on_a_name_is_kept_per_type_not_per_name() -> None:
    """``is_safe_attribute`` keeps Jinja's answer for a type and a name: "update" read
    first on a view that has one is still refused on a dict (which it would change), and
    a name asked again gives what Jinja gives."""

    @dataclasses.dataclass(frozen=True)
    class Note:
        update: str = "tháng 3"

    sandbox._SAFE.clear()
    env = make_environment()
    plain = ImmutableSandboxedEnvironment()
    cases = [(Note(), "update"), ({}, "update"), ([], "append"), ((), "count"), (Note, "mro")]
    for _ in range(2):
        for obj, name in cases:
            value = getattr(obj, name)
            assert env.is_safe_attribute(obj, name, value) is plain.is_safe_attribute(
                obj, name, value
            )
    assert env.is_safe_attribute(Note(), "update", "tháng 3")
    assert not env.is_safe_attribute({}, "update", {}.update)
    assert len(sandbox._SAFE) == len(cases)
