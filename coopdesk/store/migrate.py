"""Creating and upgrading the schema through the Alembic migrations in ``db/``.

A SQLite file is never changed in place, so a crash, a full disk or a read-only
folder can never leave a half-made or half-upgraded store:

* A **new store** is built in a temporary file beside the target, checked, and
  then linked into place (only where no file appeared meanwhile).
* An **upgrade** locks the store (``BEGIN IMMEDIATE``, after switching it to the
  rollback journal so that no ``-wal`` file belongs to it), copies it with the
  SQLite backup API, runs the migrations on the copy with foreign keys off (batch
  mode recreates tables; with them on, dropping ``plan`` would cascade), checks
  the copy (``integrity_check``, ``foreign_key_check``, the revision), writes a
  checked backup of the original (:mod:`coopdesk.store.backup`), and replaces the
  store with the copy in one ``os.replace``. Before starting it removes what an
  interrupted attempt left: temporary copies, and the ``_alembic_tmp_*`` tables an
  older, in-place CoopDesk left behind.

Whether a file is a CoopDesk store at all is decided first, read-only
(:mod:`coopdesk.store.probe`); another program's database is refused untouched.
PostgreSQL upgrades run in place, in one transaction (its DDL is transactional).

Opening a store must stay quick, and importing Alembic alone costs most of a
second, so Alembic is only loaded when something must be created or upgraded.
"""

from __future__ import annotations

import os
import sqlite3
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.pool import NullPool

from coopdesk.errors import StoreError, msg
from coopdesk.store.backup import (
    backup_sqlite,
    check_sqlite_file,
    copy_sqlite,
    fsync_file,
    fsync_folder,
    host_name,
    read_only,
    remove_sqlite_file,
    temp_name,
)
from coopdesk.store.dberrors import describe_db_error, translated_errors
from coopdesk.store.faults import fault_point
from coopdesk.store.probe import BATCH_PREFIX, FileState, Probe, classify, probe_sqlite
from coopdesk.store.schema import SCHEMA_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

#: How long an upgrade waits for other connections to the store to finish, in seconds.
UPGRADE_LOCK_TIMEOUT_S = 10.0

#: Temporary files of ours beside a store: ``.<name>.<purpose>-<host>-<pid>.tmp``.
_TEMP_PURPOSES = ("create", "upgrade", "bak")


def migrations_dir() -> Path:
    """The folder of the Alembic environment (``db/`` in the source tree)."""
    return Path(str(files("coopdesk.migrations")))


def alembic_config(connection: Connection | None = None) -> Config:
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


def is_known_revision(revision: str | None) -> bool:
    """True when ``revision`` is one of this CoopDesk's migrations (else a newer one wrote it)."""
    if revision == SCHEMA_REVISION:
        return True
    if revision is None:
        return False
    from alembic.script import ScriptDirectory

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:
        return False


