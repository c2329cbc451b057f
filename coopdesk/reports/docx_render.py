"""The Word back end of the report layout: a :class:`~coopdesk.reports.document.Document` as .docx.

The Qt renderer draws a report onto PDF, print and preview; this module writes the
very same description to a Word document, so the signed plan travels as the text a
ministry edits. What it makes is a document a user can restyle:

- A4 in the layout's orientation and margins, the page header (plan title, date) and a
  footer with the report's name and the page label, whose numbers are PAGE and
  NUMPAGES fields that Word and LibreOffice fill in;
- real styles: the heading in "Heading 1" (headings of parts in "Heading 2" ...),
  tables in "Table Grid", and named paragraph styles for table text, the header row,
  section rows and title lines ("CoopDesk Table Text" ...);
- tables with their header rows (titles, then the row of column numbers) marked to
  repeat on every page, rows that do not break across pages, and section rows as one
  cell spanning the whole table;
- the signature block as a borderless table, one column per party, kept together.

A table of thousands of rows is written as XML text and parsed once with lxml:
python-docx builds a cell at a time, several times slower than writing the file.

Callers may ask for a *bookmark* on the first cell of chosen rows (``row_marks``) and
for custom XML parts (``custom_xml``); the plan export uses both to find its measures
in a returned document (:mod:`coopdesk.exchange.docx_meta`).
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from docx import Document as new_docx_document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips
from lxml import etree

from coopdesk.errors import CoopDeskError, msg
from coopdesk.reports.document import (
    Align,
    BarChart,
    Cell,
    Document,
    Heading,
    KeyValues,
    Orientation,
    PageBreak,
    Paragraph,
    SectionRow,
    SignatureBlock,
    Table,
    Tone,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_DECL = f'xmlns:w="{W_NS}"'

#: Paragraph styles the back end adds (name -> (size in points, bold, centred)).
STYLE_TABLE_TEXT = "CoopDesk Table Text"
STYLE_TABLE_HEADER = "CoopDesk Table Header"
STYLE_COLUMN_NUMBER = "CoopDesk Column Number"
STYLE_SECTION = "CoopDesk Section"
STYLE_TITLE_LINE = "CoopDesk Title Line"
STYLE_DETAIL = "CoopDesk Detail"
STYLE_SIGNATURE = "CoopDesk Signature"
TABLE_STYLE = "Table Grid"
FONT = "Times New Roman"

_LANG_TAGS = {"en": "en-GB", "ru": "ru-RU", "kk": "kk-KZ"}
_TONE_COLOURS = {Tone.MUTED: "595959", Tone.ALERT: "C00000", Tone.GOOD: "2E7D32"}
_ALIGN = {Align.LEFT: "", Align.CENTER: "center", Align.RIGHT: "right"}
_HEADER_FILL = "D9E1F2"
_NUMBER_FILL = "F2F2F2"
_SECTION_FILLS = ("E7E6E6", "F2F2F2")
_TWIPS_PER_MM = 1440 / 25.4
_PAPER_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0), "Letter": (215.9, 279.4)}
#: Characters XML 1.0 cannot hold (C0 controls but tab and newline, and two non-characters).
#: A carriage return too: Word keeps none in its text (a line break is a new paragraph).
_BAD_XML_RX = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
_FIELD_RX = re.compile(r"\{(page|pages)\}")


class DocxWriteError(CoopDeskError):
    """A Word document cannot be written where it was asked for."""


def xml_text(text: str) -> str:
    """``text`` escaped for XML, without the characters XML forbids."""
    if _BAD_XML_RX.search(text):
        text = _BAD_XML_RX.sub("", text)
    # Three replaces beat one translate with a table (a Python lookup per character).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------- XML pieces


def _runs(text: str, rpr: str) -> str:
    """The runs of one line of text: tabs become ``w:tab`` so they survive a round trip."""
    if not text:
        return ""
    if "\t" not in text:
        return f'<w:r>{rpr}<w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>'
    parts = []
    for i, piece in enumerate(text.split("\t")):
        if i:
            parts.append("<w:tab/>")
        if piece:
            parts.append(f'<w:t xml:space="preserve">{xml_text(piece)}</w:t>')
    return f"<w:r>{rpr}{''.join(parts)}</w:r>"


def _rpr(bold: bool = False, tone: Tone = Tone.NORMAL, small: bool = False) -> str:
    inner = ""
    if bold:
        inner += "<w:b/>"
    colour = _TONE_COLOURS.get(tone)
    if colour:
        inner += f'<w:color w:val="{colour}"/>'
    if small:
        inner += '<w:sz w:val="16"/>'
    return f"<w:rPr>{inner}</w:rPr>" if inner else ""


def _paragraphs(text: str, ppr: str, rpr: str, mark: tuple[int, str] | None = None) -> str:
    """One paragraph per line of ``text`` (a line break in a cell is a new paragraph)."""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i == 0 and mark is not None:
            bid, name = mark
            out.append(
                f'<w:p>{ppr}<w:bookmarkStart w:id="{bid}" w:name="{name}"/>'
                f'{_runs(line, rpr)}<w:bookmarkEnd w:id="{bid}"/></w:p>'
            )
        else:
            out.append(f"<w:p>{ppr}{_runs(line, rpr)}</w:p>")
    return "".join(out)


def _ppr(style_id: str, align: str = "", extra: str = "") -> str:
    jc = f'<w:jc w:val="{align}"/>' if align else ""
    return f'<w:pPr><w:pStyle w:val="{style_id}"/>{extra}{jc}</w:pPr>'


def _cell(width: int, body: str, extra: str = "") -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{extra}</w:tcPr>{body}</w:tc>'


def _shade(fill: str) -> str:
    return f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'


# --------------------------------------------------------------------------- the writer


class _Writer:
    """Writes one Document into a fresh python-docx document."""

    def __init__(self, document: Document) -> None:
        self.layout = document
        self.docx: DocxDocument = new_docx_document()
        self.bookmark_id = 0
        self.styles: dict[str, str] = {}
        self._setup_page()
        self._setup_styles()

    # -- page and styles -------------------------------------------------------------------

    def _setup_page(self) -> None:
        page = self.layout.page
        short, long = _PAPER_MM.get(page.paper, _PAPER_MM["A4"])
        section = self.docx.sections[0]
        if page.orientation is Orientation.LANDSCAPE:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(long), Mm(short)
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Mm(short), Mm(long)
        left, top, right, bottom = page.margins_mm
        # The layout's margins hold the header and footer; Word puts them inside the
        # margin's distance from the edge, so the body starts a little lower.
        section.left_margin, section.right_margin = Mm(left), Mm(right)
        section.top_margin, section.bottom_margin = Mm(top + 8), Mm(bottom + 8)
        section.header_distance, section.footer_distance = Mm(top), Mm(bottom)
        width_mm = (long if page.orientation is Orientation.LANDSCAPE else short) - left - right
        self.text_width = int(width_mm * _TWIPS_PER_MM)

    def _setup_styles(self) -> None:
        styles = self.docx.styles
        lang = _LANG_TAGS.get(self.layout.lang, "en-GB")
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(11)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is not None:
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attr), FONT)
        lang_el = rpr.find(qn("w:lang"))
        if lang_el is None:
            lang_el = etree.SubElement(rpr, qn("w:lang"))
        lang_el.set(qn("w:val"), lang)
        normal.paragraph_format.space_after = Pt(0)
        for level in (1, 2, 3):
            heading = styles[f"Heading {level}"]
            heading.font.name = FONT
            heading.font.color.rgb = RGBColor(0, 0, 0)
            heading.font.size = Pt({1: 14, 2: 12, 3: 11}[level])
            heading.paragraph_format.space_before = Pt(6)
            heading.paragraph_format.space_after = Pt(6)
            hfonts = heading.element.get_or_add_rPr().find(qn("w:rFonts"))
            if hfonts is not None:
                for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                    hfonts.attrib.pop(qn(attr), None)
                for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                    hfonts.set(qn(attr), FONT)
        specs: dict[str, tuple[float, bool, bool]] = {
            STYLE_TABLE_TEXT: (10, False, False),
            STYLE_TABLE_HEADER: (10, True, True),
            STYLE_COLUMN_NUMBER: (8, False, True),
            STYLE_SECTION: (10, True, False),
            STYLE_TITLE_LINE: (12, True, True),
            STYLE_DETAIL: (11, False, True),
            STYLE_SIGNATURE: (11, False, False),
        }
        for name, (size, bold, centred) in specs.items():
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.font.size = Pt(size)
            style.font.bold = bold
            if centred:
                style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
            style.paragraph_format.space_after = Pt(0)
            style.quick_style = True
            self.styles[name] = style.style_id
        styles[STYLE_COLUMN_NUMBER].font.italic = True

    def _header_footer(self) -> None:
        layout = self.layout
        section = self.docx.sections[0]
        right_tab = Mm(self.text_width / _TWIPS_PER_MM)
        if layout.header_left or layout.header_right:
            para = section.header.paragraphs[0]
            _right_tab_only(para, right_tab)
            run = para.add_run(f"{layout.header_left}\t{layout.header_right}")
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        para = section.footer.paragraphs[0]
        _right_tab_only(para, right_tab)
        pieces = [f"<w:r>{_rpr(small=True)}<w:t xml:space=\"preserve\">"
                  f"{xml_text(layout.footer_left)}</w:t><w:tab/></w:r>"]  # fmt: skip
        position = 0
        label = layout.page_label
        for m in _FIELD_RX.finditer(label):
            pieces.append(_runs(label[position : m.start()], _rpr(small=True)))
            instr = " PAGE " if m.group(1) == "page" else " NUMPAGES "
            pieces.append(
                f'<w:fldSimple w:instr="{instr}"><w:r>{_rpr(small=True)}<w:t>1</w:t></w:r>'
                "</w:fldSimple>"
            )
            position = m.end()
        pieces.append(_runs(label[position:], _rpr(small=True)))
        for element in _parse_children("".join(pieces)):
            para._p.append(element)

    # -- blocks ----------------------------------------------------------------------------

    def _para(self, text: str, style: str, align: str = "", rpr: str = "", extra: str = "") -> None:
        style_id = self.styles.get(style) or self.docx.styles[style].style_id
        xml = _paragraphs(text, _ppr(style_id, align, extra), rpr)
        self._append(xml)

    def _append(self, xml: str) -> None:
        body = self.docx.element.body
        sect = body.find(qn("w:sectPr"))
        for element in _parse_children(xml):
            if sect is not None:
                sect.addprevious(element)
            else:
                body.append(element)

    def title(self) -> None:
        title = self.layout.title
        if title.stamp:
            self._para(title.stamp, "Normal", "right", _rpr(bold=True, tone=Tone.ALERT))
        self._para(title.heading, "Heading 1", "center", extra="<w:keepNext/>")
        for line in title.lines:
            self._para(line, STYLE_TITLE_LINE, extra="<w:keepNext/>")
        for key, value in title.details:
            ppr = _ppr(self.styles[STYLE_DETAIL])
            self._append(f"<w:p>{ppr}{_runs(f'{key}: ', _rpr(bold=True))}{_runs(value, '')}</w:p>")
        if title.lines or title.details:
            self._para("", "Normal")

    def block(self, block: Any, marks: Sequence[str | None] | None) -> None:
        if isinstance(block, Heading):
            level = min(max(block.level + 1, 2), 9)
            self._para(block.text, f"Heading {level}", extra="<w:keepNext/>")
        elif isinstance(block, Paragraph):
            self._para(block.text, "Normal", rpr=_rpr(tone=block.tone, small=block.small))
        elif isinstance(block, KeyValues):
            for key, value in block.items:
                ppr = _ppr(self.docx.styles["Normal"].style_id)
                self._append(
                    f"<w:p>{ppr}{_runs(f'{key}: ', _rpr(bold=True))}{_runs(value, '')}</w:p>"
                )
        elif isinstance(block, Table):
            self.table(block, marks)
        elif isinstance(block, BarChart):
            self.chart(block)
        elif isinstance(block, SignatureBlock):
            self.signatures(block)
        elif isinstance(block, PageBreak):
            self._append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')

    def _new_table(self, widths: Sequence[int], style: str | None = TABLE_STYLE) -> Any:
        table = self.docx.add_table(rows=0, cols=len(widths))
        if style is not None:
            table.style = self.docx.styles[style]
        tbl = table._tbl
        # add_table appends after the last paragraph: keep it before the section end.
        body = self.docx.element.body
        sect = body.find(qn("w:sectPr"))
        if sect is not None and tbl.getnext() is not sect:
            sect.addprevious(tbl)
        tbl_pr = tbl.tblPr
        for tag in ("w:tblW", "w:tblLayout"):
            old = tbl_pr.find(qn(tag))
            if old is not None:
                tbl_pr.remove(old)
        tbl_pr.append(etree.fromstring(f'<w:tblW {_W_DECL} w:w="{sum(widths)}" w:type="dxa"/>'))
        tbl_pr.append(etree.fromstring(f'<w:tblLayout {_W_DECL} w:type="fixed"/>'))
        _schema_order(tbl_pr)
        grid = tbl.tblGrid
        for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
            col.set(qn("w:w"), str(width))
        return tbl

    def _widths(self, weights: Sequence[float]) -> list[int]:
        total = sum(weights) or 1.0
        widths = [int(self.text_width * w / total) for w in weights]
        widths[-1] += self.text_width - sum(widths)
        return widths

    def table(self, table: Table, marks: Sequence[str | None] | None) -> None:
        widths = self._widths([c.width for c in table.columns])
        tbl = self._new_table(widths)
        ncols = len(widths)
        full = sum(widths)
        head_id = self.styles[STYLE_TABLE_HEADER]
        num_id = self.styles[STYLE_COLUMN_NUMBER]
        text_id = self.styles[STYLE_TABLE_TEXT]
        section_id = self.styles[STYLE_SECTION]
        parts: list[str] = []
        append = parts.append
        head_tr = "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for index, titles in enumerate(table.header_rows):
            style_id, fill = (head_id, _HEADER_FILL) if index == 0 else (num_id, _NUMBER_FILL)
            ppr = _ppr(style_id)
            cells = "".join(
                _cell(w, _paragraphs(t, ppr, ""), _shade(fill) + '<w:vAlign w:val="center"/>')
                for w, t in zip(widths, titles, strict=True)
            )
            append(f"{head_tr}{cells}</w:tr>")
        span = f'<w:gridSpan w:val="{ncols}"/>'
        if not table.rows and table.empty_text:
            body = _paragraphs(table.empty_text, _ppr(text_id), _rpr(tone=Tone.MUTED))
            append(f"<w:tr>{_cell(full, body, span)}</w:tr>")
        pprs = [_ppr(text_id, _ALIGN[c.align]) for c in table.columns]
        plain_rpr = ""
        bold_rpr = _rpr(bold=True)
        row_tr = "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
        for index, row in enumerate(table.rows):
            if isinstance(row, SectionRow):
                level = max(row.level, 0)
                fill = _SECTION_FILLS[min(level, len(_SECTION_FILLS) - 1)]
                indent = f'<w:ind w:left="{level * 227}"/>' if level else ""
                ppr = _ppr(section_id, "", "<w:keepNext/>" + indent)
                body = _paragraphs(row.text, ppr, "")
                append(f"{row_tr}{_cell(full, body, span + _shade(fill))}</w:tr>")
                continue
            mark = marks[index] if marks is not None else None
            row_cells: list[str] = []
            row_rpr = bold_rpr if row.emphasis else plain_rpr
            for col, value in enumerate(row.cells):
                if value.__class__ is str:
                    text, rpr = value, row_rpr
                else:
                    assert isinstance(value, Cell)
                    text = value.text
                    rpr = _rpr(value.bold or row.emphasis, value.tone)
                if col == 0 and mark:
                    self.bookmark_id += 1
                    body = _paragraphs(text, pprs[0], rpr, (self.bookmark_id, mark))
                else:
                    body = _paragraphs(text, pprs[col], rpr)
                row_cells.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[col]}" w:type="dxa"/>'
                                 f"</w:tcPr>{body}</w:tc>")  # fmt: skip
            append(f"{row_tr}{''.join(row_cells)}</w:tr>")
        tbl.extend(_parse_children("".join(parts)))
        self._para("", "Normal")

    def chart(self, chart: BarChart) -> None:
        """A bar chart as the table of its numbers (Word has no chart a user can restyle here)."""
        self._para(chart.title, "Heading 3", extra="<w:keepNext/>")
        columns = ["", *(s.label for s in chart.series)] + ([""] if chart.notes else [])
        widths = self._widths([3.0] + [1.0] * (len(columns) - 1))
        tbl = self._new_table(widths)
        head = _ppr(self.styles[STYLE_TABLE_HEADER])
        text = _ppr(self.styles[STYLE_TABLE_TEXT])
        right = _ppr(self.styles[STYLE_TABLE_TEXT], "right")
        rows = ["<w:tr><w:trPr><w:tblHeader/></w:trPr>"
                + "".join(_cell(w, _paragraphs(t, head, ""), _shade(_HEADER_FILL))
                          for w, t in zip(widths, columns, strict=True)) + "</w:tr>"]  # fmt: skip
        for i, category in enumerate(chart.categories):
            cells = [_cell(widths[0], _paragraphs(category, text, ""))]
            for j, value in enumerate(chart.values[i]):
                cells.append(_cell(widths[j + 1], _paragraphs(str(value), right, "")))
            if chart.notes:
                cells.append(_cell(widths[-1], _paragraphs(chart.notes[i], right, "")))
            rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
        tbl.extend(_parse_children("".join(rows)))
        self._para("", "Normal")

    def signatures(self, block: SignatureBlock) -> None:
        style_id = self.styles[STYLE_SIGNATURE]
        keep = "<w:keepNext/><w:keepLines/>"
        if block.place_date:
            self._para(block.place_date, STYLE_SIGNATURE, extra=keep)
            self._para("", STYLE_SIGNATURE, extra=keep)
        if not block.parties:
            return
        widths = self._widths([1.0] * len(block.parties))
        tbl = self._new_table(widths, style=None)
        # No borders: a signature block is text on the page, not a grid.
        borders = "".join(
            f'<w:{side} w:val="nil"/>'
            for side in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        tbl.tblPr.append(etree.fromstring(f"<w:tblBorders {_W_DECL}>{borders}</w:tblBorders>"))
        _schema_order(tbl.tblPr)
        ppr = _ppr(style_id, "", keep)
        bold = _rpr(bold=True)
        small = _rpr(tone=Tone.MUTED, small=True)
        cells = []
        for width, party in zip(widths, block.parties, strict=True):
            body = _paragraphs(party.heading, ppr, bold)
            body += _paragraphs("", ppr, "")
            body += _paragraphs("______________________", ppr, "")
            body += _paragraphs(party.caption, ppr, small)
            if party.name_caption:
                body += _paragraphs("", ppr, "")
                body += _paragraphs("______________________", ppr, "")
                body += _paragraphs(party.name_caption, ppr, small)
            cells.append(_cell(width, body))
        tbl.extend(_parse_children(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{''.join(cells)}</w:tr>"))

    def run(
        self,
        row_marks: Mapping[int, Sequence[str | None]] | None,
        custom_xml: Sequence[bytes],
    ) -> DocxDocument:
        self._header_footer()
        props = self.docx.core_properties
        props.title = self.layout.name or self.layout.title.heading
        props.language = _LANG_TAGS.get(self.layout.lang, "en-GB")
        props.comments = f"CoopDesk {self.layout.kind} report".strip()
        self.title()
        # python-docx's template opens with no paragraph; its first block follows the title.
        tables = 0
        for block in self.layout.blocks:
            marks = None
            if isinstance(block, Table):
                marks = (row_marks or {}).get(tables)
                if marks is not None and len(marks) != len(block.rows):
                    raise ValueError("row_marks needs one entry per row of the table")
                tables += 1
            self.block(block, marks)
        for blob in custom_xml:
            add_custom_xml(self.docx, blob)
        _drop_template_extras(self.docx)
        return self.docx


#: The order the schema gives the children of ``w:tblPr`` (Word refuses others).
_TBL_PR_ORDER = {
    qn(f"w:{name}"): i
    for i, name in enumerate(
        [
            "tblStyle",
            "tblpPr",
            "tblOverlap",
            "bidiVisual",
            "tblStyleRowBandSize",
            "tblStyleColBandSize",
            "tblW",
            "jc",
            "tblCellSpacing",
            "tblInd",
            "tblBorders",
            "shd",
            "tblLayout",
            "tblCellMar",
            "tblLook",
            "tblCaption",
            "tblDescription",
        ]
    )
}


def _schema_order(tbl_pr: Any) -> None:
    """Put the children of a table's properties in the order the schema requires."""
    children = sorted(tbl_pr, key=lambda el: _TBL_PR_ORDER.get(el.tag, len(_TBL_PR_ORDER)))
    for child in children:
        tbl_pr.append(child)  # appending an element that is there moves it to the end


