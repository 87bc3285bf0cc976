"""``baocao.toml`` → a validated ``Config``: what rarely changes for one organisation.

Found from ``--config``, then ``$BAOCAO_CONFIG``, then ``./baocao.toml``. Relative paths
in the file are relative to its own folder: a cron job's result is the same from any
working directory."""

from __future__ import annotations

import os
import re
import stat
import tomllib
import unicodedata
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    field_validator,
    model_validator,
)

from baocao.configerrors import toml_message, validation_message
from baocao.configtypes import (
    Flag,
    Header,
    Number,
    Text,
    Visible,
    Whole,
    nfc_texts,
    visible,
    windows_form,
)
from baocao.errors import ConfigError, os_reason
from baocao.files import MAX_NAME_BYTES, NotRegularFileError, broken_link, file_kind, read_regular
from baocao.pathforms import on_disk
from baocao.patterns import fill_period_pattern, fill_text_pattern
from baocao.period import Period, ReportKind
from baocao.provincetail import capitalise_words, province_end
from baocao.signerchars import Key, Signer, typed_invisibles
from baocao.wording import Report, Wording, WordingTables, default_wording

TO_FILL = "(chưa điền)"  # what ``baocao setup`` writes for a value only the office knows
CONFIG_ENV, CONFIG_NAME = "BAOCAO_CONFIG", "baocao.toml"
NEW_OFFICE = "; đơn vị mới thì tạo tệp này bằng lệnh: baocao setup"  # no config anywhere
DEFAULT_TEMPLATE = "bao_cao_thang.docx"


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Organization(_Section):
    """Names as printed: the header block (bodies in capitals, however typed) and sentences."""

    parent_body: Header  # "UBND TỈNH ...", or over two lines: "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ …"
    issuing_body: Header  # "SỞ CÔNG THƯƠNG"
    # The issuing body in sentences ("Sở Công Thương"); default: ``body_in_text`` (below).
    issuing_body_in_text: Visible = ""
    province: Text  # "tỉnh ...", as written in sentences
    place: Text  # the place name in the date line
    symbol: Text  # "BC-SCT", the document symbol after "Số: .../"

    @model_validator(mode="before")
    @classmethod
    def _body_in_text_default(cls, data: Any) -> Any:
        if isinstance(data, dict) and not visible(data.get("issuing_body_in_text") or ""):
            body = data.get("issuing_body")
            if isinstance(body, str):
                return {**data, "issuing_body_in_text": body_in_text(body, data.get("province"))}
        return data


def body_in_text(body: str, province: object) -> str:
    """Words capitalised, less a province ending it ("…\nTỈNH X"): the line adds the province."""
    words = capitalise_words(body).split()
    return " ".join(words[: len(words) - province_end(words, province)])


class Document(_Section):
    """The title block; ``summary``, when set, is the monthly report's summary line."""

    title: Visible = "BÁO CÁO"
    summary: Text | None = None

    @field_validator("summary")
    @classmethod
    def _summary_fields_known(cls, value: str | None) -> str | None:
        if value is not None:
            fill_text_pattern(value)
        return value


class RecipientGroup(_Section):
    """A recipient with sub-lines ("Sở Công Thương:" then "+ Lãnh đạo Sở;" ...)."""

    name: Text
    items: list[Text] = Field(min_length=1)


def _line_kind(value: object) -> str:
    """A table is a recipient with sub-lines; anything else must be a line of text."""
    return "RecipientGroup" if isinstance(value, dict | RecipientGroup) else "str"


class Recipients(_Section):
    """The "Nơi nhận" list, in order."""

    lines: list[
        Annotated[
            Annotated[Text, Tag("str")] | Annotated[RecipientGroup, Tag("RecipientGroup")],
            Discriminator(_line_kind),
        ]
    ] = Field(min_length=1)


class Assessment(_Section):
    """One threshold for the IIP assessment word: growth ≥ ``min`` → ``text``."""

    min: Number
    text: Text


