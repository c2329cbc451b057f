"""File > Export to Word…: the plan as the official document, a .docx that comes back.

:func:`install_word_export` adds the action to the main window's File menu, after the
Excel exports; it writes the plan in its document language (Plan properties), or the
window's, off the GUI thread with :func:`run_export_docx`. File > Import reads the
returned document (the import's file filter offers .docx) like a workbook.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from coopdesk.ui.exchange.worker import run_task

if TYPE_CHECKING:
    from coopdesk.reports.plan_docx import ExportSummary
    from coopdesk.services.plans import PlanService

__all__ = ["install_word_export", "run_export_docx", "word_file_filter"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def word_file_filter() -> str:
    """The file-dialog filter for File > Export to Word."""
    return _tr("Word document (*.docx)")


def run_export_docx(
    parent: QWidget | None,
    service: PlanService,
    plan_id: int,
    path: str | Path,
    lang: str = "en",
) -> ExportSummary | None:
    """Write the plan to ``path`` as a Word document in ``lang``; what was written, or None."""
    # python-docx loads when first used, not while the window starts.
    from coopdesk.reports.plan_docx import export_plan_docx

    return run_task(
        parent,
        # The title of the progress and error windows of File > Export to Word.
        _tr("Export to Word"),
        _tr("Exporting to %1…").replace("%1", Path(path).name),
        lambda progress: export_plan_docx(service, plan_id, path, lang, progress),
    )


def export_word(window: Any, path: str | None = None) -> ExportSummary | None:
    """File > Export to Word: ask where (unless ``path`` is given), then write the plan."""
    if window.service is None or window.plan is None or window.plan_id is None:
        return None
    from coopdesk.ui.reports.dialog import default_report_lang

    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            window,
            # The title of the save dialog of File > Export to Word.
            _tr("Export the plan to Word"),
            f"{window.plan.code}.docx",
            word_file_filter(),
        )
    if not path:
        return None
    if not path.lower().endswith(".docx"):
        path += ".docx"
    lang = default_report_lang(window.plan.language)
    summary: ExportSummary | None = run_export_docx(
        window, window.service, window.plan_id, path, lang
    )
    if summary is not None:
        window.statusBar().showMessage(_tr("Exported to %1").replace("%1", path), 8000)
    return summary


def install_word_export(window: Any) -> QAction:
    """Add File > Export to Word… to ``window`` (after the Excel exports); the action."""
    action = QAction(_tr("Export to &Word…"), window)
    # The status tip of File > Export to Word.
    tip = _tr("Write the plan as the official document (.docx) a partner can edit and return")
    action.setStatusTip(tip)
    action.setToolTip(tip)
    action.setObjectName("export_word_action")
    action.triggered.connect(lambda _checked=False: export_word(window))
    window.addAction(action)
    menu = window.file_menu
    menu.insertAction(window.export_calendar_action, action)

    def refresh() -> None:
        action.setEnabled(window.plan_id is not None)

    # Enabled only with a plan open, like the other exports.
    menu.aboutToShow.connect(refresh)
    window.plan_loaded.connect(lambda *_args: refresh())
    refresh()
    window.export_word_action = action
    return action
