"""Draws a report :class:`~coopdesk.reports.document.Document` on any paged paint device.

The same code paints the PDF file (:class:`QPdfWriter`), the printer and the print
preview (:class:`QPrinter`), so the three always show the same pages.

It works in two passes.  **Layout**: every text is wrapped at word boundaries
(:func:`coopdesk.reports.wrapping.wrap_text`: a word wider than its column is
hyphenated, never cut mid-word without a mark) with the font's metrics for the
device's resolution, every block measured, and the blocks are poured into
pages, giving a list of positioned items per page.  Only then is the number of pages
known, so **painting** can write "page N of M" on every page.  Pagination rules:

* a table's header rows are repeated at the top of every page it continues on,
  followed by the sections it is in ("1. Political dialogue (continued)");
* a table row is never split across pages; only a row taller than a whole page is
  cut, line by line, and goes on under the repeated header;
* a heading, and a section row, stays on the page of what follows it;
* the chart and the signature block are kept whole when they fit on a page.

Units are device pixels (1200 per inch for PDF); sizes are given in millimetres
and points and converted with the device's resolution.
"""

from __future__ import annotations

import math
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from coopdesk.reports.document import (
    Align,
    BarChart,
    Block,
    Cell,
    Document,
    Heading,
    KeyValues,
    Orientation,
    PageBreak,
    Paragraph,
    RichCell,
    Row,
    Run,
    SectionRow,
    SignatureBlock,
    Table,
    TitleBlock,
    Tone,
)
from coopdesk.reports.wrapping import wrap_text
from coopdesk.ui.reports.fonts import report_font

# -- the look ----------------------------------------------------------------------------

TEXT = QColor("#000000")
TONES: dict[Tone, QColor] = {
    Tone.NORMAL: TEXT,
    Tone.MUTED: QColor("#555555"),
    Tone.ALERT: QColor("#b71c1c"),
    Tone.GOOD: QColor("#1b5e20"),
}
GRID = QColor("#606060")
HEADER_FILL = QColor("#e4e4e4")
SECTION_FILLS = (QColor("#d6dce4"), QColor("#e9edf2"), QColor("#f3f5f8"))
EMPHASIS_FILL = QColor("#eeeeee")
CHART_GRID = QColor("#d0d0d0")
TILE_FILL = QColor("#f1f3f6")

PAPER: dict[str, QPageSize.PageSizeId] = {
    "A4": QPageSize.PageSizeId.A4,
    "A3": QPageSize.PageSizeId.A3,
    "LETTER": QPageSize.PageSizeId.Letter,
    "LEGAL": QPageSize.PageSizeId.Legal,
}

BODY_PT = 9.0
SMALL_PT = 7.5
FURNITURE_PT = 7.5
HEADING_PT = 11.5
TITLE_PT = 15.0
SUBTITLE_PT = 11.0
TILE_VALUE_PT = 15.0

HEADER_BAND_MM = 9.0  # header text and its rule, above the body
FOOTER_BAND_MM = 8.0
CELL_PAD_MM = (1.4, 0.9)  # horizontal, vertical
BLOCK_GAP_MM = 4.0
HEADING_GAP_MM = 5.0
BAR_MM = 5.5
SIGN_SPACE_MM = 16.0  # room to sign above the line


def apply_page_setup(document: Document, device: QPagedPaintDevice) -> None:
    """Give ``device`` the document's paper, orientation and margins."""
    setup = document.page
    left, top, right, bottom = setup.margins_mm
    size = QPageSize(PAPER.get(setup.paper.upper(), QPageSize.PageSizeId.A4))
    orientation = (
        QPageLayout.Orientation.Landscape
        if setup.orientation is Orientation.LANDSCAPE
        else QPageLayout.Orientation.Portrait
    )
    device.setPageLayout(
        QPageLayout(
            size, orientation, QMarginsF(left, top, right, bottom), QPageLayout.Unit.Millimeter
        )
    )


# -- measured text -----------------------------------------------------------------------


class _Font:
    """A report font with its metrics on the paint device."""

    __slots__ = ("ascent", "key", "line", "metrics", "qfont")

    def __init__(self, key: str, qfont: QFont, device: QPagedPaintDevice) -> None:
        self.key = key
        self.qfont = qfont
        self.metrics = QFontMetricsF(qfont, device)
        self.ascent = self.metrics.ascent()
        self.line = self.metrics.lineSpacing()


#: A piece of a line of mixed marks: its offset from the line's start, text and font.
_Piece = tuple[float, str, QFont]
#: A wrapped line: its text (or, for a rich cell, its pieces) and its width on the device.
_Line = tuple[str | tuple[_Piece, ...], float]


