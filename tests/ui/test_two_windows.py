"""Two officers' windows on one store: nothing lost, every window current, undo their own.

The four defects of issue 10, each with two real windows, each on its own service
(its own origin and name, as two machines would have), on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from coopdesk.services.plans import PlanService
from coopdesk.ui.models import MeasureTableModel
from tests.ui.conftest import type_text

pytestmark = pytest.mark.store


@pytest.fixture
def windows(qtbot, sample):
    from coopdesk.ui.app import make_application
    from coopdesk.ui.main_window import MainWindow

    make_application()
    service, _plan = sample
    made = []
    for actor in ("Асель", "Борис"):
        win = MainWindow(today=date(2026, 11, 28))
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.plan_loaded, timeout=5000):
            win.attach(PlanService(service.store, actor=actor))
        win.show()
        qtbot.waitExposed(win)
        made.append(win)
    yield made
    for win in made:
        win.close()


def title_of(win, measure_id: int) -> str:
    row = win.measure_model.row_of_measure(measure_id)
    return win.measure_model.index(row, MeasureTableModel.COL_TITLE).data()


def settle(qtbot, *wins) -> None:
    """Let each window's watcher pick up what the other committed."""
    qtbot.wait(10)
    for win in wins:
        win.poll_changes()


def activate(qtbot, win) -> None:
    """Bring a window to the front: only the active window's widgets take the focus."""
    win.activateWindow()
    win.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=2000)


def edit_title(qtbot, win, measure_id: int, text: str) -> None:
    activate(qtbot, win)
    assert win.select_measure(measure_id)
    title = win.editor.form.title
    title.setFocus()
    title.selectAll()
    type_text(title, text)
    win.measure_view.setFocus()  # leaving the field saves it


def test_a_change_in_one_window_shows_in_the_other_without_a_click(qtbot, windows) -> None:
    a, b = windows
    measure_id = a.measure_model.measure_id(2)
    b.select_measure(measure_id)
    scroll = b.measure_view.verticalScrollBar().value()
    edit_title(qtbot, a, measure_id, "Визит в Астану — Қазақстан")
    assert title_of(a, measure_id) == "Визит в Астану — Қазақстан"
    qtbot.waitUntil(lambda: title_of(b, measure_id) == "Визит в Астану — Қазақстан", timeout=3000)
    assert b.current_measure_id() == measure_id  # selection kept
    assert b.measure_view.verticalScrollBar().value() == scroll
    assert b.editor.form.title.toPlainText() == "Визит в Астану — Қазақстан"
    assert "Асель" in b.statusBar().currentMessage()


def begin_typing(qtbot, win, measure_id: int, text: str):
    """Start typing a new title in ``win`` without leaving the field (nothing saved yet)."""
    activate(qtbot, win)
    assert win.select_measure(measure_id)
    title = win.editor.form.title
    title.setFocus()
    title.selectAll()
    type_text(title, text)
    return title


def saved_elsewhere(win, measure_id: int, title: str) -> None:
    """What the other officer's editor does when they leave the title field."""
    base = {"title": win.service.get_measure(measure_id).title}
    win.workspace.edit_measure(measure_id, {"title": title}, base)


def test_the_same_field_saved_in_both_windows_asks_instead_of_overwriting(
    qtbot, windows, monkeypatch
) -> None:
    a, b = windows
    measure_id = a.measure_model.measure_id(1)
    begin_typing(qtbot, b, measure_id, "Версия Бориса")
    saved_elsewhere(a, measure_id, "Версия Асель")
    settle(qtbot, b)
    assert b.editor.form.title.toPlainText() == "Версия Бориса"  # B's typing is kept
    asked = []

    def choose_theirs(dialog) -> int:
        asked.append([dialog.table.item(0, c).text() for c in range(5)])
        dialog.choose_all("theirs")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    from coopdesk.ui.conflict import EditConflictDialog

    monkeypatch.setattr(EditConflictDialog, "exec", choose_theirs)
    b.measure_view.setFocus()  # leaving the field saves it
    assert asked, "no conflict dialog"
    assert "Версия Асель" in asked[0] and "Версия Бориса" in asked[0]
    assert b.service.get_measure(measure_id).title == "Версия Асель"
    assert b.editor.form.title.toPlainText() == "Версия Асель"


