"""Print preview, printing through QPrinter, and the Reports dialog, driven like a user would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from coopdesk.errors import NotFoundError
from coopdesk.reports.catalog import build_report
from coopdesk.reports.document import Document
from coopdesk.reports.scope import ReportScope
from coopdesk.reports.upcoming import DateWindow
from coopdesk.ui.reports import dialog as dialog_module
from coopdesk.ui.reports import preview
from coopdesk.ui.reports.dialog import ReportDialog, ReportRequest, open_reports_dialog
from coopdesk.ui.reports.pdf import write_pdf
from coopdesk.ui.reports.preview import (
    ReportPreviewDialog,
    make_printer,
    preview_report,
    print_pages,
    save_report_pdf,
    suggested_file_name,
)

pytestmark = pytest.mark.store

TODAY = date(2024, 3, 1)


@pytest.fixture
def status_doc(sample) -> Document:
    service, plan = sample
    return build_report(service, plan.code, "status", lang="ru", today=TODAY)


def test_print_preview_shows_the_same_pages_as_the_pdf(qtbot, status_doc, tmp_path) -> None:
    pages = write_pdf(status_doc, tmp_path / "status.pdf")
    dialog = ReportPreviewDialog(status_doc)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.preview_widget().pageCount() == pages, timeout=5000)
    assert dialog.page_count == pages
    assert status_doc.name in dialog.windowTitle()
    assert dialog.printer().pageLayout().orientation().name == "Landscape"
    dialog.reject()


def test_preview_report_opens_modal_and_closes(qtbot, status_doc) -> None:
    seen: list[int] = []

    def close_when_open() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, ReportPreviewDialog) and widget.page_count:
            seen.append(widget.preview_widget().pageCount())
            widget.reject()
        else:
            QTimer.singleShot(20, close_when_open)

    QTimer.singleShot(0, close_when_open)
    result = preview_report(None, status_doc)
    assert result == 0  # rejected: closed without printing
    assert seen and seen[0] >= 2


def test_printing_honours_the_page_range(qapp, status_doc, tmp_path, pdf_pages) -> None:
    whole = write_pdf(status_doc, tmp_path / "whole.pdf")
    assert whole >= 3
    printer = make_printer(status_doc)
    # A PDF "printer" stands in for the real one: the same QPrinter path is taken.
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_pages(status_doc, printer) == whole
    printed = pdf_pages(tmp_path / "printed.pdf")
    assert len(printed) == 2
    assert f"стр. 2 из {whole}" in printed[0] and f"стр. 3 из {whole}" in printed[1]


def test_save_report_pdf_asks_for_a_name_and_remembers_the_folder(
    qtbot, status_doc, tmp_path, monkeypatch, pdf_pages
) -> None:
    asked: list[str] = []

    def choose(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / "отчёт"), "PDF files (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    written = save_report_pdf(None, status_doc)
    assert written == tmp_path / "отчёт.pdf"  # the extension is added
    assert Path(asked[0]).name == "KZ-RU-MFA-2023 Отчёт о ходе исполнения.pdf"
    assert "ОТЧЁТ О ХОДЕ ИСПОЛНЕНИЯ" in pdf_pages(written)[0]
    save_report_pdf(None, status_doc)
    assert Path(asked[1]).parent == tmp_path


def test_save_report_pdf_explains_a_failure(qtbot, status_doc, tmp_path, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    assert save_report_pdf(None, status_doc, tmp_path / "missing" / "x.pdf") is None
    assert warnings == [f"The folder {tmp_path / 'missing'} does not exist"]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert save_report_pdf(None, status_doc) is None  # cancelled: nothing, no message
    assert len(warnings) == 1


def test_suggested_file_names_are_safe() -> None:
    doc = Document(title=None, name='KZ/RU: "Plan" <2023>?')  # type: ignore[arg-type]
    assert suggested_file_name(doc) == "KZ-RU- -Plan- -2023.pdf"


# -- the Reports dialog ---------------------------------------------------------------------


def test_the_dialog_builds_what_the_user_chose(qtbot, status_doc) -> None:
    requests: list[ReportRequest] = []

    def builder(request: ReportRequest) -> Document:
        requests.append(request)
        return status_doc

    scope = ReportScope.of(statuses=["done"])
    dialog = ReportDialog(builder, scope=scope, scope_text="status: Done", today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.only_shown.isEnabled() and dialog.only_shown.isChecked()
    dialog.kind.setCurrentIndex(dialog.kind.findData("status"))
    assert not dialog.period_box.isEnabled()  # the period is for upcoming events only
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    assert dialog.request() == ReportRequest("status", "ru", None, scope)

    dialog.kind.setCurrentIndex(dialog.kind.findData("upcoming"))
    assert dialog.period_box.isEnabled()
    dialog.next_long.setChecked(True)
    assert dialog.request().window == DateWindow(TODAY, date(2024, 5, 29))
    dialog.date_from.setDate(dialog.date_from.date().addDays(10))
    assert dialog.between.isChecked()
    dialog.only_shown.setChecked(False)
    request = dialog.request()
    assert request.window == DateWindow(date(2024, 3, 11), date(2024, 5, 29))
    assert request.scope is None
    # The end date cannot be set before the start.
    dialog.date_to.setDate(dialog.date_from.date().addDays(-5))
    assert dialog.request().window.end == date(2024, 3, 11)


def test_preview_and_save_buttons(qtbot, status_doc, tmp_path, monkeypatch, pdf_pages) -> None:
    previewed: list[Document] = []
    monkeypatch.setattr(preview, "preview_report", lambda _p, doc: previewed.append(doc) or 0)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "r.pdf"), "PDF files (*.pdf)")
    )
    dialog = ReportDialog(lambda _request: status_doc, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.only_shown.isEnabled()  # no filter in the window: the whole plan
    qtbot.mouseClick(dialog.preview_button, qtbot_left())
    assert previewed == [status_doc]
    qtbot.mouseClick(dialog.save_button, qtbot_left())
    assert pdf_pages(tmp_path / "r.pdf")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()


def test_a_report_that_cannot_be_made_is_explained(qtbot, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    previewed: list = []
    monkeypatch.setattr(preview, "preview_report", lambda *a: previewed.append(a))

    def builder(_request):
        raise NotFoundError("There is no plan with id 99")

    dialog = ReportDialog(builder, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.preview()
    assert warnings == ["There is no plan with id 99"] and previewed == []


def test_open_reports_dialog_reads_the_plan_through_the_service(
    qtbot, sample, tmp_path, monkeypatch, pdf_pages
) -> None:
    service, plan = sample
    sectors = {s.code: s.id for s in service.list_sectors(plan.id)}
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "agencies.pdf"), "")
    )
    shown: list[str] = []

    def run(self: ReportDialog) -> int:
        shown.append(self.scope_label.text())
        self.kind.setCurrentIndex(self.kind.findData("agencies"))
        self.lang.setCurrentIndex(self.lang.findData("en"))
        self.save_pdf()
        return 0

    monkeypatch.setattr(ReportDialog, "exec", run)
    scope = ReportScope.of(sector_ids=[sectors["5"]])
    assert open_reports_dialog(None, service, plan.id, scope=scope, today=TODAY) == 0
    assert "5 Образование и наука" in shown[0]
    text = "\n".join(pdf_pages(tmp_path / "agencies.pdf"))
    assert "ASSIGNMENTS BY RESPONSIBLE AGENCY" in text
    assert "Подписание меморандума о сотрудничестве" in text  # a measure of sector 5
    assert "Консультации консульских служб" not in text  # sector 6.2: out of the selection


def test_preview_plan_previews_the_plan_document(qtbot, sample, monkeypatch) -> None:
    service, plan = sample
    previewed: list[Document] = []
    monkeypatch.setattr(preview, "preview_report", lambda _p, doc: previewed.append(doc) or 1)
    assert dialog_module.preview_plan(None, service, plan.id, lang="ru") == 1
    assert previewed[0].kind == "plan" and previewed[0].title.heading == "ПЛАН МЕРОПРИЯТИЙ"


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
