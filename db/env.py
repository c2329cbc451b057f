"""Alembic environment.

CoopDesk runs migrations itself (see :func:`coopdesk.store.migrate.upgrade_connection`,
called by :func:`~coopdesk.store.migrate.prepare_sqlite_file` on a copy of a SQLite
store and by :func:`~coopdesk.store.migrate.ensure_schema` on a server), handing in an
open connection through ``config.attributes["connection"]`` and, optionally, a
callback run after each step through ``config.attributes["on_version_apply"]``. Run from the
command line (``alembic -x url=sqlite:///x.db upgrade head``), the URL comes from
``-x url=`` or the ``COOPDESK_DB`` variable.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine

from coopdesk.store.schema import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs table copies for most ALTERs
        compare_type=True,
        on_version_apply=config.attributes.get("on_version_apply"),
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    """Run against the connection CoopDesk passed in, or a URL from the command line."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get("COOPDESK_DB")
    if not url:
        raise SystemExit("Give the database with -x url=... or COOPDESK_DB")
    if context.is_offline_mode():
        context.configure(url=url, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


run_migrations()
