"""What every command shares: the one way to open the store, and printing a line.

Light to import (the standard library only): ``coopdesk --help`` loads every command
module, so the store, SQLAlchemy and the services are imported when a command runs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopdesk.domain.model import Plan
    from coopdesk.reports.scope import ReportScope
    from coopdesk.services.plans import PlanService


#: Names the person recorded with changes when ``--as`` does not (else the OS login).
ENV_USER = "COOPDESK_USER"


def actor_name(given: str | None = None) -> str | None:
    """Who the changes of this run are recorded as: ``--as``, else ``$COOPDESK_USER``.

    None leaves it to the services (the OS login).
    """
    name = (given or "").strip() or os.environ.get(ENV_USER, "").strip()
    return name or None


@contextmanager
def open_service(
    db: str | None, *, actor: str | None = None, write: bool = False
) -> Iterator[PlanService]:
    """The plan service over the store a command works on, closed when the command ends.

    ``db`` is the ``--db`` argument: when it is empty, ``COOPDESK_DB`` names the store,
    else the SQLite file in the user's data folder. A store that cannot be opened (a bad
    URL, a missing folder, a locked, damaged or newer store) raises a
    :class:`~coopdesk.errors.CoopDeskError`, which :func:`coopdesk.cli.main` prints as
    one line on stderr with exit code 1. ``actor`` is the ``--as`` argument (see
    :func:`actor_name`). A command that changes the store passes ``write=True``: a
    role that may only read (a member of ``coopdesk_readers``) is then refused in one
    line before anything is tried.
    """
    from coopdesk.config import resolve_db_url
    from coopdesk.services.plans import PlanService
    from coopdesk.store.engine import open_store

    store = open_store(resolve_db_url(db))
    try:
        if write:
            from coopdesk.store.roles import require_write

            require_write(store)
        yield PlanService(store, actor=actor_name(actor))
    finally:
        store.close()


def find_plan(service: PlanService, key: str) -> tuple[Plan, int]:
    """The plan ``key`` (its id or code, as typed) names, and its id."""
    from coopdesk.errors import NotFoundError

    plan = service.find_plan(key)
    if plan.id is None:  # a plan read from the store always has one
        raise NotFoundError(f"There is no plan with id or code '{key}'")
    return plan, plan.id


def emit(text: str = "") -> None:
    """Print one line on stdout."""
    sys.stdout.write(text + "\n")


def iso(value: date | None) -> str | None:
    """A date as ``YYYY-MM-DD`` (the JSON formats' dates), or None."""
    return value.isoformat() if value else None


def period_scope(start: date | None, end: date | None) -> ReportScope | None:
    """A report's scope from --from/--to: the measures whose timing overlaps those
    dates (either end may stay open); None when neither is given."""
    if not (start or end):
        return None
    from coopdesk.errors import ValidationError
    from coopdesk.reports.scope import ReportScope

    first, last = start or date.min, end or date.max
    if first > last:
        raise ValidationError(
            f"The period starts on {first.isoformat()} after it ends on {last.isoformat()}"
        )
    return ReportScope.of(period=(first, last))
