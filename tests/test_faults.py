"""Faults of the environment: the lock across users and $TMPDIR, killed runs, permissions,
backups, unreadable files, symlink loops, $SOURCE_DATE_EPOCH, broken templates."""

from __future__ import annotations

import datetime as dt
import errno
import os
import pwd
import re
import select
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from baocao.cli import app
from baocao.config import default_template_path
from baocao.files import read_regular
from baocao.lock import build_lock
from baocao.output import document_time
from baocao.pdf import PDF_FOLDER_PREFIX
from baocao.period import Period

from helpers import ROOT, SAMPLE_WORKBOOK, module_with, python_child, write_config

runner = CliRunner()
ARGS = ["--month", "3", "--year", "2024"]
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions and signals")
ROOT_ONLY = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() != 0, reason="acting as other users needs root"
)
LOOP = "đường dẫn là một vòng lặp liên kết tượng trưng (symlink trỏ vòng về chính nó)"


def build(*extra: str) -> Result:
    """Run `baocao build` for March 2024."""
    return runner.invoke(app, ["build", *ARGS, *extra])


def busy(folder: Path) -> str:
    """The message of a build that finds the folder locked."""
    return (
        f"LỖI: Một lần tạo báo cáo khác đang ghi vào thư mục {folder} (khóa trên chính thư mục "
        "đó). Hãy đợi lần đó xong rồi chạy lại.\n"
    )


def names(folder: Path) -> list[str]:
    """The entries of ``folder``, sorted."""
    return sorted(p.name for p in folder.iterdir())


HOLD_LOCK = """
import sys
from pathlib import Path
from baocao.lock import build_lock
with build_lock(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_lock_seen_from_another_tmpdir(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build with another $TMPDIR still sees the lock; nothing is left behind."""
    out = workspace / "out"
    out.mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    env = {**os.environ, "TMPDIR": str(tmp_path / "a"), "PYTHONPATH": str(ROOT / "src")}
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(out)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        monkeypatch.setenv("TMPDIR", str(tmp_path / "b"))
        monkeypatch.setattr(tempfile, "tempdir", None)
        result = build()
        holder.communicate("\n")
    assert (result.exit_code, result.stderr) == (4, busy(out))
    assert names(out) == []
    assert names(tmp_path / "a") == names(tmp_path / "b") == []
    assert build().exit_code == 0


