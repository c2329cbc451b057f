"""The plain types of an exchange: what a sheet held, what is wrong with it, what differs.

Values compared and merged are *canonical strings* per field: text as written, the
code of a vocabulary ("done", "" for no level), and the words of a timing. The span
of a timing follows its words (it is parsed again when the words change), so the
words are what a partner edits and what a merge compares.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from coopdesk.domain.model import MEASURE_FIELDS, Measure
from coopdesk.domain.rows import MEASURE_CONTENT_COLUMNS
from coopdesk.errors import CoopDeskError, Text, msg

#: The version of CoopDesk's own workbook layout (metadata sheet and columns).
FORMAT_VERSION = 1
#: Excel's limit on the characters of one cell.
MAX_CELL_CHARS = 32_767
#: Fields a sheet row can carry: the measure fields plus the code of its sector.
SHEET_FIELDS: tuple[str, ...] = ("sector", *MEASURE_FIELDS)

#: Columns of the plain measure rows an export writes from (see
#: :func:`coopdesk.services.exports.export_data`), in order.
EXPORT_COLUMNS: tuple[str, ...] = (
    "uid",
    "number_pinned",
    "sector_id",
    "number",
    *MEASURE_CONTENT_COLUMNS,
)

#: Called as ``progress(done, total, what)``; raise :class:`Cancelled` in it to stop.
Progress = Callable[[int, int, str], None]


class ImportRefused(CoopDeskError):
    """A file is refused as a whole: unsafe, damaged, or holding no plan."""


class Cancelled(CoopDeskError):
    """The user cancelled a running import or export; nothing was written."""

    def __init__(self, message: str = msg("Cancelled; nothing was written.")) -> None:
        super().__init__(message)


def no_progress(_done: int, _total: int, _what: str) -> None:
    """A progress callback that ignores every report."""


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index (0 -> "A", 27 -> "AB")."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong in a sheet, with where it is: sheet, 1-based row, column name."""

    sheet: str | None
    row: int | None
    column: str | None
    #: The English sentence (the CLI and ``--json``).
    message: str
    #: The same as a template with parameters, for the window to translate.
    text: Text | None = field(default=None, compare=False)

    def where(self) -> str:
        """'Sheet 'Plan', row 14, column 'Timing'' (the parts that are known)."""
        parts = []
        if self.sheet:
            parts.append(f"sheet '{self.sheet}'")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column '{self.column}'")
        text = ", ".join(parts)
        return text[:1].upper() + text[1:]

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message

    def as_json(self) -> dict[str, Any]:
        """The ``errors`` entry of ``coopdesk import --json``."""
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


