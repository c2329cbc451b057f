"""Finds a plan of measures in a grid of cells laid out the official way.

Partner sheets follow one shape with endless small variations (see the brief): title
rows, then a header row, perhaps a second header row under merged cells, perhaps a
row of column numbers (1 2 3 ...), then section rows and measure rows, then a
signature block or footnotes. :func:`parse_grid` reads that shape:

Header
    The header row is the row among the first :data:`HEADER_SCAN_ROWS` non-empty
    rows whose cells name the most distinct fields (:data:`SYNONYMS`, English,
    Russian and Kazakh); it needs the measure column (or a description column)
    and one more. A header is matched after casefolding, dropping parenthesised
    parts and punctuation, exactly or by a leading phrase ("Срок исполнения
    (квартал)" is the timing). The first responsible column is party A's, the
    second party B's; a "Responsible" cell merged over two columns with a row of
    sub-headers under it gives both. A row of column numbers under the header is
    skipped.

Sections
    A row is a section when its text sits in one cell merged across columns, or
    when it has only a section number and a name, or only one text cell. Section
    numbers are ``1.``, ``1.1.``, ``I.``, ``Раздел 2``; their parts give the depth.
    An unnumbered section sits one level below the last numbered one (or at the
    top when there is none) and gets a code after its parent's ("I.2").

Measures
    Every other row with values in the table's columns. A cell merged down over
    several rows gives its value to each of them. Values are kept exactly as
    written; vocabulary cells (status, kind ...) are read by code or label.

End of the table
    A row with a signature line ("____", "М.П."), a footnote mark ("*", "Note:",
    "Примечание:") in its first cell, or, after an empty row, a row that is
    neither a numbered measure nor a section, ends the table: signature blocks
    and footnotes are not measures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from coopdesk.domain.model import MEASURE_FIELDS
from coopdesk.domain.vocab import Framework, Kind, Level, Priority, Status, Vocabulary
from coopdesk.errors import Text, msg
from coopdesk.exchange.model import (
    MAX_CELL_CHARS,
    ColumnChoice,
    ImportRefused,
    ImportResult,
    Problem,
    SheetGrid,
    SheetMeasure,
    SheetSector,
    WorkbookData,
    column_letter,
)
from coopdesk.exchange.vocab_labels import parse_kk

#: How many non-empty rows from the top may hold the header.
HEADER_SCAN_ROWS = 30

#: Header words per field; matched after :func:`header_key`. English, Russian, Kazakh.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": (
        "no", "nr", "#", "№", "n", "№ п/п", "n п/п", "№п/п", "п/п", "p/p", "no п/п",
        "item", "item no", "number", "ref", "номер", "р/с", "р/с №", "№ р/с", "р/н", "№ р/н",
        "реттік №", "нөмірі",
    ),
    "title": (
        "measure", "measures", "name of measure", "name of the measure", "measure title",
        "title", "name", "activity", "activities", "action", "actions", "event", "events",
        "name of event", "name of the event",
        "наименование мероприятия", "наименование мероприятий", "наименование",
        "мероприятие", "мероприятия", "название мероприятия",
        "іс-шараның атауы", "іс-шаралардың атауы", "іс-шара", "іс-шаралар", "атауы",
    ),
    "description": (
        "description", "details", "content", "описание", "содержание",
        "содержание мероприятия", "сипаттама", "сипаттамасы", "мазмұны",
    ),
    "form": (
        "form of completion", "form of implementation", "completion form", "form",
        "expected result", "expected outcome", "result", "outcome", "deliverable",
        "форма завершения", "форма исполнения", "форма реализации", "форма завершения мероприятия",
        "ожидаемый результат", "результат",
        "аяқтау нысаны", "аяқталу нысаны", "орындау нысаны", "күтілетін нәтиже", "нәтиже",
    ),
    "timing": (
        "timing", "timeline", "timeframe", "time frame", "deadline", "deadlines", "date",
        "dates", "period", "term", "terms", "time", "when", "implementation period",
        "срок", "сроки", "срок исполнения", "сроки исполнения", "срок проведения",
        "сроки проведения", "срок реализации", "сроки реализации", "дата", "даты",
        "дата проведения", "период", "период проведения",
        "орындау мерзімі", "орындалу мерзімі", "мерзімі", "мерзім", "өткізу мерзімі",
        "іске асыру мерзімі", "күні",
    ),
    "responsible": (
        "responsible", "responsible agencies", "responsible agency", "responsible bodies",
        "responsible executors", "responsible parties", "responsible for implementation",
        "executors", "executor", "implementing agencies", "implementing agency",
        "ответственные исполнители", "ответственный исполнитель", "ответственные",
        "ответственный", "исполнители", "исполнитель", "ответственные за исполнение",
        "жауапты орындаушылар", "жауапты орындаушы", "жауаптылар", "жауапты",
        "орындаушылар", "орындаушы",
    ),
    "notes": (
        "notes", "note", "remarks", "remark", "comments", "comment",
        "примечание", "примечания", "комментарий", "комментарии",
        "ескертпе", "ескертпелер", "ескерту", "түсініктеме",
    ),
    "status": (
        "status", "state", "статус", "состояние", "мәртебесі", "мәртебе", "күйі", "жағдайы",
    ),
    "kind": (
        "kind", "type", "type of measure", "вид", "вид мероприятия", "тип", "түрі",
        "іс-шара түрі",
    ),
    "level": ("level", "уровень", "деңгейі", "деңгей"),
    "framework": (
        "framework", "format", "формат", "рамки", "в рамках", "формат взаимодействия",
        "шеңбері", "шеңбер", "форматы",
    ),
    "location": (
        "location", "place", "venue", "место", "место проведения", "өткізу орны", "орны",
        "орын", "өткізілетін орны",
    ),
    "priority": ("priority", "приоритет", "басымдық", "басымдылық", "басымдығы"),
    "uid": ("id", "coopdesk id", "uid", "measure id"),
}  # fmt: skip

#: Status words partners write that are not CoopDesk's own labels.
STATUS_WORDS: dict[str, Status] = {
    "исполнено": Status.DONE,
    "выполнен": Status.DONE,
    "проведено": Status.DONE,
    "реализовано": Status.DONE,
    "completed": Status.DONE,
    "complete": Status.DONE,
    "implemented": Status.DONE,
    "орындалды": Status.DONE,
    "өткізілді": Status.DONE,
    "выполняется": Status.IN_PROGRESS,
    "в процессе": Status.IN_PROGRESS,
    "в процессе исполнения": Status.IN_PROGRESS,
    "в стадии реализации": Status.IN_PROGRESS,
    "ongoing": Status.IN_PROGRESS,
    "орындалуда": Status.IN_PROGRESS,
    "орындалу үстінде": Status.IN_PROGRESS,
    "готовится": Status.IN_PREPARATION,
    "дайындалуда": Status.IN_PREPARATION,
    "запланирован": Status.PLANNED,
    "запланирована": Status.PLANNED,
    "жоспарланған": Status.PLANNED,
    "жоспарланды": Status.PLANNED,
    "перенесен": Status.POSTPONED,
    "перенесена": Status.POSTPONED,
    "отложено": Status.POSTPONED,
    "кейінге қалдырылды": Status.POSTPONED,
    "отменен": Status.CANCELLED,
    "отменена": Status.CANCELLED,
    "canceled": Status.CANCELLED,
    "тоқтатылды": Status.CANCELLED,
    "жойылды": Status.CANCELLED,
}

VOCAB_FIELDS: dict[str, type[Vocabulary]] = {
    "kind": Kind,
    "level": Level,
    "framework": Framework,
    "status": Status,
    "priority": Priority,
}
#: What an empty vocabulary cell means.
VOCAB_DEFAULTS = {
    "kind": Kind.OTHER.value,
    "level": "",
    "framework": Framework.BILATERAL.value,
    "status": Status.PLANNED.value,
    "priority": Priority.NORMAL.value,
}
#: Names of the catch-all sector for measures above the first section row.
DEFAULT_SECTOR_NAMES = {"en": "Measures", "ru": "Мероприятия", "kk": "Іс-шаралар"}

_PUNCTUATION = str.maketrans(dict.fromkeys(".,:;*\"'«»“”„", " "))
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SPACES = re.compile(r"\s+")
_ROMAN_CHARS = str.maketrans({"І": "I", "Х": "X", "Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV"})
_SECTION_WORD = r"(?:раздел|section|part|часть|бөлім|глава|chapter)"
_NUMBER_RX = re.compile(
    rf"^(?:{_SECTION_WORD}\s+)?(?P<num>(?:[IVXLC]{{1,7}}|\d{{1,3}})(?:\.\d{{1,3}})*)\.?$",
    re.IGNORECASE,
)
_PREFIXED_RX = re.compile(
    rf"^\s*(?:(?P<word>{_SECTION_WORD})\s+)?"
    r"(?P<num>(?:[IVXLC]{1,7}|\d{1,3})(?:\.\d{1,3})*)(?P<sep>[.)]|\s*[:\-–—])?\s+(?P<name>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ROMAN_RX = re.compile(r"^[IVXLC]+$")
_FOOTNOTE_RX = re.compile(
    r"^\s*(?:\*|¹|²|\(\*\)|(?:примечани[ея]|notes?|ескертпе|ескерту|сноск[аи]|source|источник)\s*:)",
    re.IGNORECASE,
)
_SIGNATURE_RX = re.compile(r"_{4,}|\bм\.\s?п\.|\bl\.\s?s\.|\bm\.\s?p\.", re.IGNORECASE)
_SIGNATURE_PHRASE_RX = re.compile(
    r"^\s*(?:for the\b|on behalf of\b|от имени\b|от министерства\b|за министерство\b|"
    r"\S.*\b(?:атынан|тарапынан)\b)",
    re.IGNORECASE,
)
_KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def header_key(text: str) -> str:
    """The matching form of a header: casefolded, no parentheses, punctuation or extra space."""
    s = text.casefold().replace("ё", "е")
    s = _PARENS.sub(" ", s).translate(_PUNCTUATION)
    return _SPACES.sub(" ", s).strip()


def _synonym_table() -> tuple[dict[str, str], list[tuple[str, str]]]:
    exact: dict[str, str] = {}
    for name, words in SYNONYMS.items():
        for word in words:
            exact.setdefault(header_key(word), name)
    prefixes = sorted(((k, f) for k, f in exact.items() if len(k) >= 4), key=lambda kv: -len(kv[0]))
    return exact, prefixes


_EXACT, _PREFIXES = _synonym_table()


def match_header(text: str) -> str | None:
    """The field a header names ("responsible" for either party), or None."""
    key = header_key(text)
    if not key:
        return None
    found = _EXACT.get(key)
    if found:
        return found
    for prefix, name in _PREFIXES:
        if key.startswith(prefix + " "):
            return name
    return None


def cell_text(value: Any) -> str:
    """A cell's value as the text a user sees: numbers without ".0", dates day first."""
    if value is None:
        return ""
    kind = value.__class__
    if kind is str:
        return value
    if kind is float:
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return format(value, ".15g")
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is int:
        return str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d.%m.%Y")
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