def test_a_build_meeting_the_lock_leaves_the_folder_it_found_missing(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two builds into an output folder neither found (an office's first month: a cron run
    and a person at once), the second looking before the first made it: the second, meeting
    the lock, removed the folder, still empty while the first rendered, as one it had made
    (attack20). The first's lock was then on a removed folder, and a third build could lock
    the folder made again while the first wrote into it. The folder stays, the holder's."""
    import baocao.lock

    out = workspace / "out"
    seen = baocao.lock.missing_folders(out)  # as the second build saw it
    assert seen == [out]
    with build_lock(out):
        monkeypatch.setattr(baocao.lock, "missing_folders", lambda folder: list(seen))
        result = build()
        assert out.is_dir()
    assert (result.exit_code, result.stderr) == (4, busy(out))


@POSIX
def test_a_folder_on_nfs_is_locked_by_a_file_in_it(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """NFS emulates flock with a byte-range lock, which needs a descriptor open for
    writing, and a folder's cannot be: every build into a share so mounted failed with
    'LỖI: Không dùng được thư mục …/out: lỗi hệ thống EBADF (Bad file descriptor). …',
    exit 7 (attack21), and init into a data folder there alike. A lock file in the folder
    is locked instead, seen by another build, and removed."""
    import fcntl

    flock = fcntl.flock

    def nfs_flock(fd: int, operation: int) -> None:
        read_only = fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY
        if operation & fcntl.LOCK_EX and read_only:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        flock(fd, operation)

    monkeypatch.setattr(fcntl, "flock", nfs_flock)
    out = workspace / "out"
    out.mkdir()
    with build_lock(out):
        assert names(out) == [".baocao.lock"]
        met = build()
    assert (met.exit_code, met.stderr) == (4, busy(out))
    assert names(out) == []
    assert (build().exit_code, names(out)) == (0, ["BaoCao_T03_2024.docx"])
    init = runner.invoke(app, ["init", "--month", "4", "--year", "2024"])
    assert (init.exit_code, names(workspace / "data")) == (0, ["2024-03.xlsx", "2024-04.xlsx"])


@POSIX
def test_init_meeting_the_lock_says_a_workbook_is_being_made(workspace: Path) -> None:
    """init that finds the data folder locked says another run is making a workbook there,
    not a report (the lock is shared by build and init)."""
    from baocao.lock import build_lock

    data = workspace / "data"
    with build_lock(data):
        result = runner.invoke(app, ["init", "--month", "4", "--year", "2024"])
    assert (result.exit_code, result.stderr) == (
        4,
        f"LỖI: Một lần tạo sổ dữ liệu khác đang ghi vào thư mục {data} (khóa trên chính thư "
        "mục đó). Hãy đợi lần đó xong rồi chạy lại.\n",
    )
    assert names(data) == ["2024-03.xlsx"]


def _free_uids(count: int) -> list[int]:
    taken = {p.pw_uid for p in pwd.getpwall()}
    return [uid for uid in range(61000, 62000) if uid not in taken][:count]


def _as_user(uid: int, work: Callable[[], int]) -> int:
    """Fork; the child drops to ``uid`` (its own group too) and exits with ``work()``."""
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 70
        try:
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            os.umask(0o022)
            code = work()
        except BaseException:  # noqa: BLE001 - the child must show why, then exit, whatever it was
            traceback.print_exc()
        finally:
            os._exit(code)
    return pid


def _wait(pid: int) -> int:
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


def _said(fd: int) -> str:
    """What an exited child wrote to the pipe ``fd``; "" when it wrote nothing (a crash,
    which CliRunner reports as exit code 1), where a blocking read would wait for ever."""
    ready, _, _ = select.select([fd], [], [], 0)
    return os.read(fd, 4096).decode() if ready else ""


@pytest.fixture
def shared() -> Iterator[Path]:
    """A folder two users can use: config and workbook readable, out/ writable by all."""
    folder = Path(tempfile.mkdtemp(prefix="baocao-two-users-"))
    try:
        (folder / "data").mkdir()
        shutil.copy(SAMPLE_WORKBOOK, folder / "data" / "2024-03.xlsx")
        write_config(folder)
        for path in [folder, folder / "data"]:
            path.chmod(0o755)
        for path in [folder / "baocao.toml", folder / "data" / "2024-03.xlsx"]:
            path.chmod(0o644)
        (folder / "out").mkdir()
        (folder / "out").chmod(0o777)
        yield folder
    finally:
        shutil.rmtree(folder)


@ROOT_ONLY
def test_builds_as_two_users(shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """User B's build stops with exit 4 while user A holds the lock, then B builds a report
    A can read, A replaces it with --force, and no lock or temporary file is left anywhere."""
    config = str(shared / "baocao.toml")
    args = ["build", *ARGS, "--config", config]
    warm = runner.invoke(app, [*args, "--out", str(tmp_path / "warm.docx")])
    assert warm.exit_code == 0  # every module a build needs is imported before forking
    private = shared / "tmp"  # the temporary folder of both users' builds
    private.mkdir()
    private.chmod(0o1777)
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    user_a, user_b = _free_uids(2)
    held_r, held_w = os.pipe()
    done_r, done_w = os.pipe()
    said_r, said_w = os.pipe()

    def hold() -> int:
        with build_lock(shared / "out"):
            os.write(held_w, b"x")
            os.read(done_r, 1)
        return 0

    def build_as_user() -> int:
        os.chdir(shared)
        result = runner.invoke(app, args)
        os.write(said_w, result.stderr.encode())
        return result.exit_code

    holder = _as_user(user_a, hold)
    assert os.read(held_r, 1) == b"x"
    assert _wait(_as_user(user_b, build_as_user)) == 4
    assert _said(said_r) == busy(shared / "out")
    os.write(done_w, b"x")
    assert _wait(holder) == 0
    assert names(shared / "out") == []

    assert _wait(_as_user(user_b, build_as_user)) == 0
    report = shared / "out" / "BaoCao_T03_2024.docx"
    assert (report.stat().st_uid, stat.S_IMODE(report.stat().st_mode)) == (user_b, 0o644)
    assert _wait(_as_user(user_a, lambda: 0 if report.read_bytes() else 1)) == 0
    args.append("--force")
    assert _wait(_as_user(user_a, build_as_user)) == 0
    assert report.stat().st_uid == user_a
    kept = names(shared / "out")
    assert len(kept) == 2 and kept[0].startswith("BaoCao_T03_2024.bak-")
    assert kept[1] == report.name
    assert names(private) == []
    for fd in (held_r, held_w, done_r, done_w, said_r, said_w):
        os.close(fd)


@ROOT_ONLY
def test_unreadable_workbook_for_another_user(shared: Path) -> None:
    """A workbook its user may not read (chmod 000) is a located Vietnamese error, exit 1."""
    (shared / "data" / "2024-03.xlsx").chmod(0o000)
    warm = runner.invoke(app, ["check", *ARGS, "--config", str(shared / "baocao.toml")])
    assert warm.exit_code == 0  # root reads it anyway; this imports what check needs
    said_r, said_w = os.pipe()

    def check() -> int:
        result = runner.invoke(app, ["check", *ARGS, "--config", str(shared / "baocao.toml")])
        os.write(said_w, result.stdout.encode())
        return result.exit_code

    assert _wait(_as_user(_free_uids(1)[0], check)) == 1
    said = _said(said_r)
    os.close(said_r)
    os.close(said_w)
    assert said.splitlines()[1:] == [
        f"LỖI: {shared / 'data' / '2024-03.xlsx'}: Không mở được tệp: không có quyền truy cập.",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]


def test_unreadable_workbook(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied on the workbook is a Vietnamese error at the file, never a traceback."""
    book = workspace / "data" / "2024-03.xlsx"
    real = os.open

    def denied(path: Any, *args: Any, **kwargs: Any) -> int:
        if Path(path) == book:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", denied)
    result = runner.invoke(app, ["check", *ARGS])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[1:] == [
        f"LỖI: {book}: Không mở được tệp: không có quyền truy cập.",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
    ]
    result = build()
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        1,
        "LỖI: data/2024-03.xlsx: Không mở được tệp: không có quyền truy cập.",
    )


@POSIX
def test_symlink_loop_as_workbook(workspace: Path) -> None:
    """A workbook path that is a symlink loop is named as one (exit 1), not a traceback."""
    book = workspace / "data" / "2024-03.xlsx"
    book.unlink()
    book.symlink_to(book.name)
    result = runner.invoke(app, ["check", *ARGS])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        1,
        [f"LỖI: {book}: Không mở được tệp: {LOOP}.", "Tổng cộng: 1 lỗi, 0 cảnh báo."],
    )
    assert build().exit_code == 1


@POSIX
def test_symlink_loop_as_config(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A config path that is a symlink loop is named as one, by --config or the variable."""
    (workspace / "a.toml").symlink_to("b.toml")
    (workspace / "b.toml").symlink_to("a.toml")
    result = build("--config", "a.toml")
    assert (result.exit_code, result.stderr) == (
        1,
        f"LỖI: Không đọc được tệp cấu hình {workspace / 'a.toml'} (theo --config): {LOOP}.\n",
    )
    monkeypatch.setenv("BAOCAO_CONFIG", "b.toml")
    result = runner.invoke(app, ["check", *ARGS])
    assert (result.exit_code, result.stderr) == (
        1,
        f"LỖI: Không đọc được tệp cấu hình {workspace / 'b.toml'} (theo biến môi trường "
        f"BAOCAO_CONFIG): {LOOP}.\n",
    )


@POSIX
def test_symlink_loop_as_output_folder(workspace: Path) -> None:
    """An output folder that is a symlink loop stops the build with exit 7 and says it is a
    loop (mkdir's EEXIST was "đã có nhưng không phải là thư mục (một tệp, hay một liên kết
    hỏng)"); a broken link still gets that."""
    (workspace / "vong").symlink_to("vong")
    result = build("--out", "vong/bc.docx")
    assert (result.exit_code, result.stderr) == (
        7,
        f"LỖI: Không dùng được thư mục vong: {LOOP}. Hãy kiểm tra đường dẫn và quyền ghi của "
        "thư mục.\n",
    )
    (workspace / "hong").symlink_to("khong-co")
    result = build("--out", "hong/bc.docx")
    assert (result.exit_code, result.stderr) == (
        7,
        "LỖI: Không dùng được thư mục hong: đường dẫn đã có nhưng không phải là thư mục (một "
        "tệp, hay một liên kết hỏng). Hãy kiểm tra đường dẫn và quyền ghi của thư mục.\n",
    )
    assert names(workspace) == ["baocao.toml", "data", "hong", "vong"]


@POSIX
def test_symlink_loop_as_the_data_folder_of_init(workspace: Path) -> None:
    """init into a data folder that is a symlink loop says it is a loop (exit 7)."""
    shutil.rmtree(workspace / "data")
    (workspace / "data").symlink_to("data")
    result = runner.invoke(app, ["init", *ARGS])
    assert (result.exit_code, result.stderr) == (
        7,
        f"LỖI: Không dùng được thư mục {workspace / 'data'}: {LOOP}. Hãy kiểm tra đường dẫn và "
        "quyền ghi của thư mục.\n",
    )


KILLED_WRITER = """
import sys, time
from pathlib import Path
from baocao.output import write_atomic
def half(tmp):
    tmp.write_bytes(b"PK half written")
    print(tmp, flush=True)
    time.sleep(60)
write_atomic(Path(sys.argv[1]), half, force=False)
"""


@POSIX
def test_killed_build_leaves_nothing_for_the_next(workspace: Path) -> None:
    """The temporary file of a build killed with -9 is removed by the next build of that report,
    and only its own: other reports' and other names stay, and so does all while locked."""
    out = workspace / "out"
    out.mkdir()
    report = out / "BaoCao_T03_2024.docx"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(report)],
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdout is not None
        stale = Path(writer.stdout.readline().strip())
        writer.send_signal(signal.SIGKILL)
    assert stale.parent == out and stale.name.startswith(".BaoCao_T03_2024.")
    others = [
        ".BaoCao_T02_2024.0f3c9a71.tmp",  # another report's
        ".BaoCao_T03_2024.v2.0f3c9a71.tmp",  # another report's (stem BaoCao_T03_2024.v2)
        ".BaoCao_T03_2024.0f3c9a7.tmp",
        "BaoCao_T03_2024.0f3c9a71.tmp",
        "ghi-chu.tmp",
    ]
    for name in others:
        (out / name).write_bytes(b"keep")
    (out / ".BaoCao_T03_2024.k3j9x_2a.tmp").mkdir()  # a folder, not a file
    old_style = out / ".BaoCao_T03_2024.k3j9x_2a.tmp.docx"
    old_style.write_bytes(b"keep")
    with build_lock(out):
        assert build().exit_code == 4
    assert stale.exists()  # a live build may be writing it
    assert build().exit_code == 0
    assert names(out) == sorted(
        [*others, ".BaoCao_T03_2024.k3j9x_2a.tmp", old_style.name, report.name]
    )


@pytest.fixture
def fake_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A `soffice` on PATH that writes a small PDF where LibreOffice would."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "soffice"
    script.write_text(
        "#!/bin/sh\n"
        'for a in "$@"; do case "$prev" in --outdir) dir="$a";; esac; prev="$a"; done\n'
        'name=$(basename "$prev" .docx)\n'
        "printf '%%PDF-1.4 fake\\n' > \"$dir/$name.pdf\"\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


@POSIX
def test_libreoffices_own_temporary_folder_is_in_the_work_folder(
    workspace: Path, tmp_path: Path, fake_soffice: None
) -> None:
    """office25: a conversion stopped by SIGTERM left LibreOffice's "/tmp/lu….tmp" folder
    each time. LibreOffice is given a temporary folder inside the conversion's work
    folder, which is removed whatever ends it."""
    script = tmp_path / "bin" / "soffice"
    seen = tmp_path / "tmpdir.txt"
    script.write_text(
        script.read_text(encoding="utf-8")
        + f'printf %s "$TMPDIR" > "{seen}"; mkdir "$TMPDIR/lu1234.tmp"\n',
        encoding="utf-8",
    )
    assert build("--pdf").exit_code == 0
    own = Path(seen.read_text(encoding="utf-8"))
    assert own.parent.name.startswith(PDF_FOLDER_PREFIX) and own.name == "tmp"
    assert not own.parent.exists()


@POSIX
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_files_honour_the_umask(workspace: Path, fake_soffice: None, umask: int, mode: int) -> None:
    """The report, its PDF, their backups and the new month workbook get 0666 less the umask."""
    old = os.umask(umask)
    try:
        assert build("--pdf").exit_code == 0
        assert build("--pdf", "--force").exit_code == 0
        assert runner.invoke(app, ["init", "--month", "4", "--year", "2024"]).exit_code == 0
    finally:
        os.umask(old)
    made = [*(workspace / "out").iterdir(), workspace / "data" / "2024-04.xlsx"]
    assert len(made) == 5  # .docx, .pdf, their two backups, the workbook
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in made} == {p.name: mode for p in made}


def test_a_reports_docx_and_pdf_backups_share_their_time(
    workspace: Path, fake_soffice: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--force --pdf over a .docx and a .pdf kept them as ….bak-20261127-172022.docx and
    ….bak-20261127-172024.pdf (the conversion took two seconds): a pair not seen as one.
    Both are named by the build's one time, however slow the clock between them."""
    ticks = iter(range(60))

    class Ticking(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> Ticking:
            return cls(2024, 3, 20, 7, 0, next(ticks))

    assert build("--pdf").exit_code == 0
    monkeypatch.setattr("baocao.output.dt", module_with(dt, datetime=Ticking))
    assert build("--pdf", "--force").stderr == (
        "Đã lưu bản cũ thành: out/BaoCao_T03_2024.bak-20240320-070000.docx\n"
        "Đã lưu bản cũ thành: out/BaoCao_T03_2024.bak-20240320-070000.pdf\n"
    )


class _Frozen(dt.datetime):
    """A clock stopped at 2024-03-20 07:00:00, as backups name their time."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _Frozen:
        return cls(2024, 3, 20, 7, 0, 0)


@pytest.fixture
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """baocao.output's clock stopped (``_Frozen``)."""
    monkeypatch.setattr("baocao.output.dt", module_with(dt, datetime=_Frozen))


def test_force_twice_in_one_second_keeps_every_backup(workspace: Path, frozen_clock: None) -> None:
    """Two --force runs in the same second keep both older reports, the second with -2."""
    out = workspace / "out"
    out.mkdir()
    (out / "BaoCao_T03_2024.docx").write_bytes(b"first")
    assert (
        build("--force").stderr
        == "Đã lưu bản cũ thành: out/BaoCao_T03_2024.bak-20240320-070000.docx\n"
    )
    (out / "BaoCao_T03_2024.docx").write_bytes(b"second")
    assert build("--force").stderr == (
        "Đã lưu bản cũ thành: out/BaoCao_T03_2024.bak-20240320-070000-2.docx\n"
    )
    assert (out / "BaoCao_T03_2024.bak-20240320-070000.docx").read_bytes() == b"first"
    assert (out / "BaoCao_T03_2024.bak-20240320-070000-2.docx").read_bytes() == b"second"


@POSIX  # a link
def test_a_pdf_of_a_report_replaced_without_pdf_is_kept_as_a_backup(
    workspace: Path, frozen_clock: None
) -> None:
    """office25: after a build with --pdf, a --force rebuild without --pdf replaced the
    .docx and left the old .pdf beside it, still showing the old figures, with nothing
    said. It goes to a backup of the build's time, paired with the .docx's; a PDF of a
    report not replaced (a first build) is left alone, and so is a link."""
    out = workspace / "out"
    out.mkdir()
    (out / "BaoCao_T03_2024.pdf").write_bytes(b"someone's own")
    assert build().stderr == ""
    assert (out / "BaoCao_T03_2024.pdf").read_bytes() == b"someone's own"
    assert build("--force").stderr == (
        "Đã lưu bản cũ thành: out/BaoCao_T03_2024.bak-20240320-070000.docx\n"
        "Đã lưu bản cũ thành: out/BaoCao_T03_2024.bak-20240320-070000.pdf\n"
    )
    assert not (out / "BaoCao_T03_2024.pdf").exists()
    assert (out / "BaoCao_T03_2024.bak-20240320-070000.pdf").read_bytes() == b"someone's own"
    (out / "BaoCao_T03_2024.pdf").symlink_to(out / "BaoCao_T03_2024.bak-20240320-070000.pdf")
    assert build("--force").stderr == (
        "Đã lưu bản cũ thành: out/BaoCao_T03_2024.bak-20240320-070000-2.docx\n"
    )
    assert (out / "BaoCao_T03_2024.pdf").is_symlink()


def test_an_old_pdf_that_cannot_be_removed_is_said(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, frozen_clock: None
) -> None:
    """A --force rebuild beside an old PDF that a reader keeps locked (Windows refuses its
    removal) stopped on a PermissionError's traceback, the report already written. It is
    said, exit 6 as a PDF's failure; the old PDF stays, without a backup of it. The old
    report's backup, said after a build, is said in the error (it was not)."""
    out = workspace / "out"
    out.mkdir()
    (out / "BaoCao_T03_2024.docx").write_bytes(b"first")
    pdf = out / "BaoCao_T03_2024.pdf"
    pdf.write_bytes(b"old figures")
    unlink = Path.unlink

    def locked(path: Path, missing_ok: bool = False) -> None:
        if path == pdf:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", locked)
    result = build("--force")
    assert (result.exit_code, result.stderr) == (
        6,
        "LỖI: Đã tạo out/BaoCao_T03_2024.docx nhưng không bỏ được bản PDF cũ "
        "out/BaoCao_T03_2024.pdf (không có quyền truy cập), nên tệp PDF đó vẫn là của báo cáo "
        "trước. Hãy đóng tệp PDF đó (nếu đang mở) rồi xóa nó, hoặc chạy lại với --force --pdf. "
        "Bản cũ của báo cáo đã được lưu thành: out/BaoCao_T03_2024.bak-20240320-070000.docx\n",
    )
    assert pdf.read_bytes() == b"old figures"
    assert [p.name for p in out.glob("*.bak-*")] == ["BaoCao_T03_2024.bak-20240320-070000.docx"]


@pytest.mark.parametrize("failing", ["old PDF locked", "LibreOffice fails"])
def test_a_pdfs_failure_after_the_report_is_written_says_its_warnings(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """The .docx is written when its PDF fails (exit 6), but its warnings were never said:
    the error alone came, and a report whose template leaves the index's scope out went
    on without a word (a cron run's mail carried only the PDF's error; its log line had
    no count of them)."""
    from openpyxl import load_workbook

    book = workspace / "data" / "2024-03.xlsx"
    wb = load_workbook(book)
    wb["ChiSoSXCN"]["B2"].value = "Toàn ngành công nghiệp (trừ sản xuất và phân phối điện)"
    wb.save(book)
    out = workspace / "out"
    out.mkdir()
    if failing == "old PDF locked":
        (out / "BaoCao_T03_2024.docx").write_bytes(b"first")
        (out / "BaoCao_T03_2024.pdf").write_bytes(b"old figures")
        unlink = Path.unlink

        def locked(path: Path, missing_ok: bool = False) -> None:
            if path.name == "BaoCao_T03_2024.pdf":
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            unlink(path, missing_ok=missing_ok)

        monkeypatch.setattr(Path, "unlink", locked)
        result = build("--force", "--log-file", "run.log")
    else:
        soffice_on_path(workspace / "bin", monkeypatch, "#!/bin/sh\necho boom\nexit 1\n")
        result = build("--pdf", "--log-file", "run.log")
    assert (workspace / "run.log").read_text(encoding="utf-8").endswith("\t1 cảnh báo\n")
    lines = result.stderr.splitlines()
    assert (result.exit_code, len(lines)) == (6, 2)
    assert lines[0] == (
        "CẢNH BÁO: data/2024-03.xlsx, ChiSoSXCN!A2: Ngành «iip» có tên «Toàn ngành công "
        "nghiệp (trừ sản xuất và phân phối điện)»: chỉ số có phạm vi «trừ sản xuất và phân "
        "phối điện», nhưng báo cáo tạo ra không nói phạm vi này, nên câu về chỉ số sản xuất "
        "công nghiệp đọc như chỉ số của toàn ngành. Mẫu mặc định nói phạm vi này ngay sau «Chỉ "
        "số sản xuất công nghiệp» (trường s.iip.lead_label). Hãy sửa mẫu báo cáo, hoặc sửa tên "
        "ngành nếu chỉ số là của toàn ngành."
    )
    assert lines[1].startswith("LỖI: Đã tạo ")
    assert (out / "BaoCao_T03_2024.docx").read_bytes() != b"first"


@pytest.mark.parametrize("value", ["abc", "-5", "1.5e9", "99999999999999", "4354819199", "١٢٣"])
def test_bad_source_date_epoch(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """A $SOURCE_DATE_EPOCH that is not whole seconds a zip can carry stops the build (exit 1)."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    result = build()
    assert (result.exit_code, result.stderr) == (
        1,
        "LỖI: Biến môi trường SOURCE_DATE_EPOCH phải là số giây kể từ 01/01/1970 (một số nguyên "
        f"từ 0 đến 4354819198), nhưng là «{value}». Hãy sửa hoặc bỏ biến này.\n",
    )
    assert names(workspace) == ["baocao.toml", "data"]


@pytest.mark.parametrize(
    ("value", "stamp"),
    [
        ("4354819198", dt.datetime(2107, 12, 31, 23, 59, 58)),
        ("0", dt.datetime(1980, 1, 1)),
        (" ", dt.datetime(2024, 3, 1)),
    ],
)
def test_source_date_epoch_edges(
    monkeypatch: pytest.MonkeyPatch, value: str, stamp: dt.datetime
) -> None:
    """The last second a zip can carry is accepted, before 1980 is 1980, blank is unset."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    assert document_time(Period(2024, 3)) == stamp


@pytest.mark.parametrize(
    ("period", "stamp"),
    [(Period(1900, 1), (1980, 1, 1, 0, 0, 0)), (Period(2999, 12), (2107, 12, 31, 23, 59, 58))],
)
def test_a_report_of_a_year_a_zip_cannot_date_is_dated_at_its_edge(
    workspace: Path, monkeypatch: pytest.MonkeyPatch, period: Period, stamp: tuple[int, ...]
) -> None:
    """attack15: `build --month 1 --year 1900` (a year the CLI takes) stopped with a
    traceback, "ValueError: ZIP does not support timestamps before 1980", and `--year 2999`
    with "struct.error: ushort format requires 0 <= number <= 65535": the report's time,
    its month's first day, is out of a zip entry's range. It is taken to the range's edge,
    as SOURCE_DATE_EPOCH's is."""
    from test_figures import month_book, row

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    ytd = (period.month * 100, period.month * 80)
    month_book(workspace / "data", period, {}, [row("x", 100, 90, 80, *ytd)])
    args = ["--month", str(period.month), "--year", str(period.year), "--out", "r.docx"]
    write_config(workspace, template=None)
    result = runner.invoke(app, ["build", *args])
    assert (result.exit_code, result.stderr) == (0, "")
    with zipfile.ZipFile(workspace / "r.docx") as archive:
        assert {info.date_time for info in archive.infolist()} == {stamp}


def _rewritten_template(
    path: Path,
    change: Callable[[str, bytes], bytes | None],
    renamed: Mapping[str, str] | None = None,
) -> None:
    """The default template written to ``path`` with each part changed (None drops it),
    and moved to its name in ``renamed``, if it has one there."""
    with zipfile.ZipFile(default_template_path()) as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            data = change(item.filename, source.read(item))
            if data is not None:
                item.filename = (renamed or {}).get(item.filename, item.filename)
                out.writestr(item, data)


def _edited_template(
    workspace: Path,
    change: Callable[[str, bytes], bytes | None],
    renamed: Mapping[str, str] | None = None,
) -> Path:
    """The default template rewritten (``_rewritten_template``) as the workspace's mau.docx,
    configured as its template."""
    path = workspace / "mau.docx"
    _rewritten_template(path, change, renamed)
    write_config(workspace, template=path)
    return path


def _template(workspace: Path, document_xml: bytes) -> Path:
    """The default template with its document.xml replaced, configured as the workspace's."""
    return _edited_template(
        workspace, lambda name, data: document_xml if name == "word/document.xml" else data
    )


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        (
            f'<?xml version="1.0"?>\n<w:document {W}>\n<w:body><w:p></w:body></w:document>',
            "Phần word/document.xml của mẫu báo cáo không phải XML hợp lệ (dòng 3, cột 16): tệp "
            "bị hỏng hoặc bị sửa ngoài Word. Hãy mở tệp bằng Word và lưu lại thành .docx, hoặc "
            "dùng lại mẫu cũ.",
        ),
        (
            f'<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY x "bí mật">]>\n'
            f"<w:document {W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>",
            "Phần word/document.xml của mẫu báo cáo có khai báo DOCTYPE/ENTITY, điều mà Word "
            "không bao giờ ghi (có thể là tệp độc hại); chương trình từ chối dùng mẫu này.",
        ),
        (  # libxml2 (docxtpl, python-docx) stopped with a traceback past 256 levels
            f'<?xml version="1.0"?>\n<w:document {W}><w:body>{"<w:sdt>" * 300}'
            f"{'</w:sdt>' * 300}</w:body></w:document>",
            "Phần word/document.xml của mẫu báo cáo lồng các phần tử quá 256 tầng (dòng 2, cột "
            "1870: khung nội dung, liên kết hay bảng lồng trong nhau), điều Word không ghi; "
            "chương trình không đọc được mẫu này. Hãy mở tệp bằng Word và lưu lại thành .docx, "
            "hoặc dùng lại mẫu cũ.",
        ),
        (  # docxtpl's fix_tables: "'NoneType' object has no attribute 'findall'", a traceback
            f'<?xml version="1.0"?>\n<w:document {W}><w:body><w:tbl><w:tr><w:tc><w:p><w:r>'
            "<w:t>{{ org.place }}</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>",
            "Phần word/document.xml của mẫu báo cáo có một bảng không có lưới cột (w:tblGrid) "
            "(dòng 2, cột 92), điều Word luôn ghi: tệp bị hỏng hoặc bị sửa ngoài Word. Hãy mở "
            "tệp bằng Word và lưu lại thành .docx, hoặc dùng lại mẫu cũ.",
        ),
    ],
)
def test_broken_template_xml(workspace: Path, xml: str, message: str) -> None:
    """A template with malformed XML or a DOCTYPE stops build with exit 5 and check with 1."""
    template = _template(workspace, xml.encode())
    result = build()
    assert (result.exit_code, result.stdout) == (5, "")
    assert result.stderr.splitlines() == [
        f"LỖI: mau.docx: {message}",
        "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        "Chưa tạo báo cáo vì có lỗi.",
    ]
    result = runner.invoke(app, ["check", *ARGS])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        1,
        [f"LỖI: {template}: {message}", "Tổng cộng: 1 lỗi, 0 cảnh báo."],
    )
    assert names(workspace) == ["baocao.toml", "data", "mau.docx"]


_REMADE = (
    ": tệp bị hỏng hoặc bị sửa ngoài Word. Hãy mở tệp bằng Word và lưu lại thành .docx, "
    "hoặc dùng lại mẫu cũ."
)
_TOO_LONG = (
    "có một đoạn chữ, một thuộc tính hay một tên dài quá giới hạn của trình đọc XML ({}), quá "
    "lớn so với một mẫu (có thể là tệp độc hại); chương trình không đọc được mẫu này."
)


@pytest.mark.parametrize(
    ("part", "xml", "message"),
    [
        (  # python-docx: "'lxml.etree._Element' object has no attribute 'body'"
            "word/document.xml",
            '<?xml version="1.0"?>\n<bad/>',
            "Phần word/document.xml của mẫu báo cáo có phần tử gốc «bad», không phải "
            f"«w:document» như loại phần này cần{_REMADE}",
        ),
        (  # the same traceback: Word's element names in another namespace
            "word/document.xml",
            '<?xml version="1.0"?>\n<w:document xmlns:w="http://example.com/w"><w:body/>'
            "</w:document>",
            "Phần word/document.xml của mẫu báo cáo có phần tử gốc «document (không gian tên "
            f"«http://example.com/w»)», không phải «w:document» như loại phần này cần{_REMADE}",
        ),
        (  # docxtpl: "Type 'NoneType' cannot be serialized", said in English
            "word/document.xml",
            f'<?xml version="1.0"?>\n<w:document {W}/>',
            f"Phần word/document.xml của mẫu báo cáo không có thân văn bản (w:body){_REMADE}",
        ),
        (  # python-docx: "… has no attribute 'get_by_name'"
            "word/styles.xml",
            f'<?xml version="1.0"?>\n<w:document {W}><w:body/></w:document>',
            "Phần word/styles.xml của mẫu báo cáo có phần tử gốc «w:document», không phải "
            f"«w:styles» như loại phần này cần{_REMADE}",
        ),
        (  # python-docx: "… has no attribute 'author_text'"
            "docProps/core.xml",
            '<?xml version="1.0"?>\n<coreProperties/>',
            "Phần docProps/core.xml của mẫu báo cáo có phần tử gốc «coreProperties», không phải "
            f"«cp:coreProperties» như loại phần này cần{_REMADE}",
        ),
        (  # libxml2 (docxtpl-lint): "Resource limit exceeded: Text node too long", a traceback
            "word/document.xml",
            f'<?xml version="1.0"?>\n<w:document {W}><w:body><w:p><w:r><w:t>'
            + "ệ" * 3_400_000
            + "</w:t></w:r></w:p></w:body></w:document>",
            "Phần word/document.xml của mẫu báo cáo " + _TOO_LONG.format("dòng 2, cột 3333508"),
        ),
        (  # libxml2: "Name too long: NCName", a traceback
            "word/document.xml",
            f'<?xml version="1.0"?>\n<w:document {W}><w:body><w:{"p" * 50_001}/></w:body>'
            "</w:document>",
            "Phần word/document.xml của mẫu báo cáo " + _TOO_LONG.format("dòng 2, cột 50097"),
        ),
    ],
    ids=["other-root", "other-namespace", "no-body", "styles", "core", "long-text", "long-name"],
)
def test_template_part_python_docx_cannot_read(
    workspace: Path, part: str, xml: str, message: str
) -> None:
    """A part well-formed but not what python-docx reads it as, or past lxml's limits, is
    refused before any parser meets it: build exits 5 and check 1, never a traceback."""
    template = _edited_template(
        workspace, lambda name, data: xml.encode() if name == part else data
    )
    result = build()
    assert (result.exit_code, result.stderr.splitlines()[0]) == (5, f"LỖI: mau.docx: {message}")
    result = runner.invoke(app, ["check", *ARGS])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        1,
        [f"LỖI: {template}: {message}", "Tổng cộng: 1 lỗi, 0 cảnh báo."],
    )


def test_template_zip_with_a_part_twice(workspace: Path) -> None:
    """A zip holding word/document.xml twice (zipfile reads the last, here not a document:
    "'lxml.etree._Element' object has no attribute 'body'") is refused as damaged."""
    template = _edited_template(workspace, lambda _, data: data)
    with zipfile.ZipFile(template, "a") as zf, pytest.warns(UserWarning, match="Duplicate name"):
        zf.writestr("word/document.xml", b"<bad/>")
    result = build()
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        5,
        "LỖI: mau.docx: Mẫu báo cáo có hai phần cùng tên word/document.xml trong tệp nén" + _REMADE,
    )


def test_template_part_without_content_type(workspace: Path) -> None:
    """A part a relationship names that [Content_Types].xml gives no type (no Override of
    word/styles.xml, no Default for .xml) is refused as damaged, as python-docx would fail."""

    def untyped(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            data = re.sub(rb'<Override[^>]*"/word/styles.xml"[^>]*/>', b"", data)
            data = re.sub(rb'<Default[^>]*Extension="xml"[^>]*/>', b"", data)
        return data

    _edited_template(workspace, untyped)
    result = build()
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        5,
        "LỖI: mau.docx: Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ (phần "
        "word/styles.xml không có kiểu nội dung): tệp bị hỏng hoặc chưa chép, tải xong. Hãy "
        "mở tệp bằng Word và lưu lại thành .docx.",
    )


_MAIN_MOVED = {
    "word/document.xml": "word/main.xml",
    "word/_rels/document.xml.rels": "word/_rels/main.xml.rels",
}


@pytest.mark.parametrize(
    ("renamed", "targets", "said"),
    [
        (_MAIN_MOVED, {b'"word/document.xml"': b'"word/main.xml"'}, "phần chính (thân văn bản)"),
        (
            {"word/header1.xml": "word/hdr/top.xml"},
            {b'"header1.xml"': b'"hdr/top.xml"'},
            "phần đầu trang",
        ),
    ],
    ids=["main", "header"],
)
def test_template_part_where_word_never_puts_it(
    workspace: Path, renamed: dict[str, str], targets: dict[bytes, bytes], said: str
) -> None:
    """A rendered part moved where Word never puts it (its relationship and content type
    following it) is refused: docxtpl finds it by its relationship, but every check reads
    it by its name, so a brace left over ("{{ doc.title }}}") was printed, exit 0."""
    part, moved = next(iter(renamed.items()))

    def moving(_: str, data: bytes) -> bytes:
        data = data.replace(b"{{ doc.title }}", b"{{ doc.title }}}")
        data = data.replace(f"/{part}".encode(), f"/{moved}".encode())  # its content type
        for target, new in targets.items():
            data = data.replace(target, new)
        return data

    _edited_template(workspace, moving, renamed)
    result = build()
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        5,
        f"LỖI: mau.docx: Mẫu báo cáo có {said} ở «{moved}», không phải ở chỗ Word đặt (như "
        f"«{part}»), nên chương trình không kiểm tra được các thẻ trong đó{_REMADE}",
    )


def test_template_file_too_large_is_not_read_whole(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A template file larger than a template may unpack to (here the limit is lowered to
    1 MB) is refused by its size, read no further: a 2 GB file given as the template took
    2 GB of memory and 8 s to be called "no zip" (a larger one, all the memory)."""
    monkeypatch.setattr("baocao.templatefile.MAX_TEMPLATE_BYTES", 2**20)
    read: list[int] = []

    def reading(path: Path, limit: int = -1) -> bytes:
        data = read_regular(path, limit)
        read.append(len(data))
        return data

    monkeypatch.setattr("baocao.templatefile.read_regular", reading)
    template = workspace / "mau.docx"
    template.write_bytes(default_template_path().read_bytes().ljust(2**21, b"\0"))
    write_config(workspace, template=template)
    result = build()
    assert read == [2**20 + 1]
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        5,
        "LỖI: mau.docx: Tệp mẫu báo cáo nặng hơn 1 MB, quá lớn so với một mẫu (mẫu mặc định "
        "khoảng 100 kB): có thể không phải tệp Word, hoặc là tệp độc hại; chương trình từ chối "
        "đọc.",
    )


@pytest.fixture
def no_hang() -> Iterator[None]:
    """Fail, instead of hanging, a test whose code blocks for ever (on a FIFO)."""

    def alarm(signum: int, frame: object) -> None:
        raise TimeoutError("blocked for 20 s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


FIFO = "một ống dẫn có tên (FIFO)"


@POSIX
def test_fifo_as_the_month_workbook(workspace: Path, no_hang: None) -> None:
    """A FIFO where the month's workbook should be is refused at once, saying what it is."""
    book = workspace / "data" / "2024-03.xlsx"
    book.unlink()
    os.mkfifo(book)
    result = runner.invoke(app, ["check", *ARGS])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        1,
        [
            f"LỖI: {book}: Đường dẫn này là {FIFO}, không phải tệp Excel.",
            "Tổng cộng: 1 lỗi, 0 cảnh báo.",
        ],
    )
    assert build().exit_code == 1
    assert names(workspace) == ["baocao.toml", "data"]


@POSIX
def test_fifo_as_an_earlier_workbook(workspace: Path, no_hang: None) -> None:
    """A FIFO among the earlier workbooks is an unusable earlier workbook: a warning, and the
    report is built."""
    earlier = workspace / "data" / "2024-02.xlsx"
    os.mkfifo(earlier)
    result = build()
    assert result.exit_code == 0
    assert (
        "CẢNH BÁO: data/2024-02.xlsx: Không đọc được sổ 2024-02.xlsx (tháng 2/2024) trong thư mục "
        "dữ liệu, nên các số liệu cần lấy từ sổ này (tháng trước, cùng kỳ, lũy kế) được coi là "
        f"chưa biết. Đường dẫn này là {FIFO}, không phải tệp Excel."
    ) in result.stderr.splitlines()


@POSIX
@pytest.mark.parametrize("make", [os.mkfifo, os.mkdir], ids=["fifo", "folder"])
def test_a_fifo_or_folder_named_as_a_later_report_is_no_report(
    workspace: Path, make: Callable[[Path], None], no_hang: None
) -> None:
    """A FIFO named as April's report, older than March's workbook, blocked every check of
    March for ever (laterreports opened it as a zip to see whether it held a chart); a
    folder so named was said to be April's report built before March's change. Neither is a
    report: nothing is said."""
    (workspace / "out").mkdir()
    report = workspace / "out" / "BaoCao_T04_2024.docx"
    make(report)
    os.utime(report, (time.time() - 3600,) * 2)
    result = runner.invoke(app, ["check", *ARGS])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        0,
        ["Tổng cộng: 0 lỗi, 0 cảnh báo."],
    )


