"""Opening a store: engine, connection pragmas, write transactions, and readable errors.

A :class:`Store` is made by :func:`open_store` (from ``main()`` or a test fixture,
never at import time). A SQLite file is first probed read-only and created or
upgraded all or nothing (:mod:`coopdesk.store.migrate`); its connections get WAL
(the rollback journal on a network share, where WAL cannot work), foreign keys and
a busy timeout. Any other SQLAlchemy URL (PostgreSQL through psycopg 3) works the
same way.

Transactions on SQLite are begun by CoopDesk, not by the driver (whose legacy mode
runs the reads before a transaction's first write outside it): a plain session
gets ``BEGIN``, and :meth:`Store.writing` gets ``BEGIN IMMEDIATE``, so whatever it
reads (the next free position in a sector, say) cannot change before it writes.
"""

from __future__ import annotations

import functools
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.errors import StoreError, msg
from coopdesk.store.dberrors import (
    StoreBusyError,
    describe_db_error,
    is_retryable,
    translated_errors,
)
from coopdesk.store.fsinfo import is_network_path
from coopdesk.store.migrate import ensure_schema, prepare_sqlite_file

__all__ = [
    "BUSY_TIMEOUT_MS",
    "NETWORK_SHARE_NOTE",
    "RETRY_ATTEMPTS",
    "Store",
    "StoreBusyError",
    "describe_db_error",
    "make_engine",
    "open_store",
    "retrying",
    "sqlite_file",
    "translated_errors",
]

#: How long a save waits for another window's save before giving up, in milliseconds.
#: A window is told after :data:`WAIT_NOTICE_MS` (see :attr:`Store.on_wait`).
BUSY_TIMEOUT_MS = 10_000

#: How often a waiting writer tries the lock again (and calls :attr:`Store.on_wait`), ms.
WAIT_SLICE_MS = 200

#: How many times :meth:`Store.run_write` runs a unit of work that met a busy store,
#: a deadlock or a serialization failure, before it gives up.
RETRY_ATTEMPTS = 5

#: What a window shows in its status bar for a SQLite store on a network share.
NETWORK_SHARE_NOTE = "This store is on a network share; a PostgreSQL server serves a team better"

#: The PostgreSQL advisory lock every CoopDesk writer takes (the server's BEGIN IMMEDIATE).
PG_WRITE_LOCK = 0x436F6F704465736B  # "CoopDesk"

_WRITE_OPTION = "coopdesk_write"

T = TypeVar("T")


