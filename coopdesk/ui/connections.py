"""The window's side of saved server connections: asking for a password, saying where it went.

Built on :mod:`coopdesk.store.connections` (the settings file and the keyring). For
File > Open store:

* :func:`saved_connections` lists what to offer (names; show ``describe()``, never a
  URL with a password);
* :func:`url_to_open` gives the URL to hand to ``open_store`` for the chosen one,
  asking for the password when the keyring keeps none (None: the user cancelled);
* :func:`save_connection` saves one, and tells the user when no keyring can keep its
  password (it will then be asked for each time; it is never written to a file).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from coopdesk.store.connections import (
    ConnectionBook,
    PasswordPrompt,
    SavedConnection,
    SaveOutcome,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SavedConnections", text)


def saved_connections(book: ConnectionBook | None = None) -> list[SavedConnection]:
    """The saved connections, by name."""
    return (book or ConnectionBook()).connections()


def password_prompt(parent: QWidget | None) -> PasswordPrompt:
    """A prompt for :meth:`ConnectionBook.full_url` that asks in a password field."""

    def ask(connection: SavedConnection, reason: str) -> str | None:
        label = _tr("Password of {login} for “{name}” ({where}):").format(
            login=connection.login or _tr("(no user)"),
            name=connection.name,
            where=connection.describe(),
        )
        if reason:
            # The store gives the reason in English; the window words it itself.
            note = _tr("No system keyring is available, so CoopDesk does not keep passwords.")
            label = f"{note}\n\n{label}"
        text, ok = QInputDialog.getText(
            parent, _tr("Open saved connection"), label, QLineEdit.EchoMode.Password
        )
        return text if ok else None

    return ask


def url_to_open(
    parent: QWidget | None, name: str, book: ConnectionBook | None = None
) -> str | None:
    """The URL (password included) to open the saved connection ``name``; None if cancelled."""
    return (book or ConnectionBook()).full_url(name, ask=password_prompt(parent))


def save_connection(
    parent: QWidget | None,
    name: str,
    url: str,
    password: str | None = None,
    book: ConnectionBook | None = None,
) -> SaveOutcome:
    """Save a connection (its password, given or in ``url``, to the keyring).

    When no keyring can keep the password, the user is told it will be asked for each
    time (it is never written to the settings file).
    """
    outcome = (book or ConnectionBook()).save(name, url, password)
    if outcome.lost_password:
        QMessageBox.information(
            parent,
            _tr("Saved connection"),
            _tr(
                "“{name}” is saved without its password: no system keyring is available, "
                "so CoopDesk will ask for the password each time you open it."
            ).format(name=outcome.connection.name),
        )
    return outcome
