"""The ``set`` and ``history`` sub-commands: change one measure, and read what changed.

``coopdesk set PLAN MEASURE FIELD=VALUE... [--if-version N] [--json]`` changes fields of
one measure through the plan service, as the window's editor does: one transaction,
one step in the change history recorded as ``--as NAME``, ``$COOPDESK_USER`` or the OS
login. ``--if-version N`` refuses the change (exit 1, one line naming who changed the
measure and when, nothing written) when the measure is no longer at version N.

``coopdesk history PLAN [--measure MEASURE] [--since DATE] [--by NAME] [--json]`` lists
the recorded field changes, newest first. With ``--json`` a list of objects ``at``
(ISO 8601, UTC), ``by``, ``step``, ``measure`` (its id; null for a plan or sector
change), ``number``, ``field``, ``old`` and ``new``; scripts rely on these keys.

Light to import (``coopdesk --help`` loads it): the services are imported by the handlers.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from coopdesk.cli.common import emit, find_plan, open_service
from coopdesk.domain.model import MEASURE_FIELDS

if TYPE_CHECKING:
    from coopdesk.domain.model import Measure
    from coopdesk.services.history import FieldChange
    from coopdesk.services.plans import PlanService

#: The fields ``set`` changes: the keys of a ``show --json`` measure a user edits
#: (``status`` and the other vocabularies by code or label, ``timing`` by its words),
#: plus ``priority``, which the window edits but ``show --json`` does not print.
SETTABLE_FIELDS: tuple[str, ...] = MEASURE_FIELDS  # as the services take them

#: An undo or redo is recorded under the name of the step it undid; shown as Edit > Undo says.
_STEP_PREFIX = {"undo": "Undo ", "redo": "Redo "}

#: History rows name the column; the timing's words are the ``timing`` a user sets.
_HISTORY_FIELD_NAMES = {"timing_text": "timing"}


def assignment(text: str) -> tuple[str, str]:
    """One ``FIELD=VALUE`` argument (argparse turns the error into a usage error, exit 2)."""
    field, sep, value = text.partition("=")
    field = field.strip()
    if not sep:
        raise argparse.ArgumentTypeError(f"'{text}' is not FIELD=VALUE (for example status=done)")
    if field not in SETTABLE_FIELDS:
        raise argparse.ArgumentTypeError(
            f"unknown field '{field}' (one of: {', '.join(SETTABLE_FIELDS)})"
        )
    return field, value


def day(text: str) -> date:
    """A date typed as ``YYYY-MM-DD`` or ``DD.MM.YYYY`` (a usage error otherwise)."""
    value = text.strip()
    for fmt in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD or DD.MM.YYYY)")


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``set`` and ``history``."""
    change = subparsers.add_parser(
        "set",
        help="change fields of one measure",
        description="Change fields of one measure, as the window's editor does. FIELD is "
        f"one of: {', '.join(SETTABLE_FIELDS)}; status and the other lists take their "
        "code (as show --json prints it) or label, timing its words (e.g. 'May 2024').",
    )
    change.add_argument("plan", metavar="PLAN", help="the plan's id or code")
    change.add_argument(
        "measure", metavar="MEASURE", help="the measure's number in the plan, or its id"
    )
    change.add_argument(
        "assignments",
        metavar="FIELD=VALUE",
        nargs="+",
        type=assignment,
        help="a field and its new value (an empty value clears it)",
    )
    change.add_argument(
        "--if-version",
        metavar="N",
        type=int,
        help="change only if the measure is still at version N (as show --json printed it)",
    )
    change.add_argument("--json", action="store_true", help="print the changed measure as JSON")
    change.add_argument(
        "--as",
        dest="actor",
        metavar="NAME",
        default=argparse.SUPPRESS,  # unless given here, the global --as stands
        help="the name the change is recorded with (as coopdesk --as NAME set ...)",
    )
    change.set_defaults(handler=cmd_set)

    history = subparsers.add_parser(
        "history", help="list the recorded changes of a plan, newest first"
    )
    history.add_argument("plan", metavar="PLAN", help="the plan's id or code")
    history.add_argument(
        "--measure", metavar="MEASURE", help="only this measure (its number or its id)"
    )
    history.add_argument(
        "--since",
        metavar="DATE",
        type=day,
        help="only changes made since the start of this day, YYYY-MM-DD or DD.MM.YYYY",
    )
    history.add_argument("--by", metavar="NAME", help="only changes this person made")
    history.add_argument("--json", action="store_true", help="print JSON")
    history.set_defaults(handler=cmd_history)


