"""The Help menu: keyboard shortcuts, the user guide, and the first-start hint.

* **Help > Keyboard shortcuts** lists every action of the window that has keys,
  read from the window's menus and actions at the moment it opens (so an action
  another module adds shows up too), with the translated text of each, plus the
  keys of the editor and the calendar that are not actions.
* **Help > User guide** shows the short manual that ships with CoopDesk
  (``resources/guide/guide_<lang>.md``, with pictures beside it) in a
  :class:`QTextBrowser`, in the window's language (English when there is none).
* :func:`first_start_hint` is the note shown on a store that had no plan when the
  window opened (the sample plan was loaded into it).
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis ("&Open store…" → "Open store")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def keys_text(action: QAction) -> str:
    """An action's shortcuts as the user's system writes them ("Ctrl+O, Ctrl+Shift+O")."""
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText)
        for s in action.shortcuts()
        if not s.isEmpty()
    )


def window_shortcuts(window: QWidget) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action of ``window`` that has keys.

    Actions are found through the menu bar (named by their menu path), then any
    other action of the window with keys (named "Window").
    """
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} › {plain(sub.title())}")
                continue
            keys = keys_text(action)
            if keys and id(action) not in seen:
                seen.add(id(action))
                rows.append((path, plain(action.text()), keys))

    bar = window.menuBar() if hasattr(window, "menuBar") else None
    if bar is not None:
        for top in bar.actions():
            menu = top.menu()
            if isinstance(menu, QMenu):
                walk(menu, plain(menu.title()))
    others = _tr("Window")
    for action in window.findChildren(QAction):
        keys = keys_text(action)
        if keys and id(action) not in seen and plain(action.text()):
            seen.add(id(action))
            rows.append((others, plain(action.text()), keys))
    return rows


