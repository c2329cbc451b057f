"""File > Progress report…: «Информация о ходе реализации» as of a date, for one party or both.

The user picks the reporting date, the party and the language (the plan's document
language first), then previews it (printing from there) or saves it as PDF, Excel
or Word. The report is built by :func:`coopdesk.reports.progress.load_progress_report`
with the window's filters as its scope when "only the measures shown" is ticked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.errors import CoopDeskError
from coopdesk.reports.document import Document
from coopdesk.reports.scope import ReportScope
from coopdesk.ui.core_messages import core_text
from coopdesk.ui.progress_panel import pydate, qdate
from coopdesk.ui.reporting_round import default_reporting_date
from coopdesk.ui.reports import preview
from coopdesk.ui.reports.dialog import default_report_lang

if TYPE_CHECKING:
    from coopdesk.services.plans import PlanService

_SETTINGS_PARTY = "reports/progress_party"


class ProgressReportDialog(QDialog):
    """Choose the date, party and language of a progress report; preview or save it."""

    def __init__(
        self,
        service: PlanService,
        plan_id: int,
        parent: QWidget | None = None,
        *,
        scope: ReportScope | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.plan_id = plan_id
        self.scope = scope if scope is not None and not scope.is_whole_plan else None
        plan = service.get_plan(plan_id)
        self.setWindowTitle(self.tr("Progress report"))
        self.as_of = QDateEdit(qdate(default_reporting_date(today or date.today())), self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd.MM.yyyy")
        self.party = QComboBox(self)
        self.party.addItem(self.tr("Both parties"), "both")
        self.party.addItem(plan.party_a or self.tr("Party A"), "a")
        self.party.addItem(plan.party_b or self.tr("Party B"), "b")
        index = self.party.findData(str(QSettings().value(_SETTINGS_PARTY, "both")))
        self.party.setCurrentIndex(max(0, index))
        self.lang = QComboBox(self)
        self.lang.addItem(self.tr("English"), "en")
        self.lang.addItem("Русский", "ru")
        self.lang.addItem("Қазақша", "kk")
        self.lang.setCurrentIndex(max(0, self.lang.findData(default_report_lang(plan.language))))
        self.only_shown = QCheckBox(self.tr("Only the measures the window shows"), self)
        self.only_shown.setEnabled(self.scope is not None)
        self.only_shown.setChecked(self.scope is not None)
        form = QFormLayout()
        form.addRow(self.tr("&As of:"), self.as_of)
        form.addRow(self.tr("&Party:"), self.party)
        form.addRow(self.tr("&Language:"), self.lang)
        form.addRow("", self.only_shown)
        buttons = QDialogButtonBox(self)
        self.preview_button = QPushButton(self.tr("Pre&view…"), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.xlsx_button = QPushButton(self.tr("Save as E&xcel…"), self)
        self.docx_button = QPushButton(self.tr("Save as &Word…"), self)
        for button in (self.preview_button, self.pdf_button, self.xlsx_button, self.docx_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save(".xlsx"))
        self.docx_button.clicked.connect(lambda: self.save(".docx"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def document(self) -> Document | None:
        """The report asked for; a failure is shown and gives None."""
        from coopdesk.reports.progress import load_progress_report

        party = str(self.party.currentData())
        QSettings().setValue(_SETTINGS_PARTY, party)
        try:
            with preview.busy():
                return load_progress_report(
                    self.service,
                    self.plan_id,
                    pydate(self.as_of.date()),
                    party=party,
                    lang=str(self.lang.currentData()),
                    scope=self.scope if self.only_shown.isChecked() else None,
                )
        except CoopDeskError as exc:
            QMessageBox.warning(self, self.tr("The report cannot be made"), core_text(exc))
            return None

    def preview(self) -> None:
        """The print preview of the report."""
        document = self.document()
        if document is not None:
            preview.preview_report(self, document)

    def save(self, suffix: str, path: str | Path | None = None) -> Path | None:
        """Save the report as .pdf, .xlsx or .docx (asks where when ``path`` is None)."""
        document = self.document()
        if document is None:
            return None
        if suffix == ".pdf":
            return preview.save_report_pdf(self, document, path)
        if path is None:
            name = Path(preview.suggested_file_name(document)).with_suffix(suffix).name
            kinds = {
                ".xlsx": self.tr("Excel workbook (*.xlsx)"),
                ".docx": self.tr("Word document (*.docx)"),
            }
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the progress report"), name, kinds[suffix]
            )
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(suffix) else chosen + suffix
        from coopdesk.reports.progress_files import write_report_file

        target = Path(path)
        try:
            with preview.busy():
                write_report_file(document, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("The report cannot be saved"),
                self.tr("Could not write %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return None
        return target


def open_progress_report(
    parent: QWidget | None,
    service: PlanService,
    plan_id: int,
    scope: ReportScope | None = None,
    today: date | None = None,
) -> int:
    """Open the progress report dialog for a plan (modal)."""
    dialog = ProgressReportDialog(service, plan_id, parent, scope=scope, today=today)
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()
