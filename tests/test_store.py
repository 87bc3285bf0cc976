"""The store across runs (``baocao.store``): what it keeps, when it is not used, and that a
reading taken from it is the reading the file gives."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docxtpl_lint import lint
from typer.testing import CliRunner

import baocao.excel
import baocao.lintstore
import baocao.render
import baocao.sandbox
import baocao.templateblocks
import baocao.templatecheck
import baocao.templatefile
from baocao import store
from baocao.cli import app
from baocao.excel import read_workbook
from baocao.lintdata import lint_data, lint_shape
from baocao.lintstore import lint_issues
from baocao.raw import RawCell, RawSheet, decode, encode
from baocao.reportenv import make_environment

from helpers import (
    ROOT,
    SAMPLE_CONFIG,
    SAMPLE_TEMPLATE,
    SAMPLE_WORKBOOK,
    load_workbook,
    one_paragraph_template,
    openpyxl_reads,
    sample_context,
)


@pytest.fixture
def own_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty store of the test's own, and nothing kept in this process (so that what a
    test runs goes through the store)."""
    folder = tmp_path / "store"
    monkeypatch.setenv(store.ENV, str(folder))
    monkeypatch.setattr(baocao.excel, "_PARSED", {})
    monkeypatch.setattr(baocao.sandbox, "_COMPILED", {})
    monkeypatch.setattr(baocao.lintstore, "_ANALYSED", {})
    monkeypatch.setattr(baocao.render, "_PATCHED", {})
    monkeypatch.setattr(baocao.templatecheck, "_LINTED", {})
    monkeypatch.setattr(baocao.templatecheck, "_XML_FOUND", {})
    monkeypatch.setattr(baocao.templateblocks, "_FOUND", {})
    monkeypatch.setattr(baocao.templatefile, "_TROUBLE", {})
    return folder


def tamper(folder: Path, payload: str, kinds: str = "%", *, digest: bool = True) -> None:
    """Replace the payload of the entries whose kind is like ``kinds``; with ``digest``
    their checksum too (a hand edit), without it not (a damaged disk)."""
    check = hashlib.sha256(payload.encode()).hexdigest() if digest else "0"
    with sqlite3.connect(folder / store.FILE_NAME) as db:
        db.execute(
            "UPDATE kept SET payload = ?, digest = ? WHERE kind LIKE ?", (payload, check, kinds)
        )
    store.close()


def entries(folder: Path) -> list[tuple[str, str]]:
    """(kind, payload) of every entry of the store in ``folder``."""
    with sqlite3.connect(folder / store.FILE_NAME) as db:
        return list(db.execute("SELECT kind, payload FROM kept"))


def test_every_value_type_comes_back_as_it_was() -> None:
    """Text, numbers, booleans, dates, times, durations and formulas come back unchanged."""
    values: list[object] = [
        "Giá trị sản xuất",
        52716,
        -0.0,
        1822.5,
        True,
        None,
        dt.datetime(2024, 3, 25, 8, 30, 15, 250),
        dt.date(2024, 3, 25),
        dt.time(23, 59, 59),
        dt.timedelta(days=1, seconds=5, microseconds=7),
    ]
    cells = tuple(RawCell(f"A{n}", v) for n, v in enumerate(values, start=1))
    sheet = RawSheet(
        "ChiTieu",
        (cells, (RawCell("B1", 3, "=1+2"),)),
        frozenset({2}),
        frozenset({4}),
        merged=("E6:E7",),
    )
    sheets: dict[str, RawSheet | None] = {"ChiTieu": sheet, "HoatDong": None}
    back = decode(json.loads(json.dumps(encode(sheets))))
    assert back == sheets
    assert [type(c.value) for c in back["ChiTieu"].rows[0]] == [type(v) for v in values]  # type: ignore[union-attr]