@POSIX
def test_fifo_as_the_log_file(workspace: Path, no_hang: None) -> None:
    """A FIFO as --log-file (nobody reading it) is a warning after the report is written."""
    log = workspace / "nhat-ky.log"
    os.mkfifo(log)
    result = build("--log-file", str(log))
    assert result.exit_code == 0
    assert result.stderr.splitlines()[-1] == (
        f"CẢNH BÁO: không ghi được nhật ký {log}: đường dẫn này là {FIFO}."
    )
    assert (workspace / "out" / "BaoCao_T03_2024.docx").is_file()


def test_log_file_given_the_reports_path_leaves_the_report_whole(workspace: Path) -> None:
    """--log-file naming the report itself (or a workbook) appended the run's line to the
    .docx, with exit code 0; the log is refused with a warning, the report is as written."""
    report = workspace / "out" / "BaoCao_T03_2024.docx"
    assert build().exit_code == 0
    result = build("--force", "--log-file", str(report))
    assert result.exit_code == 0
    assert (
        f"CẢNH BÁO: không ghi được nhật ký {report}: đường dẫn này là một tài liệu (.docx, "
        ".xlsx hay .pdf), không phải tệp nhật ký; dòng nhật ký không được ghi vào đó. Hãy sửa "
        "--log-file."
    ) in result.stderr.splitlines()
    assert zipfile.ZipFile(report).testzip() is None
    assert b"\tbuild\t2024-03\t" not in report.read_bytes()


