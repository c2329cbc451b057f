"""The calendar inside the main window: same rows and filters as the table, selection
both ways, double-click to the editor, and the editor's holiday warning."""

from __future__ import annotations

from datetime import date

from coopdesk.ui.models import MeasureTableModel


def meeting_id(window) -> int:
    model = window.measure_model
    for row in range(model.rowCount()):
        if model.index(row, MeasureTableModel.COL_TIMING).data() == "12 апреля 2023 г.":
            return model.measure_id(row)
    raise AssertionError("the sample's 12 April 2023 meeting is missing")


def test_calendar_tab_shows_the_plan_and_follows_the_filters(qtbot, window) -> None:
    window.show_calendar_action.trigger()
    assert window.calendar.isVisible()
    grid = window.calendar.month_view.grid
    window.calendar.month_view.set_month(2023, 4)
    assert meeting_id(window) in grid.measures_on(date(2023, 4, 12))
    # Filtering the table filters the calendar too.
    window.filter_bar.search.setText("культур")
    window.filter_bar._emit()
    assert meeting_id_or_none(window) is None
    assert grid.measures_on(date(2023, 4, 12)) == []
    window.filter_bar.reset()
    assert grid.measures_on(date(2023, 4, 12)) != []


def meeting_id_or_none(window):
    try:
        return meeting_id(window)
    except AssertionError:
        return None


def test_calendar_selection_and_double_click_open_the_editor(qtbot, window) -> None:
    window.show_calendar_action.trigger()
    target = meeting_id(window)
    window.calendar.measure_selected.emit(target)
    assert window.current_measure_id() == target
    window.calendar.measure_activated.emit(target)
    assert window.editor.measure_id == target
    assert window.editor.form.title.hasFocus() or not window.isActiveWindow()


def test_an_edit_reaches_the_calendar(qtbot, window) -> None:
    window.show_calendar_action.trigger()
    target = meeting_id(window)
    window.workspace.edit_measure(target, {"timing": "20 апреля 2023 г."})
    grid = window.calendar.month_view.grid
    window.calendar.month_view.set_month(2023, 4)
    assert target in grid.measures_on(date(2023, 4, 20))
    assert target not in grid.measures_on(date(2023, 4, 12))


def test_the_editor_warns_of_a_meeting_on_a_public_holiday(qtbot, window) -> None:
    target = meeting_id(window)
    window.select_measure(target)
    form = window.editor.form
    assert not form.holiday_warning.isVisibleTo(form)
    form.timing.setText("22 марта 2023 г.")  # Nauryz in Kazakhstan
    assert form.holiday_warning.isVisibleTo(form)
    assert "Kazakhstan" in form.holiday_warning.text()
    form.timing.setText("12 июня 2023 г.")  # Russia Day
    assert "Russia" in form.holiday_warning.text()
    form.kind.setCurrentIndex(form.kind.findData("event"))
    assert not form.holiday_warning.isVisibleTo(form)
