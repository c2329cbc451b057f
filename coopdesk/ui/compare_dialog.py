"""File > Compare…: two editions side by side, their pairing (changeable), and the table saved.

    install_compare(window)   # adds File > Compare… after File > Reports…

Edition A (the text as it stood) and edition B (the text proposed) are each a plan of
the store or a file (.xlsx, .csv). "Compare" pairs their measures (by id, number or
similar text: :mod:`coopdesk.exchange.compare`) and lists every row: A's number and
title, B's, how they were paired and what changed, and a comment to type. Two rows
selected, one only in A and one only in B, can be paired; a paired row can be
unpaired. "Save…" writes the comparison table as .docx, .pdf or .xlsx in the chosen
language, with the comments typed here.
"""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.errors import CoopDeskError
from coopdesk.exchange.compare import (
    READERS,
    ComparedRow,
    Comparison,
    Edition,
    PairedBy,
    RowKind,
    compare,
    read_edition,
)
from coopdesk.ui.core_messages import core_text

if TYPE_CHECKING:
    from coopdesk.services.plans import PlanService

COL_A_NUMBER, COL_A_TITLE, COL_B_NUMBER, COL_B_TITLE, COL_PAIRED, COL_CHANGES, COL_COMMENT = range(
    7
)
# The row's kind ("changed", "added" ...), for filters and tests.
KindRole = Qt.ItemDataRole.UserRole + 1
# The row's (A index, B index).
PairRole = Qt.ItemDataRole.UserRole + 2

# A key of the row comments: (A index, B index).
RowKey = tuple[int | None, int | None]


_TINTS = {RowKind.ADDED: QColor("#e6f4ea"), RowKind.REMOVED: QColor("#fce8e6")}


class ComparisonModel(QAbstractTableModel):
    """The rows of a comparison as plain data, with a comment the user types per row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ComparedRow] = []
        self.comments: dict[RowKey, str] = {}
        self._headers = (
            self.tr("No. (A)"),
            self.tr("Text as it stood (A)"),
            self.tr("No. (B)"),
            self.tr("Text proposed (B)"),
            self.tr("Paired by"),
            self.tr("What changed"),
            self.tr("Comment"),
        )
        self._fields = {
            "number": self.tr("number"),
            "title": self.tr("title"),
            "description": self.tr("description"),
            "form": self.tr("form of completion"),
            "timing": self.tr("timing"),
            "responsible_a": self.tr("responsible (party A)"),
            "responsible_b": self.tr("responsible (party B)"),
            "location": self.tr("location"),
            "notes": self.tr("notes"),
            "sector": self.tr("moved to another sector"),
        }

    def set_comparison(self, comparison: Comparison | None) -> None:
        """Show ``comparison``'s rows; comments of rows that are still there stay."""
        self.beginResetModel()
        self.rows = list(comparison.rows) if comparison is not None else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_COMMENT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def key(self, row: int) -> RowKey:
        """The (A index, B index) of row ``row``."""
        pair = self.rows[row].pair
        return (pair.a, pair.b)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == KindRole:
            return row.kind.value
        if role == PairRole:
            return self.key(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, col)
        if role == Qt.ItemDataRole.BackgroundRole:
            # A light tint for rows only one edition has; the "What changed" column
            # says it in words too.
            return _TINTS.get(row.kind)
        if role == Qt.ItemDataRole.ToolTipRole and col in (COL_A_TITLE, COL_B_TITLE):
            measure = row.a if col == COL_A_TITLE else row.b
            return measure.title if measure else None
        return None

    def _text(self, row: ComparedRow, col: int) -> str:
        if col == COL_A_NUMBER:
            return row.a.number if row.a else ""
        if col == COL_A_TITLE:
            return row.a.title if row.a else ""
        if col == COL_B_NUMBER:
            return row.b.number if row.b else ""
        if col == COL_B_TITLE:
            return row.b.title if row.b else ""
        if col == COL_PAIRED:
            return self._paired(row)
        if col == COL_CHANGES:
            if row.kind is RowKind.ADDED:
                return self.tr("added")
            if row.kind is RowKind.REMOVED:
                return self.tr("removed")
            if row.kind is RowKind.UNCHANGED:
                return self.tr("unchanged")
            return ", ".join(self._fields.get(f, f) for f in row.changed_fields)
        if col == COL_COMMENT:
            return self.comments.get((row.pair.a, row.pair.b), "")
        return ""

    def _paired(self, row: ComparedRow) -> str:
        by = row.pair.by
        if by is None:
            return ""
        if by is PairedBy.ID:
            return self.tr("same id")
        if by is PairedBy.NUMBER:
            return self.tr("same number (%1%)").replace("%1", str(round(row.pair.score)))
        if by is PairedBy.TEXT:
            return self.tr("similar text (%1%)").replace("%1", str(round(row.pair.score)))
        return self.tr("by you")

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or index.column() != COL_COMMENT:
            return False
        if role != Qt.ItemDataRole.EditRole:
            return False
        key = self.key(index.row())
        text = str(value or "").strip()
        if text:
            self.comments[key] = text
        else:
            self.comments.pop(key, None)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])
        return True


