"""The ``admin`` sub-commands: set up a PostgreSQL server for a team, and say who may write.

``coopdesk admin init-server URL`` creates (or upgrades) the schema and the two group
roles ``coopdesk_editors`` and ``coopdesk_readers`` with their grants; running it again
is harmless (and needed after an upgrade of CoopDesk brings new migrations).
``coopdesk admin grant URL LOGIN editor|reader`` puts an existing login role into one
group and out of the other. Both connect as ``URL``'s role, which must own the schema
and may create roles (the database owner, or a superuser). A SQLite file is refused
in one line, before it is opened: it has no roles.

Light to import (``coopdesk --help`` loads it): the store is imported by the handlers.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from coopdesk.cli.common import emit

if TYPE_CHECKING:
    from coopdesk.store.engine import Store


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``admin`` with its ``init-server`` and ``grant`` sub-commands."""
    admin = subparsers.add_parser(
        "admin",
        help="set up a PostgreSQL server: schema, editors' and readers' roles",
        description="Administer a shared PostgreSQL store. URL connects as a role that "
        "owns the database and may create roles; --db is not used.",
    )
    commands = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    init = commands.add_parser(
        "init-server",
        help="create the schema and the coopdesk_editors and coopdesk_readers roles",
    )
    init.add_argument("url", metavar="URL", help="postgresql+psycopg://admin@host/dbname")
    init.set_defaults(handler=cmd_init_server)
    grant = commands.add_parser(
        "grant", help="make an existing login role an editor or a reader of the store"
    )
    grant.add_argument("url", metavar="URL", help="postgresql+psycopg://admin@host/dbname")
    grant.add_argument("login", metavar="LOGIN", help="the login role (CREATE ROLE ... LOGIN)")
    grant.add_argument(
        "access",
        choices=("editor", "reader"),
        help="editor: may change plans; reader: may only read them",
    )
    grant.set_defaults(handler=cmd_grant)


@contextmanager
def _server(url: str, *, migrate: bool) -> Iterator[Store]:
    """The store on the server ``url`` names; a SQLite URL is refused before it is opened."""
    from coopdesk.errors import ValidationError
    from coopdesk.store.engine import make_engine, open_store
    from coopdesk.store.roles import is_server

    probe = make_engine(url)  # checks the URL and the driver; connects to nothing
    try:
        if not is_server(probe.url):
            raise ValidationError(
                f"'{probe.url.render_as_string(hide_password=True)}' is a "
                f"{probe.url.get_backend_name()} store, which has no roles (who may change "
                "it is set by the file's permissions): admin needs a PostgreSQL server"
            )
    finally:
        probe.dispose()
    store = open_store(url, migrate=migrate)
    try:
        yield store
    finally:
        store.close()


def cmd_init_server(args: argparse.Namespace) -> int:
    """Create the schema and the roles (idempotent)."""
    from coopdesk.store.roles import EDITORS, READERS, init_server

    with _server(args.url, migrate=True) as store:
        setup = init_server(store)
    made = (
        f"created the roles {', '.join(setup.created_roles)}"
        if setup.created_roles
        else f"the roles {EDITORS} and {READERS} were there already"
    )
    emit(
        f"The store {setup.where} is ready ({setup.tables} tables in schema {setup.schema}); "
        f"{made}, grants are in place."
    )
    emit("Next: coopdesk admin grant URL LOGIN editor|reader (for each person's login role).")
    return 0


def cmd_grant(args: argparse.Namespace) -> int:
    """Make a login role an editor or a reader."""
    from coopdesk.store.roles import GROUPS, grant

    with _server(args.url, migrate=False) as store:
        grant(store, args.login, args.access)
        where = store.describe()
    emit(
        f"{args.login} is now a{'n' if args.access == 'editor' else ''} {args.access} "
        f"of {where} (member of {GROUPS[args.access]})."
    )
    return 0