#: The coded fields as a message names them ("'maybe' is not a known status").
_VOCAB_NAMES = {
    "kind": msg("kind"),
    "level": msg("level"),
    "framework": msg("framework"),
    "status": msg("status"),
    "priority": msg("priority"),
}


def parse_vocab(name: str, text: str) -> str:
    """The code of a vocabulary cell (by code or label); ValueError naming the choices."""
    stripped = text.strip()
    if not stripped:
        return VOCAB_DEFAULTS[name]
    vocab = VOCAB_FIELDS[name]
    try:
        return vocab.parse(stripped).value
    except ValueError:
        kazakh = parse_kk(vocab, stripped)
        if kazakh is not None:
            return kazakh.value
        if name == "status":
            found = STATUS_WORDS.get(" ".join(stripped.casefold().split()))
            if found is not None:
                return found.value
        labels = ", ".join(m.label for m in vocab)  # type: ignore[attr-defined]
        # A ValueError (callers catch that) whose one argument the window can translate.
        raise ValueError(
            Text(
                msg("'{value}' is not a known {field} (one of: {choices})."),
                value=stripped,
                field=Text(_VOCAB_NAMES.get(name, name)),
                choices=labels,
            )
        ) from None


def section_number(text: str) -> str | None:
    """The code of a section number cell ("1.2." -> "1.2", "I." -> "I"), or None."""
    s = text.strip().translate(_ROMAN_CHARS)
    m = _NUMBER_RX.match(s)
    if m is None:
        return None
    return m["num"].upper() if _ROMAN_RX.match(m["num"].upper()) else m["num"]


