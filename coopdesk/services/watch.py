"""Changes other windows and processes made, noticed cheaply and read from the change log.

Every committed step is in ``change_step`` with the change set views apply. A
window asks :meth:`ChangeWatcher.poll` a few times a second:

* on SQLite it reads ``PRAGMA data_version`` on a connection of its own, which
  moves only when another connection committed: an idle window runs no query;
* on PostgreSQL it listens on the channel each change notifies in its own
  transaction (see :func:`coopdesk.services.unit.announce`) and reads nothing
  until a notification arrives.

Only then does it read the steps after the last one it saw, and hands back the
change sets of other origins (its own window has applied its own already).
"""

from __future__ import annotations

import contextlib
from typing import Any

from coopdesk.services.changes import ChangeSet
from coopdesk.services.history import HistoryService
from coopdesk.services.plans import PlanService
from coopdesk.services.unit import CHANNEL


class ChangeWatcher:
    """Tells a window what other windows and processes changed since it last asked."""

    def __init__(self, plans: PlanService) -> None:
        self.plans = plans
        self.history = HistoryService(plans)
        self.last_seen = self.history.last_step_id()
        self._dialect = plans.store.engine.dialect.name
        self._sqlite: Any = None
        self._listener: Any = None
        self._data_version: int | None = None
        self.queries = 0  # steps read (for the idle-cost benchmark)
        if self._dialect == "sqlite":
            self._sqlite = plans.store.engine.connect()
            self._data_version = self._read_data_version()
        elif self._dialect == "postgresql":
            self._listen()

    def _read_data_version(self) -> int:
        value = self._sqlite.exec_driver_sql("PRAGMA data_version").scalar()
        self._sqlite.rollback()
        return int(value)

    def _listen(self) -> None:
        import psycopg

        url = self.plans.store.engine.url.set(drivername="postgresql")
        self._listener = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
        self._listener.execute(f"LISTEN {CHANNEL}")

    def has_news(self) -> bool:
        """Whether anything was committed by anyone since the last call (cheap)."""
        if self._sqlite is not None:
            version = self._read_data_version()
            if version == self._data_version:
                return False
            self._data_version = version
            return True
        if self._listener is not None:
            heard = False
            for _note in self._listener.notifies(timeout=0):
                heard = True
            return heard
        return True

    def poll(self) -> list[ChangeSet]:
        """Change sets committed by other origins since the last poll, oldest first."""
        if not self.has_news():
            return []
        out: list[ChangeSet] = []
        while True:
            self.queries += 1
            steps = self.history.steps_after(self.last_seen)
            if not steps:
                break
            for step, changes in steps:
                self.last_seen = step.id
                if step.origin != self.plans.origin:
                    out.append(changes)
            if len(steps) < 500:
                break
        return out

    def close(self) -> None:
        """Give back the connection it holds."""
        if self._sqlite is not None:
            with contextlib.suppress(Exception):
                self._sqlite.close()
            self._sqlite = None
        if self._listener is not None:
            with contextlib.suppress(Exception):
                self._listener.close()
            self._listener = None
