"""A report layout written as an Excel workbook (XlsxWriter) or a Word document (python-docx).

Written for the progress report, but they walk any :class:`Document`'s blocks: the
title block, key-value summaries, headings, paragraphs and tables (header rows,
section rows, cells with line breaks). Charts, signature blocks and page breaks are
left to the PDF. Both files are A4 landscape with the report's header and footer
texts, the table header repeated on every printed page.
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

from coopdesk.errors import ValidationError, msg
from coopdesk.reports.document import (
    Align,
    Cell,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    Row,
    SectionRow,
    Table,
    Tone,
    cell_text,
)

_TONE_COLORS = {Tone.ALERT: "#C62828", Tone.GOOD: "#2E7D32", Tone.MUTED: "#666666"}


def write_report_file(document: Document, path: str | os.PathLike[str]) -> None:
    """Write ``document`` as .xlsx or .docx, by the file's extension."""
    suffix = Path(path).suffix.lower()
    if suffix == ".xlsx":
        write_xlsx(document, path)
    elif suffix == ".docx":
        write_docx(document, path)
    else:
        raise ValidationError(
            msg("{path}: a report file ends in .pdf, .xlsx or .docx; give it one of these"),
            path=str(path),
        )


# -- Excel --------------------------------------------------------------------------------------


def write_xlsx(document: Document, path: str | os.PathLike[str]) -> None:
    """The document as one worksheet: title lines, summary, then the tables."""
    import xlsxwriter

    width = max((len(t.columns) for t in document.tables()), default=2)
    book = xlsxwriter.Workbook(str(path))
    try:
        sheet = book.add_worksheet(_sheet_name(document))
        sheet.set_landscape()
        sheet.set_paper(9)  # A4
        sheet.fit_to_pages(1, 0)
        sheet.set_header(f"&L{_escape(document.header_left)}&R{_escape(document.header_right)}")
        sheet.set_footer(f"&L{_escape(document.footer_left)}&R&P / &N")
        wrap = {"text_wrap": True, "valign": "top", "font_name": "Arial", "font_size": 10}
        heading = book.add_format({**wrap, "bold": True, "font_size": 14, "align": "center"})
        line = book.add_format({**wrap, "align": "center"})
        plain = book.add_format(wrap)
        bold = book.add_format({**wrap, "bold": True})
        muted = book.add_format({**wrap, "italic": True, "font_color": "#666666"})
        head = book.add_format({**wrap, "bold": True, "border": 1, "align": "center",
                                "bg_color": "#E8EEF4"})  # fmt: skip
        number = book.add_format({**wrap, "border": 1, "align": "center", "font_size": 8})
        section = book.add_format({**wrap, "bold": True, "border": 1, "bg_color": "#F2F2F2"})
        cells: dict[tuple[bool, Tone, Align], object] = {}

        def cell_format(value: object, align: Align) -> object:
            bold_cell = isinstance(value, Cell) and value.bold
            tone = value.tone if isinstance(value, Cell) else Tone.NORMAL
            key = (bold_cell, tone, align)
            if key not in cells:
                spec: dict[str, object] = {**wrap, "border": 1, "align": align.value}
                if bold_cell:
                    spec["bold"] = True
                if tone in _TONE_COLORS:
                    spec["font_color"] = _TONE_COLORS[tone]
                cells[key] = book.add_format(spec)
            return cells[key]

        row = 0
        sheet.merge_range(row, 0, row, width - 1, document.title.heading, heading)
        row += 1
        for text in document.title.lines:
            sheet.merge_range(row, 0, row, width - 1, text, line)
            row += 1
        for key, value in document.title.details:
            sheet.write(row, 0, key, bold)
            sheet.merge_range(row, 1, row, max(1, width - 1), value, plain)
            row += 1
        row += 1
        table_widths: list[float] | None = None
        for block in document.blocks:
            if isinstance(block, Heading):
                sheet.merge_range(row, 0, row, width - 1, block.text, bold)
                row += 1
            elif isinstance(block, Paragraph):
                sheet.merge_range(
                    row, 0, row, width - 1, block.text, muted if block.small else plain
                )
                row += 1
            elif isinstance(block, KeyValues):
                for key, value in block.items:
                    sheet.write(row, 0, key, bold)
                    sheet.write(row, 1, value, plain)
                    row += 1
                row += 1
            elif isinstance(block, Table):
                if table_widths is None:
                    table_widths = [c.width for c in block.columns]
                first_header = row
                for header in block.header_rows:
                    for col, text in enumerate(header):
                        sheet.write(
                            row, col, text, head if header is block.header_rows[0] else number
                        )
                    row += 1
                sheet.repeat_rows(first_header, row - 1)
                if not block.rows and block.empty_text:
                    sheet.merge_range(row, 0, row, len(block.columns) - 1, block.empty_text, muted)
                    row += 1
                for item in block.rows:
                    if isinstance(item, SectionRow):
                        sheet.merge_range(row, 0, row, len(block.columns) - 1, item.text, section)
                    elif isinstance(item, Row):
                        for col, entry in enumerate(item.cells):
                            fmt = cell_format(entry, block.columns[col].align)
                            sheet.write_string(row, col, cell_text(entry), fmt)
                    row += 1
                row += 1
        # Column widths from the first table's relative widths (about 150 characters across).
        widths = table_widths or [1.0] * width
        total = sum(widths) or 1.0
        for col, rel in enumerate(widths):
            sheet.set_column(col, col, max(8.0, 150 * rel / total))
    finally:
        book.close()


