"""Item models over plain data: the sector tree and the measures table.

Both hold ids and plain tuples loaded through the services, never ORM objects,
and expose ``COL_*`` constants and named roles. The table keeps every row of the
plan in memory and filters in Python (a proxy model calling ``data()`` per row is
far too slow at 100,000 measures).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from coopdesk.domain.model import Sector
from coopdesk.domain.timing import Precision, Timing
from coopdesk.domain.vocab import Framework, Kind, Level, Status
from coopdesk.store.columns import MEASURE_ROW_COLUMNS
from coopdesk.ui.vocab import label

Index = QModelIndex | QPersistentModelIndex

#: Roles shared by both models.
IdRole = Qt.ItemDataRole.UserRole + 1
OverdueRole = Qt.ItemDataRole.UserRole + 2
SortKeyRole = Qt.ItemDataRole.UserRole + 3

ALL_SECTORS = 0  # internal id of the "All sectors" item at the top of the tree

_R = {name: i for i, name in enumerate(MEASURE_ROW_COLUMNS)}
_OVERDUE_BRUSH = QBrush(QColor(176, 0, 32))


class SectorTreeModel(QAbstractItemModel):
    """The plan's sector tree with the number of measures in each (sub-sectors included)."""

    COL_NAME = 0
    COL_COUNT = 1
    COLUMN_COUNT = 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sectors: dict[int, Sector] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._direct: dict[int, int] = {}
        self._totals: dict[int, int] = {}

    # -- loading ---------------------------------------------------------------------------

    def set_sectors(self, sectors: Sequence[Sector], counts: dict[int, int]) -> None:
        """Replace the tree; ``counts`` maps sector id to its own measure count."""
        self.beginResetModel()
        self._sectors = {s.id: s for s in sectors if s.id is not None}
        self._children = {None: [ALL_SECTORS], ALL_SECTORS: []}
        for s in sectors:
            parent = s.parent_id if s.parent_id in self._sectors else ALL_SECTORS
            self._children.setdefault(parent, []).append(s.id)  # type: ignore[arg-type]
        for kids in self._children.values():
            kids.sort(key=lambda sid: (self._sectors[sid].position, sid) if sid else (0, 0))
        self._direct = dict(counts)
        self._recount()
        self.endResetModel()

    def set_counts(self, counts: dict[int, int]) -> None:
        """Update the measure counts only (after measures were added, moved or removed)."""
        self._direct = dict(counts)
        self._recount()
        self._emit_count_changed(None)

    def _recount(self) -> None:
        totals: dict[int, int] = {}

        def total(sid: int) -> int:
            n = self._direct.get(sid, 0) + sum(total(c) for c in self._children.get(sid, []))
            totals[sid] = n
            return n

        totals[ALL_SECTORS] = sum(total(c) for c in self._children.get(ALL_SECTORS, []))
        self._totals = totals

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
                return str(self.total(sid))
            if sid == ALL_SECTORS:
                return self.tr("All sectors")
            sector = self._sectors[sid]
            return f"{sector.code}. {sector.name}" if sector.code else sector.name
        if role == Qt.ItemDataRole.ToolTipRole and sid != ALL_SECTORS:
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


