"""The parts of a .xlsx that openpyxl reads as its workbook and its sheets, found as
openpyxl finds them, not by their usual names.

openpyxl takes the workbook part that ``[Content_Types].xml`` names (not necessarily
``xl/workbook.xml``) and reads as a sheet every part its ``<sheet>`` elements point to
through the workbook's relationships, wherever it is stored (``/xl/data/s5.xml``). The
limits ``sniff`` and ``bookcounts`` keep (cells, merged ranges, defined names) and the
row order ``workbookxml`` checks must see those parts: a merged range of 17 billion cells
in a sheet stored outside ``xl/worksheets/`` made ``check`` run for minutes, and 300 000
defined names in a workbook part other than ``xl/workbook.xml`` passed their limit.
"""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from collections import Counter
from typing import NamedTuple

USUAL_WORKBOOK = "xl/workbook.xml"
_XLSX_MAIN = b"spreadsheetml.sheet.main+xml"  # the .xlsx workbook's content type
_OVERRIDE = re.compile(rb"<(?:\w+:)?Override\b[^>]*>")
_RELATIONSHIP = re.compile(rb"<(?:\w+:)?Relationship\b[^>]*>")
_SHEET = re.compile(rb"<(?:\w+:)?sheet\b[^>]*>")
# A sheet part's row and cell elements, <row r="3"> or <x:c …/> (counted by ``sniff`` and
# ``emptyrows``).
ROW_START = re.compile(rb"<(?:\w+:)?row[\s>/]")
CELL_START = re.compile(rb"<(?:\w+:)?c[\s>/]")


def utf8(xml: bytes) -> bytes:
    """A part's XML in UTF-8, as the byte patterns that count its records are written: one
    in UTF-16 (which XML allows and openpyxl reads; Excel writes UTF-8) is re-encoded, else
    its cells and merged ranges went uncounted (a merged range of 17 billion cells: check
    ran for minutes). Bytes that are not UTF-16 are returned as they are."""
    if xml[:2] in (b"\xff\xfe", b"\xfe\xff"):
        codec = "utf-16"  # its byte order mark says which
    elif xml[:2] == b"<\x00":
        codec = "utf-16-le"
    elif xml[:2] == b"\x00<":
        codec = "utf-16-be"
    else:
        return xml
    try:
        return xml.decode(codec).encode("utf-8")
    except UnicodeDecodeError:
        return xml


def attribute(tag: bytes, name: bytes) -> str | None:
    """The value of attribute ``name`` (``b"Id"``, or ``b"\\w+:id"`` for any prefix) of
    an XML start ``tag``, unescaped; quoted either way, as XML allows."""
    found = re.search(rb"(?<![\w:])" + name + rb"\s*=\s*([\"'])(.*?)\1", tag, re.DOTALL)
    return html.unescape(found[2].decode("utf-8", "replace")) if found else None


def workbook_part(archive: zipfile.ZipFile) -> str:
    """The part openpyxl reads as the workbook: the first ``Override`` of the .xlsx
    workbook's content type (its ``PartName`` without the leading "/", as openpyxl
    drops it), else ``xl/workbook.xml``."""
    try:
        kinds = utf8(archive.read("[Content_Types].xml"))
    except KeyError:
        return USUAL_WORKBOOK
    for override in _OVERRIDE.finditer(kinds):
        kind, name = attribute(override[0], b"ContentType"), attribute(override[0], b"PartName")
        if kind is not None and name and kind.encode().endswith(_XLSX_MAIN):
            return name[1:]
    return USUAL_WORKBOOK


class Sheet(NamedTuple):
    """A part openpyxl may read as a sheet: the title the workbook gives it (else the part's
    own name), and how many of the workbook's sheets are that part: openpyxl reads it once
    for each, so its cells count as many times (31 sheets of one part of 400 000 cells ran
    for minutes)."""

    title: str
    listed: int


def sheet_parts(archive: zipfile.ZipFile) -> dict[str, Sheet]:
    """Every part openpyxl may read as a sheet → ``Sheet``: those under ``xl/worksheets/``
    and every part the workbook's relationships point to (a style or theme part too, which
    holds no cell), in the archive's order."""
    names = archive.namelist()
    book = workbook_part(archive)
    folder, base = posixpath.split(book)
    targets: dict[str, str] = {}  # relationship Id → part
    try:
        rels = utf8(archive.read(posixpath.join(folder, "_rels", f"{base}.rels")))
    except KeyError:
        rels = b""
    for rel in _RELATIONSHIP.finditer(rels):
        rid, target = attribute(rel[0], b"Id"), attribute(rel[0], b"Target")
        if rid is None or not target or attribute(rel[0], b"TargetMode") == "External":
            continue
        # As openpyxl resolves a target: from the package's root when it begins with "/",
        # else from the workbook's folder.
        part = target[1:] if target.startswith("/") else posixpath.join(folder, target)
        targets[rid] = posixpath.normpath(part)
    titles: dict[str, str] = {}
    listed: Counter[str] = Counter()
    try:
        workbook = utf8(archive.read(book))
    except KeyError:
        workbook = b""
    for sheet in _SHEET.finditer(workbook):
        title, rid = attribute(sheet[0], b"name"), attribute(sheet[0], rb"\w+:id")
        if title is not None and rid in targets:
            titles.setdefault(targets[rid], title)
            listed[targets[rid]] += 1
    read = set(targets.values()) | {
        n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")
    }
    return {n: Sheet(titles.get(n, n), listed[n]) for n in names if n in read}
