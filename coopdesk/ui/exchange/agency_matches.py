"""The import preview's "Agencies" tab: each agency name of the sheet and its match.

One row per distinct name in the sheet's responsible columns: the party, the
name as written, what it matched in the directory and how (exact, abbreviation,
near match with its score, or new), how many rows name it, and a tick: ticked,
applying links those measures to the match (or adds the new name to the
directory); unticked, the name stays text only. The ticks write straight into the
preview's :class:`~coopdesk.services.agencies.AgencyChoice` list, which the import
then applies.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from coopdesk.services.agencies import AgencyChoice

Index = Any


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgencyMatches", text)


class AgencyMatchesModel(QAbstractTableModel):
    """The preview's agency choices; the first column is the user's tick."""

    COL_USE, COL_PARTY, COL_TEXT, COL_MATCH, COL_HOW, COL_ROWS = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[AgencyChoice] = []

    def set_choices(self, choices: list[AgencyChoice]) -> None:
        """Show these choices (the preview's own list: ticks change it)."""
        self.beginResetModel()
        self._choices = choices
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_USE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def how_text(self, choice: AgencyChoice) -> str:
        """How a name matched, as the tab says it."""
        if choice.how == "exact":
            return _tr("same name")
        if choice.how == "abbreviation":
            return _tr("abbreviation")
        if choice.how == "near":
            return _tr("near match (%1%)").replace("%1", f"{choice.score:.0f}")
        return _tr("new: add to the directory")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        choice = self._choices[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.COL_USE:
            return Qt.CheckState.Checked if choice.accept else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_HOW:
            if choice.how == "near":
                return QColor("#8a5a00")
            if choice.how == "new":
                return QColor("#1a5fb4")
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_PARTY:
                return _tr("A") if choice.party == "a" else _tr("B")
            if column == self.COL_TEXT:
                return choice.text
            if column == self.COL_MATCH:
                return choice.agency_name
            if column == self.COL_HOW:
                return self.how_text(choice)
            if column == self.COL_ROWS:
                return str(choice.count)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.COL_USE:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value.value if hasattr(value, "value") else value
        self._choices[index.row()].accept = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                _tr("Use"),
                _tr("Party"),
                _tr("In the sheet"),
                _tr("In the directory"),
                _tr("Match"),
                _tr("Rows"),
            )[section]
        return None


class AgencyMatchesPage(QWidget):
    """The tab's page: a note and the table of choices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AgencyMatchesModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            AgencyMatchesModel.COL_TEXT, QHeaderView.ResizeMode.Stretch
        )
        self.view.horizontalHeader().setSectionResizeMode(
            AgencyMatchesModel.COL_MATCH, QHeaderView.ResizeMode.Stretch
        )
        for column, width in ((0, 50), (1, 60), (4, 190), (5, 60)):
            self.view.setColumnWidth(column, width)
        note = QLabel(
            _tr(
                "The agencies the sheet names, matched to the directory. Ticked: the "
                "measures are linked to the match, or the new name joins the directory. "
                "Unticked: the name stays text only. The text itself is kept as written."
            ),
            self,
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)

    def set_choices(self, choices: list[AgencyChoice]) -> None:
        """Show the preview's choices."""
        self.model.set_choices(choices)

    def title(self) -> str:
        """The tab's title: how many names, how many new."""
        choices = self.model._choices
        new = sum(c.how == "new" for c in choices)
        return _tr("Agencies (%1, %2 new)").replace("%1", str(len(choices))).replace("%2", str(new))
