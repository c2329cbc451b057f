"""Named fault points, so tests can kill a real process at a chosen step.

Set ``COOPDESK_FAULT=<point>=<action>`` in a child process's environment:
``exit`` ends it at once with ``os._exit`` (no clean-up, like a crash), ``hang``
creates the file named by ``COOPDESK_FAULT_READY`` (if set) and sleeps, so the
test can ``kill -9`` it there, and ``full`` makes the disk "full" for the SQLite
connection the point hands in (``PRAGMA max_page_count`` at its current size).
Without the variable a fault point costs one dictionary lookup. The points are
listed in :data:`POINTS`.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

ENV_FAULT = "COOPDESK_FAULT"
ENV_READY = "COOPDESK_FAULT_READY"

#: Every point the store passes through, in order, while creating or upgrading a SQLite file.
POINTS = (
    "create:built",  # a new store's schema is in its temporary file
    "upgrade:locked",  # the store is locked for the upgrade, nothing copied yet
    "create:copied",  # a new store's temporary file is open, no migration run
    "create:applied",  # after each migration step (``create:applied-0001``)
    "upgrade:copied",  # the working copy is made, no migration run
    "upgrade:applied",  # after each migration step on the copy (``upgrade:applied-0002``)
    "upgrade:checked",  # the copy passed its checks; the backup is next
    "backup:written",  # a backup is written under its temporary name, not yet checked
    "upgrade:backed-up",  # the backup is in place; the swap is next
    "upgrade:swapped",  # the upgraded copy replaced the store; clean-up is next
)


def fault_point(name: str, connection: sqlite3.Connection | None = None) -> None:
    """Crash, hang or fill the disk here when the environment asks for it (tests only)."""
    spec = os.environ.get(ENV_FAULT)
    if not spec:
        return
    point, _, action = spec.partition("=")
    if point != name:
        return
    if action == "exit":
        os._exit(70)
    if action == "full" and connection is not None:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {int(pages)}")
    if action == "hang":
        ready = os.environ.get(ENV_READY)
        if ready:
            Path(ready).write_text(name, encoding="utf-8")
        while True:  # until the test kills this process
            time.sleep(1)
