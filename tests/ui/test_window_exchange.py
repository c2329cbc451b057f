"""Excel exchange from the main window: export, import of a partner sheet as a new plan,
and a partner's edit merged back into the plan the sheet came from."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtWidgets import QDialog

from coopdesk.ui.exchange import ConflictDialog, ImportPreviewDialog

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "partner-plan-en.xlsx"


def accept(monkeypatch) -> None:
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Accepted)

    def theirs(dialog) -> int:
        dialog.choose_all("theirs")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", theirs)


def test_export_then_a_partners_edit_comes_back(qtbot, window, tmp_path, monkeypatch) -> None:
    out = tmp_path / "plan.xlsx"
    window.export_plan("ru", path=str(out))
    assert out.is_file()
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[0]
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Политический диалог" in " ".join(texts)

    # The partner changes one timing and sends the sheet back.
    meeting = next(c for row in sheet.iter_rows() for c in row if c.value == "12 апреля 2023 г.")
    meeting.value = "13 апреля 2023 г."
    book.save(out)
    accept(monkeypatch)
    before = {m.id: m for m in window.service.list_measures(window.plan_id)}
    window.import_plan(str(out))
    after = {m.id: m for m in window.service.list_measures(window.plan_id)}
    changed = [i for i in after if after[i].timing.text != before[i].timing.text]
    assert len(changed) == 1 and after[changed[0]].timing.text == "13 апреля 2023 г."
    assert len(window.service.list_plans()) == 1
    row = window.measure_model.row_of_measure(changed[0])
    assert window.measure_model.row_values(row)["timing_text"] == "13 апреля 2023 г."


def test_a_partner_sheet_becomes_a_new_plan_and_opens(qtbot, window, monkeypatch) -> None:
    accept(monkeypatch)
    window.import_plan(str(SAMPLE))
    plans = window.service.list_plans()
    assert len(plans) == 2
    new = next(p for p in plans if p.id != 1)
    assert new.measures == 27
    assert window.plan_id == new.id
    assert window.measure_model.rowCount() == 27


def test_an_import_is_one_undo_step(qtbot, window, monkeypatch) -> None:
    accept(monkeypatch)
    window.import_plan(str(SAMPLE))
    stack = window.workspace.undo_stack
    assert stack.undoText() == f"Import {SAMPLE.name}"
    stack.undo()
    assert [p.code for p in window.service.list_plans()] == [
        p.code for p in window.service.list_plans() if p.id == 1
    ]
    assert len(window.service.list_plans()) == 1
    stack.redo()
    plans = window.service.list_plans()
    assert len(plans) == 2
    new = next(p for p in plans if p.id != 1)
    assert new.measures == 27
