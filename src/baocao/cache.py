"""An embedded cache of earlier months' figures: SQLite in the data folder.

Reading a workbook with openpyxl costs about 10 ms; ``baocao history`` over
ten years reads 120 of them. The cache keeps what the history reader took
from each workbook (its ChiTieu rows, the month its ThongTin states and its
HoatDong headings), keyed by the file's name, size and
modification time, so a workbook is parsed again only after it changes.

Unlike ``store`` (the user's cache, keyed by each file's content), it spares even
opening the files; where it is on, history's readings are not added to the store too.
It is an optimisation only: it is made only in a folder holding at least
``MIN_WORKBOOKS`` monthly workbooks (a small folder reads fast enough and
stays uncluttered), any SQLite or file-system trouble turns it off for the
run without a word, and the file ``.baocao-cache.sqlite3`` can be deleted at
any time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from decimal import Decimal
from pathlib import Path

from baocao.models import SPOILED_KINDS, Figure, MonthRecords, Record, Spoiled, StatedMonth

CACHE_NAME = ".baocao-cache.sqlite3"
MIN_WORKBOOKS = 12
VERSION = 42  # bump when Record or the history reader changes what it keeps (10: placeholder
# 0s; 11: each row's Số lẻ %, the decimals of history's changes; 12: a percent cell's
# text with its format's decimals, "45,0%"; 13: text cleaned as the month's reader cleans
# it, a code, unit or number pasted with a zero-width space read as typed without it, an
# eth "Ð" as "Đ"; 14: a HoatDong heading row with only its Mục heads the paragraphs below;
# 15: the cell of each row's Đơn vị; 16: a unit read without a footnote's mark or a colon
# after it, "tỷ đồng*"; 17: a number read as its format shows it, "#,##0.0,," in millions;
# 18: a unit of the table's marks alone, "-", read as no unit; 19: a number under a format
# with conditions read by the section whose condition holds; 20: a number too large for a
# date in a date-formatted cell read as "########", not as the error "#VALUE!"; 21: and
# whether the cell's format was a time's; 22: a unit's footnote mark and colon dropped
# in either order, "tỷ đồng (*):"; 23: a scale in digits said in words, "1000 tấn" read as
# "nghìn tấn"; 24: a unit's word after its scale lowered, "Nghìn Tấn" read as "nghìn tấn";
# 25: an electrical unit's symbol in another case read as SI writes it, "tỷ Kwh" as "tỷ kWh";
# 26: "triệu" shortened before a unit said in full, "Tr.kWh" read as "triệu kWh"; 27: and
# "đồng" after a scale, "Trđ", "tỷ.đ" read as "triệu đồng", "tỷ đồng"; 28: text read
# without a symbol font's characters, a Word bullet U+F0B7, as the month's reader reads it;
# 29: the metre's square or cube typed with a capital read small, "Triệu M3" as "triệu m3";
# 30: ChiSoSXCN's indices by code, to tell a sheet copied from last month's; 31: ThongTin
# keys typed as their words, "Tháng", "Số văn bản", read as the keys; 32: a full stop
# after a scale written in full dropped, "Tỷ.đồng" read as "tỷ đồng"; 33: a full stop
# after a unit dropped, "tấn." read as "tấn"; 34: "nghìn" shortened before a unit said in
# full, "Ng.tấn" read as "nghìn tấn"; 35: a unit typed in title case lowered whole,
# "Tấn/Năm" read as "tấn/năm"; 36: a "%" after "_" or "*" in a number format multiplies
# nothing, 21,4 in "0.0_%" read as 21,4, not 2.140; 37: each row's figure subsection, its
# Mục or the row above's; 38: ThongTin's ngay_ky, to tell one copied from last month's;
# 39: NhiemVu's tasks, to tell a sheet of tasks left as last month's; 40: whether it has
# a ChiTieu sheet, to warn of one renamed; 41: and why it gives no figure, no sheet or no
# «Mã» in its header row; 42: and the same of its ThongTin, ChiSoSXCN and NhiemVu)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    name TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, version INTEGER, payload TEXT
)
"""


