"""Problems found in the inputs, and the one exception family the CLI catches.

A ``Problem`` is one located finding (file, sheet, cell) with a Vietnamese
message; ``check`` collects all of them. A ``BaocaoError`` stops a run and
carries its exit code; ``InputError`` carries the problems that stopped it.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum, StrEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Process exit codes, documented in the README."""

    OK = 0
    INVALID_INPUT = 1
    USAGE = 2
    OUTPUT_EXISTS = 3
    BUSY = 4
    TEMPLATE = 5
    PDF = 6
    WRITE = 7
    MISSING_EXTRA = 8


class Severity(StrEnum):
    """How bad a problem is: an error stops ``build``, a warning does not, a note only informs."""

    ERROR = "LỖI"
    WARNING = "CẢNH BÁO"
    INFO = "GHI CHÚ"  # e.g. a figure taken from an earlier month's workbook


@dataclass(frozen=True)
class Problem:
    """One finding in the inputs, with where it is."""

    severity: Severity
    message: str
    file: Path | None = None
    sheet: str | None = None
    cell: str | None = None
    place: str | None = None  # where in a non-workbook file, e.g. "đoạn 15" of the template

    @property
    def location(self) -> str:
        """``file, sheet!cell`` (or ``file, place``) with whatever parts are known."""
        parts = []
        if self.file is not None:
            parts.append(str(self.file))
        if self.sheet is not None:
            parts.append(f"{self.sheet}!{self.cell}" if self.cell else self.sheet)
        if self.place is not None:
            parts.append(self.place)
        return ", ".join(parts)

    def to_dict(self) -> dict[str, str | None]:
        """The problem as plain data, for ``check --json``."""
        return {
            "severity": self.severity.name.lower(),
            "label": self.severity.value,
            "file": str(self.file) if self.file is not None else None,
            "sheet": self.sheet,
            "cell": self.cell,
            "place": self.place,
            "message": self.message,
        }

    def __str__(self) -> str:
        where = self.location
        return (
            f"{self.severity.value}: {where}: {self.message}"
            if where
            else (f"{self.severity.value}: {self.message}")
        )


def error(
    message: str,
    file: Path | None = None,
    sheet: str | None = None,
    cell: str | None = None,
    *,
    place: str | None = None,
) -> Problem:
    """An error-level problem."""
    return Problem(Severity.ERROR, message, file, sheet, cell, place)


def warning(
    message: str,
    file: Path | None = None,
    sheet: str | None = None,
    cell: str | None = None,
    *,
    place: str | None = None,
) -> Problem:
    """A warning-level problem."""
    return Problem(Severity.WARNING, message, file, sheet, cell, place)


def note(
    message: str,
    file: Path | None = None,
    sheet: str | None = None,
    cell: str | None = None,
    *,
    place: str | None = None,
) -> Problem:
    """A note (GHI CHÚ): informs, never stops a run."""
    return Problem(Severity.INFO, message, file, sheet, cell, place)


def _sort_key(problem: Problem) -> tuple[str, str, int, int, str]:
    cell = problem.cell or ""
    letters = "".join(ch for ch in cell if ch.isalpha())
    digits = "".join(ch for ch in cell.split(":")[0] if ch.isdigit())
    return (str(problem.file or ""), problem.sheet or "", int(digits or 0), len(letters), letters)


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Problems by file, sheet, row, then column (A before B before AA)."""
    return sorted(problems, key=_sort_key)


def said_once(found: Sequence[tuple[Hashable, Problem]]) -> list[Problem]:
    """The problems of ``found``, each with where it is exactly (a template's part and
    paragraph: its ``place`` names no header's number), with each that repeats another at
    the same place said once, with how many times it was found there: a template paragraph
    of "{{" typed 15 000 times gave 15 000 identical lines. Two headers' own findings are
    not folded: "phần đầu trang, đoạn 1" of the first page and of the others read "(gặp 2
    lần ở chỗ này)"."""
    counts = Counter(found)
    kept = []
    for where, problem in dict.fromkeys(found):
        times = counts[where, problem]
        count = f"{times:,}".replace(",", ".")  # the count's thousands, not the message's commas
        said = f"{problem.message} (gặp {count} lần ở chỗ này)"
        kept.append(problem if times == 1 else replace(problem, message=said))
    return kept


def has_errors(problems: list[Problem]) -> bool:
    """Whether any problem is an error (not only warnings)."""
    return any(p.severity is Severity.ERROR for p in problems)


def counts(problems: list[Problem]) -> dict[Severity, int]:
    """How many problems of each severity."""
    return {s: sum(1 for p in problems if p.severity is s) for s in Severity}


def problems_json(
    workbook: Path | None, template: Path | None, problems: list[Problem]
) -> dict[str, object]:
    """The shape ``check --json`` prints, for a finished check or a run stopped early."""
    n = counts(problems)
    return {
        "workbook": str(workbook) if workbook else None,
        "template": str(template) if template else None,
        "errors": n[Severity.ERROR],
        "warnings": n[Severity.WARNING],
        "notes": n[Severity.INFO],
        "problems": [p.to_dict() for p in problems],
    }


