"""WordprocessingML elements as Word's schema wants them: pure lxml over python-docx's tree.

- ``order_children`` / ``order_tree``: the children of paragraph, run, table, cell,
  section and style properties in ECMA-376 schema order (Word and LibreOffice
  re-saves reorder them);
- ``repair_values``: the few values LibreOffice writes that Word's schema refuses, and
  Word 2007's smart tags;
- ``add_child``: get or add a child element in schema order (also for
  tools/make_template.py);
- ``wordprocessing_roots``: every WordprocessingML part's root of a document;
- ``W``, ``int_attr``, ``row_cells``: reading widths and sizes (``fitfigures``,
  ``tablewidth``).

The package-level steps (one core-properties part, Word 2013 mode, document
properties) are in ``package``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

NAMESPACES = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "w15": "http://schemas.microsoft.com/office/word/2012/wordml",
    "m": "http://schemas.openxmlformats.org/officeDocument/2006/math",
    "sl": "http://schemas.openxmlformats.org/schemaLibrary/2006/main",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
}

# The child sequences of ECMA-376 Part 1 (Transitional), §17, with the Word 2010/2013
# extension elements ([MS-DOCX]) where Word writes them. Names joined by "|" are one
# choice group: any order among them. A child not listed stays after the sibling it
# followed. The paragraph mark's run properties (CT_ParaRPr) and a run's (CT_RPr)
# share one list; so do the styles' and numbering levels' subsets of pPr and rPr.
SEQUENCES: dict[str, str] = {
    "w:pPr": """
        w:pStyle w:keepNext w:keepLines w:pageBreakBefore w:framePr w:widowControl
        w:numPr w:suppressLineNumbers w:pBdr w:shd w:tabs w:suppressAutoHyphens
        w:kinsoku w:wordWrap w:overflowPunct w:topLinePunct w:autoSpaceDE w:autoSpaceDN
        w:bidi w:adjustRightInd w:snapToGrid w:spacing w:ind w:contextualSpacing
        w:mirrorIndents w:suppressOverlap w:jc w:textDirection w:textAlignment
        w:textboxTightWrap w:outlineLvl w:divId w:cnfStyle w:rPr w:sectPr w:pPrChange
    """,
    "w:rPr": """
        w:ins w:del w:moveFrom w:moveTo w14:conflictIns|w14:conflictDel
        w:rStyle w:rFonts w:b w:bCs w:i w:iCs w:caps w:smallCaps w:strike w:dstrike
        w:outline w:shadow w:emboss w:imprint w:noProof w:snapToGrid w:vanish
        w:webHidden w:color w:spacing w:w w:kern w:position w:sz w:szCs w:highlight
        w:u w:effect w:bdr w:shd w:fitText w:vertAlign w:rtl w:cs w:em w:lang
        w:eastAsianLayout w:specVanish w14:glow w14:shadow w14:reflection
        w14:textOutline w14:textFill w14:scene3d w14:props3d w14:ligatures
        w14:numForm w14:numSpacing w14:stylisticSets w14:cntxtAlts w:oMath w:rPrChange
    """,
    "w:tblPr": """
        w:tblStyle w:tblpPr w:tblOverlap w:bidiVisual w:tblStyleRowBandSize
        w:tblStyleColBandSize w:tblW w:jc w:tblCellSpacing w:tblInd w:tblBorders
        w:shd w:tblLayout w:tblCellMar w:tblLook w:tblCaption w:tblDescription
        w:tblPrChange
    """,
    # w:trPr needs no entry: its children are one choice group, in any order.
    "w:tcPr": """
        w:cnfStyle w:tcW w:gridSpan w:hMerge w:vMerge w:tcBorders w:shd w:noWrap
        w:tcMar w:textDirection w:tcFitText w:vAlign w:hideMark w:headers
        w:cellIns|w:cellDel|w:cellMerge w:tcPrChange
    """,
    "w:sectPr": """
        w:headerReference|w:footerReference w:footnotePr w:endnotePr w:type w:pgSz
        w:pgMar w:paperSrc w:pgBorders w:lnNumType w:pgNumType w:cols w:formProt
        w:vAlign w:noEndnote w:titlePg w:textDirection w:bidi w:rtlGutter w:docGrid
        w:printerSettings w15:footnoteColumns w:sectPrChange
    """,
    "w:style": """
        w:name w:aliases w:basedOn w:next w:link w:autoRedefine w:hidden w:uiPriority
        w:semiHidden w:unhideWhenUsed w:qFormat w:locked w:personal w:personalCompose
        w:personalReply w:rsid w:pPr w:rPr w:tblPr w:trPr w:tcPr w:tblStylePr
    """,
    "w:docDefaults": "w:rPrDefault w:pPrDefault",
    "w:tblStylePr": "w:pPr w:rPr w:tblPr w:trPr w:tcPr",
    "w:lvl": """
        w:start w:numFmt w:lvlRestart w:pStyle w:isLgl w:suff w:lvlText
        w:lvlPicBulletId w:legacy w:lvlJc w:pPr w:rPr
    """,
    "w:compat": """
        w:useSingleBorderforContiguousCells w:wpJustification w:noTabHangInd w:noLeading
        w:spaceForUL w:noColumnBalance w:balanceSingleByteDoubleByteWidth
        w:noExtraLineSpacing w:doNotLeaveBackslashAlone w:ulTrailSpace
        w:doNotExpandShiftReturn w:spacingInWholePoints w:lineWrapLikeWord6
        w:printBodyTextBeforeHeader w:printColBlack w:wpSpaceWidth w:showBreaksInFrames
        w:subFontBySize w:suppressBottomSpacing w:suppressTopSpacing
        w:suppressSpacingAtTopOfPage w:suppressSpBfAfterPgBrk w:swapBordersFacingPages
        w:convMailMergeEsc w:truncateFontHeightsLikeWP6 w:mwSmallCaps w:usePrinterMetrics
        w:doNotSuppressParagraphBorders w:wrapTrailSpaces w:footnoteLayoutLikeWW8
        w:shapeLayoutLikeWW8 w:alignTablesRowByRow w:forgetLastTabAlignment
        w:adjustLineHeightInTable w:autoSpaceLikeWord95 w:noSpaceRaiseLower
        w:doNotUseHTMLParagraphAutoSpacing w:layoutRawTableWidth w:layoutTableRowsApart
        w:useWord97LineBreakRules w:doNotBreakWrappedTables w:doNotSnapToGridInCell
        w:selectFldWithFirstOrLastChar w:applyBreakingRules w:doNotWrapTextWithPunct
        w:doNotUseEastAsianBreakRules w:useWord2002TableStyleRules w:growAutofit
        w:useFELayout w:useNormalStyleForList w:doNotUseIndentAsNumberingTabStop
        w:useAltKinsokuLineBreakRules w:allowSpaceOfSameStyleInTable
        w:doNotSuppressIndentation w:doNotAutofitConstrainedTables
        w:autofitToFirstFixedWidthCell w:underlineTabInNumList w:displayHangulFixedWidth
        w:splitPgBreakAndParaMark w:doNotVertAlignCellWithSp
        w:doNotBreakConstrainedForcedTable w:doNotVertAlignInTxbx w:useAnsiKerningPairs
        w:cachedColBalance w:compatSetting
    """,
    "w:settings": """
        w:writeProtection w:view w:zoom w:removePersonalInformation w:removeDateAndTime
        w:doNotDisplayPageBoundaries w:displayBackgroundShape w:printPostScriptOverText
        w:printFractionalCharacterWidth w:printFormsData w:embedTrueTypeFonts
        w:embedSystemFonts w:saveSubsetFonts w:saveFormsData w:mirrorMargins
        w:alignBordersAndEdges w:bordersDoNotSurroundHeader w:bordersDoNotSurroundFooter
        w:gutterAtTop w:hideSpellingErrors w:hideGrammaticalErrors w:activeWritingStyle
        w:proofState w:formsDesign w:attachedTemplate w:linkStyles
        w:stylePaneFormatFilter w:stylePaneSortMethod w:documentType w:mailMerge
        w:revisionView w:trackRevisions w:doNotTrackMoves w:doNotTrackFormatting
        w:documentProtection w:autoFormatOverride w:styleLockTheme w:styleLockQFSet
        w:defaultTabStop w:autoHyphenation w:consecutiveHyphenLimit w:hyphenationZone
        w:doNotHyphenateCaps w:showEnvelope w:summaryLength w:clickAndTypeStyle
        w:defaultTableStyle w:evenAndOddHeaders w:bookFoldRevPrinting
        w:bookFoldPrinting w:bookFoldPrintingSheets w:drawingGridHorizontalSpacing
        w:drawingGridVerticalSpacing w:displayHorizontalDrawingGridEvery
        w:displayVerticalDrawingGridEvery w:doNotUseMarginsForDrawingGridOrigin
        w:drawingGridHorizontalOrigin w:drawingGridVerticalOrigin w:doNotShadeFormData
        w:noPunctuationKerning w:characterSpacingControl w:printTwoOnOne
        w:strictFirstAndLastChars w:noLineBreaksAfter w:noLineBreaksBefore
        w:savePreviewPicture w:doNotValidateAgainstSchema w:saveInvalidXml
        w:ignoreMixedContent w:alwaysShowPlaceholderText w:doNotDemarcateInvalidXml
        w:saveXmlDataOnly w:useXSLTWhenSaving w:saveThroughXslt w:showXMLTags
        w:alwaysMergeEmptyNamespace w:updateFields w:hdrShapeDefaults w:footnotePr
        w:endnotePr w:compat w:docVars w:rsids m:mathPr w:uiCompat97To2003
        w:attachedSchema w:themeFontLang w:clrSchemeMapping w:doNotIncludeSubdocsInStats
        w:doNotAutoCompressPictures w:forceUpgrade w:captions w:readModeInkLockDown
        w:smartTagType sl:schemaLibrary w:shapeDefaults w:doNotEmbedSmartTags
        w:decimalSymbol w:listSeparator w14:docId w14:discardImageEditingData
        w14:defaultImageDpi w14:conflictMode w15:chartTrackingRefBased w15:docId
    """,
}


def clark(name: str) -> str:
    """``w:pPr`` → ``{http://…/main}pPr``."""
    prefix, local = name.split(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


W = f"{{{NAMESPACES['w']}}}"  # "{http://…/main}", to prefix a local name


def int_attr(element: Any, name: str) -> int:
    """The ``w:name`` attribute of ``element`` as an integer (twips, half-points, a count);
    0 when the element or the attribute is missing or not a whole number."""
    if element is None:
        return 0
    value = element.get(f"{W}{name}")
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def row_cells(tr: Any, *, controls: bool = False) -> Iterator[tuple[Any, int, int]]:
    """Each cell of a table row with the grid columns it spans, from ``start`` up to
    ``end``: after the columns w:gridBefore leaves empty (as Word and LibreOffice write a
    row that starts further right than the others), each w:gridSpan wide. With
    ``controls``, a cell inside a content control (w:sdt, as Word wraps one locked for
    editing) too, in its place."""
    end = int_attr(tr.find(f"{W}trPr/{W}gridBefore"), "val")
    tags = (f"{W}tc", f"{W}sdt") if controls else (f"{W}tc",)
    for child in tr.iterchildren(*tags):
        for tc in [child] if child.tag == f"{W}tc" else child.findall(f"{W}sdtContent/{W}tc"):
            start, end = end, end + (int_attr(tc.find(f"{W}tcPr/{W}gridSpan"), "val") or 1)
            yield tc, start, end


def _ranks(sequence: str) -> dict[str, int]:
    return {
        clark(name): rank
        for rank, group in enumerate(sequence.split())
        for name in group.split("|")
    }


RANKS: dict[str, dict[str, int]] = {clark(tag): _ranks(seq) for tag, seq in SEQUENCES.items()}

# Values LibreOffice writes that Word's schema refuses. ST_OnOffOnly allows only
# "on" and "off" (LibreOffice writes "true"); tables and list levels align
# left/center/right only (it writes "start"); the font charset names allowed.
ON_OFF_ONLY = frozenset(
    clark(f"w:{name}")
    for name in (
        "autoRedefine",
        "bidiVisual",
        "cantSplit",
        "flatBorders",
        "hidden",
        "hideMark",
        "linkedToFile",
        "locked",
        "noBorder",
        "noResizeAllowed",
        "noWrap",
        "personal",
        "personalCompose",
        "personalReply",
        "qFormat",
        "semiHidden",
        "tblHeader",
        "tcFitText",
        "unhideWhenUsed",
    )
)
TABLE_ALIGNMENT = {"start": "left", "end": "right"}
TABLE_JC_PARENTS = frozenset(clark(t) for t in ("w:tblPr", "w:trPr", "w:tblPrEx"))
CHARACTER_SETS = frozenset(
    (
        "Big5",
        "GBK",
        "KS_C-5601-1992",
        "iso-8859-1",
        "iso-8859-9",
        "ks_c-5601-1987",
        "macintosh",
        "shift_jis",
        "windows-1250",
        "windows-1251",
        "windows-1253",
        "windows-1255",
        "windows-1256",
        "windows-1257",
        "windows-1258",
        "windows-874",
    )
)

WML_CONTENT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def order_children(element: Any) -> bool:
    """Put ``element``'s children in its schema order; True when something moved.

    A child the sequence does not know (an extension, a comment) moves with the
    known sibling before it; children before the first known one stay first.
    """
    ranks = RANKS.get(element.tag)
    if ranks is None or _in_order(element, ranks):
        return False
    children = list(element)
    groups: list[tuple[int, list[Any]]] = [(-1, [])]
    for child in children:
        rank = ranks.get(child.tag) if isinstance(child.tag, str) else None
        if rank is None:
            groups[-1][1].append(child)
        else:
            groups.append((rank, [child]))
    ordered = [c for _, group in sorted(groups, key=lambda g: g[0]) for c in group]
    if ordered == children:
        return False
    for child in ordered:
        element.append(child)  # moves it, with its tail
    return True


def _in_order(element: Any, ranks: dict[str, int]) -> bool:
    last = -1
    for child in element:
        rank = ranks.get(child.tag, last)  # a comment's tag is not a string: no rank
        if rank < last:
            return False
        last = rank
    return True


def add_child(parent: Any, name: str) -> Any:
    """The ``name`` child of ``parent`` (e.g. ``w:pBdr``), added in schema order if missing."""
    from docx.oxml import OxmlElement

    found = parent.find(clark(name))
    if found is not None:
        return found
    child = OxmlElement(name)
    parent.append(child)
    order_children(parent)
    return child


def order_tree(root: Any) -> bool:
    moved = False
    for element in list(root.iter(*RANKS)):
        if len(element) > 1:  # one child or none is in order (half the elements of a report)
            moved |= order_children(element)
    return moved


def repair_values(root: Any) -> bool:
    """Replace what LibreOffice (or Word 2007) writes and Word's schema refuses; True when
    something changed."""
    val, changed = clark("w:val"), False
    for element in root.iter(*ON_OFF_ONLY):
        value = element.get(val)
        if value in ("true", "1"):
            del element.attrib[val]  # on is the default
            changed = True
        elif value in ("false", "0"):
            element.set(val, "off")
            changed = True
    for element in root.iter(clark("w:lvlJc"), clark("w:jc")):
        is_table = element.getparent() is not None and element.getparent().tag in TABLE_JC_PARENTS
        if element.tag == clark("w:lvlJc") or is_table:
            value = element.get(val)
            if value in TABLE_ALIGNMENT:
                element.set(val, TABLE_ALIGNMENT[value])
                changed = True
    character_set = clark("w:characterSet")
    for element in root.iter(clark("w:charset")):
        if element.get(character_set) not in (None, *CHARACTER_SETS):
            del element.attrib[character_set]  # w:val holds the charset Word reads
            changed = True
    # Word 2007's smart tags (a place, a date, a name), which Word 2010+ drops on opening
    # and its schema refuses: their runs stay, in their place.
    for tag in list(root.iter(clark("w:smartTag"))):
        parent, kept = tag.getparent(), [c for c in tag if c.tag != clark("w:smartTagPr")]
        parent[parent.index(tag) : parent.index(tag) + 1] = kept
        changed = True
    return changed


def wordprocessing_roots(document: Any) -> Iterator[tuple[str, Any, Any]]:
    """Each WordprocessingML part's name ("/word/styles.xml") and root element, with a
    callback to call after changing it.

    python-docx parses the document, styles, settings, numbering, headers and
    footers; other parts (footnotes, fonts) are bytes, parsed here and written back.
    """
    from docx.opc.oxml import serialize_part_xml
    from docx.opc.part import XmlPart
    from docx.oxml.parser import parse_xml

    for part in document.part.package.iter_parts():
        if not part.content_type.startswith(WML_CONTENT):
            continue
        if isinstance(part, XmlPart):
            yield str(part.partname), part.element, lambda: None
        else:
            root = parse_xml(part.blob)

            def write_back(part: Any = part, root: Any = root) -> None:
                part._blob = serialize_part_xml(root)  # as docxtpl does for footnotes

            yield str(part.partname), root, write_back
