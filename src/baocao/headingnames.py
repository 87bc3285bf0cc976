"""Subsection headings of the report that two sheets would write twice.

The figure subsections come from the ``Mục`` of ChiSoSXCN's ``iip`` row and of ChiTieu,
the narrative ones from HoatDong's; ``Mục`` of one spelling in case and spacing are one
subsection (a sheet's own near spellings are said by ``narrative.SectionRuns``). Across the
sheets, a heading written twice is wrong in the report, whichever was meant:

- the index paragraph's ``Mục`` spelt like a ChiTieu one but for its marks or punctuation
  ("Về sản xuất công nghiêp"), or for a "Về" ("Sản xuất công nghiệp"): the report headed
  "1. Về sản xuất công nghiêp" and "2. Về sản xuất công nghiệp"; an error at the ChiSoSXCN
  cell naming the ChiTieu cell;
- a HoatDong ``Mục`` of a figure subsection's name, or spelt like one but for its marks
  or for a "Về" opening one of the two ("Thương mại, dịch vụ" beside the starter's "Về
  thương mại, dịch vụ"): an error at its first cell, since a paragraph is never written
  into a figure subsection;
- a ChiSoSXCN ``Mục`` typed on a branch's row, which no heading is read from: a
  warning (``branch_headings``);
- a ChiTieu ``Mục`` typed on a breakdown row (one with ``Thuộc``), which is written with
  its parent while the rows below with a blank ``Mục`` go into that subsection: office31's
  "gtsx.fdi" row typed «Về xuất nhập khẩu» moved the rows after it there, ahead of "Về
  thương mại", with a clean check; a warning (``breakdown_heading``);
- and the ``iip`` row without ``Mục`` beside ChiTieu's subsections: the index paragraph
  goes into the first of them, "1. Về thương mại, dịch vụ" heading the industrial
  production index; a warning at the blank cell unless that heading names industry
  ("công nghiệp").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from baocao.cells import Reading, Value, shown
from baocao.celltext import marker_only
from baocao.figures import TOTAL_CODE
from baocao.models import Activity, IipRow, Indicator
from baocao.sheets import CHI_SO_SXCN, CHI_TIEU, HOAT_DONG, header_words, normalize_header


def _first_cells(rows: list[dict[str, Value]]) -> dict[str, tuple[str, int]]:
    """Each ``Mục`` of a sheet's rows (normalize_header) → as first typed, and its row."""
    first: dict[str, tuple[str, int]] = {}
    for row in rows:
        if row.get("section"):
            typed = str(row["section"])
            first.setdefault(normalize_header(typed), (typed, int(str(row["row"]))))
    return first