def test_texts_and_numbers_right_of_the_header_come_back_as_they_were() -> None:
    """untitled2: the numbers right of the header's last title are kept aside as its texts
    are (``untitledmonth`` looks at them), and the store gives them back."""
    beyond = (("N2", "Số ước"), ("N3", 40), ("N4", 30.5))
    sheets: dict[str, RawSheet | None] = {
        "ChiTieu": RawSheet("ChiTieu", ((RawCell("A1", "Mã"),),), beyond=beyond)
    }
    assert decode(json.loads(json.dumps(encode(sheets)))) == sheets


def test_a_value_of_another_type_is_not_kept() -> None:
    with pytest.raises(TypeError, match="not kept: complex"):
        encode({"ChiTieu": RawSheet("ChiTieu", ((RawCell("A1", 1j),),))})


@pytest.mark.parametrize(
    "payload",
    [
        [],
        {
            "ChiTieu": {
                "title": 1,
                "rows": [],
                "hidden_rows": [],
                "hidden_columns": [],
                "hidden": False,
            }
        },
        {
            "ChiTieu": {
                "title": "x",
                "rows": [[["A1", {"set": []}]]],
                "hidden_rows": [],
                "hidden_columns": [],
                "hidden": False,
            }
        },
        {
            "ChiTieu": {
                "title": "x",
                "rows": [],
                "hidden_rows": [True],
                "hidden_columns": [],
                "hidden": False,
            }
        },
        {"ChiTieu": {"title": "x", "rows": []}},
    ],
    ids=["not-sheets", "title", "value", "row-number", "missing-key"],
)
def test_a_payload_not_written_by_encode_does_not_decode(payload: object) -> None:
    with pytest.raises((TypeError, KeyError, ValueError)):
        decode(payload)


