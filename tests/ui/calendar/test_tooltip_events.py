"""Hovering over a measure shows its tooltip: the ToolTip event Qt itself sends.

The views answer ``QEvent.Type.ToolTip`` only when the event is a ``QHelpEvent``
(that is what gives them its position); these tests let Qt raise the event from a
real hover, so they fail if PySide ever hands it over as a bare ``QEvent``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QToolTip

from coopdesk.ui.calendar.panel import TIMELINE


def _hover(qtbot, widget, point) -> None:
    QToolTip.hideText()
    # Two moves: Qt arms its tooltip timer on a move inside the widget.
    qtbot.mouseMove(widget, point - QPoint(3, 0))
    qtbot.mouseMove(widget, point)


def test_hovering_a_day_item_shows_the_measure(cal, qtbot) -> None:
    month = cal.panel.month_view
    meeting = cal.measure("12 апреля 2023 г.")
    month.set_month(2023, 4)
    (piece,) = month.grid.item_rects(meeting.id)
    _hover(qtbot, month.grid, piece.center().toPoint())
    qtbot.waitUntil(lambda: meeting.title in QToolTip.text(), timeout=5000)


def test_hovering_a_timeline_bar_shows_the_measure(cal, qtbot) -> None:
    cal.panel.show_tab(TIMELINE)
    canvas = cal.panel.timeline_view.canvas
    meeting = cal.measure("12 апреля 2023 г.")
    point = canvas.view_point_of(meeting.id)
    _hover(qtbot, canvas.viewport(), point)
    qtbot.waitUntil(lambda: "12 апреля 2023 г." in QToolTip.text(), timeout=5000)
