"""File > Open store: a SQLite file, a recent store, or a saved server connection.

Recent stores are remembered in the settings by what they are (a file's path or a
server URL *without* its password); a server's password lives in the system keyring
(see :mod:`coopdesk.store.connections`), never in a settings file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.store.connections import ConnectionBook, without_password
from coopdesk.ui.connections import save_connection, url_to_open

# How many recent stores File > Open store remembers.
RECENT_LIMIT = 8
_RECENT_KEY = "stores/recent"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenStoreDialog", text)


def recent_stores(settings: QSettings | None = None) -> list[str]:
    """Recent stores, newest first: SQLite URLs, or "connection:NAME" for a saved one."""
    value = (settings or QSettings()).value(_RECENT_KEY, [])
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        return []
    return [str(v) for v in value][:RECENT_LIMIT]


def remember_store(entry: str, settings: QSettings | None = None) -> None:
    """Put a store at the top of the recent list (never with a password in it)."""
    from sqlalchemy.engine import make_url

    if not entry.startswith("connection:"):
        url = make_url(entry)
        if url.password:
            entry = without_password(url)
    settings = settings or QSettings()
    recent = [e for e in recent_stores(settings) if e != entry]
    settings.setValue(_RECENT_KEY, [entry, *recent][:RECENT_LIMIT])


def _label(entry: str) -> str:
    if entry.startswith("connection:"):
        return _tr("Server: %1").replace("%1", entry.removeprefix("connection:"))
    if entry.startswith("sqlite:///"):
        return entry.removeprefix("sqlite:///")
    return entry


class OpenStoreDialog(QDialog):
    """Choose the store to open: recent ones, saved connections, a file, a new connection."""

    def __init__(self, parent: QWidget | None = None, book: ConnectionBook | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Open store"))
        self.resize(640, 420)
        self.book = book or ConnectionBook()
        # What to open once accepted: (url, create) — create only for a new file.
        self.chosen: tuple[str, bool | None] | None = None
        self.entry = ""
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _i: self._open_selected())
        label = QLabel(_tr("&Recent stores and saved server connections:"), self)
        label.setBuddy(self.list)
        self.open_file = QPushButton(_tr("Open &file…"), self)
        self.new_file = QPushButton(_tr("&New store file…"), self)
        self.new_server = QPushButton(_tr("New &server connection…"), self)
        self.remove = QPushButton(_tr("&Forget"), self)
        self.open_file.clicked.connect(self._choose_file)
        self.new_file.clicked.connect(self._new_file)
        self.new_server.clicked.connect(self._add_connection)
        self.remove.clicked.connect(self._forget)
        side = QVBoxLayout()
        for button in (self.open_file, self.new_file, self.new_server, self.remove):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(side)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._open_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(row, 1)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        seen = set()
        entries = recent_stores()
        entries += [f"connection:{c.name}" for c in self.book.connections()]
        for entry in entries:
            if entry in seen:
                continue
            seen.add(entry)
            item = QListWidgetItem(_label(entry), self.list)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            if entry.startswith("connection:"):
                saved = self.book.get(entry.removeprefix("connection:"))
                if saved is not None:
                    item.setToolTip(saved.describe())
        if self.list.count():
            self.list.setCurrentRow(0)

    def _open_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.open_entry(str(item.data(Qt.ItemDataRole.UserRole)))

    def open_entry(self, entry: str, create: bool | None = False) -> None:
        """Accept the dialog with this store (asking a server's password when needed)."""
        if entry.startswith("connection:"):
            url = url_to_open(self, entry.removeprefix("connection:"), self.book)
            if url is None:
                return
            self.chosen = (url, False)
        else:
            self.chosen = (entry, create)
        self.entry = entry
        self.accept()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            _tr("Open a CoopDesk store"),
            "",
            _tr("CoopDesk stores (*.db *.sqlite);;All files (*)"),
        )
        if path:
            self.open_entry(f"sqlite:///{path}", create=False)

    def _new_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("New CoopDesk store"), "plans.db", _tr("CoopDesk stores (*.db)")
        )
        if path:
            self.open_entry(f"sqlite:///{path}", create=True)

    def _add_connection(self) -> None:
        dialog = ConnectionDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, url, password = dialog.values()
        save_connection(self, name, url, password or None, self.book)
        self._fill()
        items = self.list.findItems(_label(f"connection:{name}"), Qt.MatchFlag.MatchExactly)
        if items:
            self.list.setCurrentItem(items[0])

    def _forget(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        entry = str(item.data(Qt.ItemDataRole.UserRole))
        if entry.startswith("connection:"):
            self.book.remove(entry.removeprefix("connection:"))
        settings = QSettings()
        settings.setValue(_RECENT_KEY, [e for e in recent_stores(settings) if e != entry])
        self._fill()


class ConnectionDialog(QDialog):
    """A new saved server connection: a name, the server's URL, and its password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("New server connection"))
        self.name = QLineEdit(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("postgresql+psycopg://login@server/coopdesk")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        note = QLabel(
            _tr("The password is kept in the system keyring, never in a settings file."), self
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("&Name:"), self.name)
        form.addRow(_tr("Server &URL:"), self.url)
        form.addRow(_tr("&Password:"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> tuple[str, str, str]:
        """Name, URL and password as typed."""
        return self.name.text().strip(), self.url.text().strip(), self.password.text()

    def _accept(self) -> None:
        name, url, _password = self.values()
        if not name or not url:
            self.error.setText(_tr("A connection needs a name and a server URL."))
            self.error.show()
            return
        self.accept()
