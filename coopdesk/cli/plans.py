"""The ``demo``, ``plans``, ``show`` and ``read-timings`` sub-commands: load the sample,
list and print plans, give dates to timings an earlier CoopDesk could not read.

``plans --json`` and ``show --json`` print the formats the README documents; scripts
rely on them, so their keys and layout stay as they are (``tests/data`` keeps the
``show --json`` output of the sample plan, byte for byte).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from coopdesk.cli.common import emit, find_plan, iso, open_service

if TYPE_CHECKING:
    from coopdesk.domain.agencies import Agency
    from coopdesk.domain.model import Measure
    from coopdesk.services.plans import PlanService


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``demo``, ``plans``, ``show`` and ``read-timings``."""
    demo = subparsers.add_parser("demo", help="load the sample plan (2023-2024, Kazakhstan-Russia)")
    demo.set_defaults(handler=cmd_demo)
    plans = subparsers.add_parser("plans", help="list the plans in the store")
    plans.add_argument("--json", action="store_true", help="print JSON")
    plans.set_defaults(handler=cmd_plans)
    show = subparsers.add_parser("show", help="print one plan as an outline")
    show.add_argument("plan", metavar="PLAN", help="the plan's id or code")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=cmd_show)
    reread = subparsers.add_parser(
        "read-timings",
        help="give dates to a plan's timings stored without any that can be read now "
        "(after an upgrade); one step, undone as one",
    )
    reread.add_argument("plan", metavar="PLAN", help="the plan's id or code")
    reread.set_defaults(handler=cmd_read_timings)


def cmd_demo(args: argparse.Namespace) -> int:
    """Load the sample plan."""
    from coopdesk.services.sample import load_sample_plan

    with open_service(args.db, actor=args.actor, write=True) as service:
        plan, loaded = load_sample_plan(service)
        count = sum(p.measures for p in service.list_plans() if p.id == plan.id)
    if loaded:
        emit(f"Loaded the sample plan {plan.code} (id {plan.id}) with {count} measures.")
    else:
        emit(f"The sample plan {plan.code} (id {plan.id}) is already in the store.")
    return 0


def cmd_read_timings(args: argparse.Namespace) -> int:
    """Read a plan's dateless timings again."""
    with open_service(args.db, actor=args.actor, write=True) as service:
        plan, plan_id = find_plan(service, args.plan)
        ids = set(service.read_timings_again(plan_id))
        if not ids:
            emit(f"Every timing of plan {plan.code} that CoopDesk can read has its dates already.")
            return 0
        emit(f"{len(ids)} measures of plan {plan.code} now have dates from their timing words:")
        for measure in service.list_measures(plan_id):
            if measure.id not in ids:
                continue
            start, end = iso(measure.timing.start), iso(measure.timing.end)
            emit(f"  {measure.number:<8} {measure.timing.text}  ->  {start} - {end}")
    return 0