class Layout(_Section):
    """Page margins and body size within Decree 30/2020's ranges; unset keeps the template's."""

    margin_top_mm: Number | None = Field(default=None, ge=20, le=25)
    margin_bottom_mm: Number | None = Field(default=None, ge=20, le=25)
    margin_left_mm: Number | None = Field(default=None, ge=30, le=35)
    margin_right_mm: Number | None = Field(default=None, ge=15, le=20)
    body_size_pt: Whole | None = Field(default=None, ge=13, le=14)


class Appendix(_Section):
    """The appendix of figures (the template's last section) and its optional trend chart."""

    enabled: Flag = True
    chart: Flag = False
    chart_code: str | None = None  # None: the workbook's first indicator without Thuộc
    chart_months: Whole = Field(default=13, ge=2, le=60)


class Checks(_Section):
    """Thresholds of ``check``'s warnings; ``revision_note_pct``: a revised Tháng trước
    within that many percent of last month's estimate is a note (0: every one warns)."""

    change_warning_pct: Number = Field(default=Decimal(50), gt=0)
    revision_note_pct: Number = Field(default=Decimal(0), ge=0)


class Paths(_Section):
    """Where the workbooks are, where reports go, and an optional own template."""

    # Without invisible characters: a zero-width space made a name that looked the usual one.
    data_dir: Annotated[Path, BeforeValidator(visible)] = Path()
    output_dir: Annotated[Path, BeforeValidator(visible)] = Path("out")
    output_name: Annotated[str, BeforeValidator(visible)] = "BaoCao_T{month:02d}_{year}.docx"
    template: Annotated[Path | None, BeforeValidator(visible)] = None

    @field_validator("output_name")
    @classmethod
    def _output_name_valid(cls, value: str) -> str:
        trouble = file_name_trouble(fill_period_pattern(value))
        if trouble:
            raise ValueError(trouble)
        return value

    @field_validator("template", mode="before")
    @classmethod
    def _template_named(cls, value: object) -> object:
        # "" would be the config's folder: "the template is a folder", naming no key.
        if isinstance(value, str) and not value.strip():
            raise ValueError(
                "để trống; hãy ghi đường dẫn tới tệp mẫu .docx, hoặc bỏ khóa này để dùng mẫu "
                "mặc định"
            )
        return value

    @field_validator("data_dir", "output_dir", "template")
    @classmethod
    def _no_control_characters(cls, value: Path | None) -> Path | None:
        # "D:\bao-cao" in double quotes holds a backspace; NUL no file system allows.
        if value is not None and any(unicodedata.category(ch) == "Cc" for ch in str(value)):
            raise ValueError(
                "đường dẫn có ký tự điều khiển (như \\b, \\t, \\u0000), thường do dấu «\\» "
                "của đường dẫn Windows viết giữa hai dấu nháy kép. Hãy viết đường dẫn giữa hai "
                "dấu nháy đơn ('D:\\bao-cao') hoặc dùng dấu / (\"D:/bao-cao\")"
            )
        if value is not None and (elsewhere := windows_form(str(value))):
            raise ValueError(elsewhere)  # a Windows path on the Linux server (attack20)
        return value


_WINDOWS_FORBIDDEN = '<>:"|?*'


# Microsoft's list ("Naming Files, Paths, and Namespaces"), superscript digits included,
# with the console's own devices.
_WINDOWS_DEVICE = re.compile(r"(?i)con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9¹²³]")