def split_section(text: str) -> tuple[str | None, str]:
    """("1.2", "Name") from "1.2. Name"; (None, text) when the text has no section number."""
    s = text.strip()
    m = _PREFIXED_RX.match(s.translate(_ROMAN_CHARS))
    if m is None:
        return None, s
    num = m["num"]
    # "2023 visits" is a name; a number needs a dot, a bracket, a colon or a section word,
    # or several parts ("1.1 Visits").
    if not (m["sep"] or m["word"] or "." in num):
        return None, s
    if _ROMAN_RX.match(num.upper()):
        num = num.upper()
    return num, s[m.start("name") :].strip()


def _is_column_numbers(values: list[str]) -> bool:
    """Whether a row reads 1 2 3 ... (the official column-number row)."""
    numbers = []
    for v in values:
        if not v:
            continue
        if not v.isdigit():
            return False
        numbers.append(int(v))
    return len(numbers) >= 2 and numbers == sorted(set(numbers)) and numbers[0] <= 2


def detect_lang(texts: list[str]) -> str:
    """ "kk", "ru" or "en" from the letters of some header texts."""
    joined = "".join(texts)
    if any(ch in _KAZAKH_LETTERS for ch in joined):
        return "kk"
    if any("а" <= ch.lower() <= "я" for ch in joined):
        return "ru"
    return "en"


#: Letters of the ASCII alphabet, as bytes (deleted to count them).
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
#: Lead bytes of the UTF-8 of U+0400–U+04FF (Cyrillic, Kazakh letters included).
_CYRILLIC_LEADS = (b"\xd0", b"\xd1", b"\xd2", b"\xd3")
#: Measures whose text the language guess reads (the first ones of the sheet).
_GUESS_MEASURES = 500


def guess_language(texts: list[str]) -> str:
    """The language of a plan's text: "kk", "ru" or "en" (the plan's document language).

    Kazakh when its own letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І) make up at least 5 % of the
    Cyrillic letters (in Kazakh prose they are about a sixth), so that a Russian plan
    naming "Қазақстан" now and then stays Russian; Russian when Cyrillic letters are
    at least as many as Latin ones; English otherwise, and for a sheet with no letters.
    """
    joined = "\n".join(texts)
    raw = joined.encode()
    # Counted at C speed: a sheet's first measures may hold a few hundred kilobytes.
    cyrillic = sum(raw.count(lead) for lead in _CYRILLIC_LEADS)
    latin = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    if cyrillic == 0 or cyrillic < latin:
        return "en"
    kazakh = sum(joined.count(ch) for ch in _KAZAKH_LETTERS)
    return "kk" if kazakh >= 0.05 * cyrillic else "ru"


