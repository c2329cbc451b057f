"""Where the store lives: ``--db URL``, else ``COOPDESK_DB``, else the user data folder.

:func:`resolve_store` also says whether the store may be created there (the
``create`` argument of :func:`coopdesk.store.engine.open_store`).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "CoopDesk"
ENV_DB = "COOPDESK_DB"


def default_store_path() -> Path:
    """The SQLite file in the user's data folder (created on demand by :func:`resolve_db_url`)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "coopdesk.db"


def resolve_db_url(cli_url: str | None = None) -> str:
    """The store URL to use: the command line wins, then the environment, then the default."""
    if cli_url:
        return cli_url
    env = os.environ.get(ENV_DB, "").strip()
    if env:
        return env
    path = default_store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def resolve_store(cli_url: str | None = None, *, reading: bool = False) -> tuple[str, bool | None]:
    """The store URL (as :func:`resolve_db_url`) and what ``open_store(url, create=...)`` gets.

    The default store is CoopDesk's own file: created on the first start, and a
    0-byte file there (left by an older CoopDesk that crashed while creating it) is
    made a store too (True). A URL the user gave creates a store only where no file
    exists (None), or, for a command that only reads (``reading``), never (False),
    so that a mistyped ``--db`` does not leave an empty store behind.
    """
    url = resolve_db_url(cli_url)
    if not cli_url and not os.environ.get(ENV_DB, "").strip():
        return url, True
    return url, False if reading else None
