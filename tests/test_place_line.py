"""The date line's place typed as a sentence writes the province ("tỉnh Trường Giang"):
Decree 30/2020/NĐ-CP writes the province's own name there. A warning at the config's key."""

from __future__ import annotations

from pathlib import Path

import pytest

from baocao.api import check_inputs
from baocao.config import load_config
from baocao.period import Period
from test_figures import month_book, row

from helpers import write_config

MARCH = Period(2025, 3)


def _said(
    folder: Path, at: str = "organization.place", line: str | None = None, **keys: str
) -> list[tuple[str, str | None, str]]:
    """The problems at the config's key ``at`` (and the keys below it) of a check of a small
    March, the config written with ``keys`` (``place``, ``province``) and, with ``line``, that
    recipient's line in place of the sample's "UBND tỉnh (B/c)"."""
    (folder / "data").mkdir()
    month_book(folder / "data", MARCH, {}, [row("x", 100, 80)])
    path = write_config(folder, template=None, **keys)
    if line is not None:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace('"UBND tỉnh (B/c)"', f'"{line}"'), encoding="utf-8")
    return [
        (p.severity.name, p.place, p.message)
        for p in check_inputs(load_config(path), MARCH).problems
        if p.place is not None and p.place.startswith(at)
    ]


@pytest.mark.parametrize(
    ("typed", "word", "meant"),
    [("tỉnh Trường Giang", "tỉnh", "Trường Giang"), ("Tỉnh  Lam Sơn", "Tỉnh", "Lam Sơn")],
)
def test_a_place_opening_with_the_province_word_is_said(
    tmp_path: Path, typed: str, word: str, meant: str
) -> None:
    shown = " ".join(typed.split())
    assert _said(tmp_path, place=typed) == [
        (
            "WARNING",
            "organization.place",
            f"Khóa «place» ghi «{shown}»: báo cáo sẽ in «{shown}, ngày … tháng … năm …», mà "
            "theo Nghị định 30/2020/NĐ-CP địa danh ở dòng ngày tháng là tên riêng của tỉnh, "
            f"không có chữ «{word}». Hãy ghi «{meant}».",
        )
    ]


@pytest.mark.parametrize("typed", ["Trường Giang", "Thành phố Lam Sơn", "Quận 5"])
def test_a_place_name_is_quiet(tmp_path: Path, typed: str) -> None:
    assert _said(tmp_path, place=typed) == []


def _province_said(folder: Path, province: str) -> list[tuple[str, str | None, str]]:
    return _said(folder, "organization.province", province=province)


def _printed(province: str) -> str:
    return (
        f"Khóa «province» ghi «{province}»: câu văn sẽ viết «Chỉ số sản xuất công nghiệp tháng "
        f"… {province} …» và «… của Sở Công Thương {province}»"
    )


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        (
            "Trường Giang",
            ", thiếu chữ «tỉnh» (hay «thành phố») trước tên riêng. Hãy ghi «tỉnh Trường Giang» "
            "(hoặc «thành phố Trường Giang» nếu là thành phố trực thuộc trung ương).",
        ),
        (
            "Tỉnh Trường Giang",
            ", mà chữ «Tỉnh» đứng giữa câu viết thường. Hãy ghi «tỉnh Trường Giang».",
        ),
        ("TỈNH LAM SƠN", ", mà chữ «TỈNH» đứng giữa câu viết thường. Hãy ghi «tỉnh Lam Sơn»."),
        ("tỉnhLam Sơn", ", thiếu dấu cách sau chữ «tỉnh». Hãy ghi «tỉnh Lam Sơn»."),
        (
            "Thành Phố Lam Sơn",
            ", mà chữ «Thành Phố» đứng giữa câu viết thường. Hãy ghi «thành phố Lam Sơn».",
        ),
        (
            "THÀNH PHỐ LAM SƠN",
            ", mà chữ «THÀNH PHỐ» đứng giữa câu viết thường. Hãy ghi «thành phố Lam Sơn».",
        ),
        ("thành phốLam Sơn", ", thiếu dấu cách sau chữ «thành phố». Hãy ghi «thành phố Lam Sơn»."),
        (  # falsealarm12 and 14: advised «tỉnh Thủ đô Hà Nội»
            "Thủ đô Hà Nội",
            ", mà «Thủ đô» là danh xưng, không phải chữ chỉ đơn vị hành chính. Hãy ghi «thành "
            "phố Hà Nội».",
        ),
    ],
)
def test_a_province_not_written_as_a_sentence_writes_it_is_said(
    tmp_path: Path, typed: str, why: str
) -> None:
    """`province = "Trường Giang"` printed "Chỉ số sản xuất công nghiệp tháng 3/2025 Trường
    Giang tăng khá …" with no word (office16); "Tỉnh Trường Giang" printed a capital
    mid-sentence. Each is a warning at the key, the report printing what was typed. "Thành
    Phố Lam Sơn" was told it lacked "tỉnh" (hay "thành phố") and to write "tỉnh Thành Phố Lam
    Sơn" (falsealarm11): its word is there, in capitals."""
    assert _province_said(tmp_path, typed) == [
        ("WARNING", "organization.province", _printed(typed) + why)
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "tỉnh Trường Giang",
        "thành phố Lam Sơn",
        "Thành phố Hồ Chí Minh",
        "TP. Lam Sơn",
        "TP Lam Sơn",
        "Tp. Lam Sơn",
        "Tp.Lam Sơn",
        "Tp Lam Sơn",
    ],
)
def test_a_province_with_its_word_is_quiet(tmp_path: Path, typed: str) -> None:
    """ "Tp. Lam Sơn", the press's "Tp.", was warned to be written "tỉnh Tp. Lam Sơn"
    (falsealarm11): it is "TP." in another case."""
    assert _province_said(tmp_path, typed) == []


