"""File > Save a copy, File > Automatic backups, and files dropped onto the window.

* **Save a copy…** writes a checked copy of the open SQLite store where the user
  chooses, while the window stays open (:func:`coopdesk.store.copies.save_copy`);
  on a server store it explains how to back the server up instead.
* **Automatic backups…** shows where the daily backups go, how many days they are
  kept (a setting), the latest ones, and makes one now. A daily backup is made when
  a store is opened and, while the window stays open, when the date changes.
* Dropping an ``.xlsx`` or ``.csv`` file onto the window starts File > Import with
  that file: its preview comes first, nothing is written before it is accepted.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.errors import CoopDeskError
from coopdesk.store.copies import (
    DEFAULT_KEEP_DAYS,
    DailyBackup,
    daily_backup,
    daily_backups,
    save_copy,
    server_backup_advice,
)
from coopdesk.ui.core_messages import core_text

if TYPE_CHECKING:
    from coopdesk.store.engine import Store
    from coopdesk.ui.main_window import MainWindow

#: File name endings File > Import takes (a dropped file must have one).
IMPORTABLE = (".xlsx", ".csv")


def backup_folder(settings: QSettings | None = None) -> Path:
    """Where the daily backups go: the setting ``backup/folder``, else ``backups`` in the
    user data folder (``~/.local/share/CoopDesk/backups`` on Linux)."""
    chosen = (settings or QSettings()).value("backup/folder", "")
    if chosen:
        return Path(str(chosen))
    from platformdirs import user_data_path

    from coopdesk.config import APP_NAME

    return user_data_path(APP_NAME, appauthor=False) / "backups"


def keep_days(settings: QSettings | None = None) -> int:
    """How many days of daily backups are kept (setting ``backup/keep_days``)."""
    value = (settings or QSettings()).value("backup/keep_days", DEFAULT_KEEP_DAYS)
    try:
        return max(1, int(value))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_KEEP_DAYS


def backups_enabled(settings: QSettings | None = None) -> bool:
    """Whether the daily backup runs (setting ``backup/daily``, on unless turned off)."""
    value = (settings or QSettings()).value("backup/daily", True)
    return value not in (False, "false", "0", 0)


class BackupKeeper(QObject):
    """Makes the daily backup of the window's store: when a store opens, and when the
    date changes while it stays open (checked every few minutes).

    The automatic backup copies the store in a thread of its own (:meth:`start`): a
    store of a few hundred megabytes takes seconds to copy and check, and the window
    stays usable meanwhile. The copy is made through its own read-only connection.
    """

    #: From the copying thread: (what was done or None, the error or None).
    _finished = Signal(object, object)

    def __init__(self, window: MainWindow, today: date | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._today = today
        self.last_message = ""
        self._worker: threading.Thread | None = None
        self._finished.connect(self._report)
        self.timer = QTimer(self)
        self.timer.setInterval(10 * 60 * 1000)
        self.timer.timeout.connect(self.start)
        self.timer.start()

    def today(self) -> date:
        """The day the backup is for (fixed in tests)."""
        return self._today or date.today()

    def store(self) -> Store | None:
        """The window's open store."""
        service = self.window.service
        return None if service is None else service.store

    @property
    def running(self) -> bool:
        """Whether a backup is being copied now (by :meth:`start`)."""
        return self._worker is not None and self._worker.is_alive()

    def start(self) -> bool:
        """Make today's backup if due, in the background; returns whether it began.

        The status bar says when it is saved or why it failed. Not a daemon thread:
        closing the window waits for a copy under way rather than leave half a file.
        """
        store = self.store()
        if self.running or store is None or not backups_enabled():
            return False
        # Settings are read here, on the window's thread; the copy needs only these.
        folder, keep, today = backup_folder(), keep_days(), self.today()

        def work() -> None:
            try:
                done = daily_backup(store, folder, keep, today)
            except CoopDeskError as exc:
                self._finished.emit(None, exc)
                return
            self._finished.emit(done, None)

        self._worker = threading.Thread(target=work, name="coopdesk-daily-backup")
        self._worker.start()
        return True

    def wait(self) -> None:
        """Until a backup under way is written (tests; closing the store)."""
        if self._worker is not None:
            self._worker.join()

    def run(self) -> Path | None:
        """Make today's backup if due, now; say so in the status bar. Returns it when written."""
        store = self.store()
        if store is None or not backups_enabled():
            return None
        self.wait()
        try:
            done = daily_backup(store, backup_folder(), keep_days(), self.today())
        except CoopDeskError as exc:
            self._report(None, exc)
            return None
        return self._report(done, None)

    def _report(self, done: DailyBackup | None, error: CoopDeskError | None) -> Path | None:
        if error is not None:
            self.last_message = self.tr("The daily backup failed: %1").replace(
                "%1", core_text(error)
            )
            self.window.statusBar().showMessage(self.last_message, 15000)
            return None
        if done is None or not done.written:
            return None
        self.last_message = self.tr("Daily backup saved: %1").replace("%1", str(done.path))
        self.window.statusBar().showMessage(self.last_message, 6000)
        return done.path


