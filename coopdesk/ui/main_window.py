"""The main window: plan switcher, sector tree, measures table, measure details.

The window is built empty and fast; :meth:`MainWindow.attach` hands it a service
after it is on screen, and the plan's rows are loaded then. Every later refresh
comes from the service's change sets through :class:`~coopdesk.ui.bridge.ChangeBridge`.
"""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStyle,
    QTableView,
    QTextBrowser,
    QToolBar,
    QTreeView,
)

from coopdesk import __version__
from coopdesk.services.changes import ChangeSet
from coopdesk.ui.bridge import ChangeBridge
from coopdesk.ui.models import ALL_SECTORS, IdRole, MeasureTableModel, SectorTreeModel
from coopdesk.ui.vocab import label

if TYPE_CHECKING:
    from coopdesk.services.plans import PlanService


class MainWindow(QMainWindow):
    """CoopDesk's main window."""

    #: Emitted once the current plan's rows are in the table.
    plan_loaded = Signal(int)

    def __init__(self, today: date | None = None) -> None:
        super().__init__()
        self.service: PlanService | None = None
        self.bridge: ChangeBridge | None = None
        self.plan_id: int | None = None
        self.setWindowTitle(self.tr("CoopDesk"))
        self.resize(1280, 780)

        self.sector_model = SectorTreeModel(self)
        self.measure_model = MeasureTableModel(self, today=today)

        self.plan_combo = QComboBox(self)
        self.plan_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan_combo.setMinimumContentsLength(48)
        self.plan_combo.setToolTip(self.tr("The plan shown in the window"))
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)

        self.sector_view = QTreeView(self)
        self.sector_view.setModel(self.sector_model)
        self.sector_view.setUniformRowHeights(True)
        self.sector_view.setAlternatingRowColors(True)
        self.sector_view.header().setStretchLastSection(False)
        self.sector_view.header().setSectionResizeMode(
            SectorTreeModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        self.sector_view.header().setSectionResizeMode(
            SectorTreeModel.COL_COUNT, QHeaderView.ResizeMode.ResizeToContents
        )
        self.sector_view.selectionModel().selectionChanged.connect(self._sector_chosen)

        self.measure_view = QTableView(self)
        self.measure_view.setModel(self.measure_model)
        self.measure_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measure_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.measure_view.setAlternatingRowColors(True)
        self.measure_view.setWordWrap(False)
        self.measure_view.verticalHeader().hide()
        self.measure_view.verticalHeader().setDefaultSectionSize(24)
        header = self.measure_view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for column, width in (
            (MeasureTableModel.COL_NUMBER, 70),
            (MeasureTableModel.COL_TITLE, 420),
            (MeasureTableModel.COL_TIMING, 170),
            (MeasureTableModel.COL_STATUS, 150),
            (MeasureTableModel.COL_RESPONSIBLE_A, 180),
            (MeasureTableModel.COL_RESPONSIBLE_B, 180),
        ):
            self.measure_view.setColumnWidth(column, width)
        self.measure_view.selectionModel().selectionChanged.connect(self._measure_chosen)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sector_view)
        splitter.addWidget(self.measure_view)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        dock = QDockWidget(self.tr("Measure"), self)
        dock.setObjectName("measureDock")
        dock.setWidget(self.details)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.details_dock = dock

        self.counts_label = QLabel(self)
        self.store_label = QLabel(self)
        self.statusBar().addWidget(self.counts_label, 1)
        self.statusBar().addPermanentWidget(self.store_label)

        self._build_actions()
        self._show_details(None)
        self._restore_settings()

    # -- construction ----------------------------------------------------------------------

    def _build_actions(self) -> None:
        style = self.style()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.next_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown), self.tr("&Next measure"), self
        )
        self.next_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Down))
        self.next_action.triggered.connect(lambda: self._step(1))
        self.prev_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp),
            self.tr("&Previous measure"),
            self,
        )
        self.prev_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Up))
        self.prev_action.triggered.connect(lambda: self._step(-1))
        self.reload_action = QAction(
            style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload), self.tr("&Reload"), self
        )
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.reload_action.triggered.connect(self.reload)
        self.about_action = QAction(self.tr("&About CoopDesk"), self)
        self.about_action.triggered.connect(self._about)

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.prev_action)
        view_menu.addAction(self.next_action)
        view_menu.addSeparator()
        view_menu.addAction(self.reload_action)
        view_menu.addAction(self.details_dock.toggleViewAction())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.addWidget(QLabel(self.tr("Plan: "), self))
        toolbar.addWidget(self.plan_combo)
        toolbar.addSeparator()
        toolbar.addAction(self.prev_action)
        toolbar.addAction(self.next_action)
        toolbar.addAction(self.reload_action)
        self.addToolBar(toolbar)

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        sizes = settings.value("window/splitter")
        if sizes is not None:
            self.splitter.restoreState(sizes)

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        if self.plan_id is not None:
            settings.setValue("plan/last", self.plan_id)
        if self.bridge is not None:
            self.bridge.detach()
        super().closeEvent(event)

    # -- data ------------------------------------------------------------------------------

    def attach(self, service: PlanService) -> None:
        """Show the plans of ``service``'s store, opening the last plan seen (or the first)."""
        self.service = service
        self.bridge = ChangeBridge(service.hub, self)
        self.bridge.changed.connect(self.apply_changes)
        self.store_label.setText(service.store.describe())
        self._fill_plans(QSettings().value("plan/last"))

    def _fill_plans(self, wanted: object = None) -> None:
        assert self.service is not None
        plans = self.service.list_plans()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for p in plans:
            self.plan_combo.addItem(f"{p.code} — {p.title}", p.id)
        self.plan_combo.blockSignals(False)
        if not plans:
            self.plan_id = None
            self.sector_model.set_sectors([], {})
            self.measure_model.set_rows([])
            self._update_counts()
            self.statusBar().showMessage(self.tr("No plans in this store yet."))
            return
        index = 0
        for i, p in enumerate(plans):
            if str(p.id) == str(wanted):
                index = i
        self.plan_combo.setCurrentIndex(index)
        self._plan_chosen(index)

    def _plan_chosen(self, index: int) -> None:
        if index < 0 or self.service is None:
            return
        self.open_plan(int(self.plan_combo.itemData(index)))

    def open_plan(self, plan_id: int) -> None:
        """Load a plan's sectors and measures into the views."""
        assert self.service is not None
        self.plan_id = plan_id
        plan = self.service.get_plan(plan_id)
        self.setWindowTitle(self.tr("%1 — CoopDesk").replace("%1", plan.code))
        rows = self.service.measure_rows(plan_id)
        self.measure_model.set_rows(rows)
        self.sector_model.set_sectors(
            self.service.list_sectors(plan_id), self.measure_model.counts_by_sector()
        )
        self.sector_view.expandAll()
        self.sector_view.setCurrentIndex(self.sector_model.index_of_sector(ALL_SECTORS))
        self._update_counts()
        self.plan_loaded.emit(plan_id)

    def reload(self) -> None:
        """Read the current plan again from the store."""
        if self.service is not None:
            self._fill_plans(self.plan_id)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Refresh what a committed change touched."""
        if changes.touched("plan") and (changes.added.get("plan") or changes.removed.get("plan")):
            self._fill_plans(self.plan_id)
            return
        if self.plan_id is None or changes.plan_id not in (None, self.plan_id):
            return
        if changes.touched("sector") or changes.touched("measure") or changes.touched("plan"):
            selected = self.current_measure_id()
            self.open_plan(self.plan_id)
            if selected is not None:
                self.select_measure(selected)

    # -- selection -------------------------------------------------------------------------

    def _sector_chosen(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        sid = indexes[0].data(IdRole)
        if sid == ALL_SECTORS:
            self.measure_model.set_sector_filter(None)
        else:
            self.measure_model.set_sector_filter(self.sector_model.subtree_ids(sid))
        self._update_counts()

    def current_measure_id(self) -> int | None:
        """The id of the measure with the table's current index, if any."""
        index = self.measure_view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def select_measure(self, measure_id: int) -> bool:
        """Select a measure's row in the table; False when it is not shown."""
        row = self.measure_model.row_of_measure(measure_id)
        if row < 0:
            return False
        self.measure_view.selectRow(row)
        self.measure_view.scrollTo(self.measure_model.index(row, 0))
        return True

    def _step(self, delta: int) -> None:
        rows = self.measure_model.rowCount()
        if not rows:
            return
        current = self.measure_view.currentIndex().row()
        row = 0 if current < 0 else max(0, min(rows - 1, current + delta))
        self.measure_view.selectRow(row)

    def _measure_chosen(self, *_args) -> None:
        measure_id = self.current_measure_id()
        if measure_id is None or self.service is None:
            self._show_details(None)
            return
        self._show_details(measure_id)

    def _show_details(self, measure_id: int | None) -> None:
        if measure_id is None or self.service is None:
            self.details.setHtml(
                "<p style='color:#666'>" + html.escape(self.tr("Select a measure.")) + "</p>"
            )
            return
        m = self.service.get_measure(measure_id)
        rows = [
            (self.tr("Timing"), m.timing.text),
            (self.tr("Dates"), m.timing.describe("en")),
            (self.tr("Status"), label(m.status)),
            (self.tr("Kind"), label(m.kind)),
            (self.tr("Level"), label(m.level)),
            (self.tr("Framework"), label(m.framework)),
            (self.tr("Responsible (party A)"), m.responsible_a),
            (self.tr("Responsible (party B)"), m.responsible_b),
            (self.tr("Form of completion"), m.form),
            (self.tr("Location"), m.location),
            (self.tr("Priority"), label(m.priority)),
            (self.tr("Notes"), m.notes),
        ]
        body = "".join(
            f"<tr><td style='color:#555;padding-right:8px'>{html.escape(k)}</td>"
            f"<td>{html.escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        description = f"<p>{html.escape(m.description)}</p>" if m.description else ""
        self.details.setHtml(
            f"<h3>{html.escape(m.number)} {html.escape(m.title)}</h3>{description}"
            f"<table>{body}</table>"
        )

    def _update_counts(self) -> None:
        total, done, overdue = self.measure_model.totals()
        self.counts_label.setText(
            self.tr("%1 measures · %2 done · %3 overdue")
            .replace("%1", str(total))
            .replace("%2", str(done))
            .replace("%3", str(overdue))
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About CoopDesk"),
            self.tr("CoopDesk %1\nA planner for bilateral plans of measures.").replace(
                "%1", __version__
            ),
        )

    def show_error(self, message: str) -> None:
        """Tell the user something failed, in a dialog (deferred so it never blocks start-up)."""
        QTimer.singleShot(0, lambda: QMessageBox.critical(self, self.tr("CoopDesk"), message))
