"""The .docx package as Word 2013+ expects it: one call when rendering, one when writing.

``normalise`` runs on every rendered report: the property children of every
WordprocessingML part in schema order and LibreOffice's stray values replaced
(``ooxml``), one core-properties part, ``compatibilityMode`` 15, no
``stylesWithEffects`` part, no line stretched before a typed line break, no
template attached (Word fetches it, with its macros, whenever the report is opened),
no Word comment of the template, and Track Changes not left on.
``set_properties`` gives the written report true properties: its title, its issuing
body, reproducible times, baocao as the application, and no stale counts or thumbnail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

from baocao import __version__
from baocao.ooxml import (
    WML_CONTENT,
    add_child,
    clark,
    order_tree,
    repair_values,
    wordprocessing_roots,
)

WORD_2013 = "15"  # compatibilityMode of Word 2013 and later: no Compatibility Mode
WORD_URI = "http://schemas.microsoft.com/office/word"
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
ATTACHED_TEMPLATE = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"
)
# Word's comments and their extensions (threads, ids, dates), each a part of its own, and
# the list of the people who wrote them (names, account ids).
COMMENT_PARTS = ("comments", "commentsExtended", "commentsIds", "commentsExtensible", "people")
COMMENT_MARKS = ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference")
CORE_PROPERTIES_SUFFIX = "/metadata/core-properties"
APP_PARTNAME = "/docProps/app.xml"
APP_NAMESPACE = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
APPLICATION = "baocao"


def normalise(document: Any, settled: frozenset[str] = frozenset()) -> frozenset[str]:
    """Make a rendered python-docx ``document`` what Word 2013+ reads without repair.

    Parts named in ``settled`` are passed over: the caller knows they hold what an
    earlier run found needed nothing (``part_digests``). Returns the parts that needed
    nothing (ordering a large styles part is a tenth of a render).
    """
    found = set()
    for name, root, changed in wordprocessing_roots(document):
        if name in settled:
            found.add(name)
        elif order_tree(root) | repair_values(root):
            changed()
        else:
            found.add(name)
    _one_core_properties_part(document.part.package)
    upgrade_to_word_2013(document)
    no_stretched_lines(document)
    no_attached_template(document)
    no_comments(document)
    no_tracking(document)
    return frozenset(found)


def part_digests(document: Any, names: frozenset[str] | None = None) -> dict[str, str]:
    """The SHA-256 of each WordprocessingML part's XML as it is now (of ``names`` only,
    when given): what tells a part nothing has changed since the template was loaded."""
    from docx.opc.oxml import serialize_part_xml

    digests = {}
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        wanted = names is None or name in names
        if not wanted or not part.content_type.startswith(WML_CONTENT):
            continue
        element = getattr(part, "element", None)
        xml = serialize_part_xml(element) if element is not None else part.blob
        digests[name] = hashlib.sha256(xml).hexdigest()
    return digests


def _one_core_properties_part(package: Any) -> None:
    """Keep one core-properties relationship, of the current type.

    LibreOffice relates docProps/core.xml with ECMA-376's first-edition type, which
    python-docx does not know: it adds its own part of the same name, and the file
    would hold two docProps/core.xml.
    """
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rels = package.rels
    current = any(rel.reltype == RT.CORE_PROPERTIES for rel in rels.values())
    for r_id in sorted(rels):
        rel = rels[r_id]
        if rel.reltype != RT.CORE_PROPERTIES and rel.reltype.endswith(CORE_PROPERTIES_SUFFIX):
            rels.pop(r_id)
            if not current:
                package.relate_to(rel.target_part, RT.CORE_PROPERTIES)
                current = True


def upgrade_to_word_2013(document: Any) -> None:
    """``compatibilityMode`` 15 (Word 2013+, no Compatibility Mode); no stylesWithEffects part.

    Word 2013 and later neither read nor write stylesWithEffects; a stale copy
    differing from styles.xml is a finding of Word's validator.
    """
    from docx.oxml import OxmlElement

    main = document.part
    for r_id in sorted(main.rels):
        if main.rels[r_id].reltype == STYLES_WITH_EFFECTS:
            main.rels.pop(r_id)
    settings = document.settings.element
    compat = add_child(settings, "w:compat")
    name, uri, val = clark("w:name"), clark("w:uri"), clark("w:val")
    for setting in compat.iterchildren(clark("w:compatSetting")):
        if setting.get(name) == "compatibilityMode" and setting.get(uri) == WORD_URI:
            setting.set(val, WORD_2013)
            return
    setting = OxmlElement("w:compatSetting")
    setting.set(name, "compatibilityMode")
    setting.set(uri, WORD_URI)
    setting.set(val, WORD_2013)
    compat.append(setting)  # w:compatSetting is the last of w:compat's children


def no_stretched_lines(document: Any) -> None:
    """Word's "do not expand character spaces on a line ending with SHIFT+RETURN"
    (``w:doNotExpandShiftReturn``, which LibreOffice reads too): a line break typed in a
    cell (Alt+Enter) inside a justified paragraph ends its line where it stands, instead
    of spreading that line's few words across the page. A template that sets it (on or
    off) keeps its own."""
    compat = add_child(document.settings.element, "w:compat")
    add_child(compat, "w:doNotExpandShiftReturn")


def no_attached_template(document: Any) -> None:
    """No ``w:attachedTemplate`` (Developer → Document Template) nor its relationship: the
    template the template was made from, a file or a web address, which Word would fetch,
    macros and all, each time the report is opened, on every recipient's computer."""
    settings = document.settings.element
    for attached in settings.findall(clark("w:attachedTemplate")):
        settings.remove(attached)
    for part in document.part.package.iter_parts():
        for r_id in sorted(part.rels):
            if part.rels[r_id].reltype == ATTACHED_TEMPLATE:
                part.rels.pop(r_id)


