"""The measure editor's progress list: each party's entries on the measure, newest first.

A table (reporting date, party, status, what was done, event date, documents) with
Add, Edit and Delete, and a "Status set by hand" box: ticked, progress entries
leave the measure's status alone. Every change goes through the progress service
as one undo step of the window (:meth:`Workspace.run_step`); the list refreshes from
the change sets, so another window's entries appear here too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.progress import ProgressEntry
from coopdesk.domain.vocab import ProgressStatus
from coopdesk.errors import CoopDeskError
from coopdesk.services.changes import ChangeSet
from coopdesk.services.plans import PlanService
from coopdesk.services.progress import MANUAL_STEPS, ProgressService
from coopdesk.ui.bridge import ChangeBridge
from coopdesk.ui.vocab import label
from coopdesk.ui.workspace import Workspace

#: Columns of the entry table: the reporting date, party and status as three lines of
#: the first, what was done (with the event date and documents) in the second, so the
#: list fits the editor's width.
COL_WHEN, COL_TEXT = range(2)


def qdate(value: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    """A QDate as a Python date."""
    return date(value.year(), value.month(), value.day())


def parse_day(text: str) -> date | None:
    """A typed date (DD.MM.YYYY or YYYY-MM-DD; "" is none); ValueError if it is not one."""
    from datetime import datetime

    text = text.strip()
    if not text:
        return None
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def format_day(value: date | None) -> str:
    """A date as the forms show it (DD.MM.YYYY)."""
    return "" if value is None else f"{value.day:02d}.{value.month:02d}.{value.year}"


class ProgressEntryDialog(QDialog):
    """Add or edit one progress entry: date, party, status, text, event date, documents."""

    def __init__(
        self,
        party_names: tuple[str, str],
        entry: ProgressEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress entry") if entry else self.tr("New progress entry"))
        self.as_of = QDateEdit(qdate(entry.as_of if entry else date.today()), self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd.MM.yyyy")
        self.party = QComboBox(self)
        self.party.addItem(party_names[0], "a")
        self.party.addItem(party_names[1], "b")
        self.status = QComboBox(self)
        for status in ProgressStatus:
            self.status.addItem(label(status), status.value)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.event_date = QLineEdit(self)
        # Placeholder of a date field: the format to type.
        self.event_date.setPlaceholderText(self.tr("DD.MM.YYYY (if it took place)"))
        self.documents = QLineEdit(self)
        self.documents.setPlaceholderText(self.tr("A reference or a file link"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        if entry is not None:
            self.party.setCurrentIndex(self.party.findData(entry.party))
            self.status.setCurrentIndex(self.status.findData(entry.status.value))
            self.text.setPlainText(entry.text)
            self.event_date.setText(format_day(entry.event_date))
            self.documents.setText(entry.documents)
        form = QFormLayout()
        form.addRow(self.tr("&Reporting date:"), self.as_of)
        form.addRow(self.tr("P&arty:"), self.party)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("&What was done:"), self.text)
        form.addRow(self.tr("&Event date:"), self.event_date)
        form.addRow(self.tr("&Documents:"), self.documents)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        try:
            parse_day(self.event_date.text())
        except ValueError:
            self.error.setText(
                self.tr("“%1” is not a date: type it as DD.MM.YYYY").replace(
                    "%1", self.event_date.text()
                )
            )
            self.error.show()
            self.event_date.setFocus()
            return
        self.accept()

    def values(self) -> dict[str, object]:
        """The entry's fields as the progress service takes them."""
        return {
            "as_of": pydate(self.as_of.date()),
            "party": str(self.party.currentData()),
            "status": str(self.status.currentData()),
            "text": self.text.toPlainText().strip(),
            "event_date": parse_day(self.event_date.text()),
            "documents": self.documents.text().strip(),
        }


