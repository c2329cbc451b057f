"""Where the store lives: ``--db URL``, else ``COOPDESK_DB``, else the user data folder."""

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
