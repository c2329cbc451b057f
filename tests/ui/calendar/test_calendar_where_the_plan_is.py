"""The calendar where the plan is (issue 14, item 3).

It opens on today inside the plan's period, else on the plan's first dated month; the
title opens a month and year picker; keys step months and years; chips show two lines
of a title and the whole on hover; the agenda takes the whole plan, a quarter, a month
or dates typed in.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics

from coopdesk.ui.calendar.month_view import two_lines
from coopdesk.ui.calendar.panel import AGENDA


def _panel(qtbot, sample, today: date):
    from coopdesk.ui.app import make_application
    from coopdesk.ui.calendar import CalendarPanel

    make_application()
    service, plan = sample
    panel = CalendarPanel(today=today)
    qtbot.addWidget(panel)
    panel.resize(1400, 860)
    panel.set_plan(plan, service.list_sectors(plan.id))
    panel.set_rows(service.measure_rows(plan.id))
    panel.show()
    qtbot.waitExposed(panel)
    return panel, service, plan


def test_it_opens_on_today_inside_the_plans_period(qtbot, sample) -> None:
    panel, _service, _plan = _panel(qtbot, sample, date(2024, 2, 14))
    assert panel.month_view.current_month == (2024, 2)
    assert panel.month_view.title.text() == "February 2024"


def test_after_the_period_it_opens_on_the_plans_first_dated_month(qtbot, sample) -> None:
    panel, service, plan = _panel(qtbot, sample, date(2026, 11, 28))
    exact = [
        m.timing.start
        for m in service.list_measures(plan.id)
        if m.timing.start is not None and m.timing.start == m.timing.end
    ]
    first = min(exact)
    assert panel.month_view.current_month == (first.year, first.month) == (2023, 4)
    # Before the period too: not the month of today, not the period's last month.
    panel2, _s, _p = _panel(qtbot, sample, date(2020, 5, 1))
    assert panel2.month_view.current_month == (2023, 4)


def test_the_window_opens_its_calendar_on_the_plan(window, qtbot) -> None:
    # The window's "today" (28 Nov 2026) is after the sample plan's 2023-2024.
    window.views.setCurrentWidget(window._calendar_page)
    qtbot.waitUntil(lambda: window._calendar is not None)
    assert window.calendar.month_view.current_month == (2023, 4)


def test_the_title_opens_a_month_and_year_picker(cal, qtbot) -> None:
    month = cal.panel.month_view
    assert month.current_month == (2023, 6)
    qtbot.mouseClick(month.title, Qt.MouseButton.LeftButton)
    picker = month._picker
    assert picker is not None and picker.isVisible()
    assert picker.year_label.text() == "2023"
    assert picker.month_buttons[5].isChecked()  # June, shown now
    assert picker.month_buttons[0].font().bold()  # January 2023 is in the plan
    qtbot.mouseClick(picker.next_year, Qt.MouseButton.LeftButton)
    assert picker.year_label.text() == "2024"
    qtbot.keyClick(picker, Qt.Key.Key_PageDown)
    assert picker.year_label.text() == "2025"
    assert not picker.month_buttons[0].font().bold()  # 2025 is after the plan
    qtbot.keyClick(picker, Qt.Key.Key_PageUp)
    qtbot.mouseClick(picker.month_buttons[9], Qt.MouseButton.LeftButton)
    assert month.current_month == (2024, 10)
    assert not picker.isVisible()
    assert month.title.text() == "October 2024"


def test_keys_step_months_and_years_and_say_so_in_tooltips(cal, qtbot) -> None:
    month = cal.panel.month_view
    month.grid.setFocus()
    qtbot.keyClick(month.grid, Qt.Key.Key_PageDown)
    assert month.current_month == (2023, 7)
    qtbot.keyClick(month.grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert month.current_month == (2024, 7)
    qtbot.keyClick(month.grid, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(month.grid, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert month.current_month == (2022, 7)
    qtbot.keyClick(month.grid, Qt.Key.Key_PageUp)
    assert month.current_month == (2022, 6)
    assert "Page Up" in month.prev_month_button.toolTip()
    assert "Ctrl+Page Up" in month.prev_month_button.toolTip()
    assert "Ctrl+Page Down" in month.next_month_button.toolTip()
    assert "Ctrl+Page Up" in month.title.toolTip()


def test_a_chip_shows_two_lines_of_its_title_and_the_whole_on_hover(cal) -> None:
    month = cal.panel.month_view
    month.set_month(2023, 4)
    meeting = cal.measure("12 апреля 2023 г.")
    grid = month.grid
    (piece,) = grid.item_rects(meeting.id)
    metrics = QFontMetrics(grid._small)
    assert piece.height() >= 2 * metrics.lineSpacing()
    lines = two_lines(metrics, f"{meeting.number} {meeting.title}", int(piece.width()) - 20)
    assert len(lines) == 2 and len(lines[0]) > 5
    assert f"{meeting.number} {meeting.title}".startswith(lines[0])
    assert meeting.title in grid.tooltip_at(piece.center())


def test_two_lines_break_between_words() -> None:
    from PySide6.QtWidgets import QApplication

    QApplication.instance()
    from PySide6.QtGui import QFont

    metrics = QFontMetrics(QFont())
    text = "Консультации заместителей министров иностранных дел"
    width = metrics.horizontalAdvance("Консультации заместителей") + 2
    first, second = two_lines(metrics, text, width)
    assert first == "Консультации заместителей"
    assert second.startswith("министров")
    assert two_lines(metrics, "short", 500) == ["short"]


def _agenda(cal):
    cal.panel.show_tab(AGENDA)
    return cal.panel.agenda_view


def test_the_agenda_shows_the_whole_plan(cal, qtbot) -> None:
    view = _agenda(cal)
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    assert view.agenda.start == date(2023, 1, 1) and view.agenda.end == date(2024, 12, 31)
    assert view.range_label.text() == "1 Jan 2023 – 31 Dec 2024"
    listed = set(view.measure_ids())
    meeting = cal.measure("12 апреля 2023 г.")
    late = cal.measure("IV квартал 2024 г.")
    assert meeting.id in listed and late.id in listed


def test_the_agenda_shows_a_quarter_and_a_month_of_the_plan(cal, qtbot) -> None:
    view = _agenda(cal)
    titles: list[str] = []

    def choose() -> None:  # the menu runs its own loop: pick a line from inside it
        titles.extend(a.text() for a in view.quarter_menu.actions())
        view.quarter_menu.actions()[1].trigger()
        view.quarter_menu.close()

    QTimer.singleShot(200, choose)
    qtbot.mouseClick(view.quarter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(titles))
    assert titles[0] == "Q1 2023" and titles[-1] == "Q4 2024" and len(titles) == 8
    assert (view.agenda.start, view.agenda.end) == (date(2023, 4, 1), date(2023, 6, 30))
    assert view.quarter_button.isChecked()
    meeting = cal.measure("12 апреля 2023 г.")
    assert meeting.id in view.measure_ids()
    view._fill_months()
    months = [a.text() for a in view.month_menu.actions()]
    assert months[0] == "January 2023" and len(months) == 24
    view.month_menu.actions()[3].trigger()
    assert (view.agenda.start, view.agenda.end) == (date(2023, 4, 1), date(2023, 4, 30))
    assert meeting.id in view.measure_ids()


def test_the_agenda_takes_dates_typed_in(cal, qtbot) -> None:
    view = _agenda(cal)
    qtbot.mouseClick(view.dates_button, Qt.MouseButton.LeftButton)
    assert view.from_date.isVisible() and view.to_date.isVisible()
    view.from_date.setFocus()
    qtbot.keyClicks(view.from_date, "10042023")
    view.to_date.setFocus()
    qtbot.keyClicks(view.to_date, "14042023")
    assert (view.agenda.start, view.agenda.end) == (date(2023, 4, 10), date(2023, 4, 14))
    meeting = cal.measure("12 апреля 2023 г.")
    assert meeting.id in view.measure_ids()
    view.show_dates(date(2023, 4, 13), date(2023, 4, 14))
    assert meeting.id not in view.measure_ids()
    qtbot.mouseClick(view.range_buttons.button(7), Qt.MouseButton.LeftButton)
    assert view.span is None and not view.from_date.isVisible()
    assert view.agenda.start == date(2023, 6, 1)


def test_an_empty_window_says_which_dates(cal) -> None:
    view = _agenda(cal)
    view.show_dates(date(2030, 1, 1), date(2030, 1, 31))
    assert view.empty_label.text() == "Nothing is due in 1–31 Jan 2030."
