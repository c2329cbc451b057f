"""What every report shares: its page furniture, its title block and the selection line."""

from __future__ import annotations

from datetime import date

from coopdesk.reports.document import Document, Orientation, PageSetup, TitleBlock
from coopdesk.reports.labels import Labels
from coopdesk.reports.source import ReportData


def start_document(
    data: ReportData,
    labels: Labels,
    *,
    kind: str,
    report_name: str,
    heading: str,
    lines: tuple[str, ...] = (),
    details: tuple[tuple[str, str], ...] = (),
    today: date,
    stamp: str = "",
) -> Document:
    """A landscape A4 document with the plan's header, the footer and the title block.

    The header carries the plan title and the generation date; the footer the plan
    code, the report's name and "page N of M".  When the report is limited to a
    selection, a "Selection: ..." detail says so under the title, so a printed
    page never passes for the whole plan.
    """
    plan = data.plan
    scope_text = data.scope.describe(data.sectors, labels)
    if scope_text:
        count = labels.format(
            "scope_count", count=len(data.measures), total=data.plan_measure_count
        )
        details = (*details, (labels["scope"], f"{scope_text} ({count})"))
    return Document(
        title=TitleBlock(heading=heading, lines=lines, details=details, stamp=stamp),
        page=PageSetup(orientation=Orientation.LANDSCAPE),
        header_left=plan.title,
        header_right=labels.format("generated", date=labels.date(today)),
        footer_left=f"{plan.code} · {report_name}",
        page_label=labels["page"],
        lang=labels.lang,
        kind=kind,
        name=f"{plan.code} {report_name}",
    )