def _plan_text(
    title_lines: list[str], sectors: list[SheetSector], measures: list[SheetMeasure]
) -> list[str]:
    """The text the language guess reads: title block, sections, the first measures."""
    texts = [*title_lines, *(s.name for s in sectors if not s.implied)]
    for m in measures[:_GUESS_MEASURES]:
        values = m.values
        texts.append(values.get("title", ""))
        texts.append(values.get("description", ""))
        texts.append(values.get("form", ""))
    return texts


@dataclass(slots=True)
class _Header:
    row: int
    columns: dict[int, str]
    headers: dict[int, str]
    skip_rows: set[int] = field(default_factory=set)


def _header_candidates(
    grid: SheetGrid, merged_across: Mapping[tuple[int, int], int]
) -> _Header | None:
    best: _Header | None = None
    best_score = 0
    for position, (r, values) in enumerate(grid.rows[:HEADER_SCAN_ROWS]):
        columns: dict[int, str] = {}
        headers: dict[int, str] = {}
        responsible: list[int] = []
        for c, value in enumerate(values):
            if value.__class__ is not str or not value.strip():
                continue
            name = match_header(value)
            if name is None:
                continue
            headers[c] = value
            if name == "responsible":
                responsible.append(c)
                continue
            if name not in columns.values():
                columns[c] = name
        score = len(set(columns.values())) + (1 if responsible else 0)
        has_title = "title" in columns.values() or "description" in columns.values()
        if score >= 2 and has_title and score > best_score:
            best_score = score
            for i, c in enumerate(responsible[:2]):
                columns[c] = "responsible_a" if i == 0 else "responsible_b"
            best = _Header(r, columns, headers)
            _sub_headers(grid, position, best, responsible, merged_across)
    if best is not None and "title" not in best.columns.values():
        # No measure column: the description column names the measures.
        for c, name in list(best.columns.items()):
            if name == "description":
                best.columns[c] = "title"
    return best


def _sub_headers(
    grid: SheetGrid,
    position: int,
    header: _Header,
    responsible: list[int],
    merged_across: Mapping[tuple[int, int], int],
) -> None:
    """Handle a second header row under merged header cells, and the column-number row."""
    following = grid.rows[position + 1 : position + 3]
    if not following:
        return
    r, values = following[0]
    texts = [cell_text(v).strip() for v in values]
    spans = {
        c: merged_across[(header.row, c)]
        for c in header.headers
        if (header.row, c) in merged_across
    }
    if spans and r == header.row + 1 and not _is_column_numbers(texts):
        covered = {c for start, end in spans.items() for c in range(start, end + 1)}
        filled = [c for c, t in enumerate(texts) if t]
        if filled and all(c in covered or c in header.headers for c in filled):
            header.skip_rows.add(r)
            for start, end in spans.items():
                name = header.columns.get(start)
                if start in responsible and len(responsible) == 1 and end > start:
                    header.columns[start] = "responsible_a"
                    header.columns[start + 1] = "responsible_b"
                    for c in (start, start + 1):
                        if c < len(texts) and texts[c]:
                            header.headers[c] = f"{header.headers[start]} / {texts[c]}"
                elif name is not None:
                    for c in range(start + 1, end + 1):
                        if c < len(texts) and texts[c]:
                            header.headers[c] = f"{header.headers[start]} / {texts[c]}"
            if len(following) > 1:
                r, values = following[1]
                texts = [cell_text(v).strip() for v in values]
    if _is_column_numbers(texts):
        header.skip_rows.add(r)


@dataclass(slots=True)
class _SectorTree:
    """Builds the sector list while the rows go by."""

    sectors: list[SheetSector] = field(default_factory=list)
    by_code: dict[str, SheetSector] = field(default_factory=dict)
    children: dict[str | None, int] = field(default_factory=dict)
    last_numbered_depth: int = 0
    stack: list[SheetSector] = field(default_factory=list)

    def add(self, number: str | None, name: str, row: int) -> SheetSector:
        if number is not None:
            parts = number.split(".")
            depth = len(parts)
            parent_code = ".".join(parts[:-1]) or None
            if parent_code not in self.by_code:
                parent_code = (
                    self.stack[depth - 2].code if 1 < depth <= len(self.stack) + 1 else None
                )
            code = number
            self.last_numbered_depth = depth
        else:
            depth = self.last_numbered_depth + 1
            parent = self.stack[depth - 2] if 1 < depth <= len(self.stack) + 1 else None
            parent_code = parent.code if parent else None
            code = None
        if code is None or code in self.by_code:
            code = self._fresh_code(parent_code)
        depth = 1 if parent_code is None else len(self._chain(parent_code)) + 1
        sector = SheetSector(code=code, name=name, parent=parent_code, row=row)
        self.sectors.append(sector)
        self.by_code[code] = sector
        self.children[parent_code] = self.children.get(parent_code, 0) + 1
        del self.stack[depth - 1 :]
        self.stack.append(sector)
        return sector

    def _chain(self, code: str) -> list[str]:
        chain: list[str] = []
        current: str | None = code
        while current is not None and len(chain) < 64:
            chain.append(current)
            current = self.by_code[current].parent
        return chain

    def _fresh_code(self, parent: str | None) -> str:
        n = self.children.get(parent, 0) + 1
        while True:
            code = f"{parent}.{n}" if parent else str(n)
            if code not in self.by_code:
                return code
            n += 1


