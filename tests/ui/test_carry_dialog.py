"""Plan > New plan from this one… and Plan > Search all plans… through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from coopdesk.domain.vocab import Status
from coopdesk.ui import carry_dialog
from coopdesk.ui.carry_dialog import COL_NEW_TIMING, COL_NUMBER, COL_WHY, CarryOverDialog
from tests.ui.conftest import type_text


def _item(dialog: CarryOverDialog, number: str):
    return next(item for item in dialog.items if item.text(COL_NUMBER) == number)


def _carry_through_dialog(window, qtbot, monkeypatch, act) -> CarryOverDialog:
    seen: list[CarryOverDialog] = []

    def run(dialog: CarryOverDialog) -> int:
        seen.append(dialog)
        act(dialog)
        return dialog.result()

    monkeypatch.setattr(CarryOverDialog, "exec", run)
    window.carry_over_action.trigger()
    return seen[0]


def test_new_plan_from_this_one_then_undo(window, qtbot, monkeypatch) -> None:
    service = window.service
    old = window.plan
    before = {m.number: m for m in service.list_measures(old.id)}

    def act(dialog: CarryOverDialog) -> None:
        assert dialog.code.text() == "KZ-RU-MFA-2025"
        assert "2025-2026" in dialog.title.text()
        assert dialog.period_start.date() == QDate(2025, 1, 1)
        assert dialog.period_end.date() == QDate(2026, 12, 31)
        assert len(dialog.ticked_ids()) == 13
        assert _item(dialog, "3.1.1").text(COL_WHY) == "Recurring"
        assert _item(dialog, "1.1.1").checkState(COL_NUMBER) == Qt.CheckState.Unchecked
        assert _item(dialog, "1.2.3").text(COL_NEW_TIMING) == "(to set)"
        assert _item(dialog, "3.1.1").text(COL_NEW_TIMING) == "ежегодно"
        assert dialog.counts.text().startswith("13 of 34 measures ticked")
        _item(dialog, "1.2.3").setCheckState(COL_NUMBER, Qt.CheckState.Unchecked)
        assert dialog.counts.text().startswith("12 of 34 measures ticked")
        qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
        assert dialog.ticked_ids() == []
        qtbot.mouseClick(dialog.defaults_button, Qt.MouseButton.LeftButton)
        _item(dialog, "1.2.3").setCheckState(COL_NUMBER, Qt.CheckState.Unchecked)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    dialog = _carry_through_dialog(window, qtbot, monkeypatch, act)
    assert dialog.result() == CarryOverDialog.DialogCode.Accepted
    # The window now shows the new plan with the 12 measures ticked.
    assert window.plan.code == "KZ-RU-MFA-2025"
    assert window.measure_model.rowCount() == 12
    after = {m.number: m for m in service.list_measures(old.id)}
    assert after["1.2.2"].status is Status.CARRIED_OVER
    assert after["1.2.3"] == before["1.2.3"]  # unticked: untouched
    assert "Undo" in window.undo_action.text()
    window.undo_action.trigger()
    assert [p.code for p in service.list_plans()] == ["KZ-RU-MFA-2023"]
    restored = {m.number: m for m in service.list_measures(old.id)}
    assert {n: (m.status, m.notes) for n, m in restored.items()} == {
        n: (m.status, m.notes) for n, m in before.items()
    }


def test_a_taken_code_is_refused_in_the_dialog(window, qtbot, monkeypatch) -> None:
    service = window.service

    def act(dialog: CarryOverDialog) -> None:
        dialog.code.setText("KZ-RU-MFA-2023")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        assert dialog.isVisible() or dialog.result() != CarryOverDialog.DialogCode.Accepted
        assert "already exists" in dialog.error.text()

    dialog = _carry_through_dialog(window, qtbot, monkeypatch, act)
    assert dialog.result() != CarryOverDialog.DialogCode.Accepted
    assert [p.code for p in service.list_plans()] == ["KZ-RU-MFA-2023"]
    assert not any(m.status is Status.CARRIED_OVER for m in service.list_measures(window.plan.id))


def test_links_both_ways_in_the_editor(window, qtbot, monkeypatch) -> None:
    def act(dialog: CarryOverDialog) -> None:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    _carry_through_dialog(window, qtbot, monkeypatch, act)
    service = window.service
    new = window.plan
    carried = next(m for m in service.list_measures(new.id) if m.number == "1.2.1")
    window.open_in_editor(carried.id)
    links = window.carry_links
    assert links.isVisible()
    assert "Carried from" in links.text() and "KZ-RU-MFA-2023 № 1.2.2" in links.text()
    links.linkActivated.emit("link:0")
    assert window.plan.code == "KZ-RU-MFA-2023"
    origin = service.get_measure(window.editor.measure_id)
    assert origin.number == "1.2.2" and origin.status is Status.CARRIED_OVER
    assert "Carried into" in links.text() and "KZ-RU-MFA-2025 № 1.2.1" in links.text()
    links.linkActivated.emit("link:0")
    assert window.plan.code == "KZ-RU-MFA-2025"
    assert window.editor.measure_id == carried.id
    # A measure that was never carried shows no links.
    old_plan = service.find_plan("KZ-RU-MFA-2023")
    done = next(m for m in service.list_measures(old_plan.id) if m.number == "1.1.1")
    carry_dialog.open_plan_measure(window, old_plan.id, done.id)
    assert window.editor.measure_id == done.id
    assert not links.isVisible()


def test_search_all_plans_as_you_type(window, qtbot, monkeypatch) -> None:
    def act(dialog: CarryOverDialog) -> None:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    _carry_through_dialog(window, qtbot, monkeypatch, act)
    window.portfolio_action.trigger()
    dialog = window.portfolio_dialog
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 0
    type_text(dialog.search, "Посольство")
    plans_hits = list(dialog.model.hits)
    plans = {h.plan_code for h in plans_hits}
    assert plans == {"KZ-RU-MFA-2023", "KZ-RU-MFA-2025"}
    assert dialog.count.text().endswith("in 2 plans")
    type_text(dialog.search, " москв")  # the Embassy ... in Moscow
    hits = list(dialog.model.hits)
    assert hits and len(hits) < len(plans_hits)
    # Only the next plan's first half of 2025.
    dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    dialog.start.setDate(QDate(2025, 1, 1))
    dialog.end.setDate(QDate(2025, 6, 30))
    assert {h.plan_code for h in dialog.model.hits} <= {"KZ-RU-MFA-2025"}
    dialog.search.clear()
    assert {h.plan_code for h in dialog.model.hits} == {"KZ-RU-MFA-2025"}
    # A change made meanwhile is found at the next keystroke.
    first = dialog.model.hits[0]
    window.service.update_measure(first.measure_id, title="Визит в Жаңаөзен")
    dialog.period.setCurrentIndex(dialog.period.findData("any"))
    type_text(dialog.search, "жаңаөзен")
    assert [h.measure_id for h in dialog.model.hits] == [first.measure_id]
    # Double-click opens the plan at that measure.
    combo = window.plan_combo
    combo.setCurrentIndex(combo.findData(window.service.find_plan("KZ-RU-MFA-2023").id))
    assert window.plan.code == "KZ-RU-MFA-2023"
    index = dialog.model.index(0, 2)
    dialog.view.doubleClicked.emit(index)
    assert window.plan.code == "KZ-RU-MFA-2025"
    assert window.editor.measure_id == first.measure_id
