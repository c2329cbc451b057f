"""The abstract report layout: what a report says and how it is arranged, not how it is drawn.

Every report CoopDesk prints is built as one :class:`Document`: a page set-up, the
page furniture (header and footer texts, the "page N of M" label), a title block,
and a list of blocks (headings, paragraphs, key-value lists, tables with header and
section rows, a bar chart, a signature block).  The Qt renderer
(``coopdesk.ui.reports.renderer``) draws it onto a PDF writer, a printer or the print
preview, so all three show the same pages; an Excel export can walk the same blocks.

The layout holds finished text in the report's language and *hints* for the
renderer (relative column widths, alignment, emphasis, semantic tones); it holds no
fonts, no points and no Qt types, so it is plain data that core tests can inspect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Orientation(StrEnum):
    """The orientation of the paper."""

    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"


class Align(StrEnum):
    """Horizontal alignment of a column's cells."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class Tone(StrEnum):
    """What a piece of text means, so a renderer may colour it (never the only cue)."""

    NORMAL = "normal"
    MUTED = "muted"  # secondary text: descriptions, "continued" marks
    ALERT = "alert"  # overdue
    GOOD = "good"  # done


@dataclass(frozen=True, slots=True)
class PageSetup:
    """Paper, orientation and margins of every page of a document."""

    orientation: Orientation = Orientation.LANDSCAPE
    paper: str = "A4"
    #: Left, top, right, bottom, in millimetres (header and footer sit inside them).
    margins_mm: tuple[float, float, float, float] = (15.0, 10.0, 15.0, 10.0)


@dataclass(frozen=True, slots=True)
class Cell:
    """A table cell with emphasis; a plain ``str`` is a cell without any."""

    text: str
    bold: bool = False
    tone: Tone = Tone.NORMAL


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of a :class:`RichCell`'s text and its marks."""

    text: str
    bold: bool = False
    strike: bool = False


@dataclass(frozen=True, slots=True)
class RichCell:
    """A cell whose text mixes marks, e.g. a comparison table's struck and bold words.

    A ``"\n"`` inside a run starts a new line, as in a plain cell.
    """

    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        """The cell's text without its marks."""
        return "".join(r.text for r in self.runs)


#: What a table row holds per column.
CellValue = str | Cell | RichCell


def cell_text(value: CellValue) -> str:
    """The text of a cell given as a ``str``, a :class:`Cell` or a :class:`RichCell`."""
    return value if isinstance(value, str) else value.text


@dataclass(frozen=True, slots=True)
class Column:
    """A table column: its title in the header row, a relative width and an alignment."""

    title: str
    #: Relative width: the column gets ``width / sum(widths)`` of the table's width.
    width: float = 1.0
    align: Align = Align.LEFT


@dataclass(frozen=True, slots=True)
class Row:
    """One row of cells, one per column.  ``emphasis`` marks totals and subtotals."""

    cells: tuple[CellValue, ...]
    emphasis: bool = False


@dataclass(frozen=True, slots=True)
class SectionRow:
    """A row spanning all columns that opens a section ("1. Political dialogue").

    ``level`` 0 is a top-level section, 1 a sub-section and so on; a renderer shades
    them and repeats the open sections at the top of a page the table continues on.
    """

    text: str
    level: int = 0


TableRow = Row | SectionRow


@dataclass(slots=True)
class Table:
    """A table: a header (repeated on every page) and rows that are never split."""

    columns: tuple[Column, ...]
    rows: list[TableRow] = field(default_factory=list)
    #: Adds the official row of column numbers (1 2 3 ...) under the titles.
    numbered_header: bool = False
    #: Shown in place of the rows when there are none.
    empty_text: str = ""
    #: Appended to a section row repeated at the top of a continuation page.
    continued_mark: str = ""

    def __post_init__(self) -> None:
        width = len(self.columns)
        for row in self.rows:
            if isinstance(row, Row) and len(row.cells) != width:
                raise ValueError(f"A row has {len(row.cells)} cells for {width} columns")

    @property
    def header_rows(self) -> list[tuple[str, ...]]:
        """The header rows: the column titles, then the column numbers if asked for."""
        rows = [tuple(c.title for c in self.columns)]
        if self.numbered_header:
            rows.append(tuple(str(i) for i in range(1, len(self.columns) + 1)))
        return rows