class _ChangedOnly(QSortFilterProxyModel):
    """Hides unchanged rows when asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed_only = False

    def set_changed_only(self, on: bool) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self.changed_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.changed_only = on
            self.invalidateRowsFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.changed_only:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(KindRole) != RowKind.UNCHANGED.value


class CompareDialog(QDialog):
    """Choose editions A and B, compare them, adjust the pairing, save the table."""

    def __init__(
        self,
        service: PlanService | None,
        parent: QWidget | None = None,
        *,
        plan_id: int | None = None,
        lang: str = "en",
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.comparison: Comparison | None = None
        self.setWindowTitle(self.tr("Compare editions"))
        self.resize(1100, 640)

        self.source_a = self._source_box(plan_id)
        self.source_b = self._source_box(plan_id)
        self.file_a = QPushButton(self.tr("File…"), self)
        self.file_b = QPushButton(self.tr("File…"), self)
        self.file_a.clicked.connect(lambda: self.choose_file(self.source_a))
        self.file_b.clicked.connect(lambda: self.choose_file(self.source_b))
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.compare_button.clicked.connect(self.run_compare)
        form = QFormLayout()
        for label, box, button in (
            (self.tr("Edition &A (as it stood):"), self.source_a, self.file_a),
            (self.tr("Edition &B (proposed):"), self.source_b, self.file_b),
        ):
            line = QHBoxLayout()
            line.addWidget(box, 1)
            line.addWidget(button)
            text = QLabel(label, self)
            text.setBuddy(box)
            form.addRow(text, line)

        self.summary = QLabel(self.tr("Choose two editions and press Compare."), self)
        self.summary.setWordWrap(True)
        self.changed_only = QCheckBox(self.tr("C&hanged measures only"), self)
        self.model = ComparisonModel(self)
        self.proxy = _ChangedOnly(self)
        self.proxy.setSourceModel(self.model)
        self.changed_only.toggled.connect(self.proxy.set_changed_only)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in (
            (COL_A_NUMBER, 80), (COL_A_TITLE, 280), (COL_B_NUMBER, 80), (COL_B_TITLE, 280),
            (COL_PAIRED, 130), (COL_CHANGES, 150),
        ):  # fmt: skip
            self.view.setColumnWidth(col, width)
        header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        # The texts of the current row as the table will print them.
        self.detail = QTextBrowser(self)
        self.detail.setMinimumHeight(90)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)

        self.pair_button = QPushButton(self.tr("&Pair"), self)
        self.pair_button.setToolTip(
            self.tr("Pair the measure only in A with the measure only in B (select both rows)")
        )
        self.pair_button.clicked.connect(self.pair_selected)
        self.unpair_button = QPushButton(self.tr("&Unpair"), self)
        self.unpair_button.setToolTip(
            self.tr("Show the selected pairs as a removed and an added measure")
        )
        self.unpair_button.clicked.connect(self.unpair_selected)
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("English"), "en")
        self.lang.addItem("Русский", "ru")
        self.lang.addItem("Қазақша", "kk")
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self.lang.currentIndexChanged.connect(
            lambda _i: self._show_detail(self.view.selectionModel().currentIndex())
        )
        lang_label = QLabel(self.tr("&Language of the table:"), self)
        lang_label.setBuddy(self.lang)
        self.save_button = QPushButton(self.tr("&Save…"), self)
        self.save_button.clicked.connect(lambda: self.save())
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.compare_button, 0, Qt.AlignmentFlag.AlignBottom)
        tools = QHBoxLayout()
        tools.addWidget(self.changed_only)
        tools.addStretch(1)
        tools.addWidget(self.pair_button)
        tools.addWidget(self.unpair_button)
        bottom = QHBoxLayout()
        bottom.addWidget(lang_label)
        bottom.addWidget(self.lang)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(tools)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- sources ----------------------------------------------------------------------------

    def _source_box(self, plan_id: int | None) -> QComboBox:
        box = QComboBox(self)
        box.setMinimumContentsLength(30)
        if self.service is not None:
            for plan in self.service.list_plans():
                box.addItem(f"{plan.code} — {plan.title}", ("plan", plan.id))
        if plan_id is not None:
            box.setCurrentIndex(max(0, box.findData(("plan", plan_id))))
        return box

    def add_file(self, box: QComboBox, path: str) -> None:
        """Offer ``path`` in ``box`` (once) and choose it."""
        data = ("file", os.path.abspath(path))
        found = box.findData(data)
        if found < 0:
            box.addItem(self.tr("File: %1").replace("%1", os.path.basename(path)), data)
            found = box.count() - 1
        box.setCurrentIndex(found)

    def choose_file(self, box: QComboBox) -> None:
        """Ask for a file to compare and choose it in ``box``."""
        kinds = " ".join(f"*{s}" for s in sorted(READERS))
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an edition to compare"),
            "",
            self.tr("Plans (%1)").replace("%1", kinds) + ";;" + self.tr("All files (*)"),
        )
        if path:
            self.add_file(box, path)

    def _edition(self, box: QComboBox) -> Edition:
        data = box.currentData()
        if not data:
            raise CoopDeskError(self.tr("Choose a plan or a file for both editions."))
        kind, value = data
        if kind == "file":
            return read_edition(value)
        from coopdesk.services.editions import edition_from_plan

        assert self.service is not None
        return edition_from_plan(self.service, int(value))

    # -- comparing and pairing --------------------------------------------------------------

    def run_compare(self) -> bool:
        """Read both editions and compare them; False (with a message) when one cannot be read."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            a = self._edition(self.source_a)
            b = self._edition(self.source_b)
            comparison = compare(a, b)
        except CoopDeskError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Compare editions"), core_text(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.model.comments.clear()
        self.show_comparison(comparison)
        return True

    def show_comparison(self, comparison: Comparison) -> None:
        """Show ``comparison``: its rows and the counts."""
        self.comparison = comparison
        self.model.set_comparison(comparison)
        counts = comparison.counts()
        self.summary.setText(
            self.tr(
                "%1 (A, %2 measures) and %3 (B, %4 measures): %5 changed, %6 added, "
                "%7 removed, %8 unchanged; %9 moved, %10 renumbered."
            )
            .replace("%10", str(counts["renumbered"]))
            .replace("%1", comparison.a.label)
            .replace("%2", str(len(comparison.a.measures)))
            .replace("%3", comparison.b.label)
            .replace("%4", str(len(comparison.b.measures)))
            .replace("%5", str(counts["changed"]))
            .replace("%6", str(counts["added"]))
            .replace("%7", str(counts["removed"]))
            .replace("%8", str(counts["unchanged"]))
            .replace("%9", str(counts["moved"]))
        )
        self._update_buttons()

    def _show_detail(self, current: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        from coopdesk.reports.comparison import row_cells

        row = self.model.rows[self.proxy.mapToSource(current).row()]
        old, new = row_cells(row, str(self.lang.currentData()))
        self.detail.setHtml(
            '<table width="100%" cellspacing="0" cellpadding="4"><tr>'
            f'<td width="50%" valign="top">{_html(old)}</td>'
            f'<td width="50%" valign="top">{_html(new)}</td></tr></table>'
        )

    def selected_rows(self) -> list[ComparedRow]:
        """The rows selected in the table, top to bottom."""
        rows = sorted(
            self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()
        )
        return [self.model.rows[r] for r in rows]

    def _pair_candidates(self) -> tuple[int, int] | None:
        rows = self.selected_rows()
        if len(rows) != 2:
            return None
        only_a = [r for r in rows if r.kind is RowKind.REMOVED]
        only_b = [r for r in rows if r.kind is RowKind.ADDED]
        if len(only_a) != 1 or len(only_b) != 1:
            return None
        a, b = only_a[0].pair.a, only_b[0].pair.b
        assert a is not None and b is not None
        return a, b

    def _update_buttons(self) -> None:
        self.pair_button.setEnabled(self._pair_candidates() is not None)
        self.unpair_button.setEnabled(any(r.a and r.b for r in self.selected_rows()))
        self.save_button.setEnabled(self.comparison is not None)

    def pair_selected(self) -> None:
        """Pair the selected measure only in A with the selected one only in B."""
        found = self._pair_candidates()
        if found is None or self.comparison is None:
            return
        self._keep_comments(lambda c: c.with_pair(*found), {(found[0], None), (None, found[1])})
        self._select(found)

    def unpair_selected(self) -> None:
        """Unpair every selected pair."""
        if self.comparison is None:
            return
        pairs = [r.pair.a for r in self.selected_rows() if r.a and r.b]

        def unpair(c: Comparison) -> Comparison:
            for a in pairs:
                assert a is not None
                c = c.without_pair(a)
            return c

        self._keep_comments(unpair, set())

    def _keep_comments(self, change: Any, dropped: set[RowKey]) -> None:
        assert self.comparison is not None
        for key in dropped:
            self.model.comments.pop(key, None)
        self.show_comparison(change(self.comparison))
        keys = {(r.pair.a, r.pair.b) for r in self.model.rows}
        for key in list(self.model.comments):
            if key not in keys:
                del self.model.comments[key]

    def _select(self, key: RowKey) -> None:
        for row in range(self.model.rowCount()):
            if self.model.key(row) == key:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.view.selectRow(index.row())
                self.view.scrollTo(index)
                return

    # -- saving -----------------------------------------------------------------------------

    def save(self, path: str | None = None) -> str | None:
        """Write the comparison table; asks where unless ``path`` is given."""
        if self.comparison is None:
            return None
        if path is None:
            name = f"{self.comparison.a.label}-{self.comparison.b.label}".replace(os.sep, "-")
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the comparison table"),
                f"{Path(name).stem}.docx",
                ";;".join(
                    (
                        self.tr("Word document (*.docx)"),
                        self.tr("PDF (*.pdf)"),
                        self.tr("Excel workbook (*.xlsx)"),
                    )
                ),
            )
        if not path:
            return None
        if Path(path).suffix.lower() not in (".docx", ".pdf", ".xlsx"):
            path += ".docx"
        from coopdesk.reports.comparison import comparison_document

        document = comparison_document(
            self.comparison,
            str(self.lang.currentData()),
            changed_only=self.changed_only.isChecked(),
            comments=self.model.comments,
        )
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            _write(document, Path(path))
        except CoopDeskError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Save the comparison table"), core_text(exc))
            return None
        QApplication.restoreOverrideCursor()
        self.summary.setText(self.tr("Saved to %1").replace("%1", path))
        return path


