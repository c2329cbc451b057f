"""File > Open store: another store in the same window, recent stores, saved connections."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from coopdesk.services.plans import PlanService
from coopdesk.store.engine import open_store
from coopdesk.ui.open_store import OpenStoreDialog, recent_stores, remember_store

pytestmark = pytest.mark.store


def other_store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'second.db'}"
    service = PlanService(open_store(url))
    plan = service.create_plan(code="KZ-UZ-2025", title="План с Узбекистаном")
    sector = service.add_sector(plan.id, "Экономика")
    service.add_measure(plan.id, sector.id, title="Бизнес-форум")
    service.store.close()
    return url


def test_switching_stores_shows_the_other_plan_and_writes_there(window, tmp_path) -> None:
    first_service = window.service
    url = other_store(tmp_path)
    assert window.switch_store(url, False)
    assert window.plan is not None and window.plan.code == "KZ-UZ-2025"
    assert "second.db" in window.windowTitle()
    assert window.measure_model.rowCount() == 1
    measure_id = window.measure_model.measure_id(0)
    window.workspace.edit_measure(measure_id, {"title": "Бизнес-форум в Ташкенте"})
    again = PlanService(open_store(url))
    assert again.get_measure(measure_id).title == "Бизнес-форум в Ташкенте"
    assert all(p.code != "KZ-UZ-2025" for p in first_service.list_plans())
    assert recent_stores()[0] == url


def test_a_file_that_is_not_a_store_leaves_the_window_as_it_was(
    window, tmp_path, message_boxes, qtbot
) -> None:
    foreign = tmp_path / "notes.db"
    foreign.write_bytes(b"not a database at all" * 100)
    before = foreign.read_bytes()
    code = window.plan.code
    assert not window.switch_store(f"sqlite:///{foreign}", False)
    assert window.plan.code == code
    assert foreign.read_bytes() == before
    qtbot.waitUntil(lambda: bool(message_boxes["warning"]))
    # The window still works on its store.
    first = window.measure_model.measure_id(0)
    window.workspace.edit_measure(first, {"notes": "ещё работает"})
    assert window.service.get_measure(first).notes == "ещё работает"


def test_the_dialog_lists_recent_stores_and_opens_the_chosen_one(window, tmp_path, qtbot) -> None:
    url = other_store(tmp_path)
    remember_store(url)
    dialog = OpenStoreDialog(window)
    qtbot.addWidget(dialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert str(tmp_path / "second.db") in labels
    dialog.list.setCurrentRow(labels.index(str(tmp_path / "second.db")))
    dialog._open_selected()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen == (url, False)


def test_recent_stores_never_keep_a_password() -> None:
    settings = QSettings()
    remember_store("postgresql+psycopg://olga:s3cret@server/coopdesk", settings)
    assert all("s3cret" not in entry for entry in recent_stores(settings))
    assert recent_stores(settings)[0] == "postgresql+psycopg://olga@server/coopdesk"
