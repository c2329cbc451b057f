"""A report layout with marked cells written as a Word document or an Excel workbook.

Made for the comparison table (:mod:`coopdesk.reports.comparison`): its title block,
paragraphs and table, with :class:`~coopdesk.reports.document.RichCell` runs kept as
struck-through and bold runs. The PDF comes from the Qt renderer
(``coopdesk.ui.reports.pdf``) from the same layout.

- **.docx** (python-docx): A4 landscape, the header row repeated on every page,
  the "Table Grid" style and Word's own paragraph styles (Title, Normal), page
  numbers in the footer, so a user can restyle it.
- **.xlsx** (XlsxWriter): the title lines above the table, rich strings for the
  marks, the header row repeated when printed, A4 landscape fitted to the width.

Both write beside the destination and move the file over it when complete.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from coopdesk.errors import msg
from coopdesk.reports.document import (
    Cell,
    CellValue,
    Document,
    Orientation,
    Paragraph,
    RichCell,
    Row,
    Run,
    SectionRow,
    Table,
    Tone,
    cell_text,
)
from coopdesk.reports.output import ReportOutputError, check_output_path

#: Characters of a worksheet cell at most (Excel's limit).
_MAX_CELL = 32_767


@contextlib.contextmanager
def _replacing(path: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``path``, moved over it when the block succeeds."""
    target = check_output_path(path)
    temp = target.with_name(f".{target.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.part")
    try:
        yield temp
        try:
            os.replace(temp, target)
        except OSError as exc:
            raise ReportOutputError(
                msg("Cannot write {path}: {reason} (is it open in another program?)"),
                path=str(target),
                reason=exc.strerror or str(exc),
            ) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def _runs(value: CellValue) -> tuple[Run, ...]:
    if isinstance(value, RichCell):
        return value.runs
    if isinstance(value, Cell):
        return (Run(value.text, bold=value.bold),)
    return (Run(value),)


# -- Word ---------------------------------------------------------------------------------


