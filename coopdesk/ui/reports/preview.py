"""Print preview, printing and "save as PDF" of a report, for the window's menus.

    preview_report(window, document)        # File > Print preview… (prints from there)
    print_report(window, document)          # File > Print… (the system print dialog)
    save_report_pdf(window, document)       # asks for a file name, writes the PDF

All three render the same :class:`~coopdesk.reports.document.Document` with
:mod:`.renderer`, so the preview shows exactly what the printer and the PDF get.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import (
    QAbstractPrintDialog,
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from coopdesk.errors import CoopDeskError
from coopdesk.reports.document import Document
from coopdesk.ui.core_messages import core_text
from coopdesk.ui.reports.pdf import write_pdf
from coopdesk.ui.reports.renderer import apply_page_setup, render_document

_SETTINGS_FOLDER = "reports/pdf_folder"


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a big report is laid out."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def make_printer(document: Document) -> QPrinter:
    """A high-resolution printer set up with the document's paper and orientation."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    apply_page_setup(document, printer)
    printer.setDocName(document.name or document.title.heading)
    printer.setCreator("CoopDesk")
    return printer


def print_pages(document: Document, printer: QPrinter) -> int:
    """Render ``document`` on ``printer`` with the page range the user chose there.

    The printer's own set-up (paper, orientation changed in the preview) is kept.
    Returns the number of pages of the whole document.
    """
    pages = None
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage():
        pages = range(printer.fromPage(), printer.toPage() + 1)
    with busy():
        return render_document(document, printer, page_setup=False, pages=pages)


class ReportPreviewDialog(QPrintPreviewDialog):
    """The print preview of a report, with the print button of Qt's preview dialog."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        printer = make_printer(document)
        super().__init__(printer, parent)
        self.document = document
        # Qt does not own the printer: keep it alive as long as the dialog (under a
        # private name: QPrintPreviewDialog.printer() returns the same object).
        self._printer = printer
        self.setWindowTitle(self.tr("Print preview – %1").replace("%1", document.name))
        self.page_count = 0
        self.paintRequested.connect(self._paint)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            self.resize(int(available.width() * 0.8), int(available.height() * 0.85))

    def _paint(self, printer: QPrinter) -> None:
        self.page_count = print_pages(self.document, printer)

    def preview_widget(self) -> QPrintPreviewWidget:
        """The widget showing the pages (for its page count and zoom)."""
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None  # QPrintPreviewDialog builds its preview widget itself
        return widget


def preview_report(parent: QWidget | None, document: Document) -> int:
    """Show the print preview of ``document`` (modal); printing happens from its toolbar.

    Returns the dialog's result code.
    """
    dialog = ReportPreviewDialog(document, parent)
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def print_report(parent: QWidget | None, document: Document) -> bool:
    """Ask for a printer with the system print dialog and print ``document``; True if printed."""
    printer = make_printer(document)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(
        QApplication.translate("Reports", "Print %1").replace("%1", document.name)
    )
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_pages(document, printer)
    return True


def suggested_file_name(document: Document) -> str:
    """A file name for the report: its name with characters file systems refuse replaced."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", document.name or "report").strip(" .-")
    return f"{name or 'report'}.pdf"


def save_report_pdf(
    parent: QWidget | None, document: Document, path: str | Path | None = None
) -> Path | None:
    """Write ``document`` as a PDF; asks for the file name when ``path`` is None.

    Returns the path written, or None when the user cancelled or writing failed
    (the reason is shown in a message box).
    """
    settings = QSettings()
    if path is None:
        folder = str(settings.value(_SETTINGS_FOLDER, str(Path.home())))
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            QApplication.translate("Reports", "Save report as PDF"),
            str(Path(folder) / suggested_file_name(document)),
            QApplication.translate("Reports", "PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.casefold() != ".pdf":
            path = path.with_name(path.name + ".pdf")
    path = Path(path)
    try:
        with busy():
            write_pdf(document, path)
    except CoopDeskError as exc:
        QMessageBox.warning(
            parent, QApplication.translate("Reports", "The PDF was not saved"), core_text(exc)
        )
        return None
    settings.setValue(_SETTINGS_FOLDER, str(path.parent))
    return path