class _Wrapper:
    """Wraps text into lines for a width, with a cache: plans repeat their wordings."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.cache: dict[tuple[str, int, str], tuple[_Line, ...]] = {}

    def lines(self, text: str, font: _Font, width: float) -> tuple[_Line, ...]:
        """``text`` wrapped at ``width``; a line break in the text starts a new line."""
        if not text:
            return ()
        key = (font.key, int(width), text)
        found = self.cache.get(key)
        if found is not None:
            return found
        out: list[_Line] = []
        for paragraph in text.split("\n"):
            paragraph = paragraph.rstrip()
            if not paragraph:
                out.append(("", 0.0))
                continue
            if font.metrics.horizontalAdvance(paragraph) <= width:
                out.append((paragraph, font.metrics.horizontalAdvance(paragraph)))
                continue
            # Between words (or after a hyphen in one); a word wider than the whole
            # column is hyphenated, never cut mid-syllable without a mark.
            advance = font.metrics.horizontalAdvance
            for part in wrap_text(paragraph, width, advance):
                out.append((part, advance(part)))
        while out and not out[-1][0]:
            out.pop()
        result = tuple(out)
        self.cache[key] = result
        return result

    def rich_lines(
        self, runs: Sequence[Run], fonts: dict[tuple[bool, bool], QFont], width: float
    ) -> tuple[_Line, ...]:
        """Runs of mixed marks wrapped at ``width`` into lines of pieces.

        ``fonts`` gives the font of each (bold, strike) mark; the layout measures
        the text with them, so bold words take their own width.
        """
        out: list[_Line] = []
        paragraphs: list[list[Run]] = [[]]
        for run in runs:
            parts = run.text.split("\n")
            for n, part in enumerate(parts):
                if n:
                    paragraphs.append([])
                if part:
                    paragraphs[-1].append(Run(part, run.bold, run.strike))
        for paragraph in paragraphs:
            text = "".join(r.text for r in paragraph)
            if not text.strip():
                out.append(("", 0.0))
                continue
            layout = QTextLayout(text, fonts[(False, False)], self.device)
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            ranges = []
            spans: list[tuple[int, int, QFont]] = []
            start = 0
            for run in paragraph:
                end = start + len(run.text)
                qfont = fonts[(run.bold, run.strike)]
                spans.append((start, end, qfont))
                if run.bold or run.strike:
                    fr = QTextLayout.FormatRange()
                    fr.start, fr.length = start, end - start
                    fmt = QTextCharFormat()
                    fmt.setFont(qfont)
                    fr.format = fmt
                    ranges.append(fr)
                start = end
            layout.setFormats(ranges)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                first, last = line.textStart(), line.textStart() + line.textLength()
                pieces: list[_Piece] = []
                for s_start, s_end, qfont in spans:
                    a, b = max(s_start, first), min(s_end, last)
                    if a >= b:
                        continue
                    piece = text[a:b]
                    if b == last:
                        piece = piece.rstrip()
                    if piece:
                        x: Any = line.cursorToX(a)  # (x, position) in PySide6
                        pieces.append((float(x[0] if isinstance(x, tuple) else x), piece, qfont))
                out.append((tuple(pieces), line.naturalTextWidth()))
            layout.endLayout()
        while out and not out[-1][0]:
            out.pop()
        return tuple(out)


# -- page items --------------------------------------------------------------------------


class _Item(ABC):
    """Something drawn at a fixed place on a page."""

    __slots__ = ()

    @abstractmethod
    def draw(self, painter: QPainter, r: _Renderer) -> None:
        """Paint the item (each kind of item says how)."""


def _draw_lines(
    painter: QPainter,
    lines: Sequence[_Line],
    font: _Font,
    x: float,
    y: float,
    width: float,
    align: Align,
    color: QColor,
) -> None:
    if not lines:
        return
    painter.setFont(font.qfont)
    painter.setPen(color)
    baseline = y + font.ascent
    for text, w in lines:
        if isinstance(text, tuple):  # a line of mixed marks: left aligned
            for dx, piece, qfont in text:
                painter.setFont(qfont)
                painter.drawText(QPointF(x + dx, baseline), piece)
            painter.setFont(font.qfont)
        elif text:
            if align is Align.CENTER:
                dx = (width - w) / 2
            elif align is Align.RIGHT:
                dx = width - w
            else:
                dx = 0.0
            painter.drawText(QPointF(x + dx, baseline), text)
        baseline += font.line


class _Text(_Item):
    __slots__ = ("align", "color", "font", "lines", "width", "x", "y")

    def __init__(
        self,
        x: float,
        y: float,
        width: float,
        lines: Sequence[_Line],
        font: _Font,
        align: Align = Align.LEFT,
        color: QColor = TEXT,
    ) -> None:
        self.x, self.y, self.width = x, y, width
        self.lines, self.font, self.align, self.color = lines, font, align, color

    def draw(self, painter: QPainter, r: _Renderer) -> None:
        _draw_lines(
            painter, self.lines, self.font, self.x, self.y, self.width, self.align, self.color
        )


class _Box(_Item):
    __slots__ = ("fill", "outline", "rect")

    def __init__(self, rect: QRectF, fill: QColor | None, outline: QColor | None = None) -> None:
        self.rect, self.fill, self.outline = rect, fill, outline

    def draw(self, painter: QPainter, r: _Renderer) -> None:
        if self.fill is not None:
            painter.fillRect(self.rect, self.fill)
        if self.outline is not None:
            painter.setPen(QPen(self.outline, r.hairline))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect)


class _Rule(_Item):
    __slots__ = ("color", "weight", "x1", "x2", "y1", "y2")

    def __init__(
        self, x1: float, y1: float, x2: float, y2: float, color: QColor = GRID, weight: float = 1.0
    ) -> None:
        self.x1, self.y1, self.x2, self.y2 = x1, y1, x2, y2
        self.color, self.weight = color, weight

    def draw(self, painter: QPainter, r: _Renderer) -> None:
        painter.setPen(QPen(self.color, r.hairline * self.weight))
        painter.drawLine(QPointF(self.x1, self.y1), QPointF(self.x2, self.y2))


@dataclass(slots=True)
class _CellText:
    lines: tuple[_Line, ...]
    font: _Font
    align: Align
    color: QColor


class _TableRow(_Item):
    """A row of a table: background, cell texts, grid lines."""

    __slots__ = ("cells", "fill", "height", "table", "top_rule", "y")

    def __init__(
        self,
        table: _TableGeometry,
        y: float,
        height: float,
        cells: Sequence[_CellText],
        fill: QColor | None,
        top_rule: bool = False,
    ) -> None:
        self.table, self.y, self.height = table, y, height
        self.cells, self.fill, self.top_rule = cells, fill, top_rule

    def draw(self, painter: QPainter, r: _Renderer) -> None:
        xs = self.table.xs
        y, h = self.y, self.height
        if self.fill is not None:
            painter.fillRect(QRectF(xs[0], y, xs[-1] - xs[0], h), self.fill)
        pad_x, pad_y = r.pad_x, r.pad_y
        if len(self.cells) == 1 and len(xs) > 2:  # spans the whole table
            c = self.cells[0]
            _draw_lines(
                painter,
                c.lines,
                c.font,
                xs[0] + pad_x,
                y + pad_y,
                xs[-1] - xs[0] - 2 * pad_x,
                c.align,
                c.color,
            )
            verticals: Sequence[float] = (xs[0], xs[-1])
        else:
            for i, c in enumerate(self.cells):
                _draw_lines(
                    painter,
                    c.lines,
                    c.font,
                    xs[i] + pad_x,
                    y + pad_y,
                    xs[i + 1] - xs[i] - 2 * pad_x,
                    c.align,
                    c.color,
                )
            verticals = xs
        painter.setPen(QPen(GRID, r.hairline))
        for x in verticals:
            painter.drawLine(QPointF(x, y), QPointF(x, y + h))
        painter.drawLine(QPointF(xs[0], y + h), QPointF(xs[-1], y + h))
        if self.top_rule:
            painter.drawLine(QPointF(xs[0], y), QPointF(xs[-1], y))


class _Bar(_Item):
    """One bar of a chart with its grid lines."""

    __slots__ = ("chart", "colors", "height", "values", "y")

    def __init__(
        self,
        chart: _ChartGeometry,
        y: float,
        height: float,
        values: Sequence[int],
        colors: Sequence[QColor],
    ) -> None:
        self.chart, self.y, self.height, self.values, self.colors = chart, y, height, values, colors

    def draw(self, painter: QPainter, r: _Renderer) -> None:
        c = self.chart
        painter.setPen(QPen(CHART_GRID, r.hairline))
        for tick in c.ticks:
            x = c.x0 + tick * c.scale
            painter.drawLine(QPointF(x, self.y), QPointF(x, self.y + self.height))
        painter.setPen(QPen(GRID, r.hairline))
        painter.drawLine(QPointF(c.x0, self.y), QPointF(c.x0, self.y + self.height))
        bar_top = self.y + (self.height - c.bar) / 2
        x = c.x0
        font = r.fonts["small_bold"]
        painter.setFont(font.qfont)
        for value, color in zip(self.values, self.colors, strict=True):
            if not value:
                continue
            w = value * c.scale
            rect = QRectF(x, bar_top, w, c.bar)
            painter.fillRect(rect, color)
            label = str(value)
            if font.metrics.horizontalAdvance(label) + r.pad_x <= w:
                painter.setPen(_ink_on(color))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            x += w


def _ink_on(color: QColor) -> QColor:
    """Black or white, whichever reads better on ``color``."""
    luminance = 0.299 * color.redF() + 0.587 * color.greenF() + 0.114 * color.blueF()
    return QColor("#000000") if luminance > 0.6 else QColor("#ffffff")


# -- prepared blocks ---------------------------------------------------------------------


@dataclass(slots=True)
class _PreparedRow:
    height: float
    cells: list[_CellText]
    fill: QColor | None
    section_level: int | None  # None: an ordinary row
    source: Row | SectionRow | None


@dataclass(slots=True)
class _TableGeometry:
    xs: list[float]


@dataclass(slots=True)
class _ChartGeometry:
    x0: float
    scale: float
    bar: float
    ticks: list[int]


# -- the renderer ------------------------------------------------------------------------


class _Renderer:
    """Lays a document out for one device, then paints it."""

    def __init__(self, document: Document, device: QPagedPaintDevice) -> None:
        self.doc = document
        self.device = device
        self.dpi = float(device.logicalDpiY())
        self.width = float(device.width())
        self.height = float(device.height())
        self.hairline = self.pt(0.5)
        self.pad_x, self.pad_y = self.mm(CELL_PAD_MM[0]), self.mm(CELL_PAD_MM[1])
        sizes = {
            "body": (BODY_PT, False),
            "bold": (BODY_PT, True),
            "small": (SMALL_PT, False),
            "small_bold": (SMALL_PT, True),
            "furniture": (FURNITURE_PT, False),
            "heading": (HEADING_PT, True),
            "title": (TITLE_PT, True),
            "subtitle": (SUBTITLE_PT, True),
            "detail": (BODY_PT + 0.5, False),
            "tile": (TILE_VALUE_PT, True),
        }
        self.fonts = {
            key: _Font(key, report_font(size, bold), device) for key, (size, bold) in sizes.items()
        }
        self.wrapper = _Wrapper(device)
        # The fonts of rich cells by (bold, struck through).
        self.marked_fonts: dict[tuple[bool, bool], QFont] = {}
        for bold in (False, True):
            for strike in (False, True):
                qfont = report_font(BODY_PT, bold)
                qfont.setStrikeOut(strike)
                self.marked_fonts[(bold, strike)] = qfont
        self.top = self.mm(HEADER_BAND_MM)
        self.bottom = self.height - self.mm(FOOTER_BAND_MM)
        self.pages: list[list[_Item]] = [[]]
        self.y = self.top

    # units
    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72.0

    def wrap(self, text: str, font: str, width: float) -> tuple[_Line, ...]:
        return self.wrapper.lines(text, self.fonts[font], width)

    # -- the flow of pages ------------------------------------------------------------------

    @property
    def room(self) -> float:
        return self.bottom - self.y

    @property
    def at_top(self) -> bool:
        return self.y <= self.top + 0.5

    @property
    def body_height(self) -> float:
        return self.bottom - self.top

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` fits in what is left of this one."""
        if height > self.room + 0.01 and not self.at_top:
            self.new_page()

    def add(self, item: _Item) -> None:
        self.pages[-1].append(item)

    def gap(self, mm: float) -> None:
        """Vertical space between blocks, dropped at the top of a page."""
        if not self.at_top:
            self.y = min(self.bottom, self.y + self.mm(mm))

    # -- layout -----------------------------------------------------------------------------

    def layout(self) -> list[list[_Item]]:
        self.place_title(self.doc.title)
        blocks = self.doc.blocks
        for index, block in enumerate(blocks):
            if isinstance(block, PageBreak):
                if not self.at_top:
                    self.new_page()
            elif isinstance(block, Heading):
                self.place_heading(block, blocks[index + 1 : index + 3])
            elif isinstance(block, Paragraph):
                self.gap(BLOCK_GAP_MM / 2)
                self.place_paragraph(block)
            elif isinstance(block, KeyValues):
                self.gap(BLOCK_GAP_MM)
                self.place_key_values(block)
            elif isinstance(block, Table):
                previous = blocks[index - 1] if index else None
                # Close under its heading or note, apart from anything else.
                near = isinstance(previous, (Heading, Paragraph))
                self.gap(BLOCK_GAP_MM / 2 if near else BLOCK_GAP_MM)
                following = blocks[index + 1] if index + 1 < len(blocks) else None
                # Signatures never stand alone on a page: the table's last row goes
                # with them (as in a signed plan, so no page can be slipped in).
                tail = (
                    self.mm(BLOCK_GAP_MM * 2) + self.signature_height(following)
                    if isinstance(following, SignatureBlock)
                    else 0.0
                )
                self.place_table(block, tail)
            elif isinstance(block, BarChart):
                self.gap(BLOCK_GAP_MM)
                self.place_chart(block)
            elif isinstance(block, SignatureBlock):
                self.gap(BLOCK_GAP_MM * 2)
                self.place_signatures(block)
        if len(self.pages) > 1 and not self.pages[-1]:
            self.pages.pop()
        return self.pages

    def place_title(self, title: TitleBlock) -> None:
        w = self.width
        if title.stamp:
            lines = self.wrap(title.stamp, "heading", w / 3)
            self.add(
                _Text(0, self.y, w, lines, self.fonts["heading"], Align.RIGHT, TONES[Tone.ALERT])
            )
        lines = self.wrap(title.heading, "title", w * 0.7)
        self.add(_Text(0, self.y, w, lines, self.fonts["title"], Align.CENTER))
        self.y += len(lines) * self.fonts["title"].line + self.mm(1.5)
        for text in title.lines:
            lines = self.wrap(text, "subtitle", w * 0.8)
            self.add(_Text(0, self.y, w, lines, self.fonts["subtitle"], Align.CENTER))
            self.y += len(lines) * self.fonts["subtitle"].line + self.mm(1)
        if title.details:
            self.y += self.mm(1.5)
        for label, value in title.details:
            lines = self.wrap(f"{label}: {value}", "detail", w * 0.85)
            self.add(_Text(0, self.y, w, lines, self.fonts["detail"], Align.CENTER))
            self.y += len(lines) * self.fonts["detail"].line + self.mm(0.6)
        self.y += self.mm(2)

    def place_heading(self, heading: Heading, following: Sequence[Block]) -> None:
        font = "heading" if heading.level <= 1 else "bold"
        lines = self.wrap(heading.text, font, self.width)
        height = len(lines) * self.fonts[font].line + self.mm(1.5)
        lead = 0.0
        # A short note under the heading ("Overdue: ...") travels with the heading,
        # and both with the start of what the note introduces.
        if following and isinstance(following[0], Paragraph) and len(following) > 1:
            note = following[0]
            font_key = "small" if note.small else "body"
            note_lines = self.wrap(note.text, font_key, self.width)
            if len(note_lines) <= 3:
                lead = len(note_lines) * self.fonts[font_key].line + self.mm(BLOCK_GAP_MM / 2)
                following = following[1:]
        lead += self.lead_height(following[0] if following else None)
        self.gap(HEADING_GAP_MM)
        self.need(height + lead)
        self.add(_Text(0, self.y, self.width, lines, self.fonts[font]))
        self.y += height

    def lead_height(self, block: Block | None) -> float:
        """How much of ``block`` must share a page with the heading before it."""
        if isinstance(block, Paragraph):
            font = self.fonts["small" if block.small else "body"]
            return min(2, len(self.wrap(block.text, font.key, self.width))) * font.line
        if isinstance(block, Table):
            geometry = self.table_geometry(block)
            head = sum(r.height for r in self.header_rows(block, geometry))
            rows = self.prepare_rows(block, geometry, limit=4)
            first = 0.0
            for row in rows:  # section rows travel with the row after them
                first += row.height
                if row.section_level is None:
                    break
            return head + first + self.mm(BLOCK_GAP_MM / 2)
        if isinstance(block, KeyValues):
            return self.fonts["tile"].line * 2
        if isinstance(block, BarChart):
            return self.fonts["bold"].line + self.mm(BAR_MM + 3)
        return 0.0

    def place_paragraph(self, paragraph: Paragraph) -> None:
        font = self.fonts["small" if paragraph.small else "body"]
        lines = self.wrap(paragraph.text, font.key, self.width)
        color = TONES[paragraph.tone]
        while lines:
            fit = max(1, int((self.room + 0.01) // font.line))
            if fit < min(2, len(lines)) and not self.at_top:
                self.new_page()
                continue
            chunk, lines = lines[:fit], lines[fit:]
            self.add(_Text(0, self.y, self.width, chunk, font, Align.LEFT, color))
            self.y += len(chunk) * font.line
            if lines:
                self.new_page()

    def place_key_values(self, block: KeyValues) -> None:
        items = block.items
        if not items:
            return
        if len(items) <= 6 and all(len(v) <= 14 for _, v in items):
            self.place_tiles(items)
            return
        label_w = min(
            self.width * 0.35,
            max(self.fonts["bold"].metrics.horizontalAdvance(k + ":") for k, _ in items)
            + self.mm(3),
        )
        line = self.fonts["body"].line
        for key, value in items:
            values = self.wrap(value, "body", self.width - label_w)
            keys = self.wrap(f"{key}:", "bold", label_w - self.mm(2))
            height = max(len(values), len(keys), 1) * line + self.mm(0.8)
            self.need(height)
            self.add(_Text(0, self.y, label_w, keys, self.fonts["bold"]))
            self.add(_Text(label_w, self.y, self.width - label_w, values, self.fonts["body"]))
            self.y += height

    def place_tiles(self, items: Sequence[tuple[str, str]]) -> None:
        """Short figures side by side, big, with their label under them."""
        count = len(items)
        gap = self.mm(3)
        tile_w = min(self.mm(60), (self.width - gap * (count - 1)) / count)
        value_font, label_font = self.fonts["tile"], self.fonts["small"]
        label_lines = [self.wrap(k, "small", tile_w - 2 * self.pad_x) for k, _ in items]
        height = (
            value_font.line + max(len(x) for x in label_lines) * label_font.line + 3 * self.pad_y
        )
        self.need(height)
        for i, (_key, value) in enumerate(items):
            x = i * (tile_w + gap)
            self.add(_Box(QRectF(x, self.y, tile_w, height), TILE_FILL))
            self.add(
                _Text(
                    x,
                    self.y + self.pad_y,
                    tile_w,
                    ((value, value_font.metrics.horizontalAdvance(value)),),
                    value_font,
                    Align.CENTER,
                )
            )
            self.add(
                _Text(
                    x + self.pad_x,
                    self.y + self.pad_y * 2 + value_font.line,
                    tile_w - 2 * self.pad_x,
                    label_lines[i],
                    label_font,
                    Align.CENTER,
                    TONES[Tone.MUTED],
                )
            )
        self.y += height

    # -- tables -----------------------------------------------------------------------------

    def table_geometry(self, table: Table) -> _TableGeometry:
        weights = [max(0.05, c.width) for c in table.columns]
        total = sum(weights)
        xs = [0.0]
        for w in weights:
            xs.append(xs[-1] + self.width * w / total)
        xs[-1] = self.width
        return _TableGeometry(xs)

    def cell(
        self, value: str | Cell | RichCell, width: float, align: Align, bold: bool = False
    ) -> _CellText:
        if isinstance(value, RichCell):
            lines = self.wrapper.rich_lines(value.runs, self.marked_fonts, width)
            return _CellText(lines, self.fonts["body"], Align.LEFT, TEXT)
        if isinstance(value, Cell):
            text, bold, color = value.text, bold or value.bold, TONES[value.tone]
        else:
            text, color = value, TEXT
        font = "bold" if bold else "body"
        return _CellText(self.wrap(text, font, width), self.fonts[font], align, color)

    def row_height(self, cells: Sequence[_CellText]) -> float:
        lines = max((len(c.lines) for c in cells), default=0)
        line = max((c.font.line for c in cells), default=self.fonts["body"].line)
        return max(1, lines) * line + 2 * self.pad_y

    def header_rows(self, table: Table, g: _TableGeometry) -> list[_PreparedRow]:
        rows = []
        bold, small = self.fonts["bold"], self.fonts["small_bold"]
        widths = [g.xs[i + 1] - g.xs[i] - 2 * self.pad_x for i in range(len(table.columns))]
        for texts in table.header_rows:
            # A title word wider than its column would be cut mid-word: then the
            # whole header row is set smaller, so the titles still match.
            fits = all(
                bold.metrics.horizontalAdvance(word) <= width
                for text, width in zip(texts, widths, strict=True)
                for word in text.split()
            )
            font = bold if fits else small
            cells = [
                _CellText(self.wrapper.lines(text, font, width), font, Align.CENTER, TEXT)
                for text, width in zip(texts, widths, strict=True)
            ]
            rows.append(_PreparedRow(self.row_height(cells), cells, HEADER_FILL, None, None))
        return rows

    def section_row(
        self, text: str, level: int, g: _TableGeometry, source: SectionRow | None
    ) -> _PreparedRow:
        cell = self.cell(Cell(text, bold=True), g.xs[-1] - g.xs[0] - 2 * self.pad_x, Align.LEFT)
        fill = SECTION_FILLS[min(level, len(SECTION_FILLS) - 1)]
        return _PreparedRow(self.row_height([cell]), [cell], fill, level, source)

    def prepare_rows(
        self, table: Table, g: _TableGeometry, limit: int | None = None
    ) -> list[_PreparedRow]:
        out = []
        widths = [g.xs[i + 1] - g.xs[i] - 2 * self.pad_x for i in range(len(table.columns))]
        aligns = [c.align for c in table.columns]
        for row in table.rows if limit is None else table.rows[:limit]:
            if isinstance(row, SectionRow):
                out.append(self.section_row(row.text, row.level, g, row))
                continue
            cells = [
                self.cell(v, widths[i], aligns[i], row.emphasis) for i, v in enumerate(row.cells)
            ]
            fill = EMPHASIS_FILL if row.emphasis else None
            out.append(_PreparedRow(self.row_height(cells), cells, fill, None, row))
        if not table.rows:
            cell = self.cell(
                Cell(table.empty_text, tone=Tone.MUTED), g.xs[-1] - 2 * self.pad_x, Align.LEFT
            )
            out.append(_PreparedRow(self.row_height([cell]), [cell], None, None, None))
        return out

    def place_table(self, table: Table, tail: float = 0.0) -> None:
        """Pour a table into pages; ``tail`` must fit on the page of its last row."""
        g = self.table_geometry(table)
        header = self.header_rows(table, g)
        header_h = sum(r.height for r in header)
        rows = self.prepare_rows(table, g)
        open_sections: list[SectionRow] = []
        rows_on_page = 0

        def put(row: _PreparedRow, top_rule: bool = False) -> None:
            self.add(_TableRow(g, self.y, row.height, row.cells, row.fill, top_rule))
            self.y += row.height

        def start_page(first: bool, next_row: _PreparedRow | None) -> None:
            nonlocal rows_on_page
            if not first:
                self.new_page()
            rows_on_page = 0
            for i, h in enumerate(header):
                put(h, top_rule=i == 0)
            if next_row is None:
                return
            for s in self.open_for(open_sections, next_row):
                put(self.section_row(s.text + table.continued_mark, s.level, g, None))

        def keep_height(index: int) -> float:
            """A section row with the rows after it up to the first ordinary one."""
            height = 0.0
            for row in rows[index:]:
                height += row.height
                if row.section_level is None:
                    break
            return height

        first_need = header_h + (keep_height(0) if rows else 0.0)
        self.need(min(first_need, self.body_height))
        start_page(True, None)
        last = len(rows) - 1
        for index, row in enumerate(rows):
            keep = keep_height(index) if row.section_level is not None else row.height
            if index == last and tail and keep + tail <= self.body_height - header_h:
                keep += tail
            if keep > self.room + 0.01 and rows_on_page:
                capacity = (
                    self.body_height
                    - header_h
                    - sum(
                        self.section_row(s.text + table.continued_mark, s.level, g, None).height
                        for s in self.open_for(open_sections, row)
                    )
                )
                # A row that fits no page is cut from here on: a fresh page would
                # not save it and would leave this one half empty.
                if row.height <= capacity or row.section_level is not None:
                    start_page(False, row)
            if row.height > self.room + 0.01:
                # Taller than a whole page: cut it line by line under repeated headers.
                self.place_tall_row(row, g, partial(start_page, False, row))
            else:
                put(row)
            rows_on_page += 1
            if isinstance(row.source, SectionRow):
                level = row.source.level
                open_sections = [s for s in open_sections if s.level < level] + [row.source]

    @staticmethod
    def open_for(open_sections: list[SectionRow], row: _PreparedRow) -> list[SectionRow]:
        """The open sections to repeat above ``row`` on a continuation page."""
        level = row.section_level
        return [s for s in open_sections if level is None or s.level < level]

    def place_tall_row(
        self, row: _PreparedRow, g: _TableGeometry, continue_page: Callable[[], None]
    ) -> None:
        line = max(c.font.line for c in row.cells)
        remaining = [list(c.lines) for c in row.cells]
        first = True
        while any(remaining):
            fit = int((self.room - 2 * self.pad_y + 0.01) // line)
            if fit < 2 and not (fit >= 1 and self.at_top):
                continue_page()
                continue
            parts = [
                _CellText(tuple(r[:fit]), c.font, c.align, c.color)
                for r, c in zip(remaining, row.cells, strict=True)
            ]
            if not first and not parts[0].lines and row.cells[0].lines:
                # The row goes on: its first cell (the number) says whose row it is.
                c = row.cells[0]
                parts[0] = _CellText(c.lines[:1], c.font, c.align, TONES[Tone.MUTED])
            first = False
            remaining = [r[fit:] for r in remaining]
            height = self.row_height(parts)
            self.add(_TableRow(g, self.y, height, parts, row.fill))
            self.y += height
            if any(remaining):
                continue_page()

    # -- chart ------------------------------------------------------------------------------

    def place_chart(self, chart: BarChart) -> None:
        title_font, label_font = self.fonts["bold"], self.fonts["body"]
        label_w = self.width * 0.3
        note_w = self.width * 0.12
        gap = self.mm(3)
        x0 = label_w + gap
        bar_area = self.width - x0 - note_w - gap
        biggest = max(chart.totals(), default=0) or 1
        step = _nice_step(biggest)
        top = math.ceil(biggest / step) * step
        geometry = _ChartGeometry(
            x0, bar_area / top, self.mm(BAR_MM), list(range(0, top + 1, step))
        )
        colors = [QColor(s.color) for s in chart.series]

        title = self.wrap(chart.title, "bold", self.width)
        rows = []
        for i, category in enumerate(chart.categories):
            labels = self.wrap(category, "body", label_w)
            height = max(len(labels) * label_font.line, geometry.bar) + self.mm(2.2)
            rows.append((labels, height, i))
        axis_h = self.fonts["small"].line + self.mm(1)
        legend = self.legend_lines(chart, colors)
        legend_h = len(legend) * (self.fonts["small"].line + self.mm(1))
        title_h = len(title) * title_font.line + self.mm(1.5)
        whole = title_h + sum(h for _, h, _ in rows) + axis_h + self.mm(2) + legend_h
        self.need(min(whole, title_h + (rows[0][1] if rows else 0)))
        if whole <= self.body_height:
            self.need(whole)
        self.add(_Text(0, self.y, self.width, title, title_font))
        self.y += title_h
        for labels, height, i in rows:
            self.need(height)
            y = self.y
            self.add(
                _Text(
                    0,
                    y + (height - len(labels) * label_font.line) / 2,
                    label_w,
                    labels,
                    label_font,
                    Align.RIGHT,
                )
            )
            self.add(_Bar(geometry, y, height, chart.values[i], colors))
            if chart.notes:
                note = self.wrap(chart.notes[i], "small", note_w)
                self.add(
                    _Text(
                        x0 + bar_area + gap,
                        y + (height - len(note) * self.fonts["small"].line) / 2,
                        note_w,
                        note,
                        self.fonts["small"],
                        Align.LEFT,
                        TONES[Tone.MUTED],
                    )
                )
            self.y += height
        self.need(axis_h + legend_h)
        small = self.fonts["small"]
        for tick in geometry.ticks:
            text = str(tick)
            w = small.metrics.horizontalAdvance(text)
            self.add(
                _Text(
                    x0 + tick * geometry.scale - w / 2,
                    self.y + self.mm(0.5),
                    w,
                    ((text, w),),
                    small,
                    Align.CENTER,
                    TONES[Tone.MUTED],
                )
            )
        self.y += axis_h + self.mm(2)
        for entries in legend:
            x = x0
            for label, width, color in entries:
                box = small.ascent * 0.9
                self.add(
                    _Box(
                        QRectF(x, self.y + (small.ascent - box) / 2 + self.mm(0.2), box, box),
                        color,
                        GRID,
                    )
                )
                self.add(_Text(x + box + self.mm(1.2), self.y, width, ((label, width),), small))
                x += box + self.mm(1.2) + width + self.mm(5)
            self.y += small.line + self.mm(1)

    def legend_lines(
        self, chart: BarChart, colors: list[QColor]
    ) -> list[list[tuple[str, float, QColor]]]:
        small = self.fonts["small"]
        box = small.ascent * 0.9
        available = self.width - self.width * 0.3 - self.mm(3)
        lines: list[list[tuple[str, float, QColor]]] = [[]]
        used = 0.0
        for series, color in zip(chart.series, colors, strict=True):
            width = small.metrics.horizontalAdvance(series.label)
            needed = box + self.mm(1.2) + width + self.mm(5)
            if lines[-1] and used + needed > available:
                lines.append([])
                used = 0.0
            lines[-1].append((series.label, width, color))
            used += needed
        return lines

    # -- signatures -------------------------------------------------------------------------

    def signature_columns(self, block: SignatureBlock) -> tuple[float, float]:
        """The gap between the parties' columns and a column's width."""
        count = max(1, len(block.parties))
        gap = self.mm(15)
        return gap, (self.width - gap * (count - 1)) / count

    def signature_height(self, block: SignatureBlock) -> float:
        """The height of the whole signature block."""
        _gap, col_w = self.signature_columns(block)
        bold, body, small = self.fonts["bold"], self.fonts["body"], self.fonts["small"]
        place = self.wrap(block.place_date, "body", self.width)
        heading_h = max(
            (len(self.wrap(p.heading, "bold", col_w)) for p in block.parties), default=0
        )
        return (
            len(place) * body.line
            + self.mm(4)
            + heading_h * bold.line
            + self.mm(SIGN_SPACE_MM + 0.8)
            + small.line * 2
        )

    def place_signatures(self, block: SignatureBlock) -> None:
        gap, col_w = self.signature_columns(block)
        bold, body, small = self.fonts["bold"], self.fonts["body"], self.fonts["small"]
        place = self.wrap(block.place_date, "body", self.width)
        headings = [self.wrap(p.heading, "bold", col_w) for p in block.parties]
        heading_h = max((len(h) for h in headings), default=0) * bold.line
        sign_space = self.mm(SIGN_SPACE_MM)
        self.need(self.signature_height(block))
        self.add(_Text(0, self.y, self.width, place, body))
        self.y += len(place) * body.line + self.mm(4)
        line_y = self.y + heading_h + sign_space
        for i, party in enumerate(block.parties):
            x = i * (col_w + gap)
            self.add(_Text(x, self.y, col_w, headings[i], bold))
            sign_w, name_w = col_w * 0.42, col_w * 0.5
            name_x = x + col_w - name_w
            self.add(_Rule(x, line_y, x + sign_w, line_y, TEXT))
            self.add(_Rule(name_x, line_y, x + col_w, line_y, TEXT))
            caption = self.wrap(party.caption, "small", sign_w)
            self.add(
                _Text(
                    x,
                    line_y + self.mm(0.8),
                    sign_w,
                    caption,
                    small,
                    Align.CENTER,
                    TONES[Tone.MUTED],
                )
            )
            if party.name_caption:
                name = self.wrap(party.name_caption, "small", name_w)
                self.add(
                    _Text(
                        name_x,
                        line_y + self.mm(0.8),
                        name_w,
                        name,
                        small,
                        Align.CENTER,
                        TONES[Tone.MUTED],
                    )
                )
        self.y = line_y + self.mm(0.8) + small.line * 2

    # -- painting ---------------------------------------------------------------------------

    def paint_furniture(self, painter: QPainter, page: int, pages: int) -> None:
        font = self.fonts["furniture"]
        muted = TONES[Tone.MUTED]
        doc = self.doc
        right = doc.header_right
        right_w = font.metrics.horizontalAdvance(right)
        left = font.metrics.elidedText(
            doc.header_left, Qt.TextElideMode.ElideRight, self.width - right_w - self.mm(10)
        )
        _draw_lines(painter, ((left, 0.0),), font, 0, 0, self.width, Align.LEFT, muted)
        _draw_lines(painter, ((right, right_w),), font, 0, 0, self.width, Align.RIGHT, muted)
        rule_y = font.line + self.mm(1)
        painter.setPen(QPen(GRID, self.hairline))
        painter.drawLine(QPointF(0, rule_y), QPointF(self.width, rule_y))
        foot_y = self.height - font.line
        painter.drawLine(QPointF(0, foot_y - self.mm(1)), QPointF(self.width, foot_y - self.mm(1)))
        label = doc.page_text(page, pages)
        label_w = font.metrics.horizontalAdvance(label)
        footer_left = font.metrics.elidedText(
            doc.footer_left, Qt.TextElideMode.ElideRight, self.width - label_w - self.mm(10)
        )
        _draw_lines(painter, ((footer_left, 0.0),), font, 0, foot_y, self.width, Align.LEFT, muted)
        _draw_lines(painter, ((label, label_w),), font, 0, foot_y, self.width, Align.RIGHT, TEXT)

    def paint(self, painter: QPainter, wanted: range | None = None) -> int:
        """Paint the laid-out pages (``wanted``: 1-based page numbers to print)."""
        pages = self.pages
        total = len(pages)
        first = True
        for number, items in enumerate(pages, start=1):
            if wanted is not None and number not in wanted:
                continue
            if not first:
                self.device.newPage()
            first = False
            self.paint_furniture(painter, number, total)
            for item in items:
                item.draw(painter, self)
        return total


def _nice_step(biggest: int) -> int:
    """A step of 1, 2 or 5 times a power of ten giving at most about six ticks."""
    raw = max(1.0, biggest / 6)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


# -- public entry points -----------------------------------------------------------------


def paginate(document: Document, device: QPagedPaintDevice) -> int:
    """How many pages ``document`` takes on ``device`` (with its current page layout)."""
    return len(_Renderer(document, device).layout())


def render_document(
    document: Document,
    device: QPagedPaintDevice,
    *,
    page_setup: bool = True,
    pages: range | None = None,
) -> int:
    """Lay out and paint ``document`` on ``device``; returns the number of pages.

    ``page_setup`` first gives the device the document's paper and orientation
    (leave it off for a printer whose set-up the user chose).  ``pages`` limits the
    painting to those 1-based page numbers (a printer's page range); the footer
    still counts all of them.  Raises OSError when the device cannot be painted on
    (e.g. a PDF file that cannot be written).
    """
    if page_setup:
        apply_page_setup(document, device)
    renderer = _Renderer(document, device)
    renderer.layout()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        return renderer.paint(painter, pages)
    finally:
        painter.end()
