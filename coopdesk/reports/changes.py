"""Changes to the plan since a date: who changed which measure's field, from what to what.

For a manager: the recorded history of a plan (see ``coopdesk.services.history``)
as a printed report, oldest first, grouped by day, with undone and redone steps
marked. The records come in as plain :class:`ChangeLine` data; this module reads
no store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from coopdesk.domain.vocab import FIELD_VOCABULARIES
from coopdesk.reports.document import Align, Column, Document, Row, SectionRow, Table
from coopdesk.reports.frame import start_document
from coopdesk.reports.labels import Labels
from coopdesk.reports.source import ReportData


@dataclass(frozen=True, slots=True)
class ChangeLine:
    """One recorded field change, as the report prints it."""

    at: datetime
    by: str
    kind: str
    entity: str
    number: str
    title: str
    field: str
    old: str | None
    new: str | None


def _value(labels: Labels, field: str, value: str | None, sectors: dict[str, str]) -> str:
    if value is None:
        return ""
    if field == "sector_id":
        return sectors.get(value, value)
    vocab = FIELD_VOCABULARIES.get(field)
    if vocab is not None:
        try:
            return labels.vocab(vocab(value))
        except ValueError:
            return value
    return value


def _field(labels: Labels, line: ChangeLine) -> str:
    if line.field in ("created", "deleted"):
        text = labels[f"change_{line.field}"]
    else:
        key = f"field_{line.field}"
        text = labels[key] if key in labels.words() else line.field
    if line.kind in ("undo", "redo"):
        text += f" ({labels[f'change_{line.kind}']})"
    return text


def build_changes_report(
    data: ReportData,
    lines: Sequence[ChangeLine],
    lang: str,
    today: date,
    since: date | None,
    until: date | None = None,
) -> Document:
    """The changes of ``lines`` (any order) as a report in ``lang``."""
    labels = Labels(lang)
    if since and until:
        period = labels.format("changes_between", start=labels.date(since), end=labels.date(until))
    elif since:
        period = labels.format("changes_since", date=labels.date(since))
    else:
        period = ""
    people = sorted({line.by for line in lines if line.by})
    summary = labels.format("changes_count", count=len(lines), people=", ".join(people) or "—")
    doc = start_document(
        data,
        labels,
        kind="changes",
        report_name=labels["changes_report"],
        heading=labels["changes_heading"],
        lines=tuple(x for x in (data.plan.title, period, summary) if x),
        today=today,
    )
    sectors = {str(s.id): f"{s.code} {s.name}" for s in data.sectors}
    table = Table(
        columns=(
            Column(labels["col_when"], 1.0, Align.CENTER),
            Column(labels["col_who"], 1.1),
            Column(labels["col_number"], 0.7, Align.CENTER),
            Column(labels["col_measure"], 2.6),
            Column(labels["col_field"], 1.3),
            Column(labels["col_was"], 2.2),
            Column(labels["col_became"], 2.2),
        ),
        continued_mark=labels["continued"],
        empty_text=labels["no_changes"],
    )
    day: date | None = None
    for line in sorted(lines, key=lambda x: x.at):
        if line.at.date() != day:
            day = line.at.date()
            table.rows.append(SectionRow(labels.date(day)))
        table.rows.append(
            Row(
                (
                    f"{line.at:%H:%M}",
                    line.by,
                    line.number,
                    line.title,
                    _field(labels, line),
                    _value(labels, line.field, line.old, sectors),
                    _value(labels, line.field, line.new, sectors),
                )
            )
        )
    doc.blocks.append(table)
    return doc
