"""A two-level item model of measures in groups: periods of a month, weeks of the agenda.

Groups hold row positions into the shared :class:`~coopdesk.calendar.rows.CalendarRows`
(never copies of rows, so a group of 60,000 measures costs one list reference), and
items are built by the view only when they are scrolled into sight.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QStyledItemDelegate

from coopdesk.calendar.holidays import HolidayCalendar
from coopdesk.calendar.rows import (
    CalendarRows,
    is_overdue,
)
from coopdesk.domain.rows import MeasureRow
from coopdesk.domain.vocab import Status
from coopdesk.ui.calendar import style
from coopdesk.ui.models import IdRole, OverdueRole
from coopdesk.ui.vocab import label

Index = QModelIndex | QPersistentModelIndex

#: Role of a group's key (what the view uses to remember expanded groups).
GroupKeyRole = Qt.ItemDataRole.UserRole + 20
_NO_GROUP = 0  # internal id of top-level (group) indexes


@dataclass(slots=True)
class MeasureGroup:
    """A titled group of measures."""

    key: Any  # stable across refreshes (a span, a week's Monday, "overdue" ...)
    title: str
    positions: Sequence[int]  # row positions; not modified by the model
    #: Text of the "When" column per item, computed on demand (None: the column is empty).
    when: Callable[[int], str] | None = None
    alert: bool = False  # drawn in the overdue colour
    show_timing: bool = False  # the title column also shows the timing words
    tooltip: str = ""


class RoomyDelegate(QStyledItemDelegate):
    """Rows a few pixels taller than the style's default: long lists read more easily."""

    EXTRA = 6

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.EXTRA)


class MeasureGroupModel(QAbstractItemModel):
    """Groups of measures with a configurable set of columns."""

    COL_WHEN = "when"
    COL_NUMBER = "number"
    COL_TITLE = "title"
    COL_TIMING = "timing"
    COL_STATUS = "status"
    COL_RESPONSIBLE = "responsible"

    def __init__(self, columns: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.data_rows: CalendarRows = CalendarRows()
        self.today = date.today()
        self.holidays: HolidayCalendar | None = None
        self._groups: list[MeasureGroup] = []
        self._headers = {
            self.COL_WHEN: self.tr("When"),
            self.COL_NUMBER: self.tr("No."),
            self.COL_TITLE: self.tr("Measure"),
            self.COL_TIMING: self.tr("Timing"),
            self.COL_STATUS: self.tr("Status"),
            self.COL_RESPONSIBLE: self.tr("Responsible"),
        }
        self._bold = QFont()
        self._bold.setBold(True)
        self._struck = QFont()
        self._struck.setStrikeOut(True)
        self._alert = QBrush(style.OVERDUE_COLOUR)
        self._muted = QBrush(style.TEXT_MUTED)
        self._group_band = QBrush(style.SECTOR_BAND)

    # -- content ---------------------------------------------------------------------------

    def set_groups(
        self, data: CalendarRows, groups: list[MeasureGroup], today: date | None = None
    ) -> None:
        """Replace every group."""
        self.beginResetModel()
        self.data_rows = data
        self._groups = [g for g in groups if len(g.positions)]
        if today is not None:
            self.today = today
        self.endResetModel()

    def groups(self) -> list[MeasureGroup]:
        """The groups shown (empty groups are left out)."""
        return list(self._groups)

    def refresh_rows(self) -> None:
        """Row values changed but the grouping did not: repaint every item."""
        for g, group in enumerate(self._groups):
            if group.positions:
                parent = self.index(g, 0)
                self.dataChanged.emit(
                    self.index(0, 0, parent),
                    self.index(len(group.positions) - 1, len(self.columns) - 1, parent),
                )

    def measure_count(self) -> int:
        """How many measure items there are in all groups."""
        return sum(len(g.positions) for g in self._groups)

    def measure_ids(self) -> list[int]:
        """The ids of every measure item, group by group."""
        rows = self.data_rows.rows
        return [rows[i].id for g in self._groups for i in g.positions]

    def index_of_measure(self, measure_id: int) -> QModelIndex:
        """The first item of a measure, or an invalid index."""
        position = self.data_rows.position_of(measure_id)
        if position is None:
            return QModelIndex()
        for g, group in enumerate(self._groups):
            try:
                row = group.positions.index(position)
            except ValueError:
                continue
            return self.createIndex(row, 0, g + 1)
        return QModelIndex()

    def group_index(self, key: Any) -> QModelIndex:
        """The index of the group with this key, or an invalid index."""
        for g, group in enumerate(self._groups):
            if group.key == key:
                return self.createIndex(g, 0, _NO_GROUP)
        return QModelIndex()

    def measure_id(self, index: Index) -> int | None:
        """The measure of an item index (None for a group)."""
        if not index.isValid() or index.internalId() == _NO_GROUP:
            return None
        group = self._groups[index.internalId() - 1]
        return self.data_rows.rows[group.positions[index.row()]].id

    # -- QAbstractItemModel ----------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _NO_GROUP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _NO_GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() != _NO_GROUP or parent.column() != 0:
            return 0
        return len(self._groups[parent.row()].positions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _NO_GROUP:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self.columns[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _NO_GROUP:
            return self._group_data(self._groups[index.row()], index.column(), role)
        group = self._groups[index.internalId() - 1]
        position = group.positions[index.row()]
        return self._item_data(group, position, self.columns[index.column()], role)

    def _group_data(self, group: MeasureGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return group.title
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and group.alert:
            return self._alert
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._group_band
        if role == Qt.ItemDataRole.ToolTipRole and group.tooltip:
            return group.tooltip
        if role == GroupKeyRole:
            return group.key
        return None

    def _item_data(self, group: MeasureGroup, position: int, column: str, role: int) -> Any:
        row = self.data_rows.rows[position]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(group, position, row, column)
        if role == IdRole:
            return row.id
        if role == OverdueRole:
            return is_overdue(row, self.today)
        if role == Qt.ItemDataRole.DecorationRole and column == self.columns[0]:
            return style.status_icon(row.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (self.COL_WHEN, self.COL_STATUS) and is_overdue(row, self.today):
                return self._alert
            if row.status == Status.CANCELLED.value or column in (
                self.COL_TIMING,
                self.COL_RESPONSIBLE,
            ):
                return self._muted
            return None
        if role == Qt.ItemDataRole.FontRole and row.status == Status.CANCELLED.value:
            return self._struck
        if role == Qt.ItemDataRole.ToolTipRole:
            return style.measure_tooltip(row, self.today, self.holidays)
        return None

    def _text(self, group: MeasureGroup, position: int, row: MeasureRow, column: str) -> str:
        if column == self.COL_WHEN:
            return group.when(position) if group.when else ""
        if column == self.COL_NUMBER:
            return row.number
        if column == self.COL_TITLE:
            text = row.title
            if self.COL_NUMBER not in self.columns and row.number:
                text = f"{row.number}  {text}"
            if group.show_timing and row.timing_text.strip():
                text = f"{text} — {row.timing_text.strip()}"
            return text
        if column == self.COL_TIMING:
            return row.timing_text
        if column == self.COL_STATUS:
            text = label(Status(row.status))
            if is_overdue(row, self.today):
                return self.tr("%1 (overdue)").replace("%1", text)
            return text
        if column == self.COL_RESPONSIBLE:
            return " / ".join(x for x in (row.responsible_a, row.responsible_b) if x)
        return ""
