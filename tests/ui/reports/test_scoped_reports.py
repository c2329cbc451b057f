"""File > Print and File > Reports with real filters: a status (several) and a period.

Nothing on the road from the filter bar to the PDF is replaced: the bar's own
widgets set the filter, the main window's actions run, the real dialog builds the
report and the PDF is read back with pdftotext.  Only the modal windows at the end
(the print preview, the dialog's event loop) are stood in for.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale

from coopdesk.reports.document import Document
from coopdesk.ui.reports import dialog as dialog_module
from coopdesk.ui.reports import preview
from coopdesk.ui.reports.pdf import write_pdf

from .conftest import shows


@pytest.fixture
def english():
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(saved)


def filter_done_and_planned_in_2023(window) -> tuple[list[str], list[str]]:
    """Tick two statuses and a period in the bar; the titles shown and hidden."""
    bar = window.filter_bar
    bar.status.set_selected({"done", "planned"})
    bar.period_from.setDate(QDate(2023, 1, 1))
    bar.period_to.setDate(QDate(2023, 12, 31))
    bar.period.setChecked(True)
    model = window.measure_model
    shown = [model.row_values(r)["title"] for r in range(model.rowCount())]
    every = [r.title for r in window.service.measure_rows(window.plan_id)]
    hidden = [t for t in every if t not in shown]
    assert shown and hidden
    statuses = {model.row_values(r)["status"] for r in range(model.rowCount())}
    assert statuses <= {"done", "planned"}
    return shown, hidden


def test_print_with_statuses_and_a_period_prints_what_the_table_shows(
    window, english, monkeypatch, tmp_path, pdf_pages
) -> None:
    shown, hidden = filter_done_and_planned_in_2023(window)
    printed: list[Document] = []
    monkeypatch.setattr(
        preview, "preview_report", lambda _parent, document: printed.append(document) or 0
    )
    window.print_action.trigger()
    (document,) = printed
    path = tmp_path / "plan.pdf"
    write_pdf(document, path)
    pages = pdf_pages(path)
    assert all(shows(pages, title) for title in shown)
    assert not any(shows(pages, title) for title in hidden)
    text = "\n".join(pages)
    assert shows(pages, "status: Planned, Done")
    assert "timing within" in text
    assert shows(pages, f"{len(shown)} of {len(shown) + len(hidden)} measures")


def test_reports_with_statuses_and_a_period_make_a_status_report(
    window, english, monkeypatch, tmp_path, pdf_pages, message_boxes
) -> None:
    shown, hidden = filter_done_and_planned_in_2023(window)
    made: dict = {}

    def run(dialog) -> int:
        # The user's part of the modal dialog: choose the report, press "Save as PDF…".
        made["scope_text"] = dialog.scope_label.text()
        made["only_shown"] = dialog.only_shown.isChecked()
        dialog.kind.setCurrentIndex(dialog.kind.findData("status"))
        dialog.lang.setCurrentIndex(dialog.lang.findData("en"))
        made["document"] = dialog.document()
        return 0

    monkeypatch.setattr(dialog_module.ReportDialog, "exec", run)
    window.reports_action.trigger()
    assert message_boxes["warning"] == []
    assert made["only_shown"]
    assert "status: Planned, Done" in made["scope_text"]
    assert "timing within" in made["scope_text"]
    path = tmp_path / "status.pdf"
    write_pdf(made["document"], path)
    pages = pdf_pages(path)
    assert shows(pages, f"{len(shown)} of {len(shown) + len(hidden)} measures")
    assert shows(pages, "status: Planned, Done")
