"""The agenda: coming measures by week, overdue ones on top in red."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from coopdesk.ui.calendar import style
from coopdesk.ui.calendar.agenda_view import OVERDUE
from coopdesk.ui.calendar.panel import AGENDA


def _agenda(cal):
    cal.panel.show_tab(AGENDA)
    return cal.panel.agenda_view


def _texts(view, group: int, row: int) -> list[str]:
    model = view.model
    parent = model.index(group, 0)
    return [model.index(row, c, parent).data() for c in range(model.columnCount())]


def test_the_next_30_days_by_week(cal) -> None:
    view = _agenda(cal)
    assert view.days == 30 and view.range_label.text() == "1–30 Jun 2023"
    groups = view.model.groups()
    assert [g.title for g in groups] == ["Week 24 · 12–18 Jun 2023 · 1"]
    when, number, title, timing, status, _responsible = _texts(view, 0, 0)
    assert (when, number, timing, status) == ("Thu 15 Jun", "2.1.3", "2023-06-15", "Done")
    assert title.startswith("Заседание рабочей группы")
    assert view.counts_label.text() == "1 coming"


def test_overdue_measures_are_on_top_and_marked(cal) -> None:
    cal.panel.set_today(date(2024, 1, 10))
    view = _agenda(cal)
    view.set_days(90)
    groups = view.model.groups()
    assert groups[0].key == OVERDUE and groups[0].title == "Overdue · 2"
    numbers = [_texts(view, 0, r)[1] for r in range(2)]
    assert numbers == ["1.2.2", "6.1.2"]  # the most recently due first
    first = _texts(view, 0, 0)
    assert first[0] == "ended 31 Oct 2023" and first[4] == "Postponed (overdue)"
    parent = view.model.index(0, 0)
    red = view.model.index(0, 0, parent).data(Qt.ItemDataRole.ForegroundRole)
    assert red.color() == style.OVERDUE_COLOUR
    assert view.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole).color() == (
        style.OVERDUE_COLOUR
    )
    # A quarter falls due on its last day; closed ones do not.
    (due_week,) = groups[1:]
    assert due_week.title == "Week 13 · 25–31 Mar 2024 · 1"
    assert _texts(view, 1, 0)[:2] == ["due Sun 31 Mar", "3.3.2"]
    assert "2 overdue" in view.counts_label.text()


def test_the_range_buttons(cal, qtbot) -> None:
    view = _agenda(cal)
    qtbot.mouseClick(view.range_buttons.button(7), Qt.MouseButton.LeftButton)
    assert view.days == 7 and view.agenda.end == date(2023, 6, 7)
    assert view.empty_label.isVisible() and not view.view.isVisible()
    assert view.empty_label.text() == "Nothing is due in the next 7 days."
    qtbot.mouseClick(view.range_buttons.button(90), Qt.MouseButton.LeftButton)
    assert view.days == 90 and view.view.isVisible()
    assert view.agenda.end == date(2023, 8, 29)


def test_clicking_selects_and_double_clicking_opens(cal, qtbot) -> None:
    view = _agenda(cal)
    index = view.model.index(0, 2, view.model.index(0, 0))
    rect = view.view.visualRect(index)
    expected = cal.measure("2023-06-15").id
    with qtbot.waitSignal(cal.panel.measure_selected, timeout=1000) as selected:
        qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [expected]
    with qtbot.waitSignal(cal.panel.measure_activated, timeout=1000) as activated:
        qtbot.mouseDClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [expected]


def test_the_agenda_model_is_a_sound_item_model(cal, qtmodeltester) -> None:
    cal.panel.set_today(date(2024, 1, 10))
    view = _agenda(cal)
    view.set_days(90)
    qtmodeltester.check(view.model)
