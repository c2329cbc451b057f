"""The status report: how the plan is going, sector by sector.

A summary (measures, done, overdue, postponed or cancelled), a table of the
count of measures by status in each sector with the share done and a chart of it,
then the overdue measures and the postponed or cancelled ones with their notes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from coopdesk.domain.model import Measure, Sector
from coopdesk.domain.vocab import Status
from coopdesk.reports.document import (
    Align,
    BarChart,
    Cell,
    CellValue,
    ChartSeries,
    Column,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Row,
    Table,
    Tone,
)
from coopdesk.reports.frame import start_document
from coopdesk.reports.labels import Labels, vocab_label
from coopdesk.reports.plan_document import responsible
from coopdesk.reports.source import ReportData, measure_number, sector_label

#: Colours of the statuses in the chart: open work in blues, done green, trouble warm.
STATUS_COLORS: dict[Status, str] = {
    Status.PLANNED: "#b0bec5",
    Status.IN_PREPARATION: "#81d4fa",
    Status.IN_PROGRESS: "#1e88e5",
    Status.DONE: "#43a047",
    Status.POSTPONED: "#fb8c00",
    Status.CANCELLED: "#e53935",
    Status.CARRIED_OVER: "#8e24aa",
}


@dataclass(slots=True)
class SectorCounts:
    """The measures of a sector and its sub-sectors, counted by status."""

    sector: Sector
    depth: int
    counts: Counter[Status] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        """All measures of the sector's subtree."""
        return sum(self.counts.values())


@dataclass(slots=True)
class StatusSummary:
    """The figures of a status report, before they are laid out."""

    sectors: list[SectorCounts]
    totals: Counter[Status]
    overdue: list[Measure]
    postponed_or_cancelled: list[Measure]

    @property
    def total(self) -> int:
        """All measures in the report."""
        return sum(self.totals.values())


def summarise(data: ReportData, today: date) -> StatusSummary:
    """Count the measures of ``data`` by sector (subtree) and status, and pick the lists.

    Every sector is listed when the report covers the whole plan (an empty sector
    shows zeros, which is news too); a selection lists only sectors with measures.
    """
    subtree: dict[int | None, Counter[Status]] = {s.id: Counter() for s in data.sectors}
    totals: Counter[Status] = Counter()
    overdue: list[Measure] = []
    troubled: list[Measure] = []
    for m in data.measures:
        totals[m.status] += 1
        for s in data.ancestors(m.sector_id):
            subtree[s.id][m.status] += 1
        if m.is_overdue(today):
            overdue.append(m)
        if m.status in (Status.POSTPONED, Status.CANCELLED):
            troubled.append(m)
    whole = data.scope.is_whole_plan
    rows = [
        SectorCounts(s, data.depth(s.id), subtree[s.id])
        for s in data.sectors
        if whole or subtree[s.id].total()
    ]
    return StatusSummary(rows, totals, overdue, troubled)


def _count(value: int) -> str:
    return str(value) if value else "–"


def build_status_report(data: ReportData, lang: str, today: date) -> Document:
    """The status report of ``data`` in ``lang`` as of ``today``."""
    labels = Labels(lang)
    summary = summarise(data, today)
    doc = start_document(
        data,
        labels,
        kind="status",
        report_name=labels["status_report"],
        heading=labels["status_heading"],
        lines=(data.plan.title, labels.format("as_of", date=labels.date(today))),
        today=today,
    )
    done = summary.totals[Status.DONE]
    troubled = len(summary.postponed_or_cancelled)
    doc.blocks.append(
        KeyValues(
            (
                (labels["measures_total"], str(summary.total)),
                (labels["done_share"], f"{done} ({labels.percent(done, summary.total)})"),
                (labels["overdue_count"], str(len(summary.overdue))),
                (labels["postponed_cancelled"], str(troubled)),
            )
        )
    )

    doc.blocks.append(Heading(f"1. {labels['by_sector']}"))
    table = Table(
        columns=(
            Column(labels["col_sector"], 2.9),
            *(Column(vocab_label(s, lang), 1.35, Align.CENTER) for s in Status),
            Column(labels["col_total"], 0.75, Align.CENTER),
            Column(labels["col_share_done"], 1.3, Align.CENTER),
        ),
        empty_text=labels["no_measures"],
    )
    for row in summary.sectors:
        texts = [
            sector_label(row.sector),
            *(_count(row.counts[s]) for s in Status),
            str(row.total),
            labels.percent(row.counts[Status.DONE], row.total),
        ]
        cells: list[CellValue] = list(texts)
        if row.depth == 0:
            cells = [Cell(c, bold=True) for c in texts]
        table.rows.append(Row(tuple(cells)))
    if summary.sectors:
        table.rows.append(
            Row(
                (
                    labels["total_row"],
                    *(_count(summary.totals[s]) for s in Status),
                    str(summary.total),
                    labels.percent(done, summary.total),
                ),
                emphasis=True,
            )
        )
    doc.blocks.append(table)

    top = [row for row in summary.sectors if row.depth == 0 and row.total]
    if top:
        doc.blocks.append(
            BarChart(
                title=labels["chart_title"],
                categories=tuple(sector_label(row.sector) for row in top),
                series=tuple(ChartSeries(vocab_label(s, lang), STATUS_COLORS[s]) for s in Status),
                values=tuple(tuple(row.counts[s] for s in Status) for row in top),
                notes=tuple(
                    labels.format(
                        "chart_note", share=labels.percent(row.counts[Status.DONE], row.total)
                    )
                    for row in top
                ),
            )
        )

    doc.blocks.append(Heading(f"2. {labels['overdue_heading']}"))
    doc.blocks.append(
        Paragraph(labels.format("overdue_explained", date=labels.date(today)), Tone.MUTED, True)
    )
    overdue = Table(
        columns=(
            Column(labels["col_number"], 0.7, Align.CENTER),
            Column(labels["col_measure"], 3.2),
            Column(labels["col_timing"], 1.65, Align.CENTER),
            Column(labels["col_due"], 1.2, Align.CENTER),
            Column(labels["col_status"], 1.1, Align.CENTER),
            Column(labels["col_responsible"], 2.0),
            Column(labels["col_notes"], 2.2),
        ),
        empty_text=labels["no_overdue"],
    )
    for m in summary.overdue:
        overdue.rows.append(
            Row(
                (
                    measure_number(m),
                    m.title,
                    m.timing.text,
                    Cell(labels.date(m.timing.end), tone=Tone.ALERT),
                    vocab_label(m.status, lang),
                    responsible(m.responsible_a, m.responsible_b),
                    m.notes,
                )
            )
        )
    doc.blocks.append(overdue)

    doc.blocks.append(Heading(f"3. {labels['postponed_heading']}"))
    postponed = Table(
        columns=(
            Column(labels["col_number"], 0.7, Align.CENTER),
            Column(labels["col_measure"], 3.6),
            Column(labels["col_timing"], 1.65, Align.CENTER),
            Column(labels["col_status"], 1.1, Align.CENTER),
            Column(labels["col_notes"], 4.0),
        ),
        empty_text=labels["no_postponed"],
    )
    for m in summary.postponed_or_cancelled:
        postponed.rows.append(
            Row(
                (
                    measure_number(m),
                    m.title,
                    m.timing.text,
                    Cell(vocab_label(m.status, lang), tone=Tone.ALERT),
                    m.notes,
                )
            )
        )
    doc.blocks.append(postponed)
    return doc
