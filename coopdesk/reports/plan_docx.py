"""The plan as a Word document: the official layout of the print, ready to come back.

:func:`export_plan_docx` builds the plan document exactly as File > Print does
(:func:`~coopdesk.reports.plan_document.build_plan_document`: title block, the
numbered table, section rows, the signature block) and writes it with the Word back
end (:mod:`~coopdesk.reports.docx_render`). For the round trip it adds what
:mod:`~coopdesk.exchange.docx_meta` describes: a bookmark on each measure row and a
custom XML part with the plan, its sectors and the base snapshot, so that importing
the document a partner returns merges their edits field by field, as for a workbook.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk.domain.model import Measure, Plan, Sector
from coopdesk.errors import ValidationError, msg
from coopdesk.exchange.docx_meta import bookmark_name, meta_xml
from coopdesk.exchange.model import Progress, no_progress
from coopdesk.exchange.snapshot import plan_head, snapshot_document
from coopdesk.exchange.xlsx_export import ExportSummary
from coopdesk.reports.docx_render import write_docx
from coopdesk.reports.labels import REPORT_LANGS
from coopdesk.reports.plan_document import build_plan_document
from coopdesk.reports.source import ReportData, load_report_data, measure_number

if TYPE_CHECKING:
    from coopdesk.services.plans import PlanService

__all__ = ["ExportSummary", "export_plan_docx", "plan_meta_xml"]


def snapshot_row(m: Measure) -> tuple[Any, ...]:
    """A measure as a base snapshot row (the columns of ``EXPORT_COLUMNS``)."""
    t = m.timing
    return (
        m.uid,
        m.number_pinned,
        m.sector_id,
        m.number,
        m.title,
        m.description,
        m.kind.value,
        m.level.value if m.level else None,
        m.framework.value,
        m.responsible_a,
        m.responsible_b,
        m.form,
        t.text,
        t.start.isoformat() if t.start else None,
        t.end.isoformat() if t.end else None,
        t.precision.value,
        m.location,
        m.status.value,
        m.priority.value,
        m.notes,
    )


def plan_meta_xml(
    plan: Plan, sectors: list[Sector], measures: list[Measure], lang: str, exported_at: str
) -> bytes:
    """The custom XML part of a Word export of ``plan``."""
    # A hint for every measure: the document shows numbers "1.1.3." and timing words,
    # not whether a number was typed by hand nor a span set apart from the words.
    hints = [
        (
            m.uid,
            1 if m.number_pinned else 0,
            m.timing.start.isoformat() if m.timing.start else None,
            m.timing.end.isoformat() if m.timing.end else None,
            m.timing.precision.value,
            m.number,
            m.timing.text,
        )
        for m in measures
    ]
    head = plan_head(plan, sectors, hints)
    rows = [snapshot_row(m) for m in measures]
    snapshot = snapshot_document(rows, {s.id: s.code for s in sectors if s.id is not None})
    return meta_xml(
        plan_id=plan.id,
        plan_uid=plan.uid,
        code=plan.code,
        exported_at=exported_at,
        lang=lang,
        head=head,
        snapshot=snapshot,
        numbers=[(measure_number(m), m.uid) for m in measures],
    )


def row_marks(data: ReportData) -> list[str | None]:
    """One bookmark name (or None for a section row) per row of the plan table.

    Walks the sections as :func:`build_plan_document` does, so the two line up.
    """
    marks: list[str | None] = []
    for _sector, measures in data.sections():
        marks.append(None)
        marks.extend(bookmark_name(m.uid) for m in measures)
    return marks


def export_plan_docx(
    service: PlanService,
    plan_key: str | int,
    path: Path | str,
    lang: str = "en",
    progress: Progress = no_progress,
    today: date | None = None,
) -> ExportSummary:
    """Write plan ``plan_key`` (id or code) to ``path`` as a Word document in ``lang``."""
    if lang not in REPORT_LANGS:
        raise ValidationError(
            msg("Unknown document language '{lang}' (one of: {langs})"),
            lang=lang,
            langs=", ".join(REPORT_LANGS),
        )
    progress(0, 1, "read")
    data = load_report_data(service, plan_key)
    progress(0, 1, "write")
    document = build_plan_document(data, lang, today or date.today())
    exported_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    meta = plan_meta_xml(data.plan, data.sectors, data.measures, lang, exported_at)
    written = write_docx(document, path, row_marks={0: row_marks(data)}, custom_xml=[meta])
    progress(1, 1, "save")
    return ExportSummary(written, data.plan.code, len(data.sectors), len(data.measures))