def same_headings(
    ctx: Reading,
    tables: dict[str, list[dict[str, Value]]],
    figures: tuple[Indicator | IipRow, ...],
    narrative: tuple[Activity, ...],
) -> None:
    """The errors of the module's docstring. ``tables`` are the sheets' rows as read,
    ``figures`` the rows of ChiTieu and ChiSoSXCN, ``narrative`` HoatDong's paragraphs."""
    typed = _first_cells(tables[CHI_TIEU.name])
    headings: dict[str, tuple[str, str]] = {}  # normalize_header → (heading, its cell)
    for each in figures:
        if each.section and normalize_header(each.section) not in headings:
            spec, row = CHI_SO_SXCN, each.row  # the index's Mục is on its own row
            if not isinstance(each, IipRow):  # a ChiTieu Mục: where it was first typed
                spec, row = CHI_TIEU, typed.get(normalize_header(each.section), ("", row))[1]
            cell = f"{ctx.locator.sheet(spec)}!{ctx.locator.cell(spec, 'section', row)}"
            headings[normalize_header(each.section)] = (each.section, cell)
    by_words = {header_words(h): (h, cell) for h, cell in reversed(headings.values())}
    index = next((i for i in figures if isinstance(i, IipRow) and i.section), None)
    if index is not None and index.section is not None:
        own, topic = normalize_header(index.section), topic_words(index.section)
        near, cell = by_words.get(header_words(index.section), (index.section, ""))
        if normalize_header(near) == own:  # its own, or one but for a "Về" ("Về sản xuất …")
            others = (h for h in headings.values() if normalize_header(h[0]) != own)
            near, cell = next((h for h in others if topic_words(h[0]) == topic), (near, cell))
        if normalize_header(near) != own:
            ctx.error(
                *ctx.at(CHI_SO_SXCN, "section", index.row),
                f"«Mục» {shown(index.section)} của đoạn chỉ số sản xuất công nghiệp chỉ khác "
                f"{shown(near)} ({cell}) {near_how(near, index.section)}, nên báo cáo sẽ có "
                "hai tiểu mục gần cùng tên. Nếu là cùng một tiểu mục, hãy gõ giống hệt "
                f"{shown(near)}; nếu là hai tiểu mục, hãy đặt tên khác hẳn.",
            )
    _unplaced_index(ctx, figures)
    by_topic = {topic_words(h): (h, cell) for h, cell in reversed(headings.values())}
    said: set[str] = set()
    for act in narrative:
        key = normalize_header(act.section)
        same = headings.get(key) or by_words.get(header_words(act.section))
        same = same or by_topic.get(topic_words(act.section))
        if same is None or key in said:
            continue
        said.add(key)
        exact = normalize_header(same[0]) == key
        how, near = (
            ("trùng tên với", "") if exact else ("chỉ khác", f" {near_how(*same[:1], act.section)}")
        )
        ctx.error(
            *ctx.at(HOAT_DONG, "section", act.row),
            f"«Mục» {shown(act.section)} {how} mục số liệu {shown(same[0])} ({same[1]}){near}: "
            f"báo cáo sẽ có hai tiểu mục {'cùng tên' if exact else 'gần cùng tên'}, vì đoạn văn "
            "không được viết vào tiểu mục số liệu. Hãy đổi tên một trong hai mục.",
        )


def heading_topic(heading: str) -> str:
    """A heading in ``normalize_header`` form without the "về " it may open with, typed
    once or more: "Về thương mại, dịch vụ" heads what "Thương mại, dịch vụ" does, the
    starter's ChiTieu heading and a real report's (Quảng Nam, quý I/2025)."""
    while heading.startswith(("ve ", "về ")):
        heading = heading[3:]
    return heading


# The "Về" a heading opens with, typed once or more, with or without its marks, and the
# punctuation after it ("VỀ: …", "về về …"); not a "Vệ" ("Vệ sinh an toàn thực phẩm").
_OPENING_VE = re.compile(r"(?:(?:về|ve)(?!\w)\W*)+")


def topic_words(heading: str) -> str:
    """``header_words`` of a heading without the "Về" it opens with (``_OPENING_VE``): the
    words two headings of one topic share ("thuong mai" of "Về thương mại" and "Thương
    mại"). ``header_words`` alone drops the marks that tell "Về" from "Vệ"."""
    text = normalize_header(heading)
    opening = _OPENING_VE.match(text)
    return header_words(text[opening.end() :] if opening else text) or header_words(text)


def near_how(first: str, other: str) -> str:
    """How ``other``, a ``Mục`` of ``first``'s ``heading_topic`` in ``header_words``, differs
    from it: "ở dấu hoặc cách viết" (its marks, punctuation) or "ở chữ «Về» đầu mục" (and
    those too)."""
    if header_words(first) == header_words(other):
        return "ở dấu hoặc cách viết"
    both = heading_topic(normalize_header(first)) != heading_topic(normalize_header(other))
    return "ở chữ «Về» đầu mục" + (" và ở dấu hoặc cách viết" if both else "")