def _right_tab_only(para: Any, position: Any) -> None:
    """One right-aligned tab stop at ``position``; the Header and Footer styles' own
    centre and right stops (for Letter paper) are cleared."""
    stops = para.paragraph_format.tab_stops
    for inherited in (Twips(4680), Twips(9360)):
        stops.add_tab_stop(inherited, WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(position, WD_TAB_ALIGNMENT.RIGHT)


def _drop_template_extras(docx: DocxDocument) -> None:
    """Remove what python-docx's template carries that this document does not need.

    Its thumbnail (file browsers would show it as this document) and the Word 2010
    copy of the styles with effects (half the package; Word makes it again if needed).
    """
    package = docx.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel_id)
    for rel_id, rel in list(docx.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            docx.part.rels.pop(rel_id)


def _parse_children(xml: str) -> list[Any]:
    """The elements of a WordprocessingML fragment (several siblings at once)."""
    root = etree.fromstring(f"<w:root {_W_DECL}>{xml}</w:root>")
    return list(root)


def add_custom_xml(docx: DocxDocument, blob: bytes) -> None:
    """Store ``blob`` as a custom XML part (``customXml/itemN.xml``) of the document.

    Word keeps custom XML parts (with their properties part naming a data store id)
    through editing and saving, which is what they are for.
    """
    package = docx.part.package
    taken = {str(part.partname) for part in package.iter_parts()}
    index = 1
    while f"/customXml/item{index}.xml" in taken:
        index += 1
    item = Part(PackURI(f"/customXml/item{index}.xml"), "application/xml", blob, package)
    store_id = "{" + str(uuid.uuid4()).upper() + "}"
    props_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        '<ds:datastoreItem ds:itemID="' + store_id + '" '
        'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
        "<ds:schemaRefs/></ds:datastoreItem>"
    ).encode()
    props = Part(
        PackURI(f"/customXml/itemProps{index}.xml"),
        "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
        props_xml,
        package,
    )
    item.relate_to(props, RT.CUSTOM_XML_PROPS)
    docx.part.relate_to(item, RT.CUSTOM_XML)


