"""A written report's zip: python-docx's, its entries dated the document time in place."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest

from baocao.output import write_document
from baocao.render import render_document
from baocao.zipstamp import rezipped, stamped

from helpers import SAMPLE_TEMPLATE, sample_context

STAMP = dt.datetime(2024, 3, 1, 7, 8, 59)  # odd seconds: a zip entry keeps them halved


@pytest.fixture(scope="module")
def saved() -> bytes:
    """The sample rendered, as python-docx saves it (its entries dated now)."""
    buffer = io.BytesIO()
    render_document(SAMPLE_TEMPLATE, sample_context()).save(buffer)
    return buffer.getvalue()


def zip_of(entries: list[tuple[str, bytes]], comment: bytes = b"") -> bytes:
    """A zip as python-docx writes one (deflated, dated now), with ``comment``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as made:
        for name, data in entries:
            made.writestr(name, data)
        made.comment = comment
    return buffer.getvalue()


def test_the_report_is_the_saved_zip_made_again_with_its_entries_dated(
    saved: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The written report holds the bytes of python-docx's zip made again entry by entry,
    each dated the document time, and each part is deflated once (by python-docx), not
    inflated and deflated again."""
    written: list[str] = []
    writestr = zipfile.ZipFile.writestr

    def counted(self: Any, info: Any, *args: Any, **kwargs: Any) -> None:
        written.append(info if isinstance(info, str) else info.filename)
        writestr(self, info, *args, **kwargs)

    doc = render_document(SAMPLE_TEMPLATE, sample_context())
    monkeypatch.setattr(zipfile.ZipFile, "writestr", counted)
    report = tmp_path / "report.docx"
    write_document(doc, report, stamp=STAMP, title="T", creator="S")
    monkeypatch.undo()
    with zipfile.ZipFile(report) as archive:
        names = archive.namelist()
        assert {info.date_time for info in archive.infolist()} == {(2024, 3, 1, 7, 8, 58)}
    assert written == names  # python-docx's writes alone
    buffer = io.BytesIO()
    doc.save(buffer)  # the same document saved again: only its entries' dates differ
    assert report.read_bytes() == rezipped(buffer.getvalue(), STAMP)


@pytest.mark.parametrize(
    "packed",
    [
        pytest.param(None, id="sample"),
        pytest.param(zip_of([("word/média/ảnh 1.png", b"PNG" * 50), ("a.xml", b"")]), id="utf8"),
        pytest.param(zip_of([("a.xml", b"<a/>")], comment=b"made by hand"), id="comment"),
        pytest.param(zip_of([]), id="empty"),
    ],
)
def test_dating_in_place_gives_the_bytes_of_a_zip_made_again(
    saved: bytes, packed: bytes | None
) -> None:
    """Every entry redated, in place or (a layout not known, such as a comment) made again,
    gives the bytes a new zip of the same entries gives."""
    packed = saved if packed is None else packed
    assert stamped(packed, STAMP) == rezipped(packed, STAMP)
    assert stamped(packed, dt.datetime(2107, 12, 31, 23, 59, 58)) == rezipped(
        packed, dt.datetime(2107, 12, 31, 23, 59, 58)
    )


class _Unseekable(io.RawIOBase):
    """A stream zipfile cannot seek back in: it writes each entry's sizes after its data
    (a data descriptor, flag bit 3)."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.data += data
        return len(data)


def _streamed() -> bytes:
    stream = _Unseekable()
    with zipfile.ZipFile(stream, "w", compression=zipfile.ZIP_DEFLATED) as made:
        made.writestr("word/document.xml", b"<w:document/>" * 40)
    return bytes(stream.data)


def _forced_zip64() -> bytes:
    buffer = io.BytesIO()
    made = zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED)
    with made, made.open("word/document.xml", "w", force_zip64=True) as part:
        part.write(b"<w:document/>" * 40)
    return buffer.getvalue()


def _stored() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as made:
        made.writestr("word/document.xml", b"<w:document/>" * 40)
    return buffer.getvalue()


def _entry_comment() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as made:
        entry = zipfile.ZipInfo("word/document.xml")
        entry.compress_type = zipfile.ZIP_DEFLATED
        entry.comment = b"by hand"
        made.writestr(entry, b"<w:document/>" * 40)
    return buffer.getvalue()


def _cp437_name() -> bytes:
    """An entry named "énh.xml" in code page 437 (no UTF-8 flag), as older tools write:
    a new zip writes the name zipfile reads from it in UTF-8, flagged."""
    data = bytearray(zip_of([("word/\u00e9nh.xml", b"<a/>")]))  # é: C3 A9, flagged UTF-8
    central = data.index(b"PK\x01\x02")
    for flag, name in ((6, 30), (central + 8, central + 46)):  # local header, then central
        data[flag : flag + 2] = b"\x00\x00"
        data[name + 5 : name + 7] = "\u00e9".encode("cp437") + b"_"  # é_ read as cp437
    return bytes(data)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(_streamed, id="data-descriptor"),
        pytest.param(_forced_zip64, id="zip64-extra"),
        pytest.param(_stored, id="stored"),
        pytest.param(_entry_comment, id="entry-comment"),
        pytest.param(_cp437_name, id="cp437-name"),
    ],
)
def test_a_layout_a_new_zip_would_not_keep_is_made_again(make: Any) -> None:
    """An entry whose header a new zip writes otherwise (sizes after the data, a zip64
    extra field, stored rather than deflated, a comment, a name not in UTF-8) is not dated
    in place: the result is still the bytes of the zip made again."""
    packed = make()
    assert stamped(packed, STAMP) == rezipped(packed, STAMP)