class BackupDialog(QDialog):
    """File > Automatic backups: where they go, how long they stay, the latest ones."""

    def __init__(self, window: MainWindow, keeper: BackupKeeper) -> None:
        super().__init__(window)
        self.keeper = keeper
        self.setWindowTitle(self.tr("Automatic backups"))
        store = keeper.store()
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.folder = QLabel(str(backup_folder()), self)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.days = QSpinBox(self)
        self.days.setRange(1, 3650)
        self.days.setValue(keep_days())
        self.days.setSuffix(self.tr(" days"))
        self.days.valueChanged.connect(lambda n: QSettings().setValue("backup/keep_days", n))
        self.list = QListWidget(self)
        self.open_folder = QPushButton(self.tr("&Open the folder"), self)
        self.open_folder.clicked.connect(self._open_folder)
        self.now = QPushButton(self.tr("Back up &now"), self)
        self.now.clicked.connect(self._back_up_now)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), self.folder)
        form.addRow(self.tr("&Keep for:"), self.days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.now, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Backups of this store:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        if store is not None and store.sqlite_path is None:
            self.explain.setText(server_backup_advice(store))
            self.now.setEnabled(False)
        else:
            self.explain.setText(
                self.tr(
                    "Once a day, when CoopDesk opens a store file (and at midnight while it "
                    "stays open), a checked copy of it is saved in the folder below. Copies "
                    "older than the days kept are deleted. To restore one, open it with "
                    "File > Open store, or copy it over the store while CoopDesk is closed."
                )
            )
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        """List this store's backups, newest first."""
        self.list.clear()
        store = self.keeper.store()
        source = None if store is None else store.sqlite_path
        if source is None:
            return
        for day, path in reversed(daily_backups(Path(source), backup_folder())):
            self.list.addItem(f"{day.isoformat()}  —  {path.name}")

    def _back_up_now(self) -> None:
        store = self.keeper.store()
        if store is None:
            return
        folder = backup_folder()
        self.keeper.wait()  # the automatic one may be copying today's backup right now
        try:
            done = daily_backup(store, folder, keep_days(), self.keeper.today())
        except CoopDeskError as exc:
            self.message.setText(core_text(exc))
            return
        if done is not None:
            text = self.tr("Saved: %1") if done.written else self.tr("Today's backup is %1")
            self.message.setText(text.replace("%1", str(done.path)))
        self.refresh()

    def _open_folder(self) -> None:
        folder = backup_folder()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def save_a_copy(window: MainWindow, target: str | None = None) -> Path | None:
    """File > Save a copy: a checked copy of the open store where the user chooses."""
    if window.service is None:
        return None
    tr = window.tr
    store = window.service.store
    if store.sqlite_path is None:
        window.show_error(server_backup_advice(store))
        return None
    if target is None:
        suggested = f"{Path(store.sqlite_path).stem}-{date.today().isoformat()}.db"
        target, _ = QFileDialog.getSaveFileName(
            window,
            tr("Save a copy of the store"),
            str(Path.home() / suggested),
            tr("CoopDesk store (*.db)"),
        )
    if not target:
        return None
    try:
        path = save_copy(store, Path(target))
    except CoopDeskError as exc:
        window.show_error(core_text(exc))
        return None
    window.statusBar().showMessage(
        tr("A copy of the store was saved to %1").replace("%1", str(path)), 8000
    )
    return path


def dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    """The one importable local file being dragged, or None."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return None
    urls = [u for u in mime.urls() if u.isLocalFile()]
    if len(urls) != 1:
        return None
    path = urls[0].toLocalFile()
    return path if path.lower().endswith(IMPORTABLE) else None


class DropImporter(QObject):
    """Takes an .xlsx or .csv dropped onto the window (or the sector tree) into
    File > Import, preview first."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        self.watched: list[QWidget] = [window, window.sector_view.viewport()]
        for widget in self.watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(
            event, QDragEnterEvent | QDropEvent
        ):
            if dropped_file(event) is not None and self.window.service is not None:
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = dropped_file(event)
            if path is not None and self.window.service is not None:
                event.acceptProposedAction()
                # After the drop has returned: the preview is a modal dialog.
                QTimer.singleShot(0, lambda: self.window.import_plan(path))
                return True
        return False


def install_backup(window: MainWindow, today: date | None = None) -> BackupKeeper:
    """File > Save a copy and File > Automatic backups, the daily backup, and drops."""
    tr = window.tr
    keeper = BackupKeeper(window, today)
    window.save_copy_action = window._action(  # type: ignore[attr-defined]
        tr("Save a cop&y…"),
        lambda: save_a_copy(window),
        "Ctrl+Shift+S",
        None,
        tr("Save a checked copy of the open store (the window stays open)"),
    )
    window.backups_action = window._action(  # type: ignore[attr-defined]
        tr("Automatic &backups…"),
        lambda: BackupDialog(window, keeper).exec(),
        None,
        None,
        tr("Where the daily backups are and how long they are kept"),
    )
    menu = window.file_menu
    menu.insertAction(window.import_action, window.save_copy_action)  # type: ignore[attr-defined]
    menu.insertAction(window.import_action, window.backups_action)  # type: ignore[attr-defined]
    menu.insertSeparator(window.import_action)
    # Once the window is on screen: a status message shown before it hides nothing and
    # would sit over the counts; and the copy is no work for the window's start.
    window.plan_loaded.connect(lambda _plan_id: QTimer.singleShot(0, keeper.start))
    window.backup_keeper = keeper  # type: ignore[attr-defined]
    window.drop_importer = DropImporter(window)  # type: ignore[attr-defined]
    return keeper


__all__ = [
    "BackupDialog",
    "BackupKeeper",
    "DropImporter",
    "backup_folder",
    "install_backup",
    "keep_days",
    "save_a_copy",
]
