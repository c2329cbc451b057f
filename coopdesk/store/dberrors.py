"""Database errors as one line a user can act on, and which of them are worth a retry.

Both :mod:`coopdesk.store.engine` and :mod:`coopdesk.store.migrate` use these, so
they live apart from both (no import cycle between the two).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from coopdesk.errors import StoreError

#: PostgreSQL SQLSTATEs after which the whole transaction may simply be run again.
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization_failure, deadlock_detected


class StoreBusyError(StoreError):
    """The store stayed busy (another writer, a deadlock) longer than CoopDesk waits.

    A :class:`StoreError`, so every caller that shows store errors shows this one
    too; the message says the store is busy, not that something must be closed.
    """


def _driver_error(exc: BaseException) -> BaseException:
    return getattr(exc, "orig", None) or exc


def is_retryable(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what caused it) means "busy now, may work in a moment".

    SQLite: ``database is locked`` / ``busy`` (another writer held the lock longer
    than the busy timeout). PostgreSQL: deadlock detected or serialization failure.
    A :class:`StoreBusyError` raised while waiting for the write lock counts too.
    """
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, StoreBusyError):
            return True
        orig = _driver_error(exc)
        sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
        if sqlstate in RETRYABLE_SQLSTATES:
            return True
        if isinstance(orig, sqlite3.OperationalError):
            low = str(orig).lower()
            if "locked" in low or "busy" in low:
                return True
        exc = exc.__cause__ or exc.__context__
    return False


def describe_db_error(exc: BaseException, where: str) -> str:
    """Turn a driver error into one line a user can act on."""
    text = str(_driver_error(exc) or exc).strip().splitlines()[0] if str(exc) else ""
    low = text.lower()
    sqlstate = getattr(_driver_error(exc), "sqlstate", None)
    if "file is not a database" in low or "malformed" in low:
        return f"The store {where} is not a CoopDesk database or is damaged ({text})"
    if sqlstate in RETRYABLE_SQLSTATES or "deadlock" in low:
        return (
            f"The store {where} is busy with other officers' changes (they crossed this one); "
            "try again in a moment"
        )
    if "locked" in low or "busy" in low:
        return (
            f"The store {where} stayed locked while another CoopDesk window (or another "
            "program) saved a large change; try again in a moment"
        )
    if "disk is full" in low or "database or disk is full" in low:
        return f"The disk of the store {where} is full; free some space and try again"
    if "unable to open database file" in low:
        return f"Cannot open the store {where}: the file cannot be created or read"
    if "readonly" in low or "read-only" in low:
        return f"The store {where} is read-only; CoopDesk needs to write to it"
    if "connection" in low or "could not" in low or "password" in low:
        return f"Cannot connect to the store {where}: {text}"
    return f"The store {where} failed: {text}"


@contextmanager
def translated_errors(where: str) -> Iterator[None]:
    """Re-raise database errors as :class:`StoreError` with a readable message.

    A busy store becomes a :class:`StoreBusyError`, so a retry helper can tell it
    from a real failure.
    """
    try:
        yield
    except StoreError:
        raise
    except (DBAPIError, sqlite3.Error) as exc:
        cls = StoreBusyError if is_retryable(exc) else StoreError
        raise cls(describe_db_error(exc, where)) from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"The store {where} failed: {exc}") from exc