def parse_grid(
    data: WorkbookData,
    choices: Mapping[str, str] | None = None,
    remembered: Mapping[str, str] | None = None,
) -> ImportResult:
    """Understand the grid of ``data`` as a plan; raise :class:`ImportRefused` if it has none.

    ``choices`` maps the :func:`header_key` of a column the importer could not place
    to what the user wants done with it (a field, "notes" or "ignore");
    ``remembered`` is the same from earlier imports of this sender.
    """
    grid = data.grid
    removed = _remove_odd_chars(grid) if grid.odd_chars else []
    merged_across: dict[tuple[int, int], int] = {}
    merged_down: list[tuple[int, int, int]] = []
    for r1, c1, r2, c2 in grid.merged:
        if c2 > c1:
            merged_across[(r1, c1)] = c2
        if r2 > r1:
            merged_down.append((r1, c1, r2))
    header = _header_candidates(grid, merged_across)
    if header is None:
        raise ImportRefused(
            msg(
                "'{file}' has no table of measures in sheet '{sheet}': none of its first "
                "{rows} rows has headers such as 'No.', 'Measure' and 'Timing'."
            ),
            file=Path(data.path).name,
            sheet=grid.name,
            rows=HEADER_SCAN_ROWS,
        )
    columns = dict(header.columns)
    headers = {c: cell_text(v) for c, v in header.headers.items()}
    header_values = next(values for r, values in grid.rows if r == header.row)
    # The rows under the header, with the value of each cell merged down given to
    # every row it covers.
    body = [(r, values) for r, values in grid.rows if r > header.row and r not in header.skip_rows]
    if merged_down:
        _fill_down(body, merged_down)
    unmapped = _unmapped_columns(body, header_values, columns, choices, remembered)
    for choice in unmapped:
        # "notes" keeps "Header: value" lines in the notes; any other field takes the
        # values, unless another column has it already: then the notes keep them.
        if choice.choice in MEASURE_FIELDS and choice.choice != "notes":
            if choice.choice in columns.values():
                choice.choice = "notes"
            else:
                columns[choice.index] = choice.choice
                headers[choice.index] = choice.header
    reader = _TableReader(grid, columns, headers, unmapped, merged_across)
    for row_no, cells in removed:
        shown = ", ".join(cells[:10]) + (f" and {len(cells) - 10} more" if len(cells) > 10 else "")
        reader.problem(
            row_no,
            None,
            f"characters a workbook cannot hold (control characters, U+FFFE, U+FFFF) were "
            f"removed from cell(s) {shown}.",
            warn=True,
        )
    reader.read(body)
    sectors, measures = reader.finish()
    reader.warn_repeated_numbers(measures)
    if data.meta is not None:
        # An export knows each sector's parent, whatever its code looks like ("A" under
        # "1"); the numbering only guesses it. Sections added in the sheet keep the guess.
        parents = {s["code"]: s["parent"] for s in data.meta.sectors}
        known = {s.code for s in sectors}
        for sector in sectors:
            if sector.code in parents:
                parent = parents[sector.code]
                if parent is None or parent in known:
                    sector.parent = parent
    if not measures and not sectors:
        reader.problem(
            header.row + 1,
            None,
            "there are no sections or measures under the header row; check that this is the "
            "right sheet.",
        )
    title_lines = [
        " ".join(cell_text(v).split())
        for r, values in grid.rows
        if r < header.row
        for v in values
        if cell_text(v).strip()
    ]
    plan_values = plan_values_from_title(title_lines, data.path)
    plan_values["language"] = guess_language(_plan_text(title_lines, sectors, measures))
    if data.meta is not None and "language" not in data.meta.plan:
        # An export written before plans had a language: guessed like any sheet. A
        # newer export says what the plan had (perhaps "", never chosen) and keeps it.
        data.meta.plan["language"] = plan_values["language"]
    return ImportResult(
        path=data.path,
        sheet=grid.name,
        kind=data.kind,
        header_row=header.row + 1,
        columns=columns,
        headers=headers,
        sectors=sectors,
        measures=measures,
        plan_values=plan_values,
        problems=reader.problems,
        warnings=reader.warnings,
        unmapped=unmapped,
        meta=data.meta,
        sender=data.sender,
        lang=reader.lang,
    )


def _text(value: Any) -> str:
    return value if value.__class__ is str else cell_text(value)


#: Characters XML 1.0 forbids (all C0 controls but tab, newline and return) and the
#: non-characters U+FFFE and U+FFFF, raw or as the escape calamine leaves ("_xFFFF_").
_ODD_CHARS_RX = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x[fF]{3}[eEfF]_")


