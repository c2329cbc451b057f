"""File > Export calendar: write the plan's .ics file from the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coopdesk.calendar.ics import ExportSummary, build_calendar, write_ics
from coopdesk.errors import CoopDeskError
from coopdesk.ui.calendar.style import tr
from coopdesk.ui.core_messages import core_text

if TYPE_CHECKING:
    from coopdesk.services.plans import PlanService


def export_calendar(
    parent: QWidget, service: PlanService, plan_id: int, path: str | None = None
) -> tuple[Path, ExportSummary] | None:
    """Ask where to save (unless ``path`` is given), write the plan's .ics file.

    Returns the file and what went in it, or None when the user cancelled or the file
    could not be written (the user has been told why in a dialog).
    """
    plan = service.get_plan(plan_id)
    if path is None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"{plan.code}.ics")
        path, _filter = QFileDialog.getSaveFileName(
            parent, tr("Export calendar"), suggested, tr("iCalendar files (*.ics)")
        )
        if not path:
            return None
    if not path.lower().endswith(".ics"):
        path += ".ics"
    try:
        calendar, summary = build_calendar(
            plan, service.list_measures(plan_id), service.list_sectors(plan_id)
        )
        written = write_ics(path, calendar)
    except CoopDeskError as exc:
        QMessageBox.critical(parent, tr("Export calendar"), core_text(exc))
        return None
    return written, summary


def export_message(path: Path, summary: ExportSummary) -> str:
    """A status-bar sentence about an export: "29 events written to plan.ics (5 without dates)."""
    text = tr("%1 events written to %2").replace("%1", str(summary.events))
    text = text.replace("%2", path.name)
    if summary.undated:
        text += " " + tr("(%1 measures without dates left out)").replace("%1", str(summary.undated))
    return text + "."