@dataclass(slots=True)
class SheetGrid:
    """The cells of one worksheet as read, before any meaning is given to them.

    ``rows`` holds only rows that have at least one value, as (0-based row index,
    values from column A); ``merged`` holds 0-based inclusive (row1, col1, row2, col2)
    ranges; ``uncached`` the (row, col) of formula cells that have no saved value.
    """

    name: str
    rows: list[tuple[int, list[Any]]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    uncached: dict[tuple[int, int], str] = field(default_factory=dict)
    #: Whether some cell may hold a character XML forbids (a control character, or
    #: U+FFFE / U+FFFF); the layout then looks at each cell and removes them.
    odd_chars: bool = False


#: A base snapshot row is (uid, pinned 0/1, timing start ISO, timing end ISO, timing
#: precision, then the values in SHEET_FIELDS order); the values start here.
BASE_VALUES = 5
BASE_TIMING = BASE_VALUES + SHEET_FIELDS.index("timing")
BASE_NUMBER = BASE_VALUES + SHEET_FIELDS.index("number")
BASE_TITLE = BASE_VALUES + SHEET_FIELDS.index("title")


def base_values(row: list[Any]) -> dict[str, str]:
    """The values of a base snapshot row by field."""
    return dict(zip(SHEET_FIELDS, row[BASE_VALUES:], strict=True))


#: A hint row is (uid, pinned 0/1, timing start ISO, end ISO, precision, number, words).
HINT_NUMBER = 5
HINT_TIMING = 6


class ExportMeta:
    """What CoopDesk's metadata sheet says about the export a workbook came from.

    ``hints`` maps uid to a hint row (see HINT_NUMBER) for the measures whose pinned
    number or timing span the sheet cannot tell; ``measures``, the base snapshot
    (uid -> row, see BASE_VALUES), is unpacked on first use: only merges need it.
    """

    def __init__(
        self,
        *,
        format_version: int,
        plan_id: int | None,
        plan_uid: str,
        exported_at: str,
        lang: str,
        plan: dict[str, Any],
        sectors: list[dict[str, Any]],
        hints: dict[str, list[Any]],
        packed: str = "",
        unpack: Callable[[str], dict[str, list[Any]]] | None = None,
        measures: dict[str, list[Any]] | None = None,
    ) -> None:
        self.format_version = format_version
        self.plan_id = plan_id
        self.plan_uid = plan_uid
        self.exported_at = exported_at
        self.lang = lang
        self.plan = plan
        self.sectors = sectors
        self.hints = hints
        self._packed = packed
        self._unpack = unpack
        self._measures = measures

    @property
    def measures(self) -> dict[str, list[Any]]:
        """uid -> base snapshot row of every exported measure (unpacked once)."""
        if self._measures is None:
            self._measures = self._unpack(self._packed) if self._unpack else {}
            self._packed = ""
        return self._measures


@dataclass(slots=True)
class WorkbookData:
    """A file read into one sheet of cells, plus what is known about where it came from."""

    path: str
    kind: str  # "xlsx" or "csv"
    grid: SheetGrid
    meta: ExportMeta | None = None
    #: Who last saved the workbook (its document properties), for remembered mappings.
    sender: str = ""


@dataclass(slots=True)
class SheetSector:
    """A section row of the sheet: a sector with its code and its parent's code."""

    code: str
    name: str
    parent: str | None
    row: int
    #: Made up for measures above the first section row: the sheet names no sector.
    implied: bool = False


@dataclass(slots=True)
class SheetMeasure:
    """A measure row: its 1-based row, its ID (the measure uid) if any, and its values.

    ``values`` holds canonical strings for the fields the sheet has columns for,
    plus "sector".
    """

    row: int
    uid: str | None
    values: dict[str, str]


@dataclass(slots=True)
class ColumnChoice:
    """A column the importer could not place, and what the user chose to do with it.

    ``choice`` is a field name, ``"notes"`` (append "Header: value" to the notes) or
    ``"ignore"``.
    """

    index: int
    letter: str
    header: str
    key: str
    samples: list[str]
    choice: str = "notes"
    remembered: bool = False


@dataclass(slots=True)
class ImportResult:
    """A sheet understood as a plan: sectors, measures, and every problem found."""

    path: str
    sheet: str
    kind: str
    header_row: int | None
    #: 0-based column index -> field ("sector" is never a column; "uid" is the ID column).
    columns: dict[int, str]
    headers: dict[int, str]
    sectors: list[SheetSector]
    measures: list[SheetMeasure]
    plan_values: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    unmapped: list[ColumnChoice] = field(default_factory=list)
    meta: ExportMeta | None = None
    sender: str = ""
    lang: str = "en"

    @property
    def fields(self) -> set[str]:
        """The measure fields this sheet carries (its mapped columns plus the sector)."""
        mapped = {f for f in self.columns.values() if f != "uid"}
        mapped |= {c.choice for c in self.unmapped if c.choice in MEASURE_FIELDS}
        if any(c.choice == "notes" for c in self.unmapped):
            mapped.add("notes")
        return mapped | {"sector"}


@dataclass(slots=True)
class FieldChange:
    """One field of one measure as the base, we (the store) and they (the sheet) have it."""

    field: str
    base: str | None
    ours: str
    theirs: str


@dataclass(slots=True)
class Conflict:
    """A field changed both here and in the sheet, to different values.

    ``field`` "measure" stands for the whole measure: deleted on one side and edited
    on the other. ``choice`` is "ours", "theirs" or "edit" (with ``value``) once the
    user decided.
    """

    measure_id: int | None
    uid: str
    number: str
    title: str
    field: str
    base: str | None
    ours: str
    theirs: str
    choice: str | None = None
    value: str | None = None
    #: For a measure deleted here and edited in the sheet: the sheet's row, to re-add.
    row: SheetMeasure | None = None

    def as_json(self) -> dict[str, Any]:
        """The ``conflicts`` entry of ``coopdesk import --json``."""
        return {"measure": self.measure_id, "field": self.field, "ours": self.ours,
                "theirs": self.theirs}  # fmt: skip


@dataclass(slots=True)
class MeasureChange:
    """The fields of a stored measure the sheet changes (and the conflicts are apart)."""

    measure_id: int
    uid: str
    number: str
    title: str
    changes: list[FieldChange]


@dataclass(slots=True)
class RemovedMeasure:
    """A stored measure the sheet no longer has."""

    measure_id: int
    uid: str
    number: str
    title: str


@dataclass(slots=True)
class Diff:
    """What an import would do to the store."""

    added: list[SheetMeasure] = field(default_factory=list)
    changed: list[MeasureChange] = field(default_factory=list)
    removed: list[RemovedMeasure] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    new_sectors: list[SheetSector] = field(default_factory=list)
    renamed_sectors: list[tuple[str, str, str]] = field(default_factory=list)
    #: Things worth telling the user that are not problems ("kept our name of sector 2").
    notes: list[str] = field(default_factory=list)

    @property
    def unresolved(self) -> list[Conflict]:
        """Conflicts no one has decided yet."""
        return [c for c in self.conflicts if c.choice is None]

    @property
    def is_empty(self) -> bool:
        """Nothing to add, change or remove, and no conflict."""
        return not (
            self.added
            or self.changed
            or self.removed
            or self.conflicts
            or self.new_sectors
            or self.renamed_sectors
        )


def canonical_values(measure: Measure, sector_code: str) -> list[str]:
    """A stored measure's values in :data:`SHEET_FIELDS` order, as a merge compares them."""
    return [
        sector_code,
        measure.number,
        measure.title,
        measure.description,
        measure.kind.value,
        measure.level.value if measure.level else "",
        measure.framework.value,
        measure.responsible_a,
        measure.responsible_b,
        measure.form,
        measure.timing.text,
        measure.location,
        measure.status.value,
        measure.priority.value,
        measure.notes,
    ]