def build_docx(
    document: Document,
    *,
    row_marks: Mapping[int, Sequence[str | None]] | None = None,
    custom_xml: Sequence[bytes] = (),
) -> DocxDocument:
    """The python-docx document for ``document``.

    ``row_marks`` maps a table's index among the document's tables to one bookmark name
    (or None) per row of it; ``custom_xml`` are parts to store in the package.
    """
    return _Writer(document).run(row_marks, custom_xml)


def save_docx(docx: DocxDocument, path: Path | str) -> Path:
    """Save ``docx`` to ``path`` through a temporary file, so a failure leaves no half file."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise DocxWriteError(
            msg("Cannot write {path}: the folder {folder} does not exist"),
            path=str(path),
            folder=str(folder),
        )
    temp_name = str(folder / f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        with open(temp_name, "wb") as fh:
            docx.save(fh)
        os.replace(temp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        # Most often Word holds the file open (a PermissionError on Windows): say so.
        raise DocxWriteError(
            msg("Cannot write {path}: {reason} (is it open in another program?)"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return path


def write_docx(
    document: Document,
    path: Path | str,
    *,
    row_marks: Mapping[int, Sequence[str | None]] | None = None,
    custom_xml: Sequence[bytes] = (),
) -> Path:
    """Write ``document`` as a Word document at ``path`` (see :func:`build_docx`)."""
    return save_docx(build_docx(document, row_marks=row_marks, custom_xml=custom_xml), path)
