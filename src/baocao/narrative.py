"""The narrative sheets: HoatDong rows → ``Activity``, NhiemVu rows → ``Task``.

What a clerk types by habit is normalised with a note: a list marker at the start
of a paragraph ("- ", "+ ", "• ", "* ", "– ": the report adds its own by ``Cấp``;
"+ " also says level 2) and a number at the start of a task ("1. ": the report
numbers the tasks; a letter, "a) ", is kept with a warning). A row is never
dropped without a word: a subsection heading with nothing under it, a paragraph
before any heading, an STT that is not the row's place in the list are each
reported at their cell. A heading typed again
further down (in any case or spacing) is the same subsection: its rows join the
first one's, with a warning when that one holds paragraphs already (the headings `baocao
init` writes at the top are filled so without a word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from baocao.cells import Reading, Value, shown
from baocao.celltext import CAPITALS_TODO, capitals_heading, shouted
from baocao.endmarks import TRAILING_END_MARKS
from baocao.headingnames import near_how, topic_words
from baocao.models import Activity, Task
from baocao.sheets import HOAT_DONG, NHIEM_VU, SheetSpec, normalize_header
from baocao.tables import warn_skipped
from baocao.vnformat import END_MARK_TYPED, format_exact

# A list marker typed before the text, followed by a space, a letter or nothing (never a
# digit: "-5%" and "+3" are numbers). "+" is a level-2 item, a dash or a bullet level 1.
_MARKER = re.compile(r"^([-+•*–—·●▪◦])(?:\s+|$|(?=[^\W\d_]))")
# A Word list's bullet pasted with its item as Word's plain text writes it: one character
# and a tab ("o\t", "§\t", "Ø\t"; not a digit). Its Symbol-font character (U+F0B7) is
# dropped with the cell's other odd characters (``oddchars``).
_WORD_BULLET = re.compile(r"^([^\s\d])\t\s*")
_MARKER_LEVEL = {"+": 2, "-": 1, "–": 1, "—": 1, "•": 1}
# A number before a dash, as a Word list numbers its items: "1- ", "2 - " (not "3-5 …").
_DASHED_NUMBER = r"\d{1,3}\s*[-–—](?=\s*[^\W\d_])"
# "1. ", "2) " typed before a task, or a number before a dash.
_LIST_NUMBER = re.compile(rf"^(\d{{1,3}}[.)](?=\s|$)|{_DASHED_NUMBER})\s*")
_WHOLE = re.compile(r"^\d{1,9}[.)]?$")  # an STT: 3, "3", "3.", "3)"
# A paragraph's own numbering typed before it: "1. ", "a) ", "iv. ", "1- " (a bullet comes
# too; not "3-5 năm").
_OWN_NUMBER = re.compile(
    rf"^(\d{{1,3}}[.)](?=\s)|[a-zđ][.)](?=\s)|[ivx]{{1,4}}[.)](?=\s)|{_DASHED_NUMBER})",
    re.IGNORECASE,
)


def strip_markers(text: str, *, numbers: bool = False) -> tuple[str, list[str]]:
    """The text without the list markers (and, with ``numbers``, list numbers) typed at its
    start, and the marks removed in order: "- + Việc" → ("Việc", ["-", "+"]). A text left
    with no letter or digit ("." or "./." alone) is only marks too: ("", ["-", "."])."""
    marks: list[str] = []
    while True:
        match = (
            _MARKER.match(text)
            or _WORD_BULLET.match(text)
            or (_LIST_NUMBER.match(text) if numbers else None)
        )
        if match is None:
            break
        marks.append(match.group(1))
        text = text[match.end() :].lstrip()
    if text and not any(c.isalnum() for c in text):
        return "", [*marks, text]
    return text, marks


@dataclass
class SectionRuns:
    """Consecutive rows under one ``Mục``; reports a heading left with nothing under it."""

    ctx: Reading
    spec: SheetSpec
    what: str  # what a subsection holds, for the message: "dòng «Nội dung»", "chỉ tiêu"
    section: str | None = None
    start: int = 0
    filled: bool = True
    within: bool = False  # it held rows written elsewhere: breakdown rows, with their parent
    held: frozenset[str] = frozenset()  # subsections another sheet fills (normalize_header)
    defer: bool = False  # an empty run is said once the sheet is read, not at once
    written: set[str] = field(default_factory=set)  # the subsections filled (normalize_header)
    pending: list[tuple[str, int, bool]] = field(default_factory=list)  # empty: (Mục, row, within)
    spellings: dict[str, tuple[str, int]] = field(default_factory=dict)  # header_words → first
    said: set[str] = field(default_factory=set)  # the other spellings already warned of

    def enter(self, section: str, row: int, *, heading: bool = False) -> None:
        """A row typed with ``Mục`` ``section``: a new subsection unless it continues this one.
        A ``heading`` row (only ``Mục``) inside a subsection that already holds rows opens
        nothing and holds nothing: a warning that it is left out. A ``Mục`` spelt like an
        earlier one but for its marks ("công nghiêp") makes a subsection of its own, a
        heading printed twice: an error."""
        section = " ".join(section.split())  # "Mục  X" is headed "Mục X"
        first, at = self.spellings.setdefault(topic_words(section), (section, row))
        if at == row and first == section:  # its first spelling: printed as the heading
            capitals_heading(self.ctx, *self.ctx.at(self.spec, "section", row), "Mục", section)
        if normalize_header(first) != normalize_header(section) and section not in self.said:
            self.said.add(section)
            self.ctx.error(
                *self.ctx.at(self.spec, "section", row),
                f"«Mục» «{section}» chỉ khác «{first}» (ô "
                f"{self.ctx.locator.cell(self.spec, 'section', at)}) "
                f"{near_how(first, section)}, nên báo cáo sẽ có hai tiểu mục gần cùng tên. Nếu "
                f"là cùng một tiểu mục, hãy gõ giống hệt «{first}»; nếu là hai tiểu mục, hãy đặt "
                "tên khác hẳn.",
            )
        if section != self.section:
            self.close()
            self.section, self.start, self.filled, self.within = section, row, False, False
        elif heading and self.filled:
            warn_skipped(self.ctx, self.spec, row, {"section"})

    def fill(self, *, elsewhere: bool = False) -> None:
        """A row of content under the current subsection; one written ``elsewhere`` (a
        breakdown row, with its parent) fills none."""
        if elsewhere:
            self.within = True
        else:
            self.filled = True

    def close(self) -> None:
        """The end of the current run of rows: one that held nothing of its own is said at
        once, or (``defer``) by ``finish``, once the sheet is read: its ``Mục`` may be
        filled further down."""
        if self.section is not None and self.filled:
            self.written.add(normalize_header(self.section))
        elif self.section is not None:
            self.pending.append((self.section, self.start, self.within))
        self.filled = True
        if not self.defer:
            self._say_pending()

    def finish(self) -> None:
        """The end of the sheet: each ``Mục`` left empty is said (``_say_pending``)."""
        self.close()
        self._say_pending()

    def _say_pending(self) -> None:
        """A ``Mục`` that nothing fills, here or in another sheet (``held``), is left out of
        the report: a warning at each of its runs, saying why (rows of breakdowns only are
        written with their parent)."""
        pending, self.pending = self.pending, []
        for section, start, within in pending:
            key = normalize_header(section)
            if key in self.held or (self.defer and key in self.written):
                continue
            self._left_out(
                section,
                start,
                "Các dòng dưới mục này đều có «Thuộc», nên được viết cùng chỉ tiêu mẹ, ở mục "
                "của chỉ tiêu mẹ. Nếu có dòng là chỉ tiêu riêng của mục này, hãy xóa «Thuộc» "
                "của dòng đó; nếu không, hãy xóa «Mục» ở đây."
                if within
                else "Hãy viết nội dung dưới mục này, hoặc xóa dòng nếu tháng này không có.",
            )

    def _left_out(self, section: str, start: int, what_to_do: str) -> None:
        self.ctx.warn(
            *self.ctx.at(self.spec, "section", start),
            f"«Mục» {shown(section)} không có {self.what} nào nên không có trong báo cáo. "
            + what_to_do,
        )


def activities(ctx: Reading, rows: list[dict[str, Value]], *, report: bool) -> tuple[Activity, ...]:
    """HoatDong rows; a blank ``Mục`` continues the subsection of the row above, a row with
    only ``Mục`` opens a subsection for the rows below."""
    title = ctx.locator.sheet(HOAT_DONG)
    out: list[Activity] = []
    # `baocao init` writes the headings at the top; the month's paragraphs may be typed
    # further down under the same Mục, which fill them: such a heading is not left out.
    runs = SectionRuns(ctx, HOAT_DONG, "dòng «Nội dung»", held=_filled_headings(rows))
    first: dict[str, tuple[str, int]] = {}  # a heading as first typed, by its plain form
    texts: set[str] = set()  # the headings (plain form) that already hold a paragraph
    for row in rows:
        number = int(str(row["row"]))
        if row.get("section"):
            typed = str(row["section"])
            key = normalize_header(typed)
            heading, at = first.setdefault(key, (typed, number))
            # Only a heading that holds paragraphs already makes two runs of one subsection;
            # one written alone (as `baocao init` writes them, at the top) is filled here.
            if at != number and " ".join(heading.split()) != runs.section and key in texts:
                ref = ctx.locator.cell(HOAT_DONG, "section", at)
                ctx.warn(
                    title,
                    ctx.locator.cell(HOAT_DONG, "section", number),
                    f"«Mục» {shown(typed)} đã có ở ô {ref} ({shown(heading)}): các dòng dưới "
                    "mục này được gộp vào tiểu mục đó, không thành một tiểu mục thứ hai.",
                )
            runs.enter(heading, number, heading="text" not in row)
        if "text" not in row:  # a heading row
            continue
        if runs.section is None:
            ctx.error(
                title,
                ctx.locator.cell(HOAT_DONG, "section", number),
                "Dòng này chưa thuộc tiểu mục nào: hãy ghi «Mục» ở dòng này hoặc ở một dòng "
                "phía trên.",
            )
            continue
        runs.fill()  # a row that cannot be written is reported on its own
        texts.add(normalize_header(runs.section))
        activity = _activity(ctx, row, runs.section, number)
        if activity is not None:
            out.append(activity)
    runs.close()
    # Subsections in the order of their headings' first rows (the headings at the top order
    # them), each one's paragraphs in sheet order.
    out.sort(key=lambda a: first[normalize_header(a.section)][1])
    if report and not rows:  # rows there but left out are each reported already
        ctx.warn(
            title,
            None,
            "Trang không có nội dung nào: báo cáo sẽ không có các tiểu mục về hoạt động "
            "sau phần số liệu.",
        )
    return tuple(out)


def _filled_headings(rows: list[dict[str, Value]]) -> frozenset[str]:
    """The headings (``normalize_header``) with a paragraph under them anywhere in the sheet."""
    filled: set[str] = set()
    current: str | None = None
    for row in rows:
        if row.get("section"):
            current = normalize_header(str(row["section"]))
        if "text" in row and current is not None:
            filled.add(current)
    return frozenset(filled)


def _activity(ctx: Reading, row: dict[str, Value], section: str, number: int) -> Activity | None:
    title = ctx.locator.sheet(HOAT_DONG)
    typed = row.get("level")
    level = typed if isinstance(typed, int) else None
    if typed is not None and level not in (0, 1, 2):
        ctx.error(
            title,
            ctx.locator.cell(HOAT_DONG, "level", number),
            f"«Cấp» phải là 0, 1 hoặc 2, nhưng là {format_exact(int(str(typed)))}.",
        )
        return None
    ref = ctx.locator.cell(HOAT_DONG, "text", number)
    text, marks = strip_markers(str(row["text"]))
    if marks and not text:
        ctx.warn(title, ref, f"«Nội dung» chỉ có dấu «{' '.join(marks)}»; bỏ qua dòng này.")
        return None
    if marks:
        said = _MARKER_LEVEL.get(marks[0])
        taken = level is None and said is not None
        level = said if taken else level
        ctx.note(
            title,
            ref,
            f"Đã bỏ «{' '.join(marks)}» gõ ở đầu «Nội dung»"
            + (f" và lấy «Cấp» là {level}" if taken else "")
            + ": báo cáo tự thêm dấu đầu dòng theo «Cấp».",
        )
    _inner_end_mark(ctx, title, ref, text)
    _in_capitals(ctx, title, ref, text, "Nếu đây là đề mục, hãy ghi ở «Mục»; nếu không, ")
    numbered = _OWN_NUMBER.match(text)
    if numbered and level != 0:  # Cấp 0 has no bullet before it
        ctx.warn(
            title,
            ref,
            f"«Nội dung» bắt đầu bằng «{numbered.group(1)}», và báo cáo còn thêm dấu đầu dòng "
            "theo «Cấp» trước nó. Nếu đây là số thứ tự gõ tay, hãy xóa nó.",
        )
    return Activity(
        row=number, section=section, level=1 if level is None else int(level), text=text
    )


_END_MARK = re.compile(END_MARK_TYPED)


def _in_capitals(ctx: Reading, title: str, ref: str | None, text: str, lead: str = "") -> None:
    """A paragraph or task typed in capitals (``shouted``) is printed so among the others:
    a warning (a heading typed as a paragraph, or a text pasted from a title)."""
    if shouted(text):
        todo = lead + CAPITALS_TODO[0].lower() + CAPITALS_TODO[1:] if lead else CAPITALS_TODO
        ctx.warn(
            title,
            ref,
            "«Nội dung» được gõ chữ hoa cả đoạn, và báo cáo in nguyên như vậy giữa các đoạn "
            f"chữ thường. {todo}",
        )


def _inner_end_mark(ctx: Reading, title: str, ref: str | None, text: str) -> None:
    """Decree 30's end mark "./." anywhere but at a text's very end (followed by more text,
    or by other marks: "./.)", "./.;") would be printed: a warning."""
    if _END_MARK.search(TRAILING_END_MARKS.sub("", text)):
        ctx.warn(
            title,
            ref,
            "«Nội dung» có dấu kết thúc văn bản «./.» mà sau nó còn chữ hoặc dấu khác, trong "
            "khi dấu này chỉ đứng ở cuối báo cáo (báo cáo tự thêm). Hãy xóa «./.» đó.",
        )


def tasks(ctx: Reading, rows: list[dict[str, Value]], *, report: bool) -> tuple[Task, ...]:
    """NhiemVu rows, numbered by their place in the list: an STT that is not a whole number,
    or that skips or repeats, is a warning at its cell."""
    title = ctx.locator.sheet(NHIEM_VU)
    out: list[Task] = []
    out_of_order = False
    skipped = 0
    for row in rows:
        number = int(str(row["row"]))
        ref = ctx.locator.cell(NHIEM_VU, "text", number)
        text, marks = strip_markers(str(row["text"]), numbers=True)
        if marks and not text:
            ctx.warn(title, ref, f"«Nội dung» chỉ có «{' '.join(marks)}»; bỏ qua dòng này.")
            skipped += 1  # the STT typed below may count it
            continue
        if marks:
            ctx.note(
                title,
                ref,
                f"Đã bỏ «{' '.join(marks)}» gõ ở đầu «Nội dung»: báo cáo tự đánh số nhiệm vụ.",
            )
        if lettered := _OWN_NUMBER.match(text):  # "a) …": "6. a) …" (digits went above)
            ctx.warn(
                title,
                ref,
                f"«Nội dung» bắt đầu bằng «{lettered.group(1)}», và báo cáo còn đánh số nhiệm "
                "vụ trước nó. Nếu đây là số thứ tự gõ tay, hãy xóa nó.",
            )
        _inner_end_mark(ctx, title, ref, text)
        _in_capitals(ctx, title, ref, text)
        position = len(out) + 1
        typed = row.get("number")
        stt = ctx.locator.cell(NHIEM_VU, "number", number)
        if typed is not None and not _WHOLE.match(str(typed)):
            ctx.warn(
                title,
                stt,
                f"«STT» cần một số nguyên, nhưng ô có {shown(typed)}; nhiệm vụ được đánh số "
                f"theo thứ tự dòng (đây là nhiệm vụ thứ {format_exact(position)}).",
            )
        elif (
            typed is not None
            and int(str(typed).rstrip(".)")) not in (position, position + skipped)
            and not out_of_order
        ):
            out_of_order = True
            ctx.warn(
                title,
                stt,
                f"«STT» ghi {format_exact(int(str(typed).rstrip('.)')))} nhưng đây là nhiệm vụ "
                f"thứ {format_exact(position)} (STT bị lặp hoặc nhảy số); danh sách được đánh "
                "số theo thứ tự dòng: 1, 2, 3, …",
            )
        out.append(Task(row=number, number=None if typed is None else str(typed), text=text))
    if report and not out:
        ctx.error(
            title,
            None,
            "Trang không có nhiệm vụ nào, mà báo cáo phải có phần II (nhiệm vụ kỳ tới). "
            "Hãy ghi mỗi nhiệm vụ vào một dòng, ở cột «Nội dung».",
        )
    return tuple(out)
