"""Writes a plan to an .xlsx in the official layout, ready to print and to send.

The plan sheet reads like the signed document: a title block (title, both parties,
period, signature), the header row and a row of column numbers, then each sector as a
merged section row numbered like the plan, each measure under it (number, title, form
of completion, timing words, responsible agencies of each party, status, notes).
It prints landscape, fit to the page width, with the header repeated on every page
and page numbers in the footer; on screen the header is frozen, has an autofilter,
and the status column offers a drop-down list.

For the round trip the sheet also carries the measure fields the official table has
no column for (description, kind, level, framework, location, priority) in columns
grouped and collapsed to the right of it (outside the print area), and a hidden ID
column with each measure's uid. A hidden metadata sheet names the plan and holds the
base snapshot (:mod:`~coopdesk.exchange.snapshot`).

Every text goes through ``write_string``, so a cell that starts with = + - @ stays
text: nothing a plan holds can become a formula in the partner's Excel. The workbook
is written with XlsxWriter's ``constant_memory`` mode, row by row, to a temporary file
that replaces the target only once complete.
"""

from __future__ import annotations

import contextlib
import os
import re
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from coopdesk import __version__
from coopdesk.domain.model import Plan, Sector
from coopdesk.domain.timing import parse_timing
from coopdesk.domain.vocab import Framework, Kind, Level, Priority, Status
from coopdesk.errors import CoopDeskError, ValidationError, msg
from coopdesk.exchange.guard import META_SHEET
from coopdesk.exchange.model import (
    EXPORT_COLUMNS,
    MAX_CELL_CHARS,
    Progress,
    no_progress,
)
from coopdesk.exchange.snapshot import NOTE, meta_rows, pack, plan_head, snapshot_document
from coopdesk.exchange.vocab_labels import EXPORT_LANGS, vocab_label

#: The languages of the export's headers, vocabulary names and sheet name.
LANGS = EXPORT_LANGS

#: The official columns, then the detail columns (grouped, collapsed), then the ID.
OFFICIAL_COLUMNS: tuple[str, ...] = (
    "number",
    "title",
    "form",
    "timing",
    "responsible_a",
    "responsible_b",
    "status",
    "notes",
)
DETAIL_COLUMNS: tuple[str, ...] = (
    "description",
    "kind",
    "level",
    "framework",
    "location",
    "priority",
)
ALL_COLUMNS: tuple[str, ...] = (*OFFICIAL_COLUMNS, *DETAIL_COLUMNS, "uid")
_WIDTHS = {
    "number": 9,
    "title": 48,
    "form": 22,
    "timing": 20,
    "responsible_a": 26,
    "responsible_b": 26,
    "status": 15,
    "notes": 26,
    "description": 40,
    "kind": 18,
    "level": 18,
    "framework": 14,
    "location": 18,
    "priority": 11,
    "uid": 38,
}

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "sheet": "Plan",
        "number": "No.",
        "title": "Measure",
        "form": "Form of completion",
        "timing": "Timing",
        "responsible_a": "Responsible ({party})",
        "responsible_b": "Responsible ({party})",
        "party_a": "party A",
        "party_b": "party B",
        "status": "Status",
        "notes": "Notes",
        "description": "Description",
        "kind": "Kind",
        "level": "Level",
        "framework": "Framework",
        "location": "Location",
        "priority": "Priority",
        "uid": "ID",
        "period": "Period: {start} – {end}",
        "signed": "Signed {date}",
        "signed_at": "Signed {date}, {place}",
        "footer": "&L{code}&CPage &P of &N&R{date}",
        "status_prompt": "Choose a status from the list.",
        "status_error": "Choose one of the statuses in the list.",
    },
    "ru": {
        "sheet": "План",
        "number": "№ п/п",
        "title": "Наименование мероприятия",
        "form": "Форма завершения",
        "timing": "Срок исполнения",
        "responsible_a": "Ответственные исполнители ({party})",
        "responsible_b": "Ответственные исполнители ({party})",
        "party_a": "сторона А",
        "party_b": "сторона Б",
        "status": "Статус",
        "notes": "Примечание",
        "description": "Описание",
        "kind": "Вид",
        "level": "Уровень",
        "framework": "Формат",
        "location": "Место проведения",
        "priority": "Приоритет",
        "uid": "ID",
        "period": "Период: {start} – {end}",
        "signed": "Подписан {date}",
        "signed_at": "Подписан {date}, {place}",
        "footer": "&L{code}&CСтр. &P из &N&R{date}",
        "status_prompt": "Выберите статус из списка.",
        "status_error": "Выберите один из статусов списка.",
    },
    # The terms of resources/translations/GLOSSARY.md.
    "kk": {
        "sheet": "Жоспар",
        "number": "р/с №",
        "title": "Іс-шараның атауы",
        "form": "Аяқтау нысаны",
        "timing": "Орындау мерзімі",
        "responsible_a": "Жауапты орындаушылар ({party})",
        "responsible_b": "Жауапты орындаушылар ({party})",
        "party_a": "А тарап",
        "party_b": "Б тарап",
        "status": "Күйі",
        "notes": "Ескертпе",
        "description": "Сипаттамасы",
        "kind": "Түрі",
        "level": "Деңгейі",
        "framework": "Форматы",
        "location": "Өткізілетін орны",
        "priority": "Басымдығы",
        "uid": "ID",
        "period": "Кезең: {start} – {end}",
        "signed": "Қол қойылды: {date}",
        "signed_at": "Қол қойылды: {date}, {place}",
        "footer": "&L{code}&C&N беттің &P-беті&R{date}",
        "status_prompt": "Күйді тізімнен таңдаңыз.",
        "status_error": "Тізімдегі күйлердің бірін таңдаңыз.",
    },
}
#: A party name longer than this is not repeated in the responsible headers.
_PARTY_IN_HEADER = 60
#: Report progress every so many rows.
_STEP = 2000
#: Row height of one line of 10 pt Arial, and characters per unit of column width.
_LINE_POINTS = 12.75
_CHARS_PER_WIDTH = 1.3