def other_keys() -> list[tuple[str, str, str]]:
    """Keys of the editor and the calendar that are not actions of the window."""
    editor, calendar = _tr("Measure editor"), _tr("Calendar")
    return [
        (editor, _tr("Save the field and go to the next one"), _tr("Enter")),
        (editor, _tr("Line break in the title"), _tr("Shift+Enter")),
        (editor, _tr("Save the description or the notes"), _tr("Ctrl+Enter")),
        (editor, _tr("Go to a field"), _tr("Alt+the underlined letter of its label")),
        (editor, _tr("Type a date straight through"), _tr("day, month, year: 12042023")),
        (calendar, _tr("Previous / next month"), _tr("Page Up / Page Down")),
        (calendar, _tr("Previous / next year"), _tr("Ctrl+Page Up / Ctrl+Page Down")),
        (calendar, _tr("Today"), _tr("Home")),
        (calendar, _tr("Open the selected measure"), _tr("Enter")),
    ]


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: a filterable table built from the window's actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Find an action or a key…"))
        self.search.setClearButtonEnabled(True)
        self.table = QTableWidget(self)
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        rows = window_shortcuts(window) + other_keys()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.resize(720, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """The rows shown (not hidden by the search)."""
        found = []
        for r in range(self.table.rowCount()):
            if not self.table.isRowHidden(r):
                items = [self.table.item(r, c) for c in range(3)]
                found.append(tuple(i.text() if i else "" for i in items))
        return found  # type: ignore[return-value]

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        for r in range(self.table.rowCount()):
            texts = " ".join((self.table.item(r, c) or QTableWidgetItem()).text() for c in range(3))
            self.table.setRowHidden(r, bool(needle) and needle not in texts.casefold())


def guide_path(lang: str) -> Path | None:
    """The user guide file in ``lang`` (English when there is none in it)."""
    folder = files("coopdesk.resources").joinpath("guide")
    for name in (f"guide_{lang}.md", "guide_en.md"):
        resource = folder.joinpath(name)
        if resource.is_file():
            with as_file(resource) as path:
                return Path(path)
    return None


class UserGuideDialog(QDialog):
    """Help > User guide: the manual that ships with CoopDesk, in a text browser."""

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        from coopdesk.ui.i18n import current_language

        self.setWindowTitle(self.tr("CoopDesk user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.path = guide_path(lang or current_language())
        if self.path is not None:
            self.browser.setSearchPaths([str(self.path.parent)])
            self.browser.setSource(
                QUrl.fromLocalFile(str(self.path)), QTextDocument.ResourceType.MarkdownResource
            )
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(900, 720)


def first_start_hint() -> str:
    """The note on a store that was empty when the window opened."""
    return _tr(
        "This store was empty, so CoopDesk loaded a sample plan to look around in. "
        "Start your own with File > New plan, or bring one in with File > Import "
        "(an Excel or CSV sheet, or drop the file onto the window). "
        "Help > User guide (F1) walks through a plan from draft to report."
    )


class FirstStartBanner(QFrame):
    """The note over the table on a first start: what the sample is, and where to begin."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("firstStartBanner")
        self.setStyleSheet("#firstStartBanner { background: #e8f0fe; border: 1px solid #a8c7fa; }")
        self.text = QLabel(first_start_hint(), self)
        self.text.setWordWrap(True)
        self.new_plan = QPushButton(self.tr("New plan…"), self)
        self.new_plan.clicked.connect(window.new_plan_action.trigger)
        self.import_file = QPushButton(self.tr("Import…"), self)
        self.import_file.clicked.connect(window.import_action.trigger)
        self.guide = QPushButton(self.tr("User guide"), self)
        self.guide.clicked.connect(lambda: UserGuideDialog(window).exec())
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this note"))
        self.close_button.clicked.connect(self.hide)
        # The note over its whole width, the buttons under it: it reads in a narrow window.
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        for button in (self.new_plan, self.import_file, self.guide):
            row.addWidget(button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 4, 6)
        column.addLayout(top)
        column.addLayout(row)


def show_first_start_hint(window: MainWindow) -> FirstStartBanner:
    """Show the first-start note above the window's table (the store was empty)."""
    banner = FirstStartBanner(window)
    centre = window.read_only_banner.parentWidget()
    column = centre.layout() if centre is not None else None
    assert isinstance(column, QVBoxLayout)  # the centre column of the window
    column.insertWidget(0, banner)
    window.first_start_banner = banner  # type: ignore[attr-defined]
    window.statusBar().showMessage(
        _tr("A sample plan was loaded into the empty store: see the note above the table."),
        10000,
    )
    return banner


def install_help(window: MainWindow) -> None:
    """Add Help > Keyboard shortcuts and Help > User guide to ``window``'s Help menu,
    and a tooltip to every toolbar button that lacks one."""
    tr = window.tr
    window.shortcuts_action = window._action(  # type: ignore[attr-defined]
        tr("&Keyboard shortcuts"), lambda: ShortcutsDialog(window).exec(), "Ctrl+F1"
    )
    window.guide_action = window._action(  # type: ignore[attr-defined]
        tr("User &guide"),
        lambda: UserGuideDialog(window).exec(),
        QKeySequence.StandardKey.HelpContents,
    )
    about = window.about_action
    help_menu: QMenu | None = None
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and about in menu.actions():
            help_menu = menu
    if help_menu is not None:
        help_menu.insertAction(about, window.guide_action)  # type: ignore[attr-defined]
        help_menu.insertAction(about, window.shortcuts_action)  # type: ignore[attr-defined]
        help_menu.insertSeparator(about)
    add_toolbar_tips(window)


def add_toolbar_tips(window: MainWindow) -> None:
    """Every toolbar button says what it does, with its keys ("Undo Edit title (Ctrl+Z)").

    The tip follows the action's text as it changes (Undo names the step to undo).
    """
    for action in window.toolbar.actions():
        if action.isSeparator() or not action.text():
            continue
        given = action.toolTip()
        # Qt's default tip is the text without "&"; a tip written on purpose is kept.
        written = given if given and given != plain(action.text()) else ""
        _apply_tip(action, written)
        action.changed.connect(lambda a=action, w=written: _apply_tip(a, w))


def _apply_tip(action: QAction, written: str) -> None:
    tip = written or plain(action.text())
    keys = keys_text(action)
    if keys and keys not in tip:
        tip = f"{tip} ({keys})"
    if action.toolTip() != tip:
        action.setToolTip(tip)  # emits changed once more; the tip is then the same


__all__ = [
    "FirstStartBanner",
    "ShortcutsDialog",
    "UserGuideDialog",
    "add_toolbar_tips",
    "first_start_hint",
    "guide_path",
    "install_help",
    "other_keys",
    "show_first_start_hint",
    "window_shortcuts",
]
