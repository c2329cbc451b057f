"""``coopdesk agencies ...``: the directory of each party's agencies.

* ``agencies list [--party a|b] [--json]``: every agency, with how many measures name it;
* ``agencies add --party a --short-ru "МИД РК" [--full-ru ...] [--parent AGENCY] ...``;
* ``agencies edit AGENCY FIELD=VALUE... [--if-version N]``;
* ``agencies delete AGENCY`` and ``agencies merge KEEP OTHER...``;
* ``agencies import FILE`` (.csv or .json: rows of the fields below, ``parent`` by name);
* ``agencies link PLAN [--add-new] [--json]``: link a plan's measures to the directory
  by their responsible text (exact names and abbreviations; near matches are listed);
* ``agencies assign PLAN MEASURE PARTY AGENCY...``: a measure's agencies for party
  ``a`` or ``b``, in order (the first leads; none clears them).

AGENCY is an id or any name of the agency ("МИД РК", "ҚР СІМ", "MFA of Kazakhstan").
Every change is one recorded step, as in the window. Light to import: the services
are imported by the handlers.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk.cli.common import emit, find_plan, open_service
from coopdesk.domain.agencies import AGENCY_FIELDS, NAME_FIELDS

if TYPE_CHECKING:
    from coopdesk.domain.agencies import Agency
    from coopdesk.services.agencies import AgencyService
    from coopdesk.services.plans import PlanService


def _field(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    name = name.strip()
    if not sep or name not in (*AGENCY_FIELDS, "parent"):
        raise argparse.ArgumentTypeError(
            f"'{text}' is not FIELD=VALUE with FIELD one of: "
            + ", ".join((*AGENCY_FIELDS, "parent"))
        )
    return name, value


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``agencies`` and its sub-commands."""
    parser = subparsers.add_parser(
        "agencies",
        help="the directory of responsible agencies",
        description="The directory of each party's agencies (full and short names in "
        "ru, kk, en; a parent; a contact note). AGENCY is an id or any of its names.",
    )
    commands = parser.add_subparsers(dest="agencies_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="list the directory")
    listing.add_argument("--party", choices=("a", "b"))
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=cmd_list)
    add = commands.add_parser("add", help="add an agency")
    add.add_argument("--party", choices=("a", "b"), required=True)
    for name in NAME_FIELDS:
        add.add_argument(f"--{name.replace('_', '-')}", dest=name, default="", metavar="TEXT")
    add.add_argument("--contact", default="", metavar="TEXT")
    add.add_argument("--parent", metavar="AGENCY", help="the agency it sits under")
    add.set_defaults(handler=cmd_add)
    edit = commands.add_parser("edit", help="change fields of an agency")
    edit.add_argument("agency", metavar="AGENCY")
    edit.add_argument("fields", metavar="FIELD=VALUE", nargs="+", type=_field)
    edit.add_argument("--if-version", type=int, metavar="N", help="refuse if changed since")
    edit.set_defaults(handler=cmd_edit)
    remove = commands.add_parser("delete", help="delete an agency (measures keep their text)")
    remove.add_argument("agency", metavar="AGENCY")
    remove.set_defaults(handler=cmd_delete)
    merge = commands.add_parser("merge", help="merge agencies into one")
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("others", metavar="OTHER", nargs="+")
    merge.set_defaults(handler=cmd_merge)
    imp = commands.add_parser("import", help="add agencies from a .csv or .json file")
    imp.add_argument("file", metavar="FILE")
    imp.set_defaults(handler=cmd_import)
    link = commands.add_parser("link", help="link a plan's measures by their responsible text")
    link.add_argument("plan", metavar="PLAN")
    link.add_argument("--add-new", action="store_true", help="add names not in the directory")
    link.add_argument("--json", action="store_true", help="print JSON")
    link.set_defaults(handler=cmd_link)
    assign = commands.add_parser("assign", help="set a measure's agencies for a party")
    assign.add_argument("plan", metavar="PLAN")
    assign.add_argument("measure", metavar="MEASURE", help="the measure's number or id")
    assign.add_argument("party", metavar="PARTY", choices=("a", "b"), help="a or b")
    assign.add_argument("agencies", metavar="AGENCY", nargs="*", help="in order; none clears")
    assign.set_defaults(handler=cmd_assign)


def _service(service: PlanService) -> AgencyService:
    from coopdesk.services.agencies import AgencyService

    return AgencyService(service)


def _json(agency: Agency, used: int) -> dict[str, Any]:
    return {"id": agency.id, **agency.values(), "version": agency.version, "measures": used}


