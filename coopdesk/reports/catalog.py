"""The reports CoopDesk makes, by kind, and the one call that builds any of them.

    document = build_report(service, "KZ-RU-MFA-2023", "status", lang="ru")

The result is a :class:`~coopdesk.reports.document.Document`; hand it to the Qt
renderer (``coopdesk.ui.reports``) for a PDF, the printer or the print preview.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from coopdesk.errors import ValidationError, msg
from coopdesk.reports.agencies import build_agency_assignments
from coopdesk.reports.changes import ChangeLine, build_changes_report
from coopdesk.reports.document import Document
from coopdesk.reports.labels import check_lang
from coopdesk.reports.plan_document import build_plan_document
from coopdesk.reports.scope import ReportScope
from coopdesk.reports.source import ReportData, load_report_data
from coopdesk.reports.status import build_status_report
from coopdesk.reports.upcoming import DateWindow, build_upcoming_events

if TYPE_CHECKING:
    from coopdesk.services.plans import PlanService

#: Report kinds with their English names (the CLI's KIND and the dialog's choices).
REPORT_KINDS: dict[str, str] = {
    "plan": "Plan document (official layout)",
    "status": "Status report",
    "upcoming": "Upcoming events",
    "agencies": "Assignments per responsible agency",
    "changes": "Changes since a date (who changed what)",
    "progress": "Progress report as of a date (per party)",
}


def build_from_data(
    kind: str,
    data: ReportData,
    *,
    lang: str = "en",
    today: date | None = None,
    window: DateWindow | None = None,
) -> Document:
    """The report ``kind`` of already loaded ``data``.

    ``today`` (default: the real date) decides what is overdue and the generation
    date; ``window`` is the upcoming-events period (default: the next 30 days).
    """
    check_lang(lang)
    today = today or date.today()
    if kind == "plan":
        return build_plan_document(data, lang, today)
    if kind == "status":
        return build_status_report(data, lang, today)
    if kind == "upcoming":
        return build_upcoming_events(data, lang, today, window)
    if kind == "agencies":
        return build_agency_assignments(data, lang, today)
    raise _no_report(kind)


def _no_report(kind: str) -> ValidationError:
    return ValidationError(
        msg("There is no report '{kind}' (one of: {kinds})"),
        kind=kind,
        kinds=", ".join(REPORT_KINDS),
    )


def build_report(
    service: PlanService,
    plan_key: str | int,
    kind: str,
    *,
    lang: str = "en",
    today: date | None = None,
    scope: ReportScope | None = None,
    window: DateWindow | None = None,
    since: date | None = None,
    until: date | None = None,
    party: str = "both",
) -> Document:
    """Read the plan (id or code) through ``service`` and build the report ``kind`` of it.

    ``since`` and ``until`` (days, inclusive) bound the "changes" report; the
    "progress" report is as of ``today`` for ``party`` ("a", "b" or "both").

    ``scope`` limits the measures (the workspace's filters); see :func:`build_from_data`
    for the rest.  Raises NotFoundError for an unknown plan, ValidationError for an
    unknown kind or language.
    """
    if kind not in REPORT_KINDS:
        raise _no_report(kind)
    check_lang(lang)
    today = today or date.today()
    if kind == "progress":
        from coopdesk.reports.progress import load_progress_report

        return load_progress_report(service, plan_key, today, party=party, lang=lang, scope=scope)
    data = load_report_data(service, plan_key, scope, today)
    if kind == "changes":
        return build_changes_report(
            data, change_lines(service, data, since, until), lang, today, since, until
        )
    return build_from_data(kind, data, lang=lang, today=today, window=window)


#: Reports of one agency across every plan of the store (``report assignments AGENCY``).
AGENCY_REPORT_KINDS: dict[str, str] = {
    "assignments": "An agency's assignments in all plans",
}


def build_agency_report(
    service: PlanService,
    agency_key: str | int,
    kind: str = "assignments",
    *,
    lang: str = "en",
    today: date | None = None,
    with_children: bool = True,
) -> Document:
    """An agency's assignments in every plan (by id or any of its names).

    ``with_children`` counts the bodies under it too (a ministry's embassies).
    Raises NotFoundError for an agency the directory does not know.
    """
    from coopdesk.domain.vocab import Status
    from coopdesk.reports.assignments import AgencyWork, PlanWork, WorkItem, build_assignments
    from coopdesk.services.agencies import AgencyService

    if kind not in AGENCY_REPORT_KINDS:
        raise ValidationError(
            msg("There is no agency report '{kind}' (one of: {kinds})"),
            kind=kind,
            kinds=", ".join(AGENCY_REPORT_KINDS),
        )
    check_lang(lang)
    agencies = AgencyService(service)
    agency = agencies.find_agency(agency_key)
    assert agency.id is not None
    parent = agencies.get_agency(agency.parent_id).name(lang) if agency.parent_id else ""
    names = {a.id: a.name(lang) for a in agencies.list_agencies(agency.party)}
    plans: dict[int, PlanWork] = {}
    for item in agencies.assignments(agency.id, with_children=with_children):
        work = plans.setdefault(item.plan_id, PlanWork(item.plan_code, item.plan_title))
        via = names.get(item.agency_id, "") if item.agency_id != agency.id else ""
        work.items.append(
            WorkItem(item.number, item.title, item.timing, Status(item.status), item.lead, via)
        )
    return build_assignments(
        AgencyWork(agency, parent, list(plans.values()), with_children), lang, today or date.today()
    )


def change_lines(
    service: PlanService, data: ReportData, since: date | None, until: date | None
) -> list[ChangeLine]:
    """The plan's recorded changes between two days (local time), as report lines."""
    from coopdesk.services.history import HistoryService

    if since and until and since > until:
        raise ValidationError(
            msg("The period starts on {start} after it ends on {end}"),
            start=since.isoformat(),
            end=until.isoformat(),
        )
    plan_id = data.plan.id
    assert plan_id is not None
    start = None
    if since is not None:
        # Stored times are UTC; the days asked for are the reader's own.
        start = datetime.combine(since, time()).astimezone().astimezone(UTC).replace(tzinfo=None)
    titles = {m.id: m.title for m in data.measures}
    out = []
    for change in reversed(HistoryService(service).plan_history(plan_id, since=start)):
        local = change.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        if until is not None and local.date() > until:
            continue
        if change.entity == "measure":
            title = titles.get(change.entity_id, "")
            if not title and change.field in ("created", "deleted"):
                # A measure gone since: its label was recorded as "<number> <title>".
                label = change.new or change.old or ""
                title = label.split(" ", 1)[-1] if change.number or " " in label else label
        elif change.entity == "plan":
            title = data.plan.title
        else:
            title = change.new or change.old or "" if change.field in ("created", "deleted") else ""
        out.append(
            ChangeLine(
                at=local,
                by=change.by,
                kind=change.kind,
                entity=change.entity,
                number=change.number,
                title=title,
                field=change.field,
                old=change.old,
                new=change.new,
            )
        )
    return out