def test_a_workbook_read_before_is_taken_from_the_store(
    own_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A later run takes the sheets kept for the same bytes, without openpyxl; changed bytes
    are read from the file, and a damaged entry is read again."""
    book = tmp_path / "2024-03.xlsx"
    shutil.copy(SAMPLE_WORKBOOK, book)
    first = read_workbook(book)
    assert [kind for kind, _ in entries(own_store)] == [store.kind("excel-book", "openpyxl")]
    opened = openpyxl_reads(monkeypatch)  # as in a new process
    assert read_workbook(book).sheets == first.sheets
    assert opened == []

    wb = load_workbook(book)
    wb["ChiTieu"]["D2"] = 1
    wb.save(book)
    monkeypatch.setattr(baocao.excel, "_PARSED", {})
    assert read_workbook(book).sheets["ChiTieu"].rows[1][3].value == 1
    assert opened == ["2024-03.xlsx"]

    tamper(own_store, '{"ChiTieu": 5}')
    monkeypatch.setattr(baocao.excel, "_PARSED", {})
    assert read_workbook(book).sheets["ChiTieu"].rows[1][3].value == 1
    assert opened == ["2024-03.xlsx", "2024-03.xlsx"]


def test_a_damaged_entry_is_not_taken(own_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry whose text no longer matches its checksum (a damaged disk) is read again:
    a figure changed on disk never reaches a report."""
    read_workbook(SAMPLE_WORKBOOK)
    ((_, payload),) = entries(own_store)
    changed = payload.replace("52716", "52717")
    assert changed != payload
    tamper(own_store, changed, digest=False)
    opened = openpyxl_reads(monkeypatch)
    assert "52716" in repr(read_workbook(SAMPLE_WORKBOOK).sheets["ChiTieu"].rows)
    assert opened == ["2024-03.xlsx"]


def test_turned_off_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(store.ENV, "off")
    monkeypatch.setattr(baocao.excel, "_PARSED", {})
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    read_workbook(SAMPLE_WORKBOOK)
    assert store.folder() is None
    assert not (tmp_path / "cache").exists() and not (tmp_path / "home").exists()


def test_the_users_cache_folder_is_the_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(store.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert store.folder() == tmp_path / "cache" / "baocao"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert store.folder() == tmp_path / "home" / ".cache" / "baocao"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_folder_others_can_write_is_not_used(own_store: Path) -> None:
    """Kept code runs as the user: a store folder another user could write to is not used."""
    own_store.mkdir(mode=0o777)
    own_store.chmod(0o777)  # the umask would have taken the group's and others' write
    read_workbook(SAMPLE_WORKBOOK)
    assert list(own_store.iterdir()) == []
    own_store.chmod(0o700)
    store.close()
    read_workbook(SAMPLE_WORKBOOK.parent / "2024-02.xlsx")
    assert (own_store / store.FILE_NAME).is_file()


def test_new_store_folder_is_private(own_store: Path) -> None:
    read_workbook(SAMPLE_WORKBOOK)
    assert own_store.stat().st_mode & 0o777 == 0o700


def test_oldest_entries_go_past_the_limits(
    own_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past MAX_ENTRIES entries, or MAX_CHARACTERS of JSON, the oldest go; a value too big
    to keep is not kept."""
    monkeypatch.setattr(store, "MAX_ENTRIES", 3)
    for n in range(5):
        store.put("test", str(n), n)
    assert [store.get("test", str(n)) for n in range(5)] == [None, None, 2, 3, 4]
    monkeypatch.setattr(store, "MAX_CHARACTERS", 24)
    store.put("test", "a", "x" * 10)  # 12 characters of JSON
    store.put("test", "b", "y" * 10)
    assert [store.get("test", k) for k in ("3", "4", "a", "b")] == [None, None, "x" * 10, "y" * 10]
    monkeypatch.setattr(store, "MAX_PAYLOAD", 5)
    store.put("test", "c", "z" * 10)
    assert store.get("test", "c") is None


def test_a_write_to_a_full_store_drops_the_oldest_without_reading_every_size(
    own_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store past MAX_ENTRIES (the tests' shared one, a service's) had every entry's size
    read back, row by row, at each write: 0.9 ms of the 1.1 ms a write took. The oldest go
    as before, and only they are read."""
    monkeypatch.setattr(store, "MAX_ENTRIES", 3)
    for n in range(3):
        store.put("test", str(n), n)
    db = store._connect()
    assert db is not None
    said: list[str] = []
    db.set_trace_callback(said.append)
    store.put("test", "3", 3)
    db.set_trace_callback(None)
    assert [store.get("test", str(n)) for n in range(4)] == [None, 1, 2, 3]
    assert not [s for s in said if "size FROM kept" in s and "count(*)" not in s]


def test_counting_the_entries_reads_their_sizes_alone(own_store: Path) -> None:
    """Each write counts the entries and their sizes: from an index of the sizes, not by
    reading every entry's page (a store of 2,000 entries spent 7 ms a write on it)."""
    store.put("test", "k", 1)
    store.close()
    source = Path(store.__file__).read_text(encoding="utf-8")
    with sqlite3.connect(own_store / store.FILE_NAME) as db:
        for query in (  # the queries of _prune
            "SELECT count(*), total(size) FROM kept",
            "SELECT rowid, size FROM kept INDEXED BY kept_sizes ORDER BY rowid DESC",
        ):
            plan = db.execute(f"EXPLAIN QUERY PLAN {query}").fetchall()
            assert "SCAN kept USING COVERING INDEX kept_sizes" in [row[-1] for row in plan]
            assert f'"{query}"' in source


def test_a_damaged_database_is_made_anew(own_store: Path) -> None:
    own_store.mkdir(mode=0o700)
    (own_store / store.FILE_NAME).write_bytes(b"not a database" * 100)
    store.close()
    assert read_workbook(SAMPLE_WORKBOOK).sheets["ThongTin"].title == "ThongTin"
    store.put("test", "k", 1)
    assert store.get("test", "k") == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and links")
@pytest.mark.parametrize("kind", ["folder", "link", "writable", "others-file"])
def test_a_database_file_not_ours_alone_is_not_used(
    own_store: Path, tmp_path: Path, kind: str
) -> None:
    """The database must be a regular file of the user's that nobody else can write (its
    compiled code runs): a folder, a link or a file others may write is left alone."""
    own_store.mkdir(mode=0o700)
    database = own_store / store.FILE_NAME
    if kind == "folder":
        database.mkdir()
    elif kind == "link":
        (tmp_path / "elsewhere.sqlite3").write_bytes(b"")
        database.symlink_to(tmp_path / "elsewhere.sqlite3")
    else:
        database.write_bytes(b"")
        database.chmod(0o666)
        if kind == "others-file":
            if os.getuid() != 0:
                pytest.skip("only root can give a file to another user")
            os.chown(database, 65534, 65534)
    store.close()
    store.put("test", "k", 1)
    assert store.get("test", "k") is None
    assert not (tmp_path / "elsewhere.sqlite3").read_bytes() if kind == "link" else True


def test_no_home_folder_only_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without $HOME nor a passwd entry (a bare service account) a run goes on without it."""
    monkeypatch.delenv(store.ENV)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", no_home)
    assert store.folder() is None
    store.close()
    store.put("test", "k", 1)
    assert store.get("test", "k") is None


@pytest.mark.parametrize("value", ["", "off", "OFF", "0", "no", "false", "none"])
def test_values_that_turn_it_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(store.ENV, value)
    assert store.folder() is None


def test_a_tilde_is_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A crontab line's BAOCAO_CACHE_DIR=~/x (cron does not expand "~") is the home's x."""
    monkeypatch.setenv(store.ENV, "~/x")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert store.folder() == tmp_path / "x"


def test_a_relative_xdg_cache_home_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(store.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert store.folder() == tmp_path / ".cache" / "baocao"


def test_a_changed_stamp_is_a_miss(own_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What an older baocao (or an older openpyxl) read is not taken: the kind changes."""
    opened = openpyxl_reads(monkeypatch)
    read_workbook(SAMPLE_WORKBOOK)
    monkeypatch.setattr(baocao.excel, "_PARSED", {})
    store.kind.cache_clear()
    monkeypatch.setattr(store, "_own_stamp", lambda: "another-version")
    read_workbook(SAMPLE_WORKBOOK)
    store.kind.cache_clear()
    assert opened == ["2024-03.xlsx", "2024-03.xlsx"]


# ------------------------------------------------------------------ the template's lint


def own_template(tmp_path: Path, texts: list[str]) -> Path:
    """The sample template with its first paragraphs' text replaced by ``texts``."""
    doc = Document(str(SAMPLE_TEMPLATE))
    for paragraph, text in zip(doc.paragraphs, texts, strict=False):
        for run in paragraph.runs[1:]:
            run.text = ""
        paragraph.runs[0].text = text
    path = tmp_path / "mau.docx"
    doc.save(str(path))
    return path


def found(issues: list[Any]) -> list[tuple[object, ...]]:
    return [
        (i.rule, i.location.part, i.location.paragraph, i.snippet, json.dumps(i.params))
        for i in issues
    ]


@functools.cache
def sample_lint_data() -> str:
    """The sample month's data as docxtpl-lint sees it, as JSON."""
    return json.dumps(lint_data(sample_context()), default=str)


@pytest.mark.parametrize(
    ("texts", "rules"),
    [
        ([], set()),
        (["{{ org.khong_co }} {{ ct['khong_ma'].value }}"], {"DTL301"}),
        (
            ["{{ org.khong_co }}{# docxtpl-lint: disable-line=DTL301 #}", "{{ doc.thieu }}"],
            {"DTL301"},
        ),
        (["{# docxtpl-lint: disable=DTL301 #}{{ org.khong_co }}"], set()),
        (["{# docxtpl-lint: disable-line=DTL201 #}{{ org.khong_co }}"], {"DTL005", "DTL301"}),
        (["{{ org.khong_co }}{# docxtpl-lint: disable-line=DTL104 #}"], {"DTL005", "DTL301"}),
        (["{{ org.khong_co }}{# docxtpl-lint: disable-line=DTL #}"], set()),
        (["{% if org.khong_co %}", "{{ org.khong_co | khong_loc }}"], {"DTL101", "DTL301"}),
    ],
    ids=[
        "sample",
        "missing-names",
        "suppressed-line",
        "disabled-file",
        "unused-directive",
        "unused-after-data",
        "broad-directive",
        "broken",
    ],
)
def test_lint_in_two_halves_finds_what_one_lint_finds(
    own_store: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    texts: list[str],
    rules: set[str],
) -> None:
    """The template's own findings and the data's, found apart and kept, are what one
    docxtpl-lint run with the data finds: in a first run, in a later run with data of
    another shape (the template's half from the store), and from the store."""
    template = (own_template(tmp_path, texts) if texts else SAMPLE_TEMPLATE).read_bytes()
    plain = json.loads(sample_lint_data())
    without_org = {k: v for k, v in plain.items() if k != "org"}

    wholes: dict[str, list[tuple[object, ...]]] = {}

    def whole(data: Any) -> list[tuple[object, ...]]:  # one docxtpl-lint run per data
        key = json.dumps(data, sort_keys=True)
        if key not in wholes:
            env = make_environment()
            wholes[key] = found(lint(template, data, jinja_env=env, autoescape=True).issues)
        return wholes[key]

    def halves(data: Any) -> list[tuple[object, ...]]:
        shape = json.dumps(lint_shape(data), sort_keys=True, ensure_ascii=False)
        return found(lint_issues(template, shape, make_environment))

    linted: list[object] = []
    real = baocao.lintstore._whole

    def counting(template: bytes, data: Any, env: Any) -> list[Any]:
        linted.append(data)
        return real(template, data, env)

    monkeypatch.setattr(baocao.lintstore, "_whole", counting)
    assert halves(plain) == whole(plain)  # in the same order
    baocao.lintstore._ANALYSED.clear()  # a later run, with other data
    assert halves(without_org) == whole(without_org)
    assert halves(plain) == whole(plain)
    assert halves(None) == whole(None)
    # The template's half is linted once; only a broad directive lints whole, per shape.
    broad = [lint_shape(plain), lint_shape(without_org), None]  # as docxtpl-lint sees them
    assert linted == (broad if "=DTL #" in "".join(texts) else [None])
    assert {rule for rule, *_ in whole(plain)} == rules
    assert texts or {rule for rule, *_ in whole(without_org)} == {"DTL301"}  # another shape


# ------------------------------------------------------------------ a run after a run


KEPT_RUN = """
import sys
from baocao.cli import app
try:
    app(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
loaded = sorted(m for m in ("openpyxl", "docxtpl_lint") if m in sys.modules)
print(code, loaded)
"""
# The same, with the template's own readings (its soundness and its blocks) counted: a
# later run takes them from the store too.
KEPT_READINGS_RUN = (
    """
import baocao.templateblocks, baocao.templatefile
read = []
for module, name in ((baocao.templateblocks, "_find"), (baocao.templatefile, "_trouble")):
    def counted(data, real=getattr(module, name), name=name):
        read.append(name)
        return real(data)
    setattr(module, name, counted)
"""
    + KEPT_RUN
    + "print(read)\n"
)


def test_a_check_after_a_check_reads_and_lints_nothing_again(own_store: Path) -> None:
    """The second run of an unchanged month takes its workbooks' readings, the template's
    findings and its compiled code from the store: openpyxl and docxtpl-lint stay unloaded."""
    args = ["check", "--month", "3", "--year", "2024", "--config", str(SAMPLE_CONFIG)]
    assert CliRunner().invoke(app, args).exit_code == 0  # the first run, in this process
    proc = subprocess.run(
        [sys.executable, "-c", KEPT_READINGS_RUN, *args],
        capture_output=True,
        text=True,
        env={**os.environ, store.ENV: str(own_store)},
        cwd=ROOT,
        check=False,
    )
    assert proc.stdout.splitlines()[-2:] == ["0 []", "[]"], proc.stderr
    kinds = {re.sub(r"-[0-9a-f]{16}(-.*)?$", "", kind) for kind, _ in entries(own_store)}
    assert kinds == {
        "excel-book",
        "excel-sheets",
        "lint",
        "jinja",
        "docxtpl-patch",
        "template-xml",
        "template-blocks",
        "template-trouble",
        "settled-parts",
    }


def test_a_templates_blocks_and_soundness_are_kept_and_checked(
    own_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the template's blocks and soundness checks find is found once per bytes: a later
    run takes it from the store (the same findings), and a damaged entry is found again."""
    from baocao.templateblocks import structure_problems
    from baocao.templatefile import read_template, template_trouble

    path = one_paragraph_template(tmp_path, "Tháng {{ month }}}")
    package = read_template(path)
    read: list[str] = []
    for module, name in ((baocao.templateblocks, "_find"), (baocao.templatefile, "_trouble")):
        real = getattr(module, name)
        monkeypatch.setattr(
            module, name, lambda data, real=real, name=name: [read.append(name), real(data)][1]
        )

    def a_run() -> tuple[list[str], str | None]:
        monkeypatch.setattr(baocao.templateblocks, "_FOUND", {})
        monkeypatch.setattr(baocao.templatefile, "_TROUBLE", {})
        return [str(p) for _, p in structure_problems(package, path)], template_trouble(package)

    first = a_run()
    assert first == (
        [
            f"LỖI: {path}, đoạn 1: «}}» trong đoạn «Tháng {{{{ month }}}}}}» không thuộc thẻ "
            "nào: báo cáo sẽ in nó thành chữ, và một thẻ bị gõ tách (như «{ {») sẽ không được "
            "điền; hãy gõ lại cả thẻ liền nhau, ví dụ «{{ ct.gtsx.value }}», và bỏ dấu ngoặc "
            "thừa"
        ],
        None,
    )
    assert a_run() == first
    assert read == ["_find", "_trouble"]
    tamper(own_store, "[[1]]", "template-%")
    assert a_run() == first
    assert read == ["_find", "_trouble"] * 2


def test_compiled_template_code_is_kept_and_checked(own_store: Path) -> None:
    """Jinja's code of a source is compiled once; a later run takes it (only for the very
    source), and a damaged entry is compiled again."""
    from baocao.jinjacode import compiled

    env = make_environment()
    made: list[str] = []

    def make(source: str) -> Any:
        made.append(source)
        return compile(env.compile(source, raw=True), "<template>", "exec")

    first = compiled(env, "Tháng {{ month }}", "k", lambda: make("Tháng {{ month }}"))
    again = compiled(env, "Tháng {{ month }}", "k", lambda: make("Tháng {{ month }}"))
    other = compiled(env, "Năm {{ year }}", "k", lambda: make("Năm {{ year }}"))
    assert made == ["Tháng {{ month }}", "Năm {{ year }}"]

    def rendered(code: Any) -> str:
        template = env.template_class.from_code(env, code, env.make_globals(None))
        return str(template.render(month=3, year=2024))

    assert [rendered(c) for c in (first, again, other)] == ["Tháng 3", "Tháng 3", "Năm 2024"]
    tamper(own_store, '"AAAA"', "jinja-%")
    compiled(env, "Tháng {{ month }}", "k", lambda: make("Tháng {{ month }}"))
    assert made == ["Tháng {{ month }}", "Năm {{ year }}", "Tháng {{ month }}"]


def test_a_database_busy_past_its_time_out_is_left_alone(
    own_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another run holding the database: this run goes on without it, and deletes nothing."""
    monkeypatch.setattr(store, "BUSY_WAIT_S", 0.05)
    store.put("test", "k", 1)
    store.close()
    holder = sqlite3.connect(own_store / store.FILE_NAME, isolation_level=None)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert store.get("test", "k") is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store.close()
    assert store.get("test", "k") == 1


def test_findings_are_kept_per_shape_of_the_data(own_store: Path) -> None:
    """The process's memo of findings is keyed by the template and the data's shape: data
    lacking a name the template uses is not answered with the findings of data that has it."""
    from baocao.templatecheck import _lint
    from baocao.templatefile import read_template

    template = read_template(SAMPLE_TEMPLATE)
    plain = lint_data(sample_context())
    without_org = {k: v for k, v in plain.items() if k != "org"}
    assert _lint(template, plain) == []
    assert {i.rule for i in _lint(template, without_org)} == {"DTL301"}
    assert _lint(template, plain) == []


SHEET = {"title": "ChiTieu", "rows": [], "hidden": False, "hidden_rows": [], "hidden_columns": []}
FINDING = ["DTL003", "error", "m", "s", ["body", 4, [[0, 1, 2]], 0], {}]


@pytest.mark.parametrize(
    ("decoder", "payload"),
    [
        (store.as_text, 1),
        (store.as_int, True),
        (store.as_int, "1"),
        (store.as_texts, ["a", 1]),
        (store.as_texts, "ab"),
        (store.as_texts, None),
        (baocao.lintstore._decode, [*FINDING[:4], ["body", True, [[0, 1, 2]], 0], {}]),
        (baocao.lintstore._decode, [*FINDING[:4], ["body", 4, [[0, "1", 2]], 0], {}]),
        (baocao.lintstore._decode, [7, *FINDING[1:]]),
        (baocao.templatecheck._xml_checked, [[["body", 1, 2], "m", "p", "warning"]]),
        (baocao.templatecheck._xml_checked, [[[0, 1, 2], "m", 3, "warning"]]),
        (baocao.templatecheck._xml_checked, [[[0, 1, 2], "m", "p", True]]),
        (decode, {"ChiTieu": {**SHEET, "merged": [], "hidden_rows": [True]}}),
        (decode, {"ChiTieu": {**SHEET, "merged": [1]}}),
    ],
)
def test_a_kept_value_of_another_shape_is_a_miss(decoder: Any, payload: Any) -> None:
    """A kept entry of the right JSON but not of the types this version writes (a number
    for a text, True for a number) is not taken: its decoder raises ``TypeError``."""
    with pytest.raises(TypeError):
        decoder(payload)


def test_kept_values_of_the_right_shape_are_taken() -> None:
    assert store.as_int(3) == 3 and store.as_texts(["a", "b"]) == ["a", "b"]
    kept = [[[0, 1, 2], "m", "p", "error"]]
    assert baocao.templatecheck._xml_checked(kept) == kept
    issue = baocao.lintstore._decode(FINDING)
    assert (issue.rule, issue.location.paragraph, issue.location.cells[0].row) == ("DTL003", 4, 1)
    assert decode({"ChiTieu": {**SHEET, "merged": ["A1:B1"]}})["ChiTieu"].merged == ("A1:B1",)


def test_a_lint_without_data_does_not_analyse_for_the_data(
    own_store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no data (a workbook too broken for a context) only the template's own lint
    runs: the analysis for the data's names is not made."""
    template = SAMPLE_TEMPLATE.read_bytes()
    expected = [
        i.rule for i in lint(template, None, jinja_env=make_environment(), autoescape=True).issues
    ]

    def refused(*args: object) -> None:
        raise AssertionError("analysed")

    monkeypatch.setattr(baocao.lintstore, "_analysis", refused)
    assert [i.rule for i in lint_issues(template, "null", make_environment)] == expected
