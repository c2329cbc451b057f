"""The window's side of saved connections: the password asked in a password field, and said so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QInputDialog, QLineEdit
from sqlalchemy.engine import make_url

from coopdesk.store.connections import ConnectionBook
from coopdesk.ui.connections import save_connection, saved_connections, url_to_open

SECRET = "s3cr3t-pw"


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_the_user_is_told_and_asked_each_time(
    qtbot: Any,
    tmp_path: Path,
    no_keyring: None,
    message_boxes: dict[str, list[str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    book = ConnectionBook(tmp_path / "connections.json")
    outcome = save_connection(
        None, "Office", f"postgresql+psycopg://olga:{SECRET}@db/plans", book=book
    )
    assert outcome.lost_password
    (note,) = message_boxes["information"]
    assert "“Office” is saved without its password" in note and "each time" in note
    assert SECRET not in (tmp_path / "connections.json").read_text(encoding="utf-8")
    assert [c.name for c in saved_connections(book)] == ["Office"]

    prompts: list[tuple[str, QLineEdit.EchoMode]] = []

    def get_text(_parent: object, _title: str, label: str, mode: QLineEdit.EchoMode) -> Any:
        prompts.append((label, mode))
        return (SECRET, True)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    for _ in range(2):
        url = url_to_open(None, "Office", book=book)
        assert url is not None and make_url(url).password == SECRET
    assert len(prompts) == 2  # asked each time
    label, mode = prompts[0]
    assert mode == QLineEdit.EchoMode.Password
    assert "No system keyring" in label and "olga" in label and SECRET not in label
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: ("", False))
    assert url_to_open(None, "Office", book=book) is None  # cancelled