@POSIX
def test_log_file_fifo_with_a_reader_or_swapped_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The log is opened without blocking and checked on the open file: a FIFO that appears
    after the check, with or without a reader, is refused, never waited on."""
    import baocao.files
    from baocao.runlog import append_log

    log = tmp_path / "log"
    os.mkfifo(log)
    monkeypatch.setattr(baocao.files, "regular_file_kind", lambda path: None)
    message = f"CẢNH BÁO: không ghi được nhật ký {log}: đường dẫn này là {FIFO}."
    assert append_log(log, "dòng\n") == message  # nobody reads it: ENXIO at once
    reader = os.open(log, os.O_RDONLY | os.O_NONBLOCK)
    try:
        assert append_log(log, "dòng\n") == message  # a reader: the open works, fstat refuses
        assert os.read(reader, 100) == b""  # nothing was written (and no writer is left)
    finally:
        os.close(reader)


@POSIX
def test_fifo_swapped_in_for_a_workbook_after_the_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_hang: None
) -> None:
    """Opening never blocks: a FIFO that the stat did not see is refused on the open file."""
    import baocao.files
    from baocao.files import NotRegularFileError, read_regular

    fifo = tmp_path / "2024-03.xlsx"
    os.mkfifo(fifo)
    monkeypatch.setattr(baocao.files, "regular_file_kind", lambda path: None)
    with pytest.raises(NotRegularFileError) as info:
        read_regular(fifo)
    assert info.value.kind == FIFO


@POSIX
def test_fifo_as_the_config(workspace: Path, no_hang: None) -> None:
    """A FIFO as the config is named as such."""
    os.mkfifo(workspace / "cau-hinh.toml")
    result = build("--config", "cau-hinh.toml")
    assert (result.exit_code, result.stderr) == (
        1,
        f"LỖI: Đường dẫn cấu hình {workspace / 'cau-hinh.toml'} (theo --config) là {FIFO}, "
        "không phải một tệp baocao.toml.\n",
    )


@POSIX
@pytest.mark.parametrize(
    ("make", "kind"),
    [
        (os.mkfifo, FIFO),
        (lambda path: path.mkdir(), "một thư mục"),
        (lambda path: path.symlink_to(os.devnull), "một thiết bị của hệ thống"),
    ],
    ids=["fifo", "folder", "dev-null"],
)
def test_template_that_is_no_file(
    workspace: Path, no_hang: None, make: Callable[[Path], None], kind: str
) -> None:
    """A template path that is a FIFO, a folder or /dev/null is named for what it is (not
    "not found"), by check and by build (exit 5)."""
    template = workspace / "mau.docx"
    make(template)
    write_config(workspace, template=template)
    message = f"Mẫu báo cáo {template} là {kind}, không phải tệp .docx."
    result = runner.invoke(app, ["check", *ARGS])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        1,
        [f"LỖI: {template}: {message}", "Tổng cộng: 1 lỗi, 0 cảnh báo."],
    )
    result = build()
    assert (result.exit_code, result.stderr.splitlines()[0]) == (5, f"LỖI: mau.docx: {message}")


def test_template_that_is_a_workbook(workspace: Path) -> None:
    """An .xlsx named as the template is said to be an Excel workbook, in Vietnamese."""
    write_config(workspace, template=SAMPLE_WORKBOOK)
    message = (
        "Mẫu báo cáo là một sổ Excel, không phải tệp Word .docx. Hãy chỉ «template» đến một "
        "tệp .docx, hoặc bỏ khóa này để dùng mẫu mặc định."
    )
    result = build()
    assert (result.exit_code, result.stderr.splitlines()[0]) == (
        5,
        f"LỖI: {SAMPLE_WORKBOOK}: {message}",
    )
    result = runner.invoke(app, ["check", *ARGS])
    assert result.stdout.splitlines()[1] == f"LỖI: {SAMPLE_WORKBOOK}: {message}"


@pytest.mark.parametrize(
    ("name", "content_type", "what"),
    [
        (
            "mau.dotx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "một mẫu Word (Word Template, .dotx)",
        ),
        (
            "mau.docm",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "một tệp Word có macro (.docm hay .dotm)",
        ),
    ],
)
def test_template_that_is_a_word_template_or_has_macros(
    workspace: Path, name: str, content_type: str, what: str
) -> None:
    """A Word Template (.dotx, "Save as template") or a macro-enabled file is said to be one,
    with how to save it as a .docx, by check and by build (exit 5); python-docx opens a
    document only, and both ended in a traceback."""
    template = workspace / name
    main = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    _rewritten_template(
        template,
        lambda part, data: (
            data.replace(main, content_type.encode()) if part == "[Content_Types].xml" else data
        ),
    )
    write_config(workspace, template=template)
    message = (
        f"Mẫu báo cáo là {what}, không phải tài liệu Word .docx. Hãy mở tệp trong Word, chọn "
        "Tệp → Lưu thành (Save As) «Word Document (*.docx)» (LibreOffice: «Word 2007-365 "
        "(.docx)»), rồi chỉ «template» đến tệp .docx đó."
    )
    result = runner.invoke(app, ["check", *ARGS])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        1,
        [f"LỖI: {template}: {message}", "Tổng cộng: 1 lỗi, 0 cảnh báo."],
    )
    result = build()
    assert (result.exit_code, result.stderr.splitlines()[0]) == (5, f"LỖI: {name}: {message}")


STRICT = {
    b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
        b"http://purl.oclc.org/ooxml/officeDocument/relationships"
    ),
    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main": (
        b"http://purl.oclc.org/ooxml/wordprocessingml/main"
    ),
}


def _strict(name: str, data: bytes) -> bytes:
    for transitional, strict in STRICT.items():
        data = data.replace(transitional, strict)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            _strict,
            "Mẫu báo cáo được lưu dạng «Strict Open XML Document», dạng mà chương trình không "
            "đọc được. Hãy mở tệp trong Word, chọn Tệp → Lưu thành (Save As) «Word Document "
            "(*.docx)», rồi dùng tệp đó.",
        ),
        (
            lambda name, data: None if name == "word/document.xml" else data,
            "Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ (thiếu phần "
            "word/document.xml): tệp bị hỏng hoặc chưa chép, tải xong. Hãy mở tệp bằng Word và "
            "lưu lại thành .docx.",
        ),
        (
            lambda name, data: None if name == "_rels/.rels" else data,
            "Không đọc được mẫu báo cáo: không phải tệp .docx hợp lệ (không có phần chính của "
            "tài liệu): tệp bị hỏng hoặc chưa chép, tải xong. Hãy mở tệp bằng Word và lưu lại "
            "thành .docx.",
        ),
    ],
    ids=["strict", "no-document-part", "no-package-relationships"],
)
def test_template_python_docx_cannot_open(
    workspace: Path, change: Callable[[str, bytes], bytes | None], message: str
) -> None:
    """A .docx saved as Word's "Strict Open XML Document", or one missing a part its
    relationships name, is said in Vietnamese by check (exit 1) and build (exit 5); each
    ended in python-docx's KeyError, a traceback."""
    template = _edited_template(workspace, change)
    result = runner.invoke(app, ["check", *ARGS])
    assert (result.exit_code, result.stdout.splitlines()[1:]) == (
        1,
        [f"LỖI: {template}: {message}", "Tổng cộng: 1 lỗi, 0 cảnh báo."],
    )
    result = build()
    assert (result.exit_code, result.stderr.splitlines()[0]) == (5, f"LỖI: mau.docx: {message}")


