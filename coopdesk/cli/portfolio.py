"""The ``search`` sub-command: search every plan of the store at once.

``coopdesk search TEXT [--from DATE --to DATE] [--limit N] [--json]`` lists the
measures of every plan whose title, description, responsible agencies, notes,
location, number or timing words hold every word of TEXT (case and "ё"/"е" do not
matter), and with a period only those whose timing shares a day with it. With
``--json`` an object ``total`` and ``hits`` (each ``plan``, ``measure`` (id),
``number``, ``title``, ``timing``, ``start``, ``end``, ``status``,
``responsible_a``, ``responsible_b``).

Light to import (``coopdesk --help`` loads it): the services are imported by the handler.
"""

from __future__ import annotations

import argparse
import json

from coopdesk.cli.common import emit, iso, open_service
from coopdesk.cli.measures import day


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``search``."""
    search = subparsers.add_parser(
        "search",
        help="search the measures of every plan",
        description="List the measures of every plan whose text holds every word of TEXT "
        "(title, description, responsible agencies, notes, location, number, timing), "
        "optionally only those whose timing meets a period.",
    )
    search.add_argument(
        "text", metavar="TEXT", help="the words to find (may be empty with a period)"
    )
    search.add_argument("--from", dest="start", type=day, metavar="DATE", help="period's first day")
    search.add_argument("--to", dest="end", type=day, metavar="DATE", help="period's last day")
    search.add_argument("--limit", type=int, metavar="N", help="print at most N hits")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(handler=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    """Search every plan."""
    from coopdesk.services.portfolio import PortfolioIndex

    with open_service(args.db) as service:
        index = PortfolioIndex(service, follow=False)
        result = index.search(args.text, args.start, args.end, limit=args.limit)
    if args.json:
        emit(
            json.dumps(
                {
                    "total": result.total,
                    "hits": [
                        {
                            "plan": h.plan_code,
                            "measure": h.measure_id,
                            "number": h.number,
                            "title": h.title,
                            "timing": h.timing_text,
                            "start": iso(h.timing_start),
                            "end": iso(h.timing_end),
                            "status": h.status,
                            "responsible_a": h.responsible_a,
                            "responsible_b": h.responsible_b,
                        }
                        for h in result.hits
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for h in result.hits:
        timing = f"  [{h.timing_text}]" if h.timing_text else ""
        emit(f"{h.plan_code:<20} {h.number:<10} {h.title}{timing}")
    shown = len(result.hits)
    emit(f"{result.total} measures found" + (f", {shown} shown" if shown < result.total else ""))
    return 0
