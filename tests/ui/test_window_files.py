"""Stores and files (issue 14, item 5): File > Save a copy while the window stays
open, the automatic daily backup, and a sheet dropped onto the window."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from coopdesk.ui.exchange import ImportPreviewDialog

SHEET = Path(__file__).resolve().parents[1] / "data" / "partner-plan-en.xlsx"


def _titles_in(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT title FROM measure ORDER BY id")]
    finally:
        conn.close()


def _sqlite(window) -> bool:
    return window.service.store.sqlite_path is not None


def test_save_a_copy_while_the_window_stays_open(window, qtbot, tmp_path, monkeypatch) -> None:
    if not _sqlite(window):
        pytest.skip("a server store is backed up on the server (tested below)")
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    measure = window.service.list_measures(window.plan_id)[0]
    window.workspace.edit_measure(measure.id, {"title": "Edited before the copy"})
    window.save_copy_action.trigger()
    assert target.is_file()
    assert "Edited before the copy" in _titles_in(target)
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert str(target) in window.statusBar().currentMessage()
    # The window still works on its own store, not on the copy.
    window.workspace.edit_measure(measure.id, {"title": "After the copy"})
    assert window.service.get_measure(measure.id).title == "After the copy"
    assert "After the copy" not in _titles_in(target)


def test_a_copy_onto_the_store_itself_is_refused(window, message_boxes, qtbot) -> None:
    if not _sqlite(window):
        pytest.skip("SQLite only")
    from coopdesk.ui.backup_dialog import save_a_copy

    source = Path(window.service.store.sqlite_path)
    before = source.stat().st_size
    assert save_a_copy(window, str(source)) is None
    qtbot.waitUntil(lambda: bool(message_boxes["warning"]))
    assert "cannot replace the store" in message_boxes["warning"][0]
    assert source.stat().st_size == before
    assert window.service.list_plans()


def test_a_copy_into_a_missing_folder_says_so(window, message_boxes, qtbot, tmp_path) -> None:
    if not _sqlite(window):
        pytest.skip("SQLite only")
    from coopdesk.ui.backup_dialog import save_a_copy

    assert save_a_copy(window, str(tmp_path / "nowhere" / "copy.db")) is None
    qtbot.waitUntil(lambda: bool(message_boxes["warning"]))
    assert "does not exist" in message_boxes["warning"][0]
    assert not (tmp_path / "nowhere").exists()


def test_a_server_store_explains_pg_dump(window, message_boxes, qtbot) -> None:
    if _sqlite(window):
        from coopdesk.store.copies import server_backup_advice

        class Server:
            class url:
                database, host = "coopdesk", "db.example"

        assert "pg_dump -h db.example" in server_backup_advice(Server())  # type: ignore[arg-type]
        return
    window.save_copy_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes["warning"]))
    assert "pg_dump" in message_boxes["warning"][0]


def test_the_daily_backup_is_made_once_a_day_and_kept_n_days(window, tmp_path) -> None:
    if not _sqlite(window):
        pytest.skip("a server store is not copied")
    from PySide6.QtCore import QSettings

    from coopdesk.store.copies import daily_backups

    folder = tmp_path / "backups"
    QSettings().setValue("backup/folder", str(folder))
    QSettings().setValue("backup/keep_days", 3)
    try:
        keeper = window.backup_keeper
        source = Path(window.service.store.sqlite_path)
        start = date(2026, 3, 1)
        for offset in range(5):
            keeper._today = start + timedelta(days=offset)
            written = keeper.run()
            assert written is not None and written.is_file()
            assert "Daily backup saved" in window.statusBar().currentMessage()
            assert keeper.run() is None  # once a day
        days = [day for day, _path in daily_backups(source, folder)]
        assert days == [start + timedelta(days=n) for n in (2, 3, 4)]
        assert _titles_in(daily_backups(source, folder)[-1][1])
    finally:
        QSettings().remove("backup/folder")
        QSettings().remove("backup/keep_days")


def test_the_backups_dialog_says_where_and_backs_up_now(window, qtbot, tmp_path) -> None:
    if not _sqlite(window):
        pytest.skip("SQLite only")
    from PySide6.QtCore import QSettings

    from coopdesk.ui.backup_dialog import BackupDialog

    folder = tmp_path / "daily"
    QSettings().setValue("backup/folder", str(folder))
    try:
        dialog = BackupDialog(window, window.backup_keeper)
        qtbot.addWidget(dialog)
        assert dialog.folder.text() == str(folder)
        qtbot.mouseClick(dialog.now, Qt.MouseButton.LeftButton)
        assert dialog.list.count() == 1
        assert str(folder) in dialog.message.text()
        dialog.days.setValue(30)
        assert int(QSettings().value("backup/keep_days")) == 30
    finally:
        QSettings().remove("backup/folder")
        QSettings().remove("backup/keep_days")


def _drag(window, path: Path, drop: bool) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPoint(window.width() // 2, window.height() // 2)
    action = Qt.DropAction.CopyAction
    if not drop:
        event = QDragEnterEvent(
            point, action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    else:
        event = QDropEvent(
            QPointF(point), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def test_dropping_a_sheet_starts_the_import_with_its_preview(window, qtbot, monkeypatch) -> None:
    previews: list[str] = []

    def accept(dialog) -> int:
        previews.append(dialog.windowTitle())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    assert _drag(window, SHEET, drop=False)
    assert _drag(window, SHEET, drop=True)
    qtbot.waitUntil(lambda: len(window.service.list_plans()) == 2, timeout=10000)
    assert len(previews) == 1
    new = next(p for p in window.service.list_plans() if p.id != 1)
    assert new.measures == 27


def test_a_dropped_file_of_another_kind_is_not_taken(window, tmp_path, monkeypatch) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("not a plan")
    called: list[str] = []
    monkeypatch.setattr(window, "import_plan", lambda path=None: called.append(path))
    assert not _drag(window, other, drop=False)
    assert not _drag(window, other, drop=True)
    QApplication.processEvents()
    assert called == []
    assert len(window.service.list_plans()) == 1


def test_a_previewed_import_cancelled_leaves_the_store_as_it_was(
    window, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    before = [(m.id, m.title) for m in window.service.list_measures(window.plan_id)]
    assert _drag(window, SHEET, drop=False)
    assert _drag(window, SHEET, drop=True)
    qtbot.wait(200)
    assert len(window.service.list_plans()) == 1
    assert [(m.id, m.title) for m in window.service.list_measures(window.plan_id)] == before


def test_the_automatic_backup_copies_in_the_background(window, qtbot, tmp_path) -> None:
    """The copy runs in a thread of its own: start() returns at once, the window stays
    usable, and the status bar says when the backup is saved; a second start while the
    first copies does nothing."""
    if not _sqlite(window):
        pytest.skip("a server store is not copied")
    from PySide6.QtCore import QSettings

    from coopdesk.store.copies import daily_backups

    folder = tmp_path / "background"
    QSettings().setValue("backup/folder", str(folder))
    try:
        keeper = window.backup_keeper
        keeper.wait()
        keeper._today = date(2026, 4, 1)
        assert keeper.start()
        assert not keeper.start() or not keeper.running  # one copy at a time
        qtbot.waitUntil(lambda: "Daily backup saved" in window.statusBar().currentMessage())
        source = Path(window.service.store.sqlite_path)
        [(day, path)] = daily_backups(source, folder)
        assert day == date(2026, 4, 1) and _titles_in(path)
        keeper.wait()
        assert keeper.start()  # due again? no: today's is there, nothing is written
        keeper.wait()
        qtbot.wait(50)
        assert len(daily_backups(source, folder)) == 1
    finally:
        QSettings().remove("backup/folder")
