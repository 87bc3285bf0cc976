"""The library entry points, as a script would call them: check, build, new month, series."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from baocao.api import (
    build_report,
    check_inputs,
    first_error,
    problems_json,
    refuses,
)
from baocao.config import load_config
from baocao.errors import InputError, OutputExistsError, Problem, Severity, error, warning
from baocao.office import new_month_workbook, setup_office
from baocao.period import Period, PeriodError
from baocao.render import render_document
from baocao.timeseries import history_series
from baocao.views import ReportContext

from helpers import ROOT, SAMPLE_TEMPLATE, load_workbook, sample_context, write_config, write_month

NOTE = Problem(Severity.INFO, "lấy từ sổ trước")


@pytest.mark.parametrize(
    ("problems", "strict", "expected"),
    [
        ([], False, False),
        ([NOTE], True, False),
        ([warning("w")], False, False),
        ([warning("w")], True, True),
        ([error("e")], False, True),
    ],
)
def test_refuses_is_the_one_strict_rule(
    problems: list[Problem], strict: bool, expected: bool
) -> None:
    """Errors always stop; warnings stop only with strict; notes never."""
    assert refuses(problems, strict=strict) is expected


def test_problems_json_shape() -> None:
    """The JSON of check: file names, counts of each kind, every problem as plain data."""
    shown = problems_json(Path("a.xlsx"), None, [error("e", Path("a.xlsx"), "ChiTieu", "D2"), NOTE])
    assert shown == {
        "workbook": "a.xlsx",
        "template": None,
        "errors": 1,
        "warnings": 0,
        "notes": 1,
        "problems": [
            {
                "severity": "error",
                "label": "LỖI",
                "file": "a.xlsx",
                "sheet": "ChiTieu",
                "cell": "D2",
                "place": None,
                "message": "e",
            },
            {
                "severity": "info",
                "label": "GHI CHÚ",
                "file": None,
                "sheet": None,
                "cell": None,
                "place": None,
                "message": "lấy từ sổ trước",
            },
        ],
    }


def test_check_inputs_gives_a_typed_context(workspace: Path) -> None:
    """The sample checks clean and yields the report's context."""
    result = check_inputs(load_config(None), Period(2024, 3))
    assert (result.ok, result.problems, result.refuses(strict=True)) == (True, [], False)
    assert isinstance(result.context, ReportContext)
    assert result.context.doc.summary == (  # a number held to its period word (U+00A0)
        "Kết quả thực hiện nhiệm vụ tháng\u00a03 và nhiệm vụ trọng tâm tháng\u00a04 năm\u00a02024"
    )
    assert result.workbook == workspace / "data" / "2024-03.xlsx"


def test_build_report_result(workspace: Path) -> None:
    """build_report writes the report and says where; a second call without force refuses."""
    config = load_config(None)
    result = build_report(config, Period(2024, 3))
    assert (result.output, result.pdf, result.backups, result.problems) == (
        workspace / "out" / "BaoCao_T03_2024.docx",
        None,
        [],
        [],
    )
    with pytest.raises(OutputExistsError):
        build_report(config, Period(2024, 3))


def test_build_report_stops_on_errors_with_every_problem(workspace: Path) -> None:
    """A workbook of another month stops the build with an InputError listing the problem."""
    with pytest.raises(InputError) as info:
        build_report(load_config(None), Period(2024, 4))
    missing = workspace / "data" / "2024-04.xlsx"
    assert first_error(info.value) == (
        f"LỖI: {missing}: Không tìm thấy tệp dữ liệu. Hãy tạo sổ của tháng bằng lệnh: "
        "baocao init --month 4 --year 2024"
    )
    assert not (workspace / "out").exists()


def test_new_month_workbook(workspace: Path) -> None:
    """The new month's workbook is written from the latest earlier one, and never replaced."""
    config = load_config(None)
    made = new_month_workbook(config, Period(2024, 4))
    assert (made.path, made.source) == (
        workspace / "data" / "2024-04.xlsx",
        workspace / "data" / "2024-03.xlsx",
    )
    with pytest.raises(OutputExistsError, match="baocao init không ghi đè"):
        new_month_workbook(config, Period(2024, 4))


