"""The timeline: bars over the plan, grouped by sector; edits move them; holidays shaded."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, QPointF, Qt

from coopdesk.services.changes import ChangeSet
from coopdesk.ui.bridge import ChangeBridge
from coopdesk.ui.calendar import style
from coopdesk.ui.calendar.panel import TIMELINE
from coopdesk.ui.calendar.timeline_view import ROW_H


def _timeline(cal):
    cal.panel.show_tab(TIMELINE)
    return cal.panel.timeline_view.canvas


def test_rows_are_grouped_by_sector_in_tree_order(cal) -> None:
    canvas = _timeline(cal)
    sectors = {s.id: s for s in cal.service.list_sectors(cal.plan.id)}
    heads = [sectors[ref].code for head, ref, _ in canvas.lines if head]
    assert heads[:4] == ["1", "1.1", "1.2", "2"]
    first_measure = next(ref for head, ref, _ in canvas.lines if not head)
    assert canvas.data.rows[first_measure][3] == "1.1.1"
    measures = [ref for head, ref, _ in canvas.lines if not head]
    assert len(measures) == 34
    # One item paints the whole chart: nothing is built per measure.
    assert len(canvas.scene().items()) == 1


def test_the_whole_plan_fits_the_width_at_first(cal) -> None:
    canvas = _timeline(cal)
    assert (canvas.origin, canvas.last) == (date(2023, 1, 1), date(2024, 12, 31))
    assert canvas.content_rect().width() <= canvas.viewport().width()


def test_editing_a_timing_moves_the_bar_without_relaying_the_lines(cal) -> None:
    canvas = _timeline(cal)
    quarter = cal.measure("II квартал 2023 г.")
    before = canvas.bar_rect(quarter.id)
    assert before.left() == canvas.x_of(date(2023, 4, 1))
    assert before.right() == canvas.x_of(date(2023, 7, 1))
    lines = canvas.lines
    bridge = ChangeBridge(cal.service.hub)
    seen: list[ChangeSet] = []

    def on_change(changes: ChangeSet) -> None:
        seen.append(changes)
        cal.panel.apply_changes(changes, cal.service.measure_rows(cal.plan.id))

    bridge.changed.connect(on_change)
    try:
        cal.service.update_measure(quarter.id, timing="IV квартал 2024 г.")
    finally:
        bridge.detach()
    assert seen and quarter.id in seen[0].touched("measure")
    after = canvas.bar_rect(quarter.id)
    assert after.left() == canvas.x_of(date(2024, 10, 1)) > before.left()
    assert after.top() == before.top()  # the same line
    assert canvas.lines is lines  # only repainted


def test_a_timing_outside_the_plan_widens_the_range(cal) -> None:
    canvas = _timeline(cal)
    quarter = cal.measure("II квартал 2023 г.")
    cal.service.update_measure(quarter.id, timing="март 2025 г.")
    cal.reload()
    assert canvas.last == date(2025, 3, 31)
    assert canvas.bar_rect(quarter.id).left() == canvas.x_of(date(2025, 3, 1))


def test_clicking_a_bar_selects_and_double_clicking_opens(cal, qtbot) -> None:
    canvas = _timeline(cal)
    meeting = cal.measure("12 апреля 2023 г.")
    point = canvas.view_point_of(meeting.id)
    with qtbot.waitSignal(cal.panel.measure_selected, timeout=1000) as selected:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert selected.args == [meeting.id]
    assert canvas.selected == meeting.id
    assert cal.panel.month_view.grid.selected_measure == meeting.id
    with qtbot.waitSignal(cal.panel.measure_activated, timeout=1000) as activated:
        qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert activated.args == [meeting.id]
    assert "12 апреля 2023 г." in canvas.tooltip_at(point)


def test_clicking_a_label_selects_its_measure(cal, qtbot) -> None:
    canvas = _timeline(cal)
    quarter = cal.measure("II квартал 2023 г.")
    line = canvas.line_of(quarter.id)
    point = QPoint(60, int(line * ROW_H + ROW_H / 2 - canvas.scroll_y()))
    with qtbot.waitSignal(cal.panel.measure_selected, timeout=1000) as selected:
        qtbot.mouseClick(canvas.labels, Qt.MouseButton.LeftButton, pos=point)
    assert selected.args == [quarter.id]


def test_zooming_in_and_out_keeps_the_centre(cal, qtbot) -> None:
    view = cal.panel.timeline_view
    canvas = _timeline(cal)
    fitted = canvas.ppd
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    assert canvas.ppd > fitted and not canvas.auto_fit
    centre = canvas.day_of(canvas.scroll_x() + canvas.viewport().width() / 2)
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    again = canvas.day_of(canvas.scroll_x() + canvas.viewport().width() / 2)
    assert abs((again - centre).days) <= 2
    qtbot.mouseClick(view.zoom_out_button, Qt.MouseButton.LeftButton)
    assert canvas.ppd < 7
    qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
    assert canvas.ppd == fitted and canvas.auto_fit
    for _ in range(20):
        canvas.zoom(-1)
    assert not view.zoom_out_button.isEnabled()


def _shade_at(canvas, day: date) -> tuple:
    canvas.set_ppd(17.0)
    x = canvas.x_of(day) + canvas.ppd / 2
    canvas.horizontalScrollBar().setValue(int(canvas.x_of(day) - 200))
    canvas.verticalScrollBar().setValue(0)
    point = canvas.mapFromScene(QPointF(x, ROW_H / 2))  # the first sector's band: no bars
    image = canvas.viewport().grab().toImage()
    neighbour = canvas.mapFromScene(QPointF(x - 2 * canvas.ppd, ROW_H / 2))
    return image.pixelColor(point), image.pixelColor(neighbour)


def test_holidays_of_both_parties_are_shaded(cal) -> None:
    canvas = _timeline(cal)
    canvas.auto_fit = False
    nauryz, monday = _shade_at(canvas, date(2023, 3, 22))
    assert nauryz == style.TIMELINE_HOLIDAY_SHADES[0]
    assert monday == style.SECTOR_BAND
    russia_day, friday = _shade_at(canvas, date(2023, 6, 12))
    assert russia_day == style.TIMELINE_HOLIDAY_SHADES[1]
    assert friday != russia_day
    point = canvas.mapFromScene(QPointF(canvas.x_of(date(2023, 6, 12)) + 8, ROW_H * 3.5))
    assert "Russia: Russia Day" in canvas.tooltip_at(point)


def test_today_is_a_red_line(cal) -> None:
    canvas = _timeline(cal)
    x = canvas.x_of(date(2023, 6, 1)) + canvas.ppd / 2
    point = canvas.mapFromScene(QPointF(x, ROW_H * 0.5))
    colour = canvas.viewport().grab().toImage().pixelColor(point)
    assert colour.red() > 150 and colour.green() < 120 and colour.blue() < 120
