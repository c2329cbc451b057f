"""Narrow windows (issue 14, item 9): at 1024 pixels the filter bar wraps instead of
squeezing its boxes, the calendar fits, the legends wrap instead of being cut, and on
a first start the sector tree is as wide as its names need."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox


def _window(qtbot, sample, width: int):
    from coopdesk.ui.app import make_application
    from coopdesk.ui.main_window import MainWindow

    make_application()
    QSettings().clear()  # a first start: no layout saved
    service, _plan = sample
    win = MainWindow(today=date(2024, 3, 28))
    qtbot.addWidget(win)
    win.resize(width, 760)
    with qtbot.waitSignal(win.plan_loaded, timeout=5000):
        win.attach(service)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_at_1024_the_filter_boxes_keep_their_width_and_wrap(qtbot, sample) -> None:
    win = _window(qtbot, sample, 1024)
    qtbot.wait(50)
    assert win.width() == 1024
    combos = [c for c in win.filter_bar.findChildren(QComboBox) if c.isVisible()]
    assert combos
    for combo in combos:
        assert combo.width() >= combo.minimumSizeHint().width()
    rows = {c.mapTo(win, c.rect().topLeft()).y() for c in combos}
    assert len(rows) >= 2  # wrapped onto more lines


def test_at_1024_the_calendar_fits_and_its_legends_wrap(qtbot, sample) -> None:
    win = _window(qtbot, sample, 1024)
    win.show_calendar_action.trigger()
    qtbot.wait(50)
    assert win.width() == 1024  # the calendar does not widen the window
    month = win.calendar.month_view
    assert month.title.width() >= month.title.sizeHint().width()  # the title is whole
    legend = month.legend
    assert legend.wordWrap() and legend.width() <= month.width()
    win.calendar.tabs.setCurrentWidget(win.calendar.timeline_view)
    qtbot.wait(50)
    timeline = win.calendar.timeline_view.legend
    assert timeline.wordWrap()
    assert timeline.height() >= timeline.heightForWidth(timeline.width()) - 1  # nothing cut
    assert timeline.geometry().right() <= win.calendar.timeline_view.width()


def test_on_a_first_start_the_tree_fits_the_sector_names(qtbot, sample) -> None:
    from coopdesk.ui.narrow import tree_width_needed

    win = _window(qtbot, sample, 1600)
    needed = tree_width_needed(win)
    expected = min(needed, int(1600 * 0.4))
    qtbot.waitUntil(lambda: abs(win.splitter.sizes()[0] - expected) <= 12, timeout=3000)
    assert win.splitter.sizes()[0] > 360  # wider than it used to open
    # The sectors of the first level show whole at this width.
    view = win.sector_view
    top = [view.model().index(r, 0, view.rootIndex()) for r in range(view.model().rowCount())]
    name_width = view.columnWidth(0)
    metrics = view.fontMetrics()
    first_level = view.model().index(0, 0, top[0])
    for r in range(view.model().rowCount(top[0])):
        text = view.model().index(r, 0, top[0]).data()
        if text:
            assert metrics.horizontalAdvance(text) + 2 * view.indentation() < name_width + 40
    assert first_level.isValid()


def test_a_saved_layout_is_kept(qtbot, sample) -> None:
    from coopdesk.ui.app import make_application
    from coopdesk.ui.main_window import MainWindow

    make_application()
    QSettings().clear()
    QSettings().setValue("window/splitter", b"")
    service, _plan = sample
    win = MainWindow(today=date(2024, 3, 28))
    qtbot.addWidget(win)
    win.resize(1600, 760)
    with qtbot.waitSignal(win.plan_loaded, timeout=5000):
        win.attach(service)
    win.show()
    qtbot.wait(100)
    assert win.splitter.sizes()[0] < int(1600 * 0.4) - 20
    QSettings().clear()
