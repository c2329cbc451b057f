"""The store: SQLAlchemy models, engine set-up, migrations, backups and queries.

Services open sessions from a :class:`~coopdesk.store.engine.Store` made by
:func:`~coopdesk.store.engine.open_store`, and write through
:meth:`~coopdesk.store.engine.Store.writing`. The schema and the reusable queries
live here; the services still compose their own ORM statements (selects, updates)
on these models inside those sessions, so SQL is written in ``store`` and in
``services``, and nowhere else (no UI, exchange, report or calendar module).
"""
