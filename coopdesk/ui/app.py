"""Application start-up: the window goes on screen first, the store is opened after.

Opening the store (and, if due, migrating it) imports SQLAlchemy and may import
Alembic; none of that delays the first paint of the window.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from coopdesk.config import APP_NAME

#: Set to a value to print start-up milestones and quit once the plan is loaded.
PROBE_ENV = "COOPDESK_STARTUP_PROBE"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with CoopDesk's names (used by QSettings)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    if not isinstance(app, QApplication):
        # Qt would abort on the first widget; say why instead.
        raise RuntimeError("A non-widget Qt application is already running in this process")
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    return app  # type: ignore[return-value]


def open_workspace(window, db_url: str | None) -> bool:
    """Open the store into ``window``, loading the sample plan into an empty store."""
    from coopdesk.config import resolve_store
    from coopdesk.errors import CoopDeskError
    from coopdesk.services.plans import PlanService
    from coopdesk.services.sample import load_sample_plan
    from coopdesk.store.engine import open_store

    try:
        url, create = resolve_store(db_url)
        store = open_store(url, create=create)
        store.on_wait = lambda seconds: _waiting(window, seconds)
        service = PlanService(store)
        first_start = not service.list_plans()
        if first_start:
            load_sample_plan(service)
    except CoopDeskError as exc:
        window.show_error(str(exc))
        window.statusBar().showMessage(str(exc))
        return False
    window.attach(service)
    if first_start:
        from coopdesk.ui.help import show_first_start_hint

        show_first_start_hint(window)
    if store.notes:
        window.statusBar().showMessage(" ".join(store.notes), 15000)
    return True


def _waiting(window, seconds: float) -> None:
    """A save waits for another window's: say so, and keep the window painting."""
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "MainWindow", "Waiting for another window's save… (%1 s)"
        ).replace("%1", f"{seconds:.0f}")
    )
    # Paint only: a click now must not start another change inside this one.
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def run(db_url: str | None = None) -> int:
    """Start the GUI on the store at ``db_url`` (or the default); returns the exit code."""
    probe = os.environ.get(PROBE_ENV)
    app = make_application()
    from coopdesk.ui.i18n import install_translators

    # Before any widget exists: every tr() of the window reads the chosen language.
    install_translators(app)
    from coopdesk.ui.main_window import MainWindow

    window = MainWindow()
    window.show()

    def start() -> None:
        if probe:
            print(f"shown {time.perf_counter():.4f}", flush=True)
        ok = open_workspace(window, db_url)
        if probe:
            print(f"loaded {time.perf_counter():.4f} {'ok' if ok else 'failed'}", flush=True)
            QTimer.singleShot(0, app.quit)

    QTimer.singleShot(0, start)
    return app.exec()