def file_name_trouble(name: str) -> str | None:
    """Why ``name`` (``output_name`` filled in) cannot be the report's file name, or None.

    It must be a .docx name with a stem, without folders, control characters, spaces at
    its ends, the characters Windows refuses or a name Windows keeps for a device (CON,
    NUL, COM1…), not hidden (a leading dot), and short enough for every file system once
    the temporary and backup names extend it.
    """
    if "/" in name or "\\" in name:
        return "phải là một tên tệp .docx, không chứa thư mục"
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        return "không được chứa ký tự điều khiển (như \\u0000, \\n, \\t)"
    if name != name.strip():
        return "không được bắt đầu hay kết thúc bằng dấu cách"
    if not name.lower().endswith(".docx"):
        return "phải là tên tệp có đuôi .docx (ví dụ BaoCao_T{month:02d}_{year}.docx)"
    if not name[: -len(".docx")].strip(" ."):
        return "thiếu phần tên trước đuôi .docx (ví dụ BaoCao_T{month:02d}_{year}.docx)"
    if name.startswith("."):
        return "không được bắt đầu bằng dấu chấm (tệp như vậy bị ẩn)"
    if _WINDOWS_DEVICE.fullmatch(name[: -len(".docx")].split(".")[0].strip()):
        return "là tên thiết bị mà Windows dành riêng (CON, PRN, AUX, NUL, COM1…, LPT1…)"
    if any(ch in _WINDOWS_FORBIDDEN for ch in name):
        return f"không được chứa các ký tự {' '.join(_WINDOWS_FORBIDDEN)} (Windows không cho phép)"
    size = len(name.encode("utf-8"))
    if size > MAX_NAME_BYTES:
        return (
            f"tên tệp dài {size} byte (chữ có dấu tính 2–3 byte), quá giới hạn {MAX_NAME_BYTES} "
            "byte"
        )
    return None


class Config(_Section):
    """The whole config file, plus the folder it was read from."""

    base_dir: Path
    source: Path | None = None  # the file it was read from
    typed_invisible: tuple[Key, ...] = ()  # its texts typed with invisible characters
    organization: Organization
    document: Document = Document()
    signer: Signer
    recipients: Recipients
    iip_assessment: list[Assessment] = []
    report: Report = Report()
    wording: WordingTables = WordingTables()
    layout: Layout = Layout()
    checks: Checks = Checks()
    appendix: Appendix = Appendix()
    paths: Paths = Paths()

    def unfilled(self) -> list[str]:
        """The keys whose value still holds ``TO_FILL`` ("organization.province", …), a list's
        items counted from 0 ("recipients.lines.1") as the config's other errors name them."""
        found: list[str] = []

        def walk(value: object, key: str) -> None:
            if isinstance(value, str) and TO_FILL in value.lower():  # also when put in capitals
                found.append(key)
            elif isinstance(value, BaseModel):
                for name in type(value).model_fields:
                    walk(getattr(value, name), f"{key}.{name}" if key else name)
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    walk(item, f"{key}.{i}")

        walk(self, "")
        return found

    def resolve(self, path: Path) -> Path:
        """A config path made absolute: a leading "~" is the home folder, as in a shell (a
        crontab does not expand it, and a folder named "~" would be made in the config's
        folder), else against the config file's folder."""
        # os.path's leaves the path as it is when no home is known; Path's raises.
        path = Path(os.path.expanduser(path))  # noqa: PTH111
        return on_disk(path if path.is_absolute() else self.base_dir / path)

    def data_dir(self) -> Path:
        """The folder of the monthly workbooks."""
        return self.resolve(self.paths.data_dir)

    def workbook_path(self, period: Period) -> Path:
        """``<data_dir>/<Y>-<MM>.xlsx``."""
        return self.data_dir() / f"{period.iso}.xlsx"

    def output_path(self, period: Period) -> Path:
        """``<output_dir>/<output_name>`` for the month."""
        name = self.paths.output_name.format(**period.fields())
        return self.resolve(self.paths.output_dir) / name

    def wording_for(self, kind: ReportKind, month: int | None = None) -> dict[str, str]:
        """The texts of a kind of report (of ``month``): the config's, else the defaults."""
        texts = default_wording(kind, month)
        own: Wording = getattr(self.wording, kind.key)
        texts.update({k: v for k, v in own.model_dump().items() if v is not None})
        if kind is ReportKind.MONTH and self.document.summary is not None:
            texts["summary"] = self.document.summary  # over [wording.month], as documented
        return texts

    def template_path(self) -> Path:
        """The configured template, or the default one shipped with the package."""
        if self.paths.template is not None:
            return self.resolve(self.paths.template)
        return default_template_path()


