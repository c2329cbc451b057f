"""The ``gui`` sub-command (also what ``coopdesk`` does with no command): open the window.

The only command that loads Qt, and only when it runs.
"""

from __future__ import annotations

import argparse


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``gui``."""
    gui = subparsers.add_parser("gui", help="open the window (the default)")
    gui.set_defaults(handler=cmd_gui)


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the main window on the store of ``--db`` (or its default)."""
    from coopdesk.ui.app import run

    return run(args.db)