def write_docx(document: Document, path: str | os.PathLike[str]) -> Path:
    """Write ``document`` as a .docx file at ``path``; returns the path written."""
    from docx import Document as WordDocument
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Mm, Pt, RGBColor

    word = WordDocument()
    section = word.sections[0]
    setup = document.page
    if setup.orientation is Orientation.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    left, top, right, bottom = setup.margins_mm
    section.left_margin, section.right_margin = Mm(left), Mm(right)
    section.top_margin, section.bottom_margin = Mm(top + 5), Mm(bottom + 5)
    normal = word.styles["Normal"]
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(0)
    word.core_properties.title = document.name or document.title.heading
    word.core_properties.language = document.lang

    usable = (297 if setup.orientation is Orientation.LANDSCAPE else 210) - left - right
    # Header and footer: text on the left, the date or the page number on the right
    # (a right tab stop at the margin, as Word's own header style does).
    header = section.header.paragraphs[0]
    header.paragraph_format.tab_stops.add_tab_stop(Mm(usable), WD_TAB_ALIGNMENT.RIGHT)
    small = Pt(8)
    header.add_run(_shorten(document.header_left, 110)).font.size = small
    if document.header_right:
        header.add_run("\t" + document.header_right).font.size = small
    footer = section.footer.paragraphs[0]
    footer.add_run(document.footer_left).font.size = small
    pages = section.footer.add_paragraph()
    pages.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _page_field(pages, document.page_label, small)

    title_style = word.styles["Title"]
    title_style.font.size = Pt(16)
    title_style.font.color.rgb = RGBColor(0, 0, 0)
    title = word.add_paragraph(document.title.heading, style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in document.title.lines:
        p = word.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.runs[0].bold = True
    for key, value in document.title.details:
        p = word.add_paragraph()
        p.add_run(f"{key}: ").bold = True
        p.add_run(value)
    for block in document.blocks:
        if isinstance(block, Paragraph):
            p = word.add_paragraph()
            p.paragraph_format.space_before = Pt(6)
            run = p.add_run(block.text)
            run.italic = block.tone is Tone.MUTED
            if block.small:
                run.font.size = Pt(9)
        elif isinstance(block, Table):
            word.add_paragraph()
            _docx_table(word, block, usable)
    with _replacing(path) as temp:
        word.save(str(temp))
    return check_output_path(path)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _page_field(paragraph: Any, label: str, size: Any) -> None:
    """ "page {page} of {pages}" with Word's PAGE and NUMPAGES fields in place."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rest = label
    while rest:
        head, brace, tail = rest.partition("{")
        if head:
            paragraph.add_run(head).font.size = size
        if not brace:
            break
        name, _close, rest = tail.partition("}")
        run = paragraph.add_run()
        run.font.size = size
        for kind, text in (("begin", None), (None, "PAGE" if name == "page" else "NUMPAGES")):
            if kind:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._r.append(char)
            if text:
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = f" {text} "
                run._r.append(instr)
        sep = OxmlElement("w:fldChar")
        sep.set(qn("w:fldCharType"), "separate")
        run._r.append(sep)
        shown = OxmlElement("w:t")
        shown.text = "1"
        run._r.append(shown)
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        run._r.append(end)


def _docx_table(word: Any, table: Table, usable_mm: float) -> None:
    """The table: header rows made with python-docx, body rows written as XML at once.

    python-docx builds a cell, a paragraph and a run as objects one at a time; for a
    table of thousands of rows the body is written as one piece of WordprocessingML
    instead (the same elements Word writes), about ten times faster.
    """
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Mm

    columns = table.columns
    total = sum(max(0.05, c.width) for c in columns)
    widths = [Mm(usable_mm * max(0.05, c.width) / total) for c in columns]
    headers = table.header_rows
    grid = word.add_table(rows=len(headers), cols=len(columns))
    grid.style = word.styles["Table Grid"]
    grid.autofit = False
    for n, width in enumerate(widths):
        grid.columns[n].width = width
    for r, texts in enumerate(headers):
        row = grid.rows[r]
        tr_pr = row._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)
        for c, cell in enumerate(row.cells):
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(texts[c]).bold = r == 0
    twips = [int(w.twips) for w in widths]
    body = table.rows or [Row(tuple([table.empty_text] + [""] * (len(columns) - 1)))]
    parts = [f"<w:tbl {_W_NS}>"]
    for row in body:
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        if isinstance(row, SectionRow):
            parts.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{sum(twips)}" w:type="dxa"/>'
                f'<w:gridSpan w:val="{len(columns)}"/><w:shd w:val="clear" w:color="auto" '
                f'w:fill="D6DCE4"/></w:tcPr>{_paragraphs((Run(row.text, bold=True),))}</w:tc>'
            )
        else:
            for c, value in enumerate(row.cells):
                muted = isinstance(value, Cell) and value.tone is Tone.MUTED
                parts.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{twips[c]}" w:type="dxa"/></w:tcPr>'
                    f"{_paragraphs(_runs(value), muted)}</w:tc>"
                )
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    for tr in list(parse_xml("".join(parts))):
        grid._tbl.append(tr)


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
#: Characters XML 1.0 cannot hold (a Word file with one does not open).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _paragraphs(runs: Sequence[Run], muted: bool = False) -> str:
    """Runs as the paragraphs of a cell: a line break in a run starts a new paragraph."""
    lines: list[list[str]] = [[]]
    for run in runs:
        props = ""
        if run.bold:
            props += "<w:b/>"
        if muted:
            props += '<w:i/><w:sz w:val="18"/>'
        if run.strike:
            props += "<w:strike/>"
        for k, part in enumerate(run.text.split("\n")):
            if k:
                lines.append([])
            if part:
                text = escape(_NOT_XML.sub("", part))
                lines[-1].append(
                    f"<w:r>{f'<w:rPr>{props}</w:rPr>' if props else ''}"
                    f'<w:t xml:space="preserve">{text}</w:t></w:r>'
                )
    return "".join(f"<w:p>{''.join(line)}</w:p>" for line in lines)


# -- Excel --------------------------------------------------------------------------------


def write_xlsx(document: Document, path: str | os.PathLike[str]) -> Path:
    """Write ``document`` as an .xlsx workbook at ``path``; returns the path written."""
    import xlsxwriter

    with _replacing(path) as temp:
        book = xlsxwriter.Workbook(str(temp), {"strings_to_numbers": False})
        try:
            _fill_workbook(book, document)
        finally:
            book.close()
    return check_output_path(path)


def _fill_workbook(book: Any, document: Document) -> None:
    book.set_properties({"title": document.name or document.title.heading})
    base = {"font_name": "Arial", "font_size": 10, "valign": "top", "text_wrap": True}
    fmt: dict[Any, Any] = {
        "title": book.add_format({"bold": True, "font_size": 14, "font_name": "Arial"}),
        "line": book.add_format({"bold": True, "font_name": "Arial"}),
        "detail": book.add_format({"font_name": "Arial"}),
        "note": book.add_format({"italic": True, "font_name": "Arial", "font_color": "#555555"}),
        "header": book.add_format(
            {**base, "bold": True, "align": "center", "border": 1, "bg_color": "#E4E4E4"}
        ),
        "cell": book.add_format({**base, "border": 1}),
        "muted": book.add_format({**base, "border": 1, "italic": True, "font_color": "#555555"}),
        "section": book.add_format({**base, "border": 1, "bold": True, "bg_color": "#D6DCE4"}),
    }
    for bold, strike in ((True, False), (False, True), (True, True)):
        fmt[("cell", bold, strike)] = book.add_format(
            {**base, "border": 1, "bold": bold, "font_strikeout": strike}
        )
    # Each piece of a rich string carries its own font (the cell's does not apply).
    font = {"font_name": "Arial", "font_size": 10}
    marks = {
        (bold, strike): book.add_format({**font, "bold": bold, "font_strikeout": strike})
        for bold in (False, True)
        for strike in (False, True)
    }
    tables = document.tables()
    columns = tables[0].columns if tables else ()
    sheet = book.add_worksheet((document.title.heading or "Report")[:31])
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.set_footer(f"&L{_escape(document.footer_left)}&R&P / &N")
    widths: list[int] = []
    if columns:
        total = sum(max(0.05, c.width) for c in columns)
        for n, column in enumerate(columns):
            widths.append(round(150 * max(0.05, column.width) / total))
            sheet.set_column(n, n, widths[n])
    r = 0
    sheet.write_string(r, 0, document.title.heading, fmt["title"])
    r += 1
    for line in document.title.lines:
        sheet.write_string(r, 0, line, fmt["line"])
        r += 1
    for key, value in document.title.details:
        sheet.write_string(r, 0, f"{key}: {value}", fmt["detail"])
        r += 1
    for block in document.blocks:
        if isinstance(block, Paragraph):
            sheet.write_string(r, 0, block.text, fmt["note"])
            r += 1
        elif isinstance(block, Table):
            r += 1
            first_header = r
            for texts in block.header_rows:
                for c, text in enumerate(texts):
                    sheet.write_string(r, c, text, fmt["header"])
                r += 1
            sheet.repeat_rows(first_header, r - 1)
            sheet.freeze_panes(r, 0)
            for row in block.rows:
                if isinstance(row, SectionRow):
                    sheet.merge_range(r, 0, r, len(block.columns) - 1, row.text, fmt["section"])
                else:
                    for c, cell_value in enumerate(row.cells):
                        _write_cell(sheet, r, c, cell_value, fmt, marks)
                    # Neither Excel nor LibreOffice grows a row for wrapped rich text
                    # when it opens a file: the row is given the height of its lines.
                    lines = max(
                        _wrapped_lines(cell_text(v), widths[c] if c < len(widths) else 30)
                        for c, v in enumerate(row.cells)
                    )
                    sheet.set_row(r, min(409, 13.2 * lines + 3))
                r += 1
            if not block.rows:
                sheet.write_string(r, 0, block.empty_text, fmt["muted"])
                r += 1


def _write_cell(sheet: Any, r: int, c: int, value: CellValue, fmt: Any, marks: Any) -> None:
    if isinstance(value, Cell):
        style = fmt["muted"] if value.tone is Tone.MUTED else fmt["cell"]
        sheet.write_string(r, c, value.text[:_MAX_CELL], style)
        return
    runs = [run for run in _runs(value) if run.text]
    if not any(run.bold or run.strike for run in runs) or len(runs) < 2:
        if len(runs) == 1 and (runs[0].bold or runs[0].strike):
            # A rich string needs two pieces: one marked run is a cell in that mark.
            style = fmt[("cell", runs[0].bold, runs[0].strike)]
            sheet.write_string(r, c, runs[0].text[:_MAX_CELL], style)
            return
        sheet.write_string(r, c, cell_text(value)[:_MAX_CELL], fmt["cell"])
        return
    parts: list[Any] = []
    length = 0
    for run in runs:
        text = run.text[: max(0, _MAX_CELL - length)]
        if not text:
            break
        length += len(text)
        parts += [marks[(run.bold, run.strike)], text]
    sheet.write_rich_string(r, c, *parts, fmt["cell"])


def _wrapped_lines(text: str, width: int) -> int:
    """About how many lines ``text`` takes in a column ``width`` characters wide."""
    per_line = max(8, int(width * 1.15) - 2)
    return sum(max(1, -(-len(line) // per_line)) for line in text.split("\n"))


def _escape(text: str) -> str:
    """Text for an Excel header or footer, where "&" starts a code."""
    return text.replace("&", "&&")
