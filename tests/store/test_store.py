"""The store: opening, pragmas, migrations, backups and readable failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from coopdesk.errors import StoreError
from coopdesk.store.engine import open_store
from coopdesk.store.migrate import alembic_config, head_revision, read_revision
from coopdesk.store.schema import SCHEMA_REVISION, Base


def test_schema_revision_constant_is_alembic_head() -> None:
    assert head_revision() == SCHEMA_REVISION


def test_new_store_is_at_head_with_every_table(store) -> None:
    with store.engine.connect() as conn:
        revision, tables = read_revision(conn)
    assert revision == SCHEMA_REVISION
    assert {"plan", "sector", "measure", "alembic_version"} <= tables


def test_orm_models_match_the_migrations(store) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_sqlite_connection_settings(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    store.close()


def test_reopening_a_current_store_does_not_back_it_up(sqlite_url: str, tmp_path: Path) -> None:
    open_store(sqlite_url).close()
    open_store(sqlite_url).close()
    assert list(tmp_path.glob("*.bak")) == []


def test_older_store_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config = alembic_config(conn)
        command.upgrade(config, "0001")
        conn.execute(
            text(
                "INSERT INTO plan (id, uid, code, title, party_a, party_b, signed_place, state,"
                " created_at, updated_at) VALUES (1, 'u1', 'OLD', 'Старый план', '', '', '',"
                " 'draft', '2023-01-01 00:00:00', '2023-01-01 00:00:00')"
            )
        )
    engine.dispose()

    store = open_store(f"sqlite:///{path}")
    with store.engine.connect() as conn:
        assert read_revision(conn)[0] == SCHEMA_REVISION
        assert conn.execute(text("SELECT title FROM plan")).scalar() == "Старый план"
        columns = {c["name"] for c in inspect(conn).get_columns("measure")}
    store.close()
    assert "number_pinned" in columns

    backups = list(tmp_path.glob("old.db.rev-0001.*.bak"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("SELECT code FROM plan").fetchall() == [("OLD",)]
    copy.close()


def test_store_from_a_newer_coopdesk_is_refused(sqlite_url: str) -> None:
    open_store(sqlite_url).close()
    engine = create_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer CoopDesk"):
        open_store(sqlite_url)


def test_missing_folder_is_one_clear_message(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(f"sqlite:///{tmp_path / 'no' / 'such' / 'x.db'}")


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"This is a text file, not SQLite.\n" * 200)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a CoopDesk database or is damaged"):
        open_store(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_a_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a CoopDesk database"):
        open_store(f"sqlite:///{path}")
    conn = sqlite3.connect(path)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert tables == {"invoices"}


def test_bad_urls_are_one_clear_message() -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        open_store("definitely not a url")
    with pytest.raises(StoreError, match="no driver"):
        open_store("nosuchdb://localhost/x")


def test_locked_store_reports_a_lock(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from coopdesk.services.plans import PlanService
    from coopdesk.store import engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    store = open_store(sqlite_url)
    path = store.sqlite_path
    locker = sqlite3.connect(path)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError, match="locked"):
            PlanService(store).create_plan(code="X", title="Locked out")
    finally:
        locker.rollback()
        locker.close()
    assert PlanService(store).list_plans() == []
    store.close()
