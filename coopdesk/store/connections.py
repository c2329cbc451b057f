"""Saved server connections: named URLs in a settings file, their passwords in the system keyring.

A department's shared plans live on a PostgreSQL server. Each person saves the
connection once (a name and a URL such as
``postgresql+psycopg://olga@db.mfa.local/plans``); File > Open store then offers it
by name. The settings file (``connections.json`` in the user's config folder) holds
names and URLs *without* their password, always; the password goes to the system
keyring (the ``keyring`` package: the Secret Service on Linux, the Keychain on macOS,
the Credential Locker on Windows) under the service ``"CoopDesk"`` and the user name
``"<connection name>:<login>"``. Where no keyring is available the password is not
kept at all: :meth:`ConnectionBook.full_url` asks for it each time.

Qt-free: the window's dialogs (``coopdesk.ui.connections``) are built on this.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from coopdesk.errors import NotFoundError, StoreError, ValidationError, msg

#: The keyring's service name for every CoopDesk password.
KEYRING_SERVICE = "CoopDesk"
#: The settings file, in the user's config folder.
FILE_NAME = "connections.json"

#: Asks the user for a connection's password: gets the connection and a reason to show
#: (why it is asked: "" or that no keyring keeps it); returns None when they cancel.
PasswordPrompt = Callable[["SavedConnection", str], "str | None"]

NO_KEYRING = (
    "No system keyring is available, so CoopDesk does not keep this password: "
    "it asks for it each time you open the connection."
)


@dataclass(frozen=True, slots=True)
class SavedConnection:
    """A named connection: its URL never holds a password."""

    name: str
    url: str

    @property
    def login(self) -> str:
        """The role (user name) it connects as ("" when the URL names none)."""
        return _parse(self.url).username or ""

    @property
    def keyring_user(self) -> str:
        """The user name its password is kept under in the keyring."""
        return f"{self.name}:{self.login}"

    def describe(self) -> str:
        """The URL for messages and lists (there is no password in it to hide)."""
        return _parse(self.url).render_as_string(hide_password=True)


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """What :meth:`ConnectionBook.save` did with a connection and its password."""

    connection: SavedConnection
    password_given: bool
    password_kept: bool

    @property
    def lost_password(self) -> bool:
        """A password was given but no keyring keeps it: it will be asked for each time."""
        return self.password_given and not self.password_kept


def default_connections_path() -> Path:
    """``connections.json`` in the user's config folder (not created here)."""
    from platformdirs import user_config_path

    return user_config_path("CoopDesk", appauthor=False) / FILE_NAME


def _parse(url: str) -> URL:
    try:
        return make_url(url)
    except (ArgumentError, ValueError):
        shown = url.split("@")[-1] if "@" in url else url
        raise ValidationError(
            msg(
                "'…{url}' is not a database URL (expected e.g. postgresql+psycopg://user@host/dbname)"
            ),
            url=shown,
        ) from None


def without_password(url: URL) -> str:
    """The URL with no password in it, for lists and settings."""
    # URL.set(password=None) leaves the password as it is ("None: unchanged").
    return url._replace(password=None).render_as_string(hide_password=False)


def keyring_available() -> bool:
    """Whether a system keyring can keep passwords here (not the "fail" or null backend)."""
    try:
        import keyring
    except ImportError:
        return False
    try:
        return float(keyring.get_keyring().priority) > 0
    except Exception:  # a broken backend is no keyring
        return False