def test_a_province_typed_with_an_invisible_space_is_said_once(tmp_path: Path) -> None:
    """ "tỉnh\u200bLam Sơn" is read "tỉnhLam Sơn": signerchars says so at the key; the
    province's own rule adds nothing."""
    said = _province_said(tmp_path, "tỉnh\\u200bLam Sơn")
    assert [message.split(":")[0] for _, _, message in said] == [
        "Khóa «province» của [organization] có ký tự vô hình U+200B (ký tự thứ 5, giữa «tỉnh» "
        "và «Lam»), thường do dán từ trang web hoặc tệp khác"
    ]


@pytest.mark.parametrize(
    ("typed", "word", "meant"),
    [
        ("thành phố Lam Sơn", "thành phố", "Lam Sơn"),
        ("TP. Lam Sơn", "TP.", "Lam Sơn"),
        ("Tp.Lam Sơn", "Tp.", "Lam Sơn"),
        ("TP Lam Sơn", "TP", "Lam Sơn"),
        ("Tp Lam Sơn", "Tp", "Lam Sơn"),  # quiet, while "TP Lam Sơn" and "Tp." were said
    ],
)
def test_a_place_opening_with_the_city_word_in_small_letters_or_shortened_is_said(
    tmp_path: Path, typed: str, word: str, meant: str
) -> None:
    """`place = "thành phố Hải Phòng"` (a city's office typing the place as its sentences
    write the city) printed "thành phố Hải Phòng, ngày … tháng 5 năm 2022", a line opening
    in small letters, with check --strict clean (province36, Hải Phòng 5/2022); "TP. Hồ Chí
    Minh" printed the short form. Decree 30 writes the city's own name, "Thành phố" in full
    only before a name that is a person's, so each is a warning naming both."""
    assert _said(tmp_path, place=typed) == [
        (
            "WARNING",
            "organization.place",
            f"Khóa «place» ghi «{typed}»: báo cáo sẽ in «{typed}, ngày … tháng … năm …», mà "
            "theo Nghị định 30/2020/NĐ-CP địa danh ở dòng ngày tháng là tên riêng của thành "
            f"phố, không có chữ «{word}» (chỉ thành phố mang tên người mới ghi đủ «Thành phố "
            f"…»). Hãy ghi «{meant}» (hoặc «Thành phố {meant}» nếu tên thành phố là tên người).",
        )
    ]


@pytest.mark.parametrize("typed", ["Thành phố Hồ Chí Minh", "TPHCM", "Tân Phú", "Thái Bình"])
def test_a_place_with_a_capital_city_word_or_none_is_quiet(tmp_path: Path, typed: str) -> None:
    assert _said(tmp_path, place=typed) == []


def _recipients_said(folder: Path, province: str, line: str) -> list[tuple[str, str | None, str]]:
    return _said(folder, "recipients", line, province=province, place="Lam Sơn")


@pytest.mark.parametrize(
    ("province", "typed", "meant"),
    [
        ("thành phố Lam Sơn", "UBND tỉnh (B/c)", "UBND thành phố (B/c)"),
        ("TP. Lam Sơn", "UBND Tỉnh", "UBND thành phố"),
        ("Thành phố Lam Sơn", "Ủy ban nhân dân tỉnh (b/c);", "Ủy ban nhân dân thành phố (b/c);"),
    ],
)
def test_a_citys_report_sent_to_the_provinces_council_is_said(
    tmp_path: Path, province: str, typed: str, meant: str
) -> None:
    """A city's office keeping the sample's recipient "UBND tỉnh (B/c)" (province =
    "thành phố Hải Phòng", province36, Hải Phòng 5/2022) printed "- UBND tỉnh (B/c);" in
    its Nơi nhận with check --strict clean: a city under the central government has no
    province above it. A bare "UBND tỉnh" beside a city's province is a warning at the line."""
    assert _recipients_said(tmp_path, province, typed) == [
        (
            "WARNING",
            "recipients.lines.0",
            f"Khóa «lines» (mục thứ 1) của [recipients] ghi «{typed}», mà khóa «province» ghi "
            f"«{province}»: báo cáo sẽ gửi Ủy ban nhân dân tỉnh, không phải của thành phố. Hãy "
            f"ghi «{meant}».",
        )
    ]


