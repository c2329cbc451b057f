"""Text being typed survives a crash: kill -9 mid-typing, restart, the draft is offered."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date

from coopdesk.services.plans import PlanService

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from coopdesk.services.plans import PlanService
    from coopdesk.store.engine import open_store
    from coopdesk.ui.app import make_application
    from coopdesk.ui.main_window import MainWindow
    from tests.ui.conftest import type_text

    app = make_application()
    window = MainWindow()
    window.attach(PlanService(open_store(sys.argv[1])))
    window.show()
    window.activateWindow()
    app.processEvents()
    measure_id = int(sys.argv[2])
    window.select_measure(measure_id)
    title = window.editor.form.title
    title.setFocus()
    title.selectAll()
    type_text(title, sys.argv[3])
    print("typed", flush=True)
    # Wait for the draft's quiet period, then die the hard way, mid-edit.
    QTimer.singleShot(2000, lambda: os.kill(os.getpid(), signal.SIGKILL))
    app.exec()
    """
)


def test_typing_killed_mid_edit_is_offered_back(qtbot, sqlite_url, message_boxes, tmp_path):
    # One back end is enough: the draft lives beside the window, not in the store.
    from coopdesk.services.sample import load_sample_plan
    from coopdesk.store.engine import open_store

    service = PlanService(open_store(sqlite_url))
    plan, _loaded = load_sample_plan(service)
    url = service.store.engine.url.render_as_string(hide_password=False)
    measure = service.list_measures(plan.id)[3]
    typed = "Визит министра — Қазақстан, проект"
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    result = subprocess.run(
        [sys.executable, str(script), url, str(measure.id), typed],
        cwd=root,
        env={**os.environ, "PYTHONPATH": root},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == -9, result.stderr[-2000:]
    assert "typed" in result.stdout
    assert service.get_measure(measure.id).title == measure.title  # nothing was saved

    from coopdesk.ui.app import make_application
    from coopdesk.ui.main_window import MainWindow

    make_application()
    window = MainWindow(today=date(2026, 11, 28))
    qtbot.addWidget(window)
    window.attach(PlanService(service.store))
    window.show()
    qtbot.waitUntil(lambda: bool(message_boxes["question"]), timeout=3000)
    assert typed in message_boxes["question"][0]
    assert measure.number in message_boxes["question"][0]
    qtbot.waitUntil(lambda: window.editor.form.title.toPlainText() == typed, timeout=3000)
    assert window.editor.measure_id == measure.id
    assert window.drafts.left_over() is not None  # still a draft until saved
    window.measure_view.setFocus()  # leaving the field saves it
    assert service.get_measure(measure.id).title == typed
    assert window.drafts.left_over() is None
