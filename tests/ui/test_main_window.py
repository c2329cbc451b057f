"""The first window: the default plan's sectors and measures, as a user sees them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt

from coopdesk.services.sample import sample_data
from coopdesk.ui.models import ALL_SECTORS, IdRole, MeasureTableModel, SectorTreeModel


def _tree_texts(model: SectorTreeModel, parent=QModelIndex(), depth=0) -> list[tuple]:
    out = []
    for row in range(model.rowCount(parent)):
        name = model.index(row, SectorTreeModel.COL_NAME, parent)
        count = model.index(row, SectorTreeModel.COL_COUNT, parent)
        out.append((depth, name.data(), count.data()))
        out.extend(_tree_texts(model, name, depth + 1))
    return out


def test_window_shows_the_sample_plan(window) -> None:
    data = sample_data()
    assert window.plan_combo.count() == 1
    assert window.plan_combo.currentText().startswith("KZ-RU-MFA-2023")
    assert "KZ-RU-MFA-2023" in window.windowTitle()
    assert window.measure_model.rowCount() == len(data["measures"])
    tree = _tree_texts(window.sector_model)
    assert tree[0] == (0, "All sectors", str(len(data["measures"])))
    assert (1, "1. Политический диалог", tree[1][2]) == tree[1]
    assert tree[2][0] == 2 and tree[2][1].startswith("1.1. ")
    # A parent counts its children's measures.
    in_11 = sum(1 for m in data["measures"] if m["sector"] == "1.1")
    in_12 = sum(1 for m in data["measures"] if m["sector"] == "1.2")
    assert int(tree[1][2]) == in_11 + in_12


def test_table_shows_numbers_titles_and_timing_words(window) -> None:
    model = window.measure_model
    titles = [model.index(r, MeasureTableModel.COL_TITLE).data() for r in range(model.rowCount())]
    assert titles == [m["title"] for m in sample_data()["measures"]]
    timings = [model.index(r, MeasureTableModel.COL_TIMING).data() for r in range(model.rowCount())]
    assert "12 апреля 2023 г." in timings
    assert model.index(0, MeasureTableModel.COL_NUMBER).data() == "1.1.1"


def test_clicking_a_sector_filters_the_table(window, qtbot) -> None:
    tree = window.sector_view
    politics = window.sector_model.index(0, 0, window.sector_model.index(0, 0))
    rect = tree.visualRect(politics)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    expected = sum(1 for m in sample_data()["measures"] if m["sector"].split(".")[0] == "1")
    assert window.measure_model.rowCount() == expected
    assert window.counts_label.text().startswith(f"{expected} measures")
    everything = window.sector_model.index_of_sector(ALL_SECTORS)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(everything).center()
    )
    assert window.measure_model.rowCount() == len(sample_data()["measures"])


def test_overdue_measures_are_marked(window) -> None:
    model = window.measure_model
    overdue_rows = [
        r
        for r in range(model.rowCount())
        if model.index(r, MeasureTableModel.COL_STATUS).data().endswith("(overdue)")
    ]
    open_statuses = {"planned", "in_preparation", "in_progress", "postponed"}
    service = window.service
    expected = [
        m.id
        for m in service.list_measures(window.plan_id)
        if m.status.value in open_statuses and m.timing.end and m.timing.end < date(2026, 11, 28)
    ]
    assert [model.measure_id(r) for r in overdue_rows] == expected
    assert expected, "the sample should have overdue measures"
    assert f"{len(expected)} overdue" in window.counts_label.text()


def test_selecting_a_measure_opens_it_in_the_editor(window, qtbot) -> None:
    model = window.measure_model
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, MeasureTableModel.COL_TIMING).data() == "12 апреля 2023 г."
    )
    rect = window.measure_view.visualRect(model.index(row, MeasureTableModel.COL_TITLE))
    qtbot.mouseClick(window.measure_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    form = window.editor.form
    assert window.editor.measure_id == model.measure_id(row)
    assert form.location.text() == "Москва"
    assert form.timing.text() == "12 апреля 2023 г."
    assert "12 Apr 2023" in form.timing_hint.text()
    qtbot.keyClick(window.measure_view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert window.current_measure_id() == model.index(row + 1, 0).data(IdRole)


def test_a_change_through_the_service_refreshes_the_views(window) -> None:
    service = window.service
    first_id = window.measure_model.measure_id(0)
    service.update_measure(first_id, title="Встреча министров — Қазақстан")
    assert window.measure_model.index(0, MeasureTableModel.COL_TITLE).data() == (
        "Встреча министров — Қазақстан"
    )
    service.delete_measures([first_id])
    assert window.measure_model.row_of_measure(first_id) == -1
    total = window.sector_model.index(0, SectorTreeModel.COL_COUNT).data()
    assert int(total) == len(sample_data()["measures"]) - 1


@pytest.mark.parametrize("which", ["sectors", "measures"])
def test_models_pass_the_model_tester(window, qtmodeltester, which) -> None:
    model = window.sector_model if which == "sectors" else window.measure_model
    qtmodeltester.check(model, force_py=True)


def test_first_start_on_an_empty_store_loads_the_sample(qtbot, sqlite_url) -> None:
    from coopdesk.ui.app import make_application, open_workspace
    from coopdesk.ui.main_window import MainWindow

    make_application()
    win = MainWindow()
    qtbot.addWidget(win)
    assert open_workspace(win, sqlite_url)
    assert win.measure_model.rowCount() == len(sample_data()["measures"])


def test_a_broken_store_shows_an_error_instead_of_crashing(qtbot, tmp_path, message_boxes) -> None:
    from coopdesk.ui.app import make_application, open_workspace
    from coopdesk.ui.main_window import MainWindow

    make_application()
    win = MainWindow()
    qtbot.addWidget(win)
    assert not open_workspace(win, f"sqlite:///{tmp_path / 'missing' / 'x.db'}")
    qtbot.waitUntil(lambda: bool(message_boxes["warning"]))
    assert "does not exist" in message_boxes["warning"][0]
    assert win.measure_model.rowCount() == 0


def test_a_readers_window_is_read_only(window, qtbot) -> None:
    """A reader's window: a banner, every editing action off, the editor form disabled."""
    window.set_read_only(True, "Read only")
    assert window.read_only_banner.isVisible()
    window.select_measure(window.measure_model.measure_id(0))
    assert not window.editor.form.isEnabled()
    for action in window._editing_actions():
        assert not action.isEnabled(), action.text()
    assert window.print_action.isEnabled() and window.reports_action.isEnabled()
    window.set_read_only(False)
    assert window.new_measure_action.isEnabled()