class ProgressPanel(QGroupBox):
    """The progress entries of the measure the editor shows (hidden for none)."""

    #: The list was (re)loaded: the number of entries shown.
    loaded = Signal(int)

    def __init__(
        self,
        context: Callable[[], tuple[PlanService | None, Workspace | None, tuple[str, str]]],
        parent: QWidget | None = None,
        read_only: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(self.tr("Progress"), parent)
        self._context = context
        #: Whether the window may only read (a reader's login): no edit controls.
        self._read_only = read_only
        self.measure_id: int | None = None
        self.entries: list[ProgressEntry] = []
        self._hub_service: PlanService | None = None
        self._bridge: ChangeBridge | None = None
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date, party, status"), self.tr("What was done")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(120)
        # Never wider than the editor: the text column takes what is left.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.table.doubleClicked.connect(lambda _index: self.edit_entry())
        self.empty = QLabel(self.tr("No progress reported yet."), self)
        self.empty.setStyleSheet("color: #666;")
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("Ed&it…"), self)
        self.delete_button = QPushButton(self.tr("De&lete"), self)
        self.manual = QCheckBox(self.tr("Status set by hand"), self)
        self.manual.setToolTip(
            self.tr(
                "Ticked: the status stays as set by hand. Unticked: it follows both "
                "parties' latest progress entries."
            )
        )
        self.add_button.clicked.connect(lambda: self.add_entry())
        self.edit_button.clicked.connect(lambda: self.edit_entry())
        self.delete_button.clicked.connect(lambda: self.delete_entry())
        self.manual.clicked.connect(self._manual_clicked)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.manual)
        self.show_measure(None)

    # -- what it shows --------------------------------------------------------------------------

    def _service(self) -> PlanService | None:
        service, _workspace, _names = self._context()
        if service is not self._hub_service:
            # A store opened since: follow the new service's change sets (through a
            # bridge: a change set may be published off the GUI thread, by an import).
            self.detach()
            if service is not None:
                self._bridge = ChangeBridge(service.hub, self)
                self._bridge.changed.connect(self._heard)
            self._hub_service = service
        return service

    def detach(self) -> None:
        """Stop following change sets (the window is closing, or its store changed)."""
        if self._bridge is not None:
            self._bridge.detach()
            self._bridge.deleteLater()
            self._bridge = None
        self._hub_service = None

    def show_measure(self, measure_id: int | None) -> None:
        """List the entries of this measure (None: hide)."""
        self.measure_id = measure_id
        self.setVisible(measure_id is not None)
        self.reload()

    def reload(self) -> None:
        """Read the measure's entries again."""
        service = self._service()
        if self.measure_id is None or service is None:
            self.entries = []
            self._fill()
            return
        progress = ProgressService(service)
        try:
            self.entries = progress.list_entries(self.measure_id)
            manual = progress.status_manual([self.measure_id]).get(self.measure_id, False)
        except CoopDeskError:
            self.entries, manual = [], False
        self.manual.setChecked(manual)
        self._fill()

    def _fill(self) -> None:
        _service, _workspace, names = self._context()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            party = names[0] if entry.party == "a" else names[1]
            lines = [entry.text] if entry.text else []
            if entry.event_date is not None:
                lines.append(self.tr("Held on %1").replace("%1", format_day(entry.event_date)))
            if entry.documents:
                lines.append(self.tr("Documents: %1").replace("%1", entry.documents))
            side = self.tr("Party A") if entry.party == "a" else self.tr("Party B")
            when = f"{format_day(entry.as_of)}\n{side}\n{label(entry.status)}"
            for col, text, tip in ((COL_WHEN, when, party), (COL_TEXT, "\n".join(lines), "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                item.setToolTip(tip or text)
                self.table.setItem(row, col, item)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.entries))
        self.empty.setVisible(not self.entries)
        self._selection_changed()
        self.loaded.emit(len(self.entries))

    def _selection_changed(self) -> None:
        writable = not self._read_only()
        chosen = self.current_entry() is not None
        self.add_button.setEnabled(writable)
        self.manual.setEnabled(writable)
        self.edit_button.setEnabled(chosen and writable)
        self.delete_button.setEnabled(chosen and writable)

    def current_entry(self) -> ProgressEntry | None:
        """The entry selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.entries):
            return None
        return self.entries[rows[0].row()]

    def _heard(self, changes: ChangeSet) -> None:
        if self.measure_id is None:
            return
        # Only what the list shows: entries, and the "set by hand" flag (an edit of a
        # measure field must not cost this panel a read).
        if changes.touched("progress") or (
            changes.name in MANUAL_STEPS and self.measure_id in changes.touched("measure")
        ):
            self.reload()

    # -- changes ----------------------------------------------------------------------------

    def _run(self, text: str, action: Callable[[ProgressService], object]) -> object:
        service, workspace, _names = self._context()
        if service is None or workspace is None:
            return None
        progress = ProgressService(service)
        return workspace.run_step(text, lambda: action(progress))

    def add_entry(self) -> None:
        """Add an entry (a dialog asks for it)."""
        if self.measure_id is None:
            return
        measure_id = self.measure_id
        dialog = ProgressEntryDialog(self._context()[2], None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self._run(
            self.tr("Add progress entry"),
            lambda p: p.add_entry(
                measure_id,
                str(values["party"]),
                values["as_of"],  # type: ignore[arg-type]
                str(values["status"]),
                text=str(values["text"]),
                event_date=values["event_date"],  # type: ignore[arg-type]
                documents=str(values["documents"]),
            ),
        )

    def edit_entry(self) -> None:
        """Edit the selected entry."""
        entry = self.current_entry()
        if entry is None or entry.id is None:
            return
        dialog = ProgressEntryDialog(self._context()[2], entry, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        ident, version = entry.id, entry.version
        self._run(
            self.tr("Edit progress entry"),
            lambda p: p.update_entry(ident, if_version=version, **values),
        )

    def delete_entry(self, confirm: bool = True) -> None:
        """Delete the selected entry (asks first)."""
        entry = self.current_entry()
        if entry is None or entry.id is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete progress entry"),
                self.tr("Delete this progress entry? Edit > Undo brings it back."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        ident, version = entry.id, entry.version
        self._run(
            self.tr("Delete progress entry"),
            lambda p: p.delete_entry(ident, if_version=version),
        )

    def _manual_clicked(self, checked: bool) -> None:
        if self.measure_id is None:
            return
        measure_id = self.measure_id
        text = (
            self.tr("Keep status set by hand")
            if checked
            else self.tr("Derive status from progress")
        )
        self._run(text, lambda p: p.set_status_manual(measure_id, checked))
        self.reload()
