"""A read-only look at a SQLite file: is it a CoopDesk store, and in what state?

The probe runs before anything opens the file for writing, so another program's
database is refused exactly as it was found: the header is read as plain bytes,
and SQLite opens the file with ``mode=ro`` (or ``immutable=1`` for a WAL-mode
file that has no ``-wal`` beside it, so that not even ``-shm``/``-wal`` files
appear). Nothing here writes, switches the journal mode or adds a table.
"""

from __future__ import annotations

import enum
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from coopdesk.errors import StoreError, Text, msg
from coopdesk.store.dberrors import describe_db_error

SQLITE_HEADER = b"SQLite format 3\x00"

#: Tables every CoopDesk store has had since the first revision.
CORE_TABLES = frozenset({"plan", "sector", "measure"})

#: Alembic's batch mode copies a table into this name; one left over means an
#: upgrade was interrupted (by an older CoopDesk, which upgraded in place).
BATCH_PREFIX = "_alembic_tmp_"


class FileState(enum.Enum):
    """What a probed path holds."""

    MISSING = "missing"  # no file at all
    EMPTY = "empty"  # a 0-byte file
    BLANK = "blank"  # a valid SQLite database with no table
    COOPDESK = "coopdesk"  # a CoopDesk store (any revision, perhaps a newer one)
    FOREIGN = "foreign"  # a SQLite database of another program


@dataclass(slots=True)
class Probe:
    """The result of :func:`probe_sqlite`."""

    path: Path
    state: FileState
    revision: str | None = None
    tables: frozenset[str] = field(default_factory=frozenset)

    @property
    def leftovers(self) -> list[str]:
        """Tables an interrupted batch migration left behind (``_alembic_tmp_*``)."""
        return sorted(t for t in self.tables if t.startswith(BATCH_PREFIX))

    @property
    def is_new(self) -> bool:
        """True when there is nothing to keep: a missing, 0-byte or table-less file."""
        return self.state in (FileState.MISSING, FileState.EMPTY, FileState.BLANK)


def classify(revision: str | None, tables: frozenset[str]) -> FileState:
    """Tell a CoopDesk store from another program's database by what it holds.

    A CoopDesk store has Alembic's version table *and* the core tables; a file with
    only some of them (say, another program's table named ``plan``) is foreign.
    """
    if not tables:
        return FileState.BLANK
    # A table an interrupted batch migration left under its copy's name still counts.
    named = {t.removeprefix(BATCH_PREFIX) for t in tables}
    if "alembic_version" in tables and revision and named >= CORE_TABLES:
        return FileState.COOPDESK
    return FileState.FOREIGN


def _read_only_uri(path: Path, header: bytes) -> str:
    uri = path.resolve().as_uri()  # percent-encoded: spaces, '#', '?', Cyrillic
    wal_mode = len(header) >= 20 and header[18] == 2 and header[19] == 2
    if wal_mode and not Path(f"{path}-wal").exists():
        # Everything is in the main file; immutable keeps SQLite from making -shm/-wal.
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro"


def probe_sqlite(path: Path) -> Probe:
    """Look at ``path`` without changing it (or anything beside it when avoidable).

    Raises :class:`StoreError` for a file that is not a SQLite database at all
    (a text file, a damaged or encrypted database) or cannot be read.
    """
    where = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Probe(path, FileState.MISSING)
    except OSError as exc:
        raise StoreError(
            msg("Cannot read the store {store}: {reason}"),
            store=where,
            reason=exc.strerror or str(exc),
        ) from None
    if size == 0:
        return Probe(path, FileState.EMPTY)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError(
            msg("Cannot read the store {store}: {reason}"),
            store=where,
            reason=exc.strerror or str(exc),
        ) from None
    if not header.startswith(SQLITE_HEADER):
        raise StoreError(
            msg("The store {store} is not a CoopDesk database or is damaged ({reason})"),
            store=where,
            reason=Text(msg("its header is not an SQLite database's")),
        )
    try:
        conn = sqlite3.connect(_read_only_uri(path, header), uri=True, isolation_level=None)
        try:
            tables = frozenset(
                row[0]
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            )
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError(describe_db_error(exc, where)) from exc
    return Probe(path, classify(revision, tables), revision, tables)
