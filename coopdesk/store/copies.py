"""Copies of an open store: File > Save a copy, and the automatic daily backup.

Both copy a SQLite store with SQLite's online backup API while the window keeps the
store open (a consistent snapshot: the API starts over if another connection writes
during the copy), then check the copy (``PRAGMA integrity_check`` and foreign keys),
flush it to disk and only then give it its name; a failure leaves no file with that
name (:mod:`coopdesk.store.backup` does the same for the backups made before an
upgrade, and its functions are reused here).

A store on a PostgreSQL server is not copied by CoopDesk: :func:`save_copy` raises
a :class:`StoreError` that says how to back it up (``pg_dump``, or an Excel export).

The daily backups of a store go to one folder (by default ``backups`` in the user
data folder), named ``<store>-<hash of its path>-<YYYY-MM-DD>.db``; one per day,
and those older than the days to keep are deleted.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from coopdesk.errors import StoreError, msg
from coopdesk.store.backup import (
    check_sqlite_file,
    copy_sqlite,
    fsync_file,
    fsync_folder,
    read_only,
    remove_sqlite_file,
    temp_name,
)
from coopdesk.store.engine import Store

#: Days the automatic backups are kept unless the user chooses otherwise.
DEFAULT_KEEP_DAYS = 14


def server_backup_advice(store: Store) -> str:
    """How to back up a store that is not a SQLite file."""
    url = store.url
    database = url.database or "coopdesk"
    host = url.host or "localhost"
    return (
        f"This store is the database '{database}' on the server {host}; CoopDesk does not "
        f"copy a server store. Back it up on the server with "
        f"pg_dump -h {host} -Fc -f {database}.dump {database} (the server's administrator "
        f"may already do this nightly), or keep a copy of a plan with File > Export to Excel."
    )


def save_copy(store: Store, target: Path) -> Path:
    """Write a checked copy of the open SQLite ``store`` to ``target``; return it.

    ``target`` is replaced only once the copy is whole. Raises :class:`StoreError`
    (nothing left at ``target``'s name from this call) when the store is on a server,
    when ``target`` is the store itself, or when the copy cannot be written or fails
    its check.
    """
    source = store.sqlite_path
    if source is None:
        raise StoreError(server_backup_advice(store))
    target = Path(target)
    if target.exists() and target.resolve() == Path(source).resolve():
        raise StoreError(
            msg("A copy cannot replace the store it is a copy of; choose another name.")
        )
    if not target.parent.is_dir():
        raise StoreError(msg("The folder {folder} does not exist."), folder=str(target.parent))
    temp = temp_name(target, "copy")
    conn = read_only(Path(source))
    try:
        copy_sqlite(conn, temp)
        check_sqlite_file(temp)
        fsync_file(temp)
        os.replace(temp, target)
        fsync_folder(target.parent)
    except (OSError, sqlite3.Error, StoreError) as exc:
        remove_sqlite_file(temp)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreError(
            msg("Could not save a copy of the store to {path}: {reason}"),
            path=str(target),
            reason=reason,
        ) from exc
    finally:
        conn.close()
    return target


@dataclass(frozen=True, slots=True)
class DailyBackup:
    """What the automatic backup did for a store today."""

    path: Path  # today's backup of the store
    written: bool  # made now (False: it was already there)
    removed: tuple[Path, ...] = ()  # older backups deleted


def backup_prefix(source: Path) -> str:
    """The start of the names of a store's daily backups (its name and a path hash)."""
    digest = hashlib.sha256(str(Path(source).resolve()).encode()).hexdigest()[:8]
    return f"{Path(source).stem}-{digest}-"


def daily_backups(source: Path, folder: Path) -> list[tuple[date, Path]]:
    """The daily backups of the store at ``source`` in ``folder``, oldest first."""
    prefix = backup_prefix(source)
    found = []
    if folder.is_dir():
        for item in folder.glob(f"{prefix}*.db"):
            try:
                day = date.fromisoformat(item.name[len(prefix) : -3])
            except ValueError:
                continue  # not one of ours
            found.append((day, item))
    return sorted(found)


def daily_backup(store: Store, folder: Path, keep_days: int, today: date) -> DailyBackup | None:
    """Make today's backup of ``store`` in ``folder`` unless there is one; delete those
    more than ``keep_days`` days old. None for a store that is not a SQLite file.

    Raises :class:`StoreError` when the backup cannot be written.
    """
    source = store.sqlite_path
    if source is None:
        return None
    if keep_days < 1:
        raise StoreError(msg("Backups are kept for at least one day, not {days}."), days=keep_days)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            msg("Could not make the backup folder {folder}: {reason}"),
            folder=str(folder),
            reason=str(exc.strerror),
        ) from exc
    path = folder / f"{backup_prefix(Path(source))}{today.isoformat()}.db"
    written = False
    if not path.exists():
        save_copy(store, path)
        written = True
    oldest = today - timedelta(days=keep_days - 1)
    removed = []
    for day, item in daily_backups(Path(source), folder):
        if day < oldest:
            try:
                item.unlink()
                removed.append(item)
            except OSError:
                pass  # tried again tomorrow
    return DailyBackup(path, written, tuple(removed))


__all__ = [
    "DEFAULT_KEEP_DAYS",
    "DailyBackup",
    "backup_prefix",
    "daily_backup",
    "daily_backups",
    "save_copy",
    "server_backup_advice",
]