@POSIX
def test_fifo_as_the_report_to_replace(workspace: Path, no_hang: None) -> None:
    """--force over a FIFO with the report's name stops (exit 7) instead of blocking on the
    backup's read; the FIFO is left as it was."""
    (workspace / "out").mkdir()
    report = workspace / "out" / "BaoCao_T03_2024.docx"
    os.mkfifo(report)
    result = build("--force")
    assert (result.exit_code, result.stderr) == (
        7,
        f"LỖI: Không ghi được tệp out/BaoCao_T03_2024.docx: đường dẫn này là {FIFO}; chương "
        "trình không ghi đè lên nó. Hãy xóa hoặc đổi tên nó, hoặc ghi ra tệp khác bằng --out.\n",
    )
    assert names(workspace / "out") == ["BaoCao_T03_2024.docx"]
    assert stat.S_ISFIFO(report.lstat().st_mode)


@POSIX
@pytest.mark.parametrize("force", [[], ["--force"]], ids=["plain", "force"])
@pytest.mark.parametrize("target", ["that.docx", "gone.docx"], ids=["link", "broken-link"])
def test_symlink_as_the_report(workspace: Path, force: list[str], target: str) -> None:
    """--out onto a symbolic link stops (exit 7) naming it a link and where it points,
    whatever --force: --force replaced the link itself with a regular file (the linked file
    kept, the link gone), and without --force the link was "đã có" (exit 3), even broken."""
    (workspace / "that.docx").write_bytes(b"kept")
    (workspace / "link.docx").symlink_to(target)
    result = build("--out", "link.docx", *force)
    assert (result.exit_code, result.stderr) == (
        7,
        f"LỖI: Không ghi được tệp link.docx: đường dẫn này là một liên kết tượng trưng (symlink) "
        f"tới {target}; chương trình không ghi đè lên nó. Hãy xóa hoặc đổi tên nó, hoặc ghi ra "
        "tệp khác bằng --out.\n",
    )
    assert (workspace / "link.docx").readlink() == Path(target)
    assert (workspace / "that.docx").read_bytes() == b"kept"
    assert names(workspace) == ["baocao.toml", "data", "link.docx", "that.docx"]


