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
    """Write docs/main-window.png, docs/calendar-month.png, docs/calendar-timeline.png,
    the 1024- and 1600-pixel shots (docs/w1024-*.png, docs/w1600-*.png) and the user
    guide's pictures."""
    # No settings of the user's own (window layout) and no daily backup of the shot store
    # in the user's data folder: both go to the temporary folder.
    tmp_home = tempfile.mkdtemp()
    os.environ["XDG_CONFIG_HOME"] = os.path.join(tmp_home, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(tmp_home, "data")
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
        for width in (1024, 1600):
            window_shots(app, service, width)
        guide_pictures()
        russian_shots(app, service, Path(tmp) / "shot.db")
        service.store.close()
    print(f"wrote the screenshots in {DOCS}")
    return 0


def window_shots(app, service, width: int) -> None:
    """The windows issue 14 changed, at ``width`` pixels: docs/w<width>-*.png."""
    from coopdesk.ui.help import ShortcutsDialog, UserGuideDialog

    window = _window(app, service, width)
    model = window.measure_model
    window.measure_view.selectRow(1)
    app.processEvents()
    window.editor.form.title.setFocus()
    app.processEvents()
    _save(window, f"w{width}-table.png")
    window.show_calendar_action.trigger()
    window.calendar.month_view.set_month(2023, 4)
    app.processEvents()
    _save(window, f"w{width}-month.png")
    window.calendar.month_view.open_picker()
    app.processEvents()
    _save(window.calendar.month_view._picker, f"w{width}-month-picker.png")
    window.calendar.month_view._picker.hide()
    window.calendar.tabs.setCurrentWidget(window.calendar.agenda_view)
    window.calendar.agenda_view.show_quarter(2023, 2)
    app.processEvents()
    _save(window, f"w{width}-agenda.png")
    window.calendar.tabs.setCurrentWidget(window.calendar.timeline_view)
    app.processEvents()
    _save(window, f"w{width}-timeline.png")
    if width == 1024:
        for dialog in (ShortcutsDialog(window), UserGuideDialog(window, "ru")):
            dialog.show()
            app.processEvents()
            name = "shortcuts" if isinstance(dialog, ShortcutsDialog) else "guide-ru"
            _save(dialog, f"dialog-{name}.png")
            dialog.close()
    del model
    window.close()


def russian_shots(app, service, store_path: Path) -> None:
    """The window, the calendar and a report in Russian: docs/*-ru.png (issue 12)."""
    import shutil
    import subprocess

    from coopdesk.ui.i18n import install_translators

    install_translators(app, "ru")
    try:
        window = _window(app, service, 1500)
        window.resize(1500, 860)
        model = window.measure_model
        row = next(
            r
            for r in range(model.rowCount())
            if model.index(r, model.COL_TIMING).data() == "12 апреля 2023 г."
        )
        window.measure_view.selectRow(row)
        app.processEvents()
        _save(window, "main-window-ru.png")
        window.show_calendar_action.trigger()
        window.calendar.month_view.set_month(2023, 4)
        app.processEvents()
        _save(window, "calendar-month-ru.png")
        window.close()
    finally:
        install_translators(app, "en")
    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: the Russian report picture was not made")
        return
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "status.pdf"
        code = service.list_plans()[0].code
        env = {**os.environ, "COOPDESK_DB": f"sqlite:///{store_path}"}
        subprocess.run(
            [sys.executable, "-m", "coopdesk", "report", "status", code, str(pdf), "--lang", "ru"],
            check=True,
            env=env,
        )
        subprocess.run(
            ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(DOCS / "report-status-ru")],
            check=True,
        )  # fmt: skip


def _window(app, service, width: int):
    from PySide6.QtCore import QSettings

    from coopdesk.ui.main_window import MainWindow

    QSettings().clear()  # a first start at this width, not the last window's layout
    window = MainWindow(today=date(2024, 3, 28))
    window.resize(width, 760)
    window.attach(service)
    window.show()
    app.processEvents()
    app.processEvents()
    return window


def _save(widget, name: str) -> None:
    widget.grab().save(str(DOCS / name))


def guide_pictures() -> None:
    """The user guide's pictures (resources/guide): the docs' screenshots, 900 px wide."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    guide = DOCS.parent / "resources" / "guide"
    for name in ("main-window.png", "calendar-month.png", "calendar-timeline.png"):
        image = QImage(str(DOCS / name))
        small = image.scaledToWidth(900, Qt.TransformationMode.SmoothTransformation)
        small.save(str(guide / name))


if __name__ == "__main__":
    sys.exit(main())
