"""Who may change what on a PostgreSQL server: the editors' and readers' group roles.

On a server, access is the server's: ``coopdesk admin init-server URL`` (see
:func:`init_server`) creates the schema and two group roles that cannot log in,
:data:`EDITORS` and :data:`READERS`, with the grants each needs, and
``coopdesk admin grant URL LOGIN editor|reader`` (see :func:`grant`) puts an existing
login role into one of them. A reader's write is refused by the server itself
("permission denied"); :func:`can_write` tells a window or a command beforehand, so
it opens read-only instead of failing at the first edit.

A SQLite file has no roles: who may write is the file's permissions.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Connection, text
from sqlalchemy.engine import URL

from coopdesk.errors import StoreError, ValidationError, msg
from coopdesk.store.engine import Store, translated_errors

#: The group role whose members may change plans (read, insert, update, delete).
EDITORS = "coopdesk_editors"
#: The group role whose members may only read.
READERS = "coopdesk_readers"

Access = Literal["editor", "reader"]
#: The group of each access level ``grant`` takes.
GROUPS: dict[str, str] = {"editor": EDITORS, "reader": READERS}

#: The table Alembic keeps the schema revision in: editors read it, never write it.
_REVISION_TABLE = "alembic_version"


@dataclass(frozen=True, slots=True)
class ServerSetup:
    """What :func:`init_server` did: the store it set up, and the groups it made."""

    where: str
    schema: str
    created_roles: tuple[str, ...]
    tables: int


def is_server(url: URL) -> bool:
    """Whether ``url`` names a PostgreSQL server (the only back end with roles)."""
    return url.get_backend_name() == "postgresql"


def require_server(store: Store) -> None:
    """Refuse a store that is not on a PostgreSQL server, in one line."""
    if not is_server(store.url):
        raise ValidationError(
            msg(
                "The store {store} is a {backend} file, which has no roles: who may change it "
                "is set by the file's permissions; roles need a PostgreSQL server "
                "(postgresql+psycopg://...)"
            ),
            store=store.describe(),
            backend=store.url.get_backend_name(),
        )


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def _create_group(connection: Connection, role: str) -> bool:
    """Create a NOLOGIN role unless it exists; True when it was made now."""
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
    ).scalar()
    if exists:
        return False
    # Roles belong to the whole server: another database's init-server may be making
    # the same one right now; that is as good as making it here.
    connection.exec_driver_sql(
        "DO $$ BEGIN "
        f"CREATE ROLE {_quote(connection, role)} NOLOGIN; "
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; "
        "END $$"
    )
    return True


def init_server(store: Store) -> ServerSetup:
    """Create the editors' and readers' groups and grant them what they need (idempotent).

    ``store`` is open (and so migrated to the head revision) as a role that owns the
    schema and may create roles. Readers get ``SELECT`` on every table and sequence;
    editors ``SELECT, INSERT, UPDATE, DELETE`` on every table but the revision table
    (read only) and ``USAGE, SELECT, UPDATE`` on every sequence; both may connect to
    the database and use the schema. Default privileges give tables and sequences
    that later migrations (run by the same role) create the same grants.
    ``LISTEN``/``NOTIFY``, which windows use to stay current, need no grant.
    """
    require_server(store)
    where = store.describe()
    with translated_errors(where), store.engine.begin() as connection:
        schema = str(connection.execute(text("SELECT current_schema()")).scalar() or "public")
        database = str(connection.execute(text("SELECT current_database()")).scalar())
        created = tuple(role for role in (EDITORS, READERS) if _create_group(connection, role))
        q = _quote(connection, schema)
        editors, readers = _quote(connection, EDITORS), _quote(connection, READERS)
        both = f"{editors}, {readers}"
        statements = [
            f"GRANT CONNECT ON DATABASE {_quote(connection, database)} TO {both}",
            f"GRANT USAGE ON SCHEMA {q} TO {both}",
            f"GRANT SELECT ON ALL TABLES IN SCHEMA {q} TO {readers}",
            f"GRANT SELECT ON ALL SEQUENCES IN SCHEMA {q} TO {readers}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {q} TO {editors}",
            f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {q} TO {editors}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} GRANT SELECT ON TABLES TO {readers}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} GRANT SELECT ON SEQUENCES TO {readers}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} "
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {editors}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA {q} "
            f"GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {editors}",
        ]
        for statement in statements:
            connection.exec_driver_sql(statement)
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = :s"), {"s": schema}
        ).scalars()
        names = list(tables)
        if _REVISION_TABLE in names:
            # Only a migration (run by the owner) moves the schema revision.
            connection.exec_driver_sql(
                f"REVOKE INSERT, UPDATE, DELETE ON {q}.{_quote(connection, _REVISION_TABLE)} "
                f"FROM {editors}"
            )
    return ServerSetup(where=where, schema=schema, created_roles=created, tables=len(names))


def grant(store: Store, login: str, access: str) -> None:
    """Put the login role ``login`` into the editors' or readers' group (and out of the other)."""
    require_server(store)
    if access not in GROUPS:
        raise ValidationError(
            msg("'{access}' is not an access level: use editor or reader"), access=access
        )
    where = store.describe()
    with translated_errors(where), store.engine.begin() as connection:
        found = connection.execute(
            text("SELECT rolname FROM pg_roles WHERE rolname IN (:e, :r)"),
            {"e": EDITORS, "r": READERS},
        ).scalars()
        missing = {EDITORS, READERS} - set(found)
        if missing:
            raise StoreError(
                msg(
                    "The server of {store} has no role {roles}: "
                    "run `coopdesk admin init-server URL` first"
                ),
                store=where,
                roles=", ".join(sorted(missing)),
            )
        can_login = connection.execute(
            text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :n"), {"n": login}
        ).scalar()
        if can_login is None:
            raise ValidationError(
                msg(
                    "There is no role '{login}' on the server of {store}; create it first "
                    "(CREATE ROLE {login} LOGIN PASSWORD '...')"
                ),
                login=login,
                store=where,
            )
        if not can_login or login in (EDITORS, READERS):
            raise ValidationError(
                msg("'{login}' is not a login role (it cannot sign in)"), login=login
            )
        target, other = GROUPS[access], GROUPS["reader" if access == "editor" else "editor"]
        who = _quote(connection, login)
        connection.exec_driver_sql(f"REVOKE {_quote(connection, other)} FROM {who}")
        connection.exec_driver_sql(f"GRANT {_quote(connection, target)} TO {who}")


def can_write(store: Store) -> bool:
    """Whether the store's connected role (or the SQLite file's user) may change plans.

    For a window to open read-only (a banner, no edit controls) and for commands to
    refuse a write in one line before they start. The server still refuses a
    reader's write by itself: this only says so earlier.
    """
    if not is_server(store.url):
        path = store.sqlite_path
        if path is None or not path.exists():
            return True
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    with translated_errors(store.describe()), store.engine.connect() as connection:
        allowed = connection.execute(
            text("SELECT has_table_privilege(current_user, 'measure', 'UPDATE')")
        ).scalar()
    return bool(allowed)


def current_login(store: Store) -> str:
    """The role the store is connected as (the OS user for a SQLite file)."""
    if not is_server(store.url):
        import getpass

        try:
            return getpass.getuser()
        except Exception:  # no login name (some containers)
            return ""
    with translated_errors(store.describe()), store.engine.connect() as connection:
        return str(connection.execute(text("SELECT current_user")).scalar())


def require_write(store: Store) -> None:
    """Refuse, in one line a user can act on, a change the connected role may not make."""
    if can_write(store):
        return
    if not is_server(store.url):
        raise StoreError(
            msg("The store {store} is read-only for you; nothing was written"),
            store=store.describe(),
        )
    login = current_login(store)
    raise StoreError(
        msg(
            "{login} may only read the store {store} (a member of {group}); nothing was "
            "written. An administrator can make you an editor with: coopdesk admin grant URL "
            "{login} editor"
        ),
        login=login,
        store=store.describe(),
        group=READERS,
    )


__all__ = [
    "EDITORS",
    "GROUPS",
    "READERS",
    "ServerSetup",
    "can_write",
    "current_login",
    "grant",
    "init_server",
    "is_server",
    "require_server",
    "require_write",
]
