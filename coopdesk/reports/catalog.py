"""The reports CoopDesk makes, by kind, and the one call that builds any of them.

    document = build_report(service, "KZ-RU-MFA-2023", "status", lang="ru")

The result is a :class:`~coopdesk.reports.document.Document`; hand it to the Qt
renderer (``coopdesk.ui.reports``) for a PDF, the printer or the print preview.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from coopdesk.errors import ValidationError
from coopdesk.reports.agencies import build_agency_assignments
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
) -> Document:
    """Read the plan (id or code) through ``service`` and build the report ``kind`` of it.

    ``scope`` limits the measures (the workspace's filters); see :func:`build_from_data`
    for the rest.  Raises NotFoundError for an unknown plan, ValidationError for an
    unknown kind or language.
    """
    if kind not in REPORT_KINDS:
        raise ValidationError(f"There is no report '{kind}' (one of: {', '.join(REPORT_KINDS)})")
    check_lang(lang)
    today = today or date.today()
    data = load_report_data(service, plan_key, scope, today)
    return build_from_data(kind, data, lang=lang, today=today, window=window)