def cmd_list(args: argparse.Namespace) -> int:
    """Print the directory."""
    with open_service(args.db) as service:
        agencies = _service(service)
        rows = agencies.list_agencies(args.party)
        used = agencies.usage()
    if args.json:
        emit(
            json.dumps(
                [_json(a, used.get(a.id or 0, 0)) for a in rows], ensure_ascii=False, indent=2
            )
        )
        return 0
    if not rows:
        emit("The directory is empty. Add agencies with: coopdesk agencies add")
        return 0
    names = {a.id: a.name() for a in rows}
    for a in rows:
        under = f"  (under {names.get(a.parent_id, a.parent_id)})" if a.parent_id else ""
        full = a.name(short=False)
        extra = f" — {full}" if full != a.name() else ""
        emit(f"{a.id:>4}  {a.party}  {a.name()}{extra}{under}  [{used.get(a.id or 0, 0)} measures]")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    """Add an agency."""
    values: dict[str, Any] = {f: getattr(args, f) for f in NAME_FIELDS}
    with open_service(args.db, actor=args.actor, write=True) as service:
        agencies = _service(service)
        if args.parent:
            values["parent_id"] = agencies.find_agency(args.parent, args.party).id
        agency = agencies.add_agency(party=args.party, contact=args.contact, **values)
    emit(f"Added agency {agency.name()} (id {agency.id}).")
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    """Change fields of an agency."""
    values: dict[str, Any] = dict(args.fields)
    with open_service(args.db, actor=args.actor, write=True) as service:
        agencies = _service(service)
        agency = agencies.find_agency(args.agency)
        assert agency.id is not None
        if "parent" in values:
            parent = values.pop("parent")
            values["parent_id"] = agencies.find_agency(parent, agency.party).id if parent else None
        agencies.update_agency(agency.id, if_version=args.if_version, **values)
        changed = agencies.get_agency(agency.id)
    emit(f"Agency {changed.name()} (id {changed.id}) is at version {changed.version}.")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    """Delete an agency."""
    with open_service(args.db, actor=args.actor, write=True) as service:
        agencies = _service(service)
        agency = agencies.find_agency(args.agency)
        assert agency.id is not None
        agencies.delete_agency(agency.id)
    emit(f"Deleted agency {agency.name()} (id {agency.id}).")
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge agencies into one."""
    with open_service(args.db, actor=args.actor, write=True) as service:
        agencies = _service(service)
        keep = agencies.find_agency(args.keep)
        assert keep.id is not None
        others = [agencies.find_agency(o, keep.party).id for o in args.others]
        agencies.merge_agencies(keep.id, [o for o in others if o is not None])
    emit(f"Merged {len(others)} agenc{'y' if len(others) == 1 else 'ies'} into {keep.name()}.")
    return 0


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Rows of an agencies file: a JSON list of objects, or a CSV with a header row."""
    from coopdesk.errors import ValidationError

    if not path.is_file():
        raise ValidationError(f"There is no file {path}")
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValidationError(f"{path.name} is not JSON: {exc}") from None
        if isinstance(data, dict):
            data = data.get("agencies", [])
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise ValidationError(f"{path.name}: expected a list of agencies (objects)")
        return data
    rows = list(csv.DictReader(text.splitlines()))
    known = {*AGENCY_FIELDS, "parent"}
    for row in rows[:1]:
        unknown = [k for k in row if k not in known]
        if unknown:
            raise ValidationError(
                f"{path.name}: unknown column(s) {', '.join(map(str, unknown))} "
                f"(columns: {', '.join(sorted(known))})"
            )
    return [{k: v for k, v in r.items() if v is not None} for r in rows]


def cmd_import(args: argparse.Namespace) -> int:
    """Add agencies from a file."""
    rows = read_rows(Path(args.file))
    with open_service(args.db, actor=args.actor, write=True) as service:
        added, updated = _service(service).import_directory(rows)
    emit(f"Added {added} agencies, completed {updated} already in the directory.")
    return 0


def cmd_link(args: argparse.Namespace) -> int:
    """Link a plan's measures to the directory by their text."""
    with open_service(args.db, actor=args.actor, write=True) as service:
        _plan, plan_id = find_plan(service, args.plan)
        count, matches = _service(service).link_plan(plan_id, add_new=args.add_new)
    if args.json:
        emit(
            json.dumps(
                {
                    "linked": count,
                    "matches": [
                        {
                            "text": m.text,
                            "how": m.how,
                            "agency": m.agency.id if m.agency else None,
                            "score": round(m.score, 1),
                        }
                        for m in matches
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    emit(f"Linked {count} measures.")
    for m in matches:
        if m.how == "near" and m.agency is not None:
            emit(f"  near: '{m.text}' may be {m.agency.name()} ({m.score:.0f}); not linked")
        elif m.how == "new":
            emit(f"  new: '{m.text}' is not in the directory")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    """Set a measure's agencies for one party."""
    from coopdesk.cli.measures import find_measure

    with open_service(args.db, actor=args.actor, write=True) as service:
        _plan, plan_id = find_plan(service, args.plan)
        measure = find_measure(service, plan_id, args.measure)
        assert measure.id is not None
        agencies = _service(service)
        ids = [agencies.find_agency(a, args.party).id for a in args.agencies]
        chosen = agencies.set_measure_agencies(
            measure.id, args.party, [i for i in ids if i is not None]
        )
    emit(
        f"Measure {measure.number}, party {args.party.upper()}: "
        + (", ".join(a.name() for a in chosen) or "no agencies")
    )
    return 0


def write_agency_report(args: argparse.Namespace, today: Any) -> int:
    """``report assignments AGENCY OUT.pdf``: an agency's measures in every plan, as a PDF."""
    from coopdesk.errors import CoopDeskError
    from coopdesk.reports.catalog import build_agency_report
    from coopdesk.reports.output import check_output_path

    target = check_output_path(args.out)
    with open_service(args.db) as service:
        document = build_agency_report(service, args.plan, args.kind, lang=args.lang, today=today)
    try:
        from coopdesk.ui.reports.pdf import write_pdf
    except ImportError as exc:  # a core-only installation
        raise CoopDeskError(f"Writing a PDF needs PySide6, which cannot be loaded: {exc}") from None
    pages = write_pdf(document, target)
    emit(f"Wrote {target} ({pages} page{'s' if pages != 1 else ''}).")
    return 0