def _remove_odd_chars(grid: SheetGrid) -> list[tuple[int, list[str]]]:
    """Remove forbidden characters from the cells in place; (row number, cells) touched."""
    found: list[tuple[int, list[str]]] = []
    search, sub = _ODD_CHARS_RX.search, _ODD_CHARS_RX.sub
    for r, values in grid.rows:
        cells = []
        for c, v in enumerate(values):
            if v.__class__ is str and search(v):
                values[c] = sub("", v)
                cells.append(f"{column_letter(c)}{r + 1}")
        if cells:
            found.append((r + 1, cells))
    return found


class _TableReader:
    """Reads the rows under the header into sectors and measures (see the module doc)."""

    def __init__(
        self,
        grid: SheetGrid,
        columns: dict[int, str],
        headers: dict[int, str],
        unmapped: list[ColumnChoice],
        merged_across: Mapping[tuple[int, int], int],
    ) -> None:
        self.sheet = grid.name
        self.uncached = grid.uncached
        self.merged_across = merged_across
        self.merged_rows = {r for r, _c in merged_across}
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.seen_uids: set[str] = set()
        self.notes_columns = [
            (u.index, u.header or u.letter) for u in unmapped if u.choice == "notes"
        ]
        self.lang = detect_lang(list(headers.values()))
        self.title_col = next(c for c, f in columns.items() if f == "title")
        self.number_col = next((c for c, f in columns.items() if f == "number"), None)
        self.uid_col = next((c for c, f in columns.items() if f == "uid"), None)
        self.table_columns = sorted(set(columns) | {c for c, _h in self.notes_columns})
        self.width = self.table_columns[-1] + 1
        self.names = {c: (headers.get(c) or column_letter(c)).strip() for c in self.table_columns}
        for c, header in self.notes_columns:
            self.names[c] = header
        self.field_column = {f: c for c, f in columns.items()}
        self.text_cols = [
            (c, f)
            for c, f in columns.items()
            if f not in VOCAB_FIELDS and f not in ("uid", "number")
        ]
        self.vocab_cols = [(c, f, {}) for c, f in columns.items() if f in VOCAB_FIELDS]  # type: list[tuple[int, str, dict[str, Any]]]
        self._hot = (
            self.text_cols,
            self.vocab_cols,
            self.number_col,
            self.uid_col,
            self.notes_columns,
            self.uncached,
            self.seen_uids,
        )
        self.tree = _SectorTree()
        self.pending: list[SheetMeasure] = []
        self.measures: list[SheetMeasure] = []

    def problem(
        self, row: int | None, column: int | None, message: str | Text, warn: bool = False
    ) -> None:
        name = self.names.get(column) if column is not None else None
        text = message if isinstance(message, Text) else None
        found = Problem(self.sheet, row, name, str(message), text)
        (self.warnings if warn else self.problems).append(found)

    def read(self, body: list[tuple[int, list[Any]]]) -> None:
        table_columns, width = self.table_columns, self.width
        number_col, title_col, uid_col = self.number_col, self.title_col, self.uid_col
        merged_rows = self.merged_rows
        numbered = 0
        previous = -1
        sector: SheetSector | None = None
        probe = [c for c in table_columns if c not in (number_col, title_col)]
        for r, values in body:
            if len(values) < width:
                values = values + [""] * (width - len(values))
            # The common row, fast: a row with a CoopDesk ID is a measure of an export;
            # a number, a title and one more value make a measure, never a section (a
            # number and a name at most) nor a signature line.
            has_id = uid_col is not None and values[uid_col] != ""
            if has_id or number_col is not None:
                tv = values[title_col]
                nv = values[number_col] if number_col is not None else ""
                number = nv.strip() if nv.__class__ is str else cell_text(nv)
                if has_id or (
                    number[:1].isdigit()
                    and tv != ""
                    and (tv.__class__ is not str or not tv.isspace())
                    and any(values[c] != "" for c in probe)
                ):
                    previous = r
                    numbered += 1 if number else 0
                    measure = self._measure(r, values, number, table_columns)
                    if sector is None:
                        self.pending.append(measure)
                    else:
                        measure.values["sector"] = sector.code
                        self.measures.append(measure)
                    continue
            filled = [
                c
                for c in table_columns
                if (v := values[c]) != "" and (v.__class__ is not str or not v.isspace())
            ]
            if not filled:
                # Text only beside the table: a note, unless it closes the table.
                stray = next((_text(v) for v in values if _text(v).strip()), "")
                if _ends_table(stray):
                    break
                continue
            gap = r - previous - 1 if previous >= 0 else 0
            previous = r
            number = _text(values[number_col]).strip() if number_col is not None else ""
            first = _text(values[filled[0]])
            # Numbered rows are measures or sections; anything else may close the table.
            if not number[:1].isdigit() and (
                _ends_table(first) or any("____" in _text(values[c]) for c in filled)
            ):
                break
            if len(filled) <= 2 or r in merged_rows:
                texts = {c: _text(values[c]) for c in filled}
                found = _section_of(r, texts, self.merged_across, number_col, title_col)
                if found is not None:
                    sector = self.tree.add(found[0], found[1], r + 1)
                    continue
            if (
                numbered
                and number_col is not None
                and not number[:1].isdigit()
                and (gap > 0 or _SIGNATURE_PHRASE_RX.match(first))
            ):
                break  # in a numbered table, an unnumbered row after a gap is past it
            if len(filled) == 1 and filled[0] not in (title_col, number_col):
                self.problem(
                    r + 1,
                    filled[0],
                    Text(msg("the row has a value in this column only, so it was left out.")),
                    warn=True,
                )
                continue
            if number:
                numbered += 1
            measure = self._measure(r, values, number, filled)
            if sector is None:
                self.pending.append(measure)
            else:
                measure.values["sector"] = sector.code
                self.measures.append(measure)

    def _measure(self, r: int, values: list[Any], number: str, filled: list[int]) -> SheetMeasure:
        # Runs once per row of a sheet that may have 100,000: attributes are read once.
        text_cols, vocab_cols, number_col, uid_col, notes_columns, uncached, seen = self._hot
        row_no = r + 1
        out = {f: (v if (v := values[c]).__class__ is str else cell_text(v)) for c, f in text_cols}
        if number_col is not None:
            out["number"] = number
        for c, f, cache in vocab_cols:
            v = values[c]
            code = cache.get(v)
            if code.__class__ is not str:
                code = self._vocab(row_no, c, f, cache, v)
            out[f] = code
        if notes_columns:
            for c, header in notes_columns:
                text = _text(values[c])
                if text.strip():
                    line = f"{header}: {text}"
                    notes = out.get("notes", "")
                    out["notes"] = f"{notes}\n{line}" if notes else line
                else:
                    out.setdefault("notes", "")
        if max(map(len, out.values())) > MAX_CELL_CHARS:
            for f, text in out.items():
                if len(text) > MAX_CELL_CHARS:
                    column = self.field_column.get(
                        f, notes_columns[0][0] if notes_columns else None
                    )
                    self.problem(row_no, column, _too_long_message(len(text)))
        if uncached:
            # Every column of the table: an unsaved formula reads as an empty cell.
            for c in self.table_columns:
                formula = uncached.get((r, c))
                if formula is not None:
                    self.problem(
                        row_no,
                        c,
                        Text(
                            msg(
                                "cell {cell} holds a formula ({formula}) with no saved value; "
                                "open the file in Excel, save it, and import it again."
                            ),
                            cell=f"{column_letter(c)}{row_no}",
                            formula=formula,
                        ),
                    )
        uid = None
        if uid_col is not None:
            v = values[uid_col]
            uid = (v.strip() if v.__class__ is str else cell_text(v)) or None
            if uid is not None:
                if uid in seen:
                    self.problem(
                        row_no,
                        uid_col,
                        Text(
                            msg(
                                "this ID appears on an earlier row too (a copied row); this row "
                                "is taken as a new measure."
                            )
                        ),
                        warn=True,
                    )
                    uid = None
                else:
                    seen.add(uid)
        title = out["title"]
        if not title or title.isspace():
            self.problem(
                row_no,
                self.title_col,
                Text(msg("the measure has no title; fill it in or delete the row.")),
            )
        return SheetMeasure(row_no, uid, out)

    def _vocab(self, row_no: int, c: int, name: str, cache: dict[Any, Any], value: Any) -> str:
        """The code of a vocabulary cell not yet in ``cache``, or its default with a problem."""
        code = cache.get(value)
        if code is None:
            try:
                code = parse_vocab(name, _text(value))
            except ValueError as exc:
                code = exc
            cache[value] = code
        if code.__class__ is not str:
            reason = code.args[0] if isinstance(code, ValueError) and code.args else code
            self.problem(row_no, c, reason if isinstance(reason, Text) else str(reason))
            return VOCAB_DEFAULTS[name]
        return code

    def warn_repeated_numbers(self, measures: list[SheetMeasure]) -> None:
        """A warning for each row whose measure number an earlier row has too.

        Both rows are imported (as two measures): the sheet is taken as sent, and
        the user, told which rows, decides what to do with them.
        """
        first: dict[str, SheetMeasure] = {}
        for m in measures:
            number = m.values.get("number", "")
            if not number:
                continue
            earlier = first.setdefault(number, m)
            # Two rows of CoopDesk's own export carry the plan's numbers as they stand
            # (numbers pinned alike): only a row the sender numbered is worth a word.
            if earlier is not m and (earlier.uid is None or m.uid is None):
                self.problem(
                    m.row,
                    self.number_col,
                    Text(
                        msg(
                            "the number {number} is also on row {row}; both rows are imported "
                            "as separate measures."
                        ),
                        number=number,
                        row=earlier.row,
                    ),
                    warn=True,
                )

    def finish(self) -> tuple[list[SheetSector], list[SheetMeasure]]:
        sectors = self.tree.sectors
        measures = self.measures
        if self.pending:
            code = "1" if not sectors else "0"
            while code in self.tree.by_code:
                code += "0"
            default = SheetSector(code, DEFAULT_SECTOR_NAMES[self.lang], None, 0, implied=True)
            sectors = [default, *sectors]
            for m in self.pending:
                m.values["sector"] = code
            measures = self.pending + measures
        return sectors, measures