_OS_REASON_NAMES = {
    "EACCES": "không có quyền truy cập",
    "EPERM": "không có quyền truy cập",
    "ENOENT": "không tồn tại",
    "ELOOP": "đường dẫn là một vòng lặp liên kết tượng trưng (symlink trỏ vòng về chính nó)",
    "ENOSPC": "ổ đĩa đã đầy",
    "EDQUOT": "đã hết hạn mức dung lượng được cấp",
    "EFBIG": "tệp vượt quá dung lượng tối đa được phép",
    "EROFS": "ổ đĩa chỉ cho phép đọc",
    "EISDIR": "đây là một thư mục",
    "ENOTDIR": "một phần của đường dẫn không phải là thư mục",
    "ENAMETOOLONG": "tên tệp hoặc đường dẫn quá dài",
    "EBUSY": "tệp đang bị chương trình khác dùng",
    "EIO": "lỗi đọc/ghi của thiết bị lưu trữ",
    "EMFILE": "đang mở quá nhiều tệp",
    "EPIPE": "đầu đọc của ống dẫn đã đóng (chương trình nhận dữ liệu đã thoát)",
    # mkdir over a file or a broken link (over a symlink loop: ELOOP's, by os_reason)
    "EEXIST": "đường dẫn đã có nhưng không phải là thư mục (một tệp, hay một liên kết hỏng)",
}
# Not every platform has every name (Windows lacks some).
_OS_REASONS = {getattr(errno, k): v for k, v in _OS_REASON_NAMES.items() if hasattr(errno, k)}
_WINDOWS_SHARING_VIOLATION = 32  # the file is open in another program (Word, Excel)


def _is_loop(path: str | bytes) -> bool:
    """Whether ``path`` is a symbolic link whose chain comes back to itself."""
    try:
        Path(os.fsdecode(path)).stat()
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def os_reason(exc: OSError) -> str:
    """Why an operating-system call failed, in Vietnamese (the English text for a rare errno)."""
    if getattr(exc, "winerror", None) == _WINDOWS_SHARING_VIOLATION:
        return "tệp đang mở trong chương trình khác (Word, Excel…); hãy đóng tệp rồi chạy lại"
    if exc.errno == errno.EEXIST and exc.filename is not None and _is_loop(exc.filename):
        return _OS_REASONS[errno.ELOOP]  # mkdir over a loop: said as what it is
    if exc.errno in _OS_REASONS:
        return _OS_REASONS[exc.errno]
    name = errno.errorcode.get(exc.errno or 0, "")
    return f"lỗi hệ thống {name} ({exc.strerror or exc})" if name else str(exc.strerror or exc)


class BaocaoError(Exception):
    """Base of every error the program reports to the user (in Vietnamese); ``file``, the
    file it is about when one is known (a config error's: ``check --json`` gives it)."""

    exit_code: ExitCode = ExitCode.INVALID_INPUT
    file: Path | None = None


class ConfigError(BaocaoError):
    """The config file is missing or invalid; ``file`` is that file."""

    def __init__(self, message: str, file: Path | None = None) -> None:
        super().__init__(message)
        self.file = file


class InputError(BaocaoError):
    """The inputs have errors; ``problems`` lists all that were found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        n = counts(problems)
        count, warned = n[Severity.ERROR], n[Severity.WARNING]
        if count or not warned:
            super().__init__(f"Có {count} lỗi; chưa tạo báo cáo.")
        else:  # stopped by --strict
            super().__init__(f"Có {warned} cảnh báo (--strict); chưa tạo báo cáo.")

    @property
    def warnings_only(self) -> bool:
        """Stopped for warnings alone (by --strict), not for an error."""
        return not any(p.severity is Severity.ERROR for p in self.problems)


class TargetError(BaocaoError):
    """The report's path is not a .docx file (the CLI refuses such an --out first)."""

    exit_code = ExitCode.USAGE


class TemplateError(BaocaoError):
    """The report template cannot be read or rendered; ``blank``: it printed a value not
    known, so named (``Blank.where``), ``unknown`` (``blankcells``) the blank cell it comes
    from, when known."""

    exit_code = ExitCode.TEMPLATE
    blank: str | None = None
    unknown: tuple[str, str, str] | None = None


class TemplateCheckError(InputError):
    """The template check found errors; ``problems`` lists them."""

    exit_code = ExitCode.TEMPLATE


class BusyError(BaocaoError):
    """Another build is writing into the same folder."""

    exit_code = ExitCode.BUSY


class WriteError(BaocaoError):
    """The report could not be written (permissions, a full disk); nothing was changed."""

    exit_code = ExitCode.WRITE


class ChartError(BaocaoError):
    """A chart was asked for but its optional library (``baocao[chart]``) is not installed."""

    exit_code = ExitCode.MISSING_EXTRA


class PdfError(BaocaoError):
    """The PDF could not be made (LibreOffice missing or failing); ``written``: the
    problems of the report written before it failed (``carried``), said with it."""

    exit_code = ExitCode.PDF
    written: Sequence[Problem] = ()


@contextlib.contextmanager
def carried(problems: Sequence[Problem]) -> Iterator[None]:
    """A PdfError raised inside carries ``problems``, the report's: it is written, and a
    build that stops on its PDF says its warnings too (the error alone came)."""
    try:
        yield
    except PdfError as exc:
        exc.written = problems
        raise


class OutputExistsError(BaocaoError):
    """The report file exists and ``--force`` was not given."""

    exit_code = ExitCode.OUTPUT_EXISTS


class Interrupted(BaseException):
    """A signal (SIGTERM, SIGHUP) stopped a step that must clean up (LibreOffice's PDF).

    A BaseException, like KeyboardInterrupt, so no ``except Exception`` on the way holds
    it up; every ``finally`` runs. The process then exits with 128 + the signal's number,
    as a process ended by the signal would.
    """

    def __init__(self, signum: int, message: str) -> None:
        super().__init__(message)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        """128 + the signal's number (143 for SIGTERM)."""
        return 128 + self.signum