def read_revision(connection: Connection) -> tuple[str | None, set[str]]:
    """The store's Alembic revision (None when unversioned) and the tables it holds."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables:
        return None, tables
    revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return revision, tables


def _newer(where: str, revision: str | None) -> StoreError:
    return StoreError(
        msg(
            "The store {store} was written by a newer CoopDesk (schema {revision}); update "
            "CoopDesk to open it"
        ),
        store=where,
        revision=revision,
    )


def _foreign(where: str) -> StoreError:
    return StoreError(
        msg("The store {store} holds other tables: it is not a CoopDesk database"), store=where
    )


def upgrade_connection(connection: Connection, *, fault_prefix: str | None = None) -> None:
    """Run every migration up to head on ``connection`` (the caller commits)."""
    from alembic import command

    config = alembic_config(connection)
    if fault_prefix is not None:

        def applied(**kwargs: Any) -> None:
            step = kwargs["step"]
            dbapi = connection.connection.dbapi_connection
            fault_point(f"{fault_prefix}-{step.up_revision_id}", dbapi)  # type: ignore[arg-type]

        config.attributes["on_version_apply"] = applied
    command.upgrade(config, "head")


# -- PostgreSQL and SQLite memory databases: in place, one transaction ---------------------------


def ensure_schema(engine: Engine, where: str, *, create: bool = True) -> None:
    """Create the schema in an empty database (if ``create``), or upgrade an older one.

    In place: for PostgreSQL (transactional DDL: all or nothing) and SQLite memory
    databases. Raises :class:`StoreError` for a database that is not CoopDesk's or
    that a newer CoopDesk wrote.
    """
    with translated_errors(where):
        with engine.connect() as connection:
            revision, tables = read_revision(connection)
        if revision == SCHEMA_REVISION:
            return
        state = classify(revision, frozenset(tables))
        if state is FileState.FOREIGN:
            raise _foreign(where)
        if state is FileState.COOPDESK and not is_known_revision(revision):
            raise _newer(where, revision)
        if state is FileState.BLANK and not create:
            raise StoreError(msg("There is no CoopDesk store in {store}"), store=where)
        with engine.begin() as connection:
            upgrade_connection(connection)


# -- SQLite files: never changed in place -------------------------------------------------------


def _temp_files(path: Path) -> list[tuple[Path, str, str]]:
    """Our temporary files beside ``path``: (file, host, pid)."""
    prefix = f".{path.name}."
    found = []
    for item in path.parent.glob(f".{path.name}.*.tmp*"):
        rest = item.name[len(prefix) :]
        stem = rest.split(".tmp", 1)[0]
        purpose, _, owner = stem.partition("-")
        host, _, pid = owner.rpartition("-")
        if purpose in _TEMP_PURPOSES and pid.isdigit():
            found.append((item, host, pid))
    return found


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_temp_files(path: Path, *, everything: bool) -> list[Path]:
    """Remove temporary files an interrupted create, upgrade or backup left beside ``path``.

    With ``everything`` (the caller holds the store's upgrade lock, so no other
    process can be mid-way) all of them go; otherwise only those of dead processes
    of this host. Returns what was removed.
    """
    own_host = host_name()
    removed = []
    for item, host, pid in _temp_files(path):
        if everything or (host == own_host and not _process_alive(int(pid))):
            try:
                item.unlink()
                removed.append(item)
            except FileNotFoundError:
                pass
            except OSError:
                continue
    return removed


def _not_a_store(probe: Probe) -> StoreError:
    where = str(probe.path)
    if probe.state is FileState.MISSING:
        return StoreError(msg("There is no CoopDesk store at {store}"), store=where)
    template = (
        msg(
            "The file {store} is empty (0 bytes): it is not a CoopDesk store. CoopDesk makes a "
            "new store in a file only when asked to create one; delete the file or choose "
            "another name"
        )
        if probe.state is FileState.EMPTY
        else msg(
            "The file {store} is a database with no tables: it is not a CoopDesk store. "
            "CoopDesk makes a new store in a file only when asked to create one; delete the "
            "file or choose another name"
        )
    )
    return StoreError(template, store=where)


def _live_wal(path: Path) -> bool:
    wal = Path(f"{path}-wal")
    return wal.exists() and wal.stat().st_size > 0


def _sqlite_engine(path: Path) -> Engine:
    """A plain engine on a work file: no WAL, foreign keys off, no pool."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)

    def settings(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA journal_mode = DELETE")
        # Batch migrations drop and recreate tables; with foreign keys on, dropping
        # ``plan`` would cascade into every sector and measure. Checked afterwards.
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")

    from sqlalchemy import event

    event.listen(engine, "connect", settings)
    return engine


def _drop_batch_leftovers(connection: Connection, where: str) -> None:
    tables = set(inspect(connection).get_table_names())
    for table in sorted(t for t in tables if t.startswith(BATCH_PREFIX)):
        original = table[len(BATCH_PREFIX) :]
        if original not in tables:
            raise StoreError(
                msg(
                    "The store {store} was left mid-way by an interrupted upgrade (table "
                    "{table} is missing, its copy {copy} remains); restore the newest backup "
                    "beside it ({backups})"
                ),
                store=where,
                table=original,
                copy=table,
                backups=f"{Path(where).name}.rev-*.bak",
            )
        connection.exec_driver_sql(f'DROP TABLE "{table}"')


def _build(work: Path, where: str, fault_prefix: str) -> None:
    """Bring the SQLite file ``work`` (new or a copy) to head, in one transaction."""
    engine = _sqlite_engine(work)
    try:
        with engine.connect() as connection:
            fault_point(f"{fault_prefix}:copied", connection.connection.dbapi_connection)  # type: ignore[arg-type]
            with connection.begin():
                _drop_batch_leftovers(connection, where)
                upgrade_connection(connection, fault_prefix=f"{fault_prefix}:applied")
    finally:
        engine.dispose()


def _set_journal(work: Path, journal: str) -> None:
    """Give the finished work file the journal mode the store will run in.

    Closing the only connection checkpoints and removes the ``-wal``, so the file
    is whole on its own; its first user then needs no exclusive lock to switch.
    """
    conn = sqlite3.connect(work, isolation_level=None)
    try:
        conn.execute(f"PRAGMA journal_mode = {'WAL' if journal == 'wal' else 'DELETE'}")
    finally:
        conn.close()
    if _live_wal(work):
        raise StoreError(msg("The work file {file} kept its write-ahead log"), file=work.name)


def _work_failed(action: str, where: str, exc: BaseException) -> StoreError:
    reason: object
    if isinstance(exc, StoreError):
        reason = exc.text
    elif isinstance(exc, OSError):
        reason = f"{exc.strerror or exc}"
    else:
        reason = describe_db_error(exc, where)
    template = (
        msg("Could not create the store {store}; it was left as it was. {reason}")
        if action == "create"
        else msg("Could not upgrade the store {store}; it was left as it was. {reason}")
    )
    return StoreError(template, store=where, reason=reason)


def _create_file(probe: Probe, journal: str) -> bool:
    """Build a new store and put it at ``probe.path``; False when another file got there first."""
    path, where = probe.path, str(probe.path)
    work = temp_name(path, "create")
    try:
        remove_sqlite_file(work)
        _build(work, where, "create")
        fault_point("create:built")
        check_sqlite_file(work, SCHEMA_REVISION)
        _set_journal(work, journal)
        fsync_file(work)
        if probe.state is FileState.MISSING:
            try:
                os.link(work, path)  # atomic, and never over a file that appeared meanwhile
            except FileExistsError:
                return False
            except OSError:  # no hard links here (FAT, some shares)
                if path.exists():
                    return False
                os.replace(work, path)
        else:
            again = probe_sqlite(path)
            if not again.is_new:
                return False
            if _live_wal(path):
                raise StoreError(msg("The file {store} is in use by another program"), store=where)
            for side in ("-wal", "-shm", "-journal"):
                Path(f"{path}{side}").unlink(missing_ok=True)
            os.replace(work, path)
        fsync_folder(path.parent)
        return True
    except (OSError, sqlite3.Error, StoreError) as exc:
        raise _work_failed("create", where, exc) from exc
    except Exception as exc:  # SQLAlchemy errors from the migration
        raise _work_failed("create", where, exc) from exc
    finally:
        remove_sqlite_file(work)


class _Retry(Exception):
    """The store file was replaced by another process while this one waited."""


def _same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_ino, a.st_dev) == (b.st_ino, b.st_dev)


