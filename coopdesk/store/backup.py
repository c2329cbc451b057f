"""Backups of a SQLite store that are either whole and checked, or absent.

A backup is written with SQLite's online backup API under a temporary name
(``.coopdesk.db.bak-<host>-<pid>.tmp``), checked (``PRAGMA integrity_check`` and
the expected Alembic revision), flushed to disk, and only then renamed to its
final name ``coopdesk.db.rev-0003.20261128-101500-123456.bak``. A failure at any step
removes the temporary file, so a file with a backup's name is always a good
backup. The newest :data:`KEEP_BACKUPS` backups of a store are kept.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
from datetime import datetime
from pathlib import Path

from coopdesk.errors import StoreError, msg
from coopdesk.store.faults import fault_point

#: How many backups of one store are kept (older ones are deleted after a new one is made).
KEEP_BACKUPS = 3


def host_name() -> str:
    """This computer's short name, as temporary files carry it."""
    return socket.gethostname().split(".")[0] or "host"


def temp_name(path: Path, purpose: str) -> Path:
    """A hidden temporary file beside ``path`` that names this host and process."""
    return path.with_name(f".{path.name}.{purpose}-{host_name()}-{os.getpid()}.tmp")


def sqlite_side_files(path: Path) -> list[Path]:
    """``path`` and the journal files SQLite may keep beside it."""
    return [path] + [Path(f"{path}{suffix}") for suffix in ("-journal", "-wal", "-shm")]


def read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to the SQLite file ``path`` (any characters in its name)."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)


def remove_sqlite_file(path: Path) -> None:
    """Delete a SQLite file and its journal files, whichever exist (best effort)."""
    for item in sqlite_side_files(path):
        if not item.exists():
            continue  # a read-only file system refuses even to unlink what is not there
        with contextlib.suppress(OSError):  # else the next start cleans it up
            item.unlink()


def fsync_file(path: Path) -> None:
    """Flush a file to disk (so a rename after it never exposes unwritten pages)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to disk, where the system allows it."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def check_sqlite_file(path: Path, revision: str | None = None) -> None:
    """Raise :class:`StoreError` unless ``path`` is whole (and at ``revision``)."""
    conn = read_only(path)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise StoreError(
                msg("The copy {file} failed its integrity check: {reason}"),
                file=path.name,
                reason=result[0],
            )
        problems = conn.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise StoreError(
                msg(
                    "The copy {file} has {count} rows pointing at missing rows (first in table "
                    "{table})"
                ),
                file=path.name,
                count=len(problems),
                table=problems[0][0],
            )
        if revision is not None:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if found is None or found[0] != revision:
                raise StoreError(
                    msg("The copy {file} is at schema {found}, not {revision}"),
                    file=path.name,
                    found=found[0] if found else "none",
                    revision=revision,
                )
    finally:
        conn.close()


def copy_sqlite(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database of ``source`` into a new file ``target`` with the backup API."""
    remove_sqlite_file(target)
    copy = sqlite3.connect(target, isolation_level=None)
    try:
        source.backup(copy, pages=4096)
        # A copy of a WAL-mode store would come up in WAL mode; keep it one file.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()


def list_backups(path: Path) -> list[Path]:
    """The backups of the store at ``path``, oldest first."""
    found = [p for p in path.parent.glob(f"{path.name}.rev-*.bak") if p.is_file()]
    return sorted(found, key=lambda p: (p.name.split(".")[-2], p.stat().st_mtime_ns))


def prune_backups(path: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``path``; return those deleted."""
    backups = list_backups(path)
    doomed = backups[: max(0, len(backups) - keep)]
    for item in doomed:
        with contextlib.suppress(OSError):  # no reason to refuse the store
            item.unlink()
    return doomed


def backup_sqlite(
    path: Path,
    revision: str,
    *,
    source: sqlite3.Connection | None = None,
    keep: int = KEEP_BACKUPS,
) -> Path:
    """Back up the store at ``path`` (at ``revision``) beside itself; return the backup.

    ``source`` is an open connection to read from (the caller may hold the store's
    write lock through it); without one the file is opened read-only. Raises
    :class:`StoreError`, leaving no file with a backup's name, when the copy cannot
    be written or fails its check.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")  # sorts as it was made
    final = path.with_name(f"{path.name}.rev-{revision}.{stamp}.bak")
    counter = 1
    while final.exists():
        counter += 1
        final = path.with_name(f"{path.name}.rev-{revision}.{stamp}-{counter}.bak")
    temp = temp_name(path, "bak")
    own = source is None
    conn = source or read_only(path)
    try:
        copy_sqlite(conn, temp)
        fault_point("backup:written")
        check_sqlite_file(temp, revision)
        fsync_file(temp)
        os.replace(temp, final)
        fsync_folder(path.parent)
    except (OSError, sqlite3.Error, StoreError) as exc:
        remove_sqlite_file(temp)
        reason: object = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        if isinstance(exc, StoreError):
            reason = exc.text
        raise StoreError(
            msg("Could not back up the store {store}: {reason}"), store=str(path), reason=reason
        ) from exc
    finally:
        if own:
            conn.close()
    prune_backups(path, keep)
    return final
