"""The ``export`` and ``import`` sub-commands of the command line.

``coopdesk export PLAN OUT.xlsx|OUT.docx [--lang en|ru|kk]`` writes the plan in the official
layout: a workbook (headers, vocabulary names and sheet name in English, Russian or Kazakh),
or (for .docx) the document as printed, which comes back by import; by default in the
plan's document language, else English.
``coopdesk import IN.xlsx|IN.csv|IN.docx [--plan PLAN | --new] [--dry-run] [--json]
[--prefer ours|theirs]`` previews the file against the store and, unless it is a dry
run, applies it in one transaction. With ``--json`` it prints one object: ``plan``,
``added``, ``changed``, ``removed``, ``conflicts`` (``measure``, ``field``, ``ours``,
``theirs``) and ``errors`` (``sheet``, ``row``, ``column``, ``message``). Exit 0 when
the import was applied (or a dry run found no errors), 1 when it was refused: a
problem in the file, an unsafe file, or a conflict left open without ``--prefer``.

Light to import (``coopdesk --help`` loads it): the store, the readers and the
writer are imported by the handlers.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from coopdesk.cli.common import emit, find_plan, open_service
from coopdesk.exchange.vocab_labels import EXPORT_LANGS

if TYPE_CHECKING:
    from coopdesk.services.imports import ImportOutcome, ImportPreview

#: Lines of changes the plain-text report lists before it says "and N more".
_LIST_LIMIT = 40


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``export`` and ``import`` on the CLI's sub-parsers."""
    export = subparsers.add_parser(
        "export",
        help="write a plan to an Excel workbook or a Word document in the official layout",
    )
    export.add_argument("plan", metavar="PLAN", help="the plan's id or code")
    export.add_argument(
        "out", metavar="OUT.xlsx|OUT.docx", help="the workbook or Word document to write"
    )
    export.add_argument(
        "--lang",
        choices=EXPORT_LANGS,
        help="language of headers and labels (default: the plan's document language, else en)",
    )
    export.set_defaults(handler=cmd_export)

    imp = subparsers.add_parser(
        "import",
        help="import an Excel workbook, CSV file or Word document: a partner's plan or edits "
        "to an export",
    )
    imp.add_argument("file", metavar="IN.xlsx|IN.csv|IN.docx", help="the file to import")
    target = imp.add_mutually_exclusive_group()
    target.add_argument("--plan", metavar="PLAN", help="merge into this plan (id or code)")
    target.add_argument("--new", action="store_true", help="import as a new plan")
    imp.add_argument("--dry-run", action="store_true", help="show what would change; write nothing")
    imp.add_argument("--json", action="store_true", help="print the result as JSON")
    imp.add_argument(
        "--prefer",
        choices=("ours", "theirs"),
        help="settle every conflict: keep the store's value (ours) or take the sheet's (theirs)",
    )
    imp.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    """Export a plan to .xlsx, or to .docx when the file name says so."""
    from coopdesk.services.exports import export_plan

    word = str(args.out).lower().endswith(".docx")
    with open_service(args.db) as service:
        plan, plan_id = find_plan(service, args.plan)
        lang = args.lang or (plan.language if plan.language in EXPORT_LANGS else "en")
        if word:
            from coopdesk.reports.output import check_output_path
            from coopdesk.reports.plan_docx import export_plan_docx

            summary = export_plan_docx(service, plan_id, check_output_path(args.out), lang)
        else:
            summary = export_plan(service, plan_id, args.out, lang)
    emit(
        f"Exported {summary.plan_code} ({summary.measures} measures in {summary.sectors} "
        f"sectors) to {summary.path}."
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Preview and apply an import; the exit code says whether it was applied."""
    from coopdesk.errors import CoopDeskError
    from coopdesk.services.imports import ImportService, refused_outcome

    with open_service(args.db, actor=args.actor, write=not args.dry_run) as service:
        imports = ImportService(service)
        try:
            plan_id = service.find_plan(args.plan).id if args.plan else None
            preview = imports.preview(args.file, plan_id=plan_id, new=args.new)
            outcome = imports.apply(preview, prefer=args.prefer, dry_run=args.dry_run)
        except CoopDeskError as exc:
            if not args.json:
                raise
            emit(json.dumps(refused_outcome(str(exc)).as_json(), ensure_ascii=False, indent=2))
            return 1
    ok = not outcome.errors if args.dry_run else outcome.applied
    if args.json:
        emit(json.dumps(outcome.as_json(), ensure_ascii=False, indent=2))
    else:
        _report(preview, outcome, args)
    return 0 if ok else 1


def _report(preview: ImportPreview, outcome: ImportOutcome, args: argparse.Namespace) -> None:
    """The plain-text account of an import for people."""
    diff = preview.diff
    result = preview.result
    target = (
        f"a new plan {preview.plan_code}"
        if preview.is_new_plan
        else f"plan {preview.plan_code} (id {preview.plan_id})"
    )
    emit(f"{result.path}: sheet '{result.sheet}', {len(result.measures)} measures -> {target}")
    for column in result.unmapped:
        what = {
            "notes": "its values are kept in the notes",
            "ignore": "it is ignored",
        }.get(column.choice, f"it is read as '{column.choice}'")
        emit(f"  Column {column.letter} '{column.header}' was not recognised; {what}.")
    for note in diff.notes:
        emit(f"  {note}")
    for warning in preview.warnings:
        emit(f"  Warning: {warning}")
    lines = []
    for change in diff.changed:
        for fc in change.changes:
            lines.append(
                f"  ~ {change.number or change.title[:40]}: {fc.field} '{fc.ours}' -> '{fc.theirs}'"
            )
    for removed in diff.removed:
        lines.append(f"  - {removed.number or removed.title[:40]}")
    if not preview.is_new_plan:
        for added in diff.added:
            lines.append(f"  + row {added.row}: {added.values.get('title', '')[:60]}")
    for line in lines[:_LIST_LIMIT]:
        emit(line)
    if len(lines) > _LIST_LIMIT:
        emit(f"  ... and {len(lines) - _LIST_LIMIT} more")
    for conflict in outcome.conflicts:
        decided = f" -> {conflict.choice}" if conflict.choice else ""
        emit(
            f"  ! conflict {conflict.number or conflict.title[:40]}, {conflict.field}: "
            f"ours '{conflict.ours}', theirs '{conflict.theirs}'{decided}"
        )
    for problem in outcome.errors:
        emit(f"  Error: {problem}")
    counts = f"{outcome.added} added, {outcome.changed} changed, {outcome.removed} removed"
    if outcome.errors:
        sys.stderr.write(
            f"coopdesk: not imported: {len(outcome.errors)} problem(s) in the file; "
            "nothing was written.\n"
        )
    elif args.dry_run:
        emit(f"Dry run: would have {counts}; nothing was written.")
    elif not outcome.applied:
        sys.stderr.write(
            f"coopdesk: not imported: {len(preview.diff.unresolved)} conflict(s) left open; "
            "nothing was written (use --prefer ours|theirs, or File > Import in the window).\n"
        )
    else:
        emit(f"Imported into plan {outcome.plan_id}: {counts}.")