def _too_long_message(length: int) -> Text:
    return Text(
        msg(
            "the cell holds {length:,} characters, more than Excel's limit of {limit:,}; "
            "shorten it and import again."
        ),
        length=length,
        limit=MAX_CELL_CHARS,
    )


def _ends_table(first_text: str) -> bool:
    return bool(_FOOTNOTE_RX.match(first_text) or _SIGNATURE_RX.search(first_text))


def _section_of(
    r: int,
    texts: dict[int, str],
    merged_across: Mapping[tuple[int, int], int],
    number_col: int | None,
    title_col: int,
) -> tuple[str | None, str] | None:
    """(code or None, name) when row ``r`` is a section row, else None."""
    raw = texts.get(number_col, "").strip() if number_col is not None else ""
    number = section_number(raw) if raw else None
    others = [c for c in texts if c != number_col]
    if len(others) == 1:
        c = others[0]
        text = texts[c]
        merged = merged_across.get((r, c), c) > c
        if raw:
            # A name merged across after a number cell is a section whatever the number
            # ("A." too); the name is kept as written, spaces and all.
            if merged:
                return number or raw.removesuffix(".") or None, text
            if number is None:
                return None
            # "1." (or "I") and a name with no other field is a section; "5" and a
            # title alone is a measure that has nothing else filled in yet.
            if raw.endswith(".") or _ROMAN_RX.match(number):
                return number, text
            return None
        if merged or c == title_col:
            return split_section(text)
        return None
    if not others and raw:
        # Only the first column: "I. Political dialogue" merged across, or written alone.
        code, name = split_section(texts[number_col])  # type: ignore[index]
        merged = merged_across.get((r, number_col), number_col) > number_col  # type: ignore[arg-type,operator]
        if merged or code is not None:
            return code, name
    return None