@pytest.mark.parametrize(
    "lock", ["~$oCao_T03_2024.docx", ".~lock.BaoCao_T03_2024.docx#"], ids=["word", "libreoffice"]
)
def test_force_onto_a_report_open_in_word(workspace: Path, lock: str) -> None:
    """--force onto a report whose editor's lock file stands beside it (open in Word or
    LibreOffice on the share) replaced it, exit 0: the editor's next save then silently
    overwrote the new report. Now it stops (exit 7), the report and folder as they were."""
    assert build().exit_code == 0
    report = workspace / "out" / "BaoCao_T03_2024.docx"
    before = report.read_bytes()
    (workspace / "out" / lock).write_bytes(b"owner")
    result = build("--force")
    assert (result.exit_code, result.stderr) == (
        7,
        f"LỖI: Không ghi được tệp {Path('out') / report.name}: tệp đang mở trong Word hoặc "
        f"LibreOffice (có tệp khóa {lock} bên cạnh); hãy đóng tệp rồi chạy lại, hoặc xóa tệp "
        "khóa đó nếu không còn ai mở tệp.\n",
    )
    assert report.read_bytes() == before
    assert names(workspace / "out") == sorted([lock, report.name])


@pytest.mark.parametrize("size", [240, 250])
def test_report_name_too_long_for_its_temporary_and_backup(workspace: Path, size: int) -> None:
    """A --out name of 250 bytes (a Vietnamese name: "ệ" is 3 bytes) stops before any work
    (exit 7), naming the limit: its temporary name (9 bytes longer) passed the 255 bytes of
    a file name only after the render, and at 240 bytes the report was made once but every
    --force after it failed at its backup (20 bytes longer)."""
    name = "Báo_cáo_" + "ệ" * 75 + "a" * (size - 240) + ".docx"
    assert len(name.encode()) == size
    result = build("--out", f"bc/{name}")
    assert (result.exit_code, result.stderr) == (
        7,
        f"LỖI: Không ghi được tệp bc/{name}: tên tệp dài {size} byte (chữ có dấu tính 2–3 byte), "
        "quá giới hạn 200 byte (cần chỗ cho tệp tạm và bản sao lưu đặt cạnh nó). Hãy đặt tên "
        "ngắn hơn.\n",
    )
    assert names(workspace) == ["baocao.toml", "data"]


def test_setup_into_a_folder_whose_name_is_too_long(workspace: Path) -> None:
    """A folder name over 255 bytes on the way to a file to write is said so (exit 7): looking
    whether the file is a symbolic link must not raise (ENAMETOOLONG) before that."""
    folder = "x" * 300
    result = runner.invoke(app, ["setup", folder, *ARGS])
    assert (result.exit_code, result.stderr) == (
        7,
        f"LỖI: Không ghi được tệp {folder}/baocao.toml: tên tệp hoặc đường dẫn quá dài.\n",
    )


