"""Which store a start opens, and whether it may be created there (issue 11, item 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from coopdesk.config import ENV_DB, default_store_path, resolve_store
from coopdesk.errors import StoreError
from coopdesk.store.engine import open_store
from coopdesk.store.probe import FileState, probe_sqlite


def test_the_default_store_is_created_on_the_first_start_even_over_a_0_byte_leftover(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopdesk import config

    assert default_store_path().name == "coopdesk.db"
    path = tmp_path / "CoopDesk" / "coopdesk.db"
    monkeypatch.setattr(config, "default_store_path", lambda: path)
    monkeypatch.delenv(ENV_DB, raising=False)
    url, create = resolve_store(None)
    assert create is True
    assert url == f"sqlite:///{path}"
    path.touch()  # what an older CoopDesk left when killed while creating it
    open_store(url, create=create).close()
    assert probe_sqlite(path).state is FileState.COOPDESK


def test_a_given_url_creates_only_where_nothing_is_and_never_for_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    typo = f"sqlite:///{tmp_path / 'plnas.db'}"
    url, create = resolve_store(typo, reading=True)
    assert (url, create) == (typo, False)
    with pytest.raises(StoreError, match="There is no CoopDesk store"):
        open_store(url, create=create)
    assert list(tmp_path.iterdir()) == []
    assert resolve_store(typo) == (typo, None)
    monkeypatch.setenv(ENV_DB, typo)
    assert resolve_store(None, reading=True) == (typo, False)
