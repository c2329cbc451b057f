"""Database errors as one line a user can act on, and which of them are worth a retry.

Both :mod:`coopdesk.store.engine` and :mod:`coopdesk.store.migrate` use these, so
they live apart from both (no import cycle between the two).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from coopdesk.errors import StoreError, Text, msg

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


def describe_db_error(exc: BaseException, where: str) -> Text:
    """Turn a driver error into one line a user can act on (``str()`` gives English)."""
    text = str(_driver_error(exc) or exc).strip().splitlines()[0] if str(exc) else ""
    low = text.lower()
    sqlstate = getattr(_driver_error(exc), "sqlstate", None)
    if "file is not a database" in low or "malformed" in low:
        return Text(
            msg("The store {store} is not a CoopDesk database or is damaged ({reason})"),
            store=where,
            reason=text,
        )
    if sqlstate in RETRYABLE_SQLSTATES or "deadlock" in low:
        return Text(
            msg(
                "The store {store} is busy with other officers' changes (they crossed this "
                "one); try again in a moment"
            ),
            store=where,
        )
    if "locked" in low or "busy" in low:
        return Text(
            msg(
                "The store {store} stayed locked while another CoopDesk window (or another "
                "program) saved a large change; try again in a moment"
            ),
            store=where,
        )
    if "disk is full" in low or "database or disk is full" in low:
        return Text(
            msg("The disk of the store {store} is full; free some space and try again"), store=where
        )
    if "unable to open database file" in low:
        return Text(
            msg("Cannot open the store {store}: the file cannot be created or read"), store=where
        )
    if "readonly" in low or "read-only" in low:
        return Text(
            msg("The store {store} is read-only; CoopDesk needs to write to it"), store=where
        )
    if "connection" in low or "could not" in low or "password" in low:
        return Text(msg("Cannot connect to the store {store}: {reason}"), store=where, reason=text)
    return Text(msg("The store {store} failed: {reason}"), store=where, reason=text)


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
        raise StoreError(
            msg("The store {store} failed: {reason}"), store=where, reason=str(exc)
        ) from exc