@dataclass(slots=True)
class Store:
    """An open store: its engine, a factory of sessions, and what a window should know.

    ``on_wait`` (set by a window) is called with the seconds waited so far while a
    save waits for another window's save, every :data:`WAIT_SLICE_MS`; it may show
    "Waiting for another window's save…". ``notes`` are one-line remarks for the
    status bar (e.g. :data:`NETWORK_SHARE_NOTE`).
    """

    engine: Engine
    session_factory: sessionmaker[Session]
    network_share: bool = False
    notes: list[str] = field(default_factory=list)
    on_wait: Callable[[float], None] | None = None

    @property
    def url(self) -> URL:
        """The store's URL."""
        return self.engine.url

    @property
    def sqlite_path(self) -> Path | None:
        """The SQLite file behind the store, or None (memory or a server)."""
        return sqlite_file(self.engine.url)

    @property
    def is_sqlite(self) -> bool:
        """True for a SQLite store (a file or memory)."""
        return self.engine.url.get_backend_name() == "sqlite"

    def describe(self) -> str:
        """A short, password-free name of the store for messages and the status bar."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        """A new session (the caller owns it)."""
        return self.session_factory()

    @contextmanager
    def writing(self, *, exclusive: bool = True) -> Iterator[Session]:
        """A session inside a write transaction, committed at the end (rolled back on error).

        SQLite: the transaction starts with ``BEGIN IMMEDIATE``, so it holds the
        store's write lock before its first read. PostgreSQL: with ``exclusive``
        (the default) it takes CoopDesk's transaction-scoped advisory lock first, so
        CoopDesk writers take turns the same way (reads inside see every earlier
        commit; no deadlock between them); ``exclusive=False`` is a plain
        transaction, for work that locks its rows itself (``SELECT ... FOR UPDATE``
        in a fixed order) and runs through :meth:`run_write`. Waiting for the lock
        lasts at most :data:`BUSY_TIMEOUT_MS`, calling :attr:`on_wait`; then
        :class:`StoreBusyError`. Database errors come out as :class:`StoreError`
        with a readable message.
        """
        with (
            translated_errors(self.describe()),
            self.session_factory() as session,
            session.begin(),
        ):
            connection = session.connection(execution_options={_WRITE_OPTION: self})
            if exclusive and not self.is_sqlite:
                self._take_server_lock(connection)
            yield session

    def _take_server_lock(self, connection: Connection) -> None:
        budget = BUSY_TIMEOUT_MS / 1000
        start = time.monotonic()
        statement = text("SELECT pg_try_advisory_xact_lock(:key)")
        pause = 0.002
        while not connection.execute(statement, {"key": PG_WRITE_LOCK}).scalar():
            waited = time.monotonic() - start
            if waited >= budget:
                raise _busy(self.describe(), budget)
            if self.on_wait is not None and waited >= WAIT_SLICE_MS / 1000:
                self.on_wait(waited)
            time.sleep(pause * random.uniform(0.5, 1.5))
            pause = min(pause * 2, 0.05)

    def run_write(
        self,
        unit: Callable[[], T],
        *,
        attempts: int | None = None,
        on_retry: Callable[[int, BaseException], None] | None = None,
    ) -> T:
        """Run ``unit`` (a whole unit of work), again when the store was busy.

        A unit that failed because SQLite stayed locked, or PostgreSQL reported a
        deadlock or a serialization failure, changed nothing, so it is run again,
        up to ``attempts`` times (default :data:`RETRY_ATTEMPTS`) with a jittered,
        growing pause. Any other error passes through at once. When it finally gives
        up it raises :class:`StoreBusyError` saying the store is busy.
        """
        tries = RETRY_ATTEMPTS if attempts is None else max(1, attempts)
        for attempt in range(1, tries + 1):
            try:
                return unit()
            except Exception as exc:
                if not is_retryable(exc):
                    raise
                if attempt >= tries:
                    raise StoreBusyError(
                        msg(
                            "The store {store} is busy: another CoopDesk window kept saving a "
                            "large change while this one waited; try again in a moment"
                        ),
                        store=self.describe(),
                    ) from exc
                if on_retry is not None:
                    on_retry(attempt, exc)
                time.sleep(min(1.0, 0.02 * 2**attempt) * random.uniform(0.5, 1.5))
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()


def retrying(method: Callable[..., T]) -> Callable[..., T]:
    """Decorate a service method so that it runs through ``self.store.run_write``."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> T:
        store: Store = self.store
        return store.run_write(lambda: method(self, *args, **kwargs))

    return wrapper


def _busy(where: str, waited: float) -> StoreBusyError:
    return StoreBusyError(
        msg(
            "The store {store} stayed locked for {seconds:.1f} s while another CoopDesk "
            "window (or another program) saved a large change; try again in a moment"
        ),
        store=where,
        seconds=waited,
    )