def _fill_down(body: list[tuple[int, list[Any]]], merged_down: list[tuple[int, int, int]]) -> None:
    """Give the value of each cell merged down to every row it covers that has other values."""
    index = {r: i for i, (r, _) in enumerate(body)}
    top_values: dict[tuple[int, int], Any] = {}
    for r1, c1, _r2 in merged_down:
        i = index.get(r1)
        if i is not None:
            row = body[i][1]
            if c1 < len(row):
                top_values[(r1, c1)] = row[c1]
    for r1, c1, r2 in merged_down:
        value = top_values.get((r1, c1))
        if value is None or value == "":
            continue
        for r in range(r1 + 1, r2 + 1):
            i = index.get(r)
            if i is None:
                continue
            row = body[i][1]
            if c1 >= len(row):
                row.extend([""] * (c1 + 1 - len(row)))
            if row[c1] in ("", None):
                row[c1] = value


def _unmapped_columns(
    body: list[tuple[int, list[Any]]],
    header_values: list[Any],
    columns: dict[int, str],
    choices: Mapping[str, str] | None,
    remembered: Mapping[str, str] | None,
) -> list[ColumnChoice]:
    """Columns with a header or data that no field claims, with the choice for each."""
    width = max((len(values) for _, values in body), default=0)
    width = max(width, len(header_values))
    out = []
    for c in range(width):
        if c in columns:
            continue
        header = cell_text(header_values[c]).strip() if c < len(header_values) else ""
        samples: list[str] = []
        for _, values in body:
            if c < len(values):
                t = cell_text(values[c]).strip()
                if t:
                    samples.append(t)
                    if len(samples) >= 3:
                        break
        if not header and not samples:
            continue
        if not samples:
            continue  # a header over an empty column says nothing
        key = header_key(header) if header else f"#{column_letter(c)}"
        choice = ColumnChoice(c, column_letter(c), header, key, samples)
        if choices and key in choices:
            choice.choice = choices[key]
        elif remembered and key in remembered:
            choice.choice = remembered[key]
            choice.remembered = True
        out.append(choice)
    return out


# --------------------------------------------------------------------------- title block

_YEARS_RX = re.compile(r"(?<!\d)((?:19|20|21)\d\d)(?:\s*[-–—]\s*((?:19|20|21)\d\d))?(?!\d)")
_BETWEEN_RX = [
    re.compile(
        r"\bbetween\s+(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>.+?)"
        r"(?:\s+(?:for|on|in)\s+(?:the\s+)?(?:years?\s+)?\d{4}|\s*$)",
        re.IGNORECASE,
    ),
    re.compile(r"\bмежду\s+(?P<a>.+?)\s+и\s+(?P<b>.+?)(?:\s+(?:на|в)\s+\d{4}|\s*$)", re.IGNORECASE),
]


def plan_values_from_title(lines: list[str], path: str) -> dict[str, Any]:
    """Plan fields guessed from the title rows: title, parties, period, and a code."""
    stem = Path(path).stem
    title = " ".join(lines).strip() or stem
    values: dict[str, Any] = {"code": stem[:64] or "IMPORT", "title": title}
    for rx in _BETWEEN_RX:
        m = rx.search(title)
        if m:
            values["party_a"] = m["a"].strip(" ,.")
            values["party_b"] = m["b"].strip(" ,.")
            break
    years = _YEARS_RX.findall(title)
    if years:
        first, second = years[-1]
        start, end = int(first), int(second or first)
        if start <= end:
            values["period_start"] = date(start, 1, 1)
            values["period_end"] = date(end, 12, 31)
    return values
