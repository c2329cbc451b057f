"""Word exchange from the main window: File > Export to Word…, then File > Import of the
document a partner edited, merged back into the plan."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog

from coopdesk.ui.exchange import ImportPreviewDialog, import_file_filter
from coopdesk.ui.exchange.word import export_word


def test_the_file_menu_offers_export_to_word_and_import_accepts_docx(qtbot, window) -> None:
    texts = [a.text() for a in window.file_menu.actions()]
    assert "Export to &Word…" in texts
    assert texts.index("Export to &Word…") < texts.index(window.export_calendar_action.text())
    window.file_menu.aboutToShow.emit()
    assert window.export_word_action.isEnabled()
    assert "*.docx" in import_file_filter()


def test_export_to_word_then_a_partners_edit_comes_back(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:
    out = tmp_path / "plan"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Word document (*.docx)")
    )
    window.export_word_action.trigger()
    written = tmp_path / "plan.docx"
    assert written.is_file()
    xml = zipfile.ZipFile(written).read("word/document.xml").decode()
    assert "Политический диалог" in xml or "Political dialogue" in xml
    assert "plan.docx" in window.statusBar().currentMessage()

    # The partner changes one timing in Word and sends the document back.
    edited = tmp_path / "returned.docx"
    with zipfile.ZipFile(written) as zin, zipfile.ZipFile(edited, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(">12 апреля 2023 г.<".encode(), ">13 апреля 2023 г.<".encode())
            zout.writestr(info, data)
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    before = {m.id: m.timing.text for m in window.service.list_measures(window.plan_id)}
    window.import_plan(str(edited))
    after = {m.id: m.timing.text for m in window.service.list_measures(window.plan_id)}
    changed = [i for i in after if after[i] != before[i]]
    assert len(changed) == 1 and after[changed[0]] == "13 апреля 2023 г."
    assert len(window.service.list_plans()) == 1
    row = window.measure_model.row_of_measure(changed[0])
    assert window.measure_model.row_values(row)["timing_text"] == "13 апреля 2023 г."
    assert window.workspace.undo_stack.undoText() == "Import returned.docx"


def test_export_to_word_uses_the_plans_document_language(qtbot, window, tmp_path: Path) -> None:
    window.service.update_plan(window.plan_id, language="kk")
    window.plan = window.service.get_plan(window.plan_id)
    summary = export_word(window, str(tmp_path / "kk.docx"))
    assert summary is not None and summary.measures == 34
    xml = zipfile.ZipFile(tmp_path / "kk.docx").read("word/document.xml").decode()
    assert "ІС-ШАРАЛАР ЖОСПАРЫ" in xml and "Іс-шараның атауы" in xml