def test_keep_mine_in_the_conflict_dialog_writes_mine(qtbot, windows, monkeypatch) -> None:
    a, b = windows
    measure_id = a.measure_model.measure_id(1)
    begin_typing(qtbot, b, measure_id, "Версия Бориса")
    saved_elsewhere(a, measure_id, "Версия Асель")
    settle(qtbot, b)
    from coopdesk.ui.conflict import EditConflictDialog

    def keep_mine(dialog) -> int:
        dialog.choose_all("ours")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EditConflictDialog, "exec", keep_mine)
    b.measure_view.setFocus()
    assert b.service.get_measure(measure_id).title == "Версия Бориса"
    settle(qtbot, a)
    assert title_of(a, measure_id) == "Версия Бориса"


def test_undo_in_one_window_never_reverts_the_other_windows_edit(qtbot, windows, message_boxes):
    a, b = windows
    mine = a.measure_model.measure_id(0)
    theirs = a.measure_model.measure_id(3)
    edit_title(qtbot, a, mine, "Моё")
    edit_title(qtbot, b, theirs, "Чужое")
    settle(qtbot, a, b)
    # A's Ctrl+Z takes back A's edit only.
    activate(qtbot, a)
    a.measure_view.setFocus()
    qtbot.keyClick(a.measure_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert a.service.get_measure(mine).title != "Моё"
    assert a.service.get_measure(theirs).title == "Чужое"
    assert "Undone" in a.statusBar().currentMessage()
    # B edits A's measure too; A's redo would overwrite it: refused with a message.
    settle(qtbot, b)
    edit_title(qtbot, b, mine, "Борис поправил")
    settle(qtbot, a)
    activate(qtbot, a)
    qtbot.keyClick(
        a.measure_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert a.service.get_measure(mine).title == "Борис поправил"
    qtbot.waitUntil(lambda: any("Борис" in text for text in message_boxes["warning"]))


def test_a_measure_deleted_elsewhere_is_never_edited_by_mistake(qtbot, windows, message_boxes):
    a, b = windows
    gone = a.measure_model.measure_id(1)
    other = a.measure_model.measure_id(0)
    a.select_measure(gone)
    assert a.editor.measure_id == gone
    b.workspace.delete_measures([gone])
    settle(qtbot, a)
    assert a.measure_model.row_of_measure(gone) == -1
    assert a.editor.measure_id != gone
    qtbot.waitUntil(lambda: any("Борис" in text for text in message_boxes["warning"]))
    # Typing now can only reach a measure A can see and chose.
    a.select_measure(other)
    before = a.service.get_measure(other).title
    assert a.editor.measure_id == other
    assert a.editor.form.title.toPlainText() == before


def test_selecting_a_row_whose_measure_was_just_deleted_clears_the_editor(qtbot, windows):
    a, b = windows
    first, second = a.measure_model.measure_id(0), a.measure_model.measure_id(1)
    a.select_measure(first)
    b.service.delete_measures([second])  # not yet seen by A's watcher
    a.select_measure(second)
    assert a.editor.measure_id is None
    assert not a.editor.form.isVisible() or a.editor.measure_id is None
    QApplication.processEvents()


def test_ctrl_z_in_a_saved_field_undoes_the_step(qtbot, windows) -> None:
    a, _b = windows
    measure_id = a.measure_model.measure_id(0)
    before = a.service.get_measure(measure_id).location
    activate(qtbot, a)
    a.select_measure(measure_id)
    field = a.editor.form.location
    field.setFocus()
    field.selectAll()
    type_text(field, "Астана")
    qtbot.keyClick(field, Qt.Key.Key_Return)  # saved; the cursor moves on (issue 14)
    assert a.service.get_measure(measure_id).location == "Астана"
    assert a.editor.form.priority.hasFocus()
    field.setFocus()  # back in the saved field: Ctrl+Z undoes the step
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert a.service.get_measure(measure_id).location == before
    assert field.text() == before
    # Typing not yet saved is the field's own to undo.
    type_text(field, "Алматы")
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert a.service.get_measure(measure_id).location == before


def test_deleting_a_measure_changed_meanwhile_asks_again(
    qtbot, windows, message_boxes, monkeypatch
) -> None:
    a, b = windows
    measure_id = a.measure_model.measure_id(4)
    a.select_measure(measure_id)
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        if len(asked) == 1:  # while A's confirmation is open, B edits the measure
            b.service.update_measure(measure_id, notes="Борис: не удалять, перенесено")
            return QMessageBox.StandardButton.Yes
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    a.delete_measures()
    assert len(asked) == 2 and "Борис" in asked[1]
    assert b.service.get_measure(measure_id).notes == "Борис: не удалять, перенесено"


def test_moving_a_measure_changed_since_it_was_picked_asks_first(
    qtbot, windows, monkeypatch
) -> None:
    a, b = windows
    measure_id = a.measure_model.measure_id(0)
    a.select_measure(measure_id)
    target = next(s.id for s in a.service.list_sectors(a.plan_id) if s.parent_id is None and
                  s.id != a.service.get_measure(measure_id).sector_id)  # fmt: skip
    b.service.update_measure(measure_id, notes="Борис: переносим на осень")
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def no(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    a.move_measures([measure_id], target)
    assert asked and "Борис" in asked[0]
    assert a.service.get_measure(measure_id).sector_id != target  # not moved unasked
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    a.move_measures([measure_id], target)
    assert a.service.get_measure(measure_id).sector_id == target


def test_a_carry_over_made_elsewhere_repaints_the_old_plan_and_its_undo_too(qtbot, windows) -> None:
    """A carry-over names the new plan but marks the old plan's measures "carried over":
    a window on the old plan shows those statuses at once (and the old ones again after
    the undo), and never the new plan's rows."""
    from coopdesk.services.carry_over import CarryOverService
    from coopdesk.services.history import HistoryService

    a, b = windows
    service = a.service
    plan_id = b.plan_id
    rows_before = b.measure_model.rowCount()

    def status(win, measure_id: int) -> str:
        row = win.measure_model.row_of_measure(measure_id)
        return win.measure_model.index(row, MeasureTableModel.COL_STATUS).data()

    result = CarryOverService(service).carry_over(
        plan_id, code="KZ-RU-2025", period_start=date(2025, 1, 1), period_end=date(2026, 12, 31)
    )
    origins = sorted(set(result.links.values()))
    assert origins
    before = {m: status(b, m) for m in origins}
    settle(qtbot, a, b)
    stored = {m: service.get_measure(m).status.label for m in origins}
    assert list(stored.values()).count("Carried over") >= len(origins) - 2  # recurring stay
    qtbot.waitUntil(lambda: {m: status(b, m) for m in origins} == stored, timeout=3000)
    assert b.measure_model.rowCount() == rows_before  # the new plan's rows stay out
    assert b.plan_id == plan_id
    HistoryService(service).undo(result.step_id)
    settle(qtbot, a, b)
    qtbot.waitUntil(lambda: {m: status(b, m) for m in origins} == before, timeout=3000)
    assert b.measure_model.rowCount() == rows_before


def test_timings_read_again_in_one_window_clear_the_hint_in_the_other(
    qtbot, windows, forget_spans
) -> None:
    """Both desks see that old timings can be dated; once one desk reads them, the
    other's hint goes and its rows show the dates, and undo brings both back."""
    a, b = windows
    service = a.workspace.service
    first = service.list_measures(a.plan_id)[0]
    forget_spans(service.store, first.id, text="2024 жылдың соңы")
    for win in (a, b):
        win.reload()
        assert win.timings_hint.isVisible()
    a.read_timings_action.trigger()
    assert not a.timings_hint.isVisible()
    settle(qtbot, b)
    qtbot.waitUntil(lambda: not b.timings_hint.isVisible(), timeout=3000)
    row = b.measure_model.row_of_measure(first.id)
    tip = b.measure_model.index(row, MeasureTableModel.COL_TIMING).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("1 Oct – 31 Dec 2024")
    a.workspace.undo_stack.undo()
    settle(qtbot, b)
    qtbot.waitUntil(lambda: b.timings_hint.isVisible(), timeout=3000)
