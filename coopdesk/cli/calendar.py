"""``coopdesk calendar PLAN OUT.ics``: export a plan's dated measures as an iCalendar file.

Light to import (``coopdesk --help`` loads it): the store and icalendar are loaded
when the command runs.
"""

from __future__ import annotations

import argparse
import sys

from coopdesk.cli.common import find_plan, open_service


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``calendar`` sub-command."""
    parser = subparsers.add_parser(
        "calendar",
        help="export a plan's dated measures as an iCalendar (.ics) file",
        description="Write one all-day event per measure whose timing has dates. Exact dates "
        "are events on those days; fuzzy timings (a month, a quarter, a year) span their "
        "period and are marked in the summary, e.g. '[Q2 2023]'. Importing a newer export "
        "into Outlook or Thunderbird updates the events instead of duplicating them.",
    )
    parser.add_argument("plan", metavar="PLAN", help="the plan's id or code")
    parser.add_argument("out", metavar="OUT.ics", help="the file to write ('-' for stdout)")
    parser.add_argument(
        "--lang",
        choices=("en", "ru", "kk"),
        help="language of the period markers and labels (default: the plan's language)",
    )
    parser.add_argument(
        "--exact-only",
        action="store_true",
        help="only measures with exact dates (leave out months, quarters, years ...)",
    )
    parser.set_defaults(handler=cmd_calendar)


def cmd_calendar(args: argparse.Namespace) -> int:
    """Export the plan; prints what was written on stderr when writing to stdout."""
    from coopdesk.calendar.ics import build_calendar, write_ics

    with open_service(args.db) as service:
        plan, plan_id = find_plan(service, args.plan)
        measures = service.list_measures(plan_id)
        sectors = service.list_sectors(plan_id)
    calendar, summary = build_calendar(
        plan, measures, sectors, lang=args.lang, exact_only=args.exact_only
    )
    left_out = []
    if summary.undated:
        left_out.append(f"{summary.undated} without dates")
    if summary.fuzzy_skipped:
        left_out.append(f"{summary.fuzzy_skipped} without exact dates")
    note = f" ({', '.join(left_out)} left out)" if left_out else ""
    if args.out == "-":
        sys.stdout.buffer.write(calendar.to_ical())
        sys.stdout.flush()
        sys.stderr.write(f"{summary.events} events from {plan.code}{note}\n")
        return 0
    path = write_ics(args.out, calendar)
    sys.stdout.write(f"Wrote {summary.events} events from {plan.code} to {path}{note}.\n")
    return 0
