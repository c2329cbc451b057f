"""Help (issue 14, item 7): keyboard shortcuts from the window's actions, the user
guide that ships with CoopDesk, a tooltip on every toolbar button, and the note on a
first start."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QToolButton

from coopdesk.ui.help import ShortcutsDialog, UserGuideDialog, guide_path, plain


def _help_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if plain(a.text()) == "Help")


def test_help_menu_has_shortcuts_and_the_guide(window) -> None:
    texts = [plain(a.text()) for a in _help_menu(window).actions() if not a.isSeparator()]
    assert texts[:2] == ["User guide", "Keyboard shortcuts"]
    assert texts[-1] == "About CoopDesk"


def test_the_shortcuts_dialog_lists_the_windows_actions(window, qtbot, monkeypatch) -> None:
    shown: list[ShortcutsDialog] = []

    def look(dialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ShortcutsDialog, "exec", look)
    window.shortcuts_action.trigger()
    (dialog,) = shown
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert ("File", "Open store", "Ctrl+O") in rows
    assert ("Edit", "New measure", "Ctrl+N") in rows
    assert ("File", "Save a copy", "Ctrl+Shift+S") in rows
    assert any(r[1] == "Redo" and "Ctrl+Y" in r[2] for r in rows)
    assert any(r[1] == "Previous / next year" for r in rows)
    # Every action of the window with keys is listed (generated, not a fixed list).
    keyed = {plain(a.text()) for a in window.actions() if not a.shortcut().isEmpty()}
    assert keyed <= {r[1] for r in rows}
    dialog.show()
    qtbot.keyClicks(dialog.search, "sector")
    left = dialog.rows()
    assert left and all("sector" in " ".join(r).casefold() for r in left)


def test_the_user_guide_ships_in_english_and_russian_with_pictures(qtbot) -> None:
    for lang in ("en", "ru", "kk"):
        path = guide_path(lang)
        assert path is not None and path.name == f"guide_{lang}.md"
        for picture in ("main-window.png", "calendar-month.png"):
            assert f"({picture})" in path.read_text(encoding="utf-8")
            assert (path.parent / picture).is_file()
    dialog = UserGuideDialog(lang="ru")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Руководство пользователя CoopDesk" in text
    assert "Сохранить копию" in text
    image = dialog.browser.loadResource(
        QTextDocument.ResourceType.ImageResource.value, QUrl("main-window.png")
    )
    assert isinstance(image, QByteArray | QImage | bytes) and len(image) > 1000


def test_the_guide_opens_from_the_menu_in_the_windows_language(window, monkeypatch) -> None:
    opened: list[UserGuideDialog] = []
    monkeypatch.setattr(UserGuideDialog, "exec", lambda d: opened.append(d) or 0)
    window.guide_action.trigger()
    assert opened and "CoopDesk user guide" in opened[0].browser.toPlainText()
    assert window.guide_action.shortcut().toString() == "F1"


def test_every_toolbar_button_has_a_tooltip(window, qtbot) -> None:
    buttons = [
        window.toolbar.widgetForAction(a)
        for a in window.toolbar.actions()
        if not a.isSeparator() and a.text()
    ]
    assert len(buttons) >= 9
    for button in buttons:
        assert isinstance(button, QToolButton)
        tip = button.toolTip()
        assert tip and len(tip) > 3, button.defaultAction().text()
    new = window.toolbar.widgetForAction(window.new_measure_action)
    assert "Ctrl+N" in new.toolTip()
    # Undo's tip follows the step it would undo, keys included.
    measure = window.service.list_measures(window.plan_id)[0]
    window.workspace.edit_measure(measure.id, {"location": "Астана"})
    undo = window.toolbar.widgetForAction(window.undo_action)
    assert "Undo" in undo.toolTip() and "Ctrl+Z" in undo.toolTip()
    assert undo.toolTip() != "Undo (Ctrl+Z)"


def test_a_first_start_shows_a_hint_besides_the_sample(qtbot, sqlite_url, monkeypatch) -> None:
    from coopdesk.ui.app import make_application, open_workspace
    from coopdesk.ui.main_window import MainWindow

    make_application()
    win = MainWindow()
    qtbot.addWidget(win)
    assert open_workspace(win, sqlite_url)
    win.show()
    banner = win.first_start_banner
    assert banner.isVisible()
    assert "sample plan" in banner.text.text() and "File > New plan" in banner.text.text()
    called: list[str] = []
    monkeypatch.setattr(win, "new_plan", lambda: called.append("new"))
    win.new_plan_action.triggered.disconnect()
    win.new_plan_action.triggered.connect(lambda: win.new_plan())
    qtbot.mouseClick(banner.new_plan, Qt.MouseButton.LeftButton)
    assert called == ["new"]
    qtbot.mouseClick(banner.close_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()


def test_a_store_with_plans_shows_no_hint(qtbot, sqlite_url) -> None:
    from coopdesk.ui.app import make_application, open_workspace
    from coopdesk.ui.main_window import MainWindow

    make_application()
    first = MainWindow()
    qtbot.addWidget(first)
    assert open_workspace(first, sqlite_url)
    first.service.store.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert open_workspace(again, sqlite_url)
    assert getattr(again, "first_start_banner", None) is None