def test_a_measure_hidden_by_the_search_leaves_the_editor(window, qtbot) -> None:
    """Select a measure, then search for words it lacks: the editor never keeps it."""
    from tests.ui.conftest import type_text

    first = window.measure_model.measure_id(0)
    window.select_measure(first)
    assert window.editor.measure_id == first
    title = window.service.get_measure(first).title
    search = window.filter_bar.search
    search.setFocus()
    type_text(search, "Қазақстан-ЖОҚ-сөз")
    qtbot.waitUntil(lambda: window.measure_model.row_of_measure(first) == -1, timeout=3000)
    assert window.editor.measure_id != first
    assert window.service.get_measure(first).title == title


def test_read_timings_again_gives_dates_to_words_an_older_coopdesk_left_without(
    window, qtbot, forget_spans, message_boxes
) -> None:
    """File > Read timings again: the rows get their dates (the timing cell's tip says
    them), one undo step takes them back; with nothing to read, it says so."""
    from coopdesk.ui.models import MeasureTableModel

    service = window.workspace.service
    plan_id = window.plan_id
    first, second = service.list_measures(plan_id)[:2]
    forget_spans(service.store, first.id, text="начало 2024 г.")
    forget_spans(service.store, second.id, text="2024 жылдың соңы")
    window.reload()
    hint = window.timings_hint
    assert hint.isVisible() and hint.text() == "Read timings without dates: 2"
    assert hint.toolTip() == (
        "Timings without dates that CoopDesk can read now: 2. "
        "File > Read timings again gives them their dates."
    )
    model = window.measure_model

    def tip(measure_id: int) -> str:
        index = model.index(model.row_of_measure(measure_id), MeasureTableModel.COL_TIMING)
        return index.data(Qt.ItemDataRole.ToolTipRole)

    unread = tip(first.id)
    assert "2024" not in unread
    assert window.read_timings_action in window.file_menu.actions()
    window.read_timings_action.trigger()

    qtbot.waitUntil(lambda: "2024" in tip(first.id), timeout=3000)
    assert tip(first.id).startswith("1 Jan – 31 Mar 2024")
    assert tip(second.id).startswith("1 Oct – 31 Dec 2024")
    assert "Measures given dates from their timing words: 2." in (
        window.statusBar().currentMessage()
    )
    assert window.workspace.undo_stack.undoText() == "Read timings again"
    assert not hint.isVisible()
    timing = service.get_measure(first.id).timing
    assert (timing.start, timing.end) == (date(2024, 1, 1), date(2024, 3, 31))

    window.read_timings_action.trigger()
    assert message_boxes["information"] == [
        "Every timing in this plan that CoopDesk can read already has its dates; "
        "nothing was changed."
    ]
    assert window.workspace.undo_stack.count() == 1

    window.workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: tip(first.id) == unread, timeout=3000)
    assert service.get_measure(second.id).timing.start is None
    assert hint.isVisible() and hint.text() == "Read timings without dates: 2"
    qtbot.mouseClick(hint, Qt.MouseButton.LeftButton)  # the hint reads them too
    qtbot.waitUntil(lambda: not hint.isVisible(), timeout=3000)
    assert service.get_measure(second.id).timing.start == date(2024, 10, 1)


def test_a_plan_whose_timings_all_have_dates_shows_no_hint(window) -> None:
    window.reload()
    assert not window.timings_hint.isVisible()
    assert window.workspace.service.timings_to_read_again(window.plan_id) == 0