def branch_headings(ctx: Reading, rows: list[dict[str, Value]]) -> None:
    """A ``Mục`` typed on a branch's row, other than the ``iip`` row's: the paragraph's
    subsection is read from the ``iip`` row alone, so the cell went unread without a word.
    A warning at the first such cell."""
    total = next((r.get("section") for r in rows if str(r.get("code")) == TOTAL_CODE), None)
    for row in rows:
        section = row.get("section")
        if str(row.get("code")) == TOTAL_CODE or not section:
            continue
        if total and normalize_header(str(section)) == normalize_header(str(total)):
            continue
        move = not marker_only(str(section))  # a number alone is no name to move to «iip»
        if total:
            meant = f"đoạn chỉ số thuộc tiểu mục {shown(total)} của dòng «iip». Hãy xóa ô này"
            if move:
                meant += (
                    f" (hoặc ghi {shown(section)} ở dòng «iip», nếu đoạn chỉ số thuộc tiểu mục đó)"
                )
        elif move:
            meant = f"nếu đoạn chỉ số thuộc tiểu mục {shown(section)}, hãy ghi nó ở dòng «iip»"
        else:
            meant = "hãy xóa ô này"
        ctx.warn(
            *ctx.at(CHI_SO_SXCN, "section", int(str(row["row"]))),
            f"«Mục» {shown(section)} ở dòng của ngành «{row.get('code')}» không được đọc: "
            f"tiểu mục của đoạn chỉ số sản xuất công nghiệp chỉ lấy từ dòng «iip»; {meant}.",
        )
        return


def _unplaced_index(ctx: Reading, figures: tuple[Indicator | IipRow, ...]) -> None:
    """The ``iip`` row without ``Mục``, its paragraph written into ChiTieu's first
    subsection, whose heading does not name industry: a warning at the blank cell."""
    index = next((i for i in figures if isinstance(i, IipRow) and i.code == TOTAL_CODE), None)
    tops = (i for i in figures if isinstance(i, Indicator) and i.parent is None)
    first = next((i.section for i in tops if i.section), None)
    if index is None or index.section or first is None or "cong nghiep" in header_words(first):
        return
    ctx.warn(
        *ctx.at(CHI_SO_SXCN, "section", index.row),
        f"«Mục» của dòng «iip» để trống, nên đoạn chỉ số sản xuất công nghiệp được viết vào "
        f"tiểu mục số liệu đầu tiên {shown(first)}. Hãy ghi ở ô này tiểu mục của đoạn chỉ số "
        "(ví dụ «Về sản xuất công nghiệp»).",
    )


@dataclass
class BreakdownHeadings:
    """ChiTieu's ``Mục`` typed on breakdown rows (see the module's docstring): one that
    differs from the subsection the rows above it are in, and that a row below with a
    blank ``Mục`` then takes, is a warning at it, once; one that nothing takes is
    ``SectionRuns``'s to say. A heading row (no ``Mã``) between gives the rows below its
    own ``Mục``: nothing is said then."""

    ctx: Reading
    running: str | None = None  # the subsection of the rows above: a top or heading row's
    opened: dict[str, Value] | None = None  # the breakdown row whose Mục the rows below take

    def heading(self, section: str | None) -> None:
        """A heading row's ``section``, which the rows below it take."""
        self.running, self.opened = section, None

    def row(self, row: dict[str, Value], section: str | None) -> None:
        """A ChiTieu row with a code, in subsection ``section`` as the rows above give it."""
        if row.get("section"):
            typed = normalize_header(str(row["section"]))
            moved = self.running is None or typed != normalize_header(self.running)
            self.opened = row if "parent" in row and moved else None
        elif "parent" not in row and self.opened is not None:
            self._said(self.opened)
            self.opened = None
        if "parent" not in row:
            self.running = section

    def _said(self, row: dict[str, Value]) -> None:
        typed = " ".join(str(row["section"]).split())
        self.ctx.warn(
            *self.ctx.at(CHI_TIEU, "section", int(str(row["row"]))),
            f"«Mục» {shown(typed)} ở dòng «{row['code']}», một dòng chia nhỏ của "
            f"«{row['parent']}» (cột «Thuộc»): dòng này vẫn được viết cùng chỉ tiêu mẹ, còn "
            f"các dòng bên dưới để trống «Mục» vào tiểu mục {shown(typed)}. Nếu «Mục» này "
            "dành cho một dòng bên dưới, hãy ghi nó ở dòng đó.",
        )