@pytest.mark.parametrize(
    ("province", "typed"),
    [
        ("tỉnh Lam Sơn", "UBND tỉnh (B/c)"),
        ("thành phố Lam Sơn", "UBND thành phố (B/c)"),
        ("thành phố Lam Sơn", "UBND tỉnh Trường Giang"),
        ("tỉnh Lam Sơn", "UBND thành phố Trường Giang"),
    ],
)
def test_a_council_of_the_offices_own_kind_or_named_is_quiet(
    tmp_path: Path, province: str, typed: str
) -> None:
    assert _recipients_said(tmp_path, province, typed) == []


@pytest.mark.parametrize("typed", ["tỉnh", "Thành phố", "TP."])
def test_a_province_or_a_place_of_its_word_alone_is_said(tmp_path: Path, typed: str) -> None:
    """`province = "tỉnh"` (the name left out) was told it lacked "tỉnh" and to write "tỉnh
    tỉnh", "TP." to write "tỉnh TP."; `place = "tỉnh"` printed "tỉnh, ngày … tháng … năm
    …" with no word. Each is said to lack the name."""
    (tmp_path / "p").mkdir()
    (tmp_path / "q").mkdir()
    assert _province_said(tmp_path / "p", typed) == [
        (
            "WARNING",
            "organization.province",
            _printed(typed) + f", chỉ có chữ «{typed}», thiếu tên riêng sau chữ đó. Hãy ghi cả "
            "tên riêng.",
        )
    ]
    assert _said(tmp_path / "q", place=typed) == [
        (
            "WARNING",
            "organization.place",
            f"Khóa «place» ghi «{typed}»: báo cáo sẽ in «{typed}, ngày … tháng … năm …», mà "
            "theo Nghị định 30/2020/NĐ-CP địa danh ở dòng ngày tháng là tên riêng của tỉnh "
            f"(hay thành phố), mà khóa chỉ có chữ «{typed}». Hãy ghi tên riêng.",
        )
    ]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Sở Công Thương tỉnh Bắc Giang", True),
        ("Sở Công Thương Tỉnh  Bắc Giang", True),
        ("Sở Công Thương", False),
        ("Sở Công Thương tỉnh Bắc Ninh", False),
    ],
)
def test_a_body_in_text_ending_with_the_province_is_said(
    tmp_path: Path, typed: str, said: bool
) -> None:
    """`issuing_body_in_text = "Sở Công Thương tỉnh Bắc Giang"` printed the appendix's "(Kèm
    theo Báo cáo số … của Sở Công Thương tỉnh Bắc Giang tỉnh Bắc Giang)" (falsealarm17): the
    line adds the province after it. A warning at the key; another province's name is not
    said."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {}, [row("x", 100, 80)])
    path = write_config(tmp_path, template=None)
    text = path.read_text(encoding="utf-8")
    body = 'issuing_body = "SỞ CÔNG THƯƠNG"'
    assert body in text
    text = text.replace(body, f'{body}\nissuing_body_in_text = "{typed}"')
    path.write_text(text, encoding="utf-8")
    problems = [
        (p.severity.name, p.place, p.message)
        for p in check_inputs(load_config(path), MARCH).problems
        if p.place == "organization.issuing_body_in_text"
    ]
    shown = " ".join(typed.split())
    expected = (
        f"Khóa «issuing_body_in_text» ghi «{shown}», mà phụ lục tự viết «tỉnh Bắc Giang» "
        f"(khóa «province») sau nó: báo cáo sẽ in «… của {shown} tỉnh Bắc Giang». Hãy ghi "
        "«Sở Công Thương»."
    )
    assert problems == (
        [("WARNING", "organization.issuing_body_in_text", expected)] if said else []
    )


def test_a_body_in_text_ending_with_the_provinces_name_is_said(tmp_path: Path) -> None:
    """ "Sở Công Thương Bắc Giang" beside "tỉnh Bắc Giang" printed "… của Sở Công Thương Bắc
    Giang tỉnh Bắc Giang": the province's name without its word is said as the province."""
    (tmp_path / "data").mkdir()
    month_book(tmp_path / "data", MARCH, {}, [row("x", 100, 80)])
    path = write_config(tmp_path, template=None)
    body = 'issuing_body = "SỞ CÔNG THƯƠNG"'
    text = path.read_text(encoding="utf-8").replace(
        body, f'{body}\nissuing_body_in_text = "Sở Công Thương Bắc Giang"'
    )
    path.write_text(text, encoding="utf-8")
    problems = [
        p.message
        for p in check_inputs(load_config(path), MARCH).problems
        if p.place == "organization.issuing_body_in_text"
    ]
    assert problems == [
        "Khóa «issuing_body_in_text» ghi «Sở Công Thương Bắc Giang», mà phụ lục tự viết «tỉnh "
        "Bắc Giang» (khóa «province») sau nó: báo cáo sẽ in «… của Sở Công Thương Bắc Giang "
        "tỉnh Bắc Giang». Hãy ghi «Sở Công Thương»."
    ]