class RecordCache:
    """History records of the workbooks of one folder, by file name, size and mtime."""

    def __init__(self, folder: Path, *, enabled: bool) -> None:
        self.path = folder / CACHE_NAME
        self._db: sqlite3.Connection | None = None
        self._off = not enabled
        self.enabled = enabled  # as asked: it may still turn itself off on trouble

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is None and not self._off:
            try:
                self._db = sqlite3.connect(self.path, timeout=2, isolation_level=None)
                self._db.execute("PRAGMA synchronous=OFF")
                self._db.execute(_SCHEMA)
            except (sqlite3.Error, OSError):
                self.close()
                self._off = True
        return self._db

    def get(self, path: Path) -> MonthRecords | None:
        """The records kept for ``path`` as it is now, or None."""
        db = self._connect()
        if db is None:
            return None
        try:
            size, mtime = _stamp(path)
            row = db.execute(
                "SELECT payload FROM records WHERE name = ? AND size = ? AND mtime_ns = ? "
                "AND version = ?",
                (path.name, size, mtime, VERSION),
            ).fetchone()
            return None if row is None else _decode(row[0])
        # A payload damaged on the disk or by hand: "1x5" (InvalidOperation), a list for a
        # mapping (AttributeError); the workbook is read instead.
        except (
            sqlite3.Error,
            OSError,
            ValueError,
            LookupError,
            TypeError,
            AttributeError,
            ArithmeticError,
        ):
            self._off = True
            return None

    def put(self, path: Path, records: MonthRecords) -> None:
        """Keep ``records`` for ``path`` as it is now."""
        db = self._connect()
        if db is None:
            return
        try:
            size, mtime = _stamp(path)
            db.execute(
                "INSERT OR REPLACE INTO records VALUES (?, ?, ?, ?, ?)",
                (path.name, size, mtime, VERSION, _encode(records)),
            )
        except (sqlite3.Error, OSError):
            self._off = True

    def close(self) -> None:
        """Close the database, if open."""
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def _encode(month: MonthRecords) -> str:
    stated = month.stated
    return json.dumps(
        {
            "records": {
                code: [
                    r.name,
                    r.unit,
                    r.decimals,
                    {f: [str(v.value), v.ref] for f, v in r.figures.items()},
                    {f: [v.ref, v.kind, v.text, v.formula] for f, v in r.spoiled.items()},
                    r.pct_decimals,
                    r.unit_ref,
                    r.section,
                ]
                for code, r in month.records.items()
            },
            "stated": None
            if stated is None
            else [
                stated.year,
                stated.month,
                stated.month_ref,
                stated.year_ref,
                stated.doc_number,
                stated.doc_number_ref,
                None if stated.sign_date is None else stated.sign_date.isoformat(),
                stated.sign_date_ref,
            ],
            "headings": list(month.headings),
            "indices": {
                code: [None if v is None else str(v) for v in values]
                for code, values in month.indices.items()
            },
            "tasks": list(month.tasks),
            "figures_lost": month.figures_lost,
            "lost": month.lost,
        },
        ensure_ascii=False,
    )


def _decode(payload: str) -> MonthRecords:
    data = json.loads(payload)
    stated = data["stated"]
    return MonthRecords(
        {
            code: Record(
                name,
                unit,
                int(decimals),
                {f: Figure(_finite(v), ref) for f, (v, ref) in figures.items()},
                {f: _spoiled(*cell) for f, cell in spoiled.items()},
                int(pct_decimals),
                str(unit_ref),
                str(section),
            )
            for code, (
                name,
                unit,
                decimals,
                figures,
                spoiled,
                pct_decimals,
                unit_ref,
                section,
            ) in data["records"].items()
        },
        None if stated is None else _stated(*stated),
        tuple(str(h) for h in data["headings"]),
        {
            code: tuple(None if v is None else _finite(v) for v in values)
            for code, values in data["indices"].items()
        },
        tuple(str(t) for t in data["tasks"]),
        str(data["figures_lost"]),
        {str(name): str(why) for name, why in data["lost"].items()},
    )


def _stated(
    year: int, month: int, month_ref: str, year_ref: str, *doc_and_date: str | None
) -> StatedMonth:
    """The month a workbook states, as kept: its so_van_ban, then its ngay_ky (ISO)."""
    number, number_ref, signed, signed_ref = doc_and_date
    date = None if signed is None else dt.date.fromisoformat(signed)
    return StatedMonth(
        int(year), int(month), month_ref, year_ref, number, number_ref, date, signed_ref
    )


def _finite(text: str) -> Decimal:
    """A number as kept; "NaN" or "Infinity" is no figure a workbook gave."""
    number = Decimal(text)
    if not number.is_finite():
        raise ValueError(text)
    return number


def _spoiled(ref: str, kind: str, text: str, formula: str | None) -> Spoiled:
    for known in SPOILED_KINDS:  # a kind this version does not write: not kept
        if kind == known:
            return Spoiled(ref, known, text, formula)
    raise ValueError(kind)
