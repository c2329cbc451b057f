"""The unit of work every service shares: one store, one change hub, one actor.

A service (plans, sectors, measures, history, imports) changes the store only
through :meth:`UnitOfWork.change`: one write transaction named after the change,
its rows captured by the :class:`~coopdesk.services.unit.Recorder` so the step's
inverse and history are written with it, then a :class:`ChangeSet` published
once committed. The services split by what they own; they share this object, so
a window's plans, sectors and measures have one actor, one origin, one undo log.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from coopdesk.errors import NotFoundError, msg
from coopdesk.services.changes import ChangeHub, ChangeSet
from coopdesk.services.unit import Recorder, StepInfo, announce, default_actor, new_origin
from coopdesk.store.engine import Store, translated_errors


def now() -> datetime:
    """The time stamp the store keeps (UTC, naive, whole seconds)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def new_uid() -> str:
    """A new stable identifier for a plan or measure (kept across stores and files)."""
    return str(uuid.uuid4())


def get_row(session: Session, cls: type, ident: int, what: str) -> Any:
    """The ORM row ``cls`` with id ``ident``, or :class:`NotFoundError` naming ``what``."""
    row = session.get(cls, ident)
    if row is None:
        template = _NOT_FOUND.get(what)
        if template is None:  # an entity with no sentence of its own yet: its word as it is
            raise NotFoundError(
                msg("There is no {what} with id {id} (someone may have deleted it)"),
                what=what,
                id=ident,
            )
        raise NotFoundError(template, id=ident)
    return row


#: One sentence per entity, so that Russian and Kazakh can decline the entity's name
#: (a colleague who deleted the row is the usual reason a user meets these).
_NOT_FOUND = {
    "plan": msg("There is no plan with id {id}"),
    "sector": msg("There is no sector with id {id}"),
    "measure": msg("There is no measure with id {id}"),
    "agency": msg("There is no agency with id {id}"),
    "progress entry": msg("There is no progress entry with id {id} (someone may have deleted it)"),
}


class UnitOfWork:
    """The store, the hub and who is acting: what every service's change runs through."""

    def __init__(
        self,
        store: Store,
        hub: ChangeHub | None = None,
        *,
        actor: str | None = None,
        origin: str | None = None,
    ) -> None:
        self.store = store
        self.hub = hub or ChangeHub()
        #: Who makes this service's changes (a display name recorded in the history).
        self.actor = actor if actor is not None else default_actor()
        #: This window's (or command's) token in the change log: other windows apply
        #: steps of other origins, and undo refuses steps of another origin.
        self.origin = origin or new_origin()
        self._initiator: object | None = None
        self._recorder: Recorder | None = None

    @contextmanager
    def acting_for(self, initiator: object) -> Iterator[None]:
        """Changes made inside carry ``initiator`` (a window's workspace) in their change set."""
        previous, self._initiator = self._initiator, initiator
        try:
            yield
        finally:
            self._initiator = previous

    @property
    def recorder(self) -> Recorder:
        """The recorder of the change under way (for service modules that write rows)."""
        if self._recorder is None:
            raise RuntimeError("No change is under way")
        return self._recorder

    @contextmanager
    def change(
        self,
        name: str,
        plan_id: int | None = None,
        *,
        kind: str = "do",
        target_id: int | None = None,
        source: str = "",
        exclusive: bool = True,
    ) -> Iterator[tuple[Session, ChangeSet]]:
        """One named change: a session in a transaction, recorded, committed, then published.

        Other service modules (imports, merges, undo) build their changes on this:
        write through the yielded session, tell :attr:`recorder` which rows are about
        to change, record ids on the yielded :class:`ChangeSet`. In the same
        transaction the step is written to the change log with its inverse and
        history (see :mod:`coopdesk.services.unit`); an exception rolls everything
        back and publishes nothing.
        """
        changes = ChangeSet(name, plan_id=plan_id)
        info = StepInfo(
            name=name,
            actor=self.actor,
            origin=self.origin,
            kind=kind,
            target_id=target_id,
            source=source,
        )
        # The store's write transaction: SQLite takes its write lock first (BEGIN
        # IMMEDIATE), PostgreSQL CoopDesk's advisory lock, so what the change reads (a
        # base value, the next position) cannot change under it before it writes.
        with self.store.writing(exclusive=exclusive) as session:
            self._recorder = Recorder(session)
            try:
                yield session, changes
                info.name = changes.name
                changes.step_id = self._recorder.finish(info, changes, now())
                if changes.step_id is not None and not self._recorder.announced:
                    announce(session, changes.step_id)
            finally:
                self._recorder = None
        changes.kind, changes.target_id = kind, target_id
        changes.actor, changes.origin = self.actor, self.origin
        changes.initiator = self._initiator
        if changes:
            self.hub.publish(changes)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translated_errors(self.store.describe()), self.store.session() as session:
            yield session


class ServiceBase:
    """A service over a shared :class:`UnitOfWork` (see the module's docstring)."""

    def __init__(self, unit: UnitOfWork) -> None:
        self.unit = unit

    @property
    def store(self) -> Store:
        """The store the unit of work writes to."""
        return self.unit.store

    @property
    def actor(self) -> str:
        """Who makes the changes (recorded in the history)."""
        return self.unit.actor

    @property
    def recorder(self) -> Recorder:
        """The recorder of the change under way."""
        return self.unit.recorder

    def change(
        self,
        name: str,
        plan_id: int | None = None,
        *,
        kind: str = "do",
        target_id: int | None = None,
        source: str = "",
        exclusive: bool = True,
    ) -> AbstractContextManager[tuple[Session, ChangeSet]]:
        """The unit of work's :meth:`UnitOfWork.change`."""
        return self.unit.change(
            name, plan_id, kind=kind, target_id=target_id, source=source, exclusive=exclusive
        )

    def _read(self) -> AbstractContextManager[Session]:
        return self.unit.read()

    _get = staticmethod(get_row)
