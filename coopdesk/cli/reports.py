"""``coopdesk report KIND PLAN OUT.pdf``: a report of a plan as a PDF file.

Light at import (``coopdesk --help`` loads it): the store, the report builders and
Qt's PDF writer are imported when the command runs. Qt draws the PDF on its
"offscreen" platform, so the command needs no display.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime

from coopdesk.cli.common import emit, open_service, period_scope
from coopdesk.reports.labels import BILINGUAL_LANGS, DOCUMENT_LANGS

KINDS = ("plan", "status", "upcoming", "agencies", "changes", "progress")
#: Reports of one agency in every plan: ``report assignments AGENCY OUT.pdf`` (issue 16).
AGENCY_KINDS = ("assignments",)
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")


def _date(text: str) -> date:
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD or DD.MM.YYYY)")


def _days(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days (1 or more)")
    return value


def add_commands(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``report``."""
    parser = subparsers.add_parser(
        "report",
        help="write a report of a plan as a PDF file",
        description="Write a report of a plan as a PDF file (A4 landscape). KIND is one of: "
        "plan (the plan in the official layout), status (counts by sector and status, "
        "overdue, postponed and cancelled measures), upcoming (events of a period, by "
        "week), agencies (the measures of each responsible agency), progress (the parties' "
        "progress as of --as-of, also as .xlsx or .docx by OUT's extension), assignments "
        "(one agency's measures in every plan of the store: give the AGENCY instead of PLAN).",
    )
    kinds = (*KINDS, *AGENCY_KINDS)
    parser.add_argument("kind", metavar="KIND", choices=kinds, help=" | ".join(kinds))
    parser.add_argument(
        "plan", metavar="PLAN", help="the plan's id or code (assignments: the AGENCY)"
    )
    parser.add_argument("out", metavar="OUT.pdf", help="the PDF file to write")
    parser.add_argument(
        "--lang",
        choices=DOCUMENT_LANGS,
        default=None,
        help="language of the report (default: en); ru+kk or kk+ru prints both languages "
        "side by side, the first on the left",
    )
    parser.add_argument(
        "--bilingual",
        action="store_true",
        help=f"Russian and Kazakh side by side (the same as --lang {BILINGUAL_LANGS[0]})",
    )
    parser.add_argument(
        "--from",
        dest="start",
        type=_date,
        metavar="DATE",
        help="upcoming: first day of the period (default: today)",
    )
    parser.add_argument(
        "--to", dest="end", type=_date, metavar="DATE", help="upcoming: last day of the period"
    )
    parser.add_argument(
        "--days",
        type=_days,
        metavar="N",
        help="upcoming: length of the period when --to is not given (default: 30)",
    )
    parser.add_argument(
        "--as-of",
        dest="as_of",
        type=_date,
        metavar="DATE",
        help="the date the report is made as of: what is overdue, the date printed "
        "(default: today)",
    )
    parser.add_argument(
        "--party",
        choices=("a", "b", "both"),
        default="both",
        help="progress: the party whose progress is reported (default: both)",
    )
    parser.set_defaults(handler=cmd_report)


def cmd_report(args: argparse.Namespace) -> int:
    """Build the report and write it as a PDF."""
    from coopdesk.errors import CoopDeskError, ValidationError
    from coopdesk.reports.catalog import build_report
    from coopdesk.reports.output import check_output_path
    from coopdesk.reports.upcoming import PRESET_DAYS, DateWindow

    if args.kind == "progress":
        from coopdesk.cli.progress import cmd_progress_report

        return cmd_progress_report(args)
    if args.party != "both":
        raise ValidationError("--party only applies to the progress report")
    today = args.as_of or date.today()
    lang = args.lang or "en"
    if args.bilingual:
        if args.lang not in (None, *BILINGUAL_LANGS):
            raise ValidationError(
                f"--bilingual prints Russian and Kazakh; not with --lang {args.lang}"
            )
        lang = args.lang or BILINGUAL_LANGS[0]
    if args.kind in AGENCY_KINDS:
        from coopdesk.cli.agencies import write_agency_report

        args.lang = lang
        return write_agency_report(args, today)
    window = None
    if args.kind == "upcoming":
        start = args.start or today
        if args.end is not None:
            if args.days is not None:
                raise ValidationError("Give either --to or --days, not both")
            window = DateWindow(start, args.end)
        else:
            window = DateWindow.next_days(start, args.days or PRESET_DAYS[0])
    scope = None
    since = until = None
    if args.kind == "changes":
        # The changes report takes --from/--to as the days of the changes.
        since, until = args.start, args.end
    elif args.kind != "upcoming":
        if args.days is not None:
            raise ValidationError("--days only applies to the upcoming report")
        # The other reports take --from/--to as a scope (see period_scope).
        scope = period_scope(args.start, args.end)
    target = check_output_path(args.out)
    with open_service(args.db) as service:
        document = build_report(
            service,
            args.plan,
            args.kind,
            lang=lang,
            today=today,
            window=window,
            scope=scope,
            since=since,
            until=until,
        )
    try:
        from coopdesk.ui.reports.pdf import write_pdf
    except ImportError as exc:  # a core-only installation
        raise CoopDeskError(f"Writing a PDF needs PySide6, which cannot be loaded: {exc}") from None
    pages = write_pdf(document, target)
    emit(f"Wrote {target} ({pages} page{'s' if pages != 1 else ''}).")
    return 0
