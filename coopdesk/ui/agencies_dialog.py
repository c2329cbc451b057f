"""Plan > Agencies…: the directory of each party's agencies.

The list on the left shows every agency (party, short name, full name, what it
sits under, how many measures name it), filtered by party and by a search that
reads every name in every language. The form on the right edits the selected one:
party, full and short names in Russian, Kazakh and English, its parent (an
embassy under its ministry) and a contact note. Save, Add, Delete and Merge go
through the window's workspace, so each is one undo step (Edit > Undo) and every
window sees it; the dialog itself refreshes from the change sets, as the other
views do. :func:`install_agencies` adds the menu action.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.agencies import NAME_FIELDS, Agency, normalize
from coopdesk.errors import CoopDeskError
from coopdesk.services.changes import ChangeSet
from coopdesk.ui.core_messages import core_text

if TYPE_CHECKING:
    from coopdesk.services.agencies import AgencyService
    from coopdesk.ui.workspace import Workspace


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgenciesDialog", text)


class AgenciesDialog(QDialog):
    """The agency directory: a filtered list and a form for the selected agency."""

    COL_PARTY, COL_SHORT, COL_FULL, COL_PARENT, COL_USED = range(5)

    def __init__(
        self,
        agencies: AgencyService,
        workspace: Workspace | None,
        parent: QWidget | None = None,
        *,
        party_names: tuple[str, str] = ("", ""),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agencies"))
        self.resize(1150, 640)
        self.agencies = agencies
        self.workspace = workspace
        self.party_names = party_names
        self._rows: list[Agency] = []
        self._by_id: dict[int, Agency] = {}
        self.current: Agency | None = None
        self.base_version = 0

        self.party_filter = QComboBox(self)
        self.party_filter.addItem(self.tr("Both parties"), None)
        self.party_filter.addItem(self.tr("Party A"), "a")
        self.party_filter.addItem(self.tr("Party B"), "b")
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search any name, any language…"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Party"), self.tr("Short name"), self.tr("Full name"),
             self.tr("Under"), self.tr("Measures")]
        )  # fmt: skip
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_FULL, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (self.COL_PARTY, 70),
            (self.COL_SHORT, 220),
            (self.COL_PARENT, 130),
            (self.COL_USED, 90),
        ):
            self.table.setColumnWidth(column, width)

        self.party = QComboBox(self)
        self.party.addItem(self._party_label("a"), "a")
        self.party.addItem(self._party_label("b"), "b")
        # A party's full name is long: the box elides it rather than widen the form.
        self.party.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.party.setMinimumContentsLength(20)
        self.names: dict[str, QLineEdit] = {name: QLineEdit(self) for name in NAME_FIELDS}
        self.parent_box = QComboBox(self)
        self.parent_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.contact = QPlainTextEdit(self)
        self.contact.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        form_page = QWidget(self)
        form = QFormLayout(form_page)
        form.addRow(self.tr("&Party:"), self.party)
        labels = {
            "short_ru": self.tr("Short name (Russian):"),
            "full_ru": self.tr("Full name (Russian):"),
            "short_kk": self.tr("Short name (Kazakh):"),
            "full_kk": self.tr("Full name (Kazakh):"),
            "short_en": self.tr("Short name (English):"),
            "full_en": self.tr("Full name (English):"),
        }
        for name in NAME_FIELDS:
            form.addRow(labels[name], self.names[name])
        form.addRow(self.tr("&Under:"), self.parent_box)
        form.addRow(self.tr("&Contact:"), self.contact)
        form.addRow("", self.message)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.add_button = QPushButton(self.tr("&Add as new"), self)
        self.new_button = QPushButton(self.tr("&New"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.merge_button = QPushButton(self.tr("&Merge selected…"), self)
        # What acts on the form under the form; what acts on the list under the list.
        actions = QHBoxLayout()
        for button in (self.save_button, self.add_button):
            actions.addWidget(button)
        actions.addStretch(1)
        list_actions = QHBoxLayout()
        for button in (self.new_button, self.delete_button, self.merge_button):
            list_actions.addWidget(button)
        list_actions.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(form_page)
        right_layout.addLayout(actions)
        right_layout.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        filters = QHBoxLayout()
        filters.addWidget(self.party_filter)
        filters.addWidget(self.search, 1)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(list_actions)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([680, 420])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.party_filter.currentIndexChanged.connect(lambda _i: self._fill_table())
        self.search.textChanged.connect(lambda _t: self._fill_table())
        self.table.itemSelectionChanged.connect(self._selected)
        self.party.currentIndexChanged.connect(lambda _i: self._fill_parents())
        self.save_button.clicked.connect(self.save)
        self.add_button.clicked.connect(self.add)
        self.new_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self.delete)
        self.merge_button.clicked.connect(self.merge)
        self._hub = agencies.unit.hub
        self._hub.subscribe(self._heard)
        self.finished.connect(self._detach)
        self.reload()
        self.start_new()

    def _party_label(self, party: str) -> str:
        name = self.party_names[0 if party == "a" else 1]
        base = self.tr("Party A") if party == "a" else self.tr("Party B")
        return f"{base} ({name})" if name else base

    def _detach(self, *_args: Any) -> None:
        with contextlib.suppress(ValueError):
            self._hub.unsubscribe(self._heard)

    def _heard(self, changes: ChangeSet) -> None:
        if changes.touched("agency") or changes.touched("measure_agency"):
            self.reload()

    # -- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the directory again (keeps the selection)."""
        try:
            self._rows = self.agencies.list_agencies()
            self._used = self.agencies.usage()
        except CoopDeskError as exc:
            self.message.setText(core_text(exc))
            return
        self._by_id = {a.id: a for a in self._rows if a.id is not None}
        self._fill_table()
        self._fill_parents()
        if self.current is not None and self.current.id in self._by_id:
            fresh = self._by_id[self.current.id]
            # Changed elsewhere (an undo, another window): show it, unless the user
            # is typing over it (then Save is refused as stale and says so).
            if fresh != self.current and self._untouched():
                self.show_agency(fresh)
            self.current = fresh

    def _untouched(self) -> bool:
        """Whether the form still holds the selected agency as it was shown."""
        if self.current is None:
            return False
        shown = {
            "party": self.current.party,
            **{name: getattr(self.current, name) for name in NAME_FIELDS},
            "parent_id": self.current.parent_id,
            "contact": self.current.contact,
        }
        return self.values() == shown

    def visible(self) -> list[Agency]:
        """The agencies the filters leave, in list order."""
        party = self.party_filter.currentData()
        words = normalize(self.search.text()).split()
        out = []
        for agency in self._rows:
            if party and agency.party != party:
                continue
            haystack = normalize(" ".join(agency.names()))
            if all(w in haystack for w in words):
                out.append(agency)
        return out

    def _fill_table(self) -> None:
        selected = set(self.selected_ids())
        rows = self.visible()
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, agency in enumerate(rows):
            parent = self._by_id.get(agency.parent_id) if agency.parent_id else None
            cells = (
                self.tr("A") if agency.party == "a" else self.tr("B"),
                agency.name(),
                agency.name(short=False),
                parent.name() if parent else "",
                str(self._used.get(agency.id or 0, 0)),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, agency.id)
                item.setToolTip(text)
                if c in (self.COL_PARTY, self.COL_USED):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
            if agency.id in selected:
                self.table.selectRow(r)
        self.table.blockSignals(False)

    def _fill_parents(self) -> None:
        party = self.party.currentData()
        keep = self.parent_box.currentData()
        self.parent_box.blockSignals(True)
        self.parent_box.clear()
        self.parent_box.addItem(self.tr("(none)"), None)
        own = self.current.id if self.current is not None else None
        for agency in self._rows:
            if agency.party == party and agency.id != own:
                self.parent_box.addItem(agency.name(), agency.id)
        self.parent_box.setCurrentIndex(max(self.parent_box.findData(keep), 0))
        self.parent_box.blockSignals(False)

    def selected_ids(self) -> list[int]:
        """The ids of the selected rows."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        out = []
        for row in rows:
            item = self.table.item(row, 0)
            if item is not None:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def _selected(self) -> None:
        ids = self.selected_ids()
        self.merge_button.setEnabled(len(ids) >= 2)
        if len(ids) == 1 and ids[0] in self._by_id:
            self.show_agency(self._by_id[ids[0]])

    def show_agency(self, agency: Agency) -> None:
        """Put an agency in the form."""
        self.current = agency
        #: The version the form was filled from: a save over a newer one is refused.
        self.base_version = agency.version
        self.message.clear()
        self.party.setCurrentIndex(max(self.party.findData(agency.party), 0))
        for name, edit in self.names.items():
            edit.setText(getattr(agency, name))
            edit.setCursorPosition(0)  # a long name shows its beginning
        self._fill_parents()
        self.parent_box.setCurrentIndex(max(self.parent_box.findData(agency.parent_id), 0))
        self.contact.setPlainText(agency.contact)
        self.save_button.setEnabled(True)
        self.delete_button.setEnabled(True)

    def start_new(self) -> None:
        """Empty the form for a new agency."""
        self.current = None
        self.table.clearSelection()
        for edit in self.names.values():
            edit.clear()
        self.contact.clear()
        self._fill_parents()
        self.parent_box.setCurrentIndex(0)
        self.message.clear()
        self.save_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        self.names["short_ru"].setFocus()

    def values(self) -> dict[str, Any]:
        """What the form holds, as agency fields."""
        return {
            "party": self.party.currentData(),
            **{name: edit.text() for name, edit in self.names.items()},
            "parent_id": self.parent_box.currentData(),
            "contact": self.contact.toPlainText(),
        }

    # -- changing ---------------------------------------------------------------------------

    def _run(self, label: str, action: Any) -> Any:
        """One service call as one undo step of the window; a refusal shows in the form.

        The step goes on the window's undo stack as its workspace's own steps do;
        a refused change is said under the form (not in a message box).
        """
        self.message.clear()
        workspace = self.workspace
        made: list[ChangeSet] = []

        def heard(changes: ChangeSet) -> None:
            if changes.kind == "do" and changes.step_id is not None:
                made.append(changes)

        self._hub.subscribe(heard)
        try:
            if workspace is None:
                result = action()
            else:
                with workspace.service.acting_for(workspace):
                    result = action()
        except CoopDeskError as exc:
            self.message.setText(core_text(exc))
            return None
        finally:
            self._hub.unsubscribe(heard)
        if workspace is not None:
            for changes in made:
                workspace.push_step(label, changes.step_id)
        return result

    def save(self) -> None:
        """Save the form over the selected agency."""
        if self.current is None or self.current.id is None:
            return
        ident, version = self.current.id, self.base_version
        done = self._run(
            self.tr("Edit agency"),
            lambda: self.agencies.update_agency(ident, if_version=version, **self.values()),
        )
        if done is not None:
            self.reload()
            self.show_agency(self._by_id.get(ident, done))

    def add(self) -> None:
        """Add the form as a new agency."""
        added = self._run(self.tr("Add agency"), lambda: self.agencies.add_agency(**self.values()))
        if added is not None:
            self.reload()
            self._select(added.id)

    def delete(self) -> None:
        """Delete the selected agency (measures keep their text; undo brings it back)."""
        if self.current is None or self.current.id is None:
            return
        ident = self.current.id
        used = self._used.get(ident, 0)
        question = self.tr("Delete “%1”?").replace("%1", self.current.name())
        if used:
            question += " " + self.tr(
                "%1 measure(s) name it: they lose it from their agencies and keep their text."
            ).replace("%1", str(used))
        answer = QMessageBox.question(self, self.tr("Delete agency"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(self.tr("Delete agency"), lambda: self.agencies.delete_agency(ident))
        self.reload()
        self.start_new()

    def merge(self) -> None:
        """Merge the selected agencies into the one the user picks."""
        ids = [i for i in self.selected_ids() if i in self._by_id]
        if len(ids) < 2:
            return
        names = [self._by_id[i].name() for i in ids]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Merge agencies"),
            self.tr("Keep this one; the others' measures and sub-agencies move to it:"),
            names,
            0,
            False,
        )
        if not ok:
            return
        keep = ids[names.index(chosen)]
        self._run(
            self.tr("Merge agencies"),
            lambda: self.agencies.merge_agencies(keep, [i for i in ids if i != keep]),
        )
        self.reload()
        self._select(keep)

    def _select(self, ident: int | None) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == ident:
                self.table.selectRow(row)
                return


def install_agencies(window: Any) -> QAction:
    """Add Agencies… to the window's menu (issue 16); returns the action."""
    action = QAction(_tr("A&gencies…"), window)
    action.setObjectName("agenciesAction")
    action.triggered.connect(lambda: open_agencies(window))
    menu = getattr(window, "plan_menu", None) or window.file_menu
    anchor = getattr(window, "_file_tail", None) if menu is window.file_menu else None
    if anchor is not None:
        menu.insertAction(anchor, action)
    else:
        menu.addAction(action)
    window.agencies_action = action
    return action


def open_agencies(window: Any) -> AgenciesDialog | None:
    """Open the directory for the window's store."""
    from coopdesk.services.agencies import AgencyService

    if window.service is None:
        return None
    plan = getattr(window, "plan", None)
    names = (plan.party_a, plan.party_b) if plan is not None else ("", "")
    dialog = AgenciesDialog(
        AgencyService(window.service), window.workspace, window, party_names=names
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    window.agencies_dialog = dialog
    return dialog