class ConnectionBook:
    """The saved connections of one user: read and written in the settings file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else default_connections_path()

    # -- the settings file ------------------------------------------------------------------

    def connections(self) -> list[SavedConnection]:
        """Every saved connection, by name."""
        if not self.path.exists():
            return []
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            entries = data["connections"]
            found = [SavedConnection(str(e["name"]), str(e["url"])) for e in entries]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(
                msg(
                    "The saved connections in {path} cannot be read ({reason}); remove the file "
                    "to start afresh"
                ),
                path=str(self.path),
                reason=str(exc),
            ) from None
        return sorted(found, key=lambda c: c.name.casefold())

    def get(self, name: str) -> SavedConnection:
        """The connection saved as ``name``."""
        for connection in self.connections():
            if connection.name == name:
                return connection
        raise NotFoundError(msg("There is no saved connection '{name}'"), name=name)

    def _write(self, connections: list[SavedConnection]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"connections": [{"name": c.name, "url": c.url} for c in connections]}
        # Written whole, then moved over the old file: a crash never leaves half a file.
        fd, tmp = tempfile.mkstemp(prefix=".connections.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, ensure_ascii=False, indent=2)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def save(self, name: str, url: str, password: str | None = None) -> SaveOutcome:
        """Save (or replace) the connection ``name``.

        The password is ``password`` or the one in ``url``; the settings file gets the
        URL without it, and the keyring gets it. When a password was given but no
        keyring can keep it, :attr:`SaveOutcome.lost_password` is true: tell the user
        it will be asked for each time.
        """
        name = name.strip()
        if not name:
            raise ValidationError(msg("A saved connection needs a name"))
        parsed = _parse(url)
        secret = password if password is not None else parsed.password
        saved = SavedConnection(name, without_password(parsed))
        others = [c for c in self.connections() if c.name != name]
        old = next((c for c in self.connections() if c.name == name), None)
        self._write([*others, saved])
        if old is not None and old.keyring_user != saved.keyring_user:
            self._forget(old)
        if not secret:
            return SaveOutcome(saved, password_given=False, password_kept=False)
        return SaveOutcome(saved, password_given=True, password_kept=self._keep(saved, secret))

    def remove(self, name: str) -> None:
        """Forget a saved connection and its password."""
        connection = self.get(name)
        self._write([c for c in self.connections() if c.name != name])
        self._forget(connection)

    # -- the keyring ------------------------------------------------------------------------

    @staticmethod
    def _keep(connection: SavedConnection, password: str) -> bool:
        if not keyring_available():
            return False
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, connection.keyring_user, password)
        except KeyringError:
            return False
        return True

    @staticmethod
    def _forget(connection: SavedConnection) -> None:
        if not keyring_available():
            return
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        # Nothing kept, or a keyring that cannot delete: nothing to undo either way.
        with contextlib.suppress(PasswordDeleteError, KeyringError):
            keyring.delete_password(KEYRING_SERVICE, connection.keyring_user)

    @staticmethod
    def password(connection: SavedConnection) -> str | None:
        """The password the keyring keeps for ``connection``, or None."""
        if not keyring_available():
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(KEYRING_SERVICE, connection.keyring_user)
        except KeyringError:
            return None

    def full_url(
        self, connection: SavedConnection | str, ask: PasswordPrompt | None = None
    ) -> str | None:
        """The URL to open ``connection`` with, its password (from the keyring) in it.

        When the keyring keeps no password, ``ask`` is called (with the reason to show
        when no keyring is available at all); None from it means the user cancelled,
        and so does the return value. Without ``ask``, or when they leave it empty, the
        URL goes without a password (the server may not need one: ``.pgpass``, peer
        or trust authentication). Hand the result to ``open_store``; show
        ``connection.describe()`` or ``Store.describe()``, never this URL.
        """
        saved = self.get(connection) if isinstance(connection, str) else connection
        secret = self.password(saved)
        if secret is None and ask is not None:
            secret = ask(saved, "" if keyring_available() else NO_KEYRING)
            if secret is None:
                return None
        parsed = _parse(saved.url)
        if secret:
            parsed = parsed.set(password=secret)
        return parsed.render_as_string(hide_password=False)


__all__ = [
    "FILE_NAME",
    "KEYRING_SERVICE",
    "NO_KEYRING",
    "ConnectionBook",
    "PasswordPrompt",
    "SaveOutcome",
    "SavedConnection",
    "default_connections_path",
    "keyring_available",
]