def test_report_name_at_the_limit_is_replaced_with_its_backup(workspace: Path) -> None:
    """A name of 200 bytes, the limit, is written and replaced with --force, its backup
    beside it."""
    name = "Báo_cáo_" + "ệ" * 61 + "a" * 2 + ".docx"
    assert len(name.encode()) == 200
    assert build("--out", name).exit_code == 0
    result = build("--out", name, "--force")
    assert result.exit_code == 0
    backup = result.stderr.removeprefix("Đã lưu bản cũ thành: ").strip()
    assert backup.startswith(name.removesuffix(".docx") + ".bak-")
    assert names(workspace) == sorted(["baocao.toml", "data", name, backup])


FULL_DISK = """
import resource, sys
from baocao.cli import main
resource.setrlimit(resource.RLIMIT_FSIZE, (8000, 8000))  # the workbook is ~20 kB
sys.argv = ["baocao", *sys.argv[1:]]
main()
"""
TOO_LARGE = "tệp vượt quá dung lượng tối đa được phép"


def _with_small_file_limit(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`baocao ARGS` in a child whose files may not grow past 8 kB: writes fail as on a
    full disk, at the size where the workbook's zip is being written."""
    return python_child(FULL_DISK, *args, cwd=cwd)


@POSIX
def test_setup_on_a_full_disk_leaves_nothing(tmp_path: Path) -> None:
    """setup that cannot write its workbook says so in one line (no "Exception ignored" of an
    abandoned zip), leaves neither the config nor a folder, so setup can simply run again."""
    done = _with_small_file_limit("setup", "office", "--month", "1", "--year", "2025", cwd=tmp_path)
    office = tmp_path / "office"
    assert (done.returncode, done.stdout, done.stderr) == (
        7,
        "",
        f"LỖI: Không ghi được tệp office/data/2025-01.xlsx: {TOO_LARGE}.\n",
    )
    assert names(tmp_path) == []
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)
        result = runner.invoke(app, ["setup", "office", "--month", "1", "--year", "2025"])
    assert result.exit_code == 0
    assert names(office) == ["baocao.toml", "data"]


@POSIX
def test_init_with_a_full_temporary_folder_says_one_line(workspace: Path) -> None:
    """init whose sheets (openpyxl writes each to a temporary file first) cannot be written
    says so in one line, no lxml traceback and no "Exception ignored" of abandoned writers;
    the data folder is as it was."""
    done = _with_small_file_limit("init", "--month", "4", "--year", "2024", cwd=workspace)
    assert (done.returncode, done.stderr) == (
        7,
        "LỖI: Không ghi được tệp tạm mà openpyxl dùng khi ghi sổ, trong thư mục "
        f"{tempfile.gettempdir()}: {TOO_LARGE}. Hãy giải phóng chỗ trống ở đó rồi chạy lại.\n",
    )
    assert names(workspace / "data") == ["2024-03.xlsx"]


@pytest.mark.parametrize("failing", ["workbook", "config"])
def test_setup_is_all_or_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """A full disk while the workbook is written, or a failure to move the config into place
    after it, leaves no config, no workbook and no folder; the next setup works."""
    real_write, real_replace = Path.write_bytes, Path.replace

    def write_bytes(path: Path, data: bytes) -> int:
        if failing == "workbook" and path.name.startswith(".2025-01."):
            path.open("wb").write(data[:100])
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_write(path, data)

    def replace(path: Path, target: Any) -> Path:
        if failing == "config" and Path(target).name == "baocao.toml":
            raise OSError(errno.ENOSPC, "No space left on device", str(target))
        return real_replace(path, target)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    monkeypatch.setattr(Path, "replace", replace)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["setup", "office", "--month", "1", "--year", "2025"])
    office = tmp_path / "office"
    failed = "office/data/2025-01.xlsx" if failing == "workbook" else "office/baocao.toml"
    assert (result.exit_code, result.stderr) == (
        7,
        f"LỖI: Không ghi được tệp {failed}: ổ đĩa đã đầy.\n",
    )
    assert names(tmp_path) == []
    monkeypatch.undo()
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["setup", "office", "--month", "1", "--year", "2025"]).exit_code == 0
    assert names(office / "data") == ["2025-01.xlsx"]


SLOW_SOFFICE = """#!/bin/sh
sleep 60 &
echo "$$ $!" > "{marker}.tmp" && mv "{marker}.tmp" "{marker}"
wait
"""


