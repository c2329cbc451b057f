"""Assignments per responsible agency: for each agency, its measures with timing and status.

Each side's "responsible agencies" is a comma-separated list ("МИД РК, Посольство
РК в РФ"); the report splits it, so every agency finds all of its measures under
its own name.  Per side: a summary (measures, done, open, overdue per agency),
then each agency's measures in plan order, with the agencies it shares them with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from coopdesk.domain.model import Measure
from coopdesk.domain.vocab import Status
from coopdesk.reports.document import (
    Align,
    Cell,
    Column,
    Document,
    Heading,
    PageBreak,
    Row,
    SectionRow,
    Table,
    Tone,
)
from coopdesk.reports.frame import start_document
from coopdesk.reports.labels import Labels
from coopdesk.reports.source import ReportData, measure_number

_SEPARATORS = re.compile(r"[,;\n]+")


def split_agencies(text: str) -> list[str]:
    """The agencies named in a responsible-agencies text, in order, without repeats.

    Commas, semicolons and line breaks separate names; spaces are tidied and the
    same name in another case counts once (the first spelling wins).
    """
    seen: set[str] = set()
    names = []
    for part in _SEPARATORS.split(text):
        name = " ".join(part.split())
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            names.append(name)
    return names


@dataclass(slots=True)
class Assignment:
    """One agency of one side and the measures it is responsible for."""

    agency: str
    measures: list[Measure] = field(default_factory=list)


def assignments(data: ReportData, side: str) -> tuple[list[Assignment], list[Measure]]:
    """The agencies of ``side`` ("a" or "b") alphabetically, and measures naming none."""
    by_key: dict[str, Assignment] = {}
    unassigned: list[Measure] = []
    for m in data.measures:
        names = split_agencies(m.responsible_a if side == "a" else m.responsible_b)
        if not names:
            unassigned.append(m)
        for name in names:
            by_key.setdefault(name.casefold(), Assignment(name)).measures.append(m)
    ordered = sorted(by_key.values(), key=lambda a: a.agency.casefold())
    return ordered, unassigned


def _status_cell(m: Measure, labels: Labels, today: date) -> str | Cell:
    text = labels.vocab(m.status)
    if m.is_overdue(today):
        return Cell(f"{text} ({labels['overdue_mark']})", tone=Tone.ALERT)
    if m.status is Status.DONE:
        return Cell(text, tone=Tone.GOOD)
    return text


def build_agency_assignments(data: ReportData, lang: str, today: date) -> Document:
    """The assignments per responsible agency of ``data`` in ``lang``."""
    labels = Labels(lang)
    plan = data.plan
    doc = start_document(
        data,
        labels,
        kind="agencies",
        report_name=labels["agencies_report"],
        heading=labels["agencies_heading"],
        lines=(plan.title, labels.format("as_of", date=labels.date(today))),
        today=today,
    )
    sides = (("a", plan.party_a or labels["party_a"]), ("b", plan.party_b or labels["party_b"]))
    for index, (side, party) in enumerate(sides):
        groups, unassigned = assignments(data, side)
        if unassigned:
            groups.append(Assignment(labels["no_agency"], unassigned))
        if index:
            doc.blocks.append(PageBreak())
        doc.blocks.append(Heading(f"{index + 1}. {labels.format('side', party=party)}"))
        summary = Table(
            columns=(
                Column(labels["col_agency"], 5.0),
                Column(labels["col_measures"], 1.0, Align.CENTER),
                Column(labels["col_done"], 1.0, Align.CENTER),
                Column(labels["col_open"], 1.0, Align.CENTER),
                Column(labels["col_overdue"], 1.0, Align.CENTER),
            ),
            empty_text=labels["no_measures"],
        )
        for group in groups:
            done = sum(m.status is Status.DONE for m in group.measures)
            closed = sum(m.status.is_closed for m in group.measures)
            late = sum(m.is_overdue(today) for m in group.measures)
            summary.rows.append(
                Row(
                    (
                        group.agency,
                        str(len(group.measures)),
                        str(done),
                        str(len(group.measures) - closed),
                        Cell(str(late), bold=True, tone=Tone.ALERT) if late else "0",
                    )
                )
            )
        doc.blocks.append(summary)
        detail = Table(
            columns=(
                Column(labels["col_number"], 0.7, Align.CENTER),
                Column(labels["col_measure"], 4.2),
                Column(labels["col_timing"], 1.4, Align.CENTER),
                Column(labels["col_status"], 1.3, Align.CENTER),
                Column(labels["col_with"], 2.4),
            ),
            continued_mark=labels["continued"],
        )
        for group in groups:
            detail.rows.append(
                SectionRow(
                    labels.format("agency_section", agency=group.agency, count=len(group.measures))
                )
            )
            key = group.agency.casefold()
            for m in group.measures:
                others = [
                    n
                    for n in split_agencies(m.responsible_a if side == "a" else m.responsible_b)
                    if n.casefold() != key
                ]
                detail.rows.append(
                    Row(
                        (
                            measure_number(m),
                            m.title,
                            m.timing.text,
                            _status_cell(m, labels, today),
                            ", ".join(others),
                        )
                    )
                )
        if detail.rows:
            doc.blocks.append(detail)
    return doc
