"""Runs an import or export step off the GUI thread, with progress and Cancel.

:func:`run_task` starts a :class:`ExchangeTask` in a ``QThread``, shows a progress
dialog, and waits in a local event loop (the window keeps painting) until the task
ends; it returns the task's result, or None when the user cancelled or the task
failed (the failure is shown in a message box). Cancel is cooperative: the core calls
the progress callback often, and the callback raises
:class:`~coopdesk.exchange.model.Cancelled` once Cancel was pressed, which rolls back
an import's transaction or removes a half-written export.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from coopdesk.errors import CoopDeskError
from coopdesk.exchange.model import Cancelled, Progress
from coopdesk.ui.core_messages import core_text

#: Progress reports closer together than this (seconds) are not shown.
_REPORT_EVERY = 0.05


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


class ExchangeTask(QObject):
    """Calls ``work(progress)`` in its thread and reports how it ends.

    Signals: ``progressed(done, total, what)``, then exactly one of ``succeeded(result)``,
    ``failed(message)`` or ``cancelled()``.
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self._stop = threading.Event()
        self._last = 0.0

    def cancel(self) -> None:
        """Ask the task to stop at its next progress report (any thread)."""
        self._stop.set()

    def _progress(self, done: int, total: int, what: str) -> None:
        if self._stop.is_set():
            raise Cancelled()
        now = time.monotonic()
        if now - self._last >= _REPORT_EVERY or done >= total:
            self._last = now
            self.progressed.emit(done, total, what)

    @Slot()
    def run(self) -> None:
        """Do the work (in the task's thread)."""
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except CoopDeskError as exc:
            self.failed.emit(core_text(exc))
        except Exception as exc:  # shown to the user, never a silent death of the thread
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            if self._stop.is_set():
                self.cancelled.emit()
            else:
                self.succeeded.emit(result)


def _what_label(what: str) -> str:
    labels = {
        "check": _tr("Checking the file…"),
        "read": _tr("Reading the sheet…"),
        "compare": _tr("Comparing with the plan…"),
        "write": _tr("Writing…"),
        "save": _tr("Saving the workbook…"),
    }
    return labels.get(what, "")


class _Waiter(QObject):
    """Lives in the GUI thread: takes the task's signals there and ends the wait."""

    def __init__(self, dialog: QProgressDialog, label: str) -> None:
        super().__init__()
        self.dialog = dialog
        self.label = label
        self.loop = QEventLoop()
        self.outcome: dict[str, Any] = {}

    @Slot(int, int, str)
    def on_progress(self, done: int, total: int, what: str) -> None:
        if total > 0:
            self.dialog.setMaximum(1000)
            self.dialog.setValue(int(1000 * min(done, total) / total))
        words = _what_label(what)
        if words and not self.dialog.wasCanceled():
            self.dialog.setLabelText(f"{self.label}\n{words}")

    @Slot(object)
    def on_result(self, result: Any) -> None:
        self._finish("result", result)

    @Slot(str)
    def on_error(self, message: str) -> None:
        self._finish("error", message)

    @Slot()
    def on_cancelled(self) -> None:
        self._finish("cancelled", None)

    @Slot()
    def on_cancel_pressed(self) -> None:
        self.dialog.setLabelText(_tr("Cancelling; nothing will be written…"))

    def _finish(self, kind: str, value: Any) -> None:
        self.outcome[kind] = value
        self.loop.quit()


def run_task(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[Progress], Any],
    *,
    show_errors: bool = True,
) -> Any | None:
    """Run ``work`` off the GUI thread with a progress dialog; its result, or None.

    None means the user cancelled or the work failed; a failure is shown in a
    message box titled ``title`` unless ``show_errors`` is False.
    """
    task = ExchangeTask(work)
    thread = QThread()
    task.moveToThread(thread)
    dialog = QProgressDialog(label, _tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("exchangeProgress")
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    waiter = _Waiter(dialog, label)
    queued = Qt.ConnectionType.QueuedConnection
    task.progressed.connect(waiter.on_progress, queued)
    task.succeeded.connect(waiter.on_result, queued)
    task.failed.connect(waiter.on_error, queued)
    task.cancelled.connect(waiter.on_cancelled, queued)
    # Cancel is pressed in the GUI thread; the task only reads a threading.Event.
    dialog.canceled.connect(task.cancel, Qt.ConnectionType.DirectConnection)
    dialog.canceled.connect(waiter.on_cancel_pressed)
    thread.started.connect(task.run)
    thread.start()
    waiter.loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    outcome = waiter.outcome
    if "error" in outcome:
        if show_errors:
            QMessageBox.critical(parent, title, outcome["error"])
        return None
    return outcome.get("result")