def find_measure(service: PlanService, plan_id: int, key: str) -> Measure:
    """The measure of a plan that ``key`` names: its number, its id, or ``id:N``."""
    from coopdesk.errors import NotFoundError, ValidationError

    measures = service.list_measures(plan_id)
    wanted = key.strip()
    if wanted.lower().startswith("id:"):
        by_id = [m for m in measures if str(m.id) == wanted[3:].strip()]
        by_number: list[Measure] = []
    else:
        by_number = [m for m in measures if m.number == wanted]
        by_id = [m for m in measures if str(m.id) == wanted]
    if len(by_number) > 1:
        ids = ", ".join(str(m.id) for m in by_number)
        raise ValidationError(
            f"{len(by_number)} measures of the plan have the number '{wanted}' "
            f"(ids {ids}): name one by its id, e.g. id:{by_number[0].id}"
        )
    if by_number and by_id and by_number[0].id != by_id[0].id:
        raise ValidationError(
            f"'{wanted}' is the number of the measure with id {by_number[0].id} and the id "
            f"of measure {by_id[0].number}: write id:{wanted} for the id"
        )
    found = by_number or by_id
    if not found:
        raise NotFoundError(f"The plan has no measure with number or id '{wanted}'")
    return found[0]


def timestamp(value: datetime | None) -> str | None:
    """A stored time (UTC, without zone) in ISO 8601 with its zone, or None."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC).isoformat()


def cmd_set(args: argparse.Namespace) -> int:
    """Change fields of one measure; print its new version."""
    from coopdesk.cli.plans import carried_from, measure_document
    from coopdesk.services.agencies import AgencyService

    values: dict[str, Any] = dict(args.assignments)
    with open_service(args.db, actor=args.actor, write=True) as service:
        plan, plan_id = find_plan(service, args.plan)
        measure = find_measure(service, plan_id, args.measure)
        assert measure.id is not None  # read from the store
        changed = service.update_measure(measure.id, if_version=args.if_version, **values)
        sector = service.get_sector(changed.sector_id)
        links = AgencyService(service).measure_agencies(measure.id)  # issue 16: agencies_a/_b
        origin = carried_from(service, [measure.id])
    if args.json:
        document = measure_document(
            changed, sector.code, links, plan.language, origin.get(changed.id)
        )
        emit(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        emit(f"Measure {changed.number} (id {changed.id}) is at version {changed.version}.")
    return 0


def history_document(change: FieldChange) -> dict[str, Any]:
    """One line of ``history --json`` (the README documents its keys)."""
    return {
        "at": timestamp(change.at),
        "by": change.by,
        "step": _STEP_PREFIX.get(change.kind, "") + change.step,
        "measure": change.entity_id if change.entity == "measure" else None,
        "number": change.number if change.entity == "measure" else "",
        "field": _HISTORY_FIELD_NAMES.get(change.field, change.field),
        "old": change.old,
        "new": change.new,
    }


def _local_start(value: date) -> datetime:
    """The start of a day on this computer's clock, as the store keeps times (UTC)."""
    return datetime(value.year, value.month, value.day).astimezone(UTC).replace(tzinfo=None)


def cmd_history(args: argparse.Namespace) -> int:
    """Print the recorded changes of a plan."""
    from coopdesk.services.history import HistoryService

    with open_service(args.db, actor=args.actor) as service:
        _plan, plan_id = find_plan(service, args.plan)
        measure_id = find_measure(service, plan_id, args.measure).id if args.measure else None
        changes = HistoryService(service).plan_history(
            plan_id,
            since=_local_start(args.since) if args.since else None,
            by=args.by,
            measure_id=measure_id,
        )
    rows = [history_document(c) for c in changes]
    if args.json:
        emit(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        emit("No recorded changes.")
        return 0
    table = [
        (
            _local_time(c.at),
            c.by,
            row["number"] or "-",
            row["field"],
            f"{_short(c.old)} -> {_short(c.new)}",
            row["step"],
        )
        for c, row in zip(changes, rows, strict=True)
    ]
    headers = ("When", "Who", "Measure", "Field", "Change", "Step")
    widths = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(headers[:-1])]
    for line in (headers, *table):
        emit("  ".join([*(cell.ljust(w) for cell, w in zip(line, widths, strict=False)), line[-1]]))
    return 0


def _local_time(value: datetime) -> str:
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _short(value: str | None, limit: int = 40) -> str:
    """A value on one line, cut to ``limit`` characters ("" for none)."""
    if value is None:
        return "''"
    text = " ".join(value.split())
    return f"'{text[: limit - 1]}…'" if len(text) > limit else f"'{text}'"
