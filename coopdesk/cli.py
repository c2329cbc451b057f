"""Command-line front end: ``coopdesk [--db URL] [COMMAND]``.

Commands that need no window never import Qt. Exit codes: 0 success, 1 a
failure explained in one line on stderr, 2 a usage error (from argparse).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any

from coopdesk import __version__
from coopdesk.config import ENV_DB, resolve_db_url
from coopdesk.errors import CoopDeskError

#: Modules that add their own sub-commands: each has ``add_commands(subparsers)``, which
#: registers parsers with ``set_defaults(handler=...)``; a handler takes the parsed
#: arguments and returns the exit code. They must stay light to import (argparse
#: only): heavy imports go inside the handlers.
COMMAND_MODULES: tuple[str, ...] = (
    "coopdesk.exchange.commands",
    "coopdesk.calendar.commands",
    "coopdesk.reports.commands",
)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


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
    parser.add_argument("--version", action="version", version=f"coopdesk {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the window (the default)")
    commands.add_parser("demo", help="load the sample plan (2023-2024, Kazakhstan-Russia)")
    plans = commands.add_parser("plans", help="list the plans in the store")
    plans.add_argument("--json", action="store_true", help="print JSON")
    show = commands.add_parser("show", help="print one plan as an outline")
    show.add_argument("plan", metavar="PLAN", help="the plan's id or code")
    show.add_argument("--json", action="store_true", help="print JSON")
    for name in COMMAND_MODULES:
        try:
            spec = importlib.util.find_spec(name)
        except ModuleNotFoundError:
            spec = None
        if spec is not None:
            importlib.import_module(name).add_commands(commands)
    return parser


def _print(text: str) -> None:
    sys.stdout.write(text + "\n")


def _open_service(url: str | None):  # -> PlanService
    from coopdesk.services.plans import PlanService
    from coopdesk.store.engine import open_store

    return PlanService(open_store(resolve_db_url(url)))


def cmd_demo(args: argparse.Namespace) -> int:
    """Load the sample plan."""
    from coopdesk.services.sample import load_sample_plan

    service = _open_service(args.db)
    plan, loaded = load_sample_plan(service)
    count = sum(p.measures for p in service.list_plans() if p.id == plan.id)
    if loaded:
        _print(f"Loaded the sample plan {plan.code} (id {plan.id}) with {count} measures.")
    else:
        _print(f"The sample plan {plan.code} (id {plan.id}) is already in the store.")
    return 0


def cmd_plans(args: argparse.Namespace) -> int:
    """List plans."""
    plans = _open_service(args.db).list_plans()
    if args.json:
        _print(
            json.dumps(
                [
                    {
                        "id": p.id,
                        "code": p.code,
                        "title": p.title,
                        "period_start": _iso(p.period_start),
                        "period_end": _iso(p.period_end),
                        "measures": p.measures,
                    }
                    for p in plans
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not plans:
        _print("No plans yet. Load the sample with: coopdesk demo")
        return 0
    for p in plans:
        period = f"{_iso(p.period_start) or '?'} - {_iso(p.period_end) or '?'}"
        _print(f"{p.id:>4}  {p.code:<20} {period:<23} {p.measures:>6} measures  {p.title}")
    return 0


def plan_document(service, key: str) -> dict[str, Any]:  # service: PlanService
    """The ``show --json`` object of a plan (the format the README documents)."""
    plan = service.find_plan(key)
    sectors = service.list_sectors(plan.id)
    code_of = {s.id: s.code for s in sectors}
    measures = service.list_measures(plan.id)
    return {
        "plan": {
            "id": plan.id,
            "code": plan.code,
            "title": plan.title,
            "party_a": plan.party_a,
            "party_b": plan.party_b,
            "period_start": _iso(plan.period_start),
            "period_end": _iso(plan.period_end),
            "state": plan.state.value,
        },
        "sectors": [
            {"code": s.code, "name": s.name, "parent": code_of.get(s.parent_id)} for s in sectors
        ],
        "measures": [_measure_document(m, code_of.get(m.sector_id)) for m in measures],
    }


def _measure_document(m, sector_code: str | None) -> dict[str, Any]:  # m: domain Measure
    """One measure of the ``show --json`` document (the README documents its keys)."""
    values = m.field_values()
    del values["priority"]  # not part of the documented format
    timing = values["timing"]
    values["timing"] = {
        "text": timing.text,
        "start": _iso(timing.start),
        "end": _iso(timing.end),
        "precision": timing.precision.value,
    }
    return {"id": m.id, "number": values.pop("number"), "sector": sector_code, **values}


def cmd_show(args: argparse.Namespace) -> int:
    """Print a plan as an outline or JSON."""
    service = _open_service(args.db)
    if args.json:
        _print(json.dumps(plan_document(service, args.plan), ensure_ascii=False, indent=2))
        return 0
    plan = service.find_plan(args.plan)
    sectors = service.list_sectors(plan.id)
    depth: dict[int | None, int] = {None: -1}
    for s in sectors:
        depth[s.id] = depth.get(s.parent_id, -1) + 1
    by_sector: dict[int, list] = {}
    for m in service.list_measures(plan.id):
        by_sector.setdefault(m.sector_id, []).append(m)
    _print(f"{plan.code}: {plan.title}")
    if plan.party_a or plan.party_b:
        _print(f"Parties: {plan.party_a} / {plan.party_b}")
    _print(
        f"Period: {_iso(plan.period_start) or '?'} - {_iso(plan.period_end) or '?'}"
        f"   State: {plan.state.label}"
    )
    for s in sectors:
        indent = "  " * depth[s.id]
        _print(f"{indent}{s.code}. {s.name}")
        for m in by_sector.get(s.id, []):
            timing = f"  [{m.timing.text}]" if m.timing.text else ""
            _print(f"{indent}    {m.number}  {m.title}{timing}  ({m.status.label})")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the main window."""
    from coopdesk.ui.app import run

    return run(args.db)


_COMMANDS = {
    None: cmd_gui,
    "gui": cmd_gui,
    "demo": cmd_demo,
    "plans": cmd_plans,
    "show": cmd_show,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    for stream in (sys.stdout, sys.stderr):
        if (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8":
            with contextlib.suppress(AttributeError, ValueError):
                stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    try:
        handler = getattr(args, "handler", None) or _COMMANDS[args.command]
        return handler(args)
    except CoopDeskError as exc:
        if args.debug:
            raise
        sys.stderr.write(f"coopdesk: {exc}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("coopdesk: interrupted\n")
        return 1
    except Exception as exc:  # last resort: one line, never a traceback
        if args.debug:
            raise
        sys.stderr.write(f"coopdesk: unexpected error: {type(exc).__name__}: {exc}\n")
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
