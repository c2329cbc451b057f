"""The History panel lists who changed what, follows other windows, and restores values."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coopdesk.services.plans import PlanService
from coopdesk.ui.history_panel import HistoryModel

pytestmark = pytest.mark.store


def rows(panel) -> list[list[str]]:
    model = panel.model
    return [
        [model.index(r, c).data() for c in range(HistoryModel.COLUMN_COUNT)]
        for r in range(model.rowCount())
    ]


def test_the_selected_measures_changes_are_listed_and_restored(window, qtbot) -> None:
    panel = window.history_panel
    window.history_dock.show()
    window.history_dock.raise_()
    measure_id = window.measure_model.measure_id(0)
    window.select_measure(measure_id)
    assert panel.measure_id == measure_id
    before = window.service.get_measure(measure_id)
    window.workspace.edit_measure(measure_id, {"title": "Новое — Қазақстан"})
    status = "postponed" if before.status.value != "postponed" else "done"
    window.workspace.edit_measure(measure_id, {"status": status})
    lines = rows(panel)
    assert [line[3] for line in lines[:2]] == ["Status", "Title"]
    assert lines[1][4:] == [before.title, "Новое — Қазақстан"]
    assert lines[1][1] == window.service.actor
    # Restore the old title: a new change, undoable like any other.
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    assert panel.restore_button.isEnabled()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert window.service.get_measure(measure_id).title == before.title
    assert window.workspace.undo_stack.undoText() == "Restore old value"
    window.workspace.undo_stack.undo()
    assert window.service.get_measure(measure_id).title == "Новое — Қазақстан"


def test_whole_plan_and_a_person_filter(window, qtbot) -> None:
    panel = window.history_panel
    window.history_dock.show()
    first, second = window.measure_model.measure_id(0), window.measure_model.measure_id(1)
    window.workspace.edit_measure(first, {"notes": "мои заметки"})
    colleague = PlanService(window.service.store, actor="Айгерим")
    colleague.update_measure(second, notes="её заметки")
    window.poll_changes()
    panel.whole_plan.setChecked(True)
    panel.show_plan(window.plan_id)
    panel.whole_plan.setChecked(True)
    assert {line[1] for line in rows(panel)} >= {"Айгерим", window.service.actor}
    panel.person.setCurrentIndex(panel.person.findData("Айгерим"))
    assert [line[4:] for line in rows(panel)] == [["", "её заметки"]]
