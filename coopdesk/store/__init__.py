"""The store: SQLAlchemy models, engine set-up and queries.

Nothing outside this package writes SQL. Services open sessions from a
:class:`~coopdesk.store.engine.Store` made by :func:`~coopdesk.store.engine.open_store`.
"""
