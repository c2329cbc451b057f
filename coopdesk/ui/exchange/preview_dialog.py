"""The import preview: what a file would add, change and remove, before anything is written.

:class:`ImportPreviewDialog` shows an :class:`~coopdesk.services.imports.ImportPreview`:
a summary line, the changes (added, changed field by field, removed, conflicts), the
problems with sheet, row and column, and the columns the importer could not place
with a menu to place each one. Choosing a placement emits :attr:`mapping_changed`;
the caller previews the file again and hands the new preview to
:meth:`ImportPreviewDialog.set_preview`. Apply is offered only when the file has no
problems: an import is all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.vocab import Kind
from coopdesk.exchange.model import SheetMeasure
from coopdesk.services.imports import ImportPreview
from coopdesk.ui.core_messages import core_text
from coopdesk.ui.exchange.agency_matches import AgencyMatchesPage
from coopdesk.ui.exchange.labels import MAPPABLE_FIELDS, field_label, tr, value_label

_ERROR_STYLE = "color: #b00020;"

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A read-only table of plain string rows (fast for 100,000 rows: nothing per cell)."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._rows[index.row()][index.column()]
            if role == Qt.ItemDataRole.DisplayRole and len(text) > 300:
                return text[:300] + "…"
            return text
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class KindsModel(QAbstractTableModel):
    """The measures to add whose kind was read from their title; the kind is editable.

    Editing a kind writes the new code into the preview's measure, which is what the
    import then writes.
    """

    COL_NUMBER, COL_TITLE, COL_KIND = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measures: list[SheetMeasure] = []

    def set_measures(self, measures: list[SheetMeasure]) -> None:
        """Show ``measures`` (the preview's ``kinds_from_titles``)."""
        self.beginResetModel()
        self._measures = measures
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._measures)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_KIND:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        values = self._measures[index.row()].values
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.COL_KIND:
            return values.get("kind", Kind.OTHER.value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_NUMBER:
                return values.get("number", "")
            if column == self.COL_TITLE:
                return values.get("title", "")
            return value_label("kind", values.get("kind", Kind.OTHER.value))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        editable = index.isValid() and index.column() == self.COL_KIND
        if not editable or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            code = Kind(value).value
        except ValueError:
            return False
        self._measures[index.row()].values["kind"] = code
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (tr("No."), tr("Measure"), tr("Kind"))[section]
        return None


class KindDelegate(QStyledItemDelegate):
    """A drop-down of the kinds for the kind column of :class:`KindsModel`."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for kind in Kind:
            combo.addItem(value_label("kind", kind.value), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def change_rows(preview: ImportPreview) -> list[tuple[str, ...]]:
    """The rows of the changes table: (what, number, title, field, ours, theirs)."""
    diff = preview.diff
    rows: list[tuple[str, ...]] = []
    for conflict in diff.conflicts:
        rows.append(
            (
                tr("Conflict"),
                conflict.number,
                conflict.title,
                field_label(conflict.field),
                value_label(conflict.field, conflict.ours),
                value_label(conflict.field, conflict.theirs),
            )
        )
    for change in diff.changed:
        for fc in change.changes:
            rows.append(
                (
                    tr("Changed"),
                    change.number,
                    change.title,
                    field_label(fc.field),
                    value_label(fc.field, fc.ours),
                    value_label(fc.field, fc.theirs),
                )
            )
    added = tr("Added")
    guessed = {id(m) for m in preview.kinds_from_titles}
    from_title = tr("Kind (from the title)")
    for m in diff.added:
        if id(m) in guessed:
            kind = value_label("kind", m.values.get("kind", ""))
            rows.append((added, m.values.get("number", ""), m.values.get("title", ""),
                         from_title, "", kind))  # fmt: skip
        else:
            rows.append((added, m.values.get("number", ""), m.values.get("title", ""), "", "", ""))
    for r in diff.removed:
        rows.append((tr("Removed"), r.number, r.title, "", "", ""))
    for sector in diff.new_sectors:
        rows.append((tr("New sector"), sector.code, sector.name, "", "", ""))
    for code, old, new in diff.renamed_sectors:
        rows.append((tr("Renamed sector"), code, new, field_label("sector"), old, new))
    return rows


class ImportPreviewDialog(QDialog):
    """Shows what an import would do, lets the user place unknown columns, then Apply."""

    #: header key -> choice ("notes", "ignore" or a field) for every unplaced column.
    mapping_changed = Signal(dict)

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import preview"))
        self.resize(980, 600)
        self.preview = preview
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.changes_model = RowsModel(
            [tr("What"), tr("No."), tr("Measure"), tr("Field"), tr("Ours"), tr("Theirs")], self
        )
        self.changes_view = self._table(self.changes_model, [110, 70, 320, 150, 170])
        self.problems_model = RowsModel(
            [tr("Kind"), tr("Sheet"), tr("Row"), tr("Column"), tr("Message")], self
        )
        self.problems_view = self._table(self.problems_model, [80, 110, 60, 150])
        self.columns_table = QTableWidget(0, 3, self)
        self.columns_table.setHorizontalHeaderLabels(
            [tr("Column"), tr("Values (examples)"), tr("Read as")]
        )
        self.columns_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.columns_table.verticalHeader().setVisible(False)
        self.remember = QCheckBox(self)
        self.remember.setChecked(True)
        columns_page = QWidget(self)
        columns_layout = QVBoxLayout(columns_page)
        columns_note = QLabel(
            tr(
                "These columns have headers CoopDesk does not know. Choose what each one "
                "holds; by default their values are kept in the notes."
            ),
            columns_page,
        )
        columns_note.setWordWrap(True)
        columns_layout.addWidget(columns_note)
        columns_layout.addWidget(self.columns_table)
        columns_layout.addWidget(self.remember)
        self.kinds_model = KindsModel(self)
        self.kinds_view = self._table(self.kinds_model, [70, 420])
        self.kinds_view.setItemDelegateForColumn(KindsModel.COL_KIND, KindDelegate(self.kinds_view))
        self.kinds_view.setEditTriggers(QTableView.EditTrigger.AllEditTriggers)
        self.kinds_model.dataChanged.connect(self._kind_edited)
        self.changes_tab = self.tabs.addTab(self.changes_view, "")
        self.problems_tab = self.tabs.addTab(self.problems_view, "")
        self.columns_tab = self.tabs.addTab(columns_page, "")
        self.kinds_tab = self.tabs.addTab(self.kinds_view, "")
        self.agencies_page = AgencyMatchesPage(self)  # issue 16: the sheet's agencies
        self.agencies_tab = self.tabs.addTab(self.agencies_page, "")

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(self.buttons)
        self._combos: list[tuple[str, QComboBox]] = []
        self.set_preview(preview)

    def _table(self, model: QAbstractItemModel, widths: list[int]) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        for column, width in enumerate(widths):
            view.setColumnWidth(column, width)
        view.setWordWrap(False)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setVisible(False)
        return view

    # -- content --------------------------------------------------------------------------

    def set_preview(self, preview: ImportPreview) -> None:
        """Show ``preview`` (a first one, or the file previewed again after a remapping)."""
        self.preview = preview
        result = preview.result
        added, changed, removed = preview.counts
        name = Path(result.path).name
        if preview.is_new_plan:
            target = tr("a new plan “%1”").replace("%1", preview.plan_code)
        else:
            target = tr("the plan “%1”").replace("%1", preview.plan_code)
        lines = [
            tr("%1, sheet “%2”: %3 measures in %4 sectors, into %5.")
            .replace("%1", name)
            .replace("%2", result.sheet)
            .replace("%3", str(len(result.measures)))
            .replace("%4", str(len(result.sectors)))
            .replace("%5", target),
            tr("%1 to add, %2 to change, %3 to remove, %4 conflicts.")
            .replace("%1", str(added))
            .replace("%2", str(changed))
            .replace("%3", str(removed))
            .replace("%4", str(len(preview.diff.conflicts))),
        ]
        if preview.with_base:
            lines.append(tr("Compared field by field with the plan as it was exported."))
        lines.extend(preview.diff.notes)
        self.summary.setText("\n".join(lines))

        self.changes_model.set_rows(change_rows(preview))
        problems = [
            (tr("Error"), p.sheet or "", "" if p.row is None else str(p.row), p.column or "",
             core_text(p.text or p.message))
            for p in preview.errors
        ] + [
            (tr("Warning"), p.sheet or "", "" if p.row is None else str(p.row), p.column or "",
             core_text(p.text or p.message))
            for p in preview.warnings
        ]  # fmt: skip
        self.problems_model.set_rows(problems)
        self._fill_columns()
        self.tabs.setTabText(
            self.changes_tab, tr("Changes (%1)").replace("%1", str(self.changes_model.rowCount()))
        )
        self.tabs.setTabText(
            self.problems_tab, tr("Problems (%1)").replace("%1", str(len(problems)))
        )
        self.tabs.setTabText(
            self.columns_tab, tr("Unknown columns (%1)").replace("%1", str(len(result.unmapped)))
        )
        self.tabs.setTabEnabled(self.columns_tab, bool(result.unmapped))
        self.kinds_model.set_measures(preview.kinds_from_titles)
        self.tabs.setTabText(
            self.kinds_tab,
            tr("Kinds from titles (%1)").replace("%1", str(len(preview.kinds_from_titles))),
        )
        self.tabs.setTabEnabled(self.kinds_tab, bool(preview.kinds_from_titles))
        self.agencies_page.set_choices(preview.agencies)
        self.tabs.setTabText(self.agencies_tab, self.agencies_page.title())
        self.tabs.setTabEnabled(self.agencies_tab, bool(preview.agencies))
        sender = result.sender or tr("files that do not name their author")
        self.remember.setText(tr("Remember these choices for sheets from %1").replace("%1", sender))

        if preview.errors:
            self.verdict.setStyleSheet(_ERROR_STYLE)
            self.verdict.setText(
                tr(
                    "The file has %1 problem(s). Nothing will be written: correct the sheet "
                    "and import it again."
                ).replace("%1", str(len(preview.errors)))
            )
            self.tabs.setCurrentIndex(self.problems_tab)
        elif preview.diff.unresolved:
            self.verdict.setStyleSheet("")
            self.verdict.setText(
                tr("%1 field(s) were changed both here and in the sheet; you choose next.").replace(
                    "%1", str(len(preview.diff.unresolved))
                )
            )
        else:
            self.verdict.setStyleSheet("")
            self.verdict.setText(tr("Everything is ready; nothing is written until you apply."))
        self.apply_button.setEnabled(not preview.errors)
        self.apply_button.setText(
            tr("Resolve conflicts…") if preview.diff.unresolved else tr("Apply")
        )

    def _fill_columns(self) -> None:
        unmapped = self.preview.result.unmapped
        taken = set(self.preview.result.columns.values())
        self._combos = []
        self.columns_table.setRowCount(len(unmapped))
        for row, column in enumerate(unmapped):
            header = f"{column.letter}: {column.header}" if column.header else column.letter
            self.columns_table.setItem(row, 0, QTableWidgetItem(header))
            self.columns_table.setItem(row, 1, QTableWidgetItem(" · ".join(column.samples)))
            combo = QComboBox(self.columns_table)
            combo.addItem(tr("Keep in the notes"), "notes")
            combo.addItem(tr("Ignore"), "ignore")
            for name in MAPPABLE_FIELDS:
                if name not in taken or name == column.choice:
                    combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(combo.findData(column.choice), 0))
            combo.currentIndexChanged.connect(self._mapping_edited)
            self.columns_table.setCellWidget(row, 2, combo)
            self._combos.append((column.key, combo))
        self.columns_table.resizeColumnToContents(0)
        self.columns_table.resizeColumnToContents(2)

    def choices(self) -> dict[str, str]:
        """header key -> the choice shown for every unplaced column."""
        return {key: combo.currentData() for key, combo in self._combos}

    def _kind_edited(self, *_args: Any) -> None:
        # The changes list names each kind read from a title: show the new one there too.
        self.changes_model.set_rows(change_rows(self.preview))

    def _mapping_edited(self, _index: int) -> None:
        self.mapping_changed.emit(self.choices())

    @property
    def remember_mapping(self) -> bool:
        """Whether the user wants the column choices remembered for this sender."""
        return self.remember.isChecked()
