"""UI fixtures: a main window on a store holding the sample plan."""

from __future__ import annotations

from datetime import date

import pytest


@pytest.fixture
def window(qtbot, sample):
    from coopdesk.ui.app import make_application
    from coopdesk.ui.main_window import MainWindow

    make_application()
    service, _plan = sample
    win = MainWindow(today=date(2026, 11, 28))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.plan_loaded, timeout=5000):
        win.attach(service)
    win.show()
    qtbot.waitExposed(win)
    return win