def _sheet_name(document: Document) -> str:
    name = document.kind.capitalize() or "Report"
    return "".join(c for c in name if c not in "[]:*?/\\")[:31]


def _escape(text: str) -> str:
    """Text for an Excel header or footer (a lone & starts a code there)."""
    return text.replace("&", "&&")


# -- Word ---------------------------------------------------------------------------------------


#: Characters XML 1.0 cannot hold (control characters other than tab and line breaks).
_XML_BAD = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def _row_xml(
    twips: list[int],
    cells: list[tuple[str, bool, str | None, Align]],
    *,
    size: int = 19,
    fill: str | None = None,
    header: bool = False,
) -> str:
    """One Word table row as WordprocessingML text.

    ``cells`` are (text, bold, colour, alignment); one cell spans every column.
    ``size`` is in half-points; header rows repeat on each page, other rows are
    never split across pages.
    """
    flag = "<w:tblHeader/>" if header else "<w:cantSplit/>"
    out = [f"<w:tr><w:trPr>{flag}</w:trPr>"]
    span = len(cells) == 1 and len(twips) > 1
    for col, (text, bold, color, align) in enumerate(cells):
        width = sum(twips) if span else twips[col]
        props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
        if span:
            props += f'<w:gridSpan w:val="{len(twips)}"/>'
        if fill:
            props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
        run_props = ("<w:b/>" if bold else "") + (
            f'<w:color w:val="{color.lstrip("#")}"/>' if color else ""
        )
        run_props += f'<w:sz w:val="{size}"/>'
        paragraphs = "".join(
            f'<w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="{align.value}"/></w:pPr>'
            f"<w:r><w:rPr>{run_props}</w:rPr>"
            f'<w:t xml:space="preserve">{escape(line.translate(_XML_BAD))}</w:t></w:r></w:p>'
            for line in text.split("\n")
        )
        out.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs}</w:tc>")
    out.append("</w:tr>")
    return "".join(out)


