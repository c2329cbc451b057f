"""The reports CoopDesk makes, by kind, and the one call that builds any of them.

    document = build_report(service, "KZ-RU-MFA-2023", "status", lang="ru")

The result is a :class:`~coopdesk.reports.document.Document`; hand it to the Qt
renderer (``coopdesk.ui.reports``) for a PDF, the printer or the print preview.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from coopdesk.errors import ValidationError
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
    raise ValidationError(f"There is no report '{kind}' (one of: {', '.join(REPORT_KINDS)})")


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
        raise ValidationError(f"There is no report '{kind}' (one of: {', '.join(REPORT_KINDS)})")
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


def change_lines(
    service: PlanService, data: ReportData, since: date | None, until: date | None
) -> list[ChangeLine]:
    """The plan's recorded changes between two days (local time), as report lines."""
    from coopdesk.services.history import HistoryService

    if since and until and since > until:
        raise ValidationError(
            f"The period starts on {since.isoformat()} after it ends on {until.isoformat()}"
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
