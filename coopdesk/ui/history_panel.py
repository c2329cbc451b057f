"""The History panel: who changed what and when, for the selected measure or the whole plan.

It reads the field changes the services record with every step (see
:mod:`coopdesk.services.history`) and follows the change sets like every view:
a change made here or in another window appears at once. **Restore** puts an old
value back as a new change, which is itself an undoable step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.vocab import Framework, Kind, Level, PlanState, Priority, Status
from coopdesk.services.changes import ChangeSet
from coopdesk.services.history import FieldChange, HistoryService
from coopdesk.ui.i18n import QT_TRANSLATE_NOOP
from coopdesk.ui.vocab import label

#: Raw field names as the panel shows them (translated through tr()).
_FIELDS = {
    "title": QT_TRANSLATE_NOOP("HistoryModel", "Title"),
    "description": QT_TRANSLATE_NOOP("HistoryModel", "Description"),
    "kind": QT_TRANSLATE_NOOP("HistoryModel", "Kind"),
    "level": QT_TRANSLATE_NOOP("HistoryModel", "Level"),
    "framework": QT_TRANSLATE_NOOP("HistoryModel", "Framework"),
    "responsible_a": QT_TRANSLATE_NOOP("HistoryModel", "Responsible (party A)"),
    "responsible_b": QT_TRANSLATE_NOOP("HistoryModel", "Responsible (party B)"),
    "form": QT_TRANSLATE_NOOP("HistoryModel", "Form of completion"),
    "timing_text": QT_TRANSLATE_NOOP("HistoryModel", "Timing"),
    "location": QT_TRANSLATE_NOOP("HistoryModel", "Location"),
    "status": QT_TRANSLATE_NOOP("HistoryModel", "Status"),
    "priority": QT_TRANSLATE_NOOP("HistoryModel", "Priority"),
    "notes": QT_TRANSLATE_NOOP("HistoryModel", "Notes"),
    "number": QT_TRANSLATE_NOOP("HistoryModel", "Number"),
    "sector_id": QT_TRANSLATE_NOOP("HistoryModel", "Sector"),
    "created": QT_TRANSLATE_NOOP("HistoryModel", "Created"),
    "deleted": QT_TRANSLATE_NOOP("HistoryModel", "Deleted"),
    "name": QT_TRANSLATE_NOOP("HistoryModel", "Name"),
    "code": QT_TRANSLATE_NOOP("HistoryModel", "Code"),
    "parent_id": QT_TRANSLATE_NOOP("HistoryModel", "Parent sector"),
    "party_a": QT_TRANSLATE_NOOP("HistoryModel", "Party A"),
    "party_b": QT_TRANSLATE_NOOP("HistoryModel", "Party B"),
    "period_start": QT_TRANSLATE_NOOP("HistoryModel", "Period start"),
    "period_end": QT_TRANSLATE_NOOP("HistoryModel", "Period end"),
    "signed_date": QT_TRANSLATE_NOOP("HistoryModel", "Signed on"),
    "signed_place": QT_TRANSLATE_NOOP("HistoryModel", "Signed at"),
    "state": QT_TRANSLATE_NOOP("HistoryModel", "State"),
    "language": QT_TRANSLATE_NOOP("HistoryModel", "Document language"),
}

#: Fields whose stored codes are shown by their names in the window's language.
_VOCABS: dict[str, type] = {
    "kind": Kind,
    "level": Level,
    "framework": Framework,
    "status": Status,
    "priority": Priority,
    "state": PlanState,
}

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Field changes as rows: when, who, measure, field, old value, new value."""

    COL_AT, COL_BY, COL_MEASURE, COL_FIELD, COL_OLD, COL_NEW = range(6)
    COLUMN_COUNT = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[FieldChange] = []
        self.sector_names: dict[str, str] = {}

    def set_rows(self, rows: list[FieldChange]) -> None:
        """Show these changes (newest first)."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            self.tr("When"),
            self.tr("Who"),
            self.tr("Measure"),
            self.tr("Field"),
            self.tr("Was"),
            self.tr("Became"),
        ]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        change = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(change, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (self.COL_OLD, self.COL_NEW):
            return self._text(change, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return change
        return None

    def _text(self, change: FieldChange, column: int) -> str:
        if column == self.COL_AT:
            return f"{change.at:%d.%m.%Y %H:%M}"
        if column == self.COL_BY:
            return change.by
        if column == self.COL_MEASURE:
            if change.entity == "measure":
                return change.number or f"#{change.entity_id}"
            return {"sector": self.tr("sector"), "plan": self.tr("plan")}.get(change.entity, "")
        if column == self.COL_FIELD:
            name = _FIELDS.get(change.field, change.field)
            text = self.tr(name)
            if change.kind != "do":
                text += " (" + (self.tr("undo") if change.kind == "undo" else self.tr("redo")) + ")"
            return text
        value = change.old if column == self.COL_OLD else change.new
        if value is not None and change.field in ("sector_id", "parent_id"):
            return self.sector_names.get(value, value)
        vocab = _VOCABS.get(change.field)
        if value and vocab is not None:
            try:
                return label(vocab(value))
            except ValueError:
                return value
        return value or ""


class HistoryPanel(QWidget):
    """The dock's content: a filter line and the table of changes, with Restore."""

    def __init__(
        self,
        history: Callable[[], HistoryService | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self.plan_id: int | None = None
        self.measure_id: int | None = None
        self.model = HistoryModel(self)
        self.whole_plan = QCheckBox(self.tr("&Whole plan"), self)
        self.whole_plan.setToolTip(
            self.tr("Every change of the plan, not only the selected measure")
        )
        self.person = QComboBox(self)
        self.person.setToolTip(self.tr("Only changes made by this person"))
        self.since = QDateEdit(self)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd.MM.yyyy")
        self.since.setSpecialValueText(self.tr("any time"))
        self.since.setMinimumDate(QDate(2000, 1, 1))
        self.since.setDate(self.since.minimumDate())
        self.since.setToolTip(self.tr("Only changes made on or after this day"))
        since_label = QLabel(self.tr("&Since:"), self)
        since_label.setBuddy(self.since)
        self.restore_button = QPushButton(self.tr("&Restore old value"), self)
        self.restore_button.setToolTip(
            self.tr("Put the selected change's old value back (a new change you can undo)")
        )
        self.restore_button.setEnabled(False)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(
            HistoryModel.COL_NEW, QHeaderView.ResizeMode.Stretch
        )
        self.view.setWordWrap(False)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")

        line = QHBoxLayout()
        line.addWidget(self.whole_plan)
        line.addWidget(self.person, 1)
        line.addWidget(since_label)
        line.addWidget(self.since)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(line)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)

        self.whole_plan.toggled.connect(lambda _on: self.refresh())
        self.person.currentIndexChanged.connect(lambda _i: self.refresh())
        self.since.dateChanged.connect(lambda _d: self.refresh())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.restore_button.clicked.connect(self.restore_selected)
        self.refresh()

    # -- what to show -----------------------------------------------------------------------

    def show_plan(self, plan_id: int | None, sector_names: dict[int, str] | None = None) -> None:
        """The plan whose changes are listed (its people fill the filter)."""
        self.plan_id = plan_id
        self.model.sector_names = {str(k): v for k, v in (sector_names or {}).items()}
        history = self._history()
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItem(self.tr("Everyone"), None)
        if history is not None and plan_id is not None:
            for name in history.people(plan_id):
                self.person.addItem(name, name)
        self.person.blockSignals(False)
        self.refresh()

    def show_measure(self, measure_id: int | None) -> None:
        """The measure whose changes are listed (unless the whole plan is)."""
        if measure_id == self.measure_id:
            return
        self.measure_id = measure_id
        if not self.whole_plan.isChecked():
            self.refresh()

    def since_date(self) -> date | None:
        """The "since" filter (None: any time)."""
        if self.since.date() == self.since.minimumDate():
            return None
        value = self.since.date().toPython()
        return value if isinstance(value, date) else None

    def refresh(self) -> None:
        """Read the changes again from the store."""
        history = self._history()
        rows: list[FieldChange] = []
        if history is not None and self.plan_id is not None:
            measure = None if self.whole_plan.isChecked() else self.measure_id
            if measure is not None or self.whole_plan.isChecked():
                rows = history.plan_history(
                    self.plan_id,
                    since=self.since_date(),
                    by=self.person.currentData(),
                    measure_id=measure,
                    limit=2000,
                )
        self.model.set_rows(rows)
        if rows:
            self.empty.hide()
        else:
            self.empty.setText(
                self.tr("Select a measure to see its changes, or tick Whole plan.")
                if not self.whole_plan.isChecked() and self.measure_id is None
                else self.tr("No changes on record here.")
            )
            self.empty.show()
        self.view.resizeColumnsToContents()
        self._update_buttons()

    def apply_changes(self, changes: ChangeSet) -> None:
        """A step was committed here or elsewhere: refresh if it concerns what is shown."""
        if self.plan_id is None or changes.plan_id not in (None, self.plan_id):
            return
        if not self.isVisible():
            self._stale = True
            return
        concerns = self.whole_plan.isChecked() or self.measure_id in changes.touched("measure")
        if concerns and not self._add_recorded(changes):
            self.refresh()

    def _add_recorded(self, changes: ChangeSet) -> bool:
        """Put a step of this window on top without a read, when it carries all it needs.

        Only for steps that changed fields of measures the change set also carries as
        saved (an edit): their number is known. Returns False when a read is needed.
        """
        if changes.remote or changes.step_id is None or changes.at is None or not changes.fields:
            return False
        if changes.removed or changes.added:
            return False
        if any(
            f["entity"] != "measure" or f["entity_id"] not in changes.saved for f in changes.fields
        ):
            return False
        by = self.person.currentData()
        if by and by != changes.actor:
            return True  # nothing of it shows under this person's filter
        since = self.since_date()
        if since is not None and changes.at.date() < since:
            return True
        fresh = [
            FieldChange(
                changes.step_id,
                changes.at,
                changes.actor,
                changes.name,
                changes.kind,
                f["entity"],
                f["entity_id"],
                changes.saved[f["entity_id"]].number,
                f["field"],
                f["old"],
                f["new"],
            )
            for f in reversed(changes.fields)
            if self.whole_plan.isChecked() or f["entity_id"] == self.measure_id
        ]
        self.model.set_rows(fresh + self.model.rows)
        self.empty.setVisible(not self.model.rows)
        self.view.resizeColumnsToContents()
        self._update_buttons()
        return True

    def showEvent(self, event) -> None:
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()
        super().showEvent(event)

    # -- restore ----------------------------------------------------------------------------

    def selected_change(self) -> FieldChange | None:
        """The change the cursor is on."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        change = self.model.data(index, Qt.ItemDataRole.UserRole)
        return change if isinstance(change, FieldChange) else None

    def _update_buttons(self) -> None:
        change = self.selected_change()
        self.restore_button.setEnabled(
            change is not None
            and change.entity == "measure"
            and change.field not in ("created", "deleted", "sector_id")
        )

    #: Set by the window: runs the restore as an undoable step of its workspace.
    restore_handler: Callable[[FieldChange], object] | None = None

    def restore_selected(self) -> None:
        """Put the selected change's old value back."""
        change = self.selected_change()
        if change is not None and self.restore_handler is not None:
            self.restore_handler(change)
