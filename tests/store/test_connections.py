"""Saved server connections: the password goes to the keyring, never to the settings file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from sqlalchemy.engine import make_url

from coopdesk.errors import NotFoundError, ValidationError
from coopdesk.store.connections import (
    KEYRING_SERVICE,
    NO_KEYRING,
    ConnectionBook,
    SavedConnection,
    default_connections_path,
    keyring_available,
)

SECRET = "p@ss:w/rd-Сек"


class MemoryKeyring(KeyringBackend):
    """A keyring held in a dict, standing in for the system's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _everything_written(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_the_password_goes_to_the_keyring_never_to_the_file(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    book = ConnectionBook(tmp_path / "config" / "connections.json")
    url = make_url("postgresql+psycopg://olga@db.mfa.local:5432/plans").set(password=SECRET)
    outcome = book.save("Office", url.render_as_string(hide_password=False))
    assert (outcome.password_given, outcome.password_kept, outcome.lost_password) == (
        True,
        True,
        False,
    )
    written = _everything_written(tmp_path)
    assert written  # the file is there...
    for form in (SECRET, "p@ss", "w/rd", "%40ss"):
        assert form.encode() not in written  # ...without the password in any form
    stored = json.loads((tmp_path / "config" / "connections.json").read_text(encoding="utf-8"))
    assert stored == {
        "connections": [
            {"name": "Office", "url": "postgresql+psycopg://olga@db.mfa.local:5432/plans"}
        ]
    }
    assert memory_keyring.items == {(KEYRING_SERVICE, "Office:olga"): SECRET}
    (saved,) = book.connections()
    assert saved == SavedConnection("Office", "postgresql+psycopg://olga@db.mfa.local:5432/plans")
    full = book.full_url("Office")
    assert full is not None and make_url(full).password == SECRET
    assert make_url(full).username == "olga" and make_url(full).host == "db.mfa.local"
    assert SECRET not in saved.describe()


def test_a_password_given_apart_is_kept_and_replacing_a_connection_moves_it(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    book = ConnectionBook(tmp_path / "connections.json")
    book.save("Office", "postgresql+psycopg://olga@db/plans", password=SECRET)
    assert memory_keyring.items == {(KEYRING_SERVICE, "Office:olga"): SECRET}
    # Saved again as another login: the old login's password is forgotten.
    book.save("Office", "postgresql+psycopg://ivan@db/plans", password="other-secret")
    assert memory_keyring.items == {(KEYRING_SERVICE, "Office:ivan"): "other-secret"}
    assert [c.url for c in book.connections()] == ["postgresql+psycopg://ivan@db/plans"]
    book.remove("Office")
    assert book.connections() == []
    assert memory_keyring.items == {}
    assert b"secret" not in _everything_written(tmp_path)


def test_without_a_keyring_the_password_is_asked_each_time(
    tmp_path: Path, no_keyring: None
) -> None:
    assert keyring_available() is False
    book = ConnectionBook(tmp_path / "connections.json")
    url = make_url("postgresql+psycopg://olga@db/plans").set(password=SECRET)
    outcome = book.save("Office", url.render_as_string(hide_password=False))
    assert outcome.lost_password is True
    assert SECRET.encode() not in _everything_written(tmp_path)
    asked: list[tuple[str, str]] = []

    def ask(connection: SavedConnection, reason: str) -> str | None:
        asked.append((connection.name, reason))
        return SECRET

    full = book.full_url("Office", ask=ask)
    assert full is not None and make_url(full).password == SECRET
    assert asked == [("Office", NO_KEYRING)]
    assert b"%40ss" not in _everything_written(tmp_path)
    assert book.full_url("Office", ask=lambda connection, reason: None) is None  # cancelled
    # No prompt at hand: the URL goes without one (.pgpass or trust may serve).
    assert make_url(book.full_url("Office") or "").password is None
    assert SECRET.encode() not in _everything_written(tmp_path)


def test_a_kept_password_is_not_asked_for(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    book = ConnectionBook(tmp_path / "connections.json")
    book.save("Office", "postgresql+psycopg://olga@db/plans", password=SECRET)

    def ask(connection: SavedConnection, reason: str) -> str | None:
        raise AssertionError("asked although the keyring keeps the password")

    assert make_url(book.full_url("Office", ask=ask) or "").password == SECRET
    # A connection whose password the keyring lost is asked for, with no reason to show.
    memory_keyring.items.clear()
    reasons: list[str] = []
    book.full_url("Office", ask=lambda c, reason: reasons.append(reason) or "typed")
    assert reasons == [""]


def test_bad_names_urls_and_files_are_refused_readably(tmp_path: Path) -> None:
    book = ConnectionBook(tmp_path / "connections.json")
    with pytest.raises(ValidationError, match="needs a name"):
        book.save("  ", "postgresql+psycopg://olga@db/plans")
    with pytest.raises(ValidationError, match="is not a database URL"):
        book.save("Office", "not a url")
    with pytest.raises(NotFoundError, match="no saved connection 'Home'"):
        book.full_url("Home")
    (tmp_path / "connections.json").write_text("{broken", encoding="utf-8")
    with pytest.raises(Exception, match="cannot be read"):
        book.connections()


def test_the_default_file_is_in_the_user_config_folder() -> None:
    path = default_connections_path()
    assert path.name == "connections.json" and "CoopDesk" in path.parts
