"""Keyboard entry in the measure form (issue 14, item 2).

Tab visits the fields in the order they are shown; every label's Alt+letter is its
own (in English, Russian and Kazakh, and never a letter of the menu bar or the
Table/Calendar tabs); Enter in a one-line field saves it and moves on; Enter never
breaks a title (Shift+Enter does); date fields take a date typed straight through.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QWidget

from coopdesk.ui import i18n
from tests.ui.conftest import type_text


def _measure(window, number: str):
    return next(m for m in window.service.list_measures(window.plan_id) if m.number == number)


def _open(window, qtbot, number: str):
    measure = _measure(window, number)
    assert window.select_measure(measure.id)
    qtbot.waitUntil(lambda: window.editor.measure_id == measure.id)
    return measure


def test_tab_follows_the_layout(window, qtbot) -> None:
    _open(window, qtbot, "2.1.2")
    form = window.editor.form
    shown = sorted(
        form.labels,
        key=lambda name: getattr(form, name).mapTo(form, getattr(form, name).rect().topLeft()).y(),
    )
    assert shown[:6] == ["number", "sector", "title", "description", "timing", "status"]
    form.number.setFocus()
    qtbot.waitUntil(form.number.hasFocus)
    visited = []
    for _ in range(len(shown) - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        visited.append(next(n for n in form.labels if getattr(form, n) is focused))
    assert visited == shown[1:]


def _mnemonic(text: str) -> str | None:
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].casefold() if 0 <= at < len(text) - 1 else None


def _window_letters(window) -> set[str]:
    """Alt+letters the window already uses: menu bar titles and the views' tabs."""
    letters = {_mnemonic(a.text()) for a in window.menuBar().actions()}
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            letters |= {_mnemonic(tabs.tabText(i)) for i in range(tabs.count())}
    return {letter for letter in letters if letter}


@pytest.fixture(params=["en", "ru", "kk"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:
    from coopdesk.ui.app import make_application

    app = make_application()
    if request.param != "en":
        assert i18n.install_translators(app, request.param) == request.param
    yield request.param
    i18n.remove_translators(app)


def test_every_label_has_its_own_mnemonic(language, qtbot, sample) -> None:
    from coopdesk.ui.main_window import MainWindow

    service, _plan = sample
    win = MainWindow(today=date(2024, 3, 28))
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.plan_loaded, timeout=5000):
        win.attach(service)
    win.show()
    form = win.editor.form
    letters = {name: _mnemonic(label.text()) for name, label in form.labels.items()}
    assert None not in letters.values(), letters
    assert len(set(letters.values())) == len(letters), letters
    clashes = {n: x for n, x in letters.items() if x in _window_letters(win)}
    assert not clashes, f"{language}: {clashes} clash with the menu bar or the tabs"
    if language != "en":
        assert form.labels["title"].text() != "T&itle:"  # the translation is in use


def test_alt_letter_puts_the_focus_on_its_field(window, qtbot) -> None:
    _open(window, qtbot, "2.1.2")
    form = window.editor.form
    window.activateWindow()
    for name in ("timing", "status", "location", "notes", "form"):
        letter = _mnemonic(form.labels[name].text())
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier
        )
        qtbot.waitUntil(lambda n=name: getattr(form, n).hasFocus(), timeout=2000)


