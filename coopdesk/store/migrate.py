"""Creating and upgrading the schema through the Alembic migrations in ``db/``.

Opening a store must stay quick, and importing Alembic alone costs most of a
second, so the revision is read with one cheap query first and Alembic is only
loaded when an upgrade is due. Before upgrading an existing SQLite file, a copy
is made beside it (``coopdesk.db.rev-0001.20261128-101500.bak``).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from importlib.resources import files
from pathlib import Path

from sqlalchemy import Connection, inspect, text

from coopdesk.errors import StoreError
from coopdesk.store.engine import Store, translated_errors
from coopdesk.store.schema import SCHEMA_REVISION, Base

_OUR_TABLES = frozenset(Base.metadata.tables)


def migrations_dir() -> Path:
    """The folder of the Alembic environment (``db/`` in the source tree)."""
    return Path(str(files("coopdesk.migrations")))


def alembic_config(connection: Connection | None = None):  # -> alembic.config.Config
    """An Alembic configuration pointing at CoopDesk's migrations."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision in ``db/versions`` (loads Alembic: for tests and tools)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def read_revision(connection: Connection) -> tuple[str | None, set[str]]:
    """The store's Alembic revision (None when unversioned) and the tables it holds."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        return None, tables
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return revision, tables


def backup_sqlite(path: Path, revision: str) -> Path:
    """Copy a SQLite store (WAL included) beside itself before an upgrade; return the copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.rev-{revision}.{stamp}.bak")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def ensure_schema(store: Store) -> Path | None:
    """Create the schema in an empty store, or upgrade an older one.

    Returns the backup file made before an upgrade, if any. Raises
    :class:`StoreError` for a database that is not CoopDesk's or that a newer
    CoopDesk wrote.
    """
    where = store.describe()
    with translated_errors(where):
        with store.engine.connect() as connection:
            revision, tables = read_revision(connection)
        if revision == SCHEMA_REVISION:
            return None
        if revision is None and tables and not tables <= _OUR_TABLES:
            raise StoreError(f"The store {where} holds other tables: it is not a CoopDesk database")
        from alembic.script import ScriptDirectory

        config = alembic_config()
        if revision is not None:
            try:
                known = ScriptDirectory.from_config(config).get_revision(revision)
            except Exception:
                known = None
            if known is None:
                raise StoreError(
                    f"The store {where} was written by a newer CoopDesk (schema {revision}); "
                    "update CoopDesk to open it"
                )
        backup = None
        path = store.sqlite_path
        if revision is not None and path is not None and path.exists():
            backup = backup_sqlite(path, revision)
        from alembic import command

        with store.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        return backup
