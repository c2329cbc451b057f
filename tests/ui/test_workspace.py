"""The workspace as a desk officer uses it: real widgets driven with clicks and keys,
then the store checked after each step, undone and redone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog

from coopdesk.domain.vocab import Status
from coopdesk.ui.models import ALL_SECTORS, MeasureTableModel

from .conftest import type_text


def in_dialog(qtbot, action, fill) -> None:
    """Trigger ``action`` (which opens a modal dialog) and let ``fill`` drive the dialog."""

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, drive)
            return
        fill(dialog)

    QTimer.singleShot(0, drive)
    action()


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def measures(window):
    return {m.id: m for m in window.service.list_measures(window.plan_id)}


def row_of(window, measure_id: int) -> int:
    return window.measure_model.row_of_measure(measure_id)


def click_row(qtbot, window, measure_id: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    index = window.measure_model.index(row_of(window, measure_id), MeasureTableModel.COL_TITLE)
    rect = window.measure_view.visualRect(index)
    qtbot.mouseClick(
        window.measure_view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center()
    )


def test_create_a_plan_a_sector_and_a_measure(qtbot, window, monkeypatch) -> None:
    def fill_plan(dialog) -> None:
        type_text(dialog.code, "KZ-RU-2025")
        type_text(dialog.title, "План мероприятий на 2025-2026 годы")
        type_text(dialog.party_a, "МИД Республики Казахстан")
        type_text(dialog.party_b, "МИД Российской Федерации")
        click_ok(qtbot, dialog)

    in_dialog(qtbot, window.new_plan_action.trigger, fill_plan)
    plan = window.service.find_plan("KZ-RU-2025")
    assert plan.title == "План мероприятий на 2025-2026 годы"
    assert window.plan_id == plan.id and window.measure_model.rowCount() == 0

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Политический диалог", True))
    window.add_sector_action.trigger()
    (sector,) = window.service.list_sectors(plan.id)
    assert (sector.code, sector.name) == ("1", "Политический диалог")
    assert window.current_sector_id() == sector.id

    seen: dict[str, str] = {}

    def fill_measure(dialog) -> None:
        form = dialog.form
        form.title.setFocus()
        type_text(form.title, "Консультации заместителей министров")
        type_text(form.timing, "II квартал 2025 г.")
        seen["hint"] = form.timing_hint.text()
        type_text(form.responsible_a, "МИД РК")
        form.kind.setCurrentIndex(form.kind.findData("consultations"))
        click_ok(qtbot, dialog)

    in_dialog(qtbot, window.new_measure_action.trigger, fill_measure)
    # The plan runs 2026-2027: the form reads the words and warns the span is outside.
    assert seen["hint"] == (
        "II квартал 2025 г. → 1 Apr – 30 Jun 2025\n"
        "Outside the plan's period (1 Jan 2026 – 31 Dec 2027)"
    )
    (measure,) = window.service.list_measures(plan.id)
    assert (measure.number, measure.title, measure.kind.value) == (
        "1.1",
        "Консультации заместителей министров",
        "consultations",
    )
    assert (measure.timing.start, measure.timing.end) == (date(2025, 4, 1), date(2025, 6, 30))
    assert window.current_measure_id() == measure.id
    assert window.measure_model.rowCount() == 1

    # Undo, step by step, takes everything back; redo brings it again.
    stack = window.workspace.undo_stack
    assert stack.undoText() == "Add measure"
    window.undo_action.trigger()
    assert window.service.list_measures(plan.id) == []
    window.undo_action.trigger()
    assert window.service.list_sectors(plan.id) == []
    window.undo_action.trigger()
    assert [p.code for p in window.service.list_plans()] == ["KZ-RU-MFA-2023"]
    for _ in range(3):
        window.redo_action.trigger()
    assert [m.title for m in window.service.list_measures(plan.id)] == [measure.title]
    assert window.service.get_measure(measure.id).uid == measure.uid


def test_a_new_measure_without_a_title_is_refused_inline(qtbot, window) -> None:
    before = len(measures(window))
    seen = {}

    def fill(dialog) -> None:
        type_text(dialog.form.timing, "по мере готовности")
        click_ok(qtbot, dialog)
        seen["error"] = dialog.form.title_error.text()
        seen["hint"] = dialog.form.timing_hint.text()
        dialog.reject()

    in_dialog(qtbot, window.new_measure_action.trigger, fill)
    assert seen["error"] == "A measure needs a title."
    assert seen["hint"] == "kept as written, no dates"
    assert len(measures(window)) == before


def test_editing_in_the_editor_saves_at_once_and_undoes(qtbot, window) -> None:
    first = window.measure_model.measure_id(0)
    click_row(qtbot, window, first)
    form = window.editor.form
    form.timing.setFocus()
    form.timing.selectAll()
    type_text(form.timing, "H1 2024")
    assert form.timing_hint.text() == "H1 2024 → 1 Jan – 30 Jun 2024"
    qtbot.keyClick(form.timing, Qt.Key.Key_Return)
    stored = window.service.get_measure(first)
    assert stored.timing.text == "H1 2024" and stored.timing.end == date(2024, 6, 30)
    assert window.measure_model.index(0, MeasureTableModel.COL_TIMING).data() == "H1 2024"

    form.notes.setFocus()
    type_text(form.notes, "Қазақстан тарапының ұсынысы")
    window.measure_view.setFocus()  # leaving the field saves it
    assert window.service.get_measure(first).notes == "Қазақстан тарапының ұсынысы"

    form.status.setCurrentIndex(form.status.findData("postponed"))
    form.status.activated.emit(form.status.currentIndex())
    assert window.service.get_measure(first).status == Status.POSTPONED

    assert window.undo_action.text() == "&Undo Edit status"
    window.undo_action.trigger()
    assert window.service.get_measure(first).status == Status.DONE
    window.undo_action.trigger()
    assert window.service.get_measure(first).notes == ""
    window.undo_action.trigger()
    assert window.service.get_measure(first).timing.text == "12 апреля 2023 г."
    assert form.timing.text() == "12 апреля 2023 г."
    window.redo_action.trigger()
    assert window.service.get_measure(first).timing.text == "H1 2024"


def test_clearing_a_title_in_the_editor_is_refused(qtbot, window) -> None:
    first = window.measure_model.measure_id(0)
    title = window.service.get_measure(first).title
    click_row(qtbot, window, first)
    form = window.editor.form
    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClick(form.title, Qt.Key.Key_Delete)
    window.measure_view.setFocus()
    assert form.title_error.isVisible()
    assert window.service.get_measure(first).title == title


def test_search_and_filters(qtbot, window) -> None:
    bar = window.filter_bar
    type_text(bar.search, "КОНСУЛЬТАЦИИ")
    qtbot.waitUntil(lambda: window.measure_model.filter.search == "КОНСУЛЬТАЦИИ")
    shown = [window.measure_model.row_values(r) for r in range(window.measure_model.rowCount())]
    expected = [
        m
        for m in measures(window).values()
        if "консультации"
        in "\n".join((m.title, m.description, m.responsible_a, m.responsible_b, m.notes)).casefold()
    ]
    assert len(shown) == len(expected) > 0
    assert window.counts_label.text().startswith(f"{len(expected)} measures")
    bar.status.setCurrentIndex(bar.status.findData("done"))
    assert all(
        v["status"] == "done"
        for v in (
            window.measure_model.row_values(r) for r in range(window.measure_model.rowCount())
        )
    )
    bar.reset()
    bar.period.setChecked(True)
    bar.set_period(date(2023, 4, 1), date(2023, 4, 30))
    bar.period_from.dateChanged.emit(bar.period_from.date())
    rows = [window.measure_model.row_values(r) for r in range(window.measure_model.rowCount())]
    assert rows and all(
        r["timing_start"] <= date(2023, 4, 30) and r["timing_end"] >= date(2023, 4, 1) for r in rows
    )
    bar.reset()
    assert window.measure_model.rowCount() == len(measures(window))


def test_find_shortcut_focuses_the_search(qtbot, window) -> None:
    window.activateWindow()
    window.measure_view.setFocus()
    qtbot.keyClick(window.measure_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.filter_bar.search.hasFocus()


def test_move_a_measure_by_drag_and_drop_and_undo(qtbot, window) -> None:
    model = window.measure_model
    moved = model.measure_id(0)
    before = measures(window)
    target = next(s for s in window.sector_model.sectors() if s.code == "5")
    data = model.mimeData([model.index(0, 0)])
    tree_index = window.sector_model.index_of_sector(target.id)
    assert window.sector_model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, tree_index)
    window.sector_model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, tree_index)
    qtbot.waitUntil(lambda: window.service.get_measure(moved).sector_id == target.id)
    after = measures(window)
    assert after[moved].number == "5.4"
    assert model.row_values(row_of(window, moved))["number"] == "5.4"
    # The measures left behind close the gap.
    second = next(m for m in before.values() if m.number == "1.1.2")
    assert after[second.id].number == "1.1.1"
    window.undo_action.trigger()
    assert {m.id: (m.sector_id, m.number) for m in measures(window).values()} == {
        m.id: (m.sector_id, m.number) for m in before.values()
    }
    window.redo_action.trigger()
    assert window.service.get_measure(moved).sector_id == target.id


def test_bulk_status_change_and_undo(qtbot, window) -> None:
    ids = [window.measure_model.measure_id(r) for r in (4, 5, 6)]
    before = {i: window.service.get_measure(i).status for i in ids}
    click_row(qtbot, window, ids[0])
    click_row(qtbot, window, ids[1], Qt.KeyboardModifier.ControlModifier)
    click_row(qtbot, window, ids[2], Qt.KeyboardModifier.ControlModifier)
    assert window.selected_measure_ids() == ids
    window.status_actions[Status.CANCELLED].trigger()
    assert {window.service.get_measure(i).status for i in ids} == {Status.CANCELLED}
    assert window.undo_action.text() == "&Undo Set status to Cancelled"
    window.undo_action.trigger()
    assert {i: window.service.get_measure(i).status for i in ids} == before


def test_duplicate_and_delete_with_confirmation(qtbot, window, message_boxes) -> None:
    first = window.measure_model.measure_id(0)
    click_row(qtbot, window, first)
    count = len(measures(window))
    qtbot.keyClick(window.measure_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(measures(window)) == count + 1
    copy = window.current_measure_id()
    assert copy != first and window.service.get_measure(copy).title == measures(window)[first].title

    message_boxes["answer"] = False
    window.measure_view.setFocus()
    qtbot.keyClick(window.measure_view, Qt.Key.Key_Delete)
    assert "Delete the measure" in message_boxes["question"][-1]
    assert copy in measures(window)
    message_boxes["answer"] = True
    qtbot.keyClick(window.measure_view, Qt.Key.Key_Delete)
    assert copy not in measures(window)
    window.undo_action.trigger()
    assert copy in measures(window)


def test_sector_tree_editing_and_undo(qtbot, window, monkeypatch, message_boxes) -> None:
    plan_id = window.plan_id
    service = window.service

    def tree():
        return [(s.code, s.name) for s in service.list_sectors(plan_id)]

    original = tree()
    numbers = {m.id: m.number for m in measures(window).values()}
    education = next(s for s in window.sector_model.sectors() if s.code == "5")
    window._select_sector(education.id)
    window.indent_action.trigger()
    assert ("4.3", education.name) in tree()
    assert window.sector_model.sector(education.id).code == "4.3"
    moved = [m for m in measures(window).values() if m.sector_id == education.id]
    assert sorted(m.number for m in moved) == ["4.3.1", "4.3.2", "4.3.3"]
    window.outdent_action.trigger()
    assert tree() == original
    window.sector_up_action.trigger()
    assert tree()[0][0] == "1" and ("4", education.name) in tree()
    window.undo_action.trigger()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert tree() == original
    assert {m.id: m.number for m in measures(window).values()} == numbers

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ғылым және білім", True))
    window._select_sector(education.id)
    window.rename_sector_action.trigger()
    assert ("5", "Ғылым және білім") in tree()
    window.undo_action.trigger()
    assert tree() == original

    window._select_sector(education.id)
    window.delete_sector_action.trigger()
    assert "3 measures" in message_boxes["question"][-1]
    assert all(name != education.name for _c, name in tree())
    assert window.measure_model.rowCount() == len(numbers) - 3
    window.undo_action.trigger()
    assert tree() == original
    assert {m.id: m.number for m in measures(window).values()} == numbers


def test_delete_plan_and_undo(qtbot, window, message_boxes) -> None:
    plan_id = window.plan_id
    count = len(measures(window))
    window.delete_plan_action.trigger()
    assert "34 measures" in message_boxes["question"][-1]
    assert window.service.list_plans() == []
    assert window.plan_id is None and window.measure_model.rowCount() == 0
    window.undo_action.trigger()
    assert window.plan_id == plan_id
    assert len(measures(window)) == count
    assert window.measure_model.rowCount() == count


def test_sorting_by_a_column_header(qtbot, window) -> None:
    header = window.measure_view.horizontalHeader()
    x = header.sectionViewportPosition(MeasureTableModel.COL_TIMING) + 10
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
    )
    starts = [
        window.measure_model.row_values(r)["timing_start"]
        for r in range(window.measure_model.rowCount())
    ]
    dated = [s for s in starts if s is not None]
    assert dated == sorted(dated) and starts[: len(dated)] == dated
    window.plan_order_action.trigger()
    assert window.measure_model.index(0, 0).data() == "1.1.1"


def test_an_edit_refreshes_rows_without_reloading_the_table(qtbot, window) -> None:
    resets: list[int] = []
    window.measure_model.modelReset.connect(lambda: resets.append(1))
    first = window.measure_model.measure_id(0)
    window.workspace.edit_measure(first, {"title": "Новое название"})
    assert window.measure_model.index(0, MeasureTableModel.COL_TITLE).data() == "Новое название"
    assert resets == []


def test_column_choice_is_remembered(qtbot, window, sample) -> None:
    from coopdesk.ui.main_window import MainWindow

    window.measure_view.setColumnHidden(MeasureTableModel.COL_RESPONSIBLE_B, True)
    window.measure_view.setColumnHidden(MeasureTableModel.COL_NOTES, False)
    window.close()
    again = MainWindow(today=date(2026, 11, 28))
    qtbot.addWidget(again)
    again.attach(sample[0])
    assert again.measure_view.isColumnHidden(MeasureTableModel.COL_RESPONSIBLE_B)
    assert not again.measure_view.isColumnHidden(MeasureTableModel.COL_NOTES)
    assert again.plan_id == window.plan_id
    again.measure_view.setColumnHidden(MeasureTableModel.COL_RESPONSIBLE_B, False)
    again.measure_view.setColumnHidden(MeasureTableModel.COL_NOTES, True)
    again.close()


def test_every_sector_shows_descendant_counts(window) -> None:
    model = window.sector_model
    total = model.index(0, 1).data()
    assert int(total) == len(measures(window))
    assert model.index_of_sector(ALL_SECTORS) == model.index(0, 0, QModelIndex())


@pytest.mark.parametrize("which", ["sectors", "measures"])
def test_models_pass_the_tester_after_edits(window, qtmodeltester, which) -> None:
    window.workspace.indent_sector(window.plan_id, window.sector_model.sectors()[-1].id)
    window.filter_bar.search.setText("мид")
    window.filter_bar._emit()
    model = window.sector_model if which == "sectors" else window.measure_model
    qtmodeltester.check(model, force_py=True)


def assert_table_matches_the_store(window) -> None:
    """What the table shows equals a table freshly loaded from the store."""
    from coopdesk.ui.models import MeasureTableModel as Model

    model = window.measure_model
    again = Model(today=model.today)
    again.set_rows(
        window.service.measure_rows(window.plan_id),
        [s.id for s in window.service.list_sectors(window.plan_id)],
    )
    again.set_filter(model.filter)
    again.sort(model.sort_column)
    assert [model.row_values(r) for r in range(model.rowCount())] == [
        again.row_values(r) for r in range(again.rowCount())
    ]
    assert model.totals() == again.totals()
    assert model.counts_by_sector() == again.counts_by_sector()


@pytest.mark.parametrize("sort_column", [-1, MeasureTableModel.COL_NUMBER])
def test_the_table_stays_equal_to_the_store_through_every_kind_of_change(
    qtbot, window, monkeypatch, sort_column
) -> None:
    window.measure_model.sort(sort_column)
    ws, model = window.workspace, window.measure_model
    sectors = {s.code: s.id for s in window.sector_model.sectors()}
    first = model.measure_id(0)
    steps = [
        lambda: ws.move_measures([first], sectors["5"]),
        lambda: ws.shift_measure(model.measure_id(3), 1),
        lambda: ws.duplicate_measures([model.measure_id(5), model.measure_id(6)]),
        lambda: ws.delete_measures([model.measure_id(2)]),
        lambda: ws.edit_measure(model.measure_id(4), {"number": "1.2-bis"}),
        lambda: ws.indent_sector(window.plan_id, sectors["5"]),
        lambda: ws.shift_sector(window.plan_id, sectors["3"], -1),
        lambda: ws.delete_sector(sectors["2"]),
    ]
    for step in steps:
        step()
        assert_table_matches_the_store(window)
    for _ in steps:
        window.undo_action.trigger()
        assert_table_matches_the_store(window)
    for _ in steps:
        window.redo_action.trigger()
        assert_table_matches_the_store(window)
