"""The plan itself in the official layout a ministry signs.

PLAN OF MEASURES / ПЛАН МЕРОПРИЯТИЙ over the plan's title, parties and period; then
the official six-column table (№ п/п, measure, form of completion, timing,
responsible agencies, notes) with its row of column numbers, a section row per
sector, the timing exactly as written; then a signature block for both parties.
"""

from __future__ import annotations

from datetime import date

from coopdesk.domain.vocab import PlanState
from coopdesk.reports.document import (
    Align,
    Column,
    Document,
    Row,
    SectionRow,
    Signatory,
    SignatureBlock,
    Table,
)
from coopdesk.reports.frame import start_document
from coopdesk.reports.labels import Labels
from coopdesk.reports.source import ReportData, measure_number, sector_label


def title_lines(title: str, heading: str) -> tuple[str, ...]:
    """The plan title under the heading, without repeating the heading's words.

    "План мероприятий по сотрудничеству ... на 2023-2024 годы" under "ПЛАН
    МЕРОПРИЯТИЙ" reads "по сотрудничеству ... на 2023-2024 годы", as in a signed plan.
    """
    text = title.strip()
    if text.casefold().startswith(heading.casefold()):
        rest = text[len(heading) :].strip(" :–-")
        if rest:
            return (rest,)
    return (text,) if text else ()


def responsible(a: str, b: str) -> str:
    """The agencies of both sides, one side per line.

    A side's list often wraps inside the cell, so the first ends with a semicolon
    to show where the other side begins.
    """
    return ";\n".join(x.strip().rstrip(";") for x in (a, b) if x.strip())


def _for_party(labels: Labels, party: str) -> str:
    party = party.strip()
    if labels.lang == "en":
        if party[:4].casefold() == "the ":
            party = party[4:]
        if not party[:1].isascii():
            # "For the Министерство ..." mixes two grammars; the name stands alone.
            return f"For {party}"
    return labels.format("for_party", party=party)


def build_plan_document(data: ReportData, lang: str, today: date) -> Document:
    """The plan document of ``data`` in ``lang``, generated on ``today``."""
    labels = Labels(lang)
    plan = data.plan
    heading = labels["plan_heading"]
    details: list[tuple[str, str]] = []
    parties = [p.strip() for p in (plan.party_a, plan.party_b) if p.strip()]
    if parties:
        details.append((labels["parties"], " — ".join(parties)))
    if plan.period_start and plan.period_end:
        details.append(
            (labels["period"], f"{labels.date(plan.period_start)} – {labels.date(plan.period_end)}")
        )
    if plan.signed_date or plan.signed_place.strip():
        signed = ", ".join(x for x in (labels.date(plan.signed_date), plan.signed_place) if x)
        details.append((labels["signed"], signed))
    doc = start_document(
        data,
        labels,
        kind="plan",
        report_name=labels["plan_report"],
        heading=heading,
        lines=title_lines(plan.title, heading),
        details=tuple(details),
        today=today,
        stamp=labels["draft"] if plan.state is PlanState.DRAFT else "",
    )
    table = Table(
        columns=(
            Column(labels["col_number"], 0.7, Align.CENTER),
            Column(labels["col_measure"], 3.25),
            Column(labels["col_form"], 1.5),
            Column(labels["col_timing"], 1.6, Align.CENTER),
            Column(labels["col_responsible"], 2.3),
            Column(labels["col_notes"], 2.0),
        ),
        numbered_header=True,
        empty_text=labels["no_measures"],
        continued_mark=labels["continued"],
    )
    for sector, measures in data.sections():
        table.rows.append(SectionRow(sector_label(sector), level=data.depth(sector.id)))
        for m in measures:
            table.rows.append(
                Row(
                    (
                        measure_number(m),
                        m.title,
                        m.form,
                        m.timing.text,
                        responsible(m.responsible_a, m.responsible_b),
                        m.notes,
                    )
                )
            )
    doc.blocks.append(table)
    if not data.scope.is_whole_plan:
        return doc  # a selection is not a document anyone signs
    place_date = ", ".join(x for x in (plan.signed_place, labels.date(plan.signed_date)) if x)
    doc.blocks.append(
        SignatureBlock(
            parties=tuple(
                Signatory(
                    heading=_for_party(labels, party or labels[default]),
                    caption=labels["signature"],
                    name_caption=labels["name"],
                )
                for party, default in ((plan.party_a, "party_a"), (plan.party_b, "party_b"))
            ),
            place_date=labels.format("place_date", value=place_date or "____________________"),
        )
    )
    return doc