def no_tracking(document: Any) -> None:
    """Track Changes not left on (``w:trackRevisions``, Review → Track Changes, saved in
    the template while the office edited it): every report opened recording its readers'
    edits as revisions, which Word shows, and prints, with their markup. Nor enforced by
    the template's editing restriction to tracked changes (Review → Restrict Editing,
    ``w:documentProtection w:edit="trackedChanges"``), which turns it on in every report
    and keeps it on without the template's password."""
    settings = document.settings.element
    for on in settings.findall(clark("w:trackRevisions")):
        settings.remove(on)
    for protection in settings.findall(clark("w:documentProtection")):
        if protection.get(clark("w:edit")) == "trackedChanges":
            settings.remove(protection)


def no_comments(document: Any) -> None:
    """No Word comment (Review → New Comment): the office's notes on its template ("Đoạn
    này lấy từ trang HoatDong") are not the report's, which would open with them beside
    its text and send them to every recipient. Their parts go (with Word's list of the
    people who commented, their names and account ids), and so do their marks in the text:
    the range around the text commented on, and the reference run."""
    main = document.part
    found = [r for r in sorted(main.rels) if main.rels[r].reltype.split("/")[-1] in COMMENT_PARTS]
    marks = tuple(clark(name) for name in COMMENT_MARKS)
    if not found and next(document.element.iter(*marks), None) is None:
        return  # marks without their comments (a tool's leftovers) are dropped too
    for r_id in found:
        main.rels.pop(r_id)
    for _, root, changed in wordprocessing_roots(document):
        dropped = list(root.iter(*marks))
        for mark in dropped:
            parent = mark.getparent()
            parent.remove(mark)
            if parent.tag == clark("w:r") and all(c.tag == clark("w:rPr") for c in parent):
                parent.getparent().remove(parent)  # the reference's run, now empty
        if dropped:
            changed()


def set_properties(document: Any, *, title: str, creator: str, stamp: dt.datetime) -> None:
    """True core and extended properties: baocao's own, none left from the template.

    Title and creator as given, created = modified = ``stamp``, revision 1, no
    last editor or printing time; app.xml names baocao and its version only (no
    page or word counts nobody computed); no thumbnail.
    """
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    _one_core_properties_part(package)
    props = document.core_properties
    props.title = title
    props.author = creator
    props.created = props.modified = stamp
    props.revision = 1
    props.last_modified_by = ""
    core = package.part_related_by(RT.CORE_PROPERTIES).element
    for printed in core.findall(clark("cp:lastPrinted")):
        core.remove(printed)
    for r_id in sorted(package.rels):
        if package.rels[r_id].reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            package.rels.pop(r_id)
    app = Part(PackURI(APP_PARTNAME), CT.OFC_EXTENDED_PROPERTIES, app_xml(), package)
    package.relate_to(app, RT.EXTENDED_PROPERTIES)


def app_xml(version: str = __version__) -> bytes:
    """docProps/app.xml naming baocao and its version, nothing else."""
    app_version = office_version(version)
    text = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{APP_NAMESPACE}"><Application>{APPLICATION}</Application>'
        + (f"<AppVersion>{app_version}</AppVersion>" if app_version else "")  # digits, "."
        + "</Properties>"
    )
    return text.encode("utf-8")


def office_version(version: str) -> str | None:
    """``0.1.0`` → ``00.0100``: AppVersion must read XX.YYYY (ECMA-376 Part 1, §22.2.2.2).

    Major, minor and patch as two digits each (``1.12.3`` → ``01.1203``); None when
    ``version`` does not fit.
    """
    found = re.match(r"(\d+)\.(\d+)(?:\.(\d+))?", version)
    if found is None:
        return None
    major, minor, patch = (int(n or 0) for n in found.groups())
    if max(major, minor, patch) > 99:
        return None
    return f"{major:02d}.{minor:02d}{patch:02d}"
