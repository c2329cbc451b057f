"""Opening a store: engine, connection pragmas, sessions, and readable errors.

A :class:`Store` is made by :func:`open_store` (from ``main()`` or a test fixture,
never at import time). SQLite files get WAL, foreign keys and a busy timeout; any
other SQLAlchemy URL (PostgreSQL through psycopg 3) works the same way.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.errors import StoreError

#: How long a writer waits for another one before giving up, in milliseconds.
BUSY_TIMEOUT_MS = 5000


@dataclass(slots=True)
class Store:
    """An open store: its engine and a factory of sessions."""

    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def url(self) -> URL:
        """The store's URL."""
        return self.engine.url

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file behind the store, or None (memory or a server)."""
        return sqlite_file(self.engine.url)

    def describe(self) -> str:
        """A short, password-free name of the store for messages and the status bar."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        """A new session (the caller owns it)."""
        return self.session_factory()

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite URL, or None for memory databases and other back ends."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()
        if mode and str(mode[0]).lower() not in ("wal", "memory"):
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def make_engine(url: str | URL) -> Engine:
    """An engine for ``url`` with CoopDesk's connection settings.

    Raises :class:`StoreError` with a readable message for a malformed URL, a
    missing driver, or a SQLite file whose folder does not exist.
    """
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        raise StoreError(
            f"'{url}' is not a database URL (expected e.g. sqlite:///plans.db "
            "or postgresql+psycopg://user@host/dbname)"
        ) from None
    backend = parsed.get_backend_name()
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    path = sqlite_file(parsed)
    if path is not None:
        folder = path.expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(f"Cannot open the store {path}: the folder {folder} does not exist")
    kwargs: dict[str, object] = {}
    if backend == "sqlite":
        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000}
    else:
        kwargs["pool_pre_ping"] = True
    try:
        engine = create_engine(parsed, **kwargs)
    except NoSuchModuleError:
        raise StoreError(
            f"CoopDesk has no driver for '{parsed.drivername}' databases; "
            "use sqlite:/// or postgresql+psycopg://"
        ) from None
    except (ImportError, ArgumentError) as exc:
        raise StoreError(f"Cannot use the store {parsed.render_as_string()}: {exc}") from None
    if backend == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def describe_db_error(exc: BaseException, where: str) -> str:
    """Turn a driver error into one line a user can act on."""
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()[0] if str(exc) else ""
    low = text.lower()
    if "file is not a database" in low or "malformed" in low:
        return f"The store {where} is not a CoopDesk database or is damaged ({text})"
    if "locked" in low or "busy" in low:
        return f"The store {where} is locked by another program; close it and try again"
    if "unable to open database file" in low:
        return f"Cannot open the store {where}: the file cannot be created or read"
    if "readonly" in low or "read-only" in low:
        return f"The store {where} is read-only; CoopDesk needs to write to it"
    if "connection" in low or "could not" in low or "password" in low:
        return f"Cannot connect to the store {where}: {text}"
    return f"The store {where} failed: {text}"


@contextmanager
def translated_errors(where: str) -> Iterator[None]:
    """Re-raise database errors as :class:`StoreError` with a readable message."""
    try:
        yield
    except StoreError:
        raise
    except (DBAPIError, sqlite3.Error) as exc:
        raise StoreError(describe_db_error(exc, where)) from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"The store {where} failed: {exc}") from exc


def open_store(url: str | URL, *, migrate: bool = True) -> Store:
    """Open (and, unless ``migrate`` is False, create or upgrade) the store at ``url``."""
    engine = make_engine(url)
    store = Store(engine=engine, session_factory=sessionmaker(engine, expire_on_commit=False))
    if migrate:
        from coopdesk.store.migrate import ensure_schema

        try:
            ensure_schema(store)
        except BaseException:
            engine.dispose()
            raise
    return store