def _html(runs: Any) -> str:
    """Runs as HTML: struck through and bold as in the printed table."""
    out = []
    for run in runs:
        text = html.escape(run.text).replace("\n", "<br>")
        if run.strike:
            text = f"<s>{text}</s>"
        if run.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


def _write(document: Any, target: Path) -> None:
    from coopdesk.reports.comparison_files import write_docx, write_xlsx

    suffix = target.suffix.lower()
    if suffix == ".docx":
        write_docx(document, target)
    elif suffix == ".xlsx":
        write_xlsx(document, target)
    else:
        from coopdesk.ui.reports.pdf import write_pdf

        write_pdf(document, target)


def install_compare(window: Any) -> QAction:
    """Add File > Compare… to ``window`` (after File > Reports…) and return the action."""
    # File menu entry: opens the comparison of two editions of a plan.
    action = QAction(QCoreApplication.translate("CompareDialog", "Co&mpare editions…"), window)
    action.setStatusTip(
        QCoreApplication.translate(
            "CompareDialog", "Compare two editions of a plan and save the comparison table"
        )
    )

    def open_dialog() -> None:
        from coopdesk.ui.reports.dialog import default_report_lang

        plan = getattr(window, "plan", None)
        dialog = CompareDialog(
            window.service,
            window,
            plan_id=getattr(window, "plan_id", None),
            lang=default_report_lang(plan.language if plan is not None else ""),
        )
        dialog.exec()

    action.triggered.connect(lambda _checked=False: open_dialog())
    window.addAction(action)
    menu = window.file_menu
    actions = menu.actions()
    after = getattr(window, "reports_action", None)
    if after in actions and actions.index(after) + 1 < len(actions):
        menu.insertAction(actions[actions.index(after) + 1], action)
    else:
        menu.addAction(action)
    return action
