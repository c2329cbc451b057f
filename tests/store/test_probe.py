"""Other programs' files are refused untouched; empty files become stores only on request.

(issue 11, item 3) Each foreign file is compared byte for byte, with its mtime and
the folder's listing, before and after CoopDesk tried to open it.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from coopdesk.errors import StoreError
from coopdesk.store.engine import open_store
from coopdesk.store.faults import ENV_FAULT, ENV_READY
from coopdesk.store.probe import FileState, probe_sqlite
from coopdesk.store.schema import SCHEMA_REVISION


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def other_program(path: Path, *statements: str, wal: bool = False) -> None:
    conn = sqlite3.connect(path)
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    for side in ("-wal", "-shm"):  # the other program closed cleanly
        assert not Path(f"{path}{side}").exists()


FOREIGN: dict[str, Callable[[Path], None]] = {
    "a table named plan": lambda p: other_program(
        p,
        "CREATE TABLE plan (id INTEGER PRIMARY KEY, name TEXT)",
        "INSERT INTO plan VALUES (1, 'x')",
    ),
    "our three table names, no version": lambda p: other_program(
        p,
        "CREATE TABLE plan (id INTEGER PRIMARY KEY)",
        "CREATE TABLE sector (id INTEGER PRIMARY KEY)",
        "CREATE TABLE measure (id INTEGER PRIMARY KEY)",
    ),
    "another Alembic program": lambda p: other_program(
        p,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
        "INSERT INTO alembic_version VALUES ('ae1027a6acf')",
        "CREATE TABLE invoice (id INTEGER PRIMARY KEY)",
    ),
    "a WAL-mode database": lambda p: other_program(
        p, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", wal=True
    ),
    "a rollback-journal database with a plan table": lambda p: other_program(
        p, "PRAGMA user_version = 7", "CREATE TABLE plan (code TEXT)"
    ),
}


@pytest.mark.parametrize("kind", sorted(FOREIGN))
def test_another_programs_database_is_refused_byte_for_byte_untouched(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "other.db"
    FOREIGN[kind](path)
    before = snapshot(tmp_path)
    time.sleep(0.01)  # an mtime change would show
    for create in (None, True, False):
        with pytest.raises(StoreError, match="not a CoopDesk database"):
            open_store(f"sqlite:///{path}", create=create)
    assert snapshot(tmp_path) == before  # no WAL switch, no alembic_version, no -shm/-wal


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Встреча 12 апреля\n" * 100, encoding="utf-8")
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match="not a CoopDesk database or is damaged"):
        open_store(f"sqlite:///{path}", create=True)
    assert snapshot(tmp_path) == before


def test_a_zero_byte_file_becomes_a_store_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    before = snapshot(tmp_path)
    for create in (None, False):
        with pytest.raises(StoreError, match=r"is empty \(0 bytes\).*only when asked"):
            open_store(f"sqlite:///{path}", create=create)
    assert snapshot(tmp_path) == before
    store = open_store(f"sqlite:///{path}", create=True)
    store.close()
    assert probe_sqlite(path).revision == SCHEMA_REVISION


def test_a_database_with_no_tables_becomes_a_store_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "blank.db"
    other_program(path, "PRAGMA user_version = 1")
    assert probe_sqlite(path).state is FileState.BLANK
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match="no tables"):
        open_store(f"sqlite:///{path}")
    assert snapshot(tmp_path) == before
    open_store(f"sqlite:///{path}", create=True).close()
    assert probe_sqlite(path).state is FileState.COOPDESK


def test_a_missing_file_is_created_by_default_and_never_with_create_false(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    with pytest.raises(StoreError, match="There is no CoopDesk store"):
        open_store(f"sqlite:///{path}", create=False)
    assert list(tmp_path.iterdir()) == []
    open_store(f"sqlite:///{path}").close()  # what the first start of the window does
    probe = probe_sqlite(path)
    assert probe.state is FileState.COOPDESK and probe.revision == SCHEMA_REVISION
    open_store(f"sqlite:///{path}", create=False).close()


def test_probing_a_store_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    open_store(f"sqlite:///{path}").close()
    before = snapshot(tmp_path)
    probe = probe_sqlite(path)
    assert probe.state is FileState.COOPDESK
    assert {"plan", "sector", "measure", "alembic_version"} <= probe.tables
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("point", ["create:copied", "create:applied-0002", "create:built"])
def test_kill_9_while_creating_a_store_leaves_no_file_at_its_name(
    tmp_path: Path, point: str
) -> None:
    path = tmp_path / "first.db"
    ready = tmp_path / "ready"
    env = dict(os.environ, **{ENV_FAULT: f"{point}=hang", ENV_READY: str(ready)})
    script = "import sys; from coopdesk.store.engine import open_store; open_store(sys.argv[1])"
    child = subprocess.Popen([sys.executable, "-c", script, f"sqlite:///{path}"], env=env)
    deadline = time.monotonic() + 60
    while not ready.exists():
        assert child.poll() is None
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    ready.unlink()
    # Not a 0-byte or half-made store: nothing at all, so the next start creates one.
    assert not path.exists()
    open_store(f"sqlite:///{path}").close()
    assert probe_sqlite(path).revision == SCHEMA_REVISION
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.db"]