def test_history_series_formats(tmp_path: Path) -> None:
    """A series as Vietnamese text and as CSV, from the library."""
    data = tmp_path / "data"
    data.mkdir()
    write_month(data, 2024, 1, [("x", 100, None, None, None, None)])
    write_month(data, 2024, 2, [("x", 1822.5, None, None, None, None)])
    found = history_series(load_config(write_config(tmp_path)), "x")
    assert found.table() == [
        "Chỉ tiêu «x» (Chỉ tiêu x, tỷ đồng)",
        "Tháng    Giá trị  So với tháng trước  So với cùng kỳ",
        "01/2024      100",
        "02/2024    1.823           +1.722,5%",
    ]
    assert found.csv() == [
        "thang,gia_tri,so_voi_thang_truoc_pct,so_voi_cung_ky_pct",
        "2024-01,100,,",
        "2024-02,1822.5,1722.50,",
    ]


def test_render_takes_the_typed_context(tmp_path: Path) -> None:
    """render_document renders the default template from a ReportContext alone."""
    template = ROOT / "templates" / "bao_cao_thang.docx"
    doc = render_document(template, sample_context())
    body = doc.docx.paragraphs
    # A number held to its period word by a no-break space, as in the summary.
    assert any(p.text == "I. KẾT QUẢ CHỦ YẾU THÁNG\u00a03 NĂM\u00a02024" for p in body)


def test_a_bug_in_our_own_code_is_not_a_template_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An exception raised inside baocao's filters surfaces as itself, not as exit code 5."""
    import baocao.filters

    monkeypatch.setattr(baocao.filters, "_decimal", lambda name, value: "not a number")
    template = SAMPLE_TEMPLATE  # its sentences use the numeric filters
    with pytest.raises(TypeError, match="'>=' not supported"):
        render_document(template, sample_context())


def test_unknown_chart_code_is_an_error_at_its_key(workspace: Path) -> None:
    """A chart_code no workbook has is an error at [appendix] chart_code of the config, not
    at the data folder; check finds it too when the config asks for the chart."""
    config_path = workspace / "baocao.toml"
    text = config_path.read_text(encoding="utf-8")
    config_path.write_text(
        text.replace(
            "[organization]",
            '[appendix]\nchart = true\nchart_code = "khong_co"\n\n[organization]',
        ),
        encoding="utf-8",
    )
    result = check_inputs(load_config(None), Period(2024, 3))
    errors = [p for p in result.problems if p.severity is Severity.ERROR]
    assert [str(p) for p in errors] == [
        "LỖI: baocao.toml, appendix.chart_code: Không có chỉ tiêu mã «khong_co» để vẽ biểu "
        f"đồ: cả sổ của tháng 3/2024 lẫn các sổ trước nó trong thư mục {workspace / 'data'} "
        "đều không có mã này ở cột «Mã» của trang ChiTieu. Hãy sửa mã cho đúng, hoặc bỏ khóa "
        "này để vẽ chỉ tiêu đầu tiên không có «Thuộc»."
    ]
    with pytest.raises(InputError) as info:
        build_report(load_config(None), Period(2024, 3))
    assert [p for p in info.value.problems if p.severity is Severity.ERROR] == errors
    assert not (workspace / "out").exists()


def test_chart_code_the_month_lacks_is_a_warning_at_its_key(workspace: Path) -> None:
    """A chart_code only an earlier workbook has: the chart is drawn, with a warning at the key
    that the report month's workbook lacks it."""
    import shutil

    pytest.importorskip("matplotlib")
    shutil.copy(ROOT / "data" / "samples" / "2024-02.xlsx", workspace / "data" / "2024-02.xlsx")
    wb = load_workbook(workspace / "data" / "2024-02.xlsx")
    wb["ChiTieu"]["A2"] = "chi_thang_2"
    wb.save(workspace / "data" / "2024-02.xlsx")
    config_path = workspace / "baocao.toml"
    text = config_path.read_text(encoding="utf-8")
    config_path.write_text(
        text.replace("[organization]", '[appendix]\nchart_code = "chi_thang_2"\n\n[organization]'),
        encoding="utf-8",
    )
    result = build_report(load_config(None), Period(2024, 3), chart=True)
    assert [str(p) for p in result.problems if p.place == "appendix.chart_code"] == [
        "CẢNH BÁO: baocao.toml, appendix.chart_code: Sổ của tháng 3/2024 không có chỉ tiêu mã "
        "«chi_thang_2»: biểu đồ vẽ một chỉ tiêu mà báo cáo không có, và tháng báo cáo không có "
        "cột. Hãy kiểm tra mã."
    ]


