"""The measure editor's agency pickers: each party's agencies from the directory, in order.

:class:`AgencyPicker` holds one party's chosen agencies (the first is the lead, shown
in bold); a box with completion adds one from the directory, buttons move the
selected one up or down or take it out. Every change is one undo step ("Edit
responsible agencies") made through the window's workspace; the measure's
responsible text (the free-text field above, still typed freely) follows the
choice while it is the text the directory would write (see
:mod:`coopdesk.services.agencies`).

:func:`install_agency_pickers` puts both pickers under the editor's
responsible-agency fields (issue 16) and keeps them current: the measure shown,
and every change set touching its agencies, from this window or another.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.agencies import Agency
from coopdesk.errors import CoopDeskError
from coopdesk.services.changes import ChangeSet

if TYPE_CHECKING:
    from coopdesk.services.agencies import AgencyService
    from coopdesk.ui.workspace import Workspace


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgencyPicker", text)


class AgencyPicker(QWidget):
    """One party's agencies of a measure, in order; emits :attr:`chosen` with the new ids."""

    #: The list the user made (agency ids, lead first).
    chosen = Signal(list)

    def __init__(self, party: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.party = party
        self._directory: list[Agency] = []
        self._ids: list[int] = []
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        self.list.setToolTip(self.tr("The first agency leads; the others co-execute."))
        self.add_box = QComboBox(self)
        self.add_box.setEditable(True)
        self.add_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # Full names are long: the box must not widen the editor's dock.
        self.add_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.add_box.setMinimumContentsLength(12)
        edit, completer = self.add_box.lineEdit(), self.add_box.completer()
        assert edit is not None and completer is not None  # an editable combo has both
        edit.setPlaceholderText(self.tr("Add from the directory…"))
        # Any part of any name finds it ("Посольство" finds "Посольство РК в РФ").
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_box.activated.connect(self._add_current)
        edit.returnPressed.connect(self._add_current)
        self.up = self._button("↑", self.tr("Move up (the first leads)"), lambda: self._shift(-1))
        self.down = self._button("↓", self.tr("Move down"), lambda: self._shift(1))
        self.remove = self._button("✕", self.tr("Take out"), self._remove)
        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.up, self.down, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.add_box)
        selection = self.list.selectionModel()
        assert selection is not None  # a view with a model has one
        selection.currentRowChanged.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(slot)
        return button

    # -- content ----------------------------------------------------------------------------

    def set_directory(self, agencies: Sequence[Agency]) -> None:
        """The agencies of this party one may pick."""
        self._directory = [a for a in agencies if a.party == self.party]
        self.add_box.blockSignals(True)
        self.add_box.clear()
        for agency in self._directory:
            full = agency.name(short=False)
            text = agency.name() if full == agency.name() else f"{agency.name()} — {full}"
            self.add_box.addItem(text, agency.id)
        self.add_box.setCurrentIndex(-1)
        self.add_box.clearEditText()
        self.add_box.blockSignals(False)

    def set_chosen(self, agencies: Sequence[Agency]) -> None:
        """Show the measure's agencies of this party (lead first)."""
        row = self.current_row()
        self._ids = [a.id for a in agencies if a.id is not None]
        self.model.clear()
        for index, agency in enumerate(agencies):
            item = QStandardItem(agency.name())
            self.model.appendRow(item)
            item.setData(agency.id, Qt.ItemDataRole.UserRole)
            item.setToolTip(agency.name(short=False))
            if index == 0:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setToolTip(self.tr("%1 (lead)").replace("%1", agency.name(short=False)))
        if 0 <= row < self.model.rowCount():
            self.set_current_row(row)
        self._update_buttons()

    def current_row(self) -> int:
        """The row of the agency the list's cursor is on (-1: none)."""
        return self.list.currentIndex().row()

    def set_current_row(self, row: int) -> None:
        """Put the list's cursor on a row."""
        self.list.setCurrentIndex(self.model.index(row, 0))

    def ids(self) -> list[int]:
        """The ids shown, lead first."""
        return list(self._ids)

    def names(self) -> list[str]:
        """The names shown, lead first."""
        return [self.model.item(i).text() for i in range(self.model.rowCount())]

    # -- editing ----------------------------------------------------------------------------

    def _add_current(self, *_args: Any) -> None:
        index = self.add_box.currentIndex()
        text = self.add_box.currentText().strip()
        if index < 0 or self.add_box.itemText(index) != text:
            index = self.add_box.findText(text, Qt.MatchFlag.MatchStartsWith)
        if index < 0:
            return
        ident = self.add_box.itemData(index)
        self.add_box.setCurrentIndex(-1)
        self.add_box.clearEditText()
        if ident is not None and ident not in self._ids:
            self.chosen.emit([*self._ids, int(ident)])

    def _shift(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < len(self._ids):
            return
        ids = self.ids()
        ids[row], ids[target] = ids[target], ids[row]
        self.set_current_row(target)
        self.chosen.emit(ids)

    def _remove(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self._ids):
            self.chosen.emit([i for n, i in enumerate(self._ids) if n != row])

    def _update_buttons(self, *_args: Any) -> None:
        row = self.current_row()
        self.up.setEnabled(row > 0)
        self.down.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.remove.setEnabled(row >= 0)


class AgencyPickers(QObject):
    """Both parties' pickers for the measure the editor shows, saved through a workspace."""

    def __init__(
        self,
        service: Callable[[], AgencyService | None],
        workspace: Callable[[], Workspace | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._service, self._workspace = service, workspace
        self.measure_id: int | None = None
        self.pickers = {"a": AgencyPicker("a", parent), "b": AgencyPicker("b", parent)}
        for party, picker in self.pickers.items():
            picker.chosen.connect(lambda ids, p=party: self._chosen(p, ids))
        self._hub: Any = None
        #: The directory as last read: kept while no change set touches an agency, so
        #: moving from measure to measure reads only that measure's links.
        self._directory: list[Agency] | None = None

    def show_measure(self, measure_id: int | None) -> None:
        """Show the agencies of this measure (None: none)."""
        self.measure_id = measure_id
        self._follow()
        self.reload(directory=False)

    def reload(self, directory: bool = True) -> None:
        """Read the measure's agencies again, and the directory (unless ``directory`` is
        False and it was read already)."""
        agencies = self._service()
        for picker in self.pickers.values():
            picker.setEnabled(agencies is not None and self.measure_id is not None)
        if agencies is None or self.measure_id is None:
            for picker in self.pickers.values():
                picker.set_chosen([])
            return
        fresh = None
        try:
            if directory or self._directory is None:
                fresh = agencies.list_agencies()
            chosen = agencies.measure_agencies(self.measure_id)
        except CoopDeskError:
            return  # the store is gone or busy: the next change set reloads
        if fresh is not None:
            self._directory = fresh
            for picker in self.pickers.values():
                picker.set_directory(fresh)
        for party, picker in self.pickers.items():
            picker.set_chosen(chosen[party])

    def _follow(self) -> None:
        """Listen to the current store's changes (the window may have opened another)."""
        agencies = self._service()
        hub = agencies.unit.hub if agencies is not None else None
        if hub is self._hub:
            return
        if self._hub is not None:
            with contextlib.suppress(ValueError):
                self._hub.unsubscribe(self._heard)
        self._hub = hub
        self._directory = None  # another store: another directory
        if hub is not None:
            hub.subscribe(self._heard)

    def _heard(self, changes: ChangeSet) -> None:
        # Only what shows here: an edit of another field of the measure reads nothing.
        if changes.touched("agency"):
            self.reload()
        elif changes.touched("measure_agency"):
            self.reload(directory=False)

    def _chosen(self, party: str, ids: list[int]) -> None:
        agencies, workspace = self._service(), self._workspace()
        if agencies is None or workspace is None or self.measure_id is None:
            return
        measure_id, base = self.measure_id, self.pickers[party].ids()
        workspace.run_step(
            _tr("Edit responsible agencies"),
            lambda: agencies.set_measure_agencies(measure_id, party, ids, base=base),
        )
        self.reload()


def install_agency_pickers(window: Any) -> AgencyPickers:
    """Put the pickers under the editor's responsible fields of ``window`` (a MainWindow)."""
    from coopdesk.services.agencies import AgencyService

    def service() -> AgencyService | None:
        plans = getattr(window, "service", None)
        if plans is None:
            return None
        cached = getattr(window, "_agency_service", None)
        if cached is None or cached.unit is not plans:
            cached = AgencyService(plans)
            window._agency_service = cached
        return cached

    form = window.editor.form
    pickers = AgencyPickers(service, lambda: getattr(window, "workspace", None), form)
    layout = form.layout()
    assert isinstance(layout, QFormLayout)
    position: Any = layout.getWidgetPosition(form.responsible_b)
    row = int(position[0])
    labels = {"a": _tr("From the directory (A):"), "b": _tr("From the directory (B):")}
    for offset, party in enumerate(("a", "b"), start=1):
        label = QLabel(labels[party], form)
        label.setBuddy(pickers.pickers[party].add_box)
        layout.insertRow(row + offset, label, pickers.pickers[party])
    window.editor.measure_shown.connect(pickers.show_measure)
    pickers.show_measure(window.editor.measure_id)
    return pickers