@dataclass(frozen=True, slots=True)
class TitleBlock:
    """The block that opens a document: a heading, centred lines, then labelled details."""

    heading: str
    lines: tuple[str, ...] = ()
    details: tuple[tuple[str, str], ...] = ()
    #: A mark in the top right corner, e.g. "DRAFT" for a plan not yet signed.
    stamp: str = ""


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading before a part of the report (kept on a page with what follows)."""

    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Running text, wrapped to the page width; long paragraphs may continue on the next page."""

    text: str
    tone: Tone = Tone.NORMAL
    small: bool = False


@dataclass(frozen=True, slots=True)
class KeyValues:
    """Labelled values in two columns ("Measures: 34", "Done: 21 (62%)")."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """One series of a bar chart: its legend label and colour (``#rrggbb``)."""

    label: str
    color: str


@dataclass(frozen=True, slots=True)
class BarChart:
    """A horizontal bar chart, one bar per category, stacked by series.

    ``values[i][j]`` is the value of series ``j`` for category ``i``; ``notes[i]``
    (optional) is printed after the bar, e.g. the share done.
    """

    title: str
    categories: tuple[str, ...]
    series: tuple[ChartSeries, ...]
    values: tuple[tuple[int, ...], ...]
    notes: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if len(self.values) != len(self.categories):
            raise ValueError("A bar chart needs one row of values per category")
        if any(len(v) != len(self.series) for v in self.values):
            raise ValueError("A bar chart needs one value per series in every row")
        if self.notes and len(self.notes) != len(self.categories):
            raise ValueError("A bar chart's notes go one per category")

    def totals(self) -> tuple[int, ...]:
        """The length of each stacked bar."""
        return tuple(sum(v) for v in self.values)


@dataclass(frozen=True, slots=True)
class Signatory:
    """One party's place in a signature block."""

    heading: str  # "For the Ministry of Foreign Affairs of ..."
    caption: str  # "(signature)"
    name_caption: str = ""  # "(name)"


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """Signatures of the parties side by side, kept together on one page."""

    parties: tuple[Signatory, ...]
    place_date: str = ""


@dataclass(frozen=True, slots=True)
class PageBreak:
    """Start the next block on a new page."""


Block = Heading | Paragraph | KeyValues | Table | BarChart | SignatureBlock | PageBreak


@dataclass(slots=True)
class Document:
    """A whole report: page set-up, page furniture, title block and blocks.

    ``page_label`` is a template with ``{page}`` and ``{pages}``; the renderer fills
    it once it knows how many pages there are.
    """

    title: TitleBlock
    blocks: list[Block] = field(default_factory=list)
    page: PageSetup = field(default_factory=PageSetup)
    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    page_label: str = "page {page} of {pages}"
    #: The report's language ("en" or "ru") and kind ("plan", "status", ...).
    lang: str = "en"
    kind: str = ""
    #: A name for a file or a print job ("KZ-RU-MFA-2023 status report").
    name: str = ""

    def page_text(self, page: int, pages: int) -> str:
        """The footer's page label for ``page`` of ``pages``."""
        return self.page_label.format(page=page, pages=pages)

    def tables(self) -> list[Table]:
        """The document's tables in order (handy for tests and exports)."""
        return [b for b in self.blocks if isinstance(b, Table)]

    def texts(self) -> list[str]:
        """Every text of the document in reading order (for tests and searches)."""
        out = [self.header_left, self.header_right, self.title.heading, *self.title.lines]
        out += [f"{k} {v}" for k, v in self.title.details]
        for block in self.blocks:
            if isinstance(block, (Heading, Paragraph)):
                out.append(block.text)
            elif isinstance(block, KeyValues):
                out += [f"{k} {v}" for k, v in block.items]
            elif isinstance(block, Table):
                out += [c.title for c in block.columns]
                for row in block.rows:
                    if isinstance(row, SectionRow):
                        out.append(row.text)
                    else:
                        out += [cell_text(c) for c in row.cells]
            elif isinstance(block, BarChart):
                out += [block.title, *block.categories, *(s.label for s in block.series)]
            elif isinstance(block, SignatureBlock):
                out += [block.place_date, *(p.heading for p in block.parties)]
        return [t for t in out if t]
