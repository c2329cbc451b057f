"""Render CoopDesk's main window with the sample plan into docs/ (offscreen).

Run with ``make screenshots``; the README shows the pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOCS = Path(__file__).resolve().parent


def main() -> int:
    """Write docs/main-window.png, docs/calendar-month.png and docs/calendar-timeline.png."""
    from coopdesk.services.plans import PlanService
    from coopdesk.services.sample import load_sample_plan
    from coopdesk.store.engine import open_store
    from coopdesk.ui.app import make_application
    from coopdesk.ui.main_window import MainWindow

    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        service = PlanService(open_store(f"sqlite:///{Path(tmp) / 'shot.db'}"))
        load_sample_plan(service)
        window = MainWindow(today=date.today())
        window.resize(1500, 860)
        window.attach(service)
        window.show()
        app.processEvents()
        model = window.measure_model
        row = next(
            r
            for r in range(model.rowCount())
            if model.index(r, model.COL_TIMING).data() == "12 апреля 2023 г."
        )
        window.measure_view.selectRow(row)
        app.processEvents()
        window.grab().save(str(DOCS / "main-window.png"))
        window.show_calendar_action.trigger()
        window.calendar.month_view.set_month(2023, 4)
        app.processEvents()
        window.grab().save(str(DOCS / "calendar-month.png"))
        window.calendar.tabs.setCurrentWidget(window.calendar.timeline_view)
        app.processEvents()
        window.grab().save(str(DOCS / "calendar-timeline.png"))
        window.close()
        service.store.close()
    print(f"wrote the screenshots in {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