def write_docx(document: Document, path: str | os.PathLike[str]) -> None:
    """The document as a Word file: the title block, the summary, headings and tables."""
    from docx import Document as WordDocument
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Mm, Pt, RGBColor

    word = WordDocument()
    style = word.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Mm(15))
    for side in ("top_margin", "bottom_margin"):
        setattr(section, side, Mm(12))
    header = section.header.paragraphs[0]
    header.text = f"{document.header_left}\t\t{document.header_right}"
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.text = document.footer_left
    footer.runs[0].font.size = Pt(8)
    usable = Mm(297 - 30)

    def paragraph(text: str, *, bold: bool = False, center: bool = False, size: float = 11,
                  color: str | None = None, italic: bool = False) -> None:  # fmt: skip
        p = word.add_paragraph()
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def fill(cell: object, text: str, *, bold: bool = False, color: str | None = None,
             align: Align = Align.LEFT, size: float = 9.5) -> None:  # fmt: skip
        cell_paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
        for index, part in enumerate(text.split("\n")):
            if index:
                cell_paragraph = cell.add_paragraph()  # type: ignore[attr-defined]
            cell_paragraph.paragraph_format.space_after = Pt(0)
            run = cell_paragraph.add_run(part)
            run.bold = bold
            run.font.size = Pt(size)
            if color:
                run.font.color.rgb = RGBColor.from_string(color.lstrip("#"))
            cell_paragraph.alignment = {
                Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
                Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
                Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
            }[align]

    paragraph(document.title.heading, bold=True, center=True, size=14)
    for text in document.title.lines:
        paragraph(text, center=True, bold=True)
    for key, value in document.title.details:
        paragraph(f"{key}: {value}", size=10)
    for block in document.blocks:
        if isinstance(block, Heading):
            paragraph(block.text, bold=True, size=12)
        elif isinstance(block, Paragraph):
            paragraph(block.text, italic=block.small, size=9 if block.small else 11,
                      color=_TONE_COLORS.get(block.tone))  # fmt: skip
        elif isinstance(block, KeyValues):
            grid = word.add_table(rows=0, cols=2)
            for key, value in block.items:
                cells = grid.add_row().cells
                fill(cells[0], key, bold=True, size=10)
                fill(cells[1], value, size=10)
        elif isinstance(block, Table):
            columns = block.columns
            grid = word.add_table(rows=0, cols=len(columns))
            grid.style = "Table Grid"
            grid.alignment = WD_TABLE_ALIGNMENT.CENTER
            total = sum(c.width for c in columns) or 1.0
            for grid_col, column in zip(grid._tbl.tblGrid.gridCol_lst, columns, strict=True):
                grid_col.w = int(usable * column.width / total)
            # The rows are written as XML text and parsed once: python-docx's object API
            # costs milliseconds per cell, minutes for a 10,000-measure report.
            twips = [int(g.w / 635) for g in grid._tbl.tblGrid.gridCol_lst]
            rows: list[str] = []
            for index, header_row in enumerate(block.header_rows):
                rows.append(_row_xml(
                    twips,
                    [(text, index == 0, None, Align.CENTER) for text in header_row],
                    size=19 if index == 0 else 16, fill="E8EEF4", header=True,
                ))  # fmt: skip
            if not block.rows and block.empty_text:
                rows.append(_row_xml(twips, [(block.empty_text, False, None, Align.LEFT)]))
            for item in block.rows:
                if isinstance(item, SectionRow):
                    rows.append(_row_xml(twips, [(item.text, True, None, Align.LEFT)],
                                         size=20, fill="F2F2F2"))  # fmt: skip
                    continue
                cells = [
                    (
                        cell_text(entry),
                        isinstance(entry, Cell) and entry.bold,
                        _TONE_COLORS.get(entry.tone) if isinstance(entry, Cell) else None,
                        columns[col].align,
                    )
                    for col, entry in enumerate(item.cells)
                ]
                rows.append(_row_xml(twips, cells))
            fragment = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(rows)}</w:tbl>")
            for tr in list(fragment):
                grid._tbl.append(tr)
        elif isinstance(block, PageBreak):
            word.add_page_break()
    word.core_properties.title = document.name
    word.save(str(path))
