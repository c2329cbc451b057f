"""File > Import and File > Export: the Excel exchange in the window.

The main window calls two functions:

- :func:`run_import` reads the file off the GUI thread (progress, Cancel), shows the
  :class:`ImportPreviewDialog`, then the :class:`ConflictDialog` if fields were changed
  on both sides, then writes the import off the GUI thread in one transaction. The
  service publishes one ChangeSet, so the views refresh themselves. When the plan was
  edited while the dialogs were open, the service refuses the stale preview with the
  new conflicts, and they are shown in the conflict dialog again.
- :func:`run_export` writes the plan to an .xlsx off the GUI thread (File > Export to
  Word is :mod:`coopdesk.ui.exchange.word`).

Both return None when the user cancelled or the operation failed (a failure is shown
in a message box); nothing is written then.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coopdesk.services.exports import ExportSummary, export_plan
from coopdesk.services.imports import ImportOutcome, ImportService
from coopdesk.services.plans import PlanService
from coopdesk.ui.exchange.conflict_dialog import ConflictDialog
from coopdesk.ui.exchange.preview_dialog import ImportPreviewDialog
from coopdesk.ui.exchange.worker import run_task

__all__ = [
    "ConflictDialog",
    "ExportSummary",
    "ImportOutcome",
    "ImportPreviewDialog",
    "export_file_filter",
    "import_file_filter",
    "run_export",
    "run_import",
]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Exchange", text, None, n)


def import_file_filter() -> str:
    """The file-dialog filter for File > Import."""
    return _tr(
        "Plans (*.xlsx *.docx *.csv);;Excel workbooks (*.xlsx);;Word documents (*.docx);;"
        "CSV files (*.csv);;All files (*)"
    )


def export_file_filter() -> str:
    """The file-dialog filter for File > Export."""
    return _tr("Excel workbook (*.xlsx)")


def run_import(
    parent: QWidget | None,
    service: PlanService,
    path: str | Path,
    plan_id: int | None = None,
    *,
    new: bool = False,
) -> ImportOutcome | None:
    """Import ``path``: preview, resolve conflicts, apply. The outcome, or None.

    ``plan_id`` merges into that plan; ``new`` makes a new plan; with neither, a
    CoopDesk export goes back into its plan and any other sheet becomes a new plan.
    """
    imports = ImportService(service)
    name = Path(path).name
    title = _tr("Import")
    preview = run_task(
        parent,
        title,
        _tr("Reading %1…").replace("%1", name),
        lambda progress: imports.preview(path, plan_id=plan_id, new=new, progress=progress),
    )
    if preview is None:
        return None
    dialog = ImportPreviewDialog(preview, parent)

    def remap(choices: dict) -> None:
        # The file is not read again: the cells kept in the preview are laid out anew,
        # off the GUI thread too (a big sheet takes a second or two).
        current = dialog.preview
        again = run_task(
            dialog,
            title,
            _tr("Placing the columns…"),
            lambda _progress: imports.remap(current, choices),
        )
        if again is not None:
            dialog.set_preview(again)

    dialog.mapping_changed.connect(remap)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        preview = dialog.preview
        remember = dialog.remember_mapping
    finally:
        dialog.deleteLater()
    while True:
        if preview.diff.unresolved:
            conflicts = ConflictDialog(preview.diff.conflicts, parent)
            try:
                if conflicts.exec() != QDialog.DialogCode.Accepted:
                    return None
            finally:
                conflicts.deleteLater()
        outcome = run_task(
            parent,
            title,
            _tr("Importing %1…").replace("%1", name),
            lambda progress: imports.apply(preview, remember=remember, progress=progress),
        )
        if outcome is None or not outcome.stale or outcome.applied:
            return outcome
        # Someone edited the plan while the dialogs were open: the service compared the
        # sheet with the store again and found new conflicts; nothing was written.
        QMessageBox.information(
            parent,
            title,
            _tr(
                "The plan was changed while the import was open; %n new conflict(s) with the "
                "sheet must be decided. Nothing has been written yet.",
                len(outcome.stale),
            ),
        )


def run_export(
    parent: QWidget | None,
    service: PlanService,
    plan_id: int,
    path: str | Path,
    lang: str = "en",
) -> ExportSummary | None:
    """Export the plan to ``path`` ("en" or "ru" labels); what was written, or None."""
    return run_task(
        parent,
        _tr("Export"),
        _tr("Exporting to %1…").replace("%1", Path(path).name),
        lambda progress: export_plan(service, plan_id, path, lang, progress),
    )