def default_template_path() -> Path:
    """The template inside the installed package, or ``templates/`` of a source checkout."""
    packaged = Path(str(resources.files("baocao"))) / "templates" / DEFAULT_TEMPLATE
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "templates" / DEFAULT_TEMPLATE


def find_config(explicit: str | os.PathLike[str] | None) -> Path:
    """The config file to use: ``--config``, then ``$BAOCAO_CONFIG``, then ``./baocao.toml``."""
    if explicit is not None:
        candidate, source, new = Path(explicit), "--config", ""
    elif os.environ.get(CONFIG_ENV):
        candidate, source, new = Path(os.environ[CONFIG_ENV]), f"biến môi trường {CONFIG_ENV}", ""
    else:
        candidate, source, new = Path(CONFIG_NAME), "thư mục hiện tại", NEW_OFFICE
    candidate = on_disk(candidate)  # typed NFD for a folder named NFC, or the reverse
    try:
        shown = candidate.absolute()  # never resolve(): a symlink loop would raise
    except OSError:  # the working folder is gone: a relative path names nothing
        shown = candidate
    try:
        mode = candidate.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise ConfigError(
            f"Không tìm thấy tệp cấu hình {shown} (theo {source}). "
            + (
                broken_link(candidate)
                or f"Hãy chỉ đường dẫn bằng --config hoặc biến môi trường {CONFIG_ENV}{new}."
            ),
            shown,
        ) from None
    except OSError as exc:
        raise ConfigError(
            f"Không đọc được tệp cấu hình {shown} (theo {source}): {os_reason(exc)}.", shown
        ) from exc
    if not stat.S_ISREG(mode):  # a FIFO would block the read for ever
        raise ConfigError(
            f"Đường dẫn cấu hình {shown} (theo {source}) là {file_kind(mode)}, không phải "
            "một tệp baocao.toml.",
            shown,
        )
    return candidate


def load_config(explicit: str | os.PathLike[str] | None = None) -> Config:
    """Find, parse and validate the config file (``explicit`` a Path or a str)."""
    path = find_config(explicit)
    shown = path.absolute()
    try:
        # utf-8-sig: Windows Notepad may save the file with a byte order mark; newlines
        # as a file read as text has them.
        text = read_regular(path).decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
        data: dict[str, Any] = nfc_texts(tomllib.loads(text))
    except NotRegularFileError as exc:  # swapped for a FIFO since find_config
        raise ConfigError(
            f"Đường dẫn cấu hình {path} là {exc.kind}, không phải một tệp baocao.toml.", shown
        ) from exc
    except OSError as exc:
        raise ConfigError(f"Không đọc được tệp cấu hình {path}: {os_reason(exc)}.", shown) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"Tệp cấu hình {path} không được lưu bằng bảng mã UTF-8 (byte lạ ở vị trí "
            f"{exc.start}). Hãy mở tệp bằng Notepad, chọn Lưu thành với bảng mã UTF-8.",
            shown,
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(toml_message(path, text, exc), shown) from exc
    except RecursionError as exc:  # tomllib and nfc_texts recurse: "x = [[[[…" 5 000 deep
        raise ConfigError(
            f"Tệp cấu hình {path} lồng nhau quá sâu (quá nhiều tầng ngoặc [ ] hay {{ }}, hoặc "
            "tên bảng quá nhiều dấu chấm).",
            shown,
        ) from exc
    data["typed_invisible"] = typed_invisibles(data)  # said by check and build
    data["base_dir"] = path.resolve().parent
    data["source"] = path
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(validation_message(path, exc, Config), shown) from exc
