"""A zip part that unpacks to more than its header says.

``zipfile`` uses a part's declared size only to cut what it returns: ``read()`` first
inflates the whole part into memory (a 1 MB workbook whose sheet says 50 kB but
inflates to 1 GB took 2 GB and 16 s, or ended in a ``MemoryError`` traceback), then
keeps the declared bytes. The sizes ``sniff`` and ``templatefile`` weigh are the
declared ones, so each part is inflated here first, a megabyte at a time and at most
one byte past its declared size, before anything reads it whole.
"""

from __future__ import annotations

import struct
import zipfile
import zlib

_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # a part's local header, before its name
_STEP = 1024 * 1024


def understated(data: bytes, archive: zipfile.ZipFile) -> str | None:
    """The name of the first part of ``archive`` (opened on ``data``) that inflates
    beyond its declared size; None when every part keeps to it. A damaged stream raises
    ``zlib.error``, as reading it would."""
    for info in archive.infolist():
        if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
            continue  # stored parts are cut at their size; encrypted ones are not read
        start = info.header_offset + _LOCAL_HEADER.size
        if start > len(data):
            continue  # a part past the end: zipfile calls it damaged when it is read
        fields = _LOCAL_HEADER.unpack_from(data, info.header_offset)
        start += fields[-2] + fields[-1]  # the part's name and extra field in its header
        if _inflates_beyond(data[start : start + info.compress_size], info.file_size):
            return info.filename
    return None


def _inflates_beyond(raw: bytes, size: int) -> bool:
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    left, pending = size + 1, raw
    while left > 0 and pending:
        out = inflater.decompress(pending, min(left, _STEP))
        if not out:
            break
        left -= len(out)
        pending = inflater.unconsumed_tail
    return left <= 0
