"""UI fixtures: a main window on a store holding the sample plan."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Never leave a modal message box open: record what would have been shown.

    ``question`` answers Yes unless a test sets ``message_boxes["answer"]``.
    """
    shown: dict = {"warning": [], "critical": [], "information": [], "question": [], "answer": True}

    def record(kind: str):
        def show(_parent, _title, text, *args, **kwargs):
            shown[kind].append(text)
            if kind == "question":
                return (
                    QMessageBox.StandardButton.Yes
                    if shown["answer"]
                    else QMessageBox.StandardButton.No
                )
            return QMessageBox.StandardButton.Ok

        return show

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


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


def type_text(widget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Cyrillic and Kazakh letters included.

    QTest's keyClicks handles ASCII only (it aborts on other letters), so each
    character is sent as a real key press and release carrying its text.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )
