"""The main window: plan switcher, sector tree, filter bar, measures table, measure editor.

The window is built empty and fast; :meth:`MainWindow.attach` hands it a service
after it is on screen, and the plan's rows are loaded then. Every change goes
through :class:`~coopdesk.ui.workspace.Workspace` (one service call, one undo
step) and every refresh comes back from the services' change sets through
:class:`~coopdesk.ui.bridge.ChangeBridge`, touching only what changed.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDockWidget,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from coopdesk import __version__
from coopdesk.domain import model
from coopdesk.domain.rows import MeasureRow
from coopdesk.domain.vocab import Status
from coopdesk.errors import CoopDeskError
from coopdesk.services.changes import ChangeSet
from coopdesk.ui.bridge import ChangeBridge
from coopdesk.ui.core_messages import core_text
from coopdesk.ui.editor import MeasureEditor, NewMeasureDialog
from coopdesk.ui.filter_bar import FilterBar
from coopdesk.ui.i18n import add_language_menu
from coopdesk.ui.icons import icon
from coopdesk.ui.models import ALL_SECTORS, IdRole, MeasureTableModel, SectorTreeModel
from coopdesk.ui.plan_dialog import PlanDialog
from coopdesk.ui.vocab import label

if TYPE_CHECKING:
    from coopdesk.services.plans import PlanService
    from coopdesk.services.watch import ChangeWatcher
    from coopdesk.ui.calendar import CalendarPanel
    from coopdesk.ui.workspace import Workspace


class MainWindow(QMainWindow):
    """CoopDesk's main window."""

    #: Emitted once the current plan's rows are in the table.
    plan_loaded = Signal(int)
    #: Emitted after a change set has been applied to every view.
    refreshed = Signal(object)

    def __init__(self, today: date | None = None) -> None:
        super().__init__()
        self.service: PlanService | None = None
        self.workspace: Workspace | None = None
        self.bridge: ChangeBridge | None = None
        #: The table's current measure when a change set arrived (the editor's to keep).
        self._editor_current: int | None = None
        self.watcher: ChangeWatcher | None = None
        self.plan_id: int | None = None
        self.plan: model.Plan | None = None
        self._closed = False
        self._applying = False
        self.read_only = False
        #: The last step of the change log this window had applied when the user picked
        #: the selected measures.
        self._picked_step: int | None = None
        self._watch_timer = QTimer(self)
        self._watch_timer.timeout.connect(self.poll_changes)
        self.setWindowTitle(self.tr("CoopDesk"))
        self.resize(1400, 820)

        self.sector_model = SectorTreeModel(self)
        self.sector_model.drop_handler = self._measures_dropped
        self.measure_model = MeasureTableModel(self, today=today)

        self.plan_combo = QComboBox(self)
        self.plan_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.plan_combo.setMinimumContentsLength(40)
        self.plan_combo.setToolTip(self.tr("The plan shown in the window"))
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)

        self.sector_view = QTreeView(self)
        self.sector_view.setObjectName("sectorTree")
        self.sector_view.setModel(self.sector_model)
        self.sector_view.setUniformRowHeights(True)
        self.sector_view.setMinimumWidth(220)
        self.sector_view.setAlternatingRowColors(True)
        self.sector_view.setAcceptDrops(True)
        self.sector_view.setDropIndicatorShown(True)
        self.sector_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.sector_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.sector_view.customContextMenuRequested.connect(self._sector_menu)
        tree_header = self.sector_view.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(SectorTreeModel.COL_NAME, QHeaderView.ResizeMode.Stretch)
        tree_header.setSectionResizeMode(
            SectorTreeModel.COL_COUNT, QHeaderView.ResizeMode.ResizeToContents
        )
        self.sector_view.selectionModel().currentChanged.connect(self._sector_chosen)

        self.filter_bar = FilterBar(self)
        self.filter_bar.changed.connect(self._filter_changed)

        self.measure_view = QTableView(self)
        self.measure_view.setObjectName("measureTable")
        self.measure_view.setModel(self.measure_model)
        self.measure_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measure_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.measure_view.setAlternatingRowColors(True)
        self.measure_view.setWordWrap(False)
        self.measure_view.setDragEnabled(True)
        self.measure_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.measure_view.verticalHeader().hide()
        self.measure_view.verticalHeader().setDefaultSectionSize(24)
        # Fixed row heights: the header then keeps no per-row state, which at
        # 100,000 rows makes inserting or removing a row cheap.
        self.measure_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.measure_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.measure_view.customContextMenuRequested.connect(self._measure_menu)
        header = self.measure_view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorClearable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.measure_view.setSortingEnabled(True)
        for column, width in (
            (MeasureTableModel.COL_NUMBER, 70),
            (MeasureTableModel.COL_TITLE, 420),
            (MeasureTableModel.COL_TIMING, 170),
            (MeasureTableModel.COL_STATUS, 150),
            (MeasureTableModel.COL_RESPONSIBLE_A, 180),
            (MeasureTableModel.COL_RESPONSIBLE_B, 180),
        ):
            self.measure_view.setColumnWidth(column, width)
        for column in MeasureTableModel.HIDDEN_BY_DEFAULT:
            self.measure_view.setColumnHidden(column, True)
        self.measure_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.measure_view.selectionModel().currentRowChanged.connect(self._current_changed)

        # The calendar views are built the first time their tab is shown: importing
        # them would otherwise double the time the window takes to appear.
        self._today = today
        self._calendar: CalendarPanel | None = None
        self._calendar_page = QWidget(self)
        self._calendar_layout = QVBoxLayout(self._calendar_page)
        self._calendar_layout.setContentsMargins(0, 0, 0, 0)
        self._calendar_stale = True
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.addTab(self.measure_view, icon("measure-duplicate"), self.tr("&Table"))
        self.views.addTab(self._calendar_page, icon("status"), self.tr("&Calendar"))
        self.views.currentChanged.connect(lambda _i: self._feed_calendar())

        centre = QWidget(self)
        column_layout = QVBoxLayout(centre)
        column_layout.setContentsMargins(4, 4, 0, 0)
        #: Shown when this login may only read the store.
        self.read_only_banner = QLabel(self)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setStyleSheet(
            "background: #fff4ce; color: #5c4400; padding: 6px; border: 1px solid #e0c068;"
        )
        self.read_only_banner.hide()
        column_layout.addWidget(self.read_only_banner)
        column_layout.addWidget(self.filter_bar)
        column_layout.addWidget(self.views, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sector_view)
        splitter.addWidget(centre)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 900])
        self.splitter = splitter
        self.setCentralWidget(splitter)

        self.editor = MeasureEditor(self._commit_field, self._move_from_editor, self)
        dock = QDockWidget(self.tr("Measure"), self)
        dock.setObjectName("measureDock")
        dock.setWidget(self.editor)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.resizeDocks([dock], [440], Qt.Orientation.Horizontal)
        self.editor_dock = dock

        from coopdesk.ui.history_panel import HistoryPanel

        self.history_panel = HistoryPanel(
            lambda: self.workspace.history if self.workspace is not None else None, self
        )
        self.history_panel.restore_handler = self._restore_value
        self.editor.measure_shown.connect(self.history_panel.show_measure)

        from coopdesk.ui.drafts import DraftKeeper

        self.drafts = DraftKeeper(parent=self)
        self.editor.typing.connect(self.drafts.typed)
        self.editor.settled.connect(self.drafts.clear)
        history_dock = QDockWidget(self.tr("History"), self)
        history_dock.setObjectName("historyDock")
        history_dock.setWidget(self.history_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, history_dock)
        self.tabifyDockWidget(dock, history_dock)
        dock.raise_()
        self.history_dock = history_dock

        self.counts_label = QLabel(self)
        self.store_label = QLabel(self)
        self.statusBar().addWidget(self.counts_label, 1)
        # Shown while the plan has timings an older CoopDesk left without dates that can
        # be read now; a click reads them (File > Read timings again).
        self.timings_hint = QPushButton(self)
        self.timings_hint.setFlat(True)
        self.timings_hint.setCursor(Qt.CursorShape.PointingHandCursor)
        self.timings_hint.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline; border: none; }"
        )
        self.timings_hint.hide()
        self.timings_hint.clicked.connect(lambda _checked=False: self.read_timings_again())
        self.statusBar().addPermanentWidget(self.timings_hint)
        self.statusBar().addPermanentWidget(self.store_label)

        self._build_actions()
        # -- issue 16: carry-over and the search across plans (coopdesk/ui/carry_dialog.py) --
        from coopdesk.ui.carry_dialog import install_carry_over

        install_carry_over(self)
        # -- end of issue 16 ------------------------------------------------------------------
        self._update_actions()
        self._restore_settings()
        # Window state is saved a moment after it changes, so a crash keeps it too.
        self._settings_timer = QTimer(self)
        self._settings_timer.setSingleShot(True)
        self._settings_timer.setInterval(1000)
        self._settings_timer.timeout.connect(self.save_settings)
        self.splitter.splitterMoved.connect(lambda *_a: self._settings_timer.start())
        header = self.measure_view.horizontalHeader()
        header.sectionResized.connect(lambda *_a: self._settings_timer.start())
        header.sectionMoved.connect(lambda *_a: self._settings_timer.start())
        for d in (self.editor_dock, self.history_dock):
            d.visibilityChanged.connect(lambda *_a: self._settings_timer.start())
            d.dockLocationChanged.connect(lambda *_a: self._settings_timer.start())

    # -- construction ----------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        self.new_plan_action = self._action(tr("&New plan…"), self.new_plan, None, "plan-new")
        self.edit_plan_action = self._action(
            tr("Plan &properties…"), self.edit_plan, "Ctrl+Shift+P", "plan-properties"
        )
        self.delete_plan_action = self._action(
            tr("&Delete plan…"), self.delete_plan, None, "plan-delete"
        )
        self.read_timings_action = self._action(
            tr("Read &timings again"),
            self.read_timings_again,
            None,
            None,
            tr("Give dates to the timings CoopDesk could not read when they were entered"),
        )
        self.import_action = self._action(
            tr("&Import…"),
            self.import_plan,
            "Ctrl+I",
            "plan-new",
            tr("Import a plan or a partner's edits from Excel, Word or CSV"),
        )
        self.export_en_action = self._action(
            tr("&Export to Excel (English)…"), lambda: self.export_plan("en"), "Ctrl+E"
        )
        self.export_ru_action = self._action(
            tr("Export to Excel (&Russian)…"), lambda: self.export_plan("ru"), "Ctrl+Shift+E"
        )
        # -- Excel export in Kazakh (issue 12 item 5) --
        self.export_kk_action = self._action(
            # The plan exported with Kazakh headers, vocabulary and sheet name.
            tr("Export to Excel (&Kazakh)…"),
            lambda: self.export_plan("kk"),
        )
        # -- end Excel export in Kazakh --
        self.print_action = self._action(
            tr("&Print plan…"), self.print_plan, QKeySequence.StandardKey.Print, "plan-properties"
        )
        self.reports_action = self._action(tr("&Reports…"), self.open_reports, "Ctrl+R", "status")
        self.export_calendar_action = self._action(
            tr("Export &calendar (.ics)…"), self.export_calendar, None, "status"
        )
        self.quit_action = self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.show_table_action = self._action(
            tr("&Table"), lambda: self.views.setCurrentWidget(self.measure_view), "Ctrl+Shift+T"
        )
        self.show_calendar_action = self._action(
            tr("C&alendar"),
            lambda: self.views.setCurrentWidget(self._calendar_page),
            "Ctrl+Shift+C",
        )

        self.undo_action = self._action(tr("&Undo"), self._undo, None, "undo")
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self._action(tr("&Redo"), self._redo, None, "redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.new_measure_action = self._action(
            tr("New &measure…"),
            self.new_measure,
            QKeySequence.StandardKey.New,
            "measure-new",
            tr("Add a measure to the current sector"),
        )
        self.duplicate_action = self._action(
            tr("D&uplicate"), self.duplicate_measures, "Ctrl+D", "measure-duplicate"
        )
        self.delete_action = self._action(
            tr("&Delete measures…"),
            self.delete_measures,
            QKeySequence.StandardKey.Delete,
            "measure-delete",
        )
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.measure_view.addAction(self.delete_action)
        self.measure_up_action = self._action(
            tr("Move measure u&p"), lambda: self.shift_measure(-1), "Alt+Up", "move-up"
        )
        self.measure_down_action = self._action(
            tr("Move measure do&wn"), lambda: self.shift_measure(1), "Alt+Down", "move-down"
        )
        self.status_actions: dict[Status, QAction] = {}
        for number, status in enumerate(Status, start=1):
            self.status_actions[status] = self._action(
                label(status), lambda s=status: self.set_status(s), f"Ctrl+{number}"
            )
        self.find_action = self._action(
            tr("&Find…"), self.filter_bar.focus_search, QKeySequence.StandardKey.Find, "find"
        )

        self.add_sector_action = self._action(
            tr("&Add sector…"), lambda: self.add_sector(child=False), None, "sector-add"
        )
        self.add_subsector_action = self._action(
            tr("Add s&ub-sector…"), lambda: self.add_sector(child=True), None, "sector-child"
        )
        self.rename_sector_action = self._action(
            tr("&Rename sector…"), self.rename_sector, "F2", "sector-rename"
        )
        self.rename_sector_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.sector_view.addAction(self.rename_sector_action)
        self.delete_sector_action = self._action(
            tr("&Delete sector…"), self.delete_sector, None, "sector-delete"
        )
        self.sector_up_action = self._action(
            tr("Move sector &up"), lambda: self.shift_sector(-1), "Ctrl+Alt+Up", "move-up"
        )
        self.sector_down_action = self._action(
            tr("Move sector do&wn"), lambda: self.shift_sector(1), "Ctrl+Alt+Down", "move-down"
        )
        self.indent_action = self._action(
            tr("&Indent sector"), self.indent_sector, "Ctrl+Alt+Right", "indent"
        )
        self.outdent_action = self._action(
            tr("&Outdent sector"), self.outdent_sector, "Ctrl+Alt+Left", "outdent"
        )

        self.next_action = self._action(
            tr("&Next measure"), lambda: self._step(1), "Ctrl+Down", "move-down"
        )
        self.prev_action = self._action(
            tr("&Previous measure"), lambda: self._step(-1), "Ctrl+Up", "move-up"
        )
        self.plan_order_action = self._action(tr("Sort in &plan order"), self.sort_in_plan_order)
        self.clear_filters_action = self._action(
            tr("&Clear filters"), self.filter_bar.reset, "Ctrl+Shift+L", "filter-clear"
        )
        self.reload_action = self._action(
            tr("&Reload"), self.reload, QKeySequence.StandardKey.Refresh
        )
        self.about_action = self._action(tr("&About CoopDesk"), self._about)

        self.open_store_action = self._action(
            tr("&Open store…"), self.open_store_dialog, QKeySequence.StandardKey.Open
        )
        menus = self.menuBar()
        file_menu = menus.addMenu(tr("&File"))
        file_menu.addAction(self.open_store_action)
        file_menu.addSeparator()
        for action in (
            self.new_plan_action,
            self.edit_plan_action,
            self.read_timings_action,
            self.delete_plan_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.file_menu = file_menu
        self._file_tail = file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_en_action)
        file_menu.addAction(self.export_ru_action)
        file_menu.addAction(self.export_kk_action)  # Excel export in Kazakh (issue 12)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addAction(self.reports_action)
        # -- File > Compare editions… (issue 15: the comparison table) --
        from coopdesk.ui.compare_dialog import install_compare

        self.compare_action = install_compare(self)
        # -- end File > Compare --
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        # -- issue 15: File > Export to Word… (coopdesk/ui/exchange/word.py) --
        from coopdesk.ui.exchange.word import install_word_export

        install_word_export(self)
        # -- end issue 15 --

        edit_menu = menus.addMenu(tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        for action in (
            self.new_measure_action,
            self.duplicate_action,
            self.delete_action,
            self.measure_up_action,
            self.measure_down_action,
        ):
            edit_menu.addAction(action)
        self.status_menu = edit_menu.addMenu(icon("status"), tr("Set &status"))
        for action in self.status_actions.values():
            self.status_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        self.edit_menu = edit_menu

        sector_menu = menus.addMenu(tr("&Sector"))
        for action in (
            self.add_sector_action,
            self.add_subsector_action,
            self.rename_sector_action,
            self.delete_sector_action,
        ):
            sector_menu.addAction(action)
        sector_menu.addSeparator()
        for action in (
            self.sector_up_action,
            self.sector_down_action,
            self.indent_action,
            self.outdent_action,
        ):
            sector_menu.addAction(action)
        self.sector_menu = sector_menu

        view_menu = menus.addMenu(tr("&View"))
        view_menu.addAction(self.show_table_action)
        view_menu.addAction(self.show_calendar_action)
        view_menu.addSeparator()
        view_menu.addAction(self.prev_action)
        view_menu.addAction(self.next_action)
        view_menu.addSeparator()
        view_menu.addAction(self.plan_order_action)
        self.columns_menu = view_menu.addMenu(tr("&Columns"))
        self.columns_menu.aboutToShow.connect(lambda: self._fill_columns_menu(self.columns_menu))
        view_menu.addAction(self.clear_filters_action)
        view_menu.addSeparator()
        view_menu.addAction(self.editor_dock.toggleViewAction())
        history_toggle = self.history_dock.toggleViewAction()
        history_toggle.setShortcut(QKeySequence("Ctrl+Shift+H"))
        view_menu.addAction(history_toggle)
        view_menu.addAction(self.reload_action)
        view_menu.addSeparator()
        self.language_menu = add_language_menu(view_menu)
        self.view_menu = view_menu

        help_menu = menus.addMenu(tr("&Help"))
        help_menu.addAction(self.about_action)

        # -- issue 16: the agency directory (Agencies… menu action) and the editor's pickers --
        from coopdesk.ui.agencies_dialog import install_agencies
        from coopdesk.ui.agency_picker import install_agency_pickers

        install_agencies(self)
        self.agency_pickers = install_agency_pickers(self)
        # -- end issue 16 --
        # -- progress per party (issue 16 items 2-3; coopdesk/ui/progress.py) --
        from coopdesk.ui.progress import install_progress

        install_progress(self)
        # -- end progress per party --

        toolbar = QToolBar(tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.addWidget(QLabel(tr(" Plan: "), self))
        toolbar.addWidget(self.plan_combo)
        toolbar.addAction(self.edit_plan_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.new_measure_action)
        toolbar.addAction(self.duplicate_action)
        toolbar.addAction(self.delete_action)
        toolbar.addSeparator()
        toolbar.addAction(self.add_sector_action)
        toolbar.addAction(self.indent_action)
        toolbar.addAction(self.outdent_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        # -- issue 14: Help > Keyboard shortcuts / User guide, toolbar tips (ui/help.py);
        # File > Save a copy / Automatic backups, the daily backup, files dropped onto
        # the window (ui/backup_dialog.py); File > Print language (ui/print_options.py);
        # the tree as wide as its names on a first start (ui/narrow.py)
        from coopdesk.ui.backup_dialog import install_backup
        from coopdesk.ui.help import install_help
        from coopdesk.ui.narrow import install_first_start_layout
        from coopdesk.ui.print_options import install_print_language

        install_backup(self)
        install_print_language(self)
        install_help(self)
        install_first_start_layout(self)
        # -- end issue 14 --

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
        columns = settings.value("table/header")
        if columns is not None:
            self.measure_view.horizontalHeader().restoreState(columns)
            # Sorting is not a layout to restore: a plan opens in plan order.
            self.measure_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def save_settings(self) -> None:
        """Remember geometry, docks, splitter, columns and the plan shown.

        Called when any of them changes (after a short quiet), not only at a normal quit,
        so a crash loses none of it.
        """
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        settings.setValue("table/header", self.measure_view.horizontalHeader().saveState())
        if self.plan_id is not None:
            settings.setValue("plan/last", self.plan_id)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if hasattr(self, "_settings_timer"):
            self._settings_timer.start()

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        if hasattr(self, "_settings_timer"):
            self._settings_timer.start()

    def closeEvent(self, event) -> None:
        # Fields being edited are saved when they lose focus; make sure they do.
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()
        self.save_settings()
        if not self._closed:
            self._detach_store()
        self._closed = True
        super().closeEvent(event)

    def _detach_store(self) -> None:
        """Let go of the store shown: its watcher, its change road, its undo steps."""
        self._watch_timer.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
        if self.bridge is not None:
            self.bridge.detach()
            self._unsubscribe(self.bridge)
            self.bridge = None
        if self.workspace is not None:
            self.workspace.detach()
            self.workspace.undo_stack.indexChanged.disconnect(self._undo_stack_changed)
            self.workspace.undo_stack.cleanChanged.disconnect(self._undo_stack_changed)
            self.workspace.conflicted.disconnect(self._edit_conflict)
            self.workspace.failed.disconnect(self.show_error)

    def open_store_dialog(self) -> None:
        """File > Open store: a file, a recent store or a saved server connection."""
        from coopdesk.ui.open_store import OpenStoreDialog

        dialog = OpenStoreDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            url, create = dialog.chosen
            self.switch_store(url, create, dialog.entry)

    def switch_store(self, url: str, create: bool | None = False, entry: str = "") -> bool:
        """Show another store; the one shown stays if the new one cannot be opened."""
        from coopdesk.services.plans import PlanService
        from coopdesk.store.engine import open_store
        from coopdesk.ui.open_store import remember_store

        focused = self.focusWidget()
        if focused is not None and self.editor.isAncestorOf(focused):
            self.measure_view.setFocus()  # a field being typed in is saved first
        try:
            store = open_store(url, create=create)
        except CoopDeskError as exc:
            self.show_error(core_text(exc))
            return False
        old = self.service
        self._detach_store()
        self.set_read_only(False)
        self.plan_id = None
        self.plan = None
        self.attach(PlanService(store))
        remember_store(entry or url)
        if store.notes:
            self.statusBar().showMessage(" ".join(store.notes), 15000)
        if old is not None:
            old.store.close()
        return True

    # -- data ------------------------------------------------------------------------------

    def attach(self, service: PlanService) -> None:
        """Show the plans of ``service``'s store, opening the last plan seen (or the first)."""
        from coopdesk.ui.workspace import Workspace

        self.service = service
        # Not a child of the window: the undo stack must not outlive-then-signal into
        # half-destroyed views while the window is torn down.
        self.workspace = Workspace(service)
        self.workspace.failed.connect(self.show_error)
        self.workspace.conflicted.connect(self._edit_conflict)
        stack = self.workspace.undo_stack
        stack.indexChanged.connect(self._undo_stack_changed)
        stack.cleanChanged.connect(self._undo_stack_changed)
        self.bridge = ChangeBridge(service.hub, self)
        self._subscribe(self.bridge)
        self.store_label.setText(service.store.describe())
        if service.store.sqlite_path is not None:
            from coopdesk.ui.open_store import remember_store

            remember_store(f"sqlite:///{service.store.sqlite_path}")
        self._fill_plans(QSettings().value("plan/last"))
        self._start_watching()
        from coopdesk.store.roles import can_write

        try:
            writable = can_write(service.store)
        except CoopDeskError:
            writable = True  # the server will say no if it must
        if not writable:
            self.set_read_only(
                True,
                self.tr(
                    "Read only: your login may read this store but not change it. "
                    "Ask the store's administrator to make you an editor."
                ),
            )
        self.drafts.store = service.store.describe()
        QTimer.singleShot(0, self._offer_draft)

    def _field_label(self, name: str) -> str:
        """A measure field's name as the editor's labels call it."""
        labels = {
            "number": self.tr("Number"),
            "title": self.tr("Title"),
            "description": self.tr("Description"),
            "responsible_a": self.tr("Responsible (party A)"),
            "responsible_b": self.tr("Responsible (party B)"),
            "form": self.tr("Form of completion"),
            "timing": self.tr("Timing"),
            "location": self.tr("Location"),
            "notes": self.tr("Notes"),
        }
        return labels.get(name, name)

    def _offer_draft(self) -> None:
        """Offer back what was being typed when CoopDesk last stopped without saving it."""
        draft = self.drafts.left_over()
        if draft is None or self.service is None:
            return
        try:
            measure = self.service.get_measure(draft.measure_id)
        except CoopDeskError:
            self.drafts.clear()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved typing"),
            self.tr(
                "CoopDesk stopped while you were typing in measure %1 (%2):\n\n“%3”\n\n"
                "Put this text back into the field?"
            )
            .replace("%1", measure.number)
            .replace("%2", self._field_label(draft.field))
            .replace("%3", draft.text if len(draft.text) < 300 else draft.text[:297] + "…"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.drafts.clear()
            return
        if measure.plan_id != self.plan_id:
            index = self.plan_combo.findData(measure.plan_id)
            if index >= 0:
                self.plan_combo.setCurrentIndex(index)
        if not self.select_measure(measure.id):  # type: ignore[arg-type]
            self.clear_filters_action.trigger()  # hidden by a filter: show everything
            self.select_measure(measure.id)  # type: ignore[arg-type]
        if self.editor.measure_id != measure.id:
            self.editor.show_measure(measure)
        self.editor_dock.show()
        self.editor_dock.raise_()
        self.editor.form.put_draft(draft.field, draft.text)

    def _start_watching(self) -> None:
        """Poll for other windows' and processes' changes (cheap when nothing happened)."""
        from coopdesk.services.watch import ChangeWatcher

        assert self.service is not None
        try:
            self.watcher = ChangeWatcher(self.service)
        except (CoopDeskError, ImportError, OSError) as exc:
            self.statusBar().showMessage(
                self.tr("Changes made elsewhere will not show until View > Reload: %1").replace(
                    "%1", core_text(exc)
                )
            )
            return
        sqlite = self.service.store.engine.dialect.name == "sqlite"
        self._watch_timer.start(250 if sqlite else 100)

    def poll_changes(self) -> int:
        """Apply what other windows committed since the last poll; returns how many steps."""
        if self.watcher is None or self.service is None:
            return 0
        try:
            news = self.watcher.poll()
        except CoopDeskError as exc:
            self.statusBar().showMessage(core_text(exc), 4000)
            return 0
        for changes in news:
            self.service.hub.publish(changes)
        return len(news)

    def _fill_plans(self, wanted: object = None) -> None:
        assert self.service is not None
        plans = self.service.list_plans()
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for p in plans:
            self.plan_combo.addItem(f"{p.code} — {p.title}", p.id)
            self.plan_combo.setItemData(
                self.plan_combo.count() - 1, p.title, Qt.ItemDataRole.ToolTipRole
            )
        self.plan_combo.blockSignals(False)
        if not plans:
            self.plan_id = None
            self.plan = None
            self.sector_model.set_sectors([], {})
            self.measure_model.set_rows([])
            self.editor.show_measure(None)
            self._update_counts()
            self._update_actions()
            self.setWindowTitle(self.tr("CoopDesk"))
            self.statusBar().showMessage(
                self.tr("No plans in this store yet: File > New plan makes one.")
            )
            return
        index = 0
        for i, p in enumerate(plans):
            if str(p.id) == str(wanted):
                index = i
        self.plan_combo.setCurrentIndex(index)
        if int(self.plan_combo.itemData(index)) != self.plan_id:
            self._plan_chosen(index)

    def _plan_chosen(self, index: int) -> None:
        if index < 0 or self.service is None:
            return
        self.open_plan(int(self.plan_combo.itemData(index)))

    def open_plan(self, plan_id: int) -> None:
        """Load a plan's sectors and measures into the views."""
        assert self.service is not None
        self.plan_id = plan_id
        QSettings().setValue("plan/last", plan_id)
        self.plan = self.service.get_plan(plan_id)
        self._show_plan_title()
        rows = self.service.measure_rows(plan_id)
        sectors = self.service.list_sectors(plan_id)
        self.measure_model.set_rows(rows, [s.id for s in sectors if s.id is not None])
        self.measure_model.set_plan_period(self.plan.period)
        self.sector_model.set_sectors(sectors, *self.measure_model.sector_counts())
        self.sector_view.expandAll()
        self.sector_view.setCurrentIndex(self.sector_model.index_of_sector(ALL_SECTORS))
        self.editor.form.set_sectors(sectors)
        self.editor.form.set_period(self.plan.period)
        self.editor.form.set_parties(self.plan.party_a, self.plan.party_b)
        self.history_panel.show_plan(plan_id, self._sector_names(sectors))
        if self._calendar is not None:
            self._calendar.set_plan(self.plan, sectors)
        self.editor.form.holidays = self._plan_holidays()
        self._calendar_stale = True
        self._feed_calendar()
        self.filter_bar.agency_source = self.measure_model.agencies
        self.filter_bar.set_period(self.plan.period_start, self.plan.period_end)
        self.editor.show_measure(None)
        self._update_counts()
        self._update_actions()
        # Index the text for searching while the user is still looking at the plan,
        # so the first keystroke in the search box is as quick as the next ones.
        QTimer.singleShot(250, self.measure_model.prepare_search)
        self._suggest_reading_timings(plan_id)
        self.plan_loaded.emit(plan_id)

    def _suggest_reading_timings(self, plan_id: int | None) -> None:
        """Show the status bar's hint while timings an older CoopDesk left without dates
        can be read now (hidden in a read-only window)."""
        count = 0
        if not self.read_only and self.service is not None and plan_id is not None:
            try:
                count = self.service.timings_to_read_again(plan_id)
            except CoopDeskError:  # the plan went meanwhile: the reload says so
                count = 0
        self.timings_hint.setVisible(bool(count))
        if count:
            self.timings_hint.setText(
                self.tr("Read timings without dates: %1").replace("%1", str(count))
            )
            said = self.tr(
                "Timings without dates that CoopDesk can read now: %1. "
                "File > Read timings again gives them their dates."
            )
            self.timings_hint.setToolTip(said.replace("%1", str(count)))

    def _timings_hint_follows(self, changes: ChangeSet) -> None:
        """The hint follows timings edited, read again or put back, here or elsewhere.

        This window's own edits store timings read by this CoopDesk, so with the hint
        hidden they cannot call for it; an undo, or another desk (perhaps an older
        CoopDesk), may.
        """
        if not self._in_this_plan(changes):
            return
        if not (changes.touched("measure") or changes.touched("plan")):
            return
        if self.timings_hint.isVisible() or changes.remote or changes.kind != "do":
            self._suggest_reading_timings(self.plan_id)

    def _show_plan_title(self) -> None:
        if self.plan is not None:
            self.setWindowTitle(
                self.tr("%1 — %2 — CoopDesk")
                .replace("%1", self.plan.code)
                .replace("%2", self._store_name())
            )

    def _store_name(self) -> str:
        """The open store as the title bar names it (a file's name, or server/database)."""
        if self.service is None:
            return ""
        path = self.service.store.sqlite_path
        if path is not None:
            return path.name
        url = self.service.store.engine.url
        return f"{url.host or 'localhost'}/{url.database or ''}"

    def reload(self) -> None:
        """Read the current plan again from the store (after changes made elsewhere)."""
        if self.service is not None:
            selected = self.current_measure_id()
            self._fill_plans(self.plan_id)
            if self.plan_id is not None:
                self.open_plan(self.plan_id)
            if selected is not None:
                self.select_measure(selected)

    # -- following change sets ----------------------------------------------------------------
    #
    # Each part of the window subscribes to the bridge on its own and takes from a change
    # set only what concerns it (Anki's ``OpChanges`` handlers): the plan header, the
    # sector tree, the table, the editor, the calendar, the History dock, the status bar.
    # Qt calls them in the order they were connected, so the editor finds the table
    # already up to date. Change sets of this window carry the measures they saved
    # (``ChangeSet.saved``): an edit is shown without reading it back.

    def _followers(self) -> list[Callable[[ChangeSet], None]]:
        """The window's subscribers to change sets, in the order they must run."""
        return [
            self._plan_follows,
            self._tree_follows,
            self._table_follows,
            self._editor_follows,
            self._calendar_follows,
            self.history_panel.apply_changes,
            self._timings_hint_follows,
            self._status_follows,
        ]

    def _subscribe(self, bridge: ChangeBridge) -> None:
        for follower in self._followers():
            bridge.changed.connect(follower)

    def _unsubscribe(self, bridge: ChangeBridge) -> None:
        for follower in self._followers():
            bridge.changed.disconnect(follower)

    def apply_changes(self, changes: ChangeSet) -> None:
        """Hand a change set to every subscriber, as the bridge does (tests, benchmarks)."""
        for follower in self._followers():
            follower(changes)

    def _in_this_plan(self, changes: ChangeSet) -> bool:
        return self.plan_id is not None and (
            changes.plan_id in (None, self.plan_id) or self.plan_id in changes.also_plans
        )

    def _plan_follows(self, changes: ChangeSet) -> None:
        """The plan list, the title and the period follow plans added, removed, edited."""
        assert self.service is not None
        # The editor follows the table once, at its own turn, not at each row move.
        self._editor_current = self.current_measure_id() if self._in_this_plan(changes) else None
        with self._placing_rows():
            self._plan_header_follows(changes)

    def _plan_header_follows(self, changes: ChangeSet) -> None:
        assert self.service is not None
        if changes.added.get("plan") or changes.removed.get("plan"):
            wanted = self.plan_id
            if changes.added.get("plan") and changes.name in ("New plan", "Restore plan"):
                wanted = max(changes.added["plan"])
            self._fill_plans(wanted)
        elif self.plan_id in changes.changed.get("plan", set()):
            self.plan = self.service.get_plan(self.plan_id)
            index = self.plan_combo.findData(self.plan_id)
            self.plan_combo.setItemText(index, f"{self.plan.code} — {self.plan.title}")
            self._show_plan_title()
            self.editor.form.set_period(self.plan.period)
            self.editor.form.set_parties(self.plan.party_a, self.plan.party_b)
            self.measure_model.set_plan_period(self.plan.period)

    def _tree_follows(self, changes: ChangeSet) -> None:
        """The sector tree follows sectors added, moved, renamed, removed."""
        if self._in_this_plan(changes) and changes.touched("sector"):
            with self._placing_rows():
                self._refresh_sectors()

    def _table_follows(self, changes: ChangeSet) -> None:
        """The table patches, moves, adds or drops exactly the rows the change touched."""
        assert self.service is not None
        if not self._in_this_plan(changes):
            return
        with self._placing_rows():
            removed = changes.removed.get("measure", set())
            if removed:
                self.measure_model.remove_ids(removed)
            fresh = changes.added.get("measure", set()) | changes.changed.get("measure", set())
            if fresh:
                # Rows that only took a new number and place are patched where they
                # stand, after the others (a moved measure, say) are placed again.
                added = changes.added.get("measure", set())
                places = {
                    k: v for k, v in changes.renumbered.items() if k in fresh and k not in added
                }
                reread = fresh - places.keys()
                if reread:
                    saved = changes.saved
                    rows = [MeasureRow.of_measure(saved[i]) for i in reread if i in saved]
                    unknown = [i for i in reread if i not in saved]
                    if unknown:
                        rows.extend(self.service.measure_rows_by_ids(unknown))
                    if changes.plan_id != self.plan_id:
                        # A change across plans (a carry-over marks the old plan's
                        # measures and fills a new one): only this plan's rows are shown.
                        ours = {s.id for s in self.sector_model.sectors()}
                        rows = [r for r in rows if r.sector_id in ours]
                    self.measure_model.upsert_rows(rows)
                if places:
                    self.measure_model.patch_places(places)
            if removed or fresh:
                self.sector_model.set_counts(*self.measure_model.sector_counts())
            current = self._editor_current
            if current is not None and current not in removed:
                self.select_measure(current, scroll=False)

    @contextlib.contextmanager
    def _placing_rows(self) -> Iterator[None]:
        """Rows re-placed move the current index about: the editor does not follow those
        moves (reloading, or clearing what is being typed); it is brought up to date once,
        at its own turn (:meth:`_editor_follows`)."""
        self._applying = True
        try:
            yield
        finally:
            self._applying = False

    def _editor_follows(self, changes: ChangeSet) -> None:
        """The editor shows its measure as saved, or follows the table when it is gone."""
        assert self.service is not None
        if not self._in_this_plan(changes):
            return
        removed = changes.removed.get("measure", set())
        fresh = changes.added.get("measure", set()) | changes.changed.get("measure", set())
        if self.editor.measure_id is not None:
            if self.editor.measure_id in removed:
                self.editor.show_measure(None)
                if changes.remote:
                    self.show_error(
                        self.tr("The measure you were editing was deleted by %1.").replace(
                            "%1", changes.actor or self.tr("someone")
                        )
                    )
            elif self.editor.measure_id in fresh:
                saved = changes.saved.get(self.editor.measure_id)
                self.editor.show_measure(
                    saved or self.service.get_measure(self.editor.measure_id), keep_focused=True
                )
        shown = self.current_measure_id()
        if shown != self.editor.measure_id and (
            shown is not None or self.editor.measure_id in removed
        ):
            # The row the editor showed is gone: it follows the table's current row.
            self._current_changed(self.measure_view.currentIndex(), QModelIndex())
        self._update_counts()

    def _calendar_follows(self, changes: ChangeSet) -> None:
        """The calendar takes the rows that changed, or is marked to be drawn again."""
        if not self._in_this_plan(changes):
            return
        if changes.touched("sector") or self.plan_id in changes.changed.get("plan", set()):
            if self._calendar is not None:
                self._calendar.set_plan(self.plan, self.sector_model.sectors())  # type: ignore[arg-type]
            self.editor.form.holidays = self._plan_holidays()
            self._calendar_stale = True
        if self._calendar is not None and self._calendar_shown() and not self._calendar_stale:
            self._calendar.apply_changes(changes, self.measure_model.visible_rows())
        else:
            self._calendar_stale = True
        self._feed_calendar()

    @staticmethod
    def _sector_names(sectors: Sequence[model.Sector]) -> dict[int, str]:
        return {s.id: f"{s.code} {s.name}" for s in sectors if s.id is not None}

    def _restore_value(self, change: Any) -> None:
        """History > Restore: the old value back, as an undoable step of this window."""
        if self.workspace is None:
            return
        text = self.tr("Restore old value")
        self.workspace.run_step(text, lambda: self.workspace.history.restore_value(change))  # type: ignore[union-attr]

    def _status_follows(self, changes: ChangeSet) -> None:
        """The status bar says what happened (and who did it); the actions follow."""
        self._update_actions()
        self.statusBar().showMessage(
            self._change_message(changes), 6000 if changes.remote else 4000
        )
        self.refreshed.emit(changes)

    def _change_message(self, changes: ChangeSet) -> str:
        from coopdesk.ui.workspace import step_label

        name = step_label(changes.name)
        if changes.initiator is self.workspace and self.workspace is not None:
            command = self.workspace.undo_stack.command(self.workspace.undo_stack.index() - 1)
            if changes.kind == "do" and command is not None:
                name = command.text()
        if changes.kind == "undo":
            text = self.tr("Undone: %1")
        elif changes.kind == "redo":
            text = self.tr("Redone: %1")
        else:
            text = self.tr("Saved: %1")
        message = text.replace("%1", name)
        if changes.remote:
            message = self.tr("%1 (by %2, in another window)").replace("%1", message)
            message = message.replace("%2", changes.actor or self.tr("someone"))
        return message

    def _refresh_sectors(self) -> None:
        assert self.service is not None and self.plan_id is not None
        current = self.current_sector_id()
        expanded = self._expanded_sectors()
        sectors = self.service.list_sectors(self.plan_id)
        self.sector_model.set_sectors(sectors, *self.measure_model.sector_counts())
        self.measure_model.set_sector_order([s.id for s in sectors if s.id is not None])
        self.editor.form.set_sectors(sectors)
        known = {s.id for s in sectors}
        for sid in known:
            if sid not in expanded.get("collapsed", set()):
                self.sector_view.expand(self.sector_model.index_of_sector(sid))  # type: ignore[arg-type]
        self.sector_view.expand(self.sector_model.index_of_sector(ALL_SECTORS))
        target = current if current in known else ALL_SECTORS
        self.sector_view.selectionModel().setCurrentIndex(
            self.sector_model.index_of_sector(target),  # type: ignore[arg-type]
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )
        if target == ALL_SECTORS:
            self.measure_model.set_sector_filter(None)
        else:
            self.measure_model.set_sector_filter(self.sector_model.subtree_ids(target))  # type: ignore[arg-type]

    def _expanded_sectors(self) -> dict[str, set[int]]:
        collapsed = set()
        for sector in self.sector_model.sectors():
            index = self.sector_model.index_of_sector(sector.id)  # type: ignore[arg-type]
            if self.sector_model.rowCount(index) and not self.sector_view.isExpanded(index):
                collapsed.add(sector.id)
        return {"collapsed": collapsed}  # type: ignore[dict-item]

    # -- selection -------------------------------------------------------------------------

    def current_sector_id(self) -> int | None:
        """The sector chosen in the tree (None for "All sectors" or nothing)."""
        index = self.sector_view.currentIndex()
        if not index.isValid():
            return None
        sid = index.data(IdRole)
        return None if sid == ALL_SECTORS else int(sid)

    def _sector_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        sid = current.data(IdRole)
        if sid == ALL_SECTORS:
            self.measure_model.set_sector_filter(None)
        else:
            self.measure_model.set_sector_filter(self.sector_model.subtree_ids(sid))
        self._editor_follows_view()
        self._update_counts()
        self._update_actions()
        self._calendar_stale = True
        self._feed_calendar()

    def _editor_follows_view(self) -> None:
        """A measure the table no longer shows is never left open in the editor.

        After a filter, a search or a sector choice hides it, the editor shows the
        table's current row (Qt keeps it when it stays visible) or nothing.
        """
        shown = self.editor.measure_id
        if shown is None or self.measure_model.row_of_measure(shown) >= 0:
            return
        focused = self.focusWidget()
        if focused is not None and self.editor.isAncestorOf(focused):
            self.measure_view.setFocus()  # a field being typed in is saved first
        self._current_changed(self.measure_view.currentIndex(), QModelIndex())
        if self.editor.measure_id == shown:
            self.editor.show_measure(None)

    @property
    def calendar(self) -> CalendarPanel:
        """The calendar views (month, agenda, timeline), built on first use."""
        if self._calendar is None:
            from coopdesk.ui.calendar import CalendarPanel

            panel = CalendarPanel(self, today=self._today) if self._today else CalendarPanel(self)
            panel.measure_selected.connect(self._calendar_selected)
            panel.measure_activated.connect(self.open_in_editor)
            self._calendar_layout.addWidget(panel)
            panel.show()  # a child added to a page already on screen starts hidden
            self._calendar = panel
            if self.plan is not None:
                panel.set_plan(self.plan, self.sector_model.sectors())
            self._calendar_stale = True
        return self._calendar

    def _calendar_shown(self) -> bool:
        return self.views.currentWidget() is self._calendar_page

    def _plan_holidays(self):  # -> HolidayCalendar
        """The public holidays of the plan's parties, for the editor's warning."""
        if self._calendar is not None and self._calendar.holidays is not None:
            return self._calendar.holidays
        from coopdesk.calendar.holidays import HolidayCalendar
        from coopdesk.ui.calendar.style import ui_lang

        return HolidayCalendar.for_plan(self.plan, lang=ui_lang())

    def _feed_calendar(self) -> None:
        """Give the calendar the rows the table shows (only while it is on screen)."""
        if self._calendar_stale and self._calendar_shown():
            self._calendar_stale = False
            self.calendar.set_rows(self.measure_model.visible_rows())
            current = self.current_measure_id()
            if current is not None:
                self.calendar.select_measure(current)

    def _calendar_selected(self, measure_id: int) -> None:
        if not self.select_measure(measure_id):
            self.statusBar().showMessage(self.tr("That measure is hidden by the filters."), 4000)

    def open_in_editor(self, measure_id: int) -> None:
        """Select a measure and put the cursor in the editor (a calendar double-click)."""
        self.select_measure(measure_id)
        if self.service is not None and self.editor.measure_id != measure_id:
            self.editor.show_measure(self.service.get_measure(measure_id))
        self.editor_dock.show()
        self.editor_dock.raise_()
        self.editor.form.title.setFocus()

    def _filter_changed(self, wanted) -> None:
        # The bar knows every filter but the sector, which the tree chooses.
        sector_ids = self.measure_model.filter.sector_ids
        self.measure_model.set_filter(dataclasses.replace(wanted, sector_ids=sector_ids))
        # The tree says how many of each sector's measures pass the filters ("3 of 8").
        self.sector_model.set_counts(*self.measure_model.sector_counts())
        self._editor_follows_view()
        self._update_counts()
        self._calendar_stale = True
        self._feed_calendar()

    def current_measure_id(self) -> int | None:
        """The id of the measure with the table's current index, if any."""
        index = self.measure_view.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def selected_measure_ids(self) -> list[int]:
        """Ids of the selected rows, in view order."""
        rows = sorted({i.row() for i in self.measure_view.selectionModel().selectedRows()})
        return [self.measure_model.measure_id(r) for r in rows]

    def select_measure(self, measure_id: int, scroll: bool = True) -> bool:
        """Select a measure's row in the table; False when it is not shown."""
        row = self.measure_model.row_of_measure(measure_id)
        if row < 0:
            return False
        index = self.measure_model.index(row, MeasureTableModel.COL_TITLE)
        self.measure_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if scroll:
            self.measure_view.scrollTo(index)
        return True

    def _step(self, delta: int) -> None:
        rows = self.measure_model.rowCount()
        if not rows:
            return
        current = self.measure_view.currentIndex().row()
        row = 0 if current < 0 else max(0, min(rows - 1, current + delta))
        self.measure_view.selectRow(row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.service is None or self._applying:
            return
        if not current.isValid():
            self.editor.show_measure(None)
        else:
            measure_id = self.measure_model.measure_id(current.row())
            if measure_id != self.editor.measure_id:
                try:
                    self.editor.show_measure(self.service.get_measure(measure_id))
                except CoopDeskError as exc:
                    # Deleted elsewhere a moment ago: never leave the editor on another one.
                    self.editor.show_measure(None)
                    self.statusBar().showMessage(core_text(exc), 6000)
            if self._calendar is not None and self._calendar_shown():
                self._calendar.select_measure(measure_id)
        self._update_actions()

    def _selection_changed(self, *_args) -> None:
        self._update_actions()
        # What the user is looking at when they pick measures: the change log as this
        # window has applied it (no query). A move of one that a colleague changes
        # afterwards asks first (see _as_picked).
        self._picked_step = self.watcher.last_seen if self.watcher is not None else None

    # -- plan commands ---------------------------------------------------------------------

    def new_plan(self) -> None:
        """Ask for a new plan's properties and create it."""
        if self.workspace is None:
            return
        dialog = PlanDialog(None, self)

        def submit(values: dict[str, Any]) -> str | None:
            return self._quietly(lambda: self.workspace.create_plan(values))  # type: ignore[union-attr]

        dialog.submit = submit
        dialog.exec()

    def edit_plan(self) -> None:
        """Edit the current plan's properties."""
        if self.workspace is None or self.plan is None:
            return
        dialog = PlanDialog(self.plan, self)
        plan_id = self.plan.id

        def submit(values: dict[str, Any]) -> str | None:
            changed = {k: v for k, v in values.items() if getattr(self.plan, k) != v}
            if not changed:
                return None
            workspace = self.workspace
            assert workspace is not None and plan_id is not None
            return self._quietly(lambda: workspace.update_plan(plan_id, changed))

        dialog.submit = submit
        dialog.exec()

    def read_timings_again(self) -> None:
        """Give dates to the current plan's timings that had none and can be read now
        (after an upgrade that reads more wordings); one step, undone as one."""
        if self.workspace is None or self.plan_id is None:
            return
        ids = self.workspace.read_timings_again(self.plan_id)
        if ids is None:  # refused: the workspace has said why
            return
        if ids:
            said = self.tr("Measures given dates from their timing words: %1. Undo puts them back.")
            self.statusBar().showMessage(said.replace("%1", str(len(ids))), 15000)
        else:
            QMessageBox.information(
                self,
                self.tr("Read timings again"),
                self.tr(
                    "Every timing in this plan that CoopDesk can read already has its dates; "
                    "nothing was changed."
                ),
            )

    def delete_plan(self) -> None:
        """Delete the current plan after confirmation (undo brings it back)."""
        if self.workspace is None or self.plan is None:
            return
        count = self.measure_model.counts_by_sector()
        answer = QMessageBox.question(
            self,
            self.tr("Delete plan"),
            self.tr("Delete the plan “%1” with its %2 measures? You can undo this.")
            .replace("%1", self.plan.code)
            .replace("%2", str(sum(count.values()))),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.delete_plan(self.plan.id)  # type: ignore[arg-type]

    def _quietly(self, action) -> str | None:
        """Run a workspace action, returning its failure message instead of showing it."""
        assert self.workspace is not None
        messages: list[str] = []
        self.workspace.failed.disconnect(self.show_error)
        self.workspace.failed.connect(messages.append)
        try:
            result = action()
        finally:
            self.workspace.failed.disconnect(messages.append)
            self.workspace.failed.connect(self.show_error)
        if result is None and messages:
            return messages[0]
        return None

    # -- sector commands -------------------------------------------------------------------

    def add_sector(self, child: bool = False) -> None:
        """Ask for a name and add a sector (at the top level, or under the current one)."""
        if self.workspace is None or self.plan_id is None:
            return
        parent = self.current_sector_id() if child else None
        if child and parent is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Add sub-sector") if child else self.tr("Add sector"),
            self.tr("Name of the new sector:"),
        )
        if ok and name.strip():
            sector = self.workspace.add_sector(self.plan_id, name.strip(), parent)
            if sector is not None:
                self._select_sector(sector.id)  # type: ignore[arg-type]

    def rename_sector(self) -> None:
        """Rename the current sector."""
        sid = self.current_sector_id()
        if self.workspace is None or sid is None:
            return
        sector = self.sector_model.sector(sid)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename sector"), self.tr("Name:"), text=sector.name if sector else ""
        )
        if ok and name.strip():
            self.workspace.rename_sector(sid, name.strip())

    def delete_sector(self) -> None:
        """Delete the current sector with its sub-sectors and measures, after confirmation."""
        sid = self.current_sector_id()
        if self.workspace is None or sid is None:
            return
        sector = self.sector_model.sector(sid)
        count = self.sector_model.total(sid)
        answer = QMessageBox.question(
            self,
            self.tr("Delete sector"),
            self.tr(
                "Delete the sector “%1”, its sub-sectors and their %2 measures? You can undo this."
            )
            .replace("%1", f"{sector.code}. {sector.name}" if sector else "")
            .replace("%2", str(count)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.delete_sector(sid)

    def shift_sector(self, delta: int) -> None:
        """Move the current sector up or down."""
        sid = self.current_sector_id()
        if self.workspace is not None and sid is not None and self.plan_id is not None:
            self.workspace.shift_sector(self.plan_id, sid, delta)
            self._select_sector(sid)

    def indent_sector(self) -> None:
        """Make the current sector a child of the one above it."""
        sid = self.current_sector_id()
        if self.workspace is not None and sid is not None and self.plan_id is not None:
            self.workspace.indent_sector(self.plan_id, sid)
            self._select_sector(sid)

    def outdent_sector(self) -> None:
        """Make the current sector a sibling of its parent."""
        sid = self.current_sector_id()
        if self.workspace is not None and sid is not None and self.plan_id is not None:
            self.workspace.outdent_sector(self.plan_id, sid)
            self._select_sector(sid)

    def _select_sector(self, sector_id: int) -> None:
        index = self.sector_model.index_of_sector(sector_id)
        if index.isValid():
            self.sector_view.setCurrentIndex(index)

    # -- measure commands ------------------------------------------------------------------

    def new_measure(self) -> None:
        """Open the new-measure dialog on the current sector."""
        if self.workspace is None or self.plan_id is None or self.plan is None:
            return
        sectors = self.sector_model.sectors()
        if not sectors:
            QMessageBox.information(
                self, self.tr("New measure"), self.tr("Add a sector to the plan first.")
            )
            return
        current = self.current_sector_id()
        if current is None and self.current_measure_id() is not None:
            current = self.measure_model.row_values(self.measure_view.currentIndex().row())[
                "sector_id"
            ]
        dialog = NewMeasureDialog(sectors, current, self.plan.period, self)
        dialog.form.holidays = self.editor.form.holidays
        created: list[int] = []

        workspace, plan_id = self.workspace, self.plan_id
        assert workspace is not None and plan_id is not None

        def submit(sector_id: int, values: dict[str, Any]) -> str | None:
            result: list[model.Measure | None] = []

            def add() -> model.Measure | None:
                measure = workspace.add_measure(plan_id, sector_id, values)
                result.append(measure)
                return measure

            problem = self._quietly(add)
            if result and result[0] is not None and result[0].id is not None:
                created.append(result[0].id)
            return problem

        dialog.submit = submit
        if dialog.exec() and created and not self.select_measure(created[0]):
            self.statusBar().showMessage(self.tr("The new measure is hidden by the filters."), 6000)

    def _commit_field(
        self, measure_id: int, values: dict[str, Any], base: dict[str, Any] | None = None
    ) -> None:
        if self.workspace is not None:
            self.workspace.edit_measure(measure_id, values, base)

    def _edit_conflict(self, measure_id: int, values: dict[str, Any], error: Exception) -> None:
        """Someone changed the field being saved: keep mine, take theirs, or edit."""
        from coopdesk.ui.conflict import resolve_edit_conflict

        assert self.workspace is not None and self.service is not None
        decided = resolve_edit_conflict(self, error)
        if decided is not None and decided:
            # The user has seen their value: write the decision as a plain edit.
            self.workspace.edit_measure(measure_id, decided)
        if self.editor.measure_id == measure_id:
            try:
                self.editor.show_measure(self.service.get_measure(measure_id))
            except CoopDeskError:
                self.editor.show_measure(None)

    def _move_from_editor(self, measure_id: int, sector_id: int) -> None:
        seen = {measure_id: self.editor.version} if self.editor.version is not None else {}
        self.move_measures([measure_id], sector_id, seen)

    def _measures_dropped(self, measure_ids: list[int], sector_id: int) -> None:
        # Deferred: the drop must finish before the views change under it.
        QTimer.singleShot(0, lambda: self.move_measures(measure_ids, sector_id))

    def move_measures(
        self, measure_ids: list[int], sector_id: int, seen: dict[int, int] | None = None
    ) -> None:
        """Move measures to a sector (drag and drop, the context menu, the editor's field).

        A measure changed by someone since the user picked it is not moved unasked.
        """
        if self.workspace is None:
            return
        if seen is None:
            picked = self._as_picked(measure_ids, self.tr("Move anyway?"))
            if picked is None:
                return
            seen = picked
        try:
            self.workspace.move_measures(measure_ids, sector_id, if_versions=seen or None)
        except CoopDeskError as exc:
            again = QMessageBox.question(
                self,
                self.tr("Changed by someone else"),
                self.tr("%1.\n\nMove anyway?").replace("%1", core_text(exc)),
            )
            if again == QMessageBox.StandardButton.Yes:
                self.workspace.move_measures(measure_ids, sector_id)

    def _as_picked(self, measure_ids: Sequence[int], question: str) -> dict[int, int] | None:
        """The measures' versions now, once the user agreed to colleagues' changes since
        they picked them (None: they did not). The versions then guard the write."""
        from coopdesk.ui.workspace import step_label

        assert self.service is not None
        versions = self.service.measure_versions(measure_ids)
        if self._picked_step is None or self.workspace is None:
            return versions
        wanted = set(measure_ids)
        for step, changes in self.workspace.history.steps_after(self._picked_step):
            if step.origin == self.service.origin:
                continue
            touched = changes.changed.get("measure", set()) | changes.removed.get("measure", set())
            if touched & wanted:
                answer = QMessageBox.question(
                    self,
                    self.tr("Changed by someone else"),
                    self.tr("%1 changed these measures since you chose them (%2).\n\n%3")
                    .replace("%1", step.actor or self.tr("someone"))
                    .replace("%2", step_label(step.name))
                    .replace("%3", question),
                )
                return versions if answer == QMessageBox.StandardButton.Yes else None
        return versions

    def duplicate_measures(self) -> None:
        """Duplicate the selected measures."""
        if self.workspace is not None:
            copies = self.workspace.duplicate_measures(self.selected_measure_ids())
            if copies:
                self.select_measure(copies[0].id)  # type: ignore[arg-type]

    def delete_measures(self) -> None:
        """Delete the selected measures after confirmation."""
        ids = self.selected_measure_ids()
        if self.workspace is None or not ids:
            return
        if len(ids) == 1:
            values = self.measure_model.row_values(self.measure_model.row_of_measure(ids[0]))
            question = (
                self.tr("Delete the measure %1 “%2”? You can undo this.")
                .replace("%1", values["number"])
                .replace("%2", values["title"][:120])
            )
        else:
            question = self.tr("Delete %1 measures? You can undo this.").replace(
                "%1", str(len(ids))
            )
        assert self.service is not None
        # What the user is looking at when they confirm: changed after that, we ask again.
        seen = self.service.measure_versions(ids)
        answer = QMessageBox.question(self, self.tr("Delete measures"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.measure_view.currentIndex().row()
        try:
            done = self.workspace.delete_measures(ids, if_versions=seen)
        except CoopDeskError as exc:
            again = QMessageBox.question(
                self,
                self.tr("Changed by someone else"),
                self.tr("%1.\n\nDelete anyway?").replace("%1", core_text(exc)),
            )
            if again != QMessageBox.StandardButton.Yes:
                return
            done = self.workspace.delete_measures(ids)
        if done and self.measure_model.rowCount():
            self.measure_view.selectRow(min(row, self.measure_model.rowCount() - 1))

    def set_status(self, status: Status) -> None:
        """Give the selected measures a status."""
        if self.workspace is not None:
            self.workspace.set_status(self.selected_measure_ids(), status)

    def shift_measure(self, delta: int) -> None:
        """Move the current measure up or down in its sector."""
        measure_id = self.current_measure_id()
        if self.workspace is not None and measure_id is not None:
            self.workspace.shift_measure(measure_id, delta)

    def report_scope(self):  # -> ReportScope | None
        """The table's filters (sector, status, framework, search …) as a report scope.

        None when nothing is filtered: the report covers the whole plan.
        """
        from coopdesk.reports.scope import ReportScope

        current = self.measure_model.filter
        return None if current.is_empty else ReportScope.from_filter(current)

    def print_plan(self) -> None:
        """File > Print: the language (the plan's first), then the plan document in the
        official layout, in a print preview (coopdesk/ui/print_options.py)."""
        from coopdesk.ui.print_options import print_plan

        print_plan(self)

    def open_reports(self) -> None:
        """File > Reports: choose a report, its language and window; preview or save a PDF."""
        if self.service is None or self.plan_id is None:
            return
        from coopdesk.ui.reports.dialog import open_reports_dialog

        open_reports_dialog(
            self,
            self.service,
            self.plan_id,
            scope=self.report_scope(),
            today=self.measure_model.today,
        )

    def import_plan(self, path: str | None = None) -> None:
        """File > Import: a sheet or CSV, previewed (with conflicts to settle) before anything
        is written; an export of a plan in this store merges back into it, any other sheet
        becomes a new plan."""
        if self.service is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from coopdesk.ui.exchange import import_file_filter, run_import

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a plan"), "", import_file_filter()
            )
        if not path:
            return
        outcome = run_import(self, self.service, path)
        if outcome is not None and outcome.applied and self.workspace is not None:
            # An import is one step of Edit > Undo like any other change.
            self.workspace.push_step(
                self.tr("Import %1").replace("%1", os.path.basename(path)), outcome.step_id
            )
        if outcome is not None and outcome.applied and outcome.plan_id != self.plan_id:
            self._fill_plans(outcome.plan_id)

    def export_plan(self, lang: str = "en", path: str | None = None) -> None:
        """File > Export: the plan as an official-layout Excel sheet (in the background)."""
        if self.service is None or self.plan is None:
            return
        from PySide6.QtWidgets import QFileDialog

        from coopdesk.ui.exchange import export_file_filter, run_export

        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the plan"), f"{self.plan.code}.xlsx", export_file_filter()
            )
        if not path:
            return
        summary = run_export(self, self.service, self.plan.id, path, lang)  # type: ignore[arg-type]
        if summary is not None:
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)

    def export_calendar(self) -> None:
        """File > Export calendar: the plan's dated measures as an .ics file."""
        if self.service is None or self.plan_id is None:
            return
        from coopdesk.ui.calendar import export_calendar, export_message

        result = export_calendar(self, self.service, self.plan_id)
        if result is not None:
            self.statusBar().showMessage(export_message(*result), 8000)

    def sort_in_plan_order(self) -> None:
        """Drop any column sort: rows in sector and number order."""
        self.measure_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.measure_model.sort(-1)

    def _undo(self) -> None:
        if self.workspace is not None:
            self._leave_field()
            self.workspace.undo_stack.undo()

    def _redo(self) -> None:
        if self.workspace is not None:
            self._leave_field()
            self.workspace.undo_stack.redo()

    def _leave_field(self) -> None:
        # Commit a field being typed in before undoing, so the undo takes that step back.
        focused = self.focusWidget()
        if focused is not None and self.editor.isAncestorOf(focused):
            self.measure_view.setFocus()

    # -- menus and state -------------------------------------------------------------------

    def _fill_columns_menu(self, menu: QMenu) -> None:
        menu.clear()
        for column in range(MeasureTableModel.COLUMN_COUNT):
            name = self.measure_model.headerData(column, Qt.Orientation.Horizontal)
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(not self.measure_view.isColumnHidden(column))
            action.setEnabled(column != MeasureTableModel.COL_TITLE)
            action.toggled.connect(
                lambda shown, c=column: self.measure_view.setColumnHidden(c, not shown)
            )

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        self._fill_columns_menu(menu)
        menu.addSeparator()
        menu.addAction(self.plan_order_action)
        menu.exec(self.measure_view.horizontalHeader().mapToGlobal(pos))

    def _measure_menu(self, pos) -> None:
        menu = QMenu(self)
        for action in (self.new_measure_action, self.duplicate_action, self.delete_action):
            menu.addAction(action)
        menu.addMenu(self.status_menu)
        move = menu.addMenu(self.tr("Move to sector"))
        group = QActionGroup(move)
        for sector in self.sector_model.sectors():
            action = move.addAction(f"{sector.code}. {sector.name}")
            group.addAction(action)
            action.triggered.connect(
                lambda _c=False, sid=sector.id: self.move_measures(self.selected_measure_ids(), sid)
            )
        menu.addSeparator()
        menu.addAction(self.measure_up_action)
        menu.addAction(self.measure_down_action)
        menu.exec(self.measure_view.viewport().mapToGlobal(pos))

    def _sector_menu(self, pos) -> None:
        menu = QMenu(self)
        for action in self.sector_menu.actions():
            menu.addAction(action)
        menu.exec(self.sector_view.viewport().mapToGlobal(pos))

    def _undo_stack_changed(self, *_args) -> None:
        # The stack may outlive a window destroyed without closing (only at exit).
        with contextlib.suppress(RuntimeError):
            self._update_actions()

    def _update_actions(self) -> None:
        has_plan = self.plan_id is not None
        has_sector = self.current_sector_id() is not None
        selected = bool(self.measure_view.selectionModel().selectedRows()) if has_plan else False
        current = self.current_measure_id() is not None
        for action in (
            self.edit_plan_action,
            self.read_timings_action,
            self.delete_plan_action,
            self.add_sector_action,
            self.export_calendar_action,
            self.export_en_action,
            self.export_ru_action,
            self.export_kk_action,
            self.print_action,
            self.reports_action,
        ):
            action.setEnabled(has_plan)
        self.new_measure_action.setEnabled(has_plan)
        for action in (self.duplicate_action, self.delete_action, self.status_menu.menuAction()):
            action.setEnabled(selected)
        for action in self.status_actions.values():
            action.setEnabled(selected)
        for action in (self.measure_up_action, self.measure_down_action):
            action.setEnabled(current)
        for action in (
            self.add_subsector_action,
            self.rename_sector_action,
            self.delete_sector_action,
            self.sector_up_action,
            self.sector_down_action,
            self.indent_action,
            self.outdent_action,
        ):
            action.setEnabled(has_sector)
        stack = self.workspace.undo_stack if self.workspace is not None else None
        can_undo = bool(stack and stack.canUndo())
        can_redo = bool(stack and stack.canRedo())
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        undo_text = stack.undoText() if stack is not None and can_undo else ""
        redo_text = stack.redoText() if stack is not None and can_redo else ""
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", undo_text) if can_undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", redo_text) if can_redo else self.tr("&Redo")
        )
        if self.read_only:
            for action in self._editing_actions():
                action.setEnabled(False)

    def _editing_actions(self) -> list[QAction]:
        """Every action that changes the store (all off in a read-only window)."""
        return [
            self.new_plan_action,
            self.edit_plan_action,
            self.read_timings_action,
            self.delete_plan_action,
            self.import_action,
            self.undo_action,
            self.redo_action,
            self.new_measure_action,
            self.duplicate_action,
            self.delete_action,
            self.status_menu.menuAction(),
            *self.status_actions.values(),
            self.measure_up_action,
            self.measure_down_action,
            self.add_sector_action,
            self.add_subsector_action,
            self.rename_sector_action,
            self.delete_sector_action,
            self.sector_up_action,
            self.sector_down_action,
            self.indent_action,
            self.outdent_action,
        ]

    def set_read_only(self, read_only: bool, why: str = "") -> None:
        """A reader's window: a banner, no edit controls; the server refuses writes anyway."""
        self.read_only = read_only
        self.read_only_banner.setText(why)
        self.read_only_banner.setVisible(read_only)
        self.editor.form.setEnabled(not read_only)
        self.sector_model.drop_handler = None if read_only else self._measures_dropped
        self._update_actions()

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
        """Tell the user something failed, in a dialog (deferred so it never blocks a slot)."""
        self.statusBar().showMessage(message, 8000)
        QTimer.singleShot(0, lambda: QMessageBox.warning(self, self.tr("CoopDesk"), message))