@pytest.mark.parametrize("chart", [False, True])
def test_a_build_opens_the_template_once(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, chart: bool
) -> None:
    """A build opens the template's file once, with the chart too: its checks, the chart's
    width (the appendix's) and the render take the same bytes."""
    import builtins
    import io
    import os

    if chart:
        pytest.importorskip("matplotlib")
    opened: list[str] = []

    def counter(real: Any) -> Any:
        def counting(file: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(file, str | Path) and Path(file).name == SAMPLE_TEMPLATE.name:
                opened.append(Path(file).name)
            return real(file, *args, **kwargs)

        return counting

    for module, name in ((io, "open"), (builtins, "open"), (os, "open")):
        monkeypatch.setattr(module, name, counter(getattr(module, name)))
    result = build_report(load_config(None), Period(2024, 3), chart=chart)
    assert result.output.exists()
    assert opened == [SAMPLE_TEMPLATE.name]


def test_a_check_renders_the_chart_as_the_build_will(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the chart configured, the check's dry run renders the template's chart part
    too (a stand-in picture, nothing drawn, matplotlib not needed): what the build would
    refuse, the check says first."""
    import sys

    from docx import Document

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # the check draws nothing
    template = workspace / "mau.docx"
    doc = Document(str(SAMPLE_TEMPLATE))
    doc.add_paragraph("{% if chart %}Hình: {{ chart.image ~ '' }}{% endif %}")
    doc.save(str(template))
    write_config(workspace, template=template)
    config_path = workspace / "baocao.toml"
    text = config_path.read_text(encoding="utf-8")
    config_path.write_text(
        text.replace("[organization]", "[appendix]\nchart = true\n\n[organization]"),
        encoding="utf-8",
    )
    result = check_inputs(load_config(None), Period(2024, 3))
    assert [p.message for p in result.problems if p.file == template] == [
        "Mẫu báo cáo đổi hình biểu đồ thành chữ (bằng «~», «| string» hay «format»); hãy in "
        "hình một mình: {{ chart.image }}. (gần đoạn «{% if chart %}Hình: {{ chart.image ~ '' "
        "}}{% endif %}»)"
    ]


def test_paths_given_as_text(workspace: Path) -> None:
    """A script may name the config, the report and a new office's folder by a str."""
    config = load_config("baocao.toml")
    assert config.source == Path("baocao.toml")
    assert build_report(config, Period(2024, 3), "bc.docx").output == Path("bc.docx")
    assert setup_office("moi", Period(2024, 3)).config == Path("moi") / "baocao.toml"


@pytest.mark.parametrize(
    ("period", "message"),
    [
        (Period(2024, 13), "Tháng phải từ 1 đến 12, nhưng là 13."),
        (Period(2024, 0), "Tháng phải từ 1 đến 12, nhưng là 0."),
        (Period("2024", "3"), "Năm và tháng phải là số nguyên, nhưng là '2024' và '3'."),  # type: ignore[arg-type]
        (None, "Tháng phải là một Period(năm, tháng), nhưng là None."),
    ],
)
def test_a_period_out_of_range_is_refused_before_any_file(
    workspace: Path, period: Period, message: str
) -> None:
    """Period(2024, 13) wrote data/2024-13.xlsx; every entry point refuses it, in Vietnamese."""
    config = load_config(None)
    for call in (
        lambda: check_inputs(config, period),
        lambda: build_report(config, period),
        lambda: new_month_workbook(config, period),
    ):
        with pytest.raises(PeriodError) as info:
            call()
        assert str(info.value) == message
    assert sorted(p.name for p in (workspace / "data").iterdir()) == ["2024-03.xlsx"]
    assert not (workspace / "out").exists()


def test_a_series_between_periods_out_of_range_is_refused(workspace: Path) -> None:
    """history_series(config, code, Period(2024, 1), Period(2024, 13)) gave rows for
    "2024-13" (and one for "2024-0" from Period(2024, 0)); a (year, month) tuple raised
    AttributeError. The ends are checked as every entry point's period is."""
    config = load_config(None)
    with pytest.raises(PeriodError, match=r"^Tháng phải từ 1 đến 12, nhưng là 13\.$"):
        history_series(config, "xuat_khau", Period(2024, 1), Period(2024, 13))
    with pytest.raises(PeriodError, match=r"^Tháng phải từ 1 đến 12, nhưng là 0\.$"):
        history_series(config, "xuat_khau", Period(2024, 0))
    rows = history_series(config, "xuat_khau", (2024, 2), (2024, 3)).rows  # type: ignore[arg-type]
    assert [(r.period, r.value) for r in rows] == [
        (Period(2024, 2), Decimal("1673")),
        (Period(2024, 3), Decimal("1822.5")),
    ]