def _lines(text: str, width: float) -> int:
    """Lines ``text`` wraps to in a column ``width`` characters wide (an estimate)."""
    per_line = max(int(width * _CHARS_PER_WIDTH), 1)
    if len(text) <= per_line and "\n" not in text:
        return 1
    return sum(max(-(-len(part) // per_line), 1) for part in text.split("\n"))


def _height(lines: int, points: float = _LINE_POINTS) -> float:
    # Excel and LibreOffice do not grow rows for wrapped text on their own when they
    # open a file, so each row gets the height its longest cell needs.
    return min(4 + points * lines, 409)


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    plan_code: str
    sectors: int
    measures: int


def _check(text: str, where: str) -> str:
    if len(text) > MAX_CELL_CHARS:
        raise ValidationError(
            msg(
                "{where} is {length:,} characters long; an Excel cell holds at most {limit:,}, so "
                "shorten it before exporting."
            ),
            where=where,
            length=len(text),
            limit=MAX_CELL_CHARS,
        )
    return text


def _day(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "…"


def title_block(plan: Plan, lang: str) -> list[str]:
    """The lines above the table: title, parties, period and signature."""
    labels = LABELS[lang]
    lines = [plan.title]
    if plan.party_a or plan.party_b:
        lines.append(" — ".join(p for p in (plan.party_a, plan.party_b) if p))
    facts = []
    if plan.period_start or plan.period_end:
        facts.append(
            labels["period"].format(start=_day(plan.period_start), end=_day(plan.period_end))
        )
    if plan.signed_date:
        key = "signed_at" if plan.signed_place else "signed"
        facts.append(labels[key].format(date=_day(plan.signed_date), place=plan.signed_place))
    if facts:
        lines.append(" · ".join(facts))
    return lines


def header_labels(plan: Plan, lang: str) -> list[str]:
    """The header row's labels in :data:`ALL_COLUMNS` order."""
    labels = LABELS[lang]
    out = []
    for name in ALL_COLUMNS:
        label = labels[name]
        if name in ("responsible_a", "responsible_b"):
            party = plan.party_a if name == "responsible_a" else plan.party_b
            if not party or len(party) > _PARTY_IN_HEADER:
                party = labels["party_a" if name == "responsible_a" else "party_b"]
            label = label.format(party=party)
        out.append(label)
    return out


def write_plan_workbook(
    path: Path | str,
    plan: Plan,
    sectors: Sequence[Sector],
    rows: Sequence[tuple],
    lang: str = "en",
    progress: Progress = no_progress,
) -> ExportSummary:
    """Write the workbook.

    ``sectors`` in tree order; ``rows`` are measure rows in plan order with the
    columns of :data:`coopdesk.exchange.model.EXPORT_COLUMNS` (plain data: this
    package reads no store; :mod:`coopdesk.services.exports` does).
    """
    import xlsxwriter

    if lang not in LANGS:
        raise ValidationError(
            msg("Unknown export language '{lang}' (one of: {langs})"),
            lang=lang,
            langs=", ".join(LANGS),
        )
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CoopDeskError(
            msg("Cannot export to {path}: the folder {folder} does not exist"),
            path=str(path),
            folder=str(folder),
        )
    labels = LABELS[lang]
    # Written beside the target and moved over it when complete. Made with os.open
    # rather than mkstemp, whose private mode (0600) the finished file would keep.
    temp_name = str(folder / f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")
    try:
        os.close(os.open(temp_name, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    except OSError as exc:
        raise CoopDeskError(
            msg("Cannot export to {path}: {reason}"),
            path=str(path),
            reason=str(exc.strerror or exc),
        ) from None
    try:
        workbook = xlsxwriter.Workbook(
            temp_name,
            {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False},
        )
        workbook.set_properties({"title": plan.title, "comments": f"CoopDesk {__version__}"})
        formats = _formats(workbook)
        sheet = workbook.add_worksheet(labels["sheet"])
        meta = workbook.add_worksheet(META_SHEET)
        sheet.activate()
        meta.hide()
        # The base snapshot is packed beside the writing of the plan sheet: zlib lets
        # go of the interpreter while it compresses, so the two overlap on two cores.
        code_of = {s.id: s.code for s in sectors if s.id is not None}
        with ThreadPoolExecutor(1, thread_name_prefix="coopdesk-snapshot") as pool:
            packed = pool.submit(lambda: pack(snapshot_document(rows, code_of)))
            hints = _write_plan_sheet(sheet, formats, plan, sectors, rows, lang, progress)
            snapshot = packed.result()
        exported_at = datetime.now(UTC).replace(microsecond=0).isoformat()
        _write_meta_sheet(meta, plan, sectors, snapshot, hints, lang, len(rows), exported_at)
        progress(len(rows), len(rows), "save")
        workbook.close()
        os.replace(temp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise CoopDeskError(
            msg("Cannot export to {path}: {reason}"),
            path=str(path),
            reason=str(exc.strerror or exc),
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    return ExportSummary(path, plan.code, len(sectors), len(rows))


def _formats(workbook: Any) -> dict[str, Any]:
    base = {"font_name": "Arial", "font_size": 10, "valign": "top", "text_wrap": True}
    cell = {**base, "border": 1}
    return {
        "title": workbook.add_format(
            {**base, "bold": True, "font_size": 14, "align": "center", "valign": "vcenter"}
        ),
        "subtitle": workbook.add_format({**base, "align": "center"}),
        "header": workbook.add_format(
            {**cell, "bold": True, "align": "center", "valign": "vcenter", "bg_color": "#D9E1F2"}
        ),
        "colnum": workbook.add_format(
            {**cell, "italic": True, "font_size": 8, "align": "center", "bg_color": "#F2F2F2"}
        ),
        "section": workbook.add_format({**cell, "bold": True, "bg_color": "#EDEDED"}),
        "cell": workbook.add_format(cell),
        "number": workbook.add_format({**cell, "align": "left"}),
        "column": workbook.add_format(base),
        # Conditional formats may carry borders but no fonts: the border alone.
        "border": workbook.add_format({"border": 1}),
    }


#: Joins a row's texts for one look: a space beside it is a cell's leading or trailing one.
_SEPARATOR = "¦"
#: Text that looks like Excel's escape of a character (XlsxWriter escapes it again).
_LOOKS_ESCAPED = re.compile(r"_x[0-9a-fA-F]{4}_").search
#: A row with more characters than this takes XlsxWriter's writer (which checks each
#: text against Excel's limit in UTF-16 units).
_FAST_CHARS = 16_000


def _plain(probe: str) -> bool:
    """Whether XlsxWriter would write the texts joined in ``probe`` exactly as they are.

    Not so for XML's special characters (escaped), control characters, U+FFFE/U+FFFF
    and text like "_x0041_" (escaped as _xHHHH_), or leading or trailing whitespace
    (``xml:space="preserve"``). Printable text has no whitespace but the space; each
    test here runs at C speed, as it runs on every row.
    """
    return (
        len(probe) <= _FAST_CHARS
        and probe.isprintable()
        and "&" not in probe
        and "<" not in probe
        and ">" not in probe
        and " ¦" not in probe
        and "¦ " not in probe
        and probe[:1] != " "
        and probe[-1:] != " "
        and ("_x" not in probe or _LOOKS_ESCAPED(probe) is None)
    )


class _RowXml:
    """Writes a measure row of plain text straight into XlsxWriter's row data.

    At 100,000 measures fifteen ``write_string`` calls a row, each stored, then
    written cell by cell by XlsxWriter, are nearly all of the export's time. A row
    whose texts XlsxWriter writes as they are (see :func:`_plain`) is written as one
    string instead, the same bytes XlsxWriter writes for it
    (``constant_memory`` mode: inline strings, one row at a time to a temporary file).
    """

    def __init__(self, sheet: Any, number_fmt: Any, cell_fmt: Any) -> None:
        self.sheet = sheet
        self.flush = sheet._write_single_row
        self.dimensions = sheet._check_dimensions
        self.number_style = f' s="{number_fmt._get_xf_index()}"'
        self.cell_style = f' s="{cell_fmt._get_xf_index()}"'
        self.heights: dict[int, str] = {}
        self.pending: list[str] = []
        self.last = -1

    def _row_attributes(self, lines: int) -> str:
        found = self.heights.get(lines)
        if found is None:
            # As Worksheet.set_row stores it (pixels) and _write_row writes it.
            pixels = int(_height(lines) * 4.0 / 3.0 + 0.5)
            found = (
                f' ht="{pixels * 0.75:.16g}" customHeight="1"'
                if pixels != self.sheet.original_row_height
                else ""
            )
            self.heights[lines] = found
        return found

    def write(
        self, r: int, lines: int, number: str, title: str, form: str, timing: str,
        resp_a: str, resp_b: str, status: str, notes: str, description: str, kind: str,
        level: str, framework: str, location: str, priority: str, uid: str,
    ) -> None:  # fmt: skip
        """Write measure row ``r`` (0-based); ``lines`` > 1 gives it that height."""
        if not self.pending:
            # XlsxWriter's own row waiting to be written goes first; r is then its
            # "current" row (rows kept here follow each other: nothing waits between).
            self.flush(r)
        else:
            self.sheet.previous_row = r
        n = r + 1
        s, cs = self.number_style, self.cell_style
        parts = [
            f'<row r="{n}"{self._row_attributes(lines) if lines > 1 else ""}>'
            f'<c r="A{n}"{s} t="inlineStr"><is><t>{number}</t></is></c>'
            f'<c r="B{n}"{cs} t="inlineStr"><is><t>{title}</t></is></c>'
        ]
        if form:
            parts.append(f'<c r="C{n}"{cs} t="inlineStr"><is><t>{form}</t></is></c>')
        if timing:
            parts.append(f'<c r="D{n}"{cs} t="inlineStr"><is><t>{timing}</t></is></c>')
        if resp_a:
            parts.append(f'<c r="E{n}"{cs} t="inlineStr"><is><t>{resp_a}</t></is></c>')
        if resp_b:
            parts.append(f'<c r="F{n}"{cs} t="inlineStr"><is><t>{resp_b}</t></is></c>')
        parts.append(f'<c r="G{n}"{cs} t="inlineStr"><is><t>{status}</t></is></c>')
        if notes:
            parts.append(f'<c r="H{n}"{cs} t="inlineStr"><is><t>{notes}</t></is></c>')
        parts.append(
            f'<c r="I{n}" t="inlineStr"><is><t>{description}</t></is></c>'
            f'<c r="J{n}" t="inlineStr"><is><t>{kind}</t></is></c>'
            f'<c r="K{n}" t="inlineStr"><is><t>{level}</t></is></c>'
            f'<c r="L{n}" t="inlineStr"><is><t>{framework}</t></is></c>'
            f'<c r="M{n}" t="inlineStr"><is><t>{location}</t></is></c>'
            f'<c r="N{n}" t="inlineStr"><is><t>{priority}</t></is></c>'
            f'<c r="O{n}" t="inlineStr"><is><t>{uid}</t></is></c></row>'
        )
        pending = self.pending
        pending.append("".join(parts))
        self.last = r
        if len(pending) >= 512:
            self.drain()

    def drain(self) -> None:
        """Hand the rows kept back to the file; call before XlsxWriter writes a cell."""
        if self.pending:
            self.sheet.row_data_fh.write("".join(self.pending))
            self.pending.clear()
            # The sheet's stated extent (its first row and column are set by the title).
            self.dimensions(self.last, len(ALL_COLUMNS) - 1)


def _too_long(row: tuple, measure: str, lang: str) -> None:
    """Refuse the export when a text of the measure ``row`` does not fit in a cell.

    The message names the measure and the field: Excel would keep only the first
    32,767 characters, and a cut that nobody sees is lost words.
    """
    for name, value in zip(EXPORT_COLUMNS, row, strict=False):
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            en = LABELS["en"]
            party = en["party_a" if name == "responsible_a" else "party_b"]
            key = name.removesuffix("_text")  # the timing's words are "timing_text"
            field = en.get(key, key.replace("_", " ").capitalize()).format(party=party)
            _check(value, f"Measure {measure}, field '{field}',")


def _write_plan_sheet(
    sheet: Any,
    formats: dict[str, Any],
    plan: Plan,
    sectors: Sequence[Sector],
    rows: Sequence[tuple],
    lang: str,
    progress: Progress,
) -> list[list[Any]]:
    """Write the plan sheet; return the hint rows of what it wrote.

    A hint is kept for a measure whose pinned number or timing span an import could
    not tell from the sheet: a pinned number equal to the automatic one (or the
    reverse), or a span other than the one its words mean.
    """
    labels = LABELS[lang]
    last_official = len(OFFICIAL_COLUMNS) - 1
    id_col = len(ALL_COLUMNS) - 1
    for index, name in enumerate(ALL_COLUMNS):
        if name in DETAIL_COLUMNS:
            sheet.set_column(index, index, _WIDTHS[name], None, {"level": 1, "hidden": True})
        elif name == "uid":
            sheet.set_column(index, index, _WIDTHS[name], None, {"hidden": True, "collapsed": True})
        else:
            # Cells typed later in Excel take the column's wrapping and font.
            sheet.set_column(index, index, _WIDTHS[name], formats["column"])
    write = sheet.write_string
    set_row = sheet.set_row
    widths = [_WIDTHS[name] for name in OFFICIAL_COLUMNS]
    table_width = sum(widths)
    r = 0
    for i, line in enumerate(title_block(plan, lang)):
        fmt = formats["title" if i == 0 else "subtitle"]
        points = 18.0 if i == 0 else _LINE_POINTS
        set_row(r, _height(_lines(line, table_width * (0.7 if i == 0 else 1)), points))
        sheet.merge_range(r, 0, r, last_official, _check(line, "The plan's title"), fmt)
        r += 1
    r += 1
    header_row = r
    header = header_labels(plan, lang)
    set_row(
        r,
        _height(max(_lines(t, _WIDTHS[n] * 0.9) for t, n in zip(header, ALL_COLUMNS, strict=True))),
    )
    for col, label in enumerate(header):
        write(r, col, _check(label, "A party's name"), formats["header"])
    r += 1
    for col in range(len(ALL_COLUMNS) - 1):
        sheet.write_number(r, col, col + 1, formats["colnum"])
    r += 1
    first_data = r

    status_labels = {s.value: vocab_label(s, lang) for s in Status}
    kinds, levels, frameworks, priorities = (
        {m.value: vocab_label(m, lang) for m in vocab}  # type: ignore[attr-defined]
        for vocab in (Kind, Level, Framework, Priority)
    )
    levels[None] = levels[""] = ""  # type: ignore[index]
    # The detail columns are written without a format: they are hidden, and at
    # 100,000 rows six formatted cells a row cost a tenth of the export.
    cell, number_fmt, section_fmt = formats["cell"], formats["number"], formats["section"]
    # Characters that fit on one line of each wrapped column (see _lines).
    wrapped = ("title", "form", "timing", "responsible_a", "responsible_b", "notes")
    c_title, c_form, c_timing, c_a, c_b, c_notes = (
        int(_WIDTHS[n] * _CHARS_PER_WIDTH) for n in wrapped
    )
    w_title, w_form, w_timing, w_a, w_b, w_notes = (_WIDTHS[n] for n in wrapped)
    by_sector: dict[int, list[tuple]] = {}
    for row in rows:
        by_sector.setdefault(row[2], []).append(row)
    row_xml = _RowXml(sheet, number_fmt, cell)
    write_row_xml, drain = row_xml.write, row_xml.drain
    hints: list[list[Any]] = []
    period = plan.period
    spans: dict[str, tuple] = {}
    total = len(rows)
    done = 0
    for sector in sectors:
        drain()  # the rows kept back go before the section row
        code = sector.code
        name = _check(sector.name, f"The name of sector {code}")
        lines = _lines(name, table_width - widths[0])
        if lines > 1:
            set_row(r, _height(lines))
        write(r, 0, f"{code}." if code else "", section_fmt)
        sheet.merge_range(r, 1, r, last_official, name, section_fmt)
        r += 1
        for index, row in enumerate(by_sector.pop(sector.id, ()), start=1):  # type: ignore[arg-type]
            (uid, pinned, _sid, number, title, description, kind, level, framework, resp_a,
             resp_b, form, timing, start, end, precision, location, status, priority,
             notes) = row  # fmt: skip
            lines = 1
            if (
                len(title) > c_title
                or len(form) > c_form
                or len(timing) > c_timing
                or len(resp_a) > c_a
                or len(resp_b) > c_b
                or len(notes) > c_notes
                or "\n" in title
                or "\n" in form
                or "\n" in notes
            ):
                if (
                    max(map(len, (title, description, notes, form, resp_a, resp_b)))
                    > MAX_CELL_CHARS
                    or len(timing) > MAX_CELL_CHARS
                    or len(location) > MAX_CELL_CHARS
                ):
                    _too_long(row, number or title[:40], lang)
                # Only the cells that wrap are measured: most rows wrap in the title alone.
                lines = 1
                for text, chars, width in (
                    (title, c_title, w_title),
                    (form, c_form, w_form),
                    (timing, c_timing, w_timing),
                    (resp_a, c_a, w_a),
                    (resp_b, c_b, w_b),
                    (notes, c_notes, w_notes),
                ):
                    if len(text) > chars or "\n" in text:
                        lines = max(lines, _lines(text, width))
            elif len(description) > MAX_CELL_CHARS or len(location) > MAX_CELL_CHARS:
                _too_long(row, number or title[:40], lang)
            status_label = status_labels[status]
            kind_label, level_label = kinds[kind], levels[level]
            framework_label, priority_label = frameworks[framework], priorities[priority]
            probe = _SEPARATOR.join(
                (number, title, form, timing, resp_a, resp_b, status_label, notes, description,
                 kind_label, level_label, framework_label, location, priority_label, uid)
            )  # fmt: skip
            if _plain(probe):
                # Plain text (nearly every row): the row's XML is written in one piece,
                # exactly as XlsxWriter writes it (tests/exchange/test_export_rows.py).
                write_row_xml(
                    r, lines, number, title, form, timing, resp_a, resp_b, status_label, notes,
                    description, kind_label, level_label, framework_label, location,
                    priority_label, uid,
                )  # fmt: skip
            else:
                drain()
                if lines > 1:
                    set_row(r, _height(lines))
                # Empty cells are not written: the table's borders come from a conditional
                # format over its range, which also borders whatever is typed in later.
                write(r, 0, number, number_fmt)
                write(r, 1, title, cell)
                if form:
                    write(r, 2, form, cell)
                if timing:
                    write(r, 3, timing, cell)
                if resp_a:
                    write(r, 4, resp_a, cell)
                if resp_b:
                    write(r, 5, resp_b, cell)
                write(r, 6, status_label, cell)
                if notes:
                    write(r, 7, notes, cell)
                write(r, 8, description)
                write(r, 9, kind_label)
                write(r, 10, level_label)
                write(r, 11, framework_label)
                write(r, 12, location)
                write(r, 13, priority_label)
                write(r, 14, uid)
            r += 1
            span = spans.get(timing)
            if span is None:
                parsed = parse_timing(timing, period)
                span = spans[timing] = (
                    parsed.start.isoformat() if parsed.start else None,
                    parsed.end.isoformat() if parsed.end else None,
                    parsed.precision.value,
                )
            if (
                bool(pinned) != (number != f"{code}.{index}")
                or span[0] != start
                or span[1] != end
                or span[2] != precision
            ):
                hints.append([uid, 1 if pinned else 0, start, end, precision, number, timing])
            done += 1
            if done % _STEP == 0:
                progress(done, total, "write")
    drain()
    if by_sector:
        raise ValidationError(
            msg("{count} measure(s) belong to no sector of the plan"),
            count=sum(map(len, by_sector.values())),
        )
    last_row = max(r - 1, first_data)

    sheet.conditional_format(
        first_data,
        0,
        last_row,
        last_official,
        {"type": "formula", "criteria": "TRUE", "format": formats["border"]},
    )
    sheet.freeze_panes(first_data, 0)
    sheet.autofilter(header_row, 0, last_row, id_col)
    sheet.data_validation(
        first_data,
        6,
        last_row,
        6,
        {
            "validate": "list",
            "source": list(status_labels.values()),
            "input_message": labels["status_prompt"],
            "error_message": labels["status_error"],
        },
    )
    for col, vocab in ((9, kinds), (10, levels), (11, frameworks), (13, priorities)):
        sheet.data_validation(
            first_data,
            col,
            last_row,
            col,
            {"validate": "list", "source": [v for k, v in vocab.items() if k]},
        )
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row, header_row + 1)
    sheet.print_area(0, 0, last_row, last_official)
    sheet.center_horizontally()
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    today = date.today().strftime("%d.%m.%Y")
    footer = labels["footer"].format(code=plan.code.replace("&", "&&"), date=today)
    sheet.set_footer(footer)
    return hints


def _write_meta_sheet(
    meta: Any,
    plan: Plan,
    sectors: Sequence[Sector],
    snapshot: list[str],
    hints: list[list[Any]],
    lang: str,
    count: int,
    exported_at: str,
) -> None:
    head = plan_head(plan, sectors, hints)
    meta.set_column(0, 0, 16)
    meta.set_column(1, 1, 60)
    meta.write_string(0, 0, "CoopDesk")
    meta.write_string(0, 1, NOTE)
    r = 1
    for key, value in meta_rows(plan.id, plan.uid, plan.code, exported_at, lang, count):
        meta.write_string(r, 0, key)
        meta.write_string(r, 1, value)
        r += 1
    for key, chunks in (("head", pack(head)), ("snapshot", snapshot)):
        for chunk in chunks:
            meta.write_string(r, 0, key)
            meta.write_string(r, 1, chunk)
            r += 1
