"""Command-line front end: ``coopdesk [--db URL] [COMMAND]``.

One module per command group, each with ``add_commands(subparsers)`` that registers
its parsers with ``set_defaults(handler=...)``; a handler takes the parsed arguments
and returns the exit code:

* :mod:`.window`: ``gui`` (the default: open the window);
* :mod:`.plans`: ``demo``, ``plans``, ``show``;
* :mod:`.measures`: ``set``, ``history`` (change one measure, read the change history);
* :mod:`.exchange`: ``export``, ``import`` (Excel and CSV);
* :mod:`.calendar`: ``calendar`` (.ics);
* :mod:`.reports`: ``report`` (PDF);
* :mod:`.compare`: ``compare`` (the comparison table of two editions);
* :mod:`.admin`: ``admin init-server``, ``admin grant`` (a PostgreSQL server's roles).

Every command opens its store through :func:`coopdesk.cli.common.open_service`. The
modules stay light to import (``coopdesk --help`` loads them all): the store, the
services and Qt are imported by the handlers. Commands that need no window never
import Qt. Exit codes: 0 success, 1 a failure explained in one line on stderr (by
:func:`main`), 2 a usage error (from argparse).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from collections.abc import Callable, Sequence

from coopdesk import __version__
from coopdesk.cli import admin, calendar, exchange, measures, plans, reports, window
from coopdesk.cli import compare as compare_cli
from coopdesk.cli.common import ENV_USER
from coopdesk.config import ENV_DB
from coopdesk.errors import CoopDeskError

__all__ = ["build_parser", "main"]

#: The command groups, in the order ``--help`` lists their commands.
COMMAND_GROUPS = (window, plans, measures, exchange, calendar, reports, admin, compare_cli)

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (public so the README's usage stays in step with it)."""
    parser = argparse.ArgumentParser(
        prog="coopdesk",
        description="CoopDesk: a planner for bilateral plans of measures. "
        "With no command it opens the window.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"store to use, any SQLAlchemy URL (default: ${ENV_DB}, "
        "else a SQLite file in your user data folder)",
    )
    parser.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        help=f"the name changes are recorded with (default: ${ENV_USER}, else your login)",
    )
    parser.add_argument("--version", action="version", version=f"coopdesk {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    # No command at all opens the window, as ``gui`` does.
    handler: Handler = getattr(args, "handler", None) or window.cmd_gui
    try:
        return handler(args)
    except CoopDeskError as exc:
        if args.debug:
            raise
        sys.stderr.write(f"coopdesk: {without_passwords(str(exc), args)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("coopdesk: interrupted\n")
        return 1
    except Exception as exc:  # last resort: one line, never a traceback
        if args.debug:
            raise
        message = without_passwords(f"{type(exc).__name__}: {exc}", args)
        sys.stderr.write(f"coopdesk: unexpected error: {message}\n")
        return 1


#: ``scheme://user:password@`` in any text: the password part is masked.
_URL_PASSWORD = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^\s:/@]*:)[^\s@]+@", re.IGNORECASE)


def without_passwords(text: str, args: argparse.Namespace | None = None) -> str:
    """``text`` with every password of a URL masked as ``***``, for messages.

    The store layer already names stores without their password; this catches a URL
    quoted back by a driver or a malformed URL, and the bare password of a URL given
    on the command line or in ``$COOPDESK_DB`` wherever it shows.
    """
    from urllib.parse import unquote, urlsplit

    masked = _URL_PASSWORD.sub(r"\1***@", text)
    given = [getattr(args, "db", None), getattr(args, "url", None), os.environ.get(ENV_DB)]
    for url in given:
        if not url:
            continue
        try:
            password = urlsplit(url).password
        except ValueError:
            password = None
        for secret in {password, unquote(password or "")}:
            if secret and len(secret) >= 3:
                masked = masked.replace(secret, "***")
    return masked
