"""Reads a plan of measures from a Word document into the grid the Excel import reads.

After :func:`~coopdesk.exchange.docx_guard.inspect_docx` passed the file, the main
document part is parsed with lxml (entities never resolved, no network, no DTD: the
guard refused any) and turned into a :class:`~coopdesk.exchange.model.SheetGrid`, so
the same layout reader (:func:`~coopdesk.exchange.sheet_reader.parse_grid`: header
words in English, Russian and Kazakh, section rows, cells merged down, the end of the
table) and the same merge read it as they read a workbook:

The table
    The first table (nested ones too) whose first rows hold a header the sheet reader
    recognises. Tables that follow it with the same columns and nothing but empty
    paragraphs between (a table split across pages by hand) continue it; a header or
    column-number row repeated at the top of such a part is skipped.
Cells
    ``w:gridSpan`` is a cell merged across, ``w:vMerge`` a cell merged down (its value
    goes to every measure it covers); each paragraph of a cell is a line, numbered
    paragraphs keep their number ("1) ...") as Word shows it; a table inside a cell
    gives one line per row. A single "responsible agencies" column (the official
    layout's) is split into the two parties at the ";" ending a line, as the export
    writes it.
Tracked changes
    The document is read as it reads with every change accepted: insertions kept,
    deletions (and text moved away) dropped, deleted rows left out; the preview says
    so.
Comments
    A comment anchored in a measure's row is added to its notes ("Comment (author):
    ...").
Around the table
    The title above it and the signature block under it give the plan's title,
    parties, period and place and date of signing (:func:`finish_result`).
CoopDesk's own export
    Rows carry a bookmark naming their measure and the package a custom XML part with
    the base snapshot (:mod:`~coopdesk.exchange.docx_meta`): the rows get the ID
    column and the fields the official table does not show, so the merge is the
    Excel one, three-way, field by field.

Row numbers in messages are the rows of the Word table (its header is row 1).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from lxml import etree

from coopdesk.domain.timing import parse_timing
from coopdesk.exchange.docx_guard import DocxInfo, inspect_docx
from coopdesk.exchange.docx_meta import META_NS, hex_key, read_meta, uid_hex
from coopdesk.exchange.guard import open_package, refuse
from coopdesk.exchange.model import (
    BASE_VALUES,
    SHEET_FIELDS,
    ExportMeta,
    ImportRefused,
    ImportResult,
    Problem,
    Progress,
    SheetGrid,
    SheetSector,
    WorkbookData,
    no_progress,
)
from coopdesk.exchange.sheet_reader import detect_lang, match_header

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
W_P, W_TBL, W_TR, W_TC, W_T, W_SDT = (f"{W}{t}" for t in ("p", "tbl", "tr", "tc", "t", "sdt"))
W_TAB, W_BR, W_CR, W_NBH = (f"{W}{t}" for t in ("tab", "br", "cr", "noBreakHyphen"))
W_SDT_CONTENT, W_CUSTOM_XML = f"{W}sdtContent", f"{W}customXml"
W_BOOKMARK, W_COMMENT_REF = f"{W}bookmarkStart", f"{W}commentReference"
W_COMMENT_START = f"{W}commentRangeStart"
W_INS, W_DEL, W_MOVE_FROM, W_MOVE_TO = (f"{W}{t}" for t in ("ins", "del", "moveFrom", "moveTo"))
W_VAL, W_ID, W_NAME = f"{W}val", f"{W}id", f"{W}name"
_TEXT_TAGS = (W_T, W_TAB, W_BR, W_CR, W_NBH)

#: How many paragraphs above the table are kept as its title rows.
TITLE_PARAGRAPHS = 12
#: The fields the official table does not show, added from the base snapshot.
HIDDEN_FIELDS: tuple[tuple[str, str], ...] = (
    ("description", "Description"),
    ("kind", "Kind"),
    ("level", "Level"),
    ("framework", "Framework"),
    ("location", "Location"),
    ("status", "Status"),
    ("priority", "Priority"),
)
#: The text of an empty plan's table in the export (``no_measures`` of the report labels).
_NO_MEASURES = {"No measures.", "Мероприятий нет.", "Іс-шаралар жоқ."}
_SHOWN_NUMBER_RX = re.compile(r"^(\S*[0-9A-Za-z])\.$")


@dataclass(slots=True)
class DocxData(WorkbookData):
    """A Word document read into a grid, with what only a document has."""

    #: Things the preview should say (tracked changes accepted, comments kept ...).
    notices: list[str] = field(default_factory=list)
    #: Plan fields read around the table (title, parties, period, signing).
    facts: dict[str, Any] = field(default_factory=dict)


def _parser() -> etree.XMLParser:
    # The guard refused any DTD; these make sure nothing is ever fetched or expanded.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, recover=False
    )


def _read_part(archive: zipfile.ZipFile, name: str) -> Any:
    return etree.fromstring(archive.read(name), _parser())


# --------------------------------------------------------------------------- numbering


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        text = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            text = chr(97 + rest) + text
        return text.upper() if fmt == "upperLetter" else text
    if fmt in ("lowerRoman", "upperRoman"):
        text = ""
        for value, letters in _ROMAN:
            while n >= value:
                text += letters
                n -= value
        return text.upper() if fmt == "upperRoman" else text
    if fmt == "russianLower":
        return "абвгдежзиклмнопрстуфхцчшщэюя"[(n - 1) % 28]
    return str(n)


class _Numbering:
    """Word's list numbers, as it shows them: "1.", "a)", "•"."""

    def __init__(self, root: Any | None) -> None:
        self.levels: dict[str, dict[str, tuple[str, str, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        abstract: dict[str, dict[str, tuple[str, str, int]]] = {}
        for item in root.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in item.iter(f"{W}lvl"):
                fmt = lvl.find(f"{W}numFmt")
                text = lvl.find(f"{W}lvlText")
                start = lvl.find(f"{W}start")
                levels[lvl.get(f"{W}ilvl", "0")] = (
                    fmt.get(W_VAL, "decimal") if fmt is not None else "decimal",
                    text.get(W_VAL, "%1.") if text is not None else "%1.",
                    int(start.get(W_VAL, "1")) if start is not None else 1,
                )
            abstract[item.get(f"{W}abstractNumId", "")] = levels
        for num in root.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            if ref is not None:
                self.levels[num.get(f"{W}numId", "")] = abstract.get(ref.get(W_VAL, ""), {})

    def marker(self, num_id: str, ilvl: str) -> str:
        levels = self.levels.get(num_id, {})
        level = int(ilvl) if ilvl.isdigit() else 0
        counters = self.counters.setdefault(num_id, {})
        fmt, text, start = levels.get(str(level), ("decimal", f"%{level + 1}.", 1))
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return ""

        def number(m: re.Match[str]) -> str:
            at = int(m.group(1)) - 1
            lfmt, _t, lstart = levels.get(str(at), ("decimal", "", 1))
            return _format_number(counters.get(at, lstart), lfmt)

        return re.sub(r"%(\d)", number, text)


# --------------------------------------------------------------------------- text


class _TextReader:
    """The text of paragraphs and cells, as Word shows it with changes accepted."""

    def __init__(self, numbering: _Numbering, trim: bool = True) -> None:
        self.numbering = numbering
        self.nested = 0
        #: Drop empty paragraphs at the end of a cell: Word ends a cell with one after a
        #: table inside it, and merging cells keeps theirs. CoopDesk's own export writes
        #: a text's final line break as one, so its documents are read exactly.
        self.trim = trim

    def paragraph(self, p: Any) -> tuple[str, bool]:
        """(the text of paragraph ``p``, whether its paragraph mark was deleted)."""
        parts = []
        for el in p.iter(_TEXT_TAGS):
            tag = el.tag
            if tag == W_T:
                parts.append(el.text or "")
            elif tag == W_TAB:
                if el.getparent().tag != f"{W}tabs":
                    parts.append("\t")
            elif tag == W_NBH:
                parts.append("-")
            elif tag == W_BR and el.get(f"{W}type") == "page":
                continue
            else:
                parts.append("\n")
        text = "".join(parts)
        ppr = p.find(f"{W}pPr")
        joined = False
        if ppr is not None:
            num = ppr.find(f"{W}numPr")
            if num is not None:
                num_id = num.find(f"{W}numId")
                ilvl = num.find(f"{W}ilvl")
                nid = num_id.get(W_VAL, "0") if num_id is not None else "0"
                if nid != "0":
                    marker = self.numbering.marker(
                        nid, ilvl.get(W_VAL, "0") if ilvl is not None else "0"
                    )
                    if marker:
                        text = f"{marker} {text}"
            rpr = ppr.find(f"{W}rPr")
            joined = rpr is not None and rpr.find(W_DEL) is not None
        return text, joined

    def blocks(self, container: Any) -> list[str]:
        """The lines of a cell (or any block container)."""
        lines: list[str] = []
        pending = ""
        for child in container:
            tag = child.tag
            if tag == W_P:
                text, joined = self.paragraph(child)
                if joined:
                    pending += text
                    continue
                lines.append(pending + text)
                pending = ""
            elif tag == W_TBL:
                self.nested += 1
                for tr in _rows(child):
                    cells = [" ".join(self.blocks(tc)).strip() for tc in _cells(tr)]
                    lines.append(" | ".join(c for c in cells if c))
            elif tag in (W_SDT, W_CUSTOM_XML, W_INS, W_MOVE_TO):
                inner = child.find(W_SDT_CONTENT) if tag == W_SDT else child
                if inner is not None:
                    lines.extend(self.blocks(inner))
        if pending:
            lines.append(pending)
        return lines

    def cell(self, tc: Any) -> str:
        lines = self.blocks(tc)
        if self.trim:
            while len(lines) > 1 and not lines[-1].strip():
                lines.pop()
        return "\n".join(lines)


def _rows(tbl: Any) -> Iterator[Any]:
    """The rows of a table, inside content controls too."""
    for child in tbl:
        tag = child.tag
        if tag == W_TR:
            yield child
        elif tag in (W_SDT, W_CUSTOM_XML, W_INS, W_MOVE_TO):
            inner = child.find(W_SDT_CONTENT) if tag == W_SDT else child
            if inner is not None:
                yield from _rows(inner)


def _cells(tr: Any) -> Iterator[Any]:
    for child in tr:
        tag = child.tag
        if tag == W_TC:
            yield child
        elif tag in (W_SDT, W_CUSTOM_XML, W_INS, W_MOVE_TO):
            inner = child.find(W_SDT_CONTENT) if tag == W_SDT else child
            if inner is not None:
                yield from _cells(inner)


def _tc_props(tc: Any) -> tuple[int, str | None]:
    """(grid columns the cell spans, its vMerge: "restart", "continue" or None)."""
    pr = tc.find(f"{W}tcPr")
    if pr is None:
        return 1, None
    span = pr.find(f"{W}gridSpan")
    vm = pr.find(f"{W}vMerge")
    n = 1
    if span is not None:
        try:
            n = max(1, min(int(span.get(W_VAL, "1")), 64))
        except ValueError:
            n = 1
    merge = None if vm is None else (vm.get(W_VAL) or "continue")
    return n, merge


def _row_skip(tr: Any) -> int:
    """Grid columns left empty before the first cell (``w:gridBefore``)."""
    pr = tr.find(f"{W}trPr")
    if pr is None:
        return 0
    before = pr.find(f"{W}gridBefore")
    try:
        return int(before.get(W_VAL, "0")) if before is not None else 0
    except ValueError:
        return 0


# --------------------------------------------------------------------------- the reader


@dataclass(slots=True)
class _Table:
    """The plan table found: its rows (continuations included) and the header's place."""

    element: Any
    rows: list[Any]
    header_index: int
    fields: list[str | None]  # per grid column of the Word table
    width: int
    #: Its place among the document's tables (0 for the first).
    index: int = 0


def _accept_changes(root: Any) -> tuple[int, int, int]:
    """Drop deletions and moved-away text; (insertions, deletions, deleted rows)."""
    inserted = sum(1 for _ in root.iter(W_INS, W_MOVE_TO))
    gone = [el for el in root.iter(W_DEL, W_MOVE_FROM) if el.getparent().tag != f"{W}rPr"]
    deleted_rows = 0
    for el in gone:
        parent = el.getparent()
        if parent is None:
            continue
        if parent.tag == f"{W}trPr":
            tr = parent.getparent()
            if tr is not None and tr.getparent() is not None:
                tr.getparent().remove(tr)
                deleted_rows += 1
            continue
        parent.remove(el)
    # Paragraph marks deleted are read by the text reader (the paragraph joins the next).
    marks = sum(1 for el in root.iter(W_DEL) if el.getparent().tag == f"{W}rPr")
    for fallback in list(root.iter(_MC_FALLBACK)):
        # Text boxes and shapes come twice (a modern form and a fallback): keep one.
        fallback.getparent().remove(fallback)
    return inserted, len(gone) - deleted_rows + marks, deleted_rows


def _header_fields(texts: list[str]) -> tuple[list[str | None], int, bool]:
    fields = [match_header(t) if t.strip() else None for t in texts]
    named = {f for f in fields if f is not None and f != "responsible"}
    score = len(named) + (1 if "responsible" in fields else 0)
    has_title = "title" in named or "description" in named
    return fields, score, has_title


def _grid_width(tbl: Any) -> int:
    grid = tbl.find(f"{W}tblGrid")
    if grid is not None:
        n = len(grid.findall(f"{W}gridCol"))
        if n:
            return n
    width = 0
    for tr in _rows(tbl):
        width = max(width, _row_skip(tr) + sum(_tc_props(tc)[0] for tc in _cells(tr)))
    return width


def _row_texts(tr: Any, reader: _TextReader, width: int) -> list[str]:
    texts = [""] * width
    c = _row_skip(tr)
    for tc in _cells(tr):
        span, _merge = _tc_props(tc)
        if c < width:
            texts[c] = " ".join(reader.cell(tc).split())
        c += span
    return texts


def _find_table(body: Any, reader: _TextReader) -> _Table | None:
    for number, tbl in enumerate(body.iter(W_TBL)):
        rows = list(_rows(tbl))
        width = _grid_width(tbl)
        if not rows or width < 2:
            continue
        for index, tr in enumerate(rows[:6]):
            texts = _row_texts(tr, reader, width)
            fields, score, has_title = _header_fields(texts)
            if score >= 2 and has_title:
                return _Table(tbl, rows, index, fields, width, number)
    return None


def _top_level(element: Any, body: Any) -> Any:
    while element.getparent() is not None and element.getparent() is not body:
        element = element.getparent()
    return element


def _is_empty_paragraph(el: Any) -> bool:
    return el.tag == W_P and not "".join(t.text or "" for t in el.iter(W_T)).strip()


def _continuations(table: _Table, body: Any, reader: _TextReader) -> int:
    """Append the rows of tables continuing the plan table; how many there were."""
    if table.element.getparent() is not body:
        return 0
    header_texts = _row_texts(table.rows[table.header_index], reader, table.width)
    found = 0
    sibling = table.element.getnext()
    while sibling is not None:
        if sibling.tag == W_P and _is_empty_paragraph(sibling):
            sibling = sibling.getnext()
            continue
        if sibling.tag != W_TBL or _grid_width(sibling) != table.width:
            break
        rows = list(_rows(sibling))
        # A header (and the row of column numbers) repeated at the top is not a measure.
        while rows:
            texts = _row_texts(rows[0], reader, table.width)
            filled = [t for t in texts if t]
            if texts == header_texts or (filled and all(t.isdigit() for t in filled)):
                rows.pop(0)
                continue
            break
        table.rows.extend(rows)
        found += 1
        sibling = sibling.getnext()
    return found


def _comments(archive: zipfile.ZipFile, info: DocxInfo) -> dict[str, str]:
    if info.comments is None:
        return {}
    root = _read_part(archive, info.comments)
    reader = _TextReader(_Numbering(None))
    out = {}
    for comment in root.iter(f"{W}comment"):
        text = " ".join(" ".join(reader.blocks(comment)).split())
        author = comment.get(f"{W}author", "").strip()
        out[comment.get(W_ID, "")] = f"Comment ({author}): {text}" if author else f"Comment: {text}"
    return out


def _meta(archive: zipfile.ZipFile, info: DocxInfo) -> tuple[ExportMeta | None, dict[str, str]]:
    for part in info.custom_xml:
        root = _read_part(archive, part)
        if root.tag != f"{{{META_NS}}}coopdesk":
            continue
        entries = [(el.get("key", ""), el.text or "") for el in root.iter(f"{{{META_NS}}}entry")]
        return read_meta(entries)
    return None, {}


def read_docx(path: Path | str, progress: Progress = no_progress) -> DocxData:
    """Check and read a Word document: the plan table, the text around it, the metadata."""
    info = inspect_docx(path, progress)
    progress(0, 1, "read")
    try:
        with open_package(info.path) as archive:
            root = _read_part(archive, info.document)
            numbering = _Numbering(_read_part(archive, info.numbering) if info.numbering else None)
            comments = _comments(archive, info)
            meta, by_number = _meta(archive, info)
    except ImportRefused:
        raise
    except (etree.XMLSyntaxError, KeyError, ValueError, zipfile.BadZipFile, OSError):
        raise refuse(
            info.path,
            "cannot be read: its text is written in a way CoopDesk does not understand; open "
            "it in Word or LibreOffice, save it as a Word Document (.docx) and import that.",
        ) from None
    body = root.find(f"{W}body")
    if body is None:
        raise refuse(info.path, "is a Word document with no text.")
    inserted, deleted, deleted_rows = _accept_changes(body)
    reader = _TextReader(numbering)
    table = _find_table(body, reader)
    if table is None:
        raise ImportRefused(
            f"'{info.path.name}' has no table of measures: none of its tables has headers "
            "such as 'No.', 'Measure' and 'Timing'."
        )
    parts = _continuations(table, body, reader)
    # Finding the table read some cells; Word's list numbers count from the table's top.
    reader = _TextReader(numbering, trim=meta is None)
    numbering.counters.clear()
    builder = _GridBuilder(table, reader, meta, by_number, comments)
    grid = builder.build()
    top = _top_level(table.element, body)
    before, after = _around(body, top, table, _TextReader(_Numbering(None)))
    titles = [" ".join(t.split()) for t in before if t.strip()][-TITLE_PARAGRAPHS:]
    grid.rows[:0] = [(i - len(titles), [text]) for i, text in enumerate(titles)]
    notices = []
    if inserted or deleted or deleted_rows:
        notices.append(
            f"The document has tracked changes ({inserted} insertion(s), {deleted} deletion(s)"
            + (f", {deleted_rows} deleted row(s)" if deleted_rows else "")
            + "); it was read as it reads with all changes accepted."
        )
    if builder.comments_kept:
        notices.append(
            f"{builder.comments_kept} comment(s) in the table were added to the notes of "
            "their measures."
        )
    if reader.nested:
        notices.append(
            "Some cells hold tables of their own; each of their rows was read as a line of "
            "the cell."
        )
    if parts:
        notices.append(
            f"The table continues in {parts} more table(s) after it (split across pages); "
            "they were read as one."
        )
    facts = read_facts(before, after)
    progress(1, 1, "read")
    return DocxData(str(info.path), "docx", grid, meta, info.sender, notices=notices, facts=facts)


def _around(body: Any, top: Any, table: _Table, reader: _TextReader) -> tuple[list[str], list[str]]:
    """The paragraphs above the plan table and under it, in reading order."""
    before: list[str] = []
    after: list[str] = []
    row_ids = {id(tr) for tr in table.rows}
    target = before
    for child in body:
        if child is top:
            target = after
            continue
        # A continuation was read as rows; a layout table (signatures) as text.
        if child.tag == W_TBL and target is after and any(id(tr) in row_ids for tr in _rows(child)):
            continue
        if child.tag in (W_P, W_TBL, W_SDT):
            for p in child.iter(W_P):
                target.append(reader.paragraph(p)[0])
    return before, after


class _GridBuilder:
    """Lays the Word table out as a sheet grid (see the module docstring)."""

    def __init__(
        self,
        table: _Table,
        reader: _TextReader,
        meta: ExportMeta | None,
        by_number: dict[str, str],
        comments: dict[str, str],
    ) -> None:
        self.table = table
        self.reader = reader
        self.meta = meta
        self.by_number = by_number
        self.comments = comments
        self.comments_kept = 0
        fields = table.fields
        responsible = [c for c, f in enumerate(fields) if f == "responsible"]
        header_tr = table.rows[table.header_index]
        spans = {}
        c = _row_skip(header_tr)
        for tc in _cells(header_tr):
            span = _tc_props(tc)[0]
            spans[c] = span
            c += span
        # The official layout's one column for both parties is split in two.
        self.split = (
            responsible[0] if len(responsible) == 1 and spans.get(responsible[0]) == 1 else None
        )
        self.colmap: list[list[int]] = []
        g = 0
        for c in range(table.width):
            if c == self.split:
                self.colmap.append([g, g + 1])
                g += 2
            else:
                self.colmap.append([g])
                g += 1
        self.table_width = g
        self.notes_col = next(
            (m[0] for c, m in enumerate(self.colmap) if fields[c] == "notes"), None
        )
        self.number_col = next(
            (m[0] for c, m in enumerate(self.colmap) if fields[c] == "number"), None
        )
        self.extra: list[tuple[str, str]] = []
        if meta is not None:
            self.extra = [("uid", "ID"), *HIDDEN_FIELDS]
        if comments and self.notes_col is None:
            self.extra.append(("notes", "Notes"))
        self.width = g + len(self.extra)
        self.base_order = {name: BASE_VALUES + i for i, name in enumerate(SHEET_FIELDS)}
        self.used: set[str] = set()
        self.by_hex: dict[str, str] = {}
        if meta is not None:
            self.by_hex = {hex_key(uid): uid for uid in meta.hints}

    def build(self) -> SheetGrid:
        """The grid of the table's rows (title rows go above them, at negative indices)."""
        rows: list[tuple[int, list[Any]]] = []
        merged: list[tuple[int, int, int, int]] = []
        open_down: dict[int, tuple[int, int]] = {}  # word column -> (first row, last row)
        colmap, split, reader = self.colmap, self.split, self.reader
        width = self.table.width
        used_uids = self.used
        pending_number: list[tuple[str, list[Any], str]] = []
        header_index = self.table.header_index
        empty_at: int | None = None
        for r, tr in enumerate(self.table.rows):
            if r > header_index and self._empty_table_row(tr):
                empty_at = r
                continue
            values: list[Any] = [""] * self.width
            c = _row_skip(tr)
            for tc in _cells(tr):
                span, merge = _tc_props(tc)
                if c >= width:
                    break
                if merge == "continue":
                    first, _last = open_down.get(c, (r, r))
                    open_down[c] = (first, r)
                    c += span
                    continue
                self._close(open_down, c, merged)
                text = reader.cell(tc)
                if merge == "restart":
                    open_down[c] = (r, r)
                targets = colmap[c]
                values[targets[0]] = text
                last = min(c + span - 1, width - 1)
                if last > c:
                    merged.append((r, targets[0], r, colmap[last][-1]))
                c += span
            if r == header_index:
                for i, (_name, header) in enumerate(self.extra):
                    values[self.table_width + i] = header
            shown = ""
            if split is not None:
                a = colmap[split][0]
                shown = values[a]
                if r == header_index:
                    values[a + 1] = values[a]
                else:
                    values[a], values[a + 1] = self._split(values[a], None)
            if r > header_index:
                uid = self._uid(tr, used_uids)
                if uid is not None or self.meta is not None:
                    pending_number.append((shown, values, uid or ""))
                self._comments(tr, values)
            rows.append((r, values))
        for c in list(open_down):
            self._close(open_down, c, merged)
        for shown, values, uid in pending_number:
            self._own_export_row(values, uid, shown)
        if empty_at is not None and self.meta is not None:
            # An exported plan with sectors but no measure shows none of them: its
            # sectors come from the metadata, as section rows in place of "No measures.".
            last = self.table_width - 1
            for i, sector in enumerate(self.meta.sectors):
                r = empty_at + i
                values = [""] * self.width
                values[0] = _label(sector["code"], sector["name"])
                rows.append((r, values))
                if last > 0:
                    merged.append((r, 0, r, last))
        heads = rows[header_index][1] if header_index < len(rows) else []
        number = 1 + self.table.index
        names = {"en": f"Table {number}", "ru": f"Таблица {number}", "kk": f"{number}-кесте"}
        # Messages name "sheet '…'": the table is named in the document's own language.
        name = names[detect_lang([v for v in heads if isinstance(v, str)])]
        return SheetGrid(name, rows, merged)

    def _empty_table_row(self, tr: Any) -> bool:
        """Whether ``tr`` is the "No measures." row the export writes for an empty plan."""
        cells = list(_cells(tr))
        if len(cells) != 1 or _tc_props(cells[0])[0] < self.table.width:
            return False
        return self.reader.cell(cells[0]).strip() in _NO_MEASURES

    def _close(self, open_down: dict[int, tuple[int, int]], c: int, merged: list[Any]) -> None:
        found = open_down.pop(c, None)
        if found is not None and found[1] > found[0]:
            for g in self.colmap[c]:
                merged.append((found[0], g, found[1], g))

    def _uid(self, tr: Any, used: set[str]) -> str | None:
        if self.meta is None:
            return None
        for bm in tr.iter(W_BOOKMARK):
            key = uid_hex(bm.get(W_NAME, ""))
            uid = self.by_hex.get(key) if key else None
            if uid is not None and uid not in used:
                used.add(uid)
                return uid
        return None

    def _split(self, text: str, base: list[Any] | None) -> tuple[str, str]:
        if base is not None:
            a = base[self.base_order["responsible_a"]]
            b = base[self.base_order["responsible_b"]]
            shown = ";\n".join(x.strip().rstrip(";") for x in (a, b) if x.strip())
            if text == shown:
                return a, b
        if ";\n" in text:
            a, _sep, b = text.partition(";\n")
            return a, b
        return text, ""

    def _own_export_row(self, values: list[Any], uid: str, responsible: str) -> None:
        """Complete a row of CoopDesk's own export: ID, hidden fields, numbers as stored."""
        meta = self.meta
        assert meta is not None
        number_col = self.number_col
        shown = values[number_col] if number_col is not None else ""
        if not uid and shown and self.by_number.get(shown, "") not in ("", *self.used):
            # A program that dropped the bookmarks: the number shown still names it.
            uid = self.by_number.pop(shown)
            self.used.add(uid)
        base = meta.measures.get(uid) if uid else None
        if uid and base is None:
            uid = ""
        filled = sum(1 for v in values[: self.table_width] if v)
        if number_col is not None and shown:
            if base is not None and _shown(base[self.base_order["number"]]) == shown:
                values[number_col] = base[self.base_order["number"]]
            elif filled > 2:
                m = _SHOWN_NUMBER_RX.match(shown)
                if m and any(ch.isdigit() for ch in m.group(1)) and "." in m.group(1):
                    values[number_col] = m.group(1)
        if self.split is not None:
            a = self.colmap[self.split][0]
            if base is not None:
                # The cell as shown: the two parties as exported, unless it was edited.
                values[a], values[a + 1] = self._split(responsible, base)
        at = self.table_width
        for name, _header in self.extra:
            if name == "uid":
                values[at] = uid
            elif name != "notes" and base is not None:
                values[at] = base[self.base_order[name]] or ""
            at += 1

    def _comments(self, tr: Any, values: list[Any]) -> None:
        if not self.comments:
            return
        ids = []
        for el in tr.iter(W_COMMENT_REF, W_COMMENT_START):
            cid = el.get(W_ID, "")
            if cid in self.comments and cid not in ids:
                ids.append(cid)
        if not ids:
            return
        col = self.notes_col if self.notes_col is not None else self.width - 1
        lines = [self.comments[cid] for cid in ids]
        current = values[col] or ""
        values[col] = "\n".join([current, *lines] if current else lines)
        self.comments_kept += len(ids)


def _shown(number: str) -> str:
    number = number.strip()
    if number and number[-1].isalnum():
        number += "."
    return number


# --------------------------------------------------------------------------- around the table

_LABELLED_RX = re.compile(r"^\s*([^:]{2,40}):\s*(.+)$", re.DOTALL)
_PARTIES_LABELS = {"parties", "стороны", "тараптар"}
_PERIOD_LABELS = {"period", "период", "кезең"}
_SIGNED_LABELS = {"signed", "подписан", "қол қойылды"}
_PLACE_DATE_LABELS = {
    "place and date of signing",
    "место и дата подписания",
    "қол қойылған орны мен күні",
}
_FOR_PARTY_RX = [
    re.compile(r"^\s*(?:for|on behalf of)\s+(?:the\s+)?(?P<party>\S.{3,})$", re.IGNORECASE),
    re.compile(r"^\s*(?:за|от имени|от)\s+(?P<party>\S.{3,})$", re.IGNORECASE),
    re.compile(r"^\s*(?P<party>\S.{3,}?)\s+(?:үшін|атынан|тарапынан)\s*$", re.IGNORECASE),
]
_DONE_AT_RX = re.compile(
    r"^\s*(?:совершено|done|жасалды)\s+(?:в\s+|at\s+|in\s+)?(?:г\.\s*|city of\s+)?"
    r"(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_DATE_RX = re.compile(
    r"(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+[^\W\d_]+\s+\d{4}|\d{4}\s+жылғы\s+\d{1,2}\s+[^\W\d_]+)"
)
_DASH_RX = re.compile(r"\s+[—–-]\s+")


def _day(text: str) -> date | None:
    timing = parse_timing(text.strip().rstrip(".,"), None)
    if timing.start is not None and timing.start == timing.end:
        return timing.start
    return None


def _place_and_date(text: str) -> tuple[str, date | None]:
    m = _DATE_RX.search(text)
    if m is None:
        return text.strip(" ,."), None
    when = _day(m.group(1))
    place = (text[: m.start()] + " " + text[m.end() :]).strip()
    place = re.sub(r"\s+(?:г\.|года|year)\b.*$", "", place).strip(" ,.")
    return place, when


def read_facts(before: list[str], after: list[str]) -> dict[str, Any]:
    """Plan fields from the text around the table: title, parties, period, signing."""
    facts: dict[str, Any] = {}
    title: list[str] = []
    for text in before:
        line = " ".join(text.split())
        if not line:
            if title:
                break
            continue
        m = _LABELLED_RX.match(line)
        label = m.group(1).strip().casefold() if m else ""
        if m and label in _PARTIES_LABELS:
            parts = _DASH_RX.split(m.group(2).strip())
            if len(parts) == 2:
                facts["party_a"], facts["party_b"] = parts[0].strip(), parts[1].strip()
            continue
        if m and label in _PERIOD_LABELS:
            ends = _DASH_RX.split(m.group(2).strip())
            if len(ends) == 2:
                start, end = _day(ends[0]), _day(ends[1])
                if start and end and start <= end:
                    facts["period_start"], facts["period_end"] = start, end
            continue
        if m and label in _SIGNED_LABELS:
            when_text, _sep, place = m.group(2).partition(",")
            when = _day(when_text)
            if when:
                facts["signed_date"] = when
                if place.strip():
                    facts["signed_place"] = place.strip()
            continue
        if m or len(title) >= 4:
            continue
        if line.upper() == line and len(line) > 3 and not title:
            line = line[:1] + line[1:].lower()
        title.append(line)
    if title:
        facts["title"] = " ".join(title)
    parties: list[str] = []
    for text in after:
        line = " ".join(text.split())
        if not line:
            continue
        m = _LABELLED_RX.match(line)
        if m and m.group(1).strip().casefold() in _PLACE_DATE_LABELS:
            place, when = _place_and_date(m.group(2))
            if when and "signed_date" not in facts:
                facts["signed_date"] = when
            if place and "_" not in place and "signed_place" not in facts:
                facts["signed_place"] = place
            continue
        done = _DONE_AT_RX.match(line)
        if done:
            place, when = _place_and_date(done.group("rest"))
            if when and "signed_date" not in facts:
                facts["signed_date"] = when
            place = re.split(r"\s+(?:в двух|in two|екі)\b", place)[0].strip(" ,.")
            if place and "signed_place" not in facts:
                facts["signed_place"] = place
            continue
        for rx in _FOR_PARTY_RX:
            fm = rx.match(line)
            if fm and "_" not in line:
                parties.append(fm.group("party").strip(" :,."))
                break
    if len(parties) >= 2 and "party_a" not in facts:
        facts["party_a"], facts["party_b"] = parties[0], parties[1]
    return facts


# --------------------------------------------------------------------------- after the layout


def finish_result(data: DocxData, result: ImportResult) -> None:
    """Complete what the sheet reader made of a Word document's grid.

    Adds the document's notices to the warnings, the plan fields read around the table
    to a new plan's values, and, for CoopDesk's own export, the sectors of the plan
    that had no measure (the official table shows none of them) in their place.
    """
    for notice in data.notices:
        result.warnings.append(Problem(None, None, None, notice))
    if result.meta is None:
        values = dict(result.plan_values)
        for key, value in data.facts.items():
            if value:
                values[key] = value
        if "period_start" not in data.facts and values.get("period_start") is None:
            values.pop("period_start", None)
            values.pop("period_end", None)
        result.plan_values = values
        return
    _sectors_as_exported(result, result.meta)
    _restore_empty_sectors(result, result.meta)


def _label(code: str, name: str) -> str:
    """A sector as the export's section row shows it (as ``reports.source.sector_label``)."""
    code = code.strip()
    if code and not code.endswith("."):
        code += "."
    return f"{code} {name}".strip()


def _sectors_as_exported(result: ImportResult, meta: ExportMeta) -> None:
    """Give the export's code and name to each section row that shows an exported sector.

    A code typed by hand ("A", "X7") does not read back as a number, and a name's outer
    spaces are not seen in a document; the row's text still names the sector.
    """
    exported = {(s["code"], s["name"]) for s in meta.sectors}
    by_label: dict[str, dict[str, Any]] = {}
    for s in meta.sectors:
        by_label.setdefault(" ".join(_label(s["code"], s["name"]).split()), s)
    taken = {s.code for s in result.sectors}
    remap: dict[str, str] = {}
    for sector in result.sectors:
        if sector.implied or (sector.code, sector.name) in exported:
            continue
        for raw in (f"{sector.code}. {sector.name}".strip(), sector.name.strip()):
            found = by_label.get(" ".join(raw.split()))
            if found is None:
                continue
            if found["code"] != sector.code and found["code"] in taken:
                break
            taken.discard(sector.code)
            taken.add(found["code"])
            remap[sector.code] = found["code"]
            sector.code, sector.name = found["code"], found["name"]
            break
    if not remap:
        return
    for sector in result.sectors:
        if sector.parent in remap:
            sector.parent = remap[sector.parent]
        if sector.code in {s["code"] for s in meta.sectors}:
            parent = next(s["parent"] for s in meta.sectors if s["code"] == sector.code)
            if parent is None or parent in taken:
                sector.parent = parent
    for measure in result.measures:
        code = measure.values.get("sector")
        if code in remap:
            measure.values["sector"] = remap[code]


def _restore_empty_sectors(result: ImportResult, meta: ExportMeta) -> None:
    shown = {s.code for s in result.sectors}
    used = {row[BASE_VALUES] for row in meta.measures.values()}
    order = [s["code"] for s in meta.sectors]
    position = {code: i for i, code in enumerate(order)}
    missing = [s for s in meta.sectors if s["code"] not in shown and s["code"] not in used]
    if not missing:
        return
    extra = [SheetSector(s["code"], s["name"], s["parent"], 0) for s in missing]
    out: list[SheetSector] = []
    pending = list(extra)
    for sector in result.sectors:
        at = position.get(sector.code)
        if at is not None:
            while pending and position[pending[0].code] < at:
                out.append(pending.pop(0))
        out.append(sector)
    out.extend(pending)
    result.sectors = out
