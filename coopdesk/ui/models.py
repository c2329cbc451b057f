"""Item models over plain data: the sector tree and the measures table.

Both hold ids and plain rows loaded through the services
(:class:`~coopdesk.domain.rows.MeasureRow`, read by field name), never ORM objects,
and expose ``COL_*`` constants and named roles. The table keeps every row of the
plan in memory and filters with the domain's compiled
:class:`~coopdesk.domain.filtering.MeasureFilter` (a proxy model calling ``data()``
per row is far too slow at 100,000 measures).
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coopdesk.domain.fields import field_label
from coopdesk.domain.filtering import (
    MeasureFilter,
    Span,
    haystack,
    is_outside_period,
    is_overdue,
    split_agencies,
)
from coopdesk.domain.model import Sector
from coopdesk.domain.rows import MEASURE_ROW_COLUMNS, MeasureRow, as_measure_row
from coopdesk.domain.vocab import CLOSED_STATUSES, Framework, Kind, Level, Priority, Status
from coopdesk.ui.i18n import current_language
from coopdesk.ui.vocab import label

Index = QModelIndex | QPersistentModelIndex

#: Roles shared by both models.
IdRole = Qt.ItemDataRole.UserRole + 1
OverdueRole = Qt.ItemDataRole.UserRole + 2
SortKeyRole = Qt.ItemDataRole.UserRole + 3
#: True when the measure's timing reaches outside the plan's period.
OutsidePeriodRole = Qt.ItemDataRole.UserRole + 4

ALL_SECTORS = 0  # internal id of the "All sectors" item at the top of the tree

#: Drag and drop of measures (from the table onto a sector of the tree).
MEASURE_MIME = "application/x-coopdesk-measure-ids"

_OVERDUE_BRUSH = QBrush(QColor(176, 0, 32))
_MUTED_BRUSH = QBrush(QColor(120, 120, 120))
#: A quiet amber behind a timing that leaves the plan's period (tooltip says why).
_OUTSIDE_BRUSH = QBrush(QColor(255, 236, 179))
#: Where position and number sit in a row: renumbering patches thousands of rows at
#: once, and rebuilding them from a list is C-level where ``_replace`` is not.
_POSITION_AT = MEASURE_ROW_COLUMNS.index("position")
_NUMBER_AT = MEASURE_ROW_COLUMNS.index("number")
_new_row = tuple.__new__


def translated_field(name: str) -> str:
    """A measure field's label (:mod:`coopdesk.domain.fields`) through Qt's translation."""
    return QCoreApplication.translate("Field", field_label(name))


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


class SectorTreeModel(QAbstractItemModel):
    """The plan's sector tree with the number of measures in each (sub-sectors included).

    While filters (other than the sector) are on, the count reads "3 of 8": the
    measures that pass them out of all the sector's measures.
    """

    COL_NAME = 0
    COL_COUNT = 1
    COLUMN_COUNT = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        #: Called with (measure ids, sector id) when measures are dropped on a sector.
        self.drop_handler: Callable[[list[int], int], None] | None = None
        self._sectors: dict[int, Sector] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._direct: dict[int, int] = {}
        self._totals: dict[int, int] = {}
        #: Totals of the measures that pass the filters; None while no filter is on.
        self._shown: dict[int, int] | None = None
        self._shown_direct: dict[int, int] | None = None

    # -- loading ---------------------------------------------------------------------------

    def set_sectors(
        self,
        sectors: Sequence[Sector],
        counts: dict[int, int],
        shown: dict[int, int] | None = None,
    ) -> None:
        """Replace the tree; ``counts`` maps sector id to its own measure count.

        ``shown`` maps sector id to its own count of measures passing the filters
        (None: no filter is on); see :meth:`set_counts`.
        """
        self.beginResetModel()
        self._sectors = {s.id: s for s in sectors if s.id is not None}
        self._children = {None: [ALL_SECTORS], ALL_SECTORS: []}
        for s in sectors:
            parent = s.parent_id if s.parent_id in self._sectors else ALL_SECTORS
            self._children.setdefault(parent, []).append(s.id)  # type: ignore[arg-type]
        for kids in self._children.values():
            kids.sort(key=lambda sid: (self._sectors[sid].position, sid) if sid else (0, 0))
        self._direct = dict(counts)
        self._shown_direct = None if shown is None else dict(shown)
        self._recount()
        self.endResetModel()

    def set_counts(self, counts: dict[int, int], shown: dict[int, int] | None = None) -> None:
        """Update the measure counts only (after measures changed or filters did).

        ``counts``: each sector's own measures; ``shown``: each sector's own measures
        that pass the filters, or None when no filter is on (the tree then shows plain
        totals). ``MeasureTableModel.sector_counts()`` returns both.
        """
        self._direct = dict(counts)
        self._shown_direct = None if shown is None else dict(shown)
        self._recount()
        self._emit_count_changed(None)

    def _recount(self) -> None:
        self._totals = self._subtree_totals(self._direct)
        self._shown = (
            None if self._shown_direct is None else self._subtree_totals(self._shown_direct)
        )

    def _subtree_totals(self, direct: dict[int, int]) -> dict[int, int]:
        totals: dict[int, int] = {}
        children = self._children

        def total(sid: int) -> int:
            n = direct.get(sid, 0) + sum(total(c) for c in children.get(sid, []))
            totals[sid] = n
            return n

        totals[ALL_SECTORS] = sum(total(c) for c in children.get(ALL_SECTORS, []))
        return totals

    def _emit_count_changed(self, parent_id: int | None) -> None:
        kids = self._children.get(parent_id, [])
        if not kids:
            return
        parent = QModelIndex() if parent_id is None else self._index_of(parent_id)
        top = self.index(0, self.COL_COUNT, parent)
        bottom = self.index(len(kids) - 1, self.COL_COUNT, parent)
        self.dataChanged.emit(top, bottom, [Qt.ItemDataRole.DisplayRole])
        for kid in kids:
            self._emit_count_changed(kid)

    # -- lookups ---------------------------------------------------------------------------

    def _parent_of(self, sid: int) -> int | None:
        if sid == ALL_SECTORS:
            return None
        parent = self._sectors[sid].parent_id
        return parent if parent in self._sectors else ALL_SECTORS

    def _index_of(self, sid: int, column: int = 0) -> QModelIndex:
        parent = self._parent_of(sid)
        row = self._children[parent].index(sid)
        return self.createIndex(row, column, sid)

    def index_of_sector(self, sector_id: int) -> QModelIndex:
        """The index of a sector (or of "All sectors" for :data:`ALL_SECTORS`)."""
        if sector_id != ALL_SECTORS and sector_id not in self._sectors:
            return QModelIndex()
        return self._index_of(sector_id)

    def subtree_ids(self, sector_id: int) -> set[int]:
        """The sector and all its descendants."""
        out, stack = set(), [sector_id]
        while stack:
            sid = stack.pop()
            out.add(sid)
            stack.extend(self._children.get(sid, []))
        out.discard(ALL_SECTORS)
        return out

    def total(self, sector_id: int) -> int:
        """Measures in the sector and its descendants."""
        return self._totals.get(sector_id, 0)

    def shown_total(self, sector_id: int) -> int:
        """Measures in the sector and its descendants that pass the filters."""
        if self._shown is None:
            return self.total(sector_id)
        return self._shown.get(sector_id, 0)

    @property
    def is_filtered(self) -> bool:
        """Whether the counts are "shown of total" (a filter is on)."""
        return self._shown is not None

    def count_text(self, sector_id: int) -> str:
        """What the count column shows: "8", or "3 of 8" while filters are on."""
        total = self.total(sector_id)
        if self._shown is None:
            return str(total)
        return (
            self.tr("%1 of %2")
            .replace("%1", str(self._shown.get(sector_id, 0)))
            .replace("%2", str(total))
        )

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else None
        kids = self._children.get(parent_id, [])
        return self.createIndex(row, column, kids[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent_id = self._parent_of(child.internalId())
        if parent_id is None:
            return QModelIndex()
        return self._index_of(parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        parent_id = parent.internalId() if parent.isValid() else None
        return len(self._children.get(parent_id, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        sid = index.internalId()
        column = index.column()
        if role == IdRole:
            return sid
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_COUNT:
                return self.count_text(sid)
            if sid == ALL_SECTORS:
                return self.tr("All sectors")
            sector = self._sectors[sid]
            return f"{sector.code}. {sector.name}" if sector.code else sector.name
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_COUNT and self._shown is not None:
                return (
                    self.tr("%1 of the %2 measures here pass the filters")
                    .replace("%1", str(self.shown_total(sid)))
                    .replace("%2", str(self.total(sid)))
                )
            if sid != ALL_SECTORS:
                return self._sectors[sid].name
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and sid == ALL_SECTORS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Sector"), self.tr("Measures")][section]
        return None

    def sector(self, sector_id: int) -> Sector | None:
        """The plain sector with this id."""
        return self._sectors.get(sector_id)

    def sectors(self) -> list[Sector]:
        """Every sector, in tree order."""
        out: list[Sector] = []

        def walk(parent: int | None) -> None:
            for sid in self._children.get(parent, []):
                if sid != ALL_SECTORS:
                    out.append(self._sectors[sid])
                walk(sid)

        walk(None)
        return out

    # -- drops of measures -----------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != ALL_SECTORS:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [MEASURE_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data, action, row: int, column: int, parent: Index) -> bool:
        return (
            data is not None
            and data.hasFormat(MEASURE_MIME)
            and parent.isValid()
            and parent.internalId() != ALL_SECTORS
        )

    def dropMimeData(self, data, action, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [int(i) for i in json.loads(bytes(data.data(MEASURE_MIME)).decode())]
        if ids and self.drop_handler is not None:
            self.drop_handler(ids, parent.internalId())
        # The move goes through the services; the view must not remove anything itself.
        return False


def _natural(text: str) -> str:
    """Sort key that puts 1.2.10 after 1.2.9: every run of digits padded to 9 places."""
    if not text:
        return ""
    if text.replace(".", "").isdigit():
        return ".".join(part.zfill(9) for part in text.split("."))
    return _DIGITS.sub(lambda m: m.group().zfill(9), text.casefold())


_DIGITS = re.compile(r"\d+")


_STATUS_ORDER = {s.value: i for i, s in enumerate(Status)}
_KIND_ORDER = {k.value: i for i, k in enumerate(Kind)}
_LEVEL_ORDER = {lv.value: i for i, lv in enumerate(Level)}
_FRAMEWORK_ORDER = {f.value: i for i, f in enumerate(Framework)}
_PRIORITY_ORDER = {p.value: i for i, p in enumerate(Priority)}


class MeasureTableModel(QAbstractTableModel):
    """The plan's measures as plain rows, filtered and sorted inside the model.

    Every row of the plan stays in memory as a :class:`MeasureRow`; ``_visible``
    holds the indexes of the rows that pass the filter, in ascending sort order (a
    descending sort reads it backwards). Changes arrive as rows to upsert and ids to
    remove, and touch only those rows: a changed row that keeps its place is
    repainted (``dataChanged``), one whose place changed is moved.
    """

    #: Field shown in each column (its header comes from :mod:`coopdesk.domain.fields`).
    COLUMN_FIELDS: tuple[str, ...] = (
        "number",
        "title",
        "timing",
        "status",
        "responsible_a",
        "responsible_b",
        "form",
        "kind",
        "level",
        "framework",
        "location",
        "priority",
        "notes",
    )

    COL_NUMBER = 0
    COL_TITLE = 1
    COL_TIMING = 2
    COL_STATUS = 3
    COL_RESPONSIBLE_A = 4
    COL_RESPONSIBLE_B = 5
    COL_FORM = 6
    COL_KIND = 7
    COL_LEVEL = 8
    COL_FRAMEWORK = 9
    COL_LOCATION = 10
    COL_PRIORITY = 11
    COL_NOTES = 12
    COLUMN_COUNT = 13

    #: Columns hidden until the user shows them.
    HIDDEN_BY_DEFAULT = (COL_LEVEL, COL_FRAMEWORK, COL_PRIORITY, COL_NOTES)

    #: Above this many changed rows a full refilter is cheaper than row-by-row updates.
    INCREMENTAL_LIMIT = 200

    def __init__(
        self, parent=None, today: date | None = None, plan_period: Span | None = None
    ) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        #: The plan's period: timings reaching outside it are marked.
        self.plan_period = plan_period
        self._rows: list[MeasureRow | None] = []
        self._index: dict[int, int] = {}
        self._hay: list[str | None] | None = None
        self._visible: list[int] = []
        self._order: list[int] = []
        self._plan_key: list[tuple] = []
        self._col_keys: list[Any] = []
        self._sector_rank: dict[int, int] = {}
        self._filter = MeasureFilter()
        self._compiled = self._filter.compile(self.today, plan_period)
        self._sort_column = -1
        self._descending = False
        self._per_sector: dict[int, int] = {}
        #: Each sector's own count of rows passing the filter but its sector part
        #: (None: not worked out since the rows or the filter last changed).
        self._shown_per_sector: dict[int, int] | None = None
        self._done = 0
        self._overdue = 0
        self._headers = [translated_field(name) for name in self.COLUMN_FIELDS]

    # -- loading ---------------------------------------------------------------------------

    def set_rows(self, rows: Iterable[Sequence[Any]], sector_order: Sequence[int] = ()) -> None:
        """Replace every row; ``sector_order`` lists sector ids in tree order.

        Rows are :class:`MeasureRow` (plain sequences in ``MEASURE_ROW_COLUMNS``
        order are converted). The store's rows are kept as given (they share their
        repeated strings already): copying 100,000 would double the memory while it
        loads.
        """
        self.beginResetModel()
        self._rows = [r if type(r) is MeasureRow else as_measure_row(r) for r in rows]  # type: ignore[arg-type]
        live: list[MeasureRow] = self._rows  # type: ignore[assignment]
        self._index = {r.id: i for i, r in enumerate(live)}
        self._hay = None
        self._sector_rank = {sid: rank for rank, sid in enumerate(sector_order)}
        self._plan_key = [self._plan_key_of(r) for r in live]
        self._per_sector = dict(Counter([r.sector_id for r in live]))
        self._compute_col_keys()
        self._order = self._sorted_order()
        self._refilter()
        self.endResetModel()

    def set_sector_order(self, sector_order: Sequence[int]) -> None:
        """The tree's order changed: re-sort rows that follow plan order."""
        rank = {sid: i for i, sid in enumerate(sector_order)}
        if rank == self._sector_rank:
            return

        def work() -> None:
            self._sector_rank = rank
            self._plan_key = [self._plan_key_of(r) if r else () for r in self._rows]
            self._order = self._sorted_order(self._order)
            self._refilter()

        self._relayout(work)

    def set_plan_period(self, period: Span | None) -> None:
        """The plan's period changed: timings outside it are marked (and filtered) anew."""
        if period == self.plan_period:
            return
        self.plan_period = period
        self._compiled = self._filter.compile(self.today, period)
        if self._filter.outside_plan_only:
            self.beginResetModel()
            self._refilter()
            self.endResetModel()
        elif self._visible:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visible) - 1, self.COLUMN_COUNT - 1)
            )

    def _plan_key_of(self, r: MeasureRow) -> tuple:
        return (
            self._sector_rank.get(r.sector_id, 1 << 30),
            r.position,
            r.id,
        )

    # -- filtering and sorting -------------------------------------------------------------
    #
    # ``_order`` holds every live row index sorted by (sort column key, plan order);
    # ``_visible`` is the part of it that passes the filter, so filtering never sorts.
    # Filters run as one list comprehension per condition, and sorts use C-level keys
    # (``list.__getitem__`` of precomputed keys): at 100,000 rows a Python call per
    # row per keystroke would be too slow.

    @property
    def filter(self) -> MeasureFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, wanted: MeasureFilter) -> None:
        """Show only rows that pass ``wanted``."""
        if wanted == self._filter:
            return
        narrowing = bool(
            self._filter.search
            and wanted.search.casefold().startswith(self._filter.search.casefold())
            and wanted.without_search() == self._filter.without_search()
        )
        self.beginResetModel()
        self._filter = wanted
        self._compiled = wanted.compile(self.today, self.plan_period)
        self._refilter(among=self._visible if narrowing else None)
        self.endResetModel()

    def set_sector_filter(self, sector_ids: set[int] | None) -> None:
        """Show only measures of these sectors (None: all)."""
        self.set_filter(self._filter.with_sectors(sector_ids))

    def prepare_search(self) -> None:
        """Build the casefolded search text of every row now (it is built lazily otherwise)."""
        self._haystacks()

    def _haystacks(self) -> list[str | None]:
        if self._hay is None:
            self._hay = [haystack(r) if r is not None else None for r in self._rows]
        return self._hay

    def _passes(self, i: int) -> bool:
        r = self._rows[i]
        if r is None:
            return False
        hay = self._haystacks()[i] if self._compiled.words else None
        return self._compiled.matches(r, hay)

    def _filtered(self, candidates: Sequence[int]) -> list[int]:
        """The candidates that pass the filter, in the order given."""
        return self._compiled.select_indexes(self._rows, candidates, self._haystacks)

    def _refilter(self, among: Sequence[int] | None = None) -> None:
        self._visible = self._filtered(self._order if among is None else among)
        self._recount()

    def _recount(self) -> None:
        self._shown_per_sector = None
        rows, today, visible = self._rows, self.today, self._visible
        statuses = [rows[i].status for i in visible]  # type: ignore[union-attr]
        self._done = statuses.count("done")
        ends = [rows[i].timing_end for i in visible]  # type: ignore[union-attr]
        self._overdue = len(
            [
                1
                for end, status in zip(ends, statuses, strict=True)
                if end is not None and end < today and status not in CLOSED_STATUSES
            ]
        )

    def _key(self, i: int) -> tuple:
        """The full sort key of row ``i`` (what ``_order`` is sorted by)."""
        if self._sort_column < 0 or self._rows[i] is None:
            return (self._plan_key[i],)
        return (self._col_keys[i], self._plan_key[i])

    def _sorted_order(self, start: list[int] | None = None) -> list[int]:
        """Every live row index by sort key: plan order, then a stable sort by column.

        ``start`` (the previous order plus new rows) lets the sort run on nearly
        sorted data; both sorts use C-level keys, so 100,000 rows take milliseconds.
        """
        rows = self._rows
        if start is None:
            live = [i for i, r in enumerate(rows) if r is not None]
        else:
            live = [i for i in start if rows[i] is not None]
        live.sort(key=self._plan_key.__getitem__)
        if self._sort_column >= 0:
            live.sort(key=self._col_keys.__getitem__)
        return live

    def _compute_col_keys(self) -> None:
        column, key = self._sort_column, self._column_key
        if column < 0:
            self._col_keys = []
        else:
            self._col_keys = [None if r is None else key(r, column) for r in self._rows]

    @staticmethod
    def _column_key(r: MeasureRow, column: int) -> Any:
        if column == MeasureTableModel.COL_NUMBER:
            return _natural(r.number)
        if column == MeasureTableModel.COL_TIMING:
            start, end = r.timing_start, r.timing_end
            if start is None:
                return (1, date.max, date.max)
            return (0, start, end)
        if column == MeasureTableModel.COL_STATUS:
            return _STATUS_ORDER.get(r.status, 99)
        if column == MeasureTableModel.COL_KIND:
            return _KIND_ORDER.get(r.kind, 99)
        if column == MeasureTableModel.COL_LEVEL:
            return _LEVEL_ORDER.get(r.level or "", 99)
        if column == MeasureTableModel.COL_FRAMEWORK:
            return _FRAMEWORK_ORDER.get(r.framework, 99)
        if column == MeasureTableModel.COL_PRIORITY:
            return -_PRIORITY_ORDER.get(r.priority, 0)
        name = _TEXT_COLUMNS[column]
        return (getattr(r, name) or "").casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (-1: plan order), inside the model."""
        descending = order == Qt.SortOrder.DescendingOrder
        if column == self._sort_column and descending == self._descending:
            return

        def work() -> None:
            if column != self._sort_column:
                self._sort_column = column
                self._compute_col_keys()
                self._order = self._sorted_order(self._order)
                self._visible = self._filtered(self._order)
            self._descending = descending

        self._relayout(work)

    def _relayout(self, work: Callable[[], object]) -> None:
        """Run ``work`` (which reorders or replaces rows) as a layout change.

        Unlike a reset, the views keep their selection, current row and scroll
        position: persistent indexes follow their measures.
        """
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [
            self.measure_id(p.row()) if p.isValid() and p.row() < len(self._visible) else None
            for p in persistent
        ]
        work()
        for p, mid in zip(persistent, ids, strict=True):
            row = -1 if mid is None else self.row_of_measure(mid)
            self.changePersistentIndex(p, QModelIndex() if row < 0 else self.index(row, p.column()))
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        """The column rows are sorted by (-1: plan order)."""
        return self._sort_column

    # -- incremental changes ---------------------------------------------------------------

    def upsert_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Add new rows and replace changed ones, where filter and sort say they belong.

        A changed row that keeps its place is repainted (``dataChanged``); one whose
        place in the sort changed is moved (``rowsMoved``); one that enters or leaves
        the filter is inserted or removed.
        """
        fresh = [r if type(r) is MeasureRow else as_measure_row(r) for r in rows]  # type: ignore[arg-type]
        if len(fresh) > self.INCREMENTAL_LIMIT:
            if not self._update_in_place(fresh):
                self._bulk(lambda: [self._store_row(r) for r in fresh])
            return
        for r in fresh:
            i = self._index.get(r.id)
            if i is None:
                self._put_in(self._store_row(r))
            else:
                self._replace_row(i, r)

    def _replace_row(self, i: int, r: MeasureRow) -> None:
        """Give row ``i`` new values: repaint, move, show or hide it as needed."""
        old = self._rows[i]
        if old is None or old == r:
            return
        order_at = self._find(self._order, i)
        shown_at = self._find(self._visible, i)
        self._store_row(r)
        shows = self._passes(i)
        key = self._key(i)
        order = self._order
        # Still between its neighbours in the full order: nothing moves anywhere.
        stays = (
            order_at >= 0
            and (order_at == 0 or self._key(order[order_at - 1]) < key)
            and (order_at + 1 == len(order) or key < self._key(order[order_at + 1]))
        )
        if not stays:
            if order_at >= 0:
                del order[order_at]
            order.insert(bisect.bisect_right(order, key, key=self._key), i)
        if shown_at >= 0 and shows:
            self._adjust_counts(old, -1)
            self._adjust_counts(r, +1)
            if stays:
                row = self._view_row(shown_at)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))
            else:
                self._move_visible(shown_at, key)
        elif shown_at >= 0:
            view_row = self._view_row(shown_at)
            self.beginRemoveRows(QModelIndex(), view_row, view_row)
            del self._visible[shown_at]
            self._adjust_counts(old, -1)
            self.endRemoveRows()
        elif shows:
            self._show(i, key)

    def _move_visible(self, at: int, key: tuple) -> None:
        """Move the visible row at position ``at`` to where ``key`` now sorts it."""
        visible = self._visible
        i = visible.pop(at)
        # Where it goes among the others (the list without it is sorted).
        to = bisect.bisect_right(visible, key, key=self._key)
        n = len(visible) + 1
        if self._descending:
            src, dst = n - 1 - at, n - 1 - to
        else:
            src, dst = at, to
        if src == dst:
            # Its neighbours changed but its row did not: a repaint is enough.
            visible.insert(to, i)
            self.dataChanged.emit(self.index(src, 0), self.index(src, self.COLUMN_COUNT - 1))
            return
        visible.insert(at, i)  # as the views still see it until the move begins
        # Qt wants the destination counted before the move: below the source, one more.
        self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dst + 1 if dst > src else dst)
        del visible[at]
        visible.insert(to, i)
        self.endMoveRows()
        self.dataChanged.emit(self.index(dst, 0), self.index(dst, self.COLUMN_COUNT - 1))

    def _show(self, i: int, key: tuple) -> None:
        """Insert row ``i`` (already in the order and passing) among the visible rows."""
        position = bisect.bisect_right(self._visible, key, key=self._key)
        view_row = len(self._visible) - position if self._descending else position
        self.beginInsertRows(QModelIndex(), view_row, view_row)
        self._visible.insert(position, i)
        self._adjust_counts(self._rows[i], +1)
        self.endInsertRows()

    def _update_in_place(self, rows: list[MeasureRow]) -> bool:
        """Apply a large batch of changed rows without re-sorting the whole table.

        A move renumbers the rest of its sector: thousands of rows change number
        and position but keep their places relative to each other. Those are
        replaced where they stand; the few rows that really go elsewhere (the moved
        measure, a new one, one entering or leaving the filter) are taken out and
        put back by bisection. When the batch breaks the order in any other way,
        nothing is touched and False tells the caller to re-sort.
        """
        known = [(self._index.get(r.id), r) for r in rows]
        existing = [(i, r) for i, r in known if i is not None]
        fresh = [r for i, r in known if i is None]
        movers = {
            i
            for i, r in existing
            if r.sector_id != self._rows[i].sector_id  # type: ignore[union-attr]
        }
        if len(movers) + len(fresh) > self.INCREMENTAL_LIMIT:
            return False
        # Trial: new values for the rows that stay, checked against their neighbours.
        saved = {
            i: (self._rows[i], self._plan_key[i], self._col_keys[i] if self._col_keys else None)
            for i, _r in existing
        }
        hay = self._hay
        saved_hay = {i: hay[i] for i in saved} if hay is not None else {}
        was_shown = {i: self._passes(i) for i in saved}
        for _i, r in existing:
            self._store_row(r)
        movers |= {i for i in saved if self._passes(i) != was_shown[i]}
        stayers = [i for i in saved if i not in movers]
        order = [i for i in self._order if i not in movers] if movers else self._order
        staying = set(stayers)
        key = self._key
        for p in [p for p, i in enumerate(order) if i in staying]:
            here = key(order[p])
            if (p > 0 and key(order[p - 1]) > here) or (
                p + 1 < len(order) and here > key(order[p + 1])
            ):
                for j, (before, plan_key, col_key) in saved.items():  # undo the trial
                    self._count_sector(self._rows[j], -1)
                    self._rows[j] = before
                    self._count_sector(before, +1)
                    self._plan_key[j] = plan_key
                    if self._col_keys:
                        self._col_keys[j] = col_key
                    if hay is not None:
                        hay[j] = saved_hay[j]
                return False
        # Commit: movers out (bottom up, so view rows stay valid), stayers repainted,
        # movers and new rows back in where they now belong. The usual case, one
        # measure moved to another sector and shown before and after, is a real
        # move, so the views keep it selected.
        shown_both = [i for i in movers if was_shown[i] and self._passes(i)]
        moving = shown_both[0] if len(movers) == 1 and len(shown_both) == 1 else None
        leaving = (
            [p for p, i in enumerate(self._visible) if i in movers and i != moving]
            if movers
            else []
        )
        for p in reversed(leaving):
            view_row = self._view_row(p)
            self.beginRemoveRows(QModelIndex(), view_row, view_row)
            i = self._visible.pop(p)
            self._adjust_counts(saved[i][0], -1)
            self.endRemoveRows()
        self._order = order
        view_rows = []
        for p in [p for p, i in enumerate(self._visible) if i in staying]:
            i = self._visible[p]
            self._adjust_counts(saved[i][0], -1)
            self._adjust_counts(self._rows[i], +1)
            view_rows.append(self._view_row(p))
        if view_rows:
            self.dataChanged.emit(
                self.index(min(view_rows), 0),
                self.index(max(view_rows), self.COLUMN_COUNT - 1),
            )
        if moving is not None:
            moving_key = self._key(moving)
            self._order.insert(bisect.bisect_right(self._order, moving_key, key=self._key), moving)
            self._adjust_counts(saved[moving][0], -1)
            self._adjust_counts(self._rows[moving], +1)
            self._move_visible(self._visible.index(moving), moving_key)
        for i in movers:
            if i != moving:
                self._put_in(i)
        for r in fresh:
            self._put_in(self._store_row(r))
        return True

    def patch_places(self, places: dict[int, tuple[int, str]]) -> None:
        """Give rows a new (position, number) where they stand.

        For measures the services renumbered: renumbering closes gaps without
        changing their order in the plan, and neither filters nor counts look at
        position or number, so in plan order no row moves, appears or disappears.
        (Sorted by number, the rows are re-sorted: a sector's new code can carry its
        numbers past another's.) Call it after :meth:`upsert_rows` has put the moved
        measures in place.
        """
        by_number = self._sort_column == self.COL_NUMBER
        touched = False
        for mid, (position, number) in places.items():
            i = self._index.get(mid)
            if i is None:
                continue
            values = list(self._rows[i])  # type: ignore[arg-type]
            values[_POSITION_AT], values[_NUMBER_AT] = position, number
            row: MeasureRow = _new_row(MeasureRow, values)
            self._rows[i] = row
            self._plan_key[i] = self._plan_key_of(row)
            if by_number:
                self._col_keys[i] = self._column_key(row, self.COL_NUMBER)
            touched = True
        if touched and by_number:
            # Sector codes may have changed too (a sector moved): numbers can then
            # change places across sectors, so a number sort is redone (C-level keys).
            def resort() -> None:
                self._order = self._sorted_order(self._order)
                self._visible = self._filtered(self._order)

            self._relayout(resort)
        elif touched and self._visible:
            # The view repaints only what it shows, so one signal for every row is cheap.
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._visible) - 1, self.COLUMN_COUNT - 1)
            )

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Drop the rows of deleted measures."""
        ids = [i for i in ids if i in self._index]
        if len(ids) > self.INCREMENTAL_LIMIT:

            def forget_all() -> None:
                for mid in ids:
                    self._forget(mid)

            self._bulk(forget_all)
            return
        for mid in ids:
            i = self._index[mid]
            self._take_out(i)
            self._forget(mid)

    def _bulk(self, work: Callable[[], object]) -> None:
        def everything() -> None:
            before = len(self._rows)
            work()
            start = self._order + list(range(before, len(self._rows)))
            self._order = self._sorted_order(start)
            self._refilter()

        self._relayout(everything)

    def _store_row(self, r: MeasureRow) -> int:
        mid = r.id
        i = self._index.get(mid)
        column = self._sort_column
        if i is None:
            i = len(self._rows)
            self._rows.append(r)
            self._plan_key.append(self._plan_key_of(r))
            if column >= 0:
                self._col_keys.append(self._column_key(r, column))
            if self._hay is not None:
                self._hay.append(haystack(r))
            self._index[mid] = i
        else:
            old = self._rows[i]
            self._count_sector(old, -1)
            self._rows[i] = r
            self._plan_key[i] = self._plan_key_of(r)
            if column >= 0:
                self._col_keys[i] = self._column_key(r, column)
            if self._hay is not None:
                self._hay[i] = haystack(r)
        self._count_sector(r, +1)
        return i

    def _forget(self, mid: int) -> None:
        i = self._index.pop(mid)
        self._count_sector(self._rows[i], -1)
        self._rows[i] = None
        if self._hay is not None:
            self._hay[i] = None

    def _count_sector(self, r: MeasureRow | None, delta: int) -> None:
        self._shown_per_sector = None
        if r is None:
            return
        sid = r.sector_id
        self._per_sector[sid] = self._per_sector.get(sid, 0) + delta

    def _slot(self, view_row: int) -> int:
        """The row index behind a view row."""
        if self._descending:
            return self._visible[len(self._visible) - 1 - view_row]
        return self._visible[view_row]

    def _view_row(self, position: int) -> int:
        return len(self._visible) - 1 - position if self._descending else position

    def _find(self, sequence: list[int], i: int) -> int:
        """Where row ``i`` sits in a list sorted by ``_key`` (-1 if absent)."""
        key = self._key(i)
        position = bisect.bisect_left(sequence, key, key=self._key)
        while position < len(sequence):
            if sequence[position] == i:
                return position
            if self._key(sequence[position]) != key:
                break
            position += 1
        return -1

    def _take_out(self, i: int) -> None:
        """Remove row ``i`` from the order and, if shown, from the visible rows."""
        position = self._find(self._order, i)
        if position >= 0:
            del self._order[position]
        position = self._find(self._visible, i)
        if position < 0:
            return
        view_row = self._view_row(position)
        self.beginRemoveRows(QModelIndex(), view_row, view_row)
        del self._visible[position]
        self._adjust_counts(self._rows[i], -1)
        self.endRemoveRows()

    def _put_in(self, i: int) -> None:
        """Insert row ``i`` into the order and, if it passes, among the visible rows."""
        key = self._key(i)
        self._order.insert(bisect.bisect_right(self._order, key, key=self._key), i)
        if self._passes(i):
            self._show(i, key)

    def _adjust_counts(self, r: MeasureRow | None, delta: int) -> None:
        self._shown_per_sector = None
        if r is None:
            return
        if r.status == "done":
            self._done += delta
        elif is_overdue(r, self.today):
            self._overdue += delta

    # -- lookups ---------------------------------------------------------------------------

    def row_values(self, row: int) -> dict[str, Any]:
        """The visible row ``row`` as a dict of ``MEASURE_ROW_COLUMNS``."""
        return self.row_tuple(row)._asdict()

    def row_tuple(self, row: int) -> MeasureRow:
        """The visible row ``row`` as its :class:`MeasureRow`."""
        return self._rows[self._slot(row)]  # type: ignore[return-value]

    def visible_rows(self) -> list[MeasureRow]:
        """Every visible row, in view order (what calendars and reports show)."""
        rows = self._rows
        ordered = reversed(self._visible) if self._descending else self._visible
        return [rows[i] for i in ordered]  # type: ignore[misc]

    def measure_id(self, row: int) -> int:
        """The id of the measure on visible row ``row``."""
        return self._rows[self._slot(row)].id  # type: ignore[union-attr]

    def row_of_measure(self, measure_id: int) -> int:
        """The visible row of a measure, or -1."""
        i = self._index.get(measure_id)
        if i is None:
            return -1
        key = self._key(i)
        position = bisect.bisect_left(self._visible, key, key=self._key)
        while position < len(self._visible) and self._key(self._visible[position]) == key:
            if self._visible[position] == i:
                return self._view_row(position)
            position += 1
        return -1

    def has_measure(self, measure_id: int) -> bool:
        """Whether the plan (not only the visible rows) holds this measure."""
        return measure_id in self._index

    def counts_by_sector(self, filtered: bool = False) -> dict[int, int]:
        """Each sector's own measure count over all rows (not only visible ones).

        ``filtered``: count only the measures that pass the filter's other criteria
        (status, search …: everything but the sector, which the tree chooses).
        """
        if not filtered:
            return {sid: n for sid, n in self._per_sector.items() if n}
        if self._shown_per_sector is None:
            rows = self._rows
            if self._filter.sector_ids is None:
                passing: Iterable[int] = self._visible
            else:
                others = self._filter.without_sector().compile(self.today, self.plan_period)
                passing = others.select_indexes(rows, self._order, self._haystacks)
            self._shown_per_sector = dict(Counter([rows[i].sector_id for i in passing]))  # type: ignore[union-attr]
        return dict(self._shown_per_sector)

    def sector_counts(self) -> tuple[dict[int, int], dict[int, int] | None]:
        """What the sector tree shows: (all measures, measures passing the filters or None).

        The second is None while no filter but the sector is on, so the tree shows
        plain totals; otherwise it shows "3 of 8". Hand both to
        :meth:`SectorTreeModel.set_counts` (or ``set_sectors``).
        """
        if self._filter.without_sector().is_empty:
            return self.counts_by_sector(), None
        return self.counts_by_sector(), self.counts_by_sector(filtered=True)

    def totals(self) -> tuple[int, int, int]:
        """(measures, done, overdue) over the visible rows."""
        return len(self._visible), self._done, self._overdue

    def agencies(self) -> list[str]:
        """Every responsible agency named in the plan, sorted, for the agency filter."""
        seen: dict[str, str] = {}
        for r in self._rows:
            if r is None:
                continue
            for text in (r.responsible_a, r.responsible_b):
                for agency in split_agencies(text or ""):
                    seen.setdefault(agency.casefold(), agency)
        return sorted(seen.values(), key=str.casefold)

    def is_overdue_row(self, row: int) -> bool:
        """Whether the measure on visible row ``row`` is overdue."""
        return is_overdue(self._rows[self._slot(row)], self.today)  # type: ignore[arg-type]

    def is_outside_period_row(self, row: int) -> bool:
        """Whether the timing of the measure on visible row ``row`` leaves the plan's period."""
        return is_outside_period(self._rows[self._slot(row)], self.plan_period)  # type: ignore[arg-type]

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [MEASURE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self.measure_id(i.row()) for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MEASURE_MIME, json.dumps(ids).encode())
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r: MeasureRow = self._rows[self._slot(index.row())]  # type: ignore[assignment]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == IdRole:
            return r.id
        if role == OverdueRole:
            return is_overdue(r, self.today)
        if role == OutsidePeriodRole:
            return is_outside_period(r, self.plan_period)
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.COL_TIMING and is_outside_period(r, self.plan_period):
                return _OUTSIDE_BRUSH
            return None
        if role == SortKeyRole:
            return self._column_key(r, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (self.COL_TIMING, self.COL_STATUS) and is_overdue(r, self.today):
                return _OVERDUE_BRUSH
            if column == self.COL_STATUS and r.status == "cancelled":
                return _MUTED_BRUSH
            return None
        if role == Qt.ItemDataRole.FontRole and column == self.COL_NUMBER and r.number_pinned:
            return _italic()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_TIMING:
                tip = r.timing.describe(current_language())
                if is_overdue(r, self.today):
                    tip += "\n" + self.tr("Overdue: the timing has passed and it is not done")
                if is_outside_period(r, self.plan_period):
                    start, end = self.plan_period  # type: ignore[misc]
                    tip += "\n" + (
                        self.tr("Outside the plan's period (%1 – %2)")
                        .replace("%1", f"{start:%d.%m.%Y}")
                        .replace("%2", f"{end:%d.%m.%Y}")
                    )
                return tip
            if column == self.COL_NUMBER and r.number_pinned:
                return self.tr("Number typed by hand: kept when measures are renumbered")
            if column in (
                self.COL_TITLE,
                self.COL_RESPONSIBLE_A,
                self.COL_RESPONSIBLE_B,
                self.COL_NOTES,
                self.COL_FORM,
            ):
                return self._display(r, column)
        return None

    def _display(self, r: MeasureRow, column: int) -> str:
        if column == self.COL_STATUS:
            text = label(Status(r.status))
            return (
                self.tr("%1 (overdue)").replace("%1", text) if is_overdue(r, self.today) else text
            )
        if column == self.COL_KIND:
            return label(Kind(r.kind))
        if column == self.COL_LEVEL:
            level = r.level
            return label(Level(level)) if level else ""
        if column == self.COL_FRAMEWORK:
            return label(Framework(r.framework))
        if column == self.COL_PRIORITY:
            return label(Priority(r.priority))
        if column == self.COL_TIMING:
            return r.timing_text
        return getattr(r, _TEXT_COLUMNS[column]) or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


_TEXT_COLUMNS = {
    MeasureTableModel.COL_NUMBER: "number",
    MeasureTableModel.COL_TITLE: "title",
    MeasureTableModel.COL_RESPONSIBLE_A: "responsible_a",
    MeasureTableModel.COL_RESPONSIBLE_B: "responsible_b",
    MeasureTableModel.COL_FORM: "form",
    MeasureTableModel.COL_LOCATION: "location",
    MeasureTableModel.COL_NOTES: "notes",
    MeasureTableModel.COL_TIMING: "timing_text",
}
