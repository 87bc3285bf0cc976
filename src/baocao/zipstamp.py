"""A saved .docx's zip with every entry dated one time, without deflating it again.

python-docx saves a document as a zip whose entries are dated now; a report's entries
carry its document time instead (``output.write_document``), so that the same inputs
give the same bytes. python-docx deflates each part with ``zipfile`` at its default
level and names, orders and marks its entries as a new zip of the same parts would: a
zip made again entry by entry differs from it in the entries' dates alone (four bytes
of each local header and of each central directory record). Those are rewritten here,
in place, instead of inflating and deflating every part a second time.
"""

from __future__ import annotations

import datetime as dt
import io
import struct
import zipfile

_END = b"PK\x05\x06"  # the end of central directory record (22 bytes without a comment)
_CENTRAL = b"PK\x01\x02"  # a central directory record (46 bytes, then name, extra, comment)
_LOCAL = b"PK\x03\x04"  # a local file header (its time and date at bytes 10-13)


def stamped(packed: bytes, stamp: dt.datetime) -> bytes:
    """``packed`` with every entry dated ``stamp``: byte for byte what ``rezipped`` makes of
    it (a zip it does not know the layout of, such as one with a comment, a data descriptor,
    a zip64 or other extra field, a stored entry or a name in code page 437, is made again)."""
    dated = zipfile.ZipInfo("x", date_time=stamp.timetuple()[:6])
    dated.CRC = dated.compress_size = dated.file_size = 0
    when = dated.FileHeader()[10:14]  # the time and date as zipfile writes them
    data = bytearray(packed)
    end = len(data) - 22
    if end < 0 or data[end : end + 4] != _END:
        return rezipped(packed, stamp)
    _, disk, _, here, count, size, start, comment = struct.unpack("<4s4H2LH", data[end:])
    if disk or here != count or comment or start + size != end:
        return rezipped(packed, stamp)
    record = start
    for _ in range(count):
        if data[record : record + 4] != _CENTRAL or record + 46 > end:
            return rezipped(packed, stamp)
        name, extra, remark = struct.unpack("<3H", data[record + 28 : record + 34])
        (local,) = struct.unpack("<L", data[record + 42 : record + 46])
        if data[local : local + 4] != _LOCAL or local + 30 > start:
            return rezipped(packed, stamp)
        if extra or remark or not _made_again_alike(data, record, local, name):
            return rezipped(packed, stamp)
        data[record + 12 : record + 16] = when
        data[local + 10 : local + 14] = when
        record += 46 + name + extra + remark
    if record != end:
        return rezipped(packed, stamp)
    return bytes(data)


def _made_again_alike(data: bytearray, record: int, local: int, name: int) -> bool:
    """Whether the entry at central ``record`` and ``local`` header is laid out as a new
    zip writes it, its date aside: deflated, no data descriptor (flag bit 3) nor any
    other flag but UTF-8, which marks exactly a name not in ASCII, and no extra field."""
    named = bytes(data[record + 46 : record + 46 + name])
    utf8 = 0x800 if not named.isascii() else 0
    central_flags, central_method = struct.unpack("<2H", data[record + 8 : record + 12])
    local_flags, local_method = struct.unpack("<2H", data[local + 6 : local + 10])
    (local_extra,) = struct.unpack("<H", data[local + 28 : local + 30])
    return (
        central_flags == local_flags == utf8
        and central_method == local_method == zipfile.ZIP_DEFLATED
        and not local_extra
    )


def rezipped(packed: bytes, stamp: dt.datetime) -> bytes:
    """A new zip of ``packed``'s entries, in its order, each dated ``stamp`` and deflated."""
    target = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(packed)) as source, zipfile.ZipFile(target, "w") as made:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            made.writestr(entry, source.read(info))
    return target.getvalue()
