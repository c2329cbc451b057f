"""The conflict dialog: for each field changed both here and in the sheet, who wins.

Each row is one :class:`~coopdesk.exchange.model.Conflict`: the measure, the field,
the value as exported, ours and theirs, and a choice: keep ours, take theirs, or
edit (type the value to keep). A whole-measure conflict (deleted on one side,
edited on the other) offers keep or take only. OK is enabled once every conflict has
a decision; the decisions are written to the conflicts when the dialog is accepted.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.exchange.model import Conflict
from coopdesk.ui.exchange.labels import field_label, tr, value_label

COL_MEASURE, COL_FIELD, COL_BASE, COL_OURS, COL_THEIRS, COL_CHOICE, COL_VALUE = range(7)


class ConflictDialog(QDialog):
    """Lets the user decide every conflict: keep ours, take theirs, or edit."""

    def __init__(self, conflicts: Sequence[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Resolve conflicts"))
        self.resize(1000, 420)
        self.conflicts = list(conflicts)
        intro = QLabel(
            tr(
                "These were changed both here and in the sheet since the export. Choose, "
                "for each, the value to keep; the other changes of the sheet apply as they are."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.conflicts), 7, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Measure"), tr("Field"), tr("As exported"), tr("Ours (here)"),
             tr("Theirs (sheet)"), tr("Keep"), tr("Value")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_VALUE, QHeaderView.ResizeMode.Stretch
        )
        self.choices: list[QComboBox] = []
        self.values: list[QLineEdit] = []
        for row, conflict in enumerate(self.conflicts):
            measure = f"{conflict.number} {conflict.title}".strip()
            cells = [
                measure,
                field_label(conflict.field),
                value_label(conflict.field, conflict.base),
                value_label(conflict.field, conflict.ours),
                value_label(conflict.field, conflict.theirs),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            combo = QComboBox(self.table)
            combo.addItem(tr("Choose…"), None)
            combo.addItem(tr("Keep ours"), "ours")
            combo.addItem(tr("Take theirs"), "theirs")
            if conflict.field != "measure":
                combo.addItem(tr("Edit"), "edit")
            combo.setCurrentIndex(max(combo.findData(conflict.choice), 0))
            editor = QLineEdit(self.table)
            editor.setText(conflict.value if conflict.value is not None else conflict.ours)
            editor.setEnabled(conflict.choice == "edit")
            if conflict.field == "measure":
                editor.setPlaceholderText(tr("(the whole measure)"))
                editor.setText("")
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(row, COL_CHOICE, combo)
            self.table.setCellWidget(row, COL_VALUE, editor)
            self.choices.append(combo)
            self.values.append(editor)
        self.table.resizeColumnsToContents()
        for col in (COL_MEASURE, COL_BASE, COL_OURS, COL_THEIRS):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 220))

        self.all_ours = QPushButton(tr("Keep all ours"), self)
        self.all_theirs = QPushButton(tr("Take all theirs"), self)
        self.all_ours.clicked.connect(lambda: self.choose_all("ours"))
        self.all_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.all_ours)
        bar.addWidget(self.all_theirs)
        bar.addStretch(1)
        bar.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.buttons)
        self._update()

    def choose_all(self, choice: str) -> None:
        """Set every conflict to ``choice`` ("ours" or "theirs")."""
        for combo in self.choices:
            combo.setCurrentIndex(combo.findData(choice))

    def set_choice(self, row: int, choice: str, value: str | None = None) -> None:
        """Decide one conflict (``value`` for "edit")."""
        self.choices[row].setCurrentIndex(self.choices[row].findData(choice))
        if value is not None:
            self.values[row].setText(value)

    def _update(self, *_args: object) -> None:
        open_count = 0
        for combo, editor in zip(self.choices, self.values, strict=True):
            choice = combo.currentData()
            editor.setEnabled(choice == "edit")
            if choice is None:
                open_count += 1
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(open_count == 0)
        self.status.setText(
            tr("%1 left to decide").replace("%1", str(open_count)) if open_count else ""
        )

    def accept(self) -> None:
        """Write the decisions to the conflicts, then close."""
        for conflict, combo, editor in zip(self.conflicts, self.choices, self.values, strict=True):
            conflict.choice = combo.currentData()
            conflict.value = editor.text() if conflict.choice == "edit" else None
        super().accept()