def sqlite_file(url: URL) -> Path | None:
    """The file of a SQLite URL, or None for memory databases and other back ends."""
    if url.get_backend_name() != "sqlite":
        return None
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def _sqlite_settings(journal: str) -> Callable[[sqlite3.Connection, object], None]:
    def on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # CoopDesk begins transactions itself (see _sqlite_begin), not the driver.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA foreign_keys = ON")
            # 64 MB of page cache (2 MB by default): a 100,000-measure import writes its
            # rows and five indexes with a fraction of the page reloads. Pages are held
            # only as they are used; a small store stays small.
            cursor.execute("PRAGMA cache_size = -65536")
            mode = cursor.execute("PRAGMA journal_mode").fetchone()
            if mode and str(mode[0]).lower() not in (journal, "memory"):
                cursor.execute(f"PRAGMA journal_mode = {journal.upper()}")
            # WAL is safe with NORMAL; the rollback journal needs FULL to survive a power cut.
            cursor.execute(f"PRAGMA synchronous = {'NORMAL' if journal == 'wal' else 'FULL'}")
        finally:
            cursor.close()

    return on_connect


def _begin_immediate(dbapi_connection: sqlite3.Connection, store: Store | None) -> None:
    budget = BUSY_TIMEOUT_MS / 1000
    start = time.monotonic()
    dbapi_connection.execute(f"PRAGMA busy_timeout = {min(WAIT_SLICE_MS, BUSY_TIMEOUT_MS)}")
    try:
        while True:
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not is_retryable(exc):
                    raise
                waited = time.monotonic() - start
                if waited >= budget:
                    where = store.describe() if store is not None else "database"
                    raise _busy(where, waited) from exc
                if store is not None and store.on_wait is not None:
                    store.on_wait(waited)
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _sqlite_begin(connection: Connection) -> None:
    dbapi_connection = connection.connection.dbapi_connection
    assert isinstance(dbapi_connection, sqlite3.Connection)
    options = connection.get_execution_options()
    if _WRITE_OPTION in options:
        _begin_immediate(dbapi_connection, options[_WRITE_OPTION])
    else:
        dbapi_connection.execute("BEGIN")


def _parse(url: str | URL) -> URL:
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        raise StoreError(
            msg(
                "'{url}' is not a database URL (expected e.g. sqlite:///plans.db "
                "or postgresql+psycopg://user@host/dbname)"
            ),
            url=str(url),
        ) from None
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def _check_folder(path: Path) -> None:
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise StoreError(
            msg("Cannot open the store {store}: the folder {folder} does not exist"),
            store=str(path),
            folder=str(folder),
        )


def make_engine(url: str | URL, *, journal: str = "wal") -> Engine:
    """An engine for ``url`` with CoopDesk's connection settings.

    ``journal`` is the SQLite journal mode (``wal``, or ``delete`` on a network
    share). Raises :class:`StoreError` with a readable message for a malformed URL,
    a missing driver, or a SQLite file whose folder does not exist.
    """
    parsed = _parse(url)
    backend = parsed.get_backend_name()
    path = sqlite_file(parsed)
    if path is not None:
        _check_folder(path)
    kwargs: dict[str, Any] = {}
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
        event.listen(engine, "connect", _sqlite_settings(journal))
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def open_store(url: str | URL, *, migrate: bool = True, create: bool | None = None) -> Store:
    """Open the store at ``url``, creating or upgrading it unless ``migrate`` is False.

    ``create`` says what may become a new store. None (the default, what every
    start of the window and each command does today): a SQLite file that does not
    exist yet, or an empty server database. True: also a 0-byte or table-less
    SQLite file. False: nothing; there must be a CoopDesk store already. Another
    program's database is refused before anything writes to it.
    """
    parsed = _parse(url)
    path = sqlite_file(parsed)
    network = False
    if path is not None:
        _check_folder(path)
        network = is_network_path(path)
        prepare_sqlite_file(
            path, create=create, migrate=migrate, journal="delete" if network else "wal"
        )
    engine = make_engine(parsed, journal="delete" if network else "wal")
    store = Store(
        engine=engine,
        session_factory=sessionmaker(engine, expire_on_commit=False),
        network_share=network,
        notes=[NETWORK_SHARE_NOTE] if network else [],
    )
    if path is None and migrate:
        try:
            ensure_schema(engine, store.describe(), create=create is not False)
        except BaseException:
            engine.dispose()
            raise
    return store