def soffice_on_path(folder: Path, monkeypatch: pytest.MonkeyPatch, script: str) -> None:
    """A shell script as `soffice`, first on PATH."""
    folder.mkdir()
    (folder / "soffice").write_text(script, encoding="utf-8")
    (folder / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")


@pytest.fixture
def slow_soffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `soffice` on PATH that starts a child of its own and never finishes; it writes
    both pids to the returned marker file once running."""
    marker = tmp_path / "soffice.pids"
    soffice_on_path(tmp_path / "slow-bin", monkeypatch, SLOW_SOFFICE.format(marker=marker))
    return marker


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for its parent to reap it does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _pids(marker: Path) -> list[int]:
    deadline = time.monotonic() + 20
    while not marker.exists():
        assert time.monotonic() < deadline, "soffice never started"
        time.sleep(0.02)
    return [int(pid) for pid in marker.read_text().split()]


@POSIX
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_sigterm_during_pdf_stops_libreoffice_and_cleans_up(
    workspace: Path, slow_soffice: Path, tmp_path: Path
) -> None:
    """SIGTERM (a cron timeout) while LibreOffice converts: LibreOffice and what it started
    are killed, its work folder and the PDF's temporary file removed, exit code 143, the
    .docx kept, and the log says so."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "PYTHONPATH": os.pathsep.join(sys.path)}
    command = [sys.executable, "-c", "from baocao.cli import main; main()"]
    log = workspace / "baocao.log"
    args = ["build", *ARGS, "--pdf", "--log-file", str(log)]
    with subprocess.Popen(
        [*command, *args], env=env, cwd=workspace, stderr=subprocess.PIPE, text=True
    ) as run:
        soffice, child = _pids(slow_soffice)
        assert [p.name.startswith("baocao-pdf-") for p in temp.iterdir()] == [True]
        run.send_signal(signal.SIGTERM)
        _, stderr = run.communicate(timeout=20)
    message = (
        "Đã dừng vì nhận tín hiệu SIGTERM khi LibreOffice đang tạo bản PDF: LibreOffice đã "
        "được dừng theo và không để lại tệp tạm; báo cáo out/BaoCao_T03_2024.docx đã được "
        "ghi, bản PDF thì chưa."
    )
    assert (run.returncode, stderr) == (143, f"LỖI: {message}\n")
    time.sleep(0.1)
    assert not _alive(soffice) and not _alive(child)
    assert list(temp.iterdir()) == []
    assert names(workspace / "out") == ["BaoCao_T03_2024.docx"]
    assert log.read_text(encoding="utf-8").split("\t")[3:] == ["LỖI 143", message + "\n"]


@POSIX
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_pdf_time_limit_kills_the_whole_group(
    workspace: Path, slow_soffice: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A conversion past the time limit is a PdfError (exit 6) and LibreOffice, with every
    process it started, is killed."""
    import baocao.pdf

    monkeypatch.setattr(baocao.pdf, "PDF_TIMEOUT_S", 0.3)
    result = build("--pdf")
    assert (result.exit_code, result.stderr) == (
        6,
        "LỖI: Đã tạo out/BaoCao_T03_2024.docx nhưng LibreOffice không chuyển xong sang PDF sau "
        "0,3 giây nên đã bị dừng.\n",
    )
    time.sleep(0.1)
    assert not any(_alive(pid) for pid in _pids(slow_soffice))
    assert names(workspace / "out") == ["BaoCao_T03_2024.docx"]


LINGERING_SOFFICE = """#!/bin/sh
for a in "$@"; do
  if [ "$prev" = "--outdir" ]; then outdir="$a"; fi
  prev="$a"
done
printf '%%PDF-1.4\\n' > "$outdir/$(basename "$prev" .docx).pdf"
sleep 60 &
echo "$!" > "{marker}"
"""


@POSIX
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_helper_libreoffice_leaves_running_is_stopped(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A conversion that succeeds but leaves a process of LibreOffice's running: the whole
    group is killed all the same, and the PDF is written."""
    marker = tmp_path / "helper.pid"
    soffice_on_path(tmp_path / "bin", monkeypatch, LINGERING_SOFFICE.format(marker=marker))
    result = build("--pdf")
    assert result.exit_code == 0, result.output
    assert (workspace / "out" / "BaoCao_T03_2024.pdf").read_bytes() == b"%PDF-1.4\n"
    time.sleep(0.1)
    assert not _alive(int(marker.read_text()))


@POSIX
def test_libreoffice_failure_says_its_own_words(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """LibreOffice that fails: exit 6 with its exit code and the end of what it printed (on
    stdout or stderr); the .docx stays, no PDF and no work folder are left."""
    soffice_on_path(
        tmp_path / "bin",
        monkeypatch,
        "#!/bin/sh\necho 'convert: loading'\necho 'Error: source file could not be loaded' >&2\n"
        "exit 1\n",
    )
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = build("--pdf")
    assert (result.exit_code, result.stderr) == (
        6,
        "LỖI: Đã tạo out/BaoCao_T03_2024.docx nhưng LibreOffice không chuyển được sang PDF (mã "
        "thoát 1: convert: loading\nError: source file could not be loaded).\n",
    )
    assert names(workspace / "out") == ["BaoCao_T03_2024.docx"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("baocao-pdf-")] == []


def _old_report_and_pdf(workspace: Path) -> Path:
    """The workspace's out folder holding an old report and its old PDF."""
    out = workspace / "out"
    out.mkdir()
    (out / "BaoCao_T03_2024.docx").write_bytes(b"old report")
    (out / "BaoCao_T03_2024.pdf").write_bytes(b"old figures")
    return out


def _pdf_rename_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF cannot be renamed (a sticky shared folder, the PDF a colleague's)."""
    rename = Path.rename

    def refused(self: Path, target: Any) -> Any:
        if self.suffix == ".pdf":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return rename(self, target)

    monkeypatch.setattr(Path, "rename", refused)


def _conversion_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    """LibreOffice's conversion stopped by SIGTERM (a cron's ``timeout``)."""
    from baocao.errors import Interrupted

    def stopped(*_: object) -> Path:
        raise Interrupted(signal.SIGTERM, "Đã dừng vì nhận tín hiệu SIGTERM.")

    monkeypatch.setattr("baocao.pdf._convert", stopped)


@POSIX
@pytest.mark.parametrize("fails", ["libreoffice", "full-disk"])
def test_a_pdf_not_made_beside_a_report_replaced_moves_the_old_pdf_aside(
    workspace: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    frozen_clock: None,
    fake_soffice: None,
    fails: str,
) -> None:
    """office32: a `--force --pdf` rebuild whose PDF failed (LibreOffice's error, a full
    disk) left the old PDF beside the new report, still showing the old figures, and a full
    disk's was exit 7, whose "nothing was changed" it was not. The old PDF goes to a dated
    backup, said in the error; exit 6, as for any PDF not made beside a report written. The
    old report's backup is said in it too, as retire_pdf's error says it: the build's own
    "Đã lưu bản cũ" line never comes after an error (review22: it was not said)."""
    out = _old_report_and_pdf(workspace)
    if fails == "libreoffice":
        soffice_on_path(tmp_path / "failing", monkeypatch, "#!/bin/sh\necho boom\nexit 1\n")
        why = "LibreOffice không chuyển được sang PDF (mã thoát 1: boom)."
    else:
        copy = shutil.copyfile

        def full(source: Any, target: Any) -> Any:
            if str(target).endswith(".tmp"):
                raise OSError(errno.ENOSPC, "No space left on device", str(target))
            return copy(source, target)

        monkeypatch.setattr("baocao.pdf.shutil.copyfile", full)
        why = "không ghi được tệp out/BaoCao_T03_2024.pdf: ổ đĩa đã đầy."
    result = build("--force", "--pdf")
    assert (result.exit_code, result.stderr) == (
        6,
        f"LỖI: Đã tạo out/BaoCao_T03_2024.docx nhưng {why} Bản PDF cũ, của báo cáo trước, đã "
        "được lưu thành: out/BaoCao_T03_2024.bak-20240320-070000.pdf. Bản cũ của báo cáo đã "
        "được lưu thành: out/BaoCao_T03_2024.bak-20240320-070000.docx\n",
    )
    assert names(out) == [
        "BaoCao_T03_2024.bak-20240320-070000.docx",
        "BaoCao_T03_2024.bak-20240320-070000.pdf",
        "BaoCao_T03_2024.docx",
    ]
    assert (out / "BaoCao_T03_2024.bak-20240320-070000.pdf").read_bytes() == b"old figures"


@POSIX
def test_an_old_pdf_that_cannot_be_moved_aside_is_said_to_stay(
    workspace: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    frozen_clock: None,
    fake_soffice: None,
) -> None:
    """attack18: a `--force --pdf` rebuild whose PDF failed in a folder where the old PDF
    could not be renamed (a shared folder with the sticky bit, the old PDF a colleague's:
    the new report, one's own, is replaced) said only LibreOffice's error: the old PDF
    stayed beside the new report, its old figures unsaid. It is said to stay."""
    out = _old_report_and_pdf(workspace)
    soffice_on_path(tmp_path / "failing", monkeypatch, "#!/bin/sh\necho boom\nexit 1\n")
    _pdf_rename_refused(monkeypatch)
    result = build("--force", "--pdf")
    assert (result.exit_code, result.stderr) == (
        6,
        "LỖI: Đã tạo out/BaoCao_T03_2024.docx nhưng LibreOffice không chuyển được sang PDF (mã "
        "thoát 1: boom). Bản PDF cũ out/BaoCao_T03_2024.pdf không dời đi được nên vẫn là của "
        "báo cáo trước: hãy xóa hoặc đổi tên nó. Bản cũ của báo cáo đã được lưu thành: "
        "out/BaoCao_T03_2024.bak-20240320-070000.docx\n",
    )
    assert (out / "BaoCao_T03_2024.pdf").read_bytes() == b"old figures"


@POSIX
def test_a_pdf_stopped_by_a_signal_beside_a_report_replaced_moves_the_old_pdf_aside(
    workspace: Path,
    monkeypatch: pytest.MonkeyPatch,
    frozen_clock: None,
    fake_soffice: None,
) -> None:
    """attack18: a `--force --pdf` rebuild stopped by SIGTERM (a cron's ``timeout``) while
    LibreOffice converted left the old PDF beside the new report, still showing the old
    figures, as a failed conversion's did (office32). It goes to a dated backup, said."""
    from baocao.errors import Interrupted

    out = _old_report_and_pdf(workspace)

    _conversion_stopped(monkeypatch)
    with pytest.raises(Interrupted) as raised:  # the console script says it, exit 143
        build("--force", "--pdf")
    assert (raised.value.exit_code, str(raised.value)) == (
        143,
        "Đã dừng vì nhận tín hiệu SIGTERM. Bản PDF cũ, của báo cáo trước, đã được lưu thành: "
        "out/BaoCao_T03_2024.bak-20240320-070000.pdf. Bản cũ của báo cáo đã được lưu thành: "
        "out/BaoCao_T03_2024.bak-20240320-070000.docx",
    )
    assert names(out) == [
        "BaoCao_T03_2024.bak-20240320-070000.docx",
        "BaoCao_T03_2024.bak-20240320-070000.pdf",
        "BaoCao_T03_2024.docx",
    ]


@POSIX
def test_an_old_pdf_a_signal_cannot_move_aside_is_said_to_stay(
    workspace: Path,
    monkeypatch: pytest.MonkeyPatch,
    frozen_clock: None,
    fake_soffice: None,
) -> None:
    """attack19: a `--force --pdf` rebuild stopped by SIGTERM where the old PDF could not
    be renamed (a sticky shared folder, the old PDF a colleague's) said the signal alone:
    the old PDF stayed beside the new report, its old figures unsaid, as a failed
    conversion's says them (attack18)."""
    from baocao.errors import Interrupted

    out = _old_report_and_pdf(workspace)

    _conversion_stopped(monkeypatch)
    _pdf_rename_refused(monkeypatch)
    with pytest.raises(Interrupted) as raised:
        build("--force", "--pdf")
    assert (raised.value.exit_code, str(raised.value)) == (
        143,
        "Đã dừng vì nhận tín hiệu SIGTERM. Bản PDF cũ out/BaoCao_T03_2024.pdf không dời đi "
        "được nên vẫn là của báo cáo trước: hãy xóa hoặc đổi tên nó. Bản cũ của báo cáo đã "
        "được lưu thành: out/BaoCao_T03_2024.bak-20240320-070000.docx",
    )
    assert (out / "BaoCao_T03_2024.pdf").read_bytes() == b"old figures"


@POSIX
def test_stale_pdf_folders_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A killed (-9) run's LibreOffice folder is removed by a later conversion once a day old
    and its run is gone; a live run's, a recent one, and anything else are kept."""
    from baocao.pdf import remove_stale_pdf_folders

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with subprocess.Popen([sys.executable, "-c", "pass"]) as gone:
        pass
    two_days = time.time() - 2 * 24 * 3600
    stale = [f"baocao-pdf-{gone.pid}-k3j9x_2a", "baocao-pdf-hwf866ok"]  # the latter: older name
    kept = [f"baocao-pdf-{os.getpid()}-k3j9x_2a", "baocao-pdf-x-y", "baocao-pdfz"]
    for name in [*stale, *kept]:
        (tmp_path / name / "profile").mkdir(parents=True)
        os.utime(tmp_path / name, (two_days, two_days))
    recent = tmp_path / f"baocao-pdf-{gone.pid}-recent00"
    recent.mkdir()
    (tmp_path / f"baocao-pdf-{gone.pid}-afile000").write_text("x")
    os.utime(tmp_path / f"baocao-pdf-{gone.pid}-afile000", (two_days, two_days))
    (tmp_path / f"baocao-pdf-{gone.pid}-alink000").symlink_to(tmp_path / kept[0])
    assert sorted(p.name for p in remove_stale_pdf_folders()) == sorted(stale)
    assert names(tmp_path) == sorted(
        [*kept, recent.name, f"baocao-pdf-{gone.pid}-afile000", f"baocao-pdf-{gone.pid}-alink000"]
    )
