"""The month view as a user sees and clicks it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt

from coopdesk.ui.calendar import style


def test_the_12_april_meeting_sits_on_12_april(cal) -> None:
    month = cal.panel.month_view
    meeting = cal.measure("12 апреля 2023 г.")
    month.set_month(2023, 4)
    grid = month.grid
    assert meeting.id in grid.measures_on(date(2023, 4, 12))
    (piece,) = grid.item_rects(meeting.id)
    assert grid.cell_rect(date(2023, 4, 12)).contains(piece.center())
    assert grid.day_at(piece.center()) == date(2023, 4, 12)
    assert grid.measure_at(piece.center()) == meeting.id
    for offset in (-1, 1):
        assert meeting.id not in grid.measures_on(date(2023, 4, 12) + timedelta(days=offset))
    assert month.title.text() == "April 2023"
    assert meeting.title in grid.tooltip_at(piece.center())


def test_a_quarter_measure_is_listed_in_the_period_not_on_a_day(cal) -> None:
    month = cal.panel.month_view
    quarter = cal.measure("II квартал 2023 г.")
    for m in (4, 5, 6):
        month.set_month(2023, m)
        assert quarter.id in month.period_measure_ids()
        days = [date(2023, m, 1) + timedelta(days=i) for i in range(28)]
        assert not any(quarter.id in month.grid.measures_on(d) for d in days)
        assert month.grid.item_rects(quarter.id) == []
    month.set_month(2023, 7)
    assert quarter.id not in month.period_measure_ids()
    # The group names the span in words.
    month.set_month(2023, 5)
    titles = [g.title for g in month.period_model.groups()]
    assert any(t.startswith("Q2 2023 · ") for t in titles)
    assert titles[-1].startswith("No dates")


def test_clicking_a_measure_selects_it_and_double_clicking_opens_it(cal, qtbot) -> None:
    month = cal.panel.month_view
    meeting = cal.measure("12 апреля 2023 г.")
    month.set_month(2023, 4)
    point = month.grid.item_rects(meeting.id)[0].center().toPoint()
    with qtbot.waitSignal(cal.panel.measure_selected, timeout=1000) as selected:
        qtbot.mouseClick(month.grid, Qt.MouseButton.LeftButton, pos=point)
    assert selected.args == [meeting.id]
    assert month.grid.selected_measure == meeting.id
    assert cal.panel.timeline_view.canvas.selected == meeting.id
    with qtbot.waitSignal(cal.panel.measure_activated, timeout=1000) as activated:
        qtbot.mouseDClick(month.grid, Qt.MouseButton.LeftButton, pos=point)
    assert activated.args == [meeting.id]


def test_double_clicking_in_the_period_list_opens_the_measure(cal, qtbot) -> None:
    month = cal.panel.month_view
    quarter = cal.measure("II квартал 2023 г.")
    month.set_month(2023, 5)
    index = month.period_model.index_of_measure(quarter.id)
    month.period_view.scrollTo(index)
    rect = month.period_view.visualRect(index)
    with qtbot.waitSignal(cal.panel.measure_selected, timeout=1000) as selected:
        qtbot.mouseClick(month.period_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [quarter.id]
    with qtbot.waitSignal(cal.panel.measure_activated, timeout=1000) as activated:
        qtbot.mouseDClick(
            month.period_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert activated.args == [quarter.id]


def test_navigating_by_month_quarter_and_today(cal, qtbot) -> None:
    month = cal.panel.month_view
    month.set_month(2023, 5)
    qtbot.mouseClick(month.next_month_button, Qt.MouseButton.LeftButton)
    assert month.current_month == (2023, 6)
    qtbot.mouseClick(month.next_quarter_button, Qt.MouseButton.LeftButton)
    assert month.current_month == (2023, 7)
    qtbot.mouseClick(month.prev_quarter_button, Qt.MouseButton.LeftButton)
    assert month.current_month == (2023, 4)
    qtbot.mouseClick(month.prev_month_button, Qt.MouseButton.LeftButton)
    assert month.current_month == (2023, 3)
    qtbot.mouseClick(month.today_button, Qt.MouseButton.LeftButton)
    assert month.current_month == (2023, 6) and month.grid.selected_day == date(2023, 6, 1)
    assert month.title.text() == "June 2023" and month.quarter_label.text() == "Q2 2023"
    month.grid.setFocus()
    qtbot.keyClick(month.grid, Qt.Key.Key_PageDown)
    assert month.current_month == (2023, 7)
    qtbot.keyClick(month.grid, Qt.Key.Key_Home)
    assert month.current_month == (2023, 6)


def _pixel(widget, point: QPoint):
    return widget.grab().toImage().pixelColor(point)


def test_nauryz_and_russia_day_are_shaded_and_named(cal) -> None:
    month = cal.panel.month_view
    grid = month.grid
    month.set_month(2023, 3)
    nauryz = grid.cell_rect(date(2023, 3, 22))
    corner = nauryz.bottomRight().toPoint() - QPoint(6, 6)
    assert _pixel(grid, corner) == style.HOLIDAY_SHADES[0]  # Kazakhstan, the first party
    ordinary = grid.cell_rect(date(2023, 3, 15)).bottomRight().toPoint() - QPoint(6, 6)
    assert _pixel(grid, ordinary) == style.BACKGROUND
    tip = grid.tooltip_at(nauryz.center())
    assert "Kazakhstan: Nowruz Holiday" in tip
    month.set_month(2023, 6)
    russia_day = grid.cell_rect(date(2023, 6, 12))
    assert (
        _pixel(grid, russia_day.bottomRight().toPoint() - QPoint(6, 6)) == (style.HOLIDAY_SHADES[1])
    )
    assert "Russia: Russia Day" in grid.tooltip_at(russia_day.center())
    # 8 March is a holiday of both parties.
    month.set_month(2023, 3)
    both = grid.cell_rect(date(2023, 3, 8)).bottomRight().toPoint() - QPoint(6, 6)
    assert _pixel(grid, both) == style.HOLIDAY_SHADES[2]


def test_a_meeting_moved_onto_a_holiday_warns(cal) -> None:
    meeting = cal.measure("12 апреля 2023 г.")
    cal.service.update_measure(meeting.id, timing="22 марта 2023 г.")
    cal.reload()
    month = cal.panel.month_view
    month.set_month(2023, 3)
    (piece,) = month.grid.item_rects(meeting.id)
    assert month.grid.day_at(piece.center()) == date(2023, 3, 22)
    tip = month.grid.tooltip_at(piece.center())
    assert "⚠" in tip and "public holiday in Kazakhstan (Nowruz Holiday)" in tip
    # The editor's warning, as the lead wires it.
    moved = cal.service.get_measure(meeting.id)
    warning = style.holiday_warning(moved.kind, moved.timing, cal.panel.holidays)
    assert warning == "22 Mar 2023 is a public holiday in Kazakhstan (Nowruz Holiday)."
    consultations = cal.measure("II квартал 2023 г.")
    cal.service.update_measure(consultations.id, timing="12.06.2023")
    again = cal.service.get_measure(consultations.id)
    assert "Russia (Russia Day)" in style.holiday_warning(
        again.kind, again.timing, cal.panel.holidays
    )
    assert style.holiday_warning("agreement", again.timing, cal.panel.holidays) is None


def test_a_crowded_day_offers_the_rest_in_a_list(cal, qtbot) -> None:
    service, plan = cal.service, cal.plan
    sector = service.list_sectors(plan.id)[1]
    service.add_measures_bulk(
        plan.id,
        [
            {"sector_id": sector.id, "title": f"Встреча № {i}", "timing": "12.04.2023"}
            for i in range(12)
        ],
    )
    cal.reload()
    month = cal.panel.month_view
    month.set_month(2023, 4)
    grid = month.grid
    on_day = grid.measures_on(date(2023, 4, 12))
    assert len(on_day) == 13
    ((more_rect, more_day),) = grid.more_rects()
    assert more_day == date(2023, 4, 12)
    drawn = [mid for mid in on_day if grid.item_rects(mid)]
    assert 0 < len(drawn) < 13
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=more_rect.center().toPoint())
    popup = month._popup
    assert popup is not None and popup.isVisible()
    assert sorted(popup.model.measure_ids()) == sorted(on_day)
    popup.hide()


def test_the_wheel_turns_the_months(cal, qtbot) -> None:
    month = cal.panel.month_view
    month.set_month(2023, 5)
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(month.grid.rect().center())
    event = QWheelEvent(
        centre,
        month.grid.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(month.grid, event)
    assert month.current_month == (2023, 6)