def test_enter_saves_a_one_line_field_and_moves_on(window, qtbot) -> None:
    measure = _open(window, qtbot, "2.1.2")
    form = window.editor.form
    form.timing.setFocus()
    form.timing.selectAll()
    qtbot.keyClicks(form.timing, "Q3 2024")
    qtbot.keyClick(form.timing, Qt.Key.Key_Return)
    assert window.service.get_measure(measure.id).timing.text == "Q3 2024"
    assert form.status.hasFocus()  # the next field of the layout
    form.location.setFocus()
    form.location.selectAll()
    type_text(form.location, "Астана")
    qtbot.keyClick(form.location, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert window.service.get_measure(measure.id).location == "Астана"
    assert form.priority.hasFocus()


def test_enter_in_the_title_saves_it_without_a_line_break(window, qtbot) -> None:
    measure = _open(window, qtbot, "2.1.2")
    form = window.editor.form
    form.title.setFocus()
    form.title.selectAll()
    qtbot.keyClicks(form.title, "Joint session")
    qtbot.keyClick(form.title, Qt.Key.Key_Return)
    assert window.service.get_measure(measure.id).title == "Joint session"
    assert form.title.toPlainText() == "Joint session"
    assert form.description.hasFocus()
    form.title.setFocus()
    form.title.moveCursor(form.title.textCursor().MoveOperation.End)
    qtbot.keyClick(form.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(form.title, "of the commission")
    assert form.title.toPlainText() == "Joint session\nof the commission"
    qtbot.keyClick(form.title, Qt.Key.Key_Tab)
    assert window.service.get_measure(measure.id).title == "Joint session\nof the commission"


def test_enter_in_the_description_still_breaks_lines(window, qtbot) -> None:
    measure = _open(window, qtbot, "2.1.2")
    form = window.editor.form
    form.description.setFocus()
    form.description.selectAll()
    qtbot.keyClicks(form.description, "one")
    qtbot.keyClick(form.description, Qt.Key.Key_Return)
    qtbot.keyClicks(form.description, "two")
    assert form.description.hasFocus()
    qtbot.keyClick(form.description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.service.get_measure(measure.id).description == "one\ntwo"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("12042023", date(2023, 4, 12)),
        ("1.4.2023", date(2023, 4, 1)),
        ("5 11 24", date(2024, 11, 5)),
        ("29022024", date(2024, 2, 29)),
    ],
)
def test_a_date_field_takes_a_date_typed_straight_through(qtbot, typed, expected) -> None:
    from coopdesk.ui.date_field import DateField

    holder = QWidget()
    qtbot.addWidget(holder)
    field = DateField(holder)
    field.setDate(QDate(2020, 1, 1))
    holder.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, typed)
    field.clearFocus()
    assert field.date().toPython() == expected
    assert field.text() == expected.strftime("%d.%m.%Y")


def test_a_date_the_month_does_not_have_is_refused(qtbot) -> None:
    from coopdesk.ui.date_field import DateField

    field = DateField()
    qtbot.addWidget(field)
    field.setDate(QDate(2020, 1, 1))
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, "31022023")
    assert "b00020" in field.styleSheet()  # shown in red while it is no date
    field.clearFocus()
    assert field.date().toPython() == date(2020, 1, 1)  # the date it had
    assert "31022023" in field.toolTip()


def test_the_plan_dialog_dates_take_typed_dates(window, qtbot, monkeypatch) -> None:
    from coopdesk.ui.plan_dialog import PlanDialog

    shown: list[PlanDialog] = []

    def fake_exec(dialog) -> int:
        shown.append(dialog)
        dialog.show()
        start = dialog.period_start
        start.enabled.setChecked(True)
        start.edit.setFocus()
        qtbot.keyClicks(start.edit, "01032023")
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return 1

    monkeypatch.setattr(PlanDialog, "exec", fake_exec)
    window.edit_plan()
    assert shown
    assert window.service.get_plan(window.plan_id).period[0] == date(2023, 3, 1)


def test_new_measure_dialog_takes_the_same_keys(window, qtbot) -> None:
    from coopdesk.ui.editor import NewMeasureDialog

    dialog = NewMeasureDialog(window.service.list_sectors(window.plan_id), None, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.title.setFocus()
    qtbot.keyClicks(dialog.form.title, "Visit")
    qtbot.keyClick(dialog.form.title, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter moved on, it did not close the dialog
    assert dialog.focusWidget() is dialog.form.description
    assert dialog.values()["title"] == "Visit"
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    assert len(labels) == len(dialog.form.labels)
