"""The ``carry-over`` sub-command: the next plan, made from an old one.

``coopdesk carry-over PLAN --code CODE --from DATE --to DATE [--title TITLE]
[--measure N ...] [--json]`` makes a new plan with PLAN's parties and sector tree and
the measures to carry (by default those not done and not cancelled, and the
recurring ones; ``--measure`` names them by number or id instead), each linked to
its origin, in one step of the change history. Timings that named dates inside the
old period are cleared; the origins get the status "carried over" and a note. With
``--json`` an object ``plan`` (``id``, ``code``, ``title``, ``period_start``,
``period_end``), ``measures`` (each ``id``, ``number``, ``title``, ``timing``,
``timing_cleared`` and ``carried_from``: the origin's ``plan`` code and ``number``)
and ``origins_marked`` (how many origins took the status "carried over").

Light to import (``coopdesk --help`` loads it): the services are imported by the handler.
"""

from __future__ import annotations

import argparse
import json

from coopdesk.cli.common import emit, find_plan, iso, open_service
from coopdesk.cli.measures import day, find_measure


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``carry-over``."""
    carry = subparsers.add_parser(
        "carry-over",
        help="make the next plan from a plan's unfinished and recurring measures",
        description="Make a new plan with PLAN's parties and sector tree, holding the "
        "measures to carry (default: those not done and not cancelled, and the recurring "
        "ones), each linked to its origin. Timings that named dates inside the old period "
        "are cleared; the origins get the status 'carried over' and a note.",
    )
    carry.add_argument("plan", metavar="PLAN", help="the old plan's id or code")
    carry.add_argument("--code", required=True, help="the new plan's code (e.g. KZ-RU-2025)")
    carry.add_argument(
        "--from", dest="start", required=True, type=day, metavar="DATE", help="its first day"
    )
    carry.add_argument(
        "--to", dest="end", required=True, type=day, metavar="DATE", help="its last day"
    )
    carry.add_argument("--title", help="its title (default: the old title with its years moved on)")
    carry.add_argument(
        "--measure",
        dest="measures",
        action="append",
        metavar="N",
        help="a measure to carry, by number or id (repeat it; default: the usual ones)",
    )
    carry.add_argument("--json", action="store_true", help="print the new plan as JSON")
    carry.set_defaults(handler=cmd_carry_over)


def cmd_carry_over(args: argparse.Namespace) -> int:
    """Carry a plan over into a new one."""
    from coopdesk.services.carry_over import CarryOverService

    with open_service(args.db, actor=args.actor, write=True) as service:
        old, old_id = find_plan(service, args.plan)
        ids = None
        if args.measures:
            ids = [find_measure(service, old_id, key).id or 0 for key in args.measures]
        result = CarryOverService(service).carry_over(
            old_id,
            code=args.code,
            period_start=args.start,
            period_end=args.end,
            title=args.title,
            measure_ids=ids,
        )
        new_id = result.plan.id or 0
        measures = {m.id: m for m in service.list_measures(new_id)}
        origins = {m.id: m for m in service.list_measures(old_id)}
    marked = sum(1 for o in result.links.values() if origins[o].status.value == "carried_over")
    if args.json:
        cleared = set(result.cleared)
        document = {
            "plan": {
                "id": result.plan.id,
                "code": result.plan.code,
                "title": result.plan.title,
                "period_start": iso(result.plan.period_start),
                "period_end": iso(result.plan.period_end),
            },
            "measures": [
                {
                    "id": mid,
                    "number": measures[mid].number,
                    "title": measures[mid].title,
                    "timing": measures[mid].timing.text,
                    "timing_cleared": mid in cleared,
                    "carried_from": {"plan": old.code, "number": origins[origin].number},
                }
                for mid, origin in sorted(
                    result.links.items(), key=lambda item: list(measures).index(item[0])
                )
            ],
            "origins_marked": marked,
        }
        emit(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    emit(
        f"Made plan {result.plan.code} (id {result.plan.id}) with {len(result.links)} measures "
        f"carried over from {old.code}; {len(result.cleared)} timings cleared to set, "
        f"{marked} measures of {old.code} marked carried over."
    )
    return 0