def _upgrade_file(path: Path, journal: str) -> Path | None:
    """Upgrade the store at ``path`` on a copy and swap it in; return the backup made."""
    where = str(path)
    work = temp_name(path, "upgrade")
    before = os.stat(path)
    lock = sqlite3.connect(path, isolation_level=None, timeout=UPGRADE_LOCK_TIMEOUT_S)
    try:
        try:
            mode = str(lock.execute("PRAGMA journal_mode").fetchone()[0]).lower()
            if mode == "wal":
                # No -wal file may belong to the file we replace: leave WAL first.
                mode = str(lock.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
            if mode == "wal":
                raise sqlite3.OperationalError("database is locked")
            lock.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                raise StoreError(
                    msg(
                        "The store {store} must be upgraded for this CoopDesk, and another "
                        "CoopDesk window has it open; close that window, then open the store "
                        "again"
                    ),
                    store=where,
                ) from exc
            raise StoreError(describe_db_error(exc, where)) from exc
        if not _same_file(before, os.stat(path)):
            raise _Retry
        row = lock.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        fault_point("upgrade:locked")
        clean_temp_files(path, everything=True)
        # The backup API cannot read through the connection holding the write lock;
        # a second, read-only one sees the same, now frozen, content.
        reader = read_only(path)
        try:
            copy_sqlite(reader, work)
            _build(work, where, "upgrade")
            check_sqlite_file(work, SCHEMA_REVISION)
            fault_point("upgrade:checked")
            backup = backup_sqlite(path, revision or "none", source=reader)
            fault_point("upgrade:backed-up")
            _set_journal(work, journal)
            fsync_file(work)
            if _live_wal(path):
                raise StoreError(msg("The store {store} is in use by another program"), store=where)
            if os.name == "nt":  # Windows cannot replace a file that is open
                reader.close()
                lock.close()
            os.replace(work, path)
            fsync_folder(path.parent)
        except (OSError, sqlite3.Error, StoreError) as exc:
            raise _work_failed("upgrade", where, exc) from exc
        except Exception as exc:  # SQLAlchemy and Alembic errors from the migration
            raise _work_failed("upgrade", where, exc) from exc
        finally:
            reader.close()
        fault_point("upgrade:swapped")
        return backup
    finally:
        lock.close()
        remove_sqlite_file(work)


def prepare_sqlite_file(
    path: Path, *, create: bool | None = None, migrate: bool = True, journal: str = "wal"
) -> Path | None:
    """Make sure ``path`` holds a current CoopDesk store before anything opens it to write.

    ``create``: True turns a missing, 0-byte or table-less file into a new store;
    None (the default) creates one only where no file exists; False never creates.
    ``journal`` is the journal mode a new or upgraded file gets (``wal``, or
    ``delete`` on a network share). Returns the backup made before an upgrade, if
    any. Raises :class:`StoreError` for another program's file (left byte for byte
    as it was), a store of a newer CoopDesk, or a store that cannot be created or
    upgraded (left as it was).
    """
    where = str(path)
    clean_temp_files(path, everything=False)  # what crashed processes of this host left
    for _ in range(5):  # again when another process created or replaced the file meanwhile
        probe = probe_sqlite(path)
        if probe.state is FileState.FOREIGN:
            raise _foreign(where)
        if probe.is_new:
            if not migrate:
                return None
            if not (create is True or (create is None and probe.state is FileState.MISSING)):
                raise _not_a_store(probe)
            if _create_file(probe, journal):
                return None
            continue
        if probe.revision == SCHEMA_REVISION and not probe.leftovers:
            return None
        if not is_known_revision(probe.revision):
            raise _newer(where, probe.revision)
        if not migrate:
            return None
        try:
            return _upgrade_file(path, journal)
        except _Retry:
            continue
    raise StoreError(
        msg("The store {store} kept changing while CoopDesk opened it; try again"), store=where
    )