def cmd_plans(args: argparse.Namespace) -> int:
    """List plans."""
    with open_service(args.db) as service:
        plans = service.list_plans()
    if args.json:
        emit(
            json.dumps(
                [
                    {
                        "id": p.id,
                        "code": p.code,
                        "title": p.title,
                        "period_start": iso(p.period_start),
                        "period_end": iso(p.period_end),
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
        emit("No plans yet. Load the sample with: coopdesk demo")
        return 0
    for p in plans:
        period = f"{iso(p.period_start) or '?'} - {iso(p.period_end) or '?'}"
        emit(f"{p.id:>4}  {p.code:<20} {period:<23} {p.measures:>6} measures  {p.title}")
    return 0


def plan_document(service: PlanService, key: str) -> dict[str, Any]:
    """The ``show --json`` object of a plan (the format the README documents)."""
    plan, plan_id = find_plan(service, key)
    sectors = service.list_sectors(plan_id)
    code_of = {s.id: s.code for s in sectors}
    measures = service.list_measures(plan_id)
    from coopdesk.services.agencies import AgencyService

    links = AgencyService(service).agencies_of_plan(plan_id)
    origins = carried_from(service, [m.id for m in measures if m.id is not None])
    return {
        "plan": {
            "id": plan.id,
            "code": plan.code,
            "title": plan.title,
            "party_a": plan.party_a,
            "party_b": plan.party_b,
            "period_start": iso(plan.period_start),
            "period_end": iso(plan.period_end),
            "state": plan.state.value,
        },
        "sectors": [
            {"code": s.code, "name": s.name, "parent": code_of.get(s.parent_id)} for s in sectors
        ],
        "measures": [
            measure_document(
                m,
                code_of.get(m.sector_id),
                links.get(m.id or 0),
                plan.language,
                origins.get(m.id),
            )
            for m in measures
        ],
    }


def carried_from(service: PlanService, measure_ids: list[int]) -> dict[int | None, Any]:
    """measure id -> its ``carried_from`` (the origin's plan code and number), when carried."""
    from coopdesk.services.carry_over import CarryOverService

    links = CarryOverService(service).carried_from(measure_ids)
    return {mid: {"plan": link.plan_code, "number": link.number} for mid, link in links.items()}


def measure_document(
    m: Measure,
    sector_code: str | None,
    agencies: Mapping[str, Sequence[Agency]] | None = None,
    language: str = "",
    carried: dict[str, str] | None = None,
) -> dict[str, Any]:
    """One measure of the ``show --json`` document (the README documents its keys).

    ``responsible_a`` / ``responsible_b`` are the text a document prints;
    ``agencies_a`` / ``agencies_b`` (after ``notes``) the short names of the
    directory's agencies chosen for each party, lead first, in the plan's
    document language (Russian when it is not set; another name when the agency
    has none in that language). ``version``, ``updated_at``
    (ISO 8601, UTC, or null) and ``updated_by`` come after them: a script reads the
    version it then passes to ``set --if-version``. ``carried_from`` (last) is where
    carry-over brought the measure from: ``carried`` (the origin's ``plan`` code and
    ``number``), null when it was not carried.
    """
    from coopdesk.cli.measures import timestamp

    values = m.field_values()
    del values["priority"]  # not part of the documented format
    timing = values["timing"]
    values["timing"] = {
        "text": timing.text,
        "start": iso(timing.start),
        "end": iso(timing.end),
        "precision": timing.precision.value,
    }
    return {
        "id": m.id,
        "number": values.pop("number"),
        "sector": sector_code,
        **values,
        "agencies_a": [a.name(language or "ru") for a in (agencies or {}).get("a", [])],
        "agencies_b": [a.name(language or "ru") for a in (agencies or {}).get("b", [])],
        "version": m.version,
        "updated_at": timestamp(m.updated_at),
        "updated_by": m.updated_by,
        "carried_from": carried,
    }


def cmd_show(args: argparse.Namespace) -> int:
    """Print a plan as an outline or JSON."""
    with open_service(args.db) as service:
        if args.json:
            emit(json.dumps(plan_document(service, args.plan), ensure_ascii=False, indent=2))
            return 0
        plan, plan_id = find_plan(service, args.plan)
        sectors = service.list_sectors(plan_id)
        measures = service.list_measures(plan_id)
    depth: dict[int | None, int] = {None: -1}
    for s in sectors:
        depth[s.id] = depth.get(s.parent_id, -1) + 1
    by_sector: dict[int | None, list[Measure]] = {}
    for m in measures:
        by_sector.setdefault(m.sector_id, []).append(m)
    emit(f"{plan.code}: {plan.title}")
    if plan.party_a or plan.party_b:
        emit(f"Parties: {plan.party_a} / {plan.party_b}")
    emit(
        f"Period: {iso(plan.period_start) or '?'} - {iso(plan.period_end) or '?'}"
        f"   State: {plan.state.label}"
    )
    for s in sectors:
        indent = "  " * depth[s.id]
        emit(f"{indent}{s.code}. {s.name}")
        for m in by_sector.get(s.id, []):
            timing = f"  [{m.timing.text}]" if m.timing.text else ""
            emit(f"{indent}    {m.number}  {m.title}{timing}  ({m.status.label})")
    return 0
