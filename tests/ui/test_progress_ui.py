"""Progress in the window: a reporting round through the real widgets, its report read back
with pdftotext, the editor's progress list, and undo of an entry."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from coopdesk.domain.vocab import ProgressStatus, Status
from coopdesk.services.progress import ProgressService

from .conftest import type_text

JUL = date(2024, 7, 1)


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the report back")
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


def _round(window, qtbot):
    from coopdesk.ui.reporting_round import ReportingRoundDialog

    dialog = ReportingRoundDialog(
        window.service, window.workspace, window.plan, window, today=date(2024, 8, 15)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_reporting_round_records_entries_and_its_report_prints_them(
    window, qtbot, tmp_path
) -> None:
    service = window.service
    dialog = _round(window, qtbot)
    # The reporting date defaults to the start of the quarter; party A first.
    assert dialog.as_of_date == JUL
    assert dialog.party_code == "a"
    dialog.status_filter.setCurrentIndex(dialog.status_filter.findData(None))
    measures = service.list_measures(window.plan_id)
    assert dialog.position.text() == f"1 of {len(measures)}"
    first, second, third = measures[0], measures[1], measures[2]
    assert first.title in dialog.heading.text()

    # Measure 1: type, pick "Done", an event date, Ctrl+Enter.
    dialog.text.setFocus()
    type_text(dialog.text, "Визит состоялся, подписано совместное заявление")
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    dialog.event_date.setText("12.04.2023")
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.position.text() == f"2 of {len(measures)}"
    # Measure 2: Page Down skips it without saving.
    qtbot.keyClick(dialog.text, Qt.Key.Key_PageDown)
    assert dialog.position.text() == f"3 of {len(measures)}"
    # Measure 3: a bad event date is refused under the form, nothing saved.
    type_text(dialog.text, "Перенесено на 2025 г.")
    dialog.status.setCurrentIndex(dialog.status.findData("postponed"))
    dialog.event_date.setText("31.02.2024")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "31.02.2024" in dialog.error.text()
    assert dialog.position.text() == f"3 of {len(measures)}"
    # Enter in a one-line field saves and moves on.
    dialog.event_date.clear()
    dialog.documents.setFocus()
    type_text(dialog.documents, "Нота № 15")
    qtbot.keyClick(dialog.documents, Qt.Key.Key_Return)
    assert dialog.position.text() == f"4 of {len(measures)}"
    # Page Up goes back to measure 3 and shows what was saved for that date.
    qtbot.keyClick(dialog.text, Qt.Key.Key_PageUp)
    assert dialog.text.toPlainText() == "Перенесено на 2025 г."
    assert dialog.documents.text() == "Нота № 15"
    assert dialog.saved_count == 2
    # Party B on the first measure.
    dialog.party.setCurrentIndex(1)
    dialog.index = 0
    dialog._show()
    type_text(dialog.text, "Переговоры проведены")
    dialog.status.setCurrentIndex(dialog.status.findData("done"))
    # Shift+Enter is a new line; Enter saves.
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(dialog.text, "в Москве")
    assert dialog.position.text() == f"1 of {len(measures)}"
    qtbot.keyClick(dialog.text, Qt.Key.Key_Return)
    assert dialog.position.text() == f"2 of {len(measures)}"
    dialog.close()

    progress = ProgressService(service)
    entries = progress.plan_entries(window.plan_id)
    assert set(entries) == {first.id, third.id}
    b1 = next(e for e in entries[first.id] if e.party == "b")
    assert b1.text == "Переговоры проведены\nв Москве"
    a1 = next(e for e in entries[first.id] if e.party == "a")
    assert (a1.as_of, a1.status, a1.event_date) == (JUL, ProgressStatus.DONE, date(2023, 4, 12))
    assert entries[third.id][0].documents == "Нота № 15"
    assert service.get_measure(first.id).status is Status.DONE
    assert service.get_measure(third.id).status is Status.POSTPONED
    assert second.id not in entries
    # Every save is one step of the window's undo stack.
    assert window.workspace.undo_stack.count() == 3

    # The report of that round, as a PDF, read back.
    from coopdesk.reports.progress import load_progress_report
    from coopdesk.ui.reports.pdf import write_pdf

    doc = load_progress_report(service, window.plan_id, JUL, lang="ru")
    path = tmp_path / "progress.pdf"
    write_pdf(doc, path)
    text = " ".join(_pdftotext(path).split())
    assert "ИНФОРМАЦИЯ О ХОДЕ РЕАЛИЗАЦИИ" in text
    assert "по состоянию на 1 июля 2024 г." in text
    assert "Визит состоялся, подписано" in text
    assert "Дата проведения: 12.04.2023" in text
    assert "Переговоры проведены" in text
    assert "Документы: Нота № 15" in text
    assert f"Всего мероприятий: {len(measures)}" in text
    # Party A only: B's words are not in it.
    doc_a = load_progress_report(service, window.plan_id, JUL, party="a", lang="ru")
    write_pdf(doc_a, path)
    text_a = " ".join(_pdftotext(path).split())
    assert "Визит состоялся, подписано" in text_a and "Переговоры проведены" not in text_a


def test_the_editor_lists_entries_and_undo_takes_one_back(window, qtbot, message_boxes) -> None:
    service = window.service
    measure = service.list_measures(window.plan_id)[5]
    window.editor.show_measure(measure)
    panel = window.progress_panel
    assert panel.isVisible() and panel.measure_id == measure.id
    assert panel.empty.isVisible()
    progress = ProgressService(service)
    window.workspace.run_step(
        "Add progress entry",
        lambda: progress.add_entry(measure.id, "b", JUL, "in_progress", text="Готовится"),
    )
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1, timeout=3000)
    assert panel.table.item(0, 1).text() == "Готовится"
    assert "01.07.2024" in panel.table.item(0, 0).text()
    assert service.get_measure(measure.id).status is Status.IN_PROGRESS
    # Delete it from the panel, then Edit > Undo brings it back.
    panel.table.selectRow(0)
    panel.delete_button.click()
    assert message_boxes["question"]
    qtbot.waitUntil(
        lambda: panel.table.rowCount() == 0 or not panel.table.isVisible(), timeout=3000
    )
    assert progress.list_entries(measure.id) == []
    window.workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: len(panel.entries) == 1, timeout=3000)
    assert progress.list_entries(measure.id)[0].text == "Готовится"
    # "Status set by hand" keeps the status when entries change.
    panel.manual.click()
    assert progress.status_manual([measure.id]) == {measure.id: True}
    window.workspace.run_step(
        "Add progress entry",
        lambda: progress.add_entry(measure.id, "a", JUL, "done", text="Сделано"),
    )
    assert service.get_measure(measure.id).status is Status.IN_PROGRESS


def test_the_menus_hold_the_round_and_the_report(window) -> None:
    assert window.reporting_round_action in window.edit_menu.actions()
    assert window.progress_report_action in window.file_menu.actions()
    # In the group of File > Reports: no separator between them.
    files = window.file_menu.actions()
    between = files[files.index(window.reports_action) : files.index(window.progress_report_action)]
    assert between and not any(a.isSeparator() for a in between)


def test_the_report_dialog_saves_excel_and_word(window, qtbot, tmp_path) -> None:
    import openpyxl
    from docx import Document as WordDocument

    from coopdesk.ui.progress_report import ProgressReportDialog

    service = window.service
    measure = service.list_measures(window.plan_id)[0]
    ProgressService(service).add_entry(measure.id, "a", JUL, "done", text="Состоялся визит")
    dialog = ProgressReportDialog(service, window.plan_id, window, today=date(2024, 7, 20))
    qtbot.addWidget(dialog)
    dialog.as_of.setDate(QDate(2024, 7, 1))
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    xlsx = dialog.save(".xlsx", tmp_path / "p.xlsx")
    docx = dialog.save(".docx", tmp_path / "p.docx")
    assert xlsx is not None and docx is not None
    sheet = openpyxl.load_workbook(xlsx).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert "ИНФОРМАЦИЯ О ХОДЕ РЕАЛИЗАЦИИ" in cells
    assert any("Состоялся визит" in c for c in cells)
    assert any(measure.title == c for c in cells)
    word = WordDocument(str(docx))
    texts = [p.text for p in word.paragraphs] + [
        c.text for t in word.tables for row in t.rows for c in row.cells
    ]
    assert "по состоянию на 1 июля 2024 г." in texts
    assert any("Состоялся визит" in t for t in texts)
    QApplication.processEvents()


def test_a_reader_cannot_record_progress(window, qtbot) -> None:
    measure = window.service.list_measures(window.plan_id)[0]
    window.set_read_only(True, "Read only")
    window.editor.show_measure(measure)
    panel = window.progress_panel
    assert not panel.add_button.isEnabled() and not panel.manual.isEnabled()
    window.reporting_round_action.trigger()
    assert "not record progress" in window.statusBar().currentMessage()
    assert ProgressService(window.service).plan_entries(window.plan_id) == {}