class MeasureTableModel(QAbstractTableModel):
    """The plan's measures as plain rows, filtered by sector inside the model."""

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
    COLUMN_COUNT = 11

    def __init__(self, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._rows: list[tuple] = []
        self._visible: list[int] = []
        self._sector_filter: set[int] | None = None
        self._headers = [
            self.tr("No."),
            self.tr("Measure"),
            self.tr("Timing"),
            self.tr("Status"),
            self.tr("Responsible (party A)"),
            self.tr("Responsible (party B)"),
            self.tr("Form of completion"),
            self.tr("Kind"),
            self.tr("Level"),
            self.tr("Framework"),
            self.tr("Location"),
        ]

    # -- loading and filtering -------------------------------------------------------------

    def set_rows(self, rows: Iterable[Sequence[Any]]) -> None:
        """Replace every row (plain tuples in ``MEASURE_ROW_COLUMNS`` order)."""
        self.beginResetModel()
        self._rows = [tuple(r) for r in rows]
        self._refilter()
        self.endResetModel()

    def set_sector_filter(self, sector_ids: set[int] | None) -> None:
        """Show only measures of these sectors (None: all)."""
        self.beginResetModel()
        self._sector_filter = sector_ids
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        wanted = self._sector_filter
        sid = _R["sector_id"]
        if wanted is None:
            self._visible = list(range(len(self._rows)))
        else:
            self._visible = [i for i, r in enumerate(self._rows) if r[sid] in wanted]

    def row_values(self, row: int) -> dict[str, Any]:
        """The visible row ``row`` as a dict of ``MEASURE_ROW_COLUMNS``."""
        return dict(zip(MEASURE_ROW_COLUMNS, self._rows[self._visible[row]], strict=True))

    def measure_id(self, row: int) -> int:
        """The id of the measure on visible row ``row``."""
        return self._rows[self._visible[row]][_R["id"]]

    def row_of_measure(self, measure_id: int) -> int:
        """The visible row of a measure, or -1."""
        for row, i in enumerate(self._visible):
            if self._rows[i][0] == measure_id:
                return row
        return -1

    def counts_by_sector(self) -> dict[int, int]:
        """Each sector's own measure count over all rows (not only visible ones)."""
        out: dict[int, int] = {}
        sid = _R["sector_id"]
        for r in self._rows:
            out[r[sid]] = out.get(r[sid], 0) + 1
        return out

    def totals(self) -> tuple[int, int, int]:
        """(measures, done, overdue) over the visible rows."""
        done = overdue = 0
        for i in self._visible:
            r = self._rows[i]
            if r[_R["status"]] == Status.DONE.value:
                done += 1
            elif self._is_overdue(r):
                overdue += 1
        return len(self._visible), done, overdue

    def _is_overdue(self, r: tuple) -> bool:
        end = r[_R["timing_end"]]
        return (
            end is not None
            and end < self.today
            and r[_R["status"]] not in (Status.DONE.value, Status.CANCELLED.value)
        )

    # -- QAbstractTableModel ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[self._visible[index.row()]]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == IdRole:
            return r[_R["id"]]
        if role == OverdueRole:
            return self._is_overdue(r)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (self.COL_TIMING, self.COL_STATUS) and self._is_overdue(r):
                return _OVERDUE_BRUSH
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COL_TIMING:
                timing = _timing(r)
                tip = timing.describe("en")
                if self._is_overdue(r):
                    tip += "\n" + self.tr("Overdue: the timing has passed and it is not done")
                return tip
            if column in (self.COL_TITLE, self.COL_RESPONSIBLE_A, self.COL_RESPONSIBLE_B):
                return self._display(r, column)
        return None

    def _display(self, r: tuple, column: int) -> str:
        if column == self.COL_NUMBER:
            return r[_R["number"]]
        if column == self.COL_TITLE:
            return r[_R["title"]]
        if column == self.COL_TIMING:
            return r[_R["timing_text"]]
        if column == self.COL_STATUS:
            text = label(Status(r[_R["status"]]))
            return self.tr("%1 (overdue)").replace("%1", text) if self._is_overdue(r) else text
        if column == self.COL_RESPONSIBLE_A:
            return r[_R["responsible_a"]]
        if column == self.COL_RESPONSIBLE_B:
            return r[_R["responsible_b"]]
        if column == self.COL_FORM:
            return r[_R["form"]]
        if column == self.COL_KIND:
            return label(Kind(r[_R["kind"]]))
        if column == self.COL_LEVEL:
            level = r[_R["level"]]
            return label(Level(level)) if level else ""
        if column == self.COL_FRAMEWORK:
            return label(Framework(r[_R["framework"]]))
        if column == self.COL_LOCATION:
            return r[_R["location"]]
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def _timing(r: tuple) -> Timing:
    return Timing(
        r[_R["timing_text"]],
        r[_R["timing_start"]],
        r[_R["timing_end"]],
        Precision(r[_R["timing_precision"]]),
    )
